// SPDX-License-Identifier: GPL-3.0-or-later
// The preview page's own script: the application sends it the document's
// blocks; it patches them into the page without reloading it.
"use strict";
window.specwright = {
    setBody(html) {
        document.getElementById("document").innerHTML = html;
    },
};
