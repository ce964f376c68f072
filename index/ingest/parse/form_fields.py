"""A PDF form filled in and saved with its fields live (an AcroForm): the text typed into its boxes.

A board's fillable template holds only the form in its pages' content (title, instructions, labels, guidance); what
the author typed is the values (/V) of its text fields. A viewer draws each box from its value: the appearance
stream made when it was typed may be missing (a merge script wrote /V only, /NeedAppearances true) or out of date,
and pdfplumber reads no field at all. So each text field that holds prose (a multiline box, or a long value) is laid
out in its widget's box as a viewer lays it out, word-wrapped at the font size of its /DA, a line break a new line,
and its lines go among its widget's page's lines by the box's place (top down, then left to right), whatever order
/Annots and /Fields hold them in. A small box whose whole value is a paragraph number ("4.2"), beside a text box on
its row, numbers that box's text (a table of two boxes a row). Not text: check boxes, buttons and signatures, the
short single-line boxes of a form's details (a name, a date, a reference), tooltips (/TU) and default values (/DV),
hidden widgets, a field's second widget (one value shown again), a box whose words the page already prints (its
appearance flattened into the page), and a box its printed label, its tooltip or its name marks as not for
publication (an author's note to the board's business unit).
"""

from __future__ import annotations

import itertools
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...types import ParsedDocument
from ..clean import Line, normalise_text
from .common import PARA_START_RE, is_paragraph_number

logger = logging.getLogger(__name__)

MAX_WIDGETS = 5000  # widgets looked at in one file: a form has dozens
MAX_VALUE = 100_000  # characters of one field's value laid out
MAX_DEPTH = 16  # steps up a field's /Parent chain
PROSE = 100  # characters from which a single-line box's value is prose too
MULTILINE = 1 << 12  # /Ff bit 13
PASSWORD = 1 << 13  # /Ff bit 14
HIDDEN = 2 | 32  # /F: Hidden, NoView
MAX_TEXT = 2_000_000  # characters of all fields' values laid out
WITHHELD = re.compile(r"\bnot (?:for|to be) publi(?:cation|shed)\b|\bnot published\b|\b(?:office|internal) use only\b",
                      re.IGNORECASE)
LABEL_WORDS = 12  # a label is a few words, not a sentence (guidance may say what is not for publication)
_FONTS = {"Helv": "Helvetica", "HeBo": "Helvetica-Bold", "TiRo": "Times-Roman", "TiBo": "Times-Bold",
          "Cour": "Courier", "CoBo": "Courier-Bold"}


@dataclass
class Box:
    page: int
    x0: float
    top: float
    x1: float
    bottom: float
    value: str
    size: float
    font: str
    prose: bool
    words: str  # its name and tooltip
    height: float  # the page's
    width: float


def with_field_text(path: Path, pages: list[list[Line]]) -> tuple[list[list[Line]], dict[int, list[str]]]:
    """``pages`` with the text typed into the PDF's form fields among their widgets' pages' lines, and those lines'
    texts by page (:func:`form_text_aside`)."""
    import pypdf

    try:
        reader = pypdf.PdfReader(str(path))
        if "/AcroForm" not in reader.root_object:
            return pages, {}
        boxes = _numbered(_boxes(reader, len(pages)))
    except Exception as exc:  # a damaged form: the pages' own text is still read
        logger.warning("%s: form fields not read (%s)", path.name, type(exc).__name__)
        return pages, {}
    out: list[list[Line]] = [list(p) for p in pages]
    typed: dict[int, list[str]] = {}
    for box in sorted(boxes, key=lambda b: (b.page, round(b.top), b.x0)):
        lines = out[box.page - 1]
        if not box.prose or WITHHELD.search(box.words) or _withheld_by_label(box, lines):
            continue
        if _printed(box, lines):  # read once, as printed
            typed.setdefault(box.page, []).append(" ".join(normalise_text(box.value).split()[:6]))
            continue
        at = next((i for i, ln in enumerate(lines) if ln.top > box.top + 1
                   or (abs(ln.top - box.top) <= 1 and ln.x0 > box.x0)), len(lines))
        laid = _laid_out(box)
        lines[at:at] = laid
        typed.setdefault(box.page, []).extend(ln.text for ln in laid)
    return out, typed


def form_text_aside(doc: ParsedDocument, typed: dict[int, list[str]]) -> ParsedDocument:
    """On a page with prose typed into its boxes, the page's own text is the form's (its instructions, numbered
    "1." to "4.", labels and guidance), not the report's: a paragraph or bullet of it is an aside. Headings stay."""
    for b in doc.blocks:
        mine = typed.get(b.page or 0)
        if mine and sum(map(len, mine)) >= PROSE and b.kind in ("para", "bullet") \
                and not any(t in b.text for t in mine):
            b.kind = "aside"
    return doc


def _resolved(array: Any) -> Any:
    return array.get_object() if array is not None else []


def _inherited(field: Any, key: str) -> Any:
    for _ in range(MAX_DEPTH):
        if field is None:
            return None
        if key in field:
            return field[key].get_object()
        field = field.get("/Parent")
        field = field.get_object() if field is not None else None
    return None


def _boxes(reader: Any, n_pages: int) -> list[Box]:
    """Every visible widget of a text field with a value, once a field (its first widget), in page order."""
    boxes: list[Box] = []
    seen: set[int] = set()
    da = str(reader.root_object["/AcroForm"].get_object().get("/DA", ""))  # the form's default
    widgets = ((pno, page, ref.get_object()) for pno, page in enumerate(reader.pages[:n_pages], start=1)
               for ref in _resolved(page.get("/Annots")))
    text = 0
    for pno, page, w in itertools.islice(widgets, MAX_WIDGETS):
        field = w if "/T" in w or "/Parent" not in w else w["/Parent"].get_object()
        key = field.indirect_reference.idnum if field.indirect_reference else id(field)
        box = _box(w, pno, page.mediabox, da) if key not in seen and text < MAX_TEXT else None
        if box is not None:
            seen.add(key)
            boxes.append(box)
            text += len(box.value)
    return boxes


def _box(w: Any, pno: int, media: Any, form_da: str) -> Box | None:
    """A widget of a text field with a value (not a password's), not hidden, as a box in pdfplumber's terms."""
    value, flags, rect = _inherited(w, "/V"), int(_inherited(w, "/Ff") or 0), w.get("/Rect")
    if w.get("/Subtype") != "/Widget" or int(w.get("/F", 0)) & HIDDEN or _inherited(w, "/FT") != "/Tx" \
            or flags & PASSWORD or not isinstance(value, str) or not value.strip() or rect is None:
        return None
    x0, y0, x1, y1 = (float(v) for v in rect.get_object())
    da = re.search(r"/(\S+)\s+([\d.]+)\s+Tf", str(_inherited(w, "/DA") or form_da))
    top = float(media.top)
    return Box(pno, min(x0, x1), top - max(y0, y1), max(x0, x1), top - min(y0, y1), value[:MAX_VALUE],
               float(da[2]) if da else 0.0, _FONTS.get(da[1], "Helvetica") if da else "Helvetica",
               bool(flags & MULTILINE) or len(value) >= PROSE, f"{_inherited(w, '/T') or ''} "
               f"{_inherited(w, '/TU') or ''}", float(media.height), float(media.width))


def _numbered(boxes: list[Box]) -> list[Box]:
    """A box holding only a paragraph number gives it to the nearest text box on its right on the same row."""
    for num in [b for b in boxes if is_paragraph_number(b.value.strip().rstrip("."))]:
        beside = [b for b in boxes if b.page == num.page and b is not num and b.x0 >= num.x1 - 2
                  and b.top <= (num.top + num.bottom) / 2 <= b.bottom and not PARA_START_RE.match(b.value)]
        if beside:
            text = min(beside, key=lambda b: b.x0)
            text.value = f"{num.value.strip()} {text.value.lstrip()}"
            num.prose = False
    return boxes


def _withheld_by_label(box: Box, lines: list[Line]) -> bool:
    """The box's label (the page's line printed just above it, or beside its first line on its left) says it is
    not for publication: "Note to the board's business unit (not for publication)"."""
    above = [ln for ln in lines if box.top - 30 <= ln.bottom <= box.top + 2 and ln.x0 < box.x1 and ln.x1 > box.x0]
    left = [ln for ln in lines if ln.x1 <= box.x0 + 2 and ln.top < box.top + box.size + 2 and ln.bottom > box.top]
    labels = ([max(above, key=lambda ln: ln.bottom)] if above else []) + left
    return any(WITHHELD.search(ln.text) and len(ln.text.split()) <= LABEL_WORDS and not ln.text.endswith(".")
               for ln in labels)


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _printed(box: Box, lines: list[Line]) -> bool:
    """The box's opening words are already among the page's (its appearance was flattened into the page)."""
    opening = " ".join(_words(box.value).split()[:8])
    return bool(opening) and f" {opening} " in f" {_words(' '.join(ln.text for ln in lines))} "


def _laid_out(box: Box) -> list[Line]:
    """The box's value as a viewer draws it: wrapped to the box (2 pt inside it), 1.15 lines apart; an empty
    line of the value (paragraphs parted by a blank line) leaves a line's space. Size 0 (auto) fits the box."""
    from pdfminer.fontmetrics import FONT_METRICS

    widths = FONT_METRICS.get(box.font, FONT_METRICS["Helvetica"])[1]
    for size in [box.size] if box.size > 0 else [s / 2 for s in range(24, 7, -1)]:
        rows = _wrapped(box.value, (box.x1 - box.x0 - 4) * 1000 / size, widths)
        if len(rows) * size * 1.15 <= box.bottom - box.top - 4:
            break
    out = []
    for k, (text, width) in enumerate(rows):
        top = box.top + 2 + k * size * 1.15
        if text:
            out.append(Line(text=normalise_text(text), page=box.page, top=top, bottom=top + size, x0=box.x0 + 2,
                            x1=box.x0 + 2 + width * size / 1000, size=size, page_height=box.height,
                            page_width=box.width))
    return out


def _wrapped(value: str, room: float, widths: dict[str, int]) -> list[tuple[str, float]]:
    """Each line of the value cut at spaces to ``room`` (in thousandths of the size), with its width."""
    rows: list[tuple[str, float]] = []
    for line in re.split(r"\r\n|\r|\n", value):
        words, row, used = line.split(), "", 0.0
        for word in words:
            w = sum(widths.get(c, 556) for c in word)
            space = widths.get(" ", 278) if row else 0
            if row and used + space + w > room:
                rows.append((row, used))
                row, used, space = "", 0.0, 0
            row, used = f"{row} {word}" if row else word, used + space + w
        rows.append((row, used))
    return rows
