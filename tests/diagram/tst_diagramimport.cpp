// SPDX-License-Identifier: GPL-3.0-or-later
// Import: what is recognised as which object, odd input that must still
// come back unchanged, and input that is refused.

#include "diagram/textexport.h"
#include "diagram/textimport.h"

#include <QTest>

#include <random>

using namespace specwright::diagram;

namespace
{

QString objectsOf(const std::string &text)
{
    const auto imported = importText(text);
    if (!imported)
        return QStringLiteral("error: ") + QString::fromStdString(imported.error());
    return QString::fromStdString(describeObjects(imported.value().diagram));
}

std::string roundTrip(const std::string &text)
{
    const auto imported = importText(text);
    if (!imported)
        return "error: " + imported.error();
    return exportText(imported.value().diagram, { imported.value().charset, Crop::FromOrigin });
}

} // namespace

class TestDiagramImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recognition_data();
    void recognition();
    void oddInput_data();
    void oddInput();
    void randomInputComesBack();
    void refused_data();
    void refused();
    void statistics();
};

void TestDiagramImport::recognition_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("objects");

    QTest::newRow("a box with a centred label")
        << QStringLiteral("+-------+\n|  API  |\n+-------+\n") << QStringLiteral("box 0,0 9x3 \"API\"\n");
    QTest::newRow("a box with a label on two lines joins the words")
        << QStringLiteral("+----------+\n| nova api |\n| service  |\n+----------+\n")
        << QStringLiteral("box 0,0 12x4 \"nova api service\"\n");
    QTest::newRow("a rounded box") << QStringLiteral(".---.\n| a |\n'---'\n")
                                   << QStringLiteral("box 0,0 5x3 \"a\" rounded\n");
    QTest::newRow("an arrow between two boxes is attached to both")
        << QStringLiteral("+---+    +---+\n| a |--->| b |\n+---+    +---+\n")
        << QStringLiteral("box 0,0 5x3 \"a\"\nbox 9,0 5x3 \"b\"\narrow 5,1 -> 8,1 from #1 to #2\n");
    QTest::newRow("a line leaving a box edge starts on the edge") << QStringLiteral(
        "+---+\n|   |\n+-+-+\n  |\n  v\n") << QStringLiteral("box 0,0 5x3 \"\"\narrow 2,2 -> 2,4 from #1\n");
    QTest::newRow("an arrow with a bend")
        << QStringLiteral("----+\n    |\n    v\n") << QStringLiteral("arrow 0,0 -- 4,0 -> 4,2\n");
    QTest::newRow("heads at both ends") << QStringLiteral("<---->\n") << QStringLiteral("arrow 0,0 <-> 5,0\n");
    QTest::newRow("a plus starting a line is a joint")
        << QStringLiteral("api+---->db\n") << QStringLiteral("arrow 3,0+ -> 8,0\ntext 0,0 \"api\"\ntext 9,0 \"db\"\n");
    QTest::newRow("lines meeting at a junction end there") << QStringLiteral(
        "  |\n--+--\n  |\n") << QStringLiteral("line 2,0 -- 2,1\nline 0,1 -- 2,1\nline 2,1 -- 4,1\nline 2,1 -- 2,2\n");
    QTest::newRow("two dashes in a word stay text")
        << QStringLiteral("use --help here\n") << QStringLiteral("text 0,0 \"use --help here\"\n");
    QTest::newRow("a hyphen stays text") << QStringLiteral("cell-db\n") << QStringLiteral("text 0,0 \"cell-db\"\n");
    QTest::newRow("a v inside a word is not an arrow head")
        << QStringLiteral("  |\n  |\n  |\n avoid\n") << QStringLiteral("line 2,0 -- 2,2\ntext 1,3 \"avoid\"\n");
    QTest::newRow("two bars on their own stay text")
        << QStringLiteral("|\n|\n") << QStringLiteral("text 0,0 \"|\"\ntext 0,1 \"|\"\n");
    QTest::newRow("a v alone under a line is an arrow head")
        << QStringLiteral(" |\n |\n v\n") << QStringLiteral("arrow 1,0 -> 1,2\n");
    QTest::newRow("a table of boxes sharing edges") << QStringLiteral("+---+---+\n| a | b |\n+---+---+\n")
                                                    << QStringLiteral("box 0,0 5x3 \"a\"\nbox 4,0 5x3 \"b\"\n");
    QTest::newRow("a box with text it cannot lay out keeps it as text")
        << QStringLiteral("+------+\n|a     |\n+------+\n") << QStringLiteral("box 0,0 8x3 \"\"\ntext 1,1 \"a\"\n");
    QTest::newRow("a box inside a box") << QStringLiteral("+-------+\n| +---+ |\n| | x | |\n| +---+ |\n+-------+\n")
                                        << QStringLiteral("box 0,0 9x5 \"\"\nbox 2,1 5x3 \"x\"\n");
    QTest::newRow("a plus in the middle of a line splits it at a joint")
        << QStringLiteral("---+---\n") << QStringLiteral("line 0,0 -- 3,0+\nline 3,0+ -- 6,0\n");
    QTest::newRow("an unclosed box is lines")
        << QStringLiteral("+---+\n|   |\n+---\n") << QStringLiteral("line 4,1 -- 4,0 -- 0,0 -- 0,2 -- 3,2\n");
    QTest::newRow("a box drawn in Unicode") << QStringLiteral("┌─────┐\n│ API │\n└──┬──┘\n   │\n   v\n")
                                            << QStringLiteral("box 0,0 7x3 \"API\"\narrow 3,2 -> 3,4 from #1\n");
    QTest::newRow("rounded Unicode corners")
        << QStringLiteral("╭──╮\n│  │\n╰──╯\n") << QStringLiteral("box 0,0 4x3 \"\" rounded\n");
    QTest::newRow("a box drawn with equals signs is double")
        << QStringLiteral("+=====+\n| API |\n+=====+\n") << QStringLiteral("box 0,0 7x3 \"API\" double\n");
    QTest::newRow("a table's header cell is double only below")
        << QStringLiteral("+-----+\n| a   |\n+=====+\n| b   |\n+-----+\n")
        << QStringLiteral("box 0,0 7x3 \"a\" double-bottom\nbox 0,2 7x3 \"b\" double-top\n");
    QTest::newRow("an arrow drawn with equals signs is double")
        << QStringLiteral("====>\n") << QStringLiteral("arrow 0,0 -> 4,0 double\n");
    QTest::newRow("a double arrow between two boxes is attached to both")
        << QStringLiteral("+---+    +---+\n| a |===>| b |\n+---+    +---+\n")
        << QStringLiteral("box 0,0 5x3 \"a\"\nbox 9,0 5x3 \"b\"\narrow 5,1 -> 8,1 double from #1 to #2\n");
    QTest::newRow("two equals signs stay text")
        << QStringLiteral("a == b\n") << QStringLiteral("text 0,0 \"a == b\"\n");
    QTest::newRow("a Unicode arrow head")
        << QStringLiteral("──→\n") << QStringLiteral("arrow 0,0 -> 2,0 heads:arrow\n");
    QTest::newRow("Unicode arrow heads on ASCII lines")
        << QStringLiteral("←---→\n") << QStringLiteral("arrow 0,0 <-> 4,0 heads:arrow\n");
    QTest::newRow("a triangle head under a line")
        << QStringLiteral("|\n|\n▼\n") << QStringLiteral("arrow 0,0 -> 0,2 heads:triangle\n");
    QTest::newRow("a triangle head pointing up at a box")
        << QStringLiteral("+---+\n| a |\n+---+\n  ▲\n  |\n")
        << QStringLiteral("box 0,0 5x3 \"a\"\narrow 2,3 <- 2,4 heads:triangle from #1\n");
    QTest::newRow("a Unicode box with double top and bottom")
        << QStringLiteral("╒═══╕\n│ a │\n╘═══╛\n") << QStringLiteral("box 0,0 5x3 \"a\" double\n");
    QTest::newRow("Unicode junctions on a double edge") << QStringLiteral(
        "╒══╤══╕\n│  │  │\n╘══╧══╛\n") << QStringLiteral("box 0,0 4x3 \"\" double\nbox 3,0 4x3 \"\" double\n");
    QTest::newRow("a single bar between stacked boxes joins their edges")
        << QStringLiteral("+---+\n| a |\n+-+-+\n  |\n+-+-+\n| b |\n+---+\n")
        << QStringLiteral("box 0,0 5x3 \"a\"\nbox 0,4 5x3 \"b\"\nline 2,2 -- 2,4 from #1 to #2\n");
    QTest::newRow("a single dash between boxes side by side joins their edges")
        << QStringLiteral("+---+ +---+\n| a +-+ b |\n+---+ +---+\n")
        << QStringLiteral("box 0,0 5x3 \"a\"\nbox 6,0 5x3 \"b\"\nline 4,1 -- 6,1 from #1 to #2\n");
    QTest::newRow("words one space apart are one text")
        << QStringLiteral("nova show <uuid>\n") << QStringLiteral("text 0,0 \"nova show <uuid>\"\n");
}

void TestDiagramImport::recognition()
{
    QFETCH(QString, text);
    QFETCH(QString, objects);
    QCOMPARE(objectsOf(text.toStdString()), objects);
    QCOMPARE(QString::fromStdString(roundTrip(text.toStdString())), text);
}

void TestDiagramImport::oddInput_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray same;
    QTest::newRow("empty input") << QByteArray() << same;
    QTest::newRow("only blank lines") << QByteArray("\n\n   \n") << QByteArray("");
    QTest::newRow("no newline at the end") << QByteArray("+--+\n|  |\n+--+") << QByteArray("+--+\n|  |\n+--+\n");
    QTest::newRow("trailing spaces are dropped") << QByteArray("a   \n  b  \n") << QByteArray("a\n  b\n");
    QTest::newRow("a margin above and to the left is kept") << QByteArray("\n\n    +--+\n    |  |\n    +--+\n") << same;
    QTest::newRow("Windows line ends become newlines")
        << QByteArray("+--+\r\n|  |\r\n+--+\r\n") << QByteArray("+--+\n|  |\n+--+\n");
    QTest::newRow("tabs expand to 8-column stops") << QByteArray("a\tb\n\t|\n") << QByteArray("a       b\n        |\n");
    QTest::newRow("a page of plus signs") << QByteArray("+++++\n+++++\n+++++\n+++++\n") << same;
    QTest::newRow("a large page of plus signs") << QByteArray(300, '+').append('\n').repeated(300) << same;
    QTest::newRow("a large page of random line drawing") << [] {
        QByteArray page;
        quint32 seed = 7;
        for (int y = 0; y < 200; ++y) {
            for (int x = 0; x < 200; ++x) {
                seed = seed * 1103515245u + 12345u;
                page += "+-|<>^v ab"[(seed >> 16) % 10];
            }
            while (page.endsWith(' '))
                page.chop(1);
            page += '\n';
        }
        return page;
    }() << same;
    QTest::newRow("boxes that overlap") << QByteArray("+---+\n| +-+-+\n+-+-+ |\n  +---+\n") << same;
    QTest::newRow("lone line characters") << QByteArray("+\n|\n-\n>\n<\n^\nv\n") << same;
    QTest::newRow("arrow heads that point at each other") << QByteArray("><\n<>\n^\nv\n") << same;
    QTest::newRow("a loop of lines") << QByteArray("+--+\n|  |\n+--+--+\n   |  |\n   +--+\n") << same;
    QTest::newRow("a box too small to hold anything") << QByteArray("++\n++\n") << same;
    QTest::newRow("control characters and a lone carriage return") << QByteArray("a\x01"
                                                                                 "b\rc\x1b[0m\n")
                                                                   << same;
    QTest::newRow("wide and combining characters") << QByteArray("+----+\n| 日本 |\n+----+\ne\xcc\x81--->x\n") << same;
    QTest::newRow("box drawing characters") << QByteArray("┌──┐\n│  │\n└──┘\n") << same;
    QTest::newRow("a label that overflows its box") << QByteArray("+--+\n|abcdef\n+--+\n") << same;
    QTest::newRow("a junction on a box corner") << QByteArray("+---+---\n|   |\n+---+\n") << same;
}

void TestDiagramImport::oddInput()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, expected);
    if (expected.isNull())
        expected = text;
    QCOMPARE(QByteArray::fromStdString(roundTrip(text.toStdString())), expected);
}

void TestDiagramImport::randomInputComesBack()
{
    // Random drawings from the characters the importer cares about, with a
    // fixed seed so that a failure can be replayed.
    std::mt19937 random(20261125);
    const std::string alphabet = "+-|<>^v.' ab+--  --|";
    for (int round = 0; round < 2000; ++round) {
        const int rows = 1 + static_cast<int>(random() % 8);
        std::string text;
        for (int y = 0; y < rows; ++y) {
            const int width = static_cast<int>(random() % 14);
            std::string line;
            for (int x = 0; x < width; ++x)
                line += alphabet[random() % alphabet.size()];
            line.erase(line.find_last_not_of(' ') + 1);
            text += line + '\n';
        }
        while (text.ends_with("\n\n"))
            text.pop_back();
        if (text == "\n")
            text.clear();
        const std::string back = roundTrip(text);
        if (back != text)
            QFAIL(qPrintable(QStringLiteral("round %1 changed:\n%2---\n%3")
                                 .arg(round)
                                 .arg(QString::fromStdString(text), QString::fromStdString(back))));
    }
}

void TestDiagramImport::refused_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("a NUL byte means binary input") << QByteArray("ab\0cd", 5) << QStringLiteral("binary");
    QTest::newRow("invalid UTF-8 is refused") << QByteArray("a\xff\xfe b\n") << QStringLiteral("UTF-8");
    QTest::newRow("a truncated UTF-8 sequence is refused") << QByteArray("a\xe6\x97") << QStringLiteral("UTF-8");
    QTest::newRow("an encoded surrogate is refused") << QByteArray("\xed\xa0\x80") << QStringLiteral("UTF-8");
    QTest::newRow("more than the byte limit is refused")
        << QByteArray(static_cast<qsizetype>(MaxImportBytes) + 1, 'a') << QStringLiteral("too large");
    QTest::newRow("one long line over many short ones is refused")
        << (QByteArray(100, '\n') + QByteArray(100'000, '-')) << QStringLiteral("too large");
}

void TestDiagramImport::refused()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    const auto imported = importText(std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
    QVERIFY(!imported.ok());
    QVERIFY2(QString::fromStdString(imported.error()).contains(message), imported.error().c_str());
}

void TestDiagramImport::statistics()
{
    const auto imported = importText("+-----+\n| API |--> db\n+-----+\n");
    QVERIFY(imported.ok());
    const ImportStats &stats = imported.value().stats;
    QCOMPARE(stats.characters, 24);
    QCOMPARE(stats.inShapes, 19);
    QCOMPARE(stats.inLabels, 3);
    QCOMPARE(stats.inText, 2);
    QCOMPARE(stats.inCells, 0);
    QVERIFY(!stats.verbatim);
}

QTEST_GUILESS_MAIN(TestDiagramImport)
#include "tst_diagramimport.moc"
