// SPDX-License-Identifier: GPL-3.0-or-later
#include "rst/document.h"

#include <algorithm>
#include <functional>

#include "rst/text.h"

namespace specwright::rst
{

namespace
{

void dupname(Node &node, const std::string &name)
{
    node.listRef("dupnames").emplace_back(name);
    auto &names = node.listRef("names");
    if (auto it = std::find(names.begin(), names.end(), std::string_view(name)); it != names.end())
        names.erase(it);
}

} // namespace

Document::Document(std::string sourcePath)
    : m_root([this] {
        const NodeArena::Scope inArena(m_nodeArena);
        return Node::element(TagId::Document);
    }())
    , m_sourcePath(std::move(sourcePath))
{
    m_root->setAttribute("source", m_sourcePath);
}

Document::~Document()
{
    // A node made in the arena keeps everything it holds there too. Unless
    // a node from elsewhere joined them, the nodes go with the arena at
    // once, without a walk over millions of them.
    if (m_nodeArena.holdsForeignNodes())
        return;
    auto dropWithArena = [this](std::unique_ptr<Node> &node) {
        if (node && node->madeIn(m_nodeArena))
            (void)node.release();
    };
    dropWithArena(m_root);
    for (auto &node : m_detached)
        dropWithArena(node);
}

const char *Document::levelName(int level)
{
    static const char *const names[] = { "DEBUG", "INFO", "WARNING", "ERROR", "SEVERE" };
    return names[std::clamp(level, 0, 4)];
}

std::unique_ptr<Node> Document::systemMessage(int level,
    std::string_view message,
    int line,
    std::vector<std::unique_ptr<Node>> children,
    std::vector<std::string> backrefs)
{
    auto node = Node::element(TagId::SystemMessage);
    node->setAttribute("level", std::to_string(level));
    node->setAttribute("type", levelName(level));
    node->setAttribute("source", m_sourcePath);
    // As docutils' reporter: a message that names no line gets the line of
    // the top-level parse.
    if (line == 0 || (line == lineNone && m_reporterLine > 0))
        line = m_reporterLine;
    if (line == lineNone)
        node->setAttribute("line", "True");
    if (line > 0) {
        node->setAttribute("line", std::to_string(line));
        node->setLine(line);
    }
    if (!backrefs.empty())
        node->setList("backrefs", std::move(backrefs));
    if (!message.empty()) {
        auto paragraph = Node::element(TagId::Paragraph);
        paragraph->append(Node::text(std::string(message)));
        node->append(std::move(paragraph));
    }
    for (auto &child : children)
        node->append(std::move(child));
    m_diagnostics.push_back({ level, levelName(level), std::max(0, line), std::string(message) });
    return node;
}

std::unique_ptr<Node> Document::info(std::string_view message, int line, std::vector<std::unique_ptr<Node>> children)
{
    return systemMessage(1, message, line, std::move(children));
}

std::unique_ptr<Node> Document::warning(std::string_view message, int line, std::vector<std::unique_ptr<Node>> children)
{
    return systemMessage(2, message, line, std::move(children));
}

std::unique_ptr<Node> Document::error(std::string_view message, int line, std::vector<std::unique_ptr<Node>> children)
{
    return systemMessage(3, message, line, std::move(children));
}

std::unique_ptr<Node> Document::severe(std::string_view message, int line, std::vector<std::unique_ptr<Node>> children)
{
    return systemMessage(4, message, line, std::move(children));
}

void Document::addDiagnostic(int level, int line, std::string message)
{
    m_diagnostics.push_back({ level, levelName(level), line, std::move(message) });
}

int Document::lineOf(const Node &node) const
{
    for (const Node *n = &node; n; n = n->parent()) {
        if (n->line() != 0)
            return n->line();
        if (n->sourceWithoutLine())
            return -1;
    }
    return m_reporterLine;
}

std::string Document::setId(Node &node, Node *msgNode, std::string_view suggestedPrefix)
{
    return std::string(assignId(node, msgNode, suggestedPrefix));
}

std::string_view Document::assignId(Node &node, Node *msgNode, std::string_view suggestedPrefix)
{
    const auto &existing = node.list("ids");
    if (!existing.empty()) {
        for (const auto &id : existing) {
            Node *const *known = m_ids.find(std::string_view(id));
            if (!known) {
                m_ids.set(keep(id), &node);
            } else if (*known != &node) {
                auto msg = severe("Duplicate ID: \"" + std::string(id) + "\".", 0);
                if (msgNode)
                    msgNode->append(std::move(msg));
            }
        }
        return keep(existing.back());
    }
    const std::string &idPrefix = m_settings.idPrefix;
    // The id with the prefix; made from a name when it is more than the
    // prefix.
    std::string id;
    bool found = false;
    for (const auto &name : node.list("names")) {
        id = idPrefix.empty() ? makeId(name) : idPrefix + makeId("x" + name).substr(1);
        if (id.size() > idPrefix.size() && !m_ids.contains(id)) {
            found = true;
            break;
        }
    }
    if (!found) {
        std::string prefix;
        if (id.size() > idPrefix.size() && m_settings.autoIdPrefix.ends_with('%')) {
            prefix = id + "-";
        } else {
            prefix = idPrefix + m_settings.autoIdPrefix;
            if (prefix.ends_with('%')) {
                prefix.pop_back();
                prefix += suggestedPrefix.empty() ? makeId(node.tag()) : std::string(suggestedPrefix);
                prefix += '-';
            }
        }
        auto &counter = m_idCounter[prefix];
        do {
            ++counter;
            id = prefix + std::to_string(counter);
        } while (m_ids.contains(id));
    }
    node.listRef("ids").emplace_back(id);
    // The id is new: found free above.
    const std::string_view kept = keep(id);
    m_ids.set(kept, &node);
    return kept;
}

std::string_view Document::keep(std::string_view text)
{
    auto *chars = static_cast<char *>(m_nodeArena.allocate(text.size(), 1));
    std::copy(text.begin(), text.end(), chars);
    return { chars, text.size() };
}

void Document::setIdNode(std::string_view id, Node &node)
{
    if (Node **known = m_ids.find(id))
        *known = &node;
    else
        m_ids.set(keep(id), &node);
}

Node *Document::nodeForId(std::string_view id) const
{
    Node *const *known = m_ids.find(id);
    return known ? *known : nullptr;
}

bool Document::addName(std::string_view name, std::string_view id, bool isExplicit)
{
    if (m_names.contains(name))
        return false;
    m_names.set(keep(name), NameEntry { id, isExplicit });
    return true;
}

std::optional<std::string> Document::nameId(std::string_view name) const
{
    const NameEntry *entry = m_names.find(name);
    if (!entry || !entry->id)
        return std::nullopt;
    return std::string(*entry->id);
}

void Document::setNameIdMap(Node &node, std::string_view id, Node *msgNode, bool isExplicit)
{
    const StringList &names = node.list("names");
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (addName(names[i], id, isExplicit))
            continue;
        // A duplicate moves names from the node's names to its dupnames:
        // the rest goes on over a copy.
        const std::vector<std::string> rest(names.begin() + static_cast<std::ptrdiff_t>(i), names.end());
        setDuplicateNameId(node, id, rest.front(), msgNode, isExplicit);
        for (std::size_t j = 1; j < rest.size(); ++j) {
            if (!addName(rest[j], id, isExplicit))
                setDuplicateNameId(node, id, rest[j], msgNode, isExplicit);
        }
        return;
    }
}

void Document::setDuplicateNameId(
    Node &node, std::string_view id, const std::string &name, Node *msgNode, bool isExplicit)
{
    NameEntry &entry = *m_names.find(std::string_view(name));
    const std::optional<std::string> oldId = entry.id ? std::optional<std::string>(*entry.id) : std::nullopt;
    const bool oldExplicit = entry.isExplicit;
    entry.isExplicit = oldExplicit || isExplicit;
    if (isExplicit) {
        if (oldExplicit) {
            int level = 2;
            if (oldId) {
                Node *oldNode = nodeForId(*oldId);
                if (node.hasAttribute("refuri") && oldNode) {
                    if (!oldNode->list("names").empty() && oldNode->hasAttribute("refuri")
                        && oldNode->attribute("refuri") == node.attribute("refuri"))
                        level = 1;
                }
                if (level > 1) {
                    if (oldNode) {
                        dupname(*oldNode, name);
                        setReferenced(*oldNode);
                    }
                    entry.id = std::nullopt;
                }
            }
            auto msg = systemMessage(
                level, "Duplicate explicit target name: \"" + name + "\".", sourceLine(node), {}, { std::string(id) });
            if (msgNode)
                msgNode->append(std::move(msg));
            dupname(node, name);
            setReferenced(node);
        } else {
            entry.id = id;
            if (oldId) {
                if (Node *oldNode = nodeForId(*oldId)) {
                    dupname(*oldNode, name);
                    setReferenced(*oldNode);
                }
            }
        }
    } else {
        if (oldId && !oldExplicit) {
            entry.id = std::nullopt;
            if (Node *oldNode = nodeForId(*oldId)) {
                dupname(*oldNode, name);
                setReferenced(*oldNode);
            }
        }
        dupname(node, name);
        setReferenced(node);
    }
    if (!isExplicit || (!oldExplicit && oldId)) {
        auto msg = systemMessage(
            1, "Duplicate implicit target name: \"" + name + "\".", sourceLine(node), {}, { std::string(id) });
        if (msgNode)
            msgNode->append(std::move(msg));
    }
}

void Document::noteImplicitTarget(Node &target, Node *msgNode)
{
    setNameIdMap(target, assignId(target, msgNode, {}), msgNode, false);
}

void Document::noteExplicitTarget(Node &target, Node *msgNode)
{
    setNameIdMap(target, assignId(target, msgNode, {}), msgNode, true);
}

void Document::noteRefname(Node &node)
{
    m_refnames.emplace(node.attribute("refname"), &node);
}

void Document::noteRefid(Node &node)
{
    m_refids.emplace(node.attribute("refid"), &node);
}

void Document::noteIndirectTarget(Node &target)
{
    m_indirectTargets.push_back(&target);
    if (!target.list("names").empty())
        noteRefname(target);
}

void Document::noteAnonymousTarget(Node &target)
{
    setId(target);
    m_anonymousTargets.push_back(&target);
}

void Document::noteAnonymousRef(Node &ref)
{
    m_anonymousRefs.push_back(&ref);
}

void Document::noteAutofootnote(Node &footnote)
{
    setId(footnote);
    m_autofootnotes.push_back(&footnote);
}

void Document::noteAutofootnoteRef(Node &ref)
{
    setId(ref);
    m_autofootnoteRefs.push_back(&ref);
}

void Document::noteSymbolFootnote(Node &footnote)
{
    setId(footnote);
    m_symbolFootnotes.push_back(&footnote);
}

void Document::noteSymbolFootnoteRef(Node &ref)
{
    setId(ref);
    m_symbolFootnoteRefs.push_back(&ref);
}

void Document::noteFootnote(Node &footnote)
{
    setId(footnote);
    m_footnotes.push_back(&footnote);
}

void Document::noteFootnoteRef(Node &ref)
{
    setId(ref);
    m_footnoteRefs[ref.attribute("refname")].push_back(&ref);
    noteRefname(ref);
}

void Document::noteCitation(Node &citation)
{
    m_citations.push_back(&citation);
}

void Document::noteCitationRef(Node &ref)
{
    setId(ref);
    m_citationRefs[ref.attribute("refname")].push_back(&ref);
    noteRefname(ref);
}

void Document::noteSubstitutionDef(Node &definition, std::string_view defName, Node *msgNode)
{
    const std::string name = whitespaceNormalizeName(defName);
    if (auto it = m_substitutionDefs.find(name); it != m_substitutionDefs.end()) {
        auto msg = error("Duplicate substitution definition name: \"" + name + "\".", sourceLine(definition));
        if (msgNode)
            msgNode->append(std::move(msg));
        dupname(*it->second, name);
        setReferenced(*it->second);
    }
    m_substitutionDefs[name] = &definition;
    m_substitutionNames[fullyNormalizeName(name)] = name;
}

void Document::noteSubstitutionRef(Node &ref, std::string_view refname)
{
    ref.setAttribute("refname", whitespaceNormalizeName(refname));
}

Pending &Document::notePending(Node &node, std::string transform, int priority)
{
    m_pendings.push_back({ &node, std::move(transform), priority, {} });
    return m_pendings.back();
}

const Pending *Document::pendingFor(const Node *node) const
{
    for (const auto &pending : m_pendings) {
        if (pending.node == node)
            return &pending;
    }
    return nullptr;
}

void Document::sortSourceRanges()
{
    // by node, the last record of each node first, then only that one kept
    std::vector<std::size_t> order(m_sourceRanges.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [this](std::size_t a, std::size_t b) {
        const auto *left = m_sourceRanges[a].first;
        const auto *right = m_sourceRanges[b].first;
        return std::less<const Node *>()(left, right) || (left == right && a > b);
    });
    std::vector<std::pair<const Node *, SourceRange>> sorted;
    sorted.reserve(order.size());
    for (const std::size_t i : order) {
        if (sorted.empty() || sorted.back().first != m_sourceRanges[i].first)
            sorted.push_back(m_sourceRanges[i]);
    }
    m_sourceRanges = std::move(sorted);
    m_sourceRangesSorted = true;
}

const SourceRange *Document::sourceRange(const Node &node) const
{
    if (m_sourceRanges.empty())
        return nullptr;
    if (!m_sourceRangesSorted) {
        for (auto it = m_sourceRanges.rbegin(); it != m_sourceRanges.rend(); ++it)
            if (it->first == &node)
                return &it->second;
        return nullptr;
    }
    const auto it = std::lower_bound(
        m_sourceRanges.begin(), m_sourceRanges.end(), &node, [](const auto &record, const Node *key) {
            return std::less<const Node *>()(record.first, key);
        });
    return it != m_sourceRanges.end() && it->first == &node ? &it->second : nullptr;
}

bool Document::isReferenced(const Node &node) const
{
    return m_referenced.contains(&node);
}

} // namespace specwright::rst
