"""A publication's numbered list of references: no paragraphs of the report it quotes (blind round 64).

An article, a thesis or a preprint that quotes a review ends with its references numbered "1." to "18." (or "[1]",
"1)"), an entry to a paragraph, counting up as a report's single-numbered paragraphs do, and can outnumber the
review's own paragraphs that the text quotes. Under a head that names such a list ("References", "Bibliography",
"Works cited", "Reference list", "Notes and references", "Sources", "Further reading"; numbered or not, set as a
heading or as a line of text), the run of numbered entries (and of blocks going on in lower case, an entry's rest
after a page break) is the list, where most of its entries read as references by a year of publication ("(2008)",
"2008.", ", 2008,"). Its numbers are no paragraph numbering (:func:`..passages._detect` leaves them out, as it
leaves out a letter's own points). A report's own numbered paragraphs under a head of that name (its "Sources"
of evidence numbered "1." to "6.") hardly each give a year, and keep their numbers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...types import Block

HEAD = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:references|bibliography|works\s+cited|literature\s+cited"
                  r"|reference\s+list|list\s+of\s+references|notes\s+and\s+references|references\s+and\s+notes"
                  r"|sources|further\s+reading)\s*:?$", re.IGNORECASE)
ENTRY = re.compile(r"^(?:\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}[.)])\s+\S")  # "1. Yardley, A. ...", "[1] ...", "(1) ..."
YEAR = re.compile(r"\((?:19|20)\d\d[a-z]?\)|\b(?:19|20)\d\d[a-z]?[.,;:)]")  # "(2008)", "2008.", "2008a,"
MOST_SHARE = 0.5  # entries that give a year: more than this share of the run's


def in_reference_lists(blocks: Sequence[Block]) -> set[int]:
    """The blocks of the numbered reference lists: each run of entries under a head that names one."""
    out: set[int] = set()
    run: list[int] = []
    opened = False
    for i, b in enumerate([*blocks, None]):
        text = b.text.strip() if b is not None else ""
        if opened and b is not None and b.kind != "heading" and (ENTRY.match(text) or (run and text[:1].islower())):
            run.append(i)
            continue
        entries = [blocks[k].text for k in run if ENTRY.match(blocks[k].text.strip())]
        if entries and sum(1 for t in entries if YEAR.search(t)) > MOST_SHARE * len(entries):
            out.update(run)
        run, opened = [], bool(HEAD.match(text))
    return out
