"""Blind fixture generator 54: five FICTIONAL review documents AS THEY ARE SHARED BETWEEN AGENCIES BY PRACTITIONERS,
each with the traps such files really have: a review stamped "Received" by the agency it was sent to and ticked and
annotated by its reader, a review whose pages were put out of order in a PDF editor, an agency's individual
management review on a template that boxes every section in a one-cell table, a learning page saved from a staff
intranet with its cookie banner and "Was this page helpful?" form, and an agency's contribution typed into a review
board's online form and downloaded as text.

FICTIONAL \u2013 for software testing. Run: python make.py [outdir] (a few seconds: everything is built twice and the
bytes compared). Needs reportlab (its canvas, its standard fonts and its font folder: Arial metric Type 1 faces), lxml,
python-docx and pdfplumber; no system fonts, no network. Every generator checks its own key with
pdfplumber/lxml/python-docx, never with the project's parser.

stamped.pdf     a safeguarding adults review's overview report as the MASH that received it passed it on: Acrobat's
                dynamic "RECEIVED" stamp ("By Jo Okafor at 10:42 am, Mar 14, 2025", red Helvetica in a red border,
                turned 7 degrees) FLATTENED onto page 1 over the lines of section 1; the reader's Fill & Sign TICKS
                flattened in blue in the left margin beside most paragraph numbers, drawn in ZapfDingbats (the
                check mark is code 0x34, so the text layer reads "4" on the number's line, "4 3.2 The ..."), a
                little off the baseline like a hand's, and a few ink ticks drawn as strokes; her typed comments
                flattened in blue italic in the right margin level with a line of a paragraph ("see 4.2 \u2013
                same?", "12 days?", "2.3 says Oct"), so a line of text ends with them; all of it drawn after the
                page's text, as flattened annotations are; numbers hanging, "Page N of M", paragraphs across pages
swapped.pdf     a child safeguarding practice review whose PAGES 3 AND 4 WERE SWAPPED in a PDF editor ("Organize
                Pages" drag and drop, Producer the editor's): physical page 3 is printed "Page 4 of N" and physical
                page 4 "Page 3 of N"; paragraphs run over the printed page breaks on both sides of the swapped pair,
                so read physically the paragraph at the foot of page 2 goes on at the top of physical page 4, and
                physical page 3 opens with the end of a paragraph that starts at the foot of physical page 4
imr.docx        an agency's INDIVIDUAL MANAGEMENT REVIEW written on a board's Word template that puts EVERY SECTION IN
                A ONE-CELL TABLE (a bordered box the author types into): automatic numbering, one list, "%1." for the
                section headings and "%1.%2" for the paragraphs INSIDE THE CELLS, the count going on from box to
                box; sections 1 to 3 have their heading above the box, sections 4 and 5 (the template's newer
                version) inside it as the cell's first paragraph; the template's grey italic GUIDANCE left in as
                each box's first paragraph ("Guidance: 2\u20133 paragraphs. ..."); a two-column agency details
                table whose "Version" row holds "2.1"; a chronology table after section 3 whose last column cites
                "3.1", "3.2", "3.4" in cells of their own; an empty paragraph between every two tables, page breaks
                in some of them; "OFFICIAL-SENSITIVE" header
intranet.html   a council's staff intranet page of learning from a review, SAVED FROM THE BROWSER ("Webpage,
                complete") with the COOKIE BANNER still open at the top and its PREFERENCE CENTRE (a hidden dialog of
                numbered categories "1. Strictly necessary cookies" ...) in the page; skip link, header, mega menu,
                breadcrumb, the page owner and review dates; the paragraphs "<p>3.2&nbsp;&nbsp;The ...</p>" in the rich
                text, two of them going on in an unnumbered <p>; straight after the last paragraph, WITH NO HEADING
                BETWEEN, the "MANDATORY READING" acknowledgement ("<p>Please confirm that you have read ...") and the
                "WAS THIS PAGE HELPFUL?" form (its question a <p>, Yes/No buttons, a hidden form of numbered
                questions in an <ol>, "12 colleagues found this page helpful."), then related pages and the footer
contribution.txt a police force's contribution to a safeguarding adults review TYPED INTO THE BOARD'S ONLINE FORM and
                downloaded as text (UTF-8, CRLF): the form's header and response details, then every question
                NUMBERED ("7. Key events and your agency's response (max 2,000 characters)") with its answer under
                it; the agency's paragraphs "3.2 The ..." one line each with no blank line between them, under
                questions whose numbers are not their sections' (question 5 holds 1.1 and 1.2); a character count
                under each long answer ("[1,568 of 2,000 characters]"); section 3 hit the 2,000-character limit IN
                MID-PARAGRAPH and goes on in the next question's box ("8. If you need more space, continue your
                answer here"); short answers ("Yes", "14/03/2025") and an answer that is a line beginning with a
                paragraph number, "2.3, 3.1 and 4.2"

Judgement calls (what a practitioner citing the report would expect):
- the label is the paragraph number as printed, without a trailing stop: "3.2";
- what the agencies and tools that handled the file added is no paragraph and no paragraph's text: a received
  stamp, ticks (a ZapfDingbats "4"), margin comments, a cookie banner and its preference centre, an acknowledgement
  box, a feedback form, a form's questions, character counts and short answers, template guidance, cover and
  chronology tables (also the cells that hold only "2.1" or "3.4"); numbered headings ("3. What happened", "3. Key
  practice episodes") are headings, not paragraphs;
- a paragraph goes on over a page break, into an unnumbered <p> after it, and out of a form's box whose limit it hit
  into the next box, past the question between;
- the order is the report's: swapped.pdf's paragraphs are in the order of its printed page numbers (a reader turns
  from "Page 2" to "Page 3"), so its key's pages do not rise steadily;
- pages: physical and 1-based for PDF (a paragraph's page is its first line's, whatever the printed "Page 3 of 6"
  says; its last words may be on another page); DOCX pages are counted from explicit breaks: page = 1 + the page
  breaks (<w:br w:type="page"/>) before the paragraph (each page holds at most about 480 words). HTML and plain text:
  null.
"""
import itertools
import math
import os
import pathlib
import re
import sys
import zipfile

if __package__ in (None, ""):
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

    from blindkit import harness as _harness  # type: ignore
    from blindkit.draw import Layout, furniture, hanging_rows, register_fonts, sw, wrap  # type: ignore
    from blindkit.flow import RowFlow  # type: ignore
    from blindkit.keys import check_count, check_crossings, check_lengths, entry  # type: ignore
    from blindkit.markup import SECT_A4, hesc  # type: ignore
    from blindkit.pdfread import check_pdf_key, label_at, pdf_pages, words_of  # type: ignore

    _text = _harness.load(__file__, "blind54_text", "text.py")
    _b36 = _harness.load(__file__, "blind36_make", "..", "blind36", "make.py")
else:
    from ..blind36 import make as _b36
    from ..blindkit import harness as _harness
    from ..blindkit.draw import Layout, furniture, hanging_rows, register_fonts, sw, wrap
    from ..blindkit.flow import RowFlow
    from ..blindkit.keys import check_count, check_crossings, check_lengths, entry
    from ..blindkit.markup import SECT_A4, hesc
    from ..blindkit.pdfread import check_pdf_key, label_at, pdf_pages, words_of
    from . import text as _text

ParaMaker, norm, contains_seq = _text.ParaMaker, _text.norm, _text.contains_seq
W_NS, XML_HEAD, WP_NS = _b36.W_NS, _b36.XML_HEAD, _b36.WP_NS

FICT = "FICTIONAL \u2013 for software testing"
INVENTED = "Every person, place and service named here is invented."
A, AB, AI = "ArialMT", "Arial-BoldMT", "Arial-ItalicMT"
T1_FACES = {A: "_a______", AB: "_ab_____", AI: "_ai_____"}
GREY, BLACK = (0.4, 0.4, 0.4), (0, 0, 0)
RED, PEN = (0.82, 0.1, 0.12), (0.1, 0.25, 0.72)
ZD = "ZapfDingbats"
TICK = "\u2714"  # ZapfDingbats a20, code 0x34: pdfplumber reads "4"


class PdfKey:
    """What a PDF generator records for its key and checks: entries, texts, last pages, label positions, rows."""

    def __init__(self):
        self.result, self.texts, self.ends, self.labels, self.rows = [], [], [], [], {}

    def add(self, label, t, placed, x):
        self.result.append(entry(label, placed[0][0], t))
        self.texts.append(t)
        self.ends.append(placed[-1][0])
        self.labels.append((placed[0][0], x, placed[0][1]))
        self.rows[label] = placed

    def check(self, path, pages, keep=None):
        check_lengths(path.name, self.texts)
        check_count(path.name, self.result, 12, 25)
        check_pdf_key(path.name, pages, self.result, self.ends, self.labels, keep)
        return check_crossings(path.name, self.result, self.ends)


def heading(fl, x, segs, size, before=16.0, lead=14.0):
    """A heading row (its segments at x offsets from ``x``) kept with room for a line after it."""
    fl.place([(before, size + 10, [(x + dx, s, f, z, rgb, rise) for dx, s, f, z, rgb, rise in segs]),
              (0.0, lead, [(x, "", A, 10, BLACK, 0.0)])], keep=2)
    fl.lay.pages[-1].pop()
    fl.cur += lead


def lines_of(pages_chars, keep=None):
    """pdfplumber's text lines of each page (its own line grouping), for the checks on what a reader meets."""
    from pdfplumber.utils import extract_text
    return [(extract_text([c for c in p if keep is None or keep(c)]) or "").split("\n") for p in pages_chars]


def lay_report(pm, plan, kind, title, sub, titles, geo, k):
    """A report of hanging numbered paragraphs poured down A4 pages: title, a subtitle, the FICTIONAL line, then
    "3. Heading" and "3.2" paragraphs. ``geo``: (number x, text x, right, top, bottom, size, leading)."""
    L, X, R, top, bot, size, lead = geo
    lay = Layout()
    fl = RowFlow(lay, top, bot, lambda pg: top)
    fl.page()

    def meas(s):
        return sw(s, A, size)

    for ln in wrap(title.split(), R - L, lambda s: sw(s, AB, 18)):
        fl.place([(0.0, 24.0, [(L, " ".join(ln), AB, 18, BLACK, 0.0)])], keep=1)
    fl.place([(4.0, 16.0, [(L, sub, A, 11, GREY, 0.0)]), (2.0, 16.0, [(L, f"{FICT}. {INVENTED}", A, 9, GREY, 0.0)])],
             keep=2)
    for s, items in enumerate(plan, 1):
        heading(fl, L, [(0.0, f"{s}.", AB, 12.5, BLACK, 0.0), (X - L, titles[s - 1], AB, 12.5, BLACK, 0.0)],
                12.5, 14.0, lead)
        for j, n_words in enumerate(items, 1):
            label, t = f"{s}.{j}", pm.make(n_words, kind)
            placed = fl.place(hanging_rows(label, t, L, X, R, A, size, lead, 7.0, meas), keep=2)
            k.add(label, t, placed, L)
    return lay


# --------------------------------------------------------------------------
# 1. stamped.pdf: a received stamp, ticks and margin comments flattened onto a review
# --------------------------------------------------------------------------
ST_PLAN = [[95, 105], [115, 110, 100], [125, 115, 130, 110], [120, 125, 105, 115], [100, 90]]
ST_GEO = (72.0, 106.0, 508.0, 772.0, 66.0, 11.0, 15.5)
ST_INK = {"1.2", "3.4", "5.2"}  # ticked with the pen (strokes), not with Fill & Sign's check mark
ST_NONE = {"2.3", "4.2"}  # not ticked


def stamp(lay, cx, cy, angle):
    """Acrobat's dynamic stamp as flattened: a red border and two centred lines, turned ``angle`` degrees about
    (cx, cy)."""
    a = math.radians(angle)
    w, h = 190.0, 50.0

    def at(dx, dy):
        return cx + dx * math.cos(a) - dy * math.sin(a), cy + dx * math.sin(a) + dy * math.cos(a)

    corners = [at(-w / 2, -h / 2), at(w / 2, -h / 2), at(w / 2, h / 2), at(-w / 2, h / 2)]
    for (x1, y1), (x2, y2) in itertools.pairwise([*corners, corners[0]]):
        lay.line(x1, y1, x2, y2, 1.6, RED, page=1)
    for s, font, size, dy in ((_text.ST_STAMP[0], "Helvetica-Bold", 20, 2.0), (_text.ST_STAMP[1], "Helvetica", 8,
                                                                                -12.0)):
        x, y = at(-sw(s, font, size) / 2, dy)
        lay.add(("TR", x, y, s, font, size, RED, angle), page=1)
    return corners


def make_stamped(out, pm):
    path = out / "stamped.pdf"
    k = PdfKey()
    L, R = ST_GEO[0], ST_GEO[2]
    lay = lay_report(pm, ST_PLAN, "adult", _text.ST_TITLE, "Carnbury Safeguarding Adults Board (FICTIONAL) \u2013 "
                     "published 3 March 2025", _text.ST_TITLES, ST_GEO, k)
    furniture(lay, L, R, *_text.ST_HEAD, lambda pg: (None, f"Page {pg} of {lay.n}", None))
    # what the receiving agency added, drawn after each page's text as flattened annotations are
    ticks = 0
    for i, (d, (pg, _x, y)) in enumerate(zip(k.result, k.labels, strict=True)):
        if d["label"] in ST_NONE:
            continue
        dx, dy = (i % 3) * 1.4, (0.6, -0.8, 0.1)[i % 3]
        if d["label"] in ST_INK:
            lay.line(50 + dx, y + 3 + dy, 54 + dx, y - 1 + dy, 1.1, PEN, page=pg)
            lay.line(54 + dx, y - 1 + dy, 61 + dx, y + 8 + dy, 1.1, PEN, page=pg)
        else:
            lay.text(50 + dx, y + dy, TICK, ZD, 10.5, PEN, page=pg)
            ticks += 1
    notes = []
    for label, line, s in _text.ST_NOTES:
        pg, y = k.rows[label][line]
        lay.text(R + 12, y, s, AI, 7.5, PEN, page=pg)
        notes.append((pg, s))
    first = next(y for d, (_pg, _x, y) in zip(k.result, k.labels, strict=True) if d["label"] == "1.2")
    corners = stamp(lay, 368.0, first + 10.0, 7.0)
    lay.render(path, {"Title": "SAR Mrs Quennell overview report", "Author": "Carnbury SAB",
                      "Creator": "Microsoft Word", "Producer": "Adobe Acrobat Pro (64-bit) 24.5.20320",
                      "Subject": FICT})
    pages = pdf_pages(path)

    def body(c):
        return c["fontname"] in (A, AB)

    cross = k.check(path, pages, body)
    # read as it stands: the check mark reads "4" on the number's line, the comments end lines of text, the stamp's
    # letters stand among the lines of section 1
    raw = lines_of(pages)
    fours = sum(1 for pl in raw for ln in pl if re.match(r"4 \d\.\d+ [A-Z]", ln))
    ended = sum(1 for pg, s in notes if any(ln.endswith(" " + s) and len(ln) > len(s) + 40 for ln in raw[pg - 1]))
    helv = [c for c in pages[0] if c["fontname"].startswith("Helvetica")]
    ys = [c["matrix"][5] for c in pages[0] if body(c) and c["x0"] > min(x for x, _ in corners)
          and min(y for _, y in corners) < c["matrix"][5] < max(y for _, y in corners)]
    if fours != ticks or ticks < 10 or ended != len(notes) or len(helv) < 30 or len(set(ys)) < 2:
        raise AssertionError(f"stamped.pdf: {fours} of {ticks} ticks read '4', {ended} notes, {len(helv)} stamp "
                             f"glyphs over {len(set(ys))} lines")
    if any(abs(c["matrix"][1]) < 0.1 for c in helv):
        raise AssertionError("stamped.pdf: the stamp is not turned")
    return {
        "note": ("A safeguarding adults review's overview report (hanging numbers, bold numbered headings, running "
                 "head, 'Page N of M') as the MASH that received it passed it on: Acrobat's dynamic 'RECEIVED' "
                 "stamp ('By Jo Okafor at 10:42 am, Mar 14, 2025', red Helvetica in a red border turned 7 degrees) "
                 "FLATTENED onto page 1 over lines of section 1; the reader's Fill & Sign TICKS flattened in blue "
                 "in the left margin beside most paragraph numbers, drawn in ZapfDingbats, whose check mark is code "
                 "0x34, so the text layer reads '4' on the number's line ('4 3.2 The ...'), each a little off the "
                 "baseline; ink ticks (strokes, no text) beside " + ", ".join(sorted(ST_INK)) + "; her typed "
                 "comments flattened in blue italic in the right margin level with a line of a paragraph ('see 4.2 "
                 "\u2013 same?', '12 days?', '2.3 says Oct' ...), so that line ends with them. Everything added is "
                 "drawn after the page's text. Stamp, ticks and comments are no paragraph's text. Paragraphs run "
                 "over pages (" + ", ".join(cross) + "). Pages are physical."),
        "paragraphs": k.result,
    }


# --------------------------------------------------------------------------
# 2. swapped.pdf: pages 3 and 4 swapped in a PDF editor
# --------------------------------------------------------------------------
SW_PLAN = [[85, 105], [100, 120, 95, 105], [130, 120, 135, 105, 110], [125, 115, 120, 115], [115, 85, 105]]
SW_GEO = (72.0, 100.0, 515.0, 776.0, 70.0, 12.0, 17.0)
SW_ORDER = [1, 2, 4, 3]  # printed pages in physical order; the rest follow in order


def make_swapped(out, pm):
    path = out / "swapped.pdf"
    k = PdfKey()
    L, R, top, bot = SW_GEO[0], SW_GEO[2], SW_GEO[3], SW_GEO[4]
    lay = lay_report(pm, SW_PLAN, "child", _text.SW_TITLE, "Wendlebury Safeguarding Children Partnership "
                     "(FICTIONAL) \u2013 January 2025", _text.SW_TITLES, SW_GEO, k)
    n = lay.n
    furniture(lay, L, R, *_text.SW_HEAD, lambda pg: (None, None, f"Page {pg} of {n}"))
    order = SW_ORDER + list(range(len(SW_ORDER) + 1, n + 1))
    phys = {printed: i for i, printed in enumerate(order, 1)}
    lay.pages = [lay.pages[p - 1] for p in order]
    printed_start = [d["page"] for d in k.result]
    printed_end = list(k.ends)
    for d in k.result:
        d["page"] = phys[d["page"]]
    lay.render(path, {"Title": "CSPR Child J overview report", "Author": "Wendlebury SCP", "Creator": "Microsoft Word",
                      "Producer": "Quillmark PDF Editor 11.2 (FICTIONAL)", "Subject": FICT})
    pages = pdf_pages(path)
    check_lengths(path.name, k.texts)
    check_count(path.name, k.result, 12, 25)

    def body(c):
        return bot - 1 <= c["matrix"][5] <= top + 1

    pw = [words_of(p, body) for p in pages]  # physical pages
    for d, pe, (_pg, x, y) in zip(k.result, printed_end, k.labels, strict=True):
        if not contains_seq(pw[d["page"] - 1], norm(d["starts_with"])):
            raise AssertionError(f"swapped.pdf: starts_with of {d['label']}")
        label_at(pages[d["page"] - 1], x, y, d["label"], path.name)
        tail = (pw[phys[pe - 1] - 1][-12:] if pe > 1 else []) + pw[phys[pe] - 1]
        if not contains_seq(tail, norm(d["ends_with"])):
            raise AssertionError(f"swapped.pdf: ends_with of {d['label']}")
    # the printed folios out of physical order, and paragraphs over the printed breaks 2/3, 3/4 and 4/5
    folios = [int(m.group(1)) for pl in lines_of(pages) for ln in pl if (m := re.fullmatch(r"Page (\d+) of \d+", ln))]
    over = {ps for ps, pe in zip(printed_start, printed_end, strict=True) if pe == ps + 1}
    if folios != order or not {2, 3, 4} <= over or n < 5:
        raise AssertionError(f"swapped.pdf: folios {folios}, paragraphs over printed breaks after {sorted(over)}")
    cross = [d["label"] for d, ps, pe in zip(k.result, printed_start, printed_end, strict=True) if ps != pe]
    return {
        "note": ("A child safeguarding practice review (hanging numbers, bold numbered headings, running head, "
                 "'Page N of " + str(n) + "' at the foot) whose PAGES 3 AND 4 WERE SWAPPED in a PDF editor "
                 "('Organize Pages', Producer the editor's): physical page 3 is printed 'Page 4 of " + str(n) + "' "
                 "and physical page 4 'Page 3 of " + str(n) + "'. Paragraphs run over the printed page breaks ("
                 + ", ".join(cross) + "), on both sides of the swapped pair too, so read in physical order the "
                 "paragraph at the foot of page 2 goes on at the top of physical page 4, and physical page 3 opens "
                 "with the end of a paragraph that starts at the foot of physical page 4. The key is in the "
                 "report's order (its printed page numbers'); a paragraph's page is the PHYSICAL page of its first "
                 "line, so the pages go 1, 2, 4, 3, 5 ..."),
        "paragraphs": k.result,
    }


# --------------------------------------------------------------------------
# 3. imr.docx: an individual management review whose template boxes every section in a one-cell table
# --------------------------------------------------------------------------
IR_PLAN = [[60, 70], [85, 80, 75], [95, 90, 100, 85], [95, 100, 90], [80, 75]]
IR_HEAD_INSIDE = {4, 5}  # the template's newer version: the heading is the box's first paragraph
IR_BREAK_BEFORE = {3, 4, 5}  # a page break in the empty paragraph before the section
IR_STYLES = _b36.styles_xml("Arial", (
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>'
    '<w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/>'
    '</w:pPr><w:rPr><w:b/><w:color w:val="264478"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Guidance"><w:name w:val="Guidance"/><w:basedOn w:val="Normal"/>'
    '<w:qFormat/><w:rPr><w:i/><w:color w:val="7F7F7F"/><w:sz w:val="20"/></w:rPr></w:style>'
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority '
    'w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top '
    'w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" '
    'w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'))
IR_NUMBERING = XML_HEAD + (
    f'<w:numbering {WP_NS}><w:abstractNum w:abstractNumId="0"><w:nsid w:val="5B2E7A19"/><w:multiLevelType '
    'w:val="multilevel"/><w:tmpl w:val="0809001F"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/><w:lvlText '
    'w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:lvlJc '
    'w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl></w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
IR_BORDERS = ('<w:tblBorders><w:top w:val="single" w:sz="8" w:space="0" w:color="264478"/><w:left w:val="single" '
              'w:sz="8" w:space="0" w:color="264478"/><w:bottom w:val="single" w:sz="8" w:space="0" '
              'w:color="264478"/><w:right w:val="single" w:sz="8" w:space="0" w:color="264478"/><w:insideH '
              'w:val="single" w:sz="4" w:space="0" w:color="264478"/><w:insideV w:val="single" w:sz="4" '
              'w:space="0" w:color="264478"/></w:tblBorders>')


def ir_table(rows, widths, shade_first=False):
    """A bordered table; ``rows`` are lists of cells, each cell its paragraphs' XML."""
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    trs = []
    for i, row in enumerate(rows):
        tcs = []
        for w, cell in zip(widths, row, strict=True):
            shade = '<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>' if shade_first and i == 0 else ""
            tcs.append(f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/>{shade}</w:tcPr>{cell}</w:tc>')
        trs.append("<w:tr>" + "".join(tcs) + "</w:tr>")
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/>{IR_BORDERS}<w:tblLayout w:type="fixed"/>'
            f'<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
            f'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(trs)}</w:tbl>')


def make_imr(out, pm):
    path = out / "imr.docx"
    wp, wr = _b36.wp, _b36.wr
    num = '<w:numPr><w:ilvl w:val="{}"/><w:numId w:val="1"/></w:numPr>'
    body = [wp(wr(_text.IM_TITLE), "Title"), wp(wr(_text.IM_SUB, "<w:b/><w:sz w:val=\"28\"/>")),
            wp(wr(f"{FICT}. {INVENTED}", "<w:i/>"))]
    body.append(ir_table([[wp(wr(a, "<w:b/>")), wp(wr(b))] for a, b in _text.IM_DETAILS], [2800, 6226],
                         shade_first=False))
    result, texts, words, page = [], [], {1: 60}, 1
    for s, items in enumerate(IR_PLAN, 1):
        if s in IR_BREAK_BEFORE:
            body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
            page += 1
            words[page] = 0
        else:
            body.append("<w:p/>")
        head = wp(wr(_text.IM_TITLES[s - 1]), "Heading1")
        cell = [] if s not in IR_HEAD_INSIDE else [head]
        if s not in IR_HEAD_INSIDE:
            body.append(head)
        cell.append(wp(wr(_text.IM_GUIDANCE[s - 1]), "Guidance"))
        words[page] += len(_text.IM_GUIDANCE[s - 1].split()) + 4
        for j, n_words in enumerate(items, 1):
            label, t = f"{s}.{j}", pm.make(n_words, "adult")
            texts.append(t)
            result.append(entry(label, page, t))
            words[page] += len(t.split())
            cell.append(wp(wr(t), None, num.format(1) + '<w:spacing w:after="120"/>'))
        body.append(ir_table([["".join(cell)]], [9026]))
        if s == 3:
            body.append("<w:p/>")
            body.append(wp(wr("Chronology of key contacts", "<w:b/>")))
            rows = [[wp(wr(h, "<w:b/>")) for h in ("Date", "Contact", "IMR paragraph")]]
            rows += [[wp(wr(d)), wp(wr(e)), wp(wr(p))] for d, e, p in _text.IM_CHRONO]
            body.append(ir_table(rows, [1800, 5426, 1800], shade_first=True))
            words[page] += 40
    body.append(wp(wr("End of IMR. Please return to the review business manager by 14 March 2025.", "<w:i/>")))
    doc = f'{XML_HEAD}<w:document {WP_NS}><w:body>{"".join(body)}{SECT_A4}</w:body></w:document>'
    _b36.docx_package(path, doc, IR_STYLES, IR_NUMBERING, _text.IM_HEAD, "IMR SAR Mr Harrowby (FICTIONAL)",
                      "Ellerby Community Health NHS Trust (FICTIONAL)", page, sum(len(t.split()) for t in texts),
                      (2025, 3, 14, 9, 55, 0))
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    if max(words.values()) > 480:
        raise AssertionError(f"imr.docx: words per page {words}")
    # read back with lxml: every w:p of the body in document order, in tables too; Word's numbers from the one
    # list (level 0 from the Heading 1 style's numPr, level 1 from the paragraph's), page = 1 + the page breaks
    # before; and python-docx finds no numbered paragraph outside the tables
    import docx
    from lxml import etree
    w = f"{{{W_NS}}}"
    root = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    got, heads, pg, count, in_cells = [], [], 1, [0, 0], 0
    for p in root.find(f"{w}body").iter(f"{w}p"):
        if p.find(f".//{w}br[@{w}type='page']") is not None:
            pg += 1
        style = p.find(f"{w}pPr/{w}pStyle")
        ilvl = p.find(f"{w}pPr/{w}numPr/{w}ilvl")
        txt = "".join(p.itertext())
        if style is not None and style.get(f"{w}val") == "Heading1":
            count = [count[0] + 1, 0]
            heads.append(f"{count[0]}.")
        elif ilvl is not None and ilvl.get(f"{w}val") == "1":
            count[1] += 1
            got.append([f"{count[0]}.{count[1]}", pg, txt])
            in_cells += any(a.tag == f"{w}tc" for a in p.iterancestors())
    if heads != ["1.", "2.", "3.", "4.", "5."] or in_cells != len(result):
        raise AssertionError(f"imr.docx: headings {heads}, {in_cells} paragraphs in cells")
    if got != [[d["label"], d["page"], t] for d, t in zip(result, texts, strict=True)]:
        raise AssertionError(f"imr.docx: read back {[(g[0], g[1]) for g in got]}")
    d = docx.Document(str(path))
    if any(p._p.pPr is not None and p._p.pPr.numPr is not None for p in d.paragraphs) or len(d.tables) != 7:
        raise AssertionError("imr.docx: python-docx's paragraphs and tables")
    if [c.text for c in d.tables[0].rows[2].cells] != ["Version", "2.1"]:
        raise AssertionError("imr.docx: details table")
    return {
        "note": ("An agency's INDIVIDUAL MANAGEMENT REVIEW for a safeguarding adults review, written on the board's "
                 "Word template, which puts EVERY SECTION IN A ONE-CELL TABLE (a bordered box the author types "
                 "into). Automatic numbering, one list: Heading 1 '%1.' (numbered through the style) and the "
                 "paragraphs '%1.%2' (w:numPr level 1) INSIDE THE CELLS, the count going on from box to box; "
                 "sections 1 to 3 have their heading above the box, sections 4 and 5 (the template's newer "
                 "version) INSIDE it as the cell's first paragraph; the template's grey italic GUIDANCE is left in "
                 "as each box's first paragraph ('Guidance: 2\u20133 paragraphs. ...'); a two-column agency details "
                 "table before section 1 whose 'Version' row holds '2.1'; after section 3's box a chronology table "
                 "whose 'IMR paragraph' column holds '3.1', '3.2', '3.4' in cells of their own; an empty paragraph "
                 "between every two tables, holding the page break before sections " + ", ".join(
                     str(s) for s in sorted(IR_BREAK_BEFORE)) + "; 'OFFICIAL-SENSITIVE' header. Guidance, tables "
                 "and headings are no paragraphs. page = 1 + the page breaks (w:br page) before the paragraph."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 4. intranet.html: a staff intranet page saved with its cookie banner and its feedback form
# --------------------------------------------------------------------------
IN_PLAN = [[70, 80], [95, 90, 85], [105, 100, 110, 95], [100, 105, 90], [85, 75]]
IN_TWO_P = {"3.2", "4.3"}  # paragraphs the editor left as two <p>s
NBSP = "\u00a0"


def in_banner():
    cats = "".join(f'<div class="cookie-category"><h3>{hesc(h)}</h3><p>{hesc(t)}</p><label class="switch"><input '
                   f'type="checkbox" name="cat{j}"{" checked disabled" if j == 0 else ""}><span>'
                   f'{"Always on" if j == 0 else "Off"}</span></label></div>\n'
                   for j, (h, t) in enumerate(_text.IN_COOKIES))
    return (
        '<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookies on Staffnet">\n'
        "<h2>Cookies on Staffnet</h2>\n<p>We use 2 essential cookies to make Staffnet work. We would also like to "
        "use analytics cookies to understand how colleagues use the intranet.</p>\n<p>You can change your cookie "
        'settings at any time.</p>\n<div class="cookie-banner__buttons"><button type="button" id="accept-all">'
        'Accept analytics cookies</button><button type="button" id="reject-all">Reject analytics cookies</button>'
        '<a href="#cookie-preferences" class="cookie-banner__link">View cookie preferences</a></div>\n</div>\n'
        '<div id="cookie-preferences" class="cookie-modal" role="dialog" aria-modal="true" aria-labelledby='
        '"cookie-modal-title" hidden>\n<h2 id="cookie-modal-title">Your cookie preferences</h2>\n<p>Staffnet uses '
        "three kinds of cookies. Choose which ones you are happy for us to use.</p>\n" + cats
        + '<button type="button" class="cookie-modal__save">Save my preferences</button>\n</div>\n')


def in_feedback():
    qs = "".join(f'<li><label for="fb{j}">{hesc(q)}</label><textarea id="fb{j}" name="fb{j}" rows="3"></textarea>'
                 "</li>" for j, q in enumerate(_text.IN_FEEDBACK, 1))
    return (
        '<div class="acknowledge">\n<p class="acknowledge__title"><strong>Mandatory reading</strong></p>\n<p>Please '
        "confirm that you have read and understood this learning. Your manager can see who has confirmed.</p>\n"
        '<form action="/acknowledge" method="post"><input type="hidden" name="page" value="4812"><label><input '
        'type="checkbox" name="confirm"> I have read and understood this page</label> <button type="submit">Confirm'
        "</button></form>\n<p>Confirmed by 214 colleagues.</p>\n</div>\n"
        '<div class="page-feedback" id="page-feedback">\n<p class="page-feedback__question">Was this page helpful?'
        '</p>\n<p><button type="button" class="page-feedback__yes">Yes</button> <button type="button" '
        'class="page-feedback__no" aria-expanded="false" aria-controls="page-feedback-form">No</button></p>\n'
        "<p>12 colleagues found this page helpful.</p>\n"
        '<form id="page-feedback-form" class="page-feedback__form" action="/feedback" method="post" hidden>\n'
        "<p>Help us improve Staffnet. Do not include personal information about service users.</p>\n"
        f"<ol>{qs}</ol>\n<button type=\"submit\">Send feedback</button>\n</form>\n"
        '<p class="page-feedback__report"><a href="/report-a-problem?page=4812">Report a problem with this page</a>'
        "</p>\n</div>\n")


def make_intranet(out, pm):
    path = out / "intranet.html"
    result, texts, parts, contents = [], [], [], []
    for s, items in enumerate(IN_PLAN, 1):
        title = f"{s}. {_text.IN_TITLES[s - 1]}"
        contents.append(f'<li><a href="#section-{s}">{hesc(title)}</a></li>')
        parts.append(f'<h2 id="section-{s}">{hesc(title)}</h2>\n')
        for j, n_words in enumerate(items, 1):
            label, t = f"{s}.{j}", pm.make(n_words, "adult")
            texts.append(t)
            result.append(entry(label, None, t))
            ps = [t]
            if label in IN_TWO_P:
                sents = re.split(r"(?<=[.!?])\s+(?=[A-Z])", t)
                ps = [" ".join(sents[:len(sents) // 2]), " ".join(sents[len(sents) // 2:])]
            parts.append(f"<p>{label}{NBSP}{NBSP}{hesc(ps[0])}</p>\n" + "".join(f"<p>{hesc(p)}</p>\n" for p in ps[1:]))
    nav = "".join(f'<li><a href="/{h.lower().replace(" ", "-")}">{h}</a></li>' for h in
                  ("News", "Policies and procedures", "Safeguarding", "HR and pay", "Learning and development",
                   "Teams and services"))
    html = (
        '<!DOCTYPE html>\n<html lang="en-GB"><head>\n<meta charset="utf-8">\n'
        "<!-- saved from url=(0071)https://staffnet.ellerby.example/safeguarding/learning-from-reviews/mrs-aldous "
        "-->\n"
        f"<title>{hesc(_text.IN_TITLE)} - Staffnet</title>\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<link rel="stylesheet" href="./Learning from reviews_ SAR Mrs Aldous - Staffnet_files/staffnet.css">\n'
        "</head>\n<body class=\"js-enabled\">\n"
        '<a href="#main-content" class="skip-link">Skip to main content</a>\n' + in_banner()
        + '<header class="site-header"><a href="/" class="site-header__logo">Staffnet</a><span class="site-header__'
        'org">Ellerby Council (FICTIONAL)</span><form class="site-search" action="/search"><label for="q">Search '
        'Staffnet</label><input id="q" name="q" type="search"><button>Search</button></form><p class="site-header'
        '__user">Signed in as Sam Varley (Adult social care)</p></header>\n'
        f'<nav class="mega-menu" aria-label="Main"><ul>{nav}</ul></nav>\n'
        '<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/safeguarding">'
        'Safeguarding</a></li><li><a href="/safeguarding/learning-from-reviews">Learning from reviews</a></li>'
        "</ol></nav>\n"
        '<main id="main-content">\n<article class="page">\n'
        f'<h1>{hesc(_text.IN_TITLE)}</h1>\n<p class="page-meta">Page owner: Adult safeguarding team | Last '
        "reviewed: 14.03.2025 | Next review: 14.03.2026</p>\n"
        f'<nav class="on-this-page" aria-label="On this page"><h2>On this page</h2><ul>{"".join(contents)}</ul>'
        "</nav>\n"
        f'<div class="rich-text">\n<p><em>{FICT}. {INVENTED}</em></p>\n<p>This page shares the learning from the '
        "Ellerby Safeguarding Adults Board's review about Mrs Aldous. Please read it and talk about it in your next "
        "team meeting.</p>\n" + "".join(parts) + "</div>\n</article>\n" + in_feedback()
        + '<aside class="related"><h2>Related pages</h2><ul><li><a href="/safeguarding/self-neglect">Self-neglect '
        'practice guidance</a></li><li><a href="/safeguarding/7-minute-briefings">7-minute briefings</a></li></ul>'
        "</aside>\n</main>\n"
        '<footer class="site-footer"><p>Staffnet is for Ellerby Council staff only. Do not share screenshots outside '
        "the council.</p><p>\u00a9 Ellerby Council 2025 (FICTIONAL)</p></footer>\n</body></html>\n")
    path.write_text(html, encoding="utf-8")
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    # read back with lxml: in the rich text, a <p> opening "3.2" + two no-break spaces opens a paragraph and an
    # unnumbered <p> after it goes on with it; a heading closes it. Then the traps: the banner's numbered
    # categories before the <h1>, and the first <p>s after the last paragraph's, with no heading between, the
    # acknowledgement's and the feedback form's
    import lxml.html
    root = lxml.html.fromstring(html.encode("utf-8"))
    rich = root.xpath('//div[@class="rich-text"]')[0]
    got, cur = [], None
    for el in rich:
        s = el.text_content()
        if el.tag == "p" and (m := re.match(r"(\d\.\d+)\u00a0\u00a0(.+)", s, re.S)):
            cur = [m.group(1), m.group(2)]
            got.append(cur)
        elif el.tag == "p" and cur is not None:
            cur[1] += " " + s
        else:
            cur = None
    if got != [[d["label"], t] for d, t in zip(result, texts, strict=True)]:
        raise AssertionError(f"intranet.html: read back {[g[0] for g in got]}")
    ps = root.xpath("//p | //h1 | //h2 | //h3")
    last = next(i for i, el in enumerate(ps) if el.text_content().startswith(result[-1]["label"] + NBSP))
    nxt = [el.text_content().strip() for el in ps[last + 1:last + 8]]
    h1 = next(i for i, el in enumerate(ps) if el.tag == "h1")
    early = [el.text_content() for el in ps[:h1]]
    if nxt[:2] != ["Mandatory reading", "Please confirm that you have read and understood this learning. Your "
                   "manager can see who has confirmed."] or "Was this page helpful?" not in nxt \
            or not any(re.match(r"\d\. ", s) for s in early):
        raise AssertionError(f"intranet.html: after the last paragraph {nxt[:3]}")
    return {
        "note": ("A council's staff intranet page of learning from a safeguarding adults review SAVED FROM THE "
                 "BROWSER ('Webpage, complete', a 'saved from url' comment) with the COOKIE BANNER still open at the "
                 "top ('We use 2 essential cookies ...', Accept/Reject buttons) and its PREFERENCE CENTRE in the "
                 "page (a hidden dialog of numbered categories '1. Strictly necessary cookies', '2. Analytics "
                 "cookies', '3. Functional cookies', each with a sentence and a switch); skip link, header with "
                 "search and the signed-in user, mega menu, breadcrumb, the page owner and review dates ('Last "
                 "reviewed: 14.03.2025'), an 'On this page' list of the numbered sections; the paragraphs are "
                 "<p>s opening with the typed number and two no-break spaces ('3.2\u00a0\u00a0The ...'), "
                 + " and ".join(sorted(IN_TWO_P)) + " going on in an unnumbered <p>; straight after the last "
                 "paragraph, WITH NO HEADING BETWEEN, the 'Mandatory reading' acknowledgement box (<p>s, a checkbox "
                 "form, 'Confirmed by 214 colleagues.') and the 'Was this page helpful?' widget (its question a "
                 "<p>, Yes/No buttons, '12 colleagues found this page helpful.', a hidden form whose questions are "
                 "an <ol>, 'Report a problem with this page'), then related pages and the footer. Banner, "
                 "preference centre, acknowledgement, feedback widget and the rest of the intranet are no "
                 "paragraph's text. No pages (null)."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 5. contribution.txt: an agency's contribution typed into a review board's online form, downloaded as text
# --------------------------------------------------------------------------
CO_PLAN = [[70, 75], [85, 90, 80], [100, 95, 105, 90, 85], [95, 90, 85], [80, 70]]


def make_contribution(out, pm):
    path = out / "contribution.txt"
    limit = _text.CO_LIMIT
    result, texts, sections = [], [], {}
    for s, items in enumerate(CO_PLAN, 1):
        paras = []
        for j, n_words in enumerate(items, 1):
            label, t = f"{s}.{j}", pm.make(n_words, "adult")
            texts.append(t)
            result.append(entry(label, None, t))
            paras.append(f"{label} {t}")
        sections[s] = "\n".join(paras)
    # section 3 is over the limit: the box took what fitted (cut at the last space before the limit, in the middle of
    # a paragraph) and the rest went into the next box
    full = sections[3]
    cut = full.rfind(" ", 0, limit + 1)
    boxes = {3: full[:cut], "more": full[cut + 1:]}
    if len(full) <= limit or "\n" in full[cut - 40:cut + 40] or len(boxes["more"]) > limit:
        raise AssertionError("contribution.txt: the cut")
    lines = [_text.CO_FORM, "", "Response ID: 7731", "Started: 13/03/2025 16:05:48", "Completed: 14/03/2025 10:42:17",
             "Respondent: marcus.thorne@ellerby-police.example", f"{FICT}. {INVENTED}", "", "-" * 60, ""]
    for qn, (q, kind, ans) in enumerate(_text.CO_QUESTIONS, 1):
        lines.append(f"{qn}. {q}")
        if kind == "answer":
            lines += [ans, ""]
            continue
        text = sections[ans] if kind == "section" and ans != 3 else boxes[3 if kind == "section" else "more"]
        if len(text) > limit:
            raise AssertionError(f"contribution.txt: box {qn}")
        lines += [*text.split("\n"), f"[{len(text):,} of {limit:,} characters]", ""]
    lines += ["-" * 60, "Submitted through the Ellerby SAB review portal. Page 1 of 1", ""]
    data = "\r\n".join(lines)
    path.write_bytes(data.encode("utf-8"))
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    # read back: after a question line, a line "3.2 The ..." opens a paragraph; a line that is neither a question, a
    # count, a blank nor a number goes on with the open paragraph (the "more" box's first line too); a question
    # whose answer is short (no number, no open paragraph's box) closes it
    raw = path.read_bytes().decode("utf-8")
    got, cur, boxed, questions = [], None, False, 0
    for ln in raw.split("\r\n"):
        if m := re.fullmatch(r"(\d+)\. (.+)", ln):
            questions += 1
            kind = _text.CO_QUESTIONS[int(m.group(1)) - 1][1]
            boxed = kind != "answer"
            if kind == "section":
                cur = None
        elif not boxed or not ln or re.fullmatch(r"\[[\d,]+ of [\d,]+ characters\]", ln):
            continue
        elif m := re.match(r"(\d\.\d+) ([A-Z].+)", ln):
            cur = [m.group(1), m.group(2)]
            got.append(cur)
        else:
            cur[1] += " " + ln
    if got != [[d["label"], t] for d, t in zip(result, texts, strict=True)]:
        raise AssertionError(f"contribution.txt: read back {[g[0] for g in got]}")
    tricky = [ln for ln in raw.split("\r\n") if re.match(r"\d\.\d+,", ln)]
    if questions != len(_text.CO_QUESTIONS) or tricky != [_text.CO_QUESTIONS[-2][2]]:
        raise AssertionError("contribution.txt: questions")
    split = boxes[3].split("\n")[-1].split()[0]  # the paragraph the limit cut
    if f"{split} {texts[[d['label'] for d in result].index(split)]}" in full.split("\n")[-1]:
        raise AssertionError("contribution.txt: the cut is in the section's last paragraph")
    return {
        "note": ("A police force's contribution to a safeguarding adults review TYPED INTO THE BOARD'S ONLINE FORM "
                 "and downloaded as text (UTF-8, CRLF): the form's title and response details (ID, started, "
                 "completed, respondent), then every question NUMBERED ('7. Key events and your agency's response "
                 "(max 2,000 characters)') with its answer under it. The agency's paragraphs are typed '3.2 The "
                 "...', ONE LINE EACH WITH NO BLANK LINE BETWEEN THEM, under questions whose numbers are not their "
                 "sections' (question 5 holds 1.1 and 1.2, question 9 section 4); a character count under each long "
                 "answer ('[" + f"{len(sections[1]):,}" + " of 2,000 characters]'); section 3 hit the "
                 "2,000-character limit IN THE MIDDLE OF "
                 + split + ", whose rest opens the next box, under '8. If you need "
                 "more space, continue your answer here ...', and goes on there (part of it); short answers "
                 "('Yes', '14/03/2025') and an answer that is a line beginning with a paragraph number, '2.3, 3.1 "
                 "and 4.2' (the overview report's paragraphs it responds to; no paragraph). Questions, counts and "
                 "short answers are no paragraph's text. No pages (null)."),
        "paragraphs": result,
    }


def build(out):
    register_fonts(T1_FACES)
    return _harness.build_files(out, ParaMaker(), {
        "stamped.pdf": make_stamped, "swapped.pdf": make_swapped, "imr.docx": make_imr,
        "intranet.html": make_intranet, "contribution.txt": make_contribution})


def main(out: pathlib.Path, determinism: bool = True) -> dict:
    """Build and self-check into ``out``; with ``determinism``, build again elsewhere and compare the bytes."""
    return _harness.build_checked(build, out, "blind54-determinism-", determinism)


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
