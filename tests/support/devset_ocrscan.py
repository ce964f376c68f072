"""PDF writer for the fictional development set, layout ``ocrscan``: a review that was printed, signed off on paper and
later SCANNED AND MADE SEARCHABLE for publication, as ABBYY FineReader's or Acrobat's "make searchable" leaves it:

* EVERY PAGE AN IMAGE: the printed page rasterised (:data:`OCRSCAN` ``dpi``, greyscale), turned a fraction of a degree
  as the sheet lay on the glass (a different angle on each page), with an off-white ground, a darker strip at the
  scanner's edge and specks of dust; no vector text and no rules are drawn, only the image;
* an INVISIBLE OCR TEXT LAYER over it (text render mode 3, ``3 Tr``): each recognised word its own run in Helvetica,
  horizontally scaled (``Tz``) to the width of the word in the image and placed on its line's baseline as the
  rotation moved it, so that a reader who selects the text selects the words in the picture;
* the recognition is good but not perfect, as real OCR is: a few words misread (the output's ``ocr_slips``, e.g.
  "rn" for "m", "l" for "1"; each misread at its first occurrence inside a paragraph, never among a paragraph's first
  eight or last three words), and some line-end hyphens lost, leaving the word's two halves on two lines with no
  hyphen between them (expected.json ``ocr_split_words``; the hyphens recognised are in ``hyphenated_words``); the
  paragraph numbers, headings, running title, footer, contents and title page are always read right;
* the printed page underneath: A4, justified Vera 10.5 pt with Word's hyphenation, numbering ``single`` with "12"
  hanging at the left margin and the text at a hanging indent, "•" bullets, the chapters running on (a chapter
  heading starts no page, the glossary does), "Recommendation N:" run in, a contents page with dot leaders, the running
  title at the top right and "Page N of M" centred at the foot from page 2, a glossary table at the back (the page
  set by :mod:`devset_printer`'s setter).

expected.json adds ``ocr_slips`` ([word, misread, page]) and ``ocr_split_words``. :data:`OCRSCAN` gives the scan's
geometry and the pages' angles."""

from __future__ import annotations

import hashlib
import io
import math
import os
import random
from typing import Any

from . import devset_printer as _p
from . import devset_render as _r

Block, FICTION_LABEL = _r.Block, _r.FICTION_LABEL

_PAGE_W, _PAGE_H = _p._PAGE_W, _p._PAGE_H
PRODUCER = "ABBYY FineReader PDF 15"
CREATOR = "ABBYY FineReader PDF 15 (scan: MFP-4 Holmecross Civic Centre, fictional)"
OCR_FONT = "Helvetica"
OCRSCAN: dict[str, Any] = {
    "dpi": 110,
    "max_angle": 0.35,  # degrees either way; the text layer follows the picture
    "ground": 244,  # the paper's grey level; ink is near 30
    "split_every": 2,  # the first, third ... line-end hyphen inside a paragraph is lost
}
_SAFE = "DevsetVeraS"  # the body face under another name: a word inside a paragraph (an OCR slip may fall on it)
_FILES = {"DevsetVera": "Vera.ttf", "DevsetVeraBd": "VeraBd.ttf", "DevsetVeraIt": "VeraIt.ttf",
          "DevsetVeraBI": "VeraBI.ttf", _SAFE: "Vera.ttf"}


def footer(page: int | str, total: int | str) -> str:
    return f"Page {page} of {total}"


def _fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    _p._fonts()
    if _SAFE not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(_SAFE, "Vera.ttf"))


def _body(text: str, inner: bool) -> list[tuple[str, str]]:
    """A paragraph's words; ``inner``: its words from the ninth to the fourth from last set in the twin face, where
    recognition may slip."""
    words = text.split()
    if not inner:
        return [(w, _p._REG) for w in words]
    return [(w, _SAFE if 8 <= i < len(words) - 3 else _p._REG) for i, w in enumerate(words)]


def lay_out(report: dict[str, Any], blocks: list[Block], tokens: Any = None, label_font: str = _p._REG,
            gap: float = 0.0) -> tuple[_p._Setter, dict[int, int], list[str], int]:
    """Set a review as Word would on A4 (the printer layout's page, any numbering): returns the setter with its pages,
    the heading pages, the contents lines and the page count. ``tokens(block_text, kind)`` gives a body paragraph's
    (word, font) tokens."""
    tokens = tokens or (lambda text, kind: _body(text, kind in ("para", "factor", "bullet", "rec")))
    size, leading = _p.PRINTER["size"], _p.PRINTER["leading"]
    left, text_x, right = _p.PRINTER["left"], _p.PRINTER["text_x"], _p.PRINTER["right"]
    setter = _p._Setter()
    setter.new_page()
    setter.new_page()
    heading_pages: dict[int, int] = {}
    for idx, b in enumerate(blocks):
        if b.kind == "heading":
            if b.major and (idx == 0 or b.kind == "glossary" or blocks[idx + 1].kind == "glossary"):
                setter.new_page()  # the text runs on from chapter to chapter; the glossary starts a page
            elif b.major:
                setter.y += 10.0 + gap if setter.y > _p.PRINTER["body_top"] else 0.0
            hsize = 13.0 if b.level == 1 else 11.0
            font = _p._BOLD if b.level == 1 else _p._BOLDITAL
            lines = _p._wrap(_p._tokens(b.text, font), right - left, hsize, False, setter.events)
            setter.y += 4.0 if b.level == 2 and setter.y > _p.PRINTER["body_top"] else 0.0
            setter.lines(lines, left, right - left, hsize, hsize * 1.45, False, None, 6.0, keep=3)
            heading_pages[idx] = setter.page
        elif b.kind == "unnumbered":
            lines = _p._wrap(tokens(b.text, "unnumbered"), right - left, size, True, setter.events)
            setter.lines(lines, left, right - left, size, leading, True, None, 8.0)
        elif b.kind in ("para", "factor"):
            lines = _p._wrap(tokens(b.text, b.kind), right - text_x, size, True, setter.events)
            setter.lines(lines, text_x, right - text_x, size, leading, True, b.key, 4.0 if b.bullets else 8.0,
                         label=(b.label, left, label_font))
            for n, bullet in enumerate(b.bullets):
                bx = _p.PRINTER["bullet_x"] + 16.0
                lines = _p._wrap(tokens(bullet, "bullet"), right - bx, size, True, setter.events)
                setter.lines(lines, bx, right - bx, size, leading, True, b.key,
                             8.0 if n == len(b.bullets) - 1 else 2.0, label=("\u2022", _p.PRINTER["bullet_x"], _p._REG))
        elif b.kind == "rec":
            word, number = b.label.split()
            toks = [(word, _p._BOLD), (f"{number}:", _p._BOLD), *tokens(b.text, "rec")]
            lines = _p._wrap(toks, right - left, size, True, setter.events)
            setter.lines(lines, left, right - left, size, leading, True, b.key, 8.0)
        elif b.kind == "glossary":
            _p._glossary(setter, b.rows)
    total = setter.page
    events: list[tuple[str, str]] = []
    title = setter.pages[0]
    y = 250.0
    for line in _p._wrap(_p._tokens(report["title"], _p._BOLD), right - left, 20.0, False, events):
        x = left
        for word, font in line:
            title.runs.append(_p._Run(word, font, 20.0, x, y, "bold"))
            x += _p._w(word, font, 20.0) + _p._w(" ", font, 20.0)
        y += 27.0
    y += 18.0
    for text in _r.title_lines(report):
        for line in _p._wrap(_p._tokens(text), right - left, 11.0, False, events):
            x = left
            for word, font in line:
                title.runs.append(_p._Run(word, font, 11.0, x, y, "body"))
                x += _p._w(word, font, 11.0) + _p._w(" ", font, 11.0)
            y += 16.0
        y += 6.0
    contents_page, contents = setter.pages[1], []
    contents_page.runs.append(_p._Run("Contents", _p._BOLD, 13.0, left, _p.PRINTER["body_top"] + 12.0, "bold"))
    y = _p.PRINTER["body_top"] + 40.0
    dot = _p._w(".", _p._REG, size)
    for idx, page_no in heading_pages.items():
        if not blocks[idx].major:
            continue
        x = left
        for word in blocks[idx].text.split():
            contents_page.runs.append(_p._Run(word, _p._REG, size, x, y, "body"))
            x += _p._w(word, _p._REG, size) + _p._w(" ", _p._REG, size)
        number = str(page_no)
        nx = right - _p._w(number, _p._REG, size)
        dots = "." * math.floor((nx - 6.0 - (x + 4.0)) / dot)
        contents_page.runs += [_p._Run(dots, _p._REG, size, x + 4.0, y, "body"),
                               _p._Run(number, _p._REG, size, nx, y, "body")]
        contents.append(f"{blocks[idx].text} {dots} {number}")
        y += 20.0
    for n, page in enumerate(setter.pages[1:], start=2):
        head, foot = report["running_title"], footer(n, total)
        page.runs += _p._words(head, 8.5, right - _p._w(head, _p._REG, 8.5), _p.PRINTER["header_y"])
        page.runs += _p._words(foot, 8.5, (_PAGE_W - _p._w(foot, _p._REG, 8.5)) / 2, _p.PRINTER["footer_y"])
        page.rules.append((left, _p.PRINTER["header_y"] + 5.0, right, _p.PRINTER["header_y"] + 5.0))
    return setter, heading_pages, contents, total


def page_angle(seed: str, n: int) -> float:
    """The angle (degrees, anticlockwise) at which page ``n`` lay on the scanner."""
    h = int(hashlib.sha256(f"{seed}:{n}".encode()).hexdigest()[:8], 16)
    a = (h % 1000) / 999 * 2 * OCRSCAN["max_angle"] - OCRSCAN["max_angle"]
    return round(a if abs(a) > 0.08 else 0.12, 3)


def _turn(x: float, y: float, angle: float) -> tuple[float, float]:
    """Where a point of the upright page (points from the top left) lies once the page is turned ``angle`` degrees
    anticlockwise about its centre."""
    t = math.radians(angle)
    cx, cy = _PAGE_W / 2, _PAGE_H / 2
    dx, dy = x - cx, y - cy
    return cx + dx * math.cos(t) + dy * math.sin(t), cy - dx * math.sin(t) + dy * math.cos(t)


def _raster(page: Any, angle: float, seed: str) -> Any:
    """The scanned image of one printed page."""
    import reportlab
    from PIL import Image, ImageDraw, ImageFont

    s = OCRSCAN["dpi"] / 72.0
    size = (round(_PAGE_W * s), round(_PAGE_H * s))
    img = Image.new("L", size, 255)
    draw = ImageDraw.Draw(img)
    fonts: dict[tuple[str, float], Any] = {}
    folder = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
    for run in page.runs:
        key = (run.font, run.size)
        if key not in fonts:
            fonts[key] = ImageFont.truetype(os.path.join(folder, _FILES[run.font]), round(run.size * s))
        ink = 90 if run.kind == "running" else 28
        draw.text((run.x * s, run.y * s), run.text, font=fonts[key], fill=ink, anchor="ls")
    for x0, y0, x1, y1 in page.rules:
        draw.line((x0 * s, y0 * s, x1 * s, y1 * s), fill=60, width=1)
    img = img.rotate(angle, resample=Image.BILINEAR, fillcolor=255)
    rng = random.Random(seed)
    ground = Image.new("L", size, OCRSCAN["ground"])
    img = Image.composite(img, ground, img.point(lambda v: 255 if v < 250 else 0))
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 0, round(7 * s), size[1]), fill=170)  # the scanner's edge
    for _ in range(260):  # dust
        x, y, r = rng.randrange(size[0]), rng.randrange(size[1]), rng.choice((0, 0, 1))
        draw.ellipse((x, y, x + r, y + r), fill=rng.randrange(90, 200))
    return img


def render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Lay out one review, rasterise each printed page as a scanner would and lay the OCR text over it invisibly;
    return bytes and expected entry."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas as _canvas

    if report["numbering"] != "single":
        raise ValueError("the ocrscan layout renders single numbering")
    _fonts()
    setter, _heads, contents, total = lay_out(report, blocks)
    slips = {w: m for w, m in output.get("ocr_slips", [])}
    done: list[list[Any]] = []
    split_words: list[str] = []
    soft_breaks = 0
    buf = io.BytesIO()
    canv = _canvas.Canvas(buf, pagesize=(_PAGE_W, _PAGE_H), invariant=1)
    canv.setTitle(report["title"])
    canv.setAuthor(report["publisher"])
    canv.setSubject("")
    canv.setCreator(CREATOR)
    canv.setProducer(PRODUCER)
    seed = output["report_id"]
    for n, page in enumerate(setter.pages, start=1):
        angle = page_angle(seed, n)
        canv.drawImage(ImageReader(_raster(page, angle, f"{seed}:{n}")), 0, 0, width=_PAGE_W, height=_PAGE_H)
        runs = list(page.runs)
        lines: dict[float, list[Any]] = {}
        for run in runs:
            lines.setdefault(round(run.y, 2), []).append(run)
        text = canv.beginText()
        text.setTextRenderMode(3)
        for y, line in sorted(lines.items()):
            line.sort(key=lambda r: r.x)
            mid = (line[0].x + line[-1].x) / 2
            for k, run in enumerate(line):
                word = run.text
                if run.font == _SAFE:
                    core = word.strip(_r.PUNCT)
                    if core in slips and core not in {d[0] for d in done}:
                        word = word.replace(core, slips[core])
                        done.append([core, slips[core], n])
                    head = word[:-1].lstrip(_r.PUNCT).lower()
                    if word.endswith("-") and k == len(line) - 1 and head and any(
                            w.lower().startswith(head) for kind, w in setter.events if kind == "soft") and not any(
                            w.lower().startswith(head) for kind, w in setter.events if kind == "hard"):
                        soft_breaks += 1
                        if soft_breaks % OCRSCAN["split_every"] == 1:
                            word = word[:-1]
                            split_words.append(word)
                x, _ = _turn(run.x, y, angle)
                _, ty = _turn(mid, y, angle)
                size = float(round(run.size))
                width = _p._w(run.text, run.font, run.size)
                natural = stringWidth(word, OCR_FONT, size)
                text.setTextOrigin(x, _PAGE_H - ty)
                text.setFont(OCR_FONT, size)
                text.setHorizScale(100.0 * width / natural if natural else 100.0)
                text.textOut(word + (" " if k < len(line) - 1 else ""))
        canv.drawText(text)
        canv.showPage()
    canv.save()
    if len(done) != len(slips):
        raise ValueError(f"OCR slips that fell on no word inside a paragraph: {set(slips) - {d[0] for d in done}}")
    # the split words: the head recorded by the setter as "soft" event whose word starts with the head
    soft = [w for kind, w in setter.events if kind == "soft"]
    lost: list[str] = []
    for head in split_words:
        match = next((w for w in soft if w.lower().startswith(head.lower()) and w not in lost), None)
        if match:
            lost.append(match)
    entries = []
    for b in blocks:
        if b.key:
            start, end = setter.records[b.key]
            entries.append(_r.entry(b, start, end > start))
    kept = [w for w in dict.fromkeys(soft) if w not in lost or soft.count(w) > lost.count(w)]
    result = _r.expected(output, blocks, page_count=total, paragraphs=entries,
                         running_header_lines=[report["running_title"], footer("N", total)], contents_lines=contents,
                         hyphenated_words=kept,
                         broken_compounds=list(dict.fromkeys(w for kind, w in setter.events if kind == "hard")))
    result["ocr_slips"] = done
    result["ocr_split_words"] = list(dict.fromkeys(lost))
    return buf.getvalue(), result
