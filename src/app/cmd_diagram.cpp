// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli.h"

#include "diagram/textexport.h"
#include "diagram/textimport.h"

#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <ostream>
#include <sstream>

namespace specwright::app
{

namespace
{

std::string diagramUsage()
{
    return "Usage: specwright diagram [--objects] [--ascii|--unicode] FILE|-\n"
           "\n"
           "Imports a text diagram (FILE, or standard input for -) and prints it\n"
           "back. Without edits the output is the input with trailing spaces\n"
           "removed and tabs expanded to 8-column stops. Lines and boxes drawn\n"
           "with Unicode box-drawing characters are recognised too, and printed\n"
           "back in them.\n"
           "\n"
           "  --objects   list the recognised objects instead, one per line:\n"
           "                box X,Y WxH \"LABEL\" [rounded]\n"
           "                line P -- P [-- P ...]\n"
           "                arrow P -> P   (also P <- P and P <-> P)\n"
           "                text X,Y \"TEXT\"\n"
           "                chars X,Y \"RUN\" [X,Y \"RUN\" ...]\n"
           "              X is the column and Y the row, from 0,0 at the top left;\n"
           "              WxH is the size in cells. A point P is X,Y; a line lists\n"
           "              its ends and bends, and a '+' after an end marks a '+'\n"
           "              joint drawn there. \"from #N\" / \"to #N\" follow a line\n"
           "              whose end is attached to the box on line N. chars are\n"
           "              free characters kept as they were (a space blanks what\n"
           "              lies beneath). Strings use \\\" \\\\ and \\n escapes.\n"
           "  --ascii     draw lines and boxes with + - | (the default for ASCII input)\n"
           "  --unicode   draw lines and boxes with Unicode box-drawing characters\n"
           "\n"
           "Exit status: 0 on success, 2 on bad usage or unreadable, binary or\n"
           "oversized input.\n";
}

} // namespace

int runDiagram(const Arguments &args, std::ostream &out, std::ostream &err)
{
    bool listObjects = false;
    std::optional<diagram::CharSet> charset;
    std::string file;
    for (const std::string &arg : args) {
        if (arg == "--help" || arg == "-h") {
            out << diagramUsage();
            return 0;
        }
        if (arg == "--objects") {
            listObjects = true;
        } else if (arg == "--unicode") {
            charset = diagram::CharSet::Unicode;
        } else if (arg == "--ascii") {
            charset = diagram::CharSet::Ascii;
        } else if (arg.size() > 1 && arg.front() == '-') {
            err << "specwright diagram: unknown option " << arg << "\n\n" << diagramUsage();
            return 2;
        } else if (file.empty()) {
            file = arg;
        } else {
            err << "specwright diagram: one input at a time\n\n" << diagramUsage();
            return 2;
        }
    }
    if (file.empty()) {
        err << "specwright diagram: no input given\n\n" << diagramUsage();
        return 2;
    }

    std::string text;
    if (file == "-") {
        text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
        if (std::cin.bad()) {
            err << "specwright diagram: cannot read standard input\n";
            return 2;
        }
    } else {
        std::ifstream in(file, std::ios::binary);
        if (!in) {
            err << "specwright diagram: cannot open " << file << '\n';
            return 2;
        }
        std::ostringstream buffer;
        buffer << in.rdbuf();
        if (in.bad()) {
            err << "specwright diagram: cannot read " << file << '\n';
            return 2;
        }
        text = std::move(buffer).str();
    }

    const auto imported = diagram::importText(text);
    if (!imported) {
        err << "specwright diagram: " << (file == "-" ? std::string("standard input") : file) << ": "
            << imported.error() << '\n';
        return 2;
    }
    if (listObjects) {
        out << diagram::describeObjects(imported.value().diagram);
    } else {
        const diagram::ExportOptions options { charset.value_or(imported.value().charset), diagram::Crop::FromOrigin };
        out << diagram::exportText(imported.value().diagram, options);
    }
    return 0;
}

} // namespace specwright::app
