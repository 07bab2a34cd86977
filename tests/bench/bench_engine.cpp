// SPDX-License-Identifier: GPL-3.0-or-later
// The engine's speed: parse + HTML over the corpus against docutils in the
// same run, then how the time grows with the size of a document.
//
//   bench_engine [--repeat N] [--no-docutils] [--no-linearity] [FILES...]
//
// Without FILES: every .rst under SPECWRIGHT_SHARED_DIR/corpus. Prints the
// figures; asserts nothing (timings depend on the machine). The engine's
// corpus time is the best of N passes before docutils runs and N after it.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <sys/resource.h>

#include "rst/htmlwriter.h"
#include "rst/parser.h"

namespace
{

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

struct Input {
    std::string path;
    std::string text;
};

// Wall time and this process's CPU time. On a machine shared with other
// work the wall time grows with the load; the CPU time hardly does, so both
// are printed and the ratio uses CPU time.
struct Timing {
    double wall = 0; // ms
    double cpu = 0; // ms
};

double cpuMilliseconds()
{
    return 1000.0 * static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
}

// The best of `repeat` runs of work: the least disturbed by whatever else
// the machine does.
Timing bestOf(int repeat, const std::function<void()> &work)
{
    Timing best;
    for (int i = 0; i < repeat; ++i) {
        const auto start = Clock::now();
        const double cpuStart = cpuMilliseconds();
        work();
        const double wall = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
        const double cpu = cpuMilliseconds() - cpuStart;
        best.wall = i == 0 ? wall : std::min(best.wall, wall);
        best.cpu = i == 0 ? cpu : std::min(best.cpu, cpu);
    }
    return best;
}

// What the preview and `render` do with a text: parse, then write HTML.
std::size_t parseAndWrite(const std::string &text, const std::string &path)
{
    specwright::rst::ParseOptions options;
    options.sourcePath = path;
    const auto document = specwright::rst::parse(text, options);
    return specwright::rst::writeHtmlPage(*document).size();
}

std::string shellQuoted(const std::string &text)
{
    std::string quoted = "'";
    for (char c : text)
        quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

// docutils' own total for the same files as rst_reference.py measures it
// (wall time of parse + HTML5, file reading excluded), and the CPU time of
// its processes (Python's start-up and file reading included, a second or
// so against docutils' tens), or negative values when it cannot be run.
Timing docutilsTiming(const std::vector<Input> &inputs)
{
    const std::string script = SPECWRIGHT_SHARED_DIR "/conformance/rst_reference.py";
    if (!fs::exists(script)) {
        std::cerr << "bench_engine: " << script << " not found; docutils not measured\n";
        return { -1, -1 };
    }
    // The file list goes through a file: 900 paths are too many for some
    // shells' command lines.
    const fs::path list = fs::temp_directory_path() / "bench_engine_files.txt";
    {
        std::ofstream out(list);
        for (const Input &input : inputs)
            out << input.path << '\n';
    }
    const std::string command
        = "xargs -d '\\n' python3 " + shellQuoted(script) + " time < " + shellQuoted(list.string()) + " 2>&1";
    rusage before {};
    getrusage(RUSAGE_CHILDREN, &before);
    FILE *pipe = popen(command.c_str(), "r");
    if (!pipe)
        return { -1, -1 };
    std::string output;
    char buffer[512];
    while (std::fgets(buffer, sizeof buffer, pipe))
        output += buffer;
    const int status = pclose(pipe);
    rusage after {};
    getrusage(RUSAGE_CHILDREN, &after);
    fs::remove(list);
    auto milliseconds = [](const timeval &t) {
        return 1000.0 * static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1000.0;
    };
    const double cpu = milliseconds(after.ru_utime) + milliseconds(after.ru_stime) - milliseconds(before.ru_utime)
        - milliseconds(before.ru_stime);
    // "docutils 0.21.2: 923 files, 12345.6 ms parse+html in total"
    const std::size_t files = output.find(" files, ");
    const std::size_t ms = output.find(" ms parse+html");
    if (status != 0 || files == std::string::npos || ms == std::string::npos) {
        std::cerr << "bench_engine: docutils did not run:\n" << output;
        return { -1, -1 };
    }
    return { std::stod(output.substr(files + 8, ms - files - 8)), cpu };
}

// A spec-like chunk with the constructs specs use, numbered so that section
// names and targets stay unique.
std::string mixedChunk(std::size_t n)
{
    const std::string id = std::to_string(n);
    const std::string title = "Section " + id;
    const std::string subtitle = "Subsection " + id;
    std::string text;
    text += title + "\n" + std::string(title.size(), '=') + "\n\n";
    text += "Paragraph with *emphasis*, **strong**, ``literal --text``, a link to\n"
            "`OpenStack <https://www.openstack.org/>`_ and a reference to target-"
        + id
        + "_.\n"
          "It wraps over several lines to look like prose in a real specification,\n"
          "with enough words per line to be realistic about inline scanning costs.\n\n"
          "* Bullet item one with ``code``\n"
          "* Bullet item two that is longer and\n"
          "  continues on a second line\n\n"
          "  * Nested item\n\n"
          "#. First\n"
          "#. Second\n\n"
          ".. _target-"
        + id + ":\n\n";
    text += subtitle + "\n" + std::string(subtitle.size(), '-') + "\n\n";
    text += "A diagram::\n\n"
            "    +--------+      +--------+\n"
            "    |  API   |----->|   DB   |\n"
            "    +--------+      +--------+\n\n"
            ".. note:: A note with ``inline literal`` and text that\n"
            "   continues on the next line.\n\n"
            "=====  =====\n"
            "A      B\n"
            "=====  =====\n"
            "1      2\n"
            "3      4\n"
            "=====  =====\n\n"
            ":Field: value\n"
            ":Other: value with *markup*\n\n"
            "term\n"
            "    Definition text with a footnote [#]_.\n\n"
            ".. [#] The footnote.\n\n";
    return text;
}

std::string mixedDocument(std::size_t bytes)
{
    std::string text;
    for (std::size_t n = 1; text.size() < bytes; ++n)
        text += mixedChunk(n);
    return text;
}

// Block quotes nested `depth` deep (each paragraph indented one step more),
// repeated until the size is reached.
std::string nestedQuotes(std::size_t bytes, int depth)
{
    std::string text;
    while (text.size() < bytes) {
        for (int level = 0; level < depth; ++level)
            text += std::string(static_cast<std::size_t>(level) * 2, ' ') + "Quoted paragraph at this level.\n\n";
        text += "Back at the top.\n\n";
    }
    return text;
}

// Bullet lists nested `depth` deep, repeated until the size is reached.
std::string nestedLists(std::size_t bytes, int depth)
{
    std::string text;
    while (text.size() < bytes) {
        for (int level = 0; level < depth; ++level)
            text += std::string(static_cast<std::size_t>(level) * 2, ' ') + "* item at this level\n\n";
        text += "Back at the top.\n\n";
    }
    return text;
}

// One paragraph full of inline markup, wrapped at 72 columns.
std::string longInlineRun(std::size_t bytes)
{
    static const char *pieces[] = { "word ", "*emphasis* ", "**strong** ", "``literal`` ", "`title ref` ", "plain " };
    std::string text;
    std::size_t column = 0;
    for (std::size_t i = 0; text.size() < bytes; ++i) {
        const std::string piece = pieces[i % 6];
        if (column + piece.size() > 72) {
            text += '\n';
            column = 0;
        }
        text += piece;
        column += piece.size();
    }
    return text + "\n";
}

// The same inline markup on a single line.
std::string singleLine(std::size_t bytes)
{
    std::string text;
    while (text.size() < bytes)
        text += "word *emphasis* ``literal`` plain ";
    return text + "\n";
}

void timeSizes(const char *label,
    const std::function<std::string(std::size_t)> &generate,
    const std::vector<double> &megabytes,
    int repeat)
{
    std::printf("%s\n", label);
    for (double mb : megabytes) {
        const std::string text = generate(static_cast<std::size_t>(mb * 1024 * 1024));
        const double size = static_cast<double>(text.size()) / (1024.0 * 1024.0);
        std::size_t html = 0;
        const Timing time = bestOf(repeat, [&] { html = parseAndWrite(text, "generated.rst"); });
        std::printf("  %6.2f MB  %9.1f ms cpu  %8.1f ms/MB  (wall %.1f ms, %zu bytes of HTML)\n",
            size,
            time.cpu,
            time.cpu / size,
            time.wall,
            html);
        std::fflush(stdout);
    }
}

} // namespace

int main(int argc, char **argv)
{
    int repeat = 3;
    bool withDocutils = true;
    bool withLinearity = true;
    std::vector<std::string> paths;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--repeat" && i + 1 < argc) {
            repeat = std::max(1, std::atoi(argv[++i]));
        } else if (arg == "--no-docutils") {
            withDocutils = false;
        } else if (arg == "--no-linearity") {
            withLinearity = false;
        } else if (arg == "--help" || arg == "-h") {
            std::cout << "Usage: bench_engine [--repeat N] [--no-docutils] [--no-linearity] [FILES...]\n";
            return 0;
        } else {
            paths.push_back(arg);
        }
    }
    if (paths.empty()) {
        const fs::path corpus = SPECWRIGHT_SHARED_DIR "/corpus";
        std::error_code error;
        for (auto it = fs::recursive_directory_iterator(corpus, error);
             !error && it != fs::recursive_directory_iterator();
             it.increment(error))
            if (it->is_regular_file() && it->path().extension() == ".rst")
                paths.push_back(it->path().string());
        if (paths.empty()) {
            std::cerr << "bench_engine: no .rst files under " << corpus.string() << "\n";
            return 2;
        }
        std::sort(paths.begin(), paths.end());
    }

    std::vector<Input> inputs;
    std::size_t bytes = 0;
    for (const std::string &path : paths) {
        std::ifstream file(path, std::ios::binary);
        std::ostringstream text;
        text << file.rdbuf();
        if (!file) {
            std::cerr << "bench_engine: cannot read " << path << "\n";
            return 2;
        }
        inputs.push_back({ path, std::move(text).str() });
        bytes += inputs.back().text.size();
    }

    std::printf(
        "corpus: %zu files, %.2f MB, best of %d\n", inputs.size(), static_cast<double>(bytes) / 1048576.0, repeat);
    std::size_t html = 0;
    auto corpusPass = [&] {
        html = 0;
        for (const Input &input : inputs)
            html += parseAndWrite(input.text, input.path);
    };
    Timing engine = bestOf(repeat, corpusPass);
    std::printf("engine %.1f ms cpu, %.1f ms wall (parse+html, %zu bytes of HTML)\n", engine.cpu, engine.wall, html);
    // Where the time goes: the parse alone, and the writer over parsed trees.
    std::vector<std::shared_ptr<const specwright::rst::Document>> documents(inputs.size());
    const Timing parseOnly = bestOf(repeat, [&] {
        for (std::size_t i = 0; i < inputs.size(); ++i) {
            specwright::rst::ParseOptions options;
            options.sourcePath = inputs[i].path;
            documents[i] = specwright::rst::parse(inputs[i].text, options);
        }
    });
    const Timing writeOnly = bestOf(repeat, [&] {
        for (const auto &document : documents)
            html += specwright::rst::writeHtmlPage(*document).size();
    });
    std::printf("  of which parse %.1f ms cpu, HTML %.1f ms cpu\n", parseOnly.cpu, writeOnly.cpu);
    std::fflush(stdout);
    if (withDocutils) {
        const Timing docutils = docutilsTiming(inputs);
        if (docutils.wall > 0) {
            std::printf(
                "docutils %.1f ms wall (its own figure), %.1f ms cpu (its processes)\n", docutils.wall, docutils.cpu);
            // docutils' figure spreads over its whole run, the engine's over
            // a fraction of a second: the engine is timed again after
            // docutils, so that one slow spell of the machine does not
            // decide its side of the ratio alone. The best of both rounds
            // counts.
            const Timing again = bestOf(repeat, corpusPass);
            std::printf("engine again after docutils: %.1f ms cpu, %.1f ms wall\n", again.cpu, again.wall);
            engine.cpu = std::min(engine.cpu, again.cpu);
            engine.wall = std::min(engine.wall, again.wall);
            std::printf("engine %.1f ms, docutils %.1f ms, ratio %.1fx (cpu; wall ratio %.1fx)\n",
                engine.cpu,
                docutils.cpu,
                docutils.cpu / engine.cpu,
                docutils.wall / engine.wall);
        }
    }

    if (!withLinearity)
        return 0;
    std::printf("\nlinearity: time per MB should stay flat as documents grow\n");
    timeSizes("mixed constructs (goal: 10 MB within 1 s)", mixedDocument, { 1, 2.5, 5, 10 }, repeat);
    timeSizes(
        "block quotes nested 50 deep", [](std::size_t n) { return nestedQuotes(n, 50); }, { 0.5, 1, 2 }, repeat);
    timeSizes(
        "bullet lists nested 50 deep", [](std::size_t n) { return nestedLists(n, 50); }, { 0.5, 1, 2 }, repeat);
    timeSizes("one paragraph of inline markup", longInlineRun, { 0.25, 0.5, 1, 2 }, repeat);
    timeSizes("inline markup on a single line", singleLine, { 0.25, 0.5, 1 }, repeat);
    // Single lines that make a naive scanner look ahead to the end of the
    // line again and again: start-strings that never close, and the like.
    for (const char *unit : { "*a ", "a-", "`a ", "a:b " }) {
        const std::string pattern(unit);
        const std::string title = "one line of \"" + pattern + "\" repeated";
        timeSizes(
            title.c_str(),
            [pattern](std::size_t bytes) {
                std::string line;
                line.reserve(bytes + 1);
                while (line.size() < bytes)
                    line += pattern;
                return line + "\n";
            },
            { 0.05, 0.1, 0.2 },
            repeat);
    }
    // Words without a space between them before one far '_': the scan for
    // reference names must not look back over the line for every word.
    timeSizes(
        "one line of \"a(\" ending in a reference name",
        [](std::size_t bytes) {
            std::string line;
            line.reserve(bytes + 3);
            while (line.size() < bytes)
                line += "a(";
            return line + "b_\n";
        },
        { 0.05, 0.1, 0.2 },
        repeat);
    return 0;
}
