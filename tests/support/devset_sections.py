"""HTML writer for the fictional development set, layout ``sections``: an accessible web version of a review in
which every numbered paragraph is its own linkable ``<section>``:

    <section class="para" id="p-3-2" aria-labelledby="p-3-2-h">
      <h3 class="visually-hidden" id="p-3-2-h">Paragraph 3.2</h3>
      <p><span class="pnum">3.2</span> In ...</p>
      <ul>...</ul>                      (a factor list's bullets)
      <a class="para-link" href="#p-3-2" aria-label="Link to paragraph 3.2">#</a>
    </section>

The hidden ``<h3>`` is for screen readers and is no heading of the review; the "#" self-link is furniture. Chapter
headings are ``<h2>`` "3. Findings" (numbered with a stop) inside a ``<section class="chapter">``, subheadings
``<h4>`` unnumbered; numbering ``two-level``, cited "3.2". Recommendations are sections too (``id="rec-2"``, hidden
heading "Recommendation 2", text "<strong>Recommendation 2:</strong> ..."). Around the review: a skip link, a
"Listen to this page" toolbar, a breadcrumb, an "On this page" contents list of anchors, a "Was this page useful?"
form and a footer (:data:`RUNNING_LINES`). Every paragraph's page is ``None``."""

from __future__ import annotations

import html
import re
from typing import Any

from . import devset_render as _r

Block = _r.Block

SITE = "Tarrowby Safeguarding Children Partnership (fictional site)"
TOOLBAR = "Listen to this page"
FEEDBACK = "Was this page useful?"
FOOTER = "This fictional website was made for software testing."
RUNNING_LINES = [SITE, "Skip to content", TOOLBAR, FEEDBACK, FOOTER]


def displayed(heading: str) -> str:
    """A chapter heading as the page shows it: "3 Findings" -> "3. Findings"."""
    return re.sub(r"^(\d+) ", r"\1. ", heading)


def para_id(label: str) -> str:
    """The section id of a paragraph: "3.2" -> "p-3-2", "Recommendation 2" -> "rec-2"."""
    if label.startswith("Recommendation "):
        return "rec-" + label.split()[1]
    return "p-" + label.replace(".", "-")


def render_html(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render one report as a page of per-paragraph sections; return the bytes and its expected.json entry."""
    e = html.escape
    chapters = [i for i, b in enumerate(blocks) if b.kind == "heading" and b.major]
    anchor = {i: f"chapter-{n}" for n, i in enumerate(chapters, start=1)}
    out = [
        "<!DOCTYPE html>", '<html lang="en-GB">', "<head>", '<meta charset="utf-8">',
        f"<title>{e(report['title'])} – {e(SITE)}</title>",
        '<style>.visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;'
        'clip:rect(0 0 0 0);white-space:nowrap}</style>', "</head>", "<body>",
        '<a class="skip-link" href="#main">Skip to content</a>',
        f'<header class="site-header"><p class="site-name"><a href="/">{e(SITE)}</a></p></header>',
        f'<div class="toolbar" role="toolbar"><button type="button">{TOOLBAR}</button> '
        '<button type="button">Translate</button></div>',
        '<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li>'
        '<li><a href="/learning/">Learning from reviews</a></li></ol></nav>',
        '<main id="main">', f"<h1>{e(report['title'])}</h1>", '<div class="front-matter">',
        *(f"<p><strong>{e(line)}</strong></p>" if line == _r.FICTION_LABEL else f"<p>{e(line)}</p>"
          for line in _r.title_lines(report)),
        "</div>", '<nav class="on-this-page" aria-label="On this page"><h2>On this page</h2><ul>',
        *(f'<li><a href="#{anchor[i]}">{e(displayed(blocks[i].text))}</a></li>' for i in chapters),
        "</ul></nav>",
    ]
    open_chapter = False
    for i, b in enumerate(blocks):
        if b.kind == "heading" and b.major:
            out += ["</section>"] if open_chapter else []
            out += [f'<section class="chapter" id="{anchor[i]}">', f"<h2>{e(displayed(b.text))}</h2>"]
            open_chapter = True
        elif b.kind == "heading":
            out.append(f"<h4>{e(b.text)}</h4>")
        elif b.kind == "unnumbered":
            out.append(f'<p class="intro">{e(b.text)}</p>')
        elif b.kind in ("para", "factor", "rec"):
            pid = para_id(b.label)
            hidden = f"Paragraph {b.label}" if b.kind != "rec" else b.label
            body = (f'<span class="pnum">{e(b.label)}</span> {e(b.text)}' if b.kind != "rec"
                    else f"<strong>{e(b.label)}:</strong> {e(b.text)}")
            out += [f'<section class="para" id="{pid}" aria-labelledby="{pid}-h">',
                    f'<h3 class="visually-hidden" id="{pid}-h">{e(hidden)}</h3>', f"<p>{body}</p>"]
            if b.bullets:
                out += ["<ul>", *(f"<li>{e(t)}</li>" for t in b.bullets), "</ul>"]
            out += [f'<a class="para-link" href="#{pid}" aria-label="Link to {e(hidden.lower())}">#</a>',
                    "</section>"]
        elif b.kind == "glossary":
            out += ['<table class="glossary">', "<thead><tr><th>Abbreviation</th><th>Meaning</th></tr></thead>",
                    "<tbody>", *(f"<tr><td>{e(a)}</td><td>{e(m)}</td></tr>" for a, m in b.rows), "</tbody>",
                    "</table>"]
    out += ["</section>" if open_chapter else "", "</main>",
            f'<form class="feedback" action="/feedback"><p>{FEEDBACK}</p>'
            '<button name="useful" value="yes">Yes</button> <button name="useful" value="no">No</button></form>',
            f'<footer class="site-footer"><p>{e(FOOTER)}</p></footer>', "</body>", "</html>", ""]
    result = _r.expected(output, blocks, contents_lines=[displayed(blocks[i].text) for i in chapters],
                         running_header_lines=list(RUNNING_LINES))
    for entry in result["paragraphs"]:
        entry["section"] = displayed(entry["section"])
    return "\n".join(out).encode("utf-8"), result
