"""Blind fixture generator 14: five FICTIONAL safeguarding-review documents.

FICTIONAL – for software testing. Run: python make.py [outdir]

booklet.pdf       an A5 booklet set as InDesign/LaTeX set it: the text layer has NO space characters at all
                  (every line is one TJ array; the gaps between words are kerning offsets, and some words are
                  split into kerned pieces); mirrored margins, so the paragraph numbers ("2.3") hang in the
                  OUTER margin: to the right of the text on odd (recto) pages and to the left of it on even
                  (verso) pages, in a bold sans font raised 1.6 pt above the text baseline (text rise)
indent.pdf        paragraphs told apart only by a first-line indent, with no extra space between them; the
                  numbers are run in ("12. The ..."), text justified; orphan control sends some numbered
                  paragraphs to the very top of a page; superscript footnote markers in mid-sentence and
                  footnotes at the page foot in small type beginning with a bare number ("9 The ...") which
                  runs close to the paragraph numbers (footnotes are not paragraphs)
badges.pdf        a designed two-column report: each paragraph number printed white inside a filled coloured
                  rounded box to the left of the paragraph, all boxes and numbers drawn in a separate layer
                  after the page's text; headings in the column flow; a paragraph running from the foot of
                  column 2 to the top of column 1 of the next page; an "at a glance" panel of white numbers
                  in coloured circles ("11 agencies ...") that are not paragraph numbers; a glossary
style-numbered.docx  Word numbering that lives on paragraph styles: the paragraph style inherits its numPr
                  through w:basedOn; an unnumbered interlude in the same style switched off with numId 0;
                  numbered paragraphs inside a one-cell shaded table continue the count; a redacted published
                  version in which a second w:num with lvlOverride/startOverride jumps from 4.2 to 4.6, after
                  which the first w:num carries on (4.7: Word's counters belong to the abstractNum)
anchors.html      a report page where each paragraph is <p id="para-12"><a class="para-num" href="#para-12">
                  with a visually hidden "Paragraph " inside the link, floated numbers, inline <sup> footnote
                  links, "Back to top" links between sections, and at the end a list of notes marked up
                  almost exactly like the paragraphs (<p id="note-3"><a class="note-num">3</a> ...)

Judgement calls (what a practitioner citing the report would expect):
- the label is the number as printed and cited ("2.3", "12", "4.6"); the trailing full stop of "12." is not
  part of it; a hidden "Paragraph " prefix is not part of it;
- footnotes, notes lists, running headers and footers, headings, contents, glossary and "at a glance" figures
  are not paragraphs and are not part of any paragraph's text; superscript footnote markers are never among a
  paragraph's first eight or last six words, so the keys do not depend on them;
- PDF pages are physical, 1-based; a paragraph's page is where its first line (and number) is printed;
- DOCX pages are counted from explicit page breaks (<w:br w:type="page"/>), one page per break, as blind13
  does; every stretch between breaks is short enough to fit one printed page; HTML pages are null;
- in style-numbered.docx, paragraphs in the numbered style whose numbering is switched off (numId 0) are not
  numbered paragraphs, and the redacted paragraphs 4.3-4.5 do not exist (there is only a bracketed note);
- booklet.pdf follows print convention: page 1 (the cover) is a right-hand page, so odd pages have their outer
  margin on the RIGHT and even pages on the LEFT;
- in indent.pdf, a paragraph of five lines or fewer is kept together (moved whole to the next page when it
  does not fit) and a longer one never leaves its first line alone; either way it starts at the top of the
  next page, with no heading above it, and its page is that page;
- in anchors.html, a cross-reference "(see paragraph 4)" inside paragraph 9 is part of paragraph 9's text.
"""
import html as _h
import io
import itertools
import json
import os
import pathlib
import re
import sys
import zipfile

if __package__ in (None, ""):
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from text import ParaMaker, contains_seq, key_words, norm  # type: ignore
else:
    from .text import ParaMaker, contains_seq, key_words, norm

import reportlab
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

FONTDIR = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
FICT = "FICTIONAL \u2013 for software testing"
A4W, A4H = 595.27, 841.89
A5W, A5H = 419.53, 595.28


def _reg_fonts():
    for name, f in (("Vera", "Vera.ttf"), ("VeraBd", "VeraBd.ttf"), ("VeraIt", "VeraIt.ttf"),
                    ("VeraBI", "VeraBI.ttf")):
        try:
            pdfmetrics.getFont(name)
        except KeyError:
            pdfmetrics.registerFont(TTFont(name, os.path.join(FONTDIR, f)))


def wrap(text, width, measure):
    lines, cur = [], ""
    for w in text.split():
        cand = w if not cur else cur + " " + w
        if measure(cand) <= width or not cur:
            cur = cand
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def entry(label, page, text):
    s, e = key_words(text)
    return {"label": label, "page": page, "starts_with": s, "ends_with": e}


def check_lengths(name, texts):
    seen = set()
    for t in texts:
        n = len(t.split())
        if not 45 <= n <= 250:
            raise AssertionError(f"{name}: paragraph of {n} words")
        if t in seen:
            raise AssertionError(f"{name}: duplicate paragraph")
        seen.add(t)


def check_count(name, result):
    if not 12 <= len(result) <= 32:
        raise AssertionError(f"{name}: {len(result)} paragraphs")


def _fix_zip(data: bytes, extra=None, patch=None) -> bytes:
    """Fixed timestamps; extra: {name: bytes} added; patch: {name: fn(bytes) -> bytes}."""
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        items = [(i.filename, src.read(i.filename)) for i in src.infolist()] + sorted((extra or {}).items())
        for name, blob in items:
            if patch and name in patch:
                blob = patch[name](blob)
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    return buf.getvalue()


# --------------------------------------------------------------------------
# 1. booklet.pdf
# --------------------------------------------------------------------------
KERNS = {("T", "o"): 80, ("T", "e"): 70, ("T", "a"): 80, ("T", "r"): 35, ("W", "a"): 80, ("W", "e"): 80,
         ("W", "o"): 80, ("P", "a"): 15, ("a", "v"): 20, ("o", "v"): 15, ("v", "e"): 15, ("w", "a"): 10,
         ("y", "."): 65, ("r", "."): 40, ("A", "v"): 74, ("o", "w"): 10, ("v", "i"): 10, ("F", "a"): 15,
         ("y", ","): 65, ("V", "a"): 80, ("r", ","): 40, ("w", "."): 65}


def pdf_str(s):
    out = []
    for b in s.encode("cp1252"):
        if b in (0x28, 0x29, 0x5C):
            out.append("\\" + chr(b))
        elif b < 32 or b > 126:
            out.append("\\%03o" % b)
        else:
            out.append(chr(b))
    return "(" + "".join(out) + ")"


def kern_pieces(word):
    """[(piece, kern_after_in_thousandths)] splitting the word at kerning pairs."""
    pieces, cur = [], word[0]
    for a, b in itertools.pairwise(word):
        k = KERNS.get((a, b))
        if k:
            pieces.append((cur, k))
            cur = b
        else:
            cur += b
    pieces.append((cur, 0))
    return pieces


def kword_width(word, font, size):
    return pdfmetrics.stringWidth(word, font, size) - sum(k for _, k in kern_pieces(word)) * size / 1000.0


class TJ:
    """Writes every line as one text object with a TJ array and no space characters."""

    def __init__(self, c):
        self.c = c
        self.names = {}

    def font(self, name):
        if name not in self.names:
            self.names[name] = self.c._doc.getInternalFontName(name)
        return self.names[name]

    def width(self, words, font, size):
        sp = pdfmetrics.stringWidth(" ", font, size)
        return sum(kword_width(w, font, size) for w in words) + sp * (len(words) - 1)

    def line(self, x, y, words, font, size, gap=None, rise=0.0, rgb=(0, 0, 0), align="left"):
        if isinstance(words, str):
            words = words.split()
        if gap is None:
            gap = pdfmetrics.stringWidth(" ", font, size)
        if align != "left":
            wd = sum(kword_width(w, font, size) for w in words) + gap * (len(words) - 1)
            x = x - wd if align == "right" else x - wd / 2
        arr = []
        for i, w in enumerate(words):
            if i:
                arr.append("%.1f" % (-gap * 1000.0 / size))
            for piece, k in kern_pieces(w):
                arr.append(pdf_str(piece))
                if k:
                    arr.append(str(k))
        ops = "q %.3f %.3f %.3f rg BT %s %.2f Tf %s1 0 0 1 %.2f %.2f Tm [%s] TJ %sET Q" % (
            rgb[0], rgb[1], rgb[2], self.font(font), size, ("%.2f Ts " % rise) if rise else "", x, y,
            " ".join(arr), "0 Ts " if rise else "")
        self.c._code.append(ops)


def make_booklet(out, pm):
    path = out / "booklet.pdf"
    FS, LEAD, TOP, BOTTOM = 10.0, 13.0, A5H - 62, 58.0
    INNER, OUTER = 48.0, 66.0
    TEAL = (0.05, 0.36, 0.42)
    plan = [("1", "Introduction", [70, 85, 60]),
            ("2", "Mr J and his circumstances", [90, 75, 80]),
            ("3", "Contact with services", [95, 80, 70, 85, 90]),
            ("4", "Analysis", [85, 95, 75, 80]),
            ("5", "Recommendations", [65, 60])]
    texts = [[pm.make(tw, "adult") for tw in lens] for _, _, lens in plan]

    def frame(pno):
        if pno % 2:  # recto: gutter on the left, outer margin on the right
            return INNER, A5W - OUTER
        return OUTER, A5W - INNER

    def build(toc):
        buf = io.BytesIO()
        c = rl_canvas.Canvas(buf, pagesize=(A5W, A5H), invariant=1)
        c.setTitle("Safeguarding Adults Review: Mr J (FICTIONAL)")
        c.setAuthor("Orme Valley Safeguarding Adults Board")
        tj = TJ(c)
        page = [1]
        heads, result, ends, firsts = {}, [], [], []

        def furniture(pno):
            x0, x1 = frame(pno)
            grey = (0.35, 0.35, 0.35)
            if pno % 2:
                tj.line(x1, A5H - 36, "Orme Valley Safeguarding Adults Board \u2013 " + FICT, "Helvetica", 7,
                        rgb=grey, align="right")
                tj.line(x1, 32, str(pno), "Helvetica-Bold", 8, rgb=grey, align="right")
            else:
                tj.line(x0, A5H - 36, "Safeguarding Adults Review: Mr J", "Helvetica", 7, rgb=grey)
                tj.line(x0, 32, str(pno), "Helvetica-Bold", 8, rgb=grey)
            c.setStrokeColorRGB(*grey)
            c.setLineWidth(0.3)
            c.line(x0, A5H - 41, x1, A5H - 41)

        def new_page():
            c.showPage()
            page[0] += 1
            furniture(page[0])
            return TOP

        # cover
        c.setFillColorRGB(*TEAL)
        c.rect(0, A5H - 250, A5W, 250, stroke=0, fill=1)
        white = (1, 1, 1)
        tj.line(INNER, A5H - 120, "Safeguarding Adults Review", "Helvetica-Bold", 22, rgb=white)
        tj.line(INNER, A5H - 150, "Mr J", "Helvetica-Bold", 30, rgb=white)
        tj.line(INNER, A5H - 190, "Orme Valley Safeguarding Adults Board", "Helvetica", 12, rgb=white)
        tj.line(INNER, A5H - 300, FICT, "Helvetica-Bold", 11, rgb=TEAL)
        tj.line(INNER, A5H - 322, "Independent reviewer: Delphine Marsh-Avery (an invented person)",
                "Times-Roman", 10)
        tj.line(INNER, A5H - 338, "Published October 2024", "Times-Roman", 10)
        tj.line(INNER, 60, "All names of people, places and services in this review are invented.",
                "Times-Italic", 8.5)
        # page 2: contents and glossary
        c.showPage()
        page[0] = 2
        furniture(2)
        x0, x1 = frame(2)
        y = TOP
        tj.line(x0, y, "Contents", "Helvetica-Bold", 14, rgb=TEAL)
        y -= 24
        for num, title, _ in plan:
            tj.line(x0, y, num, "Times-Roman", 10)
            tj.line(x0 + 18, y, title, "Times-Roman", 10)
            pg = str(toc.get(num, 0))
            tj.line(x1, y, pg, "Times-Roman", 10, align="right")
            lx = x0 + 18 + tj.width(title.split(), "Times-Roman", 10) + 6
            dots = int((x1 - 12 - lx) / pdfmetrics.stringWidth(".", "Times-Roman", 10))
            tj.line(lx, y, ["." * dots], "Times-Roman", 10, rgb=(0.5, 0.5, 0.5))
            y -= 15
        y -= 22
        tj.line(x0, y, "Terms used in this review", "Helvetica-Bold", 11, rgb=TEAL)
        y -= 8
        gloss = [("Adult at risk", "a person with care and support needs who is, or may be, at risk of abuse "
                                   "or neglect and cannot protect themselves"),
                 ("MARM", "multi-agency risk management meeting, convened under the Board\u2019s self-neglect "
                          "procedure"),
                 ("Section 42 enquiry", "the enquiry that the local authority must make, or ask others to "
                                        "make, when the duty applies"),
                 ("Self-neglect", "a failure to care for one\u2019s own health, hygiene or surroundings, "
                                  "including hoarding")]
        c.setStrokeColorRGB(0.6, 0.6, 0.6)
        c.setLineWidth(0.4)
        for term, desc in gloss:
            c.line(x0, y, x1, y)
            y -= 12
            tj.line(x0, y, term, "Times-Bold", 9)
            for ln in wrap(desc, x1 - x0 - 96, lambda s: tj.width(s.split(), "Times-Roman", 9)):
                tj.line(x0 + 96, y, ln, "Times-Roman", 9)
                y -= 11.5
            y -= 2
        c.line(x0, y, x1, y)
        # body from page 3
        y = new_page()
        for (num, title, _), ptexts in zip(plan, texts, strict=True):
            if y - 4 * LEAD < BOTTOM:
                y = new_page()
            if y < TOP:
                y -= 10
            x0, x1 = frame(page[0])
            heads[num] = page[0]
            tj.line(x0, y, num, "Helvetica-Bold", 11.5, rgb=TEAL)
            tj.line(x0 + 20, y, title, "Helvetica-Bold", 11.5, rgb=TEAL)
            y -= 1.6 * LEAD
            for k, text in enumerate(ptexts, 1):
                label = "%s.%d" % (num, k)
                width = x1 - x0
                lines = wrap(text, width, lambda s: tj.width(s.split(), "Times-Roman", FS))
                start = None
                for j, ln in enumerate(lines):
                    if y < BOTTOM:
                        y = new_page()
                    x0, x1 = frame(page[0])
                    words = ln.split()
                    gap = None
                    if j < len(lines) - 1 and len(words) > 1:
                        nat = sum(kword_width(w, "Times-Roman", FS) for w in words)
                        gap = (x1 - x0 - nat) / (len(words) - 1)
                    if j == 0:
                        start = page[0]
                        firsts.append((page[0], y, x0, x1))
                        if page[0] % 2 == 0:  # verso: outer margin on the left, number before the line
                            tj.line(x0 - 13, y, label, "Helvetica-Bold", 8, rise=1.6, rgb=TEAL, align="right")
                    tj.line(x0, y, words, "Times-Roman", FS, gap=gap)
                    if j == 0 and page[0] % 2:  # recto: outer margin on the right, number after the line
                        tj.line(x1 + 13, y, label, "Helvetica-Bold", 8, rise=1.6, rgb=TEAL)
                    y -= LEAD
                result.append(entry(label, start, text))
                ends.append(page[0])
                y -= 5
        # back page note
        y -= 14
        if y < BOTTOM + 30:
            y = new_page()
        x0, x1 = frame(page[0])
        tj.line(x0, y, "The Board\u2019s response to these recommendations is published separately.",
                "Times-Italic", 9)
        c.showPage()
        c.save()
        return buf.getvalue(), heads, result, ends, firsts, page[0]

    _, toc, *_ = build({})
    data, heads, result, ends, firsts, npages = build(toc)
    if heads != toc:
        raise AssertionError("booklet.pdf: contents pages moved")
    path.write_bytes(data)
    flat = [t for ts in texts for t in ts]
    check_lengths(path.name, flat)
    check_count(path.name, result)
    if sum(d["page"] != e for d, e in zip(result, ends, strict=True)) < 2:
        raise AssertionError("booklet.pdf: fewer than two paragraphs cross a page")
    parity = {d["page"] % 2 for d in result}
    if parity != {0, 1} or not 5 <= npages <= 8:
        raise AssertionError("booklet.pdf: numbers must fall on both odd and even pages")

    import pdfplumber
    with pdfplumber.open(path) as pdf:
        if len(pdf.pages) != npages:
            raise AssertionError("booklet.pdf: pages")
        body, words_by_page, chars_by_page = [], [], []
        for pno, p in enumerate(pdf.pages, 1):
            if any(ch["text"].isspace() for ch in p.chars):
                raise AssertionError("booklet.pdf: a space character in the text layer")
            x0, x1 = frame(pno)
            body.append(p.crop((x0 - 1, 44, x1 + 1, A5H - 44)).extract_text(x_tolerance=1.2) or "")
            words_by_page.append(p.extract_words(x_tolerance=1.2))
            chars_by_page.append(p.chars)
        desc = pdfmetrics.getFont("Helvetica-Bold").face.descent * 8 / 1000.0  # baseline = y0 - descent
        for d, endp, (pg, y, x0, x1), text in zip(result, ends, firsts, flat, strict=True):
            labs = [w for w in words_by_page[pg - 1] if w["text"] == d["label"]]
            if len(labs) != 1:
                raise AssertionError("booklet.pdf: label %s on page %d: %r" % (d["label"], pg, labs))
            lab = labs[0]
            if (pg % 2 and not lab["x0"] > x1 + 5) or (pg % 2 == 0 and not lab["x1"] < x0 - 5):
                raise AssertionError("booklet.pdf: label %s not in the outer margin" % d["label"])
            lab_chars = [ch for ch in chars_by_page[pg - 1] if lab["x0"] - 0.1 <= ch["x0"] < lab["x1"]
                         and abs(ch["top"] - lab["top"]) < 0.5]
            if "".join(ch["text"] for ch in lab_chars) != d["label"] or \
                    any(abs(A5H - ch["bottom"] - desc - (y + 1.6)) > 0.05 for ch in lab_chars):
                raise AssertionError("booklet.pdf: label %s not raised beside its first line" % d["label"])
            line = sorted((ch for ch in chars_by_page[pg - 1] if abs(ch["matrix"][5] - y) < 0.05
                           and x0 - 0.5 <= ch["x0"] < x1 + 0.5), key=lambda ch: ch["x0"])
            first_word = text.split()[0]
            if "".join(ch["text"] for ch in line[:len(first_word)]) != first_word:
                raise AssertionError("booklet.pdf: first line of %s" % d["label"])
            if not contains_seq(norm(body[pg - 1]), norm(d["starts_with"])):
                raise AssertionError("booklet.pdf: starts_with of %s not on page %d" % (d["label"], pg))
            if not contains_seq(norm("\n".join(body[max(pg, endp - 1) - 1:endp])), norm(d["ends_with"])):
                raise AssertionError("booklet.pdf: ends_with of %s" % d["label"])
            if d["label"] in body[pg - 1].split():
                raise AssertionError("booklet.pdf: label inside the text block")
    return {
        "note": ("A5 booklet, %d pages: cover, then contents (with dot leaders) and a glossary table on page 2, "
                 "report from page 3. The text layer has no space characters: each line is one BT/ET text "
                 "object with one TJ array, word gaps are negative kerning numbers (about 2.5 pt, more on "
                 "justified lines), and words with kerning pairs ('To', 'Wa', 'y.') are split into several "
                 "strings inside the array. Standard Times-Roman (WinAnsi) text with curly apostrophes. "
                 "Mirrored margins: paragraph numbers hang in the OUTER margin, i.e. to the RIGHT of the "
                 "text block on odd (recto) pages and to the LEFT of it on even (verso) pages, in "
                 "Helvetica-Bold 8 pt, coloured, raised 1.6 pt above the first line's baseline (text rise "
                 "Ts) and written in the stream after the line on odd pages, before it on even pages. "
                 "Chapter headings '3 Contact with services' are in the text block and are not paragraphs; "
                 "the running header alternates sides and carries the FICTIONAL label; the folio is in the "
                 "outer bottom corner.") % npages,
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 2. indent.pdf
# --------------------------------------------------------------------------
NOTES_W = [
    "The terms of reference were agreed by the Partnership\u2019s case review group in March 2023.",
    "Brackenholme Safeguarding Children Partnership, Threshold Guidance for Practitioners (revised 2021), p. 14.",
    "The chronology draws on the records of nine agencies between June 2021 and August 2023.",
    "Child W\u2019s mother and grandmother met the reviewer at home; her father declined the invitation.",
    "The neglect toolkit is described in the Partnership\u2019s practice guidance of 2020, section 3.",
    "The school has since changed its attendance procedure; the earlier version is the one quoted here.",
    "Figures supplied by the front door service for the year to March 2023.",
    "Two of the practitioners had left their posts before the review began and contributed by letter.",
    "The escalation procedure allows any practitioner to ask for a decision to be looked at again by a "
    "more senior manager in another agency.",
    "The first of these contacts is described in the section on the period under review.",
    "The health visiting service moved to a new electronic record in the autumn of 2022, and some entries "
    "made before the move could not be found.",
    "Missing episodes are counted from police records, which do not always agree with the school\u2019s.",
    "The review panel met five times between April and October 2023.",
    "Practitioners who took part in the learning event are not named in this report.",
    "An action plan has been agreed by the three statutory partners and will be published separately.",
    "The reviewer is grateful to the family for their time and their honesty.",
    "This recommendation repeats one made in an earlier local review in 2020.",
    "The Partnership will report on progress in its next annual report.",
]


INDENT_PLAN = [("Introduction", [55, 95, 65]),
               ("Background", [70, 105, 115, 105]),
               ("The period under review", [60, 115, 105, 65, 60, 55, 95]),
               ("Analysis", [105, 115, 95, 105, 105, 95]),
               ("Findings and recommendations", [105, 55, 60, 65])]


def make_indent(out, pm):
    _reg_fonts()
    path = out / "indent.pdf"
    L, R = 72.0, A4W - 72.0
    WIDTH = R - L
    FS, LEAD, IND = 10.5, 13.6, 18.0
    TOP, FOOT_Y = A4H - 86, 62.0
    FN_FS, FN_LEAD, FN_IND = 8.0, 9.8, 15.0
    SUP_FS, SUP_RISE = 6.5, 3.8
    plan = INDENT_PLAN
    def sw(s, f="Vera", z=FS):
        return pdfmetrics.stringWidth(s, f, z)

    fn_texts, paras = [], []  # paras: (label, text, tokens)
    n = 0
    for title, lens in plan:
        for tw in lens:
            n += 1
            text = pm.make(tw, "child")
            words = text.split()
            nm = 2 if n == 1 else (0 if n % 3 == 0 else 1)
            cand = [i for i, w in enumerate(words) if w[-1] in ".,;" and 9 <= i < len(words) - 8]
            if nm and len(cand) < nm:
                raise AssertionError("indent.pdf: nowhere to put a footnote marker")
            at = set() if not nm else {cand[0], cand[-1]} if nm == 2 else {cand[0]} if n % 2 else {cand[-1]}
            toks = [("%d." % n, "")]
            for i, w in enumerate(words):
                mk = ""
                if i in at:
                    fn_texts.append(NOTES_W[len(fn_texts)])
                    mk = str(len(fn_texts))
                toks.append((w, mk))
            paras.append((title, str(n), text, toks))

    def tw_(tok):
        return sw(tok[0]) + (sw(tok[1], "Vera", SUP_FS) if tok[1] else 0.0)

    def wrap_toks(toks):
        lines, cur = [], []
        for t in toks:
            width = WIDTH - (IND if not lines else 0)
            cand = [*cur, t]
            if not cur or sum(tw_(x) for x in cand) + sw(" ") * (len(cand) - 1) <= width:
                cur = cand
            else:
                lines.append(cur)
                cur = [t]
        lines.append(cur)
        return lines

    def fn_lines(k):
        return wrap(fn_texts[k - 1], WIDTH - FN_IND, lambda s: sw(s, "Vera", FN_FS))

    def fn_height(nums):
        return 0.0 if not nums else 12.0 + sum(len(fn_lines(k)) for k in nums) * FN_LEAD

    c = rl_canvas.Canvas(str(path), pagesize=(A4W, A4H), invariant=1)
    c.setTitle("Child Safeguarding Practice Review: Child W (FICTIONAL)")
    c.setAuthor("Brackenholme Safeguarding Children Partnership")
    st = {"page": 1, "y": 0.0, "fns": []}

    def furniture():
        c.setFont("Vera", 8)
        c.setFillGray(0.35)
        c.drawString(L, A4H - 48, "Child Safeguarding Practice Review: Child W")
        c.drawRightString(R, A4H - 48, FICT)
        c.setLineWidth(0.4)
        c.setStrokeGray(0.5)
        c.line(L, A4H - 53, R, A4H - 53)
        c.drawCentredString(A4W / 2, 38, "Page %d" % st["page"])
        c.setFillGray(0)

    def finish_page():
        if st["fns"]:
            y = FOOT_Y + fn_height(st["fns"]) - 4
            c.setLineWidth(0.5)
            c.setStrokeGray(0)
            c.line(L, y, L + 144, y)
            y -= 10
            c.setFont("Vera", FN_FS)
            for k in st["fns"]:
                c.drawString(L, y, str(k))
                for ln in fn_lines(k):
                    c.drawString(L + FN_IND, y, ln)
                    y -= FN_LEAD
        c.showPage()

    def new_page():
        finish_page()
        st["page"] += 1
        st["fns"] = []
        st["y"] = TOP
        furniture()

    def fits(lines):
        """Do these lines (and the footnotes they call) fit below st['y'] on this page?"""
        extra = [int(t[1]) for ln in lines for t in ln if t[1]]
        last = st["y"] - (len(lines) - 1) * LEAD
        return last >= FOOT_Y + fn_height(st["fns"] + extra) + 8

    def draw_line(ln, x, width, last):
        wid = [tw_(t) for t in ln]
        gap = sw(" ")
        if not last and len(ln) > 1:
            gap = (width - sum(wid)) / (len(ln) - 1)
        y = st["y"]
        for t, wd in zip(ln, wid, strict=True):
            c.setFont("Vera", FS)
            c.drawString(x, y, t[0])
            if t[1]:
                c.setFont("Vera", SUP_FS)
                c.drawString(x + sw(t[0]), y + SUP_RISE, t[1])
                st["fns"].append(int(t[1]))
            x += wd + gap
        st["y"] -= LEAD

    furniture()
    y = A4H - 100
    c.setFont("Vera", 10)
    c.drawString(L, y, "Brackenholme Safeguarding Children Partnership")
    c.setFont("VeraBd", 20)
    c.drawString(L, y - 30, "Child Safeguarding Practice Review")
    c.setFont("Vera", 15)
    c.drawString(L, y - 52, "Child W")
    c.setFont("VeraBd", 10)
    c.drawString(L, y - 74, FICT)
    rows = [("Lead reviewer", "Tobias Wrenfield-Hart (an invented person)"),
            ("Period under review", "June 2021 to August 2023"),
            ("Agencies contributing", "nine"), ("Panel meetings", "five"),
            ("Date of publication", "2 November 2023")]
    ty = y - 100
    c.setLineWidth(0.4)
    c.setStrokeGray(0.6)
    for a_, b_ in rows:
        c.line(L, ty + 11, R, ty + 11)
        c.setFont("VeraBd", 9)
        c.drawString(L + 4, ty, a_)
        c.setFont("Vera", 9)
        c.drawString(L + 150, ty, b_)
        ty -= 16
    c.line(L, ty + 11, R, ty + 11)
    st["y"] = ty - 26
    result, ends, texts, top_starts, info = [], [], [], [], []
    cur_title = None
    for title, label, text, toks in paras:
        lines = wrap_toks(toks)
        if title != cur_title:
            cur_title = title
            if not fits([[("x", "")]] * 4 + (lines if len(lines) <= 5 else lines[:2])):
                new_page()
            elif st["y"] < TOP:
                st["y"] -= 8
            c.setFont("VeraBd", 12)
            c.drawString(L, st["y"], title)
            st["y"] -= LEAD * 1.5
        elif not fits(lines if len(lines) <= 5 else lines[:2]):
            new_page()  # paragraphs of up to five lines are kept together; others never leave a first line alone
        start = st["page"]
        if st["y"] == TOP:
            top_starts.append(label)
        info.append((start, st["y"]))
        for j, ln in enumerate(lines):
            if not fits([ln]):
                new_page()
            draw_line(ln, L + (IND if j == 0 else 0), WIDTH - (IND if j == 0 else 0), j == len(lines) - 1)
        result.append(entry(label, start, text))
        ends.append(st["page"])
        texts.append(text)
    finish_page()
    c.save()
    npages = st["page"]
    check_lengths(path.name, texts)
    check_count(path.name, result)
    if len(top_starts) < 2:
        raise AssertionError("indent.pdf: paragraphs starting at the top of a page: %r" % top_starts)
    if sum(d["page"] != e for d, e in zip(result, ends, strict=True)) < 2:
        raise AssertionError("indent.pdf: fewer than two paragraphs cross a page")

    import pdfplumber
    body, notes = [], []
    with pdfplumber.open(path) as pdf:
        if len(pdf.pages) != npages:
            raise AssertionError("indent.pdf: pages")
        for p in pdf.pages:
            b = p.filter(lambda o: o.get("object_type") != "char" or 9 <= o["size"] < 12)
            body.append(b.crop((0, 60, A4W, A4H - 50)).extract_text() or "")
            f = p.filter(lambda o: o.get("object_type") != "char" or abs(o["size"] - FN_FS) < 0.01)
            notes.append(f.crop((0, 60, A4W, A4H - 50)).extract_text() or "")
    near = []
    for pg in range(1, npages + 1):
        ns = [int(m) for m in re.findall(r"(?m)^(\d+) [A-Z]", notes[pg - 1])]
        labels = [int(d["label"]) for d in result if d["page"] == pg]
        if labels and any(abs(k - max(labels) - 1) <= 1 or k in labels for k in ns):
            near.append(pg)
    if len(near) < 2:
        raise AssertionError("indent.pdf: footnote numbers never come near the paragraph numbers")
    allnotes = "\n".join(notes)
    for k, t in enumerate(fn_texts, 1):
        if not contains_seq(norm(allnotes), norm("%d %s" % (k, t))):
            raise AssertionError("indent.pdf: footnote %d" % k)
        if contains_seq(norm("\n".join(body)), norm(t)[:6]):
            raise AssertionError("indent.pdf: footnote text in the body")
    for d, endp in zip(result, ends, strict=True):
        t0 = body[d["page"] - 1]
        if not re.search(r"(?m)^" + re.escape(d["label"]) + r"\. ", t0):
            raise AssertionError("indent.pdf: label %s not at a line start on page %d" % (d["label"], d["page"]))
        if not contains_seq(norm(t0), norm(d["label"] + " " + d["starts_with"])):
            raise AssertionError("indent.pdf: starts_with of %s" % d["label"])
        if not contains_seq(norm("\n".join(body[max(d["page"], endp - 1) - 1:endp])), norm(d["ends_with"])):
            raise AssertionError("indent.pdf: ends_with of %s" % d["label"])
    return {
        "note": ("Single-column justified PDF, %d pages. Paragraphs are separated ONLY by an 18 pt first-line "
                 "indent (no extra vertical space); each starts with its number run in, '12. ', in the body "
                 "font, at the indent. Orphan control moved paragraphs %s to the very top of a page (their "
                 "number is the page's first body line). Unnumbered bold section headings. %d superscript "
                 "footnote markers (6.5 pt, raised) sit in mid-sentence, never in a key's words; the "
                 "footnotes at the foot of each page are 8 pt, under a short rule, and begin with a bare "
                 "number and a capital ('9 The escalation procedure ...'), numbered 1-%d through the document, "
                 "close to the paragraph numbers on the same pages: they are not paragraphs, and a paragraph "
                 "that crosses a page continues after them on the next page. Page 1 has a title block and a "
                 "'Review details' table; running header with the FICTIONAL label; 'Page N' footer.")
                % (npages, ", ".join(top_starts), len(fn_texts), len(fn_texts)),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 3. badges.pdf
# --------------------------------------------------------------------------
BADGE_PLAN = [("1", "Why this review was held", [70, 85]),
              ("2", "Child M and her family", [95, 75, 80]),
              ("3", "What happened", [100, 85, 110, 90, 95]),
              ("4", "What the review found", [105, 90, 115, 85, 100, 95]),
              ("5", "What needs to change", [80, 70, 75])]


def make_badges(out, pm):
    _reg_fonts()
    path = out / "badges.pdf"
    L, R, GUT = 48.0, A4W - 48.0, 24.0
    COLW = (R - L - GUT) / 2
    BZ = 26.0  # badge zone at the left of each column
    FS, LEAD, PSP = 9.2, 12.6, 6.0
    TOP, BOTTOM = A4H - 72, 70.0
    PURPLE = (0.35, 0.17, 0.47)
    def meas(s):
        return pdfmetrics.stringWidth(s, "Vera", FS)

    c = rl_canvas.Canvas(str(path), pagesize=(A4W, A4H), invariant=1)
    c.setTitle("Child Safeguarding Practice Review: Child M (FICTIONAL)")
    c.setAuthor("Ashdown Vale Safeguarding Partnership")
    st = {"page": 1, "col": 0, "y": 0.0, "top": TOP, "badges": []}

    def colx(col):
        return L + col * (COLW + GUT)

    def furniture():
        c.setFillColorRGB(*PURPLE)
        c.rect(0, A4H - 30, A4W, 30, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("VeraBd", 8)
        c.drawString(L, A4H - 19, "Ashdown Vale Safeguarding Partnership")
        c.setFont("Vera", 8)
        c.drawRightString(R, A4H - 19, "Child Safeguarding Practice Review \u2013 Child M")
        c.setFillGray(0.3)
        c.setFont("Vera", 7.5)
        c.drawString(L, 40, "Ashdown Vale Safeguarding Partnership \u2013 " + FICT)
        c.setFont("VeraBd", 9)
        c.setFillColorRGB(*PURPLE)
        c.drawRightString(R, 40, str(st["page"]))
        c.setFillGray(0)

    def finish_page():
        # the number badges are a separate layer, drawn after all of the page's text
        for x, y, label in st["badges"]:
            wd = max(14.0, pdfmetrics.stringWidth(label, "VeraBd", 7.5) + 7)
            c.setFillColorRGB(*PURPLE)
            c.roundRect(x, y - 3.2, wd, 12.4, 3, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
            c.setFont("VeraBd", 7.5)
            c.drawCentredString(x + wd / 2, y + 0.3, label)
        c.setFillGray(0)
        c.showPage()

    def next_col():
        if st["col"] == 0:
            st["col"] = 1
        else:
            finish_page()
            st["page"] += 1
            st["col"] = 0
            st["top"] = TOP
            st["badges"] = []
            furniture()
        st["y"] = st["top"]

    furniture()
    # title and "at a glance" panel, full width
    c.setFillColorRGB(*PURPLE)
    c.setFont("VeraBd", 21)
    c.drawString(L, A4H - 78, "Child Safeguarding Practice Review")
    c.setFont("Vera", 15)
    c.drawString(L, A4H - 100, "Child M \u2013 published summary and full report")
    c.setFillGray(0)
    c.setFont("VeraBd", 9.5)
    c.drawString(L, A4H - 120, FICT)
    c.setFillColorRGB(0.94, 0.91, 0.96)
    c.rect(L, A4H - 250, R - L, 116, stroke=0, fill=1)
    c.setFillColorRGB(*PURPLE)
    c.setFont("VeraBd", 10.5)
    c.drawString(L + 10, A4H - 152, "At a glance")
    facts = [("11", "agencies knew the family"), ("23", "months covered by the review"),
             ("3", "strategy discussions held"), ("6", "findings for the partnership")]
    for k, (big, cap) in enumerate(facts):
        cx = L + (R - L) * (k + 0.5) / 4
        c.setFillColorRGB(*PURPLE)
        c.circle(cx, A4H - 190, 20, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("VeraBd", 15)
        c.drawCentredString(cx, A4H - 195.5, big)
        c.setFillGray(0.15)
        c.setFont("Vera", 8)
        c.drawCentredString(cx, A4H - 228, cap)
    c.setFillGray(0)
    st["top"] = A4H - 278
    st["y"] = st["top"]
    result, ends, texts, firsts, flows = [], [], [], [], []
    n = 0
    for num, title, lens in BADGE_PLAN:
        if st["y"] - LEAD * 4 < BOTTOM:
            next_col()
        if st["y"] < st["top"]:
            st["y"] -= 8
        c.setFillColorRGB(*PURPLE)
        c.setFont("VeraBd", 11)
        hl = wrap("%s  %s" % (num, title), COLW, lambda s: pdfmetrics.stringWidth(s, "VeraBd", 11))
        for h_ in hl:
            c.drawString(colx(st["col"]), st["y"], h_)
            st["y"] -= 14
        c.setFillGray(0)
        st["y"] -= 4
        for tw in lens:
            n += 1
            label = str(n)
            text = pm.make(tw, "child")
            texts.append(text)
            lines = wrap(text, COLW - BZ, meas)
            if st["y"] - LEAD < BOTTOM:
                next_col()
            start = None
            where = []
            for j, ln in enumerate(lines):
                if st["y"] < BOTTOM:
                    next_col()
                x = colx(st["col"])
                if j == 0:
                    start = st["page"]
                    st["badges"].append((x, st["y"], label))
                    firsts.append((st["page"], st["col"], st["y"]))
                where.append((st["page"], st["col"]))
                c.setFont("Vera", FS)
                c.drawString(x + BZ, st["y"], ln)
                st["y"] -= LEAD
            st["y"] -= PSP
            if any(a[1] == 1 and b[1] == 0 and b[0] == a[0] + 1 for a, b in itertools.pairwise(where)):
                flows.append(label)
            result.append(entry(label, start, text))
            ends.append(st["page"])
    # glossary in the column flow
    if st["y"] - 60 < BOTTOM:
        next_col()
    st["y"] -= 8
    c.setFillColorRGB(*PURPLE)
    c.setFont("VeraBd", 11)
    c.drawString(colx(st["col"]), st["y"], "Glossary")
    c.setFillGray(0)
    st["y"] -= 16
    gloss = [("CSPR", "child safeguarding practice review"), ("Early help", "support offered before a child "
             "needs a statutory service"), ("Strategy discussion", "a meeting or call between police, "
             "children\u2019s social care and health when a child may be at risk of significant harm"),
             ("MASH", "multi-agency safeguarding hub, the partnership\u2019s front door")]
    for term, desc in gloss:
        if pdfmetrics.stringWidth(term, "VeraBd", 8.2) > 98:
            raise AssertionError("badges.pdf: glossary term too wide")
        lines = wrap(desc, COLW - 104, lambda s: pdfmetrics.stringWidth(s, "Vera", 8.2))
        if st["y"] - len(lines) * 10.5 < BOTTOM:
            next_col()
        c.setFont("VeraBd", 8.2)
        c.drawString(colx(st["col"]), st["y"], term)
        c.setFont("Vera", 8.2)
        for ln in lines:
            c.drawString(colx(st["col"]) + 104, st["y"], ln)
            st["y"] -= 10.5
        st["y"] -= 4
    finish_page()
    c.save()
    npages = st["page"]
    check_lengths(path.name, texts)
    check_count(path.name, result)
    if not flows:
        raise AssertionError("badges.pdf: no paragraph runs from column 2 to the next page")
    if sum(d["page"] != e for d, e in zip(result, ends, strict=True)) < 1:
        raise AssertionError("badges.pdf: no paragraph crosses a page")
    import pdfplumber
    cols = []
    with pdfplumber.open(path) as pdf:
        if len(pdf.pages) != npages:
            raise AssertionError("badges.pdf: pages")
        for pno, p in enumerate(pdf.pages, 1):
            top = A4H - (A4H - 262 if pno == 1 else TOP + 12)
            pc = []
            for col in (0, 1):
                pc.append(p.crop((colx(col) - 1, top, colx(col) + COLW + 1, A4H - BOTTOM + 14)).extract_text()
                          or "")
            cols.append(pc)
            # stream order: the last chars drawn on the page are the badge numbers
            last = "".join(ch["text"] for ch in p.chars[-3:])
            if not re.search(r"\d$", last):
                raise AssertionError("badges.pdf: badges are not the last layer on page %d" % pno)
    for d, endp, (pg, col, _) in zip(result, ends, firsts, strict=True):
        t0 = cols[pg - 1][col]
        if not re.search(r"(?m)^" + re.escape(d["label"]) + " " + re.escape(d["starts_with"].split()[0]), t0):
            raise AssertionError("badges.pdf: badge %s not beside its first line" % d["label"])
        if not contains_seq(norm(t0), norm(d["label"] + " " + d["starts_with"])):
            raise AssertionError("badges.pdf: starts_with of %s" % d["label"])
        tail = "\n".join(cols[p_ - 1][k] for p_ in range(max(pg, endp - 1), endp + 1) for k in (0, 1))
        if not contains_seq(norm(tail), norm(d["ends_with"])):
            raise AssertionError("badges.pdf: ends_with of %s" % d["label"])
    return {
        "note": ("Designed two-column A4 report, %d pages, ragged right. Each paragraph's number (bare: '1' ... "
                 "'%d') is printed in white bold 7.5 pt inside a filled purple rounded box in a 26 pt zone at "
                 "the left of its column, level with the first line (the number's baseline 0.3 pt above the "
                 "line's); every box and number is drawn in a separate layer AFTER all of the page's text, so "
                 "in the content stream the numbers come last. Section headings ('3  What happened') are in "
                 "the column flow and are not paragraphs. Paragraph%s %s run%s from the foot of column 2 to the "
                 "top of column 1 on the next page. Page 1 has a full-width 'At a glance' panel of four white "
                 "numbers in larger purple circles (11, 23, 3, 6) with captions: these are figures, not "
                 "paragraph numbers. A glossary (term and definition) ends the report. A purple header band "
                 "and a footer with the FICTIONAL label and the page number.")
                % (npages, n, "s" if len(flows) > 1 else "", " and ".join(flows), "" if len(flows) > 1 else "s"),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 4. style-numbered.docx
# --------------------------------------------------------------------------
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WQ = "{%s}" % W_NS

DOCX_STYLES = """<w:styles xmlns:w="%s">
<w:style w:type="paragraph" w:customStyle="1" w:styleId="ChapterHeading"><w:name w:val="Chapter Heading"/>
<w:basedOn w:val="Heading1"/><w:next w:val="ReviewPara"/><w:qFormat/>
<w:pPr><w:keepNext/><w:numPr><w:numId w:val="40"/></w:numPr><w:spacing w:before="360" w:after="160"/>
<w:ind w:left="720" w:hanging="720"/></w:pPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="ReviewBase"><w:name w:val="Review Base"/>
<w:basedOn w:val="Normal"/><w:qFormat/>
<w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="40"/></w:numPr><w:spacing w:after="160" w:line="264"
w:lineRule="auto"/><w:ind w:left="720" w:hanging="720"/><w:jc w:val="both"/></w:pPr>
<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="22"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="ReviewPara"><w:name w:val="Review Paragraph"/>
<w:basedOn w:val="ReviewBase"/><w:qFormat/><w:pPr><w:spacing w:after="200"/></w:pPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="BoxPara"><w:name w:val="Box Paragraph"/>
<w:basedOn w:val="ReviewPara"/><w:pPr><w:spacing w:before="60" w:after="120"/><w:ind w:left="680" w:hanging="680"/>
</w:pPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="BoxTitle"><w:name w:val="Box Title"/>
<w:basedOn w:val="Normal"/><w:next w:val="BoxPara"/><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="60"/></w:pPr>
<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:b/><w:color w:val="1F4E79"/><w:sz w:val="22"/></w:rPr>
</w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="InterludeHeading"><w:name w:val="Interlude Heading"/>
<w:basedOn w:val="Heading2"/><w:next w:val="ReviewPara"/><w:pPr><w:spacing w:before="240" w:after="120"/></w:pPr>
</w:style>
</w:styles>""" % W_NS

DOCX_NUMBERING = """<w:numbering xmlns:w="%s">
<w:abstractNum w:abstractNumId="40"><w:nsid w:val="5C2A14E1"/><w:multiLevelType w:val="multilevel"/>
<w:tmpl w:val="0C09001F"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="ChapterHeading"/>
<w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="720"/></w:pPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="ReviewBase"/>
<w:lvlText w:val="%%1.%%2"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="720"/></w:pPr>
<w:rPr><w:b w:val="0"/></w:rPr></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%%3)"/><w:lvlJc w:val="left"/>
<w:pPr><w:ind w:left="1440" w:hanging="720"/></w:pPr></w:lvl>
</w:abstractNum>
<w:num w:numId="40"><w:abstractNumId w:val="40"/></w:num>
<w:num w:numId="41"><w:abstractNumId w:val="40"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="6"/></w:lvlOverride>
</w:num>
</w:numbering>""" % W_NS

INTERLUDE = [
    "Mr R\u2019s son asked that his words be included in the review as he wrote them. They are not part of "
    "the reviewer\u2019s analysis and have not been edited, except to remove names.",
    "\u201cMy father was a proud man who had looked after other people all his life. He found it very hard "
    "to ask for help, and harder still to accept it from strangers. I do not think anyone meant him harm. I "
    "think that everyone was waiting for somebody else to act, and that he fell between them.\u201d",
]


def resolve_docx_labels(z):
    """A small model of Word's numbering: numPr from the paragraph or its style chain (w:basedOn), numId 0
    switches numbering off, counters per abstractNum shared by every w:num that uses it, a startOverride
    applied on the first paragraph of its w:num at that level, lower levels restarted by a higher one.
    Returns [(label, text, page)] for paragraphs at level 1, in document order."""
    from lxml import etree
    doc = etree.fromstring(z.read("word/document.xml"))
    sty = etree.fromstring(z.read("word/styles.xml"))
    num = etree.fromstring(z.read("word/numbering.xml"))
    styles = {s.get(WQ + "styleId"): s for s in sty.iter(WQ + "style")}

    def style_numpr(sid):
        while sid:
            s = styles[sid]
            np_ = s.find(WQ + "pPr/" + WQ + "numPr")
            if np_ is not None:
                nid = np_.find(WQ + "numId")
                il = np_.find(WQ + "ilvl")
                return (int(nid.get(WQ + "val")) if nid is not None else None,
                        int(il.get(WQ + "val")) if il is not None else None)
            b = s.find(WQ + "basedOn")
            sid = b.get(WQ + "val") if b is not None else None
        return None, None

    nums, absn = {}, {}
    for n_ in num.iter(WQ + "num"):
        ov = {int(o.get(WQ + "ilvl")): int(o.find(WQ + "startOverride").get(WQ + "val"))
              for o in n_.iter(WQ + "lvlOverride")}
        nums[int(n_.get(WQ + "numId"))] = (int(n_.find(WQ + "abstractNumId").get(WQ + "val")), ov)
    for a in num.iter(WQ + "abstractNum"):
        absn[int(a.get(WQ + "abstractNumId"))] = {int(lv.get(WQ + "ilvl")): lv for lv in a.iter(WQ + "lvl")}
    counters, seen, out, page = {}, set(), [], 1
    for p in doc.iter(WQ + "p"):
        page += sum(1 for br in p.iter(WQ + "br") if br.get(WQ + "type") == "page")
        ps = p.find(WQ + "pPr/" + WQ + "pStyle")
        sid = ps.get(WQ + "val") if ps is not None else "Normal"
        nid, il = style_numpr(sid)
        dn = p.find(WQ + "pPr/" + WQ + "numPr")
        if dn is not None:
            e = dn.find(WQ + "numId")
            if e is not None:
                nid = int(e.get(WQ + "val"))
            e = dn.find(WQ + "ilvl")
            if e is not None:
                il = int(e.get(WQ + "val"))
        if not nid:
            continue
        il = il or 0
        aid, ov = nums[nid]
        lv = absn[aid]
        cnt = counters.setdefault(aid, {})
        if il in ov and (nid, il) not in seen:
            cnt[il] = ov[il]
        elif il in cnt:
            cnt[il] += 1
        else:
            cnt[il] = int(lv[il].find(WQ + "start").get(WQ + "val"))
        seen.add((nid, il))
        for deeper in [k for k in cnt if k > il]:
            del cnt[deeper]
        fmt = lv[il].find(WQ + "lvlText").get(WQ + "val")
        label = re.sub(r"%(\d)", lambda m, cnt=cnt: str(cnt.get(int(m.group(1)) - 1, 0)), fmt)
        text = "".join(t.text or "" for t in p.iter(WQ + "t"))
        if il == 1:
            out.append((label, text, page))
    return out


def make_style_docx(out, pm):
    import datetime

    import docx
    from docx.oxml import parse_xml
    path = out / "style-numbered.docx"
    doc = docx.Document()
    cp = doc.core_properties
    cp.title = "Safeguarding Adults Review: Mr R (FICTIONAL)"
    cp.author = "Sedgebarrow Safeguarding Adults Board"
    cp.last_modified_by = "Review business unit"
    cp.created = cp.modified = datetime.datetime(2024, 5, 20, 9, 0, 0)
    cp.revision = 7
    cp.comments = FICT
    # styles and numbering
    st_el = doc.styles.element
    for s_ in parse_xml(DOCX_STYLES):
        st_el.append(s_)
    num_el = doc.part.numbering_part.element
    new = parse_xml(DOCX_NUMBERING)
    first_num = num_el.find(WQ + "num")
    for el in list(new):
        if el.tag == WQ + "abstractNum" and first_num is not None:
            first_num.addprevious(el)
        else:
            num_el.append(el)
    body = doc.element.body
    sect = body.find(WQ + "sectPr")
    sect.find(WQ + "pgSz").attrib.update({WQ + "w": "11906", WQ + "h": "16838"})  # A4
    sect.find(WQ + "pgMar").attrib.update({WQ + "left": "1440", WQ + "right": "1440"})

    def add(xml):
        sect.addprevious(parse_xml(xml))

    def run(t, rpr=""):
        return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, _h.escape(t, quote=False))

    def para(style, text, extra_ppr="", rpr=""):
        return ('<w:p xmlns:w="%s"><w:pPr><w:pStyle w:val="%s"/>%s</w:pPr>%s</w:p>'
                % (W_NS, style, extra_ppr, run(text, rpr) if text else ""))

    def page_break():
        add('<w:p xmlns:w="%s"><w:r><w:br w:type="page"/></w:r></w:p>' % W_NS)

    add(para("Normal", FICT, rpr="<w:rPr><w:b/><w:color w:val=\"C00000\"/></w:rPr>"))
    add(para("Title", "Safeguarding Adults Review: Mr R"))
    add(para("Subtitle", "Sedgebarrow Safeguarding Adults Board \u2013 published version"))
    add(para("Normal", "Independent reviewer: Ruth Abernethy-Coles (an invented person). Published June 2024."))
    add(para("Normal", "In this published version paragraphs 4.3 to 4.5 have been removed to protect the privacy "
                       "of a family member. The remaining paragraphs keep their original numbers."))
    add(para("Heading2", "Contents"))
    chapters = [("Introduction", [90, 75, 85]), ("Mr R and his family", [95, 80, 100]),
                ("How agencies responded", [80, 70, "BOX", 60, 65, "ENDBOX", 75]),
                ("Analysis", [85, 75, "REDACT", 80, 70, 65]), ("Recommendations", [70, 60, 65])]
    for i, (t, _) in enumerate(chapters, 1):
        add(para("Normal", "%d.\t%s" % (i, t), '<w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs>'
                 '<w:spacing w:after="40"/>'))
        if i == 2:
            add(para("Normal", "\tIn his son\u2019s words", '<w:tabs><w:tab w:val="left" w:pos="720"/>'
                     '</w:tabs><w:spacing w:after="40"/>'))
    page, result, texts, n_words = 1, [], [], {}
    redact_note = "[Paragraphs 4.3 to 4.5 have been removed from the published version.]"
    for ci, (title, parts) in enumerate(chapters, 1):
        page_break()
        page += 1
        if ci == 3:  # the interlude, on its own page before chapter 3
            add(para("InterludeHeading", "In his son\u2019s words"))
            for t in INTERLUDE:
                add(para("ReviewPara", t, '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>'
                         '<w:ind w:left="0" w:hanging="0"/>', "<w:rPr><w:i/></w:rPr>"))
            page_break()
            page += 1
        add(para("ChapterHeading", title))
        k, box, jumped = 0, None, False
        n_words[page] = len(title.split())
        for part in parts:
            if part == "BOX":
                box = []
                continue
            if part == "ENDBOX":
                cell = "".join(box)
                add('<w:tbl xmlns:w="%s"><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblInd w:w="0" '
                    'w:type="dxa"/><w:tblBorders><w:top w:val="single" w:sz="8" w:space="0" w:color="1F4E79"/>'
                    '<w:left w:val="single" w:sz="8" w:space="0" w:color="1F4E79"/><w:bottom w:val="single" '
                    'w:sz="8" w:space="0" w:color="1F4E79"/><w:right w:val="single" w:sz="8" w:space="0" '
                    'w:color="1F4E79"/></w:tblBorders><w:tblCellMar><w:left w:w="170" w:type="dxa"/><w:right '
                    'w:w="170" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>'
                    '<w:gridCol w:w="9026"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="9026" w:type="dxa"/>'
                    '<w:shd w:val="clear" w:color="auto" w:fill="E4EDF6"/></w:tcPr>%s</w:tc></w:tr></w:tbl>'
                    % (W_NS, cell))
                add(para("Normal", ""))
                box = None
                continue
            if part == "REDACT":
                add(para("Normal", redact_note, '<w:spacing w:after="200"/><w:ind w:left="720"/>',
                         "<w:rPr><w:i/></w:rPr>"))
                k, jumped = 5, True
                continue
            k += 1
            label = "%d.%d" % (ci, k)
            text = pm.make(part, "adult")
            texts.append(text)
            n_words[page] += len(text.split())
            if box is not None:
                if not box:
                    box.append(para("BoxTitle", "Learning point: leaving hospital").replace(
                        ' xmlns:w="%s"' % W_NS, ""))
                box.append(para("BoxPara", text).replace(' xmlns:w="%s"' % W_NS, ""))
            elif jumped and k == 6:
                add(para("ReviewPara", text, '<w:numPr><w:ilvl w:val="1"/><w:numId w:val="41"/></w:numPr>'))
            else:
                add(para("ReviewPara", text))
            result.append(entry(label, page, text))
    add(para("Normal", "This review was commissioned by the Sedgebarrow Safeguarding Adults Board. "
                       "All names are invented. " + FICT, '<w:spacing w:before="480"/>',
             "<w:rPr><w:sz w:val=\"18\"/></w:rPr>"))
    check_lengths(path.name, texts)
    check_count(path.name, result)
    if max(n_words.values()) > 460:
        raise AssertionError("style-numbered.docx: a page holds %d words" % max(n_words.values()))
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_fix_zip(buf.getvalue()))

    z = zipfile.ZipFile(path)
    got = resolve_docx_labels(z)
    if [g[0] for g in got] != [d["label"] for d in result]:
        raise AssertionError("style-numbered.docx: labels %r" % [g[0] for g in got])
    for (lab, t, pg), d in zip(got, result, strict=True):
        if pg != d["page"] or not t.startswith(d["starts_with"]) or not t.endswith(d["ends_with"]):
            raise AssertionError("style-numbered.docx mismatch at " + lab)
    xml = z.read("word/document.xml").decode()
    if xml.count('<w:numPr>') != 3 or '<w:numId w:val="41"/>' not in xml or "<w:tbl>" not in xml:
        raise AssertionError("style-numbered.docx: direct numbering")
    labels = [d["label"] for d in result]
    if labels[labels.index("4.2") + 1:labels.index("4.2") + 3] != ["4.6", "4.7"]:
        raise AssertionError("style-numbered.docx: jump")
    return {
        "note": ("Word document whose numbering is carried by paragraph styles: no numbered paragraph has "
                 "numbering of its own except one. 'Chapter Heading' (basedOn Heading1) has numPr numId 40 "
                 "(level 0, '%1.'); 'Review Base' has numPr ilvl 1 numId 40 (level 1, '%1.%2'); body "
                 "paragraphs are in 'Review Paragraph', basedOn 'Review Base' with no numPr of its own, so "
                 "the number comes through w:basedOn; the two paragraphs in the shaded one-cell table "
                 "(3.3, 3.4, after an unnumbered bold 'Learning point' title in the cell) are in 'Box "
                 "Paragraph', basedOn 'Review Paragraph', and continue the chapter's count. Page 4 is an "
                 "unnumbered interlude ('In his son's words') whose two paragraphs are in 'Review "
                 "Paragraph' with a direct numPr numId 0 (numbering off): not numbered paragraphs. In chapter 4 "
                 "a bracketed note says paragraphs 4.3-4.5 were removed; the next paragraph has a direct numPr "
                 "with numId 41, a second w:num of the same abstractNum with lvlOverride ilvl 1 startOverride "
                 "6, so it is 4.6; the paragraphs after it are back on numId 40 through the style and, since "
                 "Word keeps one counter per abstractNum, are 4.7 and 4.8 (not 4.3). A title page with a "
                 "typed contents list ('3.<tab>How agencies responded'), which is not numbering. Page = "
                 "explicit page breaks before the paragraph + 1; each chapter starts a page."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 5. anchors.html
# --------------------------------------------------------------------------
NOTES_K = [
    "Castlegate Safeguarding Children Partnership, Multi-agency Escalation Protocol (2022), section 2.",
    "The records of ten agencies were examined for the period from January 2022 to May 2023.",
    "Child K\u2019s mother took part in the review; her father was written to but did not reply.",
    "The school has changed its procedure since these events and now telephones the front door.",
    "See the Partnership\u2019s neglect strategy (2021), which had not been launched at the time.",
    "Figures from the police missing persons database, which counts each report separately.",
    "The learning event was held online and was attended by fourteen practitioners.",
    "The Partnership\u2019s response to the recommendations is published alongside this report.",
]


def make_anchors(out, pm):
    from lxml import html as lh
    path = out / "anchors.html"
    plan = [("introduction", "Introduction", [80, 95, "TABLE", 70]),
            ("family", "Child K and her family", [90, 75, 85]),
            ("episodes", "Key episodes", [100, 90, 110, 85, 95]),
            ("analysis", "Analysis", [105, 90, 95, 100, 85]),
            ("recommendations", "Recommendations", [75, 70, 80])]
    secs, toc, result, texts, n, fn = [], [], [], [], 0, 0
    for sid, title, lens in plan:
        toc.append('<li><a href="#%s">%s</a></li>' % (sid, title))
        parts = ['<section id="%s" aria-labelledby="%s-h">' % (sid, sid),
                 '<h2 id="%s-h">%s</h2>' % (sid, _h.escape(title))]
        for tw in lens:
            if tw == "TABLE":
                parts.append('<table class="data-table"><caption>Agencies that contributed to the review'
                             '</caption>\n<thead><tr><th scope="col">Agency</th><th scope="col">Contribution'
                             '</th></tr></thead>\n<tbody>'
                             '<tr><td>Castlegate Children\u2019s Services</td><td>chronology, interviews</td></tr>'
                             '<tr><td>Swanholme Police</td><td>chronology</td></tr>'
                             '<tr><td>Castlegate Community Health</td><td>chronology, learning event</td></tr>'
                             '<tr><td>Amberley Chase Academy</td><td>chronology, interviews</td></tr>'
                             '</tbody></table>')
                continue
            n += 1
            text = pm.make(tw, "child")
            texts.append(text)
            words = [_h.escape(w, quote=False) for w in text.split()]
            nw = len(words)
            if n % 2 == 1 and fn < len(NOTES_K):  # a footnote link after a word ending a sentence
                cand = [i for i in range(9, nw - 8) if words[i].endswith(".")]
                at = cand[len(cand) // 2]
                fn += 1
                words[at] += ('<sup class="fn-ref" id="ref-%d"><a href="#note-%d" aria-describedby="notes-h">'
                              '%d</a></sup>' % (fn, fn, fn))
            if n in (9, 15):  # a cross-reference at the end of a sentence in mid-paragraph
                ends_ = [i for i in range(9, nw - 8) if words[i].endswith(".") and "<" not in words[i]]
                i = min(ends_, key=lambda i: abs(i - nw // 2))
                words[i] = words[i][:-1] + ' (see <a class="para-ref" href="#para-%d">paragraph %d</a>).' % (
                    n - 5, n - 5)
            if n in (6, 13):
                mid = nw // 2
                words[mid] = "<em>" + words[mid]
                words[mid + 2] += "</em>"
            parts.append('<p class="para" id="para-%d"><a class="para-num" href="#para-%d"><span '
                         'class="visually-hidden">Paragraph </span>%d</a> %s</p>' % (n, n, n, " ".join(words)))
            result.append(entry(str(n), None, text))
        parts.append('<p class="back-to-top"><a href="#top">Back to top</a></p>')
        parts.append("</section>")
        secs.append("\n".join(parts))
    notes = "\n".join('<p id="note-%d"><a class="note-num" href="#ref-%d">%d</a> %s <a class="note-back" '
                      'href="#ref-%d" aria-label="Back to reference %d">\u21a9</a></p>'
                      % (k, k, k, _h.escape(t, quote=False), k, k) for k, t in enumerate(NOTES_K[:fn], 1))
    check_lengths(path.name, texts)
    check_count(path.name, result)
    doc = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Child Safeguarding Practice Review: Child K \u2013 Castlegate Safeguarding Children Partnership
(FICTIONAL)</title>
<style>
body {{ font-family: Georgia, serif; max-width: 46em; margin: 0 auto; padding: 0 1em; line-height: 1.55; }}
.visually-hidden {{ position: absolute !important; width: 1px; height: 1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; }}
p.para {{ margin: 0 0 1em 3.2em; }}
a.para-num {{ float: left; margin-left: -3.2em; width: 2.6em; text-align: right; font: bold 0.85em/1.9 Arial,
  sans-serif; color: #6b6b6b; text-decoration: none; }}
a.para-num:hover {{ text-decoration: underline; }}
sup.fn-ref a {{ text-decoration: none; }}
.back-to-top {{ text-align: right; font-size: 0.85em; margin: 0 0 2em; }}
section.notes p {{ font-size: 0.85em; margin: 0 0 0.6em 3.2em; }}
a.note-num {{ float: left; margin-left: -3.2em; width: 2.6em; text-align: right; font-weight: bold; color: #6b6b6b;
  text-decoration: none; }}
table.data-table {{ border-collapse: collapse; margin: 0 0 1.2em 3.2em; }}
table.data-table td, table.data-table th {{ border-bottom: 1px solid #ccc; padding: 0.25em 0.8em 0.25em 0;
  text-align: left; }}
</style>
</head>
<body id="top">
<a class="skip-link" href="#content">Skip to content</a>
<header class="site-header"><p class="site-name"><a href="/">Castlegate Safeguarding Children Partnership</a></p>
<nav aria-label="Site"><a href="/reviews">Published reviews</a> | <a href="/training">Training</a> |
<a href="/report-a-concern">Report a concern</a></nav></header>
<main id="content">
<h1>Child Safeguarding Practice Review: Child K</h1>
<p class="strapline"><strong>{FICT}.</strong> Overview report by the independent reviewer, Marguerite Olabode-Finch
(an invented person). Published 9 September 2024. Every name in this report is invented.</p>
<nav class="toc" aria-labelledby="toc-h"><h2 id="toc-h">Contents</h2>
<ol>
{chr(10).join(toc)}
<li><a href="#notes">Notes</a></li>
</ol></nav>
{chr(10).join(secs)}
<section class="notes" id="notes" aria-labelledby="notes-h">
<h2 id="notes-h">Notes</h2>
{notes}
<p class="back-to-top"><a href="#top">Back to top</a></p>
</section>
</main>
<footer class="site-footer"><p>Castlegate Safeguarding Children Partnership (an invented partnership) \u2013
<a href="/accessibility">Accessibility</a> \u2013 <a href="/privacy">Privacy</a></p>
<p>Page last reviewed: 12 September 2024</p></footer>
</body>
</html>
"""
    path.write_text(doc, encoding="utf-8")

    # read back: each p.para's number is its a.para-num without the hidden span; the text is the rest, less
    # footnote links; notes are not p.para
    tree = lh.fromstring(path.read_bytes())
    found = []
    for p in tree.xpath('//p[@class="para"]'):
        a = p.xpath('./a[@class="para-num"]')[0]
        hidden = a.xpath('./span[@class="visually-hidden"]')[0].text_content()
        num = a.text_content()[len(hidden):]
        if p.get("id") != "para-" + num or hidden != "Paragraph ":
            raise AssertionError("anchors.html: paragraph id")
        for sup in p.xpath('.//sup[@class="fn-ref"]'):
            sup.drop_tree()
        a.drop_tree()
        found.append((num, " ".join(p.text_content().split())))
    if [f[0] for f in found] != [d["label"] for d in result]:
        raise AssertionError("anchors.html: labels differ")
    xrefs = 0
    for (lab, body_), t in zip(found, texts, strict=True):
        shown = re.sub(r" \(see paragraph \d+\)\.", ".", body_)
        xrefs += shown != body_
        if shown != " ".join(t.split()):
            raise AssertionError("anchors.html mismatch at " + lab)
    note_ps = tree.xpath('//section[@class="notes"]/p[starts-with(@id, "note-")]')
    if len(note_ps) != fn or fn < 6 or xrefs != 2:
        raise AssertionError("anchors.html: notes or cross-references")
    return {
        "note": ("Partnership web page: skip link, header, h1, a strapline with the FICTIONAL label, a contents "
                 "<nav>, then five <section>s, each an <h2> and paragraphs 1-%d marked up as <p class=\"para\" "
                 "id=\"para-12\"><a class=\"para-num\" href=\"#para-12\"><span class=\"visually-hidden\">"
                 "Paragraph </span>12</a> text</p> (the number floated into the left margin by CSS; the label "
                 "is '12', not 'Paragraph 12'), and a 'Back to top' link closing each section. Every other "
                 "paragraph has a footnote link <sup class=\"fn-ref\"><a href=\"#note-3\">3</a></sup> after a "
                 "sentence in mid-text (never among the key words); paragraphs 9 and 15 contain a "
                 "cross-reference '(see paragraph 4)' linking to another paragraph; paragraphs 6 and 13 have "
                 "an <em> phrase. After the introduction's second paragraph, a table of contributing "
                 "agencies (not a paragraph). At the end a 'Notes' section of %d notes marked up almost like "
                 "the paragraphs (<p id=\"note-3\"><a class=\"note-num\" href=\"#ref-3\">3</a> text <a "
                 "class=\"note-back\">\u21a9</a></p>), numbered 1-%d: notes are not paragraphs. Pages are null.")
                % (n, fn, fn),
        "paragraphs": result,
    }


def main(out: pathlib.Path) -> None:
    out = pathlib.Path(out)
    out.mkdir(parents=True, exist_ok=True)
    pm = ParaMaker()
    exp = {}
    exp["booklet.pdf"] = make_booklet(out, pm)
    exp["indent.pdf"] = make_indent(out, pm)
    exp["badges.pdf"] = make_badges(out, pm)
    exp["style-numbered.docx"] = make_style_docx(out, pm)
    exp["anchors.html"] = make_anchors(out, pm)
    allp = [p for v in exp.values() for p in v["paragraphs"]]
    for key in ("starts_with", "ends_with"):
        vals = [" ".join(norm(p[key])) for p in allp]
        if len(set(vals)) != len(vals):
            raise AssertionError("duplicate " + key)
    (out / "expected.json").write_text(json.dumps(exp, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
