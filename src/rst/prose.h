// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Which words of an RST source line are prose a reader sees, for spell
// checking as you type. It works line by line, as an editor's highlighter
// does: what the earlier lines make of the next one (a literal block after
// "::", a directive's options, a comment) travels in a small ProseContext
// that packs into an int.
//
// Left out: literal blocks, the bodies of code-like directives (code-block,
// math, graphviz, ...), comments, hyperlink targets and substitution
// definitions with their indented continuation, directive lines and their
// ":option:" lines, ``inline literals``, :role:`text` and `interpreted text`,
// substitution, footnote and citation references, reference names (name_),
// URLs and e-mail addresses, field names, enumerators, and words that look
// like code or names (digits, underscores, dots or slashes inside, inner
// capitals as in OpenStack, all capitals as in API). The text of
// `link <url>`_ and `link`_ references is prose; their URL is not.

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace specwright::rst
{

struct ProseContext {
    enum class Mode : std::uint8_t {
        Text, // prose, or the line decides
        LiteralExpected, // the line before ended with "::"
        LiteralExpectedAfterBlank, // ... and a blank line followed
        Literal, // inside an indented literal block
        QuotedLiteral, // inside a quoted literal block
        Skipped, // inside a comment, target or code directive body
        DirectiveHead, // after a directive line, before its first blank line
        EmptyComment, // after a bare ".."
    };
    // Inline markup left open at the end of the line before.
    enum class Open : std::uint8_t {
        Nothing,
        InlineLiteral, // ``...
        Interpreted, // :role:`...  (skipped)
        Reference, // `...  (text checked: most likely `text <url>`_)
    };

    Mode mode = Mode::Text;
    Open open = Open::Nothing;
    // DirectiveHead: whether the directive's body is code, not prose.
    bool literalBody = false;
    // The indent (in columns) a line must exceed to belong to the literal
    // block, comment or directive; capped at 255.
    int indent = 0;
    // QuotedLiteral: the punctuation character starting each line.
    char quote = 0;

    // The context in 21 bits, non-negative, and back.
    int pack() const;
    static ProseContext unpack(int packed);

    friend bool operator==(const ProseContext &, const ProseContext &) = default;
};

// A word to check: byte offset and length in the line (UTF-8).
struct ProseWord {
    std::size_t offset = 0;
    std::size_t length = 0;

    friend bool operator==(const ProseWord &, const ProseWord &) = default;
};

struct ProseLine {
    std::vector<ProseWord> words;
    // The context of the line after this one.
    ProseContext next;
};

// The words to spell-check in one line (without its line break), given the
// context the lines before it left.
ProseLine scanProse(std::string_view line, ProseContext context = {});

} // namespace specwright::rst
