"""Blind fixture generator 51: five FICTIONAL review documents published in parts and collections, each with the
traps such files really have: an overview report and its separately produced executive summary bound into one PDF
(each with its own paragraph numbers and page numbers), a thematic review reprinting its case summaries as
appendices numbered from 1 again under "Case A", "Case B", "Case C", a board's annual report in Word with one chapter
of numbered learning inside a document numbered otherwise, a review published as one web page of tabs, and a review
published as a Hugo section of part pages concatenated into one Markdown file with their front matter.

FICTIONAL \u2013 for software testing. Run: python make.py [outdir] (a few seconds: everything is built twice and the
bytes compared). Needs reportlab (its canvas and its font folder: Arial and Times metric Type 1 faces), pypdf, lxml,
python-docx, pdfplumber and markdown-it-py; no system fonts, no network. Every generator checks its own key with
pdfplumber/pypdf/lxml/python-docx/markdown-it, never with the project's parser.

bound.pdf       a safeguarding adults review's EXECUTIVE SUMMARY (made in Word: Times New Roman 11.5, numbers "1.1"
                hanging at the margin, bold numbered headings "2. What happened", its own cover, lower-case ROMAN
                folios "ii", "iii" centred at the foot) and its OVERVIEW REPORT (made in InDesign: Arial 10.5, numbers
                "1.1" hanging, teal headings, its own cover, running head, "Page 2" ... folios starting again at the
                overview's cover) merged into one PDF by Acrobat's "Combine Files": the two parts number their
                paragraphs independently, so 1.1 to 3.3 (all but 2.3) are printed TWICE (the summary's first, then the
                overview's); /PageLabels "i".. then "1".. as printed; the summary's 3.2 ends by citing overview
                paragraphs ("at paragraphs 4.2 and 4.3 of the overview report"); paragraphs across page breaks in
                both parts
casebook.pdf    a thematic review of three adolescents' cases (Arial, "2.3" hanging numbers, chapters 1-4) that
                REPRINTS THE THREE CASE SUMMARIES AS APPENDICES: each appendix starts on a new page under a navy band
                "Appendix 2 \u2013 Case B: Amelie, aged 14" and a note "Reprinted from the learning summary ...;
                paragraph numbers as in the original", and keeps the original summary's design (Times, bold
                single-level numbers "1", "2", "3" hanging, NUMBERED FROM 1 AGAIN in every case), so "1" to "3" are
                printed three times and "4" twice (Case B's 4 ends alone on the next page); a table in chapter 1
                whose first column holds "A", "B", "C" and whose second holds ages "15", "14", "16"; running head
                "Wexcombe SCP \u2013 Thematic review" and centred folio on every page but the first; paragraphs
                across page breaks
annual.docx     a safeguarding children partnership's ANNUAL REPORT in Word: nine chapters whose Heading 1s are
                numbered by a Word list "Section %1:" ("Section 7: Learning from reviews"), every chapter's
                paragraphs unnumbered, bulleted priorities, two tables (key figures, whose cells hold "7.4", "6.9",
                "3.1"; the reviews published this year), a paragraph opening "12 multi-agency audits" \u2013 EXCEPT
                chapter 7, pasted from the review subgroup's report, whose paragraphs carry THEIR OWN LIST (another
                abstractNum, level 0 lvlText "7.%1"), printing "7.1" ... "7.12"; chapter 8 refers back to "7.3 and
                7.9"; page breaks before chapters and inside chapter 7 (pages from the breaks)
tabs.html       a safeguarding adults board's CMS page holding a whole review as TABS (an ARIA tablist of five
                <a role="tab"> links "<span class=tab-num>3</span> What happened" above five role="tabpanel"
                <section>s, the first visible and the other four with the hidden attribute, all in the one file);
                paragraphs typed "<p>7. The ...", the numbers CONTINUING ACROSS THE PANELS (1 to 17); in every panel a
                "Section 3 of 5" line, a visually hidden <h2>, a "Previous/Next" pager ("Next: 4 Analysis"); a
                "Print all sections" button and a PDF download link above the tabs; site header and footer
collected.md    a domestic homicide review published as a HUGO SECTION (an _index.md and one page per part) whose
                Markdown files were CONCATENATED with cat into one download: each part's YAML FRONT MATTER
                ("---", "title: ...", "weight: 20", "---") left in the middle of the file, where CommonMark reads
                the opening "---" after a blank line as a rule and the rest as a setext heading; Hugo's "<!--more-->"
                summary divider after each part's first paragraph; parts 1, 2 and 4 ending with a
                "{{< next-part >}}" shortcode line (part 1 with no blank line after it, so the next "---" underlines
                the shortcode as a setext heading), part 3 straight after its last paragraph, so that the next
                file's opening "---" makes that paragraph's text a SETEXT HEADING; typed "3.2 " numbers continuing
                across the parts

Judgement calls (what a practitioner citing the report would expect):
- the label is the paragraph number as printed, without a trailing stop: "3.2", "7"; a number printed twice in one
  file (an executive summary and an overview report bound together, case summaries each numbered from 1) is listed
  each time it is printed, in the order of the file, with its own page and text: the key holds "1.1" twice in
  bound.pdf and "1" three times in casebook.pdf;
- the "7.%1" numbers of a pasted chapter are that chapter's paragraph numbers; the chapters' "Section N:" headings,
  unnumbered paragraphs, bullets and table cells ("7.4") are no numbered paragraphs; a paragraph that begins with a
  count ("12 multi-agency audits") is no numbered paragraph;
- cross-references ("paragraphs 4.2 and 4.3 of the overview report", "7.3 and 7.9 above"), tab labels and their
  numbers, "Section 3 of 5" lines, pagers, title blocks, covers, headings, running heads, folios, reprint notes,
  tables, front matter, summary dividers and shortcodes are no paragraph's number or text;
- a paragraph that a parser of CommonMark sees as a setext heading (collected.md's 3.4, underlined by the next
  file's "---") is still that numbered paragraph, its text the heading's text;
- hidden tab panels are part of the page: their paragraphs count;
- pages: physical and 1-based for PDF (a paragraph's page is its first line's, whatever the printed folio or page
  label says; its last words may be on a later page). DOCX pages are counted from explicit breaks: page = 1 + the page
  breaks (<w:br w:type="page"/>) before the paragraph (each page holds at most about 480 words). HTML and Markdown:
  null.
"""
import os
import pathlib
import re
import sys

if __package__ in (None, ""):
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

    from blindkit import harness as _harness  # type: ignore
    from blindkit.draw import Layout, hanging_rows, register_fonts, sw  # type: ignore
    from blindkit.flow import RowFlow  # type: ignore
    from blindkit.keys import check_count, check_crossings, check_lengths, entry, roman  # type: ignore
    from blindkit.markup import SECT_A4, hesc  # type: ignore
    from blindkit.pdfread import check_pdf_key, pdf_pages  # type: ignore
    from blindkit.wordread import word_numbers  # type: ignore

    _text = _harness.load(__file__, "blind51_text", "text.py")
    _b36 = _harness.load(__file__, "blind36_make", "..", "blind36", "make.py")
else:
    from ..blind36 import make as _b36
    from ..blindkit import harness as _harness
    from ..blindkit.draw import Layout, hanging_rows, register_fonts, sw
    from ..blindkit.flow import RowFlow
    from ..blindkit.keys import check_count, check_crossings, check_lengths, entry, roman
    from ..blindkit.markup import SECT_A4, hesc
    from ..blindkit.pdfread import check_pdf_key, pdf_pages
    from ..blindkit.wordread import word_numbers
    from . import text as _text

ParaMaker, norm = _text.ParaMaker, _text.norm
W_NS, XML_HEAD, WP_NS, BRK = _b36.W_NS, _b36.XML_HEAD, _b36.WP_NS, _b36.BRK
wp, wr, docx_package, styles_xml = _b36.wp, _b36.wr, _b36.docx_package, _b36.styles_xml

FICT = "FICTIONAL \u2013 for software testing"
INVENTED = "Every person, place and service named here is invented."
A, AB, AI = "ArialMT", "Arial-BoldMT", "Arial-ItalicMT"
T, TB, TI = "TimesNewRomanPSMT", "TimesNewRomanPS-BoldMT", "TimesNewRomanPS-ItalicMT"
T1_FACES = {A: "_a______", AB: "_ab_____", AI: "_ai_____", T: "_er_____", TB: "_eb_____", TI: "_ei_____"}
TEAL, NAVY, GREY, BLACK = (0.0, 0.42, 0.45), (0.09, 0.16, 0.36), (0.4, 0.4, 0.4), (0, 0, 0)
L, R = 72.0, 523.0
TOP, BOTTOM = 772.0, 72.0


class PdfKey:
    """What a PDF generator records for its key and checks: entries, texts, last pages, label positions."""

    def __init__(self):
        self.result, self.texts, self.ends, self.labels = [], [], [], []

    def pour(self, fl, label, t, xn, xt, font, nfont, size, lead, after, rgb=BLACK):
        def meas(s):
            return sw(s, font, size)
        rows = hanging_rows(label, t, xn, xt, R, font, size, lead, after, meas, rgb, nfont)
        placed = fl.place(rows, keep=2)
        self.result.append(entry(label, placed[0][0], t))
        self.texts.append(t)
        self.ends.append(placed[-1][0])
        self.labels.append((placed[0][0], xn, placed[0][1]))

    def heading(self, fl, s, font, size, rgb, before=18.0):
        fl.place([(before, size + 8, [(L, s, font, size, rgb, 0.0)]), (0.0, 14.0, [(L, "", font, 10, rgb, 0.0)])],
                 keep=2)
        self.fl_pop(fl)

    @staticmethod
    def fl_pop(fl):
        fl.lay.pages[-1].pop()  # the empty row only kept the heading with room for a line after it
        fl.cur += 14.0

    def check(self, path, pages, lo=12):
        check_lengths(path.name, self.texts)
        check_count(path.name, self.result, lo, 25)
        check_pdf_key(path.name, pages, self.result, self.ends, self.labels)
        return check_crossings(path.name, self.result, self.ends)


# --------------------------------------------------------------------------
# 1. bound.pdf: an executive summary and its overview report, combined into one PDF
# --------------------------------------------------------------------------
BD_SUMMARY = [("1", "About this summary", [95, 80]), ("2", "What happened", [125, 135, 150]),
              ("3", "Key findings", [125, 135, 115])]
BD_OVERVIEW = [("1", "Introduction", [110, 95]), ("2", "Mrs Halloran", [120, 130]),
               ("3", "Agency involvement", [140, 125, 150]), ("4", "Analysis", [135, 145, 130]),
               ("5", "Conclusions", [110])]
BD_XREF = ("The panel's reasons are set out in full at paragraphs 4.2 and 4.3 of the overview report, which should "
           "be read alongside this summary.")


def cover(lay, lines, band=None):
    lay.new_page()
    if band:
        lay.rect(0, 640, 595.28, 201.89, band)
    for x, y, s, f, size, rgb in lines:
        lay.text(x, y, s, f, size, rgb)


def make_bound(out, pm):
    path = out / "bound.pdf"
    lay = Layout()
    k = PdfKey()
    title = "Safeguarding Adults Review: Mrs Halloran"
    board = "Kelsbridge Safeguarding Adults Board (FICTIONAL)"
    # part 1: the executive summary, made in Word
    cover(lay, [(L, 640, "Executive Summary", TB, 26, BLACK), (L, 606, title, T, 18, BLACK),
                (L, 580, board, T, 12, BLACK), (L, 562, "Published September 2025", T, 12, BLACK),
                (L, 120, f"{FICT}. {INVENTED}", TI, 10, GREY)])
    fl = RowFlow(lay, TOP, BOTTOM, lambda pg: TOP)
    fl.page()
    for sec, head, items in BD_SUMMARY:
        k.heading(fl, f"{sec}. {head}", TB, 13, BLACK)
        for j, n_words in enumerate(items, 1):
            t = pm.make(n_words, "adult")
            if (sec, j) == ("3", 2):
                t = t + " " + BD_XREF
            k.pour(fl, f"{sec}.{j}", t, L, L + 36, T, T, 11.5, 15.0, 9.0)
    n_summary = lay.n
    # part 2: the overview report, made in InDesign
    cover(lay, [(L, 770, "Safeguarding Adults Review", AB, 24, (1, 1, 1)), (L, 738, "Mrs Halloran", A, 20, (1, 1, 1)),
                (L, 690, "Overview Report", AB, 14, (1, 1, 1)), (L, 600, board, A, 11, GREY),
                (L, 584, "September 2025", A, 11, GREY), (L, 120, f"{FICT}. {INVENTED}", AI, 9, GREY)], TEAL)
    first_overview = lay.n
    fl.page()
    for sec, head, items in BD_OVERVIEW:
        k.heading(fl, f"{sec}. {head}", AB, 14, TEAL)
        for j, n_words in enumerate(items, 1):
            k.pour(fl, f"{sec}.{j}", pm.make(n_words, "adult"), L, L + 38, A, AB, 10.5, 14.0, 8.0)
    for pg in range(2, n_summary + 1):
        s = roman(pg)
        lay.text((L + R - sw(s, T, 10)) / 2, 40, s, T, 10, BLACK, page=pg)
    for pg in range(first_overview + 1, lay.n + 1):
        lay.text(L, 806, f"Kelsbridge SAB \u2013 {title} \u2013 Overview Report (FICTIONAL)", AI, 8, GREY, page=pg)
        lay.line(L, 800, R, 800, 0.5, TEAL, page=pg)
        s = f"Page {pg - first_overview + 1}"
        lay.text(R - sw(s, A, 8.5), 40, s, A, 8.5, GREY, page=pg)
    lay.page_labels = [(0, "ROMAN_LOWER", 1, ""), (first_overview - 1, "ARABIC", 1, "")]
    lay.render(path, {"Title": f"{title} \u2013 Executive Summary and Overview Report (FICTIONAL)",
                      "Author": board, "Creator": "Adobe Acrobat Pro 24.2: Combine Files",
                      "Producer": "Adobe PDF Library 24.2", "Subject": FICT})
    pages = pdf_pages(path)
    cross = k.check(path, pages)
    import pypdf
    got_labels = pypdf.PdfReader(path).page_labels
    want = [roman(p) for p in range(1, n_summary + 1)] + [str(p) for p in range(1, lay.n - n_summary + 1)]
    if got_labels != want:
        raise AssertionError(f"bound.pdf: page labels {got_labels}")
    labels = [d["label"] for d in k.result]
    if labels.count("1.1") != 2 or labels.count("3.3") != 2 or len(labels) - len(set(labels)) != 7:
        raise AssertionError(f"bound.pdf: labels {labels}")
    over = [d["page"] <= n_summary for d, e in zip(k.result, k.ends, strict=True) if e != d["page"]]
    if True not in over or False not in over:
        raise AssertionError("bound.pdf: a paragraph over a page break in each part")
    return {
        "note": ("A safeguarding adults review's EXECUTIVE SUMMARY (made in Word: Times 11.5, numbers '1.1' hanging, "
                 "bold headings '2. What happened', its own cover, lower-case roman folios 'ii' ... centred at the "
                 "foot) and its OVERVIEW REPORT (made in InDesign: Arial 10.5, numbers hanging, teal headings, its "
                 "own cover, running head, 'Page N' folios counted from the overview's cover) combined into one PDF "
                 "by Acrobat (/PageLabels i, ii, ... then 1, 2, ...). The two parts number their paragraphs "
                 "independently, so 1.1 to 3.3 (all but 2.3) are printed TWICE: the key lists every printed number "
                 "in file order, "
                 "the summary's first (pages 2-" + str(n_summary) + "), then the overview's (from page "
                 + str(first_overview + 1) + "). Summary 3.2 ends with a cross-reference to 'paragraphs 4.2 and "
                 "4.3 of the overview report' (its text). Paragraphs run over pages (" + ", ".join(cross)
                 + "). Pages are physical PDF pages, not the printed folios or labels. Covers, headings, running "
                 "heads and folios are no paragraph's text."),
        "paragraphs": k.result,
    }


# --------------------------------------------------------------------------
# 2. casebook.pdf: a thematic review reprinting its case summaries, each numbered from 1 again
# --------------------------------------------------------------------------
CB_MAIN = [("1", "Introduction", [100, 110]), ("2", "The three young people", [150, 130, 115]),
           ("3", "Themes across the cases", [135, 140, 125]), ("4", "Conclusions", [115, 100])]
CB_CASES = [[105, 120, 130, 95], [150, 160, 155, 150], [120, 135, 105]]


def case_table(lay, fl, rows):
    widths = [36, 32, 130, 253]
    fl.place([(10.0, 4.0, [(L, "", A, 9, BLACK, 0.0)])], keep=1)
    fl.lay.pages[-1].pop()
    for i, row in enumerate(rows):
        font = AB if i == 0 else A
        segs, x = [], L + 4
        for w, cell in zip(widths, row, strict=True):
            segs.append((x, cell, font, 9, BLACK, 0.0))
            x += w
        placed = fl.place([(0.0, 16.0, segs)], keep=1)
        pg, base = placed[0]
        lay.line(L, base - 5, R, base - 5, 0.4, GREY, page=pg)
    fl.cur -= 10.0


def make_casebook(out, pm):
    path = out / "casebook.pdf"
    lay = Layout()
    k = PdfKey()
    scp = "Wexcombe Safeguarding Children Partnership (FICTIONAL)"
    lay.new_page()
    lay.rect(0, 700, 595.28, 141.89, NAVY)
    lay.text(L, 780, "Thematic Review", AB, 24, (1, 1, 1))
    lay.text(L, 750, "Adolescents at risk outside the home: three cases", A, 15, (1, 1, 1))
    lay.text(L, 676, scp, A, 10, GREY)
    lay.text(L, 661, f"Published February 2025. {FICT}. {INVENTED}", A, 9, GREY)
    fl = RowFlow(lay, TOP, BOTTOM, lambda pg: TOP)
    fl.cur = 620.0
    for sec, head, items in CB_MAIN:
        k.heading(fl, f"{sec}. {head}", AB, 14, NAVY)
        for j, n_words in enumerate(items, 1):
            k.pour(fl, f"{sec}.{j}", pm.make(n_words, "child"), L, L + 36, A, AB, 10.5, 14.0, 8.0)
            if (sec, j) == ("1", 2):
                fl.place([(10.0, 14.0, [(L, "Table 1: The three cases", AB, 9.5, NAVY, 0.0)])], keep=1)
                case_table(lay, fl, _text.CASE_TABLE)
    appendix_pages = {}
    for (letter, who, note), items in zip(_text.CASES, CB_CASES, strict=True):
        fl.page()
        pg = lay.n
        appendix_pages[letter] = pg
        lay.rect(0, 730, 595.28, 60, NAVY, page=pg)
        n = "ABC".index(letter) + 1
        lay.text(L, 752, f"Appendix {n} \u2013 Case {letter}: {who}", AB, 16, (1, 1, 1), page=pg)
        lay.text(L, 714, note + " Paragraph numbers as in the original.", TI, 9.5, GREY, page=pg)
        fl.cur = 696.0
        fl.place([(0.0, 20.0, [(L, f"Learning summary: Case {letter}", TB, 13, BLACK, 0.0)])], keep=1)
        for j, n_words in enumerate(items, 1):
            k.pour(fl, str(j), pm.make(n_words, "child"), L, L + 24, T, TB, 11.0, 14.5, 9.0)
    for pg in range(2, lay.n + 1):
        lay.text(L, 806, "Wexcombe SCP \u2013 Thematic review: adolescents at risk outside the home (FICTIONAL)",
                 A, 8, GREY, page=pg)
        s = str(pg)
        lay.text((L + R - sw(s, A, 9)) / 2, 40, s, A, 9, BLACK, page=pg)
    lay.render(path, {"Title": "Thematic review: adolescents at risk outside the home (FICTIONAL)",
                      "Author": scp, "Creator": "Adobe InDesign 19.5 (Windows)",
                      "Producer": "Adobe PDF Library 17.0", "Subject": FICT})
    pages = pdf_pages(path)
    cross = k.check(path, pages)
    labels = [d["label"] for d in k.result]
    if labels.count("1") != 3 or labels.count("4") != 2 or labels[-3:] != ["1", "2", "3"]:
        raise AssertionError(f"casebook.pdf: labels {labels}")
    for letter, pg in appendix_pages.items():
        if not any(lab == "1" and d["page"] == pg for d, lab in zip(k.result, labels, strict=True)):
            raise AssertionError(f"casebook.pdf: Case {letter}")
    return {
        "note": ("A thematic review of three adolescents' cases (Arial, '2.3' numbers hanging, navy headings "
                 "'2. The three young people', a table whose columns hold 'A', 'B', 'C' and ages '15', '14', '16') "
                 "that REPRINTS THE THREE CASE SUMMARIES AS APPENDICES, each on a new page (pages "
                 + ", ".join(str(p) for p in appendix_pages.values()) + ") under a navy band 'Appendix 2 \u2013 "
                 "Case B: Amelie, aged 14' and a reprint note, in the original summary's design (Times, bold "
                 "numbers '1', '2' hanging, NUMBERED FROM 1 AGAIN in every case): the key lists every printed "
                 "number in file order, so '1' to '3' appear three times and '4' twice besides the body's. "
                 "Paragraphs run over pages (" + ", ".join(cross) + "). Cover, headings, table, bands, reprint "
                 "notes, running head and folios are no paragraph's text."),
        "paragraphs": k.result,
    }


# --------------------------------------------------------------------------
# 3. annual.docx: an annual report whose chapter 7 alone has numbered paragraphs, from a list of its own
# --------------------------------------------------------------------------
AR_STYLES = styles_xml("Calibri", (
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>'
    '<w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/>'
    '</w:pPr><w:rPr><w:b/><w:color w:val="5B2C6F"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/>'
    '<w:pPr><w:numPr><w:numId w:val="3"/></w:numPr><w:contextualSpacing/></w:pPr></w:style>'
    '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>'
    '<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" '
    'w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" '
    'w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
    '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>'))
AR_NUMBERING = XML_HEAD + (
    f'<w:numbering {WP_NS}>'
    '<w:abstractNum w:abstractNumId="0"><w:nsid w:val="3C1A5E27"/><w:multiLevelType w:val="singleLevel"/>'
    '<w:tmpl w:val="A2E4B81C"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/>'
    '<w:lvlText w:val="Section %1:"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr>'
    '</w:lvl></w:abstractNum>'
    '<w:abstractNum w:abstractNumId="1"><w:nsid w:val="61D70B94"/><w:multiLevelType w:val="hybridMultilevel"/>'
    '<w:tmpl w:val="0F2C9A40"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="7.%1"/><w:lvlJc '
    'w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="720"/></w:pPr></w:lvl></w:abstractNum>'
    '<w:abstractNum w:abstractNumId="2"><w:nsid w:val="2B8E1F05"/><w:multiLevelType w:val="hybridMultilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/><w:lvlJc '
    'w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Symbol" '
    'w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl></w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/>'
    '</w:num><w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num></w:numbering>')
AR_PLAN = [2, 2, 1, 1, 2, 1, [95, 110, 100, 120, 105, 90, 115, 100, 95, 110, 105, 90], 2, 1]


def docx_table(rows, widths):
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    out = [f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
           f'<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
           f'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
    for i, row in enumerate(rows):
        trpr = "<w:trPr><w:tblHeader/></w:trPr>" if i == 0 else ""
        cells = "".join(f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr>'
                        + wp(wr(c, "<w:b/>" if i == 0 else ""), None, '<w:spacing w:after="0"/>') + "</w:tc>"
                        for w, c in zip(widths, row, strict=True))
        out.append(f"<w:tr>{trpr}{cells}</w:tr>")
    return "".join(out) + "</w:tbl>"


def make_annual(out, pm):
    path = out / "annual.docx"
    body = [wp(wr("Lowmarsh Safeguarding Children Partnership"), "Title"),
            wp(wr("Annual Report 2024 to 2025 (FICTIONAL)", "<w:b/><w:sz w:val=\"32\"/>")),
            wp(wr(FICT + ". " + INVENTED, "<w:i/>"))]
    result, texts, page, words = [], [], 1, {1: 30}
    num_para = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr><w:spacing w:after="160"/>'
    for ch, (title, plan) in enumerate(zip(_text.AR_CHAPTERS, AR_PLAN, strict=True), 1):
        body.append(BRK)
        page += 1
        words[page] = 0
        body.append(wp(wr(title), "Heading1"))
        if ch != 7:
            for j in range(plan):
                if ch == 5 and j == 0:
                    t = _text.AR_AUDIT
                elif ch == 8 and j == 1:
                    t = _text.AR_CROSSREF
                else:
                    t = pm.make(90, "child")
                body.append(wp(wr(t)))
                words[page] += len(t.split())
            if ch == 3:
                body.append(wp(wr("Table 1: Key figures", "<w:b/>")))
                body.append(docx_table(_text.AR_FIGURES, [4200, 2400, 2400]))
                body.append(wp(""))
            if ch == 4:
                body += [wp(wr(b), "ListBullet") for b in _text.AR_BULLETS]
            continue
        body.append(wp(wr("This section was prepared by the partnership's case review subgroup.", "<w:i/>")))
        for j, n_words in enumerate(plan, 1):
            label = f"7.{j}"
            t = pm.make(n_words, "child")
            if words[page] + len(t.split()) > 470:
                body.append(BRK)
                page += 1
                words[page] = 0
            body.append(wp(wr(t), None, num_para))
            words[page] += len(t.split())
            texts.append(t)
            result.append(entry(label, page, t))
            if j == 3:
                body.append(wp(wr("Table 2: Reviews published this year", "<w:b/>")))
                body.append(docx_table(_text.AR_REVIEWS, [3000, 2000, 4000]))
                body.append(wp(""))
    doc = f'{XML_HEAD}<w:document {WP_NS}><w:body>{"".join(body)}{SECT_A4}</w:body></w:document>'
    docx_package(path, doc, AR_STYLES, AR_NUMBERING, "Lowmarsh SCP Annual Report 2024-25 (FICTIONAL)",
                 "Annual Report 2024 to 2025 (FICTIONAL)", "Lowmarsh Safeguarding Children Partnership (FICTIONAL)",
                 page, sum(words.values()), (2025, 9, 18, 11, 5, 0))
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    if max(words.values()) > 480:
        raise AssertionError(f"annual.docx: words per page {words}")
    # read back: Word's numbers from numbering.xml (the Heading 1s take numId 1 from their style)
    import zipfile

    import docx
    from lxml import etree
    z = zipfile.ZipFile(path)
    root = etree.fromstring(z.read("word/document.xml"))
    ns = {"w": W_NS}
    for p in root.findall("w:body/w:p", ns):  # the style's numPr, put on the paragraph for the read-back only
        st = p.find("w:pPr/w:pStyle", ns)
        if st is not None and st.get(f"{{{W_NS}}}val") == "Heading1":
            p.find("w:pPr", ns).append(etree.fromstring(
                f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'))
    got, heads, pg = [], [], 1
    for p, s in word_numbers(z.read("word/numbering.xml").decode("utf-8"), root):
        if p.find(f".//{{{W_NS}}}br[@{{{W_NS}}}type='page']") is not None:
            pg += 1
        if s is None:
            continue
        st = p.find("w:pPr/w:pStyle", ns)
        if st is not None and st.get(f"{{{W_NS}}}val") == "Heading1":
            heads.append(s)
        elif st is None:
            got.append([s, pg, "".join(p.itertext())])
    if heads != [f"Section {n}:" for n in range(1, 10)]:
        raise AssertionError(f"annual.docx: headings {heads}")
    if got != [[d["label"], d["page"], t] for d, t in zip(result, texts, strict=True)]:
        raise AssertionError(f"annual.docx: read back {[g[:2] for g in got]}")
    d = docx.Document(str(path))
    cells = [c.text for tb in d.tables for row in tb.rows for c in row.cells]
    if "7.4" not in cells or not any(p.text.startswith("12 multi-agency") for p in d.paragraphs):
        raise AssertionError("annual.docx: traps")
    return {
        "note": ("A safeguarding children partnership's ANNUAL REPORT in Word: nine chapters whose Heading 1s are "
                 "numbered 'Section %1:' by a list linked to the style, their paragraphs UNNUMBERED (bulleted "
                 "priorities, a key figures table whose cells hold '7.4', '6.9', '3.1', a paragraph opening '12 "
                 "multi-agency audits'), EXCEPT 'Section 7: Learning from reviews', pasted from the review "
                 "subgroup's report, whose paragraphs carry their own list (abstractNum 1, level 0 lvlText '7.%1'): "
                 "'7.1' to '7.12', with a reviews table after 7.3. Section 8 refers back to '7.3 and 7.9' (no "
                 "paragraph's number). page = 1 + the page breaks (w:br page in an empty paragraph, before every "
                 "chapter and inside chapter 7) before the paragraph."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 4. tabs.html: a review as one page of tabs, numbers continuing across the panels
# --------------------------------------------------------------------------
NOTAB = ' tabindex="-1"'
TB_PLAN = [[85, 90, 70], [100, 110, 95], [120, 115, 125, 105], [110, 120, 100], [95, 90, 85, 80]]


def make_tabs(out, pm):
    path = out / "tabs.html"
    n_tabs = len(_text.TABS)
    tabs, panels, result, texts, num = [], [], [], [], 0
    for i, (title, items) in enumerate(zip(_text.TABS, TB_PLAN, strict=True), 1):
        sel = "true" if i == 1 else "false"
        tabs.append(f'<li class="tabs__item" role="presentation"><a class="tabs__tab" role="tab" id="tab-{i}" '
                    f'href="#panel-{i}" aria-controls="panel-{i}" aria-selected="{sel}"'
                    f'{"" if i == 1 else NOTAB}><span class="tab-num">{i}</span> {hesc(title)}</a></li>')
        ps = []
        for n_words in items:
            num += 1
            t = pm.make(n_words, "adult")
            ps.append(f"<p>{num}. {hesc(t)}</p>")
            texts.append(t)
            result.append(entry(str(num), None, t))
        pager = []
        if i > 1:
            pager.append(f'<a class="pager__prev" href="#panel-{i - 1}">Previous: {i - 1} '
                         f'{hesc(_text.TABS[i - 2])}</a>')
        if i < n_tabs:
            pager.append(f'<a class="pager__next" href="#panel-{i + 1}">Next: {i + 1} {hesc(_text.TABS[i])}</a>')
        panels.append(
            f'<section class="tabs__panel{"" if i == 1 else " tabs__panel--hidden"}" role="tabpanel" '
            f'id="panel-{i}" aria-labelledby="tab-{i}"{"" if i == 1 else " hidden"}>\n'
            f'<p class="tabs__count">Section {i} of {n_tabs}</p>\n'
            f'<h2 class="visually-hidden">{i} {hesc(title)}</h2>\n' + "\n".join(ps) + "\n"
            f'<nav class="pager" aria-label="Sections">{" ".join(pager)}</nav>\n</section>\n')
    site = "Haddon Carrowby Safeguarding Adults Board"
    html = (
        '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        f"<title>Safeguarding Adults Review: Mr Ferrier | {site} (FICTIONAL)</title>\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<link rel="stylesheet" href="/themes/hcsab/css/tabs.css?v=3.2">\n'
        "<style>.visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}"
        "[hidden]{display:none}</style>\n</head>\n<body>\n"
        f'<header class="site-header"><a class="logo" href="/">{site}</a>\n'
        '<nav class="main-nav"><a href="/">Home</a> <a href="/reviews">Reviews</a> <a href="/contact">Contact us</a>'
        "</nav></header>\n"
        '<main id="main">\n<h1>Safeguarding Adults Review: Mr Ferrier</h1>\n'
        f'<p class="lede"><em>{FICT}. {INVENTED}</em> Published 4 August 2025.</p>\n'
        '<div class="actions"><button type="button" class="js-print-all">Print all sections</button>\n'
        '<a href="/sites/default/files/2025-08/sar-mr-ferrier-executive-summary.pdf">Download the executive summary '
        '(PDF, 212KB)</a></div>\n'
        '<div class="tabs" data-module="tabs">\n<ul class="tabs__list" role="tablist">\n'
        + "\n".join(tabs) + "\n</ul>\n" + "".join(panels) + "</div>\n</main>\n"
        f'<footer class="site-footer"><p>\u00a9 2025 {site} (FICTIONAL)</p>'
        '<p><a href="/accessibility">Accessibility statement</a> | <a href="/cookies">Cookies</a></p></footer>\n'
        '<script src="/themes/hcsab/js/tabs.js?v=3.2"></script>\n</body>\n</html>\n')
    path.write_text(html, encoding="utf-8")
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    # read back with lxml: every panel's <p>s that open "N. " are the paragraphs, in order, numbers continuing
    import lxml.html
    root = lxml.html.fromstring(html.encode("utf-8"))
    got = []
    secs = root.xpath('//section[@role="tabpanel"]')
    for sec in secs:
        for p in sec.findall("p"):
            s = " ".join(p.text_content().split())
            if m := re.fullmatch(r"(\d+)\. (.+)", s):
                got.append([m.group(1), m.group(2)])
    if got != [[d["label"], t] for d, t in zip(result, texts, strict=True)]:
        raise AssertionError(f"tabs.html: read back {[g[0] for g in got]}")
    if len(secs) != 5 or sum(s.get("hidden") is not None for s in secs) != 4:
        raise AssertionError("tabs.html: panels")
    firsts = [len(items) for items in TB_PLAN]
    return {
        "note": ("A safeguarding adults board's CMS page holding a whole review as TABS: an ARIA tablist of five "
                 "links '<span class=tab-num>3</span> What happened' above five role=tabpanel sections, the first "
                 "shown and the other four with the hidden attribute, all in the one file. Paragraphs are typed "
                 "'<p>7. The ...', the numbers CONTINUING ACROSS THE PANELS, 1 to " + str(sum(firsts)) + ". Each "
                 "panel opens with 'Section 3 of 5' and a visually hidden <h2> '3 What happened' and ends with a "
                 "pager ('Previous: 2 Background', 'Next: 4 Analysis'). Site header, FICTIONAL notice, print "
                 "button, download link, tab labels, section counts, hidden headings, pagers and footer are no "
                 "paragraph's number or text. Hidden panels are part of the page. No pages (null)."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 5. collected.md: a Hugo section's pages concatenated, front matter and all
# --------------------------------------------------------------------------
CM_SETEXT, CM_TIGHT = 3, {1}  # part 3 ends with its last paragraph; part 1 with the shortcode and no blank line
CM_PLAN = [[90, 85], [105, 100, 95], [120, 110, 115, 100], [115, 125, 105], [95, 90]]


def make_collected(out, pm):
    path = out / "collected.md"
    files = [["---", 'title: "Domestic Homicide Review: Ms Quayle"', "type: review", "weight: 1",
              'description: "Overview report, Fellmouth Community Safety Partnership (FICTIONAL)"', "---", "",
              f"_{FICT}. {INVENTED}_", "",
              "This review is published in five parts. Use the links at the foot of each part to move between them.",
              "", '{{< next-part "01" >}}', ""]]
    result, texts, setext = [], [], None
    for ch, (title, items) in enumerate(zip(_text.PARTS, CM_PLAN, strict=True), 1):
        lines = ["---", f'title: "Part {ch}: {title}"', f"weight: {ch * 10}", "draft: false", "---", "",
                 f"## {ch}. {title}", ""]
        for j, n_words in enumerate(items, 1):
            label = f"{ch}.{j}"
            t = pm.make(n_words, "dhr")
            lines += [f"{label} {t}", ""]
            if j == 1:
                lines += ["<!--more-->", ""]
            texts.append(t)
            result.append(entry(label, None, t))
        # how each file ends decides what the next file's opening "---" is: after a blank line a rule; right
        # after the shortcode line, that line's setext underline; right after the last paragraph (part 3), ITS
        if ch == CM_SETEXT:
            lines.pop()
            setext = label
        elif ch < len(_text.PARTS):
            lines.append(f'{{{{< next-part "{ch + 1:02d}" >}}}}')
            if ch not in CM_TIGHT:
                lines.append("")
        files.append(lines)
    text = "\n".join("\n".join(f) for f in files) + "\n"
    path.write_text(text, encoding="utf-8")
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    # read back with markdown-it: a paragraph (or the setext heading that swallowed one) opening "N.N " starts a
    # numbered paragraph; front matter, rules, headings, comments and shortcodes are none
    from markdown_it import MarkdownIt
    toks = MarkdownIt("commonmark").parse(text)
    got, hrs, heads = [], 0, []
    for i, tk in enumerate(toks):
        hrs += tk.type == "hr"
        if tk.type != "inline":
            continue
        m = re.fullmatch(r"(\d\.\d) (.+)", tk.content.replace("\n", " "), re.S)
        if toks[i - 1].type == "heading_open":
            heads.append((toks[i - 1].markup, tk.content))
        if m:
            got.append([m.group(1), m.group(2), toks[i - 1].type])
    want = [[d["label"], t] for d, t in zip(result, texts, strict=True)]
    if [g[:2] for g in got] != want:
        raise AssertionError(f"collected.md: read back {[g[0] for g in got]}")
    if [g[0] for g in got if g[2] == "heading_open"] != [setext] or hrs != len(files) - 1 - len(CM_TIGHT):
        raise AssertionError(f"collected.md: setext {got}, {hrs} rules")
    return {
        "note": ("A domestic homicide review published as a HUGO SECTION (an _index.md and five part pages) whose "
                 "Markdown files were CONCATENATED with cat: each file's YAML front matter ('---', 'title: ...', "
                 "'weight: 20', 'draft: false', '---') stands in the middle of the file, where CommonMark reads "
                 "the opening '---' after a blank line as a rule (after part 1's shortcode line, as that line's "
                 "setext underline) and the rest as a setext heading; '## 3. Contact with agencies' "
                 "headings; Hugo's '<!--more-->' divider after each part's first paragraph; each part ends with a "
                 "'{{< next-part >}}' shortcode line except part 3, which ends straight after " + str(setext)
                 + ", so the next file's opening '---' makes that paragraph a SETEXT HEADING (still paragraph "
                 + str(setext) + ", its text the heading's). Typed '3.2 ' numbers continue across the parts. Front "
                 "matter, headings, dividers, shortcodes and the title page are no paragraph's text. No pages "
                 "(null)."),
        "paragraphs": result,
    }


def build(out):
    register_fonts(T1_FACES)
    return _harness.build_files(out, ParaMaker(), {
        "bound.pdf": make_bound, "casebook.pdf": make_casebook, "annual.docx": make_annual,
        "tabs.html": make_tabs, "collected.md": make_collected})


def main(out: pathlib.Path, determinism: bool = True) -> dict:
    """Build and self-check into ``out``; with ``determinism``, build again elsewhere and compare the bytes."""
    return _harness.build_checked(build, out, "blind51-determinism-", determinism)


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
