// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace specwright::spec
{

// A spec read from disk, or why it could not be: not a regular file,
// unreadable, too large, binary (NUL bytes) or not UTF-8.
struct SpecFile {
    std::string text;
    std::string error; // empty when text is the file's content

    bool ok() const { return error.empty(); }
};

// Larger files are refused rather than checked: no spec comes near this.
inline constexpr std::uintmax_t maximumSpecSize = 64u * 1024u * 1024u;

SpecFile readSpecFile(const std::filesystem::path &path);

// Why text is not valid UTF-8 ("invalid UTF-8 on line N"), or "" when it is.
std::string utf8Error(std::string_view text);

} // namespace specwright::spec
