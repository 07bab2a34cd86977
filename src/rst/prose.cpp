// SPDX-License-Identifier: GPL-3.0-or-later
#include "rst/prose.h"

#include "rst/inline_p.h"
#include "rst/text.h"

#include <algorithm>
#include <array>

namespace specwright::rst
{

namespace
{

using Mode = ProseContext::Mode;
using Open = ProseContext::Open;

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isAsciiDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r';
}

constexpr char32_t rightSingleQuote = U'\u2019';

// The indent in columns (tabs to the next multiple of 8, as docutils) and
// the byte offset of the first non-blank character.
struct Indent {
    int columns = 0;
    std::size_t offset = 0;
};

Indent indentOf(std::string_view line)
{
    Indent indent;
    while (indent.offset < line.size() && isSpace(line[indent.offset])) {
        indent.columns = line[indent.offset] == '\t' ? (indent.columns / 8 + 1) * 8 : indent.columns + 1;
        ++indent.offset;
    }
    return indent;
}

bool isBlank(std::string_view line)
{
    return indentOf(line).offset == line.size();
}

int cappedIndent(int columns)
{
    return std::min(columns, 255);
}

// Directives whose body is code, data or ASCII art rather than prose.
bool hasLiteralBody(std::string_view name)
{
    // Domain directives (py:function, http:get, ...) document an API.
    if (name.find(':') != std::string_view::npos)
        return true;
    static constexpr std::array<std::string_view, 24> names = { "code",
        "code-block",
        "sourcecode",
        "literalinclude",
        "parsed-literal",
        "math",
        "raw",
        "highlight",
        "graphviz",
        "graph",
        "digraph",
        "blockdiag",
        "seqdiag",
        "actdiag",
        "nwdiag",
        "packetdiag",
        "rackdiag",
        "uml",
        "plantuml",
        "mermaid",
        "ditaa",
        "aafig",
        "productionlist",
        "toctree" };
    const std::string lower = toLower(name);
    return std::find(names.begin(), names.end(), lower) != names.end();
}

// The directive name of ".. name:: ..." (rest is what follows ".. "), or
// nothing.
std::string_view directiveName(std::string_view rest)
{
    std::size_t end = 0;
    while (end < rest.size() && !isSpace(rest[end]) && rest.compare(end, 2, "::") != 0)
        ++end;
    // A name may hold single colons (py:function) but not "::".
    if (end == 0 || rest.compare(end, 2, "::") != 0)
        return {};
    if (end + 2 < rest.size() && !isSpace(rest[end + 2]))
        return {};
    return rest.substr(0, end);
}

// The byte length of a list marker ("* ", "- ", "1. ", "(a) ", "#. ") at the
// start of text, spaces after it included; 0 where there is none.
std::size_t listMarkerLength(std::string_view text)
{
    std::size_t marker = 0;
    if (!text.empty() && (text[0] == '*' || text[0] == '-' || text[0] == '+')) {
        marker = 1;
    } else {
        std::size_t pos = text.starts_with('(') ? 1 : 0;
        const std::size_t first = pos;
        const bool hash = pos < text.size() && text[pos] == '#';
        if (hash) {
            ++pos;
        } else if (pos < text.size() && isAsciiDigit(text[pos])) {
            while (pos < text.size() && isAsciiDigit(text[pos]))
                ++pos;
        } else {
            // A single letter or a roman numeral in one case.
            const std::string_view lowerRoman = "ivxlcdm";
            const std::string_view upperRoman = "IVXLCDM";
            if (pos < text.size() && isAsciiLetter(text[pos])) {
                const char letter = text[pos++];
                const std::string_view roman = lowerRoman.find(letter) != std::string_view::npos ? lowerRoman
                    : upperRoman.find(letter) != std::string_view::npos                          ? upperRoman
                                                                                                 : std::string_view();
                while (!roman.empty() && pos < text.size() && pos - first < 8
                    && roman.find(text[pos]) != std::string_view::npos)
                    ++pos;
            }
        }
        if (pos == first || pos >= text.size())
            return 0;
        if (text[pos] == ')' || (first == 0 && text[pos] == '.'))
            marker = pos + 1;
        else
            return 0;
    }
    if (marker < text.size() && !isSpace(text[marker]))
        return 0;
    while (marker < text.size() && isSpace(text[marker]))
        ++marker;
    return marker;
}

// The byte length of a field marker ":name: " at the start of text; 0 where
// there is none (":role:`text`" is not one).
std::size_t fieldMarkerLength(std::string_view text)
{
    if (!text.starts_with(':') || text.size() < 3)
        return 0;
    for (std::size_t pos = 1; pos < text.size(); ++pos) {
        if (text[pos] == '`')
            return 0;
        if (text[pos] == ':' && pos > 1 && text[pos - 1] != ' ' && text[pos - 1] != '\\') {
            if (pos + 1 == text.size() || isSpace(text[pos + 1]))
                return pos + 1;
        }
    }
    return 0;
}

class LineScanner
{
public:
    LineScanner(std::string_view line, ProseContext context)
        : m_line(line)
        , m_context(context)
    {
    }

    ProseLine scan()
    {
        if (!resumeOpenMarkup())
            return finish();
        if (m_pos == 0 && !continueBlock())
            return finish();
        scanText();
        return finish();
    }

private:
    ProseLine finish()
    {
        ProseLine result;
        result.words = std::move(m_words);
        result.next = m_context;
        return result;
    }

    // Carries on inline markup left open on the line before; false when it
    // takes the whole line.
    bool resumeOpenMarkup()
    {
        const Open open = m_context.open;
        if (open == Open::Nothing || m_context.mode != Mode::Text)
            return true;
        if (isBlank(m_line)) {
            // Inline markup never spans a paragraph break.
            m_context.open = Open::Nothing;
            return true;
        }
        if (open == Open::InlineLiteral) {
            const std::size_t close = findInlineLiteralEnd(0);
            if (close == std::string_view::npos)
                return false;
            m_pos = close + 2;
        } else {
            const std::size_t close = findBackquoteEnd(0);
            if (close == std::string_view::npos) {
                if (open == Open::Reference)
                    checkSegment(0, m_line.size());
                return false;
            }
            if (open == Open::Reference && referenceSuffixLength(close + 1) > 0)
                checkSegment(0, close);
            m_pos = close + 1 + referenceSuffixLength(close + 1) + roleSuffixLength(close + 1);
        }
        m_context.open = Open::Nothing;
        return true;
    }

    // Applies the block the lines before opened; false when the line belongs
    // to it (nothing to check) or needs no further look.
    bool continueBlock()
    {
        const Indent indent = indentOf(m_line);
        const bool blank = indent.offset == m_line.size();
        switch (m_context.mode) {
        case Mode::Text:
            break;
        case Mode::LiteralExpected:
        case Mode::LiteralExpectedAfterBlank:
            if (blank) {
                m_context.mode = Mode::LiteralExpectedAfterBlank;
                return false;
            }
            if (indent.columns > m_context.indent) {
                m_context.mode = Mode::Literal;
                return false;
            }
            if (m_context.mode == Mode::LiteralExpectedAfterBlank && indent.columns == m_context.indent) {
                const char first = m_line[indent.offset];
                if (!isAsciiLetter(first) && !isAsciiDigit(first) && static_cast<unsigned char>(first) < 0x80) {
                    m_context.mode = Mode::QuotedLiteral;
                    m_context.quote = first;
                    return false;
                }
            }
            m_context = {};
            break;
        case Mode::Literal:
        case Mode::Skipped:
            if (blank || indent.columns > m_context.indent)
                return false;
            m_context = {};
            break;
        case Mode::QuotedLiteral:
            if (!blank && indent.columns == m_context.indent && m_line[indent.offset] == m_context.quote)
                return false;
            m_context = {};
            break;
        case Mode::EmptyComment:
            if (!blank && indent.columns > m_context.indent) {
                m_context.mode = Mode::Skipped;
                return false;
            }
            m_context = {};
            break;
        case Mode::DirectiveHead:
            if (blank) {
                m_context.mode = m_context.literalBody ? Mode::Skipped : Mode::Text;
                m_context.literalBody = false;
                if (m_context.mode == Mode::Text)
                    m_context.indent = 0;
                return false;
            }
            if (indent.columns > m_context.indent) {
                if (fieldMarkerLength(m_line.substr(indent.offset)) > 0)
                    return false;
                if (m_context.literalBody) {
                    m_context.mode = Mode::Skipped;
                    m_context.literalBody = false;
                    return false;
                }
            }
            m_context = {};
            break;
        }
        if (blank)
            return false;
        return startOfLine(indent);
    }

    // Explicit markup, field and list markers; false when the line is done.
    bool startOfLine(Indent indent)
    {
        const std::string_view rest = m_line.substr(indent.offset);
        if (rest == ".." || rest.starts_with(".. ") || rest.starts_with("..\t")) {
            const std::string_view after = lstripSpace(rest.substr(2));
            ProseContext next;
            next.indent = cappedIndent(indent.columns);
            if (after.empty()) {
                next.mode = Mode::EmptyComment;
            } else if (after.starts_with('[')) {
                // Footnote or citation: its label is a name, its text prose.
                const std::size_t close = after.find(']');
                if (close != std::string_view::npos) {
                    m_pos = static_cast<std::size_t>(after.data() - m_line.data()) + close + 1;
                    return true;
                }
                next.mode = Mode::Skipped;
            } else if (const std::string_view name = directiveName(after);
                       !name.empty() && !after.starts_with('_') && !after.starts_with('|')) {
                next.mode = Mode::DirectiveHead;
                next.literalBody = hasLiteralBody(name);
            } else {
                // Comments, hyperlink targets, substitution definitions.
                next.mode = after.starts_with('|') ? Mode::DirectiveHead : Mode::Skipped;
                next.literalBody = true;
            }
            m_context = next;
            return false;
        }
        // A doctest block's line is code.
        if (rest.starts_with(">>>"))
            return false;
        m_pos = indent.offset;
        m_textIndent = indent.columns;
        if (const std::size_t field = fieldMarkerLength(rest); field > 0) {
            m_pos += field;
        } else if (const std::size_t marker = listMarkerLength(rest); marker > 0) {
            // A list item's paragraph is indented to its text.
            m_pos += marker;
            m_textIndent += static_cast<int>(codePointCount(rest.substr(0, marker)));
        }
        return true;
    }

    // docutils' start-string rule, simplified: at the start, after
    // whitespace or an opening punctuation character.
    bool startAllowed(std::size_t pos) const
    {
        if (pos == 0)
            return true;
        const unsigned char before = static_cast<unsigned char>(m_line[pos - 1]);
        if (before >= 0x80)
            return true;
        return isSpace(static_cast<char>(before)) || isMarkupPrefixChar(before);
    }

    bool spaceAt(std::size_t pos) const { return pos >= m_line.size() || isSpace(m_line[pos]); }

    std::size_t findInlineLiteralEnd(std::size_t from) const
    {
        for (std::size_t pos = m_line.find("``", from); pos != std::string_view::npos;
             pos = m_line.find("``", pos + 1)) {
            if (pos == 0 || !isSpace(m_line[pos - 1]))
                return pos;
        }
        return std::string_view::npos;
    }

    std::size_t findBackquoteEnd(std::size_t from) const
    {
        for (std::size_t pos = m_line.find('`', from); pos != std::string_view::npos; pos = m_line.find('`', pos + 1)) {
            if (pos == 0 || !isSpace(m_line[pos - 1]))
                return pos;
        }
        return std::string_view::npos;
    }

    // "_" or "__" after a closing backquote.
    std::size_t referenceSuffixLength(std::size_t pos) const
    {
        if (m_line.compare(pos, 2, "__") == 0)
            return 2;
        return m_line.compare(pos, 1, "_") == 0 ? 1 : 0;
    }

    // ":role:" after a closing backquote.
    std::size_t roleSuffixLength(std::size_t pos) const
    {
        if (pos >= m_line.size() || m_line[pos] != ':')
            return 0;
        std::size_t end = pos + 1;
        while (end < m_line.size() && isRoleChar(m_line[end]))
            ++end;
        // Role names may hold colons (py:class): the role ends at the last.
        while (end > pos + 1 && m_line[end - 1] != ':')
            --end;
        return end - pos >= 3 ? end - pos : 0;
    }

    static bool isRoleChar(char c)
    {
        return isAsciiLetter(c) || isAsciiDigit(c) || c == '-' || c == '_' || c == '.' || c == '+' || c == ':';
    }

    // Where a ":role:" right before the backquote at pos starts, or npos.
    std::size_t rolePrefixStart(std::size_t pos) const
    {
        if (pos < 3 || m_line[pos - 1] != ':')
            return std::string_view::npos;
        std::size_t start = pos - 1;
        while (start > 0 && isRoleChar(m_line[start - 1]))
            --start;
        // The run may begin after the role's own opening colon or at it.
        while (start < pos - 1 && m_line[start] != ':')
            ++start;
        if (start >= pos - 2 || !startAllowed(start))
            return std::string_view::npos;
        return start;
    }

    void scanText()
    {
        std::size_t segment = m_pos;
        std::size_t pos = m_pos;
        while (pos < m_line.size()) {
            const char c = m_line[pos];
            if (c == '`' && m_line.compare(pos, 2, "``") == 0 && startAllowed(pos) && !spaceAt(pos + 2)) {
                checkSegment(segment, pos);
                const std::size_t close = findInlineLiteralEnd(pos + 3);
                if (close == std::string_view::npos) {
                    m_context.open = Open::InlineLiteral;
                    return;
                }
                pos = segment = close + 2;
                continue;
            }
            if (c == '`' && startAllowed(pos) && !spaceAt(pos + 1)) {
                const std::size_t role = rolePrefixStart(pos);
                checkSegment(segment, role != std::string_view::npos ? role : pos);
                const std::size_t close = findBackquoteEnd(pos + 1);
                if (close == std::string_view::npos) {
                    if (role != std::string_view::npos) {
                        m_context.open = Open::Interpreted;
                    } else {
                        m_context.open = Open::Reference;
                        checkSegment(pos + 1, m_line.size());
                    }
                    return;
                }
                const std::size_t reference = referenceSuffixLength(close + 1);
                if (role == std::string_view::npos && reference > 0)
                    checkSegment(pos + 1, close);
                pos = segment = close + 1 + reference + roleSuffixLength(close + 1);
                continue;
            }
            if ((c == '|' || c == '[') && startAllowed(pos) && !spaceAt(pos + 1)) {
                // |substitution| or |substitution|_, [1]_, [#note]_, [CIT2002]_.
                const char closer = c == '|' ? '|' : ']';
                const std::size_t close = m_line.find(closer, pos + 1);
                if (close != std::string_view::npos && !isSpace(m_line[close - 1])) {
                    std::size_t end = close + 1;
                    const std::size_t suffix = referenceSuffixLength(end);
                    if (c == '|' || suffix > 0) {
                        checkSegment(segment, pos);
                        pos = segment = end + suffix;
                        continue;
                    }
                }
            }
            ++pos;
        }
        checkSegment(segment, m_line.size());
        // "Paragraph::" introduces a literal block indented under it.
        const std::string_view trimmed = rstripSpace(m_line);
        if (m_context.open == Open::Nothing && trimmed.ends_with("::")) {
            m_context.mode = Mode::LiteralExpected;
            m_context.indent = cappedIndent(m_textIndent);
        }
    }

    // Splits text[from, to) at whitespace and keeps the words of each token.
    void checkSegment(std::size_t from, std::size_t to)
    {
        std::size_t pos = from;
        while (pos < to) {
            while (pos < to && isSpace(m_line[pos]))
                ++pos;
            const std::size_t start = pos;
            while (pos < to && !isSpace(m_line[pos]))
                ++pos;
            if (pos > start)
                checkToken(start, pos);
        }
    }

    // Leading and trailing punctuation around a word: quotes, brackets,
    // sentence punctuation, emphasis stars.
    static bool isWrapping(char32_t cp)
    {
        if (cp < 0x80)
            return std::u32string_view(U"\"'()[]{}<>.,;:!?*").find(cp) != std::u32string_view::npos;
        return !isWordChar(cp);
    }

    void checkToken(std::size_t start, std::size_t end)
    {
        const std::string_view token = m_line.substr(start, end - start);
        if (token.find("://") != std::string_view::npos || token.find('@') != std::string_view::npos
            || token.starts_with("mailto:") || token.starts_with("www."))
            return;
        // Strip the wrapping punctuation.
        std::size_t pos = start;
        while (pos < end) {
            std::size_t next = pos;
            if (!isWrapping(decodeUtf8(m_line, next)))
                break;
            pos = next;
        }
        std::size_t coreEnd = end;
        while (coreEnd > pos) {
            std::size_t back = coreEnd - 1;
            while (back > pos && (static_cast<unsigned char>(m_line[back]) & 0xC0) == 0x80)
                --back;
            std::size_t probe = back;
            if (!isWrapping(decodeUtf8(m_line, probe)))
                break;
            coreEnd = back;
        }
        if (pos >= coreEnd || m_line[pos] == '-')
            return;
        // Anything but letters, apostrophes and dashes inside makes it code,
        // a path, a number or a name: not a word to check.
        for (std::size_t scan = pos; scan < coreEnd;) {
            const char c = m_line[scan];
            if (static_cast<unsigned char>(c) >= 0x80) {
                decodeUtf8(m_line, scan);
                continue;
            }
            if (!isAsciiLetter(c) && c != '\'' && c != '-')
                return;
            ++scan;
        }
        // The parts between dashes are the words.
        std::size_t word = pos;
        std::size_t scan = pos;
        while (scan <= coreEnd) {
            bool separator = scan == coreEnd || m_line[scan] == '-';
            std::size_t next = scan + 1;
            if (!separator && static_cast<unsigned char>(m_line[scan]) >= 0x80) {
                next = scan;
                const char32_t cp = decodeUtf8(m_line, next);
                separator = cp != rightSingleQuote && !isWordChar(cp);
            }
            if (separator) {
                addWord(word, scan);
                word = next;
            }
            scan = next;
        }
    }

    void addWord(std::size_t from, std::size_t to)
    {
        // Apostrophes at the ends are quotes.
        while (from < to && m_line[from] == '\'')
            ++from;
        while (to > from && m_line[to - 1] == '\'')
            --to;
        if (from >= to)
            return;
        const std::string_view word = m_line.substr(from, to - from);
        if (codePointCount(word) < 2)
            return;
        // Acronyms (API, REST) and inner capitals (OpenStack, iSCSI) are names.
        bool lower = false;
        bool innerUpper = false;
        for (std::size_t i = 0; i < word.size(); ++i) {
            if (word[i] >= 'a' && word[i] <= 'z')
                lower = true;
            else if (i > 0 && word[i] >= 'A' && word[i] <= 'Z')
                innerUpper = true;
        }
        const bool asciiOnly
            = std::none_of(word.begin(), word.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
        if (innerUpper || (asciiOnly && !lower))
            return;
        m_words.push_back({ from, to - from });
    }

    std::string_view m_line;
    ProseContext m_context;
    std::size_t m_pos = 0;
    int m_textIndent = 0;
    std::vector<ProseWord> m_words;
};

} // namespace

int ProseContext::pack() const
{
    return static_cast<int>(mode) | static_cast<int>(open) << 3 | (literalBody ? 1 : 0) << 5
        | (std::clamp(indent, 0, 255) << 6) | (static_cast<unsigned char>(quote) & 0x7f) << 14;
}

ProseContext ProseContext::unpack(int packed)
{
    ProseContext context;
    if (packed < 0)
        return context;
    const int mode = packed & 7;
    if (mode > static_cast<int>(Mode::EmptyComment))
        return context;
    context.mode = static_cast<Mode>(mode);
    context.open = static_cast<Open>((packed >> 3) & 3);
    context.literalBody = ((packed >> 5) & 1) != 0;
    context.indent = (packed >> 6) & 0xff;
    context.quote = static_cast<char>((packed >> 14) & 0x7f);
    return context;
}

ProseLine scanProse(std::string_view line, ProseContext context)
{
    return LineScanner(line, context).scan();
}

} // namespace specwright::rst
