"""HTML writer for the fictional development set, layout ``numberline``: a safeguarding adults review as the
"accessible edition" a publishing platform (a fictional "Leafprint Publisher 3.4") makes from the board's print PDF,
for screen readers and e-readers:

* every piece of the document a ``<div class="lp-block ...">`` in one flat run inside ``<article>``; chapter headings
  ``<h2>`` and subheadings ``<h3>``, unnumbered (numbering ``single``, headings as written);
* a numbered paragraph is TWO sibling blocks: a NUMBER LINE, ``<div class="lp-block lp-block--label"><p
  class="lp-num">12</p></div>``, and after it the text, ``<div class="lp-block lp-block--text" id="para-12"
  aria-label="Paragraph 12"><p>...</p></div>``, so that the number is a paragraph of its own with nothing else in it;
  a recommendation likewise ("Recommendation 3" in the number line, ``id="rec-3"``);
* in the chapters an output lists under ``number_attr`` the platform's other paragraph block was used: NO number line,
  the number only in the text block's attributes (``data-num="29"``, ``id="para-29"``, ``aria-label="Paragraph 29"``),
  shown to sighted readers by the stylesheet (``.lp-numbered::before{content:attr(data-num)}``);
* a factor list's bullets a block of their own (``lp-block--list``, a ``<ul>``) after the lead-in's text block;
* a paragraph of more than 180 words is set as two ``<p>`` in its text block, broken at a sentence near the middle;
* every text block ends with a ``<button>`` "Copy link" (the platform's share control, not text of the review);
* the PRINT EDITION'S PAGES kept as EPUB-style page-break markers, ``<span role="doc-pagebreak" id="page-7"
  aria-label="7"></span>`` (empty: the number only in attributes), at the point in the text where each printed page
  began, often in the middle of a paragraph or of a bullet; the title is page 1 and the contents page 2, and every
  chapter began a new printed page. A paragraph's ``page`` is the printed page its first word was on (the last marker
  before it), ``split_across_pages`` when a marker falls inside it, and ``page_count`` the last page;
* around the article the platform's furniture: a skip link, a masthead, an "Accessibility" notice, the contents as a
  ``<nav role="doc-toc">`` of links, "Back to top" and a footer (:data:`RUNNING_LINES`); the glossary a table."""

from __future__ import annotations

import html
from typing import Any

from . import devset_render as _r

Block = _r.Block

PRODUCT = "Leafprint Publisher 3.4"
MASTHEAD = "Accessible edition – made with Leafprint"
NOTICE = ("This accessible edition follows the printed report page by page. Page numbers are announced by screen "
          "readers.")
COPY = "Copy link"
BACK = "Back to top"
FOOTER = "Published with Leafprint Publisher 3.4 · Accessibility statement · Privacy"
RUNNING_LINES = [MASTHEAD, NOTICE, COPY, BACK, FOOTER]
GLOSSARY_HEAD = ("Term", "Meaning")
PAGE_WORDS = 330  # words of text on a printed page
LONG = 180  # a paragraph longer than this is set as two <p>


def marker(page: int) -> str:
    """The page-break marker that opens printed page ``page``."""
    return f'<span role="doc-pagebreak" id="page-{page}" aria-label="{page}"></span>'


def render_html(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render one report as an accessible edition; return the bytes and its expected.json entry."""
    if report["numbering"] != "single":
        raise ValueError("the numberline layout renders single numbering")
    e = html.escape
    attr_only = {" ".join(h.split()) for h in output.get("number_attr", [])}
    majors = [i for i, b in enumerate(blocks) if b.kind == "heading" and b.major]
    state = {"page": 2, "used": 0}
    starts: dict[str, list[int]] = {}

    def new_page() -> str:
        state["page"] += 1
        state["used"] = 0
        return marker(state["page"])

    def flow(words: list[str], key: str | None) -> list[str]:
        """Words with page-break markers where a printed page ended among them."""
        out: list[str] = []
        for w in words:
            if state["used"] >= PAGE_WORDS:
                out.append(new_page())
            out.append(e(w))
            state["used"] += 1
            if key:
                rec = starts.setdefault(key, [state["page"], state["page"]])
                rec[1] = state["page"]
        return out

    def pieces(text: str, key: str | None) -> list[str]:
        """One or two <p> of a text (two when long, broken after a sentence near the middle)."""
        words = text.split()
        cut = len(words)
        if len(words) > LONG:
            ends = [i + 1 for i, w in enumerate(words[:-1]) if w.endswith(".")]
            cut = min(ends, key=lambda i: abs(i - len(words) / 2))
        return [f"<p>{' '.join(flow(part, key))}</p>" for part in (words[:cut], words[cut:]) if part]

    body: list[str] = [marker(1), f'<h1 class="lp-title">{e(report["title"])}</h1>',
                       *(f'<p class="lp-titlepage">{e(line)}</p>' for line in _r.title_lines(report)),
                       marker(2), '<nav role="doc-toc" aria-label="Contents" class="lp-toc"><h2>Contents</h2><ol>',
                       *(f'<li><a href="#ch-{n}">{e(blocks[i].text)}</a></li>' for n, i in enumerate(majors, 1)),
                       "</ol></nav>"]
    chapter = ""
    for i, b in enumerate(blocks):
        if b.kind == "heading" and b.major:
            chapter = b.text
            body.append(new_page())
            body.append(f'<h2 class="lp-block lp-block--h1" id="ch-{majors.index(i) + 1}">{e(b.text)}</h2>')
            state["used"] += 12
        elif b.kind == "heading":
            if state["used"] >= PAGE_WORDS - 40:
                body.append(new_page())
            body.append(f'<h3 class="lp-block lp-block--h2">{e(b.text)}</h3>')
            state["used"] += 10
        elif b.kind == "glossary":
            body += [f'<table class="lp-block lp-block--table"><thead><tr><th>{GLOSSARY_HEAD[0]}</th>'
                     f"<th>{GLOSSARY_HEAD[1]}</th></tr></thead><tbody>",
                     *(f"<tr><td>{e(a)}</td><td>{e(m)}</td></tr>" for a, m in b.rows), "</tbody></table>"]
        else:
            if state["used"] >= PAGE_WORDS - 8:  # no room for a line: the paragraph opens the next page
                body.append(new_page())
            copy = f'<button class="lp-copy" type="button" aria-label="{COPY} to {{}}">{COPY}</button>'
            if b.kind == "unnumbered":
                body.append(f'<div class="lp-block lp-block--text lp-lead">{"".join(pieces(b.text, b.key))}'
                            f"{copy.format('this paragraph')}</div>")
            else:
                if b.kind == "rec":
                    name, ident = b.label, f"rec-{b.label.split()[1]}"
                else:
                    name, ident = f"Paragraph {b.label}", f"para-{b.label}"
                text = "".join(pieces(b.text, b.key))
                if chapter in attr_only:
                    body.append(f'<div class="lp-block lp-block--text lp-numbered" id="{ident}" data-num="{b.label}" '
                                f'aria-label="{e(name)}">{text}{copy.format(e(name.lower()))}</div>')
                else:
                    body.append(f'<div class="lp-block lp-block--label" aria-hidden="true"><p class="lp-num">'
                                f"{e(b.label)}</p></div>")
                    body.append(f'<div class="lp-block lp-block--text" id="{ident}" aria-label="{e(name)}">{text}'
                                f"{copy.format(e(name.lower()))}</div>")
                if b.bullets:
                    items = "".join(f"<li>{' '.join(flow(t.split(), b.key))}</li>" for t in b.bullets)
                    body.append(f'<div class="lp-block lp-block--list"><ul>{items}</ul></div>')
            state["used"] += 8
    out = [
        "<!DOCTYPE html>", '<html lang="en-GB" xmlns:epub="http://www.idpf.org/2007/ops">', "<head>",
        '<meta charset="utf-8">', f"<title>{e(report['title'])}</title>",
        f'<meta name="generator" content="{PRODUCT}">',
        "<style>.lp-num{font-weight:bold;color:#1d5c63;margin:1.2em 0 .2em}.lp-numbered::before{content:attr(data-num);"
        "display:block;font-weight:bold;color:#1d5c63}.lp-copy{font-size:.8em}"
        "[role=doc-pagebreak]{display:inline}</style>",
        "</head>", "<body>", '<a class="lp-skip" href="#main">Skip to content</a>',
        f'<header class="lp-masthead"><p>{e(report["publisher"])}</p><p>{e(MASTHEAD)}</p></header>',
        f'<div class="lp-notice" role="note"><h2>Accessibility</h2><p>{e(NOTICE)}</p></div>',
        '<main id="main"><article class="lp-doc">', *body, "</article>",
        f'<p class="lp-top"><a href="#main">{BACK}</a></p>', "</main>",
        f'<footer class="lp-footer"><p>{e(FOOTER)}</p></footer>', "</body>", "</html>", "",
    ]
    entries = []
    for b in blocks:
        if b.key:
            first, last = starts[b.key]
            entries.append(_r.entry(b, first, last > first))
    result = _r.expected(output, blocks, page_count=state["page"], paragraphs=entries,
                         contents_lines=[blocks[i].text for i in majors], running_header_lines=list(RUNNING_LINES))
    return "\n".join(out).encode("utf-8"), result
