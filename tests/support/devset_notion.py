"""HTML writer for the fictional development set, layout ``notion``: a review drafted and published in a partnership's
NOTION workspace and exported with "Export > HTML" (one self-contained ``.html`` file per page):

    <article id="7c1e..." class="page sans"><header><h1 class="page-title">Learning Review: ...</h1>
    <table class="properties"><tbody><tr class="property-row property-row-text"><th>Workspace</th><td>...</td></tr>
    ...</tbody></table></header><div class="page-body">
    <h2 id="3f0a..." class="">3 What happened</h2>
    <p id="9b2c..." class=""><strong>3.2</strong> In September 2024 ...</p>
    <p id="..." class=""><strong>4.3</strong> The review identified these reasons ...:</p>
    <ul id="..." class="bulleted-list"><li style="list-style-type:disc">her age placed ...</li></ul>
    <ul id="..." class="bulleted-list"><li style="list-style-type:disc">the risk ...</li></ul>

* numbering ``two-level`` ("3.2", cited so), the number TYPED in bold at the start of its paragraph block and followed
  by a space; every block carries a UUID id (deterministic here, :func:`block_id`); a factor list's lead-in is a
  paragraph block and EACH bullet a bulleted-list block of its own (one ``<ul>`` holding one ``<li>``), as Notion
  exports them;
* chapter headings heading blocks ``<h2>`` "3 What happened", subheadings ``<h3>``; the foreword plain paragraph blocks;
* the title-page lines a grey CALLOUT block (``figure.callout``, an emoji beside the text) under the header; a
  "Table of contents" block (``nav.table_of_contents``) of links to the chapter headings' ids;
* the page's PROPERTIES table in the header (:data:`NOTION` ``properties``: the workspace, the status, the tags and the
  export date), never text of the review;
* the recommendations paragraph blocks typed "**Recommendation 3:** text" under their heading;
* the glossary a simple table block (``table.simple-table``) with a header row "Term | Meaning".
Every paragraph's page is ``None``."""

from __future__ import annotations

import html
import uuid
from typing import Any

from . import devset_render as _r

Block = _r.Block

NOTION: dict[str, Any] = {
    "properties": ["Workspace", "Status", "Tags", "Exported"],
    "status": "Published",
    "tags": "Learning reviews",
    "callout_icon": "\U0001f4c4",
    "toc_class": "table_of_contents",
}


def block_id(report_id: str, n: int) -> str:
    """The UUID Notion gave block n of the page (here derived from the report's id, so the export is stable)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"https://www.notion.so/{report_id}/{n}"))


def render_html(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render one two-level review as a Notion page export; return bytes and the expected entry."""
    if report["numbering"] != "two-level":
        raise ValueError("the notion layout renders two-level numbering")
    e = html.escape
    counter = iter(range(1, 10**6))

    def bid() -> str:
        return block_id(report["id"], next(counter))

    chapters = [(b.text, bid()) for b in blocks if b.kind == "heading" and b.level == 1]
    chapter_ids = dict(chapters)
    values = [output["workspace"], NOTION["status"], NOTION["tags"], output["exported"]]
    out = [
        "<html><head>", '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>',
        f"<title>{e(report['title'])}</title>",
        "<style>/* cspell:disable-file */ html{-webkit-print-color-adjust:exact}.page-title{font-size:2.5rem}"
        ".bulleted-list{margin:0}.callout{display:flex}.simple-table{border-collapse:collapse}</style>",
        "</head><body>",
        f'<article id="{block_id(report["id"], 0)}" class="page sans"><header>'
        f'<h1 class="page-title">{e(report["title"])}</h1><p class="page-description"></p>'
        '<table class="properties"><tbody>'
        + "".join(f'<tr class="property-row"><th>{e(k)}</th><td>{e(v)}</td></tr>'
                  for k, v in zip(NOTION["properties"], values, strict=True))
        + "</tbody></table></header>",
        '<div class="page-body">',
        f'<figure class="block-color-gray_background callout" style="white-space:pre-wrap;display:flex" id="{bid()}">'
        f'<div style="font-size:1.5em"><span class="icon">{NOTION["callout_icon"]}</span></div>'
        '<div style="width:100%">'
        + "".join(f'<p id="{bid()}" class="">{e(line)}</p>' for line in _r.title_lines(report)) + "</div></figure>",
        f'<nav id="{bid()}" class="block-color-gray {NOTION["toc_class"]}">'
        + "".join(f'<div class="table_of_contents-item table_of_contents-indent-0">'
                  f'<a class="table_of_contents-link" href="#{i}">{e(c)}</a></div>' for c, i in chapters)
        + "</nav>",
    ]
    for b in blocks:
        if b.kind == "heading":
            if b.level == 1:
                out.append(f'<h2 id="{chapter_ids[b.text]}" class="">{e(b.text)}</h2>')
            else:
                out.append(f'<h3 id="{bid()}" class="">{e(b.text)}</h3>')
        elif b.kind == "unnumbered":
            out.append(f'<p id="{bid()}" class="">{e(b.text)}</p>')
        elif b.kind in ("para", "factor"):
            out.append(f'<p id="{bid()}" class=""><strong>{e(b.label)}</strong> {e(b.text)}</p>')
            out += [f'<ul id="{bid()}" class="bulleted-list"><li style="list-style-type:disc">{e(t)}</li></ul>'
                    for t in b.bullets]
        elif b.kind == "rec":
            out.append(f'<p id="{bid()}" class=""><strong>{e(b.label)}:</strong> {e(b.text)}</p>')
        elif b.kind == "glossary":
            out.append(f'<table id="{bid()}" class="simple-table"><thead class="simple-table-header">'
                       '<tr><th class="simple-table-header-color">Term</th>'
                       '<th class="simple-table-header-color">Meaning</th></tr></thead><tbody>'
                       + "".join(f"<tr><td>{e(a)}</td><td>{e(m)}</td></tr>" for a, m in b.rows)
                       + "</tbody></table>")
    out += ["</div></article>", '<span class="sans" style="font-size:14px;padding-top:2em"></span>',
            "</body></html>", ""]
    result = _r.expected(output, blocks, contents_lines=[c for c, _ in chapters],
                         running_header_lines=[f"{k} {v}" for k, v in zip(NOTION["properties"], values, strict=True)])
    return "\n".join(out).encode("utf-8"), result
