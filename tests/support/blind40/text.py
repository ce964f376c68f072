"""Invented prose for the blind40 fixtures: blind17's vocabularies and paragraph maker, with seed 40, and this round's
own sentences: words that a typesetter ligates, quotations that hang in the margin, long compounds that typographic
tools break up with invisible characters.
FICTIONAL – for software testing. Every person, place, agency, service and publication named here is invented;
nothing is graphic. The long chronology of blind17 is not used in this round.
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
    def __init__(self, seed: int = 40) -> None:
        super().__init__(seed)


# --------------------------------------------------------------------------
# ligatures.pdf: a safeguarding adults review exported from Word with ligatures (Hollinsmere, FICTIONAL)
# --------------------------------------------------------------------------
# sentences full of "fi" and "fl", to open and to close paragraphs, so that ligatures fall among the key's words
LG_OPEN = ["Officers first flagged the conflict in the flat in February.",
           "Five different professionals filed notes about the flat that winter.",
           "The final fieldwork for this review finished in October 2023."]
LG_CLOSE = ["Nobody reflected on what those fifteen files said about his fluctuating confidence.",
            "The board accepted each finding and its officers will report in the first half of 2025."]

# --------------------------------------------------------------------------
# oldstyle.pdf: a domestic homicide review set in InDesign with an expert set (Askerwick, FICTIONAL)
# --------------------------------------------------------------------------
# quotations that open a paragraph (their opening mark hangs into the gutter) or a sentence after the first
OS_QUOTES = ["\u201cShe always said she was fine, and we took her at her word,\u201d her sister told the panel.",
             "\u2018We did not know who else was involved,\u2019 one practitioner said at the learning event.",
             "\u201cThe letters went to the old address for months,\u201d a neighbour said."]

# --------------------------------------------------------------------------
# optbreaks.docx: a child safeguarding practice review with optional hyphens and zero-width spaces (Penderrow)
# --------------------------------------------------------------------------
# words written with break marks: "|" an optional hyphen (Word's w:softHyphen), "~" a soft hyphen character U+00AD
# in the text (pasted from the earlier report's PDF), "^" a zero-width space U+200B (pasted from the web page), "="
# a non-breaking hyphen (Word's w:noBreakHyphen)
OB_OPEN = ["Multi=agency safe|guarding arrange|ments in Pender^row were reviewed in 2023.",
           "Inter~professional communi~cation about Child M was the subject of this chapter.",
           "Safe~guarding partners^hip arrangements changed twice during the period under review."]
OB_CLOSE = ["Those responsi|bilities were never written down in any multi=agency agree|ment.",
            "The partnership has accepted this and its recommen~dations for the children\u2019s ser^vices.",
            "The school\u2019s designated safe|guarding lead raised this at the Penderrow strategy discussion."]

# --------------------------------------------------------------------------
# wptypo.html: a board's WordPress post run through the wp-Typography plugin (Marlesby, FICTIONAL)
# --------------------------------------------------------------------------
WT_OPEN = ["\u201cNobody asked Mr Tarrant what he wanted,\u201d his daughter told the reviewer.",
           "The NHS trust and the GP practice shared a multi-agency self-neglect protocol."]
WT_CLOSE = ["The board will publish its response at https://www.marlesby-sab.org.uk/reviews/mr-tarrant/.",
            "Its recommendations are set out in section 5 of the report."]

# --------------------------------------------------------------------------
# printonly.html: an inquiry's Bootstrap site with visually hidden and print-only numbers (Thrushcombe, FICTIONAL)
# --------------------------------------------------------------------------
PO_OPEN = ["Thrushcombe\u2019s multi-agency safeguarding hub received the referral on 3 March 2022.",
           "Counter-terrorism and anti-social-behaviour panels both discussed the family that spring."]
PO_CLOSE = ["The hub\u2019s procedures are at https://www.thrushcombe.gov.uk/safeguarding/hub-procedures/2021.",
            "That was the last time any agency saw her before the inquiry began."]
