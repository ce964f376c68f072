"""HTML writer for the fictional development set, layout ``wix``: a review published as one page of a partnership's
website built with the WIX website builder (the Wix Editor), the text pasted from the board's Word file into Wix text
boxes, saved as the page the browser receives:

    <div id="SITE_CONTAINER"> ... <header id="SITE_HEADER" class="... wixui-header"> ... <nav aria-label="Site" ...>
    <main id="PAGES_CONTAINER" ... data-main-content="true"> ... <section id="comp-..." class="... wixui-section">
    <div id="comp-..." class="... wixui-rich-text" data-testid="richTextElement">
    <h2 class="font_2 wixui-rich-text__text"><span class="color_24 wixui-rich-text__text">B What happened</span></h2>
    <p class="font_8 wixui-rich-text__text"><span class="wixGuard wixui-rich-text__text">&#8203;</span></p>
    <p class="font_8 wixui-rich-text__text"><span style="font-weight:bold;" class="wixui-rich-text__text">B.3</span>
    <span class="wixui-rich-text__text">&nbsp; In March ...</span></p>

* Wix's page shell: the generator tag, the ``wix-viewer-model`` JSON and the SEO JSON-LD in the head, the site header
  (the site's name in a text box, the "Site" menu with the current page marked, a "Log In" button), the
  ``SITE_PAGES`` container, a footer text box ("© <year> by <site>. Powered and secured by Wix", as the template's
  footer is often left) and the consent banner (running_header_lines);
* the first section holds the title (``<h1 class="font_0">``), the title-page lines as ``font_8`` paragraphs, an image
  with alt text and a button linking to the PDF; the second an ANCHOR MENU (``nav[aria-label="Anchor menu"]``) listing
  the chapters (contents_lines), each a link to an empty Wix anchor element placed before its chapter's section;
* every chapter is a SECTION (strip) of its own holding one or more TEXT BOXES (``div.wixui-rich-text``): the chapter's
  heading ``<h2 class="font_2">`` and, in a chapter with subsections, each subsection in a text box of its own under an
  ``<h4 class="font_4">`` (the designer chose the "Heading 4" theme style, so there is no ``<h3>``); every paragraph a
  ``<p class="font_8">``, and between every two paragraphs an EMPTY PARAGRAPH holding Wix's zero-width "wixGuard";
* numbering ``lettered``: the number typed in bold at the start of the paragraph in a span of its own ("B.3"), then a
  span holding a no-break space, a space and the text (the tab of the Word original, as Wix's editor pastes it); a
  factor list's bullets a ``<ul class="font_8">`` whose every ``<li>`` holds a ``<p>``; "Recommendation N:" bold in a
  span of its own; the glossary a run of paragraphs, each the term in bold and " – " and the meaning (Wix text boxes
  hold no tables);
* a "Back to top" button after the last section.
Every paragraph's page is ``None``. The class names and the shell are modelled on pages the Wix Editor publishes;
without a network they could not be compared with a live Wix page, and the hashed class names are illustrative."""

from __future__ import annotations

import hashlib
import html
import json
import re
from typing import Any

from . import devset_render as _r

Block = _r.Block

WIX: dict[str, Any] = {
    "generator": "Wix.com Website Builder",
    "menu": ["Home", "About us", "Case reviews", "Training", "Worried about a child?", "Contact"],
    "active": "Case reviews",
    "login": "Log In",
    "download": "Download the review (PDF)",
    "image_alt": "A school corridor at the end of the day",
    "anchors": "Jump to a section",
    "top": "Back to top",
    "powered": "Powered and secured by Wix",
    "cookie": "This website uses cookies. We use cookies to see how you interact with it. By accepting, you agree to "
              "our use of such cookies.",
    "cookie_buttons": ["Accept", "Decline", "Settings"],
    "gap": "\u00a0 ",  # between a typed number and its text: a no-break space and a space
    "guard": "\u200b",
    "dash": " – ",  # between a glossary term and its meaning
}
_TEXT = 'class="{cls} wixui-rich-text__text"'
_BOX = 'class="HcOXKn SxM0TO QxJLC3 {cid} wixui-rich-text" data-testid="richTextElement"'


def comp_id(seed: str) -> str:
    """A Wix component id ("comp-" and eight base-36 characters), fixed for the same seed."""
    n = int(hashlib.sha1(seed.encode()).hexdigest()[:12], 16)
    chars = ""
    for _ in range(8):
        n, r = divmod(n, 36)
        chars += "0123456789abcdefghijklmnopqrstuvwxyz"[r]
    return f"comp-{chars}"


def footer_line(output: dict[str, Any]) -> str:
    return f"© {output['year']} by {output['site_name']}. {WIX['powered']}"


def _p(inner: str, cls: str = "font_8") -> str:
    return f"<p {_TEXT.format(cls=cls)}>{inner}</p>"


def _span(text: str, bold: bool = False, cls: str = "") -> str:
    e = html.escape(text, quote=False)
    style = ' style="font-weight:bold;"' if bold else ""
    return f'<span{style} class="{cls + " " if cls else ""}wixui-rich-text__text">{e}</span>'


def _guard() -> str:
    return _p(f'<span class="wixGuard wixui-rich-text__text">{WIX["guard"]}</span>')


def _box(cid: str, parts: list[str]) -> str:
    """A Wix text box: the parts with an empty wixGuard paragraph between every two."""
    inner: list[str] = []
    for n, part in enumerate(parts):
        if n:
            inner.append(_guard())
        inner.append(part)
    return f'<div id="{cid}" {_BOX.format(cid=cid)}>' + "".join(inner) + "</div>"


def _section(cid: str, boxes: list[str]) -> str:
    return (f'<section id="{cid}" class="xuzjBY {cid} wixui-section" tabindex="-1">'
            f'<div id="bgLayers_{cid}" data-hook="bgLayers" class="MW5IWV"><div data-testid="colorUnderlay" '
            'class="LWbAav Kv1aVt"></div></div><div data-testid="columns" class="V5AUxf">'
            f'<div id="{cid}col" class="comp-col wixui-column-strip__column"><div data-mesh-id="{cid}colinlineContent" '
            f'data-testid="inline-content" class=""><div data-mesh-id="{cid}colinlineContent-gridContainer" '
            f'data-testid="mesh-container-content">{"".join(boxes)}</div></div></div></div></section>')


def render_html(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render one lettered review as a page of a Wix site; return bytes and the expected entry."""
    if report["numbering"] != "lettered":
        raise ValueError("the wix layout renders lettered numbering")
    e = html.escape
    site, short = output["site_name"], output["short_name"]
    rid = output["report_id"]
    slug = re.sub(r"[^a-z0-9]+", "-", short.lower()).strip("-")
    host = "www." + re.sub(r"[^a-z0-9]+", "", site.lower()) + ".org.uk"
    page_id = "c" + hashlib.sha1(rid.encode()).hexdigest()[:5]
    majors = [i for i, b in enumerate(blocks) if b.kind == "heading" and b.level == 1]
    anchors = {i: comp_id(f"{rid}-anchor-{i}") for i in majors}

    # the chapters: each a section of text boxes, a subsection in a box of its own
    chapters: list[tuple[int, list[list[str]]]] = []  # (major index, boxes of parts)
    for i, b in enumerate(blocks):
        if b.kind == "heading" and b.level == 1:
            chapters.append((i, [[f'<h2 {_TEXT.format(cls="font_2")}>{_span(b.text, cls="color_24")}</h2>']]))
        elif b.kind == "heading":
            chapters[-1][1].append([f'<h4 {_TEXT.format(cls="font_4")}>{_span(b.text, cls="color_24")}</h4>'])
        elif b.kind == "unnumbered":
            chapters[-1][1][-1].append(_p(_span(b.text)))
        elif b.kind in ("para", "factor"):
            parts = chapters[-1][1][-1]
            parts.append(_p(_span(b.label, bold=True) + _span(WIX["gap"] + b.text)))
            if b.bullets:
                items = "".join(f'<li class="wixui-rich-text__text">{_p(_span(t))}</li>' for t in b.bullets)
                parts.append(f"<ul {_TEXT.format(cls='font_8')}>{items}</ul>")
        elif b.kind == "rec":
            chapters[-1][1][-1].append(_p(_span(f"{b.label}:", bold=True) + _span(f" {b.text}")))
        elif b.kind == "glossary":
            chapters[-1][1][-1] += [_p(_span(a, bold=True) + _span(f"{WIX['dash']}{m}")) for a, m in b.rows]

    viewer = {"site": {"metaSiteId": hashlib.sha1(site.encode()).hexdigest()[:32], "isPremium": True},
              "language": {"userLanguage": "en"}, "requestUrl": f"https://{host}/{slug}",
              "pageId": page_id, "viewMode": "site"}
    seo = {"@context": "https://schema.org/", "@type": "WebSite", "name": site, "url": f"https://{host}"}
    current = ' aria-current="page"'
    menu = "".join(
        f'<li class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="https://{host}/'
        f'{"" if m == "Home" else re.sub(r"[^a-z0-9]+", "-", m.lower()).strip("-")}" target="_self" class="UiHgGh"'
        f'{current if m == WIX["active"] else ""}><div class="itemDepth02233">'
        f'<div class="label">{e(m)}</div></div></a></li>' for m in WIX["menu"])
    header_box = comp_id(f"{rid}-site-name")
    out = [
        "<!DOCTYPE html>",
        '<html lang="en" dir="ltr">',
        "<head>",
        "<meta charset='utf-8'>",
        '<meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport" />',
        '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
        f'<meta name="generator" content="{WIX["generator"]}"/>',
        f"<title>{e(short)} | {e(site)}</title>",
        f'<meta name="description" content="{e(report["title_page"][0])}"/>',
        f'<link rel="canonical" href="https://{host}/{slug}"/>',
        f'<meta property="og:title" content="{e(short)} | {e(site)}"/>',
        f'<meta property="og:site_name" content="{e(site)}"/>',
        f'<script type="application/ld+json">{json.dumps(seo)}</script>',
        f'<script type="application/json" id="wix-viewer-model">{json.dumps(viewer, sort_keys=True)}</script>',
        "<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent)</script>",
        '<style id="css_masterPage">.font_0{font:normal normal bold 40px/1.3em raleway,sans-serif;}'
        ".font_2{font:normal normal bold 28px/1.4em raleway,sans-serif;}"
        ".font_4{font:normal normal bold 20px/1.4em raleway,sans-serif;}"
        ".font_8{font:normal normal normal 16px/1.6em avenir-lt-w01_35-light1475496,sans-serif;}</style>",
        "</head>",
        "<body>",
        '<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">',
        '<div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1" '
        'aria-label="top of page"><span class="mStXjy">top of page</span></div>',
        '<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">',
        '<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1">',
        f'<div id="{header_box}" {_BOX.format(cid=header_box)}>'
        + _p(f'<span class="wixui-rich-text__text"><a href="https://{host}" target="_self" '
             f'class="wixui-rich-text__text">{e(site)}</a></span>', cls="font_6") + "</div>",
        f'<nav aria-label="Site" id="{comp_id(rid + "-menu")}" class="wixui-horizontal-menu"><ul class="menu-list">'
        f"{menu}</ul></nav>",
        f'<div id="{comp_id(rid + "-login")}" class="wixui-login-bar"><button type="button" class="Fe4a0B">'
        f'<span class="login-label">{WIX["login"]}</span></button></div>',
        "</header>",
        '<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true">',
        f'<div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div id="{page_id}" class="dBAkHi theme-vars {page_id}">'
        '<div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB">'
        f'<div id="Containe{page_id}" class="Containe{page_id} SPY_vo"><div data-mesh-id="Containe{page_id}'
        'inlineContent" data-testid="inline-content" class=""><div data-mesh-id="Containe'
        f'{page_id}inlineContent-gridContainer" data-testid="mesh-container-content">',
    ]
    title_box = comp_id(f"{rid}-title")
    image = (f'<div id="{comp_id(rid + "-image")}" class="MazNVa wixui-image"><wow-image class="HlRz5e" '
             f'data-image-info=\'{{"alignType":"center","imageData":{{"alt":"{e(WIX["image_alt"])}"}}}}\'>'
             f'<img src="https://static.wixstatic.com/media/5c1a2e_{hashlib.sha1(rid.encode()).hexdigest()[:12]}'
             f'~mv2.jpg/v1/fill/w_640,h_360,al_c,q_80,enc_auto/corridor.jpg" alt="{e(WIX["image_alt"])}" '
             'style="width:640px;height:360px;object-fit:cover" width="640" height="360"/></wow-image></div>')
    button = (f'<div id="{comp_id(rid + "-button")}" class="comp-button wixui-button"><a data-testid="linkElement" '
              f'href="https://{host}/_files/ugd/5c1a2e_{hashlib.sha1(rid.encode()).hexdigest()[12:44]}.pdf" '
              'target="_blank" class="uDW_Qe wixui-button" aria-disabled="false">'
              f'<span class="l7_2fn wixui-button__label">{WIX["download"]}</span></a></div>')
    out.append(_section(comp_id(f"{rid}-top"), [
        _box(title_box, [f'<h1 {_TEXT.format(cls="font_0")}>{_span(report["title"])}</h1>',
                         *(_p(_span(line)) for line in _r.title_lines(report))]),
        image, button]))
    contents = [blocks[i].text for i in majors]
    menu_box = (f'<nav aria-label="Anchor menu" id="{comp_id(rid + "-anchor-menu")}" class="wixui-anchor-menu">'
                f'<p class="anchor-menu-title">{WIX["anchors"]}</p><ul class="anchor-menu-list">'
                + "".join(f'<li class="anchor-menu-item"><a href="#{anchors[i]}" class="qc4Jkx">'
                          f'<span class="_1r3BN">{e(blocks[i].text)}</span></a></li>' for i in majors)
                + "</ul></nav>")
    out.append(_section(comp_id(f"{rid}-menu-strip"), [menu_box]))
    for n, (i, boxes) in enumerate(chapters):
        out.append(f'<div id="{anchors[i]}" class="OQ8Tzd wixui-anchor" tabindex="-1" data-testid="anchor"></div>')
        box_html = [_box(comp_id(f"{rid}-box-{n}-{k}"), parts) for k, parts in enumerate(boxes)]
        out.append(_section(comp_id(f"{rid}-strip-{n}"), box_html))
    footer_box = comp_id(f"{rid}-footer")
    cookie = (f'<p class="consent-text">{e(WIX["cookie"])}</p>'
              + "".join(f'<button type="button" class="consent-button">{b}</button>' for b in WIX["cookie_buttons"]))
    out += [
        f'<div id="{comp_id(rid + "-top-button")}" class="comp-button wixui-button"><a data-testid="linkElement" '
        'href="#SCROLL_TO_TOP" target="_self" class="uDW_Qe wixui-button">'
        f'<span class="l7_2fn wixui-button__label">{WIX["top"]}</span></a></div>',
        "</div></div></div></div></div></div>",
        "</main>",
        '<footer id="SITE_FOOTER" class="AT7o0U SITE_FOOTER wixui-footer" tabindex="-1">',
        f'<div id="{footer_box}" {_BOX.format(cid=footer_box)}>' + _p(_span(footer_line(output)), cls="font_9")
        + "</div>",
        "</footer>",
        "</div></div></div></div>",
        f'<div id="consent-banner-root" role="region" aria-label="Cookie banner">{cookie}</div>',
        "</body>",
        "</html>",
        "",
    ]
    running = [site, *WIX["menu"], WIX["login"], WIX["image_alt"], WIX["download"], WIX["anchors"], WIX["top"],
               footer_line(output), WIX["cookie"], *WIX["cookie_buttons"]]
    result = _r.expected(output, blocks, contents_lines=contents, running_header_lines=running)
    return "\n".join(out).encode("utf-8"), result
