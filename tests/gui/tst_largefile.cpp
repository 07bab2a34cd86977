// SPDX-License-Identifier: GPL-3.0-or-later
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "gui/documentanalyzer.h"
#include "gui/documentcontroller.h"
#include "gui/highlighting.h"
#include "gui/mainwindow.h"
#include "gui/previewpane.h"
#include "gui/rsteditor.h"

using namespace Qt::StringLiterals;
using namespace specwright::gui;

// A large spec must not freeze the window: it loads in slices, is analysed
// beside the window, scrolls and edits. Built twice: tst_largedocument (a
// 5 MB file, in the plain test run) checks what the user sees; tst_largefile
// (50 MB, minutes long, label "bench") also holds the longest pause of the
// event loop to under a second.
constexpr bool measuresPauses = SPECWRIGHT_MEASURE_PAUSES;

class TestLargeFile : public QObject
{
    Q_OBJECT

public:
    // The preview draws as the program makes it draw.
    static void initMain() { PreviewPane::prepareRendering(); }

private:
    // Counts the longest pause between the ticks of a 50 ms timer.
    class Heartbeat
    {
    public:
        Heartbeat()
        {
            m_timer.setInterval(50);
            QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
                m_longest = qMax(m_longest, m_sinceLast.restart());
                ++m_ticks;
            });
            m_sinceLast.start();
            m_timer.start();
        }
        qint64 longestPause() const { return m_longest; }
        int ticks() const { return m_ticks; }

    private:
        QTimer m_timer;
        QElapsedTimer m_sinceLast;
        qint64 m_longest = 0;
        int m_ticks = 0;
    };

    QTemporaryDir m_dir;
    Highlighting m_highlighting;
    QString m_path;

private Q_SLOTS:
    void initTestCase()
    {
        QByteArray text = "==========\nLarge spec\n==========\n\n"_ba;
        int section = 0;
        while (text.size() < SPECWRIGHT_LARGE_FILE_MB * 1024 * 1024) {
            const QByteArray title = "Section " + QByteArray::number(++section);
            text += title + '\n' + QByteArray(title.size(), '-') + "\n\n";
            for (int paragraph = 0; paragraph < 8; ++paragraph)
                text += "Some *emphasised* text with a ``literal`` and a link_ in paragraph "
                    + QByteArray::number(paragraph) + ",\nwrapped over two lines of ordinary prose.\n\n";
            text += "* a list item\n* another item\n\n.. _link: https://example.org/\n\n";
        }
        m_path = m_dir.filePath(u"large.rst"_s);
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(text), text.size());
    }

    void aLargeSpecKeepsTheWindowResponsive()
    {
        MainWindow window(m_highlighting);
        window.show();
        Heartbeat loading;
        QElapsedTimer opening;
        opening.start();
        QVERIFY(window.openFile(m_path));
        qInfo("openFile returned after %lld ms", opening.elapsed());
        QVERIFY(window.documentController()->isLoading());
        QVERIFY(window.editor()->isReadOnly());
        QVERIFY(QTest::qWaitFor([&] { return !window.documentController()->isLoading(); }, 300000));
        qInfo("text in after %lld ms: %d ticks, longest pause %lld ms",
            opening.elapsed(),
            loading.ticks(),
            loading.longestPause());
        if (measuresPauses)
            QVERIFY2(loading.longestPause() < 1000, qPrintable(QString::number(loading.longestPause())));
        QCOMPARE(window.editor()->document()->characterCount() - 1, QFileInfo(m_path).size());
        QVERIFY(!window.editor()->isReadOnly());
        QVERIFY(!window.documentController()->isModified());
        QVERIFY(!window.editor()->hasSyntaxColours());
        QVERIFY(!window.editor()->document()->isUndoAvailable());

        Heartbeat analysing;
        // Analysis runs beside the window; the heart keeps beating.
        QVERIFY(QTest::qWaitFor(
            [&] {
                return window.snapshot()
                    && window.snapshot()->text.size() == std::size_t(window.editor()->document()->characterCount() - 1);
            },
            300000));
        qInfo("analysis in after %lld ms: %d ticks, longest pause %lld ms",
            opening.elapsed(),
            analysing.ticks(),
            analysing.longestPause());
        if (measuresPauses)
            QVERIFY2(analysing.longestPause() < 1000, qPrintable(QString::number(analysing.longestPause())));
        QVERIFY(window.snapshot()->previewPaused);
        QVERIFY(window.preview()->notice().contains(u"paused"_s));
        QVERIFY(window.snapshot()->outline.size() > 100);

        Heartbeat editing;
        QScrollBar *bar = window.editor()->verticalScrollBar();
        for (int step = 1; step <= 10; ++step) {
            bar->setValue(bar->maximum() * step / 10);
            QTest::qWait(20);
        }
        window.editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(window.editor(), u"typed at the end"_s);
        QTest::qWait(1000);
        qInfo("scrolling and typing: longest pause %lld ms", editing.longestPause());
        if (measuresPauses)
            QVERIFY2(editing.longestPause() < 1000, qPrintable(QString::number(editing.longestPause())));
        QVERIFY(window.editor()->toPlainText().endsWith(u"typed at the end"_s));
        QVERIFY(window.documentController()->isModified());
        window.editor()->undo();
        QVERIFY(!window.editor()->toPlainText().endsWith(u"typed at the end"_s));
    }

    void savingWaitsForTheWholeText()
    {
        // A file saved while half of it is loaded would lose the rest.
        MainWindow window(m_highlighting);
        QVERIFY(window.openFile(m_path));
        QVERIFY(window.documentController()->isLoading());
        const Status status = window.documentController()->saveAs(m_dir.filePath(u"copy.rst"_s));
        QVERIFY(!status.ok());
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"copy.rst"_s)));
    }

    void aSmallFileAfterALargeOneHasColoursAgain()
    {
        MainWindow window(m_highlighting);
        QVERIFY(window.openFile(m_path));
        const QString small = m_dir.filePath(u"small.rst"_s);
        QFile file(small);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("=====\nSmall\n=====\n\nText.\n");
        file.close();
        // Opening another file mid-load replaces the load.
        QVERIFY(window.openFile(small));
        QVERIFY(!window.documentController()->isLoading());
        QTest::qWait(50);
        QCOMPARE(window.editor()->toPlainText(), u"=====\nSmall\n=====\n\nText.\n"_s);
        QVERIFY(window.editor()->hasSyntaxColours());
        QVERIFY(!window.editor()->isReadOnly());
    }
};

QTEST_MAIN(TestLargeFile)
#include "tst_largefile.moc"
