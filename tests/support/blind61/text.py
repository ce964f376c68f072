"""Invented prose for the blind61 fixtures: blind17's vocabularies and paragraph maker, with seed 61; and this round's
own furniture for reports written into forms and fill-in templates: a safeguarding adults board's fillable PDF
template, a partnership's rapid review form flattened after filling, a community safety partnership's Word template of
content controls, an online service's "check your answers" page and a form builder's responses saved from a
spreadsheet as tab-delimited text.
FICTIONAL – for software testing. Every person, place, agency, board, service, reference and web address named here
is invented (the web addresses are under .example); nothing is graphic.
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
ParaMaker = _prose.para_maker(61)

FICT = "FICTIONAL \u2013 for software testing"
INVENTED = "Every person, place and service named here is invented."

# --------------------------------------------------------------------------
# fillable.pdf: a SAR overview report typed into a board's fillable PDF template (Thornmere, FICTIONAL)
# --------------------------------------------------------------------------
FP_BOARD = "Thornmere Safeguarding Adults Board (FICTIONAL)"
FP_TITLE = "Safeguarding Adults Review \u2013 Overview Report"
FP_FORM = "Fillable template v4.2 \u2013 complete the grey boxes"
FP_REF = "SAR-TM-2024-07"
FP_HOWTO = [
    "1.  Type in the grey boxes. Boxes scroll: text you cannot see is kept and will be printed by the board.",
    "2.  Number every paragraph of your report 1.1, 1.2 and so on, as the board's publication guidance asks.",
    "3.  Do not use the adult's real name. Use the pseudonym agreed with the family.",
    "4.  Save a copy before you close the form, and send it to the board's business unit.",
]
FP_DETAILS = [  # (label, field name, value, tooltip)
    ("Adult's pseudonym", "adult_name", "Mrs R", "The pseudonym agreed with the family"),
    ("Lead reviewer", "reviewer", "Dr Alys Penhallow (independent)", "Name of the independent reviewer"),
    ("Date of referral to the board", "ref_date", "03/06/2024", "dd/mm/yyyy"),
    ("Date signed off by the board", "signoff_date", "17/01/2025", "dd/mm/yyyy"),
]
FP_TYPES = [("s44_1", "Mandatory review (s.44(1) Care Act 2014)", True),
            ("s44_4", "Discretionary review (s.44(4) Care Act 2014)", False)]
FP_SECTIONS = ["Introduction", "Mrs R and her circumstances", "Agency involvement", "Analysis",
               "Conclusions"]
FP_GUIDE = {
    1: "Why the review was held, its scope and how it was carried out.",
    2: "Who Mrs R was, what mattered to her and the circumstances of the review.",
    3: "What each agency knew and did, in date order.",
    4: "One row for each paragraph: its number in the small box, its text in the large one.",
    5: "What the board should take from the review.",
}
FP_TOOLTIPS = {
    1: "Type the introduction here. Number your paragraphs 1.1, 1.2 ...",
    2: "Type section 2 here. Number your paragraphs 2.1, 2.2 ...",
    3: "Type section 3 here. Number your paragraphs 3.1, 3.2 ...",
    4: "Paragraph number, e.g. 4.1",
    5: "Type the conclusions here. Number your paragraphs 5.1, 5.2 ...",
}
FP_NOTE_LABEL = "Note to the board's business unit (not for publication)"
FP_NOTE = ("4.2 and 5.1 still need the dates checking against the police chronology before this goes to the "
           "board. Please do not publish this box.")
FP_SIGN = [("Signature of lead reviewer", "sig_reviewer"), ("Date", "sig_date")]
FP_FOOT = "Thornmere SAB \u2013 SAR overview report template v4.2 \u2013 Page {k} of {n}"

# --------------------------------------------------------------------------
# flattened.pdf: a rapid review of a serious incident on a partnership's form, filled and flattened (Brackenholt)
# --------------------------------------------------------------------------
FL_BOARD = "Brackenholt Safeguarding Children Partnership (FICTIONAL)"
FL_TITLE = "Rapid Review of a Serious Incident"
FL_FORM = "Rapid review template v3 \u2013 to be sent to the National Panel within 15 working days"
FL_REF = "BSCP-RR-24-031"
FL_DETAILS = [("Child's initials or pseudonym", "Child T"), ("Age at the time of the incident", "14 years"),
              ("Date the incident was notified", "12/08/2024"), ("Date of the rapid review meeting", "29/08/2024")]
FL_SECTIONS = ["Summary of the case and the serious incident", "Agency involvement and immediate learning",
               "Learning identified so far"]
FL_GUIDE = {
    1: "What is known of the incident and of the child's circumstances. Number your paragraphs 1.1, 1.2 and so on.",
    2: "What each agency knew and did in the year before the incident, and what each has already changed.",
    3: "What the rapid review has learned so far. Use the continuation sheet if this box is not big enough.",
}
FL_CONT_LABEL = "Continuation sheet"
FL_CONT_GUIDE = "Say which section you are continuing. Use this box only if a box above is not big enough."
FL_MARK_OUT = "[continued on the continuation sheet]"
FL_MARK_IN = "Section 3 (continued from page 2):"
FL_DECIDE_Q = "Does the case meet the criteria for a local child safeguarding practice review?"
FL_DECIDE = [("Yes", True), ("No", False), ("Not yet known \u2013 more information needed", False)]
FL_RATIONALE = "Rationale for the decision"
FL_OTHER = "Any other information the National Panel should know"
FL_DEFAULT = "Type here"
FL_SIGN = [("Chair of the rapid review", "Ruth Ogilvie, Head of Safeguarding"),
           ("Date sent to the National Panel", "30/08/2024")]
FL_FOOT = ("Brackenholt SCP \u2013 Rapid review template v3 \u2013 OFFICIAL-SENSITIVE when completed \u2013 page {k} "
           "of {n}")

# --------------------------------------------------------------------------
# template.docx: a DHR overview report on a partnership's Word template of content controls (Larchfield)
# --------------------------------------------------------------------------
TD_BOARD = "Larchfield Community Safety Partnership (FICTIONAL)"
TD_TITLE = "Domestic Homicide Review: Overview Report"
TD_SUBJECT = "Ms K"
TD_TEMPLATE = "DHR overview report template (2023 edition)"
TD_GUIDANCE = ("Guidance: type in the boxes; each box grows as you type. Number every paragraph of your report "
               "1.1, 1.2 and so on. Delete all guidance text before the report is published.")
TD_CONTROL = [  # (label, kind, value or None): the document control table
    ("Version", "text", "0.7"),
    ("Status", "dropdown", "Draft for panel"),
    ("Date of this version", "date", "14/03/2025"),
    ("Author", "text", None),
    ("Checked by the partnership's legal adviser", "checkbox", False),
]
TD_STATUSES = ["Draft for panel", "Final for CSP", "Submitted to Home Office", "Published"]
TD_SECTIONS = ["Introduction", "Background", "Summary of events", "Analysis against the terms of reference",
               "Conclusions and lessons learned"]
TD_GUIDE = {
    1: "Explain why the review was held, who commissioned it and who was on the panel. Number paragraphs 1.1, 1.2 ...",
    2: "Describe Ms K, her family and what mattered to her. Use the agreed pseudonyms only.",
    3: "Summarise the key events in date order. The full chronology goes in Appendix A.",
    4: "Answer each term of reference in its own box. Delete the rows you do not need.",
    5: "Set out what the review has learned. Recommendations go in the action plan below.",
}
TD_TORS = ["ToR 1 \u2013 What did agencies know about the abuse Ms K experienced?",
           "ToR 2 \u2013 Were risk assessments and referrals timely and effective?",
           "ToR 3 \u2013 Were there barriers to Ms K seeking help?"]
TD_PLACEHOLDER = "Click or tap here to enter text."
TD_DATE_PLACEHOLDER = "Click or tap to enter a date."
TD_CHOOSE = "Choose an item."
TD_ACTION_HEAD = ["No.", "Agency", "Action", "Target date"]
TD_DECLARE = "I confirm that this report is ready for the Home Office Quality Assurance Panel."
TD_SIGNED = "Signed (chair of the review panel):"

# --------------------------------------------------------------------------
# answers.html: a learning review typed into an online service, its "check your answers" page saved (Cartmere)
# --------------------------------------------------------------------------
CA_BOARD = "Cartmere Safeguarding Children Partnership (FICTIONAL)"
CA_SERVICE = "Submit a local learning review"
CA_HOST = "https://forms.cartmere-sp.example"
CA_DETAILS = [("Partnership", "Cartmere Safeguarding Children Partnership"),
              ("Type of review", "Local learning review"),
              ("Title of the review", "Learning review: Child W"),
              ("Date the partnership signed off the review", "6 March 2025"),
              ("Lead reviewer", "Samir Haddad")]
CA_SECTIONS = ["Introduction", "What happened", "What the review found", "What needs to change"]
CA_FOR = [["Children's social care", "Schools"], ["Health visiting", "GP practices"], ["Police"],
          ["Children's social care", "Early help"], ["All partner agencies"]]
CA_DECLARE = ("By submitting this review you are confirming that, to the best of your knowledge, the details you "
              "are providing are correct and that the review has been signed off by the partnership.")
CA_BANNER = "This is a new service \u2013 your feedback will help us to improve it."

# --------------------------------------------------------------------------
# responses.txt: a thematic review submitted through an online form, the responses saved from a spreadsheet as
# tab-delimited text (Hollinsby, FICTIONAL)
# --------------------------------------------------------------------------
RT_BOARD = "Hollinsby Safeguarding Adults Board (FICTIONAL)"
RT_TITLE = "Thematic review: self-neglect among older people living alone"
RT_FIXED = ["ID", "Start time", "Completion time", "Email", "Name", "Last modified time"]
RT_QUESTIONS = [
    "Which board is submitting this review?",
    "Title of the review",
    "Type of review",
    "Agencies that contributed",
    "Section 1: Why the board did this review (please number your paragraphs 1.1, 1.2 and so on)",
    "Section 2: What the review looked at (number your paragraphs 2.1, 2.2 and so on)",
    "Section 3: What the review found (number your paragraphs 3.1, 3.2 and so on)",
    "Section 4: What the board will do (number your paragraphs 4.1, 4.2 and so on)",
    "Anything else we should know? (not published)",
    "Declaration",
]
RT_AGENCIES = "Adult social care;Police;GP practices;Community health;Housing;Fire and rescue;"
RT_TYPE = "Thematic review"
RT_ELSE = ("3.2 and 3.3 draw on the same case audit, so they may read as repetitive. Happy to merge them if the "
           "panel prefers.")
RT_DECLARE = "I confirm this review has been agreed by the board;"
RT_TEST = ["Hollinsby SAB", "test", "Other", "test", "test", "test", "test", "test", "please ignore \u2013 testing "
           "the form", ""]
