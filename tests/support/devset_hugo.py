"""HTML writer for the fictional development set, layout ``hugo``: a review written in Markdown and built by HUGO (the
Hugo Book docs theme) as one page of a partnership's website, saved as the page the browser receives:

    <aside class="book-menu"> ... <h2 class="book-brand"><a href="/"><span>Kelsford Safeguarding Children
    Partnership</span></a></h2><div class="book-search"><input type="text" id="book-search-input"
    placeholder="Search" ...> ... <nav> ...
    <h2 id="3-what-happened">3 What happened<a class="anchor" href="#3-what-happened">#</a></h2>
    <div class="para" id="para-3-4"><span class="para-num">3.4</span><a class="para-link" href="#para-3-4"
    aria-label="Permalink to paragraph 3.4">¶</a><p>In February ...</p></div>

* numbering ``two-level``: chapter headings ``<h2>`` "3 What happened" with Hugo's own ids ("3-what-happened"), each
  ending in the theme's ANCHOR link "#" (``a.anchor``, not part of the heading's text); each numbered paragraph a
  ``div.para`` (a Hugo SHORTCODE's output) with the id ``para-3-4`` holding the number in ``span.para-num``, then a "¶"
  PERMALINK to the div (``a.para-link``), then the text in a ``<p>`` and a factor list's bullets in a ``<ul>``;
* the title the article's ``<h1>`` (with its own anchor), the title-page lines in an "info" HINT
  (``blockquote.book-hint.info``);
* the LEFT menu (``aside.book-menu``): the site's title, a SEARCH BOX (``input#book-search-input``, "Search") and the
  site's pages, this one ``active``; the mobile header (``header.book-header``) with the page's short name; the RIGHT
  table of contents (``aside.book-toc`` holding Hugo's ``nav#TableOfContents``) listing the chapters
  (contents_lines);
* "Recommendation N:" in ``<strong>``, the glossary a Markdown table "Term" / "Definition";
* the footer (``footer.book-footer``): "Edit this page" and the output's ``modified`` ("Last modified ...")
  (running_header_lines with the menu's and the header's words).
Every paragraph's page is ``None``."""

from __future__ import annotations

import html
import re
from typing import Any

from . import devset_render as _r

Block = _r.Block

HUGO: dict[str, Any] = {
    "generator": "Hugo 0.140.2",
    "search": "Search",
    "menu": ["Published reviews", "Learning briefings", "About the Partnership"],
    "edit": "Edit this page",
    "permalink": "¶",
    "anchor": "#",
    "glossary_head": ["Term", "Definition"],
}


def heading_id(heading: str) -> str:
    """Hugo's (Goldmark's) id for a heading: its words, lower case, joined by hyphens, the chapter number kept."""
    return re.sub(r"[^a-z0-9]+", "-", heading.lower()).strip("-")


def para_id(label: str) -> str:
    return "para-" + label.replace(".", "-")


def render_html(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render one two-level review as a Hugo Book page; return bytes and the expected entry."""
    if report["numbering"] != "two-level":
        raise ValueError("the hugo layout renders two-level numbering")
    e = html.escape
    site, short = output["site_title"], output["short_name"]
    chapters: list[str] = []
    anchor = '<a class="anchor" href="#{0}">' + HUGO["anchor"] + "</a>"
    title_id = heading_id(report["title"])
    reviews, briefings, about = HUGO["menu"]
    out = [
        "<!DOCTYPE html>",
        '<html lang="en-gb" dir="ltr">',
        "<head>",
        f'<meta name="generator" content="{HUGO["generator"]}">',
        '<meta charset="UTF-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
        f'<meta name="description" content="{e(_r.title_lines(report)[0])}">',
        f"<title>{e(short)} | {e(site)}</title>",
        '<link rel="stylesheet" href="/book.min.6c8b9d2a1fc95075ed7da46ca81060b39add8fff6741ac51259f768929281e2c.css">',
        '<script defer src="/flexsearch.min.js"></script>',
        "</head>",
        '<body dir="ltr">',
        '<input type="checkbox" class="hidden toggle" id="menu-control" />',
        '<input type="checkbox" class="hidden toggle" id="toc-control" />',
        '<main class="container flex">',
        '<aside class="book-menu"><div class="book-menu-content"><nav>',
        f'<h2 class="book-brand"><a class="flex align-center" href="/"><span>{e(site)}</span></a></h2>',
        '<div class="book-search hidden"><input type="text" id="book-search-input" '
        f'placeholder="{HUGO["search"]}" aria-label="{HUGO["search"]}" maxlength="64" data-hotkeys="s/" />'
        '<div class="book-search-spinner hidden"></div><ul id="book-search-results"></ul></div>',
        f'<ul><li><a href="/reviews/">{reviews}</a><ul>',
        f'<li><a href="/reviews/{output["report_id"]}/" class="active">{e(short)}</a></li>',
        f'<li><a href="/reviews/briefings/">{briefings}</a></li></ul></li>',
        f'<li><a href="/about/">{about}</a></li></ul>',
        "</nav></div></aside>",
        '<div class="book-page">',
        '<header class="book-header"><div class="flex align-center justify-between">'
        '<label for="menu-control"><img src="/svg/menu.svg" class="book-icon" alt="Menu" /></label>'
        f"<h3>{e(short)}</h3>"
        '<label for="toc-control"><img src="/svg/toc.svg" class="book-icon" alt="Table of Contents" /></label>'
        "</div></header>",
        '<article class="markdown book-article">',
        f'<h1 id="{title_id}">{e(report["title"])}' + anchor.format(title_id) + "</h1>",
        '<blockquote class="book-hint info">' + "".join(f"<p>{e(line)}</p>" for line in _r.title_lines(report))
        + "</blockquote>",
    ]
    for b in blocks:
        if b.kind == "heading":
            hid = heading_id(b.text)
            out.append(f'<h2 id="{hid}">{e(b.text)}' + anchor.format(hid) + "</h2>")
            chapters.append(b.text)
        elif b.kind == "unnumbered":
            out.append(f"<p>{e(b.text)}</p>")
        elif b.kind in ("para", "factor"):
            pid = para_id(b.label)
            bullets = ("<ul>" + "".join(f"<li>{e(t)}</li>" for t in b.bullets) + "</ul>") if b.bullets else ""
            out.append(f'<div class="para" id="{pid}"><span class="para-num">{e(b.label)}</span>'
                       f'<a class="para-link" href="#{pid}" aria-label="Permalink to paragraph {e(b.label)}">'
                       f'{HUGO["permalink"]}</a><p>{e(b.text)}</p>{bullets}</div>')
        elif b.kind == "rec":
            out.append(f"<p><strong>{e(b.label)}:</strong> {e(b.text)}</p>")
        elif b.kind == "glossary":
            head = "".join(f"<th>{h}</th>" for h in HUGO["glossary_head"])
            rows = "".join(f"<tr><td>{e(a)}</td><td>{e(m)}</td></tr>" for a, m in b.rows)
            out.append(f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
    out += [
        "</article>",
        '<footer class="book-footer"><div class="flex flex-wrap justify-between">',
        f'<div><a class="flex align-center" href="https://git.example.org/kscp/site/edit/main/content/reviews/'
        f'{output["report_id"]}.md" target="_blank" rel="noopener"><img src="/svg/edit.svg" class="book-icon" '
        f'alt="" /><span>{HUGO["edit"]}</span></a></div>',
        f'<div><span class="book-modified">{e(output["modified"])}</span></div>',
        "</div></footer>",
        '<label for="menu-control" class="hidden book-menu-overlay"></label>',
        "</div>",
        '<aside class="book-toc"><div class="book-toc-content"><nav id="TableOfContents"><ul>',
    ]
    out += [f'<li><a href="#{heading_id(c)}">{e(c)}</a></li>' for c in chapters]
    out += [
        "</ul></nav></div></aside>",
        "</main>",
        "</body></html>",
        "",
    ]
    running = [site, HUGO["search"], reviews, short, briefings, about, HUGO["edit"], output["modified"]]
    result = _r.expected(output, blocks, contents_lines=chapters, running_header_lines=running)
    return "\n".join(out).encode("utf-8"), result
