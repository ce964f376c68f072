"""HTML writer for the fictional development set, layout ``contensis``: a review published as an ARTICLE PAGE OF A
CONTENSIS SITE (the content management system many UK councils and partnerships run; the partnership's business
support officer pastes the review into the article's rich text in the editor), as Contensis's older ASP.NET
WebForms delivery serves the page:

    <form method="post" action="/article/2417/Learning-review-Frankie" id="form1"> ... __VIEWSTATE ...
    <div id="cphContent_sys_txt" class="sys_txt"> ...
    <h2><a id="chapter3" name="chapter3"></a>3 What happened</h2>
    <p>3.4&nbsp;&nbsp;The health visitor's new birth visit ...</p>

* the shell: an XHTML 1.0 Transitional doctype, ``<meta name="generator" content="Contensis CMS Version 11.3">``,
  the e-GMS metadata councils' sites carry (``DC.title``, ``DC.creator``, ``DC.date.modified``,
  ``eGMS.subject.category``), the site's stylesheet under ``/SiteElements/``; the whole body inside ASP.NET's
  ``<form id="form1">`` with its hidden ``__VIEWSTATE`` and ``__VIEWSTATEGENERATOR`` fields, ``WebResource.axd``
  scripts at the end;
* the site's HEADER (a skip link, the logo link, the top menu ``ul.sys_simpleListMenu`` whose items carry
  ``sys_first`` and, for the section, ``sys_selected``), the BREADCRUMB ("You are here: Home > Learning reviews >
  ..." in ``span.sys_breadcrumbs``), a right-hand column of related documents and the FOOTER's links and copyright;
* the article in ``div#content``: the title as the only ``<h1>``, then the rich text in ``div.sys_txt``: the fiction
  label and the title-page lines each a ``<p class="intro">``, a "Contents" ``<h2>`` and a ``<ul>`` of links to the
  chapters' NAMED ANCHORS (the editor's ``<a id="chapter3" name="chapter3"></a>`` inside each chapter's ``<h2>``),
  subsections ``<h3>``; numbering ``two-level`` TYPED, "3.4" and two non-breaking spaces opening each ``<p>``; a
  factor list's bullets a ``<ul>`` after its lead-in; "Recommendation N:" in ``<strong>``; the glossary a
  ``table.sys_table`` with a ``<thead>`` of ``<th scope="col">`` cells; after the rich text the page's tools (print,
  share) and "Last updated", then the "Was this page helpful?" form.
Every paragraph's page is ``None``. expected.json adds ``site_name``, ``page_title``, ``article_path``, ``anchors``
(the chapters' anchor ids) and ``intro_lines``. The markup follows Contensis council pages as I remember them; the
class names, the view state and the site's chrome are assumptions, not compared with a live site."""

from __future__ import annotations

import base64
import datetime as _dt
import hashlib
import html
from typing import Any

from . import devset_render as _r

Block = _r.Block

GENERATOR = "Contensis CMS Version 11.3"
CONTENSIS: dict[str, Any] = {
    "nav": ["Home", "Worried about a child?", "For professionals", "Learning reviews", "About us"],
    "crumb": "You are here:",
    "contents": "Contents",
    "tools": ["Print this page", "Share this page"],
    "updated": "Last updated:",
    "helpful": "Was this page helpful?",
    "related": "Related documents",
    "documents": ["Frankie learning review: seven minute briefing (PDF, 214KB)"],
    "footer": ["Accessibility", "Privacy notice", "Cookies", "Contact us"],
    "copyright": "© Cresswold Children's Safeguarding Partnership 2025 (fictional)",
    "nbsp": "\u00a0\u00a0",
}


def page_title(report: dict[str, Any], output: dict[str, Any]) -> str:
    return f"{report['title']} - {output['site_name']}"


def anchor(index: int) -> str:
    """The named anchor the editor puts in a chapter's heading: "chapter3"."""
    return f"chapter{index}"


def modified(output: dict[str, Any]) -> str:
    """The "Last updated" date as the page prints it, "9 December 2025"."""
    when = _dt.date.fromisoformat(output["modified"])
    return f"{when.day} {when:%B %Y}"


def render_html(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render a two-level review as a Contensis article page; return the bytes and the expected entry."""
    if report["numbering"] != "two-level":
        raise ValueError("the contensis layout renders two-level numbering")
    e = html.escape
    c = CONTENSIS
    title = page_title(report, output)
    lines = _r.title_lines(report)
    intro = [f'<p class="intro">{e(t, quote=False)}</p>' for t in lines]
    chapters: list[tuple[str, str]] = []
    body: list[str] = []
    for b in blocks:
        if b.kind == "heading" and b.level == 1:
            aid = anchor(len(chapters) + 1)
            chapters.append((aid, b.text))
            body.append(f'<h2><a id="{aid}" name="{aid}"></a>{e(b.text, quote=False)}</h2>')
        elif b.kind == "heading":
            body.append(f"<h3>{e(b.text, quote=False)}</h3>")
        elif b.kind == "unnumbered":
            body.append(f"<p>{e(b.text, quote=False)}</p>")
        elif b.kind in ("para", "factor"):
            body.append(f"<p>{e(b.label)}&nbsp;&nbsp;{e(b.text, quote=False)}</p>")
            if b.bullets:
                body.append("<ul>" + "".join(f"<li>{e(t, quote=False)}</li>" for t in b.bullets) + "</ul>")
        elif b.kind == "rec":
            body.append(f"<p><strong>{e(b.label)}:</strong> {e(b.text, quote=False)}</p>")
        elif b.kind == "glossary":
            rows = "".join(f"<tr><td>{e(a)}</td><td>{e(m, quote=False)}</td></tr>" for a, m in b.rows)
            body.append('<table class="sys_table" summary="Glossary of terms used in this review"><thead><tr>'
                        '<th scope="col">Term</th><th scope="col">Meaning</th></tr></thead><tbody>' + rows
                        + "</tbody></table>")
    contents = [f"<h2>{e(c['contents'])}</h2>",
                "<ul>" + "".join(f'<li><a href="#{aid}">{e(t, quote=False)}</a></li>' for aid, t in chapters)
                + "</ul>"]
    rich = "".join(intro) + "".join(contents) + "".join(body)
    seed = hashlib.sha256(output["path"].encode()).digest()
    viewstate = "/wEPDwUKLTM" + base64.b64encode(seed * 2).decode("ascii") + "ZGQ="
    nav = "".join(
        f'<li class="{" ".join(k for k, on in (("sys_first", i == 0), ("sys_selected", n == output["section"])) if on)}'
        f'"><a href="/{"" if n == "Home" else n.lower().replace(" ", "-").strip("?")}">{e(n)}</a></li>'
        for i, n in enumerate(c["nav"]))
    nav = nav.replace(' class=""', "")
    crumbs = (f'<span class="sys_breadcrumbs">{e(c["crumb"])} <a href="/">Home</a> <span class="sys_separator">&gt;'
              f'</span> <a href="/learning-reviews">{e(output["section"])}</a> <span class="sys_separator">&gt;</span> '
              f'<span class="sys_current">{e(report["title"])}</span></span>')
    out = [
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
        '<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en">',
        "<head>",
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />',
        f"<title>{e(title)}</title>",
        f'<meta name="generator" content="{GENERATOR}" />',
        f'<meta name="DC.title" content="{e(report["title"])}" />',
        f'<meta name="DC.creator" content="{e(output["site_name"])}" />',
        f'<meta name="DC.date.modified" content="{output["modified"]}" />',
        '<meta name="eGMS.subject.category" scheme="eGMS.LGCL" content="Child protection" />',
        f'<meta name="description" content="{e(lines[3])}" />',
        '<link href="/SiteElements/Stylesheets/main.css" rel="stylesheet" type="text/css" />',
        '<link href="/SiteElements/Stylesheets/print.css" rel="stylesheet" type="text/css" media="print" />',
        "</head>",
        f'<body class="sys_article sys_article_{output["article_id"]}">',
        f'<form method="post" action="{output["path"]}" id="form1">',
        '<div class="aspNetHidden">',
        f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate}" />',
        "</div>",
        '<div class="aspNetHidden">',
        '<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />',
        "</div>",
        '<div id="wrapper">',
        '<div id="header"><a id="skip" href="#content">Skip to main content</a>'
        f'<a id="logo" href="/">{e(output["site_name"])}</a>'
        f'<ul id="topNav" class="sys_simpleListMenu">{nav}</ul></div>',
        f'<div id="breadcrumb">{crumbs}</div>',
        '<div id="main">',
        '<div id="content" class="sys_content">',
        f"<h1>{e(report['title'], quote=False)}</h1>",
        f'<div id="cphContent_sys_txt" class="sys_txt">{rich}</div>',
        '<ul class="sys_pageTools">' + "".join(
            f'<li><a href="#" class="sys_tool_{i}">{e(t)}</a></li>' for i, t in enumerate(c["tools"], start=1))
        + "</ul>",
        f'<p class="sys_lastModified">{e(c["updated"])} {modified(output)}</p>',
        f'<div class="sys_rating"><p>{e(c["helpful"])}</p><input type="submit" name="ctl00$rating$yes" value="Yes" />'
        '<input type="submit" name="ctl00$rating$no" value="No" /></div>',
        "</div>",
        f'<div id="rightColumn"><div class="sys_relatedLinks"><h2>{e(c["related"])}</h2><ul>'
        + "".join(f'<li><a href="/media/{output["article_id"]}/briefing.pdf">{e(t)}</a></li>' for t in c["documents"])
        + "</ul></div></div>",
        "</div>",
        '<div id="footer"><ul class="sys_footerLinks">'
        + "".join(f'<li><a href="/{t.lower().replace(" ", "-")}">{e(t)}</a></li>' for t in c["footer"])
        + f'</ul><p class="copyright">{e(c["copyright"])}</p></div>',
        "</div>",
        '<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZA2&amp;t=638250000000000000" type="text/javascript">'
        "</script>",
        "</form>",
        "</body>",
        "</html>",
        "",
    ]
    result = _r.expected(output, blocks, contents_lines=[t for _aid, t in chapters],
                         running_header_lines=["Skip to main content", output["site_name"], *c["nav"],
                                               f"{c['crumb']} Home > {output['section']} > {report['title']}",
                                               *c["tools"], f"{c['updated']} {modified(output)}", c["helpful"],
                                               c["related"], *c["documents"], *c["footer"], c["copyright"]],
                         site_name=output["site_name"], page_title=title, article_path=output["path"],
                         anchors=[aid for aid, _t in chapters], intro_lines=list(lines))
    return "\n".join(out).encode("utf-8"), result
