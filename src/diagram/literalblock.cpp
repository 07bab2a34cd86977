// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagram/literalblock.h"

#include "diagram/unicode_p.h"

#include <algorithm>
#include <cctype>

namespace specwright::diagram
{

namespace
{

struct Line {
    std::string text; // tabs expanded, no line break
    int indent = 0; // -1 for a blank line
};

std::string expandTabs(std::string_view line)
{
    std::string out;
    int column = 0;
    for (const char c : line) {
        if (c == '\t') {
            const int spaces = 8 - column % 8;
            out.append(static_cast<std::size_t>(spaces), ' ');
            column += spaces;
            continue;
        }
        out += c;
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++column;
    }
    return out;
}

std::vector<Line> splitDocument(std::string_view document)
{
    std::vector<Line> lines;
    std::size_t start = 0;
    while (start < document.size()) {
        std::size_t end = document.find('\n', start);
        if (end == std::string_view::npos)
            end = document.size();
        std::string_view raw = document.substr(start, end - start);
        if (!raw.empty() && raw.back() == '\r')
            raw.remove_suffix(1);
        Line line { expandTabs(raw), -1 };
        const auto first = line.text.find_first_not_of(" \f\v");
        if (first != std::string::npos)
            line.indent = static_cast<int>(first);
        lines.push_back(std::move(line));
        start = end + 1;
    }
    return lines;
}

bool isBlank(const Line &line)
{
    return line.indent < 0;
}

std::string_view trimmedEnd(std::string_view text)
{
    const auto last = text.find_last_not_of(" \f\v");
    return last == std::string_view::npos ? std::string_view() : text.substr(0, last + 1);
}

// "name" of a ".. name::" directive line, or empty.
std::string_view directiveName(const Line &line)
{
    if (isBlank(line))
        return {};
    std::string_view text = std::string_view(line.text).substr(static_cast<std::size_t>(line.indent));
    if (!text.starts_with(".. "))
        return {};
    text.remove_prefix(3);
    const auto colons = text.find("::");
    if (colons == std::string_view::npos || colons == 0 || text.substr(0, colons).find(' ') != std::string_view::npos)
        return {};
    return text.substr(0, colons);
}

bool isCodeDirective(std::string_view name)
{
    return name == "code-block" || name == "code" || name == "sourcecode" || name == "parsed-literal";
}

// Where the text of a line starts when it opens a list item ("* ", "- ",
// "1. ", "2) ", "(a) ", "#. "): the item's body, and so a literal block
// announced in it, is indented from there. Other lines: their indent.
int textIndent(const Line &line)
{
    const std::string_view text = std::string_view(line.text).substr(static_cast<std::size_t>(line.indent));
    std::size_t marker = 0;
    if (text.starts_with("* ") || text.starts_with("- ") || text.starts_with("+ ")) {
        marker = 1;
    } else {
        std::size_t pos = text.starts_with('(') ? 1 : 0;
        const std::size_t start = pos;
        while (pos < text.size() && std::isalnum(static_cast<unsigned char>(text[pos])))
            ++pos;
        if (pos == start && pos < text.size() && text[pos] == '#')
            ++pos;
        const bool alphabetic = pos - start == 1 && std::isalpha(static_cast<unsigned char>(text[start]));
        const bool numeric = pos > start
            && std::all_of(text.begin() + static_cast<std::ptrdiff_t>(start),
                text.begin() + static_cast<std::ptrdiff_t>(pos),
                [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '#'; });
        const char close = start == 1 ? ')' : '\0';
        if ((alphabetic || numeric) && pos < text.size()
            && ((close && text[pos] == close) || (!close && (text[pos] == '.' || text[pos] == ')'))))
            marker = pos + 1;
    }
    if (marker == 0 || marker >= text.size() || text[marker] != ' ')
        return line.indent;
    const auto body = text.find_first_not_of(' ', marker);
    return line.indent + static_cast<int>(body == std::string_view::npos ? marker + 1 : body);
}

// Whether the line ends a paragraph with the "::" that announces a literal
// block (and is not a directive, a comment or a line of colons).
bool announcesLiteralBlock(const Line &line)
{
    if (isBlank(line))
        return false;
    const std::string_view text = trimmedEnd(std::string_view(line.text).substr(static_cast<std::size_t>(line.indent)));
    if (!text.ends_with("::") || text.starts_with(".. "))
        return false;
    // "::::::" is a section adornment, "::" alone the expanded form.
    return text == "::" || text.find_first_not_of(':') != std::string_view::npos;
}

// A quoted literal block: unindented lines that all start with the same
// punctuation character, which stays part of the text.
std::optional<LiteralBlock> quotedContent(const std::vector<Line> &lines, int marker, int first, int indent)
{
    static constexpr std::string_view quotes = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    const char quote = lines[static_cast<std::size_t>(first)].text[static_cast<std::size_t>(indent)];
    if (quotes.find(quote) == std::string_view::npos)
        return std::nullopt;
    LiteralBlock block;
    block.form = LiteralBlock::Form::Quoted;
    block.markerLine = marker;
    block.markerIndent = indent;
    block.indent = indent;
    block.firstLine = first;
    block.lastLine = first;
    for (int i = first; i < static_cast<int>(lines.size()); ++i) {
        const Line &line = lines[static_cast<std::size_t>(i)];
        if (isBlank(line) || line.indent != indent || line.text[static_cast<std::size_t>(indent)] != quote)
            break;
        block.lastLine = i;
        block.text += std::string_view(line.text).substr(static_cast<std::size_t>(indent));
        block.text += '\n';
    }
    return block;
}

// The block's content starting after the blank lines that follow line
// `after`; nothing when no indented content follows.
std::optional<LiteralBlock> contentAfter(const std::vector<Line> &lines, int after, int markerIndent)
{
    const int n = static_cast<int>(lines.size());
    int first = after + 1;
    if (first < n && !isBlank(lines[static_cast<std::size_t>(first)]))
        return std::nullopt;
    while (first < n && isBlank(lines[static_cast<std::size_t>(first)]))
        ++first;
    if (first >= n || lines[static_cast<std::size_t>(first)].indent < markerIndent)
        return std::nullopt;
    if (lines[static_cast<std::size_t>(first)].indent == markerIndent)
        return quotedContent(lines, after, first, markerIndent);
    LiteralBlock block;
    block.markerLine = after;
    block.markerIndent = markerIndent;
    block.firstLine = first;
    block.lastLine = first;
    block.indent = lines[static_cast<std::size_t>(first)].indent;
    for (int i = first; i < n; ++i) {
        const Line &line = lines[static_cast<std::size_t>(i)];
        if (isBlank(line))
            continue;
        if (line.indent <= markerIndent)
            break;
        block.lastLine = i;
        block.indent = std::min(block.indent, line.indent);
    }
    for (int i = first; i <= block.lastLine; ++i) {
        const Line &line = lines[static_cast<std::size_t>(i)];
        if (!isBlank(line))
            block.text += std::string_view(line.text).substr(static_cast<std::size_t>(block.indent));
        block.text += '\n';
    }
    return block;
}

std::string indented(std::string_view text, int indent)
{
    std::string out;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos)
            end = text.size();
        const std::string_view line = trimmedEnd(text.substr(start, end - start));
        if (!line.empty())
            out.append(static_cast<std::size_t>(indent), ' ').append(line);
        out += '\n';
        start = end + 1;
    }
    return out;
}

bool isWide(char32_t cp)
{
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF)
        || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
}

bool isCombining(char32_t cp)
{
    return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x1AB0 && cp <= 0x1AFF) || (cp >= 0x1DC0 && cp <= 0x1DFF)
        || (cp >= 0x20D0 && cp <= 0x20FF) || (cp >= 0xFE20 && cp <= 0xFE2F) || cp == 0x200B;
}

} // namespace

std::vector<LiteralBlock> findLiteralBlocks(std::string_view document)
{
    const std::vector<Line> lines = splitDocument(document);
    std::vector<LiteralBlock> blocks;
    const int n = static_cast<int>(lines.size());
    int i = 0;
    while (i < n) {
        const Line &line = lines[static_cast<std::size_t>(i)];
        std::optional<LiteralBlock> block;
        if (isCodeDirective(directiveName(line))) {
            // Skip the directive's options (":linenos:" and the like).
            int last = i;
            while (last + 1 < n && !isBlank(lines[static_cast<std::size_t>(last + 1)])
                && lines[static_cast<std::size_t>(last + 1)].indent > line.indent)
                ++last;
            block = contentAfter(lines, last, line.indent);
            if (block) {
                block->markerLine = i;
                block->form = LiteralBlock::Form::Directive;
            }
        } else if (announcesLiteralBlock(line)) {
            block = contentAfter(lines, i, textIndent(line));
        }
        if (block) {
            i = block->lastLine + 1;
            blocks.push_back(std::move(*block));
        } else {
            ++i;
        }
    }
    return blocks;
}

std::optional<LiteralBlock> literalBlockAt(std::string_view document, int line)
{
    for (LiteralBlock &block : findLiteralBlocks(document)) {
        if (line >= block.markerLine && line <= block.lastLine)
            return std::move(block);
    }
    return std::nullopt;
}

TextEdit replaceLiteralBlock(const LiteralBlock &block, std::string_view diagramText)
{
    return { block.firstLine, block.lastLine - block.firstLine + 1, indented(diagramText, block.indent) };
}

int literalIndentStep(std::string_view document)
{
    // The most common step; on a tie the one the document uses first.
    std::vector<std::pair<int, int>> counts; // step, count, in order of first use
    for (const LiteralBlock &block : findLiteralBlocks(document)) {
        if (block.form != LiteralBlock::Form::Paragraph)
            continue;
        const int step = block.indent - block.markerIndent;
        const auto it = std::find_if(counts.begin(), counts.end(), [step](const auto &c) { return c.first == step; });
        if (it == counts.end())
            counts.emplace_back(step, 1);
        else
            ++it->second;
    }
    int step = 4;
    int best = 0;
    for (const auto &[indent, count] : counts) {
        if (count > best) {
            step = indent;
            best = count;
        }
    }
    return step;
}

TextEdit insertDiagram(std::string_view document, int line, std::string_view diagramText)
{
    const std::vector<Line> lines = splitDocument(document);
    const int n = static_cast<int>(lines.size());
    line = std::clamp(line, 0, n);
    // The "::" goes at the indent of the text it follows, so that it stays in
    // the same list item or block quote; the content of a literal block above
    // does not count.
    int baseIndent = 0;
    const auto blocks = findLiteralBlocks(document);
    for (int i = line - 1; i >= 0; --i) {
        if (isBlank(lines[static_cast<std::size_t>(i)]))
            continue;
        const auto inBlock = std::find_if(
            blocks.begin(), blocks.end(), [i](const LiteralBlock &b) { return i >= b.firstLine && i <= b.lastLine; });
        baseIndent = inBlock != blocks.end() ? inBlock->markerIndent : textIndent(lines[static_cast<std::size_t>(i)]);
        break;
    }
    const bool blankBefore = line == 0 || isBlank(lines[static_cast<std::size_t>(line - 1)]);
    const bool blankAfter = line >= n || isBlank(lines[static_cast<std::size_t>(line)]);
    TextEdit edit { line, 0, {} };
    if (!blankBefore)
        edit.text += '\n';
    edit.text.append(static_cast<std::size_t>(baseIndent), ' ').append("::\n\n");
    edit.text += indented(diagramText, baseIndent + literalIndentStep(document));
    if (!blankAfter)
        edit.text += '\n';
    return edit;
}

std::string applyEdit(std::string_view document, const TextEdit &edit)
{
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (start < document.size()) {
        std::size_t end = document.find('\n', start);
        end = end == std::string_view::npos ? document.size() : end + 1;
        lines.push_back(document.substr(start, end - start));
        start = end;
    }
    const auto count = static_cast<int>(lines.size());
    const int first = std::clamp(edit.firstLine, 0, count);
    const int last = std::clamp(edit.firstLine + edit.removedLines, first, count);
    std::string out;
    for (int i = 0; i < first; ++i)
        out += lines[static_cast<std::size_t>(i)];
    if (!out.empty() && out.back() != '\n')
        out += '\n';
    out += edit.text;
    for (int i = last; i < count; ++i)
        out += lines[static_cast<std::size_t>(i)];
    return out;
}

int displayWidth(std::string_view text)
{
    int width = 0;
    for (const char32_t cp : toCodePoints(text))
        width += isCombining(cp) ? 0 : isWide(cp) ? 2 : 1;
    return width;
}

WidthCheck checkWidth(std::string_view diagramText, int indent, int limit)
{
    WidthCheck check { 0, indent, limit };
    std::size_t start = 0;
    while (start < diagramText.size()) {
        std::size_t end = diagramText.find('\n', start);
        if (end == std::string_view::npos)
            end = diagramText.size();
        check.widest = std::max(check.widest, displayWidth(trimmedEnd(diagramText.substr(start, end - start))));
        start = end + 1;
    }
    return check;
}

} // namespace specwright::diagram
