"""Blind fixture generator 20: five FICTIONAL safeguarding-review documents.

FICTIONAL – for software testing. Run: python make.py [outdir] (a few seconds). Needs reportlab (its canvas and
its font folder: Arial and Times New Roman metric Type 1 faces), lxml, python-docx, pypdf and pdfplumber; no system
fonts, no LibreOffice, no network. Every generator checks its own key with pdfplumber/pypdf/lxml/python-docx, never
with the project's parser.

gdocs.pdf        a rapid review exported from Google Docs: Arial 11 pt, paragraph numbers typed ("3.2 The ...",
                 continuation lines flush left), typed-number bold headings ("3. Key practice episodes"), a
                 "Contents" on page 1 made of blue underlined heading lines with link annotations and no page
                 numbers, header from page 2 and a bare page number bottom right
justified.pdf    a domestic homicide review justified with word spacing (Tw): hanging "12." numbers, hyphenated
                 compounds broken after the hyphen at line ends ("multi-" / "agency"), an en-dash list inside a
                 paragraph, unnumbered headings, "Page N of M"
marginfooter.pdf a serious case review with bare paragraph numbers in a left margin column and a footer that sets
                 the page number in that same column, face, size and colour ("4  |  Overview report ..."); a
                 contents table of paragraph ranges ("6\u201310")
liststyle.docx   a safeguarding adults review numbered through a Word list style (numId 2 -> abstractNum with only
                 w:numStyleLink -> numbering style -> numId 1 -> abstractNum with w:styleLink and the levels),
                 "%1" headings and "%1.%2" paragraphs, a two-column summary section, a bullet list with a
                 continuation paragraph, and a page break inside a numbered paragraph
ariahidden.html  an inquiry page whose paragraphs are <div class="paragraph"> with the shown number in an
                 aria-hidden <span>, a visually hidden "Paragraph 12" <span> and a visually hidden "Copy link to
                 paragraph 12" anchor

Judgement calls (what a practitioner citing the report would expect):
- the label is the printed paragraph number without a trailing full stop ("12." is 12); numbered or unnumbered
  section headings, contents entries, running heads and footers (including a footer page number set exactly like
  the paragraph numbers) are not paragraphs and not part of any paragraph;
- a bulleted list inside a paragraph, and the text after it, belong to that paragraph: its last words are the ones
  after the list;
- text for screen readers only ("Paragraph 12", "Copy link to paragraph 12") is not the paragraph's words: its
  first words are those of its text;
- a compound broken at its hyphen over a line end is one word run ("multi- agency" reads as "multi agency");
- pages: physical and 1-based for PDF. DOCX pages are counted from explicit breaks: page = 1 + the page breaks
  (<w:br w:type="page"/>) before the paragraph's first line (section breaks here are continuous; each page's
  content is short enough for one A4 page). HTML has no pages (null).
"""
import io
import json
import os
import pathlib
import sys
import zipfile

if __package__ in (None, ""):
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    sys.path.insert(1, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    from blindkit.draw import Layout as BaseLayout  # type: ignore
    from blindkit.draw import furniture, hanging_rows, register_fonts, sw, wrap  # type: ignore
    from blindkit.flow import RowFlow as Flow  # type: ignore
    from blindkit.keys import check_count, check_lengths, entry, split_pages  # type: ignore
    from blindkit.markup import hesc, wr  # type: ignore
    from blindkit.pdfread import check_body, check_pdf_key, pdf_pages, words_of  # type: ignore
    from blindkit.pdfread import kept as _kept  # type: ignore
    from text import ParaMaker, norm  # type: ignore
else:
    from ..blindkit.draw import Layout as BaseLayout
    from ..blindkit.draw import furniture, hanging_rows, register_fonts, sw, wrap
    from ..blindkit.flow import RowFlow as Flow
    from ..blindkit.keys import check_count, check_lengths, entry, split_pages
    from ..blindkit.markup import hesc, wr
    from ..blindkit.pdfread import check_body, check_pdf_key, pdf_pages, words_of
    from ..blindkit.pdfread import kept as _kept
    from .text import ParaMaker, norm

FICT = "FICTIONAL \u2013 for software testing"
A4 = (595.28, 841.89)


class Layout(BaseLayout):
    font = "Vera"  # the text's default face in this round


TTF_FACES = {"Vera": "Vera.ttf", "VeraBd": "VeraBd.ttf", "VeraIt": "VeraIt.ttf"}
T1_FACES = {"ArialMT": "_a______", "Arial-BoldMT": "_ab_____", "Arial-ItalicMT": "_ai_____",
            "TimesNewRomanPSMT": "_er_____", "TimesNewRomanPS-BoldMT": "_eb_____",
            "TimesNewRomanPS-ItalicMT": "_ei_____"}


# --------------------------------------------------------------------------
# pages as lists of primitives, drawn with reportlab's canvas (invariant mode: no dates or random IDs)
# --------------------------------------------------------------------------


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WQ = "{" + W_NS + "}"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."


def check_pages(name, n_pages, result, ends):
    if not 3 <= n_pages <= 8:
        raise AssertionError(f"{name}: {n_pages} pages")
    if not split_pages(result, ends):
        raise AssertionError(f"{name}: no paragraph over a page break")


# --------------------------------------------------------------------------
# 1. gdocs.pdf: a Google Docs export (typed numbers, Arial, bold typed-number headings, linked contents, no page
#    numbers in the contents)
# --------------------------------------------------------------------------
GD_PLAN = [
    ("1", "Introduction", [70, 85, 75]),
    ("2", "Background", [95, 105, 90]),
    ("3", "Key practice episodes", [110, "B", 100, 115]),
    ("4", "Analysis", [105, 115, 100, 110]),
    ("5", "Learning and next steps", [85, 80, 75]),
]
GD_TITLE = "Rapid Review: Baby K"
GD_BULLETS = [
    "the midwife\u2019s referral was logged as a contact and never opened as an assessment;",
    "the health visitor\u2019s new-birth visit was rearranged three times by telephone;",
    "nobody asked who else lived at the flat during the two weeks after the birth.",
]
LINK_BLUE = (0.07, 0.33, 0.80)


def make_gdocs(out, pm):
    path = out / "gdocs.pdf"
    lay = Layout()
    L, R = 72.0, A4[0] - 72.0
    TOP, BOTTOM = 760.0, 80.0
    F, FB = "ArialMT", "Arial-BoldMT"
    FS, LEAD, AFTER = 11.0, 14.5, 9.0
    BLACK, GREY = (0, 0, 0), (0.4, 0.4, 0.4)

    def meas(s):
        return sw(s, F, FS)

    flow = Flow(lay, TOP, BOTTOM, lambda pg: TOP)
    lay.new_page()
    lay.text(L, 700, GD_TITLE, F, 26)
    lay.text(L, 674, "Pennerby Safeguarding Children Partnership", F, 15, (0.4, 0.4, 0.4))
    lay.text(L, 650, FICT + ". Every person, place and service named here is invented.", "Arial-ItalicMT", 10, GREY)
    lay.text(L, 610, "Contents", FB, 14)
    toc_y = 586.0
    flow.page()  # the body starts on page 2, after a page break typed in under the contents
    result, texts, ends, labels, pieces, sections = [], [], [], [], {}, []
    for num, title, lens in GD_PLAN:
        head = f"{num}. {title}"
        flow.need(18 + 20 + 2 * LEAD + AFTER)
        (pg, base), = flow.place([(18.0, 20.0, [(L, head, FB, 14.0, BLACK, 0.0)])], keep=1)
        sections.append((head, pg, base))
        lay.add(("D", f"h.{num}k{len(title)}", base + 16), page=pg)
        for k, tw in enumerate(lens, 1):
            label = f"{num}.{k}"
            if tw == "B":
                pieces[label] = [pm.make(65, "child"), *GD_BULLETS, pm.make(55, "child")]
            else:
                pieces[label] = [pm.make(tw, "child")]
            t = " ".join(pieces[label])
            texts.append(t)
            rows = []
            for li, ln in enumerate(wrap([label, *pieces[label][0].split()], R - L, meas)):
                rows.append((AFTER if li == 0 else 0.0, LEAD, [(L, " ".join(ln), F, FS, BLACK, 0.0)]))
            if tw == "B":
                for b in GD_BULLETS:
                    for li, ln in enumerate(wrap(b.split(), R - (L + 36), meas)):
                        segs = [(L + 36, " ".join(ln), F, FS, BLACK, 0.0)]
                        if li == 0:
                            segs.insert(0, (L + 18, "\u2022", F, FS, BLACK, 0.0))
                        rows.append((3.0 if li == 0 else 0.0, LEAD, segs))
                for li, ln in enumerate(wrap(pieces[label][-1].split(), R - L, meas)):
                    rows.append((6.0 if li == 0 else 0.0, LEAD, [(L, " ".join(ln), F, FS, BLACK, 0.0)]))
            placed = flow.place(rows)
            labels.append((placed[0][0], L, placed[0][1]))
            ends.append(placed[-1][0])
            result.append(entry(label, placed[0][0], t))
    n_pages = lay.n
    for head, _pg, _base in sections:  # Google Docs' "links" table of contents: blue, underlined, no page numbers
        num = head.split(".")[0]
        name = f"h.{num}k{len(head) - len(num) - 2}"
        lay.text(L, toc_y, head, F, FS, LINK_BLUE, page=1)
        lay.line(L, toc_y - 1.5, L + sw(head, F, FS), toc_y - 1.5, 0.6, LINK_BLUE, page=1)
        lay.add(("A", L, toc_y - 3, L + sw(head, F, FS), toc_y + FS, name), page=1)
        toc_y -= 18.0
    for k in range(2, n_pages + 1):  # header from page 2 (different first page); page number alone, right
        lay.text(L, 800, "Pennerby SCP \u2013 Rapid Review: Baby K \u2013 " + FICT, F, 9, GREY, page=k)
        lay.text(R - sw(str(k), F, 10), 45, str(k), F, 10, BLACK, page=k)
    lay.render(path, {"Title": "Rapid Review Baby K - FINAL (FICTIONAL)", "Author": "", "Subject": "",
                      "Creator": "", "Producer": "Skia/PDF m121 Google Docs Renderer"})
    check_lengths(path.name, texts)
    check_count(path.name, result)
    check_pages(path.name, n_pages, result, ends)
    pages = pdf_pages(path)
    check_pdf_key(path.name, pages, result, ends, labels, keep=lambda c: _kept(c, TOP, BOTTOM))
    check_body(path.name, pages, result, pieces, keep=lambda c: c["size"] < 12, top=TOP, bottom=BOTTOM)
    import pypdf
    annots = pypdf.PdfReader(str(path)).pages[0].get("/Annots") or []
    if len(annots) != len(GD_PLAN) or any(ch.isdigit() for ch in words_of(pages[0], lambda c: c["top"] > 250)[-1]):
        raise AssertionError("gdocs.pdf: contents links")
    return {
        "note": (f"A Google Docs export ({n_pages} A4 pages, Arial 11 pt, 'Skia/PDF ... Google Docs Renderer'): "
                 "paragraph numbers typed in ('3.2 The midwife ...', one space, continuation lines flush left under "
                 "the number); typed-number section headings ('3. Key practice episodes', bold 14 pt) are not "
                 "paragraphs. Page 1: title, subtitle, 'Contents' with one blue underlined line per heading "
                 "('1. Introduction') carrying a link annotation to the heading and no page numbers; the body starts "
                 "on page 2. 3.2 has a bulleted list (\u2022) and carries on flush left after it (its last words are "
                 f"after the list). Paragraphs over a page break: {', '.join(split_pages(result, ends))}. Header from "
                 "page 2, page number alone at the bottom right. Pages are physical."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 2. justified.pdf: justified paragraphs (word spacing via Tw), compounds broken at their hyphen at line ends
# --------------------------------------------------------------------------
JU_PLAN = [
    ("Introduction and scope", [75, 90, 80]),
    ("The relationship", [105, 115, 95]),
    ("Contact with services", [120, "B", 110, 115]),
    ("Analysis", [125, 110, 120, 105]),
    ("Conclusions", [90, 85, 80]),
]
JU_POOL = [
    "The multi-agency risk-assessment conference never heard her case in a face-to-face meeting.",
    "Follow-up calls from the out-of-hours service went to a phone that her husband controlled.",
    "His long-standing non-engagement with the perpetrator programme was recorded as self-referral fatigue.",
    "Decision-making about safety-planning was left to a single part-time caseworker.",
    "The cross-border transfer of her records took seven weeks and arrived half-complete.",
    "Step-down from the high-risk list happened after a four-minute telephone review.",
    "Co-ordinated follow-up was promised in writing and never arranged by anybody.",
    "The panel found a well-intentioned but under-resourced multi-agency partnership.",
    "A re-referral after the second call-out was screened as low-to-medium risk.",
    "Her well-being at work was discussed in a return-to-work meeting that nobody connected to home.",
    "Short-term housing was offered in a town forty-five minutes from her children\u2019s school.",
    "Self-reported drinking was taken at face value in the pre-sentence report.",
    "Child-focused workers and adult-focused workers kept separate, non-overlapping records.",
    "The decision-making log shows that out-of-area information was requested but never chased.",
    "Well-meant reassurance from the front-desk officer delayed her call to the helpline.",
]
JU_BULLETS = [
    "the risk-assessment form was completed over the telephone, with eleven questions left blank;",
    "the high-risk threshold was applied to the score alone, and professional judgement was not recorded;",
    "the follow-up appointment letter was sent to the address she shared with him.",
]
JU_TITLE = "Domestic Homicide Review: Ms J"


def wrap_hyphen(words, width, measure):
    """Greedy breaking that splits a hyphenated compound after a hyphen when its first part still fits."""
    lines, cur = [], []
    for w in words:
        while True:
            if not cur or measure(" ".join([*cur, w])) <= width:
                cur.append(w)
                break
            cuts = [k for k, ch in enumerate(w) if ch == "-" and 0 < k < len(w) - 1]
            fit = [k for k in cuts if measure(" ".join([*cur, w[:k + 1]])) <= width]
            if fit:
                k = fit[-1]
                cur.append(w[:k + 1])
                w = w[k + 1:]
            lines.append(cur)
            cur = []
    if cur:
        lines.append(cur)
    return lines


def make_justified(out, pm):
    path = out / "justified.pdf"
    lay = Layout()
    L, R = 70.87, 524.41
    X = L + 34.0
    TOP, BOTTOM = 770.0, 72.0
    F, FB = "TimesNewRomanPSMT", "TimesNewRomanPS-BoldMT"
    FS, LEAD, AFTER = 11.0, 14.0, 8.0
    BLACK, GREY = (0, 0, 0), (0.4, 0.4, 0.4)

    def meas(s):
        return sw(s, F, FS)

    def jrows(words, x, width, after, label=None, bullet=None):
        rows = []
        lines = wrap_hyphen(words, width, meas)
        for li, ln in enumerate(lines):
            s = " ".join(ln)
            gaps = s.count(" ")
            ws = (width - meas(s)) / gaps if (li < len(lines) - 1 and gaps) else 0.0
            segs = [("J", x, s, F, FS, ws)]
            if li == 0 and label:
                segs.insert(0, ("J", L, label, F, FS, 0.0))
            if li == 0 and bullet:
                segs.insert(0, ("J", x - 14, bullet, F, FS, 0.0))
            rows.append((after if li == 0 else 0.0, LEAD, segs))
        return rows

    flow = Flow(lay, TOP, BOTTOM, lambda pg: TOP)
    lay.new_page()
    lay.text(L, 740, "Leverthorpe Community Safety Partnership", FB, 12)
    lay.text(L, 705, JU_TITLE, FB, 22)
    lay.text(L, 682, "Overview report into the death of Ms J (aged 41) in March 2023", F, 13)
    lay.text(L, 660, FICT + ". Every person, place and service named here is invented.", "TimesNewRomanPS-ItalicMT",
             11, GREY)
    flow.cur = 620.0
    result, texts, ends, labels, pieces, n, hyph = [], [], [], [], {}, 0, 0

    def place(rows, keep=2):
        plain = [(g, ld, [(s[1], s[2], s[3], s[4], BLACK, 0.0) for s in segs]) for g, ld, segs in rows]
        before = [len(p) for p in lay.pages]
        placed = flow.place(plain, keep)
        # swap the plain text primitives just drawn for word-spaced ones, row by row
        flat = [s for _g, _ld, segs in rows for s in segs]
        new = []
        for pi, p in enumerate(lay.pages):
            start = before[pi] if pi < len(before) else 0
            new += [(pi, k) for k in range(start, len(p))]
        if len(new) != len(flat):
            raise AssertionError("justified.pdf: layout")
        for (pi, k), s in zip(new, flat, strict=True):
            _t, x, y, txt, font, size, rgb = lay.pages[pi][k]
            lay.pages[pi][k] = ("J", x, y, txt, font, size, rgb, s[5])
        return placed

    for title, lens in JU_PLAN:
        flow.need(16 + 18 + 2 * LEAD + AFTER)
        flow.place([(16.0, 18.0, [(L, title, FB, 12.5, BLACK, 0.0)])], keep=1)
        for tw in lens:
            n += 1
            label = f"{n}."
            if tw == "B":
                blist = str(n)
                pieces[str(n)] = [pm.make(70, "dhr", pool=JU_POOL), *JU_BULLETS, pm.make(60, "dhr", pool=JU_POOL)]
            else:
                pieces[str(n)] = [pm.make(tw, "dhr", pool=JU_POOL)]
            t = " ".join(pieces[str(n)])
            texts.append(t)
            rows = jrows(pieces[str(n)][0].split(), X, R - X, AFTER, label=label)
            if tw == "B":
                for b in JU_BULLETS:
                    rows += jrows(b.split(), X + 18, R - X - 18, 4.0, bullet="\u2013")
                rows += jrows(pieces[str(n)][-1].split(), X, R - X, 4.0)
            hyph += sum(1 for r in rows if r[2][-1][2].endswith("-"))
            placed = place(rows)
            labels.append((placed[0][0], L, placed[0][1]))
            ends.append(placed[-1][0])
            result.append(entry(str(n), placed[0][0], t))
    n_pages = lay.n
    furniture(lay, L, R, "Domestic Homicide Review \u2013 Ms J", FICT,
              lambda k: ("Leverthorpe CSP \u2013 overview report", "", f"Page {k} of {n_pages}"), first=2,
              font="TimesNewRomanPSMT")
    lay.render(path, {"Title": JU_TITLE, "Author": "Leverthorpe CSP (FICTIONAL)", "Subject": FICT,
                      "Creator": "Microsoft Word (FICTIONAL)", "Producer": "Acrobat PDFMaker 23 for Word"})
    check_lengths(path.name, texts)
    check_count(path.name, result)
    check_pages(path.name, n_pages, result, ends)
    if hyph < 4:
        raise AssertionError(f"justified.pdf: only {hyph} lines end in a broken compound")
    pages = pdf_pages(path)
    check_pdf_key(path.name, pages, result, ends, labels, keep=lambda c: _kept(c, TOP, BOTTOM))
    check_body(path.name, pages, result, {k: v for k, v in pieces.items()}, keep=lambda c: c["size"] < 12,
               top=TOP, bottom=BOTTOM)
    # the justified lines really reach the right margin
    full = [c for c in pages[2] if _kept(c, TOP, BOTTOM) and abs(c["x1"] - R) < 0.6]
    if len(full) < 10:
        raise AssertionError("justified.pdf: not justified")
    return {
        "note": (f"A Word-made PDF ({n_pages} A4 pages, Times New Roman 11 pt) whose paragraphs are justified with "
                 "the PDF word-spacing operator (Tw, up to several points a space on lines with long words); "
                 "hanging numbers '12.' at the margin, text 34 pt in. Hyphenated compounds are broken after their "
                 f"hyphen at line ends ({hyph} lines end 'multi-', 'risk-', 'follow-' and the like, the rest of the "
                 "word starting the next line). Unnumbered bold section headings. Paragraph %s has an en-dash "
                 "list, justified like the text, and carries on after it (its last words are after the list). " % blist
                 + f"Paragraphs over a page break: {', '.join(split_pages(result, ends))}. Title page without header "
                 "or footer; running header and 'Page N of M' footer from page 2. Pages are physical."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 3. marginfooter.pdf: bare numbers in a left margin column; the footer's page number set the same way
# --------------------------------------------------------------------------
MF_PLAN = [
    ("Introduction", [70, 80, 75]),
    ("Child W and her family", [100, 95, 110]),
    ("What happened", [115, 105, "B", 120, 100]),
    ("What the review found", [120, 110, 105, 115, 110]),
    ("Recommendations for the partnership", [85, 80, 75]),
]
MF_TITLE = "Serious Case Review: Child W"
MF_BULLETS = [
    "the nursery\u2019s two concerns about bruising were passed on by e-mail and never discussed;",
    "the family support worker\u2019s case closure summary did not mention the new partner;",
    "the out-of-hours team\u2019s record of the weekend call reached the allocated worker eleven days later.",
]


def make_marginfooter(out, pm):
    path = out / "marginfooter.pdf"
    lay = Layout()
    L, R = 56.69, 538.58
    X = L + 62.0
    TOP, BOTTOM = 772.0, 76.0
    F, FB = "ArialMT", "Arial-BoldMT"
    FS, LEAD, AFTER = 10.0, 13.5, 8.0
    GREY, PLUM = (0.4, 0.4, 0.4), (0.42, 0.13, 0.40)

    def meas(s):
        return sw(s, F, FS)

    flow = Flow(lay, TOP, BOTTOM, lambda pg: TOP)
    lay.new_page()
    lay.text(X, 740, "Corrimoor Safeguarding Children Partnership", FB, 12, PLUM)
    lay.text(X, 705, MF_TITLE, FB, 22)
    lay.text(X, 682, "Overview report", F, 13)
    lay.text(X, 662, FICT + ". Every person, place and service named here is invented.", "Arial-ItalicMT", 9.5, GREY)
    lay.text(X, 626, "Contents", FB, 13, PLUM)
    lay.text(X, 606, "Section", FB, 9.5, GREY)
    lay.text(R - sw("Paragraphs", FB, 9.5), 606, "Paragraphs", FB, 9.5, GREY)
    flow.cur = 606.0 - 16 * len(MF_PLAN) - 30
    result, texts, ends, labels, pieces, sections, n = [], [], [], [], {}, [], 0
    for title, lens in MF_PLAN:
        flow.need(16 + 18 + 2 * LEAD + AFTER)
        flow.place([(16.0, 18.0, [(X, title, FB, 12.5, PLUM, 0.0)])], keep=1)
        sections.append((title, n + 1, n + len(lens)))
        for tw in lens:
            n += 1
            label = str(n)
            if tw == "B":
                blist = label
                pieces[label] = [pm.make(70, "child"), *MF_BULLETS, pm.make(60, "child")]
            else:
                pieces[label] = [pm.make(tw, "child")]
            t = " ".join(pieces[label])
            texts.append(t)
            rows = hanging_rows(label, pieces[label][0], L, X, R, F, FS, LEAD, AFTER, meas, num_font=FB)
            rows[0][2][0] = (L, label, FB, FS, PLUM, 0.0)
            if tw == "B":
                for b in MF_BULLETS:
                    rows += hanging_rows("\u2022", b, X + 4, X + 18, R, F, FS, LEAD, 3.0, meas)
                rows += hanging_rows("", pieces[label][-1], L, X, R, F, FS, LEAD, 5.0, meas)
            placed = flow.place(rows)
            labels.append((placed[0][0], L, placed[0][1]))
            ends.append(placed[-1][0])
            result.append(entry(label, placed[0][0], t))
    n_pages = lay.n
    y = 590.0
    for title, a, b in sections:
        lay.text(X, y, title, F, 10.5, page=1)
        lay.text(R - sw(f"{a}\u2013{b}", F, 10.5), y, f"{a}\u2013{b}", F, 10.5, page=1)
        y -= 16
    for k in range(1, n_pages + 1):
        if k > 1:
            lay.text(R - sw(MF_TITLE, F, 8.5), 808, MF_TITLE, F, 8.5, GREY, page=k)
            lay.line(X, 800, R, 800, 0.4, GREY, page=k)
        # the footer: the page number in the number column, in the numbers' face, colour and size
        lay.text(L, 44, str(k), FB, FS, PLUM, page=k)
        lay.text(X, 44, "|  Overview report \u2013 " + FICT, F, 8.5, GREY, page=k)
    lay.render(path, {"Title": MF_TITLE, "Author": "Corrimoor SCP (FICTIONAL)", "Subject": FICT,
                      "Creator": "Adobe InDesign 19.0 (FICTIONAL)", "Producer": "Adobe PDF Library 17.0"})
    check_lengths(path.name, texts)
    check_count(path.name, result)
    check_pages(path.name, n_pages, result, ends)
    pages = pdf_pages(path)
    check_pdf_key(path.name, pages, result, ends, labels, keep=lambda c: _kept(c, TOP, BOTTOM))
    check_body(path.name, pages, result, pieces, keep=lambda c: c["size"] < 11,
               top=TOP, bottom=BOTTOM)
    return {
        "note": (f"A designer's PDF ({n_pages} A4 pages, Arial 10 pt) with a 62 pt margin column holding the bare "
                 "paragraph numbers (1 to %d, bold plum, level with the first line; the text beside them in the body "
                 "column) and a footer that sets the page number in that same column, face, size and colour, "
                 "followed by '|  Overview report \u2013 FICTIONAL ...' in small grey type: the footer's numbers are "
                 "not paragraphs and not part of any paragraph. Unnumbered plum section headings in the body "
                 "column; page 1 has a contents table giving each section's paragraph range ('6\u201310'). Paragraph "
                 "%s has a bulleted list and carries on after it (its last words are after the list). Paragraphs "
                 f"over a page break: {', '.join(split_pages(result, ends))}. Running title at the top right from "
                 "page 2. Pages are physical." % (n, blist)),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 4. liststyle.docx: numbering through a list style (w:numStyleLink -> numbering style -> w:styleLink), and a
#    two-column section
# --------------------------------------------------------------------------
LS_PLAN = [  # (page break before, heading, paragraphs); "B" = bullets and a continuation; "PB" = a page break inside
    (False, "Summary", [80, 75, 85, 70]),
    (True, "Background to the review", [105, 110, 95]),
    (True, "What happened", [100, "B", 90]),
    (True, "Analysis", [110, ("PB", 90, 80), 105]),
    (False, "Conclusions", [85, 75]),
    (True, "What the board will do", [90, 80, 85]),
]
LS_BULLETS = [
    "the fire service asked twice for a self-neglect meeting and was not told why none was called;",
    "the pharmacist\u2019s call about the unused blister packs went to a surgery that had closed her record;",
    "the housing officer\u2019s photographs of the stairs were kept on a work phone and shared with nobody.",
]
LS_TITLE = "Safeguarding Adults Review: Mrs D"
LS_STYLES = XML_HEAD + (
    '<w:styles xmlns:w="{W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/>'
    '<w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" '
    'w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\n'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\n'
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:qFormat/><w:rPr><w:sz w:val="52"/></w:rPr></w:style>\n'
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="ReviewPara"/><w:qFormat/><w:pPr><w:keepNext/><w:numPr><w:numId w:val="2"/></w:numPr>'
    '<w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color '
    'w:val="1F3864"/><w:sz w:val="28"/></w:rPr></w:style>\n'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="ReviewPara"><w:name w:val="Review paragraph"/>'
    '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="both"/></w:pPr></w:style>\n'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="ReviewContinue"><w:name w:val="Review continuation"/>'
    '<w:basedOn w:val="ReviewPara"/><w:pPr><w:ind w:left="709"/></w:pPr></w:style>\n'
    '<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/>'
    '<w:pPr><w:numPr><w:numId w:val="3"/></w:numPr><w:spacing w:after="60"/><w:contextualSpacing/></w:pPr>'
    '</w:style>\n'
    '<w:style w:type="numbering" w:customStyle="1" w:styleId="ReviewNumbering"><w:name w:val="Review numbering"/>'
    '<w:uiPriority w:val="99"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>\n'
    '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority '
    'w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>\n'
    '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr>'
    '<w:spacing w:after="0"/></w:pPr><w:rPr><w:color w:val="595959"/><w:sz w:val="16"/></w:rPr></w:style>\n'
    '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr>'
    '<w:jc w:val="center"/><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>\n'
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
    '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>\n'
    '</w:styles>\n').replace("{W}", W_NS)
LS_NUMBERING = XML_HEAD + (
    '<w:numbering xmlns:w="{W}">'
    # the list style's own definition: it carries the levels and is linked to the numbering style by w:styleLink
    '<w:abstractNum w:abstractNumId="0"><w:nsid w:val="3A5E21C4"/><w:multiLevelType w:val="multilevel"/>'
    '<w:tmpl w:val="0809001D"/><w:styleLink w:val="ReviewNumbering"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/>'
    '<w:lvlText w:val="%1"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="709" w:hanging="709"/></w:pPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="709" w:hanging="709"/></w:pPr></w:lvl>'
    '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%3)"/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1276" w:hanging="567"/></w:pPr></w:lvl>'
    '</w:abstractNum>'
    # the list the document uses: no levels of its own, only a w:numStyleLink to the numbering style
    '<w:abstractNum w:abstractNumId="1"><w:nsid w:val="6C1F0B92"/><w:multiLevelType w:val="multilevel"/>'
    '<w:tmpl w:val="9E4A7D30"/><w:numStyleLink w:val="ReviewNumbering"/></w:abstractNum>'
    '<w:abstractNum w:abstractNumId="2"><w:nsid w:val="FFFFFF89"/><w:multiLevelType w:val="singleLevel"/>'
    '<w:tmpl w:val="2C8E6B1A"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
    '<w:pStyle w:val="ListBullet"/><w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/><w:pPr>'
    '<w:ind w:left="1069" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" '
    'w:hint="default"/></w:rPr></w:lvl></w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/>'
    '</w:num><w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num></w:numbering>\n').replace("{W}", W_NS)
LS_HEADER = XML_HEAD + (
    '<w:hdr xmlns:w="{W}"><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr><w:r><w:t xml:space="preserve">Nettlecombe '
    'Rise SAB \u2013 SAR Mrs D \u2013 {F}</w:t></w:r></w:p></w:hdr>\n').replace("{W}", W_NS).replace("{F}", FICT)
LS_FOOTER = XML_HEAD + (
    '<w:ftr xmlns:w="{W}"><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/>'
    '</w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar '
    'w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
    '</w:p></w:ftr>\n').replace("{W}", W_NS)
LS_CT = XML_HEAD + (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="{CT}document.main+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="{CT}styles+xml"/>'
    '<Override PartName="/word/numbering.xml" ContentType="{CT}numbering+xml"/>'
    '<Override PartName="/word/settings.xml" ContentType="{CT}settings+xml"/>'
    '<Override PartName="/word/header1.xml" ContentType="{CT}header+xml"/>'
    '<Override PartName="/word/footer1.xml" ContentType="{CT}footer+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '</Types>\n').replace("{CT}", CT_WML)
LS_RELS = XML_HEAD + (
    '<Relationships xmlns="{P}"><Relationship Id="rId2" Type="{P}/metadata/core-properties" '
    'Target="docProps/core.xml"/><Relationship Id="rId1" Type="{D}/officeDocument" Target="word/document.xml"/>'
    '</Relationships>\n').replace("{P}", PKG_REL).replace("{D}", DOC_REL)
LS_DOC_RELS = XML_HEAD + (
    '<Relationships xmlns="{P}"><Relationship Id="rId1" Type="{D}/styles" Target="styles.xml"/>'
    '<Relationship Id="rId2" Type="{D}/settings" Target="settings.xml"/>'
    '<Relationship Id="rId3" Type="{D}/numbering" Target="numbering.xml"/>'
    '<Relationship Id="rId7" Type="{D}/header" Target="header1.xml"/>'
    '<Relationship Id="rId8" Type="{D}/footer" Target="footer1.xml"/></Relationships>\n'
).replace("{P}", PKG_REL).replace("{D}", DOC_REL)
LS_SETTINGS = XML_HEAD + (
    '<w:settings xmlns:w="{W}"><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>'
    '<w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" '
    'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>\n').replace("{W}", W_NS)
LS_CORE = XML_HEAD + (
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>SAR Mrs D</dc:title>'
    '<dc:subject>{F}</dc:subject><dc:creator>Nettlecombe Rise SAB (FICTIONAL)</dc:creator>'
    '<cp:revision>14</cp:revision>'
    '<dcterms:created xsi:type="dcterms:W3CDTF">2024-10-01T09:00:00Z</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-01-20T11:15:00Z</dcterms:modified>'
    '</cp:coreProperties>\n').replace("{F}", FICT)
SECT_PG = ('<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1304" w:bottom="1440" w:left="1304" '
           'w:header="708" w:footer="708" w:gutter="0"/>')


def make_liststyle(out, pm):
    path = out / "liststyle.docx"
    num_p = '<w:pPr><w:pStyle w:val="ReviewPara"/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="2"/></w:numPr></w:pPr>'
    body = ['<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>' + wr(LS_TITLE) + "</w:p>",
            "<w:p>" + wr("Nettlecombe Rise Safeguarding Adults Board \u2013 overview report, January 2025") + "</w:p>",
            "<w:p>" + wr(FICT + ". Every person, place and service named here is invented.", "<w:rPr><w:i/></w:rPr>")
            + "</w:p>",
            # end of the one-column title section (continuous break into two columns)
            f'<w:p><w:pPr><w:sectPr>{SECT_PG}<w:cols w:space="708"/></w:sectPr></w:pPr></w:p>']
    result, texts, page, words = [], [], 1, {1: 40}
    for h, (brk, title, items) in enumerate(LS_PLAN, 1):
        if h == 2:  # end of the two-column summary section: the section break closes it, then a page break
            body.append(f'<w:p><w:pPr><w:sectPr><w:type w:val="continuous"/>{SECT_PG}<w:cols w:num="2" '
                        'w:space="567"/></w:sectPr></w:pPr></w:p>')
        if brk:
            body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
            page += 1
            words[page] = 0
        body.append('<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>' + wr(title) + "</w:p>")
        words[page] += 10
        for k, it in enumerate(items, 1):
            label, start = f"{h}.{k}", page
            kind = "adult"
            if isinstance(it, int):
                t = pm.make(it, kind)
                body.append(f"<w:p>{num_p}{wr(t)}</w:p>")
                words[page] += len(t.split())
            elif it == "B":
                head, tail = pm.make(70, kind), pm.make(55, kind)
                body.append(f"<w:p>{num_p}{wr(head)}</w:p>")
                body += ['<w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr>' + wr(b) + "</w:p>" for b in LS_BULLETS]
                body.append('<w:p><w:pPr><w:pStyle w:val="ReviewContinue"/></w:pPr>' + wr(tail) + "</w:p>")
                t = " ".join([head, *LS_BULLETS, tail])
                words[page] += len(t.split()) + 20
            else:
                _pb, a, b = it
                t = pm.make(a + b, kind)
                w = t.split()
                one, two = " ".join(w[:a]), " ".join(w[a:])
                body.append(f'<w:p>{num_p}{wr(one + " ")}<w:r><w:br w:type="page"/></w:r>{wr(two)}</w:p>')
                words[page] += a
                page += 1
                words[page] = len(w) - a
            texts.append(t)
            d = entry(label, start, t)
            d["_end"] = page
            result.append(d)
    split = [d["label"] for d in result if d.pop("_end") != d["page"]]
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W_NS}" '
           f'xmlns:r="{R_NS}"><w:body>{"".join(body)}<w:sectPr><w:headerReference w:type="default" r:id="rId7"/>'
           f'<w:footerReference w:type="default" r:id="rId8"/><w:type w:val="continuous"/>{SECT_PG}'
           '<w:cols w:space="708"/></w:sectPr></w:body></w:document>')
    parts = {"[Content_Types].xml": LS_CT, "_rels/.rels": LS_RELS, "word/document.xml": doc,
             "word/_rels/document.xml.rels": LS_DOC_RELS, "word/styles.xml": LS_STYLES,
             "word/numbering.xml": LS_NUMBERING, "word/settings.xml": LS_SETTINGS, "word/header1.xml": LS_HEADER,
             "word/footer1.xml": LS_FOOTER, "docProps/core.xml": LS_CORE}
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in parts.items():
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 20, 11, 15, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    path.write_bytes(buf.getvalue())
    check_lengths(path.name, texts)
    check_count(path.name, result)
    if page != 6 or max(words.values()) > 450 or split != ["4.2"]:
        raise AssertionError(f"liststyle.docx: pages {page}, words {words}, split {split}")
    # read back: resolve each numbered paragraph's list by hand (numId 2 -> abstractNum 1 -> numStyleLink
    # ReviewNumbering -> the style's numId 1 -> abstractNum 0, whose level 1 is "%1.%2") and count as Word does
    import docx
    d = docx.Document(str(path))
    q = "{" + W_NS + "}"
    numbering = d.part.numbering_part.element
    abs1 = numbering.xpath('./w:abstractNum[@w:abstractNumId="1"]')[0]
    link = abs1.find(q + "numStyleLink").get(q + "val")
    style_num = d.styles.element.xpath(f'./w:style[@w:styleId="{link}"]/w:pPr/w:numPr/w:numId')[0].get(q + "val")
    abs_id = numbering.xpath(f'./w:num[@w:numId="{style_num}"]/w:abstractNumId')[0].get(q + "val")
    abs0 = numbering.xpath(f'./w:abstractNum[@w:abstractNumId="{abs_id}"]')[0]
    if abs1.findall(q + "lvl") or abs0.find(q + "styleLink").get(q + "val") != link:
        raise AssertionError("liststyle.docx: the list must get its levels through the list style")
    fmt = abs0.xpath('./w:lvl[@w:ilvl="1"]/w:lvlText', namespaces={"w": W_NS})[0].get(q + "val")
    got, pg, counters = [], 1, [0, 0]
    for p in d.paragraphs:
        brks = len(p._p.xpath('./w:r/w:br[@w:type="page"]'))
        if p.style.name == "Heading 1":
            counters = [counters[0] + 1, 0]
        elif p._p.pPr is not None and p._p.pPr.numPr is not None:
            counters[1] += 1
            got.append([fmt.replace("%1", str(counters[0])).replace("%2", str(counters[1])), pg, [p.text]])
        elif p.style.name in ("List Bullet", "Review continuation"):
            got[-1][2].append(p.text)
        pg += brks
    if [(a, b, " ".join(" ".join(c).split())) for a, b, c in got] != [(x["label"], x["page"], t)
                                                                       for x, t in zip(result, texts, strict=True)]:
        raise AssertionError("liststyle.docx: read back")
    return {
        "note": ("A Word document whose numbering comes through a list style: the paragraphs (style 'Review "
                 "paragraph', justified) carry w:numPr numId 2 ilvl 1, and Heading 1 carries numId 2 in its style; "
                 "numId 2's abstractNum has no levels of its own, only <w:numStyleLink w:val=\"ReviewNumbering\"/>; "
                 "the numbering style 'Review numbering' points (w:numPr) at numId 1, whose abstractNum is linked "
                 "back by <w:styleLink> and holds the levels: '%1' for headings (1 Summary, 2 Background ...), "
                 "'%1.%2' for paragraphs (1.1 ...). Heading numbers are not paragraphs. The title and the "
                 "numbered 'Summary' (1.1-1.4) are in sections of their own: the summary section has two columns "
                 "(w:cols w:num=\"2\", closed by a continuous section break); the rest is one column. 3.2 holds a "
                 "'List Bullet' list and carries on in an unnumbered 'Review continuation' paragraph (its last "
                 "words are the continuation's). 4.2 has a page break inside its own text (w:br in the numbered "
                 "paragraph), so it starts on page 4 and ends on page 5. Header and a PAGE-field footer. Pages are "
                 "counted from explicit breaks: page = 1 + the page breaks before the paragraph's first line (the "
                 "section breaks are continuous; each page holds at most about 450 words)."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 5. ariahidden.html: <div class="paragraph"> with an aria-hidden number and a visually hidden "Paragraph 12"
# --------------------------------------------------------------------------
AH_PLAN = [
    ("introduction", "Introduction", [70, 80, 65]),
    ("background", "Background", [95, 90, 100]),
    ("events", "The events of 14 March", [105, "B", 95, "2P"]),
    ("response", "How agencies responded", [110, 100, 105, 95]),
    ("conclusions", "Conclusions", [85, 80, 75]),
]
AH_TITLE = "Inquiry into the death of Mr R: report of the independent chair"
AH_BULLETS = [
    "the call handler recorded the call as a concern for welfare, not as domestic abuse;",
    "the first officers to attend had not been told of the two earlier call-outs to the address;",
    "no referral reached the independent domestic violence adviser until the following week.",
]


def make_ariahidden(out, pm):
    path = out / "ariahidden.html"
    result, texts, pieces, body, toc, n = [], [], {}, [], [], 0
    for anchor, title, lens in AH_PLAN:
        toc.append(f'        <li><a href="#{anchor}">{hesc(title)}</a></li>')
        body.append(f'      <section aria-labelledby="{anchor}">\n        <h2 id="{anchor}">{hesc(title)}</h2>')
        for tw in lens:
            n += 1
            label = str(n)
            if tw == "B":
                pieces[label] = [pm.make(70, "dhr"), *AH_BULLETS, pm.make(55, "dhr")]
                inner = (f"<p>{hesc(pieces[label][0])}</p>\n            <ul>\n"
                         + "".join(f"              <li>{hesc(b)}</li>\n" for b in AH_BULLETS)
                         + f"            </ul>\n            <p>{hesc(pieces[label][-1])}</p>")
            elif tw == "2P":
                pieces[label] = [pm.make(75, "dhr"), pm.make(60, "dhr")]
                inner = "\n            ".join(f"<p>{hesc(x)}</p>" for x in pieces[label])
            else:
                pieces[label] = [pm.make(tw, "dhr")]
                inner = f"<p>{hesc(pieces[label][0])}</p>"
            t = " ".join(pieces[label])
            texts.append(t)
            result.append(entry(label, None, t))
            body.append(f'        <div class="paragraph" id="para-{label}">\n'
                        f'          <span class="paragraph__number" aria-hidden="true">{label}</span>\n'
                        f'          <span class="visually-hidden">Paragraph {label}</span>\n'
                        f'          <div class="paragraph__text">\n            {inner}\n          </div>\n'
                        f'          <a class="paragraph__link" href="#para-{label}" title="Copy link to paragraph '
                        f'{label}"><span class="visually-hidden">Copy link to paragraph {label}</span></a>\n'
                        '        </div>')
        body.append("      </section>")
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>{hesc(AH_TITLE)} (FICTIONAL) - Kilvardine Inquiry</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <style>
    .visually-hidden {{ position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0;
      overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0; }}
    .paragraph {{ display: grid; grid-template-columns: 3.5rem 1fr 2rem; margin: 0 0 1.25rem; }}
    .paragraph__number {{ font-weight: 700; color: #5b2a86; }}
    .paragraph__link::before {{ content: "\\1F517"; opacity: 0.4; }}
  </style>
</head>
<body>
  <a class="skip-link" href="#main">Skip to main content</a>
  <header class="site-header">
    <a class="logo" href="/">Kilvardine Inquiry</a>
    <nav aria-label="Site"><ul><li><a href="/about">About the inquiry</a></li><li><a href="/hearings">Hearings</a>
      </li><li><a href="/evidence">Evidence</a></li><li><a href="/reports">Reports</a></li></ul></nav>
  </header>
  <nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/reports">Reports</a>
    </li><li aria-current="page">Report of the independent chair</li></ol></nav>
  <main id="main">
    <h1>{hesc(AH_TITLE)}</h1>
    <p class="meta">Published 11 February 2025 &middot; HC 412 (FICTIONAL)</p>
    <p class="fictional"><strong>{FICT}.</strong> Every person, place and service named on this page is invented.</p>
    <nav class="contents" aria-labelledby="contents-title">
      <h2 id="contents-title">Contents</h2>
      <ol>
{chr(10).join(toc)}
      </ol>
    </nav>
    <article class="report">
{chr(10).join(body)}
    </article>
    <p class="print"><a href="/reports/mr-r.pdf">Download the report (PDF, 512 KB)</a> &middot;
      <a href="javascript:window.print()">Print this page</a></p>
  </main>
  <footer class="site-footer">
    <p>Kilvardine Inquiry (FICTIONAL), 3 Tarn Street, Ashwell. &copy; Crown copyright 2025.</p>
    <ul><li><a href="/accessibility">Accessibility statement</a></li><li><a href="/privacy">Privacy</a></li></ul>
  </footer>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    check_lengths(path.name, texts)
    check_count(path.name, result)
    import lxml.html
    root = lxml.html.fromstring(path.read_bytes())
    got = []
    for div in root.xpath('//div[@class="paragraph"]'):
        num = div.xpath('./span[@aria-hidden="true"]')[0].text_content().strip()
        hidden = div.xpath('./span[@class="visually-hidden"]')[0].text_content().strip()
        if hidden != f"Paragraph {num}" or div.get("id") != f"para-{num}":
            raise AssertionError("ariahidden.html: hidden label")
        blocks = [" ".join(e.text_content().split()) for e in div.xpath('./div[@class="paragraph__text"]/*[self::p or '
                                                                        'self::ul]/descendant-or-self::*[self::p or '
                                                                        'self::li]')]
        got.append((num, blocks))
    if got != [(d["label"], pieces[d["label"]]) for d in result]:
        raise AssertionError("ariahidden.html: read back")
    return {
        "note": ("An inquiry's web page: each numbered paragraph is <div class=\"paragraph\" id=\"para-12\"> holding "
                 "<span class=\"paragraph__number\" aria-hidden=\"true\">12</span> (the number as shown, in a CSS grid "
                 "column), <span class=\"visually-hidden\">Paragraph 12</span> (for screen readers only: not shown, "
                 "and not the paragraph's words), <div class=\"paragraph__text\"> with the text in <p>s, and a "
                 "'copy link' anchor whose only content is a visually hidden 'Copy link to paragraph 12'. The label "
                 "is the shown number; the paragraph's first words are its text's first words. Paragraph 8 holds "
                 "<p>, <ul>, <p> (its last words are in the second <p>); paragraph 10 holds two <p>s (one "
                 "paragraph). Unnumbered <h2> section titles. Site furniture: skip link, header, breadcrumbs, "
                 "contents list, download/print links, footer. No pages (page null)."),
        "paragraphs": result,
    }


def main(out: pathlib.Path) -> None:
    out = pathlib.Path(out)
    out.mkdir(parents=True, exist_ok=True)
    register_fonts(T1_FACES, TTF_FACES)
    pm = ParaMaker()
    exp = {}
    exp["gdocs.pdf"] = make_gdocs(out, pm)
    exp["justified.pdf"] = make_justified(out, pm)
    exp["marginfooter.pdf"] = make_marginfooter(out, pm)
    exp["liststyle.docx"] = make_liststyle(out, pm)
    exp["ariahidden.html"] = make_ariahidden(out, pm)
    allp = [p for v in exp.values() for p in v["paragraphs"]]
    for key in ("starts_with", "ends_with"):
        vals = [" ".join(norm(p[key])) for p in allp]
        if len(set(vals)) != len(vals):
            raise AssertionError("duplicate " + key)
    (out / "expected.json").write_text(json.dumps(exp, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
