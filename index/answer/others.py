"""Other documents a question names without a kind word the store's names know: by an author with an honorific
("what did Sir Ronald Waterhouse find"), by a title with its author in brackets ("Lost in Care (Waterhouse)"), by
a publisher of held reports and a year none of them has ("Ofsted's 2021 review"), or by a title typed in lower
case before the words of a national or local review ("the myth of invisible men national panel review").
An academic citation ("Brandon et al. (2008)") whose author has no report of that year names one too.
Each is a document the store does not hold; :mod:`.scope` says so rather than answer from another report."""

from __future__ import annotations

import re
from collections.abc import Callable

from .names import ASKING as _STARTERS
from .names import DESCRIBING, GENERIC, KIND, SINGULAR_KIND_WORDS, Token, fold

_HONORIFICS = {"lord", "lady", "baroness", "baron", "dame", "sir", "professor", "prof"}  # not "Dr": a case's GP
_REPORTING = {"find", "found", "finds", "say", "said", "says", "conclude", "concluded", "concludes", "recommend",
              "recommended", "recommends", "report", "reported", "write", "wrote", "argue", "argued", "review",
              "reviewed", "inquiry", "investigation"}
_JOINING = {"in", "of", "and", "for", "on", "to", "at"}  # words a title may hold between its capitalised words
# words of who makes a review, between a title and its kind word ("national panel review")
_MAKERS = DESCRIBING | {"panel", "board", "partnership"}
Used = Callable[[str], bool]


def _name_run(toks: list[Token], j: int, covered: set[int], step: int, most: int = 3) -> int:
    """From token ``j`` (exclusive), the far end of a run of up to ``most`` capitalised words."""
    end = j
    while 0 <= end + step < len(toks) and abs(end + step - j) <= most and toks[end + step].capital \
            and toks[end + step].norm.isalpha() and end + step not in covered:
        end += step
    return end


def by_author(question: str, toks: list[Token], covered: set[int], known: set[str], used: Used) -> list[str]:
    """'What did Sir Ronald Waterhouse find ...', "Dame Jane Smith's inquiry": an honorific and a name whose
    surname neither the store's report names nor any passage uses, reporting or owning: a report by that
    person."""
    out = []
    for i, t in enumerate(toks):
        if not t.capital or t.norm not in _HONORIFICS or i in covered:
            continue
        end = _name_run(toks, i, covered, +1)
        if end == i or toks[end].norm in known or used(toks[end].norm) or toks[end].norm in GENERIC:
            continue
        text = question[t.start:toks[end].end]
        owning = re.search(r"['’]s$", text)
        if owning or (end + 1 < len(toks) and toks[end + 1].norm in _REPORTING) or (i and toks[i - 1].norm == "by"):
            out.append("a report by " + re.sub(r"['’]s$", "", text))
    return out


def bracketed_author(question: str, toks: list[Token], covered: set[int], known: set[str], used: Used) -> list[str]:
    """'Lost in Care (Waterhouse) - lessons ...': capitalised title words, then in brackets a name (and perhaps a
    year) that neither the store's report names nor any passage uses: that title, not held."""
    out = []
    for m in re.finditer(r"\(([^()]{2,60})\)", question):
        inside = [t for t in toks if m.start() < t.start and t.end < m.end()]
        names = [t for t in inside if not t.norm.isdigit()]
        if not names or len(names) > 3 or not all(t.capital for t in names) \
                or any(t.norm in known or used(t.norm) or t.norm in GENERIC for t in names):
            continue
        before = [k for k, t in enumerate(toks) if t.end <= m.start()]
        if not before:
            continue
        k = before[-1]
        start = k
        while start >= 0 and start not in covered and (toks[start].capital or toks[start].norm in _JOINING) \
                and not (start == 0 and toks[0].norm in _STARTERS):
            start -= 1
        run = toks[start + 1:k + 1]
        while run and not run[0].capital:
            run = run[1:]
        if sum(t.capital and t.norm not in GENERIC for t in run) >= 2:
            out.append(f"{question[run[0].start:run[-1].end]} ({m.group(1).strip()})")
    return out


def publisher_year(question: str, toks: list[Token], covered: set[int], known: set[str],
                   words_of: dict[str, set[str]], years: dict[str, int | None],
                   title_words: dict[str, set[str]]) -> list[str]:
    """"Ofsted's 2021 review of ...": a name the store's reports share (their publisher), a year and a kind word,
    when every report with that name is three or more years from it: another of that publisher's reports."""
    out = []
    for k, t in enumerate(toks):
        if t.norm != KIND or k in covered or fold(question[t.start:t.end].split()[-1]) not in SINGULAR_KIND_WORDS:
            continue
        j = k
        while j > 0 and k - j < 3 and j - 1 not in covered \
                and (re.fullmatch(r"(?:19|20)\d\d", toks[j - 1].norm) or toks[j - 1].norm in DESCRIBING):
            j -= 1
        stated = {int(x.norm) for x in toks[j:k] if x.norm.isdigit()}
        start = _name_run(toks, j, covered, -1)
        name = {x.norm for x in toks[start:j]}
        if not stated or start == j or not name <= known:
            continue
        makers = [r for r, words in words_of.items() if name <= words]
        if makers and all(abs(y - (years.get(r) or y)) >= 3 and str(y) not in title_words.get(r, set())
                          and years.get(r) for r in makers for y in stated):
            out.append(question[toks[start].start:t.end])
    return out


def lower_case_title(question: str, toks: list[Token], covered: set[int], known: set[str], used: Used) -> list[str]:
    """'the myth of invisible men national panel review': words typed in lower case before the words of who
    made a review and its kind word, most of them words no passage of the store uses: a title not held."""
    out = []
    for k, t in enumerate(toks):
        if t.norm != KIND or k in covered or fold(question[t.start:t.end].split()[-1]) not in SINGULAR_KIND_WORDS:
            continue
        j = k
        while j > 0 and j - 1 not in covered and toks[j - 1].norm in _MAKERS and not toks[j - 1].capital:
            j -= 1
        if j == k:
            continue  # no maker's words: the lower-case rule in scope.py reads the words before the kind
        end = j
        content: list[str] = []
        while j > 0 and len(content) < 4 and j - 1 not in covered and toks[j - 1].norm.isalpha() \
                and not toks[j - 1].capital and toks[j - 1].norm not in _STARTERS \
                and (toks[j - 1].norm not in GENERIC or toks[j - 1].norm in _JOINING):
            j -= 1
            if toks[j].norm not in _JOINING:
                content.append(toks[j].norm)
        while j < end and toks[j].norm in _JOINING:
            j += 1
        unused = [w for w in content if len(w) >= 3 and not used(w) and w not in known]
        if content and unused and 2 * len(unused) >= len(content):
            out.append(f"the {question[toks[j].start:t.end]}")
    return out


# "Brandon et al. (2008)", "sidebotham et al 2016", "Ward and Smith et al, 2012": a citation by author and year
_ET_AL = re.compile(r"\b([A-Za-z][A-Za-z'’-]+)(?:\s+(?:and|&)\s+[A-Za-z][A-Za-z'’-]+)?,?\s+et\.?\s+al\b\.?,?\s*"
                    r"\(?((?:19|20)\d\d)\b\)?", re.IGNORECASE)


def et_al(question: str, words_of: dict[str, set[str]], years: dict[str, int | None]) -> list[tuple[int, int, str]]:
    """'brandon et al 2008 ...': an author's surname with "et al" and a year, when no report whose names hold the
    surname is of that year (one year out is taken as misremembered): a document not held. (start, end, how the
    question names it, a name typed in lower case written as a name)."""
    out = []
    for m in _ET_AL.finditer(question):
        name, year = fold(m.group(1)), int(m.group(2))
        if any(name in words and (y := years.get(r)) and abs(year - y) <= 1 for r, words in words_of.items()):
            continue
        text = question[m.start():m.end()]
        out.append((m.start(), m.end(), text[0].upper() + text[1:]))
    return out
