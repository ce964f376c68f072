"""Invented prose for the blind16 fixtures. FICTIONAL – for software testing.

Three vocabularies: child safeguarding practice reviews, safeguarding adults reviews and domestic abuse related
death reviews. Every paragraph opens with a sentence naming a service and a concern and closes with a sentence
naming a place and a month, so that the first and last words of each paragraph are unique across the round. The
prose uses typographic apostrophes and quotation marks, as a report written in a word processor does; every
character is in Windows-1252. All people, places and services are invented; nothing is graphic.
"""
import random
import re

AGENCIES = {
    "child": [
        "the Brackenmoor children’s social care team", "Orrisdale Constabulary", "the health visitor",
        "the Kestle Bridge primary school", "the Wendleby Road surgery", "the early help worker",
        "the school nurse", "the youth offending team", "the child and adolescent mental health service",
        "the attendance officer", "the housing options team", "the designated nurse", "the duty manager",
        "the independent reviewing officer", "the nursery key worker", "the kinship carer",
        "the breakfast club", "the children’s ward",
    ],
    "adult": [
        "the Saltcote adult social care team", "the community mental health team", "the district nursing team",
        "the Fennick Cross medical practice", "the ambulance crew", "the discharge coordinator",
        "the home care agency", "the independent advocate", "the memory clinic", "the drug and alcohol service",
        "the tenancy support officer", "the day centre", "the fire and rescue service", "the hospital social worker",
        "the safeguarding lead", "the community pharmacist",
    ],
    "dhr": [
        "the Ledgerwood Lane surgery", "Hallamby Police", "the domestic abuse advocate", "the risk conference",
        "the Thornbeck housing association", "the substance misuse service", "the midwifery team",
        "the emergency department at Hallamby Royal", "the probation service", "the employee assistance service",
        "the family centre", "the home treatment team", "the outreach worker", "the victim support service",
        "the local policing team", "the behaviour change programme",
    ],
}
ISSUES = {
    "child": [
        "the bruise on his arm", "the nights spent at a friend’s flat", "the man who collected him",
        "the cold and damp bedroom", "the mother’s low mood", "the poor attendance", "the hidden pregnancy",
        "the weight loss", "the new lodger", "the fixed-term exclusion", "the missed dental checks",
        "the move to temporary housing",
    ],
    "adult": [
        "the pressure sores", "the hoarding in the flat", "the missed medication", "the cash withdrawals",
        "his refusal to open the door", "the carer’s strain", "the question of his capacity", "the falls at night",
        "the unopened letters", "the rent arrears", "the broken boiler", "the loss of weight",
    ],
    "dhr": [
        "the coercive behaviour", "the injury to her hand", "the disclosure to her friend",
        "the abusive messages", "the breach of the non-molestation order", "his heavy drinking",
        "the separation in the spring", "the missed scan appointments", "the control of her wages",
        "the risk checklist", "the calls to her workplace", "the request for a refuge place",
    ],
}
OPENERS = [
    "{A} heard about {i} later than it should have.",
    "{A} acted on {i} quickly but on its own.",
    "{A} treated {i} as an everyday matter.",
    "{A} recorded {i} but told nobody else.",
    "{A} described to the panel how {i} was understood.",
    "{A} read {i} differently from the other agencies.",
    "{A} was not asked to discuss {i} with partners.",
    "{A} took {i} seriously from the outset.",
]
PLACES = [
    "Brackenmoor", "Orrisdale", "Saltcote", "Hallamby", "Thornbeck", "Ledgerwood", "Kestle Bridge",
    "Fennick Cross", "Wendleby", "Marrowfield", "Ashcombe Lees", "Pitchford", "Hollinsgate", "Carrow End",
    "Dunsley Moor", "Penhallow", "Skelwith Green", "Tarrant Hythe", "Oldcastle Row",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
CLOSERS = [
    "The team manager confirmed that account at {p} in {m}.",
    "Practitioners returned to {i2} at the {p} learning event in {m}.",
    "The written response from {a2} made the same point in {m}, from {p}.",
    "A relative described this to the reviewer in {p} in {m}.",
    "The panel agreed this analysis at its {p} meeting in {m}.",
    "A neighbour gave the reviewer the same account at {p} in {m}.",
    "This was checked against the records kept at {p} in {m}.",
]
POOL = {
    "child": [
        "Each agency held part of the picture, and no one brought the parts together.",
        "Home visits were booked by text message, so the home was seldom seen unannounced.",
        "The records say far more about the adults’ views than about what the boy said himself.",
        "A strategy discussion was considered twice but was never held.",
        "His mother was called “difficult to engage”, although she kept almost every appointment she was given.",
        "Concerns from the school were sent by secure email and were not followed up by telephone.",
        "The health visitor’s last contact was a letter after two visits had found nobody at home.",
        "Three referrals were closed without the referrer being told the outcome.",
        "Supervision notes show that the social worker raised her doubts, but the plan did not change.",
        "The mother’s partner was never seen by any professional in the period under review.",
        "Police information about the man who collected him was not shared with the school.",
        "Staff changes meant that the family had four different social workers in one year.",
        "No agency kept a combined chronology until this review asked for one.",
        "His wishes and feelings were recorded once, on a form filled in quickly before the summer holidays.",
        "Professionals wrote “engagement” when they meant attendance at appointments they had arranged.",
        "There was good practice too, especially from the teaching assistant who noticed that he was hungry.",
        "The partnership’s neglect tool had been launched but was not yet used by most practitioners.",
        "Escalation was mentioned at two meetings, but the escalation policy was not used.",
        "The move to temporary housing meant a new school and a new surgery for the family.",
        "Practitioners rarely asked who else lived in or visited the household.",
        "Some important decisions were made in corridors and were never written down.",
        "Core group meetings were postponed three times because key agencies could not attend.",
        "Nobody explored whether relatives could offer him somewhere safe to stay.",
        "Missed appointments were counted, but what they meant for the boy was not considered.",
    ],
    "adult": [
        "He was described in the records as “very private”, and that phrase shaped every response to him.",
        "Help was offered by letter, and when he did not reply his case was closed.",
        "His right to make unwise decisions was mentioned often, yet his capacity was never formally assessed.",
        "No single agency understood his health, his home and his money at the same time.",
        "The district nurses saw the condition of the flat but were unsure whom to tell.",
        "A multi-agency meeting under the self-neglect policy was proposed but not arranged.",
        "His nephew had told the surgery of his worries, and these were noted but not acted on.",
        "Care visits were cut from four a day to two without any review of his needs.",
        "Staff called him “uncooperative”, although he accepted practical help when it was offered in person.",
        "The self-neglect guidance was not used, and several practitioners had never seen it.",
        "He was discharged late on a Friday, and community services heard about it on the Tuesday.",
        "A home fire safety visit was completed once, but the follow-up visit never happened.",
        "An advocacy referral was made only after he had already gone home.",
        "Nobody asked him directly how he spent his days or whom he trusted.",
        "Contacts were closed as a “lifestyle choice” without anyone exploring the reasons for his choices.",
        "The occupational therapist showed good practice by visiting again without being asked.",
        "The panel heard that demand on the duty team that winter had been very high.",
        "Concerns about his money reached the police but were not passed to his bank.",
        "Knowledge of the law varied, particularly about when an enquiry was needed.",
        "His own words appear in the records only as short quotations.",
        "Frequent ambulance calls were treated as separate incidents rather than as a pattern.",
        "The landlord recorded the arrears but did not link them to his declining health.",
        "Managers agreed that the route for escalating self-neglect cases was unclear.",
    ],
    "dhr": [
        "She told more than one professional that she was afraid, but the disclosures were never linked.",
        "The risk checklist was completed by telephone, and several questions were left blank.",
        "His behaviour was described as “a stormy relationship” rather than as domestic abuse.",
        "No agency asked her, when she was on her own, whether she felt safe at home.",
        "A referral to the risk conference was discussed but never made.",
        "Her friend had called the police non-emergency number, and the call was logged as advice only.",
        "Appointments were made in his presence, so she was rarely seen alone.",
        "The records describe his drinking in detail but say little about its effect on her.",
        "Practitioners did not know that the court order had expired.",
        "The children were recorded as “not present”, although they were in the house each time.",
        "Her manager noticed the change in her but did not know where to turn.",
        "Information held by the probation service was not shared with the housing provider.",
        "Routine enquiry about domestic abuse did not take place at any of her health appointments.",
        "The panel found that professionals were more confident with physical injury than with coercive control.",
        "Her friends had seen the pattern for months but did not know that help was available to them.",
        "The specialist service closed her case after two unanswered calls.",
        "There was good practice from the midwife, who arranged to see her alone at the clinic.",
        "His previous convictions were known to the police but not to the other agencies.",
        "Safety planning focused on the house rather than on her workplace and her journeys.",
        "Interpreters were not offered, and her husband sometimes interpreted for her.",
        "The panel was told that a new domestic abuse training programme has since been commissioned.",
        "The records show that she played down what was happening, which is common and should be expected.",
        "Nobody considered whether the separation had increased the risk to her.",
    ],
}


def _w(s):
    return s.split()


def _cap(s):
    return s[0].upper() + s[1:]


class ParaMaker:
    """Deterministic, unique paragraphs of roughly a requested length in one of three vocabularies."""

    def __init__(self, seed=16):
        self.pairs = {}
        for n, kind in enumerate(("child", "adult", "dhr")):
            pairs = [(a, i) for a in AGENCIES[kind] for i in ISSUES[kind]]
            random.Random(seed * 7 + n).shuffle(pairs)
            self.pairs[kind] = pairs
        self.seed = seed
        self.j = {"child": 0, "adult": 0, "dhr": 0}
        self.k = 0
        self.used = set()

    def make(self, target_words, kind="child", plain_ends=False):
        """A paragraph of about target_words words. plain_ends: the first eight and last six words are plain
        letters and digits (no apostrophes or quotation marks), for text that will be read back by OCR."""
        while True:
            t = self._make(target_words, kind)
            w = t.split()
            if not plain_ends or all(re.fullmatch(r"[A-Za-z0-9.,\-]+", x) for x in w[:8] + w[-6:]):
                return t

    def _make(self, target_words, kind):
        k = self.k
        self.k += 1
        pairs = self.pairs[kind]
        while True:  # skip a pairing whose first eight words an earlier paragraph already had
            a, i = pairs[self.j[kind] % len(pairs)]
            opener = OPENERS[self.j[kind] % len(OPENERS)].format(A=_cap(a), i=i)
            self.j[kind] += 1
            key = " ".join(opener.split()[:8])
            if key not in self.used:
                self.used.add(key)
                break
        a2, i2 = pairs[(k * 11 + 31) % len(pairs)]
        p, m = PLACES[k % len(PLACES)], MONTHS[(k // len(PLACES) + 7 * k) % len(MONTHS)]
        closer = _cap(CLOSERS[k % len(CLOSERS)].format(a2=a2, i2=i2, p=p, m=m))
        pool = POOL[kind][:]
        random.Random(self.seed * 1000 + k).shuffle(pool)
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
