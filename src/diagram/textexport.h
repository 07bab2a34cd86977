// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A diagram as plain text: the literal block that goes into a spec, and the
// object listing of `specwright diagram --objects`.

#include "diagram/chargrid.h"

#include <string>

namespace specwright::diagram
{

enum class Crop {
    // The drawing's bounding box: no blank rows above or below, no margin on
    // the left.
    Drawing,
    // Everything from row 0, column 0 on, so that text imported with a
    // margin comes back with it.
    FromOrigin,
};

struct ExportOptions {
    CharSet charset = CharSet::Ascii;
    Crop crop = Crop::Drawing;
};

// Each line ends in '\n'; no trailing spaces, no tabs. Empty for a diagram
// that draws nothing.
std::string exportText(const Diagram &diagram, const ExportOptions &options = {});

// One line per object, in z-order:
//   box X,Y WxH "LABEL" [rounded] [double|double-top|double-bottom]
//   line P -- P [-- P ...]          points are X,Y; a '+' after a point marks
//   arrow P -> P, P <- P, P <-> P   a '+' joint drawn at that end
//   text X,Y "TEXT"
//   chars X,Y "RUN" [X,Y "RUN" ...]  free characters, by runs along a row
// Connectors add "double" when drawn with '=', "heads:arrow" (← →) or
// "heads:triangle" (◀ ▶) for heads that are not ASCII, and "from #N" /
// "to #N" for ends attached to the box listed on line N. Strings are
// double-quoted with \" \\ \n escapes.
std::string describeObjects(const Diagram &diagram);

} // namespace specwright::diagram
