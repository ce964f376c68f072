"""Line-end hyphens: whether a hyphen a line ends in is a word's own ("drop-in", "second-hand") or only where the
typesetting broke a word ("proto-" / "col"), and the line joining that mends the latter. A document's own words and
compounds decide first, then the model's vocabulary as a dictionary, then what the hyphen stands after. Split from
:mod:`.clean`."""

from __future__ import annotations

import functools
import itertools
import re
from pathlib import Path
from typing import NamedTuple

HYPHEN_PREFIXES = {
    "multi", "non", "self", "cross", "co", "ex", "anti", "inter", "sub", "pre", "post", "well", "long",
    "short", "high", "low", "child", "young", "so", "decision", "front", "follow", "step", "over", "under",
    "part", "full", "face", "one", "two", "three", "four", "five", "age", "case", "risk", "in", "out", "half",
    # a number word before a line-end hyphen makes a compound ("eighteen-week", "twelve-month", "twenty-four");
    # one the typesetting broke ("seven-" / "teen") is a known word joined, which is tested first
    "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
    "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
    "ninety", "hundred",
}


@functools.lru_cache(maxsize=8)  # the lengths the parser asks for (1, 3, 4, 6) all stay
def english_words(min_length: int = 6) -> frozenset[str]:
    """The whole words of the question model's vocabulary (all-MiniLM-L6-v2's WordPiece list: some 20,000 common
    English words) of ``min_length`` letters or more, as a dictionary for line-end hyphens: "under-" then
    "standing" is "understanding"."""
    from ..settings import default_model_path

    try:
        text = (Path(default_model_path()) / "vocab.txt").read_text(encoding="utf-8")
    except OSError:  # a model given by name, not a folder: no dictionary
        return frozenset()
    return frozenset(w for w in text.split() if len(w) >= min_length and w.isalpha() and w.islower())


class Vocabulary(NamedTuple):
    """A document's words and hyphenated compounds seen inside lines (not at line ends), lower-cased, and whether its
    typesetting breaks words at a line's end ("protec-" / "tion")."""

    words: set[str]
    compounds: set[str]
    hyphenates: bool = True


def word_vocabulary(texts: list[str]) -> Vocabulary:
    """The :class:`Vocabulary` of a document's lines, in reading order. It hyphenates when a line ends in part of a
    word the next line ends, the two no words of their own (not "multi-" / "agency", a compound's prefix)."""
    words: set[str] = set()
    compounds: set[str] = set()
    for t in texts:
        for w in re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*", t):
            lw = w.lower()
            if "-" in lw:
                compounds.add(lw)
            else:
                words.add(lw)
    ends = [(re.search(r"([A-Za-z]{2,})-$", t), re.match(r"([a-z]{3,})", u)) for t, u in itertools.pairwise(texts)]
    hyphenates = any(t.endswith("\u00ad") for t in texts) or any(
        a is not None and b is not None and _broke_a_word(a[1], b[1], words) for a, b in ends)
    return Vocabulary(words, compounds, hyphenates)


def _broke_a_word(a: str, b: str, words: set[str]) -> bool:
    """"protec-" / "tion": a line's end and the next line's start that are one word (the document's or the
    dictionary's), neither part a word of its own, the first no compound's prefix."""
    joined, whole = (a + b).lower(), english_words(3)
    return a.lower() not in HYPHEN_PREFIXES and (joined in words or joined in english_words()) \
        and not (a.lower() in whole and b.lower() in whole)


def join_lines(prev: str, nxt: str, vocab: Vocabulary | None = None) -> str:
    """Join two lines of one paragraph, undoing hyphenation at the break where it was only typesetting (always
    at a soft hyphen, which the PDF reader keeps at a line's end)."""
    if prev.endswith("\u00ad"):
        return prev[:-1] + nxt
    m = re.search(r"([A-Za-z]+)-$", prev)
    n = re.match(r"([a-z]+)", nxt)
    if m and n:
        return prev + nxt if keeps_hyphen(m.group(1), n.group(1), vocab) else prev[:-1] + nxt
    return prev + " " + nxt


def keeps_hyphen(a: str, b: str, vocab: Vocabulary | None = None) -> bool:
    """Whether "a-" at a line's end and "b" opening the next are a hyphenated compound ("drop-in"), not one
    word the typesetting broke ("proto-" / "col"). Two whole words whose join no dictionary holds ("second-" /
    "hand") are a compound in a document whose typesetting breaks no word at a line's end (fresh52's WPS PDF)."""
    words, compounds, hyphenates = vocab or Vocabulary(set(), set())
    joined, compound = (a + b).lower(), f"{a}-{b}".lower()
    if compound in compounds and joined not in words:
        return True
    if joined in words or (joined in english_words() and a.lower() != "co"):  # "co-operation" is a spelling
        return False
    if len(b) <= 2:  # hyphenation never carries fewer than three letters over: "drop-in", "follow-up"
        return True
    whole = english_words(3)
    return a.lower() in HYPHEN_PREFIXES or (not hyphenates and a.lower() in whole and b.lower() in whole)
