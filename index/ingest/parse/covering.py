"""What a report is sent or filed under when it reaches a reader by a legal or public-records route, none of it the
report's: the letter it is released with, and the index and tab dividers of the court bundle it is filed in.

* A disclosure letter before the report it releases (a council's freedom of information or subject access reply,
  a covering letter) often numbers its own paragraphs "1." to "5." in the report's face and size. Between its
  salutation ("Dear Ms ...,") and its close ("Yours sincerely"), when the report after it numbers its paragraphs
  from the start again, its paragraphs are the letter's: ``aside`` blocks, passages of their own with no number
  (:func:`letter_before_report`).
* A court bundle's index lists the bundle's documents with their ranges in the bundle's own lettered pagination
  ("A-1 – A-6", "C-201 – C-204"), under an "Index" head; its pages are the bundle's, the court's heading over them
  too. A tab divider between the bundle's sections is a page of a few short lines ("C", "SECTION C" and the
  section's title). In a bundle, both are dropped (:func:`without_bundle_front`).
"""

from __future__ import annotations

import dataclasses
import re

from ...types import Block
from ..clean import Line
from .common import LETTER_CLOSE

# a letter's salutation: "Dear Ms Abbott,", "Dear Sir or Madam"
SALUTATION = re.compile(r"^Dear\s+[A-Z][^.!?;]{0,60}[,:]?$")
_LETTER_NUMBER = re.compile(r"^\d{1,2}[.)]\s+[A-Z\"“‘(]")  # the letter's own "1. Your request ..."
# where the report after the letter starts its numbering: "1.", "1.1", "Paragraph 1"
_REPORT_START = re.compile(r"^(?:(?:Paragraph|Para\.?)\s+)?1(?:\.1)?[.)]?\s+\S")
_NUMBERED = re.compile(r"^(?:(?:Paragraph|Para\.?)\s+)?\d{1,3}(?:\.\d{1,3}){0,3}[.)]?\s+[A-Z\"“‘(]")
REPORT_PARAGRAPHS = 3  # numbered paragraphs after the letter that show a report follows it


def _closes(text: str) -> bool:
    return bool(LETTER_CLOSE.match(text.strip().split("\n")[0].strip()))


def letter_before_report(blocks: list[Block]) -> list[Block]:
    """The blocks, with the paragraphs of a letter that comes before the report it covers made ``aside``
    blocks: the letter opens with a salutation, numbers at least one of its own paragraphs, and closes before
    the report's paragraphs begin, numbered again from "1" or "1.1". A document that is a letter throughout
    (its numbered paragraphs before its close, nothing numbered after it) is left alone."""
    out = list(blocks)
    i = 0
    while i < len(out):
        if out[i].kind != "para" or not SALUTATION.match(out[i].text.strip()):
            i += 1
            continue
        close = next((j for j in range(i + 1, len(out)) if _closes(out[j].text)), None)
        if close is None:
            return out
        body = range(i + 1, close)
        after = [b for b in out[close + 1:] if b.kind == "para" and _NUMBERED.match(b.text)]
        if any(out[k].kind == "para" and _LETTER_NUMBER.match(out[k].text) for k in body) \
                and len(after) >= REPORT_PARAGRAPHS and _REPORT_START.match(after[0].text):
            letter = _as_asides(out[i + 1:close])
            out[i + 1:close] = letter
            close = i + 1 + len(letter)
        i = close + 1
    return out


def _as_asides(blocks: list[Block]) -> list[Block]:
    """Each run of a letter's paragraphs and list items as one ``aside`` block (one passage, as a box is);
    its headings (the subject line) stay."""
    out: list[Block] = []
    for b in blocks:
        if b.kind == "heading":
            out.append(b)
        elif out and out[-1].kind == "aside":
            out[-1] = dataclasses.replace(out[-1], text=out[-1].text + "\n" + b.text)
        else:
            out.append(dataclasses.replace(b, kind="aside"))
    return out


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
