"""Blind fixture generator 71: five FICTIONAL files in which A REVIEW'S PARAGRAPHS ARE KEPT IN A SPREADSHEET, as
partnerships track a review's findings and recommendations (a row per paragraph, its number in one column, the
review's text in another, then the lead, the due date, a RAG status and progress notes) and practitioners are sent
the tracker, not the report: a safeguarding adults review's action tracker saved by Excel (.xlsx), a domestic
homicide review's action plan downloaded from Google Sheets (.xlsx), a practice review's learning action plan saved
by LibreOffice Calc (.ods), a thematic review's tracker printed from Excel to PDF, and a learning review's
improvement plan in Excel whose long paragraphs were split over two rows by hand.

FICTIONAL \u2013 for software testing. Run: python make.py [outdir] (a few seconds: everything is built twice and the
bytes compared). Needs lxml, reportlab and pdfplumber; no office program, no network, no openpyxl: every package's
parts are written here as strings and zipped with fixed dates, and the PDF is drawn with reportlab. Every generator
lays its file out into a record first (each sheet's cells with their role: the review's paragraph number, its words,
a continuation of its words, or furniture; for the PDF each line drawn, its place and role) and works the key out
again from that record (sheets in order, rows in order; a paragraph from its number to the next). Then the file is
read back WITHOUT the project's parser and compared with the record: the .xlsx with zipfile and lxml through a
SpreadsheetML reader of its own (sheets in workbook.xml's order through the relationships, shared strings with their
rich runs, inline strings, number cells shown as the shortest decimal, hidden sheets), the .ods through an
OpenDocument reader of its own (table:table in order, table:number-rows-repeated and table:number-columns-repeated
expanded, covered cells, text:p, text:s, text:span, office:annotation left out), every cell equal to the record's;
and the key is worked out a second time from what was read back, by the rule a reader would follow (the sheet whose
header row has the number column; a number like 4.2 opens a paragraph; a row whose number cell is empty or
"(cont.)" carries the paragraph above on; a heading row ends it). The PDF is read back with pdfplumber: every line
the record drew, character for character, where the record put it, nothing else on the page, each paragraph's words
in one piece inside the text column, its number where the layout put it.

tracker.xlsx    A SAFEGUARDING ADULTS REVIEW'S ACTION TRACKER (Mr D, Kelmscar) SAVED BY EXCEL (Microsoft 365):
                [Content_Types].xml, docProps (app.xml with the sheet names in TitlesOfParts), xl/workbook.xml with
                three sheets "Tracker", "Notes" and a HIDDEN "Lists" (state="hidden"), the print titles and the
                filter as defined names, a theme, styles (a date format, RAG fills, wrapped top-aligned cells), SHARED
                STRINGS (one of them rich text: 4.5's first sentence in a bold run; 4.7 with an Alt+Enter line break
                inside the cell). "Tracker": the title and the fiction label MERGED across A:G, a header row "Para |
                Rec | Finding / recommendation (review text) | Lead | Due | RAG | Progress" (frozen, filtered), THREE
                SECTION HEADINGS MERGED ACROSS THE ROW ("Finding 1: ..."), 4.1-4.10 as text cells, "R1" to "R3" in
                the Rec column beside 4.3, 4.6 and 4.10, due dates as date serials, RAG words, progress notes (one
                opening "4.3 and 4.4 to be reported together."); a data validation list pointing at the hidden sheet;
                header and footer "&A" and "Page &P of &N". "Notes": the tracker's own notes numbered "1." to "4.".
                "Lists": the RAG words and the leads
gsheets.xlsx    A DOMESTIC HOMICIDE REVIEW'S ACTION PLAN (Ms L, Brackenford) DOWNLOADED FROM GOOGLE SHEETS (File >
                Download > Microsoft Excel): no docProps, Google's rels (theme rId1, styles rId2, sheets from rId3),
                sheetPr outlinePr summaryBelow="0", sheetFormatPr defaultColWidth="12.63" defaultRowHeight="15.75",
                the mac namespaces, Arial 10.0, and EVERY STRING INLINE (t="inlineStr", no sharedStrings part). Three
                tabs: "Cover" (title, partnership, fiction label, version, "Last updated" and a date), "Action plan"
                (a frozen header row "Para | Review paragraph | Action | Lead agency | Target date | Status |
                Update", 4.1-4.11), "RAG summary" (a table of counts). Traps: THE PARAGRAPH NUMBERS 4.1 TO 4.9 ARE
                NUMBER CELLS (<v>4.1</v>), AS GOOGLE STORES WHAT WAS TYPED; 4.10 AND 4.11 WERE TYPED WITH AN
                APOSTROPHE AND ARE STRING CELLS (as a number 4.10 would be 4.1 again); the tracker's own Action column
                beside the review's text; target dates as serial numbers (45838.0); progress "Toolkit drafted; see
                4.10."; the summary's counts
calc.ods        A CHILD SAFEGUARDING PRACTICE REVIEW'S LEARNING ACTION PLAN (Child S, Ashcombe Vale) SAVED BY
                LIBREOFFICE CALC 7.6: mimetype stored first, content.xml, styles.xml (the master page's header
                <text:sheet-name/> and footer "Page <text:page-number/>"), meta.xml, settings.xml, manifest. Three
                sheets: "Read me" (unnumbered instructions and the fiction label), "Action plan", "Glossary". "Action
                plan": table:table-column's with number-columns-repeated, the title row and three THEME HEADINGS
                MERGED (number-columns-spanned="7" then covered-table-cell's), EMPTY ROWS COMPRESSED
                (number-rows-repeated="2") between the themes and the sheet's last row repeated 1048561 times,
                5.1-5.8 as FLOAT CELLS (office:value="5.1", text:p "5.1"), the review's text in a text:p; traps: the
                same lead and partner ("Health") COMPRESSED INTO ONE CELL with number-columns-repeated="2"; an
                office:annotation (a comment) inside 5.2's text cell, before its text:p; 5.4's text in TWO text:p
                (a line break inside the cell); 5.6's first sentence in a bold text:span and two spaces after a full
                stop (text:s); dates as office:date-value with text:p "30/06/2025"
printed.pdf     A THEMATIC REVIEW'S ACTION TRACKER (exploitation of adolescents, Hollinsby) PRINTED FROM EXCEL TO PDF
                (File > Save as > PDF): A4 landscape, Creator and Producer "Microsoft\u00ae Excel\u00ae for Microsoft
                365", gridlines printed round every cell, the page header "Hollinsby SCP (FICTIONAL)" left, the sheet
                name "Action tracker" (&A) centre and "14/03/2025" right, the footer "Page N of 3"; on page 1 the
                title and the fiction label; THE HEADER ROW "Para | Review text | Lead | Due | RAG | Update" REPEATED
                AT THE TOP OF EVERY PAGE (print titles); two theme headings merged across the row; 2.1-2.5 and
                3.1-3.6, the numbers in their own column, the text wrapped in the next, RAG cells filled with their
                words; 3.2'S ROW IS SPLIT BY THE PAGE BREAK, its first lines on page 2 and the rest of its text on
                page 3 under the repeated header row, its number cell on page 2 only
continued.xlsx  A LEARNING REVIEW'S IMPROVEMENT PLAN (Mr and Mrs H, Thursby Vale) SAVED BY EXCEL 2016: two sheets,
                "Version control" FIRST (a table "Version | Date | By | Change" whose versions "1.0", "1.1", "2.0",
                "2.1" are text cells in column A, the change "Long rows split so that the plan prints on A4.") and
                "Improvement plan" (title and label merged, a header row "Para | Learning (review text) | Owner |
                Target | Status", two section headings merged, 2.1-2.6 and 3.1-3.4). Traps: THREE PARAGRAPHS SPLIT
                OVER TWO ROWS BY HAND, mid-sentence: the second row of 2.3 and of 3.2 with an EMPTY number cell, the
                second row of 2.6 with "(cont.)" in it, the owner, target and status on the first row only

Judgement calls (as in earlier rounds, what a practitioner citing the review would expect):
- each key holds the review's own numbered paragraphs only, each once, in reading order (rows in order, sheets in
  order): never column headers, titles, section headings, recommendation labels (R1), owners, leads, dates, RAG or
  status words, actions, progress notes, notes sheets, the hidden sheet, version numbers, counts, sheet names, page
  headers or footers, even where a cell opens with a number ("4.3 and 4.4 to be reported together.");
- the label is the number in the number column as it shows, whether a text cell or a number cell ("4.1" from
  <v>4.1</v>; "4.10" from a string cell), beside a recommendation label of its own (R1), which is no paragraph;
- a paragraph is one across a line break inside its cell, rich text runs, spans and two text:p in one cell, and
  across a continuation row with an empty or "(cont.)" number cell (keyed to the continuation's last words);
- pages: for a spreadsheet, the sheet (1 + the sheets before it in the workbook's order, a hidden one counted) that
  holds the paragraph's row; for the PDF, the PDF page where its row starts (3.2: page 2, ending on page 3).
"""
import datetime
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
    from blindkit.keys import check_count, check_lengths, entry  # type: ignore
    from blindkit.markup import xesc  # type: ignore
    from blindkit.pdfread import check_pdf_key, pdf_pages, words_of  # type: ignore

    _text = _harness.load(__file__, "blind71_text", "text.py")
else:
    from ..blindkit import draw as _draw
    from ..blindkit import harness as _harness
    from ..blindkit.keys import check_count, check_lengths, entry
    from ..blindkit.markup import xesc
    from ..blindkit.pdfread import check_pdf_key, pdf_pages, words_of
    from . import text as _text

ParaMaker, norm, contains_seq = _text.ParaMaker, _text.norm, _text.contains_seq
FICT, INVENTED = _text.FICT, _text.INVENTED
WHEN = (2025, 3, 14, 10, 22, 36)
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
NUMBER = re.compile(r"\d+\.\d+")


def zip_package(path, files, when=WHEN, stored=()):
    """A zip package in the order given, fixed dates; the members named in ``stored`` not compressed."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED
            z.writestr(zi, data if isinstance(data, bytes) else data.encode("utf-8"))
    path.write_bytes(buf.getvalue())


def serial(d):
    """Excel's date serial of (year, month, day)."""
    return (datetime.date(*d) - datetime.date(1899, 12, 30)).days


def dmy(d):
    return f"{d[2]:02d}/{d[1]:02d}/{d[0]}"


def col_name(c):
    s = ""
    while c:
        c, r = divmod(c - 1, 26)
        s = chr(65 + r) + s
    return s


def cref(r, c):
    return f"{col_name(c)}{r}"


def parse_ref(ref):
    m = re.fullmatch(r"([A-Z]+)(\d+)", ref)
    c = 0
    for ch in m.group(1):
        c = c * 26 + ord(ch) - 64
    return int(m.group(2)), c


def shown(v):
    """A cell's value as it shows: a string as it is, a number as its shortest decimal ("4.1", "45838")."""
    if isinstance(v, str):
        return v
    f = float(v)
    return str(int(f)) if f.is_integer() else repr(f)


def split_mid(text, frac):
    """A paragraph cut in two mid-sentence, near ``frac`` of its words: the first part ends without a stop and the
    second opens with a lower-case word."""
    w = text.split(" ")
    k = round(len(w) * frac)
    for d in range(len(w)):
        for j in (k + d, k - d):
            if 3 < j < len(w) - 3 and w[j][:1].islower() and w[j - 1][-1:].isalpha():
                return " ".join(w[:j]), " ".join(w[j:])
    raise AssertionError("no place to split")


# --------------------------------------------------------------------------
# The record: a workbook's sheets and their cells, each with its role
# --------------------------------------------------------------------------
class Sheet:
    """One sheet as written: cells {(row, col): cell}, a cell a dict of v (a string, or a number: a float for a
    paragraph number, an int for a date serial), role ("num" a paragraph's number, "para" its words, "cont" its
    words carried on in a row below, anything else furniture), para (the paragraph's number), style, and optional
    runs [(text, bold)], iso (an ODS date) and note (a comment); merges [(row, first col, last col)]."""

    def __init__(self, name, state="visible", ncols=7):
        self.name, self.state, self.ncols = name, state, ncols
        self.cells, self.merges, self.heights = {}, [], {}

    def put(self, r, c, v, style="text", role="furniture", para=None, **kw):
        self.cells[r, c] = {"v": v, "style": style, "role": role, "para": para, **kw}

    @property
    def nrows(self):
        return max((r for r, _c in self.cells), default=0)

    def grid(self):
        return {rc: shown(cell["v"]) for rc, cell in self.cells.items() if shown(cell["v"]) != ""}


def key_from_record(book):
    """The key worked out from the record: sheets in order, cells in row order; a paragraph from its number cell,
    its words every "para" and "cont" cell of that paragraph. Returns (labels, pages, texts)."""
    order, pages, parts = [], {}, {}
    for k, sh in enumerate(book, 1):
        for rc in sorted(sh.cells):
            cell = sh.cells[rc]
            if cell["role"] == "num":
                lab = shown(cell["v"])
                if lab != cell["para"] or lab in pages:
                    raise AssertionError(f"record: number {lab}")
                order.append(lab)
                pages[lab] = k
            elif cell["role"] in ("para", "cont"):
                if cell["para"] not in pages:
                    raise AssertionError(f"record: words of {cell['para']} before its number")
                parts.setdefault(cell["para"], []).append(shown(cell["v"]))
    return order, pages, {lab: " ".join(" ".join(parts[lab]).split()) for lab in order}


def key_from_grid(book_read, num_heads, text_head):
    """The key worked out again from what was read back, as a reader would: on a sheet whose header row has a number
    column (a header in ``num_heads``) and the review's text column (``text_head``), a number like 4.2 opens a
    paragraph; a row whose number cell is empty or "(cont.)" and whose text cell is not carries the paragraph above
    on; any other row (a heading) ends it. Returns [(label, page, text)]."""
    out = []
    for k, (_name, _state, grid) in enumerate(book_read, 1):
        heads = [(r, c) for (r, c), v in grid.items() if v in num_heads]
        if not heads:
            continue
        hr, nc = min(heads)
        tc = next(c for (r, c), v in grid.items() if r == hr and v == text_head)
        cur = None
        for r in range(hr + 1, max(r for r, _c in grid) + 1):
            num, txt = grid.get((r, nc), ""), grid.get((r, tc), "")
            if NUMBER.fullmatch(num):
                cur = [num, k, txt]
                out.append(cur)
            elif num in ("", _text.CO_CONT) and txt and cur is not None:
                cur[2] += " " + txt
            else:
                cur = None
    return [(lab, pg, " ".join(t.split())) for lab, pg, t in out]


def check_book(name, book, read, texts, result, num_heads, text_head):
    """The file read back equals the record cell for cell (sheet names, order and states too); the key from the
    record equals the key made and its texts the texts written; the key worked out from the file agrees."""
    want = [(sh.name, sh.state, sh.grid()) for sh in book]
    if [(n, s) for n, s, _g in read] != [(n, s) for n, s, _g in want]:
        raise AssertionError(f"{name}: sheets {[(n, s) for n, s, _g in read]}")
    for (n, _s, got), (_n, _s2, exp) in zip(read, want, strict=True):
        if got != exp:
            diff = sorted(set(got.items()) ^ set(exp.items()))[:4]
            raise AssertionError(f"{name}: sheet {n} read back differs: {diff}")
    order, pages, rtexts = key_from_record(book)
    if [entry(lab, pages[lab], rtexts[lab]) for lab in order] != result:
        raise AssertionError(f"{name}: key from the record")
    for lab in order:
        if rtexts[lab] != " ".join(texts[lab].split()):
            raise AssertionError(f"{name}: words of {lab}")
    again = key_from_grid(read, num_heads, text_head)
    if [(lab, pg) for lab, pg, _t in again] != [(d["label"], d["page"]) for d in result]:
        raise AssertionError(f"{name}: key from the file {[(lab, pg) for lab, pg, _t in again]}")
    for (lab, _pg, t), d in zip(again, result, strict=True):
        if entry(lab, d["page"], t) != d:
            raise AssertionError(f"{name}: words of {lab} read back")


# --------------------------------------------------------------------------
# SpreadsheetML: namespaces, parts, and a reader for the checks
# --------------------------------------------------------------------------
NS_M = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT_S = "application/vnd.openxmlformats-officedocument.spreadsheetml."
CT_O = "application/vnd.openxmlformats-officedocument."
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
X14AC = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"
XR = "http://schemas.microsoft.com/office/spreadsheetml/2014/revision"


def rels(items):
    out = [f'{HEAD}<Relationships xmlns="{NS_PKG}">']
    for rid, typ, target in items:
        t = typ if typ.startswith("http") else RT + typ
        out.append(f'<Relationship Id="{rid}" Type="{t}" Target="{target}"/>')
    return "".join(out) + "</Relationships>"


def content_types(overrides):
    o = "".join(f'<Override PartName="{p}" ContentType="{t}"/>' for p, t in overrides)
    return (f'{HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default '
            'Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default '
            f'Extension="xml" ContentType="application/xml"/>{o}</Types>')


def theme(name="Office Theme", minor="Calibri", major="Calibri Light"):
    """A theme part: the colour scheme, fonts and the three-of-each format scheme DrawingML asks for."""
    clr = "".join(f'<a:{k}><a:srgbClr val="{v}"/></a:{k}>' for k, v in (
        ("dk2", "44546A"), ("lt2", "E7E6E6"), ("accent1", "4472C4"), ("accent2", "ED7D31"), ("accent3", "A5A5A5"),
        ("accent4", "FFC000"), ("accent5", "5B9BD5"), ("accent6", "70AD47"), ("hlink", "0563C1"),
        ("folHlink", "954F72")))
    fill = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    ln = '<a:ln w="6350" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>'
    return (f'{HEAD}<a:theme xmlns:a="{NS_A}" name="{name}"><a:themeElements><a:clrScheme name="Office">'
            '<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" '
            f'lastClr="FFFFFF"/></a:lt1>{clr}</a:clrScheme><a:fontScheme name="Office"><a:majorFont><a:latin '
            f'typeface="{major}"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin '
            f'typeface="{minor}"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>'
            f'<a:fmtScheme name="Office"><a:fillStyleLst>{fill * 3}</a:fillStyleLst><a:lnStyleLst>{ln * 3}'
            '</a:lnStyleLst><a:effectStyleLst>' + '<a:effectStyle><a:effectLst/></a:effectStyle>' * 3
            + f'</a:effectStyleLst><a:bgFillStyleLst>{fill * 3}</a:bgFillStyleLst></a:fmtScheme></a:themeElements>'
            '<a:objectDefaults/><a:extraClrSchemeLst/></a:theme>')


def read_xlsx(path):
    """[(sheet name, state, {(row, col): text})] in workbook.xml's order, through the workbook's relationships:
    shared strings (their runs joined), inline strings, number cells as their shortest decimal."""
    from lxml import etree
    m = f"{{{NS_M}}}"
    z = zipfile.ZipFile(path)
    wb = etree.fromstring(z.read("xl/workbook.xml"))
    targets = {r.get("Id"): r.get("Target") for r in etree.fromstring(z.read("xl/_rels/workbook.xml.rels"))}
    sst = []
    if "xl/sharedStrings.xml" in z.namelist():
        for si in etree.fromstring(z.read("xl/sharedStrings.xml")).iter(m + "si"):
            sst.append("".join(t.text or "" for t in si.iter(m + "t")))
    out = []
    for s in wb.find(m + "sheets"):
        target = targets[s.get(f"{{{NS_R}}}id")]
        part = target.lstrip("/") if target.startswith("/") else "xl/" + target
        grid = {}
        for c in etree.fromstring(z.read(part)).iter(m + "c"):
            t, v = c.get("t"), c.find(m + "v")
            if t == "s":
                val = sst[int(v.text)]
            elif t == "inlineStr":
                val = "".join(x.text or "" for x in c.find(m + "is").iter(m + "t"))
            elif v is not None:
                val = shown(float(v.text))
            else:
                continue
            if val != "":
                grid[parse_ref(c.get("r"))] = val
        out.append((s.get("name"), s.get("state", "visible"), grid))
    return out


# Excel's styles.xml for the two files Excel saved: the cellXfs by name
XF = {"default": 0, "title": 1, "label": 2, "header": 3, "text": 4, "date": 5, "Green": 6, "Amber": 7, "Red": 8,
      "heading": 9, "num": 10, "plain": 11}


def excel_styles():
    fonts = ['<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>',
             '<font><b/><sz val="14"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/>'
             '</font>',
             '<font><i/><sz val="11"/><color rgb="FF7F7F7F"/><name val="Calibri"/><family val="2"/><scheme '
             'val="minor"/></font>',
             '<font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/>'
             '</font>',
             '<font><sz val="11"/><color rgb="FF006100"/><name val="Calibri"/><family val="2"/><scheme val="minor"/>'
             '</font>',
             '<font><sz val="11"/><color rgb="FF9C5700"/><name val="Calibri"/><family val="2"/><scheme val="minor"/>'
             '</font>',
             '<font><sz val="11"/><color rgb="FF9C0006"/><name val="Calibri"/><family val="2"/><scheme val="minor"/>'
             '</font>']
    fills = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>']
    fills += [f'<fill><patternFill patternType="solid"><fgColor rgb="FF{c}"/><bgColor indexed="64"/></patternFill>'
              '</fill>' for c in ("D9D9D9", "C6EFCE", "FFEB9C", "FFC7CE", "DDEBF7")]
    thin = "".join(f'<{s} style="thin"><color indexed="64"/></{s}>' for s in ("left", "right", "top", "bottom"))
    borders = ['<border><left/><right/><top/><bottom/><diagonal/></border>', f'<border>{thin}<diagonal/></border>']
    top = '<alignment vertical="top" wrapText="1"/>'
    xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
           '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>',
           '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>',
           '<xf numFmtId="0" fontId="3" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" '
           'applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf>',
           f'<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1">{top}'
           '</xf>',
           '<xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" '
           'applyAlignment="1"><alignment vertical="top"/></xf>']
    xfs += [f'<xf numFmtId="0" fontId="{f}" fillId="{fi}" borderId="1" xfId="0" applyFont="1" applyFill="1" '
            'applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="top"/></xf>'
            for f, fi in ((4, 3), (5, 4), (6, 5))]
    xfs += ['<xf numFmtId="0" fontId="3" fillId="6" borderId="1" xfId="0" applyFont="1" applyFill="1" '
            'applyBorder="1"/>',
            '<xf numFmtId="49" fontId="0" fillId="0" borderId="1" xfId="0" quotePrefix="1" applyNumberFormat="1" '
            'applyBorder="1" applyAlignment="1"><alignment horizontal="left" vertical="top"/></xf>',
            '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>']
    return (f'{HEAD}<styleSheet xmlns="{NS_M}" xmlns:mc="{MC}" mc:Ignorable="x14ac x16r2 xr" xmlns:x14ac="{X14AC}" '
            'xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main" '
            f'xmlns:xr="{XR}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>'
            f'<fonts count="{len(fonts)}" x14ac:knownFonts="1">{"".join(fonts)}</fonts><fills count="{len(fills)}">'
            f'{"".join(fills)}</fills><borders count="{len(borders)}">{"".join(borders)}</borders>'
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            f'<cellXfs count="{len(xfs)}">{"".join(xfs)}</cellXfs><cellStyles count="1"><cellStyle name="Normal" '
            'xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0" '
            'defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>')


RPR = '<rPr><sz val="11"/><color theme="1"/><rFont val="Calibri"/><family val="2"/><scheme val="minor"/></rPr>'
RPR_B = '<rPr><b/><sz val="11"/><color theme="1"/><rFont val="Calibri"/><family val="2"/><scheme val="minor"/></rPr>'


def t_elem(s):
    sp = ' xml:space="preserve"' if s != s.strip() or "\n" in s else ""
    return f"<t{sp}>{xesc(s)}</t>"


def excel_sheet_xml(sh, sst, opts, uid):
    """A worksheet as Excel writes it; strings go into the shared strings ``sst`` (a list, and its index)."""
    rows = []
    for r in range(1, sh.nrows + 1):
        cells = []
        for c in range(1, sh.ncols + 1):
            cell = sh.cells.get((r, c))
            if cell is None:
                continue
            s = XF[cell["style"]]
            if cell["v"] == "":
                cells.append(f'<c r="{cref(r, c)}" s="{s}"/>')
            elif isinstance(cell["v"], str):
                key = tuple(cell.get("runs") or [(cell["v"], False)])
                if key not in sst[1]:
                    sst[1][key] = len(sst[0])
                    sst[0].append(key)
                sst[2] += 1
                cells.append(f'<c r="{cref(r, c)}" s="{s}" t="s"><v>{sst[1][key]}</v></c>')
            else:
                cells.append(f'<c r="{cref(r, c)}" s="{s}"><v>{shown(cell["v"])}</v></c>')
        if not cells and r not in sh.heights:
            continue
        ht = f' ht="{sh.heights[r]}" customHeight="1"' if r in sh.heights else ""
        rows.append(f'<row r="{r}" spans="1:{sh.ncols}"{ht} x14ac:dyDescent="0.25">{"".join(cells)}</row>')
    last = cref(max(sh.nrows, 1), sh.ncols)
    pane = opts.get("freeze")
    view = '<sheetView workbookViewId="0"/>'
    if pane:
        view = (f'<sheetView {"tabSelected=" + chr(34) + "1" + chr(34) + " " if opts.get("selected") else ""}'
                f'workbookViewId="0"><pane ySplit="{pane - 1}" topLeftCell="A{pane}" activePane="bottomLeft" '
                f'state="frozen"/><selection pane="bottomLeft" activeCell="C{pane}" sqref="C{pane}"/></sheetView>')
    cols = "".join(f'<col min="{i}" max="{i}" width="{w}" customWidth="1"/>' for i, w in enumerate(opts["cols"], 1))
    tail = ""
    if opts.get("filter"):
        tail += f'<autoFilter ref="{opts["filter"]}"/>'
    if sh.merges:
        tail += f'<mergeCells count="{len(sh.merges)}">' + "".join(
            f'<mergeCell ref="{cref(r, c0)}:{cref(r, c1)}"/>' for r, c0, c1 in sh.merges) + "</mergeCells>"
    if opts.get("validation"):
        sq, formula = opts["validation"]
        tail += (f'<dataValidations count="1"><dataValidation type="list" allowBlank="1" showInputMessage="1" '
                 f'showErrorMessage="1" sqref="{sq}"><formula1>{formula}</formula1></dataValidation>'
                 '</dataValidations>')
    tail += ('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
             f'<pageSetup paperSize="9" orientation="{opts.get("orient", "portrait")}"/>')
    if opts.get("hf"):
        tail += (f'<headerFooter><oddHeader>{xesc(opts["hf"][0])}</oddHeader><oddFooter>{xesc(opts["hf"][1])}'
                 '</oddFooter></headerFooter>')
    return (f'{HEAD}<worksheet xmlns="{NS_M}" xmlns:r="{NS_R}" xmlns:mc="{MC}" mc:Ignorable="x14ac xr xr2 xr3" '
            f'xmlns:x14ac="{X14AC}" xmlns:xr="{XR}" '
            'xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" '
            'xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" '
            f'xr:uid="{uid}"><dimension ref="A1:{last}"/><sheetViews>{view}</sheetViews><sheetFormatPr '
            f'defaultRowHeight="15" x14ac:dyDescent="0.25"/><cols>{cols}</cols><sheetData>{"".join(rows)}'
            f'</sheetData>{tail}</worksheet>')


def shared_strings(sst):
    items = []
    for key in sst[0]:
        if len(key) == 1 and not key[0][1]:
            items.append(f"<si>{t_elem(key[0][0])}</si>")
        else:
            items.append("<si>" + "".join(f"<r>{RPR_B if b else RPR}{t_elem(s)}</r>" for s, b in key) + "</si>")
    return (f'{HEAD}<sst xmlns="{NS_M}" count="{sst[2]}" uniqueCount="{len(sst[0])}">{"".join(items)}</sst>')


def guid(seed):
    import hashlib
    h = hashlib.sha256(seed.encode()).hexdigest().upper()
    return "{" + f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}" + "}"


def excel_package(path, book, opts, props):
    """An .xlsx as Excel saves it: the parts in Excel's order, shared strings, a theme, docProps."""
    sst = [[], {}, 0]
    sheets = [excel_sheet_xml(sh, sst, o, guid(f"{path.name}:{sh.name}")) for sh, o in zip(book, opts, strict=True)]
    n = len(book)
    ws = "".join(f'<sheet name="{xesc(sh.name)}" sheetId="{k}"{" state=" + chr(34) + "hidden" + chr(34) if sh.state == "hidden" else ""} '  # noqa: E501
                 f'r:id="rId{k}"/>' for k, sh in enumerate(book, 1))
    names = "".join(f'<definedName name="{nm}"{" hidden=" + chr(34) + "1" + chr(34) if "Filter" in nm else ""} '
                    f'localSheetId="{sid}">{xesc(val)}</definedName>' for nm, sid, val in props["names"])
    workbook = (f'{HEAD}<workbook xmlns="{NS_M}" xmlns:r="{NS_R}" xmlns:mc="{MC}" mc:Ignorable="x15 xr xr6 xr10 '
                'xr2" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" '
                f'xmlns:xr="{XR}" xmlns:xr6="http://schemas.microsoft.com/office/spreadsheetml/2016/revision6" '
                'xmlns:xr10="http://schemas.microsoft.com/office/spreadsheetml/2016/revision10" '
                'xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2"><fileVersion '
                f'appName="xl" lastEdited="7" lowestEdited="7" rupBuild="{props["build"]}"/><workbookPr '
                'defaultThemeVersion="202300"/><bookViews><workbookView xWindow="-110" yWindow="-110" '
                f'windowWidth="25820" windowHeight="15500"/></bookViews><sheets>{ws}</sheets>'
                f'{"<definedNames>" + names + "</definedNames>" if names else ""}<calcPr calcId="191029"/>'
                '</workbook>')
    wb_rels = rels([*((f"rId{k}", "worksheet", f"worksheets/sheet{k}.xml") for k in range(1, n + 1)),
                    (f"rId{n + 1}", "theme", "theme/theme1.xml"), (f"rId{n + 2}", "styles", "styles.xml"),
                    (f"rId{n + 3}", "sharedStrings", "sharedStrings.xml")])
    titles = "".join(f"<vt:lpstr>{xesc(sh.name)}</vt:lpstr>" for sh in book)
    app = (f'{HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft '
           'Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector '
           'size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>'
           f'{n}</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="{n}" '
           f'baseType="lpstr">{titles}</vt:vector></TitlesOfParts><Company>{xesc(props["company"])}</Company>'
           '<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false'
           f'</HyperlinksChanged><AppVersion>{props["version"]}</AppVersion></Properties>')
    core = (f'{HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-'
            'properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{xesc(props["title"])}</dc:title><dc:subject>{xesc(FICT)}</dc:subject><dc:creator>'
            f'{xesc(props["author"])}</dc:creator><cp:lastModifiedBy>{xesc(props["author"])}</cp:lastModifiedBy>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{props["created"]}</dcterms:created><dcterms:modified '
            f'xsi:type="dcterms:W3CDTF">{props["modified"]}</dcterms:modified></cp:coreProperties>')
    ct = content_types([("/xl/workbook.xml", CT_S + "sheet.main+xml"),
                        *((f"/xl/worksheets/sheet{k}.xml", CT_S + "worksheet+xml") for k in range(1, n + 1)),
                        ("/xl/theme/theme1.xml", CT_O + "theme+xml"), ("/xl/styles.xml", CT_S + "styles+xml"),
                        ("/xl/sharedStrings.xml", CT_S + "sharedStrings+xml"),
                        ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
                        ("/docProps/app.xml", CT_O + "extended-properties+xml")])
    root_rels = rels([("rId3", "extended-properties", "docProps/app.xml"),
                      ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                       "docProps/core.xml"), ("rId1", "officeDocument", "xl/workbook.xml")])
    zip_package(path, [("[Content_Types].xml", ct), ("_rels/.rels", root_rels), ("xl/workbook.xml", workbook),
                       ("xl/_rels/workbook.xml.rels", wb_rels),
                       *((f"xl/worksheets/sheet{k}.xml", x) for k, x in enumerate(sheets, 1)),
                       ("xl/theme/theme1.xml", theme()), ("xl/styles.xml", excel_styles()),
                       ("xl/sharedStrings.xml", shared_strings(sst)), ("docProps/core.xml", core),
                       ("docProps/app.xml", app)], props["when"])


def row_height(sh, r, widths):
    """A row's height as Excel's autofit would set it for its wrapped cells (about 1.1 characters a width unit)."""
    lines = 1
    for c, w in enumerate(widths, 1):
        cell = sh.cells.get((r, c))
        if cell and isinstance(cell["v"], str):
            n = sum(-(-max(len(part), 1) // int(w * 1.1)) for part in cell["v"].split("\n"))
            lines = max(lines, n)
    sh.heights[r] = 15 * lines


# --------------------------------------------------------------------------
# tracker.xlsx: a safeguarding adults review's action tracker, saved by Excel
# --------------------------------------------------------------------------
TR_COLS = [7, 6, 70, 22, 11, 8, 34]


def make_tracker(out, pm):
    path = out / "tracker.xlsx"
    rows = [r for r in _text.TR_ROWS if r[0] != "h"]
    texts = {r[0]: pm.make(r[1], "adult") for r in rows}
    tr = Sheet("Tracker")
    tr.put(1, 1, _text.TR_TITLE, "title")
    tr.put(2, 1, f"{_text.TR_BOARD}. {FICT} {INVENTED}", "label")
    tr.merges += [(1, 1, 7), (2, 1, 7)]
    for c, h in enumerate(_text.TR_HEADER, 1):
        tr.put(3, c, h, "header")
    r = 4
    for it in _text.TR_ROWS:
        if it[0] == "h":
            tr.put(r, 1, it[1], "heading")
            tr.merges.append((r, 1, 7))
            r += 1
            continue
        lab, _w, lead, due, rag, progress, *rest = it
        rec, how = [*rest, "", ""][:2]
        t = texts[lab]
        tr.put(r, 1, lab, "num", "num", lab)
        if rec:
            tr.put(r, 2, rec, "text")
        if how == "break":  # Alt+Enter between two sentences: a line break inside the cell
            k = t.index(". ", len(t) // 2) + 1
            t = t[:k] + "\n" + t[k + 1:]
            texts[lab] = t
        runs = None
        if how == "bold":  # the first sentence in a bold run, the rest plain
            k = t.index(". ") + 1
            runs = [(t[:k], True), (t[k:], False)]
        tr.put(r, 3, t, "text", "para", lab, runs=runs)
        tr.put(r, 4, lead, "text")
        tr.put(r, 5, serial(due), "date")
        tr.put(r, 6, rag, rag)
        tr.put(r, 7, progress, "text")
        row_height(tr, r, TR_COLS)
        r += 1
    notes = Sheet("Notes", ncols=1)
    for k, line in enumerate(_text.TR_NOTES, 1):
        notes.put(k, 1, line, "title" if k == 1 else "plain")
    notes.put(len(_text.TR_NOTES) + 2, 1, f"{FICT} {INVENTED}", "label")
    lists = Sheet("Lists", "hidden", ncols=2)
    for c, col in enumerate(_text.TR_LISTS, 1):
        for k, v in enumerate(col, 1):
            lists.put(k, c, v, "default")
    book = [tr, notes, lists]
    last = tr.nrows
    opts = [{"cols": TR_COLS, "freeze": 4, "selected": True, "filter": f"A3:G{last}", "orient": "landscape",
             "validation": (f"F4:F{last}", "Lists!$A$1:$A$3"), "hf": ("&C&A", "&CPage &P of &N")},
            {"cols": [110]}, {"cols": [10, 26]}]
    props = {"names": [("_xlnm._FilterDatabase", 0, f"Tracker!$A$3:$G${last}"),
                       ("_xlnm.Print_Titles", 0, "Tracker!$3:$3")],
             "build": "28325", "company": _text.TR_BOARD + " (fictional)", "version": "16.0300",
             "title": _text.TR_TITLE, "author": _text.TR_AUTHOR, "created": "2025-01-21T09:03:11Z",
             "modified": "2025-03-14T10:22:36Z", "when": WHEN}
    excel_package(path, book, opts, props)
    order, pages, rtexts = key_from_record(book)
    result = [entry(lab, pages[lab], rtexts[lab]) for lab in order]
    check_lengths(path.name, list(texts.values()), 40, 120)
    check_count(path.name, result, 8, 14)
    check_book(path.name, book, read_xlsx(path), texts, result, ("Para",), _text.TR_HEADER[2])
    with zipfile.ZipFile(path) as z:
        sst = z.read("xl/sharedStrings.xml").decode("utf-8")
        wb = z.read("xl/workbook.xml").decode("utf-8")
        if "<b/>" not in sst or "\n" not in sst or 'state="hidden"' not in wb or "<mergeCell " not in z.read(
                "xl/worksheets/sheet1.xml").decode("utf-8"):
            raise AssertionError("tracker.xlsx: traps")
    return {
        "note": ("A SAFEGUARDING ADULTS REVIEW'S ACTION TRACKER (Mr D, Kelmscar) SAVED BY EXCEL (Microsoft 365): "
                 "three sheets, 'Tracker', 'Notes' and a HIDDEN 'Lists' (state='hidden', the RAG words and leads a "
                 "data validation list points at). 'Tracker': the title and the fiction label merged across A:G, a "
                 "frozen and filtered header row 'Para | Rec | Finding / recommendation (review text) | Lead | Due | "
                 "RAG | Progress', three section headings MERGED ACROSS THE ROW ('Finding 1: Self-neglect and the "
                 "right to refuse' ...), then a row a paragraph: its number 4.1 to 4.10 as a text cell in column A, "
                 "the review's words in column C (shared strings; 4.5's first sentence in a bold run of a rich "
                 "string; 4.7 with an Alt+Enter line break inside the cell), RECOMMENDATION LABELS 'R1' TO 'R3' IN "
                 "COLUMN B beside 4.3, 4.6 and 4.10, leads, due dates (date serials shown dd/mm/yyyy), RAG words and "
                 "progress notes (4.3's opens '4.3 and 4.4 to be reported together.'). 'Notes': the tracker's own "
                 "notes numbered '1.' to '4.'. Each key holds the review's own numbered paragraphs only, in row "
                 "order: the label is the Para column's number, never the Rec label beside it; never headers, "
                 "headings, leads, dates, RAG words, progress notes, the Notes sheet's numbered notes, the hidden "
                 "sheet, the page header '&A' or footer 'Page &P of &N'. The host numbers no paragraphs of its own. "
                 "page = the sheet (1-based, in the workbook's order): all on sheet 1."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# gsheets.xlsx: a domestic homicide review's action plan, downloaded from Google Sheets
# --------------------------------------------------------------------------
GS_COLS = [6.75, 62.0, 36.0, 20.0, 12.63, 12.63, 30.0]
GS_XF = {"default": 0, "header": 1, "text": 2, "date": 3, "Complete": 4, "On track": 5, "At risk": 6,
         "Not started": 7, "title": 8, "num": 9}
GS_NS = (f'xmlns="{NS_M}" xmlns:r="{NS_R}" xmlns:mx="http://schemas.microsoft.com/office/mac/excel/2008/main" '
         f'xmlns:mc="{MC}" xmlns:mv="urn:schemas-microsoft-com:mac:vml" '
         'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" '
         'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" '
         'xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"')


def gs_styles():
    font = '<font><sz val="10.0"/><color rgb="FF000000"/><name val="Arial"/><scheme val="minor"/></font>'
    bold = '<font><b/><sz val="10.0"/><color rgb="FF000000"/><name val="Arial"/><scheme val="minor"/></font>'
    big = '<font><b/><sz val="14.0"/><color rgb="FF000000"/><name val="Arial"/><scheme val="minor"/></font>'
    fills = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="lightGray"/></fill>']
    fills += [f'<fill><patternFill patternType="solid"><fgColor rgb="FF{c}"/><bgColor rgb="FF{c}"/></patternFill>'
              '</fill>' for c in ("CFE2F3", "B7E1CD", "FCE8B2", "F4C7C3", "EFEFEF")]
    al = '<alignment shrinkToFit="0" vertical="top" wrapText="1"/>'
    xfs = ['<xf borderId="0" fillId="0" fontId="0" numFmtId="0" xfId="0" applyAlignment="1" applyFont="1"/>',
           f'<xf borderId="0" fillId="2" fontId="1" numFmtId="0" xfId="0" applyAlignment="1" applyFill="1" '
           f'applyFont="1">{al}</xf>',
           f'<xf borderId="0" fillId="0" fontId="0" numFmtId="0" xfId="0" applyAlignment="1" applyFont="1">{al}</xf>',
           f'<xf borderId="0" fillId="0" fontId="0" numFmtId="164" xfId="0" applyAlignment="1" applyFont="1" '
           f'applyNumberFormat="1">{al}</xf>']
    xfs += [f'<xf borderId="0" fillId="{f}" fontId="0" numFmtId="0" xfId="0" applyAlignment="1" applyFill="1" '
            f'applyFont="1">{al}</xf>' for f in (3, 4, 5, 6)]
    xfs += ['<xf borderId="0" fillId="0" fontId="2" numFmtId="0" xfId="0" applyAlignment="1" applyFont="1"/>',
            '<xf borderId="0" fillId="0" fontId="0" numFmtId="0" xfId="0" applyAlignment="1" applyFont="1">'
            '<alignment horizontal="left" vertical="top"/></xf>']
    return (f'{HEAD}<styleSheet xmlns="{NS_M}" xmlns:x14ac="{X14AC}" xmlns:mc="{MC}"><numFmts count="1"><numFmt '
            'numFmtId="164" formatCode="d mmm yyyy"/></numFmts><fonts count="3">'
            f'{font}{bold}{big}</fonts><fills count="{len(fills)}">{"".join(fills)}</fills><borders count="1">'
            '<border/></borders><cellStyleXfs count="1"><xf borderId="0" fillId="0" fontId="0" numFmtId="0" '
            f'applyAlignment="1" applyFont="1"/></cellStyleXfs><cellXfs count="{len(xfs)}">{"".join(xfs)}</cellXfs>'
            '<cellStyles count="1"><cellStyle xfId="0" name="Normal" builtinId="0"/></cellStyles><dxfs count="0"/>'
            '</styleSheet>')


def gs_sheet_xml(sh, cols, freeze=None, tab=None):
    rows = []
    for r in range(1, sh.nrows + 1):
        cells = []
        for c in range(1, sh.ncols + 1):
            cell = sh.cells.get((r, c))
            if cell is None:
                continue
            s = GS_XF[cell["style"]]
            if isinstance(cell["v"], str):
                cells.append(f'<c r="{cref(r, c)}" s="{s}" t="inlineStr"><is>{t_elem(cell["v"])}</is></c>')
            else:
                cells.append(f'<c r="{cref(r, c)}" s="{s}"><v>{cell["v"]!r}</v></c>')
        if cells:
            rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    pr = f'<tabColor rgb="FF{tab}"/>' if tab else ""
    view = '<sheetView workbookViewId="0"/>'
    if freeze:
        view = ('<sheetView workbookViewId="0"><pane ySplit="1.0" topLeftCell="A2" activePane="bottomLeft" '
                'state="frozen"/><selection activeCell="B2" sqref="B2" pane="bottomLeft"/></sheetView>')
    cx = "".join(f'<col customWidth="1" min="{i}" max="{i}" width="{w}"/>' for i, w in enumerate(cols, 1))
    return (f'{HEAD}<worksheet {GS_NS}><sheetPr>{pr}<outlinePr summaryBelow="0" summaryRight="0"/></sheetPr>'
            f'<sheetViews>{view}</sheetViews><sheetFormatPr customHeight="1" defaultColWidth="12.63" '
            f'defaultRowHeight="15.75"/><cols>{cx}</cols><sheetData>{"".join(rows)}</sheetData></worksheet>')


def make_gsheets(out, pm):
    path = out / "gsheets.xlsx"
    texts = {r[0]: pm.make(r[1], "dhr") for r in _text.GS_ROWS}
    cover = Sheet("Cover", ncols=2)
    for k, line in enumerate(_text.GS_COVER, 1):
        cover.put(k, 1, line, "title" if k == 1 else "text")
    cover.put(5, 2, float(serial((2025, 3, 12))), "date")
    plan = Sheet("Action plan")
    for c, h in enumerate(_text.GS_HEADER, 1):
        plan.put(1, c, h, "header")
    for r, (lab, _w, lead, due, status, update, action) in enumerate(_text.GS_ROWS, 2):
        # typed 4.1 is stored as the number 4.1; 4.10 and 4.11 were typed '4.10 and are strings
        num = float(lab) if len(lab.split(".")[1]) == 1 else lab
        plan.put(r, 1, num, "num", "num", lab)
        plan.put(r, 2, texts[lab], "text", "para", lab)
        plan.put(r, 3, action, "text")
        plan.put(r, 4, lead, "text")
        plan.put(r, 5, float(serial(due)), "date")
        plan.put(r, 6, status, status)
        if update:
            plan.put(r, 7, update, "text")
    summ = Sheet("RAG summary", ncols=2)
    for r, (a, b) in enumerate(_text.GS_SUMMARY, 1):
        summ.put(r, 1, a, "header" if r == 1 else "text")
        summ.put(r, 2, b if isinstance(b, str) else float(b), "header" if r == 1 else "text")
    book = [cover, plan, summ]
    sheets = [gs_sheet_xml(cover, [60, 14]), gs_sheet_xml(plan, GS_COLS, freeze=True, tab="4285F4"),
              gs_sheet_xml(summ, [16, 10])]
    n = len(book)
    ws = "".join(f'<sheet state="visible" name="{xesc(sh.name)}" sheetId="{k}" r:id="rId{k + 2}"/>'
                 for k, sh in enumerate(book, 1))
    workbook = (f'{HEAD}<workbook {GS_NS}><workbookPr/><sheets>{ws}</sheets><definedNames/><calcPr/></workbook>')
    wb_rels = rels([("rId1", "theme", "theme/theme1.xml"), ("rId2", "styles", "styles.xml"),
                    *((f"rId{k + 2}", "worksheet", f"worksheets/sheet{k}.xml") for k in range(1, n + 1))])
    ct = content_types([("/xl/workbook.xml", CT_S + "sheet.main+xml"), ("/xl/styles.xml", CT_S + "styles+xml"),
                        ("/xl/theme/theme1.xml", CT_O + "theme+xml"),
                        *((f"/xl/worksheets/sheet{k}.xml", CT_S + "worksheet+xml") for k in range(1, n + 1))])
    zip_package(path, [("xl/_rels/workbook.xml.rels", wb_rels), ("xl/workbook.xml", workbook),
                       ("xl/styles.xml", gs_styles()), ("xl/theme/theme1.xml", theme("Sheets", "Arial", "Arial")),
                       *((f"xl/worksheets/sheet{k}.xml", x) for k, x in enumerate(sheets, 1)),
                       ("[Content_Types].xml", ct), ("_rels/.rels", rels([("rId1", "officeDocument",
                                                                           "xl/workbook.xml")]))],
                (1980, 1, 1, 0, 0, 0))
    order, pages, rtexts = key_from_record(book)
    result = [entry(lab, pages[lab], rtexts[lab]) for lab in order]
    check_lengths(path.name, list(texts.values()), 40, 120)
    check_count(path.name, result, 8, 14)
    check_book(path.name, book, read_xlsx(path), texts, result, ("Para",), _text.GS_HEADER[1])
    with zipfile.ZipFile(path) as z:
        sheet = z.read("xl/worksheets/sheet2.xml").decode("utf-8")
        if ("xl/sharedStrings.xml" in z.namelist() or any(n.startswith("docProps") for n in z.namelist())
                or '<c r="A2" s="9"><v>4.1</v></c>' not in sheet
                or '<c r="A11" s="9" t="inlineStr"><is><t>4.10</t></is></c>' not in sheet):
            raise AssertionError("gsheets.xlsx: Google's cells")
    return {
        "note": ("A DOMESTIC HOMICIDE REVIEW'S ACTION PLAN (Ms L, Brackenford) DOWNLOADED FROM GOOGLE SHEETS as "
                 ".xlsx: no docProps, no shared strings (EVERY STRING INLINE, t='inlineStr'), Google's sheetPr and "
                 "sheetFormatPr, Arial 10.0. Three tabs: 'Cover' (title, partnership, the fiction label, 'Version "
                 "3', 'Last updated' and a date), 'Action plan' and 'RAG summary' (a table of counts). 'Action "
                 "plan': a frozen header row 'Para | Review paragraph | Action | Lead agency | Target date | Status "
                 "| Update', then a row a paragraph, 4.1 to 4.11: THE NUMBERS 4.1 TO 4.9 ARE NUMBER CELLS "
                 "(<v>4.1</v>, as Google stores what was typed), 4.10 AND 4.11 STRING CELLS (typed with an "
                 "apostrophe, since the number 4.10 is 4.1); the review's words in column B, the partnership's own "
                 "action in column C, lead agency, target dates as serial numbers, status words and updates (one "
                 "'Toolkit drafted; see 4.10.'). Each key holds the review's own numbered paragraphs only, in row "
                 "order, labelled as the Para cell shows ('4.1' from the number 4.1, '4.10' from the string); never "
                 "the cover, headers, actions, agencies, dates, statuses, updates or counts. The host numbers no "
                 "paragraphs of its own. page = the sheet (1-based): 'Action plan' is sheet 2, after 'Cover'."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# calc.ods: a practice review's learning action plan, saved by LibreOffice Calc
# --------------------------------------------------------------------------
ODF_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
    "dc": "http://purl.org/dc/elements/1.1/",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "number": "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "of": "urn:oasis:names:tc:opendocument:xmlns:of:1.2",
    "ooo": "http://openoffice.org/2004/office",
    "calcext": "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0",
    "loext": "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0",
    "config": "urn:oasis:names:tc:opendocument:xmlns:config:1.0",
    "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
}
ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet"
OD_GEN = "LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/60$Build-1"
OD_CE = {"text": "ce1", "heading": "ce2", "date": "ce3", "header": "ce4", "title": "ce5", "num": "ce6",
         "plain": "ce7", "label": "ce8"}


def q(ns, local):
    return f"{{{ODF_NS[ns]}}}{local}"


def odf_attrs(names, version="1.3"):
    return " ".join(f'xmlns:{n}="{ODF_NS[n]}"' for n in names) + f' office:version="{version}"'


def od_para(s, bold_first=False):
    """A cell's text as text:p's: a line break in the cell starts a new text:p; a run of spaces after the first
    becomes text:s; with ``bold_first`` the first sentence is in a bold text:span."""
    out = []
    for line in s.split("\n"):
        body = xesc(line)
        body = re.sub(r"  +", lambda m: " " + (f'<text:s text:c="{len(m.group()) - 1}"/>' if len(m.group()) > 2
                                               else "<text:s/>"), body)
        if bold_first:
            k = body.index(". ") + 1
            body = f'<text:span text:style-name="T1">{body[:k]}</text:span>{body[k:]}'
            bold_first = False
        out.append(f"<text:p>{body}</text:p>")
    return "".join(out)


def od_cell(cell, span=None):
    """One table:table-cell's XML (without number-columns-repeated: that is added when cells are compressed)."""
    if cell is None:
        return "<table:table-cell/>"
    st = f' table:style-name="{OD_CE[cell["style"]]}"'
    sp = f' table:number-columns-spanned="{span}" table:number-rows-spanned="1"' if span else ""
    note = ""
    if cell.get("note"):
        note = ('<office:annotation draw:style-name="gr1" draw:text-style-name="P1" svg:width="6.2cm" '
                'svg:height="1.6cm" svg:x="14.1cm" svg:y="0.2cm"><dc:creator>Tomasz Rendlesham</dc:creator>'
                f'<dc:date>2025-03-10T09:14:00</dc:date><text:p>{xesc(cell["note"])}</text:p></office:annotation>')
    v = cell["v"]
    if cell.get("iso"):
        return (f'<table:table-cell{st} office:value-type="date" office:date-value="{cell["iso"]}" '
                f'calcext:value-type="date"><text:p>{v}</text:p></table:table-cell>')
    if not isinstance(v, str):
        return (f'<table:table-cell{st} office:value-type="float" office:value="{shown(v)}" '
                f'calcext:value-type="float"><text:p>{shown(v)}</text:p></table:table-cell>')
    return (f'<table:table-cell{st}{sp} office:value-type="string" calcext:value-type="string">{note}'
            f'{od_para(v, cell.get("bold_first", False))}</table:table-cell>')


def compress(items, attr, empty):
    """Adjacent identical XML elements written once with ``attr`` (number-columns/rows-repeated); trailing
    ``empty`` ones dropped."""
    while items and items[-1] == empty:
        items.pop()
    out, k = [], 0
    while k < len(items):
        j = k
        while j + 1 < len(items) and items[j + 1] == items[k]:
            j += 1
        x = items[k]
        if j > k:
            at = re.match(r"<[\w:-]+", x).end()
            x = x[:at] + f' {attr}="{j - k + 1}"' + x[at:]
        out.append(x)
        k = j + 1
    return out


def od_table(sh, col_styles, last_rows=None):
    cols = compress([f'<table:table-column table:style-name="{s}" table:default-cell-style-name="Default"/>'
                     for s in col_styles], "table:number-columns-repeated", None)
    merges = {(r, c0): c1 - c0 + 1 for r, c0, c1 in sh.merges}
    covered = {(r, c) for r, c0, c1 in sh.merges for c in range(c0 + 1, c1 + 1)}
    rows = []
    for r in range(1, sh.nrows + 1):
        cells = []
        for c in range(1, sh.ncols + 1):
            if (r, c) in covered:
                cells.append(f'<table:covered-table-cell table:style-name="{OD_CE["heading"]}"/>')
            else:
                cells.append(od_cell(sh.cells.get((r, c)), merges.get((r, c))))
        cells = compress(cells, "table:number-columns-repeated", "<table:table-cell/>")
        if not cells:
            cells = [f'<table:table-cell table:number-columns-repeated="{sh.ncols}"/>']
        rows.append(f'<table:table-row table:style-name="{"ro2" if sh.heights.get(r) else "ro1"}">'
                    + "".join(cells) + "</table:table-row>")
    rows = compress(rows, "table:number-rows-repeated", None)
    if last_rows:
        rows.append(f'<table:table-row table:style-name="ro1" table:number-rows-repeated="{last_rows}">'
                    '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>')
    return (f'<table:table table:name="{xesc(sh.name)}" table:style-name="ta1">{"".join(cols)}{"".join(rows)}'
            '</table:table>')


def od_content(book, col_styles, last_rows):
    cols = {"co1": "1.6cm", "co2": "9.5cm", "co3": "6.2cm", "co4": "3.6cm", "co5": "2.6cm", "co6": "5.8cm",
            "co7": "16cm", "co8": "2.4cm"}
    auto = "".join(f'<style:style style:name="{n}" style:family="table-column"><style:table-column-properties '
                   f'fo:break-before="auto" style:column-width="{w}"/></style:style>' for n, w in cols.items())
    auto += ('<style:style style:name="ro1" style:family="table-row"><style:table-row-properties '
             'style:row-height="0.452cm" fo:break-before="auto" style:use-optimal-row-height="true"/></style:style>'
             '<style:style style:name="ro2" style:family="table-row"><style:table-row-properties '
             'style:row-height="2.82cm" fo:break-before="auto" style:use-optimal-row-height="true"/></style:style>'
             '<style:style style:name="ta1" style:family="table" style:master-page-name="Default">'
             '<style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style>'
             '<number:date-style style:name="N37" number:automatic-order="true"><number:day number:style="long"/>'
             '<number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text>'
             '<number:year number:style="long"/></number:date-style>')
    border = 'fo:border="0.06pt solid #000000"'
    ce = {"ce1": f'<style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top" {border}/>',
          "ce2": f'<style:table-cell-properties fo:background-color="#dee6ef" {border}/><style:text-properties '
                 'fo:font-weight="bold"/>',
          "ce3": f'<style:table-cell-properties style:vertical-align="top" {border}/>',
          "ce4": f'<style:table-cell-properties fo:background-color="#cccccc" fo:wrap-option="wrap" {border}/>'
                 '<style:text-properties fo:font-weight="bold"/>',
          "ce5": '<style:text-properties fo:font-size="14pt" fo:font-weight="bold"/>',
          "ce6": f'<style:table-cell-properties style:vertical-align="top" {border}/><style:paragraph-properties '
                 'fo:text-align="start"/>',
          "ce7": '<style:table-cell-properties fo:wrap-option="wrap"/>',
          "ce8": '<style:text-properties fo:color="#666666" fo:font-style="italic"/>'}
    for n, props in ce.items():
        ds = ' style:data-style-name="N37"' if n == "ce3" else ""
        auto += (f'<style:style style:name="{n}" style:family="table-cell" style:parent-style-name="Default"{ds}>'
                 f'{props}</style:style>')
    auto += ('<style:style style:name="gr1" style:family="graphic"><style:graphic-properties '
             'draw:fill-color="#ffffc0"/></style:style><style:style style:name="P1" style:family="paragraph">'
             '<style:paragraph-properties '
             'fo:margin-left="0cm"/></style:style><style:style style:name="T1" style:family="text">'
             '<style:text-properties fo:font-weight="bold"/></style:style>')
    tables = "".join(od_table(sh, cs, lr) for sh, cs, lr in zip(book, col_styles, last_rows, strict=True))
    names = ["office", "style", "text", "table", "draw", "fo", "xlink", "dc", "meta", "number", "svg", "of", "ooo",
             "calcext", "loext"]
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {odf_attrs(names)}>'
            '<office:scripts/><office:font-face-decls><style:font-face style:name="Liberation Sans" '
            'svg:font-family="&apos;Liberation Sans&apos;" style:font-family-generic="swiss" '
            'style:font-pitch="variable"/></office:font-face-decls>'
            f'<office:automatic-styles>{auto}</office:automatic-styles><office:body><office:spreadsheet>'
            '<table:calculation-settings table:automatic-find-labels="false" table:use-regular-expressions="false" '
            f'table:use-wildcards="true"/>{tables}<table:named-expressions/></office:spreadsheet></office:body>'
            '</office:document-content>')


def od_styles():
    names = ["office", "style", "text", "table", "fo", "number", "svg", "loext"]
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {odf_attrs(names)}>'
            '<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation '
            'Sans&apos;" style:font-family-generic="swiss" style:font-pitch="variable"/></office:font-face-decls>'
            '<office:styles><style:default-style style:family="table-cell"><style:paragraph-properties '
            'style:tab-stop-distance="1.25cm"/><style:text-properties style:font-name="Liberation Sans" '
            'fo:language="en" fo:country="GB"/></style:default-style><style:style style:name="Default" '
            'style:family="table-cell"/></office:styles><office:automatic-styles><style:page-layout '
            'style:name="Mpm1"><style:page-layout-properties style:print-orientation="landscape" '
            'fo:page-width="29.7cm" fo:page-height="21.001cm"/><style:header-style><style:header-footer-properties '
            'fo:min-height="0.75cm" fo:margin-bottom="0.25cm"/></style:header-style><style:footer-style>'
            '<style:header-footer-properties fo:min-height="0.75cm" fo:margin-top="0.25cm"/></style:footer-style>'
            '</style:page-layout></office:automatic-styles><office:master-styles><style:master-page '
            'style:name="Default" style:page-layout-name="Mpm1"><style:header><text:p><text:sheet-name>???'
            '</text:sheet-name></text:p></style:header><style:footer><text:p>Page <text:page-number>1'
            '</text:page-number></text:p></style:footer></style:master-page></office:master-styles>'
            '</office:document-styles>')


def od_meta(cells):
    names = ["office", "meta", "dc", "ooo"]
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {odf_attrs(names)}><office:meta>'
            '<meta:creation-date>2025-02-03T14:05:51.220000000</meta:creation-date><dc:date>'
            f'2025-03-14T10:22:36.480000000</dc:date><meta:editing-duration>PT3H12M4S</meta:editing-duration>'
            f'<meta:editing-cycles>14</meta:editing-cycles><meta:generator>{OD_GEN}</meta:generator><dc:title>'
            f'{xesc(_text.OD_TITLE)}</dc:title><dc:subject>{xesc(FICT)}</dc:subject><meta:initial-creator>'
            f'{_text.OD_AUTHOR}</meta:initial-creator><dc:creator>{_text.OD_AUTHOR}</dc:creator>'
            f'<meta:document-statistic meta:table-count="3" meta:cell-count="{cells}" meta:object-count="0"/>'
            '</office:meta></office:document-meta>')


def od_settings():
    names = ["office", "config", "ooo"]
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-settings {odf_attrs(names)}>'
            '<office:settings><config:config-item-set config:name="ooo:view-settings"><config:config-item-map-indexed '
            'config:name="Views"><config:config-item-map-entry><config:config-item config:name="ViewId" '
            'config:type="string">view1</config:config-item><config:config-item config:name="ActiveTable" '
            'config:type="string">Action plan</config:config-item></config:config-item-map-entry>'
            '</config:config-item-map-indexed></config:config-item-set></office:settings></office:document-settings>')


def od_manifest():
    entries = [("/", ODS_MIME), ("content.xml", "text/xml"), ("styles.xml", "text/xml"), ("meta.xml", "text/xml"),
               ("settings.xml", "text/xml")]
    body = "".join(f' <manifest:file-entry manifest:full-path="{p}"'
                   f'{" manifest:version=" + chr(34) + "1.3" + chr(34) if p == "/" else ""} '
                   f'manifest:media-type="{t}"/>\n' for p, t in entries)
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="{ODF_NS["manifest"]}" '
            f'manifest:version="1.3">\n{body}</manifest:manifest>')


def od_text(el):
    """A text:p's text: spans' text, text:s as its spaces, text:line-break as a new line; annotations left out."""
    out = [el.text or ""]
    for ch in el:
        if ch.tag == q("text", "s"):
            out.append(" " * int(ch.get(q("text", "c"), "1")))
        elif ch.tag == q("text", "line-break"):
            out.append("\n")
        elif ch.tag == q("text", "tab"):
            out.append("\t")
        elif ch.tag != q("office", "annotation"):
            out.append(od_text(ch))
        out.append(ch.tail or "")
    return "".join(out)


def read_ods(path):
    """[(table name, state, {(row, col): text})]: table:table in order, repeated rows and cells expanded (a row of
    no text only counted), covered cells counted, a cell's text:p's joined by line breaks; a float cell's
    office:value must be what its text:p shows."""
    from lxml import etree
    z = zipfile.ZipFile(path)
    if z.namelist()[0] != "mimetype" or z.read("mimetype").decode() != ODS_MIME:
        raise AssertionError(f"{path.name}: mimetype")
    root = etree.fromstring(z.read("content.xml"))
    out = []
    for table in root.iter(q("table", "table")):
        grid, r = {}, 0
        for row in table.iter(q("table", "table-row")):
            rrep = int(row.get(q("table", "number-rows-repeated"), "1"))
            c, got = 0, {}
            for cell in row:
                crep = int(cell.get(q("table", "number-columns-repeated"), "1"))
                text = "\n".join(od_text(p) for p in cell.findall(q("text", "p")))
                value = cell.get(q("office", "value"))
                if cell.get(q("office", "value-type")) == "float" and shown(float(value)) != text:
                    raise AssertionError(f"{path.name}: float cell shows {text!r}")
                for k in range(crep):
                    if text:
                        got[r + 1, c + k + 1] = text
                c += crep
            if got:
                if rrep != 1:
                    raise AssertionError(f"{path.name}: a repeated row with text")
                grid.update(got)
            r += rrep
        out.append((table.get(q("table", "name")), "visible", grid))
    return out


def make_calc(out, pm):
    path = out / "calc.ods"
    rows = [r for r in _text.OD_ROWS if r[0] != "h"]
    texts = {r[0]: pm.make(r[1], "child") for r in rows}
    readme = Sheet("Read me", ncols=1)
    for k, line in enumerate(_text.OD_README, 1):
        readme.put(k, 1, line, "title" if k == 1 else "plain")
    plan = Sheet("Action plan")
    plan.put(1, 1, _text.OD_TITLE, "title")
    plan.put(2, 1, f"{_text.OD_SCP}. {FICT}", "label")
    for c, h in enumerate(_text.OD_HEADER, 1):
        plan.put(4, c, h, "header")
    r, first = 5, True
    for it in _text.OD_ROWS:
        if it[0] == "h":
            if not first:
                r += 2  # two empty rows between the themes, written as one row repeated
            first = False
            plan.put(r, 1, it[1], "heading")
            plan.merges.append((r, 1, 7))
            r += 1
            continue
        lab, _w, action, lead, partner, due, progress, *rest = it
        trap = rest[0] if rest else ""
        t = texts[lab]
        if trap == "paras":  # a line break inside the cell: two text:p
            k = t.index(". ", len(t) // 2) + 1
            t = t[:k] + "\n" + t[k + 1:]
        elif trap == "span":  # the first sentence bold, two spaces after the full stop of the second
            k = t.index(". ", t.index(". ") + 2) + 1
            t = t[:k] + "  " + t[k + 1:]
        texts[lab] = t
        plan.put(r, 1, float(lab), "num", "num", lab)
        plan.put(r, 2, t, "text", "para", lab, note=_text.OD_NOTE if trap == "note" else None,
                 bold_first=trap == "span")
        plan.put(r, 3, action, "text")
        plan.put(r, 4, lead, "text")
        plan.put(r, 5, partner, "text")
        plan.put(r, 6, dmy(due), "date", iso=f"{due[0]}-{due[1]:02d}-{due[2]:02d}")
        if progress:
            plan.put(r, 7, progress, "text")
        plan.heights[r] = 1
        r += 1
    gloss = Sheet("Glossary", ncols=2)
    for k, (a, b) in enumerate(_text.OD_GLOSSARY, 1):
        gloss.put(k, 1, a, "header" if k == 1 else "plain")
        gloss.put(k, 2, b, "header" if k == 1 else "plain")
    book = [readme, plan, gloss]
    content = od_content(book, [["co7"], ["co1", "co2", "co3", "co4", "co4", "co5", "co6"], ["co8", "co6"]],
                         [None, 1048576 - plan.nrows, None])
    ncells = sum(len(sh.cells) for sh in book)
    zip_package(path, [("mimetype", ODS_MIME), ("settings.xml", od_settings()), ("content.xml", content),
                       ("meta.xml", od_meta(ncells)), ("styles.xml", od_styles()),
                       ("META-INF/manifest.xml", od_manifest())], stored=("mimetype",))
    order, pages, rtexts = key_from_record(book)
    result = [entry(lab, pages[lab], rtexts[lab]) for lab in order]
    check_lengths(path.name, list(texts.values()), 40, 120)
    check_count(path.name, result, 6, 14)
    check_book(path.name, book, read_ods(path), texts, result, ("No.",), _text.OD_HEADER[1])
    if not re.search(r'<table:table-cell table:number-columns-repeated="2" [^>]*><text:p>Health</text:p>', content):
        raise AssertionError("calc.ods: no lead and partner in one repeated cell")
    for trap in ('table:number-rows-repeated="2"',
                 "<office:annotation", "</text:p><text:p>", '<text:span text:style-name="T1">', "<text:s/>",
                 'table:number-columns-spanned="7"', "<table:covered-table-cell",
                 'office:value-type="float" office:value="5.1"'):
        if trap not in content:
            raise AssertionError(f"calc.ods: no {trap}")
    return {
        "note": ("A CHILD SAFEGUARDING PRACTICE REVIEW'S LEARNING ACTION PLAN (Child S, Ashcombe Vale) SAVED BY "
                 "LIBREOFFICE CALC 7.6 as .ods: three sheets, 'Read me' (unnumbered instructions and the fiction "
                 "label), 'Action plan' and 'Glossary'. 'Action plan': the title and the partnership's line, a "
                 "header row 'No. | Learning from the review | What we will do | Lead | Partner | By when | "
                 "Progress', three theme headings MERGED ACROSS THE ROW (number-columns-spanned='7' then "
                 "covered-table-cell's) with two empty rows written as one row repeated (number-rows-repeated='2') "
                 "before the second and third, then a row a paragraph: its number 5.1 to 5.8 a FLOAT cell "
                 "(office:value='5.1', text:p '5.1'), the review's words in a text:p, the partnership's own action, "
                 "lead and partner (the same 'Health' twice written as ONE CELL with "
                 "number-columns-repeated='2'), dates (office:date-value, shown 30/06/2025) and progress. Traps: "
                 "A COMMENT (office:annotation) inside 5.2's text cell before its text:p, 'Check this wording "
                 "...'; 5.4'S WORDS IN TWO text:p (a line break in the cell); 5.6's first sentence in a bold "
                 "text:span and two spaces (text:s) after a full stop; the sheet's last row repeated to the end. "
                 "Each key holds the review's own numbered paragraphs only, in row order; never the read-me lines, "
                 "headers, theme headings, actions, leads, dates, progress, comments or the glossary. The host "
                 "numbers no paragraphs of its own. page = the sheet (1-based): 'Action plan' is sheet 2."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# printed.pdf: a thematic review's tracker printed from Excel to PDF
# --------------------------------------------------------------------------
PR_W, PR_H = 841.89, 595.28
PR_L, PR_TOP, PR_BOTTOM = 50.4, PR_H - 54.0, 54.0
PR_COLS = [40.0, 290.0, 105.0, 66.0, 50.0, 190.09]
PR_SIZE, PR_LEAD, PR_PAD = 10.0, 12.2, 2.6
PR_FACES = {"Vera": "Vera.ttf", "VeraBd": "VeraBd.ttf", "VeraIt": "VeraIt.ttf"}
PR_GRID, PR_INK = (0.55, 0.55, 0.55), (0, 0, 0)
PR_FILL = {"Green": (0.776, 0.937, 0.808), "Amber": (1.0, 0.922, 0.612), "Red": (1.0, 0.78, 0.808),
           "header": (0.851, 0.851, 0.851), "heading": (0.867, 0.922, 0.969)}


def make_printed(out, pm):
    path = out / "printed.pdf"
    _draw.register_fonts({}, PR_FACES)
    rows = [r for r in _text.PR_ROWS if r[0] != "h"]
    texts = {r[0]: pm.make(r[1], "child") for r in rows}
    lay = _draw.Layout((PR_W, PR_H))
    lay.font = "Vera"
    rec = []  # every line drawn: page, x, baseline, text, face, size, role, para
    xs = [PR_L]
    for w in PR_COLS:
        xs.append(xs[-1] + w)
    state = {"cur": None}

    def text(x, y, s, face="Vera", size=PR_SIZE, role="furniture", para=None):
        lay.text(x, y, s, face, size, PR_INK)
        rec.append({"page": lay.n, "x": x, "y": y, "s": s, "face": face, "size": size, "role": role, "para": para})

    def grid_row(top, h, spans, fills=None):
        """Gridlines round a row's cells; spans [(first col, last col)]; fills {col: rgb} drawn first."""
        for c, rgb in (fills or {}).items():
            lay.rect(xs[c], top - h, PR_COLS[c], h, rgb)
        for c0, c1 in spans:
            x0, x1 = xs[c0], xs[c1 + 1]
            for y in (top, top - h):
                lay.line(x0, y, x1, y, 0.5, PR_GRID)
            for x in (x0, x1):
                lay.line(x, top, x, top - h, 0.5, PR_GRID)

    def cell_lines(c, s, face="Vera"):
        return _draw.lines_of(s, PR_COLS[c] - 2 * PR_PAD, face, PR_SIZE)

    def draw_row(cols, role_of, para=None, fills=None, face="Vera"):
        """A row's cells, each a list of lines, drawn top aligned at the current top; returns nothing."""
        n = max(len(ls) for ls in cols.values())
        h = n * PR_LEAD + 2 * PR_PAD
        top = state["cur"]
        grid_row(top, h, [(c, c) for c in range(len(PR_COLS))], fills)
        for c, ls in cols.items():
            for i, ln in enumerate(ls):
                text(xs[c] + PR_PAD, top - PR_PAD - PR_SIZE * 0.93 - i * PR_LEAD, ln, face, role=role_of(c),
                     para=para)
        state["cur"] = top - h

    def header_row():
        draw_row({c: [h] for c, h in enumerate(_text.PR_HEADER)}, lambda c: "furniture",
                 fills=dict.fromkeys(range(len(PR_COLS)), PR_FILL["header"]), face="VeraBd")

    def new_page():
        lay.new_page()
        state["cur"] = PR_TOP
        if lay.n == 1:
            text(PR_L, PR_TOP - 14, _text.PR_TITLE, "VeraBd", 12)
            text(PR_L, PR_TOP - 30, f"{_text.PR_SCP}. {FICT} {INVENTED}", "VeraIt", 9)
            state["cur"] = PR_TOP - 40
        header_row()

    def fits(h):
        return state["cur"] - h >= PR_BOTTOM

    new_page()
    where, ends = {}, {}
    for it in _text.PR_ROWS:
        if it[0] == "h":
            h = PR_LEAD + 2 * PR_PAD
            if not fits(h):
                new_page()
            top = state["cur"]
            lay.rect(xs[0], top - h, xs[-1] - xs[0], h, PR_FILL["heading"])
            grid_row(top, h, [(0, len(PR_COLS) - 1)])
            text(xs[0] + PR_PAD, top - PR_PAD - PR_SIZE * 0.93, it[1], "VeraBd")
            state["cur"] = top - h
            continue
        lab, _w, lead, due, rag, update = it
        cols = {0: [lab], 1: cell_lines(1, texts[lab]), 2: cell_lines(2, lead), 3: [dmy(due)], 4: [rag],
                5: cell_lines(5, update)}

        def role_of(c):
            return {0: "num", 1: "para"}.get(c, "furniture")

        fills = {4: PR_FILL[rag]}
        n = max(len(ls) for ls in cols.values())
        if not fits(n * PR_LEAD + 2 * PR_PAD):
            k = int((state["cur"] - PR_BOTTOM - 2 * PR_PAD) // PR_LEAD)
            if lab == _text.PR_SPLIT and k >= 2 and n - k >= 2:
                where[lab] = lay.n
                draw_row({c: ls[:k] for c, ls in cols.items()}, role_of, lab, fills)
                new_page()
                draw_row({1: cols[1][k:]}, role_of, lab, fills)
                ends[lab] = lay.n
                continue
            new_page()
        where[lab] = lay.n
        draw_row(cols, role_of, lab, fills)
        ends[lab] = lay.n
    total = lay.n
    for k in range(1, total + 1):
        for s, x in ((_text.PR_HEAD_LEFT, PR_L), (_text.PR_SHEET, (PR_W - _draw.sw(_text.PR_SHEET, "Vera", 9)) / 2),
                     (_text.PR_DATE, PR_W - PR_L - _draw.sw(_text.PR_DATE, "Vera", 9))):
            lay.text(x, PR_H - 30, s, "Vera", 9, PR_INK, page=k)
            rec.append({"page": k, "x": x, "y": PR_H - 30, "s": s, "face": "Vera", "size": 9, "role": "furniture",
                        "para": None})
        foot = f"Page {k} of {total}"
        x = (PR_W - _draw.sw(foot, "Vera", 9)) / 2
        lay.text(x, 24, foot, "Vera", 9, PR_INK, page=k)
        rec.append({"page": k, "x": x, "y": 24, "s": foot, "face": "Vera", "size": 9, "role": "furniture",
                    "para": None})
    lay.render(path, {"Title": _text.PR_TITLE, "Author": "Hollinsby SCP business unit", "Subject": FICT,
                      "Creator": _text.PR_PRODUCER, "Producer": _text.PR_PRODUCER})
    # the key worked out from the record: a page at a time, lines top to bottom; a paragraph from its number
    order, pages, parts = [], {}, {}
    for ln in sorted(rec, key=lambda d: (d["page"], -d["y"], d["x"])):
        if ln["role"] == "num":
            order.append(ln["s"])
            pages[ln["s"]] = ln["page"]
        elif ln["role"] == "para":
            parts.setdefault(ln["para"], []).append(ln["s"])
    result = [entry(lab, pages[lab], " ".join(parts[lab])) for lab in order]
    if [d["label"] for d in result] != [r[0] for r in rows] or [" ".join(parts[lab]) for lab in order] != [
            texts[r[0]] for r in rows]:
        raise AssertionError("printed.pdf: key from the record")
    check_lengths(path.name, list(texts.values()), 40, 120)
    check_count(path.name, result, 8, 16)
    cross = [lab for lab in order if ends[lab] != where[lab]]
    if cross != [_text.PR_SPLIT] or total != 3:
        raise AssertionError(f"printed.pdf: crossings {cross}, {total} pages")
    check_printed(path, result, rec, [ends[d["label"]] for d in result], xs)
    return {
        "note": ("A THEMATIC REVIEW'S ACTION TRACKER (exploitation of adolescents, Hollinsby) PRINTED FROM EXCEL TO "
                 "PDF (File > Save as > PDF): three A4 landscape pages, Creator and Producer 'Microsoft\u00ae "
                 "Excel\u00ae for Microsoft 365', GRIDLINES round every cell, the page header 'Hollinsby SCP "
                 "(FICTIONAL)' at the left, THE SHEET NAME 'Action tracker' in the centre and '14/03/2025' at the "
                 "right, the footer 'Page N of 3'; on page 1 the title and the fiction label; THE HEADER ROW 'Para "
                 "| Review text | Lead | Due | RAG | Update' REPEATED AT THE TOP OF EVERY PAGE (print titles); two "
                 "theme headings merged across the row ('Theme 1: recognising exploitation', 'Theme 2: keeping "
                 "young people safe'); then a row a paragraph, 2.1-2.5 and 3.1-3.6: the number in the narrow first "
                 "column, the review's words wrapped in the second, then lead, due date, a RAG cell filled with its "
                 "word and an update, each cell top aligned. 3.2'S ROW IS SPLIT BY THE PAGE BREAK: its number and "
                 "first lines at the foot of page 2, the rest of its words at the top of page 3 under the repeated "
                 "header row, with no number. Each key holds the review's own numbered paragraphs only, in row "
                 "order; never headers, theme headings, leads, dates, RAG words, updates, the page header or "
                 "footer. The host numbers no paragraphs of its own. page = the PDF page where the row starts (3.2: "
                 "page 2, its ends_with on page 3)."),
        "paragraphs": result,
    }


def check_printed(path, result, rec, ends, xs):
    """pdfplumber: three A4 landscape pages; every recorded line read back character for character at its place,
    and no character that the record did not draw; each paragraph's words in one piece inside the text column
    (3.2 across the break), its number where the layout drew it; the header row on every page."""
    pages = pdf_pages(path)
    import pdfplumber
    with pdfplumber.open(path) as pl:
        if [(round(p.width), round(p.height)) for p in pl.pages] != [(842, 595)] * 3:
            raise AssertionError("printed.pdf: pages")
        if "Excel" not in str(pl.metadata.get("Producer")):
            raise AssertionError("printed.pdf: producer")
    for k, chars in enumerate(pages, 1):
        lines = [d for d in rec if d["page"] == k]
        used = 0
        for d in lines:
            w = _draw.sw(d["s"], d["face"], d["size"])
            cs = sorted((c for c in chars if abs(c["matrix"][5] - d["y"]) < 0.05 and d["x"] - 0.05 <= c["x0"]
                         and c["x1"] <= d["x"] + w + 0.05), key=lambda c: c["x0"])
            if "".join(c["text"] for c in cs) != d["s"]:
                raise AssertionError(f"printed.pdf: page {k} line {d['s'][:30]!r} read back as "
                                     f"{''.join(c['text'] for c in cs)[:30]!r}")
            used += len(cs)
        if used != len(chars):
            raise AssertionError(f"printed.pdf: page {k} has {len(chars) - used} characters not in the record")
        if sum(1 for d in lines if d["s"] in _text.PR_HEADER and d["face"] == "VeraBd") != len(_text.PR_HEADER):
            raise AssertionError(f"printed.pdf: header row on page {k}")
    labels = [next((d["page"], d["x"], d["y"]) for d in rec if d["role"] == "num" and d["s"] == r["label"])
              for r in result]

    def keep(c):  # the text column's plain type inside the page's body: not the header row, headings or title
        return (xs[1] <= c["x0"] and c["x1"] <= xs[2] and PR_BOTTOM <= c["matrix"][5] <= PR_TOP
                and "Bold" not in c["fontname"] and "Oblique" not in c["fontname"])

    check_pdf_key(path.name, pages, result, ends, labels, keep=keep)
    body = []
    for chars in pages:
        body += words_of(chars, keep)
    for r in result:
        lines = [d["s"] for d in rec if d["role"] == "para" and d["para"] == r["label"]]
        if not contains_seq(body, norm(" ".join(lines))):
            raise AssertionError(f"printed.pdf: words of {r['label']} not in one piece")


# --------------------------------------------------------------------------
# continued.xlsx: a learning review's improvement plan, paragraphs split over two rows by hand
# --------------------------------------------------------------------------
CO_COLS = [8, 80, 24, 11, 12]


def make_continued(out, pm):
    path = out / "continued.xlsx"
    rows = [r for r in _text.CO_ROWS if r[0] != "h"]
    texts = {r[0]: pm.make(r[1], "adult") for r in rows}
    ver = Sheet("Version control", ncols=4)
    for r, row in enumerate(_text.CO_VERSIONS, 1):
        for c, v in enumerate(row, 1):
            if r == 1:
                ver.put(r, c, v, "header")
            elif c == 2:
                ver.put(r, c, serial(v), "date")
            else:
                ver.put(r, c, v, "num" if c == 1 else "text")
    plan = Sheet("Improvement plan", ncols=5)
    plan.put(1, 1, _text.CO_TITLE, "title")
    plan.put(2, 1, f"{_text.CO_BOARD}. {FICT} {INVENTED}", "label")
    plan.merges += [(1, 1, 5), (2, 1, 5)]
    for c, h in enumerate(_text.CO_HEADER, 1):
        plan.put(3, c, h, "header")
    r = 4
    for it in _text.CO_ROWS:
        if it[0] == "h":
            plan.put(r, 1, it[1], "heading")
            plan.merges.append((r, 1, 5))
            r += 1
            continue
        lab, _w, owner, due, status, how = it
        t = texts[lab]
        plan.put(r, 1, lab, "num", "num", lab)
        plan.put(r, 3, owner, "text")
        plan.put(r, 4, serial(due), "date")
        plan.put(r, 5, status, "text")
        if how:
            head, tail = split_mid(t, 0.55)
            plan.put(r, 2, head, "text", "para", lab)
            row_height(plan, r, CO_COLS)
            r += 1
            if how == "contmark":
                plan.put(r, 1, _text.CO_CONT, "num")
            else:
                plan.put(r, 1, "", "num")
            plan.put(r, 2, tail, "text", "cont", lab)
            for c in (3, 4, 5):
                plan.put(r, c, "", "text")
        else:
            plan.put(r, 2, t, "text", "para", lab)
        row_height(plan, r, CO_COLS)
        r += 1
    book = [ver, plan]
    last = plan.nrows
    opts = [{"cols": [10, 12, 8, 60]},
            {"cols": CO_COLS, "freeze": 4, "selected": True, "orient": "portrait", "hf": ("&L&A", "&RPage &P")}]
    props = {"names": [("_xlnm.Print_Titles", 1, "'Improvement plan'!$3:$3")], "build": "14326",
             "company": _text.CO_BOARD + " (fictional)", "version": "16.0300", "title": _text.CO_TITLE,
             "author": _text.CO_AUTHOR, "created": "2024-11-04T15:40:02Z", "modified": "2025-02-14T16:01:49Z",
             "when": (2025, 2, 14, 16, 1, 48)}
    excel_package(path, book, opts, props)
    order, pages, rtexts = key_from_record(book)
    result = [entry(lab, pages[lab], rtexts[lab]) for lab in order]
    check_lengths(path.name, list(texts.values()), 40, 120)
    check_count(path.name, result, 8, 14)
    read = read_xlsx(path)
    check_book(path.name, book, read, texts, result, ("Para",), _text.CO_HEADER[1])
    conts = [(plan.cells[rc]["para"], plan.cells.get((rc[0], 1), {}).get("v")) for rc in sorted(plan.cells)
             if plan.cells[rc]["role"] == "cont"]
    if conts != [("2.3", ""), ("2.6", _text.CO_CONT), ("3.2", "")] or last != 18:
        raise AssertionError(f"continued.xlsx: continuations {conts}")
    for lab, _mark in conts:
        head = next(c["v"] for c in plan.cells.values() if c["role"] == "para" and c["para"] == lab)
        tail = next(c["v"] for c in plan.cells.values() if c["role"] == "cont" and c["para"] == lab)
        if head[-1] in ".!?" or not tail[0].islower():
            raise AssertionError(f"continued.xlsx: {lab} is not split mid-sentence")
    if [v for (r_, c_), v in read[0][2].items() if c_ == 1 and r_ > 1] != ["1.0", "1.1", "2.0", "2.1"]:
        raise AssertionError("continued.xlsx: version numbers")
    return {
        "note": ("A LEARNING REVIEW'S IMPROVEMENT PLAN (Mr and Mrs H, Thursby Vale) SAVED BY EXCEL 2016: two sheets, "
                 "'Version control' FIRST (a table 'Version | Date | By | Change' whose versions '1.0', '1.1', "
                 "'2.0', '2.1' are text cells in column A; the last change 'Long rows split so that the plan prints "
                 "on A4.') and 'Improvement plan': the title and the fiction label merged across the row, a frozen "
                 "header row 'Para | Learning (review text) | Owner | Target | Status', two section headings "
                 "merged across the row ('Section 2: What happened', 'Section 3: What we learned'), then a row a "
                 "paragraph, 2.1-2.6 and 3.1-3.4, the number as a text cell in column A, the review's words in "
                 "column B, owner, target date and status. THREE PARAGRAPHS ARE SPLIT OVER TWO ROWS BY HAND, "
                 "MID-SENTENCE (the first row ends without a stop, the second opens with a lower-case word): the "
                 "second rows of 2.3 and 3.2 have an EMPTY number cell, the second row of 2.6 has '(cont.)' in it; "
                 "the owner, target and status are on the first row only. Rule: a row whose number cell is empty "
                 "or '(cont.)' carries on the paragraph above, so 2.3, 2.6 and 3.2 each end with the last words of "
                 "their second row. Each key holds the review's own numbered paragraphs only, in row order; never "
                 "the version numbers, headers, headings, owners, dates or statuses. The host numbers no paragraphs "
                 "of its own. page = the sheet (1-based): 'Improvement plan' is sheet 2, after 'Version control'."),
        "paragraphs": result,
    }


def build(out):
    return _harness.build_files(out, ParaMaker(), {"tracker.xlsx": make_tracker, "gsheets.xlsx": make_gsheets,
                                                    "calc.ods": make_calc, "printed.pdf": make_printed,
                                                    "continued.xlsx": make_continued})


def main(out: pathlib.Path, determinism: bool = True) -> dict:
    """Build and self-check into ``out``; with ``determinism``, build again elsewhere and compare the bytes."""
    return _harness.build_checked(build, out, "blind71-determinism-", determinism)


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
