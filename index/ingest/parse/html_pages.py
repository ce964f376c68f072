"""A web page that keeps its printed edition's pages and numbers apart from the text.

An accessible edition (EPUB-style HTML made from the print PDF) marks where each printed page began with an empty
``<span role="doc-pagebreak" aria-label="7">`` (or ``epub:type="pagebreak"``), often inside a paragraph. Each marker
is replaced by a sentinel in the text; once the blocks are read, a block's page is the page its first word is on,
and the sentinels are taken out. A page with no markers has no pages, as before.

A publishing platform may also set each paragraph's number as a block of its own (a "number line",
``<p class="num">12</p>``) before the block holding the text: the number is typed at the start of that text.
"""

from __future__ import annotations

import dataclasses
import re

from ...types import Block
from .common import is_paragraph_number
from .html_paged import unpaginate

_OPEN, _CLOSE = "\ue000", "\ue001"  # private-use characters: never a document's own text
_MARK = re.compile(f"{_OPEN}([^{_CLOSE}]*){_CLOSE}")


def _label(tag) -> str:
    for value in (tag.get("aria-label"), tag.get("title"), tag.get("id"), tag.get_text(strip=True)):
        if value and (m := re.search(r"(\d{1,4}|[ivxlc]{1,7})\s*$", str(value), re.IGNORECASE)):
            return m.group(1)
    return ""


def mark_page_breaks(soup) -> int:
    """Replaces each printed page's marker with a sentinel holding its number; returns how many there were. A print
    preview's pages (:mod:`.html_paged`) are first put back together: they are the screen's, with no markers."""
    from bs4 import NavigableString

    unpaginate(soup)
    markers = soup.find_all(lambda t: t.get("role") == "doc-pagebreak" or t.get("epub:type") == "pagebreak")
    for tag in markers:
        tag.replace_with(NavigableString(f" {_OPEN}{_label(tag)}{_CLOSE} "))
    return len(markers)


def with_pages(blocks: list[Block]) -> tuple[list[Block], int | None]:
    """Each block with the page its first word is on, the sentinels taken out (blocks that held only markers
    go); and the number of pages, None when no marker was found."""
    page, label, seen = None, None, 0
    out = []
    for block in blocks:
        text = block.text
        while (m := _MARK.match(text.lstrip())) is not None:  # markers before its first word
            seen += 1
            page, label = seen, m.group(1) or str(seen)
            text = text.lstrip()[m.end():]
        start, start_label = page, label
        for m in _MARK.finditer(text):  # markers inside it: the next block's page
            seen += 1
            page, label = seen, m.group(1) or str(seen)
        text = " ".join(_MARK.sub(" ", text).split())
        if text:
            out.append(dataclasses.replace(block, text=text, page=start, page_label=start_label))
    if not seen:
        return blocks, None
    for block in out:  # the printed page numbers, where they count the pages
        if block.page_label and block.page_label.isdigit():
            block.page = int(block.page_label)
    return out, max((b.page or 0 for b in out), default=0) or seen


def number_lines(blocks: list[Block]) -> list[Block]:
    """A block that is only a paragraph number ("12", "3.2.") is typed at the start of the paragraph after it."""
    out: list[Block] = []
    for i, block in enumerate(blocks):
        number = block.text.strip().rstrip(".")
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if nxt is not None and block.table is None and nxt.table is None and nxt.kind == "para" \
                and is_paragraph_number(number) and not is_paragraph_number(nxt.text.split()[0].rstrip(".")):
            blocks[i + 1] = dataclasses.replace(nxt, text=f"{number} {nxt.text}",
                                                page=block.page if block.page is not None else nxt.page)
            continue
        out.append(block)
    return out
