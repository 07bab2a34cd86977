// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "gui/documentanalyzer.h"
#include "gui/documentcontroller.h"
#include "gui/documenttab.h"
#include "gui/highlighting.h"
#include "gui/mainwindow.h"
#include "gui/outlinemodel.h"
#include "gui/outlinepanel.h"
#include "gui/previewpane.h"
#include "gui/problemsmodel.h"
#include "gui/problemspanel.h"
#include "gui/rsteditor.h"
#include "previewtesting.h"

using namespace Qt::StringLiterals;
using namespace specwright::gui;
using namespace specwright::gui::testing;

// Several documents in one window: each in a tab, the preview, the panels,
// the title and the actions following the current one, and nothing closed
// without asking.
class TestTabs : public QObject
{
    Q_OBJECT

public:
    // The preview draws as the program makes it draw.
    static void initMain() { PreviewPane::prepareRendering(); }

private:
    QString write(const QString &name, const QByteArray &bytes) { return writeFixture(m_dir, name, bytes); }
    static QString previewText(MainWindow &window)
    {
        return evaluate(window.preview(), u"specwright.text()"_s).toString();
    }
    static QString firstOutlineTitle(MainWindow &window)
    {
        const OutlineModel *model = window.outlinePanel()->model();
        return model->rowCount() > 0 ? model->index(0, 0).data().toString() : QString();
    }
    // Answers each of the next `choices.size()` modal message boxes with
    // the button whose text contains the next choice; their texts go to
    // `seen`.
    static void answerDialogs(QStringList choices, QStringList *seen)
    {
        if (choices.isEmpty())
            return;
        QTimer::singleShot(50, qApp, [choices, seen]() mutable {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box) {
                answerDialogs(choices, seen);
                return;
            }
            seen->append(box->text());
            const QString choice = choices.takeFirst();
            QAbstractButton *chosen = nullptr;
            for (QAbstractButton *button : box->buttons()) {
                if (button->text().remove(u'&').contains(choice))
                    chosen = button;
            }
            answerDialogs(choices, seen);
            if (chosen)
                chosen->click();
            else
                box->reject();
        });
    }
    static constexpr QByteArrayView alphaText = "Alpha\n=====\n\nThe alpha text \nends here.\n\nAlpha end\n"
                                                "=========\n\nDone.\n";
    // Two specs that differ in title, text and problems: "alpha" has a
    // line with a trailing space, "beta" none.
    void writeSpecs()
    {
        m_alpha = write(u"alpha.rst"_s, alphaText.toByteArray());
        m_beta = write(u"beta.rst"_s, "Beta\n====\n\nThe beta text.\n\nBeta end\n========\n\nMore.\n"_ba);
    }

    QTemporaryDir m_dir;
    Highlighting m_highlighting;
    QString m_alpha;
    QString m_beta;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        writeSpecs();
    }

    void switchingTabsSwitchesWhatTheWindowShows()
    {
        MainWindow window(m_highlighting);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(m_alpha));
        QVERIFY(window.openFile(m_beta));
        // The first file took the place of the empty document.
        QCOMPARE(window.tabCount(), 2);
        QCOMPARE(window.currentTabIndex(), 1);
        QVERIFY(window.tabBar()->isVisible());

        QTRY_VERIFY_WITH_TIMEOUT(window.isPreviewCurrent(), 20000);
        QCOMPARE(window.editor(), window.tab(1)->editor());
        QVERIFY(window.editor()->isVisible());
        QVERIFY(!window.tab(0)->editor()->isVisible());
        QVERIFY(window.windowTitle().contains(u"beta.rst"_s));
        QVERIFY(previewText(window).contains(u"The beta text."_s));
        QCOMPARE(firstOutlineTitle(window), u"Beta"_s);
        QCOMPARE(window.problemsPanel()->model()->rowCount(), 0);

        window.setCurrentTab(0);
        QCOMPARE(window.currentTabIndex(), 0);
        QCOMPARE(window.editor(), window.tab(0)->editor());
        QCOMPARE(window.documentController()->path(), m_alpha);
        QVERIFY(window.editor()->isVisible());
        QVERIFY(window.windowTitle().contains(u"alpha.rst"_s));
        QCOMPARE(firstOutlineTitle(window), u"Alpha"_s);
        QVERIFY(window.problemsPanel()->model()->rowCount() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(window.isPreviewCurrent(), 20000);
        const QString alphaPage = previewText(window);
        QVERIFY2(alphaPage.contains(u"The alpha text"_s), qPrintable(alphaPage));
        QVERIFY2(!alphaPage.contains(u"beta"_s), qPrintable(alphaPage));

        // Typing in the background document's editor reaches the preview
        // only once its tab is current again.
        window.tab(1)->editor()->appendPlainText(u"Typed in the background."_s);
        QTRY_VERIFY_WITH_TIMEOUT(window.tab(1)->snapshot()->text.find("background") != std::string::npos, 20000);
        QVERIFY(!previewText(window).contains(u"background"_s));
        window.setCurrentTab(1);
        QTRY_VERIFY_WITH_TIMEOUT(window.isPreviewCurrent(), 20000);
        QVERIFY(previewText(window).contains(u"Typed in the background."_s));
        window.tab(1)->editor()->document()->setModified(false);
    }

    void eachTabKeepsItsPlaceInThePreview_data()
    {
        QTest::addColumn<bool>("sync");
        QTest::newRow("with scroll sync the preview follows each editor") << true;
        QTest::newRow("without it the preview keeps each document's own place") << false;
    }
    void eachTabKeepsItsPlaceInThePreview()
    {
        QFETCH(bool, sync);
        QString text;
        for (int i = 1; i <= 40; ++i)
            text += u"Section %1\n==========\n\nParagraph %1 first line\nand its second line.\n\n"_s.arg(
                i, 2, 10, QLatin1Char('0'));
        const QString first = write(u"long-one.rst"_s, text.toUtf8());
        const QString second = write(u"long-two.rst"_s, text.toUtf8());
        MainWindow window(m_highlighting);
        window.resize(1200, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(first));
        QTRY_VERIFY_WITH_TIMEOUT(window.isPreviewCurrent(), 20000);
        const auto topLine = [&window] { return evaluate(window.preview(), u"specwright.topLine()"_s).toInt(); };
        // Scrolled to about line 120 in the first document.
        window.editor()->verticalScrollBar()->setValue(120);
        QTRY_VERIFY_WITH_TIMEOUT(qAbs(topLine() - 121) <= 4, 5000);
        if (!sync) {
            auto *syncAction = window.findChild<QAction *>(u"syncScrollAction"_s);
            QVERIFY(syncAction);
            syncAction->setChecked(false);
        }

        QVERIFY(window.openFile(second));
        QTRY_VERIFY_WITH_TIMEOUT(window.isPreviewCurrent(), 20000);
        // The second document starts at its top.
        QTRY_VERIFY_WITH_TIMEOUT(topLine() <= 4, 5000);
        window.setCurrentTab(0);
        QTRY_VERIFY_WITH_TIMEOUT(window.isPreviewCurrent(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(qAbs(topLine() - 121) <= 4, 5000);
    }

    void openingAnOpenFileSwitchesToItsTab()
    {
        MainWindow window(m_highlighting);
        QVERIFY(window.openFile(m_alpha));
        QVERIFY(window.openFile(m_beta));
        QCOMPARE(window.currentTabIndex(), 1);
        // The same file by another spelling of its path.
        QVERIFY(window.openFile(m_dir.path() + u"/./alpha.rst"_s, 4));
        QCOMPARE(window.tabCount(), 2);
        QCOMPARE(window.currentTabIndex(), 0);
        QCOMPARE(window.editor()->cursorLine(), 4);
    }

    void whatAFileMayReplace_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<int>("tabs");
        QTest::newRow("an empty untitled document gives way") << u"empty"_s << 1;
        QTest::newRow("the untouched sample gives way") << u"sample"_s << 1;
        QTest::newRow("an untitled document with typing is kept") << u"typed"_s << 2;
        QTest::newRow("another file is kept") << u"file"_s << 2;
    }
    void whatAFileMayReplace()
    {
        QFETCH(QString, before);
        QFETCH(int, tabs);
        MainWindow window(m_highlighting);
        if (before == u"sample")
            window.openSample();
        else if (before == u"typed")
            QTest::keyClicks(window.editor(), u"draft"_s);
        else if (before == u"file")
            QVERIFY(window.openFile(m_beta));
        QVERIFY(window.openFile(m_alpha));
        QCOMPARE(window.tabCount(), tabs);
        QCOMPARE(window.documentController()->path(), m_alpha);
        window.tab(0)->editor()->document()->setModified(false);
    }

    void aFileThatCannotBeOpenedLeavesNoTab()
    {
        MainWindow window(m_highlighting);
        QVERIFY(window.openFile(m_beta));
        QStringList seen;
        answerDialogs({ u"OK"_s }, &seen);
        QVERIFY(!window.openFile(m_dir.filePath(u"missing.rst"_s)));
        QCOMPARE(seen.size(), 1);
        QCOMPARE(window.tabCount(), 1);
        QCOMPARE(window.documentController()->path(), m_beta);
    }

    void theTabShowsNameModifiedMarkAndPath()
    {
        const QString path = write(u"marked.rst"_s, "Marked\n======\n"_ba);
        MainWindow window(m_highlighting);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCOMPARE(window.tabBar()->tabText(0), u"Untitled"_s);
        QVERIFY(window.openFile(path));
        window.newTab();
        QTabBar *bar = window.tabBar();
        QCOMPARE(bar->tabText(0), u"marked.rst"_s);
        QCOMPARE(bar->tabToolTip(0), path);
        QCOMPARE(bar->tabText(1), u"Untitled"_s);

        window.setCurrentTab(0);
        window.editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(window.editor(), u"x"_s);
        QCOMPARE(bar->tabText(0), u"marked.rst*"_s);
        QVERIFY(window.isWindowModified());
        // Only the document that changed is marked.
        QCOMPARE(bar->tabText(1), u"Untitled"_s);
        window.setCurrentTab(1);
        QVERIFY(!window.isWindowModified());

        window.setCurrentTab(0);
        QTest::keySequence(&window, QKeySequence::Save);
        QCOMPARE(bar->tabText(0), u"marked.rst"_s);
        QCOMPARE(readFile(path), "Marked\n======\nx"_ba);
    }

    void newCloseAndSwitchByKeyboard()
    {
        MainWindow window(m_highlighting);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keySequence(&window, QKeySequence::New);
        QTest::keySequence(&window, QKeySequence::New);
        QCOMPARE(window.tabCount(), 3);
        QCOMPARE(window.currentTabIndex(), 2);
        QCOMPARE(QApplication::focusWidget(), window.editor());

        QTest::keyClick(window.editor(), Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(window.currentTabIndex(), 0);
        QTest::keyClick(window.editor(), Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window.currentTabIndex(), 2);
        QTest::keyClick(window.editor(), Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(window.currentTabIndex(), 1);
        QTest::keyClick(window.editor(), Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(window.currentTabIndex(), 2);

        // Closing the last tab leaves an empty untitled document.
        QTest::keySequence(&window, QKeySequence::Close);
        QCOMPARE(window.tabCount(), 2);
        window.closeTab(0);
        QCOMPARE(window.tabCount(), 1);
        QTest::keyClicks(window.editor(), u"unsaved"_s);
        QStringList seen;
        answerDialogs({ u"Discard"_s }, &seen);
        QTest::keySequence(&window, QKeySequence::Close);
        QCOMPARE(seen.size(), 1);
        QCOMPARE(window.tabCount(), 1);
        QVERIFY(window.editor()->toPlainText().isEmpty());
        QVERIFY(window.documentController()->path().isEmpty());
        QVERIFY(window.tabBar()->isHidden());
    }

    void closingAModifiedTabAsks_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<bool>("closed");
        QTest::addColumn<QByteArray>("onDisk");
        QTest::newRow("cancel keeps the tab and its changes") << u"Cancel"_s << false << "Beta\n"_ba;
        QTest::newRow("discard closes it, the file unchanged") << u"Discard"_s << true << "Beta\n"_ba;
        QTest::newRow("save writes the file, then closes") << u"Save"_s << true << "Beta\nmore"_ba;
    }
    void closingAModifiedTabAsks()
    {
        QFETCH(QString, answer);
        QFETCH(bool, closed);
        QFETCH(QByteArray, onDisk);
        const QString path = write(u"closing.rst"_s, "Beta\n"_ba);
        MainWindow window(m_highlighting);
        QVERIFY(window.openFile(m_alpha));
        QVERIFY(window.openFile(path));
        window.editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(window.editor(), u"more"_s);
        // The question is asked with the tab in view.
        window.setCurrentTab(0);

        QStringList seen;
        answerDialogs({ answer }, &seen);
        QCOMPARE(window.closeTab(1), closed);
        QCOMPARE(seen.size(), 1);
        QVERIFY2(seen.first().contains(u"closing.rst"_s), qPrintable(seen.first()));
        QCOMPARE(window.tabCount(), closed ? 1 : 2);
        QCOMPARE(readFile(path), onDisk);
        if (!closed) {
            QCOMPARE(window.currentTabIndex(), 1);
            QVERIFY(window.documentController()->isModified());
            window.editor()->document()->setModified(false);
        }
    }

    void aMiddleClickClosesATab()
    {
        MainWindow window(m_highlighting);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(m_alpha));
        QVERIFY(window.openFile(m_beta));
        QTabBar *bar = window.tabBar();
        QTRY_VERIFY(bar->isVisible());
        QTest::mouseClick(bar, Qt::MiddleButton, {}, bar->tabRect(0).center());
        QCOMPARE(window.tabCount(), 1);
        QCOMPARE(window.documentController()->path(), m_beta);
    }

    void aMovedTabKeepsItsDocument()
    {
        MainWindow window(m_highlighting);
        QVERIFY(window.openFile(m_alpha));
        QVERIFY(window.openFile(m_beta));
        window.tabBar()->moveTab(1, 0);
        QCOMPARE(window.tab(0)->path(), m_beta);
        QCOMPARE(window.tabBar()->tabText(0), u"beta.rst"_s);
        QCOMPARE(window.currentTabIndex(), 0);
        QCOMPARE(window.documentController()->path(), m_beta);
        window.setCurrentTab(1);
        QCOMPARE(window.documentController()->path(), m_alpha);
    }

    void closingTheWindowAsksAboutEachModifiedTab_data()
    {
        QTest::addColumn<QStringList>("answers");
        QTest::addColumn<bool>("closed");
        QTest::newRow("discarding both closes the window") << QStringList { u"Discard"_s, u"Discard"_s } << true;
        QTest::newRow("cancel on the second keeps everything open")
            << QStringList { u"Discard"_s, u"Cancel"_s } << false;
        QTest::newRow("cancel on the first asks no more") << QStringList { u"Cancel"_s } << false;
    }
    void closingTheWindowAsksAboutEachModifiedTab()
    {
        QFETCH(QStringList, answers);
        QFETCH(bool, closed);
        MainWindow window(m_highlighting);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(m_alpha));
        QVERIFY(window.openFile(m_beta));
        window.newTab();
        for (int i : { 0, 1 }) {
            window.tab(i)->editor()->moveCursor(QTextCursor::End);
            window.tab(i)->editor()->insertPlainText(u"changed"_s);
        }
        // The third, untouched, is not asked about.
        QStringList seen;
        answerDialogs(answers, &seen);
        QCOMPARE(window.close(), closed);
        QCOMPARE(seen.size(), answers.size());
        QVERIFY(seen.at(0).contains(u"alpha.rst"_s));
        if (seen.size() > 1)
            QVERIFY(seen.at(1).contains(u"beta.rst"_s));
        QCOMPARE(window.isVisible(), !closed);
        QCOMPARE(window.tabCount(), 3);
        for (int i : { 0, 1 }) {
            QVERIFY(window.tab(i)->isModified());
            window.tab(i)->editor()->document()->setModified(false);
        }
        QCOMPARE(readFile(m_alpha), alphaText.toByteArray());
    }
};

QTEST_MAIN(TestTabs)
#include "tst_tabs.moc"
