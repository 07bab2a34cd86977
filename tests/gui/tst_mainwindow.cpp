// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>

#include "gui/canvas/diagramcanvas.h"
#include "gui/canvas/diagrampanel.h"
#include "gui/diagramcontroller.h"
#include "gui/documentcontroller.h"
#include "gui/highlighting.h"
#include "gui/mainwindow.h"
#include "gui/previewpane.h"
#include "gui/problemsmodel.h"
#include "gui/problemspanel.h"
#include "gui/rsteditor.h"
#include "previewtesting.h"

using namespace Qt::StringLiterals;
using namespace specwright::gui;
using namespace specwright::gui::testing;

// Drives the real window the way a user does: open, type, save, and react
// when another program changes the file.
class TestMainWindow : public QObject
{
    Q_OBJECT

public:
    // The preview draws as the program makes it draw.
    static void initMain() { PreviewPane::prepareRendering(); }

private:
    QString write(const QString &name, const QByteArray &bytes) { return writeFixture(m_dir, name, bytes); }
    // Answers the next modal message box with the button whose text contains
    // `choice`.
    static void answerNextDialog(const QString &choice, QString *seenText)
    {
        QTimer::singleShot(50, qApp, [choice, seenText] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box) {
                answerNextDialog(choice, seenText);
                return;
            }
            *seenText = box->text();
            for (QAbstractButton *button : box->buttons()) {
                if (button->text().remove(u'&').contains(choice)) {
                    button->click();
                    return;
                }
            }
            box->reject();
        });
    }

    QTemporaryDir m_dir;
    Highlighting m_highlighting;

private Q_SLOTS:
    void openEditSaveAndExternalChanges()
    {
        const QString path = write(u"example.rst"_s, "Example\n=======\n\nSome *text*.\n"_ba);
        MainWindow window(m_highlighting);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openFile(path));
        RstEditor *editor = window.editor();
        QCOMPARE(editor->toPlainText(), u"Example\n=======\n\nSome *text*.\n"_s);
        QVERIFY(window.windowTitle().contains(u"example.rst"_s));
        QVERIFY(!window.isWindowModified());

        // The RST definition colours the text.
        QTRY_VERIFY(!editor->document()->findBlockByNumber(3).layout()->formats().isEmpty());

        // Typing marks the window modified; the Save shortcut writes the file.
        editor->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor, u"More."_s);
        QVERIFY(window.isWindowModified());
        QTest::keySequence(&window, QKeySequence::Save);
        QTRY_VERIFY(!window.isWindowModified());
        QCOMPARE(readFile(path), "Example\n=======\n\nSome *text*.\nMore."_ba);

        // Changed on disk with no local changes: reloaded silently.
        write(u"example.rst"_s, "Changed elsewhere\n"_ba);
        QTRY_COMPARE_WITH_TIMEOUT(editor->toPlainText(), u"Changed elsewhere\n"_s, 5000);

        // Changed on disk while the user has unsaved changes: the window asks
        // and, told to keep the user's version, changes nothing.
        editor->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor, u"mine"_s);
        QString question;
        answerNextDialog(u"Keep my version"_s, &question);
        write(u"example.rst"_s, "Theirs\n"_ba);
        QTRY_VERIFY_WITH_TIMEOUT(!question.isEmpty(), 5000);
        QVERIFY(question.contains(u"unsaved changes"_s));
        QCOMPARE(editor->toPlainText(), u"Changed elsewhere\nmine"_s);
        QCOMPARE(readFile(path), "Theirs\n"_ba);
        QVERIFY(window.isWindowModified());
        window.documentController()->document()->setModified(false);
    }

    void themeFollowsThePalette_data()
    {
        QTest::addColumn<QColor>("base");
        QTest::addColumn<bool>("dark");
        QTest::newRow("dark palette gives a dark editor") << QColor(30, 30, 30) << true;
        QTest::newRow("light palette gives a light editor") << QColor(250, 250, 250) << false;
    }
    void themeFollowsThePalette()
    {
        QFETCH(QColor, base);
        QFETCH(bool, dark);
        MainWindow window(m_highlighting);
        QPalette palette = window.palette();
        palette.setColor(QPalette::Base, base);
        palette.setColor(QPalette::Window, base);
        window.setPalette(palette);
        const QColor editorBase = window.editor()->palette().color(QPalette::Base);
        QCOMPARE(editorBase.lightness() < 128, dark);
    }

    void aNewDiagramHasRoomAndItsOwnEditKeys()
    {
        MainWindow window(m_highlighting);
        window.resize(1200, 800);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.editor()->setPlainText(u"Title\n=====\n\nText.\n"_s);
        window.editor()->setFocus();
        QTest::keyClicks(window.editor(), u"x"_s);
        const QString typed = window.editor()->toPlainText();

        window.diagramController()->startNewDiagram();
        auto *dock = window.findChild<QDockWidget *>(u"diagramDock"_s);
        QVERIFY(dock);
        QTRY_VERIFY(dock->isVisible());
        // Tabbed with the problems list, it would open a few lines tall.
        QTRY_VERIFY2(dock->height() >= window.height() / 3, qPrintable(QString::number(dock->height())));

        DiagramCanvas *canvas = window.diagramPanel()->canvas();
        QTRY_VERIFY(canvas->hasFocus());
        canvas->setTool(DiagramCanvas::Tool::Line);
        const auto center = [canvas](int x, int y) { return canvas->cellCenter({ x, y }); };
        QTest::mousePress(canvas, Qt::LeftButton, {}, center(0, 0));
        QTest::mouseMove(canvas, center(3, 0));
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, center(5, 0));
        QCOMPARE(canvas->text(), u"------\n"_s);
        // Undo and copy with the focus on the canvas are the diagram's, not
        // the spec's.
        QTest::keySequence(canvas, QKeySequence::Undo);
        QVERIFY(canvas->diagram().isEmpty());
        QCOMPARE(window.editor()->toPlainText(), typed);
    }

    void problemsAreMarkedInTheGutterAsYouType()
    {
        MainWindow window(m_highlighting);
        window.show();
        window.editor()->setPlainText(u"Title\n=====\n\nA line that ends in a space \nand one that does not.\n"_s);
        QTRY_VERIFY_WITH_TIMEOUT(window.isPreviewCurrent(), 20000);
        QCOMPARE(window.editor()->problemMarks().value(4, false), true);

        QTextCursor cursor(window.editor()->document()->findBlockByNumber(3));
        cursor.movePosition(QTextCursor::EndOfBlock);
        cursor.deletePreviousChar();
        QTRY_VERIFY_WITH_TIMEOUT(window.isPreviewCurrent(), 20000);
        QVERIFY(!window.editor()->problemMarks().contains(4));
    }

    void aMissingDictionaryIsSaidInTheStatusBar()
    {
        MainWindow window(m_highlighting);
        window.show();
        window.editor()->setSpellingLanguage(u"xx_XX"_s);
        auto *toggle = window.findChild<QAction *>(u"spellCheckingAction"_s);
        QVERIFY(toggle);
        toggle->setChecked(true);
        QVERIFY(window.editor()->isSpellCheckingEnabled());
        // Said once the dictionary is looked for, a moment after the first
        // paint.
        QTRY_VERIFY2(window.statusBar()->currentMessage().contains(u"xx_XX"_s),
            qPrintable(window.statusBar()->currentMessage()));
        // Once: turning it off and on again says nothing more.
        window.statusBar()->clearMessage();
        toggle->setChecked(false);
        toggle->setChecked(true);
        QVERIFY(window.statusBar()->currentMessage().isEmpty());
    }

    void longLineIsFixedByReflowFromTheProblemsPanel()
    {
        MainWindow window(m_highlighting);
        window.show();
        const QString words = u"word "_s.repeated(30).trimmed();
        window.editor()->setPlainText(u"Title\n=====\n\n"_s + words + u"\n"_s);
        QTRY_VERIFY_WITH_TIMEOUT(window.isPreviewCurrent(), 20000);
        const ProblemsModel *problems = window.problemsPanel()->model();
        int row = -1;
        for (int i = 0; i < problems->rowCount(); ++i) {
            if (problems->problem(i).rule == specwright::spec::rules::lineLength)
                row = i;
        }
        QVERIFY(row >= 0);
        QObject owner;
        const QList<QAction *> fixes = window.quickFixActions(row, &owner);
        QAction *reflow = nullptr;
        for (QAction *action : fixes) {
            if (action->text().contains(u"Reflow"_s))
                reflow = action;
        }
        QVERIFY(reflow);
        reflow->trigger();
        const QStringList lines = window.editor()->toPlainText().split(u'\n');
        QVERIFY(lines.size() > 4);
        for (const QString &line : lines)
            QVERIFY2(line.size() <= 79, qPrintable(line));
        QTRY_VERIFY_WITH_TIMEOUT(window.isPreviewCurrent(), 20000);
        for (int i = 0; i < problems->rowCount(); ++i)
            QVERIFY(problems->problem(i).rule != specwright::spec::rules::lineLength);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
