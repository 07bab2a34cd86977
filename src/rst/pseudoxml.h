// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

#include "rst/document.h"

namespace specwright::rst
{

// The document as docutils' pseudoxml writer prints it (Node.pformat()).
std::string writePseudoXml(const Document &document);
// One node of document and what it holds, the same way.
std::string writePseudoXml(const Document &document, const Node &node);

} // namespace specwright::rst
