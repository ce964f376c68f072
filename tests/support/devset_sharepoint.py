"""HTML writer for the fictional development set, layout ``sharepoint``: a learning review published as a SharePoint
Online MODERN PAGE on a board's site and saved from the browser ("Save page as", HTML only), its text pasted into the
page's Text web parts from the Word original. The page keeps SharePoint's furniture around the review:

    <div id="SuiteNavWrapper"> ... the app bar, "Search this site" ... </div>
    <div class="ms-siteHeader"> the site's name, its navigation links, "Follow" </div>
    <div data-automation-id="pageHeader"><h1 data-automation-id="pageTitle">Title</h1>
      <div class="ms-pageByline">By <span class="author">...</span> · Published <time>...</time></div></div>
    <div class="CanvasZone"><div class="CanvasSection CanvasSection-col-12"><div class="ControlZone">
      <div data-sp-feature-tag="Rich Text Editor" data-sp-rte="">
        <h2>Introduction</h2>
        <p><span data-contrast="auto"><strong>12</strong></span><span data-contrast="auto"> Janice ...</span>
           <span data-ccp-props="{...}">&nbsp;</span></p>
      </div></div></div></div>  (one canvas section per chapter)
    <div class="CanvasZone"> ... the Quick links web part ... </div>
    <div data-sp-feature-tag="CommentsWrapper"> "Comments", "Add a comment" </div>

* numbering ``single``, TYPED in bold at the start of each paragraph ("12", no stop, then a space), the text in the
  ``<span data-contrast="auto">`` runs that a paste from Word leaves, each paragraph ending in Word's empty
  ``<span data-ccp-props="...">&nbsp;</span>`` (a trailing no-break space that is not text of the review);
* chapter headings ``<h2>`` as written (a Text web part has no ``<h1>``: the page title is the only one), subheadings
  ``<h3>``; every chapter its OWN canvas section and Text web part; a factor list's bullets a ``<ul>`` after its
  lead-in inside the same web part; recommendations "Recommendation 3:" typed in bold;
* the foreword in a shaded band section above the first chapter (``div.ms-calloutBand``), the
  title-page lines in the page header under the byline; the glossary a SharePoint table
  (``table.ms-rteTable-default``) in a COLLAPSIBLE SECTION (``div[data-sp-collapsible]``, its ``<button>`` the
  heading);
* an "On this page" table-of-contents web part at the top whose links go to every chapter heading's anchor
  (:func:`anchor`; ``contents_lines`` the chapter headings);
* SharePoint furniture, never text of the review (:data:`SHAREPOINT`): the suite bar, the site header and navigation,
  the byline, the "Quick links" web part ("Download the PDF version", "Report a safeguarding concern"), the like,
  comment and view counts, the comments box and the footer. Every paragraph's page is ``None``."""

from __future__ import annotations

import html
import re
from typing import Any

from . import devset_render as _r

Block = _r.Block

SHAREPOINT: dict[str, Any] = {
    "search": "Search this site",
    "follow": "Follow",
    "nav": ["Home", "Published reviews", "Training", "Contact us"],
    "quick_links": ["Download the PDF version", "Report a safeguarding concern", "Sign up to the newsletter"],
    "social": ["Like", "Comment", "312 views"],
    "comments": "Add a comment",
    "ccp": '{"134233117":false,"134233118":false,"201341983":0,"335559740":276}',
    "section": "CanvasZone",
    "rte": "Rich Text Editor",
    "toc": "TableOfContentsWebPart",
    "on_this_page": "On this page",
}


def anchor(heading: str) -> str:
    """SharePoint's anchor for a heading of a Text web part: lower case, runs of other characters a hyphen."""
    return re.sub(r"[^a-z0-9]+", "-", heading.lower()).strip("-")


def byline(output: dict[str, Any]) -> str:
    """The page's byline under its title: "By SAB Business Manager · Published 18 September 2024"."""
    return f"By {output['author']} \u00b7 Published {output['published']}"


def render_html(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render one single-numbered review as a SharePoint modern page saved from the browser; return bytes and the
    expected entry."""
    if report["numbering"] != "single":
        raise ValueError("the sharepoint layout renders single numbering")
    e = html.escape
    site = output["site"]
    ccp = f"<span data-ccp-props='{SHAREPOINT['ccp']}'>&nbsp;</span>"

    def runs(text: str) -> str:
        return f'<span data-contrast="auto">{e(text)}</span>'

    out = [
        "<!DOCTYPE html>", '<html lang="en-GB" dir="ltr">', "<head>", '<meta charset="utf-8">',
        f"<title>{e(report['title'])}</title>",
        '<link rel="stylesheet" href="./spfx-files/sp-pages-assembly.css">', "</head>", "<body>",
        '<div id="SuiteNavWrapper" role="banner"><div class="o365sx-appName">SharePoint</div>'
        f'<input type="search" aria-label="{SHAREPOINT["search"]}" placeholder="{SHAREPOINT["search"]}"></div>',
        '<div class="ms-siteHeader" role="navigation">',
        f'<span class="ms-siteHeader-siteName">{e(site)}</span>',
        '<ul class="ms-HorizontalNav">' + "".join(f'<li><a href="#">{e(n)}</a></li>' for n in SHAREPOINT["nav"])
        + "</ul>",
        f'<button class="ms-siteHeader-follow">{SHAREPOINT["follow"]}</button>', "</div>",
        '<div class="SPCanvas" id="spPageCanvasContent" role="main">',
        '<div data-automation-id="pageHeader" class="ms-pageHeader">',
        f'<h1 data-automation-id="pageTitle">{e(report["title"])}</h1>',
        f'<div class="ms-pageByline">By <span class="author">{e(output["author"])}</span> \u00b7 Published '
        f'<time>{e(output["published"])}</time></div>',
        '<div class="ms-pageHeader-description">'
        + "".join(f"<p>{e(line)}</p>" for line in _r.title_lines(report)) + "</div>",
        "</div>",
    ]
    chapters = [b.text for b in blocks if b.kind == "heading" and b.level == 1]
    out.append(f'<div class="{SHAREPOINT["section"]}" data-sp-a11y-id="CanvasZone-0"><div '
               f'data-sp-feature-tag="{SHAREPOINT["toc"]}"><h2>{SHAREPOINT["on_this_page"]}</h2><ul>'
               + "".join(f'<li><a href="#{anchor(c)}">{e(c)}</a></li>' for c in chapters) + "</ul></div></div>")
    zone = 0

    def open_zone(kind: str = "col-12") -> None:
        nonlocal zone
        zone += 1
        out.append(f'<div class="{SHAREPOINT["section"]}" data-sp-a11y-id="CanvasZone-{zone}">'
                   f'<div class="CanvasSection CanvasSection-{kind}"><div class="ControlZone" '
                   f'id="control-{zone:04d}"><div data-sp-feature-tag="{SHAREPOINT["rte"]}" data-sp-rte="">')

    def close_zone() -> None:
        out.append("</div></div></div></div>")

    in_zone = False
    for b in blocks:
        if b.kind == "heading":
            if in_zone:
                close_zone()
            if b.kind == "heading" and b.text == report.get("glossary", {}).get("heading"):
                in_zone = False
                continue  # the glossary's heading is its collapsible section's button
            if b.text == report["foreword"]["heading"]:
                zone += 1
                out.append(f'<div class="{SHAREPOINT["section"]} ms-calloutBand" data-sp-a11y-id="CanvasZone-{zone}">'
                           '<div class="CanvasSection CanvasSection-col-12"><div class="ControlZone">'
                           f'<div data-sp-feature-tag="{SHAREPOINT["rte"]}" data-sp-rte="">')
            else:
                open_zone()
            in_zone = True
            level = 2 if b.level == 1 else 3
            out.append(f'<h{level} id="{anchor(b.text)}">{e(b.text)}</h{level}>')
        elif b.kind == "unnumbered":
            out.append(f"<p>{runs(b.text)}{ccp}</p>")
        elif b.kind in ("para", "factor"):
            out.append(f'<p><span data-contrast="auto"><strong>{e(b.label)}</strong></span>{runs(" " + b.text)}'
                       f"{ccp}</p>")
            if b.bullets:
                out.append("<ul>" + "".join(f"<li>{runs(t)}{ccp}</li>" for t in b.bullets) + "</ul>")
        elif b.kind == "rec":
            out.append(f'<p><span data-contrast="auto"><strong>{e(b.label)}:</strong></span>{runs(" " + b.text)}'
                       f"{ccp}</p>")
        elif b.kind == "glossary":
            zone += 1
            out += [f'<div class="{SHAREPOINT["section"]}" data-sp-a11y-id="CanvasZone-{zone}" '
                    'data-sp-collapsible="true">',
                    f'<button class="ms-collapsibleSection-header" aria-expanded="false"><h2 id="{anchor(b.text)}">'
                    f"{e(b.text)}</h2></button>", '<div class="ms-collapsibleSection-content">',
                    f'<div data-sp-feature-tag="{SHAREPOINT["rte"]}" data-sp-rte="">',
                    '<table class="ms-rteTable-default"><tbody>',
                    *(f'<tr><td class="ms-rteTable-default">{runs(a)}</td><td class="ms-rteTable-default">{runs(m)}'
                      "</td></tr>" for a, m in b.rows),
                    "</tbody></table>", "</div></div></div>"]
    if in_zone:
        close_zone()
    zone += 1
    out += [
        f'<div class="{SHAREPOINT["section"]}" data-sp-a11y-id="CanvasZone-{zone}">'
        '<div data-sp-feature-tag="QuickLinksWebPart"><h2>Quick links</h2><ul>'
        + "".join(f'<li><a href="#">{e(q)}</a></li>' for q in SHAREPOINT["quick_links"]) + "</ul></div></div>",
        "</div>",  # SPCanvas
        '<div class="ms-socialBar">' + "".join(f"<span>{s}</span>" for s in SHAREPOINT["social"]) + "</div>",
        '<div data-sp-feature-tag="CommentsWrapper"><h2>Comments</h2>'
        f'<textarea placeholder="{SHAREPOINT["comments"]}"></textarea></div>',
        f'<div class="ms-footer">{e(site)}</div>',
        "</body>", "</html>", "",
    ]
    result = _r.expected(output, blocks, contents_lines=chapters,
                         running_header_lines=[site, byline(output), SHAREPOINT["comments"]])
    return "\n".join(out).encode("utf-8"), result
