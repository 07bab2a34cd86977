// SPDX-License-Identifier: GPL-3.0-or-later
// Golden renderings: each kind of object, junctions, Unicode and export.

#include "diagram/chargrid.h"
#include "diagram/textexport.h"

#include <QTest>

using namespace specwright::diagram;

Q_DECLARE_METATYPE(specwright::diagram::Diagram)
Q_DECLARE_METATYPE(specwright::diagram::CharSet)

namespace
{

Diagram diagramOf(std::vector<Shape> shapes)
{
    Diagram diagram;
    for (Shape &shape : shapes)
        diagram.add(std::move(shape));
    return diagram;
}

Box box(Rect rect, std::string label = {}, CornerStyle corners = CornerStyle::Square)
{
    Box b;
    b.rect = rect;
    b.label = std::move(label);
    b.corners = corners;
    return b;
}

Connector connector(std::vector<Point> points, Cap start = Cap::None, Cap end = Cap::None)
{
    Connector c;
    c.points = std::move(points);
    c.startCap = start;
    c.endCap = end;
    return c;
}

Box doubled(Box b, StrokeStyle top, StrokeStyle bottom)
{
    b.topStroke = top;
    b.bottomStroke = bottom;
    return b;
}

Connector styled(Connector c, StrokeStyle stroke, HeadStyle heads)
{
    c.stroke = stroke;
    c.heads = heads;
    return c;
}

} // namespace

class TestDiagramRender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void render_data();
    void render();
    void exportCrops();
    void wrap_data();
    void wrap();
};

void TestDiagramRender::render_data()
{
    QTest::addColumn<Diagram>("diagram");
    QTest::addColumn<CharSet>("charset");
    QTest::addColumn<QString>("expected");

    QTest::newRow("a box has plus corners and its label centred") << diagramOf(
        { box({ 0, 0, 9, 3 }, "API") }) << CharSet::Ascii << QStringLiteral("+-------+\n|  API  |\n+-------+\n");
    QTest::newRow("a long label wraps inside the box")
        << diagramOf({ box({ 0, 0, 12, 4 }, "nova api service") }) << CharSet::Ascii
        << QStringLiteral("+----------+\n| nova api |\n| service  |\n+----------+\n");
    QTest::newRow("a word wider than the box is cut") << diagramOf({ box({ 0, 0, 7, 4 }, "abcdefg") }) << CharSet::Ascii
                                                      << QStringLiteral("+-----+\n| abc |\n| def |\n+-----+\n");
    QTest::newRow("a label too long for the box is cut at its height") << diagramOf(
        { box({ 0, 0, 7, 3 }, "one two three") }) << CharSet::Ascii << QStringLiteral("+-----+\n| one |\n+-----+\n");
    QTest::newRow("rounded corners are dots and quotes") << diagramOf({ box({ 0, 0, 5, 3 }, {}, CornerStyle::Rounded) })
                                                         << CharSet::Ascii << QStringLiteral(".---.\n|   |\n'---'\n");
    QTest::newRow("a straight arrow has its head at the end")
        << diagramOf({ connector({ { 0, 0 }, { 5, 0 } }, Cap::None, Cap::Arrow) }) << CharSet::Ascii
        << QStringLiteral("----->\n");
    QTest::newRow("a plain line has no heads")
        << diagramOf({ connector({ { 0, 0 }, { 3, 0 } }) }) << CharSet::Ascii << QStringLiteral("----\n");
    QTest::newRow("a line with a bend turns with a plus")
        << diagramOf({ connector({ { 0, 0 }, { 4, 0 }, { 4, 2 } }, Cap::None, Cap::Arrow) }) << CharSet::Ascii
        << QStringLiteral("----+\n    |\n    v\n");
    QTest::newRow("a vertical arrow with heads at both ends")
        << diagramOf({ connector({ { 0, 0 }, { 0, 3 } }, Cap::Arrow, Cap::Arrow) }) << CharSet::Ascii
        << QStringLiteral("^\n|\n|\nv\n");
    QTest::newRow("an arrow pointing left and up")
        << diagramOf({ connector({ { 4, 2 }, { 0, 2 }, { 0, 0 } }, Cap::None, Cap::Arrow) }) << CharSet::Ascii
        << QStringLiteral("^\n|\n+----\n");
    QTest::newRow("a joint cap draws a plus at the end")
        << diagramOf({ connector({ { 0, 0 }, { 3, 0 } }, Cap::Joint, Cap::Arrow) }) << CharSet::Ascii
        << QStringLiteral("+-->\n");
    QTest::newRow("crossing lines meet in a plus")
        << diagramOf({ connector({ { 0, 1 }, { 4, 1 } }), connector({ { 2, 0 }, { 2, 2 } }) }) << CharSet::Ascii
        << QStringLiteral("  |\n--+--\n  |\n");
    QTest::newRow("a line ending on a box edge makes a junction there")
        << diagramOf({ box({ 0, 0, 5, 3 }), connector({ { 2, 2 }, { 2, 4 } }, Cap::None, Cap::Arrow) })
        << CharSet::Ascii << QStringLiteral("+---+\n|   |\n+-+-+\n  |\n  v\n");
    QTest::newRow("two boxes sharing an edge draw it once")
        << diagramOf({ box({ 0, 0, 5, 3 }, "a"), box({ 4, 0, 5, 3 }, "b") }) << CharSet::Ascii
        << QStringLiteral("+---+---+\n| a | b |\n+---+---+\n");
    QTest::newRow("an arrow between two boxes")
        << diagramOf({ box({ 0, 0, 5, 3 }, "a"),
               box({ 9, 0, 5, 3 }, "b"),
               connector({ { 5, 1 }, { 8, 1 } }, Cap::None, Cap::Arrow) })
        << CharSet::Ascii << QStringLiteral("+---+    +---+\n| a |--->| b |\n+---+    +---+\n");
    QTest::newRow("free text is drawn over lines")
        << diagramOf({ connector({ { 0, 0 }, { 6, 0 } }), Text { { 2, 0 }, "ab" } }) << CharSet::Ascii
        << QStringLiteral("--ab---\n");
    QTest::newRow("a free space blanks what lies beneath")
        << diagramOf({ box({ 0, 0, 4, 3 }), Cells { { { { 1, 0 }, U' ' } } } }) << CharSet::Ascii
        << QStringLiteral("+ -+\n|  |\n+--+\n");
    QTest::newRow("free characters keep any character")
        << diagramOf({ Cells { { { { 0, 0 }, U'*' }, { { 2, 0 }, U'é' } } } }) << CharSet::Ascii
        << QStringLiteral("* é\n");
    QTest::newRow("Unicode mode draws boxes with box-drawing characters")
        << diagramOf({ box({ 0, 0, 5, 3 }, "A") }) << CharSet::Unicode << QStringLiteral("┌───┐\n│ A │\n└───┘\n");
    QTest::newRow("Unicode mode draws junctions as tees")
        << diagramOf({ box({ 0, 0, 5, 3 }), connector({ { 2, 2 }, { 2, 4 } }), connector({ { 0, 4 }, { 4, 4 } }) })
        << CharSet::Unicode << QStringLiteral("┌───┐\n│   │\n└─┬─┘\n  │\n──┴──\n");
    QTest::newRow("Unicode mode rounds rounded corners") << diagramOf({ box({ 0, 0, 4, 3 }, {}, CornerStyle::Rounded) })
                                                         << CharSet::Unicode << QStringLiteral("╭──╮\n│  │\n╰──╯\n");
    QTest::newRow("Unicode mode keeps ASCII arrow heads")
        << diagramOf({ connector({ { 0, 0 }, { 3, 0 } }, Cap::None, Cap::Arrow) }) << CharSet::Unicode
        << QStringLiteral("───>\n");
    const auto single = StrokeStyle::Single;
    const auto twice = StrokeStyle::Double;
    QTest::newRow("a double box draws its top and bottom with equals signs")
        << diagramOf({ doubled(box({ 0, 0, 5, 3 }, "A"), twice, twice) }) << CharSet::Ascii
        << QStringLiteral("+===+\n| A |\n+===+\n");
    QTest::newRow("a header cell over a body cell shares a double edge")
        << diagramOf({ doubled(box({ 0, 0, 5, 3 }, "a"), single, twice), box({ 0, 2, 5, 3 }, "b") }) << CharSet::Ascii
        << QStringLiteral("+---+\n| a |\n+===+\n| b |\n+---+\n");
    QTest::newRow("Unicode mode draws a double edge with double-horizontal glyphs")
        << diagramOf({ doubled(box({ 0, 0, 5, 3 }, "a"), single, twice), box({ 0, 2, 5, 3 }, "b") }) << CharSet::Unicode
        << QStringLiteral("┌───┐\n│ a │\n╞═══╡\n│ b │\n└───┘\n");
    QTest::newRow("a single line meeting a double edge makes a mixed tee in Unicode")
        << diagramOf({ doubled(box({ 0, 0, 5, 3 }), twice, twice), connector({ { 2, 2 }, { 2, 3 } }) })
        << CharSet::Unicode << QStringLiteral("╒═══╕\n│   │\n╘═╤═╛\n  │\n");
    QTest::newRow("a double vertical line stays a bar") << diagramOf(
        { styled(connector({ { 0, 0 }, { 0, 2 }, { 3, 2 } }, Cap::None, Cap::Arrow), twice, HeadStyle::Ascii) })
                                                        << CharSet::Ascii << QStringLiteral("|\n|\n+==>\n");
    QTest::newRow("arrow heads drawn as arrows")
        << diagramOf({ styled(connector({ { 0, 0 }, { 3, 0 } }, Cap::Arrow, Cap::Arrow), single, HeadStyle::Arrow) })
        << CharSet::Ascii << QStringLiteral("←--→\n");
    QTest::newRow("arrow heads drawn as triangles")
        << diagramOf({ styled(connector({ { 0, 0 }, { 0, 2 } }, Cap::Arrow, Cap::Arrow), single, HeadStyle::Triangle) })
        << CharSet::Unicode << QStringLiteral("▲\n│\n▼\n");
    QTest::newRow("an empty diagram exports nothing") << Diagram {} << CharSet::Ascii << QString();
}

void TestDiagramRender::render()
{
    QFETCH(Diagram, diagram);
    QFETCH(CharSet, charset);
    QFETCH(QString, expected);
    QCOMPARE(QString::fromStdString(exportText(diagram, { charset, Crop::Drawing })), expected);
}

void TestDiagramRender::exportCrops()
{
    const Diagram diagram = diagramOf({ box({ 3, 2, 4, 3 }), Text { { 5, 6 }, "x" } });
    QCOMPARE(QString::fromStdString(exportText(diagram)), QStringLiteral("+--+\n|  |\n+--+\n\n  x\n"));
    QCOMPARE(QString::fromStdString(exportText(diagram, { CharSet::Ascii, Crop::FromOrigin })),
        QStringLiteral("\n\n   +--+\n   |  |\n   +--+\n\n     x\n"));
    const CharGrid grid = specwright::diagram::render(diagram, { 0, 0, 8, 8 });
    QCOMPARE(grid.at({ 3, 2 }), U'+');
    QCOMPARE(grid.at({ 100, 100 }), U' ');
}

void TestDiagramRender::wrap_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");
    QTest::addColumn<QStringList>("lines");
    QTest::newRow("words fill lines greedily")
        << QStringLiteral("a bb ccc dd") << 6 << QStringList { QStringLiteral("a bb"), QStringLiteral("ccc dd") };
    QTest::newRow("runs of spaces collapse") << QStringLiteral("a   b") << 5 << QStringList { QStringLiteral("a b") };
    QTest::newRow("a line break is kept")
        << QStringLiteral("a\nb") << 5 << QStringList { QStringLiteral("a"), QStringLiteral("b") };
    QTest::newRow("a long word is cut") << QStringLiteral(
        "abcdefg") << 3 << QStringList { QStringLiteral("abc"), QStringLiteral("def"), QStringLiteral("g") };
    QTest::newRow("no width gives no lines") << QStringLiteral("abc") << 0 << QStringList {};
}

void TestDiagramRender::wrap()
{
    QFETCH(QString, text);
    QFETCH(int, width);
    QFETCH(QStringList, lines);
    QStringList got;
    for (const auto &line : wrapText(text.toStdU32String(), width))
        got << QString::fromStdU32String(line);
    QCOMPARE(got, lines);
}

QTEST_GUILESS_MAIN(TestDiagramRender)
#include "tst_diagramrender.moc"
