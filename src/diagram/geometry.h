// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Cells of the diagram grid: x is the column, y the row, both counted from 0
// at the top left; sizes are in cells.

#include <algorithm>
#include <compare>

namespace specwright::diagram
{

struct Point {
    int x = 0;
    int y = 0;

    friend bool operator==(const Point &, const Point &) = default;
    // Row-major, so that ordered containers list cells in reading order.
    friend std::strong_ordering operator<=>(const Point &a, const Point &b)
    {
        if (const auto byRow = a.y <=> b.y; byRow != 0)
            return byRow;
        return a.x <=> b.x;
    }
};

struct Rect {
    int x = 0;
    int y = 0;
    int width = 0;
    int height = 0;

    friend bool operator==(const Rect &, const Rect &) = default;

    bool isEmpty() const { return width <= 0 || height <= 0; }
    int right() const { return x + width - 1; }
    int bottom() const { return y + height - 1; }
    bool contains(Point p) const { return p.x >= x && p.x <= right() && p.y >= y && p.y <= bottom(); }
    bool contains(const Rect &r) const
    {
        return !r.isEmpty() && r.x >= x && r.y >= y && r.right() <= right() && r.bottom() <= bottom();
    }
    bool intersects(const Rect &r) const
    {
        return !isEmpty() && !r.isEmpty() && r.x <= right() && x <= r.right() && r.y <= bottom() && y <= r.bottom();
    }
    Rect united(const Rect &r) const
    {
        if (isEmpty())
            return r;
        if (r.isEmpty())
            return *this;
        const int left = std::min(x, r.x);
        const int top = std::min(y, r.y);
        return { left, top, std::max(right(), r.right()) - left + 1, std::max(bottom(), r.bottom()) - top + 1 };
    }
    // The smallest rectangle holding both corners, whatever their order.
    static Rect spanning(Point a, Point b)
    {
        const int left = std::min(a.x, b.x);
        const int top = std::min(a.y, b.y);
        return { left, top, std::max(a.x, b.x) - left + 1, std::max(a.y, b.y) - top + 1 };
    }
};

// The four sides of a box; also the four directions a line can leave a cell.
enum class Side { Top, Right, Bottom, Left };

inline Point outwardStep(Side side)
{
    switch (side) {
    case Side::Top:
        return { 0, -1 };
    case Side::Right:
        return { 1, 0 };
    case Side::Bottom:
        return { 0, 1 };
    case Side::Left:
        return { -1, 0 };
    }
    return {};
}

} // namespace specwright::diagram
