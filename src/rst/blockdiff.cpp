// SPDX-License-Identifier: GPL-3.0-or-later
#include "rst/blockdiff.h"

#include <algorithm>

namespace specwright::rst
{

BlockPatch diffBlocks(const std::vector<std::string> &before, const std::vector<std::string> &after)
{
    const std::size_t shorter = std::min(before.size(), after.size());
    std::size_t head = 0;
    while (head < shorter && before[head] == after[head])
        ++head;
    std::size_t tail = 0;
    while (tail < shorter - head && before[before.size() - 1 - tail] == after[after.size() - 1 - tail])
        ++tail;
    BlockPatch patch;
    patch.start = head;
    patch.removeCount = before.size() - head - tail;
    for (std::size_t i = head; i < after.size() - tail; ++i)
        patch.inserted.push_back(i);
    return patch;
}

} // namespace specwright::rst
