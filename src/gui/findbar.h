// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextDocument>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace specwright::gui
{

// Find and replace in a text editor: next and previous with wrap-around,
// case and whole-word options, and a replace-all that is one undo step.
// Escape closes it and gives the focus back to the editor.
class FindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)

public:
    explicit FindBar(QPlainTextEdit *editor, QWidget *parent = nullptr);
    ~FindBar() override;

    // Shows the bar with the find field focused, filled with the selected
    // text when there is one on a single line.
    void openFind();
    // The same, with the replace row shown.
    void openReplace();
    void dismiss();

    QString findText() const;
    void setFindText(const QString &text);
    QString replaceText() const;
    void setReplaceText(const QString &text);
    bool caseSensitive() const;
    void setCaseSensitive(bool on);
    bool wholeWords() const;
    void setWholeWords(bool on);
    bool isReplaceShown() const;
    // What the last search said ("No matches", "Wrapped around", ...).
    QString message() const;

    // Select the next (previous) match after (before) the cursor, wrapping
    // around the document; false when there is none.
    bool findNext();
    bool findPrevious();
    // Replace the selected match, then find the next one.
    bool replace();
    // Replace every match in one undoable edit; the number replaced.
    int replaceAll();

Q_SIGNALS:
    // Opened, closed, or the replace row shown or hidden: the height the
    // bar needs may have changed.
    void visibilityChanged(bool visible);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QTextDocument::FindFlags flags() const;
    bool find(QTextDocument::FindFlags direction);
    bool selectionMatches() const;
    void setMessage(const QString &message);
    void open(bool withReplace);
    QList<QWidget *> replaceRow() const;

    QPlainTextEdit *m_editor;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QCheckBox *m_case;
    QCheckBox *m_words;
    QLabel *m_message;
    QLabel *m_replaceLabel;
    QPushButton *m_replaceButton;
    QPushButton *m_replaceAllButton;
};

} // namespace specwright::gui
