"""HTML writer for the fictional development set, layout ``council``: a review published as one long page of a
council's website, its text pasted from Word into the site's editor.

* site furniture around the review: a "Skip to main content" link, a cookie banner, a header with the council's
  name and a search form, a main menu, breadcrumbs that are an ``<ol>`` (as many council themes write them),
  a "Print this page" link, "Back to top" links before each chapter, a "Was this page helpful?" form and a
  footer;
* the title page's lines in a details box under the ``<h1>``, and a contents list of the chapters;
* the numbered paragraphs (numbering ``single``) are the items of ordered lists: the editor numbers them, so
  no number is in the text; a list is broken by every ``<h2>`` and ``<h3>`` heading and the next list carries
  on with ``<ol start="N">`` (the first list has no ``start``); a factor list's bullets are a ``<ul>`` nested
  in its ``<li>``;
* the foreword in plain paragraphs; recommendations typed "Recommendation N:" (label in bold) in ordinary
  paragraphs; the glossary a definition list (``<dl>``) at the back.

Every paragraph's page is ``None``; :data:`RUNNING_LINES` are the site's own lines, which must never be
read as part of the review."""

from __future__ import annotations

import html
from typing import Any

from . import devset_render as _r

Block = _r.Block

SITE = "Larkfield Borough Council (fictional)"
COOKIES = "We use some essential cookies to make this website work, and we would like to set analytics cookies."
FOOTER = "Larkfield Borough Council (fictional), Town Hall, Market Square, Larkfield"
RUNNING_LINES = [SITE, "Skip to main content", COOKIES, "Print this page", "Back to top", "Was this page helpful?",
                 FOOTER]
_MENU = [("/bins", "Bins and recycling"), ("/money-and-benefits", "Money and benefits"),
         ("/children-and-families", "Children and families"), ("/adult-care", "Care and support for adults"),
         ("/planning", "Planning and building"), ("/contact", "Contact us")]
_CRUMBS = [("/", "Home"), ("/children-and-families", "Children and families"),
           ("/children-and-families/safeguarding", "Safeguarding children partnership"), ("", "Case reviews")]


def render_html(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render one report as a council web page; return the bytes and its expected.json entry."""
    e = html.escape
    chapters = [i for i, b in enumerate(blocks) if b.kind == "heading" and b.major]
    anchor = {i: f"chapter-{n}" for n, i in enumerate(chapters, start=1)}
    out = [
        "<!DOCTYPE html>", '<html lang="en-GB">', "<head>", '<meta charset="utf-8">',
        f"<title>{e(report['title'])} | {e(SITE)}</title>",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<link rel="stylesheet" href="/themes/custom/larkfield/css/main.css">', "</head>",
        '<body class="page-node-type-localgov-page">',
        '<a class="skip-link" href="#main-content">Skip to main content</a>',
        '<div class="cookie-banner" role="region" aria-label="Cookies on this website">',
        f"<p>{e(COOKIES)}</p>",
        '<button type="button">Accept analytics cookies</button>',
        '<button type="button">Reject analytics cookies</button>', "</div>",
        '<header class="site-header">', f'<a class="site-logo" href="/">{e(SITE)}</a>',
        '<form class="site-search" role="search" action="/search">',
        '<label for="search-q">Search this site</label> <input id="search-q" name="q" type="search">',
        '<button type="submit">Search</button>', "</form>", "</header>",
        '<nav class="main-menu" aria-label="Main"><ul>',
        *(f'<li><a href="{href}">{e(text)}</a></li>' for href, text in _MENU), "</ul></nav>",
        '<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>',
        *(f'<li><a href="{href}">{e(text)}</a></li>' if href else f'<li aria-current="page">{e(text)}</li>'
          for href, text in _CRUMBS), "</ol></nav>",
        '<main id="main-content">', '<article class="review">', f"<h1>{e(report['title'])}</h1>",
        '<div class="review-details">',
        *(f"<p><strong>{e(line)}</strong></p>" if line == _r.FICTION_LABEL else f"<p>{e(line)}</p>"
          for line in _r.title_lines(report)),
        "</div>",
        '<p class="print-link"><a href="javascript:window.print()">Print this page</a></p>',
        '<nav class="page-contents" aria-label="On this page"><h2>Contents</h2><ul>',
        *(f'<li><a href="#{anchor[i]}">{e(blocks[i].text)}</a></li>' for i in chapters), "</ul></nav>",
        '<div class="field--name-body">',
    ]
    open_list = False

    def close_list() -> None:
        nonlocal open_list
        if open_list:
            out.append("</ol>")
            open_list = False

    for i, b in enumerate(blocks):
        if b.kind == "heading":
            close_list()
            if b.major:
                if i != chapters[0]:
                    out.append('<p class="back-to-top"><a href="#main-content">Back to top</a></p>')
                out.append(f'<h2 id="{anchor[i]}">{e(b.text)}</h2>')
            else:
                out.append(f"<h3>{e(b.text)}</h3>")
        elif b.kind == "unnumbered":
            out.append(f"<p>{e(b.text)}</p>")
        elif b.kind in ("para", "factor"):
            if not open_list:
                out.append("<ol>" if b.label == "1" else f'<ol start="{e(b.label)}">')
                open_list = True
            if b.bullets:
                out += [f"<li>{e(b.text)}", "<ul>", *(f"<li>{e(t)}</li>" for t in b.bullets), "</ul>", "</li>"]
            else:
                out.append(f"<li>{e(b.text)}</li>")
        elif b.kind == "rec":
            close_list()
            out.append(f"<p><strong>{e(b.label)}:</strong> {e(b.text)}</p>")
        elif b.kind == "glossary":
            close_list()
            out.append('<dl class="glossary">')
            for abbr, meaning in b.rows:
                out += [f"<dt>{e(abbr)}</dt>", f"<dd>{e(meaning)}</dd>"]
            out.append("</dl>")
    close_list()
    out += [
        "</div>", '<p class="back-to-top"><a href="#main-content">Back to top</a></p>', "</article>",
        '<form class="page-feedback" action="/feedback" method="post">',
        "<h2>Was this page helpful?</h2>",
        '<button name="helpful" value="yes">Yes</button> <button name="helpful" value="no">No</button>', "</form>",
        "</main>", '<footer class="site-footer">',
        '<ul><li><a href="/accessibility">Accessibility statement</a></li><li><a href="/privacy">Privacy</a></li>'
        '<li><a href="/cookies">Cookies</a></li></ul>',
        f"<p>{e(FOOTER)}</p>", "</footer>", "</body>", "</html>", "",
    ]
    result = _r.expected(output, blocks, contents_lines=[blocks[i].text for i in chapters],
                         running_header_lines=list(RUNNING_LINES))
    return "\n".join(out).encode("utf-8"), result
