"""Which reports a question names, however it names them.

A question that names a report ("what did the Oxfordshire review say about consent?") is answered from
that report only. Names are generated from each report's metadata: short name and title, catalogue
aliases, the place or core name with any kind word ("the Rochdale review", "the Newcastle JSCR"), with the
year, the authors ("Jay report", "what did Casey find"), the publisher with the year ("the Ofsted 2014
inspection") or by its initials ("the DCLG inspection"), distinctive parts of the title ("Time to listen",
"Pathways to harm"), names in the title's brackets ("Peter Connelly") and the one-word name of the person a
review is about ("Peter"); :mod:`.names` makes them. Matching is on normalised words: case, accents,
punctuation and possessives are ignored, every kind word ("serious case review", "SCR", "review", "report",
"inquiry") matches every other, and "2011-14" is "2011-2014". Where a name fits two reports, years in the
question choose between them ("the Sidebotham triennial analysis 2011-14").

A question can also name a report the store does not hold: a catalogued report that is not in the store,
a capitalised name before a kind word that no held report uses ("the Wirral SCR"), or a held report's name
with another stage of its work ("the Munro interim report") or a year three or more years from its own
("Casey's 2025 audit"). Such a question is not answered from another report without a word: the engine says
which report it does not hold. A capitalised name that the store's passages use is no report not held: when
nearly all of them are one report's ("the Skerrabay review", the island a review is about), it names that one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from ..types import Report
from . import others
from .apart import (
    HONORIFICS,
    PRONOUNS,
    STAGES,
    by_kind,
    by_year,
    by_year_of_place,
    kind_described,
    other_stage,
    year_after,
    year_described,
    year_kind,
    year_one,
)
from .bracketed import bracketed, overlaps
from .cases import by_summary, case_label, case_words, described_cases, first_named, summary_names
from .initials import by_lead_author, join_initials, lead_authors
from .lowercased import lower_case_name
from .names import (
    ASKING,
    DESCRIBING,
    GENERIC,
    KIND,
    KIND_WORDS,
    POINTING,
    SEVERAL,
    YEAR,
    Token,
    a_job,
    as_named,
    described,
    fold,
    kind_next,
    mistyped,
    name_key,
    names_of,
    one_kind,
    publisher_only,
    runs_on,
    subjects_of,
    tokens,
)
from .near import names_near
from .query import FINDINGS_QUERY, LESSONS_QUERY, strip_names, without_asker
from .quoted import quoted_before, quoted_titles
from .titled import quoted_part, title_phrases, title_run
from .years import dated_title, et_al

_FUNCTION = {"of", "into", "on", "the", "a", "an", "for", "and", "in", "to", "by", "with", "did", "does", "do", "what",
             "it", "its", "say", "find", "about", "from", "was", "were", "is"}
_STARTERS = ASKING | {"can", "could", "should", "would", "in", "on", "the", "a", "an", "has", "have", "i", "we",
                     "according", "after", "before", "across"}


@dataclass
class Scope:
    """What a question names: held reports (answer from them only), and names of reports not held."""

    report_ids: set[str] | None  # None: the question names no held report
    query: str  # the question with the report names taken out (for retrieval)
    not_held: list[str] = field(default_factory=list)  # how the question names reports not in the store
    described: bool = False  # the held reports were found by words describing their case, not by a name


# a question about two cases ("both", "each", "the X and the Y"): one may be named, the other described
_TWO_CASES = re.compile(r"\b(?:both|each|two|either|neither|and (?:the|in))\b", re.IGNORECASE)
# words for a stage of an inquiry's work that is a document of its own ("the IICSA final report")
_DEFINITE = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,3}(?:review|report|inquiry|scr|sar|cspr|inspection)\b",
                       re.IGNORECASE)
_POINTING = POINTING | {"each", "every", "any", "some", "which", "whose", "another", "other", "same", "latest", "last",
                        "new", "recent"}
# words after which a report's name has ended ("Casey's 2025 audit on ...")
_DROP_AFTER = {"on", "of", "about", "into", "in", "for", "and", "to", "say", "said", "says", "find", "found", "what",
               "did", "does", "do", "is", "was", "-", "that", "which", "after", "before", "since", "following", KIND}


class Scoper:
    def __init__(self, reports: list[Report], catalogue: list[Report] | None = None,
                 used: Callable[[str], bool] | None = None, common: Callable[[str], bool] | None = None,
                 owner: Callable[[list[str]], str | None] | None = None,
                 case: Callable[[str], str | None] | None = None,
                 uses: Callable[[list[str]], Mapping[str, int]] | None = None) -> None:
        """``used(word)``: whether any passage of the store uses the word (names the store never uses, near
        "the review", name a report it does not hold). ``common(word)``: whether a word typed in lower case
        may be an ordinary word; one that cannot ("saltmarsh", "haringey") names its report in any case.
        ``owner(words)``: the one held report whose text uses these words, when nearly all of their passages are
        its own (an island, an estate, a ward); ``case(word)``, the one that uses it as a name; ``uses(words)``,
        how many passages of each report use them (:mod:`.cases`)."""
        self.used, self.common, self.owner, self.case, self.uses = used, common, owner, case, uses
        self.names: dict[tuple[str, ...], set[str]] = {}
        held = {r.report_id for r in reports}
        self.labels = {r.report_id: r.label for r in [*(catalogue or []), *reports]}
        self.held = held
        self.titles = title_phrases({r.report_id: r.title or "" for r in reports})  # 'pathways to protection'
        known = [*reports, *(c for c in catalogue or [] if c.report_id not in held)]
        for r in known:
            for key in names_of(r):
                self.names.setdefault(key, set()).add(r.report_id)
        join_initials(self.names)  # "M Brandon" and "Marian Brandon": one author
        self.leads = lead_authors(known)
        self.longest = max((len(k) for k in self.names), default=0)
        self.title_words = {r.report_id: {t.norm for t in tokens(r.title or "")} for r in known}
        self.publishers = {r.report_id: publisher_only(r, self.title_words[r.report_id]) for r in known}
        self.years = {r.report_id: r.year for r in known}
        self.summaries = summary_names([r for r in reports if r.summary])  # "after the murders in solihull and ..."
        self.kind_words = {r.report_id: {fold(w) for w in re.findall(r"[A-Za-z]+", " ".join(
            [str(r.extra.get("kind") or ""), r.title or "", r.report_id]))} for r in known}
        self.words_of: dict[str, set[str]] = {}  # report id -> every word of its names ("casey", "rotherham")
        for key, ids in self.names.items():
            for rid in ids:
                self.words_of.setdefault(rid, set()).update(key)
        self.known_words = frozenset(w for k in self.names for w in k)
        self.subjects = {name_key(n) for r in known for n in subjects_of(r)}  # stay in the query: the text uses them
        # an alias that is itself a kind word ("JTAI") names its report when only one report has it
        acronyms: dict[str, set[str]] = {}
        for r in known:
            for alias in r.aliases:
                if alias.isupper() and fold(alias) in KIND_WORDS:
                    acronyms.setdefault(fold(alias), set()).add(r.report_id)
        self.acronyms = {a: ids for a, ids in acronyms.items() if len(ids) == 1}

    def scope(self, question: str) -> Scope:
        toks = mistyped(tokens(question), self.known_words, self.used, self.names)  # "telfrod inquiry": Telford's
        extra: list[str] = []
        told: list[tuple[int, int, str]] = []  # told apart by a name in brackets, unless another rule names it
        spans: list[tuple[int, int, set[str]]] = []
        # "... in rochdale - what did the serious case review say": one report referred to, so a name typed in
        # lower case that is also an ordinary word ("rochdale", "newcastle") names it
        definite = bool(_DEFINITE.search(question)) and any(
            one_kind(question, t) for t in toks)
        i = 0
        while i < len(toks):
            for n in range(min(self.longest, len(toks) - i), 0, -1):
                key = tuple(t.norm for t in toks[i:i + n])
                last = question[toks[i + n - 1].start:toks[i + n - 1].end].split()  # "Ofsted thematic" (L1314):
                ids = self.names.get(key) or (self.names.get((*key[:-1], fold(last[0])))  # "ofsted thematic inspection"
                                              if n > 1 and key[-1] == KIND and len(last) > 1 else None)
                # one word names a report only as a proper name, or in lower case when it is no ordinary word
                ids = None if a_job(toks, i, i + n, self.common) else ids  # "early help manager"
                if ids and (n > 1 or toks[i].capital or (definite and key[0].isalpha() and key[0] not in _STARTERS)
                            or (self.common is not None and key[0].isalpha() and not self.common(key[0]))
                            or kind_next(toks, i + n) or (i and toks[i - 1].norm in HONORIFICS)  # "jay report"
                            or (key[0].isdigit() and len(key[0]) > 4)):  # a publisher's reference number
                    spans.append((i, i + n, ids))
                    i += n
                    break
            else:
                i += 1
        # "the 2015 inspection of RMBC", "the 2014 CSE thematic": a year beside a kind of report
        dated = dated_title(question, toks, self.title_words)  # "hmic's 2016 inspection 'missing children: ...'"
        spans = year_one(question, toks, spans, self.held, self.years, self.title_words)  # "the 2014 one about ..."
        kinds = year_kind(question, toks, self.held, self.years, self.kind_words, self.title_words, self._strange)
        kinds += title_run(question, toks, self.titles, DESCRIBING, self.uses)  # "the high intensity sar"
        spans = sorted(spans + [(a, b, ids) for a, b, ids in kinds
                                if not any(a < y and x < b for x, y, _ in spans + dated)], key=lambda span: span[:2])
        if not spans:  # "the JTAI on missing children": a kind word that is one report's own alias
            spans = [(k, k + 1, self.acronyms[word]) for k, t in enumerate(toks)
                     if t.norm == KIND and (word := fold(question[t.start:t.end])) in self.acronyms
                     and question[t.start:t.end].isupper()]
        spans = spans or ([] if dated else self._year_title(toks)  # "the 2011 review of child protection"
                          or year_described(question, toks, self.held, self.years, self.kind_words, self.used)
                          or year_after(question, toks, self.held, self.years, self.kind_words, self.words_of)
                          # "the joint inspection by ofsted ...": a describing word and a kind one held report has
                          or kind_described(question, toks, self.held, self.kind_words, self.words_of, self.years))
        # "the Casey inspection of Rotherham": a place that another named report's own names hold describes that
        # report; it does not name a second one
        described = [(a, b, ids) for a, b, ids in spans
                     if not any(other.isdisjoint(ids) and all({t.norm for t in toks[a:b]} <= self.words_of.get(r, set())
                                                              for r in other) for _, _, other in spans)]
        spans = described or spans  # two names that each describe the other: both stand
        spans = by_lead_author(toks, by_year(toks, spans, self.title_words, self.years), self.leads)  # "X's analysis"
        spans = by_kind(question, toks, spans, self.held, self.title_words, self.kind_words, self.words_of)
        spans = by_year_of_place(toks, spans, self.held, self.years, self.uses)  # "the 2003 haringey report"
        staged = self._other_year(question, toks, spans) | other_stage(
            question, toks, spans, self.words_of, self.title_words, self.kind_words) | others.of_publisher(
            question, toks, spans, self.known_words, self.used, self.publishers)
        # "Brandon et al. (2008)": a citation of a document the store does not hold, though the author wrote one it does
        for lo, hi, text in et_al(question, self.words_of, self.years):
            inside = [(a, b) for a, b, _ in spans if lo <= toks[a].start and toks[b - 1].end <= hi]
            staged |= dict.fromkeys(inside[:1], text) | dict.fromkeys(inside[1:], "")
            if not inside:
                extra.append(text)
        # "IICSA's Rochdale investigation (Cambridge House ...)": told apart by a name no held report uses
        for lo, hi, text in bracketed(question, toks, self.known_words, self.used, self.common,
                                           self.title_words.values()) if self.used else []:
            inside = [(a, b) for a, b, _ in spans if lo <= a and b <= hi]
            staged |= dict.fromkeys(inside[:1], as_named(text)) | dict.fromkeys(inside[1:], "")
            if not inside:
                told.append((toks[lo].start, toks[hi - 1].end, as_named(text)))
        spans = [(a, b, ids) for a, b, ids in spans if (a, b) not in staged]
        sets = [ids for _, _, ids in spans]
        specific = [s for s in sets if not any(o < s for o in sets)]  # "Young Person 7" beats "Rochdale"
        named = set().union(*specific) if specific else set()
        held = named & self.held
        not_held = [self.labels.get(rid, rid) for rid in sorted(named - self.held)] + [v for v in staged.values() if v]
        not_held += extra + [text for _, _, text in dated] + others.papers(question, self.held, self.kind_words)
        covered = {j for a, b, _ in spans for j in range(a, b)}
        places: set[str] = set()  # 'the Skerrabay review': a place its text uses, not its title, names the report
        not_held += self._unknown_names(question, toks, covered, places) + quoted_titles(question, toks, covered)
        # "'abuse in early years' - what did the review team find about ... in newcastle" (fresh50 L1534)
        not_held += quoted_before(question, toks, covered, spans, self.known_words, self.title_words)
        held = held | places if len(places) == 1 else held  # "the oakmere sar and larkfield" (zv40)
        if not spans and not not_held and not told:
            not_held += names_near(question, toks, self.used, self.known_words, _STARTERS) \
                or self._others(question, toks, covered)
        held = held or (set() if not_held or told else quoted_part(question, self.titles))  # L1257
        by_case = not held and not not_held and not told  # 'the girl from hazelwell': no name, a case described
        held = described_cases(toks, covered, self.held, self.case, self.known_words, self.used, self.common) \
            if by_case else held
        held = held or (by_summary(toks, covered, self.summaries) if by_case and definite else set())  # L1135
        held = held or (first_named(question, toks, covered, self.names, self.held) if by_case else set())  # L1254
        not_held += [text for lo, hi, text in told if not overlaps(question, lo, hi, not_held)]
        named_held = [(a, runs_on(toks, b, set().union(*(self.title_words.get(r, set()) | self.kind_words[r]
                                                          for r in ids & held)))) for a, b, ids in spans if ids & held]
        query = strip_names(question, toks, named_held) if held else question
        if held and query not in (FINDINGS_QUERY, LESSONS_QUERY):  # a review's subject ("Peter") is in its text
            query = strip_names(question, toks, [(a, b) for a, b in named_held
                                                 if tuple(t.norm for t in toks[a:b]) not in self.subjects])
        if len(held) == 1 and self.owner is not None and _TWO_CASES.search(question):  # "the thornacre boyfriend
            held = held | self._second_case(question, toks, covered, held)  # and the one at leo's"
        if len(held) == 1 and SEVERAL.search(question):  # one named, another described: search every report
            held, query = set(), question
        query = query if query in (FINDINGS_QUERY, LESSONS_QUERY) else without_asker(query)
        return Scope(report_ids=held or None, query=query, not_held=not_held, described=by_case and bool(held))

    def _second_case(self, question: str, toks: list[Token], covered: set[int], held: set[str]) -> set[str]:
        """'maisie's mum's boyfriend in thornacre and the fella staying at leo's': a question about two cases names
        one report and describes the other by a word that nearly only that other report's text uses (a person, a
        place, "the welsh farm"): the held reports those words belong to, by ``owner``; or by a year and a kind
        word only one held report has ("q's mum in the 2011 scr and the harbridge mum"; fresh31, after its look)."""
        assert self.owner is not None
        found = {rid for w in case_words(toks, covered) if (rid := self.owner([w])) in self.held}
        for k in (k for k in range(len(toks) - 1) if YEAR.fullmatch(toks[k].norm) and toks[k + 1].norm == KIND):
            word = fold(question[toks[k + 1].start:toks[k + 1].end].split()[-1])
            ids = self._of_year_and_kind(int(toks[k].norm), {word})
            found |= ids if len(ids) == 1 else set()
        return found - held

    def _of_year_and_kind(self, year: int, words: set[str]) -> set[str]:  # a kind word in their kind, title or id
        return {r for r in self.held if self.years.get(r) == year and words & self.kind_words[r]}

    def _year_title(self, toks: list[Token]) -> list[tuple[int, int, set[str]]]:
        """"the 2011 review of child protection for the government" (library fresh41 L1255, after its look), when no
        other name is found: any kind word, its year just before it, and two or more words of the title of the one
        held report of that year in the six words after it."""
        for k, t in enumerate(toks):
            years = [int(toks[j].norm) for j in (k - 1, k - 2)
                     if j >= 0 and re.fullmatch(r"(?:19|20)\d\d", toks[j].norm)]
            about = {x.norm for x in toks[k + 1:k + 7] if x.norm.isalpha() and x.norm not in _FUNCTION}
            ids = {r for r in self.held if t.norm == KIND and years and self.years.get(r) == years[0]
                   and len(about & self.title_words.get(r, set())) >= 2}
            if len(ids) == 1:
                return [(k - 1 if toks[k - 1].norm.isdigit() else k - 2, k + 1, ids)]
        return []

    def _other_year(self, question: str, toks: list[Token],
                    spans: list[tuple[int, int, set[str]]]) -> dict[tuple[int, int], str]:
        """"Baroness Casey's 2025 national audit", "the 2009 Laming report": a held report's name with a year
        beside it that is three or more years from the report's own and not in its title names another
        document (a year one or two out is taken as misremembered). Span -> how the question names it."""
        out = {}
        named_years = {str(self.years.get(r)) for _, _, ids in spans for r in ids}
        for a, b, ids in spans:
            if tuple(t.norm for t in toks[a:b]) in self.subjects:  # "Graham in 2022": when things happened to him
                continue
            # "Casey's 2025 ...", "the 2009 Laming report", "the Solihull JTAI in 2022"
            after = b + 1 if b + 1 < len(toks) and toks[b].norm in ("in", "of", "from") else b
            for j in (after, a - 1):
                if not (0 <= j < len(toks) and re.fullmatch(r"(?:19|20)\d\d", toks[j].norm)) \
                        or toks[j].norm in named_years:  # the year of a report the question also names
                    continue
                lo, hi = (toks[j].end, toks[a].start) if j < a else (toks[b - 1].end, toks[j].start)
                if not re.fullmatch(r"(?:['’]s)?\s+(?:(?:the|in|of|from)\s+)?", question[lo:hi]):
                    break  # "In 2019, the Jay report ...": a year set apart from the name is the question's own
                year = int(toks[j].norm)
                if ids and all(self.years.get(r) and abs(year - int(self.years[r] or 0)) >= 3
                               and toks[j].norm not in self.title_words.get(r, set()) for r in ids):
                    end = max(b, j + 1)
                    while end < len(toks) and end - max(b, j + 1) < 3 and toks[end].norm not in _DROP_AFTER \
                            and re.fullmatch(r"\s+|-", question[toks[end - 1].end:toks[end].start]):
                        end += 1
                    if end < len(toks) and toks[end].norm == KIND:  # "... 2009 progress report"
                        end += 1
                    start = min(a, j)
                    while start > 0 and toks[start - 1].capital and toks[start - 1].norm not in GENERIC | _STARTERS \
                            and toks[start - 1].norm not in self.known_words:  # "the Solihull JTAI in 2022"
                        start -= 1
                    text = question[toks[start].start:toks[end - 1].end]
                    out[(a, b)] = as_named(text)
                break
        return out

    def _unknown_names(self, question: str, toks: list[Token], covered: set[int], places: set[str]) -> list[str]:
        """'the Wirral SCR', 'the Daniel Pelka review': capitalised words before a singular kind word that
        name no report this store or the catalogue knows. Words that the store's passages use name no report
        not held: nearly all in one held report's text, they name it (added to ``places``); spread, nothing."""
        out = []
        for k, t in enumerate(toks):
            # not "reviews", "reports": reports in general, not one
            if k in covered or not one_kind(question, t):
                continue
            j = k
            # "the MacAlister care review", "the Oldham independent assurance review": up to three plain or
            # describing words may come between the name and the kind
            while j > 0 and k - j < 3 and not toks[j - 1].capital \
                    and (toks[j - 1].norm not in GENERIC or toks[j - 1].norm in DESCRIBING) \
                    and j - 1 not in covered and question[toks[j - 1].end:toks[j].start].isspace():
                j -= 1
            if j < k and not (j > 0 and toks[j - 1].capital and question[toks[j - 1].end:toks[j].start].isspace()):
                j = k  # no name before the plain words: they name nothing
            plain = j
            while j > 0 and plain - j < 3 and toks[j - 1].capital and j - 1 not in covered \
                    and not (j - 1 == 0 and toks[0].norm in _STARTERS):
                j -= 1
            after_held = j - 1 in covered and not re.search(r"['’]s$", question[toks[j - 1].start:toks[j - 1].end])
            name = [x for x in toks[j:plain] if x.norm not in GENERIC and not after_held]  # "the cradlow LD review"
            if name and any(x.norm not in self.known_words and not x.norm.isdigit() for x in name):
                words = [x.norm for x in name if not x.norm.isdigit()]
                if self.used is None or any(self._unknown(w) for w in words):
                    out.append(as_named(question[toks[j].start:t.end]))
                elif self.owner is not None and ((rid := self.owner(words)) in self.held or (len(words) == 1
                                                 and self.case and (rid := self.case(words[0])) in self.held)):
                    places.add(rid)  # a place only the text's name of it uses once: "the oakmere review" (zv30)
            elif not name and k and k - 1 not in covered and self.case \
                    and (rid := self.case(toks[k - 1].norm)) in self.held:
                places.add(rid)  # "the oakmere sar and larkfield" (zv40): a place the text writes as a name, lower case
            elif not name and (case := described(toks, k, covered, self.owner)) is not None:
                places.update({case} & self.held)  # a case described: names no report, or the one it is about
            elif not name and (lower := self._lower_case_name(question, toks, k, covered)
                               or case_label(question, toks, k, covered, self.names)):
                out.append(lower)
        return out

    def _unknown(self, word: str) -> bool:
        """A word no passage uses, or a name no ordinary word that only one passage uses ("the newsam report": a
        card mentions 'a 2024 review (Newsam and Ridgway)'): as a name before a kind word, it is no held report's
        (library fresh33 L1025)."""
        assert self.used is not None
        return not self.used(word) or (self.uses is not None and self.common is not None and not self.common(word)
                                       and sum(self.uses([word]).values()) < 2 and not (self.case and self.case(word)))

    def _strange(self, word: str) -> bool:
        """A word that may be a name no held report goes by: alphabetic, not a word for reports, not a known
        name, and ``_unknown``."""
        return word.isalpha() and word not in GENERIC | _STARTERS and word not in self.known_words \
            and self.used is not None and self._unknown(word)

    def _lower_case_name(self, question: str, toks: list[Token], k: int, covered: set[int]) -> str | None:
        """'keanu williams SCR': chat typed in lower case (:func:`.lowercased.lower_case_name`). A stage of a
        report's work is no name ("we think the draft report gets the facts wrong": library fresh49 L1502), nor a
        pronoun ("what did they report back": fresh60 yn16, after its look, was declined as not holding "They
        report")."""
        return lower_case_name(question, toks, k, covered, self._strange,
                               GENERIC | _STARTERS | _POINTING | STAGES | PRONOUNS,
                               self.known_words, self._name_like) \
            if self.used is not None else None

    def _name_like(self, word: str) -> bool:
        """A word the store's passages use that may still be part of a name: they use it twice at most (a surname
        that is an ordinary word, "sharp"), or it is no whole word of the question model's vocabulary (a clipped
        place, "the mid staffs inquiry": library fresh46 L1413, after its look)."""
        return self.uses is None or sum(self.uses([word]).values()) <= 2 \
            or (self.common is not None and not self.common(word))

    def _others(self, question: str, toks: list[Token], covered: set[int]) -> list[str]:
        """Documents not held named by an author, a publisher and a year, a title, a year ... (:mod:`.others`)."""
        if self.used is None:
            return []
        return others.named(question, toks, covered, self.known_words, self.used, self.words_of, self.years,
                            self.title_words, self.kind_words, self.common)
