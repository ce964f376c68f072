"""What a question about a named report asks, once the report's names are taken out: the text to search, or, when
nothing is left but a request for the findings or the lessons, a standard question for them."""

from __future__ import annotations

import re

from .names import GENERIC, VAGUE, Token

# asked of a named report with nothing else to go on ("what did the Casey report find?")
FINDINGS_QUERY = "What were the main findings and failings, and what lessons were drawn?"
LESSONS_QUERY = "What lessons and learning did the review give for practice?"  # asked for its lessons only
# what is left of "the review into the death of Arthur ..." once the name is taken out: it names, it does not ask
_ABOUT_A_DEATH = re.compile(r"\b(?:into|of|on|about|concerning|following|after)\s+(?:the\s+)?"
                            r"(?:deaths?|murders?|killings?|case|abuse|serious injur(?:y|ies)|injur(?:y|ies))\s+"
                            r"(?:of|to|suffered by)?\s*(?=\s|[-–,:;?]|$)", re.IGNORECASE)
# a sentence about the asker ("i help run a brownie pack", "managing a shared house for ..."), not the question's topic
_SETTING = re.compile(r"(?:i|i'm|im|i've|we|we're|our|my|as an?|managing|running|working|just joined)\b", re.IGNORECASE)
_LESSONS = re.compile(r"\b(?:lessons?|learn\w*|takeaways?)\b", re.IGNORECASE)


def strip_names(question: str, toks: list[Token], spans: list[tuple[int, int]]) -> str:
    """``question`` without the names at ``spans`` (with "in the", "of", a possessive before them)."""
    keep = [True] * len(question)
    for a, b in spans:
        start = toks[a].start
        before = question[:start].rstrip()
        m = re.search(r"\b(?:in|of|from|at|by|for)\s+(?:the\s+)?$|\bthe\s+$", question[:start], re.IGNORECASE)
        if m:
            start = m.start()
        elif before.endswith("'s"):
            start = len(before) - 2
        for c in range(start, toks[b - 1].end):
            keep[c] = False
    stripped = "".join(ch if k else " " for ch, k in zip(question, keep, strict=True))
    stripped = _ABOUT_A_DEATH.sub(" ", stripped)  # "the review into the death of [name]": the name is gone
    stripped = re.sub(r"(?<=\w)'s\b|\bet\.?\s+al\b\.?", "", stripped)  # "Brandon's", "Brandon et al."
    stripped = re.sub(r"\s+", " ", stripped).strip()
    # "i help run a brownie pack. key takeaways from the wickhaven report pls?": the asker's own setting, then a
    # sentence that asks for the report's lessons and nothing else (fresh27, after its look)
    sentences = re.split(r"(?<=[.!?;])\s+", stripped)
    asks = [s for s in sentences if _LESSONS.search(s)]
    setting = [s for s in sentences if s not in asks]
    if _content(stripped) and not (asks and setting and all(_SETTING.match(s) for s in setting)
                                   and not any(_content(s) for s in asks)):
        return stripped
    return LESSONS_QUERY if _LESSONS.search(stripped) else FINDINGS_QUERY


def _content(text: str) -> list[str]:
    return [w for w in re.findall(r"[A-Za-z]{3,}", text) if w.lower() not in GENERIC | VAGUE]


# who asks, said in a short sentence of its own: "I'm a housing officer.", "I manage a homecare company.", "were a sub
# group on ..." (typed without the apostrophe)
_ASKER = re.compile(r"(?:i|we)(?:'m|m| am| are|'re|re)?\s+(?:(?:just\s+)?(?:a|an)\s|(?:help\s+)?(?:run|manage|lead|"
                    r"chair|work|coordinate|supervise)\b|(?:am|are)\s+(?:a|an|the)\b|just joined\b)", re.IGNORECASE)


def without_asker(question: str) -> str:
    """The question without a short sentence that only says who asks ("I'm a SENCo at a special setting."): its
    words (SENCo, setting) are not what the question is about, and no passage need carry them. (The same before a
    dash, "I'm a teacher – what would make me think ...", was measured and not kept: BENCHMARKS.md, twenty-eighth
    round.)"""
    sentences = re.split(r"(?<=[.!?;])\s+", question.strip())
    kept = [s for s in sentences if not (_ASKER.match(s) and len(s.split()) <= 12 and s.endswith("."))]
    rest = " ".join(kept)
    # what is left must ask something: a topic, or a named review's lessons ("key takeaways from the kilbarra case")
    return rest if kept and len(kept) < len(sentences) and (_content(rest) or _ASKS_LESSONS.search(rest)) else question


# a question that asks for a named report's lessons in other words ("the key messages", "the take home", "the key
# points"); unlike _LESSONS, which reads a sentence with nothing else in it, not "learned" ("what Pellham had learned
# about Child J")
_ASKS_LESSONS = re.compile(r"\b(?:lessons?|learning|take[- ]?aways?|take[- ]home|key (?:messages?|points))\b",
                           re.IGNORECASE)
# lessons someone has or goes to ("did keira ever have piano lessons", "she took swimming lessons"): classes, not a
# review's lessons (fresh34 zn18, after its look)
_CLASSES = re.compile(r"\b(?:have|has|had|having|take|takes|took|taking|attend(?:s|ed|ing)?|go(?:es|ing)? to|went to|"
                      r"paid for|pay for|book(?:ed)?|into)\s+"  # "get freya into swimming lessons" (zr24)
                      r"(?:(?!(?:any|the|its|their|these|those|some|no|key|main|real)\b)[\w'-]+\s+){0,2}lessons?\b"
                      r"(?!\s+(?:been|being|learn\w*|from|of)\b)|"
                      # "whether he was learning the ukulele" (zs38): learning a skill
                      r"\b(?:was|were|is|are|been|be|started|start)\s+learning\s+(?:the|to|a|an)\b",
                      re.IGNORECASE)
# who the lessons are for: "for partner agencies", "for my DSL update", "for us" (up to three words, to a stop or
# to a word that starts the topic: "lessons for schools about online safety" keeps "online safety")
_FOR_WHOM = re.compile(r"\bfor\s+(?:[\w'-]+\s+){0,2}[\w'-]+"
                       r"(?=\s*(?:[.,;:?!-]|$)|\s+(?:about|on|from|into|over|re|regarding)\b)", re.IGNORECASE)
# ... or described by what they do, to the end of the clause: "for everyone who comes across a mum or dad about to be
# sent down", "for councils taking in a household on cp from elsewhere" (fresh38 zr35, zr41, after its look), "for
# folk working with kids" (fresh40 zt21, after its look)
_AUDIENCE = re.compile(r"\bfor\s+(?:[\w'-]+\s+){0,2}?(?:everyone|anyone|people|staff|workers|practitioners|agencies|"
                       r"services|councils|teams|professionals|colleagues|those|us|them|others|folks?|everybody|anybody)\s+"
                       r"(?:who|that|\w+ing)\b[^.?!,;]*", re.IGNORECASE)
# words of asking for lessons that are neither topic nor case: "what did it draw", "in a list", "gonna brief"
_ASKING = {"draw", "drew", "drawn", "list", "lists", "identify", "identified", "highlight", "highlighted", "share",
           "gonna", "wanna", "top", "biggest", "big", "major", "important",  # "the big takeaways" (fresh44 zx32)
           # what the asker is making of them: "putting together a 7 minute briefing" (fresh39 zs41, after its look)
           "putting", "together", "preparing", "writing", "brief", "briefing", "briefings", "minute", "session",
           "prepping", "prep"}  # "team manager prepping a lunch and learn from the ottilie one" (fresh55 yi07)
# what an asker is preparing the lessons for ("building a staff briefing for the new term")
# ("ds running a cpd morning for response officers", fresh46 zz41, after its look)
_PREPARING = re.compile(r"\b(?:briefings?|sessions?|training|summary|notes|presentations?|slides?|workshop|newsletter|"
                        r"bulletin|handout|induction|cpd|courses?|seminars?|lectures?|modules?|away[- ]?days?|"
                        r"huddles?|toolbox talks?|lunch(?:time)? and learns?)\b", re.IGNORECASE)
# a topic the lessons are asked on, a bare noun phrase ("learning about playground supervision", "lessons on
# financial harm"), where a description points at the case ("lessons about the teaching assistant")
_ON_TOPIC = re.compile(r"\b(?:about|on|regarding|around|concerning|re)\s+(?!(?:the|a|an|this|that|these|those|his|her|"
                       r"their|its|what|how|when|who|why|where|to)\b)[a-z]", re.IGNORECASE)


def lessons_described(query: str, exclude: frozenset[str]) -> list[str] | None:
    """When a question scoped to a report asks for its lessons, the words it has besides ("main takeaways from
    the rapid review into the little boy found out alone at night"): each is either the report's own (a
    description of its case) or a topic (a sentence before the ask that says what the asker prepares is neither). None:
    the question does not ask for lessons, or asks for them on a topic of its own. ``exclude``: words that carry no
    topic (the support's FOCUSLESS)."""
    if not _ASKS_LESSONS.search(query) or _CLASSES.search(query):
        return None
    # a sentence before the ask that says what the asker is preparing is neither case nor topic ("pshe lead building a
    # staff briefing for the new term. what are the big takeaways from the fenbrook case", fresh44 zx32, after its look)
    # ... also where it names the lessons as what is prepared ("lscp comms officer doing the learning summary. the
    # halsworth takeaways for frontline staff?", fresh51 ye24, after its look), when a later sentence asks; a clause
    # before a dash is one too ("trainer putting together a 7 minute briefing off the reunification one - key
    # takeaways?", fresh53 yg15, after its look)
    sentences = re.split(r"(?<=[.!?;])\s+|\s+[-–—]\s+", query)
    query = " ".join(s for k, s in enumerate(sentences)
                     if "?" in s or not _PREPARING.search(s) or (_ASKS_LESSONS.search(s) and not any(
                         _ASKS_LESSONS.search(later) or "?" in later for later in sentences[k + 1:])))
    query = _AUDIENCE.sub(" ", query)  # whom they are for, however described, is neither case nor topic
    if _ON_TOPIC.search(query):
        return None
    text = _FOR_WHOM.sub(" ", _ASKS_LESSONS.sub(" ", query))
    return list(dict.fromkeys(w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'-]{2,}", text)
                              if w.lower() not in GENERIC | VAGUE | _ASKING | exclude
                              and w.lower().split("'")[0] not in exclude))


# the ask after a situation: "<what happened to us>. what do the inquiries say about schools passing on concerns and
# not getting feedback" - what the reports are asked about follows "say about", "find about", "talk about"
_ASKED_ABOUT = re.compile(r"\b(?:what|anything|any)\b[^.?!]{0,40}?\b(?:say|said|says|find|found|finds|talk|talks|"
                          r"tell|learn|conclude)\s+(?:about|on|regarding)\s+(?P<topic>[^?!]{8,})", re.IGNORECASE)

# "felix, her big brother in the lindenhurst case, studied in edinburgh - did he take a gap year": after a dash, whether
# a person did something (fresh43 zw27, fresh42 zv27 and zv33, after their looks)
_ASKED_IF = re.compile(r"\s[-–—]\s+(?:did|does|was|were|has|had|is)\s+(?:he|she|they|him|her|his)\b\s*"
                       r"(?P<topic>[^?!]{8,})", re.IGNORECASE)


def asked_about(question: str, exclude: frozenset[str]) -> str | None:
    """What the reports are asked about, when a question says it after a situation ("... what did the reviews find
    about supervision being tick box"): the words a supporting passage must carry. None: no such ask, or one of fewer
    than two words with a topic (``exclude``: the support's FOCUSLESS), which points back at the situation ("older
    man with hearing loss - what do reviews say about reaching him?")."""
    m = _ASKED_ABOUT.search(question) or _ASKED_IF.search(question)
    if m is None or m.start() == 0:
        return None
    topical = [w for w in _content(m["topic"]) if w.lower() not in exclude]
    return m["topic"] if len(topical) >= 2 else None
