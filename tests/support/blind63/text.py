"""Invented prose for the blind63 fixtures: blind17's vocabularies and paragraph maker, with seed 63; and this round's
own furniture for reviews answered by action plans, responses and trackers: a board's multi-agency action plan kept in
Excel and exported to PDF, an NHS trust's management response in Word, a minister's response letter, a community
safety partnership's progress tracker exported from a project system, and an action-tracking tool's CSV export.
FICTIONAL – for software testing. Every person, place, agency, board, partnership, department, product and web address
named here is invented (the web addresses are under .example); nothing is graphic.
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
ParaMaker = _prose.para_maker(63)

FICT = "FICTIONAL \u2013 for software testing"
INVENTED = "Every person, place and service named here is invented."

# --------------------------------------------------------------------------
# actionplan.pdf: a SAR's multi-agency action plan kept in Excel, exported to PDF (Harlowmere)
# --------------------------------------------------------------------------
AP_BOARD = "Harlowmere Safeguarding Adults Board (FICTIONAL)"
AP_TITLE = "Safeguarding Adults Review: Mrs E \u2013 multi-agency action plan"
AP_VERSION = "Version 4 \u00b7 updated 14.01.26 \u00b7 owner: SAR subgroup (chair: Neela Frost)"
AP_SHEETS = ("Action plan", "Summary")
AP_FILE = "SAR Mrs E action plan v4.xlsx"
AP_MARK = "OFFICIAL"
AP_COLS = ["Rec", "Review para", "Finding / recommendation (wording of the review)", "Action no.", "Action", "Lead",
           "Due", "RAG", "Progress", "Update (January 2026)"]
AP_KEY_HEAD = "RAG key:"
AP_RAG = {"Red": ("not started or off track", (0.91, 0.30, 0.24)),
          "Amber": ("in progress and on track", (1.0, 0.75, 0.0)),
          "Green": ("complete", (0.44, 0.68, 0.28)),
          "Blue": ("complete and assured by the board", (0.36, 0.61, 0.84))}
AP_PROGRESS = {"Red": "0%", "Amber": "60%", "Green": "100%", "Blue": "100%"}
AP_LEADS = {
    "SAB": "SAB business manager",
    "ASC": "Adult social care \u2013 head of safeguarding",
    "ICB": "ICB \u2013 designated nurse",
    "POL": "Police \u2013 DCI public protection",
    "HSG": "Housing \u2013 tenancy services manager",
    "AMB": "Ambulance trust \u2013 safeguarding lead",
    "GP": "Primary care \u2013 named GP",
    "FRS": "Fire and rescue \u2013 prevention manager",
}
# each group: (label, words, [(action no., action, lead, due, RAG, update)]); the review's paragraph text is typed
# into the first row of its group only
AP_PLAN = [
    ("5.2", 62, [
        ("1.1", "Add a self-neglect prompt to the adult care hub's screening tool for every contact.", "ASC",
         "31.03.26", "Amber", "Prompt drafted; testing with the hub team in February."),
        ("1.2a", "Audit 30 contacts closed as \u201cpersonal choice\u201d in 2025.", "ASC", "30.11.25", "Green",
         "Audit complete: 11 of 30 closed without a conversation."),
        ("1.2b", "Report the audit's findings to the SAB quality subgroup.", "SAB", "31.01.26", "Blue",
         "Reported 21.01.26; subgroup assured.")]),
    ("5.4", 58, [
        ("2.1", "Agree a single route for escalating self-neglect concerns between agencies.", "SAB", "28.02.26",
         "Amber", "Draft route agreed by the subgroup; sign-off due at the March board.")]),
    ("5.5", 66, [
        ("3.1", "Brief all community nursing teams on the self-neglect guidance.", "ICB", "31.12.25", "Green",
         "Briefings delivered to 9 of 9 teams (142 staff)."),
        ("3.2", "Include self-neglect in the nursing induction programme.", "ICB", "31.03.26", "Amber",
         "Module written; first cohort in March.")]),
    ("5.7", 54, [
        ("4.1", "Share the hospital discharge checklist with the adult care hub.", "ASC", "31.10.25", "Green",
         "Checklist shared and in use."),
        ("4.2", "Test weekend discharge notifications for people known to community services.", "ICB", "30.04.26",
         "Red", "Not started: waiting for the new patient flow system."),
        ("4.3", "Report discharge notification times to the board every quarter.", "SAB", "30.06.26", "Amber",
         "First report due in April.")]),
    ("6.1", 70, [
        ("5.1", "Revise the multi-agency self-neglect protocol, including when to convene a meeting.", "SAB",
         "31.03.26", "Amber", "Consultation closed 09.01.26; 37 responses."),
        ("5.2", "Launch the revised protocol with a practitioner briefing.", "SAB", "30.06.26", "Red",
         "Depends on 5.1.")]),
    ("6.3", 60, [
        ("6.1", "Offer fire safety visits to everyone referred under the self-neglect protocol.", "FRS", "31.12.25",
         "Blue", "In place since October; 23 visits so far."),
        ("6.2", "Agree how fire and rescue records a second visit that does not take place.", "FRS", "31.03.26",
         "Amber", "Procedure drafted.")]),
    ("6.4", 64, [
        ("7.1", "Train duty workers in assessing capacity where self-neglect is suspected.", "ASC", "31.03.26",
         "Amber", "6.3 and 6.4 are being delivered together through the self-neglect learning programme; 60% of "
                  "duty workers trained.")]),
    ("6.6", 56, [
        ("8.1", "Ask every GP practice to add an alert when a relative raises a concern.", "GP", "30.09.25",
         "Green", "Alert template issued to all 19 practices."),
        ("8.2", "Audit the use of the alert in six practices.", "GP", "31.05.26", "Amber",
         "Two practices audited.")]),
    ("6.9", 68, [
        ("9.1", "Set up a monthly multi-agency panel for people who repeatedly refuse care.", "ASC", "31.01.26",
         "Green", "First panel met 16.01.26."),
        ("9.2a", "Write terms of reference for the panel.", "ASC", "31.12.25", "Blue", "Approved by the board."),
        ("9.2b", "Review the panel after six months.", "SAB", "31.07.26", "Red", "Not due yet."),
        ("9.3", "Include housing and fire and rescue as standing members of the panel.", "HSG", "31.01.26",
         "Green", "Both attend.")]),
    ("6.10", 58, [
        ("10.1", "Share rent arrears alerts with adult social care where a tenant is known to be vulnerable.", "HSG",
         "30.04.26", "Amber", "Data sharing agreement with legal services.")]),
    ("7.1", 62, [
        ("11.1", "Record repeated ambulance call-outs to the same address as a pattern and refer it.", "AMB",
         "31.03.26", "Amber", "Flag live in the control room system since 02.12.25; 40% of crews briefed.")]),
    ("7.2", 56, [
        ("12.1", "Include the person's own words in every safeguarding referral form.", "ASC", "31.12.25", "Green",
         "New form in use since 01.11.25."),
        ("12.2", "Audit 20 referrals for the person's voice.", "SAB", "30.06.26", "Red", "Planned for May.")]),
    ("7.4", 64, [
        ("13.1", "Publish the learning from this review in a seven-minute briefing.", "SAB", "31.10.25", "Blue",
         "Published 20.10.25; read 1,204 times."),
        ("13.2", "Hold two practitioner learning events.", "SAB", "31.03.26", "Amber",
         "First event held 27.11.25 (86 attended).")]),
]
AP_SUMMARY_HEAD = "Summary of progress at 14.01.26"
AP_SUMMARY_COLS = ["RAG status", "Actions", "% of actions"]
AP_SUMMARY_NOTE = ("Progress is reported to the board every quarter. Actions rated Blue have been assured by the "
                   "quality subgroup.")

# --------------------------------------------------------------------------
# response.docx: an NHS trust's management response to a CSPR, in Word (Tarnbrook)
# --------------------------------------------------------------------------
MR_TRUST = "Tarnbrook Community Health NHS Trust (FICTIONAL)"
MR_PARTNERSHIP = "Wexcombe Safeguarding Children Partnership (FICTIONAL)"
MR_TITLE = "Management response to the Child Safeguarding Practice Review: Child P"
MR_CONTROL = [("Document", "Management response \u2013 CSPR Child P"), ("Version", "1.2"), ("Status", "Approved"),
              ("Author", "Named Nurse for Safeguarding Children"),
              ("Approved by", "Safeguarding Assurance Committee, 28.01.26"), ("Review date", "31.07.26")]
MR_INTRO_HEAD = "Introduction"
MR_INTRO = [
    "The Child Safeguarding Practice Review about Child P was published by the Wexcombe Safeguarding Children "
    "Partnership in November 2025. This document is the trust's response to the paragraphs of the review that "
    "concern its services.",
    "Each paragraph of the review is quoted in full in a shaded box, with the review's own paragraph number. The "
    "trust's response and the evidence for it follow in this document's own numbered paragraphs.",
    "The response was prepared by the Named Nurse for Safeguarding Children with the trust's health visiting, school "
    "nursing and emergency department leads, and was approved by the Safeguarding Assurance Committee.",
]
MR_FINDINGS_HEAD = "Response to the review's findings"
MR_RECS_HEAD = "Response to the review's recommendations"
MR_APPENDIX_HEAD = "Appendix A: Summary of the trust's position"
MR_APPENDIX_COLS = ["Review para", "Accepted?", "Lead", "RAG"]
# the review's paragraphs the response quotes, under its own sub-headings; for each, the trust's numbered items
# (("Response" | "Evidence" | "Further action", text, [evidence bullets]))
MR_FINDINGS = [
    ("Finding 1: Information sharing at the front door", [
        ("3.4", 66, [
            ("Response", "Accepted. Health visitors now telephone the front door after every online referral and "
                         "record the name of the person they spoke to.", []),
            ("Evidence", "The following evidence is held by the safeguarding team:",
             ["Front door referral audit, December 2025 (40 referrals, 38 followed by a call)",
              "Revised health visiting referral standard, version 3"])]),
        ("3.5", 58, [
            ("Response", "Accepted in part. The trust cannot change the partnership's portal, but has asked the "
                         "partnership to add a read receipt.", []),
            ("Further action", "The Named Nurse will raise the read receipt at the partnership's March meeting.",
             [])])]),
    ("Finding 2: Seeing the child", [
        ("3.7", 72, [
            ("Response", "Accepted. School nurses now see a child alone at every contact where a safeguarding "
                         "concern has been raised, unless there is a recorded reason not to.", []),
            ("Evidence", "Record audit of school nursing contacts, January 2026:",
             ["26 of 30 records show the child seen alone", "4 records give a reason"])])]),
    ("Finding 3: Health visiting after a move", [
        ("4.1", 62, [
            ("Response", "Accepted. A family who moves into the area is now offered a visit within ten working days "
                         "of the transfer of records.", [])]),
        ("4.2", 56, [
            ("Response", "Accepted. The transfer-in checklist has been revised.", []),
            ("Evidence", "Transfer-in checklist, version 2, issued 12.12.25.", [])])]),
    ("Finding 4: Emergency department attendances", [
        ("4.5", 68, [
            ("Response", "Accepted. Attendances by children under five are now shared with the health visiting "
                         "team the next working day.", []),
            ("Evidence", "Daily attendance list, in place since 03.11.25.", [])])]),
    ("Finding 5: Supervision", [
        ("4.8", 60, [
            ("Response", "Accepted. Safeguarding supervision records now include a section for the practitioner's "
                         "own unease, and what was agreed about it.", [])])]),
]
MR_RECS = [
    ("Recommendation 1", "6.1", 56, [
        ("Response", "Accepted. The trust will take part in the partnership's audit of closed contacts.", []),
        ("Evidence", "Audit terms of reference agreed 14.01.26.", [])]),
    ("Recommendation 2", "6.2", 60, [
        ("Response", "Accepted. See also the response to the review's finding at 4.5 above.", []),
        ("Further action", "Extend the daily attendance list to minor injury units by 30.06.26.", [])]),
    ("Recommendation 4", "6.4", 54, [
        ("Response", "Accepted. The trust's safeguarding training now includes a module on professional curiosity "
                     "about who else lives in or visits a child's home.", []),
        ("Evidence", "Training compliance report, January 2026: 91% of health visitors trained.", [])]),
]
MR_REPEAT_LEAD = ("Recommendation 2 rests on the review's finding in paragraph 4.5, which is repeated here for ease "
                  "of reference:")
MR_REPEAT = ("6.2", "4.5")  # under recommendation 2, after the quotation of 6.2, 4.5 is quoted again in full
MR_APPENDIX_NOTE = ("RAG: Green \u2013 complete; Amber \u2013 in progress; Red \u2013 not started. The trust reports "
                    "progress to the partnership's assurance group every six months.")
MR_HEADER = "OFFICIAL \u2013 Tarnbrook Community Health NHS Trust \u2013 Management response: CSPR Child P (FICTIONAL)"

# --------------------------------------------------------------------------
# letter.pdf: a minister's response letter to a thematic review (Department for Communities and Adult Care)
# --------------------------------------------------------------------------
ML_DEPT = "Department for Communities and Adult Care"
ML_MINISTER = "Ruth Calloway MP"
ML_ROLE = "Minister of State for Adult Care"
ML_HEAD_LINES = ["14 Carrow Square", "Lambden LD1 4QT", "T 0300 555 0142", "E ministers@dcac.example",
                 "www.dcac.example"]
ML_REFS = [("Our ref:", "MC2026/01834"), ("Your ref:", "SARC/TR/07")]
ML_DATE = "12 March 2026"
ML_TO = ["Professor Anand Whitlow", "Chair, Safeguarding Adults Review Collaborative", "2 Mercer's Row",
         "Holmbridge HB3 9LS"]
ML_DEAR = "Dear Professor Whitlow,"
ML_SUBJECT = "Thematic review: self-neglect and the duty to enquire (FICTIONAL)"
ML_CONT = "Professor A. Whitlow \u2013 12 March 2026 \u2013 page {k}"
# the letter's own numbered points: ("P", text) prose, ("Q", [labels], numbered) the review's paragraphs quoted in an
# indented block (numbered: printed with their numbers; otherwise the lead-in names the paragraph); "{wrap}" marks the
# point whose line must begin with the review's numbers
ML_POINTS = [
    [("P", "Thank you for your letter of 6 January 2026 and for sending me the Collaborative's thematic review, "
           "Self-neglect and the duty to enquire. I am grateful to you, to the reviewers and above all to the "
           "families who spoke to them. This letter sets out the Government's response; the annex responds to each "
           "of the review's recommendations to the Government.")],
    [("P", "I want to begin with the review's central finding. Paragraph 4.2 of the review says:"),
     ("Q", ["4.2"], False),
     ("P", "I agree. A person's right to make their own decisions must never become a reason for agencies to stop "
           "asking questions, and I want every council to hear that from me.")],
    [("P", "The review then describes how that finding played out in the eleven reviews it examined. Paragraphs 4.5 "
           "and 4.6 of the review say:"),
     ("Q", ["4.5", "4.6"], True),
     ("P", "These paragraphs will be familiar to anyone who has worked in adult social care, and I do not "
           "underestimate how hard it is to change them.")],
    [("P", "Paragraph 4.8 of the review says:"), ("Q", ["4.8"], False)],
    [("P", "My officials have met the Association of Directors of Adult Care and the Collaborative to discuss the "
           "{wrap} questions about the funding of advocacy that the review raises in paragraphs 5.3 and 5.4, and I "
           "will write to you again once those discussions have concluded.")],
    [("P", "I was struck, too, by what the review says about people's own voices. Paragraph 5.1 of the review says:"),
     ("Q", ["5.1"], False),
     ("P", "The revised statutory guidance will say plainly that a person's own account belongs in every record.")],
    [("P", "Finally, paragraph 5.6 of the review says:"), ("Q", ["5.6"], False)],
    [("P", "The review makes nine recommendations, five of them to the Government. Our response to each is in the "
           "annex. In summary, we accept four of them and accept one in part.")],
    [("P", "I am copying this letter to the chairs of the safeguarding adults boards and placing a copy in the "
           "Library of the House.")],
]
ML_WRAP_FILLERS = ["", "wider", "detailed", "practical", "several practical", "detailed and important"]
ML_CLOSE = "Yours sincerely,"
ML_SIGN = ["Ruth Calloway MP", "Minister of State for Adult Care"]
ML_CC = ["cc:", "Chairs of safeguarding adults boards in England", "Director General, Adult Care Policy"]
ML_ANNEX_HEAD = "Annex A: The review's recommendations to the Government and our response"
ML_ANNEX_COLS = ["The review's recommendation", "The Government's response"]
ML_ANNEX = [
    ("6.1", 84, "Accepted. The Department will revise the statutory guidance on self-neglect in 2026, after "
                "consulting people with lived experience, and will publish a summary of the changes."),
    ("6.2", 96, "Accepted. A duty to convene a multi-agency meeting will be considered in the revision of the "
                "guidance, with the Association of Directors of Adult Care."),
    ("6.4", 78, "Accepted in part. The Department will fund a national learning programme for two years; it cannot "
                "commit to funding beyond the current spending review period."),
    ("6.5", 92, "Accepted. The Department will ask the Care Quality Inspectorate to look at self-neglect in its "
                "assessments of councils from April 2027."),
    ("6.7", 88, "Accepted. The Department will publish a national summary of safeguarding adults reviews every "
                "two years, starting in 2027."),
]
ML_FOOT = f"{FICT}. {INVENTED}"

# --------------------------------------------------------------------------
# tracker.html: a DHR's recommendations tracker exported from a project system (Drennock)
# --------------------------------------------------------------------------
TR_SYSTEM = "Pathmark Projects"
TR_VERSION = "4.12.1"
TR_CSP = "Drennock Community Safety Partnership (FICTIONAL)"
TR_PROJECT = "DHR Ms S \u2013 recommendations tracker"
TR_REVIEW = "Domestic Homicide Review: Ms S"
TR_EXPORTED = "16/02/2026 09:14"
TR_BY = "k.osei"
TR_STATUS = {"done": "Complete", "doing": "In progress", "todo": "Not started"}
# cards: (rec, [(label, words)], status, %, owner, due, last updated, [actions (no., text, status)], [(date, who,
# text)])
TR_CARDS = [
    (1, [("6.2", 62)], "done", 100, "Drennock Police \u2013 DI Rhys Vance", "31.12.25", "04.02.26 16:20",
     [("1.1", "Brief all response officers on recording coercive control", "done"),
      ("1.2", "Dip-sample 50 domestic abuse incident logs", "done")],
     [("04.02.26", "K. Osei", "Closed at the CSP board on 04.02.26: 100% of response officers briefed.")]),
    (2, [("6.3", 58)], "doing", 60, "Drennock ICB \u2013 Designated Nurse", "31.03.26", "12.02.26 14:03",
     [("2.1", "Add routine enquiry to the urgent treatment centre's triage form", "done"),
      ("2.2", "Audit routine enquiry at three practices", "doing")],
     [("12.02.26", "M. Adeyemi", "6.3 asks for routine enquiry at every appointment; the triage form now prompts "
                                 "it, and the practice audit is under way."),
      ("15.01.26", "M. Adeyemi", "Triage form live.")]),
    (3, [("6.5", 56), ("6.6", 64)], "doing", 40, "Drennock Council \u2013 domestic abuse coordinator", "30.04.26",
     "09.02.26 11:47",
     [("3.1", "Commission interpreters for all specialist domestic abuse appointments", "done"),
      ("3.2", "Stop family members interpreting in health and police contacts", "doing"),
      ("3.3", "Report interpreter use to the CSP", "todo")],
     [("09.02.26", "K. Osei", "Interpreter contract signed; guidance for staff in draft.")]),
    (4, [("6.8", 60)], "todo", 0, "Leverthorpe Housing Trust \u2013 tenancy manager", "31.01.26", "20.01.26 10:05",
     [("4.1", "Agree a sharing protocol between the housing trust and the rehabilitation team", "todo")],
     [("20.01.26", "K. Osei", "Overdue: the housing trust has asked for a new date of 30.04.26.")]),
    (5, [("7.1", 66)], "done", 100, "Drennock Council \u2013 domestic abuse coordinator", "30.11.25",
     "01.12.25 09:30",
     [("5.1", "Launch the workplace domestic abuse policy toolkit for employers", "done")],
     [("01.12.25", "K. Osei", "Toolkit launched at the employers' forum; 31 employers signed up.")]),
    (6, [("7.2", 54)], "doing", 75, "Drennock ICB \u2013 Designated Nurse", "31.03.26", "11.02.26 15:12",
     [("6.1", "Train midwives to arrange to see women alone", "done"),
      ("6.2", "Add a prompt to the maternity record", "done"),
      ("6.3", "Audit 25 maternity records", "doing")],
     [("11.02.26", "M. Adeyemi", "75% \u2013 audit due to report in March.")]),
    (7, [("7.4", 58), ("7.5", 62)], "doing", 20, "Specialist domestic abuse service \u2013 service manager",
     "30.06.26", "06.02.26 13:55",
     [("7.1", "Stop closing cases after two unreturned calls", "done"),
      ("7.2", "Agree a safe contact plan with every client at the first contact", "todo")],
     [("06.02.26", "K. Osei", "Closure rule changed; safe contact plan template in draft.")]),
    (8, [("7.7", 56)], "done", 100, "Drennock Police \u2013 DI Rhys Vance", "31.12.25", "18.12.25 17:02",
     [("8.1", "Share bail conditions and their end dates with the IDVA service", "done")],
     [("18.12.25", "R. Vance", "Daily bail list shared since 01.12.25.")]),
    (9, [("8.1", 60)], "todo", 0, "Drennock CSP \u2013 DHR coordinator", "30.09.26", "14.01.26 09:00",
     [("9.1", "Commission a perpetrator programme for men who use cocaine", "todo")],
     [("14.01.26", "K. Osei", "Not started: funding bid submitted.")]),
    (10, [("8.2", 64)], "doing", 50, "Drennock CSP \u2013 DHR coordinator", "31.03.26", "13.02.26 12:40",
     [("10.1", "Publish a seven-minute briefing on this review", "done"),
      ("10.2", "Hold two learning events for practitioners", "doing")],
     [("13.02.26", "K. Osei", "Briefing published; first learning event held 05.02.26.")]),
    (11, [("8.4", 58)], "done", 100, "Drennock CSP \u2013 DHR coordinator", "31.01.26", "29.01.26 16:45",
     [("11.1", "Write to the Home Office with the review's national recommendation", "done")],
     [("29.01.26", "K. Osei", "Letter sent 28.01.26.")]),
]
TR_NOTE = ("Cards for completed recommendations are collapsed; select \u201cShow the review's wording\u201d to read "
           "the paragraph.")

# --------------------------------------------------------------------------
# actions.csv: a learning review's actions exported from an action-tracking tool (Brackenholt)
# --------------------------------------------------------------------------
AC_TOOL = "Clearpath Actions"
AC_REVIEW = f"LR Siblings A and B \u2013 Brackenholt SCP ({FICT})"
AC_COLS = ["Action ID", "Review", "Review paragraph", "Review text", "Action", "Owner", "Agency", "Target date",
           "Status", "% complete", "Last updated", "Update / evidence"]
AC_OWNERS = {
    "CS": ("Head of Service, Front Door", "Brackenholt Children's Services"),
    "ED": ("Designated Safeguarding Lead", "St Oda's Academy Trust"),
    "HV": ("Named Nurse", "Brackenholt Community Health"),
    "PO": ("DI Safeguarding", "Brackenholt Police"),
    "SCP": ("Business Manager", "Brackenholt SCP"),
}
# groups: (paragraph labels, [words], pasted from the PDF with its line breaks?, [(action, owner, target, status,
# %, last updated, update)]); a label list of two is one cell holding both paragraphs, each typed with its number
AC_PLAN = [
    (["2.3"], [62], False, [
        ("Re-launch the escalation protocol with a practitioner briefing", "SCP", "31/01/2026", "Complete", 100,
         "27/01/2026 10:12", "Briefing delivered to 212 practitioners; slides on the SCP website."),
        ("Add the escalation protocol to every agency's induction", "SCP", "31/03/2026", "In progress", 60,
         "09/02/2026 16:42", "4 of 6 agencies confirmed.")]),
    (["2.5"], [58], False, [
        ("Review how the front door records who raised a contact", "CS", "28/02/2026", "In progress", 50,
         "03/02/2026 09:55", 'Form changed so that the "referrer told" box is mandatory.')]),
    (["3.1"], [70], True, [
        ("Require a conversation, not only a portal form, for school concerns about neglect", "ED", "31/03/2026",
         "In progress", 40, "06/02/2026 14:20", "Agreed by the heads' forum; guidance in draft."),
        ("Audit 20 portal referrals from schools", "CS", "30/04/2026", "Not started", 0, "06/02/2026 14:21", ""),
        ("Report the audit to the SCP quality group", "SCP", "31/05/2026", "Not started", 0, "06/02/2026 14:21",
         "")]),
    (["3.2"], [64], True, [
        ("Train health visitors to see the home unannounced where neglect is suspected", "HV", "31/03/2026",
         "In progress", 75, "11/02/2026 11:03",
         "3.2 and 3.4 were discussed together at the practice forum on 21/01/2026; training dates set.")]),
    (["3.4"], [60], False, [
        ("Agree how police share what they know about older youths with schools", "PO", "30/06/2026",
         "Not started", 0, "14/01/2026 08:47", "Information sharing agreement being drafted."),
        ("Brief neighbourhood officers on the agreement", "PO", "31/07/2026", "Not started", 0, "14/01/2026 08:48",
         "")]),
    (["3.6"], [56], False, [
        ("Reduce changes of social worker for children on a plan", "CS", "31/12/2026", "In progress", 20,
         "02/02/2026 13:30", "Recruitment campaign; 3 posts filled.")]),
    (["4.1", "4.2"], [54, 58], False, [
        ("Use a single multi-agency chronology for every child on a plan", "SCP", "30/09/2026", "In progress", 30,
         "10/02/2026 15:15", "Template agreed; pilot in the east locality from March."),
        ("Train chairs of core groups in keeping the chronology", "CS", "30/09/2026", "Not started", 0,
         "10/02/2026 15:16", "")]),
    (["4.4"], [66], True, [
        ("Record the child's own words at every statutory visit", "CS", "31/03/2026", "Complete", 100,
         "30/01/2026 12:00", "Recording template changed on 05/01/2026.")]),
    (["4.7"], [62], False, [
        ("Launch the graded care profile across all agencies", "SCP", "30/06/2026", "In progress", 45,
         "12/02/2026 10:10", "Launched in health and children's services; schools next.")]),
    (["5.1"], [56], False, [
        ("Publish a learning briefing on this review", "SCP", "31/12/2025", "Complete", 100, "18/12/2025 16:05",
         "Published 15/12/2025.")]),
    (["5.2"], [60], False, [
        ("Check that strategy discussions suggested at core groups take place", "CS", "31/03/2026", "In progress",
         50, "05/02/2026 09:40", "Weekly report to the front door manager since January.")]),
]
# a cross-cutting action at the end of the export, linked back to an earlier paragraph (its text repeated)
AC_LATE = ("2.5", ("Audit whether referrers hear what happened to their contact", "SCP", "31/07/2026",
                   "Not started", 0, "12/02/2026 17:22", "Added after the February SCP meeting."))
AC_PREFIX = "LR63-"
AC_PASTE_WIDTH = 88
