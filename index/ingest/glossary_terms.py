"""Where a scrap of unnumbered text goes when it is too short to be a passage of its own (:func:`.passages._finish`).

A glossary set as a definition list whose rows are each wrapped in a ``<div>`` (as HTML5 allows and an Umbraco
page does: fresh47's Fallowford) gives each term and each definition a passage of its own. A term ("Faltering
growth") ends no sentence and heads the definition after it; it joins that one, not the short row before it.
"""

from __future__ import annotations

import re

from ..types import Passage

_ENDS = re.compile(r"[.!?:;)\]\"”’]\s*$")


def joins_previous(prev: Passage, scrap: Passage, after: list[Passage], short_row_words: int) -> bool:
    """Whether ``scrap`` is one more short row after ``prev`` (a glossary's "GP General practitioner"): ``prev`` is
    unnumbered, short and on the scrap's page and in its section, and the scrap is no term heading the unnumbered
    passage just ``after`` it on that page and in that section (one that opens with a capital and is no longer than
    two short rows: a definition, not the paragraph a heading set as body text stands over, "Foreword")."""
    if prev.paragraph is not None or (prev.page, prev.section) != (scrap.page, scrap.section) \
            or len(prev.text.split()) > short_row_words:
        return False
    nxt = after[0] if after else None
    heads_next = nxt is not None and nxt.paragraph is None and (nxt.page, nxt.section) == (scrap.page, scrap.section) \
        and not _ENDS.search(scrap.text) and nxt.text.strip()[:1].isupper() \
        and 4 <= len(nxt.text.split()) <= 2 * short_row_words  # a definition; a heading's paragraph runs longer
    return not heads_next
