// SPDX-License-Identifier: GPL-3.0-or-later
// The preview page's own script, the only one the page runs. The application
// sends the document's rendered blocks; this patches them into the page
// without reloading it, and reports scrolling and clicks back by source line.
"use strict";

(function () {
    let bridge = null;
    // Where the page was scrolled to on the editor's behalf: the scroll
    // event that lands there is not the reader's and is not reported back.
    let programmaticY = null;

    function root() {
        return document.getElementById("document");
    }

    // The [first, last] source lines of an element, from data-line="A-B".
    function lineRange(element) {
        const value = element.getAttribute("data-line");
        if (!value)
            return null;
        const parts = value.split("-");
        const first = parseInt(parts[0], 10);
        const last = parts.length > 1 ? parseInt(parts[1], 10) : first;
        return isNaN(first) ? null : [first, isNaN(last) ? first : last];
    }

    function taggedElements() {
        return root().querySelectorAll("[data-line]");
    }

    // Relative image paths are read from the document's folder through the
    // app's specwright-doc: scheme. The generation changes with the folder
    // (so that no image of the previous folder is reused); 0 means there is
    // no folder, and the images stay unloaded.
    let imageGeneration = 0;

    function isRelativePath(source) {
        return source !== "" && !/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(source) && !/^[\\/]/.test(source);
    }

    function pointImages(container) {
        for (const image of container.querySelectorAll("img[data-sw-src]")) {
            const source = image.getAttribute("data-sw-src");
            if (imageGeneration > 0)
                image.src = "specwright-doc:" + source + (source.includes("?") ? "&" : "?") + "sw=" + imageGeneration;
            else
                image.removeAttribute("src");
        }
    }

    function makeBlock(html) {
        const block = document.createElement("div");
        block.className = "sw-block";
        // Parsed inert in a template, so that no image is fetched before its
        // path has been pointed at the document scheme.
        const template = document.createElement("template");
        template.innerHTML = html;
        for (const image of template.content.querySelectorAll("img[src]")) {
            const source = image.getAttribute("src");
            if (!isRelativePath(source))
                continue;
            image.setAttribute("data-sw-src", source);
            image.removeAttribute("src");
        }
        pointImages(template.content);
        block.appendChild(template.content);
        return block;
    }

    // The element whose source range is the last to start at or before
    // `line`, and where in it the line falls (0..1).
    function elementForLine(line) {
        let best = null;
        let bestRange = null;
        for (const element of taggedElements()) {
            const range = lineRange(element);
            if (!range || range[0] > line)
                continue;
            if (!best || range[0] >= bestRange[0]) {
                best = element;
                bestRange = range;
            }
        }
        if (!best)
            return null;
        const span = Math.max(1, bestRange[1] - bestRange[0] + 1);
        const fraction = Math.min(1, Math.max(0, (line - bestRange[0]) / span));
        return { element: best, fraction: fraction };
    }

    // The source line shown at vertical position y of the viewport.
    function lineAtY(y) {
        let best = null;
        let bestTop = -Infinity;
        for (const element of taggedElements()) {
            const box = element.getBoundingClientRect();
            if (box.height === 0 && box.width === 0)
                continue;
            if (box.top <= y && box.top >= bestTop) {
                best = element;
                bestTop = box.top;
            }
        }
        if (!best)
            return 1;
        const range = lineRange(best);
        const box = best.getBoundingClientRect();
        const fraction = box.height > 0 ? Math.min(1, Math.max(0, (y - box.top) / box.height)) : 0;
        return range[0] + Math.floor(fraction * (range[1] - range[0] + 1));
    }

    window.specwright = {
        // Replaces `removeCount` blocks from `start` with the given HTML
        // blocks, and returns how many blocks the page now holds.
        patch(start, removeCount, blocks) {
            const main = root();
            for (let i = 0; i < removeCount && main.children[start]; ++i)
                main.removeChild(main.children[start]);
            const before = main.children[start] || null;
            for (const html of blocks)
                main.insertBefore(makeBlock(html), before);
            return main.children.length;
        },
        text() {
            return root().innerText;
        },
        scrollToLine(line) {
            const target = elementForLine(line);
            let y = 0;
            if (target) {
                const box = target.element.getBoundingClientRect();
                y = window.scrollY + box.top + target.fraction * box.height;
            }
            y = Math.max(0, Math.min(Math.round(y), document.documentElement.scrollHeight - window.innerHeight));
            if (Math.abs(y - window.scrollY) < 1)
                return;
            programmaticY = y;
            window.scrollTo(0, y);
        },
        topLine() {
            return lineAtY(1);
        },
        setImageGeneration(generation) {
            imageGeneration = generation;
            pointImages(root());
        },
        setScheme(scheme) {
            document.documentElement.classList.remove("light", "dark");
            if (scheme)
                document.documentElement.classList.add(scheme);
        },
    };

    window.addEventListener("scroll", function () {
        if (programmaticY !== null && Math.abs(window.scrollY - programmaticY) < 2) {
            programmaticY = null;
            return;
        }
        programmaticY = null;
        if (bridge)
            bridge.reportScroll(lineAtY(1));
    }, { passive: true });

    document.addEventListener("click", function (event) {
        if (!bridge || event.target.closest("a[href]"))
            return;
        const tagged = event.target.closest("[data-line]");
        const range = tagged ? lineRange(tagged) : null;
        if (range)
            bridge.reportClick(range[0]);
    });

    document.addEventListener("DOMContentLoaded", function () {
        if (typeof qt !== "undefined" && qt.webChannelTransport) {
            new QWebChannel(qt.webChannelTransport, function (channel) {
                bridge = channel.objects.bridge;
            });
        }
    });
})();
