// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli.h"

#include <filesystem>
#include <optional>
#include <ostream>
#include <string_view>

#include "spec/gate.h"
#include "spec/specfile.h"

namespace specwright::app
{

namespace
{

namespace fs = std::filesystem;

constexpr std::string_view checkUsage
    = "usage: specwright check [--template FILE] [--strict-structure] [--format text|json] FILE...\n";

struct CheckOptions {
    spec::GateSettings settings;
    bool json = false;
    std::vector<fs::path> files;
};

struct ParsedArguments {
    std::optional<CheckOptions> options;
    std::string error;
};

ParsedArguments parseArguments(const Arguments &args)
{
    CheckOptions options;
    bool optionsEnded = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &arg = args[i];
        if (optionsEnded || arg.empty() || arg.front() != '-' || arg == "-") {
            options.files.emplace_back(arg);
            continue;
        }
        // --name=value and --name value.
        const auto equals = arg.find('=');
        const std::string name = arg.substr(0, equals);
        const auto value = [&]() -> std::optional<std::string> {
            if (equals != std::string::npos)
                return arg.substr(equals + 1);
            if (i + 1 < args.size())
                return args[++i];
            return std::nullopt;
        };
        if (arg == "--") {
            optionsEnded = true;
        } else if (arg == "--strict-structure") {
            options.settings.strictStructure = true;
        } else if (name == "--template") {
            const auto path = value();
            if (!path || path->empty())
                return { std::nullopt, "--template needs a file" };
            options.settings.templatePath = fs::path(*path);
        } else if (name == "--format") {
            const auto format = value();
            if (format != "text" && format != "json")
                return { std::nullopt, "--format is text or json" };
            options.json = *format == "json";
        } else {
            return { std::nullopt, "unknown option " + arg };
        }
    }
    if (options.files.empty())
        return { std::nullopt, "no file to check" };
    return { std::move(options), {} };
}

// JSON string contents; bytes that are not UTF-8 (file names can be any
// bytes) become U+FFFD so that the output always parses.
std::string jsonString(std::string_view text)
{
    static constexpr char hex[] = "0123456789abcdef";
    std::string out = "\"";
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c < 0x20 || c == 0x7F) {
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xF];
        } else if (c < 0x80) {
            out += static_cast<char>(c);
        } else {
            const int length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
            const std::string_view sequence = text.substr(i, static_cast<std::size_t>(length));
            if (length > 0 && sequence.size() == static_cast<std::size_t>(length)
                && spec::utf8Error(sequence).empty()) {
                out += sequence;
                i += static_cast<std::size_t>(length) - 1;
            } else {
                out += "\\ufffd";
            }
        }
    }
    out += '"';
    return out;
}

void printText(std::ostream &out, const std::string &file, const spec::Problem &problem)
{
    out << file << ':' << problem.line << ':' << problem.column << ": " << problem.rule << ": " << problem.message
        << '\n';
}

void printJson(std::ostream &out, const std::string &file, const spec::Problem &problem, bool first)
{
    out << (first ? "\n" : ",\n") << "  {\"file\": " << jsonString(file) << ", \"line\": " << problem.line
        << ", \"column\": " << problem.column << ", \"rule\": " << jsonString(problem.rule)
        << ", \"severity\": " << jsonString(spec::severityName(problem.severity))
        << ", \"message\": " << jsonString(problem.message) << '}';
}

} // namespace

int runCheck(const Arguments &args, std::ostream &out, std::ostream &err)
{
    if (args.size() == 1 && (args[0] == "--help" || args[0] == "-h")) {
        out << checkUsage;
        return 0;
    }
    ParsedArguments parsed = parseArguments(args);
    if (!parsed.options) {
        err << "specwright check: " << parsed.error << '\n' << checkUsage;
        return 2;
    }
    CheckOptions &options = *parsed.options;
    if (options.settings.templatePath) {
        const spec::SpecFile templateFile = spec::readSpecFile(*options.settings.templatePath);
        if (!templateFile.ok()) {
            err << "specwright check: " << options.settings.templatePath->string() << ": " << templateFile.error
                << '\n';
            return 2;
        }
    }

    spec::Gate gate(options.settings);
    bool unreadable = false;
    bool anyError = false;
    bool firstJson = true;
    if (options.json)
        out << '[';
    for (const fs::path &path : options.files) {
        const std::string name = path.string();
        const spec::SpecFile file = spec::readSpecFile(path);
        if (!file.ok()) {
            err << "specwright check: " << name << ": " << file.error << '\n';
            unreadable = true;
            continue;
        }
        for (const spec::Problem &problem : gate.check(file.text, path)) {
            anyError = anyError || problem.severity == spec::Severity::Error;
            if (options.json) {
                printJson(out, name, problem, firstJson);
                firstJson = false;
            } else {
                printText(out, name, problem);
            }
        }
    }
    if (options.json)
        out << (firstJson ? "]\n" : "\n]\n");
    out.flush();
    if (unreadable)
        return 2;
    return anyError ? 1 : 0;
}

} // namespace specwright::app
