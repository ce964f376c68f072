"""A typescript converted to Word: every typed line a paragraph of its own.

A review typed on a word processor whose typist ended every line with a hard return (WordPerfect, then Word's
converter) reaches Word as one paragraph per printed line, an empty paragraph between two of the review's
paragraphs: "1.  The committee decided in March" / "2009 to hold a serious case review after Edna, a woman of" /
... / "". Read a paragraph per line, an unnumbered paragraph would be cited line by line and a year at a line's
start taken for a number. Where most paragraphs are that short and runs of them stand between empty ones, each
run is one paragraph again, its lines joined as a PDF's are (a heading or a list item still starts its own).
Also here: what else a converted file keeps of its pages (frames around every line, running headers and footers).
"""

from __future__ import annotations

from typing import Any

from ...types import Block
from ..clean import Line, drop_running_matter
from ..hyphens import join_lines
from .common import PARA_START_RE

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
LINE_CHARS = 80  # a typed line; a paragraph of a review is longer
TYPED_SHARE = 0.8  # of the paragraphs with text: lines, in a typescript


def frames_hold_asides(body: Any) -> bool:
    """Whether a framed paragraph is a pull quote or a box: not where frames lay out the whole file (a PDF
    converted to Word puts each line in a frame)."""
    return len(body.findall(f".//{W}framePr")) <= 0.1 * len(body.findall(f".//{W}p"))


def typed_lines(blocks: list[Block]) -> list[Block]:
    """The blocks with the empty paragraphs (``Block(text="")``) gone, and, in a typescript, each run of lines
    between two of them joined into one paragraph (a heading, a list item or a numbered line starts a new one)."""
    texts = [b for b in blocks if b.text and b.kind == "para"]
    empty = sum(not b.text for b in blocks)
    if not texts or empty < 10 or sum(len(b.text) <= LINE_CHARS for b in texts) < TYPED_SHARE * len(texts):
        return [b for b in blocks if b.text]
    out: list[Block] = []
    joining = False  # the last block out takes the next line
    for b in blocks:
        if not b.text or b.kind == "heading":
            joining = False
            if b.text:
                out.append(b)
            continue
        if joining and b.kind == "para" and not PARA_START_RE.match(b.text) and out[-1].table == b.table:
            out[-1] = Block(text=join_lines(out[-1].text, b.text), kind=out[-1].kind, page=out[-1].page,
                            page_label=out[-1].page_label, table=b.table)
            continue
        out.append(b)
        joining = True
    return out


def without_typed_furniture(blocks: list[Block]) -> list[Block]:
    """A document converted from a PDF keeps each page's running header and footer as ordinary paragraphs
    ("Page 4 of 12", the report's title at every page top). Each page's paragraphs go through the PDF path's
    running-matter rule (:func:`..clean.drop_running_matter`: lines repeated at the page edges, page numbers);
    what it drops is not the report's text. Pages are known only from the document's page marks."""
    if not any(b.page for b in blocks):
        return blocks
    by_page: dict[int, list[int]] = {}
    for i, b in enumerate(blocks):
        by_page.setdefault(b.page or 0, []).append(i)
    order = sorted(by_page)
    pages = [[Line(text=blocks[i].text, page=p) for i in by_page[p]] for p in order]
    kept = drop_running_matter(pages)
    drop = set()
    for p, before, after in zip(order, pages, kept, strict=True):
        left = {id(ln) for ln in after}
        drop |= {i for i, ln in zip(by_page[p], before, strict=True)
                 if id(ln) not in left and blocks[i].kind == "para"}
    return [b for i, b in enumerate(blocks) if i not in drop]
