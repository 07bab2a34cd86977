// SPDX-License-Identifier: GPL-3.0-or-later
// Edits: every edit applied, reverted and applied again; connectors that
// follow their boxes; selection helpers and copy/paste.

#include "diagram/edits.h"
#include "diagram/textexport.h"

#include <QTest>

#include <functional>

using namespace specwright::diagram;

using EditMaker = std::function<Edit(const Diagram &)>;
Q_DECLARE_METATYPE(EditMaker)

namespace
{

// Two boxes joined by an arrow, a note and a free character:
//   +-----+       +-----+
//   |  A  |------>|  B  |
//   +-----+       +-----+
//
//   note      *
struct Scene {
    Diagram diagram;
    ObjectId a = NoObject;
    ObjectId b = NoObject;
    ObjectId arrow = NoObject;
    ObjectId note = NoObject;
    ObjectId star = NoObject;
};

Scene scene()
{
    Scene s;
    s.a = s.diagram.add(Box { { 0, 0, 7, 3 }, "A", CornerStyle::Square, HAlign::Center, VAlign::Middle });
    s.b = s.diagram.add(Box { { 14, 0, 7, 3 }, "B", CornerStyle::Square, HAlign::Center, VAlign::Middle });
    Connector arrow;
    arrow.points = { { 7, 1 }, { 13, 1 } };
    arrow.endCap = Cap::Arrow;
    s.arrow = s.diagram.add(arrow);
    s.diagram.attachEnds(s.arrow);
    s.note = s.diagram.add(Text { { 0, 4 }, "note" });
    s.star = s.diagram.add(Cells { { { { 10, 4 }, U'*' } } });
    return s;
}

QString text(const Diagram &diagram)
{
    return QString::fromStdString(exportText(diagram));
}

bool rightAngled(const Connector &connector)
{
    for (std::size_t i = 1; i < connector.points.size(); ++i) {
        const Point a = connector.points[i - 1];
        const Point b = connector.points[i];
        if (a.x != b.x && a.y != b.y)
            return false;
    }
    return true;
}

} // namespace

class TestDiagramEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sceneAttachesTheArrow();
    void roundTrip_data();
    void roundTrip();
    void reroute_data();
    void reroute();
    void movingTheArrowAwayDetachesIt();
    void removingABoxDetachesItsConnectors();
    void selection();
    void copyAndPaste();
    void addedConnectorAttaches();
};

void TestDiagramEdits::sceneAttachesTheArrow()
{
    const Scene s = scene();
    const auto &arrow = std::get<Connector>(s.diagram.find(s.arrow)->shape);
    QCOMPARE(arrow.start, (Attachment { s.a, Side::Right, 1, 1 }));
    QCOMPARE(arrow.end, (Attachment { s.b, Side::Left, 1, 1 }));
    QCOMPARE(text(s.diagram),
        QStringLiteral("+-----+       +-----+\n|  A  |------>|  B  |\n+-----+       +-----+\n\nnote      *\n"));
}

void TestDiagramEdits::roundTrip_data()
{
    QTest::addColumn<EditMaker>("makeEdit");
    QTest::addColumn<QString>("expected");

    const Scene s = scene();
    QTest::newRow("adding a box draws it")
        << EditMaker([](const Diagram &) {
               return AddObject(Box { { 0, 6, 4, 3 }, {}, {}, {}, {} });
           })
        << QStringLiteral("+-----+       +-----+\n|  A  |------>|  B  |\n+-----+       +-----+\n\nnote      *\n\n"
                          "+--+\n|  |\n+--+\n");
    QTest::newRow("pasting copies draws them shifted")
        << EditMaker([s](const Diagram &d) {
               return AddObjects(d.copyObjects({ s.note, s.star }), 2, 1);
           })
        << QStringLiteral("+-----+       +-----+\n|  A  |------>|  B  |\n+-----+       +-----+\n\nnote      *\n"
                          "  note      *\n");
    QTest::newRow("removing a box leaves its arrow")
        << EditMaker([s](const Diagram &) { return RemoveObjects({ s.b }); })
        << QStringLiteral("+-----+\n|  A  |------>\n+-----+\n\nnote      *\n");
    QTest::newRow("moving text and a free character moves them") << EditMaker([s](const Diagram &) {
        return MoveObjects({ s.note, s.star }, 1, 0);
    }) << QStringLiteral("+-----+       +-----+\n|  A  |------>|  B  |\n+-----+       +-----+\n\n note      *\n");
    QTest::newRow("moving a box down bends its arrow") << EditMaker([s](const Diagram &) {
        return MoveObjects({ s.b }, 0, 2);
    }) << QStringLiteral("+-----+\n|  A  |---+\n+-----+   |   +-----+\n          +-->|  B  |\nnote      *   +-----+\n");
    QTest::newRow("resizing a box keeps its arrow on its edge") << EditMaker([s](const Diagram &) {
        return ResizeBox(s.a, { 0, 0, 10, 3 });
    }) << QStringLiteral("+--------+    +-----+\n|   A    |--->|  B  |\n+--------+    +-----+\n\nnote      *\n");
    QTest::newRow("setting a label redraws the box")
        << EditMaker([s](const Diagram &) { return SetLabel(s.a, "API"); })
        << QStringLiteral("+-----+       +-----+\n| API |------>|  B  |\n+-----+       +-----+\n\nnote      *\n");
    QTest::newRow("setting text rewrites it on one line")
        << EditMaker([s](const Diagram &) { return SetText(s.note, "a\nb"); })
        << QStringLiteral("+-----+       +-----+\n|  A  |------>|  B  |\n+-----+       +-----+\n\na b       *\n");
    QTest::newRow("rounding corners redraws the box")
        << EditMaker([s](const Diagram &) { return SetCorners({ s.b }, CornerStyle::Rounded); })
        << QStringLiteral(".-----.\n|  A  |------>|  B  |\n'-----'\n\nnote      *\n")
               .replace(QStringLiteral(".-----."), QStringLiteral("+-----+       .-----."))
               .replace(QStringLiteral("'-----'"), QStringLiteral("+-----+       '-----'"));
    QTest::newRow("doubling strokes redraws a box and an arrow with equals signs") << EditMaker([s](const Diagram &) {
        return SetStroke({ s.a, s.arrow }, StrokeStyle::Double);
    }) << QStringLiteral("+=====+       +-----+\n|  A  |======>|  B  |\n+=====+       +-----+\n\nnote      *\n");
    QTest::newRow("triangle heads redraw the arrow's head")
        << EditMaker([s](const Diagram &) { return SetHeadStyle({ s.arrow }, HeadStyle::Triangle); })
        << QStringLiteral("+-----+       +-----+\n|  A  |------▶|  B  |\n+-----+       +-----+\n\nnote      *\n");
    QTest::newRow("setting caps puts heads on both ends")
        << EditMaker([s](const Diagram &) { return SetCaps({ s.arrow }, Cap::Arrow, Cap::Arrow); })
        << QStringLiteral("+-----+       +-----+\n|  A  |<----->|  B  |\n+-----+       +-----+\n\nnote      *\n");
    QTest::newRow("setting points bends the arrow")
        << EditMaker([s](const Diagram &) {
               return SetPoints(s.arrow, { { 7, 1 }, { 10, 1 }, { 10, 3 } });
           })
        << QStringLiteral(
               "+-----+       +-----+\n|  A  |---+   |  B  |\n+-----+   |   +-----+\n          v\nnote      *\n");
    QTest::newRow("painting into a new object draws characters") << EditMaker([](const Diagram &) {
        return PaintCells(NoObject, { { { 0, 5 }, U'#' }, { { 1, 5 }, U'#' } });
    }) << QStringLiteral("+-----+       +-----+\n|  A  |------>|  B  |\n+-----+       +-----+\n\nnote      *\n##\n");
    QTest::newRow("painting into the free characters adds to them") << EditMaker([s](const Diagram &) {
        return PaintCells(s.star, { { { 11, 4 }, U'*' } });
    }) << QStringLiteral("+-----+       +-----+\n|  A  |------>|  B  |\n+-----+       +-----+\n\nnote      **\n");
    QTest::newRow("erasing a free character removes it") << EditMaker([](const Diagram &) {
        return EraseCells({ { 10, 4 } });
    }) << QStringLiteral("+-----+       +-----+\n|  A  |------>|  B  |\n+-----+       +-----+\n\nnote\n");
}

void TestDiagramEdits::roundTrip()
{
    QFETCH(EditMaker, makeEdit);
    QFETCH(QString, expected);
    Scene s = scene();
    const Diagram before = s.diagram;
    Edit edit = makeEdit(s.diagram);

    apply(edit, s.diagram);
    QCOMPARE(text(s.diagram), expected);
    const Diagram after = s.diagram;
    for (const Object &object : after.objects()) {
        if (const auto *connector = std::get_if<Connector>(&object.shape))
            QVERIFY(rightAngled(*connector));
    }

    revert(edit, s.diagram);
    QVERIFY(s.diagram.objects() == before.objects());

    apply(edit, s.diagram);
    QVERIFY2(s.diagram.objects() == after.objects(), "redo gives a different diagram than the first apply");
    revert(edit, s.diagram);
    QVERIFY(s.diagram.objects() == before.objects());
}

void TestDiagramEdits::reroute_data()
{
    QTest::addColumn<int>("dx");
    QTest::addColumn<int>("dy");
    QTest::addColumn<QString>("expected");
    QTest::newRow("moving the target right stretches the arrow")
        << 3 << 0 << QStringLiteral("+-----+          +-----+\n|  A  |--------->|  B  |\n+-----+          +-----+\n");
    QTest::newRow("moving the target up bends the arrow the other way")
        << 0 << -2
        << QStringLiteral(
               "              +-----+\n          +-->|  B  |\n+-----+   |   +-----+\n|  A  |---+\n+-----+\n");
    QTest::newRow("moving the target behind and below routes the arrow round")
        << -14 << 5
        << QStringLiteral(
               "   +-----+\n   |  A  |--+\n   +-----+  |\n+-----------+\n|\n|  +-----+\n+->|  B  |\n   +-----+\n");
    QTest::newRow("moving the target to the same row straightens the arrow")
        << 5 << 0
        << QStringLiteral("+-----+            +-----+\n|  A  |----------->|  B  |\n+-----+            +-----+\n");
}

void TestDiagramEdits::reroute()
{
    QFETCH(int, dx);
    QFETCH(int, dy);
    QFETCH(QString, expected);
    Scene s = scene();
    s.diagram.remove(s.note);
    s.diagram.remove(s.star);
    MoveObjects move({ s.b }, dx, dy);
    move.apply(s.diagram);
    const auto &arrow = std::get<Connector>(s.diagram.find(s.arrow)->shape);
    QVERIFY(rightAngled(arrow));
    QCOMPARE(arrow.start.box, s.a);
    QCOMPARE(arrow.end.box, s.b);
    // The ends stay just outside the edges they were attached to.
    QCOMPARE(arrow.points.front(), (Point { 7, 1 }));
    QCOMPARE(arrow.points.back(), (Point { 13 + dx, 1 + dy }));
    QCOMPARE(text(s.diagram), expected);
}

void TestDiagramEdits::movingTheArrowAwayDetachesIt()
{
    Scene s = scene();
    MoveObjects move({ s.arrow }, 0, 4);
    move.apply(s.diagram);
    const auto &arrow = std::get<Connector>(s.diagram.find(s.arrow)->shape);
    QVERIFY(!arrow.start.isAttached());
    QVERIFY(!arrow.end.isAttached());
    move.revert(s.diagram);
    QCOMPARE(std::get<Connector>(s.diagram.find(s.arrow)->shape).end.box, s.b);
}

void TestDiagramEdits::removingABoxDetachesItsConnectors()
{
    Scene s = scene();
    RemoveObjects remove({ s.a });
    remove.apply(s.diagram);
    QVERIFY(!std::get<Connector>(s.diagram.find(s.arrow)->shape).start.isAttached());
    // The box that remains still pulls the arrow along.
    MoveObjects({ s.b }, 0, 1).apply(s.diagram);
    QCOMPARE(std::get<Connector>(s.diagram.find(s.arrow)->shape).points.back(), (Point { 13, 2 }));
}

void TestDiagramEdits::selection()
{
    const Scene s = scene();
    QCOMPARE(s.diagram.objectsAt({ 3, 1 }), std::vector<ObjectId> { s.a });
    QCOMPARE(s.diagram.objectsAt({ 9, 1 }), std::vector<ObjectId> { s.arrow });
    QCOMPARE(s.diagram.objectsAt({ 2, 4 }), std::vector<ObjectId> { s.note });
    QCOMPARE(s.diagram.objectsAt({ 10, 4 }), std::vector<ObjectId> { s.star });
    QVERIFY(s.diagram.objectsAt({ 9, 3 }).empty());
    QCOMPARE(s.diagram.objectsIn({ 0, 0, 14, 3 }), (std::vector<ObjectId> { s.a, s.arrow }));
    QCOMPARE(s.diagram.objectsIn({ 0, 0, 30, 10 }), s.diagram.allIds());
    QVERIFY(s.diagram.objectsIn({ 1, 1, 3, 1 }).empty());
    QCOMPARE(s.diagram.bounds(), (Rect { 0, 0, 21, 5 }));
}

void TestDiagramEdits::copyAndPaste()
{
    Scene s = scene();
    const auto copies = s.diagram.copyObjects({ s.a, s.arrow });
    QCOMPARE(copies.size(), std::size_t(2));
    const auto &copiedArrow = std::get<Connector>(copies[1].shape);
    QCOMPARE(copiedArrow.start.box, s.a);
    QVERIFY2(!copiedArrow.end.isAttached(), "B was not copied, so the copy is not attached to it");

    AddObjects paste(copies, 0, 6);
    paste.apply(s.diagram);
    QCOMPARE(paste.ids().size(), std::size_t(2));
    const ObjectId newBox = paste.ids()[0];
    QVERIFY(newBox != s.a);
    const auto &pastedArrow = std::get<Connector>(s.diagram.find(paste.ids()[1])->shape);
    QCOMPARE(pastedArrow.start.box, newBox);
    // The pasted arrow follows the pasted box, not the original.
    MoveObjects({ newBox }, 0, 1).apply(s.diagram);
    QCOMPARE(std::get<Connector>(s.diagram.find(paste.ids()[1])->shape).points.front(), (Point { 7, 8 }));
    QCOMPARE(std::get<Connector>(s.diagram.find(s.arrow)->shape).points.front(), (Point { 7, 1 }));
}

void TestDiagramEdits::addedConnectorAttaches()
{
    Scene s = scene();
    Connector line;
    line.points = { { 3, 2 }, { 3, 6 } };
    AddObject add(line);
    add.apply(s.diagram);
    const auto &added = std::get<Connector>(s.diagram.find(add.id())->shape);
    QCOMPARE(added.start, (Attachment { s.a, Side::Bottom, 3, 0 }));
    QVERIFY(!added.end.isAttached());
    add.revert(s.diagram);
    QVERIFY(!s.diagram.find(add.id()));
}

QTEST_GUILESS_MAIN(TestDiagramEdits)
#include "tst_diagramedits.moc"
