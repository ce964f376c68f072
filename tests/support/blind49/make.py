"""Blind fixture generator 49: five FICTIONAL reviews from OTHER REVIEW SYSTEMS AND JURISDICTIONS, each in its
publisher's house layout and numbering convention: an Irish national review panel's report, a Crown Dependency's
serious case review exported from LibreOffice Writer, a US county child fatality review team's Word report, a
Northern Irish regional board's case management review summary page, and a New Zealand child and youth mortality
review page.

FICTIONAL \u2013 for software testing. Run: python make.py [outdir] (a few seconds: everything is built twice and the
bytes compared). Needs reportlab (its canvas and its font folder: Arial and Times New Roman metric Type 1 faces),
pypdf, lxml, python-docx and pdfplumber; no system fonts, no network. Every generator checks its own key with
pdfplumber/pypdf/lxml/python-docx, never with the project's parser.

nrp.pdf         a report of an Irish NATIONAL REVIEW PANEL on the death of a young person in care (Arial 10.5, a
                Dunmarra service, FICTIONAL): a cover page whose first lines are IRISH-LANGUAGE ("An Painéal
                Náisiúnta Athbhreithnithe", "Tuarascáil ar Athbhreithniú", the subject's name in Irish) above the
                English title; page 2 a bilingual "Clár Ábhair | Contents" of the chapters ("4. Analysis"), the
                two-level headings ("4.2 Inter-agency working") and the THREE-LEVEL numbered headings, each entry
                with DOT LEADERS and its page number; paragraphs numbered THREE LEVELS DEEP ("4.2.1", regular
                weight, hanging in a number column, the text 48 pt in); the sections' headings are numbered in the
                same column, "4." and "4.2" in bold, and SOME HEADINGS ARE NUMBERED IN THE PARAGRAPHS' OWN FORM: a
                bold short line "4.2.3 Contact with the school" takes the next number in the paragraphs' sequence,
                so the paragraphs go 4.2.1, 4.2.2, 4.2.4; running head and centred folio from page 2 (the folio is
                the physical page); paragraphs across page breaks
writer.pdf      a Crown Dependency's SERIOUS CASE REVIEW (the Bailiwick of Ennisholm, FICTIONAL) written in
                LIBREOFFICE WRITER and exported to PDF with "Export outlines" (Creator "Writer", Producer "LibreOffice
                7.6"): Times 12, each paragraph number ("3.2", no stop) in a TAB-STOPPED COLUMN at the margin and
                the text at the 1.5 cm tab stop, later lines at the tab; Writer's chapter numbering prints the
                chapter headings' numbers bare ("3" in the same column, bold Arial 14, then "Key practice
                episodes" at the tab); AUTOMATIC HYPHENATION: long words broken at line ends with a hyphen glyph
                ("safe-" / "guarding"), never among a paragraph's first eight or last six words; the numbered
                paragraphs are Writer's outline level 2 (the author numbered them through Chapter Numbering), so
                the PDF's OUTLINE (bookmarks, /PageMode /UseOutlines) is a tree of the chapter headings ("3 Key
                practice episodes") with a child bookmark for EVERY NUMBERED PARAGRAPH titled with its number and
                its whole text ("3.2 The ..."); no running head on page 1, a header from page 2, "Page N of M"
                footers; paragraphs across page breaks
cfr.docx        a US county CHILD FATALITY REVIEW TEAM's report in Word (Harlan Ridge County, FICTIONAL; Times New
                Roman 11): no paragraph numbers at all; unnumbered Heading 1 sections ("Executive Summary", "Case
                Summary" with dates typed "03/14/2023", "Findings and Recommendations", "Recommendation Tracking");
                in the findings section each finding and recommendation is labelled by WORD'S AUTOMATIC NUMBERING
                with words in its level text: level 0 "Finding %1:" and level 1 "Recommendation %1.%2:" (bold, a
                space after), so the document's text holds no labels and Word prints "Finding 3:" and
                "Recommendation 3.1:"; an unnumbered Heading 2 topic ("Safe sleep") before each finding; a
                "Recommendation Tracking" TABLE after a page break whose first column holds the bare numbers
                "1.1" to "5.2" (lead agency, status); a CONFIDENTIAL header, a PAGE footer; page breaks
cmr.html        a Northern Irish regional safeguarding board's CASE MANAGEMENT REVIEW SUMMARY page (Dunleagh,
                FICTIONAL): site header, breadcrumb, "Published: 14.05.2025" and a PDF download link; unnumbered <h2>
                sections; paragraphs typed "1.&nbsp;&nbsp;The ..." numbered STRAIGHT THROUGH (1 to 19) across the
                sections; in 3 and 9 a lead-in followed by SUB-POINTS "(i)" to "(iv)" each a <p class="subpoint">
                of its own; under "Recommendations" paragraph 13 introduces a TWO-COLUMN TABLE (one row, two cells,
                "Single agency recommendations" | "Regional recommendations") whose cells hold the numbered
                recommendations 14-16 and 17-19 as <p>s; a closing unnumbered "Support" note; footer
cdr.html        a New Zealand CHILD AND YOUTH MORTALITY REVIEW GROUP's review page (Te Awa Rua, FICTIONAL): an "On
                this page" list, "3. What happened" <h2>s, and each section's paragraphs as ONE DEFINITION LIST <dl
                class="paras">: the number bare in a <dt> ("3.4"), the paragraph in its <dd> (a <p>; in 3.4 and 5.2
                a second <p>; in 4.2 a <p> and a <ul> of three points); a "Back to top" link after every section;
                a support box between sections; a GLOSSARY as another <dl> whose terms are words ("Whānau");
                footer

Judgement calls (what a practitioner citing the report would expect):
- the label is the number as printed, without a trailing stop ("3.2", "14"); a word label printed by the numbering
  is kept whole without its colon: "Finding 3", "Recommendation 3.1";
- a heading numbered in the paragraphs' own form ("4.2.3 Contact with the school", bold, short, no full stop) is a
  heading, not a paragraph: the key skips its number; chapter and section headings ("4.", "4.2", Writer's bare "3")
  are headings;
- sub-points "(i)" after a lead-in, a second <p> in a <dd> and a <ul> in it are part of their paragraph's text;
- the numbered recommendations in a two-column table are paragraphs, the left cell's before the right's; the
  table's column headings are not their text; a tracking table's bare "1.1" cells and a contents page's entries
  (with their dot leaders and page numbers) are no paragraphs; bookmarks (the PDF outline) are no paragraphs;
- a word hyphenated at a line's end is one word in the text ("safeguarding");
- title pages, Irish-language title lines, running heads, folios, "Page N of M", navigation, "Back to top" links,
  support boxes, glossaries and footers are no paragraph's text;
- pages: physical and 1-based for PDF (a paragraph's page is its first line's). DOCX pages are counted from explicit
  breaks: page = 1 + the page breaks (<w:br w:type="page"/>) before the paragraph. HTML: null.
"""
import os
import pathlib
import re
import sys

if __package__ in (None, ""):
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

    from blindkit import harness as _harness  # type: ignore
    from blindkit.draw import Layout, _draw, hanging_rows, register_fonts, sw  # type: ignore
    from blindkit.flow import RowFlow  # type: ignore
    from blindkit.keys import check_count, check_crossings, check_lengths, contains_seq, entry  # type: ignore
    from blindkit.markup import SECT_A4, hesc  # type: ignore
    from blindkit.pdfread import check_pdf_key, pdf_pages, words_of  # type: ignore
    from blindkit.wordread import word_numbers  # type: ignore

    _text = _harness.load(__file__, "blind49_text", "text.py")
    _b36 = _harness.load(__file__, "blind36_make", "..", "blind36", "make.py")
else:
    from ..blind36 import make as _b36
    from ..blindkit import harness as _harness
    from ..blindkit.draw import Layout, _draw, hanging_rows, register_fonts, sw
    from ..blindkit.flow import RowFlow
    from ..blindkit.keys import check_count, check_crossings, check_lengths, contains_seq, entry
    from ..blindkit.markup import SECT_A4, hesc
    from ..blindkit.pdfread import check_pdf_key, pdf_pages, words_of
    from ..blindkit.wordread import word_numbers
    from . import text as _text

ParaMaker, norm = _text.ParaMaker, _text.norm
W_NS, XML_HEAD, WP_NS, BRK = _b36.W_NS, _b36.XML_HEAD, _b36.WP_NS, _b36.BRK
wp, wr, docx_package, styles_xml = _b36.wp, _b36.wr, _b36.docx_package, _b36.styles_xml

FICT = "FICTIONAL \u2013 for software testing"
INVENTED = "Every person, place and service named here is invented."
A, AB, AI = "ArialMT", "Arial-BoldMT", "Arial-ItalicMT"
TR, TB, TI = "TimesNewRomanPSMT", "TimesNewRomanPS-BoldMT", "TimesNewRomanPS-ItalicMT"
T1_FACES = {A: "_a______", AB: "_ab_____", AI: "_ai_____", TR: "_er_____", TB: "_eb_____", TI: "_ei_____"}
GREY = (0.4, 0.4, 0.4)


# --------------------------------------------------------------------------
# 1. nrp.pdf: three-level numbers, headings numbered like paragraphs, an Irish title page, a dotted contents page
# --------------------------------------------------------------------------
# chapters: (number, title, [(section title, items)]); an item is a paragraph's length in words, or a str: a heading
# numbered in the paragraphs' own form
NRP_PLAN = [
    ("1", "Introduction", [("Purpose of the review", [85, 95]), ("Methodology", [90])]),
    ("2", "Background", [("Aoife and her family", [110, 100]),
                         ("Services involved", [95, "Contact with the public health nurse", 100])]),
    ("3", "Chronology of services", [("Early childhood", [120, 110]),
                                     ("Adolescence", [130, "Placement at Rathcoole House", 120, 115])]),
    ("4", "Analysis", [("Assessment and planning", [125, 110]),
                       ("Inter-agency working", [120, 105, "Contact with the school", 115])]),
    ("5", "Conclusions and recommendations", [("Conclusions", [95, 90]), ("Recommendations", [85])]),
]
NL, NR, NFS, NLEAD = 72.0, 523.0, 10.5, 15.0
NIND = 48.0
GREEN = (0.0, 0.42, 0.33)


def make_nrp(out, pm):
    path = out / "nrp.pdf"
    lay = Layout()
    lay.new_page()  # the cover
    lay.rect(0, 760, 595.28, 81.89, GREEN)
    y = 700
    for s in _text.NRP_COVER_GA:
        lay.text(NL, y, s, AI, 13, GREEN)
        y -= 20
    y -= 30
    for k, s in enumerate(_text.NRP_COVER_EN):
        lay.text(NL, y, s, AB if k == 0 else A, 22 if k == 0 else 14)
        y -= 30 if k == 0 else 20
    for k, s in enumerate(["Meitheamh 2025 | June 2025", "Dunmarra Child and Family Service (FICTIONAL)",
                           f"{FICT}. {INVENTED}"]):
        lay.text(NL, 200 - 16 * k, s, A, 10, GREY)
    lay.new_page()  # the contents, filled in once the body is laid out
    top = 772.0
    fl = RowFlow(lay, top, 70.0, lambda pg: top)
    fl.page()

    def meas(s):
        return sw(s, A, NFS)

    result, texts, ends, labels, toc = [], [], [], [], []
    for ch, title, sections in NRP_PLAN:
        rows = [(26.0, 22.0, [(NL, f"{ch}.", AB, 14.0, GREEN, 0.0), (NL + NIND, title, AB, 14.0, GREEN, 0.0)])]
        placed = fl.place(rows + [(0.0, NLEAD, [(NL, "", A, NFS, (0, 0, 0), 0.0)])] * 3, keep=4)
        for _ in range(3):
            lay.pages[placed[-1][0] - 1].pop()
        fl.cur += 3 * NLEAD
        toc.append((0, f"{ch}.", title, placed[0][0]))
        for si, (stitle, items) in enumerate(sections, 1):
            sec = f"{ch}.{si}"
            placed = fl.place([(12.0, 18.0, [(NL, sec, AB, 11.5, (0, 0, 0), 0.0),
                                             (NL + NIND, stitle, AB, 11.5, (0, 0, 0), 0.0)]),
                               (0.0, NLEAD, [(NL, "", A, NFS, (0, 0, 0), 0.0)]),
                               (0.0, NLEAD, [(NL, "", A, NFS, (0, 0, 0), 0.0)])], keep=3)
            for _ in range(2):
                lay.pages[placed[-1][0] - 1].pop()
            fl.cur += 2 * NLEAD
            toc.append((1, sec, stitle, placed[0][0]))
            for k, item in enumerate(items, 1):
                label = f"{sec}.{k}"
                if isinstance(item, str):  # a heading numbered like the paragraphs
                    placed = fl.place([(8.0, 16.0, [(NL, label, AB, NFS, (0, 0, 0), 0.0),
                                                    (NL + NIND, item, AB, NFS, (0, 0, 0), 0.0)]),
                                       (0.0, NLEAD, [(NL, "", A, NFS, (0, 0, 0), 0.0)]),
                                       (0.0, NLEAD, [(NL, "", A, NFS, (0, 0, 0), 0.0)])], keep=3)
                    for _ in range(2):
                        lay.pages[placed[-1][0] - 1].pop()
                    fl.cur += 2 * NLEAD
                    toc.append((2, label, item, placed[0][0]))
                    continue
                t = pm.make(item, "child")
                placed = fl.place(hanging_rows(label, t, NL, NL + NIND, NR, A, NFS, NLEAD, 7.0, meas), keep=2)
                texts.append(t)
                result.append(entry(label, placed[0][0], t))
                ends.append(placed[-1][0])
                labels.append((placed[0][0], NL, placed[0][1]))
    # the contents page: entries with dot leaders and page numbers
    lay.text(NL, 760, "Clár Ábhair | Contents", AB, 16, GREEN, page=2)
    y = 725.0
    dot_w = sw(" .", A, 10)
    for lvl, num, title, pg in toc:
        font = AB if lvl == 0 else A
        x = NL + 16 * lvl
        s = f"{num} {title}"
        lay.text(x, y, s, font, 10, page=2)
        pn = str(pg)
        start = x + sw(s, font, 10) + 4
        stop = NR - sw(pn, A, 10) - 4
        lay.text(start, y, " ." * int((stop - start) / dot_w), A, 10, GREY, page=2)
        lay.text(NR - sw(pn, A, 10), y, pn, A, 10, page=2)
        y -= 20 if lvl == 0 else 15
    if y < 80:
        raise AssertionError("nrp.pdf: the contents do not fit")
    for k in range(2, lay.n + 1):
        head = "National Review Panel \u2013 Review concerning \u2018Aoife\u2019 (FICTIONAL)"
        lay.text(NL, 806, head, AI, 8.5, GREY, page=k)
        lay.line(NL, 800, NR, 800, 0.5, GREEN, page=k)
        lay.text((NL + NR - sw(str(k), A, 9)) / 2, 40, str(k), A, 9, page=k)
    lay.render(path, {"Title": "NRP review Aoife", "Author": "National Review Panel (FICTIONAL)",
                      "Creator": "Microsoft Word for Microsoft 365", "Producer": "Microsoft Word for Microsoft 365",
                      "Subject": FICT})
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    pages = pdf_pages(path)
    check_pdf_key(path.name, pages, result, ends, labels)
    cross = check_crossings(path.name, result, ends)
    # the contents page lists the numbered headings with leaders and page numbers; the headings numbered like
    # paragraphs are in the body too, and the key skips them
    toc_words = words_of(pages[1])
    heads = [(num, title, pg) for lvl, num, title, pg in toc if lvl == 2]
    for num, title, pg in heads:
        if not contains_seq(toc_words, norm(f"{num} {title}")) or not contains_seq(words_of(pages[pg - 1]),
                                                                               norm(f"{num} {title}")):
            raise AssertionError(f"nrp.pdf: heading {num}")
        if num in {d["label"] for d in result}:
            raise AssertionError(f"nrp.pdf: {num} in the key")
    if "Náisiúnta" not in "".join(c["text"] for c in pages[0]):
        raise AssertionError("nrp.pdf: the Irish title lines")
    return {
        "note": ("An Irish National Review Panel report (Word export, Arial 10.5): a cover whose first lines are in "
                 "Irish ('An Painéal Náisiúnta Athbhreithnithe', 'Tuarascáil ar Athbhreithniú'); page 2 a "
                 "bilingual 'Clár Ábhair | Contents' listing the chapters, the two-level section headings and the "
                 "three-level numbered headings with DOT LEADERS and page numbers; paragraphs numbered THREE LEVELS "
                 "deep ('4.2.1', regular weight, hanging; text 48 pt in) under bold numbered headings '4.' and "
                 "'4.2' set in the same column; some headings are NUMBERED IN THE PARAGRAPHS' OWN FORM ("
                 + ", ".join(h[0] for h in heads) + ": a bold short title) and take a number of the paragraphs' "
                 "sequence, so the key skips them (4.2.2 then 4.2.4). Paragraphs run over pages ("
                 + ", ".join(cross) + "). Cover, contents, headings, running head and folios are no paragraph's "
                 "text. Pages are physical, 1-based (the folio is the physical page)."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 2. writer.pdf: LibreOffice Writer's export: tab-stopped numbers, hyphenation, an outline of every paragraph
# --------------------------------------------------------------------------
WR_PLAN = [
    ("1", "Introduction", [90, 100, 85]),
    ("2", "Background to the review", [110, 120]),
    ("3", "Key practice episodes", [130, 120, 125, 115, 110]),
    ("4", "Analysis and findings", [125, 120, 115]),
    ("5", "Conclusions", [100, 90]),
]
WL, WRR, WFS, WLEAD = 70.9, 524.4, 12.0, 14.4
WTAB = 42.5  # the 1.5 cm tab stop
VOWELS = set("aeiouy")


def hyph_wrap(words, width, meas, protect):
    """Greedy breaking with Writer-style hyphenation: a lower-case word of seven letters or more that does not fit
    is broken before a consonant that follows a vowel or a vowel and a consonant ("safe-guarding", "profes-sional"),
    three letters at least each side, so that its first part and a hyphen fill the line; word indexes in
    ``protect`` are never broken. Returns (lines as strings, number of hyphenations)."""
    lines, cur, n_h = [], [], 0
    for idx, w in enumerate(words):
        if not cur or meas(" ".join([*cur, w])) <= width:
            cur.append(w)
            continue
        if idx not in protect and w.isalpha() and len(w) >= 7 and w.islower():
            for k in range(len(w) - 3, 2, -1):
                cut = w[k] not in VOWELS and (w[k - 1] in VOWELS or w[k - 2] in VOWELS)
                if cut and meas(" ".join([*cur, w[:k] + "-"])) <= width:
                    lines.append(" ".join([*cur, w[:k] + "-"]))
                    cur = [w[k:]]
                    n_h += 1
                    break
            else:
                lines.append(" ".join(cur))
                cur = [w]
        else:
            lines.append(" ".join(cur))
            cur = [w]
    if cur:
        lines.append(" ".join(cur))
    return lines, n_h


def wr_lines(t, meas):
    words = t.split()
    protect = set(range(8)) | set(range(len(words) - 6, len(words)))
    return hyph_wrap(words, WRR - WL - WTAB, meas, protect)


def render_outline(lay, path, info, outline):
    """Layout.render with a bookmark tree: outline = {page: [(key, title, level, top)]} in document order."""
    from reportlab.pdfgen.canvas import Canvas
    c = Canvas(str(path), pagesize=(lay.w, lay.h), invariant=1, pageCompression=1)
    c.setTitle(info["Title"])
    c.setAuthor(info["Author"])
    c.setSubject(info["Subject"])
    c.setCreator(info["Creator"])
    c.setProducer(info["Producer"])
    for n, prims in enumerate(lay.pages, 1):
        for p in prims:
            _draw(c, p)
        for key, title, level, top in outline.get(n, []):
            c.bookmarkPage(key, fit="XYZ", left=0, top=top)
            c.addOutlineEntry(title, key, level=level, closed=False)
        c.showPage()
    c.showOutline()
    c.save()


def make_writer(out, pm):
    path = out / "writer.pdf"
    lay = Layout()
    lay.new_page()
    lay.text(WL, 740, "Ennisholm Safeguarding Partnership Board", A, 12, GREY)
    lay.text(WL, 700, "Serious Case Review", AB, 26)
    lay.text(WL, 670, "Child F", AB, 20)
    for k, s in enumerate(["Presented to the States of Ennisholm under Article 42 of the Children (Ennisholm) Law "
                           "2011", "Independent reviewer: Mrs H. Ogier-Lisle", f"{FICT}. {INVENTED}"]):
        lay.text(WL, 640 - 16 * k, s, TI if k == 2 else TR, 11)
    fl = RowFlow(lay, 780.0, 72.0, lambda pg: 780.0)
    fl.cur = 560.0

    def meas(s):
        return sw(s, TR, WFS)

    result, texts, ends, labels, n_h, outline = [], [], [], [], 0, {}
    for ch, title, items in WR_PLAN:
        placed = fl.place([(22.0, 20.0, [(WL, ch, AB, 14.0, (0, 0, 0), 0.0),
                                         (WL + WTAB, title, AB, 14.0, (0, 0, 0), 0.0)]),
                           (0.0, WLEAD, [(WL, "", TR, WFS, (0, 0, 0), 0.0)]),
                           (0.0, WLEAD, [(WL, "", TR, WFS, (0, 0, 0), 0.0)])], keep=3)
        for _ in range(2):
            lay.pages[placed[-1][0] - 1].pop()
        fl.cur += 2 * WLEAD
        outline.setdefault(placed[0][0], []).append((f"__RefHeading___Toc{ch}", f"{ch} {title}", 0,
                                                     placed[0][1] + 16))
        for k, n_words in enumerate(items, 1):
            label = f"{ch}.{k}"
            t = pm.make(n_words, "child")
            lines, h = wr_lines(t, meas)
            n_h += h
            rows = [(8.5 if j == 0 else 0.0, WLEAD,
                     ([(WL, label, TR, WFS, (0, 0, 0), 0.0)] if j == 0 else []) + [(WL + WTAB, s, TR, WFS,
                                                                                    (0, 0, 0), 0.0)])
                    for j, s in enumerate(lines)]
            placed = fl.place(rows, keep=2)
            outline.setdefault(placed[0][0], []).append((f"__RefNumPara__{ch}_{k}", f"{label} {t}", 1,
                                                         placed[0][1] + 12))
            texts.append(t)
            result.append(entry(label, placed[0][0], t))
            ends.append(placed[-1][0])
            labels.append((placed[0][0], WL, placed[0][1]))
    n = lay.n
    for k in range(2, n + 1):
        lay.text(WL, 806, "Ennisholm Safeguarding Partnership Board \u2013 Serious Case Review: Child F (FICTIONAL)",
                 TI, 9, GREY, page=k)
        lay.line(WL, 801, WRR, 801, 0.5, GREY, page=k)
    for k in range(1, n + 1):
        s = f"Page {k} of {n}"
        lay.text((WL + WRR - sw(s, TR, 10)) / 2, 40, s, TR, 10, page=k)
    render_outline(lay, path, {"Title": "Serious Case Review Child F", "Author": "Ennisholm SPB (FICTIONAL)",
                               "Creator": "Writer", "Producer": "LibreOffice 7.6", "Subject": FICT}, outline)
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    if n_h < 5:
        raise AssertionError(f"writer.pdf: {n_h} hyphenations")
    pages = pdf_pages(path)
    check_pdf_key(path.name, pages, result, ends, labels)
    cross = check_crossings(path.name, result, ends)
    hyph = sum(1 for p in pages for c in p if c["text"] == "-")
    if hyph < n_h:
        raise AssertionError("writer.pdf: hyphens")
    # the outline: a bookmark per chapter and, under it, one per numbered paragraph, titled with number and text
    import pypdf
    r = pypdf.PdfReader(str(path))
    if r.trailer["/Root"].get("/PageMode") != "/UseOutlines":
        raise AssertionError("writer.pdf: page mode")
    got, top_titles = [], []
    ol = r.outline
    for item in ol:
        if isinstance(item, list):
            for sub in item:
                lab, rest = sub.title.split(" ", 1)
                got.append([lab, r.get_destination_page_number(sub) + 1, rest])
        else:
            top_titles.append(item.title)
    if got != [[d["label"], d["page"], t] for d, t in zip(result, texts, strict=True)]:
        raise AssertionError(f"writer.pdf: outline {[g[:2] for g in got]}")
    if top_titles != [f"{ch} {title}" for ch, title, _ in WR_PLAN]:
        raise AssertionError(f"writer.pdf: outline chapters {top_titles}")
    return {
        "note": ("A Crown Dependency's serious case review written in LibreOffice Writer and exported with 'Export "
                 "outlines' (Creator Writer, Producer LibreOffice 7.6): Times 12, each paragraph number ('3.2') at "
                 "the margin and the text at a 1.5 cm TAB STOP, later lines at the tab; chapter headings numbered "
                 "bare by chapter numbering ('3' at the margin, bold Arial 14, the title at the tab); AUTOMATIC "
                 f"HYPHENATION ({n_h} words broken at line ends with a hyphen, never among a paragraph's first "
                 "eight or last six words: the key's words are unbroken); the paragraphs are at outline level 2, "
                 "so the PDF's OUTLINE holds a bookmark for every chapter and, under it, one for every numbered "
                 "paragraph titled with its number and whole text (/PageMode /UseOutlines). Header from page 2, "
                 "'Page N of M' on every page; paragraphs run over pages (" + ", ".join(cross) + "). Title page, "
                 "headings, header, footers and bookmarks are no paragraph's text. Pages are physical, 1-based."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 3. cfr.docx: a US child fatality review: "Finding %1:" and "Recommendation %1.%2:" from Word's numbering
# --------------------------------------------------------------------------
CFR_STYLES = styles_xml("Times New Roman", (
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>'
    '<w:spacing w:before="360" w:after="160"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:caps/>'
    '<w:color w:val="1F3864"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" '
    'w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:i/><w:sz w:val="24"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn '
    'w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>'
    '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>'
    '<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" '
    'w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" '
    'w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
    '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>'))
CFR_NUMBERING = XML_HEAD + (
    f'<w:numbering {WP_NS}><w:abstractNum w:abstractNumId="0"><w:nsid w:val="5C1E2A7B"/>'
    '<w:multiLevelType w:val="multilevel"/><w:tmpl w:val="3A9C6E10"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="space"/>'
    '<w:lvlText w:val="Finding %1:"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr>'
    '<w:rPr><w:b/></w:rPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="space"/>'
    '<w:lvlText w:val="Recommendation %1.%2:"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" '
    'w:firstLine="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl></w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
NUMPR = '<w:numPr><w:ilvl w:val="{}"/><w:numId w:val="1"/></w:numPr>'


def tc(s, width, head=False):
    rpr = "<w:b/>" if head else ""
    shade = '<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>' if head else ""
    return (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shade}</w:tcPr>'
            + wp(wr(s, rpr), None, '<w:spacing w:after="0"/>') + "</w:tc>")


def make_cfr(out, pm):
    path = out / "cfr.docx"
    body = [wp(wr("Harlan Ridge County Child Fatality Review Team"), "Title"),
            wp(wr("Annual Case Review Report: Baby J (FICTIONAL)", "<w:b/>")),
            wp(wr(f"{FICT}. {INVENTED}", "<w:i/>")),
            wp(wr("Executive Summary"), "Heading1")]
    body += [wp(wr(s)) for s in _text.CFR_EXEC]
    body.append(wp(wr("Case Summary"), "Heading1"))
    body += [wp(wr(s)) for s in _text.CFR_CASE]
    body.append(BRK)
    page = 2
    body.append(wp(wr("Findings and Recommendations"), "Heading1"))
    body.append(wp(wr("The Team's findings are numbered in the order in which they were discussed. Each is "
                      "followed by the recommendations that arise from it.")))
    result, texts = [], []
    for f, (topic, finding, recs) in enumerate(_text.CFR_FINDINGS, 1):
        if f == 4:
            body.append(BRK)
            page += 1
        body.append(wp(wr(topic), "Heading2"))
        body.append(wp(wr(finding), "ListParagraph", NUMPR.format(0) + '<w:ind w:left="0"/>'))
        texts.append(finding)
        result.append(entry(f"Finding {f}", page, finding))
        for r, rec in enumerate(recs, 1):
            body.append(wp(wr(rec), "ListParagraph", NUMPR.format(1)))
            texts.append(rec)
            result.append(entry(f"Recommendation {f}.{r}", page, rec))
    body.append(BRK)
    page += 1
    body.append(wp(wr("Recommendation Tracking"), "Heading1"))
    rows = [f"<w:tr><w:trPr><w:tblHeader/></w:trPr>{tc('Rec.', 1100, True)}{tc('Lead agency', 4400, True)}"
            f"{tc('Status', 3500, True)}</w:tr>"]
    for num, (agency, status) in _text.CFR_LEADS.items():
        rows.append(f"<w:tr>{tc(num, 1100)}{tc(agency, 4400)}{tc(status, 3500)}</w:tr>")
    body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9000" w:type="dxa"/></w:tblPr>'
                '<w:tblGrid><w:gridCol w:w="1100"/><w:gridCol w:w="4400"/><w:gridCol w:w="3500"/></w:tblGrid>'
                + "".join(rows) + "</w:tbl>")
    body.append(wp(wr("Status as reported by each lead agency to the Team in June 2025.", "<w:i/>")))
    doc = f'{XML_HEAD}<w:document {WP_NS}><w:body>{"".join(body)}{SECT_A4}</w:body></w:document>'
    docx_package(path, doc, CFR_STYLES, CFR_NUMBERING,
                 "CONFIDENTIAL \u2013 Harlan Ridge County Child Fatality Review Team (FICTIONAL)",
                 "Child Fatality Review: Baby J (FICTIONAL)", "Harlan Ridge County CFRT (FICTIONAL)", page,
                 sum(len(t.split()) for t in texts), (2025, 6, 20, 11, 5, 0))
    check_lengths(path.name, texts, lo=35)
    check_count(path.name, result, 12, 25)
    if set(_text.CFR_LEADS) != {d["label"].split()[1] for d in result if d["label"].startswith("Rec")}:
        raise AssertionError("cfr.docx: tracking table")
    # read back: Word's labels from numbering.xml, pages from the breaks, the text with no label in it
    import zipfile

    import docx
    from lxml import etree
    z = zipfile.ZipFile(path)
    root = etree.fromstring(z.read("word/document.xml"))
    got, pg = [], 1
    for p, s in word_numbers(z.read("word/numbering.xml").decode("utf-8"), root):
        if p.find(f".//{{{W_NS}}}br[@{{{W_NS}}}type='page']") is not None:
            pg += 1
        if s is not None:
            got.append([s.rstrip(":"), pg, "".join(p.itertext())])
    if got != [[d["label"], d["page"], t] for d, t in zip(result, texts, strict=True)]:
        raise AssertionError(f"cfr.docx: read back {[g[:2] for g in got]}")
    d = docx.Document(str(path))
    if any(re.match(r"(Finding|Recommendation) \d", p.text) for p in d.paragraphs):
        raise AssertionError("cfr.docx: a typed label")
    if [c.text for c in d.tables[0].columns[0].cells][1:] != list(_text.CFR_LEADS):
        raise AssertionError("cfr.docx: the tracking table")
    return {
        "note": ("A US county child fatality review team's report in Word (Times New Roman 11) with no paragraph "
                 "numbers: unnumbered Heading 1 sections (Executive Summary, Case Summary with dates typed "
                 "'03/14/2023', Findings and Recommendations, Recommendation Tracking); each finding and "
                 "recommendation is labelled by WORD'S AUTOMATIC NUMBERING whose level text holds words: level 0 "
                 "'Finding %1:' and level 1 'Recommendation %1.%2:' (bold, a space after), so the labels are not "
                 "in the document's text; an unnumbered Heading 2 topic before each finding. The label is the "
                 "printed label without its colon ('Finding 3', 'Recommendation 3.1'). After a page break a "
                 "'Recommendation Tracking' table whose first column holds bare '1.1' ... '5.2': no paragraphs. "
                 "page = 1 + the page breaks (w:br page) before the paragraph."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 4. cmr.html: a regional board's case management review summary: "1." straight through, "(i)" sub-points, and
# numbered recommendations in a two-column table
# --------------------------------------------------------------------------
CMR_PLAN = [
    ("Introduction", [80, 90, 60]),
    ("Summary of agency involvement", [110, 100, 120, 105, 95]),
    ("Key findings", [75, 115, 100, 110]),
]
ROMAN = ["i", "ii", "iii", "iv"]


def make_cmr(out, pm):
    path = out / "cmr.html"
    parts, result, texts, n = [], [], [], 0
    for title, items in CMR_PLAN:
        parts.append(f"<h2>{hesc(title)}</h2>\n")
        for n_words in items:
            n += 1
            t = pm.make(n_words, "child")
            if n in _text.CMR_SUBS:
                lead, subs = _text.CMR_SUBS[n]
                t = f"{t} {lead}"
                parts.append(f"<p>{n}.&nbsp;&nbsp;{hesc(t)}</p>\n")
                for r, s in zip(ROMAN, subs, strict=False):
                    parts.append(f'<p class="subpoint">({r})&nbsp;{hesc(s)}</p>\n')
                    t += f" ({r}) {s}"
            else:
                parts.append(f"<p>{n}.&nbsp;&nbsp;{hesc(t)}</p>\n")
            texts.append(t)
            result.append(entry(str(n), None, t))
    n += 1
    t = ("The panel makes six recommendations. Those in the left-hand column are for individual agencies and those "
         "in the right-hand column are for the Board itself. Each agency has been asked to provide an action plan "
         "within three months, and the Board will monitor progress through its case management review subgroup.")
    parts.append(f"<h2>Recommendations</h2>\n<p>{n}.&nbsp;&nbsp;{hesc(t)}</p>\n")
    texts.append(t)
    result.append(entry(str(n), None, t))
    cells = []
    for recs in (_text.CMR_RECS_SINGLE, _text.CMR_RECS_REGIONAL):
        ps = []
        for s in recs:
            n += 1
            ps.append(f"<p>{n}.&nbsp;&nbsp;{hesc(s)}</p>")
            texts.append(s)
            result.append(entry(str(n), None, s))
        cells.append("\n".join(ps))
    parts.append('<table class="recommendations">\n<thead><tr><th scope="col">Single agency recommendations</th>'
                 '<th scope="col">Regional recommendations</th></tr></thead>\n<tbody><tr>\n'
                 f'<td>\n{cells[0]}\n</td>\n<td>\n{cells[1]}\n</td>\n</tr></tbody>\n</table>\n')
    site = "Dunleagh Regional Safeguarding Board"
    html = (
        '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        f"<title>Case Management Review Summary: Child M | {site} (FICTIONAL)</title>\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<link rel="stylesheet" href="/themes/drsb/css/site.css">\n</head>\n<body>\n'
        f'<header class="masthead"><a href="/" class="brand">{site}</a>\n'
        '<nav><ul><li><a href="/about">About the Board</a></li><li><a href="/cmr">Case Management Reviews</a></li>'
        '<li><a href="/training">Training</a></li><li><a href="/contact">Contact</a></li></ul></nav></header>\n'
        '<div class="breadcrumb"><a href="/">Home</a> / <a href="/cmr">Case Management Reviews</a> / Child M</div>\n'
        '<main>\n<h1>Case Management Review Summary Report: Child M</h1>\n'
        '<p class="meta">Published: 14.05.2025</p>\n'
        '<p class="download"><a href="/files/cmr-child-m-summary.pdf">Download the summary report (PDF, 412 KB)'
        "</a></p>\n"
        f"<p><em>{FICT}. {INVENTED}</em></p>\n"
        + "".join(parts)
        + '<div class="note"><h2>Support</h2><p>If you have been affected by the issues in this summary, you can '
        "speak to your line manager or contact the Board's office on 028 9000 0149 (a number invented for this "
        "test).</p></div>\n</main>\n"
        f'<footer><p>\u00a9 {site} (FICTIONAL) 2025</p><p><a href="/privacy">Privacy</a> | '
        '<a href="/accessibility">Accessibility</a> | <a href="/cookies">Cookies</a></p></footer>\n'
        "</body>\n</html>\n")
    path.write_text(html, encoding="utf-8")
    check_lengths(path.name, texts, lo=30)
    check_count(path.name, result, 12, 25)
    # read back with lxml: <p>s opening "N." start paragraphs in document order; "(i)" sub-points run on; the
    # table's two cells hold the recommendations in order, left before right
    import lxml.html
    root = lxml.html.fromstring(html.encode("utf-8"))
    got, cur = [], None
    for el in root.xpath("//main//h2 | //main//p | //main//th"):
        s = " ".join(el.text_content().replace("\u00a0", " ").split())
        if el.tag != "p" or el.getparent().get("class") == "note":
            cur = None
            continue
        if m := re.fullmatch(r"(\d+)\. (.+)", s):
            cur = [m.group(1), m.group(2)]
            got.append(cur)
        elif el.get("class") == "subpoint":
            cur[1] += " " + s
        else:
            cur = None
    if got != [[d["label"], t] for d, t in zip(result, texts, strict=True)]:
        raise AssertionError(f"cmr.html: read back {[g[0] for g in got]}")
    tds = root.xpath('//table[@class="recommendations"]//td')
    if len(tds) != 2 or [len(td.findall("p")) for td in tds] != [3, 3]:
        raise AssertionError("cmr.html: the two-column table")
    return {
        "note": ("A Northern Irish regional safeguarding board's case management review summary page: masthead, "
                 "breadcrumb, 'Published: 14.05.2025', a PDF download link; unnumbered <h2> sections; paragraphs "
                 "typed '1.&nbsp;&nbsp;The ...' numbered STRAIGHT THROUGH (1 to " + str(n) + ") across the "
                 "sections; in " + " and ".join(str(k) for k in _text.CMR_SUBS) + " a lead-in is followed by "
                 "SUB-POINTS '(i)' ... each a <p class=\"subpoint\"> of its own: part of the paragraph. Under "
                 "'Recommendations' a paragraph introduces a TWO-COLUMN TABLE (one row: 'Single agency "
                 "recommendations' | 'Regional recommendations') whose cells hold numbered recommendations as "
                 "<p>s, the left cell's before the right's; the column headings are no paragraph's text. Site "
                 "furniture, the FICTIONAL notice, the support note and footer are no paragraph's text. No pages "
                 "(null)."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 5. cdr.html: a mortality review group's page: numbers in <dt>, paragraphs in <dd>, "Back to top" after sections
# --------------------------------------------------------------------------
CDR_PLAN = [
    ("1", "Introduction", [80, 90]),
    ("2", "About Aria", [100, 110, 95]),
    ("3", "What happened", [120, 105, 115, 90]),
    ("4", "What we found", [110, 95, 120]),
    ("5", "Recommendations", [85, 80]),
]


def make_cdr(out, pm):
    path = out / "cdr.html"
    parts, result, texts = [], [], []
    for sec, title, items in CDR_PLAN:
        parts.append(f'<section id="section-{sec}">\n<h2>{sec}. {hesc(title)}</h2>\n<dl class="paras">\n')
        for k, n_words in enumerate(items, 1):
            label = f"{sec}.{k}"
            t = pm.make(n_words, "child")
            dd = f"<p>{hesc(t)}</p>"
            if label in _text.CDR_BULLETS:
                t += " The plan did not record:"
                dd = f"<p>{hesc(t)}</p>\n<ul>\n" + "".join(f"<li>{hesc(b)}</li>\n" for b in _text.CDR_BULLETS[label])
                dd += "</ul>"
                t += " " + " ".join(_text.CDR_BULLETS[label])
            if label in _text.CDR_EXTRA:
                dd += f"\n<p>{hesc(_text.CDR_EXTRA[label])}</p>"
                t += " " + _text.CDR_EXTRA[label]
            parts.append(f'<dt id="para-{sec}-{k}">{label}</dt>\n<dd>\n{dd}\n</dd>\n')
            texts.append(t)
            result.append(entry(label, None, t))
        parts.append('</dl>\n<p class="back-to-top"><a href="#top">Back to top</a></p>\n</section>\n')
        if sec == "3":
            parts.append('<aside class="support-box"><h3>Need to talk?</h3><p>If reading this review has upset you, '
                         "free call or text 0800 000 149 (a number invented for this test) at any time.</p></aside>\n")
    gloss = "".join(f"<dt>{hesc(w)}</dt>\n<dd>{hesc(d)}</dd>\n" for w, d in _text.CDR_GLOSSARY)
    toc = "".join(f'<li><a href="#section-{s}">{hesc(t)}</a></li>' for s, t, _ in CDR_PLAN)
    site = "Te Awa Rua Child and Youth Mortality Review Group"
    html = (
        '<!DOCTYPE html>\n<html lang="en-NZ">\n<head>\n<meta charset="utf-8">\n'
        f"<title>Review of the death of Aria | {site} (FICTIONAL)</title>\n</head>\n<body>\n"
        f'<header id="top"><p class="site-name">{site}</p><nav><a href="/">Home</a> <a href="/reviews">Reviews</a> '
        '<a href="/data">Data and statistics</a></nav></header>\n<main>\n'
        "<h1>Review of the death of Aria, aged 3</h1>\n"
        f"<p><em>{FICT}. {INVENTED}</em></p>\n"
        '<p class="lede">This review looks at the services Aria and her whānau received in the two years before she '
        "died, and what could be learned from them.</p>\n"
        f'<nav class="on-this-page"><h2>On this page</h2><ul>{toc}<li><a href="#glossary">Glossary</a></li></ul>'
        "</nav>\n"
        + "".join(parts)
        + f'<section id="glossary"><h2>Glossary</h2>\n<dl class="glossary">\n{gloss}</dl>\n'
        '<p class="back-to-top"><a href="#top">Back to top</a></p>\n</section>\n</main>\n'
        f'<footer><p>{site} (FICTIONAL)</p><p>Page last updated: 2 June 2025</p></footer>\n</body>\n</html>\n')
    path.write_text(html, encoding="utf-8")
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    # read back with lxml: each <dt> of a dl.paras is a label, its <dd>'s text the paragraph
    import lxml.html
    root = lxml.html.fromstring(html.encode("utf-8"))
    got = []
    for dl in root.xpath('//dl[@class="paras"]'):
        for dt in dl.findall("dt"):
            dd = dt.getnext()
            got.append([dt.text_content().strip(), " ".join(dd.text_content().split())])
    if got != [[d["label"], t] for d, t in zip(result, texts, strict=True)]:
        raise AssertionError(f"cdr.html: read back {[g[0] for g in got]}")
    if len(root.xpath('//p[@class="back-to-top"]')) != len(CDR_PLAN) + 1:
        raise AssertionError("cdr.html: back to top links")
    return {
        "note": ("A New Zealand child and youth mortality review group's review page: an 'On this page' list, "
                 "'3. What happened' <h2>s, each section's paragraphs as ONE DEFINITION LIST (dl.paras): the number "
                 "bare in a <dt> ('3.4'), the paragraph in the <dd> after it (in " + " and ".join(_text.CDR_EXTRA)
                 + " a second <p>, in " + " and ".join(_text.CDR_BULLETS) + " a lead-in and a <ul> of three points:"
                 " all part of the paragraph); a 'Back to top' link after every section, a support box after "
                 "section 3 and a GLOSSARY as another <dl> whose terms are words: no paragraphs. Header, the "
                 "FICTIONAL notice, the lede, navigation and footer are no paragraph's text. No pages (null)."),
        "paragraphs": result,
    }


def build(out):
    register_fonts(T1_FACES)
    return _harness.build_files(out, ParaMaker(), {
        "nrp.pdf": make_nrp, "writer.pdf": make_writer, "cfr.docx": make_cfr, "cmr.html": make_cmr,
        "cdr.html": make_cdr})


def main(out: pathlib.Path, determinism: bool = True) -> dict:
    """Build and self-check into ``out``; with ``determinism``, build again elsewhere and compare the bytes."""
    return _harness.build_checked(build, out, "blind49-determinism-", determinism)


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
