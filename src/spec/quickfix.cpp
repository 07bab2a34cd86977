// SPDX-License-Identifier: GPL-3.0-or-later
#include "spec/quickfix.h"

#include <algorithm>
#include <cctype>
#include <numeric>

#include "spec/structurerules.h"

namespace specwright::spec
{

namespace
{

// The text split into lines (without their '\n'), with their byte offsets.
class Lines final
{
public:
    explicit Lines(std::string_view text)
        : m_text(text)
    {
        std::size_t start = 0;
        while (start < text.size()) {
            m_starts.push_back(start);
            const std::size_t end = text.find('\n', start);
            if (end == std::string_view::npos)
                break;
            start = end + 1;
        }
    }

    int count() const { return static_cast<int>(m_starts.size()); }
    // Line n, 1-based; empty past the end.
    std::string_view line(int n) const
    {
        if (n < 1 || n > count())
            return {};
        const std::size_t start = m_starts[n - 1];
        std::size_t end = m_text.find('\n', start);
        if (end == std::string_view::npos)
            end = m_text.size();
        std::string_view line = m_text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        return line;
    }
    // Where line n starts; the end of the text past the last line.
    std::size_t offset(int n) const
    {
        if (n >= 1 && n <= count())
            return m_starts[n - 1];
        return m_text.size();
    }
    bool isBlank(int n) const { return line(n).find_first_not_of(" \t") == std::string_view::npos; }

private:
    std::string_view m_text;
    std::vector<std::size_t> m_starts;
};

int characterCount(std::string_view text)
{
    int count = 0;
    for (const char c : text)
        count += (static_cast<unsigned char>(c) & 0xC0) == 0x80 ? 0 : 1;
    return count;
}

// A line of one repeated punctuation character: a title adornment.
bool isAdornment(std::string_view line)
{
    while (!line.empty() && line.back() == ' ')
        line.remove_suffix(1);
    if (line.size() < 2 || !std::ispunct(static_cast<unsigned char>(line.front())))
        return false;
    return line.find_first_not_of(line.front()) == std::string_view::npos;
}

bool hasOverline(const Lines &lines, int titleLine)
{
    const std::string_view over = lines.line(titleLine - 1);
    const std::string_view under = lines.line(titleLine + 1);
    return isAdornment(over) && isAdornment(under) && over.front() == under.front();
}

// The lines a section covers, from its overline (or title) to the line
// before the next section that is not inside it.
struct Extent {
    const SectionNode *section = nullptr;
    int first = 0;
    int last = 0;
};

void collectStarts(const SectionTree &sections, int depth, const Lines &lines, std::vector<std::pair<Extent, int>> &out)
{
    for (const SectionNode &section : sections) {
        const int first = hasOverline(lines, section.line) ? section.line - 1 : section.line;
        out.push_back({ { &section, first, 0 }, depth });
        collectStarts(section.children, depth + 1, lines, out);
    }
}

std::vector<Extent> extentsOf(const SectionTree &sections, const Lines &lines)
{
    std::vector<std::pair<Extent, int>> flat;
    collectStarts(sections, 0, lines, flat);
    std::vector<Extent> extents;
    extents.reserve(flat.size());
    for (std::size_t i = 0; i < flat.size(); ++i) {
        int last = lines.count();
        for (std::size_t j = i + 1; j < flat.size(); ++j) {
            if (flat[j].second <= flat[i].second) {
                last = flat[j].first.first - 1;
                break;
            }
        }
        Extent extent = flat[i].first;
        extent.last = last;
        extents.push_back(extent);
    }
    return extents;
}

const Extent *extentOf(const std::vector<Extent> &extents, const SectionNode *section)
{
    for (const Extent &extent : extents) {
        if (extent.section == section)
            return &extent;
    }
    return nullptr;
}

// The last section titled title (the one the gate reads), or null.
const SectionNode *findLast(const SectionTree &sections, std::string_view title)
{
    const SectionNode *found = nullptr;
    for (const SectionNode &section : sections) {
        if (section.rawTitle == title)
            found = &section;
    }
    return found;
}

int lastNonBlank(const Lines &lines, int first, int last)
{
    while (last > first && lines.isBlank(last))
        --last;
    return last;
}

std::size_t editDistance(std::string_view a, std::string_view b)
{
    std::vector<std::size_t> row(b.size() + 1);
    std::iota(row.begin(), row.end(), 0);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            const bool same = std::tolower(static_cast<unsigned char>(a[i - 1]))
                == std::tolower(static_cast<unsigned char>(b[j - 1]));
            row[j] = std::min({ row[j] + 1, row[j - 1] + 1, diagonal + (same ? 0 : 1) });
            diagonal = above;
        }
    }
    return row[b.size()];
}

} // namespace

std::string applyEdits(std::string_view text, const std::vector<TextEdit> &edits)
{
    std::string out;
    out.reserve(text.size());
    std::size_t at = 0;
    for (const TextEdit &edit : edits) {
        const std::size_t offset = std::clamp(edit.offset, at, text.size());
        out.append(text.substr(at, offset - at));
        out += edit.replacement;
        at = std::min(offset + edit.length, text.size());
    }
    out.append(text.substr(at));
    return out;
}

QuickFix removeTrailingSpaces(std::string_view text)
{
    QuickFix fix { "Remove trailing spaces", {} };
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos)
            end = text.size();
        std::size_t contentEnd = end;
        if (contentEnd > start && text[contentEnd - 1] == '\r')
            --contentEnd;
        std::size_t trimmed = contentEnd;
        while (trimmed > start && text[trimmed - 1] == ' ')
            --trimmed;
        if (trimmed < contentEnd)
            fix.edits.push_back({ trimmed, contentEnd - trimmed, {} });
        start = end + 1;
    }
    return fix;
}

std::optional<QuickFix> insertMissingSection(std::string_view text,
    const SectionTree &spec,
    const SpecTemplate &specTemplate,
    std::string_view title,
    std::string_view parentTitle)
{
    const Lines templateLines(specTemplate.text);
    const std::vector<Extent> templateExtents = extentsOf(specTemplate.parsed.sections, templateLines);
    const Lines specLines(text);
    const std::vector<Extent> specExtents = extentsOf(spec, specLines);

    // The sibling lists, in the template and in the spec.
    const SectionTree *templateSiblings = &specTemplate.parsed.sections;
    const SectionTree *specSiblings = &spec;
    const SectionNode *specParent = nullptr;
    if (!parentTitle.empty()) {
        const SectionNode *templateParent = findLast(specTemplate.parsed.sections, parentTitle);
        specParent = findLast(spec, parentTitle);
        if (!templateParent || !specParent)
            return std::nullopt;
        templateSiblings = &templateParent->children;
        specSiblings = &specParent->children;
    }
    const auto wanted = std::find_if(
        templateSiblings->begin(), templateSiblings->end(), [&](const SectionNode &s) { return s.rawTitle == title; });
    if (wanted == templateSiblings->end())
        return std::nullopt;
    const Extent *source = extentOf(templateExtents, &*wanted);
    const int sourceLast = lastNonBlank(templateLines, source->first, source->last);
    std::string block;
    for (int n = source->first; n <= sourceLast; ++n) {
        block += templateLines.line(n);
        block += '\n';
    }

    const QuickFix fixBase { "Insert section '" + std::string(title) + "' from the template", {} };
    const auto insertAfter = [&](int first, int last) {
        const int after = lastNonBlank(specLines, first, last);
        QuickFix fix = fixBase;
        std::string replacement = "\n" + block;
        const std::size_t offset = specLines.offset(after + 1);
        if (offset == text.size() && !text.empty() && text.back() != '\n')
            replacement.insert(0, "\n");
        fix.edits.push_back({ offset, 0, std::move(replacement) });
        return fix;
    };

    // After the nearest preceding template sibling the spec has.
    for (auto it = std::make_reverse_iterator(wanted); it != templateSiblings->rend(); ++it) {
        if (const SectionNode *present = findLast(*specSiblings, it->rawTitle)) {
            const Extent *extent = extentOf(specExtents, present);
            return insertAfter(extent->first, extent->last);
        }
    }
    // Before the nearest following one.
    for (auto it = std::next(wanted); it != templateSiblings->end(); ++it) {
        if (const SectionNode *present = findLast(*specSiblings, it->rawTitle)) {
            const Extent *extent = extentOf(specExtents, present);
            QuickFix fix = fixBase;
            fix.edits.push_back({ specLines.offset(extent->first), 0, block + "\n" });
            return fix;
        }
    }
    // At the end of the parent, or of the document.
    if (specParent) {
        const Extent *extent = extentOf(specExtents, specParent);
        return insertAfter(extent->first, extent->last);
    }
    return insertAfter(1, specLines.count());
}

std::optional<std::string> closestTitle(std::string_view title, const std::vector<std::string> &candidates)
{
    std::optional<std::string> best;
    std::size_t bestDistance = 0;
    for (const std::string &candidate : candidates) {
        const std::size_t distance = editDistance(title, candidate);
        if (!best || distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    // A misspelling changes a few letters, not a third of the title.
    if (best && bestDistance > std::max<std::size_t>(2, std::max(title.size(), best->size()) / 3))
        return std::nullopt;
    return best;
}

std::optional<QuickFix> renameTitle(std::string_view text, int titleLine, std::string_view newTitle)
{
    const Lines lines(text);
    if (titleLine < 1 || titleLine > lines.count())
        return std::nullopt;
    QuickFix fix { "Rename to '" + std::string(newTitle) + "'", {} };
    const bool overline = hasOverline(lines, titleLine);
    const std::string_view under = lines.line(titleLine + 1);
    const bool underline = isAdornment(under);
    const auto adornment = [&](std::string_view old) {
        const int length = std::max(characterCount(newTitle), characterCount(old));
        return std::string(static_cast<std::size_t>(length), old.front());
    };
    const auto replaceLine = [&](int n, std::string replacement) {
        fix.edits.push_back({ lines.offset(n), lines.line(n).size(), std::move(replacement) });
    };
    if (overline)
        replaceLine(titleLine - 1, adornment(lines.line(titleLine - 1)));
    std::string_view oldTitle = lines.line(titleLine);
    const std::size_t indent = overline ? oldTitle.find_first_not_of(' ') : 0;
    replaceLine(titleLine,
        std::string(oldTitle.substr(0, indent == std::string_view::npos ? 0 : indent)) + std::string(newTitle));
    if (underline)
        replaceLine(titleLine + 1, adornment(under));
    return fix;
}

std::vector<QuickFix> quickFixes(
    const Problem &problem, std::string_view text, const ParsedSpec &parsed, const SpecTemplate *specTemplate)
{
    std::vector<QuickFix> fixes;
    if (problem.rule == rules::trailingWhitespace) {
        fixes.push_back(removeTrailingSpaces(text));
        return fixes;
    }
    if (problem.rule != rules::sections || !specTemplate)
        return fixes;

    // The sections at the problem's level, in the template and in the spec.
    const SectionTree *templateSiblings = &specTemplate->parsed.sections;
    const SectionTree *specSiblings = &parsed.sections;
    if (!problem.parentTitle.empty()) {
        const SectionNode *templateParent = findLast(specTemplate->parsed.sections, problem.parentTitle);
        const SectionNode *specParent = findLast(parsed.sections, problem.parentTitle);
        if (!templateParent || !specParent)
            return fixes;
        templateSiblings = &templateParent->children;
        specSiblings = &specParent->children;
    }

    if (problem.issue == SectionIssue::Missing) {
        // A misspelt title in the spec is better renamed than duplicated.
        std::vector<std::string> unexpected;
        for (const SectionNode &section : *specSiblings) {
            if (!findLast(*templateSiblings, section.rawTitle))
                unexpected.push_back(section.rawTitle);
        }
        if (const auto closest = closestTitle(problem.title, unexpected)) {
            if (auto fix = renameTitle(text, findLast(*specSiblings, *closest)->line, problem.title))
                fixes.push_back(std::move(*fix));
        }
        if (auto fix = insertMissingSection(text, parsed.sections, *specTemplate, problem.title, problem.parentTitle))
            fixes.push_back(std::move(*fix));
    } else if (problem.issue == SectionIssue::Unexpected) {
        std::vector<std::string> missing;
        for (const SectionNode &section : *templateSiblings) {
            if (!findLast(*specSiblings, section.rawTitle))
                missing.push_back(section.rawTitle);
        }
        if (const auto closest = closestTitle(problem.title, missing)) {
            if (auto fix = renameTitle(text, problem.line, *closest))
                fixes.push_back(std::move(*fix));
        }
    }
    return fixes;
}

std::vector<QuickFix> quickFixes(Gate &gate,
    const Problem &problem,
    std::string_view text,
    const std::filesystem::path &path,
    const ParsedSpec &parsed)
{
    const TemplateLookup lookup = gate.templateFor(path);
    return quickFixes(problem, text, parsed, lookup.specTemplate.get());
}

} // namespace specwright::spec
