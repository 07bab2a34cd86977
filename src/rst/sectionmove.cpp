// SPDX-License-Identifier: GPL-3.0-or-later
#include "rst/sectionmove.h"

#include <algorithm>
#include <map>
#include <set>

#include "rst/text.h"

namespace specwright::rst
{

namespace
{

using Lines = std::vector<std::string>;

Lines splitAtNewlines(std::string_view text)
{
    Lines lines;
    std::size_t start = 0;
    for (std::size_t end = text.find('\n'); end != std::string_view::npos; end = text.find('\n', start)) {
        lines.emplace_back(text.substr(start, end - start));
        start = end + 1;
    }
    lines.emplace_back(text.substr(start));
    return lines;
}

std::string joinLines(const Lines &lines, std::size_t first, std::size_t last)
{
    std::string text;
    for (std::size_t i = first; i < last; ++i) {
        if (i > first)
            text += '\n';
        text += lines[i];
    }
    return text;
}

std::string_view trimmed(std::string_view line)
{
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r'))
        line.remove_suffix(1);
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t'))
        line.remove_prefix(1);
    return line;
}

bool isBlank(std::string_view line)
{
    return trimmed(line).empty();
}

bool isAdornmentChar(char c)
{
    const bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    return c > ' ' && c < 0x7f && !alnum;
}

// A line of one punctuation character (repeated), as titles, transitions and
// simple table borders are made of.
bool isAdornment(std::string_view line)
{
    line = trimmed(line);
    if (line.empty() || !isAdornmentChar(line.front()))
        return false;
    return std::all_of(line.begin(), line.end(), [&](char c) { return c == line.front(); });
}

struct Style {
    char character = '=';
    bool overline = false;
};

// One section of the outline placed in the text: lines are 0-based indexes,
// [start, end) runs from the overline or title to the next section of the
// same level or above.
struct Placed {
    int level = 0;
    std::size_t titleIndex = 0;
    std::size_t start = 0;
    std::size_t end = 0;
    std::size_t subtreeEnd = 0; // index in the flat list past the last subsection
};

bool place(const std::vector<Section> &sections, const Lines &lines, std::vector<Placed> &flat)
{
    for (const Section &section : sections) {
        // Sections the transforms add ("Docutils System Messages") have no
        // place in the text.
        if (section.line < 1)
            continue;
        if (std::size_t(section.line) >= lines.size())
            return false;
        Placed placed;
        placed.level = section.level;
        placed.titleIndex = std::size_t(section.line - 1);
        placed.start = placed.titleIndex;
        const std::string_view underline = trimmed(lines[placed.titleIndex + 1]);
        if (!isAdornment(underline))
            return false;
        if (placed.titleIndex > 0 && trimmed(lines[placed.titleIndex - 1]) == underline)
            placed.start = placed.titleIndex - 1;
        const std::size_t self = flat.size();
        flat.push_back(placed);
        if (!place(section.children, lines, flat))
            return false;
        flat[self].subtreeEnd = flat.size();
    }
    return true;
}

// A section ends where the next one of its level or above starts.
void measure(std::vector<Placed> &flat, std::size_t lineCount)
{
    for (std::size_t i = 0; i < flat.size(); ++i) {
        flat[i].end = lineCount;
        for (std::size_t j = i + 1; j < flat.size(); ++j) {
            if (flat[j].level <= flat[i].level) {
                flat[i].end = flat[j].start;
                break;
            }
        }
    }
}

class Adorner
{
public:
    Adorner(const Lines &lines, const std::vector<Placed> &flat)
    {
        for (const std::string &line : lines)
            if (isAdornment(line))
                m_used.insert(trimmed(line).front());
        for (const Placed &section : flat) {
            if (m_styles.count(section.level))
                continue;
            const std::string_view underline = trimmed(lines[section.titleIndex + 1]);
            m_styles[section.level] = { underline.front(), section.start != section.titleIndex };
        }
    }

    Style styleFor(int level)
    {
        if (const auto known = m_styles.find(level); known != m_styles.end())
            return known->second;
        // Docutils' own recommendation, in order, then the rest.
        static constexpr std::string_view preferred = "=-~^\"'`#*+_.:<>";
        for (const char c : preferred) {
            if (!m_used.count(c)) {
                m_used.insert(c);
                return m_styles[level] = Style { c, false };
            }
        }
        return m_styles[level] = Style { '=', false };
    }

private:
    std::map<int, Style> m_styles;
    std::set<char> m_used;
};

// The title's lines in style, replacing lines[first, last).
void readorn(Lines &block, std::size_t first, std::size_t titleIndex, Style style)
{
    const std::string title(trimmed(block[titleIndex]));
    const std::size_t oldLength = trimmed(block[titleIndex + 1]).size();
    const std::size_t length = std::max(columnWidth(title), oldLength);
    const std::string adornment(length, style.character);
    Lines replacement;
    if (style.overline)
        replacement.push_back(adornment);
    replacement.push_back(title);
    replacement.push_back(adornment);
    block.erase(block.begin() + std::ptrdiff_t(first), block.begin() + std::ptrdiff_t(titleIndex + 2));
    block.insert(block.begin() + std::ptrdiff_t(first), replacement.begin(), replacement.end());
}

void trimTrailingBlanks(Lines &lines)
{
    while (!lines.empty() && isBlank(lines.back()))
        lines.pop_back();
}

// The smallest replacement of whole lines turning before into after, never
// empty on either side (a line edit cannot insert or delete nothing).
TextEdit lineEdit(const Lines &before, const Lines &after)
{
    std::size_t prefix = 0;
    while (prefix < before.size() && prefix < after.size() && before[prefix] == after[prefix])
        ++prefix;
    std::size_t suffix = 0;
    while (suffix < before.size() - prefix && suffix < after.size() - prefix
        && before[before.size() - 1 - suffix] == after[after.size() - 1 - suffix])
        ++suffix;
    while (prefix + suffix >= std::min(before.size(), after.size())) {
        if (suffix > 0)
            --suffix;
        else
            --prefix;
    }
    return { int(prefix) + 1, int(before.size() - suffix), joinLines(after, prefix, after.size() - suffix) };
}

} // namespace

std::optional<SectionMove> moveSection(std::string_view text,
    const std::vector<Section> &sections,
    int sectionLine,
    int targetLine,
    SectionPlacement placement)
{
    const bool finalNewline = !text.empty() && text.back() == '\n';
    const Lines lines = splitAtNewlines(finalNewline ? text.substr(0, text.size() - 1) : text);
    std::vector<Placed> flat;
    if (!place(sections, lines, flat))
        return std::nullopt;
    measure(flat, lines.size());

    const auto byLine = [&](int line) {
        return std::find_if(
            flat.begin(), flat.end(), [line](const Placed &section) { return int(section.titleIndex) + 1 == line; });
    };
    const auto source = byLine(sectionLine);
    if (source == flat.end())
        return std::nullopt;
    const Placed moved = *source;
    const std::size_t sourceIndex = std::size_t(source - flat.begin());

    int newLevel = 1;
    std::size_t insertAt = lines.size();
    if (targetLine == 0) {
        if (placement != SectionPlacement::LastChild)
            return std::nullopt;
    } else {
        const auto target = byLine(targetLine);
        if (target == flat.end() || (moved.start <= target->start && target->start < moved.end))
            return std::nullopt;
        newLevel = placement == SectionPlacement::LastChild ? target->level + 1 : target->level;
        insertAt = placement == SectionPlacement::Before ? target->start : target->end;
    }
    const int shift = newLevel - moved.level;
    if (shift == 0 && (insertAt == moved.start || insertAt == moved.end))
        return std::nullopt;

    Lines block(lines.begin() + std::ptrdiff_t(moved.start), lines.begin() + std::ptrdiff_t(moved.end));
    std::size_t gap = block.size();
    trimTrailingBlanks(block);
    gap = std::max<std::size_t>(1, gap - block.size());
    if (shift != 0) {
        Adorner adorner(lines, flat);
        // From the last title up, so that the earlier ones keep their place.
        for (std::size_t i = moved.subtreeEnd; i-- > sourceIndex;) {
            const Placed &section = flat[i];
            readorn(block,
                section.start - moved.start,
                section.titleIndex - moved.start,
                adorner.styleFor(section.level + shift));
        }
    }
    const bool overline = block.size() > 2 && isAdornment(block[0]) && trimmed(block[0]) == trimmed(block[2]);
    const std::size_t titleOffset = overline ? 1 : 0;

    Lines rest(lines.begin(), lines.begin() + std::ptrdiff_t(moved.start));
    rest.insert(rest.end(), lines.begin() + std::ptrdiff_t(moved.end), lines.end());
    if (insertAt > moved.start)
        insertAt -= moved.end - moved.start;
    Lines result(rest.begin(), rest.begin() + std::ptrdiff_t(insertAt));
    const bool atEnd = insertAt == rest.size();
    if (atEnd)
        trimTrailingBlanks(result);
    if (!result.empty() && !isBlank(result.back()))
        result.insert(result.end(), atEnd ? gap : 1, std::string());
    const std::size_t blockStart = result.size();
    result.insert(result.end(), block.begin(), block.end());
    if (!atEnd) {
        result.insert(result.end(), gap, std::string());
        result.insert(result.end(), rest.begin() + std::ptrdiff_t(insertAt), rest.end());
    }
    // The section that came before it now ends the document.
    if (moved.end == lines.size() && !atEnd)
        trimTrailingBlanks(result);

    std::string newText = joinLines(result, 0, result.size());
    if (finalNewline)
        newText += '\n';
    if (newText == text)
        return std::nullopt;
    return SectionMove { lineEdit(splitAtNewlines(text), splitAtNewlines(newText)), int(blockStart + titleOffset) + 1 };
}

} // namespace specwright::rst
