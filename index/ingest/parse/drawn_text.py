"""Words a PDF draws but does not write are read by OCR, as a scan's are (blind round 73).

A page is OCR'd whole (:mod:`.ocr`) when its text layer cannot be read as printed:
- it is (almost) empty, and images cover a good share of the page (a scan, or a PDF "printed as image"), or the
  page is drawn in filled curves the size of letters (text converted to outlines: a print-ready export,
  Ghostscript's ``NoOutputFonts``, a designer's "Create outlines"), or it holds text objects whose glyphs no
  font maps to a character (a Type 3 bitmap font without a ToUnicode map);
- its words are not words: fewer than :data:`GARBLED` of them are dictionary words (a font whose codes read as
  other letters), where OCR reads more;
- it is a scan under an invisible text layer (another OCR's), and the document's such layers read fewer than
  :data:`SCAN_LAYER` dictionary words, where OCR reads more.
  An OCR reading replaces a text layer only when it reads clearly more dictionary words (at least as many, on a
  scan under such a misreading layer).

A page of text with a box of outlined text in it (a quotation set as artwork) has only the box OCR'd, everything
else on the page painted out, and the box's lines go among the page's where the box stands. Boxes at the same
place on two or more pages (a logo in a running head) are not read, nor one whose reading is not words.
"""

from __future__ import annotations

import ctypes
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...errors import NeedsOCR
from ..clean import Line
from ..hyphens import english_words
from .blocks import body_size
from .ocr import INSTALL_HINT, MIN_IMAGE_COVER, MIN_TEXT_CHARS, Progress, missing, ocr_pages

logger = logging.getLogger(__name__)

LETTER_HEIGHT = 72.0  # points: a filled path no taller than this may be a letter (or a line of letters)
OUTLINED_CURVES = 150  # Bézier segments in letter-sized paths: a page drawn in outlined text
BOX_CURVES = 80  # ... and in one box of them on a page of text
BOX_GAP = 18.0  # points: letter-sized paths nearer than this above or below are one box ...
BOX_GAP_ACROSS = 48.0  # ... and nearer than this beside (a hanging paragraph number and its text)
BOX_WIDTH = 40.0  # points: a narrower box is no line of text (a rule drawn in curves, a line set sideways)
GARBLED = 0.25  # a text layer with fewer dictionary words than this share is not read as words
SCAN_LAYER = 0.92  # a scan's invisible text layer with fewer dictionary words than this is compared with OCR's
BETTER = 0.03  # how many more of its words OCR must find in the dictionary to replace a text layer
MIN_WORDS = 20  # words a text layer needs for its share to be judged

Box = tuple[float, float, float, float]  # x0, top, x1, bottom in points from the page's top left


@dataclass
class Drawn:
    """What pdfium finds drawn on one page."""

    cover: float = 0.0  # share of the page images cover
    glyphs: int = 0  # characters in its text objects ...
    unmapped: int = 0  # ... and those of them no font maps to a character
    invisible: float = 0.0  # share of its text objects drawn invisibly (render mode 3: an OCR layer)
    curves: int = 0  # Bézier segments in filled letter-sized paths
    shapes: list[tuple[Box, int]] = field(default_factory=list)  # each letter-sized path and its curves

    @property
    def under_layer(self) -> bool:
        """A scan under an invisible text layer (another OCR's)."""
        return self.cover >= MIN_IMAGE_COVER and self.invisible >= 0.5


def share_of_words(text: str) -> tuple[float, int]:
    """The share of a text's words of three letters or more that the dictionary knows, and how many there are. A
    glyph no font maps ("(cid:12)") is a word the dictionary does not know."""
    known = english_words(3)
    unmapped = len(re.findall(r"\(cid:\d+\)", text))
    words = [w.lower() for w in re.findall(r"[A-Za-z]{3,}", re.sub(r"\(cid:\d+\)", " ", text))]
    n = len(words) + unmapped // 4
    return (sum(w in known for w in words) / n if n else 0.0), n


def _segments(obj: Any) -> tuple[int, bool]:
    """A path's Bézier segments, and whether it is filled."""
    import pypdfium2.raw as c

    fill, stroke = ctypes.c_int(), ctypes.c_int()
    filled = bool(c.FPDFPath_GetDrawMode(obj, ctypes.byref(fill), ctypes.byref(stroke))) and fill.value != 0
    curves = sum(c.FPDFPathSegment_GetType(c.FPDFPath_GetPathSegment(obj, k)) == c.FPDF_SEGMENT_BEZIERTO
                 for k in range(max(0, c.FPDFPath_CountSegments(obj))))
    return curves, filled


def _apply(m: tuple[float, ...], bounds: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    """A box's bounds under an affine matrix (a, b, c, d, e, f)."""
    left, bottom, right, top = bounds
    pts = [(m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]) for x in (left, right) for y in (bottom, top)]
    return min(p[0] for p in pts), min(p[1] for p in pts), max(p[0] for p in pts), max(p[1] for p in pts)


def _times(m: tuple[float, ...], n: tuple[float, ...]) -> tuple[float, ...]:
    """The matrix m applied first, then n."""
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (a * p + b * r, a * q + b * s, c * p + d * r, c * q + d * s, e * p + f * r + t, e * q + f * s + u)


def _survey_page(page: Any) -> Drawn:
    import pypdfium2.raw as c

    width, height = page.get_size()
    drawn, texts, hidden, image_area = Drawn(), 0, 0, 0.0

    def walk(form: Any, matrix: tuple[float, ...], level: int) -> None:
        nonlocal texts, hidden, image_area
        for obj in page.get_objects(max_depth=1, form=form, level=level):
            bounds = _apply(matrix, obj.get_bounds())
            left, bottom, right, top = bounds
            if obj.type == c.FPDF_PAGEOBJ_FORM and level < 4:
                m = obj.get_matrix()
                walk(obj, _times((m.a, m.b, m.c, m.d, m.e, m.f), matrix), level + 1)
            elif obj.type == c.FPDF_PAGEOBJ_IMAGE:
                w, h = min(right, width) - max(left, 0.0), min(top, height) - max(bottom, 0.0)
                image_area += w * h if w > 0 and h > 0 else 0.0
            elif obj.type == c.FPDF_PAGEOBJ_TEXT:
                texts += 1
                hidden += c.FPDFTextObj_GetTextRenderMode(obj) == c.FPDF_TEXTRENDERMODE_INVISIBLE
            elif obj.type == c.FPDF_PAGEOBJ_PATH and 0 < top - bottom <= LETTER_HEIGHT:
                curves, filled = _segments(obj)
                if filled and curves:
                    drawn.curves += curves
                    drawn.shapes.append(((left, height - top, right, height - bottom), curves))

    identity = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    walk(None, identity, 0)
    textpage = page.get_textpage()
    try:
        drawn.glyphs = textpage.count_chars()
        drawn.unmapped = sum(c.FPDFText_HasUnicodeMapError(textpage, k) == 1 for k in range(drawn.glyphs))
    finally:
        textpage.close()
    drawn.cover = image_area / (width * height) if width > 0 and height > 0 else 0.0
    drawn.invisible = hidden / texts if texts else 0.0
    return drawn


def survey(path: Path) -> list[Drawn] | None:
    """What each page draws (None when pdfium cannot open the file: a password it is not given)."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError:
        return None
    try:
        found = []
        for i in range(len(pdf)):
            page = pdf[i]
            try:
                found.append(_survey_page(page))
            finally:
                page.close()
        return found
    finally:
        pdf.close()


def _boxes(shapes: list[tuple[Box, int]], lines: list[Line]) -> list[Box]:
    """Boxes of letter-sized curves that no text line overlaps, each with :data:`BOX_CURVES` curves or more."""
    free = [(b, n) for b, n in shapes if not any(
        ln.x0 < b[2] and b[0] < ln.x1 and ln.top < b[3] and b[1] < ln.bottom for ln in lines)]
    groups: list[tuple[Box, int]] = []
    for b, n in free:
        near = [(g, m) for g, m in groups if b[0] < g[2] + BOX_GAP_ACROSS and g[0] < b[2] + BOX_GAP_ACROSS
                and b[1] < g[3] + BOX_GAP and g[1] < b[3] + BOX_GAP]
        for g, m in near:  # the groups it touches become one with it
            groups.remove((g, m))
            b, n = (min(g[0], b[0]), min(g[1], b[1]), max(g[2], b[2]), max(g[3], b[3])), m + n
        groups.append((b, n))
    return [g for g, n in groups if n >= BOX_CURVES and g[2] - g[0] >= BOX_WIDTH]


def _run_together(lines: list[Line]) -> bool:
    """Whether a page's words read run together ("troppusdenilced", a table set sideways and mirrored): such words
    are no dictionary's, but the page is laid out from its text layer elsewhere (:mod:`.print_server`)."""
    lengths = sorted(len(w) for ln in lines for w in re.findall(r"[A-Za-z]{3,}", ln.text))
    return bool(lengths) and lengths[len(lengths) // 2] > 9


def _where(box: Box) -> tuple[int, ...]:
    return tuple(round(v / 6) for v in box)


def plan(pages: list[list[Line]], drawn: list[Drawn]) -> tuple[list[int], list[int], dict[int, list[Box]]]:
    """Which pages to OCR: (whole, compared, boxed). "Whole" pages take OCR's reading; "compared" pages take it only
    if it reads clearly more dictionary words; "boxed" pages have only their boxes of outlined text read."""
    whole, compared, boxed = [], [], {}
    layered = [i for i, d in enumerate(drawn) if d.under_layer]
    misread = share_of_words(" ".join(ln.text for i in layered for ln in pages[i]))[0] < SCAN_LAYER
    for i, (lines, d) in enumerate(zip(pages, drawn, strict=True)):
        chars = sum(len(ln.text) for ln in lines)
        share, words = share_of_words(" ".join(ln.text for ln in lines))
        unmapped = d.unmapped >= MIN_TEXT_CHARS and d.unmapped >= d.glyphs / 3  # glyphs that read as nothing
        if chars < MIN_TEXT_CHARS:
            if d.cover >= MIN_IMAGE_COVER or d.curves >= OUTLINED_CURVES or unmapped:
                whole.append(i)
        elif unmapped or (words >= MIN_WORDS and share < GARBLED and not _run_together(lines)) \
                or (misread and i in layered):
            compared.append(i)
        elif d.curves >= BOX_CURVES and (found := _boxes(d.shapes, lines)):
            boxed[i] = found
    seen: dict[tuple[int, ...], int] = {}
    for found in boxed.values():
        for b in found:
            seen[_where(b)] = seen.get(_where(b), 0) + 1
    boxed = {i: kept for i, found in boxed.items() if (kept := [b for b in found if seen[_where(b)] == 1])}
    return whole, compared, boxed


def _put_in(lines: list[Line], box_lines: list[Line]) -> list[Line]:
    """A page's lines with a box's lines put where the box stands: before the first line below it that shares its
    width, else after the last line above it."""
    if not box_lines:
        return lines
    top, x0, x1 = box_lines[0].top, min(b.x0 for b in box_lines), max(b.x1 for b in box_lines)
    for k, ln in enumerate(lines):
        if ln.top >= top and ln.x0 < x1 and x0 < ln.x1:
            return lines[:k] + box_lines + lines[k:]
    return lines + box_lines


def read_drawn_pages(path: Path, pages: list[list[Line]], progress: Progress | None) -> tuple[list[list[Line]], int]:
    """The pages with whatever only OCR can read read by OCR (see the module's docstring), and how many pages were
    OCR'd. Without an OCR engine, a PDF that is mostly scans is refused (:class:`NeedsOCR`) and a few scanned pages
    are left out."""
    drawn = survey(path)
    if drawn is None or len(drawn) != len(pages):
        return pages, 0
    whole, compared, boxed = plan(pages, drawn)
    if not (whole or compared or boxed):
        return pages, 0
    reason = missing()
    if reason is not None:
        chars = sum(len(ln.text) for p in pages for ln in p)
        if chars == 0 or (chars < 20 * len(pages) and len(whole) >= 0.8 * len(pages)):
            raise NeedsOCR(f"{path}: the PDF's pages are scanned images; {reason}: {INSTALL_HINT}")
        logger.warning("%s: %d page(s) drawn as images or outlines left out (%s; %s)", path.name,
                       len(whole) + len(compared) + len(boxed), reason, INSTALL_HINT)
        return pages, 0
    wanted = sorted({*whole, *compared, *boxed})
    text_pages = [p for i, p in enumerate(pages) if i not in wanted]
    body = body_size(text_pages) if any(text_pages) else None
    read = ocr_pages(path, wanted, progress=progress, body_size=body or None, boxes=boxed)
    out = list(pages)
    for i in whole:
        out[i] = read.get(i, pages[i])
    for i in compared:
        mine, theirs = share_of_words(" ".join(ln.text for ln in read.get(i, []))), share_of_words(
            " ".join(ln.text for ln in pages[i]))
        # a scan's layer in a document whose layers misread gives way to OCR's reading on a tie
        if mine[1] >= MIN_WORDS // 2 and mine[0] >= theirs[0] + (0.0 if drawn[i].under_layer else BETTER):
            out[i] = read[i]
    for i, found in boxed.items():
        left = read.get(i, [])
        for box in found:
            got = [ln for ln in left if box[1] <= (ln.top + ln.bottom) / 2 <= box[3] and ln.x0 < box[2] + 6]
            left = [ln for ln in left if ln not in got]
            share, words = share_of_words(" ".join(ln.text for ln in got))
            if words >= 3 and share >= 0.6:
                out[i] = _put_in(out[i], got)
    return out, len(wanted)
