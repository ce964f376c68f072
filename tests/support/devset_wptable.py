"""HTML writer for the fictional development set, layout ``wptable``: the "accessible version" of a review published as
a WordPress page by a safeguarding partnership, its text pasted from the Word report, whose paragraphs were set in
two-column tables (the number in a narrow left cell, the text in the right):

    <h2><span class="ez-toc-section" id="3_What_happened"></span>3 What happened</h2>
    <figure class="wp-block-table numbered-paras"><table><tbody>
      <tr><td colspan="2"><strong>September and October 2024</strong></td></tr>     (a subheading as a spanning row)
      <tr><td>3.4</td><td>In late September ...</td></tr>
      <tr><td>3.6</td><td>She rang ...<ul><li>...</li></ul></td></tr>                  (a factor list's bullets)
    </tbody></table></figure>

Numbering ``two-level`` ("3.2", cited so), the number ONLY in the left cell; chapter headings ``<h2>`` "3 What
happened" (with the anchor span the "Easy Table of Contents" plugin inserts), one table per chapter, the subheadings
rows whose single cell spans both columns, in bold. The foreword is plain ``<p>`` paragraphs before the first table;
the recommendations a table with a header row "Recommendation | What should happen", each row's left cell
"Recommendation 2"; the glossary a striped table with a header row "Abbreviation | Meaning". Around the review: a
skip link, the site's header and menu, a Yoast breadcrumb ("Home » Publications » ..."), a "Listen" button, a
"Download the PDF version" link and note at the top of the page, the plugin's "Table of Contents" box, "Share this:"
buttons, "Related" posts, "Comments are closed." and the footer (:data:`RUNNING_LINES`). Every paragraph's page is
``None``."""

from __future__ import annotations

import html
import re
from typing import Any

from . import devset_render as _r

Block = _r.Block

SITE = "Otterhythe Safeguarding Children Partnership (fictional site)"
LISTEN = "Listen to this page"
DOWNLOAD = "Download the PDF version of this report (1.4MB)"
ACCESSIBLE = "This is the accessible version of the report. Paragraph numbers match the PDF version."
TOC_TITLE = "Table of Contents"
SHARE = "Share this:"
RELATED = "Related"
CLOSED = "Comments are closed."
FOOTER = "Proudly powered by WordPress. This fictional website was made for software testing."
RUNNING_LINES = [SITE, LISTEN, DOWNLOAD, ACCESSIBLE, TOC_TITLE, SHARE, RELATED, CLOSED, FOOTER]
REC_HEAD = ("Recommendation", "What should happen")
GLOSSARY_HEAD = ("Abbreviation", "Meaning")


def toc_id(heading: str) -> str:
    """The anchor the table-of-contents plugin gives a heading: "3 What happened" -> "3_What_happened"."""
    return re.sub(r"[^A-Za-z0-9]+", "_", heading).strip("_")


def render_html(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render one report as a WordPress page of numbered tables; return the bytes and its expected.json entry."""
    if report["numbering"] != "two-level":
        raise ValueError("the wptable layout renders two-level numbering")
    e = html.escape
    majors = [i for i, b in enumerate(blocks) if b.kind == "heading" and b.major]
    out = [
        "<!DOCTYPE html>", '<html lang="en-GB">', "<head>", '<meta charset="UTF-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(report['title'])} &#8211; {e(SITE)}</title>",
        '<meta name="generator" content="WordPress 6.6.2">',
        "<link rel='stylesheet' id='ez-toc-css' href='/wp-content/plugins/easy-table-of-contents/assets/css/"
        "screen.min.css?ver=2.0.68' media='all' />", "</head>",
        '<body class="page-template-default page page-id-2417 wp-embed-responsive">',
        '<a class="skip-link screen-reader-text" href="#content">Skip to content</a>',
        f'<header id="masthead" class="site-header"><p class="site-title"><a href="/" rel="home">{e(SITE)}</a></p>'
        '<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">'
        '<li class="menu-item"><a href="/about/">About us</a></li>'
        '<li class="menu-item"><a href="/publications/">Publications</a></li>'
        '<li class="menu-item"><a href="/training/">Training</a></li>'
        '<li class="menu-item"><a href="/contact/">Contact</a></li></ul></nav></header>',
        '<div id="content" class="site-content"><main id="primary" class="site-main">',
        '<nav class="yoast-breadcrumbs"><span><span><a href="/">Home</a></span> &raquo; '
        '<span><a href="/publications/">Publications</a></span> &raquo; '
        f'<span class="breadcrumb_last" aria-current="page">{e(report["title"])}</span></span></nav>',
        '<article id="post-2417" class="post-2417 page type-page status-publish hentry">',
        f'<header class="entry-header"><h1 class="entry-title">{e(report["title"])}</h1></header>',
        '<div class="entry-content">',
        f'<div class="rs_skip rsbtn"><button class="rsbtn_play" type="button">{LISTEN}</button></div>',
        f'<div class="wp-block-file"><a href="/wp-content/uploads/2026/12/cspr-ben.pdf">{DOWNLOAD}</a></div>',
        f"<p><em>{ACCESSIBLE}</em></p>",
        *(f"<p><strong>{e(line)}</strong></p>" if line == _r.FICTION_LABEL else f"<p>{e(line)}</p>"
          for line in _r.title_lines(report)),
        '<div id="ez-toc-container" class="ez-toc-v2_0_68 counter-hierarchy ez-toc-grey">',
        f'<div class="ez-toc-title-container"><p class="ez-toc-title">{TOC_TITLE}</p></div>',
        '<nav><ul class="ez-toc-list ez-toc-list-level-1">',
        *(f'<li class="ez-toc-page-1 ez-toc-heading-level-2"><a class="ez-toc-link" href="#{toc_id(blocks[i].text)}">'
          f"{e(blocks[i].text)}</a></li>" for i in majors),
        "</ul></nav></div>",
    ]
    table_open = ""  # "" | "paras" | "recs"
    for _idx, b in enumerate(blocks):
        if b.kind == "heading" and b.major:
            if table_open:
                out.append("</tbody></table></figure>")
                table_open = ""
            out.append(f'<h2 class="wp-block-heading"><span class="ez-toc-section" id="{toc_id(b.text)}"></span>'
                       f"{e(b.text)}</h2>")
        elif b.kind == "heading":
            if not table_open:
                out.append('<figure class="wp-block-table numbered-paras"><table><tbody>')
                table_open = "paras"
            out.append(f'<tr><td colspan="2"><strong>{e(b.text)}</strong></td></tr>')
        elif b.kind == "unnumbered":
            out.append(f"<p>{e(b.text)}</p>")
        elif b.kind in ("para", "factor"):
            if not table_open:
                out.append('<figure class="wp-block-table numbered-paras"><table><tbody>')
                table_open = "paras"
            cell = e(b.text)
            if b.bullets:
                cell = f"<p>{cell}</p><ul>{''.join(f'<li>{e(t)}</li>' for t in b.bullets)}</ul>"
            out.append(f'<tr><td style="width:12%">{e(b.label)}</td><td>{cell}</td></tr>')
        elif b.kind == "rec":
            if not table_open:
                out.append('<figure class="wp-block-table recommendations"><table>'
                           f"<thead><tr><th>{REC_HEAD[0]}</th><th>{REC_HEAD[1]}</th></tr></thead><tbody>")
                table_open = "recs"
            out.append(f'<tr><td style="width:22%"><strong>{e(b.label)}</strong></td><td>{e(b.text)}</td></tr>')
        elif b.kind == "glossary":
            out += ['<figure class="wp-block-table is-style-stripes glossary"><table>',
                    f"<thead><tr><th>{GLOSSARY_HEAD[0]}</th><th>{GLOSSARY_HEAD[1]}</th></tr></thead><tbody>",
                    *(f"<tr><td>{e(a)}</td><td>{e(m)}</td></tr>" for a, m in b.rows), "</tbody></table></figure>"]
    if table_open:
        out.append("</tbody></table></figure>")
    out += ["</div>",  # entry-content
            f'<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">{SHARE}</h3><ul>'
            '<li><a class="share-email" href="#">Email</a></li><li><a class="share-print" href="#">Print</a></li>'
            "</ul></div>",
            f'<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline">{RELATED}</h3>'
            '<ul><li><a href="/publications/annual-report-2025/">Annual report 2025 to 2026</a></li>'
            '<li><a href="/publications/learning-briefings/">Learning briefings</a></li></ul></div>',
            "</article>", f'<div id="comments" class="comments-area"><p class="no-comments">{CLOSED}</p></div>',
            "</main></div>", f'<footer id="colophon" class="site-footer"><div class="site-info">{e(FOOTER)}</div>'
            "</footer>", "</body>", "</html>", ""]
    result = _r.expected(output, blocks, contents_lines=[blocks[i].text for i in majors],
                         running_header_lines=list(RUNNING_LINES))
    return "\n".join(out).encode("utf-8"), result
