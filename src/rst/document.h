// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "rst/node.h"
#include "rst/texttable.h"

namespace specwright::rst
{

// One problem found in the source, as docutils reports it.
struct Diagnostic {
    int level = 0; // 1 info, 2 warning, 3 error, 4 severe
    std::string type; // "INFO", "WARNING", "ERROR", "SEVERE"
    int line = 0; // 1-based; 0 when unknown
    std::string message;
};

// The settings of the reference (rst_reference.py): docutils' defaults with
// file insertion and raw disabled.
struct Settings {
    int reportLevel = 2;
    int haltLevel = 5;
    int tabWidth = 8;
    std::string idPrefix;
    std::string autoIdPrefix = "%";
    bool fileInsertionEnabled = false;
    bool rawEnabled = false;
};

// A placeholder left for a transform (docutils' nodes.pending): the node in
// the tree plus what only the transform reads.
struct Pending {
    Node *node = nullptr;
    std::string transform; // docutils' dotted name, e.g. "docutils.transforms.parts.Contents"
    int priority = 0;
    // details as (key, value) sorted by key; value is Python's repr() of the
    // docutils value (what the pseudo-XML writer prints), e.g. 2, None,
    // 'entry', ['a'].
    std::map<std::string, std::string> details;
};

// An interpreted text role as a document sees it: one of docutils' role
// functions (or a Sphinx shim of the reference), with the options a "role"
// directive gave it (docutils' roles.CustomRole, flattened).
struct InterpretedRole {
    enum class Kind { Generic, Sphinx, Pep, Rfc, Raw, Code, Math, Unimplemented };
    Kind kind = Kind::Generic;
    const char *tag = ""; // the node of Generic and Sphinx roles
    std::vector<std::string> classes; // the "class" option
    std::optional<std::string> language; // the "language" option (code)
};

// The source lines a node covers where docutils' line numbers do not tell
// them (table parts, overlined titles), recorded by the parser for the
// writers' data-line. innerShift is what to add to the lines the nodes
// inside carry: docutils numbers a table cell's content one line late and
// a csv-table cell's from 1.
struct SourceRange {
    int first = 0;
    int last = 0;
    int innerShift = 0;
};

// A parsed reStructuredText document: the doctree under the root `document`
// node and the registries of docutils' nodes.document that the parser, the
// inliner and the transforms share. Node pointers in the registries point
// into the tree; whoever removes a node from the tree removes it from the
// registries too.
class Document final
{
public:
    explicit Document(std::string sourcePath);
    ~Document();
    Document(const Document &) = delete;
    Document &operator=(const Document &) = delete;

    // The memory parse() makes the document's nodes in (see NodeArena).
    NodeArena &nodeArena() { return m_nodeArena; }

    // Handing out the tree for changes makes the stored line ranges stale.
    Node &root()
    {
        m_lineRangesStored = false;
        return *m_root;
    }
    const Node &root() const { return *m_root; }
    const std::string &sourcePath() const { return m_sourcePath; }
    // The size of the text parsed, in bytes (what writers size their output
    // by).
    std::size_t sourceSize() const { return m_sourceSize; }
    void setSourceSize(std::size_t bytes) { m_sourceSize = bytes; }
    const Settings &settings() const { return m_settings; }
    const std::vector<Diagnostic> &diagnostics() const { return m_diagnostics; }
    // Whether the transforms ran (parse() with applyTransforms).
    bool transformed() const { return m_transformed; }

    // Whether every element's Node::coveredFirstLine() and coveredLastLine()
    // are its lineRange(): parse() stores them last, and root() (the way to
    // change the tree) forgets them.
    bool lineRangesStored() const { return m_lineRangesStored; }
    void setLineRangesStored(bool stored) { m_lineRangesStored = stored; }
    void setTransformed(bool done) { m_transformed = done; }

    // The line of the input line the parser is on (docutils'
    // document.current_line, which nodes added to the tree without a line
    // take) and the line of the top-level parse (what the reporter gives a
    // message that names no line); 0 when unknown.
    int currentLine() const { return m_currentLine; }
    void setCurrentLine(int line) { m_currentLine = line; }
    int reporterLine() const { return m_reporterLine; }
    void setReporterLine(int line) { m_reporterLine = line; }

    // The line docutils' reporter gives a message about node (its
    // get_source_line(), then the reporter's own line): the line of the node
    // or of its nearest ancestor that has one. The walk stops at a node with
    // Node::sourceWithoutLine() (docutils' "source known, line None"), and
    // the result, -1, makes a message without a line.
    int lineOf(const Node &node) const;

    // --- reporter --------------------------------------------------------
    // Makes a system_message node (level, type, line, source, backrefs; the
    // message as its first paragraph, then children) and records the
    // diagnostic. Line 0 means "no line given": the message gets
    // reporterLine(), as docutils' reporter does; -1 gives the message no
    // line; lineNone is docutils' explicit line=None (a node's unknown
    // line passed on): reporterLine() when there is one, else the
    // attribute prints as line="True", as docutils' pseudo-XML does.
    static constexpr int lineNone = -2;
    // docutils' `line=node.line`: the node's line, or lineNone.
    static int lineArgument(const Node &node) { return node.line() > 0 ? node.line() : lineNone; }
    std::unique_ptr<Node> systemMessage(int level,
        std::string_view message,
        int line,
        std::vector<std::unique_ptr<Node>> children = {},
        std::vector<std::string> backrefs = {});
    std::unique_ptr<Node> info(std::string_view message, int line, std::vector<std::unique_ptr<Node>> children = {});
    std::unique_ptr<Node> warning(std::string_view message, int line, std::vector<std::unique_ptr<Node>> children = {});
    std::unique_ptr<Node> error(std::string_view message, int line, std::vector<std::unique_ptr<Node>> children = {});
    std::unique_ptr<Node> severe(std::string_view message, int line, std::vector<std::unique_ptr<Node>> children = {});
    // Records a diagnostic that has no node in the tree (e.g. invalid UTF-8).
    void addDiagnostic(int level, int line, std::string message);
    static const char *levelName(int level);

    // --- ids and names (nodes.document.set_id and friends) ----------------
    // Gives node an id (or registers the ids it has) and returns it. An
    // error message about a duplicate id is appended to msgNode, if given.
    std::string setId(Node &node, Node *msgNode = nullptr, std::string_view suggestedPrefix = {});
    Node *nodeForId(std::string_view id) const;
    // Points id at node, or forgets id.
    void setIdNode(std::string_view id, Node &node);
    void unregisterId(std::string_view id) { m_ids.erase(id); }

    // name -> id (docutils' nameids; no id: None, the name is ambiguous)
    // and whether the name was given explicitly (nametypes).
    bool hasName(std::string_view name) const { return m_names.contains(name); }
    // The id a name stands for; nullopt when the name is unknown or
    // ambiguous.
    std::optional<std::string> nameId(std::string_view name) const;

    void noteImplicitTarget(Node &target, Node *msgNode = nullptr);
    void noteExplicitTarget(Node &target, Node *msgNode = nullptr);
    void noteRefname(Node &node);
    void noteRefid(Node &node);
    void noteIndirectTarget(Node &target);
    void noteAnonymousTarget(Node &target);
    // Every anonymous reference made is noted: without any, and without
    // anonymous targets, there is nothing to pair up.
    void noteAnonymousRef(Node &ref);
    void noteAutofootnote(Node &footnote);
    void noteAutofootnoteRef(Node &ref);
    void noteSymbolFootnote(Node &footnote);
    void noteSymbolFootnoteRef(Node &ref);
    void noteFootnote(Node &footnote);
    void noteFootnoteRef(Node &ref);
    void noteCitation(Node &citation);
    void noteCitationRef(Node &ref);
    void noteSubstitutionDef(Node &definition, std::string_view name, Node *msgNode = nullptr);
    void noteSubstitutionRef(Node &ref, std::string_view refname);
    // Registers a pending node (its transform and details).
    Pending &notePending(Node &node, std::string transform, int priority);
    // The pending registration of node, or null.
    const Pending *pendingFor(const Node *node) const;

    // The roles the "role" and "default-role" directives defined so far, by
    // lowercase name, "" being the default role: docutils' roles._roles,
    // kept per document and filled in parse order, so a role exists from
    // its directive on.
    std::map<std::string, InterpretedRole, std::less<>> &localRoles() { return m_localRoles; }
    const std::map<std::string, InterpretedRole, std::less<>> &localRoles() const { return m_localRoles; }

    // A later record of the same node replaces an earlier one. The node
    // keeps it too (Node::setRecordedLines), for storeLineRanges().
    void noteSourceRange(Node &node, SourceRange range)
    {
        m_sourceRanges.push_back({ &node, range });
        m_sourceRangesSorted = false;
        node.setRecordedLines(range.first, range.last);
    }
    // Sorts the records for quick lookups; parse() does it once the parser
    // is done (unsorted, a lookup reads them all).
    void sortSourceRanges();
    // The range recorded for node, or null.
    const SourceRange *sourceRange(const Node &node) const;
    // All records, in the order they were made (until sorted).
    const std::vector<std::pair<const Node *, SourceRange>> &sourceRanges() const { return m_sourceRanges; }

    // Keeps a subtree the parser made and left out of the tree (a directive's
    // scratch container, a rejected substitution definition) alive: nodes in
    // it may be registered (ids, pending transforms), as they stay in
    // docutils, and the registries must never point at freed nodes.
    Node *keepDetached(std::unique_ptr<Node> node)
    {
        m_detached.push_back(std::move(node));
        return m_detached.back().get();
    }

    // Marks a node as referenced (docutils' node.referenced).
    void setReferenced(const Node &node) { m_referenced.insert(&node); }
    bool isReferenced(const Node &node) const;

    // The registries, for the transforms.
    std::multimap<std::string, Node *> &refnames() { return m_refnames; }
    std::multimap<std::string, Node *> &refids() { return m_refids; }
    std::map<std::string, std::vector<Node *>> &footnoteRefs() { return m_footnoteRefs; }
    std::map<std::string, std::vector<Node *>> &citationRefs() { return m_citationRefs; }
    std::vector<Node *> &autofootnotes() { return m_autofootnotes; }
    std::vector<Node *> &autofootnoteRefs() { return m_autofootnoteRefs; }
    std::vector<Node *> &symbolFootnotes() { return m_symbolFootnotes; }
    std::vector<Node *> &symbolFootnoteRefs() { return m_symbolFootnoteRefs; }
    std::vector<Node *> &footnotes() { return m_footnotes; }
    std::vector<Node *> &citations() { return m_citations; }
    std::vector<Node *> &indirectTargets() { return m_indirectTargets; }
    std::vector<Node *> &anonymousTargets() { return m_anonymousTargets; }
    std::vector<Node *> &anonymousRefs() { return m_anonymousRefs; }
    // whitespace-normalized name -> definition; fully normalized -> name.
    std::map<std::string, Node *> &substitutionDefs() { return m_substitutionDefs; }
    std::map<std::string, std::string> &substitutionNames() { return m_substitutionNames; }
    std::deque<Pending> &pendings() { return m_pendings; }
    int &autofootnoteStart() { return m_autofootnoteStart; }
    int &symbolFootnoteStart() { return m_symbolFootnoteStart; }
    std::map<std::string, int> &idCounter() { return m_idCounter; }

private:
    // setId(), returning the id as the ids table keeps it.
    std::string_view assignId(Node &node, Node *msgNode, std::string_view suggestedPrefix);
    // Maps the names of node to id, text kept in the document (keep()).
    void setNameIdMap(Node &node, std::string_view id, Node *msgNode, bool isExplicit);
    void setDuplicateNameId(Node &node, std::string_view id, const std::string &name, Node *msgNode, bool isExplicit);
    // The line docutils' get_source_line() finds for a node: its own, else
    // its nearest ancestor's.
    int sourceLine(const Node &node) const { return lineOf(node); }

    // First, so that it goes last, after every node made in it.
    NodeArena m_nodeArena;
    std::unique_ptr<Node> m_root;
    std::vector<std::unique_ptr<Node>> m_detached;
    std::string m_sourcePath;
    std::size_t m_sourceSize = 0;
    Settings m_settings;
    std::vector<Diagnostic> m_diagnostics;
    bool m_transformed = false;
    bool m_lineRangesStored = false;
    int m_currentLine = 0;
    int m_reporterLine = 0;

    // Text kept in the arena for as long as the document, for keys.
    std::string_view keep(std::string_view text);
    // Adds name for id (kept text) unless the name is known (then false).
    bool addName(std::string_view name, std::string_view id, bool isExplicit);
    // id -> node, all in the arena: a spec has hundreds of ids.
    TextTable<Node *> m_ids { &m_nodeArena };
    std::map<std::string, int> m_idCounter;
    // name -> id, in the arena like the ids. An entry without an id is
    // docutils' None: the name is ambiguous.
    struct NameEntry {
        std::optional<std::string_view> id;
        bool isExplicit;
    };
    TextTable<NameEntry> m_names { &m_nodeArena };
    std::multimap<std::string, Node *> m_refnames;
    std::multimap<std::string, Node *> m_refids;
    std::map<std::string, std::vector<Node *>> m_footnoteRefs;
    std::map<std::string, std::vector<Node *>> m_citationRefs;
    std::vector<Node *> m_autofootnotes;
    std::vector<Node *> m_autofootnoteRefs;
    std::vector<Node *> m_symbolFootnotes;
    std::vector<Node *> m_symbolFootnoteRefs;
    std::vector<Node *> m_footnotes;
    std::vector<Node *> m_citations;
    std::vector<Node *> m_indirectTargets;
    std::vector<Node *> m_anonymousTargets;
    std::vector<Node *> m_anonymousRefs;
    std::map<std::string, Node *> m_substitutionDefs;
    std::map<std::string, std::string> m_substitutionNames;
    std::deque<Pending> m_pendings;
    std::map<std::string, InterpretedRole, std::less<>> m_localRoles;
    std::vector<std::pair<const Node *, SourceRange>> m_sourceRanges;
    bool m_sourceRangesSorted = true;
    std::unordered_set<const Node *> m_referenced;
    int m_autofootnoteStart = 1;
    int m_symbolFootnoteStart = 0;
};

} // namespace specwright::rst
