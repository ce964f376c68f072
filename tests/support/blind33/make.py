"""Blind fixture generator 33: five FICTIONAL review documents from the less common corners of publishing that boards
and practitioners still meet: a translated summary appended in Chinese, a phone's full-page screenshot, Word's Strict
Open XML, a SharePoint 2013 site, and Word's "Unicode" plain text.

FICTIONAL – for software testing. Run: python make.py [outdir] (a few seconds: everything is built twice and the
bytes compared). Needs reportlab (its canvas, its font folder's Arial and Times New Roman metric Type 1 faces and its
built-in Adobe CID font STSong-Light, which is not embedded), pypdfium2, lxml, python-docx and pdfplumber; no
system fonts, no network. Every generator checks its own key with pdfplumber/pypdfium2/lxml/python-docx, never with
the project's parser.

zhsummary.pdf   a domestic homicide review's executive summary with its SIMPLIFIED CHINESE TRANSLATION for the
                victim's family appended (the translators' pages inserted in Acrobat): the English pages (Arial, bold
                "3." headings and "3.2" numbers hanging, "Page N of 4") then pages set in Adobe's STSong-Light CID
                font (UniGB-UCS2-H, not embedded), no spaces between words, the same headings and paragraphs
                numbered with FULL-WIDTH digits and stops ("１．２", which NFKC turns into "1.2"), full-width
                dates ("２０２２年３月"), a Chinese running head and the translators' footer "第１页，共２页";
                a bilingual note says the English text is authoritative
fullpage.pdf    a partnership's web page saved on an iPhone as a "Full Page" screenshot PDF (Producer "iOS Version
                17.4.1 ... Quartz PDFContext"): the WHOLE PAGE IS ONE PDF PAGE 390 pt wide and over 6000 pt tall;
                site header, breadcrumb, a two-line title, dates, a standfirst, a download box, an "On this page"
                list of typed section links ("1. Introduction"), bold typed "2.1" numbers with lines wrapped flush
                left under them, "Back to top" links, a "Key learning" inset, feedback box and footer; the site's
                FIXED cookie banner painted once over the contents list where it stood on screen (the covered
                text is still in the text layer); bullet discs drawn as shapes; link annotations
strict.docx     a safeguarding adults review saved by Word as "Strict Open XML Document" (ISO/IEC 29500 Strict):
                every part in the purl.oclc.org namespaces (wordprocessingml/main, officeDocument/relationships and
                its relationship types), <w:document w:conformance="strict">, indents w:start/w:end, alignment
                start/end/both, booleans "true"/"false"; python-docx cannot open it (it looks for the Transitional
                relationship type); inside, ordinary Word numbering: one multilevel list, "%1." tied to Heading 1
                and "%1.%2" applied directly to List Paragraph paragraphs, page breaks before sections, a ruled
                table and caption at the head of section 3, Symbol bullets and a carry-on inside 2.3, a REF field
                ("\\r") reading "2.2" inside 3.2
sp2013.html     a safeguarding adults board's page on a council's SharePoint 2013 publishing site, saved from a
                browser (master page markup, ASP.NET form, __VIEWSTATE, _spPageContextInfo, top navigation, quick
                launch, search box): the report is the rich HTML field as SharePoint's rich text editor left it,
                ZERO-WIDTH SPACES (U+200B, as characters and as "&#8203;") at the start of nearly every block,
                between a number and its no-break space, and between the two halves of a number bolded in two goes
                ("<strong>3.</strong>&#8203;<strong>4</strong>"); ms-rteElement-H2B headings typed "3. What
                happened", ms-rteElement-P paragraphs, a theme-colour span, the editor's empty range-cursor spans
                left in a paragraph, spacer paragraphs; section 4 pasted from Outlook (MsoNormal paragraphs with
                <o:p> inside an ExternalClass <div>); a Summary Links web part ("Related documents") in the rich text
utf16.txt       a domestic homicide review saved from Word as "Plain Text" with the encoding "Unicode": UTF-16
                LITTLE-ENDIAN with a BOM (FF FE), CRLF, one line a Word paragraph; automatic numbers written as text
                and a tab ("3.2<TAB>The ...", headings "3.<TAB>Summary of events", items "a)<TAB>..."); the TOC
                field's text ("1.<TAB>Introduction<TAB>3"), an unnumbered Preface, tables one row a line with tabs
                between cells (agencies; a chronology whose rows begin "14.01.23<TAB>..."; a glossary)

Judgement calls (what a practitioner citing the report would expect):
- the label is the paragraph number a reader sees ("3.4" however the editor split it, without zero-width spaces);
  words are the words a reader sees (U+200B is no character of any word);
- a translation appended to a report repeats it: its paragraphs, numbered alike in full-width digits, are no
  paragraphs of the key and no paragraph's text (the English text is authoritative);
- headings (typed "3. What happened", "3.<TAB>Summary of events", numbered by Word), running heads, footers in any
  script, title blocks, notices, standfirsts, contents lists and TOC text, prefaces, tables and their captions under a
  heading (also a chronology whose rows begin with dates like "14.01.23"), navigation, cookie banners (and the text
  they hide), insets, web parts, feedback boxes and glossaries are no paragraph's text; items and an unnumbered
  carry-on after a lead-in are its paragraph's text; a cross-reference field's result inside a paragraph is its text;
- pages: physical and 1-based for PDF (fullpage.pdf has one page, so every paragraph is on page 1). DOCX pages are
  counted from explicit breaks: page = 1 + the page breaks (<w:br w:type="page"/>) before the paragraph (each page
  holds at most about 480 words). HTML and text: null.
"""
import base64
import hashlib
import json
import os
import pathlib
import re
import sys
import tempfile
import unicodedata
import zipfile

if __package__ in (None, ""):
    import importlib.util

    def _load(name, *rel):
        spec = importlib.util.spec_from_file_location(name, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                                         *rel))
        assert spec is not None and spec.loader is not None
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        return mod

    _text = _load("blind33_text", "text.py")
    _b30 = _load("blind30_make", "..", "blind30", "make.py")
else:
    from ..blind30 import make as _b30
    from . import text as _text

ParaMaker, contains_seq, norm, ZH_SENTENCES = _text.ParaMaker, _text.contains_seq, _text.norm, _text.ZH_SENTENCES
# round 30's helpers (and through it rounds 27 and 28's): measuring, wrapping, the key's entries and checks, escaping,
# a zip with fixed dates, a canvas with fixed metadata, the row flow, the Type 1 faces, reading a PDF's words back
sw, wrap, entry, check_lengths, check_count = _b30.sw, _b30.wrap, _b30.entry, _b30.check_lengths, _b30.check_count
hesc, xesc, zip_parts, new_canvas, Flow = _b30.hesc, _b30.xesc, _b30.zip_parts, _b30.new_canvas, _b30.Flow
read_pages, check_paged = _b30.read_pages, _b30.check_paged
A, AB, AI = _b30.A, _b30.AB, _b30._b28.AI
register_fonts = _b30._b28.register_fonts

FICT = "FICTIONAL \u2013 for software testing"
INVENTED = "Every person, place and service named here is invented."
ZH = "STSong-Light"  # Adobe's Simplified Chinese CID font (UniGB-UCS2-H), as reportlab names it; not embedded


def register_zh():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    if ZH not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(ZH))


def full_width(s):
    """ASCII digits and full stops as their full-width forms ("1.2" -> "１．２")."""
    return s.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789."})


# --------------------------------------------------------------------------
# 1. zhsummary.pdf: an executive summary with its Simplified Chinese translation appended, numbered in full-width digits
# --------------------------------------------------------------------------
ZS_PLAN = [
    ("The review process", "审查过程", [85, 95]),
    ("Contributors to the review", "参与审查的机构", [90, 80]),
    ("Summary of events", "事件概要", [120, 110, 125, 105]),
    ("Key findings", "主要发现", [115, 120, 100, 110]),
    ("Conclusions and recommendations", "结论和建议", [95, 85, 90]),
]
ZS_TITLE = "Domestic Homicide Review: Hua"
ZS_HEAD = "DHR Hua \u2013 Executive Summary (FICTIONAL)"
ZS_ZH_HEAD = "家庭凶杀案审查：华——执行摘要（虚构）"
ZS_NOTE = ("This translation was prepared for Hua\u2019s family by Corrimoor Language Services (FICTIONAL). If it "
           "differs from the English text, the English text is the authoritative version.")
ZS_ZH_NOTE = "本译文由科里穆尔语言服务公司（虚构）为华的家人翻译。如译文与英文原文有任何不同，以英文原文为准。"
ZS_NO_BREAK_BEFORE = "，。、；：）」』！？％"  # East Asian line breaking: these never begin a line


def zh_lines(s, width, size):
    """Chinese text broken into lines by characters (no spaces), no line starting with closing punctuation."""
    lines, cur = [], ""
    for ch in s:
        if cur and sw(cur + ch, ZH, size) > width and ch not in ZS_NO_BREAK_BEFORE:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


def make_zhsummary(out, pm):
    path = out / "zhsummary.pdf"
    FS, LEAD, GAP = 11.0, 15.5, 7.0
    ZS, ZLEAD = 10.5, 17.5
    NX, TX, R = 72.0, 108.0, 523.0
    TOP, BOTTOM = 772.0, 80.0
    register_zh()
    fl = Flow(TOP, BOTTOM, first_top=640.0)

    def heading(num, title, font, size):
        def draw(c, y):
            c.setFont(font, size)
            c.drawString(NX, y, num)
            c.drawString(TX, y, title)
        return (18.0, size + 6.0, draw, None)

    result, texts, zh_labels = [], [], []
    # the English summary
    for s_no, (title, _zt, items) in enumerate(ZS_PLAN, 1):
        rows = [heading(f"{s_no}.", title, AB, 12.5)]
        for p_no, n_words in enumerate(items, 1):
            label = f"{s_no}.{p_no}"
            t = pm.make(n_words, "dhr")
            prow = []
            for li, ln in enumerate(wrap(t.split(), R - TX, lambda s: sw(s, A, FS))):
                def draw(c, y, ln=ln, num=label if li == 0 else None):
                    if num:
                        c.setFont(AB, FS)
                        c.drawString(NX, y, num)
                    c.setFont(A, FS)
                    c.drawString(TX, y, " ".join(ln))
                prow.append((GAP if li == 0 else 0.0, LEAD, draw, label))
            placed = fl.place(rows + prow, keep=len(rows) + 2)[len(rows):]
            rows = []
            texts.append(t)
            result.append(entry(label, placed[0][0], t))
    n_english = len(fl.pages)
    # the translation starts on a page of its own: a bilingual note, the Chinese title, then the same numbering in
    # full-width digits ("１．２"), set in STSong
    fl.pages.append([])
    fl.cur = fl.top
    note = []

    def note_line(s, font, size, gap=0.0):
        def draw(c, y):
            c.setFont(font, size)
            c.drawString(NX, y, s)
        note.append((gap, size + 5.0, draw, None))

    note_line("Executive summary \u2013 Simplified Chinese translation", AB, 13)
    note_line("执行摘要——简体中文译本", ZH, 13, 2.0)
    for k, ln in enumerate(wrap(ZS_NOTE.split(), R - NX, lambda s: sw(s, AI, 9.5))):
        note_line(" ".join(ln), AI, 9.5, 10.0 if k == 0 else 0.0)
    for k, ln in enumerate(zh_lines(ZS_ZH_NOTE, R - NX, 9.5)):
        note_line(ln, ZH, 9.5, 4.0 if k == 0 else 0.0)
    note_line("家庭凶杀案审查：华", ZH, 18, 22.0)
    note_line("执行摘要", ZH, 14, 4.0)
    fl.place(note, keep=len(note))
    k_sent = 0
    for s_no, (_title, zh_title, items) in enumerate(ZS_PLAN, 1):
        rows = [heading(full_width(f"{s_no}."), zh_title, ZH, 12.5)]
        for p_no, _n in enumerate(items, 1):
            label = full_width(f"{s_no}.{p_no}")
            n_sent = 3 + (s_no + p_no) % 2
            zt = "".join(ZH_SENTENCES[(k_sent + j) % len(ZH_SENTENCES)] for j in range(n_sent))
            k_sent += n_sent
            prow = []
            for li, ln in enumerate(zh_lines(zt, R - TX, ZS)):
                def draw(c, y, ln=ln, num=label if li == 0 else None):
                    c.setFont(ZH, ZS)
                    if num:
                        c.drawString(NX, y, num)
                    c.drawString(TX, y, ln)
                prow.append((GAP if li == 0 else 0.0, ZLEAD, draw, label))
            fl.place(rows + prow, keep=len(rows) + 2)
            rows = []
            zh_labels.append(label)
    n = len(fl.pages)
    c = new_canvas(path, {"Title": "DHR Hua Executive Summary with Chinese translation (FICTIONAL)",
                          "Author": "Corrimoor Community Safety Partnership",
                          "Creator": "Microsoft\u00ae Word for Microsoft 365",
                          "Producer": "Adobe Acrobat Pro (64-bit) 24.1.20643"})
    for i, rows in enumerate(fl.pages, 1):
        c.setFillGray(0.3)
        if i > 1:
            if i > n_english:
                c.setFont(ZH, 8.5)
                c.drawString(NX, 806, ZS_ZH_HEAD)
            else:
                c.setFont(A, 8)
                c.drawString(NX, 806, ZS_HEAD)
        if i > n_english:  # the translators' own footer: "page k of 2"
            s = f"第{full_width(str(i - n_english))}页，共{full_width(str(n - n_english))}页"
            c.setFont(ZH, 8.5)
            c.drawString(R - sw(s, ZH, 8.5), 42, s)
        else:
            s = f"Page {i} of {n_english}"
            c.setFont(A, 8)
            c.drawString(R - sw(s, A, 8), 42, s)
        c.setFillGray(0)
        if i == 1:
            c.setFont(AB, 20)
            c.drawString(NX, 748, ZS_TITLE)
            c.setFont(A, 12.5)
            c.drawString(NX, 724, "Executive Summary")
            c.setFont(A, 10)
            c.drawString(NX, 704, "Corrimoor Community Safety Partnership (FICTIONAL) \u2013 published April 2025")
            c.setFont(AI, 9.5)
            c.drawString(NX, 688, FICT + ". " + INVENTED)
            c.setFont(A, 9.5)
            c.drawString(NX, 674, "A translation of this summary into Simplified Chinese follows the English text.")
            c.setLineWidth(0.6)
            c.line(NX, 662, R, 662)
        for draw, y, _tag in rows:
            draw(c, y)
        c.showPage()
    c.save()
    check_lengths(path.name, texts)
    check_count(path.name, result)
    if any(d["page"] > n_english for d in result):
        raise AssertionError("zhsummary.pdf: an English paragraph on a Chinese page")

    def body(ch):
        return abs(ch["size"] - FS) < 0.01 and ZH not in ch["fontname"] and "STSong" not in ch["fontname"]

    pw = read_pages(path, body)
    check_paged(path.name, pw, result, texts)
    # the translation's numbers are full-width, the same numbers as the English once normalised (NFKC), each at the
    # start of its line; no ASCII digit is printed on a Chinese page but the footer's
    import pdfplumber
    with pdfplumber.open(path) as pl:
        fonts = {ch["fontname"] for pg in pl.pages[n_english:] for ch in pg.chars if ch["size"] == ZS}
        zh_text = "\n".join(pg.extract_text() or "" for pg in pl.pages[n_english:])
    starts = re.findall(r"(?m)^([０-９]+．[０-９]+) ", zh_text)
    if starts != zh_labels or [unicodedata.normalize("NFKC", s) for s in starts] != [d["label"] for d in result]:
        raise AssertionError(f"zhsummary.pdf: the translation's numbers {starts}")
    if re.search(r"[0-9]", zh_text) or "第１页，共２页" not in zh_text or not any("STSong" in f for f in fonts) or \
            "２０２２年" not in zh_text:
        raise AssertionError(f"zhsummary.pdf: the Chinese pages {fonts}")
    return {
        "note": ("A domestic homicide review's executive summary published with its translation into Simplified "
                 "Chinese for the victim's family APPENDED to the same PDF (the translators' PDF inserted after the "
                 "Word export in Acrobat). The English summary (Arial): a title block on page 1 ('... A translation "
                 "of this summary into Simplified Chinese follows the English text.'), bold hanging headings '3.' "
                 "'Summary of events' (no paragraphs), bold hanging paragraph numbers '3.2', a running head from "
                 f"page 2 and 'Page N of {n_english}' footers. The translation is pages {n_english + 1}-{n}: a "
                 "bilingual note ('Executive summary - Simplified Chinese translation', '... If it differs from the "
                 "English text, the English text is the authoritative version.' and the same in Chinese), a Chinese "
                 "title, then the same headings and paragraphs in Chinese, set in Adobe's CID font STSong-Light "
                 "(UniGB-UCS2-H, not embedded: viewers supply it) with no spaces between words, numbered with "
                 "FULL-WIDTH digits and stops ('１．２', U+FF11 U+FF0E U+FF12), which Unicode normalisation (NFKC) "
                 "turns into the English numbers; dates in the text ('２０２２年３月') and the translators' footer "
                 "('第１页，共２页', page 1 of 2) are full-width too, under a Chinese running head. The translation "
                 "repeats the summary: its numbers are no labels (a citation of paragraph 1.2 means the English "
                 "paragraph) and its text is no paragraph's text, so the last English paragraph ends with its own "
                 "words. Some paragraphs run over a page break. Pages are physical, 1-based."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 2. fullpage.pdf: a partnership's web page saved on an iPhone as a "Full Page" screenshot PDF: ONE very tall page
# --------------------------------------------------------------------------
# items: n_words; ("BULLETS", n) a lead-in, three bullets and an unnumbered carry-on
FP_PLAN = [
    ("Introduction", [80, 90]),
    ("Child K and her family", [105, ("BULLETS", 90), 95]),
    ("What happened", [120, 110, 115]),
    ("Analysis", [115, 105, 110]),
    ("Recommendations", [85, 80]),
]
FP_BULLETS = ["the school nurse, who had seen Child K twice about headaches;",
              "the housing officer, who knew that the family had been served notice;",
              "the youth club worker, who had noticed the older boys waiting outside."]
FP_TITLE = "Child Safeguarding Practice Review: Child K"
FP_KEY = ("Child K told three different adults that she did not want to go home. Each of them acted kindly, and "
          "none of them knew that the others had been told.")
FP_STANDFIRST = ("This review looks at how agencies in Quillby worked together to protect Child K, a twelve-year-old "
                 "girl, in the year before she was found living with adults she had met online.")
FP_COOKIE = ("We use some essential cookies to make this website work. We\u2019d like to set additional cookies to "
             "understand how you use the site and to improve our services.")
FP_W, FP_M = 390.0, 16.0  # the phone's viewport width in CSS pixels, one point each; the page margin
FP_VIEW = 700.0  # Safari's visible height when the screenshot was taken: the fixed cookie banner sat at its foot
FP_BANNER = 196.0
FP_NAVY, FP_LINK, FP_GREY = (0.06, 0.2, 0.33), (0.1, 0.29, 0.66), (0.36, 0.36, 0.36)


class Tall:
    """A web page laid out top down on one page FP_W points wide: each op's y is measured from the top."""

    def __init__(self):
        self.y = 0.0
        self.ops = []

    def line(self, segs, size, lead, rgb=(0, 0, 0), link=None, underline=False, tag=None):
        """One line of text: segs [(x, font, text)]; its baseline at 0.72 of the line box."""
        base = self.y + lead * 0.72
        self.ops.append(("text", segs, base, size, rgb, link, underline, tag))
        self.y += lead
        return base

    def lines(self, s, x, width, font, size, lead, **kw):
        for ln in wrap(s.split(), width, lambda v: sw(v, font, size)):
            self.line([(x, font, " ".join(ln))], size, lead, **kw)

    def rect(self, x, y, w, h, rgb, stroke=None):
        self.ops.append(("rect", x, y, w, h, rgb, stroke))


def make_fullpage(out, pm):
    path = out / "fullpage.pdf"
    FS, LEAD, GAP = 16.0, 24.0, 14.0
    M, W = FP_M, FP_W
    TW = W - 2 * M
    t = Tall()
    # the site's header bar, breadcrumb, title, dates, notice, a download box and the "On this page" list
    t.rect(0, 0, W, 64, FP_NAVY)
    t.y = 10
    t.line([(M, AB, "Quillby Safeguarding")], 14, 20, rgb=(1, 1, 1), link="https://www.quillbyscp.example/")
    t.line([(M, A, "Children Partnership (FICTIONAL)")], 12, 18, rgb=(1, 1, 1))
    for k in range(3):
        t.rect(W - M - 22, 22 + 7 * k, 22, 2.5, (1, 1, 1))
    t.y = 78
    t.line([(M, A, "Home"), (M + 40, A, "\u203a"), (M + 52, A, "Practice reviews"), (M + 160, A, "\u203a")], 13, 20,
           rgb=FP_LINK)
    t.y += 12
    t.lines(FP_TITLE, M, TW, AB, 27, 33)
    t.y += 8
    t.line([(M, A, "Published 12 March 2025")], 14, 21, rgb=FP_GREY)
    t.line([(M, A, "Last updated 14 March 2025")], 14, 21, rgb=FP_GREY)
    t.y += 8
    t.lines(FICT + ". " + INVENTED, M, TW, AI, 13, 19)
    t.y += 14
    t.lines(FP_STANDFIRST, M, TW, A, 18, 26)
    t.y += 16
    box_top = t.y
    t.y += 12
    t.line([(M + 12, AB, "Download the full report")], 15, 22)
    t.line([(M + 12, A, "Child K overview report (PDF, 1.4 MB)")], 15, 22, rgb=FP_LINK, underline=True,
           link="https://www.quillbyscp.example/media/child-k-overview-report.pdf")
    t.y += 12
    t.rect(M, box_top, TW, t.y - box_top, (0.95, 0.95, 0.95), stroke=(0.75, 0.75, 0.75))
    t.y += 22
    t.line([(M, AB, "On this page")], 17, 26)
    toc_top = t.y
    for s_no, (title, _items) in enumerate(FP_PLAN, 1):
        t.line([(M, A, f"{s_no}. {title}")], 15, 27, rgb=FP_LINK, underline=True,
               link=f"https://www.quillbyscp.example/reviews/child-k#section-{s_no}")
    t.line([(M, A, "Key learning")], 15, 27, rgb=FP_LINK, underline=True,
           link="https://www.quillbyscp.example/reviews/child-k#key-learning")
    toc_bottom = t.y
    result, texts, bases = [], [], {}

    def para(label, s, first_gap):
        t.y += first_gap
        for li, ln in enumerate(wrap([label, *s.split()] if label else s.split(), TW - 4,
                                     lambda v: sw(v, A, FS))):
            if li == 0 and label:
                segs = [(M, AB, label), (M + sw(label, AB, FS) + sw(" ", A, FS), A, " ".join(ln[1:]))]
            else:
                segs = [(M, A, " ".join(ln))]
            b = t.line(segs, FS, LEAD, tag="body")
            if li == 0 and label:
                bases[label] = b

    for s_no, (title, items) in enumerate(FP_PLAN, 1):
        t.y += 34
        t.lines(f"{s_no}. {title}", M, TW, AB, 21, 27)
        for p_no, it in enumerate(items, 1):
            kind, n_words = it if isinstance(it, tuple) else ("PLAIN", it)
            label = f"{s_no}.{p_no}"
            s = pm.make(n_words, "child")
            if kind == "BULLETS":
                a = s.rstrip(".") + ". Three people outside her family saw part of what was happening:"
                b = pm.make(40, "child")
                para(label, a, GAP)
                for x in FP_BULLETS:
                    t.y += 6
                    for li, ln in enumerate(wrap(x.split(), W - M - (M + 22), lambda v: sw(v, A, FS))):
                        if li == 0:  # WebKit paints a "disc" list marker as a shape, not a glyph
                            t.ops.append(("disc", M + 9, t.y + LEAD * 0.72 - 5.5, 2.6))
                        t.line([(M + 22, A, " ".join(ln))], FS, LEAD, tag="body")
                para(None, b, GAP)
                s = " ".join([a, *FP_BULLETS, b])
            else:
                para(label, s, GAP)
            texts.append(s)
            result.append(entry(label, 1, s))
        t.y += 18
        t.line([(M, A, "Back to top")], 14, 20, rgb=FP_LINK, underline=True,
               link="https://www.quillbyscp.example/reviews/child-k#top")
        if s_no == 3:  # the "Key learning" inset between sections 3 and 4
            t.y += 26
            top = t.y
            t.y += 14
            t.line([(M + 18, AB, "Key learning")], 17, 25)
            t.lines(FP_KEY, M + 18, TW - 30, A, 15, 22)
            t.y += 14
            t.rect(M, top, TW, t.y - top, (0.93, 0.95, 0.98))
            t.rect(M, top, 5, t.y - top, FP_LINK)
    # feedback, footer
    t.y += 40
    fb_top = t.y
    t.y += 14
    t.line([(M + 12, AB, "Was this page useful?"), (M + 200, A, "Yes"), (M + 250, A, "No")], 15, 24)
    t.line([(M + 12, A, "Report a problem with this page")], 14, 22, rgb=FP_LINK, underline=True,
           link="https://www.quillbyscp.example/feedback")
    t.y += 12
    t.rect(M, fb_top, TW, t.y - fb_top, (0.95, 0.95, 0.95))
    t.y += 30
    foot_top = t.y
    t.y += 22
    for s in ("Accessibility statement", "Privacy notice", "Cookies", "Contact us"):
        t.line([(M, A, s)], 14, 26, rgb=(1, 1, 1), underline=True, link="https://www.quillbyscp.example/" +
               s.lower().replace(" ", "-"))
    t.y += 10
    t.lines("\u00a9 Quillby Safeguarding Children Partnership 2025 (FICTIONAL)", M, TW, A, 13, 19, rgb=(1, 1, 1))
    t.y += 24
    H = round(t.y)
    t.rect(0, foot_top, W, H - foot_top, FP_NAVY)
    # the fixed cookie banner, where it stood on screen when the screenshot was taken: painted over the page
    banner_top = FP_VIEW - FP_BANNER
    banner = Tall()
    banner.rect(0, banner_top, W, FP_BANNER, (1, 1, 1), stroke=(0.6, 0.6, 0.6))
    banner.y = banner_top + 14
    banner.line([(M, AB, "Cookies on this website")], 17, 25)
    banner.lines(FP_COOKIE, M, TW, A, 14, 20)
    banner.y += 10
    banner.rect(M, banner.y, TW, 34, (0.0, 0.44, 0.24))
    banner.y += 6
    banner.line([(M + 12, AB, "Accept additional cookies")], 15, 22, rgb=(1, 1, 1))
    banner.y += 14
    banner.rect(M, banner.y, TW, 34, (0.87, 0.87, 0.87))
    banner.y += 6
    banner.line([(M + 12, AB, "Reject additional cookies")], 15, 22)
    if banner.y > FP_VIEW - 4 or not (toc_top + 54 < FP_VIEW and banner_top < toc_bottom - 54):
        raise AssertionError(f"fullpage.pdf: the banner {banner_top} {banner.y} over {toc_top}-{toc_bottom}")
    if min(bases.values()) < FP_VIEW + 30:
        raise AssertionError("fullpage.pdf: a paragraph under the cookie banner")
    # paint: backgrounds first (the footer band under its text), then text in order, then the banner on top
    c = new_canvas(path, {"Title": "Child Safeguarding Practice Review: Child K | Quillby Safeguarding Children "
                                   "Partnership (FICTIONAL)", "Author": "", "Creator": "Safari",
                          "Producer": "iOS Version 17.4.1 (Build 21E236) Quartz PDFContext"}, size=(W, H))

    def paint(ops):
        for op in ops:
            if op[0] == "rect":
                _k, x, y, w, h, rgb, stroke = op
                c.setFillColorRGB(*rgb)
                if stroke:
                    c.setStrokeColorRGB(*stroke)
                    c.setLineWidth(0.75)
                c.rect(x, H - y - h, w, h, stroke=1 if stroke else 0, fill=1)
                continue
            if op[0] == "disc":
                c.setFillColorRGB(0, 0, 0)
                c.circle(op[1], H - op[2], op[3], stroke=0, fill=1)
                continue
            _k, segs, base, size, rgb, link, underline, _tag = op
            c.setFillColorRGB(*rgb)
            for x, font, s in segs:
                c.setFont(font, size)
                c.drawString(x, H - base, s)
            x0 = segs[0][0]
            x1 = segs[-1][0] + sw(segs[-1][2], segs[-1][1], size)
            if underline:
                c.setStrokeColorRGB(*rgb)
                c.setLineWidth(0.8)
                c.line(x0, H - base - 2.0, x1, H - base - 2.0)
            if link:
                c.linkURL(link, (x0, H - base - 4, x1, H - base + size), relative=0, thickness=0)

    paint([o for o in t.ops if o[0] == "rect"])
    paint([o for o in t.ops if o[0] != "rect"])
    paint(banner.ops)
    c.showPage()
    c.save()
    check_lengths(path.name, texts)
    check_count(path.name, result)
    # one page, very tall; every paragraph read back in one piece with its number; no body text under the banner,
    # but the "On this page" list is (still in the text layer)
    import pdfplumber
    import pypdfium2 as pdfium
    with pdfplumber.open(path) as pl:
        pages = pl.pages
        if len(pages) != 1 or abs(pages[0].height - H) > 0.01 or abs(pages[0].width - W) > 0.01:
            raise AssertionError("fullpage.pdf: the page")
        chars = pages[0].chars
    under = [ch for ch in chars if banner_top - 1 < ch["top"] < FP_VIEW + 1 and ch["size"] != FS]
    if any(ch["size"] == FS and banner_top - 1 < ch["top"] < FP_VIEW + 1 for ch in chars) or \
            sum(ch["size"] == 15 and ch["text"].isdigit() for ch in under) < 2:
        raise AssertionError("fullpage.pdf: under the banner")
    pw = read_pages(path, lambda ch: abs(ch["size"] - FS) < 0.01)
    for d, s in zip(result, texts, strict=True):
        if not contains_seq(pw[0], norm(s)) or not contains_seq(pw[0], norm(d["label"] + " " + d["starts_with"])):
            raise AssertionError(f"fullpage.pdf: {d['label']} not read back")
    doc = pdfium.PdfDocument(str(path))
    if len(doc) != 1 or abs(doc[0].get_height() - H) > 0.01 or not 4000 < H < 14400:
        raise AssertionError(f"fullpage.pdf: PDFium sees {len(doc)} pages, height {H}")
    return {
        "note": ("A safeguarding children partnership's web page about a child safeguarding practice review, saved "
                 "on an iPhone as a 'Full Page' screenshot (Safari: screenshot, 'Full Page', 'Save PDF to Files'; "
                 "Producer 'iOS Version 17.4.1 ... Quartz PDFContext'): the WHOLE PAGE IS ONE PDF PAGE, "
                 f"{int(W)} pt wide (the phone's viewport, one point a CSS pixel) and {H} pt tall, with real, "
                 "selectable text and link annotations. Top to bottom: the site's navy header bar ('Quillby "
                 "Safeguarding' / 'Children Partnership (FICTIONAL)', a menu icon), a breadcrumb, the title in "
                 "27 pt over two lines, 'Published ...' and 'Last updated ...', the fictional notice, an "
                 "unnumbered standfirst in 18 pt, a grey 'Download the full report' box, an 'On this page' list of "
                 "typed section links ('1. Introduction' ... '5. Recommendations', 'Key learning'); then the "
                 "sections: bold '2. Child K and her family' headings (no paragraphs), paragraphs whose bold number "
                 "is typed at the start ('2.1 The ...', 16 pt on 24) and whose lines wrap flush left under it, a "
                 "'Back to top' link after each section; a 'Key learning' inset (tinted box) between sections 3 and "
                 "4; a feedback box and the navy footer. The site's cookie banner was FIXED to the foot of the "
                 f"phone's screen, so the capture paints it once, over the page at {banner_top:g}-{FP_VIEW:g} pt "
                 "from the top, where it hides (but does not remove from the text layer) part of the standfirst's "
                 "end and the 'On this page' list. 2.2 is a lead-in, three bullets (discs drawn as shapes) and an "
                 "unnumbered carry-on paragraph: all its text. Header, breadcrumb, title, dates, notice, standfirst, "
                 "download box, contents links, headings, 'Back to top', the inset, the banner, feedback and footer "
                 "are no paragraph's text. Every paragraph is on page 1 (the only page)."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 3. strict.docx: saved by Word as "Strict Open XML Document": ISO/IEC 29500 Strict namespaces throughout
# --------------------------------------------------------------------------
SW_NS = "http://purl.oclc.org/ooxml/wordprocessingml/main"
SR_NS = "http://purl.oclc.org/ooxml/officeDocument/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"  # OPC's own namespaces are the same in Strict
CT_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
ST_NS = (f'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:r="{SR_NS}" '
         'xmlns:m="http://purl.oclc.org/ooxml/officeDocument/math" '
         'xmlns:wp="http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing" '
         f'xmlns:w="{SW_NS}" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
         'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15"')
# items: n_words; ("BULLETS", n) a lead-in, three bullets (a second list) and an unnumbered carry-on; ("XREF", n) a
# REF field "\r" to paragraph 2.2's bookmark in the paragraph's second sentence; section 3 opens with a table
ST_PLAN = [
    ("Introduction", [85, 95]),
    ("Mrs N and her circumstances", [110, 100, ("BULLETS", 90)]),
    ("Contact with services", [120, ("XREF", 105), 100, 110]),
    ("Analysis", [125, 110, 100]),
    ("Conclusions", [90, 80]),
]
ST_BULLETS = ["the district nurses, who saw the state of the flat each week;",
              "the fire service, which fitted smoke alarms after a small kitchen fire;",
              "the practice pharmacist, who noticed that her repeat prescriptions were not collected."]
ST_AGENCIES = [("Agency", "Contribution to the review"), ("Stowick Marsh adult social care", "Chronology and report"),
               ("Stowick Marsh community health services", "Chronology and report"),
               ("Marsh Lane Surgery", "Chronology"), ("Stowick Marsh fire and rescue service", "Chronology")]
ST_TITLE = "Safeguarding Adults Review: Mrs N"
ST_REF_BM = "_Ref187654321"
ST_XREF = "As paragraph {} explains, nobody had asked her what a good day looked like."


def st_run(text, rpr=""):
    return f'<w:r>{f"<w:rPr>{rpr}</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{xesc(text)}</w:t></w:r>'


def st_p(runs, ppr=""):
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{runs}</w:p>"


def st_levels(kind):
    out = []
    for k in range(9):
        if kind == "bullet":
            body = (f'<w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/><w:lvlJc w:val="start"/>'
                    f'<w:pPr><w:ind w:start="{1134 + 567 * k}" w:hanging="360"/></w:pPr><w:rPr><w:rFonts '
                    'w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr>')
        else:
            text = "%1." if k == 0 else ".".join(f"%{j + 1}" for j in range(k + 1))
            style = '<w:pStyle w:val="Heading1"/>' if k == 0 else ""
            body = (f'<w:start w:val="1"/><w:numFmt w:val="decimal"/>{style}<w:lvlText w:val="{text}"/>'
                    f'<w:lvlJc w:val="start"/><w:pPr><w:ind w:start="{567 * (k + 1)}" w:hanging="567"/></w:pPr>')
        out.append(f'<w:lvl w:ilvl="{k}">{body}</w:lvl>')
    return "".join(out)


def make_strict(out, pm):
    path = out / "strict.docx"
    brk = st_p('<w:r><w:br w:type="page"/></w:r>')
    body, result, texts = [], [], []
    page, words = 1, {1: 0}
    body.append(st_p(st_run(ST_TITLE), '<w:pStyle w:val="Title"/>'))
    body.append(st_p(st_run("Overview report"), '<w:pStyle w:val="Subtitle"/>'))
    body.append(st_p(st_run("Stowick Marsh Safeguarding Adults Board (FICTIONAL)")))
    body.append(st_p(st_run("Independent reviewer: Dr Fenella Marchbank (FICTIONAL)")))
    body.append(st_p(st_run("Published: 20 February 2025")))
    body.append(st_p(st_run(FICT + ". " + INVENTED, "<w:i/>")))
    num_ppr = ('<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>'
               '<w:ind w:start="567" w:hanging="567"/><w:contextualSpacing w:val="false"/><w:jc w:val="both"/>')
    bm_id = 0
    for s_no, (title, items) in enumerate(ST_PLAN, 1):
        body.append(brk)
        page += 1
        words[page] = 0
        body.append(st_p(st_run(title), '<w:pStyle w:val="Heading1"/>'))
        if s_no == 3:
            grid = '<w:tblGrid><w:gridCol w:w="4513"/><w:gridCol w:w="4513"/></w:tblGrid>'
            rows = []
            for r_no, (a, b) in enumerate(ST_AGENCIES):
                rpr = "<w:b/>" if r_no == 0 else ""
                trpr = "<w:trPr><w:tblHeader/></w:trPr>" if r_no == 0 else ""
                rows.append(f"<w:tr>{trpr}" + "".join(
                    f'<w:tc><w:tcPr><w:tcW w:w="4513" w:type="dxa"/></w:tcPr>'
                    f'{st_p(st_run(x, rpr), chr(60) + "w:spacing w:after=" + chr(34) + "0" + chr(34) + "/>")}</w:tc>'
                    for x in (a, b)) + "</w:tr>")
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9026" w:type="dxa"/>'
                        '<w:tblLook w:firstRow="true" w:lastRow="false" w:firstColumn="true" w:lastColumn="false" '
                        f'w:noHBand="false" w:noVBand="true"/></w:tblPr>{grid}{"".join(rows)}</w:tbl>')
            body.append(st_p(st_run("Table 1: agencies that contributed to the review", "<w:i/>"),
                             '<w:pStyle w:val="Caption"/>'))
        for p_no, it in enumerate(items, 1):
            kind, n_words = it if isinstance(it, tuple) else ("PLAIN", it)
            label = f"{s_no}.{p_no}"
            t = pm.make(n_words, "adult")
            if label == "2.2":  # the cross-reference target: a bookmark round the whole paragraph
                bm_id += 1
                body.append(st_p(f'<w:bookmarkStart w:id="{bm_id}" w:name="{ST_REF_BM}"/>{st_run(t)}'
                                 f'<w:bookmarkEnd w:id="{bm_id}"/>', num_ppr))
            elif kind == "BULLETS":
                a = t.rstrip(".") + ". Three services saw part of what was happening:"
                b = pm.make(40, "adult")
                body.append(st_p(st_run(a), num_ppr))
                for x in ST_BULLETS:
                    body.append(st_p(st_run(x), '<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/>'
                                                '<w:numId w:val="2"/></w:numPr>'))
                body.append(st_p(st_run(b), '<w:ind w:start="567"/><w:jc w:val="both"/>'))
                t = " ".join([a, *ST_BULLETS, b])
            elif kind == "XREF":
                first = re.match(r"(.+?[.!?])\s", t).group(1)
                rest = t[len(first) + 1:]
                before, after = ST_XREF.split("{}")
                ref = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> REF '
                       f'{ST_REF_BM} \\r \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                       '<w:r><w:t>2.2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')
                body.append(st_p(st_run(first + " " + before) + ref + st_run(after + " " + rest), num_ppr))
                t = f"{first} {ST_XREF.format('2.2')} {rest}"
            else:
                body.append(st_p(st_run(t), num_ppr))
            words[page] += len(t.split())
            texts.append(t)
            result.append(entry(label, page, t))
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rId8"/><w:footerReference w:type="default" '
            'r:id="rId9"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" '
            'w:left="1440" w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/><w:docGrid '
            'w:linePitch="360"/></w:sectPr>')
    doc = (f'{XML_HEAD}<w:document {ST_NS} w:conformance="strict"><w:body>{"".join(body)}{sect}</w:body>'
           '</w:document>')
    styles = (f'{XML_HEAD}<w:styles {ST_NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" '
              'w:eastAsia="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang '
              'w:val="en-GB" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
              '<w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="true" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
              '</w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn '
              'w:val="Normal"/><w:next w:val="Normal"/><w:link w:val="Heading1Char"/><w:uiPriority w:val="9"/>'
              '<w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:numPr><w:numId w:val="1"/></w:numPr><w:spacing '
              'w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color '
              'w:val="2F5496" w:themeColor="accent1" w:themeShade="BF"/><w:sz w:val="32"/><w:szCs w:val="32"/>'
              '</w:rPr></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn '
              'w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/><w:pPr><w:spacing '
              'w:after="0" w:line="240" w:lineRule="auto"/><w:contextualSpacing/></w:pPr><w:rPr><w:sz w:val="56"/>'
              '<w:szCs w:val="56"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Subtitle"><w:name '
              'w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="11"/>'
              '<w:qFormat/><w:rPr><w:color w:val="5A5A5A"/><w:sz w:val="28"/></w:rPr></w:style><w:style '
              'w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn '
              'w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:start="720"/>'
              '<w:contextualSpacing/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Caption"><w:name '
              'w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="35"/>'
              '<w:unhideWhenUsed/><w:qFormat/><w:pPr><w:spacing w:after="200" w:line="240" w:lineRule="auto"/>'
              '</w:pPr><w:rPr><w:color w:val="44546A"/><w:sz w:val="18"/></w:rPr></w:style><w:style '
              'w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr>'
              '<w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="end" w:pos="9026"/></w:tabs><w:spacing '
              'w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:style><w:style w:type="paragraph" '
              'w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Header"/></w:style><w:style '
              'w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:uiPriority w:val="39"/><w:pPr>'
              '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders><w:top '
              'w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:start w:val="single" w:sz="4" w:space="0" '
              'w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:end '
              'w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" '
              'w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders>'
              '</w:tblPr></w:style></w:styles>')
    numbering = (f'{XML_HEAD}<w:numbering {ST_NS}><w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak='
                 f'"0"><w:nsid w:val="3A1F6C2D"/><w:multiLevelType w:val="multilevel"/><w:tmpl w:val="0809001F"/>'
                 f'{st_levels("decimal")}</w:abstractNum><w:abstractNum w:abstractNumId="1" '
                 'w15:restartNumberingAfterBreak="0"><w:nsid w:val="5C2B7E90"/><w:multiLevelType '
                 f'w:val="hybridMultilevel"/><w:tmpl w:val="08090001"/>{st_levels("bullet")}</w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId '
                 'w:val="1"/></w:num></w:numbering>')
    settings = (f'{XML_HEAD}<w:settings {ST_NS}><w:zoom w:percent="100"/><w:proofState w:spelling="clean" '
                'w:grammar="clean"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl '
                'w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" '
                'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/><w:compatSetting '
                'w:name="overrideTableStyleFontSizeAndJustification" w:uri="http://schemas.microsoft.com/office/word" '
                'w:val="1"/></w:compat><w:themeFontLang w:val="en-GB"/><w:decimalSymbol w:val="."/><w:listSeparator '
                'w:val=","/></w:settings>')
    fonts = (f'{XML_HEAD}<w:fonts {ST_NS}><w:font w:name="Symbol"><w:panose1 w:val="05050102010706020507"/>'
             '<w:charset w:val="02"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font><w:font '
             'w:name="Arial"><w:panose1 w:val="020B0604020202020204"/><w:charset w:val="00"/><w:family '
             'w:val="swiss"/><w:pitch w:val="variable"/></w:font></w:fonts>')
    header = (f'{XML_HEAD}<w:hdr {ST_NS}>' + st_p(st_run("SAR Mrs N \u2013 overview report (FICTIONAL)"),
                                                '<w:pStyle w:val="Header"/><w:jc w:val="end"/>') + "</w:hdr>")
    footer = (f'{XML_HEAD}<w:ftr {ST_NS}>' + st_p(
        st_run("Page ") + '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> '
        'PAGE   \\* MERGEFORMAT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1'
        '</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>', '<w:pStyle w:val="Footer"/><w:jc '
        'w:val="center"/>') + "</w:ftr>")
    ct = (f'{XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          f'<Override PartName="/word/document.xml" ContentType="{CT_WML}document.main+xml"/>'
          f'<Override PartName="/word/numbering.xml" ContentType="{CT_WML}numbering+xml"/>'
          f'<Override PartName="/word/styles.xml" ContentType="{CT_WML}styles+xml"/>'
          f'<Override PartName="/word/settings.xml" ContentType="{CT_WML}settings+xml"/>'
          f'<Override PartName="/word/header1.xml" ContentType="{CT_WML}header+xml"/>'
          f'<Override PartName="/word/footer1.xml" ContentType="{CT_WML}footer+xml"/>'
          f'<Override PartName="/word/fontTable.xml" ContentType="{CT_WML}fontTable+xml"/>'
          '<Override PartName="/docProps/core.xml" '
          'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
    rels = (f'{XML_HEAD}<Relationships xmlns="{PKG_REL}"><Relationship Id="rId3" Type="{SR_NS}/extendedProperties" '
            'Target="docProps/app.xml"/><Relationship Id="rId2" '
            'Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
            f'Target="docProps/core.xml"/><Relationship Id="rId1" Type="{SR_NS}/officeDocument" '
            'Target="word/document.xml"/></Relationships>')
    doc_rels = (f'{XML_HEAD}<Relationships xmlns="{PKG_REL}">'
                f'<Relationship Id="rId1" Type="{SR_NS}/numbering" Target="numbering.xml"/>'
                f'<Relationship Id="rId2" Type="{SR_NS}/styles" Target="styles.xml"/>'
                f'<Relationship Id="rId3" Type="{SR_NS}/settings" Target="settings.xml"/>'
                f'<Relationship Id="rId8" Type="{SR_NS}/header" Target="header1.xml"/>'
                f'<Relationship Id="rId9" Type="{SR_NS}/footer" Target="footer1.xml"/>'
                f'<Relationship Id="rId10" Type="{SR_NS}/fontTable" Target="fontTable.xml"/></Relationships>')
    core = (f'{XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
            'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>SAR Mrs N overview report (FICTIONAL)</dc:title><dc:creator>Fenella Marchbank</dc:creator>'
            '<cp:lastModifiedBy>SAB Business Unit</cp:lastModifiedBy><cp:revision>7</cp:revision>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2024-11-18T09:12:00Z</dcterms:created><dcterms:modified '
            'xsi:type="dcterms:W3CDTF">2025-02-19T16:40:00Z</dcterms:modified></cp:coreProperties>')
    app = (f'{XML_HEAD}<Properties xmlns="http://purl.oclc.org/ooxml/officeDocument/extendedProperties" '
           'xmlns:vt="http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes"><Template>Normal.dotm</Template>'
           f'<TotalTime>312</TotalTime><Pages>{page}</Pages><Words>{sum(words.values())}</Words>'
           '<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Lines>96</Lines>'
           '<Paragraphs>27</Paragraphs><ScaleCrop>false</ScaleCrop><Company>Stowick Marsh Council (FICTIONAL)'
           '</Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false'
           '</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>')
    zip_parts(path, {"[Content_Types].xml": ct, "_rels/.rels": rels, "word/document.xml": doc,
                     "word/_rels/document.xml.rels": doc_rels, "word/numbering.xml": numbering,
                     "word/styles.xml": styles, "word/settings.xml": settings, "word/header1.xml": header,
                     "word/footer1.xml": footer, "word/fontTable.xml": fonts, "docProps/core.xml": core,
                     "docProps/app.xml": app}, (2025, 2, 19, 16, 40, 0))
    check_lengths(path.name, texts)
    check_count(path.name, result)
    if max(words.values()) > 480:
        raise AssertionError(f"strict.docx: words per page {words}")
    got = read_strict(path)
    want = [[d["label"], d["page"], " ".join(t.split())] for d, t in zip(result, texts, strict=True)]
    if got != want:
        raise AssertionError(f"strict.docx: read back {[(g[0], g[1], g[2][:25]) for g in got]}")
    return {
        "note": ("A safeguarding adults review saved by Word as a 'Strict Open XML Document' (ISO/IEC 29500 Strict), "
                 "not the usual Transitional .docx: every WordprocessingML part is in the namespace "
                 "http://purl.oclc.org/ooxml/wordprocessingml/main, relationships in "
                 "http://purl.oclc.org/ooxml/officeDocument/relationships (the package's own relationship "
                 "types, e.g. .../officeDocument, .../styles, .../numbering, are the purl.oclc.org ones too; only "
                 "the OPC namespaces and the content types are unchanged), <w:document w:conformance=\"strict\">, "
                 "indents written w:start/w:end and alignment 'start'/'end'/'both' (never left/right), booleans "
                 "'true'/'false'. Libraries that look for the Transitional relationship type (python-docx) cannot "
                 "open it; Word opens it as usual. Inside, ordinary Word numbering: one "
                 "multilevel list (numId 1) whose level 0 '%1.' is tied to Heading 1 and whose level 1 '%1.%2' is "
                 "applied directly to 'List Paragraph' paragraphs (ilvl 1) with a hanging indent; headings ('3. "
                 "Contact with services') are no paragraphs. Each section starts after a page break (a paragraph "
                 "holding <w:br w:type=\"page\"/>), after a title page. Section 3 opens with a ruled table of "
                 "contributing agencies and its caption (no paragraph's text). 2.3 is a lead-in, three bullets "
                 "(numId 2, Symbol U+F0B7) and an unnumbered carry-on paragraph: all its text. 3.2 holds a REF field "
                 "(\\r, to the bookmark round 2.2) whose saved result is '2.2', in its second sentence. Header and "
                 "footer (a PAGE field) are no paragraph's text. page = 1 + the page breaks before the paragraph."),
        "paragraphs": result,
    }


def read_strict(path):
    """Read the Strict package with lxml, as Word lays it out: numbers from numbering.xml (the paragraph's own numPr or
    its style's), Heading 1 ends a paragraph, level-1 numbers start one, bullets and unnumbered text carry it on; a
    table is skipped; pages counted from page breaks. python-docx must fail to open it (it wants Transitional)."""
    from lxml import etree
    W = f"{{{SW_NS}}}"
    z = zipfile.ZipFile(path)
    rels = etree.fromstring(z.read("_rels/.rels"))
    main = [el.get("Target") for el in rels if el.get("Type") == f"{SR_NS}/officeDocument"]
    root = etree.fromstring(z.read(main[0]))
    raw = b"".join(z.read(n) for n in z.namelist() if n.startswith("word/"))
    if root.tag != W + "document" or root.get(W + "conformance") != "strict" or \
            re.search(rb'<w:(ind|jc|lvlJc|start|end)\b[^>]*"(left|right)"|<w:ind [^>]*w:(left|right)=|schemas\.openxml'
                      rb'formats\.org/(wordprocessingml|officeDocument)', raw):
        raise AssertionError("strict.docx: not strict")
    try:
        import docx
        docx.Document(str(path))
    except KeyError:  # no relationship of the Transitional officeDocument type
        pass
    else:
        raise AssertionError("strict.docx: python-docx opened it")
    numbering = etree.fromstring(z.read("word/numbering.xml"))
    styles = etree.fromstring(z.read("word/styles.xml"))
    abstract = {n.get(W + "numId"): n.find(W + "abstractNumId").get(W + "val") for n in numbering.iter(W + "num")}
    lvl_text = {(a.get(W + "abstractNumId"), lv.get(W + "ilvl")): lv.find(W + "lvlText").get(W + "val")
                for a in numbering.iter(W + "abstractNum") for lv in a.iter(W + "lvl")}
    style_num = {}
    for st in styles.iter(W + "style"):
        np_ = st.find(f"{W}pPr/{W}numPr")
        if np_ is not None:
            ilvl = np_.find(W + "ilvl")
            style_num[st.get(W + "styleId")] = (np_.find(W + "numId").get(W + "val"),
                                                ilvl.get(W + "val") if ilvl is not None else "0")
    counters, got, cur, page = {}, [], None, 1
    for el in root.find(W + "body"):
        if el.tag != W + "p":
            continue
        start = page
        page += len(el.findall(f".//{W}br[@{W}type='page']"))
        s = " ".join("".join(x.text or "" for x in el.iter(W + "t")).split())
        if not s:
            continue
        ps = el.find(f"{W}pPr/{W}pStyle")
        style = ps.get(W + "val") if ps is not None else "Normal"
        np_ = el.find(f"{W}pPr/{W}numPr")
        num = ((np_.find(W + "numId").get(W + "val"), np_.find(W + "ilvl").get(W + "val")) if np_ is not None
               else style_num.get(style))
        label = None
        if num is not None and num[0] != "0":
            a, lvl = abstract[num[0]], int(num[1])
            counters[(a, lvl)] = counters.get((a, lvl), 0) + 1
            for deeper in range(lvl + 1, 9):
                counters.pop((a, deeper), None)
            text = lvl_text[(a, str(lvl))]
            label = re.sub(r"%(\d)", lambda m, a=a: str(counters.get((a, int(m.group(1)) - 1), 0)), text)
        if style == "Heading1":
            cur = None
        elif label and re.fullmatch(r"\d+\.\d+", label):
            cur = [label, start, s]
            got.append(cur)
        elif cur is not None and style != "Caption":
            cur[2] += " " + s
    return got


# --------------------------------------------------------------------------
# 4. sp2013.html: a SharePoint 2013 publishing page: zero-width spaces from the rich text editor, MsoNormal pastes
# --------------------------------------------------------------------------
# items: (how, n_words); how says how the number was left by the editor: "ZW" a literal U+200B before
# <strong>2.1</strong>&#160;; "ENT" the same as &#8203;; "AFTER" <strong>2.1</strong>&#8203;&#160;; "SPLIT" the
# number bolded in two goes, "<strong>3.</strong>&#8203;<strong>4</strong>"; "COLOUR" a theme-coloured number and
# two no-break spaces; "PLAIN" an unbolded "2.2 " after a U+200B; "CURSOR" the editor's range-cursor spans left in
# the paragraph's text; "BULLETS" a lead-in, a <ul> and a carry-on <p>; "MSO" a paragraph pasted from Outlook
# (section 4, inside an ExternalClass <div>)
SP_PLAN = [
    ("Introduction", [("ZW", 80), ("ENT", 90)]),
    ("Mrs T and her life", [("AFTER", 105), ("PLAIN", 95), ("BULLETS", 85)]),
    ("What happened", [("ZW", 115), ("CURSOR", 110), ("COLOUR", 120), ("SPLIT", 105)]),
    ("Analysis", [("MSO", 120), ("MSO", 110), ("MSO", 100)]),
    ("Conclusions", [("ENT", 90), ("ZW", 80)]),
]
SP_BULLETS = ["the GP practice, which had stopped her repeat prescription for painkillers;",
              "the gas engineer, who reported that the boiler had been switched off for a year;",
              "the neighbour, who had taken in her post since the spring."]
SP_TITLE = "Safeguarding Adults Review: Mrs T"
SP_URL = "https://www.stowickmarsh.gov.example/sab/Pages/Safeguarding-Adults-Review-Mrs-T.aspx"
SP_WP = "8d3f2a10-4c6b-4e0f-9a51-27b3c9d4e6f8"
ZW = "\u200b"


def sp_viewstate():
    """A deterministic stand-in for ASP.NET's __VIEWSTATE: base64 of hashed bytes, as long as a real one."""
    raw = b"".join(hashlib.sha256(f"blind33-viewstate-{k}".encode()).digest() for k in range(24))
    return base64.b64encode(raw).decode()


def make_sp2013(out, pm):
    path = out / "sp2013.html"
    rich, result, texts, kinds = [], [], [], set()
    rich.append(f'<p class="ms-rteElement-P">{ZW}<em>{hesc(FICT)}. {INVENTED}</em></p>')
    rich.append(f'<p class="ms-rteElement-P">{ZW}This page publishes the overview report of the safeguarding adults '
                "review concerning Mrs T, who died at her home in Stowick Marsh in the winter of 2023. A printable "
                "version is listed under Related documents.</p>")
    rich.append(f'<p class="ms-rteElement-P">{ZW}<br></p>')
    for s_no, (title, items) in enumerate(SP_PLAN, 1):
        sec = [f'<h2 class="ms-rteElement-H2B">{ZW}{s_no}. {hesc(title)}</h2>']
        for p_no, (how, n_words) in enumerate(items, 1):
            label = f"{s_no}.{p_no}"
            t = pm.make(n_words, "adult")
            kinds.add(how)
            body = hesc(t)
            if how == "BULLETS":
                a = t.rstrip(".") + ". Three people saw that something had changed:"
                b = pm.make(40, "adult")
                sec.append(f'<p class="ms-rteElement-P">{ZW}<strong>{label}</strong>&#160;{hesc(a)}</p>')
                sec.append("<ul>" + "".join(f"<li>{ZW}{hesc(x)}</li>" for x in SP_BULLETS) + "</ul>")
                sec.append(f'<p class="ms-rteElement-P">{ZW}{hesc(b)}</p>')
                t = " ".join([a, *SP_BULLETS, b])
            elif how == "MSO":
                sec.append(f'<p class="MsoNormal"><b><span lang="EN-GB">{label}</span></b><span lang="EN-GB">&#160;'
                           f"&#160;{body}<o:p></o:p></span></p>")
                sec.append('<p class="MsoNormal"><span lang="EN-GB"><o:p>&#160;</o:p></span></p>')
            else:
                if how == "CURSOR":
                    k = t.index(". ") + 1
                    body = (hesc(t[:k]) + '<span id="ms-rterangecursor-start"></span><span '
                            'id="ms-rterangecursor-end"></span>' + hesc(t[k:]))
                num = {"ZW": f"{ZW}<strong>{label}</strong>&#160;",
                       "ENT": f"&#8203;<strong>{label}</strong>&#160;",
                       "AFTER": f"<strong>{label}</strong>&#8203;&#160;",
                       "PLAIN": f"{ZW}{label} ",
                       "CURSOR": f"{ZW}<strong>{label}</strong>&#160;",
                       "COLOUR": f'{ZW}<span class="ms-rteThemeForeColor-5-0"><strong>{label}</strong></span>'
                                 "&#160;&#160;",
                       "SPLIT": f"&#8203;<strong>{label[:2]}</strong>&#8203;<strong>{label[2:]}</strong>&#160;"}[how]
                sec.append(f'<p class="ms-rteElement-P">{num}{body}</p>')
            texts.append(t)
            result.append(entry(label, None, t))
        if s_no == 4:  # pasted from an e-mail: Outlook's markup inside SharePoint's ExternalClass wrapper
            sec = [sec[0], '<div class="ExternalClass5E2C9A71B04D4F3E8C6A1D2B3F4E5A6C">', *sec[1:], "</div>"]
        sec.append(f'<p class="ms-rteElement-P">{ZW}<br></p>')
        rich += sec
        if s_no == 3:  # a Summary Links web part inserted into the rich text
            rich.append(
                f'<div class="ms-rtestate-read ms-rte-wpbox" contenteditable="false"><div class="ms-rtestate-notify  '
                f'ms-rtestate-read {SP_WP}" id="div_{SP_WP}" unselectable="on"><div class="ms-webpart-chrome '
                'ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth "><div class="ms-webpart-chrome-title" '
                'id="WebPartTitleWPQ2"><span title="Related documents - Summary Links Web Part" '
                'id="WebPartCaptionWPQ2" class="js-webpart-titleCell"><h2 style="text-align:justify;" '
                'class="ms-webpart-titleText"><nobr><span>Related documents</span><span id="WebPartCaptionWPQ2">'
                f'</span></nobr></h2></span></div><div webpartid="{SP_WP}" haspers="false" id="WebPartWPQ2" '
                'width="100%" class="ms-WPBody noindex " allowdelete="false" style=""><div class="slm-layout-main '
                'groupmarker"><ul class="dfwp-column dfwp-list" style="width:100%">'
                '<li class="dfwp-item"><div class="link-item"><a href="/sab/Documents/SAR-Mrs-T-overview-report.pdf" '
                'title="">SAR Mrs T overview report (PDF, 46 pages)</a><div class="description">The full report as '
                'published on 4 March 2025.</div></div></li><li class="dfwp-item"><div class="link-item"><a '
                'href="/sab/Documents/SAR-Mrs-T-action-plan.pdf" title="">Board action plan (PDF)</a><div '
                'class="description">Progress against recommendations 1 to 6.</div></div></li></ul></div></div>'
                f'</div></div><div id="vid_{SP_WP}" unselectable="on" style="display:none"></div></div>')
    nav = ["Home", "Safeguarding adults reviews", "Annual reports", "Training", "Report a concern", "Contact us"]
    top_nav = "".join(
        f'<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInlineBlock '
        f'ms-navedit-linkNode" href="/sab/{x.lower().replace(" ", "-")}"><span class="additional-background '
        f'ms-navedit-flyoutArrow"><span class="menu-item-text">{x}</span></span></a></li>' for x in nav)
    quick = "".join(
        f'<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInlineBlock '
        f'ms-navedit-linkNode" href="/sab/Pages/{x.replace(" ", "-")}.aspx"><span class="additional-background '
        f'ms-navedit-flyoutArrow"><span class="menu-item-text">{x}</span></span></a></li>'
        for x in ("Safeguarding Adults Review: Mrs G", "Safeguarding Adults Review: Mrs T", "Thematic review 2022"))
    ctx = ('var _spPageContextInfo = {webServerRelativeUrl: "\\u002fsab", webAbsoluteUrl: '
           '"https:\\u002f\\u002fwww.stowickmarsh.gov.example\\u002fsab", siteAbsoluteUrl: '
           '"https:\\u002f\\u002fwww.stowickmarsh.gov.example", serverRequestPath: '
           '"\\u002fsab\\u002fPages\\u002fSafeguarding-Adults-Review-Mrs-T.aspx", layoutsUrl: "_layouts\\u002f15", '
           'webTitle: "Safeguarding Adults Board", webTemplate: "53", tenantAppVersion: "0", isAppWeb: false, '
           'webLanguage: 2057, currentLanguage: 2057, currentUICultureName: "en-GB", currentCultureName: "en-GB", '
           'clientServerTimeDelta: new Date("2025-03-04T10:15:02.0000000Z") - new Date(), siteClientTag: '
           '"27$$15.0.5937.1000", crossDomainPhotosEnabled:false, webUIVersion:15, webPermMasks:{High:16,'
           'Low:196673}, pageListId:"{5c1e8b2a-0d4f-4a7e-b3c6-9e8f7a6b5c4d}", pageItemId:42, '
           "pagePersonalizationScope:1, alertsEnabled:false, siteServerRelativeUrl: \"\\u002f\", "
           "allowSilverlightPrompt:'True'};")
    files = "./Safeguarding-Adults-Review-Mrs-T_files"
    page = "\n".join([
        "<!DOCTYPE html>",
        f"<!-- saved from url=({len(SP_URL):04d}){SP_URL} -->",
        '<html dir="ltr" lang="en-GB"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
        '<meta http-equiv="X-UA-Compatible" content="IE=10"><meta name="GENERATOR" content="Microsoft SharePoint">'
        '<meta name="progid" content="SharePoint.WebPartPage.Document"><meta http-equiv="Expires" content="0">',
        f"<title>\n\t{hesc(SP_TITLE)}\n</title>",
        f'<link rel="stylesheet" type="text/css" href="{files}/corev15.css">',
        f'<link rel="stylesheet" type="text/css" href="{files}/sab-branding.css">',
        f'<script type="text/javascript" src="{files}/init.js"></script>',
        f'<script type="text/javascript">//<![CDATA[\n{ctx}\n//]]>\n</script>',
        "</head>",
        '<body scroll="yes" onload="if (typeof(_spBodyOnLoadWrapper) != \'undefined\') _spBodyOnLoadWrapper();">',
        '<form method="post" action="./Safeguarding-Adults-Review-Mrs-T.aspx" onsubmit="javascript:return '
        'WebForm_OnSubmit();" id="aspnetForm">',
        '<div class="aspNetHidden"><input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value=""><input '
        'type="hidden" name="wpcmVal" id="wpcmVal" value=""><input type="hidden" name="__REQUESTDIGEST" '
        'id="__REQUESTDIGEST" value="0x3F2A9C1E7B8D6F40A2C5E9B1D3F7A8C6E4B2D0F9A7C5E3B1D9F8A6C4E2B0D7F5A3C1E9B7D5F'
        '3A1C8E6B4D2F0A9C7,04 Mar 2025 10:15:02 -0000"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" '
        f'value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIFD2QWAmYPZBYCAgEPFgIeE1ByZXZpb3VzQ29udHJvbE1vZGULKYgBTWlj{sp_viewstate()}">'
        "</div>",
        '<div id="ms-designer-ribbon"><div id="s4-ribbonrow" style="display:none"></div></div>',
        '<div id="s4-workspace" class="ms-core-overlay"><div id="s4-bodyContainer">',
        '<div id="s4-titlerow" class="ms-dialogHidden s4-titlerowhidetitle"><div class="ms-table ms-core-tableNoSpace '
        'ms-fullWidth"><div class="ms-tableRow"><div id="siteIcon" class="ms-tableCell ms-verticalAlignTop"><a '
        'id="ctl00_onetidProjectPropertyTitleGraphic" href="/sab"><img id="ctl00_onetidHeadbnnr2" '
        f'class="ms-siteicon-img" src="{files}/sab-logo.png" alt="Stowick Marsh Safeguarding Adults Board '
        '(FICTIONAL)"></a></div>',
        '<div class="ms-tableCell ms-verticalAlignTop"><div id="DeltaTopNavigation" class="ms-displayInline '
        'ms-core-navigation" role="navigation"><div id="zz1_TopNavigationMenu" class=" noindex '
        f'ms-core-listMenu-horizontalBox"><ul id="zz2_RootAspMenu" class="root ms-core-listMenu-root static">{top_nav}'
        "</ul></div></div>",
        '<h1 id="pageTitle" class="ms-core-pageTitle"><span id="DeltaPlaceHolderPageTitleInTitleArea"><span><a '
        f'title="{hesc(SP_TITLE)}" href="/sab/Pages/Safeguarding-Adults-Review-Mrs-T.aspx">{hesc(SP_TITLE)}</a>'
        "</span></span></h1></div>",
        '<div class="ms-tableCell ms-verticalAlignTop"><div id="SearchBox" class="ms-mpSearchBox '
        'ms-floatRight"><input type="text" value="" maxlength="2048" title="Search..." id="ctl00_SearchBox_sbox" '
        'class="ms-textSmall ms-srch-sb-prompt ms-helperText" placeholder="Search this site"></div></div>',
        "</div></div></div>",
        '<div id="contentRow"><div id="sideNavBox" class="ms-dialogHidden ms-forceWrap ms-noList"><div '
        'id="DeltaPlaceHolderLeftNavBar" class="ms-core-navigation" role="navigation"><div '
        'id="ctl00_PlaceHolderLeftNavBar_QuickLaunchNavigationManager"><div id="zz3_V4QuickLaunchMenu" class=" '
        'noindex ms-core-listMenu-verticalBox"><ul id="zz4_RootAspMenu" class="root ms-core-listMenu-root static">'
        f"{quick}</ul></div></div></div></div>",
        '<div id="contentBox" aria-live="polite" aria-relevant="all"><div id="notificationArea" '
        'class="ms-notif-box"></div><div id="DeltaPageStatusBar"><div id="pageStatusBar"></div></div>',
        '<div id="DeltaPlaceHolderMain"><a id="mainContent" name="mainContent" tabindex="-1"></a>',
        '<div class="article article-left"><div class="article-header"><div class="date-line">04/03/2025</div>'
        '<div class="by-line">Stowick Marsh Safeguarding Adults Board (FICTIONAL)</div></div>',
        '<div class="article-content"><div id="ctl00_PlaceHolderMain_PageContent_label" style="display:none">Page '
        "Content</div>",
        '<div id="ctl00_PlaceHolderMain_PageContent__ControlWrapper_RichHtmlField" class="ms-rtestate-field" '
        'style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_PageContent_label">'
        + "".join(rich) + "</div>",
        '</div><div class="ms-clear"></div></div>',
        '<div style="display:none" id="hidZone"></div></div></div></div>',
        '<div id="footer" class="ms-dialogHidden"><ul class="footer-links"><li><a href="/accessibility">'
        'Accessibility</a></li><li><a href="/privacy">Privacy and cookies</a></li><li><a href="/contact">Contact '
        "us</a></li></ul><p>\u00a9 Stowick Marsh Council 2025 (FICTIONAL)</p></div>",
        "</div></div>",
        '<script type="text/javascript">//<![CDATA[\nvar _spFormDigestRefreshInterval = 1440000;'
        "WebForm_InitCallback();\n//]]>\n</script>",
        "</form>", '<span id="DeltaSPWebPartManager"></span>', "</body></html>", ""])
    path.write_text(page, encoding="utf-8")
    check_lengths(path.name, texts)
    check_count(path.name, result)
    # read back as a browser shows the rich text field: h2 ends a paragraph, "3.2" (zero-width spaces are nothing)
    # starts one, list items and unnumbered <p>s carry it on; the web part box is skipped
    from lxml import html as lhtml
    root = lhtml.fromstring(path.read_bytes())
    field = root.xpath('//div[contains(@class, "ms-rtestate-field")]')[0]
    got, cur = [], None
    for el in field.iter("h2", "p", "li"):
        if el.xpath('ancestor::div[contains(@class, "ms-rte-wpbox")]'):
            continue
        s = " ".join(el.text_content().replace(ZW, "").split())
        if el.tag == "h2":
            cur = None
            continue
        m = re.match(r"(\d+\.\d+) (.*)$", s)
        if m:
            cur = [m.group(1), m.group(2)]
            got.append(cur)
        elif s and cur is not None:
            cur[1] += " " + s
    want = [[d["label"], " ".join(t.split())] for d, t in zip(result, texts, strict=True)]
    if got != want:
        raise AssertionError(f"sp2013.html: read back {[g[0] for g in got]}")
    raw = [" ".join(el.text_content().split()) for el in field.iter("p")]
    if page.count(ZW) < 15 or page.count("&#8203;") < 4 or not any(s.startswith(ZW + "3." + ZW + "4") for s in raw) \
            or len(kinds) != 9:
        raise AssertionError("sp2013.html: zero-width spaces")
    return {
        "note": ("A safeguarding adults board's page on a council's SharePoint 2013 publishing site (an Article page "
                 "layout), saved from a browser: the master page's markup (s4-workspace, s4-titlerow, a top "
                 "navigation and a quick launch of <span class=\"menu-item-text\"> links, a search box, the "
                 "ASP.NET form with __REQUESTDIGEST and a long __VIEWSTATE, _spPageContextInfo in a script), the "
                 "date and by-line, and the report in the page's rich HTML field (<div class=\"ms-rtestate-field\">), "
                 "as SharePoint's rich text editor left it: nearly every block begins with a ZERO-WIDTH SPACE "
                 "(U+200B, as the character or as '&#8203;'); headings <h2 class=\"ms-rteElement-H2B\"> typed "
                 "'3. What happened' (no paragraphs); paragraphs <p class=\"ms-rteElement-P\"> with the number in "
                 "<strong> and '&#160;' before the text, some with U+200B between the number and the no-break "
                 "space (2.1), one unbolded (2.2), one in a theme-colour span (3.3), one whose number was bolded in "
                 "two goes with U+200B between them ('<strong>3.</strong>&#8203;<strong>4</strong>', shown as "
                 "'3.4'), one with the editor's empty range-cursor spans left inside its text (3.2); spacer "
                 "paragraphs holding only U+200B and <br>. Section 4 was pasted from an e-mail: Outlook's "
                 "<p class=\"MsoNormal\"><b><span lang=\"EN-GB\">4.1</span></b> ... <o:p></o:p></p> paragraphs and "
                 "empty <o:p>&#160;</o:p> ones inside SharePoint's <div class=\"ExternalClass...\"> wrapper. 2.3 is "
                 "a lead-in, a <ul> of three items and an unnumbered <p>: all its text. A Summary Links web part "
                 "('Related documents', a title <h2> and two links with descriptions) sits in the rich text between "
                 "sections 3 and 4 (<div class=\"ms-rtestate-read ms-rte-wpbox\">): no paragraph's text; neither "
                 "are the notice, the unnumbered introduction, navigation, title, dates, search and footer. "
                 "Zero-width spaces are no characters of any word. No pages (null)."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 5. utf16.txt: Word's "Save As > Plain Text" with the encoding "Unicode": UTF-16 little-endian, BOM, CRLF
# --------------------------------------------------------------------------
# items: n_words; ("ITEMS", n) a lead-in, three "a)" items and an unnumbered carry-on. Sections 2 and 3 open with a
# table (cells parted by tabs, one row a line)
TX_PLAN = [
    ("Introduction", [85, 95]),
    ("Contributors to the review", [90, 100]),
    ("Summary of events", [120, 115, 105]),
    ("Analysis", [125, ("ITEMS", 95), 110, 100]),
    ("Conclusions and recommendations", [90, 80]),
]
TX_ITEMS = ["the call to the police in January, when a neighbour heard shouting and a door being broken;",
            "the hospital visit in May, when Donna said that she had fallen down the stairs;",
            "the housing application in August, which gave his threats as the reason for wanting to move."]
TX_AGENCIES = [("Agency", "Contribution"), ("Marlbeck Cross Police", "Individual management review and chronology"),
               ("Gossiby medical practice", "Individual management review"),
               ("Leverthorpe housing trust", "Chronology"), ("Marlbeck Cross Women\u2019s Aid", "Chronology")]
TX_CHRONO = [("Date", "Event", "Agency"),
             ("14.01.23", "Neighbour calls the police about shouting at the flat", "Police"),
             ("02.03.23", "Donna tells her GP that she is not sleeping", "GP practice"),
             ("19.05.23", "Donna attends the emergency department with a wrist injury", "Hospital trust"),
             ("11.08.23", "Housing application citing threats from her partner", "Housing trust"),
             ("27.10.23", "Donna dies at her home", "\u2013")]
TX_GLOSSARY = [("DHR", "Domestic homicide review"), ("IDVA", "Independent domestic violence adviser"),
               ("IMR", "Individual management review"), ("MARAC", "Multi-agency risk assessment conference")]
TX_PREFACE = ("The members of the review panel and the Marlbeck Cross Community Safety Partnership offer their "
              "deepest sympathy to Donna\u2019s family and friends, and thank them for the time they gave to the "
              "review. Donna\u2019s mother chose the name used in this report.")
TX_TOC_PAGES = [3, 3, 4, 5, 7]


def make_utf16(out, pm):
    path = out / "utf16.txt"
    lines = ["Marlbeck Cross Community Safety Partnership (FICTIONAL)", "", "Domestic Homicide Review",
             "Overview Report into the death of Donna", "", FICT + ". " + INVENTED,
             "Independent Chair and Author: Ruth Abernethy (FICTIONAL)", "Report completed: October 2024",
             "Published: March 2025", "", "Contents", "Preface\t2"]
    lines += [f"{s_no}.\t{title}\t{pg}" for s_no, ((title, _i), pg) in enumerate(zip(TX_PLAN, TX_TOC_PAGES,
                                                                                          strict=True), 1)]
    lines += ["Glossary\t8", "Preface", TX_PREFACE]
    result, texts = [], []
    for s_no, (title, items) in enumerate(TX_PLAN, 1):
        lines.append(f"{s_no}.\t{title}")
        if s_no == 2:
            lines += ["\t".join(r) for r in TX_AGENCIES]
        if s_no == 3:
            lines.append("Table 1: key events")
            lines += ["\t".join(r) for r in TX_CHRONO]
        for p_no, it in enumerate(items, 1):
            kind, n_words = it if isinstance(it, tuple) else ("PLAIN", it)
            label = f"{s_no}.{p_no}"
            t = pm.make(n_words, "dhr")
            if kind == "ITEMS":
                a = t.rstrip(".") + ". The panel identified three missed opportunities:"
                b = pm.make(40, "dhr")
                lines.append(f"{label}\t{a}")
                lines += [f"{chr(97 + k)})\t{x}" for k, x in enumerate(TX_ITEMS)]
                lines.append(b)
                t = " ".join([a, *TX_ITEMS, b])
            else:
                lines.append(f"{label}\t{t}")
            texts.append(t)
            result.append(entry(label, None, t))
    lines += ["Glossary", *("\t".join(r) for r in TX_GLOSSARY), ""]
    data = "\ufeff" + "\r\n".join(lines)
    path.write_bytes(data.encode("utf-16-le"))
    check_lengths(path.name, texts)
    check_count(path.name, result)
    # read back: UTF-16 LE with its BOM, CRLF only; one line a Word paragraph; "3.2<tab>" starts a paragraph, a
    # heading "3.<tab>Title" or an unnumbered heading ends one; "a)" items and a plain line carry it on; table rows
    # (tabs), the contents and the preface belong to none
    raw = path.read_bytes()
    text = raw.decode("utf-16")
    if not raw.startswith(b"\xff\xfe") or raw[2:4] != b"M\x00" or re.search(r"(?<!\r)\n|\r(?!\n)", text):
        raise AssertionError("utf16.txt: encoding or line ends")
    got, cur = [], None
    body = text.split("\r\n")
    body = body[body.index("Preface", 12) + 2:]
    for ln in body:
        m = re.fullmatch(r"(\d+\.\d+)\t(.*)", ln)
        if m:
            cur = [m.group(1), m.group(2)]
            got.append(cur)
        elif re.fullmatch(r"\d+\.\t[^\t]+", ln) or ln == "Glossary" or (ln.count("\t") and not
                                                                        re.match(r"[a-z]\)\t", ln)):
            cur = None
        elif ln and cur is not None:
            cur[1] += " " + re.sub(r"^[a-z]\)\t", "", ln)
    want = [[d["label"], " ".join(t.split())] for d, t in zip(result, texts, strict=True)]
    if got != want:
        raise AssertionError(f"utf16.txt: read back {[g[0] for g in got]}")
    if len(re.findall(r"(?m)^\d+\.\t[^\t]+\t\d+\r?$", text)) != 5 or \
            len(re.findall(r"(?m)^\d\d\.\d\d\.\d\d\t", text)) != 5:
        raise AssertionError("utf16.txt: contents and chronology")
    return {
        "note": ("A domestic homicide review saved from Word with 'Save As' > 'Plain Text (*.txt)' and, in the "
                 "File Conversion dialog, the encoding 'Unicode': the file is UTF-16 LITTLE-ENDIAN with a byte "
                 "order mark (FF FE), every character two bytes (zero bytes between the ASCII letters), lines ended "
                 "by CR LF, no line breaks inserted: each Word paragraph is one line. Word writes automatic "
                 "numbers as text followed by a tab: paragraphs '3.2<TAB>The ...', headings '3.<TAB>Summary of "
                 "events' (no paragraphs), list items 'a)<TAB>...'. The title lines, the fictional notice, author "
                 "and dates, the 'Contents' (the TOC field's text: 'Preface<TAB>2', '1.<TAB>Introduction<TAB>3' ... "
                 "'Glossary<TAB>8') and an unnumbered 'Preface' with its paragraph come first; tables are written "
                 "one row a line with cells parted by tabs: the contributing agencies under '2. Contributors to "
                 "the review' and, under '3. Summary of events', a caption 'Table 1: key events' and a chronology "
                 "whose rows begin with dates typed '14.01.23'; a glossary table at the end. None of these is a "
                 "paragraph or a paragraph's text. 4.2 is a lead-in, three 'a)' 'b)' 'c)' items and an unnumbered "
                 "carry-on line: all its text. No pages (null)."),
        "paragraphs": result,
    }



def build(out):
    out = pathlib.Path(out)
    out.mkdir(parents=True, exist_ok=True)
    register_fonts()
    pm = ParaMaker()
    exp = {}
    exp["zhsummary.pdf"] = make_zhsummary(out, pm)
    exp["fullpage.pdf"] = make_fullpage(out, pm)
    exp["strict.docx"] = make_strict(out, pm)
    exp["sp2013.html"] = make_sp2013(out, pm)
    exp["utf16.txt"] = make_utf16(out, pm)
    allp = [p for v in exp.values() for p in v["paragraphs"]]
    for key in ("starts_with", "ends_with"):
        vals = [" ".join(norm(p[key])) for p in allp]
        if len(set(vals)) != len(vals):
            raise AssertionError("duplicate " + key)
    if not all(10 <= len(v["paragraphs"]) <= 25 for v in exp.values()):
        raise AssertionError("10 to 25 paragraphs a file")
    (out / "expected.json").write_text(json.dumps(exp, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return exp


def main(out: pathlib.Path, determinism: bool = True) -> dict:
    """Build and self-check into ``out``; with ``determinism``, build again elsewhere and compare the bytes."""
    out = pathlib.Path(out)
    exp = build(out)
    if determinism:
        with tempfile.TemporaryDirectory(prefix="blind33-determinism-") as td:
            build(pathlib.Path(td))
            names = [*exp, "expected.json"]
            diff = [nm for nm in names if (out / nm).read_bytes() != (pathlib.Path(td) / nm).read_bytes()]
            if diff:
                raise AssertionError(f"non-deterministic output: {diff}")
    return exp


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
