// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Text transforms the editor offers while typing RST: re-wrapping the
// paragraph under the cursor and continuing a list or quote on Enter. They
// work on UTF-8 text and count columns as docutils does (East Asian wide
// characters take two).

#include <optional>
#include <string>
#include <string_view>

namespace specwright::rst
{

// Replace the lines firstLine..lastLine (1-based, inclusive) by replacement
// (lines joined by '\n', no newline at the end).
struct TextEdit {
    int firstLine = 0;
    int lastLine = 0;
    std::string replacement;

    friend bool operator==(const TextEdit &, const TextEdit &) = default;
};

// The text with the edit made (lines split at '\n' only, as an editor's
// blocks are).
std::string applyEdit(std::string_view text, const TextEdit &edit);

// Re-wraps the paragraph or list item holding the line so that no line is
// longer than limit columns, keeping its indent, its list or field marker and
// its hanging indent. A word longer than the limit (a URL, say) stays whole
// on a line of its own. Returns nothing where re-wrapping would change the
// meaning or there is no paragraph: blank lines, section titles and
// adornments, tables, literal blocks, line blocks, doctest blocks,
// directives, comments and the content of directives other than
// admonitions.
std::optional<TextEdit> reflowAt(std::string_view text, int line, int limit);

// What Enter does in a line.
struct LineBreak {
    // The line was an empty list item: it becomes blank (its marker goes),
    // and no new line is started, which ends the list.
    bool endsList = false;
    // Otherwise, what the new line starts with: the indent, and for a list
    // item the next item's marker.
    std::string prefix;

    friend bool operator==(const LineBreak &, const LineBreak &) = default;
};

// Enter with the cursor at byte offset cursor of line. Past a list marker, a
// bullet item gets a new bullet and an enumerated item the next enumerator
// ("#." stays "#."); any other line (item continuation, block quote, field
// body) gets its own indent, and so does a line of spaces alone. Within the
// indent or the marker, nothing is added.
LineBreak lineBreakAt(std::string_view line, std::size_t cursor);

} // namespace specwright::rst
