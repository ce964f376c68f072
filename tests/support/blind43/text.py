"""Invented prose for the blind43 fixtures: blind17's vocabularies and paragraph maker, with seed 43, and this round's
own covering notes, inline replies and reviewers' comments (e-mails, a compared draft, a converted draft).
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

contains_seq, key_words, norm = _blind17.contains_seq, _blind17.key_words, _blind17.norm


class ParaMaker(_blind17.ParaMaker):
    def __init__(self, seed: int = 43) -> None:
        super().__init__(seed)


# splitnum.pdf: a partnership's web page printed from Chrome (Corrowmere, FICTIONAL)
SN_SITE = "Corrowmere Safeguarding Children Partnership"
SN_TITLE = "Child Safeguarding Practice Review: Baby Ren | Corrowmere Safeguarding Children Partnership"
SN_URL = "https://www.corrowmere-scp.example/reviews/cspr-baby-ren"

# compared.docx: a draft compared with the next draft in Word (Lathbury, FICTIONAL)
CP_TITLE = "Safeguarding Adults Review: Mr Oswin Tarrant"
CP_BOARD = "Lathbury Safeguarding Adults Board (FICTIONAL)"
# words the second draft changed (old, new) inside paragraphs; each pair is found in a paragraph's text
CP_INSERTED = ("following the Lathbury panel meeting in November",)

# replied.html: a Thunderbird reply with comments inline (Haverleigh, FICTIONAL)
RP_FROM = "Rosa Jellicoe <r.jellicoe@haverleigh-csp.example>"
RP_TO = "Tom Ashdown <tom.ashdown@haverleigh-csp.example>"
RP_SUBJECT = "Re: Fwd: DHR Ms Ottery - sections 3 to 5 for comment"
RP_COMMENTS = [
    "[RJ] Agreed. Can we add the date the refuge referral was closed?",
    "[RJ] This is the paragraph the family asked us to look at again before publication.",
    "[RJ] I would move the sentence about the helpline to section 5 but happy either way.",
    "[RJ] Fine as it is.",
]
RP_MID = "[RJ] Is \u201cseveral\u201d right here? The chronology says four times."

# quoted.txt: a plain-text reply with "> " quoting (Brackmoor, FICTIONAL)
QT_COMMENTS = [
    "Agreed, although the panel may want the dates in a table.",
    "This one reads well now. No changes from me.",
    "Should we name the day centre? The family were content for us to do so.",
    "I have asked the housing team to check the figures quoted here.",
]
QT_MID = "(sorry - I think a word is missing in the line above, please check the original)"

# changes.md: a draft converted with pandoc keeping the tracked changes (Ellersby, FICTIONAL)
CH_AUTHORS = ("Jo Quill", "Sam Ibbot")
CH_COMMENTS = ["Is this the right date? The chronology says the Tuesday.",
               "Family have asked for this wording.",
               "Check with the GP practice before publication."]
