// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers of the inline parser shared with the transforms and the tests.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace specwright::rst
{

class Document;
struct InterpretedRole;

// docutils' roles.role(): the role a name (any case) stands for in
// document, its own "role" and "default-role" definitions first; "" is
// the default role. Empty when the name is unknown.
std::optional<InterpretedRole> lookupRole(std::string_view name, const Document &document);

// docutils keeps backslash escapes as a null byte before the escaped
// character (utils.escape2null); these convert to and from that form.
std::string escapeToNulls(std::string_view text);
// nodes.unescape(text): nulls removed, escaped whitespace removed with them.
std::string unescapeNulls(std::string_view text);
// nodes.unescape(text, restore_backslashes=True).
std::string restoreNulls(std::string_view text);

// The character classes of docutils' inline markup recognition.
bool isMarkupPrefixChar(char32_t cp);
bool isMarkupSuffixChar(char32_t cp);
bool isWordChar(char32_t cp);
// punctuation_chars.match_chars(opener, closer).
bool isQuotePair(char32_t opener, char32_t closer);

// The `<target>` at the end of a phrase reference's text (escaped form):
// where the whitespace before '<' starts and the target between the angle
// brackets.
struct EmbeddedLink {
    std::size_t start = 0;
    std::size_t contentStart = 0;
    std::size_t contentEnd = 0;
};
std::optional<EmbeddedLink> findEmbeddedLink(std::string_view escaped);

} // namespace specwright::rst
