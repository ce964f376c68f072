"""HTML writer for the fictional development set, layout ``googlesites``: a review published as a PAGE OF A GOOGLE SITE
(the new Google Sites, which a small partnership can run without a web team), the review typed or pasted by the
partnership's business unit into the site's text boxes, one SECTION of the page per chapter:

    <section id="h.4b1e0c9a" class="yaqOZd"> ... <div class="tyJCtd mGzaTb Depvyb baZpAe">
    <h2 id="h.1f3a..." dir="ltr" class="zfr3Q OmQG5e CDt4Ke" tabindex="-1"><div class="CjVfdc"><span class="C9DxTc">
    Introduction</span></div><div class="PPhIP rviiZ" jsname="haAclf"><div role="presentation" class="U26fgb ..."
    aria-label="Copy heading link" data-tooltip="Copy heading link"><a class="FKF6mc TpQm9d" href="#h.1f3a..."
    aria-label="Copy heading link"><span class="Ce1Y1c"><svg ...><path d="..."></path></svg></span></a></div></div></h2>
    <p dir="ltr" class="zfr3Q CDt4Ke"><span class="C9DxTc aw5Odc">1.</span><span class="C9DxTc"> At about ...</span></p>

* the site's shell as Google Sites writes it: ``<title>`` "Site name - Page name", Open Graph and ``itemprop``
  metadata, the canonical address under ``https://sites.google.com/view/<site>/``; the header with the site's name,
  its navigation (the current page's parent marked) and the "Search this site" button; at the foot of the page the
  site's own footer section, then Google's footer bar: "Page updated" with the date, "Google Sites" and "Report abuse";
* the page's header section (``h.INIT_page_header``): the review's title as the page's ``<h1>`` and, in the
  subtitle style, the fiction label (bold) and the other title-page lines, one ``<p>`` each;
* a first section holding the site's TABLE OF CONTENTS widget (``nav`` "Table of contents": every heading of the page,
  chapters and subsections, as links to their ids, subsections indented), the foreword in a text box and, beside it,
  the review's PDF EMBEDDED FROM GOOGLE DRIVE (an ``iframe`` of ``drive.google.com/file/d/<id>/preview``);
* then ONE SECTION PER CHAPTER, each heading a Sites heading (``<h2>`` for chapters, ``<h3>`` for subsections) with
  the id Sites gives it ("h." and a hash), its text in a ``div.CjVfdc`` and, after it, the hidden "Copy heading link"
  button (an icon whose label is only in ``aria-label`` and ``data-tooltip``); numbering ``single`` TYPED BY THE
  WRITER at the start of each paragraph, "12." in bold in a ``span`` of its own, the text in the next ``span``
  (``paragraph_texts`` holds the text only); a factor list's bullets a Sites bulleted list after its lead-in;
  "Recommendation N:" in a bold ``span`` likewise; the glossary (Sites text boxes have no tables) one paragraph per
  term, the term in bold and then ": " and its meaning.
Every paragraph's page is ``None``. expected.json adds ``site_name``, ``page_title``, ``section_ids`` (the chapters'
heading ids), ``heading_ids`` (every heading's), ``drive_url`` and ``updated``. The class names, the heading link
button and the Drive embed follow published Google Sites pages as I remember them; they, the navigation and the
footers are assumptions, not compared with a live site."""

from __future__ import annotations

import hashlib
import html
import json
from typing import Any

from . import devset_render as _r

Block = _r.Block

SITES: dict[str, Any] = {
    "nav": ["Home", "About us", "Learning reviews", "Training", "Contact us"],
    "current": "Learning reviews",
    "search": "Search this site",
    "toc_label": "Table of contents",
    "copy_link": "Copy heading link",
    "embed_title": "Full review (PDF)",
    "site_footer": ["If you are worried about a child in Westerfold, call the front door on 0300 555 0199 (fictional).",
                    "Westerfold Children's Safeguarding Partnership, Civic Centre, Westerfold (fictional)"],
    "page_updated": "Page updated",
    "google_sites": "Google Sites",
    "report_abuse": "Report abuse",
    "body_font": "C9DxTc",
    "bold": "aw5Odc",
}
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
_ICON = ("M9 4H5c-1.1 0-2 .9-2 2v4c0 1.1.9 2 2 2h4v-2H5V6h4V4zm6 0h-4v2h4v4h-4v2h4c1.1 0 2-.9 2-2V6c0-1.1-.9-2-2-2zm-7 "
         "5h8v2H8z")


def heading_id(report_id: str, index: int, text: str) -> str:
    """A heading's id as Sites gives it: "h." and a hash (here of the report, the heading's place and its text)."""
    return "h." + hashlib.sha1(f"{report_id}:{index}:{text}".encode()).hexdigest()[:14]


def page_title(output: dict[str, Any]) -> str:
    return f"{output['site_name']} - {output['page_name']}"


def short_updated(updated: str) -> str:
    """The footer's date as Sites prints it, "18 Nov 2025"."""
    day, month, year = updated.split()
    return f"{int(day)} {month[:3]} {year}"


def drive_url(output: dict[str, Any]) -> str:
    return f"https://drive.google.com/file/d/{output['drive_file']}/preview"


def render_html(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render a single-numbered review as a Google Sites page; return the bytes and the expected entry."""
    if report["numbering"] != "single":
        raise ValueError("the googlesites layout renders single numbering")
    e = html.escape
    s = SITES
    font, bold = s["body_font"], s["bold"]
    site, view = output["site_name"], output["site_path"]
    base = f"https://sites.google.com/view/{view}"
    url = f"{base}/{output['path']}"
    ids = {i: heading_id(report["id"], i, b.text) for i, b in enumerate(blocks) if b.kind == "heading"}

    def text_p(inner: str, cls: str = "zfr3Q CDt4Ke") -> str:
        return f'<p dir="ltr" class="{cls}">{inner}</p>'

    def span(text: str, strong: bool = False) -> str:
        return f'<span class="{font}{" " + bold if strong else ""}">{e(text, quote=False)}</span>'

    def heading(i: int, b: Block) -> str:
        tag = "h2" if b.level == 1 else "h3"
        hid = ids[i]
        return (f'<{tag} id="{hid}" dir="ltr" class="zfr3Q {"OmQG5e" if tag == "h2" else "JYVBee"} CDt4Ke" '
                f'tabindex="-1"><div jscontroller="Ae65rd" class="CjVfdc">{span(b.text)}</div>'
                f'<div class="PPhIP rviiZ" jsname="haAclf"><div role="presentation" class="U26fgb mUbCce fKz7Od '
                f'LRAOtb Znu9nd M9Bg4d" aria-label="{s["copy_link"]}" data-tooltip="{s["copy_link"]}" '
                f'data-tooltip-position="top"><a class="FKF6mc TpQm9d" href="#{hid}" aria-label="{s["copy_link"]}">'
                f'<span jsslot="" class="Ce1Y1c"><svg class="OUGEr QdAdhf" width="22px" height="22px" '
                f'viewBox="0 0 24 24" focusable="false"><path d="{_ICON}"></path></svg></span></a></div></div></{tag}>')

    def box(inner: list[str]) -> str:
        return ('<div class="oKdM2c ZZyype"><div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd jXK9ad D2fZ2 '
                'zu5uec OjCsFc dmUFtb wHaque g5GTcb"><div class="tyJCtd mGzaTb Depvyb baZpAe">' + "\n".join(inner)
                + "</div></div></div>")

    def section(sid: str, inner: str, emphasis: bool = False) -> str:
        return (f'<section id="{sid}" class="yaqOZd{" qeLZfd" if emphasis else ""}"><div class="mYVXT">'
                f'<div class="LS81yb VICjCf j5pSsc db35Fc" tabindex="-1"><div class="hJDwNd-AhqUyc-uQSCkd '
                f'purZT-AhqUyc-II5mzb ZcASvf-AhqUyc-II5mzb pSzOP-AhqUyc-qWD73c Ktthjf-AhqUyc-qWD73c JNdkSc SQVYQc">'
                f'<div class="JNdkSc-SmKAyb LkDMRd">{inner}</div></div></div></div></section>')

    # the table of contents widget: every heading of the page, subsections indented
    toc = [f'<nav class="Xpil1b xgQ6eb" aria-label="{s["toc_label"]}"><ol class="L1hMY">']
    for i, b in enumerate(blocks):
        if b.kind == "heading" and i in ids:
            indent = "" if b.level == 1 else ' style="margin-left: 12px"'
            toc.append(f'<li class="WsjYwc"{indent}><a class="XqQF9c" href="#{ids[i]}">{e(b.text, quote=False)}</a>'
                       "</li>")
    toc.append("</ol></nav>")

    chapters: list[list[str]] = []  # each chapter's text box, the foreword's first
    for i, b in enumerate(blocks):
        if b.kind == "heading" and b.level == 1:
            chapters.append([heading(i, b)])
            continue
        box_lines = chapters[-1]
        if b.kind == "heading":
            box_lines.append(heading(i, b))
        elif b.kind == "unnumbered":
            box_lines.append(text_p(span(b.text)))
        elif b.kind in ("para", "factor"):
            box_lines.append(text_p(span(f"{b.label}.", strong=True) + span(f" {b.text}")))
            if b.bullets:
                box_lines.append('<ul class="n8H08c UVNKR">' + "".join(
                    f'<li dir="ltr" class="zfr3Q TYR86d eD0Rn" style="list-style-type: disc; margin-left: 24px;">'
                    f'<p dir="ltr" class="zfr3Q CDt4Ke" role="presentation">{span(t)}</p></li>' for t in b.bullets)
                                 + "</ul>")
        elif b.kind == "rec":
            box_lines.append(text_p(span(f"{b.label}:", strong=True) + span(f" {b.text}")))
        elif b.kind == "glossary":
            box_lines += [text_p(span(a, strong=True) + span(f": {m}")) for a, m in b.rows]

    lines = _r.title_lines(report)
    banner = [f'<h1 id="h.INIT_page_title" dir="ltr" class="zfr3Q duRjpb CDt4Ke">{span(report["title"])}</h1>',
              text_p(span(lines[0], strong=True), "zfr3Q qnVSj CDt4Ke"),
              *(text_p(span(t), "zfr3Q qnVSj CDt4Ke") for t in lines[1:])]
    embed = (f'<div class="w536ob" jscontroller="sGwD4d"><div class="YMEQtf" style="width: 100%; height: 640px;">'
             f'<iframe class="YMEQtf" sandbox="allow-scripts allow-popups allow-forms allow-same-origin" '
             f'frameborder="0" aria-label="{e(s["embed_title"])}" src="{drive_url(output)}" '
             f'allowfullscreen></iframe></div></div>')
    first = box(toc) + box(chapters[0]) + embed
    body_sections = [section("h.INIT_page_header", box(banner), emphasis=True),
                     section(ids[0] + "_s", first)]
    for n, (i, chapter) in enumerate(((i, c) for i, c in zip(
            [i for i, b in enumerate(blocks) if b.kind == "heading" and b.level == 1][1:], chapters[1:],
            strict=True)), start=1):
        body_sections.append(section(ids[i] + "_s", box(chapter), emphasis=n % 2 == 0))
    body_sections.append(section("h.footer_section", box([text_p(span(t)) for t in s["site_footer"]]),
                                 emphasis=True))
    current = ' aria-selected="true"'
    nav = "".join(f'<li class="VsJjtf"><div class="PsKE7e r8s4j-R6PoUb IKA38e baH5ib"><div class="I35ICb">'
                  f'<a class="aJHbb dk90Ob hDrhEe HlqNPb{" lhZOrc" if n == s["current"] else ""}" '
                  f'href="/view/{view}/{"home" if n == "Home" else n.lower().replace(" ", "-")}"'
                  f'{current if n == s["current"] else ""}>{e(n)}</a></div></div></li>' for n in s["nav"])
    meta = {"@context": "https://schema.org", "@type": "WebPage", "name": page_title(output), "url": url}
    out = [
        "<!DOCTYPE html>",
        '<html lang="en-GB" itemscope itemtype="http://schema.org/WebPage">',
        '<head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="referrer" content="origin">',
        f'<meta property="og:title" content="{e(page_title(output))}">',
        '<meta property="og:type" content="website">',
        f'<meta property="og:url" content="{url}">',
        f'<meta itemprop="name" content="{e(page_title(output))}">',
        f'<meta itemprop="url" content="{url}">',
        f'<link rel="canonical" href="{url}">',
        f"<title>{e(page_title(output))}</title>",
        '<link href="https://fonts.googleapis.com/css?family=Lato%3A300%2C300italic%2C400%2C400italic%2C700%2C700italic'
        '&display=swap" rel="stylesheet" nonce="sites">',
        f'<script type="application/ld+json" nonce="sites">{json.dumps(meta, ensure_ascii=False)}</script>',
        "</head>",
        '<body dir="ltr" itemscope itemtype="http://schema.org/WebPage" id="yDmH0d" css="yDmH0d">',
        '<div jscontroller="pc62j" jsmodel="iTeaXe" class="Fx4vi wiGSYe">',
        '<div class="LqzjUe"><header id="atIdViewHeader">',
        f'<div class="BbxBP HP6J1d K5Zlne"><div class="TlfmSc YSH9J"><a class="GAuSPc" href="/view/{view}/home">'
        f'{e(site)}</a></div>',
        f'<nav class="JzO0Vc" aria-label="Site navigation"><ul class="jYxBte Fpy8Db" role="navigation">{nav}</ul>'
        "</nav>",
        f'<div class="RBEWZc"><div role="button" class="U26fgb JRtysb WzwrXb" aria-label="{e(s["search"])}" '
        f'data-tooltip="{e(s["search"])}"><span class="DPvwYc"><svg width="24" height="24" viewBox="0 0 24 24">'
        '<path d="M15.5 14h-.8l-.3-.3A6.5 6.5 0 1 0 14 15.5l.3.3v.8l5 5 1.5-1.5-5-5z"></path></svg></span></div></div>',
        "</div></header></div>",
        '<div role="main" tabindex="-1" class="UtePc RCETm" dir="ltr">',
        *body_sections,
        "</div>",
        f'<div class="dZA9kd ynRLnc" data-last-updated-at-time="{output["updated"]}"><div class="Q0cSn">'
        f'<span class="Zj5GB">{e(s["page_updated"])}</span> <span class="BmDfqe">{short_updated(output["updated"])}'
        f'</span></div><div class="hBW7Hb"><a class="Bp8oYd" href="https://sites.google.com/new">'
        f'{e(s["google_sites"])}</a><span aria-hidden="true"> · </span><a class="Bp8oYd" '
        f'href="/view/{view}/report-abuse">{e(s["report_abuse"])}</a></div></div>',
        "</div>",
        "</body>",
        "</html>",
        "",
    ]
    majors = [i for i, b in enumerate(blocks) if b.kind == "heading" and b.level == 1]
    result = _r.expected(output, blocks, contents_lines=[b.text for b in blocks if b.kind == "heading"],
                         running_header_lines=[site, *s["nav"], s["search"], s["toc_label"], s["copy_link"],
                                               s["embed_title"], *s["site_footer"], s["page_updated"],
                                               short_updated(output["updated"]), s["google_sites"],
                                               s["report_abuse"]],
                         site_name=site, page_title=page_title(output), section_ids=[ids[i] for i in majors],
                         heading_ids=[ids[i] for i in sorted(ids)], drive_url=drive_url(output),
                         updated=output["updated"])
    return "\n".join(out).encode("utf-8"), result
