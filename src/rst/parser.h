// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "rst/document.h"

namespace specwright::rst
{

struct ParseOptions {
    std::string sourcePath;
    bool applyTransforms = true;
};

// Parses reStructuredText (UTF-8; invalid sequences are replaced by U+FFFD
// and reported with their line) into a docutils-compatible doctree.
std::shared_ptr<const Document> parse(std::string_view utf8, const ParseOptions &options = {});

} // namespace specwright::rst
