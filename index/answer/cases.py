"""Cases a question describes instead of naming a report: "the girl from hazelwell", "main takeaways from rook
lane", "maisie's mum's boyfriend in thornacre and the fella staying at leo's".

A word names a case when one held report's text nearly alone uses it, and writes it as a name (a home, a street,
a person): :class:`TextNames` judges that from the store. Ordinary words, question words and words for people
("girl", "mum") are never tried."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from .apart import THE_BEFORE
from .names import ASKING, GENERIC, KIND, PERSONS, Token, fold
from .support import FOCUSLESS

if TYPE_CHECKING:
    from ..store import Store
    from ..types import Report


NAME_HEADS = {"child", "baby", "young", "person", "adult", "mr", "mrs", "ms", "miss"}  # "Child Q", "Mrs A"


def case_label(question: str, toks: list[Token], k: int, covered: set[int],
               names: Mapping[tuple[str, ...], set[str]]) -> str | None:
    """'the child q review', 'the adult d sar': a case's label (a word for a person, then one letter or number) just
    before a singular kind word (at ``k``), that no report's ``names`` hold: a review not held, as a practitioner
    names it (library fresh40 L1233, after its look: "what did the child q review say ..." was answered from others)."""
    if k < 2 or {k - 2, k - 1} & covered or toks[k - 2].norm not in NAME_HEADS or len(toks[k - 1].norm) != 1 \
            or not toks[k - 1].norm.isalnum() or (toks[k - 2].norm, toks[k - 1].norm) in names \
            or not question[toks[k - 2].end:toks[k].start].replace(" ", "").isalnum():
        return None
    return f"{question[toks[k - 2].start:toks[k - 1].end].title()} {question[toks[k].start:toks[k].end]}"


class TextNames:
    """What the store's text says about words: which one report nearly alone uses them, and writes them as a name.
    Built for one state of the store, as the engine's scoper is."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._owners: dict[tuple[str, ...], str | None] = {}
        self._searches: dict[tuple[str, ...], list[tuple[int, float]]] = {}
        self._cases: dict[str, str | None] = {}

    def _found(self, words: tuple[str, ...]) -> list[tuple[int, float]]:
        """The passages that use the words (BM25), searched once for owner and case alike (the last few kept)."""
        if words not in self._searches:
            if len(self._searches) > 64:
                self._searches.clear()
            self._searches[words] = self.store.sparse_search(" ".join(words), 500)
        return self._searches[words]

    def uses(self, words: list[str]) -> Counter[str]:
        """Report id -> how many of its passages use these words (of those BM25 finds first)."""
        return Counter(self.store.report_ids_of([pid for pid, _ in self._found(tuple(words))]).values())

    def owner(self, words: list[str]) -> str | None:
        """The one report whose text uses these words in at least three passages and in nine tenths of all
        the passages that use them ("the Skerrabay review": an island the review is about)."""
        key = tuple(words)
        if key not in self._owners:
            if len(self._owners) > 10_000:
                self._owners.clear()
            best = self.uses(words).most_common(1)
            self._owners[key] = best[0][0] if best and best[0][1] >= 3 and best[0][1] >= 0.9 * len(self._found(key)) \
                else None
        return self._owners[key]


    def case(self, word: str) -> str | None:
        """The one report whose case a word names ("hazelwell", "rook"): its text nearly alone uses the word
        (``owner``) and writes it as a name ("Hazelwell House", "Rook Lane"), capitalised but not in capitals,
        in nine tenths of the places it uses it."""
        if word not in self._cases:
            if len(self._cases) > 10_000:
                self._cases.clear()
            rid = self.owner([word]) or self._placed(word)
            found = self._found((word,)) if rid else []
            uses = [m.group() for p in self.store.passages([pid for pid, _ in found]).values()
                    for m in re.finditer(rf"\b{re.escape(word)}\b", p.text, re.IGNORECASE)]
            named = sum(u[0].isupper() and not u.isupper() for u in uses)
            self._cases[word] = rid if uses and named >= 0.9 * len(uses) else None
        return self._cases[word]

    def _placed(self, word: str) -> str | None:
        """The one report whose text alone uses a word, in a passage or two, as the name of a place ("Oakmere
        Hospital": fresh42 zv30, after its look, "the oakmere review" was said not to be held)."""
        found = self._found((word,))
        if not 0 < len(found) <= 2:
            return None
        owners = set(self.store.report_ids_of([pid for pid, _ in found]).values())
        named = re.compile(rf"\b{re.escape(word)}\s+{_PLACE_NOUN}", re.IGNORECASE)
        return next(iter(owners)) if len(owners) == 1 and any(
            named.search(p.text) for p in self.store.passages([pid for pid, _ in found]).values()) else None


# what follows a place's own name: "Oakmere Hospital", "Linnet Court", "Rook Lane" (not "Trust": "NHS Foundation Trust")
_PLACE_NOUN = (r"(?:Hospital|House|Unit|Ward|Court|Centre|Center|School|Academy|College|Road|Street|Lane|Estate|Park|"
               r"Close|Drive|Way|Practice|Surgery|Home|Lodge|Farm|Place|Grange|Hall|Manor|Gardens|Avenue|Clinic)\b")


def _candidates(toks: list[Token], covered: set[int]) -> list[int]:
    return [k for k, t in enumerate(toks) if k not in covered and t.norm.isalpha() and len(t.norm) > 2
            and t.norm not in ASKING | GENERIC | PERSONS | FOCUSLESS]


def case_words(toks: list[Token], covered: set[int]) -> list[str]:
    """The words of the question that may name a case: not part of a report's name, not a question word, not a
    word for people or reports, three letters or more."""
    return sorted({toks[k].norm for k in _candidates(toks, covered)})


def described_cases(toks: list[Token], covered: set[int], held: set[str], case: Callable[[str], str | None] | None,
                    known: frozenset[str], used: Callable[[str], bool] | None,
                    common: Callable[[str], bool] | None = None) -> set[str]:
    """The held reports whose cases the question's words name, by ``case``; none when they name more than two (a
    question about a place common to several reviews is about none of them). A word beside a word of another name
    (of a ``known`` report's, or one the store never ``used``) is not tried: "eileen munro" and "eileen monro"
    are an author, whoever else is called Eileen. An ordinary word (``common``) of a known name is no name: "the young
    man at sorrel house" is Sorrel House's, though a known report is about Cambridge House (fresh41 zu23, after its
    look). Without the store's text (no ``case``, no ``used``): none."""
    if case is None or used is None:
        return set()
    def beside_name(k: int) -> bool:
        return any(0 <= j < len(toks) and toks[j].norm.isalpha() and toks[j].norm not in GENERIC | FOCUSLESS
                   and ((toks[j].norm in known and not (common and common(toks[j].norm))) or not used(toks[j].norm))
                   for j in (k - 1, k + 1))

    found = {rid for k in _candidates(toks, covered) if not beside_name(k) and (rid := case(toks[k].norm)) in held}
    return found if len(found) <= 2 else set()


def summary_names(reports: list[Report]) -> dict[str, set[str]]:
    """Report id -> the capitalised words of its catalogue summary (places, people: "Solihull", "Bradford") that no
    other report's summary has and that do not open a sentence."""
    words = {r.report_id: {fold(m) for m in re.findall(r"(?<![.!?:]\s)(?<!^)\b[A-Z][a-z]{3,}\b", r.summary or "")}
             for r in reports}
    return {rid: {w for w in ws if w not in GENERIC | _MONTHS
                  and not any(w in other for r2, other in words.items() if r2 != rid)} for rid, ws in words.items()}


_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"}


def by_summary(toks: list[Token], covered: set[int], summaries: dict[str, set[str]]) -> set[str]:
    """'the national review after the two children murdered in solihull and bradford' (library fresh37 L1135): one
    report pointed at and described by two or more words its catalogue summary alone has; the one such report. One
    word is not enough: "liverpool crown court" is where a trial was, and another summary's inspection area."""
    words = {t.norm for k, t in enumerate(toks) if k not in covered}
    found = [rid for rid, names in summaries.items() if len(words & names) >= 2]
    return set(found) if len(found) == 1 else set()


_INTO = {"into", "about", "on", "of", "after", "for"}


def first_named(question: str, toks: list[Token], covered: set[int], names: Mapping[tuple[str, ...], set[str]],
                held: set[str]) -> set[str]:
    """'the report into how victoria died' (library fresh41 L1254, after its look): one report pointed at ('the', a
    singular kind word, 'into', 'about', 'on' ...) and, in the four words after, the first name of a person one held
    report's names alone hold with a surname ("Victoria Climbié"): that report. A first name two reports' names
    hold ("Peter Connelly", "Peter Sidebotham") names neither."""
    for k, t in enumerate(toks):
        if t.norm != KIND or k + 1 >= len(toks) or toks[k + 1].norm not in _INTO \
                or not THE_BEFORE.search(question[:t.start]):
            continue
        for j in range(k + 2, min(len(toks), k + 6)):
            word = toks[j].norm
            if j in covered or not word.isalpha() or word in GENERIC | PERSONS | ASKING or (word,) in names:
                continue
            ids = {r for key, rs in names.items() if len(key) >= 2 and key[0] == word and key[1].isalpha()
                   and key[1] not in GENERIC and key[1] not in _INTO | {"and", "in", "by"} for r in rs}
            if len(ids) == 1 and ids <= held:
                return ids
    return set()
