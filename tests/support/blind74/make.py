"""Blind fixture generator 74: five FICTIONAL files, each A REVIEW INSIDE ANOTHER FILE, as reviews reach practitioners
wrapped in something else: a board's meeting pack as an ACROBAT PDF PORTFOLIO (a cover sheet, the agenda and the
review as embedded files), a partnership's COVERING LETTER with the review ATTACHED BY A PAPERCLIP ANNOTATION, a
partnership site's DOWNLOAD (.zip) holding the review as Word with its images and a readme, a WORD MEMO with the review
EMBEDDED AS AN OBJECT SHOWN AS AN ICON, and an E-MAIL with the review ATTACHED as a PDF. Each outer file has words of
its own (a cover sheet, an agenda, a letter, a readme, a memo, a message), and none of them is the review's.

FICTIONAL \u2013 for software testing. Run: python make.py [outdir] (a few seconds: everything is built twice and the
bytes compared). Needs reportlab, Pillow, lxml, pdfplumber and pypdf; no network. Every review is laid out first: a
PDF review into a record (A4 pages, every line as printed with its page, x, the baseline's depth below the top, face,
size, colour and role: a paragraph's number, its words or furniture), its body poured by one Flow (number at the
frame's left, words at the indent, first two lines kept together, a heading kept with three lines) and drawn with
reportlab as Word's "Save as PDF" would draw it; a Word review as WordprocessingML written part by part as Word saves
it. The outer file is then written as its own tool writes it: the portfolio by hand as Acrobat writes one (a catalog
/Collection, the cover sheet page, an /EmbeddedFiles name tree of two file specifications); the letter with reportlab
as Word saves it, then Acrobat's "Attach File" comment appended by hand as an incremental update (a /FileAttachment
annotation whose /FS carries the embedded file; nothing in the name tree); the download with zipfile as a site's
archive (a folder entry, the .docx, images/, README.txt); the memo as Word writes an embedded document shown as an
icon (w:object, a VML shape over an EMF icon, o:OLEObject ProgID Word.Document.12 DrawAspect Icon, the package at
word/embeddings/Microsoft_Word_Document.docx); the e-mail as Thunderbird sends one (multipart/mixed around
multipart/alternative, text format=flowed, the PDF in base64 at 72 columns).

The key is worked out from the review's own record or body (the lines in the order poured; a paragraph from its
number), and checked WITHOUT the project's parser: the review is taken out of the outer file by the container's own
structure (pypdf's name tree reader and the annotation's /FS, zipfile and the package relationships, the standard
library's e-mail parser) and compared byte for byte with what was written; a PDF review is read back character for
character at its places with pdfplumber and its key worked out a second time by a reader's rule (in each body frame,
lines top to bottom: a plain line whose first glyph is at the number's place and reads like 4.2 or 12 opens a
paragraph, a plain line at the indent carries it on, anything else ends it); a Word review's numbers are worked out
from numbering.xml (the kit's wordread) or read as typed, with their pages from the page breaks; and the outer file's
own words are read back and shown to hold none of any key's first or last words.

portfolio.pdf  A BOARD'S MEETING PACK AS AN ACROBAT PDF PORTFOLIO: one cover sheet page ("This PDF Portfolio contains
               multiple files ..."), a /Collection in the catalog, and in the EmbeddedFiles name tree an agenda (.txt,
               items "1." to "6." and "4.1" to "4.3") and a SAFEGUARDING ADULTS REVIEW (Mr K, Brackenmoor) as a PDF
               saved by Word: 1.1-3.4 under three numbered headings
letter.pdf     A PARTNERSHIP'S COVERING LETTER (one page, prose, an address "14 Kestrel Row") WITH A CHILD SAFEGUARDING
               PRACTICE REVIEW (Child N, Oakhollow) ATTACHED BY ACROBAT'S "Attach File" (a /FileAttachment annotation,
               the paperclip, its file specification in the annotation only, written as an incremental update):
               plain numbers 1-13 under unnumbered headings
download.zip   A PARTNERSHIP SITE'S DOWNLOAD: a folder holding a DOMESTIC HOMICIDE REVIEW (Ms L, Fenwick Marsh) as
               .docx (Word automatic numbering "%1." headings and "%1.%2" paragraphs, a logo and a figure), images/
               with the same two PNGs, and README.txt (a version "1.2", a numbered list of contents, the licence)
memo.docx      A SERVICE'S WORD MEMO (To/From/Date/Subject, a few sentences, its own Word-numbered list "1." "2.")
               WITH A LEARNING REVIEW (Mrs W, Hallam Cross) EMBEDDED AS AN OBJECT SHOWN AS AN ICON: the review a
               .docx of typed numbers 1.1-3.4 at word/embeddings/Microsoft_Word_Document.docx
message.eml    AN E-MAIL ("Please find attached the final report", a signature with "Room 2.14") WITH A THEMATIC
               REVIEW (Redwater) ATTACHED AS A PDF in base64: 1.1-4.2 under four numbered headings

Judgement calls (as in earlier rounds, what a practitioner citing the review would expect):
- each key holds the review's own numbered paragraphs only, each once, in reading order; never the outer file's
  words (cover sheet, agenda, letter, readme, memo and its list, message, signature), nor the review's title, running
  heads, page footers, headings (even "2. Background" or Word's "1."), captions or images;
- pages are the review file's own pages, where the paragraph starts, 1-based: for a PDF review the page of that PDF
  (not of the portfolio or the letter), for a Word review 1 + the page breaks (<w:br w:type="page"/>) before the
  paragraph in the review's own document.xml, as earlier DOCX keys give them.
"""
import base64
import email
import email.policy
import hashlib
import io
import os
import pathlib
import re
import sys
import zipfile

if __package__ in (None, ""):
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

    from blindkit import draw as _draw  # type: ignore
    from blindkit import harness as _harness  # type: ignore
    from blindkit.keys import check_count, check_crossings, check_lengths, entry  # type: ignore
    from blindkit.markup import SECT_A4, XML_HEAD, token, xesc  # type: ignore
    from blindkit.rawpdf import RawPDF, lit, pdf_text  # type: ignore
    from blindkit.wordml import DOC_REL, PKG_REL, W_NS, field, wr  # type: ignore
    from blindkit.wordread import check_numbered, word_numbers  # type: ignore

    _text = _harness.load(__file__, "blind74_text", "text.py")
else:
    from ..blindkit import draw as _draw
    from ..blindkit import harness as _harness
    from ..blindkit.keys import check_count, check_crossings, check_lengths, entry
    from ..blindkit.markup import SECT_A4, XML_HEAD, token, xesc
    from ..blindkit.rawpdf import RawPDF, lit, pdf_text
    from ..blindkit.wordml import DOC_REL, PKG_REL, W_NS, field, wr
    from ..blindkit.wordread import check_numbered, word_numbers
    from . import text as _text

ParaMaker, norm, contains_seq = _text.ParaMaker, _text.norm, _text.contains_seq
FICT, INVENTED = _text.FICT, _text.INVENTED
FACES = {"Vera": "Vera.ttf", "VeraBd": "VeraBd.ttf", "VeraIt": "VeraIt.ttf"}
PS = {"Vera": "+BitstreamVeraSans-Roman", "VeraBd": "+BitstreamVeraSans-Bold", "VeraIt": "+BitstreamVeraSans-Oblique"}
A4 = (595.28, 841.89)
LETTER = (612.0, 792.0)
INK, GREY = (0, 0, 0), (0.4, 0.4, 0.4)
NAVY = (0.106, 0.227, 0.361)
NUMBER = re.compile(r"\d+(?:\.\d+)?")
STAMP = "D:20250314101500Z"
WORD_ZIP_DATE = (1980, 1, 1, 0, 0, 0)  # Word writes every part of a package with this date
SITE_ZIP_DATE = (2025, 3, 3, 9, 12, 40)


# --------------------------------------------------------------------------
# The record of a PDF review: A4 pages, every line as printed
# --------------------------------------------------------------------------
class Book:
    """Pages (A4), lines [{page, x, d, s, face, size, rgb, role, para}] with d the baseline's depth below the page's
    top, and rules [(page, x1, d1, x2, d2, lw, rgb)]."""

    def __init__(self):
        self.pages, self.lines, self.rules = 0, [], []

    def page(self):
        self.pages += 1
        return self.pages

    def text(self, pg, x, d, s, face="Vera", size=10.0, rgb=INK, role="furniture", para=None):
        self.lines.append({"page": pg, "x": x, "d": d, "s": s, "face": face, "size": size, "rgb": rgb,
                           "role": role, "para": para})

    def rule(self, pg, x1, d1, x2, d2, lw=0.5, rgb=INK):
        self.rules.append((pg, x1, d1, x2, d2, lw, rgb))

    def on(self, k):
        return [ln for ln in self.lines if ln["page"] == k]

    def width(self, ln):
        return _draw.sw(ln["s"], ln["face"], ln["size"])


class Flow:
    """The review's body poured into frames {page, x, top, bottom, w} (depths), a new frame from new_frame() when the
    one in hand is full. A paragraph: its number at x, its words at x + indent, its first two lines kept together; a
    heading kept with the next three lines. Keeps the frames and each paragraph's first and last page."""

    def __init__(self, book, new_frame, size=10.5, lead=14.5, gap=8.0, hsize=13.0, hlead=18.0, hgap=14.0,
                 indent=34.0):
        self.book, self.new_frame = book, new_frame
        self.size, self.lead, self.gap = size, lead, gap
        self.hsize, self.hlead, self.hgap, self.indent = hsize, hlead, hgap, indent
        self.frames, self.where, self.ends = [], {}, {}
        self.fr = self.cur = None

    def next(self):
        self.fr = self.new_frame()
        self.frames.append(self.fr)
        self.cur = self.fr["top"]

    def fits(self, h):
        return self.cur + h <= self.fr["bottom"]

    def pour(self, items, texts):
        for it in items:
            if it[0] == "h":
                g = 0.0 if self.cur == self.fr["top"] else self.hgap
                if not self.fits(g + self.hlead + 3 * self.lead + self.gap):
                    self.next()
                    g = 0.0
                self.book.text(self.fr["page"], self.fr["x"], self.cur + g + self.hlead * 0.78, it[1], "VeraBd",
                               self.hsize, NAVY)
                self.cur += g + self.hlead
            else:
                self.para(it[0], texts[it[0]])

    def para(self, label, t):
        lines = _draw.lines_of(t, self.fr["w"] - self.indent, "Vera", self.size)
        g = 0.0 if self.cur == self.fr["top"] else self.gap
        if not self.fits(g + 2 * self.lead):
            self.next()
        for i, ln in enumerate(lines):
            g = self.gap if i == 0 and self.cur != self.fr["top"] else 0.0
            if not self.fits(g + self.lead):
                self.next()
                g = 0.0
            d, pg, x = self.cur + g + self.lead * 0.78, self.fr["page"], self.fr["x"]
            if i == 0:
                self.book.text(pg, x, d, label, "Vera", self.size, role="num", para=label)
                self.where[label] = pg
            self.book.text(pg, x + self.indent, d, ln, "Vera", self.size, role="para", para=label)
            self.ends[label] = pg
            self.cur += g + self.lead


def key_from_record(book):
    """[(label, page, words)] from the lines in the order poured: a paragraph from its number."""
    order, pages, parts = [], {}, {}
    for ln in book.lines:
        if ln["role"] == "num":
            if ln["s"] in pages:
                raise AssertionError(f"record: {ln['s']} twice")
            order.append(ln["s"])
            pages[ln["s"]] = ln["page"]
        elif ln["role"] == "para":
            parts.setdefault(ln["para"], []).append(ln["s"])
    return [(lab, pages[lab], " ".join(parts[lab])) for lab in order]


def body_texts(pm, items, kind):
    return {it[0]: pm.make(it[1], kind) for it in items if it[0] not in ("h", "fig")}


def fonts():
    _draw.register_fonts({}, FACES)


def centred(book, pg, cx, d, s, face="Vera", size=9.0, rgb=INK):
    book.text(pg, cx - _draw.sw(s, face, size) / 2, d, s, face, size, rgb)


def lay_review(pm, body, kind, title, org, head, **flow):
    """A4 pages: page 1 opens with the title, the partnership and the fiction label; the body poured at 72 pt
    margins; from page 2 a running head over a rule; "Page N of M" at every foot."""
    fonts()
    texts = body_texts(pm, body, kind)
    book = Book()

    def new_frame():
        pg = book.page()
        top = 72.0
        if pg == 1:
            book.text(pg, 72, 96, title, "VeraBd", 16, NAVY)
            book.text(pg, 72, 116, org, "Vera", 11)
            book.text(pg, 72, 134, f"{FICT} {INVENTED}", "VeraIt", 9, GREY)
            top = 160.0
        return {"page": pg, "x": 72.0, "top": top, "bottom": A4[1] - 72, "w": A4[0] - 144}

    fl = Flow(book, new_frame, **flow)
    fl.next()
    fl.pour(body, texts)
    n = book.pages
    for pg in range(1, n + 1):
        if pg > 1:
            book.text(pg, 72, 40, head, "Vera", 8.5, GREY)
            book.rule(pg, 72, 46, A4[0] - 72, 46, 0.4, GREY)
        centred(book, pg, A4[0] / 2, A4[1] - 38, f"Page {pg} of {n}", "Vera", 9)
    return book, fl, texts


def runs(cross):
    """'3.2 runs' or '5 and 9 run'."""
    return f"{cross[0]} runs" if len(cross) == 1 else f"{', '.join(cross[:-1])} and {cross[-1]} run"


def check_texts(name, texts, result, lo=9, hi=20):
    check_lengths(name, list(texts.values()), 40, 260)
    check_count(name, result, lo, hi)


def render_pdf(book, size, info):
    """The record drawn with reportlab (embedded TrueType subsets, as Word's "Save as PDF" embeds its fonts);
    returns the PDF's bytes."""
    from reportlab.pdfgen.canvas import Canvas
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=size, invariant=1, pageCompression=1)
    c.setTitle(info.get("Title", ""))
    c.setAuthor(info.get("Author", ""))
    c.setSubject(info.get("Subject", ""))
    c.setCreator(info["Creator"])
    c.setProducer(info["Producer"])
    for k in range(1, book.pages + 1):
        for _pg, x1, d1, x2, d2, lw, rgb in (r for r in book.rules if r[0] == k):
            _draw._draw(c, ("L", x1, size[1] - d1, x2, size[1] - d2, lw, rgb))
        for ln in book.on(k):
            _draw._draw(c, ("T", ln["x"], size[1] - ln["d"], ln["s"], ln["face"], ln["size"], ln["rgb"]))
        c.showPage()
    c.save()
    return buf.getvalue()


def read_text(name, data, book, height=A4[1]):
    """pdfplumber's characters of the PDF ``data``: every line of the record read back at its place in its face, no
    other character; returns per page [{X, d, text, font}]."""
    import pdfplumber
    out = []
    with pdfplumber.open(io.BytesIO(data)) as pl:
        if len(pl.pages) != book.pages:
            raise AssertionError(f"{name}: {len(pl.pages)} pages")
        for k, p in enumerate(pl.pages, 1):
            chars = [{"X": c["matrix"][4], "d": height - c["matrix"][5], "text": c["text"], "font": c["fontname"]}
                     for c in p.chars]
            used = 0
            for ln in book.on(k):
                w = book.width(ln)
                cs = sorted((c for c in chars if abs(c["d"] - ln["d"]) < 0.05 and ln["x"] - 0.05 <= c["X"]
                             < ln["x"] + w - 0.01), key=lambda c: c["X"])
                got = "".join(c["text"] for c in cs)
                if got != ln["s"] or not all(c["font"].endswith(PS[ln["face"]]) for c in cs):
                    raise AssertionError(f"{name}: page {k} line {ln['s'][:30]!r} read back as {got[:30]!r}")
                used += len(cs)
            if used != len(chars):
                raise AssertionError(f"{name}: page {k} has {len(chars) - used} characters not in the record")
            out.append(chars)
    return out


def key_from_chars(pages, frames, indent, plain):
    """The key from the characters read back, as a reader would: in each body frame, in order, lines top to bottom;
    a line in the body's plain type whose first glyph stands at the frame's left and reads like 4.2 or 12 (up to
    the text's indent) opens a paragraph; a plain line starting at the indent carries it on; any other line ends
    it."""
    out, cur = [], None
    for fr in frames:
        x0, x1 = fr["x"], fr["x"] + fr["w"]
        inside = [c for c in pages[fr["page"] - 1] if x0 - 0.5 <= c["X"] < x1 + 0.5
                  and fr["top"] <= c["d"] <= fr["bottom"]]
        rows = {}
        for c in inside:
            rows.setdefault(round(c["d"], 2), []).append(c)
        for d in sorted(rows):
            cs = sorted(rows[d], key=lambda c: c["X"])
            flat = all(plain(c) for c in cs)
            head = "".join(c["text"] for c in cs if c["X"] < x0 + indent - 0.3)
            rest = "".join(c["text"] for c in cs if c["X"] >= x0 + indent - 0.3)
            if flat and abs(cs[0]["X"] - x0) < 0.3 and NUMBER.fullmatch(head.strip()):
                cur = [head.strip(), fr["page"], rest]
                out.append(cur)
            elif flat and abs(cs[0]["X"] - x0 - indent) < 0.3 and cur is not None:
                cur[2] += " " + rest
            else:
                cur = None
    return [tuple(r) for r in out]


def review_pdf(name, pm, body, kind, title, org, head, info, **flow):
    """A PDF review saved by Word: laid out, drawn, read back and its key worked out twice. Returns (bytes, key,
    paragraphs over a page break, pages)."""
    book, fl, texts = lay_review(pm, body, kind, title, org, head, **flow)
    data = render_pdf(book, A4, info)
    rec = key_from_record(book)
    result = [entry(lab, pg, t) for lab, pg, t in rec]
    for lab, _pg, t in rec:
        if t != texts[lab]:
            raise AssertionError(f"{name}: words of {lab}")
    check_texts(name, texts, result)
    cross = check_crossings(name, result, [fl.ends[d["label"]] for d in result], 1)
    pages = read_text(name, data, book)
    again = key_from_chars(pages, fl.frames, fl.indent, lambda c: c["font"].endswith(PS["Vera"]))
    if again != rec:
        raise AssertionError(f"{name}: key from the file {[(lab, pg) for lab, pg, _t in again]}")
    return data, result, cross, book.pages


def outer_clean(name, outer_text, result):
    """The outer file's own words hold none of the key's first or last words."""
    words = norm(outer_text)
    for d in result:
        for k in ("starts_with", "ends_with"):
            if contains_seq(words, norm(d[k])):
                raise AssertionError(f"{name}: the outer text holds {d['label']}'s {k}")


def pdf_date(s):
    return f"({s})"


# --------------------------------------------------------------------------
# portfolio.pdf: an Acrobat PDF Portfolio (a /Collection, a cover sheet, two embedded files)
# --------------------------------------------------------------------------
def embedded_stream(pdf, data, mime):
    """An embedded file stream as Acrobat writes it: /Subtype the MIME type, /DL and /Params with the size, MD5
    checksum and dates."""
    sub = mime.replace("/", "#2F")
    md5 = hashlib.md5(data).hexdigest().upper()
    return pdf.add(pdf.stream(data, f"/Type /EmbeddedFile /Subtype /{sub} /DL {len(data)} /Params << /CheckSum "
                                    f"<{md5}> /CreationDate ({STAMP}) /ModDate ({STAMP}) /Size {len(data)} >>"))


def filespec(pdf, name, ef, desc):
    return pdf.add(f"<< /Desc {pdf_text(desc)} /EF << /F {ef} 0 R /UF {ef} 0 R >> /F {pdf_text(name)} /Type "
                   f"/Filespec /UF {pdf_text(name)} >>")


def make_portfolio(out, pm):
    path = out / "portfolio.pdf"
    info = {"Title": _text.PF_TITLE, "Author": "Brackenmoor SAB (fictional)", "Subject": FICT,
            "Creator": _text.WORD, "Producer": _text.WORD}
    review, result, cross, n = review_pdf(path.name, pm, _text.PF_BODY, "adult", _text.PF_TITLE, _text.PF_ORG,
                                          _text.PF_HEAD, info)
    agenda = ("\r\n".join(_text.PF_AGENDA) + "\r\n").encode("utf-8")
    pdf = RawPDF()
    cat, pages_n = pdf.new(), pdf.new()
    # the cover sheet: Helvetica, centred on a Letter page, as Acrobat's default cover sheet
    ops, y = [], 560.0
    for s, face, size in _text.PF_COVER:
        x = (LETTER[0] - _draw.sw(s, face, size)) / 2
        fn = "F2" if face.endswith("Bold") else "F1"
        ops.append(f"BT\n/{fn} {size} Tf\n1 0 0 1 {x:.3f} {y:.3f} Tm\n{lit(s.encode('cp1252'))} Tj\nET")
        y -= 34 if size > 14 else 20
    f1 = pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    content = pdf.add(pdf.stream("\n".join(ops) + "\n"))
    page = pdf.add(f"<< /Type /Page /Parent {pages_n} 0 R /MediaBox [0 0 {LETTER[0]:g} {LETTER[1]:g}] /Resources "
                   f"<< /Font << /F1 {f1} 0 R /F2 {f2} 0 R >> /ProcSet [/PDF /Text] >> /Contents {content} 0 R >>")
    pdf.put(pages_n, f"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>")
    ef_a = embedded_stream(pdf, agenda, "text/plain")
    ef_r = embedded_stream(pdf, review, "application/pdf")
    fs_a = filespec(pdf, _text.PF_AGENDA_FILE, ef_a, "Agenda for the Board meeting")
    fs_r = filespec(pdf, _text.PF_FILE, ef_r, "SAR Mr K: final report for sign-off")
    names = sorted([(_text.PF_AGENDA_FILE, fs_a), (_text.PF_FILE, fs_r)])
    tree = pdf.add(f"<< /Names [{' '.join(f'{pdf_text(k)} {v} 0 R' for k, v in names)}] >>")
    schema = ("<< /Type /CollectionSchema /FileName << /Type /CollectionField /Subtype /F /N (Name) /O 0 /V true "
              ">> /Description << /Type /CollectionField /Subtype /Desc /N (Description) /O 1 /V true >> /Modified "
              "<< /Type /CollectionField /Subtype /ModDate /N (Modified) /O 2 /V true >> /Size << /Type "
              "/CollectionField /Subtype /Size /N (Size) /O 3 /V true >> >>")
    coll = pdf.add(f"<< /Type /Collection /Schema {schema} /Sort << /Type /CollectionSort /S /FileName /A true >> "
                   "/View /D >>")
    pdf.put(cat, f"<< /Type /Catalog /Pages {pages_n} 0 R /Names << /EmbeddedFiles {tree} 0 R >> /Collection "
                 f"{coll} 0 R /PageMode /UseAttachments >>")
    inf = pdf.add(f"<< /Creator {pdf_text(_text.ACROBAT)} /Producer {pdf_text(_text.ACROBAT)} /CreationDate "
                  f"({STAMP}) /ModDate ({STAMP}) >>")
    path.write_bytes(pdf.render(cat, inf, b"%PDF-1.7"))
    # read back: the portfolio's files by the name tree, the cover sheet's words, no review word outside the file
    import pdfplumber
    from pypdf import PdfReader
    rd = PdfReader(str(path))
    att = {k: list(v) for k, v in rd.attachments.items()}
    if att != {_text.PF_AGENDA_FILE: [agenda], _text.PF_FILE: [review]}:
        raise AssertionError(f"portfolio.pdf: attachments {list(att)}")
    root = rd.trailer["/Root"]
    if root["/Collection"]["/Type"] != "/Collection" or len(rd.pages) != 1 or "/D" in root["/Collection"]:
        raise AssertionError("portfolio.pdf: not a portfolio with one cover sheet")
    with pdfplumber.open(str(path)) as pl:
        cover = pl.pages[0].extract_text()
    if cover.split("\n") != [s for s, _f, _z in _text.PF_COVER]:
        raise AssertionError(f"portfolio.pdf: cover sheet {cover!r}")
    outer_clean(path.name, cover + "\n" + agenda.decode("utf-8"), result)
    agenda_numbers = [ln.split(" ")[0] for ln in _text.PF_AGENDA if NUMBER.match(ln)]
    return {
        "note": ("A BOARD'S MEETING PACK AS AN ACROBAT PDF PORTFOLIO (Creator and Producer 'Adobe Acrobat Pro (64-bit) "
                 "24.1.20643'), written as Acrobat writes a portfolio: a /Collection in the catalog (a schema of "
                 "Name, Description, Modified and Size, sorted by name, details view, no /D so the portfolio opens "
                 "on its list of files), /PageMode /UseAttachments, ONE COVER SHEET PAGE (Letter, Helvetica: 'PDF "
                 "Portfolio', 'This PDF Portfolio contains multiple files.', 'For the best experience, open it in "
                 "Adobe Acrobat or Adobe Acrobat Reader.', a link line), and an /EmbeddedFiles name tree (keys the "
                 "file names, sorted) of two file specifications with /F, /UF, /Desc and /EF streams (/Subtype the "
                 "MIME type, /Params with size, MD5 checksum and dates): first "
                 f"'{_text.PF_AGENDA_FILE}' (text/plain, CRLF, typed in Notepad, its items numbered "
                 f"{', '.join(agenda_numbers)}, 4.1 'Final report for sign-off (in this portfolio)'), then "
                 f"'{_text.PF_FILE}' (application/pdf), A SAFEGUARDING ADULTS REVIEW (Mr K, Brackenmoor) SAVED BY "
                 f"WORD (Creator and Producer Word): {n} A4 pages of real text, page 1 the title, the board and the "
                 "fiction label, from page 2 the running head, 'Page N of M' at every foot, three numbered headings "
                 f"('1. Introduction', '2. Mr K and the services around him', '3. Findings'); {runs(cross)} over "
                 "a page break. The portfolio's own page holds no review text: the review is only in the embedded "
                 "PDF. Each key holds the review's own numbered paragraphs only, each once, in reading order; "
                 "never the cover sheet, the agenda's items, the title, running heads, page footers or headings. "
                 "page = the page OF THE EMBEDDED REVIEW PDF where the paragraph starts, 1-based (the portfolio's "
                 "cover sheet is no page of the review)."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# letter.pdf: a covering letter saved by Word, the review attached with Acrobat's "Attach File" (incremental update)
# --------------------------------------------------------------------------
def lay_letter():
    """The letter on one A4 page, as a record: letterhead, the partnership's address at the right, the addressee,
    the reference and date, a bold subject line, the prose, the signature."""
    fonts()
    book = Book()
    pg = book.page()
    right = A4[0] - 72
    book.text(pg, 72, 70, _text.LT_LETTERHEAD, "VeraBd", 14, NAVY)
    book.rule(pg, 72, 80, right, 80, 1.0, NAVY)
    d = 100.0
    for s in _text.LT_ADDRESS:
        book.text(pg, right - _draw.sw(s, "Vera", 9), d, s, "Vera", 9, GREY)
        d += 12
    d = 150.0
    for s in _text.LT_TO:
        book.text(pg, 72, d, s, "Vera", 10.5)
        d += 14
    d += 14
    book.text(pg, 72, d, _text.LT_REF, "Vera", 10.5)
    book.text(pg, right - _draw.sw(_text.LT_DATE, "Vera", 10.5), d, _text.LT_DATE, "Vera", 10.5)
    d += 30
    marks = {}
    for i, para in enumerate(_text.LT_PROSE):
        if i == 1:
            book.text(pg, 72, d, _text.LT_SUBJECT, "VeraBd", 10.5)
            d += 22
        for k, ln in enumerate(_draw.lines_of(para, right - 72, "Vera", 10.5)):
            book.text(pg, 72, d, ln, "Vera", 10.5)
            if i == 1 and k == 0:
                marks["enclose"] = d
            d += 14.5
        d += 9
    d += 30
    for k, s in enumerate(_text.LT_SIGN):
        book.text(pg, 72, d, s, "VeraBd" if k == 0 else ("VeraIt" if s == FICT else "Vera"), 10.5 if k < 2 else 9,
                  GREY if s == FICT else INK)
        d += 14
    return book, marks


def paperclip_ap(pdf, w, h):
    """The annotation's normal appearance: a paperclip stroked in blue inside a w x h box."""
    ops = ("0 0 1 RG 1.2 w 1 J\n"
           f"{w * 0.35:.2f} {h * 0.30:.2f} m {w * 0.35:.2f} {h * 0.82:.2f} l\n"
           f"{w * 0.35:.2f} {h * 0.95:.2f} {w * 0.80:.2f} {h * 0.95:.2f} {w * 0.80:.2f} {h * 0.82:.2f} c\n"
           f"{w * 0.80:.2f} {h * 0.15:.2f} l\n"
           f"{w * 0.80:.2f} {h * 0.02:.2f} {w * 0.15:.2f} {h * 0.02:.2f} {w * 0.15:.2f} {h * 0.15:.2f} c\n"
           f"{w * 0.15:.2f} {h * 0.72:.2f} l S\n")
    return pdf.stream(ops, f"/Type /XObject /Subtype /Form /FormType 1 /BBox [0 0 {w} {h}] /Matrix [1 0 0 1 0 0] "
                           "/Resources << /ProcSet [/PDF] >>")


def attach_file(base, review, name, rect, author, when):
    """Acrobat's "Attach File" comment saved as an incremental update of ``base``: the embedded file stream, its
    file specification (in the annotation only, not the name tree), the paperclip's appearance, the
    /FileAttachment annotation (keys in Acrobat's order), the page again with /Annots, a new Info; an xref section
    for those objects and a trailer with /Prev."""
    from pypdf import PdfReader
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject, TextStringObject
    rd = PdfReader(io.BytesIO(base))
    page = rd.pages[0]
    pref = page.indirect_reference.idnum
    iref = rd.trailer.raw_get("/Info").idnum
    size = int(rd.trailer["/Size"])
    prev = int(re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", base).group(1))
    objs = {}
    n_ef, n_fs, n_ap, n_an = size, size + 1, size + 2, size + 3
    scratch = RawPDF()
    md5 = hashlib.md5(review).hexdigest().upper()
    objs[n_ef] = scratch.stream(review, f"/DL {len(review)} /Params << /CheckSum <{md5}> /CreationDate ({when}) "
                                        f"/ModDate ({when}) /Size {len(review)} >> /Subtype /application#2Fpdf "
                                        "/Type /EmbeddedFile")
    objs[n_fs] = (f"<< /Desc {pdf_text(name)} /EF << /F {n_ef} 0 R >> /F {pdf_text(name)} /Type /Filespec /UF "
                  f"{pdf_text(name)} >>").encode("latin-1")
    x1, y1, x2, y2 = rect
    objs[n_ap] = paperclip_ap(scratch, round(x2 - x1, 2), round(y2 - y1, 2))
    nm = hashlib.md5((name + when).encode()).hexdigest()
    nm = f"{nm[:8]}-{nm[8:12]}-{nm[12:16]}-{nm[16:20]}-{nm[20:32]}"
    objs[n_an] = (f"<< /AP << /N {n_ap} 0 R >> /C [0.0 0.0 1.0] /Contents {pdf_text(name)} /CreationDate ({when}) "
                  f"/F 28 /FS {n_fs} 0 R /M ({when}) /NM ({nm}) /Name /Paperclip /P {pref} 0 R /Rect [{x1} {y1} {x2} "
                  f"{y2}] /Subj (File Attachment) /Subtype /FileAttachment /T {pdf_text(author)} /Type /Annot "
                  ">>").encode("latin-1")
    pd = DictionaryObject(rd.get_object(pref))
    pd[NameObject("/Annots")] = ArrayObject([IndirectObject(n_an, 0, rd)])
    buf = io.BytesIO()
    pd.write_to_stream(buf)
    objs[pref] = buf.getvalue()
    inf = DictionaryObject(rd.get_object(iref))
    inf[NameObject("/ModDate")] = TextStringObject(when)
    buf = io.BytesIO()
    inf.write_to_stream(buf)
    objs[iref] = buf.getvalue()
    out = io.BytesIO()
    out.write(base if base.endswith(b"\n") else base + b"\n")
    offs = {}
    for num in sorted(objs):
        offs[num] = out.tell()
        out.write(b"%d 0 obj\n" % num + objs[num] + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 1\n0000000000 65535 f \n")
    nums = sorted(offs)
    k = 0
    while k < len(nums):  # consecutive runs of object numbers, one subsection each
        j = k
        while j + 1 < len(nums) and nums[j + 1] == nums[j] + 1:
            j += 1
        out.write(b"%d %d\n" % (nums[k], j - k + 1))
        for num in nums[k:j + 1]:
            out.write(b"%010d 00000 n \n" % offs[num])
        k = j + 1
    first = re.search(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>", base[prev:]).group(1).decode().upper()
    second = hashlib.md5(b"".join(objs[k] for k in nums)).hexdigest().upper()
    out.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] /Prev %d >>\nstartxref\n%d\n%%%%EOF\n"
              % (n_an + 1, rd.trailer.raw_get("/Root").idnum, iref, first.encode(), second.encode(), prev, xref))
    return out.getvalue()


def make_letter(out, pm):
    path = out / "letter.pdf"
    info = {"Title": _text.LT_TITLE, "Author": "Oakhollow SCP (fictional)", "Subject": FICT,
            "Creator": _text.WORD, "Producer": _text.WORD}
    review, result, cross, n = review_pdf(path.name, pm, _text.LT_BODY, "child", _text.LT_TITLE, _text.LT_ORG,
                                          _text.LT_HEAD, info, indent=28.0)
    book, marks = lay_letter()
    base = render_pdf(book, A4, {"Title": "Covering letter", "Author": _text.LT_AUTHOR, "Creator": _text.WORD,
                                 "Producer": _text.WORD})
    y = A4[1] - marks["enclose"]
    rect = (44.0, round(y - 6, 2), 56.0, round(y + 14, 2))
    data = attach_file(base, review, _text.LT_FILE, rect, _text.LT_AUTHOR, "D:20250307143012Z")
    path.write_bytes(data)
    # read back: the letter's words at their places; no name tree; the annotation's file is the review
    from pypdf import PdfReader
    rd = PdfReader(str(path))
    if rd.attachments or "/Names" in rd.trailer["/Root"] or "/Prev" not in rd.trailer or len(rd.pages) != 1:
        raise AssertionError("letter.pdf: the file is in the name tree, or no incremental update")
    annots = [a.get_object() for a in rd.pages[0]["/Annots"]]
    if len(annots) != 1 or annots[0]["/Subtype"] != "/FileAttachment" or annots[0]["/Name"] != "/Paperclip":
        raise AssertionError("letter.pdf: the annotation")
    fs = annots[0]["/FS"].get_object()
    if fs["/UF"] != _text.LT_FILE or fs["/EF"]["/F"].get_object().get_data() != review:
        raise AssertionError("letter.pdf: the attached file")
    pages = read_text(path.name, data, book)
    outer = " ".join(c["text"] for c in pages[0])
    outer_clean(path.name, " ".join(ln["s"] for ln in book.lines) + " " + outer, result)
    return {
        "note": ("A PARTNERSHIP'S COVERING LETTER WITH THE REVIEW ATTACHED BY ACROBAT'S 'Attach File' COMMENT: one A4 "
                 "page saved by Word (Creator and Producer Word; letterhead, the partnership's address at the right "
                 "opening '14 Kestrel Row', the addressee's '3 Mill Yard', 'Our ref: CSPR/2025/03', the date, a "
                 "bold subject line naming the review, four short paragraphs of prose that say nothing of the "
                 "review's content, the signature; no numbered paragraph), then, as Acrobat saves a comment, an "
                 "INCREMENTAL UPDATE appended after the first %%EOF (a new xref section and a trailer with /Prev): a "
                 "/FileAttachment annotation with the paperclip icon (/Name /Paperclip, /F 28, /Subj 'File "
                 "Attachment', /Contents the file's name, its appearance a stroked clip) in the left margin beside "
                 "the paragraph that encloses the report, whose /FS file specification carries the embedded file "
                 "stream; the file is in the annotation only, NOT in an /EmbeddedFiles name tree (the catalog has "
                 f"no /Names). The attached file '{_text.LT_FILE}' is A CHILD SAFEGUARDING PRACTICE REVIEW (Child "
                 f"N, Oakhollow) SAVED BY WORD: {n} A4 pages of real text, page 1 the title, the partnership and the "
                 "fiction label, from page 2 the running head, 'Page N of M' at every foot; unnumbered headings "
                 "('Introduction', 'Child N and the family', 'What we learned', 'Conclusion') and paragraphs "
                 f"numbered with PLAIN NUMBERS 1 to 13 (number at the left, words indented); {runs(cross)} over a "
                 "page break. Each key holds the review's own numbered paragraphs only, each once, in reading "
                 "order; never the letter's words (its address lines '14 Kestrel Row' and '3 Mill Yard' are no "
                 "paragraphs), the title, running heads, page footers or headings. page = the page OF THE ATTACHED "
                 "REVIEW PDF where the paragraph starts, 1-based (the letter is no page of the review)."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# Word packages, part by part, as Word saves them
# --------------------------------------------------------------------------
WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
PIC_NS = "http://schemas.openxmlformats.org/drawingml/2006/picture"
DOCNS = (f'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
         f'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:o="urn:schemas-microsoft-com:'
         f'office:office" xmlns:r="{DOC_REL}" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp="{WP_NS}" '
         'xmlns:w10="urn:schemas-microsoft-com:office:word" '
         f'xmlns:w="{W_NS}" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"')
CT_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
CT_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."


def word_zip(parts):
    """A Word package's bytes: every part deflated, dated 1980-01-01 00:00 as Word writes them."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in parts.items():
            zi = zipfile.ZipInfo(name, date_time=WORD_ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()


def word_styles(extra=""):
    """styles.xml: Normal, Title, Heading 1, Caption and the round's own paragraph styles."""
    return (f'{XML_HEAD}<w:styles xmlns:w="{W_NS}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" '
            'w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang '
            'w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" '
            'w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
            '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
            '</w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn '
            'w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:rPr><w:b/><w:color w:val="1B3A5C"/><w:sz '
            'w:val="40"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading '
            '1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing '
            'w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="1B3A5C"/>'
            '<w:sz w:val="28"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Caption"><w:name '
            'w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:rPr><w:i/><w:sz '
            'w:val="18"/></w:rPr></w:style>' + extra + '</w:styles>')


def word_settings():
    return (f'{XML_HEAD}<w:settings xmlns:w="{W_NS}"><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>'
            '<w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting '
            'w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
            '<w:themeFontLang w:val="en-GB"/></w:settings>')


def word_props(title, author, pages, words, created, modified):
    app = (f'{XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm'
           f'</Template><TotalTime>38</TotalTime><Pages>{pages}</Pages><Words>{words}</Words><Application>'
           'Microsoft Office Word</Application><DocSecurity>0</DocSecurity><AppVersion>16.0000</AppVersion>'
           '</Properties>')
    core = (f'{XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
            'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{xesc(title)}</dc:title><dc:subject>'
            f'{xesc(FICT)}</dc:subject><dc:creator>{xesc(author)}</dc:creator><cp:lastModifiedBy>{xesc(author)}'
            f'</cp:lastModifiedBy><cp:revision>4</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">'
            f'{created}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{modified}'
            '</dcterms:modified></cp:coreProperties>')
    return app, core


def word_package(doc, styles, title, author, pages, words, created, modified, numbering=None, header=None,
                 footer=None, media=(), embeddings=()):
    """A .docx as Word saves it: [Content_Types].xml (Defaults for the media's extensions), the package and document
    relationships (rId1 styles, rId2 settings, rId3 numbering, rId7 on for media and embeddings in order, rId8 and
    rId9 header and footer, as SECT_A4 names them), the parts, docProps. ``media`` and ``embeddings``: [(name,
    bytes)] under word/media/ and word/embeddings/; their rIds are returned in order."""
    exts = {"png": "image/png", "emf": "image/x-emf", "docx": CT_DOCX}
    used = sorted({n.rsplit(".", 1)[1] for n, _d in [*media, *embeddings]})
    over = ["document", "styles", "settings"] + (["numbering"] if numbering else []) + \
        (["header1", "footer1"] if header else [])
    ct = (f'{XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          + "".join(f'<Default Extension="{e}" ContentType="{exts[e]}"/>' for e in used)
          + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + "".join(f'<Override PartName="/word/{p}.xml" ContentType="{CT_WML}'
                    f'{"document.main" if p == "document" else p.rstrip("0123456789")}+xml"/>' for p in over)
          + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-'
          'properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.extended-properties+xml"/></Types>')
    rels = (f'{XML_HEAD}<Relationships xmlns="{PKG_REL}"><Relationship Id="rId3" Type="{DOC_REL}/extended-'
            'properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/'
            'package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship '
            f'Id="rId1" Type="{DOC_REL}/officeDocument" Target="word/document.xml"/></Relationships>')
    dr = [f'<Relationship Id="rId1" Type="{DOC_REL}/styles" Target="styles.xml"/>',
          f'<Relationship Id="rId2" Type="{DOC_REL}/settings" Target="settings.xml"/>']
    if numbering:
        dr.append(f'<Relationship Id="rId3" Type="{DOC_REL}/numbering" Target="numbering.xml"/>')
    ids, k = [], 10
    for name, _d in media:
        dr.append(f'<Relationship Id="rId{k}" Type="{DOC_REL}/image" Target="media/{name}"/>')
        ids.append(f"rId{k}")
        k += 1
    for name, _d in embeddings:
        dr.append(f'<Relationship Id="rId{k}" Type="{DOC_REL}/package" Target="embeddings/{name}"/>')
        ids.append(f"rId{k}")
        k += 1
    if header:
        dr += [f'<Relationship Id="rId8" Type="{DOC_REL}/header" Target="header1.xml"/>',
               f'<Relationship Id="rId9" Type="{DOC_REL}/footer" Target="footer1.xml"/>']
    parts = {"[Content_Types].xml": ct, "_rels/.rels": rels, "word/document.xml": doc,
             "word/_rels/document.xml.rels": f'{XML_HEAD}<Relationships xmlns="{PKG_REL}">{"".join(dr)}'
                                             '</Relationships>',
             "word/styles.xml": styles, "word/settings.xml": word_settings()}
    if numbering:
        parts["word/numbering.xml"] = numbering
    if header:
        parts["word/header1.xml"] = header
        parts["word/footer1.xml"] = footer
    for name, d in media:
        parts[f"word/media/{name}"] = d
    for name, d in embeddings:
        parts[f"word/embeddings/{name}"] = d
    app, core = word_props(title, author, pages, words, created, modified)
    parts["docProps/app.xml"] = app
    parts["docProps/core.xml"] = core
    return word_zip(parts), ids


def hdr_ftr(head):
    header = (f'{XML_HEAD}<w:hdr {DOCNS}><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr>'
              f'{wr(head, HEAD_RPR)}</w:p></w:hdr>')
    footer = (f'{XML_HEAD}<w:ftr {DOCNS}><w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr>'
              f'{wr("Page ")}{field("PAGE", "1")}{wr(" of ")}{field("NUMPAGES", "4")}</w:p></w:ftr>')
    return header, footer


def inline_picture(rid, n, name, cx, cy, descr):
    """An inline picture as Word writes it (wp:inline, a:graphic, pic:pic)."""
    return (f'<w:r><w:rPr><w:noProof/></w:rPr><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
            f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="{n}" '
            f'name="Picture {n}" descr="{xesc(descr)}"/><wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="{A_NS}" '
            f'noChangeAspect="1"/></wp:cNvGraphicFramePr><a:graphic xmlns:a="{A_NS}"><a:graphicData uri="{PIC_NS}">'
            f'<pic:pic xmlns:pic="{PIC_NS}"><pic:nvPicPr><pic:cNvPr id="{n}" name="{xesc(name)}"/><pic:cNvPicPr/>'
            f'</pic:nvPicPr><pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch>'
            f'</pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom '
            'prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline>'
            '</w:drawing></w:r>')


HEAD_RPR = '<w:color w:val="666666"/><w:sz w:val="17"/>'
LABEL_RPR = '<w:i/><w:color w:val="666666"/><w:sz w:val="18"/>'
PAGE_BREAK = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'


def doc_xml(body):
    return f'{XML_HEAD}<w:document {DOCNS}><w:body>{body}{SECT_A4}</w:body></w:document>'


def word_pages(doc):
    """[(label or None, page, text)] of a document.xml's body paragraphs: page = 1 + the page breaks before and in
    the paragraph (w:br w:type="page"), text = its w:t and w:tab ("\\t") in order."""
    from lxml import etree
    root = etree.fromstring(doc.encode("utf-8") if isinstance(doc, str) else doc)
    out, pg = [], 1
    for p in root.find(f"{{{W_NS}}}body").findall(f"{{{W_NS}}}p"):
        if p.find(f".//{{{W_NS}}}br[@{{{W_NS}}}type='page']") is not None:
            pg += 1
        txt = "".join((e.text or "") if e.tag == f"{{{W_NS}}}t" else "\t"
                      for e in p.iter(f"{{{W_NS}}}t", f"{{{W_NS}}}tab"))
        sty = p.find(f"{{{W_NS}}}pPr/{{{W_NS}}}pStyle")
        out.append((sty.get(f"{{{W_NS}}}val") if sty is not None else None, pg, txt))
    return out


# --------------------------------------------------------------------------
# download.zip: a site's download, a folder of the review (.docx, Word numbering), its images and a readme
# --------------------------------------------------------------------------
ZP_NUMBERING = (f'{XML_HEAD}<w:numbering xmlns:w="{W_NS}"><w:abstractNum w:abstractNumId="0"><w:multiLevelType '
                'w:val="multilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle '
                'w:val="Heading1"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" '
                'w:hanging="567"/></w:pPr></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                '<w:pStyle w:val="ReportPara"/><w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/><w:pPr><w:ind '
                'w:left="709" w:hanging="709"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId '
                'w:val="0"/></w:num></w:numbering>')
ZP_STYLE = ('<w:style w:type="paragraph" w:customStyle="1" w:styleId="ReportPara"><w:name w:val="Report Para"/>'
            '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>'
            '<w:spacing w:after="200" w:line="276" w:lineRule="auto"/><w:ind w:left="709" w:hanging="709"/>'
            '<w:jc w:val="both"/></w:pPr></w:style>')


def png_logo():
    from PIL import Image, ImageDraw
    img = Image.new("RGB", (360, 96), (255, 255, 255))
    dr = ImageDraw.Draw(img)
    dr.rectangle([0, 0, 95, 95], fill=(27, 58, 92))
    dr.polygon([(14, 80), (48, 16), (82, 80)], fill=(120, 170, 200))
    for k in range(4):
        dr.rectangle([112, 18 + k * 18, 340 - k * 40, 28 + k * 18], fill=(27, 58, 92))
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def png_figure():
    """Figure 1: a bar chart of contacts by service (drawn, no text: the caption is the document's)."""
    from PIL import Image, ImageDraw
    img = Image.new("RGB", (900, 420), (255, 255, 255))
    dr = ImageDraw.Draw(img)
    dr.line([(60, 20), (60, 380), (880, 380)], fill=(0, 0, 0), width=2)
    for k, h in enumerate((220, 140, 300, 90, 180, 60)):
        x = 100 + k * 130
        dr.rectangle([x, 380 - h, x + 80, 379], fill=(27, 58, 92) if k % 2 == 0 else (120, 170, 200))
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def review_docx_numbered(pm, logo, figure):
    """The DHR as Word saves it: a logo, the title, the partnership and the fiction label; "1." headings and
    "1.1" paragraphs by Word's automatic numbering (level 0 on Heading 1, level 1 on the Report Para style); a page
    break before each heading after the first; Figure 1 with its caption after 2.3. Returns (bytes, document.xml,
    texts in order)."""
    texts = body_texts(pm, _text.ZP_BODY, "dhr")
    b = [f'<w:p>{inline_picture("rId10", 1, _text.ZP_LOGO, 1828800, 487680, "Fenwick Marsh CSP logo")}</w:p>',
         f'<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>{wr(_text.ZP_TITLE)}</w:p>',
         f'<w:p>{wr(_text.ZP_ORG)}</w:p>',
         f'<w:p>{wr(f"{FICT} {INVENTED}", LABEL_RPR)}</w:p>']
    first = True
    for lab, _n in _text.ZP_BODY:
        if lab == "h":
            if not first:
                b.append(PAGE_BREAK)
            first = False
            b.append(f'<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/>'
                     f'</w:numPr></w:pPr>{wr(_n)}</w:p>')
        elif lab == "fig":
            b.append(f'<w:p><w:pPr><w:keepNext/><w:jc w:val="center"/></w:pPr>'
                     f'{inline_picture("rId11", 2, _text.ZP_FIGURE, 5486400, 2560320, _text.ZP_CAPTION)}</w:p>')
            b.append(f'<w:p><w:pPr><w:pStyle w:val="Caption"/><w:jc w:val="center"/></w:pPr>'
                     f'{wr(_text.ZP_CAPTION)}</w:p>')
        else:
            b.append(f'<w:p><w:pPr><w:pStyle w:val="ReportPara"/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/>'
                     f'</w:numPr></w:pPr>{wr(texts[lab])}</w:p>')
    doc = doc_xml("".join(b))
    header, footer = hdr_ftr("DHR Ms L (fictional) \u2013 overview report")
    words = sum(len(t.split()) for t in texts.values())
    data, ids = word_package(doc, word_styles(ZP_STYLE), _text.ZP_TITLE, "Fenwick Marsh CSP (fictional)", 4, words,
                             "2025-01-20T09:00:00Z", "2025-03-03T08:55:00Z", numbering=ZP_NUMBERING, header=header,
                             footer=footer, media=[("image1.png", logo), ("image2.png", figure)])
    if ids != ["rId10", "rId11"]:
        raise AssertionError(f"download.zip: picture ids {ids}")
    return data, doc, texts


def site_zip(entries):
    """The site's archive: entries [(name, bytes or None for a folder)], made on a Unix host (create_system 3, mode
    bits in the external attributes), deflated, one date."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=SITE_ZIP_DATE)
            zi.create_system = 3
            if data is None:
                zi.external_attr = (0o40755 << 16) | 0x10
                z.writestr(zi, b"")
            else:
                zi.external_attr = 0o100644 << 16
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, data)
    return buf.getvalue()


def make_download(out, pm):
    path = out / "download.zip"
    logo, figure = png_logo(), png_figure()
    docx, doc, texts = review_docx_numbered(pm, logo, figure)
    readme = ("\n".join(_text.ZP_README) + "\n").encode("utf-8")
    f = _text.ZP_FOLDER
    entries = [(f"{f}/", None), (f"{f}/{_text.ZP_DOCX}", docx), (f"{f}/images/", None),
               (f"{f}/images/{_text.ZP_FIGURE}", figure), (f"{f}/images/{_text.ZP_LOGO}", logo),
               (f"{f}/README.txt", readme)]
    path.write_bytes(site_zip(entries))
    # the key from the document: Word's numbers (numbering.xml), pages from the page breaks
    labels = [lab for lab, _n in _text.ZP_BODY if lab not in ("h", "fig")]
    pages, pg = {}, 1
    for lab, _n in _text.ZP_BODY:
        if lab == "h" and pages:
            pg += 1
        elif lab not in ("h", "fig"):
            pages[lab] = pg
    result = [entry(lab, pages[lab], texts[lab]) for lab in labels]
    check_texts(path.name, texts, result)
    # read back: the archive's folder, the document out of it, Word's numbers and pages, the pictures
    z = zipfile.ZipFile(path)
    if z.namelist() != [e[0] for e in entries] or z.read(f"{f}/{_text.ZP_DOCX}") != docx:
        raise AssertionError("download.zip: the archive")
    inner = io.BytesIO(z.read(f"{f}/{_text.ZP_DOCX}"))
    inner.name = _text.ZP_DOCX
    check_numbered(inner, result, [texts[lab] for lab in labels], headings=("1.", "2.", "3.", "4."))
    w = zipfile.ZipFile(io.BytesIO(docx))
    if w.read("word/document.xml").decode("utf-8") != doc:
        raise AssertionError("download.zip: the document")
    if w.read("word/media/image1.png") != z.read(f"{f}/images/{_text.ZP_LOGO}") or \
            w.read("word/media/image2.png") != z.read(f"{f}/images/{_text.ZP_FIGURE}"):
        raise AssertionError("download.zip: the pictures")
    heads = [t for sty, _p, t in word_pages(w.read("word/document.xml")) if sty == "Heading1"]
    if heads != _text.ZP_HEADINGS:
        raise AssertionError(f"download.zip: headings {heads}")
    outer_clean(path.name, z.read(f"{f}/README.txt").decode("utf-8"), result)
    last = max(d["page"] for d in result)
    return {
        "note": ("A PARTNERSHIP SITE'S DOWNLOAD (.zip made on a Unix host: create_system 3, mode bits, one date, "
                 f"deflated) of ONE FOLDER '{f}/' holding '{_text.ZP_DOCX}', 'images/' with "
                 f"'{_text.ZP_FIGURE}' and '{_text.ZP_LOGO}' (the same PNGs the document shows) and 'README.txt' "
                 "(the title, 'Version 1.2, published 3 March 2025', 'This download contains:' and a list numbered "
                 "'1.' to '3.', the Open Government Licence lines, the fiction label; LF line ends). The .docx is A "
                 "DOMESTIC HOMICIDE REVIEW (Ms L, Fenwick Marsh) AS WORD SAVES IT (every part dated 1980-01-01, "
                 "docProps, numbering.xml, a header 'DHR Ms L (fictional) \u2013 overview report' and a footer "
                 "'Page N of M' of fields): the logo as an inline picture, the title, the partnership and the "
                 "fiction label, then four Heading 1 headings ('Introduction', 'Background', 'Analysis', "
                 "'Conclusions') numbered '1.' to '4.' and the paragraphs numbered '1.1' ... by WORD'S AUTOMATIC "
                 "NUMBERING (one abstractNum: level 0 '%1.' on Heading 1, level 1 '%1.%2' on the custom 'Report "
                 "Para' style), so NO PARAGRAPH NUMBER IS TEXT in document.xml; Figure 1 (an inline picture, a "
                 f"chart) and its caption '{_text.ZP_CAPTION}' after 2.3; a page break (<w:br w:type=\"page\"/> in "
                 f"a paragraph of its own) before each heading after the first, so the review runs to {last} pages "
                 "by its breaks. Each key holds the review's own numbered paragraphs only, each once, in reading "
                 "order; never the readme's words or its list, the title, header, footer, headings ('1.' to '4.'), "
                 "the caption or the pictures. page = the page OF THE REVIEW'S .docx where the paragraph starts: 1 "
                 "+ the page breaks (<w:br w:type=\"page\"/>) before the paragraph in its document.xml, as earlier "
                 "DOCX keys give pages."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# memo.docx: a Word memo with the review embedded as an object shown as an icon
# --------------------------------------------------------------------------
MM_STYLE = ('<w:style w:type="paragraph" w:customStyle="1" w:styleId="NumberedPara"><w:name w:val="Numbered Para"/>'
            '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:tabs><w:tab w:val="left" w:pos="709"/></w:tabs>'
            '<w:ind w:left="709" w:hanging="709"/></w:pPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn '
            'w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>')
MM_NUMBERING = (f'{XML_HEAD}<w:numbering xmlns:w="{W_NS}"><w:abstractNum w:abstractNumId="0"><w:multiLevelType '
                'w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/>'
                '</w:pPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
                '</w:numbering>')
# the VML shape type Word writes for a picture-like shape (an OLE object's icon)
SHAPETYPE_75 = ('<v:shapetype id="_x0000_t75" coordsize="21600,21600" o:spt="75" o:preferrelative="t" '
                'path="m@4@5l@4@11@9@11@9@5xe" filled="f" stroked="f"><v:stroke joinstyle="miter"/><v:formulas>'
                '<v:f eqn="if lineDrawn pixelLineWidth 0"/><v:f eqn="sum @0 1 0"/><v:f eqn="sum 0 0 @1"/>'
                '<v:f eqn="prod @2 1 2"/><v:f eqn="prod @3 21600 pixelWidth"/><v:f eqn="prod @3 21600 pixelHeight"/>'
                '<v:f eqn="sum @0 0 1"/><v:f eqn="prod @6 1 2"/><v:f eqn="prod @7 21600 pixelWidth"/>'
                '<v:f eqn="sum @8 21600 0"/><v:f eqn="prod @7 21600 pixelHeight"/><v:f eqn="sum @10 21600 0"/>'
                '</v:formulas><v:path o:extrusionok="f" gradientshapeok="t" o:connecttype="rect"/><o:lock '
                'v:ext="edit" aspectratio="t"/></v:shapetype>')


def review_docx_typed(pm):
    """The learning review as Word saves it: typed numbers "1.1<TAB>" in a hanging 'Numbered Para' style, typed
    numbered Heading 1 headings, a page break before each heading after the first. Returns (bytes, document.xml,
    texts)."""
    texts = body_texts(pm, _text.MM_BODY, "adult")
    b = [f'<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>{wr(_text.MM_TITLE)}</w:p>',
         f'<w:p>{wr(_text.MM_ORG)}</w:p>',
         f'<w:p>{wr(f"{FICT} {INVENTED}", LABEL_RPR)}</w:p>']
    first = True
    for lab, n in _text.MM_BODY:
        if lab == "h":
            if not first:
                b.append(PAGE_BREAK)
            first = False
            b.append(f'<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>{wr(n)}</w:p>')
        else:
            b.append(f'<w:p><w:pPr><w:pStyle w:val="NumberedPara"/></w:pPr>{wr(lab + chr(9) + texts[lab])}</w:p>')
    doc = doc_xml("".join(b))
    header, footer = hdr_ftr("Learning Review Mrs W (fictional)")
    words = sum(len(t.split()) for t in texts.values())
    data, _ids = word_package(doc, word_styles(MM_STYLE), _text.MM_TITLE, "Hallam Cross SAB (fictional)", 3, words,
                              "2025-02-10T10:00:00Z", "2025-03-10T16:20:00Z", header=header, footer=footer)
    return data, doc, texts


def emf_icon(caption):
    """The icon's picture as Word stores it for an object shown as an icon: an EMF (EMR_HEADER, a rectangle for the
    icon, the caption in EMR_EXTTEXTOUTW, EMR_EOF), 1520 x 960 twips."""
    import struct
    w, h = 101, 64  # device pixels at 96 dpi
    s = caption.encode("utf-16-le")
    s_pad = s + b"\0" * (-len(s) % 4)
    n = len(caption)
    recs = []
    recs.append(struct.pack("<II4i", 43, 24, 34, 4, 66, 40))  # EMR_RECTANGLE: the icon's page
    text_off = 76
    dx_off = text_off + len(s_pad)
    size = dx_off + 4 * n
    recs.append(struct.pack("<II4iIff", 84, size, 0, 44, w, 58, 1, 1.0, 1.0)
                + struct.pack("<2iIII4iI", 2, 44, n, text_off, 0, 0, 0, -1, -1, dx_off)
                + s_pad + struct.pack(f"<{n}i", *([5] * n)))
    recs.append(struct.pack("<IIIII", 14, 20, 0, 16, 20))  # EMR_EOF
    desc = "Microsoft Word\0Document\0\0".encode("utf-16-le")
    desc += b"\0" * (-len(desc) % 4)
    hdr_size = 108 + len(desc)
    total = hdr_size + sum(len(r) for r in recs)
    header = struct.pack("<II4i4iIIIIHHIII2i2i", 1, hdr_size, 0, 0, w - 1, h - 1, 0, 0, 2681, 1693,
                         0x464D4520, 0x10000, total, len(recs) + 1, 1, 0, len(desc) // 2, 108, 0, 1920, 1080, 508,
                         286) + struct.pack("<III2i", 0, 0, 0, 508000, 285750) + desc
    return header + b"".join(recs)


def make_memo(out, pm):
    path = out / "memo.docx"
    inner, inner_doc, texts = review_docx_typed(pm)
    icon = emf_icon(_text.MM_ICON_CAPTION)
    b = [f'<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>{wr(_text.MM_HEAD)}</w:p>']
    for k, v in _text.MM_FIELDS:
        b.append(f'<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="1134"/></w:tabs><w:spacing w:after="0"/></w:pPr>'
                 f'{wr(k, "<w:b/>")}{wr(chr(9) + v)}</w:p>')
    b.append('<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr></w:pPr>'
             '</w:p>')
    for s in _text.MM_PROSE:
        b.append(f"<w:p>{wr(s)}</w:p>")
    for s in _text.MM_ACTIONS:
        b.append(f'<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/>'
                 f'</w:numPr></w:pPr>{wr(s)}</w:p>')
    b.append('<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:object w:dxaOrig="1520" w:dyaOrig="960">'
             f'{SHAPETYPE_75}<v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:76pt;height:48pt" o:ole="">'
             '<v:imagedata r:id="rId10" o:title=""/></v:shape><o:OLEObject Type="Embed" ProgID="Word.Document.12" '
             'ShapeID="_x0000_i1025" DrawAspect="Icon" ObjectID="_1803122417" r:id="rId11"><o:FieldCodes>\\s'
             '</o:FieldCodes></o:OLEObject></w:object></w:r></w:p>')
    b.append(f"<w:p>{wr(_text.MM_CLOSE)}</w:p>")
    doc = doc_xml("".join(b))
    data, ids = word_package(doc, word_styles(MM_STYLE), "Memo: Learning Review Mrs W (fictional)",
                             _text.MM_AUTHOR, 1, 160, "2025-03-11T09:30:00Z", "2025-03-11T09:48:00Z",
                             numbering=MM_NUMBERING, media=[("image1.emf", icon)],
                             embeddings=[("Microsoft_Word_Document.docx", inner)])
    if ids != ["rId10", "rId11"]:
        raise AssertionError(f"memo.docx: ids {ids}")
    path.write_bytes(data)
    # the key from the embedded document: typed numbers, pages from its page breaks
    result, got, heads = [], [], []
    for sty, pg, txt in word_pages(inner_doc):
        if sty == "NumberedPara":
            lab, _tab, words = txt.partition("\t")
            got.append((lab, pg, words))
        elif sty == "Heading1":
            heads.append(txt)
    want = [(lab, n) for lab, n in _text.MM_BODY if lab != "h"]
    if heads != [n for lab, n in _text.MM_BODY if lab == "h"]:
        raise AssertionError(f"memo.docx: headings {heads}")
    if [g[0] for g in got] != [lab for lab, _n in want] or any(g[2] != texts[g[0]] for g in got):
        raise AssertionError("memo.docx: the embedded review's paragraphs")
    result = [entry(lab, pg, t) for lab, pg, t in got]
    check_texts(path.name, texts, result)
    # read back: the memo's object, its relationships, the embedded package's bytes, the icon, the memo's words
    from lxml import etree
    from PIL import Image
    z = zipfile.ZipFile(path)
    rels = etree.fromstring(z.read("word/_rels/document.xml.rels"))
    byid = {r.get("Id"): (r.get("Type").rsplit("/", 1)[1], r.get("Target")) for r in rels}
    root = etree.fromstring(z.read("word/document.xml"))
    ole = root.find(".//{urn:schemas-microsoft-com:office:office}OLEObject")
    img = root.find(".//{urn:schemas-microsoft-com:vml}imagedata")
    rid = f"{{{DOC_REL}}}id"
    if ole.get("DrawAspect") != "Icon" or ole.get("ProgID") != "Word.Document.12" or \
            byid[ole.get(rid)] != ("package", "embeddings/Microsoft_Word_Document.docx") or \
            byid[img.get(rid)] != ("image", "media/image1.emf"):
        raise AssertionError("memo.docx: the object")
    if z.read("word/embeddings/Microsoft_Word_Document.docx") != inner:
        raise AssertionError("memo.docx: the embedded package")
    emf = Image.open(io.BytesIO(z.read("word/media/image1.emf")))
    if emf.format != "WMF" or emf.size[0] <= 0:
        raise AssertionError("memo.docx: the icon")
    ct = z.read("[Content_Types].xml").decode("utf-8")
    if f'Extension="docx" ContentType="{CT_DOCX}"' not in ct or 'Extension="emf"' not in ct:
        raise AssertionError("memo.docx: content types")
    mine = [s for _p, s in word_numbers(z.read("word/numbering.xml").decode("utf-8"), root) if s]
    if mine != ["1.", "2."]:
        raise AssertionError(f"memo.docx: the memo's own list {mine}")
    memo_words = " ".join(t for _s, _p, t in word_pages(z.read("word/document.xml")))
    outer_clean(path.name, memo_words, result)
    inner_z = zipfile.ZipFile(io.BytesIO(inner))
    if inner_z.read("word/document.xml").decode("utf-8") != inner_doc:
        raise AssertionError("memo.docx: the embedded document")
    last = max(d["page"] for d in result)
    return {
        "note": ("A SERVICE'S WORD MEMO WITH THE REVIEW EMBEDDED AS AN OBJECT SHOWN AS AN ICON, as Word writes one "
                 "(Insert > Object > Create from File, 'Display as icon'): the memo's own words are 'MEMO', "
                 "'To:', 'From:', 'Date:' and 'Subject:' lines, two sentences, a WORD-NUMBERED LIST OF ITS OWN "
                 "('1.' and '2.', numbering.xml) and a closing line; then a centred paragraph holding <w:object> "
                 "(a VML v:shapetype _x0000_t75 and v:shape over v:imagedata of word/media/image1.emf, the icon "
                 f"with the caption '{_text.MM_ICON_CAPTION}', and o:OLEObject Type 'Embed', ProgID "
                 "'Word.Document.12', DrawAspect 'Icon', whose relationship of type .../package targets "
                 "word/embeddings/Microsoft_Word_Document.docx; [Content_Types].xml has Defaults for emf and docx). "
                 "The embedded package is A LEARNING REVIEW (Mrs W, Hallam Cross) AS WORD SAVES IT: the title, "
                 "the board and the fiction label, typed Heading 1 headings ('1. Why we held this review', '2. "
                 "What happened', '3. What we learned') and paragraphs numbered BY TYPED TEXT '1.1<TAB>...' in a "
                 "hanging 'Numbered Para' style, a header and a 'Page N of M' footer, and a page break (<w:br "
                 f"w:type=\"page\"/>) before each heading after the first, so it runs to {last} pages by its "
                 "breaks. Each key holds the review's own numbered paragraphs only, each once, in reading order; "
                 "never the memo's words or its list '1.' '2.', the icon's caption, the title, headings, header or "
                 "footer. page = the page OF THE EMBEDDED REVIEW .docx where the paragraph starts: 1 + the page "
                 "breaks before the paragraph in its own document.xml, as earlier DOCX keys give pages (the memo "
                 "is no page of the review)."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# message.eml: an e-mail with the review attached (Thunderbird)
# --------------------------------------------------------------------------
def flowed(lines, width=72):
    """Text lines as format=flowed (RFC 3676) wraps them: a soft break is a line ending in a space; the signature
    separator "-- " stays as it is."""
    out = []
    for ln in lines:
        if ln == "-- " or len(ln) <= width:
            out.append(ln)
            continue
        cur = ""
        for w in ln.split(" "):
            if cur and len(cur) + len(w) + 1 > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = f"{cur} {w}" if cur else w
        out.append(cur)
    return out


def html_part(lines):
    """Thunderbird's HTML part of the same message: paragraphs, the signature in a moz-signature div."""
    k = lines.index("-- ")
    body, sig = lines[:k], lines[k + 1:]
    paras, cur = [], []
    for ln in [*body, ""]:
        if ln:
            cur.append(ln)
        elif cur:
            paras.append(" ".join(cur))
            cur = []
    inner = "\n".join(f"    <p>{xesc(p)}<br>\n    </p>" for p in paras)
    sig_html = "<br>\n      ".join(xesc(s) for s in sig)
    return ("<!DOCTYPE html>\n<html>\n  <head>\n\n    <meta http-equiv=\"content-type\" content=\"text/html; "
            f"charset=UTF-8\">\n  </head>\n  <body>\n{inner}\n    <div class=\"moz-signature\">-- <br>\n      "
            f"{sig_html}</div>\n  </body>\n</html>\n")


def make_message(out, pm):
    path = out / "message.eml"
    info = {"Title": _text.EM_TITLE, "Author": "Redwater SCP (fictional)", "Subject": FICT,
            "Creator": _text.WORD, "Producer": _text.WORD}
    review, result, cross, n = review_pdf(path.name, pm, _text.EM_BODY, "child", _text.EM_TITLE, _text.EM_ORG,
                                          _text.EM_HEAD, info, size=10.5, lead=15.0, gap=9.0)
    b1 = "------------" + token("blind74-mixed", 24)
    b2 = "------------" + token("blind74-alt", 24)
    b64 = base64.b64encode(review).decode("ascii")
    b64_lines = [b64[k:k + 72] for k in range(0, len(b64), 72)]
    plain = flowed(_text.EM_BODY_LINES)
    mid = token("blind74-message-id", 32, "0123456789abcdef")  # a version 4 UUID, as Thunderbird makes one
    name = _text.EM_FILE
    head = [
        f"Message-ID: <{mid[:8]}-{mid[8:12]}-4{mid[13:16]}-a{mid[17:20]}-{mid[20:32]}@redwater-scp.example>",
        f"Date: {_text.EM_DATE}",
        "MIME-Version: 1.0",
        "User-Agent: Mozilla Thunderbird",
        "Content-Language: en-GB",
        f"To: {_text.EM_TO[0]} <{_text.EM_TO[1]}>",
        f"From: {_text.EM_FROM[0]} <{_text.EM_FROM[1]}>",
        f"Subject: {_text.EM_SUBJECT}",
        f'Content-Type: multipart/mixed; boundary="{b1}"',
        "",
        "This is a multi-part message in MIME format.",
        f"--{b1}",
        f'Content-Type: multipart/alternative; boundary="{b2}"',
        "",
        f"--{b2}",
        "Content-Type: text/plain; charset=UTF-8; format=flowed",
        "Content-Transfer-Encoding: 8bit",
        "",
        *plain,
        "",
        f"--{b2}",
        "Content-Type: text/html; charset=UTF-8",
        "Content-Transfer-Encoding: 8bit",
        "",
        *html_part(_text.EM_BODY_LINES).rstrip("\n").split("\n"),
        "",
        f"--{b2}--",
        f"--{b1}",
        f'Content-Type: application/pdf; name="{name}"',
        f'Content-Disposition: attachment; filename="{name}"',
        "Content-Transfer-Encoding: base64",
        "",
        *b64_lines,
        "",
        f"--{b1}--",
        "",
    ]
    raw = "\r\n".join(head).encode("utf-8")
    path.write_bytes(raw)
    # read back with the standard library's parser: one attachment, the review's bytes; the body's words
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    atts = list(msg.iter_attachments())
    if len(atts) != 1 or atts[0].get_filename() != name or atts[0].get_content() != review or \
            atts[0].get_content_type() != "application/pdf":
        raise AssertionError("message.eml: the attachment")
    if any(len(ln) > 72 for ln in b64_lines):
        raise AssertionError("message.eml: base64 lines")
    text = msg.get_body(("plain",)).get_content()
    html = msg.get_body(("html",)).get_content()
    unflowed = re.sub(r" \r?\n", " ", text)
    if "Please find attached the final report" not in unflowed or "Room 2.14" not in html:
        raise AssertionError("message.eml: the body")
    outer_clean(path.name, text + " " + html + " " + str(msg["Subject"]), result)
    return {
        "note": ("AN E-MAIL WITH THE REVIEW ATTACHED AS A PDF, as Thunderbird sends one (User-Agent 'Mozilla "
                 "Thunderbird', CRLF lines, 'This is a multi-part message in MIME format.', multipart/mixed around "
                 "multipart/alternative: text/plain; format=flowed (soft breaks as trailing spaces, the '-- ' "
                 "signature separator) and text/html (<p> paragraphs, a moz-signature div), both 8bit UTF-8; then "
                 f"the attachment application/pdf; name=\"{name}\", Content-Disposition attachment, base64 in "
                 "72-column lines). The message's own words: 'Hi all,', 'Please find attached the final report, as "
                 "agreed at Tuesday's meeting. ...', a signature with 'Room 2.14, Civic Centre' and a telephone "
                 "number; they say nothing of the review's content. The attached file is A THEMATIC REVIEW "
                 f"(Redwater) SAVED BY WORD: {n} A4 pages of real text, page 1 the title, the partnership and the "
                 "fiction label, from page 2 the running head, 'Page N of M' at every foot, four numbered headings "
                 "('1. About this review', '2. What the young people told us', '3. Themes', '4. What happens next') "
                 f"with 1.1-4.2 hung under them; {runs(cross)} over a page break. Each key holds the review's own "
                 "numbered paragraphs only, each once, in reading order; never the message's headers, body or "
                 "signature ('Room 2.14' is no paragraph), the title, running heads, page footers or headings. "
                 "page = the page OF THE ATTACHED PDF where the paragraph starts, 1-based."),
        "paragraphs": result,
    }


def build(out):
    return _harness.build_files(out, ParaMaker(), {"portfolio.pdf": make_portfolio, "letter.pdf": make_letter,
                                                    "download.zip": make_download, "memo.docx": make_memo,
                                                    "message.eml": make_message})


def main(out: pathlib.Path, determinism: bool = True) -> dict:
    """Build and self-check into ``out``; with ``determinism``, build again elsewhere and compare the bytes."""
    return _harness.build_checked(build, out, "blind74-determinism-", determinism)


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
