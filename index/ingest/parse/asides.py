"""Pull quotes and sidebars in a column band, and the band's reading order around them (for :mod:`.columns`).

In a band, a pull quote (a run of lines in a larger size that is set in italics, opens with a quotation
mark, is framed by rules, or interrupts a sentence; not bold, unless it interrupts) and a sidebar (lines
inside a boxed or shaded panel that sits within one column) are taken out of the column's flow. A pull
quote that repeats the band's text (``REPEAT_SHARE`` of its words), as pull quotes do, is left out: kept,
it would duplicate a sentence, and its large type would be taken for a heading. A sidebar, or a pull
quote of words found nowhere else, is put back at the end of the paragraph it interrupts (the first
paragraph boundary after it in the band's reading order, else at the band's end) as a group of its own.
The column text on either side of a removed aside goes in separate groups, so that the paragraph it cut
through is rejoined the way a paragraph running on into the next column is (``lines_to_blocks`` reads a
change of group like a page break).
"""

from __future__ import annotations

import itertools
import operator
import re
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ...types import Block
from .common import BULLET_RE, PARA_START_RE, TERMINAL, font_flags
from .gutters import SIZE_SLACK

PARA_GAP = 1.25  # line pitches: a larger step between two lines of a column is a paragraph break
REPEAT_SHARE = 0.8  # of a pull quote's words found in its band's text: it repeats the text
_QUOTE_START = re.compile(r"^[\"“‘'«]")
_SIZE = operator.itemgetter("size")

Rule = tuple[float, float, float]  # x0, x1, y (top) of a horizontal rule
Rect = tuple[float, float, float, float]  # x0, top, x1, bottom


@dataclass(frozen=True)
class TextLine:
    """What aside detection needs of one extracted line."""

    top: float
    bottom: float
    x0: float
    x1: float
    size: float
    text: str
    bold: bool = False
    italic: bool = False


def text_line(raw: dict) -> TextLine:
    """A pdfplumber text line (a dict with its ``chars``) as aside detection sees it."""
    chars = [c for c in raw.get("chars", ()) if not c["text"].isspace()]
    sizes = sorted(map(_SIZE, chars))
    bold, italic = font_flags(chars)
    return TextLine(top=float(raw["top"]), bottom=float(raw["bottom"]), x0=float(raw["x0"]), x1=float(raw["x1"]),
                    size=float(sizes[len(sizes) // 2]) if sizes else 0.0, text=str(raw.get("text", "")), bold=bold,
                    italic=italic)


def repeats(aside: str, text: str) -> bool:
    """An aside (a pull quote) repeats the text around it: ``REPEAT_SHARE`` of its words are found there."""
    words, seen = _words(aside), set(_words(text))
    return len(words) >= 3 and sum(w in seen for w in words) >= REPEAT_SHARE * len(words)


def _pitch_of(col: Sequence[TextLine]) -> float:
    steps = [b.top - a.top for a, b in itertools.pairwise(col) if b.top > a.top]
    sizes = [ln.size for ln in col if ln.size]
    body = statistics.median(sizes) if sizes else 10.0
    steps = [s for s in steps if s < 4 * body]
    return statistics.median(steps) if steps else 1.2 * body


def _asides(col: Sequence[TextLine], panels: Sequence[Rect], rules: Sequence[Rule]) -> list[tuple[str, list[int]]]:
    """Runs of line indices in one column that are out of its flow: ``("sidebar", [...])`` for the
    lines in a panel, ``("quote", [...])`` for a pull quote."""
    if not col:
        return []
    x0, x1 = min(ln.x0 for ln in col), max(ln.x1 for ln in col)
    width = x1 - x0
    sizes = sorted(ln.size for ln in col)
    body = sizes[len(sizes) // 2]
    pitch = _pitch_of(col)
    boxes = [p for p in panels if p[0] >= x0 - 12 and p[2] <= x1 + 12 and p[2] - p[0] >= 0.4 * width
             and p[3] - p[1] >= 0.8 * body]

    def panel_of(ln: TextLine) -> int | None:
        cx, cy = (ln.x0 + ln.x1) / 2, (ln.top + ln.bottom) / 2
        return next((k for k, p in enumerate(boxes) if p[0] <= cx <= p[2] and p[1] <= cy <= p[3]), None)

    in_panel = [panel_of(ln) for ln in col]
    for k in set(in_panel) - {None}:  # a panel behind most of the column is a background, not a sidebar
        if in_panel.count(k) > 0.6 * len(col):
            in_panel = [None if p == k else p for p in in_panel]
    big = [in_panel[i] is None and ln.size >= body + max(1.5, 0.15 * body) for i, ln in enumerate(col)]
    out: list[tuple[str, list[int]]] = []
    i = 0
    while i < len(col):
        if in_panel[i] is not None:
            j = i
            while j + 1 < len(col) and in_panel[j + 1] == in_panel[i]:
                j += 1
            out.append(("sidebar", list(range(i, j + 1))))
            i = j + 1
            continue
        if not big[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(col) and big[j + 1]:
            j += 1
        before = next((col[k] for k in range(i - 1, -1, -1) if in_panel[k] is None), None)
        after = next((col[k] for k in range(j + 1, len(col)) if in_panel[k] is None), None)
        run = col[i:j + 1]
        interrupts = (before is not None and not TERMINAL.search(before.text)) or \
            (after is not None and after.text[:1].islower())
        lo = before.bottom if before is not None else run[0].top - 1.5 * pitch
        hi = after.top if after is not None else run[-1].bottom + 1.5 * pitch
        framed = any(r[0] < x1 and r[1] > x0 and (lo <= r[2] <= run[0].top or run[-1].bottom <= r[2] <= hi)
                     for r in rules)
        styled = all(ln.italic for ln in run) or bool(_QUOTE_START.match(run[0].text)) or framed
        if interrupts or (styled and not any(ln.bold for ln in run)):
            out.append(("quote", list(range(i, j + 1))))
        i = j + 1
    return out


def _starts_paragraph(ln: TextLine, body: float) -> bool:
    return bool(PARA_START_RE.match(ln.text) or BULLET_RE.match(ln.text)) or abs(ln.size - body) > SIZE_SLACK


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def order_band(columns: Sequence[Sequence[TextLine]], panels: Sequence[Rect] = (),
               rules: Sequence[Rule] = ()) -> list[tuple[tuple[str, int], list[tuple[int, int]]]]:
    """Reading order of a column band: groups ``(key, [(c, i), ...])`` of the lines ``columns[c][i]``
    (each column sorted top to bottom), where ``key`` is ``("flow", n)`` for a stretch of one column's
    text or ``("aside", n)``. Columns are read left to right. A sidebar, or a pull quote that does not
    repeat the band's text, moves to the first paragraph boundary after it; a pull quote that repeats
    the text (what pull quotes usually do) is left out. Column text on either side of a removed aside
    goes in separate groups, so that the paragraph it cut through is joined like one running on to the
    next column (module notes)."""
    flow: list[tuple[int, int]] = []
    segment: list[int] = []  # of each flow line: a new one at each column and after each removed aside
    pending: list[tuple[int, str, list[tuple[int, int]]]] = []  # (anchor in flow, kind, lines)
    for c, col in enumerate(columns):
        runs = _asides(col, panels, rules)
        start = {run[0]: (kind, run) for kind, run in runs}
        skip = {i for _, run in runs for i in run}
        cut = True
        for i in range(len(col)):
            if i in start:
                kind, run = start[i]
                pending.append((len(flow), kind, [(c, k) for k in run]))
                cut = True
            if i not in skip:
                flow.append((c, i))
                segment.append(segment[-1] + 1 if segment and cut else segment[-1] if segment else 0)
                cut = False
    sizes = sorted(ln.size for col in columns for ln in col)
    body = sizes[len(sizes) // 2] if sizes else 0.0
    pitches = [_pitch_of(col) for col in columns]

    def line(ref: tuple[int, int]) -> TextLine:
        return columns[ref[0]][ref[1]]

    def boundary(p: int) -> bool:
        """Does a paragraph end between flow[p - 1] and flow[p]?"""
        if p >= len(flow):
            return True
        nxt = line(flow[p])
        if p == 0:
            return _starts_paragraph(nxt, body)
        prev = line(flow[p - 1])
        if not TERMINAL.search(prev.text):
            return False
        spaced = segment[p] == segment[p - 1] and nxt.top - prev.top > PARA_GAP * pitches[flow[p][0]]
        return spaced or _starts_paragraph(nxt, body)

    flow_text = " ".join(line(ref).text for ref in flow)
    at: dict[int, list[list[tuple[int, int]]]] = {}
    for anchor, kind, refs in pending:
        if kind == "quote" and repeats(" ".join(line(ref).text for ref in refs), flow_text):
            continue  # a pull quote repeating the text: left out
        p = next(q for q in range(anchor, len(flow) + 1) if boundary(q))
        at.setdefault(p, []).append(refs)
    out: list[tuple[tuple[str, int], list[tuple[int, int]]]] = []
    n_aside = 0
    for p in range(len(flow) + 1):
        for refs in at.get(p, []):
            out.append((("aside", n_aside), refs))
            n_aside += 1
        if p < len(flow):
            key = ("flow", segment[p])
            if not out or out[-1][0] != key:
                out.append((key, []))
            out[-1][1].append(flow[p])
    return out


def first_paragraph_end(lines: Sequence[dict]) -> int:
    """How many of a stretch of full-width lines (``extract``'s dicts) make up the end of a paragraph begun
    above them: up to the first line with closing punctuation before a line that opens a paragraph (a
    number or a bullet) or a wider gap; all of them when none does."""
    tops = [float(r["top"]) for r in lines]
    steps = sorted(b - a for a, b in itertools.pairwise(tops) if b > a)
    pitch = steps[len(steps) // 2] if steps else 0.0
    for i, r in enumerate(lines):
        if not TERMINAL.search(r["text"].rstrip()):
            continue
        if i + 1 == len(lines) or PARA_START_RE.match(lines[i + 1]["text"]) or BULLET_RE.match(lines[i + 1]["text"]) \
                or (pitch and tops[i + 1] - tops[i] > PARA_GAP * pitch):
            return i + 1
    return len(lines)


_QUOTE_CLOSED = re.compile(r"[.!?…][\"”’'»]\s*$")
_SENTENCE_CLOSED = re.compile(r"[.!?…][\"”’'»]?\s*$")
PULL_LINE_WORDS = 14  # a pull quote's line in large type holds at most this many words


def _repeats_pairs(quote: str, text: str) -> bool:
    pairs, seen = list(itertools.pairwise(_words(quote))), set(itertools.pairwise(_words(text)))
    return len(pairs) >= 5 and sum(p in seen for p in pairs) >= REPEAT_SHARE * len(pairs)


def _repeated_elsewhere(quote: str, run: list[Block], pairs: Counter) -> bool:
    """The quote's word pairs are found in the document's other blocks (a pull quote from another page)."""
    own = Counter(p for b in run for p in itertools.pairwise(_words(b.text)))
    quoted = list(itertools.pairwise(_words(quote)))
    return len(quoted) >= 5 and sum(pairs[p] > own[p] for p in quoted) >= REPEAT_SHARE * len(quoted)


def repeated_quotes(blocks: list[Block]) -> list[Block]:
    """Pull quotes set between two paragraphs of a page of one column (no band to find them in): a block in
    quotation marks, perhaps read as a heading and a line (large type), or up to six short lines without them,
    ending a sentence, that repeat the paragraph before or after it (``REPEAT_SHARE`` of their word pairs are
    found there; for short lines, anywhere else in the document) are left out."""
    out: list[Block] = []
    pairs = Counter(p for b in blocks for p in itertools.pairwise(_words(b.text)))  # the document's word pairs
    i = 0
    while i < len(blocks):
        j, text = i, blocks[i].text
        # a quote in quotation marks, or one without them set in type so large that each line is a block of its own
        quoted = bool(_QUOTE_START.match(text))
        closed = _QUOTE_CLOSED if quoted else _SENTENCE_CLOSED
        if blocks[i].kind != "bullet" and (quoted or len(text.split()) <= PULL_LINE_WORDS) \
                and not PARA_START_RE.match(text):
            while not closed.search(text) and j + 1 < len(blocks) and j - i < (2 if quoted else 5) \
                    and blocks[j + 1].kind != "bullet" and not PARA_START_RE.match(blocks[j + 1].text) \
                    and (quoted or len(blocks[j + 1].text.split()) <= PULL_LINE_WORDS):
                j += 1
                text = f"{text} {blocks[j].text}"
            before = next((b for b in reversed(out[-2:]) if b.kind == "para"), None)
            after = blocks[j + 1] if j + 1 < len(blocks) and blocks[j + 1].kind == "para" else None
            if closed.search(text) and (any(n is not None and _repeats_pairs(text, n.text) for n in (before, after))
                                        or (not quoted and text[:1].isupper()
                                            and (j > i or blocks[i].kind == "heading")  # large type: a line a block
                                            and _repeated_elsewhere(text, blocks[i:j + 1], pairs))):
                i = j + 1
                continue
        out.append(blocks[i])
        i += 1
    return out
