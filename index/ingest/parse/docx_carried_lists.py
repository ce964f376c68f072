"""A Word list carried over from the document being quoted: its items are quoted paragraphs, numbered only by Word.

A document that quotes a review's numbered paragraphs (a coroner's report to prevent future deaths, a briefing, a
reply) mostly types each quotation with the review's number and a tab (:mod:`.docx_extracts`). A passage copied from
the review's own Word file and pasted with its formatting keeps the review's list instead: its items are numbered by
Word, with the review's level text and a start value that carries the count on from where the items stood there
("6.%1" from 3: 6.3, 6.4), so that their numbers are in numbering.xml only, never in the text. Two things tell such a
list from the quoting document's own numbering (its addressees "1." to "4.", its matters of concern "(1)", a reply's
"1.1 Response: ..."): it begins part-way, its first item numbered past its list's beginning (a count above 1 at some
level; a document numbers its own list from the first item), and its labels have the shape of the numbers typed in
the document's quotations (as many parts: "6.3" beside "5.2"). Each item of such a list is then a quoted paragraph of
its own, as a typed quotation is (a run of :func:`.docx_extracts.quoted_runs`): the DOCX reader keeps its Word number
where a reply's own numbers are not printed (:mod:`.docx_responses`), and it ends with itself. A document with no
typed quotation, a list that begins at its first item, and labels of another shape are left as they were.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from .common import is_paragraph_number
from .numbering import W, WordNumbering

MAX_PARAGRAPHS = 100_000  # paragraphs looked at: a hostile file's millions are not
HEAD_CHARS = 24  # a typed number and its tab open the paragraph: only its first characters are read
# a quotation's typed paragraph number and the tab after it ("2.3<TAB>", "12.<TAB>")
_TYPED = re.compile(r"\s*(\d{1,3}(?:\.\d{1,3}){0,3})\.?\t")


def carried_lists(body: Any, document: Any, quoted: dict[Any, int]) -> dict[Any, int]:
    """``quoted`` (paragraph -> run id, as :func:`.docx_extracts.quoted_runs` gives them) with each item of a list
    carried over from the quoted document, as the module says, added as a run of its own (ids below the others)."""
    shapes = {n.count(".") for p in quoted if (n := typed_number(p))}
    if not shapes:
        return quoted
    counting = WordNumbering.from_document(document)  # its own counters: the reader's start from nothing
    out, run = dict(quoted), min(quoted.values(), default=0)
    part_way: dict[str, bool] = {}  # a list (its definition's id) -> its first item is numbered past its beginning
    for p in itertools.islice(body.iter(f"{W}p"), MAX_PARAGRAPHS):
        ppr = p.find(f"{W}pPr")
        place = counting.place(ppr) if ppr is not None else None
        label = (counting.label_for(ppr) or "").rstrip(".") if place is not None else ""
        if place is None or not label:  # not numbered, or a bullet
            continue
        list_id = counting.abstract_of.get(place[0], place[0])
        if list_id not in part_way:
            part_way[list_id] = any(n > 1 for n in counting.counters[list_id][:place[1] + 1])
        if part_way[list_id] and p not in out and is_paragraph_number(label) and label.count(".") in shapes:
            run -= 1
            out[p] = run
    return out


def typed_number(p: Any) -> str | None:
    """The paragraph number typed with a tab at the paragraph's start, if any."""
    head: list[str] = []
    for node in p.iter(f"{W}t", f"{W}tab"):
        head.append("\t" if node.tag == f"{W}tab" else node.text or "")
        if sum(map(len, head)) >= HEAD_CHARS:
            break
    m = _TYPED.match("".join(head))
    return m[1] if m else None
