// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Text to diagram. Boxes, lines and arrows drawn in ASCII become objects
// where the drawing is unambiguous, words become text objects, and whatever
// the objects would not draw back exactly is kept as free characters, so
// that exporting an imported diagram (Crop::FromOrigin, in the character set
// the import found) gives the text back with trailing spaces removed and
// tabs expanded to 8-column stops.

#include "diagram/chargrid.h"
#include "diagram/diagram.h"
#include "diagram/result.h"

#include <string_view>

namespace specwright::diagram
{

// How the non-space characters of the text were taken.
struct ImportStats {
    int characters = 0; // non-space characters in the text
    int inShapes = 0; // drawn by boxes and connectors
    int inLabels = 0; // box labels
    int inText = 0; // text objects
    int inCells = 0; // kept as free characters
    // Set when recognition could not reproduce the text and every character
    // was kept as a free character instead.
    bool verbatim = false;
};

struct ImportedDiagram {
    Diagram diagram;
    ImportStats stats;
    // Unicode when the text draws with box-drawing characters: the export
    // in this character set gives the text back.
    CharSet charset = CharSet::Ascii;
};

// Larger input is refused: a diagram is a page of text, not a data file.
constexpr std::size_t MaxImportBytes = 4 * 1024 * 1024;
constexpr std::size_t MaxImportCells = 1024 * 1024;

// Fails on text that is not UTF-8, holds NUL bytes, or is too large.
Result<ImportedDiagram> importText(std::string_view text);

} // namespace specwright::diagram
