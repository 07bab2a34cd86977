// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Moving a section of a document, with its subsections, to another place in
// the section tree: what the outline's drag and drop and its "Move section
// up/down" do to the text.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rst/outline.h"
#include "rst/reflow.h"

namespace specwright::rst
{

enum class SectionPlacement {
    Before, // a sibling of the target, just before it
    After, // a sibling of the target, just after it and its subsections
    LastChild, // the target's last subsection
};

struct SectionMove {
    TextEdit edit; // one replacement covering every line that changes
    int titleLine = 0; // the moved section's title text in the new text
};

// Moves the section whose title text is on sectionLine (1-based, as in
// Section::line) with its subsections to the given place relative to the
// section whose title is on targetLine; targetLine 0 with LastChild means
// the end of the document, as a top-level section. sections is the outline
// of text.
//
// The moved text runs from the section's title (its overline included) to
// the next section of its level or above, blank lines included. Where it
// leaves and where it lands, sections stay separated by blank lines: as many
// as followed the moved section (at least one), none added at the end of the
// document, and the text keeps ending with a newline or not as before.
//
// When the section changes level, its title and those of its subsections
// are adorned again with the style the document uses for their new level
// (the first title of that level decides); a level the document does not
// have yet gets an underline in a character no title, transition or table
// border of the document uses. The adornment keeps its length when that
// still covers the title, and is made as wide as the title otherwise.
//
// Returns nothing when the move is not possible (unknown lines, a target in
// the moved section itself) or changes nothing.
std::optional<SectionMove> moveSection(std::string_view text,
    const std::vector<Section> &sections,
    int sectionLine,
    int targetLine,
    SectionPlacement placement);

} // namespace specwright::rst
