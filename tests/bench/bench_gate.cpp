// SPDX-License-Identifier: GPL-3.0-or-later
// How long the specs gate takes on the largest spec of the corpus (the
// editor runs it on every edit): the whole check (parse + rules), the rules
// alone on a given parse and on an editor snapshot, and the reference gate
// (docutils) for the ratio.
// Exits 1 when the whole check is over its 2 ms budget.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "rst/parser.h"
#include "spec/gate.h"
#include "spec/specfile.h"

namespace fs = std::filesystem;
using namespace specwright::spec;

namespace
{

constexpr double budgetMs = 2.0;

fs::path largestSpec(const fs::path &corpus)
{
    fs::path largest;
    std::uintmax_t size = 0;
    std::error_code error;
    for (auto it = fs::recursive_directory_iterator(corpus, error); !error && it != fs::end(it); it.increment(error)) {
        if (it->is_regular_file() && it->path().extension() == ".rst" && it->file_size() > size) {
            size = it->file_size();
            largest = it->path();
        }
    }
    return largest;
}

// The median of runs of fn, in milliseconds.
template <typename Fn> double medianMs(int runs, Fn fn)
{
    std::vector<double> times;
    times.reserve(static_cast<std::size_t>(runs));
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        fn();
        times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::nth_element(times.begin(), times.begin() + runs / 2, times.end());
    return times[static_cast<std::size_t>(runs / 2)];
}

// The reference gate's time per check of file, or a negative value when
// python3 with docutils is not there.
double referenceMs(const fs::path &file, int runs)
{
    const fs::path script = fs::path(SPECWRIGHT_SOURCE_DIR) / "tests/spec/gate_reference.py";
    const std::string command = "python3 -c \"import sys, time; sys.path.insert(0, '" + script.parent_path().string()
        + "'); import gate_reference as g; g.install_shims(); f = '" + file.string()
        + "'; g.check_file(f); t = time.perf_counter(); [g.check_file(f) for _ in range(" + std::to_string(runs)
        + ")]; print((time.perf_counter() - t) * 1000 / " + std::to_string(runs) + ")\" 2>/dev/null";
    FILE *pipe = popen(command.c_str(), "r");
    if (!pipe)
        return -1;
    char buffer[64] = {};
    const bool read = std::fgets(buffer, sizeof buffer, pipe) != nullptr;
    const int status = pclose(pipe);
    return read && status == 0 ? std::stod(buffer) : -1;
}

} // namespace

int main(int argc, char **argv)
{
    const fs::path file = argc > 1 ? fs::path(argv[1]) : largestSpec(fs::path(SPECWRIGHT_SHARED_DIR) / "corpus");
    if (file.empty()) {
        std::cerr << "bench_gate: no spec given and no corpus at " << SPECWRIGHT_SHARED_DIR << "/corpus\n";
        return 2;
    }
    const SpecFile spec = readSpecFile(file);
    if (!spec.ok()) {
        std::cerr << "bench_gate: " << file.string() << ": " << spec.error << '\n';
        return 2;
    }

    Gate gate;
    std::size_t problems = gate.check(spec.text, file).size(); // loads the template once
    const double whole = medianMs(200, [&] { problems = gate.check(spec.text, file).size(); });
    const ParsedSpec parsed = parseWithEngine(spec.text, file);
    const double rules = medianMs(200, [&] { problems = gate.check(spec.text, file, parsed).size(); });
    // The editor's case: the snapshot is parsed already; the gate reads its
    // outline and diagnostics, then runs the rules.
    const auto snapshot = specwright::rst::parse(spec.text, { .sourcePath = file.string() });
    const double onSnapshot
        = medianMs(200, [&] { problems = gate.check(spec.text, file, toParsedSpec(*snapshot)).size(); });
    const double reference = referenceMs(file, 10);

    std::printf("%s: %zu bytes, %zu problems\n", file.string().c_str(), spec.text.size(), problems);
    std::printf("  check (parse + rules) %8.3f ms (budget %.1f ms)\n", whole, budgetMs);
    std::printf("  rules on a given parse %7.3f ms\n", rules);
    std::printf("  on an editor snapshot  %7.3f ms\n", onSnapshot);
    if (reference > 0)
        std::printf(
            "  reference gate (docutils) %6.1f ms: %.0fx the time of specwright\n", reference, reference / whole);
    else
        std::printf("  reference gate (docutils): not available\n");
    return whole <= budgetMs ? 0 : 1;
}
