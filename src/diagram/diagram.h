// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The diagram model: objects on a character grid. Objects keep a stable id
// (so that edits and attachments can name them across undo and redo) and a
// z-order, their position in objects().

#include "diagram/geometry.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace specwright::diagram
{

using ObjectId = std::uint32_t;
constexpr ObjectId NoObject = 0;

enum class CornerStyle { Square, Rounded };
enum class HAlign { Left, Center };
enum class VAlign { Top, Middle };
// How the horizontal strokes of a box or connector are drawn: '-' or '='
// ('─' or '═' in Unicode, with the matching corners and junctions). Vertical
// strokes are '|' either way.
enum class StrokeStyle { Single, Double };
// The glyphs of a connector's arrow heads: < > ^ v, arrows ← → ↑ ↓, or
// triangles ◀ ▶ ▲ ▼.
enum class HeadStyle { Ascii, Arrow, Triangle };

// A rectangle drawn with its border on rect's outermost cells; the label
// wraps inside, one cell of padding from the side borders.
struct Box {
    Rect rect;
    std::string label; // UTF-8; '\n' forces a line break
    CornerStyle corners = CornerStyle::Square;
    HAlign halign = HAlign::Center;
    VAlign valign = VAlign::Middle;
    // Top and bottom apart, as a table's header cells are double only below.
    StrokeStyle topStroke = StrokeStyle::Single;
    StrokeStyle bottomStroke = StrokeStyle::Single;

    friend bool operator==(const Box &, const Box &) = default;
};

// How a connector's end is drawn: plain line, an arrow head, or a '+' joint.
enum class Cap { None, Arrow, Joint };

// An end of a connector that touches a box edge, either on the edge cell
// (gap 0, the edge shows a junction) or on the cell just outside it (gap 1).
// offset counts from the side's first cell (its top or left corner).
struct Attachment {
    ObjectId box = NoObject;
    Side side = Side::Top;
    int offset = 0;
    int gap = 0;

    bool isAttached() const { return box != NoObject; }
    friend bool operator==(const Attachment &, const Attachment &) = default;
};

// A line through points joined by horizontal and vertical segments; the
// points are its ends and its bends.
struct Connector {
    std::vector<Point> points;
    Cap startCap = Cap::None;
    Cap endCap = Cap::None;
    StrokeStyle stroke = StrokeStyle::Single;
    HeadStyle heads = HeadStyle::Ascii;
    Attachment start;
    Attachment end;

    bool isArrow() const { return startCap == Cap::Arrow || endCap == Cap::Arrow; }
    friend bool operator==(const Connector &, const Connector &) = default;
};

// One line of free text.
struct Text {
    Point pos;
    std::string text; // UTF-8, no line breaks

    friend bool operator==(const Text &, const Text &) = default;
};

// Free characters, each in its own cell. A space blanks whatever lies
// beneath it.
struct Cells {
    std::map<Point, char32_t> cells;

    friend bool operator==(const Cells &, const Cells &) = default;
};

using Shape = std::variant<Box, Connector, Text, Cells>;

struct Object {
    ObjectId id = NoObject;
    Shape shape;

    friend bool operator==(const Object &, const Object &) = default;
};

// The cells an object may draw on (for boxes the whole rectangle).
Rect extent(const Shape &shape);
// Whether a click on the cell picks the object.
bool covers(const Shape &shape, Point cell);
void translate(Shape &shape, int dx, int dy);
// The cells a connector passes through, from its start to its end.
std::vector<Point> connectorCells(const Connector &connector);
// A right-angled path from start to end that leaves start heading startStep
// and reaches end heading endStep (steps are unit vectors along one axis).
std::vector<Point> routeConnector(Point start, Point startStep, Point end, Point endStep);
// Merges repeated points and points in the middle of a straight run, and
// puts a bend where two consecutive points are not on one axis.
std::vector<Point> tidyPath(std::vector<Point> points);
// The cell an attachment pins a connector end to, for a box at rect.
Point attachmentPoint(const Rect &rect, const Attachment &attachment);

class Diagram final
{
public:
    const std::vector<Object> &objects() const { return m_objects; }
    bool isEmpty() const { return m_objects.empty(); }

    const Object *find(ObjectId id) const;
    Object *find(ObjectId id);
    std::optional<std::size_t> indexOf(ObjectId id) const;

    // Adds on top and returns the new id.
    ObjectId add(Shape shape);
    // Inserts at index (clamped) keeping object.id when it is set and free,
    // so that undo and redo give objects back their ids.
    ObjectId insert(Object object, std::size_t index);
    void remove(ObjectId id);
    void clear();

    // Topmost first.
    std::vector<ObjectId> objectsAt(Point cell) const;
    // Objects lying wholly inside area, in z-order.
    std::vector<ObjectId> objectsIn(const Rect &area) const;
    std::vector<ObjectId> allIds() const;
    // Union of the extents of every object; empty for an empty diagram.
    Rect bounds() const;

    std::vector<ObjectId> connectorsAttachedTo(ObjectId box) const;
    // Attaches each end of the connector to the box whose edge it touches,
    // and detaches ends that touch none.
    void attachEnds(ObjectId connector);
    // Moves the attached ends of the connector back onto their boxes and
    // routes it again with right angles.
    void reroute(ObjectId connector);
    // Clears the attachments that point at the box.
    void detachFrom(ObjectId box);

    // A copy of some objects (in z-order) with their attachments to boxes
    // outside the set cleared, for the clipboard.
    std::vector<Object> copyObjects(const std::vector<ObjectId> &ids) const;

private:
    std::optional<Attachment> touchingBox(Point end, Point heading, ObjectId self) const;

    std::vector<Object> m_objects;
    ObjectId m_nextId = 1;
};

} // namespace specwright::diagram
