"""Blind fixture generator 44: five FICTIONAL review documents whose paragraph numbers are printed in ways no earlier
round used: a designer's two-line DROP CAP on each number, Word numbering with ZERO-PADDED paragraph numbers and a
pasted chapter's own list set going again by "Set Numbering Value", typed numbers inside a CMS's ordered lists (two
numbers before every paragraph), a PDF-to-Markdown converter's bold number alone above each paragraph, and Word's
"Save as Plain Text" with its numbers, tabs and lettered and roman sub-paragraphs.

FICTIONAL \u2013 for software testing. Run: python make.py [outdir] (a few seconds: everything is built twice and the
bytes compared). Needs reportlab (its canvas and its font folder: Arial metric Type 1 faces), lxml, python-docx,
pdfplumber and markdown-it-py; no system fonts, no network. Every generator checks its own key with
pdfplumber/lxml/python-docx/markdown-it, never with the project's parser.

dropcap.pdf     a safeguarding adults review designed in InDesign (Arial 10.5 on 14 pt leading, justified ragged
                right, bold teal numbered headings "3. What happened", running head, folio "Page N") whose paragraph
                numbers ("3.2", no stop) are the paragraph's TWO-LINE DROP CAP (the designer's Drop Caps setting over
                the number's characters): bold teal Arial 30 pt, its cap height spanning the paragraph's first two
                lines, ITS BASELINE ON THE SECOND LINE'S BASELINE; the first two lines are indented past the number,
                the third and later lines run the full measure from the left margin under it; the content stream
                draws the number first, then the first line, then the second (a reading that groups characters by
                baseline meets the number at the start of the paragraph's SECOND line); paragraphs across page
                breaks (the drop cap's two lines are kept together)
zeroed.docx     a child safeguarding practice review in Word numbered by automatic numbering (w:numPr on every
                paragraph): Heading 1 "%1." and body paragraphs "%1.%2" whose second level is numFmt DECIMALZERO, so the
                printed numbers are ZERO-PADDED: "1.01", "3.09", "3.10"; chapters 4 and 5 were drafted by a panel
                member in another document and pasted in, keeping THEIR OWN LIST (a second abstractNum, the same
                levels, another nsid) that the author set going at 4 with "Set Numbering Value": a w:num with
                w:lvlOverride/w:startOverride (level 0 starts at 4, level 1 at 1), so the headings read "4." and "5."
                and the paragraphs "4.01" ... "5.02"; page breaks before chapters and inside the long chapter 3
doubled.html    a council's CMS page (Orbury Safeguarding Children Partnership, a CKEditor field) whose numbered
                paragraphs, TYPED "2.3 The ...", are the items of ORDERED LISTS, one <ol> per section with the
                browser's own decimal markers showing (list-style not switched off), so each paragraph prints TWO
                NUMBERS: the marker "1." "2." ... (starting again in every section) and then the typed "2.1" "2.2";
                two paragraphs end with a lead-in and a nested <ol> of typed "(a)" "(b)" sub-paragraphs, which the
                browser prints "1. (a) ..."; site header, breadcrumb, an unnumbered introduction, "Related pages",
                footer
numline.md      a designed domestic homicide review converted to Markdown by a PDF-to-Markdown library
                (pymupdf4llm-style): headings "## **3. Agency involvement**", and each paragraph's number, which the
                PDF set bold on a line of its own above the paragraph, comes out AS A MARKDOWN PARAGRAPH OF ITS OWN,
                "**3.2**", followed by the paragraph's text as the next Markdown paragraph; two paragraphs end with a
                lead-in and LETTERED SUB-PARAGRAPHS "(a) ..." each a Markdown paragraph of its own, one of them with
                ROMAN sub-paragraphs "(i) ..." under it; "-----" between the PDF's pages (always between paragraphs)
wordsave.txt    a domestic homicide review saved from Word with "Save As > Plain Text" (Windows-1252, CRLF, no line
                breaks inserted, so each Word paragraph is one line, and no blank lines between them): Word writes
                its automatic numbers as text followed by a TAB: headings "3.<TAB>Agency contact", paragraphs
                "3.2<TAB>The ...", and the multilevel list's deeper levels, lettered "(a)<TAB>" and roman
                "(i)<TAB>", as lines of their own with their indentation lost; page breaks as a form feed on a line of
                its own before each chapter; the title lines above the first chapter

Judgement calls (what a practitioner citing the report would expect):
- the label is the paragraph number as printed, without a trailing stop: "3.2"; zero-padded numbers are cited as
  printed, "3.01" (never "3.1", which would be another paragraph's number in a report that reaches 3.10);
- a drop-cap number labels the paragraph whose first two lines it stands beside, though its baseline is the second
  line's; the paragraph's text starts with its first line;
- a browser's list marker ("1.") before a typed number is the editor's artefact, not the report's number: the typed
  "2.3" is the label and the typed number is not part of the text; the nested list's markers likewise;
- lettered "(a)" and roman "(i)" sub-paragraphs (nested list items, Markdown paragraphs, or lines of their own in a
  text file) are part of the numbered paragraph they follow: its text runs on through them to the last one, their
  markers included; they are no paragraphs of their own;
- a bold number alone in a Markdown paragraph labels the Markdown paragraph after it;
- title blocks, numbered headings ("3." with a title: a heading, not a paragraph), running heads, folios, page
  separators, navigation and footers are no paragraph's text;
- pages: physical and 1-based for PDF (a paragraph's page is its first line's; its last words may be on a later
  page). DOCX pages are counted from explicit breaks: page = 1 + the page breaks (<w:br w:type="page"/>) before the
  paragraph (each page holds at most about 480 words). HTML, Markdown and plain text: null.
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
    from blindkit.pdfread import check_pdf_key, pdf_pages  # type: ignore
    from blindkit.wordread import check_numbered  # type: ignore

    _text = _harness.load(__file__, "blind44_text", "text.py")
    _b36 = _harness.load(__file__, "blind36_make", "..", "blind36", "make.py")
else:
    from ..blind36 import make as _b36
    from ..blindkit import harness as _harness
    from ..blindkit.draw import Layout, register_fonts, sw, wrap
    from ..blindkit.flow import RowFlow
    from ..blindkit.keys import check_count, check_lengths, entry
    from ..blindkit.markup import SECT_A4, hesc
    from ..blindkit.pdfread import check_pdf_key, pdf_pages
    from ..blindkit.wordread import check_numbered
    from . import text as _text

ParaMaker, norm, sub_text = _text.ParaMaker, _text.norm, _text.sub_text
# round 36's Word helpers: the namespaces, runs, paragraphs, the package, styles, the page break
W_NS, XML_HEAD, WP_NS, BRK = _b36.W_NS, _b36.XML_HEAD, _b36.WP_NS, _b36.BRK
wp, wr, docx_package, styles_xml = _b36.wp, _b36.wr, _b36.docx_package, _b36.styles_xml

FICT = "FICTIONAL \u2013 for software testing"
INVENTED = "Every person, place and service named here is invented."
A, AB, AI = "ArialMT", "Arial-BoldMT", "Arial-ItalicMT"
T1_FACES = {A: "_a______", AB: "_ab_____", AI: "_ai_____"}
TEAL = (0.0, 0.42, 0.45)


# --------------------------------------------------------------------------
# 1. dropcap.pdf: each paragraph number a two-line drop cap, its baseline on the paragraph's second line
# --------------------------------------------------------------------------
DC_PLAN = [
    ("1", "Introduction", [85, 90]),
    ("2", "Mr Pellow and his life", [110, 120, 100]),
    ("3", "What happened", [125, 115, 130, 105, 120]),
    ("4", "Analysis", [120, 125, 110, 115]),
    ("5", "Conclusions", [95, 90]),
]
L, R = 72.0, 523.0
FS, LEAD, TOP, BOTTOM = 10.5, 14.0, 772.0, 70.0
CAP = 0.716  # Arial's cap height, in ems
NS = round((LEAD + CAP * FS) / CAP, 1)  # the drop cap's size: its cap height spans two lines (30 pt)
GAP = 6.0


def meas(s):
    return sw(s, A, FS)


def make_dropcap(out, pm):
    path = out / "dropcap.pdf"
    lay = Layout()
    lay.new_page()
    lay.rect(0, 700, 595.28, 141.89, TEAL)
    lay.text(L, 770, "Safeguarding Adults Review", AB, 24, (1, 1, 1))
    lay.text(L, 740, "Mr Pellow", A, 20, (1, 1, 1))
    for k, s in enumerate(["Tarrowfield Safeguarding Adults Board (FICTIONAL)", "Published July 2025",
                           f"{FICT}. {INVENTED}"]):
        lay.text(L, 670 - 15 * k, s, A, 10, (0.3, 0.3, 0.3))
    fl = RowFlow(lay, TOP, BOTTOM, lambda pg: TOP)
    fl.cur = 610.0
    result, texts, ends, labels, drawn_first = [], [], [], [], []
    for sec, title, items in DC_PLAN:
        fl.place([(24.0, 20.0, [(L, f"{sec}. {title}", AB, 15.0, TEAL, 0.0)]),
                  (0.0, LEAD, [(L, "", A, FS, (0, 0, 0), 0.0)])], keep=2)
        lay.pages[-1].pop()  # the empty row only kept the heading with room for a paragraph after it
        fl.cur += LEAD
        for k, n_words in enumerate(items, 1):
            label = f"{sec}.{k}"
            t = pm.make(n_words, "adult")
            ind = L + sw(label, AB, NS) + GAP
            first = wrap(t.split(), R - ind, meas)[:2]
            rest = wrap(t.split()[sum(len(ln) for ln in first):], R - L, meas)
            rows = [(9.0 if j == 0 else 0.0, LEAD, [(ind, " ".join(ln), A, FS, (0, 0, 0), 0.0)])
                    for j, ln in enumerate(first)]
            rows += [(0.0, LEAD, [(L, " ".join(ln), A, FS, (0, 0, 0), 0.0)]) for ln in rest]
            placed = fl.place(rows, keep=2)
            (pg, y1), (pg2, y2) = placed[0], placed[1]
            if pg2 != pg:
                raise AssertionError(f"dropcap.pdf: {label}'s first two lines on two pages")
            prims = lay.pages[pg - 1]
            i = next(i for i, p in enumerate(prims) if p[0] == "T" and p[1] == ind and p[2] == y1)
            prims.insert(i, ("T", L, y2, label, AB, NS, TEAL))  # the drop cap, drawn before the first line
            drawn_first.append((pg, label))
            texts.append(t)
            result.append(entry(label, pg, t))
            ends.append(placed[-1][0])
            labels.append((pg, L, y2))
    n = lay.n
    grey = (0.4, 0.4, 0.4)
    for k in range(2, n + 1):
        lay.text(L, 806, "Tarrowfield SAB \u2013 Safeguarding Adults Review: Mr Pellow (FICTIONAL)", AI, 8, grey,
                 page=k)
        lay.line(L, 800, R, 800, 0.5, TEAL, page=k)
        s = f"Page {k}"
        lay.text(R - sw(s, A, 8.5), 40, s, A, 8.5, grey, page=k)
    lay.render(path, {"Title": "SAR Mr Pellow", "Author": "Tarrowfield SAB (FICTIONAL)",
                      "Creator": "Adobe InDesign 19.4 (Windows)", "Producer": "Adobe PDF Library 17.0",
                      "Subject": FICT})
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    pages = pdf_pages(path)
    check_pdf_key(path.name, pages, result, ends, labels)
    # the number's baseline is the second line's: the paragraph's first words stand a line above it, and the second
    # line's words start right after it along the same baseline
    for d, t, (pg, _x, y2) in zip(result, texts, labels, strict=True):
        row = sorted((c for c in pages[pg - 1] if abs(c["matrix"][5] - y2) < 0.05), key=lambda c: c["x0"])
        lab = "".join(c["text"] for c in row[:len(d["label"])])
        if lab != d["label"] or row[0]["size"] < NS - 0.1 or row[len(lab)]["size"] > FS + 0.1:
            raise AssertionError(f"dropcap.pdf: {d['label']}'s second line")
        above = [c for c in pages[pg - 1] if abs(c["matrix"][5] - (y2 + LEAD)) < 0.05]
        if norm("".join(c["text"] for c in sorted(above, key=lambda c: c["x0"])))[:3] != norm(t)[:3]:
            raise AssertionError(f"dropcap.pdf: {d['label']}'s first line")
    cross = [d["label"] for d, e in zip(result, ends, strict=True) if e != d["page"]]
    if len(cross) < 2:
        raise AssertionError(f"dropcap.pdf: crossings {cross}")
    return {
        "note": ("A safeguarding adults review designed in InDesign (Arial 10.5 on 14 pt, bold teal numbered headings "
                 "'3. What happened', italic running head from page 2, 'Page N') whose paragraph numbers ('3.2', no "
                 "stop) are each paragraph's TWO-LINE DROP CAP: bold teal Arial " + f"{NS:g}" + " pt whose cap "
                 "height spans the first two lines, ITS BASELINE ON THE SECOND LINE'S BASELINE; the first two lines "
                 "are indented past the number, later lines run the full measure from the left margin under it. The "
                 "stream draws the number, then the first line, then the second, so a reading by baselines meets "
                 "the number at the start of the paragraph's second line. Paragraphs run over pages ("
                 + ", ".join(cross) + "). Each number labels the paragraph whose first two lines it stands beside; "
                 "the text starts with the first line. Title band, headings, running head and folios are no "
                 "paragraph's text."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 2. zeroed.docx: "%1.%2" with a decimalZero level; a pasted chapter's own list restarted by startOverride
# --------------------------------------------------------------------------
ZE_PLAN = [
    ("Introduction", [70, 80, 75], 1),
    ("Background", [90, 85, 95, 80], 1),
    ("What happened", [60, 65, 55, 70, 60, 65, 58, 62, 66, 60], 1),
    ("Analysis", [95, 100, 90], 2),
    ("Conclusions", [80, 85], 2),
]
ZE_STYLES = styles_xml("Arial", (
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>'
    '<w:spacing w:before="360" w:after="200"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/>'
    '<w:color w:val="1F3864"/><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn '
    'w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/>'
    '</w:pPr></w:style>'))


def ze_abstract(aid, nsid, tmpl):
    return (f'<w:abstractNum w:abstractNumId="{aid}"><w:nsid w:val="{nsid}"/><w:multiLevelType w:val="multilevel"/>'
            f'<w:tmpl w:val="{tmpl}"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc '
            'w:val="left"/><w:pPr><w:ind w:left="851" w:hanging="851"/></w:pPr></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimalZero"/><w:lvlText w:val="%1.%2"/>'
            '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="851" w:hanging="851"/></w:pPr><w:rPr><w:b w:val="0"/>'
            '</w:rPr></w:lvl></w:abstractNum>')


ZE_NUMBERING = XML_HEAD + (
    f'<w:numbering {WP_NS}>' + ze_abstract(0, "2F6B1C33", "0809001F") + ze_abstract(1, "7A0E4D15", "4C3A2E18")
    + '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/>'
    '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride><w:lvlOverride w:ilvl="1">'
    '<w:startOverride w:val="1"/></w:lvlOverride></w:num></w:numbering>')
NUMPR = '<w:numPr><w:ilvl w:val="{}"/><w:numId w:val="{}"/></w:numPr>'


def make_zeroed(out, pm):
    path = out / "zeroed.docx"
    body = [wp(wr("Child Safeguarding Practice Review: Freya"), "Title"),
            wp(wr("Lantham Safeguarding Children Partnership (FICTIONAL) \u2013 published April 2025")),
            wp(wr(FICT + ". " + INVENTED, "<w:i/>"))]
    result, texts, page, words = [], [], 1, {1: 40}
    for ch, (title, items, num) in enumerate(ZE_PLAN, 1):
        body.append(BRK)
        page += 1
        words[page] = 0
        body.append(wp(wr(title), "Heading1", NUMPR.format(0, num)))
        for k, n_words in enumerate(items, 1):
            label = f"{ch}.{k:02d}"
            t = pm.make(n_words, "child")
            if words[page] + len(t.split()) > 470:
                body.append(BRK)
                page += 1
                words[page] = 0
            body.append(wp(wr(t), "ListParagraph", NUMPR.format(1, num) + '<w:spacing w:after="160"/>'
                           '<w:contextualSpacing w:val="0"/>'))
            words[page] += len(t.split())
            texts.append(t)
            result.append(entry(label, page, t))
    doc = f'{XML_HEAD}<w:document {WP_NS}><w:body>{"".join(body)}{SECT_A4}</w:body></w:document>'
    docx_package(path, doc, ZE_STYLES, ZE_NUMBERING, "CSPR Freya \u2013 Lantham SCP (FICTIONAL)",
                 "CSPR Freya (FICTIONAL)", "Lantham Safeguarding Children Partnership (FICTIONAL)", page,
                 sum(len(t.split()) for t in texts), (2025, 4, 2, 15, 20, 0))
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    if max(words.values()) > 480:
        raise AssertionError(f"zeroed.docx: words per page {words}")
    # read back: Word's numbers worked out from numbering.xml, the paragraphs' own text, pages from the breaks
    import docx
    got = check_numbered(path, result, texts)
    if not {"3.09", "3.10", "4.01", "5.02"} <= {g[0] for g in got}:
        raise AssertionError("zeroed.docx: numbers")
    d = docx.Document(str(path))
    numbered = [p.text for p in d.paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None
                and p._p.pPr.numPr.ilvl.val == 1]
    if numbered != texts:
        raise AssertionError("zeroed.docx: python-docx's paragraphs")
    return {
        "note": ("A child safeguarding practice review in Word numbered by automatic numbering (w:numPr on every "
                 "paragraph): Heading 1s level 0 '%1.', body paragraphs level 1 '%1.%2' whose numFmt is DECIMALZERO, "
                 "so the numbers print ZERO-PADDED ('1.01', '3.09', '3.10'). Chapters 4 and 5 were pasted from a "
                 "panel member's document and keep THEIR OWN LIST (a second abstractNum with the same levels and "
                 "another nsid), set going at 4 by 'Set Numbering Value': numId 2 carries w:lvlOverride/"
                 "w:startOverride (level 0 at 4, level 1 at 1), so its headings read '4.' and '5.' and its "
                 "paragraphs '4.01' to '5.02'. Labels are the numbers as printed, zero included. page = 1 + the page "
                 "breaks (w:br page in an empty paragraph, before every chapter and inside chapter 3) before the "
                 "paragraph."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 3. doubled.html: typed numbers inside a CMS's ordered lists, the browser's markers showing as well
# --------------------------------------------------------------------------
DB_PLAN = [
    ("1", "Introduction", [80, 85]),
    ("2", "Background", [100, 95, 105]),
    ("3", "What happened", [110, 60, 115, 100]),
    ("4", "What we have learned", [60, 100, 105]),
    ("5", "Conclusion", [90]),
]


def make_doubled(out, pm):
    path = out / "doubled.html"
    parts, result, texts = [], [], []
    for sec, title, items in DB_PLAN:
        parts.append(f"<h2>{sec}. {hesc(title)}</h2>\n<ol>\n")
        for k, n_words in enumerate(items, 1):
            label = f"{sec}.{k}"
            t = pm.make(n_words, "child")
            if label in _text.DB_SUBS:
                lead, subs = _text.DB_SUBS[label]
                full, lines = sub_text(t + " " + lead, subs, "paren")
                inner = "".join(f"<li>{hesc(s)}</li>\n" for s in lines[1:])
                parts.append(f"<li>{label} {hesc(lines[0])}\n<ol>\n{inner}</ol>\n</li>\n")
                t = full
            else:
                parts.append(f"<li>{label} {hesc(t)}</li>\n")
            texts.append(t)
            result.append(entry(label, None, t))
        parts.append("</ol>\n")
    site = "Orbury Safeguarding Children Partnership"
    html = (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>Child Safeguarding Practice Review: Kai | {site} (FICTIONAL)</title>\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<link rel="stylesheet" href="/site/styles/main.css?v=20250214">\n</head>\n<body>\n'
        '<header class="site-header"><a class="logo" href="/">' + site + "</a>\n"
        '<form class="search" action="/search"><input type="search" name="q" aria-label="Search"></form>\n'
        '<nav><a href="/">Home</a> | <a href="/professionals">Professionals</a> | <a href="/reviews">Reviews</a>'
        "</nav></header>\n"
        '<nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/reviews">Reviews</a> &gt; CSPR Kai</nav>\n'
        '<main id="main-content">\n<h1>Child Safeguarding Practice Review: Kai</h1>\n'
        '<div class="editor-content">\n'
        f"<p><em>{FICT}. {INVENTED}</em></p>\n"
        "<p>This page sets out the review in full. A printable version will be added shortly.</p>\n"
        + "".join(parts)
        + "</div>\n"
        '<aside class="related"><h2>Related pages</h2><ul><li><a href="/reviews/cspr-lottie">CSPR Lottie</a></li>'
        '<li><a href="/training">Multi-agency training</a></li></ul></aside>\n</main>\n'
        f'<footer class="site-footer"><p>\u00a9 2025 {site} (FICTIONAL)</p><p><a href="/accessibility">'
        "Accessibility</a> | <a href=\"/privacy\">Privacy</a></p></footer>\n</body>\n</html>\n")
    path.write_text(html, encoding="utf-8")
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    # read back with lxml: each top-level <li> opens with its typed number; nested items run on in its text; the
    # browser's markers restart in each section's <ol>
    import lxml.html
    root = lxml.html.fromstring(html.encode("utf-8"))
    ed = root.xpath('//div[@class="editor-content"]')[0]
    got, markers = [], []
    for ol in ed.findall("ol"):
        for m, li in enumerate(ol.findall("li"), 1):
            words = " ".join(li.text_content().split())
            num, rest = words.split(" ", 1)
            got.append([num, rest])
            markers.append(m)
    if got != [[d["label"], t] for d, t in zip(result, texts, strict=True)]:
        raise AssertionError(f"doubled.html: read back {[g[0] for g in got]}")
    if markers.count(1) != len(DB_PLAN) or any(not re.fullmatch(r"\(\w\) .+", " ".join(li.text_content().split()))
                                               for li in ed.xpath("./ol/li/ol/li")):
        raise AssertionError("doubled.html: markers")
    return {
        "note": ("A council's CMS page (a CKEditor field) whose numbered paragraphs, TYPED '2.3 The ...', are the "
                 "items of ORDERED LISTS, one <ol> per section, with the browser's decimal markers showing, so each "
                 "paragraph prints TWO NUMBERS: the marker ('1.', '2.' ..., starting again in each section) and then "
                 "the typed '2.1'. Paragraphs " + " and ".join(_text.DB_SUBS) + " end with a lead-in and a nested "
                 "<ol> of typed '(a)' '(b)' sub-paragraphs (printed '1. (a) ...'), which are part of their "
                 "paragraph's text. The label is the typed number; the markers are no numbers of the report. Site "
                 "header, search, breadcrumb, the FICTIONAL notice and the unnumbered introduction, related pages "
                 "and footer are no paragraph's text. No pages (null)."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 4. numline.md: a PDF-to-Markdown library's output, each bold number a Markdown paragraph of its own
# --------------------------------------------------------------------------
NM_PLAN = [
    ("1", "Introduction", [85, 90]),
    ("2", "Ms Abney and her family", [110, 100, 60]),
    ("3", "Agency involvement", [120, 115, 125, 60, 110]),
    ("4", "Analysis", [115, 120, 105]),
    ("5", "Conclusions", [95, 85]),
]


def make_numline(out, pm):
    path = out / "numline.md"
    blocks = ["# **Domestic Homicide Review: Ms Abney**", "**Cawdell Vale Community Safety Partnership (FICTIONAL)**",
              "Overview Report \u2013 March 2025", f"_{FICT}. {INVENTED}_"]
    result, texts, on_page = [], [], 120
    for sec, title, items in NM_PLAN:
        blocks.append(f"## **{sec}. {title}**")
        for k, n_words in enumerate(items, 1):
            label = f"{sec}.{k}"
            t = pm.make(n_words, "dhr")
            lines = [t]
            if label in _text.NL_SUBS:
                lead, subs = _text.NL_SUBS[label]
                t, lines = sub_text(t + " " + lead, subs, "paren")
            n = len(t.split())
            if on_page + n > 520:
                blocks.append("-----")
                on_page = 0
            blocks.append(f"**{label}**")
            blocks.extend(lines)
            on_page += n
            texts.append(t)
            result.append(entry(label, None, t))
    text = "\n\n".join(blocks) + "\n"
    path.write_text(text, encoding="utf-8")
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    # read back with markdown-it: a paragraph that is a bold number alone starts one; the Markdown paragraphs after
    # it are its text; a heading or a rule ends it
    from markdown_it import MarkdownIt
    toks = MarkdownIt("commonmark").parse(text)
    got, cur, hrs = [], None, 0
    for i, tk in enumerate(toks):
        if tk.type in ("heading_open", "hr"):
            cur = None
            hrs += tk.type == "hr"
        elif tk.type == "inline" and toks[i - 1].type == "paragraph_open":
            m = re.fullmatch(r"\*\*(\d\.\d)\*\*", tk.content)
            if m:
                cur = [m.group(1), ""]
                got.append(cur)
            elif cur is not None:
                cur[1] = (cur[1] + " " + tk.content).strip()
    if got != [[d["label"], t] for d, t in zip(result, texts, strict=True)] or hrs < 2:
        raise AssertionError(f"numline.md: read back {[g[0] for g in got]}, {hrs} rules")
    return {
        "note": ("A designed domestic homicide review converted to Markdown by a PDF-to-Markdown library "
                 "(pymupdf4llm-style): a bold '# ' title, headings '## **3. Agency involvement**', and each "
                 "paragraph's number, which the PDF set bold on a line of its own above the paragraph, as A "
                 "MARKDOWN PARAGRAPH OF ITS OWN ('**3.2**'), the paragraph's text the next Markdown paragraph. In "
                 + " and ".join(_text.NL_SUBS) + " a lead-in ends the text and LETTERED SUB-PARAGRAPHS '(a) ...' "
                 "follow, each a Markdown paragraph, one with ROMAN sub-paragraphs '(i) ...' under it: they are part "
                 "of the numbered paragraph, whose text runs to the last of them. '-----' rules between the PDF's "
                 "pages fall between paragraphs. Title lines, headings and rules are no paragraph's text. No pages "
                 "(null)."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 5. wordsave.txt: Word's "Save as Plain Text": numbers, a tab, one line per Word paragraph
# --------------------------------------------------------------------------
WS_PLAN = [
    ("Introduction", [85, 60, 95]),
    ("The review process", [100, 110, 90]),
    ("Agency contact", [120, 115, 125, 105]),
    ("Analysis", [110, 120, 60]),
    ("Conclusions", [90, 85]),
]


def make_wordsave(out, pm):
    path = out / "wordsave.txt"
    lines = ["Domestic Homicide Review: Mrs Talland", "Overview Report",
             "Hensby Moor Community Safety Partnership (FICTIONAL)", f"{FICT}. {INVENTED}"]
    result, texts = [], []
    for ch, (title, items) in enumerate(WS_PLAN, 1):
        lines.append("\f")
        lines.append(f"{ch}.\t{title}")
        for k, n_words in enumerate(items, 1):
            label = f"{ch}.{k}"
            t = pm.make(n_words, "dhr")
            subs = [t]
            if label in _text.WS_SUBS:
                lead, items_ = _text.WS_SUBS[label]
                t, subs = sub_text(t + " " + lead, items_, "paren")
            lines.append(f"{label}\t{subs[0]}")
            lines += [re.sub(r"^(\(\w+\)) ", "\\1\t", s) for s in subs[1:]]
            texts.append(t)
            result.append(entry(label, None, t))
    data = ("\r\n".join(lines) + "\r\n").encode("cp1252")
    path.write_bytes(data)
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    # read back: a line "3.2<TAB>" opens a paragraph; "(a)<TAB>" and "(i)<TAB>" lines run on in it; "3.<TAB>"
    # headings, form feeds and the title lines are no paragraph's text
    got, cur, heads = [], None, 0
    for ln in data.decode("cp1252").split("\r\n"):
        if m := re.fullmatch(r"(\d\.\d)\t(.+)", ln):
            cur = [m.group(1), m.group(2)]
            got.append(cur)
        elif m := re.fullmatch(r"(\([a-z]+\))\t(.+)", ln):
            cur[1] += f" {m.group(1)} {m.group(2)}"
        elif re.fullmatch(r"\d\.\t[A-Z][a-z ]+", ln):
            heads += 1
            cur = None
    if got != [[d["label"], t] for d, t in zip(result, texts, strict=True)] or heads != len(WS_PLAN):
        raise AssertionError(f"wordsave.txt: read back {[g[0] for g in got]}")
    return {
        "note": ("A domestic homicide review saved from Word with 'Save As > Plain Text' (Windows-1252, CRLF, no line "
                 "breaks inserted: each Word paragraph one line, no blank lines between them). Word writes its "
                 "automatic numbers as text and a TAB: headings '3.<TAB>Agency contact', paragraphs "
                 "'3.2<TAB>The ...', and the deeper levels of the same list, lettered '(a)<TAB>' and roman "
                 "'(i)<TAB>', as lines of their own with their indentation lost (in " + " and ".join(_text.WS_SUBS)
                 + ", after a lead-in): they are part of the numbered paragraph above them, whose text runs to the "
                 "last of them. A form feed on a line of its own before each chapter; the title lines above the "
                 "first. Headings and title lines are no paragraph's text. No pages (null)."),
        "paragraphs": result,
    }


def build(out):
    register_fonts(T1_FACES)
    return _harness.build_files(out, ParaMaker(), {
        "dropcap.pdf": make_dropcap, "zeroed.docx": make_zeroed, "doubled.html": make_doubled,
        "numline.md": make_numline, "wordsave.txt": make_wordsave})


def main(out: pathlib.Path, determinism: bool = True) -> dict:
    """Build and self-check into ``out``; with ``determinism``, build again elsewhere and compare the bytes."""
    return _harness.build_checked(build, out, "blind44-determinism-", determinism)


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
