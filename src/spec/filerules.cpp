// SPDX-License-Identifier: GPL-3.0-or-later
#include "spec/filerules.h"

#include <optional>
#include <string>

namespace specwright::spec
{

namespace
{

struct BlueprintLink {
    std::string name;
    int line = 0;
    int column = 0;
};

bool endsUrl(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '<' || c == '>' || c == '"' || c == '\'' || c == '`';
}

int characterCount(std::string_view text)
{
    int count = 0;
    for (const char c : text)
        count += (static_cast<unsigned char>(c) & 0xC0) == 0x80 ? 0 : 1;
    return count;
}

// The blueprint's name: the URL's last path part, without a query, a
// fragment, a trailing slash or the punctuation of the sentence around it.
std::string blueprintName(std::string_view url)
{
    if (const auto cut = url.find_first_of("?#"); cut != std::string_view::npos)
        url = url.substr(0, cut);
    while (!url.empty() && std::string_view(".,;:)]/").find(url.back()) != std::string_view::npos)
        url.remove_suffix(1);
    const auto slash = url.rfind('/');
    return std::string(slash == std::string_view::npos ? url : url.substr(slash + 1));
}

std::vector<BlueprintLink> blueprintLinks(std::string_view text, int preambleEnd)
{
    static constexpr std::string_view host = "blueprints.launchpad.net/";
    static constexpr std::string_view spec = "/+spec/";
    std::vector<BlueprintLink> links;
    int lineNumber = 0;
    std::size_t start = 0;
    while (start < text.size() && lineNumber < preambleEnd) {
        ++lineNumber;
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos)
            end = text.size();
        const std::string_view line = text.substr(start, end - start);
        start = end + 1;

        for (std::size_t at = line.find(host); at != std::string_view::npos; at = line.find(host, at + 1)) {
            std::size_t urlStart = at;
            while (urlStart > 0 && !endsUrl(line[urlStart - 1]))
                --urlStart;
            const std::string_view scheme = line.substr(urlStart, at - urlStart);
            if (scheme != "http://" && scheme != "https://")
                continue;
            std::size_t urlEnd = at;
            while (urlEnd < line.size() && !endsUrl(line[urlEnd]))
                ++urlEnd;
            const std::string_view url = line.substr(urlStart, urlEnd - urlStart);
            if (url.find(spec) == std::string_view::npos)
                continue;
            links.push_back({ blueprintName(url), lineNumber, characterCount(line.substr(0, urlStart)) + 1 });
        }
    }
    return links;
}

} // namespace

std::vector<Problem> checkFileName(const std::filesystem::path &path, std::string_view text, int preambleEnd)
{
    std::vector<Problem> problems;
    const std::filesystem::path fileName = path.filename();
    if (fileName.extension() != ".rst") {
        problems.push_back({ .rule = rules::extension,
            .severity = Severity::Error,
            .line = 1,
            .column = 1,
            .message = "spec file name '" + fileName.string() + "' does not end in .rst" });
    }

    const std::string stem = fileName.extension() == ".rst" ? fileName.stem().string() : fileName.string();
    const std::vector<BlueprintLink> links = blueprintLinks(text, preambleEnd);
    bool named = false;
    for (const BlueprintLink &link : links)
        named = named || link.name == stem;
    if (!links.empty() && !named) {
        const BlueprintLink &first = links.front();
        problems.push_back({ .rule = rules::blueprintName,
            .severity = Severity::Warning,
            .line = first.line,
            .column = first.column,
            .message = "the blueprint URL names '" + first.name + "', the file is '" + fileName.string()
                + "' (expected '" + first.name + ".rst')" });
    }
    return problems;
}

} // namespace specwright::spec
