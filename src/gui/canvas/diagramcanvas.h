// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <optional>
#include <vector>

#include "diagram/chargrid.h"
#include "diagram/diagram.h"
#include "diagram/edits.h"
#include "diagram/literalblock.h"

class QUndoStack;

namespace specwright::gui
{

// The diagram editor: the model's character grid painted in the editor's
// monospace font, with selection (click, Shift+click, rubber band), moving
// by mouse and arrow keys, resize handles on boxes, drawing tools, in-place
// text editing and copy/paste. Every change goes through the undo stack as
// a model edit.
class DiagramCanvas final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagramCanvas)

public:
    enum class Tool { Select, Box, Line, Arrow, Text, Freehand, Eraser };
    Q_ENUM(Tool)

    explicit DiagramCanvas(QWidget *parent = nullptr);
    ~DiagramCanvas() override;

    const diagram::Diagram &diagram() const { return m_diagram; }
    // Replaces the whole diagram (a fresh undo history).
    void setDiagram(diagram::Diagram diagram);
    // Imports text; false (and nothing changes) when it cannot be read as a
    // diagram, with the reason in errorString.
    bool setText(const QString &text, QString *errorString = nullptr);
    // The export: trimmed, no trailing spaces, in the chosen characters.
    QString text() const;

    QUndoStack *undoStack() const { return m_undoStack; }

    Tool tool() const { return m_tool; }
    void setTool(Tool tool);

    diagram::CharSet charSet() const { return m_charSet; }
    void setCharSet(diagram::CharSet charSet);
    // The corners of new boxes, and of the selected boxes when changed.
    void setCornerStyle(diagram::CornerStyle corners);
    diagram::CornerStyle cornerStyle() const { return m_corners; }
    // Single ('-') or double ('=') horizontal strokes for new boxes and
    // lines, and for the selected ones when changed.
    void setStrokeStyle(diagram::StrokeStyle stroke);
    diagram::StrokeStyle strokeStyle() const { return m_strokeStyle; }
    // The glyphs of arrow heads (> or → or ▶) for new arrows, and for the
    // selected connectors when changed.
    void setHeadStyle(diagram::HeadStyle heads);
    diagram::HeadStyle headStyle() const { return m_headStyle; }
    // The heads of new arrows, and of the selected connectors when changed.
    void setArrowHeads(diagram::Cap start, diagram::Cap end);
    // The character the freehand tool paints.
    void setBrush(char32_t brush) { m_brush = brush; }

    // The indent of the literal block the diagram goes into: the limit line
    // is drawn at 79 minus it, from the drawing's left edge.
    void setBlockIndent(int indent);
    int blockIndent() const { return m_blockIndent; }
    diagram::WidthCheck widthCheck() const;

    const std::vector<diagram::ObjectId> &selection() const { return m_selection; }
    void setSelection(std::vector<diagram::ObjectId> ids);
    diagram::ObjectId editingObject() const { return m_editing; }

    qreal zoom() const { return m_zoom; }
    void setZoom(qreal zoom);

    // Cell geometry in widget coordinates, for the tests and tool tips.
    QSize cellSize() const;
    QRect cellRect(diagram::Point cell) const;
    QPoint cellCenter(diagram::Point cell) const;
    diagram::Point cellAt(const QPoint &pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    void selectAll();
    void deleteSelection();
    void copy();
    void cut();
    void paste();
    void zoomIn();
    void zoomOut();
    // Ends in-place text editing, removing a text object left empty.
    void finishEditing();

Q_SIGNALS:
    void diagramChanged();
    void selectionChanged();
    void toolChanged(specwright::gui::DiagramCanvas::Tool tool);
    // Emitted when the diagram goes over the width limit or back within it;
    // excess is the number of columns too many.
    void widthLimitExceededChanged(bool exceeded, int excess);
    // Emitted when in-place editing of a label or text starts or ends.
    void editingChanged(bool editing);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class Drag { None, Move, Resize, MoveEnd, RubberBand, Create, Paint, Erase };
    enum class Handle { None, TopLeft, TopRight, BottomLeft, BottomRight };

    void push(diagram::Edit edit, const QString &text, int merge = -1, quint64 mergeKey = 0);
    void modelChanged();
    void updateGeometryForDiagram();
    const diagram::Diagram &shownDiagram() const;
    void startEditing(diagram::ObjectId id);
    void typeText(const QString &typed);
    void eraseAt(diagram::Point cell);
    std::optional<diagram::Shape> shapeBeingCreated(diagram::Point from, diagram::Point to) const;
    Handle handleAt(const QPoint &pos, diagram::ObjectId *box) const;
    // The path of the connector being re-ended with its dragged end at cell.
    std::vector<diagram::Point> pathWithEndAt(diagram::Point cell) const;
    void moveSelectionBy(int dx, int dy, bool fromKeyboard);
    std::vector<diagram::ObjectId> existing(std::vector<diagram::ObjectId> ids) const;

    diagram::Diagram m_diagram;
    // The diagram with the gesture in progress applied, while dragging.
    std::optional<diagram::Diagram> m_preview;
    QUndoStack *m_undoStack;
    Tool m_tool = Tool::Select;
    diagram::CharSet m_charSet = diagram::CharSet::Ascii;
    diagram::CornerStyle m_corners = diagram::CornerStyle::Square;
    diagram::StrokeStyle m_strokeStyle = diagram::StrokeStyle::Single;
    diagram::HeadStyle m_headStyle = diagram::HeadStyle::Ascii;
    diagram::Cap m_startHead = diagram::Cap::None;
    diagram::Cap m_endHead = diagram::Cap::Arrow;
    char32_t m_brush = U'#';
    int m_blockIndent = 4;
    bool m_overLimit = false;
    qreal m_zoom = 1.0;

    std::vector<diagram::ObjectId> m_selection;
    diagram::ObjectId m_editing = diagram::NoObject;
    diagram::ObjectId m_strokeTarget = diagram::NoObject;
    // Counts freehand strokes, so that the cells of one stroke undo together.
    quint64 m_stroke = 0;

    Drag m_drag = Drag::None;
    Handle m_handle = Handle::None;
    diagram::ObjectId m_resizing = diagram::NoObject;
    // Which end of the selected connector is dragged: its start or its end.
    bool m_draggingStart = false;
    diagram::Point m_pressCell;
    diagram::Point m_currentCell;
    bool m_pressAdds = false;
    int m_pasteCount = 0;
};

} // namespace specwright::gui
