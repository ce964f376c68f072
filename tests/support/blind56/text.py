"""Invented prose for the blind56 fixtures: blind17's vocabularies and paragraph maker, with seed 56, and this round's
own titles, disclosure letters, redaction schedules, bundle indexes, request threads and extract headers.
FICTIONAL – for software testing. Every person, place, agency, court, case number, reference, web address and
publication named here is invented; nothing is graphic.
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
ParaMaker = _prose.para_maker(56)

# --------------------------------------------------------------------------
# foi.pdf: a council's freedom of information release of a review (Wexcombe, FICTIONAL)
# --------------------------------------------------------------------------
FO_COUNCIL = "Wexcombe Borough Council (FICTIONAL)"
FO_REF = "FOI-2025-0412"
FO_STAMP = "RELEASED UNDER THE FREEDOM OF INFORMATION ACT 2000"
FO_LETTERHEAD = ["Information Governance Team", "Civic Offices, Market Street, Wexcombe WX1 4QA",
                 "foi@wexcombe.gov.example  |  01632 960 412"]
FO_ADDRESS = ["Ms Rhiannon Abbott", "27 Quarry Road", "Wexcombe", "WX3 9LT"]
FO_DATE = "3 March 2025"
FO_SUBJECT = "Freedom of Information Act 2000 \u2013 request " + FO_REF
FO_LETTER = [
    "Your request of 3 February 2025 asked for a copy of the overview report of the safeguarding adults review "
    "concerning Mr Haldane. We hold this information and a copy is enclosed with this letter.",
    "Some personal data of people other than Mr Haldane has been withheld under section 40(2) of the Act, because "
    "disclosing it would breach the data protection principles.",
    "Where words have been withheld, a black box marked with the exemption applied has been placed over them. The "
    "schedule below lists every redaction by page of this release and paragraph of the report.",
    "One passage has been withheld under section 38(1)(a) (health and safety). We have considered the public "
    "interest and concluded that it favours withholding that passage.",
    "If you are unhappy with this response you may ask for an internal review within 40 working days. If you remain "
    "dissatisfied you may complain to the Information Commissioner.",
]
FO_SIGN = ["Yours sincerely", "", "Dana Whitlock", "Information Governance Officer"]
FO_SCHED_HEAD = ("Page", "Paragraph", "Exemption", "What was withheld")
FO_WHAT = {"s.40(2)": "Name of a third party", "s.38(1)(a)": "Details of a risk to a named person"}
FO_TITLE = "Safeguarding Adults Review: Mr Haldane \u2013 Overview Report"
FO_RUN = "Wexcombe Safeguarding Adults Board (FICTIONAL) \u2013 SAR Mr Haldane"
FO_TITLES = ["Introduction", "Mr Haldane", "What happened", "Analysis", "Conclusions and recommendations"]

# --------------------------------------------------------------------------
# bundle.pdf: a review in a family court's hearing bundle (Harnbury, FICTIONAL)
# --------------------------------------------------------------------------
BU_COURT = "IN THE FAMILY COURT SITTING AT HARNBURY (FICTIONAL)"
BU_CASE = "Case No. HB25C00412"
BU_PARTIES = "Re M and T (Children)"
BU_HEAD = "Re M and T (Children) \u2013 HB25C00412 \u2013 Final hearing bundle"
BU_SECTIONS = [("A", "Preliminary documents", [("1", "Case summary", "10.01.2025", "A-1 \u2013 A-6"),
                                               ("2", "Position statement of the local authority", "24.02.2025",
                                                "A-7 \u2013 A-15")]),
               ("B", "Applications and orders", [("1", "C110 application", "02.09.2024", "B-1 \u2013 B-22"),
                                                 ("2", "Case management order", "18.11.2024", "B-23 \u2013 B-31")]),
               ("C", "Professional and expert reports", None)]
BU_REPORT_ROW = "Child safeguarding practice review: Child M \u2013 overview report (chronology at para 3.2 ff.)"
BU_DIVIDER = ("SECTION C", "Professional and expert reports")
BU_TITLE = "Child Safeguarding Practice Review: Child M"
BU_SUB = "Overview report \u2013 Harnbury Safeguarding Children Partnership (FICTIONAL)"
BU_RUN = "CSPR Child M \u2013 Overview report"
BU_TITLES = ["Introduction", "Child M and the family", "What happened", "Analysis", "Recommendations"]

# --------------------------------------------------------------------------
# disclosure.docx: a review's Word disclosure copy, redacted and reviewed (Caverley, FICTIONAL)
# --------------------------------------------------------------------------
DC_TITLE = "Safeguarding Adults Review: Mrs Tregarthen"
DC_SUB = "Overview report \u2013 Caverley Safeguarding Adults Board (FICTIONAL)"
DC_TITLES = ["Introduction", "Mrs Tregarthen and her family", "What happened", "What the review found",
             "Recommendations"]
DC_HEAD = "DISCLOSURE COPY \u2013 DSR-2025-0093 \u2013 NOT FOR ONWARD CIRCULATION"
DC_FOOT = "Disclosed under the Data Protection Act 2018, ref DSR-2025-0093 | Page "
# the names the disclosure officer black-highlighted (still in the file), typed over or blocked out
DC_NAMES = ["Maureen Pascoe", "Dr Ellis Marr", "Kerenza Vosper", "Jory Penhallow", "PC Alun Trask"]
DC_COMMENTS = [("Disclosure Officer", "DO", "s.40(2) \u2013 name of a neighbour. Highlight only: apply a true "
                "redaction before release."),
               ("Legal Services", "LS", "2.3 and 3.4 name the same GP \u2013 redact both or neither."),
               ("Disclosure Officer", "DO", "s.40(2) \u2013 third party. Replaced with [REDACTED]."),
               ("Legal Services", "LS", "12 weeks is in the published summary, leave it in.")]
DC_SCHEDULE = ("Paragraph", "Redaction", "Ground")

# --------------------------------------------------------------------------
# request.html: a freedom of information request thread on a public request site (Medmore, FICTIONAL)
# --------------------------------------------------------------------------
RQ_SITE = "AskPublicly (FICTIONAL)"
RQ_TITLE = "Safeguarding adults review \u2013 Mr Ashdown (overview report)"
RQ_REQUESTER = "Tomasz Wren"
RQ_BODY = "Medmore District Council (FICTIONAL)"
RQ_REQUEST = ["Dear Medmore District Council,", "",
              "Please provide under the Freedom of Information Act 2000:", "",
              "1. a copy of the overview report of the safeguarding adults review concerning Mr Ashdown;",
              "2. the date the Safeguarding Adults Board approved the report;",
              "3. the number of recommendations made and how many have been completed.", "",
              "Yours faithfully,", "", "Tomasz Wren"]
RQ_TITLES = ["Introduction", "Mr Ashdown", "What happened", "What the review found", "What happens next"]
RQ_ANNOTATION = ("The council has pasted the published summary into its reply. Paragraphs 4.1 to 4.3 are the "
                 "review's findings; 12 recommendations are listed in the full report.")

# --------------------------------------------------------------------------
# extract.txt: a text extract of a review made for a subject access request (Oakhanger, FICTIONAL)
# --------------------------------------------------------------------------
EX_HEAD = [
    "OAKHANGER COUNTY COUNCIL (FICTIONAL) - INFORMATION GOVERNANCE",
    "Subject access request: SAR-2025-0117            Extract prepared: 21/03/2025",
    "Source: Safeguarding Adults Review - Ms Pell - Overview Report (v1.4, 14 pages)",
    "Extract: source pages 3 to {}, text only, lines numbered per page for reference.",
    "Third-party data withheld (DPA 2018 Sch. 2 Part 3 para 16) is shown as [WITHHELD].",
]
EX_SRC_HEAD = "SAR Ms Pell - Overview Report                                        OFFICIAL"
EX_SRC_FOOT = "Oakhanger SAB (FICTIONAL)                                       Page {} of 14"
EX_TITLES = ["Background", "What happened", "Analysis", "Conclusions and recommendations"]
EX_END = ["--- End of extract (source pages {} to 14 not requested) ---",
          "Checked by: J. Okonkwo, Information Governance, 21/03/2025"]
