"""Other documents a question names without a kind word the store's names know: by an author with an honorific
("what did Sir Ronald Waterhouse find"), by a title with its author in brackets ("Lost in Care (Waterhouse)"), by
a publisher of held reports and a year none of them has ("Ofsted's 2021 review"), or by a title typed in lower
case before the words of a national or local review ("the myth of invisible men national panel review").
So do a quoted title typed in lower case with its year or asked about as "it", a title after "what did X say in", a
name no passage uses just before a year ("frances oldham 2017") or opening the message before a dash ("ainlee labonte
in newham - what did the review find"), and the rules by a year in :mod:`.years` ("the 1987 inquiry", "ofsted 2013
missing children report").
Each is a document the store does not hold; :mod:`.scope` says so rather than answer from another report."""

from __future__ import annotations

import re

from .apart import HONORIFICS, PRONOUNS, THE_BEFORE
from .names import ASKING as _STARTERS
from .names import DESCRIBING, GENERIC, KIND, PERSONS, POINTING, Token, one_kind
from .names import YEAR as _YEAR
from .owned import owned
from .quoted import JOINING as _JOINING
from .quoted import as_title, asked_document, lower_case_quoted, quoted_subject
from .titled import bare_title, topic_end, topic_title
from .titled import papers as papers  # scope.py asks others for every rule
from .years import CAPITALS, ON_WHAT, Known, Used, known_year_title, possessive_year, year_of_none

_REPORTING = {"find", "found", "finds", "say", "said", "says", "conclude", "concluded", "concludes", "recommend",
              "recommended", "recommends", "report", "reported", "write", "wrote", "argue", "argued", "review",
              "reviewed", "inquiry", "investigation"}
# when a review was, not what it is called: "last year's national review of child deaths" (library fresh45 L1370)
_WHEN = {"last", "next", "this", "previous", "past", "latest", "recent", "year", "years", "month", "week", "decade"}
# words for a document a publisher makes, other than the kinds of review (read just after a year)
_DOCUMENTS = {"evaluation", "study", "survey", "audit"}
# words of who makes a review, between a title and its kind word ("national panel review")
MAKERS = DESCRIBING | {"panel", "board", "partnership"}


def _name_run(toks: list[Token], j: int, covered: set[int], step: int, most: int = 3) -> int:
    """From token ``j`` (exclusive), the far end of a run of up to ``most`` capitalised words."""
    end = j
    while 0 <= end + step < len(toks) and abs(end + step - j) <= most and toks[end + step].capital \
            and toks[end + step].norm.isalpha() and end + step not in covered:
        end += step
    return end


def by_author(question: str, toks: list[Token], covered: set[int], known: Known, used: Used) -> list[str]:
    """'What did Sir Ronald Waterhouse find ...', "Dame Jane Smith's inquiry": an honorific and a name whose
    surname neither the store's report names nor any passage uses, reporting or owning: a report by that
    person."""
    out = []
    for i, t in enumerate(toks):
        if not t.capital or t.norm not in HONORIFICS or i in covered:
            continue
        end = _name_run(toks, i, covered, +1)
        if end == i or toks[end].norm in known or used(toks[end].norm) or toks[end].norm in GENERIC:
            continue
        text = question[t.start:toks[end].end]
        owning = re.search(r"['’]s$", text)
        if owning or (end + 1 < len(toks) and toks[end + 1].norm in _REPORTING) or (i and toks[i - 1].norm == "by"):
            out.append("a report by " + re.sub(r"['’]s$", "", text))
    return out


def bracketed_author(question: str, toks: list[Token], covered: set[int], known: Known, used: Used) -> list[str]:
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


def publisher_year(question: str, toks: list[Token], covered: set[int], known: Known,
                   words_of: dict[str, set[str]], years: dict[str, int | None],
                   title_words: dict[str, set[str]]) -> list[str]:
    """"Ofsted's 2021 review of ...": a name the store's reports share (their publisher), a year and a kind word,
    when every report with that name is three or more years from it: another of that publisher's reports. The kind
    may be another word for a document just after the year, and a publisher typed in lower case is read by its
    possessive ("ofsted's 2008 evaluation of serious case reviews": library fresh50 L1535, after its look)."""
    out = []
    for k, t in enumerate(toks):
        document = k and t.norm in _DOCUMENTS and re.fullmatch(r"(?:19|20)\d\d", toks[k - 1].norm)
        if k in covered or not (one_kind(question, t) or document):
            continue
        j = k
        while j > 0 and k - j < 3 and j - 1 not in covered \
                and (re.fullmatch(r"(?:19|20)\d\d", toks[j - 1].norm) or toks[j - 1].norm in DESCRIBING):
            j -= 1
        stated = {int(x.norm) for x in toks[j:k] if x.norm.isdigit()}
        start = _name_run(toks, j, covered, -1)
        if start == j and j and j - 1 not in covered and toks[j - 1].norm in known \
                and re.search(r"['’]s$", question[toks[j - 1].start:toks[j - 1].end]):
            start = j - 1
        name = {x.norm for x in toks[start:j]}
        if not stated or start == j or not name <= known:
            continue
        makers = [r for r, words in words_of.items() if name <= words]
        if makers and all(abs(y - (years.get(r) or y)) >= 3 and str(y) not in title_words.get(r, set())
                          and years.get(r) for r in makers for y in stated):
            said = question[toks[start].start:t.end]
            out.append(said[0].upper() + said[1:])  # as a name is written: "Ofsted's 2008 evaluation"
    return out


def lower_case_title(question: str, toks: list[Token], covered: set[int], known: Known, used: Used) -> list[str]:
    """'the myth of invisible men national panel review': words typed in lower case before the words of who
    made a review and its kind word, most of them words no passage of the store uses: a title not held."""
    out = []
    for k, t in enumerate(toks):
        if k in covered or not one_kind(question, t):
            continue
        j = k
        while j > 0 and j - 1 not in covered and toks[j - 1].norm in MAKERS and not toks[j - 1].capital:
            j -= 1
        if j == k:
            continue  # no maker's words: the lower-case rule in scope.py reads the words before the kind
        end = j
        content: list[str] = []
        while j > 0 and len(content) < 4 and j - 1 not in covered and toks[j - 1].norm.isalpha() \
                and not toks[j - 1].capital and toks[j - 1].norm not in _STARTERS | POINTING | _WHEN \
                and (toks[j - 1].norm not in GENERIC or toks[j - 1].norm in _JOINING) \
                and question[toks[j - 1].end:toks[j].start].isspace():  # not over "reform. macalister's"
            j -= 1
            if toks[j].norm not in _JOINING:
                content.append(toks[j].norm)
        while j < end and toks[j].norm in _JOINING:
            j += 1
        unused = [w for w in content if len(w) >= 3 and not used(w) and w not in known]
        if content and unused and 2 * len(unused) >= len(content):
            name = question[toks[j].start:t.end]  # "macalister's independent review" as a name is written
            out.append(name[0].upper() + name[1:] if re.match(r"\S+['’]s\s", name) else f"the {name}")
    return out




def name_and_year(question: str, toks: list[Token], covered: set[int], known: Known, used: Used) -> list[str]:
    """'frances oldham 2017 - what did her care inquiry say': two or three words typed just before a year that no
    passage of the store uses and no report's names hold (one, where a kind word follows the year), in a question
    that asks of a review or inquiry: an author's document the store does not hold (said as a name is written)."""
    if not any(t.norm == KIND for t in toks):
        return []
    for k, t in enumerate(toks):
        if not _YEAR.fullmatch(t.norm) or k in covered:
            continue
        j = k
        while j > 0 and k - j < 3 and j - 1 not in covered and toks[j - 1].norm.isalpha() \
                and len(toks[j - 1].norm) >= 3 and toks[j - 1].norm not in GENERIC | _STARTERS | known \
                and not used(toks[j - 1].norm) \
                and question[toks[j - 1].end:toks[j].start].isspace():
            j -= 1
        # one word will do where a kind word follows the year, at most three words on ("lenehan 2017 review", "hmic
        # 2014 domestic abuse inspection"), unless it is the start of a held report's name or has one as its start
        # ("oxford" of "Oxfordshire")
        kind = next((i for i in range(k + 1, min(k + 5, len(toks))) if toks[i].norm == KIND), len(toks))
        # only the words of its topic between ("domestic abuse"), not a phrase of the sentence ("after the")
        topic = kind < len(toks) and not covered & set(range(k, kind + 1)) \
            and not re.search(r"\b(?:the|an?|after|before|since|during|until)\b", question[t.end:toks[kind].start],
                              re.IGNORECASE) \
            and all(x.norm.isalpha() and x.norm not in _STARTERS | GENERIC for x in toks[k + 1:kind])
        if k - j >= 2 or (k - j == 1 and topic
                          and not any(w.startswith(toks[j].norm) or toks[j].norm.startswith(w)
                                      for w in known if len(w) >= 4)):
            name = " ".join(w.capitalize() for w in question[toks[j].start:toks[k - 1].end].split())
            if not topic:
                return [f"{name} ({t.norm})"]
            # said with its kind and what it was on: "Wood's 2016 review of local safeguarding children boards"
            on = ON_WHAT.match(question, toks[kind].end)
            return [f"{name} {question[t.start:toks[kind].end]}" + (on.group().rstrip(" ,") if on else "")]
    return []


_AUTHORS_FOUND = re.compile(r"\b(?:did|do|does)\s+(?:(?:they|he|she|it)|(?:their|his|her|its)\s+(?:[a-z-]+\s+){0,3}"
                            r"(?:research|study|paper|work|book|article|analysis|evaluation|survey)(?:\s+[a-z-]+){0,6}?)"
                            r"\s+(?:find|say|recommend|conclude|report)",
                            re.IGNORECASE)  # "plotnikoff and woolfson 2009 - what did they find"; "her research";
# "their analysis of the child death inquiries say" (library fresh25, after its look)


def opening_name(question: str, toks: list[Token], covered: set[int], known: Known, used: Used) -> list[str]:
    """'utting 1997 - what did his review say', 'ainlee labonte in newham: what did the review find': a message
    that opens with a name set apart by a dash or colon, then asks of one review (or what they found). Two or more
    words that no passage uses and no report's names hold (with one other word at most; a place may follow after
    "in", "of" or a comma), or one such word with a year, name a document the store does not hold (said as a name is
    written). A single unused word ("sexting - what do reviews say") is a topic, not a name."""
    head = next((h for h in range(1, min(len(toks), 7))
                 if re.search(r"[-–—:]\s", question[toks[h - 1].end:toks[h].start])), None)
    if head is None or any(k in covered for k in range(head)) or question[:toks[0].start].strip():
        return []
    if not any(one_kind(question, toks[k])
               for k in range(head, len(toks))) and not _AUTHORS_FOUND.search(question[toks[head].start:]):
        return []
    years = [t.norm for t in toks[:head] if _YEAR.fullmatch(t.norm)]
    words = [t for t in toks[:head] if not _YEAR.fullmatch(t.norm) and t.norm != "and"]  # "plotnikoff and woolfson"
    # the place after "in", "of" or a comma ("jaden moodie, waltham forest")
    place = next((i for i, t in enumerate(words) if t.norm in ("in", "of")
                  or (i and "," in question[words[i - 1].end:t.start])), len(words))
    name = words[:place]
    unused = [t for t in name if len(t.norm) >= 3 and t.norm not in known and not used(t.norm)]
    if not name or len(years) > 1 or len(name) > 3 or not all(t.norm.isalpha() for t in words) \
            or any(t.norm in GENERIC | _STARTERS for t in name) \
            or not ((len(unused) >= 2 and len(name) - len(unused) <= 1)
                    or (years and len(unused) == len(name) == 1)):
        return []
    said = CAPITALS.sub(lambda c: c.group().upper(), question[name[0].start:words[-1].end])
    said = re.sub(r"\b(In|Of|And)\b", lambda m: m.group().lower(), said)
    return [said + (f" ({years[0]})" if years else "")]


# "what did hmicfrs say in both sides of the coin about ...": a title typed in lower case after who made it and a verb
# of saying, not a report, section or passage of one ("say in the review", "in its report", "in terms of")
_SAID_IN = re.compile(r"\b(?:did|does|do)\s+([a-z][\w'’-]*)\s+(?:say|find|recommend|conclude|write)\s+in\s+"
                      r"((?!(?:the|a|an|its|their|his|her|this|that|these|those|it|them|terms|relation|respect)\b)"
                      r"[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){1,6}?)\s+(?:about|on|regarding|that|when|whether)\b",
                      re.IGNORECASE)


def said_in_title(question: str, toks: list[Token], covered: set[int], known: Known, used: Used) -> list[str]:
    """'what did hmicfrs say in both sides of the coin about police treating these kids as offenders': the words
    after "say in", up to "about", are a title when one of them is a word no passage of the store uses (library
    fresh32, after its look): a document not held, said as its maker and its title."""
    m = _SAID_IN.search(question)
    if m is None or m.group(1).lower() in PRONOUNS | POINTING \
            or any(k in covered for k, t in enumerate(toks) if t.start < m.end() and t.end > m.start()):
        return []
    words = [w for w in re.findall(r"[a-z]+", m.group(2).lower()) if w not in _JOINING | GENERIC]
    if not any(len(w) >= 3 and not used(w) and w not in known for w in words):
        return []
    maker = m.group(1)
    maker = maker.upper() if len(maker) <= 8 and maker.isalpha() and not used(maker.lower()) else maker.capitalize()
    return [f"{maker}'s '{as_title(m.group(2))}'"]


def described_inquiry(question: str, toks: list[Token], covered: set[int], known: Known, used: Used,
                      common: Used | None = None) -> list[str]:
    """'the inquiry into the abuse in the north wales childrens homes': a report pointed at ('the', then a
    singular kind word), then 'into', 'of' or 'on' and what it looked into, up to what is asked of it; when
    that holds a word of four or more letters that no passage of the store uses and no report's names hold
    (a place, a home), it is a report the store does not hold. Not when it tells of a person ('the inquiry into
    the little girl from the ivory coast ...'): that is one case, whose review the store may hold in other words
    (library fresh33 L1015). Nor when the word is an ordinary one (``common``) that a small store's text happens not
    to use: "the report into how victoria died" (library fresh41 L1254, after its look: the cards say "death")."""
    out = []
    for k, t in enumerate(toks):
        by = k + 1 < len(toks) and toks[k + 1].norm == "by"  # a year or a word before the kind word only where its
        the = (_THE_NEAR if by else THE_BEFORE).search(question[:t.start])  # maker follows it ("the national
        the = the or _OWNER_BEFORE.search(question[:t.start])  # review after ...": L1135); or whose it is (L1833)
        if k in covered or not the:
            continue
        if (end := _looked_into(question, toks, k, covered, known, used, common)) is not None:
            said = re.sub(r"^the\s+", "the ", question[the.start():toks[end - 1].end], flags=re.IGNORECASE)
            out.append(re.sub(r"(?:\s+(?:in|at|of|on|and|the))+$", "", said))
    return out


# whose the report is, just before the kind word, said from "the" up to five words before it: "the child safeguarding
# practice review panel's report on the hesley group's children's homes" (library fresh60 L1833, after its look)
_OWNER_BEFORE = re.compile(r"(?:\bthe\s+(?:[a-z-]+\s+){0,5})?\b[a-z-]+['’]s\s+$", re.IGNORECASE)
# "the" before a year and a word before the kind word, its maker after it: "the 2012 joint inquiry by ..." (L1746)
_THE_NEAR = re.compile(r"\bthe\s+(?:(?:19|20)\d{2}\s+)?(?:[a-z'’-]+\s+)?$", re.IGNORECASE)
BY_WORDS = 8  # a maker's words between a kind word and "into": "by the all party parliamentary groups"


def _looked_into(question: str, toks: list[Token], k: int, covered: set[int], known: Known, used: Used,
                 common: Used | None = None) -> int | None:
    """Where what a report (a singular kind word at ``k``) looked into ends, when it holds a word no passage uses
    and no report's names hold, and tells of no person (:func:`described_inquiry`); None otherwise."""
    t = toks[k]
    if not one_kind(question, t) or k + 1 >= len(toks):
        return None
    at = k + 1  # its maker may come first: "the 2012 joint inquiry by the all party parliamentary groups into ..."
    if toks[at].norm == "by":  # (library fresh57 L1746, after its look)
        at = next((j for j in range(k + 2, min(k + 2 + BY_WORDS, len(toks))) if toks[j].norm in ("into", "of", "on")),
                  len(toks))
    if at >= len(toks) or toks[at].norm not in ("into", "of", "on", "after", "in"):  # "in": where its case happened
        return None  # ("the significant case review in fife after ...", library fresh59 L1805, after its look)
    end = topic_end(question, toks, at - 1, covered, 10)
    if any(len(x.norm) >= 4 and x.norm.isalpha() and x.norm not in known and not used(x.norm)
           for x in toks[k + 2:at]):  # a maker no held report has and no passage names, ordinary words or not
        return end
    unheld = [j for j in range(k + 2, end) if len(toks[j].norm) >= 4 and toks[j].norm.isalpha()
              and toks[j].norm not in known and not used(toks[j].norm)
              and not (common and common(toks[j].norm) and not (j == k + 2 and toks[at].norm == "in"))]
    # a place just after "in" may be an ordinary word ("fife"), but no passage's: L1805
    # where it happened ("the serious case review after two young brothers tortured two boys in edlington", library
    # fresh41 L1266, after its look) names the case's review, though it tells of people
    placed = any(toks[j - 1].norm in ("in", "at") for j in unheld)
    # the person by name, two such words first ("the review after olly stephens was killed", library fresh55 L1684,
    # after its look): a review of that person's case, which no held report's names or passages know
    person = k + 3 < end and k + 2 in unheld and toks[k + 3].norm.isalpha() and toks[k + 3].norm not in known \
        and not used(toks[k + 3].norm)  # a surname may be an ordinary word ("stephens"), but no passage's
    return end if unheld and (placed or person or not any(x.norm in PERSONS for x in toks[k + 2:end])) else None


def of_publisher(question: str, toks: list[Token], spans: list[tuple[int, int, set[str]]], known: Known,
                 used: Used | None, publishers: dict[str, set[str]]) -> dict[tuple[int, int], str]:
    """'the iicsa report on lambeth councils childrens homes': a held report named by its publisher (``publishers``:
    the words of its publisher that its title does not hold, so not "the loxwell review on playground supervision"),
    then a kind word and what the report looked into, as :func:`described_inquiry` reads it: another of that
    publisher's reports, not held (library fresh39 L1204, after its look, was answered from the IICSA's networks
    report). The span -> what to call it."""
    out: dict[tuple[int, int], str] = {}
    if used is None:
        return out
    covered = {j for a, b, _ in spans for j in range(a, b)}
    for a, b, ids in spans:
        said = {t.norm for t in toks[a:b] if t.norm != KIND}
        if not said or not all(said <= publishers.get(r, set()) for r in ids):
            continue
        k = b - 1 if toks[b - 1].norm == KIND else b
        while k + 1 < len(toks) and toks[k].norm == KIND and toks[k + 1].norm == KIND:  # "investigation report on"
            k += 1
        end = _looked_into(question, toks, k, covered - set(range(a, b)), known, used) if k < len(toks) else None
        # "the ashbeck inquiry into the retired trucker who died ...": that inquiry's case, told (fresh33 zm03)
        if end and not re.search(r"\bwho(?:se|m)?\b", question[toks[k].end:toks[end - 1].end], re.IGNORECASE):
            the = re.search(r"\b(?:the|an?)\s+$", question[:toks[a].start], re.IGNORECASE)
            out[(a, b)] = question[the.start() if the else toks[a].start:toks[end - 1].end]
    return out


def named(question: str, toks: list[Token], covered: set[int], known: Known, used: Used,
          words_of: dict[str, set[str]], years: dict[str, int | None], title_words: dict[str, set[str]],
          kinds: dict[str, set[str]] | None = None, common: Used | None = None) -> list[str]:
    """The other documents the question names, by the first of the rules above that finds one."""
    return (by_author(question, toks, covered, known, used)
            or bracketed_author(question, toks, covered, known, used)
            or owned(question, toks, covered, known, used, common)
            or publisher_year(question, toks, covered, known, words_of, years, title_words)
            or known_year_title(question, toks, covered, words_of, years, title_words)
            or lower_case_title(question, toks, covered, known, used)
            or asked_document(question, toks, covered, known, used)
            or lower_case_quoted(question, toks, covered, known, title_words)
            or quoted_subject(question, toks, covered, known, title_words)
            or said_in_title(question, toks, covered, known, used)
            or name_and_year(question, toks, covered, known, used)
            or year_of_none(question, toks, covered, known, used, years, kinds, title_words)
            or opening_name(question, toks, covered, known, used)
            or possessive_year(question, toks, covered, words_of, used)
            or described_inquiry(question, toks, covered, known, used, common)
            or topic_title(question, toks, covered, title_words)
            or bare_title(question, toks, covered))
