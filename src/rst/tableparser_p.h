// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// docutils' tableparser: grid and simple tables, over lines of code points
// (columns count code points; East Asian wide characters are padded with a
// NUL by the caller, as docutils does).

#include <optional>
#include <string>
#include <vector>

namespace specwright::rst::detail
{

struct TableCell {
    int moreRows = 0;
    int moreCols = 0;
    int offset = 0; // line of the cell's first text line within the table
    std::vector<std::u32string> lines;
    // The source lines of the cell, when they are not the table's lines
    // from offset on (csv-table data); 0 when unknown.
    int sourceFirst = 0;
    int sourceLast = 0;
};

struct TableData {
    std::vector<int> colWidths;
    std::vector<std::vector<std::optional<TableCell>>> headRows;
    std::vector<std::vector<std::optional<TableCell>>> bodyRows;
};

struct TableMarkupError {
    std::string message;
    int offset = 0;
};

// Both throw TableMarkupError.
TableData parseGridTable(std::vector<std::u32string> block);
TableData parseSimpleTable(std::vector<std::u32string> block);

std::u32string toU32(std::string_view utf8);
std::string toUtf8(std::u32string_view text);
bool isCombining(char32_t cp);
bool isWide(char32_t cp);

} // namespace specwright::rst::detail
