// SPDX-License-Identifier: GPL-3.0-or-later
// Inline markup recognition with docutils 0.21's rules (parsers/rst/states.py,
// class Inliner). docutils finds markup with regular expressions; the scanner
// below decides the same matches by hand so that it runs in linear time and
// needs no look-behind support.
#include "rst/inline.h"

#include "rst/document.h"
#include "rst/inline_p.h"
#include "rst/inlinetables_p.h"
#include "rst/text.h"

#include <algorithm>
#include <array>
#include <optional>

namespace specwright::rst
{

namespace
{

// The ASCII members of docutils' markup start and end contexts, and what
// joins the parts of a `simplename`.
constexpr AsciiSet markupPrefixAscii("\"'(<[{-/:");
constexpr AsciiSet markupSuffixAscii("\\.,;!?-/:\"')>]}");
constexpr AsciiSet simplenameJoiners("-._+:");

// text without its escape marks (unescapeNulls) or with them turned back
// into backslashes (restoreNulls), made in buffer only when text has marks:
// most text has none, and nodes copy what they keep.
std::string_view withoutEscapes(std::string_view text, std::string &buffer)
{
    if (text.find('\0') == std::string_view::npos)
        return text;
    buffer = unescapeNulls(text);
    return buffer;
}

std::string_view withBackslashes(std::string_view text, std::string &buffer)
{
    if (text.find('\0') == std::string_view::npos)
        return text;
    buffer = restoreNulls(text);
    return buffer;
}

bool inRangeTable(const CodePointRange *table, std::size_t count, char32_t cp)
{
    auto it
        = std::upper_bound(table, table + count, cp, [](char32_t c, const CodePointRange &r) { return c < r.first; });
    return it != table && cp <= (it - 1)->last;
}

constexpr AsciiSet asciiLetters("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
constexpr AsciiSet asciiLettersAndDigits("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

bool isAsciiAlpha(char c)
{
    return asciiLetters.contains(c);
}

bool isAsciiAlnum(char c)
{
    return asciiLettersAndDigits.contains(c);
}

// docutils' `uric`: the characters of a URI (RFC 2396), with the null that
// stands for a backslash escape.
bool isUric(char c)
{
    static constexpr AsciiSet punctuation("-_.!~*'()[];/:@&=+$,%");
    return isAsciiAlnum(c) || c == '\0' || punctuation.contains(c);
}

// docutils' `urilast`: what a URI may end with.
bool isUriLast(char c)
{
    static constexpr AsciiSet punctuation("_~*/=+");
    return isAsciiAlnum(c) || punctuation.contains(c);
}

bool isEmailChar(char c)
{
    static constexpr AsciiSet punctuation("-_!~*'{|}/#?^`&=+$%");
    return isAsciiAlnum(c) || c == '\0' || punctuation.contains(c);
}

bool isSchemeChar(char c)
{
    return isAsciiAlnum(c) || c == '.' || c == '+' || c == '-';
}

// The URI schemes docutils recognises in standalone URIs (utils/urischemes.py).
bool isKnownScheme(std::string_view scheme)
{
    static constexpr std::string_view schemes[] = { "about",
        "acap",
        "addbook",
        "afp",
        "afs",
        "aim",
        "callto",
        "castanet",
        "chttp",
        "cid",
        "crid",
        "data",
        "dav",
        "dict",
        "dns",
        "eid",
        "fax",
        "feed",
        "file",
        "finger",
        "freenet",
        "ftp",
        "go",
        "gopher",
        "gsm-sms",
        "h323",
        "h324",
        "hdl",
        "hnews",
        "http",
        "https",
        "hydra",
        "iioploc",
        "ilu",
        "im",
        "imap",
        "info",
        "ior",
        "ipp",
        "irc",
        "iris.beep",
        "iseek",
        "jar",
        "javascript",
        "jdbc",
        "ldap",
        "lifn",
        "livescript",
        "lrq",
        "mailbox",
        "mailserver",
        "mailto",
        "md5",
        "mid",
        "mocha",
        "modem",
        "mtqp",
        "mupdate",
        "news",
        "nfs",
        "nntp",
        "opaquelocktoken",
        "phone",
        "pop",
        "pop3",
        "pres",
        "printer",
        "prospero",
        "rdar",
        "res",
        "rtsp",
        "rvp",
        "rwhois",
        "rx",
        "sdp",
        "service",
        "shttp",
        "sip",
        "sips",
        "smb",
        "snews",
        "snmp",
        "soap.beep",
        "soap.beeps",
        "ssh",
        "t120",
        "tag",
        "tcp",
        "tel",
        "telephone",
        "telnet",
        "tftp",
        "tip",
        "tn3270",
        "tv",
        "urn",
        "uuid",
        "vemmi",
        "videotex",
        "view-source",
        "wais",
        "whodp",
        "whois++",
        "x-man-page",
        "xmlrpc.beep",
        "xmlrpc.beeps",
        "z39.50r",
        "z39.50s" };
    std::string lower(scheme);
    for (char &c : lower) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    }
    return std::find(std::begin(schemes), std::end(schemes), lower) != std::end(schemes);
}

char32_t codePointAt(std::string_view s, std::size_t pos)
{
    return decodeUtf8(s, pos);
}

std::size_t nextPos(std::string_view s, std::size_t pos)
{
    ++pos;
    while (pos < s.size() && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80)
        ++pos;
    return pos;
}

std::size_t prevPos(std::string_view s, std::size_t pos)
{
    --pos;
    while (pos > 0 && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80)
        --pos;
    return pos;
}

char32_t codePointBefore(std::string_view s, std::size_t pos)
{
    return codePointAt(s, prevPos(s, pos));
}

bool isSpaceAt(std::string_view s, std::size_t pos)
{
    return pos < s.size() && isUnicodeSpace(codePointAt(s, pos));
}

// Start-string prefix: the start of the (sub)string, whitespace, an opener or
// a delimiter before pos.
bool startPrefixOk(std::string_view s, std::size_t pos, std::size_t start)
{
    if (pos == start)
        return true;
    const char32_t cp = codePointBefore(s, pos);
    return isUnicodeSpace(cp) || isMarkupPrefixChar(cp);
}

// End-string suffix: the end of the text, whitespace, the null of an escape,
// a closing delimiter, delimiter or closer at pos.
bool endSuffixOk(std::string_view s, std::size_t pos)
{
    if (pos >= s.size())
        return true;
    const char32_t cp = codePointAt(s, pos);
    return cp == 0 || isUnicodeSpace(cp) || isMarkupSuffixChar(cp);
}

bool notSpaceAfter(std::string_view s, std::size_t pos)
{
    return !isSpaceAt(s, pos);
}

// The nodes docutils makes with text: Text children hold the unescaped text.
std::unique_ptr<Node> textElement(const char *tag, std::string rawsource, std::string_view escapedText)
{
    auto node = Node::element(tag);
    node->setRawSource(std::move(rawsource));
    std::string text = unescapeNulls(escapedText);
    if (!text.empty())
        node->append(Node::text(std::move(text)));
    return node;
}

struct UriMatch {
    std::size_t start = 0;
    std::size_t end = 0;
    std::size_t schemeEnd = 0; // 0 for an e-mail address
    bool email = false;
};

// Finds standalone URIs and e-mail addresses as docutils' `uri` pattern does
// in one string (its own start and end are the pattern's ^ and $).
class UriScanner final
{
public:
    explicit UriScanner(std::string_view s)
        : m_s(s)
    {
    }

    std::optional<UriMatch> search() const
    {
        // A URI needs a ':' after its start, an address an '@': past the
        // last of them, nothing can match.
        // Most text has neither: find() (memchr) says so quicker than rfind().
        const std::size_t firstColon = m_s.find(':');
        const std::size_t firstAt = m_s.find('@');
        if (firstColon == std::string_view::npos && firstAt == std::string_view::npos)
            return std::nullopt;
        const std::size_t lastColon = firstColon == std::string_view::npos ? firstColon : m_s.rfind(':');
        const std::size_t lastAt = firstAt == std::string_view::npos ? firstAt : m_s.rfind('@');
        const std::size_t schemeLimit = lastColon == std::string_view::npos ? 0 : lastColon;
        const std::size_t emailLimit = lastAt == std::string_view::npos ? 0 : lastAt;
        std::size_t schemeSkipEnd = 0;
        std::size_t emailSkipEnd = 0;
        const std::size_t end = std::max(
            lastColon == std::string_view::npos ? 0 : lastColon, lastAt == std::string_view::npos ? 0 : lastAt);
        for (std::size_t p = 0; p < end; p = nextPos(m_s, p)) {
            const char c = m_s[p];
            if (!isAsciiAlnum(c) && !isEmailChar(c))
                continue;
            // Nothing starts after an ASCII letter or digit: skip the rest
            // of the word.
            if (p > 0 && isAsciiAlnum(m_s[p - 1])) {
                while (p + 1 < end && isAsciiAlnum(m_s[p + 1]))
                    ++p;
                continue;
            }
            if (!startPrefixOk(m_s, p, 0))
                continue;
            if (isAsciiAlpha(c) && p >= schemeSkipEnd && p < schemeLimit) {
                std::size_t runEnd = p;
                if (auto m = absoluteAt(p, runEnd))
                    return m;
                schemeSkipEnd = runEnd;
            }
            if (p >= emailSkipEnd && p < emailLimit) {
                std::size_t runEnd = p;
                if (auto m = emailAt(p, runEnd))
                    return m;
                emailSkipEnd = runEnd;
            }
        }
        return std::nullopt;
    }

    // docutils' patterns.uri.match(): a URI or address starting at 0.
    bool matchesAtStart() const
    {
        if (m_s.empty())
            return false;
        std::size_t runEnd = 0;
        if (isAsciiAlpha(m_s[0]) && absoluteAt(0, runEnd))
            return true;
        return emailAt(0, runEnd).has_value();
    }

    // docutils' patterns.email matched against the whole string.
    bool isEmailAddress() const
    {
        std::size_t runEnd = 0;
        auto m = emailAt(0, runEnd, false);
        return m && m->end == m_s.size();
    }

private:
    bool uriEndAt(std::size_t i) const
    {
        const char c = m_s[i];
        return isUriLast(c) || (isUric(c) && i + 1 < m_s.size() && m_s[i + 1] == '>');
    }

    std::size_t uricRunEnd(std::size_t pos) const
    {
        while (pos < m_s.size() && isUric(m_s[pos]))
            ++pos;
        return pos;
    }

    std::optional<std::size_t> fragmentFrom(std::size_t e) const
    {
        if (e < m_s.size() && m_s[e] == '#') {
            const std::size_t run = uricRunEnd(e + 1);
            for (std::size_t end = run; end >= e + 2; --end) {
                if (uriEndAt(end - 1) && endSuffixOk(m_s, end))
                    return end;
            }
        }
        if (endSuffixOk(m_s, e))
            return e;
        return std::nullopt;
    }

    std::optional<std::size_t> queryFrom(std::size_t e) const
    {
        if (e < m_s.size() && m_s[e] == '?') {
            const std::size_t run = uricRunEnd(e + 1);
            for (std::size_t end = run; end >= e + 2; --end) {
                if (uriEndAt(end - 1)) {
                    if (auto r = fragmentFrom(end))
                        return r;
                }
            }
        }
        return fragmentFrom(e);
    }

    std::optional<UriMatch> absoluteAt(std::size_t p, std::size_t &runEnd) const
    {
        std::size_t q = p + 1;
        while (q < m_s.size() && isSchemeChar(m_s[q]))
            ++q;
        runEnd = q;
        if (q >= m_s.size() || m_s[q] != ':')
            return std::nullopt;
        const std::size_t h = q + 1;
        const std::size_t run = uricRunEnd(h);
        for (std::size_t e = run; e > h; --e) {
            if (!uriEndAt(e - 1))
                continue;
            if (auto end = queryFrom(e))
                return UriMatch { p, *end, q, false };
        }
        return std::nullopt;
    }

    std::optional<UriMatch> emailAt(std::size_t p, std::size_t &runEnd, bool needSuffix = true) const
    {
        std::size_t q = p;
        if (q >= m_s.size() || !isEmailChar(m_s[q]))
            return std::nullopt;
        while (true) {
            while (q < m_s.size() && isEmailChar(m_s[q]))
                ++q;
            if (q + 1 < m_s.size() && m_s[q] == '.' && isEmailChar(m_s[q + 1])) {
                ++q;
                continue;
            }
            break;
        }
        runEnd = q;
        if (q >= m_s.size() || m_s[q] != '@' || m_s[q - 1] == '\0')
            return std::nullopt;
        const std::size_t h = q + 1;
        if (h >= m_s.size() || !isEmailChar(m_s[h]))
            return std::nullopt;
        std::size_t r = h;
        while (r < m_s.size() && (isEmailChar(m_s[r]) || m_s[r] == '.'))
            ++r;
        runEnd = r;
        for (std::size_t u = std::min(r, m_s.size() - 1); u >= h + 1; --u) {
            if (!uriEndAt(u))
                continue;
            if (!needSuffix) {
                if (u + 1 == m_s.size())
                    return UriMatch { p, u + 1, 0, true };
                continue;
            }
            if (endSuffixOk(m_s, u + 1))
                return UriMatch { p, u + 1, 0, true };
        }
        return std::nullopt;
    }

    std::string_view m_s;
};

// A role's "class" option on the node it made (no attribute when empty, as
// docutils prints none).
void setClasses(Node &node, const std::vector<std::string> &classes)
{
    if (!classes.empty())
        node.setList("classes", classes);
}

// docutils' role lookup (parsers/rst/roles.py with the English language
// module) plus the Sphinx roles the reference installs.
std::optional<InterpretedRole> findRole(std::string_view name)
{
    const std::string norm = toLower(name);
    static constexpr std::string_view xrefRoles[]
        = { "ref", "doc", "term", "numref", "download", "any", "abbr", "guilabel", "menuselection", "dfn" };
    static constexpr std::string_view literalRoles[] = { "command",
        "file",
        "program",
        "samp",
        "kbd",
        "option",
        "envvar",
        "mod",
        "class",
        "func",
        "meth",
        "attr",
        "exc",
        "data",
        "obj",
        "const",
        "py:mod",
        "py:class",
        "py:func",
        "py:meth",
        "py:attr",
        "py:exc",
        "py:data",
        "py:obj" };
    using Kind = InterpretedRole::Kind;
    auto role = [](Kind kind, const char *tag) {
        InterpretedRole found;
        found.kind = kind;
        found.tag = tag;
        return found;
    };
    if (std::find(std::begin(xrefRoles), std::end(xrefRoles), norm) != std::end(xrefRoles))
        return role(Kind::Sphinx, "inline");
    if (std::find(std::begin(literalRoles), std::end(literalRoles), norm) != std::end(literalRoles))
        return role(Kind::Sphinx, "literal");
    struct Alias {
        std::string_view name;
        Kind kind;
        const char *tag;
    };
    static const Alias aliases[] = {
        { "abbreviation", Kind::Generic, "abbreviation" },
        { "ab", Kind::Generic, "abbreviation" },
        { "acronym", Kind::Generic, "acronym" },
        { "ac", Kind::Generic, "acronym" },
        { "code", Kind::Code, "literal" },
        { "emphasis", Kind::Generic, "emphasis" },
        { "literal", Kind::Generic, "literal" },
        { "math", Kind::Math, "math" },
        { "pep-reference", Kind::Pep, "reference" },
        { "pep", Kind::Pep, "reference" },
        { "rfc-reference", Kind::Rfc, "reference" },
        { "rfc", Kind::Rfc, "reference" },
        { "strong", Kind::Generic, "strong" },
        { "subscript", Kind::Generic, "subscript" },
        { "sub", Kind::Generic, "subscript" },
        { "superscript", Kind::Generic, "superscript" },
        { "sup", Kind::Generic, "superscript" },
        { "title-reference", Kind::Generic, "title_reference" },
        { "title", Kind::Generic, "title_reference" },
        { "t", Kind::Generic, "title_reference" },
        { "", Kind::Generic, "title_reference" },
        { "raw", Kind::Raw, "raw" },
        { "index", Kind::Unimplemented, "" },
        { "i", Kind::Unimplemented, "" },
        { "anonymous-reference", Kind::Unimplemented, "" },
        { "citation-reference", Kind::Unimplemented, "" },
        { "footnote-reference", Kind::Unimplemented, "" },
        { "named-reference", Kind::Unimplemented, "" },
        { "substitution-reference", Kind::Unimplemented, "" },
        { "uri-reference", Kind::Unimplemented, "" },
        { "uri", Kind::Unimplemented, "" },
        { "url", Kind::Unimplemented, "" },
        { "target", Kind::Unimplemented, "" },
        { "restructuredtext-unimplemented-role", Kind::Unimplemented, "" },
    };
    for (const auto &alias : aliases) {
        if (alias.name == norm)
            return role(alias.kind, alias.tag);
    }
    return std::nullopt;
}

// Python's int() of a string, for the PEP and RFC roles: optional sign,
// digits with single underscores between them, surrounding whitespace.
std::optional<long long> parsePythonInt(std::string_view text)
{
    text = stripSpace(text);
    bool negative = false;
    if (!text.empty() && (text[0] == '+' || text[0] == '-')) {
        negative = text[0] == '-';
        text.remove_prefix(1);
    }
    if (text.empty() || text.front() == '_' || text.back() == '_')
        return std::nullopt;
    long long value = 0;
    char previous = 0;
    for (char c : text) {
        if (c == '_') {
            if (previous == '_')
                return std::nullopt;
        } else if (c >= '0' && c <= '9') {
            if (value > 1'000'000'000'000LL)
                value = 1'000'000'000'000LL; // large enough to be out of every range
            else
                value = value * 10 + (c - '0');
        } else {
            return std::nullopt;
        }
        previous = c;
    }
    return negative ? -value : value;
}

class Inliner final
{
public:
    Inliner(std::string_view text, int line, Document &document, Node *parent)
        // Most text has no backslash: then the escaped text is the text.
        : m_escaped(text.find('\\') == std::string_view::npos ? std::string() : escapeToNulls(text))
        , m_s(m_escaped.empty() ? text : std::string_view(m_escaped))
        , m_line(line)
        , m_document(document)
        , m_parent(parent)

    {
        m_nextUnderscore = m_s.find('_');
    }

    void run(InlineResult &result);

private:
    // One recognised start of markup (docutils' patterns.initial match).
    struct StartMatch {
        enum Kind { None, Emphasis, Strong, Literal, Target, Substitution, Reference, Footnote, Interpreted };
        Kind kind = None;
        std::size_t start = 0; // match.start(): the role or start-string
        std::size_t markStart = 0; // the start-string itself
        std::size_t markEnd = 0; // end of the start-string / whole construct
        bool anonymous = false;
    };

    // What a handler did: inline nodes found (empty: the start-string was
    // quoted and stays text), where the text before them ends and where
    // scanning resumes.
    struct Step {
        std::size_t beforeEnd = 0;
        std::size_t resume = 0;
        std::vector<std::unique_ptr<Node>> inlines;
    };

    StartMatch searchStart(std::size_t from);
    std::vector<std::size_t> simplenameEnds(std::size_t p) const;
    bool isNameChar(std::size_t pos) const;

    bool quotedStart(std::size_t start, std::size_t end) const;
    struct EndMatch {
        std::size_t start = 0; // the end-string
        std::size_t end = 0; // end of the whole match
        std::size_t roleEnd = 0; // end of a ":role:" suffix, 0 if none
    };
    enum EndKind { EndEmphasis, EndStrong, EndLiteral, EndTarget, EndSubstitution, EndInterpreted, EndKindCount };
    struct EndCache {
        bool valid = false;
        std::size_t start = 0;
        std::optional<EndMatch> found;
    };
    std::optional<EndMatch> simpleEndAt(
        std::size_t q, std::size_t from, std::string_view mark, bool escapeSensitive) const;
    std::optional<EndMatch> interpretedEndAt(std::size_t q, std::size_t from) const;
    std::optional<EndMatch> searchEnd(EndKind kind, std::size_t from);
    Step inlineObject(const StartMatch &m,
        const char *tag,
        EndKind kind,
        bool restoreBackslashes,
        const char *className,
        std::string *endString = nullptr);
    Step emphasisOrStrong(const StartMatch &m);
    Step literal(const StartMatch &m);
    Step inlineTarget(const StartMatch &m);
    Step substitutionReference(const StartMatch &m);
    Step footnoteReference(const StartMatch &m);
    Step reference(const StartMatch &m);
    Step interpretedOrPhrase(const StartMatch &m);
    Step phraseReference(std::size_t matchStart, std::size_t textEnd, std::string rawsource, std::string_view escaped);
    std::vector<std::unique_ptr<Node>> interpreted(
        const std::string &rawsource, std::string_view text, std::string_view role);

    std::unique_ptr<Node> problematic(std::string_view text, std::string rawsource, Node &message);
    std::unique_ptr<Node> warningProblem(std::string_view message, std::string_view text);

    void implicitInline(std::string_view s, std::vector<std::unique_ptr<Node>> &out);

    std::string m_escaped;
    // The text with backslash escapes as nulls (docutils' escape2null).
    std::string_view m_s;
    int m_line;
    Document &m_document;
    Node *m_parent;
    std::vector<std::unique_ptr<Node>> m_messages;
    // Where a reference-name scan already failed: later starts inside the
    // same name would fail the same way.
    std::size_t m_refnameFailEnd = 0;
    std::size_t m_nextUnderscore = 0;
    // No space or line break lies between m_noSeparatorFrom and the '_' at
    // m_noSeparatorUnderscore.
    std::size_t m_noSeparatorUnderscore = std::string_view::npos;
    std::size_t m_noSeparatorFrom = 0;
    std::size_t m_nextClose = 0; // the next ']' (npos: none left)
    // Start of docutils' `remaining` string.
    std::size_t m_base = 0;
    EndCache m_endCache[EndKindCount];
};

constexpr std::array<bool, 256> startMarks()
{
    std::array<bool, 256> marks {};
    for (unsigned char c : { '*', '`', '_', '|', '[', ':' })
        marks[c] = true;
    return marks;
}

// The characters that begin a start-string.
constexpr std::array<bool, 256> isStartMark = startMarks();

// Whether text holds a character that inline markup needs: a start-string
// character, the '_' that ends a reference, the ':' of a URI or role, the
// '@' of an address, a backslash escape, or a null (which stands for one).
// Text without any is plain text, whatever its words.
bool mayHoldMarkup(std::string_view text)
{
    auto marks = [](std::uint64_t block) {
        return bytes8::equalEither(block, '*', ':') | bytes8::equalEither(block, '[', '_')
            | bytes8::equalEither(block, '@', '`') | bytes8::equalEither(block, '\\', '|') | bytes8::zero(block);
    };
    std::size_t pos = 0;
    for (; pos + 8 <= text.size(); pos += 8)
        if (marks(bytes8::load(text, pos)))
            return true;
    for (; pos < text.size(); ++pos) {
        const char c = text[pos];
        if (isStartMark[static_cast<unsigned char>(c)] || c == '@' || c == '\\' || c == '\0')
            return true;
    }
    return false;
}

// The first character from p on (before limit) that can begin a
// start-string, or limit. Prose has few: most of it is skipped eight bytes
// at a time.
std::size_t nextStartMark(std::string_view s, std::size_t p, std::size_t limit)
{
    while (p + 8 <= limit) {
        const std::uint64_t block = bytes8::load(s, p);
        const std::uint64_t marks = bytes8::equalEither(block, '*', ':') | bytes8::equalEither(block, '[', '_')
            | bytes8::equal(block, '`') | bytes8::equal(block, '|');
        if (marks)
            return p + bytes8::firstFlagged(marks);
        p += 8;
    }
    while (p < limit && !isStartMark[static_cast<unsigned char>(s[p])])
        ++p;
    return p;
}

// The last space or line break in [from, to), or npos.
std::size_t lastSeparatorBefore(std::string_view s, std::size_t from, std::size_t to)
{
    for (std::size_t i = to; i > from; --i)
        if (s[i - 1] == ' ' || s[i - 1] == '\n')
            return i - 1;
    return std::string_view::npos;
}

bool Inliner::isNameChar(std::size_t pos) const
{
    if (pos >= m_s.size())
        return false;
    const unsigned char c = static_cast<unsigned char>(m_s[pos]);
    if (c < 0x80)
        return c != '_' && isAsciiAlnum(static_cast<char>(c));
    return isWordChar(codePointAt(m_s, pos));
}

// The positions where docutils' `simplename` can end when it starts at p,
// longest first: alphanumeric runs joined by single [-._+:].
std::vector<std::size_t> Inliner::simplenameEnds(std::size_t p) const
{
    std::vector<std::size_t> ends;
    std::size_t pos = p;
    while (isNameChar(pos)) {
        while (isNameChar(pos))
            pos = nextPos(m_s, pos);
        ends.push_back(pos);
        if (pos < m_s.size() && simplenameJoiners.contains(m_s[pos]) && isNameChar(pos + 1))
            ++pos;
        else
            break;
    }
    std::reverse(ends.begin(), ends.end());
    return ends;
}

Inliner::StartMatch Inliner::searchStart(std::size_t from)
{
    const std::string_view s = m_s;
    for (std::size_t p = from; p < s.size(); p = nextPos(s, p)) {
        if (p < m_refnameFailEnd && !isStartMark[static_cast<unsigned char>(s[p])]) {
            // No reference name starts here: only a start-string can, so
            // skip to the next character that begins one.
            p = nextStartMark(s, p, m_refnameFailEnd);
            if (p == s.size())
                break;
        }
        const char c = s[p];
        const bool markChar = isStartMark[static_cast<unsigned char>(c)];
        if (!markChar) {
            // Anything else can only start a reference name: a word character
            // after a non-word one, where a reference is still possible.
            if (p < m_refnameFailEnd || !(static_cast<unsigned char>(c) >= 0x80 || isAsciiAlnum(c)))
                continue;
            if (p > from && isAsciiAlnum(s[p - 1]))
                continue;
        }
        if (!startPrefixOk(s, p, from))
            continue;
        const char next = p + 1 < s.size() ? s[p + 1] : '\0';
        const bool hasNext = p + 1 < s.size();
        switch (c) {
        case '*':
            if (hasNext && next == '*') {
                if (notSpaceAfter(s, p + 2))
                    return { StartMatch::Strong, p, p, p + 2 };
            } else if (notSpaceAfter(s, p + 1)) {
                return { StartMatch::Emphasis, p, p, p + 1 };
            }
            continue;
        case '`':
            if (hasNext && next == '`') {
                if (notSpaceAfter(s, p + 2))
                    return { StartMatch::Literal, p, p, p + 2 };
            } else if (notSpaceAfter(s, p + 1)) {
                return { StartMatch::Interpreted, p, p, p + 1 };
            }
            continue;
        case '_':
            if (hasNext && next == '`' && notSpaceAfter(s, p + 2))
                return { StartMatch::Target, p, p, p + 2 };
            continue;
        case '|':
            if (!(hasNext && next == '|') && notSpaceAfter(s, p + 1))
                return { StartMatch::Substitution, p, p, p + 1 };
            continue;
        case '[': {
            // The label ends at the next ']', remembered across candidates.
            if (m_nextClose == std::string::npos ? false : m_nextClose <= p)
                m_nextClose = s.find(']', p + 1);
            const std::size_t close = m_nextClose;
            if (close == std::string_view::npos || close == p + 1 || close + 1 >= s.size() || s[close + 1] != '_'
                || !endSuffixOk(s, close + 2))
                continue;
            const std::string_view label = s.substr(p + 1, close - p - 1);
            bool ok = false;
            if (std::all_of(label.begin(), label.end(), [](char d) { return d >= '0' && d <= '9'; }))
                ok = true;
            else if (label == "*")
                ok = true;
            else if (label[0] == '#') {
                const auto ends = simplenameEnds(p + 2);
                ok = label.size() == 1 || (!ends.empty() && ends.front() == close);
            } else {
                const auto ends = simplenameEnds(p + 1);
                ok = !ends.empty() && ends.front() == close;
            }
            if (ok)
                return { StartMatch::Footnote, p, p, close + 2 };
            continue;
        }
        case ':': {
            for (std::size_t e : simplenameEnds(p + 1)) {
                if (e + 1 < s.size() && s[e] == ':' && s[e + 1] == '`' && !(e + 2 < s.size() && s[e + 2] == '`')
                    && notSpaceAfter(s, e + 2))
                    return { StartMatch::Interpreted, p, e + 1, e + 2 };
            }
            continue;
        }
        default:
            break;
        }
        if (p < m_refnameFailEnd || !isNameChar(p))
            continue;
        if (m_nextUnderscore < p)
            m_nextUnderscore = m_s.find('_', p);
        if (m_nextUnderscore == std::string::npos) {
            m_refnameFailEnd = m_s.size(); // no reference can end in this text
            continue;
        }
        // A name does not run over a space or a line break: no name that
        // starts before the last one ahead of the next '_' reaches a '_'.
        // Once none is found from some start on, none is from a later one.
        if (m_noSeparatorUnderscore != m_nextUnderscore || p < m_noSeparatorFrom) {
            const std::size_t separator = lastSeparatorBefore(s, p, m_nextUnderscore);
            if (separator != std::string_view::npos) {
                m_refnameFailEnd = separator;
                continue;
            }
            m_noSeparatorUnderscore = m_nextUnderscore;
            m_noSeparatorFrom = p;
        }
        // Most words are no reference: only a name part followed by '_'
        // can be, so look for one before collecting the name's ends.
        std::size_t chainEnd = p;
        bool underscore = false;
        while (isNameChar(chainEnd)) {
            while (isNameChar(chainEnd))
                chainEnd = nextPos(s, chainEnd);
            if (chainEnd < s.size() && s[chainEnd] == '_')
                underscore = true;
            if (chainEnd < s.size() && simplenameJoiners.contains(s[chainEnd]) && isNameChar(chainEnd + 1))
                ++chainEnd;
            else
                break;
        }
        if (!underscore) {
            m_refnameFailEnd = chainEnd;
            continue;
        }
        const auto ends = simplenameEnds(p);
        for (std::size_t e : ends) {
            if (e < s.size() && s[e] == '_') {
                if (e + 1 < s.size() && s[e + 1] == '_' && endSuffixOk(s, e + 2))
                    return { StartMatch::Reference, p, p, e + 2, true };
                if (endSuffixOk(s, e + 1))
                    return { StartMatch::Reference, p, p, e + 1, false };
            }
        }
        m_refnameFailEnd = ends.front();
    }
    return {};
}

bool Inliner::quotedStart(std::size_t start, std::size_t end) const
{
    if (start == m_base)
        return false;
    if (end >= m_s.size())
        return true;
    return isQuotePair(codePointBefore(m_s, start), codePointAt(m_s, end));
}

// The end-string of emphasis, strong, literal, targets and substitution
// references at q: not after whitespace (nor after an escape when
// escapeSensitive), followed by an end-string suffix; substitution
// references may end in one or two underscores. `from` is where docutils'
// searched substring starts: nothing before it is looked at.
std::optional<Inliner::EndMatch> Inliner::simpleEndAt(
    std::size_t q, std::size_t from, std::string_view mark, bool escapeSensitive) const
{
    const std::string_view s = m_s;
    if (s.compare(q, mark.size(), mark) != 0)
        return std::nullopt;
    if (q > from) {
        const char32_t before = codePointBefore(s, q);
        if (isUnicodeSpace(before) || (escapeSensitive && before == 0))
            return std::nullopt;
    }
    if (mark == "|") {
        // (\|_{0,2}) then the suffix, greedy.
        std::size_t end = q + 1;
        int underscores = 0;
        while (underscores < 2 && end < s.size() && s[end] == '_') {
            ++end;
            ++underscores;
        }
        for (; underscores >= 0; --underscores, --end) {
            if (endSuffixOk(s, end))
                return EndMatch { q, end, 0 };
        }
        return std::nullopt;
    }
    if (endSuffixOk(s, q + mark.size()))
        return EndMatch { q, q + mark.size(), 0 };
    return std::nullopt;
}

// docutils' interpreted_or_phrase_ref end pattern at q: a backquote not after
// unescaped whitespace, then an optional :role: and an optional _ or __,
// then an end-string suffix.
std::optional<Inliner::EndMatch> Inliner::interpretedEndAt(std::size_t q, std::size_t from) const
{
    const std::string_view s = m_s;
    if (s[q] != '`')
        return std::nullopt;
    if (q > from) {
        const std::size_t b = prevPos(s, q);
        const char32_t before = codePointAt(s, b);
        if ((isUnicodeSpace(before) || before == 0) && !(b > from && s[b - 1] == '\0'))
            return std::nullopt;
    }
    std::size_t end = 0;
    auto tryRefend = [&](std::size_t at) {
        if (at + 1 < s.size() && s[at] == '_' && s[at + 1] == '_' && endSuffixOk(s, at + 2)) {
            end = at + 2;
            return true;
        }
        if (at < s.size() && s[at] == '_' && endSuffixOk(s, at + 1)) {
            end = at + 1;
            return true;
        }
        if (endSuffixOk(s, at)) {
            end = at;
            return true;
        }
        return false;
    };
    if (q + 1 < s.size() && s[q + 1] == ':') {
        for (std::size_t e : simplenameEnds(q + 2)) {
            if (e < s.size() && s[e] == ':' && tryRefend(e + 1))
                return EndMatch { q, end, e + 1 };
        }
    }
    if (tryRefend(q + 1))
        return EndMatch { q, end, 0 };
    return std::nullopt;
}

// The first end-string match at or after `from`, as docutils' search in the
// substring from `from` finds it. The first one or two positions see the
// substring's start; beyond them, whether a position matches does not depend
// on `from`, so the answer is remembered and reused by later searches (the
// searches move forward), which keeps long lines of unclosed markup linear.
std::optional<Inliner::EndMatch> Inliner::searchEnd(EndKind kind, std::size_t from)
{
    static constexpr std::string_view marks[] = { "*", "**", "``", "`", "|", "`" };
    const std::string_view mark = marks[kind];
    const bool escapeSensitive = kind != EndLiteral;
    auto at = [&](std::size_t q, std::size_t start) {
        return kind == EndInterpreted ? interpretedEndAt(q, start) : simpleEndAt(q, start, mark, escapeSensitive);
    };
    std::size_t generic = from;
    const int special = kind == EndInterpreted ? 2 : 1;
    for (int i = 0; i < special && generic < m_s.size(); ++i) {
        if (auto m = at(generic, from))
            return m;
        generic = nextPos(m_s, generic);
    }
    EndCache &cache = m_endCache[kind];
    if (!(cache.valid && cache.start <= generic && (!cache.found || cache.found->start >= generic))) {
        cache.valid = true;
        cache.start = generic;
        cache.found.reset();
        for (std::size_t q = m_s.find(mark.front(), generic); q != std::string::npos;
             q = m_s.find(mark.front(), q + 1)) {
            if (auto m = at(q, 0)) {
                cache.found = m;
                break;
            }
        }
    }
    return cache.found;
}

std::unique_ptr<Node> Inliner::problematic(std::string_view text, std::string rawsource, Node &message)
{
    const std::string msgId = m_document.setId(message, m_parent);
    auto node = Node::element(TagId::Problematic);
    node->setRawSource(std::move(rawsource));
    if (!text.empty())
        node->append(Node::text(text));
    node->setAttribute("refid", msgId);
    const std::string id = m_document.setId(*node);
    message.listRef("backrefs").emplace_back(id);
    return node;
}

std::unique_ptr<Node> Inliner::warningProblem(std::string_view message, std::string_view text)
{
    auto msg = m_document.warning(message, m_line);
    auto prb = problematic(text, std::string(text), *msg);
    m_messages.push_back(std::move(msg));
    return prb;
}

Inliner::Step Inliner::inlineObject(const StartMatch &m,
    const char *tag,
    EndKind kind,
    bool restoreBackslashes,
    const char *className,
    std::string *endString)
{
    Step step;
    if (quotedStart(m.start, m.markEnd)) {
        step.beforeEnd = m.markEnd;
        step.resume = m.markEnd;
        return step;
    }
    const auto end = searchEnd(kind, m.markEnd);
    if (end && end->start > m.markEnd) {
        const std::size_t textEnd = end->end;
        if (endString)
            *endString = std::string(m_s.substr(end->start, end->end - end->start));
        const std::string_view escaped = std::string_view(m_s).substr(m.markEnd, end->start - m.markEnd);
        std::string buffer;
        auto node = Node::element(tag);
        node->setRawSource(withBackslashes(std::string_view(m_s).substr(m.markStart, textEnd - m.markStart), buffer));
        const std::string_view text
            = restoreBackslashes ? withBackslashes(escaped, buffer) : withoutEscapes(escaped, buffer);
        if (!text.empty())
            node->append(Node::text(text));
        step.beforeEnd = m.markStart;
        step.resume = textEnd;
        step.inlines.push_back(std::move(node));
        return step;
    }
    const std::string text = restoreNulls(std::string_view(m_s).substr(m.markStart, m.markEnd - m.markStart));
    step.inlines.push_back(
        warningProblem(std::string("Inline ") + className + " start-string without end-string.", text));
    step.beforeEnd = m.markStart;
    step.resume = m.markEnd;
    return step;
}

Inliner::Step Inliner::emphasisOrStrong(const StartMatch &m)
{
    if (m.kind == StartMatch::Strong)
        return inlineObject(m, "strong", EndStrong, false, "strong");
    return inlineObject(m, "emphasis", EndEmphasis, false, "emphasis");
}

Inliner::Step Inliner::literal(const StartMatch &m)
{
    return inlineObject(m, "literal", EndLiteral, true, "literal");
}

Inliner::Step Inliner::inlineTarget(const StartMatch &m)
{
    Step step = inlineObject(m, "target", EndTarget, false, "target");
    if (step.inlines.size() == 1 && step.inlines[0]->tag() == "target") {
        Node &target = *step.inlines[0];
        target.listRef("names").emplace_back(fullyNormalizeName(target.astext()));
        m_document.noteExplicitTarget(target, m_parent);
    }
    return step;
}

Inliner::Step Inliner::substitutionReference(const StartMatch &m)
{
    std::string endString;
    Step step = inlineObject(m, "substitution_reference", EndSubstitution, false, "substitution_reference", &endString);
    if (step.inlines.size() == 1 && step.inlines[0]->tag() == "substitution_reference") {
        Node &subref = *step.inlines[0];
        const std::string subrefText = subref.astext();
        m_document.noteSubstitutionRef(subref, subrefText);
        if (endString.ends_with('_')) {
            auto reference = Node::element(TagId::Reference);
            reference->setRawSource("|" + subrefText + endString);
            if (endString.ends_with("__")) {
                reference->setAttribute("anonymous", "1");
                m_document.noteAnonymousRef(*reference);
            } else {
                reference->setAttribute("refname", fullyNormalizeName(subrefText));
                m_document.noteRefname(*reference);
            }
            reference->append(std::move(step.inlines[0]));
            step.inlines[0] = std::move(reference);
        }
    }
    return step;
}

Inliner::Step Inliner::footnoteReference(const StartMatch &m)
{
    Step step;
    const std::string label(m_s.substr(m.start + 1, m.markEnd - m.start - 3));
    std::string refname = fullyNormalizeName(label);
    const bool numbered = std::all_of(label.begin(), label.end(), [](char d) { return d >= '0' && d <= '9'; });
    std::unique_ptr<Node> refnode;
    if (!numbered && label[0] != '#' && label != "*") {
        refnode = Node::element(TagId::CitationReference);
        refnode->setRawSource("[" + label + "]_");
        refnode->setAttribute("refname", refname);
        refnode->append(Node::text(label));
        m_document.noteCitationRef(*refnode);
    } else {
        refnode = Node::element(TagId::FootnoteReference);
        refnode->setRawSource("[" + label + "]_");
        if (refname[0] == '#') {
            refname.erase(0, 1);
            refnode->setAttribute("auto", "1");
            m_document.noteAutofootnoteRef(*refnode);
        } else if (refname == "*") {
            refname.clear();
            refnode->setAttribute("auto", "*");
            m_document.noteSymbolFootnoteRef(*refnode);
        } else {
            refnode->append(Node::text(label));
        }
        if (!refname.empty()) {
            refnode->setAttribute("refname", refname);
            m_document.noteFootnoteRef(*refnode);
        }
    }
    step.beforeEnd = m.start;
    step.resume = m.markEnd;
    step.inlines.push_back(std::move(refnode));
    return step;
}

Inliner::Step Inliner::reference(const StartMatch &m)
{
    Step step;
    const std::size_t nameEnd = m.markEnd - (m.anonymous ? 2 : 1);
    const std::string name(m_s.substr(m.start, nameEnd - m.start));
    auto node = Node::element(TagId::Reference);
    node->setRawSource(std::string(m_s.substr(m.start, m.markEnd - m.start)));
    node->setAttribute("name", whitespaceNormalizeName(name));
    node->append(Node::text(name));
    if (m.anonymous) {
        node->setAttribute("anonymous", "1");
        m_document.noteAnonymousRef(*node);
    } else {
        node->setAttribute("refname", fullyNormalizeName(name));
        m_document.noteRefname(*node);
    }
    step.beforeEnd = m.start;
    step.resume = m.markEnd;
    step.inlines.push_back(std::move(node));
    return step;
}

Inliner::Step Inliner::interpretedOrPhrase(const StartMatch &m)
{
    Step step;
    const std::string_view s = m_s;
    const std::size_t roleStart = m.start;
    const std::size_t matchStart = m.markStart;
    const std::size_t matchEnd = m.markEnd;
    std::string role;
    std::string position;
    if (m.start != m.markStart) {
        role = std::string(s.substr(m.start + 1, m.markStart - m.start - 2));
        position = "prefix";
    } else if (quotedStart(m.start, m.markEnd)) {
        step.beforeEnd = matchEnd;
        step.resume = matchEnd;
        return step;
    }
    if (const auto found = searchEnd(EndInterpreted, matchEnd); found && found->start > matchEnd) {
        const std::size_t q = found->start;
        const std::size_t end = found->end;
        const std::optional<std::size_t> suffixRoleEnd
            = found->roleEnd ? std::optional<std::size_t>(found->roleEnd) : std::nullopt;
        const std::size_t textEnd = end;
        if (suffixRoleEnd) {
            if (!role.empty()) {
                auto msg = m_document.warning(
                    "Multiple roles in interpreted text (both prefix and suffix present; only one allowed).", m_line);
                const std::string text = restoreNulls(s.substr(roleStart, textEnd - roleStart));
                step.inlines.push_back(problematic(text, text, *msg));
                m_messages.push_back(std::move(msg));
                step.beforeEnd = roleStart;
                step.resume = textEnd;
                return step;
            }
            role = std::string(s.substr(q + 2, *suffixRoleEnd - q - 3));
            position = "suffix";
        }
        const std::string_view escaped = s.substr(matchEnd, q - matchEnd);
        std::string rawsource = restoreNulls(s.substr(matchStart, textEnd - matchStart));
        if (rawsource.ends_with('_')) {
            if (!role.empty()) {
                auto msg = m_document.warning(
                    "Mismatch: both interpreted text role " + position + " and reference suffix.", m_line);
                const std::string text = restoreNulls(s.substr(roleStart, textEnd - roleStart));
                step.inlines.push_back(problematic(text, text, *msg));
                m_messages.push_back(std::move(msg));
                step.beforeEnd = roleStart;
                step.resume = textEnd;
                return step;
            }
            return phraseReference(matchStart, textEnd, std::move(rawsource), escaped);
        }
        rawsource = restoreNulls(s.substr(roleStart, textEnd - roleStart));
        step.inlines = interpreted(rawsource, escaped, role);
        step.beforeEnd = roleStart;
        step.resume = textEnd;
        return step;
    }
    auto msg
        = m_document.warning("Inline interpreted text or phrase reference start-string without end-string.", m_line);
    const std::string text = restoreNulls(s.substr(matchStart, matchEnd - matchStart));
    step.inlines.push_back(problematic(text, text, *msg));
    m_messages.push_back(std::move(msg));
    step.beforeEnd = matchStart;
    step.resume = matchEnd;
    return step;
}

Inliner::Step Inliner::phraseReference(
    std::size_t matchStart, std::size_t textEnd, std::string rawsource, std::string_view escaped)
{
    Step step;
    step.beforeEnd = matchStart;
    step.resume = textEnd;

    std::string text;
    std::string unescaped;
    std::unique_ptr<Node> target;
    bool aliasIsName = false;
    std::string alias;
    if (auto link = findEmbeddedLink(escaped)) {
        text = std::string(escaped.substr(0, link->start));
        unescaped = unescapeNulls(text);
        const std::string_view aliasText = escaped.substr(link->contentStart, link->contentEnd - link->contentStart);
        const std::string rawAliasText = restoreNulls(aliasText);
        const bool underscoreEscaped = rawAliasText.ends_with("\\_");
        target = Node::element(TagId::Target);
        target->setRawSource(std::string(escaped.substr(link->start)));
        if (aliasText.ends_with('_') && !(underscoreEscaped || UriScanner(aliasText).matchesAtStart())) {
            aliasIsName = true;
            alias = fullyNormalizeName(unescapeNulls(aliasText.substr(0, aliasText.size() - 1)));
            target->setAttribute("refname", alias);
        } else {
            // Unescaped whitespace goes, escaped whitespace stays as a space.
            std::string joined;
            std::size_t partStart = 0;
            bool firstPart = true;
            auto addPart = [&](std::string_view part) {
                if (!firstPart)
                    joined += ' ';
                firstPart = false;
                std::size_t pos = 0;
                while (pos < part.size()) {
                    std::size_t next = pos;
                    const char32_t cp = decodeUtf8(part, next);
                    if (!isUnicodeSpace(cp))
                        joined.append(part.substr(pos, next - pos));
                    pos = next;
                }
            };
            for (std::size_t i = 0; i + 1 < aliasText.size(); ++i) {
                if (aliasText[i] == '\0' && (aliasText[i + 1] == ' ' || aliasText[i + 1] == '\n')) {
                    addPart(aliasText.substr(partStart, i - partStart));
                    partStart = i + 2;
                    ++i;
                }
            }
            addPart(aliasText.substr(partStart));
            alias = unescapeNulls(joined);
            if (UriScanner(alias).isEmailAddress())
                alias = "mailto:" + alias;
            if (alias.ends_with("\\_"))
                alias = alias.substr(0, alias.size() - 2) + "_";
            target->setAttribute("refuri", alias);
            m_document.setReferenced(*target);
        }
        if (text.empty()) {
            text = alias;
            unescaped = unescapeNulls(text);
        }
    } else {
        text = std::string(escaped);
        unescaped = unescapeNulls(text);
    }

    const std::string refname = fullyNormalizeName(unescaped);
    auto reference = Node::element(TagId::Reference);
    reference->setRawSource(rawsource);
    reference->setAttribute("name", whitespaceNormalizeName(unescaped));
    {
        std::string shown = unescapeNulls(text);
        if (!shown.empty())
            reference->append(Node::text(std::move(shown)));
    }
    Node &ref = *reference;
    step.inlines.push_back(std::move(reference));

    if (rawsource.ends_with("__")) {
        if (target && aliasIsName) {
            ref.setAttribute("refname", alias);
            m_document.noteRefname(ref);
        } else if (target) {
            ref.setAttribute("refuri", alias);
        } else {
            ref.setAttribute("anonymous", "1");
            m_document.noteAnonymousRef(ref);
        }
    } else {
        if (target) {
            target->listRef("names").emplace_back(refname);
            if (aliasIsName) {
                ref.setAttribute("refname", alias);
                m_document.noteIndirectTarget(*target);
                m_document.noteRefname(ref);
            } else {
                ref.setAttribute("refuri", alias);
                m_document.noteExplicitTarget(*target, m_parent);
            }
            step.inlines.push_back(std::move(target));
        } else {
            ref.setAttribute("refname", refname);
            m_document.noteRefname(ref);
        }
    }
    return step;
}

std::vector<std::unique_ptr<Node>> Inliner::interpreted(
    const std::string &rawsource, std::string_view text, std::string_view role)
{
    std::vector<std::unique_ptr<Node>> out;
    auto fail = [&](std::unique_ptr<Node> msg) {
        out.push_back(problematic(rawsource, rawsource, *msg));
        m_messages.push_back(std::move(msg));
    };
    const auto info = lookupRole(role, m_document);
    if (!info) {
        // docutils first reports (at info level) how it looked the name up.
        m_messages.push_back(m_document.info("No role entry for \"" + std::string(role)
                + "\" in module \"docutils.parsers.rst.languages.en\".\nTrying \"" + std::string(role)
                + "\" as canonical role name.",
            m_line));
        fail(m_document.error("Unknown interpreted text role \"" + std::string(role) + "\".", m_line));
        return out;
    }
    switch (info->kind) {
    case InterpretedRole::Kind::Generic: {
        auto node = textElement(info->tag, rawsource, text);
        setClasses(*node, info->classes);
        out.push_back(std::move(node));
        break;
    }
    case InterpretedRole::Kind::Sphinx: {
        std::string shown = unescapeNulls(text);
        if (shown.ends_with('>')) {
            const std::size_t open = shown.rfind(" <");
            if (open != std::string::npos)
                shown = std::string(rstripSpace(std::string_view(shown).substr(0, open)));
        }
        auto node = Node::element(info->tag);
        node->setRawSource(rawsource);
        node->setList("classes", { toLower(role) });
        if (!shown.empty())
            node->append(Node::text(shown));
        out.push_back(std::move(node));
        break;
    }
    case InterpretedRole::Kind::Pep: {
        const auto number = parsePythonInt(unescapeNulls(text));
        if (!number || *number < 0 || *number > 9999) {
            fail(m_document.error(
                "PEP number must be a number from 0 to 9999; \"" + unescapeNulls(text) + "\" is invalid.", m_line));
            break;
        }
        char page[16];
        std::snprintf(page, sizeof page, "pep-%04lld", *number);
        auto node = textElement("reference", rawsource, "PEP " + std::string(text));
        node->setAttribute("refuri", std::string("https://peps.python.org/") + page);
        setClasses(*node, info->classes);
        out.push_back(std::move(node));
        break;
    }
    case InterpretedRole::Kind::Rfc: {
        std::string number = unescapeNulls(text);
        std::optional<std::string> section;
        if (const std::size_t hash = number.find('#'); hash != std::string::npos) {
            section = number.substr(hash + 1);
            number.erase(hash);
        }
        const auto value = parsePythonInt(number);
        if (!value || *value < 1) {
            fail(m_document.error(
                "RFC number must be a number greater than or equal to 1; \"" + unescapeNulls(text) + "\" is invalid.",
                m_line));
            break;
        }
        std::string uri = "https://tools.ietf.org/html/rfc" + std::to_string(*value) + ".html";
        if (section)
            uri += "#" + *section;
        auto node = textElement("reference", rawsource, "RFC " + std::to_string(*value));
        node->setAttribute("refuri", uri);
        setClasses(*node, info->classes);
        out.push_back(std::move(node));
        break;
    }
    case InterpretedRole::Kind::Raw:
        // No line given: docutils' reporter uses its state machine's line.
        fail(m_document.warning("raw (and derived) roles disabled", 0));
        break;
    case InterpretedRole::Kind::Code: {
        auto node = Node::element(TagId::Literal);
        node->setRawSource(rawsource);
        std::vector<std::string> classes { "code" };
        classes.insert(classes.end(), info->classes.begin(), info->classes.end());
        if (info->language && !info->language->empty()
            && std::find(classes.begin(), classes.end(), *info->language) == classes.end())
            classes.push_back(*info->language);
        node->setList("classes", std::move(classes));
        std::string value = restoreNulls(text);
        if (!value.empty())
            node->append(Node::text(std::move(value)));
        out.push_back(std::move(node));
        break;
    }
    case InterpretedRole::Kind::Math: {
        auto node = Node::element(TagId::Math);
        node->setRawSource(rawsource);
        setClasses(*node, info->classes);
        std::string value = restoreNulls(text);
        if (!value.empty())
            node->append(Node::text(std::move(value)));
        out.push_back(std::move(node));
        break;
    }
    case InterpretedRole::Kind::Unimplemented:
        fail(m_document.error("Interpreted text role \"" + std::string(role) + "\" not implemented.", m_line));
        break;
    }
    return out;
}

void Inliner::implicitInline(std::string_view s, std::vector<std::unique_ptr<Node>> &out)
{
    while (!s.empty()) {
        const auto match = UriScanner(s).search();
        if (!match || (!match->email && !isKnownScheme(s.substr(match->start, match->schemeEnd - match->start)))) {
            std::string buffer;
            out.push_back(Node::text(withoutEscapes(s, buffer)));
            return;
        }
        implicitInline(s.substr(0, match->start), out);
        const std::string_view whole = s.substr(match->start, match->end - match->start);
        auto reference = Node::element(TagId::Reference);
        reference->setRawSource(restoreNulls(whole));
        reference->setAttribute("refuri", (match->email ? "mailto:" : "") + unescapeNulls(whole));
        reference->append(Node::text(unescapeNulls(whole)));
        out.push_back(std::move(reference));
        s = s.substr(match->end);
    }
}

void Inliner::run(InlineResult &result)
{
    result.nodes.clear();
    result.messages.clear();
    result.nodes.reserve(8);
    std::size_t textStart = 0; // start of the text not yet turned into nodes
    std::size_t base = 0; // docutils' `remaining`
    while (base < m_s.size()) {
        m_base = base;
        const StartMatch m = searchStart(base);
        if (m.kind == StartMatch::None)
            break;
        Step step;
        switch (m.kind) {
        case StartMatch::Emphasis:
        case StartMatch::Strong:
            step = emphasisOrStrong(m);
            break;
        case StartMatch::Literal:
            step = literal(m);
            break;
        case StartMatch::Target:
            step = inlineTarget(m);
            break;
        case StartMatch::Substitution:
            step = substitutionReference(m);
            break;
        case StartMatch::Footnote:
            step = footnoteReference(m);
            break;
        case StartMatch::Reference:
            step = reference(m);
            break;
        case StartMatch::Interpreted:
            step = interpretedOrPhrase(m);
            break;
        case StartMatch::None:
            break;
        }
        if (!step.inlines.empty()) {
            implicitInline(std::string_view(m_s).substr(textStart, step.beforeEnd - textStart), result.nodes);
            for (auto &node : step.inlines)
                result.nodes.push_back(std::move(node));
            textStart = step.resume;
        }
        base = step.resume;
    }
    if (textStart < m_s.size())
        implicitInline(std::string_view(m_s).substr(textStart), result.nodes);
    for (auto &message : m_messages)
        result.messages.push_back(std::move(message));
}

} // namespace

std::string escapeToNulls(std::string_view text)
{
    std::size_t i = text.find('\\');
    if (i == std::string_view::npos)
        return std::string(text);
    std::string out;
    out.reserve(text.size());
    out.append(text.substr(0, i));
    for (; i < text.size(); ++i) {
        if (text[i] == '\\') {
            out += '\0';
            if (i + 1 < text.size())
                out += text[++i];
        } else {
            out += text[i];
        }
    }
    return out;
}

std::string unescapeNulls(std::string_view text)
{
    std::size_t i = text.find('\0');
    if (i == std::string_view::npos)
        return std::string(text);
    std::string out;
    out.reserve(text.size());
    out.append(text.substr(0, i));
    for (; i < text.size(); ++i) {
        if (text[i] == '\0') {
            if (i + 1 < text.size() && (text[i + 1] == ' ' || text[i + 1] == '\n'))
                ++i;
            continue;
        }
        out += text[i];
    }
    return out;
}

std::string restoreNulls(std::string_view text)
{
    std::string out(text);
    std::replace(out.begin(), out.end(), '\0', '\\');
    return out;
}

bool isMarkupPrefixChar(char32_t cp)
{
    if (cp < 0x80)
        return markupPrefixAscii.contains(static_cast<char>(cp));
    return inRangeTable(markupPrefixRanges, markupPrefixRangesCount, cp);
}

bool isMarkupSuffixChar(char32_t cp)
{
    if (cp < 0x80)
        return markupSuffixAscii.contains(static_cast<char>(cp));
    return inRangeTable(markupSuffixRanges, markupSuffixRangesCount, cp);
}

bool isWordChar(char32_t cp)
{
    if (cp < 0x80)
        return cp == '_' || isAsciiAlnum(static_cast<char>(cp));
    return inRangeTable(wordRanges, wordRangesCount, cp);
}

bool isQuotePair(char32_t opener, char32_t closer)
{
    const CodePointPair key { opener, closer };
    return std::binary_search(quotePairs, quotePairs + quotePairCount, key, [](const auto &a, const auto &b) {
        return a.opener != b.opener ? a.opener < b.opener : a.closer < b.closer;
    });
}

std::optional<EmbeddedLink> findEmbeddedLink(std::string_view escaped)
{
    // `text <target>`: the text ends with an unescaped '>' (not after
    // whitespace or an escape); the target starts at the last unescaped '<',
    // after whitespace or at the start.
    const std::size_t n = escaped.size();
    if (n < 3 || escaped[n - 1] != '>' || escaped[n - 2] == '\0')
        return std::nullopt;
    if (isUnicodeSpace(codePointBefore(escaped, n - 1)))
        return std::nullopt;
    std::size_t open = std::string_view::npos;
    for (std::size_t i = n - 1; i-- > 0;) {
        const char c = escaped[i];
        if ((c == '<' || c == '>') && !(i > 0 && escaped[i - 1] == '\0')) {
            if (c == '>')
                return std::nullopt;
            open = i;
            break;
        }
    }
    if (open == std::string_view::npos || open + 2 >= n)
        return std::nullopt;
    if (isSpaceAt(escaped, open + 1))
        return std::nullopt;
    std::size_t start = open;
    while (start > 0 && (escaped[start - 1] == ' ' || escaped[start - 1] == '\n'))
        --start;
    if (start == open && open != 0)
        return std::nullopt;
    return EmbeddedLink { start, open + 1, n - 1 };
}

InlineResult parseInline(std::string_view text, int line, Document &document, Node *parent)
{
    InlineResult result;
    parseInline(text, line, document, parent, result);
    return result;
}

void parseInline(std::string_view text, int line, Document &document, Node *parent, InlineResult &result)
{
    if (mayHoldMarkup(text)) {
        Inliner(text, line, document, parent).run(result);
        return;
    }
    // Plain text is one text node.
    result.nodes.clear();
    result.messages.clear();
    if (!text.empty())
        result.nodes.push_back(Node::text(text));
}

std::optional<InterpretedRole> lookupRole(std::string_view name, const Document &document)
{
    const auto &local = document.localRoles();
    if (local.empty())
        return findRole(name);
    if (auto it = local.find(toLower(name)); it != local.end())
        return it->second;
    return findRole(name);
}

} // namespace specwright::rst
