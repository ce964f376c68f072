"""A report typed into an online service's forms, its "check your answers" page saved from the browser: read as
the report its answers hold, without the service's questions and controls.

Such a page (the GOV.UK Design System's summary list and summary card, shared by the NHS's, the justice system's
and most public-sector form builders) sets out each question and its answer as a row of a description list: the
question is the row's key (``<dt>``), the answer its value (the first ``<dd>``), and the row's actions ("Change",
"Remove") the last ``<dd>``, each an action link whose words after the verb only a screen reader hears ("Change<span
class="govuk-visually-hidden"> what happened</span>"). A list is read so when its class names a summary list or a
row of it ends in such actions; then:

- every action link goes with its hidden words, in the list or in a card's title (a link or button whose shown words
  are one verb of :data:`_ACTIONS`, followed by words only a screen reader hears, is an action wherever it is);
- a row whose key asks for a paragraph's number ("Paragraph number", "Para no.") and whose answer is one
  ("3.2") gives that number to the next row's answer, where the cutter reads a number, and goes;
- each key becomes a heading over its answer: a question is no paragraph, and an answer that is no paragraph (a
  list of who a finding is for, an unanswered question's "Enter key dates" link) is no part of the one before;
- the title of a card whose list gives its paragraph's number ("Finding 2", the service's count of the cards
  added) goes: the paragraph is cited by its own number.
"""

from __future__ import annotations

import re
from typing import Any

from .html_typed import typed_breaks

_HIDDEN = re.compile(r"visually-hidden|sr-only|screen-reader|assistive-text", re.IGNORECASE)
_ACTIONS = re.compile(r"change|edit|remove|delete|amend|update|withdraw", re.IGNORECASE)
_SUMMARY = re.compile(r"summary-?list", re.IGNORECASE)
_NUMBER_KEY = re.compile(r"(?:paragraph|para)\.?(?:\s+(?:number|no\.?|ref(?:erence)?))?\s*:?", re.IGNORECASE)
_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,3}){0,3}[A-Za-z]?\.?")
_HEADING = re.compile(r"h[1-6]")
_KEY_LEVEL = "h6"  # below any heading of the page: a key is the heading of one answer


def _shown(tag) -> str:
    """An element's words as a browser shows them: without those only a screen reader hears."""
    from bs4 import NavigableString

    return " ".join(s for s in tag.find_all(string=True) if type(s) is NavigableString
                    and not any(_HIDDEN.search(" ".join(p.get("class") or [])) for p in s.parents)).strip()


def _action(tag) -> bool:
    """A link or button whose shown words are one action's verb."""
    return tag.name in ("a", "button") and bool(_ACTIONS.fullmatch(" ".join(_shown(tag).split())))


def _actions_only(dd) -> bool:
    """A row's cell holding action links and no other words."""
    links = dd.find_all(("a", "button"))
    return bool(links) and all(map(_action, links)) and len(_shown(dd).split()) == len(links)


def _rows(dl) -> list[tuple[Any, list[Any]]]:
    """The list's rows: each key (a ``<dt>`` of this list, not of one inside it) and the ``<dd>``s after it."""
    from bs4 import Tag

    out: list[tuple[Any, list[Any]]] = []
    for dt in dl.find_all("dt"):
        if dt.find_parent("dl") is not dl:
            continue
        cells = []
        for sib in dt.next_siblings:  # up to the next key: a linear pass over the row
            if isinstance(sib, Tag) and sib.name == "dt":
                break
            if isinstance(sib, Tag) and sib.name == "dd":
                cells.append(sib)
        out.append((dt, cells))
    return out


def _number_row(dt, cells: list) -> str | None:
    """The paragraph number a row gives, when its key asks for one and its answer is one."""
    key = " ".join(dt.get_text(" ").split())
    value = " ".join(_shown(cells[0]).split()) if cells else ""
    return value.rstrip(".") if _NUMBER_KEY.fullmatch(key) and _NUMBER.fullmatch(value) else None


def _card_title(dl):
    """The title of the card round this list: a card is an element of two parts (the list, or the element holding
    it, second), its first part showing a heading and nothing else (its actions gone before)."""
    from bs4 import Tag

    inner = dl
    for box in (dl.parent, dl.parent.parent if dl.parent is not None else None):
        if box is None:
            return None
        parts = [c for c in box.children if isinstance(c, Tag)]
        if len(parts) == 2 and parts[1] is inner:
            head = parts[0] if _HEADING.fullmatch(parts[0].name) else parts[0].find(_HEADING)
            return head if head is not None and _shown(parts[0]).split() == _shown(head).split() else None
        inner = box
    return None


def _number_the_answer(number: str, cells: list) -> None:
    from bs4 import NavigableString

    value = cells[0]
    head = next((c for c in value.contents if not (isinstance(c, NavigableString) and not c.strip())), None)
    target = head if head is not None and getattr(head, "name", None) in ("p", "div") else value
    target.insert(0, NavigableString(f"{number}. " if number.isdigit() else f"{number} "))


def _read_list(dl) -> None:
    """One summary list read as its answers (see the module's docstring)."""
    rows = []
    for dt, cells in _rows(dl):
        for cell in cells[1:]:  # the row's actions (their links gone already if they had hidden words)
            if _actions_only(cell) or not cell.get_text(strip=True):
                cell.decompose()
        rows.append((dt, [c for c in cells if not c.decomposed]))
    numbers = [_number_row(dt, cells) for dt, cells in rows]
    title = _card_title(dl) if any(numbers) else None  # (while the keys are no headings yet)
    for i, (dt, cells) in enumerate(rows):
        if numbers[i] is not None and i + 1 < len(rows) and rows[i + 1][1]:
            _number_the_answer(str(numbers[i]), rows[i + 1][1])
            row = dt.parent  # the row's own element (a <div>), or the key and its cells in the list itself
            for tag in [row] if row is not dl and len(row.find_all("dt")) == 1 else [dt, *cells]:
                tag.decompose()
        else:
            dt.name = _KEY_LEVEL
    if title is not None:
        title.decompose()


def as_entered(soup) -> None:
    """Text typed into a web form and shown back: its blank lines as the page shows them
    (:func:`.html_typed.typed_breaks`, any page), then a service's answers page as the report it holds."""
    typed_breaks(soup)
    summary_lists(soup)


def summary_lists(soup) -> None:
    """A service's answers read as the report they hold (see the module's docstring); a page with no summary
    list is left as it is, but for action links whose words after the verb only a screen reader hears."""
    lists = [dl for dl in soup.find_all("dl") if _SUMMARY.search(" ".join(dl.get("class") or [])) or any(
        len(cells) > 1 and _actions_only(cells[-1]) for _, cells in _rows(dl))]
    for link in soup.find_all(("a", "button")):
        if not link.decomposed and _action(link) and link.find(class_=_HIDDEN) is not None:
            link.decompose()
    for dl in lists:
        _read_list(dl)
