// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace specwright::rst
{

// How to turn one list of rendered blocks into another with the least DOM
// work: keep the common head and tail, replace the middle. An edit usually
// touches one block, so the live preview patches one element instead of
// reloading the page.
struct BlockPatch {
    std::size_t start = 0; // first block that changes
    std::size_t removeCount = 0; // blocks of the old list to drop from start
    std::vector<std::size_t> inserted; // indexes into the new list, put at start
    bool isEmpty() const { return removeCount == 0 && inserted.empty(); }
};

BlockPatch diffBlocks(const std::vector<std::string> &before, const std::vector<std::string> &after);

} // namespace specwright::rst
