"""HTML writer for the fictional development set, layout ``jupyterbook``: a review written in MyST Markdown and built
by JUPYTER BOOK (the Sphinx Book Theme) as one page of a partnership's online book of reviews, saved as the page the
browser receives:

    <div class="bd-sidebar-primary bd-sidebar"> ... <span class="title logo__title">Wadebury Partnership Reviews</span>
    <button class="btn search-button-field search-button__button"> ... <span class="search-button__default-text">
    Search this book...</span> ... <nav class="bd-docs-nav bd-links"> ...
    <section class="tex2jax_ignore mathjax_ignore" id="what-happened"><h2>3 What happened<a class="headerlink"
    href="#what-happened" title="Link to this heading">#</a></h2>
    <aside class="margin sidebar" id="para-3-4"><p class="sidebar-title"></p><p><a class="reference internal
    para-ref" href="#para-3-4">3.4</a></p></aside>
    <p>On 12 February ...</p>

* numbering ``two-level``: chapter headings ``<h2>`` "3 What happened" in ``<section>`` elements, each ending in the
  theme's PERMALINK "#" (``a.headerlink``, not part of the heading's text); each numbered paragraph's number is a
  PERMALINK to itself inside a MARGIN ASIDE (``aside.margin.sidebar`` with the id ``para-3-4``, MyST's ``{margin}``
  directive) placed just BEFORE the paragraph's ``<p>``, which carries no number; a factor list's bullets a
  ``<ul class="simple">`` straight after that ``<p>``;
* the title the page's ``<h1>`` (with its own "#" permalink), the title-page lines in an "important" ADMONITION
  (``div.admonition.important``, title "About this review");
* the LEFT sidebar: the book's title, a "Search this book..." button (Ctrl+K) and the book's pages (this one
  current); the article header's buttons ("Download source file", "Print to PDF", "Edit this page", "Open an
  issue", "Fullscreen mode"); the RIGHT secondary sidebar "Contents" listing the chapters (contents_lines);
* "Recommendation N:" in ``<strong>``, the glossary a table "Term" / "Definition";
* after the article the "previous"/"next" page links, then the footer "By <publisher>", "© Copyright <year>." and
  "Last updated on ..." (running_header_lines).
Every paragraph's page is ``None``."""

from __future__ import annotations

import html
import re
from typing import Any

from . import devset_render as _r

Block = _r.Block

JUPYTERBOOK: dict[str, Any] = {
    "generator": "Docutils 0.21.2: https://docutils.sourceforge.io/",
    "search": "Search this book...",
    "contents": "Contents",
    "admonition": "About this review",
    "buttons": ["Download source file", "Print to PDF", "Edit this page", "Open an issue", "Fullscreen mode"],
    "previous": "previous",
    "next": "next",
    "permalink": "Link to this heading",
    "glossary_head": ["Term", "Definition"],
}


def heading_id(heading: str) -> str:
    """Sphinx's id for a heading: its words after the chapter number, lower case, joined by hyphens."""
    words = re.sub(r"^\d+\s+", "", heading)
    return re.sub(r"[^a-z0-9]+", "-", words.lower()).strip("-")


def para_id(label: str) -> str:
    return "para-" + label.replace(".", "-")


def render_html(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render one two-level review as a Jupyter Book page; return bytes and the expected entry."""
    if report["numbering"] != "two-level":
        raise ValueError("the jupyterbook layout renders two-level numbering")
    e = html.escape
    book, short = output["book_title"], output["short_name"]
    chapters: list[str] = []
    link = ('<a class="headerlink" href="#{0}" title="' + JUPYTERBOOK["permalink"] + '">#</a>')
    buttons = "".join(f'<button class="btn btn-sm article-header-button" title="{b}" data-bs-placement="bottom">'
                      f'<span class="btn__text-container">{b}</span></button>' for b in JUPYTERBOOK["buttons"])
    out = [
        "<!DOCTYPE html>",
        '<html lang="en" data-content_root="./">',
        "<head>",
        '<meta charset="utf-8" />',
        f'<meta name="generator" content="{JUPYTERBOOK["generator"]}" />',
        f"<title>{e(short)} &#8212; {e(book)}</title>",
        '<link href="_static/styles/sphinx-book-theme.css?v=a3416100" rel="stylesheet" />',
        "</head>",
        '<body data-bs-spy="scroll" data-bs-target=".bd-toc-nav" data-offset="180" data-default-mode="">',
        '<div class="bd-container"><div class="bd-container__inner bd-page-width">',
        '<div class="bd-sidebar-primary bd-sidebar">'
        '<div class="sidebar-primary-items__start sidebar-primary__section">',
        f'<a class="navbar-brand logo" href="intro.html"><p class="title logo__title">{e(book)}</p></a>',
        '<button class="btn search-button-field search-button__button" title="Search" aria-label="Search">'
        f'<span class="search-button__default-text">{JUPYTERBOOK["search"]}</span>'
        '<span class="search-button__kbd-shortcut"><kbd class="kbd-shortcut__modifier">Ctrl</kbd>+'
        "<kbd>K</kbd></span></button>",
        '<nav class="bd-links bd-docs-nav" aria-label="Main"><div class="bd-toc-item navbar-nav active">'
        '<ul class="current nav bd-sidenav">',
        '<li class="toctree-l1"><a class="reference internal" href="intro.html">'
        "About the Partnership's reviews</a></li>",
        f'<li class="toctree-l1 current active"><a class="current reference internal" href="#">{e(short)}</a></li>',
        '<li class="toctree-l1"><a class="reference internal" href="briefings.html">Learning briefings</a></li>',
        "</ul></div></nav></div></div>",
        '<main id="main-content" class="bd-main" role="main"><div class="bd-content">'
        '<div class="bd-article-container">',
        f'<div class="bd-header-article d-print-none"><div class="header-article-items__end">{buttons}</div></div>',
        '<div id="jb-print-docs-body" class="onlyprint"><h1>' + e(report["title"]) + "</h1></div>",
        '<article class="bd-article">',
        f'<section class="tex2jax_ignore mathjax_ignore" id="{heading_id(short)}">',
        f'<h1>{e(report["title"])}' + link.format(heading_id(short)) + "</h1>",
        '<div class="admonition important"><p class="admonition-title">' + JUPYTERBOOK["admonition"] + "</p>"
        + "".join(f"<p>{e(line)}</p>" for line in _r.title_lines(report)) + "</div>",
    ]
    open_section = False
    for b in blocks:
        if b.kind == "heading":
            if open_section:
                out.append("</section>")
            hid = heading_id(b.text)
            out.append(f'<section id="{hid}"><h2>{e(b.text)}' + link.format(hid) + "</h2>")
            open_section = True
            chapters.append(b.text)
        elif b.kind == "unnumbered":
            out.append(f"<p>{e(b.text)}</p>")
        elif b.kind in ("para", "factor"):
            pid = para_id(b.label)
            out.append(f'<aside class="margin sidebar" id="{pid}"><p class="sidebar-title"></p><p>'
                       f'<a class="reference internal para-ref" href="#{pid}">{e(b.label)}</a></p></aside>')
            out.append(f"<p>{e(b.text)}</p>")
            if b.bullets:
                out.append('<ul class="simple">' + "".join(f"<li><p>{e(t)}</p></li>" for t in b.bullets) + "</ul>")
        elif b.kind == "rec":
            out.append(f"<p><strong>{e(b.label)}:</strong> {e(b.text)}</p>")
        elif b.kind == "glossary":
            head = "".join(f'<th class="head"><p>{h}</p></th>' for h in JUPYTERBOOK["glossary_head"])
            rows = "".join(f"<tr><td><p>{e(a)}</p></td><td><p>{e(m)}</p></td></tr>" for a, m in b.rows)
            out.append('<div class="pst-scrollable-table-container"><table class="table"><thead><tr>'
                       f"{head}</tr></thead><tbody>{rows}</tbody></table></div>")
    if open_section:
        out.append("</section>")
    out += [
        "</section>",
        "</article>",
        '<footer class="prev-next-footer d-print-none"><div class="prev-next-area">',
        '<a class="left-prev" href="intro.html" title="previous page"><div class="prev-next-info">'
        f'<p class="prev-next-subtitle">{JUPYTERBOOK["previous"]}</p>'
        "<p class=\"prev-next-title\">About the Partnership's reviews</p></div></a>",
        '<a class="right-next" href="briefings.html" title="next page"><div class="prev-next-info">'
        f'<p class="prev-next-subtitle">{JUPYTERBOOK["next"]}</p>'
        '<p class="prev-next-title">Learning briefings</p></div></a>',
        "</div></footer>",
        "</div>",
        '<div class="bd-sidebar-secondary bd-toc"><div class="sidebar-secondary-items sidebar-secondary__inner">',
        '<div class="page-toc tocsection onthispage"><i class="fa-solid fa-list"></i> '
        + JUPYTERBOOK["contents"] + "</div>",
        '<nav class="bd-toc-nav page-toc"><ul class="visible nav section-nav flex-column">',
    ]
    out += [f'<li class="toc-h2 nav-item toc-entry"><a class="reference internal nav-link" href="#{heading_id(c)}">'
            f"{e(c)}</a></li>" for c in chapters]
    byline = f"By {report['publisher']}"
    copyright_line = f"© Copyright {report['year']}."
    out += [
        "</ul></nav></div></div>",
        "</div>",
        '<footer class="bd-footer-content"><div class="bd-footer-content__inner container">',
        f'<div class="footer-item"><p class="component-author">{e(byline)}</p></div>',
        f'<div class="footer-item"><p class="copyright">{e(copyright_line)}</p></div>',
        f'<div class="footer-item"><p class="last-updated">{e(output["updated"])}</p></div>',
        "</div></footer>",
        "</main>",
        "</div></div>",
        '<script src="_static/scripts/bootstrap.js?v=8d27b9dea8ad943066ae"></script>',
        "</body></html>",
        "",
    ]
    running = [book, JUPYTERBOOK["search"], short, *JUPYTERBOOK["buttons"], JUPYTERBOOK["admonition"],
               JUPYTERBOOK["previous"], JUPYTERBOOK["next"], JUPYTERBOOK["contents"], byline, copyright_line,
               output["updated"]]
    result = _r.expected(output, blocks, contents_lines=chapters, running_header_lines=running)
    return "\n".join(out).encode("utf-8"), result
