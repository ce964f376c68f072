"""A report not held, named in chat typed in lower case ("what did the keanu williams scr say").

One to three words just before a word for one report, none of them a word the store's passages use nor a known
name, name a report the store does not hold. A surname that is also an ordinary word ("the tia sharp serious case
review": "sharp") is still part of the name when "the" is before the two words, the first is one the store never
uses and the store's passages use the surname twice at most (library fresh44 L1354, after its look).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from .apart import DESCRIBED_BEFORE, THE_BEFORE
from .names import Token
from .owned import OWNING as _OWNING

# "an annual report": a kind of document, not a name
_INDEFINITE_BEFORE = re.compile(r"\b(?:an?|any|each|every|another)\s+$", re.IGNORECASE)


def lower_case_name(question: str, toks: list[Token], k: int, covered: set[int], strange: Callable[[str], bool],
                    stop: Collection[str], known: Collection[str], rare: Callable[[str], bool]) -> str | None:
    """The name before the kind word ``toks[k]``, as a name is written ("Keanu Williams SCR"), or None.
    ``strange``: a word that may be a name no held report goes by; ``stop``: words that are never part of one
    (question words, words for reports, "the"); ``known``: the names of reports held or catalogued; ``rare``: a
    word the store's passages use once or twice at most, as a surname may be ("sharp"), unlike a topic
    ("the sgo assessment report", "the island neglect review")."""
    def plain(x: int) -> bool:  # a lower-case word of the name's run, just before the next one (or hyphened to it:
        # "toni-ann byfield's serious case review", library fresh48 L1475, was said as "Ann Byfield's ...")
        between = question[toks[x].end:toks[x + 1].start] if x >= 0 else ""
        return x >= 0 and x not in covered and toks[x].norm.isalpha() and toks[x].norm not in stop \
            and (between.isspace() or (between == "-" and x + 1 < k))

    j = k
    while k - j < 3 and plain(j - 1) and strange(toks[j - 1].norm):
        j -= 1
    if j == k and k >= 2 and THE_BEFORE.search(question[:toks[k - 2].start]) \
            and plain(k - 1) and plain(k - 2) \
            and strange(toks[k - 2].norm) and toks[k - 1].norm not in known and rare(toks[k - 1].norm):
        j = k - 2  # "the tia sharp": a first name no passage uses, then a surname that is a rare ordinary word
    if j == k or not any(len(x.norm) >= 3 for x in toks[j:k]) \
            or _INDEFINITE_BEFORE.search(question[:toks[j].start]) or (DESCRIBED_BEFORE.search(question[:toks[j].start])
                                                                       and _OWNING.search(question[:toks[k - 1].end])):
        return None
    name = question[toks[j].start:toks[k].start].split()
    return " ".join("-".join(p.capitalize() for p in w.split("-")) for w in name) + " " \
        + question[toks[k].start:toks[k].end]
