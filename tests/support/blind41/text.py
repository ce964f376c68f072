"""Invented prose for the blind41 fixtures: blind17's vocabularies and paragraph maker, with seed 41, and this round's
own sentences for reports by bodies other than safeguarding partnerships: a coroner's matters of concern, a family
court's judgment, a joint inspection, a domestic homicide review on the Home Office template and a select committee.
FICTIONAL – for software testing. Every person, place, court, committee, inspectorate, agency and service named here
is invented; nothing is graphic. The long chronology of blind17 is not used in this round.
"""

from __future__ import annotations

import importlib.util
import os

try:
    from ..blind17 import text as _blind17
except ImportError:  # make.py run as a script: blind17's module by its path
    _spec = importlib.util.spec_from_file_location(
        "blind17_text", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "blind17", "text.py"))
    assert _spec is not None and _spec.loader is not None
    _blind17 = importlib.util.module_from_spec(_spec)
    _spec.loader.exec_module(_blind17)

contains_seq, first_sentence, key_words, norm = (_blind17.contains_seq, _blind17.first_sentence,
                                                 _blind17.key_words, _blind17.norm)


class ParaMaker(_blind17.ParaMaker):
    def __init__(self, seed: int = 41) -> None:
        super().__init__(seed)


# pfd.pdf: a coroner's Regulation 28 report after the inquest touching the death of Mr Tobias Renwick (Harrowmere)
PFD_OPEN = ["The inquest heard that no single agency held the whole picture of Mr Renwick's week.",
            "Evidence was given that the crisis line's call records are kept for only thirty days.",
            "I heard that the ward's discharge checklist has no place to record who will be at home.",
            "The court was told that referrals made after five in the afternoon wait until the next morning.",
            "A witness from the housing service accepted that the notice was served without a welfare check."]
# judgment.html: a family court judgment (Calderbridge)
JG_OPEN = ["In reaching my findings I have reminded myself that the burden of proof lies on the local authority.",
           "The mother gave evidence over the course of a day and a half, with the help of an intermediary.",
           "I turn then to the evidence of the social worker, which I found careful and fair.",
           "Counsel for the children's guardian submitted that the threshold was crossed by a wide margin."]
JG_QUOTE = ("The court must be satisfied that the child concerned is suffering, or is likely to suffer, significant "
            "harm, and that the harm is attributable to the care given to the child not being what it would be "
            "reasonable to expect a parent to give.")
JG_SUBS = ["the mother's account of the night of 9 October 2023 changed in its essentials three times;",
           "the school's records of the bruising are contemporaneous and I accept them; and",
           "the father's absence from the home on that night is confirmed by the telephone records."]
# inspection.pdf: a joint targeted area inspection (Calderbridge) and its side panels
IN_PANELS = [
    ("What needs to improve", ["The timeliness of strategy discussions when children go missing from care.",
                               "How the police share information about exploitation with schools.",
                               "Managers' oversight of return home interviews."]),
    ("Strengths", ["A well-led multi-agency exploitation hub that knows its children.",
                   "Skilled youth workers who stay with children over time."]),
    ("What needs to improve", ["The quality of health assessments for children placed out of area.",
                               "Recording of the voice of the child in plans."]),
]
# committee.html: the Families and Communities Committee's report (bold recommendations)
CM_RECS = ["We recommend that the Department publishes a timetable for the national register of children missing "
           "education within six months of this report.",
           "The Government should fund every safeguarding partnership to employ an independent scrutineer for at "
           "least three days each month.",
           "We recommend that the Department consults on a duty to notify the local authority when a child is "
           "moved to a placement more than twenty miles from home.",
           "Inspectorates should report jointly, within one year, on how partnerships use the learning from "
           "reviews of deaths that did not lead to a statutory review.",
           "The Government must set out in its response how it will measure whether the changes it has made have "
           "made children in the care system any safer."]
