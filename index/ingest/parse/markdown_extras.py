"""What Python-Markdown's extensions (as MkDocs and its Material theme use them; PHP Markdown Extra has the same)
write into a Markdown file that a reader of the page never sees as words:

- an abbreviation's definition, ``*[LSCP]: Local Safeguarding Children Partnership`` on a line of its own (abbr:
  it gives the word a tooltip and is shown nowhere);
- the further lines of a footnote's definition, indented under ``[^1]: ...``: the note's text (whose first line the
  Markdown reader already leaves out), never the paragraph's it stands after;
- an attribute list, ``{ .md-button }`` or ``{: #intro }`` after a link or an image, or at a line's end (attr_list:
  a class or an id for the element);
- a line of nothing but block-level HTML tags, ``<div class="annotate" markdown>`` and ``</div>`` (md_in_html
  wraps Markdown in an element): no words, and the blocks either side stay apart;
- Material's annotations: in a ``<div class="annotate">`` the markers ``(1)``, ``(2)`` are buttons that open the
  notes of the ordered list straight after the div. The markers are no words of the text, and the list is the
  page's notes, left out as a footnote is. A marker with no note of its number is text, as Material leaves it.
"""

from __future__ import annotations

import re

_ABBREVIATION = re.compile(r"^\*\[[^\]\n]{1,80}\]:[^\n]*(?:\n|\Z)", re.MULTILINE)
_NOTE_DEF = re.compile(r"\[\^[^\]\s]+\]:")
_INDENTED = re.compile(r"(?: {4}|\t)\S")
_ITEM = r"(?:[.#][\w-]+|[\w-]+=(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s}\"']+))"
_ATTRS = rf"\{{:?[ \t]*{_ITEM}(?:[ \t]+{_ITEM})*[ \t]*\}}"
# after a link's or image's ")", or at a line's end after a space (or alone): never pandoc's "[text]{.class}"
_ATTR_LIST = re.compile(rf"(?<=\)){_ATTRS}|(?:^|(?<![ \t])[ \t]+){_ATTRS}[ \t]*$", re.MULTILINE)
_BLOCK_TAGS = "div|section|article|aside|details|figure|header|footer|main|nav|center|p"
_TAG_LINE = re.compile(rf"^[ \t]{{0,3}}(?:</?(?:{_BLOCK_TAGS})\b[^<>\n]*>[ \t]*)+$", re.MULTILINE | re.IGNORECASE)
MAX_LINES = 400  # of an annotated div, and of its notes' list: a longer one is left as it is
_ANNOTATED = re.compile(r"<div\b[^>\n]*\bclass=[\"'][^\"'\n]*\bannotate\b[^>\n]*>[ \t]*$")
_CLOSE = re.compile(r"</div>[ \t]*$")
_NOTE_ITEM = re.compile(r"\d{1,3}[.)][ \t]+\S")
_MARKER = re.compile(r"[ \t]+\((\d{1,3})\)(?=[\s.,;:]|$)")


def without_extension_marks(raw: str) -> str:
    """The Markdown without the extensions' marks and notes listed in the module's docstring; a text with none
    of them is returned as it is."""
    if "annotate" in raw:
        raw = _without_annotations(raw)
    if "<" in raw:
        raw = _TAG_LINE.sub("", raw)
    if "*[" in raw:
        raw = _ABBREVIATION.sub("", raw)
    if "[^" in raw:
        raw = _without_note_lines(raw)
    return _ATTR_LIST.sub("", raw) if "{" in raw else raw


def _without_note_lines(raw: str) -> str:
    """Each footnote definition's first line kept, the lines indented under it (and blank lines between them) not."""
    out: list[str] = []
    in_note = False
    lines = raw.split("\n")
    after = _following(lines)
    for line, nxt in zip(lines, after, strict=True):
        if _NOTE_DEF.match(line):
            in_note = True
        elif in_note and (_INDENTED.match(line) or (not line.strip() and _INDENTED.match(nxt))):
            continue
        elif line.strip():
            in_note = False
        out.append(line)
    return "\n".join(out)


def _following(lines: list[str]) -> list[str]:
    """For each line, the next line after it with words ("" after the last)."""
    after = [""] * len(lines)
    for i in range(len(lines) - 2, -1, -1):
        after[i] = lines[i + 1] if lines[i + 1].strip() else after[i + 1]
    return after


def _without_annotations(raw: str) -> str:
    """Each annotated div's markers that have a note, and its notes' list, gone; the div's lines are left (a tag
    line has no words). A div whose "</div>" is not within :data:`MAX_LINES` lines is left as it is."""
    lines = raw.split("\n")
    following = _following(lines)
    closing = [len(lines)] * (len(lines) + 1)  # the first "</div>" line at or after each line
    for i in range(len(lines) - 1, -1, -1):
        closing[i] = i if _CLOSE.match(lines[i]) else closing[i + 1]
    out: list[str] = []
    i = 0
    while i < len(lines):
        end = closing[i + 1]
        if not _ANNOTATED.match(lines[i]) or end >= len(lines) or end - i > MAX_LINES:
            out.append(lines[i])
            i += 1
            continue
        notes, after = _notes_after(lines, following, end + 1)
        out += [lines[i], *(_unmarked(x, notes) for x in lines[i + 1:end]), lines[end]]
        i = end + 1 + after
    return "\n".join(out)


def _unmarked(line: str, notes: int) -> str:
    """The line without its markers of notes 1 to ``notes``."""
    return _MARKER.sub(lambda k: "" if 1 <= int(k[1]) <= notes else k[0], line)


def _notes_after(lines: list[str], following: list[str], start: int) -> tuple[int, int]:
    """The number of items of the ordered list at line ``start`` (blank lines before it allowed) and the number of
    lines it takes, up to :data:`MAX_LINES`: its items start at the margin, and their further lines are indented."""
    notes = taken = 0
    for line, nxt in zip(lines[start:start + MAX_LINES], following[start:start + MAX_LINES], strict=True):
        if _NOTE_ITEM.match(line):
            notes += 1
        elif _ends_notes(line, nxt, notes):
            break
        taken += 1
    return notes, taken if notes else 0


def _ends_notes(line: str, nxt: str, notes: int) -> bool:
    """A line with words that is no note's further line (or any, before the first note), or a blank line after
    which no note goes on: the notes' list has ended."""
    if line.strip():
        return notes == 0 or not _INDENTED.match(line)
    return bool(notes) and not (_INDENTED.match(nxt) or _NOTE_ITEM.match(nxt))
