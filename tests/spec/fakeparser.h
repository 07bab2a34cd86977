// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "spec/gate.h"

// A stand-in for the RST engine, so that the gate's tests do not depend on
// it: a title over-and-underlined with '=' is the document title, a title
// underlined with '=' a section, with '-' a subsection. A line "!!! message"
// is reported as a docutils warning.
inline specwright::spec::ParsedSpec fakeParse(std::string_view text, const std::filesystem::path &)
{
    std::vector<std::string_view> lines;
    for (std::size_t start = 0; start < text.size();) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos)
            end = text.size();
        lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    const auto adornedWith = [](std::string_view line, char c) {
        return line.size() >= 3 && line.find_first_not_of(c) == std::string_view::npos;
    };
    specwright::spec::ParsedSpec parsed;
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        const int line = static_cast<int>(i) + 1;
        if (lines[i].starts_with("!!! "))
            parsed.messages.push_back({ 2, line, std::string(lines[i].substr(4)) });
        if (lines[i].empty() || adornedWith(lines[i], '=') || adornedWith(lines[i], '-'))
            continue;
        const bool overlined = i > 0 && adornedWith(lines[i - 1], '=');
        if (adornedWith(lines[i + 1], '=') && overlined) {
            parsed.titleLine = line;
        } else if (adornedWith(lines[i + 1], '=')) {
            parsed.sections.push_back({ std::string(lines[i]), line, {} });
        } else if (adornedWith(lines[i + 1], '-') && !parsed.sections.empty()) {
            parsed.sections.back().children.push_back({ std::string(lines[i]), line, {} });
        }
    }
    return parsed;
}
