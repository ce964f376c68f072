"""Pages of numbered panels, read in their numbers' order (for :mod:`.columns`).

A poster or infographic sets its text in drawn boxes, each marked with a large printed number, and lays the
boxes out round the page rather than down it: a "7-minute briefing" numbered clockwise round a central hub (the
bottom row then runs 7, 6, 5 from left to right), a "five steps" flow that snakes back along its second row.
Neither a reading in rows nor the content stream (often drawn row by row, as the template's grid was made)
follows the numbers, and pdfplumber splices the lines of boxes side by side into one. The box numbers are the
layout's steps, never paragraph numbers, though a row-by-row reading puts "1 2" where a number would open a line.

A panel is a drawn rectangle or closed (or filled) curve, a rounded box, at least ``PANEL_LINES`` lines of the
page's body text tall and ``PANEL_WIDE`` body sizes wide. A panel number is a whole number of one or two
digits, in type at least ``NUMBER_SCALE`` times the body size, with nothing of its own size beside it (so not
the "7" of "7-minute briefing" in a title), in the upper half of the smallest panel round it that holds other
text. When the panel numbers of one type size run 1, 2, ... N (N at least ``MIN_PANELS``), each in its own
panel, and no two of those panels overlap, the page is read: the text above the numbered panels, then each
numbered panel top to bottom without its number, in the numbers' order, then the page's other panels (an
"About this briefing" panel, the hub) in rows, then what is left (the footer). Each is a group of its own,
which :func:`.blocks.lines_to_blocks` reads like a jump to another column. Any other page: None.

Such a panel quotes a report's numbered paragraphs set apart from its own words (the number at the panel's text
edge, the quotation hanging beside it), and its own words go on after them ("Think about the families on your own
caseload ..."): :func:`own_text` marks the lines back at the number's edge after a hanging paragraph ``aside``,
so that they are a block of their own (an ``aside``), not the paragraph's last words.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .asides import Rect
from .chars import usual_size
from .common import BULLET_RE, PARA_START_RE

NUMBER_SCALE = 1.6  # a panel number's type size over the body's
PANEL_LINES = 3.0  # body sizes a panel is tall, at least
PANEL_WIDE = 12.0  # body sizes a panel is wide, at least
MIN_PANELS = 3
MAX_NUMBER = 20  # the largest panel number looked for
MAX_SHAPES = 2000  # drawn shapes of a page looked at, at most: a page of vector art is no poster
MIN_TEXT = 10  # characters, besides its number, that a numbered panel holds
HANG = 1.0  # body sizes a quoted paragraph's text hangs in from its number, at least

Groups = list[tuple[int, list[dict]]]


def _panels(page: Any, body: float) -> list[Rect] | None:
    """The page's drawn boxes big enough to be panels (None: too many shapes to look at)."""
    shapes = [*page.rects, *page.curves]
    if len(shapes) > MAX_SHAPES:
        return None
    out: list[Rect] = []
    for s in shapes:
        pts = s.get("pts") or []
        closed = s["object_type"] == "rect" or s.get("fill") or (
            len(pts) > 2 and abs(pts[0][0] - pts[-1][0]) < 1 and abs(pts[0][1] - pts[-1][1]) < 1)
        box = (float(s["x0"]), float(s["top"]), float(s["x1"]), float(s["bottom"]))
        if closed and box[2] - box[0] >= PANEL_WIDE * body and box[3] - box[1] >= PANEL_LINES * body:
            out.append(box)
    return out


def _within(c: dict, box: Rect) -> bool:
    x, y = (float(c["x0"]) + float(c["x1"])) / 2, (float(c["top"]) + float(c["bottom"])) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def _numbers(chars: list[dict], body: float) -> list[list[dict]]:
    """Runs of large digits that stand alone as numbers: nothing else of their type size on either side."""
    big = sorted((c for c in chars if float(c["size"]) >= NUMBER_SCALE * body and c["text"].strip()),
                 key=lambda c: (round(float(c["top"])), float(c["x0"])))
    runs: list[list[dict]] = []
    for c in big:
        last = runs[-1][-1] if runs else None
        if last is not None and round(float(last["top"])) == round(float(c["top"])) \
                and abs(float(last["size"]) - float(c["size"])) < 0.5 \
                and float(c["x0"]) - float(last["x1"]) < 0.6 * float(c["size"]):
            runs[-1].append(c)
        else:
            runs.append([c])
    return [r for r in runs if "".join(c["text"] for c in r).isdigit()
            and 1 <= int("".join(c["text"] for c in r)) <= MAX_NUMBER]


def _home(run: list[dict], panels: list[Rect], chars: list[dict]) -> Rect | None:
    """The smallest panel round a number that holds other text, if the number is in its upper half."""
    own = {id(c) for c in run}
    round_it = sorted((p for p in panels if all(_within(c, p) for c in run)),
                      key=lambda p: (p[2] - p[0]) * (p[3] - p[1]))
    box = next((p for p in round_it if sum(1 for c in chars if id(c) not in own and _within(c, p)) >= MIN_TEXT), None)
    return box if box is not None and float(run[0]["top"]) < (box[1] + box[3]) / 2 else None


def _overlap(a: Rect, b: Rect) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def numbered(page: Any) -> tuple[list[Rect], set[int]] | None:
    """The page's numbered panels in their numbers' order, and the ids of the numbers' characters (module notes);
    None unless the page is laid out so."""
    chars = [c for c in page.chars if c["text"].strip()]
    body = usual_size(chars)
    if body <= 0:
        return None
    runs = _numbers(chars, body)
    if len(runs) < MIN_PANELS:
        return None
    panels = _panels(page, body)
    if not panels:
        return None
    by_size: dict[float, list[list[dict]]] = {}
    for run in runs:
        by_size.setdefault(round(float(run[0]["size"]), 1), []).append(run)
    for same in by_size.values():
        values = sorted(int("".join(c["text"] for c in r)) for r in same)
        if len(same) < MIN_PANELS or values != list(range(1, len(same) + 1)):
            continue
        same.sort(key=lambda r: int("".join(c["text"] for c in r)))
        homes = [_home(r, panels, chars) for r in same]
        boxes = [h for h in homes if h is not None]
        if len(boxes) == len(same) and not any(_overlap(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:]):
            return boxes, {id(c) for r in same for c in r}
    return None


def own_text(lines: list[dict], body: float) -> list[dict]:
    """The lines of one panel, top to bottom, with the panel's own text after a quoted paragraph marked ``aside``:
    where a numbered paragraph's text hangs in from its number (its next line at least ``HANG`` body sizes to the
    right of the number), the first line after it back at the number's edge without a number of its own (a
    closing line, "Think about the families on your own caseload ...") opens text that is no part of it, up to
    the panel's next numbered paragraph."""
    edge: float | None = None  # the left edge of the numbers of the hanging paragraph read last
    aside = False
    for i, r in enumerate(lines):
        x = float(r["x0"])
        if PARA_START_RE.match(r["text"]):
            nxt = lines[i + 1] if i + 1 < len(lines) else None
            hangs = nxt is not None and float(nxt["x0"]) >= x + HANG * body
            edge, aside = (x if hangs else None), False
        elif edge is not None and x <= edge + 2 and not BULLET_RE.match(r["text"]):
            aside = True
        if aside:
            r["aside"] = True
    return lines


def numbered_panels(page: Any, extract: Callable[[Any], list[dict]]) -> Groups | None:
    """A page of numbered panels as groups ``(column, lines)`` in reading order (module notes); None for any
    other page."""
    found = numbered(page)
    if found is None:
        return None
    boxes, number_ids = found
    body = usual_size([c for c in page.chars if c["text"].strip()])
    others = [p for p in _panels(page, body) or [] if not any(_overlap(p, b) for b in boxes)]
    others = sorted((p for p in others if not any(q != p and q[0] <= p[0] and q[1] <= p[1] and p[2] <= q[2]
                                                  and p[3] <= q[3] for q in others)),  # the outermost
                    key=lambda p: (round(p[1]), p[0]))
    first_top = min(b[1] for b in boxes)
    keys: dict[int, int] = {}
    for c in page.chars:
        if id(c) in number_ids:
            continue
        k = next((i for i, b in enumerate(boxes) if _within(c, b)), None)
        if k is not None:
            keys[id(c)] = k + 1
        elif (float(c["top"]) + float(c["bottom"])) / 2 < first_top:
            keys[id(c)] = 0
        else:
            o = next((i for i, p in enumerate(others) if _within(c, p)), None)
            keys[id(c)] = len(boxes) + 1 + (o if o is not None else len(others))
    out: Groups = []
    for key in sorted(set(keys.values())):
        lines = extract(page.filter(lambda obj, key=key: keys.get(id(obj)) == key))
        if lines:
            column = 0 if key in (0, len(boxes) + 1 + len(others)) else key
            lines = sorted(lines, key=lambda r: (round(float(r["top"])), float(r["x0"])))
            out.append((column, own_text(lines, body) if 1 <= key <= len(boxes) else lines))
    return out
