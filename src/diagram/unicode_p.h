// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// UTF-8 conversions for the grid, which holds one code point per cell.

#include <optional>
#include <string>
#include <string_view>

namespace specwright::diagram
{

// The code points of text, or nothing when text is not valid UTF-8.
std::optional<std::u32string> decodeUtf8(std::string_view text);
// Like decodeUtf8, but an invalid byte becomes U+FFFD (for text that the
// model was handed, not read from a file).
std::u32string toCodePoints(std::string_view text);
std::string toUtf8(std::u32string_view text);
void appendUtf8(std::string &out, char32_t cp);
std::size_t utf8Length(std::string_view text);

} // namespace specwright::diagram
