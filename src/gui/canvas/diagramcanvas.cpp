// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/canvas/diagramcanvas.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QUndoStack>
#include <QWheelEvent>

#include <algorithm>

#include "diagram/textexport.h"
#include "diagram/textimport.h"
#include "gui/canvas/diagrameditcommand.h"

namespace specwright::gui
{

namespace
{

using diagram::ObjectId;
using diagram::Point;
using diagram::Rect;

// What the last copy put on the clipboard, so that pasting it back gives
// the objects themselves rather than a re-import of their text.
struct CanvasClipboard {
    std::vector<diagram::Object> objects;
    QString text;
};

CanvasClipboard &canvasClipboard()
{
    static CanvasClipboard clipboard;
    return clipboard;
}

QString exportedText(const diagram::Diagram &diagram, diagram::CharSet charSet)
{
    return QString::fromStdString(diagram::exportText(diagram, { charSet, diagram::Crop::Drawing }));
}

bool contains(const std::vector<ObjectId> &ids, ObjectId id)
{
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

quint64 selectionKey(const std::vector<ObjectId> &ids)
{
    quint64 key = ids.size();
    for (const ObjectId id : ids)
        key = key * 1000003u + id;
    return key;
}

} // namespace

DiagramCanvas::DiagramCanvas(QWidget *parent)
    : QWidget(parent)
    , m_undoStack(new QUndoStack(this))
{
    setFocusPolicy(Qt::StrongFocus);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setCursor(Qt::ArrowCursor);
    updateGeometryForDiagram();
}

DiagramCanvas::~DiagramCanvas() = default;

void DiagramCanvas::setDiagram(diagram::Diagram diagram)
{
    m_undoStack->clear();
    m_diagram = std::move(diagram);
    m_preview.reset();
    const bool wasEditing = std::exchange(m_editing, diagram::NoObject) != diagram::NoObject;
    m_selection.clear();
    modelChanged();
    Q_EMIT selectionChanged();
    if (wasEditing)
        Q_EMIT editingChanged(false);
}

bool DiagramCanvas::setText(const QString &text, QString *errorString)
{
    auto imported = diagram::importText(text.toStdString());
    if (!imported) {
        if (errorString)
            *errorString = QString::fromStdString(imported.error());
        return false;
    }
    // Drawn back in the characters it was drawn in.
    m_charSet = imported.value().charset;
    setDiagram(std::move(imported).value().diagram);
    return true;
}

QString DiagramCanvas::text() const
{
    return exportedText(m_diagram, m_charSet);
}

void DiagramCanvas::setTool(Tool tool)
{
    finishEditing();
    if (m_tool == tool)
        return;
    m_tool = tool;
    switch (tool) {
    case Tool::Select:
        setCursor(Qt::ArrowCursor);
        break;
    case Tool::Text:
        setCursor(Qt::IBeamCursor);
        break;
    default:
        setCursor(Qt::CrossCursor);
        break;
    }
    Q_EMIT toolChanged(tool);
}

void DiagramCanvas::setCharSet(diagram::CharSet charSet)
{
    if (m_charSet == charSet)
        return;
    m_charSet = charSet;
    update();
    Q_EMIT diagramChanged();
}

void DiagramCanvas::setCornerStyle(diagram::CornerStyle corners)
{
    m_corners = corners;
    std::vector<ObjectId> boxes;
    for (const ObjectId id : m_selection) {
        const auto *object = m_diagram.find(id);
        const auto *box = object ? std::get_if<diagram::Box>(&object->shape) : nullptr;
        if (box && box->corners != corners)
            boxes.push_back(id);
    }
    if (!boxes.empty())
        push(diagram::SetCorners(boxes, corners), tr("Change corners"));
}

void DiagramCanvas::setStrokeStyle(diagram::StrokeStyle stroke)
{
    m_strokeStyle = stroke;
    std::vector<ObjectId> changed;
    for (const ObjectId id : m_selection) {
        const auto *object = m_diagram.find(id);
        const auto *box = object ? std::get_if<diagram::Box>(&object->shape) : nullptr;
        const auto *connector = object ? std::get_if<diagram::Connector>(&object->shape) : nullptr;
        if ((box && (box->topStroke != stroke || box->bottomStroke != stroke))
            || (connector && connector->stroke != stroke))
            changed.push_back(id);
    }
    if (!changed.empty())
        push(diagram::SetStroke(changed, stroke), tr("Change lines"));
}

void DiagramCanvas::setHeadStyle(diagram::HeadStyle heads)
{
    m_headStyle = heads;
    std::vector<ObjectId> changed;
    for (const ObjectId id : m_selection) {
        const auto *object = m_diagram.find(id);
        const auto *connector = object ? std::get_if<diagram::Connector>(&object->shape) : nullptr;
        if (connector && connector->heads != heads)
            changed.push_back(id);
    }
    if (!changed.empty())
        push(diagram::SetHeadStyle(changed, heads), tr("Change arrow heads"));
}

void DiagramCanvas::setArrowHeads(diagram::Cap start, diagram::Cap end)
{
    m_startHead = start;
    m_endHead = end;
    std::vector<ObjectId> connectors;
    for (const ObjectId id : m_selection) {
        const auto *object = m_diagram.find(id);
        const auto *connector = object ? std::get_if<diagram::Connector>(&object->shape) : nullptr;
        if (connector && (connector->startCap != start || connector->endCap != end))
            connectors.push_back(id);
    }
    if (!connectors.empty())
        push(diagram::SetCaps(connectors, start, end), tr("Change arrow heads"));
}

void DiagramCanvas::setBlockIndent(int indent)
{
    m_blockIndent = std::max(indent, 0);
    modelChanged();
}

diagram::WidthCheck DiagramCanvas::widthCheck() const
{
    return diagram::checkWidth(text().toStdString(), m_blockIndent);
}

void DiagramCanvas::setSelection(std::vector<ObjectId> ids)
{
    ids = existing(std::move(ids));
    if (ids == m_selection)
        return;
    m_selection = std::move(ids);
    update();
    Q_EMIT selectionChanged();
}

void DiagramCanvas::setZoom(qreal zoom)
{
    zoom = std::clamp(zoom, 0.5, 4.0);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    updateGeometryForDiagram();
    update();
}

QSize DiagramCanvas::cellSize() const
{
    QFont scaled = font();
    if (scaled.pointSizeF() > 0)
        scaled.setPointSizeF(scaled.pointSizeF() * m_zoom);
    else
        scaled.setPixelSize(std::max(1, qRound(scaled.pixelSize() * m_zoom)));
    const QFontMetrics metrics(scaled);
    return { std::max(1, metrics.horizontalAdvance(QLatin1Char('M'))), std::max(1, metrics.height()) };
}

QRect DiagramCanvas::cellRect(Point cell) const
{
    const QSize size = cellSize();
    return { cell.x * size.width(), cell.y * size.height(), size.width(), size.height() };
}

QPoint DiagramCanvas::cellCenter(Point cell) const
{
    return cellRect(cell).center();
}

Point DiagramCanvas::cellAt(const QPoint &pos) const
{
    const QSize size = cellSize();
    const auto floorDiv = [](int a, int b) { return a >= 0 ? a / b : -((-a + b - 1) / b); };
    return { floorDiv(pos.x(), size.width()), floorDiv(pos.y(), size.height()) };
}

QSize DiagramCanvas::sizeHint() const
{
    const Rect bounds = m_diagram.bounds();
    const int columns = std::max(bounds.isEmpty() ? 0 : bounds.right() + 20, 100);
    const int rows = std::max(bounds.isEmpty() ? 0 : bounds.bottom() + 10, 30);
    const QSize cell = cellSize();
    return { columns * cell.width(), rows * cell.height() };
}

QSize DiagramCanvas::minimumSizeHint() const
{
    return sizeHint();
}

void DiagramCanvas::selectAll()
{
    finishEditing();
    setSelection(m_diagram.allIds());
}

void DiagramCanvas::deleteSelection()
{
    finishEditing();
    if (m_selection.empty())
        return;
    push(diagram::RemoveObjects(m_selection), tr("Delete"));
    setSelection({});
}

void DiagramCanvas::copy()
{
    if (m_selection.empty())
        return;
    auto copies = m_diagram.copyObjects(m_selection);
    diagram::Diagram copied;
    for (const diagram::Object &object : copies)
        copied.insert(object, copied.objects().size());
    CanvasClipboard &clipboard = canvasClipboard();
    clipboard.objects = std::move(copies);
    clipboard.text = exportedText(copied, diagram::CharSet::Ascii);
    QApplication::clipboard()->setText(clipboard.text);
    m_pasteCount = 0;
}

void DiagramCanvas::cut()
{
    copy();
    deleteSelection();
}

void DiagramCanvas::paste()
{
    finishEditing();
    const QString text = QApplication::clipboard()->text();
    const CanvasClipboard &clipboard = canvasClipboard();
    std::vector<diagram::Object> objects;
    int dx = 0;
    int dy = 0;
    if (!clipboard.objects.empty() && text == clipboard.text) {
        objects = clipboard.objects;
        ++m_pasteCount;
        dx = 2 * m_pasteCount;
        dy = m_pasteCount;
    } else {
        // Text from elsewhere is read as a diagram and placed below this one.
        auto imported = diagram::importText(text.toStdString());
        if (!imported || imported.value().diagram.isEmpty())
            return;
        objects = imported.value().diagram.objects();
        const Rect bounds = m_diagram.bounds();
        dy = bounds.isEmpty() ? 0 : bounds.bottom() + 2;
    }
    const std::size_t before = m_diagram.objects().size();
    push(diagram::AddObjects(std::move(objects), dx, dy), tr("Paste"));
    std::vector<ObjectId> pasted;
    for (std::size_t i = before; i < m_diagram.objects().size(); ++i)
        pasted.push_back(m_diagram.objects()[i].id);
    setSelection(pasted);
}

void DiagramCanvas::zoomIn()
{
    setZoom(m_zoom * 1.25);
}

void DiagramCanvas::zoomOut()
{
    setZoom(m_zoom / 1.25);
}

void DiagramCanvas::finishEditing()
{
    if (m_editing == diagram::NoObject)
        return;
    const ObjectId id = m_editing;
    m_editing = diagram::NoObject;
    const auto *object = m_diagram.find(id);
    const auto *text = object ? std::get_if<diagram::Text>(&object->shape) : nullptr;
    if (text && text->text.empty()) {
        push(diagram::RemoveObjects({ id }), tr("Delete text"));
        setSelection({});
    }
    update();
    Q_EMIT editingChanged(false);
}

void DiagramCanvas::push(diagram::Edit edit, const QString &text, int merge, quint64 mergeKey)
{
    m_undoStack->push(new DiagramEditCommand(
        &m_diagram,
        [this] { modelChanged(); },
        std::move(edit),
        text,
        static_cast<DiagramEditCommand::Merge>(merge),
        mergeKey));
}

void DiagramCanvas::modelChanged()
{
    const auto kept = existing(m_selection);
    const bool selectionLost = kept != m_selection;
    m_selection = kept;
    if (m_editing != diagram::NoObject && !m_diagram.find(m_editing)) {
        m_editing = diagram::NoObject;
        Q_EMIT editingChanged(false);
    }
    updateGeometryForDiagram();
    const diagram::WidthCheck check = widthCheck();
    if (check.fits() == m_overLimit) {
        m_overLimit = !check.fits();
        Q_EMIT widthLimitExceededChanged(m_overLimit, check.excess());
    }
    update();
    Q_EMIT diagramChanged();
    if (selectionLost)
        Q_EMIT selectionChanged();
}

void DiagramCanvas::updateGeometryForDiagram()
{
    setMinimumSize(sizeHint());
    updateGeometry();
}

const diagram::Diagram &DiagramCanvas::shownDiagram() const
{
    return m_preview ? *m_preview : m_diagram;
}

std::vector<ObjectId> DiagramCanvas::existing(std::vector<ObjectId> ids) const
{
    std::erase_if(ids, [this](ObjectId id) { return !m_diagram.find(id); });
    return ids;
}

void DiagramCanvas::startEditing(ObjectId id)
{
    const auto *object = m_diagram.find(id);
    if (!object
        || !(std::holds_alternative<diagram::Box>(object->shape)
            || std::holds_alternative<diagram::Text>(object->shape)))
        return;
    m_editing = id;
    setSelection({ id });
    update();
    Q_EMIT editingChanged(true);
}

void DiagramCanvas::typeText(const QString &typed)
{
    const auto *object = m_diagram.find(m_editing);
    if (!object)
        return;
    const auto edited = [&typed](std::string current) {
        if (typed == QLatin1String("\b")) {
            // Drop the last code point, with its continuation bytes.
            while (!current.empty() && (static_cast<unsigned char>(current.back()) & 0xC0) == 0x80)
                current.pop_back();
            if (!current.empty())
                current.pop_back();
            return current;
        }
        return current + typed.toStdString();
    };
    if (const auto *box = std::get_if<diagram::Box>(&object->shape))
        push(diagram::SetLabel(m_editing, edited(box->label)),
            tr("Edit label"),
            static_cast<int>(DiagramEditCommand::Merge::Typing),
            m_editing);
    else if (const auto *text = std::get_if<diagram::Text>(&object->shape))
        push(diagram::SetText(m_editing, edited(text->text)),
            tr("Edit text"),
            static_cast<int>(DiagramEditCommand::Merge::Typing),
            m_editing);
}

void DiagramCanvas::eraseAt(Point cell)
{
    for (const diagram::Object &object : m_diagram.objects()) {
        const auto *cells = std::get_if<diagram::Cells>(&object.shape);
        if (cells && cells->cells.contains(cell)) {
            push(diagram::EraseCells({ cell }), tr("Erase"));
            return;
        }
    }
    // No free character there: the eraser takes the object under it.
    const auto hits = m_diagram.objectsAt(cell);
    if (!hits.empty())
        push(diagram::RemoveObjects({ hits.front() }), tr("Erase"));
}

std::optional<diagram::Shape> DiagramCanvas::shapeBeingCreated(Point from, Point to) const
{
    switch (m_tool) {
    case Tool::Box: {
        diagram::Box box;
        box.corners = m_corners;
        box.topStroke = m_strokeStyle;
        box.bottomStroke = m_strokeStyle;
        box.rect = from == to ? Rect { from.x, from.y, 12, 3 } : Rect::spanning(from, to);
        box.rect.width = std::max(box.rect.width, 2);
        box.rect.height = std::max(box.rect.height, 2);
        return box;
    }
    case Tool::Line:
    case Tool::Arrow: {
        if (from == to)
            return std::nullopt;
        diagram::Connector connector;
        connector.stroke = m_strokeStyle;
        connector.heads = m_headStyle;
        // Across first, then down: one right-angle bend at most.
        connector.points = diagram::tidyPath({ from, { to.x, from.y }, to });
        if (m_tool == Tool::Arrow) {
            connector.startCap = m_startHead;
            connector.endCap = m_endHead;
            if (m_startHead != diagram::Cap::Arrow && m_endHead != diagram::Cap::Arrow)
                connector.endCap = diagram::Cap::Arrow;
        }
        return connector;
    }
    default:
        return std::nullopt;
    }
}

DiagramCanvas::Handle DiagramCanvas::handleAt(const QPoint &pos, ObjectId *box) const
{
    const Point cell = cellAt(pos);
    for (const ObjectId id : m_selection) {
        const auto *object = m_diagram.find(id);
        const auto *b = object ? std::get_if<diagram::Box>(&object->shape) : nullptr;
        if (!b)
            continue;
        const Rect &r = b->rect;
        const std::pair<Point, Handle> corners[] = {
            { { r.x, r.y }, Handle::TopLeft },
            { { r.right(), r.y }, Handle::TopRight },
            { { r.x, r.bottom() }, Handle::BottomLeft },
            { { r.right(), r.bottom() }, Handle::BottomRight },
        };
        for (const auto &[corner, handle] : corners) {
            if (corner == cell) {
                *box = id;
                return handle;
            }
        }
    }
    return Handle::None;
}

std::vector<Point> DiagramCanvas::pathWithEndAt(Point cell) const
{
    const auto *object = m_diagram.find(m_resizing);
    const auto *connector = object ? std::get_if<diagram::Connector>(&object->shape) : nullptr;
    if (!connector || connector->points.empty())
        return {};
    cell = { std::max(cell.x, 0), std::max(cell.y, 0) };
    // The other end stays; the line leaves it across first, with one bend.
    if (m_draggingStart) {
        const Point fixed = connector->points.back();
        return diagram::tidyPath({ cell, { fixed.x, cell.y }, fixed });
    }
    const Point fixed = connector->points.front();
    return diagram::tidyPath({ fixed, { cell.x, fixed.y }, cell });
}

void DiagramCanvas::moveSelectionBy(int dx, int dy, bool fromKeyboard)
{
    if (m_selection.empty())
        return;
    // Keep the drawing on the grid: nothing goes left of or above cell 0,0.
    Rect bounds;
    for (const ObjectId id : m_selection)
        bounds = bounds.united(diagram::extent(m_diagram.find(id)->shape));
    dx = std::max(dx, -bounds.x);
    dy = std::max(dy, -bounds.y);
    if (dx == 0 && dy == 0)
        return;
    push(diagram::MoveObjects(m_selection, dx, dy),
        tr("Move"),
        fromKeyboard ? static_cast<int>(DiagramEditCommand::Merge::KeyboardMove) : -1,
        selectionKey(m_selection));
}

bool DiagramCanvas::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        // While text is being typed, letters go into it, not to the tool keys.
        const bool typing = !key->text().isEmpty() && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
        const bool editingKey = typing || key->key() == Qt::Key_Backspace || key->key() == Qt::Key_Escape;
        // The window's Edit menu acts on the spec; with the focus here,
        // undo, copy and the like are the diagram's.
        constexpr QKeySequence::StandardKey canvasKeys[] = {
            QKeySequence::Undo,
            QKeySequence::Redo,
            QKeySequence::Copy,
            QKeySequence::Cut,
            QKeySequence::Paste,
            QKeySequence::SelectAll,
            QKeySequence::ZoomIn,
            QKeySequence::ZoomOut,
        };
        const bool canvasKey = std::any_of(std::begin(canvasKeys),
            std::end(canvasKeys),
            [key](QKeySequence::StandardKey k) { return key->matches(k); });
        if ((m_editing != diagram::NoObject && editingKey) || canvasKey) {
            event->accept();
            return true;
        }
    }
    return QWidget::event(event);
}

void DiagramCanvas::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    const QSize cell = cellSize();
    const QRect dirty = event->rect();
    const Point topLeft = cellAt(dirty.topLeft());
    const Point bottomRight = cellAt(dirty.bottomRight());
    const Rect area = Rect::spanning(topLeft, bottomRight);
    const diagram::Diagram &shown = shownDiagram();
    const QPalette &pal = palette();

    // The line limit, measured from the drawing's left edge as the export is.
    const Rect bounds = shown.bounds();
    const int left = bounds.isEmpty() ? 0 : bounds.x;
    const int limitX = (left + widthCheck().room()) * cell.width();
    if (m_overLimit)
        painter.fillRect(QRect(limitX, 0, width() - limitX, height()), QColor(255, 0, 0, 24));
    painter.setPen(QPen(QColor(220, 60, 60), 1, Qt::DashLine));
    painter.drawLine(limitX, dirty.top(), limitX, dirty.bottom());

    QColor highlight = pal.color(QPalette::Highlight);
    highlight.setAlpha(60);
    for (const ObjectId id : m_selection) {
        if (const auto *object = shown.find(id)) {
            const Rect r = diagram::extent(object->shape);
            painter.fillRect(
                QRect(cellRect({ r.x, r.y }).topLeft(), cellRect({ r.right(), r.bottom() }).bottomRight()), highlight);
        }
    }

    QFont scaled = font();
    if (scaled.pointSizeF() > 0)
        scaled.setPointSizeF(scaled.pointSizeF() * m_zoom);
    else
        scaled.setPixelSize(std::max(1, qRound(scaled.pixelSize() * m_zoom)));
    painter.setFont(scaled);
    painter.setPen(pal.color(QPalette::Text));
    const diagram::CharGrid grid = diagram::render(shown, area, m_charSet);
    for (int y = area.y; y <= area.bottom(); ++y) {
        for (int x = area.x; x <= area.right(); ++x) {
            const char32_t ch = grid.at({ x, y });
            if (ch != U' ')
                painter.drawText(cellRect({ x, y }), Qt::AlignCenter, QString::fromUcs4(&ch, 1));
        }
    }

    // Resize handles on the selected boxes, a caret where text is typed.
    painter.setPen(pal.color(QPalette::Highlight));
    for (const ObjectId id : m_selection) {
        const auto *object = shown.find(id);
        if (const auto *connector = object ? std::get_if<diagram::Connector>(&object->shape) : nullptr) {
            if (!connector->points.empty()) {
                painter.drawRect(cellRect(connector->points.front()).adjusted(0, 0, -1, -1));
                painter.drawRect(cellRect(connector->points.back()).adjusted(0, 0, -1, -1));
            }
        }
        const auto *box = object ? std::get_if<diagram::Box>(&object->shape) : nullptr;
        if (!box)
            continue;
        const Rect &r = box->rect;
        for (const Point corner : { Point { r.x, r.y },
                 Point { r.right(), r.y },
                 Point { r.x, r.bottom() },
                 Point { r.right(), r.bottom() } })
            painter.drawRect(cellRect(corner).adjusted(0, 0, -1, -1));
    }
    if (const auto *object = m_diagram.find(m_editing)) {
        if (const auto *text = std::get_if<diagram::Text>(&object->shape)) {
            const QRect caret = cellRect(
                { text->pos.x + static_cast<int>(QString::fromStdString(text->text).toUcs4().size()), text->pos.y });
            painter.fillRect(QRect(caret.left(), caret.top(), 2, caret.height()), pal.color(QPalette::Text));
        } else if (const auto *box = std::get_if<diagram::Box>(&object->shape)) {
            const Rect &r = box->rect;
            painter.setPen(QPen(pal.color(QPalette::Highlight), 2));
            painter.drawRect(
                QRect(cellRect({ r.x, r.y }).topLeft(), cellRect({ r.right(), r.bottom() }).bottomRight()));
        }
    }
    if (m_drag == Drag::RubberBand) {
        const Rect band = Rect::spanning(m_pressCell, m_currentCell);
        painter.setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DashLine));
        painter.drawRect(
            QRect(cellRect({ band.x, band.y }).topLeft(), cellRect({ band.right(), band.bottom() }).bottomRight()));
    }
}

void DiagramCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    const Point cell = cellAt(event->position().toPoint());
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    if (m_editing != diagram::NoObject) {
        const auto *object = m_diagram.find(m_editing);
        if (!object || !diagram::covers(object->shape, cell))
            finishEditing();
    }
    m_pressCell = m_currentCell = cell;
    m_preview.reset();

    switch (m_tool) {
    case Tool::Select: {
        ObjectId box = diagram::NoObject;
        if (!shift && (m_handle = handleAt(event->position().toPoint(), &box)) != Handle::None) {
            m_resizing = box;
            m_drag = Drag::Resize;
            break;
        }
        if (!shift && m_selection.size() == 1) {
            // The ends of a selected connector can be dragged elsewhere.
            const auto *object = m_diagram.find(m_selection.front());
            const auto *connector = object ? std::get_if<diagram::Connector>(&object->shape) : nullptr;
            if (connector && connector->points.size() >= 2
                && (cell == connector->points.front() || cell == connector->points.back())) {
                m_resizing = object->id;
                m_draggingStart = cell == connector->points.front();
                m_drag = Drag::MoveEnd;
                break;
            }
        }
        const auto hits = m_diagram.objectsAt(cell);
        if (hits.empty()) {
            m_pressAdds = shift;
            if (!shift)
                setSelection({});
            m_drag = Drag::RubberBand;
            break;
        }
        const ObjectId hit = hits.front();
        if (shift) {
            auto selection = m_selection;
            if (contains(selection, hit))
                std::erase(selection, hit);
            else
                selection.push_back(hit);
            setSelection(selection);
            break;
        }
        if (!contains(m_selection, hit))
            setSelection({ hit });
        m_drag = Drag::Move;
        break;
    }
    case Tool::Box:
    case Tool::Line:
    case Tool::Arrow:
        m_drag = Drag::Create;
        if (auto shape = shapeBeingCreated(cell, cell)) {
            m_preview = m_diagram;
            m_preview->add(std::move(*shape));
        }
        break;
    case Tool::Text: {
        const auto hits = m_diagram.objectsAt(cell);
        const auto editable = std::find_if(hits.begin(), hits.end(), [this](ObjectId id) {
            const auto &shape = m_diagram.find(id)->shape;
            return std::holds_alternative<diagram::Text>(shape) || std::holds_alternative<diagram::Box>(shape);
        });
        if (editable != hits.end()) {
            startEditing(*editable);
            break;
        }
        push(diagram::AddObject(diagram::Text { cell, {} }), tr("Add text"));
        startEditing(m_diagram.objects().back().id);
        break;
    }
    case Tool::Freehand:
        m_drag = Drag::Paint;
        ++m_stroke;
        push(diagram::PaintCells(diagram::NoObject, { { cell, m_brush } }),
            tr("Draw"),
            static_cast<int>(DiagramEditCommand::Merge::Stroke),
            m_stroke);
        m_strokeTarget = m_diagram.objects().back().id;
        break;
    case Tool::Eraser:
        m_drag = Drag::Erase;
        eraseAt(cell);
        break;
    }
    update();
}

void DiagramCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (m_drag == Drag::None)
        return;
    const Point cell = cellAt(event->position().toPoint());
    if (cell == m_currentCell)
        return;
    m_currentCell = cell;
    const int dx = cell.x - m_pressCell.x;
    const int dy = cell.y - m_pressCell.y;
    switch (m_drag) {
    case Drag::Move: {
        m_preview = m_diagram;
        Rect bounds;
        for (const ObjectId id : m_selection)
            bounds = bounds.united(diagram::extent(m_diagram.find(id)->shape));
        diagram::MoveObjects(m_selection, std::max(dx, -bounds.x), std::max(dy, -bounds.y)).apply(*m_preview);
        break;
    }
    case Drag::Resize: {
        const auto *object = m_diagram.find(m_resizing);
        const auto *box = object ? std::get_if<diagram::Box>(&object->shape) : nullptr;
        if (!box)
            break;
        const Rect &r = box->rect;
        // The corner opposite the handle stays put.
        const Point fixed { m_handle == Handle::TopLeft || m_handle == Handle::BottomLeft ? r.right() : r.x,
            m_handle == Handle::TopLeft || m_handle == Handle::TopRight ? r.bottom() : r.y };
        const Point moved { std::max(cell.x, 0), std::max(cell.y, 0) };
        m_preview = m_diagram;
        diagram::ResizeBox(m_resizing, Rect::spanning(fixed, moved)).apply(*m_preview);
        break;
    }
    case Drag::MoveEnd:
        m_preview = m_diagram;
        diagram::SetPoints(m_resizing, pathWithEndAt(cell)).apply(*m_preview);
        break;
    case Drag::Create:
        m_preview = m_diagram;
        if (auto shape = shapeBeingCreated(m_pressCell, cell))
            m_preview->add(std::move(*shape));
        break;
    case Drag::Paint:
        if (m_diagram.find(m_strokeTarget))
            push(diagram::PaintCells(m_strokeTarget, { { cell, m_brush } }),
                tr("Draw"),
                static_cast<int>(DiagramEditCommand::Merge::Stroke),
                m_stroke);
        break;
    case Drag::Erase:
        eraseAt(cell);
        break;
    case Drag::RubberBand:
    case Drag::None:
        break;
    }
    update();
}

void DiagramCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_drag == Drag::None) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const Drag drag = std::exchange(m_drag, Drag::None);
    const Point cell = cellAt(event->position().toPoint());
    m_currentCell = cell;
    m_preview.reset();
    switch (drag) {
    case Drag::Move:
        moveSelectionBy(cell.x - m_pressCell.x, cell.y - m_pressCell.y, false);
        break;
    case Drag::Resize: {
        const auto *object = m_diagram.find(m_resizing);
        const auto *box = object ? std::get_if<diagram::Box>(&object->shape) : nullptr;
        if (!box)
            break;
        const Rect &r = box->rect;
        const Point fixed { m_handle == Handle::TopLeft || m_handle == Handle::BottomLeft ? r.right() : r.x,
            m_handle == Handle::TopLeft || m_handle == Handle::TopRight ? r.bottom() : r.y };
        const Rect resized = Rect::spanning(fixed, { std::max(cell.x, 0), std::max(cell.y, 0) });
        if (resized != r)
            push(diagram::ResizeBox(m_resizing, resized), tr("Resize box"));
        break;
    }
    case Drag::MoveEnd:
        if (cell != m_pressCell)
            push(diagram::SetPoints(m_resizing, pathWithEndAt(cell)), tr("Move line end"));
        break;
    case Drag::RubberBand: {
        auto selection = m_pressAdds ? m_selection : std::vector<ObjectId> {};
        for (const ObjectId id : m_diagram.objectsIn(Rect::spanning(m_pressCell, cell))) {
            if (!contains(selection, id))
                selection.push_back(id);
        }
        setSelection(selection);
        break;
    }
    case Drag::Create:
        if (auto shape = shapeBeingCreated(m_pressCell, cell)) {
            const bool isBox = std::holds_alternative<diagram::Box>(*shape);
            push(diagram::AddObject(std::move(*shape)), isBox ? tr("Add box") : tr("Add line"));
            setSelection({ m_diagram.objects().back().id });
            // A box is nearly always drawn to be labelled: typing goes into
            // its label at once instead of switching tools.
            if (isBox)
                startEditing(m_diagram.objects().back().id);
        }
        break;
    case Drag::Paint:
    case Drag::Erase:
    case Drag::None:
        break;
    }
    m_strokeTarget = diagram::NoObject;
    update();
}

void DiagramCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (m_tool != Tool::Select || event->button() != Qt::LeftButton) {
        QWidget::mouseDoubleClickEvent(event);
        return;
    }
    const auto hits = m_diagram.objectsAt(cellAt(event->position().toPoint()));
    if (!hits.empty())
        startEditing(hits.front());
}

void DiagramCanvas::keyPressEvent(QKeyEvent *event)
{
    if (m_editing != diagram::NoObject) {
        const bool isBox = std::holds_alternative<diagram::Box>(m_diagram.find(m_editing)->shape);
        if (event->key() == Qt::Key_Escape
            || ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
                && !(isBox && (event->modifiers() & Qt::ShiftModifier)))) {
            finishEditing();
        } else if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
            typeText(QStringLiteral("\n"));
        } else if (event->key() == Qt::Key_Backspace) {
            typeText(QStringLiteral("\b"));
        } else if (!event->text().isEmpty() && event->text().at(0).isPrint()) {
            typeText(event->text());
        } else {
            QWidget::keyPressEvent(event);
        }
        return;
    }
    if (event->matches(QKeySequence::SelectAll))
        selectAll();
    else if (event->matches(QKeySequence::Copy))
        copy();
    else if (event->matches(QKeySequence::Cut))
        cut();
    else if (event->matches(QKeySequence::Paste))
        paste();
    else if (event->matches(QKeySequence::Undo))
        m_undoStack->undo();
    else if (event->matches(QKeySequence::Redo))
        m_undoStack->redo();
    else if (event->matches(QKeySequence::ZoomIn))
        zoomIn();
    else if (event->matches(QKeySequence::ZoomOut))
        zoomOut();
    else if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace)
        deleteSelection();
    else if (event->key() == Qt::Key_Escape)
        setSelection({});
    else if ((event->key() == Qt::Key_F2 || event->key() == Qt::Key_Return) && m_selection.size() == 1)
        startEditing(m_selection.front());
    else if (event->key() == Qt::Key_Left)
        moveSelectionBy(-1, 0, true);
    else if (event->key() == Qt::Key_Right)
        moveSelectionBy(1, 0, true);
    else if (event->key() == Qt::Key_Up)
        moveSelectionBy(0, -1, true);
    else if (event->key() == Qt::Key_Down)
        moveSelectionBy(0, 1, true);
    else
        QWidget::keyPressEvent(event);
}

void DiagramCanvas::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        event->ignore();
        return;
    }
    if (event->angleDelta().y() > 0)
        zoomIn();
    else if (event->angleDelta().y() < 0)
        zoomOut();
    event->accept();
}

void DiagramCanvas::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateGeometryForDiagram();
    QWidget::changeEvent(event);
}

} // namespace specwright::gui
