// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes through the RST engine and every consumer the
// preview and the command line use. Crashes, hangs, leaks and undefined
// behaviour are the findings; the output itself is not checked.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "rst/htmlwriter.h"
#include "rst/outline.h"
#include "rst/parser.h"
#include "rst/pseudoxml.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace specwright::rst;
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const auto document = parse(text);
    if (writePseudoXml(*document).empty())
        __builtin_trap(); // there is always a <document> element
    std::size_t total = 0;
    for (const HtmlBlock &block : writeHtmlBlocks(*document))
        total += block.html.size();
    total += writeHtmlPage(*document).size();
    total += outline(*document).size();
    total += documentTitle(*document).size();
    // The untransformed tree is what the editor's outline of a half-typed
    // document sees.
    const auto raw = parse(text, ParseOptions { {}, false });
    total += writePseudoXml(*raw).size();
    return total == 0 ? -1 : 0;
}
