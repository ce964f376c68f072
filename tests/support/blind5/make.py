"""Blind test set 5: five FICTIONAL safeguarding-review documents in real-world layouts, with an answer key.

Written without looking at the parser. ``main(out)`` writes into ``out``:

* ``table-paras.pdf``      a Safeguarding Adults Review whose findings sit in a ruled two-column table
                           (number cell | text cell), rows split across pages under a repeated header row;
* ``two-up.pdf``           landscape sheets, each carrying two scaled portrait pages with their own printed
                           page numbers (booklet / "2-up" printing);
* ``rotated.pdf``          three portrait pages, the second stored as a landscape page with ``/Rotate 90``;
* ``bilingual.docx``       a Welsh-style bilingual Child Practice Review laid out as a two-column table;
* ``numbered-headings.pdf`` (fpdf2) "Paragraph N" label lines under bold headings, cross-references and footnotes;
* ``expected.json``        the answer key (see the project brief for its format).

Every PDF is laid out line by line by this module (no automatic flowables), so the page on which each paragraph
starts and ends is known exactly; the key is then checked against pdfplumber's text before anything is written
as final. Generation is deterministic (fixed dates, fixed zip timestamps) and needs no network.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pdfplumber
import reportlab
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

try:  # imported as part of the tests package
    from . import text as T
except ImportError:  # run as a script: python make.py OUT
    import text as T  # type: ignore[no-redef]

PAGE_W, PAGE_H = A4
FONT_DIR = Path(reportlab.__file__).parent / "fonts"
REG, BOLD, ITAL = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
WORD = re.compile(r"\w+")
FOOTNOTE = re.compile(r"\[\^(\d+)\]")
FIXED_DATE = dt.datetime(2024, 3, 1, 12, 0, 0, tzinfo=dt.UTC)


# ----------------------------------------------------------------------------------------------------------------
# Shared helpers: words, the key, checking
# ----------------------------------------------------------------------------------------------------------------


def words(s: str) -> list[str]:
    return WORD.findall(s.lower())


def plain(body: str) -> str:
    """A body as a reader sees it: footnote markers dropped, forced line breaks as spaces."""
    return FOOTNOTE.sub("", body).replace("\n", " ")


def key_entry(label: str, page: int | None, body: str, **extra: object) -> dict:
    text = plain(body)
    n = len(words(text))
    if not 60 <= n <= 250:
        raise ValueError(f"paragraph {label} has {n} words")
    toks = text.split()
    # Footnote markers must stay out of the words a checker compares (extraction glues them onto words).
    raw = body.replace("\n", " ").split()
    if any(FOOTNOTE.search(t) for t in raw[:8] + raw[-6:]):
        raise ValueError(f"paragraph {label}: footnote marker inside starts_with/ends_with")
    return {
        "label": label,
        "page": page,
        "starts_with": " ".join(toks[:8]).strip(".,;:"),
        "ends_with": " ".join(toks[-6:]).strip(".,;:"),
        **extra,
    }


def contains(hay: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return any(hay[i : i + n] == needle for i in range(len(hay) - n + 1))


def check(name: str, texts: list[str], paras: list[dict], spans: list[tuple[int, int]], label_re) -> None:
    """texts[i] is the text of region i (a page, or a half-page); spans give each paragraph's start/end region."""
    toks = [words(t) for t in texts]
    problems = []
    for p, (first, last) in zip(paras, spans, strict=True):
        if not re.search(label_re(p["label"]), texts[first]):
            problems.append(f"label {p['label']} not found in region {first}")
        if not contains(toks[first], words(p["starts_with"])):
            problems.append(f"{p['label']}: starts_with not in region {first}: {p['starts_with']!r}")
        if not contains(toks[last], words(p["ends_with"])):
            problems.append(f"{p['label']}: ends_with not in region {last}: {p['ends_with']!r}")
    if problems:
        raise AssertionError(f"{name}: key does not match the extracted text:\n  " + "\n  ".join(problems))


def decimal_label(label: str) -> str:
    return r"(?<![\w.])" + re.escape(label) + r"(?![\w]|\.\d)"


def pdf_texts(data: bytes, halves: bool = False) -> list[str]:
    out = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            if halves:
                mid = page.width / 2
                out.append(page.crop((0, 0, mid, page.height)).extract_text() or "")
                out.append(page.crop((mid, 0, page.width, page.height)).extract_text() or "")
            else:
                out.append(page.extract_text() or "")
    return out


def wrap(text: str, width: float, measure) -> list[str]:
    """Greedy word wrap; ``\\n`` forces a break. measure(str) -> width in the caller's units."""
    lines: list[str] = []
    for chunk in text.split("\n"):
        cur = ""
        for w in chunk.split():
            trial = f"{cur} {w}" if cur else w
            if cur and measure(trial) > width:
                lines.append(cur)
                cur = w
            else:
                cur = trial
        if cur:
            lines.append(cur)
    return lines


# ----------------------------------------------------------------------------------------------------------------
# A tiny page model for the reportlab documents: pages hold drawing operations; a Flow fills them top-down
# ----------------------------------------------------------------------------------------------------------------


@dataclass
class VPage:
    ops: list[tuple] = field(default_factory=list)

    def text(self, x: float, y: float, s: str, font: str = REG, size: float = 10.5) -> None:
        self.ops.append(("text", x, y, font, size, s))

    def centred(self, x: float, y: float, s: str, font: str = REG, size: float = 10.5) -> None:
        self.text(x - stringWidth(s, font, size) / 2, y, s, font, size)

    def right(self, x: float, y: float, s: str, font: str = REG, size: float = 10.5) -> None:
        self.text(x - stringWidth(s, font, size), y, s, font, size)

    def line(self, x1: float, y1: float, x2: float, y2: float, width: float = 0.6) -> None:
        self.ops.append(("line", x1, y1, x2, y2, width))

    def fill(self, x: float, y: float, w: float, h: float, gray: float) -> None:
        self.ops.append(("fill", x, y, w, h, gray))


def render(c: Canvas, ops: list[tuple]) -> None:
    for op in ops:
        if op[0] == "text":
            _, x, y, font, size, s = op
            c.setFont(font, size)
            c.drawString(x, y, s)
        elif op[0] == "line":
            _, x1, y1, x2, y2, width = op
            c.setLineWidth(width)
            c.line(x1, y1, x2, y2)
        elif op[0] == "fill":
            _, x, y, w, h, gray = op
            c.setFillGray(gray)
            c.rect(x, y, w, h, stroke=0, fill=1)
            c.setFillGray(0)


class Flow:
    """Fills VPages from ``top`` down to ``bottom`` (reportlab units, y upwards)."""

    x_heading = 72.0  # where headings start

    def __init__(self, top: float, bottom: float, decorate) -> None:
        self.top, self.bottom, self.decorate = top, bottom, decorate
        self.pages: list[VPage] = []
        self.after_break = None  # called on every new page after the first (e.g. a repeated table header)
        self.new_page()

    @property
    def pno(self) -> int:
        return len(self.pages)

    def new_page(self) -> None:
        self.page = VPage()
        self.pages.append(self.page)
        self.y = self.top
        self.decorate(self.page, self.pno)
        if self.after_break:
            self.after_break()

    def plan(self, nlines: int, leading: float, extra: float = 0.0) -> int:
        """How many of ``nlines`` go on this page: all, or a split leaving at least two lines each side, or 0."""
        fit = int((self.y - extra - self.bottom) // leading)
        if fit >= nlines:
            return nlines
        if nlines - fit < 2:
            fit = nlines - 2
        return fit if fit >= 2 else 0

    def heading(
        self, s: str, font: str = BOLD, size: float = 12, before: float = 6, after: float = 6, keep: float = 40
    ) -> None:
        if self.y - before - size - after - keep < self.bottom:
            self.new_page()
        self.y -= before
        self.page.text(self.x_heading, self.y - size, s, font, size)
        self.y -= size + after

    def hanging(
        self,
        label: str,
        body: str,
        x_num: float,
        x_text: float,
        width: float,
        size: float,
        leading: float,
        gap: float,
        font: str = REG,
    ) -> tuple[int, int]:
        """A paragraph with its number at x_num and every line of text at x_text (a tab stop)."""
        lines = wrap(body, width, lambda s: stringWidth(s, font, size))
        start, i = 0, 0
        while i < len(lines):
            n = self.plan(len(lines) - i, leading)
            if n == 0:
                self.new_page()
                continue
            if not start:
                start = self.pno
                self.page.text(x_num, self.y - size, label, font, size)
            for ln in lines[i : i + n]:
                self.page.text(x_text, self.y - size, ln, font, size)
                self.y -= leading
            i += n
            if i < len(lines):
                self.new_page()
        self.y -= gap
        return start, self.pno


# ----------------------------------------------------------------------------------------------------------------
# 1. table-paras.pdf
# ----------------------------------------------------------------------------------------------------------------


def make_table_paras() -> tuple[bytes, dict]:
    ml, mr = 72.0, PAGE_W - 72.0
    size, leading = 10.5, 14.0

    def decorate(page: VPage, n: int) -> None:
        page.text(ml, 806, T.SAR_RUNNING_LEFT, ITAL, 8.5)
        page.right(mr, 806, T.SAR_RUNNING_RIGHT, ITAL, 8.5)
        page.line(ml, 800, mr, 800, 0.4)
        page.centred(PAGE_W / 2, 40, f"Page {n}", REG, 9)

    flow = Flow(top=780, bottom=72, decorate=decorate)
    p1 = flow.page
    p1.text(ml, 764, T.BANNER, BOLD, 10)
    p1.text(ml, 736, T.SAR_TITLE, BOLD, 17)
    p1.text(ml, 716, T.SAR_SUBTITLE, REG, 10.5)
    flow.y = 696

    paras: list[dict] = []
    spans: list[tuple[int, int]] = []

    def ordinary(label: str, body: str) -> None:
        s, e = flow.hanging(label, body, ml, ml + 40, mr - ml - 40, size, leading, gap=9)
        paras.append(key_entry(label, s, body))
        spans.append((s - 1, e - 1))

    flow.heading(T.SAR_SECTION4)
    for label, body in T.SAR_BACKGROUND:
        ordinary(label, body)

    flow.heading(T.SAR_SECTION5)
    for ln in wrap(T.SAR_TABLE_LEAD, mr - ml, lambda s: stringWidth(s, REG, size)):
        flow.page.text(ml, flow.y - size, ln, REG, size)
        flow.y -= leading
    flow.y -= 8

    # The table: | Para | Finding |, ruled, header row repeated on every page the table reaches.
    x0, xm, x1 = ml, ml + 48, mr
    pad, head_h = 4.0, 19.0
    text_x, text_w = xm + 7, x1 - xm - 14

    def box(top: float, h: float) -> None:
        pg = flow.page
        for x in (x0, xm, x1):
            pg.line(x, top, x, top - h)
        pg.line(x0, top, x1, top)
        pg.line(x0, top - h, x1, top - h)

    def header() -> None:
        top = flow.y
        flow.page.fill(x0, top - head_h, x1 - x0, head_h, 0.86)
        box(top, head_h)
        flow.page.text(x0 + 6, top - 13.5, T.SAR_TABLE_HEAD[0], BOLD, 10)
        flow.page.text(text_x, top - 13.5, T.SAR_TABLE_HEAD[1], BOLD, 10)
        flow.y -= head_h

    if flow.y - head_h - 2 * pad - 3 * leading < flow.bottom:
        flow.new_page()
    header()
    flow.after_break = header
    split_rows = []
    for label, body in T.SAR_FINDINGS:
        lines = wrap(body, text_w, lambda s: stringWidth(s, REG, size))
        start, i = 0, 0
        while i < len(lines):
            n = flow.plan(len(lines) - i, leading, extra=2 * pad)
            if n == 0:
                flow.new_page()
                continue
            top, h = flow.y, 2 * pad + n * leading
            box(top, h)
            first_base = top - pad - 11.0
            if not start:
                start = flow.pno
                flow.page.text(x0 + 6, first_base, label, REG, size)
            for k, ln in enumerate(lines[i : i + n]):
                flow.page.text(text_x, first_base - k * leading, ln, REG, size)
            flow.y -= h
            i += n
            if i < len(lines):
                flow.new_page()
        if flow.pno != start:
            split_rows.append(label)
        paras.append(key_entry(label, start, body))
        spans.append((start - 1, flow.pno - 1))
    flow.after_break = None
    flow.y -= 10

    flow.heading(T.SAR_SECTION6)
    for label, body in T.SAR_CONCLUSION:
        ordinary(label, body)

    if not split_rows or not 3 <= flow.pno <= 4:
        raise AssertionError(f"table-paras: {flow.pno} pages, rows split across pages: {split_rows}")

    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(T.SAR_TITLE)
    for page in flow.pages:
        render(c, page.ops)
        c.showPage()
    c.save()
    data = buf.getvalue()
    check("table-paras.pdf", pdf_texts(data), paras, spans, decimal_label)
    return data, {
        "paragraphs": paras,
        "note": (
            "Sections 4 and 6 are ordinary paragraphs (number at the margin, text at a tab stop). Section 5 is a "
            "ruled table 'Para | Finding': the number is in the left cell, the paragraph in the right cell. Rows "
            f"{', '.join(split_rows)} continue on the next page below a repeated header row and with an empty "
            "number cell; the continuation belongs to the same paragraph. Headings such as '5  Findings', the "
            "unnumbered lead-in sentence, the running header and the 'Page N' footer are not paragraphs."
        ),
    }


# ----------------------------------------------------------------------------------------------------------------
# 2. two-up.pdf
# ----------------------------------------------------------------------------------------------------------------


def make_two_up() -> tuple[bytes, dict]:
    ml, mr = 72.0, PAGE_W - 72.0
    size, leading = 12.0, 18.0
    first = T.CSPR_FIRST_PRINTED_PAGE

    def decorate(page: VPage, n: int) -> None:
        page.centred(PAGE_W / 2, 800, T.CSPR_RUNNING, ITAL, 8)
        page.centred(PAGE_W / 2, 46, str(first + n - 1), REG, 11)

    flow = Flow(top=770, bottom=84, decorate=decorate)
    flow.page.text(ml, 752, T.BANNER, BOLD, 11)
    flow.page.text(ml, 722, T.CSPR_TITLE, BOLD, 16)
    flow.y = 704
    flow.heading(T.CSPR_SECTION, size=14)

    paras: list[dict] = []
    spans: list[tuple[int, int]] = []
    for label, sub, body in T.CSPR_PARAS:
        if sub:
            flow.heading(sub, ITAL, 12, before=4, after=6, keep=2 * leading)
        s, e = flow.hanging(label, body, ml, ml + 38, mr - ml - 38, size, leading, gap=10)
        paras.append(key_entry(label, (s - 1) // 2 + 1, body, printed_page=first + s - 1))
        spans.append((s - 1, e - 1))
    if flow.pno % 2:
        flow.new_page()  # the back half of the last sheet: running header and page number only

    left_to_right = [p["label"] for p, (s, e) in zip(paras, spans, strict=True) if e == s + 1 and s % 2 == 0]
    right_to_next = [p["label"] for p, (s, e) in zip(paras, spans, strict=True) if e == s + 1 and s % 2 == 1]
    if not left_to_right or not right_to_next or flow.pno < 4:
        raise AssertionError(f"two-up: {flow.pno} printed pages, left-to-right crossings {left_to_right}")

    sheet_w, sheet_h = PAGE_H, PAGE_W  # landscape A4
    half = sheet_w / 2
    scale = min(half / PAGE_W, sheet_h / PAGE_H) * 0.98
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(sheet_w, sheet_h), invariant=1)
    c.setTitle(T.CSPR_TITLE)
    for i in range(0, flow.pno, 2):
        for side in (0, 1):
            c.saveState()
            c.translate(side * half + (half - PAGE_W * scale) / 2, (sheet_h - PAGE_H * scale) / 2)
            c.scale(scale, scale)
            render(c, flow.pages[i + side].ops)
            c.restoreState()
        c.showPage()
    c.save()
    data = buf.getvalue()
    # Checked per half sheet: region k is printed page first + k.
    check("two-up.pdf", pdf_texts(data, halves=True), paras, spans, decimal_label)
    return data, {
        "paragraphs": paras,
        "note": (
            f"Each landscape sheet carries two printed pages (printed numbers {first} to {first + flow.pno - 1}, "
            "left then right). 'page' is the physical PDF page; 'printed_page' is the printed number of the half "
            f"where the paragraph starts. Paragraphs {', '.join(left_to_right)} run on from a left half into the "
            f"right half; {', '.join(right_to_next) or 'none'} run from a right half onto the next sheet."
        ),
    }


# ----------------------------------------------------------------------------------------------------------------
# 3. rotated.pdf
# ----------------------------------------------------------------------------------------------------------------


def make_rotated() -> tuple[bytes, dict]:
    ml, mr = 90.0, PAGE_W - 90.0
    size, leading = 12.0, 18.0

    def decorate(page: VPage, n: int) -> None:
        page.centred(PAGE_W / 2, 800, T.LR_RUNNING, ITAL, 8)
        page.centred(PAGE_W / 2, 48, f"Page {n}", REG, 9)

    flow = Flow(top=772, bottom=90, decorate=decorate)
    flow.x_heading = ml
    flow.page.text(ml, 756, T.BANNER, BOLD, 11)
    flow.page.text(ml, 726, T.LR_TITLE, BOLD, 16)
    flow.y = 708
    flow.heading(T.LR_SECTION, size=14)
    paras: list[dict] = []
    spans: list[tuple[int, int]] = []
    for label, body in T.LR_PARAS:
        s, e = flow.hanging(label, body, ml, ml + 36, mr - ml - 36, size, leading, gap=14)
        paras.append(key_entry(label, s, body))
        spans.append((s - 1, e - 1))
    crossing = [p["label"] for p, (s, e) in zip(paras, spans, strict=True) if (s, e) == (0, 1)]
    if flow.pno != 3 or not crossing:
        raise AssertionError(f"rotated: {flow.pno} pages, paragraphs crossing 1->2: {crossing}")

    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(T.LR_TITLE)
    for n, page in enumerate(flow.pages, start=1):
        if n == 2:
            # Stored landscape, displayed portrait: the viewer turns the page 90 degrees clockwise, so the
            # content is drawn turned 90 degrees anticlockwise. Display (X, Y) -> stored (PAGE_H - Y, X).
            # (reportlab takes the displayed size and writes the MediaBox swapped when /Rotate is 90.)
            c.setPageSize(A4)
            c.setPageRotation(90)
            c.saveState()
            c.translate(PAGE_H, 0)
            c.rotate(90)
            render(c, page.ops)
            c.restoreState()
        else:
            c.setPageSize(A4)
            c.setPageRotation(0)
            render(c, page.ops)
        c.showPage()
    c.save()
    data = buf.getvalue()
    stored = PdfReader(io.BytesIO(data)).pages
    boxes = [(tuple(round(float(v)) for v in pg["/MediaBox"]), int(pg.get("/Rotate", 0))) for pg in stored]
    if boxes[1] != ((0, 0, 842, 595), 90) or boxes[0][1] or boxes[2][1]:
        raise AssertionError(f"rotated: unexpected page boxes {boxes}")
    check("rotated.pdf", pdf_texts(data), paras, spans, decimal_label)
    return data, {
        "paragraphs": paras,
        "note": (
            "Page 2 has a landscape MediaBox and /Rotate 90; read with the rotation applied it is an ordinary "
            f"portrait page. Paragraph {', '.join(crossing)} continues from page 1 onto page 2."
        ),
    }


# ----------------------------------------------------------------------------------------------------------------
# 4. bilingual.docx
# ----------------------------------------------------------------------------------------------------------------


def make_bilingual() -> tuple[bytes, dict]:
    # Layout choice: ONE two-column table per section, English left and Welsh right, one row per numbered
    # paragraph. The English cell starts with the typed number and a tab ("1.1<TAB>This Child ..."); the Welsh cell
    # reads "[Cymraeg] 1.1<TAB>" followed by one short, simple Welsh sentence summing the paragraph up.
    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10.5)
    props = doc.core_properties
    props.title, props.author = "Child Practice Review: Child W (fictional)", "blind5 generator"
    props.created = props.modified = props.last_printed = FIXED_DATE.replace(tzinfo=None)

    banner = doc.add_paragraph()
    banner.add_run(T.BANNER).bold = True
    doc.add_paragraph(T.CPR_TITLE, style="Title")
    doc.add_paragraph(T.CPR_BOARD)

    paras: list[dict] = []
    for s_index, (heading, rows) in enumerate(T.CPR_SECTIONS):
        if s_index:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        doc.add_heading(heading, level=1)
        table = doc.add_table(rows=1, cols=2)
        table.style = "Table Grid"
        for cell, title in zip(table.rows[0].cells, T.CPR_COLUMNS, strict=True):
            cell.paragraphs[0].add_run(title).bold = True
        for label, english, welsh in rows:
            left, right = table.add_row().cells
            left.paragraphs[0].add_run(f"{label}\t{english}")
            tag = right.paragraphs[0].add_run(T.CPR_WELSH_TAG + " ")
            tag.italic = True
            right.paragraphs[0].add_run(f"{label}\t{welsh}")
            paras.append(key_entry(label, s_index + 1, english))
        for row in table.rows:
            row.cells[0].width, row.cells[1].width = Cm(10.5), Cm(6.5)

    raw = io.BytesIO()
    doc.save(raw)
    data = _fixed_zip(raw.getvalue())

    # Self-check: read the file back and compare the English cells with the key.
    back = Document(io.BytesIO(data))
    cells = [r.cells[0].text for t in back.tables for r in t.rows[1:]]
    if len(cells) != len(paras):
        raise AssertionError("bilingual.docx: row count differs from the key")
    for p, cell in zip(paras, cells, strict=True):
        label, _, body = cell.partition("\t")
        first, last = words(p["starts_with"]), words(p["ends_with"])
        if label != p["label"] or words(body)[: len(first)] != first or words(body)[-len(last) :] != last:
            raise AssertionError(f"bilingual.docx: cell for {p['label']} does not match the key")
    return data, {
        "paragraphs": paras,
        "note": (
            "One two-column table per section: English left, Welsh right, one row per numbered paragraph. Each "
            "Welsh cell reads '[Cymraeg] <same number><TAB><one short Welsh sentence>'. The Welsh paragraphs carry "
            "the same numbers as the English ones; they should not replace, duplicate or merge into the English "
            "paragraphs (ideally they are skipped or kept apart as the Welsh version). The header row "
            "'English | Cymraeg' and the bilingual section headings are not paragraphs. Page 2 starts at the one "
            "explicit page break, before section 2."
        ),
    }


def _fixed_zip(data: bytes) -> bytes:
    """Rewrite a docx with fixed member timestamps so the bytes do not depend on the clock."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 3, 1, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(item.filename))
    return out.getvalue()


# ----------------------------------------------------------------------------------------------------------------
# 5. numbered-headings.pdf (fpdf2; millimetres, y downwards)
# ----------------------------------------------------------------------------------------------------------------

PT = 25.4 / 72  # millimetres per point


def make_numbered_headings() -> tuple[bytes, dict]:
    from fpdf import FPDF

    pdf = FPDF(unit="mm", format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(T.SCR_TITLE)
    pdf.add_font("Vera", "", str(FONT_DIR / "Vera.ttf"))
    pdf.add_font("Vera", "B", str(FONT_DIR / "VeraBd.ttf"))
    pdf.add_font("Vera", "I", str(FONT_DIR / "VeraIt.ttf"))
    pdf.set_auto_page_break(False)

    ml, width, top, bottom = 22.0, 210.0 - 44.0, 24.0, 297.0 - 22.0
    size, lead = 10.5, 5.3
    fn_size, fn_lead, mark_size = 8.0, 3.6, 6.5

    def measure(s: str, style: str = "", sz: float = size) -> float:
        pdf.set_font("Vera", style, sz)
        return pdf.get_string_width(s)

    def measure_marked(s: str) -> float:
        marks = FOOTNOTE.findall(s)
        return measure(FOOTNOTE.sub("", s)) + sum(measure(m, "", mark_size) for m in marks)

    fn_lines = {n: wrap(f"{t}", width - 5, lambda s: measure(s, "", fn_size)) for n, t in T.SCR_FOOTNOTES.items()}

    def fn_height(ids) -> float:
        return (4.0 + sum(len(fn_lines[i]) * fn_lead + 0.8 for i in ids)) if ids else 0.0

    pages: list[dict] = []

    def new_page() -> None:
        pages.append({"ops": [], "fns": []})
        state["y"] = top

    state = {"y": top}
    new_page()

    def ops() -> list[tuple]:
        return pages[-1]["ops"]

    ops().append(("text", ml, top, "B", 10, T.BANNER))
    ops().append(("text", ml, top + 11, "B", 17, T.SCR_TITLE))
    ops().append(("text", ml, top + 18, "", 10.5, T.SCR_SUBTITLE))
    state["y"] = top + 26

    def line_fns(ln: str) -> list[int]:
        return [int(m) for m in FOOTNOTE.findall(ln)]

    def fits(lines: list[str], k: int, extra: float) -> bool:
        ids = pages[-1]["fns"] + [i for ln in lines[:k] for i in line_fns(ln)]
        return state["y"] + extra + k * lead <= bottom - fn_height(ids)

    paras: list[dict] = []
    spans: list[tuple[int, int]] = []
    line_starts_2019 = []
    for label, heading, body in T.SCR_PARAS:
        lines = wrap(body, width, measure_marked)
        # Heading, "Paragraph N" and at least two lines of text stay together.
        block = 2.5 + 6.2 + 6.0
        if not fits(lines, 2, block):
            new_page()
        y = state["y"] + 2.5
        ops().append(("text", ml, y + 11 * PT * 0.8, "B", 11, heading))
        y += 6.2
        ops().append(("text", ml, y + size * PT * 0.8, "B", size, f"Paragraph {label}"))
        state["y"] = y + 6.0
        start, i, prev = len(pages), 0, ""
        while i < len(lines):
            rest = len(lines) - i
            n = max((k for k in range(rest + 1) if fits(lines[i:], k, 0)), default=0)
            if n < rest:
                n = rest - 2 if rest - n < 2 else n
                if n < 2:
                    new_page()
                    continue
            for ln in lines[i : i + n]:
                ops().append(("body", ml, state["y"] + size * PT * 0.8, "", size, ln))
                pages[-1]["fns"] += line_fns(ln)
                state["y"] += lead
                if ln.startswith("2019"):
                    # The line before must look like an ordinary full line, not like the end of a paragraph.
                    fill = measure_marked(prev) / width
                    if fill < 0.9:
                        raise AssertionError(f"numbered-headings: line before '2019' only {fill:.0%} full")
                    line_starts_2019.append(label)
                prev = ln
            i += n
            if i < len(lines):
                new_page()
        state["y"] += 3.2
        paras.append(key_entry(label, start, body))
        spans.append((start - 1, len(pages) - 1))
    if not line_starts_2019:
        raise AssertionError("numbered-headings: no line starts with 2019")
    crossing = [f"{p['label']} ({s + 1}->{e + 1})" for p, (s, e) in zip(paras, spans, strict=True) if s != e]

    # Render: body text with raised footnote markers, then each page's footnotes above the footer.
    for n, page in enumerate(pages, start=1):
        pdf.add_page()
        pdf.set_font("Vera", "I", 8)
        pdf.text(ml, 13, T.SCR_RUNNING)
        pdf.set_font("Vera", "", 9)
        foot = f"Page {n}"
        pdf.text(105 - pdf.get_string_width(foot) / 2, 288, foot)
        for kind, x, y, style, sz, s in page["ops"]:
            if kind == "text":
                pdf.set_font("Vera", style, sz)
                pdf.text(x, y, s)
                continue
            for k, piece in enumerate(FOOTNOTE.split(s)):
                if not piece:
                    continue
                marker = k % 2 == 1
                pdf.set_font("Vera", "", mark_size if marker else sz)
                pdf.text(x, y - (1.4 if marker else 0), piece)
                x += pdf.get_string_width(piece)
        if page["fns"]:
            y = bottom - fn_height(page["fns"]) + 4.0
            pdf.set_line_width(0.2)
            pdf.line(ml, y - 2.6, ml + 50, y - 2.6)
            for i in page["fns"]:
                pdf.set_font("Vera", "", fn_size)
                for j, ln in enumerate(fn_lines[i]):
                    if j == 0:
                        pdf.text(ml, y + fn_size * PT * 0.8, str(i))
                    pdf.text(ml + 5, y + fn_size * PT * 0.8, ln)
                    y += fn_lead
                y += 0.8
    data = bytes(pdf.output())

    def label_re(label: str) -> str:
        return r"\bParagraph " + re.escape(label) + r"\b"

    check("numbered-headings.pdf", pdf_texts(data), paras, spans, label_re)
    return data, {
        "paragraphs": paras,
        "note": (
            "Each paragraph is a bold unnumbered heading line, then a bold line 'Paragraph N', then the body; the "
            "label is N. Bodies contain cross-references ('see paragraph 7 above', '(para 3.2)'), footnote markers "
            f"(raised digits) and, in paragraph {', '.join(line_starts_2019)}, a line beginning '2019 saw'. The "
            "footnotes at the foot of the page start with their number ('1 A systems methodology ...') and are not "
            "paragraphs; ideally they are not appended to the paragraph above them either. Paragraphs continuing "
            f"onto the next page: {', '.join(crossing) or 'none'}."
        ),
    }


# ----------------------------------------------------------------------------------------------------------------


def main(out: Path) -> None:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    makers = {
        "table-paras.pdf": make_table_paras,
        "two-up.pdf": make_two_up,
        "rotated.pdf": make_rotated,
        "bilingual.docx": make_bilingual,
        "numbered-headings.pdf": make_numbered_headings,
    }
    expected = {}
    for name, maker in makers.items():
        data, entry = maker()
        (out / name).write_bytes(data)
        expected[name] = entry
    starts = [words(p["starts_with"]) for e in expected.values() for p in e["paragraphs"]]
    if len({tuple(s) for s in starts}) != len(starts):
        raise AssertionError("two paragraphs share a starts_with")
    (out / "expected.json").write_text(json.dumps(expected, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "out")
