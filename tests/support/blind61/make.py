"""Blind fixture generator 61: five FICTIONAL review documents WRITTEN INTO FORMS AND FILL-IN TEMPLATES, each with the
traps such files really have: a safeguarding adults review typed into a board's fillable PDF template and saved with
its fields live, a rapid review typed into a partnership's PDF form and flattened, a domestic homicide review written
into a Word template of content controls, a learning review typed into an online service and its "check your answers"
page saved, and a thematic review submitted through an online form whose responses were saved from a spreadsheet as
tab-delimited text.

FICTIONAL \u2013 for software testing. Run: python make.py [outdir] (a few seconds: everything is built twice and the
bytes compared). Needs reportlab (only to measure Helvetica), pypdf, pdfplumber and lxml; no system fonts, no network.
Every generator checks its own key with pypdf/pdfplumber/lxml/csv, never with the project's parser.

fillable.pdf    a SAFEGUARDING ADULTS REVIEW TYPED INTO A BOARD'S FILLABLE PDF TEMPLATE (AcroForm), SAVED WITH ITS
                FIELDS LIVE: the page content holds only the template (a title band, "How to use this form"
                instructions numbered "1." to "4.", labels, grey guidance, footers); THE REPORT'S PARAGRAPHS ARE THE
                VALUES OF MULTILINE TEXT FIELDS (/V, paragraphs parted by "\\r\\r"), one field a section; the section 4
                rows are TWO FIELDS EACH, the paragraph number ("4.2") in a small field and the text in a large one
                beside it. Some fields have APPEARANCE STREAMS (filled in Acrobat), some have NONE (set by a merge
                script that wrote /V only, /NeedAppearances true): sections 2 and 4's texts are in no content stream
                at all; section 3's appearance stream is STALE (made before its last paragraph, 3.4, was added: the
                /V holds it, the appearance does not). The widgets in /Annots and the fields in /Fields are not in
                reading order (section 3's box before section 2's; all number fields of a page before all text
                fields). A "Review reference" field with a widget on every page, checkboxes for the type of review, a
                tooltip (/TU) on every field ("Number your paragraphs 1.1, 1.2 ..."), "Print form" and "Clear form"
                buttons, an unsigned signature field and a "Note to the board's business unit (not for
                publication)" box whose value opens "4.2 and 5.1 still need ..."
flattened.pdf   a RAPID REVIEW OF A SERIOUS INCIDENT TYPED INTO A PARTNERSHIP'S PDF FORM AND FLATTENED (no AcroForm,
                no widgets left): the template's text first in every content stream, then each field's former
                appearance as a FORM XOBJECT drawn by "q 1 0 0 1 x y cm /FmN Do Q" in the order of the page's old
                widgets (section 3's box before section 2's, the reference drawn last); each box's text in its own
                AUTO-FITTED SIZE (Helvetica 7.9 pt in one box, 11.8 pt in another), clipped to the box; the reference a
                COMB FIELD (one character a cell, "B S C P - R R ..."); square-style checkboxes and circle-style radio
                buttons drawn in ZapfDingbats ("n", "l"); an unused box printing its DEFAULT VALUE "Type here"; section
                3's last paragraph cut by the author at the box's foot with "[continued on the continuation sheet]"
                and carried on at the top of page 3 in the CONTINUATION SHEET box after "Section 3 (continued from
                page 2):"
template.docx   a DOMESTIC HOMICIDE REVIEW WRITTEN INTO A PARTNERSHIP'S WORD TEMPLATE OF CONTENT CONTROLS: every
                section a table (a shaded title cell "3.  Summary of events" with the template's grey guidance in
                it, then a cell holding the control); sections 1, 3 and 5 are MULTI-LINE PLAIN TEXT CONTROLS (w:text
                w:multiLine) in which the author pressed Enter, so ALL OF A SECTION'S NUMBERED PARAGRAPHS ARE ONE
                WORD PARAGRAPH parted by soft line breaks (<w:br/>: two between paragraphs in 1 and 5, one in 3);
                section 2 a rich text control of "2.1<TAB>" paragraphs followed by an unused control still showing
                "Click or tap here to enter text."; section 4 a table of terms of reference ("ToR 2 \u2013 Were risk
                assessments ...") beside rich text controls, the third left at its placeholder; a document control
                table (plain text, drop-down, date picker, an unused "Author" control, a check box "\u2610" in MS
                Gothic), an action plan of unused rows numbered "1" and "2" ("Choose an item.", "Click or tap to
                enter a date."), a declaration check box "\u2612", the title in the header a control bound to the
                document's core properties, a glossary part holding the placeholders
answers.html    a LOCAL LEARNING REVIEW TYPED INTO AN ONLINE SERVICE, ITS "CHECK YOUR ANSWERS" PAGE SAVED FROM THE
                BROWSER: a service header, a "BETA" phase banner, a back link, "Check your answers before sending
                your review"; GOV.UK-style summary lists (<dl class="govuk-summary-list">: the question in a <dt>,
                the answer in a <dd>, a "Change" link with visually hidden words in the last <dd>); the review's
                paragraphs as ANSWERS written three ways: as <p class="govuk-body">s (section 1), as ONE TEXT NODE
                with the paragraphs parted by blank lines and shown by CSS white-space: pre-line (section 2), and
                with "<br><br>" between them (section 4); section 3's findings added one by one ("Add another
                finding") as SUMMARY CARDS "Finding 1" to "Finding 5" whose rows put the paragraph number ("3.2") in a
                "Paragraph number" answer and the text in a "What the review found" answer, with a "Who this finding
                is for" list after it and "Change" and "Remove" links; an unanswered question whose answer is an
                "Enter key dates" link; the declaration, an "Accept and send" button, a hidden CSRF input, the footer
responses.txt   a THEMATIC REVIEW SUBMITTED THROUGH AN ONLINE FORM, ITS RESPONSES EXPORTED TO A SPREADSHEET AND SAVED
                AS "TEXT (TAB DELIMITED)" (Windows-1252, CRLF between rows): a header row of the form's columns (ID,
                times, e-mail, then the questions, "Section 3: What the review found (number your paragraphs 3.1, 3.2
                and so on)"); a TEST RESPONSE first ("test", "please ignore"); then the real response, ONE ROW whose
                long answers are QUOTED CELLS WITH LINE BREAKS (LF) INSIDE, paragraphs parted by an empty line: the
                first paragraph of every section begins in mid-line after the row's earlier cells, a tab and the
                opening quote ('...;Fire and rescue;<TAB>"1.1 The ...'), and the last paragraph of a section ends
                '... in June."<TAB>"2.1 The ...' with the next section's first paragraph on the same line; straight
                quotes typed in the browser doubled inside cells (""personal choice""); multi-choice answers with
                trailing semicolons; an "Anything else we should know? (not published)" answer opening "3.2 and 3.3
                draw on ..."

Judgement calls (as in earlier rounds, what a practitioner citing the report would expect):
- the label is the paragraph number as typed, without a trailing stop: "3.2";
- what the form, the template, the service and the form builder added is no paragraph and no paragraph's text: field
  labels and tooltips, instructions and guidance (numbered or not), prompts and placeholders left in, default values,
  check boxes and radio buttons, buttons, the review reference, "Change" and "Remove" links, "Finding 2" card titles,
  the export's column headers, fixed columns and test response; so are the author's notes in boxes marked "not for
  publication" / "not published" and the author's own continuation markers;
- a paragraph goes on over a form's boxes when its author carried it on (flattened.pdf 3.3);
- pages: physical and 1-based for PDF (a field's page is its widget's page); DOCX pages are counted from explicit
  breaks: page = 1 + the page breaks (<w:br w:type="page"/>) before the Word paragraph holding the paragraph's start.
  HTML and plain text: null.
"""
import csv
import io
import os
import pathlib
import re
import sys
import zipfile

if __package__ in (None, ""):
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

    from blindkit import harness as _harness  # type: ignore
    from blindkit.draw import A4, sw, wrap  # type: ignore
    from blindkit.keys import check_count, check_lengths, entry  # type: ignore
    from blindkit.markup import XML_HEAD, hesc, xesc, zip_parts  # type: ignore
    from blindkit.rawpdf import RawPDF, lit, pdf_text  # type: ignore

    _text = _harness.load(__file__, "blind61_text", "text.py")
else:
    from ..blindkit import harness as _harness
    from ..blindkit.draw import A4, sw, wrap
    from ..blindkit.keys import check_count, check_lengths, entry
    from ..blindkit.markup import XML_HEAD, hesc, xesc, zip_parts
    from ..blindkit.rawpdf import RawPDF, lit, pdf_text
    from . import text as _text

ParaMaker, norm, contains_seq = _text.ParaMaker, _text.norm, _text.contains_seq
FICT, INVENTED = _text.FICT, _text.INVENTED
W, H = A4
L, R = 50.0, 545.0
NAVY, TEAL, GREY, BLACK, WHITE = (0.12, 0.23, 0.36), (0.0, 0.40, 0.42), (0.35, 0.35, 0.35), (0, 0, 0), (1, 1, 1)
FIELD_BG, FIELD_BORDER = (0.91, 0.93, 0.96), (0.55, 0.58, 0.62)
HELV = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Helvetica-Oblique"}


def enc(s):
    """A string as a PDF literal in WinAnsiEncoding (what Helvetica's /Encoding says)."""
    return lit(s.encode("cp1252"))


def num(v):
    s = f"{v:.2f}".rstrip("0").rstrip(".")
    return s if s not in ("-0", "") else "0"


def rgb(c):
    return " ".join(num(v) for v in c)


class Ops:
    """A content stream's operators."""

    def __init__(self):
        self.ops = []

    def text(self, x, y, s, font="F1", size=9.0, colour=BLACK):
        self.ops.append(f"BT /{font} {num(size)} Tf {rgb(colour)} rg {num(x)} {num(y)} Td {enc(s)} Tj ET")

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.5):
        if fill is not None:
            self.ops.append(f"{rgb(fill)} rg {num(x)} {num(y)} {num(w)} {num(h)} re f")
        if stroke is not None:
            self.ops.append(f"{num(lw)} w {rgb(stroke)} RG {num(x)} {num(y)} {num(w)} {num(h)} re S")

    def line(self, x1, y1, x2, y2, colour=GREY, lw=0.5):
        self.ops.append(f"{num(lw)} w {rgb(colour)} RG {num(x1)} {num(y1)} m {num(x2)} {num(y2)} l S")

    def circle(self, cx, cy, r, colour=FIELD_BORDER, lw=0.75):
        k = 0.5523 * r
        self.ops.append(
            f"{num(lw)} w {rgb(colour)} RG {num(cx + r)} {num(cy)} m {num(cx + r)} {num(cy + k)} {num(cx + k)} "
            f"{num(cy + r)} {num(cx)} {num(cy + r)} c {num(cx - k)} {num(cy + r)} {num(cx - r)} {num(cy + k)} "
            f"{num(cx - r)} {num(cy)} c {num(cx - r)} {num(cy - k)} {num(cx - k)} {num(cy - r)} {num(cx)} "
            f"{num(cy - r)} c {num(cx + k)} {num(cy - r)} {num(cx + r)} {num(cy - k)} {num(cx + r)} {num(cy)} c S")

    def data(self):
        return ("\n".join(self.ops) + "\n").encode("latin-1")


def centred(ops, y, s, font, size, colour):
    ops.text((W - sw(s, HELV[font], size)) / 2, y, s, font, size, colour)


def wrap_value(value, width, size):
    """A multiline field's value ("\\r" between lines the author typed) wrapped as a viewer wraps it: [line]."""
    out = []
    for typed in value.split("\r"):
        if not typed:
            out.append("")
            continue
        out += [" ".join(ln) for ln in wrap(typed.split(), width, lambda z: sw(z, "Helvetica", size))]
    return out


def tx_appearance(w, h, lines, size, bg=True, lead=None):
    """A text field's appearance stream as Acrobat writes it: the background and border from /MK, then the text in
    /Tx BMC ... EMC clipped to the box, a line a Td/Tj, from the top down."""
    lead = lead or size * 1.15
    ops = []
    if bg:
        ops.append(f"{rgb(FIELD_BG)} rg 0 0 {num(w)} {num(h)} re f")
        ops.append(f"{rgb(FIELD_BORDER)} RG 1 w 0.5 0.5 {num(w - 1)} {num(h - 1)} re S")
    ops.append("/Tx BMC")
    ops.append(f"q 1 1 {num(w - 2)} {num(h - 2)} re W n")
    if lines:
        ops.append(f"BT /Helv {num(size)} Tf 0 g")
        y0 = h - 2 - size * 0.93 if len(lines) > 1 or h > size * 2.2 else (h - size * 0.7) / 2
        ops.append(f"2 {num(y0)} Td")
        for k, ln in enumerate(lines):
            if k:
                ops.append(f"0 {num(-lead)} Td")
            if ln:
                ops.append(f"{enc(ln)} Tj")
        ops.append("ET")
    ops.append("Q")
    ops.append("EMC")
    return ("\n".join(ops) + "\n").encode("latin-1")


def comb_appearance(w, h, value, cells, size):
    """A comb field's appearance: the cell dividers, then one character centred in each cell."""
    cw = w / cells
    ops = [f"{rgb(FIELD_BG)} rg 0 0 {num(w)} {num(h)} re f",
           f"{rgb(FIELD_BORDER)} RG 1 w 0.5 0.5 {num(w - 1)} {num(h - 1)} re S"]
    ops += [f"{num(cw * k)} 0 m {num(cw * k)} {num(h)} l S" for k in range(1, cells)]
    ops += ["/Tx BMC", f"q 1 1 {num(w - 2)} {num(h - 2)} re W n", f"BT /Helv {num(size)} Tf 0 g"]
    x_prev = 0.0
    for k, ch in enumerate(value):
        x = cw * k + (cw - sw(ch, "Helvetica", size)) / 2
        ops.append(f"{num(x - x_prev)} {num((h - size * 0.7) / 2) if k == 0 else 0} Td {enc(ch)} Tj")
        x_prev = x
    ops += ["ET", "Q", "EMC"]
    return ("\n".join(ops) + "\n").encode("latin-1")


def button_appearance(w, h, ch, size, on, round_=False):
    """A check box's or radio button's appearance: its border (square or round), and when on the ZapfDingbats
    character of its style ("n" a square, "l" a dot)."""
    ops = []
    if round_:
        o = Ops()
        o.ops.append("1 g")
        o.circle(w / 2, h / 2, w / 2 - 0.5)
        ops += o.ops
    else:
        ops += ["1 g", f"0 0 {num(w)} {num(h)} re f", f"{rgb(FIELD_BORDER)} RG 1 w 0.5 0.5 {num(w - 1)} {num(h - 1)} "
                "re S"]
    if on:
        ops += ["q 1 1 " + f"{num(w - 2)} {num(h - 2)} re W n", f"BT /ZaDb {num(size)} Tf 0 g",
                f"{num((w - sw(ch, 'ZapfDingbats', size)) / 2)} {num((h - size * 0.7) / 2)} Td {enc(ch)} Tj", "ET",
                "Q"]
    return ("\n".join(ops) + "\n").encode("latin-1")


def xobject(pdf, data, w, h, fonts):
    res = " ".join(f"/{k} {v} 0 R" for k, v in fonts.items())
    return pdf.add(pdf.stream(data, f"/Type /XObject /Subtype /Form /BBox [0 0 {num(w)} {num(h)}] /Resources << "
                                    f"/Font << {res} >> >>"))


def font_objects(pdf):
    objs = {k: pdf.add(f"<< /Type /Font /Subtype /Type1 /BaseFont /{v} /Encoding /WinAnsiEncoding >>")
            for k, v in HELV.items()}
    objs["ZaDb"] = pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont /ZapfDingbats >>")
    return objs


def auto_size(value, w, h, hi=12.0, lo=6.0):
    """Acrobat's auto font size for a multiline field: the largest size (to 0.1 pt) at which the wrapped value fits."""
    size = hi
    while size > lo:
        lines = wrap_value(value, w - 4, size)
        if len(lines) * size * 1.15 + size * 0.3 <= h - 4:
            return size, lines
        size = round(size - 0.1, 1)
    raise AssertionError("value does not fit its box")


def paras_of(value):
    """A field value's numbered paragraphs [(label, text)], paragraphs parted by blank lines."""
    out = []
    for block in re.split(r"\r\r+|\n\n+", value):
        m = re.match(r"(\d+\.\d+) (.+)", block, re.S)
        if m:
            out.append((m.group(1), m.group(2)))
    return out


def shown_strings(stream):
    """The literal strings a content stream shows with Tj, decoded from WinAnsiEncoding, one a line."""
    out = []
    for m in re.finditer(r"\(((?:\\.|[^\\)])*)\) Tj", stream):
        raw = re.sub(r"\\([0-7]{3}|.)", lambda e: chr(int(e.group(1), 8)) if len(e.group(1)) == 3 else e.group(1),
                     m.group(1))
        out.append(raw.encode("latin-1").decode("cp1252"))
    return "\n".join(out)


def pdf_info(pdf, title, author, creator, producer, when):
    return pdf.add(f"<< /Title {pdf_text(title)} /Author {pdf_text(author)} /Subject {pdf_text(FICT)} /Creator "
                   f"{pdf_text(creator)} /Producer {pdf_text(producer)} /CreationDate (D:{when}+00'00') /ModDate "
                   f"(D:{when}+00'00') >>")


# --------------------------------------------------------------------------
# 1. fillable.pdf: a SAR typed into a board's fillable PDF template, its fields live
# --------------------------------------------------------------------------
FP_PLAN = {1: [78, 70, 84], 2: [86, 74, 80], 3: [72, 80, 76, 70], 4: [62, 58, 66, 60], 5: [74, 68, 72]}
FP_PAGES = 4


def fp_template(n):
    """Every page's template layer, and the boxes of its fields: {page: Ops}, {field name: (page, rect)}."""
    pages, boxes = {k: Ops() for k in range(1, n + 1)}, {}
    o = pages[1]
    o.rect(0, 770, W, 72, fill=NAVY)
    o.text(L, 818, _text.FP_BOARD, "F2", 10, WHITE)
    o.text(L, 790, _text.FP_TITLE, "F2", 17, WHITE)
    o.text(L, 752, _text.FP_FORM, "F3", 9, GREY)
    o.text(L, 740, f"{FICT}. {INVENTED}", "F1", 8, GREY)
    o.rect(L, 636, R - L, 92, fill=(0.96, 0.96, 0.93), stroke=(0.8, 0.8, 0.7))
    o.text(L + 8, 714, "How to use this form", "F2", 9.5)
    for k, s in enumerate(_text.FP_HOWTO):
        o.text(L + 8, 700 - 14 * k, s, "F1", 8.3)
    o.text(L, 614, "Part A: Review details", "F2", 11, NAVY)
    for k, (label, name, _v, _t) in enumerate(_text.FP_DETAILS):
        y = 594 - 21 * k
        o.text(L, y, label, "F1", 9)
        boxes[name] = (1, (230, y - 5, R, y + 11))
    o.text(L, 506, "Type of review", "F1", 9)
    for k, (name, label, _on) in enumerate(_text.FP_TYPES):
        y = 506 - 18 * k
        boxes[name] = (1, (230, y - 2, 241, y + 9))
        o.text(248, y, label, "F1", 9)
    o.text(L, 460, "Part B: The report", "F2", 11, NAVY)
    sec_top = {1: (1, 442, 236), 2: (2, 752, 516), 3: (2, 492, 66), 4: (3, 752, None), 5: (4, 752, 540)}
    for s, (pg, top, bottom) in sec_top.items():
        p = pages[pg]
        p.text(L, top, f"Section {s} \u2013 {_text.FP_SECTIONS[s - 1]}", "F2", 10)
        p.text(L, top - 12, _text.FP_GUIDE[s], "F3", 8, GREY)
        if bottom is not None:
            boxes[f"s{s}"] = (pg, (L, bottom, R, top - 18))
    p = pages[3]
    p.text(L, 722, "No.", "F2", 8.5)
    p.text(105, 722, "Paragraph", "F2", 8.5)
    for k in range(4):
        top = 716 - 118 * k
        boxes[f"s4_no_{k + 1}"] = (3, (L, top - 18, 98, top))
        boxes[f"s4_text_{k + 1}"] = (3, (105, top - 112, R, top))
    p = pages[4]
    p.text(L, 520, _text.FP_NOTE_LABEL, "F2", 9)
    boxes["note"] = (4, (L, 450, R, 512))
    p.text(L, 424, "Declaration", "F2", 11, NAVY)
    p.text(L, 410, "I confirm this report is the final version agreed with the review panel.", "F1", 8.5)
    for k, (label, name) in enumerate(_text.FP_SIGN):
        y = 384 - 40 * k
        p.text(L, y + 4, label, "F1", 9)
        boxes[name] = (4, (230, y - 6, R if k == 0 else 330, y + (24 if k == 0 else 12)))
        if k == 0:  # the signature field has no appearance: the template draws its box
            p.rect(230, y - 6, R - 230, 30, stroke=FIELD_BORDER, lw=0.75)
    boxes["print"] = (4, (L, 270, 150, 292))
    boxes["clear"] = (4, (160, 270, 260, 292))
    for k in range(1, n + 1):
        p = pages[k]
        if k > 1:
            p.text(L, 808, "Thornmere SAB \u2013 Safeguarding Adults Review \u2013 Overview Report", "F1", 8, GREY)
            p.line(L, 800, R, 800)
        p.text(390, 778 if k > 1 else 758, "Review reference", "F1", 7.5, GREY)
        boxes[f"ref_{k}"] = (k, (465, 774 if k > 1 else 754, R, 788 if k > 1 else 766))
        foot = _text.FP_FOOT.format(k=k, n=n)
        centred(p, 30, foot, "F1", 7.5, GREY)
    return pages, boxes


def make_fillable(out, pm):
    path = out / "fillable.pdf"
    values, result, texts = {}, [], []
    for s, sizes in FP_PLAN.items():
        paras = []
        for j, n_words in enumerate(sizes, 1):
            label, t = f"{s}.{j}", pm.make(n_words, "adult")
            texts.append(t)
            paras.append((label, t))
        if s == 4:
            for j, (label, t) in enumerate(paras, 1):
                values[f"s4_no_{j}"], values[f"s4_text_{j}"] = label, t
        else:
            values[f"s{s}"] = "\r\r".join(f"{lab} {t}" for lab, t in paras)
    pages, boxes = fp_template(FP_PAGES)
    for s, sizes in FP_PLAN.items():
        pg = boxes[f"s{s}" if s != 4 else "s4_text_1"][0]
        for j in range(1, len(sizes) + 1):
            result.append(entry(f"{s}.{j}", pg, texts[len(result)]))
    for _label, name, v, _t in _text.FP_DETAILS:
        values[name] = v
    values["note"] = _text.FP_NOTE
    values["sig_date"] = "17/01/2025"

    pdf = RawPDF()
    cat, pages_obj, acro = pdf.new(), pdf.new(), pdf.new()
    fonts = font_objects(pdf)
    page_objs = {k: pdf.new() for k in pages}
    helv = {"Helv": fonts["F1"]}
    annots = {k: [] for k in pages}
    fields = {}

    def widget(name, extra, ap=None, parent=None):
        pg, (x1, y1, x2, y2) = boxes[name]
        n = pdf.new()
        ap_s = ""
        if ap is not None:
            ap_s = f" /AP << /N {ap} 0 R >>" if isinstance(ap, int) else f" /AP << /N << {ap} >> >>"
        own = f" /Parent {parent} 0 R" if parent else ""
        pdf.put(n, f"<< /Type /Annot /Subtype /Widget /Rect [{num(x1)} {num(y1)} {num(x2)} {num(y2)}] /P "
                   f"{page_objs[pg]} 0 R /F 4{own}{extra}{ap_s} >>")
        annots[pg].append(n)
        return n

    def tx(name, tooltip, value, ap="fit", flags=0, da_size=9.0, key=None):
        """A text field of one widget: ap "fit" (an appearance of the value), "none", or a value it was made from."""
        _pg, (x1, y1, x2, y2) = boxes[name]
        w, h = x2 - x1, y2 - y1
        multi = flags & 4096
        apn = None
        if ap != "none":
            shown = value if ap == "fit" else ap
            lines = wrap_value(shown, w - 4, da_size) if multi else ([shown] if shown else [])
            apn = xobject(pdf, tx_appearance(w, h, lines, da_size), w, h, helv)
        v = f" /V {pdf_text(value)}" if value is not None else ""
        n = widget(name, f" /FT /Tx /T {pdf_text(key or name)} /TU {pdf_text(tooltip)} /Ff {flags} /DA "
                         f"(/Helv {num(da_size)} Tf 0 g) /MK << /BG [{rgb(FIELD_BG)}] /BC [{rgb(FIELD_BORDER)}] >>{v}",
                   apn)
        fields[name] = n
        return n

    # the review reference: one field, a widget on every page
    ref = pdf.new()
    kids = []
    for k in pages:
        pg, (x1, y1, x2, y2) = boxes[f"ref_{k}"]
        ap = xobject(pdf, tx_appearance(x2 - x1, y2 - y1, [_text.FP_REF], 8), x2 - x1, y2 - y1, helv)
        kids.append(widget(f"ref_{k}", " /MK << /BG [1 1 1] >>", ap, parent=ref))
    pdf.put(ref, f"<< /FT /Tx /T (review_ref) /TU (Board reference, e.g. SAR-TM-2024-01) /Ff 0 /DA (/Helv 8 Tf 0 g) "
                 f"/V {pdf_text(_text.FP_REF)} /Kids [{' '.join(f'{k} 0 R' for k in kids)}] >>")
    fields["ref"] = ref
    for _label, name, v, tip in _text.FP_DETAILS:
        tx(name, tip, v)
    for name, label, on in _text.FP_TYPES:
        pg, (x1, y1, x2, y2) = boxes[name]
        w, h = x2 - x1, y2 - y1
        yes = xobject(pdf, button_appearance(w, h, "4", 8, True), w, h, {"ZaDb": fonts["ZaDb"]})
        off = xobject(pdf, button_appearance(w, h, "4", 8, False), w, h, {"ZaDb": fonts["ZaDb"]})
        state = "/Yes" if on else "/Off"
        fields[name] = widget(name, f" /FT /Btn /T ({name}) /TU {pdf_text(label)} /V {state} /AS {state} /DA "
                                    "(/ZaDb 0 Tf 0 g) /MK << /CA (4) /BC [0.55 0.58 0.62] >>",
                              f"/Yes {yes} 0 R /Off {off} 0 R")
    tx("s1", _text.FP_TOOLTIPS[1], values["s1"], flags=4096)
    # section 3 before section 2 in the page's /Annots; its appearance made before 3.4 was typed (stale)
    stale = values["s3"].rsplit("\r\r", 1)[0]
    tx("s3", _text.FP_TOOLTIPS[3], values["s3"], ap=stale, flags=4096)
    for j in range(1, 5):
        tx(f"s4_no_{j}", _text.FP_TOOLTIPS[4], values[f"s4_no_{j}"])
    for j in range(1, 5):
        tx(f"s4_text_{j}", "Type the paragraph here", values[f"s4_text_{j}"], ap="none", flags=4096)
    for name, caption, js in (("print", "Print form", "this.print();"), ("clear", "Clear form", "this.resetForm();")):
        pg, (x1, y1, x2, y2) = boxes[name]
        w, h = x2 - x1, y2 - y1
        cap = Ops()
        cap.rect(0, 0, w, h, fill=(0.85, 0.87, 0.9), stroke=FIELD_BORDER, lw=1)
        cap.ops.append("/Tx BMC")
        cap.ops.append(f"BT /Helv 9 Tf 0 g {num((w - sw(caption, 'Helvetica', 9)) / 2)} {num((h - 6.3) / 2)} Td "
                       f"{enc(caption)} Tj ET")
        cap.ops.append("EMC")
        apn = xobject(pdf, cap.data(), w, h, helv)
        fields[name] = widget(name, f" /FT /Btn /Ff 65536 /T ({name}) /TU {pdf_text(caption)} /DA (/Helv 9 Tf 0 g) "
                                    f"/MK << /CA {pdf_text(caption)} /BG [0.85 0.87 0.9] >> /A << /S /JavaScript /JS "
                                    f"({js}) >>", apn)
    tx("s5", _text.FP_TOOLTIPS[5], values["s5"], flags=4096)
    tx("note", "Notes for the business unit. Not published.", values["note"], flags=4096, da_size=8)
    fields["sig_reviewer"] = widget("sig_reviewer", " /FT /Sig /T (sig_reviewer) /TU (Sign here) /MK << >>")
    tx("sig_date", "dd/mm/yyyy", values["sig_date"])
    tx("s2", _text.FP_TOOLTIPS[2], values["s2"], ap="none", flags=4096)  # section 2's box remade last: no appearance

    order = ["ref", *[d[1] for d in _text.FP_DETAILS], *[t[0] for t in _text.FP_TYPES], "s1", "s3",
             *[f"s4_no_{j}" for j in range(1, 5)], *[f"s4_text_{j}" for j in range(1, 5)], "s5", "note",
             "sig_reviewer", "sig_date", "print", "clear", "s2"]
    assert sorted(order) == sorted(fields)
    pdf.put(acro, f"<< /Fields [{' '.join(f'{fields[k]} 0 R' for k in order)}] /NeedAppearances true /DR << /Font "
                  f"<< /Helv {fonts['F1']} 0 R /ZaDb {fonts['ZaDb']} 0 R >> >> /DA (/Helv 0 Tf 0 g) >>")
    res = " ".join(f"/{k} {v} 0 R" for k, v in fonts.items())
    for k, ops in pages.items():
        content = pdf.add(pdf.stream(ops.data()))
        pdf.put(page_objs[k], f"<< /Type /Page /Parent {pages_obj} 0 R /MediaBox [0 0 {num(W)} {num(H)}] /Resources "
                              f"<< /Font << {res} >> >> /Contents {content} 0 R /Annots "
                              f"[{' '.join(f'{a} 0 R' for a in annots[k])}] >>")
    kids_s = " ".join(f"{page_objs[k]} 0 R" for k in pages)
    pdf.put(pages_obj, f"<< /Type /Pages /Kids [{kids_s}] /Count {len(pages)} >>")
    pdf.put(cat, f"<< /Type /Catalog /Pages {pages_obj} 0 R /AcroForm {acro} 0 R >>")
    info = pdf_info(pdf, "SAR overview report - Mrs R", "Thornmere SAB business unit", "Adobe Acrobat Pro (64-bit) "
                    "24.1.20643", "Adobe Acrobat Pro (64-bit) 24.1.20643", "20250117142210")
    path.write_bytes(pdf.render(cat, info))
    check_lengths(path.name, texts)
    check_count(path.name, result, 15, 25)
    check_fillable(path, result, texts, stale)
    return {
        "note": ("A SAFEGUARDING ADULTS REVIEW TYPED INTO A BOARD'S FILLABLE PDF TEMPLATE (AcroForm), SAVED WITH ITS "
                 "FIELDS LIVE (4 pages): the page content holds only the template (a navy title band, 'How to use "
                 "this form' with its own numbered instructions '1.' to '4.', 'Part A: Review details' labels, "
                 "'Section 2 \u2013 ...' titles with grey guidance, 'Page 1 of 4' footers); THE REPORT'S PARAGRAPHS "
                 "ARE THE VALUES (/V) OF MULTILINE TEXT FIELDS, one field a section, paragraphs parted by '\\r\\r' and "
                 "typed '2.3 The ...'; section 4 is a table of rows of TWO FIELDS, the number ('4.2') in a small "
                 "field and the text in a large one beside it. Sections 1 and 5, the details and the numbers of "
                 "section 4 have APPEARANCE STREAMS; sections 2 and 4's texts have NONE (/NeedAppearances true), so "
                 "their words are in no content stream; SECTION 3'S APPEARANCE IS STALE, made before its last "
                 "paragraph 3.4 was typed (the key follows /V, as a viewer regenerating appearances shows it). The "
                 "widgets and /Fields are not in reading order (section 3's box before section 2's on page 2; all "
                 "four number fields of page 3 before the four text fields; section 2 last in /Fields). Not "
                 "paragraphs: the instructions, labels, guidance, tooltips (/TU: 'Number your paragraphs 1.1, "
                 "1.2 ...'), the review reference (one field with a widget on every page), the check boxes, the "
                 "'Print form' and 'Clear form' buttons, the unsigned signature field, the date, and the 'Note to "
                 "the board's business unit (not for publication)' box after 5.3, whose value opens '4.2 and 5.1 "
                 "still need ...'. Pages: the widget's page."),
        "paragraphs": result,
    }


def check_fillable(path, result, texts, stale):
    """Read back with pypdf: every page's widgets in visual order (top down, left to right), their values (a kid's
    from its parent); the numbered paragraphs of the text fields' values, section 4's number and text fields paired by
    their row, must be the key, each on its widget's page. pdfplumber: no paragraph's words in any page's content; the
    appearance streams hold sections 1 and 5 but not 2, 4's texts or 3.4."""
    import pdfplumber
    from pypdf import PdfReader
    rd = PdfReader(str(path))
    got, aps, rows = [], [], {}
    for k, page in enumerate(rd.pages, 1):
        ws = []
        for a in page["/Annots"]:
            a = a.get_object()
            f = a.get("/Parent", a)
            f = f.get_object() if hasattr(f, "get_object") else f
            x1, _y1, _x2, y2 = (float(v) for v in a["/Rect"])
            ws.append((-y2, x1, str(f.get("/T")), str(f.get("/FT")), f.get("/V"), a))
        for _ny, _x1, name, ft, v, a in sorted(ws, key=lambda z: (round(z[0]), z[1])):
            ap = a["/AP"]["/N"].get_object() if "/AP" in a else None
            if hasattr(ap, "get_data"):
                aps.append(ap.get_data().decode("latin-1"))
            if ft != "/Tx" or v is None or name.startswith(("note", "review_ref")):
                continue
            v = str(v)
            if name.startswith("s4_no_"):
                rows[name[-1]] = [v, k]
            elif name.startswith("s4_text_"):
                got.append((rows[name[-1]][0], rows[name[-1]][1], v))
            else:
                got += [(lab, k, t) for lab, t in paras_of(v)]
    if [(g[0], g[1]) for g in got] != [(d["label"], d["page"]) for d in result] or [g[2] for g in got] != texts:
        raise AssertionError(f"fillable.pdf: read back {[(g[0], g[1]) for g in got]}")
    with pdfplumber.open(path) as pl:
        content = [w for p in pl.pages for w in norm(p.extract_text() or "")]
    ap_words = norm(" ".join(shown_strings(x) for x in aps))
    for d, t in zip(result, texts, strict=True):
        if contains_seq(content, norm(t)[:8]):
            raise AssertionError(f"fillable.pdf: {d['label']} in a content stream")
        shown = contains_seq(ap_words, norm(d["starts_with"]))
        if shown != (d["label"][0] in "15" or (d["label"][0] == "3" and d["label"] != "3.4")):
            raise AssertionError(f"fillable.pdf: appearance of {d['label']}")
    if "3.4" in stale or not contains_seq(content, norm(_text.FP_HOWTO[1])):
        raise AssertionError("fillable.pdf: stale appearance or template")


# --------------------------------------------------------------------------
# 2. flattened.pdf: a rapid review typed into a partnership's PDF form, then flattened
# --------------------------------------------------------------------------
FL_PLAN = {1: [80, 72, 86], 2: [96, 88, 92, 90], 3: [70, 74, 92, 78], 4: [76, 70]}
FL_AGENCIES = [("Children's social care", True), ("Police", True), ("Health (designated nurse)", True),
               ("School", True), ("Youth justice service", False), ("Probation", False), ("Early help", True),
               ("Housing", False)]
FL_ATTACHED = [("Combined chronology", True), ("Genogram", False), ("Agency summaries (7)", True)]
FL_PAGES = 3


def make_flattened(out, pm):
    path = out / "flattened.pdf"
    result, texts, paras = [], [], {}
    for s, sizes in FL_PLAN.items():
        paras[s] = []
        for j, n_words in enumerate(sizes, 1):
            t = pm.make(n_words, "child")
            texts.append(t)
            paras[s].append((f"{s}.{j}", t))
    # 3.3 cut by its author at the box's foot (in mid-sentence) and carried on in the continuation box
    w33 = paras[3][2][1].split()
    cut = len(w33) // 2
    while w33[cut - 1][-1] in ".,;:" or not w33[cut][0].islower():
        cut += 1
    head33, rest33 = " ".join(w33[:cut]), " ".join(w33[cut:])
    values = {
        "s1": "\r\r".join(f"{lab} {t}" for lab, t in paras[1]),
        "s2": "\r\r".join(f"{lab} {t}" for lab, t in paras[2]),
        "s3": "\r\r".join([*(f"{lab} {t}" for lab, t in paras[3][:2]), f"3.3 {head33} {_text.FL_MARK_OUT}"]),
        "cont": "\r".join([_text.FL_MARK_IN, rest33]) + "\r\r" + f"3.4 {paras[3][3][1]}",
        "s4": "\r\r".join(f"{lab} {t}" for lab, t in paras[4]),
        "other": _text.FL_DEFAULT,
    }
    pages = {k: Ops() for k in range(1, FL_PAGES + 1)}
    boxes = {}  # name: (page, rect); drawn in this order on each page (the old widgets' order)
    o = pages[1]
    o.rect(0, 770, W, 72, fill=TEAL)
    o.text(L, 820, _text.FL_BOARD, "F2", 9.5, WHITE)
    o.text(L, 796, _text.FL_TITLE, "F2", 17, WHITE)
    o.text(L, 778, _text.FL_FORM, "F1", 8.5, WHITE)
    o.text(L, 752, f"{FICT}. {INVENTED}", "F1", 8, GREY)
    o.text(L, 729, "Rapid review reference", "F1", 9)
    for k, (label, _v) in enumerate(_text.FL_DETAILS):
        y = 704 - 20 * k
        o.text(L, y, label, "F1", 9)
        boxes[f"d{k}"] = (1, (230, y - 5, R, y + 11))
    heads = {1: (1, 616, 420), 2: (2, 776, 560), 3: (2, 536, 330)}
    for s, (pg, top, _bottom) in heads.items():
        pages[pg].text(L, top, f"{s}.  {_text.FL_SECTIONS[s - 1]}", "F2", 10.5, TEAL)
        pages[pg].text(L, top - 12, _text.FL_GUIDE[s], "F3", 7.5, GREY)
    boxes["s1"] = (1, (L, 420, R, 596))
    o.text(L, 396, "Agencies represented at the rapid review meeting", "F2", 10, TEAL)
    for k, (agency, _on) in enumerate(FL_AGENCIES):
        x, y = (L if k < 4 else 300), 376 - 17 * (k % 4)
        boxes[f"a{k}"] = (1, (x, y - 1.5, x + 10, y + 8.5))
        o.text(x + 16, y, agency, "F1", 9)
    boxes["ref"] = (1, (230, 724, 230 + 17 * len(_text.FL_REF), 742))
    boxes["s3"] = (2, (L, 330, R, 516))
    boxes["s2"] = (2, (L, 560, R, 756))
    p = pages[2]
    p.text(L, 306, "Documents attached to this form", "F2", 10, TEAL)
    for k, (doc, _on) in enumerate(FL_ATTACHED):
        y = 286 - 17 * k
        boxes[f"b{k}"] = (2, (L, y - 1.5, L + 10, y + 8.5))
        p.text(L + 16, y, doc, "F1", 9)
    p = pages[3]
    p.text(L, 776, _text.FL_CONT_LABEL, "F2", 10.5, TEAL)
    p.text(L, 764, _text.FL_CONT_GUIDE, "F3", 7.5, GREY)
    boxes["cont"] = (3, (L, 610, R, 756))
    p.text(L, 586, "4.  Decision and rationale", "F2", 10.5, TEAL)
    p.text(L, 570, _text.FL_DECIDE_Q, "F1", 9)
    for k, (label, _on) in enumerate(_text.FL_DECIDE):
        y = 552 - 16 * k
        boxes[f"r{k}"] = (3, (L, y - 2, L + 10, y + 8))
        p.text(L + 16, y, label, "F1", 9)
    p.text(L, 496, _text.FL_RATIONALE, "F2", 9)
    boxes["s4"] = (3, (L, 330, R, 488))
    p.text(L, 306, f"5.  {_text.FL_OTHER}", "F2", 10.5, TEAL)
    boxes["other"] = (3, (L, 250, R, 298))
    for k, (label, _v) in enumerate(_text.FL_SIGN):
        y = 220 - 22 * k
        p.text(L, y, label, "F1", 9)
        boxes[f"sign{k}"] = (3, (230, y - 5, R, y + 11))
    for k in range(1, FL_PAGES + 1):
        if k > 1:
            pages[k].text(L, 808, "Brackenholt SCP \u2013 Rapid Review of a Serious Incident", "F1", 8, GREY)
            pages[k].line(L, 800, R, 800)
        centred(pages[k], 28, _text.FL_FOOT.format(k=k, n=FL_PAGES), "F1", 7, GREY)

    pdf = RawPDF()
    cat, pages_obj = pdf.new(), pdf.new()
    fonts = font_objects(pdf)
    helv, zadb = {"Helv": fonts["F1"]}, {"ZaDb": fonts["ZaDb"]}
    placed = {k: [] for k in pages}  # (xobject, x, y) in the order drawn
    sizes = {}
    for name, (pg, (x1, y1, x2, y2)) in boxes.items():
        w, h = x2 - x1, y2 - y1
        if name == "ref":
            data, fo = comb_appearance(w, h, _text.FL_REF, len(_text.FL_REF), 10), helv
        elif name[0] in "ab":
            on = (FL_AGENCIES if name[0] == "a" else FL_ATTACHED)[int(name[1:])][1]
            data, fo = button_appearance(w, h, "n", 7, on), zadb
        elif name[0] == "r":
            data, fo = button_appearance(w, h, "l", 6, _text.FL_DECIDE[int(name[1:])][1], round_=True), zadb
        elif name[0] == "d":
            data, fo = tx_appearance(w, h, [_text.FL_DETAILS[int(name[1:])][1]], 10), helv
        elif name.startswith("sign"):
            data, fo = tx_appearance(w, h, [_text.FL_SIGN[int(name[4:])][1]], 10), helv
        else:
            size, lines = auto_size(values[name], w, h)
            sizes[name] = size
            data, fo = tx_appearance(w, h, lines, size), helv
        placed[pg].append((xobject(pdf, data, w, h, fo), x1, y1, name))
    page_objs = []
    for k, ops in pages.items():
        xo = {f"Fm{j}": x for j, (x, *_r) in enumerate(placed[k])}
        draws = "".join(f"q 1 0 0 1 {num(x)} {num(y)} cm /Fm{j} Do Q\n" for j, (_x, x, y, _n) in enumerate(placed[k]))
        content = pdf.add(pdf.stream(b"q\n" + ops.data() + b"Q\n" + draws.encode("latin-1")))
        res = " ".join(f"/{a} {b} 0 R" for a, b in fonts.items())
        xres = " ".join(f"/{a} {b} 0 R" for a, b in xo.items())
        page_objs.append(pdf.add(f"<< /Type /Page /Parent {pages_obj} 0 R /MediaBox [0 0 {num(W)} {num(H)}] "
                                 f"/Resources << /Font << {res} >> /XObject << {xres} >> >> /Contents {content} 0 R "
                                 ">>"))
    pdf.put(pages_obj, f"<< /Type /Pages /Kids [{' '.join(f'{p} 0 R' for p in page_objs)}] /Count {len(page_objs)} >>")
    pdf.put(cat, f"<< /Type /Catalog /Pages {pages_obj} 0 R >>")
    info = pdf_info(pdf, "Rapid review template v3", "Brackenholt SCP", "Adobe Acrobat Pro (64-bit) 24.1.20643",
                    "Adobe Acrobat Pro (64-bit) 24.1.20643; modified using Flatten Fields", "20240830101544")
    path.write_bytes(pdf.render(cat, info))
    for s, ps in paras.items():
        pg = {1: 1, 2: 2, 3: 2, 4: 3}[s]
        for j, (label, t) in enumerate(ps, 1):
            result.append(entry(label, 3 if (s, j) == (3, 4) else pg, t))
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    check_flattened(path, result, texts, boxes, placed, sizes, head33, rest33)
    return {
        "note": ("A RAPID REVIEW OF A SERIOUS INCIDENT TYPED INTO A PARTNERSHIP'S PDF FORM AND FLATTENED (3 pages, no "
                 "AcroForm and no widgets left): each page's content stream holds the template first (a teal title "
                 "band, labels, numbered section titles '2.  Agency involvement ...', grey guidance, a footer "
                 "'... page 2 of 3'), then EACH FIELD'S FORMER APPEARANCE AS A FORM XOBJECT drawn by 'q 1 0 0 1 x y "
                 "cm /FmN Do Q' in the order of the page's old widgets: on page 2 SECTION 3'S BOX BEFORE SECTION 2'S "
                 "(above it), on page 1 the reference last. Each box's text is Helvetica in its own AUTO-FITTED "
                 f"size ({', '.join(f'{k} {v:g} pt' for k, v in sizes.items())}), a line a Td/Tj inside /Tx BMC, "
                 "clipped to the box; paragraphs typed '1.2 The ...', parted by an empty line. The reference is a "
                 "COMB FIELD (one character a cell: 'B S C P - R R - 2 4 - 0 3 1'); the agencies' check boxes are "
                 "ZapfDingbats 'n' squares and the decision's radio buttons a ZapfDingbats 'l' dot; the unused "
                 "'5.  Any other information ...' box prints its DEFAULT VALUE 'Type here'. Paragraph 3.3 is cut by "
                 "its author at the foot of section 3's box on page 2 in mid-sentence, ending '... "
                 f"{_text.FL_MARK_OUT}', and CARRIED ON at the top of page 3 in the CONTINUATION SHEET box after a "
                 f"line '{_text.FL_MARK_IN}'; 3.4 follows it there; then the decision and the rationale 4.1-4.2. Not "
                 "paragraphs: the template's text, the details, the reference, the boxes and buttons, the default "
                 "value, the sign-off, and the author's two continuation markers. Pages: physical."),
        "paragraphs": result,
    }


def check_flattened(path, result, texts, boxes, placed, sizes, head33, rest33):
    """pdfplumber: every paragraph read back whole from the characters inside its box (3.3 from its two boxes, the
    markers taken off), in the box's own size; the boxes' sizes differ. pypdf: no AcroForm, no annotations, and the
    XObjects drawn after the template in the old widgets' order (section 3's box before section 2's)."""
    import pdfplumber
    from pdfplumber.utils import extract_text
    from pypdf import PdfReader
    got = {}
    with pdfplumber.open(path) as pl:
        for name in ("s1", "s2", "s3", "cont", "s4"):
            pg, (x1, y1, x2, y2) = boxes[name]
            page = pl.pages[pg - 1]
            cs = [c for c in page.chars if x1 <= c["x0"] and c["x1"] <= x2 and y1 <= H - c["bottom"]
                  and H - c["top"] <= y2]
            if {round(c["size"], 1) for c in cs} != {sizes[name]}:
                raise AssertionError(f"flattened.pdf: sizes in {name}")
            got[name] = (pg, norm(extract_text(cs, x_tolerance=1)))
        page_words = [norm(p.extract_text() or "") for p in pl.pages]
    s3, cont = got["s3"][1], got["cont"][1]
    if s3[-len(norm(_text.FL_MARK_OUT)):] != norm(_text.FL_MARK_OUT) or cont[:len(norm(_text.FL_MARK_IN))] != \
            norm(_text.FL_MARK_IN):
        raise AssertionError("flattened.pdf: continuation markers")
    joined = s3[:-len(norm(_text.FL_MARK_OUT))] + cont[len(norm(_text.FL_MARK_IN)):]
    where = {1: "s1", 2: "s2", 3: "s3", 4: "s4"}
    for d, t in zip(result, texts, strict=True):
        box = "cont" if d["label"] == "3.4" else where[int(d["label"][0])]
        words = joined if d["label"].startswith("3.") else got[box][1]
        if not contains_seq(words, norm(f"{d['label']} {t}")) or got[box][0] != d["page"]:
            raise AssertionError(f"flattened.pdf: {d['label']} not read back from its box")
        if not contains_seq(page_words[d["page"] - 1], norm(d["starts_with"])):
            raise AssertionError(f"flattened.pdf: starts_with of {d['label']}")
    if not contains_seq(got["s3"][1], norm(head33)) or not contains_seq(cont, norm(rest33)):
        raise AssertionError("flattened.pdf: 3.3's two parts")
    if len(set(sizes.values())) < 4 or max(sizes.values()) - min(sizes.values()) < 2:
        raise AssertionError(f"flattened.pdf: sizes {sizes}")
    rd = PdfReader(str(path))
    if "/AcroForm" in rd.trailer["/Root"] or any("/Annots" in p for p in rd.pages):
        raise AssertionError("flattened.pdf: form left")
    for k, p in enumerate(rd.pages, 1):
        data = p.get_contents().get_data().decode("latin-1")
        order = [int(m) for m in re.findall(r"/Fm(\d+) Do", data)]
        if order != list(range(len(placed[k]))) or data.index("/Fm0 Do") < data.rindex(" Tj"):
            raise AssertionError(f"flattened.pdf: drawing order on page {k}")
    if [n for _x, _a, _b, n in placed[2]][:2] != ["s3", "s2"] or placed[1][-1][3] != "ref":
        raise AssertionError("flattened.pdf: old widget order")


# --------------------------------------------------------------------------
# 3. template.docx: a DHR written into a partnership's Word template of content controls
# --------------------------------------------------------------------------
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
WNS = (f'xmlns:w="{W_NS}" xmlns:r="{R_NS}" xmlns:w14="{W14_NS}" '
       'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
       'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15"')
TD_PLAN = {1: [76, 70, 82], 2: [84, 78, 72], 3: [58, 62, 56, 60], 4: [74, 68, 80, 70], 5: [72, 78, 66]}
PH_TEXT, PH_DATE, PH_LIST = ("DefaultPlaceholder_-1854013440", "DefaultPlaceholder_-1854013437",
                             "DefaultPlaceholder_-1854013438")
CORE_STORE = "{6C3C8BC8-F283-45AE-878A-BAB7291924A1}"
GUIDE_RPR = '<w:i/><w:color w:val="7F7F7F"/><w:sz w:val="18"/>'
SHADE = "DEEAF6"


def w_run(s, rpr=""):
    """A run of text; "\\n" in ``s`` is a soft line break and "\\t" a tab, in the one run (as a plain text control
    holds what was typed into it)."""
    inner = []
    for part in re.split(r"(\n|\t)", s):
        if part == "\n":
            inner.append("<w:br/>")
        elif part == "\t":
            inner.append("<w:tab/>")
        elif part:
            inner.append(f'<w:t xml:space="preserve">{xesc(part)}</w:t>')
    return f'<w:r>{f"<w:rPr>{rpr}</w:rPr>" if rpr else ""}{"".join(inner)}</w:r>'


def w_para(runs, ppr=""):
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{runs}</w:p>"


class Controls:
    """Content controls with Word's signed ids."""

    def __init__(self):
        self.k = 0

    def pr(self, alias, tag, kind, placeholder=None, extra=""):
        self.k += 1
        sid = -(1_400_000_000 + 48_271 * self.k) % 2_000_000_000 - 1_000_000_000
        ph = f'<w:placeholder><w:docPart w:val="{placeholder}"/></w:placeholder><w:showingPlcHdr/>' if placeholder \
            else ""
        return (f'<w:sdtPr>{extra}<w:alias w:val="{xesc(alias)}"/><w:tag w:val="{tag}"/><w:id w:val="{sid}"/>{ph}'
                f'{kind}</w:sdtPr>')

    def inline(self, alias, tag, kind, content, placeholder=None, extra=""):
        """A run-level control: ``content`` its runs (the placeholder's run when ``placeholder``)."""
        return f"<w:sdt>{self.pr(alias, tag, kind, placeholder, extra)}<w:sdtContent>{content}</w:sdtContent></w:sdt>"

    def block(self, alias, tag, kind, paras, placeholder=None):
        return (f"<w:sdt>{self.pr(alias, tag, kind, placeholder)}<w:sdtContent>{''.join(paras)}</w:sdtContent>"
                "</w:sdt>")


def ph_run(s=None):
    return w_run(s or _text.TD_PLACEHOLDER, '<w:rStyle w:val="PlaceholderText"/>')


def td_cell(content, width, shade=None, span=None):
    tcpr = f'<w:tcW w:w="{width}" w:type="dxa"/>' + (f'<w:gridSpan w:val="{span}"/>' if span else "") + (
        f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>' if shade else "")
    return f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{content}</w:tc>"


def td_table(rows, grid):
    return ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9026" w:type="dxa"/><w:tblLayout '
            'w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
            'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>' + "".join(f'<w:gridCol w:w="{g}"/>' for g in grid)
            + "</w:tblGrid>" + "".join(f"<w:tr>{''.join(r)}</w:tr>" for r in rows) + "</w:tbl>")


def td_title_cell(s, span=None):
    return td_cell(w_para(w_run(f"{s}.  {_text.TD_SECTIONS[s - 1]}", "<w:b/>"), '<w:keepNext/><w:spacing '
                          'w:after="60"/>') + w_para(w_run(_text.TD_GUIDE[s], GUIDE_RPR), '<w:keepNext/>'),
                   9026, SHADE, span)


TD_STYLES = XML_HEAD + (
    f'<w:styles {WNS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" '
    'w:eastAsia="Arial" w:cs="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB" w:eastAsia="en-US" '
    'w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" '
    'w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next '
    'w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="120"/></w:pPr><w:rPr><w:b/><w:color w:val="1F3864"/>'
    '<w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next '
    'w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl '
    'w:val="1"/></w:pPr><w:rPr><w:b/><w:color w:val="1F3864"/><w:sz w:val="26"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="ReportPara"><w:name w:val="Report paragraph"/>'
    '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:tabs><w:tab w:val="left" w:pos="567"/></w:tabs><w:ind '
    'w:left="567" w:hanging="567"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr><w:tabs>'
    '<w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0"/></w:pPr>'
    '<w:rPr><w:sz w:val="18"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Header"/></w:style>'
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph '
    'Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
    '<w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/><w:basedOn '
    'w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/><w:rPr><w:color w:val="666666"/></w:rPr>'
    '</w:style>'
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd '
    'w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom '
    'w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
    '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>'
    '<w:pPr><w:spacing w:before="60" w:after="60" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders>'
    + "".join(f'<w:{b} w:val="single" w:sz="4" w:space="0" w:color="8EAADB"/>'
              for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
    + '</w:tblBorders></w:tblPr></w:style></w:styles>')


def td_glossary():
    parts = [(PH_TEXT, _text.TD_PLACEHOLDER, "{A1B2C3D4-0001-4E5F-8A9B-61C0FFEE0001}"),
             (PH_DATE, _text.TD_DATE_PLACEHOLDER, "{A1B2C3D4-0002-4E5F-8A9B-61C0FFEE0002}"),
             (PH_LIST, _text.TD_CHOOSE, "{A1B2C3D4-0003-4E5F-8A9B-61C0FFEE0003}")]
    body = "".join(
        f'<w:docPart><w:docPartPr><w:name w:val="{n}"/><w:category><w:name w:val="General"/><w:gallery '
        f'w:val="placeholder"/></w:category><w:types><w:type w:val="bbPlcHdr"/></w:types><w:behaviors><w:behavior '
        f'w:val="content"/></w:behaviors><w:guid w:val="{g}"/></w:docPartPr><w:docPartBody>'
        f'{w_para(ph_run(s))}</w:docPartBody></w:docPart>' for n, s, g in parts)
    return f"{XML_HEAD}<w:glossaryDocument {WNS}><w:docParts>{body}</w:docParts></w:glossaryDocument>"


def make_template(out, pm):
    path = out / "template.docx"
    sdt = Controls()
    result, texts, paras = [], [], {}
    for s, sizes in TD_PLAN.items():
        paras[s] = []
        for j, n_words in enumerate(sizes, 1):
            t = pm.make(n_words, "dhr")
            texts.append(t)
            paras[s].append((f"{s}.{j}", t))
    page_of = {1: 2, 2: 2, 3: 3, 4: 3, 5: 4}
    for s, ps in paras.items():
        result += [entry(lab, page_of[s], t) for lab, t in ps]
    brk = w_para('<w:r><w:br w:type="page"/></w:r>')
    gap = w_para("", '<w:spacing w:after="0"/>')
    body = [w_para(w_run(_text.TD_BOARD), '<w:pStyle w:val="Title"/><w:spacing w:after="0"/><w:rPr><w:sz '
                   'w:val="28"/></w:rPr>').replace("<w:r>", '<w:r><w:rPr><w:sz w:val="28"/></w:rPr>', 1),
            w_para(w_run(_text.TD_TITLE), '<w:pStyle w:val="Title"/>'),
            w_para(w_run(_text.TD_SUBJECT, '<w:b/><w:sz w:val="32"/>')),
            w_para(w_run(f"{FICT}. {INVENTED}", '<w:color w:val="595959"/><w:sz w:val="18"/>')),
            w_para(w_run(_text.TD_TEMPLATE, '<w:color w:val="595959"/><w:sz w:val="18"/>')),
            w_para(w_run("Document control"), '<w:pStyle w:val="Heading2"/>')]
    rows = []
    for label, kind, value in _text.TD_CONTROL:
        tag = re.sub(r"\W+", "_", label.lower()).strip("_")[:24]
        if kind == "text":
            ctl = sdt.inline(label, tag, "<w:text/>", w_run(value) if value else ph_run(),
                             None if value else PH_TEXT)
        elif kind == "dropdown":
            items = f'<w:listItem w:displayText="{_text.TD_CHOOSE}" w:value=""/>' + "".join(
                f'<w:listItem w:displayText="{xesc(v)}" w:value="{xesc(v)}"/>' for v in _text.TD_STATUSES)
            ctl = sdt.inline(label, tag, f"<w:dropDownList>{items}</w:dropDownList>", w_run(value))
        elif kind == "date":
            d, m, y = value.split("/")
            ctl = sdt.inline(label, tag, f'<w:date w:fullDate="{y}-{m}-{d}T00:00:00Z"><w:dateFormat '
                                         'w:val="dd/MM/yyyy"/><w:lid w:val="en-GB"/><w:storeMappedDataAs '
                                         'w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>', w_run(value))
        else:
            ctl = sdt.inline(label, tag, td_checkbox(value), td_box_run(value),
                             extra='<w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/>'
                                   '</w:rPr>')
        rows.append([td_cell(w_para(w_run(label, "<w:b/>")), 3600, SHADE), td_cell(w_para(ctl), 5426)])
    body.append(td_table(rows, [3600, 5426]))
    body.append(w_para(w_run(_text.TD_GUIDANCE, GUIDE_RPR), '<w:spacing w:before="240"/>'))
    body.append(brk)

    def plain(s, sep):
        text = sep.join(f"{lab} {t}" for lab, t in paras[s])
        ctl = sdt.block(_text.TD_SECTIONS[s - 1], f"section_{s}", '<w:text w:multiLine="1"/>',
                        [w_para(w_run(text), '<w:spacing w:after="0"/>')])
        return td_table([[td_title_cell(s)], [td_cell(ctl + gap, 9026)]], [9026])

    def rich(ps, alias, tag):
        if not ps:
            return sdt.block(alias, tag, "", [w_para(ph_run())], PH_TEXT)
        return sdt.block(alias, tag, "", [w_para(w_run(f"{lab}\t{t}"), '<w:pStyle w:val="ReportPara"/>')
                                          for lab, t in ps])

    body.append(plain(1, "\n\n"))
    body.append(gap)
    fam = w_para(w_run("Family's contribution (optional): ", "<w:b/>") + sdt.inline(
        "Family contribution", "family_contribution", "<w:text/>", ph_run(), PH_TEXT))
    body.append(td_table([[td_title_cell(2)], [td_cell(rich(paras[2], _text.TD_SECTIONS[1], "section_2") + fam,
                                                       9026)]], [9026]))
    body.append(brk)
    body.append(plain(3, "\n"))
    body.append(gap)
    tor_rows = [[td_title_cell(4, span=2)]]
    for k, tor in enumerate(_text.TD_TORS):
        tor_rows.append([td_cell(w_para(w_run(tor, "<w:b/>")), 2800, "F2F2F2"),
                         td_cell(rich(paras[4][2 * k:2 * k + 2], f"ToR {k + 1} answer", f"tor_{k + 1}") + gap, 6226)])
    body.append(td_table(tor_rows, [2800, 6226]))
    body.append(brk)
    body.append(plain(5, "\n\n"))
    body.append(w_para(w_run("Action plan"), '<w:pStyle w:val="Heading2"/>'))
    act = [[td_cell(w_para(w_run(h, "<w:b/>")), wd, SHADE) for h, wd in zip(_text.TD_ACTION_HEAD,
                                                                               [800, 2400, 3826, 2000], strict=True)]]
    for k in (1, 2):
        items = f'<w:listItem w:displayText="{_text.TD_CHOOSE}" w:value=""/>' + "".join(
            f'<w:listItem w:displayText="{a}" w:value="{a}"/>' for a in ("Police", "Adult social care",
                                                                          "Housing", "GP practices", "Probation"))
        act.append([td_cell(w_para(w_run(str(k))), 800),
                    td_cell(w_para(sdt.inline("Agency", f"action_{k}_agency", f"<w:dropDownList>{items}"
                                              "</w:dropDownList>", ph_run(_text.TD_CHOOSE), PH_LIST)), 2400),
                    td_cell(w_para(sdt.inline("Action", f"action_{k}_text", "<w:text/>", ph_run(), PH_TEXT)), 3826),
                    td_cell(w_para(sdt.inline("Target date", f"action_{k}_date", '<w:date><w:dateFormat '
                                              'w:val="dd/MM/yyyy"/><w:lid w:val="en-GB"/><w:storeMappedDataAs '
                                              'w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>',
                                              ph_run(_text.TD_DATE_PLACEHOLDER), PH_DATE)), 2000)])
    body.append(td_table(act, [800, 2400, 3826, 2000]))
    body.append(w_para(w_run("Declaration"), '<w:pStyle w:val="Heading2"/>'))
    body.append(w_para(sdt.inline("Declaration", "declaration", td_checkbox(True), td_box_run(True)) +
                       w_run(" " + _text.TD_DECLARE)))
    body.append(w_para(w_run(_text.TD_SIGNED + " ") + sdt.inline("Signed", "signed", "<w:text/>", ph_run(),
                                                                 PH_TEXT)))
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rId8"/><w:footerReference w:type="default" '
            'r:id="rId9"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" '
            'w:left="1440" w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/><w:docGrid '
            'w:linePitch="360"/></w:sectPr>')
    doc = f"{XML_HEAD}<w:document {WNS}><w:body>{''.join(body)}{sect}</w:body></w:document>"
    title = f"DHR Overview Report \u2013 {_text.TD_SUBJECT}"
    bound = sdt.inline("Title", "", "<w:text/>", w_run(title), extra="").replace(
        "<w:text/>", "<w:dataBinding w:prefixMappings=\"xmlns:ns0='http://purl.org/dc/elements/1.1/' "
        "xmlns:ns1='http://schemas.openxmlformats.org/package/2006/metadata/core-properties' \" "
        f'w:xpath="/ns1:coreProperties[1]/ns0:title[1]" w:storeItemID="{CORE_STORE}"/><w:text/>')
    header = (f"{XML_HEAD}<w:hdr {WNS}>" + w_para(bound + w_run("\tOFFICIAL-SENSITIVE \u2013 DRAFT", "<w:b/>"),
                                                  '<w:pStyle w:val="Header"/><w:tabs><w:clear w:val="center" '
                                                  'w:pos="4513"/></w:tabs>') + "</w:hdr>")

    def fld(instr, res):
        return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> {instr} '
                f'</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>{res}</w:t></w:r>'
                '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    footer = (f"{XML_HEAD}<w:ftr {WNS}>" + w_para(w_run(_text.TD_TEMPLATE + "\tPage ") + fld("PAGE", "1") +
                                                  w_run(" of ") + fld("NUMPAGES", "4"), '<w:pStyle w:val="Footer"/>')
              + "</w:ftr>")
    settings = (f'{XML_HEAD}<w:settings {WNS}><w:zoom w:percent="100"/><w:attachedTemplate r:id="rId1"/>'
                '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat>'
                '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" '
                'w:val="15"/></w:compat><w:themeFontLang w:val="en-GB"/></w:settings>')
    settings_rels = (f'{XML_HEAD}<Relationships xmlns="{PKG_REL}"><Relationship Id="rId1" Type="{DOC_REL}/'
                     'attachedTemplate" Target="file:///\\\\larchfield-csp.example\\templates\\DHR%20Overview%20'
                     'Report%20Template%202023.dotx" TargetMode="External"/></Relationships>')
    ct = (f'{XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          f'<Override PartName="/word/document.xml" ContentType="{CT_WML}document.main+xml"/>'
          f'<Override PartName="/word/styles.xml" ContentType="{CT_WML}styles+xml"/>'
          f'<Override PartName="/word/settings.xml" ContentType="{CT_WML}settings+xml"/>'
          f'<Override PartName="/word/header1.xml" ContentType="{CT_WML}header+xml"/>'
          f'<Override PartName="/word/footer1.xml" ContentType="{CT_WML}footer+xml"/>'
          f'<Override PartName="/word/glossary/document.xml" ContentType="{CT_WML}document.glossary+xml"/>'
          '<Override PartName="/docProps/core.xml" '
          'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
    rels = (f'{XML_HEAD}<Relationships xmlns="{PKG_REL}"><Relationship Id="rId3" Type="{DOC_REL}/extended-'
            'properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/'
            'package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship '
            f'Id="rId1" Type="{DOC_REL}/officeDocument" Target="word/document.xml"/></Relationships>')
    doc_rels = (f'{XML_HEAD}<Relationships xmlns="{PKG_REL}">'
                f'<Relationship Id="rId1" Type="{DOC_REL}/styles" Target="styles.xml"/>'
                f'<Relationship Id="rId2" Type="{DOC_REL}/settings" Target="settings.xml"/>'
                f'<Relationship Id="rId3" Type="{DOC_REL}/glossaryDocument" Target="glossary/document.xml"/>'
                f'<Relationship Id="rId8" Type="{DOC_REL}/header" Target="header1.xml"/>'
                f'<Relationship Id="rId9" Type="{DOC_REL}/footer" Target="footer1.xml"/></Relationships>')
    n_words = sum(len(t.split()) for t in texts)
    app = (f'{XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>DHR Overview '
           f'Report Template 2023.dotx</Template><TotalTime>1312</TotalTime><Pages>4</Pages><Words>{n_words + 260}'
           '</Words><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Company>Larchfield '
           'CSP (FICTIONAL)</Company><AppVersion>16.0000</AppVersion></Properties>')
    core = (f'{XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
            'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{xesc(title)}</dc:title><dc:subject>'
            f'{FICT}</dc:subject><dc:creator>Larchfield CSP</dc:creator><cp:lastModifiedBy>Independent Chair'
            '</cp:lastModifiedBy><cp:revision>14</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">'
            '2024-11-04T10:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2025-03-14T16:42:00Z'
            '</dcterms:modified></cp:coreProperties>')
    zip_parts(path, {"[Content_Types].xml": ct, "_rels/.rels": rels, "word/document.xml": doc,
                     "word/_rels/document.xml.rels": doc_rels, "word/styles.xml": TD_STYLES,
                     "word/settings.xml": settings, "word/_rels/settings.xml.rels": settings_rels,
                     "word/header1.xml": header, "word/footer1.xml": footer,
                     "word/glossary/document.xml": td_glossary(), "docProps/app.xml": app,
                     "docProps/core.xml": core}, (2025, 3, 14, 16, 42, 0))
    check_lengths(path.name, texts)
    check_count(path.name, result, 15, 25)
    check_template(path, result, texts)
    return {
        "note": ("A DOMESTIC HOMICIDE REVIEW WRITTEN INTO A PARTNERSHIP'S WORD TEMPLATE OF CONTENT CONTROLS: a title "
                 "block, a 'Document control' table of controls (plain text '0.7', a drop-down 'Draft for panel', a "
                 "date picker '14/03/2025', an unused 'Author' control showing 'Click or tap here to enter text.', a "
                 "check box '\u2610' in MS Gothic), grey italic guidance, then every section a table: a shaded cell "
                 "'3.  Summary of events' with the template's grey guidance ('... Number paragraphs 1.1, 1.2 ...'), "
                 "then a cell holding the author's control. Sections 1, 3 and 5 are MULTI-LINE PLAIN TEXT CONTROLS "
                 "(w:text w:multiLine='1'): the author pressed Enter, so A SECTION'S NUMBERED PARAGRAPHS ARE ONE WORD "
                 "PARAGRAPH, ONE RUN, parted by soft line breaks <w:br/> (two between paragraphs in sections 1 and 5, "
                 "ONE in section 3), typed '1.2 The ...'. Section 2 is a rich text control of 'Report paragraph' "
                 "paragraphs typed '2.1<TAB>The ...', then 'Family's contribution (optional):' and an unused control "
                 "showing its placeholder. Section 4 is a table of terms of reference ('ToR 2 \u2013 Were risk "
                 "assessments and referrals timely and effective?') beside rich text controls holding 4.1-4.2 and "
                 "4.3-4.4; the third ToR's control is left at its placeholder. After section 5 an 'Action plan' "
                 "table of unused rows numbered '1' and '2' (drop-downs 'Choose an item.', 'Click or tap to enter "
                 "a date.'), a declaration check box '\u2612' and an unused 'Signed' control. The header holds the "
                 "title as a control bound to the core properties (w:dataBinding) and 'OFFICIAL-SENSITIVE \u2013 "
                 "DRAFT'; the footer the template's name and 'Page 1 of 4'; word/glossary/document.xml holds the "
                 "placeholders' texts. Not paragraphs: every label, guidance text, placeholder, ToR, check box, "
                 "table row number and the header and footer. Pages: 1 + the explicit page breaks before the Word "
                 "paragraph that holds the paragraph's start (page breaks before sections 1, 3 and 5)."),
        "paragraphs": result,
    }


def td_checkbox(on):
    return (f'<w14:checkbox><w14:checked w14:val="{int(on)}"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
            '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox>')


def td_box_run(on):
    return w_run("\u2612" if on else "\u2610", '<w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS '
                                               'Gothic" w:hint="eastAsia"/>')


def check_template(path, result, texts):
    """lxml: the body walked in order, pages counted from explicit page breaks; each section control's text (its
    w:t, w:br as a line break, w:tab as a tab), lines opening with a number starting paragraphs; the key's labels,
    pages and texts; the sections' controls are multi-line plain text controls (1, 3, 5, their paragraphs one Word
    paragraph each) and rich text ones (2, ToR 1 and 2); placeholders left in the controls that show them.
    python-docx opens the package."""
    import docx
    from lxml import etree
    ns = {"w": W_NS, "w14": W14_NS}
    q = f"{{{W_NS}}}"
    z = zipfile.ZipFile(path)
    root = etree.fromstring(z.read("word/document.xml"))
    got, pg = [], 1
    for el in root.find("w:body", ns):
        if el.tag == q + "p" and el.find(".//w:br[@w:type='page']", ns) is not None:
            pg += 1
            continue
        for ctl in el.iter(q + "sdt"):
            tag = ctl.find("w:sdtPr/w:tag", ns).get(q + "val")
            if not (tag.startswith("section_") or tag.startswith("tor_")):
                continue
            ps = ctl.findall("w:sdtContent/w:p", ns)
            multi = ctl.find("w:sdtPr/w:text", ns) is not None
            if multi != (tag in ("section_1", "section_3", "section_5")) or (multi and len(ps) != 1):
                raise AssertionError(f"template.docx: control {tag}")
            lines = []
            for p in ps:
                s = ""
                for node in p.iter(q + "t", q + "br", q + "tab"):
                    s += node.text if node.tag == q + "t" else ("\n" if node.tag == q + "br" else "\t")
                lines += s.split("\n")
            if ctl.find("w:sdtPr/w:showingPlcHdr", ns) is not None:
                if lines != [_text.TD_PLACEHOLDER]:
                    raise AssertionError(f"template.docx: placeholder of {tag}")
                continue
            for ln in lines:
                m = re.match(r"(\d+\.\d+)[ \t](.+)", ln)
                if m:
                    got.append([m.group(1), pg, m.group(2)])
                elif ln:
                    got[-1][2] += " " + ln
    want = [[d["label"], d["page"], t] for d, t in zip(result, texts, strict=True)]
    if got != want:
        raise AssertionError(f"template.docx: read back {[(g[0], g[1]) for g in got]}")
    xml = z.read("word/document.xml").decode("utf-8")
    if xml.count("<w:showingPlcHdr/>") != 10 or xml.count('w:multiLine="1"') != 3 or "<w:br/><w:br/>" not in xml:
        raise AssertionError("template.docx: placeholders or multi-line controls")
    docx.Document(str(path))


# --------------------------------------------------------------------------
# 4. answers.html: a learning review typed into an online service, its "check your answers" page saved
# --------------------------------------------------------------------------
CA_PLAN = {1: [72, 66, 78], 2: [84, 76, 70, 80], 3: [64, 70, 58, 66, 62], 4: [60, 68, 56]}
CA_CSS = """.app-preline { white-space: pre-line }
.govuk-visually-hidden { position: absolute !important; width: 1px !important; height: 1px !important;
  margin: 0 !important; overflow: hidden !important; clip: rect(0 0 0 0) !important; white-space: nowrap !important }
.govuk-summary-list { display: table; width: 100%; table-layout: fixed; margin: 0 0 30px }
.govuk-summary-list__row { display: table-row; border-bottom: 1px solid #b1b4b6 }
.govuk-summary-list__key, .govuk-summary-list__value, .govuk-summary-list__actions { display: table-cell;
  padding: 10px 20px 10px 0; vertical-align: top }
.govuk-summary-list__key { width: 30%; font-weight: 700 }
.govuk-summary-list__actions { width: 20%; text-align: right }
.govuk-summary-card { margin-bottom: 20px; border: 1px solid #b1b4b6 }
.govuk-summary-card__title-wrapper { padding: 15px 20px; background: #f3f2f1; display: flex }
.govuk-summary-card__title { margin: 0; font-size: 19px; flex-grow: 1 }
.govuk-summary-card__actions { list-style: none; margin: 0; padding: 0 }
.govuk-summary-card__content { padding: 0 20px }
"""


def ca_row(key, value_html, change=None, value_class=""):
    """A summary list row: the question in a <dt>, the answer in a <dd>, a "Change" link (its hidden words) or no
    actions <dd>."""
    act = ""
    if change:
        href, hidden = change
        act = (f'\n      <dd class="govuk-summary-list__actions">\n        <a class="govuk-link" href="{href}">Change'
               f'<span class="govuk-visually-hidden"> {hesc(hidden)}</span></a>\n      </dd>')
    cls = "govuk-summary-list__value" + (f" {value_class}" if value_class else "")
    return (f'    <div class="govuk-summary-list__row{"" if change else " govuk-summary-list__row--no-actions"}">\n'
            f'      <dt class="govuk-summary-list__key">\n        {hesc(key)}\n      </dt>\n'
            f'      <dd class="{cls}">{value_html}</dd>{act}\n    </div>\n')


def ca_list(rows):
    return f'  <dl class="govuk-summary-list">\n{"".join(rows)}  </dl>\n'


def make_answers(out, pm):
    path = out / "answers.html"
    result, texts, paras = [], [], {}
    for s, sizes in CA_PLAN.items():
        paras[s] = []
        for j, n_words in enumerate(sizes, 1):
            t = pm.make(n_words, "child")
            texts.append(t)
            paras[s].append((f"{s}.{j}", t))
            result.append(entry(f"{s}.{j}", None, t))
    slug = {1: "introduction", 2: "what-happened", 3: "findings", 4: "what-needs-to-change"}
    main = [f'  <p class="govuk-body-s">{FICT}. {INVENTED}</p>\n',
            '  <span class="govuk-caption-l">' + hesc(_text.CA_DETAILS[2][1]) + '</span>\n',
            '  <h1 class="govuk-heading-l">Check your answers before sending your review</h1>\n',
            '  <h2 class="govuk-heading-m">Review details</h2>\n',
            ca_list([ca_row(k, f"\n        {hesc(v)}\n      ", (f"/review/details?field={i}", k.lower()))
                     for i, (k, v) in enumerate(_text.CA_DETAILS)])]
    # section 1: one <p> an answer paragraph
    main.append(f'  <h2 class="govuk-heading-m">Section 1: {_text.CA_SECTIONS[0]}</h2>\n')
    ps = "".join(f'\n        <p class="govuk-body">{hesc(lab)} {hesc(t)}</p>' for lab, t in paras[1])
    main.append(ca_list([ca_row(_text.CA_SECTIONS[0], ps + "\n      ", (f"/review/{slug[1]}", "introduction"))]))
    # section 2: the textarea's text as typed, one text node shown by white-space: pre-line
    main.append(f'  <h2 class="govuk-heading-m">Section 2: {_text.CA_SECTIONS[1]}</h2>\n')
    raw2 = "\n\n".join(f"{lab} {t}" for lab, t in paras[2])
    main.append(ca_list([ca_row(_text.CA_SECTIONS[1], hesc(raw2), (f"/review/{slug[2]}", "what happened"),
                                "app-preline"),
                         ca_row("Key dates", '\n        <a class="govuk-link" href="/review/key-dates">Enter key dates'
                                '</a>\n      ')]))
    # section 3: findings added one by one, each a summary card
    main.append(f'  <h2 class="govuk-heading-m">Section 3: {_text.CA_SECTIONS[2]}</h2>\n')
    main.append(f'  <p class="govuk-body">You have added {len(paras[3])} findings.</p>\n')
    for k, (lab, t) in enumerate(paras[3], 1):
        who = "".join(f"\n            <li>{hesc(a)}</li>" for a in _text.CA_FOR[k - 1])
        main.append(
            '  <div class="govuk-summary-card">\n    <div class="govuk-summary-card__title-wrapper">\n'
            f'      <h2 class="govuk-summary-card__title">Finding {k}</h2>\n'
            '      <ul class="govuk-summary-card__actions">\n        <li class="govuk-summary-card__action">'
            f'<a class="govuk-link" href="/review/findings/{k}/remove">Remove<span class="govuk-visually-hidden"> '
            f'finding {k}</span></a></li>\n      </ul>\n    </div>\n    <div class="govuk-summary-card__content">\n'
            + ca_list([ca_row("Paragraph number", f"\n        {lab}\n      ", (f"/review/findings/{k}/number",
                                                                            f"paragraph number of finding {k}")),
                       ca_row("What the review found", f'\n        <p class="govuk-body">{hesc(t)}</p>\n      ',
                              (f"/review/findings/{k}/text", f"finding {k}")),
                       ca_row("Who this finding is for", f'\n          <ul class="govuk-list">{who}\n          </ul>'
                              "\n      ", (f"/review/findings/{k}/audience", f"who finding {k} is for"))])
            + "    </div>\n  </div>\n")
    main.append('  <a href="/review/findings/add" class="govuk-button govuk-button--secondary" '
                'data-module="govuk-button">Add another finding</a>\n')
    # section 4: the textarea's line breaks turned into <br>s
    main.append(f'  <h2 class="govuk-heading-m">Section 4: {_text.CA_SECTIONS[3]}</h2>\n')
    br4 = "<br><br>".join(f"{hesc(lab)} {hesc(t)}" for lab, t in paras[4])
    main.append(ca_list([ca_row(_text.CA_SECTIONS[3], f"\n        {br4}\n      ", (f"/review/{slug[4]}",
                                                                                 "what needs to change"))]))
    main.append('  <h2 class="govuk-heading-m">Now send your review</h2>\n'
                f'  <p class="govuk-body">{hesc(_text.CA_DECLARE)}</p>\n'
                '  <form action="/review/submit" method="post" novalidate>\n'
                '    <input type="hidden" name="csrfToken" value="8f2c6d1e-61b4-4f0a-9c3e-2d7a5b90e461">\n'
                '    <button type="submit" class="govuk-button" data-module="govuk-button">Accept and send</button>\n'
                '  </form>\n')
    html = (
        '<!DOCTYPE html>\n<html lang="en" class="govuk-template">\n<head>\n  <meta charset="utf-8">\n'
        f'  <title>Check your answers before sending your review \u2013 {_text.CA_SERVICE} \u2013 '
        f'{hesc(_text.CA_BOARD)}</title>\n'
        '  <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">\n'
        f'  <meta name="description" content="{FICT}">\n'
        f'  <link rel="stylesheet" href="{_text.CA_HOST}/assets/main.css">\n  <style>\n{CA_CSS}  </style>\n'
        '</head>\n<body class="govuk-template__body">\n'
        '<a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>\n'
        '<header class="govuk-header" data-module="govuk-header">\n  <div class="govuk-header__container '
        'govuk-width-container">\n    <div class="govuk-header__logo"><a href="/" class="govuk-header__link '
        f'govuk-header__link--homepage">{hesc(_text.CA_BOARD)}</a></div>\n'
        '    <div class="govuk-header__content"><a href="/review" class="govuk-header__link '
        f'govuk-header__service-name">{_text.CA_SERVICE}</a>\n'
        '      <nav aria-label="Menu" class="govuk-header__navigation"><ul class="govuk-header__navigation-list">'
        '<li class="govuk-header__navigation-item"><a class="govuk-header__link" href="/account">Your account</a>'
        '</li><li class="govuk-header__navigation-item"><a class="govuk-header__link" href="/sign-out">Sign out</a>'
        '</li></ul></nav>\n    </div>\n  </div>\n</header>\n'
        '<div class="govuk-width-container">\n  <div class="govuk-phase-banner">\n    <p class="govuk-phase-banner__'
        'content"><strong class="govuk-tag govuk-phase-banner__content__tag">Beta</strong><span class="govuk-phase-'
        'banner__text">This is a new service \u2013 your <a class="govuk-link" href="/feedback">feedback</a> will '
        'help us to improve it.</span></p>\n  </div>\n'
        '  <a href="/review/findings" class="govuk-back-link">Back</a>\n'
        '  <main class="govuk-main-wrapper" id="main-content" role="main">\n<div class="govuk-grid-row">\n'
        '<div class="govuk-grid-column-two-thirds-from-desktop">\n'
        + "".join(main) +
        '</div>\n</div>\n  </main>\n</div>\n'
        '<footer class="govuk-footer">\n  <div class="govuk-width-container">\n    <h2 class="govuk-visually-'
        'hidden">Support links</h2>\n    <ul class="govuk-footer__inline-list">\n'
        + "".join(f'      <li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/{h}">{t}'
                  "</a></li>\n" for h, t in (("help", "Help"), ("cookies", "Cookies"), ("accessibility",
                                             "Accessibility statement"), ("privacy", "Privacy")))
        + f'    </ul>\n    <p class="govuk-footer__meta">\u00a9 {hesc(_text.CA_BOARD)}</p>\n  </div>\n</footer>\n'
        f'<script src="{_text.CA_HOST}/assets/govuk-frontend.min.js"></script>\n'
        '<script>window.GOVUKFrontend.initAll()</script>\n</body>\n</html>\n')
    path.write_text(html, encoding="utf-8")
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    check_answers(path, result, texts)
    return {
        "note": ("A LOCAL LEARNING REVIEW TYPED INTO AN ONLINE SERVICE, ITS 'CHECK YOUR ANSWERS' PAGE SAVED FROM THE "
                 "BROWSER: the service's header and navigation, a 'Beta' phase banner, a 'Back' link, 'Check your "
                 "answers before sending your review'; GOV.UK-style summary lists (<dl class='govuk-summary-list'>, a "
                 "row a <div>: the question in a <dt>, the answer in a <dd>, a 'Change' link with visually hidden "
                 "words in the last <dd>) under 'Section 2: What happened' headings. The review's paragraphs are "
                 "ANSWERS: section 1's as <p class='govuk-body'>s in one <dd>; section 2's as ONE TEXT NODE, the "
                 "paragraphs parted by blank lines and shown only by CSS (white-space: pre-line); section 4's "
                 "parted by '<br><br>'; section 3's findings added one by one as SUMMARY CARDS titled '<h2>Finding "
                 "2</h2>' with a 'Remove' link, each card's rows giving the NUMBER ('3.2') as the answer to "
                 "'Paragraph number' and the text as the answer to 'What the review found', then a 'Who this "
                 "finding is for' list; 'You have added 5 findings.' and an 'Add another finding' button. An "
                 "unanswered 'Key dates' question whose answer is an 'Enter key dates' link; the review details "
                 "(partnership, type, title, sign-off date, reviewer); the declaration, a hidden CSRF input, an "
                 "'Accept and send' button and the footer. Not paragraphs: questions, details, card titles, links, "
                 "lists, buttons. No pages (null)."),
        "paragraphs": result,
    }


def check_answers(path, result, texts):
    """lxml: the answers read back as the page shows them: section 1's <p>s, section 2's text split at its blank
    lines, section 3's cards (the number from one row, the text from the next), section 4's text split at "<br><br>";
    only the value <dd>s hold paragraphs."""
    import lxml.html
    doc = lxml.html.fromstring(path.read_bytes())
    got = []
    for dd in doc.xpath('//dd[contains(@class, "govuk-summary-list__value")]'):
        row = dd.getparent()
        key = row.xpath('string(dt)').strip()
        if dd.xpath("ancestor::div[contains(@class, 'govuk-summary-card')]"):
            if key == "Paragraph number":
                got.append([dd.text_content().strip(), None])
            elif key == "What the review found":
                got[-1][1] = dd.text_content().strip()
            continue
        if "app-preline" in dd.get("class"):
            blocks = dd.text.split("\n\n")
        elif dd.findall("br"):
            blocks = [dd.text.strip(), *((b.tail or "").strip() for b in dd.findall("br"))]
        else:
            blocks = [p.text_content() for p in dd.findall("p")]
        for b in blocks:
            m = re.fullmatch(r"(\d+\.\d+) (.+)", b, re.S)
            if m:
                got.append([m.group(1), m.group(2)])
    if got != [[d["label"], t] for d, t in zip(result, texts, strict=True)]:
        raise AssertionError(f"answers.html: read back {[g[0] for g in got]}")
    changes = doc.xpath('//a[starts-with(normalize-space(.), "Change")]')
    if len(changes) != len(_text.CA_DETAILS) + 3 + 3 * len(CA_PLAN[3]) or "\n\n" not in doc.xpath(
            'string(//dd[contains(@class, "app-preline")])'):
        raise AssertionError("answers.html: furniture")


# --------------------------------------------------------------------------
# 5. responses.txt: a thematic review submitted through an online form, saved as tab-delimited text
# --------------------------------------------------------------------------
RT_PLAN = {1: [66, 72, 60], 2: [70, 64, 74, 58], 3: [80, 68, 76, 62, 70], 4: [58, 64, 60]}


def straight(t):
    """As typed in a browser: straight quotes and apostrophes."""
    return t.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')


def make_responses(out, pm):
    path = out / "responses.txt"
    result, texts, paras = [], [], {}
    for s, sizes in RT_PLAN.items():
        paras[s] = []
        for j, n_words in enumerate(sizes, 1):
            t = straight(pm.make(n_words, "adult"))
            texts.append(t)
            paras[s].append((f"{s}.{j}", t))
            result.append(entry(f"{s}.{j}", None, t))
    header = [*_text.RT_FIXED, *_text.RT_QUESTIONS]
    test = ["1", "28/02/2025 16:02:55", "28/02/2025 16:03:40", "anonymous", "", "", *_text.RT_TEST]
    real = ["2", "03/03/2025 14:12:09", "03/03/2025 15:47:51", "anonymous", "", "", _text.RT_BOARD.replace(
        "(FICTIONAL)", f"({FICT})"), _text.RT_TITLE + " (FICTIONAL)", _text.RT_TYPE, _text.RT_AGENCIES,
            *("\n\n".join(f"{lab} {t}" for lab, t in paras[s]) for s in RT_PLAN), _text.RT_ELSE,
            _text.RT_DECLARE]
    if not (len(header) == len(test) == len(real)):
        raise AssertionError("responses.txt: columns")
    buf = io.StringIO(newline="")
    wr = csv.writer(buf, delimiter="\t", quotechar='"', quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    for row in (header, test, real):
        wr.writerow(row)
    raw = buf.getvalue()
    path.write_bytes(raw.encode("cp1252"))
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    check_responses(path, result, texts)
    return {
        "note": ("A THEMATIC REVIEW SUBMITTED THROUGH AN ONLINE FORM, ITS RESPONSES EXPORTED TO A SPREADSHEET AND "
                 "SAVED AS 'TEXT (TAB DELIMITED)' (Windows-1252; CRLF ends a row, LF is a line break inside a cell): a "
                 "header row of the columns ('ID', 'Start time', 'Completion time', 'Email', 'Name', 'Last modified "
                 "time', then the questions, 'Section 3: What the review found (number your paragraphs 3.1, 3.2 and "
                 "so on)'), a TEST RESPONSE ('test', 'please ignore \u2013 testing the form'), then THE REAL "
                 "RESPONSE, ONE ROW: fixed cells (2, times, 'anonymous'), the board, the title, 'Thematic review', "
                 "'Adult social care;Police;...;Fire and rescue;' (a multi-choice answer with trailing "
                 "semicolons), then each section's answer a QUOTED CELL WITH LINE BREAKS INSIDE, paragraphs typed "
                 "'2.3 The ...' one a line, parted by an empty line. So THE FIRST PARAGRAPH OF EVERY SECTION "
                 "BEGINS IN MID-LINE after a tab and the opening quote ('...;Fire and rescue;<TAB>\"1.1 The ...'), "
                 "and every section's last paragraph ends with the closing quote, a tab and the next section's "
                 "opening quote and first paragraph on the same line ('... in June.\"<TAB>\"2.1 The ...'); straight "
                 "quotes typed in the browser are DOUBLED inside cells (\"\"personal choice\"\"). After 4.3 the cell "
                 "'Anything else we should know? (not published)' opens '3.2 and 3.3 draw on ...', then the "
                 "declaration. Not paragraphs: the header row, the test response, the fixed cells, the short "
                 "answers, the 'not published' answer and the declaration. No pages (null)."),
        "paragraphs": result,
    }


def check_responses(path, result, texts):
    """csv: three rows (header, test, response); the response's section cells split at their empty lines give the
    key. Raw: the file's lines (CRLF or LF) show the first paragraphs beginning after '\\t"' and each section's end
    sharing its line with the next section's start; a doubled quote inside a cell."""
    raw = path.read_bytes().decode("cp1252")
    rows = list(csv.reader(io.StringIO(raw, newline=""), delimiter="\t", quotechar='"'))
    if len(rows) != 3 or rows[1][6] != _text.RT_TEST[0]:
        raise AssertionError("responses.txt: rows")
    got = []
    for cell in rows[2][10:14]:
        got += [list(m.groups()) for b in cell.split("\n\n") if (m := re.fullmatch(r"(\d+\.\d+) (.+)", b, re.S))]
    if got != [[d["label"], t] for d, t in zip(result, texts, strict=True)]:
        raise AssertionError(f"responses.txt: read back {[g[0] for g in got]}")
    lines = re.split(r"\r\n|\n", raw)
    joins = [ln for ln in lines if re.search(r'"\t"\d\.1 ', ln)]
    if len(joins) != 3 or not any(re.search(r';\t"1\.1 ', ln) for ln in lines) or '""' not in raw or \
            raw.count("\r\n") != 3:
        raise AssertionError("responses.txt: layout")


def build(out):
    return _harness.build_files(out, ParaMaker(), {
        "fillable.pdf": make_fillable, "flattened.pdf": make_flattened, "template.docx": make_template,
        "answers.html": make_answers, "responses.txt": make_responses})


def main(out: pathlib.Path, determinism: bool = True) -> dict:
    """Build and self-check into ``out``; with ``determinism``, build again elsewhere and compare the bytes."""
    return _harness.build_checked(build, out, "blind61-determinism-", determinism)


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
