"""Blind fixture generator 24: five FICTIONAL review documents, as councils, NHS trusts and police forces publish them.

FICTIONAL – for software testing. Run: python make.py [outdir] (a few seconds: everything is built twice and the
bytes compared). Needs reportlab (its canvas and its font folder: Arial and Times New Roman metric Type 1 faces),
lxml, python-docx and pdfplumber; no system fonts, no LibreOffice, no network. Every generator checks its own key
with pdfplumber/lxml/python-docx, never with the project's parser.

opener.pdf      an NHS trust's independent investigation report in which every chapter begins on a full-bleed teal
                opener page holding only a huge white chapter number ("2", 190 pt), the chapter title and an "In
                this chapter" box ("Paragraphs 2.1 to 2.5 ..."); the chapter's paragraphs ("2.1" hanging, bold teal)
                start on the next page, under a running header naming the chapter
redacted.pdf    a police force's disclosure copy of a review, paragraphs numbered "14." straight through: words
                removed and covered by solid black boxes in mid-line (the text layer has a gap there), one paragraph
                wholly redacted to a black block carrying only white "Redacted \u2013 section 40(2)" after its
                number, a red "REDACTED FOR PUBLICATION" stamp and "OFFICIAL" above and below every page
nested.docx     a council's Word template where each section is a one-row outer table (a shaded left cell with the
                section number and title, a right cell holding a borderless nested table of number and text cells);
                one text cell holds a third-level data table between its lead-in and the rest of its paragraph,
                another holds two Word paragraphs; each outer table is followed by a page break
dataattr.html   a public inquiry's Drupal site whose paragraph numbers are nowhere in the text: each paragraph is a
                <div class="numbered-paragraph" id="para-3-2" data-number="3.2"> and the number is drawn by CSS
                (::before { content: attr(data-number) }), chapter numbers likewise from <h2 data-chapter="3">
sharepoint.html an NHS trust's SharePoint Online news page saved from a browser: the page's canvas JSON (the same
                text again, escaped) in a <script>, then CanvasZone/CanvasSection/ControlZone divs whose Rich Text
                Editor web parts hold "<strong>2.1</strong>&nbsp;&nbsp;" paragraphs, numbered <h2>s, empty
                "&nbsp;" spacer paragraphs, a soft <br> in a paragraph, an unnumbered <p> carrying one on, an image
                web part between two text web parts, a side column of numbered quick links and a comments section

Judgement calls (what a practitioner citing the report would expect):
- the label is the printed paragraph number without a trailing stop ("14." is 14); where the number is shown only by
  CSS from a data attribute, the label is that attribute's value (the number the reader sees);
- headings, chapter opener pages (the huge chapter number, the title and the "In this chapter" box), title pages,
  running heads and footers, stamps, tables between parts of a paragraph, image captions, quick links, comments and
  scripts are no paragraph's text; a chapter opener page holds no paragraph;
- redacted words are simply absent (a black box is no word); a wholly redacted paragraph still carries its number,
  and its only words are the overlay "Redacted \u2013 section 40(2)";
- a nested data table inside a paragraph's cell, followed by more text in the same cell, does not end the paragraph:
  the text after it is the paragraph's (its last words are the cell's last words); so is an unnumbered <p> (or a
  second Word paragraph in the same cell) that carries a numbered one on;
- pages: physical and 1-based for PDF. DOCX pages are counted from explicit breaks: page = 1 + the page breaks
  (<w:br w:type="page"/>) before the paragraph (each page holds at most about 480 words). HTML has no pages (null).
"""
import json
import os
import pathlib
import re
import sys
import tempfile

if __package__ in (None, ""):
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    sys.path.insert(1, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    from blindkit.draw import Layout, register_fonts, sw, wrap  # type: ignore
    from blindkit.flow import DrawFlow as Flow  # type: ignore
    from blindkit.keys import check_count, check_lengths, entry  # type: ignore
    from blindkit.markup import hesc, wr, zip_parts  # type: ignore
    from blindkit.pdfread import label_at, pdf_pages, seq_in, words_of  # type: ignore
    from text import ParaMaker, contains_seq, norm  # type: ignore
else:
    from ..blindkit.draw import Layout, register_fonts, sw, wrap
    from ..blindkit.flow import DrawFlow as Flow
    from ..blindkit.keys import check_count, check_lengths, entry
    from ..blindkit.markup import hesc, wr, zip_parts
    from ..blindkit.pdfread import label_at, pdf_pages, seq_in, words_of
    from .text import ParaMaker, contains_seq, norm

FICT = "FICTIONAL \u2013 for software testing"
A4 = (595.28, 841.89)


T1_FACES = {"ArialMT": "_a______", "Arial-BoldMT": "_ab_____", "Arial-ItalicMT": "_ai_____",
            "Arial-BoldItalicMT": "_abi____", "TimesNewRomanPSMT": "_er_____",
            "TimesNewRomanPS-BoldMT": "_eb_____", "TimesNewRomanPS-ItalicMT": "_ei_____"}


# --------------------------------------------------------------------------
# pages as lists of primitives, drawn with reportlab's canvas (invariant mode: no dates or random IDs)
# --------------------------------------------------------------------------


# --------------------------------------------------------------------------
# 1. opener.pdf: every chapter begins on a full-bleed opener page with a huge chapter number; its paragraphs start
#    on the next page
# --------------------------------------------------------------------------
OP_PLAN = [
    ("1", "Introduction and scope", [70, 85, 80]),
    ("2", "Ms R\u2019s care and treatment", [110, 125, 115, 120, 105]),
    ("3", "Findings", [130, 120, 135, 125, 115, 110]),
    ("4", "Recommendations and next steps", [85, 90, 80]),
]
OP_TITLE = "Independent investigation into the care and treatment of Ms R"


def make_opener(out, pm):
    path = out / "opener.pdf"
    lay = Layout()
    F, FB, FI = "ArialMT", "Arial-BoldMT", "Arial-ItalicMT"
    TEAL, WHITE, INK, GREY = (0.0, 0.42, 0.45), (1, 1, 1), (0.12, 0.12, 0.12), (0.45, 0.45, 0.45)
    FS, LEAD = 10.5, 14.5
    NX, TX, R = 56.0, 94.0, 539.0
    TOP, BOTTOM = 782.0, 64.0

    def meas(s):
        return sw(s, F, FS)

    lay.new_page()
    lay.rect(0, 700, A4[0], A4[1] - 700, TEAL)
    lay.text(NX, 790, "Greywater Valley NHS Foundation Trust", FB, 12, WHITE)
    lay.text(NX, 730, "INDEPENDENT INVESTIGATION", FB, 10, WHITE)
    lay.text(NX, 640, OP_TITLE[:48].rsplit(" ", 1)[0], FB, 22, TEAL)
    lay.text(NX, 612, OP_TITLE[len(OP_TITLE[:48].rsplit(" ", 1)[0]) + 1:], FB, 22, TEAL)
    lay.text(NX, 580, "Final report, published June 2025", F, 12, INK)
    lay.text(NX, 556, FICT + ". Every person, place and service named here is invented.", FI, 9.5, INK)
    openers, body_pages, chapter_of = [], set(), {}
    flow = Flow(lay, TOP, BOTTOM, lay.new_page)
    result, texts, labels = [], [], []
    for num, title, items in OP_PLAN:
        lay.new_page()  # the opener page: nothing but the chapter number, its title and what it covers
        openers.append(lay.n)
        lay.rect(0, 0, A4[0], A4[1], TEAL)
        lay.text(NX - 8, 520, num, FB, 190, WHITE)
        lay.text(NX, 470, f"Chapter {num}", F, 14, WHITE)
        lay.text(NX, 440, title, FB, 26, WHITE)
        lay.rect(NX, 250, 300, 150, (0.0, 0.33, 0.36))
        lay.text(NX + 16, 376, "In this chapter", FB, 11, WHITE)
        half = (len(items) + 1) // 2
        spans = [(1, half, "what the records show"), (half + 1, len(items), "what the panel concluded")]
        for i, (a, b, what) in enumerate(spans):
            span = f"Paragraphs {num}.{a} to {num}.{b}" if b > a else f"Paragraph {num}.{a}"
            lay.text(NX + 16, 350 - i * 22, f"{span}: {what}", F, 10, WHITE)
        flow.page()
        body_pages.add(lay.n)
        for k, n_words in enumerate(items, 1):
            label = f"{num}.{k}"
            t = pm.make(n_words, "adult")
            texts.append(t)
            rows = []
            for i, ln in enumerate(wrap(t.split(), R - TX, meas)):
                def draw(pg, y, ln=ln, first=i == 0, label=label):
                    if first:
                        lay.text(NX, y, label, FB, FS, TEAL, page=pg)
                    lay.text(TX, y, " ".join(ln), F, FS, INK, page=pg)
                rows.append((10.0 if i == 0 else 0.0, LEAD, draw))
            placed = flow.place(rows)
            for pg, _y in placed:
                body_pages.add(pg)
                chapter_of[pg] = (num, title)
            labels.append((placed[0][0], placed[0][1]))
            result.append(entry(label, placed[0][0], t))
    n = lay.n
    for pg in sorted(body_pages):
        num, title = chapter_of[pg]
        lay.text(NX, 806, f"Chapter {num}: {title}", F, 8, GREY, page=pg)
        hd = "Independent investigation: Ms R \u2013 FICTIONAL"
        lay.text(R - sw(hd, F, 8), 806, hd, F, 8, GREY, page=pg)
        lay.line(NX, 800, R, 800, 0.5, TEAL, page=pg)
        lay.text(R - sw(str(pg), FB, 9), 36, str(pg), FB, 9, TEAL, page=pg)
    lay.render(path, {"Title": OP_TITLE + " (FICTIONAL)", "Author": "Greywater Valley NHS FT (FICTIONAL)",
                      "Subject": FICT, "Creator": "Adobe InDesign 19.0 (Windows)",
                      "Producer": "Adobe PDF Library 17.0"})
    check_lengths(path.name, texts)
    check_count(path.name, result)
    pages = pdf_pages(path)
    if len(pages) != n or not 9 <= n <= 16 or set(openers) & body_pages:
        raise AssertionError(f"opener.pdf: {n} pages, openers {openers}")

    def body(c):
        return BOTTOM - 1 <= c["matrix"][5] <= TOP + 1

    pw = [words_of(p, body) if pg in body_pages else [] for pg, p in enumerate(pages, 1)]
    allw = [w for p in pw for w in p]
    for d, t, (pg, y) in zip(result, texts, labels, strict=True):
        seq_in(allw, d["label"] + " " + t, path.name, d["label"])
        label_at(pages[pg - 1], NX, y, d["label"], path.name)
        if not contains_seq(pw[pg - 1], norm(d["label"] + " " + d["starts_with"])):
            raise AssertionError(f"opener.pdf: starts_with of {d['label']}")
    # the first paragraph of each chapter starts on the page right after that chapter's opener page
    firsts = [d["page"] for d in result if d["label"].endswith(".1")]
    if firsts != [p + 1 for p in openers]:
        raise AssertionError(f"opener.pdf: chapters start on {firsts}, openers {openers}")
    for pg in openers:
        big = [c for c in pages[pg - 1] if c["size"] > 100]
        if len(big) != 1:
            raise AssertionError("opener.pdf: the chapter number on its opener page")
    return {
        "note": ("An NHS trust's independent investigation report from a desktop-publishing tool. Page 1 is a title "
                 "page. Every chapter begins on an opener page of its own, filled edge to edge in teal: a huge "
                 "white chapter number ('2', Arial Bold 190 pt), 'Chapter 2' and the chapter title in white, and "
                 "an 'In this chapter' box listing 'Paragraphs 2.1 to 2.3: what the records show' and the like. "
                 "An opener page holds no paragraph: its number, title and box are not paragraphs nor anybody's "
                 "text, and the chapter's paragraphs start at the top of the next page. Paragraphs are numbered "
                 "'2.1' in bold teal hanging left of the text (Arial 10.5 pt); there are no other headings. Body "
                 "pages carry a running header 'Chapter 2: ...' over a teal rule and a page number; none of these "
                 "are paragraphs. Pages are physical, 1-based."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 2. redacted.pdf: a disclosure copy with black redaction boxes in mid-line and one paragraph redacted whole
# --------------------------------------------------------------------------
RD_PLAN = [
    ("Introduction", [70, 80]),
    ("Background", [95, ("R", 1), 100, ("R", 2)]),
    ("The events of 14 and 15 March", [110, ("R", 1), "FULL", 105, ("R", 1), 115]),
    ("Analysis", [120, ("R", 2), 110, 125]),
    ("Learning", [85, ("R", 1), 80]),
]
RD_TITLE = "Domestic Homicide Review: overview report"
RD_OVERLAY = "Redacted \u2013 section 40(2)"


def make_redacted(out, pm):
    path = out / "redacted.pdf"
    lay = Layout()
    T, TB, TI, A, AB = ("TimesNewRomanPSMT", "TimesNewRomanPS-BoldMT", "TimesNewRomanPS-ItalicMT", "ArialMT",
                        "Arial-BoldMT")
    FS, LEAD = 11.0, 14.5
    NX, TX, R = 62.0, 94.0, 533.0
    TOP, BOTTOM = 770.0, 72.0
    BLACK = (0, 0, 0)
    space = sw(" ", T, FS)

    def tw(tok):
        return tok[1] if isinstance(tok, tuple) else sw(tok, T, FS)

    def wrap_tokens(toks, width):
        lines, cur, wd = [], [], 0.0
        for tok in toks:
            add = tw(tok) if not cur else wd + space + tw(tok)
            if cur and add > width:
                lines.append(cur)
                cur, wd = [tok], tw(tok)
            else:
                cur.append(tok)
                wd = add
        if cur:
            lines.append(cur)
        return lines

    def draw_line(pg, x, y, toks):
        run, cx = [], x
        for tok in toks:
            if isinstance(tok, tuple):
                if run:
                    s = " ".join(run)
                    lay.text(cx, y, s, T, FS, page=pg)
                    cx += sw(s, T, FS) + space
                    run = []
                lay.rect(cx, y - 2.6, tok[1], FS + 0.8, BLACK, page=pg)
                cx += tok[1] + space
            else:
                run.append(tok)
        if run:
            lay.text(cx, y, " ".join(run), T, FS, page=pg)

    flow = Flow(lay, TOP, BOTTOM, lay.new_page)
    lay.new_page()
    lay.text(NX, 742, RD_TITLE, TB, 18)
    lay.text(NX, 720, "Report into the death of Adult F (FICTIONAL), Harrowmere Community Safety Partnership", T, 11)
    lay.text(NX, 704, FICT + ". Every person, place and service named here is invented.", TI, 9.5)
    flow.cur = 684.0
    result, texts, labels, hidden, n = [], [], [], [], 0
    for title, items in RD_PLAN:
        rows = [(16.0, 20.0, lambda pg, y, s=title: lay.text(NX, y, s, TB, 12.5, page=pg))]
        for it in items:
            n += 1
            label = str(n)
            if it == "FULL":  # the whole paragraph under one black block, the reason in white on it
                shown = RD_OVERLAY

                def draw_full(pg, y, label=label):
                    top = y + 0.78 * 5 * LEAD - 1
                    lay.text(NX, top - 11, label + ".", T, FS, page=pg)
                    lay.rect(TX, top - 5 * LEAD, R - TX, 5 * LEAD, BLACK, page=pg)
                    lay.text(TX + 8, top - 11, RD_OVERLAY, A, 9, (1, 1, 1), page=pg)
                placed = flow.place([*rows, (8.0, 5 * LEAD, draw_full)], keep=len(rows) + 1)[len(rows):]
                rows = []
                pg0 = placed[0][0]
                labels.append((pg0, placed[0][1] + 0.78 * 5 * LEAD - 1 - 11))
                texts.append(shown)
                result.append({"label": label, "page": pg0, "starts_with": RD_OVERLAY, "ends_with": RD_OVERLAY})
                continue
            n_words = it if isinstance(it, int) else 105
            t = pm.make(n_words, "dhr")
            ws = t.split()
            toks = list(ws)
            if isinstance(it, tuple):  # one or two spans of words removed and boxed over
                cuts = [len(ws) // 2] if it[1] == 1 else [len(ws) // 3, 2 * len(ws) // 3]
                for c in reversed(cuts):
                    span = ws[c:c + 3]
                    hidden.append(span)
                    toks[c:c + 3] = [("BOX", sw(" ".join(span), T, FS))]
                for c in sorted(cuts, reverse=True):
                    del ws[c:c + 3]
            shown = " ".join(ws)
            texts.append(shown)
            prow = []
            for i, ln in enumerate(wrap_tokens(toks, R - TX)):
                def draw(pg, y, ln=ln, first=i == 0, label=label):
                    if first:
                        lay.text(NX, y, label + ".", T, FS, page=pg)
                    draw_line(pg, TX, y, ln)
                prow.append((8.0 if i == 0 else 0.0, LEAD, draw))
            placed = flow.place(rows + prow, keep=len(rows) + 2)[len(rows):]
            rows = []
            labels.append((placed[0][0], placed[0][1]))
            result.append(entry(label, placed[0][0], shown))
    npg = lay.n
    for pg in range(1, npg + 1):
        for y in (812, 24):
            lay.text((A4[0] - sw("OFFICIAL", AB, 10)) / 2, y, "OFFICIAL", AB, 10, page=pg)
        st = "REDACTED FOR PUBLICATION"
        lay.text(R - sw(st, AB, 9), 792, st, AB, 9, (0.8, 0.05, 0.05), page=pg)
        ft = f"Page {pg} of {npg}"
        lay.text(R - sw(ft, A, 8.5), 44, ft, A, 8.5, page=pg)
        lay.text(NX, 44, "Harrowmere CSP \u2013 DHR Adult F \u2013 FICTIONAL", A, 8.5, page=pg)
    lay.render(path, {"Title": RD_TITLE + " (FICTIONAL, redacted)", "Author": "Harrowmere CSP (FICTIONAL)",
                      "Subject": FICT, "Creator": "Microsoft\u00ae Word for Microsoft 365",
                      "Producer": "Adobe Acrobat Pro (64-bit) 24.1.20643; modified using Redact"})
    check_lengths(path.name, [t for t in texts if t != RD_OVERLAY])
    check_count(path.name, result)
    pages = pdf_pages(path)
    if len(pages) != npg or not 4 <= npg <= 9:
        raise AssertionError(f"redacted.pdf: {npg} pages")

    def body(c):
        return BOTTOM - 1 <= c["matrix"][5] <= TOP + 1 and c["fontname"].endswith(("PSMT", "ArialMT"))

    pw = [words_of(p, body) for p in pages]
    allw = [w for p in pw for w in p]
    for d, t, (pg, y) in zip(result, texts, labels, strict=True):
        seq_in(allw, d["label"] + " " + t, path.name, d["label"])
        label_at(pages[pg - 1], NX, y, d["label"] + ".", path.name)
        if not contains_seq(pw[pg - 1], norm(d["label"] + " " + d["starts_with"])):
            raise AssertionError(f"redacted.pdf: starts_with of {d['label']}")
    # each paragraph's words without its redacted spans were read back in one piece above, so the spans are gone
    # from the text layer; here the boxes: one black rectangle per span and one for paragraph 9
    import pdfplumber
    with pdfplumber.open(path) as pl:
        boxes = sum(1 for p in pl.pages for r in p.rects if tuple(r["non_stroking_color"] or ()) in ((0,), (0, 0, 0)))
    if len(hidden) < 7 or boxes != len(hidden) + 1:
        raise AssertionError(f"redacted.pdf: {boxes} black boxes for {len(hidden)} redactions")
    return {
        "note": (f"A police force's disclosure copy of a domestic homicide review (Times New Roman 11 pt), paragraphs "
                 "numbered '14.' straight through (label 14), the number hanging left of the text, under unnumbered "
                 f"bold headings. Redacted with a redaction tool: in {len(hidden)} places three words have been "
                 "removed from the text layer and a solid black box of their width drawn where they stood, in mid-line "
                 "(never among a paragraph's first eight or last six words); the box is no word and the key's text "
                 "is what is left. Paragraph 9 is redacted whole: its number '9.' is printed, then a black block "
                 "five lines deep carrying only the white overlay 'Redacted \u2013 section 40(2)', which is its "
                 "only text (its first and last words). 'OFFICIAL' above and below every page, a red 'REDACTED FOR "
                 "PUBLICATION' stamp under it and a 'Page N of M' footer are not paragraphs. Pages are physical, "
                 "1-based."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 3. nested.docx: each section an outer one-row table (shaded title cell | cell holding a borderless nested table of
#    number and text cells); a data table nested a level further inside one paragraph's text cell
# --------------------------------------------------------------------------
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
NT_PLAN = [
    ("1", "Introduction", [75, 80, 70]),
    ("2", "Background", [95, ("TABLE",), 90, 85]),
    ("3", "Practice episodes", [100, ("TWO",), 95, 90]),
    ("4", "Analysis", [105, 100, ("TWO",), 95]),
    ("5", "Recommendations", [70, 75]),
]
NT_TITLE = "Safeguarding Adults Review: Mrs D"
NT_DATA = [("Agency", "Contacts", "Referrals made"), ("Adult social care", "11", "2"),
           ("Community nursing", "27", "0"), ("Housing", "6", "1"), ("Police", "4", "1")]
NT_STYLES = XML_HEAD + (
    '<w:styles xmlns:w="{W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" '
    'w:cs="Arial"/><w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
    '<w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\n'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\n'
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:qFormat/><w:rPr><w:b/><w:color w:val="1F4E79"/><w:sz w:val="44"/></w:rPr></w:style>\n'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="SectionTab"><w:name w:val="Section tab"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="60"/></w:pPr><w:rPr><w:b/><w:color w:val="FFFFFF"/>'
    '<w:sz w:val="28"/></w:rPr></w:style>\n'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="ParaNumber"><w:name w:val="Para number"/>'
    '<w:basedOn w:val="Normal"/><w:rPr><w:b/><w:color w:val="1F4E79"/></w:rPr></w:style>\n'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="BodyText1"><w:name w:val="Body text (report)"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="both"/></w:pPr></w:style>\n'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="TableText"><w:name w:val="Table text"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/>'
    '</w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>\n'
    '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr>'
    '<w:spacing w:after="0"/></w:pPr><w:rPr><w:color w:val="595959"/><w:sz w:val="16"/></w:rPr></w:style>\n'
    '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr>'
    '<w:jc w:val="right"/><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>\n'
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
    '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>\n'
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/>'
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" '
    'w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>'
    '</w:style>\n'
    '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>'
    '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders>'
    '<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" '
    'w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" '
    'w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
    '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>\n'
    '</w:styles>\n').replace("{W}", W_NS)
NT_CT = XML_HEAD + (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="{CT}document.main+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="{CT}styles+xml"/>'
    '<Override PartName="/word/settings.xml" ContentType="{CT}settings+xml"/>'
    '<Override PartName="/word/header1.xml" ContentType="{CT}header+xml"/>'
    '<Override PartName="/word/footer1.xml" ContentType="{CT}footer+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '</Types>\n').replace("{CT}", CT_WML)
NT_RELS = XML_HEAD + (
    '<Relationships xmlns="{P}"><Relationship Id="rId2" Type="{P}/metadata/core-properties" '
    'Target="docProps/core.xml"/><Relationship Id="rId1" Type="{D}/officeDocument" Target="word/document.xml"/>'
    '</Relationships>\n').replace("{P}", PKG_REL).replace("{D}", DOC_REL)
NT_DOC_RELS = XML_HEAD + (
    '<Relationships xmlns="{P}"><Relationship Id="rId1" Type="{D}/styles" Target="styles.xml"/>'
    '<Relationship Id="rId2" Type="{D}/settings" Target="settings.xml"/>'
    '<Relationship Id="rId7" Type="{D}/header" Target="header1.xml"/>'
    '<Relationship Id="rId8" Type="{D}/footer" Target="footer1.xml"/></Relationships>\n'
).replace("{P}", PKG_REL).replace("{D}", DOC_REL)
NT_SETTINGS = XML_HEAD + (
    '<w:settings xmlns:w="{W}"><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>'
    '<w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" '
    'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>\n').replace("{W}", W_NS)
NT_CORE = XML_HEAD + (
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>SAR Mrs D (FICTIONAL)</dc:title>'
    '<dc:subject>{F}</dc:subject><dc:creator>Oxenby Safeguarding Adults Board (FICTIONAL)</dc:creator>'
    '<cp:revision>12</cp:revision>'
    '<dcterms:created xsi:type="dcterms:W3CDTF">2024-11-04T09:00:00Z</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-03-20T12:10:00Z</dcterms:modified>'
    '</cp:coreProperties>\n').replace("{F}", FICT)
NT_HEADER = XML_HEAD + (
    f'<w:hdr xmlns:w="{W_NS}"><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr><w:r><w:t xml:space="preserve">'
    'Oxenby Safeguarding Adults Board | SAR Mrs D | FICTIONAL</w:t></w:r></w:p></w:hdr>\n')
NT_FOOTER = XML_HEAD + (
    f'<w:ftr xmlns:w="{W_NS}"><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr><w:r><w:t xml:space="preserve">'
    'Page </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE '
    '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r>'
    '<w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>\n')
NO_BORDERS = ('<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/>'
              '<w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>')


def wp(text, style=None, rpr=""):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}{wr(text, rpr) if text else ''}</w:p>"


def tc(width, content, shade=None):
    sh = f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>' if shade else ""
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{sh}</w:tcPr>{content}</w:tc>'


def tbl(widths, rows, style=None, borders=""):
    st = f'<w:tblStyle w:val="{style}"/>' if style else ""
    return (f'<w:tbl><w:tblPr>{st}<w:tblW w:w="{sum(widths)}" w:type="dxa"/>{borders}<w:tblLayout w:type="fixed"/>'
            '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" '
            'w:noVBand="1"/></w:tblPr><w:tblGrid>' + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
            + "</w:tblGrid>" + "".join("<w:tr>" + "".join(r) + "</w:tr>" for r in rows) + "</w:tbl>")


def make_nested(out, pm):
    path = out / "nested.docx"
    body = [wp(NT_TITLE, "Title"), wp("Oxenby Safeguarding Adults Board \u2013 overview report, March 2025"),
            wp(FICT + ". Every person, place and service named here is invented.", rpr="<w:rPr><w:i/></w:rPr>"),
            '<w:p><w:r><w:br w:type="page"/></w:r></w:p>']
    result, texts, pieces, page, words = [], [], {}, 2, {}
    for s, (num, title, items) in enumerate(NT_PLAN):
        if s:
            body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
            page += 1
        words[page] = 0
        rows = []
        for k, it in enumerate(items, 1):
            label = f"{num}.{k}"
            if isinstance(it, tuple) and it[0] == "TABLE":  # lead-in, a data table nested inside the cell, the rest
                a, b = pm.make(55, "adult"), pm.make(50, "adult")
                a = a.rstrip(".") + ". The contacts each agency recorded were:"
                data = tbl((2000, 1500, 1900), [[tc(w, wp(c, "TableText", "<w:rPr><w:b/></w:rPr>" if r == 0 else ""),
                                                    "DEEAF6" if r == 0 else None)
                                                 for c, w in zip(row, (2000, 1500, 1900), strict=True)]
                                                for r, row in enumerate(NT_DATA)], "TableGrid")
                cell = wp(a, "BodyText1") + data + wp(b, "BodyText1")
                pieces[label] = [a, b]
            elif isinstance(it, tuple):  # two Word paragraphs in the one text cell
                a, b = pm.make(60, "adult"), pm.make(55, "adult")
                cell = wp(a, "BodyText1") + wp(b, "BodyText1")
                pieces[label] = [a, b]
            else:
                t = pm.make(it, "adult")
                cell = wp(t, "BodyText1")
                pieces[label] = [t]
            t = " ".join(pieces[label])
            texts.append(t)
            words[page] += len(t.split())
            rows.append([tc(900, wp(label, "ParaNumber")), tc(6426, cell)])
            result.append(entry(label, page, t))
        inner = tbl((900, 6426), rows, borders=NO_BORDERS)
        tab = wp(num, "SectionTab", '<w:rPr><w:sz w:val="56"/></w:rPr>') + wp(title, "SectionTab")
        outer = tbl((1700, 7326), [[tc(1700, tab, "1F4E79"), tc(7326, inner + "<w:p/>")]],
                    borders=('<w:tblBorders><w:top w:val="single" w:sz="8" w:space="0" w:color="1F4E79"/>'
                             '<w:left w:val="single" w:sz="8" w:space="0" w:color="1F4E79"/><w:bottom w:val="single" '
                             'w:sz="8" w:space="0" w:color="1F4E79"/><w:right w:val="single" w:sz="8" w:space="0" '
                             'w:color="1F4E79"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'))
        body.append(outer)
    body.append("<w:p/>")  # Word keeps an empty paragraph after a table at the end of the body
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rId7"/><w:footerReference w:type="default" '
            'r:id="rId8"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" '
            'w:left="1440" w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/></w:sectPr>')
    doc = (f'{XML_HEAD}<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>{"".join(body)}{sect}</w:body>'
           "</w:document>")
    zip_parts(path, {"[Content_Types].xml": NT_CT, "_rels/.rels": NT_RELS, "word/document.xml": doc,
                     "word/_rels/document.xml.rels": NT_DOC_RELS, "word/styles.xml": NT_STYLES,
                     "word/settings.xml": NT_SETTINGS, "word/header1.xml": NT_HEADER,
                     "word/footer1.xml": NT_FOOTER, "docProps/core.xml": NT_CORE}, (2025, 3, 20, 12, 10, 0))
    check_lengths(path.name, texts)
    check_count(path.name, result)
    if max(words.values()) > 480:
        raise AssertionError(f"nested.docx: words per page {words}")
    # read back with python-docx: body tables in order, each outer right cell's nested table, each row's two cells
    import docx
    from docx.table import Table
    d = docx.Document(str(path))
    got, pg = [], 1
    for el in d.element.body.iterchildren():
        tag = el.tag.rsplit("}", 1)[1]
        if tag == "p":
            pg += len(el.xpath('.//w:br[@w:type="page"]'))
        elif tag == "tbl":
            t = Table(el, d)
            right = t.cell(0, 1)
            (inner,) = right.tables
            for row in inner.rows:
                num_cell, text_cell = row.cells
                got.append((num_cell.text, pg, [p.text for p in text_cell.paragraphs], len(text_cell.tables)))
    want = [(r["label"], r["page"], pieces[r["label"]], 1 if r["label"] == "2.2" else 0) for r in result]
    if got != want:
        raise AssertionError(f"nested.docx: read back {[(g[0], g[1], g[3]) for g in got]}")
    return {
        "note": ("A council safeguarding board's Word template (Arial 11 pt) in which no numbered text stands in the "
                 "document body: each section is a one-row outer table with a navy border, its narrow left cell "
                 "shaded navy with the section number ('2', large) and title ('Background') in white, its wide "
                 "right cell holding a borderless nested table with one row per paragraph: the typed number in a "
                 "bold left cell ('2.1'), the paragraph's text in the right cell. The section number and title are "
                 "a heading, not a paragraph. Paragraph 2.2's text cell holds a lead-in ending 'The contacts each "
                 "agency recorded were:', then a ruled data table nested a level further (agency, contacts, "
                 "referrals made), then the rest of the paragraph: the table is nobody's text, and the paragraph "
                 "ends with the cell's last words. 3.2 and 4.3 each hold two Word paragraphs in their text cell "
                 "(one paragraph). A title page before a page break; every outer table is followed by a paragraph "
                 "holding a page break, the last by an empty paragraph. Header and 'Page "
                 "N' footer are not paragraphs. Pages are counted from explicit breaks: page = 1 + the page breaks "
                 "before the paragraph."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 4. dataattr.html: numbers only in data attributes, drawn by CSS ::before { content: attr(data-number) }
# --------------------------------------------------------------------------
DA_PLAN = [
    ("1", "Introduction", [70, 80, 75]),
    ("2", "The inquiry\u2019s approach", [95, ("TWO",), 90, 100]),
    ("3", "What happened to Daniel", [110, 100, ("LIST",), 105, "NOTE", 95]),
    ("4", "Conclusions", [115, ("TWO",), 100]),
    ("5", "Recommendations", [80, 75]),
]
DA_TITLE = "The Marlbeck Cross Inquiry: report of the independent chair"
DA_LIST = ["his school, which had recorded eleven unexplained absences that term;",
           "the youth offending team, which had supervised him for four months;",
           "the children\u2019s home, whose staff had reported him missing six times."]
DA_CSS = """
.numbered-paragraph { position: relative; margin: 0 0 1.25rem 4.5rem; }
.numbered-paragraph::before { content: attr(data-number); position: absolute; left: -4.5rem; top: 0;
  font-weight: 700; color: #1d4f73; }
.chapter__title::before { content: attr(data-chapter) ". "; }
.paragraph-permalink { opacity: 0; margin-left: .25rem; }
.numbered-paragraph:hover .paragraph-permalink { opacity: 1; }
.visually-hidden { position: absolute !important; clip: rect(1px, 1px, 1px, 1px); overflow: hidden; height: 1px;
  width: 1px; word-wrap: normal; }
.callout { border-left: 4px solid #1d4f73; background: #eef4f8; padding: 1rem; margin: 0 0 1.25rem 4.5rem; }
"""


def make_dataattr(out, pm):
    path = out / "dataattr.html"
    result, texts, pieces, parts = [], [], {}, []
    for num, title, items in DA_PLAN:
        parts.append(f'<section class="chapter" id="chapter-{num}">\n<h2 class="chapter__title" data-chapter="{num}" '
                     f'id="chapter-{num}-title">{hesc(title)}</h2>')
        k = 0
        for it in items:
            if it == "NOTE":
                parts.append('<aside class="callout" role="note"><h3>About the evidence</h3><p>The inquiry heard from '
                             '38 witnesses over 19 sitting days. Transcripts of the hearings are on the evidence '
                             'page.</p></aside>')
                continue
            k += 1
            label = f"{num}.{k}"
            anchor = f"para-{num}-{k}"
            if it == ("TWO",):
                a, b = pm.make(60, "child"), pm.make(55, "child")
                inner = f"<p>{hesc(a)}</p>\n<p>{hesc(b)}</p>"
                pieces[label] = [a, b]
            elif it == ("LIST",):
                a, b = pm.make(45, "child"), pm.make(45, "child")
                a = a.rstrip(".") + ". Three services knew him well:"
                inner = (f"<p>{hesc(a)}</p>\n<ul>\n" + "".join(f"<li>{hesc(x)}</li>\n" for x in DA_LIST)
                         + f"</ul>\n<p>{hesc(b)}</p>")
                pieces[label] = [a, *DA_LIST, b]
            else:
                t = pm.make(it, "child")
                inner = f"<p>{hesc(t)}</p>"
                pieces[label] = [t]
            t = " ".join(pieces[label])
            texts.append(t)
            parts.append(f'<div class="numbered-paragraph" id="{anchor}" data-number="{label}">\n{inner}\n'
                         f'<a class="paragraph-permalink" href="#{anchor}" title="Permanent link to this paragraph">'
                         '<span class="visually-hidden">Permalink</span><svg aria-hidden="true" width="12" '
                         'height="12" viewBox="0 0 16 16"><path d="M4 8h8"/></svg></a>\n</div>')
            result.append(entry(label, None, t))
        parts.append("</section>")
    page = f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<title>Report of the independent chair | The Marlbeck Cross Inquiry (FICTIONAL)</title>
<link rel="stylesheet" media="all" href="/themes/custom/inquiry/css/base.css?sfx2k1">
<style>{DA_CSS}</style>
</head>
<body class="path-node page-node-type-report">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<header class="site-header" role="banner"><a href="/" class="site-logo">The Marlbeck Cross Inquiry</a>
<nav aria-label="Main"><ul class="menu"><li><a href="/about">About the inquiry</a></li><li><a href="/hearings">Hearings
</a></li><li><a href="/evidence">Evidence</a></li><li><a href="/report">Report</a></li></ul></nav></header>
<nav class="breadcrumb" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">
Breadcrumb</h2><ol><li><a href="/">Home</a></li><li><a href="/report">Report</a></li></ol></nav>
<main id="main-content" role="main">
<article class="node node--type-report node--view-mode-full">
<h1 class="page-title">{hesc(DA_TITLE)}</h1>
<div class="field field--name-field-summary"><p><em>{FICT}. Every person, place and service named here is
invented.</em> Published 12 May 2025. Paragraph numbers appear in the margin; select a paragraph\u2019s link to copy
its address.</p></div>
<nav class="report-contents" aria-label="Chapters"><h2>Chapters</h2><ol>
{"".join(f'<li><a href="#chapter-{n}">{hesc(t)}</a></li>' for n, t, _i in DA_PLAN)}
</ol></nav>
<div class="field field--name-body">
{chr(10).join(parts)}
</div>
</article>
</main>
<footer class="site-footer" role="contentinfo"><p>&copy; The Marlbeck Cross Inquiry 2025 (FICTIONAL).
<a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy</a></p></footer>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    check_lengths(path.name, texts)
    check_count(path.name, result)
    import lxml.html
    root = lxml.html.fromstring(path.read_bytes())
    got = []
    for div in root.xpath('//div[@class="numbered-paragraph"]'):
        own = [" ".join(el.text_content().split()) for el in div if el.tag in ("p", "ul")]
        flat = []
        for el, txt in zip([el for el in div if el.tag in ("p", "ul")], own, strict=True):
            flat += [" ".join(li.text_content().split()) for li in el] if el.tag == "ul" else [txt]
        got.append((div.get("data-number"), div.get("id"), flat))
    want = [(d["label"], "para-" + d["label"].replace(".", "-"), pieces[d["label"]]) for d in result]
    if got != want:
        raise AssertionError(f"dataattr.html: read back {[g[0] for g in got]}")
    body_text = " ".join(root.xpath('//div[contains(@class, "field--name-body")]')[0].text_content().split())
    if re.search(r"\b\d\.\d\b", body_text):
        raise AssertionError("dataattr.html: a paragraph number in the body's text")
    return {
        "note": ("A public inquiry's report page on a Drupal site. No paragraph number is in the page's text: each "
                 "paragraph is a <div class=\"numbered-paragraph\" id=\"para-3-2\" data-number=\"3.2\"> holding its "
                 "<p>(s), and the number the reader sees in the margin is drawn by the stylesheet in the <head> "
                 "(.numbered-paragraph::before { content: attr(data-number) }); the label is that attribute's "
                 "value, which the id repeats with hyphens. Chapter titles are <h2 class=\"chapter__title\" "
                 "data-chapter=\"3\">, their number likewise drawn by CSS; they are headings. 2.2 and 4.2 hold two "
                 "<p>s; 3.3 holds a lead-in <p> ending 'Three services knew him well:', a <ul> of three items and "
                 "a closing <p> (one paragraph, its last words the closing <p>'s). Each paragraph ends with a "
                 "permalink <a> holding only visually hidden 'Permalink' and an icon, which is not its text. An "
                 "<aside class=\"callout\"> 'About the evidence' between 3.4 and 3.5, the chapter list, the summary "
                 "line, navigation, breadcrumb and footer are not paragraphs. No pages (page null)."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 5. sharepoint.html: a SharePoint Online page saved from a browser
# --------------------------------------------------------------------------
SP_PLAN = [  # (section number, title, items); "IMAGE" ends the text web part and puts an image web part between
    ("1", "Why we carried out this review", [70, 75]),
    ("2", "What happened", [100, ("BR",), 95, ("CARRY",), 90]),
    ("3", "What we found", [110, 105, "IMAGE", 100, ("TYPED",), 95]),
    ("4", "What we are changing", [85, ("CARRY",), 80]),
    ("5", "Next steps", [70, 75]),
]
SP_TITLE = "Learning from a patient safety incident investigation: the death of Mr J"


def make_sharepoint(out, pm):
    path = out / "sharepoint.html"
    result, texts, pieces = [], [], {}
    webparts, cur = [], []
    guid = iter(f"{i:08x}-4a1f-4c2e-9b1d-{(i * 7919) % 16 ** 12:012x}" for i in range(1, 99))
    for num, title, items in SP_PLAN:
        cur.append(f"<h2>{num}. {hesc(title)}</h2>")
        k = 0
        for it in items:
            if it == "IMAGE":
                webparts.append(("rte", cur))
                webparts.append(("img", None))
                cur = []
                continue
            k += 1
            label = f"{num}.{k}"
            lead = f'<span class="fontSizeMediumPlus"><strong>{label}</strong>&nbsp;&nbsp;'
            if it == ("BR",):  # a soft line break (Shift+Enter) inside the paragraph
                a, b = pm.make(50, "adult"), pm.make(45, "adult")
                cur.append(f"<p>{lead}{hesc(a)}<br>{hesc(b)}</span></p>")
                pieces[label] = [a, b]
            elif it == ("CARRY",):  # the paragraph carried on in an unnumbered <p>
                a, b = pm.make(55, "adult"), pm.make(50, "adult")
                cur.append(f"<p>{lead}{hesc(a)}</span></p>")
                cur.append(f'<p><span class="fontSizeMediumPlus">{hesc(b)}</span></p>')
                pieces[label] = [a, b]
            elif it == ("TYPED",):  # the number typed plain, not bold, one space after it
                t = pm.make(90, "adult")
                cur.append(f'<p><span class="fontSizeMediumPlus">{label} {hesc(t)}</span></p>')
                pieces[label] = [t]
            else:
                t = pm.make(it, "adult")
                cur.append(f"<p>{lead}{hesc(t)}</span></p>")
                pieces[label] = [t]
            cur.append("<p>&nbsp;</p>")
            t = " ".join(pieces[label])
            texts.append(t)
            result.append(entry(label, None, t))
    webparts.append(("rte", cur))

    def control(kind, html):
        g = next(guid)
        if kind == "img":
            return (f'<div class="ControlZone" data-automation-id="CanvasControl" id="{g}"><div '
                    'data-sp-feature-tag="ImageWebPart" class="ImageWebPart"><figure><img src="/sites/Learning/'
                    'SiteAssets/SitePages/mr-j/ward-corridor.jpg" alt="A hospital ward corridor (posed)" '
                    'width="960" height="540"><figcaption data-automation-id="captionElement">Figure 1: the ward '
                    'where Mr J was cared for (photograph posed, FICTIONAL)</figcaption></figure></div></div>')
        return (f'<div class="ControlZone" data-automation-id="CanvasControl" id="{g}"><div '
                'data-sp-feature-tag="Rich Text Editor" class="rte-webpart" data-sp-webpart="" '
                f'data-sp-webpartdataversion="1.0"><div data-sp-rte="">{"".join(html)}</div></div></div>')

    main = "\n".join(control(kind, html) for kind, html in webparts)
    canvas_json = json.dumps({"CanvasContent1": main, "BannerImageUrl": "/_layouts/15/images/sitepagethumbnail.png",
                              "Title": SP_TITLE}).replace("</", "<\\/")
    side = ('<div class="ControlZone" data-automation-id="CanvasControl"><div data-sp-feature-tag="QuickLinksWebPart">'
            '<h2 data-automation-id="webPartTitle">Quick links</h2><ul>'
            '<li><a href="/sites/Learning/Shared%20Documents/PSII-MrJ-full.pdf">1. Full report (PDF, 1.2MB)</a></li>'
            '<li><a href="/sites/Learning/SitePages/PSIRF.aspx">2. Our patient safety incident response plan</a></li>'
            '<li><a href="/sites/Learning/SitePages/Contact.aspx">3. Contact the patient safety team</a></li>'
            '</ul></div></div><div class="ControlZone" data-automation-id="CanvasControl"><div '
            'data-sp-feature-tag="PeopleWebPart"><h2 data-automation-id="webPartTitle">Contacts</h2><div '
            'class="personaCard"><span class="name">Patient Safety Partner (FICTIONAL)</span><span class="role">'
            'Patient safety team</span></div></div></div>')
    page = f"""<!DOCTYPE html>
<html dir="ltr" lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=10">
<title>{hesc(SP_TITLE)} (FICTIONAL)</title>
<link rel="stylesheet" href="https://res-1.cdn.office.net/files/sp-client/sp-pages-assembly_en-gb_1a2b3c.css">
<script type="text/javascript">var _spPageContextInfo = {{"webAbsoluteUrl": "https://greywater.sharepoint.com/sites/\
Learning", "pageItemId": 412, "userDisplayName": "", "isSPO": true}};</script>
<script type="text/javascript">var _spClientSidePageData = {canvas_json};</script>
</head>
<body>
<div id="SuiteNavWrapper"><div class="o365sx-appName">SharePoint</div><button aria-label="Settings">Settings
</button></div>
<div id="spSiteHeader" data-automation-id="SiteHeader"><span class="ms-siteHeader-siteName">Learning from patient
safety events</span><nav><a href="/sites/Learning">Home</a> <a href="/sites/Learning/SitePages/Reports.aspx">Reports
</a> <a href="/sites/Learning/SitePages/PSIRF.aspx">PSIRF</a></nav></div>
<div id="spPageCanvasContent" class="CanvasComponent LCS" data-automation-id="CanvasLayout">
<div data-automation-id="pageHeader" class="pageTitle"><h1 role="heading">{hesc(SP_TITLE)}</h1><span
 class="authorByline">Patient safety team (FICTIONAL) &middot; Published 3 June 2025</span><p><em>{FICT}. Every
person, place and service named here is invented.</em></p></div>
<div class="CanvasZone" data-automation-id="CanvasZone"><div class="CanvasZoneContainer">
<div class="CanvasSection CanvasSection-col-8 CanvasSection-sm-12" data-automation-id="CanvasSection">
{main}
</div>
<div class="CanvasSection CanvasSection-col-4 CanvasSection-sm-12" data-automation-id="CanvasSection">
{side}
</div>
</div></div>
<div class="CommentsWrapper" data-automation-id="CommentsWrapper"><div class="pageActions"><button>Like</button>
<span>1,204 views</span><button>Save for later</button></div><h2>Comments</h2><div class="comment"><span
 class="name">Ward manager (FICTIONAL)</span><p>3.2 is exactly what we have seen on our ward. Thank you for
sharing this.</p></div><textarea aria-label="Add a comment"></textarea></div>
</div>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    check_lengths(path.name, texts)
    check_count(path.name, result)
    import lxml.html
    root = lxml.html.fromstring(path.read_bytes())
    for br in root.iter("br"):  # a soft break is a line break between words
        br.tail = " " + (br.tail or "")
    got, cur_p = [], None
    for rte in root.xpath('//div[@id="spPageCanvasContent"]//div[@data-sp-rte]'):
        for el in rte:
            txt = " ".join(el.text_content().replace("\u00a0", " ").split())
            if el.tag == "h2" or not txt:
                cur_p = None if el.tag == "h2" else cur_p
                continue
            m = re.match(r"(\d\.\d) (.*)", txt)
            if m:
                cur_p = [m.group(1), [m.group(2)]]
                got.append(cur_p)
            else:
                cur_p[1].append(txt)
    want = [[d["label"], [" ".join(pieces[d["label"]])]] for d in result]
    got = [[g[0], [" ".join(g[1])]] for g in got]
    if got != want:
        raise AssertionError(f"sharepoint.html: read back {[g[0] for g in got]}")
    scripts = " ".join(s.text or "" for s in root.xpath("//script"))
    if not all(json.dumps(s.split()[0])[1:-1] in scripts for s in texts):
        raise AssertionError("sharepoint.html: the canvas JSON")
    return {
        "note": ("An NHS trust's learning page on SharePoint Online (a modern site page), saved from the browser. The "
                 "<head> holds a <script> assigning the page's canvas JSON, whose 'CanvasContent1' string is the "
                 "whole report's HTML again (escaped): scripts are not text. The body is SharePoint's markup: a "
                 "suite bar, site header and navigation, the page title and byline, then <div class=\"CanvasZone\">"
                 " with a two-thirds <div class=\"CanvasSection CanvasSection-col-8\"> of ControlZone divs, each a "
                 "'Rich Text Editor' web part (<div data-sp-rte>). Sections are <h2>'s typed '3. What we found' "
                 "(headings). Paragraphs are <p><span class=\"fontSizeMediumPlus\"><strong>3.1</strong>&nbsp;"
                 "&nbsp;text</span></p>, each followed by an empty '<p>&nbsp;</p>' spacer; 2.2 has a soft <br> "
                 "in mid-paragraph; 2.4 and 4.2 are carried on by an unnumbered <p> (part of the paragraph, its "
                 "last words); 3.4 has its number typed plain with one space ('3.4 The ...'). After 3.2 the text "
                 "web part ends, an image web part with a caption ('Figure 1: ...') stands between, and 3.3 opens "
                 "the next text web part. The one-third side column (Quick links typed '1. Full report (PDF ...)', "
                 "'2. ...', and a Contacts card), the Like/views bar and the comments section (one comment opens "
                 "'3.2 is exactly what we have seen ...') are not paragraphs. No pages (page null)."),
        "paragraphs": result,
    }


def build(out):
    out = pathlib.Path(out)
    out.mkdir(parents=True, exist_ok=True)
    register_fonts(T1_FACES)
    pm = ParaMaker()
    exp = {}
    exp["opener.pdf"] = make_opener(out, pm)
    exp["redacted.pdf"] = make_redacted(out, pm)
    exp["nested.docx"] = make_nested(out, pm)
    exp["dataattr.html"] = make_dataattr(out, pm)
    exp["sharepoint.html"] = make_sharepoint(out, pm)
    allp = [p for v in exp.values() for p in v["paragraphs"]]
    for key in ("starts_with", "ends_with"):
        vals = [" ".join(norm(p[key])) for p in allp]
        if len(set(vals)) != len(vals):
            raise AssertionError("duplicate " + key)
    (out / "expected.json").write_text(json.dumps(exp, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return exp


def main(out: pathlib.Path, determinism: bool = True) -> dict:
    """Build and self-check into ``out``; with ``determinism``, build again elsewhere and compare the bytes."""
    out = pathlib.Path(out)
    exp = build(out)
    if determinism:
        with tempfile.TemporaryDirectory(prefix="blind24-determinism-") as td:
            build(pathlib.Path(td))
            names = [*exp, "expected.json"]
            diff = [nm for nm in names if (out / nm).read_bytes() != (pathlib.Path(td) / nm).read_bytes()]
            if diff:
                raise AssertionError(f"non-deterministic output: {diff}")
    return exp


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
