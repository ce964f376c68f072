"""Another document quoted in a displayed block inside a report that numbers its own paragraphs: set aside.

Select committees' reports, inspectorates' and regulators' reports, councils' reports and letters number their own
paragraphs at the margin ("12.", "3.4") and quote other documents at length after a lead-in ("The review's central
finding was stated plainly:"): a block set in from the text's left edge and short of its right edge, in type smaller
than the body's. The block is the other document's words, not the host's: where its paragraphs print their numbers
("4.2 The named nurse ..."), those name the other document's paragraphs (cited as this report's, "¶4.2" names a
paragraph it does not have), and its text is no part of the host paragraph around it, which goes on after the block,
unnumbered, at the text's edge. Each such block's lines are marked ``aside``: a block of its own
(:func:`.blocks.lines_to_blocks`) that :func:`..passages.cut_passages` keeps as a passage of its own, without a
number, while the host's paragraph goes on after it.

Read only where the report numbers its own paragraphs: at least LEAST_NUMBERED lines in the body's size open with a
paragraph number ("12.", "3.4") and a sentence's words, at or left of the text's edge (hanging in the margin or
typed at the edge), the numbers moving forward. A document without numbered paragraphs of its own (an article whose
only numbered paragraphs are the review's it quotes) is left to :mod:`.displayed_quotes`, and a block under a
lead-in that names the paragraph it quotes ("Paragraph 4.2 of the review says:", a letter replying to a review) to
:mod:`.quoted_paragraphs`, which reads it as that paragraph. A quotation is a run of at least MIN_LINES lines, the
last ending a sentence, in one size at least SMALLER below the body's, each set in at least LEFT_IN from the body's
left edge and ending at least RIGHT_IN short of its right edge, straight after the host's lead-in: a line of its
text ending with a colon (on the page before, if the block opens a page); it runs on over a page break past the
notes at the page's foot (in smaller type still). Not a quotation: footnotes (they start at the margin), text at the
body's size (a report's own sub-paragraphs or lists set in), small print run out to the right edge, a table's rows,
a box already set aside, a bulleted list, small print that does not end a sentence (a small table's rows, a contents
list), or small print under no lead-in (a box's text under its title, a contents page, a caption's lines).
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections import Counter

from ..clean import Line
from .common import BULLET_RE, SENTENCE_CLOSED, body_size
from .quoted_paragraphs import LEAD_IN

# a paragraph's number before a sentence: "12. The ...", "3.4 The ...", "3.4. The ..."
_NUMBERED = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3}){1,3}\.?|\d{1,3}[.)])\s+(?=[\"“‘(]?[A-Z])")
LEAST_NUMBERED = 4  # the host's numbered paragraphs at least
FORWARD = 0.75  # share of the host's numbers that move on from the one before at least
PROSE_WORDS = 6  # words after the number on a numbered paragraph's first line at least
BODY_SIZE = 0.3  # points a line's size may differ from the body's and be body text (less than SMALLER)
SMALLER = 0.5  # points a quotation's type is smaller than the body's at least
SAME_SIZE = 0.4  # points two lines of one quotation may differ in size
SAME_EDGE = 2.0  # points a number may stand right of the text's edge and still be at it
LEFT_IN = 6.0  # points a quotation's lines stand right of the body's left edge at least
RIGHT_IN = 6.0  # points a quotation's lines stop short of the body's right edge at least
MIN_LINES = 2  # lines of a displayed quotation at least
MOST_LINES = 400  # lines of one displayed quotation at most
MOST_SKIPPED = 12  # lines of notes passed over between a quotation's last line on a page and the next page
LEAD_LINES = 3  # lines of the host's text read back for a lead-in that names the paragraph it quotes
LONG = 30  # characters of a body line counted for the right edge (a short last line stops anywhere)
EDGE_LINES = 5  # body lines that show a column's edges on its page (else the column's on every page)
RIGHT_SHARE = 0.9  # the right edge: the end this share of long body lines reach no further than



class _Edges:
    """The body text's left edge (where most body lines start) and right edge (where nearly all long ones end, ragged
    or justified) in each column, on its page or, where its page holds too few, on every page."""

    def __init__(self, lines: list[Line], body: float) -> None:
        starts: dict[tuple[int, int], list[float]] = {}
        ends: dict[tuple[int, int], list[float]] = {}
        for ln in lines:
            if abs(ln.size - body) < BODY_SIZE and not ln.row and not ln.aside:
                for key in ((ln.page, ln.column), (0, ln.column)):
                    starts.setdefault(key, []).append(round(ln.x0))
                    if len(ln.text) > LONG:
                        ends.setdefault(key, []).append(ln.x1)
        self.left = {k: float(Counter(v).most_common(1)[0][0]) for k, v in starts.items() if len(v) >= EDGE_LINES}
        self.right = {k: sorted(v)[int(RIGHT_SHARE * (len(v) - 1))] for k, v in ends.items() if len(v) >= EDGE_LINES}

    def of(self, ln: Line) -> tuple[float, float] | None:
        here, anywhere = (ln.page, ln.column), (0, ln.column)
        left, right = self.left.get(here, self.left.get(anywhere)), self.right.get(here, self.right.get(anywhere))
        return None if left is None or right is None else (left, right)


def _key(number: str) -> tuple[int, ...]:
    return tuple(int(p) for p in number.rstrip(".)").split("."))


def _forward_share(keys: list[tuple[int, ...]]) -> float:
    pairs = list(itertools.pairwise(keys))
    return sum(b > a for a, b in pairs) / len(pairs) if pairs else 0.0


def _numbers_own_paragraphs(lines: list[Line], body: float, edges: _Edges) -> bool:
    """The report numbers its own paragraphs: body-size lines open with a number and a sentence at or left of the
    text's edge, enough of them, moving forward."""
    keys = []
    for ln in lines:
        m = _NUMBERED.match(ln.text)
        got = edges.of(ln)
        if m and got and abs(ln.size - body) < BODY_SIZE and not ln.row and not ln.aside \
                and ln.x0 <= got[0] + SAME_EDGE and len(ln.text[m.end():].split()) >= PROSE_WORDS:
            keys.append(_key(m[0].strip()))
    return len(keys) >= LEAST_NUMBERED and _forward_share(keys) >= FORWARD


def _set_in(ln: Line, size: float, body: float, edges: _Edges) -> bool:
    """A line set like a displayed quotation's in ``size``: smaller than the body, in from both of its edges."""
    got = edges.of(ln)
    return got is not None and not ln.row and not ln.aside and ln.size <= body - SMALLER \
        and abs(ln.size - size) <= SAME_SIZE and ln.x0 >= got[0] + LEFT_IN and ln.x1 <= got[1] - RIGHT_IN


def _next(lines: list[Line], j: int, prev: Line, size: float) -> int | None:
    """The index of the line that goes on from ``prev`` in the same block: close under it, or at the head of the next
    page past the notes at this page's foot (smaller type); None where nothing does."""
    if j >= len(lines):
        return None
    ln = lines[j]
    if ln.page == prev.page:
        if ln.column == prev.column and 0 < ln.top - prev.top <= 2.5 * max(prev.size, 1.0):
            return j
        for k in range(j, min(j + MOST_SKIPPED, len(lines))):
            if lines[k].page != prev.page:
                return k if lines[k].page == prev.page + 1 else None
            if lines[k].size > size - SAME_SIZE:
                return None
        return None
    return j if ln.page == prev.page + 1 else None


def _lead_in(lines: list[Line], i: int, body: float) -> int | None:
    """The index of the host's line before line ``i`` (past the notes at the foot of the page before): the lead-in,
    where it is the host's text and ends with a colon; None where it is not."""
    k = i - 1
    while k >= 0 and lines[k].page == lines[i].page - 1 and lines[k].size < lines[i].size - SAME_SIZE \
            and i - k <= MOST_SKIPPED:
        k -= 1
    if k < 0 or lines[k].row or lines[k].aside or abs(lines[k].size - body) >= BODY_SIZE \
            or not lines[k].text.rstrip().endswith(":"):
        return None
    same_page = lines[k].page == lines[i].page and lines[k].column == lines[i].column
    return k if (same_page and 0 < lines[i].top - lines[k].top <= 3.0 * body) \
        or lines[k].page == lines[i].page - 1 else None


def _names_its_paragraph(lines: list[Line], k: int) -> bool:
    """The lead-in ending on line ``k`` names the paragraph it quotes ("Paragraph 4.2 of the review says:"): the
    block is that paragraph (:mod:`.quoted_paragraphs`), as a letter replying to a review quotes it."""
    start = k
    while start > 0 and k - start < LEAD_LINES - 1 and lines[start - 1].page == lines[k].page:
        start -= 1
    return LEAD_IN.search(" ".join(ln.text.strip() for ln in lines[start:k + 1])) is not None


def _run(lines: list[Line], i: int, body: float, edges: _Edges) -> list[int]:
    """The indices of the displayed quotation opening on line ``i``, or []."""
    first = lines[i]
    lead = _lead_in(lines, i, body) if _set_in(first, first.size, body, edges) else None
    if lead is None or BULLET_RE.match(first.text) or _names_its_paragraph(lines, lead):
        return []
    run = [i]
    while len(run) < MOST_LINES and (k := _next(lines, run[-1] + 1, lines[run[-1]], first.size)) is not None \
            and _set_in(lines[k], first.size, body, edges):
        run.append(k)
    return run if len(run) >= MIN_LINES and SENTENCE_CLOSED.search(lines[run[-1]].text.rstrip()) else []


def quotations_set_aside(pages: list[list[Line]]) -> list[list[Line]]:
    """The pages with every line of a displayed quotation inside a report's own numbered paragraphs marked
    ``aside``; as they were where the report numbers no paragraphs of its own or quotes nothing so."""
    lines = [ln for p in pages for ln in p]
    body = body_size(lines)
    edges = _Edges(lines, body)
    if not _numbers_own_paragraphs(lines, body, edges):
        return pages
    quoted: set[int] = set()
    i = 0
    while i < len(lines):
        run = _run(lines, i, body, edges) if lines[i].size <= body - SMALLER else []
        quoted.update(id(lines[k]) for k in run)
        i = run[-1] + 1 if run else i + 1
    if not quoted:
        return pages
    return [[dataclasses.replace(ln, aside=True) if id(ln) in quoted else ln for ln in p] for p in pages]


__all__ = ["quotations_set_aside"]
