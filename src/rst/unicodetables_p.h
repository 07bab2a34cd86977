// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>

namespace specwright::rst
{

// A code point and the UTF-8 text it maps to; tables are sorted by code point.
struct CodePointMapping {
    char32_t codePoint;
    const char *text;
};

// An inclusive range of code points; tables are sorted.
struct CodePointRange {
    char32_t first;
    char32_t last;
};

extern const CodePointMapping idFoldings[];
extern const std::size_t idFoldingCount;
extern const CodePointMapping lowerCases[];
extern const std::size_t lowerCaseCount;
extern const CodePointRange wideRanges[];
extern const std::size_t wideRangeCount;
extern const CodePointRange combiningRanges[];
extern const std::size_t combiningRangeCount;

} // namespace specwright::rst
