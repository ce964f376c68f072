"""Invented prose for the blind42 fixtures: blind17's vocabularies and paragraph maker, with seed 42, and this round's
own boxes: case studies, pull quotes and learning points that interrupt a numbered paragraph in mid-sentence.
FICTIONAL – for software testing. Every person, place, agency, service and publication named here is invented;
nothing is graphic.
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
    def __init__(self, seed: int = 42) -> None:
        super().__init__(seed)


def split_mid(text: str) -> tuple[str, str]:
    """``text`` cut in the middle of a sentence past its middle: the first part ends on a word with no stop or comma
    after it, the second opens with a lower-case word (how a box that interrupts a paragraph leaves it)."""
    w = text.split()
    for i in range(len(w) // 2, len(w) - 8):
        if w[i - 1][-1].isalpha() and w[i][0].islower() and w[i][-1].isalpha() and i >= 10:
            return " ".join(w[:i]), " ".join(w[i:])
    raise AssertionError("no place to break " + text[:40])


# --------------------------------------------------------------------------
# boxbreak.pdf: a safeguarding adults review with case-study boxes and pull quotes (Wrenhaven, FICTIONAL)
# --------------------------------------------------------------------------
BB_BOXES = [
    ("Case study: Mr Quayle\u2019s Tuesdays",
     "Every Tuesday Mr Quayle walked to the Wrenhaven day centre, ate lunch and walked home before dark. When the "
     "centre closed for refurbishment in 2022 nobody asked where he would go instead. His support worker noticed "
     "only in March that he had stopped leaving the flat."),
    ("PULL", "\u201cHe was always polite at the door, so we thought he was managing.\u201d",
     "\u2013 a housing officer at the learning event"),
    ("Case study: the missed letters",
     "Three appointment letters from the Ashcombe Vale memory clinic went to the address Mr Quayle had left in "
     "2019. Each was returned unopened and each time the clinic closed the referral. The learning points below "
     "were agreed at the practitioners\u2019 event:",
     ["1. Check the address with the person, not only with the record.",
      "2. A returned letter is a reason to call, not to close.",
      "3. Tell the referrer when a referral is closed."]),
]

# --------------------------------------------------------------------------
# numslast.pdf: a domestic homicide review from a Word template with margin text boxes (Pellingford, FICTIONAL)
# --------------------------------------------------------------------------
NL_BOARD = "Pellingford Community Safety Partnership (FICTIONAL)"

# --------------------------------------------------------------------------
# anchored.docx: a child safeguarding practice review with text boxes anchored mid-sentence (Starbridge)
# --------------------------------------------------------------------------
AN_BOXES = [
    ("What Toby told us",
     ["Toby, now fourteen, met the reviewer twice at his grandmother\u2019s house in Starbridge.",
      "He said the worst part was telling the same story to four different people in one week, and that nobody "
      "told him what happened after he spoke to them."]),
    ("Practice example: the Starbridge early help hub",
     ["The hub holds a weekly huddle at which every new request is read aloud by the worker who took it.",
      "Since 2023 the huddle has closed no request without a named worker agreeing the next step with the "
      "family."]),
]
AN_LEARNING = ["Ask the child who they have already spoken to.", "Tell the child what will happen next.",
               "Write down the child\u2019s own words."]
AN_QUOTE = "\u201cI just wanted someone to ring me back.\u201d \u2013 Toby\u2019s mother"

# --------------------------------------------------------------------------
# shortcode.html: a board's WordPress post with shortcode boxes inside paragraphs (Marrowby, FICTIONAL)
# --------------------------------------------------------------------------
SC_CASE = ("Case study: Ms Ferrell\u2019s hospital discharge",
           "Ms Ferrell was discharged from Marrowby General at 21:40 on a Friday with a care package due to start "
           "on the Monday. The discharge letter reached her GP practice eleven days later.")
SC_QUOTES = ["\u201cEvery agency had a piece of the picture and nobody had the frame.\u201d",
             "\u201cShe told us she was frightened and we wrote down that she was anxious.\u201d"]

# --------------------------------------------------------------------------
# boxsplit.md: a designed review converted from PDF to Markdown by a layout-aware tool (Halsey Cross, FICTIONAL)
# --------------------------------------------------------------------------
BS_BOXES = [
    ("Key learning",
     "Professional curiosity means asking the second question, and the third, even when the first answer sounds "
     "reassuring."),
    ("In her own words",
     "\u201cI kept the house nice so they wouldn\u2019t look any further. It worked, every time.\u201d"),
    ("Case study: the Halsey Cross refuge",
     "When the refuge in Halsey Cross lost its night worker in 2021, residents were given a mobile number that "
     "rang in the manager\u2019s house. Two calls in the review period went unanswered."),
]
