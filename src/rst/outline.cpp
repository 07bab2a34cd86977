// SPDX-License-Identifier: GPL-3.0-or-later
#include "rst/outline.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "rst/document.h"
#include "rst/lineranges_p.h"
#include "rst/node.h"
#include "rst/text.h"

namespace specwright::rst
{

namespace
{

// docutils' PreBibliographic node classes: what may precede the section that
// becomes the document title.
bool isPreBibliographic(const Node &node)
{
    static constexpr std::array<std::string_view, 12> tags = { "title",
        "subtitle",
        "meta",
        "system_message",
        "raw",
        "decoration",
        "header",
        "footer",
        "comment",
        "substitution_definition",
        "target",
        "pending" };
    return std::find(tags.begin(), tags.end(), node.tag()) != tags.end();
}

// The section docutils' DocTitle would promote out of container: the first
// child that is not pre-bibliographic, when it is a section and the last
// child.
const Node *promotionCandidate(const Node &container)
{
    for (std::size_t i = 0; i < container.childCount(); ++i) {
        const Node &child = *container.child(i);
        if (child.isText() || isPreBibliographic(child))
            continue;
        if (child.is(TagId::Section) && i + 1 == container.childCount())
            return &child;
        return nullptr;
    }
    return nullptr;
}

const Node *titleOf(const Node &node)
{
    for (const auto &child : node.children())
        if (child->is(TagId::Title))
            return child.get();
    return nullptr;
}

// The node whose section children are the level-1 sections. A transformed
// document already has its title promoted; an untransformed one is read as
// if DocTitle (title, then subtitle) had run.
const Node &outlineRoot(const Document &document)
{
    const Node &root = document.root();
    if (document.transformed())
        return root;
    const Node *title = promotionCandidate(root);
    if (!title)
        return root;
    const Node *subtitle = promotionCandidate(*title);
    return subtitle ? *subtitle : *title;
}

Section sectionFrom(const Node &node, int level)
{
    Section section;
    section.level = level;
    const LineRange range = lineRange(node);
    section.line = range.first;
    section.endLine = range.last;
    if (const Node *title = titleOf(node)) {
        section.title = title->astext();
        section.rawTitle = title->rawSource().empty() ? section.title : std::string(title->rawSource());
        section.line = lineRange(*title).first;
    }
    for (const auto &child : node.children())
        if (child->is(TagId::Section))
            section.children.push_back(sectionFrom(*child, level + 1));
    return section;
}

// The range of node from its own lines and what its element children
// cover (childRange gives theirs).
template <typename ChildRange> LineRange rangeFromContent(const Node &node, ChildRange childRange)
{
    LineRange range { node.line(), 0 };
    const Node *parent = node.parent();
    if (node.line() > 0 && parent && node.is(TagId::Title)
        && (parent->is(TagId::Section) || parent->is(TagId::Document))) {
        // docutils gives a section title the line of its underline; the
        // title text is the line above it.
        return { std::max(1, node.line() - 1), node.line() };
    }
    // The last line is what the content reaches: the parser's own end line
    // only counts for nodes without element children (a section's may run
    // past the end of the text).
    int newlines = 0;
    bool hasElements = false;
    // The text's lines only count from a line of the node's own.
    const bool countLines = node.line() > 0;
    for (const auto &child : node.children()) {
        if (child->isText()) {
            if (countLines)
                newlines += static_cast<int>(countNewlines(child->textValue()));
            continue;
        }
        hasElements = true;
        const LineRange inner = childRange(*child);
        if (inner.first > 0 && (range.first == 0 || inner.first < range.first))
            range.first = inner.first;
        range.last = std::max(range.last, inner.last);
    }
    if (!hasElements && node.endLine() > 0)
        range.last = node.endLine();
    if (node.line() > 0)
        range.last = std::max(range.last, node.line() + newlines);
    if (range.first > 0)
        range.last = std::max(range.last, range.first);
    return range;
}

// A table without a line of its own starts after whatever precedes it:
// docutils numbers the lines of its cells from there.
bool placedAfterPrevious(const Node &node)
{
    return node.is(TagId::Table) && node.line() == 0 && node.parent();
}

} // namespace

LineRanges::LineRanges(const Document *document)
    : LineRanges(
        document ? std::span(document->sourceRanges()) : std::span<const std::pair<const Node *, SourceRange>>())
{
}

LineRanges::LineRanges(std::span<const std::pair<const Node *, SourceRange>> records)
{
    for (const auto &[node, range] : records)
        store(node, { range.first, range.last });
    m_recorded = !records.empty();
}

LineRange LineRanges::operator()(const Node &node)
{
    // Nodes holding only text are quicker to measure again than to look up,
    // unless the parser recorded their lines.
    const bool leaf = std::none_of(
        node.children().begin(), node.children().end(), [](const auto &child) { return !child->isText(); });
    if (leaf && !node.is(TagId::Table)) {
        if (m_recorded) {
            if (const LineRange *known = find(&node))
                return *known;
        }
        return fromContent(node);
    }
    if (const LineRange *known = find(&node))
        return *known;
    const Node *parent = node.parent();
    if (placedAfterPrevious(node)) {
        // A table has no line of its own and docutils numbers the lines of
        // its cells oddly: it starts after whatever precedes it. All tables
        // of a parent are placed in one pass over its children.
        int previousLast = 0;
        for (const auto &child : parent->children()) {
            if (child->isText())
                continue;
            if (const LineRange *known = find(child.get())) {
                previousLast = std::max(previousLast, known->last);
                continue;
            }
            LineRange range = fromContent(*child);
            if (child->is(TagId::Table) && child->line() == 0 && previousLast > 0) {
                range.first = previousLast + 1;
                range.last = std::max(range.last, range.first);
            }
            store(child.get(), range);
            previousLast = std::max(previousLast, range.last);
        }
        return *find(&node);
    }
    const LineRange range = fromContent(node);
    store(&node, range);
    return range;
}

LineRange LineRanges::fromContent(const Node &node)
{
    return rangeFromContent(node, [this](const Node &child) { return (*this)(child); });
}

namespace
{

std::size_t slotOf(const Node *node, std::size_t mask)
{
    // Fibonacci hashing of the address: nodes are heap blocks, their low
    // bits carry no information.
    return static_cast<std::size_t>((reinterpret_cast<std::uintptr_t>(node) >> 4) * 0x9E3779B97F4A7C15ull) & mask;
}

} // namespace

const LineRange *LineRanges::find(const Node *node) const
{
    if (m_slots.empty())
        return nullptr;
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = slotOf(node, mask);; i = (i + 1) & mask) {
        if (m_slots[i].node == node)
            return &m_slots[i].range;
        if (!m_slots[i].node)
            return nullptr;
    }
}

void LineRanges::store(const Node *node, LineRange range)
{
    if (2 * (m_used + 1) > m_slots.size()) {
        std::vector<Slot> old = std::move(m_slots);
        m_slots.assign(std::max<std::size_t>(64, 2 * old.size()), Slot {});
        m_used = 0;
        for (const Slot &slot : old)
            if (slot.node)
                store(slot.node, slot.range);
    }
    const std::size_t mask = m_slots.size() - 1;
    std::size_t i = slotOf(node, mask);
    while (m_slots[i].node && m_slots[i].node != node)
        i = (i + 1) & mask;
    if (!m_slots[i].node)
        ++m_used;
    m_slots[i] = { node, range };
}

namespace
{

// Works out the covered lines of node and every element under it, children
// first so that each range comes from stored ones; lines the parser
// recorded stand.
void storeCoveredLines(Node &node)
{
    int previousLast = 0;
    for (const auto &child : node.children()) {
        if (child->isText())
            continue;
        storeCoveredLines(*child);
        if (placedAfterPrevious(*child) && previousLast > 0 && !child->hasRecordedLines()) {
            const int first = previousLast + 1;
            child->setCoveredLines(first, std::max(child->coveredLastLine(), first));
        }
        previousLast = std::max(previousLast, child->coveredLastLine());
    }
    if (node.hasRecordedLines())
        return;
    const LineRange range = rangeFromContent(node, [](const Node &child) {
        return LineRange { child.coveredFirstLine(), child.coveredLastLine() };
    });
    node.setCoveredLines(range.first, range.last);
}

} // namespace

void storeLineRanges(Document &document)
{
    storeCoveredLines(document.root());
    document.setLineRangesStored(true);
}

LineRange lineRange(const Node &node)
{
    return LineRanges()(node);
}

std::vector<Section> outline(const Document &document)
{
    std::vector<Section> sections;
    for (const auto &child : outlineRoot(document).children())
        if (child->is(TagId::Section))
            sections.push_back(sectionFrom(*child, 1));
    return sections;
}

std::string documentTitle(const Document &document)
{
    const Node &root = document.root();
    if (document.transformed()) {
        const Node *title = root.childCount() > 0 && root.child(0)->tag() == "title" ? root.child(0) : nullptr;
        return title ? title->astext() : std::string();
    }
    const Node *promoted = promotionCandidate(root);
    const Node *title = promoted ? titleOf(*promoted) : nullptr;
    return title ? title->astext() : std::string();
}

} // namespace specwright::rst
