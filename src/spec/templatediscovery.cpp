// SPDX-License-Identifier: GPL-3.0-or-later
#include "spec/templatediscovery.h"

#include <system_error>

namespace specwright::spec
{

namespace fs = std::filesystem;

namespace
{

bool isDirectory(const fs::path &path)
{
    std::error_code error;
    return fs::is_directory(path, error);
}

bool isRegularFile(const fs::path &path)
{
    std::error_code error;
    return fs::is_regular_file(path, error);
}

fs::path absoluteOf(const fs::path &file)
{
    std::error_code error;
    fs::path absolute = fs::absolute(file, error);
    if (error)
        return file.lexically_normal();
    return absolute.lexically_normal();
}

} // namespace

std::optional<fs::path> specsRepository(const fs::path &file)
{
    const fs::path absolute = absoluteOf(file);
    for (fs::path folder = absolute.parent_path(); !folder.empty(); folder = folder.parent_path()) {
        if (isDirectory(folder / "specs"))
            return folder;
        if (folder == folder.root_path())
            break;
    }
    return std::nullopt;
}

std::optional<fs::path> discoverTemplate(const fs::path &file)
{
    const auto repository = specsRepository(file);
    if (!repository)
        return std::nullopt;
    const fs::path specs = *repository / "specs";
    const fs::path relative = absoluteOf(file).lexically_relative(specs);
    // Under specs/<release>/: at least the release folder and a file name.
    if (!relative.empty() && *relative.begin() != "..") {
        auto part = relative.begin();
        const fs::path release = *part;
        if (++part != relative.end()) {
            const fs::path releaseTemplate = specs / (release.string() + "-template.rst");
            if (isRegularFile(releaseTemplate))
                return releaseTemplate;
        }
    }
    const fs::path generic = specs / "template.rst";
    if (isRegularFile(generic))
        return generic;
    return std::nullopt;
}

} // namespace specwright::spec
