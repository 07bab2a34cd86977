// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Rendering: objects to a grid of characters, one code point per cell.

#include "diagram/diagram.h"

#include <string>
#include <vector>

namespace specwright::diagram
{

enum class CharSet { Ascii, Unicode };

class CharGrid final
{
public:
    CharGrid() = default;
    // A grid covering area, filled with spaces.
    explicit CharGrid(const Rect &area);

    const Rect &area() const { return m_area; }
    // A space outside the area.
    char32_t at(Point cell) const;
    // Ignored outside the area.
    void set(Point cell, char32_t ch);
    std::u32string row(int y) const;

private:
    Rect m_area;
    std::u32string m_cells;
};

// Renders every object onto a grid covering area. Line strokes of boxes and
// connectors merge where they meet (a junction is '+' in ASCII); arrow heads,
// box labels, text and free characters are drawn on top, in z-order.
CharGrid render(const Diagram &diagram, const Rect &area, CharSet charset = CharSet::Ascii);

// One positioned line of a box label.
struct LabelLine {
    Point pos;
    std::u32string text;
};
// Where a box draws its label: wrapped to the inside width less one cell of
// padding each side (words longer than that are cut), cut to the inside
// height.
std::vector<LabelLine> layoutLabel(const Box &box);
std::vector<std::u32string> wrapText(std::u32string_view text, int width);

} // namespace specwright::diagram
