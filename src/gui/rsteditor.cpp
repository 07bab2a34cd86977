// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/rsteditor.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QResizeEvent>
#include <QTextBlock>

namespace specwright::gui
{

class LineNumberGutter final : public QWidget
{
public:
    explicit LineNumberGutter(RstEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    {
    }
    QSize sizeHint() const override { return { m_editor->gutterWidth(), 0 }; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintGutter(event); }

private:
    RstEditor *m_editor;
};

RstEditor::RstEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document()))
    , m_gutter(new LineNumberGutter(this))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 4);

    connect(this, &QPlainTextEdit::blockCountChanged, this, &RstEditor::updateViewportMargins);
    connect(this, &QPlainTextEdit::updateRequest, this, &RstEditor::updateGutter);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &RstEditor::highlightCurrentLine);
    updateViewportMargins();
}

RstEditor::~RstEditor() = default;

void RstEditor::setDefinition(const KSyntaxHighlighting::Definition &definition)
{
    m_highlighter->setDefinition(definition);
}

void RstEditor::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    using KSyntaxHighlighting::Theme;
    auto pal = palette();
    pal.setColor(QPalette::Base, theme.editorColor(Theme::BackgroundColor));
    pal.setColor(QPalette::Text, theme.textColor(Theme::Normal));
    pal.setColor(QPalette::Highlight, theme.editorColor(Theme::TextSelection));
    setPalette(pal);
    m_currentLineColor = QColor(theme.editorColor(Theme::CurrentLine));
    m_gutterBackground = QColor(theme.editorColor(Theme::IconBorder));
    m_lineNumberColor = QColor(theme.editorColor(Theme::LineNumbers));
    m_currentLineNumberColor = QColor(theme.editorColor(Theme::CurrentLineNumber));
    // Formats made before the theme carry no colours: highlight again.
    m_highlighter->setTheme(theme);
    m_highlighter->rehighlight();
    highlightCurrentLine();
    m_gutter->update();
}

int RstEditor::gutterWidth() const
{
    int digits = 1;
    for (int n = qMax(1, blockCount()); n >= 10; n /= 10)
        ++digits;
    return fontMetrics().horizontalAdvance(QLatin1Char('9')) * (qMax(digits, 3) + 1) + 6;
}

int RstEditor::cursorLine() const
{
    return textCursor().blockNumber() + 1;
}

int RstEditor::cursorColumn() const
{
    return textCursor().positionInBlock() + 1;
}

void RstEditor::goToLine(int line)
{
    const QTextBlock block = document()->findBlockByNumber(qBound(0, line - 1, blockCount() - 1));
    QTextCursor cursor(block);
    setTextCursor(cursor);
    centerCursor();
}

void RstEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    m_gutter->setGeometry(QRect(cr.left(), cr.top(), gutterWidth(), cr.height()));
}

void RstEditor::keyPressEvent(QKeyEvent *event)
{
    // Specs never contain tabs: the gate warns about them.
    if (event->key() == Qt::Key_Tab && event->modifiers() == Qt::NoModifier && !textCursor().hasSelection()) {
        const int column = textCursor().positionInBlock();
        insertPlainText(QString(4 - column % 4, QLatin1Char(' ')));
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void RstEditor::updateViewportMargins()
{
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

void RstEditor::updateGutter(const QRect &rect, int dy)
{
    if (dy != 0)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateViewportMargins();
}

void RstEditor::highlightCurrentLine()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (m_currentLineColor.isValid()) {
        QTextEdit::ExtraSelection current;
        current.format.setBackground(m_currentLineColor);
        current.format.setProperty(QTextFormat::FullWidthSelection, true);
        current.cursor = textCursor();
        current.cursor.clearSelection();
        selections.append(current);
    }
    setExtraSelections(selections);
    m_gutter->update();
}

void RstEditor::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    painter.fillRect(
        event->rect(), m_gutterBackground.isValid() ? m_gutterBackground : palette().color(QPalette::Window));
    const int current = textCursor().blockNumber();
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int lineHeight = fontMetrics().height();
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top()) {
            const bool isCurrent = block.blockNumber() == current;
            QFont font = painter.font();
            font.setBold(isCurrent);
            painter.setFont(font);
            painter.setPen(isCurrent ? m_currentLineNumberColor : m_lineNumberColor);
            painter.drawText(0,
                top,
                m_gutter->width() - 4,
                lineHeight,
                Qt::AlignRight | Qt::AlignVCenter,
                QString::number(block.blockNumber() + 1));
        }
        block = block.next();
        top += height;
    }
}

} // namespace specwright::gui
