// SPDX-License-Identifier: GPL-3.0-or-later
#include "rst/inline.h"

namespace specwright::rst
{

InlineResult parseInline(std::string_view text, int line, Document &document)
{
    (void)line;
    (void)document;
    InlineResult result;
    if (!text.empty())
        result.nodes.push_back(Node::text(std::string(text)));
    return result;
}

} // namespace specwright::rst
