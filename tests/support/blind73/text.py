"""Invented prose for the blind73 fixtures: blind17's vocabularies and paragraph maker, with seed 73; and this round's
own furniture for reviews whose words are on the page as drawing, not as text: a print-ready file whose fonts were
converted to outlines, a file printed as an image, text in a Type 3 font of bitmaps with no ToUnicode map, a scan
under an invisible OCR text layer that misreads it, and a page of real text with a quotation set as outlined artwork.
FICTIONAL \u2013 for software testing. Every person, place, review, partnership, board, council, agency and date
named here is invented; nothing is graphic.

Each file's body: ("h", heading) a heading; (number, words) a paragraph of the review, its words made by the paragraph
maker.
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
ParaMaker = _prose.para_maker(73)

FICT = "FICTIONAL \u2013 for software testing."
INVENTED = "Every person, place and service named here is invented."

# --------------------------------------------------------------------------
# outlined.pdf: a DHR made print-ready with every font converted to outlines (Ghostscript -dNoOutputFonts)
# --------------------------------------------------------------------------
OL_TITLE = "Domestic Homicide Review: Ms A (fictional)"
OL_ORG = "Tennick Vale Community Safety Partnership"
OL_HEAD = "DHR Ms A (fictional) \u2013 overview report"
OL_BODY = [
    ("h", "1. Introduction"),
    ("1.1", 96), ("1.2", 118), ("1.3", 84),
    ("h", "2. Background"),
    ("2.1", 124), ("2.2", 102), ("2.3", 131), ("2.4", 92),
    ("h", "3. Analysis"),
    ("3.1", 127), ("3.2", 109), ("3.3", 120), ("3.4", 88), ("3.5", 104),
]
OL_CREATOR = "Microsoft\u00ae Word for Microsoft 365"
OL_PRODUCER = "GPL Ghostscript 10.03.1"

# --------------------------------------------------------------------------
# asimage.pdf: a SAR printed from Acrobat with "Print As Image" to the Adobe PDF printer (one bitmap a page)
# --------------------------------------------------------------------------
AI_TITLE = "Safeguarding Adults Review: Mr J (fictional)"
AI_ORG = "Corlow Safeguarding Adults Board"
AI_HEAD = "SAR Mr J (fictional)"
AI_BODY = [
    ("h", "1. Why this review was held"),
    ("1.1", 92), ("1.2", 106),
    ("h", "2. Mr J and his life"),
    ("2.1", 118), ("2.2", 97), ("2.3", 126),
    ("h", "3. What happened"),
    ("3.1", 111), ("3.2", 129), ("3.3", 94), ("3.4", 115),
    ("h", "4. Findings"),
    ("4.1", 121), ("4.2", 100), ("4.3", 88),
]
AI_FILE = "SAR_MrJ_final_published.pdf"
AI_CREATOR = "PScript5.dll Version 5.2.2"
AI_PRODUCER = "Acrobat Distiller 24.0 (Windows)"

# --------------------------------------------------------------------------
# bitmap.pdf: a CSPR printed from Word through a PostScript driver that sent its TrueType fonts as Type 3 bitmaps
# --------------------------------------------------------------------------
BM_TITLE = "Child Safeguarding Practice Review: Child P (fictional)"
BM_ORG = "Ravensholt Safeguarding Children Partnership"
BM_HEAD = "CSPR Child P (fictional) \u2013 final report"
BM_BODY = [
    ("h", "Introduction"),
    ("1", 94), ("2", 112), ("3", 87),
    ("h", "The family and the services around them"),
    ("4", 119), ("5", 103), ("6", 128), ("7", 96),
    ("h", "Analysis"),
    ("8", 117), ("9", 134), ("10", 99), ("11", 122),
    ("h", "Conclusion"),
    ("12", 108), ("13", 91),
]
BM_FILE = "Microsoft Word - CSPR Child P final.docx"
BM_CREATOR = "PScript5.dll Version 5.2.2"
BM_PRODUCER = "Acrobat Distiller 11.0 (Windows)"

# --------------------------------------------------------------------------
# scanocr.pdf: a SAR scanned to PDF, then made "searchable" by OCR: an invisible text layer that misreads
# --------------------------------------------------------------------------
SO_TITLE = "Safeguarding Adults Review: Mrs E (fictional)"
SO_ORG = "Holmbridge Lees Safeguarding Adults Board"
SO_HEAD = "SAR Mrs E (fictional) \u2013 overview report"
SO_BODY = [
    ("h", "2. Mrs E and her family"),
    ("2.1", 104), ("2.2", 92), ("2.3", 117), ("2.4", 98),
    ("h", "3. Practice"),
    ("3.1", 112), ("3.2", 95), ("3.3", 121), ("3.4", 86), ("3.5", 101),
]
# the layer's readings of the printed numbers it gets wrong (the rest it reads right)
SO_NUMBERS = {"2.2": "2.Z", "2.4": "24", "3.1": "3.l", "3.3": "3,3", "3.5": "S.5"}
# the layer's letter confusions, one applied to every word of five letters or more on every third line of a page
SO_SWAPS = [("rn", "m"), ("m", "rn"), ("cl", "d"), ("li", "h"), ("e", "c"), ("o", "0"), ("i", "l")]
SO_CREATOR = "Canon iR-ADV C5535 PDF"
SO_PRODUCER = "Adobe Acrobat Pro (64-bit) 24.1.20643"

# --------------------------------------------------------------------------
# artwork.pdf: a learning review with real text and one pull quote set as artwork (its type outlined)
# --------------------------------------------------------------------------
AW_TITLE = "Learning Review: Mrs D (fictional)"
AW_ORG = "Saltmere Safeguarding Adults Board"
AW_HEAD = "Learning Review Mrs D (fictional)"
AW_BODY = [
    ("h", "1. Introduction"),
    ("1.1", 88), ("1.2", 104), ("1.3", 96),
    ("h", "2. What Mrs D told us"),
    ("2.1", 116), ("2.2", 99), ("2.3", 126), ("2.4", 132), ("2.5", 94), ("2.6", 108),
    ("h", "3. Learning"),
    ("3.1", 119), ("3.2", 101), ("3.3", 87),
]
AW_QUOTE = ["\u201cI told everyone who came through",
            "the door that I was frightened.",
            "Nobody wrote it down.\u201d"]
AW_CREDIT = "Mrs D\u2019s daughter, speaking to the review (fictional), paragraph 2.6"
AW_BOX_AFTER = ("2.4", 4)  # the quotation sits in 2.4, after its fourth line; 2.4 runs on below it
AW_CREATOR = "Adobe InDesign 19.2 (Windows)"
AW_PRODUCER = "Adobe PDF Library 17.0"
