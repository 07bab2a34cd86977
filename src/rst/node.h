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
// strings (ids, classes, names, dupnames, backrefs, ...).
using AttributeValue = std::variant<std::string, std::vector<std::string>>;

// A node's attributes sorted by name: a flat list, since an element has a
// handful at most and most have none.
using AttributeList = std::pmr::vector<std::pair<std::string, AttributeValue>>;

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
    NodeArena(const NodeArena &) = delete;
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
    // Memory is given back with the arena.
    void do_deallocate(void *, std::size_t, std::size_t) override { }
    bool do_is_equal(const std::pmr::memory_resource &other) const noexcept override { return this == &other; }

    std::vector<std::unique_ptr<std::byte[]>> m_blocks;
    std::byte *m_next = nullptr;
    std::size_t m_left = 0;
};

// One node of a doctree: an element (docutils' tag name and attributes) or a
// text node (tag empty). Attributes are kept sorted by name, the order in
// which docutils' pseudo-XML writer prints them.
class Node final
{
public:
    static std::unique_ptr<Node> element(std::string tag);
    static std::unique_ptr<Node> text(std::string text);

    bool isText() const { return m_isText; }
    // An element's tag; empty for a text node.
    std::string_view tag() const { return m_isText ? std::string_view() : std::string_view(m_value); }
    // A text node's text; empty for an element.
    const std::string &textValue() const { return m_isText ? m_value : noText(); }
    // Changes a text node's text (an element has none).
    void setTextValue(std::string text)
    {
        if (m_isText)
            m_value = std::move(text);
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
    const std::vector<std::string> &list(std::string_view name) const;
    std::vector<std::string> &listRef(const std::string &name);
    void setAttribute(const std::string &name, std::string value);
    void setList(const std::string &name, std::vector<std::string> values);
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

    // docutils' "source known, line None": the node joined the tree while
    // the parser stood just past the end of a nested block, so docutils'
    // get_source_line() stops at it and finds no line (line() stays 0).
    // Document::lineOf() honours it.
    bool sourceWithoutLine() const { return m_sourceWithoutLine; }
    void setSourceWithoutLine(bool value) { m_sourceWithoutLine = value; }

    // The source text the node was made from (docutils' rawsource), where the
    // engine keeps it: section titles, references, literals.
    const std::string &rawSource() const { return m_rawSource; }
    void setRawSource(std::string raw) { m_rawSource = std::move(raw); }

    // Nodes are made by element() and text() only, in the current arena if
    // there is one (see NodeArena), else on the heap. Deleting one gives its
    // memory back to where it came from.
    static void *operator new(std::size_t size);
    static void operator delete(Node *node, std::destroying_delete_t);
    // Frees the memory of a node whose construction threw.
    static void operator delete(void *block);

private:
    Node(std::string value, bool isText);
    static const std::string &noText();

    // The slot of name, or the end.
    AttributeList::const_iterator findAttribute(std::string_view name) const;
    // The slot of name, made (empty) where it belongs when missing.
    AttributeValue &slot(std::string_view name);

    // What walks over the tree read comes first, close together. The lists
    // take their memory from the arena the node was made in, if any.
    std::pmr::vector<std::unique_ptr<Node>> m_children;
    // An element's tag or a text node's text.
    std::string m_value;
    Node *m_parent = nullptr;
    int m_line = 0;
    int m_endLine = 0;
    int m_coveredFirstLine = 0;
    int m_coveredLastLine = 0;
    const bool m_isText;
    bool m_sourceWithoutLine = false;
    AttributeList m_attributes;
    std::string m_rawSource;
};

} // namespace specwright::rst
