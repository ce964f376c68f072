"""HTML writer for the fictional development set, layout ``wpblocks``: a review published as a page of a partnership's
WordPress site built with the BLOCK EDITOR (a block theme like Twenty Twenty-Four) and saved from the browser. Its
editor set every numbered paragraph as a reusable pattern: a GROUP block holding a COLUMNS block, the number alone in
a narrow column and the text in the wide one:

    <h2 class="wp-block-heading" id="h-3-what-happened">3 What happened</h2>
    <h3 class="wp-block-heading">November 2023</h3>
    <div class="wp-block-group numbered-paragraph is-layout-constrained wp-block-group-is-layout-constrained"
         id="para-3-2">
      <div class="wp-block-columns is-layout-flex wp-container-core-columns-is-layout-7
           wp-block-columns-is-layout-flex">
        <div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow" style="flex-basis:10%">
          <p class="has-text-align-right para-number has-primary-color has-text-color"><strong>3.2</strong></p></div>
        <div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow" style="flex-basis:90%">
          <p>In November ...</p><ul class="wp-block-list"><li>...</li></ul></div>
      </div>
    </div>

* numbering ``two-level`` ("3.2", cited so), the number ONLY in the narrow column's ``p.para-number`` (bold), never in
  the text; the group's ``id`` "para-3-2" (:func:`para_id`); a factor list's lead-in ``<p>`` and its bullets a
  ``ul.wp-block-list`` in the wide column;
* chapter headings ``<h2 class="wp-block-heading">`` "3 What happened" with the ids the editor gives them
  (:func:`heading_id`), subheadings ``<h3>``; the foreword plain paragraph blocks; the title-page lines a Group block
  with a pale background ("has-background");
* the recommendations each a Group block with a background ("recommendation has-background"), the label typed bold in
  the paragraph, "Recommendation 3:" then the text;
* the glossary a Table block with the "Stripes" style and a header row "Term | Meaning";
* contents a List block of anchor links under "On this page" (:data:`WPBLOCKS` ``contents``);
* the block theme's furniture, never text of the review (:data:`WPBLOCKS`): the skip link, the header template part
  (site title, Navigation block), the post date and author, a File block ("Download the PDF version"), a Buttons block
  "Back to top", a "More publications" Query Loop, the footer template part with "Designed with WordPress". Every
  paragraph's page is ``None``."""

from __future__ import annotations

import html
import re
from typing import Any

from . import devset_render as _r

Block = _r.Block

WPBLOCKS: dict[str, Any] = {
    "generator": "WordPress 6.7.1",
    "skip": "Skip to content",
    "menu": ["About", "Publications", "Training", "Report a concern"],
    "contents": "On this page",
    "download": "Download the PDF version",
    "button": "Download",
    "top": "Back to top",
    "more": "More publications",
    "more_items": ["Annual report 2024 to 2025", "Seven-minute briefing: allegations against staff"],
    "footer": "Designed with WordPress",
    "group_class": "numbered-paragraph",
    "number_class": "para-number",
}


def para_id(label: str) -> str:
    """The id the editor gave a numbered paragraph's group: "3.2" -> "para-3-2"."""
    return "para-" + label.replace(".", "-")


def heading_id(heading: str) -> str:
    """The id the editor gives a heading block: "3 What happened" -> "h-3-what-happened"."""
    return "h-" + re.sub(r"[^a-z0-9]+", "-", heading.lower()).strip("-")


def byline(output: dict[str, Any]) -> str:
    """The post's date and author line: "12 June 2025 · LSCP Business Unit"."""
    return f"{output['published']} \u00b7 {output['author']}"


def render_html(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render one two-level review as a block-editor page of numbered groups; return bytes and the expected entry."""
    if report["numbering"] != "two-level":
        raise ValueError("the wpblocks layout renders two-level numbering")
    e = html.escape
    site = output["site"]
    layout = iter(range(3, 10**4))
    chapters = [b.text for b in blocks if b.kind == "heading" and b.level == 1]
    out = [
        "<!DOCTYPE html>", '<html lang="en-GB">', "<head>", '<meta charset="UTF-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="{WPBLOCKS["generator"]}">',
        f"<title>{e(report['title'])} &#8211; {e(site)}</title>",
        "<style id='wp-block-library-inline-css'>.wp-block-columns{display:flex}</style>",
        "</head>",
        '<body class="page-template-default page page-id-1180 wp-custom-logo wp-embed-responsive">',
        '<div class="wp-site-blocks">',
        f'<a class="skip-link screen-reader-text" href="#wp--skip-link--target">{WPBLOCKS["skip"]}</a>',
        '<header class="wp-block-template-part"><div class="wp-block-group alignwide is-layout-flex">'
        f'<p class="wp-block-site-title"><a href="/" rel="home">{e(site)}</a></p>'
        '<nav class="is-responsive items-justified-right wp-block-navigation" aria-label="Header navigation">'
        '<ul class="wp-block-navigation__container">'
        + "".join(f'<li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="/">'
                  f'<span class="wp-block-navigation-item__label">{e(m)}</span></a></li>' for m in WPBLOCKS["menu"])
        + "</ul></nav></div></header>",
        '<main class="wp-block-group is-layout-constrained" id="wp--skip-link--target">',
        f'<h1 class="has-text-align-left wp-block-post-title">{e(report["title"])}</h1>',
        '<div class="wp-block-group post-meta is-layout-flex"><div class="wp-block-post-date">'
        f'<time datetime="2025-06-12T09:30:00+01:00">{e(output["published"])}</time></div>'
        f'<div class="wp-block-post-author-name">{e(output["author"])}</div></div>',
        '<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained">',
        '<div class="wp-block-group title-lines has-pale-background-color has-background is-layout-constrained">'
        + "".join(f'<p class="has-small-font-size">{e(line)}</p>' for line in _r.title_lines(report)) + "</div>",
        '<div class="wp-block-file"><a id="wp-block-file--media-1" href="/wp-content/uploads/2025/06/review.pdf">'
        f'{WPBLOCKS["download"]}</a><a href="/wp-content/uploads/2025/06/review.pdf" '
        f'class="wp-block-file__button wp-element-button" download>{WPBLOCKS["button"]}</a></div>',
        f'<div class="wp-block-group on-this-page is-layout-constrained"><p><strong>{WPBLOCKS["contents"]}'
        '</strong></p><ul class="wp-block-list">'
        + "".join(f'<li><a href="#{heading_id(c)}">{e(c)}</a></li>' for c in chapters) + "</ul></div>",
    ]
    for b in blocks:
        if b.kind == "heading":
            tag = "h2" if b.level == 1 else "h3"
            out.append(f'<{tag} class="wp-block-heading" id="{heading_id(b.text)}">{e(b.text)}</{tag}>')
        elif b.kind == "unnumbered":
            out.append(f"<p>{e(b.text)}</p>")
        elif b.kind in ("para", "factor"):
            n = next(layout)
            bullets = ('<ul class="wp-block-list">' + "".join(f"<li>{e(t)}</li>" for t in b.bullets) + "</ul>"
                       if b.bullets else "")
            out.append(
                f'<div class="wp-block-group {WPBLOCKS["group_class"]} is-layout-constrained '
                f'wp-block-group-is-layout-constrained" id="{para_id(b.label)}">'
                f'<div class="wp-block-columns is-layout-flex wp-container-core-columns-is-layout-{n} '
                'wp-block-columns-is-layout-flex">'
                '<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow" style="flex-basis:10%">'
                f'<p class="has-text-align-right {WPBLOCKS["number_class"]} has-primary-color has-text-color">'
                f"<strong>{e(b.label)}</strong></p></div>"
                '<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow" style="flex-basis:90%">'
                f"<p>{e(b.text)}</p>{bullets}</div></div></div>")
        elif b.kind == "rec":
            out.append('<div class="wp-block-group recommendation has-pale-background-color has-background '
                       f'is-layout-constrained"><p><strong>{e(b.label)}:</strong> {e(b.text)}</p></div>')
        elif b.kind == "glossary":
            out.append('<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout">'
                       "<thead><tr><th>Term</th><th>Meaning</th></tr></thead><tbody>"
                       + "".join(f"<tr><td>{e(a)}</td><td>{e(m)}</td></tr>" for a, m in b.rows)
                       + "</tbody></table></figure>")
    out += [
        "</div>",  # entry-content
        '<div class="wp-block-buttons is-layout-flex"><div class="wp-block-button">'
        f'<a class="wp-block-button__link wp-element-button" href="#wp--skip-link--target">{WPBLOCKS["top"]}</a>'
        "</div></div>",
        f'<div class="wp-block-query is-layout-flow"><h2 class="wp-block-heading more-publications">{WPBLOCKS["more"]}'
        '</h2><ul class="wp-block-post-template">'
        + "".join(f'<li class="wp-block-post"><h3 class="wp-block-post-title"><a href="/">{e(t)}</a></h3></li>'
                  for t in WPBLOCKS["more_items"]) + "</ul></div>",
        "</main>",
        '<footer class="wp-block-template-part"><div class="wp-block-group has-global-padding is-layout-constrained">'
        f'<p class="wp-block-site-title"><a href="/">{e(site)}</a></p>'
        f'<p class="has-text-align-right">{WPBLOCKS["footer"]}</p></div></footer>',
        "</div>", "</body>", "</html>", "",
    ]
    result = _r.expected(output, blocks, contents_lines=chapters,
                         running_header_lines=[site, byline(output), WPBLOCKS["footer"]])
    return "\n".join(out).encode("utf-8"), result
