// SPDX-License-Identifier: GPL-3.0-or-later
// Directives: docutils 0.21's standard set as the reference configures it
// (no file insertion, no raw, no syntax highlighting) plus the Sphinx shims
// of rst_reference.py.

#include <algorithm>
#include <cstring>
#include <ctime>
#include <functional>
#include <map>

#include "rst/blockparser_p.h"
#include "rst/inline_p.h"
#include "rst/lineranges_p.h"
#include "rst/tableparser_p.h"
#include "rst/text.h"

namespace specwright::rst::detail
{

namespace
{

// A converted option value, and Python's repr() of it for pending details.
struct OptionValue {
    enum class Kind { None, String, Int, List, IntList } kind = Kind::None;
    std::string text;
    long number = 0;
    std::vector<std::string> list;
    std::vector<long> numbers;

    std::string repr() const;
};

std::string pyRepr(std::string_view s)
{
    const bool useDouble = s.find('\'') != std::string_view::npos && s.find('"') == std::string_view::npos;
    const char quote = useDouble ? '"' : '\'';
    std::string out(1, quote);
    for (const char c : s) {
        if (c == quote || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\r') {
            out += "\\r";
        } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
            char buffer[8];
            std::snprintf(buffer, sizeof buffer, "\\x%02x", static_cast<unsigned char>(c));
            out += buffer;
        } else {
            out += c;
        }
    }
    out += quote;
    return out;
}

std::string OptionValue::repr() const
{
    switch (kind) {
    case Kind::None:
        return "None";
    case Kind::String:
        return pyRepr(text);
    case Kind::Int:
        return std::to_string(number);
    case Kind::List: {
        std::string out = "[";
        for (std::size_t i = 0; i < list.size(); ++i)
            out += (i ? ", " : "") + pyRepr(list[i]);
        return out + "]";
    }
    case Kind::IntList: {
        std::string out = "[";
        for (std::size_t i = 0; i < numbers.size(); ++i)
            out += (i ? ", " : "") + std::to_string(numbers[i]);
        return out + "]";
    }
    }
    return "None";
}

struct ValueError {
    std::string message;
};

OptionValue str(std::string s)
{
    OptionValue v;
    v.kind = OptionValue::Kind::String;
    v.text = std::move(s);
    return v;
}

OptionValue none()
{
    return {};
}

std::vector<std::string> pySplit(std::string_view text)
{
    std::vector<std::string> parts;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t next = pos;
        if (isUnicodeSpace(decodeUtf8(text, next))) {
            pos = next;
            continue;
        }
        std::size_t end = pos;
        while (end < text.size()) {
            std::size_t after = end;
            if (isUnicodeSpace(decodeUtf8(text, after)))
                break;
            end = after;
        }
        parts.emplace_back(text.substr(pos, end - pos));
        pos = end;
    }
    return parts;
}

long pyInt(const std::optional<std::string> &argument)
{
    if (!argument)
        throw ValueError { "int() argument must be a string, a bytes-like object or a real number, not 'NoneType'" };
    std::string_view s = stripSpace(*argument);
    std::string digits;
    std::size_t i = 0;
    bool negative = false;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
        negative = s[i] == '-';
        ++i;
    }
    bool lastUnderscore = true;
    for (; i < s.size(); ++i) {
        if (s[i] >= '0' && s[i] <= '9') {
            digits += s[i];
            lastUnderscore = false;
        } else if (s[i] == '_' && !lastUnderscore) {
            lastUnderscore = true;
        } else {
            digits.clear();
            break;
        }
    }
    if (digits.empty() || lastUnderscore)
        throw ValueError { "invalid literal for int() with base 10: " + pyRepr(*argument) };
    long value = digits.size() > 15 ? 999999999999999L : std::stol(digits);
    return negative ? -value : value;
}

using Converter = std::function<OptionValue(const std::optional<std::string> &)>;

OptionValue unchanged(const std::optional<std::string> &a)
{
    return str(a.value_or(""));
}

OptionValue unchangedRequired(const std::optional<std::string> &a)
{
    if (!a)
        throw ValueError { "argument required but none supplied" };
    return str(*a);
}

OptionValue flag(const std::optional<std::string> &a)
{
    if (a && !stripSpace(*a).empty())
        throw ValueError { "no argument is allowed; \"" + *a + "\" supplied" };
    return none();
}

OptionValue classOption(const std::optional<std::string> &a)
{
    if (!a)
        throw ValueError { "argument required but none supplied" };
    OptionValue v;
    v.kind = OptionValue::Kind::List;
    for (const auto &name : pySplit(*a)) {
        std::string id = makeId(name);
        if (id.empty())
            throw ValueError { "cannot make \"" + name + "\" into a class name" };
        v.list.push_back(id);
    }
    return v;
}

OptionValue nonnegativeInt(const std::optional<std::string> &a)
{
    const long value = pyInt(a);
    if (value < 0)
        throw ValueError { "negative value; must be positive or zero" };
    OptionValue v;
    v.kind = OptionValue::Kind::Int;
    v.number = value;
    return v;
}

OptionValue positiveInt(const std::optional<std::string> &a)
{
    const long value = pyInt(a);
    if (value < 1)
        throw ValueError { "negative or zero value; must be positive" };
    OptionValue v;
    v.kind = OptionValue::Kind::Int;
    v.number = value;
    return v;
}

OptionValue percentage(const std::optional<std::string> &a)
{
    if (!a)
        return nonnegativeInt(a);
    std::string s = *a;
    while (!s.empty() && (s.back() == ' ' || s.back() == '%'))
        s.pop_back();
    return nonnegativeInt(s);
}

std::string getMeasure(const std::string &argument, const std::vector<std::string> &units)
{
    // ^([0-9.]+) *(units)$
    std::size_t i = 0;
    while (i < argument.size() && ((argument[i] >= '0' && argument[i] <= '9') || argument[i] == '.'))
        ++i;
    const std::string number = argument.substr(0, i);
    std::size_t j = i;
    while (j < argument.size() && argument[j] == ' ')
        ++j;
    const std::string unit = argument.substr(j);
    bool ok = !number.empty() && std::find(units.begin(), units.end(), unit) != units.end();
    if (ok) {
        // float(): digits with at most one dot and at least one digit
        const auto dots = std::count(number.begin(), number.end(), '.');
        ok = dots <= 1 && number != ".";
    }
    if (!ok) {
        std::string list;
        for (std::size_t k = 0; k < units.size(); ++k)
            list += (k ? " " : "") + ("\"" + units[k] + "\"");
        throw ValueError { "not a positive measure of one of the following units:\n" + list };
    }
    return number + unit;
}

const std::vector<std::string> lengthUnits { "em", "ex", "px", "in", "cm", "mm", "pt", "pc" };

OptionValue lengthOrUnitless(const std::optional<std::string> &a)
{
    if (!a)
        throw ValueError { "argument required but none supplied" };
    auto units = lengthUnits;
    units.emplace_back("");
    return str(getMeasure(*a, units));
}

OptionValue lengthOrPercentageOrUnitless(const std::optional<std::string> &a, const std::string &fallback = {})
{
    if (!a)
        throw ValueError { "argument required but none supplied" };
    auto units = lengthUnits;
    units.emplace_back("%");
    try {
        return str(getMeasure(*a, units));
    } catch (const ValueError &) {
        try {
            return str(getMeasure(*a, { "" }) + fallback);
        } catch (const ValueError &) {
            return str(getMeasure(*a, units));
        }
    }
}

std::string formatValues(const std::vector<std::string> &values)
{
    std::string out;
    for (std::size_t i = 0; i + 1 < values.size(); ++i)
        out += (i ? ", " : "") + ("\"" + values[i] + "\"");
    return out + ", or \"" + values.back() + "\"";
}

Converter choice(std::vector<std::string> values)
{
    return [values](const std::optional<std::string> &a) {
        if (!a)
            throw ValueError { "must supply an argument; choose from " + formatValues(values) };
        const std::string value(stripSpace(toLower(*a)));
        if (std::find(values.begin(), values.end(), value) == values.end())
            throw ValueError { "\"" + *a + "\" unknown; choose from " + formatValues(values) };
        return str(value);
    };
}

OptionValue uri(const std::optional<std::string> &a)
{
    if (!a)
        throw ValueError { "argument required but none supplied" };
    // split_escaped_whitespace(escape2null(argument)), unescape, drop spaces
    std::vector<std::string> parts;
    std::string current;
    const std::string &s = *a;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\\' && i + 1 < s.size() && (s[i + 1] == ' ' || s[i + 1] == '\n')) {
            parts.push_back(current);
            current.clear();
            ++i;
            continue;
        }
        if (s[i] == '\\' && i + 1 < s.size()) {
            current += s[++i];
            continue;
        }
        if (s[i] == '\\')
            continue;
        current += s[i];
    }
    parts.push_back(current);
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i)
            out += ' ';
        for (const auto &piece : pySplit(parts[i]))
            out += piece;
    }
    return str(out);
}

OptionValue positiveIntList(const std::optional<std::string> &a)
{
    if (!a)
        throw ValueError { "argument required but none supplied" };
    std::vector<std::string> entries;
    if (a->find(',') != std::string::npos) {
        std::size_t start = 0;
        while (true) {
            const std::size_t comma = a->find(',', start);
            entries.push_back(a->substr(start, comma == std::string::npos ? std::string::npos : comma - start));
            if (comma == std::string::npos)
                break;
            start = comma + 1;
        }
    } else {
        entries = pySplit(*a);
    }
    OptionValue v;
    v.kind = OptionValue::Kind::IntList;
    for (const auto &entry : entries)
        v.numbers.push_back(positiveInt(entry).number);
    return v;
}

Converter valueOr(std::vector<std::string> values, Converter other)
{
    return [values, other](const std::optional<std::string> &a) {
        if (a && std::find(values.begin(), values.end(), *a) != values.end())
            return str(*a);
        return other(a);
    };
}

OptionValue pathOption(const std::optional<std::string> &a)
{
    if (!a)
        throw ValueError { "argument required but none supplied" };
    std::string out;
    for (const auto line : splitLines(*a))
        out += stripSpace(line);
    return str(out);
}

OptionValue encodingOption(const std::optional<std::string> &a)
{
    if (!a)
        throw ValueError { "argument required but none supplied" };
    return str(*a);
}

OptionValue intOption(const std::optional<std::string> &a)
{
    OptionValue v;
    v.kind = OptionValue::Kind::Int;
    v.number = pyInt(a);
    return v;
}

using OptionSpec = std::vector<std::pair<std::string, Converter>>;

struct DirectiveContext;
using DirectiveRun = std::function<std::vector<std::unique_ptr<Node>>(DirectiveContext &)>;

struct DirectiveSpecImpl {
    int requiredArguments = 0;
    int optionalArguments = 0;
    bool finalArgumentWhitespace = false;
    bool hasContent = false;
    OptionSpec options; // empty: option_spec None/{} (see hasOptionSpec)
    bool hasOptionSpec = false;
    DirectiveRun run;
};

struct DirectiveError {
    int level;
    std::string message;
};

// Parses a directive's options block into its field_list (the block
// parser's ExtensionOptions state), telling whether it ended cleanly;
// throws MarkupError when it did not take every line.
using OptionFieldParser = std::function<std::unique_ptr<Node>(const LineList &block, bool &blankFinish)>;

struct DirectiveContext {
    Parser &parser;
    Machine &machine;
    std::string name;
    std::vector<std::string> arguments;
    std::map<std::string, OptionValue> options;
    LineList content;
    int contentOffset = 0;
    int lineno = 0;
    std::string blockText;
    bool inSubstitution = false;
    OptionFieldParser parseOptionFields;

    Document &document() { return parser.document(); }
    DirectiveError error(std::string message) { return { 3, std::move(message) }; }
    DirectiveError warning(std::string message) { return { 2, std::move(message) }; }
    DirectiveError severe(std::string message) { return { 4, std::move(message) }; }
    bool has(const std::string &option) const { return options.contains(option); }
    void assertHasContent()
    {
        if (content.empty())
            throw error("Content block expected for the \"" + name + "\" directive; none found.");
    }
    std::unique_ptr<Node> literalBlockText() const
    {
        auto literal = Node::element(TagId::LiteralBlock);
        literal->setAttribute("xml:space", "preserve");
        if (!blockText.empty())
            literal->append(Node::text(blockText));
        return literal;
    }
    std::unique_ptr<Node> errorWithBlock(const std::string &message)
    {
        std::vector<std::unique_ptr<Node>> children;
        children.push_back(literalBlockText());
        return document().error(message, lineno, std::move(children));
    }
    // Directive.add_name
    void addName(Node &node)
    {
        auto it = options.find("name");
        if (it == options.end())
            return;
        const std::string name = fullyNormalizeName(it->second.text);
        options.erase(it);
        node.listRef("names").emplace_back(name);
        document().noteExplicitTarget(node, &node);
    }
    void addClasses(Node &node, const char *option = "class")
    {
        auto it = options.find(option);
        if (it == options.end())
            return;
        auto &classes = node.listRef("classes");
        classes.insert(classes.end(), it->second.list.begin(), it->second.list.end());
    }
    std::string contentText() const
    {
        std::string text;
        for (std::size_t i = 0; i < content.size(); ++i) {
            if (i)
                text += '\n';
            text += content[i];
        }
        return text;
    }
    void nestedParse(Node &node) { parser.nestedParse(content, contentOffset, node); }
    // The line of the directive's option `option` (its first), 0 when not
    // given.
    int optionLine(std::string_view option) const
    {
        const std::string marker = ":" + std::string(option) + ":";
        int line = lineno;
        for (std::size_t start = 0; start <= blockText.size(); ++line) {
            const std::size_t end = std::min(blockText.find('\n', start), blockText.size());
            const std::string_view text = lstripSpace(std::string_view(blockText).substr(start, end - start));
            if (line > lineno && text.starts_with(marker))
                return line;
            start = end + 1;
        }
        return 0;
    }
    // Records that node covers the whole directive, its first line to its
    // content's last (for the writers' data-line).
    void noteBlockRange(Node &node)
    {
        const int last = content.empty() ? lineno : contentOffset + static_cast<int>(content.size());
        document().noteSourceRange(node, { lineno, std::max(lineno, last), 0 });
    }
    std::vector<std::unique_ptr<Node>> inlineText(
        std::string_view text, int line, std::vector<std::unique_ptr<Node>> &messages)
    {
        return parser.inlineText(text, line, messages);
    }
    int sourceLine(int line) const
    {
        // get_source_and_line(lineno) of the running machine
        const int n = static_cast<int>(machine.lines.size());
        const int offset = line - machine.inputOffset - 1;
        if (offset >= 0 && offset <= n)
            return machine.sourceOffset + offset + 1;
        if (offset < 0 && offset >= -n)
            return machine.sourceOffset + n + offset + 1;
        return 0;
    }
};

// What docutils' parse_directive_block makes of a directive's lines.
struct DirectiveBlock {
    std::vector<std::string> arguments;
    std::map<std::string, OptionValue> options;
    LineList content;
    int contentOffset = 0;
};

bool isFieldMarkerLine(std::string_view line);

// states.Body.parse_directive_block: splits lines into arguments, options
// and content as spec says; throws MarkupError.
DirectiveBlock parseDirectiveBlock(LineList lines,
    int lineOffset,
    const DirectiveSpecImpl &spec,
    std::map<std::string, OptionValue> presets,
    const OptionFieldParser &parseFields)
{
    DirectiveBlock block;
    block.options = std::move(presets);
    if (!lines.empty() && stripSpace(lines[0]).empty()) {
        lines.erase(lines.begin());
        ++lineOffset;
    }
    while (!lines.empty() && stripSpace(lines.back()).empty())
        lines.pop_back();
    LineList argBlock;
    LineList content;
    int contentOffset = lineOffset;
    std::size_t i = 0;
    const bool takesArguments = spec.requiredArguments || spec.optionalArguments;
    if (!lines.empty() && (takesArguments || spec.hasOptionSpec)) {
        for (i = 0; i < lines.size(); ++i) {
            if (stripSpace(lines[i]).empty())
                break;
        }
        argBlock.assign(lines.begin(), lines.begin() + static_cast<std::ptrdiff_t>(i));
        if (i + 1 <= lines.size())
            content.assign(lines.begin() + static_cast<std::ptrdiff_t>(std::min(i + 1, lines.size())), lines.end());
        contentOffset = lineOffset + static_cast<int>(i) + 1;
    } else {
        content = lines;
        contentOffset = lineOffset;
    }
    if (spec.hasOptionSpec) {
        // parse_directive_options
        std::size_t optStart = argBlock.size();
        for (std::size_t k = 0; k < argBlock.size(); ++k) {
            if (isFieldMarkerLine(argBlock[k])) {
                optStart = k;
                break;
            }
        }
        LineList optBlock(argBlock.begin() + static_cast<std::ptrdiff_t>(optStart), argBlock.end());
        argBlock.resize(optStart);
        if (!optBlock.empty()) {
            bool blankFinish = true;
            const auto fieldList = parseFields(optBlock, blankFinish);
            // extract_extension_options
            std::vector<std::pair<std::string, std::optional<std::string>>> optionList;
            for (const auto &fieldNode : fieldList->children()) {
                const std::string fieldName = fieldNode->child(0)->astext();
                if (pySplit(fieldName).size() != 1)
                    throw MarkupError {
                        "invalid option data: extension option field name may not contain multiple words"
                    };
                const std::string name = toLower(fieldName);
                const Node *body = fieldNode->child(1);
                std::optional<std::string> data;
                if (body->childCount() == 0) {
                } else if (body->childCount() > 1 || body->child(0)->tag() != "paragraph"
                    || body->child(0)->childCount() != 1 || !body->child(0)->child(0)->isText()) {
                    throw MarkupError { "invalid option data: extension option field body may contain\na single "
                                        "paragraph only (option \""
                        + name + "\")" };
                } else {
                    data = body->child(0)->child(0)->textValue();
                }
                optionList.emplace_back(name, data);
            }
            std::map<std::string, OptionValue> converted;
            for (const auto &[name, value] : optionList) {
                const auto spec_it = std::find_if(
                    spec.options.begin(), spec.options.end(), [&](const auto &p) { return p.first == name; });
                if (spec_it == spec.options.end())
                    throw MarkupError { "unknown option: \"" + name + "\"" };
                if (converted.contains(name))
                    throw MarkupError { "invalid option data: duplicate option \"" + name + "\"" };
                try {
                    converted[name] = spec_it->second(value);
                } catch (const ValueError &error) {
                    throw MarkupError { "invalid option value: (option: \"" + name
                        + "\"; value: " + (value ? pyRepr(*value) : std::string("None")) + ")\n" + error.message };
                }
            }
            if (!blankFinish)
                throw MarkupError { "option data incompletely parsed" };
            for (auto &[name, value] : converted)
                block.options[name] = std::move(value);
        }
    }
    if (!argBlock.empty() && !takesArguments) {
        LineList merged = argBlock;
        merged.insert(
            merged.end(), lines.begin() + static_cast<std::ptrdiff_t>(std::min(i, lines.size())), lines.end());
        content = std::move(merged);
        contentOffset = lineOffset;
        argBlock.clear();
    }
    while (!content.empty() && stripSpace(content.front()).empty()) {
        content.erase(content.begin());
        ++contentOffset;
    }
    if (takesArguments) {
        std::string argText;
        for (std::size_t k = 0; k < argBlock.size(); ++k)
            argText += (k ? "\n" : "") + std::string(argBlock[k]);
        auto arguments = pySplit(argText);
        const auto required = static_cast<std::size_t>(spec.requiredArguments);
        const auto maximum = required + static_cast<std::size_t>(spec.optionalArguments);
        if (arguments.size() < required)
            throw MarkupError { std::to_string(required) + " argument(s) required, " + std::to_string(arguments.size())
                + " supplied" };
        if (arguments.size() > maximum) {
            if (spec.finalArgumentWhitespace) {
                // split(None, maxsplit)
                std::vector<std::string> split;
                std::string_view rest = argText;
                for (std::size_t k = 0; k + 1 < maximum; ++k) {
                    rest = lstripSpace(rest);
                    std::size_t e = 0;
                    while (e < rest.size()) {
                        std::size_t after = e;
                        if (isUnicodeSpace(decodeUtf8(rest, after)))
                            break;
                        e = after;
                    }
                    split.emplace_back(rest.substr(0, e));
                    rest = rest.substr(e);
                }
                rest = lstripSpace(rest);
                rest = rstripSpace(rest);
                if (!rest.empty())
                    split.emplace_back(rest);
                arguments = std::move(split);
            } else {
                throw MarkupError { "maximum " + std::to_string(maximum) + " argument(s) allowed, "
                    + std::to_string(arguments.size()) + " supplied" };
            }
        }
        block.arguments = std::move(arguments);
    }
    if (!content.empty() && !spec.hasContent)
        throw MarkupError { "no content permitted" };
    block.content = std::move(content);
    block.contentOffset = contentOffset;
    return block;
}

std::unique_ptr<Node> element(const char *tag)
{
    return Node::element(tag);
}

std::vector<std::unique_ptr<Node>> one(std::unique_ptr<Node> node)
{
    std::vector<std::unique_ptr<Node>> nodes;
    nodes.push_back(std::move(node));
    return nodes;
}

std::vector<std::unique_ptr<Node>> runAdmonition(DirectiveContext &d, const char *tag, bool generic)
{
    d.assertHasContent();
    auto node = element(tag);
    d.addClasses(*node);
    d.addName(*node);
    node->setLine(d.sourceLine(d.lineno));
    if (generic) {
        const std::string &titleText = d.arguments[0];
        std::vector<std::unique_ptr<Node>> messages;
        auto textNodes = d.inlineText(titleText, d.lineno, messages);
        auto title = element("title");
        for (auto &n : textNodes)
            title->append(std::move(n));
        title->setLine(d.sourceLine(d.lineno));
        node->append(std::move(title));
        for (auto &m : messages)
            node->append(std::move(m));
        if (!d.has("class"))
            node->listRef("classes").emplace_back("admonition-" + makeId(titleText));
    }
    d.nestedParse(*node);
    return one(std::move(node));
}

std::vector<std::unique_ptr<Node>> runTitledShim(DirectiveContext &d, const char *title, const char *cls)
{
    auto node = element("admonition");
    node->listRef("classes").emplace_back(cls);
    d.addClasses(*node);
    auto titleNode = element("title");
    titleNode->append(Node::text(title));
    node->append(std::move(titleNode));
    d.addName(*node);
    d.nestedParse(*node);
    return one(std::move(node));
}

std::vector<std::unique_ptr<Node>> runCode(DirectiveContext &d)
{
    d.assertHasContent();
    const std::string language = d.arguments.empty() ? std::string() : d.arguments[0];
    auto node = element("literal_block");
    auto &classes = node->listRef("classes");
    classes.emplace_back("code");
    if (!language.empty())
        classes.emplace_back(language);
    if (auto it = d.options.find("class"); it != d.options.end())
        classes.insert(classes.end(), it->second.list.begin(), it->second.list.end());
    node->setAttribute("xml:space", "preserve");
    const std::string code = d.contentText();
    if (d.has("number-lines")) {
        long start = 1;
        const auto &value = d.options["number-lines"].text;
        if (!value.empty()) {
            try {
                start = pyInt(value);
            } catch (const ValueError &) {
                throw d.error(":number-lines: with non-integer start value");
            }
        }
        const long end = start + static_cast<long>(d.content.size());
        const std::size_t width = std::to_string(end).size();
        long number = start;
        std::size_t pos = 0;
        while (pos <= code.size()) {
            const std::size_t newline = code.find('\n', pos);
            const std::string line
                = code.substr(pos, newline == std::string::npos ? std::string::npos : newline - pos + 1);
            std::string label = std::to_string(number);
            label.insert(0, width - std::min(width, label.size()), ' ');
            auto ln = element("inline");
            ln->listRef("classes").emplace_back("ln");
            ln->append(Node::text(label + " "));
            node->append(std::move(ln));
            if (!line.empty())
                node->append(Node::text(line));
            ++number;
            if (newline == std::string::npos)
                break;
            pos = newline + 1;
        }
    } else if (!code.empty()) {
        node->append(Node::text(code));
    }
    d.addName(*node);
    return one(std::move(node));
}

std::vector<std::unique_ptr<Node>> runParsedLiteral(DirectiveContext &d)
{
    d.assertHasContent();
    const std::string text = d.contentText();
    std::vector<std::unique_ptr<Node>> messages;
    auto textNodes = d.inlineText(text, d.lineno, messages);
    auto node = element("literal_block");
    d.addClasses(*node);
    node->setAttribute("xml:space", "preserve");
    for (auto &n : textNodes)
        node->append(std::move(n));
    node->setLine(d.contentOffset + 1);
    d.addName(*node);
    std::vector<std::unique_ptr<Node>> result;
    result.push_back(std::move(node));
    for (auto &m : messages)
        result.push_back(std::move(m));
    return result;
}

std::vector<std::unique_ptr<Node>> runRubric(DirectiveContext &d)
{
    const std::string &text = d.arguments[0];
    std::vector<std::unique_ptr<Node>> messages;
    auto textNodes = d.inlineText(text, d.lineno, messages);
    auto node = element("rubric");
    d.addClasses(*node);
    for (auto &n : textNodes)
        node->append(std::move(n));
    d.addName(*node);
    std::vector<std::unique_ptr<Node>> result;
    result.push_back(std::move(node));
    for (auto &m : messages)
        result.push_back(std::move(m));
    return result;
}

std::vector<std::unique_ptr<Node>> runPseudoSection(DirectiveContext &d, const char *tag)
{
    const bool sidebar = std::strcmp(tag, "sidebar") == 0;
    if (sidebar && d.machine.node->tag() == "sidebar")
        throw d.error("The \"" + d.name + "\" directive may not be used within a sidebar element.");
    if (sidebar && d.has("subtitle") && d.arguments.empty())
        throw d.error("The \"subtitle\" option may not be used without a title.");
    if (!(d.machine.matchTitles || d.machine.node->tag() == "sidebar"))
        throw d.error("The \"" + d.name + "\" directive may not be used within topics or body elements.");
    d.assertHasContent();
    auto node = element(tag);
    std::vector<std::unique_ptr<Node>> messages;
    if (!d.arguments.empty()) {
        auto title = element("title");
        for (auto &n : d.inlineText(d.arguments[0], d.lineno, messages))
            title->append(std::move(n));
        node->append(std::move(title));
        if (d.has("subtitle")) {
            auto subtitle = element("subtitle");
            for (auto &n : d.inlineText(d.options["subtitle"].text, d.lineno, messages))
                subtitle->append(std::move(n));
            node->append(std::move(subtitle));
        }
    }
    for (auto &m : messages)
        node->append(std::move(m));
    d.addClasses(*node);
    d.addName(*node);
    d.nestedParse(*node);
    return one(std::move(node));
}

std::vector<std::unique_ptr<Node>> runBlockQuote(DirectiveContext &d, const char *cls)
{
    d.assertHasContent();
    auto elements = d.parser.blockQuotePublic(d.content, d.contentOffset);
    for (auto &e : elements) {
        if (e->tag() == "block_quote")
            e->listRef("classes").emplace_back(cls);
    }
    return elements;
}

std::vector<std::unique_ptr<Node>> runCompound(DirectiveContext &d, const char *tag)
{
    d.assertHasContent();
    auto node = element(tag);
    if (std::strcmp(tag, "container") == 0) {
        if (!d.arguments.empty()) {
            try {
                const auto classes = classOption(d.arguments[0]);
                auto &list = node->listRef("classes");
                list.insert(list.end(), classes.list.begin(), classes.list.end());
            } catch (const ValueError &) {
                throw d.error(
                    "Invalid class attribute value for \"" + d.name + "\" directive: \"" + d.arguments[0] + "\".");
            }
        }
    } else {
        d.addClasses(*node);
    }
    d.addName(*node);
    d.nestedParse(*node);
    return one(std::move(node));
}

// meta: its fields become meta elements at the top of the document, after
// the title, subtitle, rubrics and metas already there; nothing stays where
// the directive stood.
std::vector<std::unique_ptr<Node>> runMeta(DirectiveContext &d)
{
    d.assertHasContent();
    auto holder = Node::element(TagId::Container);
    const int stoppedAt = d.parser.metaBodyParse(d.machine, d.content, d.contentOffset, *holder);
    if (stoppedAt - d.contentOffset != static_cast<int>(d.content.size()))
        holder->append(d.errorWithBlock("Invalid meta directive."));
    Node &root = d.document().root();
    std::size_t index = 0;
    for (std::size_t i = 0; i < root.childCount(); ++i) {
        const Node &child = *root.child(i);
        if (!(child.is(TagId::Title) || child.is(TagId::Subtitle) || child.is(TagId::Rubric)
                || child.is(TagId::Meta))) {
            index = i;
            break;
        }
    }
    // As docutils: when every child is one of those, they go first.
    while (holder->childCount() > 0)
        root.insert(index++, holder->take(0));
    return {};
}

std::vector<std::unique_ptr<Node>> runLineBlock(DirectiveContext &d)
{
    d.assertHasContent();
    auto block = element("line_block");
    d.addClasses(*block);
    d.addName(*block);
    std::vector<std::unique_ptr<Node>> result;
    std::vector<std::unique_ptr<Node>> messages;
    std::vector<int> indents;
    int offset = d.contentOffset;
    int previous = 0;
    for (const auto lineText : d.content) {
        auto line = element("line");
        for (auto &n : d.inlineText(stripSpace(lineText), d.lineno + offset, messages))
            line->append(std::move(n));
        if (!stripSpace(lineText).empty())
            previous = static_cast<int>(leadingWhitespace(lineText));
        indents.push_back(previous);
        block->append(std::move(line));
        ++offset;
    }
    d.parser.nestLineBlock(*block, indents);
    result.push_back(std::move(block));
    for (auto &m : messages)
        result.push_back(std::move(m));
    return result;
}

std::vector<std::unique_ptr<Node>> runMath(DirectiveContext &d)
{
    d.assertHasContent();
    std::vector<std::unique_ptr<Node>> result;
    const std::string text = d.contentText();
    std::size_t pos = 0;
    while (pos <= text.size()) {
        const std::size_t split = text.find("\n\n", pos);
        const std::string block = text.substr(pos, split == std::string::npos ? std::string::npos : split - pos);
        if (!block.empty()) {
            auto node = element("math_block");
            d.addClasses(*node);
            node->setAttribute("xml:space", "preserve");
            node->append(Node::text(block));
            node->setLine(d.sourceLine(d.lineno));
            d.addName(*node);
            result.push_back(std::move(node));
        }
        if (split == std::string::npos)
            break;
        pos = split + 2;
    }
    return result;
}

std::unique_ptr<Node> makeTableTitle(DirectiveContext &d, std::vector<std::unique_ptr<Node>> &messages)
{
    if (d.arguments.empty())
        return nullptr;
    auto title = element("title");
    for (auto &n : d.inlineText(d.arguments[0], d.lineno, messages))
        title->append(std::move(n));
    title->setLine(d.sourceLine(d.lineno));
    return title;
}

std::vector<std::unique_ptr<Node>> finishTable(DirectiveContext &d,
    std::unique_ptr<Node> table,
    std::unique_ptr<Node> title,
    std::vector<std::unique_ptr<Node>> messages)
{
    if (d.has("width"))
        table->setAttribute("width", d.options["width"].text);
    d.addName(*table);
    if (title)
        table->insert(0, std::move(title));
    std::vector<std::unique_ptr<Node>> result;
    result.push_back(std::move(table));
    for (auto &m : messages)
        result.push_back(std::move(m));
    return result;
}

std::vector<std::unique_ptr<Node>> runTable(DirectiveContext &d)
{
    if (d.content.empty()) {
        std::vector<std::unique_ptr<Node>> children;
        children.push_back(d.literalBlockText());
        return one(d.document().warning(
            "Content block expected for the \"" + d.name + "\" directive; none found.", d.lineno, std::move(children)));
    }
    std::vector<std::unique_ptr<Node>> messages;
    auto title = makeTableTitle(d, messages);
    Node *holder = d.document().keepDetached(element("holder"));
    d.nestedParse(*holder);
    if (holder->childCount() != 1 || holder->child(0)->tag() != "table")
        return one(d.errorWithBlock(
            "Error parsing content block for the \"" + d.name + "\" directive: exactly one table expected."));
    auto table = holder->take(0);
    d.addClasses(*table);
    if (d.has("width"))
        table->setAttribute("width", d.options["width"].text);
    if (d.has("align"))
        table->setAttribute("align", d.options["align"].text);
    const auto widths = d.options.find("widths");
    if (widths != d.options.end() && widths->second.kind == OptionValue::Kind::IntList) {
        Node *tgroup = table->child(0);
        const std::size_t cols = static_cast<std::size_t>(std::stoi(tgroup->attribute("cols")));
        if (widths->second.numbers.size() != cols)
            return one(d.errorWithBlock("\"" + d.name + "\" widths do not match the number of columns in table ("
                + std::to_string(cols) + ")."));
        std::size_t i = 0;
        for (const auto &child : tgroup->children()) {
            if (child->tag() == "colspec" && i < cols)
                child->setAttribute("colwidth", std::to_string(widths->second.numbers[i++]));
        }
    }
    if (widths != d.options.end()) {
        table->listRef("classes").emplace_back(
            widths->second.kind == OptionValue::Kind::String && widths->second.text == "auto" ? "colwidths-auto"
                                                                                              : "colwidths-given");
    }
    d.addName(*table);
    if (title)
        table->insert(0, std::move(title));
    d.noteBlockRange(*table);
    std::vector<std::unique_ptr<Node>> result;
    result.push_back(std::move(table));
    for (auto &m : messages)
        result.push_back(std::move(m));
    return result;
}

std::vector<long> columnWidths(DirectiveContext &d, std::size_t cols)
{
    const auto widths = d.options.find("widths");
    if (widths != d.options.end() && widths->second.kind == OptionValue::Kind::IntList) {
        if (widths->second.numbers.size() != cols)
            throw d.errorWithBlock("\"" + d.name + "\" widths do not match the number of columns in table ("
                + std::to_string(cols) + ").");
        return widths->second.numbers;
    }
    if (cols)
        return std::vector<long>(cols, 100 / static_cast<long>(cols));
    throw d.errorWithBlock("No table data detected in CSV file.");
}

void checkTableDimensions(
    DirectiveContext &d, const std::vector<std::size_t> &rowLengths, long headerRows, long stubColumns)
{
    const auto rows = static_cast<long>(rowLengths.size());
    if (rows < headerRows)
        throw d.errorWithBlock(std::to_string(headerRows) + " header row(s) specified but only " + std::to_string(rows)
            + " row(s) of data supplied (\"" + d.name + "\" directive).");
    if (rows == headerRows && headerRows > 0)
        throw d.errorWithBlock("Insufficient data supplied (" + std::to_string(rows)
            + " row(s)); no data remaining for table body, required by \"" + d.name + "\" directive.");
    for (const std::size_t length : rowLengths) {
        const auto len = static_cast<long>(length);
        if (len < stubColumns)
            throw d.errorWithBlock(std::to_string(stubColumns) + " stub column(s) specified but only "
                + std::to_string(len) + " columns(s) of data supplied (\"" + d.name + "\" directive).");
        if (len == stubColumns && stubColumns > 0)
            throw d.errorWithBlock("Insufficient data supplied (" + std::to_string(len)
                + " columns(s)); no data remaining for table body, required by \"" + d.name + "\" directive.");
    }
}

std::unique_ptr<Node> tableFromRows(DirectiveContext &d,
    std::vector<std::vector<std::vector<std::unique_ptr<Node>>>> rows,
    const std::vector<long> &colWidths,
    long headerRows,
    long stubColumns)
{
    auto table = element("table");
    const auto widths = d.options.find("widths");
    if (widths != d.options.end())
        table->listRef("classes").emplace_back(
            widths->second.kind == OptionValue::Kind::String && widths->second.text == "auto" ? "colwidths-auto"
                                                                                              : "colwidths-given");
    Node *tgroup = table->append(element("tgroup"));
    tgroup->setAttribute("cols", std::to_string(colWidths.size()));
    for (const long width : colWidths) {
        Node *colspec = tgroup->append(element("colspec"));
        colspec->setAttribute("colwidth", std::to_string(width));
        if (stubColumns > 0) {
            colspec->setAttribute("stub", "1");
            --stubColumns;
        }
    }
    std::vector<std::unique_ptr<Node>> rowNodes;
    for (auto &row : rows) {
        auto rowNode = element("row");
        for (auto &cell : row) {
            Node *entry = rowNode->append(element("entry"));
            for (auto &n : cell)
                entry->append(std::move(n));
        }
        rowNodes.push_back(std::move(rowNode));
    }
    if (headerRows > 0) {
        Node *thead = tgroup->append(element("thead"));
        for (long i = 0; i < headerRows && i < static_cast<long>(rowNodes.size()); ++i)
            thead->append(std::move(rowNodes[static_cast<std::size_t>(i)]));
    }
    Node *tbody = tgroup->append(element("tbody"));
    for (std::size_t i = static_cast<std::size_t>(std::max(0L, headerRows)); i < rowNodes.size(); ++i)
        tbody->append(std::move(rowNodes[i]));
    if (d.has("align"))
        table->setAttribute("align", d.options["align"].text);
    d.addClasses(*table);
    return table;
}

// Records the source lines of a table's rows (in order, head then body),
// of their cells, and of its head and body (the lines of their rows).
void noteRowRanges(Document &document,
    Node &table,
    const std::vector<SourceRange> &rows,
    const std::vector<std::vector<SourceRange>> &cells)
{
    std::size_t index = 0;
    for (const auto &group : table.children()) {
        if (group->tag() != "tgroup")
            continue;
        for (const auto &part : group->children()) {
            if (part->tag() != "thead" && part->tag() != "tbody")
                continue;
            SourceRange partRange;
            for (std::size_t r = 0; r < part->childCount() && index < rows.size(); ++r, ++index) {
                Node &row = *part->child(r);
                const SourceRange &rowRange = rows[index];
                if (rowRange.first <= 0)
                    continue;
                document.noteSourceRange(row, rowRange);
                for (std::size_t c = 0; c < row.childCount() && c < cells[index].size(); ++c) {
                    if (cells[index][c].first > 0)
                        document.noteSourceRange(*row.child(c), cells[index][c]);
                }
                partRange.first = partRange.first > 0 ? std::min(partRange.first, rowRange.first) : rowRange.first;
                partRange.last = std::max(partRange.last, rowRange.last);
            }
            if (partRange.first > 0)
                document.noteSourceRange(*part, partRange);
        }
    }
}

std::vector<std::unique_ptr<Node>> runListTable(DirectiveContext &d)
{
    if (d.content.empty())
        return one(d.errorWithBlock("The \"" + d.name + "\" directive is empty; content required."));
    std::vector<std::unique_ptr<Node>> messages;
    auto title = makeTableTitle(d, messages);
    Node *holder = d.document().keepDetached(element("holder"));
    // what the parser records inside the list: its tables, directives
    const std::size_t firstRecord = d.document().sourceRanges().size();
    d.nestedParse(*holder);
    std::vector<std::vector<std::vector<std::unique_ptr<Node>>>> rows;
    std::vector<long> widths;
    const long headerRows = d.has("header-rows") ? d.options["header-rows"].number : 0;
    const long stubColumns = d.has("stub-columns") ? d.options["stub-columns"].number : 0;
    std::vector<SourceRange> rowRanges;
    std::vector<std::vector<SourceRange>> cellRanges;
    try {
        if (holder->childCount() != 1 || holder->child(0)->tag() != "bullet_list")
            throw d.errorWithBlock(
                "Error parsing content block for the \"" + d.name + "\" directive: exactly one bullet list expected.");
        Node *list = holder->child(0);
        std::size_t numCols = 0;
        for (std::size_t i = 0; i < list->childCount(); ++i) {
            Node *item = list->child(i);
            if (item->childCount() != 1 || item->child(0)->tag() != "bullet_list")
                throw d.errorWithBlock("Error parsing content block for the \"" + d.name
                    + "\" directive: two-level bullet list expected, but row " + std::to_string(i + 1)
                    + " does not contain a second-level bullet list.");
            if (i) {
                if (item->child(0)->childCount() != numCols)
                    throw d.errorWithBlock("Error parsing content block for the \"" + d.name
                        + "\" directive: uniform two-level bullet list expected, but row " + std::to_string(i + 1)
                        + " does not contain the same number of items as row 1 ("
                        + std::to_string(item->child(0)->childCount()) + " vs " + std::to_string(numCols) + ").");
            } else {
                numCols = item->child(0)->childCount();
            }
        }
        widths = columnWidths(d, numCols);
        std::vector<std::size_t> lengths;
        for (std::size_t i = 0; i < list->childCount(); ++i)
            lengths.push_back(list->child(i)->child(0)->childCount());
        checkTableDimensions(d, lengths, headerRows, stubColumns);
        LineRanges itemLines(std::span(d.document().sourceRanges()).subspan(firstRecord));
        for (std::size_t i = 0; i < list->childCount(); ++i) {
            Node *rowList = list->child(i)->child(0);
            const LineRange rowLines = itemLines(*list->child(i));
            rowRanges.push_back({ rowLines.first, rowLines.last, 0 });
            cellRanges.emplace_back();
            std::vector<std::vector<std::unique_ptr<Node>>> row;
            for (std::size_t j = 0; j < rowList->childCount(); ++j) {
                Node *item = rowList->child(j);
                const LineRange cellLines = itemLines(*item);
                cellRanges.back().push_back({ cellLines.first, cellLines.last, 0 });
                std::vector<std::unique_ptr<Node>> cell;
                while (item->childCount())
                    cell.push_back(item->take(0));
                row.push_back(std::move(cell));
            }
            rows.push_back(std::move(row));
        }
    } catch (std::unique_ptr<Node> &error) {
        return one(std::move(error));
    }
    auto table = tableFromRows(d, std::move(rows), widths, headerRows, stubColumns);
    noteRowRanges(d.document(), *table, rowRanges, cellRanges);
    d.noteBlockRange(*table);
    return finishTable(d, std::move(table), std::move(title), std::move(messages));
}

// csv-table (content only; file and url need file insertion). Python's csv
// reader with docutils' dialect.
// One field of csv data and the lines (indexes into the data's lines) it
// starts and ends on.
struct CsvField {
    std::string text;
    int firstLine = 0;
    int lastLine = 0;
};

std::vector<std::vector<CsvField>> readCsv(const std::vector<std::string> &lines,
    char32_t delim,
    char32_t quote,
    bool skipInitialSpace,
    std::optional<char32_t> escape)
{
    std::string text;
    for (const auto &line : lines)
        text += line + "\n";
    std::u32string data = toU32(text);
    std::vector<std::vector<CsvField>> rows;
    std::vector<CsvField> row;
    std::u32string field;
    int line = 0;
    std::optional<int> fieldLine; // where the field being read started
    enum {
        StartRecord,
        StartField,
        InField,
        InQuoted,
        QuoteInQuoted,
        EscapeInField,
        EscapeInQuoted
    } state
        = StartRecord;
    auto endField = [&] {
        const int last = std::min(line, std::max(0, static_cast<int>(lines.size()) - 1));
        row.push_back({ toUtf8(field), fieldLine.value_or(last), last });
        field.clear();
        fieldLine.reset();
    };
    for (std::size_t i = 0; i < data.size(); line += data[i] == U'\n' ? 1 : 0, ++i) {
        const char32_t c = data[i];
        switch (state) {
        case StartRecord:
            if (c == U'\n') {
                rows.emplace_back(); // an empty line is an empty record
                continue;
            }
            state = StartField;
            [[fallthrough]];
        case StartField:
            if (!fieldLine)
                fieldLine = line;
            if (c == U'\n') {
                endField();
                rows.push_back(std::move(row));
                row.clear();
                state = StartRecord;
            } else if (c == quote) {
                state = InQuoted;
            } else if (escape && c == *escape) {
                state = EscapeInField;
            } else if (c == U' ' && skipInitialSpace) {
            } else if (c == delim) {
                endField();
            } else {
                field += c;
                state = InField;
            }
            break;
        case EscapeInField:
            field += c;
            state = InField;
            break;
        case InField:
            if (c == U'\n') {
                endField();
                rows.push_back(std::move(row));
                row.clear();
                state = StartRecord;
            } else if (escape && c == *escape) {
                state = EscapeInField;
            } else if (c == delim) {
                endField();
                state = StartField;
            } else {
                field += c;
            }
            break;
        case InQuoted:
            if (escape && c == *escape)
                state = EscapeInQuoted;
            else if (c == quote)
                state = escape ? InField : QuoteInQuoted;
            else
                field += c;
            break;
        case EscapeInQuoted:
            field += c;
            state = InQuoted;
            break;
        case QuoteInQuoted:
            if (c == quote) {
                field += c;
                state = InQuoted;
            } else if (c == delim) {
                endField();
                state = StartField;
            } else if (c == U'\n') {
                endField();
                rows.push_back(std::move(row));
                row.clear();
                state = StartRecord;
            } else {
                throw ValueError { "'" + toUtf8(std::u32string(1, delim)) + "' expected after '"
                    + toUtf8(std::u32string(1, quote)) + "'" };
            }
            break;
        }
    }
    if (state == InQuoted || state == EscapeInQuoted)
        throw ValueError { "unexpected end of data" };
    if (state != StartRecord) {
        endField();
        rows.push_back(std::move(row));
    }
    return rows;
}

std::vector<std::unique_ptr<Node>> runCsvTable(DirectiveContext &d)
{
    if (d.has("file") || d.has("url")) {
        std::vector<std::unique_ptr<Node>> children;
        children.push_back(d.literalBlockText());
        return one(d.document().warning(
            "File and URL access deactivated; ignoring \"" + d.name + "\" directive.", d.lineno, std::move(children)));
    }
    std::vector<std::unique_ptr<Node>> messages;
    auto title = makeTableTitle(d, messages);
    if (d.content.empty()) {
        std::vector<std::unique_ptr<Node>> children;
        children.push_back(d.literalBlockText());
        return one(d.document().warning(
            "The \"" + d.name + "\" directive requires content; none supplied.", d.lineno, std::move(children)));
    }
    const long headerRows = d.has("header-rows") ? d.options["header-rows"].number : 0;
    const long stubColumns = d.has("stub-columns") ? d.options["stub-columns"].number : 0;
    auto singleChar = [&](const char *option, char32_t fallback) {
        if (!d.has(option))
            return fallback;
        const std::string &text = d.options[option].text;
        if (text == "tab")
            return U'\t';
        if (text == "space")
            return U' ';
        const std::u32string value = toU32(text);
        return value.empty() ? fallback : value[0];
    };
    const char32_t delim = singleChar("delim", U',');
    const char32_t quote = singleChar("quote", U'"');
    std::optional<char32_t> escape;
    if (d.has("escape"))
        escape = singleChar("escape", U'\\');
    const bool skipSpace = !d.has("keepspace");
    TableData data;
    std::vector<std::vector<std::optional<TableCell>>> head;
    std::vector<std::vector<std::optional<TableCell>>> body;
    std::size_t maxCols = 0;
    // firstLine: the source line of the data's first line, 0 when unknown.
    auto toRows = [&](const std::vector<std::vector<CsvField>> &csvRows, int firstLine) {
        std::vector<std::vector<std::optional<TableCell>>> rows;
        for (const auto &csvRow : csvRows) {
            std::vector<std::optional<TableCell>> row;
            for (const auto &csvField : csvRow) {
                TableCell cell;
                for (const auto line : splitLines(csvField.text))
                    cell.lines.push_back(toU32(line));
                if (firstLine > 0) {
                    cell.sourceFirst = firstLine + csvField.firstLine;
                    cell.sourceLast = firstLine + csvField.lastLine;
                }
                row.push_back(std::move(cell));
            }
            maxCols = std::max(maxCols, csvRow.size());
            rows.push_back(std::move(row));
        }
        return rows;
    };
    try {
        if (d.has("header")) {
            std::vector<std::string> headerLines;
            const std::string &header = d.options["header"].text;
            std::size_t start = 0;
            while (true) {
                const std::size_t nl = header.find('\n', start);
                headerLines.push_back(header.substr(start, nl == std::string::npos ? std::string::npos : nl - start));
                if (nl == std::string::npos)
                    break;
                start = nl + 1;
            }
            head = toRows(readCsv(headerLines, delim, quote, skipSpace, escape), d.optionLine("header"));
        }
        std::vector<std::string> contentLines(d.content.begin(), d.content.end());
        auto rows = toRows(readCsv(contentLines, delim, quote, skipSpace, escape), d.contentOffset + 1);
        std::vector<std::size_t> lengths;
        for (const auto &row : rows)
            lengths.push_back(row.size());
        checkTableDimensions(d, lengths, headerRows, stubColumns);
        for (std::size_t i = 0; i < rows.size(); ++i)
            (static_cast<long>(i) < headerRows ? head : body).push_back(std::move(rows[i]));
        const auto widths = columnWidths(d, maxCols);
        for (const long w : widths)
            data.colWidths.push_back(static_cast<int>(w));
        for (auto *part : { &head, &body }) {
            for (auto &row : *part) {
                while (row.size() < maxCols)
                    row.push_back(TableCell {});
            }
        }
    } catch (std::unique_ptr<Node> &error) {
        return one(std::move(error));
    } catch (const ValueError &error) {
        return one(d.errorWithBlock("Error with CSV data in \"" + d.name + "\" directive:\n" + error.message));
    }
    data.headRows = std::move(head);
    data.bodyRows = std::move(body);
    std::string widthsOption;
    if (auto it = d.options.find("widths"); it != d.options.end())
        widthsOption = it->second.kind == OptionValue::Kind::String ? it->second.text : "given";
    auto table = d.parser.buildTable(data, d.contentOffset, static_cast<int>(stubColumns), widthsOption, true);
    d.noteBlockRange(*table);
    d.addClasses(*table);
    if (d.has("align"))
        table->setAttribute("align", d.options["align"].text);
    return finishTable(d, std::move(table), std::move(title), std::move(messages));
}

std::vector<std::unique_ptr<Node>> runImage(DirectiveContext &d, bool figure)
{
    std::optional<OptionValue> figwidth;
    std::optional<OptionValue> figclass;
    std::optional<OptionValue> figalign;
    if (figure) {
        if (auto it = d.options.find("figwidth"); it != d.options.end()) {
            figwidth = it->second;
            d.options.erase(it);
        }
        if (auto it = d.options.find("figclass"); it != d.options.end()) {
            figclass = it->second;
            d.options.erase(it);
        }
        if (auto it = d.options.find("align"); it != d.options.end()) {
            figalign = it->second;
            d.options.erase(it);
        }
    }
    if (d.has("align")) {
        const std::string align = d.options["align"].text;
        if (d.inSubstitution) {
            if (align != "top" && align != "middle" && align != "bottom")
                throw d.error("Error in \"" + d.name + "\" directive: \"" + align
                    + "\" is not a valid value for the \"align\" option within a substitution definition.  "
                      "Valid values for \"align\" are: \"top\", \"middle\", \"bottom\".");
        } else if (align != "left" && align != "center" && align != "right") {
            throw d.error("Error in \"" + d.name + "\" directive: \"" + align
                + "\" is not a valid value for the \"align\" option.  Valid values for \"align\" are: \"left\", "
                  "\"center\", \"right\".");
        }
    }
    std::vector<std::unique_ptr<Node>> messages;
    const std::string reference = uri(d.arguments[0]).text;
    auto image = element("image");
    image->setAttribute("uri", reference);
    std::unique_ptr<Node> referenceNode;
    if (auto it = d.options.find("target"); it != d.options.end()) {
        const std::string target = it->second.text;
        // parse_target on the option's lines
        std::string joined;
        std::vector<std::string> lines;
        for (const auto line : splitLines(target))
            lines.emplace_back(line);
        std::string stripped;
        for (std::size_t i = 0; i < lines.size(); ++i)
            stripped += (i ? " " : "") + std::string(stripSpace(lines[i]));
        referenceNode = element("reference");
        bool indirect = false;
        if (!stripped.empty() && stripped.back() == '_') {
            const std::string normalized = whitespaceNormalizeName(stripped);
            std::string_view s = normalized;
            std::string name;
            if (s.size() >= 4 && s[0] == '`' && s[s.size() - 2] == '`')
                name = std::string(s.substr(1, s.size() - 3));
            else
                name = std::string(s.substr(0, s.size() - 1));
            if ((!name.empty() && name.find(' ') == std::string::npos) || s[0] == '`') {
                referenceNode->setAttribute("refname", fullyNormalizeName(name));
                referenceNode->setAttribute("name", whitespaceNormalizeName(name));
                d.document().noteRefname(*referenceNode);
                indirect = true;
            }
        }
        if (!indirect) {
            std::string refuri;
            for (const auto &piece : pySplit(stripped))
                refuri += piece;
            referenceNode->setAttribute("refuri", refuri);
        }
        d.options.erase(it);
    }
    for (const auto &[key, value] : d.options) {
        if (key == "name")
            continue;
        if (key == "class") {
            image->setList("classes", value.list);
        } else if (value.kind == OptionValue::Kind::Int) {
            image->setAttribute(key, std::to_string(value.number));
        } else {
            image->setAttribute(key, value.text);
        }
    }
    image->setLine(d.sourceLine(d.lineno));
    d.addName(*image);
    if (!figure) {
        if (referenceNode) {
            referenceNode->append(std::move(image));
            messages.push_back(std::move(referenceNode));
        } else {
            messages.push_back(std::move(image));
        }
        return messages;
    }
    auto figureNode = element("figure");
    if (referenceNode) {
        referenceNode->append(std::move(image));
        figureNode->append(std::move(referenceNode));
    } else {
        figureNode->append(std::move(image));
    }
    figureNode->setLine(d.sourceLine(d.lineno));
    if (figwidth && figwidth->text != "image")
        figureNode->setAttribute("width", figwidth->text);
    if (figclass) {
        auto &classes = figureNode->listRef("classes");
        classes.insert(classes.end(), figclass->list.begin(), figclass->list.end());
    }
    if (figalign)
        figureNode->setAttribute("align", figalign->text);
    if (!d.content.empty()) {
        Node *holder = d.document().keepDetached(element("holder"));
        d.nestedParse(*holder);
        if (holder->childCount()) {
            Node *first = holder->child(0);
            if (first->tag() == "paragraph") {
                auto caption = element("caption");
                caption->setLine(first->line());
                Node *paragraph = holder->child(0);
                while (paragraph->childCount())
                    caption->append(paragraph->take(0));
                d.document().keepDetached(holder->take(0));
                figureNode->append(std::move(caption));
            } else if (!(first->tag() == "comment" && first->childCount() == 0)) {
                std::vector<std::unique_ptr<Node>> result;
                result.push_back(std::move(figureNode));
                result.push_back(d.errorWithBlock("Figure caption must be a paragraph or empty comment."));
                return result;
            } else {
                d.document().keepDetached(holder->take(0));
                if (holder->childCount()) {
                    auto legend = element("legend");
                    while (holder->childCount())
                        legend->append(holder->take(0));
                    figureNode->append(std::move(legend));
                }
                return one(std::move(figureNode));
            }
            if (holder->childCount()) {
                auto legend = element("legend");
                while (holder->childCount())
                    legend->append(holder->take(0));
                figureNode->append(std::move(legend));
            }
        }
    }
    return one(std::move(figureNode));
}

std::vector<std::unique_ptr<Node>> runContents(DirectiveContext &d)
{
    if (!(d.machine.matchTitles || d.machine.node->tag() == "sidebar"))
        throw d.error("The \"" + d.name + "\" directive may not be used within topics or body elements.");
    std::vector<std::unique_ptr<Node>> messages;
    std::unique_ptr<Node> title;
    if (!d.arguments.empty()) {
        title = element("title");
        for (auto &n : d.inlineText(d.arguments[0], d.lineno, messages))
            title->append(std::move(n));
    } else if (!d.has("local")) {
        title = element("title");
        title->append(Node::text("Contents"));
    }
    auto topic = element("topic");
    topic->listRef("classes").emplace_back("contents");
    d.addClasses(*topic);
    topic->setLine(d.parser.currentSourceLine() - 1);
    if (d.has("local"))
        topic->listRef("classes").emplace_back("local");
    std::string name;
    if (title) {
        name = title->astext();
        topic->append(std::move(title));
    } else {
        name = "Contents";
    }
    name = fullyNormalizeName(name);
    if (!d.document().hasName(name))
        topic->listRef("names").emplace_back(name);
    d.document().noteImplicitTarget(*topic);
    auto pending = element("pending");
    pending->setRawSource(d.blockText);
    Pending &registration = d.document().notePending(*pending, "docutils.transforms.parts.Contents", 720);
    for (const auto &[key, value] : d.options)
        registration.details[key] = value.repr();
    topic->append(std::move(pending));
    std::vector<std::unique_ptr<Node>> result;
    result.push_back(std::move(topic));
    for (auto &m : messages)
        result.push_back(std::move(m));
    return result;
}

std::vector<std::unique_ptr<Node>> runTargetNotes(DirectiveContext &d)
{
    auto pending = element("pending");
    d.addName(*pending);
    Pending &registration = d.document().notePending(*pending, "docutils.transforms.references.TargetNotes", 540);
    for (const auto &[key, value] : d.options)
        registration.details[key] = value.repr();
    return one(std::move(pending));
}

std::vector<std::unique_ptr<Node>> runClass(DirectiveContext &d)
{
    OptionValue classes;
    try {
        classes = classOption(d.arguments[0]);
    } catch (const ValueError &) {
        throw d.error("Invalid class attribute value for \"" + d.name + "\" directive: \"" + d.arguments[0] + "\".");
    }
    std::vector<std::unique_ptr<Node>> result;
    if (!d.content.empty()) {
        Node *holder = d.document().keepDetached(element("holder"));
        d.nestedParse(*holder);
        while (holder->childCount()) {
            auto node = holder->take(0);
            if (!node->isText()) {
                auto &list = node->listRef("classes");
                list.insert(list.end(), classes.list.begin(), classes.list.end());
            }
            result.push_back(std::move(node));
        }
        return result;
    }
    auto pending = element("pending");
    pending->setRawSource(d.blockText);
    Pending &registration = d.document().notePending(*pending, "docutils.transforms.misc.ClassAttribute", 210);
    registration.details["class"] = classes.repr();
    registration.details["directive"] = pyRepr(d.name);
    return one(std::move(pending));
}

std::vector<std::unique_ptr<Node>> runReplace(DirectiveContext &d)
{
    if (!d.inSubstitution)
        throw d.error(
            "Invalid context: the \"" + d.name + "\" directive can only be used within a substitution definition.");
    d.assertHasContent();
    Node *holder = d.document().keepDetached(element("holder"));
    d.nestedParse(*holder);
    // The nodes stay in the detached holder (they may be registered); only
    // the paragraph's content and the messages move on.
    Node *paragraph = nullptr;
    std::vector<std::size_t> messageIndexes;
    for (std::size_t i = 0; i < holder->childCount(); ++i) {
        Node *node = holder->child(i);
        if (!paragraph && node->tag() == "paragraph") {
            paragraph = node;
        } else if (node->tag() == "system_message") {
            node->removeAttribute("backrefs");
            messageIndexes.push_back(i);
        } else {
            return one(d.document().error(
                "Error in \"" + d.name + "\" directive: may contain a single paragraph only.", d.lineno));
        }
    }
    std::vector<std::unique_ptr<Node>> result;
    for (auto it = messageIndexes.rbegin(); it != messageIndexes.rend(); ++it)
        result.insert(result.begin(), holder->take(*it));
    if (paragraph) {
        while (paragraph->childCount())
            result.push_back(paragraph->take(0));
    }
    return result;
}

std::vector<std::unique_ptr<Node>> runUnicode(DirectiveContext &d)
{
    if (!d.inSubstitution)
        throw d.error(
            "Invalid context: the \"" + d.name + "\" directive can only be used within a substitution definition.");
    Node &definition = *d.machine.node;
    if (d.has("trim")) {
        definition.setAttribute("ltrim", "1");
        definition.setAttribute("rtrim", "1");
    }
    if (d.has("ltrim"))
        definition.setAttribute("ltrim", "1");
    if (d.has("rtrim"))
        definition.setAttribute("rtrim", "1");
    // comment_pattern ( |\n|^)\.\. splits off a comment
    std::string argument = d.arguments[0];
    {
        std::size_t cut = std::string::npos;
        if (argument.starts_with(".. "))
            cut = 0;
        for (std::size_t i = 0; cut == std::string::npos && i + 3 < argument.size() + 0; ++i) {
            if ((argument[i] == ' ' || argument[i] == '\n') && argument.compare(i + 1, 3, ".. ") == 0)
                cut = i;
        }
        if (cut != std::string::npos)
            argument.resize(cut);
    }
    std::vector<std::unique_ptr<Node>> result;
    for (const auto &code : pySplit(argument)) {
        std::string decoded = code;
        auto fromNumber = [&](const std::string &digits, int base) {
            unsigned long value = 0;
            for (const char c : digits) {
                const int digit = c >= '0' && c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
                value = value * static_cast<unsigned>(base) + static_cast<unsigned>(digit);
                if (value > 0x10ffff)
                    throw d.error("Invalid character code: " + code + "\nValueError: chr() arg not in range(0x110000)");
            }
            std::string out;
            appendUtf8(out, static_cast<char32_t>(value));
            return out;
        };
        const bool allDigits = std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (allDigits && !code.empty()) {
            decoded = fromNumber(code, 10);
        } else {
            std::string lower = toLower(code);
            std::string hex;
            for (const char *prefix : { "0x", "x", "\\x", "u+", "u", "\\u" }) {
                if (lower.starts_with(prefix)) {
                    hex = lower.substr(std::strlen(prefix));
                    break;
                }
            }
            if (hex.empty() && lower.starts_with("&#x") && lower.ends_with(";"))
                hex = lower.substr(3, lower.size() - 4);
            if (!hex.empty() && std::all_of(hex.begin(), hex.end(), [](char c) {
                    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
                }))
                decoded = fromNumber(hex, 16);
        }
        result.push_back(Node::text(decoded));
    }
    return result;
}

std::vector<std::unique_ptr<Node>> runDate(DirectiveContext &d)
{
    if (!d.inSubstitution)
        throw d.error(
            "Invalid context: the \"" + d.name + "\" directive can only be used within a substitution definition.");
    std::string format = d.contentText();
    if (format.empty())
        format = "%Y-%m-%d";
    std::time_t now = std::time(nullptr);
    if (const char *epoch = std::getenv("SOURCE_DATE_EPOCH"))
        now = static_cast<std::time_t>(std::atoll(epoch));
    std::tm tm {};
    if (std::getenv("SOURCE_DATE_EPOCH"))
        gmtime_r(&now, &tm);
    else
        localtime_r(&now, &tm);
    char buffer[512];
    const std::size_t n = std::strftime(buffer, sizeof buffer, format.c_str(), &tm);
    return one(Node::text(std::string(buffer, n)));
}

std::vector<std::unique_ptr<Node>> runDisabled(DirectiveContext &d)
{
    throw d.warning("\"" + d.name + "\" directive disabled.");
}

std::vector<std::unique_ptr<Node>> runNothing(DirectiveContext &)
{
    return {};
}

std::vector<std::unique_ptr<Node>> runDiagram(DirectiveContext &d)
{
    const std::string text = d.contentText();
    auto node = element("literal_block");
    node->listRef("classes").emplace_back("diagram");
    node->listRef("classes").emplace_back(d.name);
    node->setAttribute("xml:space", "preserve");
    if (!text.empty())
        node->append(Node::text(text));
    return one(std::move(node));
}

std::vector<std::unique_ptr<Node>> runTitle(DirectiveContext &d)
{
    const std::string &title = d.arguments[0];
    d.document().root().setAttribute("title", title);
    return {};
}

// roles.role()'s report when a role name is neither the document's nor in
// the English language module (an info message, before the caller's error).
std::unique_ptr<Node> roleLookupInfo(DirectiveContext &d, const std::string &name)
{
    return d.document().info("No role entry for \"" + name
            + "\" in module \"docutils.parsers.rst.languages.en\".\nTrying \"" + name + "\" as canonical role name.",
        d.lineno);
}

std::size_t skipUnicodeSpace(std::string_view text, std::size_t pos)
{
    while (pos < text.size()) {
        std::size_t next = pos;
        if (!isUnicodeSpace(decodeUtf8(text, next)))
            break;
        pos = next;
    }
    return pos;
}

// misc.Role: `.. role:: name` or `.. role:: name(base)`, then the options
// of the base role; defines the role for the rest of the document.
std::vector<std::unique_ptr<Node>> runRole(DirectiveContext &d)
{
    if (d.contentOffset > d.lineno || d.content.empty())
        throw d.error("\"" + d.name + "\" directive requires arguments on the first line.");
    // argument_pattern: (simplename)\s*(\(\s*(simplename)\s*\)\s*)?$
    const std::string_view arguments = d.content[0];
    const std::size_t nameEnd = simpleNameEnd(arguments, 0);
    std::optional<std::string> baseName;
    bool valid = nameEnd > 0;
    if (valid) {
        std::size_t pos = skipUnicodeSpace(arguments, nameEnd);
        if (pos < arguments.size() && arguments[pos] == '(') {
            const std::size_t baseStart = skipUnicodeSpace(arguments, pos + 1);
            const std::size_t baseEnd = simpleNameEnd(arguments, baseStart);
            pos = skipUnicodeSpace(arguments, baseEnd);
            valid = baseEnd > baseStart && pos < arguments.size() && arguments[pos] == ')';
            if (valid) {
                baseName = std::string(arguments.substr(baseStart, baseEnd - baseStart));
                pos = skipUnicodeSpace(arguments, pos + 1);
            }
        }
        valid = valid && pos == arguments.size();
    }
    if (!valid)
        throw d.error(
            "\"" + d.name + "\" directive arguments not valid role names: \"" + std::string(arguments) + "\".");
    const std::string name(arguments.substr(0, nameEnd));

    std::vector<std::unique_ptr<Node>> messages;
    InterpretedRole role; // roles.generic_custom_role without a base
    role.tag = "inline";
    if (baseName) {
        auto base = lookupRole(*baseName, d.document());
        if (!base) {
            messages.push_back(roleLookupInfo(d, *baseName));
            messages.push_back(d.errorWithBlock("Unknown interpreted text role \"" + *baseName + "\"."));
            return messages;
        }
        role = std::move(*base);
    }
    // The base role's options (its function's `options`, "class" implied).
    DirectiveSpecImpl optionsOnly;
    optionsOnly.hasOptionSpec = true;
    optionsOnly.options.emplace_back("class", classOption);
    if (role.kind == InterpretedRole::Kind::Raw)
        optionsOnly.options.emplace_back("format", unchanged);
    else if (role.kind == InterpretedRole::Kind::Code)
        optionsOnly.options.emplace_back("language", unchanged);
    DirectiveBlock block;
    try {
        block = parseDirectiveBlock(
            LineList(d.content.begin() + 1, d.content.end()), d.contentOffset, optionsOnly, {}, d.parseOptionFields);
    } catch (const MarkupError &error) {
        messages.push_back(d.errorWithBlock("Error in \"" + d.name + "\" directive:\n" + error.message + "."));
        return messages;
    }
    if (auto it = block.options.find("class"); it != block.options.end()) {
        role.classes = std::move(it->second.list);
    } else {
        try {
            role.classes = classOption(name).list;
        } catch (const ValueError &error) {
            messages.push_back(
                d.errorWithBlock("Invalid argument for \"" + d.name + "\" directive:\n" + error.message + "."));
            return messages;
        }
    }
    // A role made from a custom role calls it with its own options over
    // the base's ones.
    if (auto it = block.options.find("language"); it != block.options.end())
        role.language = it->second.text;
    d.document().localRoles()[toLower(name)] = std::move(role);
    return messages;
}

// misc.DefaultRole: the role of `interpreted text` without one from here
// on; without an argument, title-reference again.
std::vector<std::unique_ptr<Node>> runDefaultRole(DirectiveContext &d)
{
    auto &roles = d.document().localRoles();
    if (d.arguments.empty()) {
        roles.erase(std::string());
        return {};
    }
    const std::string &name = d.arguments[0];
    auto role = lookupRole(name, d.document());
    if (!role) {
        std::vector<std::unique_ptr<Node>> messages;
        messages.push_back(roleLookupInfo(d, name));
        messages.push_back(d.errorWithBlock("Unknown interpreted text role \"" + name + "\"."));
        return messages;
    }
    roles[std::string()] = std::move(*role);
    return {};
}

// parts.Sectnum: a pending parts.SectNum transform with the options.
std::vector<std::unique_ptr<Node>> runSectnum(DirectiveContext &d)
{
    auto pending = element("pending");
    Pending &registration = d.document().notePending(*pending, "docutils.transforms.parts.SectNum", 710);
    for (const auto &[key, value] : d.options)
        registration.details[key] = value.repr();
    return one(std::move(pending));
}

const std::map<std::string, DirectiveSpecImpl, std::less<>> &registry()
{
    static const std::map<std::string, DirectiveSpecImpl, std::less<>> table = [] {
        std::map<std::string, DirectiveSpecImpl, std::less<>> t;
        const OptionSpec classAndName { { "class", classOption }, { "name", unchanged } };
        for (const char *name :
            { "attention", "caution", "danger", "error", "hint", "important", "note", "tip", "warning" }) {
            std::string tag = name;
            t[name] = { 0, 0, true, true, classAndName, true, [tag](DirectiveContext &d) {
                           return runAdmonition(d, tag.c_str(), false);
                       } };
        }
        t["admonition"] = { 1, 0, true, true, classAndName, true, [](DirectiveContext &d) {
                               return runAdmonition(d, "admonition", true);
                           } };
        const OptionSpec codeOptions { { "class", classOption }, { "name", unchanged }, { "number-lines", unchanged } };
        t["code"] = { 0, 1, false, true, codeOptions, true, runCode };
        OptionSpec sphinxCode = codeOptions;
        for (const char *option : { "lineno-start", "emphasize-lines", "caption", "dedent" })
            sphinxCode.emplace_back(option, unchanged);
        sphinxCode.emplace_back("linenos", flag);
        sphinxCode.emplace_back("force", flag);
        t["code-block"] = { 0, 1, false, true, sphinxCode, true, runCode };
        t["sourcecode"] = t["code-block"];
        t["parsed-literal"] = { 0, 0, false, true, classAndName, true, runParsedLiteral };
        t["rubric"] = { 1, 0, true, false, classAndName, true, runRubric };
        t["topic"] = { 1, 0, true, true, classAndName, true, [](DirectiveContext &d) {
                          return runPseudoSection(d, "topic");
                      } };
        OptionSpec sidebarOptions = classAndName;
        sidebarOptions.emplace_back("subtitle", unchangedRequired);
        t["sidebar"] = { 0, 1, true, true, sidebarOptions, true, [](DirectiveContext &d) {
                            return runPseudoSection(d, "sidebar");
                        } };
        t["line-block"] = { 0, 0, false, true, classAndName, true, runLineBlock };
        t["meta"] = { 0, 0, false, true, {}, false, runMeta };
        t["math"] = { 0, 0, false, true, classAndName, true, runMath };
        t["epigraph"]
            = { 0, 0, false, true, {}, false, [](DirectiveContext &d) { return runBlockQuote(d, "epigraph"); } };
        t["highlights"]
            = { 0, 0, false, true, {}, false, [](DirectiveContext &d) { return runBlockQuote(d, "highlights"); } };
        t["pull-quote"]
            = { 0, 0, false, true, {}, false, [](DirectiveContext &d) { return runBlockQuote(d, "pull-quote"); } };
        t["compound"]
            = { 0, 0, false, true, classAndName, true, [](DirectiveContext &d) { return runCompound(d, "compound"); } };
        t["container"] = { 0, 1, true, true, { { "name", unchanged } }, true, [](DirectiveContext &d) {
                              return runCompound(d, "container");
                          } };
        const Converter tableAlign = choice({ "left", "center", "right" });
        const Converter width = [](const std::optional<std::string> &a) { return lengthOrPercentageOrUnitless(a); };
        t["table"] = { 0,
            1,
            true,
            true,
            { { "class", classOption },
                { "name", unchanged },
                { "align", tableAlign },
                { "width", width },
                { "widths", valueOr({ "auto", "grid" }, positiveIntList) } },
            true,
            runTable };
        t["list-table"] = { 0,
            1,
            true,
            true,
            { { "header-rows", nonnegativeInt },
                { "stub-columns", nonnegativeInt },
                { "width", width },
                { "widths", valueOr({ "auto" }, positiveIntList) },
                { "class", classOption },
                { "name", unchanged },
                { "align", tableAlign } },
            true,
            runListTable };
        t["csv-table"] = { 0,
            1,
            true,
            true,
            { { "header-rows", nonnegativeInt },
                { "stub-columns", nonnegativeInt },
                { "header", unchanged },
                { "width", width },
                { "widths", valueOr({ "auto" }, positiveIntList) },
                { "file", pathOption },
                { "url", uri },
                { "encoding", encodingOption },
                { "class", classOption },
                { "name", unchanged },
                { "align", tableAlign },
                { "delim", unchanged },
                { "keepspace", flag },
                { "quote", unchanged },
                { "escape", unchanged } },
            true,
            runCsvTable };
        OptionSpec imageOptions { { "alt", unchanged },
            { "height", lengthOrUnitless },
            { "width", width },
            { "scale", percentage },
            { "align", choice({ "top", "middle", "bottom", "left", "center", "right" }) },
            { "target", unchangedRequired },
            { "loading", choice({ "embed", "link", "lazy" }) },
            { "class", classOption },
            { "name", unchanged } };
        t["image"] = { 1, 0, true, false, imageOptions, true, [](DirectiveContext &d) { return runImage(d, false); } };
        OptionSpec figureOptions = imageOptions;
        for (auto &[name, converter] : figureOptions) {
            if (name == "align")
                converter = choice({ "left", "center", "right" });
        }
        figureOptions.emplace_back("figwidth", [](const std::optional<std::string> &a) {
            if (a && toLower(*a) == "image")
                return str("image");
            return lengthOrPercentageOrUnitless(a, "px");
        });
        figureOptions.emplace_back("figclass", classOption);
        t["figure"] = { 1, 0, true, true, figureOptions, true, [](DirectiveContext &d) { return runImage(d, true); } };
        t["contents"] = { 0,
            1,
            true,
            false,
            { { "depth", nonnegativeInt },
                { "local", flag },
                { "backlinks",
                    [](const std::optional<std::string> &a) {
                        OptionValue v = choice({ "top", "entry", "none" })(a);
                        return v.text == "none" ? none() : v;
                    } },
                { "class", classOption } },
            true,
            runContents };
        t["target-notes"] = { 0, 0, false, false, classAndName, true, runTargetNotes };
        t["class"] = { 1, 0, true, true, {}, false, runClass };
        t["replace"] = { 0, 0, false, true, {}, false, runReplace };
        t["unicode"]
            = { 1, 0, true, false, { { "trim", flag }, { "ltrim", flag }, { "rtrim", flag } }, true, runUnicode };
        t["date"] = { 0, 0, false, true, {}, false, runDate };
        t["title"] = { 1, 0, true, false, {}, false, runTitle };
        t["role"] = { 0, 0, false, true, {}, false, runRole };
        t["default-role"] = { 0, 1, false, false, {}, false, runDefaultRole };
        t["sectnum"] = { 0,
            0,
            false,
            false,
            { { "depth", intOption },
                { "start", intOption },
                { "prefix", unchangedRequired },
                { "suffix", unchangedRequired } },
            true,
            runSectnum };
        t["section-numbering"] = t["sectnum"];
        t["include"] = { 1,
            0,
            true,
            false,
            { { "literal", flag },
                { "code", unchanged },
                { "encoding", encodingOption },
                { "parser", unchanged },
                { "tab-width", intOption },
                { "start-line", intOption },
                { "end-line", intOption },
                { "start-after", unchangedRequired },
                { "end-before", unchangedRequired },
                { "number-lines", unchanged },
                { "class", classOption },
                { "name", unchanged } },
            true,
            runDisabled };
        t["raw"] = { 1,
            0,
            true,
            true,
            { { "file", pathOption }, { "url", uri }, { "encoding", encodingOption }, { "class", classOption } },
            true,
            runDisabled };
        // Sphinx shims of rst_reference.py
        OptionSpec nothingOptions;
        for (const char *option : { "maxdepth",
                 "caption",
                 "name",
                 "class",
                 "numbered",
                 "titlesonly",
                 "glob",
                 "hidden",
                 "includehidden",
                 "reversed",
                 "linenothreshold",
                 "force" })
            nothingOptions.emplace_back(option, unchanged);
        t["toctree"] = { 0, 1, true, true, nothingOptions, true, runNothing };
        t["highlight"] = t["toctree"];
        const OptionSpec shimOptions { { "class", classOption }, { "name", unchanged } };
        t["todo"] = { 0, 1, true, true, shimOptions, true, [](DirectiveContext &d) {
                         return runTitledShim(d, "Todo", "admonition-todo");
                     } };
        t["seealso"] = { 0, 1, true, true, shimOptions, true, [](DirectiveContext &d) {
                            return runTitledShim(d, "See also", "seealso");
                        } };
        OptionSpec diagramOptions;
        for (const char *option :
            { "alt", "align", "caption", "name", "class", "width", "height", "scale", "desctable", "maxwidth" })
            diagramOptions.emplace_back(option, unchanged);
        for (const char *name : { "seqdiag",
                 "blockdiag",
                 "actdiag",
                 "nwdiag",
                 "packetdiag",
                 "rackdiag",
                 "graphviz",
                 "graph",
                 "digraph",
                 "mermaid",
                 "uml" })
            t[name] = { 0, 1, true, true, diagramOptions, true, runDiagram };
        return t;
    }();
    return table;
}

// Directive names the reference knows without a message: registered shims
// and the English names of docutils' directives.
bool isRegisteredShim(std::string_view name)
{
    static const char *const shims[] = { "code-block",
        "sourcecode",
        "toctree",
        "highlight",
        "todo",
        "seealso",
        "seqdiag",
        "blockdiag",
        "actdiag",
        "nwdiag",
        "packetdiag",
        "rackdiag",
        "graphviz",
        "graph",
        "digraph",
        "mermaid",
        "uml" };
    return std::any_of(std::begin(shims), std::end(shims), [&](const char *s) { return name == s; });
}

bool isEnglishDirective(std::string_view name)
{
    static const char *const names[] = { "attention",
        "caution",
        "danger",
        "error",
        "hint",
        "important",
        "note",
        "tip",
        "warning",
        "admonition",
        "sidebar",
        "topic",
        "line-block",
        "parsed-literal",
        "code",
        "code-block",
        "sourcecode",
        "math",
        "rubric",
        "epigraph",
        "highlights",
        "pull-quote",
        "compound",
        "container",
        "table",
        "csv-table",
        "list-table",
        "meta",
        "image",
        "figure",
        "include",
        "raw",
        "replace",
        "unicode",
        "date",
        "class",
        "role",
        "default-role",
        "title",
        "contents",
        "sectnum",
        "section-numbering",
        "header",
        "footer",
        "target-notes",
        "restructuredtext-test-directive" };
    return std::any_of(std::begin(names), std::end(names), [&](const char *s) { return name == s; });
}

// Is a line a field marker (Body.patterns['field_marker'])?
bool isFieldMarkerLine(std::string_view line)
{
    if (line.size() < 3 || line[0] != ':' || line[1] == ':' || line[1] == ' ')
        return false;
    std::size_t pos = 1;
    while (pos < line.size()) {
        const char c = line[pos];
        if (c == '\\') {
            if (pos + 1 >= line.size())
                break;
            pos += 2;
        } else if (c == ':') {
            if (pos + 1 >= line.size() || line[pos + 1] == ' ' || line[pos + 1] == '`')
                break;
            ++pos;
        } else {
            ++pos;
        }
    }
    return pos < line.size() && line[pos] == ':' && line[pos - 1] != ' '
        && (pos + 1 == line.size() || line[pos + 1] == ' ');
}

// Records the source lines of what a directive made, for the writers:
// docutils gives its node the line after the block, or none. When it made
// one element (and messages), that element covers the directive's block;
// when it made only messages, they do. `whole`: the element stands for the
// directive (not so for "class", whose content keeps its own lines).
void noteDirectiveRange(Document &document,
    const std::vector<std::unique_ptr<Node>> &result,
    int lineno,
    std::string_view blockText,
    bool whole)
{
    Node *made = nullptr;
    std::vector<Node *> messages;
    for (const auto &node : result) {
        if (node->isText())
            return;
        if (node->tag() == "system_message") {
            messages.push_back(node.get());
        } else if (made || !whole || node->tag() == "pending") {
            return;
        } else {
            made = node.get();
        }
    }
    const SourceRange range { lineno, lineno + static_cast<int>(countNewlines(rstripSpace(blockText))), 0 };
    if (made) {
        document.noteSourceRange(*made, range);
        return;
    }
    for (Node *message : messages)
        document.noteSourceRange(*message, range);
}

} // namespace

void Parser::nestLineBlock(Node &block, const std::vector<int> &indents)
{
    struct Segment {
        static void nest(Node &b, std::vector<int> ind)
        {
            if (ind.empty())
                return;
            const int least = *std::min_element(ind.begin(), ind.end());
            std::vector<std::unique_ptr<Node>> items;
            while (b.childCount())
                items.push_back(b.take(0));
            std::unique_ptr<Node> newBlock;
            std::vector<int> newIndents;
            auto flush = [&] {
                if (newBlock && newBlock->childCount()) {
                    nest(*newBlock, newIndents);
                    b.append(std::move(newBlock));
                }
                newBlock.reset();
                newIndents.clear();
            };
            for (std::size_t i = 0; i < items.size(); ++i) {
                if (ind[i] > least) {
                    if (!newBlock)
                        newBlock = Node::element(TagId::LineBlock);
                    newBlock->append(std::move(items[i]));
                    newIndents.push_back(ind[i]);
                } else {
                    flush();
                    b.append(std::move(items[i]));
                }
            }
            flush();
        }
    };
    Segment::nest(block, indents);
}

std::vector<std::unique_ptr<Node>> Parser::blockQuotePublic(const LineList &lines, int offset)
{
    return blockQuote(lines, offset);
}

std::pair<std::vector<std::unique_ptr<Node>>, bool> Parser::directive(
    Machine &m, std::string_view typeName, std::size_t end, const std::string &altPreset)
{
    const std::string normname = toLower(typeName);
    std::vector<std::unique_ptr<Node>> result;
    const auto &table = registry();
    const auto it = table.find(normname);
    if (!isRegisteredShim(normname) && !isEnglishDirective(normname)) {
        result.push_back(m_document.info("No directive entry for \"" + std::string(typeName)
                + "\" in module \"docutils.parsers.rst.languages.en\".\nTrying \"" + std::string(typeName)
                + "\" as canonical directive name.",
            std::max(0, m_document.currentLine())));
    }
    if (it == table.end()) {
        // unknown_directive
        const int lineno = m.absLineNumber();
        Indented indented = getFirstKnownIndented(m, 0, false, false);
        std::string text;
        for (std::size_t i = 0; i < indented.lines.size(); ++i)
            text += (i ? "\n" : "") + std::string(indented.lines[i]);
        std::vector<std::unique_ptr<Node>> children;
        auto literal = Node::element(TagId::LiteralBlock);
        literal->setAttribute("xml:space", "preserve");
        if (!text.empty())
            literal->append(Node::text(text));
        children.push_back(std::move(literal));
        result.push_back(
            m_document.error("Unknown directive type \"" + std::string(typeName) + "\".", lineno, std::move(children)));
        noteDirectiveRange(m_document, result, lineno, text, true);
        return { std::move(result), indented.blankFinish };
    }
    const DirectiveSpecImpl &spec = it->second;
    const int lineno = m.absLineNumber();
    const int initialLineOffset = m.lineOffset;
    Indented indented = getFirstKnownIndented(m, end, false, true, false);
    std::string blockText;
    for (int i = initialLineOffset; i <= m.lineOffset && i < static_cast<int>(m.lines.size()); ++i) {
        if (i > initialLineOffset)
            blockText += '\n';
        blockText += m.lines[static_cast<std::size_t>(i)];
    }
    DirectiveContext d {
        *this, m, normname, {}, {}, {}, 0, lineno, blockText, m.node->tag() == "substitution_definition", {}
    };
    d.name = std::string(typeName);
    d.parseOptionFields = [this, &m](const LineList &block, bool &blankFinish) {
        auto fieldList = Node::element(TagId::FieldList);
        blankFinish = true;
        if (nestedListParse(m, block, 0, *fieldList, State::ExtensionOptions, blankFinish)
            != static_cast<int>(block.size()))
            throw MarkupError { "invalid option block" };
        return fieldList;
    };
    try {
        std::map<std::string, OptionValue> presets;
        if (!altPreset.empty())
            presets["alt"] = str(altPreset);
        DirectiveBlock block = parseDirectiveBlock(indented.lines, indented.offset, spec, presets, d.parseOptionFields);
        d.arguments = std::move(block.arguments);
        d.options = std::move(block.options);
        d.content = std::move(block.content);
        d.contentOffset = block.contentOffset;
    } catch (const MarkupError &error) {
        std::vector<std::unique_ptr<Node>> children;
        auto literal = Node::element(TagId::LiteralBlock);
        literal->setAttribute("xml:space", "preserve");
        if (!blockText.empty())
            literal->append(Node::text(blockText));
        children.push_back(std::move(literal));
        result.push_back(
            m_document.error("Error in \"" + std::string(typeName) + "\" directive:\n" + error.message + ".",
                lineno,
                std::move(children)));
        noteDirectiveRange(m_document, result, lineno, blockText, true);
        return { std::move(result), indented.blankFinish };
    }
    try {
        for (auto &node : spec.run(d))
            result.push_back(std::move(node));
    } catch (const DirectiveError &error) {
        auto message = m_document.systemMessage(error.level, error.message, lineno);
        auto literal = Node::element(TagId::LiteralBlock);
        literal->setAttribute("xml:space", "preserve");
        if (!blockText.empty())
            literal->append(Node::text(blockText));
        message->append(std::move(literal));
        result.push_back(std::move(message));
    }
    noteDirectiveRange(m_document, result, lineno, blockText, normname != "class");
    return { std::move(result), indented.blankFinish || m.isNextLineBlank() };
}

} // namespace specwright::rst::detail
