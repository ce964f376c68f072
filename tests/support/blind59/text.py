"""Invented prose for the blind59 fixtures: blind17's vocabularies and paragraph maker, with seed 59; and this round's
own furniture for reports as drafted, reviewed and shared in collaborative editors: reviewers' names and comments, the
sentences a reviewer deleted or added, a panel draft's header and watermark, an online editor's comment endnotes, a
collaborative Markdown pad's front matter, containers and task list, and a shared page's presence bar and edit lines.
FICTIONAL – for software testing. Every person, place, agency, board, editor, reference and web address named here is
invented (the web addresses are under .example); nothing is graphic.
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
ParaMaker = _prose.para_maker(59)

# --------------------------------------------------------------------------
# shared across the files: the reviewers and what they cut or added (never a paragraph's first words of their own)
# --------------------------------------------------------------------------
REVIEWERS = [("Priya Shah", "PS"), ("Tom Okafor", "TO"), ("Helen Marwood", "HM")]
DELETED = [
    "This was discussed at some length at the panel's second meeting and is not repeated here.",
    "The panel was told that the two managers did not speak to each other for several weeks afterwards.",
    "A fuller account of the meeting is held on the review's working file.",
    "It is not clear from the records whether the letter was ever sent.",
    "The reviewer was unable to speak to the duty manager, who had since left the service.",
    "Some members of the panel took a different view of this episode.",
    "This point is developed further in the section on supervision below.",
    "The chronology supplied by the school gives a slightly different date for this meeting.",
    "At the time the service was carrying eleven vacancies across its two teams.",
    "These figures were supplied by the partnership's business unit.",
]
ADDED = [
    "The panel returned to this point at its third meeting and agreed the wording below.",
    "Following comments from the family, this paragraph has been rewritten.",
    "Health colleagues asked for this paragraph to be strengthened, and the panel agreed.",
    "The police representative supplied the dates given here after the second draft.",
    "This reflects what the family told the reviewer in their second conversation.",
    "The chair asked that this point be made plainly, and it now is.",
    "The reviewer has checked this account against the school's own records.",
    "This was confirmed by the service manager at the practitioners' event.",
]

# --------------------------------------------------------------------------
# circulated.docx: a Word draft sent round for comment, changes tracked and not accepted (Brackenholt, FICTIONAL)
# --------------------------------------------------------------------------
CI_TITLE = "Child Safeguarding Practice Review: Child R"
CI_SUB = "Brackenholt Safeguarding Children Partnership (FICTIONAL) \u2013 second draft for comment"
CI_CIRC = ("Circulated to panel members for comment, 7 February 2025. Please make your changes with Track Changes on "
           "and add comments rather than editing the text silently. Comments by 21 February.")
CI_SECTIONS = ["Introduction", "Child R and the family", "What happened", "Analysis", "Learning and next steps"]
CI_COMMENTS = [
    ("Tom Okafor", "TO", "2.1 and 2.2 repeat the same point about the health visitor \u2013 could they be merged?"),
    ("Helen Marwood", "HM", "3.2 is new in this draft. Health have not seen it yet."),
    ("Priya Shah", "PS", "Moved up so the analysis starts with the strongest finding."),
    ("Tom Okafor", "TO", "12 weeks or 12 days? The chronology says days."),
    ("Helen Marwood", "HM", "Agree with deleting the old 5.2 \u2013 it said the same as 4.1."),
]
CI_HEADER = "DRAFT 2 \u2013 NOT FOR CIRCULATION BEYOND THE PANEL"

# --------------------------------------------------------------------------
# linenumbered.pdf: a panel draft with line numbers restarting on every page and a diagonal watermark (FICTIONAL)
# --------------------------------------------------------------------------
LN_TITLE = ["Safeguarding Adults Review: Mrs D", "Lindford Safeguarding Adults Board (FICTIONAL)"]
LN_HEAD = "Panel draft v0.4 \u00b7 12 February 2025 \u00b7 comments by page and line number to the review manager"
LN_MARK = "DRAFT \u2013 FOR PANEL COMMENT"
LN_NOTE = ("Line numbers are provided for the panel's comments and restart on each page. This draft is not to be "
           "shared beyond the panel.")
LN_SECTIONS = ["Introduction", "Mrs D", "Agency involvement", "Analysis", "Findings", "Recommendations"]

# --------------------------------------------------------------------------
# suggestions.pdf: an online editor's PDF with suggestions shown and comments as endnotes (Westharrow, FICTIONAL)
# --------------------------------------------------------------------------
SG_EDITOR = "Quillpad (FICTIONAL online editor)"
SG_TITLE = "Domestic Homicide Review: Ms T"
SG_SUB = "Westharrow Community Safety Partnership (FICTIONAL) \u2013 working draft, suggestions shown"
SG_SECTIONS = ["Introduction", "The review process", "Background", "Key events", "Analysis"]
SG_COMMENTS = [
    ("Priya Shah", "2.2 and 2.3 say much the same \u2013 merge?"),
    ("Tom Okafor", "Is this the right date? The police log has the 14th."),
    ("Helen Marwood", "3 agencies, not 4 \u2013 housing were not involved until later."),
    ("Priya Shah", "I have suggested cutting 4.4 as it repeats 3.2; see the new 4.4 at the end of the section."),
    ("Tom Okafor", "Family to see this before it goes to the panel."),
    ("Helen Marwood", "5.1 needs a reference to the MARAC minutes."),
]

# --------------------------------------------------------------------------
# review.md: a collaborative Markdown pad's draft with CriticMarkup suggestions (Ormsby Vale, FICTIONAL)
# --------------------------------------------------------------------------
MD_FRONT = ["---", "title: 'Rapid review \u2013 Child M (panel draft)'", "tags: safeguarding, draft, FICTIONAL",
            "description: Panel working draft. FICTIONAL \u2013 for software testing.", "robots: noindex",
            "lang: en-GB", "breaks: false", "---"]
MD_TITLE = "Local Child Safeguarding Practice Review: Child M"
MD_WARN = ("**Panel draft.** Suggested changes are marked up in the text: additions {++like this++}, removals "
           "{--like this--}, substitutions {~~old~>new~~} and comments {>>like this<<}. Please do not accept or "
           "reject changes in this pad; the review manager will do that.")
MD_SECTIONS = ["Introduction", "Child M and the family", "What happened", "What the review found",
               "Recommendations"]
MD_TASKS = [("x", "2.1 \u2013 confirm the dates with the police (@tom)"),
            (" ", "3.3 is new: health to check the wording (@helen)"),
            (" ", "4 agencies or 5? Check against the terms of reference (@priya)"),
            (" ", "Family to see the draft before 21 February")]
MD_NOTES = [
    ("2.3 needs the GP practice's view as well.", "Tom Okafor", "Fri, Feb 14, 2025 3:04 PM"),
    ("4.2 and 4.3 overlap; suggest we keep both for now.", "Helen Marwood", "Mon, Feb 17, 2025 10:12 AM"),
]
MD_COMMENTS = ["@priya is this the right date?", "source: school chronology", "agree \u2013 Tom",
               "3.1 already says this", "family's words, keep as they are"]

# --------------------------------------------------------------------------
# shared.html: a shared page in a collaborative editor, saved from the browser while others were in it (FICTIONAL)
# --------------------------------------------------------------------------
SH_APP = "Tandem Docs (FICTIONAL)"
SH_TITLE = "Thematic review: young people missing from home \u2013 shared draft"
SH_BOARD = "Tollerton Marsh Safeguarding Partnership (FICTIONAL)"
SH_SECTIONS = ["Why we did this review", "What we looked at", "What we found", "What needs to change"]
SH_EDITED = ["Priya Shah \u00b7 14 Feb 2025, 15:04", "Tom Okafor \u00b7 14 Feb 2025, 16:21",
             "Helen Marwood \u00b7 17 Feb 2025, 09:48", "Priya Shah \u00b7 17 Feb 2025, 11:02",
             "Tom Okafor \u00b7 yesterday at 17:30", "Helen Marwood \u00b7 4 minutes ago"]
SH_THREADS = [
    ("2.2", "Tom Okafor", "2.2 \u2013 do we have the numbers for the last quarter too?", "Priya Shah",
     "Yes, adding them now."),
    ("3.3", "Helen Marwood", "3.3 reads as if the police were at fault; is that what we mean?", "Tom Okafor",
     "No \u2013 will soften."),
    ("4.1", "Priya Shah", "4 recommendations or 5? The summary says 5.", "Helen Marwood", "4 \u2013 fixed."),
]
SH_HISTORY = ["Version 14 \u2013 Helen Marwood \u2013 restored paragraph 3.4", "Version 13 \u2013 Tom Okafor \u2013 "
              "3 edits in What we found", "Version 12 \u2013 Priya Shah \u2013 named version \u201cSecond draft\u201d"]
