"""A report's pages put back in the order they were printed, when the file holds them otherwise (blind round 79).

A review's PDF is often assembled by hand: pages scanned, dropped and re-sorted, a page scanned twice, printed two to a
sheet or as a folded booklet. Its printed folios still say the order a reader follows. Three steps, each only where
the evidence is plain, since a report wrongly re-sorted is worse than one left as it came:

* :func:`without_rescanned`: a page whose text is an earlier page's again (the same words; or the same folio and nine
  words in ten the same, as OCR reads a page twice) is a second scan of it: it is kept, empty, so pages are still
  counted physically, and its paragraphs are read once, where the file first has them.
* :func:`two_up_halves`: a landscape sheet carrying two printed pages side by side, each with its own folio at its
  foot or head and no line crossing the fold, is read as its two pages (left, then right); their lines keep the
  sheet's page, which is where a reader of the file finds them. The PDF reader reads such a sheet half by half
  (:func:`sheet_halves`), so that a line of one printed page is never run into the facing page's.
* :func:`in_folio_order`: when at least three pages, and half of those with text, carry a folio, the folios are
  distinct, and sorted they run on without a gap of more than one page, the numbered pages take the places of the
  numbered pages in folio order; a page without one (a cover, a blank) keeps its place. "Page 4 of 5" is a folio.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from typing import Any

from ..clean import ZONE_FRACTION, Line, page_number

RESCAN_LEAST = 12  # words on a page: fewer, and two alike pages may be two short pages (a divider, a notice)
RESCAN_ALIKE = 0.9  # share of their words two pages with one folio share when one is a second scan of the other
FOLIO_PAGES = 3  # pages carrying a folio, at least, before their order is trusted
FOLIO_SHARE = 0.5  # ... and at least this share of the pages with text
FOLIO_GAP = 2  # folios sorted step by at most this (a blank page printed without its number)
SHEET_WIDE = 1.2  # a two-up sheet is at least this much wider than it is high
FOLD_SLACK = 0.02  # of the sheet's width: a half's line may reach this far past the fold
# "Page 4 of 9", also inside a running line: "Child T review | Page 4 of 9"
_PAGE_OF = re.compile(r"(?i)\bpage (\d{1,4}) of \d{1,4}\b")


def _words(page: list[Line]) -> list[str]:
    return [w for ln in page for w in re.findall(r"\w+", ln.text.lower())]


def without_rescanned(pages: list[list[Line]]) -> list[list[Line]]:
    """The pages with a second scan of an earlier page emptied (see the module's docstring)."""
    seen: set[tuple[str, ...]] = set()
    by_folio: dict[int, Counter[str]] = {}
    out: list[list[Line]] = []
    for page in pages:
        words = tuple(_words(page))
        number = folio(page)
        if len(words) >= RESCAN_LEAST and (words in seen or (number in by_folio and _alike(by_folio[number], words))):
            out.append([])
            continue
        seen.add(words)
        if number is not None:
            by_folio.setdefault(number, Counter(words))
        out.append(page)
    return out


def _alike(first: Counter[str], words: tuple[str, ...]) -> bool:
    """Two pages with one folio whose words are the same but for OCR's slips (a page scanned twice, read twice)."""
    again = Counter(words)
    return sum((first & again).values()) >= RESCAN_ALIKE * max(first.total(), again.total())


def folio(page: list[Line]) -> int | None:
    """The arabic page number printed alone at the page's head or foot ("7", "- 7 -", "Page 7 of 60", also within
    a running line), when there is exactly one; else None."""
    found = set()
    for ln in page:
        h = ln.page_height
        if h and ZONE_FRACTION * h < ln.top and ln.bottom < (1 - ZONE_FRACTION) * h:
            continue
        text = ln.text.strip()
        number = page_number(text)
        if number and number.isdigit():
            found.add(int(number))
        elif m := _PAGE_OF.search(text):
            found.add(int(m[1]))
    return found.pop() if len(found) == 1 else None


def two_up_halves(pages: list[list[Line]]) -> list[list[Line]]:
    """Each two-up sheet read as its two printed pages (see the module's docstring); other pages as they are."""
    out = []
    for page in pages:
        out.extend(_halves(page) or [page])
    return out


def sheet_halves(page: Any) -> list[Any] | None:
    """A pdfplumber page that is a two-up sheet, as its two halves cropped at the fold (read one after the other, so
    that no line runs from one printed page into the other); else None. A sheet: wider than high, no character
    within ``FOLD_SLACK`` of the fold, and a folio alone at the head or foot of each half."""
    x0, top, x1, bottom = (float(v) for v in page.bbox)
    if x1 - x0 < SHEET_WIDE * (bottom - top) or len(page.chars) < 2 * RESCAN_LEAST:
        return None
    fold, slack = (x0 + x1) / 2, FOLD_SLACK * (x1 - x0)
    if any(c["x0"] < fold + slack and c["x1"] > fold - slack for c in page.chars if not c.get("text", " ").isspace()):
        return None
    halves = [page.crop((x0, top, fold, bottom)), page.crop((fold, top, x1, bottom))]
    zone = ZONE_FRACTION * (bottom - top)
    for half in halves:
        rows = half.extract_text_lines(return_chars=False)
        edge = [r["text"] for r in rows if r["top"] - top < zone or bottom - r["bottom"] < zone]
        if not any((n := page_number(t)) and n.isdigit() for t in edge):
            return None
    return halves


def _halves(page: list[Line]) -> list[list[Line]] | None:
    width = max((ln.page_width for ln in page), default=0.0)  # a half's own lines may carry its crop's width
    if not width or width < SHEET_WIDE * page[0].page_height:
        return None
    fold, slack = width / 2, FOLD_SLACK * width
    left = [ln for ln in page if ln.x1 <= fold + slack]
    right = [ln for ln in page if ln.x0 >= fold - slack]
    if len(left) + len(right) != len(page) or len(left) < 2 or len(right) < 2:
        return None  # a line crosses the fold (or stands on it): one wide page
    if folio(left) is None or folio(right) is None:
        return None
    return [left, right]


def sheet_folios(page: list[Line]) -> tuple[int, int] | None:
    """The folios of a two-up sheet's halves (left, right), when the page is one; else None."""
    halves = _halves(page)
    return None if halves is None else (folio(halves[0]) or 0, folio(halves[1]) or 0)


def _plainly_moved(pages: list[list[Line]]) -> list[tuple[int, int]] | None:
    """The numbered pages (their place, their folio) when their folios plainly give an order the file does not keep
    (see the module's docstring); else None."""
    numbered = [(n, f) for n, f in enumerate(folio(p) if p else None for p in pages) if f is not None]
    folios = [f for _, f in numbered]
    if len(numbered) < max(FOLIO_PAGES, FOLIO_SHARE * sum(1 for p in pages if p)) or len(set(folios)) < len(folios):
        return None
    ordered = sorted(folios)
    if ordered == folios or any(b - a > FOLIO_GAP for a, b in itertools.pairwise(ordered)):
        return None
    return numbered


def folio_labels(pages: list[list[Line]]) -> list[str | None] | None:
    """Each sheet's printed page number, its own folio ("12–13" or "8, 1" for a sheet of two), when the file holds
    its pages out of printed order (:func:`in_folio_order` would move them); else None."""
    if _plainly_moved(two_up_halves(without_rescanned(pages))) is None:
        return None
    out: list[str | None] = []
    for page in pages:
        if (pair := sheet_folios(page)) is not None:
            out.append(f"{pair[0]}–{pair[1]}" if pair[1] == pair[0] + 1 else f"{pair[0]}, {pair[1]}")
        else:
            out.append(None if (number := folio(page)) is None else str(number))
    return out


def in_folio_order(pages: list[list[Line]]) -> list[list[Line]]:
    """The pages re-sorted by their printed folios when those plainly give the order (see the module's docstring)."""
    if (numbered := _plainly_moved(pages)) is None:
        return pages
    out = list(pages)
    by_folio = sorted(numbered, key=lambda nf: nf[1])
    for (slot, _), (n, _) in zip(numbered, by_folio, strict=True):
        out[slot] = pages[n]
    return out


def in_printed_order(pages: list[list[Line]]) -> list[list[Line]]:
    """The pages as a reader of the printed report turns them: second scans emptied, two-up sheets halved, folio
    order restored."""
    return in_folio_order(two_up_halves(without_rescanned(pages)))
