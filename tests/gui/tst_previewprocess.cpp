// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <csignal>

#include "gui/highlighting.h"
#include "gui/mainwindow.h"
#include "gui/previewcontroller.h"
#include "gui/previewpane.h"
#include "gui/previewprocess.h"
#include "gui/rsteditor.h"
#include "previewtesting.h"

using namespace Qt::StringLiterals;
using namespace specwright::gui;
using namespace specwright::gui::testing;

namespace
{

// The program a process runs, from /proc.
QString programOf(qint64 pid)
{
    QFile comm(u"/proc/%1/comm"_s.arg(pid));
    if (!comm.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(comm.readAll()).trimmed();
}

// The processes started by `pid`, and theirs.
QList<qint64> descendantsOf(qint64 pid)
{
    QList<qint64> found;
    const QStringList tasks = QDir(u"/proc/%1/task"_s.arg(pid)).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &task : tasks) {
        QFile children(u"/proc/%1/task/%2/children"_s.arg(pid).arg(task));
        if (!children.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &child : children.readAll().split(' ')) {
            if (child.trimmed().isEmpty())
                continue;
            const qint64 childPid = child.trimmed().toLongLong();
            found.append(childPid);
            found.append(descendantsOf(childPid));
        }
    }
    return found;
}

QStringList programsStartedBy(qint64 pid)
{
    QStringList programs;
    for (qint64 child : descendantsOf(pid))
        programs.append(programOf(child));
    return programs;
}

} // namespace

// On X11 the preview's web engine runs in a process of its own, which draws
// into the editor's window; the editor uses it as if it were its own.
class TestPreviewProcess : public QObject
{
    Q_OBJECT

private:
    Highlighting m_highlighting;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(PreviewProcess::isAvailable(),
            qPrintable(u"no preview process on platform %1 (program: '%2')"_s.arg(
                QGuiApplication::platformName(), PreviewProcess::program())));
    }

    void theWebEngineRunsOutsideTheEditor()
    {
        MainWindow window(m_highlighting);
        window.show();
        window.editor()->setPlainText(u"Title\n=====\n\nA paragraph of the spec.\n"_s);
        QVERIFY(waitForPreview(window));
        PreviewPane *pane = window.preview();
        QVERIFY(pane->process());
        QCOMPARE(pane->view(), nullptr);
        QVERIFY(evaluate(pane, u"specwright.text()"_s).toString().contains(u"A paragraph of the spec."_s));

        // Chromium's own processes hang off the preview's process, not off
        // the editor.
        const qint64 previewPid = pane->process()->processId();
        QVERIFY(previewPid > 0);
        QCOMPARE(programOf(previewPid), u"specwright-prev"_s); // /proc keeps 15 characters
        QTRY_VERIFY(programsStartedBy(previewPid).contains(u"QtWebEngineProc"_s));
        QStringList editorChildren;
        for (qint64 child : descendantsOf(QCoreApplication::applicationPid())) {
            if (child != previewPid && !descendantsOf(previewPid).contains(child))
                editorChildren.append(programOf(child));
        }
        QVERIFY2(!editorChildren.contains(u"QtWebEngineProc"_s), qPrintable(editorChildren.join(u", "_s)));
    }

    void thePageFillsThePaneAndFollowsItsSize()
    {
        MainWindow window(m_highlighting);
        window.resize(1200, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.preview()->isPageReady(), 20000);
        PreviewPane *pane = window.preview();
        const auto pageSize = [pane] {
            return QSize(
                evaluate(pane, u"window.innerWidth"_s).toInt(), evaluate(pane, u"window.innerHeight"_s).toInt());
        };
        // The pane less its notice line, which is hidden.
        QTRY_COMPARE(pageSize(), pane->size());
        window.resize(900, 500);
        QTRY_COMPARE(pageSize(), pane->size());
        QVERIFY(pane->width() < 600);
    }

    // Real key presses (through the X server, by xdotool) typed with the
    // pointer over the page reach the editor.
    void keysTypedOverThePageGoToTheEditor()
    {
        const QString xdotool = QStandardPaths::findExecutable(u"xdotool"_s);
        QVERIFY2(!xdotool.isEmpty(), "xdotool is missing (packaging/build-deps.txt)");
        MainWindow window(m_highlighting);
        window.resize(1000, 600);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.editor()->setPlainText(u"Title\n=====\n\nText.\n"_s);
        window.editor()->moveCursor(QTextCursor::End);
        window.editor()->setFocus();
        QVERIFY(waitForPreview(window));
        const QPoint overThePage = window.preview()->mapTo(&window, window.preview()->rect().center());
        const auto run = [&](const QStringList &arguments) {
            QProcess process;
            process.start(xdotool, arguments);
            return process.waitForFinished(10000) && process.exitCode() == 0;
        };
        QVERIFY(run({ u"mousemove"_s,
            u"--window"_s,
            QString::number(window.winId()),
            QString::number(overThePage.x()),
            QString::number(overThePage.y()) }));
        QVERIFY(run({ u"type"_s, u"--delay"_s, u"20"_s, u"typed"_s }));
        QTRY_VERIFY2(window.editor()->toPlainText().endsWith(u"typed"_s), qPrintable(window.editor()->toPlainText()));
    }

    void editsAndClicksCrossBetweenTheProcesses()
    {
        MainWindow window(m_highlighting);
        window.show();
        QString text = u"Title\n=====\n\n"_s;
        for (int i = 1; i <= 30; ++i)
            text += u"Paragraph %1.\n\n"_s.arg(i);
        window.editor()->setPlainText(text);
        QVERIFY(waitForPreview(window));
        window.editor()->moveCursor(QTextCursor::End);
        window.editor()->insertPlainText(u"Typed at the end.\n"_s);
        QVERIFY(waitForPreview(window));
        QVERIFY(evaluate(window.preview(), u"specwright.text()"_s).toString().contains(u"Typed at the end."_s));

        // A click on paragraph 20 in the page puts the cursor on its line.
        QSignalSpy clicked(window.preview()->bridge(), &PreviewBridge::clickedLine);
        const int line = 4 + 2 * 19;
        evaluate(window.preview(), u"document.querySelector('[data-line^=\"%1-\"]').click()"_s.arg(line));
        QTRY_COMPARE(clicked.size(), 1);
        QCOMPARE(clicked.first().first().toInt(), line);
        QCOMPARE(window.editor()->textCursor().blockNumber() + 1, line);
    }

    void aPreviewThatDiesComesBackWithTheDocument()
    {
        MainWindow window(m_highlighting);
        window.show();
        window.editor()->setPlainText(u"Title\n=====\n\nStill here after the crash.\n"_s);
        QVERIFY(waitForPreview(window));
        PreviewPane *pane = window.preview();
        const qint64 first = pane->process()->processId();
        QSignalSpy ready(pane, &PreviewPane::pageReady);
        ::kill(pid_t(first), SIGKILL);
        QTRY_VERIFY(!pane->notice().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(ready.size() == 1, 20000);
        QVERIFY(pane->process()->processId() != first);
        QTRY_VERIFY(evaluate(pane, u"specwright.text()"_s).toString().contains(u"Still here after the crash."_s));
        QVERIFY(pane->notice().isEmpty());
        // The editor was never touched.
        QVERIFY(window.editor()->toPlainText().contains(u"Still here after the crash."_s));
    }

    void theProcessEndsWithThePane()
    {
        qint64 pid = 0;
        {
            MainWindow window(m_highlighting);
            window.show();
            QTRY_VERIFY_WITH_TIMEOUT(window.preview()->isPageReady(), 20000);
            pid = window.preview()->process()->processId();
            QVERIFY(QFile::exists(u"/proc/%1"_s.arg(pid)));
        }
        QVERIFY(!descendantsOf(QCoreApplication::applicationPid()).contains(pid));
    }
};

QTEST_MAIN(TestPreviewProcess)
#include "tst_previewprocess.moc"
