// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Text helpers with Python's semantics, shared by the parser, the inliner and
// the transforms: docutils' results depend on str.lower(), str.split(),
// str.isspace() and unicodedata, so these follow them for all of Unicode.

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
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

// Tests on eight bytes at once, for scanners that skip long runs of
// ordinary text: each result has the high bit set in the bytes that pass
// (exact as "any byte passes"; which bytes, past the first, may be off).
namespace bytes8
{

constexpr std::uint64_t ones = 0x0101010101010101ull;
constexpr std::uint64_t highs = 0x8080808080808080ull;

// The eight bytes of text at pos (pos + 8 <= text.size()).
inline std::uint64_t load(std::string_view text, std::size_t pos)
{
    std::uint64_t block = 0;
    std::memcpy(&block, text.data() + pos, sizeof block);
    return block;
}

constexpr std::uint64_t zero(std::uint64_t block)
{
    return (block - ones) & ~block & highs;
}

constexpr std::uint64_t equal(std::uint64_t block, unsigned char c)
{
    return zero(block ^ (ones * c));
}

// Bytes equal to a or b, two characters that differ in one bit only.
constexpr std::uint64_t equalEither(std::uint64_t block, unsigned char a, unsigned char b)
{
    return zero((block | (ones * (a ^ b))) ^ (ones * (a | b)));
}

// Bytes below n (n <= 0x80).
constexpr std::uint64_t below(std::uint64_t block, unsigned char n)
{
    return (block - ones * n) & ~block & highs;
}

// The offset in text of the first byte a nonzero result flags: that one
// byte is always exact.
constexpr std::size_t firstFlagged(std::uint64_t result)
{
    if constexpr (std::endian::native == std::endian::little)
        return static_cast<std::size_t>(std::countr_zero(result)) / 8;
    else
        return static_cast<std::size_t>(std::countl_zero(result)) / 8;
}

} // namespace bytes8

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
