// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli.h"

#include <cstring>
#include <iostream>
#include <map>

#include "app/version.h"

namespace specwright::app
{

namespace
{

using Command = int (*)(const Arguments &, std::ostream &, std::ostream &);

const std::map<std::string, Command, std::less<>> &commands()
{
    static const std::map<std::string, Command, std::less<>> table {
        { "doctree", runDoctree },
        { "render", runRender },
        { "check", runCheck },
        { "diagram", runDiagram },
    };
    return table;
}

} // namespace

std::string usage()
{
    return "Usage:\n"
           "  specwright [FILE[:LINE]...]                     open the editor\n"
           "  specwright render FILE... [-o OUT]              write HTML pages\n"
           "  specwright doctree [--no-transforms] FILE       print docutils-compatible pseudo-XML\n"
           "  specwright check [--template T] [--strict-structure] [--format text|json] FILE...\n"
           "                                                  run the specs gate\n"
           "  specwright diagram [--objects] FILE|-           import an ASCII diagram, print its export\n"
           "  specwright --version | --help\n"
#ifdef SPECWRIGHT_WITH_GUI
           "\n"
           "Editor options:\n"
           "  FILE[:LINE]        open FILE (at LINE), each file in a window of its own\n"
           "  --screenshot PATH  save a picture of the window once it shows the document, then quit\n"
           "  -v, --version      print the version\n"
           "  -h, --help         print this help\n"
           "Qt's own options (-platform, -style, -reverse, ...) are accepted as well.\n"
#endif
        ;
}

bool isCommandLine(int argc, char **argv)
{
    if (argc < 2)
        return false;
    const std::string_view first = argv[1];
    return commands().contains(first) || first == "--version" || first == "-v" || first == "--help" || first == "-h";
}

int runCommandLine(int argc, char **argv)
{
    const std::string_view first = argv[1];
    if (first == "--version" || first == "-v") {
        std::cout << "specwright " << versionString() << '\n';
        return 0;
    }
    if (first == "--help" || first == "-h") {
        std::cout << usage();
        return 0;
    }
    Arguments args(argv + 2, argv + argc);
    const auto it = commands().find(first);
    return it->second(args, std::cout, std::cerr);
}

} // namespace specwright::app
