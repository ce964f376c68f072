"""A document a question tells apart by a name in brackets: "IICSA's Rochdale investigation (Cambridge House and
Knowl View)", "the panel's 2022 report on the residential schools (the hesley group)".

The brackets follow a reference to a report (a kind word at most ``_AFTER`` words before them) and hold a name that
neither the store's report names nor any of its passages use: a capitalised word, or one typed in lower case that
is no ordinary word, or a title in quotes of three or more words that is not one held report's title ("('if only
someone had listened')"). A held report's text would use the name it is told apart by, so the reference is to another
document, not held, even when it also names a held report's publisher or place. An acronym ("(CAMHS)"), a year or
ordinary words in brackets name nothing."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Set

from .names import GENERIC, KIND, Token, one_kind
from .others import MAKERS

_BRACKET = re.compile(r"\(([^()]{2,60})\)")
_AFTER = 8  # words between the kind word and the brackets ("report on the residential special schools in x (")
_MOST_INSIDE = 5
_QUOTED = re.compile(r"'[^']+'|‘[^’]+’|\"[^\"]+\"|“[^”]+”")
_MAKERS = MAKERS | {"commission", "commissioner", "inspectorate"}


def _a_name(question: str, t: Token, known: Set[str], used: Callable[[str], bool],
            common: Callable[[str], bool] | None) -> bool:
    """A word that names something the store knows nothing of."""
    text = question[t.start:t.end]
    if not t.norm.isalpha() or len(t.norm) < 3 or t.norm in known or t.norm in GENERIC or used(t.norm):
        return False
    if t.capital:
        return text[1:].islower()  # "Knowl", not an acronym
    return common is not None and not common(t.norm)  # "hesley": no ordinary word


def _reference_start(question: str, toks: list[Token], k: int, known: Set[str]) -> int:
    """From the kind word at ``k``, back over the words that say whose and which report it is: names (capitalised
    or the store's report names), owners ("children's commissioner's"), years, kind and describing words
    ("IICSA's Rochdale investigation", "the child safeguarding practice review panel's 2022 report")."""
    j = k
    while j > 0 and k - j < 6:
        t = toks[j - 1]
        owner = re.search(r"['’]s$", question[t.start:t.end])
        if not (t.capital or owner or t.norm == KIND or t.norm in known or t.norm in _MAKERS
                or re.fullmatch(r"(?:19|20)\d\d", t.norm)):
            break
        j -= 1
    return j


def _a_title(inside: list[Token], text: str, known: Set[str], titles: Iterable[Set[str]]) -> bool:
    """A title in quotes whose words are not all of one held report's title or names."""
    words = {t.norm for t in inside if t.norm not in GENERIC}
    return len(inside) >= 3 and bool(_QUOTED.fullmatch(text.strip())) \
        and not any(words <= title | known for title in titles)


def bracketed(question: str, toks: list[Token], known: Set[str], used: Callable[[str], bool],
              common: Callable[[str], bool] | None, titles: Iterable[Set[str]] = ()) -> list[tuple[int, int, str]]:
    """(first token, token after the brackets, how the question names the document) for each reference told
    apart by a name the store does not know."""
    out = []
    for m in _BRACKET.finditer(question):
        inside = [t for t in toks if m.start() < t.start and t.end < m.end()]
        named = len(inside) <= _MOST_INSIDE and any(_a_name(question, t, known, used, common) for t in inside)
        if not inside or not (named or _a_title(inside, m.group(1), known, titles)):
            continue
        before = [k for k, t in enumerate(toks) if t.end <= m.start()]
        kinds = [k for k in before[-_AFTER:] if one_kind(question, toks[k])]
        if not kinds:
            continue
        start = _reference_start(question, toks, kinds[-1], known)
        text = question[toks[start].start:m.end()]
        out.append((start, before[-1] + 1 + len(inside), text))
    return out


def overlaps(question: str, lo: int, hi: int, names: list[str]) -> bool:
    """Whether one of the names (another rule's), as the question types it, lies within characters ``lo:hi``."""
    text = question.lower()
    for name in names:
        at = text.find(re.sub(r"^the\s+", "", name.lower()))
        if 0 <= at < hi and lo < at + len(name):
            return True
    return False
