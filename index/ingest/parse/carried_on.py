"""A paragraph its author carried on elsewhere, between two continuation markers.

A form's box, a newsletter's column or a printed page that is not big enough for what is written in it is cut by
its writer with a note at its foot ("... who visited it in [continued on the continuation sheet]", "(continued on
page 4)", "(see continuation sheet)"), and the rest is written further on under a note that says where it came from
("Section 3 (continued from page 2):", "3.3 (continued)", "Continued from page 2"). Read in page order, the rest
stands far from its start, after whatever the form or page sets between them (check boxes, the next box's label,
the continuation sheet's own guidance), and the paragraph ends at the marker. The markers are no one's text: both go,
and what was carried on is read where it was cut off (:func:`carried_on`). Only a pair of markers moves anything; a
marker without its partner is left as it stands. A newsletter prints the first note on a line of its own under the
column ("Continued on page 4", "Turn to page 6": :data:`OUT_LINE`) and the second over the column where the article
goes on: each such line is a block of its own (:func:`marker_line`, read by :mod:`.blocks`), never running matter.

A slide or a page with a title repeats it over what it could not hold ("Capacity and choice" at the foot of one
slide, "Capacity and choice (continued)" over the next, the paragraph cut by the slide's end going on under it
unnumbered): that title pairs with the one it repeats, the last before it, on an earlier page. It starts no
section, so it goes, and what follows it reads on from what the earlier page broke off (:func:`titles_carried`).
"""

from __future__ import annotations

import dataclasses
import re

from ...types import Block
from .common import TERMINAL

MOST_BETWEEN = 400  # blocks between the cut and the rest's marker (a continuation sheet at the end of a long form)
MOST_CARRIED = 200  # blocks of the carried text read back at the cut
_TAIL = 160  # characters at a block's end where the marker that cuts it is looked for
_CONT = r"(?:continued|continues|cont(?:['’]?d|inued)?\.?|contd\.?)"
# the note that cuts a paragraph, bracketed at its end: "[continued on the continuation sheet]", "(cont'd overleaf)",
# "(continued on page 4)", "(please see continuation sheet)"
_OUT = re.compile(r"[\[(]\s*(?:please\s+)?(?:see\s+(?:the\s+)?(?:attached\s+)?continuation\b|"
                  rf"{_CONT}\s+(?:on|overleaf|over|in|at|below)\b)[^\[\]()\n]{{0,60}}[\])]\s*$", re.IGNORECASE)
# the note the rest is written under: bracketed ("(continued)", "(continued from page 2)") or spelt out ("Continued
# from page 2"), after the section, box or paragraph it carries on ("Section 3", "Box 4", "3.3")
IN = re.compile(r"^(?:(?:(?:section|part|question|box|paragraph|para\.?|item)\s+)?[A-Z0-9](?:[\w.]{0,8}\w)?\.?"
                 r"\s*[:.–—-]?\s*)?"
                 rf"(?:[\[(]\s*{_CONT}(?:\s+from\b[^\[\]()\n]{{0,60}})?\s*[\])]|{_CONT}\s+from\s+(?:page\s+\d{{1,4}}|"
                 r"p\.?\s*\d{1,4}|(?:the\s+)?previous\s+page|overleaf|above|(?:section|box|question|part)\s+[\w.]{1,8})"
                 r")\s*[:.–—-]?(?:\s+|$)", re.IGNORECASE)
# the note on a line of its own, as a newsletter prints it under a column: "Continued on page 4", "Story continues on
# page 6", "Turn to page 4", "Continued overleaf"
OUT_LINE = re.compile(rf"^[\[(]?\s*(?:(?:story|article)\s+)?{_CONT}\s+(?:on|overleaf|over)\b"
                      r"[^\[\]()\n]{0,30}?[\])]?\W*$"
                      r"|^[\[(]?\s*(?:please\s+)?turn\s+to\s+(?:page|p\.?)\s*\d{1,4}\s*[\])]?\W*$", re.IGNORECASE)
# a note at the head of a line where a newsletter's article jumps, whatever follows it ("Continued from page 2: Child
# M", "Story continues on p. 6"): never running matter (clean.drop_running_matter)
JUMP_NOTE = re.compile(rf"^\W*(?:(?:story|article)\s+)?{_CONT}\s+(?:from|on)\s+(?:page|p\.)", re.IGNORECASE)
# a title repeated over the rest of what it heads: "Capacity and choice (continued)", "Findings (cont'd)"
_TITLE_AGAIN = re.compile(rf"^(?P<title>\S.*?)\s*[\[(]\s*{_CONT}\s*[\])]$", re.IGNORECASE)
_PAGE = re.compile(r"\b(?:page|p\.)\s*(\d{1,4})\b", re.IGNORECASE)


def marker_line(text: str) -> bool:
    """A line that is only a continuation note ("Continued on page 4", "Continued from page 2"): a block of its own,
    and the line after it starts another (:mod:`.blocks`), so that the notes pair here."""
    text = text.strip()
    m = IN.match(text)
    return bool(m and not text[m.end():].strip()) or (len(text.split()) <= 8 and bool(OUT_LINE.match(text)))


def _page_named(marker: str) -> int | None:
    m = _PAGE.search(marker)
    return int(m.group(1)) if m else None


def _on(page: int | None, block: Block) -> bool:
    """No page is named, or the block stands on it (its page in the file, or the number printed on it)."""
    return page is None or block.page is None or page == block.page or str(page) == block.page_label


def _agree(out_marker: str, cut: Block, in_marker: str, rest: Block) -> bool:
    """The two notes do not name another page than the one the other stands on ("continued on page 4" is read on
    page 4, "continued from page 2" carries on what was cut on page 2)."""
    return _on(_page_named(out_marker), rest) and _on(_page_named(in_marker), cut)


def _rest_marker(blocks: list[Block], i: int, out_marker: str) -> tuple[int, re.Match[str]] | None:
    """The first block after the cut at ``i`` that opens with a note of where it is carried on from."""
    for j in range(i + 1, min(len(blocks), i + 1 + MOST_BETWEEN)):
        m = IN.match(blocks[j].text.strip())
        if m is not None:
            return (j, m) if _agree(out_marker, blocks[i], m.group(0), blocks[j]) else None
    return None


def _carried(blocks: list[Block], j: int, m: re.Match[str]) -> tuple[list[Block], int]:
    """The text carried on from the marker at ``j``: the marker's own block without it (if more than it), and the
    blocks after it up to the next heading or the next such marker; and the index after them."""
    text = blocks[j].text.strip()[m.end():].strip()
    run = [dataclasses.replace(blocks[j], text=text, kind="para")] if text else []
    end = j + 1
    while end < len(blocks) and end - j <= MOST_CARRIED and blocks[end].kind != "heading" \
            and not IN.match(blocks[end].text.strip()):
        run.append(blocks[end])
        end += 1
    return run, end


def carried_on(blocks: list[Block]) -> list[Block]:
    """``blocks`` with each paragraph cut by a marker that it is continued elsewhere read whole: the marker leaves
    the paragraph, and the carried text (from the first later block that opens with a note that it is continued,
    not naming another page than the cut's, to the next heading) follows it, its first block joined to the cut one
    where that stops in mid-sentence; the note goes. The blocks in between stay, after the carried text. The carried
    text may be cut and carried on again. A cut with no such note later, or a note with nothing after it, changes
    nothing. A title repeated over a later page with "(continued)" goes too (:func:`titles_carried`)."""
    out = list(blocks)
    i = 0
    while i < len(out):
        block = out[i]
        tail = block.text.rstrip()[-_TAIL:]
        m = _OUT.search(tail) if block.kind in ("para", "bullet") else None
        m = m or (OUT_LINE.match(tail) if len(tail.split()) <= 8 and block is not out[0] else None)  # a line of its own
        found = _rest_marker(out, i, m.group(0)) if m is not None else None
        if m is None or found is None:
            i += 1
            continue
        j, marker = found
        run, end = _carried(out, j, marker)
        head = block.text.rstrip()[:len(block.text.rstrip()) - len(tail) + m.start()].rstrip()
        if not run or (not head and (i == 0 or out[i - 1].kind not in ("para", "bullet"))):
            i += 1
            continue
        if head and not TERMINAL.search(head) and run[0].kind == "para":  # the sentence goes on: one block
            head, run = f"{head} {run[0].text.strip()}", run[1:]
        kept = [dataclasses.replace(block, text=head)] if head else []  # a marker on a line of its own goes
        out = out[:i] + kept + run + out[i + 1:j] + out[end:]  # each pair read drops a note: this ends
    return titles_carried(out)


def _same_title(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def titles_carried(blocks: list[Block]) -> list[Block]:
    """``blocks`` without each heading that is the last heading before it, on an earlier page, again with
    "(continued)" after it: the text under it goes on from the text before it (module notes)."""
    out: list[Block] = []
    last: Block | None = None  # the last heading kept
    for b in blocks:
        m = _TITLE_AGAIN.match(b.text.strip()) if b.kind == "heading" else None
        if m is not None and last is not None and _same_title(m["title"], last.text) \
                and (b.page is None or last.page is None or b.page > last.page):
            continue
        last = b if b.kind == "heading" else last
        out.append(b)
    return out
