"""HTML writer for the fictional development set, layout ``docusaurus``: a review written in MDX and built by
DOCUSAURUS (v3, the classic theme), one doc page of the board's learning site:

    <nav aria-label="Main" class="navbar navbar--fixed-top"> ... <b class="navbar__title">Quarrington SAB Learning</b>
    ... <button type="button" class="DocSearch DocSearch-Button" aria-label="Search"> ...
    <aside class="theme-doc-sidebar-container"> <nav aria-label="Docs sidebar" class="menu"> ...
    <h2 class="anchor anchorWithStickyNavbar_LWe7" id="what-happened">What happened<a href="#what-happened"
    class="hash-link" aria-label="Direct link to What happened" title="Direct link to What happened">&#8203;</a></h2>
    <div class="row numberedPara_k3Xa" id="para-12"><div class="col col--1 numberedPara__number"><a
    href="#para-12" aria-label="Direct link to paragraph 12">12</a></div><div class="col col--11
    numberedPara__body"><p>In February 2024 ...</p></div></div>

* numbering ``single``: each numbered paragraph an MDX component rendered as an Infima GRID ROW (``div.row`` with an
  id ``para-N``): the number a LINK to the row in a narrow column of its own (``div.col--1``), the text a ``<p>`` in
  the wide column (``div.col--11``), a factor list's bullets a ``<ul>`` in that column after the ``<p>``;
* the title the ``<h1>`` in the doc's ``<header>``, with no link; every chapter heading an ``<h2>`` ending in
  Docusaurus' HASH LINK, an ``a.hash-link`` whose only text is a ZERO-WIDTH SPACE (U+200B), titled "Direct link to
  <heading>";
* the top NAVBAR with the site's title and a DocSearch "Search" button, the LEFT "Docs sidebar" (the site's docs,
  this one active), BREADCRUMBS ("Reviews" > the page's short name), the RIGHT TABLE OF CONTENTS of the chapters
  (``ul.table-of-contents``: contents_lines) and its mobile "On this page" button;
* the title-page lines in a "note" ADMONITION, "Recommendation N:" in ``<strong>``, the glossary a Markdown table
  with the head "Term" / "Meaning";
* after the article the doc footer's "Edit this page" link and "Last updated on <date>", the "Previous"/"Next"
  pagination, and the site footer "Copyright © <year> <publisher>. Built with Docusaurus." (running_header_lines).
Every paragraph's page is ``None``."""

from __future__ import annotations

import html
import re
from typing import Any

from . import devset_render as _r

Block = _r.Block

DOCUSAURUS: dict[str, Any] = {
    "generator": "Docusaurus v3.5.2",
    "search": "Search",
    "sidebar": "Docs sidebar",
    "breadcrumb": "Reviews",
    "on_this_page": "On this page",
    "admonition": "note",
    "edit": "Edit this page",
    "updated": "Last updated on",
    "previous": "Previous",
    "next": "Next",
    "hash": "\u200b",
    "glossary_head": ["Term", "Meaning"],
}


def heading_id(heading: str) -> str:
    """github-slugger's id for a heading: lower case, punctuation other than hyphens dropped, spaces hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-")


def copyright_line(report: dict[str, Any]) -> str:
    return f"Copyright © {report['year']} {report['publisher']}. Built with Docusaurus."


def render_html(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render one single-numbered review as a Docusaurus doc page; return bytes and the expected entry."""
    if report["numbering"] != "single":
        raise ValueError("the docusaurus layout renders single numbering")
    e = html.escape
    zw = DOCUSAURUS["hash"]

    def hash_link(anchor: str, text: str) -> str:
        return (f'<a href="#{anchor}" class="hash-link" aria-label="Direct link to {e(text)}" '
                f'title="Direct link to {e(text)}">{zw}</a>')

    site, short = output["site_title"], output["short_name"]
    chapters = [b.text for b in blocks if b.kind == "heading" and b.level == 1]
    updated = f"{DOCUSAURUS['updated']} {output['last_updated']}"
    out = [
        "<!doctype html>",
        '<html lang="en-GB" dir="ltr" class="docs-wrapper plugin-docs plugin-id-default docs-version-current '
        'docs-doc-page" data-has-hydrated="false">',
        "<head>",
        '<meta charset="UTF-8">',
        f'<meta name="generator" content="{DOCUSAURUS["generator"]}">',
        f'<title data-rh="true">{e(short)} | {e(site)}</title>',
        '<meta data-rh="true" name="docusaurus_tag" content="docs-default-current">',
        '<link rel="stylesheet" href="/assets/css/styles.4f1e2b7c.css">',
        "</head>",
        '<body class="navigation-with-keyboard">',
        '<div id="__docusaurus">',
        '<div role="region" aria-label="Skip to main content"><a class="skipToContent_fXgn" '
        'href="#__docusaurus_skipToContent_fallback">Skip to main content</a></div>',
        '<nav aria-label="Main" class="navbar navbar--fixed-top"><div class="navbar__inner">',
        f'<div class="navbar__items"><a class="navbar__brand" href="/"><b class="navbar__title text--truncate">'
        f'{e(site)}</b></a><a class="navbar__item navbar__link navbar__link--active" href="/docs/intro">'
        f'{DOCUSAURUS["breadcrumb"]}</a></div>',
        '<div class="navbar__items navbar__items--right"><div class="navbarSearchContainer_Bca1">'
        f'<button type="button" class="DocSearch DocSearch-Button" aria-label="{DOCUSAURUS["search"]}">'
        f'<span class="DocSearch-Button-Container"><span class="DocSearch-Button-Placeholder">{DOCUSAURUS["search"]}'
        '</span></span><span class="DocSearch-Button-Keys"><kbd class="DocSearch-Button-Key">Ctrl</kbd>'
        '<kbd class="DocSearch-Button-Key">K</kbd></span></button></div></div>',
        "</div></nav>",
        '<div id="__docusaurus_skipToContent_fallback" class="main-wrapper mainWrapper_z2l0">',
        '<div class="docsWrapper_hBAB"><div class="docRoot_UBD9">',
        '<aside class="theme-doc-sidebar-container docSidebarContainer_YfHR"><div class="sidebar_njMd">',
        f'<nav aria-label="{DOCUSAURUS["sidebar"]}" class="menu thin-scrollbar menu_SIkG">'
        '<ul class="theme-doc-sidebar-menu menu__list">',
        '<li class="theme-doc-sidebar-item-link menu__list-item"><a class="menu__link" href="/docs/intro">'
        "Introduction</a></li>",
        f'<li class="theme-doc-sidebar-item-category menu__list-item"><div class="menu__list-item-collapsible">'
        f'<a class="menu__link menu__link--sublist menu__link--active" href="#">{DOCUSAURUS["breadcrumb"]}</a></div>'
        '<ul class="menu__list">'
        f'<li class="theme-doc-sidebar-item-link menu__list-item"><a class="menu__link menu__link--active" '
        f'aria-current="page" href="#">{e(short)}</a></li></ul></li>',
        "</ul></nav></div></aside>",
        '<main class="docMainContainer_TBSr"><div class="container padding-top--md padding-bottom--lg">',
        '<div class="row"><div class="col docItemCol_VOVn"><div class="docItemContainer_Djhp"><article>',
        '<nav class="theme-doc-breadcrumbs breadcrumbsContainer_Z_bl" aria-label="Breadcrumbs"><ul class="breadcrumbs">'
        '<li class="breadcrumbs__item"><a aria-label="Home page" class="breadcrumbs__link" href="/">Home</a></li>'
        f'<li class="breadcrumbs__item"><span class="breadcrumbs__link">{DOCUSAURUS["breadcrumb"]}</span></li>'
        f'<li class="breadcrumbs__item breadcrumbs__item--active"><span class="breadcrumbs__link">{e(short)}</span>'
        "</li></ul></nav>",
        '<div class="tocCollapsible_ETCw theme-doc-toc-mobile tocMobile_ITEo"><button type="button" '
        f'class="clean-btn tocCollapsibleButton_TO0P">{DOCUSAURUS["on_this_page"]}</button></div>',
        '<div class="theme-doc-markdown markdown">',
        f'<header><h1>{e(report["title"])}</h1></header>',
        '<div class="theme-admonition theme-admonition-note admonition_xJq3 alert alert--secondary">'
        f'<div class="admonitionHeading_Gvgb">{DOCUSAURUS["admonition"]}</div><div class="admonitionContent_BuS1">'
        + "".join(f"<p>{e(line)}</p>" for line in _r.title_lines(report)) + "</div></div>",
    ]
    for b in blocks:
        if b.kind == "heading":
            hid = heading_id(b.text)
            tag = "h2" if b.level == 1 else "h3"
            out.append(f'<{tag} class="anchor anchorWithStickyNavbar_LWe7" id="{hid}">{e(b.text)}'
                       f"{hash_link(hid, b.text)}</{tag}>")
        elif b.kind == "unnumbered":
            out.append(f"<p>{e(b.text)}</p>")
        elif b.kind in ("para", "factor"):
            anchor = f"para-{b.label}"
            bullets = ("<ul>" + "".join(f"<li>{e(t)}</li>" for t in b.bullets) + "</ul>") if b.bullets else ""
            out.append(f'<div class="row numberedPara_k3Xa" id="{anchor}"><div class="col col--1 '
                       f'numberedPara__number"><a href="#{anchor}" aria-label="Direct link to paragraph {e(b.label)}">'
                       f'{e(b.label)}</a></div><div class="col col--11 numberedPara__body"><p>{e(b.text)}</p>'
                       f"{bullets}</div></div>")
        elif b.kind == "rec":
            out.append(f"<p><strong>{e(b.label)}:</strong> {e(b.text)}</p>")
        elif b.kind == "glossary":
            head = "".join(f"<th>{h}</th>" for h in DOCUSAURUS["glossary_head"])
            rows = "".join(f"<tr><td>{e(a)}</td><td>{e(m)}</td></tr>" for a, m in b.rows)
            out.append(f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
    out += [
        "</div>",
        '<footer class="theme-doc-footer docusaurus-mt-lg"><div class="theme-doc-footer-edit-meta-row row">',
        f'<div class="col"><a href="{e(output["edit_url"])}" target="_blank" rel="noopener noreferrer" '
        f'class="theme-edit-this-page">{DOCUSAURUS["edit"]}</a></div>',
        f'<div class="col lastUpdated_JAkA"><span class="theme-last-updated">{e(updated)}</span></div>',
        "</div></footer></article>",
        '<nav class="pagination-nav docusaurus-mt-lg" aria-label="Docs pages">'
        '<a class="pagination-nav__link pagination-nav__link--prev" href="/docs/intro">'
        f'<div class="pagination-nav__sublabel">{DOCUSAURUS["previous"]}</div>'
        '<div class="pagination-nav__label">Introduction</div></a>'
        '<a class="pagination-nav__link pagination-nav__link--next" href="/docs/reviews/about">'
        f'<div class="pagination-nav__sublabel">{DOCUSAURUS["next"]}</div>'
        '<div class="pagination-nav__label">About our reviews</div></a></nav>',
        "</div></div>",
        '<div class="col col--3"><div class="tableOfContents_bqdL thin-scrollbar theme-doc-toc-desktop">'
        '<ul class="table-of-contents table-of-contents__left-border">',
    ]
    out += [f'<li><a href="#{heading_id(c)}" class="table-of-contents__link toc-highlight">{e(c)}</a></li>'
            for c in chapters]
    out += [
        "</ul></div></div>",
        "</div></div></main>",
        "</div></div></div>",
        '<footer class="footer footer--dark"><div class="container container-fluid">',
        f'<div class="footer__bottom text--center"><div class="footer__copyright">{e(copyright_line(report))}</div>'
        "</div></div></footer>",
        "</div>",
        '<script src="/assets/js/runtime~main.8a3b1c5d.js"></script>',
        '<script src="/assets/js/main.2d9f0e4a.js"></script>',
        "</body></html>",
        "",
    ]
    running = [site, DOCUSAURUS["search"], DOCUSAURUS["breadcrumb"], short, DOCUSAURUS["on_this_page"],
               DOCUSAURUS["edit"], updated, DOCUSAURUS["previous"], DOCUSAURUS["next"], copyright_line(report)]
    result = _r.expected(output, blocks, contents_lines=chapters, running_header_lines=running)
    return "\n".join(out).encode("utf-8"), result
