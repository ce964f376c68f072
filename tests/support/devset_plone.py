"""HTML writer for the fictional development set, layout ``plone``: a review published as a PAGE (a "Document") of a
site run on PLONE 6 in its Classic UI with the default Barceloneta theme, as Plone serves it to a visitor who is not
logged in:

    <body class="frontend icons-on portaltype-document section-learning-reviews ... template-document_view ...">
    <article id="content"><header><h1 class="documentFirstHeading">...</h1>
    <div class="documentByLine" id="plone-document-byline">...Last modified...</div>
    <p class="lead documentDescription">...</p></header>
    <div id="content-core"><div id="parent-fieldname-text"> ... <p>3.5&nbsp; The referral ...</p>

* the shell: an XHTML-flavoured HTML5 page whose ``<head>`` holds ``<meta name="generator" content="Plone -
  https://plone.org/">``, the Dublin Core metas Plone writes (``DC.type`` "Page", ``DC.date.modified``,
  ``DC.creator``, ``DC.description``), the ``<title>`` as "Page title — Site name", a canonical link and the theme's
  stylesheet from ``++theme++barceloneta``; the ``<body>``'s classes naming the content type, the section, the
  subsection and the view;
* the site's HEADER (``#portal-logo``, the search box, the global navigation ``ul#portal-globalnav`` whose current
  section is ``li.inPath``), the BREADCRUMBS (``nav#portal-breadcrumbs``, an ``<ol class="breadcrumb">``), the page in
  ``main#main-container``, a NAVIGATION PORTLET in ``aside#portal-column-two`` listing the folder's other pages, the
  FOOTER's site actions, colophon and signature, and a cookie banner;
* the page: its title as ``h1.documentFirstHeading``, the BYLINE "Last modified" with the date as Plone formats it,
  the DESCRIPTION (the first title-page line) as ``p.lead.documentDescription``; then the RICH TEXT as the editor
  (TinyMCE) left it: the fiction label in ``<em>`` and the other title-page lines, "Contents" and a list of links
  to NAMED ANCHORS (``<a id=... name=...>``) set inside the chapters' ``<h2>``, the subsections' ``<h3>``; numbering
  ``two-level`` TYPED with TWO SPACES after the number, which TinyMCE keeps as ``&nbsp;`` and a space ("3.5&nbsp;
  The"); a factor list's bullets a ``<ul>``; "Recommendation N:" in ``<strong>``; the glossary a table with Plone's
  ``listing`` class, its head in ``<thead>`` and ``<th>``.
Every paragraph's page is ``None``. expected.json adds ``site_name``, ``page_title`` (the ``<title>``),
``page_url``, ``description``, ``modified`` (the byline's date), ``intro_lines`` and ``anchors``. The markup
follows Plone 6 Classic pages as I remember them; the class names, the portlet, the byline's format and the
footer's links are assumptions, not compared with a live site."""

from __future__ import annotations

import html
import re
from datetime import datetime
from typing import Any

from . import devset_render as _r

Block = _r.Block

PLONE: dict[str, Any] = {
    "nav": ["Home", "Worried about a child?", "Practitioners", "Learning reviews", "Training", "About us"],
    "contents": "Contents",
    "siblings": ["Learning reviews published in 2024", "Briefings for practitioners", "How we choose cases to review"],
    "actions": ["Site Map", "Accessibility", "Contact", "Privacy and cookies"],
    "colophon": "Powered by Plone",
    "copyright": "© Wrayburn Safeguarding Partnership 2025 (fictional)",
    "cookie": "This site uses cookies to remember your choices and to count visits.",
    "search": "Search Site",
}


def anchor(text: str) -> str:
    """A chapter's named anchor, as the editor typed it: "3 What happened" -> "what-happened"."""
    words = re.sub(r"[^a-z0-9 ]", "", text.lower()).split()
    return "-".join(w for w in words if not w.isdigit())


def byline_date(output: dict[str, Any]) -> str:
    """The byline's "Last modified" date as Plone's locale formats it: "Sep 24, 2025 10:12 AM"."""
    when = datetime.fromisoformat(output["modified"])
    return f"{when:%b} {when.day}, {when.year} {when:%I:%M %p}"


def page_title(report: dict[str, Any], output: dict[str, Any]) -> str:
    """The ``<title>``: the page's title, an em dash and the site's name."""
    return f"{report['title']} \u2014 {output['site_name']}"


def render_html(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render a two-level review as a Plone 6 Classic page; return the bytes and the expected entry."""
    if report["numbering"] != "two-level":
        raise ValueError("the plone layout renders two-level numbering")
    e = html.escape
    p = PLONE
    site = f"https://{output['domain']}"
    folder = f"{site}/{output['folder']}"
    url = f"{folder}/{output['page_id']}"
    lines = _r.title_lines(report)
    description = report["title_page"][0]
    intro = [t for t in lines if t != description]
    chapters: list[str] = []
    body: list[str] = [f"<p><em>{e(intro[0], quote=False)}</em></p>",
                       *(f"<p>{e(t, quote=False)}</p>" for t in intro[1:])]
    text: list[str] = []
    for b in blocks:
        if b.kind == "heading" and b.level == 1:
            chapters.append(b.text)
            name = anchor(b.text)
            text.append(f'<h2><a id="{name}" name="{name}"></a>{e(b.text, quote=False)}</h2>')
        elif b.kind == "heading":
            text.append(f"<h3>{e(b.text, quote=False)}</h3>")
        elif b.kind == "unnumbered":
            text.append(f"<p>{e(b.text, quote=False)}</p>")
        elif b.kind in ("para", "factor"):
            text.append(f"<p>{e(b.label)}&nbsp; {e(b.text, quote=False)}</p>")
            if b.bullets:
                text.append("<ul>\n" + "\n".join(f"<li>{e(t, quote=False)}</li>" for t in b.bullets) + "\n</ul>")
        elif b.kind == "rec":
            text.append(f"<p><strong>{e(b.label)}:</strong> {e(b.text, quote=False)}</p>")
        elif b.kind == "glossary":
            rows = "\n".join(f"<tr>\n<td>{e(a)}</td>\n<td>{e(m, quote=False)}</td>\n</tr>" for a, m in b.rows)
            text.append('<table class="listing">\n<thead>\n<tr>\n<th>Term</th>\n<th>Meaning</th>\n</tr>\n</thead>\n'
                        f"<tbody>\n{rows}\n</tbody>\n</table>")
    body.append(f"<h2>{e(p['contents'])}</h2>")
    body.append("<ul>\n" + "\n".join(f'<li><a href="#{anchor(t)}">{e(t, quote=False)}</a></li>' for t in chapters)
                + "\n</ul>")
    body += text
    section = output["section"]
    nav = []
    for n in p["nav"]:
        cls = "index_html" if n == "Home" else re.sub(r"[^a-z0-9]+", "-", n.lower()).strip("-")
        href = site if n == "Home" else f"{site}/{cls}"
        current = " inPath" if n == section else ""
        nav.append(f'<li class="{cls} nav-item{current}"><a href="{href}" class="state-published nav-link">'
                   f"{e(n)}</a></li>")
    siblings = "\n".join(f'<li class="navTreeItem visualNoMarker"><a href="{folder}/'
                         f'{re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")}" class="state-published '
                         f'contenttype-document">{e(s)}</a></li>' for s in p["siblings"])
    actions = "\n".join(f'<li class="portletItem"><a href="{site}/{re.sub(r"[^a-z]+", "-", a.lower()).strip("-")}">'
                        f"{e(a)}</a></li>" for a in p["actions"])
    body_class = (f"frontend icons-on portaltype-document section-{output['folder']} site-Plone "
                  f"subsection-{output['page_id']} template-document_view thumbs-on userrole-anonymous "
                  "viewpermission-view")
    out = [
        "<!DOCTYPE html>",
        '<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en">',
        "<head>",
        '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />',
        f"<title>{e(page_title(report, output))}</title>",
        '<meta name="generator" content="Plone - https://plone.org/" />',
        f'<meta name="DC.description" content="{e(description)}" />',
        f'<meta name="description" content="{e(description)}" />',
        '<meta name="DC.format" content="text/html" />',
        '<meta name="DC.type" content="Page" />',
        f'<meta name="DC.date.modified" content="{e(output["modified"])}" />',
        f'<meta name="DC.creator" content="{e(output["creator"])}" />',
        '<meta name="DC.language" content="en" />',
        '<meta name="viewport" content="width=device-width, initial-scale=1.0" />',
        f'<link rel="canonical" href="{url}" />',
        f'<link rel="stylesheet" href="{site}/++theme++barceloneta/css/barceloneta.min.css" />',
        f'<link rel="icon" type="image/vnd.microsoft.icon" href="{site}/favicon.ico" />',
        f'<link rel="search" href="{site}/@@search" title="Search this site" />',
        "</head>",
        f'<body class="{body_class}" id="visual-portal-wrapper" dir="ltr" data-base-url="{url}" '
        f'data-portal-url="{site}" data-view-url="{url}">',
        '<div class="outer-wrapper">',
        '<header id="content-header" class="sticky-top">',
        '<div class="container">',
        '<div id="portal-top" class="mb-3 d-flex justify-content-between">',
        f'<div id="portal-logo-wrapper"><a id="portal-logo" title="{e(output["site_name"])}" href="{site}">'
        f'<img alt="{e(output["site_name"])}" src="{site}/@@site-logo/logo.png" title="{e(output["site_name"])}" />'
        "</a></div>",
        f'<div id="portal-searchbox"><form id="searchGadget_form" action="{site}/@@search" role="search" '
        'class="d-flex pat-livesearch show_images"><label class="hiddenStructure" for="searchGadget">'
        f'{e(p["search"])}</label><input name="SearchableText" type="text" size="18" id="searchGadget" '
        f'title="{e(p["search"])}" placeholder="{e(p["search"])}" class="searchField form-control me-3" />'
        '<button class="searchButton btn btn-outline-light" type="submit">Search</button></form></div>',
        "</div>",
        "</div>",
        '<div id="mainnavigation-wrapper"><div id="mainnavigation">',
        '<nav class="navbar navbar-expand-lg navbar-barceloneta pat-navigationmarker" id="portal-globalnav-wrapper">'
        '<div class="container"><ul class="navbar-nav me-auto" id="portal-globalnav">',
        *nav,
        "</ul></div></nav>",
        "</div></div>",
        "</header>",
        '<div id="above-content-wrapper"><div id="viewlet-above-content">',
        '<nav id="portal-breadcrumbs" aria-label="breadcrumb"><div class="container"><ol class="breadcrumb">'
        f'<li class="breadcrumb-item"><a href="{site}">Home</a></li>'
        f'<li class="breadcrumb-item"><a href="{folder}">{e(section)}</a></li>'
        f'<li class="breadcrumb-item active" aria-current="page"><a href="{url}">{e(report["title"])}</a></li>'
        "</ol></div></nav>",
        "</div></div>",
        '<div class="container">',
        '<div class="row"><aside id="global_statusmessage" class="col-12"></aside></div>',
        '<main id="main-container" class="row">',
        '<section id="portal-column-content" class="col-xs-12 col-sm-12 col-md-9">',
        '<article id="content">',
        "<header>",
        '<div id="viewlet-above-content-title"></div>',
        f'<h1 class="documentFirstHeading">{e(report["title"], quote=False)}</h1>',
        '<div id="viewlet-below-content-title"><div class="documentByLine" id="plone-document-byline">'
        f'<span class="documentModified"><span>Last modified</span> {byline_date(output)}</span></div></div>',
        f'<p class="lead documentDescription">{e(description, quote=False)}</p>',
        "</header>",
        '<div id="viewlet-above-content-body"></div>',
        '<div id="content-core">',
        '<div id="parent-fieldname-text">',
        *body,
        "</div>",
        "</div>",
        '<footer><div id="viewlet-below-content"></div></footer>',
        "</article>",
        "</section>",
        '<aside id="portal-column-two" class="col-xs-12 col-sm-12 col-md-3">',
        '<div class="portletWrapper"><div class="card portlet portletNavigationTree">'
        f'<div class="card-header"><a href="{folder}" class="tile">{e(section)}</a></div>'
        f'<nav class="card-body"><ul class="navTree navTreeLevel0">\n{siblings}\n</ul></nav></div></div>',
        "</aside>",
        "</main>",
        "</div>",
        "</div>",
        '<footer id="portal-footer-wrapper" class="mt-5">',
        '<div class="container" id="portal-footer">',
        f'<div class="row"><div class="col-12"><ul id="portal-siteactions">\n{actions}\n</ul></div></div>',
        '<div class="row"><div class="col-12"><div id="portal-colophon"><div class="colophon">'
        f'<a href="https://plone.org" target="_blank" title="This site was built using the Plone Open Source '
        f'CMS/WCM.">{e(p["colophon"])}</a></div></div></div></div>',
        '<div class="row"><div class="col-12"><div id="portal-footer-signature">'
        f'<p>{e(p["copyright"])}</p></div></div></div>',
        "</div>",
        "</footer>",
        f'<div class="cookie-notice" role="dialog" aria-label="Cookies"><p>{e(p["cookie"])}</p>'
        '<button type="button" class="btn btn-primary">OK</button></div>',
        "</body>",
        "</html>",
        "",
    ]
    result = _r.expected(output, blocks, contents_lines=list(chapters),
                         running_header_lines=[output["site_name"], p["search"], *p["nav"],
                                               f"Home {section} {report['title']}",
                                               f"Last modified {byline_date(output)}", p["contents"],
                                               section, *p["siblings"], *p["actions"], p["colophon"], p["cookie"],
                                               p["copyright"]],
                         site_name=output["site_name"], page_title=page_title(report, output), page_url=url,
                         description=description, modified=byline_date(output), intro_lines=list(intro),
                         anchors=[anchor(t) for t in chapters])
    return "\n".join(out).encode("utf-8"), result
