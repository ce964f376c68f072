"""HTML writer for the fictional development set, layout ``jekyll``: a review written in Markdown (kramdown) and
built by JEKYLL with the Just the Docs theme as one page of a board's website, saved as the page the browser
receives:

    <div class="side-bar"> ... <nav id="site-nav" class="site-nav"><ul class="nav-list"> ... </div>
    <div class="main" id="top"><div id="main-header" class="main-header"><div class="search" role="search">
    <div class="search-input-wrap"><input type="text" id="search-input" ... placeholder="Search ..."> ...
    <details open><summary class="text-delta">Table of contents</summary><ol id="markdown-toc"> ...
    <h2 id="what-happened"><a href="#what-happened" class="anchor-heading" aria-labelledby="what-happened">
    <svg viewBox="0 0 16 16" aria-hidden="true"><use xlink:href="#svg-link"></use></svg></a> 3 What happened </h2>
    <p><a id="para-3-4"></a><strong>3.4</strong> In June ...</p>

* numbering ``two-level``: chapter headings ``<h2>`` "3 What happened" with kramdown's ids (the number dropped:
  "what-happened"), each opening with the theme's ICON-ONLY anchor link (``a.anchor-heading`` holding an ``<svg>``)
  before the heading's text; each numbered paragraph a ``<p>`` opening with an EMPTY NAMED ANCHOR (``<a
  id="para-3-4"></a>``, typed into the Markdown so that paragraphs can be linked to) and the number typed in bold
  (``**3.4**``), a space, then the text; a factor list's bullets a ``<ul>`` right after its ``<p>``;
* the title the ``<h1>``, each title-page line a ``<p class="fs-5 fw-300">`` under it, then kramdown's generated
  TABLE OF CONTENTS (``ol#markdown-toc`` in a ``<details>`` "Table of contents") listing the chapters
  (contents_lines) as links to their headings;
* the theme's LEFT SIDEBAR (``div.side-bar``: the site's name, the site's menu and the "This site uses Just the
  Docs" line), a "Skip to main content" link, a SEARCH BOX (``input#search-input``) in the main header and a
  breadcrumb;
* "Recommendation N:" in ``<strong>``, the glossary a kramdown table "Term" / "Definition" in the theme's
  ``div.table-wrapper``;
* the page footer: "Back to top", the output's ``modified`` line and "Edit this page on GitHub"
  (running_header_lines with the sidebar's, the header's and the contents' words).
Every paragraph's page is ``None``."""

from __future__ import annotations

import html
import re
from typing import Any

from . import devset_render as _r

Block = _r.Block

JEKYLL: dict[str, Any] = {
    "generator": "Jekyll v4.3.3",
    "skip": "Skip to main content",
    "menu": ["Home", "Reviews", "Guidance for practitioners", "Carers", "Contact the Board"],
    "active": "Reviews",
    "search": "Search",  # the placeholder and label: "Search " and the site's name
    "toc": "Table of contents",
    "top": "Back to top",
    "edit": "Edit this page on GitHub",
    "theme": "This site uses Just the Docs, a documentation theme for Jekyll.",
    "glossary_head": ["Term", "Definition"],
}


def heading_id(heading: str) -> str:
    """kramdown's automatic id for a heading: lower case, characters other than letters, digits, spaces and hyphens
    dropped, spaces as hyphens, and everything before the first letter dropped ("3 What happened" ->
    "what-happened")."""
    slug = re.sub(r"[^a-z0-9 -]", "", heading.strip().lower()).replace(" ", "-")
    return re.sub(r"^[^a-z]+", "", slug)


def para_id(label: str) -> str:
    return "para-" + label.replace(".", "-")


def _link_icon(hid: str) -> str:
    return (f'<a href="#{hid}" class="anchor-heading" aria-labelledby="{hid}"><svg viewBox="0 0 16 16" '
            'aria-hidden="true"><use xlink:href="#svg-link"></use></svg></a>')


def render_html(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render one two-level review as a Jekyll (Just the Docs) page; return bytes and the expected entry."""
    if report["numbering"] != "two-level":
        raise ValueError("the jekyll layout renders two-level numbering")
    e = html.escape
    site, short = output["site_title"], output["short_name"]
    search = f'{JEKYLL["search"]} {site}'
    chapters = [b.text for b in blocks if b.kind == "heading"]
    slug = heading_id(report["title"])
    menu = "".join(
        f'<li class="nav-list-item{" active" if m == JEKYLL["active"] else ""}"><a href="/'
        f'{"" if m == "Home" else m.lower().replace(" ", "-") + "/"}" class="nav-list-link'
        f'{" active" if m == JEKYLL["active"] else ""}">{e(m)}</a></li>' for m in JEKYLL["menu"])
    out = [
        "<!DOCTYPE html>",
        '<html lang="en-GB">',
        "<head>",
        '<meta charset="UTF-8">',
        '<meta http-equiv="X-UA-Compatible" content="IE=Edge">',
        '<link rel="stylesheet" href="/assets/css/just-the-docs-default.css">',
        '<script src="/assets/js/vendor/lunr.min.js"></script>',
        '<script src="/assets/js/just-the-docs.js"></script>',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<!-- Begin Jekyll SEO tag v2.8.0 -->",
        f"<title>{e(short)} | {e(site)}</title>",
        f'<meta name="generator" content="{JEKYLL["generator"]}">',
        f'<meta property="og:title" content="{e(short)}">',
        f'<meta property="og:site_name" content="{e(site)}">',
        "<!-- End Jekyll SEO tag -->",
        "</head>",
        "<body>",
        f'<a class="skip-to-main" href="#main-content">{JEKYLL["skip"]}</a>',
        '<svg xmlns="http://www.w3.org/2000/svg" class="d-none"><symbol id="svg-link" viewBox="0 0 24 24">'
        '<path d="M10 13a5 5 0 0 0 7.54.54l3-3"></path></symbol><symbol id="svg-search" viewBox="0 0 24 24">'
        '<circle cx="11" cy="11" r="8"></circle></symbol></svg>',
        '<div class="side-bar">',
        f'<div class="site-header" role="banner"><a href="/" class="site-title lh-tight">{e(site)}</a></div>',
        f'<nav aria-label="Main" id="site-nav" class="site-nav"><ul class="nav-list">{menu}</ul></nav>',
        f'<footer class="site-footer">{JEKYLL["theme"]}</footer>',
        "</div>",
        '<div class="main" id="top">',
        '<div id="main-header" class="main-header">',
        '<div class="search" role="search"><div class="search-input-wrap">'
        f'<input type="text" id="search-input" class="search-input" tabindex="0" placeholder="{e(search)}" '
        f'aria-label="{e(search)}" autocomplete="off">'
        '<label for="search-input" class="search-label"><svg viewBox="0 0 24 24" class="search-icon">'
        '<use xlink:href="#svg-search"></use></svg></label></div>'
        '<div id="search-results" class="search-results"></div></div>',
        "</div>",
        '<div class="main-content-wrap">',
        '<nav aria-label="Breadcrumb" class="breadcrumb-nav"><ol class="breadcrumb-nav-list">'
        f'<li class="breadcrumb-nav-list-item"><a href="/reviews/">{JEKYLL["active"]}</a></li>'
        f'<li class="breadcrumb-nav-list-item"><span>{e(short)}</span></li></ol></nav>',
        '<div id="main-content" class="main-content">',
        "<main>",
        f'<h1 class="no_toc" id="{slug}">{e(report["title"])}</h1>',
        *(f'<p class="fs-5 fw-300">{e(line)}</p>' for line in _r.title_lines(report)),
        f'<details open><summary class="text-delta">{JEKYLL["toc"]}</summary><ol id="markdown-toc">'
        + "".join(f'<li><a href="#{heading_id(c)}" id="markdown-toc-{heading_id(c)}">{e(c)}</a></li>'
                  for c in chapters)
        + "</ol></details>",
        "<hr>",
    ]
    for b in blocks:
        if b.kind == "heading":
            hid = heading_id(b.text)
            out.append(f'<h2 id="{hid}">{_link_icon(hid)} {e(b.text)} </h2>')
        elif b.kind == "unnumbered":
            out.append(f"<p>{e(b.text)}</p>")
        elif b.kind in ("para", "factor"):
            out.append(f'<p><a id="{para_id(b.label)}"></a><strong>{e(b.label)}</strong> {e(b.text)}</p>')
            if b.bullets:
                out.append("<ul>\n" + "\n".join(f"  <li>{e(t)}</li>" for t in b.bullets) + "\n</ul>")
        elif b.kind == "rec":
            out.append(f"<p><strong>{e(b.label)}:</strong> {e(b.text)}</p>")
        elif b.kind == "glossary":
            head = "".join(f"<th>{h}</th>" for h in JEKYLL["glossary_head"])
            rows = "".join(f"<tr><td>{e(a)}</td><td>{e(m)}</td></tr>" for a, m in b.rows)
            out.append(f'<div class="table-wrapper"><table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody>'
                       "</table></div>")
    page = "reviews/" + output["file"].rsplit(".", 1)[0] + ".md"
    repo = re.sub(r"[^a-z0-9]+", "-", site.lower()).strip("-") + "/website"
    out += [
        "</main>",
        "<hr>",
        "<footer>",
        f'<p><a href="#top" id="back-to-top">{JEKYLL["top"]}</a></p>',
        f'<p class="text-small text-grey-dk-100 mb-0">{e(output["modified"])}</p>',
        '<div class="d-flex mt-2"><p class="text-small text-grey-dk-000 mb-0">'
        f'<a href="https://github.com/{repo}/tree/main/{page}" id="edit-this-page">{JEKYLL["edit"]}</a>'
        "</p></div>",
        "</footer>",
        "</div>",
        "</div>",
        '<div class="search-overlay"></div>',
        "</div>",
        "</body>",
        "</html>",
        "",
    ]
    running = [JEKYLL["skip"], site, *JEKYLL["menu"], JEKYLL["theme"], search, JEKYLL["active"], short,
               JEKYLL["toc"], JEKYLL["top"], output["modified"], JEKYLL["edit"]]
    result = _r.expected(output, blocks, contents_lines=chapters, running_header_lines=running)
    return "\n".join(out).encode("utf-8"), result
