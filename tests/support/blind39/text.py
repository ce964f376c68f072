"""Invented prose for the blind39 fixtures: blind17's vocabularies and paragraph maker, with seed 39, and this round's
own material: a board chair's covering letter and an action plan (merged.pdf), the running titles and notes of the
copies that travelled between agencies (pasted.docx, cmspaste.html, extracted.txt, webpaste.docx).
FICTIONAL – for software testing. Every person, place, board, partnership, council, service and web site named here is
invented; nothing is graphic. The long chronology of blind17 is not used in this round.
"""

from __future__ import annotations

import importlib.util
import os

try:
    from ..blind17 import text as _blind17
except ImportError:  # make.py run as a script: blind17's module by its path
    _spec = importlib.util.spec_from_file_location(
        "blind17_text", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "blind17", "text.py"))
    assert _spec is not None and _spec.loader is not None
    _blind17 = importlib.util.module_from_spec(_spec)
    _spec.loader.exec_module(_blind17)

contains_seq, first_sentence, key_words, norm = (_blind17.contains_seq, _blind17.first_sentence,
                                                 _blind17.key_words, _blind17.norm)


class ParaMaker(_blind17.ParaMaker):
    def __init__(self, seed: int = 39) -> None:
        super().__init__(seed)


# --------------------------------------------------------------------------
# merged.pdf: Cawdale Safeguarding Adults Board (FICTIONAL): the chair's covering letter, the review, the action plan
# --------------------------------------------------------------------------
MG_BOARD = "Cawdale Safeguarding Adults Board"
MG_ADDRESS = ["Cawdale Safeguarding Adults Board", "c/o Thornwick Borough Council", "Civic Offices, Wenlow Street",
              "Thornwick TH4 9QX"]
MG_TO = ["Mr Paul Enderby", "Director of Adult Social Care", "Thornwick Borough Council", "Civic Offices",
         "Thornwick TH4 9QX"]
MG_DATE = "12 March 2025"
MG_REF = "Our ref: CSAB/SAR/2023-04"
MG_SUBJECT = "Safeguarding Adults Review concerning Mrs Deverill: publication (FICTIONAL)"
MG_LETTER = [
    "I am writing to let you know that the board signed off the safeguarding adults review concerning Mrs Deverill "
    "at its meeting on 27 February, and that it will be published on the board\u2019s web site on 2 April. The final "
    "overview report and the board\u2019s action plan are enclosed with this letter as one file, so that you can share "
    "them with your senior team before publication.",
    "The review was commissioned under section 44 of the Care Act after Mrs Deverill died at her home in Lowther "
    "Gate in the spring of 2023. Her family have seen the report and have asked that it is published with her own "
    "name rather than a pseudonym. I would be grateful if you would make sure that every member of staff who reads "
    "it knows this and treats the family\u2019s wishes with care.",
    "Your department is named as the lead agency for two of the four recommendations. The findings behind them are "
    "set out in the fourth section of the report, in particular at paragraphs 4.2 and 4.3, and the board would like "
    "to receive your first update on the actions by the end of June.",
    "The board is grateful to the practitioners from your department who took part in the learning event in "
    "November. Their account of how the reablement service and the hospital discharge team worked together was "
    "open and thoughtful, and it shaped the report\u2019s conclusions.",
    "If you or your team have any questions about the report before it is published, please contact the board\u2019s "
    "business manager, Ms Ruth Calloway, at the address above.",
]
MG_SIGN = ["Yours sincerely,", "", "", "Helen Strachan-Vey", "Independent Chair, Cawdale Safeguarding Adults Board",
           "Enc. Overview report (final); action plan (version 4)"]
MG_RECS = [
    ("1", "The board should ask the hospital trust and the council to agree one discharge checklist for people who "
          "live alone.", "4.2", "Joint checklist agreed and in use on all wards", "Thornwick Borough Council",
     "Sept 2025"),
    ("2", "The council should make sure that reablement staff can raise a safeguarding concern on the same day.",
     "4.3", "Same-day route in the reablement procedure", "Thornwick Borough Council", "July 2025"),
    ("3", "The GP practices should record who is the main contact for a patient who has no carer.", "4.4",
     "Template field added; audit of 40 records", "Cawdale Primary Care Network", "Dec 2025"),
    ("4", "The board should repeat the learning event for care agency managers.", "5.2",
     "Two events held; evaluation to the board", "Board business manager", "Nov 2025"),
]
MG_PLAN_NOTE = ("RAG: red, amber or green, as assessed by the lead agency at each quarterly meeting of the "
                "board\u2019s case review subgroup. This plan is a working document and is updated after each meeting.")

# --------------------------------------------------------------------------
# pasted.docx: Wenmoor Safeguarding Children Partnership (FICTIONAL), copied out of the PDF into Word
# --------------------------------------------------------------------------
PD_NOTE = ("Copied from the PDF that Wenmoor SCP sent on 3 March 2025 (the PDF would not open on the school laptops). "
           "FICTIONAL \u2013 for software testing. Every person, place and service named here is invented.")
PD_HEAD = "Wenmoor Safeguarding Children Partnership \u2013 Child Safeguarding Practice Review \u2013 Child R"

# --------------------------------------------------------------------------
# cmspaste.html: Pellbridge Community Safety Partnership (FICTIONAL), a DHR executive summary pasted into a CMS page
# --------------------------------------------------------------------------
CP_HEAD = "Pellbridge CSP \u2013 DHR \u2018Joanna\u2019 \u2013 Executive Summary"
CP_INTRO = ("The executive summary of the domestic homicide review into the death of Joanna is below. The full "
            "overview report can be downloaded at the foot of this page.")

# --------------------------------------------------------------------------
# extracted.txt: Ostmoor Safeguarding Adults Board (FICTIONAL), a SAR as pdftotext wrote it out
# --------------------------------------------------------------------------
EX_HEAD = "Ostmoor SAB \u2013 Safeguarding Adults Review: Mrs Quennell"

# --------------------------------------------------------------------------
# webpaste.docx: Lathenby Safeguarding Adults Partnership (FICTIONAL), a web page copied into Word
# --------------------------------------------------------------------------
WP_BULLETS = ["the discharge letter, which went to the surgery but not to the care agency;",
              "the care agency\u2019s own record of missed visits, which nobody outside the agency saw; and",
              "the pharmacist\u2019s note that Ms Farrant had stopped collecting her tablets."]
