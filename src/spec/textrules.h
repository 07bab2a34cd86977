// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>
#include <vector>

#include "spec/problem.h"

namespace specwright::spec
{

// The gate's longest allowed line, in characters (code points).
inline constexpr int maximumLineLength = 79;

// The rules that read the raw text line by line: line-length,
// carriage-return, zero-width-space, trailing-whitespace, tab and
// final-newline. Lines are split at '\n' only; a '\r' before it is reported
// once for the file and is not counted as part of the line. Invalid UTF-8 is
// measured byte-safely (it never crashes), each stray byte one character.
std::vector<Problem> checkText(std::string_view text);

} // namespace specwright::spec
