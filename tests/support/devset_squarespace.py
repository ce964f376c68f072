"""HTML writer for the fictional development set, layout ``squarespace``: a review published as a PAGE OF A
SQUARESPACE 7.1 SITE, laid out by its editor in FLUID ENGINE sections and text blocks, and saved from the browser after
the site's scripts had run (so the announcement bar is in the page):

    <!-- This is Squarespace. --><!-- calverholt-scp -->
    <section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section ..."
        data-section-id="..." id="what-happened"> ... <div data-fluid-engine="true"><style>.fe-block-yui_3_17_2_1_...
        { grid-area: 3/3/9/25; ... }</style><div class="fluid-engine fe-6565..."><div class="fe-block fe-block-yui_...">
    <div class="sqs-block html-block sqs-block-html" data-blend-mode="NORMAL" data-block-type="2" id="block-yui_...">
    <div class="sqs-block-content"><div class="sqs-html-content" data-sqsp-text-block-content>
    <h3 style="white-space:pre-wrap;">3.1 September 2023 to March 2024</h3>
    <p class="" style="white-space:pre-wrap;">3.1.1 In the autumn term ...</p>
    <ul data-rte-list="default"><li><p class="" style="white-space:pre-wrap;">how agencies ...</p></li> ...

* the site's shell: the comment Squarespace writes at the top of every page, the page's ``<title>`` "Page — Site",
  canonical and Open Graph metadata, ``Static.SQUARESPACE_CONTEXT`` and the site's style sheet; the ANNOUNCEMENT BAR
  (its text in ``div.sqs-announcement-bar-text-inner``); the header (``#site-title`` and the navigation, the current
  item ``header-nav-item--active`` with ``aria-current``); the footer's own sections (``#footer-sections``);
* the page: a first PAGE SECTION holding a text block with the title as ``<h1>``, the fiction label in ``<strong>``
  (``p.sqsrte-large``), the date, publisher and title-page lines; a BUTTON BLOCK "Download the review (PDF)"; and a text
  block "In this review" whose list links to the page's other sections by their anchors (``contents_lines``,
  ``section_ids``);
* then ONE PAGE SECTION PER CHAPTER (the foreword, each numbered chapter, the recommendations, the glossary), each with
  its section anchor, its own Fluid Engine grid (each block's ``grid-area`` in the section's ``<style>``) and in it a
  text block with the chapter's ``<h2>`` ("3 What happened") and ONE TEXT BLOCK PER SUBSECTION ("3.1 ..." as ``<h3>``
  over its paragraphs); every paragraph a ``<p class="" style="white-space:pre-wrap;">``, numbering ``three-level``
  typed at the start of its text ("3.1.2 Over ..."); a factor list's bullets the items of ``ul[data-rte-list=default]``,
  EACH ITEM'S TEXT IN A ``<p>`` OF ITS OWN INSIDE THE ``<li>`` (as Squarespace's editor writes every list item);
  "Recommendation N:" in ``<strong>``;
* the glossary an ACCORDION BLOCK, each term the title of a closed item (``button.accordion-item__click-target``,
  ``aria-expanded="false"``) and its meaning in the item's dropdown (``div.accordion-item__description``).
Every paragraph's page is ``None``. expected.json adds ``site_title``, ``page_title``, ``section_ids`` and
``accordion_terms``. The markup is modelled on Squarespace 7.1 pages (text, button and accordion blocks in Fluid Engine
sections, read in public pages' source through the reference search tool); the section anchors, the announcement bar's
markup and the head's details are from memory and could not be compared with a live site, and the ids are hashes."""

from __future__ import annotations

import hashlib
import html
import json
import re
from typing import Any

from . import devset_render as _r

Block = _r.Block

SQUARESPACE: dict[str, Any] = {
    "comment": "<!-- This is Squarespace. -->",
    "menu": ["About us", "Case reviews", "Training", "Worried about a child?", "Contact"],
    "active": "Case reviews",
    "contents": "In this review",
    "button": "Download the review (PDF)",
    "p": '<p class="" style="white-space:pre-wrap;">',
    "heading_style": 'style="white-space:pre-wrap;"',
    "footer": ["Calverholt Safeguarding Children Partnership, Civic Centre, Market Street, Calverholt (fictional)",
               "Accessibility", "Privacy", "Contact the business unit"],
}


def _hash(seed: str) -> str:
    return hashlib.sha1(seed.encode()).hexdigest()


def block_id(seed: str) -> str:
    """A block's id as Squarespace names it: "yui_3_17_2_1_" and a creation time in milliseconds and a counter."""
    h = int(_hash(seed)[:10], 16)
    return f"yui_3_17_2_1_{1730000000000 + h % 10**9}_{h % 9000 + 100}"


def anchor(heading: str) -> str:
    """The anchor an editor gives a chapter's section: its heading without the review's number, as a slug."""
    return re.sub(r"[^a-z0-9]+", "-", re.sub(r"^\d+ ", "", heading).lower()).strip("-")


def title_text(output: dict[str, Any], report: dict[str, Any]) -> str:
    return f"{report['title']} — {output['site_title']}"


def footer_lines(output: dict[str, Any]) -> list[str]:
    return [SQUARESPACE["footer"][0], f"© {output['published'][-4:]} {output['site_title']}",
            *SQUARESPACE["footer"][1:]]


def render_html(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render a three-level review as a Squarespace page of Fluid Engine sections; return bytes and the expected
    entry."""
    if report["numbering"] != "three-level":
        raise ValueError("the squarespace layout renders three-level numbering")
    e = html.escape
    site, host, path = output["site_title"], output["host"], output["path"]
    rid = report["id"]
    para, hstyle = SQUARESPACE["p"], SQUARESPACE["heading_style"]
    compact = (",", ":")
    radii = e(json.dumps({k: {"unit": "px", "value": 0.0} for k in ("topLeft", "topRight", "bottomLeft",
                                                                      "bottomRight")}, separators=compact))

    def text_block(seed: str, inner: list[str], height: int = 0) -> tuple[str, str, int]:
        """A text block holding ``inner``, with the grid rows it spans (``height``, or from its length)."""
        bid = block_id(seed)
        return bid, "\n".join([
            f'<div class="sqs-block html-block sqs-block-html" data-blend-mode="NORMAL" data-block-type="2" '
            f'data-border-radii="{radii}" id="block-{bid}"><div class="sqs-block-content">', "",
            '<div class="sqs-html-content" data-sqsp-text-block-content>', *inner, "</div>", "", "</div></div>"]), \
            height or max(2, sum(len(x) for x in inner) // 260 + 1)

    def section(seed: str, theme: str, items: list[tuple[str, str, int]], anchor_id: str | None) -> str:
        """A page section whose Fluid Engine grid stacks ``items`` (block id, markup, rows) from row 1."""
        fe = _hash(f"{seed}:fe")[:24]
        rules, cells, row = [], [], 1
        for bid, markup, rows in items:
            rules.append(f".fe-block-{bid} {{ grid-area: {row}/2/{row + rows}/10; z-index: {len(cells) + 1}; }}\n"
                         f"@media (min-width: 768px) {{ .fe-block-{bid} {{ grid-area: {row}/4/{row + rows}/24; "
                         f"z-index: {len(cells) + 1}; }} }}")
            cells.append(f'<div class="fe-block fe-block-{bid}">{markup}</div>')
            row += rows
        grid = (f".fe-{fe} {{ --grid-gutter: calc(var(--sqs-mobile-site-gutter, 6vw) - 11.0px); display: grid; "
                f"position: relative; grid-area: 1/1/-1/-1; grid-template-rows: repeat({row - 1},minmax(24px, auto)); "
                f"grid-template-columns: minmax(var(--grid-gutter), 1fr) repeat(8, minmax(0, var(--cell-max-width))) "
                f"minmax(var(--grid-gutter), 1fr); row-gap: 11.0px; column-gap: 11.0px; }}")
        sid = _hash(f"{seed}:section")[:24]
        ident = f' id="{anchor_id}"' if anchor_id else ""
        return "\n".join([
            f'<section data-test="page-section" data-section-theme="{theme}" class="page-section layout-engine-section '
            f'background-width--full-bleed section-height--small content-width--wide horizontal-alignment--center '
            f'vertical-alignment--middle {theme}" data-section-id="{sid}"{ident} '
            f'data-controller="SectionWrapperController" data-animation="none">',
            '<div class="section-border"><div class="section-background"></div></div>',
            '<div class="content-wrapper" style=""><div class="content">',
            f'<div data-fluid-engine="true"><style>\n{grid}\n' + "\n".join(rules) + "\n</style>",
            f'<div class="fluid-engine fe-{fe}">', *cells, "</div></div>", "</div></div>", "</section>"])

    def accordion(acc: str, rows_: tuple[tuple[str, str], ...]) -> tuple[str, str, int]:
        """An accordion block, each glossary term the title of a closed item and its meaning in the dropdown."""
        entries = []
        for k, (term, meaning) in enumerate(rows_):
            button_k, drop_k = f"button-block-{acc}-{k}", f"dropdown-block-{acc}-{k}"
            top = ('<div class="accordion-divider accordion-divider--top" aria-hidden="true" style="height: 1px; '
                   'opacity: 1;"></div>') if k == 0 else ""
            entries.append(
                f'<li class="accordion-item">{top}'
                '<h4 class="accordion-item__title-wrapper" role="heading" aria-level="3">'
                f'<button class="accordion-item__click-target" aria-expanded="false" id="{button_k}" '
                f'aria-controls="{drop_k}" style="padding-top: 22px; padding-bottom: 22px; padding-left: 0px; '
                f'padding-right: 0px;"><span class="accordion-item__title">{e(term)}</span>'
                '<div class="accordion-icon-container" data-is-open="false" aria-hidden="true" '
                'style="height: 14px; width: 14px;"><div class="plus"><div class="plus__horizontal-line"></div>'
                '<div class="plus__vertical-line"></div></div></div></button></h4>'
                f'<div class="accordion-item__dropdown" role="region" id="{drop_k}" aria-labelledby="{button_k}">'
                '<div class="accordion-item__description" style="padding-bottom: 22px; padding-left: 0px; '
                'padding-right: 0px; min-width: 70%; max-width: 300px;"><p style="white-space:pre-wrap;">'
                f'{e(meaning)}</p></div></div><div class="accordion-divider" aria-hidden="true" '
                'style="height: 1px; opacity: 1;"></div></li>')
        markup = (f'<div class="sqs-block accordion-block sqs-block-accordion" data-block-type="69" id="block-{acc}">'
                  '<div class="sqs-block-content"><ul class="accordion-items-container" '
                  'data-should-allow-multiple-open-items="" data-is-divider-enabled="true" '
                  'data-is-first-divider-visible="true" data-is-last-divider-visible="true" '
                  'data-is-expanded-first-item="" data-accordion-icon-placement="right" '
                  'data-accordion-title-alignment="left" data-accordion-description-alignment="left" '
                  'data-accordion-description-placement="left">\n' + "\n".join(entries) + "\n</ul></div></div>")
        return acc, markup, 2 * len(rows_)

    majors = [i for i, b in enumerate(blocks) if b.kind == "heading" and b.level == 1]
    anchors = [anchor(blocks[i].text) for i in majors]
    contents = [blocks[i].text for i in majors]

    # the first section: the title, the button and the list of the page's sections
    lines = _r.title_lines(report)
    head = [f"<h1 {hstyle}>{e(report['title'])}</h1>",
            f'<p class="sqsrte-large" style="white-space:pre-wrap;"><strong>{e(lines[0])}</strong></p>',
            *(f"{para}{e(t)}</p>" for t in lines[1:])]
    button_id = block_id(f"{rid}:button")
    button = (f'<div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-{button_id}">'
              '<div class="sqs-block-content"><div class="sqs-block-button-container sqs-block-button-container--left" '
              'data-animation-role="button" data-alignment="left" data-button-size="medium" data-button-type="primary">'
              f'<a href="/s/{path.rsplit("/", 1)[-1]}.pdf" class="sqs-block-button-element--medium '
              f'sqs-button-element--primary sqs-block-button-element">{e(SQUARESPACE["button"])}</a></div></div></div>')
    toc = [f"<h3 {hstyle}>{e(SQUARESPACE['contents'])}</h3>", '<ul data-rte-list="default">',
           *(f'<li>{para}<a href="#{a}">{e(t)}</a></p></li>' for a, t in zip(anchors, contents, strict=True)), "</ul>"]
    first = [text_block(f"{rid}:head", head), (button_id, button, 2), text_block(f"{rid}:toc", toc)]
    sections = [section(f"{rid}:top", "black", first, None)]

    # a section per chapter: its heading in a block, then a block per subsection (or for the chapter's own text)
    for n, (start, ident) in enumerate(zip(majors, anchors, strict=True)):
        end = majors[n + 1] if n + 1 < len(majors) else len(blocks)
        items = [text_block(f"{rid}:h{start}", [f"<h2 {hstyle}>{e(blocks[start].text)}</h2>"], 2)]
        groups: list[tuple[int, list[str]]] = [(start, [])]
        for idx in range(start + 1, end):
            b = blocks[idx]
            if b.kind == "heading":
                groups.append((idx, [f"<h3 {hstyle}>{e(b.text)}</h3>"]))
            elif b.kind == "unnumbered":
                groups[-1][1].append(f"{para}{e(b.text)}</p>")
            elif b.kind in ("para", "factor"):
                groups[-1][1].append(f"{para}{e(b.label)} {e(b.text)}</p>")
                if b.bullets:
                    groups[-1][1].append('<ul data-rte-list="default">' + "".join(
                        f"<li>{para}{e(t)}</p></li>" for t in b.bullets) + "</ul>")
            elif b.kind == "rec":
                groups[-1][1].append(f"{para}<strong>{e(b.label)}:</strong> {e(b.text)}</p>")
        items += [text_block(f"{rid}:b{at}", inner) for at, inner in groups if inner]
        glossary = next((b for b in blocks[start + 1:end] if b.kind == "glossary"), None)
        if glossary is not None:
            items.append(accordion(block_id(f"{rid}:accordion"), glossary.rows))
        sections.append(section(f"{rid}:s{start}", "white" if n % 2 else "light", items, ident))

    context = {"website": {"id": _hash(f"{rid}:site")[:24], "siteTitle": site, "baseUrl": f"https://{host}",
                           "primaryDomain": host, "language": "en-GB"},
               "collectionId": _hash(f"{rid}:collection")[:24], "pageType": 2, "templateVersion": "7.1",
               "isFacebookTab": False}
    current = ' aria-current="page"'
    menu = "\n".join(
        f'<div class="header-nav-item header-nav-item--collection'
        f'{" header-nav-item--active" if item == SQUARESPACE["active"] else ""}"><a href="/{anchor(item)}" '
        f'data-animation-role="header-element"{current if item == SQUARESPACE["active"] else ""}>{e(item)}</a></div>'
        for item in SQUARESPACE["menu"])
    foot = footer_lines(output)
    footer_block = text_block(f"{rid}:footer", [f"{para}{e(foot[0])}</p>", f"{para}{e(foot[1])}</p>",
                                                f"{para}" + " | ".join(f'<a href="/{anchor(t)}">{e(t)}</a>'
                                                                       for t in foot[2:]) + "</p>"], 3)
    title = title_text(output, report)
    out = [
        "<!doctype html>",
        '<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB">',
        "  <head>",
        '    <meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">',
        '    <meta name="viewport" content="width=device-width, initial-scale=1">',
        f"    {SQUARESPACE['comment']}<!-- {host.split('.')[1]} -->",
        '    <base href="">',
        '    <meta charset="utf-8" />',
        f"    <title>{e(title)}</title>",
        f'    <link rel="canonical" href="https://{host}{path}"/>',
        f'    <meta property="og:site_name" content="{e(site)}"/>',
        f'    <meta property="og:title" content="{e(title)}"/>',
        f'    <meta property="og:url" content="https://{host}{path}"/>',
        '    <meta property="og:type" content="website"/>',
        f'    <meta name="description" content="{e(report["title_page"][0])}" />',
        '    <link rel="preconnect" href="https://images.squarespace-cdn.com">',
        f"    <script>Static = window.Static || {{}}; Static.SQUARESPACE_CONTEXT = "
        f"{json.dumps(context, separators=compact)};</script>",
        f'    <link href="//static1.squarespace.com/static/versioned-site-css/{context["website"]["id"]}/14/'
        f'{_hash(rid)[:24]}/1732000000000/site.css" rel="stylesheet" type="text/css"/>',
        "  </head>",
        f'  <body id="collection-{context["collectionId"]}" class="header-overlay-alignment-center header-width-full '
        'tweak-fixed-header-style-basic tweak-blog-item-width-medium primary-button-style-solid '
        'primary-button-shape-rounded image-block-poster-text-alignment-left native-currency-code-gbp '
        'collection-type-page collection-layout-default mobile-style-available sqs-seven-one show-cart">',
        '    <div class="sqs-announcement-bar-dropzone"><div class="yui3-widget sqs-widget sqs-announcement-bar">'
        '<div class="sqs-announcement-bar-content"><div class="sqs-announcement-bar-text">'
        '<span class="sqs-announcement-bar-close" tabindex="0" role="button" aria-label="Close Announcement"></span>'
        '<div id="announcement-bar-text-inner-id" class="sqs-announcement-bar-text-inner">'
        f'<p>{e(output["announcement"])}</p></div></div></div></div></div>',
        '    <div id="siteWrapper" class="clearfix site-wrapper">',
        '      <header data-test="header" id="header" class="white header theme-col--primary" '
        'data-section-theme="white" data-controller="Header" data-header-style="dynamic">',
        '        <div class="header-announcement-bar-wrapper"><div class="header-inner container--fluid '
        'header-layout-nav-right">',
        '          <div class="header-title" data-animation-role="header-element"><div class="header-title-text">'
        f'<a id="site-title" href="/" data-animation-role="header-element">{e(site)}</a></div></div>',
        '          <div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">',
        menu,
        "          </nav></div></div>",
        "        </div></div>",
        "      </header>",
        '      <main id="page" class="container" role="main">',
        f'        <article class="sections" id="sections" data-page-sections="{_hash(rid + ":sections")[:24]}">',
        *sections,
        "        </article>",
        "      </main>",
        '      <footer class="sections" id="footer-sections" data-footer-sections>',
        section(f"{rid}:footer", "black", [footer_block], None),
        "      </footer>",
        "    </div>",
        f'    <script defer="true" src="https://static1.squarespace.com/static/vta/{_hash(rid + ":vta")[:24]}/'
        'scripts/site-bundle.js" type="text/javascript"></script>',
        "  </body>",
        "</html>",
        "",
    ]
    result = _r.expected(output, blocks, contents_lines=contents,
                         running_header_lines=[site, output["announcement"], *SQUARESPACE["menu"],
                                               SQUARESPACE["contents"], SQUARESPACE["button"], *foot],
                         site_title=site, page_title=title, section_ids=anchors,
                         accordion_terms=[a for b in blocks if b.kind == "glossary" for a, _m in b.rows])
    return "\n".join(out).encode("utf-8"), result
