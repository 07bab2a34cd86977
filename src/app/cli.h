// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace specwright::app
{

// The command line shares the engine with the editor. Each command takes its
// own arguments (without the program and command names) and returns the
// process exit status: 0 success, 1 the input has problems (check), 2 bad
// usage or unreadable input.
using Arguments = std::vector<std::string>;

int runDoctree(const Arguments &args, std::ostream &out, std::ostream &err);
int runRender(const Arguments &args, std::ostream &out, std::ostream &err);
int runCheck(const Arguments &args, std::ostream &out, std::ostream &err);
int runDiagram(const Arguments &args, std::ostream &out, std::ostream &err);

// True when argv names one of the commands above (or --version/--help), so
// main() runs the command line and never starts the GUI.
bool isCommandLine(int argc, char **argv);
int runCommandLine(int argc, char **argv);

// The usage text of the whole program.
std::string usage();

} // namespace specwright::app
