"""Invented prose for the blind10 fixtures. FICTIONAL – for software testing."""
import random
import re

TOPICS = [
    "the health visitor's decision to close the case",
    "the missed school nurse referral in the spring",
    "the strategy discussion held by telephone",
    "the housing officer's concerns about overcrowding",
    "the absence of a lead professional after transfer",
    "the GP practice's handling of repeated injuries",
    "the police response to the domestic abuse call",
    "the early help assessment completed by the academy",
    "the mother's own history of care as a teenager",
    "the father's reluctance to engage with any service",
    "the role of the extended family in Harrowgate",
    "the out of hours team's visit in late autumn",
    "the limited use of interpreters during home visits",
    "the child protection conference chaired in Eastmoor",
    "the transfer of records between two local authorities",
    "the sibling's disclosure to a teaching assistant",
    "the emergency department's safeguarding checklist",
    "the drift in the child in need plan",
    "the perinatal mental health team's involvement",
    "the youth worker's knowledge of exploitation risks",
    "the way professional curiosity was encouraged in supervision",
    "the threshold document used by the front door",
    "the escalation policy that nobody invoked",
    "the core group meetings that were repeatedly cancelled",
    "the voice of the child in written assessments",
    "the private fostering arrangement with a family friend",
    "the dental practice's observations of neglect",
    "the probation service's information about a new partner",
    "the elective home education notification received late",
    "the family's frequent moves across the Wyvern estate",
    "the independent reviewing officer's challenge to the plan",
    "the neighbour's anonymous calls to the contact centre",
    "the multi-agency safeguarding hub's screening decision",
    "the pre-birth assessment started too close to delivery",
    "the pattern of missed hospital appointments for the baby",
    "the nursery manager's careful record of bruising",
    "the substance misuse service's closure letter",
    "the quality of the chronology prepared for court",
    "the health visiting caseloads in the northern locality",
    "the children's centre outreach worker's last visit",
    "the paediatrician's opinion on the fractured wrist",
    "the unannounced visit that found the flat empty",
    "the parenting assessment commissioned after the hearing",
    "the step-father's presence during professional visits",
    "the school attendance officer's letters to the family",
    "the commissioning of the counselling service for teenagers",
    "the safe sleep advice given on the maternity ward",
    "the learning event held with frontline practitioners",
]

OPENERS = [
    "The review examined {t} in considerable detail.",
    "Practitioners described {t} candidly during interviews.",
    "Records show {t} was discussed only briefly.",
    "Understanding {t} requires some context.",
    "Agencies viewed {t} differently at the time.",
    "The reviewer considered {t} and its consequences.",
    "Managers linked {t} to wider pressures.",
    "Family members described {t} to the reviewer.",
]

CLOSERS = [
    "Similar learning applies to {t}.",
    "The same question arises about {t}.",
    "This theme recurs when considering {t}.",
    "The partnership should reflect on this alongside {t}.",
]

POOL = [
    "Each agency held a fragment of the picture, but nobody assembled those fragments into a coherent account of daily life for the children.",
    "Workers were often polite and persistent, yet they accepted explanations from the parents without testing them against what they had seen.",
    "Supervision records are brief and focus on tasks rather than on reflection about risk.",
    "The children were seldom seen alone, and when they were, the conversations took place in the kitchen within earshot of their mother.",
    "Pressures on staffing were real and should not be underestimated, since several posts were filled by agency workers during this period.",
    "There was an understandable wish to work alongside the family rather than to impose a formal plan.",
    "Nevertheless, the optimism that characterised many assessments was not supported by the evidence gathered at the time.",
    "The reviewer has not found any single decision which, taken differently, would certainly have changed the outcome.",
    "What emerges instead is a gradual normalisation of concern, in which each new incident was measured against the last rather than against the needs of the child.",
    "Information sharing between health and children's social care worked well when it was planned and poorly when it relied on chance.",
    "Several practitioners said that they felt unable to challenge colleagues from other agencies who appeared more senior.",
    "The family's cultural and religious background was recorded on forms but rarely explored in conversation.",
    "Where interpreters were used, they were sometimes relatives or family friends, which limited what the mother felt able to say.",
    "The review heard that the electronic record systems did not speak to each other and that duplicate entries were common.",
    "Letters were sent to an address that the family had already left, and no follow-up was made when they went unanswered.",
    "Good practice was also evident, particularly in the warm and consistent relationship that the nursery keyworker built with the youngest child.",
    "The reviewer spoke with the maternal grandmother, who described the children as lively, affectionate and often hungry.",
    "It would be easy, with hindsight, to criticise individuals, but the review has tried to understand why their actions made sense to them at the time.",
    "The absence of a shared chronology meant that the cumulative impact of neglect was never properly weighed.",
    "Managers acknowledged that the threshold guidance was open to interpretation and was applied inconsistently across teams.",
    "The children's own words, where they were recorded, suggest anxiety about being separated from their mother.",
    "Practitioners who knew the family best were not always invited to the meetings where decisions were made.",
    "The plan contained many actions but few measurable outcomes, and progress was reported in general terms.",
    "Visits were usually announced in advance, giving the household time to prepare and present a tidy home.",
    "Concerns raised by the school were acknowledged in writing but did not lead to any change in the level of intervention.",
    "There is no evidence that the significance of the father's previous convictions was understood by those working with the family.",
    "The mother was herself a care leaver, and her own experiences shaped how she viewed professionals and their intentions.",
    "Some agencies closed their involvement on the assumption that another service remained active, when in fact none did.",
    "Training on neglect had been delivered across the partnership, yet few practitioners could recall using the recommended assessment tool.",
    "The reviewer noted the considerable skill shown by the family support worker in maintaining contact through a difficult winter.",
    "Decisions taken at the front door were recorded with brief rationales that did not refer to the full history.",
    "The review has been told that these arrangements have since been strengthened, and some of the changes are described later in this report.",
    "Professional curiosity was present in individual practitioners but was not sustained once the case moved between teams.",
    "The household was known to be under financial strain, and the impact of debt on parenting capacity was not explored.",
    "Health professionals were reassured by the children's growth, although weight alone is a poor indicator of emotional neglect.",
    "Across the period under review the family was allocated to no fewer than several different social workers in quick succession.",
]


def words(s):
    return s.split()


class ParaMaker:
    """Makes unique paragraphs; index i selects opener/closer topics."""

    def __init__(self):
        self.i = 0
        self.seen_start = set()
        self.seen_end = set()
        n = len(TOPICS)
        starts = [" ".join(re.findall(r"\w+", t.lower())[:5]) for t in TOPICS]
        assert len(set(starts)) == n

    def make(self, target_words, seed=None):
        i = self.i
        self.i += 1
        n = len(TOPICS)
        assert i < n
        rng = random.Random(1000 + i if seed is None else seed)
        opener = OPENERS[i % len(OPENERS)].format(t=TOPICS[i])
        opener = opener[0].upper() + opener[1:]
        closer = CLOSERS[i % len(CLOSERS)].format(t=TOPICS[(i * 7 + 3) % n])
        pool = POOL[:]
        rng.shuffle(pool)
        body = [opener]
        count = len(words(opener)) + len(words(closer))
        for s in pool:
            if count + len(words(s)) > target_words:
                continue
            body.append(s)
            count += len(words(s))
            if count >= target_words - 8:
                break
        body.append(closer)
        text = " ".join(body)
        return text


def key_words(text):
    w = text.split()
    return " ".join(w[:8]), " ".join(w[-6:])


def norm(s):
    return re.findall(r"\w+", s.lower())


def contains_seq(hay, needle):
    n = len(needle)
    return any(hay[k:k + n] == needle for k in range(len(hay) - n + 1))
