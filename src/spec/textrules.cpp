// SPDX-License-Identifier: GPL-3.0-or-later
#include "spec/textrules.h"

#include <string>

namespace specwright::spec
{

namespace
{

constexpr std::string_view zeroWidthSpace = "\xE2\x80\x8B";

bool isContinuationByte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// Characters (code points) in text; continuation bytes are not counted.
int characterCount(std::string_view text)
{
    int count = 0;
    for (const char c : text)
        count += isContinuationByte(c) ? 0 : 1;
    return count;
}

int columnOf(std::string_view line, std::size_t byteOffset)
{
    return characterCount(line.substr(0, byteOffset)) + 1;
}

// One UTF-8 code point at text[pos], advancing pos; a malformed sequence
// yields its lead byte alone, so any input is walked safely.
char32_t nextCodePoint(std::string_view text, std::size_t &pos)
{
    const auto lead = static_cast<unsigned char>(text[pos++]);
    const int extra = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0;
    if (extra == 0 || pos + extra > text.size())
        return lead;
    char32_t cp = lead & (0x3F >> extra);
    for (int i = 0; i < extra; ++i) {
        if (!isContinuationByte(text[pos + i]))
            return lead;
        cp = (cp << 6) | (static_cast<unsigned char>(text[pos + i]) & 0x3F);
    }
    pos += extra;
    return cp;
}

// Python's str.isspace(), which str.split() splits at.
bool isPythonSpace(char32_t cp)
{
    return (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x20) || cp == 0x85 || cp == 0xA0 || cp == 0x1680
        || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F
        || cp == 0x3000;
}

bool isAscii(std::string_view text)
{
    for (const char c : text) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

// Whether the line holds at most one word, as Python's len(line.split()) <= 1:
// the gate cannot ask anyone to wrap what has no place to break.
bool isSingleWord(std::string_view line)
{
    int words = 0;
    bool inWord = false;
    std::size_t pos = 0;
    const bool ascii = isAscii(line);
    while (pos < line.size()) {
        const char32_t cp = ascii ? static_cast<unsigned char>(line[pos++]) : nextCodePoint(line, pos);
        const bool space = isPythonSpace(cp);
        if (!space && !inWord && ++words > 1)
            return false;
        inWord = !space;
    }
    return true;
}

bool hasUrl(std::string_view line)
{
    return line.find("http://") != std::string_view::npos || line.find("https://") != std::string_view::npos;
}

} // namespace

std::vector<Problem> checkText(std::string_view text)
{
    std::vector<Problem> problems;
    int crLines = 0;
    int firstCrLine = 0;
    int firstCrColumn = 0;
    bool inCodeBlock = false;

    int lineNumber = 0;
    std::size_t start = 0;
    while (start < text.size()) {
        ++lineNumber;
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos)
            end = text.size();
        std::string_view line = text.substr(start, end - start);
        start = end + 1;

        // A '\r' ends the line in CRLF files; elsewhere in the line it is an
        // old Mac line ending. Either is reported, once for the file.
        if (const auto cr = line.find('\r'); cr != std::string_view::npos) {
            if (crLines++ == 0) {
                firstCrLine = lineNumber;
                firstCrColumn = columnOf(line, cr);
            }
        }
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);

        // Inside a literal block (after a line holding "::") lines are
        // exempt from the length limit while they are blank or indented.
        bool exempt = false;
        if (inCodeBlock) {
            if (line.empty() || line.front() == ' ')
                exempt = true;
            else
                inCodeBlock = false;
        }
        if (line.find("::") != std::string_view::npos)
            inCodeBlock = true;

        const int length = characterCount(line);
        if (length > maximumLineLength && !exempt && !hasUrl(line) && !isSingleWord(line)) {
            problems.push_back({ .rule = rules::lineLength,
                .severity = Severity::Error,
                .line = lineNumber,
                .column = maximumLineLength + 1,
                .message = "line is " + std::to_string(length) + " characters long, the limit is "
                    + std::to_string(maximumLineLength) });
        }
        if (const auto zw = line.find(zeroWidthSpace); zw != std::string_view::npos) {
            problems.push_back({ .rule = rules::zeroWidthSpace,
                .severity = Severity::Error,
                .line = lineNumber,
                .column = columnOf(line, zw),
                .message = "zero-width space (U+200B)" });
        }
        if (!line.empty() && line.back() == ' ') {
            const std::size_t firstTrailing = line.find_last_not_of(' ') + 1; // npos + 1 == 0
            problems.push_back({ .rule = rules::trailingWhitespace,
                .severity = Severity::Error,
                .line = lineNumber,
                .column = columnOf(line, firstTrailing),
                .message = "trailing spaces" });
        }
        if (const auto tab = line.find('\t'); tab != std::string_view::npos) {
            problems.push_back({ .rule = rules::tab,
                .severity = Severity::Warning,
                .line = lineNumber,
                .column = columnOf(line, tab),
                .message = "tab character" });
        }
        if (end == text.size()) {
            problems.push_back({ .rule = rules::finalNewline,
                .severity = Severity::Warning,
                .line = lineNumber,
                .column = characterCount(line) + 1,
                .message = "no newline at the end of the file" });
        }
    }

    if (crLines > 0) {
        std::string message = "carriage return (CRLF line ending)";
        if (crLines > 1)
            message += " on " + std::to_string(crLines) + " lines";
        problems.push_back({ .rule = rules::carriageReturn,
            .severity = Severity::Error,
            .line = firstCrLine,
            .column = firstCrColumn,
            .message = std::move(message) });
    }
    return problems;
}

} // namespace specwright::spec
