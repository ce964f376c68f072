"""Invented prose for the blind12 fixtures. FICTIONAL – for software testing.

Every paragraph opens with a sentence naming a different agency and concern and closes with a sentence
naming a place and a month, so that the first and last words of each paragraph are unique across the round.
All people, places and services are invented.
"""
import random
import re

AGENCIES = [
    "the early help hub", "Brannock Moor Police", "the mental health team", "the school nurse",
    "the Tillbury Lane practice", "Oakhallow Housing", "the youth offending service", "the health visitor",
    "the women's refuge", "the substance misuse team", "the paediatric ward", "the out-of-hours social worker",
    "the virtual school", "children's social care", "the maternity unit", "the independent reviewing officer",
    "the designated nurse", "Scarrow Bridge response police",
]
ISSUES = [
    "the bruising seen at nursery", "non-attendance at school", "the strategy discussion",
    "the mother's own history", "the unannounced visits", "the step-down to early help",
    "the child's voice", "the father's new partner", "repeated missing episodes", "the medical neglect",
    "the section 47 enquiry", "the overcrowded flat",
]
OPENERS = [  # the issue within the first eight words, so that every opening is unique
    "{A} and {i} are the subject of this part of the analysis.",
    "{A} approached {i} with less urgency than was needed.",
    "{A} treated {i} as a matter for another service.",
    "{A} described {i} frankly when the review met its staff.",
    "{A} recorded {i} but did not act on it.",
    "{A} knew about {i} from an early stage.",
]
PLACES = [
    "Brannock Moor", "Oakhallow", "Scarrow Bridge", "Tillbury", "Wendlecombe", "Gorsey Edge", "Hallamby",
    "Pinfold Green", "Rushcliffe Vale", "Ambersham", "Cold Ashwick", "Sedgebury", "Marlowe Fen",
    "Kittering", "Elmstow", "Thackley Down", "Frayle", "Upper Dunsop",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
CLOSERS = [
    "The reviewer checked this account with the team manager in {p} in {m}.",
    "A comparable concern about {i2} was heard at the {p} practitioner event in {m}.",
    "The point was confirmed by {a2} in its written response from {p} in {m}.",
    "Her grandmother spoke to the reviewer about this at her flat in {p} in {m}.",
    "The review panel agreed this wording at its sitting in {p} in {m}.",
]
POOL = [
    "The chronology shows that each agency saw a child who was clean, polite and quiet, and took that as reassurance.",
    "Visits were nearly always announced in advance, which gave the household time to prepare for them.",
    "No single practitioner held a full picture of the family, and nobody was asked to build one.",
    "The child was seldom seen alone, and when she was, the conversation took place in the kitchen within earshot of the adults.",
    "Records describe the mother as guarded, but few of them ask why she might have found professionals hard to trust.",
    "The strategy discussion was held by telephone without health or education taking part.",
    "Several referrals were closed at the front door as not meeting the threshold, each judged on its own.",
    "The school had noticed a fall in attendance and a change in behaviour but did not link the two.",
    "The panel found examples of warm and persistent practice, especially from the health visitor in the early months.",
    "Caseloads in the assessment team were high, and agency staff covered two of the three posts that winter.",
    "Information held by the police about the father's new partner was not shared with children's social care.",
    "The plan set out what the parents should do but said little about what would happen if they did not.",
    "Practitioners told the review that they felt unable to challenge decisions made at a higher grade.",
    "The family moved across a local authority boundary, and the transfer of records took more than six weeks.",
    "There was no written agreement about which service would lead once the case stepped down.",
    "Professional curiosity was shown by individuals but was not supported by supervision or by the case recording system.",
    "The grandmother had raised concerns twice, and both times was told that the family was already known.",
    "Disguised compliance was mentioned in one case note and then not discussed again.",
    "Missed health appointments were recorded as 'was not brought' only after the new policy came into force.",
    "The review recognises the pressures under which staff were working and does not seek to assign blame.",
    "The child's own account of life at home appears in the records only once, in a note made by the school nurse.",
    "An interpreter was used for the initial assessment but not for any of the later home visits.",
    "Managers accepted that the escalation protocol was little known outside the safeguarding leads.",
    "The multi-agency chronology was only assembled after the serious incident, when its pattern became plain.",
    "Two agencies each believed that the other had made the referral, and in fact neither had done so.",
    "The learning from an earlier review in the same area had not yet reached the teams involved here.",
    "The panel heard that joint training on neglect has since been offered across the partnership.",
    "The use of the neglect screening tool was patchy, and where it was used the scores were not shared.",
]


def _w(s):
    return s.split()


class ParaMaker:
    """Deterministic, unique paragraphs of roughly a requested length."""

    def __init__(self, seed=12):
        pairs = [(a, i) for a in AGENCIES for i in ISSUES]
        random.Random(seed).shuffle(pairs)
        self.pairs = pairs
        self.k = 0

    def make(self, target_words):
        k = self.k
        self.k += 1
        a, i = self.pairs[k]
        a2, i2 = self.pairs[(k * 7 + 53) % len(self.pairs)]
        opener = OPENERS[k % len(OPENERS)].format(A=a[0].upper() + a[1:], i=i)
        p, m = PLACES[k % len(PLACES)], MONTHS[(k // len(PLACES) + 3 * k) % len(MONTHS)]
        closer = CLOSERS[k % len(CLOSERS)].format(a2=a2, i2=i2, p=p, m=m)
        closer = closer[0].upper() + closer[1:]
        pool = POOL[:]
        random.Random(7000 + k).shuffle(pool)
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
