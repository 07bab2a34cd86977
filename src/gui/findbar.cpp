// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/findbar.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTextBlock>
#include <QToolButton>

namespace specwright::gui
{

FindBar::FindBar(QPlainTextEdit *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_case(new QCheckBox(tr("Match &case"), this))
    , m_words(new QCheckBox(tr("&Whole words"), this))
    , m_message(new QLabel(this))
    , m_replaceLabel(new QLabel(tr("Replace:"), this))
    , m_replaceButton(new QPushButton(tr("&Replace"), this))
    , m_replaceAllButton(new QPushButton(tr("Replace &All"), this))
{
    setAutoFillBackground(true);
    m_find->setPlaceholderText(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_replace->setPlaceholderText(tr("Replace with"));
    auto *findLabel = new QLabel(tr("Find:"), this);
    findLabel->setBuddy(m_find);
    m_replaceLabel->setBuddy(m_replace);
    auto *previous = new QPushButton(tr("&Previous"), this);
    auto *next = new QPushButton(tr("&Next"), this);
    auto *close = new QToolButton(this);
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Close (Escape)"));
    close->setAccessibleName(tr("Close the find bar"));
    for (QWidget *button : QList<QWidget *> { previous, next, m_replaceButton, m_replaceAllButton })
        button->setFocusPolicy(Qt::TabFocus);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setVerticalSpacing(2);
    layout->addWidget(findLabel, 0, 0);
    layout->addWidget(m_find, 0, 1);
    layout->addWidget(previous, 0, 2);
    layout->addWidget(next, 0, 3);
    layout->addWidget(m_case, 0, 4);
    layout->addWidget(m_words, 0, 5);
    layout->addWidget(m_message, 0, 6);
    layout->addWidget(close, 0, 7, Qt::AlignRight);
    layout->addWidget(m_replaceLabel, 1, 0);
    layout->addWidget(m_replace, 1, 1);
    layout->addWidget(m_replaceButton, 1, 2);
    layout->addWidget(m_replaceAllButton, 1, 3);
    layout->setColumnStretch(1, 1);
    layout->setColumnStretch(6, 1);

    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        if (QGuiApplication::keyboardModifiers() & Qt::ShiftModifier)
            findPrevious();
        else
            findNext();
    });
    connect(m_find, &QLineEdit::textEdited, this, [this] { setMessage({}); });
    connect(m_replace, &QLineEdit::returnPressed, this, &FindBar::replace);
    connect(next, &QPushButton::clicked, this, &FindBar::findNext);
    connect(previous, &QPushButton::clicked, this, &FindBar::findPrevious);
    connect(m_replaceButton, &QPushButton::clicked, this, &FindBar::replace);
    connect(m_replaceAllButton, &QPushButton::clicked, this, &FindBar::replaceAll);
    connect(close, &QToolButton::clicked, this, &FindBar::dismiss);
    for (QWidget *widget : replaceRow())
        widget->hide();
    hide();
}

FindBar::~FindBar() = default;

QList<QWidget *> FindBar::replaceRow() const
{
    return { m_replaceLabel, m_replace, m_replaceButton, m_replaceAllButton };
}

void FindBar::openFind()
{
    open(false);
}

void FindBar::openReplace()
{
    open(true);
}

void FindBar::open(bool withReplace)
{
    for (QWidget *widget : replaceRow())
        widget->setVisible(withReplace);
    const QString selected = m_editor->textCursor().selectedText();
    // A selection across lines holds U+2029 and is no search term.
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_find->setText(selected);
    setMessage({});
    show();
    Q_EMIT visibilityChanged(true);
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
}

void FindBar::dismiss()
{
    hide();
    Q_EMIT visibilityChanged(false);
    m_editor->setFocus(Qt::OtherFocusReason);
}

QString FindBar::findText() const
{
    return m_find->text();
}

void FindBar::setFindText(const QString &text)
{
    m_find->setText(text);
}

QString FindBar::replaceText() const
{
    return m_replace->text();
}

void FindBar::setReplaceText(const QString &text)
{
    m_replace->setText(text);
}

bool FindBar::caseSensitive() const
{
    return m_case->isChecked();
}

void FindBar::setCaseSensitive(bool on)
{
    m_case->setChecked(on);
}

bool FindBar::wholeWords() const
{
    return m_words->isChecked();
}

void FindBar::setWholeWords(bool on)
{
    m_words->setChecked(on);
}

bool FindBar::isReplaceShown() const
{
    return !m_replace->isHidden();
}

QString FindBar::message() const
{
    return m_message->text();
}

bool FindBar::findNext()
{
    return find({});
}

bool FindBar::findPrevious()
{
    return find(QTextDocument::FindBackward);
}

QTextDocument::FindFlags FindBar::flags() const
{
    QTextDocument::FindFlags result;
    if (m_case->isChecked())
        result |= QTextDocument::FindCaseSensitively;
    if (m_words->isChecked())
        result |= QTextDocument::FindWholeWords;
    return result;
}

bool FindBar::find(QTextDocument::FindFlags direction)
{
    const QString text = m_find->text();
    if (text.isEmpty()) {
        setMessage({});
        return false;
    }
    QTextDocument *document = m_editor->document();
    const QTextDocument::FindFlags options = flags() | direction;
    QTextCursor found = document->find(text, m_editor->textCursor(), options);
    bool wrapped = false;
    if (found.isNull()) {
        QTextCursor from(document);
        if (direction & QTextDocument::FindBackward)
            from.movePosition(QTextCursor::End);
        found = document->find(text, from, options);
        wrapped = true;
    }
    if (found.isNull()) {
        setMessage(tr("No matches"));
        return false;
    }
    m_editor->setTextCursor(found);
    m_editor->ensureCursorVisible();
    setMessage(wrapped ? tr("Wrapped around") : QString());
    return true;
}

bool FindBar::selectionMatches() const
{
    const QTextCursor cursor = m_editor->textCursor();
    if (!cursor.hasSelection())
        return false;
    // Search from the start of the selection: the match it finds first must
    // be the selection itself, which also checks the whole-word option.
    QTextCursor start(m_editor->document());
    start.setPosition(cursor.selectionStart());
    const QTextCursor found = m_editor->document()->find(m_find->text(), start, flags());
    return !found.isNull() && found.selectionStart() == cursor.selectionStart()
        && found.selectionEnd() == cursor.selectionEnd();
}

bool FindBar::replace()
{
    if (m_editor->isReadOnly() || m_find->text().isEmpty())
        return false;
    if (selectionMatches()) {
        QTextCursor cursor = m_editor->textCursor();
        cursor.insertText(m_replace->text());
        m_editor->setTextCursor(cursor);
    }
    return findNext();
}

int FindBar::replaceAll()
{
    const QString text = m_find->text();
    if (m_editor->isReadOnly() || text.isEmpty())
        return 0;
    QTextDocument *document = m_editor->document();
    const QString replacement = m_replace->text();
    QTextCursor edit(document);
    int count = 0;
    edit.beginEditBlock();
    // Each search starts after the previous replacement, so a replacement
    // that contains the search text is not replaced again.
    QTextCursor found = document->find(text, 0, flags());
    while (!found.isNull()) {
        found.insertText(replacement);
        ++count;
        found = document->find(text, found, flags());
    }
    edit.endEditBlock();
    setMessage(count == 0 ? tr("No matches") : tr("%n replaced", nullptr, count));
    return count;
}

void FindBar::setMessage(const QString &message)
{
    m_message->setText(message);
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        dismiss();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace specwright::gui
