// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAction>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>

#include "gui/findbar.h"
#include "gui/rsteditor.h"

using namespace Qt::StringLiterals;
using specwright::gui::FindBar;
using specwright::gui::RstEditor;

namespace
{

// The tinted stretches as "line:from-to" (1-based line, 0-based columns).
QStringList tintedRanges(const RstEditor &editor)
{
    QStringList ranges;
    for (const QTextEdit::ExtraSelection &selection : editor.extraSelections()) {
        if (selection.format.property(QTextFormat::FullWidthSelection).toBool())
            continue;
        const QTextBlock block = selection.cursor.block();
        ranges << u"%1:%2-%3"_s.arg(block.blockNumber() + 1)
                      .arg(selection.cursor.selectionStart() - block.position())
                      .arg(selection.cursor.selectionEnd() - block.position());
    }
    return ranges;
}

void placeCursor(RstEditor &editor, int line, int column)
{
    QTextCursor cursor(editor.document()->findBlockByNumber(line - 1));
    cursor.setPosition(cursor.position() + column);
    editor.setTextCursor(cursor);
}

} // namespace

class TestRstEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linesPastTheLimitAreTinted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QStringList>("ranges");
        QTest::newRow("short lines are not tinted") << u"short\nlines\n"_s << 10 << QStringList();
        QTest::newRow("a line at the limit is not tinted") << u"0123456789\n"_s << 10 << QStringList();
        QTest::newRow("a line one past the limit tints its last character")
            << u"0123456789X\n"_s << 10 << QStringList { u"1:10-11"_s };
        QTest::newRow("each long line is tinted from the limit to its end")
            << u"ok\n0123456789ABC\nok\n0123456789ABCDEF"_s << 10 << QStringList { u"2:10-13"_s, u"4:10-16"_s };
        QTest::newRow("the default limit is 79") << QString(85, u'x') << 79 << QStringList { u"1:79-85"_s };
    }
    void linesPastTheLimitAreTinted()
    {
        QFETCH(QString, text);
        QFETCH(int, limit);
        QFETCH(QStringList, ranges);
        RstEditor editor;
        if (limit != 79)
            editor.setColumnLimit(limit);
        editor.setPlainText(text);
        QTRY_COMPARE(tintedRanges(editor), ranges);
    }

    void tintFollowsTheScreenInALongDocument()
    {
        // Tinting every line of a huge file on each keystroke would stall
        // typing: the lines on screen are tinted, and those scrolled to.
        RstEditor editor;
        editor.resize(400, 300);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setColumnLimit(10);
        QString text;
        for (int line = 1; line <= 20000; ++line)
            text += (line == 1 || line == 20000 ? u"0123456789ABC\n"_s : u"short\n"_s);
        editor.setPlainText(text);
        QTRY_COMPARE(tintedRanges(editor), QStringList { u"1:10-13"_s });
        editor.verticalScrollBar()->setValue(editor.verticalScrollBar()->maximum());
        QTRY_COMPARE(tintedRanges(editor), QStringList { u"20000:10-13"_s });
    }

    void resetZoomReturnsToTheChosenFont()
    {
        RstEditor editor;
        QFont chosen(u"Monospace"_s);
        chosen.setPointSize(17);
        editor.setBaseFont(chosen);
        QCOMPARE(editor.font().pointSize(), 17);
        editor.zoomIn(3);
        QCOMPARE(editor.font().pointSize(), 20);
        editor.resetZoom();
        QCOMPARE(editor.font().pointSize(), 17);
        QCOMPARE(editor.font().family(), chosen.family());
    }

    void emptyingTheDocumentDropsTheTint()
    {
        // The tint's cursors must be let go of after the document has
        // finished emptying itself, not while it is still updating them.
        RstEditor editor;
        editor.setColumnLimit(4);
        editor.setPlainText(u"abcdefgh\nab\nabcdefgh\n"_s);
        QTRY_COMPARE(tintedRanges(editor), (QStringList { u"1:4-8"_s, u"3:4-8"_s }));
        editor.clear();
        QTRY_COMPARE(tintedRanges(editor), QStringList());
        editor.setPlainText(u"abcdefgh"_s);
        QTRY_COMPARE(tintedRanges(editor), QStringList { u"1:4-8"_s });
        editor.setPlainText(QString());
        QTRY_COMPARE(tintedRanges(editor), QStringList());
        QTest::keyClicks(&editor, u"abcdef"_s);
        QTRY_COMPARE(tintedRanges(editor), QStringList { u"1:4-6"_s });
    }

    void tintFollowsEditsAndLimit()
    {
        RstEditor editor;
        editor.setColumnLimit(5);
        editor.setPlainText(u"abc\n"_s);
        QTRY_COMPARE(tintedRanges(editor), QStringList());
        placeCursor(editor, 1, 3);
        QTest::keyClicks(&editor, u"defg"_s);
        QTRY_COMPARE(tintedRanges(editor), QStringList { u"1:5-7"_s });
        editor.setColumnLimit(6);
        QTRY_COMPARE(tintedRanges(editor), QStringList { u"1:6-7"_s });
        editor.undo();
        QTRY_COMPARE(tintedRanges(editor), QStringList());
    }

    void reportsColumnsPastTheLimit()
    {
        RstEditor editor;
        editor.setColumnLimit(4);
        editor.setPlainText(u"abcdef\nab\n"_s);
        QSignalSpy spy(&editor, &RstEditor::columnsPastLimitChanged);
        placeCursor(editor, 1, 0);
        QCOMPARE(editor.columnsPastLimit(), 2);
        placeCursor(editor, 2, 1);
        QCOMPARE(editor.columnsPastLimit(), 0);
        QTest::keyClicks(&editor, u"xyz"_s);
        QCOMPARE(editor.columnsPastLimit(), 1);
        QVERIFY(spy.size() >= 2);
        QCOMPARE(spy.last().at(0).toInt(), 1);
    }

    void enterContinues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("cursorLine");
        QTest::addColumn<int>("cursorColumn");

        QTest::newRow("a bullet item gets a new bullet") << u"* one"_s << 1 << 5 << u"* one\n* "_s << 2 << 3;
        QTest::newRow("a numbered item gets the next number")
            << u"1. one\n2. two"_s << 2 << 6 << u"1. one\n2. two\n3. "_s << 3 << 4;
        QTest::newRow("an auto-numbered item gets #.") << u"#. one"_s << 1 << 6 << u"#. one\n#. "_s << 2 << 4;
        QTest::newRow("a nested item keeps its indent")
            << u"* a\n\n  - b"_s << 3 << 5 << u"* a\n\n  - b\n  - "_s << 4 << 5;
        QTest::newRow("an item's continuation line keeps the text indent")
            << u"* one\n  more"_s << 2 << 6 << u"* one\n  more\n  "_s << 3 << 3;
        QTest::newRow("a block quote keeps its indent")
            << u"    quoted"_s << 1 << 10 << u"    quoted\n    "_s << 2 << 5;
        QTest::newRow("Enter in the middle of an item carries the rest along")
            << u"* one two"_s << 1 << 6 << u"* one \n* two"_s << 2 << 3;
        QTest::newRow("an empty bullet item ends the list") << u"* one\n* "_s << 2 << 2 << u"* one\n"_s << 2 << 1;
        QTest::newRow("an empty numbered item ends the list") << u"1. one\n2. "_s << 2 << 3 << u"1. one\n"_s << 2 << 1;
        QTest::newRow("a blank line inside an item keeps its indent")
            << u"* one\n  "_s << 2 << 2 << u"* one\n  \n  "_s << 3 << 3;
        QTest::newRow("a plain line gets a plain new line") << u"plain"_s << 1 << 5 << u"plain\n"_s << 2 << 1;
    }
    void enterContinues()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, expected);
        QFETCH(int, cursorLine);
        QFETCH(int, cursorColumn);
        RstEditor editor;
        editor.setPlainText(text);
        placeCursor(editor, line, column);
        QTest::keyClick(&editor, Qt::Key_Return);
        QCOMPARE(editor.toPlainText(), expected);
        QCOMPARE(editor.cursorLine(), cursorLine);
        QCOMPARE(editor.cursorColumn(), cursorColumn);
        // One keystroke, one undo step.
        editor.undo();
        QCOMPARE(editor.toPlainText(), text);
    }

    void tabInsertsSpaces()
    {
        RstEditor editor;
        editor.setPlainText(u"ab"_s);
        placeCursor(editor, 1, 1);
        QTest::keyClick(&editor, Qt::Key_Tab);
        QCOMPARE(editor.toPlainText(), u"a   b"_s);
    }

    void reflowIsOneUndoableEdit()
    {
        RstEditor editor;
        editor.setColumnLimit(12);
        const QString text = u"Title\n=====\n\n* one two three four five\n  six\n\nAfter.\n"_s;
        editor.setPlainText(text);
        placeCursor(editor, 5, 1);
        QVERIFY(editor.reflowParagraph());
        QCOMPARE(editor.toPlainText(), u"Title\n=====\n\n* one two\n  three four\n  five six\n\nAfter.\n"_s);
        QCOMPARE(editor.cursorLine(), 6);
        editor.undo();
        QCOMPARE(editor.toPlainText(), text);

        // Titles are left alone, and read-only text is never changed.
        placeCursor(editor, 1, 0);
        QVERIFY(!editor.reflowParagraph());
        QCOMPARE(editor.toPlainText(), text);
        editor.setReadOnly(true);
        placeCursor(editor, 4, 0);
        QVERIFY(!editor.reflowParagraph());
        QCOMPARE(editor.toPlainText(), text);
    }

    void reflowActionUsesAltQ()
    {
        RstEditor editor;
        QAction *reflow = editor.editActions().value(0);
        QVERIFY(reflow);
        QCOMPARE(reflow->shortcut(), QKeySequence(Qt::ALT | Qt::Key_Q));
        editor.setColumnLimit(8);
        editor.setPlainText(u"one two three"_s);
        reflow->trigger();
        QCOMPARE(editor.toPlainText(), u"one two\nthree"_s);
    }

    void findMovesThroughMatches_data()
    {
        QTest::addColumn<bool>("caseSensitive");
        QTest::addColumn<bool>("wholeWords");
        QTest::addColumn<QList<int>>("starts");
        // "Spec spec specs SPEC": matches start at 0, 5, 10, 16.
        QTest::newRow("by default case is ignored and parts of words match")
            << false << false << QList<int> { 0, 5, 10, 16 };
        QTest::newRow("match case finds only the same case") << true << false << QList<int> { 5, 10 };
        QTest::newRow("whole words skips words that only contain it") << false << true << QList<int> { 0, 5, 16 };
        QTest::newRow("both options together") << true << true << QList<int> { 5 };
    }
    void findMovesThroughMatches()
    {
        QFETCH(bool, caseSensitive);
        QFETCH(bool, wholeWords);
        QFETCH(QList<int>, starts);
        RstEditor editor;
        editor.setPlainText(u"Spec spec specs SPEC"_s);
        FindBar *bar = editor.findBar();
        bar->setFindText(u"spec"_s);
        bar->setCaseSensitive(caseSensitive);
        bar->setWholeWords(wholeWords);
        for (int start : starts) {
            QVERIFY(bar->findNext());
            QCOMPARE(editor.textCursor().selectionStart(), start);
            QCOMPARE(editor.textCursor().selectedText().toLower(), u"spec"_s);
        }
        // Past the last match the search wraps around to the first.
        QVERIFY(bar->findNext());
        QCOMPARE(editor.textCursor().selectionStart(), starts.first());
        QCOMPARE(bar->message(), u"Wrapped around"_s);
        // And backwards from the first, to the last.
        QVERIFY(bar->findPrevious());
        QCOMPARE(editor.textCursor().selectionStart(), starts.last());
    }

    void findWithoutMatchSaysSo()
    {
        RstEditor editor;
        editor.setPlainText(u"nothing here"_s);
        editor.findBar()->setFindText(u"absent"_s);
        QVERIFY(!editor.findBar()->findNext());
        QCOMPARE(editor.findBar()->message(), u"No matches"_s);
        QVERIFY(!editor.textCursor().hasSelection());
    }

    void replaceAllIsOneUndoStep_data()
    {
        QTest::addColumn<QString>("find");
        QTest::addColumn<QString>("replacement");
        QTest::addColumn<bool>("wholeWords");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("count");
        QTest::newRow("every match is replaced")
            << u"nova"_s << u"cinder"_s << false << u"cinder cinders cinder"_s << 3;
        QTest::newRow("whole words leaves parts of words")
            << u"nova"_s << u"cinder"_s << true << u"cinder novas cinder"_s << 2;
        QTest::newRow("a replacement holding the text is not replaced again")
            << u"nova"_s << u"nova nova"_s << false << u"nova nova nova novas nova nova"_s << 3;
        QTest::newRow("no match changes nothing") << u"glance"_s << u"x"_s << false << u"nova novas Nova"_s << 0;
    }
    void replaceAllIsOneUndoStep()
    {
        QFETCH(QString, find);
        QFETCH(QString, replacement);
        QFETCH(bool, wholeWords);
        QFETCH(QString, expected);
        QFETCH(int, count);
        RstEditor editor;
        const QString text = u"nova novas Nova"_s;
        editor.setPlainText(text);
        FindBar *bar = editor.findBar();
        bar->setFindText(find);
        bar->setReplaceText(replacement);
        bar->setWholeWords(wholeWords);
        QCOMPARE(bar->replaceAll(), count);
        QCOMPARE(editor.toPlainText(), expected);
        if (count > 0) {
            editor.undo();
            QCOMPARE(editor.toPlainText(), text);
        }
    }

    void replaceReplacesTheSelectedMatchThenFindsTheNext()
    {
        RstEditor editor;
        editor.setPlainText(u"a spec, a spec"_s);
        FindBar *bar = editor.findBar();
        bar->setFindText(u"spec"_s);
        bar->setReplaceText(u"blueprint"_s);
        // Nothing selected yet: the first replace only finds.
        QVERIFY(bar->replace());
        QCOMPARE(editor.toPlainText(), u"a spec, a spec"_s);
        QCOMPARE(editor.textCursor().selectionStart(), 2);
        QVERIFY(bar->replace());
        QCOMPARE(editor.toPlainText(), u"a blueprint, a spec"_s);
        QCOMPARE(editor.textCursor().selectedText(), u"spec"_s);
        QVERIFY(!bar->replace());
        QCOMPARE(editor.toPlainText(), u"a blueprint, a blueprint"_s);
    }

    void findBarOpensAndEscapeCloses()
    {
        RstEditor editor;
        editor.resize(600, 300);
        editor.setPlainText(u"find the word here"_s);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        const int fullHeight = editor.viewport()->height();
        QTextCursor cursor = editor.textCursor();
        cursor.setPosition(5);
        cursor.setPosition(8, QTextCursor::KeepAnchor);
        editor.setTextCursor(cursor);

        FindBar *bar = editor.findBar();
        QVERIFY(bar->isHidden());
        editor.editActions().value(1)->trigger();
        QVERIFY(bar->isVisible());
        QVERIFY(!bar->isReplaceShown());
        QCOMPARE(bar->findText(), u"the"_s);
        // The text makes room for the bar instead of hiding under it.
        QCOMPARE(editor.viewport()->height(), fullHeight - bar->height());
        QCOMPARE(bar->geometry().top(), editor.viewport()->geometry().bottom() + 1);

        editor.editActions().value(2)->trigger();
        QVERIFY(bar->isReplaceShown());
        QCOMPARE(editor.editActions().value(2)->shortcuts(),
            (QList<QKeySequence> { QKeySequence(Qt::CTRL | Qt::Key_H), QKeySequence(Qt::CTRL | Qt::Key_R) }));

        QTest::keyClick(bar, Qt::Key_Escape);
        QVERIFY(bar->isHidden());
        QCOMPARE(editor.viewport()->height(), fullHeight);
    }

    void findNextAndPreviousUseF3()
    {
        RstEditor editor;
        editor.setPlainText(u"x a x a x"_s);
        editor.findBar()->setFindText(u"x"_s);
        QAction *next = editor.editActions().value(3);
        QAction *previous = editor.editActions().value(4);
        QCOMPARE(next->shortcut(), QKeySequence(Qt::Key_F3));
        QCOMPARE(previous->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_F3));
        next->trigger();
        next->trigger();
        QCOMPARE(editor.textCursor().selectionStart(), 4);
        previous->trigger();
        QCOMPARE(editor.textCursor().selectionStart(), 0);
    }
};

QTEST_MAIN(TestRstEditor)
#include "tst_rsteditor.moc"
