"""HTML writer for the fictional development set, layout ``joomla``: a review published as ONE ARTICLE of a
partnership's JOOMLA site (Joomla 5, the Cassiopeia site template), the text pasted from the Word file into the TinyMCE
editor and split into pages with Joomla's page-break button, one page per chapter, and saved as the page the browser
receives when a reader chooses "All Pages" in the article index (``?showall=1``):

    <body class="site com_content wrapper-static view-article no-layout no-task itemid-112 has-sidebar-right">
    <div class="com-content-article item-page"> ... <div class="page-header"><h1> Title </h1></div>
    <dl class="article-info text-muted"><dt class="article-info-term">Details</dt><dd class="createdby"> ...
    <div class="card float-end article-index ms-3 mb-3"><div class="card-body"><h3>Article Index</h3>
    <ul class="nav flex-column"><li class="py-1"><a href="/case-reviews/214-...?start=2" class="toclink">
    What happened</a></li> ... <li class="py-1"><a href="...?showall=1" class="toclink">All Pages</a></li> ...
    <div class="com-content-article__body"> ... <p style="text-align: justify;">3.1.2 Over the summer ...</p> ...
    <br>
    <h2>4 What the review found</h2> ...

* Joomla's page shell: the ``generator`` meta ("Joomla! - Open Source Content Management"), the template's style sheets,
  the ``joomla-script-options`` JSON, the body's classes; the site header (the brand's name and description), the main
  menu with the current item marked, the search form; breadcrumbs ("You are here:"); a right sidebar with a "Latest
  reviews" module (other articles' titles) and a custom module "Worried about a child?"; the footer; the "Back to Top"
  link;
* the article: its title as the ``<h1>`` of ``div.page-header``; the INFO BLOCK (``dl.article-info``: "Details",
  "Written by: ...", "Category: ...", "Published: ...", "Hits: ...") above the text; then the PAGE-BREAK PLUGIN's
  ARTICLE INDEX card, which lists the article's title (its first page), the TITLE OF EACH PAGE BREAK ("What happened",
  the chapter's heading without its number, as the editor typed it in the page-break dialog) and "All Pages", each a
  link to that page of the article (contents_lines);
* in the "All Pages" view the plugin REPLACES EVERY PAGE BREAK WITH A ``<br>`` (``page_titles``: the breaks' titles in
  order), so the text runs on in one ``div.com-content-article__body``: the title-page lines, the foreword under its
  ``<h2>`` (the article's first page), then at each break a ``<br>`` and the chapter's ``<h2>`` ("4 What the review
  found") and its subsections' ``<h3>`` ("4.2 Fenbrook Academy"), as the review numbers them;
* every paragraph a TinyMCE ``<p style="text-align: justify;">``; numbering ``three-level`` typed at the start of the
  text ("3.1.2 Over ..."); a factor list's bullets a ``<ul>`` after its lead-in; "Recommendation N:" in
  ``<strong>``; the glossary a TinyMCE table with a header row ("Term", "Meaning").
Every paragraph's page is ``None``. The markup is modelled on what Joomla 5's com_content article view, its info block
layouts, the page-break plugin and the Cassiopeia template write; without a network it could not be compared with a live
site, and the asset versions and ids are illustrative."""

from __future__ import annotations

import hashlib
import html
import json
import re
from typing import Any

from . import devset_render as _r

Block = _r.Block

JOOMLA: dict[str, Any] = {
    "generator": "Joomla! - Open Source Content Management",
    "menu": ["Home", "About us", "Case reviews", "Training", "Worried about a child?", "Contact us"],
    "active": "Case reviews",
    "here": "You are here:",
    "details": "Details",
    "written_by": "Written by:",
    "category": "Category:",
    "published": "Published:",
    "hits": "Hits:",
    "index": "Article Index",
    "all_pages": "All Pages",
    "latest": "Latest reviews",
    "latest_items": ["Thematic review: neglect of teenagers in Marshwick (2024)",
                     "Rapid review learning summary: a baby's head injury (2024)",
                     "Seven-minute briefing: professional curiosity"],
    "help": "Worried about a child?",
    "help_text": "If you think a child is in immediate danger, call 999. Otherwise call the children's front door on "
                 "01632 960 412, or 01632 960 999 out of hours.",
    "back_to_top": "Back to Top",
    "prev": "Prev",
    "p": 'style="text-align: justify;"',
    "glossary_head": ["Term", "Meaning"],
    "version": "5.2.3",
}


def _hash(seed: str) -> str:
    return hashlib.sha1(seed.encode()).hexdigest()


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def page_title(heading: str) -> str:
    """The title the editor gave a chapter's page break: its heading without the review's number ("4 What the review
    found" -> "What the review found")."""
    return re.sub(r"^\d+ ", "", heading)


def article_path(output: dict[str, Any]) -> str:
    """The article's address as Joomla's router writes it: the menu item's path and "<id>-<alias>"."""
    return f"/case-reviews/{output['article_id']}-{output['alias']}"


def footer_line(output: dict[str, Any]) -> str:
    return f"© {output['published'][-4:]} {output['site_name']}"


def info_lines(output: dict[str, Any]) -> list[str]:
    """The info block's lines as a reader sees them."""
    return [JOOMLA["details"], f"{JOOMLA['written_by']} {output['written_by']}",
            f"{JOOMLA['category']} {output['category']}", f"{JOOMLA['published']} {output['published']}",
            f"{JOOMLA['hits']} {output['hits']}"]


def render_html(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render a three-level review as a Joomla article in its "All Pages" view; return bytes and the expected entry."""
    if report["numbering"] != "three-level":
        raise ValueError("the joomla layout renders three-level numbering")
    e = html.escape
    site, host = output["site_name"], output["host"]
    path = article_path(output)
    title = report["title"]
    majors = [i for i, b in enumerate(blocks) if b.kind == "heading" and b.level == 1]
    breaks = majors[1:]  # a page break before every chapter after the first page's foreword
    titles = [page_title(blocks[i].text) for i in breaks]
    version = _hash(f"{report['id']}:assets")[:32]
    token = _hash(f"{report['id']}:csrf")[:32]
    para = f"<p {JOOMLA['p']}>"

    body: list[str] = [f"<p><strong>{e(_r.FICTION_LABEL)}</strong></p>"]
    body += [f"<p>{e(line)}</p>" for line in _r.title_lines(report)[1:]]
    for i, b in enumerate(blocks):
        if b.kind == "heading":
            if i in breaks:
                body.append("<br>")  # the page break, as the plugin leaves it in the "All Pages" view
            body.append(f"<h{b.level + 1}>{e(b.text)}</h{b.level + 1}>")
        elif b.kind == "unnumbered":
            body.append(f"{para}{e(b.text)}</p>")
        elif b.kind in ("para", "factor"):
            body.append(f"{para}{e(b.label)} {e(b.text)}</p>")
            if b.bullets:
                body.append("<ul>\n" + "\n".join(f"<li>{e(t)}</li>" for t in b.bullets) + "\n</ul>")
        elif b.kind == "rec":
            body.append(f"{para}<strong>{e(b.label)}:</strong> {e(b.text)}</p>")
        elif b.kind == "glossary":
            head = "".join(f'<th style="width: {w};">{e(h)}</th>' for h, w in zip(JOOMLA["glossary_head"],
                                                                                  ("28%", "72%"), strict=True))
            rows = "\n".join(f"<tr>\n<td>{e(a)}</td>\n<td>{e(m)}</td>\n</tr>" for a, m in b.rows)
            body.append('<table class="table table-bordered" style="border-collapse: collapse; width: 100%;">\n'
                        f"<thead>\n<tr>{head}</tr>\n</thead>\n<tbody>\n{rows}\n</tbody>\n</table>")

    index = [(title, path)] + [(t, f"{path}?start={n}") for n, t in enumerate(titles, start=1)]
    index.append((JOOMLA["all_pages"], f"{path}?showall=1"))
    toc = "\n".join(f'\t\t\t<li class="py-1">\n\t\t\t\t<a href="{e(href)}" class="toclink">\n\t\t\t\t\t{e(text)}'
                    f"\t\t\t\t</a>\n\t\t\t</li>" for text, href in index)
    options = {"joomla.jtext": {"ERROR": "Error", "MESSAGE": "Message", "NOTICE": "Notice", "WARNING": "Warning",
                                "JCLOSE": "Close", "JOK": "OK", "JOPEN": "Open"},
               "system.paths": {"root": "", "rootFull": f"https://{host}/", "base": "", "baseFull": f"https://{host}/"},
               "csrf.token": token}
    schema = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": f"https://{host}/#/schema/Organization/base", "name": site,
         "url": f"https://{host}/"},
        {"@type": "WebSite", "@id": f"https://{host}/#/schema/WebSite/base", "url": f"https://{host}/", "name": site,
         "publisher": {"@id": f"https://{host}/#/schema/Organization/base"}},
        {"@type": "WebPage", "@id": f"https://{host}/#/schema/WebPage/base", "url": f"https://{host}{path}?showall=1",
         "name": f"{title} - {site}", "description": report["title_page"][0],
         "isPartOf": {"@id": f"https://{host}/#/schema/WebSite/base"}, "inLanguage": "en-GB"},
        {"@type": "Article", "@id": f"https://{host}/#/schema/com_content/article/{output['article_id']}",
         "name": title, "headline": title, "inLanguage": "en-GB", "articleSection": output["category"],
         "dateCreated": output["published_iso"], "interactionStatistic": {
             "@type": "InteractionCounter", "userInteractionCount": output["hits"]},
         "isPartOf": {"@id": f"https://{host}/#/schema/WebPage/base"}}]}
    current = ' aria-current="page"'
    menu = "".join(
        f'<li class="nav-item item-{101 + n}{" current active" if item == JOOMLA["active"] else ""}'
        f'{" default" if n == 0 else ""}"><a href="/{_slug(item) if n else ""}"'
        f'{current if item == JOOMLA["active"] else ""}>{e(item)}</a></li>'
        for n, item in enumerate(JOOMLA["menu"]))
    latest = "\n".join(f'\t<li itemscope itemtype="https://schema.org/Article">\n\t\t<a href="/case-reviews/'
                       f'{int(_hash(t)[:4], 16) % 200}-{_slug(t)}" '
                       f'itemprop="url">\n\t\t\t<span itemprop="name">\n\t\t\t\t{e(t)}\t\t\t</span>\n\t\t</a>\n\t</li>'
                       for t in JOOMLA["latest_items"])
    info = [
        '<dl class="article-info text-muted">',
        f'\t\t\t<dt class="article-info-term">\n\t\t\t\t\t\t\t\t\t{JOOMLA["details"]}\t\t\t\t\t\t\t</dt>',
        '\t\t\t\t\t\t\t\t<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">',
        f'\t<span class="icon-user icon-fw" aria-hidden="true"></span>\n\t\t\t\t\t{JOOMLA["written_by"]} '
        f'<span itemprop="name">{e(output["written_by"])}</span>\t</dd>',
        '\t\t\t\t\t\t\t\t\t\t\t\t<dd class="category-name">',
        f'\t<span class="icon-folder-open icon-fw" aria-hidden="true"></span>\t\t\t\t\t\t{JOOMLA["category"]} '
        f'<a href="/case-reviews" itemprop="genre">{e(output["category"])}</a>\t</dd>',
        '\t\t\t\t\t\t\t\t\t\t\t\t<dd class="published">',
        '\t<span class="icon-calendar icon-fw" aria-hidden="true"></span>',
        f'\t<time datetime="{output["published_iso"]}" itemprop="datePublished">\n\t\t{JOOMLA["published"]} '
        f'{e(output["published"])}\t</time>\n</dd>',
        '\t\t\t\t\t\t\t\t\t\t\t\t<dd class="hits">',
        '\t<span class="icon-eye icon-fw" aria-hidden="true"></span>',
        f'\t<meta itemprop="interactionCount" content="UserPageVisits:{output["hits"]}">\n\t'
        f'{JOOMLA["hits"]} {output["hits"]}</dd>',
        "\t\t\t\t\t</dl>",
    ]
    out = [
        "<!DOCTYPE html>",
        '<html lang="en-gb" dir="ltr">',
        "",
        "<head>",
        '    <meta charset="utf-8">',
        f'\t<meta name="author" content="{e(output["written_by"])}">',
        '\t<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'\t<meta name="description" content="{e(report["title_page"][0])}">',
        f'\t<meta name="generator" content="{JOOMLA["generator"]}">',
        f"\t<title>{e(title)} - {e(site)}</title>",
        '\t<link href="/media/templates/site/cassiopeia/images/joomla-favicon.svg" rel="icon" type="image/svg+xml">',
        f'\t<link href="/media/system/css/joomla-fontawesome.min.css?{version}" rel="lazy-stylesheet">',
        f'\t<link href="/media/templates/site/cassiopeia/css/template.min.css?{version}" rel="stylesheet">',
        f'\t<link href="/media/templates/site/cassiopeia/css/global/colors_standard.min.css?{version}" '
        'rel="stylesheet">',
        f'\t<link href="/media/templates/site/cassiopeia/css/vendor/joomla-custom-elements/joomla-alert.min.css?'
        f'{JOOMLA["version"]}" rel="stylesheet">',
        "\t<style>:root {--hue: 214;--template-bg-light: #f0f4fb;--template-text-dark: #495057;"
        "--template-text-light: #ffffff;--template-link-color: var(--link-color);"
        "--template-special-color: #001B4C;}</style>",
        f'\t<script type="application/json" class="joomla-script-options new">{json.dumps(options)}</script>',
        f'\t<script src="/media/system/js/core.min.js?{version}"></script>',
        f'\t<script src="/media/templates/site/cassiopeia/js/template.min.js?{version}" type="module"></script>',
        f'\t<script type="application/ld+json">{json.dumps(schema)}</script>',
        "</head>",
        "",
        '<body class="site com_content wrapper-static view-article no-layout no-task itemid-112 '
        'has-sidebar-right">',
        '\t<header class="header container-header full-width">',
        '\t\t\t<div class="grid-child">',
        '\t\t\t<div class="navbar-brand">',
        '\t\t\t\t<a class="brand-logo" href="/">',
        f'\t\t\t\t\t<span title="{e(site)}">{e(site)}</span>\t\t\t\t</a>',
        f'\t\t\t\t\t\t\t\t\t<div class="site-description">{e(output["site_description"])}</div>',
        "\t\t\t\t\t\t</div>",
        "\t\t</div>",
        '\t\t\t\t\t<div class="grid-child container-nav">',
        f'\t\t\t\t\t\t\t\t\t<ul class="mod-menu mod-list nav ">\n{menu}</ul>',
        '\t\t\t\t\t\t\t\t\t<div class="container-search">',
        '\t\t\t\t\t\t<form class="mod-finder js-finder-searchform form-search" action="/component/finder/search" '
        'method="get" role="search">',
        '\t\t\t<label for="mod-finder-searchword109" class="visually-hidden finder">Search</label>'
        '<div class="mod-finder__search input-group"><input type="text" name="q" id="mod-finder-searchword109" '
        'class="js-finder-search-query form-control" value="" placeholder="Search ..."><button class="btn '
        'btn-primary" type="submit"><span class="icon-search icon-white" aria-hidden="true"></span> Search</button>'
        "</div>",
        "\t\t\t\t\t\t</form>",
        "\t\t\t\t\t</div>",
        "\t\t\t\t\t</div>",
        "\t\t\t</header>",
        "",
        '\t<div class="site-grid">',
        '\t\t<div class="grid-child container-component">',
        '\t\t\t<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs">',
        '    <ol class="mod-breadcrumbs breadcrumb px-3 py-2">',
        f'                    <li class="mod-breadcrumbs__here float-start">\n                {JOOMLA["here"]} '
        "&#160;\n            </li>",
        '                            <li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" class="pathway">'
        "<span>Home</span></a></li>",
        '                            <li class="mod-breadcrumbs__item breadcrumb-item"><a href="/case-reviews" '
        'class="pathway"><span>Case reviews</span></a></li>',
        f'                            <li class="mod-breadcrumbs__item breadcrumb-item active"><span>{e(title)}'
        "</span></li>",
        "            </ol>",
        "    </nav>",
        '\t\t\t<div id="system-message-container" aria-live="polite"></div>',
        "",
        "\t\t\t<main>",
        '\t\t\t<div class="com-content-article item-page">',
        '    <meta itemprop="inLanguage" content="en-GB">',
        "    ",
        '        <div class="page-header">',
        f"        <h1>\n            {e(title)}        </h1>",
        "                            </div>",
        *info,
        '<div class="card float-end article-index ms-3 mb-3">',
        '    <div class="card-body">',
        "",
        f"                <h3>{JOOMLA['index']}</h3>",
        "        ",
        '        <ul class="nav flex-column">',
        toc,
        "                </ul>",
        "    </div>",
        "</div>",
        '    <div class="com-content-article__body">',
        *body,
        "    </div>",
        "",
        "        ",
        '<nav class="pagenavigation" aria-label="Page Navigation">',
        '    <span class="pagination ms-0">',
        f'                <a class="btn btn-sm btn-secondary previous" href="/case-reviews/'
        f'{output["article_id"] - 3}-thematic-review-neglect-of-teenagers" rel="prev">',
        f'            <span class="visually-hidden">\n                Previous article: '
        f'{e(JOOMLA["latest_items"][0])}            </span>',
        f'            <span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">'
        f'{JOOMLA["prev"]}</span>            </a>',
        "            </span>",
        "</nav>",
        "\t\t\t\t\t\t\t\t</div>",
        "",
        "\t\t\t</main>",
        "\t\t\t\t\t</div>",
        "",
        '\t\t\t\t<div class="grid-child container-sidebar-right">',
        f'\t\t\t<div class="sidebar-right card ">\n\t\t\t\t\t<h3 class="card-header ">{JOOMLA["latest"]}</h3>',
        '\t\t\t\t<div class="card-body">',
        f'\t\t\t\t<ul class="mod-articleslatest latestnews mod-list">\n{latest}\n</ul>',
        "\t\t\t</div>",
        "\t\t</div>",
        f'\t\t\t<div class="sidebar-right card ">\n\t\t\t\t\t<h3 class="card-header ">{e(JOOMLA["help"])}</h3>',
        f'\t\t\t\t<div class="card-body">\n\t\t\t\t<div id="mod-custom118" class="mod-custom custom">\n\t'
        f"<p>{e(JOOMLA['help_text'])}</p></div>",
        "\t\t\t</div>",
        "\t\t</div>",
        "\t\t\t</div>",
        "\t\t\t</div>",
        "",
        '\t\t\t<footer class="container-footer footer full-width">',
        '\t\t<div class="grid-child">',
        f'\t\t\t<div id="mod-custom113" class="mod-custom custom">\n\t<p>{e(footer_line(output))}</p></div>',
        "\t\t</div>",
        "\t</footer>",
        "\t",
        f'\t\t\t<a href="#top" id="back-top" class="back-to-top-link" aria-label="{JOOMLA["back_to_top"]}">',
        '\t\t\t<span class="icon-arrow-up icon-fw" aria-hidden="true"></span>',
        "\t\t</a>",
        "\t",
        "\t",
        "</body>",
        "</html>",
        "",
    ]
    result = _r.expected(output, blocks, contents_lines=[text for text, _href in index],
                         running_header_lines=[site, output["site_description"], JOOMLA["here"], *info_lines(output),
                                               JOOMLA["index"], JOOMLA["all_pages"], JOOMLA["latest"], JOOMLA["help"],
                                               JOOMLA["help_text"], footer_line(output)],
                         page_titles=titles, article_title=title)
    return "\n".join(out).encode("utf-8"), result
