// SPDX-License-Identifier: GPL-3.0-or-later
#include "spec/specfile.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <system_error>

namespace specwright::spec
{

namespace
{

int lineOf(std::string_view text, std::size_t offset)
{
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

// The length of the valid UTF-8 sequence at text[pos], or 0 (overlong
// forms, surrogates and code points past U+10FFFF are invalid).
std::size_t validSequenceLength(std::string_view text, std::size_t pos)
{
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(pos);
    if (lead < 0x80)
        return 1;
    std::size_t length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        low = lead == 0xE0 ? 0xA0 : 0x80;
        high = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        low = lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0;
    }
    if (pos + length > text.size())
        return 0;
    if (byte(pos + 1) < low || byte(pos + 1) > high)
        return 0;
    for (std::size_t i = 2; i < length; ++i) {
        if (byte(pos + i) < 0x80 || byte(pos + i) > 0xBF)
            return 0;
    }
    return length;
}

} // namespace

std::string utf8Error(std::string_view text)
{
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t length = validSequenceLength(text, pos);
        if (length == 0)
            return "invalid UTF-8 on line " + std::to_string(lineOf(text, pos));
        pos += length;
    }
    return {};
}

SpecFile readSpecFile(const std::filesystem::path &path)
{
    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    if (error || !std::filesystem::exists(status))
        return { {}, "no such file" };
    if (!std::filesystem::is_regular_file(status))
        return { {}, "not a regular file" };
    const std::uintmax_t size = std::filesystem::file_size(path, error);
    if (error)
        return { {}, "cannot read the file size: " + error.message() };
    if (size > maximumSpecSize)
        return { {}, "file too large (" + std::to_string(size) + " bytes)" };

    std::ifstream in(path, std::ios::binary);
    if (!in)
        return { {}, "cannot open the file" };
    std::string text { std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>() };
    if (in.bad())
        return { {}, "read error" };
    if (const auto nul = text.find('\0'); nul != std::string::npos)
        return { {}, "binary file (NUL byte on line " + std::to_string(lineOf(text, nul)) + ")" };
    if (std::string invalid = utf8Error(text); !invalid.empty())
        return { {}, std::move(invalid) };
    return { std::move(text), {} };
}

} // namespace specwright::spec
