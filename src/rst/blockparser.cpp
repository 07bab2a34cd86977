// SPDX-License-Identifier: GPL-3.0-or-later
#include "rst/blockparser_p.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <functional>
#include <unordered_map>

#include "rst/inline.h"
#include "rst/inline_p.h"
#include "rst/pseudoxml.h"
#include "rst/tableparser_p.h"
#include "rst/text.h"

namespace specwright::rst::detail
{

using namespace std::string_view_literals;

namespace
{

// Nesting deeper than this is parsed as literal text: it keeps the stack
// under 1 MB on hostile input (docutils itself stops at Python's recursion
// limit, around a hundred levels).
constexpr int maxDepth = 200;

// Nested blocks see the same source lines again and again, trimmed from the
// left; the end of a line never moves. Remembering where each line's run of
// leading spaces ends keeps indentation checks O(1) however deep the
// nesting and however long the indentation.
struct SpaceRun {
    const char *viewStart;
    const char *firstNonSpace;
};
thread_local std::unordered_map<const char *, SpaceRun> spaceRuns;

// The number of leading ASCII spaces of line.
std::size_t leadingSpaces(std::string_view line)
{
    if (line.empty() || line[0] != ' ')
        return 0;
    // Short runs are counted again quicker than they are remembered.
    const std::size_t shortRun = std::min<std::size_t>(line.size(), 32);
    std::size_t counted = 1;
    while (counted < shortRun && line[counted] == ' ')
        ++counted;
    if (counted < 32)
        return counted;
    const char *end = line.data() + line.size();
    if (!spaceRuns.empty()) {
        auto it = spaceRuns.find(end);
        if (it != spaceRuns.end() && it->second.viewStart <= line.data())
            return it->second.firstNonSpace > line.data()
                ? static_cast<std::size_t>(it->second.firstNonSpace - line.data())
                : 0;
    }
    const std::size_t spaces = std::min(line.find_first_not_of(' '), line.size());
    spaceRuns[end] = { line.data(), line.data() + spaces };
    return spaces;
}

constexpr bool isNonAlphaNum7Bit(char c)
{
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}

constexpr bool isAlnum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isBlank(std::string_view line)
{
    const std::size_t first = leadingSpaces(line);
    if (first == line.size())
        return true;
    if (static_cast<unsigned char>(line[first]) < 0x80 && line[first] > ' ')
        return false;
    return stripSpace(line.substr(first)).empty();
}

// ( +|$) at pos: the end of the match, or npos.
std::size_t spacesOrEnd(std::string_view line, std::size_t pos)
{
    if (pos == line.size())
        return pos;
    if (line[pos] != ' ')
        return std::string_view::npos;
    while (pos < line.size() && line[pos] == ' ')
        ++pos;
    return pos;
}

std::string joinLines(std::span<const std::string_view> lines)
{
    std::size_t size = 0;
    for (const auto line : lines)
        size += line.size() + 1;
    std::string out;
    out.reserve(size);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i)
            out += '\n';
        out.append(lines[i]);
    }
    return out;
}

// The lines as one text when they stand one after the other in the same
// text, each ended by a line feed (an empty view when they do not): then
// joining them would copy what is already there.
std::string_view adjacentLines(std::span<const std::string_view> lines)
{
    if (lines.empty())
        return {};
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        const char *end = lines[i].data() + lines[i].size();
        if (end + 1 != lines[i + 1].data() || *end != '\n')
            return {};
    }
    const char *first = lines.front().data();
    return { first, static_cast<std::size_t>(lines.back().data() + lines.back().size() - first) };
}

std::unique_ptr<Node> textElement(const char *tag, std::string text)
{
    auto node = Node::element(tag);
    if (!text.empty())
        node->append(Node::text(std::move(text)));
    return node;
}

// Roman numerals as the `roman` module reads and writes them.
// Roman numerals from the largest, with the subtractive pairs.
constexpr std::pair<const char *, int> romanNumerals[] = { { "M", 1000 },
    { "CM", 900 },
    { "D", 500 },
    { "CD", 400 },
    { "C", 100 },
    { "XC", 90 },
    { "L", 50 },
    { "XL", 40 },
    { "X", 10 },
    { "IX", 9 },
    { "V", 5 },
    { "IV", 4 },
    { "I", 1 } };

std::optional<int> fromRoman(std::string_view text)
{
    std::string s;
    for (const char c : text)
        s += static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
    if (s.empty())
        return std::nullopt;
    // ^M{0,4}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$
    std::size_t pos = 0;
    auto take = [&](const char *literal) {
        const std::size_t n = std::strlen(literal);
        if (s.compare(pos, n, literal) == 0) {
            pos += n;
            return true;
        }
        return false;
    };
    int count = 0;
    while (count < 4 && take("M"))
        ++count;
    auto digit = [&](const char *nine, const char *four, char five, char one) {
        if (take(nine) || take(four))
            return;
        if (pos < s.size() && s[pos] == five)
            ++pos;
        for (int i = 0; i < 3 && pos < s.size() && s[pos] == one; ++i)
            ++pos;
    };
    digit("CM", "CD", 'D', 'C');
    digit("XC", "XL", 'L', 'X');
    digit("IX", "IV", 'V', 'I');
    if (pos != s.size())
        return std::nullopt;
    int result = 0;
    std::size_t index = 0;
    for (const auto &[numeral, value] : romanNumerals) {
        const std::size_t n = std::strlen(numeral);
        while (s.compare(index, n, numeral) == 0) {
            result += value;
            index += n;
        }
    }
    return result;
}

std::optional<std::string> toRoman(int n)
{
    if (n < 0 || n >= 5000)
        return std::nullopt;
    if (n == 0)
        return std::string("N");
    std::string out;
    for (const auto &[numeral, value] : romanNumerals) {
        while (n >= value) {
            out += numeral;
            n -= value;
        }
    }
    return out;
}

const char *formatPrefix(EnumFormat format)
{
    return format == EnumFormat::Parens ? "(" : "";
}

const char *formatSuffix(EnumFormat format)
{
    return format == EnumFormat::Period ? "." : ")";
}

bool matchesSequence(const std::string &sequence, std::string_view text)
{
    if (text.empty())
        return false;
    auto all = [&](auto pred) { return std::all_of(text.begin(), text.end(), pred); };
    if (sequence == "arabic")
        return all([](char c) { return c >= '0' && c <= '9'; });
    if (sequence == "loweralpha")
        return text.size() == 1 && text[0] >= 'a' && text[0] <= 'z';
    if (sequence == "upperalpha")
        return text.size() == 1 && text[0] >= 'A' && text[0] <= 'Z';
    if (sequence == "lowerroman")
        return all([](char c) { return std::strchr("ivxlcdm", c) && c; });
    if (sequence == "upperroman")
        return all([](char c) { return std::strchr("IVXLCDM", c) && c; });
    return false;
}

// The enumerator pattern: (parens|rparen|period)( +|$).
bool matchEnumerator(std::string_view line, Match &match)
{
    auto isEnumText = [](std::string_view text) {
        if (text == "#")
            return true;
        if (text.empty())
            return false;
        if (std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return true;
        if (text.size() == 1 && isAlpha(text[0]))
            return true;
        if (std::all_of(text.begin(), text.end(), [](char c) { return c && std::strchr("ivxlcdm", c); }))
            return true;
        return std::all_of(text.begin(), text.end(), [](char c) { return c && std::strchr("IVXLCDM", c); });
    };
    // The enumerator text is a run of one character class (or "#"); the
    // suffix follows it.
    auto textEnd = [&](std::size_t start) {
        std::size_t end = start;
        while (end < line.size() && isAlnum(line[end]))
            ++end;
        if (end == start && end < line.size() && line[end] == '#')
            ++end;
        return end;
    };
    auto accept = [&](EnumFormat format, std::size_t start, std::size_t end) {
        const auto text = line.substr(start, end - start);
        if (!isEnumText(text))
            return false;
        const std::size_t after = spacesOrEnd(line, end + 1);
        if (after == std::string_view::npos)
            return false;
        match.transition = Transition::Enumerator;
        match.format = format;
        match.enumText = text;
        match.end = after;
        return true;
    };
    if (line.empty())
        return false;
    if (line[0] == '(') {
        const std::size_t end = textEnd(1);
        return end < line.size() && line[end] == ')' && accept(EnumFormat::Parens, 1, end);
    }
    // Without a parenthesis, the same text ends in ")" or ".".
    const std::size_t end = textEnd(0);
    if (end >= line.size())
        return false;
    if (line[end] == ')')
        return accept(EnumFormat::Rparen, 0, end);
    return line[end] == '.' && accept(EnumFormat::Period, 0, end);
}

// :(?![: ])([^:\\]|\\.|:(?!([ `]|$)))*(?<! ):( +|$)
bool matchFieldMarker(std::string_view line, std::size_t &end)
{
    if (line.size() < 3 || line[0] != ':' || line[1] == ':' || line[1] == ' ')
        return false;
    std::size_t pos = 1;
    while (pos < line.size()) {
        const char c = line[pos];
        if (c == '\\') {
            if (pos + 1 >= line.size())
                break;
            pos += 2;
        } else if (c == ':') {
            if (pos + 1 >= line.size() || line[pos + 1] == ' ' || line[pos + 1] == '`')
                break;
            ++pos;
        } else {
            ++pos;
        }
    }
    if (pos >= line.size() || line[pos] != ':' || pos == 1 || line[pos - 1] == ' ')
        return false;
    end = spacesOrEnd(line, pos + 1);
    return end != std::string_view::npos;
}

// Option list markers (Body.pats['option']), with the backtracking the
// regular expression does over optional arguments.
class OptionMatcher
{
public:
    explicit OptionMatcher(std::string_view line)
        : m_line(line)
    {
    }

    std::size_t match() { return sequence(0); }

private:
    // [a-zA-Z][a-zA-Z0-9_-]*|<[^<>]+>
    std::size_t optarg(std::size_t pos) const
    {
        if (pos >= m_line.size())
            return npos;
        if (isAlpha(m_line[pos])) {
            ++pos;
            while (pos < m_line.size() && (isAlnum(m_line[pos]) || m_line[pos] == '_' || m_line[pos] == '-'))
                ++pos;
            return pos;
        }
        if (m_line[pos] == '<') {
            std::size_t end = pos + 1;
            while (end < m_line.size() && m_line[end] != '<' && m_line[end] != '>')
                ++end;
            if (end == pos + 1 || end >= m_line.size() || m_line[end] != '>')
                return npos;
            return end + 1;
        }
        return npos;
    }

    // The ends one option at pos can have, in the order the regex tries them.
    std::vector<std::size_t> option(std::size_t pos) const
    {
        std::vector<std::size_t> ends;
        if (pos + 1 < m_line.size() && (m_line[pos] == '-' || m_line[pos] == '+') && isAlnum(m_line[pos + 1])) {
            const std::size_t base = pos + 2;
            if (base < m_line.size() && m_line[base] == ' ') {
                if (auto e = optarg(base + 1); e != npos)
                    ends.push_back(e);
            }
            if (auto e = optarg(base); e != npos)
                ends.push_back(e);
            ends.push_back(base);
            return ends;
        }
        std::size_t start = npos;
        if (m_line.substr(pos, 2) == "--")
            start = pos + 2;
        else if (pos < m_line.size() && m_line[pos] == '/')
            start = pos + 1;
        if (start == npos || start >= m_line.size() || !isAlnum(m_line[start]))
            return ends;
        std::size_t base = start + 1;
        while (base < m_line.size() && (isAlnum(m_line[base]) || m_line[base] == '_' || m_line[base] == '-'))
            ++base;
        if (base < m_line.size() && (m_line[base] == ' ' || m_line[base] == '=')) {
            if (auto e = optarg(base + 1); e != npos)
                ends.push_back(e);
        }
        ends.push_back(base);
        return ends;
    }

    std::size_t sequence(std::size_t pos)
    {
        if (auto it = m_memo.find(pos); it != m_memo.end())
            return it->second;
        std::size_t result = npos;
        for (const std::size_t e : option(pos)) {
            // (, option)* is greedy: another option first, then the end.
            if (m_line.substr(e, 2) == ", ") {
                const std::size_t rest = sequence(e + 2);
                if (rest != npos) {
                    result = rest;
                    break;
                }
            }
            // (  +| ?$)
            if (m_line.substr(e, 2) == "  ") {
                std::size_t end = e;
                while (end < m_line.size() && m_line[end] == ' ')
                    ++end;
                result = end;
                break;
            }
            if (e == m_line.size()) {
                result = e;
                break;
            }
            if (e + 1 == m_line.size() && m_line[e] == ' ') {
                result = e + 1;
                break;
            }
        }
        m_memo[pos] = result;
        return result;
    }

    static constexpr std::size_t npos = std::string_view::npos;
    std::string_view m_line;
    std::map<std::size_t, std::size_t> m_memo;
};

bool isGridTableTop(std::string_view line)
{
    // \+-[-+]+-\+ *$
    std::string_view s = line;
    while (!s.empty() && s.back() == ' ')
        s.remove_suffix(1);
    if (s.size() < 4 || s[0] != '+' || s[1] != '-' || s.back() != '+' || s[s.size() - 2] != '-')
        return false;
    return std::all_of(s.begin() + 2, s.end() - 2, [](char c) { return c == '-' || c == '+'; });
}

bool isSimpleTableTop(std::string_view line)
{
    // =+( +=+)+ *$
    std::string_view s = line;
    while (!s.empty() && s.back() == ' ')
        s.remove_suffix(1);
    if (s.empty() || s[0] != '=' || s.back() != '=')
        return false;
    bool gap = false;
    for (const char c : s) {
        if (c == ' ')
            gap = true;
        else if (c != '=')
            return false;
    }
    return gap;
}

// (nonalphanum7bit)\1* *$
bool isLineOfPunctuation(std::string_view line)
{
    if (line.empty() || !isNonAlphaNum7Bit(line[0]))
        return false;
    std::size_t pos = 1;
    while (pos < line.size() && line[pos] == line[0])
        ++pos;
    while (pos < line.size() && line[pos] == ' ')
        ++pos;
    return pos == line.size();
}

} // namespace

// --- input ----------------------------------------------------------------

std::string_view dropCodePoints(std::string_view text, std::size_t count)
{
    // Indentation is spaces: the common case needs no decoding.
    const std::size_t spaces = leadingSpaces(text);
    if (spaces >= count)
        return text.substr(count);
    std::size_t pos = 0;
    while (count > 0 && pos < text.size()) {
        ++pos;
        while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xc0) == 0x80)
            ++pos;
        --count;
    }
    return text.substr(pos);
}

std::size_t leadingWhitespace(std::string_view text)
{
    const std::size_t spaces = leadingSpaces(text);
    if (spaces == text.size() || static_cast<unsigned char>(text[spaces]) < 0x80) {
        const char c = spaces < text.size() ? text[spaces] : 'x';
        if (!(c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || (c >= 0x1c && c <= 0x1f)))
            return spaces;
    }
    std::size_t count = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        if (text[pos] == ' ') {
            ++pos;
            ++count;
            continue;
        }
        std::size_t next = pos;
        if (!isUnicodeSpace(decodeUtf8(text, next)))
            break;
        pos = next;
        ++count;
    }
    return count;
}

namespace
{

// What sourceLines() must look at: line breaks (and the first bytes of the
// multi-byte ones) and the characters that are expanded. Every other byte is
// skipped by one table lookup.
enum ByteClass : unsigned char { Plain, Break, Expanded };

constexpr std::array<ByteClass, 256> sourceByteClasses()
{
    std::array<ByteClass, 256> classes {};
    for (unsigned char c : { '\n', '\r', '\x1c', '\x1d', '\x1e', '\xc2', '\xe2' })
        classes[c] = Break;
    for (unsigned char c : { '\t', '\v', '\f' })
        classes[c] = Expanded;
    return classes;
}

constexpr std::array<ByteClass, 256> sourceByteClass = sourceByteClasses();

// The line with tabs expanded to 8 columns and vertical tabs and form feeds
// made spaces, as docutils' string2lines() does.
std::string expandTabs(std::string_view line)
{
    std::string expanded;
    expanded.reserve(line.size() + 16);
    std::size_t column = 0;
    for (const char c : line) {
        if (c == '\t') {
            const std::size_t spaces = 8 - column % 8;
            expanded.append(spaces, ' ');
            column += spaces;
        } else {
            expanded += (c == '\v' || c == '\f') ? ' ' : c;
            if ((static_cast<unsigned char>(c) & 0xc0) != 0x80)
                ++column;
        }
    }
    return expanded;
}

} // namespace

LineList sourceLines(std::string_view text, std::deque<std::string> &arena)
{
    LineList lines;
    // Room for lines of 32 bytes on average (specs wrap at 79 columns, with
    // blank lines between paragraphs) without a pass to count them.
    lines.reserve(text.size() / 32 + 1);
    const std::size_t size = text.size();
    std::size_t start = 0;
    std::size_t pos = 0;
    bool expand = false;
    auto finish = [&](std::size_t end) {
        std::string_view line = text.substr(start, end - start);
        if (expand) {
            arena.push_back(expandTabs(line));
            line = arena.back();
            expand = false;
        }
        // Most lines end in a printable ASCII character: nothing to strip.
        const auto last = line.empty() ? 0 : static_cast<unsigned char>(line.back());
        lines.push_back(last > ' ' && last < 0x80 ? line : rstripSpace(line));
    };
    while (pos < size) {
        // Printable ASCII is plain: skip it eight bytes at a time (no byte
        // below 0x20, none with the high bit set).
        for (; pos + 8 <= size; pos += 8) {
            const std::uint64_t block = bytes8::load(text, pos);
            if (const std::uint64_t flagged = bytes8::below(block, 0x20) | (block & bytes8::highs)) {
                pos += bytes8::firstFlagged(flagged);
                break;
            }
        }
        while (pos < size && sourceByteClass[static_cast<unsigned char>(text[pos])] == Plain)
            ++pos;
        if (pos == size)
            break;
        const auto c = static_cast<unsigned char>(text[pos]);
        std::size_t breakLength = 0;
        if (sourceByteClass[c] == Expanded) {
            expand = true;
        } else if (c == '\n' || (c >= 0x1c && c <= 0x1e)) {
            breakLength = 1;
        } else if (c == '\r') {
            breakLength = pos + 1 < size && text[pos + 1] == '\n' ? 2 : 1;
        } else if (c == 0xc2 && pos + 1 < size && static_cast<unsigned char>(text[pos + 1]) == 0x85) {
            breakLength = 2;
        } else if (c == 0xe2 && pos + 2 < size && static_cast<unsigned char>(text[pos + 1]) == 0x80
            && (static_cast<unsigned char>(text[pos + 2]) & 0xfe) == 0xa8) {
            breakLength = 3;
        }
        if (breakLength) {
            finish(pos);
            pos += breakLength;
            start = pos;
        } else {
            ++pos;
        }
    }
    if (start < size)
        finish(size);
    return lines;
}

// --- the state machine ------------------------------------------------------

Parser::Parser(Document &document)
    : m_document(document)
{
}

std::string_view Parser::keep(std::string text)
{
    m_arena.push_back(std::move(text));
    return m_arena.back();
}

LineList Parser::splitIntoLines(std::string_view text)
{
    return sourceLines(text, m_arena);
}

void Parser::parseDocument(LineSpan lines)
{
    Machine m;
    m.lines = lines;
    m.node = &m_document.root();
    m.matchTitles = true;
    m.connected = true;
    m.isRoot = true;
    m_root = &m;
    spaceRuns.clear();
    run(m, State::Body);
    spaceRuns.clear();
    m_root = nullptr;
}

void Parser::notify(Machine &m)
{
    // docutils' document.note_source(): the line of the current input line
    // (None past the end), which new nodes take as their line.
    const int n = static_cast<int>(m.lines.size());
    int line = 0;
    if (m.lineOffset >= 0 && m.lineOffset < n)
        line = m.sourceOffset + m.lineOffset + 1;
    else if (m.lineOffset == n && n > 0)
        line = -1; // just past the end: source known, line None
    else if (m.lineOffset < 0 && m.lineOffset >= -n)
        line = m.sourceOffset + n + m.lineOffset + 1;
    m_document.setCurrentLine(line);
    if (m.isRoot)
        m_document.setReporterLine(sourceLine(m));
}

bool Parser::nextLine(Machine &m, int n)
{
    m.lineOffset += n;
    notify(m);
    return m.hasLine();
}

void Parser::previousLine(Machine &m, int n)
{
    m.lineOffset -= n;
    notify(m);
}

bool Parser::gotoLine(Machine &m, int absOffset)
{
    m.lineOffset = absOffset - m.inputOffset;
    notify(m);
    return m.hasLine();
}

int Parser::sourceLine(const Machine &m, int lineno) const
{
    const int n = static_cast<int>(m.lines.size());
    int offset = lineno - m.inputOffset - 1;
    if (offset >= 0 && offset <= n)
        return m.sourceOffset + offset + 1;
    if (offset < 0 && offset >= -n)
        return m.sourceOffset + n + offset + 1;
    return 0;
}

int Parser::sourceLine(const Machine &m) const
{
    return sourceLine(m, m.absLineNumber());
}

int Parser::currentSourceLine() const
{
    return m_machine ? sourceLine(*m_machine) : 0;
}

void Parser::attach(Node &parent, std::unique_ptr<Node> child)
{
    if (!child)
        return;
    // docutils' setup_child(): a node added to the document takes the
    // current line when it has none.
    if (child->line() == 0 && !child->isText() && m_machine && m_machine->connected) {
        const int line = m_document.currentLine();
        if (line > 0)
            child->setLine(line);
        else if (line < 0)
            child->setSourceWithoutLine(true);
    }
    (void)parent;
    parent.append(std::move(child));
}

void Parser::run(Machine &m, State initial)
{
    Machine *outer = m_machine;
    m_machine = &m;
    State state = initial;
    std::vector<std::string_view> context;
    Transition forced = Transition::None;
    while (true) {
        try {
            bool eof = false;
            State next = state;
            try {
                if (!nextLine(m))
                    eof = true;
                else
                    next = checkLine(m, state, context, forced);
                if (next == State::Stop)
                    eof = true;
            } catch (const EndOfInput &) {
                eof = true;
            }
            if (eof) {
                m_machine = &m;
                next = stateEof(m, state, context);
                if (next != State::Corrected)
                    break;
            }
            if (next == State::Corrected) {
                // As the catch clauses below, without the cost of a throw.
                m_machine = &m;
                previousLine(m);
                if (m_correctionChangesState)
                    state = m_correction.state;
                forced = m_correction.transition;
                continue;
            }
            forced = Transition::None;
            state = next;
        } catch (const TransitionCorrection &correction) {
            m_machine = &m;
            previousLine(m);
            forced = correction.transition;
        } catch (const StateCorrection &correction) {
            m_machine = &m;
            previousLine(m);
            state = correction.state;
            forced = correction.transition;
        }
    }
    m_machine = outer;
}

bool Parser::matches(Machine &m, State state, Transition transition, std::string_view line, Match &match)
{
    match = Match {};
    match.transition = transition;
    switch (transition) {
    case Transition::Blank:
        return line.find_first_not_of(' ') == std::string_view::npos;
    case Transition::Indent:
        if (!line.empty() && line[0] == ' ') {
            match.end = line.find_first_not_of(' ');
            return true;
        }
        return false;
    case Transition::Bullet: {
        std::size_t len = 0;
        if (!line.empty() && (line[0] == '-' || line[0] == '+' || line[0] == '*'))
            len = 1;
        else if (line.starts_with("\u2022"sv) || line.starts_with("\u2023"sv) || line.starts_with("\u2043"sv))
            len = 3;
        if (!len)
            return false;
        match.end = spacesOrEnd(line, len);
        return match.end != std::string_view::npos;
    }
    case Transition::Enumerator:
        return matchEnumerator(line, match);
    case Transition::FieldMarker:
        return matchFieldMarker(line, match.end);
    case Transition::OptionMarker: {
        if (line.empty() || (line[0] != '-' && line[0] != '+' && line[0] != '/'))
            return false;
        match.end = OptionMatcher(line).match();
        return match.end != std::string_view::npos;
    }
    case Transition::Doctest:
        if (!line.starts_with(">>>"sv))
            return false;
        match.end = spacesOrEnd(line, 3);
        return match.end != std::string_view::npos;
    case Transition::LineBlock:
        if (!line.starts_with("|"sv))
            return false;
        match.end = spacesOrEnd(line, 1);
        match.groupLength = match.end == std::string_view::npos ? 0 : match.end - 1;
        return match.end != std::string_view::npos;
    case Transition::GridTableTop:
        return isGridTableTop(line);
    case Transition::SimpleTableTop:
        return isSimpleTableTop(line);
    case Transition::ExplicitMarkup:
        if (!line.starts_with(".."sv))
            return false;
        match.end = spacesOrEnd(line, 2);
        return match.end != std::string_view::npos;
    case Transition::Anonymous:
        if (!line.starts_with("__"sv))
            return false;
        match.end = spacesOrEnd(line, 2);
        return match.end != std::string_view::npos;
    case Transition::Line:
    case Transition::Underline:
        return isLineOfPunctuation(line);
    case Transition::EmbeddedDirective: {
        const std::size_t nameEnd = simpleNameEnd(line, 0);
        if (nameEnd == 0 || line.substr(nameEnd, 2) != "::")
            return false;
        match.end = spacesOrEnd(line, nameEnd + 2);
        match.enumText = line.substr(0, nameEnd);
        return match.end != std::string_view::npos;
    }
    case Transition::InitialQuoted:
        return !m.quoteChar && !line.empty() && isNonAlphaNum7Bit(line[0]);
    case Transition::Quoted:
        return m.quoteChar && !line.empty() && line[0] == *m.quoteChar;
    case Transition::Text:
        return true;
    case Transition::None:
        break;
    }
    (void)state;
    return false;
}

namespace
{

// Whether a line that starts with c can match transition at all, so that
// most transitions are ruled out without trying them: the lines of a body
// mostly start with a letter, which only Enumerator and Text can take.
constexpr bool mayStartWith(Transition transition, char c)
{
    switch (transition) {
    case Transition::Blank:
    case Transition::Indent:
        return c == ' ';
    case Transition::Bullet:
        return c == '-' || c == '+' || c == '*' || c == '\xe2';
    case Transition::Enumerator:
        return isAlnum(c) || c == '#' || c == '(';
    case Transition::FieldMarker:
        return c == ':';
    case Transition::OptionMarker:
        return c == '-' || c == '+' || c == '/';
    case Transition::Doctest:
        return c == '>';
    case Transition::LineBlock:
        return c == '|';
    case Transition::GridTableTop:
        return c == '+';
    case Transition::SimpleTableTop:
        return c == '=';
    case Transition::ExplicitMarkup:
        return c == '.';
    case Transition::Anonymous:
        return c == '_';
    case Transition::Line:
    case Transition::Underline:
        return isNonAlphaNum7Bit(c);
    default:
        return true;
    }
}

constexpr Transition bodyTransitions[] = { Transition::Blank,
    Transition::Indent,
    Transition::Bullet,
    Transition::Enumerator,
    Transition::FieldMarker,
    Transition::OptionMarker,
    Transition::Doctest,
    Transition::LineBlock,
    Transition::GridTableTop,
    Transition::SimpleTableTop,
    Transition::ExplicitMarkup,
    Transition::Anonymous,
    Transition::Line,
    Transition::Text };
constexpr Transition textTransitions[]
    = { Transition::Blank, Transition::Indent, Transition::Underline, Transition::Text };
constexpr Transition substitutionTransitions[]
    = { Transition::Blank, Transition::Indent, Transition::EmbeddedDirective, Transition::Text };
constexpr Transition quotedTransitions[]
    = { Transition::Quoted, Transition::InitialQuoted, Transition::Blank, Transition::Indent, Transition::Text };

// A state's transitions, and for each first byte of a line the ones that
// mayStartWith() allows (bit i for transitions[i]), worked out at compile
// time: a line is only tried against those.
struct TransitionTable {
    std::span<const Transition> transitions;
    std::array<std::uint32_t, 256> candidates {};

    template <std::size_t N>
    constexpr explicit TransitionTable(const Transition (&list)[N])
        : transitions(list)
    {
        static_assert(N <= 32);
        for (std::size_t c = 0; c < 256; ++c)
            for (std::size_t i = 0; i < N; ++i)
                if (mayStartWith(list[i], static_cast<char>(c)))
                    candidates[c] |= std::uint32_t(1) << i;
    }

    // The transitions a line may take; an empty line may take any.
    std::uint32_t candidatesFor(std::string_view line) const
    {
        return line.empty() ? (std::uint32_t(1) << transitions.size()) - 1
                            : candidates[static_cast<unsigned char>(line[0])];
    }
};

constexpr TransitionTable bodyTable(bodyTransitions);
constexpr TransitionTable textTable(textTransitions);
constexpr TransitionTable substitutionTable(substitutionTransitions);
constexpr TransitionTable quotedTable(quotedTransitions);

const TransitionTable &transitionsOf(State state)
{
    switch (state) {
    case State::Text:
    case State::Definition:
    case State::Line:
        return textTable;
    case State::SubstitutionDef:
        return substitutionTable;
    case State::QuotedLiteralBlock:
        return quotedTable;
    default:
        return bodyTable;
    }
}

} // namespace

State Parser::checkLine(Machine &m, State state, std::vector<std::string_view> &context, Transition forced)
{
    const std::string_view line = m.line();
    Match match;
    if (forced != Transition::None) {
        if (matches(m, state, forced, line, match))
            return dispatch(m, state, match, context);
        return state;
    }
    const TransitionTable &table = transitionsOf(state);
    for (std::uint32_t candidates = table.candidatesFor(line); candidates != 0; candidates &= candidates - 1) {
        const Transition transition = table.transitions[static_cast<std::size_t>(std::countr_zero(candidates))];
        if (matches(m, state, transition, line, match))
            return dispatch(m, state, match, context);
    }
    return state;
}

State Parser::invalidInput(Machine &m)
{
    previousLine(m);
    return State::Stop;
}

State Parser::dispatch(Machine &m, State state, const Match &match, std::vector<std::string_view> &context)
{
    const Transition t = match.transition;
    const std::string_view line = m.line();
    switch (state) {
    case State::Text:
    case State::Definition:
    case State::Line: {
        const bool specialized = state != State::Text;
        switch (t) {
        case Transition::Blank:
            if (state == State::Line)
                return lineBlankOrEof(m, context, false);
            if (specialized)
                return State::Stop;
            paragraphBlank(m, context);
            return State::Body;
        case Transition::Indent:
            if (state == State::Line)
                return lineText(m, line, context) ? State::Stop : State::Body;
            if (state == State::Definition) {
                auto [item, blankFinish] = definitionListItem(m, context);
                attach(*m.node, std::move(item));
                m.blankFinish = blankFinish;
                return State::DefinitionList;
            }
            definitionListTransition(m, context);
            return State::Body;
        case Transition::Underline:
            if (state == State::Line) {
                lineUnderline(m, context);
                return State::Body;
            }
            if (specialized)
                return State::Stop;
            return underline(m, match, context) ? State::Stop : State::Body;
        case Transition::Text:
            if (state == State::Line)
                return lineText(m, line, context) ? State::Stop : State::Body;
            if (specialized)
                return State::Stop;
            textTransition(m, context);
            return State::Body;
        default:
            return State::Body;
        }
    }
    case State::QuotedLiteralBlock:
        switch (t) {
        case Transition::Blank:
            if (!context.empty())
                return State::Stop;
            return state;
        case Transition::Indent:
            m.quotedMessages.push_back(m_document.error("Unexpected indentation.", m.absLineNumber()));
            previousLine(m);
            return State::Stop;
        case Transition::InitialQuoted:
            m.quoteChar = line[0];
            m.quotedInitialLine = m.absLineNumber();
            context.assign(1, line);
            return state;
        case Transition::Quoted:
            context.push_back(line);
            return state;
        default:
            if (!context.empty()) {
                m.quotedMessages.push_back(m_document.error("Inconsistent literal block quoting.", m.absLineNumber()));
                previousLine(m);
            }
            return State::Stop;
        }
    case State::SubstitutionDef:
        switch (t) {
        case Transition::Blank:
            return state;
        case Transition::Indent:
            blockQuoteTransition(m);
            return state;
        case Transition::EmbeddedDirective: {
            auto [nodes, blankFinish]
                = directive(m, match.enumText, match.end, std::string(m.node->list("names").front()));
            for (auto &node : nodes)
                attach(*m.node, std::move(node));
            if (!m.atEof())
                m.blankFinish = blankFinish;
            return State::Stop;
        }
        default:
            if (!m.atEof())
                m.blankFinish = m.isNextLineBlank();
            return State::Stop;
        }
    default:
        break;
    }

    // Body and its specialized states.
    const bool specialized = state != State::Body;
    if (t == Transition::Blank) {
        if (state == State::LineBlock || state == State::Explicit)
            return invalidInput(m);
        return state;
    }
    if (specialized) {
        switch (state) {
        case State::BulletList:
            if (t == Transition::Bullet) {
                std::string bulletChar(line.substr(0, line[0] == '-' || line[0] == '+' || line[0] == '*' ? 1 : 3));
                if (bulletChar != m.node->attribute("bullet"))
                    return invalidInput(m);
                auto [item, blankFinish] = listItem(m, match.end);
                attach(*m.node, std::move(item));
                m.blankFinish = blankFinish;
                return state;
            }
            break;
        case State::DefinitionList:
            if (t == Transition::Text) {
                context.assign(1, line);
                return State::Definition;
            }
            break;
        case State::EnumeratedList:
            if (t == Transition::Enumerator) {
                const std::string enumtype = m.node->attribute("enumtype");
                std::string sequence;
                const auto text = match.enumText;
                if (text == "#")
                    sequence = "#";
                else if (matchesSequence(enumtype, text))
                    sequence = enumtype;
                if (sequence.empty()) {
                    for (const char *candidate : { "arabic", "loweralpha", "upperalpha", "lowerroman", "upperroman" }) {
                        if (matchesSequence(candidate, text)) {
                            sequence = candidate;
                            break;
                        }
                    }
                }
                std::optional<int> ordinal;
                if (sequence == "#")
                    ordinal = 1;
                else if (sequence == "arabic")
                    ordinal = text.size() > 9 ? 1000000000 : std::stoi(std::string(text));
                else if (sequence == "loweralpha")
                    ordinal = text[0] - 'a' + 1;
                else if (sequence == "upperalpha")
                    ordinal = text[0] - 'A' + 1;
                else
                    ordinal = fromRoman(text);
                if (match.format != m.format
                    || (sequence != "#"
                        && (sequence != enumtype || m.autoEnum || !ordinal || *ordinal != m.lastOrdinal + 1))
                    || !isEnumeratedListItem(m, ordinal, sequence, match.format))
                    return invalidInput(m);
                if (sequence == "#")
                    m.autoEnum = true;
                auto [item, blankFinish] = listItem(m, match.end);
                attach(*m.node, std::move(item));
                m.blankFinish = blankFinish;
                m.lastOrdinal = ordinal.value_or(0);
                return state;
            }
            break;
        case State::FieldList:
        case State::ExtensionOptions:
            if (t == Transition::FieldMarker) {
                auto [fieldNode, blankFinish] = field(m, match, state == State::ExtensionOptions);
                attach(*m.node, std::move(fieldNode));
                m.blankFinish = blankFinish;
                return state;
            }
            break;
        case State::MetaBody:
            if (t == Transition::FieldMarker) {
                attach(*m.node, metaField(m, match));
                return state;
            }
            break;
        case State::OptionList:
            if (t == Transition::OptionMarker) {
                try {
                    auto [item, blankFinish] = optionListItem(m, match);
                    attach(*m.node, std::move(item));
                    m.blankFinish = blankFinish;
                } catch (const MarkupError &) {
                    return invalidInput(m);
                }
                return state;
            }
            break;
        case State::LineBlock:
            if (t == Transition::LineBlock) {
                const int lineno = m.absLineNumber();
                std::vector<std::unique_ptr<Node>> messages;
                bool blankFinish = false;
                auto lineNode = lineBlockLine(m, match, lineno, messages, blankFinish);
                attach(*m.node, std::move(lineNode));
                for (auto &message : messages)
                    m.node->parent()->append(std::move(message));
                m.blankFinish = blankFinish;
                return state;
            }
            break;
        case State::Explicit:
            if (t == Transition::ExplicitMarkup || t == Transition::Anonymous) {
                explicitMarkup(m, match, true);
                return state;
            }
            break;
        default:
            break;
        }
        return invalidInput(m);
    }

    switch (t) {
    case Transition::Indent:
        blockQuoteTransition(m);
        return state;
    case Transition::Bullet:
        bullet(m, match);
        return state;
    case Transition::Enumerator:
        return enumerator(m, state, match);
    case Transition::FieldMarker:
        fieldMarker(m, match);
        return state;
    case Transition::OptionMarker:
        optionMarker(m, match);
        return state;
    case Transition::Doctest:
        doctest(m);
        return state;
    case Transition::LineBlock:
        lineBlock(m, match);
        return state;
    case Transition::GridTableTop:
        table(m, true);
        return state;
    case Transition::SimpleTableTop:
        table(m, false);
        return state;
    case Transition::ExplicitMarkup:
    case Transition::Anonymous:
        explicitMarkup(m, match, false);
        return state;
    case Transition::Line:
        return lineTransition(m, line, context);
    case Transition::Text:
        context.assign(1, line);
        return State::Text;
    default:
        return state;
    }
}

State Parser::stateEof(Machine &m, State state, std::vector<std::string_view> &context)
{
    switch (state) {
    case State::Text:
        if (!context.empty())
            paragraphBlank(m, context);
        break;
    case State::Definition:
        previousLine(m, 2);
        break;
    case State::Line:
        if (lineBlankOrEof(m, context, true) == State::Corrected)
            return State::Corrected;
        break;
    case State::QuotedLiteralBlock:
        if (!context.empty()) {
            const int line = sourceLine(m, m.quotedInitialLine);
            std::string text = joinLines(context);
            auto literal = textElement("literal_block", text);
            literal->setAttribute("xml:space", "preserve");
            literal->setLine(line);
            attach(*m.node, std::move(literal));
        } else {
            attach(*m.node, m_document.warning("Literal block expected; none found.", m.absLineNumber()));
            previousLine(m);
        }
        for (auto &message : m.quotedMessages)
            attach(*m.node, std::move(message));
        m.quotedMessages.clear();
        break;
    default:
        break;
    }
    return State::Stop;
}

// --- blocks of lines ----------------------------------------------------------

Indented Parser::indentedBlock(Machine &m,
    bool untilBlank,
    bool stripIndent,
    std::optional<int> blockIndent,
    std::optional<std::size_t> firstIndentBytes)
{
    // statemachine.StringList.get_indented()
    const auto &data = m.lines;
    const std::size_t start = static_cast<std::size_t>(m.lineOffset);
    std::optional<int> indent = blockIndent;
    bool first = firstIndentBytes.has_value() || blockIndent.has_value();
    std::size_t end = start + (first ? 1 : 0);
    const std::size_t last = data.size();
    bool blankFinish = true;
    while (end < last) {
        const std::string_view line = data[end];
        if (!line.empty()
            && (line[0] != ' '
                || (blockIndent
                    && !isBlank(
                        line.substr(0, std::min<std::size_t>(line.size(), static_cast<std::size_t>(*blockIndent))))))) {
            blankFinish = end > start && isBlank(data[end - 1]);
            break;
        }
        const std::size_t leading = leadingWhitespace(line);
        const bool blank = isBlank(line);
        if (blank) {
            if (untilBlank) {
                blankFinish = true;
                break;
            }
        } else if (!blockIndent) {
            const int lineIndent = static_cast<int>(leading);
            indent = indent ? std::min(*indent, lineIndent) : lineIndent;
        }
        ++end;
    }
    Indented result;
    result.lines.assign(
        data.begin() + static_cast<std::ptrdiff_t>(start), data.begin() + static_cast<std::ptrdiff_t>(end));
    if (first && !result.lines.empty()) {
        if (firstIndentBytes)
            result.lines[0] = result.lines[0].substr(std::min(*firstIndentBytes, result.lines[0].size()));
        else
            result.lines[0] = dropCodePoints(result.lines[0], static_cast<std::size_t>(*blockIndent));
    }
    if (indent && *indent > 0 && stripIndent) {
        for (std::size_t i = first ? 1 : 0; i < result.lines.size(); ++i)
            result.lines[i] = dropCodePoints(result.lines[i], static_cast<std::size_t>(*indent));
    }
    result.indent = indent.value_or(0);
    result.blankFinish = blankFinish;
    return result;
}

Indented Parser::getIndented(Machine &m, bool untilBlank, bool stripIndent)
{
    int offset = m.absLineOffset();
    Indented block = indentedBlock(m, untilBlank, stripIndent, std::nullopt, std::nullopt);
    if (!block.lines.empty())
        nextLine(m, static_cast<int>(block.lines.size()) - 1);
    std::size_t skip = 0;
    while (skip < block.lines.size() && isBlank(block.lines[skip])) {
        ++skip;
        ++offset;
    }
    block.lines.erase(block.lines.begin(), block.lines.begin() + static_cast<std::ptrdiff_t>(skip));
    block.offset = offset;
    return block;
}

Indented Parser::getKnownIndented(Machine &m, int indent, bool untilBlank, bool stripIndent)
{
    int offset = m.absLineOffset();
    Indented block = indentedBlock(m, untilBlank, stripIndent, indent, std::nullopt);
    nextLine(m, static_cast<int>(block.lines.size()) - 1);
    std::size_t skip = 0;
    while (skip < block.lines.size() && isBlank(block.lines[skip])) {
        ++skip;
        ++offset;
    }
    block.lines.erase(block.lines.begin(), block.lines.begin() + static_cast<std::ptrdiff_t>(skip));
    block.offset = offset;
    return block;
}

Indented Parser::getFirstKnownIndented(
    Machine &m, std::size_t indentBytes, bool untilBlank, bool stripIndent, bool stripTop)
{
    int offset = m.absLineOffset();
    Indented block = indentedBlock(m, untilBlank, stripIndent, std::nullopt, indentBytes);
    nextLine(m, static_cast<int>(block.lines.size()) - 1);
    if (stripTop) {
        std::size_t skip = 0;
        while (skip < block.lines.size() && isBlank(block.lines[skip])) {
            ++skip;
            ++offset;
        }
        block.lines.erase(block.lines.begin(), block.lines.begin() + static_cast<std::ptrdiff_t>(skip));
    }
    block.offset = offset;
    return block;
}

int Parser::nestedParse(LineSpan block, int inputOffset, Node &node, bool matchTitles, std::optional<int> sourceOffset)
{
    Machine nested;
    nested.lines = block;
    nested.inputOffset = inputOffset;
    nested.sourceOffset = sourceOffset.value_or(
        m_machine ? m_machine->sourceOffset + inputOffset - m_machine->inputOffset : inputOffset);
    nested.node = &node;
    nested.matchTitles = matchTitles;
    nested.connected = false;
    for (const Node *n = &node; n; n = n->parent()) {
        if (n == &m_document.root()) {
            nested.connected = true;
            break;
        }
    }
    if (m_depth >= maxDepth) {
        // Too deep: keep the text as a literal block.
        std::string text = joinLines(block);
        auto literal = textElement("literal_block", text);
        literal->setAttribute("xml:space", "preserve");
        node.append(std::move(literal));
        return inputOffset + static_cast<int>(block.size());
    }
    ++m_depth;
    run(nested, State::Body);
    --m_depth;
    return nested.absLineOffset();
}

int Parser::nestedListParse(Machine &m,
    LineSpan block,
    int inputOffset,
    Node &node,
    State initial,
    bool &blankFinish,
    bool matchTitles,
    Machine *setup)
{
    Machine nested;
    if (setup) {
        nested.lastOrdinal = setup->lastOrdinal;
        nested.format = setup->format;
        nested.autoEnum = setup->autoEnum;
    }
    nested.lines = block;
    nested.inputOffset = inputOffset;
    nested.sourceOffset = m.sourceOffset + inputOffset - m.inputOffset;
    nested.node = &node;
    nested.matchTitles = matchTitles;
    nested.blankFinish = blankFinish;
    nested.connected = m.connected && (&node == m.node || node.parent() == m.node);
    if (m_depth >= maxDepth) {
        blankFinish = true;
        return inputOffset;
    }
    ++m_depth;
    run(nested, initial);
    --m_depth;
    blankFinish = nested.blankFinish;
    return nested.absLineOffset();
}

std::unique_ptr<Node> Parser::unindentWarning(Machine &m, std::string_view nodeName)
{
    return m_document.warning(
        std::string(nodeName) + " ends without a blank line; unexpected unindent.", m.absLineNumber() + 1);
}

std::vector<std::unique_ptr<Node>> Parser::inlineText(
    std::string_view text, int line, std::vector<std::unique_ptr<Node>> &messages)
{
    InlineResult result = parseInline(text, line, m_document);
    for (auto &message : result.messages)
        messages.push_back(std::move(message));
    return std::move(result.nodes);
}

// --- Body -------------------------------------------------------------------

void Parser::blockQuoteTransition(Machine &m)
{
    Indented indented = getIndented(m);
    auto elements = blockQuote(std::move(indented.lines), indented.offset);
    for (auto &element : elements)
        attach(*m.node, std::move(element));
    if (!indented.blankFinish)
        attach(*m.node, unindentWarning(m, "Block quote"));
}

namespace
{

// (---?(?!-)|\u2014) *(?=[^ \n])
std::size_t attributionMatch(std::string_view line)
{
    std::size_t pos;
    if (line.starts_with("\u2014"sv)) {
        pos = 3;
    } else if (line.starts_with("---"sv) && !line.starts_with("----"sv)) {
        pos = 3;
    } else if (line.starts_with("--"sv) && !line.starts_with("---"sv)) {
        pos = 2;
    } else {
        return 0;
    }
    while (pos < line.size() && line[pos] == ' ')
        ++pos;
    return pos < line.size() ? pos : 0;
}

} // namespace

std::vector<std::unique_ptr<Node>> Parser::blockQuote(LineList indented, int lineOffset)
{
    std::vector<std::unique_ptr<Node>> elements;
    std::size_t begin = 0;
    while (begin < indented.size()) {
        auto blockquote = Node::element(TagId::BlockQuote);
        blockquote->setLine(sourceLine(*m_machine, lineOffset + 1));
        // split_attribution
        std::size_t end = indented.size();
        LineList attributionLines;
        int attributionOffset = 0;
        std::size_t next = indented.size();
        int newLineOffset = 0;
        bool hasAttribution = false;
        {
            std::optional<std::size_t> blank;
            bool nonblankSeen = false;
            for (std::size_t i = begin; i < indented.size(); ++i) {
                const std::string_view line = rstripSpace(indented[i]);
                if (!line.empty()) {
                    if (nonblankSeen && blank && *blank == i - 1) {
                        if (const std::size_t matchEnd = attributionMatch(line)) {
                            // check_attribution
                            std::optional<std::size_t> indent;
                            std::size_t j = i + 1;
                            bool bad = false;
                            for (; j < indented.size(); ++j) {
                                const std::string_view l = rstripSpace(indented[j]);
                                if (l.empty())
                                    break;
                                const std::size_t lead = leadingWhitespace(l);
                                if (!indent)
                                    indent = lead;
                                else if (lead != *indent) {
                                    bad = true;
                                    break;
                                }
                            }
                            if (!bad) {
                                LineList lines(indented.begin() + static_cast<std::ptrdiff_t>(i),
                                    indented.begin() + static_cast<std::ptrdiff_t>(j));
                                lines[0] = lines[0].substr(matchEnd);
                                for (std::size_t k = 1; k < lines.size(); ++k)
                                    lines[k] = dropCodePoints(lines[k], indent.value_or(0));
                                attributionLines = std::move(lines);
                                attributionOffset = static_cast<int>(i - begin);
                                end = i;
                                next = j;
                                newLineOffset = lineOffset + static_cast<int>(j - begin);
                                hasAttribution = true;
                                break;
                            }
                        }
                    }
                    nonblankSeen = true;
                } else {
                    blank = i;
                }
            }
        }
        LineList quoteLines(
            indented.begin() + static_cast<std::ptrdiff_t>(begin), indented.begin() + static_cast<std::ptrdiff_t>(end));
        nestedParse(quoteLines, lineOffset, *blockquote);
        Node *quote = blockquote.get();
        elements.push_back(std::move(blockquote));
        if (!hasAttribution)
            break;
        {
            std::string text(rstripSpace(joinLines(attributionLines)));
            const int lineno = 1 + lineOffset + attributionOffset;
            std::vector<std::unique_ptr<Node>> messages;
            auto nodes = inlineText(text, lineno, messages);
            auto attribution = Node::element(TagId::Attribution);
            for (auto &node : nodes)
                attribution->append(std::move(node));
            attribution->setLine(sourceLine(*m_machine, lineno));
            quote->append(std::move(attribution));
            for (auto &message : messages)
                elements.push_back(std::move(message));
        }
        lineOffset = newLineOffset;
        begin = next;
        while (begin < indented.size() && indented[begin].empty()) {
            ++begin;
            ++lineOffset;
        }
    }
    return elements;
}

void Parser::bullet(Machine &m, const Match &match)
{
    auto list = Node::element(TagId::BulletList);
    list->setLine(sourceLine(m));
    const std::string_view line = m.line();
    list->setAttribute(
        "bullet", std::string(line.substr(0, line[0] == '-' || line[0] == '+' || line[0] == '*' ? 1 : 3)));
    Node *ul = list.get();
    attach(*m.node, std::move(list));
    auto [item, blankFinish] = listItem(m, match.end);
    ul->append(std::move(item));
    const auto offset = static_cast<std::size_t>(m.lineOffset + 1);
    const int newOffset = nestedListParse(m,
        m.lines.subspan(std::min(offset, m.lines.size())),
        m.absLineOffset() + 1,
        *ul,
        State::BulletList,
        blankFinish);
    gotoLine(m, newOffset);
    if (!blankFinish)
        attach(*m.node, unindentWarning(m, "Bullet list"));
}

std::pair<std::unique_ptr<Node>, bool> Parser::listItem(Machine &m, std::size_t indentBytes)
{
    const int line = sourceLine(m);
    Indented indented;
    if (indentBytes < m.line().size()) {
        const int indent = static_cast<int>(codePointCount(m.line().substr(0, indentBytes)));
        indented = getKnownIndented(m, indent);
    } else {
        indented = getFirstKnownIndented(m, indentBytes);
    }
    auto item = Node::element(TagId::ListItem);
    item->setLine(line);
    if (!indented.lines.empty())
        nestedParse(indented.lines, indented.offset, *item);
    return { std::move(item), indented.blankFinish };
}

State Parser::enumerator(Machine &m, State state, const Match &match)
{
    const auto text = match.enumText;
    std::string sequence;
    if (text == "#")
        sequence = "#";
    else if (text == "i")
        sequence = "lowerroman";
    else if (text == "I")
        sequence = "upperroman";
    if (sequence.empty()) {
        for (const char *candidate : { "arabic", "loweralpha", "upperalpha", "lowerroman", "upperroman" }) {
            if (matchesSequence(candidate, text)) {
                sequence = candidate;
                break;
            }
        }
    }
    std::optional<int> ordinal;
    if (sequence == "#")
        ordinal = 1;
    else if (sequence == "arabic")
        ordinal = text.size() > 9 ? 1000000000 : std::stoi(std::string(text));
    else if (sequence == "loweralpha")
        ordinal = text[0] - 'a' + 1;
    else if (sequence == "upperalpha")
        ordinal = text[0] - 'A' + 1;
    else
        ordinal = fromRoman(text);
    if (!isEnumeratedListItem(m, ordinal, sequence, match.format))
        return correctTransition(Transition::Text);
    auto list = Node::element(TagId::EnumeratedList);
    Node *enumlist = list.get();
    attach(*m.node, std::move(list));
    enumlist->setAttribute("enumtype", sequence == "#" ? "arabic" : sequence);
    enumlist->setAttribute("prefix", formatPrefix(match.format));
    enumlist->setAttribute("suffix", formatSuffix(match.format));
    if (*ordinal != 1) {
        enumlist->setAttribute("start", std::to_string(*ordinal));
        attach(*m.node,
            m_document.info("Enumerated list start value not ordinal-1: \"" + std::string(text) + "\" (ordinal "
                    + std::to_string(*ordinal) + ")",
                m_document.reporterLine()));
    }
    auto [item, blankFinish] = listItem(m, match.end);
    enumlist->append(std::move(item));
    Machine setup;
    setup.lastOrdinal = *ordinal;
    setup.format = match.format;
    setup.autoEnum = sequence == "#";
    const auto offset = static_cast<std::size_t>(m.lineOffset + 1);
    const int newOffset = nestedListParse(m,
        m.lines.subspan(std::min(offset, m.lines.size())),
        m.absLineOffset() + 1,
        *enumlist,
        State::EnumeratedList,
        blankFinish,
        false,
        &setup);
    gotoLine(m, newOffset);
    if (!blankFinish)
        attach(*m.node, unindentWarning(m, "Enumerated list"));
    return state;
}

bool Parser::isEnumeratedListItem(
    Machine &m, std::optional<int> ordinal, const std::string &sequence, EnumFormat format)
{
    if (!ordinal)
        return false;
    const auto next = static_cast<std::size_t>(m.lineOffset + 1);
    if (next >= m.lines.size())
        return true;
    const std::string_view nextLine = m.lines[next];
    if (nextLine.empty() || isBlank(nextLine.substr(0, 1)) || nextLine[0] == ' ')
        return true;
    // make_enumerator(ordinal + 1)
    const int n = *ordinal + 1;
    std::optional<std::string> enumeratorText;
    if (sequence == "#") {
        enumeratorText = "#";
    } else if (sequence == "arabic") {
        enumeratorText = std::to_string(n);
    } else if (sequence.ends_with("alpha")) {
        if (n <= 26)
            enumeratorText = std::string(1, static_cast<char>((sequence == "loweralpha" ? 'a' : 'A') + n - 1));
    } else if (auto roman = toRoman(n)) {
        std::string value = *roman;
        if (sequence == "lowerroman")
            for (auto &c : value)
                c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
        enumeratorText = value;
    }
    if (!enumeratorText)
        return false;
    const std::string nextEnumerator = std::string(formatPrefix(format)) + *enumeratorText + formatSuffix(format) + " ";
    const std::string autoEnumerator = std::string(formatPrefix(format)) + "#" + formatSuffix(format) + " ";
    return nextLine.starts_with(nextEnumerator) || nextLine.starts_with(autoEnumerator);
}

void Parser::fieldMarker(Machine &m, const Match &match)
{
    auto list = Node::element(TagId::FieldList);
    Node *fieldList = list.get();
    attach(*m.node, std::move(list));
    auto [fieldNode, blankFinish] = field(m, match, false);
    fieldList->append(std::move(fieldNode));
    const auto offset = static_cast<std::size_t>(m.lineOffset + 1);
    const int newOffset = nestedListParse(m,
        m.lines.subspan(std::min(offset, m.lines.size())),
        m.absLineOffset() + 1,
        *fieldList,
        State::FieldList,
        blankFinish);
    gotoLine(m, newOffset);
    if (!blankFinish)
        attach(*m.node, unindentWarning(m, "Field list"));
}

namespace
{

// The name of the field whose marker ends at end (Body.parse_field_marker):
// the text between the colons.
std::string_view fieldName(std::string_view line, std::size_t end)
{
    const std::string_view name = line.substr(1, end - 1);
    return name.substr(0, name.rfind(':'));
}

} // namespace

std::pair<std::unique_ptr<Node>, bool> Parser::field(Machine &m, const Match &match, bool extensionOptions)
{
    const std::string_view name = fieldName(m.line(), match.end);
    const int line = sourceLine(m);
    const int lineno = m.absLineNumber();
    Indented indented = getFirstKnownIndented(m, match.end);
    auto fieldNode = Node::element(TagId::Field);
    fieldNode->setLine(line);
    std::vector<std::unique_ptr<Node>> messages;
    auto fieldName = Node::element(TagId::FieldName);
    if (extensionOptions) {
        fieldName->append(Node::text(std::string(name)));
    } else {
        for (auto &node : inlineText(name, lineno, messages))
            fieldName->append(std::move(node));
    }
    fieldNode->append(std::move(fieldName));
    auto body = Node::element(TagId::FieldBody);
    for (auto &message : messages)
        body->append(std::move(message));
    Node *fieldBody = fieldNode->append(std::move(body));
    if (!indented.lines.empty()) {
        if (extensionOptions) {
            std::vector<std::string_view> lines;
            auto flush = [&] {
                if (lines.empty())
                    return;
                auto paragraph = Node::element(TagId::Paragraph);
                paragraph->append(Node::text(joinLines(lines)));
                fieldBody->append(std::move(paragraph));
                lines.clear();
            };
            for (const auto l : indented.lines) {
                if (!isBlank(l))
                    lines.push_back(l);
                else
                    flush();
            }
            flush();
        } else {
            nestedParse(indented.lines, indented.offset, *fieldBody);
        }
    }
    return { std::move(fieldNode), indented.blankFinish };
}

namespace
{

// One "name=value" token of a meta field's name, as docutils'
// utils.extract_name_value() reads it: the lowered name and the value, or
// nullopt with the reason in error.
std::optional<std::pair<std::string, std::string>> nameValue(std::string_view token, std::string &error)
{
    const std::size_t equals = token.find('=');
    if (equals == std::string_view::npos) {
        error = "missing \"=\"";
        return std::nullopt;
    }
    const std::string_view name = stripSpace(token.substr(0, equals));
    if (equals == 0 || name.empty()) {
        error = "missing attribute name before \"=\"";
        return std::nullopt;
    }
    const std::string_view rest = lstripSpace(token.substr(equals + 1));
    if (rest.empty()) {
        error = "missing value after \"" + std::string(name) + "=\"";
        return std::nullopt;
    }
    std::string_view value;
    if (rest[0] == '\'' || rest[0] == '"') {
        const std::size_t endQuote = rest.find(rest[0], 1);
        if (endQuote == std::string_view::npos) {
            error = "attribute \"" + std::string(name) + "\" missing end quote (" + rest[0] + ")";
            return std::nullopt;
        }
        if (!stripSpace(rest.substr(endQuote + 1, 1)).empty()) {
            error = "attribute \"" + std::string(name) + "\" end quote (" + rest[0] + ") not followed by whitespace";
            return std::nullopt;
        }
        value = rest.substr(1, endQuote - 1);
    } else {
        value = rest.substr(0, rest.find(' '));
    }
    return std::pair { toLower(name), std::string(value) };
}

} // namespace

int Parser::metaBodyParse(Machine &m, LineSpan block, int inputOffset, Node &node)
{
    bool blankFinish = true;
    return nestedListParse(m, block, inputOffset, node, State::MetaBody, blankFinish);
}

std::unique_ptr<Node> Parser::metaField(Machine &m, const Match &match)
{
    const std::string name = unescapeNulls(escapeToNulls(fieldName(m.line(), match.end)));
    const Indented indented = getFirstKnownIndented(m, match.end);
    // A message shows the line the machine stands on.
    auto withLine = [&m](std::unique_ptr<Node> message) {
        auto literal = textElement("literal_block", std::string(m.line()));
        literal->setAttribute("xml:space", "preserve");
        message->append(std::move(literal));
        return message;
    };
    if (indented.lines.empty())
        return withLine(m_document.info("No content for meta tag \"" + name + "\".", 0));
    std::string content;
    for (std::size_t i = 0; i < indented.lines.size(); ++i) {
        if (i)
            content += ' ';
        content += indented.lines[i];
    }
    auto meta = Node::element(TagId::Meta);
    meta->setAttribute("content", unescapeNulls(escapeToNulls(content)));
    // The name's first word is the meta's name, or one attribute; the
    // words after it are attributes.
    const std::string words = collapseWhitespace(name);
    std::size_t start = 0;
    for (bool first = true; start < words.size(); first = false) {
        const std::size_t end = std::min(words.find(' ', start), words.size());
        const std::string_view token = std::string_view(words).substr(start, end - start);
        start = end + 1;
        std::string error;
        if (const auto attribute = nameValue(token, error)) {
            meta->setAttribute(attribute->first, attribute->second);
        } else if (first) {
            meta->setAttribute("name", token);
        } else {
            return withLine(
                m_document.error("Error parsing meta tag attribute \"" + std::string(token) + "\": " + error + ".", 0));
        }
    }
    return meta;
}

void Parser::optionMarker(Machine &m, const Match &match)
{
    auto list = Node::element(TagId::OptionList);
    list->setLine(sourceLine(m));
    std::pair<std::unique_ptr<Node>, bool> item;
    try {
        item = optionListItem(m, match);
    } catch (const MarkupError &error) {
        attach(*m.node, m_document.error("Invalid option list marker: " + error.message, m_document.reporterLine()));
        Indented indented = getFirstKnownIndented(m, match.end);
        for (auto &element : blockQuote(std::move(indented.lines), indented.offset))
            attach(*m.node, std::move(element));
        if (!indented.blankFinish)
            attach(*m.node, unindentWarning(m, "Option list"));
        return;
    }
    Node *optionList = list.get();
    attach(*m.node, std::move(list));
    optionList->append(std::move(item.first));
    bool blankFinish = item.second;
    const auto offset = static_cast<std::size_t>(m.lineOffset + 1);
    const int newOffset = nestedListParse(m,
        m.lines.subspan(std::min(offset, m.lines.size())),
        m.absLineOffset() + 1,
        *optionList,
        State::OptionList,
        blankFinish);
    gotoLine(m, newOffset);
    if (!blankFinish)
        attach(*m.node, unindentWarning(m, "Option list"));
}

std::pair<std::unique_ptr<Node>, bool> Parser::optionListItem(Machine &m, const Match &match)
{
    const int offset = m.absLineOffset();
    // parse_option_marker
    std::string_view marker = rstripSpace(m.line().substr(0, match.end));
    std::vector<std::string_view> optionStrings;
    {
        // split at ", " except inside < >
        std::size_t start = 0;
        for (std::size_t i = 0; i + 1 < marker.size(); ++i) {
            if (marker[i] == ',' && marker[i + 1] == ' ') {
                // (?![^<]*>): no '>' ahead before a '<'
                std::size_t j = i + 2;
                while (j < marker.size() && marker[j] != '<' && marker[j] != '>')
                    ++j;
                if (j < marker.size() && marker[j] == '>')
                    continue;
                optionStrings.push_back(marker.substr(start, i - start));
                start = i + 2;
            }
        }
        optionStrings.push_back(marker.substr(start));
    }
    std::vector<std::unique_ptr<Node>> options;
    for (const auto optionString : optionStrings) {
        std::vector<std::string> tokens;
        {
            std::string_view rest = optionString;
            while (true) {
                rest = lstripSpace(rest);
                if (rest.empty())
                    break;
                std::size_t end = 0;
                while (end < rest.size() && rest[end] != ' ')
                    ++end;
                tokens.emplace_back(rest.substr(0, end));
                rest = rest.substr(end);
            }
        }
        if (tokens.empty())
            throw MarkupError { "wrong number of option tokens (=0), should be 1 or 2: \"" + std::string(optionString)
                + "\"" };
        std::string delimiter = " ";
        if (const auto eq = tokens[0].find('='); eq != std::string::npos) {
            std::string first = tokens[0].substr(0, eq);
            std::string second = tokens[0].substr(eq + 1);
            tokens.erase(tokens.begin());
            tokens.insert(tokens.begin(), { first, second });
            delimiter = "=";
        } else if (tokens[0].size() > 2
            && ((tokens[0][0] == '-' && !tokens[0].starts_with("--"sv)) || tokens[0][0] == '+')) {
            std::string first = tokens[0].substr(0, 2);
            std::string second = tokens[0].substr(2);
            tokens.erase(tokens.begin());
            tokens.insert(tokens.begin(), { first, second });
            delimiter = "";
        }
        if (tokens.size() > 1 && tokens[1].starts_with("<"sv) && tokens.back().ends_with(">")) {
            std::string joined;
            for (std::size_t i = 1; i < tokens.size(); ++i) {
                if (i > 1)
                    joined += ' ';
                joined += tokens[i];
            }
            tokens.resize(1);
            tokens.push_back(joined);
        }
        if (tokens.size() > 2)
            throw MarkupError { "wrong number of option tokens (=" + std::to_string(tokens.size())
                + "), should be 1 or 2: \"" + std::string(optionString) + "\"" };
        auto option = Node::element(TagId::Option);
        option->append(textElement("option_string", tokens[0]));
        if (tokens.size() > 1) {
            auto argument = textElement("option_argument", tokens[1]);
            argument->setAttribute("delimiter", delimiter);
            option->append(std::move(argument));
        }
        options.push_back(std::move(option));
    }
    Indented indented = getFirstKnownIndented(m, match.end);
    if (indented.lines.empty()) {
        gotoLine(m, offset);
        throw TransitionCorrection { Transition::Text };
    }
    auto group = Node::element(TagId::OptionGroup);
    for (auto &option : options)
        group->append(std::move(option));
    auto item = Node::element(TagId::OptionListItem);
    item->append(std::move(group));
    Node *description = item->append(Node::element(TagId::Description));
    nestedParse(indented.lines, indented.offset, *description);
    return { std::move(item), indented.blankFinish };
}

void Parser::doctest(Machine &m)
{
    // get_text_block(): the lines up to a blank one
    const auto start = static_cast<std::size_t>(m.lineOffset);
    std::size_t end = start;
    while (end < m.lines.size() && !isBlank(m.lines[end]))
        ++end;
    std::string data = joinLines(m.lines.subspan(start, end - start));
    nextLine(m, static_cast<int>(end - start) - 1);
    auto block = textElement("doctest_block", std::move(data));
    block->setAttribute("xml:space", "preserve");
    // docutils' line for it is the parser's, on its last line
    m_document.noteSourceRange(
        *block, { m.inputOffset + static_cast<int>(start) + 1, m.inputOffset + static_cast<int>(end), 0 });
    attach(*m.node, std::move(block));
}

void Parser::lineBlock(Machine &m, const Match &match)
{
    auto blockNode = Node::element(TagId::LineBlock);
    Node *block = blockNode.get();
    attach(*m.node, std::move(blockNode));
    const int lineno = m.absLineNumber();
    std::vector<std::unique_ptr<Node>> messages;
    bool blankFinish = false;
    auto first = lineBlockLine(m, match, lineno, messages, blankFinish);
    attach(*block, std::move(first));
    for (auto &message : messages)
        attach(*m.node, std::move(message));
    if (!blankFinish) {
        const auto offset = static_cast<std::size_t>(m.lineOffset + 1);
        const int newOffset = nestedListParse(m,
            m.lines.subspan(std::min(offset, m.lines.size())),
            m.absLineOffset() + 1,
            *block,
            State::LineBlock,
            blankFinish);
        gotoLine(m, newOffset);
    }
    if (!blankFinish)
        attach(*m.node, m_document.warning("Line block ends without a blank line.", lineno + 1));
    if (block->childCount() == 0)
        return;
    // nest_line_block_lines: lines carry their indent in the "indent"
    // attribute until nesting; a line without one takes its predecessor's.
    std::vector<int> indents;
    int previous = 0;
    for (std::size_t i = 0; i < block->childCount(); ++i) {
        Node *line = block->child(i);
        if (line->tag() == "line" && line->hasAttribute("indent")) {
            previous = std::stoi(line->attribute("indent"));
            line->removeAttribute("indent");
        }
        indents.push_back(previous);
    }
    nestLineBlock(*block, indents);
}

std::unique_ptr<Node> Parser::lineBlockLine(
    Machine &m, const Match &match, int lineno, std::vector<std::unique_ptr<Node>> &messages, bool &blankFinish)
{
    const bool empty = rstripSpace(m.line()) == "|";
    Indented indented = getFirstKnownIndented(m, match.end, true);
    std::string text = joinLines(indented.lines);
    auto line = Node::element(TagId::Line);
    for (auto &node : inlineText(text, lineno, messages))
        line->append(std::move(node));
    if (!empty)
        line->setAttribute("indent", std::to_string(static_cast<int>(match.groupLength) - 1));
    blankFinish = indented.blankFinish;
    return line;
}

// --- explicit markup ----------------------------------------------------------

namespace
{

// Inliner.simplename: (?:(?!_)\w)+(?:[-._+:](?:(?!_)\w)+)*
// \w is Unicode: letters, digits, underscore (here excluded).
bool isWordChar(std::string_view text, std::size_t pos, std::size_t &next)
{
    const auto c = static_cast<unsigned char>(text[pos]);
    if (c < 0x80) {
        next = pos + 1;
        return isAlnum(static_cast<char>(c));
    }
    next = pos;
    const char32_t cp = decodeUtf8(text, next);
    // Non-ASCII: treat letters and digits as word characters; punctuation
    // and spaces of the common blocks are not.
    if (isUnicodeSpace(cp))
        return false;
    if ((cp >= 0x2000 && cp <= 0x206f) || (cp >= 0x3000 && cp <= 0x303f) || (cp >= 0xff00 && cp <= 0xff0f) || cp == 0xa0
        || (cp >= 0xa1 && cp <= 0xbf && cp != 0xaa && cp != 0xb2 && cp != 0xb3 && cp != 0xb5 && cp != 0xb9 && cp != 0xba
            && cp != 0xbc && cp != 0xbd && cp != 0xbe)
        || cp == 0xd7 || cp == 0xf7)
        return false;
    return true;
}

} // namespace

std::size_t simpleNameEnd(std::string_view text, std::size_t pos)
{
    std::size_t end = pos;
    std::size_t next = 0;
    std::size_t i = pos;
    bool needWord = true;
    while (i < text.size()) {
        if (isWordChar(text, i, next)) {
            i = next;
            end = i;
            needWord = false;
            continue;
        }
        if (!needWord && (text[i] == '-' || text[i] == '.' || text[i] == '_' || text[i] == '+' || text[i] == ':')
            && i + 1 < text.size() && isWordChar(text, i + 1, next)) {
            ++i;
            needWord = true;
            continue;
        }
        break;
    }
    return end;
}

void Parser::explicitMarkup(Machine &m, const Match &match, bool inExplicitState)
{
    std::pair<std::vector<std::unique_ptr<Node>>, bool> result;
    if (match.transition == Transition::Anonymous)
        result = anonymousTarget(m, match.end);
    else
        result = explicitConstruct(m, match);
    for (auto &node : result.first)
        attach(*m.node, std::move(node));
    if (inExplicitState) {
        m.blankFinish = result.second;
        return;
    }
    explicitList(m, result.second);
}

void Parser::explicitList(Machine &m, bool blankFinish)
{
    const auto offset = static_cast<std::size_t>(m.lineOffset + 1);
    const int newOffset = nestedListParse(m,
        m.lines.subspan(std::min(offset, m.lines.size())),
        m.absLineOffset() + 1,
        *m.node,
        State::Explicit,
        blankFinish,
        m.matchTitles);
    gotoLine(m, newOffset);
    if (!blankFinish)
        attach(*m.node, unindentWarning(m, "Explicit markup"));
}

std::pair<std::vector<std::unique_ptr<Node>>, bool> Parser::explicitConstruct(Machine &m, const Match &match)
{
    const std::string_view line = m.line();
    std::vector<std::unique_ptr<Node>> errors;
    // All constructs start with \.\.[ ]+
    std::size_t pos = 2;
    while (pos < line.size() && line[pos] == ' ')
        ++pos;
    const bool spaced = pos > 2;
    try {
        if (spaced && pos < line.size() && line[pos] == '[') {
            // footnote: [0-9]+ | # | #simplename | *
            const std::size_t close = line.find(']', pos);
            if (close != std::string_view::npos) {
                const std::string_view label = line.substr(pos + 1, close - pos - 1);
                const std::size_t after = spacesOrEnd(line, close + 1);
                if (after != std::string_view::npos && !label.empty()) {
                    bool isFootnote = false;
                    if (std::all_of(label.begin(), label.end(), [](char c) { return c >= '0' && c <= '9'; }))
                        isFootnote = true;
                    else if (label == "#" || label == "*")
                        isFootnote = true;
                    else if (label[0] == '#' && simpleNameEnd(label, 1) == label.size())
                        isFootnote = true;
                    if (isFootnote)
                        return footnote(m, label, after);
                    if (simpleNameEnd(label, 0) == label.size())
                        return citation(m, label, after);
                }
            }
        }
        if (spaced && pos < line.size() && line[pos] == '_' && pos + 1 < line.size() && line[pos + 1] != ' ')
            return hyperlinkTarget(m, pos + 1);
        if (spaced && pos < line.size() && line[pos] == '|' && pos + 1 < line.size() && line[pos + 1] != ' ')
            return substitutionDef(m, pos + 1);
        if (spaced) {
            const std::size_t nameEnd = simpleNameEnd(line, pos);
            if (nameEnd > pos) {
                std::size_t colons = nameEnd;
                if (colons < line.size() && line[colons] == ' ')
                    ++colons;
                if (line.substr(colons, 2) == "::") {
                    const std::size_t after = spacesOrEnd(line, colons + 2);
                    if (after != std::string_view::npos)
                        return directive(m, line.substr(pos, nameEnd - pos), after, {});
                }
            }
        }
    } catch (const MarkupError &error) {
        errors.push_back(m_document.warning(error.message, m.absLineNumber()));
    }
    auto result = comment(m, match.end);
    for (auto &error : errors)
        result.first.push_back(std::move(error));
    return result;
}

std::pair<std::vector<std::unique_ptr<Node>>, bool> Parser::comment(Machine &m, std::size_t end)
{
    std::vector<std::unique_ptr<Node>> nodes;
    if (m.isNextLineBlank()) {
        const std::string_view first = m.line().substr(end);
        if (isBlank(first)) {
            nodes.push_back(Node::element(TagId::Comment));
            nodes.back()->setAttribute("xml:space", "preserve");
            return { std::move(nodes), true };
        }
    }
    Indented indented = getFirstKnownIndented(m, end);
    while (!indented.lines.empty() && isBlank(indented.lines.back()))
        indented.lines.pop_back();
    auto node = textElement("comment", joinLines(indented.lines));
    node->setAttribute("xml:space", "preserve");
    nodes.push_back(std::move(node));
    return { std::move(nodes), indented.blankFinish };
}

std::pair<std::vector<std::unique_ptr<Node>>, bool> Parser::footnote(
    Machine &m, std::string_view label, std::size_t end)
{
    const int line = sourceLine(m);
    Indented indented = getFirstKnownIndented(m, end);
    std::string name = fullyNormalizeName(label);
    auto footnoteNode = Node::element(TagId::Footnote);
    footnoteNode->setLine(line);
    Node &node = *footnoteNode;
    if (name[0] == '#') {
        name = name.substr(1);
        node.setAttribute("auto", "1");
        if (!name.empty())
            node.listRef("names").emplace_back(name);
        m_document.noteAutofootnote(node);
    } else if (name == "*") {
        name.clear();
        node.setAttribute("auto", "*");
        m_document.noteSymbolFootnote(node);
    } else {
        node.append(textElement("label", std::string(label)));
        node.listRef("names").emplace_back(name);
        m_document.noteFootnote(node);
    }
    if (!name.empty())
        m_document.noteExplicitTarget(node, &node);
    else
        m_document.setId(node, &node);
    if (!indented.lines.empty())
        nestedParse(indented.lines, indented.offset, node);
    std::vector<std::unique_ptr<Node>> nodes;
    nodes.push_back(std::move(footnoteNode));
    return { std::move(nodes), indented.blankFinish };
}

std::pair<std::vector<std::unique_ptr<Node>>, bool> Parser::citation(
    Machine &m, std::string_view label, std::size_t end)
{
    const int line = sourceLine(m);
    Indented indented = getFirstKnownIndented(m, end);
    auto citationNode = Node::element(TagId::Citation);
    citationNode->setLine(line);
    citationNode->append(textElement("label", std::string(label)));
    citationNode->listRef("names").emplace_back(fullyNormalizeName(label));
    m_document.noteCitation(*citationNode);
    m_document.noteExplicitTarget(*citationNode, citationNode.get());
    if (!indented.lines.empty())
        nestedParse(indented.lines, indented.offset, *citationNode);
    std::vector<std::unique_ptr<Node>> nodes;
    nodes.push_back(std::move(citationNode));
    return { std::move(nodes), indented.blankFinish };
}

namespace
{

// docutils.utils.escape2null
std::string escapeToNull(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\') {
            out += '\0';
            if (i + 1 < text.size())
                out += text[++i];
            else
                out += '\\';
            continue;
        }
        out += text[i];
    }
    return out;
}

// nodes.unescape (restore_backslashes=False)
std::string unescapeNull(std::string_view text)
{
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\0') {
            if (i + 1 < text.size() && (text[i + 1] == ' ' || text[i + 1] == '\n'))
                ++i;
            continue;
        }
        out += text[i];
    }
    return out;
}

bool isSpaceChar(char c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

// non_whitespace_escape_before: (?<![\s\x00])
bool notEscapedOrSpaceBefore(std::string_view text, std::size_t pos)
{
    return pos > 0 && !isSpaceChar(text[pos - 1]) && text[pos - 1] != '\0';
}

// The target pattern of Body.explicit.patterns.target, matched on escaped
// text; returns the end and the name (empty optional: anonymous).
bool matchTargetPattern(std::string_view text, std::size_t &end, std::optional<std::string> &name)
{
    auto tail = [&](std::size_t pos, std::size_t &out) {
        // (?<!(?<!\x00):) (?<![\s\x00]) [ ]? : ([ ]+|$)
        if (pos > 0 && text[pos - 1] == ':' && !(pos > 1 && text[pos - 2] == '\0'))
            return false;
        if (!notEscapedOrSpaceBefore(text, pos))
            return false;
        if (pos < text.size() && text[pos] == ' ' && pos + 1 < text.size() && text[pos + 1] == ':')
            ++pos;
        if (pos >= text.size() || text[pos] != ':')
            return false;
        ++pos;
        if (pos == text.size()) {
            out = pos;
            return true;
        }
        if (text[pos] != ' ')
            return false;
        while (pos < text.size() && text[pos] == ' ')
            ++pos;
        out = pos;
        return true;
    };
    if (!text.empty() && text[0] == '_') {
        if (tail(1, end)) {
            name.reset();
            return true;
        }
        return false;
    }
    const bool quoted = !text.empty() && text[0] == '`';
    const std::size_t start = quoted ? 1 : 0;
    if (start >= text.size() || text[start] == ' ' || text[start] == '`')
        return false;
    // name: .+? (lazy), then quote, then the tail.
    for (std::size_t nameEnd = start + 1; nameEnd <= text.size(); ++nameEnd) {
        if (!notEscapedOrSpaceBefore(text, nameEnd))
            continue;
        std::size_t pos = nameEnd;
        if (quoted) {
            if (pos >= text.size() || text[pos] != '`')
                continue;
            ++pos;
        }
        if (tail(pos, end)) {
            name = std::string(text.substr(start, nameEnd - start));
            return true;
        }
    }
    return false;
}

} // namespace

std::pair<std::vector<std::unique_ptr<Node>>, bool> Parser::hyperlinkTarget(Machine &m, std::size_t end)
{
    const int lineno = m.absLineNumber();
    const std::string_view first = m.line();
    Indented indented = getFirstKnownIndented(m, end, true, false);
    std::string blockText = std::string(first.substr(0, end)) + joinLines(indented.lines);
    std::vector<std::string> block;
    for (const auto line : indented.lines)
        block.push_back(escapeToNull(line));
    if (block.empty())
        block.emplace_back();
    std::string escaped = block[0];
    std::size_t blockIndex = 0;
    std::size_t matchEnd = 0;
    std::optional<std::string> name;
    while (!matchTargetPattern(escaped, matchEnd, name)) {
        ++blockIndex;
        if (blockIndex >= block.size())
            throw MarkupError { "malformed hyperlink target." };
        escaped += block[blockIndex];
    }
    block.erase(block.begin(), block.begin() + static_cast<std::ptrdiff_t>(blockIndex));
    {
        // block[0] = (block[0] + ' ')[targetmatch.end()-len(escaped)-1:].strip()
        std::string padded = block[0] + " ";
        const long start = static_cast<long>(matchEnd) - static_cast<long>(escaped.size()) - 1;
        const long from = start < 0 ? std::max(0L, static_cast<long>(padded.size()) + start) : start;
        block[0] = std::string(stripSpace(
            std::string_view(padded).substr(std::min<std::size_t>(static_cast<std::size_t>(from), padded.size()))));
    }
    LineList views(block.begin(), block.end());
    auto target = makeTarget(
        m, views, blockText, lineno, name ? std::optional<std::string>(*name) : std::optional<std::string>(""));
    std::vector<std::unique_ptr<Node>> nodes;
    nodes.push_back(std::move(target));
    return { std::move(nodes), indented.blankFinish };
}

std::pair<std::vector<std::unique_ptr<Node>>, bool> Parser::anonymousTarget(Machine &m, std::size_t end)
{
    const int lineno = m.absLineNumber();
    const std::string_view first = m.line();
    Indented indented = getFirstKnownIndented(m, end, true);
    std::string blockText = std::string(first.substr(0, end)) + joinLines(indented.lines);
    std::vector<std::string> block;
    for (const auto line : indented.lines)
        block.push_back(escapeToNull(line));
    LineList views(block.begin(), block.end());
    auto target = makeTarget(m, views, blockText, lineno, std::string());
    std::vector<std::unique_ptr<Node>> nodes;
    nodes.push_back(std::move(target));
    return { std::move(nodes), indented.blankFinish };
}

namespace
{

// Body.explicit.patterns.reference on a whitespace-normalized reference:
// simplename_ or `phrase`_ ; returns the unescaped name.
std::optional<std::string> isReference(std::string_view reference)
{
    const std::string normalized = whitespaceNormalizeName(reference);
    std::string_view s = normalized;
    if (s.size() >= 2 && s.back() == '_') {
        const std::string_view body = s.substr(0, s.size() - 1);
        if (!body.empty() && simpleNameEnd(body, 0) == body.size())
            return unescapeNull(body);
        if (s.size() >= 4 && s[0] == '`' && s[s.size() - 2] == '`' && s[1] != ' ') {
            const std::string_view phrase = s.substr(1, s.size() - 3);
            if (!phrase.empty() && notEscapedOrSpaceBefore(s, s.size() - 2))
                return unescapeNull(phrase);
        }
    }
    return std::nullopt;
}

} // namespace

std::unique_ptr<Node> Parser::makeTarget(
    Machine &m, const LineList &block, const std::string &blockText, int lineno, std::optional<std::string> targetName)
{
    auto target = Node::element(TagId::Target);
    target->setRawSource(blockText);
    auto addTarget = [&](const std::string &refuri) {
        target->setLine(lineno);
        if (targetName && !targetName->empty()) {
            const std::string name = fullyNormalizeName(unescapeNull(*targetName));
            target->listRef("names").emplace_back(name);
            if (!refuri.empty())
                target->setAttribute("refuri", refuri);
            m_document.noteExplicitTarget(*target, m.node);
        } else {
            if (!refuri.empty())
                target->setAttribute("refuri", refuri);
            target->setAttribute("anonymous", "1");
            m_document.noteAnonymousTarget(*target);
        }
    };
    // parse_target
    if (!block.empty()) {
        const std::string_view lastStripped = stripSpace(block.back());
        if (!lastStripped.empty() && lastStripped.back() == '_') {
            std::string reference;
            for (std::size_t i = 0; i < block.size(); ++i) {
                if (i)
                    reference += ' ';
                reference += stripSpace(block[i]);
            }
            if (auto refname = isReference(reference)) {
                target->setAttribute("refname", fullyNormalizeName(*refname));
                addTarget({});
                m_document.noteIndirectTarget(*target);
                return target;
            }
        }
    }
    // split_escaped_whitespace + unescape: escaped whitespace separates
    // parts, other whitespace is removed.
    std::string joined;
    for (std::size_t i = 0; i < block.size(); ++i) {
        if (i)
            joined += ' ';
        joined += block[i];
    }
    std::string uri;
    {
        std::vector<std::string> parts;
        std::string current;
        for (std::size_t i = 0; i < joined.size(); ++i) {
            if (joined[i] == '\0' && i + 1 < joined.size() && (joined[i + 1] == ' ' || joined[i + 1] == '\n')) {
                parts.push_back(current);
                current.clear();
                ++i;
                continue;
            }
            current += joined[i];
        }
        parts.push_back(current);
        for (std::size_t i = 0; i < parts.size(); ++i) {
            if (i)
                uri += ' ';
            const std::string unescaped = unescapeNull(parts[i]);
            for (const char c : unescaped) {
                if (!isSpaceChar(c))
                    uri += c;
            }
        }
    }
    addTarget(uri);
    return target;
}

std::pair<std::vector<std::unique_ptr<Node>>, bool> Parser::substitutionDef(Machine &m, std::size_t end)
{
    const int line = sourceLine(m);
    const std::string_view first = m.line();
    Indented indented = getFirstKnownIndented(m, end, false, false);
    std::string blockText = std::string(first.substr(0, end)) + joinLines(indented.lines);
    LineList block = indented.lines;
    int offset = indented.offset;
    std::vector<std::unique_ptr<Node>> result;
    if (block.empty())
        throw MarkupError { "malformed substitution definition." };
    // pattern: (?![ ])(?P<name>.+?)(?<![\s\x00])\|([ ]+|$)
    auto matchSubstitution = [](std::string_view text, std::string &name, std::size_t &matchEnd) {
        if (text.empty() || text[0] == ' ')
            return false;
        for (std::size_t pos = 1; pos < text.size(); ++pos) {
            if (text[pos] != '|' || !notEscapedOrSpaceBefore(text, pos))
                continue;
            const std::size_t after = spacesOrEnd(text, pos + 1);
            if (after == std::string_view::npos)
                continue;
            name = std::string(text.substr(0, pos));
            matchEnd = after;
            return true;
        }
        return false;
    };
    std::string escaped = escapeToNull(rstripSpace(block[0]));
    std::size_t blockIndex = 0;
    std::string subname;
    std::size_t matchEnd = 0;
    while (!matchSubstitution(escaped, subname, matchEnd)) {
        ++blockIndex;
        if (blockIndex >= block.size())
            throw MarkupError { "malformed substitution definition." };
        escaped += ' ' + escapeToNull(stripSpace(block[blockIndex]));
    }
    block.erase(block.begin(), block.begin() + static_cast<std::ptrdiff_t>(blockIndex));
    {
        const std::string padded = std::string(stripSpace(block[0])) + " ";
        const long start = static_cast<long>(matchEnd) - static_cast<long>(escaped.size()) - 1;
        long from = start < 0 ? static_cast<long>(padded.size()) + start : start;
        from = std::clamp(from, 0L, static_cast<long>(padded.size()));
        const std::size_t to = padded.size() - 1;
        block[0] = keep(padded.substr(static_cast<std::size_t>(from),
            to > static_cast<std::size_t>(from) ? to - static_cast<std::size_t>(from) : 0));
    }
    if (block[0].empty()) {
        block.erase(block.begin());
        ++offset;
    }
    while (!block.empty() && isBlank(block.back()))
        block.pop_back();
    // subname keeps its escapes as NULs; the name attribute does not.
    const std::string name = unescapeNull(subname);
    auto node = Node::element(TagId::SubstitutionDefinition);
    node->setLine(line);
    node->setRawSource(blockText);
    if (block.empty()) {
        std::vector<std::unique_ptr<Node>> children;
        auto literal = textElement("literal_block", blockText);
        literal->setAttribute("xml:space", "preserve");
        children.push_back(std::move(literal));
        result.push_back(m_document.warning(
            "Substitution definition \"" + name + "\" missing contents.", line, std::move(children)));
        m_document.keepDetached(std::move(node));
        return { std::move(result), indented.blankFinish };
    }
    block[0] = stripSpace(block[0]);
    node->listRef("names").emplace_back(whitespaceNormalizeName(name));
    bool blankFinish = indented.blankFinish;
    nestedListParse(m, block, offset, *node, State::SubstitutionDef, blankFinish);
    // Body elements the directive made go after the definition.
    std::vector<std::unique_ptr<Node>> moved;
    for (std::size_t i = 0; i < node->childCount();) {
        const bool isInline = node->child(i)->isText() || isInlineElement(node->child(i)->tagId());
        if (!isInline)
            moved.push_back(node->take(i));
        else
            ++i;
    }
    for (auto &n : moved)
        attach(*m.node, std::move(n));
    // disallowed_inside_substitution_definitions
    std::function<const Node *(const Node &)> findDisallowed = [&](const Node &n) -> const Node * {
        for (const auto &child : n.children()) {
            if (child->isText())
                continue;
            if (!child->list("ids").empty() || (child->tag() == "reference" && child->hasAttribute("anonymous"))
                || (child->tag() == "footnote_reference" && child->hasAttribute("auto")))
                return child.get();
            if (const Node *found = findDisallowed(*child))
                return found;
        }
        return nullptr;
    };
    if (const Node *bad = findDisallowed(*node)) {
        std::vector<std::unique_ptr<Node>> children;
        // pformat of the offending node, without the trailing newline
        std::string pformat = writePseudoXml(m_document, *bad);
        while (!pformat.empty() && pformat.back() == '\n')
            pformat.pop_back();
        auto literal1 = textElement("literal_block", pformat);
        literal1->setAttribute("xml:space", "preserve");
        auto literal2 = textElement("literal_block", blockText);
        literal2->setAttribute("xml:space", "preserve");
        children.push_back(std::move(literal1));
        children.push_back(std::move(literal2));
        result.push_back(
            m_document.error("Substitution definition contains illegal element <" + std::string(bad->tag()) + ">:",
                line,
                std::move(children)));
        m_document.keepDetached(std::move(node));
        return { std::move(result), blankFinish };
    }
    if (node->childCount() == 0) {
        std::vector<std::unique_ptr<Node>> children;
        auto literal = textElement("literal_block", blockText);
        literal->setAttribute("xml:space", "preserve");
        children.push_back(std::move(literal));
        result.push_back(m_document.warning(
            "Substitution definition \"" + name + "\" empty or invalid.", line, std::move(children)));
        m_document.keepDetached(std::move(node));
        return { std::move(result), blankFinish };
    }
    m_document.noteSubstitutionDef(*node, name, m.node);
    result.push_back(std::move(node));
    return { std::move(result), blankFinish };
}

State Parser::lineTransition(Machine &m, std::string_view line, std::vector<std::string_view> &context)
{
    if (m.matchTitles) {
        context.assign(1, line);
        return State::Line;
    }
    const std::string_view stripped = stripSpace(line);
    if (stripped == "::")
        return correctTransition(Transition::Text);
    if (stripped.size() < 4) {
        attach(*m.node,
            m_document.info("Unexpected possible title overline or transition.\n"
                            "Treating it as ordinary text because it's so short.",
                m.absLineNumber()));
        return correctTransition(Transition::Text);
    }
    std::vector<std::unique_ptr<Node>> children;
    auto literal = textElement("literal_block", std::string(line));
    literal->setAttribute("xml:space", "preserve");
    children.push_back(std::move(literal));
    attach(
        *m.node, m_document.severe("Unexpected section title or transition.", m.absLineNumber(), std::move(children)));
    return State::Body;
}

// --- Text -------------------------------------------------------------------

bool Parser::paragraph(Machine &m, LineSpan lines, int lineno)
{
    // Lines that follow each other in the source are read where they stand.
    const std::string_view adjacent = adjacentLines(lines);
    const std::string joined = adjacent.data() ? std::string() : joinLines(lines);
    const std::string_view data = rstripSpace(adjacent.data() ? adjacent : std::string_view(joined));
    std::string_view text = data;
    bool literalNext = false;
    if (data.ends_with("::")) {
        std::size_t backslashes = 0;
        std::size_t i = data.size() - 2;
        while (i > 0 && data[i - 1] == '\\') {
            ++backslashes;
            --i;
        }
        if (backslashes % 2 == 0) {
            literalNext = true;
            if (data.size() == 2)
                return true;
            if (data[data.size() - 3] == ' ' || data[data.size() - 3] == '\n')
                text = rstripSpace(data.substr(0, data.size() - 3));
            else
                text = data.substr(0, data.size() - 1);
        }
    }
    parseInline(text, lineno, m_document, nullptr, m_paragraphInlines);
    auto p = Node::element(TagId::Paragraph);
    for (auto &node : m_paragraphInlines.nodes)
        p->append(std::move(node));
    p->setLine(sourceLine(m, lineno));
    attach(*m.node, std::move(p));
    for (auto &message : m_paragraphInlines.messages)
        attach(*m.node, std::move(message));
    return literalNext;
}

void Parser::paragraphBlank(Machine &m, std::vector<std::string_view> &context)
{
    if (paragraph(m, context, m.absLineNumber() - 1)) {
        for (auto &node : literalBlock(m))
            attach(*m.node, std::move(node));
    }
}

void Parser::textTransition(Machine &m, std::vector<std::string_view> &context)
{
    const int startline = m.absLineNumber() - 1;
    std::unique_ptr<Node> message;
    // get_text_block(flush_left=True)
    const auto start = static_cast<std::size_t>(m.lineOffset);
    std::size_t end = start;
    while (end < m.lines.size()) {
        const std::string_view line = m.lines[end];
        if (isBlank(line))
            break;
        if (line[0] == ' ') {
            message
                = m_document.error("Unexpected indentation.", sourceLine(m, m.inputOffset + static_cast<int>(end) + 1));
            break;
        }
        ++end;
    }
    // The context is the line before, as a rule: then the paragraph's
    // lines are a span of the machine's.
    std::vector<std::string_view> joined;
    LineSpan lines;
    if (context.size() == 1 && start > 0 && context[0].data() == m.lines[start - 1].data()
        && context[0].size() == m.lines[start - 1].size()) {
        lines = m.lines.subspan(start - 1, end - start + 1);
    } else {
        joined.reserve(context.size() + end - start);
        joined.insert(joined.end(), context.begin(), context.end());
        joined.insert(joined.end(),
            m.lines.begin() + static_cast<std::ptrdiff_t>(start),
            m.lines.begin() + static_cast<std::ptrdiff_t>(end));
        lines = joined;
    }
    nextLine(m, static_cast<int>(end - start) - 1);
    const bool literalNext = paragraph(m, lines, startline);
    if (message)
        attach(*m.node, std::move(message));
    if (literalNext) {
        nextLine(m);
        for (auto &node : literalBlock(m))
            attach(*m.node, std::move(node));
    }
}

std::vector<std::unique_ptr<Node>> Parser::literalBlock(Machine &m)
{
    Indented indented = m.hasLine() ? getIndented(m) : Indented {};
    if (!m.hasLine())
        indented.offset = m.absLineOffset();
    while (!indented.lines.empty() && isBlank(indented.lines.back()))
        indented.lines.pop_back();
    if (indented.lines.empty())
        return quotedLiteralBlock(m);
    auto literal = textElement("literal_block", joinLines(indented.lines));
    literal->setAttribute("xml:space", "preserve");
    literal->setLine(sourceLine(m, indented.offset + 1));
    std::vector<std::unique_ptr<Node>> nodes;
    nodes.push_back(std::move(literal));
    if (!indented.blankFinish)
        nodes.push_back(unindentWarning(m, "Literal block"));
    return nodes;
}

std::vector<std::unique_ptr<Node>> Parser::quotedLiteralBlock(Machine &m)
{
    const int absOffset = m.absLineOffset();
    const int offset = std::max(0, m.lineOffset);
    Node *holder = m_document.keepDetached(Node::element("holder"));
    Machine nested;
    nested.lines = m.lines.subspan(std::min(static_cast<std::size_t>(offset), m.lines.size()));
    nested.inputOffset = absOffset;
    nested.sourceOffset = m.sourceOffset + absOffset - m.inputOffset;
    nested.node = holder;
    nested.matchTitles = false;
    ++m_depth;
    run(nested, State::QuotedLiteralBlock);
    --m_depth;
    gotoLine(m, nested.absLineOffset());
    std::vector<std::unique_ptr<Node>> nodes;
    while (holder->childCount())
        nodes.push_back(holder->take(0));
    return nodes;
}

void Parser::definitionListTransition(Machine &m, std::vector<std::string_view> &context)
{
    auto list = Node::element(TagId::DefinitionList);
    list->setLine(sourceLine(m, m.absLineNumber() - 1));
    auto [item, blankFinish] = definitionListItem(m, context);
    list->append(std::move(item));
    Node *dl = list.get();
    attach(*m.node, std::move(list));
    const auto offset = static_cast<std::size_t>(m.lineOffset + 1);
    const int newOffset = nestedListParse(m,
        m.lines.subspan(std::min(offset, m.lines.size())),
        m.absLineOffset() + 1,
        *dl,
        State::DefinitionList,
        blankFinish);
    gotoLine(m, newOffset);
    if (!blankFinish)
        attach(*m.node, unindentWarning(m, "Definition list"));
}

std::pair<std::unique_ptr<Node>, bool> Parser::definitionListItem(
    Machine &m, const std::vector<std::string_view> &termline)
{
    const int ddLineno = m.absLineNumber();
    const int dtLineno = ddLineno - 1;
    Indented indented = getIndented(m);
    auto item = Node::element(TagId::DefinitionListItem);
    item->setLine(sourceLine(m, dtLineno));
    std::vector<std::unique_ptr<Node>> messages;
    for (auto &node : term(m, termline.empty() ? std::string_view() : termline[0], dtLineno, messages))
        item->append(std::move(node));
    auto definition = Node::element(TagId::Definition);
    for (auto &message : messages)
        definition->append(std::move(message));
    definition->setLine(sourceLine(m, ddLineno));
    Node *dd = item->append(std::move(definition));
    if (!termline.empty() && termline[0].ends_with("::"))
        dd->append(m_document.info("Blank line missing before literal block (after the \"::\")? "
                                   "Interpreted as a definition list item.",
            ddLineno));
    nestedParse(indented.lines, indented.offset, *dd);
    return { std::move(item), indented.blankFinish };
}

std::vector<std::unique_ptr<Node>> Parser::term(
    Machine &m, std::string_view text, int lineno, std::vector<std::unique_ptr<Node>> &messages)
{
    auto textNodes = inlineText(text, lineno, messages);
    std::vector<std::unique_ptr<Node>> nodeList;
    auto dt = Node::element(TagId::Term);
    dt->setLine(sourceLine(m, lineno));
    nodeList.push_back(std::move(dt));
    for (auto &node : textNodes) {
        if (!node->isText()) {
            nodeList.back()->append(std::move(node));
            continue;
        }
        // classifier_delimiter: ' +: +'
        const std::string_view value = node->textValue();
        std::vector<std::string> parts;
        std::size_t start = 0;
        std::size_t pos = 0;
        while (pos < value.size()) {
            if (value[pos] == ' ') {
                std::size_t i = pos;
                while (i < value.size() && value[i] == ' ')
                    ++i;
                if (i < value.size() && value[i] == ':' && i + 1 < value.size() && value[i + 1] == ' ') {
                    std::size_t j = i + 1;
                    while (j < value.size() && value[j] == ' ')
                        ++j;
                    parts.emplace_back(value.substr(start, pos - start));
                    start = j;
                    pos = j;
                    continue;
                }
                pos = i;
                continue;
            }
            ++pos;
        }
        parts.emplace_back(value.substr(start));
        if (parts.size() == 1) {
            nodeList.back()->append(std::move(node));
            continue;
        }
        const std::string first(rstripSpace(parts[0]));
        if (!first.empty())
            nodeList.back()->append(Node::text(first));
        for (std::size_t i = 1; i < parts.size(); ++i) {
            auto classifier = Node::element(TagId::Classifier);
            if (!parts[i].empty())
                classifier->append(Node::text(parts[i]));
            nodeList.push_back(std::move(classifier));
        }
    }
    return nodeList;
}

bool Parser::underline(Machine &m, const Match &, std::vector<std::string_view> &context)
{
    const int lineno = m.absLineNumber();
    const std::string_view title = rstripSpace(context[0]);
    const std::string_view underlineText = rstripSpace(m.line());
    // The title and its underline, read in place when they follow each other.
    const std::array<std::string_view, 2> titleLines { title, underlineText };
    const std::string_view adjacent = adjacentLines(titleLines);
    const std::string joined = adjacent.data() ? std::string() : joinLines(titleLines);
    const std::string_view source = adjacent.data() ? adjacent : std::string_view(joined);
    std::vector<std::unique_ptr<Node>> messages;
    if (columnWidth(title) > underlineText.size()) {
        if (underlineText.size() < 4) {
            if (m.matchTitles) {
                attach(*m.node,
                    m_document.info("Possible title underline, too short for the title.\n"
                                    "Treating it as ordinary text because it's so short.",
                        lineno));
            }
            throw TransitionCorrection { Transition::Text };
        }
        const std::string blockText = std::string(context[0]) + "\n" + std::string(m.line());
        std::vector<std::unique_ptr<Node>> children;
        auto literal = textElement("literal_block", blockText);
        literal->setAttribute("xml:space", "preserve");
        children.push_back(std::move(literal));
        messages.push_back(m_document.warning("Title underline too short.", lineno, std::move(children)));
    }
    if (!m.matchTitles) {
        const std::string blockText = std::string(context[0]) + "\n" + std::string(m.line());
        std::vector<std::unique_ptr<Node>> children;
        auto literal = textElement("literal_block", blockText);
        literal->setAttribute("xml:space", "preserve");
        children.push_back(std::move(literal));
        auto message = m_document.severe("Unexpected section title.", sourceLine(m), std::move(children));
        for (auto &msg : messages)
            attach(*m.node, std::move(msg));
        attach(*m.node, std::move(message));
        return false;
    }
    const std::string style(1, underlineText[0]);
    context.clear();
    return section(m, title, source, style, lineno - 1, std::move(messages));
}

// --- Line (overline or transition) -------------------------------------------

State Parser::lineBlankOrEof(Machine &m, std::vector<std::string_view> &context, bool atEof)
{
    const std::string_view marker = stripSpace(context.empty() ? std::string_view() : context[0]);
    if (atEof) {
        if (m_sectionBubbleUpKludge)
            m_sectionBubbleUpKludge = false;
        else if (marker.size() < 4)
            return correctState(m, context, 1);
        if (m.eofcheck) {
            auto transition = Node::element(TagId::Transition);
            transition->setLine(sourceLine(m) - 1);
            attach(*m.node, std::move(transition));
        }
        m.eofcheck = true;
        return State::Body;
    }
    if (marker.size() < 4)
        return correctState(m, context, 1);
    auto transition = Node::element(TagId::Transition);
    transition->setLine(sourceLine(m) - 1);
    attach(*m.node, std::move(transition));
    return State::Body;
}

State Parser::correctState(Machine &m, std::vector<std::string_view> &context, int lines)
{
    previousLine(m, lines);
    context.clear();
    m_correction = { State::Body, Transition::Text };
    m_correctionChangesState = true;
    return State::Corrected;
}

void Parser::stateCorrection(Machine &m, std::vector<std::string_view> &context, int lines)
{
    correctState(m, context, lines);
    throw m_correction;
}

State Parser::correctTransition(Transition transition)
{
    m_correction = { State::Body, transition };
    m_correctionChangesState = false;
    return State::Corrected;
}

void Parser::shortOverline(
    Machine &m, std::vector<std::string_view> &context, const std::string &, int lineno, int lines)
{
    attach(*m.node,
        m_document.info("Possible incomplete section title.\nTreating the overline as "
                        "ordinary text because it's so short.",
            lineno));
    stateCorrection(m, context, lines);
}

bool Parser::lineText(Machine &m, std::string_view titleLine, std::vector<std::string_view> &context)
{
    const int lineno = m.absLineNumber() - 1;
    std::string overline(context[0]);
    std::string title(titleLine);
    std::string underlineText;
    auto severe = [&](const char *message, const std::string &text) {
        std::vector<std::unique_ptr<Node>> children;
        auto literal = textElement("literal_block", text);
        literal->setAttribute("xml:space", "preserve");
        children.push_back(std::move(literal));
        attach(*m.node, m_document.severe(message, lineno, std::move(children)));
    };
    if (!nextLine(m)) {
        const std::string blockText = overline + "\n" + title;
        if (rstripSpace(overline).size() < 4)
            shortOverline(m, context, blockText, lineno, 2);
        severe("Incomplete section title.", blockText);
        return false;
    }
    underlineText = std::string(m.line());
    const std::string source = overline + "\n" + title + "\n" + underlineText;
    overline = std::string(rstripSpace(overline));
    underlineText = std::string(rstripSpace(underlineText));
    if (!isLineOfPunctuation(underlineText)) {
        if (overline.size() < 4)
            shortOverline(m, context, source, lineno, 2);
        severe("Missing matching underline for section title overline.", source);
        return false;
    }
    if (overline != underlineText) {
        if (overline.size() < 4)
            shortOverline(m, context, source, lineno, 2);
        severe("Title overline & underline mismatch.", source);
        return false;
    }
    title = std::string(rstripSpace(title));
    std::vector<std::unique_ptr<Node>> messages;
    if (columnWidth(title) > overline.size()) {
        if (overline.size() < 4)
            shortOverline(m, context, source, lineno, 2);
        std::vector<std::unique_ptr<Node>> children;
        auto literal = textElement("literal_block", source);
        literal->setAttribute("xml:space", "preserve");
        children.push_back(std::move(literal));
        messages.push_back(m_document.warning("Title overline too short.", lineno, std::move(children)));
    }
    const std::string style { overline[0], underlineText[0] };
    // docutils leaves eofcheck off when the section ends the machine.
    m.eofcheck = false;
    if (section(m, lstripSpace(title), source, style, lineno + 1, std::move(messages)))
        return true;
    m.eofcheck = true;
    return false;
}

void Parser::lineUnderline(Machine &m, std::vector<std::string_view> &context)
{
    const std::string overline(context[0]);
    const std::string blockText = overline + "\n" + std::string(m.line());
    const int lineno = m.absLineNumber() - 1;
    if (rstripSpace(overline).size() < 4)
        shortOverline(m, context, blockText, lineno, 1);
    std::vector<std::unique_ptr<Node>> children;
    auto literal = textElement("literal_block", blockText);
    literal->setAttribute("xml:space", "preserve");
    children.push_back(std::move(literal));
    attach(*m.node, m_document.error("Invalid section title or transition marker.", lineno, std::move(children)));
}

// --- sections -------------------------------------------------------------------

bool Parser::section(Machine &m,
    std::string_view title,
    std::string_view source,
    const std::string &style,
    int lineno,
    std::vector<std::unique_ptr<Node>> messages)
{
    switch (checkSubsection(m, source, style, lineno)) {
    case SubsectionCheck::New:
        // source: the title's lines, with its overline when it has one
        return newSubsection(m, title, lineno, std::move(messages), 1 + static_cast<int>(countNewlines(source)));
    case SubsectionCheck::Rejected:
        return false;
    case SubsectionCheck::BubbleUp:
        return true;
    }
    return false;
}

Parser::SubsectionCheck Parser::checkSubsection(
    Machine &m, std::string_view source, const std::string &style, int lineno)
{
    const int mylevel = m_sectionLevel;
    const auto it = std::find(m_titleStyles.begin(), m_titleStyles.end(), style);
    auto inconsistent = [&] {
        std::vector<std::unique_ptr<Node>> children;
        auto literal = textElement("literal_block", std::string(source));
        literal->setAttribute("xml:space", "preserve");
        children.push_back(std::move(literal));
        attach(*m.node, m_document.severe("Title level inconsistent:", lineno, std::move(children)));
    };
    if (it == m_titleStyles.end()) {
        if (static_cast<int>(m_titleStyles.size()) == m_sectionLevel) {
            m_titleStyles.push_back(style);
            return SubsectionCheck::New;
        }
        inconsistent();
        return SubsectionCheck::Rejected;
    }
    const int level = static_cast<int>(it - m_titleStyles.begin()) + 1;
    if (level <= mylevel) {
        m_sectionLevel = level;
        if (style.size() == 2)
            m_sectionBubbleUpKludge = true;
        previousLine(m, static_cast<int>(style.size()) + 1);
        return SubsectionCheck::BubbleUp;
    }
    if (level == mylevel + 1)
        return SubsectionCheck::New;
    inconsistent();
    return SubsectionCheck::Rejected;
}

bool Parser::newSubsection(
    Machine &m, std::string_view title, int lineno, std::vector<std::unique_ptr<Node>> messages, int titleLines)
{
    const int mylevel = m_sectionLevel;
    ++m_sectionLevel;
    auto sectionNode = Node::element(TagId::Section);
    Node *section = sectionNode.get();
    attach(*m.node, std::move(sectionNode));
    std::vector<std::unique_ptr<Node>> titleMessages;
    auto textNodes = inlineText(title, lineno, titleMessages);
    auto titleNode = Node::element(TagId::Title);
    titleNode->setRawSource(std::string(title));
    for (auto &node : textNodes)
        titleNode->append(std::move(node));
    if (m_document.currentLine() > 0) {
        titleNode->setLine(m_document.currentLine());
        // docutils' line is the underline's; an overline is two lines up.
        if (titleLines > 2)
            m_document.noteSourceRange(
                *titleNode, { std::max(1, titleNode->line() - titleLines + 1), titleNode->line(), 0 });
    }
    const std::string name = fullyNormalizeName(titleNode->astext());
    section->listRef("names").emplace_back(name);
    section->append(std::move(titleNode));
    for (auto &message : messages)
        section->append(std::move(message));
    for (auto &message : titleMessages)
        section->append(std::move(message));
    m_document.noteImplicitTarget(*section, section);
    const auto offset = static_cast<std::size_t>(m.lineOffset + 1);
    const int absOffset = m.absLineOffset() + 1;
    Machine nested;
    nested.lines = m.lines.subspan(std::min(offset, m.lines.size()));
    nested.inputOffset = absOffset;
    nested.sourceOffset = m.sourceOffset + absOffset - m.inputOffset;
    nested.node = section;
    nested.matchTitles = true;
    nested.connected = m.connected;
    ++m_depth;
    run(nested, State::Body);
    --m_depth;
    gotoLine(m, nested.absLineOffset());
    section->setEndLine(nested.absLineOffset());
    if (m_sectionLevel <= mylevel)
        return true; // a sibling or supersection: bubble up
    m_sectionLevel = mylevel;
    return false;
}

} // namespace specwright::rst::detail

// --- tables -------------------------------------------------------------------

namespace specwright::rst::detail
{

namespace
{

std::vector<std::u32string> padDoubleWidth(std::span<const std::string_view> lines)
{
    std::vector<std::u32string> out;
    out.reserve(lines.size());
    for (const auto line : lines) {
        std::u32string text;
        for (std::size_t pos = 0; pos < line.size();) {
            const char32_t cp = decodeUtf8(line, pos);
            text += cp;
            if (isWide(cp))
                text += U'\0';
        }
        out.push_back(std::move(text));
    }
    return out;
}

} // namespace

std::unique_ptr<Node> Parser::malformedTable(
    Machine &m, std::span<const std::string_view> block, const std::string &detail, int offset)
{
    std::string data = joinLines(block);
    std::string message = "Malformed table.";
    const int startline = m.absLineNumber() - static_cast<int>(block.size()) + 1;
    if (!detail.empty())
        message += "\n" + detail;
    std::vector<std::unique_ptr<Node>> children;
    auto literal = Node::element(TagId::LiteralBlock);
    literal->setAttribute("xml:space", "preserve");
    if (!data.empty())
        literal->append(Node::text(data));
    children.push_back(std::move(literal));
    return m_document.error(message, startline + offset, std::move(children));
}

std::unique_ptr<Node> Parser::buildTable(
    const TableData &data, int tableline, int stubColumns, const std::string &widths, bool cellsFromZero)
{
    auto table = Node::element(TagId::Table);
    if (widths == "auto")
        table->listRef("classes").emplace_back("colwidths-auto");
    else if (!widths.empty())
        table->listRef("classes").emplace_back("colwidths-given");
    Node *tgroup = table->append(Node::element(TagId::Tgroup));
    tgroup->setAttribute("cols", std::to_string(data.colWidths.size()));
    for (const int width : data.colWidths) {
        Node *colspec = tgroup->append(Node::element(TagId::Colspec));
        colspec->setAttribute("colwidth", std::to_string(width));
        if (stubColumns > 0) {
            colspec->setAttribute("stub", "1");
            --stubColumns;
        }
    }
    // The source lines of the parts, for the writers: a cell covers its
    // text lines, a row its cells (those that end in it), a head or body
    // its rows.
    auto noteRange = [this](Node &node, SourceRange range) {
        if (range.first > 0)
            m_document.noteSourceRange(node, range);
    };
    auto spanRange = [](SourceRange &range, const SourceRange &part) {
        if (part.first <= 0)
            return;
        range.first = range.first > 0 ? std::min(range.first, part.first) : part.first;
        range.last = std::max(range.last, part.last);
    };
    auto buildRow = [&](Node &parent, const std::vector<std::optional<TableCell>> &rowData) {
        Node *row = parent.append(Node::element(TagId::Row));
        SourceRange rowRange;
        SourceRange spanningRange;
        for (const auto &cell : rowData) {
            if (!cell)
                continue;
            Node *entry = row->append(Node::element(TagId::Entry));
            if (cell->moreRows)
                entry->setAttribute("morerows", std::to_string(cell->moreRows));
            if (cell->moreCols)
                entry->setAttribute("morecols", std::to_string(cell->moreCols));
            // docutils parses a cell's text as if it started a line later
            // (the table's first line counted from 0), a csv-table cell's
            // as lines of its own from 1.
            SourceRange cellRange;
            if (!cellsFromZero) {
                cellRange.first = tableline + cell->offset;
                cellRange.last = cellRange.first + std::max(0, static_cast<int>(cell->lines.size()) - 1);
                cellRange.innerShift = -1;
            } else if (cell->sourceFirst > 0) {
                cellRange.first = cell->sourceFirst;
                cellRange.last = std::max(cell->sourceFirst, cell->sourceLast);
                cellRange.innerShift = cell->sourceFirst - 1;
            }
            noteRange(*entry, cellRange);
            spanRange(cell->moreRows ? spanningRange : rowRange, cellRange);
            bool hasText = false;
            LineList lines;
            for (const auto &line : cell->lines) {
                if (!line.empty())
                    hasText = true;
                lines.push_back(keep(toUtf8(line)));
            }
            if (hasText)
                nestedParse(lines,
                    tableline + cell->offset,
                    *entry,
                    false,
                    cellsFromZero ? std::optional<int>(0) : std::nullopt);
        }
        if (rowRange.first <= 0)
            rowRange = spanningRange;
        else if (spanningRange.first > 0)
            rowRange.first = std::min(rowRange.first, spanningRange.first);
        rowRange.innerShift = 0;
        noteRange(*row, rowRange);
        return rowRange;
    };
    if (!data.headRows.empty()) {
        Node *thead = tgroup->append(Node::element(TagId::Thead));
        SourceRange headRange;
        for (const auto &row : data.headRows)
            spanRange(headRange, buildRow(*thead, row));
        noteRange(*thead, headRange);
    }
    Node *tbody = tgroup->append(Node::element(TagId::Tbody));
    SourceRange bodyRange;
    for (const auto &row : data.bodyRows)
        spanRange(bodyRange, buildRow(*tbody, row));
    noteRange(*tbody, bodyRange);
    return table;
}

void Parser::table(Machine &m, bool grid)
{
    std::vector<std::unique_ptr<Node>> messages;
    bool blankFinish = true;
    std::vector<std::u32string> block;
    LineList blockLines;
    if (grid) {
        // isolate_grid_table
        const auto start = static_cast<std::size_t>(m.lineOffset);
        std::size_t end = start;
        while (end < m.lines.size()) {
            const std::string_view line = m.lines[end];
            if (isBlank(line))
                break;
            if (line[0] == ' ') {
                messages.push_back(m_document.error(
                    "Unexpected indentation.", sourceLine(m, m.inputOffset + static_cast<int>(end) + 1)));
                blankFinish = false;
                break;
            }
            ++end;
        }
        blockLines.assign(
            m.lines.begin() + static_cast<std::ptrdiff_t>(start), m.lines.begin() + static_cast<std::ptrdiff_t>(end));
        nextLine(m, static_cast<int>(end - start) - 1);
        block = padDoubleWidth(blockLines);
        for (auto &line : block) {
            auto s = std::u32string_view(line);
            while (!s.empty() && isUnicodeSpace(s.front()))
                s.remove_prefix(1);
            while (!s.empty() && isUnicodeSpace(s.back()))
                s.remove_suffix(1);
            line = std::u32string(s);
        }
        const std::size_t width = block.empty() ? 0 : block[0].size();
        for (std::size_t i = 0; i < block.size(); ++i) {
            if (block[i].empty() || (block[i][0] != U'+' && block[i][0] != U'|')) {
                blankFinish = false;
                previousLine(m, static_cast<int>(block.size() - i));
                block.resize(i);
                blockLines.resize(i);
                break;
            }
        }
        auto isTop = [](const std::u32string &line) { return isGridTableTop(toUtf8(line)); };
        bool ok = !block.empty();
        if (ok && !isTop(block.back())) {
            blankFinish = false;
            bool found = false;
            for (std::size_t i = block.size() - 2; block.size() >= 2 && i > 1; --i) {
                if (isTop(block[i])) {
                    previousLine(m, static_cast<int>(block.size() - i + 1));
                    block.resize(i + 1);
                    blockLines.resize(i + 1);
                    found = true;
                    break;
                }
            }
            if (!found) {
                messages.insert(
                    messages.begin() + static_cast<std::ptrdiff_t>(messages.size()), malformedTable(m, blockLines));
                ok = false;
            }
        }
        if (ok) {
            for (const auto &line : block) {
                if (line.size() != width || (line.back() != U'+' && line.back() != U'|')) {
                    messages.push_back(malformedTable(m, blockLines));
                    ok = false;
                    break;
                }
            }
        }
        if (!ok)
            block.clear();
    } else {
        // isolate_simple_table
        const auto start = static_cast<std::size_t>(m.lineOffset);
        const auto &lines = m.lines;
        const std::size_t limit = lines.size() - 1;
        const std::size_t toplen = stripSpace(lines[start]).size();
        auto isBorder = [](std::string_view line) {
            if (line.empty() || line[0] != '=')
                return false;
            return std::all_of(line.begin(), line.end(), [](char c) { return c == '=' || c == ' '; });
        };
        int found = 0;
        std::size_t foundAt = 0;
        std::size_t i = start + 1;
        std::optional<std::size_t> end;
        bool done = false;
        while (i <= limit) {
            const std::string_view line = lines[i];
            if (isBorder(line)) {
                if (stripSpace(line).size() != toplen) {
                    nextLine(m, static_cast<int>(i - start));
                    messages.push_back(malformedTable(m,
                        lines.subspan(start, i - start + 1),
                        "Bottom/header table border does not match top border."));
                    blankFinish = i == limit || isBlank(lines[i + 1]);
                    done = true;
                    break;
                }
                ++found;
                foundAt = i;
                if (found == 2 || i == limit || isBlank(lines[i + 1])) {
                    end = i;
                    break;
                }
            }
            ++i;
        }
        if (!done) {
            if (!end) {
                std::string extra;
                std::span<const std::string_view> bad;
                if (found) {
                    extra = " or no blank line after table bottom";
                    nextLine(m, static_cast<int>(foundAt - start));
                    bad = lines.subspan(start, foundAt - start + 1);
                } else {
                    nextLine(m, static_cast<int>(i - start) - 1);
                    bad = lines.subspan(start);
                }
                messages.push_back(malformedTable(m, bad, "No bottom table border found" + extra + "."));
                blankFinish = extra.empty();
            } else {
                nextLine(m, static_cast<int>(*end - start));
                blockLines.assign(lines.begin() + static_cast<std::ptrdiff_t>(start),
                    lines.begin() + static_cast<std::ptrdiff_t>(*end + 1));
                block = padDoubleWidth(blockLines);
                blankFinish = *end == limit || isBlank(lines[*end + 1]);
            }
        }
    }
    std::vector<std::unique_ptr<Node>> nodes;
    if (!block.empty()) {
        try {
            TableData data = grid ? parseGridTable(block) : parseSimpleTable(block);
            const int tableline = m.absLineNumber() - static_cast<int>(block.size()) + 1;
            nodes.push_back(buildTable(data, tableline));
            m_document.noteSourceRange(*nodes.back(), { tableline, m.absLineNumber(), 0 });
        } catch (const TableMarkupError &error) {
            nodes.push_back(malformedTable(m, blockLines, error.message, error.offset));
        }
    }
    for (auto &message : messages)
        nodes.push_back(std::move(message));
    for (auto &node : nodes)
        attach(*m.node, std::move(node));
    if (!blankFinish)
        attach(*m.node, m_document.warning("Blank line required after table.", m.absLineNumber() + 1));
}

} // namespace specwright::rst::detail
