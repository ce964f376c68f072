"""HTML writer for the fictional development set, layout ``sphinx``: a review written in reStructuredText and built
by SPHINX with the Read the Docs theme, published as one page of the partnership's small documentation site:

    <div class="wy-menu wy-menu-vertical"><p class="caption"><span class="caption-text">Contents</span></p>
    <ul class="current"><li class="toctree-l1 current"><a class="current reference internal" href="#">...</a>
    <ul><li class="toctree-l2"><a class="reference internal" href="#what-happened">What happened</a></li> ...
    <section id="what-happened"><h2>What happened<a class="headerlink" href="#what-happened"
    title="Link to this heading">¶</a></h2>
    <div class="numbered-paragraph docutils container" id="para-12"><p><a class="para-number reference internal"
    href="#para-12">12</a> In February 2023 ...</p></div>

* numbering ``single``: each numbered paragraph a docutils container ``div.numbered-paragraph`` with the id
  ``para-N``, whose first ``<p>`` opens with the number as a PERMALINK to the paragraph itself
  (``a.para-number``, href ``#para-N``), then a space and the text; a factor list's bullets a ``<ul class="simple">``
  of ``<li><p>`` inside the same container;
* every heading ends in Sphinx's PERMALINK "¶" (``a.headerlink``, not part of the heading's text); the review's title
  the page's ``<h1>``, chapters ``<h2>`` in ``<section>`` elements with docutils ids, subheadings ``<h3>``;
* a SIDEBAR TABLE OF CONTENTS (the toctree: the page and, under it, its chapters as ``toctree-l2`` links;
  contents_lines: the chapters), the project's name and version and a "Search docs" box above it;
* breadcrumbs ("Home" icon, the short title, "View page source"), the title-page lines in a NOTE ADMONITION
  (``div.admonition.note``, title "Note"), "Recommendation N:" in ``<strong>``, the glossary a Sphinx GLOSSARY
  (``dl.glossary``: each term a ``<dt id="term-...">`` with its own "¶" permalink, the meaning a ``<dd><p>``);
* the footer: "Previous" and "Next" buttons, "© Copyright <year>, <publisher>." and "Built with Sphinx using a theme
  provided by Read the Docs." (running_header_lines).
Every paragraph's page is ``None``."""

from __future__ import annotations

import html
import re
from typing import Any

from . import devset_render as _r

Block = _r.Block

SPHINX: dict[str, Any] = {
    "generator": "Docutils 0.20.1: https://docutils.sourceforge.io/",
    "caption": "Contents",
    "search": "Search docs",
    "source": "View page source",
    "note": "Note",
    "previous": "Previous",
    "next": "Next",
    "built_with": "Built with Sphinx using a theme provided by Read the Docs.",
    "permalink": "\u00b6",
}


def section_id(heading: str) -> str:
    """Docutils' identifier for a heading: lower case, runs of other characters a single hyphen."""
    return re.sub(r"[^a-z0-9]+", "-", re.sub(r"['’]", "", heading.lower())).strip("-")


def term_id(term: str) -> str:
    """Sphinx's identifier for a glossary term: "term-" and the term with spaces as hyphens."""
    return "term-" + re.sub(r"\s+", "-", term)


def copyright_line(report: dict[str, Any]) -> str:
    return f"© Copyright {report['year']}, {report['publisher']}."


def render_html(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render one single-numbered review as a Sphinx page with the Read the Docs theme; return bytes and the entry."""
    if report["numbering"] != "single":
        raise ValueError("the sphinx layout renders single numbering")
    e = html.escape
    mark = SPHINX["permalink"]

    def link(anchor: str, what: str = "heading") -> str:
        return f'<a class="headerlink" href="#{anchor}" title="Link to this {what}">{mark}</a>'

    project, version = output["project"], output["version"]
    chapters = [b.text for b in blocks if b.kind == "heading" and b.level == 1]
    title_id = section_id(report["title"])
    out = [
        "<!DOCTYPE html>",
        '<html class="writer-html5" lang="en" data-content_root="./">',
        "<head>",
        '<meta charset="utf-8" />',
        f'<meta name="generator" content="{SPHINX["generator"]}" />',
        '<meta name="viewport" content="width=device-width, initial-scale=1.0" />',
        f"<title>{e(report['title'])} &mdash; {e(project)} {e(version)} documentation</title>",
        '<link rel="stylesheet" type="text/css" href="_static/pygments.css?v=80d5e7a1" />',
        '<link rel="stylesheet" type="text/css" href="_static/css/theme.css?v=19f00094" />',
        '<script src="_static/documentation_options.js?v=5929fcd5"></script>',
        '<script src="_static/doctools.js?v=888ff710"></script>',
        '<script src="_static/js/theme.js"></script>',
        '<link rel="index" title="Index" href="genindex.html" />',
        '<link rel="search" title="Search" href="search.html" />',
        "</head>",
        '<body class="wy-body-for-nav">',
        '<div class="wy-grid-for-nav">',
        '<nav data-toggle="wy-nav-shift" class="wy-nav-side"><div class="wy-side-scroll">',
        f'<div class="wy-side-nav-search"><a href="index.html" class="icon icon-home">{e(project)}</a>',
        f'<div class="version">{e(version)}</div>',
        '<div role="search"><form id="rtd-search-form" class="wy-form" action="search.html" method="get">'
        f'<input type="text" name="q" placeholder="{SPHINX["search"]}" aria-label="{SPHINX["search"]}" />'
        "</form></div></div>",
        '<div class="wy-menu wy-menu-vertical" data-spy="affix" role="navigation" aria-label="Navigation menu">',
        f'<p class="caption" role="heading"><span class="caption-text">{SPHINX["caption"]}</span></p>',
        '<ul class="current"><li class="toctree-l1 current">'
        f'<a class="current reference internal" href="#">{e(report["title"])}</a><ul>',
    ]
    out += [f'<li class="toctree-l2"><a class="reference internal" href="#{section_id(c)}">{e(c)}</a></li>'
            for c in chapters]
    out += [
        "</ul></li></ul></div></div></nav>",
        '<section data-toggle="wy-nav-shift" class="wy-nav-content-wrap">',
        '<nav class="wy-nav-top" aria-label="Mobile navigation menu"><i data-toggle="wy-nav-top" class="fa fa-bars">'
        f'</i><a href="index.html">{e(project)}</a></nav>',
        '<div class="wy-nav-content"><div class="rst-content">',
        '<div role="navigation" aria-label="Page navigation"><ul class="wy-breadcrumbs">'
        '<li><a href="index.html" class="icon icon-home" aria-label="Home"></a></li>'
        f'<li class="breadcrumb-item active">{e(output["short_name"])}</li>'
        f'<li class="wy-breadcrumbs-aside"><a href="_sources/review.rst.txt" rel="nofollow"> {SPHINX["source"]}</a>'
        "</li></ul><hr/></div>",
        '<div role="main" class="document" itemscope="itemscope" itemtype="http://schema.org/Article">',
        '<div itemprop="articleBody">',
        f'<section id="{title_id}">',
        f"<h1>{e(report['title'])}{link(title_id)}</h1>",
        f'<div class="admonition note"><p class="admonition-title">{SPHINX["note"]}</p>'
        + "".join(f"<p>{e(line)}</p>" for line in _r.title_lines(report)) + "</div>",
    ]
    open_section = False
    for b in blocks:
        if b.kind == "heading" and b.level == 1:
            if open_section:
                out.append("</section>")
            sid = section_id(b.text)
            out.append(f'<section id="{sid}">')
            out.append(f"<h2>{e(b.text)}{link(sid)}</h2>")
            open_section = True
        elif b.kind == "heading":
            sid = section_id(b.text)
            out.append(f'<section id="{sid}"><h3>{e(b.text)}{link(sid)}</h3></section>')
        elif b.kind == "unnumbered":
            out.append(f"<p>{e(b.text)}</p>")
        elif b.kind in ("para", "factor"):
            anchor = f"para-{b.label}"
            inner = f'<p><a class="para-number reference internal" href="#{anchor}">{e(b.label)}</a> {e(b.text)}</p>'
            if b.bullets:
                inner += '<ul class="simple">' + "".join(f"<li><p>{e(t)}</p></li>" for t in b.bullets) + "</ul>"
            out.append(f'<div class="numbered-paragraph docutils container" id="{anchor}">{inner}</div>')
        elif b.kind == "rec":
            out.append(f'<p class="recommendation"><strong>{e(b.label)}:</strong> {e(b.text)}</p>')
        elif b.kind == "glossary":
            out.append('<dl class="simple glossary">' + "".join(
                f'<dt id="{term_id(a)}">{e(a)}{link(term_id(a), "term")}</dt><dd><p>{e(m)}</p></dd>'
                for a, m in b.rows) + "</dl>")
    if open_section:
        out.append("</section>")
    out += [
        "</section>",
        "</div></div>",
        '<footer><div class="rst-footer-buttons" role="navigation" aria-label="Footer">'
        f'<a href="index.html" class="btn btn-neutral float-left" accesskey="p" rel="prev">'
        f'<span class="fa fa-arrow-circle-left" aria-hidden="true"></span> {SPHINX["previous"]}</a>'
        f'<a href="genindex.html" class="btn btn-neutral float-right" accesskey="n" rel="next">{SPHINX["next"]} '
        '<span class="fa fa-arrow-circle-right" aria-hidden="true"></span></a></div><hr/>',
        f'<div role="contentinfo"><p>{e(copyright_line(report))}</p></div>',
        'Built with <a href="https://www.sphinx-doc.org/">Sphinx</a> using a '
        '<a href="https://github.com/readthedocs/sphinx_rtd_theme">theme</a> provided by '
        '<a href="https://readthedocs.org">Read the Docs</a>.',
        "</footer>",
        "</div></div></section></div>",
        "<script>jQuery(function () { SphinxRtdTheme.Navigation.enable(true); });</script>",
        "</body></html>",
        "",
    ]
    running = [project, version, SPHINX["search"], SPHINX["caption"], SPHINX["source"], SPHINX["note"],
               SPHINX["previous"], SPHINX["next"], copyright_line(report), SPHINX["built_with"]]
    result = _r.expected(output, blocks, contents_lines=chapters, running_header_lines=running)
    return "\n".join(out).encode("utf-8"), result
