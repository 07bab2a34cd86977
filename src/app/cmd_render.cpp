// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <ostream>
#include <sstream>
#include <system_error>

#include "app/stylesheet.h"
#include "rst/htmlwriter.h"
#include "rst/parser.h"

namespace specwright::app
{

namespace
{

namespace fs = std::filesystem;

// The file's text, or the reason it cannot be rendered.
struct Source {
    std::string text;
    std::string problem;
};

Source readSource(const fs::path &path)
{
    std::error_code error;
    if (fs::is_directory(path, error))
        return { {}, "is a folder, not a file" };
    std::ifstream file(path, std::ios::binary);
    if (!file)
        return { {}, "cannot be read" };
    std::ostringstream buffer;
    buffer << file.rdbuf();
    if (file.bad())
        return { {}, "cannot be read" };
    std::string text = std::move(buffer).str();
    // NUL bytes never occur in text; such a file is binary, not a spec.
    if (text.find('\0') != std::string::npos)
        return { {}, "is a binary file, not reStructuredText" };
    return { std::move(text), {} };
}

std::string renderPage(const std::string &text, const std::string &path)
{
    rst::ParseOptions parseOptions;
    parseOptions.sourcePath = path;
    const auto document = rst::parse(text, parseOptions);
    rst::HtmlOptions htmlOptions;
    htmlOptions.stylesheet = pageStylesheet;
    return rst::writeHtmlPage(*document, htmlOptions);
}

// Writes beside the target first and renames, so a failed write never
// leaves half a page in place of a good one.
std::optional<std::string> writeFile(const fs::path &target, const std::string &html)
{
    fs::path partial = target;
    partial += ".part";
    {
        std::ofstream file(partial, std::ios::binary | std::ios::trunc);
        if (!file)
            return "cannot be written";
        file.write(html.data(), static_cast<std::streamsize>(html.size()));
        file.flush();
        if (!file) {
            std::error_code ignored;
            fs::remove(partial, ignored);
            return "cannot be written";
        }
    }
    std::error_code error;
    fs::rename(partial, target, error);
    if (error) {
        fs::remove(partial, error);
        return "cannot be written";
    }
    return std::nullopt;
}

} // namespace

int runRender(const Arguments &args, std::ostream &out, std::ostream &err)
{
    std::vector<std::string> inputs;
    std::optional<std::string> output;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &arg = args[i];
        if (arg == "-o" || arg == "--output") {
            if (i + 1 >= args.size()) {
                err << "specwright render: " << arg << " needs a file or folder\n" << usage();
                return 2;
            }
            output = args[++i];
        } else if (arg.starts_with("--output=")) {
            output = arg.substr(9);
        } else if (arg.size() > 1 && arg[0] == '-') {
            err << "specwright render: unknown option " << arg << "\n" << usage();
            return 2;
        } else {
            inputs.push_back(arg);
        }
    }
    if (inputs.empty()) {
        err << "specwright render: missing FILE\n" << usage();
        return 2;
    }
    if (output && output->empty()) {
        err << "specwright render: -o needs a file or folder\n";
        return 2;
    }

    // One input: OUT is the page (stdout without -o). Several: OUT is a
    // folder, made if missing; without -o each page goes beside its input.
    const bool toFolder = inputs.size() > 1 && output;
    if (toFolder) {
        std::error_code error;
        fs::create_directories(*output, error);
        if (error || !fs::is_directory(*output)) {
            err << "specwright render: cannot create the folder " << *output << "\n";
            return 2;
        }
    }

    int status = 0;
    std::map<fs::path, std::string> written; // page -> the input it came from
    for (const std::string &input : inputs) {
        const Source source = readSource(input);
        if (!source.problem.empty()) {
            err << "specwright render: " << input << " " << source.problem << "\n";
            status = 2;
            continue;
        }
        const std::string html = renderPage(source.text, input);
        if (inputs.size() == 1 && !output) {
            out << html;
            out.flush();
            if (!out) {
                err << "specwright render: cannot write the page\n";
                return 2;
            }
            continue;
        }
        fs::path target;
        if (inputs.size() == 1)
            target = *output;
        else if (toFolder)
            target = fs::path(*output) / fs::path(input).filename().replace_extension(".html");
        else
            target = fs::path(input).replace_extension(".html");
        // Two inputs of the same name must not overwrite each other's page.
        const auto [previous, inserted] = written.emplace(fs::weakly_canonical(target), input);
        if (!inserted) {
            err << "specwright render: " << input << " and " << previous->second << " would both write "
                << target.string() << "; render them into different folders\n";
            status = 2;
            continue;
        }
        if (const auto problem = writeFile(target, html)) {
            err << "specwright render: " << target.string() << " " << *problem << "\n";
            status = 2;
        }
    }
    return status;
}

} // namespace specwright::app
