// SPDX-License-Identifier: GPL-3.0-or-later
// The doctree transforms of docutils' standalone reader and pseudo-XML
// writer, in their priority order (docutils/transforms/*.py). Transforms
// with no effect under the reference settings (smart quotes, comment
// stripping, decorations, exposed internals) are left out.
#include "rst/transforms.h"

#include "rst/document.h"
#include "rst/text.h"

#include <algorithm>
#include <array>
#include <functional>
#include <iterator>
#include <limits>
#include <regex>
#include <unordered_map>
#include <unordered_set>

namespace specwright::rst
{

namespace
{

bool hasTag(const Node &node, std::initializer_list<std::string_view> tags)
{
    return std::find(tags.begin(), tags.end(), node.tag()) != tags.end();
}

bool isInvisible(const Node &node)
{
    return hasTag(node, { "comment", "substitution_definition", "target", "pending" });
}

bool isPreBibliographic(const Node &node)
{
    return isInvisible(node)
        || hasTag(node, { "title", "subtitle", "meta", "decoration", "header", "footer", "system_message", "raw" });
}

bool isTargetable(const Node &node)
{
    return hasTag(node, { "target", "footnote", "citation" });
}

bool isTextElement(const Node &node)
{
    return hasTag(node,
               { "paragraph",
                   "title",
                   "subtitle",
                   "rubric",
                   "author",
                   "organization",
                   "address",
                   "contact",
                   "version",
                   "revision",
                   "status",
                   "date",
                   "copyright",
                   "term",
                   "classifier",
                   "field_name",
                   "option_argument",
                   "option_string",
                   "literal_block",
                   "doctest_block",
                   "math_block",
                   "line",
                   "attribution",
                   "comment",
                   "substitution_definition",
                   "target",
                   "label",
                   "caption",
                   "raw" })
        // The inline elements hold text too, but for an image.
        || (isInlineElement(node.tagId()) && !node.is(TagId::Image));
}

// Every element under root (root included) in document order, as a list
// taken before any change (docutils' tuple(findall(...))).
void collectElements(Node &node, std::vector<Node *> &out)
{
    out.push_back(&node);
    for (const auto &child : node.children())
        if (!child->isText())
            collectElements(*child, out);
}

std::vector<Node *> elements(Node &root)
{
    std::vector<Node *> out;
    if (!root.isText())
        collectElements(root, out);
    return out;
}

std::vector<Node *> elements(Node &root, std::string_view tag)
{
    std::vector<Node *> out;
    for (Node *node : elements(root))
        if (node->tag() == tag)
            out.push_back(node);
    return out;
}

void copyAttributes(Node &to, const Node &from)
{
    for (const auto &[name, value] : from.attributes()) {
        if (const auto *text = std::get_if<std::pmr::string>(&value))
            to.setAttribute(name, *text);
        else
            to.setList(name, std::get<StringList>(value));
    }
    to.setRawSource(from.rawSource());
}

std::unique_ptr<Node> deepCopy(const Node &node)
{
    std::unique_ptr<Node> copy = node.isText() ? Node::text(node.textValue()) : Node::element(node.tag());
    copyAttributes(*copy, node);
    copy->setLine(node.line());
    copy->setEndLine(node.endLine());
    for (const auto &child : node.children())
        copy->append(deepCopy(*child));
    return copy;
}

void appendUnique(StringList &list, const StringList &values)
{
    for (const auto &value : values) {
        if (std::find(list.begin(), list.end(), value) == list.end())
            list.push_back(value);
    }
}

// docutils' update_all_atts_concatenating(other, replace=True,
// and_source=True): the basic list attributes appended, the others copied.
void takeAttributes(Node &node, const Node &from)
{
    for (const auto &[name, value] : from.attributes()) {
        if (name == "ids" || name == "classes" || name == "names" || name == "dupnames") {
            appendUnique(node.listRef(name), std::get<StringList>(value));
        } else if (name == "backrefs") {
            continue;
        } else if (const auto *text = std::get_if<std::pmr::string>(&value)) {
            node.setAttribute(name, *text);
        } else {
            appendUnique(node.listRef(name), std::get<StringList>(value));
        }
    }
}

// The value of a pending node's detail, given as Python's repr(): a string
// loses its quotes, a list of strings becomes its items.
std::string reprString(std::string_view repr)
{
    if (repr.size() >= 2 && (repr.front() == '\'' || repr.front() == '"') && repr.back() == repr.front()) {
        std::string out;
        for (std::size_t i = 1; i + 1 < repr.size(); ++i) {
            if (repr[i] == '\\' && i + 2 < repr.size()) {
                ++i;
                out += repr[i] == 'n' ? '\n' : repr[i] == 't' ? '\t' : repr[i];
            } else {
                out += repr[i];
            }
        }
        return out;
    }
    return std::string(repr);
}

std::vector<std::string> reprList(std::string_view repr)
{
    std::vector<std::string> out;
    if (repr.size() < 2 || repr.front() != '[')
        return out;
    std::size_t i = 1;
    while (i < repr.size()) {
        const char quote = repr[i];
        if (quote != '\'' && quote != '"') {
            ++i;
            continue;
        }
        std::size_t j = i + 1;
        while (j < repr.size() && repr[j] != quote)
            j += repr[j] == '\\' ? 2 : 1;
        out.push_back(reprString(repr.substr(i, j - i + 1)));
        i = j + 1;
    }
    return out;
}

class Transformer final
{
public:
    explicit Transformer(Document &document)
        : m_document(document)
        , m_root(document.root())
    {
    }

    void run()
    {
        // docutils sorts transforms by priority; pending ones (from
        // directives) were registered first, so they go first among equals.
        struct Step {
            int priority;
            std::function<void()> apply;
        };
        std::vector<Step> steps;
        for (const Pending &pending : m_document.pendings()) {
            const Pending *p = &pending;
            if (pending.transform == "docutils.transforms.misc.ClassAttribute")
                steps.push_back({ pending.priority, [this, p] { classAttribute(*p); } });
            else if (pending.transform == "docutils.transforms.references.TargetNotes")
                steps.push_back({ pending.priority, [this, p] { targetNotes(*p); } });
            else if (pending.transform == "docutils.transforms.parts.Contents")
                steps.push_back({ pending.priority, [this, p] { contents(*p); } });
            else if (pending.transform == "docutils.transforms.parts.SectNum")
                steps.push_back({ pending.priority, [this, p] { sectionNumbers(*p); } });
        }
        steps.push_back({ 220, [this] { substitutions(); } });
        steps.push_back({ 260, [this] { propagateTargets(); } });
        steps.push_back({ 320, [this] { docTitle(); } });
        steps.push_back({ 340, [this] { docInfo(); } });
        // SectionSubTitle (350) is off by default (sectsubtitle_xform).
        steps.push_back({ 440, [this] { anonymousHyperlinks(); } });
        steps.push_back({ 460, [this] { indirectHyperlinks(); } });
        steps.push_back({ 620, [this] { footnotes(); } });
        steps.push_back({ 640, [this] { externalTargets(); } });
        steps.push_back({ 660, [this] { internalTargets(); } });
        steps.push_back({ 830, [this] { transitions(); } });
        steps.push_back({ 850, [this] { danglingReferences(); } });
        steps.push_back({ 860, [this] { messages(); } });
        steps.push_back({ 870, [this] { filterMessages(); } });
        std::stable_sort(
            steps.begin(), steps.end(), [](const Step &a, const Step &b) { return a.priority < b.priority; });
        for (const auto &step : steps)
            step.apply();
    }

private:
    bool isResolved(const Node *node) const { return m_resolved.contains(node); }
    void setResolved(const Node *node) { m_resolved.insert(node); }

    std::vector<Node *> refnames(const std::string &name)
    {
        std::vector<Node *> out;
        auto [first, last] = m_document.refnames().equal_range(name);
        for (auto it = first; it != last; ++it)
            out.push_back(it->second);
        return out;
    }

    std::vector<Node *> refids(const std::string &id)
    {
        std::vector<Node *> out;
        auto [first, last] = m_document.refids().equal_range(id);
        for (auto it = first; it != last; ++it)
            out.push_back(it->second);
        return out;
    }

    std::optional<std::string> nameId(const std::string &name) const { return m_document.nameId(name); }

    // The line docutils' get_source_line() finds: the node's or its nearest
    // ancestor's; -1 (source known, no line) stops the walk; 0 lets the
    // reporter use its own line.
    static int sourceLine(const Node *node)
    {
        for (; node; node = node->parent()) {
            if (node->line() != 0)
                return node->line();
        }
        return 0;
    }

    // A system message made by a transform with no place in the tree yet;
    // the Messages transform collects the ones still loose at its turn.
    Node &looseMessage(int level, std::string_view text, int line)
    {
        m_loose.push_back(m_document.systemMessage(level, text, line));
        return *m_loose.back();
    }

    // Replaces node in its parent; the old node is kept alive because the
    // registries may still point at it (as Python's would). As docutils'
    // replace_self(), the first new element takes over the old node's ids,
    // classes, names and dupnames.
    void replaceSelf(Node &node, std::vector<std::unique_ptr<Node>> replacement)
    {
        Node *parent = node.parent();
        if (!parent)
            return;
        if (!replacement.empty() && !replacement.front()->isText()) {
            for (const char *name : { "ids", "classes", "names", "dupnames" }) {
                if (node.hasAttribute(name))
                    appendUnique(replacement.front()->listRef(name), node.list(name));
            }
        }
        std::size_t index = parent->indexOf(&node);
        m_removed.push_back(parent->take(index));
        for (auto &child : replacement)
            parent->insert(index++, std::move(child));
    }

    void replaceSelf(Node &node, std::unique_ptr<Node> replacement)
    {
        std::vector<std::unique_ptr<Node>> list;
        list.push_back(std::move(replacement));
        replaceSelf(node, std::move(list));
    }

    // Replaces ref by a problematic node pointing at msg.
    void replaceWithProblematic(Node &ref, Node &msg, const std::string &msgId, bool reuseRefId = false)
    {
        auto prb = Node::element(TagId::Problematic);
        prb->setRawSource(ref.rawSource());
        if (!ref.rawSource().empty())
            prb->append(Node::text(ref.rawSource()));
        prb->setAttribute("refid", msgId);
        std::string prbId;
        if (reuseRefId && !ref.list("ids").empty())
            prbId = ref.list("ids").front();
        else
            prbId = m_document.setId(*prb);
        msg.listRef("backrefs").emplace_back(prbId);
        replaceSelf(ref, std::move(prb));
    }

    void substitutions();
    void propagateTargets();
    bool promoteTitle(Node &node);
    bool promoteSubtitle(Node &node);
    static std::optional<std::size_t> candidateIndex(const Node &node);
    void docTitle();
    void docInfo();
    bool extractAuthors(Node &field, const std::string &name, Node &docinfo);
    void anonymousHyperlinks();
    void indirectHyperlinks();
    void resolveIndirectTarget(Node &target);
    void indirectTargetError(Node &target, std::string_view explanation);
    void resolveIndirectReferences(Node &target);
    void footnotes();
    void externalTargets();
    void internalTargets();
    void transitions();
    void danglingReferences();
    void messages();
    void filterMessages();
    void classAttribute(const Pending &pending);
    void targetNotes(const Pending &pending);
    Node &targetFootnote(const std::string &refuri,
        const std::vector<Node *> &refs,
        std::map<std::string, Node *> &notes,
        const std::vector<std::string> &classes,
        std::vector<std::unique_ptr<Node>> &created);
    void contents(const Pending &pending);
    void sectionNumbers(const Pending &pending);
    std::unique_ptr<Node> buildContents(
        Node &node, int level, int depth, const std::string &backlinks, const std::string &tocId);

    std::vector<Node *> rootElements(std::string_view tag);
    // The elements with any of tags, in document order.
    std::vector<Node *> rootElements(std::initializer_list<TagId> tags);
    // Walks the tree again if it changed shape since the last walk.
    void walk();

    Document &m_document;
    Node &m_root;
    // The elements of the tree in document order, and the same elements
    // grouped by type (in document order within a type), from
    // the last walk, kept while no tree changes shape: most transforms
    // change only attributes, so one walk serves several of them.
    std::uint64_t m_walkGeneration = 0;
    bool m_walked = false;
    std::vector<Node *> m_elements;
    static constexpr std::size_t tagCount = static_cast<std::size_t>(TagId::Count);
    // The elements of type t are m_elementsByTag[m_tagStart[t]] up to
    // m_elementsByTag[m_tagStart[t + 1]].
    std::vector<Node *> m_elementsByTag;
    std::array<std::size_t, tagCount + 1> m_tagStart {};
    std::unordered_set<const Node *> m_resolved;
    std::unordered_set<const Node *> m_multiplyIndirect;
    std::vector<std::unique_ptr<Node>> m_loose;
    std::vector<std::unique_ptr<Node>> m_removed;
};

void Transformer::walk()
{
    if (m_walked && m_walkGeneration == Node::shapeGeneration())
        return;
    m_elements.clear();
    // Specs have about one element per 30 bytes: room for them at once.
    m_elements.reserve(m_document.sourceSize() / 24 + 64);
    collectElements(m_root, m_elements);
    // Grouped by type: counted, then each placed after the ones before it.
    m_tagStart.fill(0);
    for (const Node *element : m_elements)
        ++m_tagStart[static_cast<std::size_t>(element->tagId()) + 1];
    for (std::size_t t = 1; t <= tagCount; ++t)
        m_tagStart[t] += m_tagStart[t - 1];
    std::array<std::size_t, tagCount> next;
    std::copy_n(m_tagStart.begin(), tagCount, next.begin());
    m_elementsByTag.resize(m_elements.size());
    for (Node *element : m_elements)
        m_elementsByTag[next[static_cast<std::size_t>(element->tagId())]++] = element;
    m_walkGeneration = Node::shapeGeneration();
    m_walked = true;
}

std::vector<Node *> Transformer::rootElements(std::string_view tag)
{
    walk();
    const TagId id = tagIdOf(tag);
    const auto index = static_cast<std::size_t>(id);
    const auto first = m_elementsByTag.begin() + static_cast<std::ptrdiff_t>(m_tagStart[index]);
    const auto last = m_elementsByTag.begin() + static_cast<std::ptrdiff_t>(m_tagStart[index + 1]);
    if (id != TagId::Other)
        return std::vector<Node *>(first, last);
    std::vector<Node *> tagged;
    std::copy_if(first, last, std::back_inserter(tagged), [tag](const Node *node) { return node->tag() == tag; });
    return tagged;
}

std::vector<Node *> Transformer::rootElements(std::initializer_list<TagId> tags)
{
    walk();
    std::array<bool, tagCount> wanted {};
    for (const TagId tag : tags)
        wanted[static_cast<std::size_t>(tag)] = true;
    std::vector<Node *> tagged;
    for (Node *element : m_elements)
        if (wanted[static_cast<std::size_t>(element->tagId())])
            tagged.push_back(element);
    return tagged;
}

void Transformer::substitutions()
{
    auto &defs = m_document.substitutionDefs();
    auto &normed = m_document.substitutionNames();
    std::map<std::string, std::vector<std::string>> nested;
    std::unordered_map<const Node *, Node *> origin;
    std::vector<Node *> refs = rootElements("substitution_reference");
    for (std::size_t i = 0; i < refs.size(); ++i) {
        Node &ref = *refs[i];
        if (!ref.parent())
            continue;
        const std::string refname = ref.attribute("refname");
        std::string key;
        if (defs.contains(refname)) {
            key = refname;
        } else if (auto it = normed.find(toLower(refname)); it != normed.end()) {
            key = it->second;
        }
        Node *msg = nullptr;
        if (key.empty()) {
            msg = &looseMessage(3, "Undefined substitution referenced: \"" + refname + "\".", sourceLine(&ref));
        } else if (codePointCount(defs[key]->astext()) > 10000) {
            msg = &looseMessage(3, "Substitution definition \"" + key + "\" exceeds the line-length-limit.", 0);
        }
        if (msg) {
            const std::string msgId = m_document.setId(*msg);
            replaceWithProblematic(ref, *msg, msgId);
            continue;
        }
        Node &subdef = *defs[key];
        Node &parent = *ref.parent();
        const std::size_t index = parent.indexOf(&ref);
        const bool trim = subdef.hasAttribute("trim");
        if ((trim || subdef.hasAttribute("ltrim")) && index > 0 && parent.child(index - 1)->isText()) {
            Node &text = *parent.child(index - 1);
            text.setTextValue(std::string(rstripSpace(text.textValue())));
        }
        if ((trim || subdef.hasAttribute("rtrim")) && index + 1 < parent.childCount()
            && parent.child(index + 1)->isText()) {
            Node &text = *parent.child(index + 1);
            text.setTextValue(std::string(lstripSpace(text.textValue())));
        }
        auto copy = deepCopy(subdef);
        bool circular = false;
        std::vector<Node *> nestedRefs;
        for (Node *nestedRef : elements(*copy, "substitution_reference")) {
            auto it = normed.find(toLower(nestedRef->attribute("refname")));
            if (it == normed.end())
                continue;
            const std::string nestedName = it->second;
            auto &chain = nested[nestedName];
            if (std::find(chain.begin(), chain.end(), nestedName) != chain.end()) {
                circular = true;
                break;
            }
            chain.push_back(key);
            origin[nestedRef] = &ref;
            nestedRefs.push_back(nestedRef);
        }
        if (circular) {
            if (parent.is(TagId::SubstitutionDefinition)) {
                auto block = Node::element(TagId::LiteralBlock);
                block->setAttribute("xml:space", "preserve");
                block->setRawSource(parent.rawSource());
                if (!parent.rawSource().empty())
                    block->append(Node::text(parent.rawSource()));
                std::vector<std::unique_ptr<Node>> children;
                children.push_back(std::move(block));
                auto error = m_document.systemMessage(
                    3, "Circular substitution definition detected:", sourceLine(&parent), std::move(children));
                replaceSelf(parent, std::move(error));
            } else {
                Node *refOrigin = &ref;
                for (auto it = origin.find(refOrigin); it != origin.end(); it = origin.find(refOrigin))
                    refOrigin = it->second;
                Node &error = looseMessage(
                    3, "Circular substitution definition referenced: \"" + refname + "\".", sourceLine(refOrigin));
                const std::string msgId = m_document.setId(error);
                replaceWithProblematic(ref, error, msgId);
            }
            continue;
        }
        for (Node *nestedRef : nestedRefs)
            refs.push_back(nestedRef);
        std::vector<std::unique_ptr<Node>> children;
        while (copy->childCount() > 0)
            children.push_back(copy->take(0));
        std::vector<Node *> inserted;
        for (const auto &child : children)
            inserted.push_back(child.get());
        replaceSelf(ref, std::move(children));
        for (Node *node : inserted) {
            if (hasTag(*node, { "reference", "footnote_reference", "citation_reference" })
                && node->hasAttribute("refname"))
                m_document.noteRefname(*node);
        }
    }
}

// The next node in document order after node, skipping node's own children
// when descend is false (docutils' next_node(ascend=True)).
Node *nextNodeAscending(Node &node, bool descend)
{
    if (descend && node.childCount() > 0)
        return node.child(0);
    for (Node *current = &node; current->parent(); current = current->parent()) {
        Node *parent = current->parent();
        const std::size_t index = parent->indexOf(current);
        if (index + 1 < parent->childCount())
            return parent->child(index + 1);
    }
    return nullptr;
}

void Transformer::propagateTargets()
{
    for (Node *target : rootElements("target")) {
        if ((target->parent() && isTextElement(*target->parent())) || target->hasAttribute("refid")
            || target->hasAttribute("refuri") || target->hasAttribute("refname"))
            continue;
        Node *next = nextNodeAscending(*target, true);
        while (next && next->is(TagId::SystemMessage))
            next = nextNodeAscending(*next, false);
        if (!next || next->isText() || ((isInvisible(*next) || isTargetable(*next)) && !next->is(TagId::Target)))
            continue;
        const std::vector<std::string> ids = toStrings(target->list("ids"));
        const std::vector<std::string> names = toStrings(target->list("names"));
        if (ids.empty())
            continue;
        auto &nextIds = next->listRef("ids");
        nextIds.insert(nextIds.end(), ids.begin(), ids.end());
        auto &nextNames = next->listRef("names");
        nextNames.insert(nextNames.end(), names.begin(), names.end());
        for (const auto &id : ids)
            m_document.setIdNode(id, *next);
        target->setAttribute("refid", ids.front());
        target->removeAttribute("ids");
        target->removeAttribute("names");
        m_document.noteRefid(*target);
    }
}

std::optional<std::size_t> Transformer::candidateIndex(const Node &node)
{
    std::size_t index = 0;
    while (index < node.childCount() && isPreBibliographic(*node.child(index)))
        ++index;
    if (index >= node.childCount() || node.childCount() > index + 1 || node.child(index)->tag() != "section")
        return std::nullopt;
    return index;
}

bool Transformer::promoteTitle(Node &node)
{
    const auto index = candidateIndex(node);
    if (!index)
        return false;
    std::unique_ptr<Node> section = node.take(*index);
    takeAttributes(node, *section);
    if (node.is(TagId::Document)) {
        // The section's ids now name the document.
        for (const auto &id : section->list("ids"))
            m_document.setIdNode(id, node);
    }
    std::vector<std::unique_ptr<Node>> before;
    while (node.childCount() > 0)
        before.push_back(node.take(0));
    if (section->childCount() > 0)
        node.append(section->take(0));
    for (auto &child : before)
        node.append(std::move(child));
    while (section->childCount() > 0)
        node.append(section->take(0));
    m_removed.push_back(std::move(section));
    return true;
}

bool Transformer::promoteSubtitle(Node &node)
{
    const auto index = candidateIndex(node);
    if (!index)
        return false;
    std::unique_ptr<Node> subsection = node.take(*index);
    auto subtitle = Node::element(TagId::Subtitle);
    takeAttributes(*subtitle, *subsection);
    subtitle->setLine(subsection->line());
    if (subsection->childCount() > 0) {
        Node &title = *subsection->child(0);
        subtitle->setRawSource(title.rawSource());
        if (!title.line())
            subtitle->setLine(subsection->line());
        else
            subtitle->setLine(title.line());
        while (title.childCount() > 0)
            subtitle->append(title.take(0));
    }
    for (const auto &id : subtitle->list("ids"))
        m_document.setIdNode(id, *subtitle);
    node.insert(1, std::move(subtitle));
    for (std::size_t i = 1; i < subsection->childCount();)
        node.append(subsection->take(i));
    m_removed.push_back(std::move(subsection));
    return true;
}

void Transformer::docTitle()
{
    if (promoteTitle(m_root))
        promoteSubtitle(m_root);
    if (!m_root.hasAttribute("title") && m_root.childCount() > 0 && m_root.child(0)->tag() == "title")
        m_root.setAttribute("title", m_root.child(0)->astext());
}

// docutils' utils.clean_rcs_keywords with DocInfo's substitutions.
void cleanRcsKeywords(Node &paragraph)
{
    if (paragraph.childCount() != 1 || !paragraph.child(0)->isText())
        return;
    static const std::pair<std::regex, const char *> substitutions[] = {
        { std::regex(R"(\$Date: (\d\d\d\d)[-/](\d\d)[-/](\d\d)[ T][\d:]+[^$]* \$)", std::regex::icase), "$1-$2-$3" },
        { std::regex(R"(\$RCSfile: (.+),v \$)", std::regex::icase), "$1" },
        { std::regex(R"(\$[a-zA-Z]+: (.+) \$)"), "$1" },
    };
    Node &text = *paragraph.child(0);
    if (text.textValue().find('$') == std::string::npos)
        return;
    for (const auto &[pattern, replacement] : substitutions) {
        const std::string value(text.textValue());
        if (std::regex_search(value, pattern)) {
            text.setTextValue(std::regex_replace(value, pattern, replacement));
            return;
        }
    }
}

void Transformer::docInfo()
{
    std::size_t index = 0;
    while (index < m_root.childCount() && isPreBibliographic(*m_root.child(index)))
        ++index;
    if (index >= m_root.childCount() || m_root.child(index)->tag() != "field_list")
        return;
    std::size_t biblioIndex = 0;
    while (biblioIndex < m_root.childCount()
        && hasTag(*m_root.child(biblioIndex), { "title", "subtitle", "decoration", "header", "footer", "meta" }))
        ++biblioIndex;

    static const std::map<std::string, std::string, std::less<>> textFields = {
        { "author", "author" },
        { "organization", "organization" },
        { "address", "address" },
        { "contact", "contact" },
        { "version", "version" },
        { "revision", "revision" },
        { "status", "status" },
        { "date", "date" },
        { "copyright", "copyright" },
    };
    std::unique_ptr<Node> fieldList = m_root.take(index);
    auto docinfo = Node::element(TagId::Docinfo);
    std::map<std::string, std::unique_ptr<Node>> topics;
    while (fieldList->childCount() > 0) {
        std::unique_ptr<Node> fieldOwner = fieldList->take(0);
        Node &field = *fieldOwner;
        std::string name;
        if (field.childCount() > 0 && field.child(0)->childCount() > 0)
            name = field.child(0)->child(0)->astext();
        const std::string normed = fullyNormalizeName(name);
        bool extracted = false;
        const bool known
            = textFields.contains(normed) || normed == "authors" || normed == "dedication" || normed == "abstract";
        Node *body = field.childCount() == 2 ? field.child(1) : nullptr;
        if (body && known) {
            if (body->childCount() < 1) {
                body->append(m_document.warning(
                    "Cannot extract empty bibliographic field \"" + name + "\".", sourceLine(&field)));
            } else if (auto it = textFields.find(normed); it != textFields.end()) {
                if (body->childCount() == 1 && body->child(0)->tag() == "paragraph") {
                    Node &paragraph = *body->child(0);
                    cleanRcsKeywords(paragraph);
                    auto biblio = Node::element(it->second);
                    if (normed == "address")
                        biblio->setAttribute("xml:space", "preserve");
                    while (paragraph.childCount() > 0)
                        biblio->append(paragraph.take(0));
                    docinfo->append(std::move(biblio));
                    extracted = true;
                } else {
                    std::string content;
                    if (body->childCount() > 1) {
                        content = "[";
                        for (std::size_t i = 0; i < body->childCount(); ++i)
                            content += (i ? ", <" : "<") + std::string(body->child(i)->tag()) + ">";
                        content += "]";
                    } else {
                        content = "a <" + std::string(body->child(0)->tag()) + ">";
                    }
                    body->append(m_document.warning(
                        "Bibliographic field \"" + name + "\"\nmust contain a single <paragraph>, not " + content + ".",
                        sourceLine(&field)));
                }
            } else if (normed == "authors") {
                extracted = extractAuthors(field, name, *docinfo);
            } else {
                if (topics.contains(normed)) {
                    body->append(
                        m_document.warning("There can only be one \"" + name + "\" field.", sourceLine(&field)));
                } else {
                    auto topic = Node::element(TagId::Topic);
                    topic->setList("classes", { normed });
                    auto title = Node::element(TagId::Title);
                    title->setRawSource(name);
                    title->append(Node::text(normed == "dedication" ? "Dedication" : "Abstract"));
                    topic->append(std::move(title));
                    while (body->childCount() > 0)
                        topic->append(body->take(0));
                    topics[normed] = std::move(topic);
                    extracted = true;
                }
            }
        }
        if (!extracted) {
            Node &last = *field.child(field.childCount() - 1);
            if (last.childCount() == 1 && last.child(0)->tag() == "paragraph")
                cleanRcsKeywords(*last.child(0));
            const std::string classValue = makeId(normed);
            if (!classValue.empty())
                field.listRef("classes").emplace_back(classValue);
            docinfo->append(std::move(fieldOwner));
        }
    }
    std::vector<std::unique_ptr<Node>> nodes;
    if (docinfo->childCount() > 0)
        nodes.push_back(std::move(docinfo));
    for (const char *name : { "dedication", "abstract" }) {
        if (auto it = topics.find(name); it != topics.end())
            nodes.push_back(std::move(it->second));
    }
    m_removed.push_back(std::move(fieldList));
    for (auto &node : nodes)
        m_root.insert(biblioIndex++, std::move(node));
}

bool Transformer::extractAuthors(Node &field, const std::string &name, Node &docinfo)
{
    Node &body = *field.child(1);
    std::vector<std::vector<std::unique_ptr<Node>>> authors;
    bool ok = true;
    if (body.childCount() == 1 && body.child(0)->tag() == "paragraph") {
        std::string text;
        for (Node *node : elements(*body.child(0))) {
            for (const auto &child : node->children()) {
                if (child->isText())
                    text += child->textValue();
            }
        }
        // Python's findall(Text) yields text in document order; the loop
        // above does the same for the flat paragraphs authors come in.
        if (text.empty()) {
            ok = false;
        } else {
            std::vector<std::string> names;
            for (char separator : { ';', ',' }) {
                names.clear();
                std::size_t start = 0;
                for (std::size_t pos = text.find(separator); pos != std::string::npos;
                     pos = text.find(separator, pos + 1)) {
                    names.push_back(text.substr(start, pos - start));
                    start = pos + 1;
                }
                names.push_back(text.substr(start));
                if (names.size() > 1)
                    break;
            }
            for (const auto &author : names) {
                const std::string stripped(stripSpace(author));
                if (stripped.empty())
                    continue;
                std::vector<std::unique_ptr<Node>> one;
                one.push_back(Node::text(stripped));
                authors.push_back(std::move(one));
            }
        }
    } else if (body.childCount() == 1 && body.child(0)->tag() == "bullet_list") {
        Node &list = *body.child(0);
        for (const auto &item : list.children()) {
            if (item->is(TagId::Comment))
                continue;
            if (item->childCount() != 1 || item->child(0)->tag() != "paragraph") {
                ok = false;
                break;
            }
        }
        if (ok) {
            for (const auto &item : list.children()) {
                if (item->is(TagId::Comment))
                    continue;
                std::vector<std::unique_ptr<Node>> one;
                Node &paragraph = *item->child(0);
                while (paragraph.childCount() > 0)
                    one.push_back(paragraph.take(0));
                authors.push_back(std::move(one));
            }
            ok = !authors.empty();
        }
    } else if (body.childCount() == 1) {
        ok = false;
    } else {
        for (const auto &item : body.children()) {
            if (!hasTag(*item, { "paragraph", "comment" }))
                ok = false;
        }
        if (ok) {
            for (const auto &item : body.children()) {
                if (item->is(TagId::Comment))
                    continue;
                std::vector<std::unique_ptr<Node>> one;
                while (item->childCount() > 0)
                    one.push_back(item->take(0));
                authors.push_back(std::move(one));
            }
        }
    }
    if (ok) {
        auto authorsNode = Node::element(TagId::Authors);
        for (auto &author : authors) {
            if (author.empty())
                continue;
            auto node = Node::element(TagId::Author);
            for (auto &child : author)
                node->append(std::move(child));
            authorsNode->append(std::move(node));
        }
        if (authorsNode->childCount() >= 1) {
            docinfo.append(std::move(authorsNode));
            return true;
        }
    }
    body.append(
        m_document.warning("Cannot extract \"" + name + "\" from bibliographic field:\nBibliographic field \"" + name
                + "\" must contain either\n a single paragraph (with author names separated by one of \";,\"),\n"
                  " multiple paragraphs (one per author),\n or a bullet list with one author name per item.\n"
                  "Note: Leading initials can cause (mis)recognizing names as enumerated list.",
            sourceLine(&field)));
    return false;
}

void Transformer::anonymousHyperlinks()
{
    // The parser notes every anonymous target and reference it makes: a
    // document without any has nothing to pair up.
    if (m_document.anonymousTargets().empty() && m_document.anonymousRefs().empty())
        return;
    std::vector<Node *> refs;
    std::vector<Node *> targets;
    // One walk for both lists: each is in document order, as docutils'
    // two findall() passes give them.
    for (Node *node : rootElements({ TagId::Reference, TagId::Target })) {
        if (!node->hasAttribute("anonymous"))
            continue;
        if (node->is(TagId::Reference))
            refs.push_back(node);
        else if (node->is(TagId::Target))
            targets.push_back(node);
    }
    if (refs.size() != targets.size()) {
        Node &msg = looseMessage(3,
            "Anonymous hyperlink mismatch: " + std::to_string(refs.size()) + " references but "
                + std::to_string(targets.size()) + " targets.\nSee \"backrefs\" attribute for IDs.",
            0);
        const std::string msgId = m_document.setId(msg);
        for (Node *ref : refs)
            replaceWithProblematic(*ref, msg, msgId);
        return;
    }
    for (std::size_t i = 0; i < refs.size(); ++i) {
        Node &ref = *refs[i];
        Node *target = targets[i];
        m_document.setReferenced(*target);
        while (true) {
            if (target->hasAttribute("refuri")) {
                ref.setAttribute("refuri", target->attribute("refuri"));
                setResolved(&ref);
                break;
            }
            if (target->list("ids").empty()) {
                Node *next = m_document.nodeForId(target->attribute("refid"));
                if (!next)
                    break;
                target = next;
                continue;
            }
            ref.setAttribute("refid", target->list("ids").front());
            m_document.noteRefid(ref);
            break;
        }
    }
}

void Transformer::indirectHyperlinks()
{
    const std::vector<Node *> targets = m_document.indirectTargets();
    for (Node *target : targets) {
        if (!isResolved(target))
            resolveIndirectTarget(*target);
        resolveIndirectReferences(*target);
    }
}

void Transformer::resolveIndirectTarget(Node &target)
{
    const bool hasRefname = target.hasAttribute("refname");
    const std::string refname = target.attribute("refname");
    std::string reftargetId;
    if (!hasRefname) {
        reftargetId = target.attribute("refid");
    } else {
        const auto id = nameId(refname);
        if (!id || id->empty()) {
            if (m_document.hasName(refname))
                indirectTargetError(target, "which is a duplicate, and cannot be used as a unique reference");
            else
                indirectTargetError(target, "which does not exist");
            return;
        }
        reftargetId = *id;
    }
    Node *reftarget = m_document.nodeForId(reftargetId);
    if (!reftarget)
        return;
    m_document.setReferenced(*reftarget);
    if (reftarget->is(TagId::Target) && !isResolved(reftarget) && reftarget->hasAttribute("refname")) {
        if (m_multiplyIndirect.contains(&target)) {
            indirectTargetError(target, "forming a circular reference");
            return;
        }
        m_multiplyIndirect.insert(&target);
        resolveIndirectTarget(*reftarget);
        m_multiplyIndirect.erase(&target);
    }
    if (reftarget->hasAttribute("refuri")) {
        target.setAttribute("refuri", reftarget->attribute("refuri"));
        target.removeAttribute("refid");
    } else if (reftarget->hasAttribute("refid")) {
        target.setAttribute("refid", reftarget->attribute("refid"));
        m_document.noteRefid(target);
    } else if (!reftarget->list("ids").empty()) {
        target.setAttribute("refid", reftargetId);
        m_document.noteRefid(target);
    } else {
        if (m_document.hasName(refname))
            indirectTargetError(target, "which is a duplicate, and cannot be used as a unique reference");
        else
            indirectTargetError(target, "which does not exist");
        return;
    }
    if (hasRefname)
        target.removeAttribute("refname");
    setResolved(&target);
}

void Transformer::indirectTargetError(Node &target, std::string_view explanation)
{
    std::string naming;
    std::vector<Node *> reflist;
    const auto &names = target.list("names");
    if (!names.empty())
        naming = "\"" + std::string(names.front()) + "\" ";
    for (const auto &name : names) {
        for (Node *ref : refnames(std::string(name)))
            reflist.push_back(ref);
    }
    const auto &ids = target.list("ids");
    for (const auto &id : ids) {
        for (Node *ref : refids(std::string(id)))
            reflist.push_back(ref);
    }
    if (!ids.empty())
        naming += "(id=\"" + ids.front() + "\")";
    Node &msg = looseMessage(3,
        "Indirect hyperlink target " + naming + " refers to target \"" + target.attribute("refname") + "\", "
            + std::string(explanation) + ".",
        sourceLine(&target));
    const std::string msgId = m_document.setId(msg);
    std::unordered_set<Node *> seen;
    for (Node *ref : reflist) {
        if (!seen.insert(ref).second)
            continue;
        replaceWithProblematic(*ref, msg, msgId);
    }
    setResolved(&target);
}

void Transformer::resolveIndirectReferences(Node &target)
{
    std::string attribute;
    if (target.hasAttribute("refid"))
        attribute = "refid";
    else if (target.hasAttribute("refuri"))
        attribute = "refuri";
    else
        return;
    const std::string value = target.attribute(attribute);
    auto update = [&](Node &ref, const char *old) {
        if (isResolved(&ref))
            return;
        ref.removeAttribute(old);
        ref.setAttribute(attribute, value);
        if (attribute == "refid")
            m_document.noteRefid(ref);
        setResolved(&ref);
        if (ref.is(TagId::Target))
            resolveIndirectReferences(ref);
    };
    for (const auto &name : toStrings(target.list("names"))) {
        for (Node *ref : refnames(name))
            update(*ref, "refname");
    }
    for (const auto &id : toStrings(target.list("ids"))) {
        for (Node *ref : refids(id))
            update(*ref, "refid");
    }
}

const char *const footnoteSymbols[]
    = { "*", "\u2020", "\u2021", "\u00A7", "\u00B6", "#", "\u2660", "\u2665", "\u2666", "\u2663" };

void Transformer::footnotes()
{
    std::vector<std::string> autoLabels;
    int start = m_document.autofootnoteStart();
    auto &footnoteRefs = m_document.footnoteRefs();
    auto makeLabel = [](const std::string &text) {
        auto label = Node::element(TagId::Label);
        label->append(Node::text(text));
        return label;
    };
    // Numbering of auto-numbered footnotes.
    for (Node *footnote : std::vector<Node *>(m_document.autofootnotes())) {
        std::string label;
        while (true) {
            label = std::to_string(start++);
            if (!m_document.hasName(label))
                break;
        }
        footnote->insert(0, makeLabel(label));
        for (const auto &name : toStrings(footnote->list("names"))) {
            auto it = footnoteRefs.find(name);
            if (it == footnoteRefs.end())
                continue;
            for (Node *ref : it->second) {
                ref->append(Node::text(label));
                ref->removeAttribute("refname");
                if (!footnote->list("ids").empty())
                    ref->setAttribute("refid", footnote->list("ids").front());
                if (!ref->list("ids").empty())
                    footnote->listRef("backrefs").emplace_back(ref->list("ids").front());
                m_document.noteRefid(*ref);
                setResolved(ref);
            }
        }
        if (footnote->list("names").empty() && footnote->list("dupnames").empty()) {
            footnote->listRef("names").emplace_back(label);
            m_document.noteExplicitTarget(*footnote, footnote);
            autoLabels.push_back(label);
        }
    }
    m_document.autofootnoteStart() = start;

    // Auto-numbered references without a label.
    const std::vector<Node *> autoRefs = m_document.autofootnoteRefs();
    std::size_t i = 0;
    for (std::size_t r = 0; r < autoRefs.size(); ++r) {
        Node *ref = autoRefs[r];
        if (isResolved(ref) || ref->hasAttribute("refid"))
            continue;
        if (i >= autoLabels.size()) {
            Node &msg = looseMessage(3,
                "Too many autonumbered footnote references: only " + std::to_string(autoLabels.size())
                    + " corresponding footnotes available.",
                sourceLine(ref));
            const std::string msgId = m_document.setId(msg);
            for (std::size_t k = r; k < autoRefs.size(); ++k) {
                Node *other = autoRefs[k];
                if (isResolved(other) || other->hasAttribute("refname"))
                    continue;
                replaceWithProblematic(*other, msg, msgId);
            }
            break;
        }
        const std::string &label = autoLabels[i];
        ref->append(Node::text(label));
        const auto id = nameId(label);
        Node *footnote = id ? m_document.nodeForId(*id) : nullptr;
        if (id)
            ref->setAttribute("refid", *id);
        m_document.noteRefid(*ref);
        if (footnote && !ref->list("ids").empty())
            footnote->listRef("backrefs").emplace_back(ref->list("ids").front());
        setResolved(ref);
        ++i;
    }

    // Symbol footnotes.
    std::vector<std::string> labels;
    constexpr int symbolCount = sizeof(footnoteSymbols) / sizeof(footnoteSymbols[0]);
    for (Node *footnote : std::vector<Node *>(m_document.symbolFootnotes())) {
        const int reps = m_document.symbolFootnoteStart() / symbolCount;
        const int index = m_document.symbolFootnoteStart() % symbolCount;
        std::string text;
        for (int k = 0; k <= reps; ++k)
            text += footnoteSymbols[index];
        labels.push_back(text);
        footnote->insert(0, makeLabel(text));
        ++m_document.symbolFootnoteStart();
        m_document.setId(*footnote);
    }
    const std::vector<Node *> symbolRefs = m_document.symbolFootnoteRefs();
    const std::vector<Node *> symbolNotes = m_document.symbolFootnotes();
    for (std::size_t k = 0; k < symbolRefs.size(); ++k) {
        Node *ref = symbolRefs[k];
        if (k >= labels.size()) {
            Node &msg = looseMessage(3,
                "Too many symbol footnote references: only " + std::to_string(labels.size())
                    + " corresponding footnotes available.",
                sourceLine(ref));
            const std::string msgId = m_document.setId(msg);
            for (std::size_t m = k; m < symbolRefs.size(); ++m) {
                Node *other = symbolRefs[m];
                if (isResolved(other) || other->hasAttribute("refid"))
                    continue;
                replaceWithProblematic(*other, msg, msgId);
            }
            break;
        }
        ref->append(Node::text(labels[k]));
        Node *footnote = symbolNotes[k];
        if (!footnote->list("ids").empty())
            ref->setAttribute("refid", footnote->list("ids").front());
        m_document.noteRefid(*ref);
        if (!ref->list("ids").empty())
            footnote->listRef("backrefs").emplace_back(ref->list("ids").front());
    }

    // Manually numbered footnotes and citations.
    auto resolve = [&](Node &note, std::vector<Node *> &reflist) {
        if (note.list("ids").empty())
            return;
        const std::string id(note.list("ids").front());
        for (Node *ref : reflist) {
            if (isResolved(ref))
                continue;
            ref->removeAttribute("refname");
            ref->setAttribute("refid", id);
            if (!ref->list("ids").empty())
                note.listRef("backrefs").emplace_back(ref->list("ids").front());
            setResolved(ref);
        }
        setResolved(&note);
    };
    for (Node *footnote : std::vector<Node *>(m_document.footnotes())) {
        for (const auto &label : toStrings(footnote->list("names"))) {
            if (auto it = footnoteRefs.find(label); it != footnoteRefs.end())
                resolve(*footnote, it->second);
        }
    }
    auto &citationRefs = m_document.citationRefs();
    for (Node *citation : std::vector<Node *>(m_document.citations())) {
        for (const auto &label : toStrings(citation->list("names"))) {
            if (auto it = citationRefs.find(label); it != citationRefs.end())
                resolve(*citation, it->second);
        }
    }
}

void Transformer::externalTargets()
{
    for (Node *target : rootElements("target")) {
        if (!target->hasAttribute("refuri"))
            continue;
        const std::string refuri = target->attribute("refuri");
        for (const auto &name : toStrings(target->list("names"))) {
            for (Node *ref : refnames(name)) {
                if (isResolved(ref))
                    continue;
                ref->removeAttribute("refname");
                ref->setAttribute("refuri", refuri);
                setResolved(ref);
            }
        }
    }
}

void Transformer::internalTargets()
{
    for (Node *target : rootElements("target")) {
        if (target->hasAttribute("refuri") || target->hasAttribute("refid"))
            continue;
        for (const auto &name : toStrings(target->list("names"))) {
            const auto refid = nameId(name);
            for (Node *ref : refnames(name)) {
                if (isResolved(ref))
                    continue;
                if (refid && !refid->empty()) {
                    ref->removeAttribute("refname");
                    ref->setAttribute("refid", *refid);
                }
                setResolved(ref);
            }
        }
    }
}

void Transformer::transitions()
{
    for (Node *node : rootElements("transition")) {
        Node *parent = node->parent();
        if (!parent)
            continue;
        std::size_t index = parent->indexOf(node);
        std::unique_ptr<Node> error;
        const bool startsParent = index == 0
            || (parent->child(0)->tag() == "title"
                && (index == 1 || (parent->childCount() > 1 && parent->child(1)->tag() == "subtitle" && index == 2)));
        if (startsParent)
            error = m_document.error("Document or section may not begin with a transition.", node->line());
        else if (parent->child(index - 1)->tag() == "transition")
            error = m_document.error(
                "At least one body element must separate transitions; adjacent transitions are not allowed.",
                node->line());
        if (error) {
            parent->insert(index, std::move(error));
            ++index;
        }
        if (index != parent->childCount() - 1)
            continue;
        Node *sibling = node;
        while (sibling->parent() && sibling->parent()->indexOf(sibling) == sibling->parent()->childCount() - 1) {
            sibling = sibling->parent();
            if (!sibling->parent()) {
                parent->insert(parent->indexOf(node) + 1,
                    m_document.error("Document may not end with a transition.", node->line()));
                sibling = nullptr;
                break;
            }
        }
        if (!sibling)
            continue;
        auto moved = parent->take(parent->indexOf(node));
        Node *newParent = sibling->parent();
        newParent->insert(newParent->indexOf(sibling) + 1, std::move(moved));
    }
}

void Transformer::danglingReferences()
{
    for (Node *node : rootElements({ TagId::Reference, TagId::FootnoteReference, TagId::CitationReference })) {
        if (isResolved(node) || !node->hasAttribute("refname") || !node->parent())
            continue;
        const std::string refname = node->attribute("refname");
        const auto id = nameId(refname);
        if (!id) {
            Node *msg;
            if (m_document.hasName(refname))
                msg = &looseMessage(3,
                    "Duplicate target name, cannot be used as a unique reference: \"" + refname + "\".",
                    sourceLine(node));
            else
                msg = &looseMessage(3, "Unknown target name: \"" + refname + "\".", sourceLine(node));
            const std::string msgId = m_document.setId(*msg);
            replaceWithProblematic(*node, *msg, msgId, true);
        } else {
            node->removeAttribute("refname");
            node->setAttribute("refid", *id);
            setResolved(node);
        }
    }
}

void Transformer::messages()
{
    if (m_loose.empty())
        return;
    auto section = Node::element(TagId::Section);
    section->setList("classes", { "system-messages" });
    auto title = Node::element(TagId::Title);
    title->append(Node::text("Docutils System Messages"));
    section->append(std::move(title));
    for (auto &msg : m_loose)
        section->append(std::move(msg));
    m_loose.clear();
    m_root.append(std::move(section));
}

void Transformer::filterMessages()
{
    const int reportLevel = m_document.settings().reportLevel;
    for (Node *node : rootElements("system_message")) {
        if (std::atoi(node->attribute("level").c_str()) >= reportLevel)
            continue;
        if (!node->list("ids").empty())
            m_document.unregisterId(node->list("ids").front());
        Node *parent = node->parent();
        m_removed.push_back(parent->take(parent->indexOf(node)));
    }
    for (Node *node : rootElements("problematic")) {
        if (!m_document.nodeForId(node->attribute("refid")))
            replaceSelf(*node, Node::text(node->astext()));
    }
    for (Node *node : rootElements("section")) {
        const auto &classes = node->list("classes");
        if (node->childCount() == 1 && std::find(classes.begin(), classes.end(), "system-messages") != classes.end()) {
            Node *parent = node->parent();
            m_removed.push_back(parent->take(parent->indexOf(node)));
        }
    }
}

void Transformer::classAttribute(const Pending &pending)
{
    Node *node = pending.node;
    if (!node->parent())
        return;
    auto detail = [&](const char *key) {
        auto it = pending.details.find(key);
        return it == pending.details.end() ? std::string() : it->second;
    };
    Node *child = node;
    for (Node *parent = node->parent(); parent; child = parent, parent = parent->parent()) {
        for (std::size_t index = parent->indexOf(child) + 1; index < parent->childCount(); ++index) {
            Node &element = *parent->child(index);
            if (element.isText() || isInvisible(element) || element.is(TagId::SystemMessage))
                continue;
            auto &classes = element.listRef("classes");
            for (const auto &value : reprList(detail("class")))
                classes.emplace_back(value);
            Node *owner = node->parent();
            m_removed.push_back(owner->take(owner->indexOf(node)));
            return;
        }
    }
    auto block = Node::element(TagId::LiteralBlock);
    block->setAttribute("xml:space", "preserve");
    block->setRawSource(node->rawSource());
    if (!node->rawSource().empty())
        block->append(Node::text(node->rawSource()));
    std::vector<std::unique_ptr<Node>> children;
    children.push_back(std::move(block));
    replaceSelf(*node,
        m_document.systemMessage(3,
            "No suitable element following \"" + reprString(detail("directive")) + "\" directive",
            node->line(),
            std::move(children)));
}

Node &Transformer::targetFootnote(const std::string &refuri,
    const std::vector<Node *> &refs,
    std::map<std::string, Node *> &notes,
    const std::vector<std::string> &classes,
    std::vector<std::unique_ptr<Node>> &created)
{
    Node *footnote;
    std::string footnoteName;
    if (auto it = notes.find(refuri); it != notes.end()) {
        footnote = it->second;
        footnoteName = footnote->list("names").empty() ? std::string() : std::string(footnote->list("names").front());
    } else {
        created.push_back(Node::element(TagId::Footnote));
        footnote = created.back().get();
        const std::string id = m_document.setId(*footnote);
        footnoteName = "TARGET_NOTE: " + id;
        footnote->setAttribute("auto", "1");
        footnote->setList("names", { footnoteName });
        auto paragraph = Node::element(TagId::Paragraph);
        auto reference = Node::element(TagId::Reference);
        reference->setAttribute("refuri", refuri);
        reference->append(Node::text(refuri));
        paragraph->append(std::move(reference));
        footnote->append(std::move(paragraph));
        m_document.noteAutofootnote(*footnote);
        m_document.noteExplicitTarget(*footnote, footnote);
    }
    for (Node *ref : refs) {
        if (ref->is(TagId::Target) || !ref->parent())
            continue;
        auto refnode = Node::element(TagId::FootnoteReference);
        refnode->setAttribute("auto", "1");
        refnode->setAttribute("refname", footnoteName);
        if (!classes.empty())
            refnode->setList("classes", classes);
        m_document.noteAutofootnoteRef(*refnode);
        m_document.noteFootnoteRef(*refnode);
        Node &parent = *ref->parent();
        std::size_t index = parent.indexOf(ref) + 1;
        if (!classes.empty()) {
            auto space = Node::element(TagId::Inline);
            space->setList("classes", classes);
            space->append(Node::text(" "));
            parent.insert(index++, std::move(space));
        } else {
            parent.insert(index++, Node::text(" "));
        }
        parent.insert(index, std::move(refnode));
    }
    return *footnote;
}

void Transformer::targetNotes(const Pending &pending)
{
    Node *startnode = pending.node;
    std::vector<std::string> classes;
    if (auto it = pending.details.find("class"); it != pending.details.end())
        classes = reprList(it->second);
    std::map<std::string, Node *> notes;
    std::vector<std::unique_ptr<Node>> created;
    std::vector<Node *> order;
    for (Node *target : rootElements("target")) {
        if (!target->hasAttribute("refuri"))
            continue;
        std::vector<Node *> refs;
        for (const auto &name : target->list("names")) {
            for (Node *ref : refnames(std::string(name)))
                refs.push_back(ref);
        }
        if (refs.empty())
            continue;
        const std::string refuri = target->attribute("refuri");
        Node &footnote = targetFootnote(refuri, refs, notes, classes, created);
        if (!notes.contains(refuri)) {
            notes[refuri] = &footnote;
            order.push_back(&footnote);
        }
    }
    for (Node *ref : rootElements("reference")) {
        if (!ref->hasAttribute("anonymous") || !ref->hasAttribute("refuri"))
            continue;
        const std::string refuri = ref->attribute("refuri");
        Node &footnote = targetFootnote(refuri, { ref }, notes, classes, created);
        if (!notes.contains(refuri)) {
            notes[refuri] = &footnote;
            order.push_back(&footnote);
        }
    }
    std::vector<std::unique_ptr<Node>> replacement;
    for (Node *footnote : order) {
        for (auto &owned : created) {
            if (owned.get() == footnote)
                replacement.push_back(std::move(owned));
        }
    }
    replaceSelf(*startnode, std::move(replacement));
}

// The entry text of a contents entry: a copy of the title's content without
// footnote and citation references, with references, targets and
// problematic nodes replaced by their content (docutils' ContentsFilter).
void copyEntryText(const Node &node, Node &into)
{
    for (const auto &child : node.children()) {
        if (child->isText()) {
            into.append(Node::text(child->textValue()));
        } else if (hasTag(*child, { "footnote_reference", "citation_reference" })) {
            continue;
        } else if (child->is(TagId::Image)) {
            if (child->hasAttribute("alt"))
                into.append(Node::text(child->attribute("alt")));
        } else if (hasTag(*child, { "reference", "target", "problematic" })) {
            copyEntryText(*child, into);
        } else {
            auto copy = Node::element(child->tag());
            copyAttributes(*copy, *child);
            copyEntryText(*child, *copy);
            into.append(std::move(copy));
        }
    }
}

bool hasReferenceDescendant(const Node &node)
{
    for (const auto &child : node.children()) {
        if (child->is(TagId::Reference) || hasReferenceDescendant(*child))
            return true;
    }
    return false;
}

std::unique_ptr<Node> Transformer::buildContents(
    Node &node, int level, int depth, const std::string &backlinks, const std::string &tocId)
{
    ++level;
    auto list = Node::element(TagId::BulletList);
    bool numbered = false; // the last section's, as docutils checks after its loop
    for (std::size_t i = 0; i < node.childCount(); ++i) {
        Node &section = *node.child(i);
        if (!section.is(TagId::Section) || section.childCount() == 0)
            continue;
        Node &title = *section.child(0);
        numbered = title.hasAttribute("auto");
        auto reference = Node::element(TagId::Reference);
        if (!section.list("ids").empty())
            reference->setAttribute("refid", section.list("ids").front());
        copyEntryText(title, *reference);
        const std::string refId = m_document.setId(*reference, nullptr, "toc-entry");
        auto entry = Node::element(TagId::Paragraph);
        entry->append(std::move(reference));
        auto item = Node::element(TagId::ListItem);
        item->append(std::move(entry));
        if ((backlinks == "entry" || backlinks == "top") && !hasReferenceDescendant(title))
            title.setAttribute("refid", backlinks == "entry" ? refId : tocId);
        if (level < depth) {
            if (auto sub = buildContents(section, level, depth, backlinks, tocId))
                item->append(std::move(sub));
        }
        list->append(std::move(item));
    }
    if (list->childCount() == 0)
        return nullptr;
    if (numbered)
        list->listRef("classes").emplace_back("auto-toc");
    return list;
}

void Transformer::contents(const Pending &pending)
{
    Node *startnode = pending.node;
    Node *topic = startnode->parent();
    if (!topic)
        return;
    Node *start = &m_root;
    if (pending.details.contains("local")) {
        start = topic->parent();
        while (start && !start->is(TagId::Section) && !start->is(TagId::Document))
            start = start->parent();
        if (!start)
            start = &m_root;
    }
    const std::string tocId = topic->list("ids").empty() ? std::string() : std::string(topic->list("ids").front());
    std::string backlinks = "entry";
    if (auto it = pending.details.find("backlinks"); it != pending.details.end())
        backlinks = reprString(it->second);
    int depth = std::numeric_limits<int>::max();
    if (auto it = pending.details.find("depth"); it != pending.details.end())
        depth = std::atoi(it->second.c_str());
    if (auto list = buildContents(*start, 0, depth, backlinks, tocId)) {
        replaceSelf(*startnode, std::move(list));
    } else if (Node *holder = topic->parent()) {
        m_removed.push_back(holder->take(holder->indexOf(topic)));
    }
}

// What a sectnum directive asked for (parts.SectNum's details).
struct SectionNumbering {
    long depth = std::numeric_limits<long>::max();
    long start = 1;
    std::string prefix;
    std::string suffix;
};

// SectNum.update_section_numbers: a generated number at the start of the
// title of each section under node, down to the depth.
void numberSections(Node &node, const std::string &outerNumbers, long depth, const SectionNumbering &numbering)
{
    ++depth;
    long number = outerNumbers.empty() ? numbering.start : 1;
    for (std::size_t i = 0; i < node.childCount(); ++i) {
        Node &section = *node.child(i);
        if (!section.is(TagId::Section) || section.childCount() == 0)
            continue;
        const std::string numbers
            = (outerNumbers.empty() ? std::string() : outerNumbers + ".") + std::to_string(number);
        auto generated = Node::element(TagId::Generated);
        generated->setList("classes", { "sectnum" });
        // three no-break spaces after the number, as docutils spaces it
        generated->append(Node::text(numbering.prefix + numbers + numbering.suffix + "\u00a0\u00a0\u00a0"));
        Node &title = *section.child(0);
        title.insert(0, std::move(generated));
        title.setAttribute("auto", "1");
        if (depth < numbering.depth)
            numberSections(section, numbers, depth, numbering);
        ++number;
    }
}

void Transformer::sectionNumbers(const Pending &pending)
{
    SectionNumbering numbering;
    const auto &details = pending.details;
    if (auto it = details.find("depth"); it != details.end())
        numbering.depth = std::stol(it->second);
    if (auto it = details.find("start"); it != details.end())
        numbering.start = std::stol(it->second);
    if (auto it = details.find("prefix"); it != details.end())
        numbering.prefix = reprString(it->second);
    if (auto it = details.find("suffix"); it != details.end())
        numbering.suffix = reprString(it->second);
    if (Node *parent = pending.node->parent())
        m_removed.push_back(parent->take(parent->indexOf(pending.node)));
    numberSections(m_root, {}, 0, numbering);
}

} // namespace

void applyTransforms(Document &document)
{
    Transformer(document).run();
}

} // namespace specwright::rst
