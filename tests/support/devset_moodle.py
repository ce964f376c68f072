"""HTML writer for the fictional development set, layout ``moodle``: a review put by a partnership's training team into
a BOOK on its MOODLE learning site (a Moodle 4 site in the Boost theme), the text pasted from the Word file into the
Atto editor chapter by chapter, and saved as the page Moodle's "Print book" tool serves (``mod/book/tool/print``):

    <body id="page-mod-book-tool-print-index" class="... path-mod-book ... pagelayout-embedded ...">
    <div class="book_info"><table> Site: / Course: / Book: / Printed by: / Date: </table></div>
    <div class="book_toc book_toc_numbered"> ... <a title="4. What happened" href="#ch1206">4. What happened</a> ...
    <div class="book_chapter pt-3" id="ch1206"><h2 class="book_chapter_title text-center pb-5">4. What happened</h2>
    <div class="book_content"><h3 dir="ltr" style="text-align: left;">Year 9: autumn 2023 to summer 2024</h3>
    <p dir="ltr" style="text-align: left;">11. In September 2023 ... the <a ... class="glossary autolink concept
    glossaryid7" ...>designated safeguarding lead</a> ...</p>

* Moodle's page shell: the ``keywords`` meta ("moodle, <title>"), the theme's style sheets and the ``M.cfg`` script, the
  body's id and classes (the "embedded" page layout of the print view: no navigation, no blocks, no footer), a "Skip to
  main content" link and the main region;
* the print view's BOOK INFORMATION table (the site, the course, the book, who printed it and when:
  running_header_lines), then the book's description (the review's title as ``<h1>`` and the title-page lines), then
  its TABLE OF CONTENTS;
* the book's CHAPTER FORMATTING left at Moodle's default, "Numbers": every chapter's title is numbered by Moodle, "1.
  Foreword", "4. What happened", "7. Recommendations" (``contents_lines``, and ``section`` for the paragraphs directly
  under a chapter), the review's own headings being unnumbered; each chapter a ``div.book_chapter`` whose title is an
  ``<h2>``, its content a ``div.book_content``; the review's subsections ``<h3>`` headings inside the content (Atto's
  "Heading (large)"), not sub-chapters;
* every paragraph an Atto ``<p dir="ltr" style="text-align: left;">``; numbering ``single`` with the number typed at
  the start of the text ("12. The ..."); a factor list's bullets a ``<ul>`` after its lead-in; "Recommendation N:" in
  ``<strong>``; the glossary an Atto table with a ``<caption>``, a header row of ``<th scope="col">`` cells and a body;
* Moodle's GLOSSARY AUTO-LINKING filter on: every occurrence of a concept of the course's glossary ("designated
  safeguarding lead", "strategy discussion" ...) in a paragraph, a bullet, a recommendation or a table cell is wrapped
  in a link to the glossary entry (``a.glossary.autolink.concept``, "Glossary: <concept>" as its title); the link's
  text is the review's own words, so a paragraph's text is unchanged.
Every paragraph's page is ``None``. The markup is modelled on Moodle's book print view and on what Atto and the
glossary filter write; without a network it could not be compared with a live site, and the ids are illustrative."""

from __future__ import annotations

import hashlib
import html
import json
import re
from typing import Any

from . import devset_render as _r

Block = _r.Block

MOODLE: dict[str, Any] = {
    "body_id": "page-mod-book-tool-print-index",
    "skip": "Skip to main content",
    "info": ["Site:", "Course:", "Book:", "Printed by:", "Date:"],
    "toc": "Table of contents",
    "p": 'dir="ltr" style="text-align: left;"',
    "glossary": "Safeguarding terms",  # the course's glossary activity, whose concepts the filter links
    "concepts": ["Designated safeguarding lead", "Multi-agency safeguarding hub", "Strategy discussion",
                 "Section 47 enquiry", "Child protection conference", "Child protection plan"],
    "caption": "Terms used in this review",
    "glossary_head": ["Term", "Meaning"],
    "theme_rev": "1733817642",
}


def _num(seed: str, lo: int, span: int) -> int:
    """A number fixed for a seed, from ``lo`` to ``lo + span - 1`` (the database ids of the illustration)."""
    return lo + int(hashlib.sha1(seed.encode()).hexdigest()[:8], 16) % span


def chapter_title(n: int, text: str) -> str:
    """A chapter's title as Moodle numbers it ("Numbers" formatting): "4. What happened"."""
    return f"{n}. {text}"


def autolinked(text: str, host: str, gid: int) -> str:
    """``text`` escaped, with every occurrence of a glossary concept (whole words, any case) wrapped in Moodle's
    glossary auto-link."""
    concepts = sorted(MOODLE["concepts"], key=len, reverse=True)
    pattern = re.compile(r"\b(" + "|".join(re.escape(c) for c in concepts) + r")\b", re.IGNORECASE)
    out, at = [], 0
    for m in pattern.finditer(text):
        concept = next(c for c in concepts if c.lower() == m.group(0).lower())
        eid = _num(f"entry:{concept}", 40, 400)
        out.append(html.escape(text[at:m.start()], quote=False))
        out.append(f'<a href="https://{host}/mod/glossary/showentry.php?eid={eid}&amp;displayformat=dictionary" '
                   f'title="Glossary: {html.escape(concept)}" class="glossary autolink concept glossaryid{gid}" '
                   f'data-entryid="{eid}">{html.escape(m.group(0), quote=False)}</a>')
        at = m.end()
    out.append(html.escape(text[at:], quote=False))
    return "".join(out)


def render_html(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render one single-numbered review as a Moodle book's print view; return bytes and the expected entry."""
    if report["numbering"] != "single":
        raise ValueError("the moodle layout renders single numbering")
    e = html.escape
    host, site, course, book = output["host"], output["site"], output["course"], output["book"]
    rid = output["report_id"]
    rev = MOODLE["theme_rev"]
    course_id, cmid, ctx = _num(f"{rid}:course", 20, 60), _num(f"{rid}:cm", 300, 500), _num(f"{rid}:ctx", 900, 900)
    gid = _num(f"{rid}:glossary", 3, 20)
    first_chapter = _num(f"{rid}:chapter", 1100, 800)
    title = f"{course}: {book}"
    p_open = f"<p {MOODLE['p']}>"

    def p(inner: str) -> str:
        return f"{p_open}{inner}</p>"

    majors = [i for i, b in enumerate(blocks) if b.kind == "heading" and b.level == 1]
    number = {i: n for n, i in enumerate(majors, start=1)}
    shown = {blocks[i].text: chapter_title(number[i], blocks[i].text) for i in majors}
    ids = {i: f"ch{first_chapter + k}" for k, i in enumerate(majors)}

    chapters: list[str] = []
    content: list[str] = []

    def close() -> None:
        if content:
            chapters.append("".join(content) + "</div></div>")
            content.clear()

    for i, b in enumerate(blocks):
        if b.kind == "heading" and b.level == 1:
            close()
            content.append(f'<div class="book_chapter pt-3" id="{ids[i]}"><h2 class="book_chapter_title text-center '
                           f'pb-5">{e(shown[b.text])}</h2><div class="book_content">')
        elif b.kind == "heading":
            content.append(f"<h3 {MOODLE['p']}>{e(b.text)}</h3>")
        elif b.kind == "unnumbered":
            content.append(p(autolinked(b.text, host, gid)))
        elif b.kind in ("para", "factor"):
            content.append(p(f"{e(b.label)}. {autolinked(b.text, host, gid)}"))
            if b.bullets:
                content.append("<ul>" + "".join(f"<li>{autolinked(t, host, gid)}</li>" for t in b.bullets) + "</ul>")
        elif b.kind == "rec":
            content.append(p(f"<strong>{e(b.label)}:</strong> {autolinked(b.text, host, gid)}"))
        elif b.kind == "glossary":
            head = "".join(f'<th scope="col">{h}</th>' for h in MOODLE["glossary_head"])
            rows = "".join(f"<tr><td>{autolinked(a, host, gid)}</td><td>{autolinked(m, host, gid)}</td></tr>"
                           for a, m in b.rows)
            content.append(f"<table><caption>{e(MOODLE['caption'])}</caption><thead><tr>{head}</tr></thead>"
                           f"<tbody>{rows}</tbody></table>")
    close()

    cfg = {"wwwroot": f"https://{host}", "homeurl": {}, "sesskey": hashlib.sha1(rid.encode()).hexdigest()[:10],
           "sessiontimeout": "28800", "themerev": rev, "slasharguments": 1, "theme": "boost", "courseId": course_id,
           "contextid": ctx, "contextInstanceId": cmid, "language": "en", "developerdebug": False}
    info_values = [f'<a href="https://{host}">{e(site)}</a>', e(course), e(book), e(output["printed_by"]),
                   e(output["printed"])]
    info = "".join(f"<tr><td>{label}</td><td>{value}</td></tr>" for label, value in zip(MOODLE["info"], info_values,
                                                                                         strict=True))
    toc = "".join(f'<li><a title="{e(shown[blocks[i].text])}" href="#{ids[i]}">{e(shown[blocks[i].text])}</a></li>'
                  for i in majors)
    host_class = re.sub(r"[^a-z0-9]+", "-", host.lower())
    out = [
        "<!DOCTYPE html>",
        '<html  dir="ltr" lang="en" xml:lang="en">',
        "<head>",
        f"    <title>{e(title)}</title>",
        f'    <link rel="shortcut icon" href="https://{host}/theme/image.php/boost/theme/{rev}/favicon" />',
        '    <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />',
        f'<meta name="keywords" content="moodle, {e(title)}" />',
        f'<link rel="stylesheet" type="text/css" href="https://{host}/theme/yui_combo.php?rollup/3.18.1/'
        'yui-moodlesimple-min.css" /><script id="firstthemesheet" type="text/css">/** Required in order to fix style '
        'inclusion problems in IE with YUI **/</script><link rel="stylesheet" type="text/css" '
        f'href="https://{host}/theme/styles.php/boost/{rev}_1/all" />',
        "<script>",
        "//<![CDATA[",
        "var M = {}; M.yui = {};",
        "M.pageloadstarttime = new Date();",
        f"M.cfg = {json.dumps(cfg, separators=(',', ':'))};",
        "//]]>",
        "</script>",
        '    <meta name="viewport" content="width=device-width, initial-scale=1.0">',
        "</head>",
        f'<body  id="{MOODLE["body_id"]}" class="format-topics  path-mod path-mod-book chrome dir-ltr lang-en '
        f'yui-skin-sam yui3-skin-sam {host_class} pagelayout-embedded course-{course_id} context-{ctx} cmid-{cmid} '
        'category-1 theme ">',
        "<div>",
        f'    <a class="sr-only sr-only-focusable" href="#maincontent">{MOODLE["skip"]}</a>',
        f'</div><script src="https://{host}/lib/javascript.php/{rev}/lib/polyfills/polyfill.js"></script>',
        '<div id="page-wrapper">',
        '    <div id="page" class="container-fluid">',
        '        <div id="page-content" class="d-flex">',
        '            <div id="region-main-box">',
        '                <section id="region-main" aria-label="Content">',
        '                    <span class="notifications" id="user-notifications"></span>',
        '                    <div role="main"><span id="maincontent"></span>',
        f'<div class="book_info"><table>{info}</table></div>',
        f'<div class="book_summary"><h1>{e(report["title"])}</h1>'
        + "".join(p(e(line)) for line in _r.title_lines(report)) + "</div>",
        f'<div class="book_toc book_toc_numbered"><a name="toc"></a><h2 class="text-center pb-5">{MOODLE["toc"]}</h2>'
        f"<ul>{toc}</ul></div>",
        *chapters,
        "                    </div>",
        "                </section>",
        "            </div>",
        "        </div>",
        "    </div>",
        "</div>",
        "<script>",
        "//<![CDATA[",
        'M.util.js_pending("core/first");',
        "require(['core/first'], function() {",
        "    M.util.js_complete('core/first');",
        "});",
        "//]]>",
        "</script>",
        "</body>",
        "</html>",
        "",
    ]
    result = _r.expected(output, blocks, contents_lines=[shown[blocks[i].text] for i in majors],
                         running_header_lines=[MOODLE["skip"], *(x for pair in zip(
                             MOODLE["info"], [site, course, book, output["printed_by"], output["printed"]],
                             strict=True) for x in pair), MOODLE["toc"]],
                         glossary_concepts=MOODLE["concepts"], book_title=book)
    for entry in result["paragraphs"]:
        entry["section"] = shown.get(entry["section"], entry["section"])  # a chapter's title as Moodle numbers it
    return "\n".join(out).encode("utf-8"), result
