"""HTML writer for the fictional development set, layout ``wagtail``: a review published as a PAGE OF A WAGTAIL SITE
(the Django content management system) whose body is a STREAMFIELD, and saved from the browser by an editor who was
signed in, so that WAGTAIL'S USER BAR is in the page:

    <div class="review-page__body">
    <div class="block-heading_block"><h2 id="what-happened">What happened</h2></div>
    <div class="block-heading_block"><h3>The pregnancy, June to October 2024</h3></div>
    <div class="block-paragraph_block"><p data-block-key="k3v9q">10. On 11 June 2024 Marnie saw a GP ...</p>
    <p data-block-key="a81xz">11. A community midwife visited ...</p></div>
    <div class="block-block_quote"><blockquote><p class="text">...</p>
    <p class="attribute_name">Marnie</p>
    </blockquote></div>

* the site's shell: the page's ``<title>`` "Page | Site", canonical metadata, the body class Wagtail's project template
  gives a page type ("template-review-page"), a skip link, the header with the site's name, its main menu and a search
  form, a breadcrumb trail ending in the page's title, and the footer;
* the page's own fields: the title as ``<h1>``; the introduction, a rich text field whose paragraphs are the fiction
  label (bold, ``<b>`` as Wagtail's rich text editor writes it), the date, the publisher and the title-page lines; the
  "Published" date and the topics (tags) in a ``<dl>``; a link to the review's PDF as a Wagtail document
  (``/documents/<id>/<file name>``); and an "On this page" list of links to the chapters' headings;
* the BODY, a StreamField rendered block by block as Wagtail renders a stream, each block in a ``<div
  class="block-<type>">`` named for its type (the block types of Wagtail's demonstration site): every chapter heading
  and every subsection heading a HEADING BLOCK of its own (``<h2 id=...>`` for a chapter, the anchor its words as a
  slug; ``<h3>`` for a subsection); the paragraphs under a heading pasted into ONE RICH TEXT BLOCK, each a ``<p
  data-block-key="...">`` (the five-character key Wagtail's editor gives every block of rich text) with its single
  number typed at the start ("12. The ..."; numbering ``single``), a factor list's bullets a ``<ul>`` of ``<li
  data-block-key>`` in the same block, "Recommendation N:" in ``<b>``; a QUOTE BLOCK (``pull_quotes`` of reports.yaml:
  the review's own words repeated, with an attribution) after the paragraph it follows, which splits that heading's
  rich text into two blocks; the glossary a TABLE BLOCK (``<thead>`` "Term | Meaning", each term a row header);
* Wagtail's USER BAR at the end of the body ("Go to Wagtail admin", "Show in Explorer", "Edit this page", "Add a child
  page"), between its embed code comments.
Every paragraph's page is ``None``. expected.json adds ``site_name``, ``page_title``, ``section_ids``, ``pull_quotes``
and ``document_url``. The stream's wrappers, the block types, the heading, quote and table templates and the rich
text's block keys follow Wagtail's own code and its demonstration site (read through the reference search tool); the
user bar's markup follows an earlier version of Wagtail's templates and the site's shell is an assumption, neither
compared with a live site; the block keys are hashes of the report's id."""

from __future__ import annotations

import hashlib
import html
import re
from typing import Any

from . import devset_render as _r

Block = _r.Block

WAGTAIL: dict[str, Any] = {
    "body_class": "template-review-page",
    "skip": "Skip to main content",
    "menu": ["About us", "Worried about a child?", "Learning", "Training", "Contact us"],
    "active": "Learning",
    "search": "Search this site",
    "crumbs": ["Home", "Learning", "Case reviews"],
    "published": "Published",
    "topics": "Topics",
    "tags": ["Maternity", "Health visiting", "Unborn babies"],
    "download": "Download the full review (PDF)",
    "contents": "On this page",
    "userbar": ["Go to Wagtail admin", "Show in Explorer", "Edit this page", "Add a child page"],
    "footer": ["Accessibility", "Privacy notice", "Cookies", "Contact the business unit"],
    "blocks": ("heading_block", "paragraph_block", "block_quote", "table_block"),
    "glossary_head": ["Term", "Meaning"],
}


def block_key(seed: str) -> str:
    """A rich text block's key as Wagtail's editor writes it: five characters of [a-z0-9]."""
    digest = int(hashlib.sha1(seed.encode()).hexdigest(), 16)
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(alphabet[(digest >> (6 * i)) % 36] for i in range(5))


def slug(text: str) -> str:
    """A heading's anchor: its words as a slug, as Django's ``slugify`` makes it."""
    return re.sub(r"[-\s]+", "-", re.sub(r"[^\w\s-]", "", text.lower())).strip("-_")


def page_title(output: dict[str, Any], report: dict[str, Any]) -> str:
    return f"{report['title']} | {output['site_name']}"


def document_url(output: dict[str, Any]) -> str:
    return f"/documents/{output['document']}/{output['path'].strip('/').rsplit('/', 1)[-1]}.pdf"


def footer_lines(output: dict[str, Any]) -> list[str]:
    return [*WAGTAIL["footer"], f"© {output['published'][-4:]} {output['site_name']}"]


def render_html(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render a single-numbered review as a Wagtail page whose body is a StreamField; return bytes and the expected
    entry."""
    if report["numbering"] != "single":
        raise ValueError("the wagtail layout renders single numbering")
    e = html.escape

    def rt(text: str) -> str:  # rich text as Wagtail stores it: only &, < and > escaped
        return html.escape(text, quote=False)

    rid, site = report["id"], output["site_name"]
    quotes = [{k: " ".join(str(v).split()) for k, v in q.items()} for q in report.get("pull_quotes", [])]
    review = " ".join(" ".join([b.text, *b.bullets]) for b in blocks)
    for q in quotes:
        if q["text"].rstrip(".") not in review:
            raise ValueError(f"a quote block repeats the review's own words: {q['text']!r}")
    after: dict[int, list[dict[str, str]]] = {}  # block index -> the quote blocks that follow it
    nxt = 0
    for idx, b in enumerate(blocks):
        while nxt < len(quotes) and b.kind in ("para", "factor", "unnumbered") and quotes[nxt]["after"] in b.text:
            after.setdefault(idx, []).append(quotes[nxt])
            nxt += 1
    if nxt != len(quotes):
        raise ValueError(f"quote block's paragraph not found in reading order: {quotes[nxt]['after']!r}")
    keys: set[str] = set()

    def key(seed: str) -> str:
        k = block_key(f"{rid}:{seed}")
        if k in keys:
            raise ValueError(f"rich text block key {k} given twice")
        keys.add(k)
        return k

    def p(seed: str, inner: str) -> str:
        return f'<p data-block-key="{key(seed)}">{inner}</p>'

    majors = [i for i, b in enumerate(blocks) if b.kind == "heading" and b.level == 1]
    ids = [slug(blocks[i].text) for i in majors]
    anchors = dict(zip(majors, ids, strict=True))
    stream: list[str] = []
    rich: list[str] = []

    def flush() -> None:
        if rich:
            stream.append('<div class="block-paragraph_block">' + "".join(rich) + "</div>")
            rich.clear()

    for idx, b in enumerate(blocks):
        if b.kind == "heading":
            flush()
            head = f'<h2 id="{anchors[idx]}">{e(b.text)}</h2>' if b.level == 1 else f"<h3>{e(b.text)}</h3>"
            stream.append(f'<div class="block-heading_block">{head}</div>')
        elif b.kind == "unnumbered":
            rich.append(p(f"u{idx}", rt(b.text)))
        elif b.kind in ("para", "factor"):
            rich.append(p(f"p{idx}", f"{b.label}. {rt(b.text)}"))
            if b.bullets:
                rich.append("<ul>" + "".join(f'<li data-block-key="{key(f"b{idx}.{n}")}">{rt(t)}</li>'
                                             for n, t in enumerate(b.bullets)) + "</ul>")
        elif b.kind == "rec":
            rich.append(p(f"r{idx}", f"<b>{b.label}:</b> {rt(b.text)}"))
        elif b.kind == "glossary":
            flush()
            head = "".join(f"<th>{e(h)}</th>" for h in WAGTAIL["glossary_head"])
            rows = "".join(f"<tr><th>{e(term)}</th><td>{e(meaning)}</td></tr>" for term, meaning in b.rows)
            stream.append(f'<div class="block-table_block"><table><thead><tr>{head}</tr></thead><tbody>{rows}'
                          "</tbody></table></div>")
        for q in after.get(idx, []):
            flush()
            stream.append(f'<div class="block-block_quote"><blockquote><p class="text">{e(q["text"])}</p>\n'
                          f'<p class="attribute_name">{e(q["cite"])}</p>\n</blockquote></div>')
    flush()

    lines = _r.title_lines(report)
    intro = [p("intro0", f"<b>{rt(lines[0])}</b>"), *(p(f"intro{n}", rt(t)) for n, t in enumerate(lines[1:], start=1))]
    title = page_title(output, report)
    url = f"https://{output['host']}{output['path']}"
    crumbs = [f'<li><a href="{"/" if n == 0 else "/" + "/".join(output["path"].strip("/").split("/")[:n]) + "/"}">'
              f"{e(c)}</a></li>" for n, c in enumerate(WAGTAIL["crumbs"])]
    active = {m: (" primary-nav__item--active", ' aria-current="true"') if m == WAGTAIL["active"] else ("", "")
              for m in WAGTAIL["menu"]}
    menu = "".join(f'<li class="primary-nav__item{active[m][0]}"><a href="/{slug(m)}/"{active[m][1]}>{e(m)}</a></li>'
                   for m in WAGTAIL["menu"])
    tags = "".join(f'<li><a href="/learning/case-reviews/?tag={slug(t)}">{e(t)}</a></li>' for t in WAGTAIL["tags"])
    version = hashlib.sha1(f"{rid}:static".encode()).hexdigest()[:8]
    page_id = 100 + int(hashlib.sha1(f"{rid}:page".encode()).hexdigest(), 16) % 400  # the page's id in the admin
    parent_id = 100 + int(hashlib.sha1(f"{rid}:parent".encode()).hexdigest(), 16) % 400
    userbar_links = ["/admin/", f"/admin/pages/{parent_id}/", f"/admin/pages/{page_id}/edit/",
                     f"/admin/pages/{page_id}/add_subpage/"]
    userbar = [
        "<!-- Wagtail user bar embed code -->",
        '<div class="wagtail-userbar-reset">',
        '<div class="wagtail-userbar wagtail-userbar--bottom-right" data-wagtail-userbar part="userbar">',
        f'<link rel="stylesheet" href="/static/wagtailadmin/css/userbar.css?v={version}" type="text/css" />',
        '<div class="wagtail-userbar-nav">',
        '<button aria-controls="wagtail-userbar-items" aria-haspopup="true" class="wagtail-userbar-trigger" '
        'id="wagtail-userbar-trigger" data-wagtail-userbar-trigger>',
        '<svg class="icon icon-wagtail-icon wagtail-userbar-icon" aria-hidden="true"><use href="#icon-wagtail-icon">'
        "</use></svg>",
        "</button>",
        '<ul aria-labelledby="wagtail-userbar-trigger" class="wagtail-userbar-items" id="wagtail-userbar-items" '
        'role="menu">',
        *(f'<li class="wagtail-userbar__item" role="presentation"><a href="{href}" target="_parent" '
          f'class="wagtail-userbar-link" role="menuitem" tabindex="-1">{e(text)}</a></li>'
          for href, text in zip(userbar_links, WAGTAIL["userbar"], strict=True)),
        "</ul>",
        "</div>",
        f'<script src="/static/wagtailadmin/js/userbar.js?v={version}"></script>',
        "</div>",
        "</div>",
        "<!-- end Wagtail user bar embed code -->",
    ]
    foot = footer_lines(output)
    year_iso = output["published"].split()
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]
    iso = f"{year_iso[2]}-{months.index(year_iso[1]) + 1:02d}-{int(year_iso[0]):02d}"
    out = [
        "<!DOCTYPE html>",
        '<html lang="en-GB" class="no-js">',
        "<head>",
        '<meta charset="utf-8" />',
        f"<title>{e(title)}</title>",
        f'<meta name="description" content="{e(report["title_page"][0])}" />',
        '<meta name="viewport" content="width=device-width, initial-scale=1" />',
        f'<link rel="canonical" href="{url}" />',
        f'<link rel="stylesheet" type="text/css" href="/static/css/main.{version}.css">',
        "</head>",
        f'<body class="{WAGTAIL["body_class"]}">',
        f'<a class="skip-link" href="#main-content">{e(WAGTAIL["skip"])}</a>',
        '<header class="site-header">',
        f'<a class="site-header__name" href="/">{e(site)}</a>',
        f'<nav class="primary-nav" aria-label="Main"><ul>{menu}</ul></nav>',
        '<form class="site-search" action="/search/" method="get" role="search">'
        f'<label for="search-query">{e(WAGTAIL["search"])}</label>'
        '<input type="search" id="search-query" name="query"><button type="submit">Search</button></form>',
        "</header>",
        '<nav class="breadcrumb" aria-label="Breadcrumb"><ol>' + "".join(crumbs)
        + f'<li aria-current="page">{e(report["title"])}</li></ol></nav>',
        '<main id="main-content">',
        '<article class="review-page">',
        '<div class="review-page__header">',
        f'<h1 class="review-page__title">{e(report["title"])}</h1>',
        '<div class="review-page__intro">' + "".join(intro) + "</div>",
        f'<dl class="review-page__meta"><dt>{e(WAGTAIL["published"])}</dt><dd><time datetime="{iso}">'
        f'{e(output["published"])}</time></dd><dt>{e(WAGTAIL["topics"])}</dt><dd><ul class="tags">{tags}</ul></dd>'
        "</dl>",
        f'<p class="review-page__document"><a href="{document_url(output)}">{e(WAGTAIL["download"])}</a></p>',
        "</div>",
        '<nav class="page-contents" aria-labelledby="page-contents-heading">'
        f'<h2 id="page-contents-heading">{e(WAGTAIL["contents"])}</h2><ul>'
        + "".join(f'<li><a href="#{i}">{e(blocks[m].text)}</a></li>' for m, i in zip(majors, ids, strict=True))
        + "</ul></nav>",
        '<div class="review-page__body">',
        "\n".join(stream),
        "</div>",
        "</article>",
        "</main>",
        '<footer class="site-footer">',
        '<ul class="site-footer__links">' + "".join(f'<li><a href="/{slug(t)}/">{e(t)}</a></li>' for t in foot[:-1])
        + "</ul>",
        f'<p class="site-footer__copyright">{e(foot[-1])}</p>',
        "</footer>",
        f'<script src="/static/js/main.{version}.js"></script>',
        *userbar,
        "</body>",
        "</html>",
        "",
    ]
    result = _r.expected(output, blocks, contents_lines=[blocks[m].text for m in majors],
                         running_header_lines=[site, WAGTAIL["skip"], *WAGTAIL["menu"], WAGTAIL["search"],
                                               *WAGTAIL["crumbs"], WAGTAIL["published"], output["published"],
                                               WAGTAIL["topics"], *WAGTAIL["tags"], WAGTAIL["download"],
                                               WAGTAIL["contents"], *WAGTAIL["userbar"], *foot],
                         site_name=site, page_title=title, section_ids=ids,
                         pull_quotes=[q["text"] for q in quotes], document_url=document_url(output))
    return "\n".join(out).encode("utf-8"), result
