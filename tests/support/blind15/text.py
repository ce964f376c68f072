"""Invented prose for the blind15 fixtures. FICTIONAL – for software testing.

Three vocabularies: child safeguarding practice reviews, safeguarding adults reviews and domestic homicide
reviews. Every paragraph opens with a sentence naming a service and a concern and closes with a sentence naming
a place and a month, so that the first and last words of each paragraph are unique across the round. The prose
uses typographic apostrophes and quotation marks, as a report written in a word processor does; every character
is in Windows-1252. All people, places and services are invented; nothing is graphic.
"""
import random
import re

AGENCIES = {
    "child": [
        "the Tollbridge children’s services duty team", "Harrowgate Vale Police", "the health visitor",
        "the Quarry Lane primary school", "the Fernhill Medical Centre", "the family hub", "the school nurse",
        "the youth justice service", "the emotional wellbeing service", "the education welfare officer",
        "the housing allocations team", "the named nurse for safeguarding", "the front door manager",
        "the child protection conference chair", "the speech and language therapist", "the foster carer",
        "the after-school club", "the paediatric emergency department",
    ],
    "adult": [
        "the Saltmarsh adult care team", "the community learning disability team", "the district nurses",
        "the Brookfield Lane practice", "the paramedics", "the ward discharge coordinator",
        "the domiciliary care provider", "the Care Act advocate", "the community psychiatric nurse",
        "the recovery service", "the landlord’s tenancy officer", "the day opportunities service",
        "the fire safety officer", "the hospital social worker", "the safeguarding adults manager",
        "the pharmacist",
    ],
    "dhr": [
        "the Greyfriars Road surgery", "Eastmere Police", "the independent domestic violence advisor",
        "the MARAC coordinator", "the Calderbrook housing association", "the community alcohol service",
        "the maternity unit", "the emergency department at Calderbrook General", "the probation officer",
        "the occupational health adviser", "the children’s centre", "the crisis resolution team",
        "the refuge outreach worker", "the victim care unit", "the neighbourhood policing team",
        "the perpetrator programme",
    ],
}
ISSUES = {
    "child": [
        "the injury to his ear", "the nights spent away from home", "the adult who collected him",
        "the damp bedroom", "the father’s depression", "the falling attendance", "the concealed pregnancy",
        "the head lice and weight loss", "the mother’s new partner", "the exclusion from school",
        "the missed immunisations", "the move across the county boundary",
    ],
    "adult": [
        "the untreated leg ulcers", "the accumulation of belongings", "the skipped insulin doses",
        "the withdrawals from her account", "her refusal to let carers in", "the carer’s exhaustion",
        "the assessment of her capacity", "the falls at night", "the unopened post", "the arrears on the flat",
        "the broken heating", "the dramatic weight loss",
    ],
    "dhr": [
        "the controlling behaviour", "the injury to her wrist", "the disclosure to her sister",
        "the threatening text messages", "the breach of his bail conditions", "his increasing drinking",
        "the separation in the autumn", "the missed antenatal appointments", "the control of her money",
        "the risk assessment questionnaire", "the repeated calls to her workplace", "the request to change the locks",
    ],
}
OPENERS = [
    "{A} learned of {i} later than it should have.",
    "{A} responded to {i} promptly but alone.",
    "{A} regarded {i} as a routine matter.",
    "{A} wrote down {i} but shared it with nobody.",
    "{A} explained to the panel how {i} had been understood.",
    "{A} interpreted {i} in a way the others did not.",
    "{A} was not invited to discuss {i} with colleagues.",
    "{A} took {i} seriously from the first contact.",
]
PLACES = [
    "Tollbridge", "Harrowgate Vale", "Saltmarsh", "Eastmere", "Calderbrook", "Greyfriars", "Quarrydale",
    "Fernhill", "Linthorpe Moss", "Wychcombe", "Blackwater Ford", "Alderhythe", "Stannington Keld",
    "Marrowby", "Coldharbour End", "Pellingford", "Hobson’s Rise", "Ravenscar Lees", "Dunmere",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
CLOSERS = [
    "The service manager confirmed that account at {p} in {m}.",
    "Practitioners came back to {i2} during the {p} workshop in {m}.",
    "The written submission from {a2} made the same point in {m}, from {p}.",
    "A family member described this to the author in {p} in {m}.",
    "The panel accepted this analysis at its {p} meeting in {m}.",
    "A neighbour gave the author the same account at {p} in {m}.",
    "This was checked against the records held at {p} in {m}.",
]
POOL = {
    "child": [
        "Each service held a fragment of his story, and none of them put the fragments together.",
        "Home visits were arranged by text message, so the flat was rarely seen without notice.",
        "The records say much more about the parents’ views than about what the boy himself said.",
        "A strategy meeting was discussed on two occasions but was never convened.",
        "His mother was said to be “hard to reach”, although she attended almost every appointment she was offered.",
        "Concerns raised by the school were sent by secure email and were not followed up by telephone.",
        "The health visitor’s final contact was a letter after three visits had found nobody at home.",
        "Three referrals were closed without the person who made them being told of the outcome.",
        "Supervision records show that the social worker voiced her doubts, but the plan stayed the same.",
        "The mother’s partner was never seen by any professional during the period under review.",
        "Police intelligence about the adult who collected him was not shared with the school.",
        "Turnover in the team meant that the family had five allocated workers in a single year.",
        "No agency produced a combined chronology until this review asked for one.",
        "His wishes and feelings were written down once, on a form completed in a hurry before the holidays.",
        "Professionals used the word “engagement” when they meant keeping appointments they had set.",
        "There was good practice as well, especially from the teaching assistant who noticed his hunger.",
        "The partnership’s neglect toolkit had been launched but was not yet in use by most practitioners.",
        "Escalation was mentioned at two meetings, but the resolution protocol was not invoked.",
        "The family’s move to emergency accommodation meant a new school and a new surgery.",
        "Practitioners seldom asked who else was living in or visiting the household.",
        "Important decisions were taken informally and were not recorded anywhere.",
        "Core group meetings were postponed three times because key agencies could not attend.",
        "Nobody explored whether the wider family could offer him somewhere safe to stay.",
        "Missed appointments were counted, but their meaning for the boy was not considered.",
    ],
    "adult": [
        "She was described in the notes as “fiercely independent”, and that phrase shaped every response to her.",
        "Help was offered in letters, and when she did not answer them her case was closed.",
        "Her right to make unwise decisions was cited often, yet her capacity was never formally assessed.",
        "No single agency understood her health, her home and her money at the same time.",
        "The district nurses saw the state of the flat but were unsure where to report it.",
        "A multi-agency meeting under the self-neglect procedure was suggested but not arranged.",
        "Her niece had told the surgery of her worries, and these were noted but not acted upon.",
        "Care visits were reduced from four a day to two without any review of her needs.",
        "Staff called her “resistant”, although she accepted practical help when it was offered in person.",
        "The self-neglect guidance was not used, and several practitioners had never heard of it.",
        "She was discharged late on a Friday, and community services learned of it on the Tuesday.",
        "A home fire safety check was completed once, but the follow-up visit never took place.",
        "An advocacy referral was made only after she had already returned home.",
        "Nobody asked her directly how she spent her days or whom she trusted.",
        "Contacts were closed as “lifestyle choice” without anyone exploring the reasons behind her choices.",
        "The occupational therapist showed good practice by returning to see her unprompted.",
        "The panel heard that demand on the duty team that winter had been exceptional.",
        "Concerns about her finances reached the police but were not passed to her bank.",
        "Understanding of the legal framework varied, particularly about when an enquiry was required.",
        "Her own words appear in the records only as brief quotations.",
        "Frequent ambulance calls were handled as separate incidents rather than as a pattern.",
        "The landlord recorded the arrears but did not connect them with her declining health.",
        "Managers agreed that the route for escalating self-neglect cases was unclear.",
    ],
    "dhr": [
        "She told more than one professional that she was frightened, but the disclosures were never joined up.",
        "The risk assessment was completed by telephone, and several questions were left unanswered.",
        "His behaviour was described as “a volatile relationship” rather than as domestic abuse.",
        "No agency asked her, when she was alone, whether she felt safe at home.",
        "The referral to the multi-agency risk assessment conference was discussed but not made.",
        "Her sister had called the police non-emergency line, and the call was logged as advice only.",
        "Appointments were booked in his presence, so she was seldom seen on her own.",
        "The records describe his drinking in detail but say little about its effect on her.",
        "Practitioners did not know that the bail conditions had lapsed.",
        "The children were recorded as “not present”, although they were in the house on each occasion.",
        "Her employer noticed the change in her but did not know where to turn.",
        "Information held by the probation service was not shared with the housing provider.",
        "Routine enquiry about domestic abuse was not carried out at any of her health appointments.",
        "The panel found that professionals were more confident with physical injury than with coercive control.",
        "Her friends had seen the pattern for months but did not know that help was available to them.",
        "The specialist service closed her case after two unanswered calls.",
        "There was good practice from the midwife, who arranged to see her alone at the hospital.",
        "His previous convictions were known to the police but not to the other agencies.",
        "Safety planning focused on the house rather than on her workplace and her journeys.",
        "Interpreters were not offered, and her husband sometimes translated for her.",
        "The panel was told that a new domestic abuse training programme has since been commissioned.",
        "The records show that she minimised what was happening, which is common and should be expected.",
        "Nobody considered whether the separation had increased the risk to her.",
    ],
}


def _w(s):
    return s.split()


def _cap(s):
    return s[0].upper() + s[1:]


class ParaMaker:
    """Deterministic, unique paragraphs of roughly a requested length in one of three vocabularies."""

    def __init__(self, seed=15):
        self.pairs = {}
        for n, kind in enumerate(("child", "adult", "dhr")):
            pairs = [(a, i) for a in AGENCIES[kind] for i in ISSUES[kind]]
            random.Random(seed * 7 + n).shuffle(pairs)
            self.pairs[kind] = pairs
        self.j = {"child": 0, "adult": 0, "dhr": 0}
        self.k = 0
        self.used = set()

    def make(self, target_words, kind="child", lead=""):
        """A paragraph of about target_words words; lead (a run-in title) is put in front of it."""
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
        random.Random(15200 + k).shuffle(pool)
        body, n = [opener], len(_w(opener)) + len(_w(closer)) + len(_w(lead))
        for s in pool:
            if n + len(_w(s)) > target_words:
                continue
            body.append(s)
            n += len(_w(s))
            if n >= target_words - 8:
                break
        body.append(closer)
        return ((lead + " ") if lead else "") + " ".join(body)


def key_words(text):
    w = text.split()
    return " ".join(w[:8]), " ".join(w[-6:])


def norm(s):
    return re.findall(r"\w+", s.lower())


def contains_seq(hay, needle):
    n = len(needle)
    return any(hay[k:k + n] == needle for k in range(len(hay) - n + 1))
