"""HTML writer for the fictional development set, layout ``typo3``: a review published as a page of a TYPO3 site (the
open source content management system many councils and partnerships run), as TYPO3 with its Fluid Styled Content
templates serves the page. The partnership's web officer builds the page from CONTENT ELEMENTS: a text element for the
fiction label and the title-page lines, a "Menu of sections" element listing the page's chapters, then for each
chapter a "Header" element (its ``<h2>``) followed by one "Text" element per subsection, the subsection's heading the
element's own ``<h3>`` header and its paragraphs pasted into the rich text editor:

    <div id="c1238" class="frame frame-default frame-type-text frame-layout-0">
    <header><h3 class="">Moving home, 2023</h3></header>
    <p>3.5&nbsp;The transition began in May 2023 ...</p>
    </div>

* the shell: an HTML5 page with TYPO3's own signature, the HTML COMMENT "This website is powered by TYPO3 - inspiring
  people to share! ..." at the top of the ``<head>``, ``<meta name="generator" content="TYPO3 CMS">``, ``<title>``
  "Site: Title" (TYPO3's default page title, the site's name before the page's), the stylesheets TYPO3 concatenates
  into ``/typo3temp/assets/compressed/`` and a canonical link;
* the site's HEADER (the logo link, the main menu whose current item is ``li.active``), the BREADCRUMB as a list,
  the page in ``<main>`` (the title as the only ``<h1>``), the "Last updated" line and the FOOTER's links and
  copyright, and the cookie banner;
* each content element a ``div#cN.frame.frame-default.frame-type-X`` (N its uid, numbered from the page's first,
  rising by one), a header element's only child its ``<header><h2>``; the menu of sections a ``<ul>`` of links to the
  chapters' header elements ("#c1236"); numbering ``two-level`` TYPED, "3.5" and a NON-BREAKING SPACE opening each
  ``<p>`` as the rich text editor keeps it; a factor list's bullets a ``<ul>`` after its lead-in; "Recommendation N:" in
  ``<strong>``; the glossary a "Table" element, ``table.ce-table`` with a ``<thead>`` of ``<th scope="col">``.
Every paragraph's page is ``None``. expected.json adds ``site_name``, ``page_title``, ``page_path``, ``elements`` (the
content elements' ids in order with their types) and ``intro_lines``. The markup follows TYPO3 pages and Fluid Styled
Content's templates as I remember them; the uids, the asset paths, the theme's class names and the comment's wording
are assumptions, not compared with a live site."""

from __future__ import annotations

import datetime as _dt
import html
from typing import Any

from . import devset_render as _r

Block = _r.Block

SIGNATURE = ("This website is powered by TYPO3 - inspiring people to share!",
             "TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and "
             "licensed under GNU/GPL.",
             "TYPO3 is copyright 1998-2025 of Kasper Skaarhoj. Extensions are copyright of their respective owners.",
             "Information and contribution at https://typo3.org/")
NBSP = "\u00a0"
TYPO3: dict[str, Any] = {
    "nav": ["Home", "Worried about a child?", "Professionals", "Learning from reviews", "About us"],
    "sections_header": "On this page",
    "updated": "Last updated:",
    "footer": ["Accessibility", "Privacy notice", "Cookies", "Contact the partnership"],
    "copyright": "© Drevenham Safeguarding Partnership 2025 (fictional)",
    "cookie": "This site uses cookies to make it work and to help us improve it.",
    "first_uid": 1234,
}


def page_title(report: dict[str, Any], output: dict[str, Any]) -> str:
    """TYPO3's default page title: the site's name, a colon and the page's title."""
    return f"{output['site_name']}: {report['title']}"


def updated(output: dict[str, Any]) -> str:
    """The "Last updated" date as the page prints it, "20/11/2025"."""
    return f"{_dt.date.fromisoformat(output['modified']):%d/%m/%Y}"


def render_html(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render a two-level review as a TYPO3 page of content elements; return the bytes and the expected entry."""
    if report["numbering"] != "two-level":
        raise ValueError("the typo3 layout renders two-level numbering")
    e = html.escape
    s = TYPO3
    site = f"https://{output['domain']}"
    title = page_title(report, output)
    lines = _r.title_lines(report)
    uid = [s["first_uid"]]

    def frame(kind: str, inner: str) -> tuple[str, str, str]:
        cid = f"c{uid[0]}"
        uid[0] += 1
        return cid, kind, f'<div id="{cid}" class="frame frame-default frame-type-{kind} frame-layout-0">{inner}</div>'

    elements: list[tuple[str, str, str]] = []
    chapters: list[tuple[str, str]] = []
    elements.append(frame("text", "".join(f"<p>{e(t, quote=False)}</p>" for t in lines)))
    elements.append(("", "menu_section", ""))  # filled in once the chapters' ids are known
    uid[0] += 1
    open_text: list[str] | None = None
    text_header = ""

    def close() -> None:
        nonlocal open_text
        if open_text:
            elements.append(frame("text", text_header + "".join(open_text)))
        open_text = None

    for b in blocks:
        if b.kind == "heading" and b.level == 1:
            close()
            el = frame("header", f'<header><h2 class="">{e(b.text, quote=False)}</h2></header>')
            chapters.append((el[0], b.text))
            elements.append(el)
            open_text, text_header = [], ""
        elif b.kind == "heading":
            close()
            open_text, text_header = [], f'<header><h3 class="">{e(b.text, quote=False)}</h3></header>'
        elif b.kind == "unnumbered":
            open_text.append(f"<p>{e(b.text, quote=False)}</p>")
        elif b.kind in ("para", "factor"):
            open_text.append(f"<p>{e(b.label)}{NBSP}{e(b.text, quote=False)}</p>")
            if b.bullets:
                open_text.append("<ul>" + "".join(f"<li>{e(t, quote=False)}</li>" for t in b.bullets) + "</ul>")
        elif b.kind == "rec":
            open_text.append(f"<p><strong>{e(b.label)}:</strong> {e(b.text, quote=False)}</p>")
        elif b.kind == "glossary":
            close()
            rows = "".join(f"<tr><td>{e(a)}</td><td>{e(m, quote=False)}</td></tr>" for a, m in b.rows)
            elements.append(frame("table", '<table class="ce-table"><thead><tr><th scope="col">Term</th>'
                                           '<th scope="col">Meaning</th></tr></thead><tbody>' + rows
                                  + "</tbody></table>"))
    close()
    menu_id = f"c{s['first_uid'] + 1}"
    links = "".join(f'<li><a href="{output["path"]}#{cid}" title="{e(t)}"><span>{e(t, quote=False)}</span></a></li>'
                    for cid, t in chapters)
    elements[1] = (menu_id, "menu_section",
                   f'<div id="{menu_id}" class="frame frame-default frame-type-menu_section frame-layout-0">'
                   f'<header><h2 class="">{e(s["sections_header"])}</h2></header><ul>{links}</ul></div>')
    slugs = ["" if i == 0 else n.lower().split()[0].strip("?") + "/" for i, n in enumerate(s["nav"])]
    nav = "".join(f'<li class="active"><a href="{site}/{slug}">{e(n)}</a></li>' if n == output["section"]
                  else f'<li><a href="{site}/{slug}">{e(n)}</a></li>' for n, slug in zip(s["nav"], slugs, strict=True))
    crumbs = (f'<ul class="breadcrumb"><li><a href="{site}/">Home</a></li>'
              f'<li><a href="{site}/professionals/">Professionals</a></li>'
              f'<li><a href="{site}/professionals/learning-from-reviews/">{e(output["section"])}</a></li>'
              f'<li class="active">{e(report["title"])}</li></ul>')
    when = updated(output)
    out = [
        "<!DOCTYPE html>",
        '<html lang="en-GB">',
        "<head>",
        "",
        '<meta charset="utf-8">',
        "<!-- ",
        *(f"\t{line}" for line in SIGNATURE),
        "-->",
        f"<title>{e(title)}</title>",
        '<meta name="generator" content="TYPO3 CMS">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<link rel="stylesheet" href="/typo3temp/assets/compressed/merged-3c1e2f77b1f0a5d7e0c44a8b9d1e6f21.css?1731'
        '946800" media="all">',
        f'<link rel="canonical" href="{site}{output["path"]}">',
        "</head>",
        f'<body id="p{output["page_uid"]}" class="page-{output["page_uid"]} pagelevel-3 language-0 backendlayout-'
        'default layout-default">',
        '<div class="cookie-notice" role="region" aria-label="Cookies">'
        f'<p>{e(s["cookie"])}</p><button type="button">OK</button></div>',
        f'<header class="page-header"><a class="page-header__logo" href="{site}/">{e(output["site_name"])}</a>'
        f'<nav class="main-navigation" aria-label="Main"><ul>{nav}</ul></nav></header>',
        f'<nav class="breadcrumb-section" aria-label="Breadcrumb">{crumbs}</nav>',
        '<main id="page-content" class="section section-default">',
        f'<h1 class="page-title">{e(report["title"], quote=False)}</h1>',
        '<!--TYPO3SEARCH_begin-->',
        *(el for _cid, _kind, el in elements),
        '<!--TYPO3SEARCH_end-->',
        f'<p class="page-updated">{e(s["updated"])} {when}</p>',
        "</main>",
        '<footer class="page-footer"><ul>'
        + "".join(f'<li><a href="{site}/{t.lower().split()[0]}/">{e(t)}</a></li>' for t in s["footer"])
        + f'</ul><p class="page-footer__copyright">{e(s["copyright"])}</p></footer>',
        "</body>",
        "</html>",
        "",
    ]
    result = _r.expected(output, blocks, contents_lines=[t for _cid, t in chapters],
                         running_header_lines=[s["cookie"], output["site_name"], *s["nav"],
                                               f"Home Professionals {output['section']} {report['title']}",
                                               s["sections_header"], f"{s['updated']} {when}",
                                               *s["footer"], s["copyright"]],
                         site_name=output["site_name"], page_title=title, page_path=output["path"],
                         elements=[[cid, kind] for cid, kind, _el in elements], intro_lines=list(lines))
    return "\n".join(out).encode("utf-8"), result
