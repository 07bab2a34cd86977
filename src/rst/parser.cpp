// SPDX-License-Identifier: GPL-3.0-or-later
#include "rst/parser.h"

namespace specwright::rst {

std::shared_ptr<const Document> parse(std::string_view, const ParseOptions &options)
{
    return std::make_shared<Document>(options.sourcePath);
}

} // namespace specwright::rst
