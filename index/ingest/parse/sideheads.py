"""Side headings: section titles set in a wide left margin, level with the first line of their section, with
the text in one column to their right ("4. Findings" beside "4.1 The domiciliary care provider ...").

pdfplumber reads a side heading and the body line beside it as one line ("4. Findings 4.1 The ..."), and a
heading that wraps over two margin lines splices its second line into the paragraph beside it. On a page
whose text keeps to one left edge, the pieces of lines that lie wholly in the margin to its left, after a
wide blank, are side headings, unless a piece is a paragraph number or a bullet hanging in the margin (read
with its line, as before). Each side heading (its margin lines together) is read as one line of its own,
just before the body line level with its first line, in a group of its own: ``blocks.lines_to_blocks``
reads a change of group like a page break, so the paragraph it stands beside is not split by it.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections import Counter
from typing import Any

_HANGING = re.compile(r"[\[(]?(?:\d{1,3}(?:\.\d{1,3}){0,3}|[A-Z]\d{0,2}|[ivxlc]{1,5})[.)\]]?|[•▪●◦·‣–—*-]|\(cid:\d+\)")
GAP = 12.0  # points of blank between a side heading and the text beside it
INSET = 60.0  # points from the body's left edge: a side heading starts at least this far to its left
MAX_WORDS = 10  # words in one margin line of a side heading
MIN_BODY_LINES = 8


def _split_text(text: str, inked: int) -> tuple[str, str]:
    """A line's text cut after its first ``inked`` characters that are not spaces (pdfplumber's own spacing
    kept: a text layer may have no space characters)."""
    seen = 0
    for i, ch in enumerate(text):
        if not ch.isspace():
            seen += 1
            if seen == inked:
                return text[: i + 1].strip(), text[i + 1:].strip()
    return text.strip(), ""


def _piece(chars: list[dict], top: float, bottom: float, text: str) -> dict[str, Any]:
    return {"text": text, "x0": min(float(c["x0"]) for c in chars), "x1": max(float(c["x1"]) for c in chars),
            "top": top, "bottom": bottom, "chars": chars}


def side_heads(raw: list[dict], page_width: float, page_height: float) -> list[tuple[int, list[dict]]] | None:
    """The page's lines as groups ``(column, lines)``, side headings in groups of their own; None when the
    page has none."""
    if len(raw) < MIN_BODY_LINES:
        return None
    body = Counter(round(float(r["x0"])) for r in raw).most_common(1)[0][0]  # the body text's left edge
    if body > 0.4 * page_width:
        return None  # the text's edge mid-page: a second page printed beside the first, or a right column
    edge = body - INSET
    heads: list[dict] = []
    lines: list[dict] = []
    for r in raw:
        if float(r["x0"]) >= edge or not 0.08 * page_height < float(r["top"]) < 0.92 * page_height:
            lines.append(r)
            continue
        chars = sorted(r.get("chars", []), key=lambda c: float(c["x0"]))
        inked = [c for c in chars if not c["text"].isspace()]
        if not inked:
            lines.append(r)
            continue
        cut = next((i for i in range(1, len(inked)) if float(inked[i]["x0"]) - float(inked[i - 1]["x1"]) >= GAP
                    and float(inked[i - 1]["x1"]) < body - GAP), None)
        left = inked[:cut] if cut is not None else inked
        if float(left[-1]["x1"]) >= body - GAP:
            lines.append(r)  # a line across the page (a running title, a full-width heading)
            continue
        before, after = _split_text(str(r.get("text", "")), len(left))
        head = _piece([c for c in chars if float(c["x1"]) <= float(left[-1]["x1"]) + 0.5], float(r["top"]),
                      float(r["bottom"]), before)
        if _HANGING.fullmatch(head["text"]) or len(head["text"].split()) > MAX_WORDS:
            lines.append(r)  # a paragraph number or a bullet hanging in the margin
            continue
        heads.append(head)
        if cut is not None:
            lines.append(_piece([c for c in chars if float(c["x0"]) >= float(inked[cut]["x0"]) - 0.5],
                                float(r["top"]), float(r["bottom"]), after))
    if not heads or len(lines) < MIN_BODY_LINES or len(heads) > 0.3 * len(lines):
        return None
    lines.sort(key=lambda r: (round(float(r["top"])), float(r["x0"])))
    pitch = statistics.median([b["top"] - a["top"] for a, b in itertools.pairwise(lines)
                               if 0 < b["top"] - a["top"] < 40] or [14.0])
    blocks: list[list[dict]] = []
    for h in sorted(heads, key=lambda h: h["top"]):
        if blocks and h["top"] - blocks[-1][-1]["top"] <= 1.6 * pitch:
            blocks[-1].append(h)
        else:
            blocks.append([h])
    texts = [" ".join(h["text"] for h in b) for b in blocks]
    if any((len(t.split()) > 6 and t.endswith((".", "!", "?"))) or re.search(r"[a-z][.!?] [A-Z]", t) for t in texts):
        return None  # sentences: a column of text, not side headings
    out: list[tuple[int, list[dict]]] = []
    part: list[dict] = []
    label = 0
    for r in lines:
        while blocks and r["top"] >= blocks[0][0]["top"] - 3:
            if part:
                out.append((0, part))
                part = []
            block = blocks.pop(0)
            label += 1
            out.append((label, [_joined(block)]))
        part.append(r)
    if part:
        out.append((0, part))
    out.extend((label + 1 + i, [_joined(b)]) for i, b in enumerate(blocks))
    return out


def _joined(block: list[dict]) -> dict[str, Any]:
    """A side heading's margin lines as one line."""
    return _piece([c for h in block for c in h["chars"]], block[0]["top"], block[-1]["bottom"],
                  " ".join(h["text"] for h in block))
