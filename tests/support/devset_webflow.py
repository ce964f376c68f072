"""HTML writer for the fictional development set, layout ``webflow``: a review published as an ITEM OF A WEBFLOW CMS
COLLECTION (the partnership's site is built in Webflow by a design agency; its business unit pastes each review into
the collection item's rich text field), as Webflow publishes the page:

    <html data-wf-domain="www.elmswickscp.org.uk" data-wf-page="6712..." data-wf-site="65f0..." data-wf-collection=
    "..." data-wf-item-slug="ailsa-learning-review"> ...
    <div class="review-body w-richtext"><h2>3 What happened</h2><h3>2021 and 2022</h3>
    <p>3.1 In September 2021 Ailsa started Year 4 ...</p>

* the shell as Webflow writes it: the ``data-wf-*`` attributes on ``<html>``, the "Published by Webflow" comment,
  ``<title>`` from the item's name and the site's, Open Graph and Twitter metadata, the webflow.css and the site's own
  stylesheet, the ``w-mod-js`` script, jQuery and webflow.js at the end of the body;
* the site's NAVBAR component (``div.w-nav`` with ``role="banner"``: the brand link, ``nav.w-nav-menu`` with the
  current link marked ``w--current`` and ``aria-current="page"``, the ``w-nav-button`` menu icon);
* a HERO section from the item's fields: the category, the title as the page's only ``<h1>``, and the fiction label
  and the other title-page lines as a ``div`` each of the "review-meta" block (plain text fields);
* the review in a TABS component (``div.w-tabs``): the ``w-tab-menu`` of ``a.w-tab-link`` tabs ("Read the review",
  "Recommendations", "Glossary"; the first ``w--current``) and the ``w-tab-content`` panes (``div.w-tab-pane``, the
  first ``w--tab-active``), all in the page: the first pane holds the foreword and the chapters in ONE RICH TEXT
  block (``div.w-richtext``), headings as typed into it: "<h2>3 What happened</h2>" for chapters and ``<h3>`` for
  subsections; numbering ``two-level`` TYPED BY THE WRITER at the start of each paragraph's text, "3.12 " and the
  text in a plain ``<p>``; a factor list's bullets a ``<ul role="list">`` (Webflow adds the role to rich text lists)
  after its lead-in; the second pane the recommendations, a rich text block of ``<p>`` each opening with
  "<strong>Recommendation N:</strong>"; the third the glossary, an HTML EMBED (``div.w-embed``; Webflow's rich text
  has no tables) holding a ``<table>`` of "Term" and "Meaning";
* a "Contents" block before the tabs, built by the site's custom code from the rich text's headings: a ``<ul>`` of
  links to the chapters' ids (the ids the script gives them, "section-3"), subsections not listed;
* the site's FOOTER section (``section.footer``): the partnership's address and the line for worried members of the
  public, and "© 2025" with the partnership's name.
Every paragraph's page is ``None``. expected.json adds ``site_name``, ``page_title``, ``slug``, ``tabs`` and
``chapter_ids``. The class names and attributes follow published Webflow pages as I remember them; the navbar, the
tabs and the footer, and the agency's own class names, are assumptions, not compared with a live site."""

from __future__ import annotations

import html
import re
from typing import Any

from . import devset_render as _r

Block = _r.Block

WEBFLOW: dict[str, Any] = {
    "nav": ["Home", "About us", "Learning reviews", "Training", "Worried about a child?"],
    "current": "Learning reviews",
    "menu": "menu",
    "category": "Learning review",
    "tabs": ["Read the review", "Recommendations", "Glossary"],
    "contents": "Contents",
    "footer": ["If you are worried about a child in Elmswick, call the front door on 0300 555 0142 (fictional).",
               "Elmswick Safeguarding Children Partnership, Town Hall, Elmswick (fictional)"],
    "copyright": "© 2025 Elmswick Safeguarding Children Partnership (fictional)",
    "published": "Published by Webflow",
}


def page_title(output: dict[str, Any]) -> str:
    return f"{output['short_name']} | {output['site_name']}"


def chapter_id(text: str) -> str:
    """The id the site's script gives a chapter heading of the rich text: "section-3" for "3 What happened", the
    foreword's "section-foreword"."""
    m = re.match(r"(\d+) ", text)
    return f"section-{m.group(1)}" if m else "section-" + re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def render_html(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render a two-level review as a Webflow CMS item page; return the bytes and the expected entry."""
    if report["numbering"] != "two-level":
        raise ValueError("the webflow layout renders two-level numbering")
    e = html.escape
    w = WEBFLOW
    url = f"https://{output['domain']}/{output['collection']}/{output['slug']}"
    title = page_title(output)

    body: list[str] = []  # the first pane's rich text
    recs: list[str] = []
    gloss: list[str] = []
    chapters: list[tuple[str, str]] = []
    for b in blocks:
        if b.kind == "heading" and b.level == 1:
            if b.text.endswith("Recommendations") or b.text == report["glossary"]["heading"]:
                continue  # the second and third panes' tabs name them
            cid = chapter_id(b.text)
            chapters.append((cid, b.text))
            body.append(f'<h2 id="{cid}">{e(b.text, quote=False)}</h2>')
        elif b.kind == "heading":
            body.append(f"<h3>{e(b.text, quote=False)}</h3>")
        elif b.kind == "unnumbered":
            body.append(f"<p>{e(b.text, quote=False)}</p>")
        elif b.kind in ("para", "factor"):
            body.append(f"<p>{e(b.label)} {e(b.text, quote=False)}</p>")
            if b.bullets:
                body.append('<ul role="list">' + "".join(f"<li>{e(t, quote=False)}</li>" for t in b.bullets)
                            + "</ul>")
        elif b.kind == "rec":
            recs.append(f"<p><strong>{e(b.label)}:</strong> {e(b.text, quote=False)}</p>")
        elif b.kind == "glossary":
            gloss += [f"<tr><td><strong>{e(a)}</strong></td><td>{e(m, quote=False)}</td></tr>" for a, m in b.rows]

    lines = _r.title_lines(report)
    nav = "".join(
        f'<a href="/{"" if n == "Home" else re.sub(r"[^a-z]+", "-", n.lower()).strip("-")}" class="nav-link '
        f'w-nav-link{" w--current" if n == w["current"] else ""}"'
        f'{" aria-current=" + chr(34) + "page" + chr(34) if n == w["current"] else ""}>{e(n)}</a>' for n in w["nav"])
    tab_links = "".join(
        f'<a data-w-tab="Tab {i}" class="review-tab w-inline-block w-tab-link{" w--current" if i == 1 else ""}" '
        f'id="w-tabs-0-data-w-tab-{i - 1}" href="#w-tabs-0-data-w-pane-{i - 1}" role="tab" '
        f'aria-controls="w-tabs-0-data-w-pane-{i - 1}" aria-selected="{"true" if i == 1 else "false"}"'
        f'{"" if i == 1 else " tabindex=" + chr(34) + "-1" + chr(34)}><div>{e(t)}</div></a>'
        for i, t in enumerate(w["tabs"], start=1))

    def pane(i: int, inner: str) -> str:
        return (f'<div data-w-tab="Tab {i}" class="w-tab-pane{" w--tab-active" if i == 1 else ""}" '
                f'id="w-tabs-0-data-w-pane-{i - 1}" role="tabpanel" aria-labelledby="w-tabs-0-data-w-tab-{i - 1}">'
                f"{inner}</div>")

    toc = (f'<div class="review-contents"><div class="contents-heading">{e(w["contents"])}</div>'
           '<ul role="list" class="contents-list w-list-unstyled">'
           + "".join(f'<li class="contents-item"><a href="#{cid}" class="contents-link">{e(t, quote=False)}</a></li>'
                     for cid, t in chapters) + "</ul></div>")
    embed = ('<div class="glossary-embed w-embed"><table class="glossary-table"><thead><tr><th>Term</th><th>Meaning'
             "</th></tr></thead><tbody>" + "".join(gloss) + "</tbody></table></div>")
    out = [
        "<!DOCTYPE html><!--  This site was created in Webflow. https://webflow.com  -->",
        "<!--  Last Published: Tue Oct 14 2025 09:12:40 GMT+0000 (Coordinated Universal Time)  -->",
        f'<html data-wf-domain="{e(output["domain"])}" data-wf-page="{output["page_id"]}" '
        f'data-wf-site="{output["site_id"]}" lang="en" data-wf-collection="{output["page_id"][:12]}c0ffee0c0ffee0" '
        f'data-wf-item-slug="{e(output["slug"])}">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{e(title)}</title>",
        f'<meta content="{e(lines[3])}" name="description">',
        f'<meta content="{e(title)}" property="og:title">',
        f'<meta content="{e(title)}" property="twitter:title">',
        '<meta property="og:type" content="website">',
        '<meta content="summary_large_image" name="twitter:card">',
        '<meta content="width=device-width, initial-scale=1" name="viewport">',
        '<meta content="Webflow" name="generator">',
        f'<link href="https://cdn.prod.website-files.com/{output["site_id"]}/css/elmswickscp.webflow.shared.css" '
        'rel="stylesheet" type="text/css">',
        '<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",'
        '("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,'
        "document);</script>",
        f'<link href="{url}" rel="canonical">',
        "</head>",
        "<body>",
        '<div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" '
        'data-easing2="ease" role="banner" class="navbar w-nav"><div class="nav-container w-container">'
        f'<a href="/" class="brand w-nav-brand"><div class="brand-text">{e(output["site_name"])}</div></a>'
        f'<nav role="navigation" class="nav-menu w-nav-menu">{nav}</nav>'
        f'<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>',
        '<section class="review-hero"><div class="w-container">'
        f'<div class="review-category">{e(w["category"])}</div>'
        f'<h1 class="review-title">{e(report["title"], quote=False)}</h1>'
        '<div class="review-meta">' + "".join(f'<div class="review-meta-line">{e(t, quote=False)}</div>'
                                              for t in lines) + "</div></div></section>",
        '<section class="review-section"><div class="review-container w-container">',
        toc,
        '<div data-current="Tab 1" data-easing="ease" data-duration-in="300" data-duration-out="100" '
        f'class="review-tabs w-tabs"><div class="review-tab-menu w-tab-menu" role="tablist">{tab_links}</div>'
        '<div class="w-tab-content">'
        + pane(1, '<div class="review-body w-richtext">' + "".join(body) + "</div>")
        + pane(2, '<div class="review-recommendations w-richtext">' + "".join(recs) + "</div>")
        + pane(3, embed)
        + "</div></div>",
        "</div></section>",
        '<section class="footer"><div class="w-container">'
        + "".join(f'<div class="footer-line">{e(t)}</div>' for t in w["footer"])
        + f'<div class="footer-copyright">{e(w["copyright"])}</div></div></section>',
        '<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site='
        f'{output["site_id"]}" type="text/javascript" crossorigin="anonymous"></script>',
        f'<script src="https://cdn.prod.website-files.com/{output["site_id"]}/js/webflow.js" '
        'type="text/javascript"></script>',
        "</body>",
        "</html>",
        "",
    ]
    result = _r.expected(output, blocks, contents_lines=[t for _cid, t in chapters],
                         running_header_lines=[output["site_name"], *w["nav"], w["category"], w["contents"],
                                               *w["tabs"], *w["footer"], w["copyright"]],
                         site_name=output["site_name"], page_title=title, slug=output["slug"], tabs=list(w["tabs"]),
                         chapter_ids=[cid for cid, _t in chapters])
    return "\n".join(out).encode("utf-8"), result
