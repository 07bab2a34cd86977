// SPDX-License-Identifier: GPL-3.0-or-later
#include "rst/htmlwriter.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <span>
#include <string_view>
#include <unordered_map>

#include "rst/document.h"
#include "rst/lineranges_p.h"
#include "rst/node.h"
#include "rst/outline.h"
#include "rst/text.h"

namespace specwright::rst
{

namespace
{

using namespace std::string_view_literals;

// What the writer does with a node, looked up once per node by tag name.
enum class Kind {
    Unknown,
    Skip,
    Section,
    Title,
    Subtitle,
    Paragraph,
    BulletList,
    EnumeratedList,
    ListItem,
    DefinitionList,
    DefinitionListItem,
    Term,
    Classifier,
    Definition,
    FieldList,
    Field,
    FieldName,
    FieldBody,
    OptionList,
    OptionListItem,
    OptionGroup,
    Option,
    OptionString,
    OptionArgument,
    Description,
    LiteralBlock,
    DoctestBlock,
    MathBlock,
    BlockQuote,
    Attribution,
    LineBlock,
    Line,
    Admonition,
    SpecificAdmonition,
    Topic,
    Sidebar,
    Rubric,
    Transition,
    Table,
    TGroup,
    ColSpec,
    THead,
    TBody,
    Row,
    Entry,
    Footnote,
    Citation,
    Label,
    Figure,
    Image,
    Caption,
    Legend,
    Compound,
    Container,
    Docinfo,
    DocinfoItem,
    Authors,
    Address,
    Author,
    Target,
    SystemMessage,
    Header,
    Footer,
    // inline
    Emphasis,
    Strong,
    Literal,
    Reference,
    FootnoteReference,
    CitationReference,
    TitleReference,
    Abbreviation,
    Subscript,
    Superscript,
    Inline,
    Problematic,
    Generated,
    Math,
};

Kind kindByTag(std::string_view tag)
{
    static const std::unordered_map<std::string_view, Kind> kinds = {
        // Comments are left out on purpose: nothing in them is visible, and
        // they are the one place where text would go out unescaped.
        { "comment", Kind::Skip },
        { "raw", Kind::Skip },
        { "meta", Kind::Skip },
        { "pending", Kind::Skip },
        { "substitution_definition", Kind::Skip },
        { "decoration", Kind::Unknown },
        { "section", Kind::Section },
        { "title", Kind::Title },
        { "subtitle", Kind::Subtitle },
        { "paragraph", Kind::Paragraph },
        { "bullet_list", Kind::BulletList },
        { "enumerated_list", Kind::EnumeratedList },
        { "list_item", Kind::ListItem },
        { "definition_list", Kind::DefinitionList },
        { "definition_list_item", Kind::DefinitionListItem },
        { "term", Kind::Term },
        { "classifier", Kind::Classifier },
        { "definition", Kind::Definition },
        { "field_list", Kind::FieldList },
        { "field", Kind::Field },
        { "field_name", Kind::FieldName },
        { "field_body", Kind::FieldBody },
        { "option_list", Kind::OptionList },
        { "option_list_item", Kind::OptionListItem },
        { "option_group", Kind::OptionGroup },
        { "option", Kind::Option },
        { "option_string", Kind::OptionString },
        { "option_argument", Kind::OptionArgument },
        { "description", Kind::Description },
        { "literal_block", Kind::LiteralBlock },
        { "doctest_block", Kind::DoctestBlock },
        { "math_block", Kind::MathBlock },
        { "block_quote", Kind::BlockQuote },
        { "attribution", Kind::Attribution },
        { "line_block", Kind::LineBlock },
        { "line", Kind::Line },
        { "admonition", Kind::Admonition },
        { "attention", Kind::SpecificAdmonition },
        { "caution", Kind::SpecificAdmonition },
        { "danger", Kind::SpecificAdmonition },
        { "error", Kind::SpecificAdmonition },
        { "hint", Kind::SpecificAdmonition },
        { "important", Kind::SpecificAdmonition },
        { "note", Kind::SpecificAdmonition },
        { "tip", Kind::SpecificAdmonition },
        { "warning", Kind::SpecificAdmonition },
        { "topic", Kind::Topic },
        { "sidebar", Kind::Sidebar },
        { "rubric", Kind::Rubric },
        { "transition", Kind::Transition },
        { "table", Kind::Table },
        { "tgroup", Kind::TGroup },
        { "colspec", Kind::ColSpec },
        { "thead", Kind::THead },
        { "tbody", Kind::TBody },
        { "row", Kind::Row },
        { "entry", Kind::Entry },
        { "footnote", Kind::Footnote },
        { "citation", Kind::Citation },
        { "label", Kind::Label },
        { "figure", Kind::Figure },
        { "image", Kind::Image },
        { "caption", Kind::Caption },
        { "legend", Kind::Legend },
        { "compound", Kind::Compound },
        { "container", Kind::Container },
        { "docinfo", Kind::Docinfo },
        { "organization", Kind::DocinfoItem },
        { "contact", Kind::DocinfoItem },
        { "version", Kind::DocinfoItem },
        { "revision", Kind::DocinfoItem },
        { "status", Kind::DocinfoItem },
        { "date", Kind::DocinfoItem },
        { "copyright", Kind::DocinfoItem },
        { "author", Kind::Author },
        { "authors", Kind::Authors },
        { "address", Kind::Address },
        { "target", Kind::Target },
        { "system_message", Kind::SystemMessage },
        { "header", Kind::Header },
        { "footer", Kind::Footer },
        { "emphasis", Kind::Emphasis },
        { "strong", Kind::Strong },
        { "literal", Kind::Literal },
        { "reference", Kind::Reference },
        { "footnote_reference", Kind::FootnoteReference },
        { "citation_reference", Kind::CitationReference },
        { "title_reference", Kind::TitleReference },
        { "abbreviation", Kind::Abbreviation },
        { "acronym", Kind::Abbreviation },
        { "subscript", Kind::Subscript },
        { "superscript", Kind::Superscript },
        { "inline", Kind::Inline },
        { "problematic", Kind::Problematic },
        { "generated", Kind::Generated },
        { "math", Kind::Math },
        { "substitution_reference", Kind::Inline },
    };
    auto it = kinds.find(tag);
    return it == kinds.end() ? Kind::Unknown : it->second;
}

Kind kindOf(const Node &node)
{
    // Looked up once per element type rather than once per node.
    static const auto kinds = [] {
        std::array<Kind, static_cast<std::size_t>(TagId::Count)> table {};
        for (std::size_t id = 0; id < table.size(); ++id)
            table[id] = kindByTag(tagName(static_cast<TagId>(id)));
        return table;
    }();
    if (node.is(TagId::Other))
        return kindByTag(node.tag());
    return kinds[static_cast<std::size_t>(node.tagId())];
}

bool isInlineKind(Kind kind)
{
    return kind >= Kind::Emphasis;
}

// docutils' TextElement subclasses: their children are inline, so a
// reference or an image inside them is not a block of its own.
bool isTextElement(const Node &node)
{
    switch (kindOf(node)) {
    case Kind::Title:
    case Kind::Subtitle:
    case Kind::Rubric:
    case Kind::DocinfoItem:
    case Kind::Author:
    case Kind::Address:
    case Kind::Paragraph:
    case Kind::Term:
    case Kind::Classifier:
    case Kind::FieldName:
    case Kind::OptionArgument:
    case Kind::OptionString:
    case Kind::LiteralBlock:
    case Kind::DoctestBlock:
    case Kind::MathBlock:
    case Kind::Line:
    case Kind::Attribution:
    case Kind::Label:
    case Kind::Caption:
    case Kind::Target:
        return true;
    default:
        return isInlineKind(kindOf(node));
    }
}

bool hasClass(const Node &node, std::string_view cls)
{
    const auto &classes = node.list("classes");
    return std::find(classes.begin(), classes.end(), cls) != classes.end();
}

std::string_view admonitionLabel(std::string_view tag)
{
    static const std::unordered_map<std::string_view, std::string_view> labels = { { "attention", "Attention!" },
        { "caution", "Caution!" },
        { "danger", "!DANGER!" },
        { "error", "Error" },
        { "hint", "Hint" },
        { "important", "Important" },
        { "note", "Note" },
        { "tip", "Tip" },
        { "warning", "Warning" },
        { "author", "Author" },
        { "authors", "Authors" },
        { "organization", "Organization" },
        { "address", "Address" },
        { "contact", "Contact" },
        { "version", "Version" },
        { "revision", "Revision" },
        { "status", "Status" },
        { "date", "Date" },
        { "copyright", "Copyright" } };
    auto it = labels.find(tag);
    return it == labels.end() ? tag : it->second;
}

// Text escaped for HTML content. '@' too, as docutils does; C0 controls that
// HTML does not allow become U+FFFD.
constexpr std::array<bool, 256> escapedBytes()
{
    std::array<bool, 256> escaped {};
    for (unsigned c = 0; c < 0x20; ++c)
        escaped[c] = c != '\n' && c != '\t';
    for (unsigned char c : { '&', '<', '>', '"', '@' })
        escaped[c] = true;
    return escaped;
}

constexpr std::array<bool, 256> isEscapedByte = escapedBytes();

// The bytes of block that may need escaping: control characters (line
// breaks and tabs too), '&', '<', '>', '"' and '@'.
std::uint64_t mayNeedEscape(std::uint64_t block)
{
    return bytes8::below(block, 0x20) | bytes8::equalEither(block, '<', '>') | bytes8::equalEither(block, '"', '&')
        | bytes8::equal(block, '@');
}

// The first byte from i on that appendEscaped() must replace, or the size.
std::size_t nextEscapedByte(std::string_view text, std::size_t i)
{
    const std::size_t size = text.size();
    // Most text needs no escape: eight bytes at a time. The first byte
    // flagged is a line break or tab (passed over) or one to replace.
    while (i + 8 <= size) {
        const std::uint64_t flagged = mayNeedEscape(bytes8::load(text, i));
        if (!flagged) {
            i += 8;
            continue;
        }
        i += bytes8::firstFlagged(flagged);
        if (isEscapedByte[static_cast<unsigned char>(text[i])])
            return i;
        ++i;
    }
    for (; i < size; ++i)
        if (isEscapedByte[static_cast<unsigned char>(text[i])])
            return i;
    return size;
}

void appendEscaped(std::string &out, std::string_view text)
{
    std::size_t start = 0;
    const std::size_t size = text.size();
    for (std::size_t i = 0; i < size; ++i) {
        i = nextEscapedByte(text, i);
        if (i == size)
            break;
        const auto c = static_cast<unsigned char>(text[i]);
        std::string_view replacement;
        switch (c) {
        case '&':
            replacement = "&amp;";
            break;
        case '<':
            replacement = "&lt;";
            break;
        case '>':
            replacement = "&gt;";
            break;
        case '"':
            replacement = "&quot;";
            break;
        case '@':
            replacement = "&#64;";
            break;
        default:
            if (c >= 0x20 || c == '\n' || c == '\t')
                continue;
            replacement = c == '\r' ? "\n" : "\xEF\xBF\xBD";
            break;
        }
        out.append(text, start, i - start);
        out += replacement;
        start = i + 1;
    }
    out.append(text, start, std::string_view::npos);
}

// "00" to "99": numbers are written two digits at a time.
constexpr std::array<char, 200> digitPairs = [] {
    std::array<char, 200> pairs {};
    for (std::size_t i = 0; i < 100; ++i) {
        pairs[2 * i] = static_cast<char>('0' + i / 10);
        pairs[2 * i + 1] = static_cast<char>('0' + i % 10);
    }
    return pairs;
}();

// Writes a positive number in decimal at out (room for ten digits) and
// returns the end: every block's line numbers go through here.
char *writeNumber(char *out, int number)
{
    char digits[10];
    char *const end = digits + sizeof digits;
    char *first = end;
    auto value = static_cast<unsigned>(number);
    while (value >= 100) {
        first -= 2;
        std::copy_n(&digitPairs[2 * (value % 100)], 2, first);
        value /= 100;
    }
    if (value >= 10) {
        first -= 2;
        std::copy_n(&digitPairs[2 * value], 2, first);
    } else {
        *--first = static_cast<char>('0' + value);
    }
    return std::copy(first, end, out);
}

// Attribute values: escaped, with line breaks and tabs as spaces.
void appendAttributeValue(std::string &out, std::string_view text)
{
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        // Most values have no control character at all.
        while (i + 8 <= text.size() && !bytes8::below(bytes8::load(text, i), 0x20))
            i += 8;
        if (i == text.size())
            break;
        const char c = text[i];
        if (c == '\n' || c == '\r' || c == '\t' || c == '\v' || c == '\f') {
            appendEscaped(out, text.substr(start, i - start));
            out += ' ';
            start = i + 1;
        }
    }
    appendEscaped(out, text.substr(start));
}

// A URL as a browser reads it: surrounding spaces and controls dropped, tabs
// and line breaks inside removed ("java\tscript:" is "javascript:").
std::string normalizedUrl(std::string_view url)
{
    while (!url.empty() && static_cast<unsigned char>(url.front()) <= 0x20)
        url.remove_prefix(1);
    while (!url.empty() && static_cast<unsigned char>(url.back()) <= 0x20)
        url.remove_suffix(1);
    std::string out;
    out.reserve(url.size());
    for (char c : url)
        if (c != '\t' && c != '\n' && c != '\r')
            out += c;
    return out;
}

// The URL's scheme in lower case, or "" for a relative URL.
std::string urlScheme(std::string_view url)
{
    std::string scheme;
    for (char c : url) {
        if (c == ':')
            return scheme;
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        const bool other = (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
        if (!letter && !(other && !scheme.empty()))
            return {};
        scheme += static_cast<char>(letter ? (c | 0x20) : c);
    }
    return {};
}

// Links the page may follow: the web, mail and a few well-known protocols,
// and relative links. javascript:, vbscript:, data: and anything unknown
// stay text.
bool isSafeLink(std::string_view url)
{
    static constexpr std::array<std::string_view, 14> schemes = {
        "http", "https", "mailto", "ftp", "ftps", "sftp", "ssh", "git", "irc", "ircs", "news", "nntp", "tel", "xmpp"
    };
    const std::string scheme = urlScheme(url);
    if (scheme.empty())
        return url.find(':') == std::string_view::npos || url.find_first_of("/?#") < url.find(':');
    return std::find(schemes.begin(), schemes.end(), scheme) != schemes.end();
}

// Why an image is not loaded, or "" when it may be: only paths inside the
// document's folder and inline data images are.
std::string_view imageRefusal(std::string_view url)
{
    if (url.empty())
        return "no image path";
    const std::string scheme = urlScheme(url);
    if (scheme == "data")
        return url.size() > 11 && urlScheme(url.substr(5)).empty() && url.substr(5, 6) == "image/" ? std::string_view()
                                                                                                   : "not an image";
    if (scheme == "http" || scheme == "https")
        return "remote image";
    if (!scheme.empty() || url.find(':') < url.find_first_of("/?#"))
        return "not a relative path";
    if (url.front() == '/' || url.front() == '\\')
        return "absolute path";
    // Walk the segments as the browser will, %2e being a dot too.
    int depth = 0;
    std::size_t start = 0;
    const std::size_t end = std::min(url.size(), url.find_first_of("?#"));
    while (start <= end) {
        std::size_t stop = url.find_first_of("/\\", start);
        if (stop == std::string_view::npos || stop > end)
            stop = end;
        std::string segment(url.substr(start, stop - start));
        for (std::size_t pos; (pos = segment.find('%')) != std::string::npos && pos + 2 < segment.size() + 0;) {
            if (segment[pos + 1] == '2' && (segment[pos + 2] == 'e' || segment[pos + 2] == 'E'))
                segment.replace(pos, 3, ".");
            else
                segment[pos] = '\x01'; // any other escape: not a dot
        }
        if (segment == "..") {
            if (--depth < 0)
                return "outside the document's folder";
        } else if (!segment.empty() && segment != ".") {
            ++depth;
        }
        start = stop + 1;
    }
    return {};
}

// docutils wraps tokens of inline literals that browsers would break badly
// (two non-word characters inside, or a leading '-' or '?') in
// <span class="pre">.
bool needsNoWrap(std::string_view token)
{
    auto isWordByte = [](unsigned char c) {
        return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    };
    for (std::size_t i = 0; i + 1 < token.size(); ++i)
        if (token[i] == '-' || token[i] == '?')
            return true;
    for (std::size_t i = 1; i + 2 < token.size(); ++i)
        if (!isWordByte(static_cast<unsigned char>(token[i])) && !isWordByte(static_cast<unsigned char>(token[i + 1])))
            return true;
    return false;
}

// A CSS length from a directive option (width, height), or "" when it is not
// one: option values go into a style attribute.
std::string cssLength(std::string_view value)
{
    static constexpr std::array<std::string_view, 12> units
        = { "px", "em", "ex", "%", "pt", "pc", "cm", "mm", "in", "rem", "vw", "vh" };
    std::size_t digits = 0;
    while (digits < value.size() && ((value[digits] >= '0' && value[digits] <= '9') || value[digits] == '.'))
        ++digits;
    if (digits == 0)
        return {};
    std::string_view unit = value.substr(digits);
    if (unit.empty())
        return std::string(value) + "px";
    return std::find(units.begin(), units.end(), unit) != units.end() ? std::string(value) : std::string();
}

struct Attribute {
    std::string_view name;
    std::string_view value;
};

// How startTag() writes an element made from a node.
struct Tag {
    std::string_view name;
    std::initializer_list<std::string_view> classes = {}; // before the node's own classes
    std::initializer_list<std::string_view> trailingClasses = {}; // after them
    std::string_view dropClass = {}; // a node class not repeated (it chose the element)
    const Node *outer = nullptr; // its classes lead and its ids join in (term, field name, flat heading)
    bool outerIdsFirst = false;
    bool block = true; // gets data-line
    std::string_view suffix = "\n";
    bool empty = false;
};

constexpr std::array<std::string_view, 15> textLevelTags
    = { "code", "kbd", "dfn", "samp", "var", "bdi", "del", "ins", "mark", "small", "b", "i", "q", "s", "u" };

// docutils' html5 writer turns a few classes into HTML's own text-level
// elements (the :kbd: or :code: roles, for example).
std::string_view textLevelTag(const Node &node)
{
    for (const std::string_view cls : node.list("classes"))
        if (std::find(textLevelTags.begin(), textLevelTags.end(), cls) != textLevelTags.end())
            return cls;
    return {};
}

class HtmlTranslator final
{
public:
    HtmlTranslator(const Document &document, std::string &out, bool flat)
        : m_document(document)
        , m_out(out)
        , m_flat(flat)
        // Only a tree whose lines parse() did not store needs the parser's
        // records looked up.
        , m_ranges(document.lineRangesStored() ? nullptr : &document)
    {
    }

    void write(const Node &node);
    void writeChildren(const Node &node);
    // The flat form: section headings and the blocks inside sections, one
    // after the other.
    void writeFlat(const Node &container, std::vector<HtmlBlock> &blocks);

private:
    // The start tag of an element made from node: the node's ids and classes
    // merged with the writer's (leading classes first, as docutils), and
    // data-line="START-END" on block elements.
    // The attributes come as a span: most callers list them in place, and a
    // vector made for each element would cost an allocation.
    void startTag(const Node &node, const Tag &tag, std::span<const Attribute> attributes = {});
    void startTag(const Node &node, const Tag &tag, std::initializer_list<Attribute> attributes)
    {
        startTag(node, tag, std::span(attributes.begin(), attributes.size()));
    }
    // The data-line attribute, the end of the start tag and its suffix.
    void closeStartTag(const Node &node, const Tag &tag);
    void endTag(std::string_view tag, std::string_view suffix = "\n");
    void element(const Node &node, const Tag &tag, std::span<const Attribute> attributes = {});
    void element(const Node &node, const Tag &tag, std::initializer_list<Attribute> attributes)
    {
        element(node, tag, std::span(attributes.begin(), attributes.size()));
    }
    LineRange range(const Node &node);

    void writeSectionHeading(const Node &section, const Node *title);
    void writeTitle(const Node &node);
    void writeParagraph(const Node &node);
    void writeList(const Node &node, Kind kind);
    void writeDefinitionListItem(const Node &node);
    void writeLiteral(const Node &node);
    void writeReference(const Node &node);
    void writeImage(const Node &node);
    void writeFigure(const Node &node);
    void writeTable(const Node &node);
    void writeEntry(const Node &node);
    void writeFootnoteLabel(const Node &node);
    void writeSystemMessage(const Node &node);
    void writeAdmonition(const Node &node, Kind kind);
    void writeTopic(const Node &node);
    void writeOptionGroup(const Node &node);
    void writeDocinfoItem(const Node &node, Kind kind);
    bool isCompactable(const Node &node) const;
    // Writes the child at index, or the run of footnotes (citations) that
    // starts there inside its list element, leaving index on the last one.
    void writeRun(const Node &parent, std::size_t &index);

    const Document &m_document;
    std::string &m_out;
    const bool m_flat;
    LineRanges m_ranges;
    // Added to the lines of the nodes being written: inside a table cell,
    // docutils' lines are off (Document::SourceRange::innerShift).
    int m_lineShift = 0;
    std::vector<Attribute> m_attributes;
    std::vector<std::string_view> m_ids;
    std::string m_classes;
    int m_sectionLevel = 0;
    bool m_compactSimple = false;
    // The current table group: stub columns and the column of the next entry.
    std::vector<bool> m_stubs;
    std::size_t m_column = 0;
};

LineRange HtmlTranslator::range(const Node &node)
{
    LineRange lines = m_document.lineRangesStored() ? LineRange { node.coveredFirstLine(), node.coveredLastLine() }
                                                    : m_ranges(node);
    if (m_lineShift && lines.first > 0) {
        lines.first = std::max(1, lines.first + m_lineShift);
        lines.last = std::max(lines.first, lines.last + m_lineShift);
    }
    return lines;
}

void HtmlTranslator::startTag(const Node &node, const Tag &tag, std::span<const Attribute> attributes)
{
    // Most elements (paragraphs, list items, emphasis) have no attributes
    // and no classes to merge: their tag is the name and the lines.
    if (attributes.empty() && node.attributes().empty() && !tag.outer && tag.classes.size() == 0
        && tag.trailingClasses.size() == 0) {
        m_out += '<';
        m_out += tag.name;
        closeStartTag(node, tag);
        return;
    }
    m_classes.clear();
    auto addClass = [this](std::string_view cls) {
        if (cls.empty())
            return;
        // Class lists are short: a linear search keeps them unique.
        std::size_t pos = 0;
        while (pos < m_classes.size()) {
            std::size_t end = std::min(m_classes.find(' ', pos), m_classes.size());
            if (std::string_view(m_classes).substr(pos, end - pos) == cls)
                return;
            pos = end + 1;
        }
        if (!m_classes.empty())
            m_classes += ' ';
        m_classes += cls;
    };
    std::string_view language;
    const bool isTable = tag.name == "table";
    auto addNodeClasses = [&](const Node &from) {
        for (const std::string_view cls : from.list("classes")) {
            if (cls.starts_with("language-")) {
                if (language.empty())
                    language = std::string_view(cls).substr(9);
            } else if (cls != tag.dropClass
                && !(isTable && (cls == "colwidths-auto" || cls == "colwidths-given" || cls == "colwidths-grid"))) {
                addClass(cls);
            }
        }
    };
    m_ids.clear();
    // Most elements have no attributes of their own and no classes to add:
    // then there are no classes and ids to collect.
    if (!node.attributes().empty() || tag.outer || tag.classes.size() || tag.trailingClasses.size()) {
        for (std::string_view cls : tag.classes)
            addClass(cls);
        if (tag.outer)
            addNodeClasses(*tag.outer);
        addNodeClasses(node);
        for (std::string_view cls : tag.trailingClasses)
            addClass(cls);

        auto addIds = [this](const Node &from) {
            const StringList &ids = from.list("ids");
            m_ids.insert(m_ids.end(), ids.begin(), ids.end());
        };
        if (tag.outer && tag.outerIdsFirst)
            addIds(*tag.outer);
        addIds(node);
        if (tag.outer && !tag.outerIdsFirst)
            addIds(*tag.outer);
    }

    m_attributes.assign(attributes.begin(), attributes.end());
    if (!m_classes.empty())
        m_attributes.push_back({ "class", m_classes });
    if (!language.empty())
        m_attributes.push_back({ "lang", language });
    if (!m_ids.empty())
        m_attributes.push_back({ "id", m_ids.front() });
    // docutils writes attributes sorted by name.
    if (m_attributes.size() > 1)
        std::sort(m_attributes.begin(), m_attributes.end(), [](const Attribute &a, const Attribute &b) {
            return a.name < b.name;
        });
    // More ids than one become empty spans: in front of list-like and empty
    // elements, else as the element's first child.
    const bool idsInFront = m_ids.size() > 1
        && (tag.empty || tag.name == "ul" || tag.name == "ol" || tag.name == "dl" || tag.name == "table");
    auto writeExtraIds = [this]() {
        for (std::size_t i = 1; i < m_ids.size(); ++i) {
            m_out += "<span id=\""sv;
            appendAttributeValue(m_out, m_ids[i]);
            m_out += "\"></span>"sv;
        }
    };
    if (idsInFront)
        writeExtraIds();
    m_out += '<';
    m_out += tag.name;
    for (const Attribute &attribute : m_attributes) {
        m_out += ' ';
        m_out += attribute.name;
        m_out += "=\""sv;
        appendAttributeValue(m_out, attribute.value);
        m_out += '"';
    }
    closeStartTag(node, tag);
    if (!idsInFront)
        writeExtraIds();
}

void HtmlTranslator::closeStartTag(const Node &node, const Tag &tag)
{
    // The rest of the tag is put together on the stack and appended once:
    // every element has it, and each append to the page checks its room.
    char rest[64];
    char *end = rest;
    auto add = [&end](std::string_view text) { end = std::copy(text.begin(), text.end(), end); };
    if (tag.block) {
        const LineRange lines = range(node);
        if (lines.first > 0) {
            add(" data-line=\""sv);
            end = writeNumber(end, lines.first);
            *end++ = '-';
            end = writeNumber(end, std::max(lines.first, lines.last));
            *end++ = '"';
        }
    }
    add(tag.empty ? " />"sv : ">"sv);
    m_out.append(rest, static_cast<std::size_t>(end - rest));
    m_out += tag.suffix;
}

void HtmlTranslator::endTag(std::string_view tag, std::string_view suffix)
{
    m_out += "</"sv;
    m_out += tag;
    m_out += '>';
    m_out += suffix;
}

void HtmlTranslator::element(const Node &node, const Tag &tag, std::span<const Attribute> attributes)
{
    startTag(node, tag, attributes);
    writeChildren(node);
    endTag(tag.name, tag.block ? "\n" : "");
}

void HtmlTranslator::writeChildren(const Node &node)
{
    for (std::size_t i = 0; i < node.childCount(); ++i)
        writeRun(node, i);
}

void HtmlTranslator::writeRun(const Node &parent, std::size_t &index)
{
    const Node &node = *parent.child(index);
    const bool footnote = node.is(TagId::Footnote);
    if (!footnote && !node.is(TagId::Citation)) {
        write(node);
        return;
    }
    m_out += footnote ? "<aside class=\"footnote-list brackets\">\n" : "<div role=\"list\" class=\"citation-list\">\n";
    while (index < parent.childCount() && parent.child(index)->tag() == node.tag())
        write(*parent.child(index++));
    --index;
    m_out += footnote ? "</aside>\n" : "</div>\n";
}

bool HtmlTranslator::isCompactable(const Node &node) const
{
    if (hasClass(node, "compact"))
        return true;
    if (hasClass(node, "open"))
        return false;
    if (node.parent() && hasClass(*node.parent(), "contents"))
        return true;
    // docutils' SimpleListChecker: every item holds at most one paragraph,
    // optionally followed by a nested list, and nested lists are simple too.
    struct Checker {
        static bool invisible(const Node &n)
        {
            return n.is(TagId::Comment) || n.is(TagId::SubstitutionDefinition) || n.is(TagId::Target)
                || n.is(TagId::Pending);
        }
        static bool item(const Node &n)
        {
            std::size_t count = 0;
            const Node *first = nullptr;
            const Node *last = nullptr;
            for (const auto &child : n.children())
                if (!child->isText() && !invisible(*child)) {
                    first = first ? first : child.get();
                    last = child.get();
                    ++count;
                }
            if (count > 1 && first->is(TagId::Paragraph)
                && (last->is(TagId::BulletList) || last->is(TagId::EnumeratedList) || last->is(TagId::FieldList)))
                --count;
            return count <= 1 && inner(n);
        }
        static bool inner(const Node &n)
        {
            for (const auto &child : n.children())
                if (!child->isText() && !simple(*child))
                    return false;
            return true;
        }
        static bool simple(const Node &n)
        {
            switch (n.tagId()) {
            case TagId::Paragraph:
            case TagId::Term:
            case TagId::FieldName:
            case TagId::Author:
            case TagId::Copyright:
            case TagId::Date:
            case TagId::Organization:
            case TagId::Status:
                return true;
            case TagId::BulletList:
            case TagId::EnumeratedList:
            case TagId::Docinfo:
            case TagId::DefinitionList:
            case TagId::DefinitionListItem:
            case TagId::Classifier:
            case TagId::FieldList:
            case TagId::Field:
            case TagId::Contact:
                return inner(n);
            case TagId::ListItem:
            case TagId::Definition:
            case TagId::FieldBody:
            case TagId::Authors:
            case TagId::Address:
            case TagId::Version:
                return item(n);
            default:
                return invisible(n);
            }
        }
    };
    return Checker::inner(node);
}

void HtmlTranslator::write(const Node &node)
{
    if (node.isText()) {
        appendEscaped(m_out, node.textValue());
        return;
    }
    const Kind kind = kindOf(node);
    switch (kind) {
    case Kind::Skip:
    case Kind::ColSpec:
        return;
    case Kind::Unknown:
    case Kind::OptionListItem:
    case Kind::OptionString:
    case Kind::TGroup:
    case Kind::Term:
    case Kind::Classifier:
    case Kind::Field:
        writeChildren(node);
        return;
    case Kind::DefinitionListItem:
        writeDefinitionListItem(node);
        return;
    case Kind::Section:
        ++m_sectionLevel;
        element(node, { .name = "section" });
        --m_sectionLevel;
        return;
    case Kind::Title:
        writeTitle(node);
        return;
    case Kind::Subtitle: {
        const std::string_view parent = node.parent() ? node.parent()->tag() : node.tag();
        const std::string_view cls = parent == "sidebar" ? "sidebar-subtitle"
            : parent == "section"                        ? "section-subtitle"
                                                         : "subtitle";
        element(node, { .name = "p", .classes = { cls }, .suffix = "" });
        return;
    }
    case Kind::Paragraph:
        writeParagraph(node);
        return;
    case Kind::BulletList:
    case Kind::EnumeratedList:
    case Kind::DefinitionList:
    case Kind::FieldList:
        writeList(node, kind);
        return;
    case Kind::ListItem:
        element(node, { .name = "li", .suffix = "" });
        return;
    case Kind::Definition:
    case Kind::Description:
        element(node, { .name = "dd", .suffix = "" });
        return;
    case Kind::FieldName:
        startTag(node, { .name = "dt", .outer = node.parent(), .suffix = "" });
        writeChildren(node);
        m_out += "<span class=\"colon\">:</span></dt>\n"sv;
        return;
    case Kind::FieldBody:
        startTag(node, { .name = "dd", .outer = node.parent(), .suffix = "" });
        // Keeps the following content aligned when the field is empty.
        if (node.childCount() == 0)
            m_out += "<p></p>"sv;
        writeChildren(node);
        endTag("dd");
        return;
    case Kind::OptionList:
        element(node, { .name = "dl", .trailingClasses = { "option-list" } });
        return;
    case Kind::OptionGroup:
        writeOptionGroup(node);
        return;
    case Kind::Option:
        element(node, { .name = "span", .trailingClasses = { "option" }, .block = false, .suffix = "" });
        return;
    case Kind::OptionArgument:
        m_out += node.hasAttribute("delimiter") ? node.attribute("delimiter") : std::string(" ");
        element(node, { .name = "var", .block = false, .suffix = "" });
        return;
    case Kind::LiteralBlock: {
        const bool code = hasClass(node, "code");
        startTag(node, { .name = "pre", .trailingClasses = { "literal-block" }, .suffix = "" });
        if (code)
            m_out += "<code>"sv;
        writeChildren(node);
        if (code)
            m_out += "</code>"sv;
        endTag("pre");
        return;
    }
    case Kind::DoctestBlock:
        startTag(node, { .name = "pre", .classes = { "code", "python", "doctest" }, .suffix = "" });
        writeChildren(node);
        m_out += "\n</pre>\n"sv;
        return;
    case Kind::MathBlock:
        element(node, { .name = "pre", .classes = { "math" }, .suffix = "" });
        return;
    case Kind::BlockQuote:
        element(node, { .name = "blockquote" });
        return;
    case Kind::Attribution:
        element(node, { .name = "p", .trailingClasses = { "attribution" }, .suffix = "\u2014" });
        return;
    case Kind::LineBlock:
        element(node, { .name = "div", .trailingClasses = { "line-block" } });
        return;
    case Kind::Line:
        startTag(node, { .name = "div", .trailingClasses = { "line" }, .suffix = "" });
        if (node.childCount() == 0)
            m_out += "<br />"sv;
        writeChildren(node);
        endTag("div");
        return;
    case Kind::Admonition:
    case Kind::SpecificAdmonition:
        writeAdmonition(node, kind);
        return;
    case Kind::Topic:
        writeTopic(node);
        return;
    case Kind::Sidebar:
        element(node, { .name = "aside", .trailingClasses = { "sidebar" } });
        return;
    case Kind::Rubric:
        element(node, { .name = "p", .trailingClasses = { "rubric" }, .suffix = "" });
        return;
    case Kind::Transition:
        startTag(node, { .name = "hr", .trailingClasses = { "docutils" }, .empty = true });
        return;
    case Kind::Table:
        writeTable(node);
        return;
    case Kind::THead:
        element(node, { .name = "thead" });
        return;
    case Kind::TBody:
        element(node, { .name = "tbody" });
        return;
    case Kind::Row:
        m_column = 0;
        element(node, { .name = "tr", .suffix = "" });
        return;
    case Kind::Entry:
        writeEntry(node);
        return;
    case Kind::Footnote:
        element(node, { .name = "aside", .classes = { "footnote", "brackets" } }, { { "role", "doc-footnote" } });
        return;
    case Kind::Citation:
        element(node, { .name = "div", .classes = { "citation" } }, { { "role", "doc-biblioentry" } });
        return;
    case Kind::Label:
        writeFootnoteLabel(node);
        return;
    case Kind::Figure:
        writeFigure(node);
        return;
    case Kind::Image:
        writeImage(node);
        return;
    case Kind::Caption:
        if (node.parent() && node.parent()->is(TagId::Figure))
            m_out += "<figcaption>\n"sv;
        element(node, { .name = "p", .suffix = "" });
        return;
    case Kind::Legend:
        if (node.parent() && (node.parent()->childCount() < 2 || node.parent()->child(1)->tag() != "caption"))
            m_out += "<figcaption>\n"sv;
        element(node, { .name = "div", .trailingClasses = { "legend" } });
        return;
    case Kind::Compound:
        element(node, { .name = "div", .trailingClasses = { "compound" } });
        return;
    case Kind::Container:
        element(node, { .name = "div", .trailingClasses = { "docutils", "container" } });
        return;
    case Kind::Docinfo:
        element(node, { .name = "dl", .classes = { "docinfo", isCompactable(node) ? "simple" : "" } });
        return;
    case Kind::DocinfoItem:
    case Kind::Author:
    case Kind::Authors:
    case Kind::Address:
        writeDocinfoItem(node, kind);
        return;
    case Kind::Target:
        if (!node.hasAttribute("refuri") && !node.hasAttribute("refid") && !node.hasAttribute("refname"))
            element(node, { .name = "span", .trailingClasses = { "target" }, .block = false, .suffix = "" });
        else
            writeChildren(node);
        return;
    case Kind::SystemMessage:
        writeSystemMessage(node);
        return;
    case Kind::Header:
        element(node, { .name = "header" });
        return;
    case Kind::Footer:
        element(node, { .name = "footer" });
        return;
    case Kind::Emphasis:
        element(node, { .name = "em", .block = false, .suffix = "" });
        return;
    case Kind::Strong:
        element(node, { .name = "strong", .block = false, .suffix = "" });
        return;
    case Kind::TitleReference:
        element(node, { .name = "cite", .block = false, .suffix = "" });
        return;
    case Kind::Abbreviation:
        element(node, { .name = "abbr", .block = false, .suffix = "" });
        return;
    case Kind::Subscript:
        element(node, { .name = "sub", .block = false, .suffix = "" });
        return;
    case Kind::Superscript:
        element(node, { .name = "sup", .block = false, .suffix = "" });
        return;
    case Kind::Math:
        element(node, { .name = "span", .classes = { "math" }, .block = false, .suffix = "" });
        return;
    case Kind::Literal:
        writeLiteral(node);
        return;
    case Kind::Reference:
        writeReference(node);
        return;
    case Kind::FootnoteReference: {
        const std::string href = '#' + node.attribute("refid");
        startTag(node,
            { .name = "a", .classes = { "brackets" }, .block = false, .suffix = "" },
            { { "href", href }, { "role", "doc-noteref" } });
        m_out += "<span class=\"fn-bracket\">[</span>"sv;
        writeChildren(node);
        m_out += "<span class=\"fn-bracket\">]</span></a>"sv;
        return;
    }
    case Kind::CitationReference: {
        std::string href = "#";
        if (node.hasAttribute("refid")) {
            href += node.attribute("refid");
        } else if (node.hasAttribute("refname")) {
            if (const auto id = m_document.nameId(node.attribute("refname")))
                href += *id;
        }
        startTag(node,
            { .name = "a", .classes = { "citation-reference" }, .block = false, .suffix = "[" },
            { { "href", href }, { "role", "doc-biblioref" } });
        writeChildren(node);
        m_out += "]</a>"sv;
        return;
    }
    case Kind::Inline: {
        const std::string_view special = textLevelTag(node);
        const std::string_view tag = special.empty() ? std::string_view("span") : special;
        element(node, { .name = tag, .dropClass = special, .block = false, .suffix = "" });
        return;
    }
    case Kind::Problematic: {
        const bool linked = node.hasAttribute("refid");
        if (linked) {
            m_out += "<a href=\"#"sv;
            appendAttributeValue(m_out, node.attribute("refid"));
            m_out += "\">"sv;
        }
        element(node, { .name = "span", .trailingClasses = { "problematic" }, .block = false, .suffix = "" });
        if (linked)
            m_out += "</a>"sv;
        return;
    }
    case Kind::Generated:
        if (hasClass(node, "sectnum")) {
            std::string number = node.astext();
            while (number.ends_with("\u00a0"))
                number.resize(number.size() - 2);
            m_out += "<span class=\"sectnum\">"sv;
            appendEscaped(m_out, number);
            m_out += " </span>"sv;
            return;
        }
        writeChildren(node);
        return;
    }
}

void HtmlTranslator::writeSectionHeading(const Node &section, const Node *title)
{
    const int level = m_sectionLevel + 1;
    const std::string tag = "h" + std::to_string(std::min(level, 6));
    const std::string ariaLevel = std::to_string(level);
    std::vector<Attribute> attributes;
    if (level > 6)
        attributes.push_back({ "aria-level", ariaLevel });
    if (!title) {
        // A section without a title: an empty heading stands for it.
        element(section, { .name = tag, .suffix = "" }, attributes);
        return;
    }
    // In the flat form the heading stands for the section: it carries the
    // section's ids and classes.
    if (m_flat)
        startTag(*title, { .name = tag, .outer = &section, .outerIdsFirst = true, .suffix = "" }, attributes);
    else
        startTag(*title, { .name = tag, .suffix = "" }, attributes);
    const bool backlink = title->hasAttribute("refid");
    if (backlink) {
        m_out += "<a class=\"toc-backref\" href=\"#"sv;
        appendAttributeValue(m_out, title->attribute("refid"));
        m_out += "\" role=\"doc-backlink\">"sv;
    }
    writeChildren(*title);
    if (backlink)
        m_out += "</a>"sv;
    endTag(tag);
}

void HtmlTranslator::writeTitle(const Node &node)
{
    const Node *parent = node.parent();
    const std::string_view parentTag = parent ? parent->tag() : node.tag();
    if (parentTag == "section") {
        writeSectionHeading(*parent, &node);
        return;
    }
    if (parentTag == "document") {
        element(node, { .name = "h1", .trailingClasses = { "title" }, .suffix = "" });
        return;
    }
    if (parentTag == "table") {
        element(node, { .name = "caption", .suffix = "" });
        return;
    }
    const std::string_view cls = parentTag == "topic" ? "topic-title"
        : parentTag == "sidebar"                      ? "sidebar-title"
                                                      : "admonition-title";
    startTag(node, { .name = "p", .trailingClasses = { cls }, .suffix = "" });
    // docutils links the title of the contents back to the top of the page.
    const bool toTop = parentTag == "topic" && hasClass(*parent, "contents");
    if (toTop)
        m_out += "<a class=\"reference internal\" href=\"#top\">"sv;
    writeChildren(node);
    if (toTop)
        m_out += "</a>"sv;
    endTag("p");
}

void HtmlTranslator::writeParagraph(const Node &node)
{
    startTag(node, { .name = "p", .suffix = "" });
    writeChildren(node);
    m_out += "</p>"sv;
    const Node *parent = node.parent();
    const bool alone = parent && (parent->is(TagId::ListItem) || parent->is(TagId::Entry)) && parent->childCount() == 1;
    if (!alone)
        m_out += '\n';
}

void HtmlTranslator::writeList(const Node &node, Kind kind)
{
    const bool compactable = isCompactable(node);
    if (kind == Kind::BulletList) {
        // Lists inside a simple list are simple too; only the outer one says so.
        const bool outer = m_compactSimple;
        m_compactSimple = compactable;
        element(node, { .name = "ul", .trailingClasses = { compactable && !outer ? "simple" : "" } });
        m_compactSimple = outer;
        return;
    }
    if (kind == Kind::EnumeratedList) {
        const std::string enumtype = node.attribute("enumtype");
        const std::string start = node.attribute("start");
        std::vector<Attribute> attributes;
        if (node.hasAttribute("start"))
            attributes.push_back({ "start", start });
        element(node, { .name = "ol", .classes = { enumtype, compactable ? "simple" : "" } }, attributes);
        return;
    }
    if (kind == Kind::DefinitionList) {
        element(node, { .name = "dl", .classes = { compactable ? "simple" : "" } });
        return;
    }
    element(node, { .name = "dl", .trailingClasses = { "field-list", compactable ? "simple" : "" } });
}

void HtmlTranslator::writeDefinitionListItem(const Node &node)
{
    bool termOpen = false;
    for (const auto &child : node.children()) {
        if (child->is(TagId::Term)) {
            startTag(*child, { .name = "dt", .outer = &node, .suffix = "" });
            writeChildren(*child);
            termOpen = true;
        } else if (child->is(TagId::Classifier)) {
            element(*child, { .name = "span", .trailingClasses = { "classifier" }, .block = false, .suffix = "" });
        } else {
            if (termOpen)
                m_out += "</dt>\n"sv;
            termOpen = false;
            write(*child);
        }
    }
    if (termOpen)
        m_out += "</dt>\n"sv;
}

void HtmlTranslator::writeLiteral(const Node &node)
{
    const std::string_view special = textLevelTag(node);
    if (special == "code") {
        // The code role: children as they are, no literal styling.
        element(node, { .name = "code", .dropClass = special, .block = false, .suffix = "" });
        return;
    }
    const std::string_view tag = special.empty() ? std::string_view("span") : special;
    startTag(node,
        { .name = tag,
            .trailingClasses = { "docutils", "literal" },
            .dropClass = special,
            .block = false,
            .suffix = "" });
    std::string text = node.astext();
    if (!node.parent() || !node.parent()->is(TagId::LiteralBlock))
        std::replace(text.begin(), text.end(), '\n', ' ');
    // Tokens as docutils splits them: runs of non-spaces, runs of spaces,
    // line breaks.
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t j = i + 1;
        if (text[i] == ' ') {
            while (j < text.size() && text[j] == ' ')
                ++j;
        } else if (text[i] != '\n') {
            while (j < text.size() && text[j] != ' ' && text[j] != '\n')
                ++j;
        }
        const std::string_view token = std::string_view(text).substr(i, j - i);
        if (text[i] != ' ' && text[i] != '\n' && needsNoWrap(token)) {
            m_out += "<span class=\"pre\">"sv;
            appendEscaped(m_out, token);
            m_out += "</span>"sv;
        } else {
            appendEscaped(m_out, token);
        }
        i = j;
    }
    endTag(tag, "");
}

void HtmlTranslator::writeReference(const Node &node)
{
    const Node *parent = node.parent();
    const std::string_view suffix = parent && !isTextElement(*parent) ? "\n" : "";
    const bool imageOnly = node.childCount() == 1 && node.child(0)->tag() == "image";
    std::string href;
    std::string_view kindClass;
    if (node.hasAttribute("refuri")) {
        href = normalizedUrl(node.attribute("refuri"));
        kindClass = "external";
        if (!isSafeLink(href)) {
            // Not a link: the text stays, marked so the reader sees why.
            const std::string title = "link not followed: " + href;
            startTag(node,
                { .name = "span",
                    .classes = { "reference", "external", "blocked-link" },
                    .block = false,
                    .suffix = suffix },
                { { "title", title } });
            writeChildren(node);
            endTag("span", suffix);
            return;
        }
    } else if (node.hasAttribute("refid")) {
        href = '#' + node.attribute("refid");
        kindClass = "internal";
    } else {
        startTag(node, { .name = "span", .classes = { "reference" }, .block = false, .suffix = suffix });
        writeChildren(node);
        endTag("span", suffix);
        return;
    }
    startTag(node,
        { .name = "a",
            .classes = { "reference", kindClass, imageOnly ? "image-reference" : "" },
            .block = false,
            .suffix = suffix },
        { { "href", href } });
    writeChildren(node);
    endTag("a", suffix);
}

void HtmlTranslator::writeImage(const Node &node)
{
    const std::string uri = normalizedUrl(node.attribute("uri"));
    const std::string alt = node.hasAttribute("alt") ? node.attribute("alt") : node.attribute("uri");
    const Node *parent = node.parent();
    const bool block = parent
        && (!isTextElement(*parent)
            || (parent->is(TagId::Reference) && parent->parent() && !isTextElement(*parent->parent())));
    const std::string_view suffix = block ? "\n" : "";
    std::string style;
    for (const char *dimension : { "width", "height" }) {
        const std::string length = cssLength(node.attribute(dimension));
        if (!length.empty())
            style += std::string(style.empty() ? "" : " ") + dimension + ": " + length + ';';
    }
    const std::string align = node.hasAttribute("align") ? "align-" + node.attribute("align") : std::string();
    std::vector<Attribute> attributes;
    if (!style.empty())
        attributes.push_back({ "style", style });
    const std::string_view refusal = imageRefusal(uri);
    if (!refusal.empty()) {
        // A placeholder in place of the image: the page loads nothing from
        // outside the document's folder.
        const std::string title = std::string(refusal) + ": " + uri;
        attributes.push_back({ "role", "img" });
        attributes.push_back({ "title", title });
        startTag(node,
            { .name = "span", .trailingClasses = { "image-placeholder", align }, .block = block, .suffix = "" },
            attributes);
        appendEscaped(m_out, alt);
        endTag("span", suffix);
        return;
    }
    attributes.push_back({ "alt", alt });
    attributes.push_back({ "src", uri });
    startTag(node,
        { .name = "img", .trailingClasses = { align }, .block = block, .suffix = suffix, .empty = true },
        attributes);
}

void HtmlTranslator::writeFigure(const Node &node)
{
    const std::string width = cssLength(node.attribute("width"));
    const std::string style = "width: " + width;
    const std::string align = node.hasAttribute("align") ? "align-" + node.attribute("align") : std::string();
    std::vector<Attribute> attributes;
    if (!width.empty())
        attributes.push_back({ "style", style });
    startTag(node, { .name = "figure", .trailingClasses = { align } }, attributes);
    writeChildren(node);
    if (node.childCount() > 1)
        m_out += "</figcaption>\n"sv;
    endTag("figure");
}

void HtmlTranslator::writeTable(const Node &node)
{
    const std::string width = cssLength(node.attribute("width"));
    const std::string style = "width: " + width + ';';
    const std::string align = node.hasAttribute("align") ? "align-" + node.attribute("align") : std::string();
    std::vector<Attribute> attributes;
    if (!width.empty())
        attributes.push_back({ "style", style });
    startTag(node, { .name = "table", .classes = { align } }, attributes);
    // A table inside a cell must not disturb the columns of the outer one.
    const std::vector<bool> outerStubs = std::move(m_stubs);
    const std::size_t outerColumn = m_column;
    const bool givenWidths = hasClass(node, "colwidths-given");
    for (const auto &child : node.children()) {
        if (!child->is(TagId::Tgroup)) {
            write(*child);
            continue;
        }
        m_stubs.clear();
        std::vector<double> widths;
        for (const auto &part : child->children())
            if (part->is(TagId::Colspec)) {
                m_stubs.push_back(part->hasAttribute("stub") && part->attribute("stub") != "0");
                widths.push_back(std::atof(part->attribute("colwidth").c_str()));
            }
        double total = 0;
        for (double w : widths)
            total += w;
        if (givenWidths && total > 0) {
            m_out += "<colgroup>\n"sv;
            for (double w : widths) {
                char buffer[48];
                std::snprintf(buffer, sizeof buffer, "<col style=\"width: %.1f%%\" />\n", 100.0 * w / total);
                m_out += buffer;
            }
            m_out += "</colgroup>\n"sv;
        }
        writeChildren(*child);
    }
    m_stubs = outerStubs;
    m_column = outerColumn;
    endTag("table");
}

void HtmlTranslator::writeEntry(const Node &node)
{
    const Node *row = node.parent();
    const bool head = row && row->parent() && row->parent()->is(TagId::Thead);
    const bool stub = m_column < m_stubs.size() && m_stubs[m_column];
    ++m_column;
    const std::string rowspan = std::to_string(std::atoi(node.attribute("morerows").c_str()) + 1);
    const int morecols = std::max(0, std::atoi(node.attribute("morecols").c_str()));
    const std::string colspan = std::to_string(morecols + 1);
    std::vector<Attribute> attributes;
    if (node.hasAttribute("morerows"))
        attributes.push_back({ "rowspan", rowspan });
    if (node.hasAttribute("morecols")) {
        attributes.push_back({ "colspan", colspan });
        m_column += static_cast<std::size_t>(morecols);
    }
    const std::string_view tag = head || stub ? "th" : "td";
    startTag(node, { .name = tag, .classes = { head ? "head" : "", stub ? "stub" : "" }, .suffix = "" }, attributes);
    const int outerShift = m_lineShift;
    if (const SourceRange *cell = m_document.sourceRange(node))
        m_lineShift += cell->innerShift;
    writeChildren(node);
    m_lineShift = outerShift;
    endTag(tag);
}

void HtmlTranslator::writeFootnoteLabel(const Node &node)
{
    const Node *note = node.parent();
    const StringList &backrefs = note ? note->list("backrefs") : node.list("backrefs");
    m_out += "<span class=\"label\"><span class=\"fn-bracket\">[</span>"sv;
    if (backrefs.size() == 1) {
        m_out += "<a role=\"doc-backlink\" href=\"#"sv;
        appendAttributeValue(m_out, backrefs.front());
        m_out += "\">"sv;
    }
    writeChildren(node);
    if (backrefs.size() == 1)
        m_out += "</a>"sv;
    m_out += "<span class=\"fn-bracket\">]</span></span>\n"sv;
    if (backrefs.size() > 1) {
        m_out += "<span class=\"backrefs\">("sv;
        for (std::size_t i = 0; i < backrefs.size(); ++i) {
            if (i > 0)
                m_out += ',';
            m_out += "<a role=\"doc-backlink\" href=\"#"sv;
            appendAttributeValue(m_out, backrefs[i]);
            m_out += "\">" + std::to_string(i + 1) + "</a>";
        }
        m_out += ")</span>\n"sv;
    }
}

void HtmlTranslator::writeSystemMessage(const Node &node)
{
    // data-level lets the stylesheet make errors louder than warnings.
    const std::string level = node.attribute("level");
    startTag(node, { .name = "aside", .trailingClasses = { "system-message" } }, { { "data-level", level } });
    m_out += "<p class=\"system-message-title\">System Message: "sv;
    appendEscaped(m_out, node.attribute("type"));
    m_out += '/';
    appendEscaped(m_out, node.attribute("level"));
    m_out += " (<span class=\"docutils literal\">"sv;
    appendEscaped(m_out, node.attribute("source"));
    m_out += "</span>"sv;
    if (node.hasAttribute("line")) {
        m_out += ", line "sv;
        appendEscaped(m_out, node.attribute("line"));
    }
    m_out += ')';
    const auto &backrefs = node.list("backrefs");
    if (backrefs.size() == 1) {
        m_out += "; <em><a href=\"#"sv;
        appendAttributeValue(m_out, backrefs.front());
        m_out += "\">backlink</a></em>"sv;
    } else if (backrefs.size() > 1) {
        m_out += "; <em>backlinks: "sv;
        for (std::size_t i = 0; i < backrefs.size(); ++i) {
            if (i > 0)
                m_out += ", "sv;
            m_out += "<a href=\"#"sv;
            appendAttributeValue(m_out, backrefs[i]);
            m_out += "\">" + std::to_string(i + 1) + "</a>";
        }
        m_out += "</em>"sv;
    }
    m_out += "</p>\n"sv;
    writeChildren(node);
    endTag("aside");
}

void HtmlTranslator::writeAdmonition(const Node &node, Kind kind)
{
    // docutils' html writers first turn a specific admonition (note, ...)
    // into a generic one titled with its label; either way the node's name
    // joins its classes.
    startTag(node, { .name = "aside", .classes = { "admonition" }, .trailingClasses = { node.tag() } });
    if (kind == Kind::SpecificAdmonition) {
        m_out += "<p class=\"admonition-title\">"sv;
        appendEscaped(m_out, admonitionLabel(node.tag()));
        m_out += "</p>\n"sv;
    }
    writeChildren(node);
    endTag("aside");
}

void HtmlTranslator::writeTopic(const Node &node)
{
    if (hasClass(node, "contents")) {
        std::vector<Attribute> attributes;
        if (node.parent() && node.parent()->is(TagId::Document))
            attributes.push_back({ "role", "doc-toc" });
        element(node, { .name = "nav" }, attributes);
        return;
    }
    const bool abstract = hasClass(node, "abstract");
    const bool dedication = hasClass(node, "dedication");
    std::vector<Attribute> attributes;
    if (abstract || dedication)
        attributes.push_back({ "role", abstract ? "doc-abstract" : "doc-dedication" });
    element(node, { .name = abstract || dedication ? "div" : "aside", .classes = { "topic" } }, attributes);
}

void HtmlTranslator::writeOptionGroup(const Node &node)
{
    startTag(node, { .name = "dt", .suffix = "" });
    m_out += "<kbd>"sv;
    bool first = true;
    for (const auto &child : node.children()) {
        if (child->is(TagId::Option) && !first)
            m_out += ", "sv;
        first = false;
        write(*child);
    }
    m_out += "</kbd></dt>\n"sv;
}

void HtmlTranslator::writeDocinfoItem(const Node &node, Kind kind)
{
    const bool inAuthors = kind == Kind::Author && node.parent() && node.parent()->is(TagId::Authors);
    if (!inAuthors) {
        m_out += "<dt class=\""sv;
        m_out += node.tag();
        m_out += "\">"sv;
        appendEscaped(m_out, admonitionLabel(node.tag()));
        m_out += "<span class=\"colon\">:</span></dt>\n"sv;
        startTag(node, { .name = "dd", .trailingClasses = { node.tag() }, .suffix = "" });
    }
    if (kind == Kind::Author) {
        m_out += "<p>"sv;
        writeChildren(node);
        m_out += "</p>"sv;
        if (inAuthors) {
            m_out += '\n';
            return;
        }
    } else if (kind == Kind::Address) {
        m_out += "<pre class=\"address\">"sv;
        writeChildren(node);
        m_out += "\n</pre>\n"sv;
    } else {
        writeChildren(node);
    }
    endTag("dd");
}

void HtmlTranslator::writeFlat(const Node &container, std::vector<HtmlBlock> &blocks)
{
    for (std::size_t i = 0; i < container.childCount(); ++i) {
        const Node &child = *container.child(i);
        const std::size_t start = m_out.size();
        LineRange lines = child.isText() ? LineRange {} : range(child);
        if (child.is(TagId::Section)) {
            ++m_sectionLevel;
            const Node *title = nullptr;
            for (const auto &part : child.children())
                if (part->is(TagId::Title)) {
                    title = part.get();
                    break;
                }
            writeSectionHeading(child, title);
            if (title)
                lines = range(*title);
            blocks.push_back({ lines.first, std::max(lines.first, lines.last), m_out.substr(start) });
            m_out.resize(start);
            writeFlat(child, blocks);
            --m_sectionLevel;
            continue;
        }
        if (child.is(TagId::Title) && container.is(TagId::Section))
            continue;
        const std::size_t first = i;
        writeRun(container, i);
        if (i != first)
            lines.last = std::max(lines.last, range(*container.child(i)).last);
        if (m_out.size() > start)
            blocks.push_back({ lines.first, std::max(lines.first, lines.last), m_out.substr(start) });
        m_out.resize(start);
    }
}

std::string pageTitle(const Document &document, const HtmlOptions &options)
{
    const Node &root = document.root();
    if (root.hasAttribute("title"))
        return root.attribute("title");
    std::string title = documentTitle(document);
    if (!title.empty())
        return title;
    if (!options.fallbackTitle.empty())
        return options.fallbackTitle;
    const std::string &path = document.sourcePath();
    const std::size_t slash = path.find_last_of('/');
    title = slash == std::string::npos ? path : path.substr(slash + 1);
    return title.empty() ? std::string("untitled document") : title;
}

} // namespace

std::vector<HtmlBlock> writeHtmlBlocks(const Document &document, const HtmlOptions &)
{
    std::vector<HtmlBlock> blocks;
    std::string scratch;
    HtmlTranslator translator(document, scratch, true);
    translator.writeFlat(document.root(), blocks);
    return blocks;
}

std::string writeHtmlBody(const Document &document, const HtmlOptions &options)
{
    std::string body;
    for (const HtmlBlock &block : writeHtmlBlocks(document, options))
        body += block.html;
    return body;
}

std::string writeHtmlPage(const Document &document, const HtmlOptions &options)
{
    std::string page;
    // A page runs from 1.5 to 4 times the size of its source: room for
    // that from the start spares a large document copies of a growing page.
    page.reserve(4096 + options.stylesheet.size() + 4 * document.sourceSize());
    page += "<!DOCTYPE html>\n<html lang=\"en\""sv;
    if (options.colorScheme == "light" || options.colorScheme == "dark")
        page += " class=\"" + options.colorScheme + '"';
    page += ">\n<head>\n<meta charset=\"utf-8\" />\n"sv;
    // Nothing the document brings may run or load from elsewhere: no
    // scripts at all, images from the document's folder or inline only.
    page += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src 'self' data:; "
            "style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\" />\n";
    page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n"sv;
    page += "<meta name=\"generator\" content=\"Specwright\" />\n<title>"sv;
    appendEscaped(page, pageTitle(document, options));
    page += "</title>\n"sv;
    // The document's meta directives, as docutils' writer puts them in the
    // head: named ones only, with their content and language. An
    // http-equiv one could make the page reload or go elsewhere.
    for (const auto &child : document.root().children()) {
        if (!child->is(TagId::Meta) || !child->hasAttribute("name"))
            continue;
        page += "<meta content=\""sv;
        appendAttributeValue(page, child->attribute("content"));
        if (child->hasAttribute("lang")) {
            page += "\" lang=\""sv;
            appendAttributeValue(page, child->attribute("lang"));
        }
        page += "\" name=\""sv;
        appendAttributeValue(page, child->attribute("name"));
        page += "\" />\n"sv;
    }
    if (!options.stylesheet.empty()) {
        // The stylesheet is the app's own; still, it cannot end the element.
        std::string css = options.stylesheet;
        for (std::size_t pos = 0; (pos = css.find("</", pos)) != std::string::npos; pos += 3)
            css.replace(pos, 2, "<\\/");
        page += "<style>\n" + css + "\n</style>\n";
    }
    const Node &root = document.root();
    // As docutils' html5 writer: a table of contents at the top of the
    // document marks the body (a stylesheet may make it a sidebar).
    const bool withToc = std::any_of(root.children().begin(), root.children().end(), [](const auto &child) {
        const auto &classes = child->list("classes");
        return child->is(TagId::Topic) && std::find(classes.begin(), classes.end(), "contents") != classes.end();
    });
    page += withToc ? "</head>\n<body class=\"with-toc\">\n" : "</head>\n<body>\n";
    HtmlTranslator translator(document, page, false);
    page += "<main"sv;
    if (!root.list("ids").empty()) {
        page += " id=\""sv;
        appendAttributeValue(page, root.list("ids").front());
        page += '"';
    }
    page += ">\n"sv;
    translator.writeChildren(root);
    page += "</main>\n</body>\n</html>\n"sv;
    return page;
}

} // namespace specwright::rst
