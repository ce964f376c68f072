"""HTML writer for the fictional development set, layout ``squiz``: a review published as a STANDARD PAGE OF A SQUIZ
MATRIX SITE (the content management system many UK councils and partnerships run; the partnership's web officer
pastes the review into the page's bodycopy, one WYSIWYG content container per chapter), as Matrix serves the page:

    <div id="bodycopy_5121" class="bodycopy">
    <div id="content_container_5127">
    <h2>3 What happened</h2>
    <h3>Moving home, 2023</h3>
    <p>3.5 The transition began in May 2023 ...</p>

* the shell: an HTML5 page whose theme's stylesheet is served from Matrix's ``/__data/assets/`` store, ``<title>``
  "Title | Site", a canonical link, and Matrix's own signature at the end of the page, the HTML COMMENT "Running Squiz
  Matrix ... Page generated: ..." after the footer;
* the site's HEADER (a skip link, the logo link, the main menu whose links are Matrix's asset links ``./?a=2310``, a
  search form), the BREADCRUMB as an ordered list whose current item has ``aria-current="page"``, the downloads
  aside and the FOOTER's links and copyright;
* the page in ``<main>``: the title as the only ``<h1>`` and "Published: 14 October 2025", then the page's BODYCOPY
  ``div#bodycopy_5121`` holding its CONTENT CONTAINERS ``div#content_container_N``: the first the fiction label and
  the title-page lines each a ``<p>`` and an "On this page" ``<h2>`` with a list of links to the other containers'
  ids; then one container for each chapter (the foreword, the numbered chapters, the recommendations, the glossary),
  its heading an ``<h2>`` and its subsections ``<h3>``; numbering ``two-level`` TYPED, "3.5" and one space opening
  each ``<p>`` as the editor typed it; a factor list's bullets a ``<ul>`` after its lead-in; "Recommendation N:" in
  ``<strong>``; the glossary a ``<table>`` with a ``<thead>``.
Every paragraph's page is ``None``. expected.json adds ``site_name``, ``page_title``, ``page_path``, ``containers``
(the content containers' ids, the intro's first) and ``intro_lines``. The markup follows Matrix pages as I remember
them; the container ids, the asset paths, the theme's class names and the signature's wording are assumptions, not
compared with a live site."""

from __future__ import annotations

import datetime as _dt
import html
from typing import Any

from . import devset_render as _r

Block = _r.Block

SIGNATURE = ("Running Squiz Matrix", "Developed by Squiz - http://www.squiz.net",
             "Squiz, Squiz Matrix, MySource, MySource Matrix and Squiz.net are registered Trademarks of Squiz Pty Ltd")
SQUIZ: dict[str, Any] = {
    "nav": ["Home", "Worried about a child?", "Professionals", "Learning from reviews", "About the partnership"],
    "skip": "Skip to main content",
    "search": "Search",
    "on_this_page": "On this page",
    "published": "Published:",
    "downloads": "Downloads",
    "documents": ["Jenson learning review: seven minute briefing (PDF, 198 KB)"],
    "footer": ["Accessibility statement", "Privacy", "Cookies", "Contact us"],
    "copyright": "© Marlden Children's Safeguarding Partnership 2025 (fictional)",
    "generated": "09:12:07",
}


def page_title(report: dict[str, Any], output: dict[str, Any]) -> str:
    return f"{report['title']} | {output['site_name']}"


def container(asset_id: str, index: int) -> str:
    """The id Matrix gives the page's content container number ``index`` (0 the intro): odd asset ids after the
    bodycopy's, "content_container_5123", "content_container_5125", ..."""
    return f"content_container_{int(asset_id) + 2 + 2 * index}"


def published(output: dict[str, Any]) -> str:
    """The page's "Published" date as the page prints it, "14 October 2025"."""
    when = _dt.date.fromisoformat(output["published"])
    return f"{when.day} {when:%B %Y}"


def render_html(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render a two-level review as a Squiz Matrix standard page; return the bytes and the expected entry."""
    if report["numbering"] != "two-level":
        raise ValueError("the squiz layout renders two-level numbering")
    e = html.escape
    s = SQUIZ
    site = f"https://{output['domain']}"
    title = page_title(report, output)
    lines = _r.title_lines(report)
    chapters: list[tuple[str, str]] = []
    parts: list[list[str]] = []
    for b in blocks:
        if b.kind == "heading" and b.level == 1:
            cid = container(output["asset_id"], len(chapters) + 1)
            chapters.append((cid, b.text))
            parts.append([f"<h2>{e(b.text, quote=False)}</h2>"])
        elif b.kind == "heading":
            parts[-1].append(f"<h3>{e(b.text, quote=False)}</h3>")
        elif b.kind == "unnumbered":
            parts[-1].append(f"<p>{e(b.text, quote=False)}</p>")
        elif b.kind in ("para", "factor"):
            parts[-1].append(f"<p>{e(b.label)} {e(b.text, quote=False)}</p>")
            if b.bullets:
                parts[-1].append("<ul>" + "".join(f"<li>{e(t, quote=False)}</li>" for t in b.bullets) + "</ul>")
        elif b.kind == "rec":
            parts[-1].append(f"<p><strong>{e(b.label)}:</strong> {e(b.text, quote=False)}</p>")
        elif b.kind == "glossary":
            rows = "".join(f"<tr><td>{e(a)}</td><td>{e(m, quote=False)}</td></tr>" for a, m in b.rows)
            parts[-1].append('<table class="table"><thead><tr><th scope="col">Term</th><th scope="col">Meaning</th>'
                             "</tr></thead><tbody>" + rows + "</tbody></table>")
    intro_id = container(output["asset_id"], 0)
    intro = ("".join(f"<p>{e(t, quote=False)}</p>" for t in lines) + f"<h2>{e(s['on_this_page'])}</h2><ul>"
             + "".join(f'<li><a href="#{cid}">{e(t, quote=False)}</a></li>' for cid, t in chapters) + "</ul>")
    containers = [f'<div id="{intro_id}">{intro}</div>']
    containers += [f'<div id="{cid}">{"".join(body)}</div>' for (cid, _t), body in zip(chapters, parts, strict=True)]
    nav = "".join(f'<li><a href="{site}/">{e(n)}</a></li>' if i == 0 else
                  f'<li><a href="./?a={2304 + 2 * i}">{e(n)}</a></li>' for i, n in enumerate(s["nav"]))
    crumbs = (f'<ol><li><a href="{site}/">Home</a></li><li><a href="./?a=2310">{e(output["section"])}</a></li>'
              f'<li aria-current="page">{e(report["title"])}</li></ol>')
    when = published(output)
    out = [
        "<!DOCTYPE html>",
        '<html lang="en-GB">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(title)}</title>",
        f'<meta name="description" content="{e(lines[3])}">',
        f'<link rel="canonical" href="{site}{output["path"]}">',
        f'<link rel="stylesheet" href="{site}/__data/assets/git_bridge/0019/2305/dist/main.css?h=8a1f3c2">',
        "</head>",
        '<body class="standard-page">',
        f'<a class="skip-link" href="#main-content">{e(s["skip"])}</a>',
        f'<header class="site-header"><a class="site-header__logo" href="{site}/">{e(output["site_name"])}</a>'
        f'<nav class="site-nav" aria-label="Main"><ul>{nav}</ul></nav>'
        f'<form class="site-search" action="{site}/search" method="get"><label for="query">{e(s["search"])}</label>'
        f'<input id="query" name="query" type="search"><button type="submit">{e(s["search"])}</button></form>'
        "</header>",
        f'<nav class="breadcrumbs" aria-label="Breadcrumb">{crumbs}</nav>',
        '<main id="main-content">',
        f"<h1>{e(report['title'], quote=False)}</h1>",
        f'<p class="page-meta">{e(s["published"])} {when}</p>',
        f'<div id="bodycopy_{output["asset_id"]}" class="bodycopy">',
        *containers,
        "</div>",
        f'<aside class="related-downloads"><h2>{e(s["downloads"])}</h2><ul>'
        + "".join(f'<li><a href="{site}/__data/assets/pdf_file/0024/{int(output["asset_id"]) + 1}/briefing.pdf">'
                  f"{e(t)}</a></li>" for t in s["documents"]) + "</ul></aside>",
        "</main>",
        '<footer class="site-footer"><ul>'
        + "".join(f'<li><a href="./?a={2330 + i}">{e(t)}</a></li>' for i, t in enumerate(s["footer"]))
        + f'</ul><p class="site-footer__copyright">{e(s["copyright"])}</p></footer>',
        "<!--",
        *(f"  {line}" for line in SIGNATURE),
        f"  Page generated: {when} {s['generated']}",
        "-->",
        "</body>",
        "</html>",
        "",
    ]
    result = _r.expected(output, blocks, contents_lines=[t for _cid, t in chapters],
                         running_header_lines=[s["skip"], output["site_name"], *s["nav"], s["search"],
                                               f"Home {output['section']} {report['title']}",
                                               f"{s['published']} {when}", s["downloads"], *s["documents"],
                                               *s["footer"], s["copyright"]],
                         site_name=output["site_name"], page_title=title, page_path=output["path"],
                         containers=[intro_id, *(cid for cid, _t in chapters)], intro_lines=list(lines))
    return "\n".join(out).encode("utf-8"), result
