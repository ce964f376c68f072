"""Invented prose for the blind13 fixtures. FICTIONAL – for software testing.

Every paragraph opens with a sentence naming a different service and concern and closes with a sentence
naming a place and a month, so that the first and last words of each paragraph are unique across the round.
The prose uses typographic apostrophes and quotation marks, as a report written in Word does, and many
words with "fi" and "fl" in them (set as ligatures in one of the PDFs). All people, places and services are
invented.
"""
import random
import re

AGENCIES = [
    "the first response team", "Fellbrook Constabulary", "the fostering service", "the family nurse",
    "the Quillfield surgery", "Harrowgate Lane Housing", "the flexible learning unit", "the financial inclusion team",
    "the domestic abuse officer", "the specialist midwife", "the child in care nurse", "the out-of-hours duty team",
    "the field social worker", "the adult mental health service", "the attendance officer",
    "the conference chair", "the floating support worker", "the emergency department",
]
ISSUES = [
    "the first strategy meeting", "the flat’s condition", "the unfiled referral", "conflicting accounts of the injury",
    "the difficult home visit", "the father’s influence", "the fluctuating school attendance",
    "the confidential disclosure", "the missed dental appointments", "the family’s financial hardship",
    "the significant weight loss", "the unofficial kinship arrangement",
]
OPENERS = [
    "{A} and {i} are considered first in this part of the review.",
    "{A} responded to {i} without the urgency it needed.",
    "{A} regarded {i} as somebody else’s responsibility.",
    "{A} spoke candidly about {i} when the reviewer met its staff.",
    "{A} noted {i} in its records but took no further step.",
    "{A} was aware of {i} from the first weeks onwards.",
]
PLACES = [
    "Fellbrook", "Quillfield", "Harrowgate", "Saltmarsh End", "Dunnerholme", "Whitlow Cross", "Ravensfleet",
    "Orchard Vale", "Kilnsey Bridge", "Marram Sands", "Low Hesket", "Bramblecote", "Corby Fold", "Ashwell Rise",
    "Penhallow", "Tarnside", "Greyfriars Mead", "Yelland",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
CLOSERS = [
    "The reviewer confirmed this account with the service manager at {p} in {m}.",
    "A similar difficulty with {i2} was raised at the {p} learning event in {m}.",
    "This was reflected in the written submission from {a2}, sent from {p} in {m}.",
    "His aunt talked to the reviewer about it in her kitchen at {p} in {m}.",
    "The panel settled this finding when it met at {p} in {m}.",
]
POOL = [
    "The chronology shows a child who was described as “settled” by every agency, and each of them took that as reassurance.",
    "Home visits were almost always arranged by telephone the day before, which gave the adults time to prepare.",
    "No practitioner held the whole picture of the family’s circumstances, and no one was asked to assemble it.",
    "The child was rarely seen on his own, and when he was, the conversation took place in the living room with the adults nearby.",
    "Case notes call the mother “difficult to engage”, yet few of them ask what had made her wary of professionals.",
    "The strategy discussion was held by telephone, and neither health nor education was invited to take part.",
    "Several contacts were closed at the front door as below threshold, each judged in isolation from the others.",
    "The school noticed a fall in attendance and a change in his behaviour but did not connect the two.",
    "The panel found examples of thoughtful and persistent practice, notably from the health visitor in the first year.",
    "Caseloads in the assessment team were high, and agency workers filled two of the three vacant posts that winter.",
    "Information held by the police about the father’s previous convictions was not passed to children’s social care.",
    "The child in need plan listed what the parents were expected to do but said nothing about what would follow if they did not.",
    "Practitioners told the review that they did not feel confident to challenge decisions made by more senior colleagues.",
    "The family moved across a local authority boundary, and the transfer of files took more than seven weeks.",
    "There was no written agreement about which agency would lead once the case was stepped down to early help.",
    "Professional curiosity was shown by individual workers but was not sustained by supervision or by the recording system.",
    "His aunt had raised concerns on two occasions and was told both times that the family was “already known”.",
    "Disguised compliance was mentioned once in a supervision note and was not discussed again.",
    "Missed health appointments were only recorded as “was not brought” after the new policy came into effect.",
    "The review acknowledges the pressure under which staff were working and does not set out to apportion blame.",
    "The child’s own account of life at home appears in the records only once, in a note written by the school nurse.",
    "An interpreter was used for the first assessment but was not booked for any of the later visits.",
    "Managers accepted that the escalation policy was poorly understood outside the designated safeguarding leads.",
    "The multi-agency chronology was only put together after the serious incident, when its pattern became obvious.",
    "Two agencies each believed that the other had made the referral, and in fact neither of them had.",
    "The lessons of an earlier review in the same district had not yet reached the teams involved in this case.",
    "The panel was told that joint training on neglect has since been offered across the partnership.",
    "Use of the neglect assessment tool was inconsistent, and where it was completed the scores were not shared.",
]


def _w(s):
    return s.split()


class ParaMaker:
    """Deterministic, unique paragraphs of roughly a requested length."""

    def __init__(self, seed=13):
        pairs = [(a, i) for a in AGENCIES for i in ISSUES]
        random.Random(seed).shuffle(pairs)
        self.pairs = pairs
        self.k = 0
        self.j = 0
        self.used = set()

    def make(self, target_words):
        k = self.k
        self.k += 1
        while True:  # skip a pairing whose first eight words an earlier paragraph already had
            a, i = self.pairs[self.j]
            opener = OPENERS[self.j % len(OPENERS)].format(A=a[0].upper() + a[1:], i=i)
            self.j += 1
            if " ".join(opener.split()[:8]) not in self.used:
                self.used.add(" ".join(opener.split()[:8]))
                break
        a2, i2 = self.pairs[(k * 11 + 37) % len(self.pairs)]
        p, m = PLACES[k % len(PLACES)], MONTHS[(k // len(PLACES) + 5 * k) % len(MONTHS)]
        closer = CLOSERS[k % len(CLOSERS)].format(a2=a2, i2=i2, p=p, m=m)
        closer = closer[0].upper() + closer[1:]
        pool = POOL[:]
        random.Random(9100 + k).shuffle(pool)
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
