"""A letter around a report, and the line a report prints where it ends.

Reports reach readers inside correspondence: a council's reply to a freedom of information request that answers the
requester's numbered questions "1." to "3." and then pastes the review's summary into the e-mail, or a disclosure
letter whose own points are numbered "1." to "5." before the report it releases. Between a letter's salutation
("Dear Mr Wren,") and its close ("Yours sincerely,") such numbers are the letter's own, never a summary's numbers
before the report's "1.1" (:func:`..passages._detect`); and in a reply that quotes the review's numbered paragraphs
("4.2 ..."), never its paragraphs, however many they are (:func:`quoting_letters`). And a report that prints its
end ("End of report.") has no paragraph after that line: a schedule of redactions or a note a disclosure officer
added after it is no paragraph's text (:func:`closing_at`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..types import Block
from .parse.common import VALEDICTION  # a letter's or e-mail's close

# a letter's or e-mail's opening: "Dear Mr Wren,", "Dear Medmore District Council,"
SALUTATION = re.compile(r"^Dear\s+[A-Z][\w .,'’&()-]{0,80}[,:]?$")
# the line a report, or a copy of it made for disclosure, prints after its last paragraph: "End of report.",
# "[End of document]", "– End of the review –", "*** END OF REPORT ***"
END_MARK = re.compile(r"^[\[(*–—-]*\s*end\s+of\s+(?:the\s+)?(?:report|document|review)\s*[.\])*–—-]*$",
                      re.IGNORECASE)


def in_letters(blocks: Sequence[Block]) -> set[int]:
    """The blocks between a letter's salutation and its close. A salutation no close follows opens no letter (a
    foreword addressed "Dear colleagues," to a report's readers, before its numbered summary)."""
    inside: set[int] = set()
    opened: int | None = None
    for i, b in enumerate(blocks):
        text = b.text.strip()
        if opened is None and SALUTATION.match(text):
            opened = i
        elif opened is not None and VALEDICTION.match(text):
            inside.update(range(opened + 1, i))
            opened = None
    return inside


def quoting_letters(blocks: Sequence[Block], multilevel: Callable[[str], object]) -> set[int]:
    """The blocks of the letters that quote a review's numbered paragraphs (a paragraph block inside the letter that
    opens with a ``multilevel`` number, "4.2 The ...": a block quoted under its lead-in,
    :mod:`.parse.quoted_paragraphs`). A minister's or a chief executive's reply numbers its own points "1." to "9."
    around what it quotes: those are the letter's, never the review's paragraphs, however many they are (blind round
    63). A letter that quotes nothing so (a coroner's report to prevent future deaths, its concerns numbered "1." to
    "9.") keeps its numbers."""
    inside = in_letters(blocks)
    return inside if any(blocks[i].kind == "para" and multilevel(blocks[i].text) for i in inside) else set()


def closing_at(blocks: Sequence[Block], keys: Sequence[tuple[int, ...] | None], title: Callable[[str], bool]) -> int:
    """Where the closing matter after a report's last paragraph begins: at the line the report prints to mark its
    end, or else at the short title-like lines (a publisher's name and address) that end the file."""
    closing = len(blocks)
    while closing > 0 and blocks[closing - 1].kind == "para" and keys[closing - 1] is None \
            and title(blocks[closing - 1].text):
        closing -= 1
    return next((i for i, b in enumerate(blocks[:closing]) if b.kind == "para" and END_MARK.match(b.text.strip())),
                closing)
