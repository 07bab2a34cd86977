// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes through the diagram importer (as text pasted
// into the canvas, and as each literal block of a spec), then back out
// through the exporter and the object listing.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "diagram/literalblock.h"
#include "diagram/textexport.h"
#include "diagram/textimport.h"

namespace
{

std::size_t roundTrip(std::string_view text)
{
    using namespace specwright::diagram;
    auto imported = importText(text);
    if (!imported)
        return imported.error().size();
    const Diagram &diagram = imported.value().diagram;
    std::size_t total = exportText(diagram).size();
    total += exportText(diagram, ExportOptions { CharSet::Ascii, Crop::FromOrigin }).size();
    total += describeObjects(diagram).size();
    return total;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace specwright::diagram;
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    std::size_t total = roundTrip(text);
    for (const LiteralBlock &block : findLiteralBlocks(text))
        total += roundTrip(block.text);
    total += std::size_t(literalIndentStep(text));
    return total == std::size_t(-1) ? -1 : 0;
}
