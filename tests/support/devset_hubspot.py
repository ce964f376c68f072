"""HTML writer for the fictional development set, layout ``hubspot``: a review published as a POST OF A HUBSPOT BLOG
(the partnership's site runs on HubSpot's content hub; its business support officer pastes the review into the blog
post's body in the post editor), as HubSpot serves the page:

    <span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
    ...><p><em>This report is entirely fictional ...</em></p> ... <!--more--> ...
    <a data-hs-anchor="true" id="what-happened"></a><h2>What happened</h2>
    <p><strong>12.</strong> On 19 October 2024 ...</p>

* the shell as HubSpot's theme writes it: ``<meta name="generator" content="HubSpot">``, ``<title>`` from the post's
  title tag and the site's name, the description, the canonical address under the blog's path, Open Graph and
  Twitter metadata, the theme's stylesheet and the layout's from the portal's file host, the body classes of a blog
  post (``hs-blog-post``, ``hs-content-id-N``, ``hs-blog-id-N``), the HubSpot analytics and the ``hs-script-loader``
  scripts at the end;
* the theme's HEADER (``header.header``: the logo link, ``nav.menu`` of ``li.menu__item`` links, the blog's link
  ``menu__item--active``) and FOOTER (``footer.footer``: two lines and a copyright line);
* the post in ``article.blog-post``: the title as the page's only ``<h1>`` inside the ``hs_cos_wrapper_name`` span,
  the author's link and the ``<time>`` of publication (``blog-post__meta``), then the post body's RICH TEXT in the
  ``hs_cos_wrapper_post_body`` span, then the post's TAGS (``blog-post__tags``);
* in the post body, as pasted: the fiction label and the title-page lines each an ``<em>`` paragraph, the
  ``<!--more-->`` READ-MORE SEPARATOR after them (the listing page's summary ends there), a "Contents" paragraph in
  ``<strong>`` and one ``<p>`` link per chapter to its ANCHOR, each chapter heading an ``<h2>`` preceded by the anchor
  the editor inserts (``<a data-hs-anchor="true" id="what-happened"></a>``), subsections ``<h3>``; numbering
  ``single`` TYPED by the writer, the number in ``<strong>`` ("12.") followed by a space and the text in the same
  ``<p>``; a factor list's bullets a ``<ul>`` after its lead-in; "Recommendation N:" in ``<strong>``; the glossary
  the editor's TABLE, wrapped in HubSpot's ``<div data-hs-responsive-table="true">`` with inline styles, its first
  row the bold "Term" and "Meaning" cells (the editor writes no ``<thead>``).
Every paragraph's page is ``None``. expected.json adds ``site_name``, ``page_title``, ``slug``, ``author``,
``anchors`` (the chapters' anchor ids) and ``summary_lines`` (the paragraphs before the separator). The class names
and attributes follow HubSpot blog posts as I remember them; the theme's header, footer and classes are assumptions,
not compared with a live site."""

from __future__ import annotations

import html
import re
from typing import Any

from . import devset_render as _r

Block = _r.Block

HUBSPOT: dict[str, Any] = {
    "nav": ["Home", "About us", "Worried about a child?", "Learning reviews", "Training"],
    "current": "Learning reviews",
    "contents": "Contents",
    "tag": "Learning reviews",
    "footer": ["If you are worried about a child in Halsworth, call the front door on 0300 555 0187 (fictional).",
               "Halsworth Safeguarding Children Partnership, Civic Centre, Halsworth (fictional)"],
    "copyright": "© 2025 Halsworth Safeguarding Children Partnership (fictional)",
    "more": "<!--more-->",
    "blog_id": "98765432101",
}


def page_title(output: dict[str, Any]) -> str:
    return f"{output['short_name']} | {output['site_name']}"


def anchor(text: str) -> str:
    """The id of the anchor the post editor inserts before a heading: its words in lower case joined by hyphens."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def timestamp(output: dict[str, Any]) -> str:
    """The post's time as the theme prints it, "Nov 4, 2025 10:30:00 AM"."""
    import datetime as _dt

    when = _dt.datetime.strptime(output["published"], "%Y-%m-%d %H:%M:%S")
    hour = when.hour % 12 or 12
    return f"{when:%b} {when.day}, {when.year} {hour}:{when:%M:%S} {'AM' if when.hour < 12 else 'PM'}"


def render_html(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render a single-numbered review as a HubSpot blog post; return the bytes and the expected entry."""
    if report["numbering"] != "single":
        raise ValueError("the hubspot layout renders single numbering")
    e = html.escape
    h = HUBSPOT
    base = f"https://{output['domain']}/{output['blog']}"
    url = f"{base}/{output['slug']}"
    title = page_title(output)
    portal = output["portal_id"]
    wrap = ('class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_{kind}" style="" '
            'data-hs-cos-general-type="meta_field" data-hs-cos-type="{kind}"')

    lines = _r.title_lines(report)
    summary = [f"<p><em>{e(t, quote=False)}</em></p>" for t in lines]
    chapters: list[tuple[str, str]] = []
    body: list[str] = []
    for b in blocks:
        if b.kind == "heading" and b.level == 1:
            aid = anchor(b.text)
            chapters.append((aid, b.text))
            body.append(f'<a data-hs-anchor="true" id="{aid}"></a><h2>{e(b.text, quote=False)}</h2>')
        elif b.kind == "heading":
            body.append(f"<h3>{e(b.text, quote=False)}</h3>")
        elif b.kind == "unnumbered":
            body.append(f"<p>{e(b.text, quote=False)}</p>")
        elif b.kind in ("para", "factor"):
            body.append(f"<p><strong>{e(b.label)}.</strong> {e(b.text, quote=False)}</p>")
            if b.bullets:
                body.append("<ul>" + "".join(f"<li>{e(t, quote=False)}</li>" for t in b.bullets) + "</ul>")
        elif b.kind == "rec":
            body.append(f"<p><strong>{e(b.label)}:</strong> {e(b.text, quote=False)}</p>")
        elif b.kind == "glossary":
            cell = 'style="width: {w}%; padding: 4px; border: 1px solid #99acc2;"'
            rows = [f'<tr><td {cell.format(w=30)}><strong>Term</strong></td><td {cell.format(w=70)}><strong>Meaning'
                    "</strong></td></tr>"]
            rows += [f"<tr><td {cell.format(w=30)}>{e(a)}</td><td {cell.format(w=70)}>{e(m, quote=False)}</td></tr>"
                     for a, m in b.rows]
            body.append('<div data-hs-responsive-table="true" style="overflow-x: auto; max-width: 100%; width: 100%; '
                        'margin-left: auto; margin-right: auto;"><table style="width: 100%; border-collapse: collapse; '
                        'table-layout: fixed; border: 1px solid #99acc2;"><tbody>' + "".join(rows)
                        + "</tbody></table></div>")
    contents = [f"<p><strong>{e(h['contents'])}</strong></p>"]
    contents += [f'<p><a href="#{aid}" rel="noopener">{e(t, quote=False)}</a></p>' for aid, t in chapters]
    post = "".join(summary) + h["more"] + "".join(contents) + "".join(body)

    nav = "".join(
        f'<li class="menu__item menu__item--depth-1{" menu__item--active" if n == h["current"] else ""}">'
        f'<a class="menu__link" href="/{"" if n == "Home" else anchor(n)}"'
        f'{" aria-current=" + chr(34) + "page" + chr(34) if n == h["current"] else ""}>{e(n)}</a></li>'
        for n in h["nav"])
    author_slug = anchor(output["author"])
    out = [
        "<!doctype html>",
        '<html lang="en-gb">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{e(title)}</title>",
        f'<meta name="description" content="{e(lines[3])}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<link rel="stylesheet" href="//{portal}.fs1.hubspotusercontent-eu1.net/hubfs/{portal}/hub_generated/'
        'template_assets/1/8127364501/1730200000000/template_main.min.css">',
        f'<link rel="stylesheet" href="//{portal}.fs1.hubspotusercontent-eu1.net/hubfs/{portal}/hub_generated/'
        'template_assets/1/8127364522/1730200000000/template_blog.min.css">',
        f'<meta property="og:description" content="{e(lines[3])}">',
        f'<meta property="og:title" content="{e(title)}">',
        f'<meta name="twitter:description" content="{e(lines[3])}">',
        f'<meta name="twitter:title" content="{e(title)}">',
        f'<link rel="canonical" href="{url}">',
        '<meta property="og:type" content="article">',
        f'<link rel="alternate" type="application/rss+xml" href="{base}/rss.xml">',
        '<meta name="twitter:domain" content="' + e(output["domain"]) + '">',
        f'<meta property="og:url" content="{url}">',
        '<meta name="generator" content="HubSpot">',
        "</head>",
        f'<body class="blog-post-template hs-content-id-{output["content_id"]} hs-blog-post '
        f'hs-blog-id-{h["blog_id"]}">',
        '<div class="body-wrapper">',
        '<header class="header"><div class="header__container content-wrapper">'
        f'<a class="header__logo header__logo--main" href="/">{e(output["site_name"])}</a>'
        f'<nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper no-list">{nav}</ul></nav>'
        "</div></header>",
        '<main id="main-content" class="body-container-wrapper">',
        '<div class="body-container body-container--blog-post"><div class="content-wrapper">',
        '<article class="blog-post">',
        f'<h1><span id="hs_cos_wrapper_name" {wrap.format(kind="text")}>{e(report["title"], quote=False)}</span></h1>',
        f'<div class="blog-post__meta"><a href="{base}/author/{author_slug}">{e(output["author"])}</a>'
        f'<time datetime="{output["published"]}" class="blog-post__timestamp">{timestamp(output)}</time></div>',
        f'<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" {wrap.format(kind="rich_text")}>'
        f"{post}</span></div>",
        f'<div class="blog-post__tags"><span>Tags:</span><a class="blog-post__tag-link" href="{base}/tag/'
        f'{anchor(h["tag"])}" rel="tag">{e(h["tag"])}</a></div>',
        "</article>",
        "</div></div>",
        "</main>",
        '<footer class="footer"><div class="footer__container content-wrapper">'
        + "".join(f'<p class="footer__line">{e(t)}</p>' for t in h["footer"])
        + f'<p class="footer__copyright">{e(h["copyright"])}</p></div></footer>',
        "</div>",
        '<script src="/hs/hsstatic/cos-i18n/static-1.53/bundles/project.js"></script>',
        "<!-- Start of HubSpot Analytics Code -->",
        '<script type="text/javascript">var _hsq = _hsq || []; _hsq.push(["setContentType", "blog-post"]); '
        f'_hsq.push(["setCanonicalUrl", "{url}"]); _hsq.push(["setPageId", "{output["content_id"]}"]);</script>',
        "<!-- End of HubSpot Analytics Code -->",
        f'<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/{portal}.js">'
        "</script>",
        "</body>",
        "</html>",
        "",
    ]
    result = _r.expected(output, blocks, contents_lines=[t for _aid, t in chapters],
                         running_header_lines=[output["site_name"], *h["nav"], output["author"], timestamp(output),
                                               h["contents"], "Tags:", h["tag"], *h["footer"], h["copyright"]],
                         site_name=output["site_name"], page_title=title, slug=output["slug"],
                         author=output["author"], anchors=[aid for aid, _t in chapters], summary_lines=list(lines))
    return "\n".join(out).encode("utf-8"), result
