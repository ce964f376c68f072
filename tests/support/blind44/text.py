"""Invented prose for the blind44 fixtures: blind17's vocabularies and paragraph maker, with seed 44, and this round's
own lead-ins and lettered and roman sub-paragraphs. FICTIONAL – for software testing. Every person, place, agency,
service and publication named here is invented; nothing is graphic.
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

contains_seq, key_words, norm = _blind17.contains_seq, _blind17.key_words, _blind17.norm


class ParaMaker(_blind17.ParaMaker):
    def __init__(self, seed: int = 44) -> None:
        super().__init__(seed)


# a paragraph with sub-paragraphs: (lead-in that ends the paragraph's own text, [(letter item, [roman items])])
# --------------------------------------------------------------------------
# doubled.html: a council's CMS page (Orbury, FICTIONAL)
# --------------------------------------------------------------------------
DB_SUBS = {
    "3.2": ("The panel found three reasons why the referral was not followed up:", [
        ("the duty social worker at Orbury left the authority in the same week and her cases were shared out "
         "without a handover note", []),
        ("the school nurse believed that the referral had been accepted because she had received an automatic "
         "acknowledgement by email", []),
        ("nobody had been named as responsible for telling the family what would happen next, so each service "
         "waited for another to act", []),
    ]),
    "4.1": ("The partnership has already taken the following steps in response to this review:", [
        ("a single front door telephone line for schools was opened in Orbury in September and is staffed until "
         "six in the evening", []),
        ("every closed referral now triggers a letter to the referrer that names the worker who closed it and "
         "gives the reason in plain words", []),
    ]),
}

# --------------------------------------------------------------------------
# numline.md: a designed review converted to Markdown (Cawdell Vale, FICTIONAL)
# --------------------------------------------------------------------------
NL_SUBS = {
    "2.3": ("The review identified two kinds of missed opportunity:", [
        ("occasions on which a practitioner saw something that worried them and recorded it without telling "
         "anyone else, which happened at least six times in the Cawdell Vale records;", []),
        ("occasions on which a meeting was planned and did not take place, of which the panel counted four "
         "between the spring and the winter of the review period.", []),
    ]),
    "3.4": ("Three agencies held information that, taken together, showed the risk growing:", [
        ("the ambulance trust, which attended the flat on Sallow Lane five times, in particular:", [
            "the crews recorded bruising on two visits and a smell of gas on a third;",
            "no crew was told that earlier crews had raised the same concerns;",
        ]),
        ("the housing association, whose repairs officer noted the broken front door lock twice and ordered "
         "a replacement that was never fitted;", []),
        ("the community mental health team, which closed the case after three missed appointments without "
         "checking why the letters had gone unanswered.", []),
    ]),
}

# --------------------------------------------------------------------------
# wordsave.txt: a domestic homicide review saved from Word as plain text (Hensby Moor, FICTIONAL)
# --------------------------------------------------------------------------
WS_SUBS = {
    "2.2": ("The terms of reference asked the panel to consider the following questions:", [
        ("what each agency knew about the relationship between Mrs Talland and her husband, and when it knew it;",
         []),
        ("whether risk assessments were completed and shared, and in particular:", [
            "whether the assessment forms were completed with Mrs Talland alone;",
            "whether the scores were passed to the Hensby Moor risk conference;",
        ]),
        ("how far the response of each agency took account of her work as a carer for her mother.", []),
    ]),
    "4.3": ("The panel makes the following observations about routine enquiry:", [
        ("the surgery at Orchard Passage asked the question once in four years, at a new patient check;", []),
        ("the maternity service asked it at every booking appointment, but always with the husband present, so "
         "that the answer given could not be relied upon.", []),
    ]),
}


def sub_text(lead: str, items: list, style: str) -> tuple[str, list[str]]:
    """The paragraph's lead-in and its sub-paragraphs as lines: markers "(a)" and "(i)" (style "paren") or none.
    Returns the joined text and the lines (the lead-in first)."""
    lines = [lead]
    for k, (s, romans) in enumerate(items):
        mark = f"({'abcdefgh'[k]}) " if style == "paren" else ""
        lines.append(mark + s)
        for j, r in enumerate(romans):
            rm = f"({['i', 'ii', 'iii', 'iv'][j]}) " if style == "paren" else ""
            lines.append(rm + r)
    return " ".join(lines), lines
