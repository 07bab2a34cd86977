// SPDX-License-Identifier: GPL-3.0-or-later
#include "rst/node.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <mutex>

namespace specwright::rst
{

namespace
{

thread_local std::uint64_t shapeChanges = 0;

// The arena of the innermost open NodeArena::Scope on this thread.
thread_local std::pmr::memory_resource *currentArena = nullptr;

// Blocks of arenas that have gone, for the next ones: up to 4 MB, what a
// large spec needs. One list for all threads: a document is often parsed on
// one thread and dropped on another.
class SpareBlocks final
{
public:
    void give(std::vector<std::unique_ptr<std::byte[]>> &blocks)
    {
        const std::lock_guard lock(m_mutex);
        for (auto &block : blocks) {
            if (m_blocks.size() >= maxBlocks)
                break;
            m_blocks.push_back(std::move(block));
        }
    }

    std::unique_ptr<std::byte[]> take()
    {
        const std::lock_guard lock(m_mutex);
        if (m_blocks.empty())
            return nullptr;
        auto block = std::move(m_blocks.back());
        m_blocks.pop_back();
        return block;
    }

private:
    static constexpr std::size_t maxBlocks = 64;
    std::mutex m_mutex;
    std::vector<std::unique_ptr<std::byte[]>> m_blocks;
};

SpareBlocks &spareBlocks()
{
    // Never destroyed: an arena may go during the program's exit.
    static auto *spares = new SpareBlocks;
    return *spares;
}

// In the order of TagId.
constexpr std::string_view tagNames[] = {
    "",
    "",
    "document",
    "section",
    "title",
    "subtitle",
    "rubric",
    "topic",
    "sidebar",
    "transition",
    "decoration",
    "header",
    "footer",
    "docinfo",
    "author",
    "authors",
    "organization",
    "address",
    "contact",
    "version",
    "revision",
    "status",
    "date",
    "copyright",
    "paragraph",
    "compound",
    "container",
    "bullet_list",
    "enumerated_list",
    "list_item",
    "definition_list",
    "definition_list_item",
    "term",
    "classifier",
    "definition",
    "field_list",
    "field",
    "field_name",
    "field_body",
    "option",
    "option_argument",
    "option_group",
    "option_list",
    "option_list_item",
    "option_string",
    "description",
    "literal_block",
    "doctest_block",
    "math_block",
    "line_block",
    "line",
    "block_quote",
    "attribution",
    "attention",
    "caution",
    "danger",
    "error",
    "important",
    "note",
    "tip",
    "hint",
    "warning",
    "admonition",
    "comment",
    "substitution_definition",
    "target",
    "footnote",
    "citation",
    "label",
    "figure",
    "caption",
    "legend",
    "table",
    "tgroup",
    "colspec",
    "thead",
    "tbody",
    "row",
    "entry",
    "system_message",
    "pending",
    "raw",
    "meta",
    "emphasis",
    "strong",
    "literal",
    "reference",
    "footnote_reference",
    "citation_reference",
    "substitution_reference",
    "title_reference",
    "abbreviation",
    "acronym",
    "superscript",
    "subscript",
    "math",
    "image",
    "inline",
    "problematic",
    "generated",
};
static_assert(std::size(tagNames) == static_cast<std::size_t>(TagId::Count));

// An open-addressing table from a tag's few characters to its id, made
// once: elements are made by the hundred thousand.
class TagTable final
{
public:
    TagTable()
    {
        for (std::size_t id = static_cast<std::size_t>(TagId::Other) + 1; id < std::size(tagNames); ++id) {
            std::size_t slot = hash(tagNames[id]);
            while (m_slots[slot] != TagId::Text)
                slot = (slot + 1) % slotCount;
            m_slots[slot] = static_cast<TagId>(id);
        }
    }

    TagId find(std::string_view tag) const
    {
        if (tag.empty())
            return TagId::Other;
        for (std::size_t slot = hash(tag); m_slots[slot] != TagId::Text; slot = (slot + 1) % slotCount)
            if (tagNames[static_cast<std::size_t>(m_slots[slot])] == tag)
                return m_slots[slot];
        return TagId::Other;
    }

private:
    static constexpr std::size_t slotCount = 512;
    static std::size_t hash(std::string_view tag)
    {
        const auto at = [tag](std::size_t i) { return static_cast<std::size_t>(static_cast<unsigned char>(tag[i])); };
        return (tag.size() * 131 + at(0) * 31 + at(tag.size() - 1) * 7 + at(tag.size() / 2)) % slotCount;
    }
    // TagId::Text marks a free slot.
    std::array<TagId, slotCount> m_slots {};
};

} // namespace

std::vector<std::string> toStrings(const StringList &values)
{
    return { values.begin(), values.end() };
}

std::string_view tagName(TagId id)
{
    return tagNames[static_cast<std::size_t>(id)];
}

TagId tagIdOf(std::string_view tag)
{
    static const TagTable table;
    return table.find(tag);
}

NodeArena::~NodeArena()
{
    spareBlocks().give(m_blocks);
}

void *NodeArena::do_allocate(std::size_t bytes, std::size_t alignment)
{
    // Most requests fit after the last one in the current block.
    const auto next = reinterpret_cast<std::uintptr_t>(m_next);
    const std::uintptr_t aligned = (next + alignment - 1) & ~(alignment - 1);
    const std::size_t needed = bytes + (aligned - next);
    if (needed <= m_left) {
        m_next += needed;
        m_left -= needed;
        return reinterpret_cast<void *>(aligned);
    }
    return allocateInNewBlock(bytes, alignment);
}

void *NodeArena::allocateInNewBlock(std::size_t bytes, std::size_t alignment)
{
    if (bytes + alignment > blockSize / 4) {
        // A long list or text: a block of its own, leaving the current block
        // to the small things that follow.
        m_largeBlocks.push_back(std::make_unique_for_overwrite<std::byte[]>(bytes + alignment));
        void *place = m_largeBlocks.back().get();
        std::size_t size = bytes + alignment;
        return std::align(alignment, bytes, place, size);
    }
    auto block = spareBlocks().take();
    m_blocks.push_back(block ? std::move(block) : std::make_unique_for_overwrite<std::byte[]>(blockSize));
    void *place = m_blocks.back().get();
    m_left = blockSize;
    std::align(alignment, bytes, place, m_left);
    m_next = static_cast<std::byte *>(place) + bytes;
    m_left -= bytes;
    return place;
}

NodeArena::Scope::Scope(NodeArena &arena)
    : m_previous(currentArena)
{
    currentArena = &arena;
}

NodeArena::Scope::~Scope()
{
    currentArena = m_previous;
}

Node::Node(TagId id, std::string_view value)
    : m_children(currentArena ? currentArena : std::pmr::new_delete_resource())
    , m_tagId(id)
    , m_attributes(m_children.get_allocator())
{
    if (!value.empty())
        assign(m_value, value);
}

Node::~Node()
{
    release(m_value);
    release(m_rawSource);
}

void Node::assign(Chars &chars, std::string_view text)
{
    Chars made;
    if (!text.empty()) {
        made.data = static_cast<char *>(resource()->allocate(text.size(), 1));
        std::memcpy(made.data, text.data(), text.size());
        made.size = text.size();
    }
    release(chars);
    chars = made;
}

void Node::release(Chars &chars)
{
    if (chars.data)
        resource()->deallocate(chars.data, chars.size, 1);
    chars = {};
}

void *Node::operator new(std::size_t size)
{
    if (currentArena)
        return currentArena->allocate(size, alignof(Node));
    return ::operator new(size);
}

void Node::operator delete(Node *node, std::destroying_delete_t)
{
    // An arena's memory is given back with the arena.
    const bool onHeap = node->m_children.get_allocator().resource() == std::pmr::new_delete_resource();
    node->~Node();
    if (onHeap)
        ::operator delete(node);
}

void Node::operator delete(void *block)
{
    // Only called when a constructor threw, on the thread and under the
    // scope that allocated the block.
    if (!currentArena)
        ::operator delete(block);
}

std::uint64_t Node::shapeGeneration()
{
    return shapeChanges;
}

std::unique_ptr<Node> Node::element(std::string_view tag)
{
    const TagId id = tagIdOf(tag);
    return std::unique_ptr<Node>(new Node(id, id == TagId::Other ? tag : std::string_view()));
}

std::unique_ptr<Node> Node::element(TagId id)
{
    return std::unique_ptr<Node>(new Node(id, std::string_view()));
}

std::unique_ptr<Node> Node::text(std::string_view text)
{
    return std::unique_ptr<Node>(new Node(TagId::Text, text));
}

void Node::adopt(Node &child)
{
    ++shapeChanges;
    child.m_parent = this;
    // A node's resource is the heap's or an arena's (see Node::operator new).
    if (child.resource() != resource() && resource() != std::pmr::new_delete_resource())
        static_cast<NodeArena *>(resource())->m_holdsForeignNodes = true;
}

Node *Node::append(std::unique_ptr<Node> child)
{
    adopt(*child);
    // Most elements have a few children: one allocation for the first four
    // instead of three.
    if (m_children.empty())
        m_children.reserve(4);
    m_children.push_back(std::move(child));
    return m_children.back().get();
}

Node *Node::insert(std::size_t index, std::unique_ptr<Node> child)
{
    adopt(*child);
    auto it = m_children.insert(m_children.begin() + static_cast<std::ptrdiff_t>(index), std::move(child));
    return it->get();
}

std::unique_ptr<Node> Node::take(std::size_t index)
{
    ++shapeChanges;
    auto child = std::move(m_children[index]);
    m_children.erase(m_children.begin() + static_cast<std::ptrdiff_t>(index));
    child->m_parent = nullptr;
    return child;
}

std::size_t Node::indexOf(const Node *child) const
{
    auto it = std::find_if(m_children.begin(), m_children.end(), [child](const auto &c) { return c.get() == child; });
    return static_cast<std::size_t>(it - m_children.begin());
}

AttributeList::const_iterator Node::findAttribute(std::string_view name) const
{
    // A handful of attributes at most: comparing lengths first rules most of
    // them out without looking at their text.
    return std::find_if(
        m_attributes.begin(), m_attributes.end(), [name](const auto &attribute) { return attribute.first == name; });
}

AttributeValue &Node::slot(std::string_view name)
{
    auto it = std::lower_bound(
        m_attributes.begin(), m_attributes.end(), name, [](const auto &attribute, std::string_view key) {
            return attribute.first < key;
        });
    if (it == m_attributes.end() || it->first != name)
        it = m_attributes.emplace(it,
            std::piecewise_construct,
            std::forward_as_tuple(name),
            std::forward_as_tuple(std::in_place_index<0>, resource()));
    return it->second;
}

bool Node::hasAttribute(std::string_view name) const
{
    auto it = findAttribute(name);
    if (it == m_attributes.end())
        return false;
    if (auto *values = std::get_if<StringList>(&it->second))
        return !values->empty();
    return true;
}

std::string Node::attribute(std::string_view name) const
{
    auto it = findAttribute(name);
    if (it == m_attributes.end())
        return {};
    if (auto *value = std::get_if<std::pmr::string>(&it->second))
        return std::string(*value);
    return {};
}

const StringList &Node::list(std::string_view name) const
{
    static const StringList empty;
    auto it = findAttribute(name);
    if (it == m_attributes.end())
        return empty;
    if (auto *values = std::get_if<StringList>(&it->second))
        return *values;
    return empty;
}

StringList &Node::listRef(std::string_view name)
{
    auto &value = slot(name);
    if (auto *values = std::get_if<StringList>(&value))
        return *values;
    // Made in place, so that it takes the node's memory.
    return value.emplace<StringList>(resource());
}

void Node::setAttribute(std::string_view name, std::string_view value)
{
    slot(name).emplace<std::pmr::string>(value, resource());
}

void Node::setList(std::string_view name, std::initializer_list<std::string_view> values)
{
    auto &list = slot(name).emplace<StringList>(resource());
    list.reserve(values.size());
    for (const std::string_view value : values)
        list.emplace_back(value);
}

void Node::setList(std::string_view name, const std::vector<std::string> &values)
{
    auto &list = slot(name).emplace<StringList>(resource());
    list.reserve(values.size());
    for (const std::string &value : values)
        list.emplace_back(value);
}

void Node::setList(std::string_view name, const StringList &values)
{
    if (&list(name) == &values)
        return;
    StringList copy(values.begin(), values.end(), resource());
    slot(name).emplace<StringList>(std::move(copy));
}

void Node::removeAttribute(std::string_view name)
{
    auto it = findAttribute(name);
    if (it != m_attributes.end())
        m_attributes.erase(it);
}

std::string Node::astext() const
{
    if (isText())
        return std::string(m_value.view());
    std::string out;
    for (const auto &child : m_children)
        out += child->astext();
    return out;
}

} // namespace specwright::rst
