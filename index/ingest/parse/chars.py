"""pdfplumber's conversion of characters into dicts, without its generic overhead.

pdfplumber turns every pdfminer layout object into a dict (``Page.process_object``), resolving each
attribute recursively through PDF object references. A character's attributes are plain numbers, strings
and tuples of numbers, so that walk finds nothing to resolve, yet it was about a third of the time to read
a text PDF's page. :func:`lean_objects` makes a page build each character's dict directly, with the same keys
and values in the same order; any attribute that is not plain is still resolved by pdfplumber's own
``resolve_all``, and every other kind of object (lines, rectangles, images, curves), or a PDF opened with
Unicode normalisation, goes through pdfplumber unchanged. ``tests/test_parse_pdf.py`` checks the result
equals pdfplumber's on every test PDF, so a pdfplumber release that changes its dicts fails there first.
"""

from __future__ import annotations

import re
from typing import Any

from pdfminer.layout import LTChar
from pdfplumber.page import ALL_ATTRS, Page, fix_fontname_bytes
from pdfplumber.utils.pdfinternals import resolve_all, resolve_and_decode

_PLAIN = frozenset({int, float, str, bool, type(None)})
_NAMES: dict[Any, Any] = {}  # colour space name -> decoded (a handful per file; decoding was a fifth of the time)


def _decoded(name: Any) -> Any:
    if type(name) not in (str, bytes):
        return resolve_and_decode(name)
    if name not in _NAMES:
        if len(_NAMES) > 1024:
            _NAMES.clear()
        _NAMES[name] = resolve_and_decode(name)
    return _NAMES[name]


def _char(page: Page, obj: LTChar) -> dict[str, Any]:
    """``Page.process_object`` for one LTChar, step for step."""
    attr = {}
    for k, v in obj.__dict__.items():
        if k in ALL_ATTRS:
            kind = type(v)
            plain = kind in _PLAIN or (kind is tuple and all(type(x) in _PLAIN for x in v))
            attr[k] = v if plain else resolve_all(v)
    attr["object_type"] = "char"
    attr["page_number"] = page.page_number
    for cs in ("ncs", "scs"):
        if hasattr(obj, cs):
            attr[cs] = _decoded(getattr(obj, cs).name)
    attr["text"] = obj.get_text()
    gs = obj.graphicstate
    attr["stroking_color"] = gs.scolor if isinstance(gs.scolor, tuple) else (gs.scolor,)
    attr["non_stroking_color"] = gs.ncolor if isinstance(gs.ncolor, tuple) else (gs.ncolor,)
    if isinstance(attr["fontname"], bytes):
        attr["fontname"] = fix_fontname_bytes(attr["fontname"])
    mb_x0, mb_top = page.mediabox[:2]
    attr["top"] = (page.height - attr["y1"]) + mb_top
    attr["bottom"] = (page.height - attr["y0"]) + mb_top
    attr["doctop"] = page.initial_doctop + attr["top"]
    if mb_x0 != 0:
        attr["x0"] = attr["x0"] + mb_x0
        attr["x1"] = attr["x1"] + mb_x0
    return attr


def lean_objects(page: Page) -> Page:
    """Make ``page`` convert its characters with :func:`_char` (call before its objects are first read)."""
    if page.pdf.unicode_norm is not None:
        return page

    def process_object(obj: Any) -> dict[str, Any]:
        if type(obj) is LTChar:
            return _char(page, obj)
        return Page.process_object(page, obj)

    page.process_object = process_object  # type: ignore[method-assign]
    return page


def _slant(obj: dict[str, Any]) -> float:
    """How far a character leans off the upright and the quarter turns: 0 for upright, 1 for 45°."""
    matrix = obj.get("matrix")
    if obj.get("object_type") != "char" or not matrix:
        return 0.0
    a, b = abs(matrix[0]), abs(matrix[1])
    return min(a, b) / max(a, b) if max(a, b) else 0.0


SLANT = 0.2  # more than about 11°: a watermark drawn across the page
TILT = 0.05  # about 3° to 11°: a stamp put on askew, when few of the page's characters lean so
TILTED_SHARE = 4  # under 1/4 of a page's characters leaning so: a stamp (on a title page's few lines, a seventh)
_DINGBATS = re.compile(r"(?i)dingbats|wingdings|webdings")


def _mark(obj: dict[str, Any]) -> bool:
    """A digit code in a dingbat font: a tick or a cross put on by a reader (ZapfDingbats' "4" is a tick), no digit."""
    return obj.get("object_type") == "char" and obj["text"].isdigit() and bool(_DINGBATS.search(obj["fontname"]))


STAMP_SIZE = 3.0  # times the page's usual character size, from which a pale upright letter is a stamp


def _pale(colour: Any) -> bool:
    """A light fill: grey or RGB with every component at 0.6 or more, CMYK with every ink at 0.4 or less."""
    values = [v for v in (colour if isinstance(colour, tuple) else (colour,)) if isinstance(v, (int, float))]
    if not values:
        return False
    return all(v <= 0.4 for v in values) if len(values) == 4 else all(v >= 0.6 for v in values)


def _stamp(obj: dict[str, Any], usual: float) -> bool:
    """A letter of a stamp printed upright across the page behind the text ("PUBLISHED VERSION"): pale, and
    several times the size of the page's text. A title is dark, or not that large."""
    return obj.get("object_type") == "char" and obj.get("size", 0) >= STAMP_SIZE * usual \
        and _pale(obj.get("non_stroking_color"))


def without_watermark(page: Page) -> Page:
    """The page without its slanted characters ("DRAFT – NOT FOR CIRCULATION" drawn at 45° over the text,
    whose letters pdfplumber would otherwise splice into the lines they cross; a "RECEIVED" stamp put on at 7° over a
    few lines), the letters of an upright stamp, or a reader's ticks in a dingbat font; the page itself when it has
    none, as nearly every page has. Letters tilted by less than ``SLANT`` go only when under a quarter of the page's
    lean so (a skewed scan's text layer leans as a whole)."""
    usual = usual_size(page.chars)
    tilted = sum(_slant(c) > TILT for c in page.chars)
    least = SLANT if tilted * TILTED_SHARE >= len(page.chars) else TILT

    def marks(obj: dict[str, Any]) -> bool:
        return _slant(obj) > least or _mark(obj) or bool(usual and _stamp(obj, usual))

    if not any(marks(c) for c in page.chars):
        return page
    return page.filter(lambda obj: not marks(obj))


NOTE_SIZE = 0.85  # of the page's usual character size, below which margin text may be a side note
NOTE_MARGIN = 140.0  # points: a side note's line reaches to within this of the text block, beside it
_PAGE_NUMBER = re.compile(r"(?i)(?:page\s*)?[ivxlcdm\d]+(?:\s*(?:of|/)\s*\d+)?")


def usual_size(chars: list[dict[str, Any]]) -> float:
    """The median size of ``chars`` (a page's letters, spaces left out): its body text's size."""
    sizes = sorted(c["size"] for c in chars)
    return sizes[len(sizes) // 2] if sizes else 0.0


def without_margin_notes(page: Page) -> Page:
    """The page without side notes: short lines in small type in the outer margin beside the paragraphs
    ("First referral, March 2021", "See also paragraph 17"), which pdfplumber would otherwise splice into
    the lines they sit beside. The text block's edges are those of the characters in the page's usual size
    (so a number hanging outside the text counts as text); a small line wholly outside them that reaches to within
    ``NOTE_MARGIN`` of them, however wide the margin, away from the running head and foot, holding a letter, is a
    note (a designer's wide margin of side notes, fresh28). A bare number in small type (a paragraph number in the
    margin) and a page number stay."""
    chars = [c for c in page.chars if not c["text"].isspace()]
    if len(chars) < 200:
        return page
    usual = usual_size(chars)
    body = [c for c in chars if abs(c["size"] - usual) <= 0.1 * usual]
    lo, hi = min(c["x0"] for c in body), max(c["x1"] for c in body)
    top, foot = 0.08 * float(page.height), 0.92 * float(page.height)

    def in_margin(c: dict[str, Any]) -> bool:
        return c["size"] < NOTE_SIZE * usual and top < c["top"] < foot and (c["x1"] < lo - 1 or hi + 1 < c["x0"])

    runs: dict[tuple[bool, int], list[dict[str, Any]]] = {}  # (right margin, line top) -> its characters
    for c in page.chars:
        if in_margin(c):
            runs.setdefault((c["x0"] > hi, round(c["top"])), []).append(c)
    def beside(right: bool, run: list[dict[str, Any]]) -> bool:
        return min(c["x0"] for c in run) <= hi + NOTE_MARGIN if right else max(c["x1"] for c in run) >= lo - NOTE_MARGIN

    runs = {key: run for key, run in runs.items() if beside(key[0], run)}
    # a line in small type that starts inside the text block and runs out beyond it is no note (a title
    # page's small print under a short title)
    inside = {(round(c["top"]), round(c["size"], 1)) for c in chars if lo - 1 <= c["x0"] and c["x1"] <= hi + 1}
    notes = {id(c) for run in runs.values()
             if any(c["text"].isalpha() for c in run)
             and not any((round(c["top"]), round(c["size"], 1)) in inside for c in run)
             and not _PAGE_NUMBER.fullmatch("".join(c["text"] for c in sorted(run, key=lambda c: c["x0"])).strip())
             for c in run}
    return page.filter(lambda obj: id(obj) not in notes) if notes else page


_MARK = frozenset("0123456789*†‡§¶ivx")  # what a reference mark is made of (lower-case roman: endnotes)


def without_reference_marks(page: Page) -> Page:
    """The page without raised reference marks ("nineteen practitioners,¹ including"): a digit or note sign in
    smaller type whose foot sits above the foot of the larger letter just before it on its line. pdfplumber
    would read a mark raised that far as a line of its own ("3", put before the line it belongs to), or leave
    it in the sentence. A footnote's own number at the start of its note, a number in the margin and a page
    number have no such letter before them and stay."""
    small = [c for c in page.chars if c["text"] in _MARK]
    if not small:
        return page
    ending: dict[int, list[dict[str, Any]]] = {}  # characters by where they end, to the point
    for o in page.chars:
        ending.setdefault(round(o["x1"]), []).append(o)
    anchors: dict[int, dict[str, Any]] = {}  # a mark -> the letter it follows
    for c in sorted(small, key=lambda c: c["x0"]):
        x = round(c["x0"])
        for o in (o for at in range(x - 3, x + 2) for o in ending.get(at, ())):
            before = -0.5 <= c["x0"] - o["x1"] <= 3.0 and o["top"] - 2 <= c["bottom"] and c["top"] <= o["bottom"]
            if before and (id(o) in anchors or (o["size"] >= 1.15 * c["size"] and c["bottom"] < o["bottom"] - 1.0
                                              and not o["text"].isspace())):
                # the letter before takes the mark's place on the line: "functioning.", not "functioning ."
                letter = anchors.get(id(o), o)
                letter.update(x1=c["x1"], width=c["x1"] - letter["x0"])
                anchors[id(c)] = letter
                break
    return page.filter(lambda obj: id(obj) not in anchors) if anchors else page


def without_overprint(page: Page) -> Page:
    """The page without the extra copies of overprinted letters. A printer driver for a face with no bold
    draws each bold word two or three times, a fraction of a point apart, which pdfplumber reads as
    "33..11 AAnnaallyyssiiss". A copy of a letter (same letter, font and size) lying less than half its own
    width and height from it is dropped; the first copy stays, marked ``overprinted``, which
    ``common.font_flags`` reads as bold (unless most of the page is drawn twice: a text layer written twice, not
    emphasis). Two letters side by side ("ll") lie a whole width apart."""
    near: dict[tuple[str, int], list[dict[str, Any]]] = {}  # letters by text and line (many pages: kept lean)
    copies: set[int] = set()
    twins: list[dict[str, Any]] = []
    for c in page.chars:
        text = c["text"]
        if text.isspace():
            continue
        row = round(c["top"])
        twin = None
        for r in (row, row - 1, row + 1):
            for o in near.get((text, r), ()):
                if abs(o["x0"] - c["x0"]) < 0.5 * max(o["width"], 0.1) \
                        and abs(o["top"] - c["top"]) < 0.5 * max(o["height"], 0.1) \
                        and o.get("fontname") == c.get("fontname") and abs(o["size"] - c["size"]) < 0.1:
                    twin = o
                    break
            if twin is not None:
                break
        if twin is None:
            near.setdefault((text, row), []).append(c)
        else:
            twins.append(twin)
            copies.add(id(c))
    if len(twins) < 0.5 * sum(len(v) for v in near.values()):  # emphasis, not a whole text layer drawn twice
        for twin in twins:
            twin["overprinted"] = True
    return page.filter(lambda obj: id(obj) not in copies) if copies else page



PANEL_HEIGHT = 0.5  # of the page's height: a filled panel at least this tall beside the text is a side rail
PANEL_WIDTH = 0.3  # ... and at most this share of the page's width, against its left or right edge


def without_side_rail(page: Page) -> Page:
    """The page without the text of a side rail: a web page printed from a browser repeats its site navigation on
    a tall shaded panel down one side of every page ("Home", "Board meetings", "Papers 2024/25", blind round 52),
    level with the report's lines, which pdfplumber would otherwise splice into them. A filled rectangle at
    least ``PANEL_HEIGHT`` of the page tall, at most ``PANEL_WIDTH`` of it wide and against a side edge, with
    most of the page's text outside it, is such a rail; its letters go, a bare number on it (a paragraph number
    printed on a shaded margin) stays."""
    width, height = float(page.width), float(page.height)
    panels = [(float(r["x0"]), float(r["x1"]), float(r["top"]), float(r["bottom"])) for r in page.rects
              if r.get("fill") and float(r["height"]) >= PANEL_HEIGHT * height
              and float(r["width"]) <= PANEL_WIDTH * width
              and (float(r["x0"]) <= 0.1 * width or float(r["x1"]) >= 0.9 * width)]
    if not panels:
        return page
    chars = [c for c in page.chars if not c["text"].isspace()]

    def on_panel(c: dict[str, Any]) -> bool:
        x, y = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
        return any(x0 <= x <= x1 and top <= y <= bottom for x0, x1, top, bottom in panels)

    rail = [c for c in chars if on_panel(c)]
    if not rail or len(rail) * 4 > len(chars):
        return page
    lines: dict[int, list[dict[str, Any]]] = {}
    for c in rail:
        lines.setdefault(round(c["top"]), []).append(c)
    gone = {id(c) for run in lines.values() if any(c["text"].isalpha() for c in run) for c in run}
    return page.filter(lambda obj: id(obj) not in gone) if gone else page


GLOSS_SIZE = 0.5  # of the page's usual character size, below which a line of its own between two lines is a gloss


def without_glosses(page: Page) -> Page:
    """The page without glosses printed between its lines: a page printed from a reading aid labels words with
    their parts of speech ("noun", "verb") in tiny type above them (Edge's Immersive Reader, blind round 53), and
    a reading by lines would put those labels into the text. A character under ``GLOSS_SIZE`` of the usual size
    that no line of the usual size or larger overlaps, with such lines close above and below it, is a gloss; a reference
    mark raised on its own line overlaps that line and stays."""
    chars = [c for c in page.chars if not c["text"].isspace()]
    usual = usual_size(chars)
    small = [c for c in chars if c["size"] < GLOSS_SIZE * usual]
    if not small:
        return page
    lines: dict[int, tuple[float, float]] = {}
    for c in chars:
        if c["size"] >= 0.9 * usual:
            top, bottom = lines.get(round(c["top"]), (c["top"], c["bottom"]))
            lines[round(c["top"])] = (min(top, c["top"]), max(bottom, c["bottom"]))

    def gloss(c: dict[str, Any]) -> bool:
        above = [b for t, b in lines.values() if b <= c["top"] + 0.5]
        below = [t for t, b in lines.values() if t >= c["bottom"] - 0.5]
        overlaps = any(t < c["bottom"] - 0.5 and b > c["top"] + 0.5 for t, b in lines.values())
        return bool(above and below) and not overlaps and min(below) - max(above) <= 3 * usual

    gone = {id(c) for c in small if gloss(c)}
    return page.filter(lambda obj: id(obj) not in gone) if gone else page
