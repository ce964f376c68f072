"""A document of another format read as a page of HTML written for it (:mod:`.odf`, :mod:`.wordml2003`).

An office format whose body is XML (OpenDocument, Word 2003's XML Document) is turned into HTML by its own reader
and read by the HTML reader, so that paragraph numbers, headings, lists and tables are told by the rules every page
is read by. Its pages are marked as an accessible edition marks them (:func:`page_break`, read by
:mod:`.html_pages`).
"""

from __future__ import annotations

import dataclasses
import html

from ...types import ParsedDocument
from .html import parse_html_bytes

APART = "\ue010"  # private use: a paragraph that is its own passage, no run-on of the numbered one before it


def page_break(page: int) -> str:
    """Where printed page ``page`` starts."""
    return f'<span role="doc-pagebreak" aria-label="{page}"></span>'


def notes_heading(slide: int) -> str:
    """The heading a deck's speaker notes stand under, after their slide's own text (:mod:`.slides`, :mod:`.odf`),
    so that they run on into none of its paragraphs."""
    return f"<h3>Notes to slide {slide}</h3>"


def read_built(body: list[str], title: str | None, path: str) -> ParsedDocument:
    """The blocks of a page whose body is ``body`` (HTML, a block to an item), with the file's own title. A
    paragraph whose text opens with :data:`APART` is set aside, its own unnumbered passage (a closing line after a
    list, a slide's text box beside the one holding the numbered paragraphs)."""
    head = "<html><head><meta charset='utf-8'>" + (f"<title>{html.escape(title)}</title>" if title else "")
    doc = parse_html_bytes((head + "</head><body>" + "\n".join(body) + "</body></html>").encode(), path)
    doc.title = title or doc.title
    doc.blocks = [dataclasses.replace(b, text=b.text.replace(APART, "").strip(), kind="aside")
                  if APART in b.text else b for b in doc.blocks]
    return doc
