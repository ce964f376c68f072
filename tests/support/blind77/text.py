"""Invented prose for the blind77 fixtures: blind17's vocabularies and paragraph maker, with seed 77; and this round's
own furniture for tagged PDFs whose reading order is not their drawing order: titles, running heads, folios, a
watermark, a figure's caption and alternative text, footnotes, and each review's shape. FICTIONAL \u2013 for software
testing. Every person, place, review, partnership, board and date named here is invented; nothing is graphic.

Each body: (number, words) a paragraph of the review, its words made by the paragraph maker; ("h", words) a heading
(no number).
"""

from __future__ import annotations

import os
import sys

try:
    from ..blindkit import prose as _prose
except ImportError:  # make.py run as a script: blindkit is on sys.path
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    from blindkit import prose as _prose  # type: ignore

contains_seq, first_sentence, key_words, norm = _prose.contains_seq, _prose.first_sentence, _prose.key_words, \
    _prose.norm
ParaMaker = _prose.para_maker(77)

FICT = "FICTIONAL \u2013 for software testing."
INVENTED = "Every person, place, service and review named here is invented."
INDESIGN = ("Adobe InDesign 19.4 (Windows)", "Adobe PDF Library 17.0")
WORD = ("Microsoft\u00ae Word for Microsoft 365", "Microsoft\u00ae Word for Microsoft 365")
AUTOTAG = ("Microsoft\u00ae Word 2013", "Adobe Acrobat Pro (64-bit) 24.1.20643")

# --------------------------------------------------------------------------
# streamorder.pdf: two columns from InDesign, the second column (or the last paragraph) drawn first
# --------------------------------------------------------------------------
SO_TITLE = "Child Safeguarding Practice Review: \u2018Child V\u2019 (fictional)"
SO_ORG = "Orlestone Safeguarding Children Partnership"
SO_HEAD = "Orlestone SCP \u00b7 Child V (fictional)"
SO_BODY = [("h", "2 What happened"), ("2.1", 168), ("2.2", 182), ("2.3", 154), ("2.4", 176),
           ("h", "3 What the review found"), ("3.1", 190), ("3.2", 162), ("3.3", 178), ("3.4", 148),
           ("h", "4 What will change"), ("4.1", 170), ("4.2", 186), ("4.3", 158)]

# --------------------------------------------------------------------------
# artifacts.pdf: Word's tagged PDF, its running head drawn last, folios and a watermark as artifacts
# --------------------------------------------------------------------------
AR_TITLE = "Safeguarding Adults Review: \u2018Mr T\u2019 (fictional)"
AR_ORG = "Pellingford Safeguarding Adults Board"
AR_HEAD_L = "Safeguarding Adults Review \u2013 Mr T (fictional)"
AR_HEAD_R = "OFFICIAL \u2013 draft for the board"
AR_WATERMARK = "DRAFT \u2013 NOT FOR CIRCULATION"
AR_BODY = [("h", "Findings"), ("5.1", 96), ("5.2", 118), ("5.3", 88), ("5.4", 124), ("5.5", 102), ("5.6", 92),
           ("h", "Recommendations"), ("5.7", 110), ("5.8", 86), ("5.9", 120), ("5.10", 94), ("5.11", 104)]

# --------------------------------------------------------------------------
# actualtext.pdf: InDesign's tagged PDF, ligature glyphs, a drop cap and badge numbers drawn as graphics
# --------------------------------------------------------------------------
AT_TITLE = "Learning review: \u2018Ms E\u2019 (fictional)"
AT_ORG = "Thornbury Vale Safeguarding Adults Board"
AT_HEAD = "Thornbury Vale SAB \u00b7 Learning review: Ms E (fictional)"
AT_BODY = [("h", "Background"), ("1.1", 112), ("1.2", 96), ("1.3", 104),
           ("h", "What we found"), ("2.1", 120), ("2.2", 102), ("2.3", 116), ("2.4", 94),
           ("h", "What happens next"), ("3.1", 108), ("3.2", 98), ("3.3", 110)]
AT_BADGES = ("1.1", "2.1", "3.1")  # each section's first number drawn as a graphic in a badge
AT_FIGURE_AFTER = "2.2"
AT_CAPTION = "Figure 1: Concerns raised about Ms E each quarter (fictional data)."
AT_ALT = ("Bar chart of concerns raised about Ms E each quarter: 2.1 concerns a month in the first quarter, "
          "rising to 3.4 a month by the last.")

# --------------------------------------------------------------------------
# notes.pdf: Word's tagged PDF, a paragraph over a page break (a P of two MCIDs) and footnotes tagged after it
# --------------------------------------------------------------------------
NO_TITLE = "Domestic Homicide Review: \u2018Ms H\u2019 (fictional)"
NO_ORG = "Castlebridge Community Safety Partnership"
NO_HEAD = "DHR \u2013 Ms H (fictional)"
NO_BODY = [("h", "Chronology"), ("1", 104), ("2", 126), ("3", 150), ("4", 98), ("5", 118),
           ("h", "Analysis"), ("6", 132), ("7", 92), ("8", 140), ("9", 110), ("10", 124),
           ("h", "Conclusions"), ("11", 102), ("12", 96)]
NO_NOTES = {"2": "The panel met six times between March and October; its members are listed in Appendix A.",
            "3": ("Home Office guidance on domestic homicide reviews (fictional edition) asks that the family be "
                  "offered an advocate from the start."),
            "8": "Records of the calls were given to the panel by the ambulance service in July."}

# --------------------------------------------------------------------------
# badtree.pdf: a tagged PDF whose tree is wrong and partial (an autotagger's bugs); the page order is the one
# --------------------------------------------------------------------------
BT_TITLE = "Rapid review: \u2018Baby N\u2019 (fictional)"
BT_ORG = "Wexmoor Safeguarding Partnership"
BT_HEAD = "Rapid review \u2013 Baby N (fictional)"
BT_BODY = [("h", "Summary of the case"), ("1.1", 62), ("1.2", 58), ("1.3", 66), ("1.4", 54), ("1.5", 60),
           ("1.6", 56), ("h", "Learning"), ("2.1", 64), ("2.2", 58), ("2.3", 70), ("2.4", 52), ("2.5", 62),
           ("h", "Actions agreed"), ("3.1", 56), ("3.2", 60), ("3.3", 54)]
BT_MERGED = ("2.2", "2.3")  # the autotagger made one P of these two
