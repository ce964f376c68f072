"""Invented prose for the blind69 fixtures: blind17's vocabularies and paragraph maker, with seed 69; and this round's
own furniture for reviews presented as slide decks, as practitioners are sent them for briefings and training: a
learning review's findings in a deck saved by PowerPoint (Microsoft 365) as .pptx, a safeguarding adults review's
seven-minute briefing downloaded from Google Slides as .pptx, a domestic homicide review's learning event saved by
LibreOffice Impress as .odp, a thematic review's briefing saved by PowerPoint as PDF, and a practice review's
training deck printed by PowerPoint as Notes Pages to PDF (the review's paragraphs in the speaker notes).
FICTIONAL \u2013 for software testing. Every person, place, review, partnership, board, council, agency and address
named here is invented; nothing is graphic.
"""

from __future__ import annotations

import os
import sys

try:
    from ..blindkit import prose as _prose
except ImportError:  # make.py run as a script: blindkit is on sys.path
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    from blindkit import prose as _prose  # type: ignore

contains_seq, key_words, norm = _prose.contains_seq, _prose.key_words, _prose.norm
ParaMaker = _prose.para_maker(69)

FICT = "FICTIONAL \u2013 for software testing"
INVENTED = "Every person, place and service named here is invented."

# --------------------------------------------------------------------------
# findings.pptx: a learning review's findings, a deck saved by PowerPoint (Microsoft 365)
# --------------------------------------------------------------------------
PP_PARTNERSHIP = "Harrowdene Safeguarding Children Partnership"
PP_TITLE = "Baby N: learning from the review (fictional)"
PP_SUBTITLE = "Child safeguarding practice review \u2013 practitioner briefing, March 2025"
PP_FOOTER = "Harrowdene SCP \u2013 Baby N learning briefing (FICTIONAL)"
PP_DATE = "12/03/2025"
PP_AUTHOR = "Corinne Ashdale"
# the review numbers its paragraphs 1, 2, 3 ... through; the deck quotes its findings, paragraphs 31 to 43.
# slides: (layout, title, body, notes, extra); body: [(number, words, how)] where how is "auto" (PowerPoint's
# a:buAutoNum arabicPeriod with startAt on every paragraph of the run, as PowerPoint writes it), "typed" (the number
# typed, bullets off), "br" (typed, with a line break a:br inside), "runs" (auto, its words in bold and plain runs)
PP_SLIDES = [
    ("title", PP_TITLE, None, "Welcome everyone. This briefing takes about forty minutes with the discussion.", ""),
    ("content", "About this briefing",
     ["The findings are quoted word for word from the published review, with its own paragraph numbers.",
      "The full report and the partnership\u2019s response are on the Harrowdene SCP website.",
      "Please do not share this deck outside your team."],
     "2 minutes. Explain that the family agreed to the review being used in training.", ""),
    ("content", "Finding 1: seeing the baby", [("31", 52, "auto"), ("32", 56, "auto")],
     "31 and 32 are the paragraphs the family asked us to read aloud. Pause after 32 and let people think.", ""),
    ("content", "Finding 2: information sharing", [("33", 50, "typed"), ("34", 58, "br")],
     "Ask the room who they would have told. Most people say the GP.", ""),
    ("table", "Key dates", None, "", "table"),
    ("content", "Facilitator only: questions for the room",
     ["What stopped the health visitor seeing Baby N on her own?",
      "Who held the whole picture in the week before the admission?",
      "What would you do differently on Monday?"],
     "Hidden: use these if the group is quiet.", "hidden"),
    ("two", "Finding 3: the father\u2019s role", [("35", 48, "auto"), ("36", 50, "auto"), ("37", 54, "auto")],
     "This is the finding that surprised the panel most.", ""),
    ("chart", "Contacts with agencies", [("38", 46, "typed")], "Talk through the chart from left to right.",
     "chart"),
    ("picture", "Finding 4: escalation", [("39", 44, "auto"), ("40", 46, "runs"), ("41", 48, "auto")],
     "3 minutes. Ask who has used the escalation policy in the last year.", "picture"),
    ("content", "What the partnership will do", [("42", 52, "typed"), ("43", 50, "typed")], "", ""),
    ("content", "Questions and contacts",
     ["Harrowdene SCP business unit: learning@harrowdenescp.example",
      "Next briefing: 9 April 2025, 10.00 \u2013 11.30, online"], "Thank everyone for coming.", ""),
]
PP_QUESTIONS_NOTE = "Hidden: use these if the group is quiet."
PP_DATES = [("Date", "Event"), ("03.02.23", "Baby N born at Harrowdene General"),
            ("17.04.23", "Health visitor\u2019s new birth visit: the father not seen"),
            ("09.06.23", "Baby N admitted to hospital with a fractured wrist")]
PP_CHART = [("2021", 4), ("2022", 9), ("2023", 13)]
PP_CHART_TITLE = "Contacts with agencies each year (Baby N\u2019s family)"

# --------------------------------------------------------------------------
# gslides.pptx: a SAR's seven-minute briefing made in Google Slides and downloaded as PowerPoint
# --------------------------------------------------------------------------
GS_BOARD = "Tollerby Safeguarding Adults Board"
GS_TITLE = "7-minute briefing: SAR Mrs D (fictional)"
GS_SUBTITLE = "Tollerby Safeguarding Adults Board (FICTIONAL) \u2013 learning from a safeguarding adults review"
# slides: (layout, title, body, notes); body: [(number, words, how)]: numbers typed "3.1" in a run of their own;
# how: "" plain, "blank" an empty Google paragraph before it, "list" it ends with a lead-in and a Google numbered
# list (a:buAutoNum arabicPeriod, printed "1." to "3.") that belongs to it, "split" the number written in two runs
# "4." and "2"
GS_SLIDES = [
    ("TITLE", GS_TITLE, None, ""),
    ("SECTION_HEADER", "3. What happened to Mrs D", None, ""),
    ("TITLE_AND_BODY", "What happened", [("3.1", 46, ""), ("3.2", 50, "blank")],
     "Give people a minute to read this slide."),
    ("BIG_NUMBER", "18 months", None,
     "18 months passed between the first safeguarding concern and Mrs D\u2019s death."),
    ("TITLE_AND_BODY", "What happened (2)", [("3.3", 52, "list")], ""),
    ("SECTION_HEADER", "4. What the review found", None, ""),
    ("TITLE_AND_BODY", "Findings", [("4.1", 48, ""), ("4.2", 50, "split")],
     "4.1 is the one to spend time on: ask who has used the self-neglect protocol."),
    ("QUOTE", "Findings (2)", [("4.3", 54, "")], ""),
    ("TITLE_AND_TWO_COLUMNS", "Findings (3)", [("4.4", 44, ""), ("4.5", 46, "")], ""),
    ("TITLE_AND_BODY", "What Tollerby SAB asks of you", [("5.1", 48, ""), ("5.2", 46, "")],
     "Close by asking each person to name one change they will make."),
]
GS_TERMS_LEAD = "The review asked three questions:"
GS_TERMS = ["why the concerns raised by Mrs D\u2019s neighbours were closed without a visit;",
            "how her wish to be left alone was weighed against the risk to her;",
            "whether agencies knew how to escalate a concern about self-neglect."]
GS_QUOTE = "\u201cShe was always polite, so nobody asked twice.\u201d \u2013 Mrs D\u2019s daughter"
GS_DATES = [("When", "What"), ("2.3.22", "First concern from a neighbour"), ("14.9.23", "Mrs D found at home")]

# --------------------------------------------------------------------------
# impress.odp: a DHR's learning event deck saved by LibreOffice Impress
# --------------------------------------------------------------------------
OP_CSP = "Fellbrook Community Safety Partnership"
OP_TITLE = "Domestic Homicide Review: Ms E (fictional)"
OP_SUBTITLE = "Learning event for practitioners \u2013 Fellbrook CSP (FICTIONAL), May 2025"
OP_FOOTER = "Fellbrook CSP \u2013 DHR Ms E learning event (FICTIONAL)"
OP_DATE = "21/05/2025"
# the DHR numbers its paragraphs 1, 2, 3 ... through; the deck quotes its conclusions, 17 to 26.
# slides: (layout, title, body, notes); body: [(number, words, how)]: how "list" numbered by an automatic list style
# whose level 1 starts at the first number (text:start-value on the list-level style), "item" numbered by a list
# whose first item carries text:start-value, "typed" typed "19." in a text box of its own (no list), "br" a
# text:line-break inside, "span" the first words in a bold text:span
OP_SLIDES = [
    ("title", OP_TITLE, None, "Welcome. Introduce the panel chair and the family\u2019s advocate."),
    ("bullets", "Why we are here",
     ["Ms E was killed by her husband in 2023 (FICTIONAL).",
      "Her family asked that agencies learn from what they knew.",
      "The conclusions are quoted from the overview report."], "Keep this short: 3 minutes."),
    ("list", "Conclusions (1)", [("17", 50, "list"), ("18", 54, "span")],
     "17 and 18 are about the GP practice. Ask the GPs in the room to respond first."),
    ("typed", "Conclusions (2)", [("19", 52, "typed"), ("20", 48, "typed")], ""),
    ("table", "Contacts by agency", None, "The table is from appendix 2 of the report."),
    ("item", "Conclusions (3)", [("21", 46, "item"), ("22", 50, "br"), ("23", 44, "item")],
     "2 minutes of quiet reading, then discuss in pairs."),
    ("chart", "Calls to the police", [("24", 48, "typed")], ""),
    ("list", "Conclusions (4)", [("25", 52, "list"), ("26", 50, "list")], ""),
    ("bullets", "Thank you", ["Support: Fellbrook Domestic Abuse Service 0300 555 0169 (fictional)."], ""),
]
OP_TABLE = [("Agency", "Contacts", "Risk assessed"), ("Police", "11", "2"), ("GP practice", "7", "0"),
            ("Housing", "4", "0")]
OP_CHART = [("2021", 2.0), ("2022", 5.0), ("2023", 9.0)]

# --------------------------------------------------------------------------
# deck.pdf: a thematic review's briefing saved by PowerPoint as PDF
# --------------------------------------------------------------------------
DK_BOARD = "Corrowmere Safeguarding Adults Board"
DK_TITLE = "Thematic review: self-neglect (fictional)"
DK_SUBTITLE = "Briefing for practitioners \u2013 Corrowmere SAB (FICTIONAL)"
DK_FOOTER = "Corrowmere SAB \u2013 self-neglect thematic review briefing (FICTIONAL)"
DK_DATE = "04/02/2025"
DK_CREATOR = "Microsoft\u00ae PowerPoint\u00ae for Microsoft 365"
# slides: (kind, title, body); body: [(number, words)]; kinds: "title", "text" (unnumbered text box),
# "body" (a body text box), "two" (two columns: the first list in the left column, the rest in the right; the
# right column's box drawn first), "picture" (a picture at the left, the text box at the right), "carry" (the last
# paragraph runs on to the next slide, whose title ends "(continued)"), "continued", "chart" (a chart at the top,
# the text box under it, a call-out box at the top right), "end"
DK_SLIDES = [
    ("title", DK_TITLE, None),
    ("text", "Background", ["The Board commissioned this review after the deaths of four adults who had "
                            "neglected themselves over many years (FICTIONAL).",
                            "It looked at what agencies knew, and what got in the way of acting on it."]),
    ("body", "What the review found", [("6.1", 48), ("6.2", 52)]),
    ("two", "What the review found: four people, one pattern", [("6.3", 40), ("6.4", 38), ("6.5", 46)]),
    ("picture", "Seeing the home", [("6.6", 50)]),
    ("carry", "Capacity and choice", [("6.7", 40), ("6.8", 96)]),
    ("continued", "Capacity and choice (continued)", [("6.9", 40)]),
    ("chart", "Referrals and repeat referrals", [("7.1", 46)]),
    ("body", "What the Board asks of you", [("7.2", 50), ("7.3", 46)]),
    ("end", "Questions", ["Corrowmere SAB business unit: sab@corrowmere.example"]),
]
DK_CALLOUT = "3 in 4 of the adults had been referred more than once."
DK_CAPTION = "Photo posed by a model."
DK_CHART = [("2020", 12), ("2021", 19), ("2022", 27), ("2023", 31)]

# --------------------------------------------------------------------------
# notes.pdf: a practice review's training deck printed by PowerPoint as Notes Pages to PDF
# --------------------------------------------------------------------------
NP_PARTNERSHIP = "Mossgill Safeguarding Children Partnership"
NP_TITLE = "Child F: what the review found (fictional)"
NP_SUBTITLE = "Training for practitioners \u2013 Mossgill SCP (FICTIONAL)"
NP_HEADER = "Mossgill SCP \u2013 Child F training pack (FICTIONAL)"
NP_FOOTER = "Trainer\u2019s notes \u2013 not for circulation"
NP_DATE = "18/03/2025"
# slides: (title, slide bullets, notes); notes: a list of items, each a paragraph of the review (number, words) or
# the trainer's own words (a string)
NP_SLIDES = [
    (NP_TITLE, [NP_SUBTITLE], ["Welcome the group and explain that the notes quote the review word for word.",
                               "Timing: the whole session is ninety minutes."]),
    ("Ground rules", ["Confidential", "Respectful", "Curious"],
     ["Go through the ground rules before anything else:", "1. Phones on silent.",
      "2. What is said in the room stays in the room.", "3. Nobody here is being blamed."]),
    ("Seeing Child F", ["Paragraphs 5.1\u20135.2", "Who saw Child F, and where?"],
     ["Read aloud:", ("5.1", 56), ("5.2", 54)]),
    ("Hearing Child F", ["Paragraphs 5.3\u20135.4", "Whose voice was missing?"], [("5.3", 58), ("5.4", 52)]),
    ("The school\u2019s view", ["Paragraph 5.5"],
     [("5.5", 60), "Ask: what would have helped the school raise this sooner?"]),
    ("Information sharing", ["Paragraphs 5.6\u20135.7"], [("5.6", 54), ("5.7", 56)]),
    ("Escalation", ["Paragraph 5.8", "The escalation policy: when did you last use it?"],
     ["5 minutes in pairs first.", ("5.8", 58)]),
    ("What must change", ["Paragraphs 6.1\u20136.2"], [("6.1", 52), ("6.2", 50)]),
    ("Thank you", ["Mossgill SCP: training@mossgillscp.example"],
     ["Hand out the evaluation forms and thank everyone for coming."]),
]
