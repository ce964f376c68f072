"""How a report may be named: normalised words of a question or a name (kind phrases as one token), and
every name a report's metadata gives it (for :mod:`.scope`)."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..types import Report
from .inverted import inverted

KIND = "<kind>"
# kind phrases, longest first; each becomes the single token KIND
_KIND_PHRASES = [
    ("child", "safeguarding", "practice", "review"), ("safeguarding", "adults", "review"),
    ("child", "practice", "review"), ("adult", "practice", "review"), ("case", "management", "review"),  # Wales, NI
    ("serious", "case", "reviews"), ("serious", "case", "review"), ("domestic", "homicide", "review"),
    ("significant", "case", "reviews"), ("significant", "case", "review"), ("initial", "case", "review"),  # Scotland
    ("rapid", "review"), ("learning", "review"), ("thematic", "inspection")]
# the kind phrases by their first word, longest first (only those can start at a given word)
_PHRASES_FROM: dict[str, list[tuple[str, ...]]] = {}
for _phrase in _KIND_PHRASES:
    _PHRASES_FROM.setdefault(_phrase[0], []).append(_phrase)
KIND_WORDS = {"review", "reviews", "report", "reports", "inquiry", "inquiries", "enquiry", "enquiries", "investigation",
               "investigations", "inspection", "inspections", "analysis", "scr", "scrs", "sar", "sars", "cspr", "csprs",
               "jscr", "dhr", "dhrs", "jtai"}
SINGULAR_KIND_WORDS = frozenset({"review", "report", "inquiry", "enquiry", "investigation", "inspection", "scr",
                                 "sar", "cspr", "jscr", "dhr"})
_DROP = {"the", "a", "an"}
GENERIC = {"scr", "review", "reviews", "inquiry", "report", "serious", "case", "the", "independent", "national",
           "overview", "local", "child", "safeguarding", "practice", "joint", "thematic", "investigation", "into",
           "of", "and", "on", "a", "an", "final", "executive", "summary", "board", "panel", "partnership", "rapid",
           "learning", "lessons", "children", "young", "people", "fictional", "in", "for", "by", "to", "from",
           "with", "analysis", "inspection", "respect", "what", "did", "does", "say", "about", "find", "found",
           "tell", "triennial", "scrs", "is", "it", "its", "at", "as", "or", "we", "our", "how", "why", "adult",
           "adults"}  # "Serious Case Review (Adults)": whom a review is about, no name of it (fresh38 zr31)
# words describing a kind of report, which may stand between its name and the kind word
DESCRIBING = {"independent", "national", "local", "joint", "thematic", "serious", "case", "final", "overview",
               "rapid", "learning", "practice", "safeguarding", "child", "children"}
# words that do not make a report's core name ("Rochdale" of "Rochdale SCR"); unlike GENERIC, "young" and
# "child" stay, so that "Young Person 7" names the second Rochdale review
_NOT_CORE = {"scr", "review", "reviews", "inquiry", "report", "serious", "case", "the", "independent", "national",
             "overview", "local", "joint", "thematic", "investigation", "into", "of", "and", "on", "final",
             "executive", "summary", "board", "in", "respect", "analysis", "inspection", "triennial", "scrs", "by"}
TITLES = {"lord", "lady", "baroness", "baron", "dame", "sir", "professor", "prof", "dr", "mr", "mrs", "ms", "obe", "cb",
           "qc", "kc", "cbe", "mbe"}
# words that open a question rather than name a report ("what did ...", "tell me ...")
ASKING = frozenset({"what", "why", "how", "when", "where", "who", "which", "did", "does", "do", "is", "are", "was",
                    "were", "tell", "give", "list", "summarise", "summarize", "show", "please", "any", "so", "and",
                    "but", "if"})
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
# a question about two or more reviews ("compare the X review with ...", "what did each review say"), of which it
# may name only one (fresh26, after its look)
SEVERAL = re.compile(r"\b(?:two|both|each|other)\s+(?:reviews?|reports?|inquir(?:y|ies)|cases|sars|scrs)\b"
                     r"|\bcompar(?:e|ing)\b", re.IGNORECASE)
# what a question about a named report may say besides its name when it asks only for the findings
VAGUE = {"happen", "happened", "wrong", "went", "learn", "learned", "learnt", "key", "main", "findings", "finding",
         "conclude", "concluded", "conclusions", "lesson", "say",
         "says", "said", "tell", "us", "me", "this", "that", "there", "were", "was", "are", "about", "out",
         "points", "point", "learning", "takeaways", "takeaway", "messages", "message", "summary", "summarise",
         # chat around "the lessons of X" (fresh25, after its look: "... give for everyone, in a nutshell")
         "lessons", "learnings", "give", "gave", "everyone", "everybody", "nutshell", "bullet", "bullets", "fine",
         "brief", "briefly", "quick", "quickly", "overall", "headline", "headlines", "gist", "please", "pls", "plz",
         "thanks"}
# ordinary words for a person: "the parkinsons lady's SAR" describes the case a review is about (fresh26, after its
# look: "Lady's SAR" was said to be a report not held)
# words that point back ("that joint inspection", "our lead member") and name nothing
POINTING = frozenset({"that", "this", "these", "those", "our", "your", "their", "his", "her", "its", "my"})
PERSONS = {"lady", "ladies", "man", "men", "woman", "women", "gentleman", "boy", "boys", "girl", "girls", "baby",
           "babies", "toddler", "infant", "child", "kid", "kids", "teen", "teenager", "lad", "lass", "youngster",
           "mum", "mother", "dad", "father", "parent", "parents", "gran", "granny", "nan", "grandad", "grandmother",
           "grandfather", "couple", "family", "siblings", "twins", "brothers", "sisters", "son", "daughter",
           "husband", "wife", "partner", "carer", "leaver", "pensioner", "resident", "tenant", "patient", "victim"}


@dataclass(frozen=True)
class Token:
    norm: str
    start: int
    end: int
    capital: bool  # written with a capital letter in the question


@functools.lru_cache(maxsize=65536)  # names and questions repeat their words: fold each once
def fold(word: str) -> str:
    word = unicodedata.normalize("NFKD", word)
    word = "".join(ch for ch in word if not unicodedata.combining(ch)).lower().replace("’", "'")
    return re.sub(r"'s$", "", word).replace("'", "")


YEAR = re.compile(r"(?:19|20)\d\d")  # a four-digit year, as a token's whole text


def one_kind(question: str, t: Token) -> bool:
    """Whether token ``t`` is a kind word for one report ("review", "SCR"), not reports in general ("reviews")."""
    return t.norm == KIND and fold(question[t.start:t.end].split()[-1]) in SINGULAR_KIND_WORDS


def described(toks: list[Token], k: int, covered: set[int],
              owner: Callable[[list[str]], str | None] | None) -> str | None:
    """'the parkinsons lady's SAR', 'the older couple's review': a person named by an ordinary word just before
    the kind word at ``k`` describes the review's case; it names no report. Then the one report whose text nearly
    alone uses the words before the person (up to three, lower case), by ``owner``, or "" for none; None when no
    such person comes before the kind word."""
    if k == 0 or k - 1 in covered or toks[k - 1].norm not in PERSONS or toks[k - 1].capital:
        return None
    j = k - 1
    while j > 0 and k - 1 - j < 3 and j - 1 not in covered and toks[j - 1].norm.isalpha() \
            and not toks[j - 1].capital and toks[j - 1].norm not in GENERIC | ASKING | PERSONS:
        j -= 1
    return (owner([t.norm for t in toks[j:k - 1]]) if owner is not None and j < k - 1 else None) or ""


# a job or a service after a name of ordinary words: what the asker does, not a report (:func:`a_job`)
_JOBS = {"manager", "managers", "worker", "workers", "lead", "leads", "officer", "officers", "practitioner",
         "practitioners", "coordinator", "coordinators", "team", "teams", "service", "services", "staff", "hub",
         "panel", "assessment", "assessments", "plan", "plans"}


def a_job(toks: list[Token], start: int, after: int, common: Callable[[str], bool] | None) -> bool:
    """'early help manager', 'as an early help worker': a name of ordinary words typed in lower case (``common``;
    Elmstow's "Early Help Review" goes by "early help") before a job or a service names the asker's work, not the
    report (fresh53 yg07, after its look); "Annie Hudson's panel" is a person's."""
    return after < len(toks) and toks[after].norm in _JOBS and common is not None and all(
        t.norm.isalpha() and t.norm != KIND and not t.capital and common(t.norm) for t in toks[start:after])


def kind_next(toks: list[Token], j: int) -> bool:
    """Whether a kind word comes at token ``j``, or just after a year (or two) or up to two describing words there
    ("oxford 2015 scr", "jay report", "the newcastle joint serious case review"): the word before it names a report
    even typed in lower case."""
    for _ in range(2):  # a year, or a span of years ("brandons 2014-17 scr analysis", library fresh35 L1074)
        if j < len(toks) and YEAR.fullmatch(toks[j].norm):
            j += 1
    for _ in range(2):
        if j < len(toks) and toks[j].norm in DESCRIBING:
            j += 1
    return j < len(toks) and toks[j].norm == KIND


# "the pre-birth one", "the redmarsh one": "one" after "the" and a name stands for the report (fresh37 zq39)
# ("the second one", "the little one", "the older one" are no reports: fresh10 o27)
_THE_ONE = re.compile(r"\bthe\s+(?:[a-z][\w'’-]*\s+){0,2}(?!(?:first|second|third|fourth|fifth|last|next|other|same|"
                      r"only|right|wrong|little|young|younger|youngest|old|older|oldest|eldest|big|small|main|new|"
                      r"good|bad|best|worst|real|latest|earlier|later)\s)[a-z][\w'’-]*\s+$", re.IGNORECASE)


def tokens(text: str) -> list[Token]:
    """Normalised words with their places in ``text``: kind phrases become one KIND token, articles go,
    and a two-digit year after a four-digit one is written out ("2011-14" -> 2011 2014)."""
    raw = [Token(fold(m.group()), m.start(), m.end(), m.group()[0].isupper()) for m in _WORD.finditer(text)]
    out: list[Token] = []
    i = 0
    while i < len(raw):
        for phrase in _PHRASES_FROM.get(raw[i].norm, ()):
            n = len(phrase)
            if tuple(t.norm for t in raw[i:i + n]) == phrase:
                out.append(Token(KIND, raw[i].start, raw[i + n - 1].end, raw[i].capital))
                i += n
                break
        else:
            t = raw[i]
            i += 1
            if t.norm in _DROP:
                continue
            if t.norm in KIND_WORDS or (t.norm == "one" and _THE_ONE.search(text[:t.start])):
                t = Token(KIND, t.start, t.end, t.capital)
            elif re.fullmatch(r"\d\d", t.norm) and out and re.fullmatch(r"(19|20)\d\d", out[-1].norm) \
                    and re.fullmatch(r"\s*[-–/]\s*", text[out[-1].end:t.start]):
                t = Token(out[-1].norm[:2] + t.norm, t.start, t.end, t.capital)
            out.append(t)
    return out


def name_key(text: str) -> tuple[str, ...]:
    return tuple(t.norm for t in tokens(text))


def surname_of(name: str) -> str | None:
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", re.sub(r"\(.*?\)", " ", name))
             if fold(w) not in TITLES]
    if not words or re.search(r"panel|board|university|department|council|et al|chair", name, re.IGNORECASE):
        return None
    return words[-1]


# a publisher's reference number for the document ("Ofsted (reference no. 140175)"), which names it alone
_REFERENCE = re.compile(r"\bref(?:erence)?\.?\s*(?:no\.?|number)?\s*(\d{5,})\b", re.IGNORECASE)


def names_of(report: Report) -> set[tuple[str, ...]]:
    """Every way of naming this report, as normalised word tuples."""
    extra = report.extra
    names: set[str] = {report.short_name, report.title, *report.aliases}
    names.add(report.report_id.replace("-", " "))
    cores: set[str] = set()
    for part in re.split(r"[/,;]| - | – ", re.sub(r"\(.*?\)|\b(19|20)\d\d\b", " ", report.short_name)):
        words = [w for w in part.split() if fold(w) not in _NOT_CORE and fold(w) not in KIND_WORDS]
        if len(words) > 1 and _ABBREVIATED_KIND.fullmatch(words[-1]):  # "Ossington DARDR", "Cwmderw CPR"
            words = words[:-1]
        while len(words) > 1 and _DESCRIPTOR.fullmatch(words[-1]):  # "Ravensholt Transitional Review": Ravensholt
            words = words[:-1]
        if words:
            cores.add(" ".join(words))
        if re.fullmatch(r"\s*\w+ (?:and|&) \w+\s*", part):  # "Arthur and Star", as said, beside "Arthur Star"
            cores.add(part.strip())
        # "Wickhaven Youth Theatre Review": the place its id begins with names it alone (not its publisher: "Ofsted")
        if len(words) > 1 and re.sub(r"^fict-", "", report.report_id).startswith(fold(words[0]) + "-") \
                and fold(words[0]) not in {fold(w) for w in str(extra.get("publisher") or "").split()[:1]}:
            cores.update({words[0]} | ({" ".join(words[1:])} if len(words) > 2 else set()))  # and "youth theatre"
    for alias in report.aliases:
        words = alias.split()
        if len(words) == 2 and fold(words[1]) in KIND_WORDS:  # "Bullfinch review" -> "Bullfinch"
            cores.add(words[0])
    year = str(report.year) if report.year else None
    for core in cores:
        names.update({core, f"{core} review"})
        if year:
            names.update({f"{core} {year}", f"{year} {core}", f"{year} {core} review", f"{core} review {year}"})
    authors = [a for a in (extra.get("authors") or []) if isinstance(a, str)][:3]
    for author in authors:
        surname = surname_of(author)
        if surname:
            plain = re.sub(r"\(.*?\)", "", author).strip()  # "Alexis Jay OBE"; and "alexis jay", as typed
            spoken = " ".join(w for w in plain.split() if fold(w) not in TITLES)
            names.update({surname, f"{surname} review", plain, spoken})
        for inner in re.findall(r"\((?:chair(?:ed by)?|led by)\s+([^)]*)\)", author, re.IGNORECASE):
            if surname := surname_of(inner):  # "IICSA Chair and Panel (Chair Professor Alexis Jay)": Jay, who
                # chaired it, and "alexis jay"; "the Jay report" stays the one she wrote herself
                names.update({surname, " ".join(w for w in inner.split() if fold(w) not in TITLES)})
    publisher = str(extra.get("publisher") or "")
    names.update(inverted(report.title, publisher))  # "the child sexual abuse inquiry"
    first = re.split(r"[(;,/]", publisher)[0].strip()
    if first and year and len(first.split()) <= 4:  # "the Ofsted 2014 inspection", "the 2014 Ofsted report"
        names.update({f"{first} {year}", f"{first} {year} review", f"{year} {first}", f"{year} {first} review"})
    for number in _REFERENCE.findall(f"{publisher} {extra.get('commissioned_by') or ''}"):  # "reference 140175"
        names.update({number, f"reference {number}", f"ref {number}"})
    if acronym := _acronym(first):  # "Department for Communities and Local Government": "the DCLG inspection"
        names.update({acronym, f"{acronym} review"} | ({f"{acronym} {year}", f"{year} {acronym}"} if year else set()))
        names.add(first)  # ... and written out whole: "the independent inquiry into child sexual abuse" (L1624)
    bare = re.sub(r"\s*\([^)]*\)", "", report.title)  # "Learning Review: Erin and Jamie (redacted)"
    for segment in {*re.split(r"[:–—'‘’\"“”]| - ", report.title), *re.split(r"[:–—'‘’\"“”]| - ", bare)}:
        words = segment.split()
        if 2 <= len(words) <= 7 and any(fold(w) not in GENERIC for w in words):
            names.add(segment)
    names.update(n for subject in subjects_of(report) for n in (subject, f"{subject} review"))
    names.update(re.findall(r"\(([^)]{4,40})\)", report.title))
    # "in respect of Young People 1, 2, 3, 4, 5 & 6", typed as a range: "young people 1 to 6", "young people 1-6"
    for m in re.finditer(r"((?:[A-Za-z]+\s+){1,2})(\d+)(?:\s*,\s*\d+)+\s*(?:&|and)\s*(\d+)\b", report.title):
        names.update({f"{m[1]}{m[2]} to {m[3]}", f"{m[1]}{m[2]}-{m[3]}"})
    keys = {name_key(n) for n in names if n and n.strip()}
    return {k for k in keys if k and any(w not in GENERIC and w != KIND for w in k)}


def publisher_words(report: Report) -> set[str]:
    """What its publisher or commissioner goes by that is no place: a one-word name ("Ofsted"), or the initials of
    its capitalised words ("Independent Inquiry into Child Sexual Abuse": "iicsa"); not "Rochdale" of "Rochdale
    Borough Safeguarding Children Board", which is the review's place too."""
    out: set[str] = set()
    for k in ("publisher", "commissioned_by"):
        first = re.split(r"[(;,/]", str(report.extra.get(k) or ""))[0].strip()  # as names_of reads it
        out |= {fold(w) for w in [_acronym(first) or ""] + ([first] if first.isalpha() else []) if w}
    return out


# a word that describes a kind of review after the place in a short name ("Transitional", "Multi-agency",
# "Rapid", "Strategic"): the place alone names the report too (fresh26, after its look)
_DESCRIPTOR = re.compile(r"[A-Z][a-z]+(?:al|ive|ory|ary|ic)|Multi-agency|Rapid|Learning|Practice", re.IGNORECASE)
# the short name's own abbreviation of its kind after the place, ending in R for review or report ("Tollbridge
# DARDR", "Cwmderw CPR"); "Ofsted CSE" is no kind
_ABBREVIATED_KIND = re.compile(r"[A-Z]{1,5}R")
# a person's name in a short name's brackets: "Skye", "Baby N", "Child J" (not "PDF", not "2013")
_SUBJECT = re.compile(r"(?:[A-Z][a-z]+ )?[A-Z][a-z]+|(?:[A-Z][a-z]+ )[A-Z]")
_LINKS = {"for", "and", "of", "the", "on", "to", "in", "into"}  # left out of a name's initials


def publisher_only(report: Report, title_words: set[str]) -> set[str]:
    """The words that name its publisher, not the report: :func:`publisher_words` its title lacks, and all the words
    of a name long enough to go by its initials, written out whole (library fresh53 L1624, after its look)."""
    first = re.split(r"[(;,/]", str(report.extra.get("publisher") or ""))[0].strip()
    whole = {fold(w) for w in re.findall(r"[A-Za-z]+", first)} if _acronym(first) else set()
    own = {fold(w) for w in re.findall(r"[A-Za-z]+", report.short_name or "")}  # "Rochdale" of its Board: a place
    return publisher_words(report) - title_words | (whole - own)


def _acronym(name: str) -> str | None:
    """The initials of a publisher's name of three or more capitalised words ("Department for Communities and
    Local Government": "DCLG"), as it is often written; None for a shorter name."""
    words = [w for w in re.findall(r"[A-Za-z]+", name) if w.lower() not in _LINKS]
    if len(words) < 3 or not all(w[0].isupper() for w in words):
        return None
    return "".join(w[0] for w in words)


def subjects_of(report: Report) -> set[str]:
    """The one-word name of the person a review is about, where its title gives it after the kind
    ("Safeguarding Adults Review: Peter – Self-neglect ..." names Peter) or its short name gives it in brackets
    ("Wexcombe CSPR (Skye)", "Hollinsway CSPR (Baby N)"). The report's text uses it throughout."""
    out = {name for inner in re.findall(r"\(([^)]{2,30})\)", report.short_name or "")
           for name in _each(inner) if _SUBJECT.fullmatch(name) and not {fold(w) for w in name.split()} <= GENERIC}
    previous = ""
    for segment in re.split(r"[:–—'‘’\"“”]| - ", re.sub(r"\s*\([^)]*\)", "", report.title or "")):
        words = segment.split()
        if fold(previous) in KIND_WORDS and words:
            out.update(w for w in _each(segment) if w[:1].isupper() and w.isalpha() and fold(w) not in GENERIC)
        previous = words[-1] if words else ""
    return out


def _each(names: str) -> list[str]:
    """'Erin and Jamie' -> both (a review of two children); one name as it stands; [] for more words."""
    parts = re.split(r"\s+(?:and|&)\s+", names.strip())
    return parts if all(len(p.split()) <= (2 if len(parts) == 1 else 1) for p in parts) and len(parts) <= 3 else []


def _one_slip(a: str, b: str) -> bool:
    """Whether ``a`` is ``b`` with one letter added, dropped, changed, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = sorted((a, b), key=len)
    i = next((i for i, (x, y) in enumerate(zip(short, long_, strict=False)) if x != y), len(short))
    return short[i:] == long_[i + 1:]


def mistyped(toks: list[Token], known: frozenset[str], used: Callable[[str], bool] | None,
             names: Iterable[tuple[str, ...]] = ()) -> list[Token]:
    """'telfrod inquiry': a word of six or more letters that no passage uses and no report's names hold, one slip
    from exactly one word of a report's names (six or more letters), is taken for that word; so is one a slip from
    a kind word ('rotheram inqiury'), which becomes a kind token. A shorter word is, one slip from the surname of a
    two-word name right after its own first name ('the alexis jey inquiry': library fresh39 L1193, after its
    look)."""
    if used is None:
        return toks
    index = _one_deleted(known | SINGULAR_KIND_WORDS)
    surnames: dict[str, set[str]] = {}  # "alexis" -> {"jay"}
    for key in names:
        if len(key) == 2 and key[1].isalpha() and 3 <= len(key[1]) < 6:
            surnames.setdefault(key[0], set()).add(key[1])
    out: list[Token] = []
    for t in toks:
        if len(t.norm) >= 6 and t.norm.isalpha() and t.norm not in known:
            near = {w for key in _deletes(t.norm) for w in index.get(key, ()) if _one_slip(t.norm, w)}
            if len(near) == 1 and not used(t.norm):  # (the store's vocabulary last: it is the slow test)
                word = near.pop()
                t = Token(KIND if word in SINGULAR_KIND_WORDS else word, t.start, t.end, t.capital)
        elif out and t.norm.isalpha() and t.norm not in known \
                and len(near := {w for w in surnames.get(out[-1].norm, ()) if _one_slip(t.norm, w)}) == 1 \
                and not used(t.norm):
            t = Token(near.pop(), t.start, t.end, t.capital)
        out.append(t)
    return out


def _deletes(word: str) -> set[str]:
    return {word} | {word[:i] + word[i + 1:] for i in range(len(word))}


@functools.lru_cache(maxsize=8)
def _one_deleted(known: frozenset[str]) -> dict[str, set[str]]:
    """The words of six or more letters of the reports' names, under each string one letter short of them (and
    under themselves): two words one slip apart share one of these."""
    out: dict[str, set[str]] = {}
    for w in known:
        if len(w) >= 6 and w.isalpha():
            for key in _deletes(w):
                out.setdefault(key, set()).add(w)
    return out


_ON = {"on", "into", "of"}  # a report's name, then what it was on: "the 2014 thematic on child sexual exploitation"
_OF_A_TITLE = {"the", "of", "in", "and", "child", "children", "young", "people", "adults"}


def runs_on(toks: list[Token], b: int, words: set[str]) -> int:
    """Where a held report's name that ends at token ``b`` ends once what it was on is read with it: a kind word,
    "on", "into" or "of", then words of the report's own title or kind ("ofsted's 2014 thematic on child sexual
    exploitation - what did it find about boards" is about boards; library fresh31 L956, after its look)."""
    k = b
    while k < len(toks) and toks[k].norm not in _ON and (toks[k].norm == KIND or toks[k].norm in words):
        k += 1
    if k >= len(toks) or toks[k].norm not in _ON:
        return b
    j = k + 1
    while j < len(toks) and (toks[j].norm == KIND or toks[j].norm in words | _OF_A_TITLE):
        j += 1
    while j > k + 1 and toks[j - 1].norm in _OF_A_TITLE - words:
        j -= 1
    return j if any(t.norm in words - GENERIC for t in toks[k + 1:j]) else b


def as_named(text: str) -> str:
    """How to say a document the question names: "Laming's 2009 progress report" as is, else "the IICSA report"."""
    return text if re.match(r"(?:\S+\s){0,3}\S+['’]s\b", text) else f"the {text}"
