// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The block-level parser: a port of docutils 0.21's reStructuredText state
// machine (parsers/rst/states.py and statemachine.py). The structure follows
// docutils closely (states, transitions, nested state machines, the
// exceptions used as control flow) because the exact doctree, messages and
// line numbers fall out of that structure.

#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "rst/document.h"
#include "rst/inline.h"

namespace specwright::rst::detail
{

using LineList = std::vector<std::string_view>;
using LineSpan = std::span<const std::string_view>;

enum class State {
    Body,
    BulletList,
    DefinitionList,
    EnumeratedList,
    FieldList,
    OptionList,
    LineBlock,
    ExtensionOptions,
    // The content of a meta directive (docutils' MetaBody): field markers
    // only, each one a meta element.
    MetaBody,
    Explicit,
    SubstitutionDef,
    Text,
    Definition,
    Line,
    QuotedLiteralBlock,
    // Not a state: a transition ended the machine (docutils raises EOFError
    // for it; returning it is much cheaper than throwing).
    Stop,
    // Not a state: the line is to be taken again as Parser::m_correction
    // says (docutils raises TransitionCorrection or StateCorrection; the
    // common cases return this instead, as throwing costs far more).
    Corrected,
};

enum class Transition {
    None,
    Blank,
    Indent,
    Bullet,
    Enumerator,
    FieldMarker,
    OptionMarker,
    Doctest,
    LineBlock,
    GridTableTop,
    SimpleTableTop,
    ExplicitMarkup,
    Anonymous,
    Line,
    Text,
    Underline,
    EmbeddedDirective,
    InitialQuoted,
    Quoted,
};

// docutils' EOFError, TransitionCorrection and StateCorrection.
struct EndOfInput {
};
struct TransitionCorrection {
    Transition transition;
};
struct StateCorrection {
    State state;
    Transition transition = Transition::None;
};
// docutils' MarkupError (a malformed construct or directive block).
struct MarkupError {
    std::string message;
};

enum class EnumFormat { Parens, Rparen, Period };

// The outcome of a transition pattern on a line.
struct Match {
    Transition transition = Transition::None;
    std::size_t end = 0; // bytes
    // enumerator
    EnumFormat format = EnumFormat::Period;
    std::string_view enumText;
    // line block: the spaces after '|'
    std::size_t groupLength = 0;
};

class Parser;

// Where the Inliner.simplename starting at pos ends (pos when none does):
// (?:(?!_)\w)+(?:[-._+:](?:(?!_)\w)+)*
std::size_t simpleNameEnd(std::string_view text, std::size_t pos);

// One (nested) state machine run over a list of lines.
struct Machine {
    LineSpan lines;
    int inputOffset = 0;
    // The source offset of lines[0]: inputOffset, except for text that is
    // not a slice of the source (csv-table cells count from 0, as docutils'
    // StringList items do).
    int sourceOffset = 0;
    int lineOffset = -1;
    Node *node = nullptr;
    bool matchTitles = false;
    bool connected = false;
    bool isRoot = false;
    // per-state data of docutils' state objects
    bool blankFinish = false;
    int lastOrdinal = 0;
    EnumFormat format = EnumFormat::Period;
    bool autoEnum = false;
    bool eofcheck = true;
    // QuotedLiteralBlock
    std::vector<std::unique_ptr<Node>> quotedMessages;
    int quotedInitialLine = 0;
    std::optional<char> quoteChar;

    std::string_view line() const { return lines[static_cast<std::size_t>(lineOffset)]; }
    bool hasLine() const { return lineOffset >= 0 && lineOffset < static_cast<int>(lines.size()); }
    int absLineOffset() const { return lineOffset + inputOffset; }
    int absLineNumber() const { return lineOffset + inputOffset + 1; }
    bool atEof() const { return lineOffset >= static_cast<int>(lines.size()) - 1; }
    bool isNextLineBlank() const
    {
        const auto next = static_cast<std::size_t>(lineOffset + 1);
        return next >= lines.size() || lines[next].empty();
    }
};

struct Indented {
    LineList lines;
    int indent = 0;
    int offset = 0; // absolute offset of the first line
    bool blankFinish = true;
};

struct DirectiveSpec;

class Parser final
{
public:
    explicit Parser(Document &document);

    void parseDocument(LineSpan lines);

    // Directive support (directives.cpp).
    Document &document() { return m_document; }
    int nestedParse(
        LineSpan block, int inputOffset, Node &node, bool matchTitles = false, std::optional<int> sourceOffset = {});
    std::string_view keep(std::string text);
    LineList splitIntoLines(std::string_view text);
    std::vector<std::unique_ptr<Node>> inlineText(
        std::string_view text, int line, std::vector<std::unique_ptr<Node>> &messages);
    int currentSourceLine() const;
    Machine &machine() { return *m_machine; }
    void attach(Node &parent, std::unique_ptr<Node> child);
    void nestLineBlock(Node &block, const std::vector<int> &indents);
    std::vector<std::unique_ptr<Node>> blockQuotePublic(const LineList &lines, int offset);
    // Parses the content of a meta directive into node (its meta elements
    // and messages) and returns the absolute line offset it stopped at.
    int metaBodyParse(Machine &m, LineSpan block, int inputOffset, Node &node);

private:
    friend class DirectiveRunner;

    void run(Machine &m, State initial);
    State checkLine(Machine &m, State state, std::vector<std::string_view> &context, Transition forced);
    // Stop, or Corrected.
    State stateEof(Machine &m, State state, std::vector<std::string_view> &context);
    bool matches(Machine &m, State state, Transition transition, std::string_view line, Match &match);
    State dispatch(Machine &m, State state, const Match &match, std::vector<std::string_view> &context);
    State invalidInput(Machine &m);

    // line movement (docutils' StateMachine)
    bool nextLine(Machine &m, int n = 1);
    void previousLine(Machine &m, int n = 1);
    bool gotoLine(Machine &m, int absOffset);
    void notify(Machine &m);
    int sourceLine(const Machine &m, int lineno) const;
    int sourceLine(const Machine &m) const;

    Indented getIndented(Machine &m, bool untilBlank = false, bool stripIndent = true);
    Indented getKnownIndented(Machine &m, int indent, bool untilBlank = false, bool stripIndent = true);
    Indented getFirstKnownIndented(
        Machine &m, std::size_t indentBytes, bool untilBlank = false, bool stripIndent = true, bool stripTop = true);
    Indented indentedBlock(Machine &m,
        bool untilBlank,
        bool stripIndent,
        std::optional<int> blockIndent,
        std::optional<std::size_t> firstIndentBytes);

    int nestedListParse(Machine &m,
        LineSpan block,
        int inputOffset,
        Node &node,
        State initial,
        bool &blankFinish,
        bool matchTitles = false,
        Machine *setup = nullptr);
    std::unique_ptr<Node> unindentWarning(Machine &m, std::string_view nodeName);

    // Body
    void blockQuoteTransition(Machine &m);
    std::vector<std::unique_ptr<Node>> blockQuote(LineList indented, int lineOffset);
    void bullet(Machine &m, const Match &match);
    std::pair<std::unique_ptr<Node>, bool> listItem(Machine &m, std::size_t indentBytes);
    // The state to go on in, or Corrected.
    State enumerator(Machine &m, State state, const Match &match);
    bool isEnumeratedListItem(Machine &m, std::optional<int> ordinal, const std::string &sequence, EnumFormat format);
    void fieldMarker(Machine &m, const Match &match);
    std::pair<std::unique_ptr<Node>, bool> field(Machine &m, const Match &match, bool extensionOptions);
    // A field of a meta directive: a meta element, or the message saying
    // why there is none.
    std::unique_ptr<Node> metaField(Machine &m, const Match &match);
    void optionMarker(Machine &m, const Match &match);
    std::pair<std::unique_ptr<Node>, bool> optionListItem(Machine &m, const Match &match);
    void doctest(Machine &m);
    void lineBlock(Machine &m, const Match &match);
    std::unique_ptr<Node> lineBlockLine(
        Machine &m, const Match &match, int lineno, std::vector<std::unique_ptr<Node>> &messages, bool &blankFinish);
    void table(Machine &m, bool grid);
    std::unique_ptr<Node> malformedTable(
        Machine &m, std::span<const std::string_view> block, const std::string &detail = {}, int offset = 0);

public:
    // cellsFromZero: the cells' lines are not source lines (csv-table).
    std::unique_ptr<Node> buildTable(const struct TableData &data,
        int tableline,
        int stubColumns = 0,
        const std::string &widths = {},
        bool cellsFromZero = false);

private:
    void explicitMarkup(Machine &m, const Match &match, bool inExplicitState);
    std::pair<std::vector<std::unique_ptr<Node>>, bool> explicitConstruct(Machine &m, const Match &match);
    void explicitList(Machine &m, bool blankFinish);
    std::pair<std::vector<std::unique_ptr<Node>>, bool> footnote(Machine &m, std::string_view label, std::size_t end);
    std::pair<std::vector<std::unique_ptr<Node>>, bool> citation(Machine &m, std::string_view label, std::size_t end);
    std::pair<std::vector<std::unique_ptr<Node>>, bool> hyperlinkTarget(Machine &m, std::size_t end);
    std::pair<std::vector<std::unique_ptr<Node>>, bool> anonymousTarget(Machine &m, std::size_t end);
    std::unique_ptr<Node> makeTarget(Machine &m,
        const LineList &block,
        const std::string &blockText,
        int lineno,
        std::optional<std::string> targetName);
    std::pair<std::vector<std::unique_ptr<Node>>, bool> substitutionDef(Machine &m, std::size_t end);
    std::pair<std::vector<std::unique_ptr<Node>>, bool> comment(Machine &m, std::size_t end);
    std::pair<std::vector<std::unique_ptr<Node>>, bool> directive(
        Machine &m, std::string_view name, std::size_t end, const std::string &altPreset);
    State lineTransition(Machine &m, std::string_view line, std::vector<std::string_view> &context);

    // Text
    void paragraphBlank(Machine &m, std::vector<std::string_view> &context);
    void textTransition(Machine &m, std::vector<std::string_view> &context);
    // Attaches the paragraph (and the messages about its text) to m.node;
    // returns whether a literal block follows ("::").
    bool paragraph(Machine &m, LineSpan lines, int lineno);
    std::vector<std::unique_ptr<Node>> literalBlock(Machine &m);
    std::vector<std::unique_ptr<Node>> quotedLiteralBlock(Machine &m);
    void definitionListTransition(Machine &m, std::vector<std::string_view> &context);
    std::pair<std::unique_ptr<Node>, bool> definitionListItem(
        Machine &m, const std::vector<std::string_view> &termline);
    std::vector<std::unique_ptr<Node>> term(
        Machine &m, std::string_view text, int lineno, std::vector<std::unique_ptr<Node>> &messages);
    bool underline(Machine &m, const Match &match, std::vector<std::string_view> &context);
    bool lineText(Machine &m, std::string_view line, std::vector<std::string_view> &context);
    // Body, or Corrected.
    State lineBlankOrEof(Machine &m, std::vector<std::string_view> &context, bool atEof);
    void lineUnderline(Machine &m, std::vector<std::string_view> &context);
    [[noreturn]] void shortOverline(
        Machine &m, std::vector<std::string_view> &context, const std::string &blockText, int lineno, int lines);
    // Steps back over lines and asks for the Body state and the Text
    // transition: returns Corrected (stateCorrection() throws it instead).
    State correctState(Machine &m, std::vector<std::string_view> &context, int lines);
    [[noreturn]] void stateCorrection(Machine &m, std::vector<std::string_view> &context, int lines);
    // Asks for the line to be taken again with transition: returns Corrected.
    State correctTransition(Transition transition);

    // sections
    bool section(Machine &m,
        std::string_view title,
        std::string_view source,
        const std::string &style,
        int lineno,
        std::vector<std::unique_ptr<Node>> messages);
    enum class SubsectionCheck { New, Rejected, BubbleUp };
    SubsectionCheck checkSubsection(Machine &m, std::string_view source, const std::string &style, int lineno);
    // titleLines: 2 for a title with an underline, 3 with an overline too.
    bool newSubsection(
        Machine &m, std::string_view title, int lineno, std::vector<std::unique_ptr<Node>> messages, int titleLines);

    Document &m_document;
    Machine *m_machine = nullptr; // the machine running now
    // What paragraph() parses its text into, kept for the next one.
    InlineResult m_paragraphInlines;
    // What a transition that returned State::Corrected asked for.
    StateCorrection m_correction { State::Body };
    bool m_correctionChangesState = false;
    Machine *m_root = nullptr;
    std::vector<std::string> m_titleStyles;
    int m_sectionLevel = 0;
    bool m_sectionBubbleUpKludge = false;
    std::deque<std::string> m_arena; // text of lines made while parsing
    int m_depth = 0;
};

// Splits a source into docutils' input lines: \v and \f as spaces,
// Python's splitlines(), tabs expanded to 8 columns, trailing whitespace
// stripped. Lines made are kept in arena.
LineList sourceLines(std::string_view text, std::deque<std::string> &arena);

// Python's len() of leading whitespace and slicing by code points.
std::string_view dropCodePoints(std::string_view text, std::size_t count);
std::size_t leadingWhitespace(std::string_view text);

} // namespace specwright::rst::detail
