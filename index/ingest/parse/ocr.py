"""OCR of scanned (image-only) PDF pages into the same :class:`Line` objects the text layer gives.

A page is rendered with pypdfium2 at 300 dpi in grey and read by Tesseract (Debian's ``tesseract-ocr`` and
``tesseract-ocr-eng``, run as a subprocess; chosen by measurement, see ``benchmarks/ocr_compare.py``) in
page segmentation mode 4, "one column of text of variable sizes": the automatic mode 3 splits hanging
paragraph numbers ("1.1.2" in the margin) into blocks of their own and often drops them, and they are
what a citation needs. Reading the hOCR and repairing it from the image is :mod:`.ocr_lines`; here, ink
that no word covers (a lone page number in a margin, flush-right page numbers) is read again on its own,
and doubtful paragraph and page numbers are read again apart, digits only.

Before a page is read, uneven light is divided out and its columns are found (:mod:`.ocr_columns`: a page with
columns is turned upright and read column by column). Each line gets, in PDF points, its position rotated back by
the page's skew (the median baseline slope of its long lines), so a slanted scan still has one left margin, and a
size and weight as a text layer would give them (:mod:`.ocr_sizes`). Line text is normalised as the text path does.
No document text is logged. Page images that are not a PDF's (a PNG, a phone photo, a TIFF's frames) come in through
:func:`ocr_frames` (:mod:`.images`).

Pages are OCR'd two at a time (one Tesseract process per core, each held to one thread); rendering stays
in the calling thread, as pdfium is not thread-safe.
"""

from __future__ import annotations

import functools
import io
import logging
import math
import os
import re
import shutil
import statistics
import subprocess
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np

from ...errors import CorruptDocument, NeedsOCR
from ..clean import Line, normalise_text
from .ocr_columns import layout, turned
from .ocr_lines import (
    ALNUM,
    LEADER,
    SURE_NUMBER,
    Found,
    Glyph,
    Word,
    baseline,
    glyphs_of,
    hocr_lines,
    join_rows,
    line_at,
    numbered,
    put_back_leaders,
    without_leaders,
)
from .ocr_sizes import RawLine, to_lines

logger = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]  # (stage, done, total)

DPI = 300
TESSERACT = "tesseract"
LANGUAGE = "eng"
PSM = "4"
INSTALL_HINT = "install Tesseract OCR to read them: apt-get install tesseract-ocr tesseract-ocr-eng"
MIN_TEXT_CHARS = 40  # a page with fewer characters in its text layer counts as having none ...
MIN_IMAGE_COVER = 0.3  # ... and is OCR'd if images cover at least this share of it
PAGE_TIMEOUT = 300  # seconds for Tesseract on one page
LIGHT_WINDOW = 15  # cells of 8 pixels (120 at 300 dpi) over which the paper's brightness is taken
EVEN_LIGHT = 24  # grey levels: paper brighter in one place than another by less than this is even



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


def ocr_pages(path: Path, indices: Sequence[int], progress: Progress | None = None,
              body_size: float | None = None,
              boxes: dict[int, list[tuple[float, float, float, float]]] | None = None) -> dict[int, list[Line]]:
    """OCR the given 0-based pages of a PDF: {index: lines}. ``body_size`` is the body text size on the
    PDF's text pages, if it has any, so that OCR'd body text gets the same size. A page given ``boxes`` (x0, top,
    x1, bottom in points) has all but them painted out first."""
    reason = missing()
    if reason is not None:
        raise NeedsOCR(f"{path}: the PDF has scanned pages; {reason}: {INSTALL_HINT}")
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        def rendered() -> Iterator[Frame]:
            for i in indices:
                page = pdf[i]
                width, height = page.get_size()
                pixels = page.render(scale=DPI / 72, grayscale=True).to_numpy()
                pixels = pixels.reshape(pixels.shape[:2]) if pixels.ndim == 3 else pixels
                yield i, _only(pixels, (boxes or {}).get(i)), width, height

        return ocr_frames(rendered(), len(indices), str(path), progress, body_size)
    finally:
        pdf.close()


def _only(pixels: Any, boxes: list[tuple[float, float, float, float]] | None) -> Any:
    """The page image with all but the boxes painted white (the whole image without boxes)."""
    if not boxes:
        return pixels
    out = np.full_like(pixels, 255)
    scale, pad = DPI / 72, 3 * DPI // 72
    for x0, top, x1, bottom in boxes:
        r0, r1 = max(0, int(top * scale) - pad), int(bottom * scale) + pad
        c0, c1 = max(0, int(x0 * scale) - pad), int(x1 * scale) + pad
        out[r0:r1, c0:c1] = pixels[r0:r1, c0:c1]
    return out


Frame = tuple[int, Any, float, float]  # (0-based page, grey pixels at DPI, page width and height in points)


def ocr_frames(frames: Iterable[Frame], count: int, where: str, progress: Progress | None = None,
               body_size: float | None = None) -> dict[int, list[Line]]:
    """OCR pages given as grey images at :data:`DPI` (a PDF's pages rendered, or a scan's frames):
    {index: lines}. The images are made in the calling thread, as they come; ``count`` of them."""
    raw: dict[int, list[RawLine]] = {}
    geometry: dict[int, tuple[float, float, float]] = {}  # index: (points per pixel, page width, height)
    workers = max(1, min(2, os.cpu_count() or 1, count))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        pending: list[tuple[int, Future[list[RawLine]]]] = []

        def collect() -> None:
            i, fut = pending.pop(0)
            raw[i] = fut.result()
            if progress is not None:
                progress("ocr", len(raw), count)

        for i, pixels, width, height in frames:
            geometry[i] = (width / pixels.shape[1] if pixels.shape[1] else 72 / DPI, width, height)
            pending.append((i, pool.submit(_read_page, np.ascontiguousarray(pixels), f"{where}: page {i + 1}")))
            if len(pending) >= workers:
                collect()
        while pending:
            collect()
    return to_lines(raw, geometry, body_size)


def _read_page(pixels: Any, where: str) -> list[RawLine]:
    """One grey page image → its lines: uneven light divided out, the page turned upright if it has columns
    (:mod:`.ocr_columns`), dot leaders painted out, each region of the page read (the page whole, or its
    columns), then whatever ink no word covers read again on its own (Tesseract's layout analysis leaves out
    lone numbers: a page number in the margin, the page numbers of a contents list set flush right) and
    joined to the lines beside it."""
    pixels = _evened(pixels)
    sample = pixels[::4, ::4]
    paper, ink = float(np.percentile(sample, 90)), float(np.percentile(sample, 0.2))
    if paper - ink < 40:
        return []  # a blank page
    page = layout(pixels < (paper + ink) / 2, DPI)
    pixels = turned(pixels, page.angle, paper)
    cleaned, leaders = without_leaders(pixels, paper, ink)
    repairs: list[tuple[Word, list[Glyph]]] = []
    regions: list[list[Found]] = []
    for k, (x0, y0, x1, y1) in enumerate(page.regions):
        crop = np.ascontiguousarray(cleaned[y0:y1, x0:x1])  # the whole page when it has no columns
        regions.append(hocr_lines(_tesseract(crop, PSM, where), pixels, x0, y0, repairs))
        for f in regions[-1]:
            f.region = k
    found = [f for lines in regions for f in lines]
    put_back_leaders(found, leaders)
    if not found:
        return []
    for extra in _read_leftovers(cleaned, found, paper, ink, where, pixels, repairs):
        extra.region = next((k for k, box in enumerate(page.regions) if _inside(extra.box, box)), 0)
        line = line_at(regions[extra.region], extra.box)
        if line is None:
            found.append(extra)
            regions[extra.region].append(extra)
            continue
        # only words beyond either end of the line: inside it, leftovers are bits of letters
        outside = [w for w in extra.words if w.box[0] >= line.box[2] or w.box[2] <= line.box[0]]
        if outside:
            line.words = sorted(line.words + outside, key=lambda w: w.box[0])
            line.box = (min(line.box[0], *(w.box[0] for w in outside)), line.box[1],
                        max(line.box[2], *(w.box[2] for w in outside)), line.box[3])
    for line in found:  # a contents entry's page number, after its leader
        last = line.words[-1]
        if len(line.words) >= 2 and line.words[-2].text == LEADER and (glyphs := glyphs_of(pixels, last.box)) \
                and re.fullmatch(r"d{1,4}", "".join(g[0] for g in glyphs)) \
                and not (last.text.isdigit() and len(last.text) == len(glyphs) and last.conf >= SURE_NUMBER):
            repairs.append((last, glyphs))
    _reread_numbers(pixels, repairs, where)
    joined = [f for lines in regions for f in join_rows(lines, pixels.shape[1])]  # not across a gutter
    return _deskew(joined, pixels, (paper + ink) / 2)


def _inside(box: tuple[int, int, int, int], region: tuple[int, int, int, int]) -> bool:
    x, y = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return region[0] <= x < region[2] and region[1] <= y < region[3]


def _evened(pixels: Any) -> Any:
    """The page with uneven light (a photo of a page, lit from one side) divided out: the paper's brightness
    around each point is the brightest level within :data:`LIGHT_WINDOW` (wider than any letter and the gap
    between lines), smoothed. A page whose paper is even (within :data:`EVEN_LIGHT` grey levels) is left as
    it is."""
    from PIL import Image
    from scipy import ndimage

    small = pixels[::8, ::8]
    if min(small.shape) < LIGHT_WINDOW:
        return pixels
    light = ndimage.uniform_filter(ndimage.maximum_filter(small, size=LIGHT_WINDOW).astype(np.float32),
                                   size=LIGHT_WINDOW)
    low, high = np.percentile(light, [5, 95])
    if high - low < EVEN_LIGHT:
        return pixels
    full = np.asarray(Image.fromarray(light, mode="F").resize((pixels.shape[1], pixels.shape[0]),
                                                               Image.Resampling.BILINEAR))
    return np.clip(pixels * (float(high) / np.maximum(full, 1.0)), 0, 255).astype(np.uint8)


def _read_leftovers(cleaned: Any, found: list[Found], paper: float, ink: float, where: str, pixels: Any,
                    repairs: list[tuple[Word, list[Glyph]]]) -> list[Found]:
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
    return hocr_lines(_tesseract(crop, "6", where), pixels, x0, y0, repairs)

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

_TALL = re.compile(r"[A-Z0-9bdfhklt]")


def _ascent(f: Found) -> float:
    """Height of capitals and ascenders above the baseline: Tesseract's row measure, unless the line's own
    tall words (with a capital, a digit or an ascender) stand clearly lower: rows of digits mislead it."""
    tall = [baseline(f, w.box[0]) - w.box[1] for w in f.words if len(w.text) >= 2 and _TALL.search(w.text)]
    ascent = f.x_size - f.descenders if f.x_size > f.descenders else float(f.box[3] - f.box[1])
    if tall and ascent > 1.15 * max(tall):
        ascent = max(tall)
    return ascent


def _stroke(pixels: Any, words: list[Word], threshold: float) -> float:
    """Mean stroke width of the words' ink, in pixels: twice the ink area over its edge pixels."""
    area = edges = 0
    for w in words:
        x0, y0, x1, y1 = w.box
        ink = pixels[y0:y1, x0:x1] < threshold
        if ink.shape[0] < 3 or ink.shape[1] < 3 or not ALNUM.search(w.text):  # not bullets and leaders
            continue
        inner = ink[1:-1, 1:-1] & ink[:-2, 1:-1] & ink[2:, 1:-1] & ink[1:-1, :-2] & ink[1:-1, 2:]
        n = int(ink.sum())
        area += n
        edges += n - int(inner.sum())
    return 2 * area / edges if edges else 0.0


def _deskew(found: list[Found], pixels: Any, threshold: float) -> list[RawLine]:
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
        if not ALNUM.search(text):
            continue
        left = min(w.box[0] for w in f.words)
        right = max(w.box[2] for w in f.words)
        base_left = f.box[3] + f.offset + tan * (left - f.base_x)  # the baseline under the first word
        rx = cx + (left - cx) * cos + (base_left - cy) * sin
        ry = cy - (left - cx) * sin + (base_left - cy) * cos
        ascent = max(_ascent(f), 1.0)
        lines.append(RawLine(text=text, x0=rx, x1=rx + (right - left) / cos, baseline=ry, ascent=ascent,
                              descent=max(f.descenders, 0.0), stroke=_stroke(pixels, f.words, threshold) / ascent,
                              region=f.region))
    return lines

def _reread_numbers(pixels: Any, repairs: list[tuple[Word, list[Glyph]]], where: str) -> None:
    """Read the digits of doubtful paragraph numbers again, set apart on a clean strip (one Tesseract run
    for the page, digits only), and keep a reading whose digits are as many as the image's."""
    if not repairs:
        return
    height = max(w.box[3] - w.box[1] for w, _ in repairs) + 8
    gap = height // 2
    rows = []
    for w, glyphs in repairs:
        y0, y1 = max(0, w.box[1] - 4), w.box[1] - 4 + height
        word = pixels[y0:y1, w.box[0]:w.box[2]]
        threshold = (float(np.percentile(word, 90)) + float(word.min())) / 2
        # black on white: Tesseract reads nothing off pasted grey pieces
        pieces = [np.where(pixels[y0:y1, max(0, g[1] - 2):g[2] + 2] < threshold, 0, 255).astype(np.uint8)
                  for g in glyphs if g[0] == "d"]
        row = np.full((height, sum(p.shape[1] + gap for p in pieces) + gap), 255, dtype=np.uint8)
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
    hocr = _tesseract(strip, "6", where, "-c", "tessedit_char_whitelist=0123456789")
    readings: dict[int, str] = {}
    for line in hocr_lines(hocr, strip, 0, 0, []):
        at = int(((line.box[1] + line.box[3]) / 2 - gap) // (height + gap))
        readings[at] = readings.get(at, "") + "".join(c for w in line.words for c in w.text if c.isdigit())
    for at, (w, glyphs) in enumerate(repairs):
        fixed = numbered(readings.get(at, ""), glyphs)
        if fixed is not None:
            w.text = fixed
