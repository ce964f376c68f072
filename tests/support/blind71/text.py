"""Invented prose for the blind71 fixtures: blind17's vocabularies and paragraph maker, with seed 71; and this round's
own furniture for a review's paragraphs kept in spreadsheets, as partnerships track a review's findings and
recommendations and practitioners are sent the tracker, not the report: a safeguarding adults review's action tracker
saved by Excel, a domestic homicide review's action plan downloaded from Google Sheets as .xlsx, a practice review's
learning plan saved by LibreOffice Calc as .ods, a thematic review's tracker printed from Excel to PDF, and a learning
review's improvement plan in Excel with paragraphs split over two rows by hand.
FICTIONAL \u2013 for software testing. Every person, place, review, partnership, board, council, agency and date
named here is invented; nothing is graphic.

Each sheet's rows: ("h", heading) a section heading merged across the row; (number, words, lead, due, status,
progress[, extra]) a row of the review's paragraph, its words made by the paragraph maker; due dates are (year,
month, day).
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
ParaMaker = _prose.para_maker(71)

FICT = "FICTIONAL \u2013 for software testing."
INVENTED = "Every person, place and service named here is invented."

# --------------------------------------------------------------------------
# tracker.xlsx: a safeguarding adults review's action tracker, saved by Excel (Microsoft 365)
# --------------------------------------------------------------------------
TR_TITLE = "Safeguarding Adults Review: Mr D (fictional) \u2013 action tracker"
TR_BOARD = "Kelmscar Safeguarding Adults Board"
TR_AUTHOR = "Priya Olderwick"
TR_HEADER = ["Para", "Rec", "Finding / recommendation (review text)", "Lead", "Due", "RAG", "Progress"]
TR_ROWS = [
    ("h", "Finding 1: Self-neglect and the right to refuse"),
    ("4.1", 62, "ASC Head of Service", (2025, 6, 30), "Green", "Practice guidance re-issued in April."),
    ("4.2", 70, "ICB Designated Nurse", (2025, 7, 31), "Amber", "Audit of twelve cases booked for June."),
    ("4.3", 58, "ASC Head of Service", (2025, 9, 30), "Amber", "4.3 and 4.4 to be reported together.", "R1"),
    ("4.4", 66, "Housing Options Manager", (2025, 9, 30), "Red", "No lead identified yet; escalated to the Board."),
    ("h", "Finding 2: Carers and the household"),
    ("4.5", 64, "Carers Centre Manager", (2025, 5, 31), "Green", "Carers\u2019 assessment leaflet revised.", "",
     "bold"),
    ("4.6", 72, "ASC Head of Service", (2025, 10, 31), "Amber", "Workshop dates to be set.", "R2"),
    ("4.7", 56, "ICB Designated Nurse", (2025, 8, 31), "Green", "Shared with GP practices in March.", "", "break"),
    ("h", "Finding 3: Working together when help is refused"),
    ("4.8", 68, "SAB Business Manager", (2025, 12, 31), "Amber", "Draft protocol with partners for comment."),
    ("4.9", 60, "Police Safeguarding Lead", (2025, 11, 30), "Green", "Briefing given to neighbourhood teams."),
    ("4.10", 74, "SAB Business Manager", (2026, 1, 31), "Red", "Funding not yet agreed. See note 3.", "R3"),
]
TR_NOTES = [
    "Notes on this tracker",
    "1. The paragraph numbers are the review\u2019s own; rows follow the report\u2019s order.",
    "2. RAG ratings were agreed at the Board meeting on 12 March 2025.",
    "3. Recommendations R1 to R3 are copied from section 6 of the report; R3 has no budget yet.",
    "4. Please send updates to the SAB business unit by the last Friday of each month.",
]
TR_LISTS = [["Green", "Amber", "Red"],
            ["ASC Head of Service", "ICB Designated Nurse", "Housing Options Manager", "Carers Centre Manager",
             "SAB Business Manager", "Police Safeguarding Lead"]]

# --------------------------------------------------------------------------
# gsheets.xlsx: a domestic homicide review's action plan, downloaded from Google Sheets as .xlsx
# --------------------------------------------------------------------------
GS_TITLE = "Domestic Homicide Review: Ms L (fictional) \u2013 action plan"
GS_CSP = "Brackenford Community Safety Partnership"
GS_COVER = [GS_TITLE, GS_CSP, FICT + " " + INVENTED, "Version 3 \u2013 shared with the DHR panel",
            "Last updated", "Owner: Brackenford CSP business support"]
GS_HEADER = ["Para", "Review paragraph", "Action", "Lead agency", "Target date", "Status", "Update"]
# paragraph numbers 4.1 to 4.9 are number cells (Google stores what was typed as a number); 4.10 and 4.11 were
# typed with an apostrophe so that they stay 4.10 and 4.11, and are string cells
GS_ROWS = [
    ("4.1", 58, "Police", (2025, 6, 30), "Complete", "Routine enquiry added to the attendance form.",
     "Refresh the domestic abuse training for response officers."),
    ("4.2", 66, "Health", (2025, 7, 31), "On track", "Two practices have piloted the new template.",
     "Add routine enquiry prompts to the GP template."),
    ("4.3", 62, "Housing", (2025, 9, 30), "On track", "Draft policy at consultation.",
     "Agree a housing pathway for victims leaving a joint tenancy."),
    ("4.4", 70, "Probation", (2025, 8, 31), "At risk", "Waiting for the regional lead.",
     "Share perpetrator risk information with the domestic abuse service."),
    ("4.5", 54, "Domestic abuse service", (2025, 5, 31), "Complete", "Done in April.",
     "Offer outreach appointments away from the home."),
    ("4.6", 68, "Health", (2025, 10, 31), "On track", "Midwifery lead has the action.",
     "Ask about abuse at every antenatal contact when the woman is alone."),
    ("4.7", 60, "Employers\u2019 forum", (2025, 11, 30), "On track", "Toolkit drafted; see 4.10.",
     "Publish a workplace toolkit for managers."),
    ("4.8", 64, "Police", (2025, 9, 30), "At risk", "IT change request raised.",
     "Flag repeat calls from the same address to the supervisor."),
    ("4.9", 56, "Mental health trust", (2025, 12, 31), "On track", "Training booked for autumn.",
     "Include coercive control in the crisis team\u2019s induction."),
    ("4.10", 72, "Community Safety Partnership", (2026, 3, 31), "Not started", "For the June meeting.",
     "Commission a campaign for friends, family and colleagues."),
    ("4.11", 62, "Community Safety Partnership", (2026, 3, 31), "Not started", "",
     "Review this plan with the family after twelve months."),
]
GS_SUMMARY = [("Status", "Count"), ("Complete", 2), ("On track", 5), ("At risk", 2), ("Not started", 2),
              ("Total", 11)]

# --------------------------------------------------------------------------
# calc.ods: a practice review's learning action plan, saved by LibreOffice Calc
# --------------------------------------------------------------------------
OD_TITLE = "Child Safeguarding Practice Review: Child S (fictional) \u2013 learning action plan"
OD_SCP = "Ashcombe Vale Safeguarding Children Partnership"
OD_AUTHOR = "Tomasz Rendlesham"
OD_README = [
    "How to use this workbook",
    "The action plan sheet lists each paragraph of the review that the partnership has agreed to act on.",
    "Leads update the progress column before each meeting of the learning and improvement group.",
    "The glossary explains the abbreviations used in the plan.",
    FICT + " " + INVENTED,
]
OD_HEADER = ["No.", "Learning from the review", "What we will do", "Lead", "Partner", "By when", "Progress"]
# (number, words, action, lead, partner, due, progress[, trap])
OD_ROWS = [
    ("h", "Theme A: hearing the child"),
    ("5.1", 60, "Add the child\u2019s own words to every assessment summary.", "Children\u2019s social care",
     "Education", (2025, 6, 30), "Template changed; audit in July."),
    ("5.2", 66, "Use the voice of the child tool at every visit.", "Health", "Health", (2025, 7, 31),
     "Tool agreed by the group.", "note"),
    ("5.3", 58, "Train staff in talking with very young children.", "Education", "Children\u2019s social care",
     (2025, 9, 30), ""),
    ("h", "Theme B: parents who do not engage"),
    ("5.4", 70, "Agree a shared approach to missed appointments.", "Health", "Health", (2025, 8, 31),
     "First draft circulated.", "paras"),
    ("5.5", 62, "Escalate when two services are refused in a month.", "Children\u2019s social care", "Police",
     (2025, 10, 31), "Escalation policy updated."),
    ("5.6", 64, "Offer joint visits with a trusted worker.", "Early help", "Health", (2025, 11, 30),
     "Pilot in the north locality.", "span"),
    ("h", "Theme C: information across boundaries"),
    ("5.7", 56, "Agree a transfer-in protocol with the neighbouring partnership.", "Partnership business unit",
     "Police", (2025, 12, 31), "Meeting held in February."),
    ("5.8", 68, "Check records from the previous area within ten days.", "Children\u2019s social care",
     "Health", (2026, 1, 31), ""),
]
OD_GLOSSARY = [("Term", "Meaning"), ("CSPR", "Child safeguarding practice review"),
               ("ICPC", "Initial child protection conference"), ("LIG", "Learning and improvement group"),
               ("RAG", "Red, amber, green rating")]
OD_NOTE = "Check this wording against the published report before the next meeting (TR)."

# --------------------------------------------------------------------------
# printed.pdf: a thematic review's action tracker, printed from Excel to PDF
# --------------------------------------------------------------------------
PR_SHEET = "Action tracker"
PR_TITLE = "Thematic review: exploitation of adolescents (fictional) \u2013 action tracker"
PR_SCP = "Hollinsby Safeguarding Children Partnership"
PR_HEAD_LEFT = "Hollinsby SCP (FICTIONAL)"
PR_DATE = "14/03/2025"
PR_HEADER = ["Para", "Review text", "Lead", "Due", "RAG", "Update"]
PR_ROWS = [
    ("h", "Theme 1: recognising exploitation"),
    ("2.1", 70, "Police", (2025, 6, 30), "Green", "Briefings delivered to all schools."),
    ("2.2", 76, "Education", (2025, 7, 31), "Amber", "Half of the schools have taken part."),
    ("2.3", 66, "Youth service", (2025, 9, 30), "Green", "Outreach rota agreed."),
    ("2.4", 80, "Health", (2025, 8, 31), "Red", "Lead post vacant since January."),
    ("2.5", 72, "Children\u2019s social care", (2025, 10, 31), "Amber", "Screening tool in draft."),
    ("h", "Theme 2: keeping young people safe"),
    ("3.1", 84, "Police", (2025, 11, 30), "Green", "Return interviews within three days."),
    ("3.2", 116, "Children\u2019s social care", (2025, 12, 31), "Amber", "Panel meets monthly."),
    ("3.3", 64, "Youth justice", (2026, 1, 31), "Green", "Joint visits in place."),
    ("3.4", 74, "Education", (2026, 2, 28), "Amber", "Alternative provision audit booked."),
    ("3.5", 62, "Partnership", (2026, 3, 31), "Red", "No funding identified."),
    ("3.6", 70, "Health", (2026, 3, 31), "Green", "Sexual health clinic pathway agreed."),
]
PR_SPLIT = "3.2"  # the row the page break splits
PR_PRODUCER = "Microsoft\u00ae Excel\u00ae for Microsoft 365"

# --------------------------------------------------------------------------
# continued.xlsx: a learning review's improvement plan in Excel, paragraphs split over two rows by hand
# --------------------------------------------------------------------------
CO_TITLE = "Learning Review: Mr and Mrs H (fictional) \u2013 improvement plan"
CO_BOARD = "Thursby Vale Safeguarding Adults Board"
CO_AUTHOR = "Hannah Corless"
CO_VERSIONS = [("Version", "Date", "By", "Change"),
               ("1.0", (2024, 11, 4), "HC", "First draft from the review\u2019s final report."),
               ("1.1", (2024, 12, 9), "HC", "Leads and dates added after the panel."),
               ("2.0", (2025, 1, 20), "DW", "Agreed by the Board."),
               ("2.1", (2025, 2, 14), "HC", "Long rows split so that the plan prints on A4.")]
CO_HEADER = ["Para", "Learning (review text)", "Owner", "Target", "Status"]
# (number, words, owner, due, status, how): how "cont" = its text split over two rows by hand, the second row's
# number cell empty; "contmark" = the same with "(cont.)" in the number cell
CO_ROWS = [
    ("h", "Section 2: What happened"),
    ("2.1", 60, "Adult social care", (2025, 6, 30), "In progress", ""),
    ("2.2", 66, "Community health", (2025, 7, 31), "In progress", ""),
    ("2.3", 90, "Adult social care", (2025, 9, 30), "Not started", "cont"),
    ("2.4", 58, "Housing", (2025, 8, 31), "Complete", ""),
    ("2.5", 62, "Police", (2025, 5, 31), "Complete", ""),
    ("2.6", 88, "Carers\u2019 service", (2025, 10, 31), "In progress", "contmark"),
    ("h", "Section 3: What we learned"),
    ("3.1", 64, "Safeguarding Adults Board", (2025, 11, 30), "In progress", ""),
    ("3.2", 92, "Community health", (2025, 12, 31), "Not started", "cont"),
    ("3.3", 56, "Ambulance service", (2026, 1, 31), "In progress", ""),
    ("3.4", 60, "Safeguarding Adults Board", (2026, 3, 31), "Not started", ""),
]
CO_CONT = "(cont.)"
