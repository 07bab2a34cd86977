// SPDX-License-Identifier: GPL-3.0-or-later
// What spell checking costs the editor: rst::scanProse over every line of
// the corpus; putting the largest spec and a 10 MB document into the editor
// with spelling off and on (only the lines in view are checked, so the two
// should be close); turning it on; and checking the lines a page scroll
// brings into view.
// Run on the offscreen platform: QT_QPA_PLATFORM=offscreen bench_spelling
#include <QApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>

#include "gui/highlighting.h"
#include "gui/rsteditor.h"
#include "gui/rsthighlighter.h"
#include "gui/spellchecker.h"
#include "rst/prose.h"

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace specwright;
using namespace Qt::StringLiterals;

namespace
{

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

template <typename Fn> double timeMs(Fn fn)
{
    QElapsedTimer timer;
    timer.start();
    fn();
    return double(timer.nsecsElapsed()) / 1e6;
}

int checkedBlocks(const gui::RstEditor &editor)
{
    int checked = 0;
    for (QTextBlock block = editor.document()->begin(); block.isValid(); block = block.next())
        checked += editor.highlighter()->isChecked(block) ? 1 : 0;
    return checked;
}

// Median time to put text into the editor, spelling off then on.
void measureOpening(gui::RstEditor &editor, const QString &name, const QString &text, int runs)
{
    for (const bool spelling : { false, true }) {
        editor.setSpellCheckingEnabled(spelling);
        std::vector<double> times;
        for (int i = 0; i < runs; ++i) {
            // Not clear() nor an empty text: emptying the document frees
            // cursors it still holds when the editor resets its extra
            // selections on contentsChanged (valgrind; an existing problem
            // of the past-limit tint, not of spell checking).
            editor.setPlainText(u"\n"_s);
            times.push_back(timeMs([&] { editor.setPlainText(text); }));
            QCoreApplication::processEvents();
        }
        std::printf("%-34s spelling %-3s: %9.1f ms", qPrintable(name), spelling ? "on" : "off", median(times));
        if (spelling)
            std::printf("  (%d of %d blocks spell-checked)", checkedBlocks(editor), editor.blockCount());
        std::printf("\n");
    }
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QString corpus = QStringLiteral(SPECWRIGHT_SHARED_DIR "/corpus");

    // 1. The prose scanner over every line of the corpus.
    std::vector<std::string> lines;
    QString largest;
    qint64 largestSize = 0;
    for (QDirIterator it(corpus, { u"*.rst"_s }, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        if (bytes.size() > largestSize) {
            largestSize = bytes.size();
            largest = file.fileName();
        }
        for (const QByteArray &line : bytes.split('\n'))
            lines.emplace_back(line.constData(), std::size_t(line.size()));
    }
    if (lines.empty()) {
        std::fprintf(stderr, "bench_spelling: no specs under %s\n", qPrintable(corpus));
        return 2;
    }
    std::vector<double> scans;
    std::size_t words = 0;
    for (int run = 0; run < 5; ++run) {
        words = 0;
        scans.push_back(timeMs([&] {
            rst::ProseContext context;
            for (const std::string &line : lines) {
                const rst::ProseLine scanned = rst::scanProse(line, context);
                words += scanned.words.size();
                context = scanned.next;
            }
        }));
    }
    const double scanMs = median(scans);
    std::printf("scanProse over the corpus: %zu lines, %zu words to check, %.1f ms (%.0f ns a line)\n",
        lines.size(),
        words,
        scanMs,
        scanMs * 1e6 / double(lines.size()));

    // 2. The editor, as the application sets it up.
    gui::Highlighting highlighting;
    gui::RstEditor editor;
    editor.resize(1000, 800);
    editor.setDefinition(highlighting.rstDefinition());
    editor.setTheme(highlighting.themeFor(editor.palette()));
    editor.setSpellingLanguage(u"en_US"_s);
    editor.show();
    if (!QTest::qWaitForWindowExposed(&editor))
        return 2;
    QFile file(largest);
    if (!file.open(QIODevice::ReadOnly))
        return 2;
    const QString spec = QString::fromUtf8(file.readAll());
    // What the program pays once at start: Sonnet, its plugins and the
    // dictionary loaded, and the first page checked with no word known yet.
    editor.setPlainText(spec);
    QCoreApplication::processEvents();
    std::printf("turning spelling on with it open (Sonnet and dictionary loaded, the page in view checked): %.1f ms\n",
        timeMs([&] { editor.setSpellCheckingEnabled(true); }));
    if (!editor.spellChecker()->isAvailable()) {
        std::fprintf(stderr, "bench_spelling: no en_US dictionary\n");
        return 2;
    }
    measureOpening(editor, QFileInfo(largest).fileName(), spec, 7);

    // 3. Each page of the largest spec as it scrolls into view: highlighting
    // again with and without the spell check, the difference is its cost.
    editor.setPlainText(spec);
    QScrollBar *bar = editor.verticalScrollBar();
    std::vector<double> with;
    std::vector<double> without;
    for (int value = 0; value <= bar->maximum(); value += std::max(1, bar->pageStep())) {
        bar->setValue(value);
        QCoreApplication::processEvents();
        editor.setSpellCheckingEnabled(false);
        without.push_back(timeMs([&] { editor.highlighter()->invalidateSpelling(); }));
        editor.setSpellCheckingEnabled(true);
        with.push_back(timeMs([&] { editor.highlighter()->invalidateSpelling(); }));
    }
    std::printf("a page of it highlighted again: %.2f ms with the spell check, %.2f ms without (median of %zu pages)\n",
        median(with),
        median(without),
        with.size());

    // 4. About 10 MB: the largest spec repeated.
    QString big;
    while (big.size() < 10 * 1024 * 1024)
        big += spec;
    measureOpening(editor, u"10 MB (the same, repeated)"_s, big, 3);
    return 0;
}
