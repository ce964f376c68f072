"""Invented prose for the blind20 fixtures (blind19's vocabularies, seed 20). FICTIONAL – for software testing.

Three vocabularies: child safeguarding practice reviews, safeguarding adults reviews and domestic abuse related
death reviews (the long chronology is kept from blind17 and not used in this round). Every paragraph opens with a
sentence naming a service and a concern and closes with a sentence naming a place and a month, so that the first
and last words of each paragraph are unique across the round. Typographic apostrophes and quotation marks, as a
word processor writes them; every character is in Windows-1252. All people, places and services are invented;
nothing is graphic.
"""
import random
import re

AGENCIES = {
    "child": [
        "the Brellingford children’s services front door", "Haverslade Police", "the health visiting team",
        "St Aldwyn’s primary school", "the Pennerby Road medical centre", "the family support worker",
        "the school nursing service", "the youth justice service", "the emotional wellbeing service",
        "the education welfare officer", "the homelessness prevention team", "the named nurse",
        "the out-of-hours social work team", "the child protection chair", "the nursery manager",
        "the paediatric liaison nurse", "the after-school club", "the maternity unit at Corrimoor General",
    ],
    "adult": [
        "the Ullerthwaite adult care hub", "the older people’s mental health team", "the community nursing service",
        "the Tollivant Street health centre", "the ambulance service", "the hospital discharge team",
        "the domiciliary care provider", "the Care Act advocate", "the falls prevention service",
        "the recovery service", "the housing support officer", "the day opportunities service",
        "the fire safety officer", "the ward social worker", "the adult safeguarding lead",
        "the dispensing pharmacist",
    ],
    "dhr": [
        "the Gossiby medical practice", "Drisdale Police", "the independent domestic violence adviser",
        "the multi-agency risk conference", "the Leverthorpe housing trust", "the alcohol treatment service",
        "the community midwife", "the urgent treatment centre at Kilvardine", "the community rehabilitation team",
        "the occupational health service", "the children’s centre", "the crisis resolution team",
        "the specialist caseworker", "the victims’ hub", "the neighbourhood policing team",
        "the perpetrator programme",
    ],
}
ISSUES = {
    "child": [
        "the mark on her cheek", "the weekends spent with an uncle", "the older youth who waited outside",
        "the mould in the bedroom", "the father’s depression", "the late arrivals at school",
        "the concealed pregnancy", "the faltering growth", "the new boyfriend", "the managed move",
        "the untreated tooth decay", "the eviction notice",
    ],
    "adult": [
        "the leg ulcers", "the clutter on the stairs", "the unused blister packs", "the gaps in his pension",
        "her refusal of personal care", "the husband’s exhaustion", "the doubt about her capacity",
        "the night-time wandering", "the pile of unopened post", "the council tax arrears", "the cold flat",
        "the sudden weight loss",
    ],
    "dhr": [
        "the controlling behaviour", "the bruising to her wrist", "the disclosure to her sister",
        "the threatening texts", "the breach of bail conditions", "his use of cocaine",
        "the planned separation", "the missed antenatal checks", "the withholding of her bank card",
        "the incomplete risk form", "the visits to her workplace", "the request for emergency housing",
    ],
}
OPENERS = [
    "{A} learned of {i} weeks after it was first noticed.",
    "{A} responded to {i} promptly but in isolation.",
    "{A} saw {i} as part of ordinary family life.",
    "{A} noted {i} in its records and shared it with nobody.",
    "{A} explained to the panel how it had understood {i}.",
    "{A} interpreted {i} differently from its partners.",
    "{A} was never invited to discuss {i} with other agencies.",
    "{A} recognised the importance of {i} from the start.",
    "{A} did not know that other services were worried about {i}.",
]
PLACES = [
    "Ullerthwaite", "Marlbeck Cross", "Fennowick", "Drisdale Moor", "Hobbs Quarry", "Pennerby", "Skarrow",
    "Wendlesham", "Tollivant", "Gossiby", "Brellingford", "Corrimoor", "Ashwell Tarn", "Nettlecombe Rise",
    "Leverthorpe", "Kilvardine", "Stowick Marsh", "Ormsgill Bank", "Haverslade", "Quillby",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
CLOSERS = [
    "The service manager confirmed this account at {p} in {m}.",
    "Practitioners came back to {i2} at the {p} practice workshop in {m}.",
    "A written submission from {a2} said the same in {m}, from {p}.",
    "A family member told the reviewer this at {p} in {m}.",
    "The review panel accepted this analysis when it met at {p} in {m}.",
    "A friend of the family gave the reviewer the same account at {p} in {m}.",
    "This was tested against the case files held at {p} in {m}.",
    "The chair recorded that conclusion at {p} in {m}.",
]
POOL = {
    "child": [
        "Every agency knew something, and nobody put the pieces together.",
        "Visits were arranged in advance by telephone, so the home was rarely seen as it usually was.",
        "The records describe the adults’ wishes in detail and say little about what the girl herself said.",
        "A strategy meeting was suggested on two occasions and did not take place.",
        "Her father was labelled “hard to reach”, yet he attended nearly every appointment offered to him.",
        "School concerns were sent through the online portal and were never followed by a conversation.",
        "The health visitor’s final contact was a card left at the door after two unanswered visits.",
        "Four contacts were closed without the person who raised them hearing what had happened.",
        "Supervision records show that the social worker voiced her unease, but the plan stayed the same.",
        "The mother’s new partner was not met by any professional during the period under review.",
        "Police knowledge about the older youth was not passed to the school or to the health visitor.",
        "Staff turnover meant that the family saw five different workers in eighteen months.",
        "No single chronology existed until the review panel asked each agency to write one.",
        "Her views were written down once, in a short form completed just before the Easter holidays.",
        "Professionals used the word “compliance” when they meant that the parents had opened the door.",
        "There was good practice as well, notably from the lunchtime supervisor who saw that she was hungry.",
        "The partnership’s graded care profile had been launched but was not yet in everyday use.",
        "Escalation was discussed at two core group meetings, but the escalation protocol was not followed.",
        "The eviction led to a new school, a new surgery and a new health visitor within one month.",
        "Few practitioners asked who else stayed at the house or who visited it in the evenings.",
        "Several key decisions were taken in passing and were not recorded anywhere.",
        "Review meetings were moved three times because partner agencies could not send anyone.",
        "No one considered whether her grandparents could offer a safe place for her to stay.",
        "Missed health appointments were counted, but their meaning for the child was not explored.",
    ],
    "adult": [
        "She was described in the notes as “a very independent lady”, and that phrase framed every later decision.",
        "Support was offered in writing, and when she did not answer the referral was closed.",
        "Her right to make unwise choices was cited repeatedly, yet her capacity was never formally tested.",
        "No single service understood her health, her home and her finances at the same time.",
        "The community nurses saw the state of the stairs but were unsure whom to inform.",
        "A multi-agency meeting under the self-neglect protocol was suggested but never convened.",
        "Her niece had told the surgery about her worries, and these were filed but not acted upon.",
        "Care calls were reduced from three a day to one without any review of her needs.",
        "Staff wrote that she was “resistant to help”, although she accepted help readily when it was offered face "
        "to face.",
        "The self-neglect guidance was not applied, and some practitioners had never come across it.",
        "She was discharged on a Friday evening, and community services learned of it the following Wednesday.",
        "A fire safety visit took place once, but the agreed second visit did not happen.",
        "An advocacy referral was made only after she had already returned home.",
        "Nobody asked her directly what a good day looked like for her or whom she trusted.",
        "Contacts were closed as a “personal choice” without anyone exploring what lay behind the choice.",
        "The occupational therapist showed good practice by returning to the flat without being asked.",
        "The panel heard that pressure on the duty team that winter had been exceptional.",
        "Concerns about her money reached the police but were not shared with her bank.",
        "Understanding of the law varied, especially about when a safeguarding enquiry was required.",
        "Her own voice appears in the records only in brief quotations.",
        "Repeated ambulance call-outs were handled as separate events rather than as a pattern.",
        "The landlord recorded the arrears but did not connect them with her failing health.",
        "Managers agreed that the route for escalating self-neglect concerns was unclear.",
    ],
    "dhr": [
        "She told several professionals that she was frightened, but the disclosures were never connected.",
        "The risk assessment was completed over the telephone, and several questions were left unanswered.",
        "His behaviour was recorded as “relationship difficulties” rather than as domestic abuse.",
        "No agency asked her, when she was alone, whether she was safe at home.",
        "A referral to the risk conference was considered but never made.",
        "Her sister had rung the police non-emergency line, and the call was closed as advice given.",
        "Appointments were arranged while he was in the room, so she was seldom seen on her own.",
        "The records describe his drug use at length but say little about its effect on her.",
        "Practitioners were unaware that his bail conditions had lapsed.",
        "The children were noted as “not present”, although they were upstairs on each occasion.",
        "Her line manager noticed a change in her but did not know where to seek advice.",
        "Information held by the rehabilitation team was not shared with the housing trust.",
        "Routine enquiry about domestic abuse did not happen at any of her health appointments.",
        "The panel found that professionals were more confident with physical injury than with coercive control.",
        "Her friends had recognised the pattern for months but did not know where to turn for help.",
        "The specialist service closed her case after two unreturned calls.",
        "There was good practice from the midwife, who arranged to see her alone at the clinic.",
        "His earlier convictions were known to the police but not to the other agencies.",
        "Safety planning focused on the house rather than on her workplace and her journeys.",
        "Interpreters were not offered, and her husband sometimes interpreted for her.",
        "The panel was told that a new domestic abuse training programme has since been commissioned.",
        "The records show that she minimised what was happening, which is common and should be expected.",
        "Nobody considered whether the separation had increased the risk to her.",
    ],
}
LONG = [
    "Between January and December the records of eleven agencies mention her more than two hundred times.",
    "In January the community nurses dressed her leg ulcers twice a week and recorded that the flat was cold.",
    "They offered a referral for a heating grant, which she declined because she did not want strangers in the flat.",
    "In February her niece moved away for work, and the daily visits that had kept the household going stopped.",
    "The surgery recorded a telephone call from the niece but did not add an alert to the shared record.",
    "In March the care provider reduced the morning call to fifteen minutes because of staff shortages across the "
    "area.",
    "The care workers wrote that she was eating less and that the post was piling up behind the door.",
    "Their notes were sent to the office each week, and nobody at the office read them as a set.",
    "In April the ambulance service attended twice after falls at night, and on both occasions she refused to go to "
    "hospital.",
    "The crews completed safeguarding referrals, which the adult care hub closed as information only.",
    "In May the pharmacist noticed that her blister packs were coming back almost full and rang the surgery.",
    "The practice nurse arranged a review, but the appointment letter went to the old address.",
    "Over the summer the housing officer visited about the council tax arrears and saw that the stairs were blocked.",
    "He made a referral for a fire safety check, and the check took place in the middle of August.",
    "The fire safety officer fitted two smoke alarms and asked the hub to consider a self-neglect meeting.",
    "That request sat in a shared inbox for three weeks while the duty team dealt with a backlog.",
    "In September she was admitted to hospital after a fall and stayed on the ward for nine days.",
    "The ward social worker knew nothing of the earlier referrals, because the hospital used a separate system.",
    "She was discharged on a Friday afternoon with a care package that could not start until the Monday.",
    "Over that weekend nobody visited, and a neighbour found her on the kitchen floor on the Sunday morning.",
    "After her second admission in October the hospital asked for a capacity assessment about her discharge.",
    "The assessment concluded that she could decide where to live, and the record of it runs to four lines.",
    "In November the advocate met her for the first time and wrote that she wanted help with the stairs.",
    "The request for a stair rail was passed between three teams and was still open at the end of the year.",
    "In December the niece returned for the holidays and found the flat colder than she had ever known it.",
    "She rang the hub, the surgery and the housing trust on the same morning and was told each time to ring someone "
    "else.",
    "Each contact on its own looked manageable, and each service acted within its own procedures.",
    "Taken together, the records show a steady decline that every agency could see in part and none could see whole.",
    "The panel also noted the efforts of individual practitioners, several of whom went beyond what their role "
    "required.",
    "No agency had been asked to hold the whole picture, and no procedure required any of them to do so.",
    "When the panel laid the eleven chronologies side by side, the same few concerns appeared again and again in "
    "different words.",
    "What was missing was a single conversation in which the agencies put their knowledge side by side.",
]


def _w(s):
    return s.split()


def _cap(s):
    return s[0].upper() + s[1:]


class ParaMaker:
    """Deterministic, unique paragraphs of roughly a requested length in one of three vocabularies."""

    def __init__(self, seed=20):
        self.pairs = {}
        for n, kind in enumerate(("child", "adult", "dhr")):
            pairs = [(a, i) for a in AGENCIES[kind] for i in ISSUES[kind]]
            random.Random(seed * 7 + n).shuffle(pairs)
            self.pairs[kind] = pairs
        self.seed = seed
        self.j = {"child": 0, "adult": 0, "dhr": 0}
        self.k = 0
        self.used = set()
        self.ends = set()

    def opener(self, kind):
        """The next unused first sentence (a finding) of a vocabulary."""
        pairs = self.pairs[kind]
        while True:  # skip a pairing whose first eight words an earlier paragraph already had
            a, i = pairs[self.j[kind] % len(pairs)]
            s = OPENERS[self.j[kind] % len(OPENERS)].format(A=_cap(a), i=i)
            self.j[kind] += 1
            key = " ".join(s.split()[:8])
            if key not in self.used:
                self.used.add(key)
                return s

    def closer(self, kind):
        while True:
            k = self.k
            self.k += 1
            pairs = self.pairs[kind]
            a2, i2 = pairs[(k * 11 + 31) % len(pairs)]
            p, m = PLACES[k % len(PLACES)], MONTHS[(k // len(PLACES) + 5 * k) % len(MONTHS)]
            s = _cap(CLOSERS[k % len(CLOSERS)].format(a2=a2, i2=i2, p=p, m=m))
            key = " ".join(re.findall(r"\w+", s.lower())[-6:])
            if key not in self.ends:
                self.ends.add(key)
                return s, k

    def make(self, target_words, kind="child", pool=None):
        """A paragraph of about target_words words."""
        opener = self.opener(kind)
        closer, k = self.closer(kind)
        pool = list(pool or POOL[kind])
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

    def make_long(self):
        """The long chronology paragraph: an opener, the whole LONG list in order, and a closer (600+ words)."""
        opener = self.opener("adult")
        closer, _ = self.closer("adult")
        return " ".join([opener, *LONG, closer])


def first_sentence(text):
    return re.match(r"(.+?[.!?])(?:\s|$)", text).group(1)


def key_words(text):
    w = text.split()
    return " ".join(w[:8]), " ".join(w[-6:])


def norm(s):
    return re.findall(r"\w+", s.lower())


def contains_seq(hay, needle):
    n = len(needle)
    return any(hay[k:k + n] == needle for k in range(len(hay) - n + 1))
