"""Deterministic fictional safeguarding-review prose for the blind6 test documents.

Everything here is invented: people, places and events.
"""
from __future__ import annotations

import random
import re

WORD_RE = re.compile(r"\w+")


def words(s: str) -> list[str]:
    return [w.lower() for w in WORD_RE.findall(s)]


def head(s: str, n: int = 8) -> str:
    return " ".join(s.split()[:n])


def tail(s: str, n: int = 6) -> str:
    return " ".join(s.split()[-n:])


def count(s: str) -> int:
    return len(s.split())


MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]

ACTORS = [
    "the health visitor", "the allocated social worker",
    "the school's designated safeguarding lead", "the GP practice",
    "the police public protection unit", "the family support worker",
    "the community midwife", "the housing officer", "the duty team manager",
    "the substance misuse worker", "the community paediatrician",
    "the early help coordinator", "the school nursing service",
    "the emergency department triage nurse",
    "the domestic abuse outreach worker", "the children's centre practitioner",
    "the out-of-hours social work team",
    "the probation officer supervising {partner}",
]

ACTIONS = [
    "recorded concerns about {child}'s weight and general presentation",
    "received a referral describing a bruise on {child}'s upper arm",
    "noted that {parent} had missed three consecutive appointments",
    "was told by a neighbour that {child} was often left alone in the evenings",
    "completed an unannounced home visit to the flat in {place}",
    "learned that {partner} had moved back into the household",
    "saw {child} with an unexplained mark on the back of the hand",
    "was informed that {child} had not attended school for eleven days",
    "received a call from {parent} asking for help with rent arrears",
    "observed that the home had no working heating and very little food",
    "attended a callout following a report of shouting at the address",
    "heard {child} say that {partner} had hit {pronoun} with a belt",
    "noted that {parent} appeared intoxicated during the appointment",
    "closed the early help assessment after the family declined further support",
    "asked {parent} about domestic abuse using the routine enquiry questions",
    "shared a chronology with the multi-agency safeguarding hub",
    "identified that {sibling} was also living at the address",
    "raised the possibility of neglect during a telephone consultation",
    "noted another missed immunisation appointment for {sibling}",
    "received an anonymous referral about the condition of the property",
    "was unable to gain access to the home on two separate occasions",
    "was told by {child} that there was often nothing to eat at weekends",
    "discussed the family at a multi-agency risk assessment conference",
    "recorded that {parent} had described feeling low and isolated",
    "was informed that {partner} had been released from custody",
    "observed {child} flinching when an adult raised their voice",
    "spoke to {parent} about the safe storage of prescribed medication",
    "completed a single assessment that recommended no further action",
    "was advised that the family had moved to temporary accommodation in {place}",
    "noted that {child}'s school attendance had fallen below seventy per cent",
    "received a report that {child} had been seen outside late at night",
    "learned that the tenancy in {place} was at risk because of arrears",
]

CONSEQUENCES = [
    ", but this information was not shared with children's social care",
    ", although no strategy discussion was convened",
    ", and the case was closed within a fortnight",
    ", but the significance of this was not explored in supervision",
    ", yet the chronology held by the local authority did not record it",
    ", but nobody spoke to {child} alone about what had happened",
    ", and the information was filed without being read by a manager",
    ", but the referral was logged as a contact and not progressed",
    ", although the health record was not updated until weeks later",
    ", and this was treated as an isolated incident rather than part of a pattern",
    ", but {partner}'s history was not checked with the police",
    ", which prompted a request for a welfare check that was never completed",
    ", but the concern was not escalated when the response was delayed",
    ", and the family were given advice but no follow-up was arranged",
    ", but each agency assumed that another was taking the lead",
    ", and the practitioner recorded an intention to revisit that did not happen",
    ", but there was no reference to this in the next core group minutes",
    ", which the review considers to have been a missed opportunity",
    ", and a letter was sent to {parent} offering an appointment that was not kept",
    ", although the information reached the hub only after a delay of nine days",
    ", and the note on file gave no view about what this meant for {child}",
    ", but the manager agreed that the plan could continue unchanged",
    ", although the team had no record of the earlier referral",
    ", but the visit was not rearranged when the family were out",
    ", and the worker left a calling card asking {parent} to make contact",
    ", but no check was made on who else was living in the home",
    ", which was discussed at the weekly allocation meeting without an outcome",
    ", and the file was transferred to a locality team with a different recording system",
    ", but the school was not told about the concern",
    ", which led to a home visit by a student social worker on her own",
    ", although the decision was not explained to {parent}",
    ", but the request for a paediatric assessment was declined on the basis of age",
    ", and the case was stepped down to early help without a handover meeting",
    ", but the practitioner did not know that a child protection plan had ended",
    ", which meant that the warning markers on the police system were not updated",
    ", and a further referral was received from the same source within a month",
    ", but the information was recorded on {sibling}'s file rather than on {child}'s",
    ", although the health visitor had already raised the same issue",
    ", and this became the basis for closing the case at the next review",
    ", but the outcome of the referral was never fed back to the referrer",
]

ANALYTIC = [
    "The review panel considered whether the threshold for a section 47 enquiry had been met at this point.",
    "Practitioners told the review that caseloads in the team were unusually high during this period.",
    "There is no evidence that {child}'s own views were sought or recorded by any agency.",
    "Supervision records show that the case was discussed only once in six months.",
    "Information sharing between health and children's social care depended largely on individual relationships.",
    "The learning here concerns the difference between recording a concern and acting on it.",
    "Managers did not have sufficient oversight of cases held at the early help level.",
    "Each agency held a partial picture, and no single agency was able to see the cumulative risk.",
    "The panel heard that the recording systems used by health and social care could not exchange information.",
    "Professional curiosity about the adults in the household was limited throughout.",
    "This pattern of disguised compliance was recognised only in hindsight.",
    "The threshold document in use at the time was open to differing interpretations.",
    "Escalation procedures existed but were not well understood by frontline staff.",
    "The review found no evidence of a shared plan that all agencies had agreed.",
    "Practitioners described {parent} as warm and engaging, which may have lowered their sense of concern.",
    "The impact of poverty and poor housing on the family's daily life was not fully considered.",
    "There was an over-reliance on what {parent} reported about the adults living in the home.",
    "Records show that {child} was seen on many occasions but rarely spoken to alone.",
    "The voice of the child is largely absent from the records of this period.",
    "Agencies were slow to recognise the cumulative impact of neglect on {child}.",
    "The panel considered that the decision to step the case down was premature.",
    "It is not clear from the records who was responsible for coordinating the response.",
    "Frontline staff reported that they did not always receive feedback on referrals they had made.",
    "The review recognises that practitioners were working under considerable pressure at the time.",
    "The quality of recording varied considerably between agencies and between individual practitioners.",
    "Opportunities to convene a multi-agency meeting were not taken.",
    "The role of {partner} within the household was never properly assessed.",
    "Health colleagues were not invited to the strategy discussion, which limited the information available.",
    "The family's frequent moves between addresses made it harder for agencies to maintain contact.",
    "Good practice was evident in the persistence shown by the school in following up absences.",
    "The panel noted that the same concerns were raised repeatedly without any change to the plan.",
    "Assessments tended to focus on the immediate incident rather than on the history of the family.",
    "Management oversight was recorded but added little analysis or direction.",
    "The review was told that the service has since introduced a revised supervision policy.",
    "Language and cultural needs were not considered when planning contact with the family.",
    "Several practitioners said that they would have welcomed the opportunity to challenge decisions.",
    "The risk posed by {partner} was understood by the police but not by other agencies.",
    "Children's social care did not seek the views of the GP before closing the case.",
    "It would have been helpful for the case to be discussed at the local neglect panel.",
    "{parent} told the review that she had not understood why agencies were involved.",
    "The chronology shows a gradual deterioration that was visible across several agencies.",
    "Lessons from previous local reviews on information sharing had not been fully embedded.",
    "There was a reasonable expectation that the health visiting service would follow up the missed contacts.",
    "The absence of a lead professional meant that nobody held an overview of the family's needs.",
    "This was a significant point at which a different response might have changed the outcome for {child}.",
    "Professionals meetings were held, but their actions were not recorded in a way that could be tracked.",
    "The panel was struck by how often the family were described as hard to engage.",
    "Written agreements were used in place of a plan, and their effectiveness was never reviewed.",
    "Staff turnover in the team meant that {child} had four social workers in eighteen months.",
    "Referrals were often made by telephone and not followed up in writing as local procedures required.",
    "The records suggest that concerns about hygiene were seen as a matter of parenting style.",
    "School staff understood the family well but were not invited to contribute to assessments.",
]

FOOTNOTES = [
    "Working Together to Safeguard Children is the statutory guidance referred to throughout this report; the version in force at the time of the events has been used.",
    "The local threshold document describes four levels of need; the review refers to them by the names used locally.",
    "The multi-agency safeguarding hub (MASH) receives and screens contacts from all partner agencies in the area.",
    "Records were examined for the whole of the review period; the chronology in the appendix summarises the key entries.",
    "A strategy discussion is required whenever there is reasonable cause to suspect that a child is suffering, or is likely to suffer, significant harm.",
    "The panel was not able to speak to every practitioner involved, and some accounts are taken from agency reports.",
]

LONG_FOOTNOTE = (
    "The review panel was told that the two recording systems in use at the time could not exchange "
    "information automatically, so that a contact recorded by the health visiting service would only reach "
    "children's social care if a practitioner made a separate referral by telephone or secure email. Several "
    "practitioners described keeping their own informal lists of families about whom they were worried, and "
    "the panel understands that some of these lists were never transferred when staff left the service. The "
    "partnership has since commissioned work to align the systems, and an interim protocol requires that every "
    "safeguarding contact is confirmed in writing within one working day. The panel has not been able to test "
    "whether the protocol is working as intended, and recommends that it is audited within twelve months."
)


# first-eight-word tuples already used by documents finished earlier in the same run
TAKEN_HEADS: set[tuple[str, ...]] = set()


class Prose:
    """Generates unique sentences and paragraphs for one document."""

    def __init__(self, seed: int, names: dict[str, str], years: tuple[int, int]):
        self.rng = random.Random(seed)
        self.names = names
        self.years = years
        self.used_sentences: set[str] = set()
        self.used_heads: set[tuple[str, ...]] = set()
        self.used_tails: set[tuple[str, ...]] = set()
        self.analytic = list(ANALYTIC)
        self.rng.shuffle(self.analytic)
        self.uses: dict[int, list[int]] = {}

    def _pick(self, pool: list[str]) -> str:
        """Random choice among the least-used entries of pool (keeps prose varied)."""
        uses = self.uses.setdefault(id(pool), [0] * len(pool))
        low = min(uses)
        i = self.rng.choice([k for k, u in enumerate(uses) if u == low])
        uses[i] += 1
        return pool[i]

    def fill(self, s: str) -> str:
        out = s.format(**self.names)
        return out[0].upper() + out[1:]

    def composite(self, dated: bool | None = None) -> str:
        rng = self.rng
        for _ in range(200):
            actor = self._pick(ACTORS)
            action = self._pick(ACTIONS)
            cons = self._pick(CONSEQUENCES)
            if dated is None:
                d = rng.random() < 0.5
            else:
                d = dated
            if d:
                lead = f"In {rng.choice(MONTHS)} {rng.randint(*self.years)} {actor}"
            else:
                lead = actor
            s = self.fill(f"{lead} {action}{cons}.")
            if s not in self.used_sentences:
                self.used_sentences.add(s)
                return s
        raise RuntimeError("sentence pool exhausted")

    def analytic_sentence(self) -> str | None:
        while self.analytic:
            s = self.fill(self.analytic.pop())
            if s not in self.used_sentences:
                self.used_sentences.add(s)
                return s
        return None

    def sentence(self) -> str:
        if self.rng.random() < 0.45:
            s = self.analytic_sentence()
            if s:
                return s
        return self.composite()

    def paragraph(self, lo: int = 70, hi: int = 150, opener: str | None = None) -> str:
        target = self.rng.randint(lo, hi)
        for _ in range(50):
            sents = [opener] if opener else [self.sentence()]
            if not self._head_ok(sents[0]):
                if opener:
                    break
                continue
            while count(" ".join(sents)) < target:
                sents.append(self.sentence())
            while count(" ".join(sents)) > 250:
                sents.pop()
            if self._finish(sents, max(lo - 8, 20)):
                return " ".join(sents)
        raise RuntimeError("could not make a unique paragraph")

    def item(self, lo: int = 22, hi: int = 45) -> str:
        """A short sub-paragraph (one or two sentences)."""
        for _ in range(50):
            sents = [self.composite(dated=False)]
            if not self._head_ok(sents[0]):
                continue
            if count(sents[0]) < lo:
                sents.append(self.sentence())
            if count(" ".join(sents)) <= hi + 25 and self._finish(sents):
                return " ".join(sents)
        raise RuntimeError("could not make a unique item")

    def _head_ok(self, first_sentence: str) -> bool:
        w = words(first_sentence)
        if w[0].isdigit() or w[0] in {"i", "ii", "iii", "iv", "v", "a", "b", "c"}:
            return False
        h = tuple(words(head(first_sentence)))
        return h not in self.used_heads and h not in TAKEN_HEADS

    def _finish(self, sents: list[str], min_words: int = 0) -> bool:
        """Make the tail unique (replacing the last sentence if needed) and register."""
        for _ in range(40):
            while count(" ".join(sents)) < min_words:
                sents.append(self.sentence())
            text = " ".join(sents)
            t = tuple(words(tail(text)))
            if t not in self.used_tails and count(text) <= 250:
                self.used_heads.add(tuple(words(head(text))))
                self.used_tails.add(t)
                return True
            if len(sents) < 2:
                return False
            sents[-1] = self.sentence()
        return False


def smart(s: str) -> str:
    """Typographic apostrophes, as a word processor would produce."""
    return s.replace("'", "\u2019")
