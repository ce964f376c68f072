"""An official report's column numbers, printed where a new column of it begins: no one's words (blind round 65).

Hansard, the Official Report of each House, is cited by column, and its text versions (a debate's "download text",
a debate copied from the web page) give the column's number on a line of its own where a new column of the printed
report begins: "Col 413WH" (Westminster Hall), "Column 1234", "Col. 87GC" (Grand Committee), "14 Oct 2025 : Column
413WH". A printed column ends where its lines run out, so the number may fall in mid-sentence: a paragraph's line
stops ("... who visited it in the"), the number follows on its own line, and the paragraph goes on on the next line
with no blank line between. The number is no text of the debate, and a paragraph runs on over it: the line goes, and
a line it cut in mid-sentence is joined to the line after it (also where every paragraph is one line of its own).

Read only where two column numbers at least stand on lines of their own and count up: a lone "Column 3" (a table's
header, a note) is left as it is.
"""

from __future__ import annotations

import itertools
import re

from .common import TERMINAL

# "Col 413WH", "Col. 87GC", "Column 1234", "14 Oct 2025 : Column 413WH", "[Col 413WH]"
_COLUMN = re.compile(r"[ \t]*\[?(?:\d{1,2}[ \t]+[A-Z][a-z]{2,8}[ \t]+\d{4}[ \t]*:[ \t]*)?(?i:col(?:umn)?\.?)[ \t]*"
                     r"(?P<num>\d{1,5})(?:WH|WS|GC|CH|W)?\]?[ \t]*")
MOST_CHARS = 40  # a column number's line is short
LEAST = 2  # column numbers counting up before any is read as one


def without_column_numbers(raw: str) -> str:
    """The text without an official report's column numbers on lines of their own, a paragraph they cut in
    mid-sentence joined again; a text without two of them counting up is returned as it is."""
    lines = raw.split("\n")
    found = {i: int(m["num"]) for i, t in enumerate(lines) if len(t) <= MOST_CHARS and (m := _COLUMN.fullmatch(t))}
    numbers = list(found.values())
    if len(numbers) < LEAST or any(b <= a for a, b in itertools.pairwise(numbers)):
        return raw
    out: list[str] = []
    join = False  # the column began in mid-sentence: the next line goes on the one before the number
    for i, t in enumerate(lines):
        if i in found:
            before = out[-1].rstrip() if out else ""
            join = bool(before) and not TERMINAL.search(before) and not before.endswith("-") \
                and i + 1 < len(lines) and bool(lines[i + 1].strip()) and i + 1 not in found
            continue
        if join:
            out[-1] = f"{out[-1].rstrip()} {t.lstrip()}"
            join = False
        else:
            out.append(t)
    return "\n".join(out)
