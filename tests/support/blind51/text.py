"""Invented prose for the blind51 fixtures: blind17's vocabularies and paragraph maker, with seed 51, and this round's
own title lines, tab labels, case titles and the unnumbered prose of an annual report. FICTIONAL – for software
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
ParaMaker = _prose.para_maker(51)

# --------------------------------------------------------------------------
# casebook.pdf: a thematic review reprinting its case summaries (Wexcombe, FICTIONAL)
# --------------------------------------------------------------------------
CASES = [
    ("A", "Kayleigh, aged 15", "Reprinted from the learning summary published by the partnership in March 2024."),
    ("B", "Amelie, aged 14", "Reprinted from the learning summary published by the partnership in June 2024."),
    ("C", "Shannon, aged 16", "Reprinted from the learning summary published by the partnership in October 2024."),
]
CASE_TABLE = [("Case", "Age", "Lived with", "Agencies involved"),
              ("A", "15", "Mother and two brothers", "Police, school, youth justice, housing"),
              ("B", "14", "Foster carers", "Children's social care, CAMHS, school nursing"),
              ("C", "16", "Grandmother", "Police, emergency department, college, substance misuse")]

# --------------------------------------------------------------------------
# annual.docx: a safeguarding children partnership's annual report (Lowmarsh, FICTIONAL)
# --------------------------------------------------------------------------
AR_CHAPTERS = [
    "Foreword from the independent scrutineer",
    "About the partnership",
    "Children in Lowmarsh: the picture this year",
    "Our priorities for 2024 to 2025",
    "Multi-agency audit and quality assurance",
    "Training and workforce development",
    "Learning from reviews",
    "How the learning has changed practice",
    "Looking ahead",
]
AR_FIGURES = [("Measure", "2023 to 2024", "2024 to 2025"),
              ("Contacts to the front door", "11,482", "12,016"),
              ("Children subject to a child protection plan, rate per 10,000", "7.4", "6.9"),
              ("Child protection plans lasting two years or more (%)", "3.1", "2.6"),
              ("Children looked after, rate per 10,000", "58.2", "61.0")]
AR_AUDIT = ("12 multi-agency audits were completed during the year, on neglect, on children missing from education "
            "and on the voice of the child in core groups. Each audit was carried out by practitioners from at "
            "least three agencies and the findings were reported to the partnership's executive group.")
AR_BULLETS = [
    "Neglect: early help that reaches families before problems become entrenched.",
    "Exploitation: a single response to children at risk outside the home.",
    "Voice of the child: plans that say what the child told us and what we did about it.",
]
AR_REVIEWS = [("Review", "Published", "Themes"),
              ("CSPR Child M", "May 2024", "Neglect, school attendance, drift"),
              ("CSPR Sibling Group N", "September 2024", "Domestic abuse, information sharing"),
              ("Rapid review Child P", "January 2025", "Safe sleep, housing")]
AR_CROSSREF = ("The changes described in this section answer the learning set out at 7.3 and 7.9 above, and the "
               "partnership will report on their effect in next year's annual report.")

# --------------------------------------------------------------------------
# tabs.html: a review published as one page of tabs (Carrowby, FICTIONAL)
# --------------------------------------------------------------------------
TABS = ["Introduction", "Background", "What happened", "Analysis", "Findings and recommendations"]

# --------------------------------------------------------------------------
# collected.md: a review published as a Hugo section and concatenated (Fellmouth, FICTIONAL)
# --------------------------------------------------------------------------
PARTS = ["Introduction and scope", "Ms Quayle and her family", "Contact with agencies", "Analysis",
         "Conclusions"]
