"""Invented prose for the blind55 fixtures: blind17's vocabularies and paragraph maker, with seed 55, and this round's
own titles, browser and app furniture, reader's highlights, chat messages, comments and mobile-site furniture.
FICTIONAL – for software testing. Every person, place, agency, service, web address and publication named here is
invented; nothing is graphic.
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
ParaMaker = _prose.para_maker(55)

# --------------------------------------------------------------------------
# safari.pdf: a review page printed from Safari on an iPhone (Brackley Vale SAB, FICTIONAL)
# --------------------------------------------------------------------------
SA_TITLE = "SAR Mrs Ellison: overview report"
SA_PAGE_TITLE = "SAR Mrs Ellison: overview report | Brackley Vale SAB"
SA_URL = ("https://www.brackleyvale-sab.example/reviews/sar-mrs-ellison/overview-report?utm_source=whatsapp&"
          "utm_medium=social&utm_campaign=sar-ellison")
SA_DATE = "14/03/2025, 21:07"
SA_TITLES = ["Why this review was done", "About Mrs Ellison", "What happened", "What the review found",
             "What the board will do"]
SA_BAR = ("Worried about an adult? Call 0300 555 0174", "Back to top")
SA_TOP = ["Brackley Vale Safeguarding Adults Board (FICTIONAL)", "Menu", "Quick exit"]
SA_CRUMB = "Home \u203a Reviews \u203a SAR Mrs Ellison"
SA_META = "Published 3 March 2025 \u00b7 14 min read"
SA_END = ["Share this page: WhatsApp \u00b7 Email \u00b7 Copy link",
          "Accessibility \u00b7 Privacy \u00b7 Contact us \u00b7 Site map",
          "\u00a9 Brackley Vale Safeguarding Adults Board 2025 (FICTIONAL)"]

# --------------------------------------------------------------------------
# ereader.pdf: a review read in an e-reader app and exported with the reader's highlights (Carnbury SAB, FICTIONAL)
# --------------------------------------------------------------------------
ER_TITLE = "Safeguarding Adults Review: Mr Penrose \u2013 Overview Report"
ER_RUN = "SAR Mr Penrose \u2013 Overview Report"
ER_TITLES = ["Introduction", "Mr Penrose and his family", "What happened", "Analysis", "Conclusions"]
ER_APP = "Exported from Leafline Reader 6.2 (FICTIONAL) on iPad \u00b7 14 Mar 2025"
# highlights: (paragraph, first line, lines, popular: how many readers, or 0 for the reader's own)
ER_HIGHLIGHTS = [("1.2", 1, 2, 0), ("2.2", 0, 3, 14), ("3.1", 2, 2, 0), ("3.3", 1, 3, 23), ("4.1", 0, 2, 0),
                 ("4.3", 2, 2, 9), ("5.1", 1, 2, 0)]
ER_NOTES = {"1.2": "Ask the GP about this", "4.1": "same as 2.2?", "5.1": "take to team meeting"}

# --------------------------------------------------------------------------
# forwarded.txt: a review's summary pasted into a messaging group, exported and forwarded (Carnbury, FICTIONAL)
# --------------------------------------------------------------------------
FW_GROUP = "Carnbury MASH leads (FICTIONAL)"
FW_TITLE = "SAR Mrs Quarrie \u2013 summary of the overview report"
FW_TITLES = ["Introduction", "Mrs Quarrie", "What happened", "Findings", "What happens next"]
FW_PEOPLE = ("Jo Okafor", "Priya Nandra", "Sam Varley", "Dev Lachlan")
# other people's messages, by the section they come after: (who, text); some begin with a paragraph number
FW_CHAT = {
    0: [("Priya Nandra", "Has anyone got the Mrs Quarrie SAR? The link on the board's site is broken"),
        ("Sam Varley", "Not me sorry"),
        ("Jo Okafor", "I've got it on my phone, will paste the summary here in bits \U0001F44D")],
    1: [("Sam Varley", "Thanks Jo")],
    2: [("Priya Nandra", "2.3 is the bit about the GP letters isn't it"),
        ("Jo Okafor", "Yes")],
    3: [("Dev Lachlan", "\u200eimage omitted"),
        ("Dev Lachlan", "3.2 and 3.4 are the ones for our team meeting on Tuesday"),
        ("Priya Nandra", "This message was deleted")],
    4: [("Sam Varley", "12 weeks is a long time to wait for that assessment")],
    5: [("Priya Nandra", "Thank you \U0001F64F will share with the duty team"),
        ("Jo Okafor", "Full report is 38 pages, I'll email it tomorrow")],
}
# italic and bold marks the sender kept from the report (a phrase of a paragraph between _ _ or * *)
FW_MARKS = {"1.2": "_", "2.2": "*", "4.3": "_", "5.1": "*"}

# --------------------------------------------------------------------------
# webword.docx: a learning briefing edited in Word for the web on a tablet (Ashcombe SCP, FICTIONAL)
# --------------------------------------------------------------------------
WW_TITLE = "Learning briefing: Child R"
WW_SUB = "Ashcombe Safeguarding Children Partnership (FICTIONAL) \u2013 draft 3 for the practice group"
WW_TITLES = ["Why we reviewed Child R's care", "Child R and the family", "What happened",
             "What we learned", "What we will do"]
WW_HEAD = "Ashcombe SCP \u2013 Child R learning briefing \u2013 DRAFT"
WW_COMMENTS = [("Hannah Brook", "HB", "4) and 9) say the same thing?"),
               ("Tom Salter", "TS", "12 days or 12 weeks? The chronology says 19.06.2024"),
               ("Hannah Brook", "HB", "Agree with Tom. Check before it goes to the group.")]

# --------------------------------------------------------------------------
# mobile.html: a review page saved from a council's mobile site, Google's AMP version (Wendlebury, FICTIONAL)
# --------------------------------------------------------------------------
MO_TITLE = "Safeguarding adults review: Mr Darrow"
MO_TITLES = ["Why the board did this review", "About Mr Darrow", "What happened", "What the review found",
             "What happens now"]
MO_MENU = ["Home", "Report a concern", "Reviews and learning", "Training", "For professionals", "About the board"]
MO_STEPS = ["If someone is in immediate danger, call 999.", "If you are worried about an adult, call the adult "
            "social care front door on 0300 555 0391.", "Out of hours, call 0300 555 0392."]
MO_CARDS = ["Ask about money as well as health: Mr Darrow's debts were known to three agencies.",
            "Professional curiosity: a tidy flat on the day of a visit is not the whole picture.",
            "Mental capacity is decision specific: one assessment did not cover every decision.",
            "Escalate when a referral is closed: use the board's resolving professional differences protocol."]
