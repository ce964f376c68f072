"""Documents a question names by a year: an academic citation ("Brandon et al. (2008)") whose author has no report
of that year; a year no known report has beside a kind word ("the 1987 inquiry"), or none of that statutory kind
("the 2018 jtai on criminal exploitation"); a publisher typed with a year and title words ("ofsted 2013 missing
children report"); a body's document of a year ("the home office's 2020 paper"). Each is a document the store does not
hold (:mod:`.others` tries these among its rules)."""

from __future__ import annotations

import re
from collections.abc import Callable, Set

from .apart import THE_BEFORE
from .names import ASKING as _STARTERS
from .names import GENERIC, KIND, PERSONS, SINGULAR_KIND_WORDS, Token, fold
from .names import YEAR as _YEAR

Used = Callable[[str], bool]
Known = Set[str]  # the words of the reports' names

# kinds of review made under one statute each: a year beside one names a review of that kind and year
_STATUTORY = {"sar", "cspr", "jscr", "dhr", "jtai"}
# what a document was on, as the question says it: "on criminal exploitation, trafficking and modern slavery", "of
# local safeguarding children boards"
# (each word whole, so that a long question without a full stop is read once, not split every way)
_WORD = r"(?!what\b|did\b|does\b|say\b|find\b)[\w'’-]+"
ON_WHAT = re.compile(rf"\s+(?:on|into|of)\s+{_WORD}(?:,?\s+{_WORD}){{0,7}}"
                     r"(?=\s*[.?!;:]|\s+-\s|\s*$|\s+(?:find|found|say|said|recommend)\b)", re.IGNORECASE)

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

def _kind_after(question: str, toks: list[Token], k: int, most: int) -> int | None:
    """The first singular kind word within ``most`` words after token ``k``."""
    return next((j for j in range(k + 1, min(len(toks), k + 1 + most)) if toks[j].norm == KIND
                 and fold(question[toks[j].start:toks[j].end].split()[-1]) in SINGULAR_KIND_WORDS | _STATUTORY), None)


def year_of_none(question: str, toks: list[Token], covered: set[int], known: Known, used: Used,
                 years: dict[str, int | None], kinds: dict[str, set[str]] | None = None,
                 title_words: dict[str, set[str]] | None = None) -> list[str]:
    """'what did the 1987 inquiry say': a year with a kind word just after it ("the 1987 public inquiry"), when no
    report the store or the catalogue knows is of that year or the next or last (of that kind, for a statutory kind:
    "the 2018 jtai on criminal exploitation", said with what it was on; "joint inspection" is a JTAI). Nor is one of
    that kind of the next or last year when what the question says it was on shares no word with its title ("the
    2017 joint inspection report ... on children living with domestic abuse", the held JTAI of 2016 being on
    exploitation: library fresh49 L1503). Words no passage uses typed just before it ("lambeth, tyra henry - what
    did the 1987 inquiry say") are said with it, as names are written."""
    out = []
    for k, t in enumerate(toks):
        if k in covered or not _YEAR.fullmatch(t.norm) or not THE_BEFORE.search(question[:t.start]):
            continue
        kind = _kind_after(question, toks, k, 3)
        if kind is None or any(toks[j].capital or j in covered for j in range(k + 1, kind)):
            continue
        year = int(t.norm)
        typed = fold(question[toks[kind].start:toks[kind].end].split()[-1])
        if typed == "inspection" and any(toks[j].norm == "joint" for j in range(k + 1, kind)):
            typed = "jtai"
        # "the 2018 jtai": only a joint inspection of about that year is that one; "the 1987 inquiry": any report
        of_kind = [r for r in years if kinds and typed in _STATUTORY and typed in kinds.get(r, set())]
        on = ON_WHAT.match(question, _past_kind(question, toks, kind)) if of_kind else None
        topic = {w for w in re.findall(r"[a-z]{4,}", fold(on.group())) if w not in GENERIC} if on else set()
        if not any(y and abs(year - y) <= 1 and not (topic and title_words and r in title_words
                                                      and not topic & title_words[r])
                   for r, y in years.items() if not of_kind or r in of_kind):
            said = f"the {question[t.start:toks[kind].end]}"
            said += on.group().rstrip(" ,") if on else ""
            before = [] if on else _unused_before(toks, k, covered, known, used)
            if before:  # said as names are written
                names = question[toks[before[0]].start:toks[before[-1]].end]
                said += f" ({CAPITALS.sub(lambda c: c.group().upper(), names)})"
            out.append(said)
    return out


CAPITALS = re.compile(r"\b[a-z]")


_MAKERS_AFTER = re.compile(r"(?:\s+report)?(?:\s+by\s+[\w'’]+(?:(?:,|\s+and)?\s+(?:the\s+)?[\w'’]+){0,7}?"
                           r"(?=\s+(?:on|into|of)\s))?", re.IGNORECASE)


def _past_kind(question: str, toks: list[Token], kind: int) -> int:
    """Where what a report was on may start: after its kind word, and "report" or a list of makers after it ("the
    2017 joint inspection report by ofsted, the cqc, hmic and hmi probation on ...")."""
    end = toks[kind].end
    by = _MAKERS_AFTER.match(question[end:])
    return end + (by.end() if by else 0)


def _unused_before(toks: list[Token], k: int, covered: set[int], known: Known, used: Used) -> list[int]:
    """The run of words no passage uses that ends at most three asking words before token ``k`` ("lambeth, tyra
    henry - what did the 1987 ..."), or none."""
    j = k - 1
    while j >= 0 and k - j <= 3 and toks[j].norm in _STARTERS:
        j -= 1
    run: list[int] = []
    while j >= 0 and j not in covered and toks[j].norm.isalpha() and len(toks[j].norm) >= 3 \
            and toks[j].norm not in GENERIC | _STARTERS | known and not used(toks[j].norm):
        run.insert(0, j)
        j -= 1
    return run


def known_year_title(question: str, toks: list[Token], covered: set[int], words_of: dict[str, set[str]],
                     years: dict[str, int | None], title_words: dict[str, set[str]]) -> list[str]:
    """'ofsted 2013 missing children report': a word of held reports' names (their publisher), typed in any case,
    a year, and within four words a kind word, when no report with that name is within two years of it, or
    none of those that are has the title words between the year and the kind word: another document."""
    out = []
    for k in range(1, len(toks)):
        t, name = toks[k], toks[k - 1]
        if not _YEAR.fullmatch(t.norm) or {k - 1, k} & covered or name.norm in GENERIC or not name.norm.isalpha():
            continue
        kind = _kind_after(question, toks, k, 4)
        makers = [r for r, words in words_of.items() if name.norm in words]
        if kind is None or not makers or not question[name.end:t.start].isspace():
            continue
        year = int(t.norm)
        near = [r for r in makers if (y := years.get(r)) and abs(year - y) <= 2]
        asked = {x.norm for x in toks[k + 1:kind] if x.norm.isalpha() and x.norm not in GENERIC}
        if not near or (asked and not any(asked <= title_words.get(r, set()) | words_of.get(r, set()) for r in near)):
            text = question[name.start:toks[kind].end]
            out.append(text[0].upper() + text[1:])
    return out

# "the home office's 2020 paper on ...": a body's document of a year, named by who made it
# ... or with words of its title between ("the family rights group's 2018 care crisis review", library fresh47 L1445);
# "sue jago and colleagues' 2011 study"; without a year, "australia's royal commission" (library fresh54, after its
# look)
_POSSESSIVE_YEAR = re.compile(r"\b((?:[a-z]+\s){0,3}?[a-z]+)(['’]s|(?<=s)['’])\s+"
                              r"((?:(?:19|20)\d\d\s+)?(?:[a-z]+\s+){0,3}?)"
                              r"(paper|report|review|study|research|guidance|strategy|analysis|inquiry|investigation|"
                              r"inspection|evaluation|commission)\b", re.IGNORECASE)


_FUNCTION = {"the", "a", "an", "his", "her", "their", "its", "our", "my", "this", "that"}
_WHEN = {"last", "this", "next", "year", "years", "month", "week", "today", "yesterday"}
_LINKING = {"into", "of", "for", "on", "and", "in", "to", "by"}  # "(the inquiry) into child sexual abuse's": cut short


def possessive_year(question: str, toks: list[Token], covered: set[int], words_of: dict[str, set[str]],
                    used: Used | None = None) -> list[str]:
    """'the home office's 2020 paper on ...', 'NSPCC's 2019 report', "ireland's 2009 commission" (library fresh53
    L1625, after its look): a maker's document of a year, where no held report's names hold the maker's words (and
    they are not only words every review's name has: 'the board's'). Without a year, where no passage of the store
    uses the maker's words either ("scotland's care review report", library fresh54 L1656, after its look)."""
    for m in _POSSESSIVE_YEAR.finditer(question):
        if any(t.start < m.end() and t.end > m.start() for k, t in enumerate(toks) if k in covered):
            continue
        words = re.findall(r"[a-z]+", m.group(1).lower())
        start = max((i + 1 for i, w in enumerate(words) if w in _STARTERS or w in ("the", "a", "an")), default=0)
        if words[start:] in (["colleagues"], ["others"]) and start >= 2:  # "sue jago and colleagues'"
            start = max((i + 1 for i, w in enumerate(words[:start - 1]) if w in ("the", "a", "an", "what", "did")),
                        default=0)
        maker = words[start:]  # "what did the home office's": "home office"
        core = {w for w in maker if w not in GENERIC and w not in ("and", "colleagues", "others")}
        if not core or maker[0] in _LINKING or any(core <= names for names in words_of.values()):
            continue
        between = m.group(3).split()
        if not re.match(r"(?:19|20)\d\d", m.group(3)) and (
                used is None or any(used(w) for w in core) or core & (PERSONS | _WHEN) or len(maker) > 2
                or len(core) < len(maker) or len(between) > 2 or set(between) & (_LINKING | _FUNCTION)):
            continue  # "last year's review", "the lady's review", "the pupil's records for an investigation"
        before = question[max(0, m.start() - 16):m.start()] + " " + " ".join(words[:start])
        the = "the " if re.search(r"\bthe\b", before, re.IGNORECASE) else ""  # "the home office's", "ireland's"
        said = CAPITALS.sub(lambda c: c.group().upper(), " ".join(maker)).replace(" And ", " and ")
        return [f"{the}{said.replace(' Colleagues', ' colleagues')}{m.group(2)} "
                f"{' '.join(m.group(3).split())} {m.group(4).lower()}".replace("  ", " ")]
    return []


# a title in quotes, as typed, in any case: "'missing children: who cares?'", "‘the multi-agency response to ...’"
ANY_QUOTED = re.compile(r"(?:(?<=[\s(])|^)(?:'([^']{8,90})'|‘([^’]{8,90})’|\"([^\"]{8,90})\"|“([^”]{8,90})”)")


def dated_title(question: str, toks: list[Token], title_words: dict[str, set[str]]) -> list[tuple[int, int, str]]:
    """"hmic's 2016 inspection 'missing children: who cares?'", "the 2017 joint inspection 'the multi-agency response
    to children living with domestic abuse'": a year, a kind word and a title in quotes (in any case), whose words are
    not mostly one held report's title: a document not held, though a held report may be of that year and kind.
    (first token, end token, how the question names it.)"""
    out = []
    for m in ANY_QUOTED.finditer(question):
        inside = [k for k, t in enumerate(toks) if m.start() < t.start and t.end < m.end()]
        kind = inside[0] - 1 if len(inside) >= 2 and inside[0] >= 1 and toks[inside[0] - 1].norm == KIND else None
        year = next((j for j in range(kind - 1, max(-1, kind - 4), -1) if _YEAR.fullmatch(toks[j].norm)), None) \
            if kind is not None else None
        words = {toks[k].norm for k in inside if toks[k].norm not in GENERIC}
        if year is None or not words or any(len(words & title) * 3 >= 2 * len(words) for title in title_words.values()):
            continue
        owner = re.search(r"\b[A-Za-z][\w&]*['’]s\s+$", question[:toks[year].start])
        said = (owner.group() if owner else "the ") + question[toks[year].start:m.end()]
        out.append((year, inside[-1] + 1, said))
    return out
