// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace specwright::app
{

// Starts the editor: the window, the files named on the command line (or
// the sample spec), the event loop.
int runGui(int argc, char **argv);

} // namespace specwright::app
