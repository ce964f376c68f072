"""HTML writer for the fictional development set, layout ``kentico``: a review published as a PAGE of a site built on
KENTICO CMS with its Portal Engine (an ASP.NET Web Forms application), as the site serves it:

    <title>Site name - Page name</title>
    <body class="LTR Chrome ENGB ContentBody">
    <form method="post" action="/Professionals/Learning-reviews/Baby-Ada-learning-review.aspx" id="form">
    <div class="aspNetHidden"><input type="hidden" name="__CMSCsrfToken" ... /><input ... name="__VIEWSTATE" ... />
    <ul id="menuElem" class="CMSListMenuUL"><li class="CMSListMenuHighlightedLI"> ...
    <a href="/Home.aspx" class="CMSBreadCrumbsLink">Home</a> &gt; ... <span class="CMSBreadCrumbsCurrentItem">...</span>
    <div id="p_lt_ctl03_pageplaceholder_p_lt_ctl01_MainText_ucEditableText"> ... <p>12.&nbsp;The ...</p>

* the shell: the ``<title>`` in Kentico's default page title format "{%prefix%} - {%pagetitle_orelse_name%}", the
  SITE'S NAME FIRST and the page's name after a hyphen; the ``http-equiv`` meta tags the Portal Engine writes
  (content type, pragma no-cache, content-style-type and content-script-type), the description and keywords; the
  site's stylesheet served by ``/CMSPages/GetResource.ashx?stylesheetname=...``; ``<body>`` classed by the
  text direction, the browser and the culture ("LTR Chrome ENGB ContentBody");
* the whole page inside ASP.NET's one ``<form id="form">`` posting back to the page's own URL, which ends in
  ``.aspx``; the hidden fields in ``div.aspNetHidden`` (``__CMSCsrfToken``, ``__EVENTTARGET``, ``__EVENTARGUMENT``,
  ``__VIEWSTATE``) and the ``WebResource.axd`` and ``ScriptResource.axd`` scripts;
* the header's logo from the MEDIA LIBRARY (``/getmedia/<guid>/qscp-logo.aspx``) with the site's name as its
  ``alt``; the CSS LIST MENU web part (``ul#menuElem.CMSListMenuUL``), every item ``li.CMSListMenuLI`` with an
  ``a.CMSListMenuLink`` and the section the page is in "highlighted" (``CMSListMenuHighlightedLI`` and
  ``CMSListMenuLinkHighlighted``); the BREADCRUMBS web part, links ``a.CMSBreadCrumbsLink`` and the page
  ``span.CMSBreadCrumbsCurrentItem``, separated by " &gt; ";
* the review in ONE EDITABLE TEXT web part whose ``id`` is the control's client id
  (``p_lt_ctl03_pageplaceholder_p_lt_ctl01_MainText_ucEditableText``), as the editor (CKEditor) saved it: the
  page's ``<h1>``, the fiction label in ``<em>`` and the other title-page lines, a link to the PDF attached in the
  media library (``/getmedia/<guid>/<alias>.aspx?ext=.pdf``), "Contents" in an ``<h2>`` over a list of links to the
  chapters, each chapter an ``<h2>`` after the editor's named anchor (``<a name="chapter-3"></a>``), sections
  ``<h3>``, all unnumbered; numbering ``single`` TYPED "12." and a NON-BREAKING SPACE at the start of each ``<p>``
  (the editor keeps the space typed after the number as ``&nbsp;``, so that it never breaks), a factor list's bullets a
  ``<ul>``, "Recommendation N:" in ``<strong>``, the glossary a table as CKEditor inserts one (``border="1"
  cellpadding="5" cellspacing="0"``, its first row a ``<thead>`` of ``<th scope="col">``);
* under the content "Page last updated: 14/10/2025" (the page's modified date in the UK form); the footer's links and
  copyright line.
Every paragraph's page is ``None``. expected.json adds ``site_name``, ``page_title``, ``page_url``, ``breadcrumbs``,
``updated``, ``intro_lines`` and ``pdf_link``. The markup follows the Kentico Portal Engine's web parts as I remember
them; the client ids, the GUIDs (stand-ins made from the paths), the media URLs' form and the date line are
assumptions, not compared with a live Kentico site."""

from __future__ import annotations

import hashlib
import html
import uuid
from datetime import date
from typing import Any

from . import devset_render as _r

Block = _r.Block

KENTICO: dict[str, Any] = {
    "menu": ["Home", "Worried about a child?", "Professionals", "Parents and carers", "About us"],
    "contents": "Contents",
    "pdf_text": "Download the full report (PDF, 1.1 MB)",
    "updated": "Page last updated:",
    "footer_links": ["Accessibility", "Privacy and cookies", "Contact us"],
    "text_id": "p_lt_ctl03_pageplaceholder_p_lt_ctl01_MainText_ucEditableText",
    "stylesheet": "QSCP_Main",
}


def url_name(text: str) -> str:
    """A page's name as the Portal Engine makes it into a URL: "Learning reviews" -> "Learning-reviews"."""
    return "-".join(text.split())


def page_title(report: dict[str, Any], output: dict[str, Any]) -> str:
    """The ``<title>``: the site's name (the title prefix), a hyphen and the page's name."""
    return f"{output['site_name']} - {report['title']}"


def updated(output: dict[str, Any]) -> str:
    """The date line's date: "14/10/2025"."""
    return f"{date.fromisoformat(output['updated']):%d/%m/%Y}"


def guid(path: str) -> str:
    """A media file's GUID (here a stand-in made from its path)."""
    return str(uuid.UUID(hashlib.md5(path.encode()).hexdigest()))


def render_html(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render a single-numbered review as a Kentico Portal Engine page; return the bytes and the expected entry."""
    if report["numbering"] != "single":
        raise ValueError("the kentico layout renders single numbering")
    e = html.escape
    k = KENTICO
    site = f"https://{output['domain']}"
    parents = ["/" + "/".join(url_name(p) for p in output["path"][: i + 1]) for i in range(len(output["path"]))]
    url = f"{parents[-1]}/{output['alias']}.aspx"
    lines = _r.title_lines(report)
    pdf = f"/getmedia/{guid(output['alias'] + '.pdf')}/{output['alias']}.aspx?ext=.pdf"
    logo = f"/getmedia/{guid('qscp-logo')}/qscp-logo.aspx"
    body: list[str] = []
    chapters: list[str] = []
    for b in blocks:
        if b.kind == "heading" and b.level == 1:
            chapters.append(b.text)
            body.append(f'<a name="chapter-{len(chapters)}"></a>')
            body.append(f"<h2>{e(b.text, quote=False)}</h2>")
        elif b.kind == "heading":
            body.append(f"<h3>{e(b.text, quote=False)}</h3>")
        elif b.kind == "unnumbered":
            body.append(f"<p>{e(b.text, quote=False)}</p>")
        elif b.kind in ("para", "factor"):
            body.append(f"<p>{e(b.label)}.&nbsp;{e(b.text, quote=False)}</p>")
            if b.bullets:
                body.append("<ul>\n" + "\n".join(f"\t<li>{e(t, quote=False)}</li>" for t in b.bullets) + "\n</ul>")
        elif b.kind == "rec":
            body.append(f"<p><strong>{e(b.label)}:</strong> {e(b.text, quote=False)}</p>")
        elif b.kind == "glossary":
            rows = "\n".join(f"\t\t<tr>\n\t\t\t<td>{e(a)}</td>\n\t\t\t<td>{e(m, quote=False)}</td>\n\t\t</tr>"
                             for a, m in b.rows)
            body.append('<table border="1" cellpadding="5" cellspacing="0" style="width: 100%;">\n\t<thead>\n'
                        '\t\t<tr>\n\t\t\t<th scope="col">Term</th>\n\t\t\t<th scope="col">Meaning</th>\n\t\t</tr>\n'
                        f"\t</thead>\n\t<tbody>\n{rows}\n\t</tbody>\n</table>")
    contents = "\n".join(f'\t<li><a href="#chapter-{i}">{e(t, quote=False)}</a></li>'
                         for i, t in enumerate(chapters, 1))
    menu = []
    for n in k["menu"]:
        href = "/Home.aspx" if n == "Home" else f"/{url_name(n.rstrip('?'))}.aspx"
        lit = n == output["path"][0]
        menu.append(f'<li class="{"CMSListMenuHighlightedLI" if lit else "CMSListMenuLI"}">'
                    f'<a class="{"CMSListMenuLinkHighlighted" if lit else "CMSListMenuLink"}" href="{href}">'
                    f"{e(n)}</a></li>")
    names, hrefs = ["Home", *output["path"]], ["/Home.aspx", *(f"{p}.aspx" for p in parents)]
    crumbs = [f'<a href="{h}" class="CMSBreadCrumbsLink">{e(n)}</a>' for n, h in zip(names, hrefs, strict=True)]
    crumbs.append(f'<span  class="CMSBreadCrumbsCurrentItem">{e(report["title"], quote=False)}</span>')
    token = hashlib.sha256(output["alias"].encode()).hexdigest()[:48]
    state = hashlib.sha256(report["id"].encode()).hexdigest()
    text = [
        f"<h1>{e(report['title'], quote=False)}</h1>",
        f"<p><em>{e(lines[0], quote=False)}</em></p>",
        *(f"<p>{e(t, quote=False)}</p>" for t in lines[1:]),
        f'<p><a href="{e(pdf)}" target="_blank">{e(k["pdf_text"])}</a></p>',
        f"<h2>{e(k['contents'])}</h2>",
        f"<ul>\n{contents}\n</ul>",
        *body,
    ]
    out = [
        "<!DOCTYPE html>",
        '<html xmlns="http://www.w3.org/1999/xhtml" lang="en-gb">',
        '<head id="head"><title>',
        f"\t{e(page_title(report, output))}",
        f'</title><meta name="description" content="{e(report["title_page"][0])}" /> ',
        '<meta http-equiv="content-type" content="text/html; charset=UTF-8" /> ',
        '<meta http-equiv="pragma" content="no-cache" /> ',
        '<meta http-equiv="content-style-type" content="text/css" /> ',
        '<meta http-equiv="content-script-type" content="text/javascript" /> ',
        f'<meta name="keywords" content="{e(output["short_name"])}" /> ',
        f'<link href="/CMSPages/GetResource.ashx?stylesheetname={k["stylesheet"]}" type="text/css" rel="stylesheet"/>',
        '<link href="/favicon.ico" type="image/x-icon" rel="shortcut icon"/>',
        '<link href="/favicon.ico" type="image/x-icon" rel="icon"/>',
        "</head>",
        '<body class="LTR Chrome ENGB ContentBody" >',
        "    ",
        f'    <form method="post" action="{url}" id="form">',
        '<div class="aspNetHidden">',
        f'<input type="hidden" name="__CMSCsrfToken" id="__CMSCsrfToken" value="{token}" />',
        '<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />',
        '<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />',
        f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTE{state[:40]}" />',
        "</div>",
        "",
        '<script type="text/javascript">',
        "//<![CDATA[",
        "var theForm = document.forms['form'];",
        "if (!theForm) {",
        "    theForm = document.form;",
        "}",
        "//]]>",
        "</script>",
        f'<script src="/WebResource.axd?d={state[:32]}&amp;t=638301234567890123" type="text/javascript"></script>',
        f'<script src="/ScriptResource.axd?d={state[32:64]}&amp;t=ffffffffecf19baa" type="text/javascript"></script>',
        '<div id="ctxM">',
        "</div>",
        '<div class="page">',
        '<div class="header">',
        f'<a href="/Home.aspx" class="logo"><img id="p_lt_ctl00_Logo_ucEditableImage_imgImage" src="{logo}" '
        f'alt="{e(output["site_name"])}" /></a>',
        '<div class="main-menu">',
        '<ul id="menuElem" class="CMSListMenuUL">',
        *menu,
        "</ul>",
        "</div>",
        "</div>",
        '<div class="breadcrumbs">',
        " &gt; ".join(crumbs),
        "</div>",
        '<div class="content">',
        f'<div id="{k["text_id"]}">',
        "\n".join(text),
        "</div>",
        f'<p class="last-updated">{e(k["updated"])} {updated(output)}</p>',
        "</div>",
        '<div class="footer">',
        '<ul class="footer-links">',
        *(f'<li><a href="/{url_name(n)}.aspx">{e(n)}</a></li>' for n in k["footer_links"]),
        "</ul>",
        f'<p class="copyright">&copy; {report["year"]} {e(output["site_name"])}</p>',
        "</div>",
        "</div>",
        "",
        '<script type="text/javascript">',
        "//<![CDATA[",
        "WebForm_InitCallback();//]]>",
        "</script>",
        "  </form>",
        "</body>",
        "</html>",
        "",
    ]
    result = _r.expected(output, blocks,
                         running_header_lines=[*k["menu"], *names, k["contents"],
                                               f"{k['updated']} {updated(output)}", *k["footer_links"],
                                               f"\u00a9 {report['year']} {output['site_name']}"],
                         contents_lines=chapters, site_name=output["site_name"],
                         page_title=page_title(report, output), page_url=f"{site}{url}",
                         breadcrumbs=[*names, report["title"]], updated=updated(output), intro_lines=list(lines),
                         pdf_link=pdf)
    return "\n".join(out).encode("utf-8"), result
