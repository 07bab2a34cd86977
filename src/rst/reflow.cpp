// SPDX-License-Identifier: GPL-3.0-or-later
#include "rst/reflow.h"

#include "rst/text.h"

#include <algorithm>
#include <array>
#include <vector>

namespace specwright::rst
{

namespace
{

int widthOf(std::string_view text)
{
    return static_cast<int>(columnWidth(text));
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

bool isAsciiAlnum(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// RST's adornment characters: the printable ASCII punctuation.
bool isPunctuation(char c)
{
    return c > ' ' && c < 0x7f && !isAsciiAlnum(c);
}

std::string_view trimRight(std::string_view s)
{
    while (!s.empty() && (isSpace(s.back()) || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

bool isBlank(std::string_view line)
{
    return trimRight(line).empty();
}

std::size_t indentBytes(std::string_view line)
{
    std::size_t i = 0;
    while (i < line.size() && isSpace(line[i]))
        ++i;
    return i;
}

// Tabs advance to the next multiple of 8, as docutils expands them.
int indentOf(std::string_view line)
{
    int column = 0;
    for (char c : line.substr(0, indentBytes(line)))
        column = c == '\t' ? (column / 8 + 1) * 8 : column + 1;
    return column;
}

std::vector<std::string_view> linesOf(std::string_view text)
{
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) {
            lines.push_back(text.substr(start));
            break;
        }
        std::string_view line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        lines.push_back(line);
        start = end + 1;
    }
    return lines;
}

// A line made of one punctuation character repeated: a section title's
// underline or overline, or a transition. "::" and ".." mean something else.
bool isAdornment(std::string_view line)
{
    const std::string_view s = trimRight(line.substr(indentBytes(line)));
    if (s.size() < 2 || !isPunctuation(s[0]) || s == "::" || s == "..")
        return false;
    return std::all_of(s.begin(), s.end(), [&](char c) { return c == s[0]; });
}

// Grid table borders ("+---+===+") and simple table borders ("===  ===").
bool isTableBorder(std::string_view line)
{
    const std::string_view s = trimRight(line.substr(indentBytes(line)));
    if (s.size() >= 3 && s.front() == '+' && s.back() == '+' && s.find_first_not_of("+-=") == std::string_view::npos)
        return true;
    if (s.empty() || (s[0] != '=' && s[0] != '-') || s.find_first_not_of("=- ") != std::string_view::npos)
        return false;
    int groups = 0;
    for (std::size_t i = 0; i < s.size(); ++i)
        if (s[i] != ' ' && (i == 0 || s[i - 1] == ' '))
            ++groups;
    return groups >= 2;
}

enum class MarkerKind { None, Bullet, Enumerator, Field, Explicit };

struct Marker {
    MarkerKind kind = MarkerKind::None;
    std::size_t textStart = 0; // byte offset of the text after the marker and its spaces
    int textColumn = 0;
    // Enumerators: "(" or "", the sequence token, and "." or ")".
    std::string_view open;
    std::string_view token;
    std::string_view close;
};

bool isRomanLetter(char c)
{
    return std::string_view("ivxlcdmIVXLCDM").find(c) != std::string_view::npos;
}

// The enumerator at the start of s ("1.", "#)", "(a)", "iv."), or 0.
std::size_t enumeratorLength(std::string_view s, Marker &marker)
{
    std::size_t i = 0;
    const bool paren = !s.empty() && s[0] == '(';
    if (paren)
        ++i;
    const std::size_t tokenStart = i;
    if (i < s.size() && s[i] == '#') {
        ++i;
    } else if (i < s.size() && s[i] >= '0' && s[i] <= '9') {
        while (i < s.size() && s[i] >= '0' && s[i] <= '9')
            ++i;
    } else {
        while (i < s.size() && isAsciiAlnum(s[i]) && !(s[i] >= '0' && s[i] <= '9'))
            ++i;
        const std::string_view letters = s.substr(tokenStart, i - tokenStart);
        if (letters.empty() || (letters.size() > 1 && !std::all_of(letters.begin(), letters.end(), isRomanLetter)))
            return 0;
    }
    if (i == tokenStart || i >= s.size())
        return 0;
    const char close = s[i];
    if (paren ? close != ')' : (close != '.' && close != ')'))
        return 0;
    marker.open = s.substr(0, paren ? 1 : 0);
    marker.token = s.substr(tokenStart, i - tokenStart);
    marker.close = s.substr(i, 1);
    return i + 1;
}

// The length of a field marker (":name:") at the start of s, or 0. A role
// at the start of a paragraph (":ref:`x`") is not one.
std::size_t fieldMarkerLength(std::string_view s)
{
    if (s.size() < 3 || s[0] != ':' || s[1] == ':' || s[1] == ' ')
        return 0;
    for (std::size_t i = 1; i < s.size(); ++i) {
        if (s[i] == '\\') {
            ++i;
        } else if (s[i] == ':') {
            const bool atEnd = i + 1 == s.size() || isSpace(s[i + 1]);
            if (atEnd)
                return s[i - 1] == ' ' ? 0 : i + 1;
            if (s[i + 1] == '`')
                return 0;
        }
    }
    return 0;
}

std::size_t bulletLength(std::string_view s)
{
    if (!s.empty() && (s[0] == '*' || s[0] == '+' || s[0] == '-'))
        return 1;
    // The Unicode bullets docutils accepts: U+2022, U+2023, U+2043.
    for (std::string_view bullet : { "\u2022", "\u2023", "\u2043" })
        if (s.starts_with(bullet))
            return bullet.size();
    return 0;
}

Marker markerOf(std::string_view line)
{
    Marker marker;
    const std::size_t indent = indentBytes(line);
    const std::string_view s = trimRight(line.substr(indent));
    std::size_t length = 0;
    // "__ link" is the short form of an anonymous hyperlink target.
    if ((s.starts_with("..") || s.starts_with("__")) && (s.size() == 2 || isSpace(s[2]))) {
        marker.kind = MarkerKind::Explicit;
        length = 2;
    } else if ((length = bulletLength(s)) != 0) {
        marker.kind = MarkerKind::Bullet;
    } else if ((length = enumeratorLength(s, marker)) != 0) {
        marker.kind = MarkerKind::Enumerator;
    } else if ((length = fieldMarkerLength(s)) != 0) {
        marker.kind = MarkerKind::Field;
    }
    if (marker.kind == MarkerKind::None || (length < s.size() && !isSpace(s[length])))
        return {};
    std::size_t text = indent + length;
    while (text < line.size() && isSpace(line[text]))
        ++text;
    marker.textStart = std::min(text, indent + s.size());
    marker.textColumn = indentOf(line) + widthOf(line.substr(indent, marker.textStart - indent));
    return marker;
}

bool markerHasText(std::string_view line, const Marker &marker)
{
    return !trimRight(line.substr(marker.textStart)).empty();
}

// Admonitions hold ordinary paragraphs; every other directive's content
// (code, tables, images, raw output, ...) is left as written.
bool isAdmonition(std::string_view line)
{
    std::string_view s = line.substr(indentBytes(line) + 2);
    s.remove_prefix(indentBytes(s));
    const std::size_t colons = s.find("::");
    if (colons == std::string_view::npos)
        return false;
    static constexpr std::array<std::string_view, 11> names = { "admonition",
        "attention",
        "caution",
        "danger",
        "error",
        "hint",
        "important",
        "note",
        "tip",
        "warning",
        "seealso" };
    return std::find(names.begin(), names.end(), s.substr(0, colons)) != names.end();
}

enum class UnitKind { Paragraph, Item, Fixed };

// A stretch of lines that re-wraps as one: a paragraph, or the first
// paragraph of a list item or field. Fixed units are never touched.
struct Unit {
    int first = 0;
    int last = 0;
    UnitKind kind = UnitKind::Fixed;
    Marker marker;
    int hangIndent = -1; // the indent of the item's continuation lines, -1 when it has none
};

// A paragraph followed, without a blank line, by a deeper line is a
// definition term when it has one line, and becomes one if re-wrapping left
// it with one: it is left as written.
bool deeperFollows(const std::vector<std::string_view> &lines, int next, int last, int indent)
{
    return next <= last && indentOf(lines[next]) > indent;
}

// Splits lines first..last, which have no blank line between them, into
// units, the way docutils reads them: a list item's continuation is
// indented past its marker, a paragraph's lines share one indent, and a
// line followed by a deeper one is a definition term.
std::vector<Unit> unitsOf(const std::vector<std::string_view> &lines, int first, int last)
{
    std::vector<Unit> units;
    int swallowedIndent = -1;
    int i = first;
    while (i <= last) {
        const std::string_view line = lines[i];
        const int indent = indentOf(line);
        const Marker marker = markerOf(line);
        Unit unit { i, i, UnitKind::Fixed, marker, -1 };
        int next = i + 1;
        if (isAdornment(line)) {
            // A title's underline or overline, or a transition.
        } else if (marker.kind == MarkerKind::Explicit) {
            while (next <= last && indentOf(lines[next]) > indent)
                ++next;
        } else if (marker.kind != MarkerKind::None) {
            if (markerHasText(line, marker)) {
                // A list item's text continues at exactly its text column;
                // a field body at any one indent past the marker.
                const bool field = marker.kind == MarkerKind::Field;
                const int body = marker.textColumn;
                while (next <= last && !isAdornment(lines[next]) && markerOf(lines[next]).kind == MarkerKind::None) {
                    const int nextIndent = indentOf(lines[next]);
                    if (field ? (nextIndent <= indent || (unit.hangIndent >= 0 && nextIndent != unit.hangIndent))
                              : nextIndent != body)
                        break;
                    unit.hangIndent = nextIndent;
                    ++next;
                }
                const int textIndent = field ? (unit.hangIndent >= 0 ? unit.hangIndent : indent + 1) : body;
                // "* .. [1] note" or "* - nested": the item holds another
                // construct whose own indent the wrap would not keep.
                const bool nested = markerOf(line.substr(marker.textStart)).kind != MarkerKind::None;
                unit.kind = nested || deeperFollows(lines, next, last, textIndent) ? UnitKind::Fixed : UnitKind::Item;
            }
        } else {
            while (next <= last && !isAdornment(lines[next]) && indentOf(lines[next]) == indent
                && markerOf(lines[next]).kind == MarkerKind::None)
                ++next;
            const bool title = next <= last && isAdornment(lines[next]);
            unit.kind = title || deeperFollows(lines, next, last, indent) ? UnitKind::Fixed : UnitKind::Paragraph;
        }
        // Without a blank line after a paragraph, docutils reads marker-like
        // lines as more of the paragraph, whatever the writer meant: leave
        // the paragraph and every such line after it as they are.
        if (marker.kind != MarkerKind::None && !units.empty() && units.back().kind == UnitKind::Paragraph
            && indentOf(lines[units.back().first]) == indent) {
            units.back().kind = UnitKind::Fixed;
            swallowedIndent = indent;
        }
        if (indent == swallowedIndent)
            unit.kind = UnitKind::Fixed;
        unit.last = next - 1;
        units.push_back(unit);
        i = next;
    }
    return units;
}

// Whether the unit starting at line start with the given indent sits inside
// a literal block, a comment or a directive other than an admonition: some
// line above it, less indented than everything in between, opens one.
bool isInsideVerbatim(const std::vector<std::string_view> &lines, int start, int indent)
{
    int level = indent;
    for (int k = start - 1; k >= 0 && level > 0; --k) {
        const std::string_view line = lines[k];
        if (isBlank(line) || indentOf(line) >= level)
            continue;
        const Marker marker = markerOf(line);
        if (marker.kind == MarkerKind::Explicit) {
            if (!isAdmonition(line))
                return true;
        } else if (trimRight(line).ends_with("::")) {
            // Inside a list item the block must be indented past the item's
            // text; a field's body indent is not known here, so any deeper
            // line counts.
            const bool item = marker.kind == MarkerKind::Bullet || marker.kind == MarkerKind::Enumerator;
            const int body = item && markerHasText(line, marker) ? marker.textColumn : indentOf(line);
            if (level > body)
                return true;
        }
        level = indentOf(line);
    }
    return false;
}

// A paragraph right after a "::" paragraph at the same indent whose lines
// start with punctuation is a quoted literal block.
bool isQuotedLiteral(const std::vector<std::string_view> &lines, int start, int indent)
{
    const std::string_view first = lines[start].substr(indentBytes(lines[start]));
    if (first.empty() || !isPunctuation(first[0]))
        return false;
    int k = start - 1;
    while (k >= 0 && isBlank(lines[k]))
        --k;
    return k >= 0 && k < start - 1 && indentOf(lines[k]) == indent && trimRight(lines[k]).ends_with("::");
}

// Lines whose breaks carry meaning: line blocks, table rows, doctest
// blocks and option lists.
bool keepsLineBreaks(std::string_view line)
{
    const std::string_view s = line.substr(indentBytes(line));
    return s.starts_with("|") || s.starts_with(">>>")
        || (s.size() >= 2 && s[0] == '-'
            && (isAsciiAlnum(s[1]) || (s[1] == '-' && s.size() > 2 && isAsciiAlnum(s[2]))));
}

// Whether a line starting with this word would start a list item, a field
// or explicit markup when the paragraph is read again.
bool looksLikeMarker(std::string_view word)
{
    const std::string line = std::string(word) + " x";
    return markerOf(line).kind != MarkerKind::None;
}

std::vector<std::string_view> wordsOf(std::string_view text)
{
    std::vector<std::string_view> words;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && isSpace(text[i]))
            ++i;
        std::size_t end = i;
        while (end < text.size() && !isSpace(text[end]))
            ++end;
        if (end > i)
            words.push_back(text.substr(i, end - i));
        i = end;
    }
    return words;
}

std::string fill(const std::vector<std::string_view> &words,
    const std::string &firstPrefix,
    const std::string &hangPrefix,
    int limit)
{
    std::vector<std::vector<std::string_view>> lines(1);
    int width = widthOf(firstPrefix);
    const int hangWidth = widthOf(hangPrefix);
    for (std::string_view word : words) {
        std::vector<std::string_view> &line = lines.back();
        const int wordWidth = widthOf(word);
        if (line.empty()) {
            line.push_back(word);
            width += wordWidth;
            continue;
        }
        if (width + 1 + wordWidth <= limit) {
            line.push_back(word);
            width += 1 + wordWidth;
            continue;
        }
        std::vector<std::string_view> next { word };
        width = hangWidth + wordWidth;
        // Keep a marker-like word off the start of a line, so that reading
        // (or re-wrapping) the paragraph again finds no list item, option or
        // line block there; and
        // keep "<target>" beside its title, as tools that split a role's
        // title from its target on " <" expect.
        if ((looksLikeMarker(word) || keepsLineBreaks(word) || word.starts_with('<')) && line.size() >= 2) {
            const int carried = widthOf(line.back());
            if (hangWidth + carried + 1 + wordWidth <= limit) {
                next.insert(next.begin(), line.back());
                line.pop_back();
                width += carried + 1;
            }
        }
        lines.push_back(std::move(next));
    }
    std::string out;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i > 0)
            out += '\n';
        out += i == 0 ? firstPrefix : hangPrefix;
        for (std::size_t w = 0; w < lines[i].size(); ++w) {
            if (w > 0)
                out += ' ';
            out += lines[i][w];
        }
    }
    return out;
}

} // namespace

std::optional<TextEdit> reflowAt(std::string_view text, int line, int limit)
{
    const std::vector<std::string_view> lines = linesOf(text);
    const int count = static_cast<int>(lines.size());
    const int cursor = line - 1;
    if (cursor < 0 || cursor >= count || isBlank(lines[cursor]))
        return std::nullopt;

    int runFirst = cursor;
    while (runFirst > 0 && !isBlank(lines[runFirst - 1]))
        --runFirst;
    int runLast = cursor;
    while (runLast + 1 < count && !isBlank(lines[runLast + 1]))
        ++runLast;
    for (int i = runFirst; i <= runLast; ++i)
        if (isTableBorder(lines[i]))
            return std::nullopt;

    const std::vector<Unit> units = unitsOf(lines, runFirst, runLast);
    const auto unit = std::find_if(
        units.begin(), units.end(), [&](const Unit &u) { return u.first <= cursor && cursor <= u.last; });
    if (unit == units.end() || unit->kind == UnitKind::Fixed)
        return std::nullopt;
    for (int i = unit->first; i <= unit->last; ++i)
        if (keepsLineBreaks(lines[i]))
            return std::nullopt;
    const int indent = indentOf(lines[unit->first]);
    if (isInsideVerbatim(lines, unit->first, indent) || isQuotedLiteral(lines, unit->first, indent))
        return std::nullopt;

    const std::string_view firstLine = trimRight(lines[unit->first]);
    std::string firstPrefix;
    int hang = indent;
    std::vector<std::string_view> words;
    if (unit->kind == UnitKind::Item) {
        firstPrefix = std::string(firstLine.substr(0, unit->marker.textStart));
        words = wordsOf(firstLine.substr(unit->marker.textStart));
        if (unit->hangIndent >= 0)
            hang = unit->hangIndent;
        else if (unit->marker.kind == MarkerKind::Field)
            hang = std::min(indent + 4, unit->marker.textColumn);
        else
            hang = unit->marker.textColumn;
    } else {
        firstPrefix = std::string(firstLine.substr(0, indentBytes(firstLine)));
        words = wordsOf(firstLine);
    }
    for (int i = unit->first + 1; i <= unit->last; ++i) {
        const std::vector<std::string_view> more = wordsOf(lines[i]);
        words.insert(words.end(), more.begin(), more.end());
    }
    return TextEdit { unit->first + 1,
        unit->last + 1,
        fill(words, firstPrefix, std::string(static_cast<std::size_t>(hang), ' '), std::max(limit, 1)) };
}

namespace
{

int romanValue(char c)
{
    switch (c | 0x20) {
    case 'i':
        return 1;
    case 'v':
        return 5;
    case 'x':
        return 10;
    case 'l':
        return 50;
    case 'c':
        return 100;
    case 'd':
        return 500;
    case 'm':
        return 1000;
    }
    return 0;
}

std::string toRoman(int value, bool upper)
{
    static constexpr std::array<std::pair<int, std::string_view>, 13> steps = { { { 1000, "m" },
        { 900, "cm" },
        { 500, "d" },
        { 400, "cd" },
        { 100, "c" },
        { 90, "xc" },
        { 50, "l" },
        { 40, "xl" },
        { 10, "x" },
        { 9, "ix" },
        { 5, "v" },
        { 4, "iv" },
        { 1, "i" } } };
    std::string out;
    for (const auto &[step, letters] : steps)
        for (; value >= step; value -= step)
            out += letters;
    if (upper)
        std::transform(out.begin(), out.end(), out.begin(), [](char c) { return static_cast<char>(c - 'a' + 'A'); });
    return out;
}

// The enumerator after token: "9" -> "10", "b" -> "c", "iv" -> "v"; "#"
// stays; empty when the sequence has no next item ("z").
std::string nextEnumeratorToken(std::string_view token)
{
    if (token == "#")
        return "#";
    if (token[0] >= '0' && token[0] <= '9') {
        std::string next(token);
        int i = static_cast<int>(next.size()) - 1;
        for (; i >= 0 && next[static_cast<std::size_t>(i)] == '9'; --i)
            next[static_cast<std::size_t>(i)] = '0';
        if (i < 0)
            next.insert(next.begin(), '1');
        else
            ++next[static_cast<std::size_t>(i)];
        return next;
    }
    // A lone "i" starts a roman list far more often than it follows "h".
    const bool roman
        = std::all_of(token.begin(), token.end(), isRomanLetter) && (token.size() > 1 || (token[0] | 0x20) == 'i');
    if (roman && token.size() <= 15) {
        int value = 0;
        for (std::size_t i = 0; i < token.size(); ++i) {
            const int v = romanValue(token[i]);
            value += i + 1 < token.size() && v < romanValue(token[i + 1]) ? -v : v;
        }
        if (value > 0 && value < 3999)
            return toRoman(value + 1, token[0] >= 'A' && token[0] <= 'Z');
        return {};
    }
    if (token.size() == 1 && token[0] != 'z' && token[0] != 'Z')
        return std::string(1, static_cast<char>(token[0] + 1));
    return {};
}

} // namespace

LineBreak lineBreakAt(std::string_view line, std::size_t cursor)
{
    cursor = std::min(cursor, line.size());
    const std::size_t indent = indentBytes(line);
    // A blank line inside an item or quote keeps its indent for the next.
    if (indent == line.size() && cursor == indent)
        return { false, std::string(line) };
    if (cursor <= indent)
        return {};
    const Marker marker = markerOf(line);
    const bool listItem = marker.kind == MarkerKind::Bullet || marker.kind == MarkerKind::Enumerator;
    const std::string indentText(line.substr(0, indent));
    if (!listItem)
        return { false, indentText };
    if (cursor < marker.textStart && !isBlank(line.substr(cursor)))
        return {};
    if (!markerHasText(line, marker))
        return { true, {} };
    // Keep the spaces the item puts between its marker and its text.
    const std::size_t markerEnd = indent
        + (marker.kind == MarkerKind::Bullet ? bulletLength(line.substr(indent))
                                             : marker.open.size() + marker.token.size() + marker.close.size());
    const std::string spacing(line.substr(markerEnd, marker.textStart - markerEnd));
    if (marker.kind == MarkerKind::Bullet)
        return { false, indentText + std::string(line.substr(indent, markerEnd - indent)) + spacing };
    const std::string next = nextEnumeratorToken(marker.token);
    if (next.empty())
        return { false, std::string(static_cast<std::size_t>(marker.textColumn), ' ') };
    return { false,
        indentText + std::string(marker.open) + next + std::string(marker.close) + (spacing.empty() ? " " : spacing) };
}

std::string applyEdit(std::string_view text, const TextEdit &edit)
{
    // Byte offsets of the start of firstLine and of the end of lastLine.
    std::size_t begin = 0;
    for (int line = 1; line < edit.firstLine && begin != std::string_view::npos; ++line) {
        begin = text.find('\n', begin);
        begin = begin == std::string_view::npos ? begin : begin + 1;
    }
    if (begin == std::string_view::npos)
        return std::string(text);
    std::size_t end = begin;
    for (int line = edit.firstLine; line <= edit.lastLine && end != std::string_view::npos; ++line)
        end = text.find('\n', line == edit.firstLine ? end : end + 1);
    if (end == std::string_view::npos)
        end = text.size();
    std::string result(text.substr(0, begin));
    result += edit.replacement;
    result += text.substr(end);
    return result;
}

} // namespace specwright::rst
