// SPDX-License-Identifier: GPL-3.0-or-later
// bench_workspace [FILE...]: what a writer feels. For each file, the time
// from a keystroke in the editor until the preview's DOM holds it (median
// and 95th percentile) and the time to refresh the outline; then the time
// from process start to the window painted with the sample spec and its
// preview, and the resident memory with the largest file open.
#include <QApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QProcess>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

#include "gui/documentanalyzer.h"
#include "gui/highlighting.h"
#include "gui/mainwindow.h"
#include "gui/outlinepanel.h"
#include "gui/previewcontroller.h"
#include "gui/previewpane.h"
#include "gui/rsteditor.h"

using namespace Qt::StringLiterals;
using namespace specwright::gui;

namespace
{

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = std::size_t(p * double(values.size() - 1) + 0.5);
    return values[std::min(index, values.size() - 1)];
}

// Runs the event loop until the preview shows the editor's current text:
// woken by the preview's own signal, so the time measured is not rounded up
// to a polling interval.
bool waitForPreview(MainWindow &window, int timeoutMs = 30000)
{
    if (window.isPreviewCurrent())
        return true;
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    QObject::connect(window.previewController(), &PreviewController::updated, &loop, [&] {
        if (window.isPreviewCurrent())
            loop.quit();
    });
    loop.exec();
    return window.isPreviewCurrent();
}

// The first line of prose (not a title, list, literal block or directive),
// where typing lands in a paragraph.
int proseLine(QTextDocument *document)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        if (text.size() > 30 && text.at(0).isLetter() && !text.endsWith(u"::"_s) && block.next().isValid()
            && !block.next().text().startsWith(u'='))
            return block.blockNumber();
    }
    return 0;
}

void measureLatency(Highlighting &highlighting, const QString &path, int keystrokes)
{
    MainWindow window(highlighting);
    window.show();
    if (!window.openFile(path) || !waitForPreview(window)) {
        std::printf("latency %s failed to open or render\n", qPrintable(path));
        return;
    }
    RstEditor *editor = window.editor();
    QTextCursor cursor(editor->document()->findBlockByNumber(proseLine(editor->document())));
    cursor.movePosition(QTextCursor::EndOfBlock);
    editor->setTextCursor(cursor);

    std::vector<double> latencies;
    std::vector<double> outline;
    for (int i = 0; i < keystrokes; ++i) {
        QElapsedTimer timer;
        timer.start();
        QTest::keyClick(editor, Qt::Key(Qt::Key_A + i % 26), Qt::NoModifier);
        if (!waitForPreview(window))
            break;
        latencies.push_back(double(timer.nsecsElapsed()) / 1e6);
        QElapsedTimer outlineTimer;
        outlineTimer.start();
        window.outlinePanel()->setSnapshot(window.snapshot());
        outline.push_back(double(outlineTimer.nsecsElapsed()) / 1e6);
    }
    std::printf("latency %s lines=%d median_ms=%.2f p95_ms=%.2f outline_ms=%.3f\n",
        qPrintable(QFileInfo(path).fileName()),
        editor->document()->blockCount(),
        percentile(latencies, 0.5),
        percentile(latencies, 0.95),
        percentile(outline, 0.5));
    std::fflush(stdout);
    window.documentController();
    editor->document()->setModified(false);
}

// Starts the program and waits for it to say its window and preview are up.
struct StartupFigures {
    double milliseconds = -1;
    double residentMegabytes = -1;
};

StartupFigures measureStartup(const QString &file)
{
    QProcess process;
    QStringList arguments { u"--report-ready"_s };
    if (!file.isEmpty())
        arguments.append(file);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(SPECWRIGHT_BIN_DIR "/specwright"), arguments);
    StartupFigures figures;
    while (process.waitForReadyRead(60000)) {
        const QString line = QString::fromUtf8(process.readLine()).trimmed();
        if (line.startsWith(u"ready "_s)) {
            figures.milliseconds = double(timer.nsecsElapsed()) / 1e6;
            figures.residentMegabytes = line.section(u"rss_kb="_s, 1).toDouble() / 1024.0;
            break;
        }
    }
    process.waitForFinished(10000);
    return figures;
}

QStringList defaultFiles()
{
    QStringList files { QStringLiteral(SPECWRIGHT_SHARED_DIR "/corpus/ceilometer-specs/specs/template.rst") };
    // The largest spec of the corpus.
    QString largest;
    qint64 largestSize = 0;
    QDirIterator it(
        QStringLiteral(SPECWRIGHT_SHARED_DIR "/corpus"), { u"*.rst"_s }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        if (info.size() > largestSize) {
            largestSize = info.size();
            largest = info.filePath();
        }
    }
    if (!largest.isEmpty())
        files.append(largest);
    return files;
}

} // namespace

int main(int argc, char **argv)
{
    PreviewPane::prepareRendering();
    QApplication app(argc, argv);
    QStringList files = app.arguments().mid(1);
    if (files.isEmpty())
        files = defaultFiles();
    Highlighting highlighting;
    QString largest;
    qint64 largestSize = -1;
    for (const QString &file : files) {
        measureLatency(highlighting, file, 60);
        if (QFileInfo(file).size() > largestSize) {
            largestSize = QFileInfo(file).size();
            largest = file;
        }
    }
    std::vector<double> startups;
    for (int i = 0; i < 5; ++i)
        startups.push_back(measureStartup(QString()).milliseconds);
    const StartupFigures withLargest = measureStartup(largest);
    std::printf("startup startup_ms=%.0f rss_mb=%.1f (largest file: %s)\n",
        percentile(startups, 0.5),
        withLargest.residentMegabytes,
        qPrintable(QFileInfo(largest).fileName()));
    return 0;
}
