"""HTML writer for the fictional development set, layout ``eleventy``: a review written in Markdown and built by
ELEVENTY (11ty, markdown-it with markdown-it-anchor and markdown-it-attrs) as one page of a partnership's website,
saved as the page the browser receives:

    <header class="site-header"><a class="skip-link" href="#main">Skip to content</a> ... <form class="site-search"
    role="search" action="/search/"><label for="site-search-q">Search</label><input type="search" ...></form> ...
    <aside class="page-toc"><nav aria-labelledby="toc-heading"><h2 id="toc-heading">On this page</h2><ol> ...
    <h2 id="3-what-happened" tabindex="-1"><a class="header-anchor" href="#3-what-happened">3 What happened</a></h2>
    <p id="p3-4" class="numbered"><a class="para-num" href="#p3-4" aria-label="Paragraph 3.4">3.4</a> In June ...</p>

* numbering ``two-level``: chapter headings ``<h2>`` "3 What happened" whose WHOLE TEXT is markdown-it-anchor's
  self-link (``a.header-anchor``), ids from its slug ("3-what-happened"); each numbered paragraph a ``<p>`` with an id
  ``p3-4`` (markdown-it-attrs) whose text opens with the number as a PERMALINK to the paragraph (``a.para-num``), a
  space, then the text; a factor list's bullets a ``<ul>`` right after its ``<p>``;
* the title the article's ``<h1>``, the title-page lines a ``<ul class="review-meta">``;
* the site header: a "Skip to content" link, the site's name, a SEARCH BOX (``input#site-search-q``) and the site's
  menu; a LEFT SIDEBAR (``aside.page-toc``) "On this page" listing the chapters (contents_lines) as links to their
  headings;
* "Recommendation N:" in ``<strong>``, the glossary a Markdown table "Term" / "Definition";
* the footer (``footer.site-footer``): the output's ``published`` line, "Back to top" and "Built with Eleventy"
  (running_header_lines with the header's and the sidebar's words).
Every paragraph's page is ``None``."""

from __future__ import annotations

import html
import re
from typing import Any

from . import devset_render as _r

Block = _r.Block

ELEVENTY: dict[str, Any] = {
    "generator": "Eleventy v3.0.0",
    "skip": "Skip to content",
    "search": "Search",
    "placeholder": "Search reviews and guidance",
    "menu": ["Reviews", "Guidance", "Training", "Contact us"],
    "toc": "On this page",
    "top": "Back to top",
    "built": "Built with Eleventy",
    "glossary_head": ["Term", "Definition"],
}


def heading_id(heading: str) -> str:
    """markdown-it-anchor's slug for a heading: lower case, spaces as hyphens, other characters dropped."""
    return re.sub(r"[^a-z0-9-]", "", re.sub(r"\s+", "-", heading.strip().lower()))


def para_id(label: str) -> str:
    return "p" + label.replace(".", "-")


def render_html(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render one two-level review as an Eleventy page; return bytes and the expected entry."""
    if report["numbering"] != "two-level":
        raise ValueError("the eleventy layout renders two-level numbering")
    e = html.escape
    site, short = output["site_title"], output["short_name"]
    chapters = [b.text for b in blocks if b.kind == "heading"]
    out = [
        "<!doctype html>",
        '<html lang="en-GB">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
        f"<title>{e(short)} – {e(site)}</title>",
        f'<meta name="description" content="{e(_r.title_lines(report)[0])}">',
        f'<meta name="generator" content="{ELEVENTY["generator"]}">',
        '<link rel="stylesheet" href="/css/index.css">',
        '<link rel="alternate" href="/feed/feed.xml" type="application/atom+xml" title="Reviews">',
        "</head>",
        '<body id="top">',
        '<header class="site-header">',
        f'<a class="skip-link" href="#main">{ELEVENTY["skip"]}</a>',
        f'<a class="home-link" href="/">{e(site)}</a>',
        '<form class="site-search" role="search" action="/search/" method="get">'
        f'<label for="site-search-q">{ELEVENTY["search"]}</label>'
        f'<input type="search" id="site-search-q" name="q" placeholder="{ELEVENTY["placeholder"]}">'
        '<button type="submit">Go</button></form>',
        '<nav class="site-nav" aria-label="Main"><ul class="nav">'
        + "".join(f'<li class="nav-item"><a href="/{m.lower().replace(" ", "-")}/">{m}</a></li>'
                  for m in ELEVENTY["menu"])
        + "</ul></nav>",
        "</header>",
        '<div class="page-layout">',
        '<aside class="page-toc"><nav aria-labelledby="toc-heading">'
        f'<h2 id="toc-heading">{ELEVENTY["toc"]}</h2><ol>'
        + "".join(f'<li><a href="#{heading_id(c)}">{e(c)}</a></li>' for c in chapters)
        + "</ol></nav></aside>",
        '<main id="main">',
        '<article class="review">',
        f"<h1>{e(report['title'])}</h1>",
        '<ul class="review-meta">' + "".join(f"<li>{e(line)}</li>" for line in _r.title_lines(report)) + "</ul>",
    ]
    for b in blocks:
        if b.kind == "heading":
            hid = heading_id(b.text)
            out.append(f'<h2 id="{hid}" tabindex="-1"><a class="header-anchor" href="#{hid}">{e(b.text)}</a></h2>')
        elif b.kind == "unnumbered":
            out.append(f"<p>{e(b.text)}</p>")
        elif b.kind in ("para", "factor"):
            pid = para_id(b.label)
            out.append(f'<p id="{pid}" class="numbered"><a class="para-num" href="#{pid}" '
                       f'aria-label="Paragraph {e(b.label)}">{e(b.label)}</a> {e(b.text)}</p>')
            if b.bullets:
                out.append("<ul>" + "".join(f"<li>{e(t)}</li>" for t in b.bullets) + "</ul>")
        elif b.kind == "rec":
            out.append(f"<p><strong>{e(b.label)}:</strong> {e(b.text)}</p>")
        elif b.kind == "glossary":
            head = "".join(f"<th>{h}</th>" for h in ELEVENTY["glossary_head"])
            rows = "".join(f"<tr><td>{e(a)}</td><td>{e(m)}</td></tr>" for a, m in b.rows)
            out.append(f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
    out += [
        "</article>",
        "</main>",
        "</div>",
        '<footer class="site-footer">',
        f'<p class="published">{e(output["published"])}</p>',
        f'<p><a href="#top">{ELEVENTY["top"]}</a></p>',
        f'<p>{ELEVENTY["built"]}</p>',
        "</footer>",
        "</body>",
        "</html>",
        "",
    ]
    running = [ELEVENTY["skip"], site, ELEVENTY["search"], *ELEVENTY["menu"], ELEVENTY["toc"],
               output["published"], ELEVENTY["top"], ELEVENTY["built"]]
    result = _r.expected(output, blocks, contents_lines=chapters, running_header_lines=running)
    return "\n".join(out).encode("utf-8"), result
