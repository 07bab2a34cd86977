// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <span>
#include <utility>
#include <vector>

#include "rst/outline.h"

namespace specwright::rst
{

class Document;
struct SourceRange;

// Works out every element's lineRange() in one pass over the finished tree
// and stores it in the nodes (Node::coveredFirstLine()), for the HTML writer.
void storeLineRanges(Document &document);

// lineRange() for consumers that ask about every node of a tree (the HTML
// writer): each node's range is worked out once. Given the document, the
// ranges its parser recorded (Document::sourceRange) come first.
class LineRanges final
{
public:
    explicit LineRanges(const Document *document = nullptr);
    // Given some of the parser's records only (those of a part being parsed).
    explicit LineRanges(std::span<const std::pair<const Node *, SourceRange>> records);
    LineRange operator()(const Node &node);

private:
    LineRange fromContent(const Node &node);
    // The remembered ranges: an open-addressing table keyed by node address.
    // A large document has millions of nodes; std::unordered_map's
    // allocation per entry made this the writer's slowest part.
    const LineRange *find(const Node *node) const;
    void store(const Node *node, LineRange range);

    struct Slot {
        const Node *node = nullptr;
        LineRange range;
    };
    std::vector<Slot> m_slots;
    std::size_t m_used = 0;
    bool m_recorded = false; // the table holds ranges the parser recorded
};

} // namespace specwright::rst
