"""Blind fixture generator 67: five FICTIONAL files in which A REVIEW IS SAVED BY A BROWSER, AN EXTENSION OR A
READ-LATER TOOL IN ITS OWN SINGLE-FILE FORMAT: the review's web page (or its PDF) as it lands on a practitioner's
disk when they keep it to read later: a child safeguarding practice review's page saved by Chrome as "Webpage,
Single File" (MHTML), a safeguarding adults review's page saved by Safari as a Web Archive (a binary property list),
a domestic homicide review's page saved by Firefox as "Text Files", a local learning review saved to a wallabag
read-later account and exported with two other saved articles as one EPUB, and a thematic review's page made into a
PDF by the PrintFriendly extension after its reader clicked a paragraph away.

FICTIONAL \u2013 for software testing. Run: python make.py [outdir] (a few seconds: everything is built twice and the
bytes compared). Needs reportlab (its canvas and its font folder's Arial and Times metric Type 1 faces), lxml and
pdfplumber; no system fonts, no network. Every generator checks its own key with pdfplumber, lxml, the standard
library's e-mail, plistlib and zipfile modules, or by reading the text back, never with the project's parser.

chrome.mhtml       a CSPR'S PAGE SAVED BY CHROME AS "WEBPAGE, SINGLE FILE" (MHTML: a MIME multipart/related message,
                   CRLF, all ASCII): "From: <Saved by Blink>", Snapshot-Content-Location, an RFC 2047 Subject in two
                   encoded words, Date, a boundary "----MultipartBoundary--...----"; THE PAGE A QUOTED-PRINTABLE
                   text/html PART (76-column lines, SOFT LINE BREAKS "=" inside words, tags and attribute values, and
                   in 3.3 and 4.2 INSIDE THE "&nbsp;" AFTER THE NUMBER ("...3.3</span>&nbsp=" / ";The ..."), "=3D"
                   for every "=" of the markup, "=E2=80=99" for a curly apostrophe), then the embedded audio player's
                   own document A SECOND text/html PART (Content-ID <frame-...@mhtml.blink>, the <iframe
                   src="cid:..."> pointing at it) whose speed buttons are lines "0.75\u00d7", "1.25\u00d7",
                   "1.5\u00d7"; the stylesheet a text/css part; the logo and a file icon base64 image/png parts with
                   their Content-Location. The page: a skip link, a cookie banner with
                   its buttons, the header's logo and menu, breadcrumbs, the title, "Published ..." and "Last updated
                   ...", A SHARE BAR WHOSE BUTTONS ARE IN A SERIALISED SHADOW ROOT (<template shadowmode="open">), the
                   lead, A DOWNLOAD CARD WHOSE SIZE "1.4 MB" AND "32 pages" ARE BLOCKS OF THEIR OWN, the player's
                   <iframe>, "On this page" links "2. Background", the review's sections "2." to "5." with paragraphs
                   <p class="para"><span class="para__num">2.1</span> The ...</p> (3.3 and 4.2 with "&nbsp;" after the
                   number), a pull quote from the mother after 3.2, "Was this page useful?" and the footer
safari.webarchive  a SAR'S PAGE SAVED BY SAFARI AS A WEB ARCHIVE (a binary property list, "bplist00"): WebMainResource
                   (WebResourceData: the page's HTML as UTF-8 bytes, WebResourceMIMEType, WebResourceTextEncodingName,
                   WebResourceURL, WebResourceFrameName), WebSubresources (the theme's and the contents plugin's
                   stylesheets, A SCRIPT HOLDING THE SITE'S SEARCH DATA: EVERY PARAGRAPH'S NUMBER AND FIRST SENTENCE
                   AGAIN as JSON, the logo; each with a WebResourceResponse: an NSKeyedArchiver property list in a
                   data field) and
                   WebSubframeArchives (the embedded feedback form's own archive: questions "1." to "3."). The page
                   is a WordPress post: the menu, "Posted on ... by ...", the intro, A "TABLE OF CONTENTS PLUS" BOX
                   WHOSE ENTRIES CARRY THE PLUGIN'S OWN HEADING NUMBERS IN SPANS ("1 Introduction", "3 What we found",
                   "3.1 Hospital discharge", "3.2 Self-neglect", "4 What needs to change"), so that the contents box
                   shows "3.1" and "3.2" BEFORE the review's own 3.1 and 3.2 and "3.2" for another text; headings
                   without numbers wrapped in the plugin's <span id>; the review's paragraphs typed "1.1 The ...",
                   "<strong>2.1</strong> The ..." or "2.3&nbsp;The ..."; file blocks, Jetpack's share bar, the
                   feedback <iframe>, the footer
firefox.txt        a DHR'S PAGE SAVED BY FIREFOX AS "TEXT FILES" (UTF-8, CRLF; Firefox's plain-text serialiser with
                   its formatted, absolute-links flags and a wrap column of 80): every link's text followed by its
                   address in angle brackets, "*bold*", "^1" for a superscript, menu items "  * ", ordered
                   lists " 1. " (the BREADCRUMBS and the CONTENTS: lines beginning " 1. Home <...>"), h1 indented two
                   spaces and h2 four ("    1. Introduction"), two blank lines before a heading and one after a
                   paragraph, <dd> indented four, table cells parted by a TAB (a key dates table whose lines begin
                   "14.02.22<TAB>"), a non-cite blockquote indented four, <hr> as 80 hyphens, lines wrapped at
                   spaces to at most 80 columns (84 before a wrap is made) and after hyphens between letters. THE
                   PARAGRAPHS' NUMBERS ARE LINKS TO THEIR OWN ANCHORS, so each paragraph opens "*1.1*
                   <https://.../dhr-ms-t#p1-1> The ..." (bold numbers) or "2.2 <https://...#p2-2> The ..." (plain);
                   two paragraphs carry a footnote reference after a sentence ("...^1 <https://...#fn1> ..."), one a
                   line break kept in mid-paragraph; the notes list " 1. Home Office (2016) ...", the help box, "Was
                   this page helpful?", the footer
wallabag.epub      A LOCAL LEARNING REVIEW SAVED TO A WALLABAG READ-LATER ACCOUNT AND EXPORTED WITH TWO OTHER SAVED
                   ARTICLES AS ONE EPUB 3 (PHPePub's package: "mimetype" stored first, META-INF/container.xml,
                   OEBPS/book.opf, OEBPS/book.ncx, OEBPS/epub3toc.xhtml, A CHAPTER FILE PER ARTICLE NAMED BY THE SHA-1
                   OF ITS URL AND TITLE, so that the files' names do not sort in reading order, the preview picture
                   under images/, and "Notices" in CoverBack.xhtml): each chapter "(2/3) Local learning review: Child
                   P" in an <h1>, wallabag's <dl> of Published by, Published on, Added on, Estimated reading time,
                   Address, Internal link and Tags, the title again in an <h2>, then the article as wallabag's reader
                   extracted it. Article 1, a practice blog, has a paragraph OPENING "2.4 million children ..." and
                   ten headings "1. Ask who lives in the house" to "10. ..."; article 2 is the review: its headings
                   "1. Why we carried out this review", paragraphs typed "1.1 The ..." and, in section 3, "3.1The ..."
                   (THE READER KEPT THE NUMBER'S SPAN AND DROPPED THE SPACE THE SITE'S STYLE HAD DRAWN), one paragraph
                   (2.3) CUT IN TWO <p>s where the site had a double line break; article 3 a news item whose
                   programme lines open with times "9.30", "10.15", "11.30"; then wallabag's notices
printfriendly.pdf  a THEMATIC REVIEW'S PAGE MADE INTO A PDF BY THE PRINTFRIENDLY EXTENSION (A4, Times New Roman text,
                   Arial headings; Creator PrintFriendly): the page's address in small grey type above the title on
                   page 1, the date line, the lead, the accordion's "Show all sections" and its buttons as headings
                   "1. About this review"; the review's paragraphs with bold numbers, continuation lines flush under
                   the number, paragraphs over page breaks; A BAR CHART after 3.2 WHOSE Y-AXIS TICK LABELS "0.0" TO
                   "3.0" STAND AT THE LEFT MARGIN, its bars' names and caption; "Key questions for practitioners" in
                   a ruled box after 4.3 and the page's closing line. THE READER CLICKED PARAGRAPH 3.3 AWAY BEFORE
                   MAKING THE PDF (PrintFriendly's delete-on-click), so 3.2 is followed by 3.4

Judgement calls (as in earlier rounds, what a practitioner citing the review would expect):
- the label is the review's paragraph number as printed, without a trailing stop: "3.2", wherever the saving tool
  put it (in a span, bold, inside a link before its address, glued to the first word by a reader view);
- none of the five hosts numbers paragraphs of its own (the contents box's "3.1" is the plugin's number for a
  heading, the blog's headings "1." to "10." are a list of points, the programme's times are times), so each key
  holds THE REVIEW'S paragraphs; had a host numbered its own, its own would be keyed instead (round 65, amended);
- each key holds the review's own paragraphs only, each ONCE, in the order the file gives them (its reading order:
  the EPUB's spine, the MHTML's and the web archive's main document), never what the saving tool or the site added:
  MIME headers and parts, the player's frame, the stylesheet, the search data script, the subframe's form, menus,
  breadcrumbs, contents boxes, cookie banners, share bars, download cards, pull quotes, link addresses, footnote
  references and notes, wallabag's title, metadata and notices, the other saved articles, the extension's address
  line, the chart and the box;
- a paragraph is one paragraph across quoted-printable soft breaks, Firefox's wrapping, a <br> kept in it, a
  reader's cut into two <p>s (its key ends with the second's last words) and a page break;
- a paragraph the reader deleted before printing is no paragraph of the file (printfriendly.pdf has no 3.3);
- pages: physical and 1-based for the PDF; the MHTML, the web archive, the text file and the EPUB: null.
"""
import base64
import hashlib
import io
import json
import os
import pathlib
import plistlib
import re
import sys
import zipfile

if __package__ in (None, ""):
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

    from blindkit import harness as _harness  # type: ignore
    from blindkit.draw import A4, Layout, register_fonts, sw, wrap  # type: ignore
    from blindkit.keys import check_count, check_crossings, check_lengths, entry, first_sentence  # type: ignore
    from blindkit.markup import hesc, token, xesc  # type: ignore
    from blindkit.markup import striped_png as png
    from blindkit.pdfread import check_pdf_key, pdf_pages, words_of  # type: ignore

    _text = _harness.load(__file__, "blind67_text", "text.py")
else:
    from ..blindkit import harness as _harness
    from ..blindkit.draw import A4, Layout, register_fonts, sw, wrap
    from ..blindkit.keys import check_count, check_crossings, check_lengths, entry, first_sentence
    from ..blindkit.markup import hesc, token, xesc
    from ..blindkit.markup import striped_png as png
    from ..blindkit.pdfread import check_pdf_key, pdf_pages, words_of
    from . import text as _text

ParaMaker, norm, contains_seq = _text.ParaMaker, _text.norm, _text.contains_seq
FICT, INVENTED = _text.FICT, _text.INVENTED
A, AB, AI = "ArialMT", "Arial-BoldMT", "Arial-ItalicMT"
T, TB = "TimesNewRomanPSMT", "TimesNewRomanPS-BoldMT"
T1_FACES = {A: "_a______", AB: "_ab_____", AI: "_ai_____", T: "_er_____", TB: "_eb_____"}
BLACK, GREY = (0, 0, 0), (0.42, 0.42, 0.42)


def one_line(s):
    """Whitespace collapsed, no-break spaces made spaces (text as a browser lays it out)."""
    return " ".join(s.replace("\xa0", " ").split())


def review_texts(pm, labels_words, kind):
    """{label: text} for [(label, words)], made in order."""
    return {lab: pm.make(n, kind) for lab, n in labels_words}


# --------------------------------------------------------------------------
# 1. chrome.mhtml: a CSPR's page saved by Chrome as "Webpage, Single File"
# --------------------------------------------------------------------------
MH_BOUNDARY = "----MultipartBoundary--" + token("mhtml boundary", 42) + "----"
MH_MAIN_ID = "frame-" + token("mhtml main frame", 32, "0123456789ABCDEF") + "@mhtml.blink"
MH_FRAME_ID = "frame-" + token("mhtml player frame", 32, "0123456789ABCDEF") + "@mhtml.blink"
MH_CSS_URL = _text.MH_SITE + "/themes/custom/orrinsford/css/main.css?v=4.2.1"
MH_LOGO_URL = _text.MH_SITE + "/themes/custom/orrinsford/img/logo.png"
MH_ICON_URL = _text.MH_SITE + "/themes/custom/orrinsford/img/icon-pdf.png"
MH_CSS = """:root{--teal:#00646e;--ink:#1b1b1b}
body{margin:0;font-family:"Source Sans 3",Arial,sans-serif;font-size:1.125rem;line-height:1.55;color:var(--ink)}
.skip-link{position:absolute;left:-9999px}.skip-link:focus{left:1rem;top:1rem}
.cookie-banner{background:#f3f2f1;padding:1rem 2rem}.cookie-banner button{margin-right:.5rem}
.fictional{background:#fff3cd;font-size:.8rem;padding:.25rem 2rem}
.site-header{display:flex;align-items:center;justify-content:space-between;padding:1rem 2rem;
border-bottom:4px solid var(--teal)}.menu{display:flex;gap:1.5rem;list-style:none}
.breadcrumb ol{display:flex;list-style:none;padding:0 2rem;font-size:.9rem}
.breadcrumb li+li::before{content:"\\203A";margin:0 .5rem}
main{max-width:46rem;margin:0 auto;padding:0 1rem 3rem}.meta{list-style:none;padding:0;color:#505a5f}
.lead{font-size:1.3rem}.file{display:grid;grid-template-columns:3rem 1fr;border:1px solid #b1b4b6;padding:1rem;
margin:1.5rem 0}.file__size,.file__pages{color:#505a5f;font-size:.9rem}
.player iframe{border:0;width:100%;height:72px}.toc{border-left:4px solid var(--teal);padding-left:1rem}
.para{position:relative;padding-left:3.5rem}.para__num{position:absolute;left:0;font-weight:700;color:var(--teal)}
.pullquote{font-size:1.4rem;border-left:6px solid var(--teal);margin:2rem 0;padding-left:1.25rem}
.pullquote footer{font-size:1rem;color:#505a5f}.feedback{border-top:1px solid #b1b4b6;margin-top:3rem}
.site-footer{background:#0b0c0c;color:#fff;padding:2rem}.site-footer a{color:#fff}
@media print{.cookie-banner,.site-header nav,.player,.feedback{display:none}}
"""


def mh_qp(text):
    """Quoted-printable as Blink writes an MHTML part: UTF-8, 76-column lines with soft breaks, CRLF."""
    import quopri
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").replace("\n", "\r\n")


MH_ROOM = 75 - len("=?utf-8?Q??=")


def mh_subject(s, room=MH_ROOM):
    """An RFC 2047 header value in the Q encoding, cut into encoded words between characters (folded)."""
    words, cur = [], ""
    for ch in s:
        if ch == " ":
            enc = "_"
        elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            enc = ch
        else:
            enc = "".join(f"={b:02X}" for b in ch.encode("utf-8"))
        if len(cur) + len(enc) > room - 10:
            words.append(cur)
            cur = ""
        cur += enc
    words.append(cur)
    return "\r\n ".join(f"=?utf-8?Q?{w}?=" for w in words)


def mh_page(texts):
    """The page as Blink serialises its DOM for the MHTML (no scripts; the shadow root as a template)."""
    site = _text.MH_SITE
    h = ["<!DOCTYPE html><html lang=\"en-GB\" dir=\"ltr\" class=\"js\"><head><meta http-equiv=\"Content-Type\" "
         "content=\"text/html; charset=UTF-8\">",
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1.0\">",
         f"<title>{xesc(_text.MH_TITLE)}</title>",
         f"<link rel=\"stylesheet\" media=\"all\" href=\"{hesc(MH_CSS_URL)}\">",
         f"<meta name=\"description\" content=\"{hesc(_text.MH_LEAD)}\">",
         f"<link rel=\"canonical\" href=\"{_text.MH_URL}\">",
         "</head>",
         "<body class=\"path-node page-node-type-review\">",
         "<a href=\"#main-content\" class=\"skip-link\">Skip to main content</a>",
         "<div class=\"cookie-banner\" role=\"region\" aria-label=\"Cookies on this site\"><h2>Cookies on this "
         f"site</h2><p>{xesc(_text.MH_COOKIE)}</p><div class=\"cookie-banner__buttons\">"
         + "".join(f"<button type=\"button\">{xesc(b)}</button>" for b in _text.MH_COOKIE_BUTTONS[:2])
         + f"<a href=\"{site}/cookies\">{xesc(_text.MH_COOKIE_BUTTONS[2])}</a></div></div>",
         f"<div class=\"fictional\">{xesc(FICT)}. {xesc(INVENTED)}</div>",
         f"<header class=\"site-header\"><a href=\"{site}/\" class=\"site-logo\" rel=\"home\"><img src=\""
         f"{MH_LOGO_URL}\" alt=\"{hesc(_text.MH_PARTNERSHIP)} (FICTIONAL) home\" width=\"220\" height=\"64\"></a>",
         "<nav aria-label=\"Main\"><ul class=\"menu\">" + "".join(
             f"<li><a href=\"{site}{u}\">{xesc(t)}</a></li>" for t, u in _text.MH_NAV) + "</ul></nav></header>",
         f"<nav class=\"breadcrumb\" aria-label=\"Breadcrumb\"><ol><li><a href=\"{site}/\">Home</a></li><li><a "
         f"href=\"{site}/reviews\">Reviews</a></li><li aria-current=\"page\">Child M</li></ol></nav>",
         "<main id=\"main-content\"><article class=\"review\">",
         f"<h1 class=\"page-title\">{xesc(_text.MH_H1)}</h1>",
         "<ul class=\"meta\">" + "".join(f"<li>{xesc(m)}</li>" for m in _text.MH_META) + "</ul>",
         "<share-tools><template shadowmode=\"open\"><div class=\"share\" part=\"bar\">" + "".join(
             f"<button type=\"button\">{xesc(b)}</button>" for b in _text.MH_SHARE) + "</div><slot></slot>"
         "</template></share-tools>",
         f"<p class=\"lead\">{xesc(_text.MH_LEAD)}</p>"]
    name, url, kind, size, pages = _text.MH_FILE
    h.append(f"<div class=\"file\"><img class=\"file__icon\" src=\"{MH_ICON_URL}\" alt=\"\" width=\"32\" "
             f"height=\"40\"><div class=\"file__body\"><a class=\"file__link\" href=\"{site}{url}\">{xesc(name)}</a>"
             f"<div class=\"file__type\">{kind}</div><div class=\"file__size\">{size}</div><div class=\"file__pages\">"
             f"{pages}</div></div></div>")
    h.append(f"<div class=\"player\"><iframe src=\"cid:{MH_FRAME_ID}\" title=\"{_text.MH_PLAYER_TITLE}\" "
             "loading=\"lazy\" allow=\"autoplay\"></iframe></div>")
    h.append("<nav class=\"toc\" aria-labelledby=\"toc-title\"><h2 id=\"toc-title\">On this page</h2><ul>" + "".join(
        f"<li><a href=\"#section-{num[:-1]}\">{num} {xesc(title)}</a></li>" for num, title, _i in _text.MH_SECTIONS)
             + "</ul></nav>")
    for num, title, items in _text.MH_SECTIONS:
        h.append(f"<section id=\"section-{num[:-1]}\" class=\"review-section\">")
        h.append(f"<h2>{num} {xesc(title)}</h2>")
        for lab, _w in items:
            gap = "&nbsp;" if lab in _text.MH_NBSP else " "
            h.append(f"<p class=\"para\" id=\"para-{lab.replace('.', '-')}\"><span class=\"para__num\">{lab}</span>"
                     f"{gap}{xesc(texts[lab])}</p>")
            if lab == _text.MH_PULL_AFTER:
                q, who = _text.MH_PULL
                h.append(f"<blockquote class=\"pullquote\"><p>{xesc(q)}</p><footer>{xesc(who)}</footer></blockquote>")
        h.append("</section>")
    h.append("</article>")
    yes_no = "".join(f"<button type=\"button\">{b}</button>" for b in _text.MH_HELPFUL[1:3])
    h.append(f"<div class=\"feedback\"><h2>{_text.MH_HELPFUL[0]}</h2>{yes_no}<a href=\"{site}/report-a-problem\">"
             f"{_text.MH_HELPFUL[3]}</a></div>")
    h.append("</main>")
    foot = _text.MH_FOOTER
    h.append(f"<footer class=\"site-footer\"><p>{xesc(foot[0])}</p><p>{xesc(foot[1])}</p><ul>" + "".join(
        f"<li><a href=\"{site}/{t.lower().replace(' ', '-')}\">{t}</a></li>" for t in foot[2:]) + "</ul></footer>")
    h.append("</body></html>")
    return "\n".join(h)


def mh_player():
    """The embedded player's own document (the iframe's part)."""
    pressed = " aria-pressed=\"true\""
    speeds = "\n".join(f"<button type=\"button\" class=\"ra-rate\"{pressed if s == _text.MH_SPEEDS[1] else ''}>"
                       f"{s}</button>" for s in _text.MH_SPEEDS)
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
            "charset=UTF-8\"><title>ReadAloud player</title><style>body{margin:0;font:14px Arial,sans-serif}"
            ".ra-player{display:flex;gap:8px;align-items:center;background:#f3f2f1;padding:8px}</style></head>\n"
            "<body><div class=\"ra-player\" role=\"region\" aria-label=\"Listen to this page\">\n"
            f"<div class=\"ra-title\">{_text.MH_PLAYER[0]}</div>\n<button type=\"button\" class=\"ra-play\">"
            f"{_text.MH_PLAYER[1]}</button>\n<div class=\"ra-time\">{_text.MH_PLAYER[2]}</div>\n"
            "<div class=\"ra-speed\" role=\"group\" aria-label=\"Speed\">\n" + speeds + "\n</div>\n"
            f"<p class=\"ra-credit\">{_text.MH_PLAYER_FOOT} {FICT}.</p>\n</div></body></html>")


def make_mhtml(out, pm):
    path = out / "chrome.mhtml"
    items = [it for _n, _t, its in _text.MH_SECTIONS for it in its]
    texts = review_texts(pm, items, "child")
    order = [lab for lab, _w in items]
    page, player = mh_page(texts), mh_player()

    def b64(data):
        s = base64.b64encode(data).decode("ascii")
        return "\r\n".join(s[k:k + 76] for k in range(0, len(s), 76))
    head = ["From: <Saved by Blink>", f"Snapshot-Content-Location: {_text.MH_URL}",
            f"Subject: {mh_subject(_text.MH_TITLE)}", f"Date: {_text.MH_SAVED}", "MIME-Version: 1.0",
            f"Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"{MH_BOUNDARY}\""]
    parts = [
        (["Content-Type: text/html", f"Content-ID: <{MH_MAIN_ID}>", "Content-Transfer-Encoding: quoted-printable",
          f"Content-Location: {_text.MH_URL}"], mh_qp(page)),
        (["Content-Type: text/html", f"Content-ID: <{MH_FRAME_ID}>", "Content-Transfer-Encoding: quoted-printable"],
         mh_qp(player)),
        (["Content-Type: text/css", "Content-Transfer-Encoding: quoted-printable", f"Content-Location: {MH_CSS_URL}"],
         mh_qp(MH_CSS)),
        (["Content-Type: image/png", "Content-Transfer-Encoding: base64", f"Content-Location: {MH_LOGO_URL}"],
         b64(png(44, 13, (0, 100, 110), (255, 255, 255)))),
        (["Content-Type: image/png", "Content-Transfer-Encoding: base64", f"Content-Location: {MH_ICON_URL}"],
         b64(png(8, 10, (212, 53, 28), (255, 255, 255), 2))),
    ]
    msg = "\r\n".join(head) + "\r\n\r\n"
    for hdrs, body in parts:
        msg += f"--{MH_BOUNDARY}\r\n" + "\r\n".join(hdrs) + "\r\n\r\n" + body + "\r\n"
        msg += "\r\n" if not body.endswith("\r\n") else ""
    msg += f"--{MH_BOUNDARY}--\r\n"
    path.write_bytes(msg.encode("ascii"))
    result = [entry(lab, None, texts[lab]) for lab in order]
    check_lengths(path.name, list(texts.values()))
    check_count(path.name, result, 10, 20)
    check_mhtml(path, result, texts)
    return {
        "note": ("A CHILD SAFEGUARDING PRACTICE REVIEW'S PAGE SAVED BY CHROME AS 'WEBPAGE, SINGLE FILE' (MHTML: a "
                 "MIME multipart/related message, CRLF, all ASCII): 'From: <Saved by Blink>', "
                 "'Snapshot-Content-Location: https://www.orrinsfordscp.example/reviews/cspr-child-m', an RFC 2047 "
                 "Subject folded into two Q-encoded words, Date, MIME-Version, the boundary "
                 "'----MultipartBoundary--...----'. PART 1, the page (text/html, Content-ID <frame-...@mhtml.blink>, "
                 "QUOTED-PRINTABLE: 76-column lines ending in '=' where a SOFT LINE BREAK falls, inside words, tags "
                 "and attribute values ('initial-scale=3D1.=' / '0\">'); '=3D' for every '=' of the markup; "
                 "'=E2=80=99' and '=E2=80=93' for the curly apostrophes and dashes; Blink writes a no-break space as "
                 "'&nbsp;', and in 3.3 and 4.2 THE SOFT BREAK FALLS INSIDE THAT ENTITY after the number: "
                 "'<span class=3D\"para__num\">3.3</span>&nbsp=' and the next line ';The ...'). PART 2, the "
                 "embedded audio player's own document (text/html, quoted-printable, its Content-ID the page's <iframe "
                 "src=\"cid:...\">): 'Listen to this page', 'Play', '0:00 / 14:32' and SPEED BUTTONS ON LINES OF "
                 "THEIR OWN '0.75\u00d7', '1\u00d7', '1.25\u00d7', '1.5\u00d7', '2\u00d7'. PART 3 the stylesheet "
                 "(text/css), PARTS 4 and 5 the logo and a file icon (image/png, base64, each with its "
                 "Content-Location). The page as Blink serialises it (no scripts): a skip link, a COOKIE BANNER "
                 "('Cookies on this site', its text and buttons), a FICTIONAL line, the logo and menu, breadcrumbs "
                 "(Home, Reviews, Child M), the title, 'Published 26 February 2025' and 'Last updated 3 March "
                 "2025', a custom element whose SHARE BUTTONS ARE IN A SERIALISED SHADOW ROOT (<template "
                 "shadowmode=\"open\">), the lead, A DOWNLOAD CARD whose type 'PDF', size '1.4 MB' and '32 pages' "
                 "are <div>s of their own, the player's <iframe>, 'On this page' (links '2. Background' to '5. "
                 "Learning for the partnership'), then the review's sections, each an <h2> '2. Background' and "
                 "paragraphs <p class=\"para\"><span class=\"para__num\">2.1</span> The ...</p> (the number drawn "
                 "in the margin by the stylesheet; 3.3 and 4.2 with '&nbsp;' after the number), a PULL QUOTE from "
                 "Child M's mother after 3.2 (<blockquote> with a <footer>), 'Was this page useful?' with Yes and No "
                 "and the site's footer. The host numbers no paragraphs of its own. Not paragraphs: everything but "
                 "the review's paragraphs. No pages (null)."),
        "paragraphs": result,
    }


def check_mhtml(path, result, texts):
    """The standard library's e-mail parser: the MHTML's structure (related: html, html, css, png, png), CRLF only and
    no line over 76 in the encoded parts, soft breaks (two inside '&nbsp;' after a number), '=3D' and '=E2=80=99' in
    the raw bytes, the Subject decoded;
    lxml over the decoded page: the <p class="para">s are the key's paragraphs in order, each its number in the span
    and its text whole; the iframe points at part 2, whose speed buttons are there; the shadow root's template."""
    import email
    import email.policy

    import lxml.html
    raw = path.read_bytes()
    if b"\n" in raw.replace(b"\r\n", b"") or max(len(ln) for ln in raw.split(b"\r\n")) > 998:
        raise AssertionError("chrome.mhtml: line ends")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    parts = list(msg.iter_parts())
    kinds = [p.get_content_type() for p in parts]
    if msg.get_content_type() != "multipart/related" or kinds != ["text/html", "text/html", "text/css", "image/png",
                                                                  "image/png"]:
        raise AssertionError(f"chrome.mhtml: structure {kinds}")
    if str(msg["Subject"]) != _text.MH_TITLE or b"=3D" not in raw or b"=E2=80=99" not in raw or \
            raw.count(b"=\r\n") < 50 or raw.count(b"</span>&nbsp=\r\n;The ") != len(_text.MH_NBSP):
        raise AssertionError("chrome.mhtml: encoding")
    for p in parts[:3]:
        body = p.get_payload(decode=False)
        if p["Content-Transfer-Encoding"] != "quoted-printable" or max(len(ln) for ln in body.split("\n")) > 77:
            raise AssertionError("chrome.mhtml: quoted-printable lines")
    page = parts[0].get_payload(decode=True).decode("utf-8")
    root = lxml.html.fromstring(page)
    got = []
    for p in root.xpath("//p[@class='para']"):
        num = p.find("span").text_content()
        got.append([num, one_line(p.text_content())[len(num):].strip()])
    if got != [[d["label"], texts[d["label"]]] for d in result]:
        raise AssertionError(f"chrome.mhtml: read back {[g[0] for g in got]}")
    frame = parts[1].get_payload(decode=True).decode("utf-8")
    if root.xpath("//iframe/@src") != [f"cid:{MH_FRAME_ID}"] or parts[1]["Content-ID"] != f"<{MH_FRAME_ID}>" or \
            "\n<button type=\"button\" class=\"ra-rate\">1.25\u00d7</button>" not in frame:
        raise AssertionError("chrome.mhtml: the player's frame")
    if "<template shadowmode=\"open\">" not in page or "<div class=\"file__size\">1.4 MB</div>" not in page or \
            page.count("&nbsp;") != len(_text.MH_NBSP):
        raise AssertionError("chrome.mhtml: page furniture")


# --------------------------------------------------------------------------
# 2. safari.webarchive: a SAR's page saved by Safari as a Web Archive
# --------------------------------------------------------------------------
WA_CSS_URL = _text.WA_SITE + "/wp-content/themes/calderwick/style.css?ver=2.3.1"
WA_TOC_CSS_URL = _text.WA_SITE + "/wp-content/plugins/table-of-contents-plus/screen.min.css?ver=2411.1"
WA_JS_URL = _text.WA_SITE + "/wp-content/themes/calderwick/js/search-data.js?ver=2.3.1"
WA_LOGO_URL = _text.WA_SITE + "/wp-content/uploads/2023/05/calderwick-sab-logo.png"
WA_FORM_URL = "https://forms.calderwicksab.example/embed/sar-mrs-d-feedback"
WA_CSS = """/* Theme Name: Calderwick (FICTIONAL) */
body{margin:0;font-family:Georgia,serif;font-size:18px;line-height:1.6;color:#222}
.site-header{background:#4b2a6b;color:#fff;padding:16px 32px}.main-navigation ul{list-style:none;display:flex;gap:24px}
.entry-content{max-width:720px;margin:0 auto}.entry-content h2{color:#4b2a6b}
.wp-block-file{display:flex;justify-content:space-between;border:1px solid #ccc;padding:12px;margin:12px 0}
.sharedaddy ul{list-style:none;display:flex;gap:12px}.site-footer{background:#222;color:#eee;padding:24px 32px}
"""
WA_TOC_CSS = """#toc_container{background:#f9f9f9;border:1px solid #aaa;padding:10px;margin-bottom:1em;display:table}
#toc_container .toc_title{font-weight:700;text-align:center}#toc_container ul{list-style:none;margin:0;padding:0}
#toc_container ul ul{margin-left:1.5em}.toc_number{margin-right:.3em}
"""


def wa_id(title):
    """Table of Contents Plus's anchor for a heading: spaces made underscores."""
    return title.replace(" ", "_")


def wa_para(lab, text, how):
    t = xesc(text)
    if how == "strong":
        return f"<p><strong>{lab}</strong> {t}</p>"
    if how == "nbsp":
        return f"<p>{lab}&nbsp;{t}</p>"
    return f"<p>{lab} {t}</p>"


def wa_toc():
    """Table of Contents Plus's box: the plugin's own hierarchical numbers in spans before each heading's title."""
    items = []
    for k, (head, subs) in enumerate(_text.WA_PARTS, 1):
        inner = [sub for sub, _i in subs if sub]
        li = (f"<li><a href=\"#{wa_id(head)}\"><span class=\"toc_number toc_depth_1\">{k}</span> {xesc(head)}</a>")
        if inner:
            li += "<ul>" + "".join(f"<li><a href=\"#{wa_id(s)}\"><span class=\"toc_number toc_depth_2\">{k}.{j}</span> "
                                   f"{xesc(s)}</a></li>" for j, s in enumerate(inner, 1)) + "</ul>"
        items.append(li + "</li>")
    return (f"<div id=\"toc_container\" class=\"no_bullets\"><p class=\"toc_title\">{_text.WA_TOC_TITLE} <span "
            f"class=\"toc_toggle\">[<a href=\"#\">{_text.WA_TOC_TOGGLE}</a>]</span></p><ul class=\"toc_list\">"
            + "".join(items) + "</ul></div>")


def wa_page(texts):
    """The page as WebKit serialises it for the archive: a WordPress post."""
    site = _text.WA_SITE
    h = ["<!DOCTYPE html>", "<html lang=\"en-GB\"><head>", "<meta charset=\"UTF-8\">",
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
         f"<title>{xesc(_text.WA_TITLE)}</title>",
         f"<link rel=\"stylesheet\" id=\"calderwick-style-css\" href=\"{hesc(WA_CSS_URL)}\" media=\"all\">",
         f"<link rel=\"stylesheet\" id=\"toc-screen-css\" href=\"{hesc(WA_TOC_CSS_URL)}\" media=\"all\">",
         f"<script src=\"{hesc(WA_JS_URL)}\" id=\"calderwick-search-data-js\"></script>",
         "<meta name=\"generator\" content=\"WordPress 6.7.2\">", "</head>",
         "<body class=\"post-template-default single single-post postid-1187 single-format-standard\">",
         "<div id=\"page\" class=\"site\">",
         "<a class=\"skip-link screen-reader-text\" href=\"#primary\">Skip to content</a>",
         f"<div class=\"fictional-banner\">{xesc(FICT)}. {xesc(INVENTED)}</div>",
         "<header id=\"masthead\" class=\"site-header\"><div class=\"site-branding\"><a href=\"" + site + "/\" "
         f"rel=\"home\"><img src=\"{WA_LOGO_URL}\" alt=\"{xesc(_text.WA_BOARD)}\" width=\"240\" height=\"72\">"
         "</a></div>",
         "<nav id=\"site-navigation\" class=\"main-navigation\"><button class=\"menu-toggle\" aria-controls=\"primary-"
         "menu\" aria-expanded=\"false\">Menu</button><ul id=\"primary-menu\" class=\"menu\">" + "".join(
             f"<li class=\"menu-item\"><a href=\"{site}/{m.lower().replace(' ', '-')}/\">{xesc(m)}</a></li>"
             for m in _text.WA_MENU) + "</ul></nav></header>",
         "<main id=\"primary\" class=\"site-main\">",
         "<article id=\"post-1187\" class=\"post-1187 post type-post status-publish format-standard hentry "
         "category-reviews\">",
         f"<header class=\"entry-header\"><h1 class=\"entry-title\">{xesc(_text.WA_H1)}</h1><div class=\"entry-meta\">"
         "<span class=\"posted-on\">Posted on <a href=\"" + _text.WA_URL + "\" rel=\"bookmark\"><time class=\"entry-"
         "date published\" datetime=\"2025-02-18T09:30:00+00:00\">18 February 2025</time></a></span><span "
         "class=\"byline\"> by <span class=\"author vcard\"><a class=\"url fn n\" href=\"" + site + "/author/"
         "calderwick-sab/\">Calderwick SAB</a></span></span></div></header>",
         "<div class=\"entry-content\">",
         f"<p>{xesc(_text.WA_INTRO)}</p>",
         wa_toc()]
    for head, subs in _text.WA_PARTS:
        h.append(f"<h2 class=\"wp-block-heading\"><span id=\"{wa_id(head)}\">{xesc(head)}</span></h2>")
        for sub, items in subs:
            if sub:
                h.append(f"<h3 class=\"wp-block-heading\"><span id=\"{wa_id(sub)}\">{xesc(sub)}</span></h3>")
            for lab, _w, how in items:
                h.append(wa_para(lab, texts[lab], how))
    h.append("<h2 class=\"wp-block-heading\">Downloads</h2>")
    for name, url in _text.WA_DOWNLOADS:
        h.append(f"<div class=\"wp-block-file\"><a href=\"{site}{url}\">{xesc(name)}</a><a href=\"{site}{url}\" "
                 "class=\"wp-block-file__button wp-element-button\" download>Download</a></div>")
    h.append(f"<figure class=\"wp-block-embed\"><iframe src=\"{WA_FORM_URL}\" title=\"{xesc(_text.WA_FEEDBACK_TITLE)}"
             "\" width=\"100%\" height=\"480\" loading=\"lazy\"></iframe></figure>")
    share = _text.WA_SHARE
    h.append("<div class=\"sharedaddy sd-sharing-enabled\"><div class=\"robots-nocontent sd-block sd-social "
             f"sd-social-icon-text sd-sharing\"><h3 class=\"sd-title\">{share[0]}</h3><div class=\"sd-content\"><ul>"
             + "".join(f"<li class=\"share-{s.lower()}\"><a rel=\"nofollow noopener noreferrer\" class=\"share-"
                       f"{s.lower()} sd-button share-icon\" href=\"{_text.WA_URL}?share={s.lower()}\"><span>{s}</span>"
                       "</a></li>" for s in share[1:]) + "</ul></div></div></div>")
    h.append("</div>")
    h.append("</article>")
    h.append("</main>")
    h.append("<footer id=\"colophon\" class=\"site-footer\">" + "".join(f"<p>{xesc(f)}</p>" for f in _text.WA_FOOTER)
             + "</footer>")
    h.append("</div>")
    h.append("</body></html>")
    return "\n".join(h)


def wa_form():
    """The embedded feedback form's own document (the subframe's archive)."""
    qs = []
    for num, q, opts in _text.WA_FEEDBACK:
        field = ("".join(f"<label><input type=\"radio\" name=\"q{num[:-1]}\"> {o}</label>" for o in opts) if opts
                 else f"<input type=\"text\" name=\"q{num[:-1]}\" aria-label=\"{q}\">")
        qs.append(f"<div class=\"question\"><div class=\"question-title\"><span class=\"ordinal\">{num}</span> "
                  f"<span class=\"text\">{xesc(q)}</span></div>{field}</div>")
    return ("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>"
            f"{xesc(_text.WA_FEEDBACK_TITLE)}</title></head><body><form class=\"form\"><h1>"
            f"{xesc(_text.WA_FEEDBACK_TITLE)}</h1><p class=\"fictional\">{xesc(FICT)}.</p>" + "".join(qs)
            + "<button type=\"submit\">Submit</button></form></body></html>")


def wa_search_js(texts):
    """The theme's search data: the post's title and every paragraph's number and first sentence, as JSON."""
    order = [lab for _h, subs in _text.WA_PARTS for _s, items in subs for lab, _w, _how in items]
    data = {"posts": [{"id": 1187, "title": _text.WA_H1, "url": _text.WA_URL,
                       "paras": [f"{lab} {first_sentence(texts[lab])}" for lab in order]}]}
    return "/* Calderwick site search data (FICTIONAL) */\nwindow.calderwickSearch = " + json.dumps(
        data, ensure_ascii=True, separators=(",", ":")) + ";\n"


def wa_response(url, mime, length):
    """A WebResourceResponse: an NSHTTPURLResponse archived by NSKeyedArchiver (a binary property list)."""
    UID = plistlib.UID
    objs = ["$null", {"$class": UID(5), "URL": UID(2), "MIMEType": UID(3), "StatusCode": 200,
                      "ExpectedContentLength": length, "TextEncodingName": UID(4)},
            {"$class": UID(6), "NS.relative": url}, mime, "utf-8",
            {"$classname": "NSHTTPURLResponse", "$classes": ["NSHTTPURLResponse", "NSURLResponse", "NSObject"]},
            {"$classname": "NSURL", "$classes": ["NSURL", "NSObject"]}]
    return plistlib.dumps({"$archiver": "NSKeyedArchiver", "$version": 100000,
                           "$top": {"WebResourceResponse": UID(1)}, "$objects": objs}, fmt=plistlib.FMT_BINARY)


def wa_resource(data, mime, url, encoding=None, response=True):
    r = {"WebResourceData": data, "WebResourceMIMEType": mime, "WebResourceURL": url}
    if encoding:
        r["WebResourceTextEncodingName"] = encoding
    if response:
        r["WebResourceResponse"] = wa_response(url, mime, len(data))
    return r


def make_webarchive(out, pm):
    path = out / "safari.webarchive"
    items = [(lab, w) for _h, subs in _text.WA_PARTS for _s, its in subs for lab, w, _how in its]
    texts = review_texts(pm, items, "adult")
    order = [lab for lab, _w in items]
    page = wa_page(texts).encode("utf-8")
    main = {"WebResourceData": page, "WebResourceFrameName": "", "WebResourceMIMEType": "text/html",
            "WebResourceTextEncodingName": "UTF-8", "WebResourceURL": _text.WA_URL}
    subs = [wa_resource(WA_CSS.encode("utf-8"), "text/css", WA_CSS_URL, "utf-8"),
            wa_resource(WA_TOC_CSS.encode("utf-8"), "text/css", WA_TOC_CSS_URL, "utf-8"),
            wa_resource(wa_search_js(texts).encode("utf-8"), "application/javascript", WA_JS_URL, "utf-8"),
            wa_resource(png(48, 14, (75, 42, 107), (255, 255, 255)), "image/png", WA_LOGO_URL)]
    frame = {"WebMainResource": {"WebResourceData": wa_form().encode("utf-8"), "WebResourceFrameName":
                                 "<!--frame1-->", "WebResourceMIMEType": "text/html",
                                 "WebResourceTextEncodingName": "UTF-8", "WebResourceURL": WA_FORM_URL},
             "WebSubresources": []}
    archive = {"WebMainResource": main, "WebSubresources": subs, "WebSubframeArchives": [frame]}
    path.write_bytes(plistlib.dumps(archive, fmt=plistlib.FMT_BINARY, sort_keys=True))
    result = [entry(lab, None, texts[lab]) for lab in order]
    check_lengths(path.name, list(texts.values()))
    check_count(path.name, result, 10, 20)
    check_webarchive(path, result, texts)
    return {
        "note": ("A SAFEGUARDING ADULTS REVIEW'S PAGE SAVED BY SAFARI AS A WEB ARCHIVE: a binary property list "
                 "('bplist00') of a dictionary: WebMainResource (WebResourceData: THE PAGE'S HTML AS UTF-8 BYTES; "
                 "WebResourceMIMEType 'text/html', WebResourceTextEncodingName 'UTF-8', WebResourceURL, "
                 "WebResourceFrameName ''), WebSubresources (the theme's and the contents plugin's stylesheets, A "
                 "SCRIPT OF THE SITE'S SEARCH DATA HOLDING EVERY PARAGRAPH'S NUMBER AND FIRST SENTENCE AGAIN as "
                 "JSON, the logo PNG; each with a WebResourceResponse, an NSKeyedArchiver binary property list in a "
                 "data field) and WebSubframeArchives (the embedded feedback form's own archive: 'Tell us what you "
                 "think of this review', questions numbered '1.' to '3.' in spans, radio buttons, 'Submit'). The "
                 "page, a WordPress post: a skip link, a FICTIONAL line, the logo and menu, the title, 'Posted on "
                 "18 February 2025 by Calderwick SAB', the intro, then A 'TABLE OF CONTENTS PLUS' BOX: 'Contents "
                 "[hide]' and entries in which THE PLUGIN'S OWN HEADING NUMBERS are spans before each heading's "
                 "title: '1 Introduction', '2 Mrs D and her life', '3 What we found', '3.1 Hospital discharge', "
                 "'3.2 Self-neglect', '4 What needs to change' (so '3.1' and '3.2' are printed before the review's own "
                 "3.1 and 3.2, and '3.2' labels the heading above the review's 3.3); the headings themselves without "
                 "numbers (<h2>, two <h3>s, each title in the plugin's <span id>); the review's paragraphs as "
                 "<p>s typed '1.1 The ...' or '<strong>2.1</strong> The ...' or '2.3&nbsp;The ...'; 'Downloads' "
                 "with two file blocks and their 'Download' buttons, the feedback form's <iframe>, Jetpack's 'Share "
                 "this:' buttons and the footer. The host numbers no paragraphs of its own (the contents box's "
                 "numbers are the plugin's, for headings). Not paragraphs: everything but the review's paragraphs "
                 "in the main resource. No pages (null)."),
        "paragraphs": result,
    }


def check_webarchive(path, result, texts):
    """plistlib: the archive's structure (main resource, four subresources with archived responses, one subframe);
    lxml over the main resource's HTML: the entry's <p>s opening with a number are the key's paragraphs in order,
    whole; the contents box's entries '3.1 Hospital discharge' and '3.2 Self-neglect' come before the first
    paragraph; the search data script repeats every paragraph's first sentence; the subframe's questions."""
    import lxml.html
    raw = path.read_bytes()
    arc = plistlib.loads(raw)
    if not raw.startswith(b"bplist00") or sorted(arc) != ["WebMainResource", "WebSubframeArchives",
                                                          "WebSubresources"]:
        raise AssertionError("safari.webarchive: structure")
    subs = arc["WebSubresources"]
    if [s["WebResourceMIMEType"] for s in subs] != ["text/css", "text/css", "application/javascript", "image/png"] or \
            any(plistlib.loads(s["WebResourceResponse"])["$archiver"] != "NSKeyedArchiver" for s in subs):
        raise AssertionError("safari.webarchive: subresources")
    root = lxml.html.fromstring(arc["WebMainResource"]["WebResourceData"].decode("utf-8"))
    content = root.xpath("//div[@class='entry-content']")[0]
    got = []
    for p in content.iter("p"):
        t = one_line(p.text_content())
        m = re.match(r"(\d\.\d) (.+)$", t)
        if m and len(t.split()) > 30:
            got.append([m.group(1), m.group(2)])
    if got != [[d["label"], texts[d["label"]]] for d in result]:
        raise AssertionError(f"safari.webarchive: read back {[g[0] for g in got]}")
    toc = [one_line(a.text_content()) for a in content.xpath(".//div[@id='toc_container']//a[@href!='#']")]
    if toc != ["1 Introduction", "2 Mrs D and her life", "3 What we found", "3.1 Hospital discharge",
               "3.2 Self-neglect", "4 What needs to change"]:
        raise AssertionError(f"safari.webarchive: contents {toc}")
    js = subs[2]["WebResourceData"].decode("utf-8")
    data = json.loads(js.split(" = ", 1)[1].rstrip().rstrip(";"))
    if data["posts"][0]["paras"] != [f"{d['label']} {first_sentence(texts[d['label']])}" for d in result]:
        raise AssertionError("safari.webarchive: search data")
    form = arc["WebSubframeArchives"][0]["WebMainResource"]["WebResourceData"].decode("utf-8")
    frame_root = lxml.html.fromstring(form)
    if [s.text for s in frame_root.xpath("//span[@class='ordinal']")] != ["1.", "2.", "3."] or \
            root.xpath("//iframe/@src") != [WA_FORM_URL]:
        raise AssertionError("safari.webarchive: subframe")


# --------------------------------------------------------------------------
# 3. firefox.txt: a DHR's page saved by Firefox as "Text Files"
# --------------------------------------------------------------------------
FX_BLOCKS = {"div", "p", "h1", "h2", "h3", "header", "footer", "nav", "main", "section", "article", "aside", "form",
             "figure", "table", "address"}
FX_WRAP = 80


def el(tag, attrs=None, *children):
    return (tag, attrs or {}, list(children))


class FxText:
    """Firefox's plain-text serialiser as "Save Page As: Text Files" drives it (formatted output, absolute links,
    wrap column 80, Windows line breaks), over a small tree of (tag, attrs, children) and strings: the rules of
    nsPlainTextSerializer for the elements this page uses (blank lines around blocks, list headers in the
    indentation, heading indents, link addresses, structs for <strong>, <em> and <sup>, table cells parted by tabs,
    wrapping at the last break opportunity before column 80 once a line passes 84)."""

    def __init__(self):
        self.out, self.first_col = [], True
        self.content, self.indent, self.header = "", 0, ""
        self.empty, self.due, self.floating, self.in_ws = 1, False, -1, False
        self.lists, self.ol, self.ul_count, self.cells = [], [], 0, []

    # -- the output manager
    def _append(self, strip):
        if self.first_col:
            pre = " " * (self.indent - len(self.header)) if (self.content or self.header) else ""
            pre += self.header
            if strip and not self.content:
                pre = pre.rstrip(" ")
            if pre:
                self.out.append(pre)
                self.first_col = False
        if self.content:
            self.out.append(self.content)
            self.first_col = False

    def end_line(self, soft):
        if soft and not self.content:
            return
        self.content = self.content.rstrip(" ")
        if soft:
            self.empty = 0
        else:
            self.empty = 0 if (self.content or self.header) else self.empty + 1
        self._append(True)
        self.out.append("\r\n")
        self.first_col = True
        self.content, self.header = "", ""
        self.in_ws, self.due, self.floating = True, False, -1

    def flush(self):
        if self.content:
            self._append(False)
            self.content, self.header = "", ""

    def ensure(self, n):
        if n >= 0 and self.header:
            self.end_line(False)
            self.in_ws = True
        while self.empty < n:
            self.end_line(False)
            self.in_ws = True
        self.due, self.floating = False, -1

    # -- lines and wrapping
    @staticmethod
    def _breaks(s):
        """Break opportunities (a break before s[i]): after a space, after a hyphen between letters."""
        return [i for i in range(1, len(s)) if (s[i - 1] == " " and s[i] != " ")
                or (s[i - 1] == "-" and i >= 2 and s[i - 2].isalpha() and s[i].isalpha())]

    def _wrap_index(self):
        limit = FX_WRAP - self.indent
        for m in re.finditer(r"<https?://[^>]*>", self.content):
            if m.start() < limit + 1 < m.end():
                raise FxStraddle(f"firefox.txt: a link address across the wrap column: {self.content[:60]}")
        brk = self._breaks(self.content)
        before = [i for i in brk if i < limit + 1]
        if before:
            good = before[-1]
            return good - 1 if self.content[good - 1] == " " else good
        after = [i for i in brk if i >= limit + 1]
        return after[0] - 1 if after else len(self.content)

    def add(self, frag):
        if self.due:
            self.ensure(self.floating)
        if not self.content:
            if not frag:
                return
            self.empty = -1
        self.content += frag
        while len(self.content) + self.indent > FX_WRAP + 4:
            good = self._wrap_index()
            if not 0 < good < len(self.content):
                break
            rest = self.content[good + 1:] if self.content[good] == " " else self.content[good:]
            self.content = self.content[:good]
            self.end_line(True)
            self.content = rest
            self.empty = -1

    def write(self, s):
        for piece in re.split(r"(\s+)", s):
            if not piece:
                continue
            if piece.isspace():
                if not self.in_ws:
                    self.add(" ")
                    self.in_ws = True
            else:
                self.add(piece)
                self.in_ws = False

    # -- elements
    def node(self, n):
        if isinstance(n, str):
            if self.due:
                self.ensure(self.floating)
            self.write(n)
            return
        tag, attrs, kids = n
        if tag == "br":
            self.ensure(self.empty + 1)
            return
        if tag == "hr":
            self.ensure(0)
            self.write("-" * FX_WRAP)
            self.ensure(0)
            return
        if tag == "img":
            if self.due:
                self.ensure(self.floating)
            self.write(attrs.get("alt", ""))
            return
        if tag == "input":
            return
        self.open(tag, attrs)
        for k in kids:
            self.node(k)
        self.close(tag, attrs)

    def open(self, tag, attrs):
        if self.due:
            self.ensure(self.floating)
        in_list = bool(self.lists)
        if tag == "p":
            self.ensure(1)
        elif tag == "tr":
            self.cells.append(False)
        elif tag in ("td", "th"):
            if self.cells[-1]:
                self.add("\t")
                self.in_ws = True
            else:
                self.cells[-1] = True
        elif tag in ("ul", "ol"):
            self.ensure(0 if in_list else 1)
            self.indent += 4
            self.lists.append(tag)
            if tag == "ul":
                self.ul_count += 1
            else:
                self.ol.append(int(attrs.get("start", 1)))
        elif tag == "li":
            if self.lists[-1] == "ol":
                self.header += f"{self.ol[-1]}."
                self.ol[-1] += 1
            else:
                self.header += "*o+#"[(self.ul_count - 1) % 4]
            self.header += " "
        elif tag == "dl":
            self.ensure(1)
        elif tag == "dt":
            self.ensure(0)
        elif tag == "dd":
            self.ensure(0)
            self.indent += 4
        elif tag == "blockquote":
            self.ensure(1)
            self.indent += 4
        elif tag in FX_BLOCKS:
            self.ensure(0)
        if tag in ("h1", "h2", "h3"):
            self.ensure(2)
            self.indent += 2 * int(tag[1])
        elif tag in ("strong", "b"):
            self.write("*")
        elif tag in ("em", "i"):
            self.write("/")
        elif tag == "sup":
            self.write("^")
        self.in_ws = True

    def close(self, tag, attrs):
        if tag in ("tr", "li", "dt"):
            if tag == "tr":
                self.cells.pop()
            self.floating = max(self.floating, 0)
            self.due = True
        elif tag in ("ul", "ol"):
            self.flush()
            self.indent -= 4
            self.lists.pop()
            if tag == "ul":
                self.ul_count -= 1
            else:
                self.ol.pop()
            if not self.lists:
                self.floating, self.due = 1, True
        elif tag == "dl":
            self.floating, self.due = 1, True
        elif tag == "dd":
            self.flush()
            self.indent -= 4
        elif tag == "div":
            self.floating = max(self.floating, 0)
            self.due = True
        elif tag == "blockquote":
            self.flush()
            self.indent -= 4
            self.floating, self.due = 1, True
        elif tag in FX_BLOCKS:
            self.ensure(1)
        if tag in ("h1", "h2", "h3"):
            self.indent -= 2 * int(tag[1])
            self.ensure(1)
        elif tag == "a" and attrs.get("href"):
            self.write(f" <{attrs['href']}>")
        elif tag in ("strong", "b"):
            self.write("*")
        elif tag in ("em", "i"):
            self.write("/")
        elif tag == "sup":
            self.write(" ")

    def text(self, body):
        self.in_ws = True
        for k in body:
            self.node(k)
        self.ensure(0)
        return "".join(self.out)


def fx_sentences(t):
    return re.split(r"(?<=[.!?])\s+(?=[A-Z\u201c])", t)


class FxStraddle(AssertionError):
    """A link's address would run across the wrap column (where Firefox may break inside it)."""


def fx_para(lab, text, how, fn, after=2):
    """A paragraph of the page: its number a link to its own anchor (bold or not), the text, and for "br" a line
    break after its middle sentence, for "fn" a footnote reference after its sentence number ``after``."""
    url = f"{_text.FX_URL}#p{lab.replace('.', '-')}"
    num = el("a", {"href": url, "class": "para-link"}, el("strong", {}, lab) if how != "plain" else lab)
    s = fx_sentences(text)
    if how == "br":
        k = len(s) // 2
        body = [" " + " ".join(s[:k]), el("br"), " ".join(s[k:])]
    elif how == "fn":
        body = [" " + " ".join(s[:after]), el("sup", {}, el("a", {"href": f"{_text.FX_URL}#fn{fn}",
                                                                  "id": f"fnref{fn}"}, str(fn))),
                " " + " ".join(s[after:])]
    else:
        body = [" " + text]
    return el("p", {"id": f"p{lab.replace('.', '-')}"}, num, *body)


def fx_page(texts, afters):
    """The page's tree; ``afters`` gives, for each footnote in turn, the sentence its reference follows."""
    site, url = _text.FX_SITE, _text.FX_URL

    def a(t, href):
        return el("a", {"href": href if href.startswith("http") else site + href}, t)
    body = [el("a", {"href": url + "#main-content", "class": "skip-link"}, "Skip to main content"),
            el("div", {"class": "fictional"}, f"{FICT}. {INVENTED}"),
            el("header", {}, el("a", {"href": site + "/"}, el("img", {"alt": f"{_text.FX_COUNCIL} (FICTIONAL) "
                                                                             "homepage"})),
               el("nav", {}, el("ul", {}, *[el("li", {}, a(t, u)) for t, u in _text.FX_NAV])),
               el("form", {}, el("label", {}, "Search this site"), el("input"), " ", el("button", {}, "Search"))),
            el("nav", {"class": "breadcrumbs"}, el("ol", {}, *[el("li", {}, a(t, u)) for t, u in _text.FX_CRUMBS]))]
    main = [el("h1", {}, _text.FX_H1), el("p", {"class": "meta"}, _text.FX_META), el("p", {}, _text.FX_INTRO),
            el("dl", {}, *[x for k, v in _text.FX_DETAILS for x in (el("dt", {}, k), el("dd", {}, v))]),
            el("h2", {}, "Contents"),
            el("ol", {}, *[el("li", {}, a(title, f"{url}#section-{num[:-1]}"))
                           for num, title, _i in _text.FX_SECTIONS])]
    fn = 0
    for num, title, items in _text.FX_SECTIONS:
        sec = [el("h2", {}, f"{num} {title}")]
        for lab, _w, how in items:
            fn += how == "fn"
            sec.append(fx_para(lab, texts[lab], how, fn, afters[fn - 1] if how == "fn" else 2))
            if lab == "2.1":
                sec.append(el("blockquote", {}, el("p", {}, _text.FX_SISTER)))
            if lab == _text.FX_KEYDATES_AFTER:
                head, *rows = _text.FX_KEYDATES
                sec += [el("h3", {}, "Key dates"),
                        el("table", {}, el("thead", {}, el("tr", {}, *[el("th", {}, c) for c in head])),
                           el("tbody", {}, *[el("tr", {}, *[el("td", {}, c) for c in r]) for r in rows]))]
        main.append(el("section", {"id": f"section-{num[:-1]}"}, *sec))
    main += [el("h2", {}, "Notes"),
             el("ol", {"class": "footnotes"}, *[el("li", {"id": f"fn{k}"}, n + " ",
                                                   a("Back to text", f"{url}#fnref{k}"))
                                                for k, n in enumerate(_text.FX_NOTES, 1)]),
             el("aside", {"class": "help"}, el("h2", {}, "Get help"), el("p", {}, _text.FX_HELP)),
             el("div", {"class": "feedback"}, el("p", {}, _text.FX_HELPFUL[0]), el("button", {}, _text.FX_HELPFUL[1]),
                " ", el("button", {}, _text.FX_HELPFUL[2]))]
    body.append(el("main", {"id": "main-content"}, *main))
    body.append(el("footer", {}, el("hr"), el("ul", {}, *[el("li", {}, a(t, u)) for t, u in _text.FX_FOOTER]),
                   el("p", {}, _text.FX_COPY)))
    return body


def make_firefox(out, pm):
    path = out / "firefox.txt"
    items = [(lab, w) for _n, _t, its in _text.FX_SECTIONS for lab, w, _h in its]
    texts = review_texts(pm, items, "dhr")
    order = [lab for lab, _w in items]
    # the footnote references' places: the first (after which sentences) where no link address runs across the
    # wrap column, so that every wrap falls where Firefox's line breaker would put it
    for afters in [(a, b) for a in (2, 1, 3, 4) for b in (2, 1, 3, 4)]:
        try:
            txt = FxText().text(fx_page(texts, afters))
            break
        except FxStraddle:
            continue
    else:
        raise AssertionError("firefox.txt: no placing of the footnote references fits")
    path.write_bytes(txt.encode("utf-8"))
    result = [entry(lab, None, texts[lab]) for lab in order]
    check_lengths(path.name, list(texts.values()))
    check_count(path.name, result, 10, 20)
    check_firefox(path, result, texts)
    return {
        "note": ("A DOMESTIC HOMICIDE REVIEW'S PAGE SAVED BY FIREFOX AS 'TEXT FILES' (UTF-8, CRLF): Firefox's "
                 "plain-text serialiser with its formatted and absolute-links flags and a wrap column of 80: EVERY "
                 "LINK'S TEXT FOLLOWED BY ITS ADDRESS IN ANGLE BRACKETS ('Skip to main content "
                 "<https://www.harnley.gov.example/community-safety/dhr-ms-t#main-content>'), the logo's alt text, "
                 "the menu as '  * Bins and recycling <...>', the search form's label and button, THE BREADCRUMBS AS "
                 "AN ORDERED LIST ' 1. Home <...>', ' 2. Community safety <...>', ' 3. Domestic abuse <...>'; the "
                 "title indented two spaces after two blank lines; the date line and intro; the review details as "
                 "<dt> lines and <dd> lines indented four; 'Contents' and THE CONTENTS ' 1. Introduction "
                 "<...#section-1>' to ' 4. ...'; each section's heading indented four ('    1. Introduction'). THE "
                 "PARAGRAPHS' NUMBERS ARE LINKS TO THEIR OWN ANCHORS, so a paragraph OPENS WITH ITS NUMBER, BOLD AS "
                 "'*1.1*' (or plain as '2.2'), ITS ADDRESS '<https://www.harnley.gov.example/community-safety/"
                 "dhr-ms-t#p1-1>' AND THEN ITS TEXT, wrapped at spaces (and after hyphens between letters) to at "
                 "most 80 columns, continuation lines flush left, a blank line between paragraphs; 1.2 and 3.2 hold "
                 "a FOOTNOTE REFERENCE in mid-paragraph ('...^1 <https://...#fn1> ...'); 2.3 A LINE BREAK KEPT in "
                 "mid-paragraph (a hard line end after its middle sentence); a quotation from Ms T's sister after "
                 "2.1 indented four; after 2.3 'Key dates' indented six and A TABLE WHOSE CELLS ARE PARTED BY A TAB "
                 "('Date<TAB>Event', '14.02.22<TAB>Ms T registers with ...'); 'Notes' and ' 1. Home Office (2016) "
                 "... Back to text <...#fnref1>'; 'Get help' and the helpline line; 'Was this page helpful?' with "
                 "'Yes No'; a rule of 80 hyphens, the footer's links as '  * ' items and the copyright line. The "
                 "host numbers no paragraphs of its own. Not paragraphs: everything but the review's paragraphs; a "
                 "paragraph's number is its label, the address after it and the footnote references no part of "
                 "its words. No pages (null)."),
        "paragraphs": result,
    }


def check_firefox(path, result, texts):
    """The text read back: CRLF only; a paragraph is the run of lines from one opening with a number and its own
    anchor's address to the next blank line, joined (directly after a hyphen between letters, else by a space);
    without the number, its address and the footnote references it is the key's paragraph, in order; the
    breadcrumbs, contents and headings, the tab-parted dates, the 80 hyphens; no line over 84 columns unless it is
    one unbroken address."""
    raw = path.read_bytes().decode("utf-8")
    if "\n" in raw.replace("\r\n", "") or raw.startswith("\ufeff"):
        raise AssertionError("firefox.txt: line ends")
    lines = raw.split("\r\n")
    url = re.escape(_text.FX_URL)
    got, k = [], 0
    while k < len(lines):
        m = re.match(r"\*?(\d\.\d)\*? <" + url + r"#p\d-\d>( .*)?$", lines[k])
        if not m:
            k += 1
            continue
        run = [lines[k]]
        k += 1
        while lines[k]:
            run.append(lines[k])
            k += 1
        joined = run[0]
        for ln in run[1:]:
            joined += ln if re.search(r"[A-Za-z]-$", joined) else " " + ln
        body = re.sub(r"\^\d <[^>]+>", "", joined.split("> ", 1)[1])
        got.append([m.group(1), " ".join(body.split())])
    if got != [[d["label"], texts[d["label"]]] for d in result]:
        raise AssertionError(f"firefox.txt: read back {[g[0] for g in got]}")
    long = [ln for ln in lines if len(ln) > FX_WRAP + 4 and not re.fullmatch(r"\S+", ln)]
    need = [" 1. Home <https://www.harnley.gov.example/>", "    1. Introduction", "  " + _text.FX_H1,
            "14.02.22\tMs T registers with the Gossiby medical practice", "-" * FX_WRAP,
            f" 1. Introduction <{_text.FX_URL}#section-1>", "  * Bins and recycling <https://www.harnley.gov.example/bins>"]
    if long or any(n not in lines for n in need) or raw.count("^1 <") != 1 or raw.count("^2 <") != 1 or \
            sum(1 for ln in lines if ln.startswith("*") and "#p" in ln) < 8:
        raise AssertionError(f"firefox.txt: layout {long[:1]} {[n for n in need if n not in lines]}")


# --------------------------------------------------------------------------
# 4. wallabag.epub: three saved articles exported from a wallabag account as one EPUB
# --------------------------------------------------------------------------
WB_WHEN = (2025, 3, 10, 7, 41, 12)
WB_IDS = [412, 415, 418]
WB_XHTML_HEAD = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" "
                 "xmlns:epub=\"http://www.idpf.org/2007/ops\">\n<head><meta http-equiv=\"Default-Style\" "
                 "content=\"text/html; charset=utf-8\" />\n<title>" + _text.WB_TITLE + "</title>\n</head>\n<body>\n")
WB_XHTML_END = "</body>\n</html>\n"


def wb_name(url, title):
    """wallabag's chapter file name: the SHA-1 of the article's URL and title."""
    return hashlib.sha1(f"{url}:{title}".encode()).hexdigest() + ".xhtml"


def wb_blog():
    b = _text.WB_BLOG
    h = [f"<p>{xesc(b['lead'])}</p>", f"<p>{xesc(b['stat'])}</p>"]
    for k, (head, line) in enumerate(b["points"], 1):
        h += [f"<h3>{k}. {xesc(head)}</h3>", f"<p>{xesc(line)}</p>"]
    h.append(f"<p>{xesc(b['close'])}</p>")
    return "\n".join(h)


def wb_review(texts):
    h = [f"<p>{xesc(_text.WB_REVIEW_LEAD)}</p>"]
    for head, items in _text.WB_SECTIONS:
        h.append(f"<h2>{xesc(head)}</h2>")
        for lab, _w, how in items:
            t = texts[lab]
            if how == "glued":
                h.append(f"<p><span>{lab}</span>{xesc(t)}</p>")
            elif how == "split":
                s = fx_sentences(t)
                k = len(s) // 2
                h += [f"<p>{lab} {xesc(' '.join(s[:k]))}</p>", f"<p>{xesc(' '.join(s[k:]))}</p>"]
            else:
                h.append(f"<p>{lab} {xesc(t)}</p>")
    h += ["<h2>Read the full review</h2>",
          f"<p><a href=\"https://www.fenmarshscp.example/sites/default/files/llr-child-p.pdf\">"
          f"{xesc(_text.WB_REVIEW_DOWNLOAD)}</a></p>"]
    return "\n".join(h)


def wb_news():
    n = _text.WB_NEWS
    h = [f"<p>{xesc(n['lead'])}</p>", "<h3>Programme for Monday 24 March</h3>"]
    h += [f"<p><strong>{t}</strong> {xesc(item)}</p>" for t, item in n["programme"]]
    h.append(f"<p>{xesc(n['close'])}</p>")
    return "\n".join(h)


def wb_chapter(i, n, entry_, eid, content, img):
    title, url, by, published, tags, minutes, _kind = entry_
    internal = f"{_text.WB_INSTANCE}/view/{eid}"
    dl = (f"<dl><dt>Published by</dt><dd>{xesc(by)}</dd><dt>Published on</dt><dd>{published}</dd><dt>Added on</dt>"
          f"<dd>{_text.WB_ADDED}</dd><dt>Estimated reading time</dt><dd>{minutes} min</dd><dt>Address</dt><dd><a "
          f"href=\"{url}\">{url}</a></dd><dt>Internal link</dt><dd><a href=\"{internal}\">{internal}</a></dd>"
          f"<dt>Tags</dt><dd>{xesc(', '.join(tags))}</dd></dl>")
    pic = f"<img src=\"{img}\" alt=\"\" />" if img else ""
    return (WB_XHTML_HEAD + f"<h1>({i}/{n}) {xesc(title)}</h1>{pic}{dl}<h2>{xesc(title)}</h2>\n{content}\n"
            + WB_XHTML_END)


def wb_zip(path, files):
    """The package as PHPePub zips it: "mimetype" first and stored, the rest deflated, in the order added."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=WB_WHEN)
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(zi, data if isinstance(data, bytes) else data.encode("utf-8"))
    path.write_bytes(buf.getvalue())


def make_wallabag(out, pm):
    path = out / "wallabag.epub"
    items = [(lab, w) for _h, its in _text.WB_SECTIONS for lab, w, _how in its]
    texts = review_texts(pm, items, "child")
    order = [lab for lab, _w in items]
    entries = _text.WB_ENTRIES
    n = len(entries)
    img_name = "images/" + hashlib.md5(b"https://thedutydesk.example/wp-content/uploads/2025/03/reading.jpg"
                                       ).hexdigest() + ".png"
    contents = {"blog": wb_blog(), "review": wb_review(texts), "news": wb_news()}
    files = [("mimetype", "application/epub+zip"),
             ("META-INF/container.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<container version=\"1.0\" "
              "xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n\t<rootfiles>\n\t\t<rootfile "
              "full-path=\"OEBPS/book.opf\" media-type=\"application/oebps-package+xml\" />\n\t</rootfiles>\n"
              "</container>\n")]
    chapters, manifest, spine, navs = [], [], [], []
    for i, (e, eid) in enumerate(zip(entries, WB_IDS, strict=True), 1):
        name = wb_name(e[1], e[0])
        img = img_name if e[6] == "blog" else None
        chapters.append(("OEBPS/" + name, wb_chapter(i, n, e, eid, contents[e[6]], img)))
        if img:
            chapters.append(("OEBPS/" + img, png(60, 30, (196, 160, 90), (245, 240, 228), 6)))
            manifest.append(f"\t\t<item id=\"ref_{i}\" href=\"{img}\" media-type=\"image/png\" />")
        manifest.append(f"\t\t<item id=\"chapter{i:04d}\" href=\"{name}\" media-type=\"application/xhtml+xml\" />")
        spine.append(f"\t\t<itemref idref=\"chapter{i:04d}\" />")
        navs.append((f"{i}. {e[0]}", name))
    notice = (WB_XHTML_HEAD + "<div style=\"text-align:center;\"><p>" + _text.WB_NOTICE[0] + "</p><p>Please open <a "
              "href=\"https://github.example/wallabag/wallabag/issues\">an issue</a> if you have trouble with the "
              "display of this E-Book on your device.</p><p>" + xesc(FICT) + ".</p></div>\n" + WB_XHTML_END)
    chapters.append(("OEBPS/CoverBack.xhtml", notice))
    manifest.append(f"\t\t<item id=\"chapter{n + 1:04d}\" href=\"CoverBack.xhtml\" "
                    "media-type=\"application/xhtml+xml\" />")
    spine.append(f"\t\t<itemref idref=\"chapter{n + 1:04d}\" />")
    navs.append(("Notices", "CoverBack.xhtml"))
    ident = "urn:wallabag:" + hashlib.sha1(f"{_text.WB_INSTANCE}:{','.join(map(str, WB_IDS))}".encode()).hexdigest()
    tags = sorted({t for e in entries for t in e[4]})
    opf = ("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"no\"?>\n<package xmlns=\"http://www.idpf.org/2007/"
           "opf\" unique-identifier=\"BookId\" version=\"3.0\">\n\t<metadata xmlns:dc=\"http://purl.org/dc/elements/"
           "1.1/\" xmlns:opf=\"http://www.idpf.org/2007/opf\">\n"
           f"\t\t<dc:title>{_text.WB_TITLE}</dc:title>\n\t\t<dc:language>en</dc:language>\n"
           f"\t\t<dc:identifier id=\"BookId\">{ident}</dc:identifier>\n"
           f"\t\t<dc:description>{n} articles saved on my wallabag</dc:description>\n"
           "\t\t<dc:creator id=\"creator\">Various authors</dc:creator>\n\t\t<dc:publisher>wallabag</dc:publisher>\n"
           f"\t\t<dc:source>{_text.WB_INSTANCE}</dc:source>\n\t\t<dc:date>2025-03-10T07:41:12Z</dc:date>\n"
           + "".join(f"\t\t<dc:subject>{xesc(t)}</dc:subject>\n" for t in tags)
           + "\t\t<dc:contributor>PHP</dc:contributor>\n\t\t<dc:contributor>wallabag</dc:contributor>\n"
           f"\t\t<dc:rights>{xesc(FICT)}</dc:rights>\n"
           "\t\t<meta property=\"dcterms:modified\">2025-03-10T07:41:12Z</meta>\n\t</metadata>\n\t<manifest>\n"
           "\t\t<item id=\"ncx\" href=\"book.ncx\" media-type=\"application/x-dtbncx+xml\" />\n"
           "\t\t<item id=\"toc\" properties=\"nav\" href=\"epub3toc.xhtml\" media-type=\"application/xhtml+xml\" />\n"
           + "\n".join(manifest) + "\n\t</manifest>\n\t<spine toc=\"ncx\">\n" + "\n".join(spine)
           + "\n\t</spine>\n</package>\n")
    ncx = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ncx xmlns=\"http://www.daisy.org/z3986/2005/ncx/\" "
           "version=\"2005-1\" xml:lang=\"en\">\n\t<head>\n\t\t<meta name=\"dtb:uid\" content=\"" + ident + "\" />\n"
           "\t\t<meta name=\"dtb:depth\" content=\"1\" />\n\t</head>\n\t<docTitle>\n\t\t<text>" + _text.WB_TITLE
           + "</text>\n\t</docTitle>\n\t<navMap>\n" + "".join(
               f"\t\t<navPoint id=\"chapter{k:04d}\" playOrder=\"{k}\">\n\t\t\t<navLabel><text>{xesc(t)}</text>"
               f"</navLabel>\n\t\t\t<content src=\"{src}\" />\n\t\t</navPoint>\n"
               for k, (t, src) in enumerate(navs, 1)) + "\t</navMap>\n</ncx>\n")
    nav = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" "
           "xmlns:epub=\"http://www.idpf.org/2007/ops\">\n<head><title>" + _text.WB_TITLE + "</title></head>\n<body>\n"
           "<nav epub:type=\"toc\" id=\"toc\">\n<h1>Table of Contents</h1>\n<ol>\n" + "".join(
               f"<li><a href=\"{src}\">{xesc(t)}</a></li>\n" for t, src in navs) + "</ol>\n</nav>\n</body>\n</html>\n")
    files += [("OEBPS/book.opf", opf), *chapters, ("OEBPS/book.ncx", ncx), ("OEBPS/epub3toc.xhtml", nav)]
    wb_zip(path, files)
    result = [entry(lab, None, texts[lab]) for lab in order]
    check_lengths(path.name, list(texts.values()))
    check_count(path.name, result, 10, 20)
    check_wallabag(path, result, texts)
    return {
        "note": ("A LOCAL LEARNING REVIEW SAVED TO A WALLABAG READ-LATER ACCOUNT AND EXPORTED WITH TWO OTHER SAVED "
                 "ARTICLES AS ONE EPUB 3 (wallabag's export through PHPePub: 'mimetype' stored first, "
                 "META-INF/container.xml, OEBPS/book.opf (title 'unread articles', 'Various authors', '3 articles "
                 "saved on my wallabag', the tags as subjects), the chapters, OEBPS/book.ncx and "
                 "OEBPS/epub3toc.xhtml listing '1. Ten things ...', '2. Local learning review: Child P', '3. Spring "
                 "practice week ...' and 'Notices'). EACH ARTICLE A CHAPTER FILE NAMED BY THE SHA-1 OF ITS URL AND "
                 "TITLE, so the files' names do not sort in reading order (THE SPINE GIVES THE ORDER); each chapter: "
                 "'(2/3) Local learning review: Child P' in an <h1>, wallabag's <dl> (Published by, Published on "
                 "'2025-02-20', Added on, Estimated reading time '11 min', Address and Internal link as links, "
                 "Tags), the title again in an <h2>, then the article as wallabag's reader extracted it. ARTICLE 1 "
                 "(a practice blog, its preview picture under images/): a paragraph OPENING '2.4 million children "
                 "live in a household ...', ten <h3>s '1. Ask who lives in the house' to '10. Talk to the family' "
                 "each over one sentence. ARTICLE 2, THE REVIEW: its lead, headings '1. Why we carried out this "
                 "review' to '4. What we want practitioners to do', paragraphs typed '1.1 The ...'; in section 3 "
                 "'<p><span>3.1</span>The ...' (THE READER KEPT THE NUMBER'S SPAN AND DROPPED THE SPACE THE SITE'S "
                 "STYLE DREW: '3.1The'); 2.3 CUT INTO TWO <p>s where the site had a double line break (the second "
                 "<p> has no number and is the rest of 2.3); 'Read the full review' and a download link. ARTICLE 3 "
                 "(a news item): the programme as <p>s OPENING WITH BOLD TIMES '9.30', '10.00', '10.15', '11.30', "
                 "'12.45'. Then 'Notices' (CoverBack.xhtml): 'Produced by wallabag with PHPePub' and its request "
                 "to open an issue. The host numbers no paragraphs of its own. Not paragraphs: everything but the "
                 "review's paragraphs. No pages (null)."),
        "paragraphs": result,
    }


def check_wallabag(path, result, texts):
    """zipfile and lxml: 'mimetype' first and stored; container -> book.opf -> the spine's chapters in order (their
    names sorted otherwise); in the review's chapter (second in the spine) the <p>s opening with a number (glued or
    spaced) with any unnumbered <p>s straight after them are the key's paragraphs in order, whole; 3.1 to 3.3 glued;
    the blog's '2.4 million' paragraph and ten numbered <h3>s, the news item's times."""
    from lxml import etree
    z = zipfile.ZipFile(path)
    infos = z.infolist()
    if infos[0].filename != "mimetype" or infos[0].compress_type != zipfile.ZIP_STORED or \
            z.read("mimetype") != b"application/epub+zip":
        raise AssertionError("wallabag.epub: mimetype")
    ns = {"c": "urn:oasis:names:tc:opendocument:xmlns:container", "o": "http://www.idpf.org/2007/opf",
          "x": "http://www.w3.org/1999/xhtml"}
    opf_path = etree.fromstring(z.read("META-INF/container.xml")).xpath("//c:rootfile/@full-path", namespaces=ns)[0]
    opf = etree.fromstring(z.read(opf_path))
    hrefs = {i.get("id"): i.get("href") for i in opf.xpath("//o:manifest/o:item", namespaces=ns)}
    spine = [hrefs[r.get("idref")] for r in opf.xpath("//o:spine/o:itemref", namespaces=ns)]
    if len(spine) != 4 or spine[-1] != "CoverBack.xhtml" or sorted(spine[:3]) == spine[:3]:
        raise AssertionError(f"wallabag.epub: spine {spine}")
    docs = [etree.fromstring(z.read("OEBPS/" + s)) for s in spine]
    body = docs[1].find("x:body", ns)
    got, cur = [], None
    for node in body:
        tag = etree.QName(node).localname
        t = one_line("".join(node.itertext()))
        m = re.match(r"(\d\.\d) ?(\S.+)$", t) if tag == "p" else None
        if m and len(t.split()) > 10:
            cur = [m.group(1), m.group(2)]
            got.append(cur)
        elif tag == "p" and cur is not None:
            cur[1] += " " + t
        else:
            cur = None
    if got != [[d["label"], texts[d["label"]]] for d in result]:
        raise AssertionError(f"wallabag.epub: read back {[g[0] for g in got]}")
    raw_review = z.read("OEBPS/" + spine[1]).decode("utf-8")
    glued = re.findall(r"<p><span>(\d\.\d)</span>[A-Z]", raw_review)
    blog = [one_line("".join(p.itertext())) for p in docs[0].iter(f"{{{ns['x']}}}p")]
    heads = [one_line("".join(h.itertext())) for h in docs[0].iter(f"{{{ns['x']}}}h3")]
    news = [one_line("".join(p.itertext())) for p in docs[2].iter(f"{{{ns['x']}}}p")]
    if glued != ["3.1", "3.2", "3.3"] or not any(p.startswith("2.4 million children") for p in blog) or \
            len(heads) != 10 or not heads[9].startswith("10. ") or not any(p.startswith("10.15 ") for p in news):
        raise AssertionError(f"wallabag.epub: layout {glued} {len(heads)}")


# --------------------------------------------------------------------------
# 5. printfriendly.pdf: a thematic review's page made into a PDF by the PrintFriendly extension
# --------------------------------------------------------------------------
PF_L, PF_R = 64.0, 531.28
PF_TOP, PF_BOT = 786.0, 58.0
PF_FIRST_TOP = 728.0
PF_SIZE, PF_LEAD = 11.0, 15.0
PF_HEAD = 12.5
PF_LINK = (0.11, 0.36, 0.64)
PF_RULE = (0.75, 0.75, 0.75)


class PfFlow:
    """Rows poured down the PDF's pages and drawn at once (no running furniture waits for a page count): a row is
    (gap, leading, draw(lay, page, baseline), meta); a paragraph's first ``keep`` rows kept together."""

    def __init__(self, lay, first_top=PF_FIRST_TOP):
        self.lay, self.cur, self.placed = lay, first_top, []
        lay.new_page()

    def place(self, rows, keep=2):
        need = sum(g + ld for g, ld, _d, _m in rows[:keep])
        if self.cur - need < PF_BOT:
            self.lay.new_page()
            self.cur = PF_TOP
        for gap, lead, draw, meta in rows:
            g = 0.0 if self.cur == PF_TOP else gap
            if self.cur - g - lead < PF_BOT:
                self.lay.new_page()
                self.cur, g = PF_TOP, 0.0
            base = self.cur - g - lead * 0.78
            draw(self.lay, self.lay.n, base)
            self.placed.append((self.lay.n, base, meta))
            self.cur -= g + lead


def pf_line(segs):
    def draw(lay, pg, base):
        for x, s, font, size, rgb in segs:
            if s:
                lay.add(("T", x, base, s, font, size, rgb), pg)
    return draw


def pf_text_rows(text, font=T, size=PF_SIZE, lead=PF_LEAD, gap=0.0, rgb=BLACK, label=None, meta=None, x=PF_L):
    """A paragraph wrapped to the column; with ``label``, the number in bold and a gap before the first line's
    words, the lines after it flush under the number (PrintFriendly drops the site's hanging indent)."""
    width = PF_R - x
    lw = sw(label, TB, size) + 4.5 if label else 0.0
    lines = wrap(text.split(), width, lambda z: sw(z, font, size), first_width=width - lw)
    rows = []
    for k, ln in enumerate(lines):
        segs = [(x, " ".join(ln), font, size, rgb)]
        if k == 0 and label:
            segs = [(x, label, TB, size, rgb), (x + lw, " ".join(ln), font, size, rgb)]
        rows.append((gap if k == 0 else 0.0, lead, pf_line(segs), dict(meta or {}, line=k)))
    return rows


def pf_figure(height):
    """The bar chart after 3.2 (an SVG the page drew, printed as shapes and text): its title, y-axis tick labels
    "0.0" to "3.0" at the left margin, grid lines, bars and their names, and the caption below."""
    bars = _text.PF_FIGURE_BARS
    plot_x, plot_w = PF_L + 26.0, 330.0
    cap = wrap(_text.PF_FIGURE_CAPTION.split(), PF_R - PF_L, lambda z: sw(z, AI, 8.5))

    def draw(lay, pg, base):
        top = base + 0.78 * height
        lay.add(("T", PF_L, top - 10.0, _text.PF_FIGURE_TITLE, AB, 9.0, BLACK), pg)
        y0, y1 = top - height + 30.0 + 12.0 * len(cap), top - 22.0
        for k in range(7):
            v = k * 0.5
            y = y0 + (y1 - y0) * v / 3.0
            lay.add(("T", PF_L, y - 2.8, f"{v:.1f}", A, 8.0, GREY), pg)
            lay.add(("L", plot_x, y, plot_x + plot_w, y, 0.4, PF_RULE), pg)
        step = plot_w / len(bars)
        for k, (name, v) in enumerate(bars):
            bx = plot_x + k * step + step * 0.2
            lay.add(("R", bx, y0, step * 0.6, (y1 - y0) * v / 3.0, (0.35, 0.23, 0.52)), pg)
            lay.add(("T", bx + step * 0.3 - sw(name, A, 8.0) / 2, y0 - 11.0, name, A, 8.0, BLACK), pg)
        for j, ln in enumerate(cap):
            lay.add(("T", PF_L, y0 - 26.0 - 11.0 * j, " ".join(ln), AI, 8.5, GREY), pg)
    return [(12.0, height, draw, {"kind": "figure"})]


def pf_box():
    """"Key questions for practitioners" in a ruled box (kept on one page)."""
    pad, lead = 8.0, 13.0
    bl = []
    for q in _text.PF_BOX:
        bl += [(k == 0, " ".join(ln)) for k, ln in enumerate(wrap(q.split(), PF_R - PF_L - 2 * pad - 12.0,
                                                                    lambda z: sw(z, A, 9.5)))]
    height = 2 * pad + 16.0 + lead * len(bl)

    def draw(lay, pg, base):
        top = base + 0.78 * height
        for x1, y1, x2, y2 in ((PF_L, top, PF_R, top), (PF_L, top - height, PF_R, top - height),
                               (PF_L, top, PF_L, top - height), (PF_R, top, PF_R, top - height)):
            lay.add(("L", x1, y1, x2, y2, 0.8, (0.35, 0.23, 0.52)), pg)
        lay.add(("T", PF_L + pad, top - pad - 10.0, _text.PF_BOX_TITLE, AB, 10.0, BLACK), pg)
        for k, (first, s) in enumerate(bl):
            y = top - pad - 26.0 - lead * k
            if first:
                lay.add(("T", PF_L + pad, y, "\u2022", A, 9.5, BLACK), pg)
            lay.add(("T", PF_L + pad + 12.0, y, s, A, 9.5, BLACK), pg)
    return [(14.0, height, draw, {"kind": "box"})]


def pf_layout(texts, fig_h, drop=0.0):
    """The pages: ``fig_h`` the chart's height, ``drop`` how far below the date line the lead begins."""
    lay = Layout(A4)
    lay.font = T
    flow = PfFlow(lay, PF_FIRST_TOP - drop)
    lay.add(("T", PF_L, 804.0, _text.PF_URL, A, 7.5, GREY), 1)
    lay.add(("T", PF_L, 768.0, _text.PF_TITLE, AB, 19.0, BLACK), 1)
    lay.add(("T", PF_L, 750.0, _text.PF_META, A, 9.0, GREY), 1)
    lay.add(("T", PF_L, 738.0, f"{FICT}. {INVENTED}", A, 7.5, GREY), 1)
    flow.place(pf_text_rows(_text.PF_LEAD, size=11.5, lead=15.5), 2)
    flow.place(pf_text_rows(_text.PF_SHOW_ALL, font=A, size=9.0, gap=8.0, rgb=PF_LINK), 1)
    for head, items in _text.PF_SECTIONS:
        lead_rows = pf_text_rows(head, font=AB, size=PF_HEAD, lead=17.0, gap=16.0)
        first = True
        for lab, _w in items:
            if lab == _text.PF_DELETED:
                continue
            rows = pf_text_rows(texts[lab], gap=7.0, label=lab, meta={"kind": "para", "label": lab})
            flow.place(lead_rows + rows if first else rows, 3 if first else 2)
            first = False
            if lab == _text.PF_FIGURE_AFTER:
                flow.place(pf_figure(fig_h), 1)
            if lab == _text.PF_BOX_AFTER:
                flow.place(pf_box(), 1)
    flow.place(pf_text_rows(_text.PF_CLOSE, gap=12.0), 1)
    return lay, flow


def make_printfriendly(out, pm):
    path = out / "printfriendly.pdf"
    register_fonts(T1_FACES)
    items = [it for _h, its in _text.PF_SECTIONS for it in its if it[0] != _text.PF_DELETED]
    texts = review_texts(pm, items, "adult")
    order = [lab for lab, _w in items]
    # the first chart height and lead position (the page's own spacing) that send two paragraphs over page breaks
    for fig_h, drop in [(h, d) for d in range(0, 60, 4) for h in range(170, 330, 8)]:
        lay, flow = pf_layout(texts, fig_h, drop)
        starts, ends = {}, {}
        for pg, _b, meta in flow.placed:
            if meta.get("kind") == "para":
                starts.setdefault(meta["label"], pg)
                ends[meta["label"]] = pg
        if sum(1 for lab in order if starts[lab] != ends[lab]) >= 2:
            break
    else:
        raise AssertionError("printfriendly.pdf: fewer than two paragraphs over a page break")
    lay.render(path, {"Title": _text.PF_TITLE, "Author": "", "Subject": FICT, "Creator": "PrintFriendly",
                      "Producer": "PrintFriendly"})
    result, labels, ends_list = [], [], []
    for lab in order:
        pg, base = next((p, b) for p, b, m in flow.placed if m.get("label") == lab and m["line"] == 0)
        result.append(entry(lab, pg, texts[lab]))
        labels.append((pg, PF_L, base))
        ends_list.append(ends[lab])
    check_lengths(path.name, list(texts.values()))
    check_count(path.name, result, 10, 20)
    cross = check_crossings(path.name, result, ends_list)
    check_printfriendly(path, result, texts, labels, ends_list)
    return {
        "note": ("A THEMATIC REVIEW'S PAGE MADE INTO A PDF BY THE PRINTFRIENDLY EXTENSION "
                 f"({lay.n} A4 pages, Times New Roman text, Arial headings; Creator and Producer PrintFriendly): on "
                 "page 1 only, the page's address in small grey type above the title, the title, the date line "
                 "and a FICTIONAL line; the lead; the site's accordion printed open: 'Show all sections' and the "
                 "section buttons as bold headings '1. About this review' to '4. What must change'; the review's "
                 "paragraphs with the number bold and a gap (no space glyph) before the text, continuation lines "
                 f"flush under the number (the site's hanging indent dropped), {', '.join(cross)} over page breaks; "
                 "after 3.2 A BAR "
                 "CHART (its title, Y-AXIS TICK LABELS '0.0', '0.5', ... '3.0' AT THE LEFT MARGIN where the "
                 "numbers stand, grid lines, bars named 'Ms A' to 'Mrs H', an italic caption 'Figure 1: ...'); after "
                 "4.3 'Key questions for practitioners' in a ruled box with three bullets; the page's closing line. "
                 "THE READER CLICKED PARAGRAPH 3.3 AWAY BEFORE MAKING THE PDF (PrintFriendly deletes an element "
                 "clicked), so 3.2 is followed by 3.4 and the key has no 3.3. The host numbers no paragraphs of its "
                 "own. Not paragraphs: everything but the review's paragraphs. page = the PDF page where the "
                 "paragraph's number is printed."),
        "paragraphs": result,
    }


def check_printfriendly(path, result, texts, labels, ends):
    """pdfplumber: each paragraph's first words on its page and its last words on its last page, its number's
    glyphs in bold at the left margin on its first baseline; every paragraph read back in one piece; no line opens
    with 3.3; the chart's tick labels at the left margin; the address, title and box."""
    import pdfplumber
    pages = pdf_pages(path)
    check_pdf_key(path.name, pages, result, ends, labels)
    words = []
    for chars in pages:
        words += words_of(chars)
    for d in result:
        if not contains_seq(words, norm(f"{d['label']} {texts[d['label']]}")):
            raise AssertionError(f"printfriendly.pdf: text of {d['label']} not read back in one piece")
        bold = [c for c in pages[d["page"] - 1] if abs(c["x0"] - PF_L) < 0.05 and c["fontname"].endswith(TB)]
        if not bold:
            raise AssertionError(f"printfriendly.pdf: bold number of {d['label']}")
    with pdfplumber.open(path) as pl:
        text = "\n".join(p.extract_text(x_tolerance=3) or "" for p in pl.pages)
    lines = text.split("\n")
    ticks = [ln for ln in lines if re.fullmatch(r"\d\.\d", ln.strip())]
    if any(ln.startswith("3.3 ") for ln in lines) or len(ticks) != 7 or _text.PF_URL not in lines[0] or \
            _text.PF_BOX_TITLE not in text or _text.PF_TITLE not in text:
        raise AssertionError(f"printfriendly.pdf: layout {ticks}")


def build(out):
    return _harness.build_files(out, ParaMaker(), {"chrome.mhtml": make_mhtml, "safari.webarchive": make_webarchive,
                                                    "firefox.txt": make_firefox, "wallabag.epub": make_wallabag,
                                                    "printfriendly.pdf": make_printfriendly})


def main(out: pathlib.Path, determinism: bool = True) -> dict:
    """Build and self-check into ``out``; with ``determinism``, build again elsewhere and compare the bytes."""
    return _harness.build_checked(build, out, "blind67-determinism-", determinism)


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
