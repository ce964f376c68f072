"""Invented prose for the blind68 fixtures: blind17's vocabularies and paragraph maker, with seed 68; and this round's
own furniture for reviews in the open and other office document formats that public bodies publish and exchange
besides .docx and PDF: a board's safeguarding adults review saved by LibreOffice Writer as OpenDocument Text (.odt),
a partnership's local learning review drafted in Google Docs and downloaded as OpenDocument (.odt), a thematic review
kept as LibreOffice Flat XML (.fodt) with its tracked changes, a rapid review saved by Word as Rich Text Format (.rtf)
and a domestic homicide review saved by Word 2003 as an XML Document (.xml, w:wordDocument).
FICTIONAL – for software testing. Every person, place, review, partnership, board, council, agency and address named
here is invented; nothing is graphic.
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
ParaMaker = _prose.para_maker(68)

FICT = "FICTIONAL \u2013 for software testing"
INVENTED = "Every person, place and service named here is invented."

# --------------------------------------------------------------------------
# writer.odt: a SAR saved by LibreOffice Writer as OpenDocument Text
# --------------------------------------------------------------------------
OD_BOARD = "Brackenholt Safeguarding Adults Board"
OD_TITLE = "Safeguarding Adults Review: Mr K"
OD_SUBTITLE = "Overview report, published February 2025"
OD_AUTHOR = "Anwen Threlkeld, independent reviewer"
OD_HEADER = "OFFICIAL \u2013 Brackenholt SAB \u2013 SAR Mr K"
OD_TOC_TITLE = "Contents"
# the review's chapters: (heading, [(label, words, how)]); the numbers are the list's own ("2." for a chapter
# heading, "2.1" for a paragraph): none is typed. how: "" plain, "note" a footnote in mid-paragraph, "endnote" a
# footnote after its last word, "soft" a soft page break inside the paragraph, "before" a soft page break between
# the list items before it, "two" the list item holds a second, unnumbered text:p that carries the paragraph on
OD_CHAPTERS = [
    ("Introduction", [("1.1", 150, ""), ("1.2", 170, "")]),
    ("Mr K and his life", [("2.1", 180, ""), ("2.2", 160, "before note"), ("2.3", 176, "")]),
    ("What happened", [("3.1", 186, "soft"), ("3.2", 150, "two"), ("3.3", 164, "endnote")]),
    ("What the review found", [("4.1", 172, ""), ("4.2", 158, ""), ("4.3", 168, "")]),
]
OD_NOTES = {"2.2": "Care Act 2014, section 42: the duty to make enquiries.",
            "3.3": "3.4 of the Board\u2019s multi-agency procedures sets out when a concern is escalated."}
# a table of key dates after 2.3: the list is interrupted by it and carried on after it (text:continue-list)
OD_DATES = [("Date", "Event"), ("03.05.23", "Mr K discharged from Brackenholt General to his flat"),
            ("17.07.23", "Care calls reduced from three a day to one"),
            ("02.10.23", "Neighbour reports that Mr K has not been seen for a week")]
OD_DATES_CAPTION = "Table 1: key dates"
OD_CLOSE = "The Board thanks Mr K\u2019s family for their part in this review."

# --------------------------------------------------------------------------
# gdocs.odt: a local learning review drafted in Google Docs and downloaded as OpenDocument
# --------------------------------------------------------------------------
GD_PARTNERSHIP = "Sallowby Safeguarding Children Partnership"
GD_TITLE = "Local learning review: Child R"
GD_SUBTITLE = "Draft for the partnership\u2019s learning and review group \u2013 v0.4"
# sections: (typed heading, [(label, words, how)]); how: "" the number bold in a span of its own and a tab, "list"
# a lead-in followed by the terms of reference as a numbered Google list (printed "1." to "4." by the list's
# numbering, part of the paragraph), "split" the number written in two spans "2." and "2", "comment" a comment
# anchored at the paragraph's start (office:annotation, its text opening with a number), "br" a line break kept
# inside the paragraph, "spaces" two spaces after the number (text:s) instead of a tab
GD_SECTIONS = [
    ("1. Why we carried out this review", [("1.1", 84, ""), ("1.2", 60, "list"), ("1.3", 78, "")]),
    ("2. What happened", [("2.1", 90, ""), ("2.2", 82, "split"), ("2.3", 86, "comment")]),
    ("3. What we found", [("3.1", 88, ""), ("3.2", 80, "br"), ("3.3", 92, "spaces")]),
    ("4. What needs to change", [("4.1", 84, ""), ("4.2", 76, "")]),
]
GD_TERMS = ["whether the information held by each agency was shared when it mattered;",
            "how the voice of Child R was heard in assessments;",
            "whether the escalation policy was known and used;",
            "what the partnership should do differently."]
GD_TERMS_LEAD = "The terms of reference asked the review to consider:"
GD_COMMENT = ("2.3 and 3.1 say much the same thing about the school nurse \u2013 can we merge them before the "
              "group meets?")
GD_COMMENT_BY = "Marta Quillfield"
GD_PAGE_BREAK_BEFORE = "3. What we found"

# --------------------------------------------------------------------------
# draft.fodt: a thematic review kept as LibreOffice Flat XML with tracked changes
# --------------------------------------------------------------------------
FD_PARTNERSHIP = "Kestlebury Safeguarding Children Partnership"
FD_TITLE = "Thematic review: adolescents at risk of exploitation"
FD_HEADER = "DRAFT 0.7 \u2013 not for circulation"
FD_FOOTER = "Kestlebury SCP thematic review \u2013 page"
# chapters: headings numbered by the outline ("1" to "4" from text:outline-style, not typed); paragraphs typed
# "1.1<TAB>"; how: "" plain, "endnote" an endnote in mid-paragraph, "cut" a last sentence deleted as a tracked
# change, "redone" the paragraph replaced whole (its old wording deleted, the new inserted, both tracked),
# "added" a sentence inserted at its end as a tracked change, "soft" a soft page break inside the paragraph,
# "before" a soft page break before it
FD_CHAPTERS = [
    ("Purpose and method", [("1.1", 140, ""), ("1.2", 150, "")]),
    ("The young people", [("2.1", 170, "endnote"), ("2.2", 150, "cut before"), ("2.3", 176, "soft")]),
    ("What the reviews found", [("3.1", 160, ""), ("3.2", 150, "redone"), ("3.3", 168, "before")]),
    ("What must change", [("4.1", 140, "added before"), ("4.2", 160, ""), ("4.3", 150, "")]),
]
FD_ENDNOTE = "The six reviews are listed in appendix 2, which is not part of this draft."
FD_CUT = "Two of the young people were known to the youth justice service before they were fourteen."
FD_ADDED = "The partnership will report on this to the scrutiny panel in the autumn."
FD_FIGURE_AFTER = "3.3"
FD_FIGURE_CAPTION = "Figure 1: contacts with agencies in the year before each referral (six young people)"
FD_AUTHORS = ["Ruth Calloway", "Idris Penhallow"]

# --------------------------------------------------------------------------
# rapid.rtf: a rapid review saved by Word as Rich Text Format
# --------------------------------------------------------------------------
RT_PARTNERSHIP = "Wenlow Safeguarding Children Partnership"
RT_TITLE = "Rapid Review: Child J"
RT_SUBTITLE = "Submitted to the national panel, 14 March 2025"
RT_HEADER = "OFFICIAL-SENSITIVE \u2013 Rapid Review Child J"
# sections: (heading, [(label, words, how)]); numbers from Word's list (\ls1, \ilvl0 for headings "1.", \ilvl1
# for paragraphs "1.1"), each written by Word in a {\listtext ...} group too; how: "" plain, "note" a footnote
# after a sentence, "ref" a REF field whose result "2.2" is in mid-sentence, "line" a \line inside, "link" a
# HYPERLINK field
RT_SECTIONS = [
    ("Why the partnership held a rapid review", [("1.1", 84, ""), ("1.2", 80, "link")]),
    ("Child J and the family", [("2.1", 90, ""), ("2.2", 78, "note"), ("2.3", 86, "")]),
    ("What agencies knew", [("3.1", 88, "ref"), ("3.2", 82, "line"), ("3.3", 90, "")]),
    ("Immediate learning and next steps", [("4.1", 86, ""), ("4.2", 80, "")]),
]
RT_NOTE = "Working Together to Safeguard Children 2023, chapter 5 \u2013 the rapid review\u2019s 15 working days."
RT_LINK = ("the panel\u2019s guidance", "https://www.wenlowscp.example/rapid-review-guidance")
RT_DATES_AFTER = "2.3"
RT_DATES = [("Date", "Event"), ("12.01.25", "Child J seen at the walk-in centre with a bruise to the ear"),
            ("20.01.25", "Health visitor\u2019s visit: no answer at the door"),
            ("04.02.25", "Child J admitted to hospital; referral to children\u2019s social care")]
RT_PAGE_BEFORE = "What agencies knew"
RT_AUTHOR = "Wenlow SCP business unit"

# --------------------------------------------------------------------------
# dhr.xml: a DHR saved by Word 2003 as an XML Document
# --------------------------------------------------------------------------
WX_CSP = "Quenby Community Safety Partnership"
WX_TITLE = "Domestic Homicide Review: Ms L"
WX_SUBTITLE = "Overview report"
WX_AUTHOR = "Dr Hollis Marchbank"
WX_HEADER = "OFFICIAL \u2013 DHR Ms L \u2013 Overview report"
WX_SUMMARY_TITLE = "Summary"
WX_SUMMARY = [
    ("This review looks at how agencies in Quenby responded to Ms L (FICTIONAL), who was killed by her former "
     "partner in 2023. It was written with her mother and her sister, who chose the name Ms L."),
    ("The panel met six times. Its findings and twelve recommendations are set out in chapters 3 and 4, and an action "
     "plan is published with the report."),
]
# chapters: numbered by Word's list (%1. for headings, %1.%2 for paragraphs, the printed number in each paragraph's
# wx:t hint); how: "" plain, "bookmark" a bookmark around its first words, "endnote" a footnote after its last word
# (its text inline, inside the paragraph), "comment" a comment anchored in it whose text opens with a number,
# "deleted" words deleted as a tracked change
WX_CHAPTERS = [
    ("Introduction", [("1.1", 80, ""), ("1.2", 76, "")]),
    ("Ms L and her family", [("2.1", 86, "bookmark"), ("2.2", 78, "endnote"), ("2.3", 84, "comment")]),
    ("Contact with agencies", [("3.1", 90, ""), ("3.2", 82, "deleted"), ("3.3", 88, "")]),
    ("Conclusions", [("4.1", 80, ""), ("4.2", 84, ""), ("4.3", 78, "")]),
]
WX_NOTE = "Home Office (2016) Multi-agency statutory guidance for the conduct of domestic homicide reviews."
WX_COMMENT = "2.3 and 3.1 both describe the March call \u2013 keep one?"
WX_COMMENT_BY = "Panel secretary"
WX_DELETED = "and by the police on two other occasions"
WX_PAGE_BEFORE = "Contact with agencies"
