"""Deterministic fictional prose for the blind4 test documents. FICTIONAL."""

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
AGENCIES = ["the Harrowmere children's social care team", "Eastbrook Primary School",
            "the Wendling health visiting service", "Caldmoor Police",
            "the Ravensby Housing Association", "the Linthorpe GP practice",
            "the Fenwold youth offending service", "the emergency department at St Aldric's Hospital",
            "the Brackley adult mental health team", "the Oxley early help hub"]
EVENTS = ["received a referral about Child Y from a neighbour",
          "recorded a disclosure made by Child Y's older sibling",
          "noted that the family had missed three appointments",
          "completed a home visit that was brief and unannounced",
          "shared information with the multi-agency hub by telephone",
          "closed its involvement without a documented discussion",
          "convened a strategy discussion about the household",
          "learned that Child Y had moved to a relative's address",
          "identified bruising that was not explained by the parent"]
ACTS = ["escalated its concern to a manager", "checked the address held by other agencies",
        "spoken with Child Y alone", "recorded the views of the mother's partner",
        "sought advice from the designated safeguarding lead", "invited health colleagues to the meeting",
        "reviewed the earlier chronology", "considered the impact of the housing move"]
MID = [
    "Practitioners described a family who presented as cooperative but who rarely kept agreed appointments.",
    "The records show that information was held in several places and was not brought together.",
    "Child Y was described by teachers as quiet, watchful and often hungry on Monday mornings.",
    "There is no indication that the father's history was known to the professionals working with the mother.",
    "Supervision notes from this period are brief and mostly concern workload rather than risk.",
    "The review panel considered whether the threshold for a child protection enquiry had been met.",
    "Contact between agencies was largely by email, and replies were sometimes delayed by several weeks.",
    "The mother told the health visitor that she felt isolated after the move to Fenwold Road.",
    "Several practitioners said in interview that they assumed another agency was taking the lead.",
    "The case recording system did not prompt staff to consider previous referrals about the same address.",
    "Managers at the time were covering vacant posts and had limited capacity for case oversight.",
    "The panel noted that the voice of Child Y is largely absent from the records of this period.",
    "No single agency held a complete picture of the adults who were living in the household.",
    "The school's pastoral lead kept careful notes, but these were not shared beyond the school.",
    "Interpreting support was offered once and was not offered again at later meetings.",
    "The family's financial difficulties were known to the housing officer but not to other agencies.",
    "It is not clear from the records whether the planned follow-up visit ever took place.",
    "The author of this review spoke with the practitioners involved and is grateful for their candour.",
    "Guidance issued by the partnership in that year did not address children living in temporary accommodation.",
    "Child Y's attendance fell steadily during the spring term, from ninety per cent to under seventy.",
    "The records describe the maternal grandmother as a protective figure who visited most weekends.",
    "A referral form was completed but the section describing the child's lived experience was left blank.",
    "The police log for the incident records that the children were asleep and were not seen.",
    "This pattern of drift is one the partnership has identified in previous local reviews.",
]


def first_sentence(i):
    m, y = MONTHS[i % 12], 2016 + (i // 12) % 7
    a, e = AGENCIES[(i * 3) % 10], EVENTS[i % 9]
    if i % 3 == 0:
        return f"In {m} {y}, {a} {e}."
    if i % 3 == 1:
        return f"During {m} {y} {a} {e}."
    return f"Early in {m} {y}, {a} {e}."


def closing_sentence(i):
    a = AGENCIES[(i * 7 + 1) % 10]
    act = ACTS[i % 8]
    day = 1 + (i * 11) % 28
    m = MONTHS[(i * 5 + 2) % 12]
    y = 2016 + (i * 3) % 7
    return f"The review found no record that {a} had {act} before {day} {m} {y}."


def mids(i, n):
    return [MID[(i * 5 + k * 3) % len(MID)] for k in range(n)]


def para(i, n_mid=3, insert=None):
    """Full paragraph text. insert: (position, sentence) inserted among the middle sentences."""
    ms = mids(i, n_mid)
    if insert:
        ms.insert(insert[0], insert[1])
    return " ".join([first_sentence(i), *ms, closing_sentence(i)])


SUBS = [
    "the referral from the school was not linked to the earlier police notification;",
    "the health visitor was not invited to the initial strategy discussion;",
    "the housing officer's concerns about overcrowding were recorded only in the tenancy file;",
    "the assessment relied on the mother's account without checking it with other agencies;",
    "the plan contained no dates by which actions were to be completed;",
    "nobody was named as responsible for reviewing progress after six weeks;",
    "Child Y's own account of events at home was recorded in a single sentence;",
    "the GP practice was not told that a child protection plan had been made;",
    "the father was described as absent although he was known to visit regularly;",
    "the transfer of the case between teams took place during a period of sickness absence;",
    "the school nurse received the family's new address only after a delay of two months;",
    "the legal planning meeting was postponed twice and did not take place until the autumn.",
]
