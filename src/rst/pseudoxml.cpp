// SPDX-License-Identifier: GPL-3.0-or-later
#include "rst/pseudoxml.h"

#include "rst/inline_p.h"
#include "rst/text.h"

namespace specwright::rst
{

namespace
{

void indent(std::string &out, int level)
{
    out.append(static_cast<std::size_t>(level) * 4, ' ');
}

// nodes.serial_escape: list items are joined by spaces, so escape them.
void appendSerialEscaped(std::string &out, std::string_view value)
{
    for (const char c : value) {
        if (c == '\\')
            out += "\\\\";
        else if (c == ' ')
            out += "\\ ";
        else
            out += c;
    }
}

// Python's splitlines() on text, each line indented; text with only '\n'
// breaks (nearly all) needs no decoding and no vector of lines.
void writeTextLines(std::string &out, std::string_view text, int level)
{
    if (text.find_first_of("\r\v\f\x1c\x1d\x1e\xc2\xe2") != std::string_view::npos) {
        for (const auto line : splitLines(text)) {
            indent(out, level);
            out.append(line);
            out += '\n';
        }
        return;
    }
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos)
            end = text.size();
        indent(out, level);
        out.append(text.substr(start, end - start));
        out += '\n';
        start = end + 1;
    }
}

void writeNode(std::string &out, const Document &document, const Node &node, int level)
{
    if (node.isText()) {
        const std::string_view value = node.textValue();
        if (value.find('\0') == std::string::npos) {
            writeTextLines(out, value, level);
            return;
        }
        // Keep the unescaped text alive: the lines are views into it.
        const std::string text = unescapeNulls(value);
        writeTextLines(out, text, level);
        return;
    }
    indent(out, level);
    out += '<';
    out += node.tag();
    for (const auto &[name, value] : node.attributes()) {
        if (const auto *values = std::get_if<StringList>(&value)) {
            if (values->empty())
                continue;
            out += ' ';
            out += name;
            out += "=\"";
            for (std::size_t i = 0; i < values->size(); ++i) {
                if (i)
                    out += ' ';
                appendSerialEscaped(out, (*values)[i]);
            }
            out += '"';
        } else {
            out += ' ';
            out += name;
            out += "=\"";
            out += std::get<std::pmr::string>(value);
            out += '"';
        }
    }
    out += ">\n";
    for (const auto &child : node.children())
        writeNode(out, document, *child, level + 1);
    if (node.tag() == "pending") {
        if (const Pending *pending = document.pendingFor(&node)) {
            auto internal = [&](std::string_view line) {
                out.append(static_cast<std::size_t>(level) * 4 + 4, ' ');
                out.append(line);
                out += '\n';
            };
            internal(".. internal attributes:");
            internal("     .transform: " + pending->transform);
            internal("     .details:");
            for (const auto &[key, value] : pending->details)
                internal("       " + key + ": " + value);
        }
    }
}

} // namespace

std::string writePseudoXml(const Document &document)
{
    return writePseudoXml(document, document.root());
}

std::string writePseudoXml(const Document &document, const Node &node)
{
    std::string out;
    writeNode(out, document, node, 0);
    return out;
}

} // namespace specwright::rst
