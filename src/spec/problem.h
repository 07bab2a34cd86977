// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace specwright::spec
{

// Error: the specs repository's gate rejects the file. Warning: worth fixing,
// but the gate lets it through (doc8-style checks, the blueprint name).
enum class Severity { Error, Warning };

std::string_view severityName(Severity severity);

// The rule names, as the command line prints them and settings refer to them.
namespace rules
{
inline constexpr std::string_view sections = "sections";
inline constexpr std::string_view lineLength = "line-length";
inline constexpr std::string_view carriageReturn = "carriage-return";
inline constexpr std::string_view zeroWidthSpace = "zero-width-space";
inline constexpr std::string_view trailingWhitespace = "trailing-whitespace";
inline constexpr std::string_view tab = "tab";
inline constexpr std::string_view finalNewline = "final-newline";
inline constexpr std::string_view extension = "extension";
inline constexpr std::string_view blueprintName = "blueprint-name";
inline constexpr std::string_view rst = "rst";
} // namespace rules

// What a structure problem is about, so that the editor can offer the
// matching quick fix without parsing the message.
enum class SectionIssue { None, Missing, Unexpected, OutOfOrder };

struct Problem {
    std::string_view rule;
    Severity severity = Severity::Error;
    int line = 1; // 1-based
    int column = 1; // 1-based, in code points
    std::string message {};

    // Structure problems only: the title concerned (raw source text) and the
    // top-level section holding it (empty for a top-level section).
    SectionIssue issue = SectionIssue::None;
    std::string title {};
    std::string parentTitle {};
};

} // namespace specwright::spec
