"""What is not a finding, and so never a factor or a daily lesson: glossary and definition rows, titles
and other front matter, contents entries, context cards (how a report was received, how many people an
inquiry heard), and cards that report a later review's work rather than this report's own finding. Such
text may still appear in /report and in a briefing's "What happened"."""

from __future__ import annotations

import re

from ..types import Passage

# sections whose text is reference matter, not findings
_REFERENCE_SECTIONS = re.compile(
    r"glossary|abbreviation|acronym|terms used|key terms|definitions|terminology|contents|title page|foreword|"
    r"preface|"
    r"document control|version control|acknowledg|about the author|panel membership|distribution list|"
    r"^on this page$|^in this (?:page|report|document|section)$",  # a web page's contents list
    re.IGNORECASE)
# "WNB | Was Not Brought", "MASH: Multi-Agency Safeguarding Hub", "CSE – child sexual exploitation"
# sections on how the review itself was done (its method, scope, terms of reference): every review has one,
# it names the child and the agencies, and so it matches questions about the case that it does not answer
_PROCESS_SECTIONS = re.compile(
    r"method|^scope\b|terms of reference|\bapproach\b|(?:review|inquiry|investigation) process|"
    r"how (?:the|this) (?:review|inquiry|investigation) (?:was|has been) (?:carried out|conducted|undertaken|done|run)",
    re.IGNORECASE)
# a question about the review itself: who the reviewer spoke to, what it drew on, what it was asked to do
ABOUT_THE_REVIEW = re.compile(
    r"\b(?:reviewers?|review team|inquiry team|methodolog\w*|terms of ref|"
    r"(?:review|inquiry|investigation)(?:'s|’s)? (?:method|approach|process|scope|sources|powers)|"
    r"(?:doing|conducting|carrying out|running) (?:the|this|a) (?:review|inquiry)|"
    r"(?:review|inquiry) (?:talk|spoke|speak|look|draw|drew|gather|interview)\w*|"
    r"(?:compel|force)\w* (?:\w+ ){0,9}interview\w*|"
    # who did it and how long it took: "who ran the Wexcombe review", "why did the review take so long"
    r"\b(?:ran|led|wrote|chaired|authored|conducted|commissioned) (?:the|this) (?:\w+ ){0,2}(?:review|inquiry|report)|"
    r"\b(?:review|inquiry|report)(?:'s|’s)? (?:author|chair|lead)\w*|"
    r"\b(?:review|inquiry) (?:\w+ ){0,2}(?:take|took|taking) (?:\w+ ){0,2}(?:long|longer|months|years|time))",
    re.IGNORECASE)
# a question about what the review was asked to do: "the terms of ref for the 2011 SCR", "what was the ToR",
# "what was the Scarrowby SAR asked to look into", "what was the review of Jade's death set up to look into"
REMIT_QUESTION = re.compile(
    r"\b(?:terms of ref(?:erence)?s?\b|tor\b(?= (?:for|of)\b)|remit\b|key lines of (?:enquiry|inquiry)|"
    r"\b(?:review|reviewers?|inquiry|investigation|investigators?|probe|watchdog|panel|authors?|writers?|whoever|"
    # "the thurlbeck write up" (fresh40 zt09); "what was the elmswick independent person told to dig into" (fresh50
    # yd03, after its look)
    r"chair|sar|scr|cspr|lcspr|dhr|dardr|part 8|write[- ]?up|report|independent person)\b"
    r"[^?.]{0,40}?"
    # "what was the cresswold reviewer actually there to dig into" (fresh52 yf03, after its look)
    r"\b(?:(?:asked|set up|commissioned|tasked|told|meant|supposed|there|brought in|appointed) to (?:look(?: in)?to|"
    r"look at|examine|consider|"
    r"focus on|find out|answer|establish|investigate|dig into|get to the bottom of|cover|explore)"  # fresh45 zy16
    # "what was the larchford reviewer actually tasked with looking into" (fresh48 yb03, after its look)
    r"|(?:tasked|charged) with (?:looking(?: in)?to|looking at|examining|considering|focusing on|finding out|"
    r"answering|establishing|investigating|covering|exploring))\b|"
    # "what were the partners hoping the child j reviewer would look into" (fresh4 i24, after fresh45's look)
    r"\b(?:hop|want|expect)(?:ed|ing)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:reviewers?|review|panel|inquiry|authors?)\s+"
    r"(?:would|to|will)\s+(?:look(?: in)?to|look at|examine|consider|explore|cover|investigate)\b|"
    # "what did the board ask the ferrisby reviewer to cover" (fresh50 yd16, after its look)
    r"\bask(?:ed)?\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:reviewers?|review|panel|inquiry|authors?|independent person|"
    r"chair)\s+to\s+(?:look(?: in)?to|look at|examine|consider|explore|cover|investigate|dig into|focus on|find out)\b|"
    # "what did the people who commissioned the skerrabay review want looked at" (fresh20 z24)
    r"\b(?:commissioned|ordered|asked for)\s+(?:the\s+|this\s+)?(?:[\w'-]+\s+){0,3}?"
    r"(?:review|inquiry|investigation|sar|scr|cspr|dhr|write[- ]?up)\b[^?.]{0,20}?\bwant(?:ed)?\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:looked at|looked into|examined|explored|investigated)\b|"
    # "what was the lindenhurst rich kid case commissioned to dig into" (fresh43 zw15, after its look)
    r"\bcase (?:was |were )?(?:commissioned|tasked|set up) to (?:look(?: in)?to|look at|examine|consider|investigate|"
    r"dig into)\b|"
    # "what was the brief for whoever wrote up the 17 yr old killed in the park" (fresh33 zm13, fresh35 zo03)
    r"\bwhat (?:was|were|is) the brief (?:for|given to|of)\b|"
    r"scope of (?:the|this) (?:review|inquiry|investigation)|"
    # "what was the SAB asking the reviewer to look at"
    r"\b(?:ask(?:ed|ing)?|want(?:ed|ing)?)\s+(?:the\s+|this\s+)?(?:reviewers?|review|panel|inquiry|authors?|chair)\s+to\s+"
    r"(?:look(?: in)?to|look at|examine|consider|focus on|find out|answer|investigate)\b|"
    # "what were the people who ordered the brockhithe review trying to find out" (fresh41 zu09, after its look)
    r"\b(?:ordered|commissioned|asked for|called for|set up)\s+(?:the\s+|this\s+)?(?:[\w'-]+\s+){0,3}?"
    r"(?:review|inquiry|investigation|sar|scr|cspr|dhr|write[- ]?up)\b[^?.]{0,20}?"
    r"\b(?:trying|hoping|wanting|seeking|looking) to (?:find out|learn|establish|understand|answer|get at)\b)",
    re.IGNORECASE)
# ... asked of no review the store can tell: another review's remit would be a wrong answer, not a near one (fresh39
# zs13, after its look: "the review into the girl of 9 pushed down the stairs" got two other reviews' remits)
REMIT_UNNAMED = ("That asks what a review was asked to look into, but the question does not name a review held here. "
                 "Name the review (its place, its kind or its year; /sources lists those held), and ask again.")
# ... and the passage that answers it: "The terms of reference asked the review to examine:", "The Board asked
# the review to consider the following questions:"
REMIT_TEXT = re.compile(
    r"\b(?:terms of reference|asked (?:the|this) (?:independent |lead |overview )?(?:review |inquiry )?"  # "the review
    r"(?:review|inquiry|panel|reviewers?|author|investigation)s?(?: team)? to|"  # panel" (fresh44 zx17, after its look)
    # "The author was asked by the subgroup to examine:", a list's lead-in
    r"(?:review|inquiry|panel|reviewers?|author|investigation)s? (?:was|were) asked\b[^.:]{0,40}? to\b[^.:]{0,40}"
    r":\s*\n•|"
    # "The panel agreed to examine the following questions:", a list's lead-in (fresh46 zz16, after its look)
    r"(?:review|inquiry|panel|reviewers?|author|investigation)s?\b[^.:]{0,30}?\b(?:agreed|decided|resolved|set out|"
    r"undertook) to (?:examine|consider|explore|look at|look into|address|answer|investigate)\b[^.:]{0,40}:\s*\n•|"
    r"(?:review|inquiry)(?:'s|’s)? (?:remit|scope) (?:was|is|were)\b|key lines of (?:enquiry|inquiry))",
    re.IGNORECASE)
_ACRONYM_ROW = re.compile(r"^\s*[A-Z][A-Za-z0-9&/.'’-]{1,9}\s*(?:\||:|=|–|—|\s-\s)\s*\S")
_SMALL_WORDS = {"a", "an", "and", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with"}
_YEAR = re.compile(r"\b(19[89]\d|20[0-4]\d)\b")
_COUNTED = re.compile(r"^\W*(?:the\s+\w+|it|this\s+\w+)\s+(?:made|makes|set out|sets out)\s+"
                      r"(?:\d+|several|many|a number of|(?:(?:twenty|thirty|forty|fifty)-?)?(?:one|two|three|four|five|"
                      r"six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
                      r"eighteen|nineteen|twenty|thirty|forty|fifty))\s+recommendations\b", re.IGNORECASE)
_LATER_WORK = re.compile(r"\b(?:review|report|follow-up|follow up|inquiry|inspection|audit|update|evaluation)\b",
                         re.IGNORECASE)


def is_acronym_row(text: str) -> bool:
    """A glossary or definition row: an acronym or short term, a separator, its meaning. The parsers write
    every row of a glossary or definition table, and every row of a table wider than two columns, with
    " | " between cells (``parse.common.row_text``), so such a row is recognised whatever its term looks
    like, also where the cutter has put it inside a numbered paragraph's passage."""
    if "|" in text:
        return True
    m = _ACRONYM_ROW.match(text)
    if not m:
        return False
    head = re.split(r"\s*(?:\||:|=|–|—|\s-\s)", text, maxsplit=1)[0].strip()
    capitals = sum(ch.isupper() for ch in head)
    return capitals >= 2 and capitals >= len(head.replace(" ", "")) / 2


def is_title_like(text: str) -> bool:
    """A heading or title line: no closing punctuation and (nearly) every word capitalised."""
    t = re.sub(r"\s*\([^()]{1,40}\)$", "", text.strip())  # "... Partnership (fictional)", "... Review (2019)"
    if not t or t[-1] in ".!?\"”’)" or len(t.split()) > 20:
        return False
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", t) if w.lower() not in _SMALL_WORDS]
    if not words:
        return True
    return sum(w[0].isupper() for w in words) >= 0.75 * len(words)


def in_reference_section(passage: Passage) -> bool:
    leaf = passage.section.split(" > ")[-1] if passage.section else ""
    return bool(leaf and _REFERENCE_SECTIONS.search(leaf))


def in_process_section(passage: Passage) -> bool:
    """A passage on how the review was done (method, scope, terms of reference), not on the case."""
    leaf = passage.section.split(" > ")[-1] if passage.section else ""
    return bool(leaf and _PROCESS_SECTIONS.search(leaf))


def reports_later_work(text: str, report_year: int | None) -> bool:
    """A statement about a later review, follow-up or inspection (a year after the report's own)."""
    if report_year is None:
        return False
    later = [int(y) for y in _YEAR.findall(text) if int(y) > report_year]
    return bool(later) and bool(_LATER_WORK.search(text))


def counts_recommendations(text: str) -> bool:
    """How many recommendations a report made, or how they were received, with none of what they say:
    "The inquiry made 15 recommendations, which the council accepted in full." Context, not a finding."""
    return bool(_COUNTED.match(text)) and not re.search(r"\binclud", text, re.IGNORECASE)


def card_is_finding(passage: Passage, report_year: int | None) -> bool:
    """A lesson card that states this report's own finding (not context, not a later review's work)."""
    if passage.card is not None and passage.card.kind == "context":
        return False
    return not (reports_later_work(passage.text, report_year) or counts_recommendations(passage.text))


def on_title_page(text: str, passage: Passage) -> bool:
    """A line of a title page: unnumbered, on page 1 (or in a document without pages) under no heading but the
    title, short and with no closing punctuation ("Review completed August 2026; agreed by the Board for
    publication", a web page's "Commissioned jointly by the partnership and the trust")."""
    return passage.paragraph is None and passage.page in (1, None) and " > " not in (passage.section or "") \
        and len(text.split()) < 30 and not re.search(r"[.!?\"”’]$", text.strip())


def unit_is_finding(text: str, passage: Passage) -> bool:
    """A sentence or list item of a report's own text that can be a factor."""
    if in_reference_section(passage):
        return False
    return not (is_acronym_row(text) or is_title_like(text) or on_title_page(text, passage) or _EDITORS_NOTE.fullmatch(
        text.strip()))


# a note in square brackets standing for withheld text: "[This paragraph has been redacted]"
_EDITORS_NOTE = re.compile(r"\[[^\[\]]{1,120}\]")
