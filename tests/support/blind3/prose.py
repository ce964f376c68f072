
"""Deterministic generator of ENTIRELY FICTIONAL safeguarding-review prose.

Every name, place, agency and event below is invented for software testing.
Nothing here is taken from a real review.

A Writer draws sentences from themed pools, fills slots with the case's
invented names, and never repeats an instantiated sentence within one file,
so each paragraph's first sentence and its first-8 / last-6 word windows are
unique inside the document that uses the Writer.
"""
from __future__ import annotations

import datetime as _dt
import random
import re

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
NUMWORDS = ["Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine",
            "Ten", "Eleven", "Twelve"]


def fmt_date(d: _dt.date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


# --------------------------------------------------------------------------
# Cases (all invented)
# --------------------------------------------------------------------------
CASES = {
    "tabbed": dict(
        child="Child V", mother="V's mother", father="Mr K", town="Orrisford",
        town2="Kelbury Cross", la="Tarnshire Children's Services",
        police="Tarnshire Constabulary", hospital="Orrisford Royal Infirmary",
        trust="Tarnshire Community Health Trust", gp="Fennick Road Surgery",
        school="Brackenhollow Primary School", nursery="Wrenfield Day Nursery",
        housing="Orrisford Homes", front_door="the Multi-Agency Referral Hub",
        partnership="Tarnshire Safeguarding Children Partnership",
        start=_dt.date(2019, 2, 4)),
    "scan": dict(
        child="Child W", mother="W's mother", father="Mr R", town="Sarnford",
        town2="Hobb's Ferry", la="Sarnford Borough Children's Social Care",
        police="Wessmoor Police", hospital="Sarnford General Hospital",
        trust="Wessmoor Healthcare Partnership", gp="Lantern Street Practice",
        school="St Aldric's Junior School", nursery="Bluebell Row Nursery",
        housing="Sarnford Housing Association", front_door="the Children's Gateway",
        partnership="Sarnford Safeguarding Partnership",
        start=_dt.date(2020, 9, 14)),
    "cover": dict(
        child="Child Y", mother="Y's mother", father="Mr T", town="Quillham",
        town2="Dunmere Vale", la="Quillham Council Children's Services",
        police="Brackmoor Police", hospital="Quillham Infirmary",
        trust="Quillham and Dunmere NHS Trust", gp="Old Tannery Medical Centre",
        school="Harefield Lane Academy", nursery="Little Orchard Nursery",
        housing="Quillham Homes Partnership", front_door="the Single Point of Access",
        partnership="Quillham and Dunmere Safeguarding Children Partnership",
        start=_dt.date(2018, 5, 21)),
    "govuk": dict(
        child="Child T", mother="T's mother", father="Mr L", town="Ostrey",
        town2="Marlow Fen", la="Ostrey Borough Council Children's Services",
        police="Ostrey and Fenland Police", hospital="Ostrey District Hospital",
        trust="Fenland Coast Health Trust", gp="Tithebarn Medical Practice",
        school="Ostrey Meadows Primary School", nursery="Kingfisher Nursery",
        housing="Fenland Homes", front_door="the Ostrey Children's Hub",
        partnership="Ostrey Safeguarding Children Partnership",
        start=_dt.date(2021, 1, 11)),
    "docx": dict(
        child="Child X", mother="X's mother", father="Mr D", town="Hallowmere",
        town2="Ebbsworth", la="Hallowmere Family Services",
        police="Hallowmere and Ebbsworth Police", hospital="Hallowmere District Hospital",
        trust="Ebbsworth Valley Health Trust", gp="Greystone Family Practice",
        school="Hallowmere Junior School", nursery="Pebble Lane Nursery",
        housing="Ebbsworth Housing Co-operative", front_door="the Family Front Door",
        partnership="Hallowmere Safeguarding Partnership",
        start=_dt.date(2022, 3, 7)),
    "restart": dict(
        child="Child P", mother="the children's mother", father="Mr S",
        town="Lindenholt", town2="Caraway Bridge", la="Lindenholt Children's Social Care",
        police="Lindenholt and Moorside Police", hospital="Lindenholt County Hospital",
        trust="Moorside Health and Care Trust", gp="Wicker Hill Surgery",
        school="Lindenholt Church of England Primary School", nursery="Teasel Nursery",
        housing="Lindenholt Homes", front_door="the Early Help and Referral Team",
        partnership="Lindenholt Local Safeguarding Children Board",
        start=_dt.date(2016, 10, 3)),
}

AGENCY_KEYS = ["la", "police", "trust", "gp", "school", "housing", "hospital"]

# --------------------------------------------------------------------------
# Sentence pools
# --------------------------------------------------------------------------
# Chronology events, in a broadly plausible order; used as "On <date>, <event>."
EVENTS = [
    "{mother} booked late for antenatal care and told the midwife that she had recently moved to {town} to be nearer her sister",
    "the midwife completed a routine enquiry about domestic abuse while {father} was in the room, and no concerns were disclosed",
    "{mother} attended {gp} with {child}, who had a cough and a low-grade temperature, and was advised to return if the symptoms persisted",
    "the health visitor made an unannounced home visit and found the flat cold, with very little food in the kitchen cupboards",
    "the health visitor noted that {mother} seemed low in mood and offered a referral to the perinatal mental health team, which was accepted",
    "{mother} missed a second appointment with the perinatal mental health team and was discharged back to the care of her GP",
    "the police attended a report of shouting at the family home; no offences were disclosed and the officer graded the domestic abuse risk assessment as standard",
    "a notification of the police attendance was sent to {front_door}, where it was screened as information only",
    "{school} recorded that {child} had arrived late for the fourth time that half-term and had eaten two breakfasts at breakfast club",
    "a referral from {school} was received by {front_door} and screened as not meeting the threshold for a statutory assessment",
    "{housing} wrote to the family about rent arrears of a little over two thousand pounds and offered an appointment with a money adviser",
    "{child} was seen in the emergency department at {hospital} with a bruise to the left cheek, which {mother} attributed to a fall from a sofa",
    "the emergency department sent a notification of the attendance to the health visiting service and to {gp}",
    "a neighbour telephoned the police to report that {child} had been seen alone in the stairwell of the block late in the evening",
    "a strategy discussion was held by telephone between children's social care and the police, with no health representative present",
    "the social worker visited and spoke to {child} alone in the bedroom; {child} said that home was 'fine' and would not say more",
    "{father} was released from custody and gave his sister's address in {town2} as his bail address",
    "an initial child protection conference was held and {child} was made subject to a child protection plan under the category of neglect",
    "the core group met for the first time; the minutes record that {father} did not attend and that the health visitor sent apologies",
    "the school nurse weighed and measured {child} and noted a fall from the 50th to below the 9th centile since the previous check",
    "the case was transferred from the assessment team to a long-term team, and a new social worker was allocated eleven days later",
    "{child} was not brought to a paediatric outpatient appointment, and the hospital sent a standard letter to the family, copied to the GP",
    "{mother} told a family support worker that {father} had taken her phone and bank card, but asked that nothing be written down",
    "the multi-agency risk assessment conference discussed the family and agreed actions for the police and the independent domestic violence adviser",
    "{child} told a teaching assistant that there had been 'a big fight' at home and that {child} had slept in the bath",
    "the GP practice received notification of the child protection plan but did not add an alert to the records of the other household members",
    "officers attended after a report that {father} had breached a non-molestation order, but no one answered the door",
    "{mother} presented at the emergency department with a wrist injury and said that she had tripped over a toy",
    "a review child protection conference concluded that sufficient progress had been made and the plan was ended, with a step-down to early help",
    "the nursery manager telephoned the allocated worker to report that {child} had not attended for nine days; the call was not returned",
    "the early help worker closed the case after three visits went unanswered and a letter received no reply",
    "the family moved into temporary accommodation in {town2}, outside the local authority area, and no transfer-in meeting was arranged",
    "a case note records that the social worker spoke to {mother} by telephone and was told that {father} was no longer visiting",
    "the health visitor sent the family's records to the receiving service in {town2} by secure email, without a verbal handover",
    "{child} was taken to {gp} with a burn to the forearm, and the locum GP accepted the explanation that a hot drink had been knocked over",
    "an anonymous caller told the out-of-hours team that {child} was being left in the care of a fourteen-year-old cousin",
    "{school} held a team around the family meeting, which {mother} attended with a friend; the role of {father} was not discussed",
    "the probation officer supervising {father} completed a risk assessment that did not record that he had contact with children",
    "{mother} told the substance misuse service that she had been abstinent for six weeks, although this was not confirmed by testing",
    "a section 47 enquiry concluded that the concerns were not substantiated and that the family would be offered support",
    "the ambulance service attended the home after a 999 call made by {mother}, who said that {child} was not breathing normally",
    "{child} was admitted to the paediatric intensive care unit at {hospital}, and a skeletal survey and CT scan were undertaken",
]

CHRONO_COMMENT = [
    "The record of this contact is brief and does not say whether {child} was seen.",
    "There is no record that this information was shared with {agB}.",
    "This was the first occasion on which a professional had written down a concern about {child}'s weight.",
    "The decision was recorded by a team manager with a rationale of two lines.",
    "{mother} later told the review that she had felt judged during this visit.",
    "The practitioner recalled that the home had seemed calmer than on previous occasions.",
    "No follow-up action was recorded.",
    "The case record shows that a visit was planned within ten working days, but it did not take place.",
    "The information was accurate but was not linked to the earlier notifications held on the same system.",
    "It is not clear who, if anyone, was expected to take this forward.",
    "{agA} recorded the contact on its own system and took no further action.",
    "The reason given for the decision was that {mother} was engaging well with support.",
    "A letter offering a further appointment was sent to an address the family had already left.",
    "The worker discussed the contact with a senior colleague, who agreed that no referral was needed.",
    "Neither parent was asked about the wider family or about other adults who visited the home.",
    "This information did not reach the professionals who were working with {child} at the time.",
    "The entry is the only one in the records for a period of almost two months.",
    "Practitioners who remember the visit describe {child} as quiet and watchful.",
    "The account given by {mother} was accepted and was not checked with anyone else.",
    "At this point the family had been known to {agA} for a little over a year.",
    "The minutes of the meeting were circulated three weeks later.",
    "{father}'s whereabouts at this time are not known to the review.",
    "The visit lasted less than twenty minutes, according to the record.",
    "A duty worker took the call and passed the information to the allocated worker by email.",
    "There is no indication that {father} was present or that anyone asked whether he was.",
    "The referral form was completed in full and included the school's attendance figures.",
    "{child} was described in the record as 'clean and appropriately dressed'.",
    "The contact was logged but not linked to the open case.",
    "This was the last time that a practitioner from {agA} saw {child}.",
    "The letter did not explain why the appointment mattered.",
    "The outcome was recorded as 'advice given'.",
    "An interpreter was not needed, and none was used.",
    "The visit was recorded as 'no access'.",
    "The social worker was on leave, and the message was not picked up by the duty team.",
    "This is the first reference in any agency's records to a new partner.",
    "No interpreter or advocate was offered.",
    "The record does not say where {child} was during the incident.",
    "The outcome was not shared with the referrer.",
    "The information was placed on the file of {child}'s mother but not on {child}'s own record.",
    "The worker noted that the flat was tidy and that there was food in the fridge.",
    "Staff described {child} as withdrawn on that day and for several days afterwards.",
    "The letter was returned marked 'not known at this address'.",
    "The family did not respond to two further telephone calls.",
    "The decision was not discussed with {agB}.",
    "The case was flagged for review in three months.",
    "{child} was not spoken to on this occasion.",
    "The record was completed two weeks after the visit.",
]

INTRO_OPEN = [
    "This review was commissioned by the {partnership} after {child} was seriously injured at home.",
    "The purpose of a review of this kind is to identify learning, not to apportion blame to individuals or agencies.",
    "The review has been conducted using a systems-based methodology agreed by the {partnership}.",
    "The period under review begins with the family's arrival in {town} and ends with the admission of {child} to hospital.",
    "Each agency that had contact with the family was asked to provide a chronology and a short analytical report.",
    "The family were told about the review at the outset and were invited to contribute to it.",
    "The lead reviewer is independent of the agencies involved and has had no previous connection with the family.",
    "A panel of senior managers from the main agencies met on five occasions to oversee the review.",
    "Practitioners and their first-line managers took part in a learning event in the course of the review.",
    "This report has been written so that it can be published, and some details have therefore been left out.",
    "The terms of reference set out a number of key lines of enquiry for the review.",
    "The review has drawn on research and on the findings of previous local and national reviews where they are relevant.",
    "Reviews of this kind look at the whole system around a child, including the conditions in which practitioners worked.",
    "The scope of the review was agreed by the {partnership} in consultation with the agencies involved.",
    "A summary of the family's history was prepared at the start of the review and shared with the panel.",
    "The review began later than intended because of a parallel criminal investigation.",
    "This report is structured around the key practice episodes identified by the panel.",
    "The review has been overseen by the safeguarding practice review group of the {partnership}.",
    "The reviewer was given access to the case records of all the agencies that worked with {child}.",
    "The panel considered at an early stage how the family could best be involved in the review.",
    "Two learning events were held with practitioners, one for front-line staff and one for managers.",
    "The report has been shared in draft with the family, who were given the opportunity to comment on it.",
    "It is important to say at the outset that the review found examples of committed and caring practice.",
    "The review period was chosen to capture the events that most shaped the agencies' understanding of {child}'s circumstances.",
]
INTRO_BODY = [
    "The decision to undertake the review was taken at a rapid review meeting held within fifteen working days of the notification.",
    "The review has considered the involvement of {agA}, {agB} and a number of other services.",
    "Where this report refers to the review period, it means the timeframe described in the terms of reference.",
    "Significant earlier events are summarised where they help to explain what happened later.",
    "{mother} met the lead reviewer on two occasions and her views are reflected throughout this report.",
    "{father} was written to at his last known address but did not respond.",
    "The review is grateful to the practitioners who gave their time, often while continuing to carry heavy workloads.",
    "Individual agencies have also undertaken their own internal reviews, and their findings have been taken into account.",
    "Some of the practitioners involved had moved to other posts by the time the review began, but most agreed to take part.",
    "The report uses the term 'practitioner' to describe anyone working with the family in a professional capacity.",
    "The review has not sought to revisit decisions made by the criminal courts.",
    "Parallel processes, including a police investigation, affected the timing of parts of the review.",
    "The panel agreed that the review should be proportionate and should concentrate on the most significant episodes.",
    "Chronologies were combined into a single integrated timeline, which was shared with the panel.",
    "Drafts of this report were shared with the agencies involved so that factual errors could be corrected.",
    "The review has tried throughout to keep {child}'s experience at the centre of its work.",
    "The learning is intended to be relevant to practitioners across the partnership and not only to those who knew the family.",
    "Where the review has been unable to establish a fact, the report says so.",
    "The review has had access to the full records of each agency for the relevant period.",
    "The panel included representatives of {agA} and {agB}, neither of whom had direct involvement with the family.",
    "The reviewer read the primary records of the main agencies as well as their summary reports.",
    "The panel's discussions were open and challenging, and agencies were willing to acknowledge where their practice had fallen short.",
    "A small number of records could not be located, and this is noted where relevant.",
    "The family's consent was sought before health records were shared with the reviewer.",
    "Practitioners were offered the opportunity to comment on the draft findings before they were finalised.",
    "The review did not interview {child}, for reasons that were discussed with the family and the panel.",
    "Some agencies had little direct contact with the family but held information that proved to be relevant.",
    "The methodology allowed the review to look beyond individual decisions to the conditions that shaped them.",
]

FAMILY_OPEN = [
    "{child} lived with {mother} for the whole of the review period.",
    "{mother} grew up in {town2} and moved to {town} in her early twenties.",
    "{father} is not the biological father of {child} but was described by professionals as a stepfather.",
    "The family's housing was insecure for most of the time covered by this review.",
    "{child} is described by those who knew {child} as a lively and affectionate child who enjoyed music and drawing.",
    "The wider family were not well known to the agencies involved.",
    "{mother} has described a difficult childhood, during part of which she was looked after by a local authority.",
    "Money was a constant source of worry for the household.",
    "{child} was the youngest of three children, although the older siblings did not live at home.",
    "The household changed composition several times during the period covered by this report.",
    "{mother} had her own health difficulties, including chronic back pain that limited her mobility.",
    "Little is known about {child}'s early years before the family moved to {town}.",
    "{father} moved into the family home a few months after the review period began.",
    "The family had no car and relied on buses to reach appointments across {town}.",
    "{child}'s school attendance was good in the first year of the review period and declined sharply in the second.",
    "Relationships within the extended family were described to the review as strained.",
]
FAMILY_BODY = [
    "{mother} had limited contact with her own family, although her sister lived nearby for part of the period.",
    "{mother}'s own experience of services as a child had left her wary of social workers.",
    "The couple's relationship was described by friends as close but volatile.",
    "Several of the agencies were unaware that {father} had children from a previous relationship.",
    "The family moved address four times in less than three years.",
    "{child} had a small number of friends at school and was said to be kind to younger children.",
    "Teachers noticed that {child} rarely spoke about home.",
    "{mother} told the review that she had found it hard to ask for help because she feared that {child} would be removed.",
    "Benefit sanctions during the second year left the family without income for several weeks.",
    "The maternal grandmother was in contact by telephone but lived a considerable distance away.",
    "None of the agencies held a complete record of the adults who were living in or visiting the home.",
    "{child}'s health needs were largely routine, although there were gaps in immunisations.",
    "{father} had a history of offending that included violence against a previous partner.",
    "The family were not registered with a dentist for most of the review period.",
    "{mother} worked part-time in a café until the birth of her second child.",
    "Friends of the family described {mother} as devoted to {child} but often exhausted.",
    "{child} attended three different schools in the course of the review period.",
    "{father} told a probation officer that he was not living at the family address, although neighbours said otherwise.",
    "The household relied on a food bank on several occasions during the second winter.",
    "There is no record of {child} having any contact with paternal relatives.",
    "{mother} had a long history of anxiety, for which she had been prescribed medication by her GP.",
    "The flat was on the fourth floor of a block with an unreliable lift.",
    "Money management became harder after the family's benefits were moved to a single monthly payment.",
    "{child}'s early development was recorded as within the expected range.",
]

ANALYSIS_OPEN = [
    "The first area of learning concerns the way in which repeated minor injuries to {child} were understood.",
    "Information sharing between {agA} and {agB} is a recurring theme in this review.",
    "The review has considered the quality of the assessment completed in the spring of the second year.",
    "A central question for the review is why the concerns raised by {school} did not lead to a strategy discussion.",
    "The role of {father} in the household was never fully understood by the agencies involved.",
    "Practitioners in several agencies noticed that {child} was often hungry, tired or unkempt.",
    "The decision to end the child protection plan deserves particular scrutiny.",
    "It is important to recognise the pressures on the services involved during the review period.",
    "The family's frequent moves between addresses made it harder for agencies to keep track of them.",
    "Several practitioners told the review that they had felt uneasy about the family but had found it hard to say why.",
    "The review has looked closely at how the health visiting service responded to missed contacts.",
    "Domestic abuse was a feature of the household for much of the period under review.",
    "The mental health of {mother} was known to a number of agencies but was rarely considered alongside the needs of {child}.",
    "The use of the escalation procedure, or rather its absence, is a further area of learning.",
    "Management oversight of the case within {la} was inconsistent.",
    "The review has asked whether the response would have been different had {child} been able to speak more freely.",
    "Records from the emergency department show that the safeguarding checklist was completed on each attendance.",
    "The quality of recording varied considerably across the agencies involved.",
    "The step-down from child protection to early help was a significant point of transition.",
    "There were at least four occasions when a different decision might have altered the course of events.",
    "The response of {police} to the incidents at the family home was, in the main, timely.",
    "Communication with the family was largely by letter and telephone during the later part of the review period.",
    "Assessments tended to focus on the most recent incident rather than on the history as a whole.",
    "The review team was struck by the number of professionals who had contact with {child} in the final six months.",
    "Children who are not brought to appointments are a well-established area of concern in safeguarding practice.",
    "It has not been possible to establish a full picture of {father}'s history before he moved to {town}.",
    "The review has considered whether the threshold for statutory intervention was applied consistently.",
    "The transfer of the case between teams and areas introduced delay at critical moments.",
    "Professional optimism appears to have influenced several key decisions.",
    "Universal services were well placed to notice change in {child}'s presentation.",
    "The strategy discussion held after the injury was the most significant multi-agency decision point in the review period.",
    "The review has seen good examples of persistence by individual practitioners.",
    "Cultural and linguistic factors were not explored in any of the assessments seen by the review.",
    "The absence of a shared chronology made it difficult for any one agency to see the pattern of events.",
    "The review has paid particular attention to the period after the family moved to {town2}.",
    "Practitioners were working within procedures that have since been revised.",
    "The involvement of wider family members in planning for {child} was limited.",
    "Housing insecurity shaped the family's circumstances throughout the review period.",
    "Supervision arrangements for front-line staff were examined as part of the review.",
    "The police domestic abuse risk assessment was completed on three separate occasions.",
    "Early help services were offered to the family on two occasions.",
]
ANALYSIS_BODY = [
    "Practitioners who spoke to the review described caseloads that made it difficult to visit as often as they would have wished.",
    "The review has found no evidence that the information held by {agA} was shared with {agB} at that time.",
    "It is not clear from the records why the decision was taken, and the practitioners involved could no longer recall the reasons.",
    "This is a familiar theme in local and national reviews and should not be seen as a failing of individual practitioners alone.",
    "The voice of {child} is largely absent from the records of {agA} for this period.",
    "With hindsight, the cumulative pattern of missed appointments was an indicator of neglect that was not recognised as such.",
    "Each agency held a part of the picture, but no single agency held all of it.",
    "Professional curiosity about the adults living in or visiting the household was limited.",
    "The threshold guidance in use at the time did not say how repeated low-level concerns should be weighed.",
    "Supervision records show that the case was discussed, but the discussion focused on tasks rather than on reflection about risk.",
    "The family's housing situation was recognised as a stressor, but its impact on {child}'s daily life was not explored.",
    "The review acknowledges that {mother} presented as cooperative and that this may have provided false reassurance.",
    "There was an over-reliance on self-report, and the accounts given by the parents were rarely tested against other information.",
    "The records suggest a degree of drift once the child protection plan had ended.",
    "Practitioners were not always clear which agency held lead responsibility once the case had stepped down.",
    "This was a missed opportunity to consider whether a strategy discussion was required.",
    "The quality of the assessment was affected by the fact that it relied heavily on a single home visit.",
    "The review team heard that the electronic recording systems used by {agA} and {agB} do not link, so alerts must be added by hand.",
    "It would have been good practice to seek the views of {father} directly, rather than relying on {mother}'s account of his involvement.",
    "The internal review undertaken by {agA} has identified this and has already taken steps to address it.",
    "Good practice was also evident: staff at {school} knew {child} well and acted promptly when concerns arose.",
    "The escalation policy was not used, even though the nursery manager was unhappy with the response she received.",
    "Practitioners described feeling reassured by an improvement in attendance, but the improvement was short-lived.",
    "The review has not been able to establish whether the referral was received, as the inbox it was sent to is no longer in use.",
    "The effect of staff sickness and vacancies in {agA} during this period should not be underestimated.",
    "No agency had a clear understanding of who was living in the household at any given time.",
    "The risk assessment was completed correctly under the guidance then in force, but that guidance gave too much weight to the victim's own view of the risk.",
    "Key information about {father}'s previous convictions was held by the probation service but was not requested by {agB}.",
    "The reasons for the delay are understood, but the effect was that {child} went without a plan for several weeks.",
    "It is the view of the review that a more authoritative approach was needed at this point.",
    "In conversation with the reviewer, the social worker reflected that she had been uncertain whether the injury was significant.",
    "Managers endorsed the recommendation without recording any analysis of the evidence on which it rested.",
    "The records do not show that anyone asked {child} about the injury in the absence of a parent.",
    "The family's cultural background was not explored in any assessment, and the review considers this a gap.",
    "{agA} has described the changes it has made since, and the review welcomes them.",
    "Overall, the review considers that the response of {agA} during this period was reasonable but not sufficiently curious.",
    "A single chronology held by one agency would have made the pattern much clearer.",
    "The letters sent to the family were written in standard language that may not have been accessible to {mother}.",
    "Attendance at core group meetings was inconsistent, and the minutes were not always circulated to those who were absent.",
    "The practitioners involved were experienced and committed, and several had gone beyond what their role required.",
    "When the review asked {agA} for its records of this period, it found that two key documents had been filed against the wrong child.",
    "Nothing in the records suggests that the possibility of physical abuse was actively considered.",
    "The review does not consider that the outcome for {child} could have been predicted, but earlier and more coordinated help might well have changed the family's circumstances.",
    "The plan contained many actions, but few of them were specific or measurable.",
    "Most of the contacts were with {mother}; {child} was seen alone on only two occasions.",
    "The same concern was reported to {agA} three times in eight months, and on each occasion it was treated as new.",
    "It is likely that the disruption caused by each house move made it harder for {mother} to keep appointments.",
    "The review has been told that the team was carrying eleven vacancies at the time.",
    "{agB} did not attend the strategy discussion and was not sent a record of it.",
    "The practitioner's instinct was sound, but it was not supported by the systems around her.",
    "Research on neglect consistently shows that chronic low-level concerns can be harder to act on than a single serious incident.",
    "Nobody in the network was asked to think about what a typical day was like for {child}.",
    "The review found several instances where the same information was recorded differently by {agA} and {agB}.",
    "The lack of a health representative at the strategy discussion meant that the medical history was not considered.",
    "{mother}'s own account to the review suggests that she would have accepted more help had it been offered differently.",
    "There is no indication that the risk posed by {father} was reassessed after his release from custody.",
    "The expectation that {mother} would protect {child} from {father} was not discussed with her in any detail.",
    "The partnership's own audit in the following year found similar weaknesses in other cases.",
    "The transfer arrangements between {town} and {town2} relied on paperwork rather than conversation.",
    "A more detailed medical opinion would have helped practitioners to understand the significance of the bruising.",
    "It was not unreasonable to offer early help at this point, but the offer depended entirely on the family's willingness to engage.",
    "The case was closed without any check that the concerns which led to the referral had been resolved.",
    "Both workers recognised the risk, but neither felt it was theirs to act on.",
    "This pattern of disguised compliance is well described in the literature, but it is easier to see in retrospect.",
    "The review heard that practitioners in {agA} were unsure whether they could share information without consent.",
    "Consent was sometimes treated as a barrier to sharing information when the guidance allowed it to be shared.",
    "There was a tendency to close each episode of concern as soon as the immediate issue had been addressed.",
    "The referral contained the right information, but it was framed as a request for advice rather than as a concern about harm.",
    "None of the assessments included a genogram or a clear description of the household.",
    "Practitioners often recorded what the parents said but not what they themselves observed.",
    "The language used in the records sometimes minimised what had happened, describing a serious assault as 'an argument'.",
    "The review found that the health visitor's concerns were accurately recorded but were not escalated.",
    "Had the two pieces of information been placed side by side, the level of risk would have been more apparent.",
    "The decision-making at this point was defensible on the information available to the worker.",
    "The absence of a lead professional meant that nobody was coordinating the work of the different agencies.",
    "Plans were reviewed at the intervals required by procedures, but the reviews rarely changed anything.",
    "The first-line manager had responsibility for more than forty cases and supervised six workers.",
    "There is evidence that the family was seen as difficult to engage, and that this label was passed from worker to worker.",
    "It is significant that {child} was seldom asked directly about life at home.",
    "The review did not find any single decision that, on its own, led to the harm that {child} suffered.",
    "The police records were thorough but were not routinely shared with health colleagues.",
    "The school's safeguarding lead was not invited to the strategy discussion, although she had made the referral.",
    "Workers changed frequently, and the family had five different social workers in two years.",
    "{agB} acknowledged in its report that its response had been shaped by an assumption that another agency was taking the lead.",
    "The medical evidence was not available to the conference, which relied instead on a verbal summary.",
    "The review considers that a child in need plan would have provided a clearer framework for the work.",
    "The family's own strengths were acknowledged in the records, and this was positive.",
    "Opportunities to involve the maternal grandmother were not taken.",
    "The safeguarding training provided to practitioners in {agA} did not address neglect in any depth.",
    "The review was told that the team had no consistent way of recording who had been seen during a visit.",
    "Opportunities to bring the agencies together in a single meeting were not taken until late in the review period.",
    "The referral was passed between three teams in as many weeks, and each recorded that it was awaiting allocation.",
    "The review found little evidence that chronologies were used to inform decisions.",
    "It was not until the final months that anyone described the concerns as neglect.",
    "Some practitioners believed that a child protection plan could not be started while an early help assessment was open, a belief that was mistaken but widely held and not corrected in training.",
    "Responsibility for following up the missed appointments was assumed by each agency to lie with another.",
    "The family's presentation changed markedly depending on who was visiting and when.",
    "A written agreement was used as a substitute for a plan, and it was not reviewed.",
    "The review considers that the assessment underestimated the cumulative impact of {father}'s behaviour on {child}.",
    "The agencies' accounts of this period are broadly consistent with each other.",
    "The police response to each call was prompt, but the information gathered was not pieced together.",
    "Little attention was paid to {child}'s health needs once the immediate safeguarding concern had passed.",
    "It is striking how rarely {child} appears in the records as a person rather than as a subject of concern.",
    "Decisions at the front door were made quickly and met the screening timescales, but meeting the timescales was not the same as understanding the concern.",
    "Practitioners from {agA} said that they would have welcomed an invitation to the core group, which was not sent because {agA} was not listed as an agency involved with the family.",
    "Nobody was clearly responsible for keeping the list of agencies involved with the family up to date.",
    "Where concerns were escalated, they were escalated by email and were not followed up by telephone.",
    "The evidence suggests that {mother} was frightened of {father} for much of this period; her fear was recorded by the independent domestic violence adviser but was not known to the social worker.",
    "Practitioners must balance the need to share information with the wishes of the adult victim, and in this case the balance was struck in favour of confidentiality at a point when the risk to {child} was rising.",
    "There was a marked reduction in contact from all agencies in the months before the final incident, and none of the explanations offered fully accounts for the absence of any visit over a period of eleven weeks.",
    "{agA} has since introduced a requirement that cases are not closed without a conversation with the referrer, a helpful change that has not yet been audited.",
    "The chronology shows long periods in which nothing was recorded, followed by short bursts of intense activity.",
    "In the review's view, the decision to close the case was made on the basis of an improvement that had lasted only a few weeks.",
    "Practitioners spoke warmly about the family, and it is clear that they wanted to help.",
    "The home conditions were described differently by each visitor, which suggests that they varied from week to week.",
    "The review asked why the referral was not re-screened when further information arrived two days later; the answer appears to be that the later information was filed rather than read.",
    "Supervisors did not routinely have access to the records of the cases they were discussing.",
    "Health and social care practitioners used different terms for the same concerns, which made it harder to compare notes.",
    "The significance of bruising in a non-mobile baby is well established, but bruising in an older child is harder to interpret.",
    "The plan did not say what would happen if the parents did not cooperate.",
    "The outcome of the assessment was shared with {mother} by telephone, and no written copy was sent.",
    "Nobody asked {child}'s teachers what they had noticed over the previous term.",
    "The review found that decisions were often made by the most junior person present.",
    "Pressure to close cases quickly was acknowledged by several managers.",
    "The school's pastoral staff kept careful notes, but those notes were not seen by anyone outside the school.",
    "The review has considered whether the concerns were treated differently because the family had recently moved into the area.",
    "Practitioners did not always know that other services were involved.",
    "It was assumed that {mother} had told {agB} about the injury, but she had not.",
    "The assessment recorded the parents' wishes in detail but said little about {child}'s wishes.",
    "Several professionals described feeling unsafe when visiting the home, but this was not reflected in the risk assessment.",
    "The decision to hold the strategy discussion by telephone was understandable, but it limited the discussion.",
    "The same three concerns appear in the records of almost every agency: hunger, lateness and unexplained marks.",
    "There is no evidence that anyone considered whether {child} needed a medical examination.",
    "The response to {mother} as a victim of domestic abuse did not always consider her needs and those of {child} together.",
    "The health visitor's caseload was more than twice the recommended level.",
    "Recording in {agA} improved markedly in the final year of the review period.",
    "Feedback to referrers was inconsistent, and the school did not always know the outcome of its referrals.",
    "The model of practice used by {agA} at the time emphasised partnership with parents, an approach with many strengths that can nonetheless make it harder to recognise when parents are not being open.",
]

FINDING_BODY = [
    "This finding is drawn from several of the practice episodes described in Section 3.",
    "The finding is not unique to this case; the partnership's own audits have identified similar issues.",
    "Practitioners at the learning event agreed that this was a familiar problem.",
    "The consequence is that concerns which are individually minor are closed one by one, and the overall pattern is lost.",
    "The systems in place do not make it easy for practitioners to do the right thing.",
    "There is a risk that the same learning will emerge from future reviews unless the underlying conditions change.",
    "The partnership should consider whether its procedures adequately reflect this.",
    "Front-line managers described competing demands that left little time for reflective supervision.",
    "The review has seen no evidence that this issue was reported to senior leaders during the review period.",
    "It is a systemic issue rather than a matter of individual practice.",
    "Several agencies have taken action on this since the events described, but the changes have not yet been evaluated.",
    "This matters because children who are living with neglect may not come to notice through a single serious incident.",
    "The review recognises that this finding has implications for commissioning as well as for practice.",
    "Fathers and male carers were often seen only as a source of risk, or not seen at all.",
    "The agencies involved each believed that another agency held the lead.",
    "In practice, the escalation route depends on the confidence of the individual practitioner.",
    "The guidance is long and is not easy to apply when a decision must be made quickly.",
    "Information was available, but it was held in places where it could not easily be found.",
    "Practitioners told the review that they rarely had time to read a family's full history.",
    "The review considers that this finding applies across the partnership and not only to the agencies that knew {child}.",
    "There was no mechanism for reconciling the different accounts of the household held by each agency.",
    "The effect of high caseloads on the quality of assessment cannot be separated from this finding.",
    "The learning event heard a number of constructive suggestions, which are reflected in the recommendations.",
    "The finding should be read together with the analysis of supervision above.",
    "This is consistent with what practitioners told the review about the pressures they faced.",
    "The finding raises questions about how the partnership assures itself that procedures are followed.",
    "It is not enough for information to be recorded; it must also be read and understood.",
    "Practitioners need time, as well as permission, to think about what information means.",
    "Some of the changes required are cultural rather than procedural.",
    "The review considers that the partnership is well placed to take this learning forward.",
    "Without a shared understanding of the household, each agency's risk assessment was incomplete.",
    "This is likely to affect other children in similar circumstances.",
    "Managers in all agencies have a role in modelling professional curiosity.",
    "The partnership's training programme does not currently address this issue.",
    "Several of the issues identified here were also identified in an earlier local review.",
    "The finding is supported by the views of practitioners and by the records.",
    "Families who move frequently are at particular risk of falling between services.",
    "A focus on compliance with timescales can crowd out attention to the quality of the work.",
    "The review has framed this finding in a way that it hopes will be useful to practitioners.",
]

FINDING_OPEN = [
    "The review finds that the multi-agency response to neglect in {town} relies too heavily on individual practitioners noticing patterns.",
    "There is a gap in the arrangements for following up children who move between local authority areas while subject to a plan.",
    "Agencies do not consistently seek the views of fathers and male carers, and this review adds to the evidence that this matters.",
    "The current threshold guidance does not support practitioners to weigh cumulative concerns.",
    "Escalation is understood in principle but is rarely used in practice.",
    "Supervision does not reliably create space for reflection on the child's lived experience.",
    "Step-down arrangements lack a clear handover of lead professional responsibility.",
    "The health economy in {town} does not have a shared approach to children who are not brought to appointments.",
    "Records held by different agencies about the same family are not routinely reconciled.",
    "Assessment practice places too much weight on parental self-report.",
    "Practitioners lack confidence in challenging parents who present as cooperative.",
    "The partnership has no routine assurance that learning from previous reviews has been embedded.",
    "Information about adults with a history of violence is not consistently linked to the children they live with.",
    "Children's own accounts are not routinely sought or recorded when agencies respond to incidents at home.",
    "The transfer of cases between teams creates gaps in which no practitioner holds a full picture of the child.",
    "Agencies rely on the family to tell them which other services are involved.",
    "Closing a case does not reliably trigger a check that the original concern has been resolved.",
    "Health information is not routinely available to strategy discussions.",
    "The partnership's procedures assume a level of capacity that front-line teams do not currently have.",
    "Letters remain the default means of following up missed appointments, even where they are known to be ineffective.",
    "Domestic abuse notifications are screened in isolation from the history held by other agencies.",
    "The quality of multi-agency plans is not routinely tested by managers.",
    "There is no shared understanding across the partnership of what professional curiosity looks like in practice.",
]

REC_OPEN = [
    "The {partnership} should seek assurance that the revised escalation policy is understood and used by front-line staff.",
    "Agencies should ensure that children who are not brought to health appointments are followed up and that the reason is recorded.",
    "The {partnership} should review its threshold guidance so that it addresses cumulative harm.",
    "Supervision policies in {agA} should require reflection on the lived experience of the child as well as the completion of tasks.",
    "Health agencies in {town} and {town2} should agree a protocol for the transfer of records when a family moves between areas.",
    "{police} and {la} should agree a process for sharing information about breaches of protective orders.",
    "The {partnership} should commission an audit of step-down arrangements within twelve months.",
    "A short practice guide on working with fathers and male carers should be produced for staff in all agencies.",
    "The {partnership} should ask {agA} to report on the steps it has taken to improve the quality of recording.",
    "Commissioners should consider how the capacity of the health visiting service can be protected during periods of vacancy.",
    "{la} should ensure that no case is closed without contact with the agency that made the referral.",
    "The {partnership} should develop a shared approach to recording the composition of a child's household.",
    "All agencies should ensure that children are seen and spoken to alone where it is safe to do so.",
    "Strategy discussions should include a health representative whenever there is an injury to a child.",
    "The {partnership} should evaluate the impact of its multi-agency training on neglect.",
    "{police} should review how domestic abuse notifications are linked to information about children in the household.",
    "The {partnership} should publish a short briefing for practitioners based on the learning in this report.",
    "Agencies should ensure that supervision records show how the child's experience has been considered.",
    "{la} should review its arrangements for cases transferred in from other local authorities.",
    "The {partnership} should seek the views of families about how letters and appointments could be made more accessible.",
]
REC_BODY = [
    "The learning from this review will be shared through a series of multi-agency briefings.",
    "Progress should be monitored by the quality assurance subgroup, which should report within six months.",
    "The review recognises that some of this work is already under way.",
    "Any revised guidance should be tested with front-line practitioners before it is issued.",
    "The partnership should be able to show how the change has made a difference to children, not only that it has been made.",
    "This recommendation should be read alongside the learning about supervision set out in the previous section.",
    "Agencies should report on progress to the partnership's executive group.",
    "It would be helpful for the audit to include the views of families who have experienced the process.",
    "The cost of this recommendation is expected to be modest.",
    "The lead agency should be identified within one month of the publication of this report.",
    "The guide should be short, practical and available in a form that can be read on a mobile phone.",
    "A follow-up audit should test whether the protocol is being used.",
    "Progress against this recommendation should be reported to the partnership within nine months.",
    "The partnership should involve practitioners in designing the response.",
    "This recommendation applies to all partner agencies.",
    "The review does not prescribe how this should be achieved.",
    "Agencies should be able to demonstrate that staff have received the relevant briefing.",
    "The partnership may wish to link this work to its existing programme on neglect.",
    "Implementation should be tested through a multi-agency case audit.",
    "Where possible, existing forums should be used rather than creating new ones.",
    "The recommendation is intended to strengthen, not replace, professional judgement.",
    "It should be possible to complete this work within existing resources.",
    "An update on this recommendation should be included in the partnership's annual report.",
    "The executive group should receive a short written report on progress.",
    "Families with experience of services should be consulted.",
    "The outcome should be shared with neighbouring partnerships.",
    "Agencies should identify a named lead for this work.",
]

APPENDIX_OPEN = [
    "The review was asked to consider how well agencies understood the daily lived experience of {child}.",
    "The review was also asked to examine how information about risk was shared between agencies and across local authority boundaries.",
    "The terms of reference required the review to identify good practice as well as areas for improvement.",
    "The scope of the review did not extend to the criminal investigation or to any disciplinary matters.",
    "The following agencies contributed chronologies and reports to the review.",
]
APPENDIX_BODY = [
    "The key lines of enquiry were agreed by the panel at its first meeting and were not changed during the review.",
    "The panel considered whether any agency should be asked to provide further information, and two requests were made.",
    "This included consideration of the adequacy of the arrangements for transferring cases into and out of the area.",
    "The review was to report within six months, although this was extended because of the parallel processes.",
    "Contributions were received from {agA}, {agB} and the education service.",
    "The lead reviewer was asked to pay particular attention to the voice of the child.",
    "Each report was quality assured by a senior manager in the contributing agency before it was submitted.",
    "The panel reserved the right to ask additional questions as the review progressed.",
    "Agencies were asked to identify any changes already made as a result of their own internal learning.",
    "The review was asked to consider the impact of the family's moves on the continuity of services.",
    "The review period was set to begin shortly before the family moved into the area.",
    "The panel agreed that events outside the review period would be summarised briefly.",
    "Agencies without direct contact with the family were asked to check their records for any relevant information.",
    "The review was to consider how well practitioners understood the impact of domestic abuse on children.",
    "The panel was chaired by an independent member of the partnership.",
    "The review was to take account of the views of the family wherever possible.",
    "The terms of reference were shared with all contributing agencies at the outset.",
    "The review was asked to consider whether the procedures in place were followed and whether they were adequate.",
    "Any learning relevant to national agencies was to be identified and shared.",
    "The review was not asked to determine how the injuries were caused.",
]

POOLS = {
    "intro": (INTRO_OPEN, INTRO_BODY),
    "family": (FAMILY_OPEN, FAMILY_BODY),
    "analysis": (ANALYSIS_OPEN, ANALYSIS_BODY),
    "finding": (FINDING_OPEN, FINDING_BODY),
    "rec": (REC_OPEN, REC_BODY),
    "appendix": (APPENDIX_OPEN, APPENDIX_BODY),
}
WORD_RANGES = {
    "intro": (80, 180), "family": (90, 210), "chrono": (100, 320),
    "analysis": (110, 290), "finding": (90, 200), "rec": (80, 140),
    "appendix": (80, 150),
}
FALLBACK = {
    "intro": ["intro", "appendix", "analysis"],
    "family": ["family", "analysis"],
    "analysis": ["analysis", "finding"],
    "finding": ["finding", "analysis"],
    "rec": ["rec", "finding", "analysis"],
    "appendix": ["appendix", "intro", "analysis"],
}


def words(s: str) -> list[str]:
    return s.split()


class Writer:
    """Deterministic paragraph writer for one file."""

    def __init__(self, case_key: str, seed: str, n_events: int = 30, n_chrono: int = 8):
        self.chrono_left = n_chrono
        self.quota = 0
        self.case = dict(CASES[case_key])
        self.rng = random.Random(f"blind3:{seed}")
        self.used: list[str] = []
        self._used_set: set[str] = set()  # membership only, never iterated
        self.date = self.case["start"]
        idx = sorted(self.rng.sample(range(len(EVENTS)), min(n_events, len(EVENTS))))
        self.events = [EVENTS[i] for i in idx]
        self._tpl_used: set[str] = set()  # membership only, never iterated
        self._protected: set[str] = set()  # templates whose instance ends a paragraph
        self._reused: dict[str, str] = {}
        self._tpl_of: dict[str, str] = {}
        self._start_windows: list[str] = []
        self.open_pos = {k: 0 for k in POOLS}
        self.order = {}
        slot = list(CASES).index(case_key)
        for k, (opens, _b) in POOLS.items():
            own = [i for i in range(len(opens)) if i % len(CASES) == slot]
            rest = [i for i in range(len(opens)) if i % len(CASES) != slot]
            self.rng.shuffle(own)
            self.rng.shuffle(rest)
            self.order[k] = own + rest  # prefer openers no other file starts with

    # -- slot filling ------------------------------------------------------
    def fill(self, tpl: str) -> str:
        c = self.case
        ags = [c[k] for k in AGENCY_KEYS]
        a, b = self.rng.sample(ags, 2)
        out = tpl.format(agA=a, agB=b, **{k: v for k, v in c.items() if k != "start"})
        out = re.sub(r"\s+", " ", out).strip()
        return out[0].upper() + out[1:]

    def _take(self, s: str) -> str:
        self.used.append(s)
        self._used_set.add(s)
        return s

    def _fresh(self, pools: list[list[str]], tries: int = 80) -> str:
        """Prefer a template not yet used in this file, walking the fallback
        chain; only when all are used, re-use a template with slots (new fill)."""
        for pool in pools:
            unused = [t for t in pool if t not in self._tpl_used]
            if unused:
                t = self.rng.choice(unused)
                s = self.fill(t)
                if s not in self._used_set:
                    self._tpl_used.add(t)
                    self._tpl_of[s] = t
                    return self._take(s)
        slotted = [t for pool in pools for t in pool
                   if ("{agA}" in t or "{agB}" in t) and t not in self._protected]
        for _ in range(tries):
            t = self.rng.choice(slotted)
            s = self.fill(t)
            if s not in self._used_set:
                self._reused[s] = t
                return self._take(s)
        raise RuntimeError("sentence pool exhausted")

    def next_date(self, lo: int = 4, hi: int = 38) -> _dt.date:
        self.date = self.date + _dt.timedelta(days=self.rng.randint(lo, hi))
        return self.date

    def _event(self) -> str:
        if not self.events:
            raise RuntimeError("chronology events exhausted")
        return self.events.pop(0)

    # -- paragraphs ----------------------------------------------------------
    def opener(self, kind: str) -> str:
        opens = POOLS[kind][0]
        while self.open_pos[kind] < len(opens):
            i = self.order[kind][self.open_pos[kind]]
            self.open_pos[kind] += 1
            s = self.fill(opens[i])
            win = " ".join(s.split()[:8])
            if s not in self._used_set and win not in self._start_windows:
                self._start_windows.append(win)
                return self._take(s)
        raise RuntimeError(f"openers exhausted for {kind}")

    def sentences(self, kind: str, target: int | None = None, lo: int | None = None,
                  hi: int | None = None) -> list[str]:
        rlo, rhi = WORD_RANGES[kind]
        lo = rlo if lo is None else lo
        hi = rhi if hi is None else hi
        if target is None:
            target = self.rng.randint(lo, hi)
        self._forms_used: list[int] = []
        if kind == "chrono":
            self.quota = max(1, len(self.events) // max(1, self.chrono_left)) - 1
            self.chrono_left -= 1
            d = self.next_date()
            sents = [self._take(self.fill(f"On {fmt_date(d)}, " + self._event() + "."))]
        else:
            sents = [self.opener(kind)]
        n = lambda: sum(len(words(s)) for s in sents)  # noqa: E731
        while n() < target:
            sents.append(self._body(kind))
        while n() > min(hi, 350) and len(sents) > 2:
            dropped = sents.pop()
            self._used_set.discard(dropped)
        if n() < 80:
            sents.append(self._body(kind))
        assert 80 <= n() <= 350, (kind, n())
        if sents[-1] in self._reused:
            for j in range(len(sents) - 2, 0, -1):
                if sents[j] not in self._reused:
                    sents.append(sents.pop(j))
                    break
        if sents[-1] in self._reused:
            # swap the re-used tail for a sentence from a template not yet used anywhere
            chain = [POOLS[k][1] for k in FALLBACK.get(kind, ["analysis"])] + [
                FINDING_BODY, ANALYSIS_BODY, INTRO_BODY, REC_BODY, APPENDIX_BODY]
            for pool in chain:
                unused = [t for t in pool if t not in self._tpl_used]
                if unused:
                    t = unused[0]
                    new = self.fill(t)
                    if new in self._used_set:
                        continue
                    old = sents.pop()
                    self._used_set.discard(old)
                    self._tpl_used.add(t)
                    self._tpl_of[new] = t
                    sents.append(self._take(new))
                    break
            while n() > 350 and len(sents) > 2:
                old = sents.pop(-2)
                self._used_set.discard(old)
        # last resort: remove re-used sentences from the paragraph while it stays >= 80 words
        j = len(sents) - 1
        while sents[-1] in self._reused and j > 0:
            if sents[j] in self._reused and n() - len(words(sents[j])) >= 80:
                self._used_set.discard(sents.pop(j))
                j = len(sents) - 1
            else:
                j -= 1
        if sents[-1] in self._reused:
            for j in range(len(sents) - 2, 0, -1):
                if sents[j] not in self._reused:
                    sents.append(sents.pop(j))
                    break
        if sents[-1] in self._reused or not 80 <= n() <= 350:
            raise RuntimeError("paragraph would end with a re-used template")
        if sents[-1] in self._tpl_of:
            self._protected.add(self._tpl_of[sents[-1]])
        return sents

    def _body(self, kind: str) -> str:
        if kind == "chrono":
            r = self.rng.random()
            if r < 0.6 and self.events and self.quota > 0:
                self.quota -= 1
                form = self.rng.randrange(4)
                while form in self._forms_used and form != 0:
                    form = self.rng.randrange(4)
                self._forms_used.append(form)
                if form == 0:
                    d = self.next_date()
                    lead = f"On {fmt_date(d)}, "
                elif form == 1:
                    k = self.rng.randint(2, 12)
                    self.date = self.date + _dt.timedelta(days=k)
                    lead = f"{NUMWORDS[k - 2]} days later, "
                elif form == 2:
                    self.next_date(1, 6)
                    lead = "Later the same week, "
                else:
                    self.next_date(25, 40)
                    lead = "The following month, "
                for _ in range(5):
                    s = self.fill(lead + self._event() + ".")
                    if s not in self._used_set:
                        return self._take(s)
                raise RuntimeError("duplicate event")
            return self._fresh([CHRONO_COMMENT, ANALYSIS_BODY])
        return self._fresh([POOLS[k][1] for k in FALLBACK[kind]])

    def para(self, kind: str, **kw) -> str:
        return " ".join(self.sentences(kind, **kw))


GEN_ORDER = ["appendix", "rec", "intro", "family", "chrono", "finding", "analysis"]


def _windows_ok(paras: list[list[str]]) -> list[int]:
    """Indices of paragraphs whose first-8 or last-6 word window is not unique in the file."""
    texts = [" ".join(p) for p in paras]
    full = " \n ".join(texts)
    bad = []
    for i, t in enumerate(texts):
        ws = t.split()
        if full.count(" ".join(ws[:8])) != 1 or full.count(" ".join(ws[-6:])) != 1:
            bad.append(i)
    return bad


def write_all_sents(w: Writer, kinds: list[str], **kw) -> list[list[str]]:
    """Write paragraphs for `kinds` (document order), generating the scarce kinds
    first so that fallbacks draw on the large analysis pool; then make every
    paragraph's first-8 and last-6 word windows unique in the file by choosing a
    different (non-re-used) closing sentence where needed."""
    out: list[list[str] | None] = [None] * len(kinds)
    for g in GEN_ORDER:
        for i, k in enumerate(kinds):
            if k == g:
                out[i] = w.sentences(k, **kw)
    assert all(o is not None for o in out), "unknown paragraph kind"
    return fix_windows(w, out)  # type: ignore[arg-type]


def fix_windows(w: Writer, paras: list[list[str]]) -> list[list[str]]:
    for _round in range(20):
        bad = _windows_ok(paras)
        if not bad:
            return paras
        for i in bad:
            p = paras[i]
            for j in range(len(p) - 2, 0, -1):
                if p[j] not in w._reused:
                    p.append(p.pop(j))
                    break
    raise RuntimeError(f"could not make word windows unique: {_windows_ok(paras)}")


def write_all(w: Writer, kinds: list[str], **kw) -> list[str]:
    return [" ".join(p) for p in write_all_sents(w, kinds, **kw)]
