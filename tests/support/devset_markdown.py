"""Markdown writer for the fictional development set, layout ``markdown``: a review as a safeguarding partnership
publishes it on a GitHub-style static site, a ``.md`` file (format ``md``).

* a YAML front-matter block between ``---`` lines (``layout``, ``title``, ``permalink``) that is site data, not text;
* the title as ``# Title``, the title page's lines as plain paragraphs (the fiction label in bold), then
  "## Contents" as a list of anchor links ``- [3. Findings](#3-findings)`` (not part of the review's text);
* chapter headings ``## 3. Findings`` (numbered with a stop), subheadings ``### Leaving hospital`` unnumbered;
* every paragraph's two-level number typed at the start of its first line ("3.2 In ..."; numbering ``two-level``,
  cited "3.2"), the text hard-wrapped at :data:`WRAP` characters with no continuation line that Markdown could
  read as a list item or a heading; a factor list's bullets as ``- `` items after the lead-in, each wrapped with a
  two-space hanging indent; recommendations typed "**Recommendation N:** ..."; the glossary a pipe table;
* a closing horizontal rule and a site line :data:`FOOTER`.

Every paragraph's page is ``None`` (a text file has no pages); ``section`` and ``contents_lines`` give the chapter
headings as displayed, with their stop ("3. Findings")."""

from __future__ import annotations

import re
from typing import Any

from . import devset_render as _r

Block = _r.Block

WRAP = 88
FOOTER = "Published by the partnership on its public repository of reviews (fictional). Edit history is kept in Git."
_UNSAFE = re.compile(r"^(\d+[.)]|\d+\.\d+|[-*+#>|]|=+$)")  # a line start Markdown would read as structure


def displayed(heading: str) -> str:
    """A chapter heading as the page shows it: "3 Findings" -> "3. Findings"."""
    return re.sub(r"^(\d+) ", r"\1. ", heading)


def _slug(text: str) -> str:
    """GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens."""
    return re.sub(r"[^\w\- ]", "", text.lower()).replace(" ", "-")


def wrap(text: str, first: str = "", indent: str = "") -> list[str]:
    """Hard-wrap text after a first-line prefix; no continuation line may open like Markdown structure."""
    words = text.split()
    lines: list[str] = []
    line = first
    for w in words:
        cand = f"{line}{w}" if not line.strip() or line.endswith(" ") else f"{line} {w}"
        if len(cand) > WRAP and line.strip():
            lines.append(line)
            line = f"{indent}{w}"
        else:
            line = cand
    lines.append(line)
    for n in range(1, len(lines)):  # pull a word back so that no continuation opens like a list or a heading
        while _UNSAFE.match(lines[n].strip()):
            head, word = lines[n - 1].rsplit(" ", 1)
            lines[n - 1], lines[n] = head, f"{indent}{word} {lines[n].strip()}"
    return lines


def render_md(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render one report as a Markdown page; return the bytes and its expected.json entry."""
    chapters = [i for i, b in enumerate(blocks) if b.kind == "heading" and b.major]
    out = ["---", "layout: review", f'title: "{report["title"]}"',
           f"permalink: /reviews/{output['report_id']}/", "---", "", f"# {report['title']}", ""]
    for line in _r.title_lines(report):
        out += [f"**{line}**" if line == _r.FICTION_LABEL else line, ""]
    out += ["## Contents", ""]
    out += [f"- [{displayed(blocks[i].text)}](#{_slug(displayed(blocks[i].text))})" for i in chapters]
    out.append("")
    for b in blocks:
        if b.kind == "heading":
            out += [f"## {displayed(b.text)}" if b.major else f"### {b.text}", ""]
        elif b.kind == "unnumbered":
            out += [*wrap(b.text), ""]
        elif b.kind in ("para", "factor"):
            out += [*wrap(b.text, first=f"{b.label} "), ""]
            if b.bullets:
                for t in b.bullets:
                    out += wrap(t, first="- ", indent="  ")
                out.append("")
        elif b.kind == "rec":
            out += [*wrap(b.text, first=f"**{b.label}:** "), ""]
        elif b.kind == "glossary":
            out += ["| Abbreviation | Meaning |", "| --- | --- |", *(f"| {a} | {m} |" for a, m in b.rows), ""]
    out += ["---", "", f"_{FOOTER}_", ""]
    result = _r.expected(output, blocks, contents_lines=[displayed(blocks[i].text) for i in chapters],
                         running_header_lines=[FOOTER])
    for entry in result["paragraphs"]:
        entry["section"] = displayed(entry["section"])
    return "\n".join(out).encode("utf-8"), result
