// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagram/diagram.h"

#include "diagram/unicode_p.h"

#include <algorithm>
#include <cstdlib>

namespace specwright::diagram
{

namespace
{

template <class... Ts> struct Overloaded : Ts... {
    using Ts::operator()...;
};

int sign(int v)
{
    return (v > 0) - (v < 0);
}

Point unitStep(Point from, Point to)
{
    return { sign(to.x - from.x), sign(to.y - from.y) };
}

Rect pointsBounds(const std::vector<Point> &points)
{
    Rect bounds;
    for (const Point p : points)
        bounds = bounds.united({ p.x, p.y, 1, 1 });
    return bounds;
}

// Which side of rect the cell lies on, leaving out the corners, where an
// attached line would be ambiguous.
std::optional<Side> edgeSide(const Rect &rect, Point cell)
{
    const bool insideColumns = cell.x > rect.x && cell.x < rect.right();
    const bool insideRows = cell.y > rect.y && cell.y < rect.bottom();
    if (insideColumns && cell.y == rect.y)
        return Side::Top;
    if (insideColumns && cell.y == rect.bottom())
        return Side::Bottom;
    if (insideRows && cell.x == rect.x)
        return Side::Left;
    if (insideRows && cell.x == rect.right())
        return Side::Right;
    return std::nullopt;
}

} // namespace

Rect extent(const Shape &shape)
{
    return std::visit(Overloaded {
                          [](const Box &box) { return box.rect; },
                          [](const Connector &connector) { return pointsBounds(connector.points); },
                          [](const Text &text) {
                              const int width = static_cast<int>(utf8Length(text.text));
                              return Rect { text.pos.x, text.pos.y, std::max(width, 1), 1 };
                          },
                          [](const Cells &cells) {
                              Rect bounds;
                              for (const auto &[cell, ch] : cells.cells)
                                  bounds = bounds.united({ cell.x, cell.y, 1, 1 });
                              return bounds;
                          },
                      },
        shape);
}

bool covers(const Shape &shape, Point cell)
{
    return std::visit(Overloaded {
                          [cell](const Box &box) { return box.rect.contains(cell); },
                          [cell](const Connector &connector) {
                              if (!pointsBounds(connector.points).contains(cell))
                                  return false;
                              const auto cells = connectorCells(connector);
                              return std::find(cells.begin(), cells.end(), cell) != cells.end();
                          },
                          [cell](const Text &text) { return extent(text).contains(cell); },
                          [cell](const Cells &cells) { return cells.cells.contains(cell); },
                      },
        shape);
}

void translate(Shape &shape, int dx, int dy)
{
    std::visit(Overloaded {
                   [=](Box &box) {
                       box.rect.x += dx;
                       box.rect.y += dy;
                   },
                   [=](Connector &connector) {
                       for (Point &p : connector.points)
                           p = { p.x + dx, p.y + dy };
                   },
                   [=](Text &text) {
                       text.pos = { text.pos.x + dx, text.pos.y + dy };
                   },
                   [=](Cells &cells) {
                       std::map<Point, char32_t> moved;
                       for (const auto &[cell, ch] : cells.cells)
                           moved.emplace(Point { cell.x + dx, cell.y + dy }, ch);
                       cells.cells = std::move(moved);
                   },
               },
        shape);
}

std::vector<Point> connectorCells(const Connector &connector)
{
    std::vector<Point> cells;
    if (connector.points.empty())
        return cells;
    cells.push_back(connector.points.front());
    for (std::size_t i = 1; i < connector.points.size(); ++i) {
        const Point target = connector.points[i];
        Point at = cells.back();
        // A slanted pair (never produced by tidyPath) is walked as an elbow.
        while (at != target) {
            if (at.x != target.x)
                at.x += sign(target.x - at.x);
            else
                at.y += sign(target.y - at.y);
            cells.push_back(at);
        }
    }
    return cells;
}

std::vector<Point> tidyPath(std::vector<Point> points)
{
    std::vector<Point> orthogonal;
    for (const Point p : points) {
        if (!orthogonal.empty() && orthogonal.back() == p)
            continue;
        if (!orthogonal.empty() && orthogonal.back().x != p.x && orthogonal.back().y != p.y)
            orthogonal.push_back({ p.x, orthogonal.back().y });
        orthogonal.push_back(p);
    }
    std::vector<Point> tidy;
    for (const Point p : orthogonal) {
        if (tidy.size() >= 2) {
            const Point a = tidy[tidy.size() - 2];
            const Point b = tidy.back();
            const bool straight = (a.x == b.x && b.x == p.x) || (a.y == b.y && b.y == p.y);
            // Only a run that keeps its heading is merged; a U-turn keeps its point.
            if (straight && unitStep(a, b) == unitStep(b, p))
                tidy.pop_back();
        }
        tidy.push_back(p);
    }
    return tidy;
}

namespace
{

Point transposed(Point p)
{
    return { p.y, p.x };
}

// Both ends head along x (step +1 or -1).
std::vector<Point> routeAcross(Point start, int startStep, Point end, int endStep)
{
    if (startStep == endStep) {
        if ((end.x - start.x) * startStep >= 2 || (start.y == end.y && (end.x - start.x) * startStep > 0)) {
            const int middle = start.x + (end.x - start.x) / 2;
            return { start, { middle, start.y }, { middle, end.y }, end };
        }
        // The end lies behind the start: leave, cross over between the two
        // rows, and come back in from behind.
        const int out = start.x + 2 * startStep;
        const int in = end.x - 2 * endStep;
        const int middle = start.y + (end.y - start.y) / 2;
        return { start, { out, start.y }, { out, middle }, { in, middle }, { in, end.y }, end };
    }
    // Facing the same side: go round beyond the farther one.
    const int far = startStep > 0 ? std::max(start.x, end.x) + 2 : std::min(start.x, end.x) - 2;
    return { start, { far, start.y }, { far, end.y }, end };
}

// The start heads along x, the end along y.
std::vector<Point> routeTurning(Point start, int startStep, Point end, int endStep)
{
    if ((end.x - start.x) * startStep > 0 && (end.y - start.y) * endStep > 0)
        return { start, { end.x, start.y }, end };
    const int out = start.x + 2 * startStep;
    const int in = end.y - 2 * endStep;
    return { start, { out, start.y }, { out, in }, { end.x, in }, end };
}

std::vector<Point> transposedAll(std::vector<Point> points)
{
    for (Point &p : points)
        p = transposed(p);
    return points;
}

} // namespace

std::vector<Point> routeConnector(Point start, Point startStep, Point end, Point endStep)
{
    if (start == end)
        return { start };
    // An end with no heading of its own heads the way the other end lies.
    const Point towards = std::abs(end.x - start.x) >= std::abs(end.y - start.y) ? Point { sign(end.x - start.x), 0 }
                                                                                 : Point { 0, sign(end.y - start.y) };
    if (startStep == Point {})
        startStep = towards;
    if (endStep == Point {})
        endStep = towards;
    const bool startsAcross = startStep.x != 0;
    const bool endsAcross = endStep.x != 0;
    std::vector<Point> path;
    if (startsAcross && endsAcross)
        path = routeAcross(start, startStep.x, end, endStep.x);
    else if (!startsAcross && !endsAcross)
        path = transposedAll(routeAcross(transposed(start), startStep.y, transposed(end), endStep.y));
    else if (startsAcross)
        path = routeTurning(start, startStep.x, end, endStep.y);
    else
        path = transposedAll(routeTurning(transposed(start), startStep.y, transposed(end), endStep.x));
    return tidyPath(std::move(path));
}

Point attachmentPoint(const Rect &rect, const Attachment &attachment)
{
    const bool across = attachment.side == Side::Top || attachment.side == Side::Bottom;
    const int length = across ? rect.width : rect.height;
    // Keep the end off the corners when the side is long enough to allow it.
    const int offset = length >= 3 ? std::clamp(attachment.offset, 1, length - 2)
                                   : std::clamp(attachment.offset, 0, std::max(length - 1, 0));
    Point edge;
    switch (attachment.side) {
    case Side::Top:
        edge = { rect.x + offset, rect.y };
        break;
    case Side::Bottom:
        edge = { rect.x + offset, rect.bottom() };
        break;
    case Side::Left:
        edge = { rect.x, rect.y + offset };
        break;
    case Side::Right:
        edge = { rect.right(), rect.y + offset };
        break;
    }
    const Point step = outwardStep(attachment.side);
    return { edge.x + step.x * attachment.gap, edge.y + step.y * attachment.gap };
}

const Object *Diagram::find(ObjectId id) const
{
    const auto it = std::find_if(m_objects.begin(), m_objects.end(), [id](const Object &o) { return o.id == id; });
    return it == m_objects.end() ? nullptr : &*it;
}

Object *Diagram::find(ObjectId id)
{
    const auto it = std::find_if(m_objects.begin(), m_objects.end(), [id](const Object &o) { return o.id == id; });
    return it == m_objects.end() ? nullptr : &*it;
}

std::optional<std::size_t> Diagram::indexOf(ObjectId id) const
{
    for (std::size_t i = 0; i < m_objects.size(); ++i) {
        if (m_objects[i].id == id)
            return i;
    }
    return std::nullopt;
}

ObjectId Diagram::add(Shape shape)
{
    return insert(Object { NoObject, std::move(shape) }, m_objects.size());
}

ObjectId Diagram::insert(Object object, std::size_t index)
{
    if (object.id == NoObject || find(object.id))
        object.id = m_nextId;
    m_nextId = std::max(m_nextId, object.id + 1);
    const ObjectId id = object.id;
    m_objects.insert(
        m_objects.begin() + static_cast<std::ptrdiff_t>(std::min(index, m_objects.size())), std::move(object));
    return id;
}

void Diagram::remove(ObjectId id)
{
    std::erase_if(m_objects, [id](const Object &o) { return o.id == id; });
}

void Diagram::clear()
{
    m_objects.clear();
}

std::vector<ObjectId> Diagram::objectsAt(Point cell) const
{
    std::vector<ObjectId> ids;
    for (auto it = m_objects.rbegin(); it != m_objects.rend(); ++it) {
        if (covers(it->shape, cell))
            ids.push_back(it->id);
    }
    return ids;
}

std::vector<ObjectId> Diagram::objectsIn(const Rect &area) const
{
    std::vector<ObjectId> ids;
    for (const Object &object : m_objects) {
        if (area.contains(extent(object.shape)))
            ids.push_back(object.id);
    }
    return ids;
}

std::vector<ObjectId> Diagram::allIds() const
{
    std::vector<ObjectId> ids;
    ids.reserve(m_objects.size());
    for (const Object &object : m_objects)
        ids.push_back(object.id);
    return ids;
}

Rect Diagram::bounds() const
{
    Rect bounds;
    for (const Object &object : m_objects)
        bounds = bounds.united(extent(object.shape));
    return bounds;
}

std::vector<ObjectId> Diagram::connectorsAttachedTo(ObjectId box) const
{
    std::vector<ObjectId> ids;
    for (const Object &object : m_objects) {
        if (const auto *connector = std::get_if<Connector>(&object.shape)) {
            if (connector->start.box == box || connector->end.box == box)
                ids.push_back(object.id);
        }
    }
    return ids;
}

std::optional<Attachment> Diagram::touchingBox(Point end, Point heading, ObjectId self) const
{
    for (auto it = m_objects.rbegin(); it != m_objects.rend(); ++it) {
        const auto *box = std::get_if<Box>(&it->shape);
        if (!box || it->id == self)
            continue;
        const Rect &rect = box->rect;
        auto attach = [&](Point edge, Side side, int gap) {
            const bool across = side == Side::Top || side == Side::Bottom;
            return Attachment { it->id, side, across ? edge.x - rect.x : edge.y - rect.y, gap };
        };
        if (const auto side = edgeSide(rect, end))
            return attach(end, *side, 0);
        if (heading == Point {})
            continue;
        const Point next { end.x + heading.x, end.y + heading.y };
        if (const auto side = edgeSide(rect, next); side && outwardStep(*side) == Point { -heading.x, -heading.y })
            return attach(next, *side, 1);
    }
    return std::nullopt;
}

void Diagram::attachEnds(ObjectId id)
{
    Object *object = find(id);
    auto *connector = object ? std::get_if<Connector>(&object->shape) : nullptr;
    if (!connector || connector->points.empty())
        return;
    const auto &points = connector->points;
    const std::size_t n = points.size();
    const Point startHeading = n >= 2 ? unitStep(points[1], points[0]) : Point {};
    const Point endHeading = n >= 2 ? unitStep(points[n - 2], points[n - 1]) : Point {};
    const auto start = touchingBox(points.front(), startHeading, id);
    const auto end = touchingBox(points.back(), endHeading, id);
    connector->start = start.value_or(Attachment {});
    connector->end = end.value_or(Attachment {});
}

void Diagram::reroute(ObjectId id)
{
    Object *object = find(id);
    auto *connector = object ? std::get_if<Connector>(&object->shape) : nullptr;
    if (!connector || connector->points.empty())
        return;
    auto boxRect = [this](Attachment &attachment) -> std::optional<Rect> {
        if (!attachment.isAttached())
            return std::nullopt;
        const Object *target = find(attachment.box);
        const auto *box = target ? std::get_if<Box>(&target->shape) : nullptr;
        if (!box) {
            attachment = {};
            return std::nullopt;
        }
        return box->rect;
    };
    const auto startRect = boxRect(connector->start);
    const auto endRect = boxRect(connector->end);
    if (!startRect && !endRect)
        return;
    const auto &points = connector->points;
    const std::size_t n = points.size();
    Point start = points.front();
    Point end = points.back();
    Point startStep = n >= 2 ? unitStep(points[0], points[1]) : Point { 1, 0 };
    Point endStep = n >= 2 ? unitStep(points[n - 2], points[n - 1]) : Point { 1, 0 };
    if (startRect) {
        start = attachmentPoint(*startRect, connector->start);
        startStep = outwardStep(connector->start.side);
    }
    if (endRect) {
        end = attachmentPoint(*endRect, connector->end);
        const Point out = outwardStep(connector->end.side);
        endStep = { -out.x, -out.y };
    }
    connector->points = routeConnector(start, startStep, end, endStep);
}

void Diagram::detachFrom(ObjectId box)
{
    for (Object &object : m_objects) {
        if (auto *connector = std::get_if<Connector>(&object.shape)) {
            if (connector->start.box == box)
                connector->start = {};
            if (connector->end.box == box)
                connector->end = {};
        }
    }
}

std::vector<Object> Diagram::copyObjects(const std::vector<ObjectId> &ids) const
{
    std::vector<Object> copies;
    auto selected = [&ids](ObjectId id) { return std::find(ids.begin(), ids.end(), id) != ids.end(); };
    for (const Object &object : m_objects) {
        if (!selected(object.id))
            continue;
        Object copy = object;
        if (auto *connector = std::get_if<Connector>(&copy.shape)) {
            if (!selected(connector->start.box))
                connector->start = {};
            if (!selected(connector->end.box))
                connector->end = {};
        }
        copies.push_back(std::move(copy));
    }
    return copies;
}

} // namespace specwright::diagram
