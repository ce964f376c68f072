"""Invented prose for the blind70 fixtures, and this round's furniture for reviews that reach a practitioner as
pictures of pages, with no text layer: one page of a safeguarding adults review scanned to PNG at 300 dpi, a page
of a domestic homicide review photographed on a phone (JPEG), three pages of a practice review scanned to a
multi-page TIFF at 200 dpi, bilevel, two pages of a safeguarding adults review received as a Group 4 fax, and two
phone photos of a thematic review's pages put into one PDF.
FICTIONAL \u2013 for software testing. Every person, place, review, partnership, board, council, agency, number and
address named here is invented; nothing is graphic.

The words of each paragraph are this round's own (blind17's middle sentences): a paragraph opens with a plain
sentence naming a service and a concern and closes with a plain sentence ending in a month, so that the words a
key holds at a paragraph's start and end are common English words that OCR reads reliably (no digits, no rare
names, no quotation marks there).
"""

from __future__ import annotations

import os
import random
import re
import sys

try:
    from ..blindkit import prose as _prose
except ImportError:  # make.py run as a script: blindkit is on sys.path
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    from blindkit import prose as _prose  # type: ignore

contains_seq, key_words, norm = _prose.contains_seq, _prose.key_words, _prose.norm
POOL = _prose.blind17.POOL

FICT = "FICTIONAL \u2013 for software testing."
INVENTED = "Every person, place and service named here is invented."

AGENCIES = {
    "child": ["the health visitor", "the school nurse", "the class teacher", "the family doctor", "the social worker",
              "the police", "the housing officer", "the midwife", "the nursery", "the youth worker"],
    "adult": ["the care agency", "the community nurses", "the family doctor", "the social worker",
              "the housing officer", "the ambulance crews", "the hospital ward", "the pharmacist", "the advocate",
              "the fire service"],
    "dhr": ["the police", "the family doctor", "the housing officer", "the domestic abuse service", "the midwife",
            "the probation officer", "the employer", "the hospital", "the mental health team", "the drug service"],
}
ISSUES = {
    "child": ["the bruise on her arm", "the missed health checks", "the cold and damp flat",
              "the low mood of her mother", "the late arrivals at school", "the new partner", "the loss of weight",
              "the unpaid rent",
              "the older boys outside the school", "the long absences from school"],
    "adult": ["the leg ulcers", "the clutter on the stairs", "the unopened post", "her refusal of personal care",
              "the exhaustion of her husband", "the doubt about her capacity", "the falls at night", "the cold house",
              "the unpaid bills", "the loss of weight"],
    "dhr": ["the controlling behaviour", "the bruising to her wrist", "the threatening messages",
            "the planned separation", "his heavy drinking", "the missed antenatal checks", "the visits to her work",
            "the request for new housing", "the calls from her sister", "the damage to her phone"],
}
OPENERS = [
    "{A} learned of {i} weeks after it was first noticed.",
    "{A} responded to {i} promptly but alone.",
    "{A} saw {i} as part of ordinary family life.",
    "{A} noted {i} in the records and told nobody.",
    "{A} explained to the panel how it had understood {i}.",
    "{A} read {i} differently from the other services.",
    "{A} was never invited to discuss {i} with anyone else.",
    "{A} recognised the importance of {i} from the start.",
    "{A} did not know that others were worried about {i}.",
]
CLOSERS = [
    "The panel accepted this view when it met in {m}.",
    "Practitioners said the same at the learning event in {m}.",
    "The family told the reviewer this when they met in {m}.",
    "The chair recorded this conclusion at the panel meeting in {m}.",
    "Managers confirmed this account in writing in {m}.",
    "The records read by the panel in {m} bear this out.",
    "Staff gave the same account at a meeting held in {m}.",
    "A neighbour told the reviewer much the same in {m}.",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def _cap(s):
    return s[0].upper() + s[1:]


class ParaMaker:
    """Deterministic, unique paragraphs of about a requested length in one of three vocabularies: a plain first
    sentence (a service and a concern), blind17's middle sentences, a plain last sentence ending in a month."""

    def __init__(self, seed: int = 70) -> None:
        rnd = random.Random(seed)
        self.pairs = {}
        for kind in ("child", "adult", "dhr"):
            pairs = [(a, i) for a in AGENCIES[kind] for i in ISSUES[kind]]
            rnd.shuffle(pairs)
            self.pairs[kind] = pairs
        self.closers = [(c, m) for c in CLOSERS for m in MONTHS]
        rnd.shuffle(self.closers)
        self.seed, self.j, self.k = seed, {"child": 0, "adult": 0, "dhr": 0}, 0
        self.starts: set[str] = set()

    def opener(self, kind):
        while True:
            a, i = self.pairs[kind][self.j[kind] % len(self.pairs[kind])]
            s = OPENERS[self.j[kind] % len(OPENERS)].format(A=_cap(a), i=i)
            self.j[kind] += 1
            key = " ".join(norm(s)[:8])
            if key not in self.starts:
                self.starts.add(key)
                return s

    def make(self, target_words, kind="child"):
        opener = self.opener(kind)
        c, m = self.closers[self.k]
        closer = c.format(m=m)
        self.k += 1
        pool = [s for s in POOL[kind] if not re.search(r"\d", s)]
        random.Random(self.seed * 1000 + self.k).shuffle(pool)
        body, n = [opener], len(opener.split()) + len(closer.split())
        for s in pool:
            if n + len(s.split()) > target_words:
                continue
            body.append(s)
            n += len(s.split())
            if n >= target_words - 8:
                break
        body.append(closer)
        return " ".join(body)


# --------------------------------------------------------------------------
# scan.png: one page of a safeguarding adults review, scanned at 300 dpi
# --------------------------------------------------------------------------
SC_HEAD = "Safeguarding Adults Review: Mrs T (fictional)"
SC_HEAD_RIGHT = "Wraybeck Safeguarding Adults Board"
SC_FOOT = "Page 14 of 31"
# the tail of 4.6, carried from the printed page before (unnumbered here; not keyed)
SC_TAIL = ("and so the offer of help was made again in writing, to a man who had stopped opening his post. The "
           "letter was filed as sent, and the case was closed a fortnight later without a visit.")
# items: ("h", heading) or (number, words)
SC_ITEMS = [("h", "Finding 2: hearing Mrs T\u2019s own voice"), ("4.7", 58), ("4.8", 52), ("4.9", 62),
            ("h", "Finding 3: when help is refused"), ("4.10", 54), ("4.11", 50), ("4.12", 46)]

# --------------------------------------------------------------------------
# photo.jpg: a page of a domestic homicide review, photographed on a phone
# --------------------------------------------------------------------------
PH_HEAD = "Domestic Homicide Review: Ms R (fictional) \u2013 Overview Report"
PH_HEAD_RIGHT = "Lowmarsh Community Safety Partnership"
PH_FOOT = "23"
PH_BOX_TITLE = "Learning point"
PH_BOX = ("Ask about domestic abuse when the person is on their own, every time, and write down that you asked, "
          "even when the answer is no.")
PH_ITEMS = [("h", "Conclusions"), ("6.3", 48), ("6.4", 52), ("box", ""), ("6.5", 50), ("6.6", 44), ("6.7", 46)]
PH_PHONE = ("Apple", "iPhone 12", "14.5.1", "2025:03:14 09:12:33")

# --------------------------------------------------------------------------
# scan.tif: three pages of a practice review, scanned to one TIFF at 200 dpi, black and white
# --------------------------------------------------------------------------
TF_HEAD = "Child Safeguarding Practice Review: Child K (fictional)"
TF_HEAD_RIGHT = "Sedgecombe Safeguarding Children Partnership"
TF_PAGES = ["7", "8", "9"]  # the printed page numbers on the three sheets
TF_ITEMS = [("3.4", 78), ("3.5", 84), ("3.6", 80), ("3.7", 92), ("3.8", 96), ("h", "4. Findings"),
            ("4.1", 86, "note"), ("4.2", 80), ("4.3", 104), ("4.4", 94), ("4.5", 72)]
TF_NOTE = ("\u00b9 The panel met six times between March and October; its members are listed in the appendix to "
           "the report.")
TF_SCANNER = ("Scan to File", "Office MFP", "MFP-4200 (fictional)", "2025:03:17 11:48:05")

# --------------------------------------------------------------------------
# fax.tiff: two pages of a safeguarding adults review, received as a Group 4 fax
# --------------------------------------------------------------------------
FX_SENDER = "01632 960418"
FX_HEADER = "17/03/2025 14:07   FROM: " + FX_SENDER + "   PELLBROOK SAB   Page {n}/{m}"
FX_COVER = ["FAX", "To: Duty team, Marrowfield Health Centre", "From: Pellbrook SAB business unit",
            "Re: paragraphs 3.4 to 3.9 of the review, as you asked", "Pages: 2 including this one"]
FX_TITLE = "Safeguarding Adults Review: Mrs W (fictional) \u2013 extract"
FX_ITEMS = [("3.4", 72), ("3.5", 78), ("3.6", 70), ("3.7", 86), ("3.8", 92), ("3.9", 64)]
FX_END = "End of extract. Please call the business unit if any page is hard to read."
FX_SOFTWARE = "faxgate 2.4 (fictional)"

# --------------------------------------------------------------------------
# photos.pdf: two phone photos of a thematic review's pages, put into one PDF
# --------------------------------------------------------------------------
PD_HEAD = "Thematic review: children missing from care (fictional)"
PD_HEAD_RIGHT = "Thornholt Safeguarding Children Partnership"
PD_PAGES = ["4", "5"]
PD_INTRO = ("This part of the report sets out what the review found. It draws on the records of eleven agencies, on "
            "conversations with the children and their carers, and on two workshops with the practitioners who knew "
            "them best.")
PD_ITEMS1 = [("h", "What the review found"), ("intro", ""), ("2.1", 80), ("2.2", 84), ("2.3", 82), ("2.4", 108)]
PD_ITEMS2 = [("2.5", 90), ("2.6", 96), ("2.7", 46), ("2.8", 44)]
PD_PRODUCER = "iOS Version 17.5.1 (Build 21F90) Quartz PDFContext"
