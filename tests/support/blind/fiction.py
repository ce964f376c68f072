"""Entirely FICTIONAL prose bank for blind tests of the paragraph cutter.

Every place, agency, person and event below is invented.  The sentences were
written for this test set and are not taken from any real review.  Text is
assembled deterministically from a seed so that make.py always produces the
same documents.
"""
from __future__ import annotations

import random
import re

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]

# ---------------------------------------------------------------- worlds ---
WORLDS = {
    "hanging": dict(
        child="Child M", mother="Ms A", father="Mr B",
        partnership="Eastmoor and Callowby Safeguarding Children Partnership",
        la="Eastmoor Borough Council", police="Northvale Constabulary",
        trust="Callowby Community Health Trust", school="Larkhill Primary School",
        hv="the Eastmoor 0-19 Service", gp="Ferncroft Surgery",
        housing="Moorside Homes", reviewer="Dr Ione Thackery",
        y0=2018, y1=2019, y2=2020, y3=2021, seed=11),
    "legal": dict(
        child="Child K", mother="Ms D", father="Mr E",
        partnership="Hollinsvale Safeguarding Children Partnership",
        la="Hollinsvale County Council", police="Hollinsvale and Brackmoor Police",
        trust="Brackmoor Integrated Care Trust", school="Quillmere Academy",
        hv="the Hollinsvale Healthy Families Team", gp="Orrington Lane Practice",
        housing="Brackmoor Housing Partnership", reviewer="Ms Perpetua Loame",
        y0=2016, y1=2017, y2=2018, y3=2019, seed=23),
    "cms": dict(
        child="Child T", mother="Ms G", father="Mr H",
        partnership="Wrenfield Safeguarding Children Partnership",
        la="Wrenfield Borough Council", police="Wrenfield Police",
        trust="Wrenfield and Ashcombe Health Trust", school="Pelham Rise School",
        hv="the Wrenfield Family Health Service", gp="Ashcombe Road Medical Centre",
        housing="Wrenfield Homes", reviewer="Mr Caspian Doyley",
        y0=2019, y1=2020, y2=2021, y3=2022, seed=37),
    "twocol": dict(
        child="Child J", mother="Ms R", father="Mr S",
        partnership="Saltmarsh Bay Safeguarding Partnership",
        la="Saltmarsh Bay Council", police="Estuary Police Service",
        trust="Saltmarsh Bay Health Trust", school="Gullcote Primary School",
        hv="the Saltmarsh Bay Health Visiting Service", gp="Harbour Street Surgery",
        housing="Bayside Tenancies", reviewer="Professor Albinia Crake",
        y0=2017, y1=2018, y2=2019, y3=2020, seed=41),
}

# --------------------------------------------------------------- openers ---
# One opener per paragraph; never reused inside a document.
OPENERS = {
    "intro": [
        "This report sets out the findings of a Local Child Safeguarding Practice Review commissioned by the {partnership} following serious harm to {child}.",
        "The decision to undertake a review was taken by the safeguarding partners in {month} {y3}, after the rapid review meeting concluded that the criteria were met.",
        "{child} was four years old at the time of the incident that led to this review.",
        "The purpose of the review is not to apportion blame to individuals or organisations.",
        "Throughout this report the child is referred to as {child} in order to protect their privacy and that of their family.",
        "Members of {child}'s family were invited to contribute to the review and their views have shaped its conclusions.",
        "It is important to acknowledge at the outset the commitment of the practitioners who gave their time to this review.",
        "The review period runs from {child}'s birth in {y0} until the date of the incident in {y3}.",
    ],
    "method": [
        "The review was led by an independent reviewer, {reviewer}, who has no connection to any of the agencies involved.",
        "A systems methodology was used, drawing on the principle that practice is shaped by the conditions in which practitioners work.",
        "Each agency was asked to provide a chronology of its involvement together with a short analysis of the key episodes.",
        "Two practitioner learning events were held in {month} {y3}, attended by twenty-three staff from nine organisations.",
        "Records from {police}, {trust}, children's social care, {school} and {gp} were examined in detail.",
        "Some limitations of the review should be noted at this point.",
        "The terms of reference identified four key lines of enquiry, which are set out in full at the end of this report.",
        "Parallel processes, including a police investigation, affected the timing of the review.",
    ],
    "background": [
        "{child} lived with {mother} and two older half-siblings in a privately rented flat in the north of the borough.",
        "{mother} had herself been known to children's services as a child, having spent a period in foster care between the ages of eleven and fourteen.",
        "The family moved address four times during the review period, on two occasions at short notice.",
        "{father}, who is not {child}'s biological father, joined the household in the spring of {y1}.",
        "There was a long history of domestic abuse in {mother}'s previous relationship, which had been assessed as high risk on two occasions.",
        "Professionals consistently described {child} as a quiet and watchful child who was slow to speak.",
        "English is {mother}'s second language, and interpreters were used inconsistently by the agencies involved.",
        "The household's finances were precarious for much of the period under review.",
        "{child}'s attendance at nursery was irregular from the outset.",
        "Both older siblings were subject to child in need plans for part of the review period.",
        "The maternal grandmother provided significant practical support until her own health deteriorated in {y2}.",
        "Housing conditions were a recurring concern for several of the agencies involved.",
    ],
    "chronology": [
        "The first contact of significance within the review period was a notification from {police} in {month} {y1}.",
        "In the summer of {y1} the health visitor undertook a home visit that was later described as pivotal.",
        "A referral was made to the children's services front door by {school} on the grounds of unexplained bruising.",
        "Following the strategy discussion, a decision was made to proceed with a single agency assessment rather than child protection enquiries.",
        "The child and family assessment was completed within forty-five working days and recommended a child in need plan.",
        "Between {month} and {month2} {y2} there were no home visits by any professional.",
        "On a weekday evening in {month} {y2}, {mother} attended the emergency department with {child}, who had a swollen wrist.",
        "The case was stepped down to early help in the autumn of {y2}.",
        "A second referral in the spring of {y3} came from a neighbour who reported hearing shouting and a child crying late at night.",
        "By the beginning of {y3} the child in need plan had been closed and the early help offer had not been taken up.",
        "The multi-agency risk assessment conference discussed the family in {month} {y2}.",
        "{gp} saw {child} on six occasions in the eighteen months before the incident.",
        "The incident that led to this review occurred in {month} {y3}.",
        "Immediately after the incident {child} was placed with foster carers and has since moved to live with a relative.",
    ],
    "analysis": [
        "The review has identified a number of points at which the risk to {child} might have been better understood.",
        "A recurring theme is the extent to which professionals relied on {mother}'s account without seeking corroboration.",
        "The role of {father} was not explored by any agency in a meaningful way.",
        "Information sharing between agencies was generally timely, but its significance was not always recognised.",
        "Practitioners told the review that high caseloads had made it difficult to build a relationship with the family.",
        "The threshold decision at the front door in {y1} was, in the view of the reviewer, reasonable on the information available.",
        "Less defensible was the decision to close the child in need plan in {y3}.",
        "There is little evidence that {child}'s lived experience was captured in the assessments completed during the review period.",
        "The review has considered whether the family's cultural background influenced professional responses.",
        "Missed health appointments were recorded by each service but were not viewed collectively.",
        "Escalation procedures existed but were not used by any of the practitioners involved.",
        "It is striking that the bruising seen in {y2} was never the subject of a child protection medical.",
        "The quality of supervision received by the allocated social worker varied considerably.",
        "Neglect is often cumulative, and its impact can be hard to see in any single episode.",
        "Professional optimism is a recognised risk in safeguarding practice.",
        "The use of interpreters deserves specific comment.",
        "Several practitioners expressed uncertainty about the role of the lead professional once the case moved to early help.",
        "Agencies were aware of the domestic abuse history but did not connect it to the risk to {child}.",
    ],
    "practice": [
        "Some elements of practice were of a high standard and should be recognised.",
        "The school's designated safeguarding lead maintained detailed and well-organised records.",
        "Since the incident, {la} has introduced a revised step-down protocol.",
        "{trust} has reviewed its guidance on the assessment of injuries in pre-verbal children.",
        "{police} has provided additional training for officers attending domestic incidents where children are present.",
        "The partnership has already begun work on several of the issues identified in this report.",
        "Good practice was also evident in the response of the ambulance crew.",
        "The health visiting service introduced a system of flagging repeated missed contacts during the review period.",
        "Front door managers now hold a daily multi-agency review of contacts that have not progressed to assessment.",
        "Learning from this review has been shared informally with practitioners ahead of publication.",
    ],
    "tor": [
        "The review will consider the period from {child}'s birth in {y0} to the date of the incident in {y3}, together with any relevant earlier history.",
        "Agencies will be asked to provide a chronology and a short analysis of their involvement with the family.",
        "The family will be invited to contribute, and their contribution will be offered in a form that suits them.",
        "How well did agencies understand the daily lived experience of {child}?",
        "Were the risks posed by adults in the household identified, shared and assessed?",
        "How effective was the decision to step the case down to early help, and how was it communicated?",
    ],
    "conclusion": [
        "In conclusion, the harm suffered by {child} could not have been predicted with certainty.",
        "The review makes the following recommendations to the safeguarding partners.",
        "The partnership is asked to seek assurance within six months that the revised step-down protocol is being applied consistently.",
        "Agencies should ensure that the views and daily experience of pre-verbal children are recorded in every assessment.",
        "The safeguarding partners will publish an action plan alongside this report.",
        "The family have been informed of the findings of the review.",
        "Finally, the reviewer wishes to thank the members of {child}'s family who contributed.",
        "The partnership should report on progress against these recommendations in its next annual report.",
    ],
}

# --------------------------------------------------------------- fillers ---
FILLERS = [
    "The records show that this was discussed with a manager, although the rationale for the decision was not written down.",
    "Practitioners who attended the learning event described feeling that they were working largely on their own.",
    "There is no indication that anyone spoke with {child} directly on this occasion.",
    "{mother} told the review that she had found some professionals helpful and others judgemental.",
    "With hindsight it is easy to see a pattern, but at the time each event appeared to be separate and explicable.",
    "The health visitor recorded that the home was cluttered but that there was food in the cupboards.",
    "No agency held a complete picture of the family's circumstances at any point during this period.",
    "The review was told that the team was carrying several vacancies and relied on agency staff.",
    "It is not clear from the records whether the information was passed to the school.",
    "The explanation given was plausible and was accepted without further enquiry.",
    "This was an opportunity to convene a multi-agency meeting, and it was not taken.",
    "Several agencies recorded concerns about the condition of the property, including damp and a broken front door lock.",
    "The social worker visited on three occasions but on two of these nobody answered the door.",
    "Follow-up contact was attempted by telephone, without success.",
    "In interview, the practitioner reflected that she had been reassured by {mother}'s warmth towards the children.",
    "The decision was consistent with the local threshold guidance as it was then written.",
    "That guidance has since been revised, partly in response to the issues raised here.",
    "The paediatric notes record that the injury was consistent with the account given.",
    "No check was made with other agencies before the case was closed.",
    "The family were not told why the plan had ended or who they could contact if things became difficult again.",
    "{father} was not present at any of the meetings, and no attempt was made to involve him.",
    "The children's grandmother later told the review that she had been worried for some time but did not know who to speak to.",
    "This is a familiar finding in reviews of this kind, and it is one that the partnership has recognised before.",
    "The review does not consider that any individual practitioner could reasonably have been expected to act differently.",
    "Rather, the difficulty lay in the way the system brought information together, or failed to.",
    "Managers acknowledged that supervision during this period tended to focus on timescales rather than reflection.",
    "A referral to the domestic abuse service was made but not followed up when {mother} declined the offer.",
    "The nursery recorded that {child} arrived hungry on a number of mornings and was often in the same clothes.",
    "These observations were shared with the health visitor but were not escalated further.",
    "It was also the first time that the name of {father} appeared in any agency record.",
    "The police officers who attended completed a risk assessment which graded the incident as standard risk.",
    "A notification was sent to children's services the following day, in line with the agreed protocol.",
    "The notification was reviewed at the front door and closed with no further action.",
    "Practitioners spoke candidly about the pressures they faced and the review is grateful for their openness.",
    "The assessment was thorough in its description of the adults' needs but said little about {child}.",
    "At no point was a chronology compiled that drew together the information held by different agencies.",
    "The family's frequent moves meant that responsibility for the case passed between three different teams.",
    "Each transfer led to a delay while the new team familiarised itself with the history.",
    "{mother} has since said that she felt unable to tell professionals what was happening because she feared the children would be removed.",
    "This fear is understandable and is reflected in the wider research on parents' experiences of child protection services.",
    "The reviewer has seen the minutes of the meeting, which are brief and do not record the reasons for the decision.",
    "No single agency was clearly identified as responsible for coordinating the response.",
    "The school attendance officer made two home visits and left calling cards on both occasions.",
    "The emergency department did not routinely share information about attendances by young children with the health visiting service.",
    "This has since changed, and a daily liaison process is now in place.",
    "The review heard differing accounts of what was agreed at the meeting.",
    "Where accounts differ, the reviewer has relied on contemporaneous records wherever possible.",
    "The picture that emerges is of a family under considerable strain, with limited support from outside the household.",
    "There were, however, also periods of relative stability during which {child} appeared to be thriving.",
    "Nursery staff described {child} as affectionate and eager to please during these periods.",
    "It would be wrong to present the history as one of uniform decline.",
    "The review has taken care not to judge past decisions by what is now known.",
    "The learning identified in this section applies across the partnership and is not confined to any one agency.",
    "The records do not show whether {mother} was offered an interpreter for this appointment.",
    "A family member was used to interpret, which is contrary to the policy of every agency involved.",
    "The implications of this were not considered at the time.",
    "Housing officers from {housing} visited the property following a complaint about noise.",
    "Their record notes that a young child was present but does not describe the child or the circumstances.",
    "Housing staff told the review that they had not received safeguarding training that covered this kind of situation.",
    "{housing} has since added a module on recognising neglect to its induction programme.",
    "The general practice record contains a number of entries that, taken together, might have raised concern.",
    "However, these entries were made by different clinicians over a long period, and none of them saw the whole picture.",
    "The practice now holds a monthly safeguarding meeting at which vulnerable families are discussed.",
    "The use of the early help assessment was appropriate in principle, but the plan that followed lacked clear outcomes.",
    "The lead professional changed twice in four months.",
    "{mother} said she was never sure who she was supposed to contact.",
    "The review has been unable to establish why the second referral was not linked with the earlier history.",
    "The case management system at that time did not automatically display previous contacts relating to siblings.",
    "Managers described a culture in which closing cases was seen as a measure of success.",
    "This has since been discussed openly within the service, and performance measures have been broadened.",
    "The reviewer considers that a strategy discussion should have been held at this point.",
    "The absence of a strategy discussion meant that the police did not contribute their information to the decision.",
    "Had they done so, the history of domestic abuse would have been more prominent.",
    "Practitioners need the time and support to think about what life is like for the child day to day.",
    "Tools that prompt this kind of thinking are available locally but were not used.",
    "The learning event identified a number of practical barriers to using these tools, including the time they take to complete.",
    "Importantly, the practitioners involved were aware of the family's circumstances and were concerned.",
    "The difficulty was in translating concern into coordinated action.",
    "The family were eligible for a range of services that were not offered to them.",
    "It appears that the focus on the immediate crisis left little room for longer-term planning.",
    "This pattern of episodic involvement is characteristic of families whose needs fluctuate.",
    "The consultant paediatrician who reviewed the records for this report commented that the pattern of injuries was unusual.",
    "She noted, however, that each injury in isolation was minor and had a credible explanation.",
    "The partnership's multi-agency audit programme had not examined any cases of this type in the previous two years.",
    "A themed audit of step-down decisions is now planned.",
    "{child}'s voice is largely absent from the records reviewed.",
    "This is partly a consequence of age, but it also reflects the limited time professionals spent with {child}.",
    "Observation of a pre-verbal child's behaviour and presentation can tell practitioners a great deal.",
    "The records rarely describe what {child} was doing, how {child} responded to adults, or how {child} looked.",
    "Some agencies have already taken steps to address this.",
    "A revised recording template now includes a mandatory section on the child's presentation.",
    "The review welcomes this change but notes that a template alone will not change practice.",
    "Supervision should routinely ask what the child's day is like and how the practitioner knows.",
    "The review heard that {mother} had been struggling with low mood for some time.",
    "She had been prescribed medication by the general practice but had not attended a review appointment.",
    "Her mental health was not considered as part of the assessment of parenting capacity.",
    "This was a significant omission given the other stresses on the household.",
    "The adult mental health service had no record of the family.",
    "Referral pathways between primary care and specialist services were described as confusing by several practitioners.",
    "The partnership may wish to consider whether these pathways could be simplified.",
    "Throughout this period the school remained a consistent and positive presence in the lives of the older children.",
    "Staff there knew the family well and had a good relationship with {mother}.",
    "The school's concerns were shared promptly and clearly.",
    "It is regrettable that they did not always receive feedback about what had happened as a result.",
    "Feedback to referrers is an important part of maintaining confidence in the system.",
]

# ------------------------------------------------- combinatorial episodes ---
# "{when}, {actor} {event}." - gives many distinct but sober sentences.
WHEN = ["In {month} {yr}", "Early in {yr}", "Towards the end of {yr}", "A fortnight later",
        "Later the same month", "The following week", "Some three months afterwards",
        "During the summer of {yr}", "Shortly before Christmas {yr}", "On a Monday morning in {month} {yr}",
        "At around the same time", "In the autumn of {yr}"]
ACTORS = ["the health visitor", "the allocated social worker", "a police officer", "the nursery manager",
          "the school's designated safeguarding lead", "a practice nurse at {gp}", "an early help worker",
          "the family support worker", "a housing officer from {housing}", "the duty social worker",
          "a community midwife", "the school nurse"]
EVENTS = [
    "made an unannounced home visit and found the flat cold and sparsely furnished",
    "telephoned {mother} to arrange an appointment, but the call went unanswered",
    "recorded that {child} had a small bruise to the forehead, which {mother} attributed to a fall in the park",
    "noted that {child} appeared tired and had a persistent cough",
    "sent a letter offering a further appointment, which was not attended",
    "spoke to {mother}, who said that {father} had moved out and that things were calmer",
    "recorded a concern that {child}'s speech was not developing as expected",
    "emailed the front door to share an observation about {child}'s weight",
    "completed a home visit during which {father} was present and said very little",
    "attended a core group meeting at which it was agreed that the plan was working",
    "shared information with the school about the older siblings' attendance",
    "noted that the family had rent arrears and had been warned about possible eviction",
    "observed {child} playing contentedly and interacting warmly with {mother}",
    "discussed the family in supervision, and it was agreed to continue to monitor",
    "was told by a neighbour that the children were often left alone in the evenings",
    "asked {mother} about her relationship with {father}, but did not record her answer",
    "offered a referral to a parenting programme, which {mother} accepted but did not attend",
    "recorded that the home was clean and tidy and that there was adequate food",
    "noticed that {child} became very still when {father} raised his voice",
    "arranged for an interpreter, but the interpreter did not arrive",
    "saw {child} briefly at the door but was not invited in",
    "received a call from {mother} asking for help with food vouchers",
]
SUBJECTS = ["This episode", "The record of this contact", "This information", "The decision that followed",
            "What happened next", "The response on this occasion", "The note of this visit"]
FINDINGS = [
    "was not shared with any other agency",
    "is recorded in some detail, but its significance was not explored",
    "should have prompted a discussion with a manager",
    "was consistent with agency procedures at the time",
    "was not linked with what was already known about the family",
    "represented an opportunity to hear directly from {child}",
    "illustrates how hard it can be to see a pattern in a series of minor concerns",
    "was filed on a sibling's record rather than on {child}'s",
    "does not appear in the chronology supplied by the agency",
    "was discussed at the learning event, where practitioners took differing views of it",
]

XREF_TEMPLATES = [
    "This is considered further at paragraph {x}.",
    "The same issue arose in a different form, as described at paragraph {x}.",
    "(See also paragraph {x}.)",
    "The reviewer returns to this point in paragraph {x} below.",
]

BULLET_LEADINS = [
    "In particular, the review found that practitioners were not always clear about the following matters:",
    "Practitioners identified a number of factors which they felt had contributed:",
    "The records for this period show that:",
]

BULLETS = [
    "who held lead responsibility once the case was stepped down;",
    "whether the concerns of the school had been shared with the general practice;",
    "how to escalate a disagreement about a threshold decision;",
    "what weight to give to the account of a parent who was also a victim of abuse;",
    "when a child protection medical should be requested for a child under five;",
    "how the views of a pre-verbal child should be recorded; and",
    "which agency should follow up a missed health appointment.",
]


class Writer:
    """Deterministic paragraph assembler for one fictional world."""

    def __init__(self, world: str):
        self.w = dict(WORLDS[world])
        self.rng = random.Random(self.w.pop("seed"))
        self.used_openers: set[str] = set()
        self.used_sents: set[str] = set()
        # Fillers were written in small runs that read on from one another,
        # so they are taken in order from a seeded starting point.
        self.fillers = list(FILLERS)
        self.fi = self.rng.randrange(len(self.fillers))

    def fill(self, s: str) -> str:
        d = dict(self.w)
        m = self.rng.randrange(12)
        d["month"] = MONTHS[m]
        d["month2"] = MONTHS[(m + self.rng.randint(2, 4)) % 12]
        return s.format(**d)

    def opener(self, theme: str) -> str:
        pool = [o for o in OPENERS[theme] if o not in self.used_openers]
        if not pool:  # borrow from the analysis pool, then anything left
            pool = [o for t in OPENERS for o in OPENERS[t] if o not in self.used_openers]
        o = pool[0]
        self.used_openers.add(o)
        return self.fill(o)

    def filler(self) -> str:
        s = self.fillers[self.fi % len(self.fillers)]
        self.fi += 1
        return self.fill(s)

    def episode(self) -> str:
        r = self.rng
        for _ in range(50):
            yr = r.choice([self.w["y1"], self.w["y2"]])
            when = r.choice(WHEN).replace("{yr}", str(yr))
            s = f"{when}, {r.choice(ACTORS)} {r.choice(EVENTS)}."
            s = self.fill(s)
            if s not in self.used_sents:
                break
        self.used_sents.add(s)
        s = s[0].upper() + s[1:]
        if r.random() < 0.5:
            for _ in range(20):
                t = self.fill(f"{r.choice(SUBJECTS)} {r.choice(FINDINGS)}.")
                if t not in self.used_sents:
                    self.used_sents.add(t)
                    s += " " + t
                    break
        return s

    def paragraph(self, theme: str, lo: int = 150, hi: int = 400, xref: str | None = None) -> str:
        target = self.rng.randint(lo, hi)
        sents = [self.opener(theme)]
        n = len(sents[0].split())
        while n < target:
            if self.rng.random() < 0.5:
                chunk = [self.episode()]
            else:
                chunk = [self.filler() for _ in range(self.rng.randint(1, 3))]
            for s in chunk:
                sents.append(s)
                n += len(s.split())
        if xref:
            pos = self.rng.randint(2, max(2, len(sents)))
            sents.insert(pos, XREF_TEMPLATES[self.rng.randrange(len(XREF_TEMPLATES))].format(x=xref))
        return " ".join(sents)

    def bullets(self, k: int) -> list[str]:
        b = [re.sub(r"(;\s*and|;|\.)$", "", x.strip()) for x in BULLETS[:k]]
        out = [x + ";" for x in b[:-2]] + [b[-2] + "; and", b[-1] + "."]
        return out


def first_words(text: str, n: int = 8) -> str:
    return " ".join(text.split()[:n])


def last_words(text: str, n: int = 6) -> str:
    return " ".join(text.split()[-n:])


def words(text: str) -> int:
    return len(re.findall(r"\S+", text))
