"""HTML writer for the fictional development set, layout ``mkdocs``: a review written in Markdown and built by MKDOCS
with the MATERIAL theme, one page of the board's small reviews site:

    <header class="md-header"> ... <div class="md-header__topic"><span class="md-ellipsis">Selbridge SAB Reviews</span>
    ... <input type="text" class="md-search__input" name="query" placeholder="Search" ...>
    <nav class="md-nav md-nav--secondary" aria-label="Table of contents"><label class="md-nav__title"
    for="__toc">Table of contents</label><ul class="md-nav__list"><li class="md-nav__item"><a href="#what-happened"
    class="md-nav__link">What happened</a></li> ...
    <article class="md-content__inner md-typeset"><h1 id="...">...<a class="headerlink" href="#..."
    title="Permanent link">&para;</a></h1>
    <p id="para-12"><span class="md-para-number">12</span> In February 2024 ... <a class="para-permalink"
    href="#para-12" title="Link to paragraph 12">#</a></p>

* numbering ``single``: each numbered paragraph a ``<p>`` with an id ``para-N`` (Markdown's attribute lists), the
  number in a ``span.md-para-number`` at its start, then a space and the text, and the paragraph's PERMALINK at its
  END, a "#" (``a.para-permalink``, href ``#para-N``), not part of its text; a factor list's bullets the ``<ul>``
  that follows the ``<p>`` (Markdown does not nest a list in a paragraph), its ``data-para`` giving the number;
* every heading ends in the toc extension's PERMALINK "¶" (``a.headerlink`` titled "Permanent link"); the title the
  page's ``<h1>``, chapters ``<h2>`` (ids from the heading's words), no ``<section>`` elements;
* a LEFT NAVIGATION (``nav.md-nav--primary``: the site's name and its pages, this one active) and a RIGHT TABLE OF
  CONTENTS (``nav.md-nav--secondary``, "Table of contents", the chapters: contents_lines), a header with the site's
  name, the page title and a SEARCH box ("Search");
* the title-page lines in an "info" ADMONITION titled "About this review", "Recommendation N:" in ``<strong>``, the
  glossary a Markdown TABLE with the head "Term" / "Meaning";
* the footer: "Previous" and "Next" links, the copyright "Copyright © <year> <publisher>" and "Made with Material for
  MkDocs" (running_header_lines).
Every paragraph's page is ``None``."""

from __future__ import annotations

import html
import re
from typing import Any

from . import devset_render as _r

Block = _r.Block

MKDOCS: dict[str, Any] = {
    "generator": "mkdocs-1.6.1, mkdocs-material-9.5.39",
    "search": "Search",
    "toc": "Table of contents",
    "admonition": "About this review",
    "previous": "Previous",
    "next": "Next",
    "made_with": "Made with Material for MkDocs",
    "permalink": "\u00b6",
    "para_mark": "#",
    "glossary_head": ["Term", "Meaning"],
}


def heading_id(heading: str) -> str:
    """The toc extension's id for a heading: lower case, apostrophes dropped, runs of other characters a hyphen."""
    return re.sub(r"[^a-z0-9]+", "-", re.sub(r"['’]", "", heading.lower())).strip("-")


def copyright_line(report: dict[str, Any]) -> str:
    return f"Copyright © {report['year']} {report['publisher']}"


def render_html(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render one single-numbered review as an MkDocs Material page; return bytes and the expected entry."""
    if report["numbering"] != "single":
        raise ValueError("the mkdocs layout renders single numbering")
    e = html.escape
    mark = MKDOCS["permalink"]

    def link(anchor: str) -> str:
        return f'<a class="headerlink" href="#{anchor}" title="Permanent link">{mark}</a>'

    site = output["site_name"]
    chapters = [b.text for b in blocks if b.kind == "heading" and b.level == 1]
    title_id = heading_id(report["title"])
    out = [
        "<!doctype html>",
        '<html lang="en" class="no-js">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width,initial-scale=1">',
        f'<meta name="generator" content="{MKDOCS["generator"]}">',
        f"<title>{e(output['short_name'])} - {e(site)}</title>",
        '<link rel="stylesheet" href="assets/stylesheets/main.6f8fc17f.min.css">',
        "</head>",
        '<body dir="ltr" data-md-color-scheme="default" data-md-color-primary="indigo" data-md-color-accent="indigo">',
        '<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">',
        '<input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" autocomplete="off">',
        '<label class="md-overlay" for="__drawer"></label>',
        '<div data-md-component="skip"><a href="#' + title_id + '" class="md-skip">Skip to content</a></div>',
        '<header class="md-header md-header--shadow" data-md-component="header">',
        '<nav class="md-header__inner md-grid" aria-label="Header">',
        f'<a href="index.html" title="{e(site)}" class="md-header__button md-logo" aria-label="{e(site)}"></a>',
        '<div class="md-header__title" data-md-component="header-title"><div class="md-header__ellipsis">',
        f'<div class="md-header__topic"><span class="md-ellipsis">{e(site)}</span></div>',
        '<div class="md-header__topic" data-md-component="header-topic">'
        f'<span class="md-ellipsis">{e(output["short_name"])}</span></div></div></div>',
        '<div class="md-search" data-md-component="search" role="dialog"><div class="md-search__inner" role="search">',
        '<form class="md-search__form" name="search">'
        f'<input type="text" class="md-search__input" name="query" aria-label="{MKDOCS["search"]}" '
        f'placeholder="{MKDOCS["search"]}" autocapitalize="off" autocorrect="off" autocomplete="off" '
        'spellcheck="false" data-md-component="search-query" required></form></div></div>',
        "</nav></header>",
        '<div class="md-container" data-md-component="container"><main class="md-main" data-md-component="main">',
        '<div class="md-main__inner md-grid">',
        '<div class="md-sidebar md-sidebar--primary" data-md-component="sidebar" data-md-type="navigation">',
        '<div class="md-sidebar__scrollwrap"><div class="md-sidebar__inner">',
        f'<nav class="md-nav md-nav--primary" aria-label="Navigation" data-md-level="0">'
        f'<label class="md-nav__title" for="__drawer">{e(site)}</label><ul class="md-nav__list">',
        '<li class="md-nav__item"><a href="index.html" class="md-nav__link">Home</a></li>',
        '<li class="md-nav__item md-nav__item--active"><a href="#" class="md-nav__link md-nav__link--active">'
        f'{e(output["short_name"])}</a></li>',
        "</ul></nav></div></div></div>",
        '<div class="md-sidebar md-sidebar--secondary" data-md-component="sidebar" data-md-type="toc">',
        '<div class="md-sidebar__scrollwrap"><div class="md-sidebar__inner">',
        f'<nav class="md-nav md-nav--secondary" aria-label="{MKDOCS["toc"]}">'
        f'<label class="md-nav__title" for="__toc">{MKDOCS["toc"]}</label><ul class="md-nav__list">',
    ]
    out += [f'<li class="md-nav__item"><a href="#{heading_id(c)}" class="md-nav__link">'
            f'<span class="md-ellipsis">{e(c)}</span></a></li>' for c in chapters]
    out += [
        "</ul></nav></div></div></div>",
        '<div class="md-content" data-md-component="content">',
        '<article class="md-content__inner md-typeset">',
        f'<h1 id="{title_id}">{e(report["title"])}{link(title_id)}</h1>',
        f'<div class="admonition info"><p class="admonition-title">{MKDOCS["admonition"]}</p>'
        + "".join(f"<p>{e(line)}</p>" for line in _r.title_lines(report)) + "</div>",
    ]
    for b in blocks:
        if b.kind == "heading":
            hid = heading_id(b.text)
            tag = "h2" if b.level == 1 else "h3"
            out.append(f'<{tag} id="{hid}">{e(b.text)}{link(hid)}</{tag}>')
        elif b.kind == "unnumbered":
            out.append(f"<p>{e(b.text)}</p>")
        elif b.kind in ("para", "factor"):
            anchor = f"para-{b.label}"
            out.append(f'<p id="{anchor}"><span class="md-para-number">{e(b.label)}</span> {e(b.text)} '
                       f'<a class="para-permalink" href="#{anchor}" title="Link to paragraph {e(b.label)}">'
                       f'{MKDOCS["para_mark"]}</a></p>')
            if b.bullets:
                out.append(f'<ul data-para="{e(b.label)}">' + "".join(f"<li>{e(t)}</li>" for t in b.bullets)
                           + "</ul>")
        elif b.kind == "rec":
            out.append(f"<p><strong>{e(b.label)}:</strong> {e(b.text)}</p>")
        elif b.kind == "glossary":
            head = "".join(f"<th>{h}</th>" for h in MKDOCS["glossary_head"])
            rows = "".join(f"<tr><td>{e(a)}</td><td>{e(m)}</td></tr>" for a, m in b.rows)
            out.append(f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
    out += [
        "</article></div>",
        "</div></main>",
        '<footer class="md-footer"><nav class="md-footer__inner md-grid" aria-label="Footer">',
        '<a href="index.html" class="md-footer__link md-footer__link--prev" aria-label="Previous: Home">'
        f'<div class="md-footer__title"><span class="md-footer__direction">{MKDOCS["previous"]}</span>'
        '<div class="md-ellipsis">Home</div></div></a>',
        '<a href="about.html" class="md-footer__link md-footer__link--next" aria-label="Next: About">'
        f'<div class="md-footer__title"><span class="md-footer__direction">{MKDOCS["next"]}</span>'
        '<div class="md-ellipsis">About</div></div></a>',
        "</nav>",
        '<div class="md-footer-meta md-typeset"><div class="md-footer-meta__inner md-grid">',
        f'<div class="md-copyright"><div class="md-copyright__highlight">{e(copyright_line(report))}</div>',
        'Made with <a href="https://squidfunk.github.io/mkdocs-material/" target="_blank" rel="noopener">'
        "Material for MkDocs</a></div>",
        "</div></div></footer>",
        "</div>",
        '<script src="assets/javascripts/bundle.d7c377c4.min.js"></script>',
        "</body></html>",
        "",
    ]
    running = [site, output["short_name"], MKDOCS["search"], MKDOCS["toc"], MKDOCS["admonition"], MKDOCS["previous"],
               MKDOCS["next"], copyright_line(report), MKDOCS["made_with"]]
    result = _r.expected(output, blocks, contents_lines=chapters, running_header_lines=running)
    return "\n".join(out).encode("utf-8"), result
