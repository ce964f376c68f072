"""The order of printed paragraph numbers: what may come next after a number, and when a number that does
not follow on is a jump (paragraphs lost to a table), a restart or another document's numbers quoted."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..types import Block


def num_key(num: str) -> tuple[int, ...]:
    """"4.9.5" -> (4, 9, 5); "B.2" and "B2" -> (B's place, 2); "4.9.5a" -> (4, 9, 5, 1): after 4.9.5, before
    4.9.6; an executive summary's "ES3" or "ES.3" comes before "1.1"."""
    key: list[int] = []
    for part in num.split("."):
        if part.startswith("ES") and (part[2:].isdigit() or part == "ES"):
            key += [ord("E") - 1000, ord("S") - 1000, *([int(part[2:])] if part[2:] else [])]
        elif part[0].isalpha() and part[1:].isdigit():
            key += [ord(part[0]) - 1000, int(part[1:])]
        elif part.isalpha():
            key.append(ord(part) - 1000)
        elif part[-1].isalpha():
            key += [int(part[:-1]), ord(part[-1]) - ord("a") + 1]
        else:
            key.append(int(part))
    return tuple(key)


# a multi-level number as authors type it: "(4.2)", "4.2)", "4. 2", "4 .2", "4,2" (a slip for 4.2), then the text
_TYPED = re.compile(r"^(?:\((?P<bracketed>\d{1,3}(?:\.\d{1,3}){1,2})\)|(?P<closed>\d{1,3}(?:\.\d{1,3}){1,2})\)"
                    r"|(?P<major>\d{1,3})(?: \.|\. |,| ,)(?P<minor>\d{1,2})(?!\d))[ \t\u00a0]+(?P<rest>\S.*)$", re.S)


def typed_number(text: str) -> tuple[str, str] | None:
    """A multi-level number typed otherwise than "4.2" at the start of a block, as "4.2", and the rest; None if there
    is none. Taken, as every number is, only where it moves the numbering on (:func:`accepts`)."""
    m = _TYPED.match(text)
    if m is None:
        return None
    return m["bracketed"] or m["closed"] or f"{m['major']}.{m['minor']}", m["rest"]


def counts_up(numbers: list[int]) -> bool:
    """Numbers that count the paragraphs: eight or more, most continuing the sequence from the previous one."""
    follows = sum(1 for a, b in itertools.pairwise(numbers) if 0 < b - a <= 3)
    return len(set(numbers)) >= 8 and follows >= 0.6 * len(numbers)


def next_after(prev: tuple[int, ...], key: tuple[int, ...]) -> bool:
    """Whether ``key`` is a plausible next number after ``prev``: 2.4 -> 2.5, 2.7, 3.1, 3.2 (3.1 a heading),
    2.4.1, 4.9.5 -> 4.9.5a; not 2.4 -> 9.1 (a cross-reference at a line's start) or 12 -> 17."""
    for d, (a, b) in enumerate(zip(prev, key, strict=False)):
        if a != b:
            return 0 < b - a <= 3 and all(k <= 3 for k in key[d + 1:])
    return len(key) > len(prev) and all(k <= 3 for k in key[len(prev):])


def accepts(last: tuple[int, ...] | None, key: tuple[int, ...], following: tuple[int, ...] | None,
             back: Callable[[], tuple[int, ...] | None] = lambda: None) -> bool:
    """Whether a number moves the numbering on: the first; a plausible next one; a jump (paragraphs lost to a
    table or a figure) that the next number confirms by following on from it, unless the numbering then comes
    back to go on from the number before the jump (``back``: another document's "4.12" and "4.13" quoted
    inside paragraph 2.2, which 3.1 follows); or a restart. An author's slips are read as printed: a number typed
    twice, and two typed the wrong way round."""
    if last is None:
        return True
    if key == last:  # typed twice: a paragraph of its own, where the numbering goes on after it
        return following is None or next_after(key, following)
    if key > last:  # the last numbered paragraph of all has nothing to confirm it: taken as before
        if following is not None and not next_after(last, key) and not next_after(key, following):
            return False
        if _immediate(last, key) or (following is not None and _ahead(last, key, following)):
            return True
        resumed = back()
        return resumed is None or resumed >= key or not next_after(last, resumed)
    return _restarts(key, following) or _behind(last, key, following)


def _ahead(last: tuple[int, ...], key: tuple[int, ...], following: tuple[int, ...]) -> bool:
    """4.7, then 4.9, then 4.8: a number typed before the one it should follow (read as printed)."""
    return len(last) == len(key) == len(following) and last[:-1] == key[:-1] == following[:-1] \
        and key[-1] == last[-1] + 2 and following[-1] == last[-1] + 1


def _behind(last: tuple[int, ...], key: tuple[int, ...], following: tuple[int, ...] | None) -> bool:
    """... and then 4.8 after 4.9, where the numbering goes on from 4.9 after it (read as printed)."""
    return len(key) == len(last) and key[:-1] == last[:-1] and key[-1] == last[-1] - 1 \
        and (following is None or next_after(last, following))


def _immediate(last: tuple[int, ...], key: tuple[int, ...]) -> bool:
    """``key`` is the very next number: 2.4 -> 2.5, 2.9 -> 3.1, 4.9 -> 4.9.1."""
    d = next((d for d, (a, b) in enumerate(zip(last, key, strict=False)) if a != b), None)
    if d is None:
        return all(k == 1 for k in key[len(last):])
    return key[d] == last[d] + 1 and all(k == 1 for k in key[d + 1:])


def back_after(keys: list[tuple[int, ...] | None], i: int) -> tuple[int, ...] | None:
    """The first number after the run of numbers going on from block ``i``'s, one after another."""
    run = keys[i]
    for key in keys[i + 1:]:
        if key is None:
            continue
        if run is None or not next_after(run, key):
            return key
        run = key
    return None


def _restarts(key: tuple[int, ...], following: tuple[int, ...] | None) -> bool:
    """A number below the last one that starts a numbering again ("1.1" after an executive summary's "1.5";
    "A.1" after "9.5"): the first of its section, and the next numbered paragraph follows on from it ("1.2",
    "B.1")."""
    if key[-1] != 1 or following is None or len(following) != len(key):
        return False
    d = next((d for d, (a, b) in enumerate(zip(key, following, strict=True)) if a != b), None)
    return d is not None and following[d] == key[d] + 1 and all(k == 1 for k in following[d + 1:])


# a heading that starts an appendix, which may number its paragraphs from 1 again
APPENDIX = re.compile(r"(?:appendix|annexe?)\b", re.IGNORECASE)


def appendix_numbers(blocks: list[Block], single: Callable[[str], tuple[str, str] | None]
                     ) -> dict[int, tuple[str, str]]:
    """In a document numbered "2.3", an appendix that prints its own single numbers from 1 ("Appendix 2 – Case B", a
    case summary reprinted with its "1.", "2.", "3."; blind round 51): block index -> (number, rest), for each run of
    two or more numbers counting up from 1 under an appendix's heading. The numbers are the appendix's own, printed
    again in the next appendix."""
    out: dict[int, tuple[str, str]] = {}
    run: list[tuple[int, tuple[str, str]]] = []
    inside = False
    for i, b in enumerate([*blocks, None]):
        if b is None or (b.kind == "heading" and APPENDIX.match(b.text.strip())):
            out.update(run if len(run) >= 2 else [])
            run, inside = [], b is not None
        elif inside and b.kind == "para" and (s := single(b.text)) and int(s[0]) == len(run) + 1:
            run.append((i, s))
    return out
