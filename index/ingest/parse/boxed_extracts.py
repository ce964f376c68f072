"""Another document's numbered paragraphs quoted in boxes inside a report that numbers its own (for :mod:`.pdf`).

An inspectorate's, a regulator's or a commissioner's report quotes a review word for word in boxed or tinted
extracts set in its text ("Extract 2: the missed reassessment", then the review's "3.5 ..." and "4.1 ..." with their
numbers hanging inside the box, a source line under them), while its own paragraphs carry their numbers at its own
margin, outside every box. The box's numbers are the review's, not the report's: the report's paragraph "4.4" is
not the review's "4.4" quoted two pages on (the numberings collide), and read as a paragraph of the report a quoted
one would take a label it does not have and run the report's own text into the quotation. So every line of such a
box is an aside (``aside`` on the line: a block of its own, its own passage, never a label, and the report's
paragraph goes on round it).

A box is an extract when a line in it opens with a paragraph number standing inside it, further in than the
numbers of the page's own paragraphs outside every box, and no line in it opens with a number at their edge (a
shaded panel behind the report's own numbered paragraphs is their background, not a quotation). A box broken over
a page break goes on at the head of the next page: when the page's last text was an extract's, the next page's
panel that holds its first lines of text carries the extract on, and a title repeated there with "(continued)" is
furniture, not text (the quoted paragraph runs on across the break without it). A page whose boxes print no
numbers, or with no numbered paragraph of its own outside them, is left as it was (a long PDF's pages read in two
processes, :mod:`.page_ranges`, carry no open box over the split).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .asides import Rect
from .spanning import panels_of

# a paragraph's number opening a line: "4.4", "4.4.1", "12." (not "Recommendation 2", nor a list's "(a)")
NUMBER = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3}){1,3}\.?|\d{1,3}\.)\s+\S")
# a box's title repeated over its rest on the next page
CONTINUED = re.compile(r"\((?:continued|cont(?:inued|\.|'d)?|contd\.?)\)$", re.IGNORECASE)
SET_IN = 4.0  # pt: a box's numbers stand at least this far right of the report's own
SMALL = 0.6  # pt below the page's own text outside its boxes: a running head's or foot's line


@dataclass
class Extracts:
    """Carried from page to page: whether the page before ended in a boxed extract that runs on."""

    open: bool = False


def _home(r: dict, panels: list[Rect]) -> int | None:
    """The smallest panel holding the line's centre."""
    cx, cy = (float(r["x0"]) + float(r["x1"])) / 2, (float(r["top"]) + float(r["bottom"])) / 2
    held = [k for k, p in enumerate(panels) if p[0] <= cx <= p[2] and p[1] <= cy <= p[3]]
    return min(held, key=lambda k: (panels[k][2] - panels[k][0]) * (panels[k][3] - panels[k][1])) if held else None


def _extracts(lines: list[dict], homes: list[int | None]) -> set[int]:
    """The panels holding a quoted paragraph's number set in from the page's own numbers (module notes)."""
    own = [float(r["x0"]) for r, h in zip(lines, homes, strict=True) if h is None and NUMBER.match(r["text"])]
    if not own:
        return set()
    edge = min(own)
    inset: dict[int, bool] = {}
    for r, h in zip(lines, homes, strict=True):
        if h is not None and NUMBER.match(r["text"]):
            inset[h] = inset.get(h, True) and float(r["x0"]) >= edge + SET_IN
    return {h for h, ok in inset.items() if ok}


def _text_size(r: dict) -> float:
    sizes = sorted(float(c["size"]) for c in r.get("chars", ()) if not c["text"].isspace())
    return sizes[len(sizes) // 2] if sizes else 0.0


def _carried_on(lines: list[dict], homes: list[int | None], size: float) -> int | None:
    """The panel holding the page's first lines of text (nothing above it but a running head in small type)."""
    for r, h in sorted(zip(lines, homes, strict=True), key=lambda x: float(x[0]["top"])):
        if h is not None:
            return h
        if _text_size(r) >= size - SMALL:
            return None
    return None


def boxed_extracts(page: Any, groups: list[tuple[int, list[dict]]],
                   state: Extracts) -> list[tuple[int, list[dict]]]:
    """The page's groups of lines with every line of a boxed extract marked ``aside`` and a box's "(continued)"
    title left out (module notes); ``state`` says whether the page before ended in an extract, and is updated."""
    panels = panels_of(page) if page.rects else []
    lines = [r for _, group in groups for r in group]
    if not panels or not lines:
        state.open = False
        return groups
    homes = [_home(r, panels) for r in lines]
    sizes = sorted(_text_size(r) for r, h in zip(lines, homes, strict=True) if h is None)
    size = sizes[len(sizes) // 2] if sizes else 0.0  # the page's own text, outside its boxes
    found = _extracts(lines, homes)
    cont = _carried_on(lines, homes, size) if state.open else None
    if cont is not None:
        found.add(cont)
    drop: set[int] = set()
    if cont is not None:
        first = min((r for r, h in zip(lines, homes, strict=True) if h == cont), key=lambda r: float(r["top"]))
        if CONTINUED.search(first["text"].strip()):
            drop.add(id(first))
    for r, h in zip(lines, homes, strict=True):
        if h in found:
            r["aside"] = True
    lowest = max(found, key=lambda k: panels[k][3], default=None)
    state.open = lowest is not None and not any(
        h != lowest and float(r["top"]) > panels[lowest][3] and _text_size(r) >= size - SMALL
        for r, h in zip(lines, homes, strict=True))
    return [(c, [r for r in group if id(r) not in drop]) for c, group in groups]
