"""What a report is filed under when it reaches a reader by a legal route, none of it the report's: the index and
tab dividers of the court bundle it is filed in. (The letter a report is released with: :mod:`..letters`.)

* A court bundle's index lists the bundle's documents with their ranges in the bundle's own lettered pagination
  ("A-1 – A-6", "C-201 – C-204"), under an "Index" head; its pages are the bundle's, the court's heading over them
  too. A tab divider between the bundle's sections is a page of a few short lines ("C", "SECTION C" and the
  section's title). In a bundle, both are dropped (:func:`without_bundle_front`).
"""

from __future__ import annotations

import re

from ..clean import Line

# an index's head: "INDEX", "Bundle index", "Index to the bundle"
_INDEX_HEAD = re.compile(r"^(?:(?:[a-z]+\s+)?bundle\s+)?index(?:\s+(?:to|of)\s+(?:the\s+)?(?:[a-z]+\s+)?bundle)?$",
                         re.IGNORECASE)
# a page or range of pages in a bundle's lettered pagination at a line's end: "A-1 – A-6", "C201-C204", "E-12"
_BUNDLE_PAGES = re.compile(r"(?:^|\s)[A-Z]{1,2}-?\d{1,4}(?:\s*[–—-]\s*(?:[A-Z]{1,2}-?)?\d{1,4})?$")
INDEX_ENTRIES = 3  # lines ending in bundle pages on an index page
DIVIDER_LINES, DIVIDER_WORDS = 4, 8  # a tab divider's few short lines
_DIVIDER_MARK = re.compile(r"^(?:(?:section|tab|part)\s+)?[A-Z0-9]{1,2}$", re.IGNORECASE)


def _entries(page: list[Line]) -> int:
    return sum(1 for ln in page if _BUNDLE_PAGES.search(ln.text.strip()))


def _divider(page: list[Line]) -> bool:
    """A tab divider: a page of a few short lines, none a sentence, one of them the tab's mark alone."""
    texts = [ln.text.strip() for ln in page]
    return 0 < len(texts) <= DIVIDER_LINES and all(len(t.split()) <= DIVIDER_WORDS and not t.endswith(".")
                                                     for t in texts) \
        and any(_DIVIDER_MARK.match(t) for t in texts)


def without_bundle_front(pages: list[list[Line]]) -> list[list[Line]]:
    """The pages without a court bundle's index (a page under an "Index" head whose lines end in at least three
    of the bundle's lettered page ranges, and the pages after it that go on listing them) and, in a bundle so
    found, its tab dividers. Pages keep their places (empty), so pages are still counted physically."""
    out = [list(p) for p in pages]
    in_index = bundle = False
    for n, page in enumerate(out):
        head = any(_INDEX_HEAD.match(ln.text.strip()) for ln in page[:10])
        in_index = (head or in_index) and _entries(page) >= INDEX_ENTRIES
        if in_index:
            bundle = True
            out[n] = []
        elif bundle and _divider(page):
            out[n] = []
    return out
