// SPDX-License-Identifier: GPL-3.0-or-later
#include "rst/parser.h"

#include "rst/blockparser_p.h"
#include "rst/lineranges_p.h"
#include "rst/text.h"
#include "rst/transforms.h"

#include <cstdint>
#include <cstring>

namespace specwright::rst
{

namespace
{

// The length of the valid UTF-8 sequence at text[pos], or 0.
std::size_t validSequence(std::string_view text, std::size_t pos)
{
    const auto c = static_cast<unsigned char>(text[pos]);
    if (c < 0x80)
        return 1;
    std::size_t length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) {
        length = 2;
    } else if (c >= 0xe0 && c <= 0xef) {
        length = 3;
        if (c == 0xe0)
            low = 0xa0;
        else if (c == 0xed)
            high = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
        length = 4;
        if (c == 0xf0)
            low = 0x90;
        else if (c == 0xf4)
            high = 0x8f;
    } else {
        return 0;
    }
    if (pos + length > text.size())
        return 0;
    for (std::size_t i = 1; i < length; ++i) {
        const auto b = static_cast<unsigned char>(text[pos + i]);
        if (b < (i == 1 ? low : 0x80) || b > (i == 1 ? high : 0xbf))
            return 0;
    }
    return length;
}

// Replaces invalid UTF-8 as Python's errors="replace" does (one U+FFFD per
// maximal invalid subpart) and reports each line that had some.
std::string repairUtf8(std::string_view text, Document &document)
{
    std::string out;
    out.reserve(text.size() + 16);
    int line = 1;
    int reportedLine = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t length = validSequence(text, pos);
        if (length) {
            if (text[pos] == '\n')
                ++line;
            out.append(text.substr(pos, length));
            pos += length;
            continue;
        }
        // maximal subpart: a lead byte followed by valid continuation bytes
        // of a truncated sequence counts once.
        const auto c = static_cast<unsigned char>(text[pos]);
        std::size_t skip = 1;
        std::size_t expected = c >= 0xf0 && c <= 0xf4 ? 4 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xc2 && c <= 0xdf ? 2 : 1;
        while (skip < expected && pos + skip < text.size()) {
            const auto b = static_cast<unsigned char>(text[pos + skip]);
            bool ok = b >= 0x80 && b <= 0xbf;
            if (skip == 1) {
                if (c == 0xe0)
                    ok = b >= 0xa0 && b <= 0xbf;
                else if (c == 0xed)
                    ok = b >= 0x80 && b <= 0x9f;
                else if (c == 0xf0)
                    ok = b >= 0x90 && b <= 0xbf;
                else if (c == 0xf4)
                    ok = b >= 0x80 && b <= 0x8f;
            }
            if (!ok)
                break;
            ++skip;
        }
        out += "\xef\xbf\xbd";
        pos += skip;
        if (reportedLine != line) {
            document.addDiagnostic(2, line, "Invalid UTF-8 replaced by U+FFFD.");
            reportedLine = line;
        }
    }
    return out;
}

} // namespace

std::shared_ptr<const Document> parse(std::string_view utf8, const ParseOptions &options)
{
    auto document = std::make_shared<Document>(options.sourcePath);
    std::string repaired;
    bool valid = true;
    for (std::size_t pos = 0; pos < utf8.size();) {
        // Specs are mostly ASCII: check eight bytes at a time for a high bit
        // and go straight to the first byte that has one.
        if (pos + 8 <= utf8.size()) {
            const std::uint64_t high = bytes8::load(utf8, pos) & bytes8::highs;
            if (high == 0) {
                pos += 8;
                continue;
            }
            pos += bytes8::firstFlagged(high);
        }
        const std::size_t length = validSequence(utf8, pos);
        if (!length) {
            valid = false;
            break;
        }
        pos += length;
    }
    if (!valid) {
        repaired = repairUtf8(utf8, *document);
        utf8 = repaired;
    }
    document->setSourceSize(utf8.size());
    const NodeArena::Scope nodesInDocument(document->nodeArena());
    {
        std::deque<std::string> arena;
        const detail::LineList lines = detail::sourceLines(utf8, arena);
        detail::Parser parser(*document);
        parser.parseDocument(lines);
    }
    document->sortSourceRanges();
    if (options.applyTransforms) {
        applyTransforms(*document);
        document->setTransformed(true);
    }
    storeLineRanges(*document);
    return document;
}

} // namespace specwright::rst
