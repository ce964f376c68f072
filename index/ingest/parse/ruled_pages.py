"""Pages of a text drawn as rules on lines of their own, made form feeds so that running matter goes as for a PDF.

Two kinds of file draw them:
- a PDF converted to Markdown (pymupdf4llm) puts a rule of dashes ("---") between its pages;
- a digitisation project's uncorrected OCR text of a printed volume (blind round 58) begins each page image with a
  long rule ("=" * 72), the project's item header before the first: each image holds the page as read, its running
  head at the top (misread on some pages: "PARTNERSHlP", "OVERV1EW") and the volume's folio at its foot ("- 119 -",
  "- l20 -"). The header goes with the first page, so that the pages count the images.
Either is taken for pages only when most parts so ruled off begin or end with a bare page number, or begin with the
same line (a running head); a rule between a report's sections is none of that.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from ..clean import is_page_number, ocr_folded

_PAGE_RULE = re.compile(r"\n[ \t]*-{3,}[ \t]*\n")  # a rule of dashes alone on its line
# a page image's rule: twenty or more "=" or "-" alone on a line, set off from the text above it (a heading's
# underline stands right under its heading)
_IMAGE_RULE = re.compile(r"(?:\A|(?<=\n)[ \t]*\n)[ \t]*(?:={20,}|-{20,})[ \t]*(?:\n|\Z)")


def pages_ruled(raw: str) -> str:
    """Markdown with a rule of dashes between pages: the rules become page breaks when most pages so ruled off
    begin or end with a bare page number or begin with the same line (a running head)."""
    parts = _PAGE_RULE.split(raw)
    if "\f" in raw or len(parts) < 3:
        return raw
    ends = [[t for t in (ln.strip().strip("*_#").strip() for ln in part.split("\n")) if t] for part in parts[1:]]
    return "\f".join(parts) if _paged(ends, str) else raw


def page_images(raw: str) -> str:
    """Plain text with a long rule at each page image: the rules after the first become page breaks (the first
    only ends the text before it, an item header, which is the first page's) when two or more images are so ruled
    and most begin or end with a bare page number, OCR's slips in it allowed, or begin with the same line, read as
    OCR may read it differently on different pages."""
    parts = _IMAGE_RULE.split(raw)
    if "\f" in raw or len(parts) < 3:
        return raw
    ends = [[t for t in (ln.strip() for ln in part.split("\n")) if t] for part in parts[1:]]
    if not _paged(ends, ocr_folded):
        return raw
    return "\f".join([parts[0].rstrip("\n") + "\n\n" + parts[1], *parts[2:]])


def _paged(ends: list[list[str]], key: Callable[[str], str]) -> bool:
    """Three fifths or more of the parts begin or end with a bare page number or begin with a line that ``key``
    makes the same as another part's first."""
    firsts = Counter(key(e[0]) for e in ends if e)
    paged = sum(1 for e in ends if e and (is_page_number(e[0]) or is_page_number(e[-1]) or firsts[key(e[0])] > 1))
    return paged >= 0.6 * len(ends)
