"""A review published in two languages, as Welsh safeguarding boards publish theirs, each paragraph numbered in
both: Welsh in one column of every page and English in the other; Welsh on the left-hand pages facing English on
the right; the Welsh version after the English in one file, or in a hidden panel of a web page. The engine
answers in English and cites the English text, so a column, a page or a paragraph whose words are not English,
in a document whose other text is, is the translation and is left out (blind round 57). English is told by the
question model's own word list (``clean.english_words``: its whole words of six letters or more), so nothing is
downloaded and no language is named in advance."""

from __future__ import annotations

import re

ENGLISH_SHARE = 0.6  # a column at least this English (its long words the word list knows) ...
OTHER_SHARE = 0.25  # ... beside one at most this English is its translation
MIN_WORDS = 20  # long words a column or a page needs before its language is judged
BLOCK_WORDS = 8  # ... and a paragraph (a short one, a heading, is left as it is)
_LONG = re.compile(r"[^\W\d_]{6,}")


def english_share(text: str, known: frozenset[str]) -> tuple[float, int]:
    words = [w.lower() for w in _LONG.findall(text)]
    return (sum(1 for w in words if w in known) / len(words) if words else 0.0), len(words)


def _other(text: str, known: frozenset[str], least: int) -> bool | None:
    """True: another language; False: English; None: too few long words to say, or between."""
    share, n = english_share(text, known)
    return None if n < least else True if share <= OTHER_SHARE else False if share >= ENGLISH_SHARE else None


def without_translated_pages(pages: list[list]) -> list[list]:
    """``pages`` (lists of lines) with the lines of each page in another language blanked, when other pages are
    in English: Welsh on the left-hand pages, English facing it. The pages stay, so page numbers stay physical,
    and an English paragraph that runs over the Welsh page runs on to the next English one."""
    from ..hyphens import english_words

    known = english_words()
    judged = [_other(" ".join(ln.text for ln in p), known, MIN_WORDS) if known else None for p in pages]
    if False not in judged:
        return pages
    return [[] if other else p for p, other in zip(pages, judged, strict=True)]


def without_translated_blocks(blocks: list) -> list:
    """``blocks`` without the paragraphs in another language, when others are in English: the Welsh version of
    a review after the English in one file, or in a web page's hidden panel."""
    from ..hyphens import english_words

    known = english_words()
    judged = [_other(b.text, known, BLOCK_WORDS) if known else None for b in blocks]
    if False not in judged:
        return blocks
    return [b for b, other in zip(blocks, judged, strict=True) if not other]


def without_translation(groups: list[tuple[int, list[dict]]]) -> list[tuple[int, list[dict]]]:
    """``groups`` (``columns.read_columns``'s ``(column, lines)``) without the columns in another language
    than English, when another column of the page is in English."""
    if len({c for c, _ in groups if c}) < 2:
        return groups
    from ..hyphens import english_words

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
