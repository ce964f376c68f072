"""Invented prose for the blind54 fixtures: blind17's vocabularies and paragraph maker, with seed 54, and this round's
own titles, stamps, notes, template guidance, intranet furniture and form questions. FICTIONAL – for software
testing. Every person, place, agency, service and publication named here is invented; nothing is graphic.
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
ParaMaker = _prose.para_maker(54)

# --------------------------------------------------------------------------
# stamped.pdf: a review stamped "Received" by a MASH and ticked and annotated by the reader (Carnbury SAB, FICTIONAL)
# --------------------------------------------------------------------------
ST_TITLE = "Safeguarding Adults Review: Mrs Quennell \u2013 Overview Report"
ST_HEAD = ("Carnbury Safeguarding Adults Board (FICTIONAL)", "SAR Mrs Quennell \u2013 final")
ST_TITLES = ["Introduction", "Mrs Quennell", "What happened", "Analysis", "Conclusions"]
# Acrobat's dynamic "Received" stamp, flattened: its two lines
ST_STAMP = ("RECEIVED", "By Jo Okafor at 10:42 am, Mar 14, 2025")
# the reader's typed comments, flattened in the margins: (paragraph, line of it, text)
ST_NOTES = [("2.2", 0, "see 4.2 \u2013 same?"), ("3.1", 2, "12 days?"), ("3.3", 1, "agree"),
            ("4.1", 0, "2.3 says Oct"), ("4.3", 3, "chase GP"), ("5.1", 1, "for panel")]

# --------------------------------------------------------------------------
# swapped.pdf: a review whose pages 3 and 4 were swapped in a PDF editor (Wendlebury SCP, FICTIONAL)
# --------------------------------------------------------------------------
SW_TITLE = "Child Safeguarding Practice Review: Child J \u2013 Overview Report"
SW_HEAD = ("Wendlebury Safeguarding Children Partnership (FICTIONAL)", "Child J \u2013 overview report")
SW_TITLES = ["Introduction", "Child J and the family", "What happened", "Findings", "Recommendations"]

# --------------------------------------------------------------------------
# imr.docx: an agency's individual management review on the board's template (Carnbury SAB, FICTIONAL)
# --------------------------------------------------------------------------
IM_TITLE = "Individual Management Review"
IM_SUB = "Safeguarding Adults Review: Mr Harrowby (FICTIONAL)"
IM_HEAD = "OFFICIAL-SENSITIVE \u2013 for the review panel only"
IM_DETAILS = [("Agency", "Ellerby Community Health NHS Trust (FICTIONAL)"), ("IMR author", "Dr Nia Penhallow, "
              "named nurse for adult safeguarding"), ("Version", "2.1"), ("Date submitted", "14.03.2025"),
              ("Signed off by", "Director of Nursing"), ("Quality assured?", "\u2612 Yes   \u2610 No")]
IM_TITLES = ["Introduction", "Involvement with Mr Harrowby", "Key practice episodes", "Analysis",
             "Learning and recommendations"]
IM_GUIDANCE = [
    "Guidance: set out the scope of this IMR, the records you reviewed and who you spoke to. Number each paragraph.",
    "Guidance: 2\u20133 paragraphs. Summarise your agency's contact with the adult over the review period.",
    "Guidance: describe each key episode in turn. Refer to the chronology by date.",
    "Guidance: analyse practice against policy at the time. Do not name staff.",
    "Guidance: what has your agency learned, and what has it already changed?",
]
IM_CHRONO = [("02.05.2023", "Referral from GP to community nursing", "3.1"),
             ("19.06.2023", "Missed visit, no follow-up recorded", "3.2"),
             ("11.09.2023", "Safeguarding concern raised by district nurse", "3.4")]

# --------------------------------------------------------------------------
# intranet.html: a learning page saved from a council's staff intranet (Ellerby Council Staffnet, FICTIONAL)
# --------------------------------------------------------------------------
IN_TITLE = "Learning from reviews: SAR Mrs Aldous"
IN_TITLES = ["Why this review happened", "Mrs Aldous", "What happened", "What we learned", "What you should do"]
IN_COOKIES = [("1. Strictly necessary cookies", "These cookies keep you signed in to Staffnet and remember your "
               "settings. They are always on."),
              ("2. Analytics cookies", "These cookies tell us which pages colleagues visit, so that we can improve "
               "Staffnet. We keep this information for 26 months."),
              ("3. Functional cookies", "These cookies remember the choices you make, such as your team's news "
               "feed.")]
IN_FEEDBACK = ["What were you trying to do?", "What went wrong?", "How could we make this page better?"]

# --------------------------------------------------------------------------
# contribution.txt: a police contribution to a review sent through the board's online form (Ellerby SAB, FICTIONAL)
# --------------------------------------------------------------------------
CO_FORM = "Ellerby Safeguarding Adults Board \u2013 Agency contribution to a safeguarding adults review"
CO_LIMIT = 2000
# (question, kind, answer): "answer" a short answer; "section" the agency's numbered paragraphs of a section; "more"
# the box for an answer that did not fit
CO_QUESTIONS = [
    ("Your agency", "answer", "Ellerby Police (FICTIONAL)"),
    ("Your name and role", "answer", "DS Marcus Thorne, public protection unit"),
    ("Has a senior manager signed off this contribution?", "answer", "Yes"),
    ("Which review is this contribution for?", "answer", "SAR Mr Fairlie (FICTIONAL)"),
    ("Introduction and scope (max 2,000 characters)", "section", 1),
    ("Your agency's involvement with the adult (max 2,000 characters)", "section", 2),
    ("Key events and your agency's response (max 2,000 characters)", "section", 3),
    ("If you need more space, continue your answer here (max 2,000 characters)", "more", 3),
    ("What does your agency's analysis show? (max 2,000 characters)", "section", 4),
    ("Learning for your agency (max 2,000 characters)", "section", 5),
    ("Which paragraphs of the draft overview report does this contribution respond to?", "answer",
     "2.3, 3.1 and 4.2"),
    ("Date", "answer", "14/03/2025"),
]
