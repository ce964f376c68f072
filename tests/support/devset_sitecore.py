"""HTML writer for the fictional development set, layout ``sitecore``: a review published as a PAGE of a site built
on SITECORE with the Sitecore Experience Accelerator (SXA), as the site serves it: a page assembled from
RENDERINGS, each a ``<div class="component ...">`` holding a ``<div class="component-content">``:

    <body class="default-device bodyclass">
    <div id="wrapper"><header><div id="header" class="container"> ... </div></header>
    <main><div id="content" class="container">
    <div class="component breadcrumb navigation-title col-12"> ... <ol><li class="breadcrumb-item home"> ...
    <div class="component title col-12"><div class="component-content"><div class="field-title"><h1>Page title</h1>
    <div class="component rich-text col-12" id="chapter-3"><div class="component-content"><h2>3 What happened</h2>
    <p>3.4 The ...</p>

* the shell: the ``<title>`` as "Page title | Site name", the canonical link, the theme's optimised stylesheets and
  scripts served from the MEDIA LIBRARY (``/-/media/base-themes/...`` and ``/-/media/themes/...`` with ``?t=``
  stamps); ``<body class="default-device bodyclass">`` (the device's name); ``#wrapper``, ``#header``,
  ``#content`` and ``#footer`` as SXA's page design lays them out;
* the HEADER's renderings: the logo (an image rendering whose ``alt`` is the site's name, from the media library),
  the search box (``search-box-input``) and the main NAVIGATION, every item an ``<li>`` classed by its level, its
  position ("item0", "odd", "first") and, for the section the page is in, "active";
* the BREADCRUMB rendering (an ``<ol>`` of ``li.breadcrumb-item``, each name in ``div.navigation-title`` and a
  ``div.separator`` "&gt;" after it, the page "last"); the TITLE rendering's ``<h1>`` from the item's Title field;
* the review's INTRODUCTION in a rich-text rendering (the fiction label in ``<em>``, the other title-page lines and
  a link to the PDF in the media library, ``/-/media/files/...pdf?la=en&hash=...``); an "On this page" LINK LIST
  rendering of the chapters; then ONE RICH-TEXT RENDERING PER CHAPTER, its ``id`` "chapter-N", its ``<h2>``
  numbered "3 What happened" as ``two-level`` prints it, sections ``<h3>`` unnumbered, each numbered paragraph a
  ``<p>`` that opens with its typed number "3.4" and a space, a factor list's bullets a ``<ul>`` after it,
  "Recommendation N:" in ``<strong>``, the glossary a ``<table class="table">`` with a ``<thead>``;
* a DATE rendering "Last updated: 21 October 2025" under the content; the FOOTER's link list and copyright line.
Every paragraph's page is ``None``. expected.json adds ``site_name``, ``page_title``, ``page_url``, ``breadcrumbs``,
``updated``, ``intro_lines`` and ``pdf_link``. The markup follows SXA's default renderings as I remember them; the
class names, the media URLs' form and the date's wording are assumptions, not compared with a live Sitecore site."""

from __future__ import annotations

import hashlib
import html
import re
from datetime import date
from typing import Any

from . import devset_render as _r

Block = _r.Block

SITECORE: dict[str, Any] = {
    "menu": ["Home", "Worried about an adult?", "Reviews and learning", "Training", "About the Board"],
    "search": "Search this site",
    "on_this_page": "On this page",
    "pdf_text": "Download the full report (PDF)",
    "updated": "Last updated:",
    "footer_links": ["Accessibility", "Privacy notice", "Contact us"],
    "stamp": "20250912T101500Z",
}


def slug(text: str) -> str:
    """An item's name as SXA makes it into a URL: "Reviews and learning" -> "reviews-and-learning"."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def page_title(report: dict[str, Any], output: dict[str, Any]) -> str:
    """The ``<title>``: the page's title, a bar and the site's name."""
    return f"{report['title']} | {output['site_name']}"


def updated(output: dict[str, Any]) -> str:
    """The date rendering's text: "21 October 2025"."""
    when = date.fromisoformat(output["updated"])
    return f"{when.day} {when:%B %Y}"


def media_hash(path: str) -> str:
    """The ``hash`` that Sitecore adds to a media URL (here a stand-in: 32 hex digits from the path)."""
    return hashlib.md5(path.encode()).hexdigest().upper()  # a stand-in, not a real hash


def render_html(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render a two-level-numbered review as a Sitecore SXA page; return the bytes and the expected entry."""
    if report["numbering"] != "two-level":
        raise ValueError("the sitecore layout renders two-level numbering")
    e = html.escape
    s = SITECORE
    site = f"https://{output['domain']}"
    trail = [*output["path"], report["title"]]
    parents = ["/" + "/".join(slug(p) for p in output["path"][: i + 1]) for i in range(len(output["path"]))]
    url = f"{parents[-1]}/{output['item']}"
    lines = _r.title_lines(report)
    pdf_path = f"/-/media/files/gsab/reviews/{output['item']}.pdf"
    pdf = f"{pdf_path}?la=en&hash={media_hash(pdf_path)}"
    chapters: list[tuple[str, list[str]]] = []
    for b in blocks:
        if b.kind == "heading" and b.level == 1:
            chapters.append((b.text, [f"<h2>{e(b.text, quote=False)}</h2>"]))
            continue
        part = chapters[-1][1]
        if b.kind == "heading":
            part.append(f"<h3>{e(b.text, quote=False)}</h3>")
        elif b.kind == "unnumbered":
            part.append(f"<p>{e(b.text, quote=False)}</p>")
        elif b.kind in ("para", "factor"):
            part.append(f"<p>{e(b.label)} {e(b.text, quote=False)}</p>")
            if b.bullets:
                part.append("<ul>\n" + "\n".join(f"<li>{e(t, quote=False)}</li>" for t in b.bullets) + "\n</ul>")
        elif b.kind == "rec":
            part.append(f"<p><strong>{e(b.label)}:</strong> {e(b.text, quote=False)}</p>")
        elif b.kind == "glossary":
            rows = "\n".join(f"<tr>\n<td>{e(a)}</td>\n<td>{e(m, quote=False)}</td>\n</tr>" for a, m in b.rows)
            part.append('<table class="table">\n<thead>\n<tr>\n<th>Term</th>\n<th>Meaning</th>\n</tr>\n</thead>\n'
                        f"<tbody>\n{rows}\n</tbody>\n</table>")
    ids = [f"chapter-{i}" for i in range(1, len(chapters) + 1)]
    menu = []
    for i, n in enumerate(s["menu"]):
        href = "/" if n == "Home" else f"/{slug(n)}"
        cls = f"level1 item{i} {'odd' if i % 2 == 0 else 'even'}{' first' if i == 0 else ''}" + (
            " last" if i == len(s["menu"]) - 1 else "") + (" active" if n == output["path"][0] else "") + " rel-level1"
        menu.append(f'<li class="{cls}"><div class="navigation-title field-navigationtitle">'
                    f'<a title="{e(n)}" href="{href}">{e(n)}</a></div></li>')
    crumbs = []
    names, hrefs = ["Home", *trail], ["/", *parents, url]
    for i, (n, href) in enumerate(zip(names, hrefs, strict=True)):
        cls = "breadcrumb-item" + (" home" if i == 0 else "") + (" last" if i == len(names) - 1 else "")
        sep = "" if i == len(names) - 1 else '<div class="separator">&gt;</div>'
        crumbs.append(f'<li class="{cls}"><div class="navigation-title field-navigationtitle">'
                      f'<a title="{e(n)}" href="{href}">{e(n, quote=False)}</a></div>{sep}</li>')
    links = "\n".join(f'<li class="item{i} {"odd" if i % 2 == 0 else "even"}"><div class="field-link">'
                      f'<a data-variantfieldname="Link" href="#{ids[i]}">{e(t, quote=False)}</a></div></li>'
                      for i, (t, _p) in enumerate(chapters))
    intro = [f"<p><em>{e(lines[0], quote=False)}</em></p>", *(f"<p>{e(t, quote=False)}</p>" for t in lines[1:]),
             f'<p><a href="{e(pdf)}">{e(s["pdf_text"])}</a></p>']

    def component(kind: str, inner: str, extra: str = "") -> str:
        return f'<div class="component {kind}"{extra}>\n<div class="component-content">\n{inner}\n</div>\n</div>'

    media = "/-/media"
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8" />',
        f"<title>{e(page_title(report, output))}</title>",
        f'<link href="{media}/base-themes/core-libraries/styles/optimized-min.css?t={s["stamp"]}" rel="stylesheet" />',
        f'<link href="{media}/base-themes/main-theme/styles/optimized-min.css?t={s["stamp"]}" rel="stylesheet" />',
        f'<link href="{media}/themes/gsab/gsab/styles/pre-optimized-min.css?t={s["stamp"]}" rel="stylesheet" />',
        f'<link rel="canonical" href="{site}{url}" />',
        f'<meta property="og:title" content="{e(report["title"])}" />',
        f'<meta name="description" content="{e(report["title_page"][0])}" />',
        '<meta name="viewport" content="width=device-width, initial-scale=1" />',
        "</head>",
        '<body class="default-device bodyclass">',
        '<a class="skip-link" href="#content">Skip to main content</a>',
        '<div id="wrapper">',
        "<header>",
        '<div id="header" class="container">',
        '<div class="row">',
        component("image file-type-icon-media-link col-12 col-md-4 site-logo",
                  f'<a title="Home" href="/"><img alt="{e(output["site_name"])}" src="{media}/project/gsab/logo.png?'
                  f'h=80&amp;w=240&amp;hash={media_hash("logo")}" /></a>'),
        component("search-box col-12 col-md-8",
                  f'<input class="search-box-input" type="text" name="textBoxSearch" placeholder="{e(s["search"])}" '
                  'aria-label="Search" />\n<button class="search-box-button" type="submit">Search</button>'),
        component("navigation col-12 navigation-main navigation-main-horizontal",
                  '<nav>\n<ul class="clearfix">\n' + "\n".join(menu) + "\n</ul>\n</nav>"),
        "</div>",
        "</div>",
        "</header>",
        "<main>",
        '<div id="content" class="container">',
        '<div class="row">',
        component("breadcrumb navigation-title col-12", "<nav>\n<ol>\n" + "\n".join(crumbs) + "\n</ol>\n</nav>"),
        component("title col-12", f'<div class="field-title"><h1>{e(report["title"], quote=False)}</h1></div>'),
        component("rich-text col-12 review-intro", "\n".join(intro)),
        component("link-list col-12 page-contents", f"<h3>{e(s['on_this_page'])}</h3>\n<ul>\n{links}\n</ul>"),
        *(component("rich-text col-12", "\n".join(part), f' id="{ids[i]}"') for i, (_t, part) in enumerate(chapters)),
        component("date col-12", f'<span class="date-label">{e(s["updated"])}</span> '
                                 f'<span class="field-date">{e(updated(output))}</span>'),
        "</div>",
        "</div>",
        "</main>",
        "<footer>",
        '<div id="footer" class="container">',
        '<div class="row">',
        component("link-list col-12 footer-links", "<ul>\n" + "\n".join(
            f'<li class="item{i}"><div class="field-link"><a href="/{slug(n)}">{e(n)}</a></div></li>'
            for i, n in enumerate(s["footer_links"])) + "\n</ul>"),
        component("plain-html col-12 copyright", f"<p>&copy; {report['year']} {e(output['site_name'])}</p>"),
        "</div>",
        "</div>",
        "</footer>",
        "</div>",
        f'<script src="{media}/base-themes/core-libraries/scripts/optimized-min.js?t={s["stamp"]}"></script>',
        "</body>",
        "</html>",
        "",
    ]
    result = _r.expected(output, blocks,
                         running_header_lines=[output["site_name"], s["search"], *s["menu"],
                                               *["Home", *trail][:-1], s["on_this_page"],
                                               f"{s['updated']} {updated(output)}", *s["footer_links"],
                                               f"\u00a9 {report['year']} {output['site_name']}"],
                         contents_lines=[t for t, _p in chapters], site_name=output["site_name"],
                         page_title=page_title(report, output), page_url=f"{site}{url}",
                         breadcrumbs=["Home", *trail], updated=updated(output), intro_lines=list(lines), pdf_link=pdf)
    return "\n".join(out).encode("utf-8"), result
