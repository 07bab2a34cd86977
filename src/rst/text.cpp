// SPDX-License-Identifier: GPL-3.0-or-later
#include "rst/text.h"

#include <algorithm>
#include <cstring>

#include "rst/unicodetables_p.h"

namespace specwright::rst
{

namespace
{

const char *findMapping(const CodePointMapping *table, std::size_t count, char32_t cp)
{
    const auto *end = table + count;
    const auto *it
        = std::lower_bound(table, end, cp, [](const CodePointMapping &m, char32_t c) { return m.codePoint < c; });
    return it != end && it->codePoint == cp ? it->text : nullptr;
}

bool inRanges(const CodePointRange *table, std::size_t count, char32_t cp)
{
    const auto *end = table + count;
    const auto *it = std::lower_bound(table, end, cp, [](const CodePointRange &r, char32_t c) { return r.last < c; });
    return it != end && it->first <= cp;
}

bool isAsciiSpace(unsigned char c)
{
    return c == ' ' || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
}

// Lowers text in place when it is all ASCII (then true), as nearly all
// names are.
bool lowerAsciiInPlace(std::string &text)
{
    if (!std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
        return false;
    for (char &c : text)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c + 32);
    return true;
}

} // namespace

char32_t decodeUtf8(std::string_view text, std::size_t &pos)
{
    const auto c = static_cast<unsigned char>(text[pos]);
    if (c < 0x80) {
        ++pos;
        return c;
    }
    int extra = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : c >= 0xc0 ? 1 : 0;
    char32_t cp = extra == 3 ? (c & 0x07) : extra == 2 ? (c & 0x0f) : (c & 0x1f);
    ++pos;
    for (; extra > 0 && pos < text.size(); --extra, ++pos)
        cp = (cp << 6) | (static_cast<unsigned char>(text[pos]) & 0x3f);
    return cp;
}

void appendUtf8(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xc0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xe0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
        out += static_cast<char>(0x80 | (cp & 0x3f));
    } else {
        out += static_cast<char>(0xf0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3f));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
        out += static_cast<char>(0x80 | (cp & 0x3f));
    }
}

bool isUnicodeSpace(char32_t cp)
{
    if (cp < 0x80)
        return isAsciiSpace(static_cast<unsigned char>(cp));
    switch (cp) {
    case 0x85:
    case 0xa0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202f:
    case 0x205f:
    case 0x3000:
        return true;
    default:
        return cp >= 0x2000 && cp <= 0x200a;
    }
}

std::string toLower(std::string_view text)
{
    std::string out(text);
    if (lowerAsciiInPlace(out))
        return out;
    out.clear();
    out.reserve(text.size());
    for (std::size_t pos = 0; pos < text.size();) {
        const auto c = static_cast<unsigned char>(text[pos]);
        if (c < 0x80) {
            out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
            ++pos;
            continue;
        }
        const std::size_t start = pos;
        const char32_t cp = decodeUtf8(text, pos);
        if (const char *lower = findMapping(lowerCases, lowerCaseCount, cp))
            out += lower;
        else
            out.append(text.substr(start, pos - start));
    }
    return out;
}

namespace
{

// Whether text is ASCII with single spaces between its words and none at
// its ends: then it is its own collapsed form, as most names are.
bool isCollapsedAscii(std::string_view text)
{
    if (!text.empty() && (text.front() == ' ' || text.back() == ' '))
        return false;
    bool afterSpace = false;
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == ' ') {
            if (afterSpace)
                return false;
            afterSpace = true;
            continue;
        }
        if (c >= 0x80 || isAsciiSpace(c))
            return false;
        afterSpace = false;
    }
    return true;
}

} // namespace

std::string collapseWhitespace(std::string_view text)
{
    if (isCollapsedAscii(text))
        return std::string(text);
    // The result is never longer than the text: it is written into room
    // made once.
    std::string out(text.size(), '\0');
    std::size_t size = 0;
    bool pendingSpace = false;
    auto keep = [&](std::string_view chars) {
        if (pendingSpace) {
            out[size++] = ' ';
            pendingSpace = false;
        }
        for (const char c : chars)
            out[size++] = c;
    };
    for (std::size_t pos = 0; pos < text.size();) {
        const auto c = static_cast<unsigned char>(text[pos]);
        if (c < 0x80) {
            // ASCII needs no decoding.
            ++pos;
            if (isAsciiSpace(c))
                pendingSpace = size > 0;
            else
                keep(text.substr(pos - 1, 1));
            continue;
        }
        const std::size_t start = pos;
        if (isUnicodeSpace(decodeUtf8(text, pos)))
            pendingSpace = size > 0;
        else
            keep(text.substr(start, pos - start));
    }
    out.resize(size);
    return out;
}

std::string fullyNormalizeName(std::string_view name)
{
    // ' '.join(name.lower().split()): lowering neither makes nor takes away
    // whitespace, so the name is collapsed first and, when it is ASCII,
    // lowered in place, in one string.
    std::string out = collapseWhitespace(name);
    if (lowerAsciiInPlace(out))
        return out;
    return toLower(out);
}

std::string whitespaceNormalizeName(std::string_view name)
{
    return collapseWhitespace(name);
}

std::string makeId(std::string_view text)
{
    // lower + translate + NFKD + drop non-ASCII, then [^a-z0-9]+ -> '-' and
    // strip ^[-0-9]+ and -+$, in one pass: nothing is kept before the first
    // letter, and a run of other characters becomes a dash only when a
    // letter or digit follows it.
    std::string id;
    id.reserve(text.size());
    bool dash = false;
    auto add = [&id, &dash](char c) {
        const bool letter = c >= 'a' && c <= 'z';
        if (!letter && !(c >= '0' && c <= '9')) {
            dash = true;
            return;
        }
        if (id.empty() && !letter)
            return;
        if (dash && !id.empty())
            id += '-';
        dash = false;
        id += c;
    };
    for (std::size_t pos = 0; pos < text.size();) {
        const auto c = static_cast<unsigned char>(text[pos]);
        if (c < 0x80) {
            add(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
            ++pos;
            continue;
        }
        const char32_t cp = decodeUtf8(text, pos);
        if (const char *folded = findMapping(idFoldings, idFoldingCount, cp))
            for (const char *f = folded; *f; ++f)
                add(*f);
    }
    return id;
}

std::string_view lstripSpace(std::string_view text)
{
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t next = pos;
        if (!isUnicodeSpace(decodeUtf8(text, next)))
            break;
        pos = next;
    }
    return text.substr(pos);
}

std::string_view rstripSpace(std::string_view text)
{
    std::size_t end = text.size();
    while (end > 0) {
        const auto c = static_cast<unsigned char>(text[end - 1]);
        if (c < 0x80) {
            if (!isAsciiSpace(c))
                break;
            --end;
            continue;
        }
        std::size_t start = end - 1;
        while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xc0) == 0x80)
            --start;
        std::size_t pos = start;
        if (!isUnicodeSpace(decodeUtf8(text, pos)))
            break;
        end = start;
    }
    return text.substr(0, end);
}

std::size_t countNewlines(std::string_view text)
{
    // memchr() looks at many bytes at a time; std::count() at one.
    std::size_t count = 0;
    const char *pos = text.data();
    const char *const end = pos + text.size();
    while (pos < end) {
        const void *found = std::memchr(pos, '\n', static_cast<std::size_t>(end - pos));
        if (!found)
            break;
        ++count;
        pos = static_cast<const char *>(found) + 1;
    }
    return count;
}

std::string_view stripSpace(std::string_view text)
{
    return lstripSpace(rstripSpace(text));
}

std::vector<std::string_view> splitLines(std::string_view text)
{
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const auto c = static_cast<unsigned char>(text[pos]);
        std::size_t breakLength = 0;
        if (c == '\n' || c == '\v' || c == '\f' || (c >= 0x1c && c <= 0x1e)) {
            breakLength = 1;
        } else if (c == '\r') {
            breakLength = pos + 1 < text.size() && text[pos + 1] == '\n' ? 2 : 1;
        } else if (c == 0xc2 && pos + 1 < text.size() && static_cast<unsigned char>(text[pos + 1]) == 0x85) {
            breakLength = 2;
        } else if (c == 0xe2 && pos + 2 < text.size() && static_cast<unsigned char>(text[pos + 1]) == 0x80
            && (static_cast<unsigned char>(text[pos + 2]) == 0xa8
                || static_cast<unsigned char>(text[pos + 2]) == 0xa9)) {
            breakLength = 3;
        }
        if (breakLength) {
            lines.push_back(text.substr(start, pos - start));
            pos += breakLength;
            start = pos;
        } else {
            ++pos;
        }
    }
    if (start < text.size())
        lines.push_back(text.substr(start));
    return lines;
}

std::size_t codePointCount(std::string_view text)
{
    std::size_t count = 0;
    for (const char c : text)
        count += (static_cast<unsigned char>(c) & 0xc0) != 0x80;
    return count;
}

std::size_t columnWidth(std::string_view text)
{
    std::size_t width = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        const auto c = static_cast<unsigned char>(text[pos]);
        if (c < 0x80) {
            ++width;
            ++pos;
            continue;
        }
        const char32_t cp = decodeUtf8(text, pos);
        if (inRanges(combiningRanges, combiningRangeCount, cp))
            continue;
        width += inRanges(wideRanges, wideRangeCount, cp) ? 2 : 1;
    }
    return width;
}

} // namespace specwright::rst
