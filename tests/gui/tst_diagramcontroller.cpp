// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAction>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>

#include "gui/canvas/diagrampanel.h"
#include "gui/diagramcontroller.h"

using namespace Qt::StringLiterals;
using namespace specwright::gui;

// Diagrams travel between the spec and the canvas as one undoable edit.
class TestDiagramController : public QObject
{
    Q_OBJECT

private:
    static void putCursorOnLine(QPlainTextEdit &editor, int line)
    {
        editor.setTextCursor(QTextCursor(editor.document()->findBlockByNumber(line)));
    }

private Q_SLOTS:
    void editingABlockWritesItBackInPlace()
    {
        const QString spec = u"Title\n=====\n\nThe flow::\n\n    +---+\n    | A |\n    +---+\n\nAfter.\n"_s;
        QPlainTextEdit editor;
        editor.setPlainText(spec);
        DiagramPanel panel;
        DiagramController controller(&editor, &panel);
        putCursorOnLine(editor, 6);
        QVERIFY(controller.editDiagramUnderCursor());
        QVERIFY(panel.editsExistingBlock());

        Q_EMIT panel.replaceRequested(u"+-----+\n|  B  |\n+-----+\n"_s);
        QCOMPARE(
            editor.toPlainText(), u"Title\n=====\n\nThe flow::\n\n    +-----+\n    |  B  |\n    +-----+\n\nAfter.\n"_s);
        editor.undo();
        QCOMPARE(editor.toPlainText(), spec);
    }

    void noBlockUnderTheCursorIsReported()
    {
        QPlainTextEdit editor;
        editor.setPlainText(u"Just a paragraph.\n"_s);
        DiagramPanel panel;
        DiagramController controller(&editor, &panel);
        QSignalSpy problems(&controller, &DiagramController::problemReported);
        QVERIFY(!controller.editDiagramUnderCursor());
        QCOMPARE(problems.size(), 1);
    }

    void aBlockChangedMeanwhileIsNotOverwritten()
    {
        const QString spec = u"Flow::\n\n    +---+\n    | A |\n    +---+\n"_s;
        QPlainTextEdit editor;
        editor.setPlainText(spec);
        DiagramPanel panel;
        DiagramController controller(&editor, &panel);
        putCursorOnLine(editor, 3);
        QVERIFY(controller.editDiagramUnderCursor());
        const QString changed = u"Flow::\n\n    +---+\n    | Z |\n    +---+\n"_s;
        editor.setPlainText(changed);
        QSignalSpy problems(&controller, &DiagramController::problemReported);
        Q_EMIT panel.replaceRequested(u"+-+\n"_s);
        QCOMPARE(editor.toPlainText(), changed);
        QCOMPARE(problems.size(), 1);
    }

    void newDiagramIsInsertedAsALiteralBlockAtTheCursor()
    {
        QPlainTextEdit editor;
        editor.setPlainText(u"First paragraph.\n\nSecond paragraph.\n"_s);
        DiagramPanel panel;
        DiagramController controller(&editor, &panel);
        putCursorOnLine(editor, 2);
        controller.startNewDiagram();
        Q_EMIT panel.insertRequested(u"+---+\n| X |\n+---+\n"_s);
        const QString text = editor.toPlainText();
        QVERIFY2(text.contains(u"::\n\n    +---+\n    | X |\n    +---+\n"_s), qPrintable(text));
        QVERIFY(text.startsWith(u"First paragraph.\n"_s));
        QVERIFY(text.contains(u"Second paragraph.\n"_s));
        editor.undo();
        QCOMPARE(editor.toPlainText(), u"First paragraph.\n\nSecond paragraph.\n"_s);
    }
    void insertingAgainUpdatesTheInsertedBlock()
    {
        QPlainTextEdit editor;
        editor.setPlainText(u"First paragraph.\n\nSecond paragraph.\n"_s);
        DiagramPanel panel;
        DiagramController controller(&editor, &panel);
        putCursorOnLine(editor, 2);
        controller.startNewDiagram();
        QVERIFY(!panel.editsExistingBlock());
        Q_EMIT panel.insertRequested(u"+---+\n| X |\n+---+\n"_s);
        QVERIFY(panel.editsExistingBlock());
        // The cursor moved meanwhile: the update still goes to that block.
        putCursorOnLine(editor, 0);
        QVERIFY(panel.canvas()->setText(u"+---+\n| Y |\n+---+\n"_s));
        panel.insertAction()->trigger();
        const QString text = editor.toPlainText();
        QCOMPARE(text.count(u"::"_s), 1);
        QVERIFY2(text.contains(u"::\n\n    +---+\n    | Y |\n    +---+\n\nSecond paragraph.\n"_s), qPrintable(text));
        QVERIFY(!text.contains(u"| X |"_s));
        // A new diagram is inserted again, not written over the last one.
        controller.startNewDiagram();
        QVERIFY(!panel.editsExistingBlock());
    }
};

QTEST_MAIN(TestDiagramController)
#include "tst_diagramcontroller.moc"
