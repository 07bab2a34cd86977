// SPDX-License-Identifier: GPL-3.0-or-later
#include <iostream>

#include "app/cli.h"
#ifdef SPECWRIGHT_WITH_GUI
#include "app/guimain.h"
#endif

int main(int argc, char **argv)
{
    if (specwright::app::isCommandLine(argc, argv))
        return specwright::app::runCommandLine(argc, argv);
#ifdef SPECWRIGHT_WITH_GUI
    return specwright::app::runGui(argc, argv);
#else
    std::cerr << "specwright: this build has no user interface (SPECWRIGHT_GUI=OFF)\n" << specwright::app::usage();
    return 2;
#endif
}
