// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QWidget>

class QFont;

namespace specwright::gui
{

// Where the columns of a monospace text lie horizontally: the boundary
// before column c (0-based: the number of characters to its left) is at
// origin + c * advance.
struct ColumnMapping {
    qreal origin = 0;
    qreal advance = 1;

    // For text laid out from x = leftEdge (the document margin, in the
    // coordinates the caller paints in), scrolled horizontally by scroll
    // pixels.
    static ColumnMapping forFont(const QFont &font, qreal leftEdge, int scroll);

    qreal xForColumn(int column) const { return origin + column * advance; }
    // The 0-based column whose cell holds x; negative left of the text.
    int columnAt(qreal x) const;
    ColumnMapping shifted(qreal dx) const { return { origin + dx, advance }; }
};

// The ruler above the editor: column numbers every 10, ticks every 5, the
// column limit, the cursor column and the selected columns. It paints what
// the editor tells it and computes nothing about the text.
class ColumnRuler final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnRuler)

public:
    struct Colors {
        QColor background;
        QColor ticks;
        QColor cursor;
        QColor selection;
        QColor limit;
    };

    explicit ColumnRuler(QWidget *parent = nullptr);

    // In the ruler's own coordinates; the part left of leftInset (above the
    // line numbers) shows no columns.
    void setMapping(const ColumnMapping &mapping, int leftInset);
    ColumnMapping mapping() const { return m_mapping; }
    int leftInset() const { return m_leftInset; }

    void setColumnLimit(int limit);
    int columnLimit() const { return m_limit; }
    // 1-based cursor column; a selection of columns [from, to), 0-based,
    // empty when from == to.
    void setCursorColumns(int column, int selectionFrom, int selectionTo);
    int cursorColumn() const { return m_cursorColumn; }
    void setColors(const Colors &colors);

    // The height that fits the numbers and the ticks in the ruler's font.
    int preferredHeight() const;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    ColumnMapping m_mapping;
    int m_leftInset = 0;
    int m_limit = 79;
    int m_cursorColumn = 1;
    int m_selectionFrom = 0;
    int m_selectionTo = 0;
    Colors m_colors;
};

} // namespace specwright::gui
