#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The specs gate as the repositories' CI runs it, in Python with docutils:
the reference that `specwright check` is compared with.

  gate_reference.py [--template FILE] [--strict-structure] [--format text|json] FILE...

Same arguments, output and exit status as `specwright check`. Titles come
from docutils' doctree (publish_doctree, so the document title is promoted)
and compare by their raw source text, as the gate tests do. The docs build's
warnings are docutils' messages of level 2 and above, with the Sphinx
directives and roles of rst_reference.py when it can be found
(SPECWRIGHT_SHARED_DIR/conformance), else with the same set defined here.
"""
import argparse
import io
import json
import os
import re
import sys

import docutils.core

HISTORY = "History"
FEATURE_LIAISON = "Feature Liaison"
MAX_LINE = 79
SEVERITY = {
    "sections": "error", "line-length": "error", "carriage-return": "error",
    "zero-width-space": "error", "trailing-whitespace": "error",
    "tab": "warning", "final-newline": "warning", "extension": "error",
    "blueprint-name": "warning", "rst": "error",
}


def install_shims():
    """The Sphinx directives and roles specs use: the shared reference's
    (rst_reference.py) when it can be found, else the same set here."""
    shared = os.environ.get("SPECWRIGHT_SHARED_DIR", "")
    folder = os.path.join(shared, "conformance") if shared else ""
    if folder and os.path.isfile(os.path.join(folder, "rst_reference.py")):
        sys.path.insert(0, folder)
        import rst_reference
        rst_reference.install_sphinx_shims()
        return True
    install_own_shims()
    return False


def install_own_shims():
    """What the docs build (Sphinx) accepts without a warning, as far as
    a spec's verdict goes: the same names and options as rst_reference.py."""
    from docutils import nodes
    from docutils.parsers.rst import Directive, directives, roles
    from docutils.parsers.rst.directives.body import CodeBlock

    def accepting(*names):
        return {name: directives.unchanged for name in names}

    class SphinxCode(CodeBlock):
        option_spec = dict(CodeBlock.option_spec, **accepting(
            "lineno-start", "emphasize-lines", "caption", "dedent"),
            linenos=directives.flag, force=directives.flag)

    class Dropped(Directive):
        optional_arguments = 1
        final_argument_whitespace = True
        has_content = True
        option_spec = accepting("maxdepth", "caption", "name", "class", "numbered", "titlesonly",
                                "glob", "hidden", "includehidden", "reversed",
                                "linenothreshold", "force")

        def run(self):
            return []

    class Note(Directive):
        has_content = True
        optional_arguments = 1
        final_argument_whitespace = True
        option_spec = {"class": directives.class_option, "name": directives.unchanged}

        def run(self):
            node = nodes.admonition("\n".join(self.content))
            node += nodes.title(self.name, self.name)
            self.state.nested_parse(self.content, self.content_offset, node)
            return [node]

    class Picture(Directive):
        has_content = True
        optional_arguments = 1
        final_argument_whitespace = True
        option_spec = accepting("alt", "align", "caption", "name", "class", "width", "height",
                                "scale", "desctable", "maxwidth")

        def run(self):
            text = "\n".join(self.content)
            return [nodes.literal_block(text, text)]

    def role(node_class):
        def make(name, rawtext, text, lineno, inliner, options=None, content=None):
            return [node_class(rawtext, nodes.unescape(text))], []
        return make

    for name in ("code-block", "sourcecode"):
        directives.register_directive(name, SphinxCode)
    for name in ("toctree", "highlight"):
        directives.register_directive(name, Dropped)
    for name in ("todo", "seealso"):
        directives.register_directive(name, Note)
    for name in ("seqdiag", "blockdiag", "actdiag", "nwdiag", "packetdiag", "rackdiag",
                 "graphviz", "graph", "digraph", "mermaid", "uml"):
        directives.register_directive(name, Picture)
    for name in ("ref", "doc", "term", "numref", "download", "any", "abbr", "guilabel",
                 "menuselection", "dfn"):
        roles.register_local_role(name, role(nodes.inline))
    for name in ("command", "file", "program", "samp", "kbd", "option", "envvar", "mod",
                 "class", "func", "meth", "attr", "exc", "data", "obj", "const"):
        for prefix in ("", "py:"):
            if prefix and name in ("command", "file", "program", "samp", "kbd", "option",
                                   "envvar"):
                continue
            roles.register_local_role(prefix + name, role(nodes.literal))


class Unreadable(Exception):
    pass


def read(path):
    if not os.path.isfile(path):
        raise Unreadable("not a regular file" if os.path.exists(path)
                         else "no such file")
    with open(path, "rb") as f:
        data = f.read()
    if b"\0" in data:
        raise Unreadable("binary file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise Unreadable(f"invalid UTF-8 on line {data[:e.start].count(b'\n') + 1}")


def discover_template(path):
    """specs/<release>-template.rst under specs/<release>/, else
    specs/template.rst, in the nearest folder above that holds specs/."""
    path = os.path.abspath(path)
    folder = os.path.dirname(path)
    while True:
        specs = os.path.join(folder, "specs")
        if os.path.isdir(specs):
            relative = os.path.relpath(path, specs).split(os.sep)
            if len(relative) >= 2 and relative[0] != "..":
                candidate = os.path.join(specs, relative[0] + "-template.rst")
                if os.path.isfile(candidate):
                    return candidate
            candidate = os.path.join(specs, "template.rst")
            return candidate if os.path.isfile(candidate) else None
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent


MESSAGE = re.compile(r"^(?:.*?):(\d+)?:? ?\((\w+)/(\d)\) (.*)$")


def parse(text, path):
    """(sections, first section's title line, messages). sections is a list
    of (raw title, title line, [raw subtitles with their lines])."""
    stream = io.StringIO()
    doc = docutils.core.publish_doctree(text, source_path=path, settings_overrides={
        "report_level": 2, "halt_level": 5, "warning_stream": stream,
        "file_insertion_enabled": False, "raw_enabled": False,
        "_disable_config": True, "input_encoding": "unicode",
        "syntax_highlight": "none"})
    sections = []
    for node in doc.children:
        if node.tagname != "section":
            continue
        subtitles = [(child[0].rawsource, (child[0].line or 2) - 1)
                     for child in node.children if child.tagname == "section"]
        sections.append((node[0].rawsource, (node[0].line or 2) - 1, subtitles))
    messages = []
    for line in stream.getvalue().splitlines():
        m = MESSAGE.match(line)
        if m and int(m.group(3)) >= 2:
            messages.append((int(m.group(1) or 1), f"({m.group(2)}/{m.group(3)}) {m.group(4)}"))
    return sections, messages


def check_sections(spec, template, strict):
    problems = []
    spec_titles = {title: subs for title, _, subs in spec}  # last one wins
    spec_lines = {title: line for title, line, _ in spec}
    template_titles = {title: subs for title, _, subs in template}
    for title in template_titles:
        if title not in spec_titles and title != HISTORY:
            problems.append((1, f"missing section '{title}'"))
    for title, line, _ in spec:
        if title not in template_titles:
            problems.append((line, f"unexpected section '{title}'"))
    for title, wanted in template_titles.items():
        if title not in spec_titles:
            continue
        wanted = [t for t, _ in wanted]
        present = [t for t, _ in spec_titles[title]]
        line = spec_lines[title]
        if strict:
            if present != wanted:
                problems.append((line, f"subsections of '{title}' are not the template's"))
        else:
            for sub in wanted:
                if sub not in present and sub != FEATURE_LIAISON:
                    problems.append((line, f"missing subsection '{sub}' in '{title}'"))
    return problems


def check_text(text):
    problems = []
    code_block = False
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # what follows the final newline is not a line
    if "\r" in text:
        line = text[:text.index("\r")].count("\n") + 1
        problems.append(("carriage-return", line, "carriage return"))
    for number, line in enumerate(lines, 1):
        if line.endswith("\r"):
            line = line[:-1]
        exempt = False
        if code_block:
            if line == "" or line.startswith(" "):
                exempt = True
            else:
                code_block = False
        if "::" in line:
            code_block = True
        if (len(line) > MAX_LINE and not exempt and "http://" not in line
                and "https://" not in line and len(line.split()) > 1):
            problems.append(("line-length", number, f"line is {len(line)} characters long"))
        if "\u200b" in line:
            problems.append(("zero-width-space", number, "zero-width space"))
        if line.endswith(" "):
            problems.append(("trailing-whitespace", number, "trailing spaces"))
        if "\t" in line:
            problems.append(("tab", number, "tab character"))
    if text and not text.endswith("\n"):
        problems.append(("final-newline", len(lines), "no newline at the end"))
    return problems


BLUEPRINT = re.compile(r"https?://blueprints\.launchpad\.net/[^\s<>\"'`]*?/\+spec/[^\s<>\"'`]*")


def check_name(path, text, preamble_end):
    problems = []
    name = os.path.basename(path)
    if not name.endswith(".rst"):
        problems.append(("extension", 1, "not .rst"))
    stem = name[:-4] if name.endswith(".rst") else name
    found = []
    for number, line in enumerate(text.split("\n")[:preamble_end], 1):
        for url in BLUEPRINT.findall(line):
            url = re.split(r"[?#]", url)[0].rstrip(".,;:)]/")
            found.append((number, url.rsplit("/", 1)[-1]))
    if found and all(bp != stem for _, bp in found):
        problems.append(("blueprint-name", found[0][0], f"blueprint '{found[0][1]}'"))
    return problems


_templates = {}


def load_template(path):
    if path not in _templates:
        sections, _ = parse(read(path), path)
        _templates[path] = sections
    return _templates[path]


def check_file(path, template=None, strict=False):
    """[(rule, line, message)] for path, or raises Unreadable."""
    text = read(path)
    problems = check_text(text)
    spec, messages = parse(text, path)
    template = template or discover_template(path)
    if template:
        problems += [("sections", line, message)
                     for line, message in check_sections(spec, load_template(template), strict)]
    preamble_end = spec[0][1] - 1 if spec else len(text.split("\n"))
    problems += check_name(path, text, preamble_end)
    problems += [("rst", line, message) for line, message in messages]
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--template")
    ap.add_argument("--strict-structure", action="store_true")
    ap.add_argument("--format", choices=("text", "json"), default="text")
    ap.add_argument("files", nargs="+")
    a = ap.parse_args()
    install_shims()
    if a.template:
        try:
            read(a.template)
        except (Unreadable, OSError) as e:
            print(f"gate_reference: {a.template}: {e}", file=sys.stderr)
            return 2
    found, unreadable = [], False
    for path in a.files:
        try:
            for rule, line, message in check_file(path, a.template, a.strict_structure):
                found.append({"file": path, "line": line, "column": 1, "rule": rule,
                              "severity": SEVERITY[rule], "message": message})
        except (Unreadable, OSError) as e:
            print(f"gate_reference: {path}: {e}", file=sys.stderr)
            unreadable = True
    if a.format == "json":
        print(json.dumps(found, indent=1))
    else:
        for p in found:
            print(f"{p['file']}:{p['line']}:{p['column']}: {p['rule']}: {p['message']}")
    if unreadable:
        return 2
    return 1 if any(p["severity"] == "error" for p in found) else 0


if __name__ == "__main__":
    sys.exit(main())
