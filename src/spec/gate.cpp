// SPDX-License-Identifier: GPL-3.0-or-later
#include "spec/gate.h"

#include <algorithm>
#include <climits>
#include <system_error>

#include "spec/filerules.h"
#include "spec/specfile.h"
#include "spec/structurerules.h"
#include "spec/templatediscovery.h"
#include "spec/textrules.h"

namespace specwright::spec
{

namespace fs = std::filesystem;

Gate::Gate(GateSettings settings, SpecParser parser)
    : m_settings(std::move(settings))
    , m_parser(std::move(parser))
{
}

void Gate::setSettings(GateSettings settings)
{
    m_settings = std::move(settings);
}

TemplateLookup Gate::templateFor(const fs::path &specPath)
{
    // An unsaved document (no path) has no repository to take a template from.
    std::optional<fs::path> path = m_settings.templatePath;
    if (!path && !specPath.empty())
        path = discoverTemplate(specPath);
    if (!path)
        return {};

    std::error_code error;
    const fs::file_time_type modified = fs::last_write_time(*path, error);
    if (error)
        return { nullptr, "cannot read the template " + path->string() + ": " + error.message() };
    if (const auto cached = m_templates.find(*path); cached != m_templates.end() && cached->second.modified == modified)
        return { cached->second.specTemplate, {} };

    SpecFile file = readSpecFile(*path);
    if (!file.ok())
        return { nullptr, "cannot read the template " + path->string() + ": " + file.error };
    auto loaded = std::make_shared<SpecTemplate>();
    loaded->path = *path;
    loaded->parsed = m_parser(file.text, *path);
    loaded->text = std::move(file.text);
    m_templates[*path] = { modified, loaded };
    return { loaded, {} };
}

std::vector<Problem> Gate::check(std::string_view text, const fs::path &path)
{
    return check(text, path, m_parser(text, path));
}

std::vector<Problem> Gate::check(std::string_view text, const fs::path &path, const ParsedSpec &parsed)
{
    std::vector<Problem> problems = checkText(text);

    const TemplateLookup lookup = templateFor(path);
    if (!lookup.error.empty()) {
        problems.push_back(
            { .rule = rules::sections, .severity = Severity::Error, .line = 1, .column = 1, .message = lookup.error });
    } else if (lookup.specTemplate) {
        std::vector<Problem> structure = checkSections(parsed.sections,
            lookup.specTemplate->parsed.sections,
            { .strict = m_settings.strictStructure, .documentLine = std::max(parsed.titleLine, 1) });
        std::move(structure.begin(), structure.end(), std::back_inserter(problems));
    }

    const int preambleEnd = parsed.sections.empty() ? INT_MAX : parsed.sections.front().line - 1;
    if (!path.empty()) {
        std::vector<Problem> naming = checkFileName(path, text, preambleEnd);
        std::move(naming.begin(), naming.end(), std::back_inserter(problems));
    }

    for (const RstMessage &message : parsed.messages) {
        if (message.level < 2)
            continue;
        problems.push_back({ .rule = rules::rst,
            .severity = Severity::Error,
            .line = std::max(message.line, 1),
            .column = 1,
            .message = message.message });
    }

    std::stable_sort(problems.begin(), problems.end(), [](const Problem &a, const Problem &b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    return problems;
}

} // namespace specwright::spec
