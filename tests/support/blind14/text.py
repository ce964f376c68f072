"""Invented prose for the blind14 fixtures. FICTIONAL – for software testing.

Two vocabularies: one for child safeguarding practice reviews and one for safeguarding adults reviews. Every
paragraph opens with a sentence naming a service and a concern and closes with a sentence naming a place and a
month, so that the first and last words of each paragraph are unique across the round. The prose uses
typographic apostrophes and quotation marks, as a report written in Word does; every character is in
Windows-1252 so that the same text can be set in a standard PDF font. All people, places and services are
invented.
"""
import random
import re

CHILD_AGENCIES = [
    "the children’s assessment team", "Moorwick Police", "the health visiting service", "the school nursing team",
    "the Larchmont Road surgery", "the early help hub", "the youth offending service", "the child and adolescent "
    "mental health service", "the virtual school", "the pupil referral unit", "the independent reviewing officer",
    "the family support worker", "the paediatric liaison nurse", "the multi-agency safeguarding hub",
    "the designated safeguarding lead", "the community paediatrician", "the housing options team",
    "the missing children coordinator",
]
CHILD_ISSUES = [
    "the bruise on her forearm", "the repeated missing episodes", "the older boyfriend", "the overcrowded flat",
    "the mother’s low mood", "the unexplained absences", "the late booking of the pregnancy", "the dog bite",
    "the stepfather’s drinking", "the unpaid nursery fees", "the poor school readiness", "the change of GP",
]
ADULT_AGENCIES = [
    "the adult social care duty team", "the community mental health team", "the district nursing service",
    "the Wendlebury Medical Practice", "the ambulance trust", "the hospital discharge team", "the care agency",
    "the independent advocacy service", "the probation officer", "the drug and alcohol service",
    "the tenancy sustainment officer", "the Orme Valley day centre", "the fire and rescue service",
    "the occupational therapist", "the safeguarding adults team", "the memory clinic",
]
ADULT_ISSUES = [
    "the self-neglect", "the hoarding in his flat", "the missed medication", "the suspected financial abuse",
    "his refusal of personal care", "the carer’s assessment", "the question of his capacity", "the repeated falls",
    "the pressure ulcers", "the rent arrears", "the cold and unheated bedroom", "his weight loss",
]
OPENERS = [
    "{A} first became aware of {i} in the spring.",
    "{A} handled {i} competently but in isolation.",
    "{A} did not treat {i} as a safeguarding matter.",
    "{A} recorded {i} carefully but told no other agency.",
    "{A} told the reviewer that {i} had worried them for months.",
    "{A} saw {i} differently from the other agencies.",
    "{A} was never asked to comment on {i} at any meeting.",
]
PLACES = [
    "Moorwick", "Larchmont", "Wendlebury", "Orme Valley", "Castlegate", "Hollins Green", "Sedgebarrow",
    "Pennock", "Thrushcross", "Ellerdine", "Nantmawr", "Brackenholme", "Fenwick Staithe", "Owlcotes",
    "Redesdale Cross", "Amberley Chase", "Swanholme", "Kettlewick",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
CLOSERS = [
    "The team manager confirmed this account at the {p} office in {m}.",
    "Practitioners returned to {i2} at the {p} reflective session in {m}.",
    "The same point was made in the written response from {a2} at {p} in {m}.",
    "A relative described it to the reviewer at a meeting in {p} in {m}.",
    "The review panel agreed this finding when it met at {p} in {m}.",
    "A family friend repeated the point to the reviewer in {p} in {m}.",
]
CHILD_POOL = [
    "Each agency saw a small part of the child’s life, and each assumed that somebody else saw the rest.",
    "Visits were announced in advance, so the home was seldom seen as it was on an ordinary day.",
    "The records describe what adults said about the child far more often than what the child said.",
    "A strategy discussion was considered twice but was not held, because the threshold was judged not to be met.",
    "The mother was described as “guarded”, but nobody recorded asking her what help she wanted.",
    "The school’s concerns were passed on by email and were not followed by a telephone call.",
    "The health visitor’s last contact was a letter, after three appointments had been missed.",
    "Several referrals were closed with “no further action” without the referrer being told.",
    "Supervision notes show that the social worker raised her unease, but the plan did not change.",
    "The stepfather was not seen by any professional during the whole of the period under review.",
    "Information about the older boyfriend was held by the police but was not shared with the school.",
    "The review heard that staff turnover meant the family had four social workers in eleven months.",
    "Nobody compiled a single chronology until after the incident that led to this review.",
    "The child’s wishes and feelings were recorded once, in a form completed at the end of a school term.",
    "Agencies spoke about “engagement” when they meant attendance at appointments they had chosen.",
    "There was good practice too, particularly from the school nurse, who kept in touch over the summer.",
    "The panel noted that the local neglect strategy had been published but not yet put into practice.",
    "Escalation was discussed in two meetings, but the partnership’s procedure was not used.",
    "The family’s move into temporary accommodation brought a change of school and of GP.",
    "Professionals rarely asked about the adults who came and went from the household.",
    "Decisions about the case were made in corridors and on the telephone and were not written down.",
    "The child in need review meetings were cancelled three times because the key agencies could not attend.",
    "The reviewer found no evidence that the father’s family had been considered as a source of support.",
    "Missed health appointments were counted, but their effect on the child was not analysed.",
    "Practitioners felt unable to question a decision taken by the front door manager.",
    "The panel was told that new joint training on adolescent risk has since been arranged.",
]
ADULT_POOL = [
    "He was described in the records as “a private man”, and that description shaped how services approached him.",
    "Offers of help were made by letter, and when he did not reply the cases were closed.",
    "His right to make unwise decisions was quoted often, but his capacity to make them was not assessed.",
    "No agency held a complete picture of his health, his housing and his finances at the same time.",
    "The district nurses noticed the condition of the flat but did not know where to report it.",
    "A multi-agency risk management meeting was proposed in the summer but was never convened.",
    "His brother had raised concerns with the GP practice, and they were recorded but not acted on.",
    "The care agency’s visits were cut from four a day to two without a review of his needs.",
    "Staff described him as “difficult to engage”, yet the records show he accepted help that was practical.",
    "The self-neglect policy was not used, and several practitioners did not know that it existed.",
    "Hospital discharge happened late on a Friday, and community services learned of it the following week.",
    "Fire safety advice was given once, but the follow-up visit was not booked.",
    "The advocacy referral was made after he had already been discharged home.",
    "Nobody asked him directly how he spent his days or whom he trusted.",
    "There was a pattern of closing contacts as “lifestyle choice” without exploring the reasons behind it.",
    "The review found good practice from the occupational therapist, who visited on her own initiative.",
    "The panel heard that the pressure on the duty team that winter was exceptional.",
    "Information about the suspected financial abuse was shared with the police but not with his bank.",
    "Legal literacy was uneven, particularly about when the duty to make enquiries applied.",
    "His own account of his situation appears in the records only in short quotations.",
    "Repeated ambulance call-outs were treated as separate events rather than as a pattern.",
    "The housing provider’s records show concern about the rent arrears but not about his health.",
    "Managers agreed that the escalation route for self-neglect cases was unclear.",
    "The partnership has since published a practice guide on working with people who decline support.",
]


def _w(s):
    return s.split()


def _cap(s):
    return s[0].upper() + s[1:]


class ParaMaker:
    """Deterministic, unique paragraphs of roughly a requested length, child or adult vocabulary."""

    def __init__(self, seed=14):
        self.pairs = {}
        for kind, ags, iss in (("child", CHILD_AGENCIES, CHILD_ISSUES), ("adult", ADULT_AGENCIES, ADULT_ISSUES)):
            pairs = [(a, i) for a in ags for i in iss]
            random.Random(seed + len(kind)).shuffle(pairs)
            self.pairs[kind] = pairs
        self.j = {"child": 0, "adult": 0}
        self.k = 0
        self.used = set()

    def make(self, target_words, kind="child"):
        k = self.k
        self.k += 1
        pairs = self.pairs[kind]
        while True:  # skip a pairing whose first eight words an earlier paragraph already had
            a, i = pairs[self.j[kind] % len(pairs)]
            opener = OPENERS[self.j[kind] % len(OPENERS)].format(A=_cap(a), i=i)
            self.j[kind] += 1
            if " ".join(opener.split()[:8]) not in self.used:
                self.used.add(" ".join(opener.split()[:8]))
                break
        a2, i2 = pairs[(k * 13 + 29) % len(pairs)]
        p, m = PLACES[k % len(PLACES)], MONTHS[(k // len(PLACES) + 5 * k) % len(MONTHS)]
        closer = _cap(CLOSERS[k % len(CLOSERS)].format(a2=a2, i2=i2, p=p, m=m))
        pool = (CHILD_POOL if kind == "child" else ADULT_POOL)[:]
        random.Random(14100 + k).shuffle(pool)
        body, n = [opener], len(_w(opener)) + len(_w(closer))
        for s in pool:
            if n + len(_w(s)) > target_words:
                continue
            body.append(s)
            n += len(_w(s))
            if n >= target_words - 8:
                break
        body.append(closer)
        return " ".join(body)


def key_words(text):
    w = text.split()
    return " ".join(w[:8]), " ".join(w[-6:])


def norm(s):
    return re.findall(r"\w+", s.lower())


def contains_seq(hay, needle):
    n = len(needle)
    return any(hay[k:k + n] == needle for k in range(len(hay) - n + 1))
