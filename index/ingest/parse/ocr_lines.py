"""Tesseract's hOCR of a scanned page read into lines, and the lines repaired from the page image.

Used by :mod:`.ocr`, which renders the pages and runs Tesseract. Here:

- dot leaders of a contents list are painted out of the image (Tesseract reads them as letters and garbles
  the entry) and put back into the line's text as dots, so that the contents page is still dropped;
- short lines set apart on a text line's row (a hanging number) are joined to it;
- a line's first word whose image is digits and full stops is a paragraph number: its stops are put
  where the image has them, and where OCR was unsure it is queued to be read again, digits only;
- a bullet glyph, read as "e", "¢" or "*", is written "•" (a dash bullet "–"), and "a" run into the next
  word ("alearning") is split off where the image has a gap and the whole is no English word ("agency" in a
  fax, its "a" set apart); unsure odd words, bars and specks go.
"""

from __future__ import annotations

import itertools
import re
import statistics
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..hyphens import english_words

SURE_NUMBER = 90.0  # a paragraph number read with less confidence is read again, digits only
MIN_WORD_CONF = 20.0  # below it, a word is kept only if it looks like one
_DOT_MAX = 14  # pixels at 300 dpi: the largest blob taken for a leader dot

_BBOX = re.compile(r"bbox (-?\d+) (-?\d+) (-?\d+) (-?\d+)")
_BASELINE = re.compile(r"baseline (-?[\d.]+) (-?[\d.]+)")
_NUM = {key: re.compile(rf"{key} (-?[\d.]+)") for key in ("x_size", "x_descenders", "x_ascenders", "x_wconf")}
_LINE_CLASSES = {"ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat"}
ALNUM = re.compile(r"[A-Za-z0-9]")
_PLAIN_WORD = re.compile(r"[A-Za-z][a-z]*[.,;:!?]?|\d[\d.,]*")  # kept even when Tesseract is unsure of it


Box = tuple[int, int, int, int]


@dataclass
class Word:
    box: Box
    text: str
    conf: float


@dataclass
class Found:
    """One line as Tesseract gives it, in page pixels (not yet deskewed)."""

    box: Box
    slope: float
    offset: float  # baseline at x = base_x, from the box's bottom
    base_x: int  # the left edge of Tesseract's box for the line
    x_size: float
    descenders: float
    ascenders: float
    words: list[Word]
    region: int = 0  # the part of the page it was read in, in reading order (a column: :mod:`.ocr_columns`)

LEADER = "." * 8
Glyph = tuple[str, int, int]  # "d" (a digit-high glyph) or "." (a full stop), left, right in page pixels
_NUMBER_GLYPHS = re.compile(r"d{1,3}(?:\.d{1,3}){1,3}\.?|d{1,4}\.")
_BAR_GLUED = re.compile(r"[|~](?=[A-Z][a-z])")  # a speck read as a bar or tilde glued to a word
_LETTERS_WITH_STOPS = re.compile(r"(?:[A-Za-z]\.)+")


def baseline(f: Found, x: float) -> float:
    return f.box[3] + f.offset + f.slope * (x - f.base_x)


def join_rows(found: list[Found], width: int) -> list[Found]:
    """A short line (a hanging paragraph number, a bullet, a page number) that Tesseract set apart from
    the text on its row, within a fifth of the page width, is joined to it."""
    out = sorted(found, key=lambda f: f.box[0])
    k = 0
    while k < len(out):
        f = out[k]
        tol = 0.4 * max(f.x_size - f.descenders, 8.0)
        right = [g for g in out if g is not f and 0 <= g.box[0] - f.box[2] <= 0.2 * width
                 and min(len(f.words), len(g.words)) <= 3
                 and abs(baseline(f, g.box[0]) - baseline(g, g.box[0])) <= tol]
        if not right:
            k += 1
            continue
        g = min(right, key=lambda g: g.box[0])
        main = f if len(f.words) > len(g.words) else g  # the longer part's row measures stand
        base = baseline(main, main.base_x)
        box = (f.box[0], min(f.box[1], g.box[1]), g.box[2], max(f.box[3], g.box[3]))
        joined = Found(box, main.slope, base - box[3], main.base_x, main.x_size, main.descenders, main.ascenders,
                       f.words + g.words, main.region)
        out[out.index(g)] = joined
        out.pop(k)
    return out

def without_leaders(pixels: Any, paper: float, ink: float) -> tuple[Any, list[Box]]:
    """The page with dot leaders ("Scope ........ 4") painted out, and their boxes: Tesseract reads them
    as letters and garbles the words before them. A leader is a row of at least eight dot-sized blobs."""
    from scipy import ndimage

    labels, count = ndimage.label(pixels < paper - 0.35 * (paper - ink))  # faint dots count too
    if not count:
        return pixels, []
    dots = []  # (centre y, top, bottom, left, right)
    for found in ndimage.find_objects(labels):
        if found is None:
            continue
        rows, cols = found
        h, w = rows.stop - rows.start, cols.stop - cols.start
        if 2 <= h <= _DOT_MAX and 2 <= w <= _DOT_MAX and 0.5 <= w / h <= 2:
            dots.append(((rows.start + rows.stop) / 2, rows.start, rows.stop, cols.start, cols.stop))
    dots.sort()
    rows_of_dots: list[list[tuple[float, int, int, int, int]]] = []
    for d in dots:
        if rows_of_dots and abs(d[0] - rows_of_dots[-1][0][0]) <= 3:
            rows_of_dots[-1].append(d)
        else:
            rows_of_dots.append([d])
    out = None
    leaders: list[Box] = []
    background = int(np.median(pixels[::4, ::4]))  # the paper's own shade: a lighter patch reads as marks
    for row in rows_of_dots:
        row.sort(key=lambda d: d[3])
        runs = [[row[0]]]
        for d in row[1:]:
            if 0 < d[3] - runs[-1][-1][4] <= 6 * _DOT_MAX:
                runs[-1].append(d)
            else:
                runs.append([d])
        for run in runs:
            gaps = [b[3] - a[4] for a, b in itertools.pairwise(run)]
            # evenly and closely set (a faded dot may leave a double gap): not the dots of i's along a line
            if len(run) < 8 or statistics.median(gaps) > 2.5 * _DOT_MAX \
                    or max(gaps) > 4 * statistics.median(gaps) + 2:
                continue
            out = pixels.copy() if out is None else out
            for _, top, bottom, left, right in run:
                out[max(0, top - 2):bottom + 2, max(0, left - 2):right + 2] = background
            leaders.append((run[0][3], min(d[1] for d in run), run[-1][4], max(d[2] for d in run)))
    return (pixels if out is None else out), leaders


def put_back_leaders(found: list[Found], leaders: list[Box]) -> None:
    """Each painted-out leader goes back into its line's text as dots, between the entry's title and its
    page number, so that a contents page is still recognised as one."""
    for box in leaders:
        line = line_at(found, box)
        if line is None:
            continue
        if line.words and line.words[-1].text == LEADER and box[0] - line.words[-1].box[2] < 200:
            line.words[-1].box = (line.words[-1].box[0], line.words[-1].box[1], box[2], box[3])
        else:
            line.words.append(Word(box, LEADER, 100.0))
        line.words.sort(key=lambda w: w.box[0])
        line.box = (min(line.box[0], box[0]), line.box[1], max(line.box[2], box[2]), line.box[3])


def line_at(found: list[Found], box: Box) -> Found | None:
    """The line whose baseline runs under ``box`` (a leader, a number read apart), if any."""
    middle = (box[0] + box[2]) / 2
    best, distance = None, 0.0
    for f in found:
        d = abs(baseline(f, middle) - box[3])
        if d <= 0.6 * max(f.x_size - f.descenders, 8.0) and (best is None or d < distance):
            best, distance = f, d
    return best

def _num(title: str, key: str, default: float = 0.0) -> float:
    m = _NUM[key].search(title)
    return float(m.group(1)) if m else default


def _bbox(title: str, dx: int = 0, dy: int = 0) -> Box | None:
    m = _BBOX.search(title)
    if not m:
        return None
    return int(m.group(1)) + dx, int(m.group(2)) + dy, int(m.group(3)) + dx, int(m.group(4)) + dy


def hocr_lines(hocr: bytes, pixels: Any, dx: int, dy: int,
                repairs: list[tuple[Word, list[Glyph]]]) -> list[Found]:
    """Tesseract's hOCR (of the page, or of a part of it at ``dx``, ``dy``) → its lines, with
    unsure words, bars and specks left out, bullet glyphs and paragraph numbers read from the image."""
    from lxml import etree

    try:
        root = etree.fromstring(hocr, parser=etree.XMLParser(resolve_entities=False, no_network=True,
                                                             recover=True))
    except etree.XMLSyntaxError:
        return []
    if root is None:
        return []
    found = []
    for el in root.iter():
        if el.get("class") not in _LINE_CLASSES:
            continue
        title = el.get("title", "")
        box = _bbox(title, dx, dy)
        if box is None:
            continue
        words = []
        for w in el.iter():
            wbox = _bbox(w.get("title", ""), dx, dy) if w.get("class") == "ocrx_word" else None
            text = "".join(w.itertext()).strip()
            if wbox is not None and text:
                words.append(Word(wbox, text, _num(w.get("title", ""), "x_wconf", 100.0)))
        x_size, desc, asc = _num(title, "x_size"), _num(title, "x_descenders"), _num(title, "x_ascenders")
        words = _clean_words(words, pixels, x_size - desc - asc, x_size - desc, repairs)
        if not words:
            continue
        m = _BASELINE.search(title)
        slope, offset = (float(m.group(1)), float(m.group(2))) if m else (0.0, 0.0)
        # the box spans the words kept (Tesseract's also spans words left out, which the leftover pass reads)
        kept_box = (min(w.box[0] for w in words), box[1], max(w.box[2] for w in words), box[3])
        found.append(Found(kept_box, slope, offset, box[0], x_size, desc, asc, words))
    return found


def _clean_words(words: list[Word], pixels: Any, x_height: float, ascent: float,
                 repairs: list[tuple[Word, list[Glyph]]]) -> list[Word]:
    if len(words) >= 2 and _is_bullet(words[0], words[1], x_height, ascent):
        words[0].text, words[0].conf = ("–" if words[0].text in _DASHES else "•"), 100.0
    words = _paragraph_number(words, pixels, ascent, repairs)
    kept: list[Word] = []
    for w in words:
        if w.text == "|" and w.conf >= 60 and ascent > 0 and w.box[3] - w.box[1] <= 1.15 * ascent:
            w.text = "I"  # a sans-serif capital I, which Tesseract reads as a bar
        if _BAR_GLUED.match(w.text):
            w.text = w.text[1:]  # a bar or speck read as part of the word after it ("|The", "~Drisdale")
        if (w.conf < MIN_WORD_CONF and not _PLAIN_WORD.fullmatch(w.text)) or set(w.text) <= {"|"} \
                or (w.conf < 50 and not ALNUM.search(w.text)):
            continue  # unsure and odd, or a bar or speck (read in the gap after a hanging paragraph number)
        if len(w.text) > 2 and w.text[0] == "a" and w.text[1].islower() \
                and re.sub(r"[^a-z]", "", w.text) not in english_words(1):  # "around", "agency": words
            kept += _split_article(w, pixels, words)
            continue
        kept.append(w)
    return kept


def _split_article(w: Word, pixels: Any, words: list[Word]) -> list[Word]:
    """Tesseract often runs the article "a" into the next word ("alearning"): where the image has a gap
    after the "a" as wide as half the line's typical space, it is split off."""
    gaps = sorted(b.box[0] - a.box[2] for a, b in itertools.pairwise(words) if b.box[0] > a.box[2])
    if not gaps:
        return [w]
    space = gaps[len(gaps) // 2]
    x0, y0, x1, y1 = w.box
    crop = np.asarray(pixels[y0:y1, x0:x1], dtype=np.float32)
    if crop.size == 0:
        return [w]
    paper, ink = float(np.percentile(crop, 90)), float(crop.min())
    if paper - ink < 40:
        return [w]
    cols: np.ndarray = np.asarray((crop < (paper + ink) / 2).any(axis=0))
    inked = np.flatnonzero(cols)
    if not inked.size:
        return [w]
    blank = np.flatnonzero(~cols[inked[0]:])
    if not blank.size:
        return [w]
    first_end = int(inked[0] + blank[0])  # the end of the first glyph
    after = np.flatnonzero(cols[first_end:])
    if not after.size or after[0] < 0.5 * space:
        return [w]
    cut = x0 + first_end
    return [Word((x0, y0, cut, y1), "a", w.conf), Word((cut + int(after[0]), y0, x1, y1), w.text[1:], w.conf)]


_BULLET_LOOKALIKES = set("eoc¢«»*©®°•·+")


_DASHES = set("-–—_~")


def _is_bullet(first: Word, nxt: Word, x_height: float, ascent: float) -> bool:
    """A bullet glyph (read as "e", "¢", "*"), or a dash bullet: one small character well apart from the
    next word."""
    if len(first.text) != 1 or x_height <= 0:
        return False
    bx0, by0, bx1, by1 = first.box
    if nxt.box[0] - bx1 < 0.6 * ascent:
        return False
    if first.text in _DASHES:
        return by1 - by0 <= 0.5 * x_height and bx1 - bx0 <= 1.5 * ascent
    return first.text in _BULLET_LOOKALIKES and max(bx1 - bx0, by1 - by0) <= 0.8 * x_height

def glyphs_of(pixels: Any, box: Box) -> list[Glyph] | None:
    """A word's image cut into glyphs at blank columns, if it is made only of glyphs of one (digit)
    height and full stops on the baseline; None otherwise."""
    x0, y0, x1, y1 = box
    height = y1 - y0
    if height < 8 or x1 - x0 > 8 * height:
        return None
    pad = max(2, int(0.3 * height))
    left = max(0, x0 - pad)
    crop = np.asarray(pixels[max(0, y0 - 2):y1 + 3, left:x1 + pad], dtype=np.float32)
    if crop.size == 0:
        return None
    paper, ink = float(np.percentile(crop, 90)), float(crop.min())
    if paper - ink < 40:
        return None
    mask = crop < (paper + ink) / 2
    cols = mask.any(axis=0)
    edges = np.flatnonzero(np.diff(np.concatenate(([0], cols.astype(np.int8), [0]))))
    runs = []
    for start, stop in zip(edges[::2], edges[1::2], strict=True):
        part = mask[:, start:stop]
        if int(part.sum()) < 6:
            continue  # a speck
        rows = np.flatnonzero(part.any(axis=1))
        runs.append((int(start), int(stop), int(rows[0]), int(rows[-1])))
    if not runs:
        return None
    top, bottom = min(r[2] for r in runs), max(r[3] for r in runs)
    tall = bottom - top + 1
    glyphs: list[Glyph] = []
    for start, stop, r0, r1 in runs:
        if r1 - r0 + 1 >= 0.85 * tall:
            glyphs.append(("d", left + start, left + stop))
        elif r0 >= top + 0.6 * tall and stop - start <= 0.4 * tall:
            glyphs.append((".", left + start, left + stop))
        else:
            return None
    return glyphs


def numbered(digits: str, glyphs: list[Glyph]) -> str | None:
    """The digits with the full stops put where the image has them (None if the counts differ)."""
    if sum(1 for g in glyphs if g[0] == "d") != len(digits):
        return None
    it = iter(digits)
    return "".join(next(it) if g[0] == "d" else "." for g in glyphs)


def _paragraph_number(words: list[Word], pixels: Any, ascent: float,
                      repairs: list[tuple[Word, list[Glyph]]]) -> list[Word]:
    """The line's words, the first made one if its image is a paragraph number ("2.1", "4.9.5", "12.").
    OCR drops or adds their small full stops ("21", "2.1."), splits them ("2.3" "Be" for "2.3.1") or, on a
    poor scan, misreads digits run together with stops ("1.1.2" as "42"): the stops are put where the
    image has them, and where OCR's digits are not as many as the image's, or OCR was unsure, the digits
    are read again on their own (by :mod:`.ocr`)."""
    for k in (1, 2, 3):
        head = words[:k]
        inner = max((b.box[0] - a.box[2] for a, b in itertools.pairwise(head)), default=0)
        if len(head) < k or inner > 1.2 * ascent:
            break
        if k > 1 and len(words) > k and words[k].box[0] - head[-1].box[2] < max(0.8 * ascent, 2 * inner):
            continue  # the pieces of a hanging number stand well apart from the text
        text = "".join(w.text for w in head)
        if len(text) > 12 or _LETTERS_WITH_STOPS.fullmatch(text):
            continue
        box = (min(w.box[0] for w in head), min(w.box[1] for w in head),
               max(w.box[2] for w in head), max(w.box[3] for w in head))
        glyphs = glyphs_of(pixels, box)
        if glyphs is None or not _NUMBER_GLYPHS.fullmatch("".join(g[0] for g in glyphs)):
            continue
        number = Word(box, text, min(w.conf for w in head))
        digits = "".join(c for c in text if c.isdigit())
        fixed = numbered(digits, glyphs) if digits == text.replace(".", "").replace(",", "") else None
        if fixed is not None:
            number.text = fixed
        if fixed is None or number.conf < SURE_NUMBER:
            repairs.append((number, glyphs))
        number.conf = 100.0  # number-shaped ink: kept, whatever OCR made of it
        return [number, *words[k:]]
    return words
