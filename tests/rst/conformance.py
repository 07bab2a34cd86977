#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Conformance of `specwright doctree` with docutils (rst_reference.py).

Compares the engine's pseudo-XML with the reference for every golden fixture
of tests/data/rst (which must all be identical) and, when the shared corpus
exists, for every corpus .rst file, printing rst_reference.py's
`conformance: N identical ...` figure. Fails when the corpus figure drops
below --floor.

rst_reference.py compare runs docutils in threads, and docutils' parser is
not thread-safe (RSTState.nested_sm_cache is shared), so a file that
differs in the parallel run is compared again on its own before it counts.
"""
import argparse
import os
import re
import subprocess
import sys


def compare(reference, engine, files, jobs, cwd=None):
    """Return (identical, failing paths, output) of rst_reference compare."""
    if not files:
        return 0, [], ""
    run = subprocess.run(
        [sys.executable, reference, "compare", "-j", str(jobs), "-e", engine]
        + files, capture_output=True, text=True, cwd=cwd)
    out = run.stdout
    failing = re.findall(r"^--- (\S+\.rst)$", out, re.MULTILINE)
    summary = re.search(r"conformance: (\d+) identical", out)
    if not summary:
        sys.stderr.write(out + run.stderr)
        raise SystemExit("rst_reference.py compare printed no summary")
    return int(summary.group(1)), failing, out


def check(reference, engine, files, cwd=None):
    """Parallel run, then a serial retry of what differed."""
    same, failing, out = compare(reference, engine, files, 2, cwd)
    if failing:
        again, still, out = compare(reference, engine, failing, 1, cwd)
        same += again
        failing = still
    return same, failing, out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--engine", required=True)
    ap.add_argument("--shared", required=True)
    ap.add_argument("--fixtures", required=True)
    ap.add_argument("--floor", type=int, required=True)
    a = ap.parse_args()

    reference = os.path.join(a.shared, "conformance", "rst_reference.py")
    if not os.path.exists(reference):
        print(f"conformance: no reference at {reference}; skipped")
        return 0
    engine = f"{a.engine} doctree"
    status = 0

    fixtures = sorted(f for f in os.listdir(a.fixtures) if f.endswith(".rst"))
    same, failing, out = check(reference, engine, fixtures, cwd=a.fixtures)
    print(f"fixtures: {same} identical, {len(fixtures) - same} differ, "
          f"of {len(fixtures)}")
    if failing:
        print(out)
        status = 1

    corpus = os.path.join(a.shared, "corpus")
    if not os.path.isdir(corpus):
        print(f"conformance: no corpus at {corpus}; corpus check skipped")
        return status
    files = sorted(os.path.join(root, f)
                   for root, _, names in os.walk(corpus)
                   for f in names if f.endswith(".rst"))
    same, failing, out = check(reference, engine, files)
    print(f"conformance: {same} identical, {len(files) - same} differ, "
          f"of {len(files)}")
    for path in failing:
        print(f"  differs: {path}")
    if same < a.floor:
        print(f"conformance fell below the floor of {a.floor}")
        print(out)
        status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
