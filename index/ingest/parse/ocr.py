"""OCR of scanned (image-only) PDF pages into the same :class:`Line` objects the text layer gives.

A page is rendered with pypdfium2 at 300 dpi in grey and read by Tesseract (the Debian package
``tesseract-ocr`` with ``tesseract-ocr-eng``, run as a subprocess; chosen by measurement, see
``benchmarks/ocr_compare.py``) in page segmentation mode 4, "one column of text of variable sizes": the
automatic mode 3 splits hanging paragraph numbers ("1.1.2" in the margin) into blocks of their own and
sometimes drops them, and they are what a citation needs. Tesseract's hOCR gives each text line its box,
its baseline and its row heights; from them each line gets, in PDF points:

- its position, rotated back by the page's skew (the median baseline slope of its long lines), so that a
  scan fed in at a slant still has one left margin, and first-line indents and bullets line up;
- a font size from the height of capitals and ascenders above the baseline (measured in Tesseract's
  deskewed frame), made consistent afterwards: sizes within 8% of the body text's are set to the body
  size (the text layer's own body size on a mixed PDF), so body lines share one size and headings stay
  bigger. Bold is not estimated (always False).

A bullet glyph, which OCR reads as "e", "¢" or "*", is recognised by its shape (one small character well
apart from the next word) and written "•". Words Tesseract is unsure of (confidence under 20) and lines
without a letter or digit (rules, specks) are left out. Line text is normalised as the text path does.

Pages are OCR'd two at a time (one Tesseract process per core, each held to one thread); rendering stays in
the calling thread, as pdfium is not thread-safe.
"""

from __future__ import annotations

import functools
import io
import itertools
import logging
import math
import os
import re
import shutil
import statistics
import subprocess
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ...errors import CorruptDocument, NeedsOCR
from ..clean import Line, normalise_text

logger = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]  # (stage, done, total)

DPI = 300
TESSERACT = "tesseract"
LANGUAGE = "eng"
PSM = "4"
INSTALL_HINT = "install Tesseract OCR to read them: apt-get install tesseract-ocr tesseract-ocr-eng"
MIN_TEXT_CHARS = 40  # a page with fewer characters in its text layer counts as having none ...
MIN_IMAGE_COVER = 0.3  # ... and is OCR'd if images cover at least this share of it
SURE_NUMBER = 90.0  # a paragraph number read with less confidence is read again, digits only
MIN_WORD_CONF = 20.0  # below it, a word is kept only if it looks like one
ASCENT_EM = 0.73  # height of capitals/ascenders above the baseline, in ems (Helvetica/Arial ~0.72-0.75)
SAME_SIZE = 0.08  # line sizes within this fraction of the body size are the body size
BOLD = 1.28  # a line is bold if its strokes are this much thicker, for its size, than body text's ...
MIN_BODY_LINES = 8  # ... measured on at least this many body lines
_DOT_MAX = 14  # pixels at 300 dpi: the largest blob taken for a leader dot
PAGE_TIMEOUT = 300  # seconds for Tesseract on one page

_BBOX = re.compile(r"bbox (-?\d+) (-?\d+) (-?\d+) (-?\d+)")
_BASELINE = re.compile(r"baseline (-?[\d.]+) (-?[\d.]+)")
_NUM = {key: re.compile(rf"{key} (-?[\d.]+)") for key in ("x_size", "x_descenders", "x_ascenders", "x_wconf")}
_LINE_CLASSES = {"ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat"}
_ALNUM = re.compile(r"[A-Za-z0-9]")
_PLAIN_WORD = re.compile(r"[A-Za-z][a-z]*[.,;:!?]?|\d[\d.,]*")  # kept even when Tesseract is unsure of it


@functools.lru_cache(maxsize=1)
def missing() -> str | None:
    """Why OCR cannot run here (None when it can)."""
    exe = shutil.which(TESSERACT)
    if exe is None:
        return "Tesseract is not installed"
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.SubprocessError):
        return "Tesseract does not run"
    if LANGUAGE not in out.stdout.split():
        return "Tesseract has no English language data"
    return None


def pages_to_ocr(path: Path, text_chars: Sequence[int]) -> list[int]:
    """0-based indices of the pages whose text layer is (almost) empty but which carry images."""
    candidates = [i for i, n in enumerate(text_chars) if n < MIN_TEXT_CHARS]
    if not candidates:
        return []
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    wanted = []
    pdf = pdfium.PdfDocument(str(path))
    try:
        for i in candidates:
            page = pdf[i]
            width, height = page.get_size()
            area = 0.0
            for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=3):
                left, bottom, right, top = obj.get_bounds()
                w = min(right, width) - max(left, 0.0)
                h = min(top, height) - max(bottom, 0.0)
                if w > 0 and h > 0:
                    area += w * h
            if width > 0 and height > 0 and area >= MIN_IMAGE_COVER * width * height:
                wanted.append(i)
    finally:
        pdf.close()
    return wanted



Box = tuple[int, int, int, int]


@dataclass
class _Word:
    box: Box
    text: str
    conf: float


@dataclass
class _Found:
    """One line as Tesseract gives it, in page pixels (not yet deskewed)."""

    box: Box
    slope: float
    offset: float  # baseline at x = base_x, from the box's bottom
    base_x: int  # the left edge of Tesseract's box for the line
    x_size: float
    descenders: float
    ascenders: float
    words: list[_Word]


@dataclass
class _RawLine:
    text: str
    x0: float  # pixels, deskewed
    x1: float
    baseline: float
    ascent: float  # capitals/ascenders above the baseline, pixels
    descent: float
    stroke: float  # stroke width over ascent


def ocr_pages(path: Path, indices: Sequence[int], progress: Progress | None = None,
              body_size: float | None = None) -> dict[int, list[Line]]:
    """OCR the given 0-based pages of a PDF: {index: lines}. ``body_size`` is the body text size on the
    PDF's text pages, if it has any, so that OCR'd body text gets the same size."""
    reason = missing()
    if reason is not None:
        raise NeedsOCR(f"{path}: the PDF has scanned pages; {reason}: {INSTALL_HINT}")
    import pypdfium2 as pdfium

    raw: dict[int, list[_RawLine]] = {}
    geometry: dict[int, tuple[float, float, float]] = {}  # index: (points per pixel, page width, height)
    workers = max(1, min(2, os.cpu_count() or 1, len(indices)))
    pdf = pdfium.PdfDocument(str(path))
    try:
        with ThreadPoolExecutor(max_workers=workers) as pool:
            pending: list[tuple[int, Future[list[_RawLine]]]] = []

            def collect() -> None:
                i, fut = pending.pop(0)
                raw[i] = fut.result()
                if progress is not None:
                    progress("ocr", len(raw), len(indices))

            for i in indices:
                page = pdf[i]
                width, height = page.get_size()
                pixels = page.render(scale=DPI / 72, grayscale=True).to_numpy()
                pixels = pixels.reshape(pixels.shape[:2]) if pixels.ndim == 3 else pixels
                geometry[i] = (width / pixels.shape[1] if pixels.shape[1] else 72 / DPI, width, height)
                pending.append((i, pool.submit(_read_page, np.ascontiguousarray(pixels), f"{path}: page {i + 1}")))
                if len(pending) >= workers:
                    collect()
            while pending:
                collect()
    finally:
        pdf.close()
    return _to_lines(raw, geometry, body_size)


def _read_page(pixels: Any, where: str) -> list[_RawLine]:
    """One grey page image → its lines: dot leaders painted out, the page read, then whatever ink no word
    covers read again on its own (Tesseract's layout analysis leaves out lone numbers: a page number in
    the margin, the page numbers of a contents list set flush right) and joined to the lines beside it."""
    sample = pixels[::4, ::4]
    paper, ink = float(np.percentile(sample, 90)), float(np.percentile(sample, 0.2))
    if paper - ink < 40:
        return []  # a blank page
    cleaned, leaders = _without_leaders(pixels, paper, ink)
    repairs: list[tuple[_Word, list[Glyph]]] = []
    found = _hocr_lines(_tesseract(cleaned, PSM, where), pixels, 0, 0, repairs)
    _put_back_leaders(found, leaders)
    if not found:
        return []
    for extra in _read_leftovers(cleaned, found, paper, ink, where, pixels, repairs):
        line = _line_at(found, extra.box)
        if line is None:
            found.append(extra)
            continue
        # only words beyond either end of the line: inside it, leftovers are bits of letters
        outside = [w for w in extra.words if w.box[0] >= line.box[2] or w.box[2] <= line.box[0]]
        if outside:
            line.words = sorted(line.words + outside, key=lambda w: w.box[0])
            line.box = (min(line.box[0], *(w.box[0] for w in outside)), line.box[1],
                        max(line.box[2], *(w.box[2] for w in outside)), line.box[3])
    for line in found:  # a contents entry's page number, after its leader
        last = line.words[-1]
        if len(line.words) >= 2 and line.words[-2].text == _LEADER and (glyphs := _glyphs(pixels, last.box)) \
                and re.fullmatch(r"d{1,4}", "".join(g[0] for g in glyphs)) \
                and not (last.text.isdigit() and len(last.text) == len(glyphs) and last.conf >= SURE_NUMBER):
            repairs.append((last, glyphs))
    _reread_numbers(pixels, repairs, where)
    return _deskew(found, pixels, (paper + ink) / 2)


def _read_leftovers(cleaned: Any, found: list[_Found], paper: float, ink: float, where: str, pixels: Any,
                    repairs: list[tuple[_Word, list[Glyph]]]) -> list[_Found]:
    """Lines read from the ink that no word of ``found`` covers (one more Tesseract run, on the smallest
    box holding all text-sized leftovers; none if there are none)."""
    from scipy import ndimage

    left = cleaned.copy()
    for f in found:
        for w in f.words:
            x0, y0, x1, y1 = w.box
            left[max(0, y0 - 3):y1 + 3, max(0, x0 - 3):x1 + 3] = int(paper)
    labels, count = ndimage.label(left < (paper + ink) / 2)
    boxes = []
    for sl in ndimage.find_objects(labels) if count else []:
        if sl is None:
            continue
        h, w = sl[0].stop - sl[0].start, sl[1].stop - sl[1].start
        if 12 <= h <= 150 and w <= 8 * h:  # glyph-sized: not a speck, a rule or a picture
            boxes.append((sl[1].start, sl[0].start, sl[1].stop, sl[0].stop))
    if not boxes:
        return []
    height, width = left.shape
    x0, y0 = max(0, min(b[0] for b in boxes) - 20), max(0, min(b[1] for b in boxes) - 20)
    x1, y1 = min(width, max(b[2] for b in boxes) + 20), min(height, max(b[3] for b in boxes) + 20)
    # black on white: Tesseract's own thresholding, on a page left almost empty, turns paper grain into text
    crop = np.where(left[y0:y1, x0:x1] < (paper + ink) / 2, 0, 255).astype(np.uint8)
    return _hocr_lines(_tesseract(crop, "6", where), pixels, x0, y0, repairs)


def _without_leaders(pixels: Any, paper: float, ink: float) -> tuple[Any, list[Box]]:
    """The page with dot leaders ("Scope ........ 4") painted out, and their boxes: Tesseract reads them
    as letters and garbles the words before them. A leader is a row of at least eight dot-sized blobs."""
    from scipy import ndimage

    labels, count = ndimage.label(pixels < (paper + ink) / 2)
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
    for row in rows_of_dots:
        row.sort(key=lambda d: d[3])
        runs = [[row[0]]]
        for d in row[1:]:
            if 0 < d[3] - runs[-1][-1][4] <= 4 * _DOT_MAX:
                runs[-1].append(d)
            else:
                runs.append([d])
        for run in runs:
            if len(run) >= 8:
                out = pixels.copy() if out is None else out
                top, bottom = min(d[1] for d in run), max(d[2] for d in run)
                out[max(0, top - 2):bottom + 2, max(0, run[0][3] - 2):run[-1][4] + 2] = int(paper)
                leaders.append((run[0][3], top, run[-1][4], bottom))
    return (pixels if out is None else out), leaders


def _put_back_leaders(found: list[_Found], leaders: list[Box]) -> None:
    """Each painted-out leader goes back into its line's text as dots, between the entry's title and its
    page number, so that a contents page is still recognised as one."""
    for box in leaders:
        line = _line_at(found, box)
        if line is None:
            continue
        if line.words and line.words[-1].text == _LEADER and box[0] - line.words[-1].box[2] < 200:
            line.words[-1].box = (line.words[-1].box[0], line.words[-1].box[1], box[2], box[3])
        else:
            line.words.append(_Word(box, _LEADER, 100.0))
        line.words.sort(key=lambda w: w.box[0])
        line.box = (min(line.box[0], box[0]), line.box[1], max(line.box[2], box[2]), line.box[3])


def _line_at(found: list[_Found], box: Box) -> _Found | None:
    """The line whose baseline runs under ``box`` (a leader, a number read apart), if any."""
    middle = (box[0] + box[2]) / 2
    best, distance = None, 0.0
    for f in found:
        base = f.box[3] + f.offset + f.slope * (middle - f.base_x)
        d = abs(base - box[3])
        if d <= 0.6 * max(f.x_size - f.descenders, 8.0) and (best is None or d < distance):
            best, distance = f, d
    return best


def _tesseract(pixels: Any, psm: str, where: str, *options: str, fmt: str = "hocr") -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.fromarray(pixels, mode="L").save(buf, format="PPM")  # uncompressed: no time spent encoding
    cmd = [shutil.which(TESSERACT) or TESSERACT, "stdin", "stdout", "-l", LANGUAGE, "--psm", psm,
           "--dpi", str(DPI), *options, fmt]
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}  # one thread per process: OpenMP only spins on 2 cores
    try:
        done = subprocess.run(cmd, input=buf.getvalue(), capture_output=True, timeout=PAGE_TIMEOUT, env=env,
                              check=False)
    except subprocess.TimeoutExpired as exc:
        raise CorruptDocument(f"{where}: OCR took over {PAGE_TIMEOUT} s") from exc
    except OSError as exc:
        raise NeedsOCR(f"{where}: Tesseract could not be run ({exc.strerror}); {INSTALL_HINT}") from exc
    if done.returncode != 0:
        raise CorruptDocument(f"{where}: OCR failed (Tesseract exit code {done.returncode})")
    return done.stdout


def _num(title: str, key: str, default: float = 0.0) -> float:
    m = _NUM[key].search(title)
    return float(m.group(1)) if m else default


def _bbox(title: str, dx: int = 0, dy: int = 0) -> Box | None:
    m = _BBOX.search(title)
    if not m:
        return None
    return int(m.group(1)) + dx, int(m.group(2)) + dy, int(m.group(3)) + dx, int(m.group(4)) + dy


def _hocr_lines(hocr: bytes, pixels: Any, dx: int, dy: int,
                repairs: list[tuple[_Word, list[Glyph]]]) -> list[_Found]:
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
                words.append(_Word(wbox, text, _num(w.get("title", ""), "x_wconf", 100.0)))
        x_size, desc, asc = _num(title, "x_size"), _num(title, "x_descenders"), _num(title, "x_ascenders")
        words = _clean_words(words, pixels, x_size - desc - asc, x_size - desc, repairs)
        if not words:
            continue
        m = _BASELINE.search(title)
        slope, offset = (float(m.group(1)), float(m.group(2))) if m else (0.0, 0.0)
        # the box spans the words kept (Tesseract's also spans words left out, which the leftover pass reads)
        kept_box = (min(w.box[0] for w in words), box[1], max(w.box[2] for w in words), box[3])
        found.append(_Found(kept_box, slope, offset, box[0], x_size, desc, asc, words))
    return found


def _clean_words(words: list[_Word], pixels: Any, x_height: float, ascent: float,
                 repairs: list[tuple[_Word, list[Glyph]]]) -> list[_Word]:
    if len(words) >= 2 and _is_bullet(words[0], words[1], x_height, ascent):
        words[0].text, words[0].conf = ("–" if words[0].text in _DASHES else "•"), 100.0
    words = _paragraph_number(words, pixels, ascent, repairs)
    kept: list[_Word] = []
    for w in words:
        if w.text == "|" and w.conf >= 60 and ascent > 0 and w.box[3] - w.box[1] <= 1.15 * ascent:
            w.text = "I"  # a sans-serif capital I, which Tesseract reads as a bar
        if (w.conf < MIN_WORD_CONF and not _PLAIN_WORD.fullmatch(w.text)) or set(w.text) <= {"|"} \
                or (w.conf < 50 and not _ALNUM.search(w.text)):
            continue  # unsure and odd, or a bar or speck (read in the gap after a hanging paragraph number)
        if len(w.text) > 2 and w.text[0] == "a" and w.text[1].islower():
            kept += _split_article(w, pixels, words)
            continue
        kept.append(w)
    return kept


def _split_article(w: _Word, pixels: Any, words: list[_Word]) -> list[_Word]:
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
    return [_Word((x0, y0, cut, y1), "a", w.conf), _Word((cut + int(after[0]), y0, x1, y1), w.text[1:], w.conf)]


_BULLET_LOOKALIKES = set("eoc¢«»*©®°•·+")


_DASHES = set("-–—_~")


def _is_bullet(first: _Word, nxt: _Word, x_height: float, ascent: float) -> bool:
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


_TALL = re.compile(r"[A-Z0-9bdfhklt]")


def _ascent(f: _Found) -> float:
    """Height of capitals and ascenders above the baseline: Tesseract's row measure, unless the line's own
    tall words (with a capital, a digit or an ascender) stand clearly lower: rows of digits mislead it."""
    base = f.box[3] + f.offset
    tall = [base + f.slope * (w.box[0] - f.base_x) - w.box[1] for w in f.words
            if len(w.text) >= 2 and _TALL.search(w.text)]
    ascent = f.x_size - f.descenders if f.x_size > f.descenders else float(f.box[3] - f.box[1])
    if tall and ascent > 1.15 * max(tall):
        ascent = max(tall)
    return ascent


def _stroke(pixels: Any, words: list[_Word], threshold: float) -> float:
    """Mean stroke width of the words' ink, in pixels: twice the ink area over its edge pixels."""
    area = edges = 0
    for w in words:
        x0, y0, x1, y1 = w.box
        ink = pixels[y0:y1, x0:x1] < threshold
        if ink.shape[0] < 3 or ink.shape[1] < 3 or not _ALNUM.search(w.text):  # not bullets and leaders
            continue
        inner = ink[1:-1, 1:-1] & ink[:-2, 1:-1] & ink[2:, 1:-1] & ink[1:-1, :-2] & ink[1:-1, 2:]
        n = int(ink.sum())
        area += n
        edges += n - int(inner.sum())
    return 2 * area / edges if edges else 0.0


def _deskew(found: list[_Found], pixels: Any, threshold: float) -> list[_RawLine]:
    """Lines rotated back about the page centre by the page's skew: the median baseline slope of its long
    lines. Heights come from Tesseract's row measures, taken in its own deskewed frame."""
    height, width = pixels.shape
    long_slopes = [f.slope for f in found if f.box[2] - f.box[0] >= 0.3 * width]
    angle = math.atan(statistics.median(long_slopes)) if long_slopes else 0.0
    cos, sin, tan = math.cos(angle), math.sin(angle), math.tan(angle)
    cx, cy = width / 2, height / 2
    lines = []
    for f in found:
        text = normalise_text(" ".join(w.text for w in f.words))
        if not _ALNUM.search(text):
            continue
        left = min(w.box[0] for w in f.words)
        right = max(w.box[2] for w in f.words)
        base_left = f.box[3] + f.offset + tan * (left - f.base_x)  # the baseline under the first word
        rx = cx + (left - cx) * cos + (base_left - cy) * sin
        ry = cy - (left - cx) * sin + (base_left - cy) * cos
        ascent = max(_ascent(f), 1.0)
        lines.append(_RawLine(text=text, x0=rx, x1=rx + (right - left) / cos, baseline=ry, ascent=ascent,
                              descent=max(f.descenders, 0.0), stroke=_stroke(pixels, f.words, threshold) / ascent))
    return lines


_LEADER = "." * 8
Glyph = tuple[str, int, int]  # "d" (a digit-high glyph) or "." (a full stop), left, right in page pixels
_NUMBER_GLYPHS = re.compile(r"d{1,3}(?:\.d{1,3}){1,3}\.?|d{1,4}\.")
_LETTERS_WITH_STOPS = re.compile(r"(?:[A-Za-z]\.)+")


def _glyphs(pixels: Any, box: Box) -> list[Glyph] | None:
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


def _numbered(digits: str, glyphs: list[Glyph]) -> str | None:
    """The digits with the full stops put where the image has them (None if the counts differ)."""
    if sum(1 for g in glyphs if g[0] == "d") != len(digits):
        return None
    it = iter(digits)
    return "".join(next(it) if g[0] == "d" else "." for g in glyphs)


def _paragraph_number(words: list[_Word], pixels: Any, ascent: float,
                      repairs: list[tuple[_Word, list[Glyph]]]) -> list[_Word]:
    """The line's words, the first made one if its image is a paragraph number ("2.1", "4.9.5", "12.").
    OCR drops or adds their small full stops ("21", "2.1."), splits them ("2.3" "Be" for "2.3.1") or, on a
    poor scan, misreads digits run together with stops ("1.1.2" as "42"): the stops are put where the
    image has them, and where OCR's digits are not as many as the image's, or OCR was unsure, the digits
    are read again on their own (:func:`_reread_numbers`)."""
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
        glyphs = _glyphs(pixels, box)
        if glyphs is None or not _NUMBER_GLYPHS.fullmatch("".join(g[0] for g in glyphs)):
            continue
        number = _Word(box, text, min(w.conf for w in head))
        digits = "".join(c for c in text if c.isdigit())
        fixed = _numbered(digits, glyphs) if digits == text.replace(".", "").replace(",", "") else None
        if fixed is not None:
            number.text = fixed
        if fixed is None or number.conf < SURE_NUMBER:
            repairs.append((number, glyphs))
        number.conf = 100.0  # number-shaped ink: kept, whatever OCR made of it
        return [number, *words[k:]]
    return words


def _reread_numbers(pixels: Any, repairs: list[tuple[_Word, list[Glyph]]], where: str) -> None:
    """Read the digits of doubtful paragraph numbers again, set apart on a clean strip (one Tesseract run
    for the page, digits only), and keep a reading whose digits are as many as the image's."""
    if not repairs:
        return
    height = max(w.box[3] - w.box[1] for w, _ in repairs) + 8
    gap = height // 2
    rows = []
    for w, glyphs in repairs:
        y0, y1 = max(0, w.box[1] - 4), w.box[1] - 4 + height
        pieces = [pixels[y0:y1, max(0, g[1] - 2):g[2] + 2] for g in glyphs if g[0] == "d"]
        paper = int(np.percentile(pixels[y0:y1, w.box[0]:w.box[2]], 90))
        row = np.full((height, sum(p.shape[1] + gap for p in pieces) + gap), paper, dtype=np.uint8)
        x = gap
        for piece in pieces:
            row[:piece.shape[0], x:x + piece.shape[1]] = piece
            x += piece.shape[1] + gap
        rows.append(row)
    width = max(r.shape[1] for r in rows) + 2 * gap
    strip = np.full((len(rows) * (height + gap) + gap, width), 255, dtype=np.uint8)
    for k, row in enumerate(rows):
        top = gap + k * (height + gap)
        strip[top:top + height, gap:gap + row.shape[1]] = row
        strip[top:top + height, gap + row.shape[1]:] = row[:, -1:]
    text = _tesseract(strip, "6", where, "-c", "tessedit_char_whitelist=0123456789", fmt="txt")
    readings = [ln for ln in text.decode("utf-8", "replace").splitlines() if ln.strip()]
    if len(readings) != len(repairs):
        return
    for (w, glyphs), reading in zip(repairs, readings, strict=True):
        fixed = _numbered("".join(c for c in reading if c.isdigit()), glyphs)
        if fixed is not None:
            w.text = fixed


def _to_lines(raw: dict[int, list[_RawLine]], geometry: dict[int, tuple[float, float, float]],
              body_size: float | None) -> dict[int, list[Line]]:
    sizes = {i: [ln.ascent * geometry[i][0] / ASCENT_EM for ln in lines] for i, lines in raw.items()}
    weighted = sorted((s, len(ln.text)) for i, lines in raw.items() for s, ln in zip(sizes[i], lines, strict=True))
    body_raw = _weighted_median(weighted)
    if body_size and body_raw and abs(body_raw - body_size) <= SAME_SIZE * body_size:
        body = body_size
    else:
        body = round(body_raw * 2) / 2

    def is_body(est: float) -> bool:
        return bool(body_raw) and abs(est - body_raw) <= SAME_SIZE * body_raw

    # other sizes: estimates within SAME_SIZE of each other are one size (headings of one level agree)
    others = sorted((est, len(ln.text)) for i, lines in raw.items()
                    for ln, est in zip(lines, sizes[i], strict=True) if not is_body(est))
    groups: list[list[tuple[float, int]]] = []
    for pair in others:
        if groups and pair[0] <= groups[-1][0][0] * (1 + SAME_SIZE):
            groups[-1].append(pair)
        else:
            groups.append([pair])
    scale_to_body = body / body_raw if body_raw else 1.0
    snapped = {pair[0]: round(_weighted_median(g) * scale_to_body * 2) / 2 for g in groups for pair in g}

    # bold: strokes clearly thicker (for their size) than body text's
    body_strokes = sorted((ln.stroke, len(ln.text)) for i, lines in raw.items()
                          for ln, est in zip(lines, sizes[i], strict=True) if is_body(est) and ln.stroke > 0)
    regular = _weighted_median(body_strokes) if len(body_strokes) >= MIN_BODY_LINES else 0.0
    out: dict[int, list[Line]] = {}
    for i, lines in raw.items():
        scale, width, height = geometry[i]
        page_lines = []
        for ln, est in zip(lines, sizes[i], strict=True):
            size = body if is_body(est) else snapped[est]
            page_lines.append(Line(text=ln.text, page=i + 1, top=(ln.baseline - ln.ascent) * scale,
                                   bottom=(ln.baseline + ln.descent) * scale, x0=ln.x0 * scale,
                                   x1=ln.x1 * scale, size=size, bold=bool(regular) and ln.stroke >= BOLD * regular,
                                   page_height=height, page_width=width))
        page_lines.sort(key=lambda ln: (round(ln.top), ln.x0))
        out[i] = page_lines
    return out


def _weighted_median(pairs: list[tuple[float, int]]) -> float:
    total = sum(w for _, w in pairs)
    if not total:
        return 0.0
    acc = 0
    for value, w in pairs:
        acc += w
        if acc >= total / 2:
            return value
    return pairs[-1][0]
