"""Invented prose for the blind78 fixtures: blind17's vocabularies and paragraph maker, with seed 78; and this round's
own furniture for reviews whose numbering was TYPED BY PEOPLE, as it really is: odd spacing and punctuation around
the numbers, numbers skipped, repeated, out of order or restarted, sub-paragraphs and bullets under a number, a number
on a line of its own or in a table cell beside its text, and a review pasted part way through into another template.
FICTIONAL \u2013 for software testing. Every person, place, review, partnership, board and date named here is
invented; nothing is graphic.

Each body: ("h", words) a heading; (printed, key, words) a paragraph: the number as typed in the file, the number a
reader cites it by (the key's label), and its length for the paragraph maker; some bodies add a fourth field, the
paragraph's shape (below, in each file's section).
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
ParaMaker = _prose.para_maker(78)

FICT = "FICTIONAL \u2013 for software testing."
INVENTED = "Every person, place, service and review named here is invented."
WORD16 = ("Microsoft\u00ae Word 2016", "Microsoft\u00ae Word 2016")
WRITER = ("Writer", "LibreOffice 7.6")

# --------------------------------------------------------------------------
# typed.pdf: a review typed in Word with its numbering off, saved as PDF; every number typed its own way
# shape: "tab" the words at the tab stop (36 pt); "spaces" five typed spaces; "two" two typed spaces; "space" one
# space; "bold" the number in bold (a tab after it)
# --------------------------------------------------------------------------
TY_TITLE = "Safeguarding Adults Review: \u2018Mrs K\u2019 (fictional)"
TY_ORG = "Harrowdean Safeguarding Adults Board"
TY_HEAD = "SAR Mrs K (fictional) \u2013 final report"
TY_BODY = [("h", "4. Findings"),
           ("4.1", "4.1", 118, "tab"), ("4. 2", "4.2", 96, "tab"), ("4 .3", "4.3", 132, "tab"),
           ("4.4.", "4.4", 104, "tab"), ("4,5", "4.5", 88, "tab"), ("4.6)", "4.6", 122, "space"),
           ("(4.7)", "4.7", 100, "tab"), ("4.8", "4.8", 112, "spaces"), ("4.9", "4.9", 94, "two"),
           ("h", "5. What the board will do"),
           ("5.1", "5.1", 108, "bold"), ("5.2", "5.2", 126, "bold"), ("5.4", "5.4", 98, "bold"),
           ("5.5", "5.5", 114, "bold")]

# --------------------------------------------------------------------------
# slips.docx: a domestic homicide review typed in Word with its numbering off: the slips a reader forgives
# shape: "typed" the number, a tab, the words; "ownline" the number a paragraph of its own, the words the next one;
# "cell" a one-row table, the number in the first cell and the words in the second
# --------------------------------------------------------------------------
SL_TITLE = "Domestic Homicide Review: \u2018Anna\u2019 (fictional)"
SL_ORG = "Fellbrook Community Safety Partnership"
SL_HEAD = "DHR \u2018Anna\u2019 (fictional) \u2013 Overview Report"
SL_BODY = [("h", "3. The facts"),
           ("3.1", "3.1", 104, "typed"), ("3.2", "3.2", 92, "typed"), ("3.3", "3.3", 118, "typed"),
           ("3.5", "3.5", 86, "typed"), ("3.6", "3.6", 110, "typed"), ("br",),
           ("3.6", "3.6", 98, "typed"), ("3.7", "3.7", 124, "ownline"), ("3.9", "3.9", 90, "typed"),
           ("3.8", "3.8", 106, "typed"), ("3.10", "3.10", 96, "typed"),
           ("br",), ("h", "4. Analysis"),
           ("4.1", "4.1", 112, "typed"), ("4.2", "4.2", 100, "typed"), ("4.3", "4.3", 120, "cell"),
           ("4.4", "4.4", 94, "typed"), ("br",), ("4.1", "4.1", 108, "typed"), ("4.2", "4.2", 102, "typed")]

# --------------------------------------------------------------------------
# subparas.pdf: a practice review exported from LibreOffice Writer: sub-paragraphs, lettered numbers and bullets
# shape: None a plain paragraph; ("items", markers, run_on) its first sentence, then one item per sentence under the
# markers ("(a)" ... or "\u2022"), then (run_on) the rest of its sentences after the items
# --------------------------------------------------------------------------
SP_TITLE = "Child Safeguarding Practice Review: \u2018Child R\u2019 (fictional)"
SP_ORG = "Marlow Fen Safeguarding Children Partnership"
SP_HEAD = "CSPR Child R (fictional)"
SP_BODY = [("h", "2 The practice episodes"),
           ("2.1", "2.1", 110, None),
           ("2.2", "2.2", 150, ("items", ("(a)", "(b)", "(c)"), False)),
           ("2.3", "2.3", 168, ("items", ("(i)", "(ii)", "(iii)"), True)),
           ("2.4", "2.4", 96, None),
           ("2.5", "2.5", 70, None), ("2.5a", "2.5a", 88, None), ("2.5b", "2.5b", 92, None),
           ("2.6", "2.6", 104, None),
           ("h", "3 What the review learned"),
           ("3.1", "3.1", 176, ("items", ("\u2022", "\u2022", "\u2022"), True)),
           ("3.2", "3.2", 100, None),
           ("3.3", "3.3", 140, ("items", ("(a)", "(b)"), True)),
           ("3.4", "3.4", 90, None), ("3.4a", "3.4a", 84, None), ("3.5", "3.5", 108, None)]

# --------------------------------------------------------------------------
# pasted.docx: a review begun in the board's template (Word's own numbering, 1.1) and pasted part way through from
# the author's template (numbers typed "5-12", section and paragraph), some keeping the number they had before
# entry: ("auto", key, words) Word numbers it; ("typed", printed, words, leftover) typed, leftover None or a number
# --------------------------------------------------------------------------
PA_TITLE = "Safeguarding Adults Review: \u2018Mr D\u2019 (fictional)"
PA_ORG = "Kestrel Moor Safeguarding Adults Board"
PA_HEAD = "Kestrel Moor SAB \u2013 SAR Mr D (fictional)"
PA_BODY = [("H", "Introduction"), ("auto", "1.1", 96), ("auto", "1.2", 84),
           ("H", "The review"), ("auto", "2.1", 110), ("auto", "2.2", 92), ("auto", "2.3", 100),
           ("br",), ("H", "Mr D"), ("auto", "3.1", 104), ("auto", "3.2", 88),
           ("H", "Agency involvement"), ("auto", "4.1", 116), ("auto", "4.2", 94),
           ("br",), ("h", "Section 5 \u2013 Analysis"),
           ("typed", "5-12", 108, None), ("typed", "5-13", 98, "3.2"), ("typed", "5-14", 120, "3.3"),
           ("h", "Section 6 \u2013 Conclusions and recommendations"),
           ("typed", "6-15", 102, None), ("typed", "6-16", 92, "4.1"), ("typed", "6-17", 112, None)]
PA_NOTE = ("[Sections 5 and 6 pasted from the author\u2019s draft of 14 March; numbering to be checked before "
           "publication]")

# --------------------------------------------------------------------------
# wordweb.html: a learning review saved by Word as a filtered web page, its numbers typed
# shape: "bold" <b>number</b> then a typed tab (non-breaking spaces) and plain words; "paren" number) ; "brackets"
# (number); "stop" number. ; "ownline" the number a <p> of its own; "cell" a one-row table; "nbsp" one &nbsp;
# --------------------------------------------------------------------------
WW_TITLE = "Learning Review: \u2018Jacob\u2019 (fictional)"
WW_ORG = "Stourleigh Safeguarding Children Partnership"
WW_BODY = [("h", "1. Why we carried out this review"),
           ("1.1", "1.1", 104, "bold"), ("1.2)", "1.2", 92, "paren"), ("(1.3)", "1.3", 110, "brackets"),
           ("h", "2. What we found"),
           ("2.1", "2.1", 98, "ownline"), ("2.2.", "2.2", 116, "stop"), ("2.3", "2.3", 90, "cell"),
           ("2.4", "2.4", 106, "nbsp"), ("2.5", "2.5", 100, "bold"),
           ("h", "3. What needs to change"),
           ("3.1", "3.1", 112, "cell"), ("3.2", "3.2", 94, "ownline"), ("3.3", "3.3", 102, "bold")]
