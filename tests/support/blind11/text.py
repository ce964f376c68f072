"""Invented prose for the blind11 fixtures. FICTIONAL – for software testing.

Every paragraph opens with a sentence naming a different agency and concern, so that the first and last
words of each paragraph are unique across the round.
"""
import random
import re

AGENCIES = [
    "adult social care", "the mental health team", "Corrin Vale Police", "the ambulance trust",
    "the Ashby Marsh surgery", "Hethersby Homes", "the domestic abuse service", "the substance misuse service",
    "the probation service", "the hospital safeguarding team", "the district nurses", "the fire service",
    "the IDVA service", "the children's front door", "the homelessness team", "the commissioned care agency",
    "the MARAC", "Lindenford neighbourhood police",
]
ISSUES = [
    "missed appointments", "the closed referral", "recorded injuries", "the risk checklist", "shift handovers",
    "the carer's assessment request", "neighbours' concerns", "the unused escalation route",
    "information about her partner", "questions of mental capacity", "the hoarding seen at home",
    "late-night calls for help",
]
OPENERS = [
    "{A} and {i} were examined closely by the panel.",
    "{A} handled {i} in a way that deserves scrutiny.",
    "{A} saw {i} as routine, the records suggest.",
    "{A} described {i} candidly to the panel.",
    "{A} considered {i} only briefly, according to its chronology.",
    "{A} responded to {i} inconsistently, as interviews showed.",
]
PLACES = [
    "Ashby Marsh", "Lindenford", "Corrin Vale", "Hethersby", "Quarrington", "Dunholt", "Pellmore",
    "Westerleigh", "Saltcombe Rise", "Brackenfold", "Orrington", "Mirefield", "Tolworth Cross",
    "Keldmoor", "Fennick", "Stallbridge", "Yarrowby", "Nethercote",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
CLOSERS = [
    "That finding was tested with practitioners at the learning event in {p} in {m}.",
    "Similar concerns about {i2} were raised at the {p} locality meeting in {m}.",
    "The same pattern was noted by {a2} at its {p} office in {m}.",
    "This was discussed with the family at their home in {p} in {m}.",
    "The panel returned to the point at its meeting in {p} in {m}.",
]
POOL = [
    "Each agency held part of the picture, but nobody brought the parts together into an account of what daily life was like for her.",
    "Supervision notes from the period are short and list tasks rather than reflecting on risk or on the worker's own unease.",
    "Staff turnover was high, and three different practitioners held the case within the space of a single winter.",
    "Her wishes were recorded in her own words on only two occasions, both of them in the emergency department.",
    "The panel heard that information was shared readily by telephone but seldom followed up in writing.",
    "No one asked whether her partner's presence at every appointment might be limiting what she felt able to say.",
    "The threshold for a safeguarding enquiry was understood differently by each of the agencies involved.",
    "Professional curiosity was evident in some individual contacts but was not sustained when the case changed hands.",
    "Records were kept on separate systems that did not communicate, so a worker in one service could not see the concerns logged by another.",
    "The family told the panel that they had tried to raise the alarm but did not know whom to call.",
    "Mental capacity was assumed rather than assessed, even when her decisions placed her at obvious risk.",
    "The multi-agency meeting that might have drawn the threads together was postponed twice and then never rearranged.",
    "Good practice was also found, particularly in the patient and respectful approach of the district nurse who visited weekly.",
    "Managers accepted that caseloads at the time were well above the level that the service itself regarded as safe.",
    "Letters offering appointments were sent to an address she had already left, and nobody checked when they went unanswered.",
    "The panel recognises that hindsight makes the pattern clearer now than it could have been to those working with her then.",
    "Training on coercive control had been delivered across the partnership, yet few practitioners recalled applying it to this case.",
    "There is no evidence that the significance of the partner's earlier convictions was understood outside the police.",
    "An interpreter was booked for only one of the many contacts, and on other occasions a relative translated.",
    "Closure letters were sent to the GP, but the surgery had no process for noticing that several services had withdrawn at once.",
    "The escalation policy was known to senior staff but was not familiar to the practitioners who most needed it.",
    "Her son described her to the panel as generous, funny and fiercely independent, and said she would have hated to be a burden.",
    "Risk was assessed at each incident in isolation, so the cumulative pattern of harm was never properly weighed.",
    "Several agencies closed their involvement believing that another service remained active, when in fact none did.",
    "The housing officer noticed the broken lock and the damaged door but did not think of it as a safeguarding matter.",
    "Practitioners said that they would have valued a single named lead professional who could coordinate the response.",
    "The panel was told that these arrangements have since been strengthened, and the changes are described later in this report.",
    "Self-neglect was described in the records as a lifestyle choice, a phrase that discouraged further enquiry.",
]


def _w(s):
    return s.split()


class ParaMaker:
    """Deterministic, unique paragraphs of roughly a requested length."""

    def __init__(self, seed=11):
        pairs = [(a, i) for a in AGENCIES for i in ISSUES]
        random.Random(seed).shuffle(pairs)
        self.pairs = pairs
        self.k = 0

    def make(self, target_words):
        k = self.k
        self.k += 1
        a, i = self.pairs[k]
        a2, i2 = self.pairs[(k * 5 + 101) % len(self.pairs)]
        opener = OPENERS[k % len(OPENERS)].format(A=a[0].upper() + a[1:], i=i)
        p, m = PLACES[k % len(PLACES)], MONTHS[(k // len(PLACES) + k) % len(MONTHS)]
        closer = CLOSERS[k % len(CLOSERS)].format(a2=a2, i2=i2, p=p, m=m)
        closer = closer[0].upper() + closer[1:]
        pool = POOL[:]
        random.Random(5000 + k).shuffle(pool)
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
