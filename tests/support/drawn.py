"""PDFs whose words are drawn but not written, made from a fictional text PDF (``scans.review_pdf``) for the tests of
``index/ingest/parse/drawn_text.py``. Each keeps its source's layout, character by character (pdfplumber's chars):

- ``outlined_copy``: every character (or those inside a box) a filled path of its glyph's outline, as "Create
  outlines" or Ghostscript's NoOutputFonts leave them; the rest stays text;
- ``type3_copy``: the text in a Type 3 font whose glyphs are drawn outlines, its codes given in order of first use
  and named /g1, /g2 ..., with no ToUnicode map: a text layer that reads as no letters;
- ``misread_scan``: each page an image, under an invisible text layer whose words are misread.

The outlines are Bitstream Vera's (shipped with reportlab), standing in for Helvetica.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fontTools.pens.basePen import BasePen

from tests.support.hostile import pdf_of

Box = tuple[float, float, float, float]  # x0, top, x1, bottom in points from the top left


def _font(bold: bool) -> Any:
    import reportlab
    from fontTools.ttLib import TTFont  # fonttools: the test extra's (fpdf2's own dependency too)

    return TTFont(str(Path(reportlab.__file__).parent / "fonts" / ("VeraBd.ttf" if bold else "Vera.ttf")))


class _Ops(BasePen):
    """A fontTools pen writing PDF path operators, the glyph scaled by ``scale`` and put at (x, y)."""

    def __init__(self, glyphs: Any, scale: float, x: float, y: float) -> None:
        super().__init__(glyphs)
        self.ops: list[str] = []
        self.scale, self.x, self.y = scale, x, y

    def _pt(self, p: tuple[float, float]) -> str:
        return f"{self.x + p[0] * self.scale:.2f} {self.y + p[1] * self.scale:.2f}"

    def _moveTo(self, p: tuple[float, float]) -> None:
        self.ops.append(f"{self._pt(p)} m")

    def _lineTo(self, p: tuple[float, float]) -> None:
        self.ops.append(f"{self._pt(p)} l")

    def _curveToOne(self, a: tuple[float, float], b: tuple[float, float], c: tuple[float, float]) -> None:
        self.ops.append(f"{self._pt(a)} {self._pt(b)} {self._pt(c)} c")

    def _closePath(self) -> None:
        self.ops.append("h")


def _glyph_ops(font: Any, char: str, size: float, x: float, y: float) -> str:
    """PDF operators filling one character's outline at (x, y), its baseline, in PDF points."""
    name = font.getBestCmap().get(ord(char))
    if name is None:
        return ""
    glyphs = font.getGlyphSet()
    pen = _Ops(glyphs, size / font["head"].unitsPerEm, x, y)
    glyphs[name].draw(pen)
    return "\n".join(pen.ops) + ("\nf" if pen.ops else "")


def _chars(src: Path) -> list[tuple[float, float, list[dict]]]:
    import pdfplumber

    with pdfplumber.open(str(src)) as pdf:
        return [(float(p.width), float(p.height), list(p.chars)) for p in pdf.pages]


def _inside(ch: dict, box: Box | None) -> bool:
    return box is None or (box[0] <= ch["x0"] and ch["x1"] <= box[2] and box[1] <= ch["top"] and ch["bottom"] <= box[3])


def _baseline(ch: dict, height: float) -> float:
    return height - ch["bottom"] + ch["size"] * 0.21  # Helvetica's descent below the baseline


def outlined_copy(src: Path, dst: Path, box: Box | None = None, pages: set[int] | None = None) -> Path:
    """``src`` redrawn: characters on the given 0-based pages (all by default), inside ``box`` if one is given,
    as filled outlines, the others as Helvetica text where they were."""
    from reportlab.pdfgen import canvas as pdfcanvas

    fonts = {False: _font(False), True: _font(True)}
    first = _chars(src)
    c = pdfcanvas.Canvas(str(dst), pagesize=first[0][:2], invariant=1)
    for k, (width, height, chars) in enumerate(first):
        c.setPageSize((width, height))
        ops = []
        for ch in chars:
            bold = "Bold" in ch["fontname"]
            y = _baseline(ch, height)
            if (pages is None or k in pages) and _inside(ch, box):
                ops.append(_glyph_ops(fonts[bold], ch["text"], ch["size"], ch["x0"], y))
            else:
                c.setFont("Helvetica-Bold" if bold else "Helvetica", ch["size"])
                c.drawString(ch["x0"], y, ch["text"])
        if ops:
            c._code.append("q 0 g\n" + "\n".join(o for o in ops if o) + "\nQ")  # paths, as a converter writes them
        c.showPage()
    c.save()
    return dst


def type3_copy(src: Path, dst: Path) -> Path:
    """``src`` with its text set in one Type 3 font of drawn outlines and no ToUnicode map (written by hand: no
    library writes Type 3 fonts)."""
    font, pages = _font(False), _chars(src)
    codes: dict[str, int] = {}
    for _w, _h, chars in pages:
        for ch in chars:
            if ch["text"].strip() and ch["text"] not in codes and len(codes) < 250:
                codes[ch["text"]] = len(codes) + 1
    em = font["head"].unitsPerEm
    widths = {ch: font["hmtx"][font.getBestCmap()[ord(ch)]][0] * 1000 / em
              for ch in codes if ord(ch) in font.getBestCmap()}
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    def stream(data: str) -> bytes:
        raw = data.encode("latin-1")
        return b"<< /Length %d >>\nstream\n" % len(raw) + raw + b"\nendstream"

    procs = {ch: add(stream(f"{widths.get(ch, 500):.0f} 0 d0\n" + _glyph_ops(font, ch, 1000, 0, 0))) for ch in codes}
    names = " ".join(f"/g{n}" for n in codes.values())
    first_code, last_code = 1, len(codes)
    width_list = " ".join(f"{widths.get(ch, 500):.0f}" for ch in codes)
    char_procs = " ".join(f"/g{n} {procs[ch]} 0 R" for ch, n in codes.items())
    font_id = add((f"<< /Type /Font /Subtype /Type3 /FontBBox [0 -250 1100 1000] /FontMatrix [0.001 0 0 0.001 0 0] "
                   f"/CharProcs << {char_procs} >> /Encoding << /Type /Encoding /Differences [1 {names}] >> "
                   f"/FirstChar {first_code} /LastChar {last_code} /Widths [{width_list}] /Resources << >> >>"
                   ).encode("latin-1"))
    page_ids = []
    pages_id = len(objects) + 2 * len(pages) + 1
    for width, height, chars in pages:
        shown = [f"BT /F1 {ch['size']:.2f} Tf 1 0 0 1 {ch['x0']:.2f} {_baseline(ch, height):.2f} Tm "
                 f"<{codes[ch['text']]:02x}> Tj ET" for ch in chars if ch["text"] in codes]
        content = add(stream("\n".join(shown)))
        page_ids.append(add((f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 {width:.2f} {height:.2f}] "
                             f"/Resources << /Font << /F1 {font_id} 0 R >> >> /Contents {content} 0 R >>").encode()))
    kids = " ".join(f"{p} 0 R" for p in page_ids)
    assert add(f"<< /Type /Pages /Kids [{kids}] /Count {len(page_ids)} >>".encode()) == pages_id
    catalog = add(f"<< /Type /Catalog /Pages {pages_id} 0 R >>".encode())
    return pdf_of(dst, objects, root=catalog)


_MISREAD = str.maketrans({"e": "c", "h": "b", "1": "l", "0": "O", "m": "n"})


def misread_scan(src: Path, dst: Path) -> Path:
    """``src``'s pages as 300-dpi images, each under an invisible text layer of its lines misread (letters taken
    for others, "1" for "l"), as a poor OCR engine leaves a scan."""
    import io

    import pdfplumber
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas as pdfcanvas

    from tests.support.scans import render_pages

    images = render_pages(src)
    with pdfplumber.open(str(src)) as pdf:
        lines = [(float(p.width), float(p.height), p.extract_text_lines()) for p in pdf.pages]
    c = pdfcanvas.Canvas(str(dst), invariant=1)
    for (width, height, found), image in zip(lines, images, strict=True):
        c.setPageSize((width, height))
        buf = io.BytesIO()
        image.save(buf, format="PNG")
        c.drawImage(ImageReader(buf), 0, 0, width, height)
        for ln in found:
            text = c.beginText(ln["x0"], height - ln["bottom"] + 2)
            text.setTextRenderMode(3)
            text.setFont("Helvetica", 11)
            text.textLine(ln["text"].translate(_MISREAD))
            c.drawText(text)
        c.showPage()
    c.save()
    return dst
