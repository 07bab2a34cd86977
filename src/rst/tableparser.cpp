// SPDX-License-Identifier: GPL-3.0-or-later
#include "rst/tableparser_p.h"

#include <algorithm>
#include <climits>
#include <cstdint>
#include <deque>
#include <map>

#include "rst/text.h"
#include "rst/unicodetables_p.h"

namespace specwright::rst::detail
{

namespace
{

bool inRanges(const CodePointRange *table, std::size_t count, char32_t cp)
{
    const auto *end = table + count;
    const auto *it = std::lower_bound(table, end, cp, [](const CodePointRange &r, char32_t c) { return r.last < c; });
    return it != end && it->first <= cp;
}

bool isSpace32(char32_t c)
{
    return isUnicodeSpace(c);
}

std::u32string_view strip32(std::u32string_view s)
{
    while (!s.empty() && isSpace32(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isSpace32(s.back()))
        s.remove_suffix(1);
    return s;
}

std::u32string rstrip32(std::u32string_view s)
{
    while (!s.empty() && isSpace32(s.back()))
        s.remove_suffix(1);
    return std::u32string(s);
}

std::u32string_view slice(std::u32string_view s, std::size_t from, std::size_t to = std::u32string::npos)
{
    if (from >= s.size())
        return {};
    return s.substr(from,
        to == std::u32string::npos || to < from ? (to == std::u32string::npos ? std::u32string::npos : 0) : to - from);
}

// statemachine.StringList.get_2D_block + replace(pad, '')
std::vector<std::u32string> get2DBlock(const std::vector<std::u32string> &lines,
    std::size_t top,
    std::size_t leftColumn,
    std::size_t bottom,
    std::size_t rightColumn)
{
    std::vector<std::u32string> block(
        lines.begin() + static_cast<std::ptrdiff_t>(top), lines.begin() + static_cast<std::ptrdiff_t>(bottom));
    std::size_t indent = rightColumn;
    std::size_t left = leftColumn;
    std::size_t right = rightColumn;
    for (auto &line : block) {
        std::vector<std::size_t> ci;
        for (std::size_t i = 0; i < line.size(); ++i) {
            if (!isCombining(line[i]))
                ci.push_back(i);
        }
        const std::size_t extra = line.size() - ci.size();
        left = left < ci.size() ? ci[left] : left + extra;
        right = right < ci.size() ? ci[right] : right + extra;
        line = rstrip32(slice(line, left, right));
        if (!line.empty()) {
            std::size_t lead = 0;
            while (lead < line.size() && isSpace32(line[lead]))
                ++lead;
            indent = std::min(indent, lead);
        }
    }
    if (indent > 0 && indent < right) {
        for (auto &line : block)
            line = std::u32string(slice(line, indent));
    }
    for (auto &line : block)
        std::erase(line, U'\0');
    return block;
}

void addAll(std::map<std::size_t, std::vector<std::size_t>> &master,
    const std::map<std::size_t, std::vector<std::size_t>> &data)
{
    for (const auto &[key, values] : data) {
        auto &list = master[key];
        list.insert(list.end(), values.begin(), values.end());
    }
}

class GridParser
{
public:
    explicit GridParser(std::vector<std::u32string> block)
        : m_block(std::move(block))
    {
    }

    TableData parse()
    {
        m_bottom = m_block.size() - 1;
        m_right = m_block[0].size() - 1;
        m_done.assign(m_block[0].size(), -1);
        m_rowseps[0] = { 0 };
        m_colseps[0] = { 0 };
        findHeadBodySep();
        parseTable();
        return structure();
    }

private:
    static bool isHeadSep(std::u32string_view line)
    {
        // \+=[=+]+=\+ *$
        while (!line.empty() && line.back() == U' ')
            line.remove_suffix(1);
        if (line.size() < 4 || line[0] != U'+' || line[1] != U'=' || line.back() != U'+'
            || line[line.size() - 2] != U'=')
            return false;
        return std::all_of(line.begin() + 2, line.end() - 2, [](char32_t c) { return c == U'=' || c == U'+'; });
    }

    void findHeadBodySep()
    {
        std::size_t i = 0;
        for (i = 0; i < m_block.size(); ++i) {
            if (isHeadSep(m_block[i])) {
                if (m_headBodySep) {
                    throw TableMarkupError { "Multiple head/body row separators (table lines "
                            + std::to_string(*m_headBodySep + 1) + " and " + std::to_string(i + 1)
                            + "); only one allowed.",
                        static_cast<int>(i) };
                }
                m_headBodySep = i;
                std::replace(m_block[i].begin(), m_block[i].end(), U'=', U'-');
            }
        }
        if (m_headBodySep && (*m_headBodySep == 0 || *m_headBodySep == m_block.size() - 1))
            throw TableMarkupError { "The head/body row separator may not be the first or last line of the table.",
                static_cast<int>(i - 1) };
    }

    char32_t at(std::size_t row, std::size_t col) const
    {
        const auto &line = m_block[row];
        return col < line.size() ? line[col] : U'\0';
    }

    void parseTable()
    {
        std::vector<std::pair<std::size_t, std::size_t>> corners { { 0, 0 } };
        while (!corners.empty()) {
            const auto [top, left] = corners.front();
            corners.erase(corners.begin());
            if (top == m_bottom || left == m_right || static_cast<long>(top) <= m_done[left])
                continue;
            std::size_t bottom = 0;
            std::size_t right = 0;
            std::map<std::size_t, std::vector<std::size_t>> rowseps;
            std::map<std::size_t, std::vector<std::size_t>> colseps;
            if (!scanRight(top, left, bottom, right, rowseps, colseps))
                continue;
            addAll(m_rowseps, rowseps);
            addAll(m_colseps, colseps);
            for (std::size_t col = left; col < right; ++col)
                m_done[col] = static_cast<long>(bottom) - 1;
            m_cells.push_back({ top, left, bottom, right, get2DBlock(m_block, top + 1, left + 1, bottom, right) });
            corners.emplace_back(top, right);
            corners.emplace_back(bottom, left);
            std::sort(corners.begin(), corners.end());
        }
        for (std::size_t col = 0; col < m_right; ++col) {
            if (m_done[col] != static_cast<long>(m_bottom) - 1)
                throw TableMarkupError { "Malformed table; parse incomplete.", 0 };
        }
    }

    bool scanRight(std::size_t top,
        std::size_t left,
        std::size_t &bottom,
        std::size_t &right,
        std::map<std::size_t, std::vector<std::size_t>> &rowseps,
        std::map<std::size_t, std::vector<std::size_t>> &colseps)
    {
        for (std::size_t i = left + 1; i <= m_right; ++i) {
            const char32_t c = at(top, i);
            if (c == U'+') {
                colseps[i] = { top };
                std::map<std::size_t, std::vector<std::size_t>> newColseps;
                if (scanDown(top, left, i, bottom, rowseps, newColseps)) {
                    addAll(colseps, newColseps);
                    right = i;
                    return true;
                }
            } else if (c != U'-') {
                return false;
            }
        }
        return false;
    }

    bool scanDown(std::size_t top,
        std::size_t left,
        std::size_t right,
        std::size_t &bottom,
        std::map<std::size_t, std::vector<std::size_t>> &rowseps,
        std::map<std::size_t, std::vector<std::size_t>> &colseps)
    {
        rowseps.clear();
        for (std::size_t i = top + 1; i <= m_bottom; ++i) {
            const char32_t c = at(i, right);
            if (c == U'+') {
                rowseps[i] = { right };
                std::map<std::size_t, std::vector<std::size_t>> newRowseps;
                colseps.clear();
                if (scanLeft(top, left, i, right, newRowseps, colseps)) {
                    addAll(rowseps, newRowseps);
                    bottom = i;
                    return true;
                }
            } else if (c != U'|') {
                return false;
            }
        }
        return false;
    }

    bool scanLeft(std::size_t top,
        std::size_t left,
        std::size_t bottom,
        std::size_t right,
        std::map<std::size_t, std::vector<std::size_t>> &rowseps,
        std::map<std::size_t, std::vector<std::size_t>> &colseps)
    {
        for (std::size_t i = right - 1; i > left; --i) {
            const char32_t c = at(bottom, i);
            if (c == U'+')
                colseps[i] = { bottom };
            else if (c != U'-')
                return false;
        }
        if (at(bottom, left) != U'+')
            return false;
        for (std::size_t i = bottom - 1; i > top; --i) {
            const char32_t c = at(i, left);
            if (c == U'+')
                rowseps[i] = { left };
            else if (c != U'|')
                return false;
        }
        return true;
    }

    TableData structure()
    {
        std::map<std::size_t, std::size_t> rowindex;
        std::vector<std::size_t> rowseps;
        for (const auto &[key, _] : m_rowseps) {
            rowindex[key] = rowseps.size();
            rowseps.push_back(key);
        }
        std::map<std::size_t, std::size_t> colindex;
        std::vector<std::size_t> colseps;
        for (const auto &[key, _] : m_colseps) {
            colindex[key] = colseps.size();
            colseps.push_back(key);
        }
        TableData data;
        for (std::size_t i = 1; i < colseps.size(); ++i)
            data.colWidths.push_back(static_cast<int>(colseps[i] - colseps[i - 1] - 1));
        std::vector<std::vector<std::optional<TableCell>>> rows(
            rowseps.size() - 1, std::vector<std::optional<TableCell>>(colseps.size() - 1));
        for (auto &cell : m_cells) {
            const std::size_t rownum = rowindex[cell.top];
            const std::size_t colnum = colindex[cell.left];
            TableCell value;
            value.moreRows = static_cast<int>(rowindex[cell.bottom] - rownum - 1);
            value.moreCols = static_cast<int>(colindex[cell.right] - colnum - 1);
            value.offset = static_cast<int>(cell.top + 1);
            value.lines = std::move(cell.lines);
            if (rownum < rows.size() && colnum < rows[rownum].size())
                rows[rownum][colnum] = std::move(value);
        }
        if (m_headBodySep) {
            const std::size_t numHead = rowindex[*m_headBodySep];
            data.headRows.assign(std::make_move_iterator(rows.begin()),
                std::make_move_iterator(rows.begin() + static_cast<std::ptrdiff_t>(numHead)));
            data.bodyRows.assign(std::make_move_iterator(rows.begin() + static_cast<std::ptrdiff_t>(numHead)),
                std::make_move_iterator(rows.end()));
        } else {
            data.bodyRows = std::move(rows);
        }
        return data;
    }

    struct Cell {
        std::size_t top, left, bottom, right;
        std::vector<std::u32string> lines;
    };

    std::vector<std::u32string> m_block;
    std::size_t m_bottom = 0;
    std::size_t m_right = 0;
    std::optional<std::size_t> m_headBodySep;
    std::vector<long> m_done;
    std::vector<Cell> m_cells;
    std::map<std::size_t, std::vector<std::size_t>> m_rowseps;
    std::map<std::size_t, std::vector<std::size_t>> m_colseps;
};

class SimpleParser
{
public:
    explicit SimpleParser(std::vector<std::u32string> block)
        : m_block(std::move(block))
    {
    }

    TableData parse()
    {
        std::replace(m_block.front().begin(), m_block.front().end(), U'=', U'-');
        std::replace(m_block.back().begin(), m_block.back().end(), U'=', U'-');
        findHeadBodySep();
        parseTable();
        return structure();
    }

private:
    static bool isHeadSep(std::u32string_view line)
    {
        // =[ =]*$
        if (line.empty() || line[0] != U'=')
            return false;
        return std::all_of(line.begin(), line.end(), [](char32_t c) { return c == U'=' || c == U' '; });
    }

    static bool isSpan(std::u32string_view line)
    {
        if (line.empty() || line[0] != U'-')
            return false;
        return std::all_of(line.begin(), line.end(), [](char32_t c) { return c == U'-' || c == U' '; });
    }

    void findHeadBodySep()
    {
        std::size_t i = 0;
        for (i = 0; i < m_block.size(); ++i) {
            if (isHeadSep(m_block[i])) {
                if (m_headBodySep) {
                    throw TableMarkupError { "Multiple head/body row separators (table lines "
                            + std::to_string(*m_headBodySep + 1) + " and " + std::to_string(i + 1)
                            + "); only one allowed.",
                        static_cast<int>(i) };
                }
                m_headBodySep = i;
                std::replace(m_block[i].begin(), m_block[i].end(), U'=', U'-');
            }
        }
        if (m_headBodySep && (*m_headBodySep == 0 || *m_headBodySep == m_block.size() - 1))
            throw TableMarkupError { "The head/body row separator may not be the first or last line of the table.",
                static_cast<int>(i - 1) };
    }

    using Columns = std::vector<std::pair<std::size_t, std::size_t>>;

    Columns parseColumns(std::u32string_view line, int offset)
    {
        Columns cols;
        std::size_t end = 0;
        while (true) {
            const std::size_t begin = line.find(U'-', end);
            if (begin == std::u32string_view::npos)
                break;
            end = line.find(U' ', begin);
            if (end == std::u32string_view::npos)
                end = line.size();
            cols.emplace_back(begin, end);
        }
        if (!m_columns.empty()) {
            if (cols.empty() || cols.back().second != m_borderEnd)
                throw TableMarkupError { "Column span incomplete in table line " + std::to_string(offset + 1) + ".",
                    offset };
            cols.back().second = m_columns.back().second;
        }
        return cols;
    }

    void parseTable()
    {
        m_columns = parseColumns(m_block[0], 0);
        m_borderEnd = m_columns.back().second;
        const auto [firstStart, firstEnd] = m_columns[0];
        std::size_t offset = 1;
        std::size_t start = 1;
        bool textFound = false;
        while (offset < m_block.size()) {
            const std::u32string &line = m_block[offset];
            if (isSpan(line)) {
                parseRow(start, offset, std::make_pair(rstrip32(line), static_cast<int>(offset)));
                start = offset + 1;
                textFound = false;
            } else if (!strip32(slice(line, firstStart, firstEnd)).empty()) {
                if (textFound && offset != start)
                    parseRow(start, offset, std::nullopt);
                start = offset;
                textFound = true;
            } else if (!textFound) {
                start = offset + 1;
            }
            ++offset;
        }
    }

    void parseRow(std::size_t begin, std::size_t end, std::optional<std::pair<std::u32string, int>> spanline)
    {
        if (begin >= end && !spanline)
            return;
        Columns columns = spanline ? parseColumns(spanline->first, spanline->second) : m_columns;
        std::vector<std::u32string> lines(m_block.begin() + static_cast<std::ptrdiff_t>(begin),
            m_block.begin() + static_cast<std::ptrdiff_t>(std::max(begin, end)));
        checkColumns(lines, static_cast<int>(begin), columns);
        // init_row
        std::vector<std::optional<TableCell>> row;
        std::size_t i = 0;
        for (const auto &[cs, ce] : columns) {
            int morecols = 0;
            if (i >= m_columns.size() || cs != m_columns[i].first)
                throw TableMarkupError { "Column span alignment problem in table line " + std::to_string(begin + 2)
                        + ".",
                    static_cast<int>(begin) + 1 };
            while (ce != m_columns[i].second) {
                ++i;
                ++morecols;
                if (i >= m_columns.size())
                    throw TableMarkupError { "Column span alignment problem in table line " + std::to_string(begin + 2)
                            + ".",
                        static_cast<int>(begin) + 1 };
            }
            TableCell cell;
            cell.moreCols = morecols;
            cell.offset = static_cast<int>(begin);
            cell.lines = get2DBlock(lines, 0, cs, lines.size(), ce);
            row.push_back(std::move(cell));
            ++i;
        }
        m_table.push_back(std::move(row));
    }

    void checkColumns(const std::vector<std::u32string> &rawLines, int firstLine, Columns &columns)
    {
        std::vector<std::u32string> lines;
        for (const auto &line : rawLines) {
            std::u32string stripped;
            for (const char32_t c : line) {
                if (!isCombining(c))
                    stripped += c;
            }
            lines.push_back(std::move(stripped));
        }
        const std::size_t lastcol = columns.size() - 1;
        for (std::size_t i = 0; i < columns.size(); ++i) {
            const auto [start, end] = columns[i];
            const std::size_t nextStart = i + 1 < columns.size() ? columns[i + 1].first : SIZE_MAX;
            int offset = 0;
            for (const auto &line : lines) {
                if (i == lastcol && !strip32(slice(line, end)).empty()) {
                    const std::u32string text = rstrip32(slice(line, start));
                    const std::size_t newEnd = start + text.size();
                    const auto [mainStart, mainEnd] = m_columns.back();
                    columns[i] = { start, std::max(mainEnd, newEnd) };
                    if (newEnd > mainEnd)
                        m_columns.back() = { mainStart, newEnd };
                } else if (!strip32(slice(line, end, nextStart)).empty()) {
                    throw TableMarkupError { "Text in column margin in table line "
                            + std::to_string(firstLine + offset + 1) + ".",
                        firstLine + offset };
                }
                ++offset;
            }
        }
    }

    TableData structure()
    {
        TableData data;
        for (const auto &[start, end] : m_columns)
            data.colWidths.push_back(static_cast<int>(end - start));
        std::size_t firstBodyRow = 0;
        if (m_headBodySep) {
            for (std::size_t i = 0; i < m_table.size(); ++i) {
                if (m_table[i][0] && m_table[i][0]->offset > static_cast<int>(*m_headBodySep)) {
                    firstBodyRow = i;
                    break;
                }
            }
        }
        for (std::size_t i = 0; i < m_table.size(); ++i)
            (i < firstBodyRow ? data.headRows : data.bodyRows).push_back(std::move(m_table[i]));
        return data;
    }

    std::vector<std::u32string> m_block;
    std::optional<std::size_t> m_headBodySep;
    Columns m_columns;
    std::size_t m_borderEnd = 0;
    std::vector<std::vector<std::optional<TableCell>>> m_table;
};

} // namespace

bool isCombining(char32_t cp)
{
    return cp >= 0x300 && inRanges(combiningRanges, combiningRangeCount, cp);
}

bool isWide(char32_t cp)
{
    return cp >= 0x1100 && inRanges(wideRanges, wideRangeCount, cp);
}

std::u32string toU32(std::string_view utf8)
{
    std::u32string out;
    out.reserve(utf8.size());
    for (std::size_t pos = 0; pos < utf8.size();)
        out += decodeUtf8(utf8, pos);
    return out;
}

std::string toUtf8(std::u32string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (const char32_t c : text)
        appendUtf8(out, c);
    return out;
}

TableData parseGridTable(std::vector<std::u32string> block)
{
    return GridParser(std::move(block)).parse();
}

TableData parseSimpleTable(std::vector<std::u32string> block)
{
    return SimpleParser(std::move(block)).parse();
}

} // namespace specwright::rst::detail
