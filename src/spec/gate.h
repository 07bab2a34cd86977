// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "spec/problem.h"
#include "spec/sectiontree.h"

namespace specwright::rst
{
class Document;
}

namespace specwright::spec
{

struct GateSettings {
    // Overrides template discovery for every file.
    std::optional<std::filesystem::path> templatePath {};
    bool strictStructure = false;
};

// One docutils message (level 2 warning and above fail the docs build).
struct RstMessage {
    int level = 2;
    int line = 0;
    std::string message;
};

// What the gate needs from a parse: the sections after the document title
// was promoted, where the title is, and the parser's messages.
struct ParsedSpec {
    SectionTree sections;
    int titleLine = 0; // 0 when the document has no title
    std::vector<RstMessage> messages;
};

// The engine, as the gate calls it. Tests give the gate a parser of their
// own to check the rules on data they build.
using SpecParser = std::function<ParsedSpec(std::string_view text, const std::filesystem::path &path)>;

// Reads an engine snapshot the way the gate needs it.
ParsedSpec toParsedSpec(const rst::Document &document);
// Parses with the RST engine.
ParsedSpec parseWithEngine(std::string_view text, const std::filesystem::path &path);

// A template, loaded once and kept while its file does not change.
struct SpecTemplate {
    std::filesystem::path path;
    std::string text;
    ParsedSpec parsed;
};

// A template, or why it could not be loaded.
struct TemplateLookup {
    std::shared_ptr<const SpecTemplate> specTemplate; // null: none or error
    std::string error;
};

// The specs gate: the rules of the repositories' CI, for one file at a time.
// Cheap to call on every edit; templates are cached.
class Gate final
{
public:
    explicit Gate(GateSettings settings = {}, SpecParser parser = parseWithEngine);

    const GateSettings &settings() const { return m_settings; }
    void setSettings(GateSettings settings);

    // The template for a spec at path: the setting, else discovery.
    TemplateLookup templateFor(const std::filesystem::path &specPath);

    // Checks text as the file at path (the path decides the template and the
    // file-name rules; the file itself is not read). An empty path is an
    // unsaved document: no discovery, no file-name rules. Problems come
    // sorted by line.
    std::vector<Problem> check(std::string_view text, const std::filesystem::path &path);
    // The same with a parse the caller already has (the editor's snapshot).
    std::vector<Problem> check(std::string_view text, const std::filesystem::path &path, const ParsedSpec &parsed);

private:
    struct CachedTemplate {
        std::filesystem::file_time_type modified;
        std::shared_ptr<const SpecTemplate> specTemplate;
    };

    GateSettings m_settings;
    SpecParser m_parser;
    std::map<std::filesystem::path, CachedTemplate> m_templates;
};

} // namespace specwright::spec
