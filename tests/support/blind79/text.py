"""Invented prose for the blind79 fixtures: blind17's vocabularies and paragraph maker, with seed 79; and this round's
own furniture for reviews whose PAGES ARE NOT IN READING ORDER in the file, as hand-assembled PDFs come out of
scanners, printers and binders: pages re-sorted out of order, two printed pages to a sheet, a folded booklet's
imposition, a page scanned twice, a blank page and a separator sheet, a page turned or cropped.
FICTIONAL \u2013 for software testing. Every person, place, review, partnership, board and date named here is
invented; nothing is graphic.

Each body: ("h", words) a heading; ("br",) a page break the author typed; ("blank",) a page break, a page that reads
"This page is intentionally left blank" and another page break; (label, length) a paragraph: its number as printed
(the key's label) and its length for the paragraph maker.
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
ParaMaker = _prose.para_maker(79)

FICT = "FICTIONAL \u2013 for software testing."
INVENTED = "Every person, place, service and review named here is invented."
BLANK = "This page is intentionally left blank"

# --------------------------------------------------------------------------
# resorted.pdf: pages saved one by one and merged by hand, out of order; the folios "Page N of 6" give the order
# --------------------------------------------------------------------------
RS_TITLE = "Safeguarding Adults Review: \u2018Mr T\u2019 (fictional)"
RS_ORG = "Ashcombe Vale Safeguarding Adults Board"
RS_HEAD = "SAR Mr T (fictional) \u2013 overview report"
RS_INFO = ("Microsoft\u00ae Word for Microsoft 365", "PDFsam Basic v5.2.2")
RS_ORDER = [1, 2, 5, 3, 4, 6]  # the file's pages, by the printed page each holds
RS_BODY = [("h", "1. Introduction"), ("1.1", 120), ("1.2", 150), ("1.3", 136), ("1.4", 140),
           ("h", "2. Mr T and his circumstances"), ("2.1", 168), ("2.2", 142), ("2.3", 176), ("2.4", 130),
           ("2.5", 160),
           ("h", "3. Analysis"), ("3.1", 182), ("3.2", 150), ("3.3", 164), ("3.4", 172), ("3.5", 140),
           ("3.6", 150),
           ("h", "4. Findings and recommendations"), ("4.1", 160), ("4.2", 150), ("4.3", 178), ("4.4", 126),
           ("4.5", 150)]

# --------------------------------------------------------------------------
# handout.pdf: printed "2 pages per sheet" to a PDF printer: two printed pages side by side on each landscape page
# --------------------------------------------------------------------------
HO_TITLE = "Domestic Homicide Review: \u2018Leah\u2019 (fictional)"
HO_ORG = "Coldharbour Community Safety Partnership"
HO_HEAD = "DHR Leah (fictional) \u2013 executive summary"
HO_INFO = ("Microsoft\u00ae Word 2016", "Microsoft: Print To PDF")
HO_BODY = [("h", "The review"), ("1", 118), ("2", 140), ("3", 126), ("4", 150),
           ("h", "Leah and her family"), ("5", 160), ("6", 134), ("7", 172), ("8", 128),
           ("h", "Key findings"), ("9", 176), ("10", 146), ("11", 162), ("12", 138), ("13", 170),
           ("h", "Recommendations"), ("14", 150), ("15", 124), ("16", 144)]

# --------------------------------------------------------------------------
# saddlestitch.pdf: a booklet printed for folding and stapling, scanned sheet by sheet: the file holds the sheets'
# sides, printed pages 8 and 1 on the first, 2 and 7 on the second, 6 and 3, then 4 and 5
# --------------------------------------------------------------------------
SS_TITLE = "Learning Review: \u2018Baby M\u2019 (fictional)"
SS_ORG = "Westerby Safeguarding Children Partnership"
SS_HEAD = "Learning review Baby M (fictional)"
SS_INFO = ("Adobe InDesign 19.2 (Windows)", "Adobe PDF Library 17.0")
SS_SHEETS = [(8, 1), (2, 7), (6, 3), (4, 5)]  # each side of a sheet: (left, right)
SS_STRAP = "A learning review in brief, for practitioners"
SS_BACK = ["Westerby Safeguarding Children Partnership (fictional)", "Learning review Baby M: a briefing booklet",
           "Printed for the partnership\u2019s practitioner events"]
SS_BODY = [("br",), ("h", "1. Why this review"), ("1.1", 96), ("1.2", 120), ("1.3", 108), ("1.4", 124),
           ("h", "2. Baby M\u2019s story"), ("2.1", 132), ("2.2", 116), ("2.3", 140), ("2.4", 104),
           ("2.5", 130), ("2.6", 122),
           ("h", "3. What we learned"), ("3.1", 138), ("3.2", 112), ("3.3", 146), ("3.4", 118),
           ("3.5", 160), ("3.6", 134), ("3.7", 118),
           ("h", "4. What will change"), ("4.1", 124), ("4.2", 110), ("4.3", 100), ("4.4", 120), ("4.5", 112)]

# --------------------------------------------------------------------------
# rescanned.pdf: a report scanned in two batches: page 2 fed twice, a page left blank on purpose, the bureau's
# separator sheet between the batches, and the blank back of the last sheet
# --------------------------------------------------------------------------
RC_TITLE = "Child Safeguarding Practice Review: \u2018Child E\u2019 (fictional)"
RC_ORG = "Penhallow Safeguarding Children Partnership"
RC_HEAD = "CSPR Child E (fictional)"
RC_INFO = ("Microsoft\u00ae Word 2016", "iText\u00ae 5.5.13 \u00a92000-2019 (fictional records unit merge)")
RC_SEP = ["SCAN SEPARATOR SHEET", "Batch two \u2013 continue with the same document",
          "Penhallow Records Unit (fictional) \u2013 do not remove"]
RC_BODY = [("h", "1. Introduction"), ("1.1", 126), ("1.2", 148), ("1.3", 134),
           ("h", "2. The practice"), ("2.1", 170), ("2.2", 152), ("2.3", 180), ("2.4", 172), ("2.5", 166),
           ("2.6", 144),
           ("blank",), ("h", "3. Learning and recommendations"), ("3.1", 158), ("3.2", 172), ("3.3", 140),
           ("3.4", 166), ("3.5", 150), ("3.6", 128)]

# --------------------------------------------------------------------------
# turned.pdf: a report scanned with OCR: page 2 fed sideways, page 4 upside down, page 5 cropped at the top
# --------------------------------------------------------------------------
TU_TITLE = "Safeguarding Adults Review: \u2018Ms P\u2019 (fictional)"
TU_ORG = "Brackenholt Safeguarding Adults Board"
TU_HEAD = "SAR Ms P (fictional)"
TU_INFO = ("Canon iR-ADV C5535 (fictional records unit)", "Adobe PSL 1.3e for Canon")
TU_BODY = [("h", "1. About this review"), ("1.1", 118), ("1.2", 140), ("1.3", 126),
           ("h", "2. What happened"), ("2.1", 168), ("2.2", 150), ("2.3", 174), ("2.4", 136), ("2.5", 160),
           ("h", "3. Analysis"), ("3.1", 176), ("3.2", 148), ("3.3", 166), ("3.4", 150), ("3.5", 140),
           ("br",), ("3.6", 140), ("3.7", 132), ("3.8", 150)]
