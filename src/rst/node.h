// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <memory>
#include <memory_resource>
#include <new>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace specwright::rst
{

// An attribute value as docutils keeps it: a plain string, or a list of
// strings (ids, classes, names, dupnames, backrefs, ...). They take their
// memory from the node's (see NodeArena).
using StringList = std::pmr::vector<std::pmr::string>;
using AttributeValue = std::variant<std::pmr::string, StringList>;

// A list attribute's values as plain strings: a copy to go on over while the
// node changes.
std::vector<std::string> toStrings(const StringList &values);

// A node's attributes sorted by name: a flat list, since an element has a
// handful at most and most have none.
using AttributeList = std::pmr::vector<std::pair<std::pmr::string, AttributeValue>>;

// The memory the nodes of one document are made in: a parse makes tens of
// thousands of small nodes and lists, all freed together when the document
// goes, so they are carved one after the other out of blocks rather than
// asked of the heap one by one. Nodes made on a thread while a Scope is open
// there come from its arena (with their child and attribute lists); all
// others come from the heap. An arena must outlive its nodes: its owner
// (Document) destroys its tree first.
class NodeArena final : public std::pmr::memory_resource
{
public:
    NodeArena() = default;
    // Keeps a few of the blocks for the next arena: the preview parses the
    // document again on every change, and memory just given back to the
    // system would have to be paged in again.
    ~NodeArena() override;
    NodeArena(const NodeArena &) = delete;

    // Whether a node made elsewhere (on the heap, in another arena) was
    // added under a node of this arena: then destroying the arena's nodes
    // one by one is the only way to free everything they hold.
    bool holdsForeignNodes() const { return m_holdsForeignNodes; }
    NodeArena &operator=(const NodeArena &) = delete;

    class Scope final
    {
    public:
        explicit Scope(NodeArena &arena);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        std::pmr::memory_resource *m_previous;
    };

private:
    void *do_allocate(std::size_t bytes, std::size_t alignment) override;
    void *allocateInNewBlock(std::size_t bytes, std::size_t alignment);
    // Memory is given back with the arena.
    void do_deallocate(void *, std::size_t, std::size_t) override { }
    bool do_is_equal(const std::pmr::memory_resource &other) const noexcept override { return this == &other; }

    static constexpr std::size_t blockSize = 64 * 1024;
    std::vector<std::unique_ptr<std::byte[]>> m_blocks; // of blockSize bytes
    std::vector<std::unique_ptr<std::byte[]>> m_largeBlocks; // one allocation each
    std::byte *m_next = nullptr;
    std::size_t m_left = 0;
    bool m_holdsForeignNodes = false;
    friend class Node;
};

// The element types of docutils' doctree, so that a node's type is a number
// to compare rather than a string. Text is a text node; Other an element
// whose tag is not in the list (kept as text, see Node::tag()).
enum class TagId : std::uint8_t {
    Text,
    Other,
    Document,
    Section,
    Title,
    Subtitle,
    Rubric,
    Topic,
    Sidebar,
    Transition,
    Decoration,
    Header,
    Footer,
    Docinfo,
    Author,
    Authors,
    Organization,
    Address,
    Contact,
    Version,
    Revision,
    Status,
    Date,
    Copyright,
    Paragraph,
    Compound,
    Container,
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
    Option,
    OptionArgument,
    OptionGroup,
    OptionList,
    OptionListItem,
    OptionString,
    Description,
    LiteralBlock,
    DoctestBlock,
    MathBlock,
    LineBlock,
    Line,
    BlockQuote,
    Attribution,
    Attention,
    Caution,
    Danger,
    Error,
    Important,
    Note,
    Tip,
    Hint,
    Warning,
    Admonition,
    Comment,
    SubstitutionDefinition,
    Target,
    Footnote,
    Citation,
    Label,
    Figure,
    Caption,
    Legend,
    Table,
    Tgroup,
    Colspec,
    Thead,
    Tbody,
    Row,
    Entry,
    SystemMessage,
    Pending,
    Raw,
    Meta,
    // The inline elements, together (see isInlineElement()).
    Emphasis,
    Strong,
    Literal,
    Reference,
    FootnoteReference,
    CitationReference,
    SubstitutionReference,
    TitleReference,
    Abbreviation,
    Acronym,
    Superscript,
    Subscript,
    Math,
    Image,
    Inline,
    Problematic,
    Generated,
    Count
};

// docutils' inline elements (nodes.Inline): Emphasis to Generated in the
// list, and Target.
constexpr bool isInlineElement(TagId id)
{
    return (id >= TagId::Emphasis && id <= TagId::Generated) || id == TagId::Target;
}

// The tag of id ("" for Text and Other) and the id of a tag (Other for
// tags outside the list).
std::string_view tagName(TagId id);
TagId tagIdOf(std::string_view tag);

// One node of a doctree: an element (docutils' tag name and attributes) or a
// text node (tag empty). Attributes are kept sorted by name, the order in
// which docutils' pseudo-XML writer prints them.
class Node final
{
public:
    static std::unique_ptr<Node> element(std::string_view tag);
    // An element of a type of the list (neither Text nor Other): nothing
    // to look up.
    static std::unique_ptr<Node> element(TagId id);
    static std::unique_ptr<Node> text(std::string_view text);

    Node(const Node &) = delete;
    Node &operator=(const Node &) = delete;
    ~Node();

    // Whether the node and all it holds live in arena.
    bool madeIn(const NodeArena &arena) const { return resource() == &arena; }

    bool isText() const { return m_tagId == TagId::Text; }
    // The element's type (Text for a text node).
    TagId tagId() const { return m_tagId; }
    bool is(TagId id) const { return m_tagId == id; }
    // An element's tag; empty for a text node.
    std::string_view tag() const { return m_tagId == TagId::Other ? m_value.view() : tagName(m_tagId); }
    // A text node's text; empty for an element.
    std::string_view textValue() const { return isText() ? m_value.view() : std::string_view(); }
    // Changes a text node's text (an element has none).
    void setTextValue(std::string_view text)
    {
        if (isText())
            assign(m_value, text);
    }

    Node *parent() const { return m_parent; }
    std::span<const std::unique_ptr<Node>> children() const { return m_children; }
    std::size_t childCount() const { return m_children.size(); }
    Node *child(std::size_t i) const { return m_children[i].get(); }
    Node *append(std::unique_ptr<Node> child);
    Node *insert(std::size_t index, std::unique_ptr<Node> child);
    std::unique_ptr<Node> take(std::size_t index);
    std::size_t indexOf(const Node *child) const;

    // Counts the children added to or taken from any node on this thread.
    // While it stays the same, no tree changed shape, so a list of nodes
    // collected by walking one is still what a new walk would give.
    static std::uint64_t shapeGeneration();

    // Attributes. An empty list attribute counts as absent (as in docutils).
    const AttributeList &attributes() const { return m_attributes; }
    bool hasAttribute(std::string_view name) const;
    std::string attribute(std::string_view name) const;
    const StringList &list(std::string_view name) const;
    // The list attribute name, made empty when missing; what is added to it
    // is kept in the node's memory.
    StringList &listRef(std::string_view name);
    void setAttribute(std::string_view name, std::string_view value);
    void setList(std::string_view name, std::initializer_list<std::string_view> values);
    void setList(std::string_view name, const std::vector<std::string> &values);
    void setList(std::string_view name, const StringList &values);
    void removeAttribute(std::string_view name);

    // The text of the node and its descendants, as docutils' astext() for
    // the common cases.
    std::string astext() const;

    // Where the node starts in the source, 1-based (0 when unknown), and the
    // last source line it covers (for scroll sync and the outline).
    int line() const { return m_line; }
    void setLine(int line) { m_line = line; }
    int endLine() const { return m_endLine; }
    void setEndLine(int line) { m_endLine = line; }

    // The first and last line the node covers (lineRange() in outline.h) as
    // parse() works them out once the tree is complete, for consumers that
    // ask about every node (the HTML writer); they hold while
    // Document::lineRangesStored() says so.
    int coveredFirstLine() const { return m_coveredFirstLine; }
    int coveredLastLine() const { return m_coveredLastLine; }
    void setCoveredLines(int first, int last)
    {
        m_coveredFirstLine = first;
        m_coveredLastLine = last;
    }
    // Lines the parser recorded for the node (Document::noteSourceRange):
    // they stand as the covered lines, whatever the content covers.
    bool hasRecordedLines() const { return m_hasRecordedLines; }
    void setRecordedLines(int first, int last)
    {
        setCoveredLines(first, last);
        m_hasRecordedLines = true;
    }

    // docutils' "source known, line None": the node joined the tree while
    // the parser stood just past the end of a nested block, so docutils'
    // get_source_line() stops at it and finds no line (line() stays 0).
    // Document::lineOf() honours it.
    bool sourceWithoutLine() const { return m_sourceWithoutLine; }
    void setSourceWithoutLine(bool value) { m_sourceWithoutLine = value; }

    // The source text the node was made from (docutils' rawsource), where the
    // engine keeps it: section titles, references, literals.
    std::string_view rawSource() const { return m_rawSource.view(); }
    void setRawSource(std::string_view raw) { assign(m_rawSource, raw); }

    // Nodes are made by element() and text() only, in the current arena if
    // there is one (see NodeArena), else on the heap. Deleting one gives its
    // memory back to where it came from.
    static void *operator new(std::size_t size);
    static void operator delete(Node *node, std::destroying_delete_t);
    // Frees the memory of a node whose construction threw.
    static void operator delete(void *block);

private:
    // Characters in the node's memory resource: most nodes keep one text,
    // and a string object would take more than twice the room.
    struct Chars {
        char *data = nullptr;
        std::size_t size = 0;
        std::string_view view() const { return { data, size }; }
    };

    Node(TagId id, std::string_view value);
    // Notes on the arena of this node when child comes from elsewhere.
    void adopt(Node &child);
    std::pmr::memory_resource *resource() const { return m_children.get_allocator().resource(); }
    void assign(Chars &chars, std::string_view text);
    void release(Chars &chars);

    // The slot of name, or the end.
    AttributeList::const_iterator findAttribute(std::string_view name) const;
    // The slot of name, made (empty) where it belongs when missing.
    AttributeValue &slot(std::string_view name);

    // What walks over the tree read comes first, close together. The lists
    // and strings take their memory from the arena the node was made in, if
    // any.
    std::pmr::vector<std::unique_ptr<Node>> m_children;
    // A text node's text, or the tag of an element of type Other.
    Chars m_value;
    Node *m_parent = nullptr;
    int m_line = 0;
    int m_endLine = 0;
    int m_coveredFirstLine = 0;
    int m_coveredLastLine = 0;
    const TagId m_tagId;
    bool m_sourceWithoutLine = false;
    bool m_hasRecordedLines = false;
    AttributeList m_attributes;
    Chars m_rawSource;
};

} // namespace specwright::rst
