// SPDX-License-Identifier: GPL-3.0-or-later
#include "rst/outline.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "rst/document.h"
#include "rst/node.h"

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
        if (child.tag() == "section" && i + 1 == container.childCount())
            return &child;
        return nullptr;
    }
    return nullptr;
}

const Node *titleOf(const Node &node)
{
    for (const auto &child : node.children())
        if (child->tag() == "title")
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
    LineRange range = lineRange(node);
    section.line = range.first;
    section.endLine = range.last;
    if (const Node *title = titleOf(node)) {
        section.title = title->astext();
        section.rawTitle = title->rawSource().empty() ? section.title : title->rawSource();
        if (title->line() > 0)
            section.line = title->line();
    }
    for (const auto &child : node.children())
        if (child->tag() == "section")
            section.children.push_back(sectionFrom(*child, level + 1));
    return section;
}

} // namespace

LineRange lineRange(const Node &node)
{
    LineRange range { node.line(), node.endLine() };
    if (range.first > 0 && range.last >= range.first)
        return range;
    int newlines = 0;
    for (const auto &child : node.children()) {
        if (child->isText()) {
            newlines += static_cast<int>(std::count(child->textValue().begin(), child->textValue().end(), '\n'));
            continue;
        }
        LineRange inner = lineRange(*child);
        if (inner.first > 0 && (range.first == 0 || inner.first < range.first) && node.line() == 0)
            range.first = inner.first;
        range.last = std::max(range.last, inner.last);
    }
    if (range.first > 0)
        range.last = std::max(range.last, range.first + newlines);
    return range;
}

std::vector<Section> outline(const Document &document)
{
    std::vector<Section> sections;
    for (const auto &child : outlineRoot(document).children())
        if (child->tag() == "section")
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
