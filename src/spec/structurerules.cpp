// SPDX-License-Identifier: GPL-3.0-or-later
#include "spec/structurerules.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace specwright::spec
{

namespace
{

// Title -> the last section carrying it, the gate's dictionary semantics.
using TitleIndex = std::unordered_map<std::string_view, const SectionNode *>;

TitleIndex indexByTitle(const SectionTree &sections)
{
    TitleIndex index;
    index.reserve(sections.size());
    for (const SectionNode &section : sections)
        index[section.rawTitle] = &section;
    return index;
}

std::vector<std::string_view> titlesOf(const SectionTree &sections)
{
    std::vector<std::string_view> titles;
    titles.reserve(sections.size());
    for (const SectionNode &section : sections)
        titles.push_back(section.rawTitle);
    return titles;
}

bool contains(const std::vector<std::string_view> &titles, std::string_view title)
{
    return std::find(titles.begin(), titles.end(), title) != titles.end();
}

std::string quoted(std::string_view title)
{
    return "'" + std::string(title) + "'";
}

std::string joined(const std::vector<std::string_view> &titles)
{
    std::string text;
    for (const std::string_view title : titles) {
        if (!text.empty())
            text += ", ";
        text += quoted(title);
    }
    return text;
}

Problem sectionProblem(
    SectionIssue issue, int line, std::string message, std::string_view title, std::string_view parent)
{
    return Problem { .rule = rules::sections,
        .severity = Severity::Error,
        .line = line,
        .column = 1,
        .message = std::move(message),
        .issue = issue,
        .title = std::string(title),
        .parentTitle = std::string(parent) };
}

void checkSubsections(
    const SectionNode &specSection, const SectionNode &templateSection, bool strict, std::vector<Problem> &problems)
{
    const std::vector<std::string_view> wanted = titlesOf(templateSection.children);
    const std::vector<std::string_view> present = titlesOf(specSection.children);
    const std::string_view parent = templateSection.rawTitle;
    bool anyMissingOrExtra = false;

    for (const std::string_view title : wanted) {
        if (contains(present, title) || (!strict && title == optionalSubsection))
            continue;
        anyMissingOrExtra = true;
        problems.push_back(sectionProblem(SectionIssue::Missing,
            specSection.line,
            "missing subsection " + quoted(title) + " in " + quoted(parent),
            title,
            parent));
    }
    if (!strict)
        return;
    for (const SectionNode &child : specSection.children) {
        if (contains(wanted, child.rawTitle))
            continue;
        anyMissingOrExtra = true;
        problems.push_back(sectionProblem(SectionIssue::Unexpected,
            child.line,
            "unexpected subsection " + quoted(child.rawTitle) + " in " + quoted(parent) + " (the template has "
                + (wanted.empty() ? "none" : joined(wanted)) + ")",
            child.rawTitle,
            parent));
    }
    if (!anyMissingOrExtra && present != wanted) {
        problems.push_back(sectionProblem(SectionIssue::OutOfOrder,
            specSection.line,
            "subsections of " + quoted(parent) + " differ from the template's order: " + joined(wanted),
            parent,
            {}));
    }
}

} // namespace

std::vector<Problem> checkSections(const SectionTree &spec, const SectionTree &specTemplate, StructureOptions options)
{
    std::vector<Problem> problems;
    const TitleIndex specIndex = indexByTitle(spec);
    const TitleIndex templateIndex = indexByTitle(specTemplate);

    for (const SectionNode &wanted : specTemplate) {
        if (specIndex.contains(wanted.rawTitle) || wanted.rawTitle == optionalSection)
            continue;
        // A title repeated in the template is reported once.
        if (templateIndex.at(wanted.rawTitle) != &wanted)
            continue;
        problems.push_back(sectionProblem(SectionIssue::Missing,
            options.documentLine,
            "missing section " + quoted(wanted.rawTitle),
            wanted.rawTitle,
            {}));
    }
    for (const SectionNode &section : spec) {
        if (templateIndex.contains(section.rawTitle))
            continue;
        problems.push_back(sectionProblem(SectionIssue::Unexpected,
            section.line,
            "unexpected section " + quoted(section.rawTitle) + " (not in the template)",
            section.rawTitle,
            {}));
    }
    for (const SectionNode &templateSection : specTemplate) {
        if (templateIndex.at(templateSection.rawTitle) != &templateSection)
            continue;
        const auto found = specIndex.find(templateSection.rawTitle);
        if (found != specIndex.end())
            checkSubsections(*found->second, templateSection, options.strict, problems);
    }
    std::stable_sort(
        problems.begin(), problems.end(), [](const Problem &a, const Problem &b) { return a.line < b.line; });
    return problems;
}

} // namespace specwright::spec
