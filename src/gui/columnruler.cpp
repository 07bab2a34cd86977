// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/columnruler.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPaintEvent>
#include <QPainter>

#include <cmath>

namespace specwright::gui
{

ColumnMapping ColumnMapping::forFont(const QFont &font, qreal leftEdge, int scroll)
{
    // Measured over many characters: the layout accumulates fractional
    // advances, and one character's rounded width drifts after 80 columns.
    constexpr int sample = 100;
    const QFontMetricsF metrics(font);
    const qreal advance = metrics.horizontalAdvance(QString(sample, QLatin1Char('x'))) / sample;
    return { leftEdge - scroll, advance > 0 ? advance : 1 };
}

int ColumnMapping::columnAt(qreal x) const
{
    return static_cast<int>(std::floor((x - origin) / advance));
}

ColumnRuler::ColumnRuler(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::ArrowCursor);
    setAccessibleName(tr("Column ruler"));
}

void ColumnRuler::setMapping(const ColumnMapping &mapping, int leftInset)
{
    if (mapping.origin == m_mapping.origin && mapping.advance == m_mapping.advance && leftInset == m_leftInset)
        return;
    m_mapping = mapping;
    m_leftInset = leftInset;
    update();
}

void ColumnRuler::setColumnLimit(int limit)
{
    m_limit = limit;
    update();
}

void ColumnRuler::setCursorColumns(int column, int selectionFrom, int selectionTo)
{
    if (column == m_cursorColumn && selectionFrom == m_selectionFrom && selectionTo == m_selectionTo)
        return;
    m_cursorColumn = column;
    m_selectionFrom = selectionFrom;
    m_selectionTo = selectionTo;
    update();
}

void ColumnRuler::setColors(const Colors &colors)
{
    m_colors = colors;
    update();
}

int ColumnRuler::preferredHeight() const
{
    return fontMetrics().height() + 7;
}

QSize ColumnRuler::sizeHint() const
{
    return { 0, preferredHeight() };
}

void ColumnRuler::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    const QPalette pal = palette();
    const auto pick = [](const QColor &colour, const QColor &fallback) { return colour.isValid() ? colour : fallback; };
    const QColor background = pick(m_colors.background, pal.color(QPalette::Window));
    const QColor ticks = pick(m_colors.ticks, pal.color(QPalette::WindowText));
    const QColor limitColour = pick(m_colors.limit, pal.color(QPalette::Link));
    painter.fillRect(event->rect(), background);

    const int h = height();
    painter.setClipRect(QRect(m_leftInset, 0, width() - m_leftInset, h));
    const auto x = [this](int column) { return m_mapping.xForColumn(column); };

    QColor pastLimit = limitColour;
    pastLimit.setAlpha(40);
    painter.fillRect(QRectF(x(m_limit), 0, width() - x(m_limit), h), pastLimit);
    if (m_selectionTo > m_selectionFrom) {
        QColor selection = pick(m_colors.selection, pal.color(QPalette::Highlight));
        painter.fillRect(
            QRectF(x(m_selectionFrom), h / 2.0, x(m_selectionTo) - x(m_selectionFrom), h / 2.0), selection);
    }
    const QColor cursor = pick(m_colors.cursor, pal.color(QPalette::Highlight));
    painter.fillRect(QRectF(x(m_cursorColumn - 1), 0, m_mapping.advance, h), cursor);

    painter.setPen(ticks);
    const int first = std::max(0, m_mapping.columnAt(m_leftInset) - 5);
    const int last = m_mapping.columnAt(width()) + 1;
    const QFontMetrics metrics = fontMetrics();
    for (int column = first - first % 5; column <= last; column += 5) {
        const qreal tx = std::round(x(column)) + 0.5;
        const bool labelled = column % 10 == 0;
        painter.drawLine(QPointF(tx, h - (labelled ? h / 2.5 : h / 5.0)), QPointF(tx, h));
        if (labelled && column > 0) {
            const QString number = QString::number(column);
            const qreal textWidth = metrics.horizontalAdvance(number);
            painter.drawText(QPointF(tx - textWidth / 2, metrics.ascent() + 1), number);
        }
    }

    // The limit is the boundary after its column, where the next character
    // would go too far.
    const qreal lx = std::round(x(m_limit)) + 0.5;
    painter.setPen(QPen(limitColour, 2));
    painter.drawLine(QPointF(lx, 0), QPointF(lx, h));
    const qreal size = std::max<qreal>(3, h / 5.0);
    painter.setBrush(limitColour);
    painter.setPen(Qt::NoPen);
    painter.drawConvexPolygon(QPolygonF({ QPointF(lx - size, 0), QPointF(lx + size, 0), QPointF(lx, size) }));

    painter.setClipping(false);
    painter.setPen(ticks);
    painter.drawLine(QPointF(0, h - 0.5), QPointF(width(), h - 0.5));
}

} // namespace specwright::gui
