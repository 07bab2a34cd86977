// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <unordered_map>

#include "rst/outline.h"

namespace specwright::rst
{

// lineRange() for consumers that ask about every node of a tree (the HTML
// writer): each node's range is worked out once.
class LineRanges final
{
public:
    LineRange operator()(const Node &node);

private:
    LineRange fromContent(const Node &node);

    std::unordered_map<const Node *, LineRange> m_ranges;
};

} // namespace specwright::rst
