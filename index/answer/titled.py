"""Documents named by what kind of document they are or what they looked at, not by a name: a government's green or
white paper, and an independent or national review named by its topic ("the independent review of childrens social
care"). Each is one the store does not hold unless a held report is of that kind or has that topic in its title;
:mod:`.scope` says so rather than answer from another report (:func:`.others.named`)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping

from .apart import THE_BEFORE, Span
from .names import GENERIC, KIND, PERSONS, Token, fold, one_kind
from .years import ANY_QUOTED

PAPER = re.compile(r"\b(?:green|white)\s+paper\b", re.IGNORECASE)
NAME_ENDS = re.compile(r"\b(?:say|says|said|find|finds|found|recommend\w*|conclude\w*|propose\w*|tell|mean\w*)\b|"
                        r"[-–—,;:?.!()]", re.IGNORECASE)


def papers(question: str, held: set[str], kinds: dict[str, set[str]]) -> list[str]:
    """'what did the every child matters green paper say ...': a green or white paper, a government's proposal,
    is of a kind no inquiry or review is; unless a held report is one, it is not held, however the question
    describes the case it followed. Named from the nearest 'the' up to five words before it."""
    if any("paper" in kinds.get(r, set()) for r in held):
        return []
    out = []
    for m in PAPER.finditer(question):
        before = question[:m.start()].split()[-6:]
        at = max((i for i, w in enumerate(before) if fold(w) in ("the", "a")), default=None)
        words = before[at:] if at is not None else []
        if words and not any(NAME_ENDS.search(w) for w in words[1:]):
            out.append(" ".join([*words, question[m.start():m.end()]]))
    return out


def topic_end(question: str, toks: list[Token], k: int, covered: set[int], most: int) -> int:
    """Where what a report (its kind word at ``k``, then "into", "of" or "on") looked into ends: at a word no more than
    ``most`` after the kind word, a word of another name (``covered``), another kind word, or what is asked of it."""
    end = k + 2
    while end < len(toks) and end - k <= most and end not in covered and toks[end].norm != KIND \
            and not NAME_ENDS.search(question[toks[end - 1].end:toks[end].end]):
        end += 1
    return end


# a review named by who made it and what it looked at: "the independent review of ...", "the national review into ..."
_MADE_BY = {"independent", "national", "government", "governments"}
_JOINING = {"in", "of", "and", "for", "on", "to", "at", "into", "with"}
_CASE = re.compile(r"\s*(?:the|a|an|his|her|their|its|this|that)\b", re.IGNORECASE)


def topic_title(question: str, toks: list[Token], covered: set[int], title_words: dict[str, set[str]]) -> list[str]:
    """'what did the independent review of childrens social care say about family help': 'the', an independent or
    national review, 'of', 'into' or 'on', and a topic (not a case: no 'the', no person) of two or more words, at most
    half of which any report's title (held or in the catalogue: ``title_words``) has: a review not held (library
    fresh40 L1236, after its look, was answered from the Laming and Munro reports)."""
    out = []
    for k, t in enumerate(toks):
        if not one_kind(question, t) or k in covered or k == 0 or k + 1 >= len(toks) \
                or toks[k - 1].norm not in _MADE_BY \
                or toks[k + 1].norm not in ("into", "of", "on") or _CASE.match(question[toks[k + 1].end:]) \
                or not THE_BEFORE.search(question[:toks[k - 1].start]):
            continue
        end = topic_end(question, toks, k, covered, 8)
        about = toks[k + 2:end]
        words = {x.norm for x in about if x.norm.isalpha() and len(x.norm) >= 3 and x.norm not in _JOINING}
        if len(words) < 2 or any(x.norm in PERSONS for x in about) \
                or any(2 * len(words & title) > len(words) for title in title_words.values()):
            continue
        out.append("the " + question[toks[k - 1].start:toks[end - 1].end])
    return out


# "what did lost in care say about ...": a title as the subject of what is asked, typed in lower case
_SUBJECT = re.compile(r"\bwhat\s+(?:did|does|do)\s+((?:[a-z][\w'’-]*\s+){2,6}?)(?:say|says|find|found|conclude|"
                      r"recommend|report|tell)\b")
_NO_TITLE = {"this", "that", "these", "those", "my", "our", "your", "their", "his", "her", "they", "he", "she", "you",
             "any", "each", "every", "all", "some", "most", "both", "staff", "police", "nhs", "someone", "anyone",
             "everyone", "nobody", "no", "other", "others", "people", "folk"}


def bare_title(question: str, toks: list[Token], covered: set[int]) -> list[str]:
    """'what did lost in care say about abuse in childrens homes': two to six words with no article, joined inside
    by "in", "of", "on", "to" ..., the subject of what a document said, are a title when no word of theirs is a
    kind of report, a name the store holds (``covered``), a word for people or a plural before the joining word
    ("children in care", "social workers in the team" are who said it): a document not held (library fresh40 L1234,
    after its look)."""
    m = _SUBJECT.search(question.lower())
    if m is None:
        return []
    words = m[1].split()
    inside = [j for j, w in enumerate(words[1:-1], start=1) if w in _JOINING and w != "and"]
    if not inside or words[0] in _NO_TITLE | GENERIC | PERSONS:
        return []
    lead = words[:inside[0]]
    if any(w.endswith("s") or w in PERSONS for w in lead):
        return []
    lo, hi = m.start(1), m.end(1)
    if any((lo <= t.start < hi) and (t.norm == KIND or k in covered) for k, t in enumerate(toks)):
        return []
    return [question[lo:hi].strip()]


_PHRASE = re.compile(r"[a-z0-9]+")


def quoted_part(question: str, titles: dict[str, str]) -> set[str]:
    """"'pathways to protection' - did it say anything about neglect": words in quotes, three or more, that run
    unbroken in one held report's title and in no other's ("Pathways to harm, pathways to protection: a triennial
    analysis ...") name that report (library fresh41 L1257, after its look)."""
    found: set[str] = set()
    for m in ANY_QUOTED.finditer(question):
        words = _PHRASE.findall(fold(m.group(0)))
        if len(words) < 3:
            continue
        ids = {rid for rid, title in titles.items() if f" {' '.join(words)} " in f" {title} "}
        found |= ids if len(ids) == 1 else set()
    return found if len(found) == 1 else set()


def title_phrases(titles: dict[str, str]) -> dict[str, str]:
    """Report id -> its title's words, folded, one space apart (for :func:`quoted_part`)."""
    return {rid: " ".join(_PHRASE.findall(fold(title))) for rid, title in titles.items()}


_RUN_WORDS = (4, 3, 2)  # words before a kind word, longest first


def title_run(question: str, toks: list[Token], titles: dict[str, str], describing: set[str],
              uses: Callable[[list[str]], Mapping[str, int]] | None) -> list[Span]:
    """'in the high intensity sar and the brackwater one' (fresh45 zy33, after its look): "the", two to four words and
    a kind word (not "one": "the self neglect one" describes a case), where the words run unbroken in one held
    report's title ("High Intensity Use Safeguarding Adults Review: ...", ``titles`` as :func:`title_phrases` gives
    them) and in no other's, are not all words every review's name may hold (``describing``: "national", "joint"), and
    that report's text uses them most (``uses``; a topic every review writes of, "self neglect", names none): that
    report."""
    out = []
    for k, t in enumerate(toks):
        if t.norm != KIND or fold(question[t.start:t.end]) == "one" or uses is None:
            continue
        for n in _RUN_WORDS:
            run = toks[k - n:k] if k >= n else []
            words = [x.norm for x in run]
            if not run or not all(w.isalpha() for w in words) or all(w in GENERIC | describing for w in words) \
                    or not THE_BEFORE.search(question[:run[0].start]):
                continue
            ids = {rid for rid, title in titles.items() if f" {' '.join(words)} " in f" {title} "}
            used = Counter(uses(words)).most_common(1) if len(ids) == 1 else []  # searched only when it may name one
            if used and used[0][0] in ids:
                out.append((k - n, k + 1, ids))
                break
    return out
