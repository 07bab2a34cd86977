// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Text helpers with Python's semantics, shared by the parser, the inliner and
// the transforms: docutils' results depend on str.lower(), str.split(),
// str.isspace() and unicodedata, so these follow them for all of Unicode.

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace specwright::rst
{

// A set of ASCII characters, tested with one table lookup: the inliner asks
// about every character it scans.
class AsciiSet final
{
public:
    consteval explicit AsciiSet(std::string_view members)
    {
        for (const char c : members)
            m_members[static_cast<unsigned char>(c)] = true;
    }
    constexpr bool contains(char c) const { return m_members[static_cast<unsigned char>(c)]; }

private:
    std::array<bool, 256> m_members {};
};

// Decodes one UTF-8 code point at text[pos] (valid UTF-8 assumed: the parser
// replaces invalid sequences before anything else sees the text) and
// advances pos.
char32_t decodeUtf8(std::string_view text, std::size_t &pos);
void appendUtf8(std::string &out, char32_t cp);

// Python's str.isspace() for one code point.
bool isUnicodeSpace(char32_t cp);

// Python's str.lower().
std::string toLower(std::string_view text);

// ' '.join(text.split()): runs of Unicode whitespace collapsed, ends trimmed.
std::string collapseWhitespace(std::string_view text);

// docutils.nodes.fully_normalize_name / whitespace_normalize_name.
std::string fullyNormalizeName(std::string_view name);
std::string whitespaceNormalizeName(std::string_view name);

// docutils.nodes.make_id.
std::string makeId(std::string_view text);

// Python's str.strip()/rstrip()/lstrip() with no argument (Unicode whitespace).
std::string_view stripSpace(std::string_view text);
std::string_view rstripSpace(std::string_view text);
std::string_view lstripSpace(std::string_view text);

// Python's str.splitlines() (without keepends).
std::vector<std::string_view> splitLines(std::string_view text);

// Number of '\n' in text.
std::size_t countNewlines(std::string_view text);

// Number of code points (Python's len()) of UTF-8 text.
std::size_t codePointCount(std::string_view text);

// docutils' column width (utils.column_width): East Asian wide and fullwidth
// characters count 2, combining characters 0.
std::size_t columnWidth(std::string_view text);

} // namespace specwright::rst
