"""Invented prose for the blind60 fixtures: blind17's vocabularies and paragraph maker, with seed 60; and this round's
own furniture for reports as they come out of print dialogs and office print settings: a print-management stamp on
sheets printed four pages to a sheet, a print server's job separator page, a briefing deck's slides and speaker notes
sent to Word as handouts, a paginated print preview's running elements, and a proof copy's header and footer.
FICTIONAL – for software testing. Every person, place, agency, board, printer, queue, reference and web address named
here is invented (the web addresses are under .example); nothing is graphic.
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
ParaMaker = _prose.para_maker(60)

# --------------------------------------------------------------------------
# fourup.pdf: a CSPR printed four pages to a sheet through a follow-me print queue (Ashcombe Vale, FICTIONAL)
# --------------------------------------------------------------------------
FU_TITLE = ["Child Safeguarding Practice Review", "Child H"]
FU_BOARD = "Ashcombe Vale Safeguarding Children Partnership (FICTIONAL)"
FU_HEAD = "CSPR Child H \u2013 final report"
FU_DATE = "Published February 2025"
FU_SECTIONS = ["Introduction", "Child H and the family", "What happened", "What the review found",
               "Recommendations"]
FU_STAMP = ("Printed by s.okonjo \u00b7 14/02/2025 10:32 \u00b7 FOLLOWME-MONO-02 \u00b7 4 pages per sheet \u00b7 "
            "sheet {k} of {n}")

# --------------------------------------------------------------------------
# tumble.pdf: a SAR printed double-sided (flip on short edge) to a print server's PDF queue (Kelderby, FICTIONAL)
# --------------------------------------------------------------------------
TU_TITLE = "Safeguarding Adults Review: Mr E"
TU_BOARD = "Kelderby Safeguarding Adults Board (FICTIONAL)"
TU_HEAD = "SAR Mr E \u2013 overview report"
TU_SECTIONS = ["Introduction", "Mr E", "Agency involvement", "Analysis", "Findings", "Recommendations"]
TU_JOB = [("Job", "4127"), ("User", "h.marwood (Helen Marwood)"), ("Document", "SAR Mr E - overview report FINAL.docx"),
          ("Printer", "\\\\KB-PRINT01\\PDF-ARCHIVE"), ("Submitted", "14/02/2025 10:32:07"),
          ("Pages", "{n}"), ("Copies", "1"), ("Sides", "Two-sided, flip on short edge"),
          ("Scaling", "Fit to printable area (94%)"), ("Paper", "A4, portrait")]

# --------------------------------------------------------------------------
# handout.docx: a seven-minute briefing's slides and notes sent to Word as handouts (Pellow Cross, FICTIONAL)
# --------------------------------------------------------------------------
HO_TITLE = "7-minute briefing: Child J"
HO_BOARD = "Pellow Cross Safeguarding Partnership (FICTIONAL)"
HO_WELCOME = ("Welcome everyone. This briefing takes about seven minutes and goes through the practice review of "
              "Child J, section by section. Please keep your questions until the end; there is time for "
              "discussion on the last slide.")
HO_SECTIONS = ["Why this review", "Child J and the family", "What happened", "What the review found",
               "What we will do differently"]
HO_SLIDES = {  # slide number: the text on the slide (its picture's alt text)
    1: "7-minute briefing: Child J. Pellow Cross Safeguarding Partnership. February 2025.",
    2: "1. Why this review. 1.1 Rapid review in March. 1.2 Scope: two years.",
    3: "2. Child J and the family. 2.1 Who lived at home. 2.2 Moves between schools.",
    4: "2. Child J and the family (continued). 2.3 What the family told us.",
    5: "3. What happened.",
    6: "3. What happened. 3.1 Referral closed after one visit. 3.2 School concerns. 3.3 Hospital attendance.",
    7: "4. What the review found. 4.1 Thresholds. 4.2 Voice of the child.",
    8: "4. What the review found. 4.3 Supervision.",
    9: "5. What we will do differently. 5.1 Escalation. 5.2 Audit in six months.",
    10: "Questions? Thank you.",
}
HO_CUES = ["[CLICK \u2013 next point appears]", "[CLICK]", "[Pause for questions before moving on]"]
HO_CLOSE = "Thank you for listening. Any questions to the partnership's learning lead by 31 March."

# --------------------------------------------------------------------------
# paged.html: a thematic review paginated for printing by a print-preview script and saved (Marrowdene, FICTIONAL)
# --------------------------------------------------------------------------
PG_TITLE = "Thematic review: children who go missing from education"
PG_BOARD = "Marrowdene Safeguarding Partnership (FICTIONAL)"
PG_RUNNING = "Thematic review: children missing from education \u00b7 Marrowdene (FICTIONAL)"
PG_FOOT = "Marrowdene Safeguarding Partnership \u00b7 published 20 February 2025"
PG_SECTIONS = ["Why we did this review", "What we looked at", "What we found", "What needs to change"]
PG_URL = "https://www.marrowdene-sp.example/reviews/missing-education/print"

# --------------------------------------------------------------------------
# doublespaced.txt: a DHR's proof copy printed double-spaced to a file through a text-only printer (Ulverby, FICTIONAL)
# --------------------------------------------------------------------------
DS_TITLE = "DOMESTIC HOMICIDE REVIEW: MS A"
DS_BOARD = "Ulverby Community Safety Partnership (FICTIONAL)"
DS_HEAD = "PROOF COPY - DOUBLE SPACED FOR CORRECTIONS - NOT FOR CIRCULATION"
DS_SECTIONS = ["INTRODUCTION", "THE REVIEW PROCESS", "BACKGROUND", "KEY EVENTS", "ANALYSIS", "CONCLUSIONS"]
DS_NOTE = ("Printed for proof-reading. Please mark corrections in the blank lines and return this copy to the "
           "review chair by 28 February 2025.")
