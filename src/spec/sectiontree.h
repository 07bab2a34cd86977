// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace specwright::spec
{

// The sections of a spec as the gate sees them: the document title already
// promoted, titles as their raw source text. The gate rules take this rather
// than the engine's tree so that they can be tested on data built by hand.
struct SectionNode {
    std::string rawTitle;
    int line = 0; // the line of the title text, 1-based
    std::vector<SectionNode> children;
};

using SectionTree = std::vector<SectionNode>;

} // namespace specwright::spec
