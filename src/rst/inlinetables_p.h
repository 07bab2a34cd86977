// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rst/unicodetables_p.h"

#include <cstddef>

namespace specwright::rst
{

struct CodePointPair {
    char32_t opener;
    char32_t closer;
};

extern const CodePointRange markupPrefixRanges[];
extern const std::size_t markupPrefixRangesCount;
extern const CodePointRange markupSuffixRanges[];
extern const std::size_t markupSuffixRangesCount;
extern const CodePointRange wordRanges[];
extern const std::size_t wordRangesCount;
extern const CodePointPair quotePairs[];
extern const std::size_t quotePairCount;

} // namespace specwright::rst
