"""Documents not held named by a title in quotes, or asked of as "it": a quoted title typed in lower case with its year
("ceop's 'out of mind, out of sight' thematic assessment (2011)"), a quoted title asked of ("'unprotected,
overprotected' - what did it find"), also before a held report's place named after it, and a document described in
lower case and asked of as "it" ("the medway secure training centre improvement board report - what did it say").
Split from :mod:`.others`, whose rules list calls them; and a capitalised title in quotes beside a kind word
(:func:`quoted_titles`, which :mod:`.scope` calls)."""

from __future__ import annotations

import re

from .apart import THE_BEFORE
from .names import ASKING as _STARTERS
from .names import GENERIC, Token, one_kind
from .names import YEAR as _YEAR
from .years import ANY_QUOTED, Known, Used

JOINING = {"in", "of", "and", "for", "on", "to", "at"}  # words a title may hold between its capitalised words
# what was asked of a document, before what about
_ASKS_OF = re.compile(r"\b(?:find|found|say|said|conclude|concluded|recommend|recommended|show|showed)\b",
                      re.IGNORECASE)


def title_word(word: re.Match[str]) -> str:
    """A word of a title typed in lower case as a title is written: small joining words stay small."""
    small = word.start() > 1 and word.group() in JOINING | {"a", "an", "the", "or"}
    return word.group() if small else word.group().capitalize()


def as_title(text: str) -> str:
    return re.sub(r"\b[a-z][\w’']*", title_word, text)


def lower_case_quoted(question: str, toks: list[Token], covered: set[int], known: Known,
                      title_words: dict[str, set[str]]) -> list[str]:
    """"ceop's 'out of mind, out of sight' thematic assessment (2011)": a title in quotes typed in lower case, of
    three or more words, with a year within four words after it, whose words are not all of one held report's
    title or names: a document not held (said with its words capitalised, as a title is written)."""
    out = []
    for m in ANY_QUOTED.finditer(question):
        inside = [k for k, t in enumerate(toks) if m.start() < t.start and t.end < m.end()]
        if len(inside) < 3 or covered & set(inside) or question[toks[inside[0]].start].isupper():
            continue  # a capitalised title is scope.py's own rule
        if not any(_YEAR.fullmatch(toks[j].norm) for j in range(inside[-1] + 1, min(len(toks), inside[-1] + 5))):
            continue
        words = {toks[k].norm for k in inside if toks[k].norm not in GENERIC}
        if words and not any(words <= title | known for title in title_words.values()):
            owner = re.search(r"\b([A-Za-z][\w&]*)['’]s\s*$", question[:m.start()])
            start = owner.start() if owner else m.start()
            end = re.match(r"[^?.;:!]*?\(?(?:19|20)\d\d\)?", question[m.end():])
            title = as_title(question[m.start():m.end()])
            said = question[start:m.start()] + title + (end.group() if end else "")
            out.append(said[0].upper() + said[1:])
    return out


# "'keeping kids safe' from the childrens commissioner - what did it say" (library fresh42 L1296, after its look)
_IT_ASKED = re.compile(r"(?:\s+(?:from|by)\s+(?:the\s+)?[\w'’&]+(?:\s+[\w'’&]+){0,3}?)?"
                       r"\s*[-–—:,]?\s*(?:(?:(?:what|how|why|where|which|who|did|does|do|is|was)\b[^?]{0,30}?"
                       # "... - what did the latest one say" (a series' latest; library fresh48 L1474, after its look)
                       r"\b(?:it|(?:the\s+)?(?:latest|last|most\s+recent|newest|first)\s+one"
                       # "'abuse in early years' - what did the independent review team find" (library fresh50
                       # L1534, after its look): those who made it
                       r"|the\s+(?:(?:independent|review|inquiry)\s+){0,2}(?:team|panel|authors?|reviewers?))\s+"
                       # "'protecting children from harm' - the report that said ..."
                       r"|(?:the|that|this)\s+(?:report|review|inquiry|study|paper|document)\s+(?:that|which)\s+)"
                       r"(?:find|found|finds|say|said|says|conclude|concluded|recommend|recommended|show|showed|shows)\b"
                       # "'the voice of the child ...' - what were its main messages"
                       r"|(?:what|which|how)\b[^?]{0,30}?\bits\s+(?:\w+\s+)?(?:messages?|findings?|conclusions?"
                       r"|recommendations?|lessons?)\b"
                       # "'making noise' - the report on what children said ...", "'new learning from serious case
                       # reviews' - the two year report on reviews from 2009" (library fresh51 L1563, after its look)
                       r"|(?:the|that|this)\s+(?:[a-z]+\s+){0,3}?(?:report|review|inquiry|study|paper|document)\s+"
                       r"(?:on|about|into)\b"
                       # "'understanding risk' - what did that review of the evidence say": "that" points back
                       r"|(?:what|how|why|which|where|did|does|do)\b[^?]{0,20}?\b(?:that|this)\s+(?:report|review|"
                       r"inquiry|study|paper|document|research|analysis)\b"
                       # "the panel's 'it was hard to escape' report on ..." (library fresh26, after its look)
                       r"|(?:report|review|inquiry|study|paper|briefing)\b)",
                       re.IGNORECASE)


def quoted_subject(question: str, toks: list[Token], covered: set[int], known: Known,
                   title_words: dict[str, set[str]]) -> list[str]:
    """"'unprotected, overprotected' - what did it find ...": a title in quotes asked about as "it" (what did it
    find, what does it say), of two or more words not all of one held report's title or names: a document not held
    (said as a title is written)."""
    found = quoted_subject_at(question, toks, covered, known, title_words)
    return [found[1]] if found else []


def quoted_subject_at(question: str, toks: list[Token], covered: set[int], known: Known,
                      title_words: dict[str, set[str]]) -> tuple[int, str] | None:
    """:func:`quoted_subject`'s title, with where its quotation ends in the question."""
    for m in ANY_QUOTED.finditer(question):
        inside = [k for k, t in enumerate(toks) if m.start() < t.start and t.end < m.end()]
        if len(inside) < 2 or covered & set(inside) or not _IT_ASKED.match(question[m.end():]):
            continue
        words = {toks[k].norm for k in inside if toks[k].norm not in GENERIC}
        if words and not any(words <= title | known for title in title_words.values()):
            return m.end(), as_title(question[m.start():m.end()])
    return None


def asked_document(question: str, toks: list[Token], covered: set[int], known: Known, used: Used) -> list[str]:
    """'the medway secure training centre improvement board report - what did it say': "the", up to six words typed
    in lower case, a kind word, then the document asked about as "it" (:data:`_IT_ASKED`), when one of the words is
    one no passage of the store uses and no report's names hold: a document not held (library fresh50 L1536, after
    its look), said with that word capitalised, as a name is written."""
    for k, t in enumerate(toks):
        if k in covered or not one_kind(question, t) or not _IT_ASKED.match(question[t.end:]):
            continue
        j = k
        while j > 0 and k - j < 6 and j - 1 not in covered and toks[j - 1].norm.isalpha() and not toks[j - 1].capital \
                and toks[j - 1].norm not in _STARTERS and question[toks[j - 1].end:toks[j].start].isspace():
            j -= 1
        if j == k or not THE_BEFORE.search(question[:toks[j].start]):
            continue
        names = {x.norm for x in toks[j:k] if len(x.norm) >= 3 and x.norm not in known | GENERIC and not used(x.norm)}
        if names:
            said = [w.capitalize() if w in names else w for w in question[toks[j].start:t.end].split()]
            return ["the " + " ".join(said)]
    return []


def quoted_before(question: str, toks: list[Token], covered: set[int], spans: list[tuple[int, int, set[str]]],
                  known: Known, title_words: dict[str, set[str]]) -> list[str]:
    """"'abuse in early years' - what did the review team find about ... nursery workers in newcastle": a title in
    quotes asked of (:func:`quoted_subject`) before every name the question holds, with what is asked of it coming
    between, so that the names tell where things happened (library fresh50 L1534, after its look); not
    "'disguised compliance' - the report on rochdale, what did it say?"."""
    found = quoted_subject_at(question, toks, covered, known, title_words) if spans else None
    if found and all(toks[a].start >= found[0] and _ASKS_OF.search(question[found[0]:toks[a].start])
                     for a, _, _ in spans):
        return [found[1]]
    return []


# a title in quotes: 'It was hard to escape', "Time to listen" (an apostrophe inside a word does not end it)
_QUOTED = re.compile(r"(?:(?<=[\s(])|^)(?:'((?:[^']|(?<=\w)'(?=\w)){4,90})'|‘((?:[^’]|(?<=\w)’(?=\w)){4,90})’"
                     r"|\"([^\"]{4,90})\"|“([^”]{4,90})”)(?=[\s,.;:?!)]|$)")
# what else makes a quoted title a document's: its publisher's possessive before it ("HMIC's"), its year after it
_OWNER = re.compile(r"\b(?:[A-Z][\w&]*['’]s|[A-Z]{2,6})\s*$")  # "HMIC's", or the acronym alone: "HMIC 'Missing ...'"
_YEAR_AFTER = re.compile(r"\s*\(?(?:19|20)\d\d\)?(?=[\s,.;:?!)-]|$)")


def quoted_titles(question: str, toks: list[Token], covered: set[int]) -> list[str]:
    """"the Panel's 'It was hard to escape' review", "HMIC's 'In harm's way' (2015)": a title in quotes beside a
    kind word, or with its publisher's possessive before it and its year after it, none of whose words a held
    report's names hold, names a report not held."""
    out = []
    for m in _QUOTED.finditer(question):
        inside = [k for k, t in enumerate(toks) if m.start() < t.start and t.end < m.end()]
        # a title is capitalised and has a few words: 'disguised compliance' in quotes is a term, not one
        if len(inside) < 3 or covered & set(inside) or not question[toks[inside[0]].start].isupper():
            continue
        kind = next((k for k in (inside[-1] + 1, inside[-1] + 2, inside[0] - 1, inside[0] - 2)
                     if 0 <= k < len(toks) and one_kind(question, toks[k])), None)
        if kind is None:  # "HMIC's 'In harm's way' (2015)": a publisher's title with its year
            owner, year = _OWNER.search(question[:m.start()]), _YEAR_AFTER.match(question, m.end())
            if owner and year:
                out.append(question[owner.start():year.end()].strip())
            continue
        lo, hi = min(m.start(), toks[kind].start), max(m.end(), toks[kind].end)
        out.append(question[lo:hi] if kind < inside[0] else f"the {question[lo:hi]}")
    return out
