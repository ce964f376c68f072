"""Blind fixture generator 62: five FICTIONAL documents in which A REVIEW IS REUSED IN TRAINING AND LEARNING
MATERIALS: the review's own numbered paragraphs reproduced word for word inside material that a partnership's learning
team or a trainer made round them, each with the traps such material really has: a child safeguarding practice review's
"7-minute briefing" poster, a safeguarding adults review's practitioner workbook, a domestic homicide review's
e-learning lesson saved from the browser, a thematic review's facilitator's guide with a timed run sheet, and a
learning review's reading group pack in Markdown.

FICTIONAL \u2013 for software testing. Run: python make.py [outdir] (a few seconds: everything is built twice and the
bytes compared). Needs reportlab (its canvas and its font folder's Arial metric Type 1 faces), python-docx, lxml,
pdfplumber and markdown-it-py; no system fonts, no network. Every generator checks its own key with pdfplumber,
python-docx, lxml or markdown-it, never with the project's parser.

sevenminute.pdf  a CSPR's "7-MINUTE BRIEFING" as a partnership prints it: an A3 landscape poster from a desktop
                 publisher, SEVEN NUMBERED BOXES ROUND A CENTRAL HUB (a clock face reading "7 minute briefing") in a 3 x
                 3 grid, NUMBERED CLOCKWISE from the top left, so box 7 is at the bottom left, 6 at the bottom middle
                 and 5 at the bottom right; each box's number a large white digit in a navy circle; THE BOX NUMBERS
                 1-7 ARE NOT PARAGRAPH NUMBERS. Boxes 1-6 quote SELECTED paragraphs of the review with its own numbers
                 (bold number, italic text hanging beside a rule, so the numbers skip: 1.1, 1.3, 2.1, 2.4 ...) after
                 the briefing's own lead-ins; read in rows, or in the content stream (drawn row by row as the
                 template's grid was made, the numbered circles last), box 6's 5.2 and 5.3 come before box 5's 4.1
                 and 4.3. Box 7 holds the briefing's questions, one wrapped so that a line begins "3.1 and 3.2. What
                 would you"; an "About this briefing" panel; page 2 a reflective log with prompts "1." to "3."
workbook.docx    a SAR's PRACTITIONER WORKBOOK from a board's learning and development team (Word): the review's
                 paragraphs as shaded "Review extract" paragraphs typed "2.3<TAB>The ..." under "FROM THE REVIEW"
                 labels, selected so the numbers skip, between the workbook's own additions: REFLECTION QUESTIONS
                 NUMBERED BY WORD ("%1." through the whole workbook, at the extracts' own hanging indent), "PAUSE AND
                 THINK" callouts (bordered shaded paragraphs; ONE OPENS "2.3 is the turning point in the review's
                 account ..." straight after the extract 2.3), "ACTIVITY 1:" boxes numbered by Word in one-cell
                 tables, tables to fill in, write-on lines, and a two-column table "What the review says | What this
                 might mean for you" whose LEFT CELLS HOLD EXTRACTS 3.2 AND 3.3 AND WHOSE RIGHT CELLS HOLD THE
                 TRAINER'S COMMENTS on them; the learning outcomes a Word "1." list; pages from explicit breaks
rise.html        a DHR's E-LEARNING LESSON built in a block-based authoring tool (Rise-style markup) and SAVED FROM
                 THE BROWSER after the learner had worked through it: the course outline (lesson numbers 1-6), "Lesson
                 3 of 6", "Continue" buttons, a statement block; the review's paragraphs in FIVE KINDS OF BLOCK: text
                 blocks of "<strong>2.1</strong> The ..." paragraphs; a QUOTE whose caption AFTER the text gives the
                 number ("Domestic Homicide Review: Ms L, paragraph 2.5"); an ACCORDION whose titles are "Paragraph
                 3.1" and whose panels hold the text; FLASHCARDS with ONLY THE NUMBER ON THE FRONT ("3.4", "Click to
                 flip") and the text on the back; and a KNOWLEDGE CHECK whose answer options are BARE NUMBERS ("2.4",
                 "3.2", "3.7", "4.1"); the course data again, base64-encoded JSON, in a script
facilitator.pdf  a THEMATIC SAR's FACILITATOR'S GUIDE (Word to PDF): learning outcomes typed "1." to "3.", a checklist,
                 then a three-column RUN SHEET TABLE (Time | What happens | Slides and resources) with its header row
                 repeated on every page and rows broken across pages; THE TIME COLUMN, AT THE LEFT MARGIN, HOLDS UK
                 TIMES WITH A STOP, "09.40", "10.25", "11.45", in bold, with "(20 mins)" under them; the middle column
                 the facilitator's cues "SAY:", "ASK:", "DO:", "CLICK:", "READ ALOUD:" and the review's paragraphs
                 quoted with their own numbers on a tinted band; one cue wrapped so that a line begins "2.3 with the
                 group: ..."; a paragraph over a page break inside its row
readinggroup.md  a LEARNING REVIEW'S READING GROUP PACK, a page of a partnership's MkDocs (Material) learning hub: front
                 matter, admonitions ("!!! question", a collapsible "??? note" whose text opens "1.2 is often read as a
                 criticism ..."), content tabs, the pack's ground rules as an ordered list "1." to "3."; the review's
                 paragraphs as hard-wrapped blockquotes "> **2.1** The ...", selected so the numbers skip (one
                 blockquote of three paragraphs parted by ">" lines, one with a lazy continuation line, one in an
                 annotated div with an annotation marker " (1)" after its first sentence and the annotation as an
                 ordered list item "1." after the div); DISCUSSION QUESTIONS NUMBERED LIKE PARAGRAPHS ("**Q2.1**"),
                 some top-level, some in admonitions and tabs (code blocks to CommonMark); a footnote and abbreviations

Judgement calls (as in earlier rounds, what a practitioner citing the review would expect):
- the label is the review's paragraph number as printed, without a trailing stop: "3.2", wherever the material prints
  it (before the text, in an accordion's title, on a flashcard's front, in a quote's caption after the text);
- the key holds the review's own paragraphs only, in the review's order (the briefing's boxes in their numbered,
  clockwise order), each with its own first and last words; what the briefing, the workbook, the authoring tool, the
  facilitator's guide and the reading group pack added is no paragraph and no paragraph's text: box numbers and
  titles, lead-ins, panels, hubs, questions and prompts (numbered "1.", "Q2.1", by Word or not), callouts,
  activities, trainers' comments in the next table cell, tables to fill in, write-on lines, learning outcomes,
  checklists, times and durations, cues, resources, buttons, outlines, statements, quiz questions, answer options and
  feedback, card fronts' tips, annotations and their markers, footnotes, abbreviations and scripts;
- a paragraph goes on over a page break inside a table row (facilitator.pdf);
- pages: physical and 1-based for PDF (sevenminute.pdf's paragraphs are all on its first page); DOCX pages are counted
  from explicit breaks: page = 1 + the page breaks (<w:br w:type="page"/>) before the paragraph. HTML and Markdown:
  null.
"""
import base64
import json
import math
import os
import pathlib
import re
import sys

if __package__ in (None, ""):
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

    from blindkit import harness as _harness  # type: ignore
    from blindkit.draw import A4, Layout, box_chars, lines_of, register_fonts, sw, wrap  # type: ignore
    from blindkit.keys import check_count, check_crossings, check_lengths, entry  # type: ignore
    from blindkit.markup import XML_HEAD, hesc, write_markdown  # type: ignore
    from blindkit.pdfread import label_at, pdf_pages, words_of  # type: ignore
    from blindkit.wordml import W_NS, WNS, docx_parts, field, w_cell, wp, wr  # type: ignore

    _text = _harness.load(__file__, "blind62_text", "text.py")
else:
    from ..blindkit import harness as _harness
    from ..blindkit.draw import A4, Layout, box_chars, lines_of, register_fonts, sw, wrap
    from ..blindkit.keys import check_count, check_crossings, check_lengths, entry
    from ..blindkit.markup import XML_HEAD, hesc, write_markdown
    from ..blindkit.pdfread import label_at, pdf_pages, words_of
    from ..blindkit.wordml import W_NS, WNS, docx_parts, field, w_cell, wp, wr
    from . import text as _text

ParaMaker, norm, contains_seq = _text.ParaMaker, _text.norm, _text.contains_seq
FICT, INVENTED = _text.FICT, _text.INVENTED
A, AB, AI = "ArialMT", "Arial-BoldMT", "Arial-ItalicMT"
T1_FACES = {A: "_a______", AB: "_ab_____", AI: "_ai_____"}
NAVY, TEAL, GREY, BLACK, WHITE = (0.09, 0.16, 0.33), (0.0, 0.42, 0.45), (0.4, 0.4, 0.4), (0, 0, 0), (1, 1, 1)
PALE = (0.94, 0.95, 0.96)


def canvas_info(title, author, creator, producer):
    return {"Title": title, "Author": author, "Subject": FICT, "Creator": creator, "Producer": producer}


# --------------------------------------------------------------------------
# 1. sevenminute.pdf: a CSPR's 7-minute briefing, an A3 poster of seven numbered boxes round a hub
# --------------------------------------------------------------------------
SM_PAGE = (1190.55, 841.89)  # A3 landscape
SM_M, SM_GAP, SM_TOP, SM_BOT = 28.0, 14.0, 726.0, 56.0
SM_CW = (SM_PAGE[0] - 2 * SM_M - 2 * SM_GAP) / 3
SM_RH = (SM_TOP - SM_BOT - 2 * SM_GAP) / 3
SM_POS = {1: (0, 0), 2: (0, 1), 3: (0, 2), 4: (1, 2), 5: (2, 2), 6: (2, 1), 7: (2, 0)}  # clockwise from top left
SM_PLAN = {1: [("1.1", 54), ("1.3", 50)], 2: [("2.1", 56), ("2.4", 52)], 3: [("3.1", 54), ("3.2", 52)],
           4: [("3.5", 60)], 5: [("4.1", 54), ("4.3", 56)], 6: [("5.2", 52), ("5.3", 50)]}
SM_SIZE, SM_LEAD, SM_QX = 8.8, 10.8, 30.0


def sm_cell(row, col):
    """A grid cell's left edge and top."""
    return SM_M + col * (SM_CW + SM_GAP), SM_TOP - row * (SM_RH + SM_GAP)


def sm_box(lay, k, items):
    """Box ``k``'s frame, title and items [("P", text) | ("Q", label, text) | ("B", text)] drawn on the current page;
    returns {label: (x, baseline)} and each quote's lines' baselines."""
    x0, top = sm_cell(*SM_POS[k])
    lay.add(("RR", x0, top - SM_RH, SM_CW, SM_RH, 9, TEAL))
    lay.add(("RR", x0 + 1.4, top - SM_RH + 1.4, SM_CW - 2.8, SM_RH - 2.8, 7.8, WHITE))
    lay.text(x0 + 54, top - 31, _text.SM_BOXES[k], AB, 13.5, TEAL)
    xin, right = x0 + 15, x0 + SM_CW - 15
    y = top - 56
    placed = {}
    for item in items:
        if item[0] == "Q":
            _, label, t = item
            rows = lines_of(t, right - xin - SM_QX, AI, SM_SIZE)
            placed[label] = (xin, y)
            lay.text(xin, y, label, AB, SM_SIZE, NAVY)
            lay.add(("L", xin + SM_QX - 6, y + SM_SIZE * 0.8, xin + SM_QX - 6,
                     y - SM_LEAD * (len(rows) - 1) - SM_SIZE * 0.25, 1.2, TEAL))
            for ln in rows:
                lay.text(xin + SM_QX, y, ln, AI, SM_SIZE, BLACK)
                y -= SM_LEAD
        elif item[0] == "B":
            rows = [" ".join(ln) for ln in wrap(item[1].replace("\n", " \n ").split(" "), right - xin - 12,
                                                lambda z: sw(z, A, SM_SIZE)) if ln]
            lay.text(xin, y, "\u2022", A, SM_SIZE, TEAL)
            for ln in rows:
                lay.text(xin + 12, y, ln, A, SM_SIZE, BLACK)
                y -= SM_LEAD
        else:
            for ln in lines_of(item[1], right - xin, A, SM_SIZE):
                lay.text(xin, y, ln, A, SM_SIZE, BLACK)
                y -= SM_LEAD
        y -= 6.0
    if y + 6.0 + SM_LEAD < top - SM_RH + 10:
        raise AssertionError(f"sevenminute.pdf: box {k} overflows")
    return placed


def sm_number(lay, k):
    x0, top = sm_cell(*SM_POS[k])
    cx, cy = x0 + 27, top - 26
    lay.add(("C", cx, cy, 18, NAVY))
    s = str(k)
    lay.text(cx - sw(s, AB, 22) / 2, cy - 22 * 0.36, s, AB, 22, WHITE)


def sm_hub(lay):
    x0, top = sm_cell(1, 1)
    cx, cy = x0 + SM_CW / 2, top - SM_RH / 2
    lay.add(("C", cx, cy, 100, TEAL))
    lay.add(("C", cx, cy, 92, WHITE))
    lay.add(("C", cx, cy, 88, TEAL))
    for h in range(12):
        a = math.radians(30 * h)
        r1, r2 = 80, 86 if h % 3 else 76
        lay.line(cx + r1 * math.sin(a), cy + r1 * math.cos(a), cx + r2 * math.sin(a), cy + r2 * math.cos(a), 1.6,
                 WHITE)
    for s, size, font, dy in zip(_text.SM_HUB, (44, 15, 15, 12, 9.5), (AB, AB, AB, AB, A), (22, 4, -13, -36, -50),
                                 strict=True):
        lay.text(cx - sw(s, font, size) / 2, cy + dy, s, font, size, WHITE)


def make_sevenminute(out, pm):
    path = out / "sevenminute.pdf"
    register_fonts(T1_FACES)
    lay = Layout(SM_PAGE)
    lay.font = A
    lay.new_page()
    texts, quotes = {}, {}
    for k, plan in SM_PLAN.items():
        quotes[k] = []
        for label, n_words in plan:
            t = pm.make(n_words, "child")
            texts[label] = t
            quotes[k].append(("Q", label, t))
    w, h = SM_PAGE
    lay.rect(0, h - 86, w, 86, NAVY)
    lay.text(SM_M, h - 50, _text.SM_KIND, AB, 30, WHITE)
    lay.text(SM_M + sw(_text.SM_KIND, AB, 30) + 18, h - 50, _text.SM_TITLE, A, 19, WHITE)
    lay.text(SM_M, h - 73, _text.SM_BOARD, A, 11, WHITE)
    lay.text(w - SM_M - sw(_text.SM_ISSUE, AB, 12), h - 50, _text.SM_ISSUE, AB, 12, WHITE)
    lay.text(SM_M, h - 104, f"{FICT}. {INVENTED}", AI, 9, GREY)
    items = {k: ([("P", _text.SM_INTRO[k])] if k in _text.SM_INTRO else []) + quotes.get(k, [])
             + ([("P", _text.SM_AFTER[k])] if k in _text.SM_AFTER else []) for k in _text.SM_BOXES}
    items[7] = [("B", q) for q in _text.SM_QUESTIONS]
    placed = {}
    # the objects in the order they were made on the template's grid: row by row, left to right (boxes 1, 2, 3, the
    # "About" panel, the hub, box 4, then 7, 6 and 5 along the bottom), the numbered circles last, on top
    for row in range(3):
        for col in range(3):
            k = next((n for n, rc in SM_POS.items() if rc == (row, col)), None)
            if k is not None:
                placed.update(sm_box(lay, k, items[k]))
            elif col == 0:
                x0, top = sm_cell(row, col)
                lay.add(("RR", x0, top - SM_RH, SM_CW, SM_RH, 9, PALE))
                lay.text(x0 + 15, top - 31, _text.SM_ABOUT_HEAD, AB, 13.5, NAVY)
                y = top - 54
                for para in _text.SM_ABOUT:
                    for ln in lines_of(para, SM_CW - 30, A, SM_SIZE):
                        lay.text(x0 + 15, y, ln, A, SM_SIZE, BLACK)
                        y -= SM_LEAD
                    y -= 6
            else:
                sm_hub(lay)
    for k in _text.SM_BOXES:
        sm_number(lay, k)
    # the back of the poster: a reflective log with its own numbered prompts
    lay.new_page()
    lay.text(SM_M, h - 60, _text.SM_LOG_HEAD, AB, 24, NAVY)
    lay.text(SM_M, h - 80, f"{_text.SM_KIND}: {_text.SM_TITLE} (FICTIONAL)", A, 11, GREY)
    y = h - 120
    for f in _text.SM_LOG_FIELDS:
        lay.text(SM_M, y, f, AB, 11, BLACK)
        lay.line(SM_M + 150, y - 2, SM_M + 560, y - 2, 0.6, GREY)
        y -= 28
    y -= 14
    for prompt in _text.SM_LOG_PROMPTS:
        lay.text(SM_M, y, prompt, AB, 11, NAVY)
        y -= 26
        for _ in range(4):
            lay.line(SM_M + 24, y, w - SM_M, y, 0.5, GREY)
            y -= 24
        y -= 10
    lay.text(SM_M, y, _text.SM_LOG_RETURN, AI, 10, GREY)
    n = lay.n
    for k in range(1, n + 1):
        foot = _text.SM_FOOT.format(k=k, n=n)
        lay.text((w - sw(foot, A, 8.5)) / 2, 30, foot, A, 8.5, GREY, page=k)
    lay.render(path, canvas_info("7 minute briefing - CSPR Child V", "Farrowdale SCP learning team",
                                 "Microsoft\u00ae Publisher for Microsoft 365",
                                 "Microsoft\u00ae Publisher for Microsoft 365"))
    order = [lab for k in SM_PLAN for lab, _n in SM_PLAN[k]]
    result = [entry(lab, 1, texts[lab]) for lab in order]
    check_lengths(path.name, list(texts.values()))
    check_count(path.name, result, 10, 20)
    check_sevenminute(path, result, texts, placed)
    return {
        "note": ("A CHILD SAFEGUARDING PRACTICE REVIEW'S '7-MINUTE BRIEFING', a partnership's A3 landscape poster made "
                 "in a desktop publisher (2 pages): a navy title band ('7-minute briefing  Child Safeguarding Practice "
                 "Review: Child V', 'Briefing no. 9 \u00b7 March 2025'), then a 3 x 3 grid: SEVEN NUMBERED BOXES ROUND "
                 "A CENTRAL HUB (a teal clock face reading '7 minute briefing'), numbered CLOCKWISE from the top left: "
                 "1 Background, 2 What happened, 3 What the review found (top row, left to right), 4 Why it matters "
                 "(middle right), 5 Learning for practice (bottom RIGHT), 6 Good practice (bottom MIDDLE), 7 Questions "
                 "and next steps (bottom LEFT); the middle left cell an 'About this briefing' panel. Each box's number "
                 "is a large white digit (Arial Bold 22) in a navy circle at its top left; THE BOX NUMBERS 1-7 ARE NOT "
                 "PARAGRAPH NUMBERS. Boxes 1-6 QUOTE SELECTED PARAGRAPHS OF THE REVIEW with its own numbers, so the "
                 "numbers skip (1.1, 1.3, 2.1, 2.4, ...): a bold navy number at the box's inner left, the text in "
                 "italics hanging beside a teal rule, after the briefing's own lead-in ('In its own words:'). ORDER: "
                 "the key follows the boxes' numbers (the review's order); read in rows, box 6 (5.2, bottom middle) "
                 "comes BEFORE box 5 (4.1, 4.3, bottom right), and the content stream draws the grid row by row too "
                 "(1, 2, 3, About, hub, 4, then 7, 6, 5), the seven numbered circles last. Box 7 holds the briefing's "
                 "questions as bullets, one wrapped so that a line begins '3.1 and 3.2. What would you ...' (after one "
                 "ending 'what the review says in paragraphs'); the About panel says 'for example 3.2'. Page 2, the "
                 "back of the poster, is a reflective log with its own prompts numbered '1.' to '3.' and write-on "
                 "lines. Footers 'Page 1 of 2', 'Page 2 of 2'. Not paragraphs: the box numbers, titles, lead-ins and "
                 "closing lines, the About panel, the hub, the questions, the log. Pages: physical (all on page 1)."),
        "paragraphs": result,
    }


def check_sevenminute(path, result, texts, placed):
    """pdfplumber: every quoted paragraph read back whole (its number, then its text) from the characters inside its
    own box, its number drawn where placed on page 1; the seven box digits in their circles; box 6's quote drawn
    before box 5's in the content stream, on the same row to its left; nothing of the review on page 2."""
    pages = pdf_pages(path)
    h = SM_PAGE[1]
    where = {lab: k for k, plan in SM_PLAN.items() for lab, _n in plan}
    for d in result:
        k = where[d["label"]]
        x0, top = sm_cell(*SM_POS[k])
        words = words_of(box_chars(pages[0], x0, top - SM_RH, x0 + SM_CW, top, h))
        if not contains_seq(words, norm(f"{d['label']} {texts[d['label']]}")):
            raise AssertionError(f"sevenminute.pdf: {d['label']} not read back from box {k}")
        label_at(pages[0], *placed[d["label"]], d["label"], path.name)
    digits = [c["text"] for c in pages[0] if round(c["size"]) == 22]
    if digits != [str(k) for k in range(1, 8)]:
        raise AssertionError(f"sevenminute.pdf: box numbers {digits}")
    first = {lab: next(i for i, c in enumerate(pages[0]) if abs(c["x0"] - placed[lab][0]) < 0.05
                       and abs(c["matrix"][5] - placed[lab][1]) < 0.05) for lab in ("4.1", "5.2")}
    if not first["5.2"] < first["4.1"] or not placed["5.2"][0] < placed["4.1"][0] \
            or abs(placed["5.2"][1] - placed["4.1"][1]) > 60:
        raise AssertionError("sevenminute.pdf: box order")
    x7, _top7 = sm_cell(*SM_POS[7])
    if not any(w["text"] == "3.1" and abs(w["x0"] - x7 - 27) < 0.05 for w in _line_words(pages[0])):
        raise AssertionError("sevenminute.pdf: box 7's line opening with 3.1")
    back = words_of(pages[1])
    if any(contains_seq(back, norm(d["starts_with"])) for d in result) or not contains_seq(
            back, norm(_text.SM_LOG_PROMPTS[0])):
        raise AssertionError("sevenminute.pdf: page 2")


# --------------------------------------------------------------------------
# 2. workbook.docx: a SAR's practitioner workbook, the review's extracts between the workbook's own questions
# --------------------------------------------------------------------------
# per page (part): ("X", label, words) an extract, ("L",) the "From the review" label, ("C", k) a "Pause and think"
# callout, ("Q", k) a reflection question (Word numbering), ("A", k) an activity box, ("T",) the two-column table of
# extracts and meanings, ("G",) the agency grid, ("N",) write-on lines
WB_PLAN = {
    2: [("L",), ("X", "1.1", 72), ("X", "1.2", 66), ("X", "1.4", 78), ("C", 0), ("Q", 0), ("Q", 1), ("N",)],
    3: [("L",), ("X", "2.1", 70), ("X", "2.2", 64), ("X", "2.3", 80), ("C", 1), ("X", "2.5", 68), ("A", 0), ("G",),
        ("Q", 2), ("Q", 3)],
    4: [("L",), ("X", "3.1", 74), ("T", "3.2", 62, "3.3", 66), ("L",), ("X", "3.5", 70), ("X", "3.6", 60), ("A", 1),
        ("Q", 4)],
    5: [("L",), ("X", "4.1", 58), ("X", "4.2", 62), ("X", "4.3", 56), ("Q", 5)],
}
WB_STYLES = XML_HEAD + (
    f'<w:styles {WNS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" '
    'w:eastAsia="Arial" w:cs="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB" w:eastAsia="en-US" '
    'w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="264" '
    'w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next '
    'w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="120"/></w:pPr><w:rPr><w:b/><w:color w:val="1F3864"/>'
    '<w:sz w:val="48"/><w:szCs w:val="48"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next '
    'w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="0" w:after="200"/><w:outlineLvl '
    'w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="006B73"/><w:sz w:val="36"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next '
    'w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl '
    'w:val="1"/></w:pPr><w:rPr><w:b/><w:color w:val="1F3864"/><w:sz w:val="26"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="ExtractLabel"><w:name w:val="Extract label"/>'
    '<w:basedOn w:val="Normal"/><w:next w:val="ReviewExtract"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing '
    'w:before="120" w:after="60"/></w:pPr><w:rPr><w:b/><w:caps/><w:color w:val="006B73"/><w:sz w:val="18"/></w:rPr>'
    '</w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="ReviewExtract"><w:name w:val="Review extract"/>'
    '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:pBdr><w:left w:val="single" w:sz="24" w:space="8" '
    'w:color="006B73"/></w:pBdr><w:shd w:val="clear" w:color="auto" w:fill="EEF4F5"/><w:tabs><w:tab w:val="left" '
    'w:pos="567"/></w:tabs><w:spacing w:after="120"/><w:ind w:left="567" w:hanging="567"/></w:pPr><w:rPr><w:sz '
    'w:val="21"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Callout"><w:name w:val="Pause and think"/>'
    '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:pBdr><w:top w:val="single" w:sz="8" w:space="4" '
    'w:color="BF9000"/><w:left w:val="single" w:sz="8" w:space="4" w:color="BF9000"/><w:bottom w:val="single" '
    'w:sz="8" w:space="4" w:color="BF9000"/><w:right w:val="single" w:sz="8" w:space="4" w:color="BF9000"/>'
    '</w:pBdr><w:shd w:val="clear" w:color="auto" w:fill="FFF4CE"/><w:spacing w:before="0" w:after="0"/><w:ind '
    'w:left="113" w:right="113"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Question"><w:name w:val="Reflection question"/>'
    '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr><w:spacing '
    'w:after="120"/><w:ind w:left="567" w:hanging="567"/></w:pPr><w:rPr><w:color w:val="1F3864"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="WriteLine"><w:name w:val="Write-on line"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="A6A6A6"/>'
    '</w:pBdr><w:spacing w:before="240" w:after="0"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn '
    'w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/>'
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
    '<w:pPr><w:spacing w:before="60" w:after="60" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders>'
    + "".join(f'<w:{b} w:val="single" w:sz="4" w:space="0" w:color="8EAADB"/>'
              for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
    + '</w:tblBorders></w:tblPr></w:style></w:styles>')


def wb_lvl(ilvl, fmt, text, left, hanging, rpr=""):
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
            f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr>'
            f'{f"<w:rPr>{rpr}</w:rPr>" if rpr else ""}</w:lvl>')


WB_NUMBERING = XML_HEAD + (
    f'<w:numbering {WNS}>'
    '<w:abstractNum w:abstractNumId="0"><w:nsid w:val="1A2B3C01"/><w:multiLevelType w:val="hybridMultilevel"/>'
    + wb_lvl(0, "decimal", "%1.", 720, 360) + '</w:abstractNum>'
    '<w:abstractNum w:abstractNumId="1"><w:nsid w:val="1A2B3C02"/><w:multiLevelType w:val="singleLevel"/>'
    + wb_lvl(0, "decimal", "%1.", 567, 567, '<w:b/><w:color w:val="1F3864"/>') + '</w:abstractNum>'
    '<w:abstractNum w:abstractNumId="2"><w:nsid w:val="1A2B3C03"/><w:multiLevelType w:val="singleLevel"/>'
    + wb_lvl(0, "decimal", "Activity %1:", 0, 0, '<w:b/><w:color w:val="BF9000"/>').replace(
        '<w:lvlJc w:val="left"/>', '<w:suff w:val="space"/><w:lvlJc w:val="left"/>') + '</w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
    '<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num></w:numbering>')


def w_table(rows, grid, style="TableGrid", extra=""):
    return (f'<w:tbl><w:tblPr><w:tblStyle w:val="{style}"/><w:tblW w:w="{sum(grid)}" w:type="dxa"/>{extra}'
            '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" '
            'w:noVBand="1"/></w:tblPr><w:tblGrid>' + "".join(f'<w:gridCol w:w="{g}"/>' for g in grid)
            + "</w:tblGrid>" + "".join(f"<w:tr>{r}</w:tr>" for r in rows) + "</w:tbl>")


def make_workbook(out, pm):
    path = out / "workbook.docx"
    result, texts = [], {}
    brk = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'
    num = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{}"/></w:numPr>'
    body = [wp(wr(_text.WB_BOARD, '<w:sz w:val="28"/>'), "Title"), wp(wr(_text.WB_TITLE), "Title"),
            wp(wr(_text.WB_SUB, '<w:b/><w:sz w:val="28"/>')), wp(wr(_text.WB_TEAM, '<w:color w:val="595959"/>')),
            wp(wr(f"{FICT}. {INVENTED}", '<w:i/><w:color w:val="595959"/><w:sz w:val="18"/>')),
            wp(wr("How to use this workbook"), "Heading2"), wp(wr(_text.WB_HOWTO)),
            wp(wr("Learning outcomes"), "Heading2"), wp(wr(_text.WB_OUTCOMES_LEAD))]
    body += [wp(wr(o), "ListParagraph", num.format(1)) for o in _text.WB_OUTCOMES]
    page = 1

    def extract(label, n_words):
        t = pm.make(n_words, "adult")
        texts[label] = t
        result.append(entry(label, page, t))
        return wp(wr(f"{label}\t{t}"), "ReviewExtract")

    for pg, items in WB_PLAN.items():
        body.append(brk)
        page = pg
        part = pg - 2
        body += [wp(wr(_text.WB_PARTS[part]), "Heading1"), wp(wr(_text.WB_PART_INTRO[part]))]
        asked = False
        for item in items:
            kind = item[0]
            if kind == "L":
                body.append(wp(wr(_text.WB_EXTRACT), "ExtractLabel"))
            elif kind == "X":
                body.append(extract(item[1], item[2]))
            elif kind == "C":
                say = _text.WB_PAUSE_TEXT[item[1]].format(n="2.3")
                body.append(wp(wr("\u23f8 " + _text.WB_PAUSE, '<w:b/><w:color w:val="7F6000"/>'), "Callout",
                               '<w:keepNext/><w:spacing w:before="120"/>'))
                body.append(wp(wr(say), "Callout", '<w:spacing w:after="240"/>'))
            elif kind == "Q":
                if not asked:
                    body.append(wp(wr(_text.WB_REFLECT), "Heading2"))
                    asked = True
                body.append(wp(wr(_text.WB_QUESTIONS[item[1]]), "Question"))
            elif kind == "A":
                head, say = _text.WB_ACTIVITIES[item[1]]
                cell = wp(wr(head, '<w:b/>'), None, num.format(3) + '<w:keepNext/>') + wp(wr(say))
                body.append(w_table([w_cell(cell, 9026, "FFF4CE")], [9026]))
                body.append(wp("", None, '<w:spacing w:after="0"/>'))
            elif kind == "G":
                head = "".join(w_cell(wp(wr(h, "<w:b/>")), 3008, "DEEAF6") for h in _text.WB_AGENCY_HEAD)
                empty = "".join(w_cell(wp(""), 3008) for _h in _text.WB_AGENCY_HEAD)
                body.append(w_table([head, empty, empty, empty], [3008, 3010, 3008]))
                body.append(wp("", None, '<w:spacing w:after="0"/>'))
            elif kind == "T":
                rows = ["".join(w_cell(wp(wr(h, "<w:b/>")), wd, "DEEAF6") for h, wd in
                                zip(_text.WB_TABLE_HEAD, (5600, 3426), strict=True))]
                for j, (label, n_words) in enumerate(((item[1], item[2]), (item[3], item[4]))):
                    rows.append(w_cell(extract(label, n_words), 5600) + w_cell(wp(wr(_text.WB_MEANING[j], "<w:i/>")),
                                                                             3426))
                body.append(w_table(rows, [5600, 3426]))
                body.append(wp("", None, '<w:spacing w:after="0"/>'))
            elif kind == "N":
                body.append(wp(wr(_text.WB_NOTES), "Heading2"))
                body += [wp("", "WriteLine") for _ in range(4)]
    body.append(wp(wr(_text.WB_ACTION), "Heading2"))
    head = "".join(w_cell(wp(wr(h, "<w:b/>")), wd, "DEEAF6") for h, wd in zip(_text.WB_ACTION_HEAD, (5026, 2000, 2000),
                                                                              strict=True))
    empty = "".join(w_cell(wp(""), wd) for wd in (5026, 2000, 2000))
    body.append(w_table([head, empty, empty, empty], [5026, 2000, 2000]))
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rId8"/><w:footerReference w:type="default" '
            'r:id="rId9"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" '
            'w:left="1440" w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/><w:docGrid '
            'w:linePitch="360"/></w:sectPr>')
    doc = f"{XML_HEAD}<w:document {WNS}><w:body>{''.join(body)}{sect}</w:body></w:document>"
    header = f"{XML_HEAD}<w:hdr {WNS}>" + wp(wr(_text.WB_HEADER), "Header") + "</w:hdr>"
    footer = (f"{XML_HEAD}<w:ftr {WNS}>" + wp(wr("Page ") + field("PAGE", "1") + wr(" of ") + field("NUMPAGES", "5"),
                                              "Footer", '<w:jc w:val="right"/>') + "</w:ftr>")
    docx_parts(path, doc, WB_STYLES, WB_NUMBERING, header, footer, "SAR Mr J - practitioner workbook",
               "Priya Castellane", (2025, 4, 2, 15, 41, 0), page, sum(len(t.split()) for t in texts.values()) + 900,
               subject=FICT, total_time=311, revision=7, created="2025-03-24T10:02:00Z")
    check_lengths(path.name, list(texts.values()))
    check_count(path.name, result, 12, 25)
    check_workbook(path, result, texts)
    return {
        "note": ("A SAFEGUARDING ADULTS REVIEW'S PRACTITIONER WORKBOOK from a board's learning and development team "
                 "(Word, 5 pages by explicit page breaks: a cover page with 'How to use this workbook' and learning "
                 "outcomes in a Word '1.' list, then 'Part 1: Getting to know Mr J' to 'Part 4: What happens next', "
                 "one a page). The review's paragraphs are reproduced as EXTRACTS in a shaded 'Review extract' style "
                 "with a teal left border and a hanging indent, typed '1.2<TAB>The ...', under small capitals 'FROM "
                 "THE REVIEW' labels; the workbook quotes selected paragraphs, so the numbers skip (1.1, 1.2, 1.4, 2.1 "
                 "...). Between them sit the workbook's own additions: 'Pause and think' callouts (two bordered, "
                 "shaded paragraphs each, a bold '\u23f8 Pause and think' line, then the prompt; THE SECOND PROMPT "
                 "OPENS WITH THE REVIEW'S NUMBER, '2.3 is the turning point in the review's account ...', right after "
                 "the extract 2.3, in the callout style, with no hanging indent); REFLECTION QUESTIONS NUMBERED BY "
                 "WORD ('Reflection question' style linked to a '%1.' list that runs on through the workbook, 1. to "
                 "6., the numbers at the extracts' number position, 567 twips hanging); ACTIVITY BOXES (one-cell "
                 "shaded tables whose first paragraph is numbered by Word 'Activity 1:' 'Activity 2:'); an empty "
                 "three-column table to fill in ('Agency | What it knew | Whom it told'); write-on lines (empty "
                 "paragraphs with a bottom border); and in Part 3 A TWO-COLUMN TABLE 'What the review says | What this "
                 "might mean for you' whose left cells hold extracts 3.2 and 3.3 and whose RIGHT CELLS HOLD THE "
                 "TRAINER'S COMMENT ON EACH, in italics ('This paragraph is not about one worker. ...'), read after "
                 "the extract in each row; an empty action-plan table at the end. Header 'Emberton SAB \u2013 SAR Mr J "
                 "\u2013 Practitioner workbook (FICTIONAL)', footer 'Page N of M' fields. Not paragraphs: everything "
                 "but the extracts (titles, parts' introductions, labels, callouts, questions and their numbers, "
                 "activities, tables' headers and comments, notes lines, action plan). page = 1 + the page breaks "
                 "before the extract."),
        "paragraphs": result,
    }


def check_workbook(path, result, texts):
    """python-docx: the body's paragraphs and table cells in document order, pages from the page breaks; the
    'ReviewExtract' paragraphs are the key (number, tab, text) in order, on their pages; six paragraphs numbered by
    the questions' list, two by the activities'; the second callout opens with '2.3 ' and follows extract 2.3."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    d = docx.Document(str(path))

    def walk(parent, elements):
        for el in elements:
            if el.tag == f"{{{W_NS}}}p":
                yield Paragraph(el, parent)
            elif el.tag == f"{{{W_NS}}}tbl":
                for row in Table(el, parent).rows:
                    for cell in row.cells:
                        yield from walk(cell, cell._tc.iterchildren())

    got, page, styles, questions, activities, after = [], 1, [], 0, 0, None
    for p in walk(d, d.element.body.iterchildren()):
        if any(b.get(f"{{{W_NS}}}type") == "page" for b in p._p.iter(f"{{{W_NS}}}br")):
            page += 1
            continue
        style = p.style.style_id if p.style is not None else "Normal"
        styles.append((style, p.text))
        npr = p._p.find(f"{{{W_NS}}}pPr/{{{W_NS}}}numPr/{{{W_NS}}}numId")
        if style == "Question":
            questions += 1
        elif npr is not None and npr.get(f"{{{W_NS}}}val") == "3":
            activities += 1
        if style == "ReviewExtract":
            m = re.fullmatch(r"(\d+\.\d+)\t(.+)", p.text, re.S)
            got.append([m.group(1), page, m.group(2)])
        if style == "Callout" and p.text.startswith("2.3 "):
            after = styles[-3][1][:4]
    if got != [[r["label"], r["page"], texts[r["label"]]] for r in result]:
        raise AssertionError(f"workbook.docx: read back {[g[:2] for g in got]}")
    if questions != len(_text.WB_QUESTIONS) or activities != 2 or after != "2.3\t":
        raise AssertionError(f"workbook.docx: furniture {questions} {activities} {after!r}")


# --------------------------------------------------------------------------
# 3. rise.html: a DHR's e-learning lesson built in an authoring tool, saved from the browser after it was worked
# through
# --------------------------------------------------------------------------
# blocks in order: ("intro",), ("text", heading, [(label, words)]), ("quote", label, words), ("continue",),
# ("impact",), ("accordion", [(label, words)]), ("cards", [(label, words)]), ("quiz",), ("note",)
RI_PLAN = [("intro",), ("text", "What happened", [("2.1", 70), ("2.2", 64), ("2.4", 76)]), ("quote", "2.5", 58),
           ("continue",), ("impact",), ("accordion", [("3.1", 68), ("3.2", 74), ("3.3", 62)]), ("continue",),
           ("cards", [("3.4", 52), ("3.5", 56), ("3.6", 50)]), ("quiz",), ("continue",),
           ("text", "What the review concluded", [("3.8", 72), ("3.9", 66)]), ("note",)]
RI_OPTIONS = ["2.4", "3.2", "3.7", "4.1"]
CURRENT = ' aria-current="page"'
RIGHT = " quiz-multiple-choice-option--correct"
RI_IDS = ["cW9sTx1bq3", "Hk2vN0pLr8", "Zq4mB7yTa1", "Lp0sR5eWu6", "Tn8dG2hKc9", "Ue3fJ6iQx4"]
RI_CSS = """body { margin: 0; font-family: "Lato", Helvetica, Arial, sans-serif; color: #313537 }
.nav-sidebar { position: fixed; top: 0; left: 0; bottom: 0; width: 300px; background: #1c2a48; color: #fff;
  overflow-y: auto }
.page-wrap { margin-left: 300px }
.lesson-header { background: #0f6b73; color: #fff; padding: 48px 20% 40px }
.lesson-header__counter { text-transform: uppercase; letter-spacing: .1em; font-size: 12px }
.block-wrapper { padding: 30px 20% }
.block-quote__text { font-size: 22px; font-style: italic }
.block-quote__name { margin-top: 12px; font-size: 14px; font-weight: bold }
.block-impact--note { background: #fff4ce; border-left: 6px solid #bf9000; padding: 20px }
.blocks-accordion__header { display: flex; width: 100%; padding: 18px 24px; font-weight: bold; border: 0;
  background: #f4f6f8; text-align: left }
.blocks-accordion__collapse[hidden] { display: none }
.flashcard-grid { display: grid; grid-template-columns: repeat(3, 1fr); gap: 20px; list-style: none; padding: 0 }
.flashcard { perspective: 1000px; height: 320px }
.flashcard-side { position: absolute; inset: 0; backface-visibility: hidden }
.flashcard-side--back { transform: rotateY(180deg) }
.flashcard__number { font-size: 48px; font-weight: bold; text-align: center; color: #0f6b73 }
.continue-btn { display: block; margin: 0 auto; padding: 12px 40px; text-transform: uppercase; background: #0f6b73;
  color: #fff; border: 0 }
.quiz-multiple-choice-option { display: flex; gap: 12px; padding: 12px; border: 1px solid #d3d7da }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0) }
"""


def ri_fr(paras):
    return '<div class="fr-view">' + "".join(f"<p>{p}</p>" for p in paras) + "</div>"


def ri_block(kind, inner, bid):
    return (f'<section class="block-wrapper block-wrapper--{kind}" data-block-id="{bid}" aria-label="{kind} block">'
            f'{inner}</section>')


def make_rise(out, pm):
    path = out / "rise.html"
    result, texts, blocks, data = [], {}, [], []

    def para(label, n_words):
        t = pm.make(n_words, "dhr")
        texts[label] = t
        result.append(entry(label, None, t))
        return t

    for k, b in enumerate(RI_PLAN, 1):
        bid = f"ckb{k:02d}{RI_IDS[k % len(RI_IDS)][:6].lower()}"
        kind = b[0]
        if kind == "intro":
            inner = (f'<div class="block-text"><div class="block-text__paragraph">{ri_fr([hesc(_text.RI_INTRO)])}'
                     "</div></div>")
            data.append({"type": "text", "variant": "paragraph", "paragraph": f"<p>{_text.RI_INTRO}</p>"})
        elif kind == "text":
            ps = [f"<strong>{lab}</strong> {hesc(para(lab, n))}" for lab, n in b[2]]
            inner = (f'<div class="block-text block-text--heading-paragraph"><h2 class="block-text__heading">'
                     f'{hesc(b[1])}</h2><div class="block-text__paragraph">{ri_fr(ps)}</div></div>')
            data.append({"type": "text", "variant": "heading paragraph", "heading": b[1],
                         "paragraph": "".join(f"<p>{p}</p>" for p in ps)})
        elif kind == "quote":
            t = para(b[1], b[2])
            name = _text.RI_QUOTE_NAME.format(n=b[1])
            inner = (f'<div class="block-quote block-quote--c"><figure class="block-quote__figure"><blockquote '
                     f'class="block-quote__text">{ri_fr([hesc(t)])}</blockquote><figcaption class="block-quote__name">'
                     f'{hesc(name)}</figcaption></figure></div>')
            data.append({"type": "quote", "variant": "c", "text": f"<p>{t}</p>", "name": name})
        elif kind == "continue":
            inner = ('<div class="block-divider"><button class="continue-btn continue-btn--completed brand--ui" '
                     'type="button" disabled="">Continue</button></div>')
            data.append({"type": "divider", "variant": "continue", "completeType": "none"})
        elif kind == "impact":
            inner = (f'<div class="block-impact block-impact--note"><div class="block-impact__text">'
                     f'{ri_fr([hesc(_text.RI_IMPACT)])}</div></div>')
            data.append({"type": "impact", "variant": "note", "text": f"<p>{_text.RI_IMPACT}</p>"})
        elif kind == "accordion":
            items = []
            for j, (lab, n) in enumerate(b[1]):
                t = para(lab, n)
                items.append(
                    f'<div class="blocks-accordion__item"><h3 class="blocks-accordion__heading"><button '
                    f'class="blocks-accordion__header" type="button" aria-expanded="true" '
                    f'aria-controls="acc-{bid}-{j}">'
                    f'<span class="blocks-accordion__title">Paragraph {lab}</span><span class="blocks-accordion__icon" '
                    f'aria-hidden="true">\u2212</span></button></h3><div class="blocks-accordion__collapse" '
                    f'id="acc-{bid}-{j}" role="region"><div class="blocks-accordion__description">{ri_fr([hesc(t)])}'
                    "</div></div></div>")
            inner = (f'<div class="blocks-accordion"><div class="blocks-accordion__intro">'
                     f'{ri_fr([hesc(_text.RI_ACC_INTRO)])}</div>{"".join(items)}</div>')
            data.append({"type": "interactive", "variant": "accordion", "items": [
                {"title": f"Paragraph {lab}", "description": f"<p>{texts[lab]}</p>"} for lab, _n in b[1]]})
        elif kind == "cards":
            cards = []
            for lab, n in b[1]:
                t = para(lab, n)
                cards.append(
                    '<li class="flashcard flashcard--flipped"><div class="flashcard-side flashcard-side--front" '
                    f'aria-hidden="true"><div class="flashcard-side__content"><p class="flashcard__number">{lab}</p>'
                    f'</div><span class="flashcard-side__flip-tip">{_text.RI_FLIP_TIP}</span></div><div '
                    'class="flashcard-side flashcard-side--back"><div class="flashcard-side__content">'
                    f'{ri_fr([hesc(t)])}</div></div></li>')
            inner = (f'<div class="block-flashcards"><div class="block-flashcards__intro">'
                     f'{ri_fr([hesc(_text.RI_CARD_INTRO)])}</div><ul class="flashcard-grid">{"".join(cards)}</ul>'
                     "</div>")
            data.append({"type": "interactive", "variant": "flashcard", "items": [
                {"front": f"<p>{lab}</p>", "back": f"<p>{texts[lab]}</p>"} for lab, _n in b[1]]})
        elif kind == "quiz":
            opts = "".join(
                f'<label class="quiz-multiple-choice-option{RIGHT if o == "3.2" else ""}'
                f'"><input type="radio" name="kc-{bid}" value="{j}"{" checked" if o == "3.2" else ""}><span '
                f'class="quiz-multiple-choice-option__indicator" aria-hidden="true"></span><span '
                f'class="quiz-multiple-choice-option__label">{o}</span></label>' for j, o in enumerate(RI_OPTIONS))
            fb = _text.RI_QUIZ_FEEDBACK.format(n="3.2")
            inner = (f'<div class="block-knowledge"><div class="quiz-card"><div class="quiz-card__counter">Question 1 '
                     f'of 1</div><div class="quiz-card__title">{ri_fr([hesc(_text.RI_QUIZ_Q)])}</div><div '
                     f'class="quiz-multiple-choice-option-wrap" role="radiogroup">{opts}</div><button '
                     'class="quiz-card__button brand--ui" type="button" disabled="">Submit</button><div '
                     f'class="quiz-card__feedback quiz-card__feedback--correct" role="status"><p '
                     f'class="quiz-card__feedback-label">Correct</p>{ri_fr([hesc(fb)])}</div><button '
                     'class="quiz-card__button--retake" type="button">Take again</button></div></div>')
            data.append({"type": "knowledgeCheck", "variant": "multiple choice", "title": _text.RI_QUIZ_Q,
                         "answers": [{"title": o, "correct": o == "3.2"} for o in RI_OPTIONS], "feedback": fb})
        else:
            inner = (f'<div class="block-impact block-impact--note"><div class="block-impact__text">'
                     f'{ri_fr([hesc(_text.RI_NOTE)])}</div></div>')
            data.append({"type": "impact", "variant": "note", "text": f"<p>{_text.RI_NOTE}</p>"})
        blocks.append(ri_block(kind, inner, bid))
    outline = "".join(
        f'<li class="nav-sidebar__outline-item{" nav-sidebar__outline-item--active" if j == _text.RI_CURRENT else ""}">'
        f'<a class="nav-sidebar__outline-section-link" href="#/lessons/{RI_IDS[j - 1]}"'
        f'{CURRENT if j == _text.RI_CURRENT else ""}><span class="nav-sidebar__outline-section-item__'
        f'number">{j}</span> <span class="nav-sidebar__outline-section-item__title">{hesc(title)}</span><span '
        f'class="visually-hidden">{"Completed" if j < _text.RI_CURRENT else "Not started"}</span></a></li>'
        for j, title in enumerate(_text.RI_LESSONS, 1))
    course = {"course": {"title": _text.RI_COURSE, "shareId": "dhr-ms-l-fictional", "lessons": [
        {"id": lid, "title": t, "type": "blocks", "items": data if j == _text.RI_CURRENT else []}
        for j, (lid, t) in enumerate(zip(RI_IDS, _text.RI_LESSONS, strict=True), 1)]}}
    payload = base64.b64encode(json.dumps(course, ensure_ascii=False, separators=(",", ":")).encode("utf-8")).decode()
    url = f"https://learn.kestrelford-csp.example/courses/dhr-ms-l/index.html#/lessons/{RI_IDS[2]}"
    html = f"""<!DOCTYPE html>
<!-- saved from url=({len(url):04d}){url} -->
<html lang="en-GB" class="js"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{hesc(_text.RI_LESSONS[2])} | {hesc(_text.RI_COURSE)}</title>
<meta name="description" content="{FICT}. {INVENTED}">
<link rel="stylesheet" href="./What the review found_files/main.bundle.css">
<style>
{RI_CSS}</style>
</head>
<body class="rise-body">
<div id="app"><div class="app">
<a class="skip-link" href="#page-wrap">Skip to main content</a>
<div class="nav-sidebar" role="complementary" aria-label="Course outline">
<div class="nav-sidebar-header"><a class="nav-sidebar-header__title" href="#/">{hesc(_text.RI_COURSE)}</a>
<div class="nav-sidebar-header__progress"><div class="progress-circle" role="progressbar" aria-valuenow="33"
aria-valuemin="0" aria-valuemax="100"></div><span class="nav-sidebar-header__progress-text">33% COMPLETE</span></div>
</div>
<div class="nav-sidebar__search"><label class="visually-hidden" for="search">Search course</label><input id="search"
type="search" placeholder="Search"></div>
<nav class="nav-sidebar__outline" aria-label="Lessons"><ol class="nav-sidebar__outline-list">{outline}</ol></nav>
</div>
<main id="page-wrap" class="page-wrap">
<div class="lesson-header-wrap"><header class="lesson-header"><div class="lesson-header__counter">Lesson
{_text.RI_CURRENT} of {len(_text.RI_LESSONS)}</div><h1 class="lesson-header__title">{hesc(_text.RI_LESSONS[2])}</h1><div
class="lesson-header__author">{hesc(_text.RI_BOARD)} learning team</div><p class="lesson-header__fictional">{FICT}.
{INVENTED}</p></header></div>
<div class="lesson-main" role="main"><div class="blocks-lesson">
{chr(10).join(blocks)}
</div></div>
<div class="lesson-nav lesson-nav--next"><a class="lesson-nav-link" href="#/lessons/{RI_IDS[3]}"><span
class="lesson-nav-link__label">Next lesson</span> <span
class="lesson-nav-link__title">{hesc(_text.RI_LESSONS[3])}</span></a></div>
</main>
</div></div>
<script src="./What the review found_files/main.bundle.js"></script>
<script>window.courseData = "{payload}";</script>
</body></html>
"""
    path.write_text(html, encoding="utf-8")
    check_lengths(path.name, list(texts.values()))
    check_count(path.name, result, 12, 25)
    check_rise(path, result, texts)
    return {
        "note": ("A DOMESTIC HOMICIDE REVIEW'S E-LEARNING LESSON built in a block-based authoring tool (Rise-style "
                 "markup) and SAVED FROM THE BROWSER after the learner had worked through it: a course outline sidebar "
                 "(lesson numbers '1' to '6' with titles and hidden 'Completed' words, '33% COMPLETE', a search box), "
                 "a lesson header ('Lesson 3 of 6', 'What the review found'), then the lesson's blocks, the review's "
                 "paragraphs in five different kinds: TEXT BLOCKS of '<p><strong>2.1</strong> The ...</p>' under a "
                 "block heading; a QUOTE BLOCK whose figure holds the paragraph's text and whose figcaption AFTER IT "
                 "gives the number ('Domestic Homicide Review: Ms L, paragraph 2.5'); an ACCORDION (all items opened) "
                 "whose button titles are 'Paragraph 3.1' and whose panels hold the texts, no number; FLASHCARDS (a "
                 "grid of three, all turned over) whose FRONT holds only the number ('3.4', in a large <p>, with a "
                 "'Click to flip' tip) and whose BACK holds the text; a KNOWLEDGE CHECK whose answer options are bare "
                 "paragraph numbers ('2.4', '3.2', '3.7', '4.1'; 3.7 and 4.1 are no paragraphs of the lesson) with "
                 "'Correct. Paragraph 3.2 is the second of the accordion's three paragraphs. ...' feedback and "
                 "'Submit' and 'Take again' buttons. Between them 'Continue' divider buttons, a statement block "
                 "('Every contact is a chance to ask ...'), a support note; after them a 'Next lesson' link; and the "
                 "course's data, base64-encoded JSON holding the same texts, in a script. The lesson quotes selected "
                 "paragraphs, so the numbers skip (2.2, 2.4; 3.6, 3.8). Not paragraphs: the outline, header, headings, "
                 "intros, accordion titles, card fronts and tips, quiz question, options and feedback, buttons, "
                 "statement, note and the script. The label is the number wherever it is printed (in the paragraph, "
                 "before it in a title or on a card's front, after it in a caption). No pages (null)."),
        "paragraphs": result,
    }


def check_rise(path, result, texts):
    """lxml.html: the paragraphs gathered from the lesson's blocks by kind (a text block's <p>s with a <strong> number,
    a quote and its caption's number, an accordion's title and panel, a flashcard's front and back) are the key; the
    quiz options are bare numbers; the script's base64 data holds the same texts."""
    import lxml.html
    doc = lxml.html.fromstring(path.read_bytes())
    got = []
    for sec in doc.xpath('//section[contains(@class, "block-wrapper")]'):
        cls = sec.get("class")
        if "--text" in cls:
            for p in sec.xpath('.//div[@class="block-text__paragraph"]//p'):
                strong = p.find("strong")
                if strong is not None:
                    got.append([strong.text, p.text_content()[len(strong.text) + 1:]])
        elif "--quote" in cls:
            m = re.search(r"paragraph (\d+\.\d+)$", sec.xpath('string(.//figcaption)'))
            got.append([m.group(1), sec.xpath('string(.//blockquote)')])
        elif "--accordion" in cls:
            for item in sec.xpath('.//div[@class="blocks-accordion__item"]'):
                got.append([item.xpath('string(.//span[@class="blocks-accordion__title"])').removeprefix("Paragraph "),
                            item.xpath('string(.//div[@class="blocks-accordion__description"])')])
        elif "--cards" in cls:
            for card in sec.xpath('.//li[contains(@class, "flashcard")]'):
                got.append([card.xpath('string(.//p[@class="flashcard__number"])'),
                            card.xpath('string(.//div[contains(@class, "flashcard-side--back")])')])
    if got != [[r["label"], texts[r["label"]]] for r in result]:
        raise AssertionError(f"rise.html: read back {[g[0] for g in got]}")
    opts = doc.xpath('//span[@class="quiz-multiple-choice-option__label"]/text()')
    data = json.loads(base64.b64decode(re.search(r'courseData = "([^"]+)"', path.read_text("utf-8")).group(1)))
    if opts != RI_OPTIONS or not all(t in json.dumps(data, ensure_ascii=False) for t in texts.values()):
        raise AssertionError("rise.html: quiz or course data")


# --------------------------------------------------------------------------
# 4. facilitator.pdf: a thematic SAR's facilitator's guide, the review's paragraphs inside a timed run sheet
# --------------------------------------------------------------------------
FG_L, FG_R, FG_C1, FG_C2 = 50.0, 545.0, 112.0, 440.0
FG_TOP, FG_BOT, FG_SIZE, FG_LEAD, FG_PAD = 782.0, 62.0, 9.5, 12.6, 5.0
FG_NUM, FG_QX = FG_C1 + 10, FG_C1 + 38  # a quoted paragraph's number and text, inside the middle column
# rows: (time, minutes, title, [("CUE", cue, text) | ("Q", label, words)], [resources]); "\n" forces a line break
FG_ROWS = [
    ("09.30", "10 mins", "Welcome and introductions", [
        ("CUE", "SAY", "Welcome everyone. Introduce yourself and your co-facilitator, and explain that the session "
                       "looks at the board's thematic review of four adults who were homeless."),
        ("CUE", "DO", "Agree the ground rules on the flipchart and point out the fire exits.")],
     ["Slides 1\u20132", "Flipchart"]),
    ("09.40", "20 mins", "Why the board did this review", [
        ("CUE", "READ ALOUD", ""), ("Q", "1.1", 70), ("Q", "1.2", 96),
        ("CUE", "ASK", "Who in the room has worked with someone who was sleeping rough? What got in the way?")],
     ["Slide 3", "Handout A"]),
    ("10.00", "25 mins", "Four lives", [
        ("CUE", "DO", "Split the group into four. Give each group one extract from Handout B, then read the extracts "
                      "aloud in turn."),
        ("Q", "2.1", 80), ("Q", "2.2", 76), ("Q", "2.3", 84), ("Q", "2.4", 72),
        ("CUE", "CLICK", "Slide 5: the timeline builds one year at a time.")],
     ["Slides 4\u20135", "Handout B"]),
    ("10.25", "15 mins", "Feedback", [
        ("CUE", "ASK", "What did the four people have in common? Look again at 2.2 and\n2.3 with the group: who "
                       "noticed what, and who was told?"),
        ("CUE", "SAY", "Draw out the theme of each service seeing one part of the picture.")],
     ["Flipchart"]),
    ("10.40", "15 mins", "Break", [], []),
    ("10.55", "30 mins", "What the review found", [
        ("CUE", "READ ALOUD", ""), ("Q", "3.1", 80), ("Q", "3.2", 70),
        ("CUE", "ASK", "Does this match your experience? Take two or three answers before you read on."),
        ("Q", "3.3", 78), ("Q", "3.5", 74)],
     ["Slides 6\u20138"]),
    ("11.25", "20 mins", "What the board will do", [
        ("CUE", "SAY", "The board has accepted all of the review's recommendations. Read the two that matter most "
                       "for today's group."),
        ("Q", "4.1", 66), ("Q", "4.2", 70),
        ("CUE", "DO", "Give out Handout C. Ask each person to write down one change they will make, and to share it "
                      "with the person next to them.")],
     ["Slide 9", "Handout C"]),
    ("11.45", "15 mins", "Close", [
        ("CUE", "SAY", "Thank everyone for coming. Remind the group that support is available after a difficult "
                       "session."),
        ("CUE", "DO", "Collect the evaluation forms before people leave.")],
     ["Evaluation forms"]),
]
TINT = (0.92, 0.95, 0.96)


def fg_mid_lines(items, pm, texts, order):
    """The middle column's lines: (gap before, [(x, s, font, rgb)], tinted, label or None)."""
    width = FG_C2 - FG_C1 - 2 * FG_PAD
    x0 = FG_C1 + FG_PAD
    out = []
    for item in items:
        if item[0] == "CUE":
            _, cue, say = item
            lead = cue + ":"
            if not say:
                out.append((4.0, [(x0, lead, AB, TEAL)], False, None))
                continue
            first = width - sw(lead + " ", AB, FG_SIZE)
            rows = [" ".join(ln) for ln in wrap(say.replace("\n", " \n ").split(" "), width,
                                                lambda z: sw(z, A, FG_SIZE), first) if ln]
            for k, ln in enumerate(rows):
                segs = [(x0 + sw(lead + " ", AB, FG_SIZE), ln, A, BLACK)] if k == 0 else [(x0, ln, A, BLACK)]
                if k == 0:
                    segs.insert(0, (x0, lead, AB, TEAL))
                out.append((4.0 if k == 0 else 0.0, segs, False, None))
        else:
            _, label, n_words = item
            t = pm.make(n_words, "adult")
            texts[label] = t
            order.append(label)
            for k, ln in enumerate(lines_of(t, FG_C2 - FG_PAD - 3 - FG_QX, A, FG_SIZE)):
                segs = [(FG_QX, ln, A, BLACK)]
                if k == 0:
                    segs.insert(0, (FG_NUM, label, AB, NAVY))
                out.append((5.0 if k == 0 else 0.0, segs, True, label if k == 0 else None))
    return out


def fg_header(lay, y):
    lay.rect(FG_L, y - 18, FG_R - FG_L, 18, NAVY)
    for x, s in zip((FG_L, FG_C1, FG_C2), _text.FG_COLS, strict=True):
        lay.text(x + FG_PAD, y - 12.5, s, AB, FG_SIZE, WHITE)
    return y - 18


def make_facilitator(out, pm):
    path = out / "facilitator.pdf"
    register_fonts(T1_FACES)
    lay = Layout(A4)
    lay.font = A
    lay.new_page()
    texts, order, placed, ends = {}, [], {}, {}
    y = 770.0
    lay.text(FG_L, y, _text.FG_BOARD, A, 10, GREY)
    lay.text(FG_L, y - 30, _text.FG_TITLE, AB, 24, NAVY)
    lay.text(FG_L, y - 52, _text.FG_SUB, AB, 13, TEAL)
    lay.text(FG_L, y - 70, f"{FICT}. {INVENTED}", AI, 8.5, GREY)
    y -= 96
    for label, value in _text.FG_GLANCE:
        lay.text(FG_L, y, label, AB, FG_SIZE, BLACK)
        lay.text(FG_L + 90, y, value, A, FG_SIZE, BLACK)
        lay.line(FG_L, y - 4.5, FG_R, y - 4.5, 0.4, (0.75, 0.75, 0.75))
        y -= 17
    y -= 12
    for head, lines, box in ((_text.FG_OUTCOMES_HEAD, _text.FG_OUTCOMES, False), (_text.FG_PREP_HEAD, _text.FG_PREP,
                                                                                 True)):
        lay.text(FG_L, y, head, AB, 12, NAVY)
        y -= 18
        for ln in lines:
            if box:  # a check box drawn as four lines, then the item
                for x1, y1, x2, y2 in ((0, 0, 8, 0), (8, 0, 8, 8), (8, 8, 0, 8), (0, 8, 0, 0)):
                    lay.line(FG_L + x1, y - 1 + y1, FG_L + x2, y - 1 + y2, 0.6, BLACK)
                lay.text(FG_L + 16, y, ln, A, FG_SIZE, BLACK)
            else:
                lay.text(FG_L, y, ln, A, FG_SIZE, BLACK)
            y -= 14
        y -= 10
    lay.text(FG_L, y, _text.FG_PLAN_HEAD, AB, 14, NAVY)
    y -= 16
    for ln in lines_of(_text.FG_KEY, FG_R - FG_L, AI, 8.5):
        lay.text(FG_L, y, ln, AI, 8.5, GREY)
        y -= 11
    y = fg_header(lay, y - 4)

    def new_page():
        lay.new_page()
        return fg_header(lay, FG_TOP)

    def frame(top, bottom, shade=False):
        if shade:
            lay.add(("R", FG_L, bottom, FG_R - FG_L, top - bottom, PALE), None)
            lay.pages[-1].insert(0, lay.pages[-1].pop())  # the shading under the row's text
        for x in (FG_L, FG_C1, FG_C2, FG_R):
            lay.line(x, top, x, bottom, 0.5, GREY)
        lay.line(FG_L, bottom, FG_R, bottom, 0.5, GREY)

    for time, mins, title, items, res in FG_ROWS:
        mid = [(0.0, [(FG_C1 + FG_PAD, title, AB, NAVY)], False, None), *fg_mid_lines(items, pm, texts, order)]
        side = max(2, len(res))
        if y - FG_PAD - sum(g + FG_LEAD for g, *_r in mid[:side + 1]) < FG_BOT:
            y = new_page()
        top = first_top = y
        base = y - FG_PAD - FG_SIZE * 0.8
        lay.text(FG_L + FG_PAD, base, time, AB, FG_SIZE + 1, BLACK)
        lay.text(FG_L + FG_PAD, base - FG_LEAD, f"({mins})", A, FG_SIZE - 0.5, GREY)
        for k, r in enumerate(res):
            lay.text(FG_C2 + FG_PAD, base - k * FG_LEAD, r, A, FG_SIZE, BLACK)
        first = True
        for gap, segs, tinted, label in mid:
            if not first:
                base -= gap + FG_LEAD
            if base - 3.5 < FG_BOT:
                frame(top, base + FG_LEAD - 3.5 - FG_PAD + gap, title == "Break")
                top = new_page()
                base = top - FG_PAD - FG_SIZE * 0.8
            first = False
            if tinted:
                lay.rect(FG_C1 + FG_PAD, base - 3.6, FG_C2 - FG_C1 - 2 * FG_PAD, FG_LEAD, TINT)
            for x, s, font, rgb in segs:
                lay.text(x, base, s, font, FG_SIZE, rgb)
            if label:
                placed[label] = (lay.n, FG_NUM, base)
            if tinted:
                ends[[lab for lab in order if lab in placed][-1]] = lay.n
        if top == first_top:  # the time and the resources are as tall as the row at least
            base = min(base, first_top - FG_PAD - FG_SIZE * 0.8 - (side - 1) * FG_LEAD)
        y = base - 3.5 - FG_PAD
        frame(top, y, title == "Break")
    n = lay.n
    for k in range(1, n + 1):
        lay.text(FG_R - sw(_text.FG_HEAD, AB, 8), 808, _text.FG_HEAD, AB, 8, (0.7, 0.1, 0.1), page=k)
        lay.line(FG_L, 800, FG_R, 800, 0.4, GREY, page=k)
        foot = _text.FG_FOOT.format(k=k, n=n)
        lay.text((FG_L + FG_R - sw(foot, A, 8.5)) / 2, 36, foot, A, 8.5, GREY, page=k)
    lay.render(path, canvas_info("Facilitator's guide - thematic review learning event", "Dev Ramanathan",
                                 "Microsoft\u00ae Word for Microsoft 365", "Microsoft\u00ae Word for Microsoft 365"))
    result = [entry(lab, placed[lab][0], texts[lab]) for lab in order]
    check_lengths(path.name, list(texts.values()))
    check_count(path.name, result, 10, 25)
    cross = check_crossings(path.name, result, [ends[lab] for lab in order], least=1)
    check_facilitator(path, result, texts, placed, ends)
    return {
        "note": ("A THEMATIC SAFEGUARDING ADULTS REVIEW'S FACILITATOR'S GUIDE for a learning event, made in Word "
                 f"and saved as PDF ({n} pages, 'FOR FACILITATORS \u2013 NOT FOR CIRCULATION' at the top right and "
                 "'... Page 2 of N' at the foot of every page): a title block, a 'Session at a glance' list, learning "
                 "outcomes typed '1.' to '3.' at the left margin, a 'Before the session' checklist with drawn boxes, "
                 "then the SESSION PLAN: A THREE-COLUMN RUN SHEET TABLE (Time | What happens | Slides and resources; "
                 "the navy header row repeated on every page; rows break across pages). THE TIME COLUMN, AT THE LEFT "
                 "MARGIN WHERE NUMBERS USUALLY STAND, HOLDS UK CLOCK TIMES WRITTEN WITH A STOP, '09.40', '10.25', "
                 "'10.55', '11.25', in bold a point larger, with '(20 mins)' under each: THEY ARE NO PARAGRAPH "
                 "NUMBERS. The middle column holds the row's bold title, the facilitator's cues ('SAY:', 'ASK:', "
                 "'DO:', 'CLICK:', 'READ ALOUD:' in bold teal, the text run in after them, continuation lines at the "
                 "column's left) and the review's paragraphs quoted with their own numbers: a bold navy number "
                 "indented 10 pt into the column, the text hanging at 38 pt on a pale tinted band, selected "
                 "paragraphs so the numbers skip (3.3 then 3.5). One cue wraps so that a continuation line BEGINS "
                 "'2.3 with the group: who noticed what ...', 5 pt left of where the quoted numbers stand, after a "
                 "line ending 'Look again at 2.2 and'. A shaded 'Break' row. Paragraphs run over page breaks inside "
                 f"their rows ({', '.join(cross)}), past the footer, the next page's header and the repeated table "
                 "header. Not paragraphs: the times and durations, titles, cues, resources, outcomes, checklist, "
                 "headers and footers. Pages: physical."),
        "paragraphs": result,
    }


def check_facilitator(path, result, texts, placed, ends):
    """pdfplumber: each number drawn where placed; the middle column's regular-weight words (so neither the header
    rows, the cues' bold words nor the titles) hold every paragraph's text whole, across page breaks too; the first
    words on the paragraph's page, the last words on its last page; the times at the left margin."""
    pages = pdf_pages(path)
    h = A4[1]
    mids, whole = [], []
    for chars in pages:
        cs = [c for c in box_chars(chars, FG_C1, FG_BOT - 10, FG_C2, FG_TOP, h) if c["fontname"].endswith(A)]
        mids.append(words_of(cs))
        whole += mids[-1]
    for d in result:
        pg, x, y = placed[d["label"]]
        label_at(pages[pg - 1], x, y, d["label"], path.name)
        if not contains_seq(whole, norm(texts[d["label"]])) or not contains_seq(mids[pg - 1], norm(d["starts_with"])):
            raise AssertionError(f"facilitator.pdf: text of {d['label']}")
        e = ends[d["label"]]
        if not contains_seq(mids[e - 1], norm(d["ends_with"])):
            raise AssertionError(f"facilitator.pdf: ends_with of {d['label']}")
    times = [w for chars in pages for w in words_of([c for c in box_chars(chars, FG_L, FG_BOT, FG_C1, FG_TOP, h)
                                                     if abs(c["size"] - FG_SIZE - 1) < 0.01])]
    starts = [w["text"] for chars in pages for w in _line_words(chars) if abs(w["x0"] - FG_C1 - FG_PAD) < 0.05]
    if times != norm(" ".join(r[0] for r in FG_ROWS)) or "2.3" not in starts or not contains_seq(
            [w for p in mids for w in p], norm("look again at 2.2 and 2.3 with the group")):
        raise AssertionError(f"facilitator.pdf: times {times[:6]}, line starts {starts}")


def _line_words(chars):
    from pdfplumber.utils import extract_words
    return extract_words(chars, x_tolerance=1)


# --------------------------------------------------------------------------
# 5. readinggroup.md: a learning review's reading group pack, a page of a partnership's MkDocs learning hub
# --------------------------------------------------------------------------
RG_PLAN = {1: [("1.1", 70), ("1.2", 76), ("1.3", 64)], 2: [("2.1", 72), ("2.2", 66), ("2.3", 80), ("2.5", 70)],
           3: [("3.1", 74), ("3.2", 82), ("3.3", 68), ("3.4", 60)], 4: [("4.1", 62), ("4.3", 66)]}
RG_WIDTH = 88


def rg_wrap(s, width, prefix=""):
    return [prefix + " ".join(ln) for ln in wrap(s.split(" "), width - len(prefix), len)]


def rg_quote(label, t, lazy=False, marker_after=None):
    """A blockquote of one paragraph: '> **2.3** The ...' hard-wrapped; ``lazy``: its third line without the '> '
    (a lazy continuation line); ``marker_after``: an annotation marker ' (1)' after that many characters."""
    s = f"**{label}** {t}"
    if marker_after is not None:
        s = s[:marker_after] + " (1)" + s[marker_after:]
    lines = rg_wrap(s, RG_WIDTH, "> ")
    if lazy:
        lines[2] = lines[2][2:]
    return "\n".join(lines)


def make_readinggroup(out, pm):
    path = out / "readinggroup.md"
    result, texts = [], {}
    for plan in RG_PLAN.values():
        for label, n_words in plan:
            texts[label] = pm.make(n_words, "child")
            result.append(entry(label, None, texts[label]))
    front = ("---\n" f'title: "{_text.RG_TITLE}"\n' f'description: "{FICT}. {INVENTED}"\n'
             "tags:\n  - reading group\n  - learning review\n  - neglect\nhide:\n  - navigation\n---")
    blocks = [front, f"# {_text.RG_TITLE}", f'!!! warning "FICTIONAL"\n    {FICT}. {INVENTED}',
              f"*{_text.RG_BOARD} \u00b7 Practice reading group \u00b7 Pack 4 \u00b7 May 2025*",
              "## How to use this pack", "\n".join(rg_wrap(_text.RG_INTRO, RG_WIDTH)),
              "\n".join(f"{k}. {g}" for k, g in enumerate(_text.RG_GROUND, 1)),
              "[Download the full review (PDF)](https://ashgill-scp.example/reviews/child-n.pdf){ .md-button }"]
    first = {2: None}
    for s, plan in RG_PLAN.items():
        labels = [lab for lab, _n in plan]
        blocks += [f"## {_text.RG_SESSIONS[s - 1]}", _text.RG_READING.format(a=labels[0], b=labels[-1],
                                                                               m=2 * len(labels))]
        qs = _text.RG_QUESTIONS[s]
        if s == 1:  # one blockquote of three paragraphs, parted by '>' lines
            blocks.append("\n>\n".join(rg_quote(lab, texts[lab]) for lab in labels))
            blocks.append('!!! question "Discussion"\n\n' + "\n\n".join(
                "\n".join(rg_wrap(f"**Q1.{k}** {q}", RG_WIDTH, "    ")) for k, q in enumerate(qs, 1)))
            blocks.append('??? note "Facilitator\'s note"\n\n' + "\n".join(
                rg_wrap(_text.RG_FACILITATOR.format(n="1.2"), RG_WIDTH, "    ")))
        elif s == 2:
            for lab in labels:
                if lab == "2.3":  # an annotation marker after the first sentence, the annotation after the block
                    cut = len(f"**{lab}** ") + len(re.match(r"(.+?[.!?])(?:\s|$)", texts[lab]).group(1))
                    first[2] = cut
                    blocks += ['<div class="annotate" markdown>', rg_quote(lab, texts[lab], marker_after=cut),
                               "</div>", "\n    ".join(rg_wrap("1.  " + _text.RG_ANNOTATION, RG_WIDTH - 4))]
                else:
                    blocks.append(rg_quote(lab, texts[lab]))
            blocks += ["\n".join(rg_wrap(f"**Q2.{k}** {q}", RG_WIDTH)) for k, q in enumerate(qs, 1)]
        elif s == 3:
            blocks += [rg_quote(lab, texts[lab], lazy=lab == "3.2") for lab in labels]
            lazy = rg_quote("3.2", texts["3.2"], lazy=True).split("\n")[2]
            tab = [f"**Q3.{k}** {q}" for k, q in enumerate(qs, 1)]
            man = [f"**Q3.{k}** {q}" for k, q in enumerate(_text.RG_MANAGERS, 1)]
            blocks += ['=== "Practitioners"', "\n\n".join("\n".join(rg_wrap(q, RG_WIDTH, "    ")) for q in tab),
                       '=== "Managers"', "\n\n".join("\n".join(rg_wrap(q, RG_WIDTH, "    ")) for q in man)]
        else:
            blocks += [rg_quote(lab, texts[lab]) for lab in labels]
            blocks.append('!!! question "Discussion"\n\n' + "\n".join(rg_wrap(f"**Q4.1** {qs[0]}", RG_WIDTH, "    ")))
            blocks.append('!!! tip "Before next time"\n\n' + "\n".join(rg_wrap(_text.RG_NEXT, RG_WIDTH, "    ")))
    blocks.append("[^1]: " + "\n    ".join(rg_wrap(_text.RG_FOOTNOTE, RG_WIDTH - 6)))
    blocks.append("\n".join(f"*[{a}]: {b}" for a, b in _text.RG_ABBR))
    tokens = write_markdown(path, blocks)
    check_lengths(path.name, list(texts.values()))
    check_count(path.name, result, 12, 25)
    check_readinggroup(path, tokens, result, texts, lazy)
    return {
        "note": ("A LEARNING REVIEW'S READING GROUP PACK, a page of a partnership's learning hub written in Markdown "
                 "for MkDocs with its Material theme's extensions: YAML front matter (title, tags, 'hide: "
                 "navigation'), a '!!! warning \"FICTIONAL\"' admonition, an italic credit line, 'How to use this "
                 "pack' with a footnote reference '[^1]' and THE PACK'S OWN GROUND RULES AS AN ORDERED LIST '1.' to "
                 "'3.', a '{ .md-button }' download link; then four '## Session N: ...' sections, each with a "
                 "'**Reading:** paragraphs 2.1 to 2.5 (about 8 minutes)' line, the review's paragraphs QUOTED AS "
                 "BLOCKQUOTES HARD-WRAPPED AT 88 COLUMNS, '> **2.1** The ...' (the number in bold), selected so the "
                 "numbers skip (2.5 after 2.3, 4.3 after 4.1), and the pack's DISCUSSION QUESTIONS NUMBERED LIKE "
                 "PARAGRAPHS, '**Q2.1** When did ...' (session 1's and 4's inside '!!! question \"Discussion\"' "
                 "admonitions, indented four spaces, which CommonMark reads as code blocks; session 2's as top-level "
                 "paragraphs right after the quotes; session 3's in CONTENT TABS '=== \"Practitioners\"' and '=== "
                 "\"Managers\"', both opening '**Q3.1**'). Session 1's three paragraphs are ONE blockquote parted by "
                 "'>' lines; session 3's 3.2 has a LAZY CONTINUATION line (its third line has no '> ', still part of "
                 "the quote); session 2's 2.3 sits in a '<div class=\"annotate\" markdown>' with an ANNOTATION MARKER "
                 "' (1)' after its first sentence and the annotation as an ordered list item after the div ('1.  Ask "
                 "the group what they would have done ...'); a collapsible '??? note \"Facilitator's note\"' whose "
                 "text OPENS WITH THE REVIEW'S NUMBER, '1.2 is often read as a criticism ...' (after the quote of 1.1 "
                 "to 1.3); a '!!! tip \"Before next time\"' after 4.3; the footnote's definition and abbreviation "
                 "definitions ('*[LSCP]: ...') at the end. Not paragraphs: everything but the quoted paragraphs (the ' "
                 "(1)' marker is no part of 2.3's text). No pages (null)."),
        "paragraphs": result,
    }


def check_readinggroup(path, tokens, result, texts, lazy):
    """markdown-it (CommonMark): the paragraphs inside blockquotes that open with a bold number are the key (their
    soft breaks made spaces, 2.3's annotation marker taken out); the Q-numbered questions are top-level paragraphs
    (session 2) or code blocks (admonitions and tabs); the facilitator's note is a code block opening '1.2 '; the
    ground rules and the annotation are ordered lists; 3.2's lazy line is inside its quote."""
    got, depth, code, lists = [], 0, [], 0
    for k, tok in enumerate(tokens):
        if tok.type == "blockquote_open":
            depth += 1
        elif tok.type == "blockquote_close":
            depth -= 1
        elif tok.type == "inline" and depth:
            m = re.fullmatch(r"\*\*(\d+\.\d+)\*\* (.+)", tok.content.replace("\n", " "), re.S)
            if m:
                got.append([m.group(1), m.group(2).replace(" (1)", "", 1) if m.group(1) == "2.3" else m.group(2)])
        elif tok.type == "code_block":
            code.append(tok.content.strip())
        elif tok.type == "ordered_list_open" and tokens[k - 1].type != "list_item_open":
            lists += 1
    if got != [[r["label"], texts[r["label"]]] for r in result]:
        raise AssertionError(f"readinggroup.md: read back {[g[0] for g in got]}")
    raw = path.read_text("utf-8")
    if not any(c.startswith("1.2 is often read") for c in code) or sum("**Q" in c for c in code) < 3 or lists != 2 \
            or len([ln for ln in raw.split("\n") if ln.startswith("**Q2.")]) != 3 or " (1) " not in raw:
        raise AssertionError(f"readinggroup.md: furniture {code[:3]} {lists}")
    if f"\n{lazy}\n" not in raw or lazy.startswith(">") or lazy not in texts["3.2"]:
        raise AssertionError(f"readinggroup.md: lazy line {lazy!r}")


def build(out):
    return _harness.build_files(out, ParaMaker(), {
        "sevenminute.pdf": make_sevenminute, "workbook.docx": make_workbook,
        "rise.html": make_rise, "facilitator.pdf": make_facilitator,
        "readinggroup.md": make_readinggroup})


def main(out: pathlib.Path, determinism: bool = True) -> dict:
    """Build and self-check into ``out``; with ``determinism``, build again elsewhere and compare the bytes."""
    return _harness.build_checked(build, out, "blind62-determinism-", determinism)


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
