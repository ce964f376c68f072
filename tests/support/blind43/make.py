"""Blind fixture generator 43: five FICTIONAL review documents carrying artefacts of how files are produced and passed
around: a web page printed from a browser that leaves a paragraph number alone at the foot of a page, a draft
compared with its next draft in Word whose typed numbers were renumbered as revisions, a reply with comments inline
between quoted paragraphs (HTML and plain text), and a draft converted to Markdown by pandoc with its tracked changes
and comments kept.

FICTIONAL \u2013 for software testing. Run: python make.py [outdir] (a few seconds: everything is built twice and the
bytes compared). Needs reportlab (its canvas and its font folder: Arial metric Type 1 faces), lxml, pdfplumber and
markdown-it-py; no system fonts, no network. Every generator checks its own key with pdfplumber/lxml/markdown-it,
never with the project's parser.

splitnum.pdf    a child safeguarding practice review page on a partnership's website PRINTED FROM CHROME ("Save as
                PDF", Producer Skia/PDF, A4, default margins, headers and footers on): the browser's header (date and
                time at the left, the page title centred) and footer (the URL at the left, "2/6" at the right) on
                every page; page 1 also prints the site's name bar, breadcrumb and the page's <h1>; each paragraph is
                a flex row, a bold "2.3" in a narrow first column and the text in the second, headings "2. Background"
                in bold; because the number and the text are separate blocks and the text keeps orphans: 2, where
                only one line is left at a page's foot THE NUMBER IS PRINTED ALONE ON THE LAST LINE OF THE PAGE AND
                ITS TEXT STARTS AT THE TOP OF THE NEXT (2.3 and 6.1 in this build); elsewhere paragraphs run over
                pages in the usual way
compared.docx   a safeguarding adults review's SECOND DRAFT COMPARED WITH THE FIRST by Word's Compare Documents and
                saved as the comparison document (every revision by "Author", personal information removed): typed
                numbers "3.2" and a tab on a hanging indent, Heading 1 "3. What happened" typed too; a paragraph
                INSERTED in section 3 (w:ins round its runs and its paragraph mark), so every later number in the
                section is a REVISION: the old number deleted (w:del/w:delText "3.3") and the new one inserted
                (w:ins "3.4") at the start of the paragraph; a paragraph DELETED in section 4 (text and mark in
                w:del), so the later numbers there go down the same way; words deleted and inserted among some
                paragraphs' first and last words; page breaks before the chapters
replied.html    a domestic homicide review's sections 3 to 5 FORWARDED BY E-MAIL AND ANSWERED WITH COMMENTS INLINE in
                Thunderbird, the reply saved as HTML (File > Save As): Thunderbird's header tables (Subject, From,
                Date, To), the reply's opening lines, "On 02/04/2025 16:20, Tom Ashdown wrote:" (moz-cite-prefix),
                then the quoted message in <blockquote type="cite">: the sender's covering note, "-------- Forwarded
                Message --------" with its header table, bold section headings and paragraphs "3.2 The ..." typed
                in <p>s; the replier SPLIT THE BLOCKQUOTE to type blue comments "[RJ] ..." between paragraphs (four
                times) and ONCE IN THE MIDDLE OF A PARAGRAPH (its first half ends one blockquote in mid-sentence, the
                second half opens the next in lower case); a signature after the last quote
quoted.txt      a safeguarding adults review's section 2 to 4 quoted in a PLAIN-TEXT E-MAIL REPLY as a mail client
                saves it (File > Save As, Text): headers, the reply's covering lines and signature above the quote
                (top-posting and inline), "On 14/03/2025 09:12, Priya Nandra wrote:", then the earlier message with
                every line quoted "> ", paragraphs "2.3 The ..." wrapped at 72 characters, headings "> 3. What
                happened"; the replier's comments unquoted between quoted paragraphs and once between two quoted
                lines of a paragraph; where the sender's lines were longer than the replier's client allowed, the
                client RE-WRAPPED THEM: a quoted line broken in two, its last word or words on a line of their own
                WITHOUT the "> " (a "ragged quote" fragment, lower case, directly under the quoted line); an older
                message nested "> > " at the end
changes.md      a child safeguarding practice review's draft in Word converted to Markdown by PANDOC WITH
                --track-changes=all (pandoc's Markdown, lines wrapped at 72 columns): "# 2. Background" headings,
                paragraphs with typed numbers "2.3 The ..."; tracked insertions as [text]{.insertion author="Jo
                Quill" date="..."}, deletions as [text]{.deletion ...}, comments as [comment]{.comment-start id="0"
                author=... date=...}commented words[]{.comment-end id="0"}; a paragraph inserted whole (its
                paragraph mark a []{.paragraph-insertion ...} at its end) and, after it, the section's typed numbers
                renumbered as a deletion of the old number and an insertion of the new one; a paragraph deleted
                whole ([]{.paragraph-deletion ...}), numbers after it renumbered down; changes among paragraphs'
                first and last words

Judgement calls (what a practitioner citing the report would expect):
- the label is the paragraph number as printed without a trailing stop; where the number itself is a revision
  (compared.docx, changes.md) it is the ACCEPTED number (the inserted one, the deleted one dropped): the text "as
  if all changes were accepted" is what the review now says; a paragraph deleted whole is no paragraph; an inserted
  paragraph is one; tracked comments are no paragraph's text;
- a paragraph's text is its accepted text: insertions kept, deletions dropped;
- in e-mails, the quoted report's paragraphs are the paragraphs (with the "> " markers removed); the covering notes,
  header tables, "wrote:" lines, forwarded headers, signatures, the nested older message and the replier's inline
  comments are no paragraph's text; a comment typed between two lines (or two halves) of a quoted paragraph does not
  end it: its text is its two halves joined; a re-wrapped fragment line without "> " belongs to the quoted line above;
- splitnum.pdf: a paragraph's page is the page its NUMBER is printed on (as elsewhere), even where its number stands
  alone at the foot of a page and its text starts on the next; browser headers and footers, the site's name bar,
  breadcrumb, <h1> and headings are no paragraph's text; pages physical and 1-based;
- DOCX pages are counted from explicit breaks: page = 1 + the page breaks (<w:br w:type="page"/>) before the
  paragraph. HTML, text and Markdown: null.
"""
import os
import pathlib
import re
import sys

if __package__ in (None, ""):
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

    from blindkit import harness as _harness  # type: ignore
    from blindkit.draw import Layout, register_fonts, sw, wrap  # type: ignore
    from blindkit.keys import check_count, check_lengths, entry  # type: ignore
    from blindkit.markup import SECT_A4, hesc, xesc  # type: ignore
    from blindkit.pdfread import pdf_pages, words_of  # type: ignore

    _text = _harness.load(__file__, "blind43_text", "text.py")
    _b36 = _harness.load(__file__, "blind36_make", "..", "blind36", "make.py")
else:
    from ..blind36 import make as _b36
    from ..blindkit import harness as _harness
    from ..blindkit.draw import Layout, register_fonts, sw, wrap
    from ..blindkit.keys import check_count, check_lengths, entry
    from ..blindkit.markup import SECT_A4, hesc, xesc
    from ..blindkit.pdfread import pdf_pages, words_of
    from . import text as _text

ParaMaker, contains_seq, norm = _text.ParaMaker, _text.contains_seq, _text.norm
W_NS, XML_HEAD, WP_NS, BRK = _b36.W_NS, _b36.XML_HEAD, _b36.WP_NS, _b36.BRK
wp, wr, docx_package, styles_xml = _b36.wp, _b36.wr, _b36.docx_package, _b36.styles_xml

FICT = "FICTIONAL \u2013 for software testing"
INVENTED = "Every person, place and service named here is invented."
A, AB = "ArialMT", "Arial-BoldMT"
T1_FACES = {A: "_a______", AB: "_ab_____"}


def texts_for(pm, plan, kind):
    """[(section number, title, [(label, text)])] from a plan of word counts."""
    out = []
    for sec, title, sizes in plan:
        out.append((sec, title, [(f"{sec}.{k}", pm.make(n, kind)) for k, n in enumerate(sizes, 1)]))
    return out


def old_number(sec, k, inserted, deleted_after):
    """The earlier draft's number of paragraph ``k`` of section ``sec``, where the later draft has ``inserted`` whole
    (the numbers after it went up) and deleted the paragraph after ``deleted_after`` (the numbers after it went
    down); None where the number did not change."""
    for label, step in ((inserted, -1), (deleted_after, 1)):
        s, n = label.split(".")
        if sec == s and k > int(n):
            return f"{sec}.{k + step}"
    return None


# --------------------------------------------------------------------------
# 1. splitnum.pdf: a web page printed from Chrome, numbers left alone at a page's foot
# --------------------------------------------------------------------------
SN_PLAN = [
    ("1", "Introduction", [70, 85]),
    ("2", "Background", [95, 80, 105]),
    ("3", "What happened", [110, 90, 120, 85, 100]),
    ("4", "Analysis", [115, 95, 105, 90]),
    ("5", "Learning", [85, 75, 90, 110]),
    ("6", "Recommendations", [95, 105, 80]),
    ("7", "Next steps", [90, 100]),
]
SN_L, SN_XT, SN_R = 60.0, 98.0, 470.0
SN_FS, SN_LEAD, SN_TOP, SN_BOTTOM = 11.0, 16.5, 805.0, 42.0


def sn_layout(secs, head0, gap, hgap=24.0):
    """Pure layout: per paragraph (number (page, baseline), [(page, baseline, line)]), headings [(page, y, s)]."""
    meas = lambda s: sw(s, A, SN_FS)  # noqa: E731
    page, cur = 1, SN_TOP - head0
    heads, paras, splits = [], [], []
    for sec, title, items in secs:
        # a heading keeps with the next block (break-after: avoid): heading, number and two lines
        if cur - hgap - 18 - 2 * SN_LEAD < SN_BOTTOM:
            page, cur = page + 1, SN_TOP
        cur -= 0 if cur == SN_TOP else hgap
        heads.append((page, cur - 14, f"{sec}. {title}"))
        cur -= 20
        for label, t in items:
            lines = wrap(t.split(), SN_R - SN_XT, meas)
            g = 0 if cur == SN_TOP else gap
            if cur - g - SN_LEAD < SN_BOTTOM:  # not even the number's line fits
                page, cur, g = page + 1, SN_TOP, 0
            cur -= g
            num = (page, cur - SN_LEAD * 0.78)
            rows = []
            if cur - 2 * SN_LEAD < SN_BOTTOM:  # orphans: 2 for the text block; the number's block stays
                page, cur = page + 1, SN_TOP
                splits.append(label)
            for k, ln in enumerate(lines):
                if cur - SN_LEAD < SN_BOTTOM:
                    # widows: 2
                    if k == len(lines) - 1 and k >= 2 and rows[-1][0] == page:
                        rows.pop()
                        cur += SN_LEAD
                        page, cur = page + 1, SN_TOP
                        rows.append((page, cur - SN_LEAD * 0.78, " ".join(lines[k - 1])))
                        cur -= SN_LEAD
                    else:
                        page, cur = page + 1, SN_TOP
                rows.append((page, cur - SN_LEAD * 0.78, " ".join(ln)))
                cur -= SN_LEAD
            paras.append((label, t, num, rows))
    return heads, paras, splits


def make_splitnum(out, pm):
    path = out / "splitnum.pdf"
    secs = texts_for(pm, SN_PLAN, "child")
    best = None
    # the page-1 header's height and the margins as the site's CSS gives them: the first that splits twice
    for head0, gap, hgap in ((h, g / 2, hg) for h in range(120, 200, 4) for g in range(16, 28)
                             for hg in (18, 21, 24, 27)):
        heads, paras, splits = sn_layout(secs, head0, gap, hgap)
        if len(splits) >= 2 and len({p[2][0] for p in paras if p[0] in splits}) == len(splits):
            best = (head0, gap, hgap)
            break
    assert best, "no layout with two numbers alone at a page's foot"
    heads, paras, splits = sn_layout(secs, *best)
    npages = max(r[0] for p in paras for r in p[3])
    lay = Layout()
    for _ in range(npages):
        lay.new_page()
    grey = (0.2, 0.2, 0.2)
    for k in range(1, npages + 1):  # Chrome's header and footer, Helvetica-like 8 pt in the margins
        lay.text(20, 822, "04/06/2025, 10:42", A, 8, grey, page=k)
        t = _text.SN_TITLE
        lay.text((595.28 - sw(t, A, 8)) / 2, 822, t, A, 8, grey, page=k)
        lay.text(20, 14, _text.SN_URL, A, 8, grey, page=k)
        s = f"{k}/{npages}"
        lay.text(575 - sw(s, A, 8), 14, s, A, 8, grey, page=k)
    lay.rect(SN_L - 10, SN_TOP - 40, SN_R - SN_L + 20, 34, (0.05, 0.27, 0.35), page=1)
    lay.text(SN_L, SN_TOP - 28, _text.SN_SITE + " (FICTIONAL)", AB, 13, (1, 1, 1), page=1)
    lay.text(SN_L, SN_TOP - 58, "Home  >  Reviews  >  Baby Ren", A, 9, (0.1, 0.3, 0.6), page=1)
    lay.text(SN_L, SN_TOP - 88, "Child Safeguarding Practice Review: Baby Ren", AB, 17, (0, 0, 0), page=1)
    lay.text(SN_L, SN_TOP - 106, f"Published 2 June 2025. {FICT}. {INVENTED}", A, 9, (0.3, 0.3, 0.3), page=1)
    for pg, y, s in heads:
        lay.text(SN_L, y, s, AB, 13, (0.05, 0.27, 0.35), page=pg)
    result, labels = [], []
    for label, t, (npg, ny), rows in paras:
        lay.text(SN_L, ny, label, AB, SN_FS, page=npg)
        for pg, y, s in rows:
            lay.text(SN_XT, y, s, A, SN_FS, page=pg)
        result.append(entry(label, npg, t))
        labels.append((label, npg, ny, rows[0][0], rows[-1][0]))
    lay.render(path, {"Title": _text.SN_TITLE, "Creator": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) "
                      "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
                      "Producer": "Skia/PDF m125", "Subject": FICT})
    # read back with pdfplumber
    pages = pdf_pages(path)
    body = lambda c: 30 < c["matrix"][5] < 815  # noqa: E731
    pw = [words_of(p, body) for p in pages]
    for d, (label, npg, ny, tpg, epg) in zip(result, labels, strict=True):
        chars = sorted((c for c in pages[npg - 1] if abs(c["matrix"][5] - ny) < 0.05 and c["x0"] < SN_XT - 5),
                       key=lambda c: c["x0"])
        if "".join(c["text"] for c in chars) != label:
            raise AssertionError(f"splitnum.pdf: label {label}")
        alone = not [c for c in pages[npg - 1] if abs(c["matrix"][5] - ny) < 0.05 and c["x0"] >= SN_XT - 1]
        if alone != (label in splits) or (tpg != npg) != alone:
            raise AssertionError(f"splitnum.pdf: split of {label}")
        if not contains_seq(pw[tpg - 1], norm(d["starts_with"])):
            raise AssertionError(f"splitnum.pdf: starts_with of {label}")
        if not contains_seq(pw[epg - 1], norm(d["ends_with"])):
            raise AssertionError(f"splitnum.pdf: ends_with of {label}")
    check_count("splitnum.pdf", result)
    check_lengths("splitnum.pdf", [t for _, _, its in secs for _, t in its])
    return {
        "note": ("A child safeguarding practice review's web page PRINTED FROM CHROME ('Save as PDF', Producer "
                 "Skia/PDF): the browser's header (date and time, page title) and footer (URL, 'N/M') on every page; "
                 "page 1 prints the site's name bar, breadcrumb, <h1> and a publication line; each paragraph a flex "
                 "row, a bold number ('2.3') in a narrow first column and the text in the second; bold headings "
                 "'2. Background'. The number and the text are separate blocks and the text keeps orphans: 2, so "
                 "where one line is left at a page's foot the NUMBER STANDS ALONE ON THE PAGE'S LAST LINE and its "
                 "text starts at the top of the next page (" + ", ".join(splits) + "). A paragraph's page is the "
                 "page its number is printed on. Browser header and footer, name bar, breadcrumb and headings are "
                 "no paragraph's text. Pages are physical, 1-based."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 2. compared.docx: Word's Compare Documents, typed numbers renumbered as revisions
# --------------------------------------------------------------------------
CP_PLAN = [
    ("1", "Introduction", [75, 85]),
    ("2", "Mr Tarrant", [100, 90]),
    ("3", "What happened", [110, 95, 105, 90, 100]),
    ("4", "Analysis", [105, 115, 95, 100]),
    ("5", "Conclusions", [90, 80]),
]
CP_INS = "3.2"          # inserted whole in the second draft
CP_DEL_AFTER = "4.1"    # the first draft's next paragraph (its 4.2) was deleted whole
CP_OLD_WORDS = ["clearly", "then", "also", "apparently"]
CP_STYLES = styles_xml("Arial", (
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="ParaNumbered"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="200"/>'
    '<w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="2F5496"/><w:sz w:val="28"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="ParaNumbered"><w:name w:val="Para Numbered"/>'
    '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs>'
    '<w:ind w:left="720" w:hanging="720"/><w:jc w:val="both"/></w:pPr></w:style>'))
CP_NUMBERING = XML_HEAD + f"<w:numbering {WP_NS}/>"


class Revs:
    def __init__(self):
        self.n = 0

    def attrs(self):
        self.n += 1
        return f'w:id="{self.n}" w:author="Author" w:date="2025-03-10T11:{self.n % 60:02d}:00Z"'

    def ins(self, runs):
        return f"<w:ins {self.attrs()}>{runs}</w:ins>"

    def dele(self, s):
        return f'<w:del {self.attrs()}><w:r><w:delText xml:space="preserve">{xesc(s)}</w:delText></w:r></w:del>'


def make_compared(out, pm):
    path = out / "compared.docx"
    secs = texts_for(pm, CP_PLAN, "adult")
    gone = pm.make(95, "adult")
    rv = Revs()
    tab = "<w:r><w:tab/></w:r>"
    body = [wp(wr(_text.CP_TITLE), "Title"), wp(wr(_text.CP_BOARD)),
            wp(wr("Second draft compared with first draft, 10 March 2025")), wp(wr(f"{FICT}. {INVENTED}"))]
    result, texts, pages, changed = [], [], 1, []
    oldw = iter(CP_OLD_WORDS * 4)
    for si, (sec, title, items) in enumerate(secs):
        body.append(BRK)
        pages += 1
        body.append(wp(wr(f"{sec}. {title}"), "Heading1"))
        for k, (label, t) in enumerate(items, 1):
            if label == CP_INS:
                runs = rv.ins(wr(label) + tab + wr(t))
                body.append(wp(runs, "ParaNumbered", f"<w:rPr><w:ins {rv.attrs()}/></w:rPr>"))
            else:
                old = old_number(sec, k, CP_INS, CP_DEL_AFTER)
                num = (rv.dele(old) + rv.ins(wr(label))) if old else wr(label)
                w = t.split()
                if (si + k) % 2 == 0:  # a word of the first draft deleted among the first eight
                    runs = wr(" ".join(w[:3]) + " ") + rv.dele(next(oldw) + " ") + wr(" ".join(w[3:-3]) + " ") \
                        + rv.ins(wr(" ".join(w[-3:-1]) + " ")) + wr(w[-1])
                    changed.append(label)
                else:
                    runs = wr(t)
                body.append(wp(num + tab + runs, "ParaNumbered"))
            result.append(entry(label, pages, t))
            texts.append(t)
            if label == CP_DEL_AFTER:
                runs = rv.dele("4.2") + f'<w:del {rv.attrs()}><w:r><w:tab/></w:r></w:del>' + rv.dele(gone)
                body.append(wp(runs, "ParaNumbered", f"<w:rPr><w:del {rv.attrs()}/></w:rPr>"))
    doc = XML_HEAD + f'<w:document {WP_NS}><w:body>' + "".join(body) + SECT_A4 + "</w:body></w:document>"
    docx_package(path, doc, CP_STYLES, CP_NUMBERING, f"{_text.CP_TITLE} \u2013 comparison", _text.CP_TITLE,
                 "Lathbury Council (FICTIONAL)", pages, sum(len(t.split()) for t in texts), (2025, 3, 10, 11, 40, 0))
    # read back with lxml: the text as if every change were accepted
    import zipfile

    from lxml import etree
    W = "{%s}" % W_NS  # noqa: UP031
    root = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    got, page = [], 1
    for p in root.iter(W + "p"):
        if p.find(f".//{W}br[@{W}type='page']") is not None:
            page += 1
            continue
        if p.find(f"{W}pPr/{W}rPr/{W}del") is not None:
            continue
        s = "".join((" " if el.tag == W + "tab" else el.text or "") for el in p.iter(W + "t", W + "tab")
                    if not any(a.tag == W + "del" for a in el.iterancestors()))
        m = re.match(r"(\d+\.\d+)\s+(.*)", s)
        if m and (p.find(f"{W}pPr/{W}pStyle") is None or p.find(f"{W}pPr/{W}pStyle").get(W + "val") != "Heading1"):
            got.append((m.group(1), page, m.group(2)))
    if got != [(d["label"], d["page"], t) for d, t in zip(result, texts, strict=True)]:
        raise AssertionError("compared.docx: accepted text read back differently")
    if len(root.findall(f".//{W}delText")) < 8 or len(changed) < 5:
        raise AssertionError("compared.docx: too few revisions")
    check_count("compared.docx", result)
    check_lengths("compared.docx", texts)
    return {
        "note": ("A safeguarding adults review's SECOND DRAFT COMPARED WITH THE FIRST by Word's Compare Documents, "
                 "saved as the comparison document (every revision by 'Author'). Typed numbers '3.2' and a tab on a "
                 "hanging indent; typed headings. Paragraph " + CP_INS + " was INSERTED (w:ins round its runs and "
                 "its paragraph mark), so the later numbers in section 3 are revisions: the old number deleted "
                 "(w:delText '3.3') and the new one inserted ('3.4'); the first draft's 4.2 was DELETED whole (text "
                 "and mark in w:del), so the later numbers in section 4 go down the same way. Words deleted among "
                 "the first eight and inserted among the last of " + ", ".join(changed) + ". Labels and texts are "
                 "as if every change were accepted; the deleted paragraph is no paragraph. Page = 1 + page breaks "
                 "before the paragraph (one before each chapter)."),
        "paragraphs": result,
    }


def split_at(t):
    """``t`` cut in mid-sentence past its middle: the second half opens in lower case."""
    w = t.split()
    for i in range(len(w) // 2, len(w) - 8):
        if w[i - 1][-1].isalpha() and w[i][0].islower() and i >= 10:
            return " ".join(w[:i]), " ".join(w[i:])
    raise AssertionError("no place to cut " + t[:40])


# --------------------------------------------------------------------------
# 3. replied.html: a Thunderbird reply with comments inline, saved as HTML
# --------------------------------------------------------------------------
RP_PLAN = [("3", "What happened", [100, 90, 110, 95, 85, 105]), ("4", "Analysis", [115, 100, 105, 90, 95]),
           ("5", "Conclusions", [85, 80, 90, 75])]
RP_AFTER = {"3.2": 0, "3.4": 1, "4.3": 2, "5.1": 3}
RP_MID = "4.1"


def make_replied(out, pm):
    path = out / "replied.html"
    secs = texts_for(pm, RP_PLAN, "dhr")
    cite = '<blockquote type="cite" cite="mid:8c41f0aa-2b7e-4d19-9f3e-5d0c7e1a2b44@haverleigh-csp.example">'
    blue = '<p><span style="color:#1f4e79">%s</span><br>\n  </p>'
    html = ['<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; '
            f'charset=UTF-8">\n    <title>{hesc(_text.RP_SUBJECT)}</title>\n  </head>\n  <body>\n'
            '    <table class="moz-header-part1 moz-main-header" width="100%" cellspacing="0" cellpadding="0" '
            'border="0"><tbody>\n'
            f'      <tr><td><div class="moz-header-display-name">Subject: </div>{hesc(_text.RP_SUBJECT)}</td></tr>\n'
            f'      <tr><td><div class="moz-header-display-name">From: </div>{hesc(_text.RP_FROM)}</td></tr>\n'
            '      <tr><td><div class="moz-header-display-name">Date: </div>03/04/2025, 09:57</td></tr>\n'
            '    </tbody></table>\n    <table class="moz-header-part2 moz-main-header" width="100%" cellspacing="0" '
            'cellpadding="0" border="0"><tbody>\n'
            f'      <tr><td><div class="moz-header-display-name">To: </div>{hesc(_text.RP_TO)}</td></tr>\n'
            '    </tbody></table><br>\n'
            '    <div class="moz-text-html" lang="x-unicode">\n  <p>Hi Tom,</p>\n  <p>Thanks for sending these. My '
            'comments are inline below in blue. Otherwise I am happy for the panel to sign the sections off on '
            f'Thursday.</p>\n  <p>Rosa</p>\n  <p><i>{FICT}. {INVENTED}</i></p>\n'
            '  <div class="moz-cite-prefix">On 02/04/2025 16:20, Tom Ashdown wrote:<br>\n  </div>\n  ' + cite + '\n'
            '    <p>Rosa, sections 3 to 5 of the Ottery review as the chair sent them round are below. Could you '
            'let me have any comments by Friday?</p>\n    <p>Tom</p>\n'
            '    <div class="moz-forward-container"><br>\n      -------- Forwarded Message --------\n'
            '      <table class="moz-email-headers-table" cellspacing="0" cellpadding="0" border="0"><tbody>\n'
            '        <tr><th valign="BASELINE" nowrap="nowrap" align="RIGHT">Subject: </th><td>DHR Ms Ottery - '
            'sections 3 to 5</td></tr>\n        <tr><th valign="BASELINE" nowrap="nowrap" align="RIGHT">Date: </th>'
            '<td>Wed, 2 Apr 2025 15:02:11 +0100</td></tr>\n        <tr><th valign="BASELINE" nowrap="nowrap" '
            'align="RIGHT">From: </th><td>Independent Chair &lt;chair@haverleigh-csp.example&gt;</td></tr>\n'
            '      </tbody></table><br>\n']
    result, texts, quotes = [], [], 0
    for sec, title, items in secs:
        html.append(f"      <p><b>{sec}. {hesc(title)}</b></p>\n")
        for label, t in items:
            texts.append(t)
            result.append(entry(label, None, t))
            if label == RP_MID:
                a, b = split_at(t)
                html.append(f"      <p>{label} {hesc(a)}</p>\n    </div>\n  </blockquote>\n  "
                            + blue % hesc(_text.RP_MID) + f"\n  {cite}\n    <div class=\"moz-forward-container\">"
                            f"\n      <p>{hesc(b)}</p>\n")
                quotes += 1
                continue
            html.append(f"      <p>{label} {hesc(t)}</p>\n")
            if label in RP_AFTER:
                html.append("    </div>\n  </blockquote>\n  " + blue % hesc(_text.RP_COMMENTS[RP_AFTER[label]])
                            + f"\n  {cite}\n    <div class=\"moz-forward-container\">\n")
                quotes += 1
    html.append("      <p>Independent Chair<br>Haverleigh Community Safety Partnership (FICTIONAL)</p>\n    </div>\n"
                "  </blockquote>\n  <p>-- <br>Rosa Jellicoe<br>Domestic Abuse Lead, Haverleigh (FICTIONAL)</p>\n"
                "</div>\n  </body>\n</html>\n")
    path.write_text("".join(html), encoding="utf-8")
    # read back with lxml.html: the quoted <p>s, a blockquote opening in lower case continuing the last paragraph
    import lxml.html
    doc = lxml.html.fromstring(path.read_bytes())
    got = []
    bqs = doc.xpath("//blockquote[@type='cite']")
    for bq in bqs:
        for i, p in enumerate(bq.xpath(".//p")):
            s = " ".join(p.text_content().split())
            m = re.match(r"(\d+\.\d+) (.*)", s)
            if m:
                got.append([m.group(1), m.group(2)])
            elif i == 0 and s[:1].islower() and got:
                got[-1][1] += " " + s
    if got != [[d["label"], t] for d, t in zip(result, texts, strict=True)] or len(bqs) != quotes + 1:
        raise AssertionError(f"replied.html: read back {[g[0] for g in got]}")
    check_count("replied.html", result)
    check_lengths("replied.html", texts)
    return {
        "note": ("A domestic homicide review's sections 3 to 5 FORWARDED BY E-MAIL AND ANSWERED WITH COMMENTS INLINE "
                 "in Thunderbird, saved as HTML: Thunderbird's header tables, the reply's opening lines, the "
                 "moz-cite-prefix 'On 02/04/2025 16:20, Tom Ashdown wrote:', then <blockquote type=\"cite\"> with "
                 "the covering note, the forwarded message's header table, bold section headings and paragraphs "
                 "'3.2 The ...' in <p>s. The replier split the blockquote to type blue '[RJ]' comments after "
                 + ", ".join(RP_AFTER) + " and once in the middle of " + RP_MID + " (its first half ends one "
                 "blockquote in mid-sentence, the second half opens the next in lower case: one paragraph, halves "
                 "joined). Comments, headers, notes and signatures are no paragraph's text. No pages (null)."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 4. quoted.txt: a plain-text reply quoting the report "> ", with ragged re-wrapped lines
# --------------------------------------------------------------------------
QT_PLAN = [("2", "Background", [90, 100, 85, 80]), ("3", "What happened", [110, 95, 105, 100, 90]),
           ("4", "Analysis", [100, 115, 90, 95, 85, 105])]
QT_AFTER = {"2.2": 0, "3.1": 1, "3.4": 2, "4.2": 3}
QT_MID = "3.3"
QT_RAGGED = ("2.3", "3.2", "4.1", "4.4")


def qt_lines(label, t):
    """The sender's lines for a paragraph, quoted; for QT_RAGGED ones, longer than the replier's client allowed, so
    each quoted line over 76 characters is broken and its tail stands on a line without "> "."""
    width = 80 if label in QT_RAGGED else 70
    lines = [" ".join(ln) for ln in wrap(f"{label} {t}".split(), width, len)]
    out = []
    for ln in lines:
        q = "> " + ln
        if len(q) > 76:
            cut = q.rfind(" ", 0, 76)
            out += [q[:cut], q[cut + 1:]]
        else:
            out.append(q)
    return out


def make_quoted(out, pm):
    path = out / "quoted.txt"
    secs = texts_for(pm, QT_PLAN, "adult")
    L = ["From: Dana Fenwick <dana.fenwick@brackmoor-sab.example>",
         "To: Priya Nandra <priya.nandra@brackmoor-sab.example>",
         "Subject: Re: SAR Mr Ellery - final draft sections 2 to 4",
         "Date: Fri, 14 Mar 2025 16:40:05 +0000", "",
         "Hi Priya,", "",
         "Thanks - a few comments inline below. I am happy with section 4 as it stands.", "",
         "Dana", "", "--", "Dana Fenwick, Business Manager, Brackmoor Safeguarding Adults Board (FICTIONAL)",
         f"{FICT}. {INVENTED}", "",
         "On 14/03/2025 09:12, Priya Nandra wrote:",
         "> Dana,", ">",
         "> The final draft of sections 2 to 4 of the Ellery review is below, as the",
         "> panel agreed it on Tuesday. The chair's note is underneath.", ">"]
    result, texts, ragged = [], [], 0
    for sec, title, items in secs:
        L += [f"> {sec}. {title}", ">"]
        for label, t in items:
            texts.append(t)
            result.append(entry(label, None, t))
            ql = qt_lines(label, t)
            ragged += sum(1 for q in ql if not q.startswith(">"))
            if label == QT_MID:
                k = len(ql) // 2
                ql = [*ql[:k], "", _text.QT_MID, "", *ql[k:]]
            L += ql
            L.append(">")
            if label in QT_AFTER:
                L += ["", _text.QT_COMMENTS[QT_AFTER[label]], "", ">"]
    L += ["> Priya", ">", "> On 11/03/2025 17:25, Independent Chair wrote:",
          "> > Priya, please circulate sections 2 to 4 to the board business manager",
          "> > before Friday. Paragraphs 3.2 and 4.1 were changed at the panel.", "> >", "> > Thanks", ""]
    path.write_bytes("\r\n".join(L).encode("utf-8"))
    # read back: quoted lines ("> ", not "> > "), fragments directly under a quoted line, comments ignored
    lines = path.read_bytes().decode("utf-8").split("\r\n")
    paras, cur, prevq = [], None, False
    for ln in lines:
        if ln.startswith("> >"):
            prevq = False
            continue
        if ln.startswith(">"):
            s = ln[1:].strip()
            if not s:
                cur = None
            elif re.match(r"\d+\.\d+ ", s):
                cur = [s.split()[0], s.split(" ", 1)[1]]
                paras.append(cur)
            elif cur is not None:
                cur[1] += " " + s
            prevq = bool(s)
        elif ln.strip() and prevq and cur is not None:  # a re-wrapped fragment
            cur[1] += " " + ln.strip()
        else:
            prevq = False
    if paras != [[d["label"], t] for d, t in zip(result, texts, strict=True)] or ragged < 6:
        raise AssertionError(f"quoted.txt: read back {[p[0] for p in paras]}, {ragged} fragments")
    check_count("quoted.txt", result)
    check_lengths("quoted.txt", texts)
    return {
        "note": ("A safeguarding adults review's sections 2 to 4 quoted in a PLAIN-TEXT E-MAIL REPLY saved as text "
                 "(UTF-8, CRLF): headers, the reply's lines and signature above, 'On 14/03/2025 09:12, Priya Nandra "
                 "wrote:', then every line of the earlier message quoted '> ', headings '> 3. What happened', "
                 "paragraphs '2.3 The ...'. The replier's comments stand unquoted between quoted paragraphs (after "
                 + ", ".join(QT_AFTER) + ") and once between two quoted lines of " + QT_MID + " (it does not end "
                 "it). In " + ", ".join(QT_RAGGED) + " the sender's lines were longer than the replier's client "
                 "allowed: each such quoted line is broken in two, its tail on a line of its own WITHOUT '> ' "
                 "directly under it (part of the paragraph). A nested '> > ' older message at the end. Comments, "
                 "headers, signatures and the nested message are no paragraph's text. No pages (null)."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 5. changes.md: pandoc --track-changes=all Markdown of a Word draft
# --------------------------------------------------------------------------
CH_PLAN = [("1", "Introduction", [70, 80]), ("2", "Background", [95, 105, 90, 100, 85]),
           ("3", "What happened", [110, 100, 95, 105, 90]), ("4", "Learning", [90, 85, 95, 80])]
CH_INS = "2.2"        # inserted whole; 2.3 and 2.4 renumbered up
CH_DEL_AFTER = "3.1"  # the draft's 3.2 deleted whole; 3.2 to 3.3 renumbered down
CH_OLD = ["recently", "also", "then", "in fact", "again"]


def ch_attr(kind, k, extra=""):
    who = _text.CH_AUTHORS[k % 2]
    return f'{{.{kind}{extra} author="{who}" date="2025-02-{11 + k % 9:02d}T10:{k % 60:02d}:00Z"}}'


def ch_wrap(atoms, width=72):
    lines, cur = [], ""
    for a in atoms:
        if cur and len(cur) + 1 + len(a) > width:
            lines.append(cur)
            cur = a
        else:
            cur = f"{cur} {a}" if cur else a
    return [*lines, cur]


def make_changes(out, pm):
    path = out / "changes.md"
    secs = texts_for(pm, CH_PLAN, "child")
    gone = pm.make(85, "child")
    md = ["**Child Safeguarding Practice Review: Child M**", "",
          "**Ellersby Safeguarding Children Partnership (FICTIONAL) \u2013 draft 3**", "",
          f"*{FICT}. {INVENTED}*", ""]
    result, texts, n, comments = [], [], 0, 0
    old_words = iter(CH_OLD * 5)
    for sec, title, items in secs:
        md += [f"# {sec}. {title}", ""]
        for k, (label, t) in enumerate(items, 1):
            n += 1
            texts.append(t)
            result.append(entry(label, None, t))
            w = t.split()
            if label == CH_INS:
                atoms = ["[" + label, *w[:-1], w[-1] + "]" + ch_attr("insertion", n)
                         + "[]" + ch_attr("paragraph-insertion", n + 1)]
            else:
                old = old_number(sec, k, CH_INS, CH_DEL_AFTER)
                num = (f"[{old}]" + ch_attr("deletion", n) + f"[{label}]" + ch_attr("insertion", n)) if old \
                    else label
                if n % 3 == 0:  # a deleted word among the first eight, inserted words among the last six
                    dw = next(old_words).split()
                    atoms = [num, w[0], w[1], "[" + dw[0]] + dw[1:-1] + ([dw[-1]] if len(dw) > 1 else [])
                    atoms[-1] += "]" + ch_attr("deletion", n + 2)
                    atoms += [*w[2:-3], "[" + w[-3], w[-2] + "]" + ch_attr("insertion", n + 3), w[-1]]
                elif n % 3 == 1 and comments < 3:  # a comment round three words in the middle
                    c = _text.CH_COMMENTS[comments]
                    i = len(w) // 2
                    cw = c.split()
                    atoms = [num, *w[:i], "[" + cw[0], *cw[1:-1],
                             cw[-1] + "]" + ch_attr("comment-start", n, f' id="{comments}"')
                             + w[i], w[i + 1], w[i + 2] + "[]" + f'{{.comment-end id="{comments}"}}', *w[i + 3:]]
                    comments += 1
                else:
                    atoms = [num, *w]
            md += [*ch_wrap(atoms), ""]
            if label == CH_DEL_AFTER:
                gw = gone.split()
                md += [*ch_wrap(["[3.2", *gw[:-1], gw[-1] + "]" + ch_attr("deletion", n + 5)
                                 + "[]" + ch_attr("paragraph-deletion", n + 6)]), ""]
    path.write_text("\n".join(md), encoding="utf-8")
    # read back with markdown-it: paragraphs' inline text, every change accepted
    from markdown_it import MarkdownIt
    toks = MarkdownIt("commonmark").parse(path.read_text(encoding="utf-8"))
    got = []
    for i, tk in enumerate(toks):
        if tk.type != "inline" or toks[i - 1].type != "paragraph_open":
            continue
        s = tk.content
        s = re.sub(r"\[[^\]]*\]\{\.comment-start[^}]*\}", " ", s)
        s = re.sub(r"\[\]\{[^}]*\}", " ", s)
        s = re.sub(r"\[[^\]]*\]\{\.deletion[^}]*\}", " ", s)
        s = re.sub(r"\[([^\]]*)\]\{\.insertion[^}]*\}", r"\1", s)
        s = " ".join(s.split())
        m = re.match(r"(\d+\.\d+) (.*)", s)
        if m:
            got.append([m.group(1), m.group(2)])
        elif s and not s.startswith(("*", "**")):
            raise AssertionError("changes.md: stray paragraph " + s[:40])
    if got != [[d["label"], t] for d, t in zip(result, texts, strict=True)] or comments != 3:
        raise AssertionError(f"changes.md: read back {[g[0] for g in got]}")
    check_count("changes.md", result)
    check_lengths("changes.md", texts)
    return {
        "note": ("A child safeguarding practice review's Word draft converted by PANDOC WITH --track-changes=all "
                 "(pandoc Markdown, wrapped at 72 columns): '# 2. Background' headings, typed numbers '2.3 The ...'; "
                 "insertions [text]{.insertion author=... date=...}, deletions [text]{.deletion ...}, comments "
                 "[comment]{.comment-start id=...}words[]{.comment-end id=...}. " + CH_INS + " was inserted whole "
                 "([]{.paragraph-insertion} at its end), and the later typed numbers of section 2 are renumbered as "
                 "'[2.2]{.deletion}[2.3]{.insertion}'; the draft's 3.2 was deleted whole ([]{.paragraph-deletion}) "
                 "and the later numbers of section 3 go down the same way. Labels and texts are as if every change "
                 "were accepted (insertions kept, deletions and comments dropped); the deleted paragraph is no "
                 "paragraph. No pages (null)."),
        "paragraphs": result,
    }


def build(out):
    register_fonts(T1_FACES)
    return _harness.build_files(out, ParaMaker(), {
        "splitnum.pdf": make_splitnum, "compared.docx": make_compared, "replied.html": make_replied,
        "quoted.txt": make_quoted, "changes.md": make_changes})


def main(out: pathlib.Path, determinism: bool = True) -> dict:
    """Build and self-check into ``out``; with ``determinism``, build again elsewhere and compare the bytes."""
    return _harness.build_checked(build, out, "blind43-determinism-", determinism)


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
