"""Shared helpers for the blind cutter test documents (FICTIONAL – for software testing)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import prose

# ------------------------------------------------------------------ slots
CHILD_AGENCIES = {
    "SC": "Quillford Children's Social Care",
    "POL": "Hallowmere Constabulary",
    "HOSP": "Marrowdene General Hospital",
    "GP": "Brookside Medical Practice",
    "SCH": "St Aldric's Primary School",
    "HOUS": "Tarnbridge Homes",
    "PART": "Quillford Safeguarding Children Partnership",
    "LA": "Quillford Borough Council",
    "Rev": "This review",
    "rev": "this review",
}
HE = {"he": "he", "He": "He", "his": "his", "His": "His", "him": "him"}
SHE = {"he": "she", "He": "She", "his": "her", "His": "Her", "him": "her"}


def slots_for(**over: str) -> dict[str, str]:
    s = dict(CHILD_AGENCIES)
    s.update(over)
    return s


def fill(text: str, slots: dict[str, str]) -> str:
    out = text
    for k, v in slots.items():
        out = out.replace("{" + k + "}", v)
    if "{" in out or "}" in out:
        raise ValueError(f"unfilled slot in: {out[:80]!r}")
    return out.replace("'", "\u2019")


def seeds(ids: list[str], slots: dict[str, str]) -> str:
    return " ".join(fill(prose.SEEDS[i], slots) for i in ids)


def words(text: str) -> list[str]:
    return text.split()


@dataclass
class Para:
    label: str
    text: str  # full visible text of the paragraph, without its number
    page: int | None = None
    end_page: int | None = None
    extra: dict = field(default_factory=dict)

    def key(self) -> dict:
        w = words(self.text)
        return {
            "label": self.label,
            "page": self.page,
            "starts_with": " ".join(w[:8]),
            "ends_with": " ".join(w[-6:]),
        }


class KeyError_(AssertionError):
    pass


def fail(msg: str) -> None:
    raise KeyError_(msg)


def check_paras(name: str, paras: list[Para]) -> None:
    """Word counts, unique first sentences / starts / ends, unique labels."""
    seen_first: set[str] = set()
    seen_start: set[str] = set()
    seen_end: set[str] = set()
    seen_label: set[str] = set()
    for p in paras:
        n = len(words(p.text))
        if not 80 <= n <= 350:
            fail(f"{name} ¶{p.label}: {n} words (want 80–350)")
        first = re.split(r"(?<=[.:;!?])\s", p.text, maxsplit=1)[0]
        k = p.key()
        for s, v, what in ((seen_first, first, "first sentence"), (seen_start, k["starts_with"], "starts_with"),
                           (seen_end, k["ends_with"], "ends_with"), (seen_label, p.label, "label")):
            if v in s:
                fail(f"{name} ¶{p.label}: duplicate {what}: {v!r}")
            s.add(v)
    # no paragraph's opening words may occur inside another paragraph's text
    for p in paras:
        st = p.key()["starts_with"]
        for q in paras:
            if q is not p and st in " ".join(words(q.text)):
                fail(f"{name}: opening of ¶{p.label} also occurs inside ¶{q.label}")
