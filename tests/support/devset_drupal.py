"""HTML writer for the fictional development set, layout ``drupal``: a learning review published as a node of a
partnership's DRUPAL 10 site (the Olivero theme) whose body was built with the Paragraphs module, one paragraph entity
per numbered paragraph, and saved from the browser. The page keeps Drupal's furniture around the review:

    <a href="#main-content" class="skip-link">Skip to main content</a>
    <header class="site-header"> the site's name, "Main navigation" </header>
    <nav class="breadcrumb"> Home / Publications / Learning reviews </nav>
    <h1 class="page-title"><span class="field field--name-title">Title</span></h1>
    <article class="node node--type-publication node--view-mode-full">
      <div class="node__meta">By <span class="field--name-uid">tscp_editor</span>,
        <span>Thu, 14/11/2024 - 10:32</span></div>
      <div class="field field--name-field-sections ... field__items">
        <div class="field__item"><div class="paragraph paragraph--type--chapter-heading">
          <h2 id="introduction">...</h2></div></div>
        <div class="field__item"><div class="paragraph paragraph--type--numbered-paragraph" id="paragraph-5012">
          <div class="field field--name-field-paragraph-number field__item">12</div>
          <div class="clearfix text-formatted field field--name-field-body field__item"><p>Keeley ...</p></div>
        </div></div>
        ...

* numbering ``single``, the number NOT in the text but in a field of its own (``field--name-field-paragraph-number``)
  before the body field that holds the text (a factor list's lead-in ``<p>`` and its bullets ``<ul>`` in the same body);
* chapter headings ``<h2>`` in "chapter heading" paragraphs, subheadings ``<h3>``; the foreword a "text" paragraph;
* recommendations "recommendation" paragraphs whose number is an INLINE-LABELLED field: ``<div class="field__label">
  Recommendation</div><div class="field__item">3</div>`` before the body (read "Recommendation 3");
* the glossary a "table" paragraph (a ``<table>`` with a caption, the glossary's heading, and no header row);
* a table of contents block ("Contents", links to the chapter headings' ids, :func:`anchor`) at the top of the node;
* Drupal furniture, never text of the review (:data:`DRUPAL`): the skip link, the site header and main menu, the
  breadcrumb, the node's "Submitted by" line, the attached PDF ("Download"), "Related content", a "Was this page
  helpful?" webform, the footer with "Powered by Drupal". Every paragraph's page is ``None``."""

from __future__ import annotations

import html
import re
from typing import Any

from . import devset_render as _r

Block = _r.Block

DRUPAL: dict[str, Any] = {
    "generator": "Drupal 10 (https://www.drupal.org)",
    "skip": "Skip to main content",
    "menu": ["Home", "About the partnership", "Publications", "Training", "Report a concern"],
    "breadcrumb": ["Home", "Publications", "Learning reviews"],
    "contents": "Contents",
    "download": "Download the full report (PDF, 412 KB)",
    "related": ["Hidden pregnancy: a guide for practitioners", "Multi-agency training programme"],
    "feedback": ["Was this page helpful?", "Yes", "No"],
    "powered": "Powered by Drupal",
    "number_field": "field--name-field-paragraph-number",
    "body_field": "field--name-field-body",
}


def anchor(heading: str) -> str:
    """The id the table of contents module gives a heading: lower case, runs of other characters a hyphen."""
    return re.sub(r"[^a-z0-9]+", "-", heading.lower()).strip("-")


def submitted(output: dict[str, Any]) -> str:
    """The node's meta line: "By tscp_editor, Thu, 14/11/2024 - 10:32"."""
    return f"By {output['author']}, {output['published']}"


def render_html(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render one single-numbered review as a Drupal node built of paragraph entities; return bytes and the expected
    entry."""
    if report["numbering"] != "single":
        raise ValueError("the drupal layout renders single numbering")
    e = html.escape
    site, node = output["site"], int(output["node"])
    pid = iter(range(node * 10, node * 10 + 10**4))

    def item(kind: str, inner: str) -> str:
        return (f'<div class="field__item"><div class="paragraph paragraph--type--{kind} '
                f'paragraph--view-mode--default" id="paragraph-{next(pid)}">{inner}</div></div>')

    def body(inner: str) -> str:
        return (f'<div class="clearfix text-formatted field {DRUPAL["body_field"]} field--type-text-long '
                f'field--label-hidden field__item">{inner}</div>')

    chapters = [b.text for b in blocks if b.kind == "heading" and b.level == 1]
    out = [
        "<!DOCTYPE html>", '<html lang="en" dir="ltr">', "<head>", '<meta charset="utf-8">',
        f'<meta name="Generator" content="{DRUPAL["generator"]}">',
        f'<link rel="canonical" href="https://www.tscp.example/node/{node}">',
        f"<title>{e(report['title'])} | {e(site)}</title>",
        '<link rel="stylesheet" media="all" href="/core/themes/olivero/css/base/base.css?s0k2l1">',
        "</head>",
        '<body class="path-node page-node-type-publication">',
        f'<a href="#main-content" class="visually-hidden focusable skip-link">{DRUPAL["skip"]}</a>',
        '<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>',
        '<header role="banner" class="site-header"><div class="site-branding__name">'
        f'<a href="/" rel="home">{e(site)}</a></div>',
        '<nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu">'
        '<h2 class="visually-hidden" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu">'
        + "".join(f'<li class="menu__item"><a href="/" class="menu__link">{e(m)}</a></li>' for m in DRUPAL["menu"])
        + "</ul></nav></header>",
        '<div class="region region--breadcrumb"><nav class="breadcrumb" role="navigation" '
        'aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol>'
        + "".join(f'<li class="breadcrumb__item"><a href="/" class="breadcrumb__link">{e(c)}</a></li>'
                  for c in DRUPAL["breadcrumb"]) + "</ol></nav></div>",
        '<main role="main"><a id="main-content" tabindex="-1"></a>',
        '<div class="region region--content-above"><div id="block-olivero-page-title" class="block block-core '
        'block-page-title-block"><h1 class="title page-title"><span class="field field--name-title '
        f'field--type-string field--label-hidden">{e(report["title"])}</span></h1></div></div>',
        '<div data-drupal-messages-fallback class="hidden messages-list"></div>',
        f'<article data-history-node-id="{node}" class="node node--type-publication node--view-mode-full">',
        '<div class="node__meta"><span>By <span class="field field--name-uid field--type-entity-reference '
        f'field--label-hidden"><a href="/user/7">{e(output["author"])}</a></span>, </span>'
        f'<span class="field field--name-created">{e(output["published"])}</span></div>',
        '<div class="node__content">',
        '<div class="field field--name-field-summary field--type-text-long field--label-hidden field__item">'
        + "".join(f"<p>{e(line)}</p>" for line in _r.title_lines(report)) + "</div>",
        f'<div class="toc-block"><h2 class="toc-title">{DRUPAL["contents"]}</h2><ol class="toc-tree">'
        + "".join(f'<li><a href="#{anchor(c)}">{e(c)}</a></li>' for c in chapters) + "</ol></div>",
        '<div class="field field--name-field-file field--type-file field--label-hidden field__item">'
        f'<span class="file file--mime-application-pdf"><a href="/sites/default/files/2024-11/review.pdf">'
        f'{DRUPAL["download"]}</a></span></div>',
        '<div class="field field--name-field-sections field--type-entity-reference-revisions field--label-hidden '
        'field__items">',
    ]
    for b in blocks:
        if b.kind == "heading":
            if b.level == 1:
                out.append(item("chapter-heading", f'<h2 id="{anchor(b.text)}">{e(b.text)}</h2>'))
            else:
                out.append(item("subheading", f"<h3>{e(b.text)}</h3>"))
        elif b.kind == "unnumbered":
            out.append(item("text", body(f"<p>{e(b.text)}</p>")))
        elif b.kind in ("para", "factor"):
            bullets = "<ul>" + "".join(f"<li>{e(t)}</li>" for t in b.bullets) + "</ul>" if b.bullets else ""
            out.append(item("numbered-paragraph",
                            f'<div class="field {DRUPAL["number_field"]} field--type-string field--label-hidden '
                            f'field__item">{e(b.label)}</div>' + body(f"<p>{e(b.text)}</p>{bullets}")))
        elif b.kind == "rec":
            number = b.label.split()[1]
            out.append(item("recommendation",
                            '<div class="field field--name-field-rec-number field--type-integer field--label-inline">'
                            '<div class="field__label">Recommendation</div>'
                            f'<div class="field__item">{number}</div></div>' + body(f"<p>{e(b.text)}</p>")))
        elif b.kind == "glossary":
            out.append(item("table", '<table class="glossary"><tbody>' + "".join(
                f"<tr><td>{e(a)}</td><td>{e(m)}</td></tr>" for a, m in b.rows) + "</tbody></table>"))
    out += [
        "</div>",  # field--name-field-sections
        "</div>",  # node__content
        "</article>",
        '<div class="region region--content-below"><div class="block block-views"><h2>Related content</h2><ul>'
        + "".join(f'<li><a href="/">{e(r)}</a></li>' for r in DRUPAL["related"]) + "</ul></div>",
        '<div class="block block-webform"><form class="webform-submission-form">'
        f'<fieldset><legend>{DRUPAL["feedback"][0]}</legend>'
        + "".join(f'<label><input type="radio" name="helpful"> {v}</label>' for v in DRUPAL["feedback"][1:])
        + '</fieldset><input type="submit" value="Submit" class="button"></form></div></div>',
        "</main>",
        f'<footer class="site-footer"><p>\u00a9 {e(site)}</p><p><a href="https://www.drupal.org">'
        f'{DRUPAL["powered"]}</a></p></footer>',
        "</div>", "</body>", "</html>", "",
    ]
    result = _r.expected(output, blocks, contents_lines=chapters,
                         running_header_lines=[site, submitted(output), DRUPAL["powered"]])
    return "\n".join(out).encode("utf-8"), result
