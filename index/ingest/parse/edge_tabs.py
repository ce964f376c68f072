"""Tabs at a page's edge: text turned a quarter in a narrow band at the left or right edge, beside the page's text.

A designed report (QuarkXPress, InDesign) carries a THUMB TAB on every page of a chapter: a coloured panel bleeding
off the fore-edge, stepping down the page from chapter to chapter, holding the chapter's number and heading turned
90 degrees ("3 What happened", reading up the page). pdfplumber reads each turned letter as a line of its own, so a
letter level with a body line is spliced into it ("3 3.3.3 In the same month ..." loses the paragraph's number) and
the rest are stray lines. ``chars.without_margin_notes`` and ``chars.without_glosses`` take the small letters off one
by one and leave the digit, which ``stamps.without_margin_stamps`` then keeps as a page number, so the tab is taken
off first, whole (called in ``pdf._read_range`` before the other character rules).
"""

from __future__ import annotations

from typing import Any

from pdfplumber.page import Page

from .chars import _PAGE_NUMBER
from .stamps import _lines, turned_beside_text

EDGE_BAND = 0.08  # of the page's width from its left or right edge (or past it: a tab bleeding off) — a tab's band


def _text(line: list[dict[str, Any]]) -> str:
    up = (line[0].get("matrix") or (0, 1))[1] > 0  # turned anticlockwise: read from the foot up
    return "".join(c["text"] for c in sorted(line, key=lambda c: -c["top"] if up else c["top"])).strip()


def _on_tab(line: list[dict[str, Any]], page: Page, right: bool) -> bool:
    """The line lies on a filled panel that reaches the page's edge (a tab's colour, bleeding off)."""
    width = float(page.width)
    x = sum((c["x0"] + c["x1"]) / 2 for c in line) / len(line)
    y = sum((c["top"] + c["bottom"]) / 2 for c in line) / len(line)
    return any(s.get("fill") and s["x0"] <= x <= s["x1"] and s["top"] <= y <= s["bottom"]
               and (s["x1"] >= width - 1 if right else s["x0"] <= 1) for s in (*page.rects, *page.curves))


def without_edge_tabs(page: Page) -> Page:
    """The page without its edge tabs: the lines of turned text (``stamps._turned``) lying wholly outside the page's
    upright text, that text at least ``BLOCK_WIDTH`` of the page wide and more than the turned letters, all within
    ``EDGE_BAND`` of the left or right edge. Such a band holding a letter (a tab's heading, beside its number) goes
    whole; a bare number (or "Page 12") in it goes only when it lies on a filled panel bleeding off that edge (a tab
    holding its chapter's number), else it stays as ``stamps`` keeps it. A side whose turned lines outside the text
    do not all lie in the band is content turned beside the text (a turned table, a sidebar) and stays; so does a
    page of turned text (a landscape table on a portrait page, a page turned by /Rotate) and a turned heading inside
    the text block."""
    block = turned_beside_text(page)
    if block is None:
        return page
    turned, lo, hi = block
    width = float(page.width)
    band = EDGE_BAND * width
    lines = [ln for ln in _lines(turned) if _text(ln)]
    gone: set[int] = set()
    for right in (False, True):
        if right:
            side = [ln for ln in lines if min(c["x0"] for c in ln) > hi + 1]
            inside = all(min(c["x0"] for c in ln) >= width - band for ln in side)
        else:
            side = [ln for ln in lines if max(c["x1"] for c in ln) < lo - 1]
            inside = all(max(c["x1"] for c in ln) <= band for ln in side)
        if not side or not inside:
            continue
        labelled = any(any(ch.isalpha() for ch in _text(ln)) and not _PAGE_NUMBER.fullmatch(_text(ln)) for ln in side)
        for ln in side:
            if labelled or _on_tab(ln, page, right):
                gone.update(id(c) for c in ln)
    return page.filter(lambda obj: id(obj) not in gone) if gone else page
