"""HTML writer for the fictional development set, layout ``silverstripe``: a review published as a PAGE of a site run
on SILVERSTRIPE CMS 5 with the "simple" theme that the CMS installs by default, as the site serves it:

    <title>Page title &raquo; Site name</title>
    <meta name="generator" content="Silverstripe CMS 5.2" />
    <body class="Page" dir="ltr">
    <header class="header" role="banner"> ... <a href="/" class="brand" rel="home"><h1>Site name</h1><p>tagline</p></a>
    <nav class="primary"> ... <li class="section"> ...
    <div class="main" role="main"><div class="inner typography line">
    <aside class="sidebar unit size1of4"><nav class="secondary"><h3>Learning reviews</h3><ul> ... <li class="current">
    <div class="content-container unit size3of4 lastUnit"><article><h1>Page title</h1><div class="content"> ...
    <p>12. The ...</p>

* the shell: ``<% base_tag %>``'s ``<base href>`` with its old conditional comment, the ``<title>`` as "Page title »
  Site name", the tags ``$MetaTags`` writes (the generator naming the CMS and its version, the content type, the
  description), the theme's stylesheets from ``_resources/themes/simple/css``; ``<body class="Page">`` (the page's
  class);
* the theme's HEADER, whose brand link holds the SITE'S NAME IN AN ``<h1>`` and its tagline, so that the page has TWO
  ``<h1>``, the site's and the page's; the search form (``SearchForm_SearchForm``); the PRIMARY NAVIGATION whose items
  carry the linking mode as their class ("link", "section" for the current page's parent, "current"); the SIDEBAR's
  secondary navigation listing the section's pages with the review's ``li.current``; BREADCRUMBS "Home » Learning
  reviews » Kane (2025)" (the menu title) above the page's ``<h1>``; the FOOTER's breadcrumb trail with arrows and
  "Powered by Silverstripe"; a cookie banner;
* the page's CONTENT as the HTML editor (TinyMCE) saved it and the CMS rendered it: the fiction label in ``<em>``
  and the other title-page lines, a link to the PDF version rendered from a ``[file_link]`` shortcode to
  ``/assets/Reviews/...``, "Contents" in ``<strong>`` over a list of links to the chapters, chapters ``<h2>`` with
  the ids the editor gave them and subsections ``<h3>`` (all unnumbered), numbering ``single`` TYPED
  "12. " at the start of each ``<p>``, a factor list's bullets a ``<ul>``, "Recommendation N:" in ``<strong>``, the
  glossary a table as the editor makes one (``<table>`` with a ``<tbody>`` only, its first row of ``<th>`` cells).
Every paragraph's page is ``None``. expected.json adds ``site_name``, ``page_title`` (the ``<title>``), ``page_url``,
``menu_title``, ``edited`` (the "Last edited" line under the content), ``intro_lines`` and ``pdf_link``. The markup
follows the Silverstripe "simple" theme as I remember it; the class names, the breadcrumbs' place, the search form's
ids and the footer are assumptions, not compared with a live site."""

from __future__ import annotations

import html
import re
from datetime import datetime
from typing import Any

from . import devset_render as _r

Block = _r.Block

SILVERSTRIPE: dict[str, Any] = {
    "generator": "Silverstripe CMS 5.2",
    "tagline": "Working together to keep children safe",
    "menu": ["Home", "Worried about a child?", "Learning reviews", "Training", "About us"],
    "section": "Learning reviews",
    "siblings": ["Learning reviews published in 2024", "Kane (2025)", "How we choose cases to review"],
    "pdf_text": "Download the review as a PDF",
    "powered": "Powered by Silverstripe",
    "cookie": "We use cookies to make this site work and to understand how it is used.",
    "search": "Search",
    "contents": "Contents",
}


def slug(text: str) -> str:
    """A page's URL segment as the CMS makes it from its title: "Learning reviews" -> "learning-reviews"."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def page_title(report: dict[str, Any], output: dict[str, Any]) -> str:
    """The ``<title>``: the page's title, a right guillemet and the site's name."""
    return f"{report['title']} \u00bb {output['site_name']}"


def edited(output: dict[str, Any]) -> str:
    """The "Last edited" line's date, as the theme's template formats ``$LastEdited.Nice``: "12/11/2025 2:37pm"."""
    when = datetime.fromisoformat(output["edited"])
    return f"{when:%d/%m/%Y} {when.hour % 12 or 12}:{when:%M}{'pm' if when.hour >= 12 else 'am'}"


def render_html(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render a single-numbered review as a Silverstripe page; return the bytes and the expected entry."""
    if report["numbering"] != "single":
        raise ValueError("the silverstripe layout renders single numbering")
    e = html.escape
    s = SILVERSTRIPE
    site = f"https://{output['domain']}"
    section_url = f"/{output['parent']}/"
    url = f"{section_url}{output['url_segment']}/"
    lines = _r.title_lines(report)
    pdf = f"/assets/Reviews/{output['url_segment']}.pdf"
    content: list[str] = [f"<p><em>{e(lines[0], quote=False)}</em></p>",
                          *(f"<p>{e(t, quote=False)}</p>" for t in lines[1:]),
                          f'<p><a href="{pdf}">{e(s["pdf_text"])}</a></p>']
    chapters = [b.text for b in blocks if b.kind == "heading" and b.level == 1]
    content.append(f"<p><strong>{e(s['contents'])}</strong></p>")
    content.append("<ul>\n" + "\n".join(f'<li><a href="#{slug(t)}">{e(t, quote=False)}</a></li>' for t in chapters)
                   + "\n</ul>")
    for b in blocks:
        if b.kind == "heading" and b.level == 1:
            content.append(f'<h2 id="{slug(b.text)}">{e(b.text, quote=False)}</h2>')
        elif b.kind == "heading":
            content.append(f"<h3>{e(b.text, quote=False)}</h3>")
        elif b.kind == "unnumbered":
            content.append(f"<p>{e(b.text, quote=False)}</p>")
        elif b.kind in ("para", "factor"):
            content.append(f"<p>{e(b.label)}. {e(b.text, quote=False)}</p>")
            if b.bullets:
                content.append("<ul>\n" + "\n".join(f"<li>{e(t, quote=False)}</li>" for t in b.bullets) + "\n</ul>")
        elif b.kind == "rec":
            content.append(f"<p><strong>{e(b.label)}:</strong> {e(b.text, quote=False)}</p>")
        elif b.kind == "glossary":
            rows = "\n".join(f"<tr>\n<td>{e(a)}</td>\n<td>{e(m, quote=False)}</td>\n</tr>" for a, m in b.rows)
            content.append('<table style="border-collapse: collapse; width: 100%;" border="1">\n<tbody>\n'
                           f'<tr>\n<th scope="col">Term</th>\n<th scope="col">Meaning</th>\n</tr>\n{rows}\n</tbody>\n'
                           "</table>")
    menu = []
    for n in s["menu"]:
        href = "/" if n == "Home" else f"/{slug(n)}/"
        mode = "section" if n == s["section"] else "link"
        menu.append(f'<li class="{mode}"><a href="{href}" title="{e(n)}">{e(n)}</a></li>')
    side = []
    for n in s["siblings"]:
        current = n == output["menu_title"]
        href = url if current else f"{section_url}{slug(n)}/"
        mode = "current" if current else "link"
        side.append(f'<li class="{mode}"><a href="{href}" class="{mode}" title="{e(n)}">{e(n)}</a></li>')
    crumbs = (f'<a href="/" class="breadcrumb-1">Home</a> &raquo; <a href="{section_url}" class="breadcrumb-2">'
              f'{e(s["section"])}</a> &raquo; <span class="breadcrumb-3">{e(output["menu_title"])}</span>')
    description = report["title_page"][0]
    theme = "_resources/themes/simple/css"
    out = [
        "<!DOCTYPE html>",
        '<!--[if !IE]><!-->',
        '<html lang="en-GB">',
        "<!--<![endif]-->",
        "<head>",
        f'<base href="{site}/"><!--[if lte IE 6]></base><![endif]-->',
        f"<title>{e(page_title(report, output))}</title>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
        f'<meta name="generator" content="{s["generator"]}" />',
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />',
        f'<meta name="description" content="{e(description)}" />',
        f'<link rel="stylesheet" type="text/css" href="/{theme}/reset.css?m=1731421025" />',
        f'<link rel="stylesheet" type="text/css" href="/{theme}/typography.css?m=1731421025" />',
        f'<link rel="stylesheet" type="text/css" href="/{theme}/form.css?m=1731421025" />',
        f'<link rel="stylesheet" type="text/css" href="/{theme}/layout.css?m=1731421025" />',
        '<link rel="shortcut icon" href="/favicon.ico" />',
        "</head>",
        '<body class="Page" dir="ltr">',
        '<header class="header" role="banner">',
        '<div class="inner">',
        '<div class="unit size4of4 lastUnit">',
        f'<a href="/" class="brand" rel="home">\n<h1>{e(output["site_name"])}</h1>\n<p>{e(s["tagline"])}</p>\n</a>',
        '<div class="search-bar">',
        '<form id="SearchForm_SearchForm" action="/home/SearchForm" method="get" '
        'enctype="application/x-www-form-urlencoded">',
        '<fieldset><div id="SearchForm_SearchForm_Search_Holder" class="field text nolabel"><div class="middleColumn">'
        f'<input type="text" name="Search" class="text nolabel" id="SearchForm_SearchForm_Search" '
        f'placeholder="{e(s["search"])}" /></div></div>'
        '<input type="submit" name="action_results" value="Go" class="action" '
        'id="SearchForm_SearchForm_action_results" /></fieldset>',
        "</form>",
        "</div>",
        '<a href="#" class="nav-open-button">+</a>',
        '<nav class="primary">',
        '<span class="nav-open-button">\u00b2</span>',
        "<ul>",
        *menu,
        "</ul>",
        "</nav>",
        "</div>",
        "</div>",
        "</header>",
        '<div class="main" role="main">',
        '<div class="inner typography line">',
        '<aside class="sidebar unit size1of4">',
        '<nav class="secondary">',
        f"<h3>{e(s['section'])}</h3>",
        "<ul>",
        *side,
        "</ul>",
        "</nav>",
        "</aside>",
        '<div class="content-container unit size3of4 lastUnit">',
        "<article>",
        f'<div id="Breadcrumbs"><p>{crumbs}</p></div>',
        f"<h1>{e(report['title'], quote=False)}</h1>",
        '<div class="content">',
        *content,
        "</div>",
        f'<p class="last-edited">Last edited {edited(output)}</p>',
        "</article>",
        "</div>",
        "</div>",
        "</div>",
        '<footer class="footer" role="contentinfo">',
        '<div class="inner">',
        '<div class="unit size4of4 lastUnit">',
        f'<div class="left"><a href="/">Home</a> <span class="arrow">&rarr;</span> <a href="{section_url}">'
        f'{e(s["section"])}</a> <span class="arrow">&rarr;</span> {e(output["menu_title"])}</div>',
        f'<small class="right"><a href="https://www.silverstripe.org">{e(s["powered"])}</a></small>',
        "</div>",
        "</div>",
        "</footer>",
        f'<div class="cookie-notice" role="dialog" aria-label="Cookies"><p>{e(s["cookie"])}</p>'
        '<button type="button">Accept</button></div>',
        "</body>",
        "</html>",
        "",
    ]
    result = _r.expected(output, blocks,
                         running_header_lines=[output["site_name"], s["tagline"], s["search"], *s["menu"],
                                               s["section"], *s["siblings"],
                                               f"Home \u00bb {s['section']} \u00bb {output['menu_title']}",
                                               f"Last edited {edited(output)}", s["cookie"], s["powered"]],
                         contents_lines=list(chapters), site_name=output["site_name"],
                         page_title=page_title(report, output),
                         page_url=f"{site}{url}", menu_title=output["menu_title"], edited=edited(output),
                         intro_lines=list(lines), pdf_link=pdf)
    return "\n".join(out).encode("utf-8"), result
