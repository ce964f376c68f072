"""Invented prose for the blind47 fixtures: blind17's vocabularies and paragraph maker with seed 47, and what the
people who handled each file added to it (reviewers' comments, redactions and a disclosure officer's comments, a
reader's highlights and notes, a practitioner's callouts, case-note headers). FICTIONAL – for software testing.
Every person, place, agency, service and publication named here is invented; nothing is graphic.
"""

from __future__ import annotations

import os
import sys

if __package__ in (None, ""):
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    from blindkit.prose import para_maker  # type: ignore
else:
    from ..blindkit.prose import para_maker

ParaMaker = para_maker(47)

# --------------------------------------------------------------------------
# summary.pdf: a colleague's comments, as Acrobat lists them on the summary pages
# (label the comment is set against, kind, text); "{first}" is that paragraph's first sentence
# --------------------------------------------------------------------------
SU_AUTHOR = "Dawn Hillary"
SU_TITLE_NOTE = "Circulated to the adult social care team for the learning session on 27 March."
SU_COMMENTS = {
    "1.2": ("Sticky Note", "Is this the terms of reference as agreed, or the revised version from the board?"),
    "2.1": ("Highlight", ""),
    "2.2": ("Sticky Note", "2.2 and 3.3 give different dates for the first visit. Worth checking before we use it."),
    "3.1": ("Highlight", "Quote for the briefing: \u201c{first}\u201d"),
    "3.3": ("Sticky Note", "3.3 is the one the team should read first."),
    "3.4": ("Highlight", "Same pattern as our case in Hollin Brook last year."),
    "4.1": ("Sticky Note", "4.1 to 4.3 are the heart of the learning. 14 agencies were asked to contribute."),
    "4.3": ("Highlight", ""),
    "5.1": ("Sticky Note", "5. Recommendations \u2013 check which of these the board has already closed."),
}

# --------------------------------------------------------------------------
# redacted.docx: names taken out as tracked changes; the disclosure officer's comments
# label: (where, the name taken out, the sentence with "{N}" for it, comment text or None)
# --------------------------------------------------------------------------
RD_OFFICER = "Disclosure Officer"
RD_REDACT = {
    "1.2": ("start", "Kayleigh Moss", "{N} was the child\u2019s mother and agreed to take part in the review.",
            "s.40(2) \u2013 third party personal data (mother)."),
    "2.1": ("mid", "Mr Declan Moss", "The panel also heard from {N}, who had lived with the family until 2021.",
            None),
    "2.3": ("end", "Ellie Fraine", "The family support plan was written by {N}.",
            "s.40(2) \u2013 named practitioner below head of service."),
    "3.2": ("start", "Tyler Brennock", "{N} moved into the household in the spring and was not known to "
            "children\u2019s services.", "s.40(2) and s.38 \u2013 adult male, risk of identification."),
    "3.5": ("mid", "Sandra Oyelaran", "The health visitor, {N}, had raised the same worry twice before.",
            None),
    "4.6": ("end", "Mrs Patricia Moss", "That view was shared by the child\u2019s grandmother, {N}.",
            "2.1 names her too \u2013 check it is consistent."),
    "5.1": ("mid", "Sandra Oyelaran", "The panel is grateful to {N} for her candid account.", None),
}
RD_WITHHELD_NOTE = ("Paragraphs 4.3 to 4.5 have been withheld under section 40(2) of the Freedom of Information Act "
                    "2000 (personal information about third parties).")
RD_WITHHELD_COMMENT = "4.3 to 4.5 withheld in full \u2013 agreed with legal services on 11 March."

# --------------------------------------------------------------------------
# clipped.html: a reader's SingleFile notes (the paragraph they sit by, the note's text)
# --------------------------------------------------------------------------
CL_NOTES = [
    ("2.2", "2.2 \u2013 this is the bit about the pharmacy. Ask Marcus whether our service was ever told."),
    ("3.4", "Same as our Redgate case. Raise at supervision."),
    ("4.3", "4.3 and 4.4 together are the learning for us. 3 actions for the team."),
    ("5.2", "5.2 Recommendation for commissioners, not us."),
]

# --------------------------------------------------------------------------
# vault.md: a practitioner's Obsidian note on a DHR: her callouts and comments
# --------------------------------------------------------------------------
VA_CALLOUTS = {
    "2.2": ("note", "My note", "2.3 and 2.2 read together: the IDVA was never told about the texts. #learning"),
    "3.3": ("question", "Ask Sam", "3.4 says the risk form was incomplete \u2013 was it our form or the police one?"),
    "4.2": ("important", "For the team briefing", "4 things we change: the referral form, the handover, the "
            "follow-up call and the MARAC list."),
}
VA_COMMENTS = {"2.1": "check the date with Sam", "3.2": "compare with the police chronology",
               "4.1": "the panel chair's view, not the family's"}

# --------------------------------------------------------------------------
# casenotes.txt: a management oversight note recorded between the parts of the pasted report
# --------------------------------------------------------------------------
CN_OVERSIGHT = (
    "Management oversight: I have read the review so far with Jo. Paragraphs 3.2 to 3.4 are directly relevant to the "
    "current plan for T, especially what is said about the handover between teams. 2 actions agreed: Jo to share "
    "the learning with the school, and the core group to be told that the review is now published. Next "
    "supervision 26/03/2025.")
