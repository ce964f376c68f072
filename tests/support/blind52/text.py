"""Invented prose for the blind52 fixtures: blind17's vocabularies and paragraph maker, with seed 52, and this round's
own covering e-mail, cover report, navigation and record-system lines. FICTIONAL – for software testing. Every person,
place, agency, service and publication named here is invented; nothing is graphic.
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
ParaMaker = _prose.para_maker(52)

# --------------------------------------------------------------------------
# emailed.pdf: an Outlook message printed to PDF (Eastmarsh SAB, FICTIONAL)
# --------------------------------------------------------------------------
EM_HEADER = [
    ("From:", "Venn, Priya <priya.venn@eastmarsh-sab.example>"),
    ("Sent:", "14 March 2025 09:41"),
    ("To:", "Hollis, Dana; Board Members (Eastmarsh SAB)"),
    ("Cc:", "Quarrie, Tom; SAR Sub-group"),
    ("Subject:", "FICTIONAL - SAR Mr Carrow - overview report text for item 6 (12.03.2025 papers)"),
    ("Attachments:", "SAR Carrow action plan v3.xlsx; SAR Carrow briefing 2.pdf"),
]
EM_BANNER = ("EXTERNAL: This email originated from outside the organisation. Do not click links or open "
             "attachments unless you recognise the sender and know the content is safe.")
# the covering lines: one of them opens with two paragraph numbers, at the margin where the report's numbers stand
EM_COVER = [
    "Dear Dana and Board colleagues,",
    "As agreed at the last meeting, the text of the overview report is below so that members who cannot open the "
    "secure portal can read it before Thursday. The formatting has not survived the copy from Word in every place.",
    "4.2 and 4.3 are the paragraphs the chair has asked us to discuss under item 6, with the action plan attached.",
    "This message and the report are FICTIONAL and were written for software testing. "
    "Every person, place and service named here is invented.",
]
EM_SIGN = [
    "Kind regards,", "Priya", "Priya Venn | Business Manager | Eastmarsh Safeguarding Adults Board",
    "Tel: 01632 960 412 | Mobile: 07700 900 318 | Room 2.14, Harrowgate House",
]
EM_DISCLAIMER = ("This email and any files transmitted with it are confidential and intended solely for the use of "
                 "the individual or entity to whom they are addressed. If you have received this email in error "
                 "please notify the sender and delete it.")

# --------------------------------------------------------------------------
# sitenav.pdf: a SharePoint page printed from the browser (Fallowmere SAB, FICTIONAL)
# --------------------------------------------------------------------------
SN_NAV = ["Home", "Board meetings", "Papers 2024/25", "Sub-groups", "Learning reviews", "Documents", "Pages",
          "Site contents", "Recycle bin", "Edit"]

# --------------------------------------------------------------------------
# boardpack.docx: a board meeting pack's cover sheet, cover report and Appendix A (Eastmarsh SAB, FICTIONAL)
# --------------------------------------------------------------------------
BP_SHEET = [
    ("Agenda item", "6"),
    ("Report to", "Eastmarsh Safeguarding Adults Board (FICTIONAL)"),
    ("Date of meeting", "12.03.2025"),
    ("Report of", "Chair, Safeguarding Adults Review Sub-group"),
    ("Author", "Priya Venn, Board Business Manager"),
    ("Purpose", "For decision: publication of the review"),
    ("Classification", "OFFICIAL"),
]
BP_COVER = [
    ("Purpose of the report", [
        "This report asks the Board to agree the publication of the safeguarding adults review concerning Mr "
        "Tressel, a man of seventy-one who lived alone in a flat above a shop in Wrenbury Vale and who died in "
        "hospital in the winter of 2023 after a long period of self-neglect.",
        "The executive summary of the review is attached as Appendix A. The full overview report was circulated to "
        "members in confidence in February and has been shared with Mr Tressel's niece, who has asked that the "
        "review be published under his first name only.",
    ]),
    ("Background", [
        "The sub-group commissioned the review in April 2024 after a referral from the community nursing service. "
        "An independent reviewer led the work, supported by a panel drawn from eight agencies, and the review "
        "used a learning approach in which the practitioners involved took part in two workshops in Wrenbury Vale.",
        "The findings that most concern the Board's own arrangements are set out at paragraphs A9 to A11 of the "
        "appendix. They describe how the escalation protocol was understood differently by each agency and how "
        "the concerns of a neighbour were never recorded in any agency's system.",
    ]),
    ("Recommendation", [
        "The Board is asked to agree the publication of the executive summary on its website in April, to note "
        "the action plan prepared by the sub-group, and to ask the sub-group to report on the progress of each "
        "action at the Board's meeting in the autumn, with evidence from the audit that the plan describes.",
    ]),
]
BP_SECTIONS = ["Introduction", "Mr Tressel", "What happened", "Findings", "Recommendations"]
BP_RECS = [("1", "Revise the escalation protocol and test it with front-line staff", "Board Business Manager",
            "July 2025"),
           ("2", "Record concerns raised by neighbours and friends as contacts", "All agencies", "June 2025"),
           ("3", "Audit twenty self-neglect cases against the revised guidance", "Quality sub-group",
            "October 2025")]

# --------------------------------------------------------------------------
# casenote.html: a case-management system's case record export (Caseline, Marrowby Council, FICTIONAL)
# --------------------------------------------------------------------------
CN_TITLES = ["Introduction", "Background", "What happened", "Analysis", "Conclusions and learning"]

# --------------------------------------------------------------------------
# records.txt: a records system's fixed-width export (Kessworth Council, FICTIONAL)
# --------------------------------------------------------------------------
RC_TITLES = ["INTRODUCTION", "MRS ABELL AND HER FAMILY", "WHAT HAPPENED", "ANALYSIS", "CONCLUSIONS"]
# a sentence put at the start of a continuation segment of this paragraph: the segment then begins with a number
RC_NUMBERED_LINE = ("3.3", "2.5 miles separated her flat from the nearest surgery, and there was no bus after four "
                    "in the afternoon.")
