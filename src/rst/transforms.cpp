// SPDX-License-Identifier: GPL-3.0-or-later
#include "rst/transforms.h"

namespace specwright::rst
{

void applyTransforms(Document &document)
{
    (void)document;
}

} // namespace specwright::rst
