// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QAction>
#include <QMimeData>
#include <QTest>
#include <QTreeView>

#include "gui/documentanalyzer.h"
#include "gui/outlinemodel.h"
#include "gui/outlinepanel.h"
#include "gui/rsteditor.h"
#include "gui/sectionmover.h"
#include "rst/parser.h"

using namespace Qt::StringLiterals;
using namespace specwright;
using gui::OutlineModel;

namespace
{

// Title text lines: Alpha 7, Beta 12, Beta one 17, Gamma 22.
const QString specText = u"=====\nTitle\n=====\n\nIntro.\n\n"
                         u"Alpha\n=====\n\nAlpha text.\n\n"
                         u"Beta\n====\n\nBeta text.\n\n"
                         u"Beta one\n--------\n\nBeta one text.\n\n"
                         u"Gamma\n=====\n\nGamma text.\n"_s;

const QString head = u"=====\nTitle\n=====\n\nIntro.\n\n"_s;
const QString alphaPart = u"Alpha\n=====\n\nAlpha text."_s;
const QString betaPart = u"Beta\n====\n\nBeta text."_s;
const QString betaOnePart = u"Beta one\n--------\n\nBeta one text."_s;
const QString gammaPart = u"Gamma\n=====\n\nGamma text."_s;

QString joined(const QStringList &parts)
{
    return parts.join(u"\n\n"_s);
}

std::shared_ptr<const gui::Snapshot> snapshotOf(const QString &text)
{
    auto snapshot = std::make_shared<gui::Snapshot>();
    snapshot->text = text.toStdString();
    snapshot->document = rst::parse(snapshot->text);
    snapshot->outline = rst::outline(*snapshot->document);
    return snapshot;
}

// The index of the section titled title, searching depth first.
QModelIndex find(const QAbstractItemModel &model, const QString &title, const QModelIndex &parent = {})
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data().toString() == title)
            return index;
        if (const QModelIndex inner = find(model, title, index); inner.isValid())
            return inner;
    }
    return {};
}

// An editor showing specText, the outline panel with its snapshot and the mover
// between them, as the main window wires them.
struct Workspace {
    gui::RstEditor editor;
    gui::OutlinePanel panel;
    gui::SectionMover mover { &editor, panel.model() };
    QAbstractItemModelTester tester { panel.model() };

    explicit Workspace(const QString &text)
    {
        editor.setPlainText(text);
        panel.setSnapshot(snapshotOf(text));
    }
    OutlineModel &model() { return *panel.model(); }
};

} // namespace

class TestOutlinePanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void droppedSectionMovesItsText_data();
    void droppedSectionMovesItsText();
    void dropIntoItselfIsRefused();
    void staleOutlineMovesNothing();
    void moveActionsStepAmongSiblings_data();
    void moveActionsStepAmongSiblings();
};

void TestOutlinePanel::droppedSectionMovesItsText_data()
{
    QTest::addColumn<QString>("dragged");
    QTest::addColumn<QString>("parent"); // empty: the top level
    QTest::addColumn<int>("row"); // -1: onto the parent
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("cursorLine");

    QTest::newRow("dropped between rows it goes before the lower one")
        << u"Gamma"_s << QString() << 0 << head + joined({ gammaPart, alphaPart, betaPart, betaOnePart }) + u'\n' << 7;
    QTest::newRow("dropped onto a row it becomes that section's last subsection")
        << u"Gamma"_s << u"Alpha"_s << -1
        << head + joined({ alphaPart, u"Gamma\n-----\n\nGamma text."_s, betaPart, betaOnePart }) + u'\n' << 12;
    QTest::newRow("dropped below the last row it goes to the end")
        << u"Alpha"_s << QString() << 3 << head + joined({ betaPart, betaOnePart, gammaPart, alphaPart }) + u'\n' << 22;
    QTest::newRow("a subsection dropped among the top-level rows takes the top-level underline")
        << u"Beta one"_s << QString() << 1
        << head + joined({ alphaPart, u"Beta one\n========\n\nBeta one text."_s, betaPart, gammaPart }) + u'\n' << 12;
}

void TestOutlinePanel::droppedSectionMovesItsText()
{
    QFETCH(QString, dragged);
    QFETCH(QString, parent);
    QFETCH(int, row);
    QFETCH(QString, expected);
    QFETCH(int, cursorLine);

    Workspace workspace(specText);
    OutlineModel &model = workspace.model();
    const QModelIndex source = find(model, dragged);
    QVERIFY(source.isValid());
    QVERIFY(model.flags(source) & Qt::ItemIsDragEnabled);
    const QModelIndex parentIndex = parent.isEmpty() ? QModelIndex() : find(model, parent);
    QVERIFY(parent.isEmpty() || parentIndex.isValid());

    const std::unique_ptr<QMimeData> data(model.mimeData({ source }));
    QVERIFY(data);
    QVERIFY(model.canDropMimeData(data.get(), Qt::MoveAction, row, 0, parentIndex));
    QVERIFY(!workspace.editor.document()->isUndoAvailable());
    QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, row, 0, parentIndex));

    QCOMPARE(workspace.editor.toPlainText(), expected);
    QCOMPARE(workspace.editor.cursorLine(), cursorLine);
    // One undo restores the text, and it was the only step.
    workspace.editor.undo();
    QCOMPARE(workspace.editor.toPlainText(), specText);
    QVERIFY(!workspace.editor.document()->isUndoAvailable());
}

void TestOutlinePanel::dropIntoItselfIsRefused()
{
    Workspace workspace(specText);
    OutlineModel &model = workspace.model();
    const std::unique_ptr<QMimeData> data(model.mimeData({ find(model, u"Beta"_s) }));
    QVERIFY(data);
    const QModelIndex ownSubsection = find(model, u"Beta one"_s);
    QVERIFY(!model.canDropMimeData(data.get(), Qt::MoveAction, -1, 0, ownSubsection));
    QVERIFY(!model.dropMimeData(data.get(), Qt::MoveAction, -1, 0, ownSubsection));
    QVERIFY(!model.dropMimeData(data.get(), Qt::MoveAction, 0, 0, find(model, u"Beta"_s)));
    QCOMPARE(workspace.editor.toPlainText(), specText);
}

// The outline's lines are those of its snapshot: once the text has changed
// they may point elsewhere, so nothing moves until the next snapshot.
void TestOutlinePanel::staleOutlineMovesNothing()
{
    Workspace workspace(specText);
    QTextCursor cursor(workspace.editor.document());
    cursor.insertText(u"Added line.\n\n"_s);
    const QString edited = workspace.editor.toPlainText();
    OutlineModel &model = workspace.model();
    const std::unique_ptr<QMimeData> data(model.mimeData({ find(model, u"Gamma"_s) }));
    model.dropMimeData(data.get(), Qt::MoveAction, 0, 0, {});
    QCOMPARE(workspace.editor.toPlainText(), edited);
}

void TestOutlinePanel::moveActionsStepAmongSiblings_data()
{
    QTest::addColumn<QString>("section");
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("expected");

    QTest::newRow("Ctrl+Shift+Up moves a section before its previous sibling")
        << u"Gamma"_s << int(Qt::Key_Up) << head + joined({ alphaPart, gammaPart, betaPart, betaOnePart }) + u'\n';
    QTest::newRow("Ctrl+Shift+Down moves a section after its next sibling with its subsections")
        << u"Alpha"_s << int(Qt::Key_Down) << head + joined({ betaPart, betaOnePart, alphaPart, gammaPart }) + u'\n';
    QTest::newRow("the first section does not move up") << u"Alpha"_s << int(Qt::Key_Up) << specText;
    QTest::newRow("an only subsection does not move down") << u"Beta one"_s << int(Qt::Key_Down) << specText;
}

void TestOutlinePanel::moveActionsStepAmongSiblings()
{
    QFETCH(QString, section);
    QFETCH(int, key);
    QFETCH(QString, expected);

    Workspace workspace(specText);
    workspace.panel.show();
    QVERIFY(QTest::qWaitForWindowActive(&workspace.panel));
    QTreeView *view = workspace.panel.view();
    view->setFocus();
    view->setCurrentIndex(find(workspace.model(), section));
    QAction *action = key == Qt::Key_Up ? workspace.panel.moveUpAction() : workspace.panel.moveDownAction();
    QCOMPARE(action->isEnabled(), expected != specText);
    QTest::keyClick(view, Qt::Key(key), Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(workspace.editor.toPlainText(), expected);
}

QTEST_MAIN(TestOutlinePanel)
#include "tst_outlinepanel.moc"
