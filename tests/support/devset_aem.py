"""HTML writer for the fictional development set, layout ``aem``: a review published as a PAGE of a council's site built
on ADOBE EXPERIENCE MANAGER (AEM) from its CORE COMPONENTS, as the publish tier serves it:

    <body class="page basicpage" id="page-..." data-cmp-data-layer-enabled>
    <div class="root container responsivegrid"><div id="container-..." class="cmp-container">
    <div class="aem-Grid aem-Grid--12 aem-Grid--default--12 ">
    <div class="title aem-GridColumn aem-GridColumn--default--12"><div ... class="cmp-title">
    <h2 class="cmp-title__text">
    <div class="text aem-GridColumn aem-GridColumn--default--12"><div ... class="cmp-text"><p><b>3.4</b> The ...</p>

* the shell: ``<title>`` as the site's page component writes it, "Page title | Site name"; the ``template`` meta that
  AEM adds for the page's editable template, the description, the canonical link to the page's mapped ``.html`` URL
  (the repository path ``/content/<site>/en`` shortened by the site's mapping), the site's client library CSS and
  JavaScript from ``/etc.clientlibs/`` with their long-cache hashes ("lc-...-lc"); ``<body>`` classed "page
  basicpage", its ``id`` the page's generated id and the ADOBE CLIENT DATA LAYER enabled, the page's data pushed to
  ``window.adobeDataLayer`` in a script;
* the page made of the RESPONSIVE GRID: a root container, a ``cmp-container`` and one ``aem-Grid`` whose children
  are the components, each a ``div`` classed by the component's name and its grid column
  (``aem-GridColumn--default--12``) holding the component's own markup with a generated ``id`` ("title-3f2a9c0b1d")
  and its entry for the data layer in ``data-cmp-data-layer`` (a JSON object, HTML-escaped, that repeats the
  component's title or text: ``dc:title`` or ``xdm:text``);
* the header EXPERIENCE FRAGMENT with the NAVIGATION component (``nav.cmp-navigation``, items
  ``li.cmp-navigation__item--level-0``, the section the page is in ``--active``); the BREADCRUMB component
  (``nav.cmp-breadcrumb``, an ``ol`` of ``li.cmp-breadcrumb__item`` marked up with schema.org's BreadcrumbList, the
  page's own item ``--active`` with ``aria-current="page"`` and no link);
* the page's ``<h1>`` a TITLE component; the fiction label and the other title-page lines a TEXT component as AEM's
  rich text editor saves them (the label in ``<i>``); the PDF a DOWNLOAD component (its title link, a ``dl`` of the
  file's name, size and format, and the "Download" action) served from the DAM (``/content/dam/...``); the TABLE OF
  CONTENTS component ("On this page") listing every chapter and, nested, every section, as links to the titles' ids;
* every chapter a TITLE component with an ``<h2>``, its number typed before its name ("3 What happened"), and every
  section one with an ``<h3>``, unnumbered; the paragraphs
  between them TEXT components, numbering ``two-level`` TYPED in bold at the start of each ``<p>``
  (``<b>3.4</b> The ...``, the editor's bold), a factor list's bullets a ``<ul>``, "Recommendation N:" in ``<b>``,
  the glossary a table as the editor's table plugin inserts one (``border="1"``, the head row of ``<th>`` cells
  inside the ``<tbody>``, no ``<thead>``);
* "Page last updated: 20 November 2025" a text component after the content; the footer EXPERIENCE FRAGMENT's links
  and copyright line.
Every paragraph's page is ``None``. expected.json adds ``site_name``, ``page_title``, ``page_url``, ``breadcrumbs``,
``updated``, ``intro_lines``, ``pdf_link`` and ``toc_title``. The markup follows AEM's Core Components as I remember
them; the ids (stand-ins made from a hash of the component's place), the client library hashes, the data layer's
fields and the site's mapping are assumptions, not compared with a live AEM site."""

from __future__ import annotations

import hashlib
import html
import json
from datetime import date
from typing import Any

from . import devset_render as _r

Block = _r.Block

AEM: dict[str, Any] = {
    "menu": ["Bins and recycling", "Care and support", "Children and families", "Housing", "Contact us"],
    "toc_title": "On this page",
    "download": "Download",
    "pdf_title": "Download the full review (PDF)",
    "updated": "Page last updated:",
    "footer_links": ["Accessibility statement", "Cookies", "Privacy notice", "Contact the council"],
    "site": "ulverdon",
    "grid": "aem-GridColumn aem-GridColumn--default--12",
}


def url_name(text: str) -> str:
    """A page's name as AEM makes it from its title: "Care and support" -> "care-and-support"."""
    return "-".join(text.lower().split())


def page_title(report: dict[str, Any], output: dict[str, Any]) -> str:
    """The ``<title>``: the page's title, a bar and the site's name."""
    return f"{report['title']} | {output['site_name']}"


def updated(output: dict[str, Any]) -> str:
    """The date line's date: "20 November 2025"."""
    d = date.fromisoformat(output["modified"])
    return f"{d.day} {d:%B %Y}"


def cid(kind: str, place: str) -> str:
    """A component's generated id: its name and ten hex digits (here a stand-in made from its place)."""
    return f"{kind}-{hashlib.sha256(place.encode()).hexdigest()[:10]}"


def render_html(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render a two-level-numbered review as an AEM Core Components page; return the bytes and the expected entry."""
    if report["numbering"] != "two-level":
        raise ValueError("the aem layout renders two-level numbering")
    e = html.escape
    a = AEM
    site = f"https://{output['domain']}"
    parents = ["/en/" + "/".join(url_name(p) for p in output["path"][: i + 1]) for i in range(len(output["path"]))]
    url = f"{parents[-1]}/{output['page_name']}.html"
    dam = f"/content/dam/{a['site']}/documents/safeguarding/{output['page_name']}.pdf"
    lines = _r.title_lines(report)
    modified = f"{output['modified']}T09:14:03Z"
    grid = a["grid"]

    def layer(ident: str, kind: str, **fields: str) -> str:
        data = {ident: {"@type": f"{a['site']}/components/{kind}", "repo:modifyDate": modified, **fields}}
        return e(json.dumps(data, ensure_ascii=False, separators=(",", ":")), quote=True)

    def title(text: str, tag: str, place: str) -> tuple[str, str]:
        ident = cid("title", place)
        entry = layer(ident, "title", **{"dc:title": text})
        return ident, (f'<div class="title {grid}"><div data-cmp-data-layer="{entry}" id="{ident}" class="cmp-title">\n'
                       f'    <{tag} class="cmp-title__text">{e(text, quote=False)}</{tag}>\n</div>\n\n    \n</div>')

    def text(inner: list[str], place: str) -> str:
        ident = cid("text", place)
        body = "\n".join(inner)
        entry = layer(ident, "text", **{"xdm:text": body})
        return (f'<div class="text {grid}"><div data-cmp-data-layer="{entry}" id="{ident}" class="cmp-text">\n'
                f"    {body}\n</div>\n\n    \n</div>")

    components: list[str] = []
    toc: list[tuple[int, str, str]] = []  # (level, heading, id)
    run: list[str] = []

    def flush(place: str) -> None:
        if run:
            components.append(text(list(run), place))
            run.clear()

    for i, b in enumerate(blocks):
        if b.kind == "heading":
            flush(f"run-{i}")
            ident, markup = title(b.text, "h2" if b.level == 1 else "h3", f"heading-{i}")
            toc.append((b.level, b.text, ident))
            components.append(markup)
        elif b.kind == "unnumbered":
            run.append(f"<p>{e(b.text, quote=False)}</p>")
        elif b.kind in ("para", "factor"):
            run.append(f"<p><b>{e(b.label)}</b> {e(b.text, quote=False)}</p>")
            if b.bullets:
                run.append("<ul>\n" + "\n".join(f"<li>{e(t, quote=False)}</li>" for t in b.bullets) + "\n</ul>")
        elif b.kind == "rec":
            run.append(f"<p><b>{e(b.label)}:</b> {e(b.text, quote=False)}</p>")
        elif b.kind == "glossary":
            rows = "\n".join(f"<tr>\n<td>{e(t)}</td>\n<td>{e(m, quote=False)}</td>\n</tr>" for t, m in b.rows)
            run.append('<table width="100%" border="1" cellspacing="0" cellpadding="4">\n<tbody>\n'
                       f'<tr>\n<th scope="col">Term</th>\n<th scope="col">Meaning</th>\n</tr>\n{rows}\n</tbody>\n'
                       "</table>")
    flush("run-end")

    def toc_list() -> str:
        out, open_sub = ['<ul class="cmp-toc__group">'], False
        for level, heading, ident in toc:
            link = f'<a class="cmp-toc__item-link" href="#{ident}">{e(heading, quote=False)}</a>'
            if level == 1:
                if open_sub:
                    out.append("</ul></li>")
                    open_sub = False
                elif len(out) > 1:
                    out.append("</li>")
                out.append(f'<li class="cmp-toc__item">{link}')
            else:
                if not open_sub:
                    out.append('<ul class="cmp-toc__group">')
                    open_sub = True
                out.append(f'<li class="cmp-toc__item">{link}</li>')
        out.append("</ul></li>" if open_sub else "</li>")
        out.append("</ul>")
        return "\n".join(out)

    names, hrefs = ["Home", *output["path"]], ["/en.html", *(f"{p}.html" for p in parents)]
    crumbs = []
    for n, (name, href) in enumerate(zip(names, hrefs, strict=True), 1):
        crumbs.append('<li class="cmp-breadcrumb__item" itemprop="itemListElement" itemscope '
                      'itemtype="http://schema.org/ListItem">\n'
                      f'<a href="{href}" class="cmp-breadcrumb__item-link" itemprop="item">'
                      f'<span itemprop="name">{e(name)}</span></a>\n<meta itemprop="position" content="{n}"/>\n</li>')
    crumbs.append('<li class="cmp-breadcrumb__item cmp-breadcrumb__item--active" aria-current="page" '
                  'itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">\n'
                  f'<span itemprop="name">{e(report["title"], quote=False)}</span>\n'
                  f'<meta itemprop="position" content="{len(names) + 1}"/>\n</li>')
    menu = []
    for n in a["menu"]:
        lit = n == output["path"][0]
        menu.append(f'<li class="cmp-navigation__item cmp-navigation__item--level-0'
                    f'{" cmp-navigation__item--active" if lit else ""}">\n'
                    f'<a href="/en/{url_name(n)}.html" class="cmp-navigation__item-link">{e(n)}</a>\n</li>')
    h1_id, h1 = title(report["title"], "h1", "page-title")
    page_id = cid("page", url)
    page_layer = json.dumps({page_id: {"@type": f"{a['site']}/components/page", "repo:modifyDate": modified,
                                       "dc:title": report["title"], "xdm:template": f"/conf/{a['site']}/settings/wcm/"
                                       "templates/content-page", "xdm:language": "en-GB",
                                       "repo:path": f"/content/{a['site']}{url}"}}, separators=(",", ":"))
    download_id = cid("download", dam)
    toc_id = cid("tableofcontents", url)
    lc = hashlib.md5(url.encode()).hexdigest()
    out = [
        "<!DOCTYPE HTML>",
        '<html lang="en-GB">',
        "    <head>",
        '    <meta charset="UTF-8"/>',
        f"    <title>{e(page_title(report, output))}</title>",
        "    ",
        f'    <meta name="description" content="{e(report["title_page"][0])}"/>',
        '    <meta name="template" content="content-page"/>',
        '    <meta name="viewport" content="width=device-width, initial-scale=1"/>',
        "    ",
        f'<link rel="canonical" href="{site}{url}"/>',
        f'<link rel="stylesheet" href="/etc.clientlibs/{a["site"]}/clientlibs/clientlib-base.lc-{lc}-lc.min.css" '
        'type="text/css">',
        "</head>",
        f'    <body class="page basicpage" id="{page_id}" data-cmp-link-accessibility-enabled '
        'data-cmp-link-accessibility-text="opens in a new tab" data-cmp-data-layer-enabled>',
        "        <script>",
        "          window.adobeDataLayer = window.adobeDataLayer || [];",
        f"          adobeDataLayer.push({{page: JSON.parse({json.dumps(page_layer)}), event:'cmp:show', "
        f"eventInfo: {{path: 'page.{page_id}'}}}});",
        "        </script>",
        '        <a class="skip-link" href="#main">Skip to main content</a>',
        '<div class="root container responsivegrid">',
        f'<div id="{cid("container", url)}" class="cmp-container">',
        '        <div class="aem-Grid aem-Grid--12 aem-Grid--default--12 ">',
        f'<div class="experiencefragment {grid}">',
        f'<div id="{cid("experiencefragment", "header")}" class="cmp-experiencefragment '
        'cmp-experiencefragment--header">',
        '<div class="logo"><a href="/en.html" class="cmp-logo"><img src="/content/dam/'
        f'{a["site"]}/brand/ulverdon-council-logo.svg" alt="{e(output["site_name"])}"/></a></div>',
        f'<nav id="{cid("navigation", "main")}" class="cmp-navigation" itemscope '
        'itemtype="http://schema.org/SiteNavigationElement" aria-label="Main">',
        '<ul class="cmp-navigation__group">',
        *menu,
        "</ul>",
        "</nav>",
        "</div>",
        "</div>",
        f'<div class="breadcrumb {grid}">',
        f'<nav id="{cid("breadcrumb", url)}" class="cmp-breadcrumb" aria-label="Breadcrumb">',
        '<ol class="cmp-breadcrumb__list" itemscope itemtype="http://schema.org/BreadcrumbList">',
        *crumbs,
        "</ol>",
        "</nav>",
        "</div>",
        '<main id="main">',
        h1,
        text([f"<p><i>{e(lines[0], quote=False)}</i></p>", *(f"<p>{e(t, quote=False)}</p>" for t in lines[1:])],
             "intro"),
        f'<div class="download {grid}"><div id="{download_id}" class="cmp-download">',
        f'<h3 class="cmp-download__title"><a class="cmp-download__title-link" href="{dam}">{e(a["pdf_title"])}</a>'
        "</h3>",
        '<dl class="cmp-download__properties">',
        '<div class="cmp-download__property cmp-download__property--filename">'
        '<dt class="cmp-download__property-label">Filename</dt>'
        f'<dd class="cmp-download__property-content">{output["page_name"]}.pdf</dd></div>',
        '<div class="cmp-download__property cmp-download__property--size">'
        '<dt class="cmp-download__property-label">Size</dt>'
        f'<dd class="cmp-download__property-content">{e(output["pdf_size"])}</dd></div>',
        '<div class="cmp-download__property cmp-download__property--format">'
        '<dt class="cmp-download__property-label">Format</dt>'
        '<dd class="cmp-download__property-content">PDF</dd></div>',
        "</dl>",
        f'<a class="cmp-download__action" href="{dam}"><span class="cmp-download__action-text">{a["download"]}</span>'
        "</a>",
        "</div>",
        "</div>",
        f'<div class="tableofcontents {grid}"><div id="{toc_id}" class="cmp-toc">',
        f'<p class="cmp-toc__title">{e(a["toc_title"])}</p>',
        toc_list(),
        "</div>",
        "</div>",
        *components,
        text([f"<p>{e(a['updated'])} {updated(output)}</p>"], "updated"),
        "</main>",
        f'<div class="experiencefragment {grid}">',
        f'<div id="{cid("experiencefragment", "footer")}" class="cmp-experiencefragment '
        'cmp-experiencefragment--footer">',
        '<ul class="footer-links">',
        *(f'<li><a href="/en/{url_name(n)}.html">{e(n)}</a></li>' for n in a["footer_links"]),
        "</ul>",
        f'<p class="copyright">&copy; {e(output["site_name"])} {report["year"]}</p>',
        "</div>",
        "</div>",
        "</div>",
        "</div>",
        "</div>",
        f'<script src="/etc.clientlibs/core/wcm/components/commons/datalayer/v1/clientlibs/'
        f'core.wcm.components.commons.datalayer.v1.lc-{lc[::-1]}-lc.min.js"></script>',
        f'<script src="/etc.clientlibs/{a["site"]}/clientlibs/clientlib-base.lc-{lc}-lc.min.js"></script>',
        "    </body>",
        "</html>",
        "",
    ]
    result = _r.expected(output, blocks,
                         running_header_lines=[*a["menu"], *names, a["pdf_title"], a["toc_title"],
                                               f"{a['updated']} {updated(output)}", *a["footer_links"],
                                               f"\u00a9 {output['site_name']} {report['year']}"],
                         contents_lines=[heading for _level, heading, _id in toc], site_name=output["site_name"],
                         page_title=page_title(report, output), page_url=f"{site}{url}",
                         breadcrumbs=[*names, report["title"]], updated=updated(output), intro_lines=list(lines),
                         pdf_link=dam, toc_title=a["toc_title"], h1_id=h1_id)
    return "\n".join(out).encode("utf-8"), result
