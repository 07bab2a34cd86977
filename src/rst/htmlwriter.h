// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace specwright::rst
{

class Document;

struct HtmlOptions {
    // The stylesheet writeHtmlPage() inlines into <style> (the engine has no
    // resources of its own: the app passes resources/css/specwright.css).
    std::string stylesheet;
    // "light" or "dark" forces that colour scheme (a class on <html>); empty
    // follows the reader's system preference.
    std::string colorScheme;
    // The page title when the document has none (docutils uses the file name).
    std::string fallbackTitle;
};

// One top-level block of the body: what the live preview replaces as a unit.
struct HtmlBlock {
    int line = 0; // first source line, 1-based (0 when unknown)
    int endLine = 0; // last source line
    std::string html;
};

// The body as a flat list of blocks: the document title, then every block
// in document order with each section reduced to its heading (nested
// sections are flattened), so the preview can patch its DOM block by block.
// Every block element carries data-line="START-END".
std::vector<HtmlBlock> writeHtmlBlocks(const Document &document, const HtmlOptions &options = {});

// The blocks of writeHtmlBlocks() joined: the preview's body fragment.
std::string writeHtmlBody(const Document &document, const HtmlOptions &options = {});

// A complete, self-contained HTML5 page shaped like docutils' html5 writer
// (nested <section>s inside <main>), with the stylesheet inlined and a
// Content-Security-Policy that lets nothing run and loads images only from
// the document's folder.
std::string writeHtmlPage(const Document &document, const HtmlOptions &options = {});

} // namespace specwright::rst
