"""Invented prose for the blind64 fixtures: blind17's vocabularies and paragraph maker, with seed 64; and this round's
own furniture for reviews quoted in research and academic publishing: a journal article typeset from LaTeX in two
columns, a journal's HTML article page rendered from JATS XML, a PhD thesis chapter in Word, a systematic review's
data-extraction table exported from Word to PDF, and a preprint as an archive's "download as text" gives it.
FICTIONAL – for software testing. Every person, place, review, partnership, board, university, journal, archive and
web address named here is invented (the web addresses are under .example, the DOIs under the test prefix 10.5555);
nothing is graphic.
"""

from __future__ import annotations

import os
import random
import sys

try:
    from ..blindkit import prose as _prose
except ImportError:  # make.py run as a script: blindkit is on sys.path
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    from blindkit import prose as _prose  # type: ignore

contains_seq, key_words, norm = _prose.contains_seq, _prose.key_words, _prose.norm
ParaMaker = _prose.para_maker(64)

FICT = "FICTIONAL \u2013 for software testing"
INVENTED = "Every person, place and service named here is invented."

# --------------------------------------------------------------------------
# the researchers' own prose: sentences by the part of an article they belong to; "{cite}" is a citation in the
# house style of each file (numbered "[12]", author-year "(Halloran, 2019)" or a linked reference)
# --------------------------------------------------------------------------
ACADEMIC = {
    "intro": [
        "Practice reviews are written to be read, yet remarkably little is known about who reads them and what they "
        "take from them {cite}.",
        "The statutory guidance expects every review to be published and its learning to be shared across the "
        "partnership {cite}.",
        "Earlier studies have concentrated on the recommendations of reviews rather than on the analysis that comes "
        "before them {cite}.",
        "Reviews are long documents, and most practitioners meet them through briefings, summaries and training "
        "slides rather than in full.",
        "A review's numbered paragraphs are the unit in which its learning is usually quoted, taught and audited.",
        "Several authors have argued that the same themes recur across reviews with little sign that practice has "
        "changed {cite}.",
        "The question of how a finding travels from a review into everyday practice has received much less "
        "attention {cite}.",
        "Reviews are also read by families, journalists and elected members, each of whom reads for something "
        "different.",
        "The literature on organisational learning suggests that documents rarely change practice on their own "
        "{cite}.",
        "What a review leaves out can matter as much to its readers as what it puts in.",
        "Few studies have asked practitioners to read a review in front of a researcher and to think aloud as they "
        "do so.",
        "The growth in the number of published reviews has made it harder, not easier, for a practitioner to know "
        "which of them to read.",
    ],
    "method": [
        "The study was approved by the university's research ethics committee, and every participant gave written "
        "consent.",
        "Interviews lasted between forty and ninety minutes and were transcribed in full.",
        "Participants were recruited through the partnership's practitioner network and its quarterly newsletter.",
        "Each interview began with the participant reading two paragraphs of the review aloud and saying what they "
        "made of them.",
        "Transcripts were coded independently by both authors, and disagreements were resolved by discussion.",
        "The coding frame was refined after the first six interviews and then applied to the whole data set.",
        "Field notes from three practice workshops were analysed alongside the interview transcripts.",
        "We used reflexive thematic analysis, treating the review as a text to be analysed rather than as a source "
        "of facts {cite}.",
        "Agreement between the two coders was calculated for a random sample of a fifth of the coded segments.",
        "The review was read line by line, and every passage that participants mentioned was marked in the text.",
        "Participants were offered a summary of the findings and were invited to comment on a draft of this "
        "article.",
        "Quotations from the review are reproduced exactly as published, including its paragraph numbers.",
    ],
    "finding": [
        "Participants returned again and again to the same few paragraphs of the review.",
        "Most participants had read the executive summary, and fewer than half had read the whole report.",
        "Practitioners from different agencies read the same paragraph in strikingly different ways.",
        "Several participants described the review as fair but said that it told them what they already knew.",
        "Managers tended to quote the recommendations, while front-line staff quoted the account of what had "
        "happened.",
        "The paragraphs that participants remembered were those that described a single, concrete moment.",
        "Two participants said that they had first read the review on a phone, in a car park, between visits.",
        "A social worker described printing the review and taking it home because there was no time to read it at "
        "work.",
        "Health practitioners were more likely than others to say that the review had changed what they did.",
        "Some participants were uneasy that the review was quoted in training without its context.",
        "Participants often paraphrased a paragraph in their own words and attributed their words to the review.",
        "Nobody we interviewed had read the review's terms of reference.",
        "Several participants could quote a paragraph's number without being able to say what it said.",
        "The review's account of the family was remembered far better than its analysis of the agencies.",
    ],
    "discuss": [
        "These findings complicate the assumption that publication alone secures learning {cite}.",
        "A review does not speak for itself; its paragraphs are taken up, reframed and sometimes resisted by the "
        "people who read them.",
        "The numbered paragraph gives the reader a way into the review, but it also allows a finding to be lifted "
        "out of its argument.",
        "Partnerships might do more to help practitioners read a review as a whole rather than as a list of "
        "recommendations.",
        "There are limits to what a single case study can show, and the findings should be read with that in mind "
        "{cite}.",
        "Further research could follow a review's recommendations into the audits and action plans that answer "
        "them.",
        "The analysis suggests that the learning of a review lies as much in how it is read as in what it says.",
        "It would be wrong to conclude that reviews are not read; they are read selectively, and for particular "
        "purposes.",
        "Reviewers might write with these readers in mind, putting the analysis where the quotations are likely to "
        "fall.",
        "The same selectivity is visible in the way reviews are cited in the research literature {cite}.",
        "Our own use of the review in this article is, of course, another such reading.",
        "What counts as learning from a review is itself contested, and the answer depends on who is asked {cite}.",
    ],
}

SURNAMES = ["Adebayo", "Brannigan", "Castellano", "Dunmore", "Ekwueme", "Fairlie", "Grenville", "Halloran", "Iqbal",
            "Jessop", "Kettering", "Lathbury", "Mwangi", "Norcott", "Oyelaran", "Pemberton", "Quennell", "Rasmussen",
            "Sefton", "Thackeray", "Umerah", "Varga", "Whitcombe", "Yardley", "Zielinski", "Ashdown", "Bellweather",
            "Corcoran", "Delacourt", "Eastwick"]
INITIALS = ["A.", "B.", "C.", "D.", "E.", "F.", "G.", "H.", "J.", "K.", "L.", "M.", "N.", "P.", "R.", "S.", "T."]
REF_TOPICS = ["Reading the review", "Learning from tragedy", "After the inquiry", "What the panel saw",
              "Between the lines", "From finding to practice", "Recurring themes", "The uses of hindsight",
              "Voices in the record", "A duty to learn", "Counting the cost", "Paper trails"]
REF_SUBTITLES = ["practitioners and published case reviews", "a study of local safeguarding partnerships",
                 "how recommendations are implemented", "a qualitative analysis of review reports",
                 "organisational learning in child protection", "self-neglect and the limits of choice",
                 "domestic abuse and the agencies that knew", "a systematic review of review reports",
                 "the reception of national reviews", "hindsight bias in multi-agency reviews"]
REF_JOURNALS = ["Practice Learning Quarterly", "Journal of Interagency Safeguarding", "Review of Child Welfare Studies",
                "Adult Care Inquiry", "Family Practice and Policy", "Social Work and Society Review"]


def references(n, seed, review):
    """``n`` invented reference entries (surname, initials, year, title, journal, volume, issue, pages); the review
    itself is entry ``review[0]`` (1-based) with the text ``review[1]``."""
    rng = random.Random(seed)
    names = SURNAMES[:]
    rng.shuffle(names)
    out = []
    for k in range(n):
        if k + 1 == review[0]:
            out.append(review[1])
            continue
        authors = names[k % len(names)] + ", " + INITIALS[(k * 7) % len(INITIALS)]
        if k % 3 == 1:
            authors += " and " + names[(k + 11) % len(names)] + ", " + INITIALS[(k * 5 + 3) % len(INITIALS)]
        year = 2008 + (k * 5) % 17
        title = f"{REF_TOPICS[k % len(REF_TOPICS)]}: {REF_SUBTITLES[(k * 3) % len(REF_SUBTITLES)]}"
        journal = REF_JOURNALS[k % len(REF_JOURNALS)]
        vol, issue, first = 3 + k % 19, 1 + k % 4, 11 + (k * 37) % 400
        out.append(f"{authors} ({year}) {title}. {journal}, {vol}({issue}), {first}\u2013{first + 12 + k % 9}.")
    return out


def author_year(n, seed):
    """``n`` invented author-year citations, "Halloran, 2019" or "Halloran and Varga, 2021"."""
    rng = random.Random(seed)
    names = SURNAMES[:]
    rng.shuffle(names)
    return [names[k % len(names)] + (f" and {names[(k + 9) % len(names)]}" if k % 4 == 2 else "")
            + f", {2009 + (k * 7) % 16}"
            for k in range(n)]


# --------------------------------------------------------------------------
# journal.pdf: a journal article typeset from LaTeX in two columns, quoting a CSPR (Fennowick)
# --------------------------------------------------------------------------
JN_JOURNAL = "Journal of Child Protection Practice (FICTIONAL)"
JN_ISSUE = "Volume 14 \u00b7 Issue 3 \u00b7 2025"
JN_KIND = "ORIGINAL ARTICLE"
JN_TITLE = ["Reading the review: how practitioners take up the", "findings of a child safeguarding practice review"]
JN_AUTHORS = [("Tomasz Okafor", "1"), ("Ingrid Lindqvist", "2,*")]
JN_AFFIL = [("1", "School of Social Work, University of Fennowick, Fennowick, UK"),
            ("2", "Centre for Child Protection Studies, Marlbeck Cross College, Marlbeck Cross, UK")]
JN_CORR = "* Correspondence: Ingrid Lindqvist, i.lindqvist@marlbeck.example"
JN_DATES = "Received 3 February 2025 \u00b7 Revised 14 May 2025 \u00b7 Accepted 2 June 2025"
JN_ABSTRACT = (
    "Child safeguarding practice reviews are published so that their learning can be shared, but little is known "
    "about how practitioners read them. This article reports a qualitative study of 24 practitioners in one "
    "partnership who read, discussed and used a published review of the circumstances of a young child. Interviews "
    "and workshop notes were analysed thematically. Practitioners read the review selectively, returning to a small "
    "number of its numbered paragraphs, which they quoted, paraphrased and sometimes contested. Managers quoted its "
    "recommendations; front-line staff quoted its account of what happened. We argue that the numbered paragraph is "
    "both the means by which a review's learning travels and the means by which it is detached from its argument, "
    "and we suggest ways in which reviewers and partnerships might write and share reviews with their readers in "
    "mind.")
JN_KEYWORDS = "child safeguarding practice review; organisational learning; practitioners; reading; qualitative"
JN_RUNNING = ("OKAFOR and LINDQVIST", "READING THE REVIEW")
JN_FIRST_FOLIO = 211
JN_COPYRIGHT = (f"\u00a9 2025 The Authors. {FICT}. {INVENTED} DOI: 10.5555/jcpp.2025.0317. Published under a "
                "CC BY 4.0 licence.")
JN_REVIEW_REF = 14
JN_REVIEW = ("Fennowick Safeguarding Children Partnership (2024) Child Safeguarding Practice Review: Child M "
             "(FICTIONAL). Fennowick: FSCP.")
# the article: ("sec"|"sub", number, title); ("p", [(category, sentences)...]) the authors' prose; ("t", text) the
# authors' words as written; ("q", [(label, words)]) the review's paragraphs quoted in a displayed block with their
# numbers; ("eq", formula, number); ("tab",) Table 1; ("fn", mark, text) a footnote on the paragraph before;
# ("wrap", text) prose one of whose lines must begin with the words after "{wrap}"
JN_BODY = [
    ("sec", "1", "Introduction"),
    ("p", [("intro", 4)]),
    ("p", [("intro", 3)]),
    ("t", "This article follows one published review, the Child Safeguarding Practice Review about Child M "
          "[14], into the reading of the practitioners whose agencies it describes. We ask which of its paragraphs "
          "they read, how they read them and what they did with them."),
    ("fn", "1", "The review is quoted with the permission of the partnership. The names in it are pseudonyms, "
                "and the review's own numbering is kept."),
    ("sec", "2", "Methods"),
    ("sub", "2.1", "Design and participants"),
    ("p", [("method", 3)]),
    ("tab",),
    ("sub", "2.2", "Coding and agreement"),
    ("p", [("method", 3)]),
    ("t", "Agreement between the coders was estimated with Cohen's kappa, where po is the observed proportion of "
          "agreement and pe the proportion expected by chance:"),
    ("eq", "kappa = (po \u2013 pe) / (1 \u2013 pe)", "(1)"),
    ("t", "Kappa was 0.78 for the first sample and 0.84 after the coding frame was revised. For the paragraphs of "
          "the review we also counted how often each was mentioned, weighted by the number of participants who "
          "mentioned it:"),
    ("eq", "w(i) = m(i) \u00d7 n(i) / N", "(2)"),
    ("sub", "2.3", "The review"),
    ("t", "The review concerns Child M, who was two years old when she was admitted to hospital with injuries that "
          "no agency had foreseen. Its background section explains how the review was commissioned:"),
    ("q", [("2.4", 64), ("2.5", 56)]),
    ("p", [("method", 1)]),
    ("sec", "3", "Findings"),
    ("sub", "3.1", "The front door"),
    ("p", [("finding", 1)]),
    ("t", "The paragraph that participants mentioned most often was the review's first finding about the front door:"),
    ("q", [("3.1", 70)]),
    ("p", [("finding", 3)]),
    ("q", [("3.3", 58)]),
    ("t", "For the health visitors the point of 3.3 was the phone call that did not happen; for the social workers "
          "it was the form that arrived without one."),
    ("q", [("3.5", 62)]),
    ("sub", "3.2", "The long quotation"),
    ("t", "Because so much of what participants said turned on the review's account of the last three months, we "
          "reproduce paragraphs 4.2 to 4.4 of the review in full:"),
    ("q", [("4.2", 96), ("4.3", 90), ("4.4", 92)]),
    ("t", "Read together, the three paragraphs describe a family that every agency saw and nobody saw whole. "
          "Participants rarely read them together."),
    ("fn", "2", "4.2\u20134.4 are reproduced as published, including the review's spelling; only the layout of "
                "their numbers has been changed to suit the journal."),
    ("p", [("finding", 3)]),
    ("sub", "3.3", "Supervision and the child's voice"),
    ("p", [("finding", 2)]),
    ("q", [("4.7", 66)]),
    ("wrap", "Several participants said that they had looked in the review for the paragraphs about the "
             "school, which are {wrap} 5.4 and 5.5, and had not found in them what they expected to find there."),
    ("p", [("finding", 3)]),
    ("sec", "4", "Discussion"),
    ("sub", "4.1", "A review read in parts"),
    ("p", [("discuss", 3)]),
    ("q", [("5.1", 60), ("5.2", 68)]),
    ("p", [("discuss", 3)]),
    ("sub", "4.2", "Implications for practice"),
    ("p", [("discuss", 3)]),
    ("t", "The review's own recommendation about dissemination is worth quoting, since it anticipated the problem:"),
    ("q", [("6.3", 62)]),
    ("p", [("discuss", 2)]),
    ("sec", "5", "Conclusion"),
    ("p", [("discuss", 3)]),
]
JN_WRAP_FILLERS = ["", "in fact", "we think", "as it happens", "in the review", "of course", "in its text",
                   "as numbered", "in the report", "in each copy", "as they recalled"]
JN_TABLE_CAPTION = "Table 1. Participants by agency"
JN_TABLE = [("Agency", "n", "Years in role*"), ("Children's social care", "9", "6.5"), ("Health visiting", "5", "11.0"),
            ("School and early years", "4", "8.5"), ("Police", "3", "4.5"), ("Other", "3", "7.0"),
            ("Total", "24", "7.5")]
JN_TABLE_NOTE = "* Median."
JN_BACK = [("Acknowledgements", "We thank the practitioners who gave their time, and the partnership's business unit "
                                "for its help with recruitment."),
           ("Funding", "The study was funded by a small grant from the Fennowick Practice Research Fund (grant FP-"
                       "2023-11)."),
           ("Conflict of interest", "The authors declare no conflict of interest. Neither author took part in the "
                                    "review.")]
JN_N_REFS = 30

# --------------------------------------------------------------------------
# article.html: a journal's HTML article page rendered from JATS XML, quoting a SAR (Ormsgill Bank)
# --------------------------------------------------------------------------
JA_JOURNAL = "Adult Safeguarding Research (FICTIONAL)"
JA_PUBLISHER = "Tollivant University Press (FICTIONAL)"
JA_TITLE = ("\u201cA very independent lady\u201d: reading a safeguarding adults review about self-neglect "
            "(FICTIONAL)")
JA_AUTHORS = [("Rukayat Okonjo", "1"), ("Samuel Fairbairn", "1"), ("Hedda Morrow", "2")]
JA_AFFIL = [("1", "Department of Social Policy, University of Tollivant, Tollivant, UK"),
            ("2", "Ormsgill Bank Safeguarding Adults Board, Ormsgill Bank, UK")]
JA_DOI = "10.5555/asr.2025.0142"
JA_CITE = ("Okonjo, R., Fairbairn, S. and Morrow, H. (2025) \u201cA very independent lady\u201d: reading a "
           "safeguarding adults review about self-neglect. Adult Safeguarding Research, 9(2), 112\u2013131.")
JA_DATES = [("Received", "12 March 2025"), ("Accepted", "30 June 2025"), ("Published", "21 July 2025")]
JA_HIGHLIGHTS = ["A published safeguarding adults review was read with the practitioners it describes.",
                 "Practitioners quoted the review's paragraphs about choice far more than those about capacity.",
                 "The review's numbered paragraphs were used as evidence in later case discussions."]
JA_ABSTRACT = [
    ("Background", "Safeguarding adults reviews about self-neglect are numerous, but their reception has rarely "
                   "been studied."),
    ("Methods", "We analysed one published review (SAR Mr D) line by line and held four focus groups with 19 "
                "practitioners from the agencies it describes."),
    ("Findings", "Practitioners returned to a few paragraphs about choice and capacity and read them as "
                 "judgements on their own work."),
    ("Conclusions", "How a review is quoted shapes what is learned from it; the paragraph is the unit of both."),
]
JA_KEYWORDS = ["self-neglect", "safeguarding adults review", "mental capacity", "practitioners", "document analysis"]
JA_REVIEW = ("Ormsgill Bank Safeguarding Adults Board (2024) Safeguarding Adults Review: Mr D (FICTIONAL). "
             "Ormsgill Bank: OBSAB.")
JA_REVIEW_REF = 7
JA_N_REFS = 22
# sections: (id, label, title, level, [items]); items: ("p", [(category, n)]) prose, ("t", text) as written,
# ("dq", [(label, words)], how, attrib) a disp-quote: how "label" is the JATS <label> element before the paragraph,
# "inline" the numbers typed at the start of each <p>; ("box", title, dq) a boxed-text panel holding a disp-quote;
# ("table",) Table 1; ("fig",) Figure 1; ("voice", text, who) a participant's words in a disp-quote
JA_BODY = [
    ("sec1", "1", "Introduction", 2, [("p", [("intro", 3)]), ("p", [("intro", 3)]),
                                      ("t", "This article reads one such review, the Safeguarding Adults Review about "
                                            "Mr D, with the practitioners whose work it describes.")]),
    ("sec2", "2", "Methods", 2, [("p", [("method", 3)]), ("table",), ("p", [("method", 2)])]),
    ("sec3", "3", "Findings", 2, [("p", [("finding", 2)])]),
    ("sec3.1", "3.1", "Choice", 3, [
        ("t", "The review's account of choice begins with the way Mr D was described in the records:"),
        ("dq", [("3.2", 66)], "label", "SAR Mr D, para. 3.2"),
        ("p", [("finding", 3)]),
        ("dq", [("3.4", 58)], "label", "SAR Mr D, para. 3.4"),
        ("voice", "When I read 3.4 I thought, that's me, that's my note they're quoting.", "Focus group 2, "
                                                                                           "community nurse"),
        ("p", [("finding", 2)])]),
    ("sec3.2", "3.2", "Capacity", 3, [
        ("p", [("finding", 2)]),
        ("t", "Three paragraphs of the review deal with capacity. Participants quoted the first far more often than "
              "the other two:"),
        ("dq", [("4.1", 62)], "label", "SAR Mr D, para. 4.1 (emphasis added)"),
        ("dq", [("4.2", 70), ("4.3", 56)], "inline", "SAR Mr D, paras 4.2\u20134.3"),
        ("p", [("finding", 3)])]),
    ("sec3.3", "3.3", "Escalation", 3, [
        ("p", [("finding", 2)]),
        ("fig",),
        ("dq", [("5.1", 64)], "label", "SAR Mr D, para. 5.1"),
        ("p", [("finding", 2)]),
        ("dq", [("5.4", 60), ("5.5", 54)], "inline", "SAR Mr D, paras 5.4\u20135.5"),
        ("t", "5.4 and 5.5 were the paragraphs that managers chose for the board's briefing; front-line "
              "participants chose 3.2 and 3.4.")]),
    ("sec4", "4", "Discussion", 2, [("p", [("discuss", 3)]),
                                    ("dq", [("6.2", 68)], "label", "SAR Mr D, para. 6.2"),
                                    ("p", [("discuss", 3)])]),
    ("sec4.1", "4.1", "The recommendations", 3, [
        ("p", [("discuss", 2)]),
        ("box", "Box 1. The review's recommendation on escalation", [("6.6", 62)]),
        ("p", [("discuss", 2)]),
        ("dq", [("7.1", 56)], "label", "SAR Mr D, para. 7.1"),
        ("dq", [("7.3", 60)], "label", "SAR Mr D, para. 7.3")]),
    ("sec5", "5", "Conclusions", 2, [("p", [("discuss", 3)])]),
]
JA_TABLE_CAPTION = "Table 1. The review's paragraphs coded to each theme"
JA_TABLE = [("Theme", "Review paragraphs", "Mentions"), ("Choice", "3.2, 3.4, 6.2", "41"),
            ("Capacity", "4.1, 4.2, 4.3", "27"), ("Escalation", "5.1, 5.4, 5.5, 6.6", "33"),
            ("Records", "7.1, 7.3", "12")]
JA_FIG_CAPTION = ("Figure 1. Mentions of the review's paragraphs in the four focus groups, by agency. The review's "
                  "paragraphs 3.2 and 3.4 account for half of all mentions.")
JA_FIG_ALT = "Bar chart of mentions by paragraph and agency"
JA_NOTES = [("1", "All names are pseudonyms; the review itself uses initials."),
            ("2", "3.2 and 3.4 were also the paragraphs quoted in the board's seven-minute briefing.")]
JA_FUNDING = "This work was supported by the Tollivant Practice Research Fund (grant TPR-24-031)."
JA_DATA = "The focus group transcripts are not available, to protect the participants."
JA_RELATED = ["Self-neglect and the duty to enquire: a thematic review", "Reading case files with hindsight",
              "The board, the briefing and the practitioner"]

# --------------------------------------------------------------------------
# thesis.docx: a PhD thesis chapter in Word, quoting a DHR (Drisdale)
# --------------------------------------------------------------------------
TH_UNIVERSITY = "University of Kilvardine (FICTIONAL)"
TH_THESIS = "Read, quoted and contested: domestic homicide reviews and the professionals who read them"
TH_CANDIDATE = "Amara Delacroix-Yeo"
TH_CHAPTER_NO = 4
TH_CHAPTER = "Findings: what the review said and how it was read"
TH_REVIEW = ("Drisdale Community Safety Partnership (2024) Domestic Homicide Review: Ms R (FICTIONAL). Drisdale: "
             "DCSP.")
# ("h2"|"h3", title) headings numbered by Word's list linked to the heading styles ("4.1", "4.2.1");
# ("p", [(category, n)]) or ("t", text) the candidate's prose (double-spaced, first line indented), a "{fn:k}" at
# the end of a paragraph marking footnote k; ("q", [(label, words)]) the review's paragraphs in the "Block Quote"
# style typed "4.3<TAB>..."; ("v", text, who) an interview extract in the same style, no number; ("tab",) Table 4.1;
# ("list", [items]) a Word-numbered list "(1)"; ("break",) an explicit page break
TH_BODY = [
    ("t", "This chapter presents the findings of the study. It begins with the review itself, reading its analysis "
          "as a text, and then turns to the professionals who read it.{fn:1}"),
    ("p", [("intro", 2)]),
    ("list", ["the review as written: what it says and in what order;",
              "the review as read: which paragraphs the participants knew;",
              "the review as used: where its paragraphs turned up afterwards."]),
    ("h2", "The review as written"),
    ("p", [("method", 3)]),
    ("tab",),
    ("h3", "The risk that was known"),
    ("t", "The review's analysis opens with what each agency knew about the risk to Ms R:"),
    ("q", [("4.3", 66)]),
    ("p", [("finding", 2)]),
    ("q", [("4.5", 58), ("4.6", 62)]),
    ("t", "Participants from the police and from health read these two paragraphs in opposite ways, as the "
          "following extract shows.{fn:2}"),
    ("v", "Four-point-five is about us, everybody knows that. We read it at the team meeting and then nobody "
          "mentioned it again.", "Participant 07, police"),
    ("p", [("finding", 2)]),
    ("break",),
    ("h3", "The risk that was not shared"),
    ("t", "The second theme of the review concerns information that was held by one agency and not shared with "
          "the others. The review puts it plainly:"),
    ("q", [("5.2", 70)]),
    ("p", [("finding", 3)]),
    ("q", [("5.4", 64)]),
    ("t", "The paragraph that the specialist caseworkers quoted most often, 5.6, is reproduced in the note below "
          "because it is so often misquoted.{fn:3}"),
    ("break",),
    ("h2", "The review as read"),
    ("p", [("finding", 3)]),
    ("h3", "Which paragraphs were known"),
    ("p", [("finding", 2)]),
    ("t", "6.1 and 6.2 of the review were known to almost every participant, although few could say which was "
          "which. They read:"),
    ("q", [("6.1", 60), ("6.2", 66)]),
    ("v", "I could have told you the number before I could have told you what it said.", "Participant 12, "
                                                                                        "IDVA"),
    ("p", [("finding", 2)]),
    ("q", [("6.5", 62)]),
    ("t", "The recommendations were a different matter, and most participants had read one of them closely.{fn:4}"),
    ("break",),
    ("h2", "The review as used"),
    ("p", [("discuss", 3)]),
    ("h3", "In supervision"),
    ("p", [("discuss", 2)]),
    ("q", [("7.1", 58)]),
    ("p", [("discuss", 3)]),
    ("h3", "In training"),
    ("p", [("discuss", 2)]),
    ("q", [("7.4", 64)]),
    ("h2", "Summary"),
    ("p", [("discuss", 3)]),
]
# footnotes: (number, [paragraphs]); a paragraph ("q", label, words) is a review paragraph quoted in full in the note
TH_NOTES = {
    1: ["All names are pseudonyms. The review is quoted with the partnership's permission and its paragraph "
        "numbers are kept."],
    2: ["5.3 is the paragraph that was most often cited by police participants, although it is not quoted in this "
        "chapter; see Section 4.3.1."],
    3: ["Drisdale CSP (2024), paragraph 5.6, in full:", ("q", "5.6", 64)],
    4: ["See also the review's recommendation on routine enquiry, paragraph 6.8, which reads in full:",
        ("q", "6.8", 58)],
}
TH_TABLE_CAPTION = "Table 4.1: Participants by agency and the review's paragraphs about their agency"
TH_TABLE = [("Agency", "Participants", "Paragraphs"), ("Police", "6", "4.3, 5.2, 6.1"),
            ("Health (GP and midwifery)", "5", "4.5, 6.2"), ("Specialist domestic abuse service", "4", "5.4, 5.6"),
            ("Housing", "3", "6.5"), ("Probation", "2", "4.6, 7.1")]
TH_HEADER = f"Chapter {TH_CHAPTER_NO}: Findings \u2013 {FICT}"
TH_FIRST_PAGE = 97

# --------------------------------------------------------------------------
# extraction.pdf: a systematic review's data-extraction table (Word, landscape, exported to PDF), one included study
# a thematic review with numbered paragraphs (Nettlecombe Rise)
# --------------------------------------------------------------------------
EX_FILE = "Supplementary file 2"
EX_PAPER = "Rahman, Ostrowski and Tye (2025) \u2013 Online supplement"
EX_TITLE = "Table S2. Data extracted from the included reviews, with theme codes and quality appraisal"
EX_INTRO = ("Extracts are verbatim. Where a review numbers its paragraphs, the location is the review's paragraph "
            "number; otherwise it is the page. Appraisal: CASP qualitative checklist, scored out of 10 for each "
            "study.")
EX_CODES = ("Theme codes: 1.1 the person's own voice; 1.2 choice and capacity; 2.1 information sharing; "
            "2.2 escalation; 2.3 hospital discharge; 3.1 supervision; 3.2 workload; 4.1 housing and the home; "
            "4.2 money and debt.")
EX_COLS = ["Study ID", "Review (type, area, year)", "Location", "Extract (verbatim)", "Theme code(s)", "Appraisal"]
# studies: (id, description, appraisal, [(location, words or None, codes)]); a location of the form "N.N" is a
# paragraph of the thematic review (the key); "p. 14" rows quote reports that number their pages only
EX_STUDIES = [
    ("S03", "Serious case review, Quillby LSCB, 2016", "CASP 6/10", [
        ("p. 14", "Staff in the day centre noticed that he had stopped eating lunch, but the observation was recorded "
                  "as a matter of preference and was not passed to anyone else in the weeks that followed.", "1.2"),
        ("pp. 22\u201323", "The housing officer did not know that adult social care had closed the case, and "
                           "continued to wait for a call that nobody had been asked to make.", "2.1; 4.1")]),
    ("S07", "Domestic homicide review, Stowick Marsh CSP, 2019", "CASP 7/10", [
        ("p. 31", "Her own account of what she wanted appears only once in the records of the eight agencies, in a "
                  "note written by a receptionist who took a telephone call on a Saturday.", "1.1")]),
    ("S12", "Thematic review of self-neglect, Nettlecombe Rise SAB, 2024", "CASP 9/10", [
        ("2.2", 58, "1.1"), ("2.6", 62, "1.2"), ("3.1", 70, "2.1"), ("3.4", 56, "2.1; 2.2"), ("3.5", 64, "2.2"),
        ("4.2", 96, "2.3"), ("4.8", 60, "3.1"), ("5.1", 66, "3.2"), ("5.3", 54, "1.2; 3.1"), ("6.4", 68, "4.1"),
        ("6.7", 58, "4.2"), ("7.2", 62, "2.2")]),
    ("S15", "Learning review, Wendlesham SAB, 2021", "CASP 8/10", [
        ("pp. 8\u20139", "Agencies met four times in eleven months, and at each meeting the plan was to offer the "
                         "same support again and to wait for her to accept it.", "2.2"),
        ("p. 17", "The finance team recorded the arrears each month and sent letters, and no letter was ever "
                  "answered, which nobody treated as information about her.", "4.2")]),
]
EX_ABBREV = "CASP, Critical Appraisal Skills Programme checklist (score out of 10); SAB, safeguarding adults board."
EX_FOOT = f"{FICT}. {INVENTED}"

# --------------------------------------------------------------------------
# preprint.txt: a preprint as an archive's "download as text" gives it, quoting a learning review (Skarrow)
# --------------------------------------------------------------------------
PP_ARCHIVE = "PraxisArXiv (FICTIONAL preprint server)"
PP_BANNER = ["PraxisArXiv preprint 2025.04172, version 2, posted 17 April 2025. This text was extracted",
             "automatically from the author's PDF; tables, figures and layout may not be reproduced faithfully.",
             f"{FICT}. {INVENTED}"]
PP_RUNNING = "PREPRINT \u2013 NOT PEER REVIEWED \u2013 Mayhew and Oduya \u2013 Learning from learning reviews"
PP_TITLE = ["Learning from learning reviews: what a local child safeguarding practice", "review says about its "
            "readers, and what its readers say about it"]
PP_AUTHORS = ["Caroline Mayhew (University of Skarrow)", "Daniel Oduya (Skarrow Safeguarding Partnership)"]
PP_REVIEW = ("Skarrow Safeguarding Partnership (2023) Local Child Safeguarding Practice Review: Family H "
             "(FICTIONAL). Skarrow: SSP.")
PP_REVIEW_REF = 9
PP_N_REFS = 18
PP_ABSTRACT = ("This preprint reports a document study of one local child safeguarding practice review and of the "
               "way it was quoted in the two years after it was published. We traced every quotation of the review "
               "in the partnership's training materials, minutes and audits, and interviewed eleven of the people "
               "who quoted it. The review's paragraphs were quoted far more often than they were read.")
# ("sec", number, title); ("p", [(category, n)]) / ("t", text) prose; ("q", [(label, words)]) a displayed quotation
# with the review's numbers; ("wrap", text) prose one of whose lines must begin with the words after "{wrap}";
# ("tab",) Table 1, flattened
PP_BODY = [
    ("sec", "1", "Introduction"),
    ("p", [("intro", 3)]),
    ("p", [("intro", 3)]),
    ("sec", "2", "The review and the study"),
    ("sub", "2.1", "The review"),
    ("t", "The review [9] concerns the H family, whose three children were known to nine agencies over four "
          "years. Its introduction states what the review is for:"),
    ("q", [("1.3", 60)]),
    ("p", [("method", 2)]),
    ("sub", "2.2", "Method"),
    ("p", [("method", 3)]),
    ("tab",),
    ("p", [("method", 2)]),
    ("sec", "3", "What the review says"),
    ("p", [("finding", 2)]),
    ("q", [("2.2", 62), ("2.3", 58)]),
    ("p", [("finding", 2)]),
    ("q", [("3.1", 68)]),
    ("t", "The second finding, in paragraph 3.2, was quoted in the partnership's training more often than any "
          "other:"),
    ("q", [("3.2", 74)]),
    ("p", [("finding", 3)]),
    ("q", [("3.5", 56)]),
    ("sec", "4", "How the review was quoted"),
    ("p", [("finding", 3)]),
    ("q", [("4.1", 88)]),
    ("wrap", "Eight of the eleven people we interviewed had quoted a paragraph from the review's fourth section, "
             "and all eight quoted either {wrap} 4.1 and 4.4 or one of them, usually without the sentence that "
             "comes before it."),
    ("q", [("4.4", 64), ("4.6", 60)]),
    ("p", [("finding", 2)]),
    ("sec", "5", "Discussion"),
    ("p", [("discuss", 3)]),
    ("q", [("5.2", 62), ("5.3", 58)]),
    ("p", [("discuss", 3)]),
    ("sec", "6", "Conclusion"),
    ("p", [("discuss", 2)]),
]
PP_WRAP_FILLERS = ["", "the two paragraphs", "both of", "paragraphs", "the paragraphs numbered", "both paragraphs",
                   "the review's paragraphs", "its", "the pair"]
PP_TABLE = ["Table 1. Quotations of the review found, by kind of document", "Kind of document Documents Quotations",
            "Training slides 14 52", "Minutes of meetings 23 31", "Audit reports 6 18", "Briefings 4 12",
            "Total 47 113"]
PP_WIDTH = 78
