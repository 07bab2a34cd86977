#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Parity of `specwright check` with the reference gate (gate_reference.py,
docutils): per file and per rule, the same pass/fail verdict.

  gate_parity.py --specwright BIN [--corpus DIR] [--fixtures DIR]
                 [--rules gate|rst|all] [--keep DIR]

Runs both over every spec of corpus/nova-specs (each with its release
template) and corpus/ceilometer-specs (with specs/template.rst and strict
structure, as that repository's gate), and over mutated copies written to a
temporary folder: a section removed, renamed or added, a subsection removed,
a long line in prose, in a code block and with a URL, trailing spaces, CRLF,
a zero-width space, a tab, no final newline, a subsection added, a long
single word, a blueprint link to another name, a name not ending in .rst. Without the corpus, the
fixtures (a small specs repository) stand in for it. Prints a summary and
exits 1 on any disagreement.
"""
import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gate_reference  # noqa: E402

GATE_RULES = ["sections", "line-length", "carriage-return", "zero-width-space",
              "trailing-whitespace", "tab", "final-newline", "extension",
              "blueprint-name"]
PROSE = ("This added sentence is deliberately long so that it runs past the "
         "seventy-ninth column.")


def spec_files(repo):
    found = []
    for root, _, files in os.walk(os.path.join(repo, "specs")):
        found += [os.path.join(root, f) for f in files if f.endswith(".rst")]
    return sorted(found)


def text_lines(text):
    return text.split("\n")


def block_of(lines, title_line, next_title_line):
    """0-based [first, end) lines of a section whose title text is on
    title_line (1-based), up to the next title at next_title_line."""
    first = title_line - 1
    if first > 0 and lines[first - 1].strip() and set(lines[first - 1].strip()) <= set("=-~^\"'`#*+<>:._"):
        first -= 1  # overline
    end = len(lines) if next_title_line is None else next_title_line - 1
    if next_title_line is not None and end > 0 and lines[end - 1].strip() and \
            set(lines[end - 1].strip()) <= set("=-~^\"'`#*+<>:._"):
        end -= 1
    return first, end


def mutations(text, path):
    """{name: mutated text} for a spec, using docutils' view of its titles."""
    sections, _ = gate_reference.parse(text, path)
    lines = text_lines(text)
    out = {}
    titles = [(title, line) for title, line, _ in sections]
    if titles:
        # A section removed (the second, so that a first section remains).
        k = 1 if len(titles) > 1 else 0
        first, end = block_of(lines, titles[k][1], titles[k + 1][1] if k + 1 < len(titles) else None)
        out["section-removed"] = "\n".join(lines[:first] + lines[end:])
        # A section renamed: one letter more, its underline too.
        renamed = list(lines)
        line = titles[0][1] - 1
        renamed[line] = renamed[line] + "s"
        if line + 1 < len(renamed) and renamed[line + 1].strip():
            renamed[line + 1] = renamed[line + 1] + renamed[line + 1][-1]
        if line > 0 and renamed[line - 1].strip() and renamed[line - 1] == lines[line + 1]:
            renamed[line - 1] = renamed[line - 1] + renamed[line - 1][-1]
        out["section-renamed"] = "\n".join(renamed)
        # A section added at the end, adorned like the first one.
        under = lines[titles[0][1]] if titles[0][1] < len(lines) else "="
        char = under.strip()[:1] or "="
        out["section-added"] = text.rstrip("\n") + "\n\nAppendix\n" + char * 8 + "\n\nMore.\n"
    subs = [(sub_title, sub_line, sections[i + 1][1] if i + 1 < len(sections) else None, j, subs_of)
            for i, (_, _, subs_of) in enumerate(sections)
            for j, (sub_title, sub_line) in enumerate(subs_of)]
    if subs:
        title, line, next_section, j, siblings = subs[len(subs) // 2]
        following = siblings[j + 1][1] if j + 1 < len(siblings) else next_section
        first, end = block_of(lines, line, following)
        out["subsection-removed"] = "\n".join(lines[:first] + lines[end:])
        # A subsection added at the end of the first section that has some,
        # adorned like its first subsection: strict structure rejects it.
        i = next(i for i, (_, _, subs_of) in enumerate(sections) if subs_of)
        under = lines[sections[i][2][0][1]] if sections[i][2][0][1] < len(lines) else "-"
        char = under.strip()[:1] or "-"
        following = sections[i + 1][1] if i + 1 < len(sections) else None
        _, end = block_of(lines, sections[i][1], following)
        block = ["Extra details", char * 13, "", "More.", ""]
        out["subsection-added"] = "\n".join(lines[:end] + block + lines[end:])

    # Text mutations go after the first section's title, in prose.
    at = titles[0][1] + 1 if titles else min(len(lines), 1)
    def insert(block):
        return "\n".join(lines[:at] + ["", block, ""] + lines[at:])
    out["long-prose"] = insert(PROSE)
    out["long-code"] = insert("Example::\n\n    " + PROSE + " " + PROSE)
    out["long-url"] = insert("See https://example.org/a/very/long/path/that/goes/on/and/on "
                             "for the details of this.")
    middle = next((i for i in range(len(lines) // 2, len(lines)) if lines[i].strip()), None)
    if middle is not None:
        spaced = list(lines)
        spaced[middle] += "  "
        out["trailing-spaces"] = "\n".join(spaced)
        zw = list(lines)
        zw[middle] = zw[middle][:1] + "\u200b" + zw[middle][1:]
        out["zero-width-space"] = "\n".join(zw)
    out["long-word"] = insert("https-less-" + "x" * 90)
    out["crlf"] = text.replace("\n", "\r\n")
    out["tab"] = insert("\tTabbed.")
    out["no-final-newline"] = text.rstrip("\n")
    stem = os.path.basename(path)[:-len(".rst")]
    if "/+spec/" + stem in text:
        out["blueprint-mismatch"] = text.replace("/+spec/" + stem, "/+spec/" + stem + "-renamed")
    # Written with a .txt name (see main).
    out["wrong-extension"] = text
    return out


def run_specwright(binary, files, strict):
    verdicts = {f: set() for f in files}
    for start in range(0, len(files), 400):
        batch = files[start:start + 400]
        cmd = [binary, "check", "--format", "json"] + (["--strict-structure"] if strict else []) + batch
        run = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
        if run.returncode not in (0, 1):
            sys.exit(f"specwright check exited {run.returncode}: {run.stderr[-500:]}")
        for problem in json.loads(run.stdout):
            verdicts[problem["file"]].add(problem["rule"])
    return verdicts


def run_reference(files, strict):
    verdicts = {}
    for f in files:
        verdicts[f] = {rule for rule, _, _ in gate_reference.check_file(f, None, strict)}
    return verdicts


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--specwright", required=True)
    ap.add_argument("--corpus", default=os.path.join(os.environ.get("SPECWRIGHT_SHARED_DIR", ""), "corpus"))
    ap.add_argument("--fixtures", default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                       "..", "data", "spec"))
    ap.add_argument("--rules", choices=("gate", "rst", "all"), default="gate")
    ap.add_argument("--bases", type=int, default=60, help="specs to mutate")
    ap.add_argument("--keep", help="write the mutations here and keep them")
    a = ap.parse_args()
    rules = {"gate": GATE_RULES, "rst": ["rst"], "all": GATE_RULES + ["rst"]}[a.rules]
    shims = gate_reference.install_shims()

    repos = []  # (name, repository folder, strict)
    if os.path.isdir(os.path.join(a.corpus, "nova-specs")):
        repos = [("nova-specs", os.path.join(a.corpus, "nova-specs"), False),
                 ("ceilometer-specs", os.path.join(a.corpus, "ceilometer-specs"), True)]
    else:
        print(f"gate parity: corpus not found at {a.corpus or '(unset)'}; running on the fixtures in "
              f"{os.path.normpath(a.fixtures)}")
        for name in sorted(os.listdir(a.fixtures)):
            folder = os.path.join(a.fixtures, name)
            if os.path.isdir(os.path.join(folder, "specs")):
                repos.append((name, folder, name == "ceilometer-specs"))

    work = a.keep or tempfile.mkdtemp(prefix="specwright-gate-parity-")
    groups = []  # (files, strict)
    originals = mutated = 0
    rng = random.Random(6)
    for name, repo, strict in repos:
        files = spec_files(repo)
        originals += len(files)
        groups.append((files, strict))
        # Mutate specs that have a template, spread over the releases.
        candidates = [f for f in files if gate_reference.discover_template(f)
                      and not f.endswith("template.rst")]
        share = max(1, a.bases * len(files) // max(1, sum(len(spec_files(r)) for _, r, _ in repos)))
        bases = sorted(rng.sample(candidates, min(share, len(candidates))))
        made = []
        for base in bases:
            text = gate_reference.read(base)
            relative = os.path.relpath(base, repo)
            for mutation, changed in mutations(text, base).items():
                target_repo = os.path.join(work, mutation, name)
                if not os.path.isdir(os.path.join(target_repo, "specs")):
                    os.makedirs(os.path.join(target_repo, "specs"))
                    for t in os.listdir(os.path.join(repo, "specs")):
                        if t.endswith("template.rst"):
                            shutil.copy(os.path.join(repo, "specs", t), os.path.join(target_repo, "specs", t))
                target = os.path.join(target_repo, relative)
                if mutation == "wrong-extension":
                    target = target[:-len(".rst")] + ".txt"
                os.makedirs(os.path.dirname(target), exist_ok=True)
                with open(target, "w", encoding="utf-8", newline="") as f:
                    f.write(changed)
                made.append(target)
        mutated += len(made)
        groups.append((made, strict))

    compared = agreed = 0
    failing = {rule: [0, 0] for rule in rules}  # rule -> [specwright, reference] failing files
    disagreements = []
    for files, strict in groups:
        ours = run_specwright(a.specwright, files, strict)
        theirs = run_reference(files, strict)
        for f in files:
            for rule in rules:
                mine, ref = rule in ours[f], rule in theirs[f]
                failing[rule][0] += mine
                failing[rule][1] += ref
                compared += 1
                if mine == ref:
                    agreed += 1
                else:
                    disagreements.append(f"{f}: {rule}: specwright {'fails' if mine else 'passes'}, "
                                         f"reference {'fails' if ref else 'passes'}")
    if not a.keep:
        shutil.rmtree(work, ignore_errors=True)

    for line in disagreements[:40]:
        print(line)
    if len(disagreements) > 40:
        print(f"... and {len(disagreements) - 40} more")
    print("rule                  failing files (specwright / reference)")
    for rule in rules:
        print(f"  {rule:20s}{failing[rule][0]:6d} / {failing[rule][1]}")
    print(f"gate parity ({a.rules} rules{'' if shims else ', own Sphinx shims'}): "
          f"{originals} files, {mutated} mutations, {compared} verdicts, "
          f"{agreed} agree, {compared - agreed} disagree")
    return 0 if agreed == compared else 1


if __name__ == "__main__":
    sys.exit(main())
