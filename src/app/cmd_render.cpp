// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli.h"

#include <ostream>

namespace specwright::app {

int runRender(const Arguments &, std::ostream &, std::ostream &err)
{
    err << "specwright render: not available in this build yet\n";
    return 2;
}

} // namespace specwright::app
