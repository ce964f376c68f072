"""Blind fixture generator 50: five FICTIONAL reports from earlier decades as they survive today, each with the traps
such files really have: a 1987 typescript scanned with an OCR text layer that misreads some paragraph numbers, a 1994
WordPerfect 5.1 report converted to Word with a hard return at every line's end, a 1991 committee report printed to a
file through a line printer driver (bold and underlining by backspace overstrike), a 1996 report converted from RTF to
HTML for an early web site (a rule and a new <P> at every page break, even inside a paragraph), and a 1983 typescript
transcribed line for line into Markdown with the typist's page numbers kept where they fall.

FICTIONAL \u2013 for software testing. Run: python make.py [outdir] (a few seconds: everything is built twice and the
bytes compared). Needs reportlab (its canvas and its font folder: the Courier Type 1 face, drawn into the scan's page
images by Pillow's FreeType), Pillow, pdfplumber, pypdf, lxml, python-docx and markdown-it-py; no system fonts, no
network. Every generator checks its own key with pdfplumber/pypdf/lxml/python-docx/markdown-it, never with the
project's parser.

scan1987.pdf    an independent inquiry's report TYPEWRITTEN in 1987 (Courier 10 pitch, one-and-a-half spacing,
                ragged right; the number "3.2" typed at the margin and every line of the paragraph at a tab stop six
                characters in; chapter headings "3.  EVENTS ..." in capitals, UNDERLINED; a cover page; typed page
                numbers centred at the foot, "- 1 -" on the first text page, so the printed numbers run one behind the
                PDF's pages; an office's date stamp "RECEIVED 14 MAR 1987" at the top of the first text page), SCANNED
                long after to a PDF whose every page is ONE IMAGE (greyscale, thresholded to black and white; turned
                a fraction of a degree as the sheet lay on the glass, a different angle on every page; specks; the
                scanner's dark edge) under an INVISIBLE OCR TEXT LAYER (text render mode 3, Courier, one text object
                per typed number and per line, each turned with its page and a little off its neighbours' baselines,
                as a platen leaves typed lines). The OCR is good but not
                perfect: FOUR PARAGRAPH NUMBERS ARE MISREAD in the text layer, "l.2" (1.2), "2,3" (2.3), "3.I0"
                (3.10) and "4.l" (4.1); the stamp is read "RECEIVED l4 MAR l987"; a few words inside paragraphs are
                misread ("rn" for "m", "c" for "e", "1" for "l", "0" for "o"), never among a paragraph's first eight or
                last six words; paragraphs across page breaks
wp51.docx       an Area Child Protection Committee's Part 8 case review typed in WORDPERFECT 5.1 in 1994 and converted
                to .docx years later (Word's converter, then saved by Word; Courier New 12 as direct formatting on
                every run, no styles in use): the typist pressed HARD RETURN AT THE END OF EVERY LINE, so every typed
                line is a Word paragraph of its own and an empty paragraph stands between the report's paragraphs;
                numbers typed by hand: chapters 1-3 "3.2", a TAB and the text, the lines after it opening with a TAB;
                chapters 4-5 (another typist) "4.1" and FIVE SPACES, the lines after it flush left; chapter headings
                "3.<TAB>AGENCY INVOLVEMENT" in capitals, UNDERLINED (w:u), not bold; WordPerfect's hard pages [HPg]
                became page breaks (<w:br w:type="page"/> in an empty paragraph), each after a TYPED, CENTRED "Page N"
                line (the page's own number, typed at its foot), so where a paragraph runs over a page the "Page N"
                line and the break stand between two of its lines; a cover page with no number
lineprint.txt   a county council social services committee report of 1991 PRINTED TO A FILE through a line printer
                driver (nroff-style output, ASCII, LF): 66-line pages, each after the first opened by a FORM FEED;
                a running head from page 2 ("KELDMOOR COUNTY COUNCIL (FICTIONAL)" ... "SOCIAL SERVICES COMMITTEE") and
                "- N -" centred at every page's foot; text at an eight-column margin, JUSTIFIED by padding the spaces
                between words (the padding alternating from the right and from the left, as nroff does), long words
                HYPHENATED at line ends; BOLD BY OVERSTRIKE, a character, a BACKSPACE and the character again: the
                paragraph numbers ("3\\b3.\\b.2\\b2") at the margin with the text hanging at column 15, the title block
                and the chapter numbers; chapter titles UNDERLINED BY OVERSTRIKE ("_\\bC" for every letter); an
                unnumbered note under the title; paragraphs across page breaks, the foot, the form feed and the next
                page's head between two of their lines
rtftohtml.htm   a 1996 Area Child Protection Committee report converted from RTF to HTML by rtftohtml for an early
                council web site: HTML 3.2, upper-case tags, <P> never closed, source lines hard-wrapped at 78
                columns, declared iso-8859-1 but written in Windows-1252 (curly quotes and apostrophes as bytes
                0x91-0x94); the generator's contents list of links to "#RTFToC3" anchors on the <H2> chapter
                headings; each paragraph "<P><B>3.2</B><TAB>text" (a literal tab); EVERY PAGE BREAK OF THE WORD FILE
                BECAME "<HR>" AND A NEW <P>, four times INSIDE A PARAGRAPH, whose second half is then an unnumbered
                <P> after the rule, starting in mid-sentence; footnote references "[1]" linking into a separate
                footnotes file; a last-updated line and a mailto link
typescript.md   a 1983 review panel's typescript TRANSCRIBED LINE FOR LINE into Markdown for a record office's
                online catalogue: a "# " title and two italic notes, then the typescript's lines as typed: paragraphs
                "3.2   The ..." (the number, three spaces) with the lines after it indented six spaces, the typist's two
                spaces after a full stop (at a line's end they make a Markdown hard line break), chapter headings as
                "CHAPTER 3" and an underlined capitals title ("WHAT HAPPENED" over a row of hyphens: a setext
                heading); the TYPIST'S PAGE NUMBERS KEPT WHERE THEY FALL, "- 7 -" flush left on a line of its own:
                between paragraphs (a blank line either side) it is a bulleted list of its own, and where a page
                ended inside a paragraph it stands between two of its lines with no blank line, so CommonMark starts
                a BULLETED LIST there and the rest of the paragraph becomes that list item's text ("7 - the words
                ...")

Judgement calls (what a practitioner citing the report would expect):
- the label is the paragraph number as printed on the page, without a trailing stop: "3.2". Where the OCR layer
  misread a typed number ("4.l", "3.I0", "2,3", "l.2") the label is the number typed on the page ("4.1", "3.10",
  "2.3", "1.2"): the numbers run in sequence and the page image shows them plainly; a reader of the text layer only
  must mend them from the sequence;
- starts_with and ends_with are the words of the text as the file carries it (the OCR layer's, which are right
  among a paragraph's first eight and last six words; the line printer's with overstrikes removed and hyphenated
  words joined again; straight quotes where the typewriter and the printer had them);
- a paragraph typed with a hard return at every line end is ONE paragraph: its lines join with a space; the same
  for a typescript's lines in Markdown;
- typed page numbers ("- 7 -", "Page 12"), running heads, form feeds, rules, date stamps, covers, title blocks,
  contents lists, footnotes and the transcriber's notes are no paragraph's text; where they stand between two lines
  of a paragraph, the paragraph runs on after them (the rest of a paragraph after "<HR>", or inside a Markdown list
  item "- 7 -", is still that paragraph's text; the "7 -" is not);
- footnote reference marks ("[1]") are no words of the text; they never stand among the key's words;
- numbered chapter headings ("3.  EVENTS ...", "3.<TAB>AGENCY INVOLVEMENT") are headings, not paragraphs;
- pages: physical and 1-based for PDF (the scan's printed "- N -" is one behind; the key uses the PDF's page). DOCX
  pages are counted from explicit breaks: page = 1 + the page breaks (<w:br w:type="page"/>) before the paragraph's
  first line (the typed "Page N" lines agree). The line printer's text carries its pages: page = 1 + the form feeds
  before the paragraph's first line, which is also the "- N -" printed at that page's foot. HTML and Markdown: null
  (rtftohtml's rules carry no page numbers; the Markdown's "- 7 -" lines are the typescript's, and the key of a
  Markdown file has no pages).
"""
import math
import os
import pathlib
import random
import re
import sys

if __package__ in (None, ""):
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

    from blindkit import harness as _harness  # type: ignore
    from blindkit.draw import A4, font_path  # type: ignore
    from blindkit.flow import ListFlow  # type: ignore
    from blindkit.keys import check_count, check_crossings, check_lengths, contains_seq, entry  # type: ignore
    from blindkit.markup import XML_HEAD, docx_content_types, hesc, xesc, zip_parts  # type: ignore

    _text = _harness.load(__file__, "blind50_text", "text.py")
else:
    from ..blindkit import harness as _harness
    from ..blindkit.draw import A4, font_path
    from ..blindkit.flow import ListFlow
    from ..blindkit.keys import check_count, check_crossings, check_lengths, contains_seq, entry
    from ..blindkit.markup import XML_HEAD, docx_content_types, hesc, xesc, zip_parts
    from . import text as _text

ParaMaker, norm, typed = _text.ParaMaker, _text.norm, _text.typed

FICT = "FICTIONAL \u2013 for software testing"
INVENTED = "Every person, place and service named here is invented."


def wrap_chars(words, width, first_width=None):
    """Greedy breaking of a word list into lines of at most ``width`` characters; returns [(start, end)] index
    ranges."""
    out, a, n = [], 0, 0
    for i, w in enumerate(words):
        lim = first_width if (first_width is not None and not out) else width
        if i > a and n + 1 + len(w) > lim:
            out.append((a, i))
            a, n = i, len(w)
        else:
            n = len(w) if i == a else n + 1 + len(w)
    out.append((a, len(words)))
    return out


# --------------------------------------------------------------------------
# 1. scan1987.pdf: a typescript scanned to page images under an OCR text layer that misreads some numbers
# --------------------------------------------------------------------------
SC_PLAN = [
    ("1", "INTRODUCTION", [70, 85, 60]),
    ("2", "THE ROSSITER FAMILY", [90, 80, 75]),
    ("3", "EVENTS BETWEEN 1984 AND 1986", [55, 60, 50, 65, 58, 52, 62, 56, 60, 54]),
    ("4", "ANALYSIS", [95, 85, 90]),
    ("5", "CONCLUSIONS", [70, 65]),
]
CW = 7.2  # Courier 12: ten characters to the inch
SC_NUM, SC_TEXT = 72.0, 72.0 + 6 * CW
SC_CHARS = 59
SC_LEAD, SC_TOP, SC_BOTTOM = 18.0, 780.0, 100.0
SC_DPI = 96
SC_ANGLES = [0.0, 0.42, -0.31, 0.55, -0.47, 0.28, -0.6, 0.36, -0.22]


def ocr_slip(words, k, rng):
    """One word inside the paragraph (not among the first eight or last six) misread as OCR misreads it."""
    a, b = _text.SC_WORD_SLIPS[k % len(_text.SC_WORD_SLIPS)]
    cands = [i for i in range(8, len(words) - 6) if a in words[i] and words[i].isalpha() and len(words[i]) > 4]
    if not cands:
        return words, None
    i = cands[rng.randrange(len(cands))]
    out = list(words)
    out[i] = words[i].replace(a, b, 1)
    return out, (words[i], out[i])


def sc_render(path, pages):
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas
    w, h = A4
    s = SC_DPI / 72.0
    font = ImageFont.truetype(font_path("com_____.pfb"), round(12 * s))
    c = Canvas(str(path), pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle("scan1987")
    c.setAuthor("")
    c.setSubject("")
    c.setCreator("Canon iR-ADV C5535 (scan)")
    c.setProducer("Adobe Acrobat Pro 10.1.16 Paper Capture Plug-in")
    rng = random.Random(1987)
    for pno, items in enumerate(pages):
        theta = SC_ANGLES[pno % len(SC_ANGLES)]
        img = Image.new("L", (round(w * s), round(h * s)), 246)
        d = ImageDraw.Draw(img)
        for it in items:
            ink = it.get("ink", 40)
            d.text((it["x"] * s, (h - it["y"]) * s), it["img"], font=font, fill=ink, anchor="ls")
            if it.get("ul"):
                x1, x2 = it["ul"]
                yy = (h - it["y"] + 2.5) * s
                d.line([(x1 * s, yy), (x2 * s, yy)], fill=ink, width=2)
            if it.get("box"):
                x1, y1, x2, y2 = it["box"]
                d.rectangle([x1 * s, (h - y2) * s, x2 * s, (h - y1) * s], outline=ink, width=2)
        img = img.rotate(theta, resample=Image.BICUBIC, fillcolor=246)
        img = img.point(lambda v: 40 if v < 150 else 246)  # the scanner's black-and-white threshold
        for _ in range(40):
            x, y = rng.randrange(img.width), rng.randrange(img.height)
            r = rng.choice([1, 1, 2])
            d2 = ImageDraw.Draw(img)
            d2.ellipse([x, y, x + r, y + r], fill=rng.randrange(60, 160))
        d3 = ImageDraw.Draw(img)
        d3.rectangle([0, 0, 9, img.height], fill=120)  # the scanner's edge
        c.drawImage(ImageReader(img), 0, 0, w, h)
        th = math.radians(theta)
        co, si = math.cos(th), math.sin(th)
        cx, cy = w / 2, h / 2
        for it in items:
            if not it.get("ocr"):
                continue
            x, y = it["x"], it["y"]
            xr = cx + (x - cx) * co - (y - cy) * si
            yr = cy + (x - cx) * si + (y - cy) * co
            t = c.beginText()
            t.setTextRenderMode(3)
            t.setFont("Courier", 12)
            t.setTextTransform(round(co, 6), round(si, 6), round(-si, 6), round(co, 6), round(xr, 3), round(yr, 3))
            t.textOut(it["ocr"])
            c.drawText(t)
        c.showPage()
    c.save()


def make_scan(out, pm):
    path = out / "scan1987.pdf"
    rng = random.Random(50)
    cover = []
    y = 640.0
    for ln in _text.SC_COVER:
        if ln:
            x = (A4[0] - CW * len(ln)) / 2
            cover.append({"x": x, "y": y, "img": ln, "ocr": ln})
        y -= SC_LEAD
    fl = ListFlow(SC_TOP, SC_BOTTOM, first_top=730.0)
    result, texts, ends, slips, ocr_labels = [], [], [], [], {}
    jit = random.Random(7)
    k_para = 0
    for sec, title, items in SC_PLAN:
        head = f"{sec}.  {title}"
        rows = [(2 * SC_LEAD, SC_LEAD, {"x": SC_NUM, "img": head, "ocr": head,
                                        "ul": (SC_NUM + 4 * CW, SC_NUM + len(head) * CW)})]
        for k, n_words in enumerate(items, 1):
            label = f"{sec}.{k}"
            t = typed(pm.make(n_words, "child"))
            words = t.split()
            ow, slip = ocr_slip(words, k_para, rng) if k_para % 3 == 1 else (words, None)
            k_para += 1
            if slip:
                slips.append((label, *slip))
            olabel = _text.SC_NUMBER_SLIPS.get(label, label)
            ocr_labels[label] = olabel
            lines = wrap_chars(words, SC_CHARS)
            prow = []
            for j, (a, b) in enumerate(lines):
                items_ = [{"x": SC_TEXT, "img": " ".join(words[a:b]), "ocr": " ".join(ow[a:b])}]
                if j == 0:
                    items_.insert(0, {"x": SC_NUM, "img": label, "ocr": olabel})
                prow.append((SC_LEAD if j == 0 else 0.0, SC_LEAD, items_))
            placed = fl.place(rows + prow, keep=len(rows) + 2)
            placed = placed[len(rows):]
            rows = []
            result.append(entry(label, placed[0][0] + 1, t))  # the cover is page 1
            ends.append(placed[-1][0] + 1)
            texts.append(t)
    pages = [cover]
    for pno, plist in enumerate(fl.pages, 2):
        items = []
        if pno == 2:
            st, so = _text.SC_STAMP
            items.append({"x": 372.0, "y": 800.0, "img": st, "ocr": so, "ink": 110,
                          "box": (366.0, 792.0, 524.0, 814.0)})
        for draw, base in plist:
            dy = round(jit.uniform(-0.6, 0.6), 2)
            segs = draw if isinstance(draw, list) else [draw]
            for seg in segs:
                items.append({**seg, "y": round(base + dy, 2)})
        folio = f"- {pno - 1} -"
        items.append({"x": (A4[0] - CW * len(folio)) / 2, "y": 60.0, "img": folio, "ocr": folio})
        pages.append(items)
    sc_render(path, pages)
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    cross = check_crossings(path.name, result, ends)
    # read back: pdfplumber's words in the content stream's order (the OCR layer); each paragraph's OCR number and its
    # first words on its page, its last words on its last page; every page an image under render mode 3 text
    import pdfplumber
    import pypdf
    with pdfplumber.open(path) as pl:
        pw = []
        for p in pl.pages:
            if len(p.images) != 1:
                raise AssertionError("scan1987.pdf: one image a page")
            pw.append(norm(" ".join(wd["text"] for wd in p.extract_words(use_text_flow=True))))
    for d, e in zip(result, ends, strict=True):
        if not contains_seq(pw[d["page"] - 1], norm(ocr_labels[d["label"]] + " " + d["starts_with"])):
            raise AssertionError(f"scan1987.pdf: {d['label']} at its page")
        tail = pw[e - 2][-12:] + pw[e - 1]
        if not contains_seq(tail, norm(d["ends_with"])):
            raise AssertionError(f"scan1987.pdf: ends_with of {d['label']}")
    every = [w for p in pw for w in p]
    for lab, olab in _text.SC_NUMBER_SLIPS.items():
        if not contains_seq(every, norm(olab)) or olab == lab:
            raise AssertionError("scan1987.pdf: slips")
    rd = pypdf.PdfReader(str(path))
    if any(b"3 Tr" not in pg.get_contents().get_data() for pg in rd.pages):
        raise AssertionError("scan1987.pdf: render mode 3")
    if len(slips) < 4:
        raise AssertionError(f"scan1987.pdf: word slips {slips}")
    return {
        "note": ("An independent inquiry's report TYPEWRITTEN in 1987 (Courier 10 pitch, 1.5 spacing; the number '3.2' "
                 "at the margin, every line of the paragraph at a tab stop; chapter headings '3.  EVENTS ...' in "
                 "capitals, underlined; a cover; typed page numbers '- 1 -' centred at the foot from the first text "
                 "page, one behind the PDF's pages; a 'RECEIVED 14 MAR 1987' date stamp) SCANNED to a PDF whose "
                 "every page is ONE IMAGE (greyscale, thresholded), turned a fraction of a degree, under an INVISIBLE "
                 "OCR TEXT LAYER (render mode 3, Courier, one text object per number and per line, turned with the "
                 "page, baselines a little uneven). FOUR PARAGRAPH NUMBERS ARE MISREAD in the text layer: "
                 + ", ".join(f"'{v}' for {k}" for k, v in _text.SC_NUMBER_SLIPS.items())
                 + "; the label is the number typed on the page, in its sequence. The stamp is read 'RECEIVED l4 MAR "
                 "l987'. Words misread inside paragraphs (never among the key's words): "
                 + "; ".join(f"{lab} '{a}' as '{b}'" for lab, a, b in slips)
                 + ". Paragraphs over page breaks: " + ", ".join(cross) + ". Pages are the PDF's (the cover is "
                 "page 1)."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 2. wp51.docx: WordPerfect 5.1 converted to Word: a hard return at every line end, typed "Page N" lines
# --------------------------------------------------------------------------
WP_PLAN = [
    ("1", "INTRODUCTION", [70, 80], "tab"),
    ("2", "THE FAMILY", [95, 85, 90], "tab"),
    ("3", "AGENCY INVOLVEMENT", [110, 100, 120, 95], "tab"),
    ("4", "ANALYSIS", [105, 115, 100], "spaces"),
    ("5", "CONCLUSIONS AND RECOMMENDATIONS", [85, 90], "spaces"),
]
WP_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WP_NS = f'xmlns:w="{WP_W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
WP_RPR = '<w:rPr><w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:cs="Courier New"/><w:sz w:val="24"/></w:rPr>'
WP_LINES = 50


def wp_run(s, u=False):
    rpr = WP_RPR.replace("<w:sz", '<w:u w:val="single"/><w:sz') if u else WP_RPR
    sp = ' xml:space="preserve"' if s != s.strip() or "  " in s else ""
    return f"<w:r>{rpr}<w:t{sp}>{xesc(s)}</w:t></w:r>"


WP_TAB = f"<w:r>{WP_RPR}<w:tab/></w:r>"
WP_BRK = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'


def wp_p(runs="", jc=None):
    just = f'<w:jc w:val="{jc}"/>' if jc else ""
    return f"<w:p><w:pPr>{just}{WP_RPR}</w:pPr>{runs}</w:p>"


def make_wp(out, pm):
    path = out / "wp51.docx"
    body = [wp_p(wp_run(ln), "center") if ln else wp_p() for ln in _text.WP_COVER]
    body.append(WP_BRK)
    state = {"page": 2, "lines": 0}
    result, texts, ends = [], [], []

    def newpage():
        # the typist's page number two lines under the page's last line, then WordPerfect's hard page
        body.append(wp_p())
        body.append(wp_p(wp_run(f"Page {state['page']}"), "center"))
        body.append(WP_BRK)
        state["page"] += 1
        state["lines"] = 0

    def line(xml):
        if state["lines"] >= WP_LINES - 3:
            newpage()
        body.append(xml)
        state["lines"] += 1

    def blank():
        if state["lines"]:
            line(wp_p())

    for sec, title, items, style in WP_PLAN:
        if state["lines"] > WP_LINES - 10:
            newpage()
        blank()
        line(wp_p(wp_run(f"{sec}.") + WP_TAB + wp_run(title, u=True)))
        for k, n_words in enumerate(items, 1):
            label = f"{sec}.{k}"
            t = typed(pm.make(n_words, "child"))
            words = t.split()
            if state["lines"] >= WP_LINES - 5:
                newpage()  # the typist would not begin a paragraph on a page's last lines
            blank()
            if style == "tab":
                spans = wrap_chars(words, 58)
                first = wp_run(label) + WP_TAB
                rest = WP_TAB
            else:
                spans = wrap_chars(words, 65, first_width=57)
                first = wp_run(label + "     ")
                rest = ""
            start = None
            for j, (a, b) in enumerate(spans):
                line(wp_p((first if j == 0 else rest) + wp_run(" ".join(words[a:b]))))
                if j == 0:
                    start = state["page"]
            result.append(entry(label, start, t))
            ends.append(state["page"])
            texts.append(t)
    body.append(wp_p())
    body.append(wp_p(wp_run(f"Page {state['page']}"), "center"))
    sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" '
            'w:left="1440" w:header="720" w:footer="720" w:gutter="0"/><w:cols w:space="720"/></w:sectPr>')
    doc = f"{XML_HEAD}<w:document {WP_NS}><w:body>{''.join(body)}{sect}</w:body></w:document>"
    styles = (f'{XML_HEAD}<w:styles {WP_NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" '
              'w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="24"/><w:lang w:val="en-US"/></w:rPr>'
              '</w:rPrDefault><w:pPrDefault/></w:docDefaults><w:style w:type="paragraph" w:default="1" '
              'w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl w:val="0"/>'
              '<w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr></w:style><w:style w:type="character" '
              'w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/>'
              '</w:style></w:styles>')
    settings = (f'{XML_HEAD}<w:settings {WP_NS}><w:defaultTabStop w:val="720"/><w:compat><w:compatSetting '
                'w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
                '</w:compat></w:settings>')
    pkg_rel = "http://schemas.openxmlformats.org/package/2006/relationships"
    doc_rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    rels = (f'{XML_HEAD}<Relationships xmlns="{pkg_rel}"><Relationship Id="rId3" Type="{doc_rel}/extended-properties" '
            'Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
            'relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" '
            f'Type="{doc_rel}/officeDocument" Target="word/document.xml"/></Relationships>')
    doc_rels = (f'{XML_HEAD}<Relationships xmlns="{pkg_rel}"><Relationship Id="rId1" Type="{doc_rel}/styles" '
                f'Target="styles.xml"/><Relationship Id="rId2" Type="{doc_rel}/settings" Target="settings.xml"/>'
                "</Relationships>")
    core = (f'{XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
            'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>CHILD M OVERVIEW</dc:title>'
            f'<dc:subject>{FICT}</dc:subject><dc:creator>ACPC Typing Pool (FICTIONAL)</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">1994-11-21T10:04:00Z</dcterms:created><dcterms:modified '
            'xsi:type="dcterms:W3CDTF">2011-03-08T14:22:00Z</dcterms:modified></cp:coreProperties>')
    app = (f'{XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           f'<Template>Normal.dotm</Template><Pages>{state["page"]}</Pages><Application>Microsoft Office Word'
           '</Application><AppVersion>14.0000</AppVersion></Properties>')
    zip_parts(path, {"[Content_Types].xml": docx_content_types(["document", "styles", "settings"]),
                     "_rels/.rels": rels, "word/document.xml": doc, "word/_rels/document.xml.rels": doc_rels,
                     "word/styles.xml": styles, "word/settings.xml": settings, "docProps/core.xml": core,
                     "docProps/app.xml": app}, (2011, 3, 8, 14, 22, 0))
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    cross = check_crossings(path.name, result, ends)
    # read back with python-docx: a line "3.2<TAB>" or "4.1" and spaces opens a paragraph, the lines after it run on
    # (past a "Page N" line and a page break) until an empty line; headings and page lines are no text
    import docx
    d = docx.Document(str(path))
    seq, pg, folios = [], 1, []
    for p in d.paragraphs:
        if p._p.xpath('.//w:br[@w:type="page"]'):
            pg += 1
        elif m := re.fullmatch(r"Page (\d+)", p.text):
            folios.append((int(m.group(1)), pg))
            if seq and not seq[-1][1]:
                seq.pop()  # the empty line typed above the page number
        else:
            seq.append((pg, p.text, p))
    got, cur, heads = [], None, 0
    for pg, s, p in seq:
        if not s:
            cur = None
        elif m := re.fullmatch(r"(\d\.\d+)(?:\t| {5})(\S.*)", s):
            cur = [m.group(1), pg, m.group(2)]
            got.append(cur)
        elif re.fullmatch(r"\d\.\t[A-Z ]+", s):
            heads += 1
            if not any(r.font.underline for r in p.runs):
                raise AssertionError("wp51.docx: heading not underlined")
        elif cur is not None:
            cur[2] += " " + s.lstrip("\t")
    if got != [[r["label"], r["page"], t] for r, t in zip(result, texts, strict=True)] or heads != len(WP_PLAN):
        raise AssertionError(f"wp51.docx: read back {[g[:2] for g in got]}")
    if any(a != b for a, b in folios) or len(folios) != state["page"] - 1:
        raise AssertionError(f"wp51.docx: page lines {folios}")
    return {
        "note": ("An ACPC Part 8 case review typed in WORDPERFECT 5.1 (1994) and converted to .docx: Courier New as "
                 "direct formatting, no styles in use; a HARD RETURN AT THE END OF EVERY TYPED LINE, so each line is a "
                 "Word paragraph and an empty paragraph stands between the report's paragraphs. Typed numbers: "
                 "chapters 1-3 '3.2', a TAB and the text, the later lines opening with a TAB; chapters 4-5 '4.1' and "
                 "FIVE SPACES, the later lines flush left. Chapter headings '3.<TAB>AGENCY INVOLVEMENT' in capitals, "
                 "UNDERLINED. WordPerfect's hard pages became page breaks in empty paragraphs, each after a typed, "
                 "centred 'Page N' line (the page's own number), so paragraphs " + ", ".join(cross) + " run over a "
                 "page with the 'Page N' line and the break between two of their lines. A paragraph is all its "
                 "lines joined. page = 1 + the page breaks before the paragraph's first line; the cover is page 1."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 3. lineprint.txt: printed to a file through a line printer driver: overstrike bold and underline, form feeds
# --------------------------------------------------------------------------
LP_PLAN = [
    ("1", "INTRODUCTION", [80, 70]),
    ("2", "BACKGROUND", [100, 90, 85]),
    ("3", "CONTACT WITH AGENCIES", [120, 110, 125, 100, 115]),
    ("4", "ISSUES FOR THE DEPARTMENT", [110, 120, 95]),
    ("5", "RECOMMENDATIONS", [75, 80]),
]
LP_M, LP_T, LP_R = 8, 15, 72  # margin, text column, right edge
LP_BODY = 53  # body lines a page (rows 7 to 59 of 66)
VOWELS = set("aeiou")


def bold(s):
    return "".join(ch if ch == " " else ch + "\b" + ch for ch in s)


def underline(s):
    return "".join("_\b" + ch if ch.isalpha() else ch for ch in s)


def lp_wrap(words, width):
    """nroff-like filling: lines of at most ``width`` characters, a long word inside the paragraph (not among its
    first eight or last six words) hyphenated at a vowel-consonant join when it does not fit; returns the lines as
    word lists, a hyphenated half ending in "-"."""
    lines, cur, n = [], [], 0
    ws = list(words)
    i = 0
    limit = len(words)
    while i < len(ws):
        w = ws[i]
        if not cur or n + 1 + len(w) <= width:
            cur.append(w)
            n = len(w) if len(cur) == 1 else n + 1 + len(w)
            i += 1
            continue
        if 8 <= i < limit - 6 and w.isalpha() and len(w) >= 9 and not w.endswith("-"):
            room = width - n - 2
            for p in range(min(len(w) - 4, room), 3, -1):
                if w[p - 1] in VOWELS and w[p] not in VOWELS:
                    cur.append(w[:p] + "-")
                    ws[i:i + 1] = [w[p:]]
                    break
        lines.append(cur)
        cur, n = [], 0
    lines.append(cur)
    return lines


def justify(ws, width, k):
    s = " ".join(ws)
    gaps = len(ws) - 1
    if gaps < 1:
        return s
    extra = width - len(s)
    pad = [1 + extra // gaps] * gaps
    order = range(gaps - 1, -1, -1) if k % 2 == 0 else range(gaps)
    for j, g in enumerate(order):
        if j < extra % gaps:
            pad[g] += 1
    return "".join(w + " " * pad[j] for j, w in enumerate(ws[:-1])) + ws[-1]


def make_lineprint(out, pm):
    path = out / "lineprint.txt"
    pages = [[]]
    result, texts, ends, hyph = [], [], [], []

    def room(n):
        return LP_BODY - len(pages[-1]) >= n

    def put(s):
        if not room(1):
            pages.append([])
        pages[-1].append(s)

    def gap(n=1):
        for _ in range(n):
            if pages[-1] and room(1):
                pages[-1].append("")

    title = _text.LP_TITLE
    for ln in title:
        put(" " * ((80 - len(ln)) // 2) + bold(ln))
        put("")
    for ws in lp_wrap(_text.LP_NOTE.split(), LP_R - LP_M):
        put(" " * LP_M + " ".join(ws))
    kline = 0
    for sec, ttl, items in LP_PLAN:
        gap(2)
        if not room(6):
            pages.append([])
        put(" " * LP_M + bold(f"{sec}.") + "  " + underline(ttl))
        for k, n_words in enumerate(items, 1):
            label = f"{sec}.{k}"
            t = typed(pm.make(n_words, "adult"))
            lines = lp_wrap(t.split(), LP_R - LP_T)
            gap()
            if not room(2):
                pages.append([])
            start = len(pages)
            for j, ws in enumerate(lines):
                kline += 1
                if ws[-1].endswith("-"):
                    hyph.append(label)
                body = justify(ws, LP_R - LP_T, kline) if j < len(lines) - 1 else " ".join(ws)
                lead = " " * LP_M + bold(label) + " " * (LP_T - LP_M - len(label)) if j == 0 else " " * LP_T
                put(lead + body)
            result.append(entry(label, start, t))
            ends.append(len(pages))
            texts.append(t)
    head_l, head_r = "KELDMOOR COUNTY COUNCIL (FICTIONAL)", "SOCIAL SERVICES COMMITTEE"
    out_pages = []
    for n, body in enumerate(pages, 1):
        rows = ["", ""]
        rows.append(" " * LP_M + head_l + " " * (LP_R - LP_M - len(head_l) - len(head_r)) + head_r if n > 1 else "")
        rows += ["", "", ""]
        rows += body + [""] * (LP_BODY - len(body))
        rows += ["", ""]
        folio = f"- {n} -"
        rows.append(" " * (LP_M + (LP_R - LP_M - len(folio)) // 2) + folio)
        rows += [""] * (66 - len(rows))
        out_pages.append("\n".join(r.rstrip() for r in rows) + "\n")
    data = "\f".join(out_pages)
    path.write_bytes(data.encode("ascii"))
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    cross = check_crossings(path.name, result, ends)
    if len(hyph) < 3:
        raise AssertionError(f"lineprint.txt: hyphenated {hyph}")
    # read back: the pages by form feeds, the overstrikes taken out, the body rows only; a bold number at the margin
    # opens a paragraph, rows at column 15 run on (a line-end hyphen joins the word again), a blank row ends it
    raw = path.read_bytes().decode("ascii")
    got, cur = [], None
    for n, page in enumerate(raw.split("\f"), 1):
        rows = page.split("\n")
        if len(rows) != 67 or re.sub(r".\x08", "", rows[61]).strip() != f"- {n} -":
            raise AssertionError("lineprint.txt: page shape")
        body = rows[6:59]
        while body and not body[-1].strip():
            body.pop()  # the page's unused rows
        for r in body:
            clean = re.sub(r".\x08", "", r)
            if m := re.fullmatch(r" {8}(\d\.\d+) +(\S.*)", clean):
                if bold(m.group(1)) not in r:
                    raise AssertionError("lineprint.txt: number not overstruck")
                cur = [m.group(1), n, m.group(2)]
                got.append(cur)
            elif not clean.strip() or not clean.startswith(" " * LP_T):
                cur = None if not clean.strip() or "_\b" in r else cur
            elif cur is not None:
                more = " ".join(clean.split())
                cur[2] = cur[2][:-1] + more if re.search(r"[a-z]-$", cur[2]) else cur[2] + " " + more
    got = [[g[0], g[1], " ".join(g[2].split())] for g in got]
    if got != [[r["label"], r["page"], t] for r, t in zip(result, texts, strict=True)]:
        raise AssertionError(f"lineprint.txt: read back {[g[:2] for g in got]}")
    return {
        "note": ("A county council social services committee report (1991) PRINTED TO A FILE through a line printer "
                 "driver (nroff-style, ASCII, LF): 66-line pages, each after the first opened by a FORM FEED; a "
                 "running head from page 2 and '- N -' centred at every page's foot; text at an eight-column margin, "
                 "JUSTIFIED by padding the spaces between words, long words HYPHENATED at line ends (in "
                 + ", ".join(sorted(set(hyph))) + "); BOLD BY OVERSTRIKE (a character, a BACKSPACE, the character "
                 "again): the paragraph numbers '3\\b3.\\b.2\\b2' at the margin with the text hanging at column 15, "
                 "the title block and chapter numbers; chapter titles UNDERLINED BY OVERSTRIKE ('_\\bC'). Paragraphs "
                 + ", ".join(cross) + " run over a page, the foot, the form feed and the head between two of their "
                 "lines. The label is the number as printed ('3.2'); the text is the words with the overstrikes taken "
                 "out and the hyphenated words joined. page = 1 + the form feeds before the paragraph's first line, "
                 "which is the '- N -' at that page's foot. The title block, note, heads, folios and chapter headings "
                 "are no paragraph's text."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 4. rtftohtml.htm: RTF converted to HTML 3.2 in 1996: <HR> and a new <P> at every page break
# --------------------------------------------------------------------------
RH_PLAN = [
    ("1", "INTRODUCTION", [75, 85]),
    ("2", "THE CHILDREN AND THEIR FAMILY", [105, 95, 90]),
    ("3", "WHAT HAPPENED", [120, 115, 130, 110]),
    ("4", "FINDINGS", [125, 115, 120]),
    ("5", "RECOMMENDATIONS", [80, 85]),
]
RH_PAGE = 330


def hard_wrap(s, width=78):
    out = []
    for para in s.split("\n"):
        cur = ""
        for w in para.split(" "):
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur)
                cur = w
            else:
                cur = w if not cur else cur + " " + w
        out.append(cur)
    return "\n".join(out)


def make_rtftohtml(out, pm):
    path = out / "rtftohtml.htm"
    result, texts, body, toc = [], [], [], []
    on_page, splits, fns = 120, [], []
    for n, (sec, title, items) in enumerate(RH_PLAN, 1):
        toc.append(f'<LI><A HREF="#RTFToC{n + 1}">{sec}. {title}</A>')
        body.append(f'<H2><A NAME="RTFToC{n + 1}">{sec}. {title}</A></H2>')
        for k, n_words in enumerate(items, 1):
            label = f"{sec}.{k}"
            t = pm.make(n_words, "child")
            words = t.split()
            pieces = [hesc(w) for w in words]
            if label in _text.RH_FOOTNOTES:
                # the footnote mark after the first sentence that ends well inside the paragraph
                i = next(i for i in range(9, len(words) - 8) if words[i].endswith("."))
                fns.append(label)
                pieces[i] += f'<A HREF="rtf_fn.htm#fn{len(fns)}">[{len(fns)}]</A>'
            n = len(words)
            room = RH_PAGE - on_page
            cut = next((c for c in range(min(room, n - 12), 11, -1)
                        if words[c][:1].islower() and not words[c - 1].endswith(".") and "<" not in pieces[c - 1]),
                       None) if room < n else None
            if cut is not None:
                # the page break falls inside the paragraph, in mid-sentence: a rule and a new <P> go on with it
                body.append(f"<P><B>{label}</B>\t" + " ".join(pieces[:cut]))
                body.append("<HR>")
                body.append("<P>" + " ".join(pieces[cut:]))
                splits.append(label)
                on_page = n - cut
            else:
                if room < n:
                    body.append("<HR>")
                    on_page = 0
                body.append(f"<P><B>{label}</B>\t" + " ".join(pieces))
                on_page += n
            texts.append(t)
            result.append(entry(label, None, t))
    html = (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN">\n<HTML>\n<HEAD>\n'
        '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=iso-8859-1">\n'
        '<META NAME="GENERATOR" CONTENT="rtftohtml 3.9.3">\n'
        "<TITLE>WYSTAN ABBEY ACPC - REVIEW OF SERVICES TO THE HALLAM CHILDREN (FICTIONAL)</TITLE>\n</HEAD>\n"
        '<BODY BGCOLOR="#FFFFFF">\n<CENTER><IMG SRC="crest.gif" ALT="Wystan Abbey crest"></CENTER>\n'
        "<H1>Wystan Abbey Area Child Protection Committee<BR>Review of Services to the Hallam Children</H1>\n"
        f"<P><I>{FICT}. {INVENTED}</I>\n"
        "<P>Report presented to the Committee on 4 June 1996.\n"
        '<H2><A NAME="RTFToC1">CONTENTS</A></H2>\n<UL>\n' + "\n".join(toc) + "\n</UL>\n<HR>\n"
        + "\n".join(body) + "\n<HR>\n"
        '<P><A HREF="rtf_fn.htm">Footnotes</A> | <A HREF="index.htm">Back to the Committee\'s page</A>\n'
        '<P><FONT SIZE=2>Last updated 12/06/96. Comments to <A HREF="mailto:acpc@wystan-abbey.example">'
        "acpc@wystan-abbey.example</A></FONT>\n</BODY>\n</HTML>\n")
    html = hard_wrap(html)
    data = html.replace("\n", "\r\n").encode("cp1252")
    path.write_bytes(data)
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    if len(splits) < 3 or len(fns) != 3:
        raise AssertionError(f"rtftohtml.htm: splits {splits}")
    # read back with lxml (as a browser would, the bytes as Windows-1252): a <p> opening with a bold number starts a
    # paragraph; a <p> after an <hr> that does not runs on in it; footnote marks are dropped
    import lxml.html
    root = lxml.html.document_fromstring(data.decode("cp1252"))
    got, cur, after_hr = [], None, False
    for el in root.find("body").iter("p", "hr", "h2"):
        if el.tag == "hr":
            after_hr = True
            continue
        if el.tag == "h2":
            cur, after_hr = None, False
            continue
        for a in el.findall("a"):
            if a.get("href", "").startswith("rtf_fn.htm#"):
                a.drop_tree()
        s = " ".join(el.text_content().split())
        b = el.find("b")
        if b is not None and re.fullmatch(r"\d\.\d", b.text_content()) and el.text is None:
            cur = [b.text_content(), s[len(b.text_content()):].strip()]
            got.append(cur)
        elif after_hr and cur is not None and s[:1].islower():
            cur[1] += " " + s
        else:
            cur = None
        after_hr = False
    if got != [[r["label"], t] for r, t in zip(result, texts, strict=True)]:
        raise AssertionError(f"rtftohtml.htm: read back {[g[0] for g in got]}")
    if b"\x92" not in data or b"</P>" in data:
        raise AssertionError("rtftohtml.htm: bytes")
    return {
        "note": ("A 1996 Area Child Protection Committee report converted from RTF by rtftohtml for an early council "
                 "site: HTML 3.2, upper-case tags, <P> never closed, source lines hard-wrapped at 78 columns, CRLF, "
                 "declared iso-8859-1 but written in Windows-1252 (curly quotes as bytes 0x91-0x94); a contents list "
                 "linking to '#RTFToC' anchors on the <H2> chapter headings; paragraphs '<P><B>3.2</B><TAB>text'. "
                 "Every page break of the RTF became '<HR>' and a new <P>: inside paragraphs " + ", ".join(splits)
                 + ", whose second half is an unnumbered <P> after the rule, starting in mid-sentence (still that "
                 "paragraph's text). Footnote marks '[1]' link to a separate file (in " + ", ".join(fns) + "; "
                 "no words of the text). Title, notes, contents, rules and the footer lines are no paragraph's "
                 "text. No pages (null)."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 5. typescript.md: a typescript transcribed line for line, its page numbers "- 7 -" kept where they fall
# --------------------------------------------------------------------------
TS_PLAN = [
    ("1", "INTRODUCTION", [75, 85]),
    ("2", "SOPHIE AND HER MOTHER", [100, 90, 95]),
    ("3", "WHAT HAPPENED", [115, 105, 120, 110]),
    ("4", "THE PANEL'S VIEW", [110, 120, 100]),
    ("5", "RECOMMENDATIONS", [80, 90]),
]
TS_PAGE = 27  # typed lines a page (double spacing)


def ts_lines(words, width=58):
    """The typist's lines: two spaces after a sentence's full stop, kept at a line's end too."""
    out = []
    for a, b in wrap_chars(words, width):
        s = ""
        for w in words[a:b]:
            s += w + ("  " if re.search(r"[.?!][\"')]?$", w) else " ")
        out.append(s.rstrip(" ") + ("  " if re.search(r"[.?!][\"')]?$", words[b - 1]) and b < len(words) else ""))
    return out


def make_typescript(out, pm):
    path = out / "typescript.md"
    lines = []
    for blk in _text.TS_HEAD:
        lines += blk.split("\n")
        lines.append("")
    st = {"page": 1, "n": 6}
    mids, betweens = [], 0
    result, texts = [], []

    def folio(inside):
        nonlocal betweens
        if inside:
            lines.append(f"- {st['page']} -")
        else:
            lines.extend([f"- {st['page']} -", ""])
            betweens += 1
        st["page"] += 1
        st["n"] = 0

    for sec, title, items in TS_PLAN:
        if st["n"] + 6 > TS_PAGE:
            folio(False)
        lines += [f"CHAPTER {sec}", "", typed(title), "-" * len(title), ""]
        st["n"] += 4
        for k, n_words in enumerate(items, 1):
            label = f"{sec}.{k}"
            t = typed(pm.make(n_words, "dhr"))
            words = t.split()
            tl = ts_lines(words)
            if st["n"] + 2 > TS_PAGE:
                folio(False)
            for j, s in enumerate(tl):
                if st["n"] >= TS_PAGE:
                    folio(True)
                    mids.append(label)
                lines.append((f"{label}   " if j == 0 else "      ") + s)
                st["n"] += 1
            lines.append("")
            st["n"] += 1
            texts.append(t)
            result.append(entry(label, None, t))
    lines.append(f"- {st['page']} -")
    text = "\n".join(lines) + "\n"
    path.write_text(text, encoding="utf-8")
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    if len(mids) < 2 or betweens < 1:
        raise AssertionError(f"typescript.md: page lines {mids}, {betweens}")
    # read back from the lines: "3.2   " opens a paragraph, six-space lines run on, "- 7 -" lines are skipped
    got, cur = [], None
    for ln in text.split("\n"):
        if m := re.fullmatch(r"(\d\.\d)   (\S.*)", ln):
            cur = [m.group(1), m.group(2)]
            got.append(cur)
        elif re.fullmatch(r"- \d+ -", ln):
            continue
        elif ln.startswith("      ") and cur is not None:
            cur[1] += " " + ln
        else:
            cur = None
    got = [[g[0], " ".join(g[1].split())] for g in got]
    if got != [[r["label"], t] for r, t in zip(result, texts, strict=True)]:
        raise AssertionError(f"typescript.md: read back {[g[0] for g in got]}")
    # and with markdown-it: every page line is a bulleted list; where it falls inside a paragraph, the rest of the
    # paragraph is that list item's text, opening "7 -"; the underlined titles are setext headings
    from markdown_it import MarkdownIt
    toks = MarkdownIt("commonmark").parse(text)
    items = [toks[i + 2].content for i, tk in enumerate(toks) if tk.type == "list_item_open"]
    inside = [s for s in items if re.match(r"\d+ -\s+\S", s)]
    if len(items) != st["page"] or len(inside) != len(mids):
        raise AssertionError(f"typescript.md: list items {items}")
    if sum(tk.type == "heading_open" and tk.markup == "-" for tk in toks) != len(TS_PLAN):
        raise AssertionError("typescript.md: setext headings")
    if not any(ch.type == "hardbreak" for tk in toks if tk.children for ch in tk.children):
        raise AssertionError("typescript.md: no hard breaks")
    return {
        "note": ("A 1983 review panel's typescript TRANSCRIBED LINE FOR LINE into Markdown for a record office's "
                 "catalogue: a '# ' title and two italic notes, then the typed lines: paragraphs '3.2   The ...' (the "
                 "number and three spaces) whose later lines are indented six spaces; the typist's two spaces after "
                 "a full stop (at a line's end a Markdown hard break); chapter headings 'CHAPTER 3' and an "
                 "underlined capitals title (a setext heading). The TYPIST'S PAGE NUMBERS are kept where they fall, "
                 "'- 7 -' flush left: between paragraphs a bulleted list of its own; inside paragraphs "
                 + ", ".join(mids) + " it stands between two lines with no blank line, so CommonMark starts a "
                 "BULLETED LIST there and the rest of the paragraph is the list item's text ('7 - the words ...'): "
                 "still that paragraph's text, the '7 -' not. Title, notes, chapter lines and headings are no "
                 "paragraph's text. No pages (null)."),
        "paragraphs": result,
    }


def build(out):
    return _harness.build_files(out, ParaMaker(), {
        "scan1987.pdf": make_scan, "wp51.docx": make_wp, "lineprint.txt": make_lineprint,
        "rtftohtml.htm": make_rtftohtml, "typescript.md": make_typescript})


def main(out: pathlib.Path, determinism: bool = True) -> dict:
    """Build and self-check into ``out``; with ``determinism``, build again elsewhere and compare the bytes."""
    return _harness.build_checked(build, out, "blind50-determinism-", determinism)


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
