// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace specwright::rst
{

class Document;
class Node;

// One section of a document, as the outline panel and the specs gate see it.
struct Section {
    std::string title; // the title's text (astext), e.g. "Problem description"
    std::string rawTitle; // the title's source text, inline markup kept
    int level = 0; // 1 = top
    int line = 0; // line of the title text, 1-based
    int endLine = 0; // last line of the section
    std::vector<Section> children;
};

// The section tree after document title promotion: when the document's only
// top-level section became the document title (docutils' DocTitle), its
// subsections are the level-1 sections. Documents parsed without transforms
// are read as if the promotion had run, so both give the same outline.
std::vector<Section> outline(const Document &document);

// The document title (astext), or "" when the document has none.
std::string documentTitle(const Document &document);

// The first and last source line a node covers (1-based, 0 when unknown),
// from the lines the parser recorded: a section title covers its text and
// underline, an element with children what they reach, a text element its
// lines of text.
struct LineRange {
    int first = 0;
    int last = 0;
};
LineRange lineRange(const Node &node);

} // namespace specwright::rst
