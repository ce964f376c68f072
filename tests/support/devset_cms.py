"""HTML writer for the fictional development set, layout ``cms``: a review published as a page of a council's content
management system, each chapter one panel of an accordion of collapsible ``<details>`` elements:

    <details class="accordion__item" id="section-3">
      <summary class="accordion__title"><h2>3 What happened</h2></summary>
      <div class="accordion__body">
        <h3 id="sub-3-1">3.1 Recruitment, spring 2024</h3>
        <p class="numbered" id="para-3-1-2"><a class="para-number" href="#para-3-1-2">3.1.2</a> Over the ...</p>
        <ul class="factors">...</ul>                    (a factor list's bullets, after its lead-in)
        <aside class="key-learning"><h4>Key learning</h4><p>...</p></aside>
      </div>
    </details>

Numbering ``three-level`` ("3.1.2", cited so), the number only in the anchor link that opens the paragraph; chapter
headings "3 What happened" in the ``<summary>``, subsection headings "3.1 ..." as ``<h3>``. "Key learning" boxes
(``sidebars`` of reports.yaml, each after the paragraph holding its ``after`` text) restate the learning and are no
paragraph of the review (expected.json ``sidebars``). The foreword is a lead ``<div>`` before the accordion,
recommendations ``<p id="recommendation-2"><strong>Recommendation 2:</strong> ...`` and the glossary a ``<dl>`` in the
last panel. Around the review: a cookie banner, the council's header and search, a breadcrumb, "Expand all
sections", a "Related pages" sidebar, "Report a problem with this page" and a footer (:data:`RUNNING_LINES`). Every
paragraph's page is ``None``."""

from __future__ import annotations

import html
from typing import Any

from . import devset_render as _r

Block = _r.Block

SITE = "Dunmarsh Borough Council (fictional site)"
COOKIES = "We use essential cookies to make this site work."
EXPAND = "Expand all sections"
RELATED = "Related pages"
PROBLEM = "Report a problem with this page"
FOOTER = "This fictional council website was made for software testing."
RUNNING_LINES = [SITE, COOKIES, EXPAND, RELATED, PROBLEM, FOOTER]


def para_id(label: str) -> str:
    """The id of a paragraph: "3.1.2" -> "para-3-1-2", "Recommendation 2" -> "recommendation-2"."""
    if label.startswith("Recommendation "):
        return "recommendation-" + label.split()[1]
    return "para-" + label.replace(".", "-")


def render_html(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render one report as a CMS page of accordion panels; return the bytes and its expected.json entry."""
    if report["numbering"] != "three-level":
        raise ValueError("the cms layout renders three-level numbering")
    e = html.escape
    sidebars = [(" ".join(s["after"].split()), " ".join(s["text"].split())) for s in report.get("sidebars", [])]
    boxes: dict[int, list[str]] = {}
    nxt = 0
    for idx, b in enumerate(blocks):
        while nxt < len(sidebars) and b.kind in ("para", "factor") and sidebars[nxt][0] in b.text:
            boxes.setdefault(idx, []).append(sidebars[nxt][1])
            nxt += 1
    if nxt != len(sidebars):
        raise ValueError(f"sidebar anchor not found in reading order: {sidebars[nxt][0]!r}")
    chapters = [i for i, b in enumerate(blocks) if b.kind == "heading" and b.major]
    anchor = {i: f"section-{n}" for n, i in enumerate(chapters, start=1)}
    out = [
        "<!DOCTYPE html>", '<html lang="en" dir="ltr">', "<head>", '<meta charset="utf-8">',
        '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">',
        f"<title>{e(report['title'])} | {e(SITE)}</title>", "</head>",
        '<body class="path-node page-node-type-publication">',
        f'<div class="cookie-banner" role="region"><p>{COOKIES}</p><button>Accept</button></div>',
        f'<header class="site-header"><a class="site-logo" href="/">{e(SITE)}</a>'
        '<form class="search" action="/search"><label for="q">Search</label><input id="q" name="q"></form></header>',
        '<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li>'
        '<li><a href="/social-care">Social care and health</a></li>'
        '<li><a href="/safeguarding-reviews">Safeguarding reviews</a></li></ol></nav>',
        '<div class="layout-container"><main id="main-content" role="main">',
        '<article class="node node--type-publication">', f'<h1 class="page-title">{e(report["title"])}</h1>',
        '<div class="field field--name-field-summary">',
        *(f"<p><strong>{e(line)}</strong></p>" if line == _r.FICTION_LABEL else f"<p>{e(line)}</p>"
          for line in _r.title_lines(report)),
        "</div>",
        '<nav class="contents" aria-label="Contents"><h2>Contents</h2><ul>',
        *(f'<li><a href="#{anchor[i]}">{e(blocks[i].text)}</a></li>' for i in chapters),
        "</ul></nav>",
    ]
    first = chapters[1]  # the page opens with the foreword (an unnumbered lead) before the accordion
    fw = [b for b in blocks[:first] if b.kind in ("heading", "unnumbered")]
    if blocks[chapters[0]].kind != "heading" or any(b.kind not in ("heading", "unnumbered") for b in blocks[:first]):
        raise ValueError("the cms layout expects the foreword first")
    out += [f'<div class="field field--name-field-lead" id="{anchor[chapters[0]]}">', f"<h2>{e(fw[0].text)}</h2>",
            *(f"<p>{e(b.text)}</p>" for b in fw[1:]), "</div>",
            f'<div class="accordion"><button class="accordion__toggle" type="button">{EXPAND}</button>']
    open_panel = False
    for idx in range(first, len(blocks)):
        b = blocks[idx]
        if b.kind == "heading" and b.major:
            out += ["</div></details>"] if open_panel else []
            out += [f'<details class="accordion__item" id="{anchor[idx]}">',
                    f'<summary class="accordion__title"><h2>{e(b.text)}</h2></summary>',
                    '<div class="accordion__body">']
            open_panel = True
        elif b.kind == "heading":
            sub = b.text.split()[0].replace(".", "-")
            out.append(f'<h3 id="sub-{sub}">{e(b.text)}</h3>')
        elif b.kind == "unnumbered":
            out.append(f"<p>{e(b.text)}</p>")
        elif b.kind in ("para", "factor"):
            pid = para_id(b.label)
            out.append(f'<p class="numbered" id="{pid}"><a class="para-number" href="#{pid}">{e(b.label)}</a> '
                       f"{e(b.text)}</p>")
            if b.bullets:
                out += ['<ul class="factors">', *(f"<li>{e(t)}</li>" for t in b.bullets), "</ul>"]
            for text in boxes.get(idx, []):
                out.append(f'<aside class="key-learning"><h4>Key learning</h4><p>{e(text)}</p></aside>')
        elif b.kind == "rec":
            out.append(f'<p class="recommendation" id="{para_id(b.label)}"><strong>{e(b.label)}:</strong> '
                       f"{e(b.text)}</p>")
        elif b.kind == "glossary":
            out += ['<dl class="glossary">', *(f"<dt>{e(a)}</dt><dd>{e(m)}</dd>" for a, m in b.rows), "</dl>"]
    out += ["</div></details>" if open_panel else "", "</div>", "</article>", "</main>",
            f'<aside class="related" role="complementary"><h2>{RELATED}</h2><ul>'
            '<li><a href="/safeguarding-reviews">All safeguarding reviews</a></li>'
            '<li><a href="/report-a-concern">Report a concern about a child</a></li></ul></aside></div>',
            f'<div class="report-problem"><a href="/contact/report-a-problem">{PROBLEM}</a></div>',
            f'<footer class="site-footer"><p>{e(FOOTER)}</p></footer>', "</body>", "</html>", ""]
    result = _r.expected(output, blocks, contents_lines=[blocks[i].text for i in chapters],
                         running_header_lines=list(RUNNING_LINES))
    result["sidebars"] = [text for _after, text in sidebars]
    return "\n".join(out).encode("utf-8"), result
