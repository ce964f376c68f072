"""Invented prose for the blind53 fixtures: blind17's vocabularies and paragraph maker, with seed 53, and this round's
own titles, reader-tool furniture and converter lines. FICTIONAL – for software testing. Every person, place, agency,
service and publication named here is invented; nothing is graphic.
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
ParaMaker = _prose.para_maker(53)

# --------------------------------------------------------------------------
# immersive.pdf: a partnership's web page printed from Edge's Immersive Reader (Fernholt SCP, FICTIONAL)
# --------------------------------------------------------------------------
IM_TITLE = "Child safeguarding practice review: Child R \u2013 summary of learning"
IM_SITE = "fernholt-scp.example"
IM_URL = ("read://https_www.fernholt-scp.example/?url=https%3A%2F%2Fwww.fernholt-scp.example%2Freviews%2F"
          "child-r-summary")
IM_TITLES = ["Why we carried out this review", "About Child R", "What happened", "What we learned",
             "What happens next"]
# Immersive Reader's parts of speech, as its labels print them, chosen here by a word's ending (a stand-in for its
# tagger: the fixture needs labels over some words, not a grammar)
IM_POS = [("tion", "noun"), ("ment", "noun"), ("ness", "noun"), ("ity", "noun"), ("ed", "verb"), ("ing", "verb"),
          ("ly", "adv"), ("ful", "adj"), ("ous", "adj"), ("ive", "adj"), ("al", "adj")]

# --------------------------------------------------------------------------
# bionic.pdf: an overview report converted for bionic reading (Ashcombe SAB, FICTIONAL)
# --------------------------------------------------------------------------
BI_HEAD = "Safeguarding Adults Review: Mr Pellow \u2013 Overview Report (FICTIONAL)"
BI_TITLES = ["Introduction", "Mr Pellow", "What happened", "Analysis", "Conclusions"]
BI_STAMP = "Converted for bionic reading \u2013 fixation 3, saccade 10, contrast 1 \u2013 personal copy"

# --------------------------------------------------------------------------
# converted.docx: a review run through an online PDF-to-Word converter (Brackley Vale SCP, FICTIONAL)
# --------------------------------------------------------------------------
CV_HEAD = "Brackley Vale Safeguarding Children Partnership \u2013 Child M review (FICTIONAL)"
CV_TITLES = ["Introduction", "Child M and the family", "What happened", "Findings", "Recommendations"]
# a sentence put at the start of a printed line of this paragraph: the line then begins with a number
CV_NUMBERED_LINE = ("3.3", "12 weeks passed before the referral was allocated to a social worker in the area team.")

# --------------------------------------------------------------------------
# readerview.html: a review page saved from Firefox's Reader View (Hollinsby SAB, FICTIONAL)
# --------------------------------------------------------------------------
RV_DOMAIN = "www.hollinsby-sab.example"
RV_TITLE = "Safeguarding adults review: Mrs Dunmore"
RV_BYLINE = "Hollinsby Safeguarding Adults Board (FICTIONAL)"
RV_TITLES = ["Introduction", "Mrs Dunmore", "What happened", "What the review found", "Next steps"]
RV_DATES = [("03.11.2022", "First contact with the community mental health team"),
            ("14.02.2023", "Referral from the housing provider"),
            ("27.06.2023", "Mrs Dunmore admitted to hospital")]

# --------------------------------------------------------------------------
# docling.md: a review converted from PDF to Markdown by a layout-model converter (Quarrendon LSCP, FICTIONAL)
# --------------------------------------------------------------------------
DL_TITLE = "Local Child Safeguarding Practice Review: Baby T"
DL_TITLES = ["Introduction", "Baby T and the family", "What happened", "Findings", "Recommendations"]
DL_RUNNING = "Quarrendon Safeguarding Children Partnership | Baby T review | FICTIONAL"
DL_RECS = [("1", "The partnership should review how health visitors share concerns with the family's GP."),
           ("2", "Agencies should record who lives in the household at every contact."),
           ("3", "The partnership should audit twelve cases against the revised pre-birth protocol.")]
