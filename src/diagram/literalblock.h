// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Diagrams live in specs as literal blocks. These pure text functions find
// the block under the cursor, write an edited diagram back in place and
// insert a new one; the editor applies the TextEdit they return. Lines are
// counted from 0, indents in columns with tabs at 8-column stops.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace specwright::diagram
{

struct LiteralBlock {
    enum class Form {
        Paragraph, // a paragraph ending in "::", or "::" alone
        Directive, // .. code-block:: (also code, sourcecode, parsed-literal)
        Quoted, // unindented lines all starting with the same punctuation
    };
    Form form = Form::Paragraph;
    int markerLine = 0; // the line ending in "::" or holding the directive
    int markerIndent = 0; // indent of its text (after a list item's marker)
    int firstLine = 0; // first line of the content
    int lastLine = 0; // last non-blank line of the content
    int indent = 0; // the content's indent
    std::string text; // the content de-indented, each line ending in '\n'
};

// Every literal block of an RST document, in order.
std::vector<LiteralBlock> findLiteralBlocks(std::string_view document);
// The block whose marker or content holds the line.
std::optional<LiteralBlock> literalBlockAt(std::string_view document, int line);

// Replace removedLines lines from firstLine on by text (whole lines, each
// ending in '\n').
struct TextEdit {
    int firstLine = 0;
    int removedLines = 0;
    std::string text;

    friend bool operator==(const TextEdit &, const TextEdit &) = default;
};

// Writes a diagram back over the block's content, with the block's indent.
TextEdit replaceLiteralBlock(const LiteralBlock &block, std::string_view diagramText);

// Inserts a diagram before the line as a "::" literal block: blank lines
// around it, the "::" at the indent of the text above and the diagram
// indented by the document's usual literal block indent (4 when it has
// none).
TextEdit insertDiagram(std::string_view document, int line, std::string_view diagramText);

// The indent a document gives its literal blocks relative to the paragraph
// introducing them: the most common one, 4 when there is none.
int literalIndentStep(std::string_view document);

std::string applyEdit(std::string_view document, const TextEdit &edit);

// A diagram's widest line plus the block's indent, against the line limit.
struct WidthCheck {
    int widest = 0;
    int indent = 0;
    int limit = 79;

    int width() const { return widest + indent; }
    bool fits() const { return width() <= limit; }
    int excess() const { return fits() ? 0 : width() - limit; }
    // The widest a diagram may be at this indent.
    int room() const { return limit - indent; }
};
WidthCheck checkWidth(std::string_view diagramText, int indent, int limit = 79);

// Columns a line of UTF-8 text takes: East Asian wide characters count 2,
// combining marks 0.
int displayWidth(std::string_view text);

} // namespace specwright::diagram
