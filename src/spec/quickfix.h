// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "spec/gate.h"
#include "spec/problem.h"
#include "spec/sectiontree.h"

namespace specwright::spec
{

// Replace length bytes at offset (UTF-8 byte offsets into the text the fix
// was made for) with replacement.
struct TextEdit {
    std::size_t offset = 0;
    std::size_t length = 0;
    std::string replacement;

    bool operator==(const TextEdit &) const = default;
};

// A fix the editor offers for a problem: what the menu says, and the edits,
// sorted by offset and not overlapping.
struct QuickFix {
    std::string label;
    std::vector<TextEdit> edits;
};

std::string applyEdits(std::string_view text, const std::vector<TextEdit> &edits);

// Removes the trailing spaces of every line (before a '\r' too).
QuickFix removeTrailingSpaces(std::string_view text);

// Inserts the template's section `title` (a subsection of the top-level
// section parentTitle when that is not empty) with its adornment and body
// text, after the nearest section that precedes it in the template and is
// present in the spec, else before the nearest following one, else at the
// end of the parent (or of the document).
std::optional<QuickFix> insertMissingSection(std::string_view text,
    const SectionTree &spec,
    const SpecTemplate &specTemplate,
    std::string_view title,
    std::string_view parentTitle);

// The candidate closest to title (edit distance, ignoring case), if it is
// close enough to be a misspelling.
std::optional<std::string> closestTitle(std::string_view title, const std::vector<std::string> &candidates);

// Renames the section whose title text is on titleLine, resizing its
// underline (and overline) to fit.
std::optional<QuickFix> renameTitle(std::string_view text, int titleLine, std::string_view newTitle);

// The fixes that apply to problem, found in a check of text.
std::vector<QuickFix> quickFixes(
    const Problem &problem, std::string_view text, const ParsedSpec &parsed, const SpecTemplate *specTemplate);

// The same with the template the gate uses for the file at path.
std::vector<QuickFix> quickFixes(Gate &gate,
    const Problem &problem,
    std::string_view text,
    const std::filesystem::path &path,
    const ParsedSpec &parsed);

} // namespace specwright::spec
