// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

namespace KSyntaxHighlighting
{
class SyntaxHighlighter;
class Definition;
class Theme;
} // namespace KSyntaxHighlighting

namespace specwright::gui
{

class LineNumberGutter;

// The RST source editor: a plain-text editor with a line-number gutter, the
// current line highlighted, spaces for tabs, and KSyntaxHighlighting colours.
class RstEditor final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RstEditor)

public:
    explicit RstEditor(QWidget *parent = nullptr);
    ~RstEditor() override;

    void setDefinition(const KSyntaxHighlighting::Definition &definition);
    void setTheme(const KSyntaxHighlighting::Theme &theme);

    int gutterWidth() const;
    // 1-based line and column of the text cursor.
    int cursorLine() const;
    int cursorColumn() const;
    void goToLine(int line);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    friend class LineNumberGutter;
    void paintGutter(QPaintEvent *event);
    void updateViewportMargins();
    void updateGutter(const QRect &rect, int dy);
    void highlightCurrentLine();

    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
    LineNumberGutter *m_gutter = nullptr;
    QColor m_currentLineColor;
    QColor m_gutterBackground;
    QColor m_lineNumberColor;
    QColor m_currentLineNumberColor;
};

} // namespace specwright::gui
