"""Invented prose for the blind65 fixtures: blind17's vocabularies and paragraph maker, with seed 65; and this round's
own furniture for reviews quoted in public, parliamentary and regulatory documents: a select committee's report as the
House prints it, a Westminster Hall debate as Hansard's "download text" gives it, a coroner's report to prevent future
deaths written on the Word template, an inspectorate's thematic inspection report, and a local newspaper's web article.
FICTIONAL – for software testing. Every person, place, review, partnership, board, committee, court, inspectorate,
newspaper and web address named here is invented (the web addresses are under .example); nothing is graphic.
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
ParaMaker = _prose.para_maker(65)

FICT = "FICTIONAL \u2013 for software testing"
INVENTED = "Every person, place and service named here is invented."

# --------------------------------------------------------------------------
# committee.pdf: a House of Commons select committee's report (an HC paper) quoting a thematic review
# --------------------------------------------------------------------------
CM_HOUSE = "House of Commons"
CM_COMMITTEE = "Children and Families Committee"
CM_TITLE = "Learning from child safeguarding reviews"
CM_SESSION = "Fourth Report of Session 2025\u201326"
CM_HC = "HC 412"
CM_ORDERED = "Ordered by the House of Commons to be printed 14 October 2025"
CM_PUBLISHED = "Published on 21 October 2025 by authority of the House of Commons"
CM_REVIEW = ("Quillby and Haverslade Safeguarding Review Panel, Children missing from education: a thematic review "
             "(FICTIONAL, May 2025)")
CM_REVIEW_SHORT = "Panel thematic review"
CM_MEMBERS = [("Dame Ellen Pemberton MP", "Chair", "Lab, Stowick Marsh"), ("Ravi Adebayo MP", "", "Con, Ashwell Tarn"),
              ("Mhairi Dunmore MP", "", "LD, Nettlecombe Rise"), ("Owen Fairlie MP", "", "Lab, Corrimoor"),
              ("Joanna Grenville MP", "", "Con, Leverthorpe"), ("Kwame Iqbal MP", "", "Lab, Brellingford"),
              ("Beatrix Jessop MP", "", "Lab, Tollivant"), ("Conor Kettering MP", "", "SNP, Hobbs Quarry")]
CM_CONTENTS = ["Summary", "1  Introduction", "Our inquiry", "2  What the thematic review found",
               "Children out of sight", "3  Acting on the learning", "Information sharing", "Supervision",
               "Conclusions and recommendations", "Formal minutes", "Witnesses"]
CM_SUMMARY = [
    "In May 2025 an independent panel published a thematic review of the cases of eleven children in Quillby and "
    "Haverslade who had been missing from education for long periods before they came to serious harm. We held this "
    "short inquiry to ask what the review found, whether its findings were new, and what the Government and local "
    "partnerships are doing about them.",
    "The review is clear and it is uncomfortable. It found that schools, councils and health services each held part "
    "of the picture and that none of them held it all. We agree with its findings and we quote them at length, "
    "because they deserve to be read in the review's own words. We make six recommendations, which are set out at "
    "the end of this Report.",
]
# the committee's body: ("ch", number, title) a chapter; ("sub", title) an unnumbered sub-heading; ("para", text)
# one of the committee's numbered paragraphs ("{fn}" a footnote mark, its note the next of CM_NOTES); ("cont", text)
# the committee's paragraph going on, unnumbered, after a quotation; ("q", how, [(label, words)]) the review's
# paragraphs quoted in an indented block: how "fn" (one paragraph, its number only in the footnote after it),
# "typed" (each paragraph's number typed before it, one footnote after the block), "gap" (two paragraphs that are
# not consecutive, a "[\u2026]" line between them); ("wrap", text) a paragraph one of whose lines must begin with
# the words after "{wrap}"; ("bold", text) a paragraph whose last sentence (after "|") is the committee's conclusion
# in bold
CM_BODY = [
    ("ch", "1", "Introduction"),
    ("sub", "Our inquiry"),
    ("para", "Every year local safeguarding partnerships publish reviews of cases in which children have died or "
             "been seriously harmed. Most are read by the practitioners they concern and by few others. Some, "
             "because of what they find or because of how many children they describe, deserve a wider "
             "audience.{fn}"),
    ("para", "The thematic review published in May 2025 by the Quillby and Haverslade Safeguarding Review Panel is "
             "one of these. It looked at eleven children who had been missing from school for a term or more before "
             "they came to harm, and it asked why the agencies that knew each child did not act together."),
    ("para", "We launched this inquiry in June 2025. We received 31 submissions of written evidence and took oral "
             "evidence from the chair of the panel, from practitioners and from the Minister.{fn} We are grateful "
             "to everyone who contributed, and in particular to the families who spoke to the panel."),
    ("para", "This Report quotes the review's own paragraphs where we rely on them, and gives their numbers in the "
             "footnotes, so that readers can find them in the review itself."),
    ("ch", "2", "What the thematic review found"),
    ("para", "The panel's starting point was that each child had been known to several services, and that each "
             "service had seen only what was in front of it. The review's central finding was stated plainly:"),
    ("q", "fn", [("2.3", 78)]),
    ("cont", "We heard the same account from almost every witness. The chair of the panel told us that she had "
             "expected to find gaps in the law and had found instead gaps between people.{fn}"),
    ("para", "The review describes how a child's absence from school was recorded by the school, reported to the "
             "council and noted by the school nurse, without any of them asking the others what they knew. On the "
             "children's first weeks out of school, it says:"),
    ("q", "fn", [("3.1", 84)]),
    ("sub", "Children out of sight"),
    ("para", "The review gives particular attention to children educated at home after leaving a school roll, and "
             "to the point at which a child who is at home stops being seen by anyone outside the family. In its "
             "most quoted passage it says:"),
    ("q", "fn", [("3.4", 118)]),
    ("wrap", "We asked the Minister whether the Department accepted the panel's account of these children, and "
             "whether she accepted {wrap} in particular the panel's account of the register, which is set out in "
             "4.2 and 4.3 of the review, which describe how the register of children missing education was kept "
             "and checked. She told us that it did.{fn}"),
    ("para", "Those two paragraphs deserve to be quoted in full, because they explain why no single agency was "
             "ever in a position to see the whole picture:"),
    ("q", "typed", [("4.2", 66), ("4.3", 72)]),
    ("cont", "The Department's written evidence did not dispute this account.{fn} It said that the statutory "
             "guidance already required the checks the review describes, and that the failure was one of "
             "practice rather than of policy."),
    ("ch", "3", "Acting on the learning"),
    ("sub", "Information sharing"),
    ("para", "Witnesses agreed that the problem was not a lack of rules about sharing information but a lack of "
             "confidence in using them.{fn} The review makes the same point about the practitioners it met:"),
    ("q", "fn", [("4.7", 92)]),
    ("bold", "We were told that the partnership has since set up a weekly meeting at which schools, the council "
             "and health services review every child who has been off roll for more than four weeks.{fn} | We "
             "welcome this, and we recommend that every partnership should be required to do the same."),
    ("para", "The review's findings on the children's own voices are among its most important. It brings together "
             "two observations from different parts of its analysis:"),
    ("q", "gap", [("5.1", 70), ("5.5", 76)]),
    ("sub", "Supervision"),
    ("para", "Finally, the review considers what supervision offered the practitioners who knew these children. "
             "It found that supervision was regular but that it rarely looked at children who were out of "
             "school:"),
    ("q", "fn", [("6.2", 88)]),
    ("para", "The panel's last substantive paragraph draws the threads together, and we reproduce it with the "
             "number the panel gave it:"),
    ("q", "typed", [("6.3", 96)]),
    ("bold", "We agree with the panel. The learning in this review is not new, and that is the most troubling thing "
             "about it.{fn} | The Government should publish, within six months, a plan for making sure that the "
             "findings of thematic reviews are acted on nationally as well as locally."),
]
CM_NOTES = [
    "Written evidence from the Association of Safeguarding Partnerships (LCS0012)",
    "Oral evidence was taken on 10 June, 24 June and 8 July 2025; see the list of witnesses at the end of this Report",
    "Q14 [Dr Thackeray]",
    "Q112 [Hedda Morrow MP]; Department for Education (LCS0058), para 3.2",
    "Department for Education (LCS0058), paras 2.1\u20132.4",
    "Q45 [Ms Lathbury]; Q47 [Mr Varga]; written evidence from the Quillby School Nurses\u2019 Forum (LCS0023)",
    "Quillby Safeguarding Children Partnership (LCS0031), para 5",
    "Q118 [Hedda Morrow MP]",
]
# the committee's conclusions and recommendations, each with the committee's paragraph it comes from
CM_CONCLUSIONS = [
    ("The review\u2019s findings should be read by every practitioner who works with children who are missing from "
     "education, and the Department should make sure that they are.", 5),
    ("The Department should set out how children educated at home will be seen by someone outside the family at "
     "least once a term.", 7),
    ("No single agency was in a position to see the whole picture. Statutory guidance should say which agency holds "
     "the picture for a child who is off roll.", 9),
    ("We welcome the partnership\u2019s weekly meeting, and we recommend that every partnership should be required "
     "to hold one.", 11),
    ("Supervision should routinely ask about children who are out of school.", 13),
    ("The Government should publish, within six months, a plan for making sure that the findings of thematic "
     "reviews are acted on nationally as well as locally.", 15),
]
CM_MINUTES = [
    "Tuesday 14 October 2025",
    "Members present:",
    "Dame Ellen Pemberton, in the Chair",
    "Ravi Adebayo; Mhairi Dunmore; Owen Fairlie; Kwame Iqbal; Beatrix Jessop",
    "Draft Report (Learning from child safeguarding reviews), proposed by the Chair, brought up and read.",
    "Ordered, That the draft Report be read a second time, paragraph by paragraph.",
    "Paragraphs 1 to {n} read and agreed to.",
    "Summary agreed to.",
    "Resolved, That the Report be the Fourth Report of the Committee to the House.",
    "[Adjourned till Tuesday 21 October 2025 at 9.30 am]",
]
CM_WITNESSES = [
    ("Tuesday 10 June 2025", [("Dr Nadia Thackeray, Chair, Quillby and Haverslade Safeguarding Review Panel",
                               "Q1\u201338")]),
    ("Tuesday 24 June 2025", [("Ms Ruth Lathbury, designated nurse, Quillby; Mr Stefan Varga, head teacher, "
                               "Haverslade", "Q39\u201371")]),
    ("Tuesday 8 July 2025", [("Hedda Morrow MP, Minister for Children and Families", "Q72\u2013124")]),
]
CM_WRAP_FILLERS = ["", "it", "this", "that", "them", "it all", "all this", "all of it", "as much", "so much",
                   "fully", "in full"]

# --------------------------------------------------------------------------
# hansard.txt: a Westminster Hall debate as Hansard's "download text" gives it, quoting a CSPR (Child M, Fennowick)
# --------------------------------------------------------------------------
HS_HEAD = [
    "Child Safeguarding Practice Review: Child M (Fennowick)",
    "Volume 771: debated on Tuesday 14 October 2025",
    "Westminster Hall",
    "https://hansard.parliament.example/Commons/2025-10-14/debates/4F1AC2E7-9B0D-4E61-A3C5-7D2E0F6B9A41/"
    "ChildSafeguardingPracticeReviewChildMFennowick",
    f"{FICT}. {INVENTED}",
    "This is the text of the debate as published in the Official Report. Column numbers are given in the form "
    "\u201cCol 411WH\u201d where a new column of the printed report begins.",
]
HS_REVIEW = "Fennowick Safeguarding Children Partnership, Child Safeguarding Practice Review: Child M (FICTIONAL)"
MOVER = "Sarah Pennick (Wendlesham North) (Lab)"
INTERVENER = "Tomasz Brannigan (Marlbeck Cross) (Con)"
MEMBER3 = "Layla Oyelaran (Fennowick) (Lab)"
MEMBER4 = "Dr Gareth Quennell (Pennerby and Skarrow) (LD)"
CHAIR = "Dame Rosalind Whitcombe (in the Chair)"
MINISTER = "The Parliamentary Under-Secretary of State for Education (Hedda Morrow)"
# the debate: ("col", "412WH") a new column of the printed report; ("time", "9.42 am"); ("chair", text) a line in
# square brackets; ("sp", speaker) a contribution's speaker line; ("t", text) a paragraph of speech; ("q", [(label,
# words)], split) the review's paragraphs read out, each typed with its number after an opening quotation mark,
# the closing mark only after the last (Hansard's style for a quotation of several paragraphs); split (label, words
# before, column) puts a column marker inside that paragraph after so many words; ("stage", text) a stage direction
HS_BODY = [
    ("col", "411WH"),
    ("chair", "[Dame Rosalind Whitcombe in the Chair]"),
    ("time", "9.30 am"),
    ("sp", MOVER),
    ("t", "I beg to move,"),
    ("t", "That this House has considered the child safeguarding practice review into the death of Child M in "
          "Fennowick."),
    ("t", "It is a pleasure to serve under your chairship, Dame Rosalind. I am grateful to the Backbench Business "
          "Committee for granting this debate, and to the family of Child M, who have asked me to say that they "
          "want the review to be read, and read in full, by everyone who has the power to change what happened."),
    ("t", "The review was published by the Fennowick Safeguarding Children Partnership in June. It runs to "
          "seventy-one paragraphs. I do not intend to read all of them, but I will read some, because the words of "
          "the review are better than any summary I could give. The review begins its account of the agencies' "
          "involvement like this:"),
    ("q", [("1.4", 74)], None),
    ("t", "That is the context. What follows in the review is an account of how a succession of professionals "
          "each saw something and none of them saw enough."),
    ("col", "412WH"),
    ("t", "I turn to the section of the review on the health visiting service, which I think every Member here "
          "should hear in full. It says:"),
    ("q", [("4.3", 82), ("4.4", 96)], ("4.4", 31, "413WH")),
    ("sp", INTERVENER),
    ("t", "I congratulate the hon. Lady on securing the debate. Does she agree that what she has just read out is "
          "not a failure of one service but a failure of the system, and that the Minister must answer for the "
          "system?"),
    ("sp", MOVER),
    ("t", "I agree entirely with the hon. Gentleman, and I will come to the system in a moment. First, I want to "
          "read the two paragraphs of the review on the school, because they are the hardest to read."),
    ("q", [("5.1", 70)], None),
    ("sp", MEMBER3),
    ("t", "Will my hon. Friend give way?"),
    ("sp", MOVER),
    ("t", "I will give way to my hon. Friend, whose constituency includes the school, but I ask her to let me read "
          "the next paragraph first, because the two belong together."),
    ("q", [("5.2", 88)], None),
    ("sp", MEMBER3),
    ("t", "I thank my hon. Friend for giving way. The head teacher of that school has written to me to say that the "
          "staff have read the review and that they accept every word of it. Does my hon. Friend agree that the "
          "school has shown real courage in doing so?"),
    ("sp", MOVER),
    ("t", "I do agree, and I pay tribute to the staff. The review says at paragraph 5.6 that \u201c{partial:5.6}"
          "\u201d, and that is true; the question is why nobody put it together. The full paragraph reads:"),
    ("q", [("5.6", 90)], None),
    ("col", "414WH"),
    ("time", "9.42 am"),
    ("t", "6.2 is, to my mind, the most important paragraph in the whole review. It is the one that the family "
          "asked me to read, and I will read it now."),
    ("q", [("6.2", 100)], None),
    ("t", "I have three questions for the Minister. First, will she write to every partnership asking it to "
          "consider the review? Secondly, will she meet the family? Thirdly, will she set out what the Department "
          "is doing about the gap between health visiting and schools that the review describes?"),
    ("sp", CHAIR),
    ("t", "Order. I remind Members that they should bob if they wish to speak. I call Dr Gareth Quennell."),
    ("time", "9.58 am"),
    ("sp", MEMBER4),
    ("t", "It is a pleasure to follow the hon. Member for Wendlesham North, who spoke with great care. I want to "
          "say a word about the recommendations, and about one in particular, which the hon. Lady did not read."),
    ("col", "415WH"),
    ("q", [("7.1", 84)], None),
    ("t", "That recommendation is addressed to the partnership, but it could as easily be addressed to the "
          "Department, and I hope the Minister will say whether she will take it up."),
    ("stage", "Several hon. Members rose\u2014"),
    ("sp", CHAIR),
    ("t", "I call the Minister."),
    ("time", "10.04 am"),
    ("sp", MINISTER),
    ("t", "It is a pleasure to serve under your chairship, Dame Rosalind. I congratulate the hon. Member for "
          "Wendlesham North on securing the debate and on the care with which she spoke. I also pay tribute to "
          "the family of Child M, and I will of course meet them."),
    ("t", "The hon. Lady read several paragraphs of the review, and I will not read them again. But I want to "
          "draw the House's attention to two earlier paragraphs, because they set out what the agencies knew "
          "before any of the events she described, and I think they are the key to what the Department must do."),
    ("q", [("2.3", 76), ("3.1", 80)], ("3.1", 44, "416WH")),
    ("t", "The Department has already written to every partnership to draw attention to the review, and I will "
          "write again to set out what we expect them to do with its recommendations. I will place a copy of "
          "that letter in the Library of the House."),
    ("sp", MOVER),
    ("t", "I thank the Minister for her reply, and I thank every Member who has taken part."),
    ("t", "Question put and agreed to."),
    ("t", "Resolved,"),
    ("t", "That this House has considered the child safeguarding practice review into the death of Child M in "
          "Fennowick."),
    ("time", "10.59 am"),
    ("stage", "Sitting suspended."),
]

# --------------------------------------------------------------------------
# pfd.docx: a coroner's Regulation 28 report to prevent future deaths on the Word template, quoting a SAR
# --------------------------------------------------------------------------
PF_TITLE = "REGULATION 28:  REPORT TO PREVENT FUTURE DEATHS"
PF_NOTE = "NOTE: This form is to be used after an inquest."
PF_SENT_TO = ["Chief Executive, Ormsgill Bank Council", "Chief Executive, Ormsgill Bank and Quillby NHS Foundation "
              "Trust", "Independent Chair, Ormsgill Bank Safeguarding Adults Board",
              "Secretary of State for Health and Social Care"]
PF_REVIEW = ("Ormsgill Bank Safeguarding Adults Board, Safeguarding Adults Review: Mrs Margaret Sefton "
             "(FICTIONAL, April 2025)")
PF_CORONER = "Eleanor Whitlow"
# the template's boxes: (number, title, items); an item is ("t", text) a paragraph of the coroner's, ("list",
# [texts]) the addressees numbered by Word "1." ..., ("q", [(label, words)]) the review's paragraphs quoted in the
# cell typed "5.2<TAB>..." in an indented quotation style, ("qbox", [(label, words)]) quoted in a shaded one-cell
# table nested in the cell, ("qnum", [(label, words)]) quoted with the numbers carried over from the review's own Word
# list ("6.%1" from 3, so the numbers are only in numbering.xml), ("concern", text) a matter of concern numbered
# "(1)" ... by Word
PF_BOXES = [
    ("1", "CORONER", [
        ("t", f"I am {PF_CORONER}, Assistant Coroner for the coroner area of Ormsgill Bank and Quillby."),
    ]),
    ("2", "CORONER\u2019S LEGAL POWERS", [
        ("t", "I make this report under paragraph 7, Schedule 5, of the Coroners and Justice Act 2009 and regulations "
              "28 and 29 of the Coroners (Investigations) Regulations 2013."),
    ]),
    ("3", "INVESTIGATION and INQUEST", [
        ("t", "On 4 March 2025 I commenced an investigation into the death of Margaret Ellen Sefton, aged 81. The "
              "investigation concluded at the end of the inquest on 19 September 2025. The conclusion of the inquest "
              "was a narrative conclusion, recorded as follows:"),
        ("t", "Mrs Sefton died at her home from hypothermia and pneumonia, contributed to by self-neglect, in the "
              "context of services that knew of her circumstances but did not act together."),
    ]),
    ("4", "CIRCUMSTANCES OF THE DEATH", [
        ("t", "Mrs Sefton lived alone in a flat at Ormsgill Bank. In the last year of her life she was known to her "
              "GP practice, the community nursing service, the council\u2019s adult care hub and a domiciliary care "
              "provider. She was found collapsed at home on 21 January 2025 and died in hospital on 26 February 2025."),
        ("t", "A Safeguarding Adults Review was commissioned by the Ormsgill Bank Safeguarding Adults Board and "
              "published in April 2025. I admitted it in evidence. I gratefully adopt its summary of the last months "
              "of her life:"),
        ("q", [("3.2", 84), ("4.1", 78)]),
    ]),
    ("5", "CORONER\u2019S CONCERNS", [
        ("t", "During the course of the inquest the evidence revealed matters giving rise to concern. In my opinion "
              "there is a risk that future deaths will occur unless action is taken. In the circumstances it is my "
              "statutory duty to report to you."),
        ("t", "The MATTERS OF CONCERN are as follows. \u2013"),
        ("concern", "No agency took the lead. Each agency gave evidence that it believed another to be coordinating "
                    "Mrs Sefton\u2019s care. The review found, and the evidence at the inquest confirmed:"),
        ("q", [("5.2", 92)]),
        ("concern", "Concerns about Mrs Sefton\u2019s capacity to make decisions about heating and food were recorded "
                    "by three services but were never assessed. The review describes this in two paragraphs which I "
                    "set out in full:"),
        ("qbox", [("5.4", 70), ("5.5", 86)]),
        ("concern", "4.6 and 4.7 of the review record that the domiciliary care provider reported the cold flat "
                    "twice in December 2024. I heard evidence that neither report was acted on, and that the "
                    "provider was not told why."),
        ("concern", "There is no shared record. The review\u2019s recommendations, which the Board has accepted, "
                    "include the following, copied here from the review as published:"),
        ("qnum", [("6.3", 74), ("6.4", 80)]),
        ("concern", "I was told that the actions arising from the review are not due to be completed until March "
                    "2026, and that no interim arrangements are in place."),
    ]),
    ("6", "ACTION SHOULD BE TAKEN", [
        ("t", "In my opinion action should be taken to prevent future deaths and I believe you and your "
              "organisations have the power to take such action."),
    ]),
    ("7", "YOUR RESPONSE", [
        ("t", "You are under a duty to respond to this report within 56 days of the date of this report, namely by "
              "14 November 2025. I, the coroner, may extend the period."),
        ("t", "Your response must contain details of action taken or proposed to be taken, setting out the timetable "
              "for action. Otherwise you must explain why no action is proposed."),
    ]),
    ("8", "COPIES and PUBLICATION", [
        ("t", "I have sent a copy of my report to the Chief Coroner and to the following Interested Persons: Mrs "
              "Sefton\u2019s son, Mr Daniel Sefton; Tollivant Street Health Centre; Brightwater Homecare Ltd."),
        ("t", "I am also under a duty to send the Chief Coroner a copy of your response."),
        ("t", "The Chief Coroner may publish either or both in a complete or redacted or summary form. He may send a "
              "copy of this report to any person who he believes may find it useful or of interest. You may make "
              "representations to me, the coroner, at the time of your response, about the release or the "
              "publication of your response by the Chief Coroner."),
    ]),
    ("9", "", [
        ("t", "19 September 2025"),
        ("t", f"{PF_CORONER}, Assistant Coroner for Ormsgill Bank and Quillby"),
    ]),
]
PF_ANNEX_TITLE = "ANNEX \u2013 EXTRACT FROM THE SAFEGUARDING ADULTS REVIEW"
PF_ANNEX_INTRO = ("The following paragraphs of the review are reproduced with the Board\u2019s permission. Paragraph "
                  "5.2 is repeated here for convenience; paragraphs 7.1 to 7.3 are the review\u2019s concluding "
                  "paragraphs.")
PF_ANNEX = [("5.2", None), ("7.1", 76), ("7.2", 82), ("7.3", 68)]
PF_HEADER = f"Regulation 28 report \u2013 Mrs Margaret Sefton \u2013 {FICT}"
PF_FOOTER = "Ref: ORM-INQ-2025-0117"

# --------------------------------------------------------------------------
# inspection.pdf: an inspectorate's thematic inspection report quoting a DHR (Ms T, Drisdale) in boxed extracts
# --------------------------------------------------------------------------
IN_BODY_NAME = "HM Inspectorate of Community Safety (FICTIONAL)"
IN_TITLE = ["Learning from domestic homicide", "reviews in Drisdale"]
IN_SUBTITLE = "A joint thematic inspection of the Drisdale Community Safety Partnership"
IN_DATE = "October 2025"
IN_RUNNING = "Learning from domestic homicide reviews in Drisdale"
IN_REVIEW = "Drisdale Community Safety Partnership (2024), Domestic Homicide Review: Ms T (FICTIONAL)"
IN_FOREWORD = [
    "This inspection asked a simple question: when a domestic homicide review has been published, do the agencies "
    "that took part in it change what they do? We chose one review, published by the Drisdale Community Safety "
    "Partnership in 2024, and followed its learning into the agencies that were asked to act on it.",
    "We found a partnership that had accepted the review's findings and had done much of what it was asked. We also "
    "found that some of the review's most important learning had not reached the practitioners who most needed it. "
    "We quote the review's own paragraphs throughout this report, in boxed extracts, so that readers can see what it "
    "said.",
]
IN_KEY = [
    "The review's findings were accepted by every agency, and its action plan was monitored by the partnership.",
    "Risk assessment has improved, but the learning about coercive control has not reached front-line staff.",
    "Information sharing between the police and health services remains inconsistent.",
    "The partnership has no way of knowing whether the review has changed practice.",
]
# the body: ("ch", number, title) a numbered chapter heading; ("p", text) one of the inspectorate's paragraphs,
# numbered in the margin "2.3" within its chapter; ("box", title, [(label, words)], source, float) an extract of the
# review in a tinted box, its paragraphs' numbers hanging inside it: float True puts the box at the top of the next
# page while the inspectorate's text goes on filling this one; ("wrap", text) a paragraph one of whose lines must
# begin with the words after "{wrap}"; ("recs", [texts]) the inspectorate's recommendations "1." ...
IN_BODY = [
    ("ch", "1", "Introduction"),
    ("p", "Domestic homicide reviews are carried out by community safety partnerships after a death that may have "
          "followed domestic abuse. Their purpose is to identify what can be learned, and to make sure that the "
          "learning is acted on. This inspection looked at one review and at what happened after it."),
    ("p", "Ms T was killed by her former partner in Drisdale in 2022. The review into her death was published in "
          "2024. It made nine recommendations to six agencies and to the partnership itself."),
    ("p", "Inspectors read the review, the partnership's action plan and its minutes, and 48 case records. We "
          "interviewed 37 practitioners and managers and held four focus groups. The methodology is set out in "
          "Annex A."),
    ("ch", "2", "What the review found"),
    ("p", "The review found that Ms T had told several professionals about her former partner's behaviour, and that "
          "each of them had recorded what she said. It describes what happened when she first asked for help in "
          "these terms:"),
    ("box", "Extract 1: the first disclosure", [("3.2", 84)], "Domestic homicide review, Ms T, paragraph 3.2", False),
    ("p", "Practitioners we spoke to knew this paragraph well. Several quoted it to us without being asked. But few "
          "could say what had changed in their own agency as a result of it."),
    ("p", "The review goes on to describe the months that followed, in which the abuse continued and Ms T moved "
          "house twice. It identifies the point at which the risk to her should have been reassessed:"),
    ("box", "Extract 2: the missed reassessment", [("3.5", 92), ("4.1", 76)],
     "Domestic homicide review, Ms T, paragraphs 3.5 and 4.1", False),
    ("p", "We asked each agency whether its risk assessments are now reviewed when a victim moves. The police and "
          "the independent domestic violence advisers said that they are. Health services and housing said that "
          "they were not sure, and the case records we read suggest that they are not."),
    ("p", "The review's analysis of coercive control is, in our view, its most important contribution. It is set "
          "out in the extract overleaf. Practitioners in the focus groups were asked to read it and to say what "
          "it meant for their practice, and most of them found it hard to do so."),
    ("box", "Extract 3: coercive control", [("4.4", 96), ("4.5", 78), ("4.6", 88)],
     "Domestic homicide review, Ms T, paragraphs 4.4 to 4.6", True),
    ("p", "The partnership's training on coercive control was delivered to 212 staff in 2024. It was well received. "
          "But the training materials did not use the review, and the practitioners we spoke to did not connect "
          "what they had learned with what had happened to Ms T. We think this is a missed opportunity, and we "
          "return to it in our recommendations. The managers we interviewed accepted this, and two of them told "
          "us that they had not read the review's analysis themselves. The trainers told us that they had been "
          "asked to prepare the course before the review was published, and that nobody had asked them to revise "
          "it afterwards. When we showed the trainers the extract, they said that it described exactly the "
          "pattern of behaviour that the course was meant to help staff to recognise, and that they would have "
          "used it had they known about it."),
    ("p", "In the case records we read, coercive control was named in 11 of the 48 cases in which it was present. "
          "In the other 37 the records described controlling behaviour without naming it, and without any "
          "recorded discussion of what it meant for the victim's safety."),
    ("p", "Managers told us that the review had been discussed at the senior leadership meeting of every agency "
          "that took part in it, and the minutes we read confirm this. In most agencies the discussion was about "
          "the action plan rather than about the findings, and in only two of them did the minutes record any "
          "discussion of what the review said about coercive control. One manager told us that the findings had "
          "been \u201ctaken as read\u201d because the review had already been accepted by the partnership."),
    ("p", "We also looked at how the review's learning had been used in supervision. Supervision records in the "
          "police, the independent domestic violence advisory service and children's social care referred to the "
          "review in a handful of cases, usually when a case closely resembled that of Ms T. In health and housing "
          "we found no reference to it at all, and the supervisors we spoke to had not read it. We heard that "
          "supervisors had not been given time to read the review, and that no summary of it had been prepared "
          "for them."),
    ("ch", "3", "Information sharing"),
    ("p", "Every agency that took part in the review held information about Ms T that none of the others had. "
          "The police knew about the call-outs to her first address; her GP knew about the injuries she had "
          "explained away; the housing officer knew why she had asked to move; and the independent domestic "
          "violence adviser knew about the threats that had followed her. We asked practitioners in each agency "
          "what they would do today if they held the same information, and most of them said that they would "
          "share it. Fewer could tell us how, or with whom, and several said that they would wait to be asked."),
    ("wrap", "The review's findings on information sharing are set out at length, and we do not repeat all of them "
             "here. The partnership's response to the findings on information sharing, and in particular to "
             "{wrap} 5.2 and 5.3 of the review, was to commission a new information sharing agreement, which was "
             "signed in March 2025."),
    ("box", "Extract 4: information held and not shared", [("5.2", 88), ("5.3", 104), ("5.6", 90)],
     "Domestic homicide review, Ms T, paragraphs 5.2, 5.3 and 5.6", False),
    ("p", "The new agreement is a clear and usable document. However, only a third of the practitioners we "
          "interviewed knew that it existed, and none of the health practitioners had read it."),
    ("p", "We looked for evidence that information had been shared under the new agreement. We found it in 9 of the "
          "21 cases we examined in which sharing would have been appropriate."),
    ("ch", "4", "Learning into practice"),
    ("p", "The review ends with a chapter on learning, in which the panel reflects on why the same findings appear "
          "in review after review. It is worth quoting at some length:"),
    ("box", "Extract 5: why the learning does not travel", [("6.1", 80), ("6.4", 86)],
     "Domestic homicide review, Ms T, paragraphs 6.1 and 6.4", False),
    ("p", "We agree with the panel's analysis. The partnership has monitored its action plan carefully, and every "
          "action is now recorded as complete. But the action plan measures what agencies have done, not what has "
          "changed for victims."),
    ("p", "The review's final recommendation asks the partnership to find out, a year after publication, whether "
          "practice has changed. It reads:"),
    ("box", "Extract 6: the final recommendation", [("7.2", 72)], "Domestic homicide review, Ms T, paragraph 7.2",
     False),
    ("p", "At the time of our inspection this had not been done. We recommend that it is done now, and that this "
          "report is used as a starting point."),
    ("ch", "5", "Recommendations"),
    ("recs", [
        "The partnership should use the review in all of its training on domestic abuse, and in particular in its "
        "training on coercive control.",
        "Health services and housing should review a victim's risk assessment whenever the victim moves home.",
        "Every agency should make sure that its practitioners know about the new information sharing agreement.",
        "The partnership should carry out the review of practice that the review's final recommendation asks for, "
        "and should publish what it finds.",
    ]),
    ("annex", "Annex A: Methodology", [
        ("A.1", "The inspection was carried out between April and June 2025 by a team of five inspectors from three "
                "inspectorates."),
        ("A.2", "We read 48 case records chosen at random from cases open to at least two agencies in 2024, and we "
                "interviewed 37 practitioners and managers."),
        ("A.3", "The review's paragraphs are quoted as published. Where we quote more than one paragraph, the "
                "paragraphs are given with the numbers the review gave them."),
    ]),
]
IN_WRAP_FILLERS = ["", "paragraphs", "the review's", "the two paragraphs", "both of", "the findings in",
                   "what was said in", "the account in", "the passages numbered", "both the paragraphs"]

# --------------------------------------------------------------------------
# news.html: a local newspaper's web article on a learning review (Skarrow), quoting its paragraphs
# --------------------------------------------------------------------------
NW_PAPER = "Skarrow Evening Courier"
NW_HEADLINE = "Teenager\u2019s disappearances were \u2018seen one at a time\u2019 by agencies, learning review finds"
NW_STANDFIRST = ("A review into the case of a 15-year-old girl from Skarrow says schools, police and social workers "
                 "each knew part of the story but never put it together")
NW_AUTHOR = "Priya Castellano"
NW_ROLE = "Local Democracy Reporter"
NW_REVIEW = "Skarrow Safeguarding Partnership, Local Learning Review: Amber (FICTIONAL)"
# the article body: ("p", text) a paragraph of the reporter's; ("q", [(label, words)], how) the review's paragraphs
# in a <blockquote>, typed "3.3 The ..." (how "typed") or with the number in <strong> (how "strong"); ("ad", n)
# an advertisement slot the ad script injects; ("ad-in", label) an advertisement injected inside the blockquote
# after that paragraph; ("more", text) a "Read more" link card; ("pull", label) a pull quote repeating a sentence of
# that paragraph; ("tweet", text, who) an embedded post; ("newsletter",); ("box", title, [(label, words)]) a fact box;
# ("timeline", [(date, text)])
NW_BODY = [
    ("p", "A review into the case of a Skarrow teenager who went missing from home 14 times in a year has found that "
          "agencies saw each disappearance \u201cone at a time\u201d."),
    ("p", "The learning review, published by the Skarrow Safeguarding Partnership on Monday, looked at the "
          "support given to a girl called Amber, which is not her real name, between 2022 and 2024."),
    ("p", "Amber, now 17, is safe and living with relatives. The review was carried out after she was found by "
          "police in a flat in another town in March last year."),
    ("p", "The review\u2019s summary sets out why it was commissioned:"),
    ("q", [("1.2", 64)], "typed"),
    ("more", "Skarrow children\u2019s services told to improve after inspection"),
    ("p", "The review says that each time Amber went missing she was found and brought home within two days, and "
          "that each episode was dealt with on its own."),
    ("p", "On the first months, it says:"),
    ("q", [("2.2", 76)], "typed"),
    ("ad", 1),
    ("p", "The report is critical of the way information about Amber was passed between her school and the "
          "police."),
    ("p", "Paragraphs 3.3 and 3.4 of the review state:"),
    ("q", [("3.3", 82), ("3.4", 90)], "typed"),
    ("ad-in", "3.3"),
    ("pull", "3.4"),
    ("p", "A spokesperson for Skarrow Council said: \u201cWe accept the findings of the review in full and we are "
          "sorry that we did not do better for Amber.\u201d"),
    ("newsletter",),
    ("p", "The review also looks at what Amber herself said to professionals. It found that she was asked why she "
          "had gone missing only twice."),
    ("q", [("4.1", 84)], "strong"),
    ("p", "Police said they had changed the way they carry out return home interviews since the review began."),
    ("more", "Skarrow police chief pledges \u2018fresh look\u2019 at missing children"),
    ("p", "The review makes seven recommendations. On the role of the school, paragraph 5.2 states:"),
    ("q", [("5.2", 78)], "strong"),
    ("ad", 2),
    ("p", "The review\u2019s conclusions, in its sixth chapter, are blunt."),
    ("q", [("6.1", 72), ("6.2", 86), ("6.3", 80)], "typed"),
    ("tweet", "6.3 is the heart of it. Every councillor in Skarrow should read this review, not just the summary. "
              "pic.example/xk29fa", "Cllr Joanna Yardley (@CllrYardley) March 3, 2025"),
    ("p", "Councillor Yardley, who chairs the council\u2019s children\u2019s scrutiny panel, said she would ask for "
          "the review to be discussed at the panel\u2019s next meeting."),
    ("box", "What the review recommends", [("7.2", 70)]),
    ("timeline", [("14.03.22", "Amber first reported missing"), ("02.09.22", "Amber moves to a new school"),
                  ("21.03.24", "Amber found by police in another town"), ("03.03.25", "Learning review published")]),
    ("p", "The full review can be read on the Skarrow Safeguarding Partnership\u2019s website."),
]
NW_MOST_READ = ["4.5 per cent council tax rise confirmed for Skarrow households",
                "Pennerby bypass to close for three weekends in April",
                "Teenager\u2019s disappearances were \u2018seen one at a time\u2019 by agencies, learning review finds",
                "12 new homes approved for former Quillby depot site",
                "Skarrow Town reach county cup final after penalty drama"]
NW_COMMENTS = [("Gaz_Skarrow", "2 hours ago", "3.4 says it all really. Everyone knew and nobody did anything."),
               ("MarlbeckMum", "1 hour ago", "Glad she is safe. Hope the school reads paragraph 5.2 properly this "
                "time."),
               ("Observer1967", "38 minutes ago", "Another review, another set of recommendations. Wake me up when "
                "something changes.")]
NW_RELATED = ["Skarrow children\u2019s services told to improve after inspection",
              "Skarrow police chief pledges \u2018fresh look\u2019 at missing children",
              "New safeguarding chief appointed for Skarrow partnership"]
