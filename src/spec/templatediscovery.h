// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <optional>

namespace specwright::spec
{

// The specs repository holding file: the nearest folder above it that has a
// `specs/` folder.
std::optional<std::filesystem::path> specsRepository(const std::filesystem::path &file);

// The template a spec is checked against: `specs/<release>-template.rst`
// when the file lies under `specs/<release>/` and that template exists,
// else `specs/template.rst` when it exists, else none (structure rules off).
std::optional<std::filesystem::path> discoverTemplate(const std::filesystem::path &file);

} // namespace specwright::spec
