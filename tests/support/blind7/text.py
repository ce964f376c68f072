"""Prose for the blind7 fictional test documents.

Every paragraph here is invented.  People, places, agencies and events are
fictional; the documents exist only to test a paragraph parser.
"""

from __future__ import annotations

import re

FICTION = "FICTIONAL \u2013 for software testing"

# ---------------------------------------------------------------------------
# 1. govuk-accordion.html -- Child Safeguarding Practice Review: Kai
# ---------------------------------------------------------------------------
# Each section: (number, title, [(label, style, text)]); style is "strong"
# (<p><strong>4.1</strong> text</p>), "strongdot" (<strong>5.2.</strong>),
# "plain" (<p>4.2 text</p>) or "list" (plain + a <ul> that belongs to it).
GOVUK_SECTIONS = [
    ("1", "Introduction", [
        ("1.1", "strong",
         "This review was commissioned by the Ravensholm Safeguarding Children "
         "Partnership after Kai, a boy of three, was admitted to Ravensholm General "
         "Hospital in February 2023 with a fractured femur and bruising to his back "
         "that could not be explained by the account his carers gave. The rapid "
         "review held within fifteen working days concluded that the criteria for a "
         "local child safeguarding practice review were met, and the National Panel "
         "agreed with that view. The review covers the period from the pregnancy "
         "with Kai until his admission to hospital."),
        ("1.2", "strong",
         "The purpose of the review is not to apportion blame to individual "
         "practitioners but to understand how the system of help and protection "
         "around Kai operated, and what made it harder for the people in it to see "
         "the risks he faced. The reviewers have tried throughout to avoid hindsight "
         "bias by asking what each practitioner knew at the time, what pressures "
         "they were working under and what guidance was available to them when they "
         "made their decisions."),
        ("1.3", "strong",
         "Kai\u2019s mother, referred to here as Ms Dunmore, met the lead reviewer "
         "twice and spoke openly about her experience of services, including the "
         "periods when she felt judged rather than helped. Kai\u2019s father declined "
         "to take part. Their views are reflected where they bear on the findings, "
         "and the partnership is grateful to Ms Dunmore for contributing at a very "
         "difficult time. Practitioners from eight agencies attended a learning "
         "event in September 2023 and their reflections are woven into the analysis "
         "that follows."),
    ]),
    ("2", "Background", [
        ("2.1", "plain",
         "Kai lived with his mother and her partner, Mr Lowther, in a two-bedroom "
         "flat let by Northgate Housing Association on the Fenwick estate. Ms "
         "Dunmore had herself been looked after by the local authority between the "
         "ages of eleven and sixteen, and she had a history of low mood that was "
         "managed by her general practitioner. Mr Lowther had previous convictions "
         "for violence against a former partner, although this was not known to "
         "most of the agencies working with the family until after Kai was "
         "injured."),
        ("2.2", "plain",
         "During the pregnancy the community midwife completed a routine enquiry "
         "about domestic abuse at the booking appointment, when Mr Lowther was "
         "present, and recorded that no concerns were disclosed. No further enquiry "
         "was made at later appointments, even though the midwife noted that Ms "
         "Dunmore appeared withdrawn and twice attended with a friend rather than "
         "her partner. The midwifery record did not prompt a repeat enquiry, and the "
         "opportunity to speak to Ms Dunmore alone was not taken."),
        ("2.3", "plain",
         "After the birth the family were allocated to the universal plus service "
         "of the Harbourside health visiting team. The new birth visit and the "
         "six-to-eight-week review both took place, but the one-year review was "
         "completed by telephone because of staff shortages across the team. Health "
         "visiting records describe Kai as a contented baby who was meeting his "
         "milestones, and no referral was considered necessary before his second "
         "birthday, when the family moved flat and the records were transferred to "
         "a different caseload."),
    ]),
    ("3", "Agency involvement", [
        ("3.1", "strong",
         "Ravensholm Police attended the flat in June 2022 after a neighbour "
         "reported shouting and the sound of something breaking. Officers spoke to "
         "both adults together and recorded that the argument had been verbal only. "
         "A domestic abuse risk assessment was completed and graded as standard "
         "risk, and a notification was sent to the children\u2019s services front "
         "door. The officers did not see Kai, who was said to be asleep, and the "
         "notification stated that no child had been present, which was "
         "inaccurate."),
        ("3.2", "list",
         ("The front door team screened the police notification the following day "
          "and decided that no further action was needed. In reaching that decision "
          "the screening social worker relied on the following information, each "
          "item of which was later shown to be incomplete:",
          ["the police grading of standard risk, which had been based on a joint "
           "conversation with both adults;",
           "the statement that no child was present at the time of the incident;",
           "a health visiting record that had not been updated since the family "
           "moved flat."])),
        ("3.3", "strong",
         "St Anselm\u2019s Nursery began to provide funded childcare for Kai in "
         "September 2022. Staff noticed small bruises on his shins and forearms on "
         "three occasions during the autumn term and recorded each on a body map. "
         "Each explanation given by Ms Dunmore was plausible in isolation, and the "
         "nursery\u2019s designated safeguarding lead did not review the body maps "
         "together. Had she done so, the pattern of injuries and the change in "
         "Kai\u2019s behaviour at collection times might have prompted a referral to "
         "children\u2019s social care."),
    ]),
    ("4", "Findings", [
        ("4.1", "strong",
         "The most significant finding is that no single agency held a complete "
         "picture of the household. Information about Mr Lowther\u2019s history was "
         "held by the police and by probation services in a neighbouring area, but "
         "it was never linked to Kai because Mr Lowther was not recorded as a member "
         "of the household on any health or education system. Practitioners "
         "consistently described him as the mother\u2019s boyfriend who did not live "
         "at the flat, a description that went unchallenged."),
        ("4.2", "plain",
         "Professional curiosity was limited by a reliance on self-report. On "
         "several occasions practitioners accepted Ms Dunmore\u2019s explanations "
         "without seeking corroboration, and no practitioner asked to see where Kai "
         "slept or who else stayed overnight. The panel recognises that curiosity "
         "takes time and confidence, and that the practitioners involved were often "
         "newly qualified and carrying high caseloads. Supervision records show that "
         "cases were discussed, but the discussions focused on tasks to be completed "
         "rather than on what the information might mean for the child."),
        ("4.3", "strong",
         "Opportunities to speak to Ms Dunmore on her own were repeatedly missed. "
         "The midwifery booking, the police attendance and two health visiting "
         "contacts all took place with Mr Lowther present or nearby. Guidance in "
         "Ravensholm is clear that routine enquiry about domestic abuse should "
         "happen only when a woman is alone, but there was no mechanism for "
         "recording that this had not been possible and for ensuring that it was "
         "attempted again at the next contact."),
        ("4.4", "plain",
         "The nursery\u2019s handling of the bruising, described in paragraph 3.3, "
         "reflects a wider gap in how early years settings are supported to "
         "recognise patterns. Designated safeguarding leads in private and voluntary "
         "settings told the panel that they rarely receive supervision and that they "
         "were unsure when a series of minor injuries should be discussed with the "
         "local authority designated officer or with the front door. The "
         "partnership\u2019s threshold guidance does not address accumulated "
         "low-level concerns in pre-school children."),
    ]),
    ("5", "Recommendations", [
        ("5.1", "strong",
         "The Ravensholm Safeguarding Children Partnership should ensure that all "
         "agencies record the details of every adult who is known to live at or "
         "regularly stay in a child\u2019s home, and that this information is shared "
         "at the point of any referral or notification. The partnership should seek "
         "assurance within six months that police, health and early years systems "
         "are capable of recording household members and that practitioners are "
         "expected to ask about them at every significant contact."),
        ("5.2", "strongdot",
         "The partnership should commission a short piece of work with early years "
         "providers to develop guidance on the recording and review of minor "
         "injuries, including a simple prompt for designated safeguarding leads to "
         "look at body maps together rather than one at a time. This guidance should "
         "be accompanied by access to reflective supervision for designated leads in "
         "private and voluntary settings, who currently work largely without it, and "
         "by an audit of its use after twelve months."),
    ]),
]

# ---------------------------------------------------------------------------
# 2. tracked.docx -- Safeguarding Adults Review: Mr Albert Penhale
# ---------------------------------------------------------------------------
# Items: ("heading", title) at level 0, or ("para", kind, payload) at level 1.
# kind: "normal" text | "deleted" whole paragraph + mark deleted | "inserted"
# whole paragraph inserted | "delsent" (kept_text, deleted_tail) |
# "insphrase" (before, inserted, after).  ("pagebreak",) is an unnumbered
# paragraph holding only <w:br w:type="page"/>.
DOCX_ITEMS = [
    ("heading", "Introduction"),
    ("para", "normal",
     "This safeguarding adults review was commissioned by the Tollbury "
     "Safeguarding Adults Board under section 44 of the Care Act 2014 following "
     "the death of Mr Albert Penhale, who was seventy-eight, in a house fire at "
     "his home in January 2023. The board\u2019s review subgroup concluded that "
     "there was reasonable cause for concern about how agencies had worked "
     "together to support Mr Penhale, who had been known to services for "
     "self-neglect and hoarding for more than four years before he died."),
    ("para", "normal",
     "The review was carried out by an independent reviewer using a hybrid "
     "methodology that combined chronologies from each agency with conversations "
     "with practitioners and their managers. The terms of reference asked the "
     "reviewer to consider how agencies understood Mr Penhale\u2019s wishes, how "
     "mental capacity was assessed, how risks from fire were identified and "
     "shared, and whether the multi-agency risk management process for "
     "self-neglect was used as the board intended when it was introduced."),
    ("para", "normal",
     "Mr Penhale\u2019s nephew, who had been his only regular visitor, contributed "
     "to the review and described his uncle as a proud and private man who had "
     "worked for forty years as a printer and who valued his independence above "
     "everything. He felt that services had sometimes treated his uncle\u2019s "
     "refusals as the end of the conversation rather than the start of one. His "
     "account has helped the reviewer to understand Mr Penhale as a person and "
     "not only as a set of risks."),
    ("heading", "Background"),
    ("para", "normal",
     "Mr Penhale lived alone in a terraced house that he had owned since the "
     "1970s. Following the death of his wife he gradually stopped using the "
     "upstairs rooms, and by 2019 he was sleeping in an armchair in the front "
     "room, which was heated by a portable gas heater. Neighbours reported that "
     "newspapers, packaging and clothing were piled to head height in the "
     "hallway, and that he had stopped allowing anyone beyond the front door "
     "apart from his nephew."),
    ("para", "deleted",
     "Oxygen therapy had been prescribed for Mr Penhale in 2020 after a hospital "
     "admission for a chest infection, on top of a diagnosis of chronic "
     "obstructive pulmonary disease recorded by his general practice in 2016. The "
     "oxygen supplier completed a home safety check when the equipment was "
     "installed and noted that he smoked, but the check was not shared with the "
     "fire service and nobody discussed the risk with him again at later "
     "deliveries."),
    ("para", "normal",
     "Adult social care first received a referral about Mr Penhale in March "
     "2019, when a neighbour telephoned to say that he had been seen in the street "
     "in clothing that was soiled and that he appeared to be losing weight. A "
     "social worker visited twice but was not admitted. Mr Penhale spoke to her "
     "on the doorstep, said that he was managing and did not want help, and the "
     "case was closed on the basis that he had capacity to refuse an "
     "assessment."),
    ("para", "delsent",
     ("Between 2019 and 2022 there were a further seven contacts with adult "
      "social care from neighbours, the ambulance service and the general "
      "practice. Each was treated as a new referral and screened on its own "
      "merits, and on each occasion the outcome was that Mr Penhale declined "
      "involvement. No agency called a multi-agency meeting under the "
      "board\u2019s self-neglect protocol, although the threshold for doing so "
      "was met by the third referral at the latest.",
      " The reviewer regards this as the single most important missed "
      "opportunity in the whole case.")),
    ("pagebreak",),
    ("heading", "Key practice episodes"),
    ("para", "normal",
     "In August 2021 Mr Penhale was taken to hospital by ambulance after a fall. "
     "Crews recorded that access to the house was difficult because of the volume "
     "of belongings and that there was a strong smell of gas near the heater. The "
     "ambulance service made a safeguarding referral and separately informed the "
     "gas supplier, which attended and made the heater safe. The referral to adult "
     "social care did not mention the gas incident, and the fire service was not "
     "told."),
    ("para", "inserted",
     "Hospital discharge staff assessed Mr Penhale as medically fit to go home "
     "after four days. The discharge summary recorded that he lived alone and "
     "declined a package of care, but it said nothing about the condition of his "
     "home, even though the ambulance crew\u2019s notes were available to ward "
     "staff. The discharge took place on a Friday afternoon, and no follow-up "
     "visit by the community reablement team was arranged."),
    ("para", "insphrase",
     ("District nurses began visiting in November 2021 to dress a leg ulcer. They "
      "were the only professionals who were regularly admitted to the house, and "
      "their records show growing concern about the clutter, the use of candles "
      "during a period when the electricity had been disconnected, and Mr "
      "Penhale\u2019s smoking",
      " while using oxygen",
      ". The nurses raised these concerns with their team leader, who advised "
      "them to make a safeguarding referral, which they did in February 2022.")),
    ("para", "normal",
     "The safeguarding referral from the district nurses led to a section 42 "
     "enquiry, which concluded in April 2022. The enquiry officer visited with a "
     "district nurse and was able to speak to Mr Penhale for the first time in the "
     "house. A mental capacity assessment was completed about his decision to "
     "refuse help with the clutter, and he was found to have capacity. The enquiry "
     "closed with advice to the nurses to keep encouraging him to accept a "
     "referral to the fire service for a home safety visit."),
    ("heading", "Conclusions"),
    ("para", "normal",
     "The reviewer has concluded that agencies worked hard, often with great "
     "patience, to build a relationship with a man who did not want their help. "
     "But the system as a whole did not join up what individual agencies knew. "
     "Risks from fire were known to the ambulance service, the gas supplier and "
     "the district nurses at different times, yet nobody was in a position to see "
     "that together they amounted to a serious and foreseeable risk to Mr "
     "Penhale\u2019s life."),
    ("para", "normal",
     "Capacity was assessed in relation to a narrow decision and at a single "
     "point in time. The assessment in April 2022 did not consider whether Mr "
     "Penhale could understand and weigh the risk of fire, or whether his ability "
     "to act on his decisions was affected by what practitioners recognised as a "
     "long-standing pattern of self-neglect. The board should consider how its "
     "self-neglect protocol can support practitioners to revisit capacity when "
     "circumstances change, and to escalate when repeated refusals leave a person "
     "at serious risk."),
]

# ---------------------------------------------------------------------------
# 3. contents-page.pdf -- Serious Case Review: Child M (Ashcombe)
# ---------------------------------------------------------------------------
# (section number, title, [(label, contents caption, text)])
CONTENTS_SECTIONS = [
    ("1", "Introduction", [
        ("1.1", "Reasons for the review",
         "Child M, a girl who was nine years old at the time, was found by police "
         "in October 2021 living in a house without working heating or hot water, "
         "with very little food, and with evidence that she had been caring for her "
         "younger brother for much of each day. The Ashcombe Local Safeguarding "
         "Children Board agreed that the case met the criteria for a serious case "
         "review because neglect had been suspected over a long period and there "
         "were concerns about how agencies had worked together."),
        ("1.2", "Scope and period under review",
         "The review examined agency involvement from January 2018, when Child M "
         "started at Greyfriars Primary School, until the date on which she and her "
         "brother were taken into police protection. Agencies were asked to provide "
         "chronologies and analytical reports covering that period. Earlier "
         "involvement with the family, including a child protection plan for Child "
         "M\u2019s older half-sister in 2012, was considered where it helped explain "
         "how practitioners understood the family later on."),
        ("1.3", "Family involvement",
         "The lead reviewer wrote to both parents inviting them to contribute. "
         "Child M\u2019s mother met the reviewer once, accompanied by her advocate, "
         "and described feeling overwhelmed after the birth of her son and ashamed "
         "to ask for help. Child M herself was seen by the reviewer with her foster "
         "carer present and spoke about school as the place where she felt safe. Her "
         "father did not respond to the invitation, and no further attempts were "
         "made once the review had concluded its fieldwork."),
    ]),
    ("2", "The family", [
        ("2.1", "Household composition",
         "At the time of the incident the household consisted of Child M, her "
         "brother who was then four, and their mother. Child M\u2019s father had "
         "left the family home in 2019 but continued to visit irregularly, and "
         "practitioners were not always clear whether he was living there. The "
         "maternal grandmother, who had provided a good deal of practical support, "
         "died in early 2020, and several agencies later identified her death as the "
         "point at which the family\u2019s circumstances began to deteriorate."),
        ("2.2", "Parental history",
         "Child M\u2019s mother had experienced depression since her teenage years "
         "and had been prescribed antidepressants intermittently by her general "
         "practitioner. She had also misused alcohol at times of stress, although "
         "the extent of this was not recognised by most agencies until late in the "
         "period under review. There was no record of a carer\u2019s assessment or "
         "of any consideration of how her mental health might affect her capacity to "
         "meet the children\u2019s needs, even though her difficulties were well "
         "documented in primary care records."),
    ]),
    ("3", "Agency involvement", [
        ("3.1", "School attendance and welfare",
         "Greyfriars Primary School recorded that Child M\u2019s attendance fell "
         "from ninety-six per cent in her first year to below seventy per cent by "
         "the summer of 2021. Staff noticed that she was often hungry, that her "
         "uniform was unwashed, and that she sometimes fell asleep in lessons. The "
         "school provided breakfast, clean clothing and a quiet space, and the class "
         "teacher built a warm relationship with her. These responses met Child "
         "M\u2019s immediate needs but were not accompanied by a referral until "
         "September 2021."),
        ("3.2", "Health contacts",
         "Child M\u2019s brother missed his two-year developmental review and three "
         "sets of immunisations. The health visiting service sent letters and made "
         "two unannounced visits at which nobody answered the door, after which the "
         "case was closed to the service in line with its policy on families who do "
         "not engage. The general practice was not told of the closure. Child "
         "M\u2019s own health needs, including untreated dental decay that later "
         "required extraction of four teeth, were not identified by any health "
         "professional."),
        ("3.3", "Police contacts",
         "Ashcombe Police attended the home twice in 2021, once following a report "
         "that the children had been left alone and once to a verbal argument "
         "between the parents. On the first occasion officers found the children "
         "with a neighbour who said that their mother had gone to the shop, and no "
         "further action was taken. The notifications sent to children\u2019s social "
         "care on both occasions were accurate and timely, but they were screened "
         "separately and neither led to an assessment."),
    ]),
    ("4", "Analysis", [
        ("4.1", "Early help",
         "Early help was offered twice, in 2019 and again in 2020, but on both "
         "occasions the family\u2019s consent was withdrawn before an assessment was "
         "completed. The early help hub closed the case each time with a letter to "
         "the family and to the school. The review found no evidence that the "
         "reasons for withdrawal were explored, or that practitioners considered "
         "whether the refusal of help was itself an indicator of neglect that "
         "warranted a referral to children\u2019s social care."),
        ("4.2", "Recognising neglect",
         "Practitioners in several agencies told the review that they had been "
         "unsure whether the concerns about Child M reached the threshold for "
         "statutory intervention. The local threshold document describes neglect "
         "largely in terms of single incidents rather than accumulation over time, "
         "and the graded care profile, which the board had endorsed in 2017, was not "
         "used by any agency during the period under review. Without a shared tool "
         "the practitioners had no common language for describing how serious the "
         "neglect had become."),
        ("4.3", "The voice of the child",
         "Child M\u2019s own experience is largely absent from agency records. Where "
         "she is mentioned, she is described in terms of what she did, such as "
         "arriving late or being tired, rather than what she said or how she felt. "
         "The class teacher knew a great deal about her life at home through their "
         "daily conversations, but this knowledge was held informally and did not "
         "find its way into the written concerns that the school shared with the "
         "early help hub in 2020."),
        ("4.4", "Supervision",
         "Supervision arrangements varied widely across the agencies involved. The "
         "school\u2019s designated safeguarding lead received no formal supervision, "
         "and health visitors described supervision that was largely concerned with "
         "caseload management. Where case discussion did take place, records suggest "
         "that the cumulative picture of neglect was not considered, because each "
         "discussion focused on the most recent incident. The review considers that "
         "reflective supervision would have given practitioners the space to step "
         "back and see the pattern that was emerging."),
    ]),
    ("5", "Conclusions", [
        ("5.1", "Summary of learning",
         "The learning from this review is not new, and echoes themes identified in "
         "national analyses of serious case reviews over many years. Neglect that "
         "develops gradually is difficult to recognise when information is held in "
         "separate systems and when each contact is assessed on its own. What made "
         "the difference for Child M in the end was a teacher who kept asking "
         "questions and who was prepared to make a referral when she felt that the "
         "help already in place was not enough."),
        ("5.2", "Next steps",
         "The board has accepted all of the recommendations in this report and has "
         "asked each partner agency to produce an action plan within three months of "
         "publication. Progress will be monitored by the learning and improvement "
         "subgroup, which will report to the board every six months until the "
         "actions have been completed. Alongside this report the board will publish "
         "a briefing for practitioners summarising the key messages, to be used in "
         "multi-agency training during the coming year."),
    ]),
]

# ---------------------------------------------------------------------------
# 4. ocr-layer.pdf -- Independent inquiry: Hollins Lane Children's Home
# ---------------------------------------------------------------------------
OCR_SUMMARY = (
    "This extract reproduces sections 2 and 3 of the inquiry report as they were "
    "laid before the council. The summary and section 1 are published separately. "
    "Names of young people have been removed and replaced with descriptions."
)

OCR_SECTIONS = [
    ("2", "Background to the inquiry", [
        ("2.1",
         "Hollins Lane was a privately operated children\u2019s home registered to "
         "accommodate up to five young people aged between eleven and seventeen. It "
         "was owned by Castlegate Care Limited and was rated good by Ofsted at each "
         "of its full inspections between 2016 and 2019. Most of the young people "
         "placed there came from local authorities outside Marlow Heath, and some "
         "were placed more than a hundred miles from their families, their schools "
         "and the professionals who knew them best."),
        ("2.2",
         "The inquiry was established by Marlow Heath Council in May 2022 after "
         "three young people who had lived at the home disclosed that they had been "
         "sexually exploited by a group of adult men while they were resident there. "
         "The inquiry\u2019s terms of reference required it to examine what was known "
         "about the risks to young people at the home, how that information was "
         "shared between the home, placing authorities, the police and the "
         "regulator, and whether the young people\u2019s reports were listened to."),
        ("2.3",
         "Records show that young people went missing from Hollins Lane on more "
         "than two hundred occasions between 2018 and 2021. Staff followed the "
         "home\u2019s missing-from-care procedure and reported each episode to the "
         "police, but return home interviews were completed in fewer than half of "
         "cases, and those that were completed were often carried out by staff from "
         "the home rather than by an independent person. Young people told the "
         "inquiry that they did not feel able to tell staff where they had been."),
        ("2.4",
         "Placing authorities were notified of missing episodes by email, but the "
         "notifications went to the allocated social worker only, and several of the "
         "young people had no allocated worker for long periods because of vacancies "
         "in their home authorities. Information about the men who were collecting "
         "young people from near the home, including the registration numbers of "
         "their cars, was recorded in the home\u2019s daily logs but was not passed "
         "to the police intelligence unit in a form that could be acted on."),
    ]),
    ("3", "Findings", [
        ("3.1",
         "The inquiry has found that the exploitation of young people at Hollins "
         "Lane was known about, at least in part, by many of the professionals "
         "involved, but that no one took responsibility for bringing the information "
         "together. Each agency assumed that another held the lead. The home "
         "believed that the placing authorities would act on the notifications it "
         "sent, the placing authorities believed that the local police were "
         "investigating, and the police treated each missing episode as a separate "
         "incident to be closed when the young person returned."),
        ("3.2",
         "Ofsted inspectors visited the home in 2019 and spoke to two of the young "
         "people who later gave evidence to the inquiry. Neither made a disclosure "
         "at that time. The inspection report noted the high number of missing "
         "episodes but accepted the manager\u2019s account that each had been managed "
         "appropriately. The inquiry does not criticise individual inspectors, but it "
         "considers that the regulatory framework placed too much weight on the "
         "quality of recording and too little on outcomes for the young people "
         "themselves."),
        ("3.3",
         "Young people\u2019s accounts of their time at Hollins Lane were consistent "
         "and compelling. They described being offered lifts, alcohol and cannabis "
         "by men who waited outside the home in the evenings, and they said that "
         "staff saw the cars but told them only to be careful. Several said that "
         "when they tried to tell a social worker what was happening they were not "
         "believed, or were told that they were putting themselves at risk by going "
         "missing, as though the responsibility was theirs."),
        ("3.4",
         "Marlow Heath Council, working with the police and the regulator, should "
         "establish a single point of contact for all children placed in the area by "
         "other authorities, so that intelligence about exploitation is gathered and "
         "acted on in one place. The inquiry also recommends that return home "
         "interviews for children in residential care are always carried out by "
         "someone independent of the home, and that the findings of those "
         "interviews are shared with the police and the placing authority within "
         "seventy-two hours."),
    ]),
]

# ---------------------------------------------------------------------------
# 5. appendices.pdf -- Serious Case Review: Baby Ellis (Kingsmere)
# ---------------------------------------------------------------------------
APPX_BODY = [
    ("1", "Introduction", [
        ("1.1",
         "Baby Ellis was born in Kingsmere in April 2021 and was eleven weeks old "
         "when he was admitted to hospital with a head injury, rib fractures and "
         "retinal haemorrhages. Medical opinion concluded that the injuries were "
         "non-accidental and had been caused on more than one occasion. His father "
         "was later convicted of causing grievous bodily harm. Ellis survived but has "
         "lasting disabilities and now lives with his maternal aunt under a special "
         "guardianship order."),
        ("1.2",
         "The Kingsmere Safeguarding Children Partnership commissioned this review "
         "in August 2021. A rapid review had identified that both parents were care "
         "leavers, that the father had a history of aggression in his own childhood "
         "placements, and that a pre-birth assessment had been started but not "
         "completed. The partnership wished to understand why the assessment had "
         "stalled and whether the support offered to two young parents with limited "
         "family networks had been sufficient."),
        ("1.3",
         "This report has been written to be read by practitioners and managers "
         "across the partnership. Its findings are set out in section 3 and its "
         "recommendations follow the main body of the report. The terms of reference "
         "and a description of the methodology are included as appendices so that "
         "readers who are interested in how the review was conducted can find that "
         "information without it interrupting the account of what happened to Ellis "
         "and his family."),
    ]),
    ("2", "Summary of agency involvement", [
        ("2.1",
         "Ellis\u2019s mother was nineteen when he was born. She had been in the "
         "care of Kingsmere Council from the age of thirteen and was supported by a "
         "personal adviser from the leaving care team. Her adviser described her as "
         "determined to be a good parent and anxious about being judged because of "
         "her own history. She attended every antenatal appointment and engaged well "
         "with the family nurse who was allocated to her at sixteen weeks of "
         "pregnancy."),
        ("2.2",
         "Ellis\u2019s father was twenty-two and had been looked after by a "
         "neighbouring authority. He had no contact with leaving care services after "
         "his twenty-first birthday. Records from his childhood placements, which "
         "were not seen by Kingsmere practitioners until after Ellis was injured, "
         "described repeated incidents of aggression when he was frustrated, "
         "including an assault on a residential worker when he was fifteen. He was "
         "not known to adult mental health services and had no criminal "
         "convictions."),
        ("2.3",
         "The family nurse made a referral to children\u2019s social care at "
         "twenty-four weeks of pregnancy because of the mother\u2019s care history "
         "and her disclosure that the father had once punched a wall during an "
         "argument. A pre-birth assessment was allocated to a social worker in the "
         "assessment team. The social worker visited three times, but on each "
         "occasion the father was absent, and the assessment was transferred to a "
         "different worker when the first social worker left the authority."),
        ("2.4",
         "After Ellis was born the pre-birth assessment was not completed. The "
         "second social worker recorded that the family were being well supported by "
         "the family nurse and that the mother was caring for Ellis appropriately, "
         "and the case was closed with a recommendation for universal services. The "
         "family nurse was not consulted before the case was closed and learned of "
         "the decision from a letter. She continued to visit weekly and saw Ellis for "
         "the last time four days before his admission."),
    ]),
    ("3", "Findings", [
        ("3.1",
         "The father was largely invisible to the professionals working with the "
         "family. Practitioners\u2019 contact was almost entirely with the mother, "
         "and no agency sought information about the father from the authority that "
         "had looked after him. The review heard that practitioners did not think of "
         "a father who had grown up in care as someone whose history was relevant to "
         "the assessment, in part because the focus of the referral had been the "
         "mother\u2019s care experience rather than the couple\u2019s relationship."),
        ("3.2",
         "The pre-birth assessment was closed without being completed because of "
         "workload pressures and staff turnover rather than as a result of any "
         "considered judgement that it was no longer needed. Managers who signed off "
         "the closure did not notice that the father had never been seen. The review "
         "considers that a clear expectation that pre-birth assessments cannot be "
         "closed until both parents have been seen would have prevented this, and "
         "notes that such an expectation exists in several neighbouring "
         "partnerships."),
        ("3.3",
         "Neither parent was given information about coping with a crying baby "
         "before Ellis was discharged from the maternity unit. The programme that "
         "Kingsmere had adopted in 2019 was meant to be delivered by midwives on the "
         "postnatal ward and reinforced by health visitors and family nurses, but it "
         "had not been embedded in practice, and the maternity record did not include "
         "a prompt to confirm that it had been delivered. The father said later that "
         "he had not known how dangerous shaking could be."),
        ("3.4",
         "Both parents were care leavers with very limited family support, but this "
         "was treated as a reason for concern rather than as a reason for additional "
         "help. The personal adviser and the family nurse provided good support to "
         "the mother, but no similar support was available to the father. The review "
         "considers that the partnership\u2019s corporate parenting responsibilities "
         "should extend to helping care-experienced young parents, including those "
         "looked after by other authorities, to access the help they need in their "
         "own right."),
    ]),
]

APPX_RECOMMENDATIONS = [
    "Kingsmere Safeguarding Children Partnership should require that no pre-birth "
    "assessment is closed until both parents have been seen and their histories "
    "considered.",
    "Maternity services should add a prompt to the postnatal record to confirm that "
    "information about coping with crying has been given to both parents.",
    "Children\u2019s social care should seek information from other local "
    "authorities about any parent who has been looked after elsewhere.",
    "The corporate parenting board should review the support available to "
    "care-experienced parents, including fathers.",
]

APPX_APPENDICES = [
    ("Appendix A: Terms of reference", [
        ("A.1",
         "The review was asked to consider the period from the confirmation of the "
         "mother\u2019s pregnancy in August 2020 until Ellis\u2019s admission to "
         "hospital in July 2021. Agencies were asked to include any earlier "
         "information that was relevant to understanding the parents\u2019 "
         "histories, including records from their own childhoods where these had "
         "been available to practitioners at the time or could reasonably have been "
         "obtained by them."),
        ("A.2",
         "Key lines of enquiry were how well agencies understood the risks and needs "
         "of both parents, how the pre-birth assessment was planned, allocated and "
         "managed, what information was shared between the family nurse partnership, "
         "children\u2019s social care and the leaving care service, and whether the "
         "parents received the support that young care-experienced parents might "
         "reasonably expect from their corporate parents."),
        ("A.3",
         "Oversight of the review rested with a panel of senior managers from the "
         "partnership\u2019s statutory agencies, chaired by the partnership\u2019s "
         "independent scrutineer. The panel met four times between October 2021 and "
         "March 2022. Panel members did not have any direct involvement with the "
         "family or line management responsibility for the practitioners involved, "
         "and each declared any potential conflict of interest at the first meeting "
         "of the panel."),
    ]),
    ("Appendix B: Methodology", [
        ("B.1",
         "The review used a systems approach that looks beyond individual actions to "
         "understand the conditions in which practitioners were working. Each agency "
         "provided a chronology and a short analytical report, and the lead reviewer "
         "held individual conversations with eleven practitioners and four managers. "
         "A learning event brought practitioners from all agencies together to test "
         "the emerging findings and to suggest what would make a difference in "
         "future."),
        ("B.2",
         "The lead reviewer wrote to both parents at the start of the review. "
         "Ellis\u2019s mother chose to contribute and met the reviewer twice with her "
         "personal adviser. Ellis\u2019s father was serving a custodial sentence and "
         "agreed to a single meeting, which took place in prison with the permission "
         "of the governor. Ellis\u2019s aunt contributed by telephone. Their views "
         "have been shared with them before publication, and the report has been "
         "amended in places to reflect their comments."),
    ]),
]


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------
def words(text: str) -> list[str]:
    """Lower-cased \\w+ words, the unit the answer key is compared in."""
    return re.findall(r"\w+", text.lower())


def key_entry(label: str, page, text: str) -> dict:
    toks = text.split()
    return {
        "label": label,
        "page": page,
        "starts_with": " ".join(toks[:8]),
        "ends_with": " ".join(toks[-6:]),
    }


def contains_seq(hay: list[str], needle: list[str]) -> bool:
    n = len(needle)
    if n == 0:
        return True
    first = needle[0]
    for i, w in enumerate(hay):
        if w == first and hay[i:i + n] == needle:
            return True
    return False
