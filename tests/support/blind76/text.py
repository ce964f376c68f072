"""Invented prose for the blind76 fixtures: blind17's vocabularies and paragraph maker, with seed 76; and this round's
own furniture for reviews retold in newsletters and magazines: mastheads, "In this issue" contents, bylines, drop
caps, pull quotes, photo captions, boxed case studies, jump lines ("Continued on page 3"), other articles with their
own numbered lists, an e-mail newsletter's preheader and footer, a Word newsletter's text boxes. FICTIONAL \u2013 for
software testing. Every person, place, review, partnership, board, newsletter and date named here is invented;
nothing is graphic.

Each article body: (number, words) a paragraph of the review, its words made by the paragraph maker; ("h", words) a
crosshead inside the article (no number).
"""

from __future__ import annotations

import os
import sys

try:
    from ..blindkit import prose as _prose
except ImportError:  # make.py run as a script: blindkit is on sys.path
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    from blindkit import prose as _prose  # type: ignore

contains_seq, first_sentence, key_words, norm = _prose.contains_seq, _prose.first_sentence, _prose.key_words, \
    _prose.norm
ParaMaker = _prose.para_maker(76)

FICT = "FICTIONAL \u2013 for software testing."
INVENTED = "Every person, place, service and review named here is invented."
INDESIGN = ("Adobe InDesign 19.4 (Macintosh)", "Adobe PDF Library 17.0")
PUBLISHER = ("Microsoft\u00ae Publisher for Microsoft 365", "Microsoft\u00ae Publisher for Microsoft 365")

# --------------------------------------------------------------------------
# columns.pdf: a partnership's bulletin from InDesign, three columns of narrow justified text
# --------------------------------------------------------------------------
CO_MAST = "Partnership Bulletin (fictional)"
CO_ORG = "Ashcombe Safeguarding Children Partnership"
CO_ISSUE = "Issue 14 \u00b7 Spring 2025"
CO_HEAD = "Ashcombe SCP Bulletin (fictional) \u00b7 Issue 14"
CO_TITLE = "What the review of \u2018Child M\u2019 found (fictional)"
CO_STANDFIRST = ("When the partnership published its review of the care given to Child M in February, the panel "
                 "asked that its findings reach every practitioner in the county. We reprint them here as the "
                 "review numbers them, with the panel\u2019s permission.")
CO_BYLINE = "By Rowena Palk, Partnership Business Manager (fictional)"
CO_CONTENTS = [("Child M: what the review found", "1"), ("The new escalation policy", "3"),
               ("Training dates for the summer", "3"), ("Meet the designated nurse", "4")]
CO_BODY = [
    ("h", "What happened"),
    ("2.1", 126), ("2.2", 138), ("2.3", 120), ("2.4", 132),
    ("h", "What the review found"),
    ("3.1", 144), ("3.2", 130), ("3.3", 152), ("3.4", 124), ("3.5", 139),
    ("h", "What will change"),
    ("4.1", 134), ("4.2", 147), ("4.3", 128), ("4.4", 122),
]
CO_PULL = "3.3"  # the paragraph whose words the pull quote repeats
CO_CAPTION = "Practitioners at the partnership\u2019s learning event in March (photo: fictional)."
CO_CASE_TITLE = "Case study: a call to the front door (fictional)"
CO_CASE = [("1", "A teacher rings the front door about a bruise she saw at lunchtime."),
           ("2", "The duty social worker checks the records and calls the health visitor back."),
           ("3", "Both agree a visit that afternoon and write down who will tell the family.")]

# --------------------------------------------------------------------------
# jump.pdf: a professional body's magazine, an article jumped from page 1 to page 3
# --------------------------------------------------------------------------
JU_MAST = "Safeguarding Practice (fictional)"
JU_ORG = "The Institute of Safeguarding Practitioners (fictional)"
JU_ISSUE = "Volume 9, Number 2 \u00b7 Summer 2025"
JU_TITLE = "Learning from the review of \u2018Mr D\u2019 (fictional)"
JU_BYLINE = "Summary prepared by the Institute\u2019s editorial panel (fictional)"
JU_INTRO = ("The Kelmarsh Safeguarding Adults Board published its review of the care given to Mr D in April. Its "
            "findings, in the review\u2019s own numbering, are set out below.")
JU_BODY = [("5.1", 92), ("5.2", 104), ("5.3", 88), ("5.4", 118), ("5.5", 96), ("5.6", 86), ("5.7", 110),
           ("5.8", 90), ("5.9", 99), ("5.10", 84), ("5.11", 94)]
JU_CONTENTS = [("Learning from the review of \u2018Mr D\u2019", "1"), ("News: the new supervision standard", "2"),
               ("Ask the lawyer", "2"), ("Letters", "3")]
JU_NEWS_TITLE = "News: the new supervision standard (fictional)"
JU_NEWS_INTRO = ("The Institute\u2019s council has agreed a supervision standard for members. From September every "
                 "member who supervises others is asked to do five things.")
JU_NEWS = [("1.", "Book supervision at least every six weeks and keep to the booking."),
           ("2.", "Write a short record of each session and share it with the supervisee."),
           ("3.", "Ask about the cases that worry the supervisee most, not only the newest."),
           ("4.", "Note any case that needs escalating and the date it was escalated."),
           ("5.", "Take supervision of their own at least every quarter.")]
JU_LAW_TITLE = "Ask the lawyer (fictional)"
JU_LAW = ("A member asks whether a safeguarding enquiry can go ahead when the adult has said no. Our adviser "
          "explains that the duty to make enquiries does not depend on consent, but that the adult\u2019s wishes "
          "shape how the enquiry is made and what follows it. Section 42 asks what the adult wants to happen, and "
          "the answer should be recorded in the adult\u2019s own words wherever that is possible.")
JU_LETTERS_TITLE = "Letters (fictional)"
JU_LETTERS = ("Thank you for the spring issue. The article on hospital discharge was passed round our whole team "
              "and we have changed the way we hand over at weekends. \u2013 A reader in Wexcombe (fictional)")

# --------------------------------------------------------------------------
# bulletin.pdf: a community safety partnership's bulletin from Publisher, two reviews and a news item
# --------------------------------------------------------------------------
BU_MAST = "Community Safety Bulletin (fictional)"
BU_ORG = "Harrowden Community Safety Partnership"
BU_ISSUE = "June 2025"
BU_A_TITLE = "The review into the death of \u2018Ms S\u2019 (fictional)"
BU_A_INTRO = ("The domestic homicide review into the death of Ms S was published in May. Paragraphs 12 to 19 of the "
              "review, which set out its findings, are reprinted below with their numbers.")
BU_A_BODY = [("12", 121), ("13", 133), ("14", 113), ("15", 139), ("16", 117), ("17", 125), ("18", 111), ("19", 119)]
BU_B_TITLE = "Safeguarding adults review: \u2018Adult R\u2019 (fictional)"
BU_B_INTRO = ("The Safeguarding Adults Board\u2019s review of the care given to Adult R was published in the same "
              "week. Its section 4, What we found, is reprinted in full.")
BU_B_BODY = [("4.1", 90), ("4.2", 102), ("4.3", 84), ("4.4", 98), ("4.5", 88)]
BU_NEWS_TITLE = "Partnership news (fictional)"
BU_NEWS = [("1", "The partnership has a new independent chair from July."),
           ("2", "The domestic abuse strategy for 2025 to 2028 is out for comment until 31 July."),
           ("3", "Two new IDVA posts start in the autumn, one based at the hospital.")]
BU_CAPTION = "Members of the review panel at the launch event (photo: fictional)."
BU_PULL = "15"

# --------------------------------------------------------------------------
# email.html: an e-mail newsletter as its sender writes it
# --------------------------------------------------------------------------
EM_FROM = "Brackenmoor Safeguarding Adults Board (fictional)"
EM_SUBJECT = "Briefing: seven-minute read on the review of \u2018Mrs F\u2019 (fictional)"
EM_PREHEADER = "The review's findings in its own numbering, plus training dates and a new podcast."
EM_TITLE = "Learning from the review of \u2018Mrs F\u2019 (fictional)"
EM_BODY = [("h", "Background"), ("1.1", 82), ("1.2", 94),
           ("h", "What the review found"), ("2.1", 104), ("2.2", 88), ("2.3", 98), ("2.4", 86),
           ("h", "What the board will do"), ("3.1", 92), ("3.2", 84), ("3.3", 96)]
EM_EVENTS_TITLE = "Training dates (fictional)"
EM_EVENTS = ["Self-neglect and hoarding: 3 July, online, 10.00 to 12.00",
             "Mental capacity in practice: 17 July, Brackenmoor Hall, 9.30 to 13.00",
             "Learning from reviews: 4 September, online, 14.00 to 15.30"]
EM_PODCAST = ("New on the board\u2019s podcast: two practitioners talk about what they took from the review of "
              "Mrs F, in 22 minutes.")
EM_ADDRESS = "Brackenmoor SAB (fictional), 4 Mill Yard, Brackenmoor, BM1 2ZZ"

# --------------------------------------------------------------------------
# newsletter.docx: a Word newsletter, its article in linked text boxes
# --------------------------------------------------------------------------
NL_MAST = "Learning Matters (fictional)"
NL_ORG = "Wendlebury Safeguarding Partnership"
NL_ISSUE = "Issue 6 \u00b7 July 2025"
NL_TITLE = "Rapid review: \u2018Baby K\u2019 (fictional)"
NL_BYLINE = "By the partnership\u2019s learning and improvement lead (fictional)"
NL_BODY = [("6.1", 56), ("6.2", 62), ("6.3", 50), ("6.4", 66), ("6.5", 54), ("6.6", 60), ("6.7", 52),
           ("6.8", 58), ("6.9", 48)]
NL_PULL = "6.4"
NL_BOX_TITLE = "Seven-minute briefing (fictional)"
NL_BOX = ["Read the review\u2019s summary with your team.", "Check who your named nurse is.",
          "Use the escalation policy when you disagree."]
NL_P2_TITLE = "Dates for your diary (fictional)"
NL_P2 = ["1. Safer sleep training, 9 September, Wendlebury Library.",
         "2. Neglect toolkit launch, 23 September, online.",
         "3. Partnership conference, 14 October, the Corn Exchange."]
NL_P2_NOTE = ("The partnership\u2019s next newsletter will be sent in October. Send your news to the learning and "
              "improvement lead by 19 September.")
