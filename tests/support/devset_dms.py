"""HTML writer for the fictional development set, layout ``dms``: a review as a partnership's document management
system exports it for its website ("Export to HTML" in a fictional product, Fileweave DMS): every numbered paragraph
is a ``<div class="para">`` whose number is a ``<span class="num">`` beside a ``<div class="ptext">`` holding the text:

    <div class="para" id="p-12" data-para="12"><span class="num">12</span>
      <div class="ptext"><p>The designated ... the same afternoon<sup class="fnref"><a href="#en-3" id="enref-3">3</a>
      </sup> for advice.</p>
        <div class="bullets"><div class="bullet"><span class="sym">&#8226;</span><span>...</span></div></div>
      </div></div>

Numbering ``single`` ("12", cited so), the number ONLY in the span; chapter headings ``<h2 class="dms-h1">`` and
subheadings ``<h3 class="dms-h2">``, unnumbered; the foreword ``<div class="para unnumbered">`` blocks without a
number span; a factor list's bullets ``<div class="bullet">`` rows (a "•" span and the text) inside the paragraph's
``ptext``; recommendations ``<div class="para rec">`` whose span reads "Recommendation 3"; FOOTNOTES as superscript
links after their anchor text to an "Endnotes" ``<ol>`` at the end, each note ending in a "↩" back link
(expected.json ``footnotes``: never paragraphs); the glossary a ``<table class="dms-table">`` with a header row.
Around the review the system's furniture: a document-control table (reference, version, status, owner, review
date, classification), a generated contents list of links, an export banner at the top, and a footer with the
export stamp and the line that the copy is uncontrolled (:data:`RUNNING_LINES`). Every paragraph's page is ``None``."""

from __future__ import annotations

import html
from typing import Any

from . import devset_render as _r

Block = _r.Block

PRODUCT = "Fileweave DMS 4.2"
BANNER = "Exported from Fileweave DMS 4.2 – published document"
CONTROL = "Document control"
UNCONTROLLED = "This copy is uncontrolled when printed or exported. Check the document library for the current version."
STAMP = "Exported 02/10/2026 14:31 by web.publisher"
CONTENTS = "Contents"
ENDNOTES = "Endnotes"
RUNNING_LINES = [BANNER, CONTROL, CONTENTS, ENDNOTES, UNCONTROLLED, STAMP]
GLOSSARY_HEAD = ("Abbreviation", "Meaning")
BACK = "\u21a9"


def render_html(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render one report as a document-management export; return the bytes and its expected.json entry."""
    if report["numbering"] != "single":
        raise ValueError("the dms layout renders single numbering")
    e = html.escape
    notes = _r.footnote_anchors(report, blocks)  # (block index, anchor text, note)

    def marked(i: int, text: str) -> str:
        out, rest = [], text
        for n, (idx, after, _note) in enumerate(notes, start=1):
            if idx != i:
                continue
            head, found, rest = rest.partition(after)
            if not found:
                raise ValueError(f"footnote anchor {after!r} not found in order")
            out.append(f'{e(head + after)}<sup class="fnref"><a href="#en-{n}" id="enref-{n}">{n}</a></sup>')
        return "".join(out) + e(rest)

    majors = [i for i, b in enumerate(blocks) if b.kind == "heading" and b.major]
    control = [("Reference", "TSCP-CSPR-2025-03 (fictional)"), ("Title", report["title"]), ("Version", "2.0"),
               ("Status", "Published"), ("Owner", report["publisher"]), ("Review date", "October 2028"),
               ("Classification", "OFFICIAL")]
    out = [
        "<!DOCTYPE html>", '<html lang="en-GB">', "<head>", '<meta charset="utf-8">',
        f"<title>{e(report['title'])}</title>", f'<meta name="generator" content="{PRODUCT}">',
        '<meta name="dms.docref" content="TSCP-CSPR-2025-03">',
        "<style>.para{display:flex;margin:0 0 .8em}.para .num{flex:0 0 3em;font-weight:bold}.bullet .sym{width:1.5em;"
        "display:inline-block}</style>", "</head>", '<body class="dms-export">',
        f'<div class="dms-banner">{e(BANNER)}</div>',
        f'<div class="dms-control"><h2 class="dms-control-title">{CONTROL}</h2><table class="dms-control-table">',
        *(f"<tr><th>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in control), "</table></div>",
        '<div class="dms-document">', f'<h1 class="dms-title">{e(report["title"])}</h1>',
        *(f'<p class="dms-titlepage"><strong>{e(line)}</strong></p>' if line == _r.FICTION_LABEL
          else f'<p class="dms-titlepage">{e(line)}</p>' for line in _r.title_lines(report)),
        f'<div class="dms-toc"><p class="dms-toc-title">{CONTENTS}</p><ul>',
        *(f'<li><a href="#h-{n}">{e(blocks[i].text)}</a></li>' for n, i in enumerate(majors, start=1)),
        "</ul></div>",
    ]
    for i, b in enumerate(blocks):
        if b.kind == "heading" and b.major:
            out.append(f'<h2 class="dms-h1" id="h-{majors.index(i) + 1}">{e(b.text)}</h2>')
        elif b.kind == "heading":
            out.append(f'<h3 class="dms-h2">{e(b.text)}</h3>')
        elif b.kind == "unnumbered":
            out.append(f'<div class="para unnumbered"><div class="ptext"><p>{e(b.text)}</p></div></div>')
        elif b.kind in ("para", "factor"):
            bullets = ""
            if b.bullets:
                bullets = '<div class="bullets">' + "".join(
                    f'<div class="bullet"><span class="sym">&#8226;</span><span>{e(t)}</span></div>'
                    for t in b.bullets) + "</div>"
            out.append(f'<div class="para" id="p-{b.label}" data-para="{b.label}"><span class="num">{b.label}</span>'
                       f'<div class="ptext"><p>{marked(i, b.text)}</p>{bullets}</div></div>')
        elif b.kind == "rec":
            slug = b.label.lower().replace(" ", "-")
            out.append(f'<div class="para rec" id="{slug}"><span class="num">{e(b.label)}</span>'
                       f'<div class="ptext"><p>{e(b.text)}</p></div></div>')
        elif b.kind == "glossary":
            out += ['<table class="dms-table glossary">',
                    f"<thead><tr><th>{GLOSSARY_HEAD[0]}</th><th>{GLOSSARY_HEAD[1]}</th></tr></thead><tbody>",
                    *(f"<tr><td>{e(a)}</td><td>{e(m)}</td></tr>" for a, m in b.rows), "</tbody></table>"]
    out += ['<div class="dms-endnotes">', f'<h2 class="dms-endnotes-title">{ENDNOTES}</h2>', "<ol>",
            *(f'<li id="en-{n}">{e(note)} <a href="#enref-{n}" class="back" aria-label="Back to text">{BACK}</a></li>'
              for n, (_idx, _after, note) in enumerate(notes, start=1)),
            "</ol></div>", "</div>",  # dms-document
            f'<div class="dms-footer"><p>{e(UNCONTROLLED)}</p><p>{e(STAMP)}</p></div>', "</body>", "</html>", ""]
    result = _r.expected(output, blocks, contents_lines=[blocks[i].text for i in majors],
                         running_header_lines=list(RUNNING_LINES))
    result["footnotes"] = [note for _idx, _after, note in notes]
    return "\n".join(out).encode("utf-8"), result
