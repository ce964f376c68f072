"""HTML writer for the fictional development set, layout ``umbraco``: a review published as a page of an UMBRACO site
(the .NET content management system) whose body is a BLOCK GRID, rendered by Umbraco's own block grid partial views:

    <div class="umb-block-grid__layout-item" data-content-element-type-alias="sectionLayout" ...>
    <div class="umb-block-grid__block-area-container" data-area-grid-columns="12;" ...>
    <div class="umb-block-grid__block-area" data-area-col-span="8" data-area-row-span="1" data-area-alias="main" ...>
    <div class="umb-block-grid__layout-container">
    <div class="umb-block-grid__layout-item" data-content-element-type-alias="numberedParagraph" ...>
    <div class="numbered-paragraph" id="para-3-1-4"><span class="numbered-paragraph__number">3.1.4</span>
    <div class="numbered-paragraph__text"><p>The dietetic service sent ...</p></div></div>

* the site's shell: the ``<title>`` "Page - Site", canonical metadata, Umbraco's block grid style sheet
  (``/css/blockgridlayout.css``), the page's document type as the body class ("page-learningReviewPage"), a skip link, a
  cookie notice, the header with the site's name, its main menu and a search form, a breadcrumb trail ending in the
  page's title, an Umbraco Forms feedback form ("Was this page useful?") after the article, and the footer;
* the page's own properties: the title as ``<h1>``; the summary, a rich text property whose paragraphs are the fiction
  label (in ``<strong>``, as the rich text editor writes bold), the date, the publisher and the title-page lines; the
  "Published" date; a link to the review's PDF in the MEDIA LIBRARY (``/media/<folder>/<file>.pdf``); and a
  "Contents" list of links to the chapters;
* the BODY, a BLOCK GRID of twelve columns, each block a ``umb-block-grid__layout-item`` carrying its element type's
  alias and key, its UDI (``umb://element/<32 hex digits>``) and its column and row spans: every chapter heading a
  HEADLINE BLOCK across the grid (``<h2 id=...>``), then a SECTION LAYOUT BLOCK with two AREAS, "main" (eight columns)
  and "aside" (four): in the main area a SUBHEADING BLOCK (``<h3>``) for each subsection, a NUMBERED PARAGRAPH BLOCK for
  each paragraph, its three-level number (``three-level``, "3.1.4") a text property set in a ``<span>`` of its own
  beside the rich text of its paragraph (a factor list's bullets a ``<ul>`` in that rich text), a RICH TEXT BLOCK for
  the foreword's paragraphs and one for the recommendations ("Recommendation N:" in ``<strong>``), and the glossary a
  DEFINITION LIST BLOCK; in the aside area the chapter's KEY LEARNING BLOCKS (``sidebars`` of reports.yaml: {after:
  words of the paragraph whose chapter holds the box, text}), which restate the learning and are never text of the
  review (expected.json ``sidebars``), read after the chapter's last paragraph.
Every paragraph's page is ``None``. expected.json adds ``site_name``, ``page_title``, ``section_ids``, ``sidebars``
and ``media_url``. The grid's wrappers, areas and data attributes follow Umbraco's default block grid partial views
(``blockgrid/default.cshtml``, ``items.cshtml``, ``areas.cshtml``, read through the reference search tool), including
the stray semicolon they write after the number of columns; the element types, their partial views and the site's
shell are assumptions, not compared with a live site; the keys and UDIs are hashes of the report's id."""

from __future__ import annotations

import hashlib
import html
import re
from typing import Any

from . import devset_render as _r

Block = _r.Block

UMBRACO: dict[str, Any] = {
    "body_class": "page-learningReviewPage",
    "skip": "Skip to main content",
    "cookie": "We use cookies to make this site work and to understand how it is used.",
    "cookie_button": "Accept cookies",
    "menu": ["Home", "Worried about a child?", "Practitioners", "Learning from reviews", "Contact"],
    "active": "Learning from reviews",
    "search": "Search",
    "crumbs": ["Home", "Practitioners", "Learning from reviews"],
    "published": "Published",
    "download": "Download the review (PDF)",
    "contents": "Contents",
    "key_learning": "Key learning",
    "feedback": "Was this page useful?",
    "feedback_options": ["Yes", "No"],
    "feedback_button": "Send feedback",
    "footer": ["Accessibility statement", "Privacy", "Cookies", "Contact the partnership"],
    "columns": 12,
    "main": 8,
    "aside": 4,
    "types": ("headlineBlock", "sectionLayout", "subheadingBlock", "numberedParagraph", "richTextBlock",
              "definitionListBlock", "keyLearningBlock"),
}


def _hex(seed: str, n: int = 32) -> str:
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def element_key(alias: str) -> str:
    """An element type's key, a GUID, the same for every block of the type."""
    h = _hex(f"umbraco-type:{alias}")
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def slug(text: str) -> str:
    """A heading's anchor: its words lower-cased and joined by hyphens."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def para_id(label: str) -> str:
    return "para-" + label.replace(".", "-")


def page_title(output: dict[str, Any], report: dict[str, Any]) -> str:
    return f"{report['title']} - {output['site_name']}"


def media_url(output: dict[str, Any]) -> str:
    return f"/media/{output['media']}/{output['path'].strip('/').rsplit('/', 1)[-1]}.pdf"


def footer_lines(output: dict[str, Any]) -> list[str]:
    return [*UMBRACO["footer"], f"© {output['published'][-4:]} {output['site_name']}"]


def render_html(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render a three-level review as an Umbraco page whose body is a block grid; return bytes and the expected
    entry."""
    if report["numbering"] != "three-level":
        raise ValueError("the umbraco layout renders three-level numbering")
    e = html.escape
    u = UMBRACO
    rid, site = report["id"], output["site_name"]
    uid = iter(range(10**6))

    def item(alias: str, inner: str, span: int) -> str:
        """One block as items.cshtml writes it."""
        udi = _hex(f"{rid}:{alias}:{next(uid)}")
        return (f'<div class="umb-block-grid__layout-item" data-content-element-type-alias="{alias}" '
                f'data-content-element-type-key="{element_key(alias)}" data-element-udi="umb://element/{udi}" '
                f'data-col-span="{span}" data-row-span="1" style=" --umb-block-grid--item-column-span: {span}; '
                f'--umb-block-grid--item-row-span: 1; ">\n{inner}\n</div>')

    def container(items: list[str]) -> str:
        return '<div class="umb-block-grid__layout-container">\n' + "\n".join(items) + "\n</div>" if items else ""

    def area(alias: str, span: int, items: list[str]) -> str:
        return (f'<div class="umb-block-grid__block-area" data-area-col-span="{span}" data-area-row-span="1" '
                f'data-area-alias="{alias}" style="--umb-block-grid--area-column-span: {span}; '
                f'--umb-block-grid--area-row-span: 1;">\n{container(items)}\n</div>')

    sidebars = [{k: " ".join(str(v).split()) for k, v in s.items()} for s in report.get("sidebars", [])]
    chapter_of: list[int] = []  # block index -> the index of its chapter's heading
    chapter = -1
    for idx, b in enumerate(blocks):
        if b.kind == "heading" and b.level == 1:
            chapter = idx
        chapter_of.append(chapter)
    boxes: dict[int, list[str]] = {}  # chapter heading index -> its key learning boxes, in order
    for s in sidebars:
        hit = next((i for i, b in enumerate(blocks) if b.kind in ("para", "factor") and s["after"] in b.text), None)
        if hit is None:
            raise ValueError(f"key learning box's paragraph not found: {s['after']!r}")
        boxes.setdefault(chapter_of[hit], []).append(s["text"])
    order = [t for c in sorted(boxes) for t in boxes[c]]  # as read: each chapter's boxes after its paragraphs

    majors = [i for i, b in enumerate(blocks) if b.kind == "heading" and b.level == 1]
    ids = [slug(blocks[i].text) for i in majors]
    anchors = dict(zip(majors, ids, strict=True))
    grid: list[str] = []
    main: list[str] = []
    rich: list[str] = []
    current = -1

    def flush_rich() -> None:
        if rich:
            main.append(item("richTextBlock", '<div class="rich-text">' + "".join(rich) + "</div>", u["main"]))
            rich.clear()

    def close_chapter() -> None:
        flush_rich()
        if current < 0:
            return
        aside = [item("keyLearningBlock", f'<aside class="key-learning"><p class="key-learning__title">'
                                          f'{e(u["key_learning"])}</p><p>{e(t)}</p></aside>', u["aside"])
                 for t in boxes.get(current, [])]
        areas = (f'<div class="umb-block-grid__block-area-container" data-area-grid-columns="{u["columns"]};" '
                 f'style="--umb-block-grid--area-grid-columns: {u["columns"]};">\n'
                 f'{area("main", u["main"], main)}\n{area("aside", u["aside"], aside)}\n</div>')
        grid.append(item("sectionLayout", f'<div class="section-layout">\n{areas}\n</div>', u["columns"]))
        main.clear()

    for idx, b in enumerate(blocks):
        if b.kind == "heading" and b.level == 1:
            close_chapter()
            current = idx
            grid.append(item("headlineBlock", f'<h2 class="headline" id="{anchors[idx]}">{e(b.text)}</h2>',
                             u["columns"]))
        elif b.kind == "heading":
            flush_rich()
            main.append(item("subheadingBlock", f'<h3 class="subheading">{e(b.text)}</h3>', u["main"]))
        elif b.kind == "unnumbered":
            rich.append(f"<p>{e(b.text, quote=False)}</p>")
        elif b.kind == "rec":
            rich.append(f"<p><strong>{e(b.label)}:</strong> {e(b.text, quote=False)}</p>")
        elif b.kind in ("para", "factor"):
            flush_rich()
            text = f"<p>{e(b.text, quote=False)}</p>"
            if b.bullets:
                text += "<ul>" + "".join(f"<li>{e(t, quote=False)}</li>" for t in b.bullets) + "</ul>"
            main.append(item("numberedParagraph", f'<div class="numbered-paragraph" id="{para_id(b.label)}">'
                                                  f'<span class="numbered-paragraph__number">{e(b.label)}</span>'
                                                  f'<div class="numbered-paragraph__text">{text}</div></div>',
                             u["main"]))
        elif b.kind == "glossary":
            flush_rich()
            rows = "".join(f'<div class="definition-list__item"><dt>{e(a)}</dt><dd>{e(m)}</dd></div>'
                           for a, m in b.rows)
            main.append(item("definitionListBlock", f'<dl class="definition-list">{rows}</dl>', u["main"]))
    close_chapter()

    lines = _r.title_lines(report)
    summary = [f"<p><strong>{e(lines[0])}</strong></p>", *(f"<p>{e(t, quote=False)}</p>" for t in lines[1:])]
    title = page_title(output, report)
    url = f"https://{output['host']}{output['path']}"
    parts = output["path"].strip("/").split("/")
    crumbs = [f'<li class="breadcrumbs__item"><a href="{"/" if n == 0 else "/" + "/".join(parts[:n]) + "/"}">'
              f"{e(c)}</a></li>" for n, c in enumerate(u["crumbs"])]
    menu = "".join(f'<li class="main-nav__item{" main-nav__item--current" if m == u["active"] else ""}">'
                   f'<a href="{"/" if m == "Home" else "/" + slug(m) + "/"}"'
                   f'{" aria-current=" + chr(34) + "page" + chr(34) if m == u["active"] else ""}>{e(m)}</a></li>'
                   for m in u["menu"])
    version = _hex(f"{rid}:static", 10)
    form_id = _hex(f"{rid}:form")
    foot = footer_lines(output)
    day, month, year = output["published"].split()
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]
    iso = f"{year}-{months.index(month) + 1:02d}-{int(day):02d}"
    options = "".join(f'<label><input type="radio" name="useful" value="{o.lower()}"> {e(o)}</label>'
                      for o in u["feedback_options"])
    out = [
        "<!DOCTYPE html>",
        '<html lang="en-GB">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(title)}</title>",
        f'<meta name="description" content="{e(report["title_page"][0])}">',
        f'<link rel="canonical" href="{url}">',
        '<link rel="stylesheet" href="/css/blockgridlayout.css">',
        f'<link rel="stylesheet" href="/css/site.css?v={version}">',
        "</head>",
        f'<body class="{u["body_class"]}">',
        f'<a class="skip-link" href="#main-content">{e(u["skip"])}</a>',
        f'<div class="cookie-notice" role="region" aria-label="Cookies"><p>{e(u["cookie"])}</p>'
        f'<button type="button">{e(u["cookie_button"])}</button></div>',
        '<header class="site-header">',
        f'<a class="site-header__name" href="/">{e(site)}</a>',
        f'<nav class="main-nav" aria-label="Main navigation"><ul>{menu}</ul></nav>',
        f'<form class="site-search" action="/search/" method="get"><label for="q">{e(u["search"])}</label>'
        '<input type="search" id="q" name="q"><button type="submit">Go</button></form>',
        "</header>",
        '<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>' + "".join(crumbs)
        + f'<li class="breadcrumbs__item" aria-current="page">{e(report["title"])}</li></ol></nav>',
        '<main id="main-content">',
        '<article class="learning-review">',
        '<div class="learning-review__header">',
        f"<h1>{e(report['title'])}</h1>",
        '<div class="learning-review__summary">' + "".join(summary) + "</div>",
        f'<p class="learning-review__published">{e(u["published"])} <time datetime="{iso}">'
        f'{e(output["published"])}</time></p>',
        f'<p class="learning-review__download"><a href="{media_url(output)}">{e(u["download"])}</a></p>',
        "</div>",
        f'<nav class="learning-review__contents" aria-label="{e(u["contents"])}"><h2>{e(u["contents"])}</h2><ol>'
        + "".join(f'<li><a href="#{i}">{e(blocks[m].text)}</a></li>' for m, i in zip(majors, ids, strict=True))
        + "</ol></nav>",
        f'<div class="umb-block-grid__root-container" data-grid-columns="{u["columns"]};" '
        f'style="--umb-block-grid--grid-columns: {u["columns"]};">',
        container(grid),
        "</div>",
        "</article>",
        f'<div class="umbraco-forms-form feedback umbraco-forms-default"><form action="{output["path"]}" '
        f'method="post" id="form{form_id}"><div class="umbraco-forms-page"><fieldset class="umbraco-forms-fieldset">'
        f'<legend>{e(u["feedback"])}</legend><div class="umbraco-forms-field useful radiobuttonlist">{options}</div>'
        f'</fieldset><div class="umbraco-forms-navigation"><button type="submit" class="btn primary">'
        f'{e(u["feedback_button"])}</button></div></div></form></div>',
        "</main>",
        '<footer class="site-footer">',
        '<ul class="site-footer__links">' + "".join(f'<li><a href="/{slug(t)}/">{e(t)}</a></li>' for t in foot[:-1])
        + "</ul>",
        f'<p class="site-footer__copyright">{e(foot[-1])}</p>',
        "</footer>",
        f'<script src="/scripts/site.js?v={version}"></script>',
        "</body>",
        "</html>",
        "",
    ]
    result = _r.expected(output, blocks, contents_lines=[blocks[m].text for m in majors],
                         running_header_lines=[site, u["skip"], u["cookie"], u["cookie_button"], *u["menu"],
                                               u["search"], *u["crumbs"], u["published"], output["published"],
                                               u["download"], u["contents"], u["feedback"], *u["feedback_options"],
                                               u["feedback_button"], *foot],
                         site_name=site, page_title=title, section_ids=ids, sidebars=order,
                         media_url=media_url(output))
    return "\n".join(out).encode("utf-8"), result
