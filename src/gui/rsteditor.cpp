// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/rsteditor.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Theme>
#include <QAction>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QMenu>
#include <QPaintEvent>
#include <QPainter>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTimer>

#include "gui/findbar.h"
#include "gui/rsthighlighter.h"
#include "gui/spellchecker.h"
#include "rst/reflow.h"

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

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
    , m_highlighter(new RstHighlighter(document()))
    , m_spellingTimer(new QTimer(this))
    , m_gutter(new LineNumberGutter(this))
    , m_ruler(new ColumnRuler(this))
    , m_baseFont(QFontDatabase::systemFont(QFontDatabase::FixedFont))
{
    setFont(m_baseFont);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    m_ruler->setColumnLimit(m_limit);

    connect(this, &QPlainTextEdit::blockCountChanged, this, &RstEditor::updateViewportMargins);
    connect(this, &QPlainTextEdit::updateRequest, this, &RstEditor::updateGutter);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &RstEditor::highlightCurrentLine);
    connect(this, &QPlainTextEdit::selectionChanged, this, &RstEditor::updateRuler);
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, this, &RstEditor::updateRuler);
    // Queued: the document may still be working on its cursors (emptying
    // itself, say) when it reports the change, and replacing the extra
    // selections then would free cursors it is using.
    connect(document(), &QTextDocument::contentsChanged, this, &RstEditor::updatePastLimit, Qt::QueuedConnection);
    // Only the lines on screen are tinted: scrolling brings the others in.
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &RstEditor::updatePastLimit);
    // Whatever moved the view (scrolling, resizing, edits above it), the
    // lines now shown get their spell check once the event loop is free.
    m_spellingTimer->setSingleShot(true);
    m_spellingTimer->setInterval(0);
    connect(m_spellingTimer, &QTimer::timeout, this, &RstEditor::checkShownSpelling);
    connect(this, &QPlainTextEdit::updateRequest, this, [this] {
        if (m_spellCheckingEnabled)
            m_spellingTimer->start();
    });
    createActions();
    fontChanged();
}

RstEditor::~RstEditor() = default;

void RstEditor::createActions()
{
    const auto add = [this](QList<QAction *> &list, const QString &text, const QList<QKeySequence> &keys, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcuts(keys);
        // Only while the editor or its find bar has the focus: the preview
        // and the panels keep their own keys.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        list.append(action);
        return action;
    };
    add(m_editActions, tr("Re&flow Paragraph"), { QKeySequence(Qt::ALT | Qt::Key_Q) }, [this] { reflowParagraph(); });
    add(m_editActions, tr("&Find..."), { QKeySequence::Find }, [this] { findBar()->openFind(); });
    add(m_editActions,
        tr("R&eplace..."),
        { QKeySequence(Qt::CTRL | Qt::Key_H), QKeySequence(Qt::CTRL | Qt::Key_R) },
        [this] { findBar()->openReplace(); });
    add(m_editActions, tr("Find &Next"), { QKeySequence(Qt::Key_F3) }, [this] {
        if (findBar()->findText().isEmpty())
            findBar()->openFind();
        else
            findBar()->findNext();
    });
    add(m_editActions, tr("Find Pre&vious"), { QKeySequence(Qt::SHIFT | Qt::Key_F3) }, [this] {
        if (findBar()->findText().isEmpty())
            findBar()->openFind();
        else
            findBar()->findPrevious();
    });
    add(m_viewActions,
        tr("Zoom &In"),
        { QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal) },
        [this] { zoomIn(1); });
    add(m_viewActions, tr("Zoom &Out"), { QKeySequence(Qt::CTRL | Qt::Key_Minus) }, [this] { zoomOut(1); });
    add(m_viewActions, tr("&Reset Zoom"), { QKeySequence(Qt::CTRL | Qt::Key_0) }, [this] { resetZoom(); });
}

QList<QAction *> RstEditor::editActions() const
{
    return m_editActions;
}

QList<QAction *> RstEditor::viewActions() const
{
    return m_viewActions;
}

void RstEditor::setDefinition(const KSyntaxHighlighting::Definition &definition)
{
    m_highlighter->setDefinition(definition);
}

void RstEditor::setSyntaxColours(bool on)
{
    if (on != hasSyntaxColours())
        m_highlighter->setDocument(on ? document() : nullptr);
}

bool RstEditor::hasSyntaxColours() const
{
    return m_highlighter->document() != nullptr;
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
    m_guideColor = QColor(theme.editorColor(Theme::WordWrapMarker));
    m_pastLimitColor = QColor(theme.editorColor(Theme::MarkError));
    m_pastLimitColor.setAlpha(60);
    QColor cursorCell = m_currentLineNumberColor;
    cursorCell.setAlpha(90);
    m_ruler->setColors({ m_gutterBackground,
        m_lineNumberColor,
        cursorCell,
        QColor(theme.editorColor(Theme::TextSelection)),
        QColor(theme.editorColor(Theme::MarkError)) });
    // Formats made before the theme carry no colours: highlight again.
    m_highlighter->setTheme(theme);
    m_highlighter->rehighlight();
    updatePastLimit();
    m_gutter->update();
    viewport()->update();
}

void RstEditor::setSpellCheckingEnabled(bool enabled)
{
    if (enabled == m_spellCheckingEnabled)
        return;
    m_spellCheckingEnabled = enabled;
    if (enabled && !m_spellChecker && !m_painted)
        return; // paintEvent starts it
    startSpellChecking();
}

void RstEditor::startSpellChecking()
{
    if (m_spellCheckingEnabled && !m_spellChecker) {
        m_spellChecker = new SpellChecker(m_spellingLanguage, this);
        connect(
            m_spellChecker, &SpellChecker::dictionaryChanged, this, [this] { m_highlighter->invalidateSpelling(); });
    }
    updateShownBlocks();
    m_highlighter->setSpellChecker(m_spellCheckingEnabled ? m_spellChecker : nullptr);
    reportMissingDictionary();
}

void RstEditor::setSpellingLanguage(const QString &language)
{
    m_spellingLanguage = language;
    if (m_spellChecker) {
        m_spellChecker->setLanguage(language);
        reportMissingDictionary();
    }
}

void RstEditor::reportMissingDictionary()
{
    if (!m_spellCheckingEnabled || !m_spellChecker || m_spellChecker->isAvailable()
        || m_spellChecker->language() == m_reportedMissingLanguage)
        return;
    m_reportedMissingLanguage = m_spellChecker->language();
    Q_EMIT spellingUnavailable(m_reportedMissingLanguage);
}

void RstEditor::checkShownSpelling()
{
    updateShownBlocks();
    m_highlighter->checkShownBlocks();
}

void RstEditor::updateShownBlocks()
{
    // The blocks in view, and a few around them for the lines an edit
    // brings in before the view catches up.
    constexpr int margin = 10;
    const QTextBlock first = firstVisibleBlock();
    int last = first.blockNumber();
    qreal top = blockBoundingGeometry(first).translated(contentOffset()).top();
    const int bottom = viewport()->height();
    for (QTextBlock block = first; block.isValid() && top <= bottom; block = block.next()) {
        last = block.blockNumber();
        top += blockBoundingRect(block).height();
    }
    m_highlighter->setShownBlocks(qMax(0, first.blockNumber() - margin), last + margin);
}

QMenu *RstEditor::createContextMenu(const QPoint &position)
{
    QMenu *menu = createStandardContextMenu(position);
    if (!m_spellCheckingEnabled || !m_spellChecker || !m_spellChecker->isAvailable())
        return menu;
    const QTextCursor at = cursorForPosition(position);
    const QTextBlock block = at.block();
    const std::optional<BlockWord> word = m_highlighter->proseWordAt(block, at.positionInBlock());
    if (!word)
        return menu;
    const QString text = block.text().mid(word->start, word->length);
    if (!m_spellChecker->isMisspelled(text))
        return menu;
    const int start = block.position() + word->start;
    QAction *before = menu->actions().value(0);
    const QStringList suggestions = m_spellChecker->suggestions(text);
    for (const QString &suggestion : suggestions) {
        auto *action = new QAction(QString(suggestion).replace(u'&', u"&&"_s), menu);
        action->setEnabled(!isReadOnly());
        connect(action, &QAction::triggered, this, [this, start, text, suggestion] {
            replaceWord(start, text, suggestion);
        });
        menu->insertAction(before, action);
    }
    if (suggestions.isEmpty()) {
        auto *none = new QAction(tr("No Suggestions"), menu);
        none->setEnabled(false);
        menu->insertAction(before, none);
    }
    menu->insertSeparator(before);
    auto *add = new QAction(tr("&Add to Dictionary"), menu);
    add->setObjectName(u"addToDictionaryAction"_s);
    connect(add, &QAction::triggered, this, [this, text] { m_spellChecker->addToDictionary(text); });
    menu->insertAction(before, add);
    auto *ignore = new QAction(tr("&Ignore"), menu);
    ignore->setObjectName(u"ignoreWordAction"_s);
    connect(ignore, &QAction::triggered, this, [this, text] { m_spellChecker->ignore(text); });
    menu->insertAction(before, ignore);
    if (before)
        menu->insertSeparator(before);
    return menu;
}

void RstEditor::contextMenuEvent(QContextMenuEvent *event)
{
    const std::unique_ptr<QMenu> menu(createContextMenu(event->pos()));
    menu->exec(event->globalPos());
}

void RstEditor::replaceWord(int position, const QString &word, const QString &replacement)
{
    QTextCursor cursor(document());
    cursor.setPosition(position);
    cursor.setPosition(position + int(word.size()), QTextCursor::KeepAnchor);
    // The menu may outlive an edit that moved the word.
    if (cursor.selectedText() != word || isReadOnly())
        return;
    cursor.beginEditBlock();
    cursor.insertText(replacement);
    cursor.endEditBlock();
    setTextCursor(cursor);
}

void RstEditor::setProblemMarks(QHash<int, bool> marks)
{
    if (marks == m_problemMarks)
        return;
    m_problemMarks = std::move(marks);
    m_gutter->update();
}

int RstEditor::gutterWidth() const
{
    int digits = 1;
    for (int n = qMax(1, blockCount()); n >= 10; n /= 10)
        ++digits;
    return fontMetrics().horizontalAdvance(QLatin1Char('9')) * (qMax(digits, 3) + 1) + 6;
}

int RstEditor::rulerHeight() const
{
    return m_ruler->preferredHeight();
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

void RstEditor::setColumnLimit(int limit)
{
    limit = qMax(1, limit);
    if (limit == m_limit)
        return;
    m_limit = limit;
    m_ruler->setColumnLimit(limit);
    updatePastLimit();
    viewport()->update();
}

int RstEditor::columnsPastLimit() const
{
    return qMax(0, textCursor().block().length() - 1 - m_limit);
}

ColumnMapping RstEditor::columnMapping() const
{
    // contentOffset() is minus the horizontal scroll, whatever the layout
    // direction.
    return ColumnMapping::forFont(
        document()->defaultFont(), document()->documentMargin(), qRound(-contentOffset().x()));
}

bool RstEditor::reflowParagraph()
{
    if (isReadOnly())
        return false;
    const std::optional<rst::TextEdit> edit = rst::reflowAt(toPlainText().toStdString(), cursorLine(), m_limit);
    if (!edit)
        return false;
    const QTextBlock first = document()->findBlockByNumber(edit->firstLine - 1);
    const QTextBlock last = document()->findBlockByNumber(edit->lastLine - 1);
    if (!first.isValid() || !last.isValid())
        return false;
    QTextCursor cursor(document());
    cursor.setPosition(first.position());
    cursor.setPosition(last.position() + last.length() - 1, QTextCursor::KeepAnchor);
    const QString replacement = QString::fromStdString(edit->replacement);
    if (cursor.selectedText().replace(QChar::ParagraphSeparator, QLatin1Char('\n')) != replacement) {
        cursor.beginEditBlock();
        cursor.insertText(replacement);
        cursor.endEditBlock();
    }
    cursor.clearSelection();
    setTextCursor(cursor);
    return true;
}

void RstEditor::resetZoom()
{
    setFont(m_baseFont);
}

void RstEditor::setBaseFont(const QFont &font)
{
    m_baseFont = font;
    setFont(font);
}

void RstEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    placePanels();
}

bool RstEditor::viewportEvent(QEvent *event)
{
    const bool handled = QPlainTextEdit::viewportEvent(event);
    // A scroll bar appearing or going resizes the viewport alone.
    if (event->type() == QEvent::Resize) {
        placePanels();
        updatePastLimit();
    }
    return handled;
}

void RstEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fontChanged();
}

void RstEditor::fontChanged()
{
    // Zooming changes the font: everything measured in it follows.
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 4);
    QFont rulerFont = font();
    if (rulerFont.pointSizeF() > 0)
        rulerFont.setPointSizeF(qMax(6.0, rulerFont.pointSizeF() * 0.8));
    else if (rulerFont.pixelSize() > 0)
        rulerFont.setPixelSize(qMax(8, rulerFont.pixelSize() * 4 / 5));
    m_ruler->setFont(rulerFont);
    updateViewportMargins();
    m_gutter->update();
}

bool RstEditor::continueLine()
{
    QTextCursor cursor = textCursor();
    if (cursor.hasSelection())
        return false;
    const QString line = cursor.block().text();
    const qsizetype position = cursor.positionInBlock();
    const std::size_t offset = static_cast<std::size_t>(line.left(position).toUtf8().size());
    const rst::LineBreak lineBreak = rst::lineBreakAt(line.toStdString(), offset);
    if (lineBreak.endsList) {
        cursor.beginEditBlock();
        cursor.movePosition(QTextCursor::StartOfBlock);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        cursor.endEditBlock();
    } else if (!lineBreak.prefix.empty()) {
        cursor.beginEditBlock();
        cursor.insertBlock();
        cursor.insertText(QString::fromStdString(lineBreak.prefix));
        cursor.endEditBlock();
    } else {
        return false;
    }
    setTextCursor(cursor);
    ensureCursorVisible();
    return true;
}

void RstEditor::keyPressEvent(QKeyEvent *event)
{
    const auto modifiers = event->modifiers() & ~Qt::KeypadModifier;
    // Specs never contain tabs: the gate warns about them.
    if (event->key() == Qt::Key_Tab && modifiers == Qt::NoModifier && !textCursor().hasSelection()) {
        const int column = textCursor().positionInBlock();
        insertPlainText(QString(4 - column % 4, QLatin1Char(' ')));
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && modifiers == Qt::NoModifier
        && !isReadOnly() && continueLine())
        return;
    if (event->key() == Qt::Key_Escape && m_findBar && !m_findBar->isHidden()) {
        m_findBar->dismiss();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void RstEditor::paintEvent(QPaintEvent *event)
{
    QPlainTextEdit::paintEvent(event);
    if (!m_painted) {
        m_painted = true;
        // Long enough for the preview, which starts after the window's
        // first paint too, to come first.
        constexpr int spellingStartDelayMs = 300;
        if (m_spellCheckingEnabled && !m_spellChecker)
            QTimer::singleShot(spellingStartDelayMs, this, [this] {
                if (!m_spellChecker)
                    startSpellChecking();
            });
    }
    QPainter painter(viewport());
    const qreal x = std::round(columnMapping().xForColumn(m_limit)) + 0.5;
    painter.setPen(m_guideColor.isValid() ? m_guideColor : palette().color(QPalette::Mid));
    painter.drawLine(QPointF(x, event->rect().top()), QPointF(x, event->rect().bottom() + 1));
}

FindBar *RstEditor::findBar()
{
    if (!m_findBar) {
        m_findBar = new FindBar(this, this);
        connect(m_findBar, &FindBar::visibilityChanged, this, &RstEditor::updateViewportMargins);
    }
    return m_findBar;
}

void RstEditor::updateViewportMargins()
{
    const int bottom = !m_findBar || m_findBar->isHidden() ? 0 : m_findBar->sizeHint().height();
    setViewportMargins(gutterWidth(), rulerHeight(), 0, bottom);
    placePanels();
}

void RstEditor::placePanels()
{
    const QRect cr = contentsRect();
    const QRect view = viewport()->geometry();
    const int gutter = view.left() - cr.left();
    m_gutter->setGeometry(QRect(cr.left(), view.top(), gutter, view.height()));
    m_ruler->setGeometry(QRect(cr.left(), cr.top(), view.right() + 1 - cr.left(), view.top() - cr.top()));
    if (m_findBar && !m_findBar->isHidden()) {
        const int height = m_findBar->sizeHint().height();
        m_findBar->setGeometry(QRect(cr.left(), view.bottom() + 1, view.right() + 1 - cr.left(), height));
    }
    updateRuler();
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

void RstEditor::updateRuler()
{
    m_ruler->setMapping(columnMapping().shifted(viewport()->geometry().left() - m_ruler->geometry().left()),
        viewport()->geometry().left() - m_ruler->geometry().left());
    const QTextCursor cursor = textCursor();
    int from = 0;
    int to = 0;
    if (cursor.hasSelection()) {
        QTextCursor start(document());
        start.setPosition(cursor.selectionStart());
        QTextCursor end(document());
        end.setPosition(cursor.selectionEnd());
        from = qMin(start.positionInBlock(), end.positionInBlock());
        to = qMax(start.positionInBlock(), end.positionInBlock());
    }
    m_ruler->setCursorColumns(cursor.positionInBlock() + 1, from, to);
}

void RstEditor::updatePastLimit()
{
    m_pastLimit.clear();
    const QColor tint = m_pastLimitColor.isValid() ? m_pastLimitColor : QColor(255, 0, 0, 50);
    // The lines on screen and a screenful either side, so that the tint
    // costs the same in a 50 MB file as in a short one.
    const int lineHeight = qMax(1, fontMetrics().lineSpacing());
    const int screenLines = viewport()->height() / lineHeight + 1;
    QTextBlock block = firstVisibleBlock();
    for (int back = 0; back < screenLines && block.previous().isValid(); ++back)
        block = block.previous();
    for (int count = 0; block.isValid() && count < 3 * screenLines; block = block.next(), ++count) {
        const int length = block.length() - 1;
        if (length <= m_limit)
            continue;
        QTextEdit::ExtraSelection selection;
        selection.format.setBackground(tint);
        selection.cursor = QTextCursor(block);
        selection.cursor.setPosition(block.position() + m_limit);
        selection.cursor.setPosition(block.position() + length, QTextCursor::KeepAnchor);
        m_pastLimit.append(selection);
    }
    highlightCurrentLine();
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
    selections.append(m_pastLimit);
    setExtraSelections(selections);
    m_gutter->update();
    updateRuler();
    const int past = columnsPastLimit();
    if (past != m_columnsPastLimit) {
        m_columnsPastLimit = past;
        Q_EMIT columnsPastLimitChanged(past);
    }
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
            if (const auto mark = m_problemMarks.constFind(block.blockNumber() + 1); mark != m_problemMarks.constEnd())
                painter.fillRect(
                    1, top + 1, 4, lineHeight - 2, *mark ? QColor(0xd3, 0x2f, 0x2f) : QColor(0xf0, 0x9a, 0x00));
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
