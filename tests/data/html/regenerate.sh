#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the docutils references NAME.html of every NAME.rst here, with
# the reference script (docutils 0.21 + Sphinx shims), never from the engine:
#   packaging/dev exec -- tests/data/html/regenerate.sh
# Run from the top of the checkout: the path docutils sees ends up in the
# system messages, and the tests parse with the same path.
set -eu
shared=${SPECWRIGHT_SHARED_DIR:-$(dirname "$0")/../../../../shared}
for source in tests/data/html/*.rst; do
    python3 "$shared/conformance/rst_reference.py" html "$source" > "${source%.rst}.html"
done
