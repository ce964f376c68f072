"""HTML writer for the fictional development set, layout ``scotpub``: a Scottish LEARNING REVIEW as a government-style
site publishes a long document: one web page per chapter, saved as the site's single "print all pages" view, so the
page holds every chapter one after another, each with the site's chapter furniture around it:

    <section class="publication-chapter" id="chapter-3">
      <p class="chapter-count">Part 4 of 7</p><h2 class="chapter-title">3 Key practice episodes</h2>
      <p class="numbered"><span class="number">3.2</span> The first Child's Plan meeting ...<sup class="fn">
        <a href="#ch3-fn1" id="ch3-fnref1">[1]</a></sup> ...</p>
      <ul class="bullets"><li>...</li></ul>
      <aside class="chapter-notes"><h3>Footnotes</h3><ol><li id="ch3-fn1">... <a href="#ch3-fnref1">Back to
        text</a></li></ol></aside>
      <nav class="chapter-pager">Previous: 2 Background | Next: 4 Analysis and findings</nav>
      <p class="back-to-top"><a href="#top">Back to top</a></p>
    </section>

* numbering ``two-level`` ("3.2", cited so): the number is a ``<span class="number">`` at the start of an ordinary
  ``<p class="numbered">`` (the text follows in the same ``<p>``); chapter headings numbered "3 Key practice
  episodes", subheadings ``<h3>`` unnumbered; the foreword and glossary are unnumbered parts;
* FOOTNOTES (``footnotes`` in reports.yaml) are superscript links "[1]" after their anchor text, NUMBERED AGAIN FROM 1
  IN EACH CHAPTER, the notes gathered in an ``<aside class="chapter-notes">`` at the end of their chapter (so "[1]"
  is a different note in chapter 1 and chapter 3); expected.json ``footnotes`` lists them, never paragraphs;
* around every chapter the site's furniture: "Part N of M", a pager of previous and next chapter titles and "Back to
  top" (:data:`SCOTPUB`); above the document the site's header, a "Skip to main content" link, breadcrumbs, the
  publication's metadata list (type, date, directorate) and a contents list of chapter links; below it a "Was this
  helpful?" survey and the site footer;
* recommendations ``<p class="numbered recommendation"><span class="number">Recommendation 2</span> ...``; the
  glossary a ``<table>`` with a header row. Every paragraph's page is ``None``."""

from __future__ import annotations

import html
from typing import Any

from . import devset_render as _r

Block = _r.Block

SCOTPUB: dict[str, Any] = {
    "skip": "Skip to main content",
    "type": "Publication - Learning review",
    "directorate": "Children and Families",
    "contents": "Contents",
    "notes": "Footnotes",
    "back": "Back to text",
    "top": "Back to top",
    "survey": "Was this helpful?",
    "footer": "Accessibility | Cookies | Privacy | Contact",
}


def part_line(n: int, total: int) -> str:
    return f"Part {n} of {total}"


def render_html(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render one two-level learning review as a chaptered publication's print-all view; return bytes and entry."""
    if report["numbering"] != "two-level":
        raise ValueError("the scotpub layout renders two-level numbering")
    e = html.escape
    majors = [i for i, b in enumerate(blocks) if b.kind == "heading" and b.major]
    chapter_of = {i: sum(m <= i for m in majors) for i in range(len(blocks))}  # 1-based chapter of each block
    notes: list[tuple[int, str, str, int, int]] = []  # (block index, anchor text, note, chapter, number in chapter)
    for idx, after, note in _r.footnote_anchors(report, blocks):
        chapter = chapter_of[idx]
        notes.append((idx, after, note, chapter, 1 + sum(n[3] == chapter for n in notes)))

    def marked(i: int, text: str) -> str:
        out, rest = [], text
        for idx, after, _note, ch, k in notes:
            if idx != i:
                continue
            head, found, rest = rest.partition(after)
            if not found:
                raise ValueError(f"footnote anchor {after!r} not found in order")
            out.append(f'{e(head + after)}<sup class="fn"><a href="#ch{ch}-fn{k}" id="ch{ch}-fnref{k}">[{k}]</a></sup>')
        return "".join(out) + e(rest)

    total = len(majors)
    crumbs = ["Home", "Publications", output["short_name"]]
    out = [
        "<!DOCTYPE html>", '<html lang="en-GB">', "<head>", '<meta charset="utf-8">',
        f"<title>{e(report['title'])} - {e(output['site'])}</title>",
        f'<link rel="canonical" href="{e(output["page_url"])}">',
        '<meta name="dc.type" content="Learning review">', "</head>", '<body id="top">',
        f'<a class="skip-link" href="#main">{SCOTPUB["skip"]}</a>',
        f'<header class="site-header"><p class="site-name">{e(output["site"])}</p>'
        '<nav class="site-nav"><ul><li>Topics</li><li>Publications</li><li>About</li></ul></nav></header>',
        '<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>',
        *(f"<li>{e(c)}</li>" for c in crumbs), "</ol></nav>",
        '<main id="main">', f'<h1 class="publication-title">{e(report["title"])}</h1>',
        *(f'<p class="publication-titlepage">{e(line)}</p>' for line in _r.title_lines(report)),
        f'<dl class="publication-meta"><dt>Type</dt><dd>{SCOTPUB["type"]}</dd><dt>Published</dt>'
        f'<dd>{e(report["date"])}</dd><dt>Directorate</dt><dd>{SCOTPUB["directorate"]}</dd></dl>',
        f'<nav class="publication-contents"><h2>{SCOTPUB["contents"]}</h2><ol>',
        *(f'<li><a href="#chapter-{n}">{e(blocks[i].text)}</a></li>' for n, i in enumerate(majors, start=1)),
        "</ol></nav>",
    ]

    def close_chapter(n: int) -> None:
        mine = [x for x in notes if x[3] == n]
        if mine:
            out.append(f'<aside class="chapter-notes"><h3>{SCOTPUB["notes"]}</h3><ol>')
            out.extend(f'<li id="ch{n}-fn{k}">{e(note)} <a href="#ch{n}-fnref{k}">{SCOTPUB["back"]}</a></li>'
                       for _i, _a, note, _c, k in mine)
            out.append("</ol></aside>")
        prev = f"Previous: {e(blocks[majors[n - 2]].text)}" if n > 1 else ""
        nxt = f"Next: {e(blocks[majors[n]].text)}" if n < total else ""
        out.append(f'<nav class="chapter-pager">{" | ".join(x for x in (prev, nxt) if x)}</nav>')
        out.append(f'<p class="back-to-top"><a href="#top">{SCOTPUB["top"]}</a></p></section>')

    for i, b in enumerate(blocks):
        if b.kind == "heading" and b.major:
            n = majors.index(i) + 1
            if n > 1:
                close_chapter(n - 1)
            out.append(f'<section class="publication-chapter" id="chapter-{n}">'
                       f'<p class="chapter-count">{part_line(n, total)}</p>'
                       f'<h2 class="chapter-title">{e(b.text)}</h2>')
        elif b.kind == "heading":
            out.append(f'<h3 class="chapter-subtitle">{e(b.text)}</h3>')
        elif b.kind == "unnumbered":
            out.append(f"<p>{e(b.text)}</p>")
        elif b.kind in ("para", "factor"):
            out.append(f'<p class="numbered" id="para-{b.label.replace(".", "-")}"><span class="number">{b.label}'
                       f"</span> {marked(i, b.text)}</p>")
            if b.bullets:
                out.append('<ul class="bullets">' + "".join(f"<li>{e(t)}</li>" for t in b.bullets) + "</ul>")
        elif b.kind == "rec":
            out.append(f'<p class="numbered recommendation"><span class="number">{e(b.label)}</span> {e(b.text)}</p>')
        elif b.kind == "glossary":
            out += ['<table class="glossary">', "<thead><tr><th>Term</th><th>Meaning</th></tr></thead><tbody>",
                    *(f"<tr><td>{e(a)}</td><td>{e(m)}</td></tr>" for a, m in b.rows), "</tbody></table>"]
    close_chapter(total)
    out += ["</main>", f'<section class="feedback"><h2>{SCOTPUB["survey"]}</h2><p>Yes / No</p></section>',
            f'<footer class="site-footer"><p>{SCOTPUB["footer"]}</p><p>© {e(output["site"])}</p></footer>',
            "</body>", "</html>", ""]
    result = _r.expected(output, blocks, contents_lines=[blocks[i].text for i in majors],
                         running_header_lines=[SCOTPUB["skip"], SCOTPUB["contents"], SCOTPUB["top"],
                                               SCOTPUB["survey"], SCOTPUB["footer"]])
    result["footnotes"] = [note for _i, _a, note, _c, _k in notes]
    result["chapter_parts"] = [part_line(n, total) for n in range(1, total + 1)]
    return "\n".join(out).encode("utf-8"), result
