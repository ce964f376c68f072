"""Reports told apart by what else the question says of the one it names: a name two reports share, with years
("the Sidebotham triennial analysis 2011-14"); or a place that names one report, with a kind of report only another
report of that place is ("the inspection ... into rotherham council": Casey's inspection, not Jay's inquiry); or a
place with a year only another report set there has ("the 2003 haringey report": the Climbie inquiry); or one
report pointed at by a year and a word of its title ("the 2015 one about rotherham": Casey's inspection)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from .names import DESCRIBING, KIND, SINGULAR_KIND_WORDS, YEAR, Token, as_named, fold

Span = tuple[int, int, set[str]]
HONORIFICS = {"lord", "lady", "baroness", "baron", "dame", "sir", "professor", "prof"}  # not "Dr": a case's GP
PRONOUNS = {"it", "they", "he", "she", "you", "we", "i", "anyone", "anybody", "someone", "people"}
THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)  # "the" just before a word (a name, a year, a kind)
# "the" or "our" and a lower-case word just before a word: "the exploitation subgroup's report" describes the asker's
# own body, not a named one (library fresh60 L1815, after its look, was declined as not holding "Subgroup's report")
DESCRIBED_BEFORE = re.compile(r"\b(?:the|our|their|my|your|its|this|that)\s+[a-z]+\s+$")
# kinds of report that tell one report of a place from another ("the 2015 inspection", "the CSE thematic")
SPECIFIC_KINDS = {"inspection", "thematic", "triennial", "biennial", "audit", "inquiry"}
# with a year beside it, "analysis" too: "the 2020 analysis of serious case reviews" (library fresh51 L1556)
_DATED_KINDS = SPECIFIC_KINDS | {"analysis"}
_NEAR = 5  # words either side of a name in which a kind word speaks of the same report
_YEAR_ONE = re.compile(r"\b(?:the|that)\s+((?:19|20)\d\d)\s+one\s+(?:about|on|in|into|from|for|of)\s+([\w'’-]+)",
                       re.IGNORECASE)
PLACE_USES = 3  # passages of a report's text that use a place, for the place to name it with the report's year
STAGES = {"final", "interim", "progress", "annual", "draft", "preliminary", "supplementary", "update", "updated"}
# documents a report's maker writes besides its reports (others._DOCUMENTS with a year before them)
_DOCUMENTS = {"audit", "evaluation", "study", "survey"}


def by_year(toks: list[Token], spans: list[Span], title_words: dict[str, set[str]],
            years: dict[str, int | None]) -> list[Span]:
    """A name two reports share ("the Sidebotham triennial analysis") and years in the question ("2011-14"):
    the reports whose year or title holds most of those years."""
    found = {t.norm for t in toks if YEAR.fullmatch(t.norm)}
    out = []
    for a, b, ids in spans:
        if len(ids) > 1 and found:
            score = {r: len(found & (title_words.get(r, set()) | {str(years.get(r))})) for r in ids}
            best = max(score.values())
            ids = {r for r in ids if score[r] == best} if best else ids
        out.append((a, b, ids))
    return out


def by_kind(question: str, toks: list[Token], spans: list[Span], held: set[str], title_words: dict[str, set[str]],
            kind_words: dict[str, set[str]], words_of: dict[str, set[str]]) -> list[Span]:
    """A name that names reports none of which is of the kind the question says near it ("the inspection eric
    pickles sent into rotherham council", library fresh35 L1077, after its look): the one held report of that
    kind whose title or names hold the name, when there is one."""
    out = []
    for a, b, ids in spans:
        near = range(max(0, a - _NEAR), min(len(toks), b + _NEAR))
        kinds = {fold(w) for k in near if toks[k].norm == KIND for w in question[toks[k].start:toks[k].end].split()}
        kinds &= SPECIFIC_KINDS
        words = {t.norm for t in toks[a:b]}
        if kinds and not any(kinds & kind_words.get(r, set()) for r in ids):
            other = {r for r in held if kinds & kind_words.get(r, set())
                     and words <= title_words.get(r, set()) | words_of.get(r, set())}
            ids = other if len(other) == 1 else ids
        out.append((a, b, ids))
    return out


def by_year_of_place(toks: list[Token], spans: list[Span], held: set[str], years: dict[str, int | None],
                     uses: Callable[[list[str]], Mapping[str, int]] | None) -> list[Span]:
    """A place that names one report, with a year beside it three or more years from that report's ("the 2003
    haringey report", library fresh36 L1105, after its look, where Haringey's held SCR is of 2009): the one held
    report of that year whose text uses the place in at least ``PLACE_USES`` passages (the Climbie inquiry, set in
    Haringey), when there is one. Otherwise the year says it is another document, not held (``Scoper._other_year``)."""
    out = []
    for a, b, ids in spans:
        near = {int(toks[j].norm) for j in range(max(0, a - 2), min(len(toks), b + 2))
                if YEAR.fullmatch(toks[j].norm)}
        if uses is not None and len(near) == 1:
            year = next(iter(near))
            if all(years.get(r) and abs(year - (years.get(r) or 0)) >= 3 for r in ids):
                words = [t.norm for t in toks[a:b] if t.norm != KIND]  # "haringey", not "report"
                used = uses(words) if words else {}
                other = {r for r in held if years.get(r) == year and used.get(r, 0) >= PLACE_USES}
                ids = other if len(other) == 1 else ids
        out.append((a, b, ids))
    return out


def year_one(question: str, toks: list[Token], spans: list[Span], held: set[str], years: dict[str, int | None],
             title_words: dict[str, set[str]]) -> list[Span]:
    """'the 2014 one about rotherham', 'the 2015 one about rotherham': one report pointed at by its year and a
    word of its title (a place) is the one held report of that year whose title has the word (library fresh33
    L1017, fresh36 L1107); it replaces whatever the word alone names."""
    m = _YEAR_ONE.search(question)
    at = [k for k, t in enumerate(toks) if m and t.start == m.start(2)]
    # the county named for its town ("the 2015 one about oxford": the Oxfordshire SCR; library fresh39 L1195)
    word = toks[at[0]].norm if m and at else ""
    ids = {r for r in held if years.get(r) == int(m.group(1)) and {word, f"{word}shire"} & title_words.get(r, set())} \
        if m and at else set()
    if len(ids) != 1:
        return spans
    return [span for span in spans if not span[0] <= at[0] < span[1]] + [(at[0], at[0] + 1, ids)]


def year_described(question: str, toks: list[Token], held: set[str], years: dict[str, int | None],
                   kind_words: dict[str, set[str]], used: Callable[[str], bool] | None) -> list[Span]:
    """'the 2003 child death inquiry' (library fresh42 L1286, after its look): 'the', a year, up to three words the
    store's text uses (what the report was about, no name of its own) and a singular kind word that the one held
    report of that year has in its kind, title or id: that report."""
    for k, t in enumerate(toks):
        if not YEAR.fullmatch(t.norm) or not THE_BEFORE.search(question[:t.start]):
            continue
        j = next((j for j in range(k + 1, min(len(toks), k + 5)) if toks[j].norm == KIND), None)
        if j is None or not all(x.norm.isalpha() and (used is None or used(x.norm)) for x in toks[k + 1:j]):
            continue
        if re.match(r"\s+(?:of|into|on|about|for)\b", question[toks[j].end:], re.I):
            continue  # "the 2011 review of school exclusions": what it looked into says which (Scoper._year_title)
        word = fold(question[toks[j].start:toks[j].end].split()[-1])
        ids = {r for r in held if years.get(r) == int(t.norm) and word in kind_words.get(r, set())}
        if word in SINGULAR_KIND_WORDS and len(ids) == 1:
            return [(k, j + 1, ids)]
    return []


def year_after(question: str, toks: list[Token], held: set[str], years: dict[str, int | None],
               kind_words: dict[str, set[str]], words_of: dict[str, set[str]]) -> list[Span]:
    """'the joint serious case review from 2018' (library fresh54 L1646, after its look): 'the', describing words, a
    singular kind word and "from", "of" or "in" a year, when one held report of that year has the kind word in its
    kind, title or id and the describing words there or among its names' words: that report."""
    for k, t in enumerate(toks):
        m = re.match(r"\s+(?:from|of|in|published in|dated)\s+((?:19|20)\d\d)\b", question[t.end:], re.IGNORECASE)
        first = next((j for j in range(k, max(-1, k - 3), -1) if THE_BEFORE.search(question[:toks[j].start])), None)
        if t.norm != KIND or m is None or first is None:
            continue
        word = fold(question[t.start:t.end].split()[-1])
        describing = {x.norm for x in toks[first:k]} | {fold(w) for w in question[t.start:t.end].split()[:-1]}
        ids = {r for r in held if years.get(r) == int(m.group(1)) and word in kind_words.get(r, set())
               and describing <= kind_words[r] | words_of.get(r, set())}
        if word in SINGULAR_KIND_WORDS and len(ids) == 1:
            return [(first, next(j for j in range(k, len(toks)) if toks[j].norm == m.group(1)) + 1, ids)]
    return []


def kind_described(question: str, toks: list[Token], held: set[str], kind_words: dict[str, set[str]],
                   words_of: dict[str, set[str]], years: dict[str, int | None]) -> list[Span]:
    """'the joint inspection by ofsted, the cqc, hmic and hmi probation' (library fresh44 L1346, after its look): a
    describing word ("joint", "thematic", "national"), in the kind phrase or just before it, and a specific kind
    word, when one held report alone has the kind word among the words of its kind, title and id (``kind_words``)
    and the describing word among those or its names' (``words_of``: the JTAI's alias "joint targeted area
    inspection"). Not when the question gives another year ("the 2017 joint inspection on domestic abuse")."""
    said = {int(t.norm) for t in toks if YEAR.fullmatch(t.norm)}
    for k, t in enumerate(toks):
        words = [fold(w) for w in question[t.start:t.end].split()]
        before = {toks[k - 1].norm} if k else set()
        describing = (set(words[:-1]) | before) & DESCRIBING
        if t.norm != KIND or words[-1] not in SPECIFIC_KINDS or not describing:
            continue
        ids = {r for r in held if words[-1] in kind_words.get(r, set())
               and describing <= kind_words[r] | words_of.get(r, set()) and said <= {years.get(r)}}
        if len(ids) == 1:
            return [(k - 1 if before & describing else k, k + 1, ids)]
    return []


def year_kind(question: str, toks: list[Token], held: set[str], years: dict[str, int | None],
              kind_words: dict[str, set[str]], title_words: dict[str, set[str]],
              strange: Callable[[str], bool]) -> list[Span]:
    """'the 2015 inspection', 'the 2014 CSE thematic': a year within two words before or seven after a word for a kind
    of report (inspection, thematic, triennial ...) that one held report of that year has in its kind, title or id
    (``kind_words``): "the triennial analysis of serious case reviews published in 2016" (library fresh45 L1375),
    "the 2020 analysis of serious case reviews in england" (fresh51 L1556, after its look).
    Or two years there that are both in the title of the one such report ("the triennial analysis ... 2011 to 2014":
    the years it covers). Not when "the" and a name no passage uses (``strange``) are just before the kind word
    ("the edinburgh inquiry in 2003", library fresh44 L1356, after its look: another inquiry of Laming's year)."""
    for k, t in enumerate(toks):
        words = {fold(w) for w in question[t.start:t.end].split()} & _DATED_KINDS
        if not words or (k and THE_BEFORE.search(question[:toks[k - 1].start]) and strange(toks[k - 1].norm)):
            continue
        near = [j for j in range(max(0, k - 2), min(len(toks), k + 8)) if j != k and YEAR.fullmatch(toks[j].norm)]
        for j in near:
            ids = {r for r in held if years.get(r) == int(toks[j].norm) and words & kind_words[r]}
            if len(ids) == 1:
                return [(min(j, k), max(j, k) + 1, ids)]
        said = {toks[j].norm for j in near}
        ids = {r for r in held if len(said & title_words.get(r, set())) >= 2 and words & kind_words[r]}
        if len(ids) == 1:
            return [(min(k, *near), max(k, *near) + 1, ids)]
    return []


def other_stage(question: str, toks: list[Token], spans: list[Span], words_of: dict[str, set[str]],
                title_words: dict[str, set[str]], kind_words: dict[str, set[str]]) -> dict[tuple[int, int], str]:
    """'the IICSA final report', "Laming's 2009 progress report", 'the Munro interim report': a held report's name,
    then a word for another stage of its work before the kind word, which neither its names nor its title hold. Or
    its maker's name, then within three words a document none of its names, title or kinds is ("baroness casey's
    national audit on group-based child sexual exploitation", library fresh60 L1835, after its look, was answered
    from other reports). That is another document, not held: span -> how the question names it."""
    out = {}
    for a, b, ids in spans:
        k = next((j for j in range(b, min(b + 3, len(toks))) if toks[j].norm == KIND or toks[j].norm in _DOCUMENTS),
                 None)
        whose = re.search(r"['’]s$", question[toks[b - 1].start:toks[b - 1].end])
        if k is None or (toks[k].norm in _DOCUMENTS and not (whose and {t.norm for t in toks[b:k]} <= DESCRIBING)):
            continue
        own = {r: words_of.get(r, set()) | title_words.get(r, set()) for r in ids}
        stage = {t.norm for t in toks[b:k]} & STAGES
        document = toks[k].norm in _DOCUMENTS and all(toks[k].norm not in words | kind_words.get(r, set())
                                                      for r, words in own.items())
        if (stage and all(not stage & words for words in own.values())) or document:
            start = a - 1 if document and a and toks[a - 1].norm in HONORIFICS else a  # "Baroness Casey's ..."
            out[(a, b)] = as_named(question[toks[start].start:toks[k].end])
    return out
