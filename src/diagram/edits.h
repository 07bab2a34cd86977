// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Changes to a diagram as plain values: apply() makes the change and
// remembers what it replaced, revert() puts that back, exactly, ids and
// z-order included. apply() may be called again after revert() (redo).
// The GUI wraps each in a QUndoCommand.

#include "diagram/diagram.h"

#include <map>
#include <string>
#include <variant>
#include <vector>

namespace specwright::diagram
{

// The state of some objects before an edit: their copies and places in
// the z-order. Ids that did not exist are removed again on restore.
class ObjectsSnapshot final
{
public:
    void capture(const Diagram &diagram, const std::vector<ObjectId> &ids);
    // For objects that an edit has just added: restoring removes them.
    void captureAdded(const std::vector<ObjectId> &ids);
    void restore(Diagram &diagram) const;

private:
    std::vector<ObjectId> m_ids;
    std::vector<std::pair<std::size_t, Object>> m_saved;
};

// Adds one object on top; a connector attaches to the boxes it touches.
class AddObject final
{
public:
    explicit AddObject(Shape shape)
        : m_shape(std::move(shape))
    {
    }
    void apply(Diagram &diagram);
    void revert(Diagram &diagram) const;
    // The new object's id, once applied.
    ObjectId id() const { return m_id; }

private:
    Shape m_shape;
    ObjectId m_id = NoObject;
    ObjectsSnapshot m_before;
};

// Adds copies of objects (from Diagram::copyObjects) moved by dx, dy, with
// new ids; attachments between them follow the copies.
class AddObjects final
{
public:
    AddObjects(std::vector<Object> objects, int dx, int dy);
    void apply(Diagram &diagram);
    void revert(Diagram &diagram) const;
    const std::vector<ObjectId> &ids() const { return m_ids; }

private:
    std::vector<Object> m_objects;
    int m_dx = 0;
    int m_dy = 0;
    std::vector<ObjectId> m_ids;
    ObjectsSnapshot m_before;
};

// Removes objects; connectors attached to a removed box stay, detached.
class RemoveObjects final
{
public:
    explicit RemoveObjects(std::vector<ObjectId> ids)
        : m_ids(std::move(ids))
    {
    }
    void apply(Diagram &diagram);
    void revert(Diagram &diagram) const;

private:
    std::vector<ObjectId> m_ids;
    ObjectsSnapshot m_before;
};

// Moves objects by dx, dy. Connectors attached to a moved box that are not
// moved themselves are routed again; moved connectors attach to whatever
// box they touch afterwards.
class MoveObjects final
{
public:
    MoveObjects(std::vector<ObjectId> ids, int dx, int dy)
        : m_ids(std::move(ids))
        , m_dx(dx)
        , m_dy(dy)
    {
    }
    void apply(Diagram &diagram);
    void revert(Diagram &diagram) const;

private:
    std::vector<ObjectId> m_ids;
    int m_dx = 0;
    int m_dy = 0;
    ObjectsSnapshot m_before;
};

// Gives a box a new rectangle (at least 2x2) and re-routes its connectors.
class ResizeBox final
{
public:
    ResizeBox(ObjectId id, Rect rect)
        : m_id(id)
        , m_rect(rect)
    {
    }
    void apply(Diagram &diagram);
    void revert(Diagram &diagram) const;

private:
    ObjectId m_id;
    Rect m_rect;
    ObjectsSnapshot m_before;
};

class SetLabel final
{
public:
    SetLabel(ObjectId id, std::string label)
        : m_id(id)
        , m_label(std::move(label))
    {
    }
    void apply(Diagram &diagram);
    void revert(Diagram &diagram) const;

private:
    ObjectId m_id;
    std::string m_label;
    ObjectsSnapshot m_before;
};

class SetText final
{
public:
    SetText(ObjectId id, std::string text)
        : m_id(id)
        , m_text(std::move(text))
    {
    }
    void apply(Diagram &diagram);
    void revert(Diagram &diagram) const;

private:
    ObjectId m_id;
    std::string m_text;
    ObjectsSnapshot m_before;
};

class SetCorners final
{
public:
    SetCorners(std::vector<ObjectId> ids, CornerStyle corners)
        : m_ids(std::move(ids))
        , m_corners(corners)
    {
    }
    void apply(Diagram &diagram);
    void revert(Diagram &diagram) const;

private:
    std::vector<ObjectId> m_ids;
    CornerStyle m_corners;
    ObjectsSnapshot m_before;
};

// Single or double horizontal strokes for boxes (all their horizontal
// edges) and connectors.
class SetStroke final
{
public:
    SetStroke(std::vector<ObjectId> ids, StrokeStyle stroke)
        : m_ids(std::move(ids))
        , m_stroke(stroke)
    {
    }
    void apply(Diagram &diagram);
    void revert(Diagram &diagram) const;

private:
    std::vector<ObjectId> m_ids;
    StrokeStyle m_stroke;
    ObjectsSnapshot m_before;
};

// The glyphs connectors draw their arrow heads with.
class SetHeadStyle final
{
public:
    SetHeadStyle(std::vector<ObjectId> ids, HeadStyle heads)
        : m_ids(std::move(ids))
        , m_heads(heads)
    {
    }
    void apply(Diagram &diagram);
    void revert(Diagram &diagram) const;

private:
    std::vector<ObjectId> m_ids;
    HeadStyle m_heads;
    ObjectsSnapshot m_before;
};

class SetCaps final
{
public:
    SetCaps(std::vector<ObjectId> ids, Cap startCap, Cap endCap)
        : m_ids(std::move(ids))
        , m_start(startCap)
        , m_end(endCap)
    {
    }
    void apply(Diagram &diagram);
    void revert(Diagram &diagram) const;

private:
    std::vector<ObjectId> m_ids;
    Cap m_start;
    Cap m_end;
    ObjectsSnapshot m_before;
};

// Gives a connector a new path (tidied to right angles), as when one of its
// ends is dragged; its ends attach to the boxes they touch.
class SetPoints final
{
public:
    SetPoints(ObjectId id, std::vector<Point> points)
        : m_id(id)
        , m_points(std::move(points))
    {
    }
    void apply(Diagram &diagram);
    void revert(Diagram &diagram) const;

private:
    ObjectId m_id;
    std::vector<Point> m_points;
    ObjectsSnapshot m_before;
};

// Puts free characters into a Cells object, a new one when target is
// NoObject (a freehand stroke).
class PaintCells final
{
public:
    PaintCells(ObjectId target, std::map<Point, char32_t> cells)
        : m_target(target)
        , m_cells(std::move(cells))
    {
    }
    void apply(Diagram &diagram);
    void revert(Diagram &diagram) const;
    ObjectId target() const { return m_target; }

private:
    ObjectId m_target;
    std::map<Point, char32_t> m_cells;
    ObjectsSnapshot m_before;
};

// Removes the free characters on the cells; Cells objects left empty go.
class EraseCells final
{
public:
    explicit EraseCells(std::vector<Point> cells)
        : m_cells(std::move(cells))
    {
    }
    void apply(Diagram &diagram);
    void revert(Diagram &diagram) const;

private:
    std::vector<Point> m_cells;
    ObjectsSnapshot m_before;
};

using Edit = std::variant<AddObject,
    AddObjects,
    RemoveObjects,
    MoveObjects,
    ResizeBox,
    SetLabel,
    SetText,
    SetCorners,
    SetStroke,
    SetHeadStyle,
    SetCaps,
    SetPoints,
    PaintCells,
    EraseCells>;

void apply(Edit &edit, Diagram &diagram);
void revert(const Edit &edit, Diagram &diagram);

} // namespace specwright::diagram
