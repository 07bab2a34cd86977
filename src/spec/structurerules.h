// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "spec/problem.h"
#include "spec/sectiontree.h"

namespace specwright::spec
{

// Sections the gate lets a spec leave out although its template has them.
inline constexpr std::string_view optionalSection = "History";
inline constexpr std::string_view optionalSubsection = "Feature Liaison";

struct StructureOptions {
    // The ceilometer-specs gate: each section's subsections are exactly the
    // template's, in its order.
    bool strict = false;
    // Where problems about the whole document point (its title line).
    int documentLine = 1;
};

// The sections rule. Titles compare by raw source text. The top-level
// sections must be the template's (History may be absent); each template
// section present must hold every subsection of the template's (Feature
// Liaison may be absent) and may hold more, unless strict. When a title
// occurs twice, the last one counts, as in the gate.
std::vector<Problem> checkSections(const SectionTree &spec, const SectionTree &specTemplate, StructureOptions options);

} // namespace specwright::spec
