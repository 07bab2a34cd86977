// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagram/chargrid.h"

#include "diagram/unicode_p.h"

#include <array>

namespace specwright::diagram
{

namespace
{

// Which neighbours a cell's line strokes reach.
enum Stroke : unsigned char { North = 1, East = 2, South = 4, West = 8 };
enum Mark : unsigned char { RoundedCorner = 1, Joint = 2 };

unsigned char strokeTowards(Point from, Point to)
{
    if (to.x > from.x)
        return East;
    if (to.x < from.x)
        return West;
    if (to.y > from.y)
        return South;
    if (to.y < from.y)
        return North;
    return 0;
}

char32_t headFor(Point from, Point to, HeadStyle style)
{
    // Indexed by style, then by direction: east, west, south, north.
    static constexpr std::array<std::array<char32_t, 4>, 3> glyphs { {
        { U'>', U'<', U'v', U'^' },
        { U'→', U'←', U'↓', U'↑' },
        { U'▶', U'◀', U'▼', U'▲' },
    } };
    const auto &set = glyphs[static_cast<std::size_t>(style)];
    switch (strokeTowards(from, to)) {
    case East:
        return set[0];
    case West:
        return set[1];
    case South:
        return set[2];
    case North:
        return set[3];
    default:
        return U'+';
    }
}

// doubled holds the horizontal strokes drawn double.
char32_t asciiGlyph(unsigned char strokes, unsigned char marks, unsigned char doubled)
{
    const bool across = strokes & (East | West);
    const bool upDown = strokes & (North | South);
    if (marks & Joint)
        return U'+';
    if (across && !upDown && doubled)
        return U'=';
    if ((marks & RoundedCorner) && across && upDown && (strokes == (East | South) || strokes == (West | South)))
        return U'.';
    if ((marks & RoundedCorner) && across && upDown && (strokes == (East | North) || strokes == (West | North)))
        return U'\'';
    if (across && upDown)
        return U'+';
    if (across)
        return U'-';
    if (upDown)
        return U'|';
    return U' ';
}

// Double horizontal strokes meeting single vertical ones, indexed like
// unicodeGlyph's table; Unicode has no glyph for a corner that is both
// rounded and double, so those cells fall back to single strokes.
char32_t doubleGlyph(unsigned char strokes)
{
    static constexpr std::array<char32_t, 16> glyphs {
        U' ',
        U'│',
        U'═',
        U'╘',
        U'│',
        U'│',
        U'╒',
        U'╞',
        U'═',
        U'╛',
        U'═',
        U'╧',
        U'╕',
        U'╡',
        U'╤',
        U'╪',
    };
    return glyphs[strokes & 0x0F];
}

char32_t unicodeGlyph(unsigned char strokes, unsigned char marks, unsigned char doubled)
{
    if (doubled && !(marks & RoundedCorner))
        return (marks & Joint) ? U'╪' : doubleGlyph(strokes);
    // Indexed by the stroke bits N|E|S|W.
    static constexpr std::array<char32_t, 16> glyphs {
        U' ',
        U'│',
        U'─',
        U'└',
        U'│',
        U'│',
        U'┌',
        U'├',
        U'─',
        U'┘',
        U'─',
        U'┴',
        U'┐',
        U'┤',
        U'┬',
        U'┼',
    };
    if (marks & Joint)
        return U'┼';
    if (marks & RoundedCorner) {
        switch (strokes) {
        case East | South:
            return U'╭';
        case West | South:
            return U'╮';
        case East | North:
            return U'╰';
        case West | North:
            return U'╯';
        default:
            break;
        }
    }
    return glyphs[strokes & 0x0F];
}

class StrokeLayer final
{
public:
    explicit StrokeLayer(const Rect &area)
        : m_area(area)
        , m_strokes(cellCount(area), 0)
        , m_marks(cellCount(area), 0)
        , m_doubled(cellCount(area), 0)
    {
    }

    void addStroke(Point cell, unsigned char strokes, bool doubled = false)
    {
        if (const auto i = index(cell)) {
            m_strokes[*i] |= strokes;
            if (doubled)
                m_doubled[*i] |= strokes;
        }
    }
    void addMark(Point cell, unsigned char mark)
    {
        if (const auto i = index(cell))
            m_marks[*i] |= mark;
    }
    // The neighbours along a straight run from a to b (inclusive), so that
    // every cell strokes towards the cells before and after it.
    void addRun(Point a, Point b, StrokeStyle style = StrokeStyle::Single)
    {
        const Point step { (b.x > a.x) - (b.x < a.x), (b.y > a.y) - (b.y < a.y) };
        // Only horizontal strokes have a double form.
        const bool doubled = style == StrokeStyle::Double && step.y == 0;
        for (Point at = a; at != b; at = { at.x + step.x, at.y + step.y }) {
            const Point next { at.x + step.x, at.y + step.y };
            addStroke(at, strokeTowards(at, next), doubled);
            addStroke(next, strokeTowards(next, at), doubled);
        }
    }

    void paint(CharGrid &grid, CharSet charset) const
    {
        for (int y = m_area.y; y <= m_area.bottom(); ++y) {
            for (int x = m_area.x; x <= m_area.right(); ++x) {
                const std::size_t i = *index({ x, y });
                if (!m_strokes[i] && !m_marks[i])
                    continue;
                grid.set({ x, y },
                    charset == CharSet::Ascii ? asciiGlyph(m_strokes[i], m_marks[i], m_doubled[i])
                                              : unicodeGlyph(m_strokes[i], m_marks[i], m_doubled[i]));
            }
        }
    }

private:
    static std::size_t cellCount(const Rect &area)
    {
        return area.isEmpty() ? 0 : static_cast<std::size_t>(area.width) * static_cast<std::size_t>(area.height);
    }
    std::optional<std::size_t> index(Point cell) const
    {
        if (!m_area.contains(cell))
            return std::nullopt;
        return static_cast<std::size_t>(cell.y - m_area.y) * static_cast<std::size_t>(m_area.width)
            + static_cast<std::size_t>(cell.x - m_area.x);
    }

    Rect m_area;
    std::vector<unsigned char> m_strokes;
    std::vector<unsigned char> m_marks;
    std::vector<unsigned char> m_doubled;
};

void strokeBox(StrokeLayer &layer, const Box &box)
{
    const Rect &r = box.rect;
    if (r.isEmpty())
        return;
    layer.addRun({ r.x, r.y }, { r.right(), r.y }, box.topStroke);
    layer.addRun({ r.x, r.bottom() }, { r.right(), r.bottom() }, box.bottomStroke);
    layer.addRun({ r.x, r.y }, { r.x, r.bottom() });
    layer.addRun({ r.right(), r.y }, { r.right(), r.bottom() });
    if (r.width == 1 && r.height == 1)
        layer.addMark({ r.x, r.y }, Joint);
    if (box.corners == CornerStyle::Rounded && r.width >= 2 && r.height >= 2) {
        for (const Point corner : { Point { r.x, r.y },
                 Point { r.right(), r.y },
                 Point { r.x, r.bottom() },
                 Point { r.right(), r.bottom() } })
            layer.addMark(corner, RoundedCorner);
    }
}

void strokeConnector(StrokeLayer &layer, std::vector<std::pair<Point, char32_t>> &heads, const Connector &connector)
{
    const auto &points = connector.points;
    if (points.empty())
        return;
    if (points.size() == 1) {
        layer.addMark(points.front(), Joint);
        return;
    }
    const auto cells = connectorCells(connector);
    for (std::size_t i = 0; i + 1 < cells.size(); ++i)
        layer.addRun(cells[i], cells[i + 1], connector.stroke);
    const auto cap = [&](Cap style, Point end, Point inner) {
        if (style == Cap::Arrow)
            heads.emplace_back(end, headFor(inner, end, connector.heads));
        else if (style == Cap::Joint)
            layer.addMark(end, Joint);
    };
    cap(connector.startCap, cells.front(), cells[1]);
    cap(connector.endCap, cells.back(), cells[cells.size() - 2]);
}

char32_t printable(char32_t ch)
{
    // A tab or line break typed into a label would break the grid; any other
    // character is kept, so that imported text comes back unchanged.
    return ch == U'\t' || ch == U'\n' ? U' ' : ch;
}

} // namespace

CharGrid::CharGrid(const Rect &area)
    : m_area(area.isEmpty() ? Rect {} : area)
    , m_cells(
          m_area.isEmpty() ? 0 : static_cast<std::size_t>(m_area.width) * static_cast<std::size_t>(m_area.height), U' ')
{
}

char32_t CharGrid::at(Point cell) const
{
    if (!m_area.contains(cell))
        return U' ';
    return m_cells[static_cast<std::size_t>(cell.y - m_area.y) * static_cast<std::size_t>(m_area.width)
        + static_cast<std::size_t>(cell.x - m_area.x)];
}

void CharGrid::set(Point cell, char32_t ch)
{
    if (!m_area.contains(cell))
        return;
    m_cells[static_cast<std::size_t>(cell.y - m_area.y) * static_cast<std::size_t>(m_area.width)
        + static_cast<std::size_t>(cell.x - m_area.x)]
        = ch;
}

std::u32string CharGrid::row(int y) const
{
    if (y < m_area.y || y > m_area.bottom())
        return {};
    return m_cells.substr(static_cast<std::size_t>(y - m_area.y) * static_cast<std::size_t>(m_area.width),
        static_cast<std::size_t>(m_area.width));
}

std::vector<std::u32string> wrapText(std::u32string_view text, int width)
{
    std::vector<std::u32string> lines;
    if (width <= 0)
        return lines;
    const auto limit = static_cast<std::size_t>(width);
    std::size_t paragraphStart = 0;
    while (paragraphStart <= text.size()) {
        const std::size_t paragraphEnd = std::min(text.find(U'\n', paragraphStart), text.size());
        const std::u32string_view paragraph = text.substr(paragraphStart, paragraphEnd - paragraphStart);
        std::u32string line;
        bool wroteLine = false;
        std::size_t pos = 0;
        while (pos < paragraph.size()) {
            if (paragraph[pos] == U' ') {
                ++pos;
                continue;
            }
            const std::size_t wordEnd = std::min(paragraph.find(U' ', pos), paragraph.size());
            std::u32string_view word = paragraph.substr(pos, wordEnd - pos);
            pos = wordEnd;
            if (!line.empty() && line.size() + 1 + word.size() <= limit) {
                line += U' ';
                line += word;
                continue;
            }
            if (!line.empty()) {
                lines.push_back(std::move(line));
                wroteLine = true;
                line.clear();
            }
            while (word.size() > limit) {
                lines.emplace_back(word.substr(0, limit));
                wroteLine = true;
                word.remove_prefix(limit);
            }
            line = word;
        }
        if (!line.empty() || !wroteLine)
            lines.push_back(std::move(line));
        paragraphStart = paragraphEnd + 1;
    }
    return lines;
}

std::vector<LabelLine> layoutLabel(const Box &box)
{
    std::vector<LabelLine> placed;
    const Rect &r = box.rect;
    const int insideWidth = r.width - 2;
    const int insideHeight = r.height - 2;
    if (box.label.empty() || insideWidth <= 0 || insideHeight <= 0)
        return placed;
    const int padding = insideWidth >= 3 ? 1 : 0;
    const int textWidth = insideWidth - 2 * padding;
    auto lines = wrapText(toCodePoints(box.label), textWidth);
    if (lines.size() > static_cast<std::size_t>(insideHeight))
        lines.resize(static_cast<std::size_t>(insideHeight));
    const int count = static_cast<int>(lines.size());
    const int top = r.y + 1 + (box.valign == VAlign::Middle ? (insideHeight - count) / 2 : 0);
    for (int i = 0; i < count; ++i) {
        const int length = static_cast<int>(lines[static_cast<std::size_t>(i)].size());
        const int left = r.x + 1 + padding + (box.halign == HAlign::Center ? (textWidth - length) / 2 : 0);
        placed.push_back({ { left, top + i }, std::move(lines[static_cast<std::size_t>(i)]) });
    }
    return placed;
}

CharGrid render(const Diagram &diagram, const Rect &area, CharSet charset)
{
    CharGrid grid(area);
    StrokeLayer strokes(grid.area());
    std::vector<std::pair<Point, char32_t>> heads;
    for (const Object &object : diagram.objects()) {
        if (const auto *box = std::get_if<Box>(&object.shape))
            strokeBox(strokes, *box);
        else if (const auto *connector = std::get_if<Connector>(&object.shape))
            strokeConnector(strokes, heads, *connector);
    }
    strokes.paint(grid, charset);
    for (const auto &[cell, head] : heads)
        grid.set(cell, head);
    for (const Object &object : diagram.objects()) {
        if (const auto *box = std::get_if<Box>(&object.shape)) {
            for (const LabelLine &line : layoutLabel(*box)) {
                for (std::size_t i = 0; i < line.text.size(); ++i)
                    grid.set({ line.pos.x + static_cast<int>(i), line.pos.y }, printable(line.text[i]));
            }
        }
    }
    for (const Object &object : diagram.objects()) {
        if (const auto *text = std::get_if<Text>(&object.shape)) {
            const std::u32string chars = toCodePoints(text->text);
            for (std::size_t i = 0; i < chars.size(); ++i)
                grid.set({ text->pos.x + static_cast<int>(i), text->pos.y }, printable(chars[i]));
        } else if (const auto *cells = std::get_if<Cells>(&object.shape)) {
            for (const auto &[cell, ch] : cells->cells)
                grid.set(cell, printable(ch));
        }
    }
    return grid;
}

} // namespace specwright::diagram
