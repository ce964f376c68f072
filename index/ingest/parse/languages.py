"""A review published in two languages side by side, as Welsh safeguarding boards publish theirs: Welsh in one
column of every page, English in the other, each paragraph numbered in both. The engine answers in English and
cites the English text, so a column whose words are not English, on a page where another column's are, is the
translation and is left out. English is told by the question model's own word list (``clean.english_words``:
its whole words of six letters or more), so nothing is downloaded and no language is named in advance."""

from __future__ import annotations

import re

ENGLISH_SHARE = 0.6  # a column at least this English (its long words the word list knows) ...
OTHER_SHARE = 0.25  # ... beside one at most this English is its translation
MIN_WORDS = 20  # long words a column needs before its language is judged
_LONG = re.compile(r"[^\W\d_]{6,}")


def english_share(text: str, known: frozenset[str]) -> tuple[float, int]:
    words = [w.lower() for w in _LONG.findall(text)]
    return (sum(1 for w in words if w in known) / len(words) if words else 0.0), len(words)


def without_translation(groups: list[tuple[int, list[dict]]]) -> list[tuple[int, list[dict]]]:
    """``groups`` (``columns.read_columns``'s ``(column, lines)``) without the columns in another language
    than English, when another column of the page is in English."""
    if len({c for c, _ in groups if c}) < 2:
        return groups
    from ..clean import english_words

    known = english_words()
    if not known:
        return groups
    text: dict[int, str] = {}
    for column, lines in groups:
        if column:
            text[column] = text.get(column, "") + " " + " ".join(str(ln.get("text", "")) for ln in lines)
    shares = {c: english_share(t, known) for c, t in text.items()}
    english = any(share >= ENGLISH_SHARE and n >= MIN_WORDS for share, n in shares.values())
    other = {c for c, (share, n) in shares.items() if share <= OTHER_SHARE and n >= MIN_WORDS}
    return [(c, lines) for c, lines in groups if c not in other] if english and other else groups
