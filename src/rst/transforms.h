// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace specwright::rst
{

class Document;

// Applies the transforms that docutils' standalone reader and pseudo-XML
// writer run, in docutils' priority order: title promotion, bibliographic
// fields, footnotes, references, substitutions, contents, target notes and
// the system-message collection.
void applyTransforms(Document &document);

} // namespace specwright::rst
