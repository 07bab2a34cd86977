// SPDX-License-Identifier: GPL-3.0-or-later
// bench_workspace [FILE...]: what a writer feels. For each file, the time
// from a keystroke in the editor until the preview's DOM holds it (median
// and 95th percentile) and the time to refresh the outline; then the time
// from process start to the window painted with the sample spec and its
// preview, and the resident memory with the largest file open. Without
// files: the ceilometer template, the corpus's largest spec and a spec of
// 2,000 lines or more made at run time from the largest ones. Last, the
// floor under that memory: an empty web view in a window, drawn the same way.
#include <QApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QWebEngineView>
#include <algorithm>
#include <cstdio>
#include <vector>

#include "gui/documentanalyzer.h"
#include "gui/documentscheme.h"
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

// Runs the event loop until the preview shows the editor's current text and
// returns the reading of `clock` at the moment the page reported it (-1 on
// timeout): woken by the preview's own signal, so the time is neither
// rounded up to a polling interval nor stretched by whatever the event loop
// does before it returns.
qint64 waitForPreview(MainWindow &window, const QElapsedTimer &clock, int timeoutMs = 30000)
{
    if (window.isPreviewCurrent())
        return clock.nsecsElapsed();
    qint64 reached = -1;
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    QObject::connect(window.previewController(), &PreviewController::updated, &loop, [&] {
        if (window.isPreviewCurrent()) {
            reached = clock.nsecsElapsed();
            loop.quit();
        }
    });
    loop.exec();
    return reached;
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
    QElapsedTimer opening;
    opening.start();
    if (!window.openFile(path) || waitForPreview(window, opening) < 0) {
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
        const qint64 shown = waitForPreview(window, timer);
        if (shown < 0)
            break;
        latencies.push_back(double(shown) / 1e6);
        QElapsedTimer outlineTimer;
        outlineTimer.start();
        window.outlinePanel()->setSnapshot(window.snapshot());
        outline.push_back(double(outlineTimer.nsecsElapsed()) / 1e6);
    }
    std::printf("latency %s median_ms=%.2f p95_ms=%.2f outline_ms=%.3f lines=%d\n",
        qPrintable(path),
        percentile(latencies, 0.5),
        percentile(latencies, 0.95),
        percentile(outline, 0.5),
        editor->document()->blockCount());
    std::fflush(stdout);
    window.documentController();
    editor->document()->setModified(false);
}

// Starts the program and waits for it to say its window and preview are up.
struct StartupFigures {
    double milliseconds = -1;
    double residentMegabytes = -1;
    // The preview's own process, where it has one.
    double previewMegabytes = 0;
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
            figures.residentMegabytes = line.section(u" rss_kb="_s, 1).section(u' ', 0, 0).toDouble() / 1024.0;
            figures.previewMegabytes = line.section(u"preview_rss_kb="_s, 1).toDouble() / 1024.0;
            break;
        }
    }
    process.waitForFinished(10000);
    return figures;
}

int lineCount(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return int(file.readAll().count('\n'));
}

// The corpus specs, largest first.
QStringList corpusSpecsBySize()
{
    std::vector<QFileInfo> specs;
    QDirIterator it(
        QStringLiteral(SPECWRIGHT_SHARED_DIR "/corpus"), { u"*.rst"_s }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFileInfo info(it.next());
        if (!info.fileName().endsWith(u"template.rst"_s))
            specs.push_back(std::move(info));
    }
    std::stable_sort(
        specs.begin(), specs.end(), [](const QFileInfo &a, const QFileInfo &b) { return a.size() > b.size(); });
    QStringList paths;
    for (const QFileInfo &info : specs)
        paths.append(info.filePath());
    return paths;
}

// The folder in the corpus that holds a spec's release templates
// (".../specs"), or "" when the spec is not under one.
QString specsFolderOf(const QString &path)
{
    QDir folder = QFileInfo(path).dir();
    while (folder.dirName() != u"specs"_s) {
        if (!folder.cdUp())
            return QString();
    }
    return folder.path();
}

// The corpus has no spec of 2,000 lines, so the largest specs are put one
// after the other under a new document title, which demotes each spec's
// title to a section (they all adorn titles in the same order, so their
// levels stay consistent), until the text has at least `minimumLines`. The
// file goes where a spec of the same release would be, beside a copy of its
// template, so the gate checks it as it would check a real spec.
QString writeCombinedSpec(const QTemporaryDir &folder, int minimumLines, QStringList &parts)
{
    const QStringList specs = corpusSpecsBySize();
    if (specs.isEmpty())
        return QString();
    const QString release = QFileInfo(specs.first()).dir().path().section(u'/', -2, -2);
    const QString templateFile = specsFolderOf(specs.first()) + u'/' + release + u"-template.rst"_s;
    const QString target = folder.filePath(u"specs/"_s + release + u"/approved/combined-corpus-specs.rst"_s);
    QDir().mkpath(QFileInfo(target).path());
    if (QFileInfo::exists(templateFile))
        QFile::copy(templateFile, folder.filePath(u"specs/"_s + release + u"-template.rst"_s));

    const QByteArray title = "Largest corpus specs, one after the other";
    const QByteArray rule(title.size(), '#');
    QByteArray text = rule + '\n' + title + '\n' + rule + '\n';
    int lines = 3;
    for (const QString &spec : specs) {
        if (lines >= minimumLines)
            break;
        QFile file(spec);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QByteArray body = file.readAll();
        if (!body.endsWith('\n'))
            body += '\n';
        text += '\n' + body;
        lines += 1 + int(body.count('\n'));
        parts.append(QFileInfo(spec).fileName());
    }
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size() || !out.flush())
        return QString();
    return target;
}

// Resident memory of this process in kB, from /proc (0 where unknown).
long residentKilobytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return 0;
}

// The floor under the editor's memory: an empty web view in a window the
// size of the editor's, drawn the way the preview draws, in a process of its
// own. Prints "floor rss_kb=N" once its page has loaded.
int runFloor()
{
    QWebEngineView view;
    view.resize(1400, 860);
    view.show();
    QObject::connect(&view, &QWebEngineView::loadFinished, &view, [] {
        std::printf("floor rss_kb=%ld\n", residentKilobytes());
        std::fflush(stdout);
        QCoreApplication::exit(0);
    });
    view.setHtml(u"<p>floor</p>"_s);
    return QApplication::exec();
}

double floorMegabytes()
{
    QProcess process;
    process.start(QCoreApplication::applicationFilePath(), { u"--floor"_s });
    double megabytes = -1;
    while (process.waitForReadyRead(60000)) {
        const QString line = QString::fromUtf8(process.readLine()).trimmed();
        if (line.startsWith(u"floor "_s)) {
            megabytes = line.section(u"rss_kb="_s, 1).toDouble() / 1024.0;
            break;
        }
    }
    process.waitForFinished(10000);
    return megabytes;
}

} // namespace

int main(int argc, char **argv)
{
    // As the program's own main() does.
    PreviewPane::prepareRendering();
    registerDocumentScheme();
    QApplication app(argc, argv);
    QStringList files = app.arguments().mid(1);
    if (files == QStringList { u"--floor"_s })
        return runFloor();
    // Without arguments: the ceilometer template, the corpus's largest spec
    // and a spec of 2,000 lines or more made from the largest ones.
    QTemporaryDir scratch;
    if (files.isEmpty()) {
        files.append(QStringLiteral(SPECWRIGHT_SHARED_DIR "/corpus/ceilometer-specs/specs/template.rst"));
        const QStringList specs = corpusSpecsBySize();
        if (!specs.isEmpty())
            files.append(specs.first());
        QStringList parts;
        if (const QString combined = writeCombinedSpec(scratch, 2000, parts); !combined.isEmpty()) {
            std::printf("# %s: %d lines, the corpus specs %s under one title\n",
                qPrintable(combined),
                lineCount(combined),
                qPrintable(parts.join(u" + "_s)));
            files.append(combined);
        }
    }
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
    std::printf("startup startup_ms=%.0f rss_mb=%.1f preview_process_mb=%.1f (largest file: %s; the preview's "
                "process is 0 when the page runs in the editor's)\n",
        percentile(startups, 0.5),
        withLargest.residentMegabytes,
        withLargest.previewMegabytes,
        qPrintable(QFileInfo(largest).fileName()));
    std::printf("floor rss_mb=%.1f (an empty web view in a window, drawn like the preview)\n", floorMegabytes());
    return 0;
}
