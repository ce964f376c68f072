"""Invented prose for the blind80 fixtures: blind17's vocabularies and paragraph maker, with seed 80; and this round's
own furniture for reviews whose TEXT LAYERS ARE BROKEN AS FONT ENCODERS BREAK THEM: a subset font whose ToUnicode map
leaves the digits out, numbers in a font with no map at all under /ActualText, glyphs mapped to the Private Use Area,
fake bold drawn twice, a letter-spaced heading, words without space glyphs, full-width and mathematical bold digits,
note markers beside the numbers, ligatures, and numbers drawn by a Type 3 font.
FICTIONAL \u2013 for software testing. Every person, place, review, partnership, board and date named here is
invented; nothing is graphic.

Each body: ("h", words) a heading; (label, length) a paragraph: its number as printed (the key's label) and its
length for the paragraph maker.
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
ParaMaker = _prose.para_maker(80)

FICT = "FICTIONAL \u2013 for software testing."
INVENTED = "Every person, place, service and review named here is invented."

# --------------------------------------------------------------------------
# unmapped.pdf: the numbers' subset font has a ToUnicode map without the digits (its /Differences names them); the
# numbers of sections 3 and 4 in a CID font with no map at all, each under an /ActualText
# --------------------------------------------------------------------------
UM_TITLE = "Safeguarding Adults Review: \u2018Mrs H\u2019 (fictional)"
UM_ORG = "Hollinbrook Safeguarding Adults Board"
UM_HEAD = "SAR Mrs H (fictional) \u2013 overview report"
UM_INFO = ("PScript5.dll Version 5.2.2", "Acrobat Distiller 9.0.0 (Windows)")
UM_BODY = [("h", "1. Introduction"), ("1.1", 118), ("1.2", 146), ("1.3", 130),
           ("h", "2. Mrs H and her circumstances"), ("2.1", 164), ("2.2", 140), ("2.3", 172), ("2.4", 128),
           ("h", "3. Analysis"), ("3.1", 176), ("3.2", 150), ("3.3", 160), ("3.4", 138),
           ("h", "4. Findings"), ("4.1", 154), ("4.2", 132), ("4.3", 146)]

# --------------------------------------------------------------------------
# privateuse.pdf: the bold face's ToUnicode maps every glyph (digits and letters) into the Private Use Area; its
# /Differences names them
# --------------------------------------------------------------------------
PU_TITLE = "Domestic Homicide Review: \u2018Anna\u2019 (fictional)"
PU_ORG = "Fenwold Community Safety Partnership"
PU_HEAD = "DHR Anna (fictional) \u2013 overview report"
PU_INFO = ("Serif PagePlus X9", "Serif PDF Export 19.0 (fictional)")
PU_BODY = [("h", "1. The review"), ("1.1", 120), ("1.2", 150), ("1.3", 134),
           ("h", "2. Anna and her family"), ("2.1", 168), ("2.2", 144), ("2.3", 170), ("2.4", 126),
           ("h", "3. Contact with services"), ("3.1", 158), ("3.2", 140), ("3.3", 176), ("3.4", 130),
           ("h", "4. Conclusions"), ("4.1", 150), ("4.2", 128)]

# --------------------------------------------------------------------------
# fakebold.pdf: headings and numbers in the regular face drawn twice a little apart; the last heading letter-spaced;
# some paragraphs set word by word without space glyphs
# --------------------------------------------------------------------------
FB_TITLE = "Child Safeguarding Practice Review: \u2018Child K\u2019 (fictional)"
FB_ORG = "Oakridge Vale Safeguarding Children Partnership"
FB_HEAD = "CSPR Child K (fictional)"
FB_INFO = ("WordPerfect X9 (fictional)", "Corel PDF Engine Version 19.0")
FB_BODY = [("h", "1. Why this review"), ("1.1", 122), ("1.2", 146), ("1.3", 136),
           ("h", "2. Child K\u2019s story"), ("2.1", 170), ("2.2", 148), ("2.3", 164), ("2.4", 132),
           ("h", "3. What we learned"), ("3.1", 178), ("3.2", 142), ("3.3", 166), ("3.4", 136),
           ("h", "4. What will change"), ("4.1", 150), ("4.2", 124), ("4.3", 140)]
FB_GAPS = {"1.3", "2.2", "3.3", "4.2"}  # set word by word: no space glyph, the spaces only gaps
FB_SPACED = "4. What will change"  # the letter-spaced heading

# --------------------------------------------------------------------------
# widedigits.pdf: the numbers' text layer full-width (sections 1 and 2) or mathematical bold (3 and 4); note markers
# raised beside some numbers; the body's fi and fl ligatures
# --------------------------------------------------------------------------
WD_TITLE = "Learning Review: \u2018Mrs B\u2019 (fictional)"
WD_ORG = "Tarnmouth Safeguarding Adults Board"
WD_HEAD = "Learning review Mrs B (fictional)"
WD_INFO = ("Pages (fictional)", "macOS Version 14.2 (Build 23C64) Quartz PDFContext")
WD_BODY = [("h", "1. Background"), ("1.1", 118), ("1.2", 150), ("1.3", 128),
           ("h", "2. Mrs B\u2019s contact with services"), ("2.1", 166), ("2.2", 146), ("2.3", 176), ("2.4", 132),
           ("h", "3. Themes"), ("3.1", 170), ("3.2", 144), ("3.3", 158), ("3.4", 136),
           ("h", "4. Learning"), ("4.1", 152), ("4.2", 130), ("4.3", 142)]
WD_NOTES = {"1.2": "The terms of reference were agreed by the board\u2019s review group (fictional).",
            "2.3": "Chronologies were supplied by every agency named in this review (fictional).",
            "3.2": "The practitioners\u2019 event was held online in the spring (fictional).",
            "4.1": "The board\u2019s learning and improvement plan is published separately (fictional)."}

# --------------------------------------------------------------------------
# type3.pdf: the numbers drawn by Type 3 fonts (each glyph a path in the font): sections 1 and 2 by one with a
# ToUnicode map and meaningless glyph names, sections 3 and 4 by one without a map whose names are uniXXXX
# --------------------------------------------------------------------------
T3_TITLE = "Safeguarding Adults Review: \u2018Ms D\u2019 (fictional)"
T3_ORG = "Carrow Brook Safeguarding Adults Board"
T3_HEAD = "SAR Ms D (fictional)"
T3_INFO = ("LaTeX with hyperref (fictional)", "dvips + GPL Ghostscript 9.54.0")
T3_BODY = [("h", "1. About this review"), ("1.1", 124), ("1.2", 148), ("1.3", 132),
           ("h", "2. What happened"), ("2.1", 172), ("2.2", 140), ("2.3", 168), ("2.4", 134),
           ("h", "3. Analysis"), ("3.1", 180), ("3.2", 146), ("3.3", 162), ("3.4", 130),
           ("h", "4. Recommendations"), ("4.1", 148), ("4.2", 136), ("4.3", 126)]
