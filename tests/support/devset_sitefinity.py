"""HTML writer for the fictional development set, layout ``sitefinity``: a review published as a page of a site run on
PROGRESS SITEFINITY (the .NET content management system many councils and partnerships use), as Sitefinity serves a
page built in its page editor from a Bootstrap layout and CONTENT BLOCK widgets, the page in "hybrid" mode, so that
ASP.NET's form and view state wrap it:

    <div class="row" data-sf-element="Row">
    <div id="Contentplaceholder1_T7B3C1A04006_Col00" class="sf_colsIn col-md-12" data-sf-element="Column 1" ...>
    <div class="sfContentBlock sf-Long-text"><h2 id="what-happened">3 What happened</h2> ...
    <p><strong>3.5</strong> The referral ...</p>

* the shell: an HTML5 page whose ``<head>`` holds Sitefinity's ``<meta name="Generator" content="Sitefinity
  14.4.8146.0 DX">``, the ``<title>`` as ASP.NET writes it (the page's title between a line break and a tab and a line
  break), the theme's stylesheet from ``/ResourcePackages/Bootstrap5/`` and a canonical link; the body's ``<form
  id="aspnetForm">`` with its ``div.aspNetHidden`` of ``__VIEWSTATE`` and ``__VIEWSTATEGENERATOR`` fields and
  Telerik's ``WebResource.axd`` script;
* the site's HEADER (the logo link and the main menu, its current item ``li.active``), the BREADCRUMB as an ``<ol
  class="breadcrumb">`` in a ``<nav>``, the page in ``<main>``, the FOOTER's links and copyright, the cookie banner;
* in ``<main>`` one Bootstrap ROW per widget (``div.row[data-sf-element=Row]``, its column a ``div.sf_colsIn``
  whose id names the placeholder, the control and "Col00"), each holding one CONTENT BLOCK (``div.sfContentBlock``):
  the first the title as the page's only ``<h1>``, the fiction label and the title-page lines; the second "Contents", a
  ``<ul>`` of links to the chapters' ``<h2>`` ids and a link to the PDF in Sitefinity's document library
  (``/docs/default-source/...pdf?sfvrsn=...``); then ONE CONTENT BLOCK PER CHAPTER, its ``<h2 id>`` and its
  subsections' ``<h3>``; numbering ``two-level`` TYPED in BOLD, ``<strong>3.5</strong>`` and a space opening each
  ``<p>``; a factor list's bullets a ``<ul>``; "Recommendation N:" in ``<strong>``; the glossary a table as the rich
  text editor pastes it, ``<table class="table">`` with no ``<thead>``, its first row's cells ``<td><strong>``.
Every paragraph's page is ``None``. expected.json adds ``site_name``, ``page_title``, ``page_path``, ``pdf_link``,
``columns`` (the content blocks' column ids in order) and ``intro_lines``. The markup follows Sitefinity pages as I
remember them; the version, the ids, the resource paths, the theme's class names and the view state are assumptions,
not compared with a live site."""

from __future__ import annotations

import base64
import hashlib
import html
import re
from typing import Any

from . import devset_render as _r

Block = _r.Block

SITEFINITY: dict[str, Any] = {
    "nav": ["Home", "Worried about a child?", "Practitioners", "Learning reviews", "About the partnership"],
    "contents": "Contents",
    "download": "Download this review (PDF)",
    "footer": ["Accessibility statement", "Privacy", "Cookies", "Contact us"],
    "copyright": "© Tressington Safeguarding Partnership 2025 (fictional)",
    "cookie": "We use cookies to make this site work and to see how it is used.",
    "placeholder": "Contentplaceholder1",
    "control": "T7B3C1A04",
}


def generator(output: dict[str, Any]) -> str:
    """The Generator meta's content, "Sitefinity 14.4.8146.0 DX"."""
    return f"Sitefinity {output['version']} DX"


def slug(text: str) -> str:
    """A chapter's ``<h2>`` id, as the editor's anchors were typed: "3 What happened" -> "what-happened"."""
    words = re.sub(r"[^a-z0-9 ]", "", text.lower()).split()
    return "-".join(w for w in words if not w.isdigit())


def pdf_link(output: dict[str, Any]) -> str:
    """The review's PDF in the document library, with Sitefinity's version query."""
    name = output["path"].rstrip("/").rsplit("/", 1)[-1]
    return f"/docs/default-source/learning-reviews/{name}.pdf?sfvrsn={output['doc_version']}"


def render_html(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render a two-level review as a Sitefinity page of content blocks; return the bytes and the expected entry."""
    if report["numbering"] != "two-level":
        raise ValueError("the sitefinity layout renders two-level numbering")
    e = html.escape
    s = SITEFINITY
    site = f"https://{output['domain']}"
    lines = _r.title_lines(report)
    columns: list[str] = []

    def row(inner: str) -> str:
        cid = f"{s['placeholder']}_{s['control']}{len(columns) + 1:03d}_Col00"
        columns.append(cid)
        return (f'<div class="row" data-sf-element="Row">\n<div id="{cid}" class="sf_colsIn col-md-12" '
                f'data-sf-element="Column 1" data-placeholder-label="Column 1">\n'
                f'<div class="sfContentBlock sf-Long-text">{inner}</div>\n</div>\n</div>')

    chapters: list[str] = []
    chunks: list[list[str]] = []
    for b in blocks:
        if b.kind == "heading" and b.level == 1:
            chapters.append(b.text)
            chunks.append([f'<h2 id="{slug(b.text)}">{e(b.text, quote=False)}</h2>'])
        elif b.kind == "heading":
            chunks[-1].append(f"<h3>{e(b.text, quote=False)}</h3>")
        elif b.kind == "unnumbered":
            chunks[-1].append(f"<p>{e(b.text, quote=False)}</p>")
        elif b.kind in ("para", "factor"):
            chunks[-1].append(f"<p><strong>{e(b.label)}</strong> {e(b.text, quote=False)}</p>")
            if b.bullets:
                chunks[-1].append("<ul>" + "".join(f"<li>{e(t, quote=False)}</li>" for t in b.bullets) + "</ul>")
        elif b.kind == "rec":
            chunks[-1].append(f"<p><strong>{e(b.label)}:</strong> {e(b.text, quote=False)}</p>")
        elif b.kind == "glossary":
            rows = "".join(f"<tr><td>{e(a)}</td><td>{e(m, quote=False)}</td></tr>" for a, m in b.rows)
            chunks[-1].append('<table class="table"><tbody><tr><td><strong>Term</strong></td>'
                              f"<td><strong>Meaning</strong></td></tr>{rows}</tbody></table>")
    intro = (f'<h1>{e(report["title"], quote=False)}</h1>'
             + "".join(f"<p>{e(t, quote=False)}</p>" for t in lines))
    toc = (f'<h2>{e(s["contents"])}</h2><ul>'
           + "".join(f'<li><a href="#{slug(t)}">{e(t, quote=False)}</a></li>' for t in chapters)
           + f'</ul><p><a href="{pdf_link(output)}" target="_blank">{e(s["download"])}</a></p>')
    rows_html = [row(intro), row(toc), *(row("".join(c)) for c in chunks)]
    slugs = ["" if i == 0 else re.sub(r"[^a-z0-9]+", "-", n.lower()).strip("-") for i, n in enumerate(s["nav"])]
    nav = "".join(f'<li class="nav-item active"><a class="nav-link" href="{site}/{sl}">{e(n)}</a></li>'
                  if n == output["section"] else f'<li class="nav-item"><a class="nav-link" href="{site}/{sl}">{e(n)}'
                  f"</a></li>" for n, sl in zip(s["nav"], slugs, strict=True))
    crumbs = (f'<ol class="breadcrumb"><li class="breadcrumb-item"><a href="{site}/">Home</a></li>'
              f'<li class="breadcrumb-item"><a href="{site}/practitioners">Practitioners</a></li>'
              f'<li class="breadcrumb-item"><a href="{site}/practitioners/learning-reviews">{e(output["section"])}'
              f'</a></li><li class="breadcrumb-item active" aria-current="page">{e(report["title"])}</li></ol>')
    digest = hashlib.sha256(report["id"].encode()).digest()
    state = base64.b64encode(digest * 3).decode()
    action = "./" + output["path"].rstrip("/").rsplit("/", 1)[-1]
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        f"<title>\r\n\t{e(report['title'])}\r\n</title>",
        '<meta charset="utf-8" />',
        '<meta name="viewport" content="width=device-width, initial-scale=1" />',
        '<link href="/ResourcePackages/Bootstrap5/assets/dist/css/main.min.css?package=Bootstrap5&amp;v=MTQuNC44MT'
        'Q2LjA%3d" rel="stylesheet" type="text/css" />',
        f'<meta name="Generator" content="{e(generator(output))}" />',
        f'<link rel="canonical" href="{site}{output["path"]}" />',
        "</head>",
        "<body>",
        f'<form method="post" action="{action}" id="aspnetForm">',
        '<div class="aspNetHidden">',
        f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{state}" />',
        "</div>",
        '<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZNZr42xUqmA1cu5uT6JWy71MV02kNwuLGL617JfsWitqyEH-aZNltv'
        'oT6iTz5o5Tlw2&amp;t=638412345678901234" type="text/javascript"></script>',
        '<div class="aspNetHidden">',
        '<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />',
        "</div>",
        '<div class="cookie-notice" role="region" aria-label="Cookies">'
        f'<p>{e(s["cookie"])}</p><button type="button" class="btn btn-primary">Accept</button></div>',
        f'<header class="site-header"><a class="navbar-brand" href="{site}/">{e(output["site_name"])}</a>'
        f'<nav class="navbar navbar-expand-lg" aria-label="Main"><ul class="nav navbar-nav">{nav}</ul></nav>'
        "</header>",
        f'<nav aria-label="Full path to the current page">{crumbs}</nav>',
        '<main id="main-content" class="container">',
        *rows_html,
        "</main>",
        '<footer class="site-footer"><ul class="list-inline">'
        + "".join(f'<li class="list-inline-item"><a href="{site}/{re.sub(r"[^a-z]+", "-", t.lower())}">{e(t)}</a>'
                  "</li>" for t in s["footer"])
        + f'</ul><p class="copyright">{e(s["copyright"])}</p></footer>',
        "</form>",
        "</body>",
        "</html>",
        "",
    ]
    result = _r.expected(output, blocks, contents_lines=list(chapters),
                         running_header_lines=[s["cookie"], output["site_name"], *s["nav"],
                                               f"Home Practitioners {output['section']} {report['title']}",
                                               s["contents"], s["download"], *s["footer"], s["copyright"]],
                         site_name=output["site_name"], page_title=report["title"], page_path=output["path"],
                         pdf_link=pdf_link(output), columns=list(columns), intro_lines=list(lines))
    return "\n".join(out).encode("utf-8"), result
