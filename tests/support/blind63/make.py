"""Blind fixture generator 63: five FICTIONAL documents in which A REVIEW IS ANSWERED BY ACTION PLANS, RESPONSES AND
TRACKERS: the review's own numbered paragraphs (its findings and recommendations) reproduced word for word inside the
documents that agencies write in reply, each with the traps such documents really have: a safeguarding adults review's
multi-agency action plan kept in Excel and exported to PDF, an NHS trust's management response to a child safeguarding
practice review in Word, a minister's response letter to a thematic review, a domestic homicide review's
recommendations tracker exported from a project system as HTML, and a learning review's actions exported from an
action-tracking tool as CSV.

FICTIONAL \u2013 for software testing. Run: python make.py [outdir] (a few seconds: everything is built twice and the
bytes compared). Needs reportlab (its canvas and its font folder's Arial metric Type 1 faces), lxml, python-docx and
pdfplumber; no system fonts, no network. Every generator checks its own key with pdfplumber, python-docx, lxml or the
csv module, never with the project's parser.

actionplan.pdf   a SAR's MULTI-AGENCY ACTION PLAN KEPT IN EXCEL and exported to PDF: landscape A4, gridlines printed,
                 the title rows and a RAG key on page 1, then a ten-column grid (Rec | Review para | Finding /
                 recommendation (wording of the review) | Action no. | Action | Lead | Due | RAG | Progress | Update)
                 whose HEADER ROW IS REPEATED ON EVERY PAGE (print titles); ONE ROW PER ACTION, the review's paragraph
                 typed in the first row of its group only, its number in the narrow "Review para" column beside it;
                 the REC NUMBERS 1-13 IN THE LEFTMOST COLUMN AND THE ACTION NUMBERS "1.1", "1.2a", "5.2", "6.1", "7.1"
                 (some the same as the review's own numbers) ARE NO PARAGRAPH NUMBERS; due dates "31.03.26", filled RAG
                 cells, progress "60%", updates (one opening "6.3 and 6.4 are being delivered together ..."); Excel
                 never splits a row, so a group's later actions go over to the next page under the repeated header
                 with empty review cells; a second sheet "Summary" printed last (a table of RAG counts and percentages)
response.docx    a CSPR's MANAGEMENT RESPONSE by an NHS trust (Word): a document control table ("Version | 1.2"),
                 THE TRUST'S OWN PARAGRAPHS NUMBERED BY WORD ("1.1", "1.2" ... under "1. Introduction", and "2.1
                 Response: ...", "2.2 Evidence: ..." under the findings, "3.1", "3.4" under the recommendations: the
                 same shapes as the review's numbers, and some the same numbers); THE REVIEW'S PARAGRAPHS QUOTED in a
                 shaded, indented "Review quote" style, typed "3.4<TAB>\u201cThe ...\u201d" under unnumbered
                 "Finding 1: ..." headings; evidence as bullets; 4.5 QUOTED A SECOND TIME, word for word, before the
                 response to recommendation 2; an appendix table of bare review numbers ("4.5 | Accepted | ...");
                 pages from explicit page breaks
letter.pdf       a MINISTER'S RESPONSE LETTER to a thematic review (PDF): letterhead ("14 Carrow Square"), references,
                 date, addressee ("2 Mercer's Row"); THE LETTER'S OWN POINTS NUMBERED "1." TO "9." in a hanging
                 indent are NOT the review's; the review's paragraphs QUOTED IN INDENTED ITALIC BLOCKS after lead-ins
                 "Paragraph 4.2 of the review says:" (the block holds the text only, so the number is in the lead-in)
                 or, for two paragraphs quoted together, printed with their numbers "4.5", "4.6" in the block; the
                 letter's prose carries on after a block; one point's line BEGINS "5.3 and 5.4, and I will write ..."
                 (paragraphs not quoted); a block runs over a page break under the continuation line "Professor A.
                 Whitlow \u2013 12 March 2026 \u2013 page 2"; an annex of the review's recommendations in a ruled
                 two-column table beside the Government's responses, its header row repeated
tracker.html     a DHR's RECOMMENDATIONS TRACKER exported as HTML from a project system: a summary (an overall progress
                 tile with its bar and percentage, status counts, filter chips), then ONE CARD PER RECOMMENDATION in the
                 recommendations' order: "Rec 3" and "Review paragraph 6.3" in the card's header beside a STATUS BADGE
                 ("Complete", "In progress", "Not started", "Overdue"), the review's wording in a blockquote WITHOUT ITS
                 NUMBER (two cards hold two paragraphs each, "<strong>6.5</strong> The ..."), a PROGRESS BAR and "60%",
                 owner, due "31.03.26" and "LAST UPDATED 12.02.26 14:03" stamps, the card's ACTIONS NUMBERED "6.1",
                 "6.2", "7.1", "7.2" (the review's numbers again), an updates timeline (one update opening "6.3 asks for
                 routine enquiry ..."); completed cards keep the review's wording inside a closed <details>
actions.csv      a learning review's ACTIONS EXPORTED FROM AN ACTION-TRACKING TOOL as CSV (UTF-8 with a byte order
                 mark, every field quoted, CRLF between records, LF inside cells): ONE ROW PER ACTION, the review's
                 paragraph number in its own column and ITS TEXT IN A QUOTED CELL REPEATED ON EVERY ROW OF ITS
                 ACTIONS; some texts pasted from the review's PDF with its line breaks; one cell holding two
                 paragraphs typed with their numbers ("4.1 ... <LF><LF>4.2 ..."); doubled quotes; an update opening
                 "3.2 and 3.4 were discussed together ..."; a last action linked back to 2.5, its text repeated after
                 5.2

Judgement calls (as in earlier rounds, what a practitioner citing the review would expect):
- the label is the review's paragraph number as printed, without a trailing stop: "6.3", wherever the responder put it
  (a column of its own beside the text, before the text, in a card's header, in a lead-in sentence);
- the key holds the review's own paragraphs only, in the order of their first appearance, each once: a paragraph
  quoted again (response.docx's 4.5, actions.csv's rows repeating their paragraph and its late action linked to 2.5)
  is keyed at its FIRST occurrence, on that occurrence's page; what the responders and their tools added is no
  paragraph and no paragraph's text: rec and action numbers, actions, leads, owners, dates, RAG ratings, statuses,
  badges, percentages and progress bars, updates and evidence, the trust's own numbered paragraphs, the letter's own
  numbered points, lead-ins and prose, letterheads, addresses, tables of numbers, summaries, headers and footers;
- pages: physical and 1-based for PDF; DOCX pages are counted from explicit breaks: page = 1 + the page breaks (<w:br
  w:type="page"/>) before the paragraph. HTML and CSV: null.
"""
import csv
import io
import itertools
import os
import pathlib
import re
import sys

if __package__ in (None, ""):
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

    from blindkit import harness as _harness  # type: ignore
    from blindkit.draw import A4, Layout, box_chars, lines_of, register_fonts, sw, wrap  # type: ignore
    from blindkit.keys import check_count, check_crossings, check_lengths, entry  # type: ignore
    from blindkit.markup import XML_HEAD, hesc  # type: ignore
    from blindkit.pdfread import label_at, pdf_pages, words_of  # type: ignore
    from blindkit.wordml import W_NS, WNS, docx_parts, field, w_cell, wp, wr  # type: ignore
    from blindkit.wordread import word_numbers  # type: ignore

    _text = _harness.load(__file__, "blind63_text", "text.py")
else:
    from ..blindkit import harness as _harness
    from ..blindkit.draw import A4, Layout, box_chars, lines_of, register_fonts, sw, wrap
    from ..blindkit.keys import check_count, check_crossings, check_lengths, entry
    from ..blindkit.markup import XML_HEAD, hesc
    from ..blindkit.pdfread import label_at, pdf_pages, words_of
    from ..blindkit.wordml import W_NS, WNS, docx_parts, field, w_cell, wp, wr
    from ..blindkit.wordread import word_numbers
    from . import text as _text

ParaMaker, norm, contains_seq = _text.ParaMaker, _text.norm, _text.contains_seq
FICT, INVENTED = _text.FICT, _text.INVENTED
A, AB, AI, ABI = "ArialMT", "Arial-BoldMT", "Arial-ItalicMT", "Arial-BoldItalicMT"
T1_FACES = {A: "_a______", AB: "_ab_____", AI: "_ai_____", ABI: "_abi____"}
NAVY, TEAL, GREY, BLACK, WHITE = (0.09, 0.16, 0.33), (0.0, 0.42, 0.45), (0.4, 0.4, 0.4), (0, 0, 0), (1, 1, 1)
PALE = (0.94, 0.95, 0.96)


def canvas_info(title, author, creator, producer):
    return {"Title": title, "Author": author, "Subject": FICT, "Creator": creator, "Producer": producer}


def line_words(chars):
    from pdfplumber.utils import extract_words
    return extract_words(chars, x_tolerance=1)


# --------------------------------------------------------------------------
# 1. actionplan.pdf: a SAR's multi-agency action plan kept in Excel and exported to PDF
# --------------------------------------------------------------------------
AP_PAGE = (A4[1], A4[0])  # landscape
AP_L, AP_TOP, AP_BOT = 24.0, 556.0, 42.0
AP_W = [24, 36, 232, 34, 166, 84, 40, 38, 38, 102]  # the columns' widths in points (794 in all)
AP_X = [AP_L + sum(AP_W[:k]) for k in range(len(AP_W) + 1)]
AP_R = AP_X[-1]
AP_SIZE, AP_LEAD, AP_PAD = 7.5, 9.0, 2.5
AP_AMBER = ["60%", "25%", "40%", "75%", "50%"]
GRID = (0.62, 0.62, 0.62)
HEAD_FILL = (0.12, 0.31, 0.47)
RIGHT_COLS = (6, 8)  # Excel's numbers and dates stand at the right of their cells


def ap_cell_lines(col, s, font=A):
    if not s:
        return []
    return lines_of(s, AP_W[col] - 2 * AP_PAD, font, AP_SIZE)


def ap_header(lay, top):
    """The print-titles row (the grid's header), repeated at the top of the table on every page."""
    heads = [ap_cell_lines(k, s, AB) for k, s in enumerate(_text.AP_COLS)]
    h = max(len(x) for x in heads) * AP_LEAD + 2 * AP_PAD
    lay.rect(AP_L, top - h, AP_R - AP_L, h, HEAD_FILL)
    for k, rows in enumerate(heads):
        for j, ln in enumerate(rows):
            lay.text(AP_X[k] + AP_PAD, top - AP_PAD - AP_SIZE - j * AP_LEAD + 0.8, ln, AB, AP_SIZE, WHITE)
    for x in AP_X:
        lay.line(x, top, x, top - h, 0.5, GRID)
    lay.line(AP_L, top, AP_R, top, 0.5, GRID)
    lay.line(AP_L, top - h, AP_R, top - h, 0.5, GRID)
    return top - h


def ap_rows(pm, texts):
    """The grid's rows: [(group index, label or None, [cell strings])], one per action; the review's number and text
    in the first row of each group only."""
    rows, amber = [], 0
    for g, (label, n_words, actions) in enumerate(_text.AP_PLAN):
        t = pm.make(n_words, "adult")
        texts[label] = t
        for j, (no, action, lead, due, rag, update) in enumerate(actions):
            if rag == "Amber":
                pct = AP_AMBER[amber % len(AP_AMBER)]
                amber += 1
            else:
                pct = _text.AP_PROGRESS[rag]
            first = j == 0
            rows.append((g, label if first else None, [str(g + 1) if first else "", label if first else "",
                                                        t if first else "", no, action, _text.AP_LEADS[lead], due,
                                                        rag, pct, update]))
    return rows


def make_actionplan(out, pm):
    path = out / "actionplan.pdf"
    register_fonts(T1_FACES)
    lay = Layout(AP_PAGE)
    lay.font = A
    texts, placed, action_at = {}, {}, {}
    rows = ap_rows(pm, texts)
    w, h = AP_PAGE
    lay.new_page()
    # the sheet's own title rows and the RAG key, above the print titles on page 1 only
    y = AP_TOP
    lay.text(AP_L + AP_PAD, y - 12, _text.AP_BOARD, AB, 12, NAVY)
    lay.text(AP_L + AP_PAD, y - 27, _text.AP_TITLE, AB, 10.5, BLACK)
    lay.text(AP_L + AP_PAD, y - 40, _text.AP_VERSION, A, AP_SIZE + 0.5, BLACK)
    lay.text(AP_L + AP_PAD, y - 52, f"{FICT}. {INVENTED}", AI, AP_SIZE, GREY)
    x = AP_L + AP_PAD
    ky = y - 68
    lay.text(x, ky, _text.AP_KEY_HEAD, AB, AP_SIZE, BLACK)
    x += 40
    for name, (say, fill) in _text.AP_RAG.items():
        lay.rect(x, ky - 3, 36, 11, fill)
        lay.text(x + 3, ky, name, AB, AP_SIZE, BLACK)
        lay.text(x + 40, ky, say, A, AP_SIZE, BLACK)
        x += 46 + sw(say, A, AP_SIZE) + 14
    y = ap_header(lay, y - 80)
    pages_of = {}
    for g, label, cells in rows:
        lines = [ap_cell_lines(k, s) for k, s in enumerate(cells)]
        rh = max(len(x) for x in lines) * AP_LEAD + 2 * AP_PAD
        if y - rh < AP_BOT:  # Excel never splits a row: the whole row goes over, under the print titles again
            lay.new_page()
            y = ap_header(lay, AP_TOP)
        pg = lay.n
        pages_of.setdefault(g, []).append(pg)
        rag = cells[7]
        lay.rect(AP_X[7], y - rh, AP_W[7], rh, _text.AP_RAG[rag][1])
        base = y - AP_PAD - AP_SIZE + 0.8
        for k, cell in enumerate(lines):
            for j, ln in enumerate(cell):
                x = AP_X[k + 1] - AP_PAD - sw(ln, A, AP_SIZE) if k in RIGHT_COLS else AP_X[k] + AP_PAD
                lay.text(x, base - j * AP_LEAD, ln, A, AP_SIZE, BLACK)
        if label:
            placed[label] = (pg, AP_X[1] + AP_PAD, base)
        action_at[cells[3]] = (pg, AP_X[3] + AP_PAD, base)
        for x in AP_X:
            lay.line(x, y, x, y - rh, 0.5, GRID)
        lay.line(AP_L, y - rh, AP_R, y - rh, 0.5, GRID)
        y -= rh
    # the second sheet, printed after the first: a summary of the actions by RAG rating
    lay.new_page()
    counts = {name: sum(1 for _g, _l, c in rows if c[7] == name) for name in _text.AP_RAG}
    total = sum(counts.values())
    y = AP_TOP
    lay.text(AP_L + AP_PAD, y - 14, _text.AP_SUMMARY_HEAD, AB, 12, NAVY)
    y -= 30
    cw = [150, 60, 70]
    sx = [AP_L + sum(cw[:k]) for k in range(4)]
    summary = [_text.AP_SUMMARY_COLS] + [[f"{name} \u2013 {say}", str(counts[name]),
                                          f"{round(100 * counts[name] / total)}%"]
                                         for name, (say, _f) in _text.AP_RAG.items()] + [["Total", str(total), "100%"]]
    for r, cells in enumerate(summary):
        rh = AP_LEAD + 2 * AP_PAD + 2
        if r == 0:
            lay.rect(sx[0], y - rh, sx[-1] - sx[0], rh, HEAD_FILL)
        for k, s in enumerate(cells):
            font = AB if r in (0, len(summary) - 1) else A
            x = sx[k + 1] - AP_PAD - sw(s, font, AP_SIZE) if k and r else sx[k] + AP_PAD
            lay.text(x, y - AP_PAD - AP_SIZE, s, font, AP_SIZE, WHITE if r == 0 else BLACK)
        for x in sx:
            lay.line(x, y, x, y - rh, 0.5, GRID)
        lay.line(sx[0], y, sx[-1], y, 0.5, GRID)
        lay.line(sx[0], y - rh, sx[-1], y - rh, 0.5, GRID)
        y -= rh
    lay.text(AP_L + AP_PAD, y - 16, _text.AP_SUMMARY_NOTE, AI, AP_SIZE, GREY)
    n = lay.n
    for k in range(1, n + 1):  # Excel's header and footer: &A centre, OFFICIAL right; &F left, Page &P of &N centre
        sheet = _text.AP_SHEETS[1] if k == n else _text.AP_SHEETS[0]
        lay.text((w - sw(sheet, A, 9)) / 2, h - 22, sheet, A, 9, BLACK, page=k)
        lay.text(w - AP_L - sw(_text.AP_MARK, AB, 9), h - 22, _text.AP_MARK, AB, 9, BLACK, page=k)
        lay.text(AP_L, 20, _text.AP_FILE, A, 8, BLACK, page=k)
        foot = f"Page {k} of {n}"
        lay.text((w - sw(foot, A, 9)) / 2, 20, foot, A, 9, BLACK, page=k)
    lay.render(path, canvas_info("SAR Mrs E action plan v4", "Harlowmere SAB business unit",
                                 "Microsoft\u00ae Excel\u00ae for Microsoft 365",
                                 "Microsoft\u00ae Excel\u00ae for Microsoft 365"))
    order = [g[0] for g in _text.AP_PLAN]
    result = [entry(lab, placed[lab][0], texts[lab]) for lab in order]
    over = [_text.AP_PLAN[g][0] for g, pgs in pages_of.items() if len(set(pgs)) > 1]
    if not over:
        raise AssertionError("actionplan.pdf: no group's actions go over a page")
    check_lengths(path.name, list(texts.values()))
    check_count(path.name, result, 12, 20)
    check_actionplan(path, result, texts, placed, action_at, n)
    return {
        "note": ("A SAFEGUARDING ADULTS REVIEW'S MULTI-AGENCY ACTION PLAN, KEPT IN EXCEL AND EXPORTED TO PDF "
                 f"('Microsoft Excel for Microsoft 365'; {n} landscape A4 pages, gridlines printed). Excel's header "
                 "'Action plan' (the sheet's name) and 'OFFICIAL', its footer 'SAR Mrs E action plan v4.xlsx' and "
                 "'Page 1 of N'. Page 1 opens with the sheet's title rows (board, title, 'Version 4 \u00b7 updated "
                 "14.01.26 ...', the FICTIONAL line) and a RAG key of filled cells; then the grid, TEN COLUMNS: Rec | "
                 "Review para | Finding / recommendation (wording of the review) | Action no. | Action | Lead | Due | "
                 "RAG | Progress | Update (January 2026), its navy HEADER ROW REPEATED AT THE TOP OF EVERY PAGE (print "
                 "titles). ONE ROW PER ACTION: each of the review's paragraphs is typed in the first row of its group "
                 "only, its number in the narrow 'Review para' column to its left, the rows of its later actions "
                 "left empty in the first three columns. Not paragraph numbers: THE REC NUMBERS 1-13 IN THE LEFTMOST "
                 "COLUMN, THE ACTION NUMBERS in their own column ('1.1', '1.2a', '1.2b', '2.1' ... '13.2'; '5.1', "
                 "'5.2', '6.1', '6.2', '7.1' are the same as the review's own numbers 5.2, 6.1 and 7.1), dates "
                 "'31.03.26' right-aligned, RAG cells filled red, amber, green or blue with their names, progress "
                 "'60%' right-aligned; the Update column (one cell OPENS '6.3 and 6.4 are being delivered together "
                 "...', beside 6.4's action). Excel never splits a row: a row that does not fit goes whole to the next "
                 f"page, so the actions of {', '.join(over)} carry on over a page break under the repeated header with "
                 "empty review cells. The review's numbers skip (5.2, 5.4, 5.5, 5.7, 6.1 ...) and 6.10 follows 6.9. "
                 "The last page is the workbook's second sheet, 'Summary': a table of RAG ratings, counts and "
                 "percentages. Not paragraphs: everything but the review's paragraphs in the third column. Pages: "
                 "physical (the page of the group's first row)."),
        "paragraphs": result,
    }


def check_actionplan(path, result, texts, placed, action_at, n):
    """pdfplumber: every review paragraph read back whole from the third column's characters on its page, its number
    drawn where placed in the second column; the action numbers where drawn; the header row on every page of the
    grid; the update cell opening '6.3 and 6.4'; nothing of the review on the summary page."""
    pages = pdf_pages(path)
    h = AP_PAGE[1]
    for d in result:
        pg, x, y = placed[d["label"]]
        col = words_of(box_chars(pages[pg - 1], AP_X[2], AP_BOT, AP_X[3], h, h))
        if not contains_seq(col, norm(texts[d["label"]])):
            raise AssertionError(f"actionplan.pdf: {d['label']} not read back from its cell")
        label_at(pages[pg - 1], x, y, d["label"], path.name)
    for no, (pg, x, y) in action_at.items():
        label_at(pages[pg - 1], x, y, no, path.name)
    for k in range(n - 1):
        if not contains_seq(words_of(box_chars(pages[k], AP_X[2], AP_BOT, AP_X[3], h, h)), norm(_text.AP_COLS[2])):
            raise AssertionError(f"actionplan.pdf: header row on page {k + 1}")
    starts = [wd["text"] for chars in pages for wd in line_words(chars) if abs(wd["x0"] - AP_X[9] - AP_PAD) < 0.05]
    if "6.3" not in starts or any(contains_seq(words_of(pages[-1]), norm(d["starts_with"])) for d in result):
        raise AssertionError(f"actionplan.pdf: update column {starts[:5]} or summary page")


# --------------------------------------------------------------------------
# 2. response.docx: an NHS trust's management response to a CSPR, in Word
# --------------------------------------------------------------------------
MR_STYLES = XML_HEAD + (
    f'<w:styles {WNS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" '
    'w:eastAsia="Arial" w:cs="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB" w:eastAsia="en-US" '
    'w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="264" '
    'w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next '
    'w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:color w:val="005EB8"/>'
    '<w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next '
    'w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="360" w:after="160"/><w:outlineLvl '
    'w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="005EB8"/><w:sz w:val="30"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next '
    'w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl '
    'w:val="1"/></w:pPr><w:rPr><w:b/><w:color w:val="003087"/><w:sz w:val="24"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="ReviewQuote"><w:name w:val="Review quote"/>'
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:pBdr><w:left w:val="single" '
    'w:sz="18" w:space="6" w:color="768692"/></w:pBdr><w:shd w:val="clear" w:color="auto" w:fill="E8EDEE"/>'
    '<w:tabs><w:tab w:val="left" w:pos="1134"/></w:tabs><w:spacing w:before="120" w:after="200"/><w:ind '
    'w:left="1134" w:right="567" w:hanging="567"/></w:pPr><w:rPr><w:i/><w:color w:val="425563"/><w:sz w:val="21"/>'
    '<w:szCs w:val="21"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="ResponsePara"><w:name w:val="Response paragraph"/>'
    '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="120"/><w:ind w:left="720" '
    'w:hanging="720"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn '
    'w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="1080"/><w:contextualSpacing/>'
    '</w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr>'
    '<w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0" '
    'w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:color w:val="7F7F7F"/><w:sz w:val="16"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Header"/></w:style>'
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph '
    'Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd '
    'w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom '
    'w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
    '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>'
    '<w:pPr><w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders>'
    + "".join(f'<w:{b} w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>'
              for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
    + '</w:tblBorders></w:tblPr></w:style></w:styles>')


def w_lvl(ilvl, fmt, text, left, hanging, rpr="", font=None):
    rfonts = f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:hint="default"/>' if font else ""
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
            f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr>'
            f'{f"<w:rPr>{rfonts}{rpr}</w:rPr>" if rpr or rfonts else ""}</w:lvl>')


MR_NUMBERING = XML_HEAD + (
    f'<w:numbering {WNS}>'
    '<w:abstractNum w:abstractNumId="0"><w:nsid w:val="5C0E2A11"/><w:multiLevelType w:val="multilevel"/>'
    + w_lvl(0, "decimal", "%1.", 567, 567, '<w:b/><w:color w:val="005EB8"/>')
    + w_lvl(1, "decimal", "%1.%2", 720, 720) + '</w:abstractNum>'
    '<w:abstractNum w:abstractNumId="1"><w:nsid w:val="5C0E2A12"/><w:multiLevelType w:val="hybridMultilevel"/>'
    + w_lvl(0, "bullet", "\uf0b7", 1080, 360, "", "Symbol") + '</w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
    '</w:numbering>')


def w_num(num_id, ilvl=0):
    return f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'


def w_table(rows, grid, style="TableGrid", header=False):
    head = '<w:trPr><w:tblHeader/></w:trPr>' if header else ""
    return (f'<w:tbl><w:tblPr><w:tblStyle w:val="{style}"/><w:tblW w:w="{sum(grid)}" w:type="dxa"/>'
            '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" '
            'w:noVBand="1"/></w:tblPr><w:tblGrid>' + "".join(f'<w:gridCol w:w="{g}"/>' for g in grid)
            + "</w:tblGrid>" + "".join(f"<w:tr>{head if k == 0 else ''}{r}</w:tr>" for k, r in enumerate(rows))
            + "</w:tbl>")


def make_response(out, pm):
    path = out / "response.docx"
    result, texts, body = [], {}, []
    brk = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'
    page = 1
    bold = "<w:b/>"

    def quote(label, n_words=None):
        if label not in texts:
            texts[label] = pm.make(n_words, "child")
            result.append(entry(label, page, texts[label]))
        return wp(wr(f"{label}\t\u201c{texts[label]}\u201d"), "ReviewQuote")

    def items(its):
        out = []
        for head, say, bullets in its:
            out.append(wp(wr(f"{head}: ", bold) + wr(say), "ResponsePara", w_num(1, 1)))
            out += [wp(wr(b), "ListParagraph", w_num(2)) for b in bullets]
        return out

    body += [wp(wr(_text.MR_TRUST, '<w:b/><w:color w:val="005EB8"/>'), None, '<w:jc w:val="right"/>'),
             wp(wr(_text.MR_TITLE), "Title"),
             wp(wr(f"Review commissioned by the {_text.MR_PARTNERSHIP}"), None),
             wp(wr(f"{FICT}. {INVENTED}", '<w:i/><w:color w:val="595959"/><w:sz w:val="18"/>'))]
    rows = [w_cell(wp(wr(k, bold)), 2600, "E8EDEE") + w_cell(wp(wr(v)), 6426) for k, v in _text.MR_CONTROL]
    body.append(w_table(rows, [2600, 6426]))
    body.append(wp(wr(_text.MR_INTRO_HEAD), "Heading1", w_num(1)))
    body += [wp(wr(t), "ResponsePara", w_num(1, 1)) for t in _text.MR_INTRO]
    body.append(brk)
    page += 1
    body.append(wp(wr(_text.MR_FINDINGS_HEAD), "Heading1", w_num(1)))
    for head, quotes in _text.MR_FINDINGS:
        body.append(wp(wr(head), "Heading2"))
        for label, n_words, its in quotes:
            body.append(quote(label, n_words))
            body += items(its)
    body.append(brk)
    page += 1
    body.append(wp(wr(_text.MR_RECS_HEAD), "Heading1", w_num(1)))
    again, repeated = _text.MR_REPEAT
    for head, label, n_words, its in _text.MR_RECS:
        body.append(wp(wr(head), "Heading2"))
        body.append(quote(label, n_words))
        if label == again:
            body.append(wp(wr(_text.MR_REPEAT_LEAD), "ResponsePara", w_num(1, 1)))
            body.append(quote(repeated))
        body += items(its)
    body.append(brk)
    page += 1
    body.append(wp(wr(_text.MR_APPENDIX_HEAD), "Heading1"))
    lead = {"3": "Named Nurse", "4": "Head of Health Visiting", "6": "Named Nurse"}
    fills = {"Green": "C6E0B4", "Amber": "FFE699", "Red": "F4B183"}
    rows = ["".join(w_cell(wp(wr(h, bold)), wd, "D9E2F3") for h, wd in
                    zip(_text.MR_APPENDIX_COLS, (1500, 2400, 3426, 1700), strict=True))]
    for k, d in enumerate(result):
        part = "Accepted in part" if d["label"] == "3.5" else "Accepted"
        rag = "Green" if k % 3 == 0 else ("Amber" if k % 3 == 1 else "Red")
        rows.append(w_cell(wp(wr(d["label"])), 1500) + w_cell(wp(wr(part)), 2400)
                    + w_cell(wp(wr(lead[d["label"][0]])), 3426) + w_cell(wp(wr(rag)), 1700, fills[rag]))
    body.append(w_table(rows, [1500, 2400, 3426, 1700], header=True))
    body.append(wp(wr(_text.MR_APPENDIX_NOTE, '<w:i/><w:sz w:val="18"/>'), None, '<w:spacing w:before="120"/>'))
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rId8"/><w:footerReference w:type="default" '
            'r:id="rId9"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" '
            'w:left="1440" w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/><w:docGrid '
            'w:linePitch="360"/></w:sectPr>')
    doc = f"{XML_HEAD}<w:document {WNS}><w:body>{''.join(body)}{sect}</w:body></w:document>"
    header = f"{XML_HEAD}<w:hdr {WNS}>" + wp(wr(_text.MR_HEADER), "Header") + "</w:hdr>"
    footer = (f"{XML_HEAD}<w:ftr {WNS}>" + wp(wr("Page ") + field("PAGE", "1") + wr(" of ") + field("NUMPAGES", "6"),
                                              "Footer", '<w:jc w:val="center"/>') + "</w:ftr>")
    docx_parts(path, doc, MR_STYLES, MR_NUMBERING, header, footer, "Management response - CSPR Child P",
               "Named Nurse Safeguarding Children", (2026, 2, 9, 11, 26, 0), 6,
               sum(len(t.split()) for t in texts.values()) + 1100,
               subject=FICT, total_time=187, revision=12, created="2025-12-01T09:15:00Z")
    check_lengths(path.name, list(texts.values()))
    check_count(path.name, result, 10, 20)
    check_response(path, result, texts)
    return {
        "note": ("AN NHS TRUST'S MANAGEMENT RESPONSE TO A CHILD SAFEGUARDING PRACTICE REVIEW (Word; 4 pages by "
                 "explicit page breaks): the trust's name, the title, 'Review commissioned by ...', the FICTIONAL "
                 "line and a DOCUMENT CONTROL TABLE ('Version | 1.2', 'Approved by | Safeguarding Assurance Committee, "
                 "28.01.26'); then THE TRUST'S OWN DOCUMENT, NUMBERED BY WORD from one multilevel list: Heading 1 '1. "
                 "Introduction' with paragraphs '1.1' to '1.3' (a '%1.%2' level, 720 twips hanging), '2. Response to "
                 "the review's findings' with items '2.1' to '2.12', '3. Response to the review's recommendations' "
                 "with '3.1' to '3.7' \u2013 each item a run-in bold 'Response:', 'Evidence:' or 'Further action:' "
                 "and the trust's words, some followed by bulleted evidence; THE TRUST'S NUMBERS HAVE THE REVIEW'S "
                 "SHAPE AND SOME ARE THE REVIEW'S OWN NUMBERS (its 3.4, 3.5 and 3.7 are responses, the review's 3.4, "
                 "3.5 and 3.7 are quoted). THE REVIEW'S PARAGRAPHS are quoted in full in a shaded, indented 'Review "
                 "quote' style (italic, grey rule at the left, 567 twips hanging), typed '3.4<TAB>\u201cThe "
                 "...\u201d' (the text inside curly quotation marks), under unnumbered Heading 2s 'Finding 1: "
                 "Information sharing at the front door' ... and 'Recommendation 1', 'Recommendation 2', "
                 "'Recommendation 4'. Under recommendation 2, after the quotation of 6.2, the item '3.3 "
                 "Recommendation 2 rests on the review's finding in paragraph 4.5, which is repeated here for ease "
                 "of reference:' and 4.5 QUOTED A SECOND TIME, word for word, on page 3: THE KEY MEANS ITS FIRST "
                 "OCCURRENCE, on page 2, and holds it once. Page 4: 'Appendix A: Summary of the trust's position', a "
                 "table whose first column holds the review's numbers alone ('4.5 | Accepted | Head of Health "
                 "Visiting | Amber'). Header 'OFFICIAL \u2013 ... (FICTIONAL)', footer 'Page N of M' fields. Not "
                 "paragraphs: everything but the quotations (the control table, the trust's numbered paragraphs and "
                 "items, headings, bullets, the appendix). page = 1 + the page breaks before the quotation."),
        "paragraphs": result,
    }


def check_response(path, result, texts):
    """python-docx: the body's paragraphs and table cells in order, pages from the page breaks; the 'ReviewQuote'
    paragraphs are the review's number, a tab and the text in curly quotes; their first occurrences are the key, 4.5
    occurs twice; Word's numbers (worked out from numbering.xml) for the trust's own paragraphs include numbers that
    are the review's too; the appendix's first column holds the key's numbers."""
    import zipfile

    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    from lxml import etree
    d = docx.Document(str(path))

    def walk(parent, elements):
        for el in elements:
            if el.tag == f"{{{W_NS}}}p":
                yield Paragraph(el, parent)
            elif el.tag == f"{{{W_NS}}}tbl":
                for row in Table(el, parent).rows:
                    for cell in row.cells:
                        yield from walk(cell, cell._tc.iterchildren())

    quotes, page = [], 1
    for p in walk(d, d.element.body.iterchildren()):
        if any(b.get(f"{{{W_NS}}}type") == "page" for b in p._p.iter(f"{{{W_NS}}}br")):
            page += 1
            continue
        if p.style is not None and p.style.style_id == "ReviewQuote":
            m = re.fullmatch(r"(\d+\.\d+)\t\u201c(.+)\u201d", p.text, re.S)
            quotes.append([m.group(1), page, m.group(2)])
    firsts = [q for k, q in enumerate(quotes) if q[0] not in [r[0] for r in quotes[:k]]]
    if firsts != [[r["label"], r["page"], texts[r["label"]]] for r in result]:
        raise AssertionError(f"response.docx: read back {[q[:2] for q in quotes]}")
    again = [q for q in quotes if q[0] == _text.MR_REPEAT[1]]
    if len(again) != 2 or again[0][2] != again[1][2] or again[1][1] != 3:
        raise AssertionError("response.docx: the repeated quotation")
    z = zipfile.ZipFile(path)
    nums = [s for _p, s in word_numbers(z.read("word/numbering.xml").decode("utf-8"),
                                        etree.fromstring(z.read("word/document.xml"))) if s and "." in s[:-1]]
    labels = {r["label"] for r in result}
    if not {"1.1", "2.1", "3.1", "3.4"} <= set(nums) or len(labels & set(nums)) < 3:
        raise AssertionError(f"response.docx: the trust's numbers {nums}")
    appendix = [row.cells[0].text for row in d.tables[-1].rows][1:]
    if appendix != [r["label"] for r in result]:
        raise AssertionError("response.docx: appendix")


# --------------------------------------------------------------------------
# 3. letter.pdf: a minister's response letter to a thematic review, the review's paragraphs quoted in blocks
# --------------------------------------------------------------------------
ML_L, ML_R, ML_TEXT, ML_Q, ML_QR = 72.0, 523.0, 96.0, 120.0, 499.0
ML_QT = ML_Q + 26  # a numbered quotation's text, hanging after its number
ML_TOP, ML_BOT = 764.0, 84.0
ML_SIZE, ML_LEAD, ML_QSIZE, ML_QLEAD = 10.5, 14.0, 10.0, 13.0
ML_TSIZE, ML_TLEAD, ML_TPAD = 9.0, 11.6, 4.0
ML_TX = [ML_L, 300.0, ML_R]
ML_WORDS = {"4.2": 56, "4.5": 60, "4.6": 62, "4.8": 118, "5.1": 58, "5.6": 64}  # 4.8 runs over the first page break


class KeepFlow:
    """Rows (gap, lead, draw(page, baseline), keep) poured down pages; a row with keep stays on the page of the row
    after it."""

    def __init__(self, lay, top_of, bottom, new_page, first_top):
        self.lay, self.top_of, self.bottom, self.new_page = lay, top_of, bottom, new_page
        self.cur, self.fresh = first_top, False

    def place(self, rows):
        out, k = [], 0
        while k < len(rows):
            j, need = k, 0.0
            while True:  # the chain of rows kept with this one
                need += (0.0 if self.fresh and j == k else rows[j][0]) + rows[j][1]
                if not rows[j][3] or j == len(rows) - 1:
                    break
                j += 1
            if self.cur - need < self.bottom and not self.fresh:
                self.new_page()
                self.cur, self.fresh = self.top_of(self.lay.n), True
            gap, lead, draw, _keep = rows[k]
            g = 0.0 if self.fresh else gap
            base = self.cur - g - lead * 0.78
            draw(self.lay.n, base)
            out.append((self.lay.n, base))
            self.cur -= g + lead
            self.fresh = False
            k += 1
        return out


def ml_text_rows(lay, t, x, right, font, size, lead, gap, number=None, num_x=None, num_font=None, keep_last=False):
    lines = lines_of(t, right - x, font, size)
    rows = []
    for k, ln in enumerate(lines):
        def draw(pg, base, ln=ln, first=k == 0):
            lay.text(x, base, ln, font, size, BLACK, page=pg)
            if first and number:
                lay.text(num_x, base, number, num_font or font, size, BLACK, page=pg)
        last = k == len(lines) - 1
        keep = (k == 0 and len(lines) > 1) or k == len(lines) - 2 or (last and keep_last)
        rows.append((gap if k == 0 else 0.0, lead, draw, keep))
    return rows, lines


def ml_wrapped_point(text):
    """The point whose line must begin with the review's numbers "5.3 and 5.4": the first filler word that wraps so."""
    for filler in _text.ML_WRAP_FILLERS:
        t = text.replace("{wrap} ", f"{filler} " if filler else "")
        if any(ln.startswith("5.3 and 5.4") for ln in lines_of(t, ML_R - ML_TEXT, A, ML_SIZE)):
            return t
    raise AssertionError("letter.pdf: no filler wraps a line to begin with 5.3")


def ml_letterhead(lay):
    lay.add(("C", ML_L + 22, 774, 22, NAVY))
    lay.text(ML_L + 22 - sw("DCAC", AB, 8) / 2, 771, "DCAC", AB, 8, WHITE)
    lay.text(ML_L + 54, 780, _text.ML_DEPT, AB, 13, NAVY)
    lay.text(ML_L + 54, 764, _text.ML_MINISTER, AB, 10, BLACK)
    lay.text(ML_L + 54, 751, _text.ML_ROLE, A, 10, BLACK)
    for k, ln in enumerate(_text.ML_HEAD_LINES):
        lay.text(ML_R - sw(ln, A, 8.5), 782 - 11 * k, ln, A, 8.5, GREY)
    lay.line(ML_L, 716, ML_R, 716, 0.8, NAVY)
    y = 690
    for k, ln in enumerate(_text.ML_TO):
        lay.text(ML_L, y - 13 * k, ln, A, 10, BLACK)
    for k, (lab, val) in enumerate(_text.ML_REFS):
        lay.text(380, y - 13 * k, lab, A, 9, GREY)
        lay.text(430, y - 13 * k, val, A, 9, BLACK)
    lay.text(380, y - 13 * 2, _text.ML_DATE, A, 9, BLACK)
    lay.text(ML_L, y - 13 * len(_text.ML_TO) - 18, _text.ML_DEAR, A, ML_SIZE, BLACK)
    lay.text(ML_L, y - 13 * len(_text.ML_TO) - 40, _text.ML_SUBJECT, AB, ML_SIZE, BLACK)
    return y - 13 * len(_text.ML_TO) - 50


def make_letter(out, pm):
    path = out / "letter.pdf"
    register_fonts(T1_FACES)
    lay = Layout(A4)
    lay.font = A
    texts, placed, ends, order = {}, {}, {}, []
    lay.new_page()
    first_top = ml_letterhead(lay)

    def new_page():
        lay.new_page()

    flow = KeepFlow(lay, lambda n: ML_TOP, ML_BOT, new_page, first_top)
    wrapped = None
    for k, point in enumerate(_text.ML_POINTS, 1):
        rows = []
        marks = []  # (row index, label) for each quotation's first and last rows
        for j, item in enumerate(point):
            nxt = point[j + 1] if j + 1 < len(point) else None
            if item[0] == "P":
                t = item[1]
                if "{wrap}" in t:
                    t = wrapped = ml_wrapped_point(t)
                r, _ = ml_text_rows(lay, t, ML_TEXT, ML_R, A, ML_SIZE, ML_LEAD, 4.0 if rows else 9.0,
                                    f"{k}." if not rows else None, ML_L, keep_last=nxt is not None)
                rows += r
            else:
                _, labels, numbered = item
                for q, label in enumerate(labels):
                    t = pm.make(ML_WORDS[label], "adult")
                    texts[label] = t
                    order.append(label)
                    if numbered:
                        r, _ = ml_text_rows(lay, t, ML_QT, ML_QR, AI, ML_QSIZE, ML_QLEAD, 7.0, label, ML_Q)
                    else:
                        r, _ = ml_text_rows(lay, t, ML_Q, ML_QR, AI, ML_QSIZE, ML_QLEAD, 7.0)
                    marks.append((len(rows), len(rows) + len(r) - 1, label))
                    if q == 0 and rows:  # the lead-in's last line stays with the quotation's first lines
                        rows[-1] = (*rows[-1][:3], True)
                    rows += r
        got = flow.place(rows)
        for a, b, label in marks:
            pg, base = got[a]
            placed[label] = (pg, ML_Q, base)
            ends[label] = got[b][0]
    # the close, the signature and the copy list
    close = [(14.0, ML_LEAD, lambda pg, b: lay.text(ML_L, b, _text.ML_CLOSE, A, ML_SIZE, BLACK, page=pg), True)]

    def sign(pg, b):
        pts = [(0, 0), (10, 14), (18, -4), (30, 12), (40, -2), (52, 10), (66, 0), (90, 6)]
        for (x1, y1), (x2, y2) in itertools.pairwise(pts):
            lay.line(ML_L + 8 + x1, b + y1, ML_L + 8 + x2, b + y2, 1.1, NAVY, page=pg)
    close.append((6.0, 34.0, sign, True))
    for j, ln in enumerate(_text.ML_SIGN):
        close.append((0.0, ML_LEAD, lambda pg, b, ln=ln, j=j: lay.text(ML_L, b, ln, AB if j == 0 else A, ML_SIZE,
                                                                       BLACK, page=pg), True))
    for j, ln in enumerate(_text.ML_CC):
        close.append((10.0 if j == 0 else 0.0, 12.0,
                      lambda pg, b, ln=ln, j=j: lay.text(ML_L + (30 if j else 0), b, ln, A, 9, BLACK, page=pg),
                      j < len(_text.ML_CC) - 1))
    flow.place(close)
    letter_pages = lay.n
    # the annex: a ruled two-column table, its header row repeated, rows breaking across pages
    lay.new_page()
    lay.text(ML_L, ML_TOP - 10, _text.ML_ANNEX_HEAD, AB, 12, NAVY)
    annex_top = ML_TOP - 24

    def t_header(y):
        h = ML_TLEAD + 2 * ML_TPAD
        lay.rect(ML_L, y - h, ML_R - ML_L, h, NAVY)
        for x, s in zip(ML_TX, _text.ML_ANNEX_COLS, strict=False):
            lay.text(x + ML_TPAD, y - ML_TPAD - ML_TSIZE + 0.5, s, AB, ML_TSIZE, WHITE)
        for x in ML_TX:
            lay.line(x, y, x, y - h, 0.5, GREY)
        lay.line(ML_L, y, ML_R, y, 0.5, GREY)
        return y - h

    def t_frame(top, bottom):
        for x in ML_TX:
            lay.line(x, top, x, bottom, 0.5, GREY)
        lay.line(ML_L, bottom, ML_R, bottom, 0.5, GREY)

    y = t_header(annex_top)
    tx_num, tx_text = ML_TX[0] + ML_TPAD, ML_TX[0] + ML_TPAD + 24
    for label, n_words, reply in _text.ML_ANNEX:
        t = pm.make(n_words, "adult")
        texts[label] = t
        order.append(label)
        left = lines_of(t, ML_TX[1] - ML_TPAD - tx_text, A, ML_TSIZE)
        right = lines_of(reply, ML_TX[2] - ML_TX[1] - 2 * ML_TPAD, A, ML_TSIZE)
        top = y
        base = y - ML_TPAD - ML_TSIZE * 0.8
        if base - ML_TLEAD < ML_BOT:
            lay.new_page()
            top = y = t_header(ML_TOP)
            base = y - ML_TPAD - ML_TSIZE * 0.8
        for j in range(max(len(left), len(right))):
            if base - 3 < ML_BOT:  # Word lets a row break across pages: the rest under the repeated header
                t_frame(top, base + ML_TLEAD - 3)
                lay.new_page()
                top = t_header(ML_TOP)
                base = top - ML_TPAD - ML_TSIZE * 0.8
            if j == 0:
                lay.text(tx_num, base, label, AB, ML_TSIZE, BLACK)
                placed[label] = (lay.n, tx_num, base)
            if j < len(left):
                lay.text(tx_text, base, left[j], A, ML_TSIZE, BLACK)
                ends[label] = lay.n
            if j < len(right):
                lay.text(ML_TX[1] + ML_TPAD, base, right[j], A, ML_TSIZE, BLACK)
            base -= ML_TLEAD
        y = base + ML_TLEAD - ML_TSIZE * 0.2 - ML_TPAD - 2
        t_frame(top, y)
    n = lay.n
    for k in range(1, n + 1):
        if k > 1:
            cont = _text.ML_CONT.format(k=k)
            lay.text(ML_L, 800, cont, A, 8.5, GREY, page=k)
        lay.text((A4[0] - sw(_text.ML_FOOT, A, 7.5)) / 2, 40, _text.ML_FOOT, A, 7.5, GREY, page=k)
    lay.render(path, canvas_info("Letter to Professor Whitlow - thematic review - self-neglect",
                                 "Ministerial Correspondence Unit", "Microsoft\u00ae Word for Microsoft 365",
                                 "Microsoft\u00ae Word for Microsoft 365"))
    result = [entry(lab, placed[lab][0], texts[lab]) for lab in order]
    check_lengths(path.name, list(texts.values()))
    check_count(path.name, result, 10, 20)
    cross = check_crossings(path.name, result, [ends[lab] for lab in order], least=2)
    check_letter(path, result, texts, placed, ends, wrapped)
    quoted_twice = [lab for lab in order if len(lab) > 1 and order.count(lab) > 1]
    if quoted_twice:
        raise AssertionError("letter.pdf: a paragraph quoted twice")
    return {
        "note": ("A MINISTER'S RESPONSE LETTER TO A THEMATIC REVIEW (Word to PDF, "
                 f"{n} pages: the letter on pages 1-{letter_pages}, its annex after): a letterhead (a navy disc "
                 "'DCAC', 'Department for Communities and Adult Care', the minister's name and office; at the right "
                 "the department's address lines '14 Carrow Square', 'Lambden LD1 4QT', telephone, e-mail and web), "
                 "a rule, the addressee's block ('Professor Anand Whitlow', ..., '2 Mercer's Row', 'Holmbridge HB3 "
                 "9LS') beside 'Our ref: MC2026/01834', 'Your ref: SARC/TR/07' and the date, 'Dear Professor "
                 "Whitlow,', a bold subject line; then THE LETTER'S OWN NUMBERED POINTS '1.' TO '9.' (numbers at the "
                 "margin, the text hanging at 24 pt): THEY ARE NOT THE REVIEW'S PARAGRAPHS. The review's paragraphs "
                 "are QUOTED IN BLOCKS indented 48 pt from the margin, in italics a half point smaller, after "
                 "lead-ins that name them: 'Paragraph 4.2 of the review says:' (4.2, 4.8, 5.1 and 5.6: THE BLOCK "
                 "HOLDS THE TEXT ONLY, the number is in the lead-in), or 'Paragraphs 4.5 and 4.6 of the review say:' "
                 "(the block prints each with its number, '4.5' then the text hanging at 26 pt); points 2, 3 and 6 "
                 "carry on in the letter's own words after the block, at the points' indent ('I agree. ...'). "
                 "Point 5 wraps so that a line BEGINS '5.3 and 5.4, and I will write to you again ...' "
                 "(paragraphs the letter names but does not quote). Pages after the first carry the continuation "
                 "line 'Professor A. Whitlow \u2013 12 March 2026 \u2013 page 2'; every page the FICTIONAL line at "
                 f"its foot. {' and '.join(cross)} run over page breaks. After 'Yours sincerely,', a drawn signature, "
                 "the name and office and a 'cc:' list, the ANNEX ('Annex A: The review's recommendations to the "
                 "Government and our response'): a ruled table of two columns under a navy header row repeated on "
                 "each page, the LEFT CELLS THE REVIEW'S RECOMMENDATIONS WITH THEIR NUMBERS (bold '6.1', the text "
                 "hanging), THE RIGHT CELLS THE GOVERNMENT'S RESPONSE ('Accepted. The Department will ...'); rows "
                 "break across pages. Not paragraphs: the letterhead, addresses, references, date, salutation, "
                 "subject, the letter's points and their numbers, lead-ins and carry-on prose, close, signature, "
                 "cc list, the annex's heading, header row and responses. The label of an unnumbered block is the "
                 "number its lead-in gives. Pages: physical (the page of the block's first line)."),
        "paragraphs": result,
    }


def check_letter(path, result, texts, placed, ends, wrapped):
    """pdfplumber: each quotation's text read back whole from the italic characters of the quotation blocks (the
    annex's from the table's left column), across a page break too; its first words on its page, its last on its
    last page; the numbers where they are printed; each unnumbered block after its lead-in; the letter's point numbers
    '1.' to '9.' at the margin; the line that begins '5.3 and 5.4'."""
    pages = pdf_pages(path)
    h = A4[1]
    annex = {lab for lab, _n, _r in _text.ML_ANNEX}
    quoted = [[c for c in chars if c["fontname"].endswith(AI)] for chars in pages]
    left = [box_chars(chars, ML_TX[0] + ML_TPAD + 20, ML_BOT - 10, ML_TX[1], ML_TOP - 20, h) for chars in pages]
    numbered = {lab for pt in _text.ML_POINTS for it in pt if it[0] == "Q" and it[2] for lab in it[1]}
    whole = [w for p in quoted for w in words_of(p)]
    whole_left = [w for p in left for w in words_of(p)]
    for d in result:
        lab = d["label"]
        pg, x, y = placed[lab]
        src = left if lab in annex else quoted
        if not contains_seq(whole_left if lab in annex else whole, norm(texts[lab])) or not contains_seq(
                words_of(src[pg - 1]), norm(d["starts_with"])) or not contains_seq(
                words_of(src[ends[lab] - 1]), norm(d["ends_with"])):
            raise AssertionError(f"letter.pdf: text of {lab}")
        if lab in annex or lab in numbered:
            label_at(pages[pg - 1], x, y, lab, path.name)
        else:
            lead = [wd for wd in line_words(pages[pg - 1]) if wd["top"] < h - y - 5]
            said = norm(" ".join(wd["text"] for wd in lead))
            if not contains_seq(said, norm(f"paragraph {lab} of the review says")):
                raise AssertionError(f"letter.pdf: lead-in of {lab}")
    margin = [wd["text"] for chars in pages for wd in line_words(chars) if abs(wd["x0"] - ML_L) < 0.05
              and re.fullmatch(r"\d\.", wd["text"])]
    starts = [wd["text"] for chars in pages for wd in line_words(chars) if abs(wd["x0"] - ML_TEXT) < 0.05]
    if margin != [f"{k}." for k in range(1, len(_text.ML_POINTS) + 1)] or "5.3" not in starts or not wrapped:
        raise AssertionError(f"letter.pdf: points {margin} or line starts")


# --------------------------------------------------------------------------
# 4. tracker.html: a DHR's recommendations tracker exported from a project system
# --------------------------------------------------------------------------
TR_CSS = """body { margin: 0; font: 14px/1.5 "Segoe UI", Roboto, Arial, sans-serif; color: #1f2933;
  background: #f4f5f7 }
.pm-topbar { display: flex; justify-content: space-between; padding: 10px 24px; background: #243b53; color: #fff }
.pm-report { max-width: 1040px; margin: 0 auto; padding: 24px }
.pm-summary { display: grid; grid-template-columns: 2fr 1fr 1fr 1fr; gap: 16px; margin-bottom: 24px }
.pm-stat { background: #fff; border-radius: 6px; padding: 16px; box-shadow: 0 1px 2px rgba(0,0,0,.1) }
.pm-stat__value { font-size: 28px; font-weight: 700 }
.pm-filters { display: flex; gap: 8px; margin-bottom: 16px }
.pm-chip { border: 1px solid #9fb3c8; border-radius: 16px; padding: 2px 12px; background: #fff }
.pm-chip[aria-pressed="true"] { background: #243b53; color: #fff }
.card { background: #fff; border-radius: 6px; margin-bottom: 16px; box-shadow: 0 1px 3px rgba(0,0,0,.12) }
.card__head { display: flex; align-items: center; gap: 12px; padding: 12px 16px; border-bottom: 1px solid #e4e7eb }
.card__ref { font-weight: 700 } .card__para { color: #52606d }
.badge { margin-left: auto; border-radius: 12px; padding: 2px 10px; font-size: 12px; font-weight: 600 }
.badge--done { background: #e3f9e5; color: #0e5814 } .badge--doing { background: #fffbea; color: #8d2b0b }
.badge--todo { background: #e4e7eb; color: #323f4b } .badge--overdue { background: #ffe3e3; color: #a61b1b }
.card__body { padding: 12px 16px } .card__text { margin: 0 0 12px; padding-left: 12px; border-left: 4px solid #829ab1 }
.progress { height: 8px; background: #e4e7eb; border-radius: 4px; overflow: hidden; flex: 1 }
.progress__fill { height: 100%; background: #3ebd93 }
.card__progress { display: flex; align-items: center; gap: 8px; margin: 8px 0 }
.card__meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; font-size: 13px }
.card__meta dt { color: #7b8794; text-transform: uppercase; font-size: 11px }
.actions { list-style: none; padding: 0 } .action { display: flex; gap: 8px; padding: 4px 0 }
.action__no { font-weight: 600; min-width: 2.5em }
.timeline { list-style: none; padding: 0; border-left: 2px solid #d9e2ec; margin-left: 4px }
.timeline li { padding: 0 0 8px 12px } .timeline time { font-weight: 600 }
.pm-footer { padding: 16px 24px; color: #7b8794; font-size: 12px }
@media print { .pm-filters, .pm-topbar__actions { display: none } details > * { display: block } }
"""


def tr_badge(status, text=None):
    return f'<span class="badge badge--{status}">{hesc(text or _text.TR_STATUS[status])}</span>'


def tr_progress(pct, label):
    return (f'<div class="card__progress"><div class="progress" role="progressbar" aria-label="{hesc(label)}" '
            f'aria-valuenow="{pct}" aria-valuemin="0" aria-valuemax="100"><div class="progress__fill" '
            f'style="width: {pct}%"></div></div><span class="progress__pct">{pct}%</span></div>')


def make_tracker(out, pm):
    path = out / "tracker.html"
    result, texts, cards = [], {}, []
    for rec, paras, status, pct, owner, due, updated, actions, updates in _text.TR_CARDS:
        for label, n_words in paras:
            texts[label] = pm.make(n_words, "dhr")
            result.append(entry(label, None, texts[label]))
        if len(paras) == 1:
            ref = f"Review paragraph {paras[0][0]}"
            quote = f'<blockquote class="card__text"><p>{hesc(texts[paras[0][0]])}</p></blockquote>'
        else:
            ref = f"Review paragraphs {paras[0][0]}\u2013{paras[-1][0]}"
            quote = ('<blockquote class="card__text">' + "".join(
                f"<p><strong>{lab}</strong> {hesc(texts[lab])}</p>" for lab, _n in paras) + "</blockquote>")
        if status == "done":  # a completed recommendation's card is collapsed; the wording is in a closed <details>
            quote = (f'<details class="card__wording"><summary>Show the review\u2019s wording</summary>{quote}'
                     "</details>")
        badges = tr_badge(status)
        if updates[0][2].startswith("Overdue"):
            badges += tr_badge("overdue", "Overdue")
        acts = "".join(f'<li class="action action--{st}"><span class="action__no">{no}</span><span '
                       f'class="action__text">{hesc(say)}</span>{tr_badge(st)}</li>' for no, say, st in actions)
        ups = "".join(f'<li><time datetime="20{d[6:8]}-{d[3:5]}-{d[0:2]}">{d}</time> <span class="who">{hesc(who)}'
                      f'</span><p>{hesc(say)}</p></li>' for d, who, say in updates)
        cards.append(
            f'<article class="card card--{status}" id="rec-{rec}" data-item-id="PM-{4400 + rec}">'
            f'<header class="card__head"><span class="card__ref">Rec {rec}</span><span class="card__para">{ref}'
            f'</span>{badges}</header><div class="card__body">{quote}'
            f'{tr_progress(pct, f"Rec {rec} progress")}'
            '<dl class="card__meta">'
            f'<dt>Owner</dt><dd>{hesc(owner)}</dd><dt>Due</dt><dd>{due}</dd>'
            f'<dt>Last updated</dt><dd>{updated}</dd></dl>'
            f'<h4 class="card__sub">Actions ({len(actions)})</h4><ul class="actions">{acts}</ul>'
            f'<details class="card__updates" open><summary>Updates ({len(updates)})</summary><ul class="timeline">'
            f'{ups}</ul></details></div></article>')
    counts = {k: sum(1 for c in _text.TR_CARDS if c[2] == k) for k in _text.TR_STATUS}
    overall = round(sum(c[3] for c in _text.TR_CARDS) / len(_text.TR_CARDS))
    chips = "".join(f'<button class="pm-chip" type="button" aria-pressed="{"true" if k == "all" else "false"}">'
                    f'{name} ({n})</button>' for k, name, n in
                    [("all", "All", len(_text.TR_CARDS))] + [(k, v, counts[k]) for k, v in _text.TR_STATUS.items()])
    stats = "".join(f'<div class="pm-stat"><div class="pm-stat__label">{v}</div><div class="pm-stat__value">'
                    f'{counts[k]}</div></div>' for k, v in _text.TR_STATUS.items())
    html = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="{_text.TR_SYSTEM} {_text.TR_VERSION} report export">
<title>{hesc(_text.TR_PROJECT)} \u2013 {_text.TR_SYSTEM}</title>
<style>
{TR_CSS}</style>
</head>
<body>
<div class="pm-topbar"><span class="pm-topbar__brand">{_text.TR_SYSTEM}</span><span class="pm-topbar__meta">Report
export \u00b7 exported {_text.TR_EXPORTED} by {_text.TR_BY}</span><span class="pm-topbar__actions"><a
href="#print">Print</a> \u00b7 <a href="#csv">Export CSV</a></span></div>
<main class="pm-report">
<header class="pm-report__head">
<p class="pm-breadcrumb"><a href="#">Projects</a> \u203a <a href="#">{hesc(_text.TR_CSP)}</a> \u203a
{hesc(_text.TR_PROJECT)}</p>
<h1>{hesc(_text.TR_PROJECT)}</h1>
<p class="pm-report__sub">{hesc(_text.TR_REVIEW)} \u00b7 {hesc(_text.TR_CSP)}</p>
<p class="pm-report__fictional"><em>{FICT}. {INVENTED}</em></p>
</header>
<section class="pm-summary" aria-label="Summary">
<div class="pm-stat"><div class="pm-stat__label">Overall progress</div><div class="pm-stat__value">{overall}%</div>
{tr_progress(overall, "Overall progress")}<div class="pm-stat__foot">Last updated 13.02.26 12:40</div></div>
{stats}
</section>
<nav class="pm-filters" aria-label="Filter by status">{chips}<label class="pm-sort">Sort by <select><option
selected>Recommendation number</option><option>Due date</option><option>Status</option></select></label></nav>
<p class="pm-note">{hesc(_text.TR_NOTE)}</p>
<section class="pm-cards" aria-label="Recommendations">
{chr(10).join(cards)}
</section>
</main>
<footer class="pm-footer">Exported from {_text.TR_SYSTEM} {_text.TR_VERSION} \u00b7 {len(_text.TR_CARDS)} items \u00b7
{_text.TR_EXPORTED} \u00b7 {FICT}</footer>
</body>
</html>
"""
    path.write_text(html, encoding="utf-8")
    check_lengths(path.name, list(texts.values()))
    check_count(path.name, result, 12, 20)
    check_tracker(path, result, texts)
    return {
        "note": ("A DOMESTIC HOMICIDE REVIEW'S RECOMMENDATIONS TRACKER, EXPORTED AS HTML FROM A PROJECT SYSTEM "
                 "('Pathmark Projects 4.12.1 report export'): a top bar ('Report export \u00b7 exported 16/02/2026 "
                 "09:14 by k.osei', 'Print', 'Export CSV'), a breadcrumb, the project's title, the FICTIONAL line; a "
                 f"summary of stat tiles ('Overall progress' '{overall}%' with a progress bar and 'Last updated "
                 "13.02.26 12:40', and the counts of cards 'Complete', 'In progress', 'Not started'), filter chips "
                 "('All (11)', 'Complete (4)' ...) and a sort select; then ONE CARD PER RECOMMENDATION (<article "
                 "class=\"card\">), in the recommendations' order 1-11: a header with 'Rec 3' and 'Review paragraph "
                 "6.3' (or 'Review paragraphs 6.5\u20136.6') beside a STATUS BADGE ('Complete', 'In progress', 'Not "
                 "started', and a second badge 'Overdue' on rec 4); THE REVIEW'S WORDING IN A <blockquote> WITHOUT ITS "
                 "NUMBER (the number is only in the card's header), except in the two cards holding two paragraphs, "
                 "whose <p>s open '<strong>6.5</strong> The ...'; for the four COMPLETED cards the blockquote is "
                 "inside a closed <details> ('Show the review\u2019s wording'); a PROGRESS BAR (role=progressbar, "
                 "aria-valuenow) and its '60%'; a <dl> of 'Owner', 'Due' ('31.03.26') and 'Last updated' ('12.02.26 "
                 "14:03'); 'Actions (3)' and a list of THE CARD'S ACTIONS NUMBERED '6.1', '6.2', '6.3' (rec 6's; rec "
                 "7's are '7.1' and '7.2'; the same numbers as the review's 6.2, 7.1 and 7.2) each with its own badge; "
                 "an open <details> 'Updates (2)' timeline of <time>d entries, one (rec 2's) OPENING '6.3 asks for "
                 "routine enquiry at every appointment; ...'. A footer 'Exported from Pathmark Projects ...'. The "
                 "review's numbers skip (6.2, 6.3, 6.5 ...). Not paragraphs: everything but the review's wording in "
                 "the blockquotes (the number is the one the card's header or the <strong> gives). No pages (null)."),
        "paragraphs": result,
    }


def check_tracker(path, result, texts):
    """lxml.html: each card's header gives the review's number or numbers; its blockquote the text (after the
    <strong> number where there are two); together they are the key, in order; completed cards' quotes are inside a
    closed <details>; the action numbers include the review's own; one update opens '6.3 '."""
    import lxml.html
    doc = lxml.html.fromstring(path.read_bytes())
    got, collapsed = [], 0
    for card in doc.xpath('//article[contains(@class, "card")]'):
        ref = card.xpath('string(.//span[@class="card__para"])')
        ps = card.xpath('.//blockquote[@class="card__text"]/p')
        if ref.startswith("Review paragraphs "):
            for p in ps:
                lab = p.findtext("strong")
                got.append([lab, p.text_content()[len(lab) + 1:]])
        else:
            got.append([ref.removeprefix("Review paragraph "), ps[0].text_content()])
        if card.xpath('.//details[@class="card__wording"]/blockquote') and "open" not in card.xpath(
                './/details[@class="card__wording"]')[0].attrib:
            collapsed += 1
    if got != [[r["label"], texts[r["label"]]] for r in result]:
        raise AssertionError(f"tracker.html: read back {[g[0] for g in got]}")
    nos = doc.xpath('//span[@class="action__no"]/text()')
    ups = [p.text_content() for p in doc.xpath('//ul[@class="timeline"]/li/p')]
    if collapsed != 4 or len({r["label"] for r in result} & set(nos)) < 3 or not any(u.startswith("6.3 ")
                                                                                    for u in ups):
        raise AssertionError(f"tracker.html: furniture {collapsed} {nos}")


# --------------------------------------------------------------------------
# 5. actions.csv: a learning review's actions exported from an action-tracking tool
# --------------------------------------------------------------------------
def ac_pasted(t):
    """A paragraph as pasted from the review's PDF: the PDF's printed lines kept, LF between them."""
    return "\n".join(" ".join(ln) for ln in wrap(t.split(" "), _text.AC_PASTE_WIDTH, len))


def make_actions(out, pm):
    path = out / "actions.csv"
    result, texts, cells = [], {}, {}
    rows = [_text.AC_COLS]
    k = 0

    def row(labels, cell, act):
        nonlocal k
        k += 1
        say, who, target, status, pct, updated, update = act
        owner, agency = _text.AC_OWNERS[who]
        rows.append([f"{_text.AC_PREFIX}{k:03d}", _text.AC_REVIEW, ", ".join(labels), cell, say, owner, agency,
                     target, status, str(pct), updated, update])

    for labels, sizes, pasted, acts in _text.AC_PLAN:
        parts = []
        for label, n_words in zip(labels, sizes, strict=True):
            t = pm.make(n_words, "child")
            texts[label] = t
            result.append(entry(label, None, t))
            parts.append(ac_pasted(t) if pasted else t)
        # two paragraphs in one cell are each typed with their number, an empty line between them
        cell = parts[0] if len(labels) == 1 else "\n\n".join(f"{lab} {p}" for lab, p in zip(labels, parts,
                                                                                             strict=True))
        cells[tuple(labels)] = cell
        for act in acts:
            row(labels, cell, act)
    late, act = _text.AC_LATE
    row([late], cells[(late,)], act)
    buf = io.StringIO(newline="")
    csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows(rows)
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))
    check_lengths(path.name, list(texts.values()))
    check_count(path.name, result, 12, 20)
    check_actions(path, result, texts)
    n_rows = len(rows) - 1
    return {
        "note": ("A LEARNING REVIEW'S ACTIONS EXPORTED FROM AN ACTION-TRACKING TOOL ('Clearpath Actions') AS CSV: "
                 "UTF-8 with a byte order mark, EVERY FIELD QUOTED, CRLF between records, LF inside cells. A header "
                 "record ('Action ID', 'Review', 'Review paragraph', 'Review text', 'Action', 'Owner', 'Agency', "
                 "'Target date', 'Status', '% complete', 'Last updated', 'Update / evidence'), then ONE RECORD PER "
                 f"ACTION ({n_rows}): 'LR63-001', the review's name with the FICTIONAL label in every record, THE "
                 "REVIEW'S PARAGRAPH NUMBER IN ITS OWN FIELD ('3.2') AND ITS TEXT IN THE NEXT, A QUOTED CELL, WITHOUT "
                 "THE NUMBER; the text is REPEATED IN FULL ON EVERY RECORD OF THAT PARAGRAPH'S ACTIONS (2.3 twice, "
                 "3.1 three times, 3.4 twice, 4.1/4.2 twice). The texts of 3.1, 3.2 and 4.4 were pasted from the "
                 "review's PDF and KEEP ITS LINE BREAKS (LF every 88 characters or so inside the cell). One record's "
                 "paragraph field is '4.1, 4.2' and its cell holds BOTH PARAGRAPHS, EACH TYPED WITH ITS NUMBER ('4.1 "
                 "The ...' LF LF '4.2 The ...'). Then the action, owner, agency, 'Target date' '31/03/2026', "
                 "'Status', '% complete' ('60'), 'Last updated' '09/02/2026 16:42' and 'Update / evidence' (one "
                 "OPENS '3.2 and 3.4 were discussed together at the practice forum ...'; one holds doubled quotes, "
                 "'\"\"referrer told\"\"'; some empty). THE LAST RECORD, a cross-cutting action added later, is "
                 "linked back to 2.5: ITS TEXT REPEATED AFTER 5.2. THE KEY HOLDS EACH PARAGRAPH ONCE, AT ITS FIRST "
                 "RECORD, in the order of first records. Not paragraphs: the header, the IDs, the review's name, the "
                 "paragraph fields, actions, owners, agencies, dates, statuses, percentages and updates. No pages "
                 "(null)."),
        "paragraphs": result,
    }


def check_actions(path, result, texts):
    """csv: the records after the header; a single-paragraph record's text cell is the paragraph (its LFs read as
    spaces), a two-paragraph record's cell splits at its empty line into '4.1 ...' and '4.2 ...'; the first
    occurrences are the key; every later occurrence repeats the first word for word; raw: BOM, CRLF only between
    records, LFs inside cells, every field quoted, a doubled quote."""
    raw = path.read_bytes()
    text = raw.decode("utf-8")
    recs = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline="")))
    if recs[0] != _text.AC_COLS or any(len(r) != len(_text.AC_COLS) for r in recs):
        raise AssertionError("actions.csv: columns")
    seen, got = {}, []
    for r in recs[1:]:
        labels, cell = r[2].split(", "), r[3]
        if len(labels) == 1:
            pieces = [(labels[0], cell.replace("\n", " "))]
        else:
            pieces = [tuple(b.split(" ", 1)) for b in cell.split("\n\n")]
            if [p[0] for p in pieces] != labels:
                raise AssertionError("actions.csv: two paragraphs in one cell")
        for lab, t in pieces:
            if lab in seen:
                if seen[lab] != t:
                    raise AssertionError(f"actions.csv: repeat of {lab}")
            else:
                seen[lab] = t
                got.append([lab, t])
    if got != [[r["label"], texts[r["label"]]] for r in result]:
        raise AssertionError(f"actions.csv: read back {[g[0] for g in got]}")
    if not raw.startswith(b"\xef\xbb\xbf\"Action ID\"") or text.count("\r\n") != len(recs) or \
            "\n" not in text.replace("\r\n", "") or '""referrer told""' not in text or \
            not any(r[11].startswith("3.2 and 3.4") for r in recs) or recs[-1][2] != _text.AC_LATE[0]:
        raise AssertionError("actions.csv: layout")


def build(out):
    return _harness.build_files(out, ParaMaker(), {
        "actionplan.pdf": make_actionplan, "response.docx": make_response, "letter.pdf": make_letter,
        "tracker.html": make_tracker, "actions.csv": make_actions})


def main(out: pathlib.Path, determinism: bool = True) -> dict:
    """Build and self-check into ``out``; with ``determinism``, build again elsewhere and compare the bytes."""
    return _harness.build_checked(build, out, "blind63-determinism-", determinism)


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
