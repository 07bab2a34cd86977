// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli.h"

#include <filesystem>
#include <fstream>
#include <ostream>
#include <sstream>

#include "rst/parser.h"
#include "rst/pseudoxml.h"

namespace specwright::app
{

int runDoctree(const Arguments &args, std::ostream &out, std::ostream &err)
{
    bool transforms = true;
    std::string path;
    for (const auto &arg : args) {
        if (arg == "--no-transforms") {
            transforms = false;
        } else if (!arg.empty() && arg[0] == '-' && arg != "-") {
            err << "specwright doctree: unknown option " << arg << "\n" << usage();
            return 2;
        } else if (path.empty()) {
            path = arg;
        } else {
            err << "specwright doctree: one FILE only\n" << usage();
            return 2;
        }
    }
    if (path.empty()) {
        err << "specwright doctree: missing FILE\n" << usage();
        return 2;
    }
    std::error_code error;
    std::ifstream file(path, std::ios::binary);
    if (!file || std::filesystem::is_directory(path, error)) {
        err << "specwright doctree: cannot read " << path << "\n";
        return 2;
    }
    std::ostringstream buffer;
    buffer << file.rdbuf();
    if (file.bad()) {
        err << "specwright doctree: cannot read " << path << "\n";
        return 2;
    }
    const std::string text = std::move(buffer).str();
    // NUL bytes never occur in text; such a file is binary, not a spec.
    if (text.find('\0') != std::string::npos) {
        err << "specwright doctree: " << path << " is a binary file, not reStructuredText\n";
        return 2;
    }
    rst::ParseOptions options;
    options.sourcePath = path;
    options.applyTransforms = transforms;
    const auto document = rst::parse(text, options);
    // The reference reads strictly; what the engine repaired is said here,
    // not in the tree.
    for (const auto &diagnostic : document->diagnostics()) {
        if (diagnostic.message.starts_with("Invalid UTF-8"))
            err << path << ":" << diagnostic.line << ": " << diagnostic.message << "\n";
    }
    out << rst::writePseudoXml(*document);
    out.flush();
    return out ? 0 : 2;
}

} // namespace specwright::app
