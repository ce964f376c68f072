"""A session plan's run sheet: a ruled table timed down its first column, read item by item.

A facilitator's guide to a learning event, a training day's programme or a briefing's session plan sets its running
order in a ruled table (Time | What happens | Slides and resources): the first column holds clock times ("09.40",
"10:25", "2.15pm", "10.00-10.25"), often with a duration under them ("(20 mins)"), and the next the session's own
words (a row's title, the facilitator's run-in cues "SAY:", "ASK:", "READ ALOUD:") with the report's paragraphs
quoted among them under their own numbers. Read as a table of prose (:mod:`.pdf_tables`), a row is one line that
opens with its time, which reads as a paragraph number ("10.25"), and a quoted paragraph takes the cues after it
for its text. So a table whose first column counts clock times up (at least two, or one in a table going on from a
run sheet that ran to the foot of the page before) and shows they are times (a duration, "am" or "pm", or a colon
or an hour's leading zero where some minutes are no month's number: "09.40", never the date "03.05"; never "1.10")
is read cell by cell and line by line instead. A line that opens with a paragraph number and a capital starts a
quoted paragraph (a row of its own, the report's text); one that opens with a run-in label and its colon (in
capitals, or in bold: "SAY:") starts a cue, and one wholly in bold after plain ones a title; every other line goes
with the item before it, and so does any line after one that stopped mid-sentence ("Look again at 2.2 and" / "2.3
with the group"). The time and a cell's lines before its first item (the row's title, the resources), the cues and
the titles are the session's, no paragraph's text: ``aside`` lines, each a passage of its own. The captions' row
(first, its first cell no time) is dropped on every page; a row a page break cut (no time of its own) goes on where
it was cut: its cell's first lines end the item that ended the page before, when that stopped mid-sentence or they
go on in lower case.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass
from typing import Any

from ..clean import Line, normalise_text
from ..hyphens import join_lines
from .common import PARA_START_RE, TERMINAL, font_flags

Box = tuple[float, float, float, float]
_TIME = r"(?:[01]?\d|2[0-3])[.:][0-5]\d(?:\s*[ap]\.?m\.?)?"
_DURATION = r"\(?\d{1,3}(?:\.\d)?\s*(?:mins?|minutes|hrs?|hours?)\.?\)?"
TIME_CELL = re.compile(rf"({_TIME})(?:\s*[-–—]\s*{_TIME})?(?:\s+{_DURATION}){{0,2}}", re.IGNORECASE)
_SAID = re.compile(rf"\d\s*[ap]\.?m\b|{_DURATION}", re.IGNORECASE)  # "2.15pm", "(20 mins)": a time
_WRITTEN = re.compile(r"^0\d|^\d{1,2}:")  # "09.40", "9:40": a time, or a day and month ("03.05"; not "09.40")
MIN_TIMES = 2
_CUE = re.compile(r"^[A-Z][A-Z'’&/ -]{0,29}:")  # "SAY:", "READ ALOUD:"
_CUE_GLUED = re.compile(r"^([A-Z][A-Z'’&/ -]{0,29}:)(?=[A-Za-z\"“‘])")  # a cue set against its text
_LABEL = re.compile(r"^([A-Z][^:]{0,29}):")  # a run-in label in bold: "Facilitator note:"
_QUOTED = re.compile(rf"(?:{PARA_START_RE.pattern[1:]})[\"“‘'(]?[A-Z]")  # "2.3 The ...", never "2.3 with ..."
CAPTION_WORDS = 12
MAX_ROWS = 200  # rows of one page's table read so


@dataclass
class RunSheet:
    """A run sheet's rows on one page: each row's cells' boxes (the time's first; None for a merged cell)."""

    rows: list[list[Box | None]]


def _minutes(time: str) -> int:
    hours, minutes = (int(x) for x in re.split(r"[.:]", re.sub(r"[^\d.:]", "", time))[:2])
    return hours * 60 + minutes + (720 if re.search(r"p\.?m", time, re.IGNORECASE) and hours < 12 else 0)


def _counts_up(times: list[str]) -> bool:
    """Clock times in order; an hour from 1 to 7 after a later one, written without a leading zero, is after noon
    ("11.45", "1.30")."""
    last = -1
    for t in times:
        value = _minutes(t)
        value += 720 if value <= last and 60 <= value < 480 and not t.startswith("0") else 0
        if value <= last:
            return False
        last = value
    return True


def run_sheet(table: Any, rows: list[list[str]], carried: bool) -> RunSheet | None:
    """The run sheet a pdfplumber ``table`` (its cells' texts ``rows``) is, or None. ``carried``: a run sheet ran
    to the foot of the page before, so a table opening this page may go on with fewer times."""
    if len(rows) < 2 or len(rows) > MAX_ROWS or min(len(r) for r in rows) < 2:
        return None
    firsts = [(k, r[0]) for k, r in enumerate(rows) if r[0]]
    times = [(m[1], c) for _, c in firsts if (m := TIME_CELL.fullmatch(c))]
    others = [k for k, c in firsts if not TIME_CELL.fullmatch(c)]  # only the captions' row may hold no time
    if len(times) < (1 if carried else MIN_TIMES) or others not in ([], [0]) or not _counts_up([t for t, _ in times]):
        return None
    if not carried and not _clock(times):
        return None
    return RunSheet([list(r.cells) for r in table.rows])


def _clock(times: list[tuple[str, str]]) -> bool:
    """The first column's cells are times, not paragraph numbers ("1.10") nor days and months ("03.05")."""
    if any(_SAID.search(c) for _, c in times):
        return True
    dates = all(1 <= int(re.split(r"[.:]", t)[1][:2]) <= 12 for t, _ in times)
    return not dates and any(_WRITTEN.match(t) for t, _ in times)


def _lines(page: Any, box: Box | None) -> list[dict]:
    if box is None:
        return []
    return page.within_bbox(box).extract_text_lines(strip=True, return_chars=True)


def _text(line: dict) -> str:
    return _CUE_GLUED.sub(r"\1 ", normalise_text(line["text"]))  # "SAY:Welcome" reads "SAY: Welcome"


def _label_bold(line: dict) -> bool:
    """The line opens with a run-in label and its colon in bold ("Note:" then plain text)."""
    m = _LABEL.match(line["text"])
    if not m or len(m[1].split()) > 4:
        return False
    inked = [c for c in line["chars"] if c["text"].strip()][:len(m[1].replace(" ", "")) + 1]
    return font_flags(inked)[0] and not _bold(line)


def _opens(line: dict, last: tuple[str, list[dict]] | None) -> str | None:
    """The item the line starts ("quote", "cue", "title": a bold line after plain ones), or None where it goes on
    with the one before."""
    text = normalise_text(line["text"])
    if last is not None and last[0] in ("quote", "cue") and not TERMINAL.search(_text(last[1][-1])):
        return None  # a sentence wrapped: "Look again at 2.2 and" / "2.3 with the group"
    if _QUOTED.match(text):
        return "quote"
    if _CUE.match(text) or _label_bold(line):
        return "cue"
    return "title" if last is not None and _bold(line) and not _bold(last[1][-1]) else None


def _bold(line: dict) -> bool:
    return font_flags([c for c in line["chars"] if c["text"].strip()])[0]


def cell_items(lines: list[dict]) -> list[tuple[str, list[dict]]]:
    """A cell's lines as items: ("lead", lines) before the first item, then ("quote" | "cue" | "title", lines)."""
    items: list[tuple[str, list[dict]]] = []
    for line in lines:
        kind = _opens(line, items[-1] if items and items[-1][0] != "lead" else None)
        if kind is None and items:
            items[-1][1].append(line)
        else:
            items.append((kind or "lead", [line]))
    return items


def _joined(lines: list[dict]) -> str:
    out = ""
    for line in lines:
        out = join_lines(out, _text(line)) if out else _text(line)
    return out


def _line(lines: list[dict], text: str, pno: int, page: Any, aside: bool, top: float | None = None) -> Line:
    sizes = [float(c["size"]) for ln in lines for c in ln["chars"] if c["text"].strip()]
    return Line(text=text, page=pno, top=lines[0]["top"] if top is None else top,
                bottom=max(ln["bottom"] for ln in lines),
                x0=min(ln["x0"] for ln in lines), x1=max(ln["x1"] for ln in lines),
                size=round(statistics.median(sizes), 1) if sizes else 0.0, page_height=float(page.height),
                page_width=float(page.width), row=True, aside=aside)


def _caption(cells: list[list[dict]]) -> bool:
    """The columns' captions: a short row with no sentence, its first cell filled ("Time")."""
    text = " ".join(ln["text"] for c in cells for ln in c)
    return bool(cells[0]) and not TIME_CELL.match(text) and len(text.split()) <= CAPTION_WORDS \
        and not re.search(r"[.!?]$", text)


@dataclass
class SheetCarry:
    """The item a page break cut: its line and the column of its cell."""

    line: Line | None = None
    column: int = 0


def sheet_lines(sheet: RunSheet, page: Any, pno: int, carry: SheetCarry, going_on: bool) -> list[Line]:
    """The run sheet's lines on page ``pno``: per row, the session's lead (an aside), then its cells' items. A first
    row with no time, where the table goes on from the page before, ends the item ``carry`` holds."""
    out: list[Line] = []
    first = True  # the first row under the captions: it may go on from the page before
    for k, boxes in enumerate(sheet.rows):
        cells = [_lines(page, b) for b in boxes]
        if k == 0 and _caption(cells):
            continue  # the columns' captions, on every page
        lead: list[str] = [_joined(cells[0])] if cells[0] else []
        items: list[Line] = []
        for col, lines in enumerate(cells[1:], start=1):
            found = cell_items(lines)
            if found and found[0][0] == "lead":
                text = _joined(found[0][1])
                held = carry.line if first and going_on and not cells[0] and carry.column == col else None
                if held is not None and (not TERMINAL.search(held.text) or text[:1].islower()):
                    held.text = join_lines(held.text, text)
                else:
                    lead.append(text)
                found = found[1:]
            for kind, item in found:
                items.append(_line(item, _joined(item), pno, page, kind != "quote"))
                carry.line, carry.column = items[-1], col
        first = False
        if lead:
            top = min(b[1] for b in boxes if b is not None)
            out.append(_line([ln for c in cells for ln in c], " | ".join(lead), pno, page, True, top))
        out += items
    return out
