// SPDX-License-Identifier: GPL-3.0-or-later
// The diagram canvas and panel driven with mouse and keys, checked against
// the model.

#include <QAction>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "diagram/textexport.h"
#include "gui/canvas/diagramcanvas.h"
#include "gui/canvas/diagrampanel.h"

using namespace specwright;
using gui::DiagramCanvas;
using gui::DiagramPanel;
using Tool = DiagramCanvas::Tool;

namespace
{

void drag(DiagramCanvas &canvas, diagram::Point from, diagram::Point to, Qt::KeyboardModifiers modifiers = {})
{
    QTest::mousePress(&canvas, Qt::LeftButton, modifiers, canvas.cellCenter(from));
    QTest::mouseMove(&canvas, canvas.cellCenter({ (from.x + to.x) / 2, (from.y + to.y) / 2 }));
    QTest::mouseMove(&canvas, canvas.cellCenter(to));
    QTest::mouseRelease(&canvas, Qt::LeftButton, modifiers, canvas.cellCenter(to));
}

void click(DiagramCanvas &canvas, diagram::Point cell, Qt::KeyboardModifiers modifiers = {})
{
    QTest::mouseClick(&canvas, Qt::LeftButton, modifiers, canvas.cellCenter(cell));
}

const QString twoBoxes = QStringLiteral("+-----+       +-----+\n|  A  |------>|  B  |\n+-----+       +-----+\n");

} // namespace

class TestDiagramCanvas : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void drawing_data();
    void drawing();
    void clickAndShiftClickSelect();
    void rubberBandSelects();
    void draggingABoxReroutesItsArrow();
    void arrowKeysMoveInOneUndoStep();
    void resizeHandleResizesTheBox();
    void draggingALineEndMovesIt();
    void doubleClickEditsTheLabel();
    void textToolTypesText();
    void selectAllAndDelete();
    void copyAndPaste();
    void freehandAndEraser();
    void widthWarning();
    void zoomChangesTheCells();
    void panelToolKeysAndActions();
    void panelExportsToAFile();
    void aUnicodeDiagramOpensInUnicode();
    void aNewBoxTakesItsLabelAtOnce();
    void doubleLinesForNewAndSelectedObjects();
    void unicodeArrowHeadsForNewAndSelectedArrows();
    void standardKeysStayWithTheCanvas();
    void drawingASpecDiagramByHand();

private:
    std::unique_ptr<DiagramCanvas> m_canvas;
};

void TestDiagramCanvas::init()
{
    m_canvas = std::make_unique<DiagramCanvas>();
    m_canvas->resize(m_canvas->sizeHint());
    m_canvas->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_canvas.get()));
}

void TestDiagramCanvas::cleanup()
{
    m_canvas.reset();
}

void TestDiagramCanvas::drawing_data()
{
    QTest::addColumn<Tool>("tool");
    QTest::addColumn<int>("fromX");
    QTest::addColumn<int>("fromY");
    QTest::addColumn<int>("toX");
    QTest::addColumn<int>("toY");
    QTest::addColumn<QString>("expected");
    QTest::newRow("dragging with the box tool draws a box")
        << Tool::Box << 1 << 1 << 6 << 3 << QStringLiteral("+----+\n|    |\n+----+\n");
    QTest::newRow("dragging with the arrow tool draws an arrow")
        << Tool::Arrow << 1 << 1 << 6 << 1 << QStringLiteral("----->\n");
    QTest::newRow("dragging with the line tool draws a line with one bend")
        << Tool::Line << 1 << 1 << 5 << 3 << QStringLiteral("----+\n    |\n    |\n");
    QTest::newRow("clicking with the box tool draws a box of the default size")
        << Tool::Box << 2 << 2 << 2 << 2 << QStringLiteral("+----------+\n|          |\n+----------+\n");
}

void TestDiagramCanvas::drawing()
{
    QFETCH(Tool, tool);
    QFETCH(int, fromX);
    QFETCH(int, fromY);
    QFETCH(int, toX);
    QFETCH(int, toY);
    QFETCH(QString, expected);
    m_canvas->setTool(tool);
    drag(*m_canvas, { fromX, fromY }, { toX, toY });
    QCOMPARE(m_canvas->text(), expected);
    QCOMPARE(m_canvas->diagram().objects().size(), std::size_t(1));
    QCOMPARE(m_canvas->diagram().bounds().x, std::min(fromX, toX));
    m_canvas->undoStack()->undo();
    QVERIFY(m_canvas->diagram().isEmpty());
    m_canvas->undoStack()->redo();
    QCOMPARE(m_canvas->text(), expected);
}

void TestDiagramCanvas::clickAndShiftClickSelect()
{
    QVERIFY(m_canvas->setText(twoBoxes));
    const auto &objects = m_canvas->diagram().objects();
    click(*m_canvas, { 3, 1 });
    QCOMPARE(m_canvas->selection(), std::vector<diagram::ObjectId> { objects[0].id });
    click(*m_canvas, { 16, 1 }, Qt::ShiftModifier);
    QCOMPARE(m_canvas->selection(), (std::vector<diagram::ObjectId> { objects[0].id, objects[1].id }));
    click(*m_canvas, { 3, 1 }, Qt::ShiftModifier);
    QCOMPARE(m_canvas->selection(), std::vector<diagram::ObjectId> { objects[1].id });
    click(*m_canvas, { 10, 8 });
    QVERIFY(m_canvas->selection().empty());
}

void TestDiagramCanvas::rubberBandSelects()
{
    QVERIFY(m_canvas->setText(twoBoxes));
    drag(*m_canvas, { 0, 5 }, { 14, 0 });
    // The first box and the arrow lie inside; the second box does not.
    const auto &objects = m_canvas->diagram().objects();
    QCOMPARE(m_canvas->selection(), (std::vector<diagram::ObjectId> { objects[0].id, objects[2].id }));
}

void TestDiagramCanvas::draggingABoxReroutesItsArrow()
{
    QVERIFY(m_canvas->setText(twoBoxes));
    drag(*m_canvas, { 17, 1 }, { 17, 3 });
    QCOMPARE(m_canvas->text(),
        QStringLiteral("+-----+\n|  A  |---+\n+-----+   |   +-----+\n          +-->|  B  |\n              +-----+\n"));
    m_canvas->undoStack()->undo();
    QCOMPARE(m_canvas->text(), twoBoxes);
}

void TestDiagramCanvas::arrowKeysMoveInOneUndoStep()
{
    QVERIFY(m_canvas->setText(QStringLiteral("+--+\n|  |\n+--+\n")));
    click(*m_canvas, { 1, 1 });
    QTest::keyClick(m_canvas.get(), Qt::Key_Right);
    QTest::keyClick(m_canvas.get(), Qt::Key_Right);
    QTest::keyClick(m_canvas.get(), Qt::Key_Down);
    QCOMPARE(m_canvas->diagram().bounds(), (diagram::Rect { 2, 1, 4, 3 }));
    QCOMPARE(m_canvas->undoStack()->count(), 1);
    // Nothing moves left of the grid.
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(m_canvas.get(), Qt::Key_Left);
    QCOMPARE(m_canvas->diagram().bounds().x, 0);
    m_canvas->undoStack()->undo();
    QCOMPARE(m_canvas->diagram().bounds(), (diagram::Rect { 0, 0, 4, 3 }));
}

void TestDiagramCanvas::resizeHandleResizesTheBox()
{
    QVERIFY(m_canvas->setText(QStringLiteral("+--+\n|  |\n+--+\n")));
    click(*m_canvas, { 1, 1 });
    drag(*m_canvas, { 3, 2 }, { 7, 4 });
    QCOMPARE(m_canvas->diagram().bounds(), (diagram::Rect { 0, 0, 8, 5 }));
    QCOMPARE(m_canvas->text(), QStringLiteral("+------+\n|      |\n|      |\n|      |\n+------+\n"));
    m_canvas->undoStack()->undo();
    QCOMPARE(m_canvas->diagram().bounds(), (diagram::Rect { 0, 0, 4, 3 }));
}

void TestDiagramCanvas::draggingALineEndMovesIt()
{
    QVERIFY(m_canvas->setText(twoBoxes));
    const diagram::ObjectId arrow = m_canvas->diagram().objects()[2].id;
    click(*m_canvas, { 10, 1 });
    QCOMPARE(m_canvas->selection(), std::vector<diagram::ObjectId> { arrow });
    drag(*m_canvas, { 13, 1 }, { 10, 4 });
    const auto &connector = std::get<diagram::Connector>(m_canvas->diagram().find(arrow)->shape);
    QCOMPARE(connector.points, (std::vector<diagram::Point> { { 7, 1 }, { 10, 1 }, { 10, 4 } }));
    QVERIFY(connector.start.isAttached());
    QVERIFY2(!connector.end.isAttached(), "the end left the box it pointed at");
    QCOMPARE(m_canvas->text(),
        QStringLiteral(
            "+-----+       +-----+\n|  A  |---+   |  B  |\n+-----+   |   +-----+\n          |\n          v\n"));
    m_canvas->undoStack()->undo();
    QCOMPARE(m_canvas->text(), twoBoxes);
}

void TestDiagramCanvas::doubleClickEditsTheLabel()
{
    QVERIFY(m_canvas->setText(QStringLiteral("+-------+\n|       |\n+-------+\n")));
    QTest::mouseDClick(m_canvas.get(), Qt::LeftButton, {}, m_canvas->cellCenter({ 2, 1 }));
    QVERIFY(m_canvas->editingObject() != diagram::NoObject);
    QTest::keyClicks(m_canvas.get(), QStringLiteral("APX"));
    QTest::keyClick(m_canvas.get(), Qt::Key_Backspace);
    QTest::keyClicks(m_canvas.get(), QStringLiteral("I"));
    QTest::keyClick(m_canvas.get(), Qt::Key_Return);
    QCOMPARE(m_canvas->editingObject(), diagram::NoObject);
    QCOMPARE(m_canvas->text(), QStringLiteral("+-------+\n|  API  |\n+-------+\n"));
    // The keystrokes are one undo step.
    m_canvas->undoStack()->undo();
    QCOMPARE(m_canvas->text(), QStringLiteral("+-------+\n|       |\n+-------+\n"));
}

void TestDiagramCanvas::textToolTypesText()
{
    m_canvas->setTool(Tool::Text);
    click(*m_canvas, { 2, 1 });
    // Letters that are tool keys go into the text while typing.
    QTest::keyClicks(m_canvas.get(), QStringLiteral("db sbl"));
    QTest::keyClick(m_canvas.get(), Qt::Key_Escape);
    QCOMPARE(m_canvas->tool(), Tool::Text);
    const auto &objects = m_canvas->diagram().objects();
    QCOMPARE(objects.size(), std::size_t(1));
    QCOMPARE(std::get<diagram::Text>(objects.front().shape).pos, (diagram::Point { 2, 1 }));
    QCOMPARE(m_canvas->text(), QStringLiteral("db sbl\n"));
    // A text object left empty is removed.
    click(*m_canvas, { 2, 5 });
    QTest::keyClick(m_canvas.get(), Qt::Key_Escape);
    QCOMPARE(m_canvas->diagram().objects().size(), std::size_t(1));
}

void TestDiagramCanvas::selectAllAndDelete()
{
    QVERIFY(m_canvas->setText(twoBoxes));
    QTest::keyClick(m_canvas.get(), Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(m_canvas->selection().size(), std::size_t(3));
    QTest::keyClick(m_canvas.get(), Qt::Key_Delete);
    QVERIFY(m_canvas->diagram().isEmpty());
    QVERIFY(m_canvas->selection().empty());
    QTest::keyClick(m_canvas.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_canvas->text(), twoBoxes);
}

void TestDiagramCanvas::copyAndPaste()
{
    QVERIFY(m_canvas->setText(QStringLiteral("+--+\n|  |\n+--+\n")));
    click(*m_canvas, { 1, 1 });
    QTest::keyClick(m_canvas.get(), Qt::Key_C, Qt::ControlModifier);
    QTest::keyClick(m_canvas.get(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(m_canvas->diagram().objects().size(), std::size_t(2));
    QCOMPARE(m_canvas->selection(), std::vector<diagram::ObjectId> { m_canvas->diagram().objects().back().id });
    QCOMPARE(diagram::extent(m_canvas->diagram().objects().back().shape), (diagram::Rect { 2, 1, 4, 3 }));
    m_canvas->undoStack()->undo();
    QCOMPARE(m_canvas->diagram().objects().size(), std::size_t(1));
}

void TestDiagramCanvas::freehandAndEraser()
{
    m_canvas->setTool(Tool::Freehand);
    drag(*m_canvas, { 1, 1 }, { 3, 1 });
    QCOMPARE(m_canvas->text(), QStringLiteral("###\n"));
    QCOMPARE(m_canvas->undoStack()->count(), 1);
    m_canvas->setTool(Tool::Eraser);
    click(*m_canvas, { 2, 1 });
    QCOMPARE(m_canvas->text(), QStringLiteral("# #\n"));
    m_canvas->undoStack()->undo();
    QCOMPARE(m_canvas->text(), QStringLiteral("###\n"));
    m_canvas->undoStack()->undo();
    QVERIFY(m_canvas->diagram().isEmpty());
}

void TestDiagramCanvas::widthWarning()
{
    QSignalSpy spy(m_canvas.get(), &DiagramCanvas::widthLimitExceededChanged);
    m_canvas->setBlockIndent(4);
    QVERIFY(m_canvas->setText(QString(80, QLatin1Char('-'))));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toBool(), true);
    QCOMPARE(spy.at(0).at(1).toInt(), 5);
    QVERIFY(!m_canvas->widthCheck().fits());
    QVERIFY(m_canvas->setText(QString(75, QLatin1Char('-'))));
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toBool(), false);
}

void TestDiagramCanvas::zoomChangesTheCells()
{
    const QSize before = m_canvas->cellSize();
    m_canvas->zoomIn();
    QVERIFY(m_canvas->cellSize().height() > before.height());
    m_canvas->setZoom(1.0);
    QCOMPARE(m_canvas->cellSize(), before);
    QCOMPARE(m_canvas->cellAt(m_canvas->cellCenter({ 7, 3 })), (diagram::Point { 7, 3 }));
}

void TestDiagramCanvas::panelToolKeysAndActions()
{
    DiagramPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.canvas()->setFocus();
    QTRY_VERIFY(panel.canvas()->hasFocus());
    QTest::keyClick(panel.canvas(), Qt::Key_B);
    QCOMPARE(panel.canvas()->tool(), Tool::Box);
    QVERIFY(panel.toolAction(Tool::Box)->isChecked());
    QTest::keyClick(panel.canvas(), Qt::Key_A);
    QCOMPARE(panel.canvas()->tool(), Tool::Arrow);
    panel.toolAction(Tool::Eraser)->trigger();
    QCOMPARE(panel.canvas()->tool(), Tool::Eraser);

    QSignalSpy inserted(&panel, &DiagramPanel::insertRequested);
    QSignalSpy replaced(&panel, &DiagramPanel::replaceRequested);
    panel.newDiagram(4);
    panel.canvas()->setTool(Tool::Box);
    drag(*panel.canvas(), { 0, 0 }, { 4, 2 });
    panel.insertAction()->trigger();
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(0).toString(), QStringLiteral("+---+\n|   |\n+---+\n"));

    QVERIFY(panel.openDiagram(QStringLiteral("+-+\n+-+\n"), 6));
    QCOMPARE(panel.canvas()->blockIndent(), 6);
    panel.insertAction()->trigger();
    QCOMPARE(replaced.count(), 1);
    QCOMPARE(replaced.at(0).at(0).toString(), QStringLiteral("+-+\n+-+\n"));
    // While text is typed, the tool keys are letters like any other.
    panel.newDiagram(4);
    panel.toolAction(Tool::Text)->trigger();
    click(*panel.canvas(), { 1, 1 });
    QTest::keyClicks(panel.canvas(), QStringLiteral("bats"));
    QCOMPARE(panel.canvas()->tool(), Tool::Text);
    QCOMPARE(panel.canvas()->text(), QStringLiteral("bats\n"));
    QTest::keyClick(panel.canvas(), Qt::Key_Escape);
    QTest::keyClick(panel.canvas(), Qt::Key_S);
    QCOMPARE(panel.canvas()->tool(), Tool::Select);

    QString error;
    QVERIFY(!panel.openDiagram(QString(QChar(0)), 4, &error));
    QVERIFY(error.contains(QStringLiteral("binary")));
}

void TestDiagramCanvas::panelExportsToAFile()
{
    DiagramPanel panel;
    QVERIFY(panel.openDiagram(twoBoxes, 4));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    QVERIFY(panel.exportToFile(dir.filePath(QStringLiteral("d.txt")), &error));
    QFile file(dir.filePath(QStringLiteral("d.txt")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), twoBoxes);
    QVERIFY(!panel.exportToFile(dir.filePath(QStringLiteral("missing/d.txt")), &error));
    QVERIFY(!error.isEmpty());
}

void TestDiagramCanvas::aUnicodeDiagramOpensInUnicode()
{
    DiagramPanel panel;
    const QString unicode = QStringLiteral("┌───┐\n│ A │\n└───┘\n");
    QVERIFY(panel.openDiagram(unicode, 4));
    QCOMPARE(panel.canvas()->charSet(), diagram::CharSet::Unicode);
    QCOMPARE(panel.canvas()->text(), unicode);
    QVERIFY(std::holds_alternative<diagram::Box>(panel.canvas()->diagram().objects().front().shape));
    QVERIFY(panel.openDiagram(twoBoxes, 4));
    QCOMPARE(panel.canvas()->charSet(), diagram::CharSet::Ascii);
}

void TestDiagramCanvas::aNewBoxTakesItsLabelAtOnce()
{
    DiagramPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.canvas()->setFocus();
    QTest::keyClick(panel.canvas(), Qt::Key_B);
    drag(*panel.canvas(), { 0, 0 }, { 7, 2 });
    QVERIFY(panel.canvas()->editingObject() != diagram::NoObject);
    QVERIFY(!panel.hint().isEmpty());
    // "a" and "s" are tool keys; here they are letters of the label.
    QTest::keyClicks(panel.canvas(), QStringLiteral("as"));
    QCOMPARE(panel.canvas()->tool(), Tool::Box);
    QTest::keyClick(panel.canvas(), Qt::Key_Return);
    QVERIFY(panel.hint().isEmpty());
    QCOMPARE(panel.canvas()->text(), QStringLiteral("+------+\n|  as  |\n+------+\n"));
    // Once the label is done the letters are tools again.
    QTest::keyClick(panel.canvas(), Qt::Key_S);
    QCOMPARE(panel.canvas()->tool(), Tool::Select);
}

void TestDiagramCanvas::doubleLinesForNewAndSelectedObjects()
{
    m_canvas->setStrokeStyle(diagram::StrokeStyle::Double);
    m_canvas->setTool(Tool::Box);
    drag(*m_canvas, { 0, 0 }, { 4, 2 });
    QTest::keyClick(m_canvas.get(), Qt::Key_Escape);
    m_canvas->setTool(Tool::Arrow);
    drag(*m_canvas, { 5, 1 }, { 9, 1 });
    QCOMPARE(m_canvas->text(), QStringLiteral("+===+\n|   |====>\n+===+\n"));
    // The arrow is still selected: switching back changes it alone.
    m_canvas->setStrokeStyle(diagram::StrokeStyle::Single);
    QCOMPARE(m_canvas->text(), QStringLiteral("+===+\n|   |---->\n+===+\n"));
    m_canvas->undoStack()->undo();
    QCOMPARE(m_canvas->text(), QStringLiteral("+===+\n|   |====>\n+===+\n"));
}

void TestDiagramCanvas::unicodeArrowHeadsForNewAndSelectedArrows()
{
    m_canvas->setHeadStyle(diagram::HeadStyle::Arrow);
    m_canvas->setArrowHeads(diagram::Cap::Arrow, diagram::Cap::Arrow);
    m_canvas->setTool(Tool::Arrow);
    drag(*m_canvas, { 0, 0 }, { 4, 0 });
    QCOMPARE(m_canvas->text(), QStringLiteral("←---→\n"));
    m_canvas->setHeadStyle(diagram::HeadStyle::Triangle);
    QCOMPARE(m_canvas->text(), QStringLiteral("◀---▶\n"));
    // What the canvas draws imports back with the same heads.
    QVERIFY(m_canvas->setText(m_canvas->text()));
    QCOMPARE(QString::fromStdString(diagram::describeObjects(m_canvas->diagram())),
        QStringLiteral("arrow 0,0 <-> 4,0 heads:triangle\n"));
}

void TestDiagramCanvas::standardKeysStayWithTheCanvas()
{
    // A window-wide action on the same keys, as the main window's Edit menu
    // has for the spec editor.
    QWidget window;
    auto *canvas = new DiagramCanvas(&window);
    canvas->resize(canvas->sizeHint());
    int windowCopies = 0;
    for (const auto key : { QKeySequence::Copy, QKeySequence::Paste, QKeySequence::Undo, QKeySequence::SelectAll }) {
        auto *action = new QAction(&window);
        action->setShortcut(key);
        window.addAction(action);
        connect(action, &QAction::triggered, &window, [&windowCopies] { ++windowCopies; });
    }
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(canvas->setText(twoBoxes));
    canvas->setFocus();
    QTRY_VERIFY(canvas->hasFocus());
    click(*canvas, { 2, 0 });
    QCOMPARE(canvas->selection().size(), std::size_t(1));
    QTest::keySequence(canvas, QKeySequence::Copy);
    QTest::keySequence(canvas, QKeySequence::Paste);
    QCOMPARE(canvas->diagram().objects().size(), std::size_t(4));
    QTest::keySequence(canvas, QKeySequence::Undo);
    QCOMPARE(canvas->text(), twoBoxes);
    QTest::keySequence(canvas, QKeySequence::SelectAll);
    QCOMPARE(canvas->selection().size(), std::size_t(3));
    QCOMPARE(windowCopies, 0);
}

// The "after" diagram of nova's virtual persistent memory spec (two
// applications pointing into a row of namespaces), drawn the way a user
// does: tool keys, drags, typed labels, a box moved with its arrow.
void TestDiagramCanvas::drawingASpecDiagramByHand()
{
    DiagramPanel panel;
    panel.resize(900, 500);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    DiagramCanvas *canvas = panel.canvas();
    canvas->setFocus();
    QTRY_VERIFY(canvas->hasFocus());
    QSignalSpy inserted(&panel, &DiagramPanel::insertRequested);

    QTest::keyClick(canvas, Qt::Key_B);
    // app1 one row too low, to be moved up once its arrow is drawn.
    drag(*canvas, { 4, 1 }, { 11, 3 });
    QTest::keyClicks(canvas, QStringLiteral("app1"));
    QTest::keyClick(canvas, Qt::Key_Return);
    drag(*canvas, { 24, 0 }, { 31, 2 });
    QTest::keyClicks(canvas, QStringLiteral("app3"));
    QTest::keyClick(canvas, Qt::Key_Return);
    // Four namespaces sharing their side edges.
    for (const int x : { 2, 12, 22, 32 }) {
        drag(*canvas, { x, 5 }, { x + 10, 9 });
        QTest::keyClicks(canvas, QStringLiteral("100GB"));
        QTest::keyClick(canvas, Qt::Key_Return);
    }
    QTest::keyClick(canvas, Qt::Key_A);
    drag(*canvas, { 7, 3 }, { 7, 5 });
    drag(*canvas, { 27, 2 }, { 27, 5 });
    QTest::keyClick(canvas, Qt::Key_S);
    drag(*canvas, { 5, 2 }, { 5, 1 });

    const QString expected = QStringLiteral("  +------+            +------+\n"
                                            "  | app1 |            | app3 |\n"
                                            "  +--+---+            +--+---+\n"
                                            "     |                   |\n"
                                            "     |                   |\n"
                                            "+----v----+---------+----v----+---------+\n"
                                            "|         |         |         |         |\n"
                                            "|  100GB  |  100GB  |  100GB  |  100GB  |\n"
                                            "|         |         |         |         |\n"
                                            "+---------+---------+---------+---------+\n");
    QCOMPARE(canvas->text(), expected);
    // Both arrows stay attached, app1's after the move too.
    int attached = 0;
    for (const auto &object : canvas->diagram().objects()) {
        if (const auto *connector = std::get_if<diagram::Connector>(&object.shape))
            attached += connector->start.isAttached() && connector->end.isAttached();
    }
    QCOMPARE(attached, 2);
    // What is drawn reads back as the same objects.
    QCOMPARE(QString::fromStdString(diagram::describeObjects(canvas->diagram())).count(QStringLiteral("box ")), 6);
    panel.insertAction()->trigger();
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(0).toString(), expected);
}

QTEST_MAIN(TestDiagramCanvas)
#include "tst_diagramcanvas.moc"
