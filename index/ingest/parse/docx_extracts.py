"""Quoted extracts in a Word file: another document's numbered paragraphs set apart by their formatting.

A practitioner workbook, a briefing or a training pack that quotes a review's paragraphs word for word types each with
the review's own number and a tab ("2.3<TAB>The ...") in a paragraph style (or with direct formatting) that sets quoted
matter apart from the document's own text: a shading fill behind it, or a rule down its left side (a "Review extract",
"Quote" or "Case extract" style), or a block quotation's indent from both margins, further in than the document's
default paragraph style on both sides (a thesis's or an article's "Block Quote" style). Between the extracts stands what
the quoting document added, in its own formatting: a callout, an activity box, reflection questions, a table to fill in,
the trainer's comment in the cell beside an extract. None of that goes on the quoted paragraph, which is whole where the
formatting that sets it apart ends.

Each run of consecutive paragraphs set apart in the same way whose first opens with a typed number and a tab is such an
extract (with its unnumbered paragraphs, if a quoted paragraph has more than one, but not a paragraph that is a
quotation of its own, wholly in quotation marks: a participant's words set in the same style). The DOCX reader puts the
run's id in each of its blocks' ``table``, as it does for a box its author typed a section into: a paragraph begun there
ends with the run, and no paragraph goes on into it. The ids are negative, so never a table's (a table's id is the index
of its first block). Text that is shaded or ruled but not opened by a typed number (a callout, a pull quote, a box of
the document's own, an interview extract) is left as it was; so is a paragraph indented on one side only (a hanging
indent, a list's). Quoted paragraphs pasted with the quoted document's own Word list, their numbers in its numbering
only, are quoted extracts too, one run each (:mod:`.docx_carried_lists`).
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from ...types import Block
from .docx_carried_lists import carried_lists, typed_number
from .numbering import W

STYLE_DEPTH = 16  # a style based on a style ...: Word's own chains are a few deep; a loop in a hostile file ends here
_NO_FILL = {"", "auto", "ffffff"}
_NO_LINE = {"nil", "none"}
_SIDES = (f"{W}left", f"{W}start")  # a rule down the left side ("start" in newer files)
_INDENTS = ((f"{W}left", f"{W}start"), (f"{W}right", f"{W}end"))  # a paragraph's indents from the left and the right
# a paragraph wholly in quotation marks (“...”, "...", ‘...’), a full stop or a bracket after the closing mark
_OWN_QUOTATION = re.compile(r"[“\"‘].*[”\"’][.,;)]?", re.S)


def quoted_runs(body: Any, document: Any) -> dict[Any, int]:
    """The paragraphs of the body (also in tables and text boxes) that are quoted extracts, as the module says,
    each mapped to its run's id (-1, -2, ...); with them, the items of the quoted document's own Word list carried
    over with its numbering (:mod:`.docx_carried_lists`)."""
    out: dict[Any, int] = {}
    styles: dict[str, list[Any]] = {}
    run = 0
    for p in body.iter(f"{W}p"):
        if p in out or typed_number(p) is None or (key := _set_apart(p, document, styles)) is None:
            continue
        run -= 1
        out[p] = run
        for sib in p.itersiblings():
            if sib.tag != f"{W}p":
                if sib.tag in (f"{W}tbl", f"{W}sdt", f"{W}sectPr"):
                    break
                continue  # a bookmark's or a comment range's mark between two paragraphs
            if _set_apart(sib, document, styles) != key or _OWN_QUOTATION.fullmatch(_text(sib).strip()):
                break
            out[sib] = run
    return carried_lists(body, document, out)  # and the items of a list carried over from the quoted document


def quotes(cell: Any, quoted: dict[Any, int]) -> bool:
    """A table cell (``w:tc``) holds a quoted extract (``quoted``: as :func:`quoted_runs` gives them). Its table is
    a layout round the quotation (the extract beside a trainer's comment on it), read as body text, each cell's
    paragraphs as they are, not a row of data run into one line."""
    return any(p in quoted for p in cell.iter(f"{W}p"))


def in_run(block: Block | None, run: int | None) -> Block | None:
    """``block``, read from a paragraph of a run of quoted extracts (``run``, its id), with the run's id as its
    ``table``; as it was when the paragraph is in none (``run`` None)."""
    return block if block is None or run is None else dataclasses.replace(block, table=run)


def _set_apart(p: Any, document: Any, styles: dict[str, list[Any]]) -> str | None:
    """How the paragraph is set apart (its style's id, "" for none), or None when it is not shaded or ruled on the
    left: by its own properties, else by its style or the styles that style is based on, the nearest setting
    winning, as Word reads them. ``styles`` keeps each style's properties once looked up."""
    ppr = p.find(f"{W}pPr")
    ps = ppr.find(f"{W}pStyle") if ppr is not None else None
    style_id = ps.get(f"{W}val", "") if ps is not None else ""
    fill = line = None
    if style_id not in styles:
        styles[style_id] = _style_props(document, style_id)
    for props in [ppr, *styles[style_id]]:
        if props is None:
            continue
        shd = props.find(f"{W}shd")
        if fill is None and shd is not None:
            fill = shd.get(f"{W}val", "") != "nil" and shd.get(f"{W}fill", "").lower() not in _NO_FILL
        side = next((e for s in _SIDES if (e := props.find(f"{W}pBdr/{s}")) is not None), None)
        if line is None and side is not None:
            line = side.get(f"{W}val", "").lower() not in _NO_LINE
    return style_id if fill or line or _block_quotation(ppr, styles[style_id], document, styles) else None


def _block_quotation(ppr: Any, chain: list[Any], document: Any, styles: dict[str, list[Any]]) -> bool:
    """The paragraph (its own properties ``ppr``, its style's ``chain``) is indented from both margins further than
    the document's default paragraph style is: a block quotation."""
    if "" not in styles:
        styles[""] = _style_props(document, "")
    own, base = _indents([ppr, *chain]), _indents(styles[""])
    return own[1] > 0 and all(o > b for o, b in zip(own, base, strict=True))


def _indents(chain: list[Any]) -> tuple[int, int]:
    """The indents from the left and from the right (twentieths of a point) that the nearest setting in ``chain``
    (paragraph properties, nearest first) gives; 0 where none does."""
    out = []
    for names in _INDENTS:
        value = next((v for props in chain if props is not None and (ind := props.find(f"{W}ind")) is not None
                      for name in names if (v := ind.get(name)) is not None), "0")
        out.append(int(value) if re.fullmatch(r"-?\d{1,6}", value) else 0)
    return out[0], out[1]


def _text(p: Any) -> str:
    return "".join(t.text or "" for t in p.iter(f"{W}t"))


def _style_props(document: Any, style_id: str) -> list[Any]:
    """The paragraph properties (``w:pPr``) of the paragraph style with this id (the default style for none) and of
    the styles it is based on, nearest first."""
    try:
        style = document.styles.get_by_id(style_id or None, 1)  # 1 = paragraph style
    except Exception:
        return []
    out: list[Any] = []
    while style is not None and len(out) < STYLE_DEPTH:
        out.append(style.element.find(f"{W}pPr"))
        style = style.base_style
    return out
