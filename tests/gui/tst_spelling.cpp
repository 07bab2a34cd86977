// SPDX-License-Identifier: GPL-3.0-or-later
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>
#include <QAction>
#include <QMenu>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

#include "gui/rsteditor.h"
#include "gui/rsthighlighter.h"
#include "gui/spellchecker.h"

#include <memory>

using namespace Qt::StringLiterals;
using specwright::gui::RstEditor;
using specwright::gui::SpellChecker;

namespace
{

bool isSpellMarked(const QTextCharFormat &format)
{
    return format.underlineStyle() == QTextCharFormat::SpellCheckUnderline;
}

// The format the highlighter gave the character at position of the block.
QTextCharFormat formatAt(const QTextBlock &block, int position)
{
    QTextCharFormat found;
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (position >= range.start && position < range.start + range.length)
            found = range.format;
    }
    return found;
}

// The underlined stretches of the document as "line:text".
QStringList markedWords(const RstEditor &editor)
{
    QStringList words;
    for (QTextBlock block = editor.document()->begin(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        int start = -1;
        for (int i = 0; i <= text.size(); ++i) {
            const bool marked = i < text.size() && isSpellMarked(formatAt(block, i));
            if (marked && start < 0)
                start = i;
            if (!marked && start >= 0) {
                words << u"%1:%2"_s.arg(block.blockNumber() + 1).arg(text.mid(start, i - start));
                start = -1;
            }
        }
    }
    return words;
}

void placeCursorAtEnd(RstEditor &editor, int line)
{
    QTextCursor cursor(editor.document()->findBlockByNumber(line - 1));
    cursor.movePosition(QTextCursor::EndOfBlock);
    editor.setTextCursor(cursor);
}

// A point of the viewport inside the first occurrence of word.
QPoint pointOnWord(RstEditor &editor, const QString &word)
{
    const int position = int(editor.toPlainText().indexOf(word));
    QTextCursor cursor(editor.document());
    cursor.setPosition(position + 1);
    return editor.cursorRect(cursor).center();
}

// Letters no dictionary has as a word.
QString madeUpWord()
{
    QString word = u"Zqorb"_s;
    for (int i = 0; i < 8; ++i)
        word += QChar(u'a' + QRandomGenerator::global()->bounded(26));
    return word;
}

QAction *actionNamed(QMenu *menu, const QString &text)
{
    const QList<QAction *> actions = menu->actions();
    const auto found
        = std::find_if(actions.begin(), actions.end(), [&](QAction *action) { return action->text() == text; });
    return found == actions.end() ? nullptr : *found;
}

} // namespace

class TestSpelling : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RstEditor> makeEditor(const QString &text)
    {
        auto editor = std::make_unique<RstEditor>();
        editor->resize(700, 400);
        editor->setPlainText(text);
        editor->show();
        if (!QTest::qWaitForWindowExposed(editor.get()))
            return nullptr;
        editor->setSpellingLanguage(u"en_US"_s);
        editor->setSpellCheckingEnabled(true);
        return editor;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // "Add to Dictionary" must not touch the real personal dictionary.
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(SpellChecker::availableLanguages().contains(u"en_US"_s),
            "Sonnet finds no en_US dictionary: install sonnet6-plugins and hunspell-en-us");
    }

    void typedWordsAreMarkedInProseOnly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QStringList>("marked");
        const QString spec = u"Title\n=====\n\nSome prose::\n\n    literal code\n\nMore prose with ``code`` in it.\n"_s;
        QTest::newRow("a misspelt word typed in prose is marked") << spec << 8 << QStringList { u"8:wrogn"_s };
        QTest::newRow("a misspelt word typed in a literal block is not") << spec << 6 << QStringList();
        QTest::newRow("a misspelt word typed in a title is marked") << spec << 1 << QStringList { u"1:wrogn"_s };
        QTest::newRow("a misspelt word typed after a directive's option is not")
            << u".. image:: a.png\n   :alt: picture\n"_s << 2 << QStringList();
    }

    void typedWordsAreMarkedInProseOnly()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(QStringList, marked);
        const auto editor = makeEditor(text);
        QVERIFY(editor);
        QCOMPARE(markedWords(*editor), QStringList());
        placeCursorAtEnd(*editor, line);
        QTest::keyClicks(editor.get(), u" wrogn"_s);
        QCOMPARE(markedWords(*editor), marked);
    }

    void typingADoubleColonTurnsTheNextLinesIntoCode()
    {
        const auto editor = makeEditor(u"Intro\n\n    teh wrogn\n\nAfter wrogn\n"_s);
        QVERIFY(editor);
        QCOMPARE(markedWords(*editor), (QStringList { u"3:teh"_s, u"3:wrogn"_s, u"5:wrogn"_s }));
        placeCursorAtEnd(*editor, 1);
        QTest::keyClicks(editor.get(), u"::"_s);
        QCOMPARE(markedWords(*editor), QStringList { u"5:wrogn"_s });
        editor->undo();
        QCOMPARE(markedWords(*editor), (QStringList { u"3:teh"_s, u"3:wrogn"_s, u"5:wrogn"_s }));
    }

    void markingKeepsTheSyntaxColours()
    {
        KSyntaxHighlighting::Repository repository;
        const auto editor = makeEditor(u"Text with *emphasis* and *emfasis* here.\n"_s);
        QVERIFY(editor);
        editor->setDefinition(repository.definitionForName(u"reStructuredText"_s));
        editor->setTheme(repository.defaultTheme(KSyntaxHighlighting::Repository::LightTheme));
        QCOMPARE(markedWords(*editor), QStringList { u"1:emfasis"_s });
        const QTextBlock block = editor->document()->firstBlock();
        const int misspelt = int(block.text().indexOf(u"emfasis"_s));
        const int correct = int(block.text().indexOf(u"emphasis"_s));
        const QTextCharFormat marked = formatAt(block, misspelt);
        const QTextCharFormat plain = formatAt(block, correct);
        // KSyntaxHighlighting colours emphasis: both words keep that colour.
        QVERIFY(plain.foreground().color().isValid());
        QCOMPARE(marked.foreground(), plain.foreground());
        QCOMPARE(marked.fontItalic(), plain.fontItalic());
        QVERIFY(!isSpellMarked(plain));
    }

    void suggestionReplacesTheWordAsOneUndoableEdit()
    {
        const auto editor = makeEditor(u"Check the speling here.\n"_s);
        QVERIFY(editor);
        QCOMPARE(markedWords(*editor), QStringList { u"1:speling"_s });
        const std::unique_ptr<QMenu> menu(editor->createContextMenu(pointOnWord(*editor, u"speling"_s)));
        QAction *suggestion = actionNamed(menu.get(), u"spelling"_s);
        QVERIFY2(suggestion, "\"spelling\" is among the suggestions");
        // Suggestions come first, at most eight of them.
        QCOMPARE(menu->actions().indexOf(suggestion) < SpellChecker::maxSuggestions, true);
        QVERIFY(menu->findChild<QAction *>(u"addToDictionaryAction"_s));
        QVERIFY(menu->findChild<QAction *>(u"ignoreWordAction"_s));
        suggestion->trigger();
        QCOMPARE(editor->toPlainText(), u"Check the spelling here.\n"_s);
        QCOMPARE(markedWords(*editor), QStringList());
        editor->undo();
        QCOMPARE(editor->toPlainText(), u"Check the speling here.\n"_s);
        QCOMPARE(markedWords(*editor), QStringList { u"1:speling"_s });
        editor->redo();
        QCOMPARE(editor->toPlainText(), u"Check the spelling here.\n"_s);
    }

    void correctWordsAndNonProseHaveNoSpellingEntries()
    {
        const auto editor = makeEditor(u"Correct words and ``speling`` here.\n"_s);
        QVERIFY(editor);
        for (const QString &word : { u"Correct"_s, u"speling"_s }) {
            const std::unique_ptr<QMenu> menu(editor->createContextMenu(pointOnWord(*editor, word)));
            QVERIFY2(!menu->findChild<QAction *>(u"addToDictionaryAction"_s), qPrintable(word));
            QVERIFY(!menu->actions().isEmpty());
        }
    }

    void addingAndIgnoringClearTheMark_data()
    {
        QTest::addColumn<QString>("actionName");
        QTest::newRow("add to dictionary") << u"addToDictionaryAction"_s;
        QTest::newRow("ignore") << u"ignoreWordAction"_s;
    }

    void addingAndIgnoringClearTheMark()
    {
        QFETCH(QString, actionName);
        // A made-up word of its own per run: an addition to the personal
        // dictionary outlives the run.
        const QString word = madeUpWord();
        const auto editor = makeEditor(u"The %1 of things.\n\nMore %1.\n"_s.arg(word));
        QVERIFY(editor);
        QCOMPARE(markedWords(*editor), (QStringList { u"1:"_s + word, u"3:"_s + word }));
        const std::unique_ptr<QMenu> menu(editor->createContextMenu(pointOnWord(*editor, word)));
        auto *action = menu->findChild<QAction *>(actionName);
        QVERIFY(action);
        action->trigger();
        QCOMPARE(markedWords(*editor), QStringList());
        QVERIFY(!editor->document()->isModified());
    }

    void turningItOffClearsTheMarks()
    {
        const auto editor = makeEditor(u"Some speling.\n"_s);
        QVERIFY(editor);
        QCOMPARE(markedWords(*editor), QStringList { u"1:speling"_s });
        editor->setSpellCheckingEnabled(false);
        QCOMPARE(markedWords(*editor), QStringList());
        editor->setSpellCheckingEnabled(true);
        QCOMPARE(markedWords(*editor), QStringList { u"1:speling"_s });
    }

    void turnedOnBeforeTheFirstPaintItStartsAfterIt()
    {
        RstEditor editor;
        editor.resize(600, 300);
        editor.setPlainText(u"Some speling.\n"_s);
        editor.setSpellingLanguage(u"en_US"_s);
        editor.setSpellCheckingEnabled(true);
        QVERIFY(editor.isSpellCheckingEnabled());
        // The dictionary waits for the window.
        QCOMPARE(editor.spellChecker(), nullptr);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QTRY_VERIFY(editor.spellChecker() != nullptr);
        QTRY_COMPARE(markedWords(editor), QStringList { u"1:speling"_s });
    }

    void turnedOffBeforeItStartedItLoadsNothing()
    {
        RstEditor editor;
        editor.resize(600, 300);
        editor.setPlainText(u"Some speling.\n"_s);
        editor.setSpellingLanguage(u"en_US"_s);
        editor.setSpellCheckingEnabled(true);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setSpellCheckingEnabled(false);
        QTest::qWait(500);
        QCOMPARE(editor.spellChecker(), nullptr);
        QCOMPARE(markedWords(editor), QStringList());
    }

    void aMissingDictionaryIsReportedOnceAndMarksNothing()
    {
        RstEditor editor;
        editor.resize(600, 300);
        editor.setPlainText(u"Some speling.\n"_s);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QSignalSpy unavailable(&editor, &RstEditor::spellingUnavailable);
        editor.setSpellingLanguage(u"xx_XX"_s);
        editor.setSpellCheckingEnabled(true);
        QCOMPARE(unavailable.count(), 1);
        QCOMPARE(unavailable.first().first().toString(), u"xx_XX"_s);
        QCOMPARE(markedWords(editor), QStringList());
        editor.setSpellCheckingEnabled(false);
        editor.setSpellCheckingEnabled(true);
        editor.setSpellingLanguage(u"xx_XX"_s);
        QCOMPARE(unavailable.count(), 1);
        editor.setSpellingLanguage(u"en_US"_s);
        QCOMPARE(markedWords(editor), QStringList { u"1:speling"_s });
        QCOMPARE(unavailable.count(), 1);
    }

    void onlyShownBlocksAreChecked()
    {
        QStringList lines;
        for (int i = 0; i < 3000; ++i)
            lines << u"Line %1 has a speling mistake."_s.arg(i + 1);
        const auto editor = makeEditor(lines.join(u'\n'));
        QVERIFY(editor);
        const auto *highlighter = editor->highlighter();
        const QTextDocument *document = editor->document();
        QVERIFY(highlighter->isChecked(document->firstBlock()));
        QVERIFY(isSpellMarked(formatAt(document->firstBlock(), 16)));
        int checked = 0;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
            checked += highlighter->isChecked(block) ? 1 : 0;
        // The lines in view and a margin, not the whole document.
        QVERIFY2(checked < 100, qPrintable(QString::number(checked)));
        const QTextBlock last = document->lastBlock();
        QVERIFY(!highlighter->isChecked(last));

        // Checking what scrolls into view is no edit of the document.
        QSignalSpy contents(document, &QTextDocument::contentsChanged);
        editor->verticalScrollBar()->setValue(editor->verticalScrollBar()->maximum());
        QTRY_VERIFY(highlighter->isChecked(last));
        QVERIFY(isSpellMarked(formatAt(last, int(last.text().indexOf(u"speling"_s)))));
        QCOMPARE(contents.count(), 0);
        QVERIFY(!document->isModified());
        QVERIFY(!document->isUndoAvailable());
    }
};

QTEST_MAIN(TestSpelling)
#include "tst_spelling.moc"
