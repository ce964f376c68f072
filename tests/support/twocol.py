"""An ENTIRELY FICTIONAL practice review laid out in two (or three) columns, for the multi-column PDF
reader (index/ingest/parse/columns.py; tests/test_columns.py). Every place, person and agency is invented.

:func:`write_review` draws the PDF line by line with reportlab's canvas, so the layout is exactly known:

* page 1: the title page in one column (title, ``FICTION_LABEL``, publisher) and a full-width section
  "1 Introduction" with paragraphs 1.1 and 1.2;
* then sections whose headings span all the columns, their numbered paragraphs ("2.1", "3.4", ...)
  flowed down the columns, justified, and balanced above the next heading; paragraphs run on from the
  foot of one column to the head of the next and from one page to the next;
* a running header (two lines: the review's short title and a rule) and a "Page N" footer on every
  page but the first; a footnote (small print under a short rule) at the foot of page 2;
* a pull quote (one of the paragraph's own sentences again, in larger italics between two rules) and a
  sidebar (a shaded panel with a bold title and smaller text of its own), each set inside a column in
  the middle of a paragraph, which reads on below them.

It returns the paragraphs as typed (label and text) with the page on which each starts, the texts of the
asides, headings, header, footer and footnote, and what the layout did (which paragraphs crossed a
column or a page break, and whether the asides really interrupted a paragraph), so that the tests can
check that the document exercises what they claim. Output is byte-for-byte deterministic.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .devset_render import FICTION_LABEL

TITLE = "Elmbridge Vale Practice Review: Child R"
SHORT_TITLE = "Elmbridge Vale Practice Review (fictional) – Child R"
PUBLISHER = "Elmbridge Vale Safeguarding Children Partnership (fictional), 2024"
FOOTNOTE = ("1 A fictional footnote: the dates and agencies in this review are invented for software "
            "testing and refer to no real child or service.")
SIDEBAR_TITLE = "Case note (fictional)"
SIDEBAR_TEXT = ("The nursery referral of June 2019 was logged twice under two spellings of the family name, "
                "so two teams each believed the other held the case.")

_SUBJECTS = ["The panel", "Children's social care", "The school nurse", "The health visitor",
             "Police officers", "The GP practice", "The independent reviewer", "Early help workers",
             "The housing provider", "The youth offending team", "The nursery manager"]
_ACTIONS = ["recorded concerns about", "did not share what they knew about", "met the family to discuss",
            "escalated their worries about", "reviewed the plan for", "underestimated the weight of",
            "asked for specialist advice on", "wrote to the partnership about", "tried to follow up"]
_OBJECTS = ["the child's repeated absences from school", "the unexplained bruising seen in March",
            "the mother's own need for support", "the lack of a single shared chronology",
            "the family's frequent changes of address", "the referral made by the nursery",
            "the older brother's contact with the police", "the missed health appointments",
            "the father's return to the household", "the strategy discussion held in October",
            "the closure of the early help plan", "the outcome of the child protection conference",
            "the overcrowded flat on Mill Lane"]
_TAILS = [" in the spring of 2019.", ", but nothing changed as a result.", " and the case was closed too soon.",
          "; the records do not show why.", " when the family moved to the estate.",
          " without speaking to Child R directly.", ", which the panel found understandable at the time.",
          " and the decision was not revisited.", " although the agencies involved disagreed."]


def _sentences() -> list[str]:
    out, seen = [], set()
    for i in itertools.count():
        s = (f"{_SUBJECTS[i % len(_SUBJECTS)]} {_ACTIONS[(3 * i + i // 7) % len(_ACTIONS)]} "
             f"{_OBJECTS[(5 * i + 1) % len(_OBJECTS)]}{_TAILS[(7 * i + i // 5) % len(_TAILS)]}")
        if s not in seen:
            seen.add(s)
            out.append(s)
        if len(out) >= 400:
            return out
    return out


# (section heading, paragraph sentence counts); section 1 is set full width on the title page
_SECTIONS: list[tuple[str, list[int]]] = [
    ("1 Introduction", [3, 4]),
    ("2 Background to the review", [5, 7, 4, 6]),
    ("3 What the panel found", [8, 6, 9, 5, 7, 8, 6, 9, 7]),
    ("4 Findings and learning", [6, 8, 5, 7, 9, 6]),
    ("5 Recommendations for the partnership", [4, 5, 6]),
]
_PULL_AT = ("3.1", 3)  # the pull quote goes after this paragraph's 3rd line (or the next mid-sentence one)
_SIDEBAR_AT = ("3.5", 3)  # the sidebar likewise


@dataclass
class Paragraph:
    label: str
    text: str  # as typed, label included: "3.1 The panel ..."
    page: int = 0
    columns: set[tuple[int, int]] = field(default_factory=set)  # (page, column) it has lines in
    # where it runs on: ("column" | "page" | "aside", the line before the break ends a sentence)
    breaks: list[tuple[str, bool]] = field(default_factory=list)


@dataclass
class Review:
    path: Path
    columns: int
    paragraphs: list[Paragraph]
    headings: list[str]
    pages: int = 0
    header: str = SHORT_TITLE
    footnote: str = FOOTNOTE
    pull_quote: str = ""  # a sentence of the paragraph it is set in, in quotation marks
    sidebar: tuple[str, str] = (SIDEBAR_TITLE, SIDEBAR_TEXT)
    interrupted: dict[str, bool] = field(default_factory=dict)  # aside → set inside one paragraph's lines

    def crossing(self, kind: str, sentence_end: bool | None = None) -> list[str]:
        """Paragraphs that run on across a break of this kind ("column", "page" or "aside"); with
        ``sentence_end``, only where the line before the break does (not) end a sentence."""
        return [p.label for p in self.paragraphs
                if any(k == kind and sentence_end in (None, end) for k, end in p.breaks)]


@dataclass
class _Slot:
    height: float
    kind: str  # "line" | "space" | "aside"
    para: Paragraph | None = None
    text: str = ""
    last: bool = False  # a paragraph's last line (not justified)
    draw: Callable[[Any, float, float, float], None] | None = None  # aside: (canvas, x, top, width)
    name: str = ""


_SENTENCE_END = re.compile(r"[.!?][\"”’)]?$")


def _mid_sentence(lines: list[_Slot], k: int) -> int:
    """The first place at or after line k where inserting an aside interrupts a sentence."""
    while k < len(lines) - 1 and _SENTENCE_END.search(lines[k - 1].text):
        k += 1
    return k


def write_review(path: Path, columns: int = 2) -> Review:
    from reportlab.lib.colors import Color
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    width, height = A4
    left = right = 56.0
    top_y, bottom_y = 80.0, height - 72.0  # body area, measured down from the top edge
    footnote_room = 34.0
    gutter = 20.0
    full = width - left - right
    colw = (full - (columns - 1) * gutter) / columns
    body_font, size, leading = "Times-Roman", 10.0, 13.0
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(TITLE)
    c.setAuthor(PUBLISHER)
    c.setSubject(FICTION_LABEL)

    sentences = iter(_sentences())
    paras: list[Paragraph] = []
    sections: list[tuple[str, list[Paragraph]]] = []
    for heading, counts in _SECTIONS:
        number = heading.split()[0]
        items = []
        for k, n in enumerate(counts, start=1):
            label = f"{number}.{k}"
            said = [next(sentences) for _ in range(n)]
            items.append(Paragraph(label, f"{label} " + " ".join(said)))
            if label == _PULL_AT[0]:
                quote = f"“{said[1]}”"
        paras += items
        sections.append((heading, items))
    review = Review(path=path, columns=columns, paragraphs=paras, headings=[h for h, _ in _SECTIONS],
                    pull_quote=quote)

    state = {"page": 1, "y": 0.0}
    lines_drawn: dict[str, tuple[int, int, str]] = {}  # paragraph → (page, column, text) of its last line
    interrupted_by: dict[tuple[int, int], str] = {}  # (page, column) → paragraph an aside just cut into

    def y_pdf(y_top: float) -> float:
        return height - y_top

    def draw_line(text: str, x: float, baseline: float, w: float, font: str, fs: float, justify: bool) -> None:
        t = c.beginText()
        t.setTextOrigin(x, y_pdf(baseline))
        t.setFont(font, fs)
        spaces = text.count(" ")
        # the word spacing is part of the text state, which outlives the text object: always set it
        t.setWordSpace((w - stringWidth(text, font, fs)) / spaces if justify and spaces else 0)
        t.textOut(text)
        c.drawText(t)

    def decorate() -> None:
        page = state["page"]
        if page > 1:
            c.setFont("Helvetica", 8)
            c.drawString(left, y_pdf(40), SHORT_TITLE)
            c.setLineWidth(0.5)
            c.line(left, y_pdf(46), width - right, y_pdf(46))
        if page > 1:
            c.setFont("Helvetica", 8)
            c.drawCentredString(width / 2, 30, f"Page {page}")
        if page == 2:
            c.setLineWidth(0.5)
            c.line(left, y_pdf(bottom_y - 4), left + 110, y_pdf(bottom_y - 4))
            for k, ln in enumerate(simpleSplit(FOOTNOTE, "Helvetica", 7.5, full)):
                c.drawString(left, y_pdf(bottom_y + 6 + 9 * k), ln)

    def new_page() -> None:
        decorate()
        c.showPage()
        state["page"] += 1
        state["y"] = top_y

    def limit() -> float:
        return bottom_y - (footnote_room if state["page"] == 2 else 0.0)

    def heading(text: str, space_before: float = 14.0) -> None:
        if state["y"] + space_before + 22 + 4 * leading > limit():
            new_page()
        elif state["y"] > top_y:
            state["y"] += space_before
        draw_line(text, left, state["y"] + 13, full, "Helvetica-Bold", 13.0, False)
        state["y"] += 22

    def para_slots(p: Paragraph, w: float) -> list[_Slot]:
        lines = simpleSplit(p.text, body_font, size, w)
        return [_Slot(leading, "line", p, ln, last=(k == len(lines) - 1)) for k, ln in enumerate(lines)]

    def full_width(p: Paragraph) -> None:
        for s in para_slots(p, full):
            if state["y"] + leading > limit():
                new_page()
            p.page = p.page or state["page"]
            p.columns.add((state["page"], 0))
            draw_line(s.text, left, state["y"] + size, full, body_font, size, not s.last)
            state["y"] += s.height
        state["y"] += 5

    def pull_quote() -> _Slot:
        lines = simpleSplit(quote, "Helvetica-Oblique", 13.0, colw - 16)

        def draw(cv: Any, x: float, top: float, w: float) -> None:
            cv.setLineWidth(1)
            cv.line(x, y_pdf(top + 4), x + w, y_pdf(top + 4))
            for k, ln in enumerate(lines):
                draw_line(ln, x + 8, top + 22 + 16 * k, w - 16, "Helvetica-Oblique", 13.0, False)
            cv.line(x, y_pdf(top + 12 + 16 * len(lines)), x + w, y_pdf(top + 12 + 16 * len(lines)))

        return _Slot(20 + 16 * len(lines), "aside", draw=draw, name="pull quote")

    def sidebar() -> _Slot:
        lines = simpleSplit(SIDEBAR_TEXT, "Helvetica", 9.0, colw - 16)
        box = 14 + 13 + 11.5 * len(lines) + 6

        def draw(cv: Any, x: float, top: float, w: float) -> None:
            cv.setFillColor(Color(0.88, 0.92, 0.95))
            cv.rect(x, y_pdf(top + 4 + box), w, box, fill=1, stroke=0)
            cv.setFillColor(Color(0, 0, 0))
            draw_line(SIDEBAR_TITLE, x + 8, top + 4 + 16, w, "Helvetica-Bold", 9.5, False)
            for k, ln in enumerate(lines):
                draw_line(ln, x + 8, top + 4 + 29 + 11.5 * k, w - 16, "Helvetica", 9.0, False)

        return _Slot(box + 10, "aside", draw=draw, name="sidebar")

    def fill(slots: list[_Slot], cap: float) -> tuple[list[list[_Slot]], int]:
        """Greedy fill of the columns up to height ``cap``: the columns, and how many slots went in."""
        cols: list[list[_Slot]] = [[]]
        used = 0.0
        k = 0
        while k < len(slots):
            s = slots[k]
            if s.kind == "space" and not cols[-1]:
                k += 1
                continue
            if used + s.height > cap:
                if len(cols) == columns:
                    break
                cols.append([])
                used = 0.0
                continue
            cols[-1].append(s)
            used += s.height
            k += 1
        return cols, k

    def flow(slots: list[_Slot]) -> None:
        while slots:
            avail = limit() - state["y"]
            if avail < 4 * leading:
                new_page()
                continue
            cols, taken = fill(slots, avail)
            if taken == len(slots):  # all fits: balance the columns above what follows
                cap = max(leading, sum(s.height for s in slots if s.kind != "space") / columns - leading)
                while True:
                    cols, taken = fill(slots, cap)
                    if taken == len(slots):
                        break
                    cap += 1.0
            drawn_to = state["y"]
            for ci, col in enumerate(cols):
                x = left + ci * (colw + gutter)
                y = state["y"]
                for pos, s in enumerate(col):
                    if s.kind == "line":
                        assert s.para is not None
                        where = (state["page"], ci)
                        seen = lines_drawn.get(s.para.label)
                        if seen is not None:
                            kind = "page" if seen[0] != where[0] else "column" if seen[1] != where[1] else \
                                "aside" if interrupted_by.get(where) == s.para.label else None
                            if kind:
                                s.para.breaks.append((kind, bool(_SENTENCE_END.search(seen[2]))))
                        lines_drawn[s.para.label] = (*where, s.text)
                        interrupted_by.pop(where, None)
                        s.para.page = s.para.page or state["page"]
                        s.para.columns.add((state["page"], ci))
                        draw_line(s.text, x, y + size, colw, body_font, size, not s.last)
                    elif s.kind == "aside":
                        assert s.draw is not None
                        s.draw(c, x, y, colw)
                        prev = col[pos - 1] if pos else None
                        nxt = col[pos + 1] if pos + 1 < len(col) else None
                        review.interrupted[s.name] = bool(prev and nxt and prev.para is not None
                                                          and prev.para is nxt.para)
                        if prev is not None and prev.para is not None:
                            interrupted_by[(state["page"], ci)] = prev.para.label
                    y += s.height
                drawn_to = max(drawn_to, y)
            slots = slots[taken:]
            state["y"] = drawn_to
            if slots:
                new_page()

    # ---- page 1: title page, one column
    state["y"] = 150.0
    draw_line(TITLE, left, state["y"], full, "Helvetica-Bold", 22.0, False)
    state["y"] += 40
    for text, font in ((FICTION_LABEL, "Helvetica-Bold"), (PUBLISHER, "Helvetica")):
        draw_line(text, left, state["y"], full, font, 11.0, False)
        state["y"] += 18
    state["y"] += 30
    first_heading, first_paras = sections[0]
    heading(first_heading)
    for p in first_paras:
        full_width(p)
    new_page()
    # ---- the column sections
    for name, items in sections[1:]:
        heading(name)
        slots: list[_Slot] = []
        for p in items:
            lines = para_slots(p, colw)
            for at, aside in ((_PULL_AT, pull_quote), (_SIDEBAR_AT, sidebar)):
                if p.label == at[0]:
                    lines.insert(_mid_sentence(lines, at[1]), aside())
            slots += [*lines, _Slot(5.0, "space")]
        flow(slots)
    decorate()
    c.showPage()
    c.save()
    review.pages = state["page"]
    return review
