"""A question's near-synonyms, from the curated thesaurus (content/thesaurus.yaml).

A practitioner asks about "A&E" where a report says "the emergency department", about agencies that "didn't
talk to each other" where it says "information sharing". The sentence model joins some such pairs and
misses others; BM25 joins none. So a question that uses a phrase of a thesaurus group also searches the
keyword index for the group's other phrases, at reduced weight (``retrieval.expansion_weight``). The
question itself is unchanged everywhere else: what it is about (its focus) and its cosine are its own words.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import yaml


class Thesaurus:
    def __init__(self, groups: list[list[str]]) -> None:
        self.groups = [[_norm(p) for p in g if _norm(p)] for g in groups]
        # a phrase is looked for by its pattern only where the text holds it at all (a substring test is far cheaper,
        # and every question is tested against every group)
        self._patterns = [[re.compile(rf"(?<![\w&]){re.escape(p)}s?(?![\w&])") for p in g] for g in self.groups]

    def expand(self, question: str) -> list[str]:
        """The other phrases of every group the question uses a phrase of, in group order, without the
        phrases it already uses."""
        text = _norm(question)
        out: list[str] = []
        for group, patterns in zip(self.groups, self._patterns, strict=True):
            used = [phrase in text and p.search(text) is not None for phrase, p in zip(group, patterns, strict=True)]
            if any(used):
                out += [phrase for phrase, u in zip(group, used, strict=True) if not u and phrase not in out]
        return out


    @functools.cached_property
    def word_alternates(self) -> dict[str, frozenset[str]]:
        """Stemmed one-word phrase -> the stems of the other one-word phrases of its groups ("mum" ->
        "mother", "mom", ...): what counts as a question word's near-synonym in a factor (support.py)."""
        from ..store.sparse import tokenize

        out: dict[str, set[str]] = {}
        for group in self.groups:
            stems = {toks[0] for toks in tokenize([p for p in group if " " not in p]) if len(toks) == 1}
            for stem in stems:
                out.setdefault(stem, set()).update(stems - {stem})
        return {k: frozenset(v) for k, v in out.items() if v}

    def forms(self, word: str) -> list[str]:
        """A word and the stems of its one-word near-synonyms ("mums": "mums", "mother", "mom", "mummi")."""
        stem = stem_of(word)
        return [word, *sorted(self.word_alternates.get(stem, ()))] if stem else [word]

    def alternates_for(self, question: str) -> dict[str, frozenset[str]]:
        """:attr:`word_alternates`, and for each phrase of several words the question uses ("went downhill"),
        its words' near-synonyms are the one-word phrases of its group ("deteriorated"): an everyday phrase
        is carried by the report's one word for it."""
        from ..store.sparse import tokenize

        text = _norm(question)
        extra: dict[str, set[str]] = {}
        for group, patterns in zip(self.groups, self._patterns, strict=True):
            used = [p for p, pat in zip(group, patterns, strict=True) if " " in p and p in text and pat.search(text)]
            singles = [p for p in group if " " not in p]
            if not used or not singles:
                continue
            stems = {toks[0] for toks in tokenize(singles) if len(toks) == 1}
            for toks in tokenize(used):
                for stem in toks:
                    extra.setdefault(stem, set()).update(stems - {stem})
        if not extra:
            return self.word_alternates
        out = {k: set(v) for k, v in self.word_alternates.items()}
        for k, v in extra.items():
            out.setdefault(k, set()).update(v)
        return {k: frozenset(v) for k, v in out.items() if v}


@functools.lru_cache(maxsize=4096)
def stem_of(word: str) -> str:
    """The word as BM25 indexes it ("" for a stopword); stemming makes a stemmer, so the answers are kept."""
    from ..store.sparse import tokenize

    stems = tokenize([word])[0]
    return stems[0] if stems else ""


def _norm(text: str) -> str:
    return " ".join(str(text).lower().replace("’", "'").replace("‘", "'").split())


@functools.cache
def load_thesaurus(path: Path | None) -> Thesaurus:
    """The thesaurus at ``path``, or content/thesaurus.yaml; an empty one when there is none."""
    if path is None:
        from ...content import content_dir

        path = content_dir() / "thesaurus.yaml"
    if not path.is_file():
        return Thesaurus([])
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return Thesaurus([list(map(str, g)) for g in data.get("groups", [])])
