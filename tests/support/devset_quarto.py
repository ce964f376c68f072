"""HTML writer for the fictional development set, layout ``quarto``: a review written in Markdown and rendered by
QUARTO to a self-contained HTML document with a FLOATING TABLE OF CONTENTS (``toc-location: left``) and numbered
sections (``number-sections: true``), as a board publishes it on its website:

    <nav id="TOC" role="doc-toc"><h2 id="toc-title">On this page</h2><ul><li><a href="#what-happened" ...>
    <span class="header-section-number">3</span> What happened</a></li> ...</ul></nav>
    <section id="what-happened" class="level2" data-number="3">
    <h2 data-number="3" class="anchored" data-anchor-id="what-happened">
    <span class="header-section-number">3</span> What happened</h2>
    <dl class="numbered-paragraphs"><dt id="para-3-2">3.2</dt><dd><p>In June 2024 ...</p></dd> ...</dl>

* numbering ``two-level`` ("3.2", cited so), each paragraph written as a Pandoc DEFINITION LIST item: the number the
  term (``<dt>``, with an id), the text its definition (``<dd>`` holding a ``<p>`` and, for a factor list, the
  ``<ul>`` of its bullets); one ``<dl>`` per chapter;
* chapter headings numbered by Quarto, the number in a ``span.header-section-number`` before the title inside the
  ``<h2>`` of a ``<section class="level2">``; the foreword, recommendations and glossary sections ``unnumbered`` when
  the report does not number them;
* the title block: ``h1.title``, the "Author" and "Published" metadata (:data:`QUARTO` ``meta``, from the output's
  ``author`` and ``published``), then the title-page lines in a note CALLOUT "About this review";
* the floating table of contents in a left sidebar, "On this page", links to the sections' ids with the section
  numbers as Quarto prints them (contents_lines: each heading as displayed);
* the recommendations ``<p>`` typed "**Recommendation 3:** text"; the glossary a Pandoc table ("Term | Meaning");
* Quarto's furniture: the generator meta tag, a "Back to top" link, and a page footer with the board's name and
  "Built with Quarto" (running_header_lines).
Every paragraph's page is ``None``."""

from __future__ import annotations

import html
import re
from typing import Any

from . import devset_render as _r

Block = _r.Block

QUARTO: dict[str, Any] = {
    "generator": "quarto-1.5.57",
    "toc_title": "On this page",
    "meta": ["Author", "Published"],
    "callout_title": "About this review",
    "back_to_top": "Back to top",
    "built_with": "Built with Quarto",
}


def section_id(heading: str) -> str:
    """Pandoc's identifier for a heading: its words without the section number, lower case, joined by hyphens."""
    words = re.sub(r"^\d+ ", "", heading).lower()
    return re.sub(r"[^a-z0-9]+", "-", re.sub(r"['’]", "", words)).strip("-")


def render_html(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render one two-level review as a Quarto HTML document; return bytes and the expected entry."""
    if report["numbering"] != "two-level":
        raise ValueError("the quarto layout renders two-level numbering")
    e = html.escape

    def shown(text: str) -> str:
        m = re.fullmatch(r"(\d+) (.+)", text)
        if m:
            return f'<span class="header-section-number">{m.group(1)}</span> {e(m.group(2))}'
        return e(text)

    chapters = [b.text for b in blocks if b.kind == "heading" and b.level == 1]
    footer_left = f"© {report['year']} {report['publisher']}"
    out = [
        "<!DOCTYPE html>",
        '<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en"><head>',
        '<meta charset="utf-8">',
        f'<meta name="generator" content="{QUARTO["generator"]}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=yes">',
        f'<meta name="author" content="{e(output["author"])}">',
        f"<title>{e(report['title'])}</title>",
        "<style>code{white-space:pre-wrap;}dl.numbered-paragraphs dt{float:left;width:3em;font-weight:600}"
        "dl.numbered-paragraphs dd{margin-left:3.5em}</style>",
        '<script src="fict_files/libs/quarto-html/quarto.js"></script>',
        '<link href="fict_files/libs/bootstrap/bootstrap.min.css" rel="stylesheet" id="quarto-bootstrap">',
        "</head>",
        '<body class="fullcontent floating">',
        '<div id="quarto-content" class="page-columns page-rows-contents page-layout-article toc-left">',
        '<div id="quarto-sidebar-toc-left" class="sidebar toc-left">',
        f'<nav id="TOC" role="doc-toc" class="toc-active"><h2 id="toc-title">{QUARTO["toc_title"]}</h2><ul>',
    ]
    for c in chapters:
        sid = section_id(c)
        out.append(f'<li><a href="#{sid}" id="toc-{sid}" class="nav-link" data-scroll-target="#{sid}">{shown(c)}</a>'
                   "</li>")
    out += [
        "</ul></nav></div>",
        '<main class="content" id="quarto-document-content">',
        '<header id="title-block-header" class="quarto-title-block default">',
        f'<div class="quarto-title"><h1 class="title">{e(report["title"])}</h1></div>',
        '<div class="quarto-title-meta">',
        f'<div><div class="quarto-title-meta-heading">{QUARTO["meta"][0]}</div>'
        f'<div class="quarto-title-meta-contents"><p>{e(output["author"])}</p></div></div>',
        f'<div><div class="quarto-title-meta-heading">{QUARTO["meta"][1]}</div>'
        f'<div class="quarto-title-meta-contents"><p class="date">{e(output["published"])}</p></div></div>',
        "</div></header>",
        '<div class="callout callout-style-default callout-note callout-titled">',
        '<div class="callout-header d-flex align-content-center"><div class="callout-icon-container">'
        '<i class="callout-icon"></i></div><div class="callout-title-container flex-fill">'
        f'{QUARTO["callout_title"]}</div></div>',
        '<div class="callout-body-container callout-body">'
        + "".join(f"<p>{e(line)}</p>" for line in _r.title_lines(report)) + "</div></div>",
    ]
    open_section = open_dl = False
    for b in blocks:
        if b.kind in ("para", "factor"):
            if not open_dl:
                out.append('<dl class="numbered-paragraphs">')
                open_dl = True
            anchor = "para-" + b.label.replace(".", "-")
            inner = f"<p>{e(b.text)}</p>"
            if b.bullets:
                inner += "<ul>" + "".join(f"<li>{e(t)}</li>" for t in b.bullets) + "</ul>"
            out.append(f'<dt id="{anchor}">{e(b.label)}</dt><dd>{inner}</dd>')
            continue
        if open_dl:
            out.append("</dl>")
            open_dl = False
        if b.kind == "heading" and b.level == 1:
            if open_section:
                out.append("</section>")
            sid = section_id(b.text)
            m = re.fullmatch(r"(\d+) .+", b.text)
            if m:
                out.append(f'<section id="{sid}" class="level2" data-number="{m.group(1)}">'
                           f'<h2 data-number="{m.group(1)}" class="anchored" data-anchor-id="{sid}">{shown(b.text)}'
                           "</h2>")
            else:
                out.append(f'<section id="{sid}" class="level2 unnumbered">'
                           f'<h2 class="unnumbered anchored" data-anchor-id="{sid}">{e(b.text)}</h2>')
            open_section = True
        elif b.kind == "heading":
            sid = section_id(b.text)
            out.append(f'<h3 class="unnumbered anchored" id="{sid}" data-anchor-id="{sid}">{e(b.text)}</h3>')
        elif b.kind == "unnumbered":
            out.append(f"<p>{e(b.text)}</p>")
        elif b.kind == "rec":
            out.append(f"<p><strong>{e(b.label)}:</strong> {e(b.text)}</p>")
        elif b.kind == "glossary":
            out.append('<table class="caption-top table"><colgroup><col style="width: 25%"><col style="width: 75%">'
                       '</colgroup><thead><tr class="header"><th>Term</th><th>Meaning</th></tr></thead><tbody>'
                       + "".join(f'<tr class="{"odd" if i % 2 == 0 else "even"}"><td>{e(a)}</td><td>{e(m)}</td></tr>'
                                 for i, (a, m) in enumerate(b.rows))
                       + "</tbody></table>")
    if open_dl:
        out.append("</dl>")
    if open_section:
        out.append("</section>")
    out += [
        "</main>",
        f'<a onclick="window.scrollTo(0, 0); return false;" role="button" id="quarto-back-to-top">'
        f'<i class="bi bi-arrow-up"></i> {QUARTO["back_to_top"]}</a>',
        "</div>",
        '<footer class="footer"><div class="nav-footer">'
        f'<div class="nav-footer-left"><p>{e(footer_left)}</p></div>'
        f'<div class="nav-footer-right"><p>{QUARTO["built_with"]}</p></div></div></footer>',
        "</body></html>",
        "",
    ]
    running = [QUARTO["toc_title"], f"{QUARTO['meta'][0]} {output['author']}",
               f"{QUARTO['meta'][1]} {output['published']}", QUARTO["back_to_top"], footer_left, QUARTO["built_with"]]
    result = _r.expected(output, blocks, contents_lines=chapters, running_header_lines=running)
    return "\n".join(out).encode("utf-8"), result
