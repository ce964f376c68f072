"""Invented prose for the blind46 fixtures: blind17's vocabularies and paragraph maker, with seed 46, and this round's
own sentences (a time at a line's start, cross-references, alt text, key dates, notes, key messages and a
checklist). FICTIONAL – for software testing. Every person, place, agency, service and publication named here is
invented; nothing is graphic.
"""

from __future__ import annotations

try:
    from ..blindkit import prose
except ImportError:  # make.py run as a script: tests/support is on sys.path
    from blindkit import prose  # type: ignore

norm = prose.norm
ParaMaker = prose.para_maker(46)


def after_first(t: str, s: str) -> str:
    """The paragraph ``t`` with the sentence ``s`` put in after its first sentence."""
    i = t.index(". ") + 2
    return t[:i] + s + " " + t[i:]


# --------------------------------------------------------------------------
# largeprint.pdf (Mrs Orlin, Wensley Fold, FICTIONAL)
# --------------------------------------------------------------------------
# a time that the large-print setting puts at the start of a line (the line before is broken early)
LP_TIME = ("The carer booked for the morning call arrived at 10.15 that day and found the back door standing open, "
           "which she reported to the agency office by telephone.")

# --------------------------------------------------------------------------
# accessible.docx (Maisie, Pellingham, FICTIONAL)
# --------------------------------------------------------------------------
CHART_ALT = ("Bar chart. Contacts with services about Maisie in each year of the review: 2021, 14 contacts; 2022, "
             "23 contacts; 2023, 31 contacts. The number of contacts more than doubled over the three years.")
CHART_CAPTION = "Chart 1: Contacts with services about Maisie, 2021 to 2023"
# (date, what happened, the report's paragraph)
KEY_DATES = [
    ("4 February 2021", "Maisie starts at Furnival Road nursery", "2.2"),
    ("19 July 2021", "First referral to the Pellingham front door by the nursery", "2.3"),
    ("8 March 2022", "Family moves to a flat on Ashcombe Rise", "3.1"),
    ("30 June 2022", "Strategy discussion held; no further action", "3.2"),
    ("14 November 2022", "Health visitor's last home visit", "3.4"),
    ("23 January 2023", "School raises concerns about Maisie's weight", "3.5"),
    ("2 May 2023", "Child protection conference; plan agreed", "3.6"),
    ("11 September 2023", "Maisie admitted to Pellingham General", "3.7"),
]
TABLE_ALT = ("Table of key dates. Column 1 is the date, column 2 what happened, column 3 the paragraph of this report "
             "that describes it.")

# --------------------------------------------------------------------------
# chapter.xhtml (an independent review's ebook chapter, Castlebrook, FICTIONAL)
# --------------------------------------------------------------------------
# note number: the note's text (numbers carry on from the book's earlier chapters)
XH_NOTES = {
    31: "Castlebrook Safeguarding Partnership, Multi-agency escalation protocol, version 3, 2020.",
    32: "The chronology in Appendix B lists each of these contacts with its date and the agency that made it.",
    33: "See paragraph 2.7 in Chapter 2, which describes the housing history of the family.",
    34: "Interview with the designated nurse, held by video call during the review.",
}
FIG_ALT = ("Timeline of the eleven weeks before the incident, showing four missed appointments in weeks 2, 5, 7 "
           "and 9 and two contacts by the school in weeks 6 and 10.")
FIG_CAPTION = "Figure 4.1: The eleven weeks before the incident"

# --------------------------------------------------------------------------
# textversion.txt (a domestic homicide review, Hollin Brook, FICTIONAL)
# --------------------------------------------------------------------------
TX_XREF = ("The panel came back to the risk assessment described in paragraph 2.3 above when it looked at the "
           "later incidents.")
TX_NOTES = {
    1: "Hollin Brook Community Safety Partnership, Domestic abuse strategy 2021 to 2024.",
    2: "The assessment form used by all agencies in the area, scored out of twenty-four.",
    3: "A refuge run by a housing association in a neighbouring county.",
}
TX_IMAGE = ("[Image: a diagram of the agencies that had contact with Mrs Ellery and her partner, with lines between "
            "those that shared information. Only three of the nine agencies are joined by a line.]")
TX_TABLE = [
    "[Table 1: Agencies that contributed to the review]",
    "Agency: Hollin Brook Police. Contribution: chronology and report.",
    "Agency: Greywell Health Centre. Contribution: chronology and report.",
    "Agency: Hollin Brook Housing. Contribution: chronology.",
    "Agency: Independent domestic violence adviser service. Contribution: chronology and report.",
    "[End of table]",
]

# --------------------------------------------------------------------------
# practitioners.md (Mrs Quennel, Ravensholme, FICTIONAL)
# --------------------------------------------------------------------------
MD_KEY = [
    "Mrs Quennel\u2019s wishes were recorded, but nobody checked whether she could carry them out.",
    "Agencies shared worries with each other only when something went wrong.",
    "Self-neglect was treated as a lifestyle choice rather than a safeguarding concern.",
]
MD_CHECK = [
    "Do you know how to raise a self-neglect concern in Ravensholme?",
    "Have you read the multi-agency escalation policy this year?",
    "Does your team record who has been told about a concern, and when?",
]
# a cross-reference put into a point whose own number is another
MD_XREF = "The same pattern is described in the report at para 2.2, where the first hospital discharge is set out."
