"""Invented prose for the blind74 fixtures: blind17's vocabularies and paragraph maker, with seed 74; and this round's
own furniture for reviews that reach practitioners inside another file: an Acrobat PDF Portfolio with a cover sheet
and a meeting agenda, a covering letter with the review attached by a paperclip annotation, a partnership's download
(.zip) of the review as Word with its images and a readme, a Word memo with the review embedded as an icon, and an
e-mail with the review attached. FICTIONAL \u2013 for software testing. Every person, place, review, partnership,
board, council, agency, address, telephone number and date named here is invented; nothing is graphic.

Each review's body: ("h", heading) a heading; (number, words) a paragraph of the review, its words made by the
paragraph maker. The outer files' own words (cover sheet, agenda, letter, readme, memo, message) are written out here
in full: none of them is the review's.
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
ParaMaker = _prose.para_maker(74)

FICT = "FICTIONAL \u2013 for software testing."
INVENTED = "Every person, place and service named here is invented."
WORD = "Microsoft\u00ae Word for Microsoft 365"
ACROBAT = "Adobe Acrobat Pro (64-bit) 24.1.20643"

# --------------------------------------------------------------------------
# portfolio.pdf: an Acrobat PDF Portfolio of a board's meeting pack: a cover sheet, the agenda (.txt) and the review
# --------------------------------------------------------------------------
PF_TITLE = "Safeguarding Adults Review: Mr K (fictional)"
PF_ORG = "Brackenmoor Safeguarding Adults Board"
PF_HEAD = "SAR Mr K (fictional) \u2013 final report"
PF_BODY = [
    ("h", "1. Introduction"),
    ("1.1", 94), ("1.2", 112), ("1.3", 86),
    ("h", "2. Mr K and the services around him"),
    ("2.1", 121), ("2.2", 104), ("2.3", 129), ("2.4", 97),
    ("h", "3. Findings"),
    ("3.1", 118), ("3.2", 102), ("3.3", 124), ("3.4", 90),
]
PF_FILE = "SAR Mr K final report (fictional).pdf"
PF_AGENDA_FILE = "Agenda - Board meeting 20 March 2025.txt"
# typed in Notepad (CRLF); its numbered items are the agenda's, never the review's
PF_AGENDA = [
    "Brackenmoor Safeguarding Adults Board (fictional)",
    "Board meeting, Thursday 20 March 2025, 10.00 to 12.30, Committee Room 2",
    "",
    "AGENDA",
    "",
    "1. Welcome, introductions and apologies",
    "2. Minutes of the meeting of 16 January 2025 and matters arising",
    "3. Chair's update",
    "4. Safeguarding Adults Review: Mr K (fictional)",
    "4.1 Final report for sign-off (in this portfolio)",
    "4.2 Draft action plan and owners",
    "4.3 Publication and briefing for practitioners",
    "5. Performance report, quarter 3",
    "6. Any other business",
    "",
    "Date of next meeting: 15 May 2025",
    FICT,
]
# the cover sheet Acrobat puts before a portfolio's files, for readers that cannot show the portfolio
PF_COVER = [
    ("PDF Portfolio", "Helvetica-Bold", 20),
    ("This PDF Portfolio contains multiple files.", "Helvetica", 12),
    ("For the best experience, open it in Adobe Acrobat or Adobe Acrobat Reader.", "Helvetica", 12),
    ("Get Adobe Acrobat Reader now at www.adobe.com/go/reader", "Helvetica", 12),
]

# --------------------------------------------------------------------------
# letter.pdf: a partnership's covering letter, the review attached with Acrobat's "Attach File" (a paperclip)
# --------------------------------------------------------------------------
LT_TITLE = "Child Safeguarding Practice Review: Child N (fictional)"
LT_ORG = "Oakhollow Safeguarding Children Partnership"
LT_HEAD = "CSPR Child N (fictional) \u2013 final report"
LT_BODY = [
    ("h", "Introduction"),
    ("1", 92), ("2", 109), ("3", 84),
    ("h", "Child N and the family"),
    ("4", 118), ("5", 101), ("6", 126), ("7", 95),
    ("h", "What we learned"),
    ("8", 116), ("9", 131), ("10", 98), ("11", 121),
    ("h", "Conclusion"),
    ("12", 106), ("13", 89),
]
LT_FILE = "CSPR Child N final report (fictional).pdf"
LT_LETTERHEAD = "Oakhollow Safeguarding Children Partnership (fictional)"
LT_ADDRESS = ["14 Kestrel Row", "Oakhollow", "OK4 7PQ", "Telephone 01632 960 207"]
LT_TO = ["Dr S Maddox", "Designated Doctor for Safeguarding Children", "Oakhollow Integrated Care Board",
         "3 Mill Yard", "Oakhollow", "OK1 2DX"]
LT_REF = "Our ref: CSPR/2025/03"
LT_DATE = "7 March 2025"
LT_SUBJECT = "Child Safeguarding Practice Review: Child N (fictional)"
LT_PROSE = [
    "Dear Dr Maddox,",
    "On behalf of the partnership I enclose the final report of the review named above, which the statutory "
    "safeguarding partners agreed at their meeting last month. The report is attached to this letter as a PDF file; "
    "in Adobe Acrobat or Acrobat Reader, open it from the paperclip in the margin or from the Attachments panel.",
    "We would be grateful if you would share the report with the named professionals in your organisation and let "
    "us have your organisation's response to its learning by 30 April 2025. The partnership's business unit will "
    "arrange a briefing for practitioners in the spring.",
    "Please do not circulate the report beyond your organisation before it is published on the partnership's "
    "website. Thank you for the time that you and your colleagues gave to the review.",
    "Yours sincerely,",
]
LT_SIGN = ["Helen Ashworth", "Independent Scrutineer, Oakhollow Safeguarding Children Partnership", FICT]
LT_AUTHOR = "H Ashworth"

# --------------------------------------------------------------------------
# download.zip: a partnership site's download, a folder of the review as Word, its images and a readme
# --------------------------------------------------------------------------
ZP_TITLE = "Domestic Homicide Review: Ms L (fictional)"
ZP_ORG = "Fenwick Marsh Community Safety Partnership"
ZP_HEADINGS = ["Introduction", "Background", "Analysis", "Conclusions"]
ZP_BODY = [
    ("h", "Introduction"),
    ("1.1", 96), ("1.2", 118), ("1.3", 88),
    ("h", "Background"),
    ("2.1", 124), ("2.2", 103), ("2.3", 112),
    ("fig", None),
    ("h", "Analysis"),
    ("3.1", 127), ("3.2", 99), ("3.3", 121), ("3.4", 93),
    ("h", "Conclusions"),
    ("4.1", 114), ("4.2", 91),
]
ZP_FOLDER = "DHR-Ms-L-overview-report"
ZP_DOCX = "DHR Ms L overview report (fictional).docx"
ZP_LOGO = "fenwick-marsh-csp-logo.png"
ZP_FIGURE = "figure-1-timeline.png"
ZP_CAPTION = "Figure 1: Contacts with services, 2021 to 2023 (fictional)"
ZP_README = [
    "Domestic Homicide Review: Ms L (fictional) - overview report",
    "Fenwick Marsh Community Safety Partnership",
    "Version 1.2, published 3 March 2025",
    "",
    "This download contains:",
    "1. DHR Ms L overview report (fictional).docx - the overview report (Word)",
    "2. images/ - the partnership's logo and Figure 1, for accessible formats",
    "3. README.txt - this file",
    "",
    "Licence: you may re-use this information free of charge in any format or medium under the terms of the",
    "Open Government Licence v3.0. Where we have identified any third-party copyright information you will need to",
    "obtain permission from the copyright holders concerned.",
    "",
    FICT,
]

# --------------------------------------------------------------------------
# memo.docx: a service's memo (Word) with the review embedded as an object shown as an icon
# --------------------------------------------------------------------------
MM_TITLE = "Learning Review: Mrs W (fictional)"
MM_ORG = "Hallam Cross Safeguarding Adults Board"
MM_BODY = [
    ("h", "1. Why we held this review"),
    ("1.1", 90), ("1.2", 108),
    ("h", "2. What happened"),
    ("2.1", 122), ("2.2", 100), ("2.3", 117), ("2.4", 94),
    ("h", "3. What we learned"),
    ("3.1", 125), ("3.2", 103), ("3.3", 111), ("3.4", 87),
]
MM_ICON_CAPTION = "LR Mrs W final (fictional).docx"
MM_HEAD = "MEMO"
MM_FIELDS = [("To:", "All team managers, Adult Social Care"), ("From:", "Principal Social Worker"),
             ("Date:", "11 March 2025"), ("Subject:", "Learning Review: Mrs W (fictional) \u2013 final report")]
MM_PROSE = [
    "The Safeguarding Adults Board has now published the final report of the learning review named above. The "
    "report is embedded below: double-click the icon to open it in Word.",
    "Please make sure that every practitioner in your team has read it, and book your team onto one of the "
    "briefing sessions. Two things to do:",
]
MM_ACTIONS = ["Discuss the report at your next team meeting and note the discussion in the minutes.",
              "Send the names of your team's attendees to the Principal Social Worker by 28 March 2025."]
MM_CLOSE = "Thank you. " + FICT
MM_AUTHOR = "Principal Social Worker"

# --------------------------------------------------------------------------
# message.eml: an e-mail with the review attached as a PDF (Thunderbird)
# --------------------------------------------------------------------------
EM_TITLE = "Thematic Review: Young People at Risk Outside the Home (fictional)"
EM_ORG = "Redwater Safeguarding Children Partnership"
EM_HEAD = "Thematic review (fictional) \u2013 final report"
EM_BODY = [
    ("h", "1. About this review"),
    ("1.1", 93), ("1.2", 115),
    ("h", "2. What the young people told us"),
    ("2.1", 126), ("2.2", 98), ("2.3", 119), ("2.4", 104),
    ("h", "3. Themes"),
    ("3.1", 128), ("3.2", 96), ("3.3", 113),
    ("h", "4. What happens next"),
    ("4.1", 101), ("4.2", 88),
]
EM_FILE = "Thematic review final report (fictional).pdf"
EM_FROM = ("Priya Lomax", "priya.lomax@redwater-scp.example")
EM_TO = ("Learning and Development Team", "ld.team@redwater-council.example")
EM_SUBJECT = "Final report - thematic review (fictional)"
EM_DATE = "Fri, 14 Mar 2025 16:42:07 +0000"
EM_BODY_LINES = [
    "Hi all,",
    "",
    "Please find attached the final report, as agreed at Tuesday's meeting. It is the published version, so it "
    "can go onto the training pages as it is.",
    "",
    "Any problems opening it, give me a shout.",
    "",
    "Thanks,",
    "Priya",
    "",
    "-- ",
    "Priya Lomax",
    "Business Manager, Redwater Safeguarding Children Partnership (fictional)",
    "Room 2.14, Civic Centre, Redwater RW1 1AA",
    "Tel 01632 960 418",
    FICT,
]
EM_CREATOR = WORD
