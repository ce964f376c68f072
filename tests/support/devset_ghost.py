"""HTML writer for the fictional development set, layout ``ghost``: a review published as a POST of a GHOST site (the
Node.js publishing platform) in its default theme, Casper, the review itself pasted by the partnership's business unit
into one MARKDOWN CARD of the post's editor, which Ghost renders with markdown-it:

    <!--kg-card-begin: markdown--><p><strong>Contents</strong></p>
    <ul>
    <li><a href="#introduction">Introduction</a></li> ...
    <h3 id="why-this-review-was-held">Why this review was held</h3>
    <ol>
    <li>
    <p>At about one in the morning ...</p>
    </li> ...
    </ol>
    <h3 id="terms-of-reference">Terms of reference</h3>
    <ol start="3">
    <li>The Partnership asked the review to consider ...:
    <ul>
    <li>how professionals understood ...</li>

* the site's shell as Casper writes it: ``<title>`` "Title", the description, the canonical address, Open Graph and
  article metadata, a JSON-LD ``Article``, the ``generator`` meta tag naming Ghost, the members' Portal script, the
  body classes "post-template tag-..." ; the ``gh-head`` header with the site's name, its navigation, search button and
  the members' "Sign in" and "Subscribe" links; after the article the footer call to action ("Sign up for more like
  this."), a "Read more" strip of three other posts and the site footer with "Powered by Ghost";
* the post's header: its primary tag, the title as ``<h1 class="article-title">``, the custom excerpt (the title
  page's first extra line) and the byline: the author (the output's ``byline``), the date and Ghost's reading time;
* the post's content (``section.gh-content``): a CALLOUT CARD holding the fiction label (bold) and the title-page lines
  as line breaks in one text, a BUTTON CARD linking to the review's PDF uploaded to the site
  (``/content/files/<year>/<month>/<slug>.pdf``), then the MARKDOWN CARD: a bold "Contents" line and a list of links
  to the chapters; every heading with the id Ghost gives it (``<h2>`` for chapters, ``<h3>`` for subsections); numbering
  ``single``: the writer TYPED each paragraph's number ("12. "), so markdown-it made each run of numbered paragraphs
  between two headings an ORDERED LIST whose ``start`` is the first number (no ``start`` when it is 1) and whose items
  are the paragraphs, each in a ``<p>`` of its own (a LOOSE list: its items are separated by blank lines), except that
  a run of ONE paragraph is a TIGHT list, its text straight in the ``<li>``; a factor list's bullets a ``<ul>`` inside
  its item; the recommendations paragraphs opening "**Recommendation N:**"; the glossary a Markdown table.
The number of a paragraph is thus nowhere in the text: it is its list's ``start`` plus its place in the list. Every
paragraph's page is ``None``. expected.json adds ``site_name``, ``page_title``, ``section_ids``, ``byline`` and
``download_url``. The markdown card's comments, markdown-it's output (no typographer: straight quotes
stay straight) and Casper's classes follow Ghost's and markdown-it's documented behaviour; the version, the theme's
strings and the "Read more" posts are assumptions, not compared with a live site."""

from __future__ import annotations

import hashlib
import html
import json
import math
import re
from typing import Any

from . import devset_render as _r

Block = _r.Block

GHOST: dict[str, Any] = {
    "generator": "Ghost 5.96",
    "body_class": "post-template tag-learning-reviews",
    "nav": ["Home", "About us", "Learning reviews", "For practitioners", "Contact"],
    "search": "Search this site",
    "sign_in": "Sign in",
    "subscribe": "Subscribe",
    "contents": "Contents",
    "download": "Download the full review (PDF)",
    "callout_emoji": "\U0001f4c4",
    "cta_title": "Sign up for more like this.",
    "cta_input": "Enter your email",
    "read_more": ["Seven minute briefing: working with families who move often",
                  "Annual report of the partnership 2024 to 2025",
                  "Neglect strategy: what practitioners told us"],
    "footer_nav": ["Sign up", "Privacy", "Accessibility"],
    "powered": "Powered by Ghost",
    "words_per_minute": 275,
    "glossary_head": ["Term", "Meaning"],
}
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]


def slug(text: str) -> str:
    """A heading's id as Ghost gives it: lower case, apostrophes dropped, other runs of punctuation a hyphen."""
    return re.sub(r"[^a-z0-9]+", "-", re.sub(r"['’]", "", text.lower())).strip("-")


def page_title(report: dict[str, Any]) -> str:
    return report["title"]


def iso_date(published: str) -> str:
    day, month, year = published.split()
    return f"{year}-{_MONTHS.index(month) + 1:02d}-{int(day):02d}"


def short_date(published: str) -> str:
    day, month, year = published.split()
    return f"{int(day)} {month[:3]} {year}"


def download_url(output: dict[str, Any]) -> str:
    return f"/content/files/{output['upload']}/{output['path'].strip('/')}.pdf"


def reading_time(blocks: list[Block]) -> str:
    words = sum(len(" ".join([b.text, *b.bullets, *(f"{a} {m}" for a, m in b.rows)]).split()) for b in blocks)
    return f"{max(1, math.ceil(words / GHOST['words_per_minute']))} min read"


def _md(text: str) -> str:
    """Text as markdown-it escapes it: &, <, > and double quotes."""
    return html.escape(text, quote=False).replace('"', "&quot;")


def render_html(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render a single-numbered review as a Ghost post whose content is one markdown card; return the bytes and the
    expected entry."""
    if report["numbering"] != "single":
        raise ValueError("the ghost layout renders single numbering")
    e = html.escape
    g = GHOST
    site, host = output["site_name"], output["host"]
    url = f"https://{host}{output['path']}"
    majors = [b for b in blocks if b.kind == "heading" and b.level == 1]
    ids = [slug(b.text) for b in majors]

    md: list[str] = [f"<p><strong>{e(g['contents'])}</strong></p>", "<ul>"]
    md += [f'<li><a href="#{i}">{_md(b.text)}</a></li>' for b, i in zip(majors, ids, strict=True)]
    md.append("</ul>")
    run: list[Block] = []

    def item(b: Block, loose: bool) -> list[str]:
        text = f"<p>{_md(b.text)}</p>" if loose else _md(b.text)
        inner = [text]
        if b.bullets:
            inner += ["<ul>", *(f"<li>{_md(t)}</li>" for t in b.bullets), "</ul>"]
        return ["<li>", *inner, "</li>"] if loose else [f"<li>{inner[0]}", *inner[1:], "</li>"] if b.bullets else [
            f"<li>{inner[0]}</li>"]

    def flush() -> None:
        if not run:
            return
        first = run[0].label
        md.append("<ol>" if first == "1" else f'<ol start="{first}">')
        for b in run:
            md.extend(item(b, len(run) > 1))
        md.append("</ol>")
        run.clear()

    for b in blocks:
        if b.kind in ("para", "factor"):
            run.append(b)
            continue
        flush()
        if b.kind == "heading":
            tag = "h2" if b.level == 1 else "h3"
            md.append(f'<{tag} id="{slug(b.text)}">{_md(b.text)}</{tag}>')
        elif b.kind == "unnumbered":
            md.append(f"<p>{_md(b.text)}</p>")
        elif b.kind == "rec":
            md.append(f"<p><strong>{_md(b.label)}:</strong> {_md(b.text)}</p>")
        elif b.kind == "glossary":
            md += ["<table>", "<thead>", "<tr>", *(f"<th>{h}</th>" for h in g["glossary_head"]), "</tr>", "</thead>",
                   "<tbody>"]
            for a, m in b.rows:
                md += ["<tr>", f"<td>{_md(a)}</td>", f"<td>{_md(m)}</td>", "</tr>"]
            md += ["</tbody>", "</table>"]
    flush()

    lines = _r.title_lines(report)
    callout = (f'<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">'
               f'{g["callout_emoji"]}</div><div class="kg-callout-text"><b><strong style="white-space: pre-wrap;">'
               f'{e(lines[0])}</strong></b>' + "".join(f"<br>{e(t, quote=False)}" for t in lines[1:]) + "</div></div>")
    button = (f'<div class="kg-card kg-button-card kg-align-left"><a href="{download_url(output)}" '
              f'class="kg-btn kg-btn-accent">{e(g["download"])}</a></div>')
    tag, tag_slug = output["tag"], slug(output["tag"])
    author_slug = slug(output["byline"])
    iso = iso_date(output["published"])
    version = hashlib.sha1(f"{report['id']}:assets".encode()).hexdigest()[:10]
    ld = {"@context": "https://schema.org", "@type": "Article",
          "publisher": {"@type": "Organization", "name": site, "url": f"https://{host}/"},
          "author": {"@type": "Person", "name": output["byline"], "url": f"https://{host}/author/{author_slug}/"},
          "headline": report["title"], "url": url, "datePublished": f"{iso}T09:00:00.000Z",
          "description": report["title_page"][0], "mainEntityOfPage": url}
    nav = "".join(f'<li class="nav-{slug(n)}{" nav-current" if n == "Learning reviews" else ""}">'
                  f'<a href="https://{host}/{"" if n == "Home" else slug(n) + "/"}">{e(n)}</a></li>' for n in g["nav"])
    cards = "".join(f'<article class="post-card post"><a class="post-card-content-link" href="https://{host}/'
                    f'{slug(t)}/"><header class="post-card-header"><h2 class="post-card-title">{e(t)}</h2></header>'
                    f"</a></article>" for t in g["read_more"])
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        "",
        '    <meta charset="utf-8" />',
        '    <meta http-equiv="X-UA-Compatible" content="IE=edge" />',
        "",
        f"    <title>{e(page_title(report))}</title>",
        '    <meta name="HandheldFriendly" content="True" />',
        '    <meta name="viewport" content="width=device-width, initial-scale=1.0" />',
        f'    <link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v={version}" />',
        f'    <meta name="description" content="{e(report["title_page"][0])}">',
        f'    <link rel="canonical" href="{url}">',
        '    <meta name="referrer" content="no-referrer-when-downgrade">',
        f'    <meta property="og:site_name" content="{e(site)}">',
        '    <meta property="og:type" content="article">',
        f'    <meta property="og:title" content="{e(report["title"])}">',
        f'    <meta property="og:url" content="{url}">',
        f'    <meta property="article:published_time" content="{iso}T09:00:00.000Z">',
        f'    <meta property="article:tag" content="{e(tag)}">',
        '    <script type="application/ld+json">',
        json.dumps(ld, indent=4, ensure_ascii=False),
        "    </script>",
        f'    <meta name="generator" content="{g["generator"]}">',
        f'    <link rel="alternate" type="application/rss+xml" title="{e(site)}" href="https://{host}/rss/">',
        f'    <script defer src="/public/portal.min.js" data-i18n="true" data-ghost="https://{host}/" '
        f'data-key="{version}" data-api="https://{host}/ghost/api/content/" crossorigin="anonymous"></script>',
        f'    <link rel="stylesheet" type="text/css" href="/public/cards.min.css?v={version}">',
        "</head>",
        f'<body class="{g["body_class"]} is-head-left-logo">',
        '<div class="viewport">',
        '    <header id="gh-head" class="gh-head outer">',
        '        <div class="gh-head-inner inner">',
        f'            <div class="gh-head-brand"><a class="gh-head-logo no-image" href="https://{host}">{e(site)}'
        f'</a><button class="gh-search gh-icon-btn" aria-label="{e(g["search"])}" data-ghost-search></button></div>',
        f'            <nav class="gh-head-menu"><ul class="nav">{nav}</ul></nav>',
        '            <div class="gh-head-actions"><div class="gh-head-members">'
        f'<a class="gh-head-link" href="#/portal/signin" data-portal="signin">{e(g["sign_in"])}</a>'
        f'<a class="gh-head-button" href="#/portal/signup" data-portal="signup">{e(g["subscribe"])}</a></div></div>',
        "        </div>",
        "    </header>",
        '    <div class="site-content">',
        '<main id="site-main" class="site-main">',
        f'<article class="article post tag-{tag_slug} no-image">',
        '    <header class="article-header gh-canvas">',
        f'        <div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/'
        f'{tag_slug}/">{e(tag)}</a></span></div>',
        f'        <h1 class="article-title">{e(report["title"])}</h1>',
        f'            <p class="article-excerpt">{e(report["title_page"][0], quote=False)}</p>',
        '        <div class="article-byline"><section class="article-byline-content"><div class="article-byline-meta">'
        f'<h4 class="author-name"><a href="/author/{author_slug}/">{e(output["byline"])}</a></h4>'
        f'<div class="byline-meta-content"><time class="byline-meta-date" datetime="{iso}">'
        f'{short_date(output["published"])}</time><span class="byline-reading-time"><span class="bull">&bull;</span> '
        f"{reading_time(blocks)}</span></div></div></section></div>",
        "    </header>",
        '    <section class="gh-content gh-canvas">',
        callout + button + "<!--kg-card-begin: markdown-->" + "\n".join(md) + "\n<!--kg-card-end: markdown-->",
        "    </section>",
        "</article>",
        "</main>",
        '<section class="footer-cta outer"><div class="inner">'
        f'<h2 class="footer-cta-title">{e(g["cta_title"])}</h2><a class="footer-cta-button" href="#/portal" '
        f'data-portal><div class="footer-cta-input">{e(g["cta_input"])}</div><span>{e(g["subscribe"])}</span></a>'
        "</div></section>",
        f'<aside class="read-more-wrap outer"><div class="read-more inner">{cards}</div></aside>',
        "    </div>",
        '    <footer class="site-footer outer"><div class="inner">'
        f'<section class="copyright"><a href="https://{host}">{e(site)}</a> &copy; {output["published"][-4:]}</section>'
        '<nav class="site-footer-nav"><ul>' + "".join(f'<li><a href="https://{host}/{slug(n)}/">{e(n)}</a></li>'
                                                       for n in g["footer_nav"]) + "</ul></nav>"
        f'<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">{e(g["powered"])}'
        "</a></div></div></footer>",
        "</div>",
        "</body>",
        "</html>",
        "",
    ]
    result = _r.expected(output, blocks, contents_lines=[b.text for b in majors],
                         running_header_lines=[site, *g["nav"], g["sign_in"], g["subscribe"], tag,
                                               output["byline"], short_date(output["published"]), reading_time(blocks),
                                               g["download"], g["contents"], g["cta_title"], g["cta_input"],
                                               *g["read_more"], *g["footer_nav"], g["powered"]],
                         site_name=site, page_title=page_title(report), section_ids=ids, byline=output["byline"],
                         download_url=download_url(output))
    return "\n".join(out).encode("utf-8"), result
