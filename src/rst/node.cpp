// SPDX-License-Identifier: GPL-3.0-or-later
#include "rst/node.h"

#include <algorithm>

namespace specwright::rst
{

namespace
{

thread_local std::uint64_t shapeChanges = 0;

// The arena of the innermost open NodeArena::Scope on this thread.
thread_local std::pmr::memory_resource *currentArena = nullptr;

} // namespace

void *NodeArena::do_allocate(std::size_t bytes, std::size_t alignment)
{
    // Blocks of a fixed size, below the size from which the heap maps fresh
    // pages for each block: a document parsed after another one reuses the
    // memory its predecessor gave back, already paged in.
    constexpr std::size_t blockSize = 64 * 1024;
    if (bytes + alignment > blockSize / 4) {
        // A long list of children: a block of its own, leaving the current
        // block to the small things that follow.
        m_blocks.push_back(std::make_unique_for_overwrite<std::byte[]>(bytes + alignment));
        void *place = m_blocks.back().get();
        std::size_t size = bytes + alignment;
        return std::align(alignment, bytes, place, size);
    }
    void *place = m_next;
    if (!std::align(alignment, bytes, place, m_left)) {
        m_blocks.push_back(std::make_unique_for_overwrite<std::byte[]>(blockSize));
        place = m_blocks.back().get();
        m_left = blockSize;
        std::align(alignment, bytes, place, m_left);
    }
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

Node::Node(std::string value, bool isText)
    : m_children(currentArena ? currentArena : std::pmr::new_delete_resource())
    , m_value(std::move(value))
    , m_isText(isText)
    , m_attributes(m_children.get_allocator())
{
}

const std::string &Node::noText()
{
    static const std::string empty;
    return empty;
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

std::unique_ptr<Node> Node::element(std::string tag)
{
    return std::unique_ptr<Node>(new Node(std::move(tag), false));
}

std::unique_ptr<Node> Node::text(std::string text)
{
    return std::unique_ptr<Node>(new Node(std::move(text), true));
}

Node *Node::append(std::unique_ptr<Node> child)
{
    ++shapeChanges;
    child->m_parent = this;
    // Most elements have a few children: one allocation for the first four
    // instead of three.
    if (m_children.empty())
        m_children.reserve(4);
    m_children.push_back(std::move(child));
    return m_children.back().get();
}

Node *Node::insert(std::size_t index, std::unique_ptr<Node> child)
{
    ++shapeChanges;
    child->m_parent = this;
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
        it = m_attributes.emplace(it, std::string(name), AttributeValue());
    return it->second;
}

bool Node::hasAttribute(std::string_view name) const
{
    auto it = findAttribute(name);
    if (it == m_attributes.end())
        return false;
    if (auto *values = std::get_if<std::vector<std::string>>(&it->second))
        return !values->empty();
    return true;
}

std::string Node::attribute(std::string_view name) const
{
    auto it = findAttribute(name);
    if (it == m_attributes.end())
        return {};
    if (auto *value = std::get_if<std::string>(&it->second))
        return *value;
    return {};
}

const std::vector<std::string> &Node::list(std::string_view name) const
{
    static const std::vector<std::string> empty;
    auto it = findAttribute(name);
    if (it == m_attributes.end())
        return empty;
    if (auto *values = std::get_if<std::vector<std::string>>(&it->second))
        return *values;
    return empty;
}

std::vector<std::string> &Node::listRef(const std::string &name)
{
    auto &value = slot(name);
    if (!std::holds_alternative<std::vector<std::string>>(value))
        value = std::vector<std::string>();
    return std::get<std::vector<std::string>>(value);
}

void Node::setAttribute(const std::string &name, std::string value)
{
    slot(name) = std::move(value);
}

void Node::setList(const std::string &name, std::vector<std::string> values)
{
    slot(name) = std::move(values);
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
        return m_value;
    std::string out;
    for (const auto &child : m_children)
        out += child->astext();
    return out;
}

} // namespace specwright::rst
