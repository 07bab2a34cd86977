// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli.h"

#include <ostream>

namespace specwright::app {

int runCheck(const Arguments &, std::ostream &, std::ostream &err)
{
    err << "specwright check: not available in this build yet\n";
    return 2;
}

} // namespace specwright::app
