"""Page images: a page scanned to a PNG or JPEG, a photo of a printed page taken on a phone, a scanner's
multi-page TIFF, a fax saved as TIFF. Each image, or each frame of a TIFF, is a page, read by OCR as a PDF's
scanned pages are (:mod:`.ocr`); the lines then make a document as a PDF's do.

Pillow opens the file. A photo is first turned as its EXIF orientation says. Each page is then scaled to
:data:`.ocr.DPI` along each axis by its own resolution (a fax's 204 x 196 dpi pixels are not square). The
resolution is the one the file records when the page it gives is a page's size (3 to 17 inches across);
otherwise (a phone's 72 dpi, or none) the image's longer side is taken to be an A4 page's height.
:func:`check_image` refuses, before any pixel is decoded, more frames than the page limit and a frame of
more than :data:`MAX_PIXELS`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ...errors import CorruptDocument, EmptyDocument, NeedsOCR, ResourceLimit
from ...types import ParsedDocument
from .limits import ParseLimits
from .ocr import DPI, INSTALL_HINT, Frame, Progress, missing, ocr_frames

SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff")
MAX_PIXELS = 120_000_000  # a frame's pixels as stored or as scaled: an A3 page at 600 dpi is 70 million
A4_HEIGHT = 11.69  # inches: the longer side of an image whose own resolution is not a page's
PAGE_INCHES = (3.0, 17.0)  # widths a recorded resolution may give for it to be believed


def check_image(path: Path, limits: ParseLimits) -> None:
    """Refuses an image with more frames than the page limit or a frame over :data:`MAX_PIXELS`, reading
    only the headers."""
    with _opened(path) as im:
        frames = getattr(im, "n_frames", 1)
        if frames > limits.max_pages:
            raise ResourceLimit(f"{path}: refused: the image has {frames:,} pages, over the limit of "
                                f"{limits.max_pages:,} (LESSONS_MAX_PAGES)")
        for k in range(frames):
            im.seek(k)
            if im.width * im.height > MAX_PIXELS:
                raise ResourceLimit(f"{path}: refused: page {k + 1} is {im.width:,} x {im.height:,} pixels, "
                                    f"over the limit of {MAX_PIXELS:,} pixels")


def parse_image(path: Path, progress: Progress | None = None) -> ParsedDocument:
    """``progress("ocr", done, total)`` is called as each page has been OCR'd."""
    from .pdf import document_of_pages

    reason = missing()
    if reason is not None:
        raise NeedsOCR(f"{path}: an image is read by OCR; {reason}: {INSTALL_HINT}")
    with _opened(path) as im:
        count = getattr(im, "n_frames", 1)
        read = ocr_frames(_frames(im, count, path), count, str(path), progress)
    pages = [read.get(i, []) for i in range(count)]
    if not any(pages):
        raise EmptyDocument(f"{path}: OCR found no text in the image")
    return document_of_pages(pages)


def _opened(path: Path) -> Any:
    from PIL import Image, UnidentifiedImageError

    try:
        return Image.open(path)
    except UnidentifiedImageError as exc:
        raise CorruptDocument(f"{path}: not a readable image") from exc
    except Image.DecompressionBombError as exc:
        raise ResourceLimit(f"{path}: refused: the image is over the limit of {MAX_PIXELS:,} pixels") from exc


def _frames(im: Any, count: int, path: Path) -> Iterator[Frame]:
    """Each frame as grey pixels at :data:`.ocr.DPI`, with its page size in points."""
    import numpy as np
    from PIL import Image, ImageOps

    for k in range(count):
        try:
            im.seek(k)
            page = ImageOps.exif_transpose(im).convert("L")
        except (OSError, ValueError, SyntaxError) as exc:  # Pillow's errors for a broken frame
            raise CorruptDocument(f"{path}: page {k + 1} of the image cannot be read") from exc
        xdpi, ydpi = _resolution(im.info.get("dpi"), page.size)
        size = (max(1, round(page.width * DPI / xdpi)), max(1, round(page.height * DPI / ydpi)))
        if size[0] * size[1] > MAX_PIXELS:
            raise ResourceLimit(f"{path}: refused: page {k + 1} at {DPI} dpi would be over the limit of "
                                f"{MAX_PIXELS:,} pixels")
        if size != page.size:
            page = page.resize(size, Image.Resampling.LANCZOS)
        yield k, np.asarray(page), size[0] * 72 / DPI, size[1] * 72 / DPI


def _resolution(recorded: Any, size: tuple[int, int]) -> tuple[float, float]:
    """Dots per inch across and down: the recorded ones if they make a page's size, else the longer side
    as an A4 page's height."""
    try:
        xdpi, ydpi = (float(recorded[0]), float(recorded[1])) if recorded else (0.0, 0.0)
    except (TypeError, ValueError, IndexError):
        xdpi = ydpi = 0.0
    if xdpi > 0 and ydpi > 0 and PAGE_INCHES[0] <= size[0] / xdpi <= PAGE_INCHES[1] \
            and PAGE_INCHES[0] <= size[1] / ydpi <= 1.5 * PAGE_INCHES[1]:
        return xdpi, ydpi
    guess = max(size) / A4_HEIGHT
    return guess, guess
