// SPDX-License-Identifier: GPL-3.0-or-later
// The editor's diagram text helpers: finding the literal block under a
// line, writing a diagram back, inserting a new one, the width check.

#include "diagram/literalblock.h"

#include <QTest>

using namespace specwright::diagram;

namespace
{

const char *const spec = "Title\n" // 0
                         "=====\n" // 1
                         "\n" // 2
                         "The flow::\n" // 3
                         "\n" // 4
                         "    +---+\n" // 5
                         "    | a |\n" // 6
                         "\n" // 7
                         "    +---+\n" // 8
                         "\n" // 9
                         "After.\n" // 10
                         "\n" // 11
                         "* item::\n" // 12
                         "\n" // 13
                         "      x-->y\n" // 14
                         "\n" // 15
                         "::\n" // 16
                         "\n" // 17
                         "  expanded\n" // 18
                         "\n" // 19
                         ".. code-block:: none\n" // 20
                         "   :linenos:\n" // 21
                         "\n" // 22
                         "   code\n" // 23
                         "\n" // 24
                         ".. note::\n" // 25
                         "\n" // 26
                         "   Not literal.\n" // 27
                         "\n" // 28
                         "Quoted::\n" // 29
                         "\n" // 30
                         "> quoted\n" // 31
                         "> lines\n" // 32
                         "\n" // 33
                         "1) Get it::\n" // 34
                         "\n" // 35
                         "    GET /\n" // 36
                         "\n" // 37
                         "   Response::\n" // 38
                         "\n" // 39
                         "    {}\n"; // 40

} // namespace

class TestLiteralBlock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blockAt_data();
    void blockAt();
    void noBlock_data();
    void noBlock();
    void replace();
    void insert_data();
    void insert();
    void indentStep();
    void width_data();
    void width();
};

void TestLiteralBlock::blockAt_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("marker");
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("last");
    QTest::addColumn<int>("indent");
    QTest::addColumn<QString>("text");
    const QString box = QStringLiteral("+---+\n| a |\n\n+---+\n");
    QTest::newRow("a line inside the diagram finds its block") << 6 << 3 << 5 << 8 << 4 << box;
    QTest::newRow("the paragraph ending in :: finds the block") << 3 << 3 << 5 << 8 << 4 << box;
    QTest::newRow("a blank line inside the block belongs to it") << 7 << 3 << 5 << 8 << 4 << box;
    QTest::newRow("a block in a list item is indented from the item")
        << 14 << 12 << 14 << 14 << 6 << QStringLiteral("x-->y\n");
    QTest::newRow("the expanded form with :: alone") << 18 << 16 << 18 << 18 << 2 << QStringLiteral("expanded\n");
    QTest::newRow("a quoted literal block keeps its quote characters")
        << 32 << 29 << 31 << 32 << 0 << QStringLiteral("> quoted\n> lines\n");
    QTest::newRow("a block in an enumerated item ends at the item's indent")
        << 36 << 34 << 36 << 36 << 4 << QStringLiteral("GET /\n");
    QTest::newRow("the item's next paragraph announces its own block")
        << 40 << 38 << 40 << 40 << 4 << QStringLiteral("{}\n");
    QTest::newRow("a code-block directive skips its options") << 23 << 20 << 23 << 23 << 3 << QStringLiteral("code\n");
}

void TestLiteralBlock::blockAt()
{
    QFETCH(int, line);
    QFETCH(int, marker);
    QFETCH(int, first);
    QFETCH(int, last);
    QFETCH(int, indent);
    QFETCH(QString, text);
    const auto block = literalBlockAt(spec, line);
    QVERIFY(block.has_value());
    QCOMPARE(block->markerLine, marker);
    QCOMPARE(block->firstLine, first);
    QCOMPARE(block->lastLine, last);
    QCOMPARE(block->indent, indent);
    QCOMPARE(QString::fromStdString(block->text), text);
}

void TestLiteralBlock::noBlock_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<int>("line");
    QTest::newRow("a plain paragraph is not a block") << QString::fromUtf8(spec) << 10;
    QTest::newRow("a note directive is not a literal block") << QString::fromUtf8(spec) << 27;
    QTest::newRow("a line after the block is outside it") << QString::fromUtf8(spec) << 9;
    QTest::newRow(":: without a blank line after it announces nothing")
        << QStringLiteral("Text::\n    not a block\n") << 1;
    QTest::newRow(":: followed by unindented text announces nothing") << QStringLiteral("Text::\n\nplain\n") << 2;
    QTest::newRow("a line of colons is an adornment") << QStringLiteral("::::::\n\n    x\n") << 2;
    QTest::newRow("an empty document has no block") << QString() << 0;
}

void TestLiteralBlock::noBlock()
{
    QFETCH(QString, document);
    QFETCH(int, line);
    QVERIFY(!literalBlockAt(document.toStdString(), line).has_value());
}

void TestLiteralBlock::replace()
{
    const auto block = literalBlockAt(spec, 6);
    QVERIFY(block.has_value());
    const TextEdit edit = replaceLiteralBlock(*block, "+-----+\n|  b  |\n+-----+\n");
    QCOMPARE(edit.firstLine, 5);
    QCOMPARE(edit.removedLines, 4);
    QCOMPARE(QString::fromStdString(edit.text), QStringLiteral("    +-----+\n    |  b  |\n    +-----+\n"));
    const std::string edited = applyEdit(spec, edit);
    QVERIFY(edited.starts_with("Title\n=====\n\nThe flow::\n\n    +-----+\n    |  b  |\n    +-----+\n\nAfter.\n"));
    // The block is found again in place, with its new text.
    const auto again = literalBlockAt(edited, 6);
    QVERIFY(again.has_value());
    QCOMPARE(QString::fromStdString(again->text), QStringLiteral("+-----+\n|  b  |\n+-----+\n"));
}

void TestLiteralBlock::insert_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("expected");
    QTest::newRow("between paragraphs the block gets blank lines around it")
        << QStringLiteral("One.\nTwo.\n") << 1 << QStringLiteral("One.\n\n::\n\n    +-+\n    +-+\n\nTwo.\n");
    QTest::newRow("after a blank line no extra blank line is added")
        << QStringLiteral("One.\n\nTwo.\n") << 2 << QStringLiteral("One.\n\n::\n\n    +-+\n    +-+\n\nTwo.\n");
    QTest::newRow("at the end of the document")
        << QStringLiteral("One.\n") << 1 << QStringLiteral("One.\n\n::\n\n    +-+\n    +-+\n");
    QTest::newRow("at the end of a document with no final newline")
        << QStringLiteral("One.") << 1 << QStringLiteral("One.\n\n::\n\n    +-+\n    +-+\n");
    QTest::newRow("the document's own literal indent is used")
        << QStringLiteral("A::\n\n  x\n\nB.\n") << 5 << QStringLiteral("A::\n\n  x\n\nB.\n\n::\n\n  +-+\n  +-+\n");
    QTest::newRow("inside an indented block the marker keeps its indent") << QStringLiteral(
        "* item\n\n  more text\n") << 3 << QStringLiteral("* item\n\n  more text\n\n  ::\n\n      +-+\n      +-+\n");
}

void TestLiteralBlock::insert()
{
    QFETCH(QString, document);
    QFETCH(int, line);
    QFETCH(QString, expected);
    const std::string text = document.toStdString();
    const TextEdit edit = insertDiagram(text, line, "+-+\n+-+\n");
    QCOMPARE(QString::fromStdString(applyEdit(text, edit)), expected);
    // What was inserted is found as a literal block holding the diagram.
    const auto block = literalBlockAt(applyEdit(text, edit), edit.firstLine + (edit.text.starts_with('\n') ? 3 : 2));
    QVERIFY(block.has_value());
    QCOMPARE(QString::fromStdString(block->text), QStringLiteral("+-+\n+-+\n"));
}

void TestLiteralBlock::indentStep()
{
    QCOMPARE(literalIndentStep("No blocks.\n"), 4);
    QCOMPARE(literalIndentStep(spec), 4);
    QCOMPARE(literalIndentStep("A::\n\n   x\n\nB::\n\n   y\n\nC::\n\n    z\n"), 3);
}

void TestLiteralBlock::width_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("indent");
    QTest::addColumn<int>("widest");
    QTest::addColumn<bool>("fits");
    QTest::addColumn<int>("excess");
    QTest::newRow("a narrow diagram fits") << QStringLiteral("+--+\n") << 4 << 4 << true << 0;
    QTest::newRow("75 columns at indent 4 just fit") << QString(75, QLatin1Char('-')) << 4 << 75 << true << 0;
    QTest::newRow("76 columns at indent 4 are one over") << QString(76, QLatin1Char('-')) << 4 << 76 << false << 1;
    QTest::newRow("trailing spaces do not count")
        << (QString(75, QLatin1Char('-')) + QStringLiteral("   \n")) << 4 << 75 << true << 0;
    QTest::newRow("wide characters count two columns") << QStringLiteral("日本\n") << 0 << 4 << true << 0;
}

void TestLiteralBlock::width()
{
    QFETCH(QString, text);
    QFETCH(int, indent);
    QFETCH(int, widest);
    QFETCH(bool, fits);
    QFETCH(int, excess);
    const WidthCheck check = checkWidth(text.toStdString(), indent);
    QCOMPARE(check.widest, widest);
    QCOMPARE(check.fits(), fits);
    QCOMPARE(check.excess(), excess);
    QCOMPARE(check.room(), 79 - indent);
}

QTEST_GUILESS_MAIN(TestLiteralBlock)
#include "tst_literalblock.moc"
