"""Blind fixture generator 58: five FICTIONAL review documents AS PRESERVED IN AND RETRIEVED FROM ARCHIVES, each with
the traps such copies really have: a partnership's review page as a web archive replays it, a review downloaded from a
university repository with the repository's cover sheet prepended, a review re-saved as PDF/A by a record office that
stamped every page, an old review re-typed in Word by a volunteer transcriber, and a digitisation project's
uncorrected OCR text of a review bound into a volume of committee papers.

FICTIONAL \u2013 for software testing. Run: python make.py [outdir] (a few seconds: everything is built twice and the
bytes compared). Needs reportlab (its canvas, its standard fonts and its font folder: Arial and Times New Roman metric
Type 1 faces), lxml, python-docx and pdfplumber; no system fonts, no network. Every generator checks its own key with
pdfplumber/lxml/python-docx, never with the project's parser.

wayback.html    a partnership's CHILD SAFEGUARDING PRACTICE REVIEW page AS A WEB ARCHIVE REPLAYS IT: the archive's
                scripts and stylesheets first in <head> ("End Wayback Rewrite JS Include"), its TOOLBAR inserted at the
                top of <body> (the captured address in a form, a calendar of month, day and year cells "DEC FEB MAR" /
                "04 09 14" / "2023 2024 2025", "17 captures", "14 Jun 2021 \u2013 9 Jan 2025", an "About this capture"
                panel), hidden by an inline style until the archive's script shows it; EVERY LINK REWRITTEN to the
                archive ("/web/20240209113512/https://www.harrowdene-scp.example/..."), two of them inside paragraphs;
                the page's own header, breadcrumbs, "<strong>2.1</strong>&nbsp;" paragraphs under "2. Child K and the
                family" headings, a figure whose image was not captured, a download link, a related-pages <ol>;
                after </html> the archive's comments ("FILE ARCHIVED ON ...", "playback timings (ms): captures_list:
                0.612 ...")
repository.pdf  a SERIOUS CASE REVIEW DOWNLOADED FROM A UNIVERSITY REPOSITORY: a COVER SHEET PREPENDED as page 1 (the
                repository's name, citation, persistent identifier, version, licence, deposit and download dates,
                "Terms of use" NUMBERED "1." to "4." in hanging indents, a take down policy), then the report as
                published with its own title block, running head and folios "Page 1 of 3" (one less than the
                physical page); a "Downloaded from Eastmere Research Online (...) on 3 March 2025" line at the foot of
                EVERY PAGE, the cover's too; paragraphs across pages
pdfa.pdf        a SAFEGUARDING ADULTS REVIEW (2013) RE-SAVED AS PDF/A-2b BY A RECORD OFFICE (XMP metadata with
                pdfaid:part 2, conformance B, the office's converter as Producer): a title page with a red "RECEIVED
                14 JUN 2024" accession stamp set at an angle; on EVERY PAGE a STAMP IN THE LEFT MARGIN RUNNING UP THE
                PAGE (rotated 90\u00b0, beside the hanging numbers, "Wenlow Record Office \u00b7 ACC 2024/117 \u00b7
                item 6 \u00b7 archival copy (PDF/A-2b) ...") and the file's FOLIATION "f. 212", "f. 213" ... stamped
                top right, all drawn after the page's text; the report's own running head and "Page 3" folios; Times,
                bold hanging numbers; paragraphs across pages
transcribed.docx an OLD REVIEW RE-TYPED IN WORD BY A VOLUNTEER TRANSCRIBER: a 1996 Part 8 review's overview report
                under the project's heading, source note and "Transcription conventions" TYPED "1." to "4."; the
                original's title page transcribed; "[page 12]" MARKERS WHERE THE TYPESCRIPT'S PAGES BEGAN, on lines of
                their own and INSIDE PARAGRAPHS (in mid-sentence); TRANSCRIBER'S NOTES in square brackets as
                paragraphs between numbered paragraphs and inside one; "[sic]" after the typist's slips
                ("knolwedge [sic]") and "[illegible]" in the text; the
                spellings of the time kept ("shew", "shewed", "focussed"); typed numbers "2.3<TAB>" in hanging indents,
                headings "2. THE FAMILY" typed in capitals; explicit page breaks before the title page and each section
ocrdump.txt     a DOMESTIC HOMICIDE REVIEW as a DIGITISATION PROJECT'S UNCORRECTED OCR TEXT: the project's item header
                (item number, source volume "pages 118-122", OCR confidence, licence), then page after page as read:
                a line of "=" at each page image, the report's title lines on the first, its RUNNING HEAD on the
                others (misread on some: "PARTNERSHlP", "OVERV1EW"), the volume's PAGE NUMBERS "- 119 -" at the foot
                (one misread "- l20 -"), lines broken as printed with END-OF-LINE HYPHENS ("profes-" / "sional"), one
                of them across a page image ("con-", the foot and the next head, "ditions"), the hanging indent lost
                (continuation lines flush left), OCR SLIPS inside paragraphs, two at most in each ("tbe", "aud");
                paragraphs across page images

Judgement calls (what a practitioner citing the report would expect):
- the label is the paragraph number as printed (typed), without a trailing stop: "3.2";
- what the archive, repository, transcriber or digitiser added is no paragraph and no paragraph's text: toolbars,
  capture notes and archive comments, cover sheets and their numbered terms of use, "downloaded from" lines, margin
  and accession stamps, foliation, transcription conventions and notes, "[page 12]" markers (a paragraph's text runs
  on across them), project headers and page-image rules; running heads, folios, title pages and numbered headings
  ("2. THE FAMILY") are no paragraphs either;
- a paragraph's text is the report's as the file gives it: "[sic]", "[illegible]", old spellings and OCR slips
  inside it stay, and a word hyphenated at a line end is one word ("professional");
- a paragraph goes on over a page break (and over a page image's header and footer in the OCR text);
- pages: physical and 1-based for PDF (a paragraph's page is its first line's; a prepended cover sheet and a title
  page count); DOCX pages are counted from explicit breaks: page = 1 + the page breaks (<w:br w:type="page"/>) before
  the paragraph (each page holds at most about 480 words; the "[page 12]" markers are the typescript's pages, not the
  file's). HTML and plain text: null.
"""
import os
import pathlib
import re
import sys

if __package__ in (None, ""):
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

    from blindkit import harness as _harness  # type: ignore
    from blindkit.draw import Layout, _draw, hanging_rows, register_fonts, sw, wrap  # type: ignore
    from blindkit.flow import RowFlow  # type: ignore
    from blindkit.keys import check_count, check_crossings, check_lengths, entry  # type: ignore
    from blindkit.markup import SECT_A4, hesc  # type: ignore
    from blindkit.pdfread import check_pdf_key, pdf_pages, words_of  # type: ignore

    _text = _harness.load(__file__, "blind58_text", "text.py")
    _b36 = _harness.load(__file__, "blind36_make", "..", "blind36", "make.py")
else:
    from ..blind36 import make as _b36
    from ..blindkit import harness as _harness
    from ..blindkit.draw import Layout, _draw, hanging_rows, register_fonts, sw, wrap
    from ..blindkit.flow import RowFlow
    from ..blindkit.keys import check_count, check_crossings, check_lengths, entry
    from ..blindkit.markup import SECT_A4, hesc
    from ..blindkit.pdfread import check_pdf_key, pdf_pages, words_of
    from . import text as _text

ParaMaker, norm, contains_seq = _text.ParaMaker, _text.norm, _text.contains_seq
W_NS, XML_HEAD, WP_NS = _b36.W_NS, _b36.XML_HEAD, _b36.WP_NS

FICT = "FICTIONAL \u2013 for software testing"
INVENTED = "Every person, place and service named here is invented."
A, AB, AI = "ArialMT", "Arial-BoldMT", "Arial-ItalicMT"
TR, TB, TI = "TimesNewRomanPSMT", "TimesNewRomanPS-BoldMT", "TimesNewRomanPS-ItalicMT"
T1_FACES = {A: "_a______", AB: "_ab_____", AI: "_ai_____", TR: "_er_____", TB: "_eb_____", TI: "_ei_____"}
GREY, BLACK, WHITE = (0.4, 0.4, 0.4), (0, 0, 0), (1, 1, 1)
NAVY, TEAL, STAMP_RED = (0.09, 0.16, 0.33), (0.0, 0.42, 0.45), (0.75, 0.1, 0.12)


class PdfKey:
    """What a PDF generator records for its key: entries, texts, last pages, label positions."""

    def __init__(self):
        self.result, self.texts, self.ends, self.labels = [], [], [], []

    def add(self, label, t, placed, x):
        self.result.append(entry(label, placed[0][0], t))
        self.texts.append(t)
        self.ends.append(placed[-1][0])
        self.labels.append((placed[0][0], x, placed[0][1]))


def heading_row(fl, x, s, font, size, before, lead_after, rgb=BLACK):
    """A heading kept with room for two lines after it; returns its page."""
    fl.place([(before, size + 8, [(x, s, font, size, rgb, 0.0)]), (0.0, lead_after, [(x, "", font, 10, BLACK, 0.0)]),
              (0.0, lead_after, [(x, "", font, 10, BLACK, 0.0)])], keep=3)
    fl.lay.pages[-1].pop()
    fl.lay.pages[-1].pop()
    fl.cur += 2 * lead_after
    return fl.lay.n


def middle(words, k, lo=10, hi=8):
    """The index k of a paragraph's words moved inside its middle: never among its first ``lo`` or last ``hi``
    words, so that nothing inserted there touches the key's starts_with or ends_with."""
    return max(lo, min(k, len(words) - hi))


# --------------------------------------------------------------------------
# 1. wayback.html: a partnership's review page as a web archive replays it
# --------------------------------------------------------------------------
WB_PLAN = [[60, 70], [80, 75, 85], [95, 90, 100, 85], [80, 90, 75], [65, 70]]
WB_LINKED = {"2.2": "/procedures/escalation-and-resolution", "4.1": "/learning/briefings/child-k-7-minute-briefing"}
WB_FIGURE_AFTER = "3.2"


def arch(url, kind=""):
    """A link as the archive rewrites it: to its copy of ``url`` at the capture's timestamp."""
    return f"/web/{_text.WB_STAMP}{kind}/{url}"


def wb_toolbar():
    st, page = _text.WB_STAMP, _text.WB_PAGE
    cap, span = _text.WB_CAPTURES
    return (
        "<!-- BEGIN WAYBACK TOOLBAR INSERT -->\n<script>__wm.rw(0);</script>\n"
        '<div id="wm-ipp-base" lang="en" style="display:none;direction:ltr;">\n'
        '<div id="wm-ipp" lang="en" style="display:none;">\n<div id="wm-ipp-inside">\n'
        f'<div id="wm-logo"><a href="/web/" title="{hesc(_text.WB_ARCHIVE)} home page">'
        f"{hesc(_text.WB_ARCHIVE)}</a></div>\n"
        '<div class="c"><form target="_top" method="get" action="/web/submit" id="wm-ipp-form">'
        f'<input type="hidden" name="type" value="replay"><input type="hidden" name="date" value="{st}">'
        f'<input type="text" name="url" id="wmtbURL" value="{hesc(page)}"><input type="submit" value="Go"></form>\n'
        '<table class="n"><tbody>\n<tr class="m"><td class="b"><a href="/web/20231204071522/' + page
        + '" title="04 Dec 2023">DEC</a></td><td class="c" id="displayMonthEl" title="You are here: 11:35:12 Feb 09, '
        '2024">FEB</td><td class="f"><a href="/web/20240314090211/' + page + '" title="14 Mar 2024">MAR</a></td></tr>\n'
        '<tr class="d"><td class="b"><a href="/web/20231204071522/' + page + '">04</a></td><td class="c" '
        'id="displayDayEl">09</td><td class="f"><a href="/web/20240314090211/' + page + '">14</a></td></tr>\n'
        '<tr class="y"><td class="b">2023</td><td class="c" id="displayYearEl">2024</td><td class="f">2025</td>'
        "</tr>\n</tbody></table>\n"
        f'<div id="wm-nav-captures"><a class="t" href="/web/{st}*/{page}" title="See a list of every capture for '
        f'this URL">{cap}</a>\n<div class="r">{span}</div></div></div>\n'
        '<div class="r"><a href="#expand" id="wm-expand">About this capture</a> <a href="#close" id="wm-btn-close">'
        "Close</a></div>\n</div>\n"
        '<div id="wm-capinfo" style="display:none"><div id="wm-capinfo-collected-by"><div class="wm-title">COLLECTED '
        f"BY</div><div>{hesc(_text.WB_COLLECTED[0])}</div><div>{hesc(_text.WB_COLLECTED[1])}</div></div>\n"
        '<div id="wm-capinfo-timestamps"><div class="wm-title">TIMESTAMPS</div><div>The Wayfarer Machine - '
        f"{_text.WB_HOST}/web/{st}/{page}</div></div></div>\n"
        "</div>\n</div>\n<!-- END WAYBACK TOOLBAR INSERT -->\n")


def make_wayback(out, pm):
    path = out / "wayback.html"
    site = _text.WB_SITE
    result, texts, body = [], [], []
    for s, items in enumerate(WB_PLAN, 1):
        body.append(f"<h2>{s}. {hesc(_text.WB_SECTIONS[s - 1])}</h2>")
        for j, n_words in enumerate(items, 1):
            label, t = f"{s}.{j}", pm.make(n_words, "child")
            texts.append(t)
            result.append(entry(label, None, t))
            inner = hesc(t)
            if label in WB_LINKED:  # the paragraph's second sentence was a link on the live page, rewritten
                sents = re.split(r"(?<=[.!?])\s+(?=[A-Z\u201c])", t)
                link = f'<a href="{arch(site + WB_LINKED[label])}">{hesc(sents[1])}</a>'
                inner = " ".join([hesc(sents[0]), link, *[hesc(x) for x in sents[2:]]])
            body.append(f'<p class="para"><strong>{label}</strong>&nbsp;{inner}</p>')
            if label == WB_FIGURE_AFTER:
                img = arch(site + "/media/1190/child-k-timeline.png", "im_")
                body.append(f'<figure class="figure"><img src="{img}" alt="Timeline of key events, 2019 to 2020" '
                            'width="720" height="300"><figcaption>Figure 1: timeline of key events, 2019 to 2020 '
                            "(image not captured)</figcaption></figure>")
    related = "".join(f'<li><a href="{arch(site + "/resources/" + str(k))}">{hesc(x)}</a></li>'
                      for k, x in enumerate(_text.WB_RELATED, 1))
    nav = "".join(f'<li><a href="{arch(site + u)}">{x}</a></li>' for u, x in (
        ("/", "Home"), ("/about-us", "About us"), ("/reviews", "Reviews"), ("/training", "Training"),
        ("/report-a-concern", "Report a concern")))
    html = (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n'
        '<script type="text/javascript" src="/_static/js/bundle-playback.js?v=t1Bf4PY_" charset="utf-8"></script>\n'
        '<script type="text/javascript" src="/_static/js/wombat.js?v=txqj7nKC" charset="utf-8"></script>\n'
        '<script type="text/javascript">\n  __wm.init("' + _text.WB_HOST + '/web");\n  __wm.wombat("'
        + _text.WB_PAGE + '","' + _text.WB_STAMP + '","' + _text.WB_HOST + '/","web","/_static/",\n'
        '\t      "1707478512");\n</script>\n'
        '<link rel="stylesheet" type="text/css" href="/_static/css/banner-styles.css?v=S1zqJCYt" />\n'
        '<link rel="stylesheet" type="text/css" href="/_static/css/iconochive.css?v=3PDvdIFv" />\n'
        "<!-- End Wayback Rewrite JS Include -->\n"
        '<meta charset="utf-8">\n'
        f"<title>{hesc(_text.WB_TITLE)} | {hesc(_text.WB_PARTNERSHIP)}</title>\n"
        f'<link rel="stylesheet" href="{arch(site + "/assets/css/site.css", "cs_")}">\n'
        f'<link rel="canonical" href="{arch(_text.WB_PAGE)}">\n</head>\n<body>\n'
        + wb_toolbar()
        + f'<a class="skip-link" href="#content">Skip to main content</a>\n'
        f'<header class="site-header"><a class="logo" href="{arch(site + "/")}"><img src="'
        f'{arch(site + "/assets/img/logo.svg", "im_")}" alt="{hesc(_text.WB_PARTNERSHIP)}"></a>\n'
        f'<nav class="primary"><ul>{nav}</ul></nav></header>\n'
        f'<nav class="breadcrumb"><a href="{arch(site + "/")}">Home</a> \u203a <a href="{arch(site + "/reviews")}">'
        "Reviews</a> \u203a Child K</nav>\n"
        f'<main id="content">\n<h1>{hesc(_text.WB_TITLE)}</h1>\n'
        '<p class="published">Published: 17 June 2021 \u00b7 Last updated: 2 September 2022</p>\n'
        f'<p class="fictional"><em>{FICT}. {INVENTED}</em></p>\n<p>{hesc(_text.WB_INTRO)}</p>\n'
        + "\n".join(body) + "\n"
        f'<div class="download"><a href="{arch(site + "/media/1187/cspr-child-k-full-report.pdf")}">Download the '
        "full report (PDF, 1.3MB)</a></div>\n"
        f'<aside class="related"><h2>Related pages</h2><ol>{related}</ol></aside>\n</main>\n'
        f'<footer class="site-footer"><p>\u00a9 {hesc(_text.WB_PARTNERSHIP)} 2021. <a href="'
        f'{arch(site + "/accessibility")}">Accessibility</a> <a href="{arch(site + "/privacy")}">Privacy</a></p>'
        "</footer>\n"
        f'<script src="{arch(site + "/assets/js/site.js", "js_")}"></script>\n</body>\n</html>\n'
        f"<!--\n     {_text.WB_FOOT}\n-->\n<!--\n{_text.WB_TIMINGS}-->\n")
    path.write_text(html, encoding="utf-8")
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    # read back with lxml: the numbered <p>s in <main>, each its <strong> label and its text (the rewritten links'
    # words included); the toolbar first in <body>, hidden by its inline style; every link of the page rewritten
    import lxml.html
    root = lxml.html.fromstring(html.encode("utf-8"))
    paras = [[p.find("strong").text, " ".join(p.text_content().split()[1:])]
             for p in root.iter("p") if p.get("class") == "para"]
    if paras != [[d["label"], t] for d, t in zip(result, texts, strict=True)]:
        raise AssertionError(f"wayback.html: read back {[p[0] for p in paras]}")
    bod = root.find("body")
    first = next(e for e in bod if e.tag == "div")
    hrefs = [a.get("href") for a in root.iter("a")]
    if first.get("id") != "wm-ipp-base" or "display:none" not in first.get("style") or \
            not all(h.startswith(("/web/", "#")) for h in hrefs) or \
            len([p for p in root.iter("p") if p.get("class") == "para" and p.find(".//a") is not None]) != 2 or \
            "FILE ARCHIVED ON" not in html.split("</html>")[1]:
        raise AssertionError("wayback.html: toolbar, links or archive comments")
    return {
        "note": ("A partnership's CHILD SAFEGUARDING PRACTICE REVIEW page AS A WEB ARCHIVE REPLAYS IT: the "
                 "archive's scripts and stylesheets first in <head>, its TOOLBAR inserted at the top of <body> "
                 "(<div id=\"wm-ipp-base\" style=\"display:none\"> until the archive's script shows it: the "
                 "captured address in a form, a calendar of cells 'DEC FEB MAR' / '04 09 14' / '2023 2024 2025', '"
                 + _text.WB_CAPTURES[0] + "', '" + _text.WB_CAPTURES[1] + "', an 'About this capture' panel); "
                 "EVERY LINK REWRITTEN to the archive ('/web/" + _text.WB_STAMP + "/https://...'), two of them "
                 "inside paragraphs (" + ", ".join(WB_LINKED) + "); the page's own header, breadcrumbs, headings "
                 "'2. Child K and the family' and paragraphs <p class=\"para\"><strong>2.1</strong>&nbsp;...</p>, a "
                 "figure whose image was not captured (after " + WB_FIGURE_AFTER + "), a download link and a "
                 "related-pages <ol>; after </html> the archive's comments ('FILE ARCHIVED ON ...', 'playback "
                 "timings (ms): captures_list: 0.612 ...'). The toolbar, the capture notes and the comments are no "
                 "paragraphs. No pages (null)."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 2. repository.pdf: a review downloaded from a university repository, its cover sheet prepended
# --------------------------------------------------------------------------
RP_PLAN = [[70, 85, 75], [95, 90, 100, 90], [120, 115, 125, 110], [105, 120, 100], [80, 75]]
RP_L, RP_NUM, RP_X, RP_R = 72.0, 72.0, 108.0, 523.0
RP_TOP, RP_BOT, RP_SIZE, RP_LEAD = 770.0, 84.0, 10.5, 14.5


def rp_cover(lay):
    lay.new_page()
    lay.rect(0, 740, 595.28, 101.89, NAVY)
    lay.text(RP_L, 800, _text.RP_REPO, AB, 22, WHITE)
    lay.text(RP_L, 780, _text.RP_UNI, A, 10, WHITE)
    lay.text(RP_L, 756, "This is a copy of the following item, downloaded from the repository:", A, 9.5, WHITE)
    y = 700

    def para(s, font, size, lead, x=RP_L, rgb=BLACK, first=None):
        nonlocal y
        for i, ln in enumerate(wrap(s.split(), RP_R - x, lambda z: sw(z, font, size))):
            if i == 0 and first:
                lay.text(RP_L, y, first, AB, size)
            lay.text(x, y, " ".join(ln), font, size, rgb)
            y -= lead
    para(_text.RP_TITLE, AB, 16, 20)
    para(_text.RP_BOARD, A, 11, 15)
    y -= 12
    para(_text.RP_CITATION, A, 9.5, 13, x=RP_L + 110, first="Citation")
    y -= 4
    for k, v in _text.RP_FIELDS:
        para(v, A, 9.5, 13, x=RP_L + 110, first=k)
        y -= 4
    y -= 14
    lay.text(RP_L, y, _text.RP_TERMS_HEAD, AB, 12, NAVY)
    y -= 18
    for n, s in enumerate(_text.RP_TERMS, 1):
        para(s, A, 9.5, 13, x=RP_L + 18, first=f"{n}.")
        y -= 5
    y -= 12
    lay.text(RP_L, y, _text.RP_TAKEDOWN_HEAD, AB, 12, NAVY)
    y -= 18
    para(_text.RP_TAKEDOWN, A, 9.5, 13)
    y -= 20
    para(f"{FICT}. {INVENTED} The repository, the identifier and the web addresses are invented too.", AI, 9, 12,
         rgb=GREY)


def rp_title_block(lay):
    """The report's own first page as published: its title block above the first section."""
    lay.text(RP_L, 790, _text.RP_BOARD.upper(), AB, 9.5, TEAL)
    lay.text(RP_L, 752, "Serious Case Review", AB, 24, NAVY)
    lay.text(RP_L, 726, "Child N \u2013 Overview Report", A, 16, NAVY)
    lay.text(RP_L, 704, "Independent reviewer: Jane Harker \u00b7 Published October 2016", A, 10, GREY)
    lay.line(RP_L, 692, RP_R, 692, 1.0, TEAL)
    return 676.0


def make_repository(out, pm):
    path = out / "repository.pdf"
    lay = Layout()
    rp_cover(lay)
    fl = RowFlow(lay, RP_TOP, RP_BOT, lambda pg: RP_TOP)
    fl.page()
    fl.cur = rp_title_block(lay)
    k = PdfKey()

    def meas(z):
        return sw(z, A, RP_SIZE)
    for s, items in enumerate(RP_PLAN, 1):
        heading_row(fl, RP_L, f"{s}.  {_text.RP_SECTIONS[s - 1]}", AB, 12.5, 16.0, RP_LEAD, TEAL)
        for j, n_words in enumerate(items, 1):
            label, t = f"{s}.{j}", pm.make(n_words, "child")
            rows = hanging_rows(label, t, RP_NUM, RP_X, RP_R, A, RP_SIZE, RP_LEAD, 8.0, meas, num_font=AB)
            k.add(label, t, fl.place(rows, keep=2), RP_NUM)
    n_orig = lay.n - 1
    for pg in range(1, lay.n + 1):
        if pg > 2:
            lay.text(RP_R - sw(_text.RP_RUN, A, 8.5), 806, _text.RP_RUN, A, 8.5, GREY, page=pg)
            lay.line(RP_L, 800, RP_R, 800, 0.4, GREY, page=pg)
        if pg > 1:
            folio = f"Page {pg - 1} of {n_orig}"
            lay.text((RP_L + RP_R - sw(folio, A, 9)) / 2, 46, folio, A, 9, BLACK, page=pg)
        lay.line(36, 30, 595.28 - 36, 30, 0.3, GREY, page=pg)
        lay.text((595.28 - sw(_text.RP_STAMP, A, 7)) / 2, 20, _text.RP_STAMP, A, 7, GREY, page=pg)
    lay.render(path, {"Title": _text.RP_TITLE, "Author": _text.RP_BOARD, "Creator": "Microsoft Word 2013 (FICTIONAL)",
                      "Producer": "Eastmere Research Online cover sheet service (FICTIONAL)", "Subject": FICT})
    check_lengths(path.name, k.texts)
    check_count(path.name, k.result, 12, 25)
    pages = pdf_pages(path)

    def body(c):
        return abs(c["size"] - RP_SIZE) < 0.01

    check_pdf_key(path.name, pages, k.result, k.ends, k.labels, body)
    cross = check_crossings(path.name, k.result, k.ends)
    whole = [w for p in pages[1:] for w in words_of(p, lambda c: body(c) and 60 < c["matrix"][5] < 790)]
    if not all(contains_seq(whole, norm(f"{d['label']} {t}")) for d, t in zip(k.result, k.texts, strict=True)):
        raise AssertionError("repository.pdf: a paragraph not read back whole")
    texts = [" ".join(words_of(p)) for p in pages]
    stamp = " ".join(norm(_text.RP_STAMP))
    if not all(stamp in x for x in texts) or "terms of use 1 copies of full items" not in texts[0] or \
            any(f"page {p} of {n_orig}" not in texts[p] for p in range(1, n_orig + 1)) or \
            min(d["page"] for d in k.result) != 2:
        raise AssertionError("repository.pdf: cover sheet, stamps or folios")
    return {
        "note": ("A SERIOUS CASE REVIEW DOWNLOADED FROM A UNIVERSITY REPOSITORY: page 1 is the repository's COVER "
                 "SHEET, PREPENDED (its name '" + _text.RP_REPO + "', the item's title, a citation, a persistent "
                 "identifier, version, licence, deposit and download dates, '" + _text.RP_TERMS_HEAD + "' NUMBERED "
                 "'1.' to '" + str(len(_text.RP_TERMS)) + ".' in hanging indents, a take down policy); pages 2 to "
                 + str(lay.n) + " are the report as published, with its own title block, running head and folios "
                 "'Page 1 of " + str(n_orig) + "' (one less than the physical page); '" + _text.RP_STAMP + "' at the "
                 "foot of EVERY PAGE, the cover's too. The cover sheet, its numbered terms and the stamps are no "
                 "paragraphs. Paragraphs run over pages (" + ", ".join(cross) + "). Pages are physical (the cover "
                 "sheet counts)."),
        "paragraphs": k.result,
    }


# --------------------------------------------------------------------------
# 3. pdfa.pdf: a safeguarding adults review re-saved as PDF/A by a record office, stamped on every page
# --------------------------------------------------------------------------
PA_PLAN = [[60, 70], [75, 65, 80], [110, 120, 135], [115, 125, 110, 120], [100, 115, 105], [70, 75]]
PA_L, PA_NUM, PA_X, PA_R = 72.0, 72.0, 100.0, 523.0
PA_TOP, PA_BOT, PA_SIZE, PA_LEAD = 770.0, 84.0, 11.0, 14.5
PA_STAMP_X = 44.0


class ArchivalLayout(Layout):
    """A Layout whose PDF carries the record office's PDF/A identification: an XMP metadata stream (not
    compressed) in the catalogue."""

    def render(self, path, info):
        from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFName, PDFStream
        from reportlab.pdfgen.canvas import Canvas
        c = Canvas(str(path), pagesize=(self.w, self.h), invariant=1, pageCompression=1)
        c.setTitle(info["Title"])
        c.setAuthor(info["Author"])
        c.setSubject(info["Subject"])
        c.setCreator(info["Creator"])
        c.setProducer(info["Producer"])
        meta = PDFStream(PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}),
                         _text.PA_XMP.encode("utf-8"), filters=[])
        c.setCatalogEntry("Metadata", meta)
        for prims in self.pages:
            for p in prims:
                _draw(c, p)
            c.showPage()
        c.save()


def make_pdfa(out, pm):
    path = out / "pdfa.pdf"
    lay = ArchivalLayout()
    lay.new_page()
    y = 600
    for s, size in zip(_text.PA_TITLE, (28, 40), strict=True):
        lay.text(PA_L, y, s, TB, size, NAVY)
        y -= size + 14
    lay.text(PA_L, y - 10, _text.PA_BOARD, TR, 15)
    lay.text(PA_L, y - 34, _text.PA_DATE, TI, 12, GREY)
    lay.text(PA_L, 160, f"{FICT}. {INVENTED}", TI, 10, GREY)
    for i, s in enumerate(_text.PA_RECEIVED):  # the accession stamp, set at an angle
        lay.add(("TR", 380 + i * 2.1, 730 - i * 15, s, AB, 10 if i != 1 else 12, STAMP_RED, 8.0), 1)
    fl = RowFlow(lay, PA_TOP, PA_BOT, lambda pg: PA_TOP)
    fl.page()
    k = PdfKey()

    def meas(z):
        return sw(z, TR, PA_SIZE)
    for s, items in enumerate(PA_PLAN, 1):
        heading_row(fl, PA_L, f"{s}.  {_text.PA_SECTIONS[s - 1]}", TB, 12.5, 16.0, PA_LEAD)
        for j, n_words in enumerate(items, 1):
            label, t = f"{s}.{j}", pm.make(n_words, "adult")
            rows = hanging_rows(label, t, PA_NUM, PA_X, PA_R, TR, PA_SIZE, PA_LEAD, 7.0, meas, num_font=TB)
            k.add(label, t, fl.place(rows, keep=2), PA_NUM)
    for pg in range(1, lay.n + 1):
        if pg > 1:  # the report's own running head and folio
            lay.text((PA_L + PA_R - sw(_text.PA_RUN, TI, 9)) / 2, 800, _text.PA_RUN, TI, 9, GREY, page=pg)
            lay.text((PA_L + PA_R - sw(f"Page {pg}", TR, 10)) / 2, 44, f"Page {pg}", TR, 10, BLACK, page=pg)
        # the record office's stamps, drawn last: the margin line up the page and the file's foliation
        lay.add(("TR", PA_STAMP_X, 120, _text.PA_MARGIN, A, 7, GREY, 90.0), pg)
        folio = f"f. {_text.PA_FOLIO0 + pg - 1}"
        lay.text(560 - sw(folio, AB, 12), 818, folio, AB, 12, STAMP_RED, page=pg)
    lay.render(path, {"Title": "Serious Case Review (Adults): Mr G", "Author": _text.PA_BOARD,
                      "Creator": "Microsoft Word 2010 (FICTIONAL)",
                      "Producer": "Wenlow Record Office preservation converter 3.2 (FICTIONAL)", "Subject": FICT})
    check_lengths(path.name, k.texts)
    check_count(path.name, k.result, 12, 25)
    pages = pdf_pages(path)

    def body(c):
        return abs(c["size"] - PA_SIZE) < 0.01 and c["upright"]

    check_pdf_key(path.name, pages, k.result, k.ends, k.labels, body)
    cross = check_crossings(path.name, k.result, k.ends)
    whole = [w for p in pages for w in words_of(p, body)]
    if not all(contains_seq(whole, norm(f"{d['label']} {t}")) for d, t in zip(k.result, k.texts, strict=True)):
        raise AssertionError("pdfa.pdf: a paragraph not read back whole")
    # every page: the margin stamp's glyphs upright=False at the stamp's x, the foliation in sequence
    for i, p in enumerate(pages):
        side = "".join(c["text"] for c in p if not c["upright"] and c["x0"] < PA_STAMP_X < c["x1"])
        fol = words_of(p, lambda c: abs(c["size"] - 12) < 0.01 and c["matrix"][5] > 810)
        if side.replace(" ", "") != _text.PA_MARGIN.replace(" ", "") or fol != ["f", str(_text.PA_FOLIO0 + i)]:
            raise AssertionError(f"pdfa.pdf: stamps on page {i + 1}: {side[:30]!r} {fol}")
    import pdfplumber
    from pdfminer.pdftypes import resolve1
    with pdfplumber.open(path) as pl:
        xmp = resolve1(pl.doc.catalog["Metadata"]).get_data().decode("utf-8")
    if "<pdfaid:part>2</pdfaid:part>" not in xmp or "<pdfaid:conformance>B</pdfaid:conformance>" not in xmp:
        raise AssertionError("pdfa.pdf: XMP")
    return {
        "note": ("A SAFEGUARDING ADULTS REVIEW (2013) RE-SAVED AS PDF/A-2b BY A RECORD OFFICE: XMP metadata in the "
                 "catalogue (pdfaid:part 2, conformance B), the office's converter as Producer; page 1 the "
                 "report's title page with a red accession stamp set at an angle ('" + " / ".join(_text.PA_RECEIVED)
                 + "'); on EVERY PAGE a STAMP IN THE LEFT MARGIN RUNNING UP THE PAGE (rotated 90 degrees, beside "
                 "the hanging numbers: '" + _text.PA_MARGIN + "') and the file's FOLIATION 'f. "
                 + str(_text.PA_FOLIO0) + "', 'f. " + str(_text.PA_FOLIO0 + 1) + "' ... stamped top right in red, "
                 "both drawn after the page's text; the report's own running head and folios 'Page 2' ...; Times, "
                 "bold hanging numbers, headings '3.  Mr G\u2019s history'. The stamps and the foliation are no "
                 "paragraphs. Paragraphs run over pages (" + ", ".join(cross) + "). Pages are physical (the title "
                 "page counts)."),
        "paragraphs": k.result,
    }


# --------------------------------------------------------------------------
# 4. transcribed.docx: an old review re-typed in Word by a volunteer transcriber
# --------------------------------------------------------------------------
TR_PLAN = [[60, 75, 70], [85, 95, 90], [110, 100, 105], [95, 115, 100, 90], [80, 70]]
TR_PAGE_WORDS = 190  # the typescript's words a page (double spacing)
TR_SIC = {"1.2": 14, "3.3": 30}  # the typist's slip near this index, "[sic]" after it
TR_ILLEGIBLE = {"2.3": 22, "4.1": 18}  # a word near this index could not be read
TR_NOTE_INSIDE = {"3.2": 2}  # the transcriber's note after this sentence
TR_NOTE_AFTER = {"2.1": 0, "4.2": 2}  # the transcriber's note as a paragraph after this one
TR_STYLES = _b36.styles_xml("Times New Roman", (
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>'
    '<w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/>'
    '</w:rPr></w:style>'))
TR_NUMBERING = XML_HEAD + f"<w:numbering {WP_NS}/>"
OLD_SPELLING = re.compile(r"\b(" + "|".join(_text.TR_OLD) + r")\b")


def tr_word(words, k):
    """The first word of six letters or more (and nothing else) from index k on, inside the paragraph's middle."""
    i = middle(words, k)
    while not re.fullmatch(r"[a-z]{6,}", words[i]):
        i += 1
    if i > len(words) - 8:
        raise AssertionError(f"no word for a transcriber's mark at {k}")
    return i


def tr_paragraph(t, label, pagemarks):
    """The paragraph as transcribed: ``t`` (its words as the key reads them) with the typescript's page markers
    at the word indexes in ``pagemarks`` {index: page} and a transcriber's note between two sentences."""
    words = t.split()
    out = []
    sent_ends = [i for i, w in enumerate(words) if re.search(r"[.!?][\u201d]?$", w)]
    note_at = sent_ends[TR_NOTE_INSIDE[label]] if label in TR_NOTE_INSIDE else None
    for i, w in enumerate(words):
        if i in pagemarks:
            out.append(f"[page {pagemarks[i]}]")
        out.append(w)
        if i == note_at:
            out.append(_text.TR_NOTES[1])
    return " ".join(out)


def make_transcribed(out, pm):
    path = out / "transcribed.docx"
    wp, wr = _b36.wp, _b36.wr
    hang = '<w:ind w:left="720" w:hanging="720"/><w:spacing w:after="160" w:line="360" w:lineRule="auto"/>'
    brk = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'
    result, texts, as_typed = [], [], []
    body = [wp(wr(_text.TR_PROJECT, "<w:b/>")), wp(wr(_text.TR_HEAD), "Title"), None,
            wp(wr(f"{FICT}. {INVENTED}", "<w:i/>")), wp(wr(_text.TR_CONV_HEAD, "<w:b/>"))]
    for n, s in enumerate(_text.TR_CONV, 1):
        body.append(wp(wr(f"{n}.") + '<w:r><w:tab/></w:r>' + wr(s), None, '<w:ind w:left="567" w:hanging="567"/>'))
    body += [brk, wp(wr("[page 1]"))]
    for s in _text.TR_TITLE:
        body.append(wp(wr(s, "<w:b/>"), None, '<w:jc w:val="center"/><w:spacing w:before="360"/>'))
    body.append(wp(wr(_text.TR_TITLE_NOTE)))
    tpage, page, words = 1, 2, {}
    for s, items in enumerate(TR_PLAN, 1):
        # the typescript began every section on a new page; so does the transcription
        body.append(brk)
        page += 1
        tpage += 1
        used = 0
        body.append(wp(wr(f"[page {tpage}]")))
        body.append(wp(wr(f"{s}. {_text.TR_SECTIONS[s - 1]}"), "Heading1"))
        for j, n_words in enumerate(items, 1):
            label = f"{s}.{j}"
            t = OLD_SPELLING.sub(lambda m: _text.TR_OLD[m.group(1)], pm.make(n_words, "child"))
            w = t.split()
            if label in TR_SIC:  # two letters of a long word typed the wrong way round ("isolaiton [sic]")
                i = tr_word(w, TR_SIC[label])
                h = len(w[i]) // 2
                w[i] = w[i][:h - 1] + w[i][h] + w[i][h - 1] + w[i][h + 1:] + " [sic]"
            if label in TR_ILLEGIBLE:
                w[tr_word(w, TR_ILLEGIBLE[label])] = "[illegible]"
            t = " ".join(w)
            w = t.split()
            marks, pos, after = {}, 0, None
            while used + len(w) - pos > TR_PAGE_WORDS:  # the typescript's next page begins in this paragraph
                at = pos + TR_PAGE_WORDS - used
                tpage += 1
                used, pos = 0, at
                if at < 10:  # at its start: the marker on a line of its own before it
                    body.append(wp(wr(f"[page {tpage}]")))
                    pos = 0
                elif at > len(w) - 8:  # at its end: the marker on a line of its own after it
                    after, pos = tpage, len(w)
                else:
                    marks[at] = tpage
            typed = tr_paragraph(t, label, marks)
            used += len(w) - pos
            texts.append(t)
            as_typed.append(typed)
            result.append(entry(label, page, t))
            words[page] = words.get(page, 0) + len(w)
            body.append(wp(wr(label) + '<w:r><w:tab/></w:r>' + wr(typed), None, hang))
            if label in TR_NOTE_AFTER:
                body.append(wp(wr(_text.TR_NOTES[TR_NOTE_AFTER[label]])))
            if after is not None:
                body.append(wp(wr(f"[page {after}]")))
    body.append(wp(wr("[End of typescript. The last page is blank but for the signature of the chair of the "
                      "ACPC, which is not transcribed.]")))
    body[2] = wp(wr(_text.TR_SOURCE.format(pages=tpage + 1), "<w:i/>"))
    doc = f'{XML_HEAD}<w:document {WP_NS}><w:body>{"".join(body)}{SECT_A4}</w:body></w:document>'
    _b36.docx_package(path, doc, TR_STYLES, TR_NUMBERING, "Fenmoor Archive Transcription Project \u2013 "
                      "FAC/ACPC/1996/3 \u2013 transcription (FICTIONAL)", "Transcription: Part 8 Review \u2013 Child S",
                      "Fenmoor Archive Transcription Project (FICTIONAL)", page, sum(len(t.split()) for t in texts),
                      (2023, 3, 28, 19, 5, 0))
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    if max(words.values()) > 480:
        raise AssertionError(f"transcribed.docx: words per page {words}")
    # read back with lxml and python-docx: the typed "2.3<TAB>" paragraphs, each as typed (markers and notes in it)
    # and, with the markers and notes taken out, the key's text; page = 1 + the page breaks before
    import zipfile

    import docx
    from lxml import etree
    root = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    ns = {"w": W_NS}
    got, pg = [], 1
    for p in root.find("w:body", ns).findall("w:p", ns):
        if p.find(f".//{{{W_NS}}}br[@{{{W_NS}}}type='page']") is not None:
            pg += 1
        txt = "".join(x.text if x.tag == f"{{{W_NS}}}t" else "\t" for x in p.iter(f"{{{W_NS}}}t", f"{{{W_NS}}}tab"))
        m = re.fullmatch(r"(\d+\.\d+)\t(.+)", txt)
        if m:
            got.append([m.group(1), pg, m.group(2)])
    marker = re.compile(r" \[(?:page \d+|Transcriber\u2019s note: [^\]]*)\]")
    if got != [[d["label"], d["page"], x] for d, x in zip(result, as_typed, strict=True)] or \
            [marker.sub("", x) for x in as_typed] != texts or \
            any(_text.key_words(x) != (d["starts_with"], d["ends_with"]) for d, x in zip(result, as_typed,
                                                                                      strict=True)):
        raise AssertionError(f"transcribed.docx: read back {[g[:2] for g in got]}")
    d = docx.Document(str(path))
    inside = sum(len(re.findall(r"\[page \d+\]", x)) for x in as_typed)
    alone = [p.text for p in d.paragraphs if re.fullmatch(r"\[page \d+\]", p.text)]
    conv = [p.text.split("\t")[0] for p in d.paragraphs if re.match(r"\d\.\t", p.text)]
    allm = [int(x) for p in d.paragraphs if not re.match(r"\d\.\t", p.text)
            for x in re.findall(r"\[page (\d+)\]", p.text)]
    if inside < 3 or len(alone) < 6 or conv != ["1.", "2.", "3.", "4."] or allm != list(range(1, tpage + 1)) or \
            not any("[sic]" in x for x in texts) or not any("[illegible]" in x for x in texts) or \
            not any(re.search(r"\b(shew|shewed|shews|focussed)\b", x) for x in texts):
        raise AssertionError(f"transcribed.docx: markers {inside}, {alone}, {conv}, {allm}")
    return {
        "note": ("An OLD REVIEW RE-TYPED IN WORD BY A VOLUNTEER TRANSCRIBER: page 1 the project's heading, a source "
                 "note and 'Transcription conventions' typed '1.' to '" + str(len(_text.TR_CONV)) + ".'; page 2 the "
                 "1996 Part 8 review's title page transcribed, with a transcriber's note; then a page for each "
                 "section (explicit page breaks), headings typed '2. THE FAMILY', paragraphs typed '2.3<TAB>...' in "
                 "hanging indents. '[page 12]' MARKERS where the typescript's pages began ('[page 1]' to '[page "
                 + str(tpage) + "]'): on "
                 "lines of their own (" + str(len(alone)) + ") and INSIDE PARAGRAPHS in mid-sentence (" + str(inside)
                 + "); TRANSCRIBER'S NOTES in square brackets as paragraphs after " + ", ".join(TR_NOTE_AFTER)
                 + " and inside " + ", ".join(TR_NOTE_INSIDE) + "; '[sic]' (" + ", ".join(TR_SIC) + ") and "
                 "'[illegible]' (" + ", ".join(TR_ILLEGIBLE) + ") in the text, which the key keeps; the spellings of "
                 "the time kept ('shew', 'shewed', 'focussed'). The markers and notes are no paragraphs and no "
                 "paragraph's text: a paragraph runs on across a marker. page = 1 + the page breaks (w:br page) "
                 "before the paragraph, not the typescript's page."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 5. ocrdump.txt: a domestic homicide review as a digitisation project's uncorrected OCR text
# --------------------------------------------------------------------------
OC_PLAN = [[60, 70], [75, 80], [90, 100, 95], [110, 105, 115, 100], [95, 105, 90], [70, 75]]
OC_WIDTH, OC_LINES, OC_PAGE0 = 70, 42, 118
OC_SLIP_RUNS = {1, 3}  # the volume pages whose running head is misread


def oc_slips(words):
    """A few OCR slips in the paragraph's middle (never among its first ten or last eight words)."""
    out, n = list(words), 0
    for i in range(10, len(words) - 8):
        if out[i] in _text.OC_SLIPS and n < 2 and i % 3 == 0:
            out[i] = _text.OC_SLIPS[out[i]]
            n += 1
    return out


def oc_breaks(word):
    """Where a printer would hyphenate ``word``: between two consonants with a vowel on either side (with-holding,
    commis-sioned), never inside "ch", "ck", "ng", "ph", "sh", "th", "wh" or a consonant before "l" or "r"
    (dis-closures, con-trolling), three letters at least on each side."""
    v = set("aeiouy")
    return [i for i in range(3, len(word) - 2) if word[i - 1] not in v and word[i] not in v
            and (word[i - 2] in v or word[i + 1] in v) and word[i] not in "lr"
            and word[i - 1:i + 1] not in ("ch", "ck", "ng", "ph", "sh", "th", "wh")]


def oc_wrap(words):
    """Lines as printed: greedy at OC_WIDTH characters, a long plain word hyphenated at the line end to fill it."""
    lines, cur, hyph = [], "", []
    for w in words:
        cand = f"{cur} {w}" if cur else w
        if len(cand) <= OC_WIDTH:
            cur = cand
            continue
        room = OC_WIDTH - len(cur) - 2  # a space and the hyphen
        core = re.fullmatch(r"([a-z]+)([,.;:]?)", w)
        cut = [i for i in oc_breaks(core.group(1)) if i <= room] if cur and core else []
        if cut:
            lines.append(f"{cur} {w[:cut[-1]]}-")
            hyph.append(w)
            cur = w[cut[-1]:]
            continue
        lines.append(cur)
        cur = w
    lines.append(cur)
    return lines, hyph


def make_ocrdump(out, pm):
    path = out / "ocrdump.txt"
    result, texts, read = [], [], []
    flow = []  # the body's lines in order: ("head", s), ("para", s), ("blank", "")
    hyphenated = []
    for s, items in enumerate(OC_PLAN, 1):
        flow += [("blank", ""), ("head", f"{s}. {_text.OC_SECTIONS[s - 1]}"), ("blank", "")]
        for j, n_words in enumerate(items, 1):
            label, t = f"{s}.{j}", pm.make(n_words, "dhr")
            texts.append(t)
            result.append(entry(label, None, t))
            ocr = oc_slips(t.split())
            read.append(" ".join(ocr))
            lines, hy = oc_wrap([label, "", *ocr])  # "3.4  The ..." (two spaces after the number)
            hyphenated += hy
            flow += [("para", ln) for ln in lines] + [("blank", "")]
    # pour the body into the volume's pages
    out_lines = []
    pages, cur = [], []
    first = ["KESTLEBURY COMMUNITY SAFETY PARTNERSHIP", "", "DOMESTIC HOMICIDE REVIEW", "OVERVIEW REPORT",
             "into the death of Ms V", "", f"{FICT.upper()}"]
    cur = list(first)
    for kind, ln in flow:
        if (len(cur) >= OC_LINES and kind != "blank") or (kind == "head" and len(cur) >= OC_LINES - 4):
            pages.append(cur)
            cur = []
        if kind == "blank" and not cur:
            continue
        cur.append(ln)
    pages.append(cur)
    out_lines = [*[ln.format(first=OC_PAGE0, last=OC_PAGE0 + len(pages) - 1) for ln in _text.OC_HEADER], ""]
    for i, lines in enumerate(pages):
        vol = OC_PAGE0 + i
        out_lines.append("=" * 72)
        if i:
            out_lines += [_text.OC_RUN_SLIP if i in OC_SLIP_RUNS else _text.OC_RUN, ""]
        while lines and lines[-1] == "":
            lines = lines[:-1]
        out_lines += lines
        out_lines += ["", f"- {vol if i != 2 else str(vol).replace('1', 'l', 1)} -", ""]
    out_lines.append(f"[End of item {_text.OC_ITEM}: {len(pages)} page images.]")
    text = "\n".join(out_lines) + "\n"
    path.write_text(text, encoding="utf-8")
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    # read back: the furniture taken out by what it looks like (the header block, "=" rules, running heads, "- 119 -"
    # folios, the title lines), line-end hyphens joined; each paragraph's number at a line's start and its words as
    # read (the slips in them) in one run; every paragraph's first and last words as the key has them
    body = text.split("=" * 72, 1)[1]
    lines = [ln for ln in body.split("\n") if ln and not ln.startswith("=") and ln not in
             (_text.OC_RUN, _text.OC_RUN_SLIP) and not re.fullmatch(r"- \S+ -", ln) and ln not in first]
    joined = re.sub(r"([a-z])-\n([a-z])", r"\1\2", "\n".join(lines))
    stream = norm(joined)
    starts = re.findall(r"^(\d+\.\d+)  ", "\n".join(lines), re.M)
    bad = [d["label"] for d, r in zip(result, read, strict=True) if not contains_seq(stream, norm(f"{d['label']} {r}"))
           or _text.key_words(r) != (d["starts_with"], d["ends_with"])]
    if starts != [d["label"] for d in result] or bad:
        raise AssertionError(f"ocrdump.txt: read back {starts}, not whole {bad}")
    crossing = [d["label"] for d, t in zip(result, read, strict=True) if not any(
        contains_seq(norm(re.sub(r"([a-z])-\n([a-z])", r"\1\2", "\n".join(p))), norm(f"{d['label']} {t}"))
        for p in pages)]
    n_slips = sum(a != b for r, t in zip(read, texts, strict=True) for a, b in zip(r.split(), t.split(), strict=True))
    over = [p[-1] for p in pages if p[-1].endswith("-")]  # a word hyphenated across a page image
    if len(crossing) < 2 or len(hyphenated) < 5 or n_slips < 5 or len(over) != 1:
        raise AssertionError(f"ocrdump.txt: crossings {crossing}, hyphens {len(hyphenated)}, slips {n_slips}")
    return {
        "note": ("A DOMESTIC HOMICIDE REVIEW as a DIGITISATION PROJECT'S UNCORRECTED OCR TEXT: the project's item "
                 "header first (item " + _text.OC_ITEM + ", the source volume's 'pages " + str(OC_PAGE0) + "-"
                 + str(OC_PAGE0 + len(pages) - 1) + "', OCR confidence, "
                 "licence), then " + str(len(pages)) + " page images as read, each after a line of '=': the title "
                 "lines on the first, the report's RUNNING HEAD on the others (misread on some: 'PARTNERSHlP', "
                 "'OVERV1EW'), the volume's PAGE NUMBERS '- 119 -' at the foot (one misread '- l20 -'); lines broken "
                 "as printed with " + str(len(hyphenated)) + " END-OF-LINE HYPHENS ('profes-' / 'sional'), one of "
                 "them across a page image ('" + over[0].split()[-1] + "' before the foot and the next page's head), "
                 "the "
                 "hanging indent lost (numbers '3.4  ' at a line's start, continuation lines flush left); "
                 + str(n_slips) + " OCR SLIPS inside paragraphs, two at most in each ('tbe', 'aud', 'uot'), which "
                 "the paragraphs' text keeps; a word hyphenated at a line end is one word. Paragraphs run on "
                 "across page images ("
                 + ", ".join(crossing) + "). The header, rules, running heads and page numbers are no paragraphs. "
                 "No pages (null)."),
        "paragraphs": result,
    }


def build(out):
    register_fonts(T1_FACES)
    return _harness.build_files(out, ParaMaker(), {
        "wayback.html": make_wayback, "repository.pdf": make_repository, "pdfa.pdf": make_pdfa,
        "transcribed.docx": make_transcribed, "ocrdump.txt": make_ocrdump})


def main(out: pathlib.Path, determinism: bool = True) -> dict:
    """Build and self-check into ``out``; with ``determinism``, build again elsewhere and compare the bytes."""
    return _harness.build_checked(build, out, "blind58-determinism-", determinism)


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
