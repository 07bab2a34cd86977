// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <string_view>
#include <vector>

#include "spec/problem.h"

namespace specwright::spec
{

// The rules about the file's name: it ends in `.rst` (extension), and the
// launchpad blueprint the preamble links to is named like the file
// (blueprint-name, a warning). The preamble is the text before line
// preambleEnd + 1: what precedes the first section after the title. When
// several blueprints are linked and one of them names the file, the others
// are taken as related work.
std::vector<Problem> checkFileName(const std::filesystem::path &path, std::string_view text, int preambleEnd);

} // namespace specwright::spec
