"""HTML writer for the fictional development set, layout ``govuk``: a review published as an "HTML publication"
in the style of the GOV.UK publishing template (govspeak), with the site's own name replaced by a fictional one.

* site furniture around the review: a "Skip to main content" link, a cookie banner, a header with the site's
  name, a phase banner, a "Print this page" button, a "Back to top" link and a footer;
* an inverse header with the publication type ("Independent report"), the ``<h1>`` title and "Published <date>",
  then the title page's lines in a details paragraph block;
* a contents list that is an ``<ol>`` of anchor links to the chapters (not part of the review's text);
* the text in a ``govuk-govspeak`` block: chapter headings are ``<h2>`` numbered with a stop ("3. Findings"),
  subheadings ``<h3>`` unnumbered, and every paragraph's two-level number typed at the start of its ``<p>``
  ("3.1 In ..."; numbering ``two-level``, cited "3.1"); a factor list's bullets a ``<ul>`` after its ``<p>``;
  recommendations typed "Recommendation N: ..." in ``call-to-action`` boxes; the glossary a two-column table
  in "Annex A";
* footnotes: a marker ``<sup><a href="#fn:N">[footnote N]</a></sup>`` in the text (not part of the paragraph's
  text in expected.json), and the notes themselves as an ``<ol>`` in a ``footnotes`` block at the end, each with
  a "↩" link back. expected.json lists them under ``footnotes`` (texts in order): they must never be read as
  numbered paragraphs.

Every paragraph's page is ``None``; ``section`` and ``contents_lines`` give the chapter headings as displayed,
with their stop ("3. Findings"). :data:`RUNNING_LINES` are the site's own lines."""

from __future__ import annotations

import html
import re
from typing import Any

from . import devset_render as _r

Block = _r.Block

SITE = "GOV.UK (fictional copy)"
COOKIES = "We'd like to set additional cookies to understand how you use this site."
PHASE = "This is a fictional copy of a publication page, made for testing."
FOOTER = "All content on this fictional copy is invented for testing"
RUNNING_LINES = [SITE, "Skip to main content", COOKIES, PHASE, "Print this page", "Back to top", FOOTER]


def displayed(heading: str) -> str:
    """A chapter heading as the page shows it: "3 Findings" -> "3. Findings"."""
    return re.sub(r"^(\d+) ", r"\1. ", heading)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", re.sub(r"^\d+\.? ", "", text).lower()).strip("-")


def render_html(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render one report as an HTML publication; return the bytes and its expected.json entry."""
    e = html.escape
    chapters = [i for i, b in enumerate(blocks) if b.kind == "heading" and b.major]
    anchor = {i: _slug(blocks[i].text) for i in chapters}
    notes = _r.footnote_anchors(report, blocks)  # (block index, text after which the marker goes, note)

    def text_with_notes(i: int, text: str) -> str:
        out = e(text)
        for n, (idx, after, _note) in enumerate(notes, start=1):
            if idx == i:
                marker = (f'<sup id="fnref:{n}" role="doc-noteref"><a href="#fn:{n}" class="govuk-link" '
                          f'rel="footnote">[footnote {n}]</a></sup>')
                out = out.replace(e(after), e(after) + marker, 1)
        return out

    out = [
        "<!DOCTYPE html>", '<html lang="en" class="govuk-template">', "<head>", '<meta charset="utf-8">',
        f"<title>{e(report['title'])} - {e(SITE)}</title>",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<link rel="stylesheet" href="/assets/static/application.css">', "</head>",
        '<body class="govuk-template__body">',
        '<a href="#main-content" class="govuk-skip-link">Skip to main content</a>',
        '<div id="global-cookie-message" class="gem-c-cookie-banner" role="region" aria-label="Cookies">',
        f'<p class="govuk-body">{e(COOKIES)}</p>',
        '<button class="govuk-button" type="button">Accept additional cookies</button>',
        '<button class="govuk-button" type="button">Reject additional cookies</button>', "</div>",
        '<header class="govuk-header" role="banner">',
        f'<a href="/" class="govuk-header__link govuk-header__link--homepage">{e(SITE)}</a>', "</header>",
        '<div class="govuk-phase-banner"><p class="govuk-phase-banner__content">'
        f'<strong class="govuk-tag">Test</strong> <span>{e(PHASE)}</span></p></div>',
        '<main id="main-content" class="html-publication" role="main">',
        '<header class="gem-c-inverse-header">', '<p class="publication-header__type">Independent report</p>',
        f'<h1 class="gem-c-title__text">{e(report["title"])}</h1>',
        f'<p class="publication-header__last-changed">Published {e(report["date"])}</p>', "</header>",
        '<div class="publication-details">',
        *(f"<p><strong>{e(line)}</strong></p>" if line == _r.FICTION_LABEL else f"<p>{e(line)}</p>"
          for line in _r.title_lines(report)),
        "</div>",
        '<nav id="contents" class="gem-c-contents-list" aria-label="Contents" role="navigation">',
        '<h2 class="gem-c-contents-list__title">Contents</h2>', '<ol class="gem-c-contents-list__list">',
        *(f'<li class="gem-c-contents-list__list-item"><a class="govuk-link gem-c-contents-list__link" '
          f'href="#{anchor[i]}">{e(displayed(blocks[i].text))}</a></li>' for i in chapters),
        "</ol>", "</nav>", '<div class="govuk-govspeak direction-ltr">',
    ]
    for i, b in enumerate(blocks):
        if b.kind == "heading":
            if b.major:
                out.append(f'<h2 id="{anchor[i]}">{e(displayed(b.text))}</h2>')
            else:
                out.append(f'<h3 id="{_slug(b.text)}">{e(b.text)}</h3>')
        elif b.kind == "unnumbered":
            out.append(f"<p>{e(b.text)}</p>")
        elif b.kind in ("para", "factor"):
            out.append(f"<p>{e(b.label)} {text_with_notes(i, b.text)}</p>")
            if b.bullets:
                out += ["<ul>", *(f"<li>{e(t)}</li>" for t in b.bullets), "</ul>"]
        elif b.kind == "rec":
            out.append(f'<div class="call-to-action"><p>{e(b.label)}: {e(b.text)}</p></div>')
        elif b.kind == "glossary":
            out += ['<table class="govuk-table">', "<thead><tr><th scope=\"col\">Abbreviation or term</th>"
                    "<th scope=\"col\">Meaning</th></tr></thead>", "<tbody>",
                    *(f"<tr><td>{e(a)}</td><td>{e(m)}</td></tr>" for a, m in b.rows), "</tbody>", "</table>"]
    if notes:
        out += ['<div class="footnotes" role="doc-endnotes">', "<ol>"]
        for n, (_idx, _after, note) in enumerate(notes, start=1):
            out.append(f'<li id="fn:{n}" role="doc-endnote"><p>{e(note)} <a href="#fnref:{n}" class="govuk-link" '
                       f'aria-label="go to where this is referenced">↩</a></p></li>')
        out += ["</ol>", "</div>"]
    out += [
        "</div>", '<div class="gem-c-print-link"><button class="govuk-link">Print this page</button></div>',
        '<a class="govuk-link app-c-back-to-top" href="#contents">Back to top</a>', "</main>",
        '<footer class="govuk-footer" role="contentinfo">',
        '<ul class="govuk-footer__inline-list"><li><a href="/help">Help</a></li><li><a href="/help/cookies">'
        'Cookies</a></li><li><a href="/contact">Contact</a></li></ul>',
        f'<p class="govuk-footer__meta">{e(FOOTER)}</p>', "</footer>", "</body>", "</html>", "",
    ]
    result = _r.expected(output, blocks, contents_lines=[displayed(blocks[i].text) for i in chapters],
                         running_header_lines=list(RUNNING_LINES))
    for entry in result["paragraphs"]:
        entry["section"] = displayed(entry["section"])
    result["footnotes"] = [note for _idx, _after, note in notes]
    return "\n".join(out).encode("utf-8"), result
