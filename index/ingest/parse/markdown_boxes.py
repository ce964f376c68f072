"""Boxes and tabs of a Markdown page written for Python-Markdown's extensions (MkDocs with its Material theme), and a
page that quotes a report's numbered paragraphs; read by :func:`read` before the line reader
(:func:`.text.parse_string`).

- An admonition, ``!!! note "Title"``, and a collapsible one, ``??? note`` or ``???+ note``, is a box: its lines are
  those indented four spaces under it. Its title (the type's name where it has none) and its text are ``aside``
  blocks, the passage a box is, and whatever it holds (a "1.2 is often read ..." note, numbered questions) never
  runs on into the paragraph before it nor numbers one.
- A content tab, ``=== "Managers"``, is its label, read as a heading, over its indented text.
- A page that quotes a report's numbered paragraphs in blockquotes (``> **2.1** The ...``: a reading group's pack,
  a training handout, a briefing quoting a review), where the paragraph numbers in blockquotes are
  :data:`MIN_QUOTED` or more and outnumber those outside: the quotations are the report's text, and the page's own
  text outside them (its ground rules "1." to "3.", its questions "Q2.1", reading lists) is read as ``aside``
  blocks, which neither run on into the paragraph quoted before them nor number one. A blockquote's lazy line (a
  paragraph's line in a quotation typed without its ">") is the quotation's.

Boxes and tabs nest to :data:`MAX_DEPTH`; deeper ones are read as their text. A page with none of these (and a
paged text) is left to the line reader: :func:`read` returns None.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ...types import Block, ParsedDocument
from .common import PARA_START_RE

MIN_QUOTED = 3
MAX_DEPTH = 6
# Python-Markdown's admonition and pymdownx.details headers, and pymdownx.tabbed's
_BOX = re.compile(r"(?:!!!|\?\?\?\+?) ?([\w-]+(?: +[\w-]+)*)(?: +\"(.*?)\")? *")
_TAB = re.compile(r"===[!+]{0,2} +\"(.*?)\" *")
_QUOTED = re.compile(r" {0,3}>")
_BODY = re.compile(r"(?: {4}|\t)|[ \t]*$")  # a box's own line, or a blank line among them
_FENCE = re.compile(r" {0,3}(?:```|~~~)")
# a line that starts a block of its own, never a lazy line of a quoted paragraph
_BLOCK_START = re.compile(r" {0,3}(?:#|```|~~~|[-*+] |\d{1,9}[.)] |<|\||!!!|\?\?\?|===|[-*_]{3,}\s*$)")


@dataclass
class _Part:
    kind: str  # "text", "quoted", "box" (a box's title) or "tab" (a tab's label)
    lines: list[str] = field(default_factory=list)
    boxed: bool = False  # inside a box


def read(raw: str, read_text: Callable[[str], ParsedDocument]) -> ParsedDocument | None:
    """The page's blocks as the module's docstring says, each run of lines read by ``read_text``; None where the
    page has no box or tab and quotes no report's paragraphs, or is paged."""
    if "\f" in raw:
        return None
    parts = _parts(raw.split("\n"), boxed=False, depth=0)
    if all(p.kind == "text" for p in parts) or all(p.kind == "quoted" for p in parts):  # one run: the line reader's
        return None
    read_parts = [(p, _blocks(p, read_text)) for p in parts]
    quoting = _quotes_a_report(read_parts)
    if not quoting and not any(p.kind in ("box", "tab") for p in parts):
        return None
    blocks: list[Block] = []
    for part, got in read_parts:
        aside = part.boxed or (quoting and part.kind == "text")
        blocks += [Block(text=b.text, kind="aside", page=b.page, page_label=b.page_label)
                   if aside and (part.boxed or b.kind != "heading") else b for b in got]
    return ParsedDocument(blocks=blocks, pages=None,
                          title=next((b.text for b in blocks if b.kind == "heading"), None))


def _blocks(part: _Part, read_text: Callable[[str], ParsedDocument]) -> list[Block]:
    if part.kind == "box":
        return [Block(text=part.lines[0], kind="aside")] if part.lines[0] else []
    if part.kind == "tab":
        return [Block(text=part.lines[0], kind="heading", level=6)] if part.lines[0] else []
    # a blank line first: a rule and "key: value" lines at a run's start are no front matter
    return read_text("\n" + "\n".join(part.lines)).blocks


def _quotes_a_report(read_parts: list[tuple[_Part, list[Block]]]) -> bool:
    """Paragraph numbers stand in blockquotes, MIN_QUOTED or more, and more than outside them (boxes aside)."""
    def numbered(kind: str) -> int:
        return sum(1 for p, got in read_parts if p.kind == kind and not p.boxed
                   for b in got if b.kind == "para" and PARA_START_RE.match(b.text))
    quoted = numbered("quoted")
    return quoted >= MIN_QUOTED and quoted > numbered("text")


def _parts(lines: list[str], boxed: bool, depth: int) -> list[_Part]:
    """The lines as runs of text and of quotations (with their lazy lines; a blank line goes with the run before
    it), and boxes' and tabs' headers with their lines read again, dedented, inside them."""
    parts: list[_Part] = []
    i, fenced = 0, False
    while i < len(lines):
        line = lines[i]
        header = None if fenced else (_BOX.fullmatch(line) or _TAB.fullmatch(line))
        if header is not None and depth >= MAX_DEPTH:  # too deep: its words, never a box read again
            line, header = "\\" + line, None
        if header is not None:
            j = i + 1
            while j < len(lines) and _BODY.match(lines[j]):
                j += 1
            parts.append(_header(line, header, boxed))
            body = [re.sub(r"^(?: {4}|\t)", "", x) for x in lines[i + 1:j]]
            parts += _parts(body, parts[-1].boxed, depth + 1)
            i = j
            continue
        i += 1
        if not line.strip():
            if parts:
                parts[-1].lines.append(line)
            continue
        fenced ^= bool(_FENCE.match(line))
        kind = "quoted" if not fenced and (_QUOTED.match(line) or _lazy(parts, line)) else "text"
        if not parts or parts[-1].kind != kind or parts[-1].boxed != boxed:
            parts.append(_Part(kind, [], boxed))
        parts[-1].lines.append(line)
    return parts


def _header(line: str, header: re.Match[str], boxed: bool) -> _Part:
    """A box's title (its type's name where it has none; none where it is "") or a tab's label."""
    if line.startswith("="):
        return _Part("tab", [header[1].strip()], boxed)
    title = header[2] if header[2] is not None else header[1].split()[0].capitalize()
    return _Part("box", [title.strip()], True)


def _lazy(parts: list[_Part], line: str) -> bool:
    """A line typed without its ">" that carries on the quoted paragraph above it."""
    if not parts or parts[-1].kind != "quoted" or not line.strip() or _BLOCK_START.match(line):
        return False
    above = parts[-1].lines[-1]
    return bool(re.sub(r"^ {0,3}>\s?", "", above).strip())
