"""Invented prose for the blind66 fixtures: blind17's vocabularies and paragraph maker, with seed 66; and this round's
own furniture for reviews passed on by e-mail and messaging: a forwarded Outlook meeting invitation saved as HTML, an
Apple Mail reply saved as an .eml file, a Gmail conversation printed from Chrome, a Slack channel export rendered by
an export viewer, and a Mailman list's plain-text digest saved as text.
FICTIONAL – for software testing. Every person, place, review, partnership, board, council, charity, mailing list,
e-mail address and web address named here is invented (the addresses are under .example; telephone numbers are in
the ranges kept for drama); nothing is graphic.
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
ParaMaker = _prose.para_maker(66)

FICT = "FICTIONAL \u2013 for software testing"
INVENTED = "Every person, place and service named here is invented."

# --------------------------------------------------------------------------
# invite.htm: a SAR's pre-reading inside an Outlook meeting invitation, forwarded twice and saved as HTML
# --------------------------------------------------------------------------
IV_BOARD = "Pellworth Safeguarding Adults Board"
IV_REVIEW = "Safeguarding Adults Review: Mr Aldous"
IV_SUBJECT = "SAR Mr Aldous \u2013 learning event \u2013 pre-reading"
IV_WHEN = "14 March 2025 10:00-11:30 (UTC+00:00) Dublin, Edinburgh, Lisbon, London."
IV_WHERE = "Microsoft Teams Meeting"
# the saved item: Rhiannon's forward to her team (the header table Outlook writes at the top of a saved item)
IV_TOP = [("From:", "Castell, Rhiannon"), ("Sent:", "12 March 2025 08:15"), ("To:", "ASC North Locality Team"),
          ("Subject:", "FW: " + IV_SUBJECT), ("When:", IV_WHEN), ("Where:", IV_WHERE)]
IV_NOTE_TOP = [
    "All \u2013 please can everyone read the paragraphs below before Friday and come ready to talk about them. "
    "It\u2019s 90 minutes on Teams and the link is at the very bottom of this e-mail.",
    "If you can\u2019t make it, let me know and I\u2019ll make sure you get the notes.",
    "Thanks,",
    "Rhiannon",
]
IV_SIG_TOP = ["Rhiannon Castell", "Team Manager | Adult Social Care \u2013 North Locality",
              "Pellworth Borough Council (FICTIONAL)", "Mobile: 07700 900 412",
              "My working days are Monday to Thursday."]
# the middle message: the board's business manager forwarding the invitation to Rhiannon
IV_MID_HEAD = [("From:", "Fairweather, Imogen <Imogen.Fairweather@pellworthsab.example>"),
               ("Sent:", "11 March 2025 16:48"),
               ("To:", "Castell, Rhiannon <Rhiannon.Castell@pellworth.gov.example>"),
               ("Subject:", "FW: " + IV_SUBJECT)]
IV_SAFETY_TIP = ("You don't often get email from imogen.fairweather@pellworthsab.example. Learn why this is "
                 "important")
IV_NOTE_MID = [
    "Hi Rhiannon,",
    "As discussed on Monday, here\u2019s the invitation for Friday \u2013 could you cascade it to your team? The "
    "panel were clear that they want most of the time spent on section 4.",
    "4.2 and 4.3 are the paragraphs the panel most want people to talk about, so if time is short please start "
    "there.",
    "Best wishes,",
    "Imogen",
]
IV_SIG_MID = ["Imogen Fairweather (she/her)", "Business Manager", f"{IV_BOARD} (FICTIONAL)",
              "Tel: 01632 960 418"]
# the original appointment: the board's learning team inviting the attendees
IV_ORIG_HEAD = [("From:", "Pellworth SAB Learning <learning@pellworthsab.example>"), ("Sent:", "03 March 2025 11:20"),
                ("To:", "SAR Mr Aldous learning event attendees"), ("Subject:", IV_SUBJECT), ("When:", IV_WHEN),
                ("Where:", IV_WHERE)]
IV_INTRO = [
    "Dear colleagues,",
    "Thank you for registering for the learning event on the safeguarding adults review for Mr Aldous "
    "(FICTIONAL). The event is for practitioners and first-line managers from every agency that worked with him.",
    "Please read the paragraphs below before the event. They are taken from sections 2 to 4 of the overview report, "
    "which was published on 28 February; the full report is on the {link}.",
]
IV_LINK_TEXT = "Board\u2019s website"
IV_AGENDA_HEAD = "Agenda"
# the agenda: times typed at the start of each line, a tab, the item (10.10 and 11.05 look like paragraph numbers)
IV_AGENDA = [("10.00", "Welcome and introductions"),
             ("10.10", "What happened to Mr Aldous: the reviewer\u2019s summary"),
             ("10.35", "Small group discussion in breakout rooms"),
             ("11.05", "Section 4: what needs to change, and what each agency has done so far"),
             ("11.25", "Close and evaluation")]
IV_PRE_HEAD = "Pre-reading: extract from the overview report"
# the review's sections: (heading number, title, [(label, words, how)]); how: "tab" (the number, a tab, the text,
# hanging indent, as pasted from the report's Word file), "br" (the same, with a line break kept from a paste in the
# middle of the paragraph), "nbsp" (the bold number and a no-break space, no hanging indent), "plain" (pasted as text
# only: the number and a space in one run in another face)
IV_SECTIONS = [
    ("2.", "What happened", [("2.1", 84, "tab"), ("2.2", 76, "tab"), ("2.3", 92, "br"), ("2.4", 70, "tab")]),
    ("3.", "What agencies knew", [("3.1", 80, "tab"), ("3.2", 88, "nbsp"), ("3.3", 74, "tab")]),
    ("4.", "What needs to change", [("4.1", 86, "tab"), ("4.2", 78, "tab"), ("4.3", 90, "plain"), ("4.4", 72, "tab")]),
]
IV_CLOSE = [
    "If you have any access requirements for the event, please reply to this invitation and let us know.",
    "Kind regards,",
    "Learning and Development Team",
    f"{IV_BOARD} (FICTIONAL)",
]
IV_TEAMS = {
    "title": "Microsoft Teams meeting",
    "join": "Join on your computer, mobile app or room device",
    "click": "Click here to join the meeting",
    "id": "372 661 248 190",
    "passcode": "Rk7fQ3",
    "dial": "+44 20 7946 0871,,811449257#",
    "dial_where": "United Kingdom, London",
    "conf": "811 449 257#",
}
IV_FOOTER = ("This e-mail and any files sent with it are confidential and are intended only for the person or "
             "organisation to whom they are addressed. If you have received it in error, please tell the sender and "
             "delete it. " + IV_BOARD + " (FICTIONAL) may monitor e-mail traffic. " + FICT + ". " + INVENTED)
IV_LABEL = "OFFICIAL"

# --------------------------------------------------------------------------
# reply.eml: a DHR's extracts forwarded from an iPhone and answered inline in Apple Mail, saved as an .eml file
# --------------------------------------------------------------------------
EM_CSP = "Kilvardine Community Safety Partnership"
EM_SUBJECT = "DHR Ms R \u2013 extracts for team briefings"
EM_ORIG_FROM = ("Hollis, Marcia", "Marcia.Hollis@kilvardine-csp.example")
EM_FWD_FROM = ("Tom Harrow", "tom.harrow@kilvardine-idva.example")
EM_REPLY_FROM = ("Aisha Rahman", "aisha.rahman@kilvardine-idva.example")
EM_LIST = ("DHR agency leads", "dhr-leads@kilvardine-csp.example")
EM_ORIG_DATE = "12 March 2025 at 14:03:27 GMT"
EM_FWD_ATTR = "On 12 Mar 2025, at 17:26, Tom Harrow <tom.harrow@kilvardine-idva.example> wrote:"
EM_REPLY_DATE = "Thu, 13 Mar 2025 09:47:12 +0000"
EM_REPLY_TOP = ["Thanks Tom. I\u2019ve gone through them \u2013 my comments are below, next to the ones I\u2019d use "
                "with the team.", "Aisha"]
EM_FWD_NOTE = ["Aisha \u2013 see below from the CSP. Could you pick out the ones for the IDVA team? I think section 4 "
               "onwards, but you\u2019ll know better.", "Tom", "Sent from my iPhone"]
EM_ORIG_INTRO = [
    "Dear all,",
    "As agreed at the last panel, here are the paragraphs from the published overview report that each agency "
    "should use in its team briefings. Please use these rather than the draft you were sent in the autumn, as some "
    "of the paragraph numbers have changed.",
]
# the review's sections: (heading, [(label, words)])
EM_SECTIONS = [
    ("3. What agencies knew", [("3.1", 82), ("3.2", 74), ("3.3", 88)]),
    ("4. Safety planning", [("4.1", 90), ("4.2", 72), ("4.3", 84), ("4.4", 78)]),
    ("5. Learning for practice", [("5.1", 76), ("5.2", 86), ("5.3", 80)]),
]
# Aisha's comments, typed between the quoted paragraphs: after that paragraph, the comment (unquoted)
EM_COMMENTS = {
    "3.3": "Section 3 is mostly for the police and the GP surgery \u2013 I\u2019d leave it out for us.",
    "4.1": "Yes \u2013 this one. It\u2019s the safety planning point the team keep raising.",
    "4.2": "4.3 goes with this one \u2013 I\u2019d read them together with the team.",
    "5.3": "All of section 5 for the team meeting, please.",
}
EM_ORIG_CLOSE = ["Many thanks,", "Marcia"]
EM_ORIG_SIG = ["Marcia Hollis", "DHR Coordinator", f"{EM_CSP} (FICTIONAL)", "Tel: 01632 960 733"]
EM_DISCLAIMER = ("This email is confidential and may be legally privileged. If you are not the intended recipient, "
                 "please delete it and tell the sender. " + FICT + ". " + INVENTED)

# --------------------------------------------------------------------------
# gmail.pdf: a CSPR's paragraphs forwarded and answered in Gmail, the conversation printed from Chrome
# --------------------------------------------------------------------------
GM_ACCOUNT = ("Kemi Adeyinka", "kemi.adeyinka@brightwateryouth.example")
GM_SUBJECT = "Fwd: CSPR Child L \u2013 paragraphs for Thursday\u2019s huddle"
GM_TITLE = "Gmail - " + GM_SUBJECT
GM_PRINTED = "14/03/2025, 11:06"
GM_URL = ("https://mail.google.com/mail/u/0/?ik=3f9c0e1a7b&view=pt&search=all&permthid=thread-f:18264409117234"
          "56012%7Cmsg-f:1826440911723456012")
GM_SAM = ("Sam Okonjo", "sam.okonjo@brightwateryouth.example")
GM_DANA = ("Dana Whitlock", "dana.whitlock@harrowfield-scp.example")
GM_MSG1_DATE = "Tue, 11 Mar 2025 at 10:17"
GM_MSG2_DATE = "Wed, 12 Mar 2025 at 08:41"
# Sam's reply: a line that opens with two paragraph numbers, then the quoted forward
GM_SAM_BODY = ["Hi Kemi,",
               "2.3 and 3.4 are the ones I\u2019d start with, but yes please, let\u2019s use all of them at "
               "Thursday\u2019s huddle. I\u2019ll book the small room.",
               "Sam"]
GM_ATTR1 = "On Tue, 11 Mar 2025 at 09:02, Kemi Adeyinka <kemi.adeyinka@brightwateryouth.example> wrote:"
GM_KEMI_FWD = ["Sam \u2013 forwarding the paragraphs Dana sent round from the partnership. Could we use them at "
               "Thursday\u2019s huddle?", "Kemi"]
GM_FWD_HEAD = ["---------- Forwarded message ---------",
               "From: Dana Whitlock <dana.whitlock@harrowfield-scp.example>",
               "Date: Mon, 10 Mar 2025 at 16:12",
               "Subject: CSPR Child L \u2013 paragraphs for team discussion",
               "To: Harrowfield partner agencies <partners@harrowfield-scp.example>"]
GM_DANA_INTRO = ["Dear colleagues,",
                 "The Harrowfield Safeguarding Children Partnership has published its child safeguarding practice "
                 "review about Child L (FICTIONAL). Below are the paragraphs we would like every team to discuss "
                 "before the end of March. The full report is on our website."]
# sentences Dana's intro may go on with: the layout takes the first that send two paragraphs over page breaks
GM_DANA_MORE = ["We have kept the review\u2019s own paragraph numbers, so that you can find each paragraph in the full "
                "report.",
                "Some teams asked for a shorter version; we have not shortened the paragraphs, because the detail "
                "matters.",
                "If your team would like someone from the partnership to join the discussion, please get in touch.",
                "A seven-minute briefing on the review will follow in April.",
                "Thank you to everyone who contributed to the review, and in particular to Child L\u2019s family."]
GM_SECTIONS = [
    ("2. What happened to Child L", [("2.1", 110), ("2.2", 96), ("2.3", 120), ("2.4", 90)]),
    ("3. What the review found", [("3.1", 116), ("3.2", 104), ("3.3", 98), ("3.4", 124)]),
    ("4. Learning for practice", [("4.1", 108), ("4.2", 94), ("4.3", 112)]),
]
GM_DANA_CLOSE = ["Please let me know when your team has discussed them.", "Best wishes,", "Dana"]
GM_DANA_SIG = ["Dana Whitlock", "Learning and Improvement Lead",
               "Harrowfield Safeguarding Children Partnership (FICTIONAL)", "07700 900 118"]
GM_DISCLAIMER = ("This message and any attachment are confidential. If you are not the intended recipient, please "
                 "delete it and let the sender know. " + FICT + ". " + INVENTED)
# Kemi's reply: 3.4 pasted again as a quotation (keyed once, where it is first printed)
GM_KEMI_BODY_BEFORE = ["Great, thanks Sam. I\u2019ll start the huddle with this one, so here it is again for anyone "
                       "who hasn\u2019t got the email:"]
GM_KEMI_AGAIN = "3.4"
GM_KEMI_BODY_AFTER = ["See you Thursday.", "Kemi"]
GM_KEMI_SIG = ["Kemi Adeyinka | Youth Work Lead", "Brightwater Youth Trust (FICTIONAL)", "Registered charity 1100000"]
GM_HIDDEN = "[Quoted text hidden]"

# --------------------------------------------------------------------------
# slack.html: a thematic SAR's findings pasted into a Slack channel, the export rendered by an export viewer
# --------------------------------------------------------------------------
SL_WORKSPACE = "Tennick Vale Adult Social Care (FICTIONAL)"
SL_CHANNEL = "practice-learning"
SL_PURPOSE = "Sharing learning from reviews, audits and practice weeks. Not for case discussion."
SL_CHANNELS = ["general", "duty-team", "hospital-discharge", "practice-learning", "random", "training-bookings"]
SL_DMS = ["Bryony Sallis", "Femi Oduya", "Marcus Bell"]
SL_USERS = {"bryony": ("Bryony Sallis", "U04K7PL2Q", "Principal Social Worker"),
            "femi": ("Femi Oduya", "U05B1ZN8R", "Senior Practitioner, Duty"),
            "marcus": ("Marcus Bell", "U03TQ9WX4", "Team Manager, Hospital Discharge"),
            "huw": ("Huw Penhallow", "U06D3MR7T", "Occupational Therapist")}
SL_REVIEW = "Thematic review: self-neglect and refusal of care"
SL_BOARD = "Tennick Vale Safeguarding Adults Board"
# the channel: ("day", text) a day divider; ("join", user) a join message; ("msg", user, time, ts, parts, extras)
# a message: parts are ("t", text) a line of the poster's own, ("h", text) a bold heading, ("p", label, words,
# how) a review paragraph (how "bold": the number in bold; "plain": typed); extras: "edited", ("react", [(emoji,
# n)]), ("unfurl",), ("thread", [replies]); a reply is (user, time, ts, parts), parts also ("quote", label) a
# blockquote of a paragraph already posted; ("app", name, time, text); ("huddle", text); ("pin", user);
# ("file", user, time, name, size)
SL_BODY = [
    ("day", "Monday, March 10th, 2025"),
    ("join", "femi"),
    ("msg", "bryony", "09:58", "1741600681.002100",
     [("t", "Morning all :wave: The thematic review on self-neglect that the SAB commissioned was published on "
            "Friday. I\u2019m going to paste the findings here over the next few messages so they\u2019re easy to "
            "find. Full report: https://www.tennickvalesab.example/reviews/thematic-self-neglect")],
     ["unfurl", ("react", [(":raised_hands:", 5)])]),
    ("msg", "bryony", "10:02", "1741600921.004900",
     [("h", "2. Recognising self-neglect"), ("p", "2.1", 84, "bold"), ("p", "2.2", 78, "bold"),
      ("p", "2.3", 90, "bold")],
     [("react", [(":+1:", 4), (":eyes:", 2)])]),
    ("msg", "bryony", "10:03", "1741600998.005300",
     [("h", "3. Working with refusal"), ("p", "3.1", 80, "bold"), ("p", "3.2", 92, "bold"),
      ("p", "3.3", 74, "bold")],
     ["edited", ("thread", [
         ("femi", "10:21", "1741602087.007700", [("quote", "3.2"), ("t", "this is us every week on duty "
                                                                       ":disappointed:")]),
         ("marcus", "10:40", "1741603214.008100", [("t", "Same on the hospital discharge side. The bit about "
                                                        "nobody owning the plan especially.")]),
         ("bryony", "11:48", "1741607301.010400", [("t", "Thanks both \u2013 I\u2019ll feed that back to the SAB "
                                                         "learning group on the 20th.")]),
     ])]),
    ("msg", "bryony", "10:05", "1741601121.005800",
     [("h", "4. Making safeguarding personal"), ("p", "4.1", 86, "plain"), ("p", "4.2", 76, "plain"),
      ("p", "4.3", 88, "plain")],
     [("react", [(":+1:", 3)])]),
    ("msg", "marcus", "10:31", "1741602671.007900",
     [("t", "4.1 and 4.3 are going on the agenda for our team meeting on Thursday. @Huw Penhallow you\u2019re "
            "welcome to join us if you\u2019re free.")], []),
    ("msg", "huw", "10:34", "1741602862.008000", [("t", "Will do, thanks :slightly_smiling_face:")], []),
    ("app", "Google Calendar", "10:45", "Event reminder: Practice learning huddle \u2013 Thursday 13 March, "
                                        "14.00\u201314.30, Room 2.14 and Teams"),
    ("day", "Tuesday, March 11th, 2025"),
    ("huddle", "A huddle happened \u00b7 14 min \u00b7 Bryony Sallis, Femi Oduya and 3 others"),
    ("msg", "bryony", "09:15", "1741684512.012300",
     [("t", "Last bit \u2013 section 5, what the board is asking of all of us:"), ("p", "5.1", 82, "bold"),
      ("p", "5.2", 86, "bold")],
     [("react", [(":+1:", 6), (":pray:", 2)])]),
    ("pin", "bryony"),
    ("file", "bryony", "09:20", "Thematic review self-neglect \u2013 7 minute briefing.pdf", "412 KB"),
    ("msg", "femi", "09:41", "1741686061.013000",
     [("t", "5.2 is the one I\u2019d want every new starter to read, to be honest.")],
     [("react", [(":100:", 3)])]),
]

# --------------------------------------------------------------------------
# digest.txt: a learning review's paragraphs posted to a Mailman list, the plain-text digest saved as text
# --------------------------------------------------------------------------
DG_LIST = "Safeguarding-leads"
DG_ADDR = "safeguarding-leads@lists.lowmoor.example"
DG_REQ = "safeguarding-leads-request@lists.lowmoor.example"
DG_OWNER = "safeguarding-leads-owner@lists.lowmoor.example"
DG_INFO = "https://lists.lowmoor.example/mailman/listinfo/safeguarding-leads"
DG_ARCHIVE = "https://lists.lowmoor.example/pipermail/safeguarding-leads"
DG_VOL, DG_ISSUE = 42, 7
DG_SAVED = [("Subject:", f"{DG_LIST} Digest, Vol {DG_VOL}, Issue {DG_ISSUE}"), ("From:", DG_REQ),
            ("Date:", "11/03/2025, 12:00"), ("To:", DG_ADDR)]
DG_TOPIC1 = "Local learning review \u201cJayden\u201d: paragraphs for staff briefings"
DG_HELEN = ("Helen Marsh", "helen.marsh@lowmoor-scp.example")
DG_TARIQ = ("Tariq Osei", "t.osei@brackenhill-academy.example")
DG_GWEN = ("Gwen Pritchard", "dsl@st-aldhelms-primary.example")
DG_LORNA = ("Lorna Fitch", "l.fitch@fernlea-high.example")
DG_HELEN_INTRO = [
    "Dear colleagues,",
    "The Lowmoor Safeguarding Children Partnership has published its local learning review about Jayden "
    "(FICTIONAL), a Year 9 pupil. We are asking every designated safeguarding lead to use the paragraphs below in a "
    "staff briefing before the Easter holidays.",
    "The paragraphs most relevant to schools are in section 4; {wrap} 4.2 and 4.3, which describe what happened when "
    "the school tried to share its concerns. The whole summary is attached.",
]
DG_WRAP_FILLERS = ["", "read", "please read", "please see", "please use", "do please read", "please look at"]
DG_SECTIONS = [
    ("2. Jayden\u2019s story", [("2.1", 84), ("2.2", 76), ("2.3", 90)]),
    ("3. What the agencies knew", [("3.1", 80), ("3.2", 88), ("3.3", 74), ("3.4", 82)]),
    ("4. What schools can learn", [("4.1", 86), ("4.2", 78), ("4.3", 92)]),
]
DG_HELEN_CLOSE = ["Thank you for everything you do.", "Best wishes,", "Helen"]
DG_HELEN_SIG = ["Helen Marsh", "Learning and Improvement Officer", "Lowmoor Safeguarding Children Partnership "
                "(FICTIONAL)", "01632 960 274"]
DG_ATTACH = [("Name", "LLR Jayden summary FINAL.pdf"), ("Type", "application/pdf"), ("Size", "412733 bytes"),
             ("Desc", "not available")]
DG_TARIQ_TOP = "4.1 is the one I\u2019ll be using with our staff \u2013 thank you, Helen."
DG_TARIQ_QUOTE = "3.2"
DG_TARIQ_AFTER = ["We had almost exactly this last term, and it was the attendance officer who spotted it, not us.",
                  "Tariq", "--", "Tariq Osei", "Deputy Headteacher and DSL", "Brackenhill Academy (FICTIONAL)"]
DG_GWEN_BODY = ["Apologies \u2013 I\u2019m replying to the digest. Does anyone have a version of the Jayden briefing "
                "that would work for governors?", "Many thanks,", "Gwen", "Gwen Pritchard",
                "DSL, St Aldhelm\u2019s CE Primary (FICTIONAL)"]
DG_PREV_TOPICS = ["Summer term DSL training dates (Helen Marsh)", "Re: Operation Encompass notifications (Sunita "
                  "Rao)", "Re: Summer term DSL training dates (Gwen Pritchard)"]
DG_PREV_DATES = [("12.06.25", "Designated safeguarding lead refresher, 9.30\u201312.30, Lowmoor Civic Centre"),
                 ("19.06.25", "New to the DSL role (day 1 of 2), 9.30\u20133.30, online"),
                 ("26.06.25", "New to the DSL role (day 2 of 2), 9.30\u20133.30, online")]
DG_LORNA_BODY = ["Thank you for your email. I am on leave and will return on", "17.03.25. For urgent safeguarding "
                 "matters please contact the duty", "DSL on 01632 960 552.", "", "Lorna Fitch",
                 "Fernlea High School (FICTIONAL)"]
