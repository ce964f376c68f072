"""Blind fixture generator 42: five FICTIONAL review documents in which something interrupts the flow of a numbered
paragraph: a box set across the text column between two of its lines, numbers drawn after everything else on the
page, Word text boxes anchored in mid-sentence, shortcode boxes that a browser's parser lifts out of a <p>, and a
layout-aware PDF-to-Markdown converter's output that leaves a box between a paragraph's two halves.

FICTIONAL \u2013 for software testing. Run: python make.py [outdir] (a few seconds: everything is built twice and the
bytes compared). Needs reportlab (its canvas and its font folder: Arial metric Type 1 faces), lxml, python-docx,
pdfplumber and markdown-it-py; no system fonts, no network. Every generator checks its own key with
pdfplumber/lxml/python-docx/markdown-it, never with the project's parser.

boxbreak.pdf    a safeguarding adults review exported from Word (Arial 11, bold "2.3" numbers hanging at the margin,
                bold numbered headings, running head, "Page N of M"): three BOXES SET ACROSS THE TEXT COLUMN
                BETWEEN TWO LINES OF A NUMBERED PARAGRAPH, at a line break that falls in MID-SENTENCE (the line
                above the box is full and ends on a word with no stop; the line below opens in lower case): two
                tinted "Case study: ..." boxes (a bold title, 9.5 pt text; the second holds learning points
                typed "1." "2." "3." at the box's left edge) and a PULL QUOTE (large teal italic between two rules,
                an attribution line); a box that does not fit in what is left of the page goes whole to the top of
                the next page (the rule; in this build every box fits on its page); content-stream order is
                the visual order, so a plain extraction reads the box in the middle of the sentence
numslast.pdf    a domestic homicide review exported from Word whose template prints each paragraph number ("3.2",
                bold maroon, at the margin level with the paragraph's first line) from a MARGIN TEXT BOX "in front
                of text": Word draws floating shapes after the page's text, so EVERY PAGE'S CONTENT STREAM ENDS WITH
                ITS PARAGRAPH NUMBERS, after the body, the headings, the running head and the footer ("Page N");
                paragraphs run over pages (the page they end on draws no number for them)
anchored.docx   a child safeguarding practice review in Word (automatic numbering: Heading 1 "%1." and body
                paragraphs "%1.%2", one list, w:numPr on each paragraph) with TEXT BOXES ANCHORED IN MID-SENTENCE:
                in two paragraphs a run between the sentence's halves holds an mc:AlternateContent whose mc:Choice
                is a DrawingML text box (wp:anchor, wrapTopAndBottom, full column width, tinted) and whose
                mc:Fallback is its VML copy (v:shape, w10:wrap topAndBottom), each copy holding the box's
                w:txbxContent ("What Toby told us", two paragraphs; "Practice example: ...", two paragraphs and
                three learning points numbered "1." "2." "3." by a second Word list); a FRAMED pull quote
                (w:framePr, wrap around, right of the margin) as a paragraph between 3.2 and 3.3; page breaks
                before the chapters
shortcode.html  a safeguarding adults board's WordPress post (saved as "Webpage, HTML only") whose author put SHORTCODE
                BOXES IN THE MIDDLE OF PARAGRAPHS: the saved source reads "<p><strong>3.2</strong> ... half a
                sentence <div class="case-study">...</div> the rest of it.</p>" (a "[case_study]" box with an <h4>
                and a <p>, and two Simple Pull Quote "<div class="simplePullQuote">" boxes repeating no sentence
                of the paragraph); a browser's HTML parser closes the <p> at the <div>, so the sentence's second
                half is a bare text node after the box, then an empty <p></p> from the stray </p>; the theme's
                header, navigation, post meta, share buttons, related posts and footer around it
boxsplit.md     a domestic homicide review's overview report converted from its designed PDF to Markdown by a
                LAYOUT-AWARE CONVERTER (marker-style, paginated output): "{N}" and 48 dashes between PDF pages
                (0-based), "# " title, "## 3. What happened" headings, paragraphs "3.2 The ..." with typed numbers;
                where the PDF set a box across the column between two lines of a paragraph, the Markdown has the
                paragraph's FIRST HALF (ending in mid-sentence) as one Markdown paragraph, the box as a BLOCKQUOTE
                ("> **Key learning**", its text), then the SECOND HALF as a Markdown paragraph of its own opening
                in lower case; once the page separator falls between the first half and the box

Judgement calls (what a practitioner citing the report would expect):
- the label is the paragraph number as printed, without a trailing stop: "3.2";
- a box, pull quote, case study or learning-points list set in the middle of a paragraph is not the paragraph's
  text, and does not end it: the paragraph runs on after the box (a bare text node, a lower-case Markdown paragraph,
  the line below the box) and its text is its two halves joined by a space; the box's own numbered learning points
  ("1." "2." "3.") are no paragraphs; a framed pull quote between paragraphs is no paragraph's text;
- a number drawn at the end of the page's content stream labels the line it stands level with;
- title blocks, numbered headings, running heads, folios, navigation, post meta, share buttons and footers are no
  paragraph's text;
- pages: physical and 1-based for PDF (a paragraph's page is its number's; its last words may be on a later page).
  DOCX pages are counted from explicit breaks: page = 1 + the page breaks (<w:br w:type="page"/>) before the
  paragraph (each page holds at most about 480 words). HTML and Markdown: null.
"""
import os
import pathlib
import re
import sys

if __package__ in (None, ""):
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

    from blindkit import harness as _harness  # type: ignore
    from blindkit.draw import Layout, register_fonts, sw, wrap  # type: ignore
    from blindkit.flow import RowFlow  # type: ignore
    from blindkit.keys import check_count, check_lengths, entry  # type: ignore
    from blindkit.markup import SECT_A4, hesc  # type: ignore
    from blindkit.pdfread import check_pdf_key, pdf_pages, words_of  # type: ignore

    _text = _harness.load(__file__, "blind42_text", "text.py")
    _b36 = _harness.load(__file__, "blind36_make", "..", "blind36", "make.py")
else:
    from ..blind36 import make as _b36
    from ..blindkit import harness as _harness
    from ..blindkit.draw import Layout, register_fonts, sw, wrap
    from ..blindkit.flow import RowFlow
    from ..blindkit.keys import check_count, check_lengths, entry
    from ..blindkit.markup import SECT_A4, hesc
    from ..blindkit.pdfread import check_pdf_key, pdf_pages, words_of
    from . import text as _text

ParaMaker, contains_seq, norm, split_mid = _text.ParaMaker, _text.contains_seq, _text.norm, _text.split_mid
# round 36's Word helpers: the namespaces, runs, paragraphs, the package, styles, the page break
W_NS, XML_HEAD, WP_NS, BRK = _b36.W_NS, _b36.XML_HEAD, _b36.WP_NS, _b36.BRK
wp, wr, docx_package, styles_xml = _b36.wp, _b36.wr, _b36.docx_package, _b36.styles_xml

FICT = "FICTIONAL \u2013 for software testing"
INVENTED = "Every person, place and service named here is invented."
A, AB, AI = "ArialMT", "Arial-BoldMT", "Arial-ItalicMT"
T1_FACES = {A: "_a______", AB: "_ab_____", AI: "_ai_____"}


# --------------------------------------------------------------------------
# the two PDFs: a Word export's body, numbers hanging at the margin, poured down A4 pages
# --------------------------------------------------------------------------
L, XT, R = 72.0, 114.0, 523.0
FS, LEAD, TOP, BOTTOM = 11.0, 14.5, 770.0, 72.0


def meas(s):
    return sw(s, A, FS)


def body_rows(lines, first_gap):
    return [(first_gap if k == 0 else 0.0, LEAD, [(XT, " ".join(ln), A, FS, (0, 0, 0), 0.0)])
            for k, ln in enumerate(lines)]


def mid_break(lines):
    """The line after which a box goes: a full line, not among the first two, ending on a word with no stop, the
    next line opening in lower case."""
    for k in range(2, len(lines) - 2):
        if lines[k - 1][-1][-1].isalpha() and lines[k][0][0].islower():
            return k
    raise AssertionError("no mid-sentence line break")


def pour(lay, fl, plan, pm, kind, label_rgb, draw_label, box_at=None):
    """Headings and paragraphs down the pages; ``box_at`` {label: draw(fl) -> box words} sets a box between two
    lines of the paragraph. Returns result, texts, ends, label positions, the box seams."""
    result, texts, ends, labels, seams = [], [], [], [], []
    for sec, title, items in plan:
        fl.place([(22.0, 18.0, [(L, f"{sec}. {title}", AB, 13.0, (0.1, 0.2, 0.35), 0.0)])], keep=1)
        fl.cur -= 2.0
        for k, n_words in enumerate(items, 1):
            label = f"{sec}.{k}"
            t = pm.make(n_words, kind)
            lines = wrap(t.split(), R - XT, meas)
            cut = mid_break(lines) if box_at and label in box_at else len(lines)
            out = fl.place(body_rows(lines[:cut], 8.0))
            pg, y = out[0]
            if draw_label:
                lay.text(L, y, label, AB, FS, label_rgb, page=pg)
            if cut < len(lines):
                bw = box_at[label](fl)
                seams.append((label, " ".join(lines[cut - 1]), bw, " ".join(lines[cut])))
                out += fl.place(body_rows(lines[cut:], 0.0), keep=1)
            texts.append(t)
            result.append(entry(label, pg, t))
            ends.append(out[-1][0])
            labels.append((pg, L, y))
    return result, texts, ends, labels, seams


def furniture(lay, head, foot):
    grey = (0.35, 0.35, 0.35)
    for k in range(1, lay.n + 1):
        if k > 1:
            lay.text(R - sw(head, AI, 8.5), 800, head, AI, 8.5, grey, page=k)
        s = foot(k)
        lay.text((L + R - sw(s, A, 9)) / 2, 40, s, A, 9, grey, page=k)


def title_block(lay, title, lines, y=740.0):
    lay.new_page()
    lay.text(L, y, title, AB, 20, (0.1, 0.2, 0.35))
    for k, s in enumerate(lines):
        lay.text(L, y - 28 - 14 * k, s, A, 10, (0.3, 0.3, 0.3))
    return y - 28 - 14 * len(lines) - 10


# --------------------------------------------------------------------------
# 1. boxbreak.pdf: case-study boxes and a pull quote across the column between two lines of a paragraph
# --------------------------------------------------------------------------
BB_PLAN = [
    ("1", "Introduction", [85, 90]),
    ("2", "Mr Quayle", [110, 120, 100]),
    ("3", "What happened", [125, 115, 130, 105]),
    ("4", "Analysis", [120, 125, 110, 115]),
    ("5", "Conclusions", [95, 90]),
]
BB_BOX_AT = {"2.2": 0, "3.3": 1, "4.2": 2}


def make_boxbreak(out, pm):
    path = out / "boxbreak.pdf"
    lay = Layout()
    top0 = title_block(lay, "Safeguarding Adults Review: Mr Quayle",
                       ["Wrenhaven Safeguarding Adults Board (FICTIONAL)", "Overview report \u2013 published June 2025",
                        f"{FICT}. {INVENTED}"])
    fl = RowFlow(lay, TOP, BOTTOM, lambda pg: TOP)
    fl.cur = top0
    box_pages = {}

    def make_box(spec):
        def draw(fl):
            bx, bw = XT, R - XT
            if spec[0] == "PULL":
                q = wrap(spec[1].split(), bw - 30, lambda s: sw(s, AI, 14))
                h = 12 + 18 * len(q) + 16 + 12
            else:
                body = wrap(spec[1].split(), bw - 20, lambda s: sw(s, A, 9.5))
                pts = spec[2] if len(spec) > 2 else []
                h = 10 + 14 + 12.5 * (len(body) + len(pts)) + 8
            if fl.cur - 10 - h < BOTTOM:
                fl.page()
                top = fl.cur
            else:
                top = fl.cur - 10
            pg = lay.n
            box_pages[spec[0]] = pg
            words = []
            if spec[0] == "PULL":
                teal = (0.0, 0.45, 0.45)
                lay.line(bx, top, R, top, 1.2, teal)
                y = top - 12 - 14
                for ln in q:
                    lay.text(bx + 15, y, " ".join(ln), AI, 14, teal)
                    words += ln
                    y -= 18
                lay.text(bx + 15, y + 2, spec[2], A, 9, (0.3, 0.3, 0.3))
                words += spec[2].split()
                lay.line(bx, top - h, R, top - h, 1.2, teal)
            else:
                lay.rect(bx, top - h, bw, h, (0.89, 0.94, 0.92))
                y = top - 10 - 10
                lay.text(bx + 10, y, spec[0], AB, 10, (0.1, 0.3, 0.25))
                words += spec[0].split()
                y -= 16
                for ln in body:
                    lay.text(bx + 10, y, " ".join(ln), A, 9.5)
                    words += ln
                    y -= 12.5
                for s in pts:
                    lay.text(bx + 10, y, s, A, 9.5)
                    words += s.split()
                    y -= 12.5
            fl.cur = top - h - 10
            return words
        return draw

    boxes = {lb: make_box(_text.BB_BOXES[i]) for lb, i in BB_BOX_AT.items()}
    result, texts, ends, labels, seams = pour(lay, fl, BB_PLAN, pm, "adult", (0, 0, 0), True, boxes)
    n = lay.n
    furniture(lay, "Wrenhaven SAB \u2013 SAR Mr Quayle \u2013 Overview report (FICTIONAL)",
              lambda k: f"Page {k} of {n}")
    lay.render(path, {"Title": "SAR Mr Quayle Overview Report", "Author": "Wrenhaven SAB (FICTIONAL)",
                      "Creator": "Microsoft\u00ae Word for Microsoft 365",
                      "Producer": "Microsoft\u00ae Word for Microsoft 365", "Subject": FICT})
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    pages = pdf_pages(path)
    check_pdf_key(path.name, pages, result, ends, labels)
    # a plain extraction reads each box between the two halves of its paragraph's sentence: the line above it, the
    # box's words, the line below it, in that order (on one page, or across the page turn)
    allw = [w for p in pages for w in words_of(p)]
    moved = []
    for label, above, bw, below in seams:
        if not contains_seq(allw, norm(above) + norm(" ".join(bw)) + norm(below)):
            raise AssertionError(f"boxbreak.pdf: box in {label} not read between its lines")
        d = next(d for d in result if d["label"] == label)
        if box_pages[_text.BB_BOXES[BB_BOX_AT[label]][0]] != d["page"]:
            moved.append(label)
    return {
        "note": ("A safeguarding adults review exported from Word (Arial 11, bold '2.3' numbers hanging at the left "
                 "margin, bold numbered headings, italic running head from page 2, 'Page N of M'), with three BOXES "
                 "SET ACROSS THE TEXT COLUMN BETWEEN TWO LINES of a numbered paragraph (" + ", ".join(BB_BOX_AT)
                 + "), at a line break that falls in MID-SENTENCE: the line above the box is full and ends on a word "
                 "with no stop, the line below opens in lower case and the paragraph runs on: two tinted 'Case "
                 "study: ...' boxes (bold title, 9.5 pt text; the second lists learning points typed '1.' '2.' "
                 "'3.' at the box's left edge) and a PULL QUOTE (large teal italic between two rules, an "
                 "attribution line). A box that does not fit in what is left of a page goes whole to the top of "
                 "the next page" + (f" ({', '.join(moved)}: the paragraph's first lines at the foot of one page, "
                                    "the box and the rest of it on the next)" if moved else "")
                 + ". The content stream draws everything in visual order, so a plain extraction reads each box in "
                 "the middle of its sentence. The boxes, their learning points, headings, title block, running head "
                 "and folios are no paragraph's text; each paragraph's text is its lines above and below the box."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 2. numslast.pdf: numbers from margin text boxes "in front of text", drawn at the end of every page's stream
# --------------------------------------------------------------------------
NL_PLAN = [
    ("1", "Introduction", [90, 85, 95]),
    ("2", "Ms Orrin and her family", [115, 105, 120]),
    ("3", "Agency contact", [130, 110, 125, 115, 105]),
    ("4", "Analysis", [120, 115, 125]),
    ("5", "Conclusions", [95, 90]),
]


def make_numslast(out, pm):
    path = out / "numslast.pdf"
    lay = Layout()
    top0 = title_block(lay, "Domestic Homicide Review: Ms Orrin",
                       [_text.NL_BOARD, "Overview report \u2013 final version for publication",
                        f"{FICT}. {INVENTED}"])
    fl = RowFlow(lay, TOP, BOTTOM, lambda pg: TOP)
    fl.cur = top0
    result, texts, ends, labels, _ = pour(lay, fl, NL_PLAN, pm, "dhr", None, False)
    furniture(lay, "DHR Ms Orrin \u2013 Pellingford CSP \u2013 Overview report (FICTIONAL)", lambda k: f"Page {k}")
    maroon = (0.5, 0.1, 0.15)
    for d, (pg, x, y) in zip(result, labels, strict=True):  # the floating boxes, drawn after all else on the page
        lay.text(x, y, d["label"], AB, FS, maroon, page=pg)
    lay.render(path, {"Title": "DHR Ms Orrin Overview Report", "Author": "Pellingford CSP (FICTIONAL)",
                      "Creator": "Microsoft\u00ae Word 2016", "Producer": "Microsoft\u00ae Word 2016",
                      "Subject": FICT})
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    pages = pdf_pages(path)
    check_pdf_key(path.name, pages, result, ends, labels)
    # every page's stream ends with its numbers, in order, after the footer
    for pg, chars in enumerate(pages, 1):
        want = "".join(d["label"] for d in result if d["page"] == pg)
        tail = "".join(c["text"] for c in chars[len(chars) - len(want):]) if want else ""
        if tail != want or (want and not chars[len(chars) - len(want) - 1]["text"].isdigit()):
            raise AssertionError(f"numslast.pdf: page {pg} stream ends {tail!r}, not {want!r}")
    last_line = [d["label"] for d, (pg, _x, y), e in zip(result, labels, ends, strict=True)
                 if e > pg and y - LEAD < BOTTOM + 1]
    cross = [d["label"] for d, e in zip(result, ends, strict=True) if e != d["page"]]
    if len(cross) < 2:
        raise AssertionError(f"numslast.pdf: crossings {cross}")
    return {
        "note": ("A domestic homicide review exported from Word whose template prints each paragraph number (bold "
                 "maroon '3.2' at the left margin, level with the paragraph's first line) from a MARGIN TEXT BOX 'in "
                 "front of text': Word draws floating shapes after a page's text, so EVERY PAGE'S CONTENT STREAM ENDS "
                 "WITH ITS PARAGRAPH NUMBERS, in order, after the body lines, the bold numbered headings ('3. Agency "
                 "contact'), the running head and the footer ('Page N'). Paragraphs run over pages (" + ", ".join(cross)
                 + "): the page they end on draws no number for them" + (
                     f"; {', '.join(last_line)} opens on the last line of its page" if last_line else "")
                 + ". Each number labels the line it stands level with. Title block, headings, running head and "
                 "folios are no paragraph's text."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 3. anchored.docx: text boxes anchored in mid-sentence, written twice (DrawingML and VML); a framed pull quote
# --------------------------------------------------------------------------
AN_PLAN = [
    ("Introduction", [85, 90]),
    ("Toby and his family", [110, 120, 100]),
    ("What happened", [120, 125, 110, 115]),
    ("What we have learned", [125, 115, 120]),
    ("Recommendations", [95, 90]),
]
AN_BOX_AT = {"2.2": 0, "4.1": 1}
AN_STYLES = styles_xml("Calibri", (
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>'
    '<w:spacing w:before="360" w:after="200"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/>'
    '<w:color w:val="2E5E4E"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn '
    'w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/>'
    '</w:pPr></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="BoxHeading"><w:name w:val="Box Heading"/>'
    '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="80"/></w:pPr><w:rPr><w:b/>'
    '<w:color w:val="2E5E4E"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="BoxText"><w:name w:val="Box Text"/>'
    '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="80"/></w:pPr><w:rPr><w:sz w:val="20"/>'
    '</w:rPr></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="PullQuote"><w:name w:val="Pull Quote"/>'
    '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:pBdr><w:top w:val="single" w:sz="12" w:space="4" '
    'w:color="2E5E4E"/><w:bottom w:val="single" w:sz="12" w:space="4" w:color="2E5E4E"/></w:pBdr></w:pPr><w:rPr>'
    '<w:i/><w:color w:val="2E5E4E"/><w:sz w:val="28"/></w:rPr></w:style>'))
AN_NUMBERING = XML_HEAD + (
    f'<w:numbering {WP_NS}><w:abstractNum w:abstractNumId="0"><w:nsid w:val="5B2D7A10"/>'
    '<w:multiLevelType w:val="multilevel"/><w:tmpl w:val="0809001F"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc '
    'w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:lvlJc '
    'w:val="left"/><w:pPr><w:ind w:left="709" w:hanging="709"/></w:pPr></w:lvl></w:abstractNum>'
    '<w:abstractNum w:abstractNumId="1"><w:nsid w:val="1E6C0B44"/><w:multiLevelType w:val="hybridMultilevel"/>'
    '<w:tmpl w:val="0809000F"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText '
    'w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl>'
    '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId '
    'w:val="1"/></w:num></w:numbering>')
NUMPR = '<w:numPr><w:ilvl w:val="{}"/><w:numId w:val="{}"/></w:numPr>'


def text_box(k, inner, height_pt):
    """A full-width, tinted text box wrapped top and bottom, anchored to the paragraph, as Word writes one."""
    cy = int(height_pt * 12700)
    return (
        '<w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
        f'relativeHeight="{251659264 + k}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="0" '
        f'wp14:anchorId="{0x3C4D5E00 + k:08X}" wp14:editId="{0x6A7B8C00 + k:08X}"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH><wp:positionV '
        'relativeFrom="paragraph"><wp:posOffset>640080</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="5731510" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
        f'<wp:docPr id="{k}" name="Text Box {k}"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData '
        'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>'
        f'<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5731510" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect">'
        '<a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="E2EFDA"/></a:solidFill><a:ln w="6350"><a:noFill/>'
        f'</a:ln></wps:spPr><wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" '
        'vert="horz" wrap="square" lIns="91440" tIns="91440" rIns="91440" bIns="91440" anchor="t" anchorCtr="0">'
        '<a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict>'
        + ('<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
           '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           if k == 1 else "")
        + f'<v:shape id="Text Box {k}" o:spid="_x0000_s{1025 + k}" type="#_x0000_t202" style="position:absolute;'
        f'margin-left:0;margin-top:50.4pt;width:451.3pt;height:{height_pt}pt;z-index:{251659264 + k};'
        'visibility:visible;mso-wrap-style:square;mso-wrap-distance-left:9pt;mso-wrap-distance-top:3.6pt;'
        'mso-wrap-distance-right:9pt;mso-wrap-distance-bottom:3.6pt;mso-position-horizontal:center;'
        'mso-position-horizontal-relative:margin;mso-position-vertical:absolute;mso-position-vertical-relative:text;'
        'v-text-anchor:top" fillcolor="#e2efda" stroked="f" strokeweight=".5pt"><v:textbox style="mso-fit-shape-'
        f'to-text:t"><w:txbxContent>{inner}</w:txbxContent></v:textbox><w10:wrap type="topAndBottom" '
        'anchorx="margin"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')


def make_anchored(out, pm):
    path = out / "anchored.docx"
    body = [wp(wr("Child Safeguarding Practice Review: Toby"), "Title"),
            wp(wr("Starbridge Safeguarding Children Partnership (FICTIONAL) \u2013 published May 2025")),
            wp(wr(FICT + ". " + INVENTED, "<w:i/>"))]
    result, texts, page, words, seams = [], [], 1, {1: 40}, {}
    for ch, (title, items) in enumerate(AN_PLAN, 1):
        body.append(BRK)
        page += 1
        words[page] = 0
        body.append(wp(wr(title), "Heading1", NUMPR.format(0, 1)))
        for k, n_words in enumerate(items, 1):
            label = f"{ch}.{k}"
            t = pm.make(n_words, "child")
            if label in AN_BOX_AT:
                i = AN_BOX_AT[label]
                head, paras = _text.AN_BOXES[i]
                inner = wp(wr(head), "BoxHeading") + "".join(wp(wr(s), "BoxText") for s in paras)
                if i == 1:
                    inner += "".join(wp(wr(s), "BoxText", NUMPR.format(0, 2)) for s in _text.AN_LEARNING)
                a, b = split_mid(t)
                seams[label] = (a, b)
                runs = wr(a + " ") + text_box(i + 1, inner, 118 + 40 * i) + wr(b)
            else:
                runs = wr(t)
            body.append(wp(runs, None, NUMPR.format(1, 1) + '<w:spacing w:after="160"/>'))
            if label == "3.2":  # a framed pull quote between 3.2 and 3.3
                body.append(wp(wr(_text.AN_QUOTE), "PullQuote",
                               '<w:framePr w:w="3402" w:hSpace="284" w:wrap="around" w:vAnchor="text" '
                               'w:hAnchor="margin" w:xAlign="right" w:y="1"/>'))
            words[page] += len(t.split())
            texts.append(t)
            result.append(entry(label, page, t))
    doc = f'{XML_HEAD}<w:document {WP_NS}><w:body>{"".join(body)}{SECT_A4}</w:body></w:document>'
    docx_package(path, doc, AN_STYLES, AN_NUMBERING, "CSPR Toby \u2013 Starbridge SCP (FICTIONAL)",
                 "CSPR Toby (FICTIONAL)", "Starbridge Safeguarding Children Partnership (FICTIONAL)", page,
                 sum(len(t.split()) for t in texts), (2025, 5, 12, 10, 41, 0))
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    if max(words.values()) > 480:
        raise AssertionError(f"anchored.docx: words per page {words}")
    # read back: Word's numbering on the body's own paragraphs; a paragraph's text is its own runs (the box's text
    # lies deeper, inside the drawing and the VML copy); each box holds the same text twice
    import zipfile

    import docx
    from lxml import etree
    ns = {"w": W_NS, "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
          "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
          "v": "urn:schemas-microsoft-com:vml"}
    root = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    got, chapter, seq, pg = [], 0, 0, 1
    for p in root.find("w:body", ns).findall("w:p", ns):
        if p.find(".//w:br[@w:type='page']", ns) is not None:
            pg += 1
        lvl = p.find("w:pPr/w:numPr/w:ilvl", ns)
        if lvl is None:
            continue
        if lvl.get(f"{{{W_NS}}}val") == "0":
            chapter, seq = chapter + 1, 0
            continue
        seq += 1
        own = "".join(t.text for t in p.xpath("./w:r/w:t", namespaces=ns))
        label = f"{chapter}.{seq}"
        if label in seams:
            c = p.xpath(".//mc:Choice//w:txbxContent", namespaces=ns)
            f = p.xpath(".//mc:Fallback//w:txbxContent", namespaces=ns)
            if len(c) != 1 or len(f) != 1 or etree.tostring(c[0]) != etree.tostring(f[0]):
                raise AssertionError("anchored.docx: a box's two copies")
            if "".join(p.xpath("./w:r[1]/w:t/text()", namespaces=ns)).strip() != seams[label][0]:
                raise AssertionError("anchored.docx: the box is not in mid-sentence")
        got.append([label, pg, own])
    if got != [[d["label"], d["page"], t] for d, t in zip(result, texts, strict=True)]:
        raise AssertionError(f"anchored.docx: read back {[(g[0], g[1]) for g in got]}")
    d = docx.Document(str(path))
    numbered = [p.text for p in d.paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None
                and p._p.pPr.numPr.ilvl.val == 1]
    if numbered != texts:
        raise AssertionError("anchored.docx: python-docx's paragraphs")
    return {
        "note": ("A child safeguarding practice review in Word numbered by ONE automatic list (numId 1: level 0 "
                 "'%1.' on the Heading 1s, level 1 '%1.%2' on the body paragraphs, w:numPr on each paragraph) with "
                 "TEXT BOXES ANCHORED IN MID-SENTENCE: in " + " and ".join(AN_BOX_AT) + " a run between the halves "
                 "of a sentence holds an mc:AlternateContent whose mc:Choice is a DrawingML text box (wp:anchor, "
                 "wrapTopAndBottom, centred on the margin, full column width, tinted E2EFDA) and whose mc:Fallback "
                 "is its VML copy (v:shape, w10:wrap topAndBottom), both holding the same w:txbxContent: 'What Toby "
                 "told us' with two paragraphs, and 'Practice example: the Starbridge early help hub' with two "
                 "paragraphs and three learning points numbered '1.' to '3.' by a second Word list (numId 2). A "
                 "FRAMED pull quote (w:framePr, wrap around, right of the margin) is a paragraph of its own between "
                 "3.2 and 3.3. The boxes' and the frame's text is no paragraph's text, nor are their numbered "
                 "points paragraphs; a paragraph's text is its own runs, the two halves joined. page = 1 + the page "
                 "breaks (w:br page, in an empty paragraph before each Heading 1) before the paragraph."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 4. shortcode.html: a WordPress post with shortcode boxes (<div>s) inside its paragraphs
# --------------------------------------------------------------------------
SC_PLAN = [
    ("1", "Introduction", [85, 90]),
    ("2", "Ms Ferrell", [110, 100, 105]),
    ("3", "What happened", [120, 115, 125, 105]),
    ("4", "What we found", [115, 120, 110]),
    ("5", "Conclusion", [95, 90]),
]
SC_BOX_AT = {"2.2": "CASE", "3.3": 0, "4.2": 1}


def make_shortcode(out, pm):
    path = out / "shortcode.html"
    parts, result, texts, seams = [], [], [], {}
    for sec, title, items in SC_PLAN:
        parts.append(f'<h2 class="wp-block-heading">{sec}. {hesc(title)}</h2>\n')
        for k, n_words in enumerate(items, 1):
            label = f"{sec}.{k}"
            t = pm.make(n_words, "adult")
            if label in SC_BOX_AT:
                a, b = split_mid(t)
                which = SC_BOX_AT[label]
                if which == "CASE":
                    box = (f'<div class="case-study"><h4>{hesc(_text.SC_CASE[0])}</h4>\n<p>{hesc(_text.SC_CASE[1])}'
                           '</p></div>')
                else:
                    box = f'<div class="simplePullQuote">{hesc(_text.SC_QUOTES[which])}</div>'
                seams[label] = (a, b)
                parts.append(f"<p><strong>{label}</strong> {hesc(a)} {box} {hesc(b)}</p>\n")
            else:
                parts.append(f"<p><strong>{label}</strong> {hesc(t)}</p>\n")
            texts.append(t)
            result.append(entry(label, None, t))
    site = "Marrowby Safeguarding Adults Board"
    html = (
        '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="UTF-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>Safeguarding Adults Review: Ms Ferrell \u2013 {site} (FICTIONAL)</title>\n"
        "<link rel='stylesheet' id='simple-pull-quote-css' href='https://www.marrowby-sab.example/wp-content/"
        "plugins/simple-pull-quote/css/simple-pull-quote.css?ver=6.5.2' media='all' />\n"
        "<style>.simplePullQuote{float:right;width:30%;margin:0 0 1em 1em;font-size:1.4em;font-style:italic}"
        ".case-study{background:#eef4f0;padding:1em;margin:1em 0}</style>\n</head>\n"
        '<body class="post-template-default single single-post postid-812 single-format-standard">\n'
        '<a class="skip-link screen-reader-text" href="#content">Skip to content</a>\n'
        f'<header id="masthead" class="site-header"><p class="site-title"><a href="/">{site}</a></p>\n'
        '<nav class="primary-navigation"><ul><li><a href="/">Home</a></li><li><a href="/reviews/">Reviews</a></li>'
        '<li><a href="/training/">Training</a></li><li><a href="/contact/">Contact us</a></li></ul></nav>'
        "</header>\n"
        '<main id="content" class="site-main"><article id="post-812" class="post-812 post type-post">\n'
        '<header class="entry-header"><h1 class="entry-title">Safeguarding Adults Review: Ms Ferrell</h1>\n'
        '<div class="entry-meta"><span class="posted-on">Posted on <time datetime="2025-03-18">18 March 2025'
        '</time></span> <span class="byline">by SAB Business Unit</span> <span class="cat-links">in '
        '<a href="/category/sars/">SARs</a></span></div></header>\n'
        '<div class="entry-content">\n'
        f"<p><em>{FICT}. {INVENTED}</em></p>\n"
        "<p>The board publishes the overview report in full below. The paragraph numbers follow the PDF version."
        "</p>\n" + "".join(parts)
        + '<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a href="#">'
        "Email</a></li><li><a href=\"#\">Print</a></li></ul></div>\n</div>\n"
        '<footer class="entry-footer"><span class="tags-links">Tagged <a href="/tag/discharge/">discharge</a>, '
        '<a href="/tag/self-neglect/">self-neglect</a></span></footer>\n</article>\n'
        '<nav class="post-navigation"><div class="nav-previous"><a href="/sar-mr-blent/">Previous: SAR Mr Blent</a>'
        '</div></nav>\n<section class="related-posts"><h2>Related</h2><ol><li><a href="/sar-mr-blent/">SAR Mr '
        "Blent</a></li><li><a href=\"/annual-report-2024/\">Annual report 2024</a></li></ol></section>\n</main>\n"
        f'<footer id="colophon" class="site-footer"><p>\u00a9 2025 {site} (FICTIONAL)</p></footer>\n'
        "</body>\n</html>\n")
    path.write_text(html, encoding="utf-8")
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    # read back with lxml's HTML parser: the <p> ends at the box's <div>; the sentence's second half is the box's
    # tail, a bare text node of the entry-content <div>
    import lxml.html
    root = lxml.html.fromstring(html.encode("utf-8"))
    ec = root.xpath('//div[@class="entry-content"]')[0]
    got = []
    for el in ec:
        if el.tag == "p" and len(el) and el[0].tag == "strong" and re.fullmatch(r"\d\.\d", el[0].text or ""):
            got.append([el[0].text, " ".join(el.text_content().split()[1:])])
        elif el.tag == "div" and el.get("class") in ("case-study", "simplePullQuote"):
            got[-1][1] += " " + " ".join((el.tail or "").split())
    want = [[d["label"], t] for d, t in zip(result, texts, strict=True)]
    if got != want:
        raise AssertionError("shortcode.html: read back " + str([g[0] for g in got]))
    for lb, (a, _b) in seams.items():
        p = ec.xpath(f'./p[strong="{lb}"]')[0]
        if " ".join(p.text_content().split()[1:]) != a or p.getnext().tag != "div":
            raise AssertionError(f"shortcode.html: {lb} not cut by its box")
    return {
        "note": ("A safeguarding adults board's WordPress post (saved as 'Webpage, HTML only') whose author put "
                 "SHORTCODE BOXES IN THE MIDDLE OF PARAGRAPHS (" + ", ".join(SC_BOX_AT) + "): the saved source "
                 "reads '<p><strong>2.2</strong> ... half a sentence <div class=\"case-study\">...</div> the rest of "
                 "it.</p>' (a '[case_study]' box with an <h4> and a <p>, and two Simple Pull Quote '<div "
                 "class=\"simplePullQuote\">' quotations, floated right by the plugin's CSS, that repeat no sentence "
                 "of the paragraph). An HTML parser closes the <p> at the <div>, so the sentence's second half is a "
                 "bare text node after the box (and the stray </p> an empty paragraph). Each paragraph's text is "
                 "its two halves joined; the boxes are no paragraph's text. The theme's header, navigation, post "
                 "meta, the FICTIONAL notice and the unnumbered introduction, share buttons, tags, post navigation, "
                 "related posts and footer are no paragraph's text. No pages (null)."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 5. boxsplit.md: a layout-aware PDF-to-Markdown converter's output, boxes as blockquotes between two halves
# --------------------------------------------------------------------------
BS_PLAN = [
    ("1", "Introduction", [85, 95]),
    ("2", "Ms Dunmore", [110, 105, 100]),
    ("3", "What happened", [125, 115, 120, 110]),
    ("4", "Analysis", [120, 115, 125]),
    ("5", "Conclusions", [95, 85]),
]
BS_BOX_AT = {"2.2": 0, "3.2": 1, "4.1": 2}
BS_TURN = "4.1"  # the PDF's page ended after this paragraph's first half
SEP = "-" * 48


def make_boxsplit(out, pm):
    path = out / "boxsplit.md"
    blocks, page, on_page = ["# Domestic Homicide Review: Ms Dunmore",
                             "Halsey Cross Community Safety Partnership (FICTIONAL) \u2013 Overview Report",
                             f"*{FICT}. {INVENTED}*"], 0, 60
    result, texts, seams = [], [], {}

    def turn():
        nonlocal page, on_page
        page += 1
        blocks.append("{" + str(page) + "}" + SEP)
        on_page = 0

    for sec, title, items in BS_PLAN:
        if on_page > 330:
            turn()
        blocks.append(f"## {sec}. {title}")
        for k, n_words in enumerate(items, 1):
            label = f"{sec}.{k}"
            t = pm.make(n_words, "dhr")
            if on_page + n_words > 470 and label != BS_TURN:
                turn()
            if label in BS_BOX_AT:
                a, b = split_mid(t)
                head, s = _text.BS_BOXES[BS_BOX_AT[label]]
                blocks.append(f"{label} {a}")
                if label == BS_TURN:
                    turn()
                blocks.append(f"> **{head}**\n>\n> {s}")
                blocks.append(b)
                seams[label] = (a, b)
            else:
                blocks.append(f"{label} {t}")
            on_page += n_words
            texts.append(t)
            result.append(entry(label, None, t))
    text = "{0}" + SEP + "\n\n" + "\n\n".join(blocks) + "\n"
    path.write_text(text, encoding="utf-8")
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    # read back with markdown-it: a paragraph opening "2.3 " starts one; after a blockquote, a paragraph opening in
    # lower case carries the last one on; headings and page separators end it
    from markdown_it import MarkdownIt
    toks = MarkdownIt("commonmark").parse(text)
    got, cur, depth, turned = [], None, 0, []
    for i, tk in enumerate(toks):
        if tk.type == "blockquote_open":
            depth += 1
        elif tk.type == "blockquote_close":
            depth -= 1
        elif tk.type == "heading_open" and tk.tag == "h2":
            cur = None
        elif tk.type == "inline" and depth == 0 and toks[i - 1].type == "paragraph_open":
            m = re.match(r"(\d\.\d) (.*)$", tk.content, re.S)
            if m:
                cur = [m.group(1), m.group(2)]
                got.append(cur)
            elif cur is not None and tk.content[:1].islower() and toks[i - 2].type == "blockquote_close":
                cur[1] += " " + tk.content
            elif re.fullmatch(r"\{\d+\}-+", tk.content):
                if cur is not None:
                    turned.append(cur[0])
            else:
                cur = None
    if got != [[d["label"], t] for d, t in zip(result, texts, strict=True)] or BS_TURN not in turned:
        raise AssertionError(f"boxsplit.md: read back {[g[0] for g in got]}, {turned}")
    return {
        "note": ("A domestic homicide review's overview report converted from its designed PDF to Markdown by a "
                 "LAYOUT-AWARE CONVERTER (marker-style, paginated output): '{N}' and 48 dashes before each PDF page "
                 "(0-based), a '# ' title, '## 3. What happened' headings, paragraphs '3.2 The ...' with typed "
                 "numbers. Where the PDF set a box across the column between two lines of a paragraph ("
                 + ", ".join(BS_BOX_AT) + "), the Markdown holds the paragraph's FIRST HALF, ending in mid-sentence, "
                 "as one Markdown paragraph, the box as a BLOCKQUOTE ('> **Key learning**', its text), then the "
                 "SECOND HALF as a Markdown paragraph of its own opening in lower case; in " + BS_TURN + " the page "
                 "separator also falls between the first half and the box. Each paragraph's text is its two halves "
                 "joined; the boxes, title lines, headings and page separators are no paragraph's text. No pages "
                 "(null)."),
        "paragraphs": result,
    }


def build(out):
    register_fonts(T1_FACES)
    return _harness.build_files(out, ParaMaker(), {
        "boxbreak.pdf": make_boxbreak, "numslast.pdf": make_numslast, "anchored.docx": make_anchored,
        "shortcode.html": make_shortcode, "boxsplit.md": make_boxsplit})


def main(out: pathlib.Path, determinism: bool = True) -> dict:
    """Build and self-check into ``out``; with ``determinism``, build again elsewhere and compare the bytes."""
    return _harness.build_checked(build, out, "blind42-determinism-", determinism)


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
