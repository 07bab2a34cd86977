// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QPlainTextEdit>

#include "gui/columnruler.h"

class QAction;
class QMenu;
class QTimer;

namespace KSyntaxHighlighting
{
class Definition;
class Theme;
} // namespace KSyntaxHighlighting

namespace specwright::gui
{

class FindBar;
class LineNumberGutter;
class RstHighlighter;
class SpellChecker;

// The RST source editor: a plain-text editor with a line-number gutter, a
// column ruler, a guide at the column limit and the characters past it
// tinted, the current line highlighted, spaces for tabs, lists continued on
// Enter, paragraph reflow, find and replace, zoom, KSyntaxHighlighting
// colours, and misspelt prose words underlined as you type, with
// suggestions in the context menu.
class RstEditor final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RstEditor)

public:
    explicit RstEditor(QWidget *parent = nullptr);
    ~RstEditor() override;

    void setDefinition(const KSyntaxHighlighting::Definition &definition);
    // Syntax colours on or off (off for very large documents); turning
    // them on highlights the whole text.
    void setSyntaxColours(bool on);
    bool hasSyntaxColours() const;
    void setTheme(const KSyntaxHighlighting::Theme &theme);

    int gutterWidth() const;
    int rulerHeight() const;
    // 1-based line and column of the text cursor.
    int cursorLine() const;
    int cursorColumn() const;
    void goToLine(int line);

    // The longest a line should be (79 by default): marked on the ruler and
    // by a guide, characters past it tinted, and the width reflow fills to.
    void setColumnLimit(int limit);
    int columnLimit() const { return m_limit; }
    // How many columns the cursor's line goes past the limit (0 within it).
    int columnsPastLimit() const;
    // Column boundaries in viewport coordinates, following font, zoom and
    // horizontal scrolling.
    ColumnMapping columnMapping() const;

    // Lines the specs gate finds fault with, marked in the gutter: red for
    // errors, amber for warnings (1-based line -> is an error).
    void setProblemMarks(QHash<int, bool> marks);
    const QHash<int, bool> &problemMarks() const { return m_problemMarks; }

    // Spell checking of the prose (off until turned on); the dictionary is
    // loaded when it is first turned on, or, when that happens before the
    // editor is first painted, a moment after that paint: loading it takes
    // tens of milliseconds that the window's first paint and the preview's
    // start come before. An empty language is the system's.
    void setSpellCheckingEnabled(bool enabled);
    bool isSpellCheckingEnabled() const { return m_spellCheckingEnabled; }
    void setSpellingLanguage(const QString &language);
    // nullptr until the dictionary is first loaded.
    SpellChecker *spellChecker() const { return m_spellChecker; }
    RstHighlighter *highlighter() const { return m_highlighter; }

    // The context menu for a point of the viewport: the standard entries,
    // headed by suggestions, "Add to Dictionary" and "Ignore" when the point
    // is on a misspelt word. The caller owns it.
    QMenu *createContextMenu(const QPoint &position);

    ColumnRuler *ruler() const { return m_ruler; }
    // Made the first time it is needed: most sessions never search.
    FindBar *findBar();
    // Reflow, find, replace, find next and previous: for the Edit menu.
    QList<QAction *> editActions() const;
    // Zoom in, out and back: for the View menu.
    QList<QAction *> viewActions() const;

public Q_SLOTS:
    // Re-wraps the paragraph or list item under the cursor to the limit as
    // one undoable edit; false where there is nothing to re-wrap.
    bool reflowParagraph();
    void resetZoom();
    // The font the editor is set in, and goes back to on "Reset Zoom".
    void setBaseFont(const QFont &font);
    QFont baseFont() const { return m_baseFont; }

Q_SIGNALS:
    void columnsPastLimitChanged(int columns);
    // Spell checking is on but there is no dictionary for the language; said
    // once per language.
    void spellingUnavailable(const QString &language);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    QHash<int, bool> m_problemMarks;
    friend class LineNumberGutter;
    void paintGutter(QPaintEvent *event);
    void updateViewportMargins();
    void placePanels();
    void updateGutter(const QRect &rect, int dy);
    void updateRuler();
    void updatePastLimit();
    void highlightCurrentLine();
    void fontChanged();
    bool continueLine();
    void createActions();
    void checkShownSpelling();
    void updateShownBlocks();
    void reportMissingDictionary();
    // Loads the dictionary if spell checking is on, and hands it to the
    // highlighter.
    void startSpellChecking();
    void replaceWord(int position, const QString &word, const QString &replacement);

    RstHighlighter *m_highlighter = nullptr;
    SpellChecker *m_spellChecker = nullptr;
    QTimer *m_spellingTimer = nullptr;
    bool m_spellCheckingEnabled = false;
    bool m_painted = false;
    QString m_spellingLanguage;
    QString m_reportedMissingLanguage;
    LineNumberGutter *m_gutter = nullptr;
    ColumnRuler *m_ruler = nullptr;
    FindBar *m_findBar = nullptr;
    int m_limit = 79;
    int m_columnsPastLimit = 0;
    QFont m_baseFont;
    QList<QTextEdit::ExtraSelection> m_pastLimit;
    QColor m_currentLineColor;
    QColor m_gutterBackground;
    QColor m_lineNumberColor;
    QColor m_currentLineNumberColor;
    QColor m_guideColor;
    QColor m_pastLimitColor;
    QList<QAction *> m_editActions;
    QList<QAction *> m_viewActions;
};

} // namespace specwright::gui
