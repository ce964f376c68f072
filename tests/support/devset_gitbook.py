"""HTML writer for the fictional development set, layout ``gitbook``: a review published as one page of a board's
learning library on GITBOOK (a hosted docs site), saved as the page the browser receives:

    <header class="gb-header"> ... <span class="space-title">Ellerdyke SAB Learning Library</span> ...
    <button class="search-button" aria-label="Search">Search...<kbd>Ctrl</kbd><kbd>K</kbd></button>
    <aside class="gb-sidebar" data-testid="table-of-contents"> ...
    <h2 id="3-what-happened" class="heading"><a href="#3-what-happened" class="heading-anchor"
    aria-label="Direct link to heading"><svg class="gb-icon" ...></svg></a>3 What happened</h2>
    <div class="gb-block block-paragraph" id="para-3-4"><a href="#para-3-4" class="block-anchor"
    aria-label="Direct link to block"><svg class="gb-icon" ...></svg></a><p><span class="para-no">3.4</span>
    On 12 February ...</p></div>

* numbering ``two-level``: chapter headings ``<h2>`` "3 What happened", each opening with an ICON-ONLY anchor link
  (an ``<svg>``, no text); each numbered paragraph a GitBook BLOCK (``div.gb-block`` with the id ``para-3-4``) that
  opens with an icon-only "Direct link to block" anchor, then the ``<p>`` whose first child is the number in
  ``span.para-no``; a factor list's bullets a ``<ul>`` inside the same block after the ``<p>``;
* the title the page's ``<h1>``, the title-page lines in an "info" HINT block (``div.hint.hint-info``);
* the HEADER with the space's title and a "Search..." button (Ctrl K), the LEFT sidebar of the library's pages (this
  one active), the RIGHT "On this page" list of the chapters (contents_lines);
* "Recommendation N:" in ``<strong>``, the glossary a table "Term" / "Meaning";
* after the article "Last updated ...", the "Was this helpful?" buttons, the "Previous"/"Next" page links and
  "Powered by GitBook" (running_header_lines).
Every paragraph's page is ``None``."""

from __future__ import annotations

import html
import re
from typing import Any

from . import devset_render as _r

Block = _r.Block

GITBOOK: dict[str, Any] = {
    "generator": "GitBook (a3f9c21)",
    "search": "Search...",
    "on_this_page": "On this page",
    "helpful": "Was this helpful?",
    "previous": "Previous",
    "next": "Next",
    "powered": "Powered by GitBook",
    "heading_anchor": "Direct link to heading",
    "block_anchor": "Direct link to block",
    "glossary_head": ["Term", "Meaning"],
}
_ICON = ('<svg class="gb-icon" aria-hidden="true" viewBox="0 0 24 24" width="14" height="14"><path d="M10 13a5 5 0 0 0 '
         '7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7"/></svg>')


def heading_id(heading: str) -> str:
    """GitBook's anchor for a heading: lower case, runs of other characters a single hyphen."""
    return re.sub(r"[^a-z0-9]+", "-", heading.lower()).strip("-")


def para_id(label: str) -> str:
    return "para-" + label.replace(".", "-")


def render_html(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render one two-level review as a GitBook page; return bytes and the expected entry."""
    if report["numbering"] != "two-level":
        raise ValueError("the gitbook layout renders two-level numbering")
    e = html.escape
    space, short = output["space_title"], output["short_name"]
    chapters: list[str] = []
    out = [
        "<!DOCTYPE html>",
        '<html lang="en" class="theme-clean sidebar-default">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta name="generator" content="{GITBOOK["generator"]}">',
        f"<title>{e(short)} | {e(space)}</title>",
        '<link rel="stylesheet" href="/~gitbook/static/css/app.8c2e4f1a.css">',
        "</head>",
        '<body class="gb-body">',
        '<header class="gb-header"><div class="header-inner">',
        f'<a class="space-link" href="/"><span class="space-title">{e(space)}</span></a>',
        f'<button type="button" class="search-button" aria-label="Search"><span class="search-placeholder">'
        f'{GITBOOK["search"]}</span><kbd>Ctrl</kbd><kbd>K</kbd></button>',
        "</div></header>",
        '<div class="gb-layout">',
        '<aside class="gb-sidebar" data-testid="table-of-contents"><nav><ul class="toc-pages">',
        '<li class="toc-page"><a href="/">Welcome</a></li>',
        '<li class="toc-group"><div class="toc-group-title">Learning reviews</div><ul>',
        f'<li class="toc-page toc-page-active"><a aria-current="page" href="#">{e(short)}</a></li>',
        '<li class="toc-page"><a href="/reviews/seven-minute-briefings">Seven-minute briefings</a></li>',
        "</ul></li></ul></nav></aside>",
        '<main class="gb-main"><article class="gb-page">',
        f'<header class="page-header"><h1 class="page-title">{e(report["title"])}</h1></header>',
        '<div class="hint hint-info" data-hint-style="info"><div class="hint-icon">' + _ICON + "</div>"
        '<div class="hint-content">' + "".join(f"<p>{e(line)}</p>" for line in _r.title_lines(report))
        + "</div></div>",
    ]
    for b in blocks:
        if b.kind == "heading":
            text = b.text
            hid = heading_id(text)
            out.append(f'<h2 id="{hid}" class="heading"><a href="#{hid}" class="heading-anchor" '
                       f'aria-label="{GITBOOK["heading_anchor"]}">{_ICON}</a>{e(text)}</h2>')
            chapters.append(text)
        elif b.kind == "unnumbered":
            out.append(f'<div class="gb-block block-paragraph"><p>{e(b.text)}</p></div>')
        elif b.kind in ("para", "factor"):
            pid = para_id(b.label)
            bullets = ("<ul>" + "".join(f"<li><p>{e(t)}</p></li>" for t in b.bullets) + "</ul>") if b.bullets else ""
            out.append(f'<div class="gb-block block-paragraph" id="{pid}"><a href="#{pid}" class="block-anchor" '
                       f'aria-label="{GITBOOK["block_anchor"]}">{_ICON}</a><p><span class="para-no">'
                       f"{e(b.label)}</span> {e(b.text)}</p>{bullets}</div>")
        elif b.kind == "rec":
            out.append(f'<div class="gb-block block-paragraph"><p><strong>{e(b.label)}:</strong> {e(b.text)}</p></div>')
        elif b.kind == "glossary":
            head = "".join(f"<th>{h}</th>" for h in GITBOOK["glossary_head"])
            rows = "".join(f"<tr><td>{e(a)}</td><td>{e(m)}</td></tr>" for a, m in b.rows)
            out.append(f'<div class="gb-block block-table"><table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody>'
                       "</table></div>")
    out += [
        "</article>",
        f'<div class="page-footer"><p class="last-updated">{e(output["updated"])}</p>',
        f'<div class="page-feedback"><span>{GITBOOK["helpful"]}</span><button aria-label="Yes">Yes</button>'
        '<button aria-label="No">No</button></div></div>',
        '<nav class="page-navigation"><a class="nav-prev" href="/"><span class="nav-sublabel">'
        f'{GITBOOK["previous"]}</span><span class="nav-label">Welcome</span></a>'
        '<a class="nav-next" href="/reviews/seven-minute-briefings"><span class="nav-sublabel">'
        f'{GITBOOK["next"]}</span><span class="nav-label">Seven-minute briefings</span></a></nav>',
        "</main>",
        f'<aside class="gb-outline"><div class="outline-title">{GITBOOK["on_this_page"]}</div><ul>',
    ]
    out += [f'<li><a href="#{heading_id(c)}">{e(c)}</a></li>' for c in chapters]
    out += [
        "</ul></aside>",
        "</div>",
        f'<footer class="gb-footer"><a href="https://www.gitbook.com/" class="powered-by">{GITBOOK["powered"]}</a>'
        "</footer>",
        '<script src="/~gitbook/static/js/app.5b7d9e0c.js" async></script>',
        "</body></html>",
        "",
    ]
    running = [space, GITBOOK["search"], short, GITBOOK["on_this_page"], output["updated"], GITBOOK["helpful"],
               GITBOOK["previous"], GITBOOK["next"], GITBOOK["powered"]]
    result = _r.expected(output, blocks, contents_lines=chapters, running_header_lines=running)
    return "\n".join(out).encode("utf-8"), result
