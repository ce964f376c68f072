"""Invented prose for the blind62 fixtures: blind17's vocabularies and paragraph maker, with seed 62; and this round's
own furniture for reviews reused in training and learning materials: a partnership's "7-minute briefing" poster, a
learning and development team's practitioner workbook, an e-learning lesson built in an authoring tool and saved from
the browser, a facilitator's guide with a timed session plan, and a practice reading group's pack in Markdown.
FICTIONAL – for software testing. Every person, place, agency, board, partnership, course and web address named here
is invented (the web addresses are under .example); nothing is graphic.
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
ParaMaker = _prose.para_maker(62)

FICT = "FICTIONAL \u2013 for software testing"
INVENTED = "Every person, place and service named here is invented."

# --------------------------------------------------------------------------
# sevenminute.pdf: a CSPR's 7-minute briefing, an A3 poster of seven numbered boxes round a hub (Farrowdale)
# --------------------------------------------------------------------------
SM_BOARD = "Farrowdale Safeguarding Children Partnership (FICTIONAL)"
SM_KIND = "7-minute briefing"
SM_TITLE = "Child Safeguarding Practice Review: Child V"
SM_ISSUE = "Briefing no. 9 \u00b7 March 2025"
SM_BOXES = {
    1: "Background",
    2: "What happened",
    3: "What the review found",
    4: "Why it matters",
    5: "Learning for practice",
    6: "Good practice",
    7: "Questions and next steps",
}
SM_INTRO = {
    1: "Child V was nine when the partnership agreed to review the help the family had received. The review "
       "was published in January 2025. In its own words:",
    2: "The review describes eighteen months of contact with the family. Two paragraphs tell the story:",
    3: "The reviewer found a pattern that every agency saw in part. The review says:",
    4: "This matters well beyond one family. The review puts it like this:",
    5: "The review sets out what should change. Two of its paragraphs speak to every practitioner:",
    6: "The review also found practice worth sharing:",
}
SM_AFTER = {
    4: "Think about the families on your own caseload who move between areas or schools.",
}
SM_QUESTIONS = [
    "How would you know if a child on your caseload had been seen by three different services in a month?",
    "What does your team do when a contact is closed? Does the person who raised it hear what happened?",
    "With a colleague, take five minutes to re-read what the review says in paragraphs 3.1 and 3.2. What would you "
    "have done differently in their place?",
    "Next steps: discuss this briefing at your next team meeting (it takes seven minutes) and record that you "
    "have done so on the partnership's learning log.",
]
SM_ABOUT_HEAD = "About this briefing"
SM_ABOUT = [
    "Seven-minute briefings are short summaries for team meetings, based on research that seven minutes is "
    "long enough to learn and short enough to fit into a busy day.",
    "Text in italics is quoted from the published review. The numbers in bold beside it (for example 3.2) are "
    "the review's own paragraph numbers, so that you can find each passage in the full report. The numbers in "
    "circles are the briefing's seven steps.",
    "Full review: farrowdale-scp.example/child-v",
]
SM_HUB = ["7", "minute", "briefing", "Child V", "March 2025"]
SM_FOOT = ("Farrowdale SCP \u00b7 7-minute briefing no. 9 \u00b7 Please print on A3 and display in your team "
           "room \u00b7 Page {k} of {n}")
SM_LOG_HEAD = "My reflective log"
SM_LOG_FIELDS = ["Name", "Team", "Date of team meeting"]
SM_LOG_PROMPTS = [
    "1.  What struck you most in the review's paragraphs quoted in this briefing?",
    "2.  Which of the questions in box 7 did your team discuss, and what did you agree?",
    "3.  What one thing will you do differently after reading this briefing?",
]
SM_LOG_RETURN = "Return your log to your supervisor, or upload it to the learning log at farrowdale-scp.example/log."

# --------------------------------------------------------------------------
# workbook.docx: a SAR's practitioner workbook from a board's learning and development team (Emberton)
# --------------------------------------------------------------------------
WB_BOARD = "Emberton Safeguarding Adults Board (FICTIONAL)"
WB_TITLE = "Learning from the Safeguarding Adults Review about Mr J"
WB_SUB = "Practitioner workbook for the half-day learning session"
WB_TEAM = "Prepared by the board's learning and development team, April 2025"
WB_HOWTO = ("Work through this workbook before, during and after the session. Extracts from the review are printed "
            "in shaded boxes with the review's own paragraph numbers; everything else is written by the learning "
            "and development team.")
WB_OUTCOMES = [
    "describe what happened to Mr J and which agencies were involved;",
    "explain why the review found that Mr J's self-neglect was not recognised;",
    "apply the board's self-neglect guidance to a case of your own.",
]
WB_OUTCOMES_LEAD = "By the end of the session you will be able to:"
WB_PARTS = ["Part 1: Getting to know Mr J", "Part 2: What happened", "Part 3: What the review found",
            "Part 4: What happens next"]
WB_PART_INTRO = [
    "Mr J was 79 and lived alone in a first-floor flat. Read the extracts below and make a note of anything that "
    "surprises you.",
    "The review looks at the last eighteen months of Mr J's life. Read these extracts before the session.",
    "The review's findings are set out in section 3 of the report. The table pairs some of them with what they "
    "might mean for your practice.",
    "The board has accepted every recommendation. Read them, then plan what you will do.",
]
WB_EXTRACT = "From the review"
WB_QUESTIONS = [
    "What do you think a good day looked like for Mr J?",
    "Who knew Mr J best, and did any professional ask them?",
    "How would your service have recorded Mr J's refusal of care?",
    "What would have helped the agencies to see the whole picture?",
    "Which of the review's findings is closest to your own practice?",
    "What will you do differently after this session?",
]
WB_REFLECT = "Reflection questions"
WB_PAUSE = "Pause and think"
WB_PAUSE_TEXT = [
    "Think of an adult on your caseload who is described as \u201cindependent\u201d. What do you actually know "
    "about their day?",
    "{n} is the turning point in the review's account of Mr J's last year. Read it again: what would you have done "
    "that week, and whom would you have told?",
]
WB_ACTIVITIES = [
    ("Who knew what?", "In pairs, read the extracts in Part 2 again and fill in the table below. For each agency, "
                       "note what it knew and whom it told."),
    ("What would you do?", "Choose one of the findings in the table above. Write down one change you could make "
                           "in your own team next month."),
]
WB_AGENCY_HEAD = ["Agency", "What it knew", "Whom it told"]
WB_TABLE_HEAD = ["What the review says", "What this might mean for you"]
WB_MEANING = [
    "This paragraph is not about one worker. Ask yourself how your team records a refusal, and who reads it.",
    "The review is describing a system. Check whether your service knows the board's escalation route.",
]
WB_NOTES = "Your notes"
WB_ACTION = "My action plan"
WB_ACTION_HEAD = ["What I will do", "By when", "Who will help"]
WB_HEADER = "Emberton SAB \u2013 SAR Mr J \u2013 Practitioner workbook (FICTIONAL)"

# --------------------------------------------------------------------------
# rise.html: a DHR's e-learning lesson built in an authoring tool and saved from the browser (Kestrelford)
# --------------------------------------------------------------------------
RI_BOARD = "Kestrelford Community Safety Partnership (FICTIONAL)"
RI_COURSE = "Learning from the domestic homicide review about Ms L"
RI_LESSONS = ["Welcome", "About the review", "What the review found", "What needs to change", "Knowledge check",
              "Summary and certificate"]
RI_CURRENT = 3  # the saved page is the third lesson
RI_INTRO = ("In this lesson you will read some of the review's key paragraphs. The numbers are the review's own, "
            "so that you can find them in the full report.")
RI_IMPACT = "Every contact is a chance to ask: are you safe at home?"
RI_ACC_INTRO = "Select each paragraph to read it."
RI_CARD_INTRO = "Select each card to turn it over and read the paragraph."
RI_FLIP_TIP = "Click to flip"
RI_QUIZ_Q = "Which of these paragraphs of the review did you read in the accordion above?"
RI_QUIZ_FEEDBACK = ("Correct. Paragraph {n} is the second of the accordion's three paragraphs. Open the accordion "
                    "again if you are not sure why.")
RI_NOTE = "Take a moment before you continue: if any of this has affected you, support is listed in lesson 6."
RI_QUOTE_NAME = "Domestic Homicide Review: Ms L, paragraph {n}"

# --------------------------------------------------------------------------
# facilitator.pdf: a thematic SAR's facilitator's guide, a timed run sheet (Coldharbour and Wrenbury)
# --------------------------------------------------------------------------
FG_BOARD = "Coldharbour and Wrenbury Safeguarding Adults Board (FICTIONAL)"
FG_TITLE = "Facilitator's guide"
FG_SUB = "Learning event: thematic review of adults who were homeless"
FG_HEAD = "FOR FACILITATORS \u2013 NOT FOR CIRCULATION"
FG_FOOT = "Facilitator's guide \u2013 thematic review learning event \u2013 Page {k} of {n}"
FG_GLANCE = [("Duration", "2 hours 15 mins, including a 15 min break"), ("Audience", "Frontline practitioners "
             "and first-line managers from all partner agencies"), ("Group size", "12 to 20"),
             ("Room", "Training Room 2, Elm House, Wrenbury")]
FG_OUTCOMES_HEAD = "Learning outcomes"
FG_OUTCOMES = [
    "1.  Describe the four people whose lives the thematic review looked at.",
    "2.  Explain the review's findings about multi-agency working with adults who are homeless.",
    "3.  Identify one change to make in your own practice.",
]
FG_PREP_HEAD = "Before the session"
FG_PREP = ["Print Handouts A to C (one each) and the evaluation forms.",
           "Load the slides and check the timeline on slide 5 plays.",
           "Put the ground rules on a flipchart."]
FG_PLAN_HEAD = "Session plan"
FG_COLS = ["Time", "What happens", "Slides and resources"]
FG_KEY = ("Cues: SAY \u2013 read or say in your own words; ASK \u2013 put the question to the group; DO \u2013 an "
          "action for you; READ ALOUD \u2013 read the extract word for word. Extracts are quoted from the review with "
          "its own paragraph numbers.")

# --------------------------------------------------------------------------
# readinggroup.md: a learning review's reading group pack, a page of a partnership's MkDocs learning hub (Ashgill)
# --------------------------------------------------------------------------
RG_BOARD = "Ashgill Safeguarding Children Partnership (FICTIONAL)"
RG_TITLE = "Reading group pack: Learning review \u2013 Child N"
RG_GROUND = [
    "Read the extracts before you come. Each takes a few minutes.",
    "Speak from your own practice, not about colleagues who are not in the room.",
    "What is said in the group stays in the group; what is learned leaves it.",
]
RG_ABBR = [("LSCP", "Local Safeguarding Children Partnership"), ("CIN", "Child in need")]
RG_INTRO = ("This pack reproduces paragraphs of the published learning review[^1] word for word, with the review's own "
            "paragraph numbers in bold. The questions are ours, not the review's: they are numbered by session, so "
            "Q2.1 is the first question of session 2.")
RG_SESSIONS = ["Session 1: Child N and the family", "Session 2: What happened", "Session 3: What the review found",
               "Session 4: What needs to change"]
RG_READING = "**Reading:** paragraphs {a} to {b} (about {m} minutes)"
RG_QUESTIONS = {
    1: ["What did you notice about whose voice is heard in these paragraphs?",
        "Which of these services would your own team have been in touch with?"],
    2: ["When did things start to go wrong, and who could have seen it at the time?",
        "What would have helped the school to share what it knew?",
        "How does your service close a contact, and who hears about it?"],
    3: ["Which finding is closest to your own practice?", "What gets in the way of escalating a concern?"],
    4: ["What is the one change your team could make next month?"],
}
RG_MANAGERS = ["How do you know that the escalation protocol is used in your service?",
               "What would you need to see in supervision records to be reassured?"]
RG_FACILITATOR = ("{n} is often read as a criticism of one practitioner. Steer the group back to the system: who "
                  "else knew, and what stopped them acting?")
RG_ANNOTATION = ("Ask the group what they would have done at this point, and whom they would have told. Most "
                 "groups take ten minutes over this.")
RG_NEXT = ("Before the next session, read the partnership's escalation protocol. The next pack covers the "
           "thematic review of neglect in families with younger children.")
RG_FOOTNOTE = ("Ashgill Safeguarding Children Partnership (2025), *Learning review: Child N* (FICTIONAL). This pack "
               "quotes selected paragraphs only; read the full review for the whole picture.")
