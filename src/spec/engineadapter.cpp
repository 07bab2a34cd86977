// SPDX-License-Identifier: GPL-3.0-or-later
// The gate's view of the RST engine: its outline and its diagnostics.
#include "spec/gate.h"

#include <string>

#include "rst/document.h"
#include "rst/outline.h"
#include "rst/parser.h"

namespace specwright::spec
{

namespace
{

SectionTree toSectionTree(const std::vector<rst::Section> &sections)
{
    SectionTree tree;
    tree.reserve(sections.size());
    for (const rst::Section &section : sections)
        tree.push_back({ section.rawTitle, section.line, toSectionTree(section.children) });
    return tree;
}

int titleLine(const rst::Document &document)
{
    for (const auto &child : document.root().children()) {
        // The title's first line (its text), where docutils' own line
        // number is the underline's.
        if (!child->isText() && child->tag() == "title")
            return rst::lineRange(*child).first;
    }
    return 0;
}

} // namespace

ParsedSpec toParsedSpec(const rst::Document &document)
{
    ParsedSpec parsed;
    parsed.sections = toSectionTree(rst::outline(document));
    parsed.titleLine = titleLine(document);
    parsed.messages.reserve(document.diagnostics().size());
    for (const rst::Diagnostic &diagnostic : document.diagnostics())
        parsed.messages.push_back({ diagnostic.level,
            diagnostic.line,
            "(" + diagnostic.type + "/" + std::to_string(diagnostic.level) + ") " + diagnostic.message });
    return parsed;
}

ParsedSpec parseWithEngine(std::string_view text, const std::filesystem::path &path)
{
    const auto document = rst::parse(text, { .sourcePath = path.string(), .applyTransforms = true });
    return toParsedSpec(*document);
}

} // namespace specwright::spec
