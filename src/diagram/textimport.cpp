// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagram/textimport.h"

#include "diagram/chargrid.h"
#include "diagram/textexport.h"
#include "diagram/unicode_p.h"

#include <algorithm>
#include <array>
#include <bit>
#include <map>

namespace specwright::diagram
{

namespace
{

enum Direction : unsigned char { North = 1, East = 2, South = 4, West = 8 };
constexpr std::array<Direction, 4> directions { North, East, South, West };

Point stepOf(Direction d)
{
    switch (d) {
    case North:
        return { 0, -1 };
    case East:
        return { 1, 0 };
    case South:
        return { 0, 1 };
    case West:
        return { -1, 0 };
    }
    return {};
}

Direction opposite(Direction d)
{
    switch (d) {
    case North:
        return South;
    case East:
        return West;
    case South:
        return North;
    case West:
        return East;
    }
    return North;
}

bool isWordChar(char32_t c)
{
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9') || c >= 0x80;
}

char32_t asciiEquivalent(char32_t c)
{
    switch (c) {
    case U'─':
    case U'━':
        return U'-';
    case U'│':
    case U'┃':
        return U'|';
    case U'┌':
    case U'┐':
    case U'└':
    case U'┘':
    case U'├':
    case U'┤':
    case U'┬':
    case U'┴':
    case U'┼':
        return U'+';
    case U'╭':
    case U'╮':
        return U'.';
    case U'╰':
    case U'╯':
        return U'\'';
    case U'═':
        return U'=';
    case U'╒':
    case U'╕':
    case U'╘':
    case U'╛':
    case U'╞':
    case U'╡':
    case U'╤':
    case U'╧':
    case U'╪':
        return U'+';
    case U'→':
    case U'▶':
        return U'>';
    case U'←':
    case U'◀':
        return U'<';
    case U'↑':
    case U'▲':
        return U'^';
    case U'↓':
    case U'▼':
        return U'v';
    default:
        return c;
    }
}

HeadStyle headStyleOf(char32_t c)
{
    switch (c) {
    case U'→':
    case U'←':
    case U'↑':
    case U'↓':
        return HeadStyle::Arrow;
    case U'▶':
    case U'◀':
    case U'▲':
    case U'▼':
        return HeadStyle::Triangle;
    default:
        return HeadStyle::Ascii;
    }
}

// The style most of the horizontal stroke characters show; the characters
// of the other style are kept as free characters by the import.
StrokeStyle majorityStroke(int singles, int doubles)
{
    return doubles > singles ? StrokeStyle::Double : StrokeStyle::Single;
}

bool isBoxDrawing(char32_t c)
{
    return c >= 0x2500 && c <= 0x257F;
}

// Work allowed for the box search, which could otherwise grow with the
// square of a page full of '+' (the rest of the import is linear).
constexpr long BoxSearchBudget = 50'000'000;

enum class Claim : unsigned char { None, BoxEdge, Line, Label, Text };

class Recognizer final
{
public:
    Recognizer(std::vector<std::u32string> rows, CharSet charset)
        : m_rows(std::move(rows))
        , m_charset(charset)
    {
        m_height = static_cast<int>(m_rows.size());
        for (const auto &row : m_rows)
            m_width = std::max(m_width, static_cast<int>(row.size()));
        m_claims.assign(cellCount(), Claim::None);
        m_onEdge.assign(cellCount(), false);
    }

    ImportedDiagram run()
    {
        findBoxes();
        findConnectors();
        findLabels();
        findText();
        return assemble();
    }

private:
    std::size_t cellCount() const { return static_cast<std::size_t>(m_width) * static_cast<std::size_t>(m_height); }
    bool inside(Point p) const { return p.x >= 0 && p.y >= 0 && p.x < m_width && p.y < m_height; }
    std::size_t index(Point p) const
    {
        return static_cast<std::size_t>(p.y) * static_cast<std::size_t>(m_width) + static_cast<std::size_t>(p.x);
    }
    char32_t at(Point p) const
    {
        if (p.y < 0 || p.y >= m_height || p.x < 0)
            return U' ';
        const auto &row = m_rows[static_cast<std::size_t>(p.y)];
        return static_cast<std::size_t>(p.x) < row.size() ? row[static_cast<std::size_t>(p.x)] : U' ';
    }
    // The drawing role of the character: Unicode box drawing counts as the
    // ASCII character it stands for.
    char32_t shape(Point p) const { return asciiEquivalent(at(p)); }
    Claim claim(Point p) const { return inside(p) ? m_claims[index(p)] : Claim::None; }
    void setClaim(Point p, Claim c)
    {
        if (inside(p))
            m_claims[index(p)] = c;
    }

    void findBoxes();
    void findConnectors();
    void findLabels();
    void findText();
    ImportedDiagram assemble();

    bool isLineNode(Point p) const;
    unsigned char links(Point p) const;
    bool isBoxEdgeJunction(Point p) const;
    std::optional<Connector> connectorFrom(std::vector<Point> cells) const;

    std::vector<std::u32string> m_rows;
    CharSet m_charset;
    int m_width = 0;
    int m_height = 0;
    std::vector<Claim> m_claims;
    // Cells on a box edge other than its corners.
    std::vector<bool> m_onEdge;
    std::vector<unsigned char> m_links;
    std::vector<Box> m_boxes;
    std::vector<Connector> m_connectors;
    std::vector<Text> m_texts;
};

void Recognizer::findBoxes()
{
    if (m_width < 3 || m_height < 3)
        return;
    // Lengths of the runs of edge characters from each cell rightwards and
    // downwards, so that checking a candidate box costs four lookups.
    std::vector<int> across(cellCount(), 0);
    std::vector<int> down(cellCount(), 0);
    for (int y = m_height - 1; y >= 0; --y) {
        for (int x = m_width - 1; x >= 0; --x) {
            const char32_t c = shape({ x, y });
            if (c == U'-' || c == U'=' || c == U'+')
                across[index({ x, y })] = 1 + (x + 1 < m_width ? across[index({ x + 1, y })] : 0);
            if (c == U'|' || c == U'+')
                down[index({ x, y })] = 1 + (y + 1 < m_height ? down[index({ x, y + 1 })] : 0);
        }
    }
    auto acrossAt = [&](int x, int y) { return x < m_width && y < m_height ? across[index({ x, y })] : 0; };
    auto downAt = [&](int x, int y) { return x < m_width && y < m_height ? down[index({ x, y })] : 0; };
    auto topCorner = [](char32_t c) { return c == U'+' || c == U'.'; };
    auto bottomCorner = [](char32_t c) { return c == U'+' || c == U'\''; };

    long budget = BoxSearchBudget;
    for (int y = 0; y + 2 < m_height && budget > 0; ++y) {
        for (int x = 0; x + 2 < m_width && budget > 0; ++x) {
            const char32_t topLeft = shape({ x, y });
            if (!topCorner(topLeft) || acrossAt(x + 1, y) < 1 || downAt(x, y + 1) < 1)
                continue;
            const int lastRight = std::min(x + 1 + acrossAt(x + 1, y), m_width - 1);
            bool found = false;
            for (int right = x + 2; right <= lastRight && !found && budget > 0; ++right) {
                --budget;
                const char32_t topRight = shape({ right, y });
                if (!topCorner(topRight) || downAt(right, y + 1) < 1)
                    continue;
                const int lastBottom = std::min(y + 1 + downAt(right, y + 1), m_height - 1);
                for (int bottom = y + 2; bottom <= lastBottom && budget > 0; ++bottom) {
                    --budget;
                    const char32_t bottomRight = shape({ right, bottom });
                    const char32_t bottomLeft = shape({ x, bottom });
                    if (!bottomCorner(bottomRight) || !bottomCorner(bottomLeft))
                        continue;
                    if (downAt(x, y + 1) < bottom - y - 1 || acrossAt(x + 1, bottom) < right - x - 1)
                        continue;
                    const bool square
                        = topLeft == U'+' && topRight == U'+' && bottomLeft == U'+' && bottomRight == U'+';
                    const bool rounded
                        = topLeft == U'.' && topRight == U'.' && bottomLeft == U'\'' && bottomRight == U'\'';
                    if (!square && !rounded)
                        continue;
                    Box box;
                    box.rect = { x, y, right - x + 1, bottom - y + 1 };
                    box.corners = rounded ? CornerStyle::Rounded : CornerStyle::Square;
                    const auto strokeOf = [&](int row) {
                        int singles = 0;
                        int doubles = 0;
                        for (int i = x + 1; i < right; ++i) {
                            singles += shape({ i, row }) == U'-';
                            doubles += shape({ i, row }) == U'=';
                        }
                        return majorityStroke(singles, doubles);
                    };
                    box.topStroke = strokeOf(y);
                    box.bottomStroke = strokeOf(bottom);
                    for (int i = x; i <= right; ++i) {
                        setClaim({ i, y }, Claim::BoxEdge);
                        setClaim({ i, bottom }, Claim::BoxEdge);
                    }
                    for (int j = y; j <= bottom; ++j) {
                        setClaim({ x, j }, Claim::BoxEdge);
                        setClaim({ right, j }, Claim::BoxEdge);
                    }
                    for (int i = x + 1; i < right; ++i) {
                        m_onEdge[index({ i, y })] = true;
                        m_onEdge[index({ i, bottom })] = true;
                    }
                    for (int j = y + 1; j < bottom; ++j) {
                        m_onEdge[index({ x, j })] = true;
                        m_onEdge[index({ right, j })] = true;
                    }
                    m_boxes.push_back(std::move(box));
                    found = true;
                    break;
                }
            }
        }
    }
}

bool Recognizer::isLineNode(Point p) const
{
    if (claim(p) != Claim::None)
        return false;
    switch (shape(p)) {
    case U'-':
    case U'=':
    case U'|':
    case U'+':
    case U'<':
    case U'>':
        return true;
    case U'^':
    case U'v':
        // A head standing alone, not a letter of a word.
        return !isWordChar(shape({ p.x - 1, p.y })) && !isWordChar(shape({ p.x + 1, p.y }));
    default:
        return false;
    }
}

// The neighbours a line character joins: '-' and the side heads only
// sideways, '|' and the vertical heads only up and down, '+' both ways.
unsigned char Recognizer::links(Point p) const
{
    if (!isLineNode(p))
        return 0;
    auto joinsEast = [](char32_t c) { return c == U'-' || c == U'=' || c == U'+' || c == U'<'; };
    auto joinsWest = [](char32_t c) { return c == U'-' || c == U'=' || c == U'+' || c == U'>'; };
    auto joinsSouth = [](char32_t c) { return c == U'|' || c == U'+' || c == U'^'; };
    auto joinsNorth = [](char32_t c) { return c == U'|' || c == U'+' || c == U'v'; };
    const char32_t c = shape(p);
    unsigned char result = 0;
    const Point east { p.x + 1, p.y };
    const Point west { p.x - 1, p.y };
    const Point south { p.x, p.y + 1 };
    const Point north { p.x, p.y - 1 };
    if (joinsEast(c) && isLineNode(east) && joinsWest(shape(east)))
        result |= East;
    if (joinsWest(c) && isLineNode(west) && joinsEast(shape(west)))
        result |= West;
    if (joinsSouth(c) && isLineNode(south) && joinsNorth(shape(south)))
        result |= South;
    if (joinsNorth(c) && isLineNode(north) && joinsSouth(shape(north)))
        result |= North;
    return result;
}

bool Recognizer::isBoxEdgeJunction(Point p) const
{
    return inside(p) && m_onEdge[index(p)] && shape(p) == U'+';
}

std::optional<Connector> Recognizer::connectorFrom(std::vector<Point> cells) const
{
    const auto degree = [this](Point p) { return std::popcount(static_cast<unsigned>(m_links[index(p)])); };
    const auto capAt = [&](Point end) {
        switch (shape(end)) {
        case U'<':
        case U'>':
        case U'^':
        case U'v':
            return Cap::Arrow;
        case U'+':
            // A junction of three or four lines shows '+' by itself.
            return degree(end) >= 3 ? Cap::None : Cap::Joint;
        default:
            return Cap::None;
        }
    };
    Connector connector;
    connector.startCap = capAt(cells.front());
    connector.endCap = capAt(cells.back());
    // A connector draws both heads in one style: the start's, unless only
    // the end has a head.
    connector.heads = headStyleOf(at(connector.startCap == Cap::Arrow ? cells.front() : cells.back()));
    int singles = 0;
    int doubles = 0;
    for (const Point p : cells) {
        singles += shape(p) == U'-';
        doubles += shape(p) == U'=';
    }
    connector.stroke = majorityStroke(singles, doubles);
    const bool closed = cells.size() > 2 && cells.front() == cells.back();
    // A plain end next to a box edge that shows a junction runs onto it.
    auto extend = [&](Point end, Point inner) -> std::optional<Point> {
        const Point beyond { end.x + (end.x - inner.x), end.y + (end.y - inner.y) };
        if (isBoxEdgeJunction(beyond))
            return beyond;
        return std::nullopt;
    };
    if (!closed && connector.startCap == Cap::None) {
        if (const auto onEdge = extend(cells[0], cells[1]))
            cells.insert(cells.begin(), *onEdge);
    }
    if (!closed && connector.endCap == Cap::None) {
        if (const auto onEdge = extend(cells.back(), cells[cells.size() - 2]))
            cells.push_back(*onEdge);
    }
    connector.points = tidyPath(cells);
    const bool plain = connector.startCap == Cap::None && connector.endCap == Cap::None;
    const bool hasJunction = std::any_of(cells.begin(), cells.end(), [this](Point p) { return shape(p) == U'+'; });
    // Two dashes or bars on their own are more likely text than a line.
    if (plain && !hasJunction && cells.size() < 3)
        return std::nullopt;
    return connector;
}

void Recognizer::findConnectors()
{
    m_links.assign(cellCount(), 0);
    for (int y = 0; y < m_height; ++y) {
        for (int x = 0; x < m_width; ++x)
            m_links[index({ x, y })] = links({ x, y });
    }
    std::vector<unsigned char> walked(cellCount(), 0);
    const auto degree = [this](Point p) { return std::popcount(static_cast<unsigned>(m_links[index(p)])); };
    // Paths end at line ends, at junctions, and at a '+' in a straight run,
    // which the importer keeps as two lines meeting at a joint.
    const auto stops = [&](Point p) {
        const unsigned char l = m_links[index(p)];
        return degree(p) != 2 || (shape(p) == U'+' && (l == (East | West) || l == (North | South)));
    };
    const auto walk = [&](Point from, Direction first) {
        std::vector<Point> cells { from };
        Point current = from;
        Direction heading = first;
        while (true) {
            walked[index(current)] |= heading;
            const Point next { current.x + stepOf(heading).x, current.y + stepOf(heading).y };
            walked[index(next)] |= opposite(heading);
            cells.push_back(next);
            if (next == from || stops(next))
                break;
            const unsigned char onward = m_links[index(next)] & ~opposite(heading) & ~walked[index(next)];
            const auto turn = std::find_if(
                directions.begin(), directions.end(), [onward](Direction d) { return (onward & d) != 0; });
            if (turn == directions.end())
                break;
            current = next;
            heading = *turn;
        }
        return cells;
    };
    std::vector<std::vector<Point>> paths;
    const auto walkAll = [&](bool fromStopsOnly) {
        for (int y = 0; y < m_height; ++y) {
            for (int x = 0; x < m_width; ++x) {
                const Point p { x, y };
                if (fromStopsOnly && !stops(p))
                    continue;
                for (const Direction d : directions) {
                    if ((m_links[index(p)] & d) && !(walked[index(p)] & d))
                        paths.push_back(walk(p, d));
                }
            }
        }
    };
    walkAll(true);
    // What is left are closed loops with no end.
    walkAll(false);

    // A single bar or dash between two box edges that show a junction (boxes
    // stacked one cell apart) links to nothing by itself: it runs from edge
    // to edge.
    std::vector<Connector> stubs;
    for (int y = 0; y < m_height; ++y) {
        for (int x = 0; x < m_width; ++x) {
            const Point p { x, y };
            if (!isLineNode(p) || m_links[index(p)] != 0)
                continue;
            const char32_t c = shape(p);
            const bool upDown = c == U'|';
            if (!upDown && c != U'-' && c != U'=')
                continue;
            const Point before = upDown ? Point { x, y - 1 } : Point { x - 1, y };
            const Point after = upDown ? Point { x, y + 1 } : Point { x + 1, y };
            if (!isBoxEdgeJunction(before) || !isBoxEdgeJunction(after))
                continue;
            Connector stub;
            stub.points = { before, after };
            stub.stroke = c == U'=' ? StrokeStyle::Double : StrokeStyle::Single;
            stubs.push_back(std::move(stub));
        }
    }

    for (auto &cells : paths) {
        auto connector = connectorFrom(std::move(cells));
        if (!connector)
            continue;
        for (const Point p : connectorCells(*connector)) {
            if (claim(p) == Claim::None)
                setClaim(p, Claim::Line);
        }
        m_connectors.push_back(std::move(*connector));
    }
    for (Connector &stub : stubs) {
        for (const Point p : connectorCells(stub)) {
            if (claim(p) == Claim::None)
                setClaim(p, Claim::Line);
        }
        m_connectors.push_back(std::move(stub));
    }
}

void Recognizer::findLabels()
{
    // Placements to try, most usual first.
    constexpr std::array<std::pair<HAlign, VAlign>, 4> placements { {
        { HAlign::Center, VAlign::Middle },
        { HAlign::Left, VAlign::Middle },
        { HAlign::Center, VAlign::Top },
        { HAlign::Left, VAlign::Top },
    } };
    for (Box &box : m_boxes) {
        const Rect inside { box.rect.x + 1, box.rect.y + 1, box.rect.width - 2, box.rect.height - 2 };
        std::vector<std::u32string> rows;
        bool free = true;
        for (int y = inside.y; y <= inside.bottom() && free; ++y) {
            std::u32string row;
            for (int x = inside.x; x <= inside.right(); ++x) {
                free = free && claim({ x, y }) == Claim::None;
                row += at({ x, y });
            }
            rows.push_back(std::move(row));
        }
        if (!free)
            continue;
        std::vector<std::u32string> lines;
        for (const auto &row : rows) {
            const auto first = row.find_first_not_of(U' ');
            lines.push_back(first == std::u32string::npos ? std::u32string()
                                                          : row.substr(first, row.find_last_not_of(U' ') - first + 1));
        }
        while (!lines.empty() && lines.back().empty())
            lines.pop_back();
        const auto firstLine = std::find_if(lines.begin(), lines.end(), [](const auto &l) { return !l.empty(); });
        lines.erase(lines.begin(), firstLine);
        if (lines.empty())
            continue;
        std::u32string asWords;
        std::u32string asLines;
        for (const auto &line : lines) {
            if (&line != &lines.front())
                asLines += U'\n';
            asLines += line;
            if (!line.empty()) {
                if (!asWords.empty())
                    asWords += U' ';
                asWords += line;
            }
        }
        const auto matches = [&](const Box &candidate) {
            std::vector<std::u32string> expected(rows.size(), std::u32string(rows.front().size(), U' '));
            for (const LabelLine &line : layoutLabel(candidate)) {
                auto &row = expected[static_cast<std::size_t>(line.pos.y - inside.y)];
                row.replace(static_cast<std::size_t>(line.pos.x - inside.x), line.text.size(), line.text);
            }
            return expected == rows;
        };
        bool labelled = false;
        for (const auto &label : { asWords, asLines }) {
            for (const auto &[h, v] : placements) {
                Box candidate = box;
                candidate.label = toUtf8(label);
                candidate.halign = h;
                candidate.valign = v;
                if (matches(candidate)) {
                    box = std::move(candidate);
                    labelled = true;
                    break;
                }
            }
            if (labelled)
                break;
        }
        if (!labelled)
            continue;
        for (int y = inside.y; y <= inside.bottom(); ++y) {
            for (int x = inside.x; x <= inside.right(); ++x) {
                if (at({ x, y }) != U' ')
                    setClaim({ x, y }, Claim::Label);
            }
        }
    }
}

void Recognizer::findText()
{
    // Words one space apart make one text object.
    const auto freeChar = [this](Point p) { return claim(p) == Claim::None && at(p) != U' '; };
    for (int y = 0; y < m_height; ++y) {
        int x = 0;
        while (x < m_width) {
            if (!freeChar({ x, y })) {
                ++x;
                continue;
            }
            Text text { { x, y }, {} };
            std::u32string chars;
            while (x < m_width) {
                if (freeChar({ x, y })) {
                    chars += at({ x, y });
                    setClaim({ x, y }, Claim::Text);
                    ++x;
                } else if (at({ x, y }) == U' ' && claim({ x, y }) == Claim::None && freeChar({ x + 1, y })) {
                    chars += U' ';
                    ++x;
                } else {
                    break;
                }
            }
            text.text = toUtf8(chars);
            m_texts.push_back(std::move(text));
        }
    }
}

ImportedDiagram Recognizer::assemble()
{
    ImportedDiagram result;
    result.charset = m_charset;
    Diagram &diagram = result.diagram;
    // The box edge (corners left out) on each cell, the later box winning as
    // it lies on top: attaching through this map keeps the import linear.
    std::vector<int> edgeOwner(cellCount(), -1);
    std::vector<Side> edgeSide(cellCount(), Side::Top);
    std::vector<ObjectId> boxIds;
    for (std::size_t i = 0; i < m_boxes.size(); ++i) {
        const Rect r = m_boxes[i].rect;
        const auto mark = [&](Point p, Side side) {
            edgeOwner[index(p)] = static_cast<int>(i);
            edgeSide[index(p)] = side;
        };
        for (int x = r.x + 1; x < r.right(); ++x) {
            mark({ x, r.y }, Side::Top);
            mark({ x, r.bottom() }, Side::Bottom);
        }
        for (int y = r.y + 1; y < r.bottom(); ++y) {
            mark({ r.x, y }, Side::Left);
            mark({ r.right(), y }, Side::Right);
        }
        boxIds.push_back(diagram.add(std::move(m_boxes[i])));
    }
    const auto attachment = [&](Point end, Point heading) -> Attachment {
        const auto onEdge = [&](Point p) { return inside(p) && edgeOwner[index(p)] >= 0; };
        const auto attach = [&](Point edge, int gap) {
            const auto box = static_cast<std::size_t>(edgeOwner[index(edge)]);
            const Side side = edgeSide[index(edge)];
            const Rect &r = std::get<Box>(diagram.objects()[box].shape).rect;
            const bool across = side == Side::Top || side == Side::Bottom;
            return Attachment { boxIds[box], side, across ? edge.x - r.x : edge.y - r.y, gap };
        };
        if (onEdge(end))
            return attach(end, 0);
        const Point next { end.x + heading.x, end.y + heading.y };
        if (heading != Point {} && onEdge(next)
            && outwardStep(edgeSide[index(next)]) == Point { -heading.x, -heading.y })
            return attach(next, 1);
        return {};
    };
    const auto unit = [](Point from, Point to) {
        return Point { (to.x > from.x) - (to.x < from.x), (to.y > from.y) - (to.y < from.y) };
    };
    for (Connector &connector : m_connectors) {
        const auto &points = connector.points;
        const std::size_t n = points.size();
        if (n >= 2) {
            connector.start = attachment(points.front(), unit(points[1], points[0]));
            connector.end = attachment(points.back(), unit(points[n - 2], points[n - 1]));
        }
        diagram.add(std::move(connector));
    }
    for (Text &text : m_texts)
        diagram.add(std::move(text));

    // Whatever the objects do not draw back exactly is kept as it was.
    const Rect area = Rect { 0, 0, m_width, m_height }.united(diagram.bounds());
    const CharGrid drawn = render(diagram, area, m_charset);
    std::map<Point, char32_t> kept;
    for (int y = area.y; y <= area.bottom(); ++y) {
        for (int x = area.x; x <= area.right(); ++x) {
            if (drawn.at({ x, y }) != at({ x, y }))
                kept.emplace(Point { x, y }, at({ x, y }));
        }
    }
    Cells run;
    for (const auto &[cell, ch] : kept) {
        if (!run.cells.empty()) {
            const Point last = run.cells.rbegin()->first;
            if (last.y != cell.y || last.x + 1 != cell.x)
                diagram.add(std::exchange(run, Cells {}));
        }
        run.cells.emplace(cell, ch);
    }
    if (!run.cells.empty())
        diagram.add(std::move(run));

    ImportStats &stats = result.stats;
    for (int y = 0; y < m_height; ++y) {
        for (int x = 0; x < m_width; ++x) {
            if (at({ x, y }) == U' ')
                continue;
            ++stats.characters;
            if (kept.contains({ x, y })) {
                ++stats.inCells;
                continue;
            }
            switch (claim({ x, y })) {
            case Claim::BoxEdge:
            case Claim::Line:
                ++stats.inShapes;
                break;
            case Claim::Label:
                ++stats.inLabels;
                break;
            case Claim::Text:
            case Claim::None:
                ++stats.inText;
                break;
            }
        }
    }
    return result;
}

// Every non-space character as a free character: the import of last resort,
// exact by construction.
ImportedDiagram verbatim(const std::vector<std::u32string> &rows)
{
    ImportedDiagram result;
    result.stats.verbatim = true;
    for (std::size_t y = 0; y < rows.size(); ++y) {
        Cells cells;
        for (std::size_t x = 0; x < rows[y].size(); ++x) {
            if (rows[y][x] != U' ') {
                cells.cells.emplace(Point { static_cast<int>(x), static_cast<int>(y) }, rows[y][x]);
                ++result.stats.characters;
                ++result.stats.inCells;
            }
        }
        if (!cells.cells.empty())
            result.diagram.add(std::move(cells));
    }
    return result;
}

} // namespace

Result<ImportedDiagram> importText(std::string_view text)
{
    using R = Result<ImportedDiagram>;
    if (text.size() > MaxImportBytes)
        return R::failure("the text is too large for a diagram (" + std::to_string(text.size())
            + " bytes; the limit is " + std::to_string(MaxImportBytes) + ")");
    if (const auto nul = text.find('\0'); nul != std::string_view::npos)
        return R::failure("the input is binary (NUL byte at offset " + std::to_string(nul) + ")");
    const auto decoded = decodeUtf8(text);
    if (!decoded)
        return R::failure("the input is not valid UTF-8 text");

    std::vector<std::u32string> rows;
    std::size_t widest = 0;
    std::size_t start = 0;
    const std::u32string &chars = *decoded;
    while (start < chars.size()) {
        std::size_t end = chars.find(U'\n', start);
        if (end == std::u32string::npos)
            end = chars.size();
        std::u32string_view line(chars.data() + start, end - start);
        if (!line.empty() && line.back() == U'\r')
            line.remove_suffix(1);
        std::u32string row;
        for (const char32_t c : line) {
            if (c == U'\t')
                row.append(8 - row.size() % 8, U' ');
            else
                row += c;
        }
        row.erase(row.find_last_not_of(U' ') + 1);
        widest = std::max(widest, row.size());
        rows.push_back(std::move(row));
        start = end + 1;
    }
    while (!rows.empty() && rows.back().empty())
        rows.pop_back();
    if (rows.size() * widest > MaxImportCells)
        return R::failure("the text is too large for a diagram (" + std::to_string(rows.size()) + " lines of up to "
            + std::to_string(widest) + " columns; the limit is " + std::to_string(MaxImportCells) + " cells)");

    // The character set most of the drawing uses; the other one's lines are
    // still recognised, and kept as free characters where they differ.
    std::size_t boxDrawing = 0;
    std::size_t ascii = 0;
    for (const auto &row : rows) {
        boxDrawing += static_cast<std::size_t>(std::count_if(row.begin(), row.end(), isBoxDrawing));
        ascii += static_cast<std::size_t>(
            std::count_if(row.begin(), row.end(), [](char32_t c) { return c == U'+' || c == U'|'; }));
    }
    const CharSet charset = boxDrawing > ascii ? CharSet::Unicode : CharSet::Ascii;
    ImportedDiagram imported = Recognizer(rows, charset).run();
    std::string expected;
    for (const auto &row : rows) {
        expected += toUtf8(row);
        expected += '\n';
    }
    if (exportText(imported.diagram, { charset, Crop::FromOrigin }) != expected)
        return verbatim(rows);
    return imported;
}

} // namespace specwright::diagram
