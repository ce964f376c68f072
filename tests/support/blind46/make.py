"""Blind fixture generator 46: five FICTIONAL ACCESSIBLE AND ALTERNATIVE VERSIONS of review reports, as councils and
partnerships publish them beside the main report: a large-print PDF, a screen-reader-friendly Word file, one chapter
of an EPUB 3 ebook saved as .xhtml, a plain-text "accessible text version", and a Markdown summary for practitioners
that keeps the full report's paragraph numbers in brackets at the end of each point.

FICTIONAL \u2013 for software testing. Run: python make.py [outdir] (a few seconds: everything is built twice and the
bytes compared). Needs reportlab (its canvas and its font folder: Arial metric Type 1 faces), lxml, python-docx,
pdfplumber and markdown-it-py; no system fonts, no network. Every generator checks its own key with
pdfplumber/lxml/python-docx/markdown-it, never with the project's parser.

largeprint.pdf  the LARGE PRINT EDITION of a safeguarding adults review (Wensley Fold SAB), as a transcription service
                sets one in Word: Arial 18 pt on 26 pt lines, ragged right, no hyphenation and NO INDENTS: each
                paragraph opens with its bold number ("3.2", no stop) and a space on its first line, and every
                later line runs flush left under the number; headings "3. What happened" bold 24 pt; a cover page in
                36/28 pt; from page 2 a running head with the report's title (Arial italic 16 pt over a rule) and
                the large-print page number in large type at the foot ("Page 7", bold 20 pt). The STANDARD PRINT
                PAGE NUMBERS are kept as italic 18 pt lines "[Standard print page 9]" set flush right on a line of
                their own where the standard edition's page turned: between paragraphs and, three or more times,
                INSIDE A PARAGRAPH between two of its lines (never after its first line or before its last). Long
                paragraphs run over page breaks, one OVER TWO PAGE BREAKS (three pages); ragged-right setting puts a
                time at the start of a line in mid-sentence ("10.15 that day and ...", the line before broken early)
accessible.docx the ACCESSIBLE WORD VERSION of a child safeguarding practice review (Pellingham SCP), built to pass
                Word's Accessibility Checker: document title in the core properties, en-GB language, Title style,
                real Heading 1 headings numbered by the list ("%1.", level 0) and real UNNUMBERED Heading 2
                sub-headings between numbered paragraphs; the paragraphs numbered by Word's automatic numbering
                ("Numbered Para" style, w:numPr level 1 "%1.%2"); an unnumbered "About this version" note before
                chapter 1; a CHART as an inline picture in a paragraph of its own between 2.3 and 2.4, its ALT TEXT
                in wp:docPr/@descr ("Bar chart. Contacts ... 2021, 14 contacts; ..."), followed by a Caption-style
                paragraph "Chart 1: ..."; a KEY DATES TABLE under a Heading 2 at the end of chapter 2 whose header
                row REPEATS on each page (w:tblHeader), with a table caption and description (w:tblCaption,
                w:tblDescription) and a third column "Report paragraph" whose cells hold bare numbers "2.3", "3.2";
                explicit page breaks before chapters and inside the long chapter 3
chapter.xhtml   ONE CHAPTER FILE OF AN EPUB 3 EBOOK edition of an independent review (Castlebrook), saved as .xhtml:
                an XML declaration, the XHTML namespace and the epub: prefix, <body epub:type="bodymatter">, <section
                epub:type="chapter" role="doc-chapter">, <h1> "Chapter 4 What happened", unnumbered <h2>s; each
                numbered paragraph <p class="np" id="para-4-3"><b class="pn">4.3</b>&#x2003;The ...</p>; PRINT
                EDITION PAGE-BREAK MARKERS as empty self-closing elements carrying the page in title and
                aria-label: <span epub:type="pagebreak" role="doc-pagebreak" id="page52" title="52"
                aria-label="52"/> in mid-paragraph (between two words) and <div epub:type="pagebreak" .../> between
                paragraphs; the first before the <h1> (page 47); NOTE REFERENCES <a epub:type="noteref"
                role="doc-noteref"> holding bare digits 31-34 (numbered on from earlier chapters), glued after
                sentence stops; each note an <aside epub:type="footnote" role="doc-footnote"> RIGHT AFTER THE PARAGRAPH
                that cites it, opening with a backlink <a role="doc-backlink"> holding its number (one note cites
                "paragraph 2.7"); a <figure> with an <img alt="..."> and a <figcaption> "Figure 4.1: ..." between
                two paragraphs
textversion.txt the "ACCESSIBLE TEXT VERSION" of a domestic homicide review (Hollin Brook CSP) as a council posts it
                beside the PDF: UTF-8, LF, wrapped at 72 characters, blank lines between blocks; title lines and a
                note on how to use the version; headings "Section 3: Agency contact"; paragraph numbers IN SQUARE
                BRACKETS at the start of the paragraph's first line, "[3.2] The ..."; PRINT PAGE MARKERS "--- Page
                12 ---" on lines of their own (blank lines round them) where the printed page began: between
                paragraphs and, twice or more, INSIDE A PARAGRAPH (the line after the marker continues the
                sentence); note references in square brackets glued after stops ("...in 2021.[1]") and a "Notes"
                section after the last paragraph whose lines begin "[1] ..."; an image description "[Image: ...]"
                between two paragraphs; a table linearised under "[Table 1: ...]" ... "[End of table]" at the top
                of a section; one continuation line begins "2.3 above" (a cross-reference)
practitioners.md  a "SUMMARY FOR PRACTITIONERS" of a safeguarding adults review (Ravensholme SAB) as a partnership's
                website keeps it in Markdown: "# " title, "## " sections, "### " themes, an unnumbered introduction
                and "Key messages" bullets with no numbers; then bullet points each CLOSED BY THE FULL REPORT'S
                PARAGRAPH NUMBER IN BRACKETS: "... in June. (para 2.1)", sometimes before the stop "... in June
                (para 2.3).", twice "(paragraph 4.2)"; one point is a list item of two Markdown paragraphs (the
                number closes the second); one point cites "para 2.2" in mid-text; a "What you should do now"
                task list ("- [ ] ...") and "Further information" links with no numbers

Judgement calls (what a practitioner citing the report would expect):
- the label is the paragraph number as printed, without brackets or a trailing stop: "[3.2]" is 3.2; in the
  practitioners' summary a point is labelled by the report paragraph number in brackets that CLOSES it, "(para 4.2)"
  or "(paragraph 4.2)" is 4.2, and that bracket is not part of the point's text (its text ends with the words before
  it); a paragraph number cited in mid-text ("para 2.2", "paragraph 2.3 above") is no label;
- a large-print paragraph's number labels the text that follows it on the same line; a line beginning with a time
  or a cross-reference in mid-sentence is a continuation line;
- standard-print page lines "[Standard print page 9]", page-break markers, "--- Page 12 ---" lines, running heads,
  folios, note references and notes (footnote asides, the "Notes" section), alt text, captions ("Chart 1: ...",
  "Figure 4.1: ..."), figures, image descriptions "[Image: ...]", tables (the key dates table, the linearised
  table), title lines, notes on the version, headings, key messages, checklists and links are no paragraph's text;
  a paragraph split by a page marker runs on after it;
- pages: physical and 1-based for PDF (the large-print page on which the paragraph's first line stands, not the
  standard print page). DOCX pages are counted from explicit breaks: page = 1 + the page breaks
  (<w:br w:type="page"/>) before the paragraph (each page holds at most about 480 words). Where an .xhtml or .txt file
  carries PRINT PAGE MARKERS the page is the print page on which the paragraph's first word stands, as the markers
  say (the last marker before the first word; a marker before a heading or a paragraph marks the page they start
  on). Markdown: null.
"""
import os
import pathlib
import re
import sys
import textwrap
import zipfile
import zlib

if __package__ in (None, ""):
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

    from blindkit import harness as _harness  # type: ignore
    from blindkit.draw import Layout, register_fonts, sw, wrap  # type: ignore
    from blindkit.keys import check_count, check_lengths, entry  # type: ignore
    from blindkit.markup import SECT_A4, hesc, write_markdown  # type: ignore
    from blindkit.pdfread import check_pdf_key, pdf_pages, words_of  # type: ignore
    from blindkit.wordread import check_numbered  # type: ignore

    _text = _harness.load(__file__, "blind46_text", "text.py")
    _b36 = _harness.load(__file__, "blind36_make", "..", "blind36", "make.py")
else:
    from ..blind36 import make as _b36
    from ..blindkit import harness as _harness
    from ..blindkit.draw import Layout, register_fonts, sw, wrap
    from ..blindkit.keys import check_count, check_lengths, entry
    from ..blindkit.markup import SECT_A4, hesc, write_markdown
    from ..blindkit.pdfread import check_pdf_key, pdf_pages, words_of
    from ..blindkit.wordread import check_numbered
    from . import text as _text

ParaMaker, norm, after_first = _text.ParaMaker, _text.norm, _text.after_first
XML_HEAD, WP_NS, BRK = _b36.XML_HEAD, _b36.WP_NS, _b36.BRK
wp, wr, docx_package, styles_xml = _b36.wp, _b36.wr, _b36.docx_package, _b36.styles_xml

FICT = "FICTIONAL \u2013 for software testing"
INVENTED = "Every person, place and service named here is invented."
A, AB, AI = "ArialMT", "Arial-BoldMT", "Arial-ItalicMT"
T1_FACES = {A: "_a______", AB: "_ab_____", AI: "_ai_____"}
WHEN = (2025, 5, 6, 10, 40, 0)


# --------------------------------------------------------------------------
# 1. largeprint.pdf: Arial 18, numbers at the start of flush-left paragraphs, standard print page lines
# --------------------------------------------------------------------------
LP_PLAN = [
    ("1", "Introduction", [70, 95]),
    ("2", "Mrs Orlin and her life", [120, 180, 90]),
    ("3", "What happened", [130, 100, 256, 100, 150]),
    ("4", "Analysis", [170, 120, 245, 110]),
    ("5", "Conclusions", [95, 85]),
]
LP_TIME_AT = "3.2"
LX, LR = 56.7, 595.28 - 56.7
LFS, LLEAD, LTOP, LBOT = 18.0, 26.0, 770.0, 92.0
SP_EVERY = 330  # words on a standard print page


def make_largeprint(out, pm):
    path = out / "largeprint.pdf"
    lay = Layout()
    lay.new_page()
    for y, s, f, size in [(740, "LARGE PRINT", AB, 36), (680, "Safeguarding Adults Review:", AB, 28),
                          (644, "Mrs Orlin", AB, 28), (580, "Wensley Fold Safeguarding", A, 22),
                          (552, "Adults Board (FICTIONAL)", A, 22), (490, "Large print edition,", A, 18),
                          (464, "Arial 18 point, June 2025", A, 18),
                          (380, "FICTIONAL \u2013 for software", A, 18),
                          (354, "testing. Every person, place and", A, 18),
                          (328, "service named here is invented.", A, 18)]:
        lay.text(LX, y, s, f, size)
    st = {"cur": 0.0, "words": 0, "sp": 9, "pending": False}

    def page():
        lay.new_page()
        st["cur"] = LTOP

    def put(x, s, font, size, lead, gap):
        g = 0.0 if st["cur"] == LTOP else gap
        if st["cur"] - g - lead < LBOT:
            page()
            g = 0.0
        base = st["cur"] - g - lead * 0.78
        lay.text(x, base, s, font, size)
        st["cur"] -= g + lead
        return lay.n, base

    def room(h):
        return st["cur"] - h >= LBOT

    def marker(gap=0.0):
        s = f"[Standard print page {st['sp']}]"
        put(LR - sw(s, AI, LFS), s, AI, LFS, LLEAD, gap)
        st["sp"] += 1
        st["pending"] = False
        return s

    page()
    result, texts, ends, labels, inside, cross3, time_line = [], [], [], [], [], [], None
    for sec, title, items in LP_PLAN:
        if not room(24 + 34 + 3 * LLEAD):
            page()
        if st["pending"]:
            marker()
        put(LX, f"{sec}. {title}", AB, 24.0, 34.0, 24.0)
        for k, n_words in enumerate(items, 1):
            label = f"{sec}.{k}"
            t = pm.make(n_words, "adult")
            words = t.split()
            if label == LP_TIME_AT:
                t = after_first(t, _text.LP_TIME)
                words = t.split()
                i = words.index("10.15")
                words = [*words[:i], "\n", *words[i:]]
            ind = sw(label + " ", AB, LFS)
            lines = wrap(words, LR - LX, lambda s: sw(s, A, LFS), first_width=LR - LX - ind)
            if st["pending"]:
                marker(14.0)
            if not room(14.0 + 2 * LLEAD):
                page()
            placed = []
            for j, ln in enumerate(lines):
                if 2 <= j <= len(lines) - 2 and st["pending"]:
                    marker()
                    inside.append(label)
                if j == len(lines) - 2 and not room(2 * LLEAD):
                    page()  # the last two lines go over together
                s = " ".join(ln)
                if j == 0:
                    pg, base = put(LX + ind, s, A, LFS, LLEAD, 14.0)
                    lay.text(LX, base, label, AB, LFS)
                else:
                    pg, base = put(LX, s, A, LFS, LLEAD, 0.0)
                if ln and ln[0] == "10.15":
                    time_line = (pg, base)
                placed.append((pg, base))
                st["words"] += len(ln)
                if st["words"] >= SP_EVERY * (st["sp"] - 8):
                    st["pending"] = True
            t = " ".join(w for w in words if w != "\n")
            texts.append(t)
            result.append(entry(label, placed[0][0], t))
            ends.append(placed[-1][0])
            labels.append((placed[0][0], LX, placed[0][1]))
            if placed[-1][0] - placed[0][0] >= 2:
                cross3.append(label)
    grey = (0.25, 0.25, 0.25)
    for k in range(2, lay.n + 1):
        lay.text(LX, 806, "Safeguarding Adults Review: Mrs Orlin (FICTIONAL)", AI, 16, grey, page=k)
        lay.line(LX, 798, LR, 798, 0.8, grey, page=k)
        s = f"Page {k}"
        lay.text(LR - sw(s, AB, 20), 44, s, AB, 20, page=k)
    lay.render(path, {"Title": "SAR Mrs Orlin - large print", "Author": "Wensley Fold SAB (FICTIONAL)",
                      "Creator": "Microsoft\u00ae Word for Microsoft 365", "Producer": "Microsoft\u00ae Word for "
                      "Microsoft 365", "Subject": FICT})
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    pages = pdf_pages(path)
    check_pdf_key(path.name, pages, result, ends, labels)
    # the body (18 pt upright characters after the cover) is the labels and texts and nothing else, in order
    body = []
    for chars in pages[1:]:
        body += words_of(chars, lambda c: abs(c["size"] - LFS) < 0.05 and "Italic" not in c["fontname"])
    if body != norm(" ".join(f"{d['label']} {t}" for d, t in zip(result, texts, strict=True))):
        raise AssertionError("largeprint.pdf: body read back")
    if len(inside) < 3 or not cross3 or time_line is None:
        raise AssertionError(f"largeprint.pdf: markers inside {inside}, three pages {cross3}, {time_line}")
    tl = sorted((c for c in pages[time_line[0] - 1] if abs(c["matrix"][5] - time_line[1]) < 0.05),
                key=lambda c: c["x0"])
    if "".join(c["text"] for c in tl[:5]) != "10.15" or abs(tl[0]["x0"] - LX) > 0.05:
        raise AssertionError("largeprint.pdf: the time's line")
    cross = [d["label"] for d, e in zip(result, ends, strict=True) if e != d["page"]]
    return {
        "note": ("The LARGE PRINT EDITION of a safeguarding adults review set in Word by a transcription service: "
                 "Arial 18 pt on 26 pt lines, ragged right, NO INDENTS: the bold number ('3.2', no stop) and a "
                 "space open each paragraph's first line, later lines flush left under it; headings '3. What "
                 "happened' bold 24 pt; a cover page; from page 2 an italic running head with the title and "
                 "'Page N' in bold 20 pt at the foot. The STANDARD PRINT PAGE NUMBERS are kept as italic "
                 "lines '[Standard print page 9]' set flush right on a line of their own, between paragraphs "
                 "and INSIDE paragraphs " + ", ".join(inside) + " (between two of their lines). "
                 "Paragraphs run over pages (" + ", ".join(cross) + "); " + " and ".join(cross3)
                 + " over two page breaks. In " + LP_TIME_AT
                 + " a line starts with a time in mid-sentence ('10.15 that day'). Pages are the PDF's physical "
                 "pages (the large-print pages), not the standard print pages. Cover, headings, running heads, "
                 "folios and the standard print page lines are no paragraph's text."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 2. accessible.docx: Accessibility Checker clean Word, alt text on a chart, a repeated header row
# --------------------------------------------------------------------------
AC_PLAN = [
    ("Introduction", [75, 85, 70]),
    ("Maisie and her family", [95, 90, 100, 85]),
    ("What happened", [110, 95, 105, 90, 100, 95, 85]),
    ("What we have learned", [100, 110, 95]),
    ("Recommendations", [80, 75]),
]
AC_SUBHEADS = {"3.4": "Information sharing", "4.2": "Hearing Maisie\u2019s voice"}  # a Heading 2 before these
AC_CHART_AFTER = "2.3"
AC_STYLES = styles_xml("Arial", (
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="NumberedPara"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>'
    '<w:spacing w:before="360" w:after="200"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/>'
    '<w:sz w:val="36"/><w:szCs w:val="36"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="NumberedPara"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/>'
    '<w:keepLines/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/>'
    '<w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="NumberedPara"><w:name w:val="Numbered Para"/>'
    '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="240" w:line="312" w:lineRule="auto"/>'
    '<w:ind w:left="851" w:hanging="851"/></w:pPr><w:rPr><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:uiPriority w:val="35"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:spacing '
    'w:after="200"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style>'
    '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:uiPriority w:val="39"/>'
    '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" '
    'w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right '
    'w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" '
    'w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr>'
    '</w:style>'))
AC_NUMBERING = XML_HEAD + (
    f'<w:numbering {WP_NS}><w:abstractNum w:abstractNumId="0"><w:nsid w:val="5C2E7A10"/>'
    '<w:multiLevelType w:val="multilevel"/><w:tmpl w:val="0809001D"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/>'
    '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="851" w:hanging="851"/></w:pPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="NumberedPara"/>'
    '<w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="851" w:hanging="851"/></w:pPr></w:lvl>'
    '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
NUMPR = '<w:numPr><w:ilvl w:val="{}"/><w:numId w:val="1"/></w:numPr>'


def chart_png():
    """A small greyscale bar chart as a PNG, written byte by byte (no image library, the same bytes every time)."""
    w, h = 240, 120
    rows = []
    for y in range(h):
        row = bytearray([255] * w)
        for k, v in enumerate((14, 23, 31)):
            if h - 10 - y <= v * 3 and y < h - 10:
                for x in range(30 + 70 * k, 80 + 70 * k):
                    row[x] = 90
        if y == h - 10:
            row = bytearray([0] * w)
        rows.append(b"\x00" + bytes(row))

    def chunk(kind, data):
        return (len(data).to_bytes(4, "big") + kind + data
                + (zlib.crc32(kind + data) & 0xFFFFFFFF).to_bytes(4, "big"))
    ihdr = w.to_bytes(4, "big") + h.to_bytes(4, "big") + bytes([8, 0, 0, 0, 0])
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
            + chunk(b"IEND", b""))


def chart_para():
    cx, cy = 4572000, 2286000
    return (
        '<w:p><w:pPr><w:keepNext/><w:jc w:val="center"/></w:pPr><w:r><w:drawing><wp:inline distT="0" distB="0" '
        f'distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="1" name="Picture 1" title="Chart 1" descr="{hesc(_text.CHART_ALT)}"/>'
        '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr><a:graphic>'
        '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic '
        'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="1" '
        'name="chart1.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rId20"/><a:stretch>'
        '<a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/>'
        f'<a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
        '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>')


def dates_table():
    def cell(s, w, head=False):
        para = wp(wr(s, "<w:b/>" if head else ""), None, '<w:spacing w:after="60"/>')
        return f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr>{para}</w:tc>'
    widths = (2200, 4826, 2000)
    rows = ['<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>'
            + "".join(cell(s, w, True) for s, w in zip(("Date", "What happened", "Report paragraph"), widths,
                                                       strict=True)) + "</w:tr>"]
    for r in _text.KEY_DATES:
        rows.append('<w:tr><w:trPr><w:cantSplit/></w:trPr>'
                    + "".join(cell(s, w) for s, w in zip(r, widths, strict=True)) + "</w:tr>")
    return ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9026" w:type="dxa"/>'
            '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
            f'w:noHBand="0" w:noVBand="1"/><w:tblCaption w:val="Key dates"/><w:tblDescription '
            f'w:val="{hesc(_text.TABLE_ALT)}"/></w:tblPr><w:tblGrid>'
            + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths) + "</w:tblGrid>" + "".join(rows) + "</w:tbl>")


def add_image(path, png):
    """docx_package's file with the chart's image part added (its content type and relationship)."""
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b'<Default Extension="xml"', b'<Default Extension="png" ContentType="image/png"/><Default Extension="xml"')
    parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(
        b"</Relationships>", b'<Relationship Id="rId20" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/image" Target="media/image1.png"/></Relationships>')
    parts["word/media/image1.png"] = png
    import io
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in parts.items():
            zi = zipfile.ZipInfo(name, date_time=WHEN)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    path.write_bytes(buf.getvalue())


def make_accessible(out, pm):
    path = out / "accessible.docx"
    body = [wp(wr("Child Safeguarding Practice Review: Maisie"), "Title"),
            wp(wr("Pellingham Safeguarding Children Partnership (FICTIONAL)")),
            wp(wr("Accessible version, April 2025")),
            wp(wr(FICT + ". " + INVENTED, "<w:i/>")),
            wp(wr("About this version"), "Heading2"),
            wp(wr("This version of the report has been checked for use with screen readers. The paragraph numbers "
                  "are the same as in the printed report, so that you can refer to either."))]
    result, texts, page, words = [], [], 1, {1: 60}
    for ch, (title, items) in enumerate(AC_PLAN, 1):
        body.append(BRK)
        page += 1
        words[page] = 0
        body.append(wp(wr(title), "Heading1", NUMPR.format(0)))
        for k, n_words in enumerate(items, 1):
            label = f"{ch}.{k}"
            t = pm.make(n_words, "child")
            if words[page] + len(t.split()) > 440:
                body.append(BRK)
                page += 1
                words[page] = 0
            if label in AC_SUBHEADS:
                body.append(wp(wr(AC_SUBHEADS[label]), "Heading2"))
            body.append(wp(wr(t), "NumberedPara", NUMPR.format(1)))
            words[page] += len(t.split())
            texts.append(t)
            result.append(entry(label, page, t))
            if label == AC_CHART_AFTER:
                body.append(chart_para())
                body.append(wp(wr(_text.CHART_CAPTION), "Caption", '<w:jc w:val="center"/>'))
                words[page] += 20
        if ch == 2:
            body.append(wp(wr("Key dates"), "Heading2"))
            body.append(dates_table())
            body.append(wp(""))
            words[page] += 90
    doc = f'{XML_HEAD}<w:document {WP_NS}><w:body>{"".join(body)}{SECT_A4}</w:body></w:document>'
    docx_package(path, doc, AC_STYLES, AC_NUMBERING, "CSPR Maisie \u2013 accessible version (FICTIONAL)",
                 "Child Safeguarding Practice Review: Maisie (accessible version, FICTIONAL)",
                 "Pellingham Safeguarding Children Partnership (FICTIONAL)", page,
                 sum(len(t.split()) for t in texts), WHEN)
    add_image(path, chart_png())
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    if max(words.values()) > 480:
        raise AssertionError(f"accessible.docx: words per page {words}")
    # read back: Word's numbers from numbering.xml, the paragraphs' own text, pages from the breaks; the alt text,
    # the caption, the table and its repeated header row where they were put
    import docx
    check_numbered(path, result, texts)
    d = docx.Document(str(path))
    paras = d.paragraphs
    i = next(i for i, p in enumerate(paras) if p.text == texts[[r["label"] for r in result].index(AC_CHART_AFTER)])
    descr = paras[i + 1]._p.xpath(".//wp:docPr/@descr")
    if descr != [_text.CHART_ALT] or paras[i + 2].style.name != "Caption" or not d.inline_shapes:
        raise AssertionError("accessible.docx: the chart")
    tb = d.tables[0]
    if (len(tb.rows) != 1 + len(_text.KEY_DATES) or tb.rows[0]._tr.xpath("./w:trPr/w:tblHeader") == []
            or [r.cells[2].text for r in tb.rows[1:]] != [r[2] for r in _text.KEY_DATES]):
        raise AssertionError("accessible.docx: the key dates table")
    if [p.text for p in paras if p.style.name == "Numbered Para"] != texts:
        raise AssertionError("accessible.docx: python-docx's paragraphs")
    return {
        "note": ("The ACCESSIBLE WORD VERSION of a child safeguarding practice review, made to pass Word's "
                 "Accessibility Checker: title in the document properties, en-GB, real Heading 1s numbered by the "
                 "list ('%1.', level 0) and UNNUMBERED Heading 2 sub-headings between numbered paragraphs ("
                 + ", ".join(f"before {k}" for k in AC_SUBHEADS) + "); paragraphs numbered by Word's automatic "
                 "numbering ('Numbered Para', w:numPr level 1, '%1.%2'); an unnumbered 'About this version' note "
                 "first; after " + AC_CHART_AFTER + " a CHART (an inline picture with ALT TEXT in wp:docPr/@descr) "
                 "and a Caption paragraph 'Chart 1: ...', which are not part of " + AC_CHART_AFTER + "; a KEY "
                 "DATES table under a Heading 2 at the end of chapter 2 with a REPEATED HEADER ROW (w:tblHeader), "
                 "w:tblCaption and w:tblDescription, whose 'Report paragraph' cells hold bare numbers ('2.3', "
                 "'3.2'): no paragraphs. page = 1 + the page breaks (w:br page, before every chapter and inside "
                 "chapter 3) before the paragraph."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 3. chapter.xhtml: an EPUB 3 chapter, print page-break markers, footnote asides after their paragraphs
# --------------------------------------------------------------------------
XH_PLAN = [
    ("The months before the move", [110, 95, 120, 105]),
    ("The autumn term", [100, 130, 90, 115, 100]),
    ("The eleven weeks before the incident", [120, 105, 110, 95]),
    ("What the chapter shows", [100, 90]),
]
XH_FIRST_PAGE, XH_PER_PAGE = 47, 390
XH_NOTE_IN = {"4.2": 31, "4.6": 32, "4.7": 33, "4.11": 34}
XH_FIG_AFTER = "4.9"


def make_chapter(out, pm):
    path = out / "chapter.xhtml"
    st = {"page": XH_FIRST_PAGE, "words": 0}
    breaks_in, parts = [], []  # the print pages turn alternately inside a paragraph and between two

    def pb(block):
        st["page"] += 1
        tag = "div" if block else "span"
        return (f'<{tag} epub:type="pagebreak" role="doc-pagebreak" id="page{st["page"]}" title="{st["page"]}" '
                f'aria-label="{st["page"]}"/>')

    def due():
        return st["words"] >= XH_PER_PAGE * (st["page"] - XH_FIRST_PAGE + 1)

    result, texts, n = [], [], 0
    for sec, items in XH_PLAN:
        parts.append(f"<h2>{hesc(sec)}</h2>")
        for n_words in items:
            n += 1
            label = f"4.{n}"
            t = pm.make(n_words, "child")
            words = t.split()
            if due():
                parts.append(pb(True))
            page = st["page"]
            note = XH_NOTE_IN.get(label)
            note_at = None
            if note:
                note_at = next(i for i in range(10, len(words) - 8) if words[i].endswith("."))
            html = []
            for i, w in enumerate(words):
                if 8 <= i <= len(words) - 6 and due() and st["page"] % 2 == 1:
                    html.append(pb(False))
                    breaks_in.append(label)
                html.append(hesc(w))
                if i == note_at:
                    html[-1] += (f'<a epub:type="noteref" role="doc-noteref" id="noteref{note}" '
                                 f'href="#note{note}">{note}</a>')
                st["words"] += 1
            parts.append(f'<p class="np" id="para-4-{n}"><b class="pn">{label}</b>&#x2003;{" ".join(html)}</p>')
            if note:
                parts.append(f'<aside epub:type="footnote" role="doc-footnote" id="note{note}"><p><a '
                             f'href="#noteref{note}" role="doc-backlink">{note}</a> {hesc(_text.XH_NOTES[note])}</p>'
                             "</aside>")
            if label == XH_FIG_AFTER:
                parts.append(f'<figure class="fig" id="fig4-1"><img src="../images/fig4-1.png" '
                             f'alt="{hesc(_text.FIG_ALT)}"/><figcaption>{hesc(_text.FIG_CAPTION)}</figcaption>'
                             "</figure>")
            texts.append(t)
            result.append(entry(label, page, t))
    xhtml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="en-GB" '
        'lang="en-GB">\n<head>\n<meta charset="UTF-8"/>\n<title>Chapter 4: What happened</title>\n'
        '<link rel="stylesheet" type="text/css" href="../css/review.css"/>\n</head>\n'
        '<body epub:type="bodymatter">\n<section epub:type="chapter" role="doc-chapter" aria-labelledby="ch4">\n'
        f'<span epub:type="pagebreak" role="doc-pagebreak" id="page{XH_FIRST_PAGE}" title="{XH_FIRST_PAGE}" '
        f'aria-label="{XH_FIRST_PAGE}"/>\n'
        '<h1 id="ch4"><span class="chapnum">Chapter 4</span> What happened</h1>\n'
        f'<p class="fict"><i>Independent review of the death of Rosie (Castlebrook, FICTIONAL). {FICT}. '
        f"{INVENTED}</i></p>\n" + "\n".join(parts) + "\n</section>\n</body>\n</html>\n")
    path.write_text(xhtml, encoding="utf-8")
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    # read back with lxml.etree: page-break markers in document order, each p.np's label, text and page; the asides,
    # the figure and the note references are no paragraph's text
    from lxml import etree
    X, E = "{http://www.w3.org/1999/xhtml}", "{http://www.idpf.org/2007/ops}type"
    root = etree.fromstring(xhtml.encode("utf-8"))
    got, page = [], None
    for el in root.iter():
        if el.get(E) == "pagebreak":
            page = int(el.get("title"))
        elif el.tag == X + "p" and el.get("class") == "np":
            num = el.find(X + "b")
            pg, words = page, [el.text or ""]
            for sub in el:
                if sub.get(E) == "pagebreak":
                    page = int(sub.get("title"))
                elif sub is not num and sub.get(E) != "noteref":
                    words.append(sub.text or "")
                words.append(sub.tail or "")
            got.append([num.text, pg, " ".join("".join(words).split())])
    if got != [[d["label"], d["page"], t] for d, t in zip(result, texts, strict=True)]:
        raise AssertionError(f"chapter.xhtml: read back {[(g[0], g[1]) for g in got]}")
    if len(breaks_in) < 2 or len(root.findall(f".//{X}aside")) != len(XH_NOTE_IN):
        raise AssertionError(f"chapter.xhtml: breaks inside {breaks_in}")
    return {
        "note": ("ONE CHAPTER FILE OF AN EPUB 3 EBOOK edition of an independent review, saved as .xhtml (XML "
                 "declaration, XHTML namespace, epub: prefix, section epub:type='chapter', <h1> 'Chapter 4 What "
                 "happened', unnumbered <h2>s). Each numbered paragraph is <p class='np'><b class='pn'>4.3</b>"
                 "&#x2003;...</p>. PRINT EDITION PAGE-BREAK MARKERS are empty self-closing elements carrying the page "
                 "in title and aria-label (<span epub:type='pagebreak' .../> between two words of paragraphs "
                 + ", ".join(breaks_in) + "; <div epub:type='pagebreak' .../> between paragraphs; the first, page "
                 + str(XH_FIRST_PAGE) + ", before the <h1>): the key's page is the print page on which the "
                 "paragraph's first word stands. Note references (<a epub:type='noteref'>, bare digits 31-34 glued "
                 "after stops) and the notes (<aside epub:type='footnote'> right after the paragraph citing each, "
                 "opening with a backlink holding its number) are no paragraph's text; nor is the <figure> after "
                 + XH_FIG_AFTER + " (img alt, figcaption 'Figure 4.1: ...')."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 4. textversion.txt: "[3.2]" numbers, "--- Page 12 ---" markers, notes, an image description, a linear table
# --------------------------------------------------------------------------
TX_PLAN = [
    ("Introduction", [80, 95, 70]),
    ("The review", [100, 90, 110, 85]),
    ("Agency contact", [120, 105, 130, 110]),
    ("Analysis", [115, 125, 100]),
    ("Conclusions", [90, 80]),
]
TX_FIRST_PAGE, TX_PER_PAGE, WIDTH = 3, 300, 72
TX_NOTE_IN = {"1.2": 1, "3.1": 2, "3.4": 3}
TX_XREF_IN, TX_IMAGE_AFTER, TX_TABLE_IN = "4.2", "3.2", 2


def wrap_text(s, first, breaks=()):
    """Lines of at most WIDTH characters; the first starts with ``first``; a line break is forced before each word
    index in ``breaks``."""
    words, lines, cur = s.split(), [], first.rstrip()
    for i, w in enumerate(words):
        if cur and (len(cur) + 1 + len(w) > WIDTH or i in breaks):
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    lines.append(cur)
    return lines


def make_textversion(out, pm):
    path = out / "textversion.txt"
    out_lines = ["Domestic Homicide Review: Mrs Ellery", "Overview Report \u2013 accessible text version",
                 "Hollin Brook Community Safety Partnership (FICTIONAL)", *textwrap.wrap(f"{FICT}. {INVENTED}", WIDTH),
                 "", "About this version: this is a plain text version of the published",
                 "report, for use with screen readers and other software. Lines such as",
                 "\"--- Page 4 ---\" show where each page of the printed report begins.",
                 "Paragraph numbers are shown in square brackets.", ""]
    st = {"page": TX_FIRST_PAGE, "words": 0}

    def marker():
        st["page"] += 1
        return ["", f"--- Page {st['page']} ---", ""]

    def due():
        return st["words"] >= TX_PER_PAGE * (st["page"] - TX_FIRST_PAGE + 1)

    out_lines += [f"--- Page {TX_FIRST_PAGE} ---", ""]
    result, texts, inside, xref_line = [], [], [], None
    for ch, (title, items) in enumerate(TX_PLAN, 1):
        if due():
            out_lines += marker()[1:]
        out_lines += [f"Section {ch}: {title}", "=" * len(f"Section {ch}: {title}"), ""]
        if ch == TX_TABLE_IN:
            out_lines += [*(ln for row in _text.TX_TABLE for ln in textwrap.wrap(row, WIDTH)), ""]
        for k, n_words in enumerate(items, 1):
            label = f"{ch}.{k}"
            t = pm.make(n_words, "dhr")
            breaks = ()
            if label == TX_XREF_IN:
                t = after_first(t, _text.TX_XREF)
            shown = t.split()
            if label in TX_NOTE_IN:
                i = next(i for i in range(10, len(shown) - 8) if shown[i].endswith("."))
                shown[i] += f"[{TX_NOTE_IN[label]}]"
            if label == TX_XREF_IN:
                breaks = (next(i for i, w in enumerate(shown) if w == "2.3"),)
            if due():
                out_lines += marker()[1:]
            page = st["page"]
            lines = wrap_text(" ".join(shown), f"[{label}]", breaks)
            for j, ln in enumerate(lines):
                if 2 <= j <= len(lines) - 2 and due() and st["page"] % 2 == 1:
                    out_lines += marker()
                    inside.append(label)
                out_lines.append(ln)
                if ln.startswith("2.3 above"):
                    xref_line = ln
                st["words"] += len(ln.split())
            out_lines.append("")
            if label == TX_IMAGE_AFTER:
                out_lines += [*textwrap.wrap(_text.TX_IMAGE, WIDTH), ""]
            texts.append(t)
            result.append(entry(label, page, t))
    out_lines += ["Notes", "=====", ""]
    for k, s in _text.TX_NOTES.items():
        out_lines += [*textwrap.wrap(f"[{k}] {s}", WIDTH), ""]
    data = "\n".join(out_lines).rstrip("\n") + "\n"
    path.write_text(data, encoding="utf-8")
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    # read back: a line "[3.2] ..." opens a paragraph; lines after it (page markers and blank lines skipped) run on
    # until a heading, an image description, the notes or the next number; note references taken out
    got, cur, page, lines = [], None, None, data.split("\n")
    for i, ln in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if m := re.fullmatch(r"--- Page (\d+) ---", ln):
            page = int(m.group(1))
        elif m := re.match(r"\[(\d\.\d)\] (.+)", ln):
            cur = [m.group(1), page, m.group(2)]
            got.append(cur)
        elif re.fullmatch(r"=+", nxt) or ln.startswith("[") or re.fullmatch(r"=+", ln):
            cur = None
        elif ln and cur is not None:
            cur[2] += " " + ln
    got = [[g[0], g[1], re.sub(r"(?<=\.)\[\d\]", "", g[2])] for g in got]
    if got != [[d["label"], d["page"], t] for d, t in zip(result, texts, strict=True)]:
        raise AssertionError(f"textversion.txt: read back {[(g[0], g[1]) for g in got]}")
    if len(inside) < 2 or xref_line is None or max(len(ln) for ln in lines) > WIDTH:
        raise AssertionError(f"textversion.txt: markers inside {inside}, {xref_line}")
    return {
        "note": ("The 'ACCESSIBLE TEXT VERSION' of a domestic homicide review posted beside the PDF (UTF-8, LF, "
                 "wrapped at 72, blank lines between blocks): title lines and a note on the version; headings "
                 "'Section 3: Agency contact' underlined with '='; paragraph numbers IN SQUARE BRACKETS "
                 "opening the first line, '[3.2] The ...'; PRINT PAGE MARKERS '--- Page 12 ---' on lines of "
                 "their own (blank lines round them) where the printed page began, between paragraphs and "
                 "inside " + ", ".join(inside) + " (the line after the marker carries the sentence on). The "
                 "key's page is the print page of the paragraph's first line, as the markers say. Note "
                 "references '[1]' glued after stops (in " + ", ".join(TX_NOTE_IN)
                 + ") and the 'Notes' section at the end ('[1] ...' lines) are no "
                 "paragraph's text; nor are the '[Image: ...]' description after " + TX_IMAGE_AFTER + " and the "
                 "table linearised between '[Table 1: ...]' and '[End of table]' at the top of section "
                 + str(TX_TABLE_IN) + ". In " + TX_XREF_IN + " a continuation line begins '2.3 above' (a "
                 "cross-reference, no label)."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 5. practitioners.md: a summary whose points end with the full report's paragraph number in brackets
# --------------------------------------------------------------------------
# section, theme or None, [(report paragraph, words, form)]; form: "after" ". (para N)", "before" " (para N).",
# "long" "(paragraph N)" after the stop, "two" a list item of two Markdown paragraphs
MD_PLAN = [
    ("What happened", None, [("2.1", 55, "after"), ("2.3", 60, "before"), ("2.4", 50, "after"),
                             ("2.6", 65, "two")]),
    ("What we learned", "Hearing Mrs Quennel", [("3.1", 55, "after"), ("3.2", 50, "before"), ("3.5", 60, "after")]),
    ("What we learned", "Working together", [("3.7", 55, "xref"), ("3.8", 60, "after"), ("4.1", 50, "before")]),
    ("What we learned", "Self-neglect", [("4.2", 65, "long"), ("4.4", 55, "after"), ("4.5", 50, "after")]),
    ("What the board will do", None, [("5.1", 55, "long"), ("5.2", 50, "before")]),
]


def make_practitioners(out, pm):
    path = out / "practitioners.md"
    blocks = ["# Learning from the Safeguarding Adults Review: Mrs Quennel",
              "**A summary for practitioners** \u2013 Ravensholme Safeguarding Adults Board (FICTIONAL)",
              f"_{FICT}. {INVENTED}_",
              "This summary is for staff in every agency in Ravensholme. It is not the full report. The numbers "
              "in brackets at the end of each point are the paragraph numbers of the full report, so that you can "
              "read more about it there.",
              "## Key messages", "\n".join(f"- {s}" for s in _text.MD_KEY)]
    result, texts, last_sec = [], [], None
    for sec, theme, points in MD_PLAN:
        if sec != last_sec:
            blocks.append(f"## {sec}")
            last_sec = sec
        if theme:
            blocks.append(f"### {theme}")
        items = []
        for label, n_words, form in points:
            t = pm.make(n_words, "adult")
            if form == "xref":
                t = after_first(t, _text.MD_XREF)
            if form == "before":
                shown = f"{t[:-1]} (para {label})."
            elif form == "long":
                shown = f"{t} (paragraph {label})"
            elif form == "two":
                i = t.index(". ", len(t) // 2) + 1
                shown = f"{t[:i]}\n\n  {t[i + 1:]} (para {label})"
            else:
                shown = f"{t} (para {label})"
            items.append(f"- {shown}")
            texts.append(t)
            result.append(entry(label, None, t))
        blocks.append("\n".join(items) if all("\n" not in s for s in items) else "\n\n".join(items))
    blocks += ["## What you should do now", "\n".join(f"- [ ] {s}" for s in _text.MD_CHECK),
               "## Further information",
               "- [The full report (PDF, 1.2 MB)](https://ravensholme-sab.example/reviews/mr-quennel.pdf)\n"
               "- [Self-neglect practice guidance](https://ravensholme-sab.example/self-neglect)\n"
               "- [Multi-agency escalation policy](https://ravensholme-sab.example/escalation)"]
    # read back with markdown-it: each list item's inline text; an item closed by "(para N)" or "(paragraph N)" (before
    # or after its last stop) is labelled N and its text is the rest
    toks = write_markdown(path, blocks)
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    got, item, unlabelled = [], None, 0
    for tk in toks:
        if tk.type == "list_item_open":
            item = []
        elif tk.type == "inline" and item is not None:
            item.append(tk.content)
        elif tk.type == "list_item_close":
            s = " ".join(item)
            m = re.fullmatch(r"(.+?)(\.?) \((?:para|paragraph) (\d\.\d)\)(\.?)", s)
            if m:
                got.append([m.group(3), m.group(1) + (m.group(2) or m.group(4))])
            else:
                unlabelled += 1
            item = None
    if got != [[d["label"], t] for d, t in zip(result, texts, strict=True)] or unlabelled != 9:
        raise AssertionError(f"practitioners.md: read back {[g[0] for g in got]}, {unlabelled}")
    forms = {f: [lab for _s, _t, ps in MD_PLAN for lab, _n, f2 in ps if f2 == f] for f in
             ("before", "long", "two", "xref")}
    return {
        "note": ("A 'SUMMARY FOR PRACTITIONERS' of a safeguarding adults review kept in Markdown on a partnership's "
                 "website: '# ' title, '## ' sections, '### ' themes, an unnumbered introduction and 'Key messages' "
                 "bullets; then bullet points each CLOSED BY THE FULL REPORT'S PARAGRAPH NUMBER IN BRACKETS, "
                 "'... in June. (para 2.1)', which labels the point and is not part of its text. The numbers skip "
                 "(the summary leaves paragraphs out). Variants: before the stop in " + ", ".join(forms["before"])
                 + " ('... in June (para 2.3).'); '(paragraph N)' in " + ", ".join(forms["long"]) + "; "
                 + forms["two"][0] + " is a list item of two Markdown paragraphs, closed by the number; "
                 + forms["xref"][0] + " cites 'para 2.2' in mid-text (no label). The 'What you should do now' "
                 "task list and 'Further information' links are no paragraphs. No pages (null)."),
        "paragraphs": result,
    }


def build(out):
    register_fonts(T1_FACES)
    return _harness.build_files(out, ParaMaker(), {
        "largeprint.pdf": make_largeprint, "accessible.docx": make_accessible, "chapter.xhtml": make_chapter,
        "textversion.txt": make_textversion, "practitioners.md": make_practitioners})


def main(out: pathlib.Path, determinism: bool = True) -> dict:
    """Build and self-check into ``out``; with ``determinism``, build again elsewhere and compare the bytes."""
    return _harness.build_checked(build, out, "blind46-determinism-", determinism)


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
