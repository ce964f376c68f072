"""Does a sentence support what the question is specifically about, not merely its domain?

Questions about neighbouring topics ("pensions of social workers who move councils") sit close to a
safeguarding library in embedding space: children, agencies and social workers are everywhere in it. One
cosine threshold cannot separate them from real questions worded unlike the text. So each factor is also
scored on the question's *focus*: its content words (stemmed as for BM25) weighted by how rare they are in
this store (inverse document frequency), a word the store never uses weighing most. A factor's coverage is
the share of that weight its sentence (with its list's lead-in) carries. Support is a blend of the
sentence's cosine and its coverage; the blend and the threshold are settings chosen from a curve
(BENCHMARKS.md).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..store.sparse import tokenize

# words that say what kind of answer is wanted, or carry no topic at all (bm25s's own English stopword
# list is short: "why", "does", "same", "after" get through it)
FOCUSLESS = frozenset(re.findall(r"\S+", """
a about above after again against all also am an and any anything are aren as at be because been before being
below between both but by can could did didn do does doesn doing don down during each either else ever every
few for from further had hadn has hasn have haven having he her here hers herself him himself his how i if in
into is isn it its itself just keep kept let lot lots made make many may me might more most much must my
myself no nor not now of off on once one only or other our ours ourselves out over own per put quite rather
really said same say says see seem seen shall she should so some something such tell than that the their
theirs them themselves then there these they thing things this those through thus to too under until up upon
us use used very was wasn way we were weren what when where whether which while who whom whose why will with
within without would yet you your yours yourself find found findings finding factor factors lesson lessons
learn learning learnt learned point points key main issue issues problem problems reason reasons happen
happened happening wrong went go going come coming came review reviews report reports inquiry inquiries anyone
someone people get got give given
didnt doesnt dont wasnt werent isnt isn arent hasnt havent hadnt couldnt couldn wouldnt wouldn shouldnt shouldn
cant wont mustnt mustn neednt needn im ive youre theyre theres whats whos shes hes weve theyve thats youve youll
theyll itll wouldve couldve shouldve
like kind sort type
gets getting gave giving happens goes making makes seeing sees tells telling putting using uses keeps keeping
saying thinks wants want think
actually anybody somebody anywhere basically really exactly ok okay please across show shows showed deal deals
dealt end ended ending ought nobody everybody everyone done
won wont couldn wouldn shouldn isn needn mustn ain ll ve re
scr scrs sar sars cspr csprs lcspr jscr dhr dhrs dardr jtai
"""))  # the last three lines: other forms of the words above, the halves of contractions ("won't"), and the
# abbreviated kinds of review ("what did the SCR say"), which say what is asked of, as "review" does

# a statistic: "about half", "almost two-thirds", "12%", "one in five" ...
STATISTIC = re.compile(r"\b(?:\d+(?:\.\d+)?\s?(?:%|per ?cent\b)|(?:one|two|three|a)[- ](?:thirds?|quarters?|fifths?)\b"
                       r"|half (?:of|the)\b"
                       r"|(?:one|two|three|four|\d+) (?:in|out of) (?:ten|five|four|three|every|\d+)\b)", re.IGNORECASE)
# ... and a question that asks for one: "how many", "what proportion", "the figures"
COUNTING = re.compile(r"\b(?:how (?:many|much|often|common)|proportion|percentage|per ?cent|statistics?|figures?|"
                      r"numbers?|prevalence|scale|how widespread)\b", re.IGNORECASE)

# a question for a deadline: "how many working days do we have to notify the national panel", "whats the timescale for
# ..."; a store of inquiry findings rarely holds one, and a factor that states no length of time does not answer it
# (library fresh39 L1202, after its look, and L75, L211, L719, L809 were answered with recommendations and findings)
DEADLINE = re.compile(r"\b(?:how many (?:working |calendar )?(?:days|weeks|months|hours)|how long (?:do|does|have|has|"
                      r"should|must|will)\b[^?]{0,30}\b(?:have|got|take) to|deadlines?|(?:statutory|legal) timescales?|"
                      r"what(?:'s|s| is| are) the timescales?|time ?limits?|within how (?:long|many)|by when)\b",
                      re.IGNORECASE)
DURATION = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|"
                      r"forty[- ]five)\s+(?:working |calendar )?(?:days?|weeks?|months?|hours?|years?)\b",
                      re.IGNORECASE)


# a closed question of fact about the case ("at hatherby, did the doctors run a sweat test on her", "was she ever put in
# touch with rape crisis"): a clause opening with did, was, were, had or has whose subject is someone in the case, not
# the review ("did the review say anything about ..." asks what it says). A list of reasons or findings does not answer
# one as a whole; only a sentence that supports it does (fresh47 ya04, ya08, ya14, ya39, after its look)
CLOSED = re.compile(r"(?:^|[.?!;:,–—]\s*|\s-\s+|\b(?:and|but|so)\s+)(?:did|was|were|had|has)\s+"
                    r"(?!(?:it|they|you|we|i)\b)(?!(?:the|this|that|these|those|any|either|both|each|all|their|its)\s+(?:[a-z]+\s+){0,3}?"
                    r"(?:reviews?|reports?|inquir(?:y|ies)|sars?|scrs?|csprs?|lcsprs?|dhrs?|dardrs?|jscrs?|panel|authors?|"
                    r"reviewers?|investigations?|inspections?|chairs?|write ?ups?|pieces?)\b)[a-z]", re.IGNORECASE)


def is_statistic(text: str) -> bool:
    return bool(STATISTIC.search(text))


class Focus:
    """The question's content words with their weights (inverse document frequency in this store), and
    whether it asks for a figure (``counting``) or a length of time (``deadline``)."""

    def __init__(self, weights: dict[str, float], unknown: set[str] | None = None, counting: bool = False,
                 alternates: dict[str, frozenset[str]] | None = None, deadline: bool = False,
                 closed: bool = False) -> None:
        self.counting = counting
        self.closed = closed  # a closed question of fact (:data:`CLOSED`): no list answers it as a whole
        self.deadline = deadline  # it asks for a length of time (:data:`DEADLINE`): a factor must state one
        self.weights = weights
        self.total = sum(weights.values())
        # a word's near-synonyms in the thesaurus ("mum": "mother"): a factor using one carries the word
        self.alternates = {t: alternates[t] for t in weights if t in alternates} if alternates else {}
        # share of the focus weight in words no passage of the store uses at all: a question about
        # pensions put to a store that never mentions them
        self.unknown = sum(weights[t] for t in unknown or set() if t in weights) / self.total if self.total else 0.0

    def coverages(self, texts: list[str]) -> list[float]:
        """For each text, the share of the focus weight it carries (1.0 when the question has no focus
        words). The texts are tokenised in one call."""
        if not self.total:
            return [1.0] * len(texts)
        alt = self.alternates
        return [sum(w for t, w in self.weights.items() if t in present or (t in alt and not alt[t].isdisjoint(present)))
                / self.total for present in map(set, tokenize(texts))] if texts else []


# what stands just before a sentence's, quotation's or list item's first word
_STARTS = re.compile(r"(?:^|[.!?:;•\n\"“‘'(\[])\s*$")


def proper_names(terms: list[str], texts: list[str]) -> set[str]:
    """The question's terms that these texts (the passages found for it) use only as a name: capitalised,
    where a sentence does not start, at least twice, and in lower case under a tenth as often ("linda",
    "ledsham", "marlowe"). A person or a place says whose case the question is about, not what it asks.
    Only words opening as a term does are read and stemmed (once each): this runs on every question."""
    wanted = {t for t in terms if len(t) >= 2}
    if not wanted or not texts:
        return set()
    opening = re.compile(r"\b(?:" + "|".join(sorted({re.escape(t[:3]) for t in wanted})) + r")[a-z]*", re.IGNORECASE)
    seen: list[tuple[str, bool]] = []  # (word, capitalised) where no sentence starts
    for text in texts:
        for m in opening.finditer(text):
            word = m.group()
            if word[1:].islower() and not _STARTS.search(text[max(0, m.start() - 3):m.start()]):  # not "NSPCC"
                seen.append((word.lower(), word[0].isupper()))
    distinct = sorted({w for w, _ in seen})
    stem = {w: s[0] for w, s in zip(distinct, tokenize(distinct), strict=True) if len(s) == 1} if distinct else {}
    cap: dict[str, int] = {}
    low: dict[str, int] = {}
    for word, upper in seen:
        if stem.get(word) in wanted:
            table = cap if upper else low
            table[stem[word]] = table.get(stem[word], 0) + 1
    return {t for t, n in cap.items() if n >= 2 and n >= 10 * low.get(t, 0)}


def focus_of(query: str, idf: Callable[[list[str]], dict[str, float]],
             doc_freq: dict[str, int] | None = None, alternates: dict[str, frozenset[str]] | None = None,
             texts: list[str] | None = None, name_weight: float = 1.0) -> Focus:
    """The question's focus. With ``texts`` (the passages found), a term those texts use only as a name
    weighs ``name_weight`` of its rarity: "did linda get eye screening" is about eye screening, and a
    sentence naming Linda does not by that support it."""
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'-]+", query)
             if w.lower().replace("'", "").replace("’", "") not in FOCUSLESS
             and w.lower().split("'")[0] not in FOCUSLESS]
    terms = [stems[0] for stems in tokenize(words) if stems and len(stems[0]) > 1] if words else []
    terms = list(dict.fromkeys(terms))
    counting, deadline, closed = bool(COUNTING.search(query)), bool(DEADLINE.search(query)), bool(CLOSED.search(query))
    if not terms:
        return Focus({}, counting=counting, deadline=deadline, closed=closed)
    # a word the store never uses is unknown, unless a near-synonym of it is used ("nan": "grandmother")
    unknown = {t for t in terms if doc_freq is not None and doc_freq.get(t, 0) == 0
               and not any(doc_freq.get(a, 0) for a in (alternates or {}).get(t, ()))}
    weights = idf(terms)
    if texts and name_weight != 1.0:
        names = proper_names(terms, texts)
        weights = {t: w * name_weight if t in names else w for t, w in weights.items()}
    return Focus(weights, unknown, counting=counting, alternates=alternates, deadline=deadline, closed=closed)
