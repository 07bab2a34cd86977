// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagram/edits.h"

#include <algorithm>
#include <set>

namespace specwright::diagram
{

namespace
{

bool contains(const std::vector<ObjectId> &ids, ObjectId id)
{
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// The objects and the connectors attached to them, which follow their boxes.
std::vector<ObjectId> withAttached(const Diagram &diagram, const std::vector<ObjectId> &ids)
{
    std::vector<ObjectId> all = ids;
    for (const ObjectId id : ids) {
        for (const ObjectId connector : diagram.connectorsAttachedTo(id)) {
            if (!contains(all, connector))
                all.push_back(connector);
        }
    }
    return all;
}

template <class T> T *shapeOf(Diagram &diagram, ObjectId id)
{
    Object *object = diagram.find(id);
    return object ? std::get_if<T>(&object->shape) : nullptr;
}

} // namespace

void ObjectsSnapshot::capture(const Diagram &diagram, const std::vector<ObjectId> &ids)
{
    m_ids = ids;
    m_saved.clear();
    std::vector<std::size_t> indices;
    for (const ObjectId id : ids) {
        if (const auto index = diagram.indexOf(id))
            indices.push_back(*index);
    }
    std::sort(indices.begin(), indices.end());
    for (const std::size_t index : indices)
        m_saved.emplace_back(index, diagram.objects()[index]);
}

void ObjectsSnapshot::captureAdded(const std::vector<ObjectId> &ids)
{
    m_ids = ids;
    m_saved.clear();
}

void ObjectsSnapshot::restore(Diagram &diagram) const
{
    for (const ObjectId id : m_ids)
        diagram.remove(id);
    // Ascending indices put every object back exactly where it was.
    for (const auto &[index, object] : m_saved)
        diagram.insert(object, index);
}

void AddObject::apply(Diagram &diagram)
{
    // A redo inserts the object again under the id it had.
    m_id = diagram.insert(Object { m_id, m_shape }, diagram.objects().size());
    m_before.captureAdded({ m_id });
    diagram.attachEnds(m_id);
}

void AddObject::revert(Diagram &diagram) const
{
    m_before.restore(diagram);
}

AddObjects::AddObjects(std::vector<Object> objects, int dx, int dy)
    : m_objects(std::move(objects))
    , m_dx(dx)
    , m_dy(dy)
{
}

void AddObjects::apply(Diagram &diagram)
{
    const bool redo = !m_ids.empty();
    std::map<ObjectId, ObjectId> newIds;
    std::vector<ObjectId> added;
    for (std::size_t i = 0; i < m_objects.size(); ++i) {
        Object copy = m_objects[i];
        copy.id = redo ? m_ids[i] : NoObject;
        translate(copy.shape, m_dx, m_dy);
        const ObjectId id = diagram.insert(std::move(copy), diagram.objects().size());
        newIds[m_objects[i].id] = id;
        added.push_back(id);
    }
    for (const ObjectId id : added) {
        if (auto *connector = shapeOf<Connector>(diagram, id)) {
            for (Attachment *end : { &connector->start, &connector->end }) {
                const auto it = newIds.find(end->box);
                end->box = it != newIds.end() ? it->second : NoObject;
            }
        }
    }
    m_ids = added;
    m_before.captureAdded(m_ids);
}

void AddObjects::revert(Diagram &diagram) const
{
    m_before.restore(diagram);
}

void RemoveObjects::apply(Diagram &diagram)
{
    m_before.capture(diagram, withAttached(diagram, m_ids));
    for (const ObjectId id : m_ids) {
        diagram.remove(id);
        diagram.detachFrom(id);
    }
}

void RemoveObjects::revert(Diagram &diagram) const
{
    m_before.restore(diagram);
}

void MoveObjects::apply(Diagram &diagram)
{
    m_before.capture(diagram, withAttached(diagram, m_ids));
    for (const ObjectId id : m_ids) {
        if (Object *object = diagram.find(id))
            translate(object->shape, m_dx, m_dy);
    }
    for (const ObjectId id : withAttached(diagram, m_ids)) {
        if (!shapeOf<Connector>(diagram, id))
            continue;
        if (contains(m_ids, id))
            diagram.attachEnds(id);
        else
            diagram.reroute(id);
    }
}

void MoveObjects::revert(Diagram &diagram) const
{
    m_before.restore(diagram);
}

void ResizeBox::apply(Diagram &diagram)
{
    m_before.capture(diagram, withAttached(diagram, { m_id }));
    Box *box = shapeOf<Box>(diagram, m_id);
    if (!box)
        return;
    box->rect = { m_rect.x, m_rect.y, std::max(m_rect.width, 2), std::max(m_rect.height, 2) };
    for (const ObjectId connector : diagram.connectorsAttachedTo(m_id))
        diagram.reroute(connector);
}

void ResizeBox::revert(Diagram &diagram) const
{
    m_before.restore(diagram);
}

void SetLabel::apply(Diagram &diagram)
{
    m_before.capture(diagram, { m_id });
    if (Box *box = shapeOf<Box>(diagram, m_id))
        box->label = m_label;
}

void SetLabel::revert(Diagram &diagram) const
{
    m_before.restore(diagram);
}

void SetText::apply(Diagram &diagram)
{
    m_before.capture(diagram, { m_id });
    if (Text *text = shapeOf<Text>(diagram, m_id)) {
        // One line of text: a line break would leave the grid.
        text->text = m_text;
        std::replace(text->text.begin(), text->text.end(), '\n', ' ');
    }
}

void SetText::revert(Diagram &diagram) const
{
    m_before.restore(diagram);
}

void SetCorners::apply(Diagram &diagram)
{
    m_before.capture(diagram, m_ids);
    for (const ObjectId id : m_ids) {
        if (Box *box = shapeOf<Box>(diagram, id))
            box->corners = m_corners;
    }
}

void SetCorners::revert(Diagram &diagram) const
{
    m_before.restore(diagram);
}

void SetStroke::apply(Diagram &diagram)
{
    m_before.capture(diagram, m_ids);
    for (const ObjectId id : m_ids) {
        if (Box *box = shapeOf<Box>(diagram, id)) {
            box->topStroke = m_stroke;
            box->bottomStroke = m_stroke;
        } else if (Connector *connector = shapeOf<Connector>(diagram, id)) {
            connector->stroke = m_stroke;
        }
    }
}

void SetStroke::revert(Diagram &diagram) const
{
    m_before.restore(diagram);
}

void SetHeadStyle::apply(Diagram &diagram)
{
    m_before.capture(diagram, m_ids);
    for (const ObjectId id : m_ids) {
        if (Connector *connector = shapeOf<Connector>(diagram, id))
            connector->heads = m_heads;
    }
}

void SetHeadStyle::revert(Diagram &diagram) const
{
    m_before.restore(diagram);
}

void SetCaps::apply(Diagram &diagram)
{
    m_before.capture(diagram, m_ids);
    for (const ObjectId id : m_ids) {
        if (Connector *connector = shapeOf<Connector>(diagram, id)) {
            connector->startCap = m_start;
            connector->endCap = m_end;
        }
    }
}

void SetCaps::revert(Diagram &diagram) const
{
    m_before.restore(diagram);
}

void SetPoints::apply(Diagram &diagram)
{
    m_before.capture(diagram, { m_id });
    if (Connector *connector = shapeOf<Connector>(diagram, m_id)) {
        connector->points = tidyPath(m_points);
        diagram.attachEnds(m_id);
    }
}

void SetPoints::revert(Diagram &diagram) const
{
    m_before.restore(diagram);
}

void PaintCells::apply(Diagram &diagram)
{
    if (m_target != NoObject && diagram.find(m_target)) {
        m_before.capture(diagram, { m_target });
        if (Cells *cells = shapeOf<Cells>(diagram, m_target)) {
            for (const auto &[cell, ch] : m_cells)
                cells->cells[cell] = ch;
        }
        return;
    }
    m_target = diagram.insert(Object { m_target, Cells { m_cells } }, diagram.objects().size());
    m_before.captureAdded({ m_target });
}

void PaintCells::revert(Diagram &diagram) const
{
    m_before.restore(diagram);
}

void EraseCells::apply(Diagram &diagram)
{
    const std::set<Point> erased(m_cells.begin(), m_cells.end());
    std::vector<ObjectId> touched;
    for (const Object &object : diagram.objects()) {
        const auto *cells = std::get_if<Cells>(&object.shape);
        if (cells && std::any_of(cells->cells.begin(), cells->cells.end(), [&](const auto &c) {
                return erased.contains(c.first);
            }))
            touched.push_back(object.id);
    }
    m_before.capture(diagram, touched);
    for (const ObjectId id : touched) {
        Cells *cells = shapeOf<Cells>(diagram, id);
        std::erase_if(cells->cells, [&](const auto &c) { return erased.contains(c.first); });
        if (cells->cells.empty())
            diagram.remove(id);
    }
}

void EraseCells::revert(Diagram &diagram) const
{
    m_before.restore(diagram);
}

void apply(Edit &edit, Diagram &diagram)
{
    std::visit([&diagram](auto &e) { e.apply(diagram); }, edit);
}

void revert(const Edit &edit, Diagram &diagram)
{
    std::visit([&diagram](const auto &e) { e.revert(diagram); }, edit);
}

} // namespace specwright::diagram
