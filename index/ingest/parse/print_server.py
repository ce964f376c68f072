"""What a print server does to a report printed to its PDF archive queue, none of it the report's layout.

* A report printed two-sided with "flip on short edge" (to a print server's PDF archive queue, or a duplex scan-to-PDF
  of such a printout) has every back page drawn turned 180 degrees by the content stream's own matrix, with no
  /Rotate on the page: its glyphs stand upside down, its lines run from the foot of the page to its head, right to
  left. pdfminer still calls such characters upright (their matrix is no quarter turn), so the page would be read
  bottom line first with every line reversed ("5 fo 2 egaP"). :func:`turned_the_right_way_up` reads it as a reader
  turning the sheet would: every object's box (characters, lines, rectangles, curves, images) is turned about the
  page's centre. A page only partly turned (an upside-down stamp or label on an upright page) is left alone. A page
  whose text all runs up or down the sheet (fed to a scanner sideways, or a portrait page set turned on a landscape
  sheet) is turned a quarter the same way (blind round 79).
* The job separator (banner) page a print server puts before the job (Windows' separator page, a CUPS banner, a
  print-management queue's job sheet): a page of the job's fields ("Job: 4127", "User: ...", "Printer: ...",
  "Copies: 1", "Sides: ..."). It is no page of the report: its text is left out, the page kept (empty) so pages are
  still counted physically (:func:`without_job_separator`).
"""

from __future__ import annotations

import re
from typing import Any

from ..clean import Line

TURNED_SHARE = 0.95  # of a page's inked characters turned 180 degrees, from which the page is read turned back
TURNED_LEAST = 20  # inked characters: fewer, and a page is too little text to call turned
_FLAT = 0.05  # the matrix's off-diagonal share of its diagonal under which a turned character is no slant


def turned_half(obj: dict[str, Any]) -> bool:
    """A character drawn turned 180 degrees: its text matrix's diagonal both negative, no quarter turn in it."""
    m = obj.get("matrix")
    if not m or len(m) < 4:
        return False
    a, b, c, d = m[:4]
    return a < 0 and d < 0 and abs(b) <= _FLAT * abs(a) and abs(c) <= _FLAT * abs(d)


def upside_down(chars: list[dict[str, Any]]) -> bool:
    """A page whose text is all (``TURNED_SHARE``) drawn turned 180 degrees."""
    inked = [c for c in chars if not c.get("text", "").isspace()]
    if len(inked) < TURNED_LEAST:
        return False
    return sum(turned_half(c) for c in inked) >= TURNED_SHARE * len(inked)


def _turned(obj: dict[str, Any], bbox: tuple[float, float, float, float], height: float) -> dict[str, Any]:
    """``obj`` turned 180 degrees about the centre of the page's box ``bbox`` (x0, top, x1, bottom)."""
    x0, top, x1, bottom = bbox
    out = dict(obj)
    if "x0" in obj and "x1" in obj:
        out["x0"], out["x1"] = x0 + x1 - obj["x1"], x0 + x1 - obj["x0"]
    if "top" in obj and "bottom" in obj:
        out["top"], out["bottom"] = top + bottom - obj["bottom"], top + bottom - obj["top"]
        if "doctop" in obj:
            out["doctop"] = obj["doctop"] - obj["top"] + out["top"]
        if "y0" in obj and "y1" in obj:
            out["y0"], out["y1"] = height - out["bottom"], height - out["top"]
    if obj.get("pts"):
        out["pts"] = [(x0 + x1 - px, top + bottom - py) for px, py in obj["pts"]]
    m = obj.get("matrix")
    if obj.get("object_type") == "char" and m and len(m) == 6:
        a, b, c, d, e, f = m
        out["matrix"] = (-a, -b, -c, -d, x0 + x1 - e, height - f)
    return out


def quarter_turned(chars: list[dict[str, Any]]) -> int:
    """1 when a page's text is all (``TURNED_SHARE``) drawn running up the sheet, -1 when running down it (a page
    fed to a scanner sideways, a portrait page set on a landscape sheet); else 0."""
    inked = [c.get("matrix") or (1, 0, 0, 1) for c in chars if not c.get("text", "").isspace()]
    if len(inked) < TURNED_LEAST:
        return 0
    for way in (1, -1):  # the matrix's quarter turn: (0, b, c, 0) with b > 0 > c running up
        if sum(abs(m[0]) <= _FLAT * abs(m[1]) and way * m[1] > 0 > way * m[2] for m in inked) \
                >= TURNED_SHARE * len(inked):
            return way
    return 0


def _quartered(obj: dict[str, Any], bbox: tuple[float, float, float, float], way: int) -> dict[str, Any]:
    """``obj`` on the sheet turned a quarter, clockwise when its text runs up it (``way`` 1), so that the text stands
    upright; the turned sheet's box is (0, 0, its height, its width)."""
    x0, top, x1, bottom = bbox
    out = dict(obj)
    if all(k in obj for k in ("x0", "x1", "top", "bottom")):
        if way == 1:
            box = (bottom - obj["bottom"], obj["x0"] - x0, bottom - obj["top"], obj["x1"] - x0)
        else:
            box = (obj["top"] - top, x1 - obj["x1"], obj["bottom"] - top, x1 - obj["x0"])
        out["x0"], out["top"], out["x1"], out["bottom"] = box
        if "doctop" in obj:
            out["doctop"] = obj["doctop"] - obj["top"] + out["top"]
        if "y0" in obj and "y1" in obj:
            out["y0"], out["y1"] = (x1 - x0) - out["bottom"], (x1 - x0) - out["top"]
        if "width" in obj and "height" in obj:
            out["width"], out["height"] = out["x1"] - out["x0"], out["bottom"] - out["top"]
    if obj.get("pts"):
        out["pts"] = [(bottom - py, px - x0) if way == 1 else (py - top, x1 - px) for px, py in obj["pts"]]
    m = obj.get("matrix")
    if obj.get("object_type") == "char" and m and len(m) == 6:
        a, b, c, d, e, f = m
        out["matrix"] = (b, -a, d, -c, f, x1 - e) if way == 1 else (-b, a, -d, c, bottom - f, e)
        out["upright"] = True
    return out


def turned_the_right_way_up(page: Any) -> Any:
    """The page turned the right way up when its text is all drawn upside down (:func:`upside_down`) or all running up
    or down the sheet (:func:`quarter_turned`); else the page itself. The turned page keeps its objects' order (the
    content stream's, which is the report's reading order)."""
    x0, top, x1, bottom = (float(v) for v in page.bbox)
    bbox = (x0, top, x1, bottom)
    if way := quarter_turned(page.chars):
        turned = page.filter(lambda obj: True)
        turned._objects = {kind: [_quartered(o, bbox, way) for o in objs] for kind, objs in page.objects.items()}
        turned.bbox = (0.0, 0.0, bottom - top, x1 - x0)
        return turned
    if not upside_down(page.chars):
        return page
    height = float(page.height)
    turned = page.filter(lambda obj: True)
    turned._objects = {kind: [_turned(o, bbox, height) for o in objs] for kind, objs in page.objects.items()}
    return turned


# a field of a print job as a separator page prints it: "Job: 4127", "Job ID: 88", "Requesting User: h.marwood",
# "Printer: \\\\KB-PRINT01\\PDF", "Submitted: 14/02/2025 10:32", "Copies: 1", "Sides: Two-sided"
_JOB_FIELD = re.compile(
    r"^(job(?:\s+(?:id|number|no\.?|name))?|(?:requesting\s+)?user(?:\s+name)?|owner|document(?:\s+name)?|title|"
    r"printer|queue|host(?:\s+name)?|submitted|printed(?:\s+(?:at|on))?|created(?:\s+(?:at|on))?|pages|copies|sides|"
    r"duplex|scaling|paper(?:\s+size)?|billing(?:\s+info)?)\s*:\s*\S", re.IGNORECASE)
# the fields only a print job has: a report's own document-control table has a title, an owner and pages, not these
_JOB_ONLY = frozenset({"job", "printer", "queue", "copies", "sides", "duplex", "submitted", "billing"})
SEPARATOR_FIELDS = 4  # distinct job fields on a separator page, at least one of them a print job's own
SEPARATOR_SHARE = 0.5  # of the page's lines at least this share are job fields


def _field(text: str) -> str | None:
    m = _JOB_FIELD.match(text.strip())
    return re.sub(r"^requesting\s+", "", m[1].lower()).split()[0] if m else None


def job_separator(page: list[Line]) -> bool:
    """A print server's job separator page: at least ``SEPARATOR_FIELDS`` distinct job fields, one of them a print
    job's own (:data:`_JOB_ONLY`), making up at least ``SEPARATOR_SHARE`` of the page's lines."""
    fields = [f for f in (_field(ln.text) for ln in page) if f]
    return len(set(fields)) >= SEPARATOR_FIELDS and bool(_JOB_ONLY & set(fields)) \
        and len(fields) >= SEPARATOR_SHARE * len(page)


def without_job_separator(pages: list[list[Line]]) -> list[list[Line]]:
    """The pages without a print server's job separator page, at the file's start or its end (a banner before the
    job or a trailer after it); the page is kept, empty, so pages are still counted physically."""
    out = [list(p) for p in pages]
    filled = [n for n, p in enumerate(out) if p]
    if len(filled) < 2:
        return out
    for n in {filled[0], filled[-1]}:
        if job_separator(out[n]):
            out[n] = []
    return out
