// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

#include "spec/sectiontree.h"

// Section trees written compactly for the tests: "A[a1,a2];B;C[c1]" is three
// top-level sections, A holding a1 and a2. Lines are numbered in order of
// appearance, ten apart.
inline specwright::spec::SectionTree sectionsFrom(std::string_view notation)
{
    using specwright::spec::SectionNode;
    specwright::spec::SectionTree tree;
    int line = 0;
    std::size_t pos = 0;
    const auto readTitle = [&](std::string_view stops) {
        const std::size_t end = std::min(notation.find_first_of(stops, pos), notation.size());
        std::string title(notation.substr(pos, end - pos));
        pos = end;
        return title;
    };
    while (pos < notation.size()) {
        SectionNode section { readTitle(";["), line += 10, {} };
        if (pos < notation.size() && notation[pos] == '[') {
            ++pos;
            while (pos < notation.size() && notation[pos] != ']') {
                section.children.push_back({ readTitle(",]"), line += 10, {} });
                if (pos < notation.size() && notation[pos] == ',')
                    ++pos;
            }
            ++pos; // ']'
        }
        tree.push_back(std::move(section));
        if (pos < notation.size() && notation[pos] == ';')
            ++pos;
    }
    return tree;
}
