// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rst/node.h"

#include <memory>
#include <string_view>
#include <vector>

namespace specwright::rst
{

class Document;

// What the inline markup of one text block turned into: the nodes that go
// into the element, and the system_message nodes the block parser appends
// after it (docutils' Inliner.parse() return value).
struct InlineResult {
    std::vector<std::unique_ptr<Node>> nodes;
    std::vector<std::unique_ptr<Node>> messages;
};

// Parses the inline markup of text, whose first line is source line `line`,
// with docutils 0.21's rules. Registers targets, references, footnote and
// substitution references with the document and takes ids from its counter.
// `parent` is the element the block parser is filling (docutils' state
// parent, e.g. the section around the paragraph): messages about duplicate
// target names are appended to it right away, as docutils does.
InlineResult parseInline(std::string_view text, int line, Document &document, Node *parent = nullptr);
// The same into result, emptied first: its lists keep their room from one
// call to the next (the block parser parses thousands of paragraphs).
void parseInline(std::string_view text, int line, Document &document, Node *parent, InlineResult &result);

} // namespace specwright::rst
