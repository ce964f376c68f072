"""Marks in a Word document's body that move where its paragraphs and pages begin: a section break's page (the next
section's own properties say whether it starts a new page) and a paragraph mark deleted as a tracked change (the
paragraph joins the next, as accepting the change would). Split from :mod:`.docx`, which reads them first."""

from __future__ import annotations

import itertools

from .numbering import W
from .zipped import local_name


def section_breaks_of(body) -> dict[str, bool]:
    """For each section break (a paragraph's ``sectPr``), whether the next section starts on a new page:
    its own ``sectPr`` (the next one in the document) says how it starts, a new page unless "continuous"."""
    tree = body.getroottree()
    sects = list(body.iter(f"{W}sectPr"))
    out = {}
    for sect, nxt in itertools.pairwise(sects):
        if local_name(sect.getparent()) == "pPr":
            kind = nxt.find(f"{W}type")
            out[tree.getpath(sect)] = (kind.get(f"{W}val", "nextPage") if kind is not None else "nextPage") \
                != "continuous"
    return out


def accept_joins(body) -> None:
    """A paragraph mark deleted as a tracked change joins its paragraph to the next, as accepting the change
    would: the paragraph's content moves to the start of the next paragraph, whose properties (its style and
    number) the joined paragraph keeps."""
    for p in list(body.iter(f"{W}p")):
        mark = p.find(f"{W}pPr/{W}rPr/{W}del")
        nxt = p.getnext()
        if mark is None or nxt is None or nxt.tag != f"{W}p":
            continue
        at = 1 if len(nxt) and nxt[0].tag == f"{W}pPr" else 0
        for child in [c for c in p if c.tag != f"{W}pPr"][::-1]:
            nxt.insert(at, child)
        p.getparent().remove(p)
