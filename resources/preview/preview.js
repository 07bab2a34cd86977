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

    function makeBlock(html) {
        const block = document.createElement("div");
        block.className = "sw-block";
        block.innerHTML = html;
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
