"""Cards that quote a report's paragraphs, each under a header naming the paragraph: a recommendations or action
tracker exported as HTML from a project or case system (blind round 63), and any page laid out in such cards.

A card (an element of the page, an ``<article>``, ``<section>``, ``<li>`` or ``<div>``) quotes the report in a
``<blockquote>`` and names the paragraph it quotes in its header -- a ``<header>``, a heading h1-h6, or an element
whose class names a head, header, heading or title ("card__head", "card-header") -- as a label of its own, set
apart from the system's words beside it: "Review paragraph 6.3" or "Para 6.3" in a ``<span>`` of its own, or
between separators ("Rec 2 · Paragraph 6.3 · In progress"). The quotation prints the wording without its number,
or, where it quotes several paragraphs ("Review paragraphs 6.5–6.6"), with each paragraph's own number. So:

- the label numbers the quotation: each of its paragraphs that opens with none of the label's numbers gets the one
  the label gives it (a range "6.5–6.6" or a list "6.5 and 6.6" names one a paragraph, in order, when it names as
  many as the quotation holds; otherwise the first paragraph takes the first number), and the quotation is the
  report's text, no pull quote;
- the rest of the card is the system's, not the report's: its reference and status badges, progress bars and
  percentages, its owner, due date and "Last updated" stamp, a closed section's "Show the wording" toggle, its
  actions (numbered "6.1", "7.2", as the report's paragraphs are) and its updates (one may open "6.3 asks for
  ..."). That text is set aside (``aside``: a passage of its own, no paragraph's text), so that no action number,
  date or status is read as a paragraph and none of it runs on into the quotation.

A card is read so only when its header holds one such label, it holds one quotation, and that quotation is the first
text after the header (at most a toggle's or a badge's few words between); a page's sections headed "Paragraph 3.1"
over text of their own (a quotation inside it or not), several quotations under one header, and a card with no label
in its header are left as they are.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from ...types import Block

_NUMBER = r"\d{1,3}(?:\.\d{1,3}){0,3}[A-Za-z]?"
_LABEL = re.compile(rf"(?:(?:review|report)(?:['’]s)?\s+)?(?:paragraphs?|paras?\.?|§§?)\s*:?\s*"
                    rf"({_NUMBER}(?:\s*(?:[-–—,&]|to|and)\s*{_NUMBER}){{0,9}})", re.IGNORECASE)
_SEPARATOR = re.compile(r"\s+[–—-]\s+(?!\d)|\s*[·•|]\s*|:\s+(?!\d)")  # "Rec 2 – Para 6.3 · Complete"
_HEAD_CLASS = re.compile(r"(?:^|[-_])(?:head|header|heading|title)(?:$|[-_])", re.IGNORECASE)
_HEADS = ("header", "h1", "h2", "h3", "h4", "h5", "h6")
_PAGE = ("html", "body", "main", "[document]")  # the page itself is no card
_NOT_CARDS = ("blockquote", "p", "details", "summary", "dl", "ul", "ol", "table", "tbody", "tr")
OPEN, CLOSE = "\ue003", "\ue004"  # private-use marks round a card's own text (html_lessons uses U+E002)
MAX_LABEL_CHARS = 200  # a header's part longer than this is no label
MAX_HEAD_CHARS = 1000  # an element longer than this is no card's header
MAX_LOOK_AHEAD = 200  # elements looked through from a header to its quotation
MAX_BETWEEN_WORDS = 12  # words a card may show between its header and its quotation
MAX_DEPTH = 6  # ancestors of a quotation looked through for its card
MAX_RANGE = 20  # paragraphs a range may name ("6.5–6.9"); a longer one names its ends only


def _words(tag) -> str:
    return " ".join(tag.get_text(" ").split())


def _numbers(label: str) -> list[str]:
    """The numbers a label names, a range ("6.5–6.7", "6.5 to 6.7") counted out when its ends differ in the last
    part only."""
    found = re.findall(_NUMBER, label)
    ranged = re.fullmatch(rf"({_NUMBER})\s*(?:[-–—]|to)\s*({_NUMBER})", label)
    if ranged is None:
        return found
    (stem, _, a), (stem2, _, b) = (n.rpartition(".") for n in ranged.groups())
    if stem == stem2 and a.isdigit() and b.isdigit() and 0 < int(b) - int(a) < MAX_RANGE:
        return [f"{stem}.{n}" if stem else str(n) for n in range(int(a), int(b) + 1)]
    return found


def _label(head) -> list[str] | None:
    """The numbers named by the one paragraph label the header holds, as its own element or between separators."""
    if len(head.get_text()) > MAX_HEAD_CHARS:
        return None
    labels = set()
    for tag in (head, *head.find_all(True)):
        for part in _SEPARATOR.split(_words(tag)):
            if len(part) <= MAX_LABEL_CHARS and (m := _LABEL.fullmatch(part.strip())):
                labels.add(" ".join(m[1].split()))
    return _numbers(labels.pop()) if len(labels) == 1 else None


def _is_head(tag) -> bool:
    return tag.name in _HEADS or bool(_HEAD_CLASS.search(" ".join(map(str, tag.get("class") or []))))


def _leads_to(head, quote) -> bool:
    """The quotation is the first text after the header: what stands between is at most a control's or a badge's
    few words (a closed section's "Show the review's wording"), no prose."""
    from bs4 import NavigableString

    last, words = head, 0
    while getattr(last, "contents", None):
        last = last.contents[-1]
    for n, node in enumerate(last.next_elements):
        if node is quote:
            return True
        if type(node) is NavigableString:
            words += len(node.split())
        if n >= MAX_LOOK_AHEAD or words > MAX_BETWEEN_WORDS:
            return False
    return False


def _card(quote, crowded: set[int]) -> tuple[Any, list[str]] | None:
    """The card a quotation is set in, and the numbers its header names: the nearest element round it with one
    header that holds a label, looked for up to the first that holds another quotation too."""
    from bs4 import Tag

    branch = quote
    for card in list(quote.parents)[:MAX_DEPTH]:
        if card.name in _PAGE or id(card) in crowded:
            return None
        if len(card.find_all("blockquote", limit=2)) > 1:
            crowded.add(id(card))
            return None
        if card.name not in _NOT_CARDS:
            heads = [(c, n) for c in card.children if isinstance(c, Tag) and c is not branch and _is_head(c)
                     and (n := _label(c))]
            if len(heads) > 1:
                return None
            if heads and any(s is heads[0][0] for s in branch.previous_siblings) and _leads_to(heads[0][0], quote):
                return card, heads[0][1]
        branch = card
    return None


def _opens_with(text: str, numbers: list[str]) -> bool:
    return any(re.match(rf"(?:paragraph|para\.?)?\s*{re.escape(n)}[.:)]?\s", text, re.IGNORECASE)
               for n in numbers)


def _number_quotation(quote, numbers: list[str]) -> None:
    """Writes the label's numbers before the quotation's paragraphs that open with none of them."""
    from bs4 import NavigableString

    paragraphs = [p for p in quote.find_all("p") if _words(p)] or [quote]
    for i, p in enumerate(paragraphs):
        number = numbers[i] if len(numbers) == len(paragraphs) else numbers[0] if i == 0 else None
        first = next((s for s in p.find_all(string=True) if type(s) is NavigableString and s.strip()), None)
        if number is not None and first is not None and not _opens_with(_words(p) + " ", numbers):
            first.insert_before(NavigableString(f"{number}. " if number.isdigit() else f"{number} "))
    quote.name = "div"  # the report's own text, no pull quote


def _mark(soup, text: str):
    tag = soup.new_tag("p")
    tag.string = text
    return tag


def quoted_cards(soup) -> None:
    """Each card's quotation numbered by its header's label, and the card's own text marked to be set aside by
    :func:`card_asides` (see the module's docstring); a page with no such card is left as it is."""
    crowded: set[int] = set()
    for quote in soup.find_all("blockquote"):
        if quote.find_parent("blockquote") is not None or (found := _card(quote, crowded)) is None:
            continue
        card, numbers = found
        if card.name == "li":
            card.name = "div"  # read as a container of blocks, not as one list item's text
        _number_quotation(quote, numbers)
        card.insert(0, _mark(soup, OPEN))
        quote.insert_before(_mark(soup, CLOSE))
        quote.insert_after(_mark(soup, OPEN))
        card.append(_mark(soup, CLOSE))


def card_asides(blocks: list[Block]) -> list[Block]:
    """The blocks, with those between a card's marks set aside and the marks gone."""
    if not any(b.text in (OPEN, CLOSE) for b in blocks):
        return blocks
    out: list[Block] = []
    inside = False
    for b in blocks:
        if b.text in (OPEN, CLOSE):
            inside = b.text == OPEN
            continue
        out.append(dataclasses.replace(b, kind="aside") if inside else b)
    return out
