"""Invented prose for the blind72 fixtures: blind17's vocabularies and paragraph maker, with seed 72; and this round's
own furniture for reviews on pages whose geometry is not a plain A4 sheet: a web page exported by Safari as one very
tall page, a printer's proof with bleed, crop marks and a slug line, a report with an A3 landscape fold-out in the
middle, a US Letter report whose landscape pages are stored portrait with /Rotate, and A5 pages printed two to an A4
landscape sheet.
FICTIONAL \u2013 for software testing. Every person, place, review, partnership, board, council, agency and date
named here is invented; nothing is graphic.

Each file's body: ("h", heading) a heading; (number, words) a paragraph of the review, its words made by the paragraph
maker; ("break",) a section break (a new page of the next section's shape).
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
ParaMaker = _prose.para_maker(72)

FICT = "FICTIONAL \u2013 for software testing."
INVENTED = "Every person, place and service named here is invented."

# --------------------------------------------------------------------------
# safari.pdf: a review's web page, Safari's File > Export as PDF (one tall page)
# --------------------------------------------------------------------------
SA_SITE = "Marlowe Reach Safeguarding Partnership"
SA_NAV = ["Home", "About us", "Reviews", "Training", "Get help", "Contact"]
SA_CRUMBS = ["Home", "Reviews", "Safeguarding adults reviews", "SAR Mrs T"]
SA_TITLE = "Safeguarding Adults Review: Mrs T (fictional)"
SA_META = "Published 12 March 2025 \u00b7 Updated 19 March 2025 \u00b7 14 minute read"
SA_ONPAGE = ["On this page", "Introduction", "Background", "What happened", "Analysis", "Learning for partners"]
SA_BODY = [
    ("h", "1. Introduction"),
    ("1.1", 125), ("1.2", 149), ("1.3", 112),
    ("h", "2. Background"),
    ("2.1", 163), ("2.2", 136), ("2.3", 176), ("2.4", 119),
    ("h", "3. What happened"),
    ("3.1", 187), ("3.2", 156), ("3.3", 142), ("3.4", 170), ("3.5", 129),
    ("h", "4. Analysis"),
    ("4.1", 180), ("4.2", 153), ("4.3", 166), ("4.4", 139),
    ("h", "5. Learning for partners"),
    ("5.1", 159), ("5.2", 146),
]
SA_RELATED = ["Related reviews", "SAR Mr K (fictional) \u2013 published January 2025",
              "Thematic review: hoarding and fire risk (fictional) \u2013 published October 2024",
              "Seven-minute briefing: Mrs T (fictional)"]
SA_SHARE = "Share this page: Email \u00b7 Print \u00b7 Copy link"
SA_TOP = "Back to top"
SA_FOOT = [f"\u00a9 2025 {SA_SITE} (fictional). {FICT}",
           "Accessibility   Cookies   Privacy notice   Sitemap   Website feedback"]
SA_PRODUCER = "macOS Version 15.3.1 (Build 24D70) Quartz PDFContext"

# --------------------------------------------------------------------------
# proof.pdf: a printer's proof from InDesign, A4 with 3 mm bleed, crop marks, registration marks, colour bars, slug
# --------------------------------------------------------------------------
PF_TITLE = "Safeguarding Adults Review: Mr and Mrs W (fictional)"
PF_BOARD = "Westmere Safeguarding Adults Board"
PF_HEAD = "SAR Mr and Mrs W (fictional) \u2013 final report"
PF_DOC = "Review_final.indd"
PF_STAMP = ("12/03/2025", "10:14")
PF_BODY = [
    ("h", "Why this review was held"),
    ("1", 101), ("2", 119), ("3", 91),
    ("h", "The couple and their home"),
    ("4", 127), ("5", 111), ("6", 135), ("7", 96),
    ("h", "What agencies knew"),
    ("8", 124), ("9", 143), ("10", 106), ("11", 130),
    ("h", "What we learned"),
    ("12", 117), ("13", 137), ("14", 101), ("15", 122), ("16", 114),
]

# --------------------------------------------------------------------------
# mixed.pdf: A4 portrait pages and an A3 landscape fold-out (a chronology) in the middle
# --------------------------------------------------------------------------
MX_TITLE = "Child Safeguarding Practice Review: Child M (fictional)"
MX_SCP = "Marshfield Safeguarding Children Partnership"
MX_HEAD = "CSPR Child M (fictional)"
MX_BODY = [
    ("h", "2. Background to the review"),
    ("2.1", 84), ("2.2", 96), ("2.3", 78), ("2.4", 102), ("2.5", 112), ("2.6", 86), ("2.7", 94),
    ("break",),
    ("h", "3. Analysis of practice"),
    ("3.1", 88), ("3.2", 104), ("3.3", 80), ("3.4", 98), ("3.5", 92), ("3.6", 84), ("3.7", 100),
]
MX_FOLD_TITLE = "Table 1: Chronology of significant events, March 2023 to September 2024 (fold-out)"
MX_FOLD_HEAD = ["Date", "Agency", "Event", "Significance for the review"]
MX_FOLD = [
    ("06/03/2023", "Midwifery", "Booking appointment; mother discloses a previous referral in another area.",
     "First sign of earlier concern"),
    ("22/05/2023", "GP", "Six-week check missed; letter sent to the family home.", "Missed health contact"),
    ("14/07/2023", "Health visiting", "Home visit; the flat is cold and the baby is unsettled.", "Home conditions"),
    ("02/09/2023", "Police", "Call from a neighbour about shouting; no crime recorded.", "Not shared with health"),
    ("19/10/2023", "Children\u2019s social care", "Contact assessed as advice only.", "Threshold decision"),
    ("07/12/2023", "Early help", "Family declines an early help assessment.", "Consent and engagement"),
    ("15/01/2024", "Housing", "Rent arrears notice served.", "Financial pressure"),
    ("28/02/2024", "Emergency department", "Baby seen with a bruise to the cheek; explanation accepted.",
     "Key practice episode"),
    ("04/04/2024", "GP", "Mother seen for low mood; medication started.", "Parental mental health"),
    ("21/05/2024", "Nursery", "Child M starts two days a week; attendance falls in June.", "Attendance"),
    ("09/07/2024", "Police", "Second call about shouting; officers attend.", "Referral to social care"),
    ("30/09/2024", "Children\u2019s social care", "Strategy discussion and child protection enquiry.",
     "Start of the review period\u2019s end"),
]
MX_PRODUCER = "Microsoft\u00ae Word for Microsoft 365"

# --------------------------------------------------------------------------
# rotated.pdf: a US Letter report whose landscape sections are stored portrait with /Rotate
# --------------------------------------------------------------------------
RT_TITLE = "Domestic Homicide Review: Ms R (fictional) \u2013 overview report"
RT_CSP = "Pellingham Community Safety Partnership"
RT_HEAD = "DHR Ms R (fictional) \u2013 overview report"
# each section: (shape, body); shape "P" portrait, "L90" landscape stored portrait with /Rotate 90, "L270" with 270
RT_SECTIONS = [
    ("P", [("h", "1. Introduction"), ("1.1", 80), ("1.2", 92), ("1.3", 74)]),
    ("L90", [("h", "2. The review in context"), ("2.1", 112), ("2.2", 98), ("2.3", 120), ("2.4", 104),
             ("2.5", 116), ("2.6", 108), ("2.7", 100), ("2.8", 96)]),
    ("P", [("h", "3. Analysis"), ("3.1", 86), ("3.2", 102), ("3.3", 78), ("3.4", 60)]),
    ("L270", [("h", "4. Findings"), ("4.1", 96), ("4.2", 88), ("4.3", 76)]),
    ("P", [("h", "5. Conclusions"), ("5.1", 84), ("5.2", 70)]),
]
RT_PRODUCER = "Microsoft\u00ae Word for Microsoft 365"

# --------------------------------------------------------------------------
# twoup.pdf: an A5 learning brief printed two pages to a sheet on A4 landscape
# --------------------------------------------------------------------------
TU_TITLE = "Learning brief: Mr B (fictional)"
TU_BOARD = "Ashdown Fell Safeguarding Adults Board"
TU_HEAD = "SAR Mr B (fictional) \u2013 learning brief"
TU_BODY = [
    ("h", "1. About this brief"),
    ("1.1", 106), ("1.2", 121),
    ("h", "2. What happened"),
    ("2.1", 133), ("2.2", 117), ("2.3", 144), ("2.4", 110), ("2.5", 129),
    ("h", "3. What we learned"),
    ("3.1", 140), ("3.2", 114), ("3.3", 125), ("3.4", 136), ("3.5", 106),
    ("h", "4. What to do now"),
    ("4.1", 121), ("4.2", 133),
]
TU_FILE = "Microsoft Word - SAR_MrB_learning_brief_A5.docx"
TU_PRODUCER = "Microsoft: Print To PDF"
