"""Text rules for daily lessons: which sentences read as findings, which sections and paragraphs are
recommendations, stable lesson keys, and the discussion prompts (ours, labelled as ours)."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from .answer.findings import is_acronym_row
from .types import Passage

PROMPT_LABEL = "Discussion prompt (ours, not from the report)"
GENERIC_PROMPTS = (
    "What in this lesson is closest to our own practice, and what would we do differently?",
    "Where could this happen in our service, and who would notice first?",
)
MIN_WORDS, MAX_WORDS = 8, 90
LOW_SECTIONS = re.compile(r"contents|foreword|preface|acknowledg|glossary|scope|method|terms of reference|"
                           r"appendi|annex|abbreviation|introduction|about this|chronolog|background|"
                           r"approach|involvement|history|circumstances|the child|the young|the family", re.I)
HIGH_SECTIONS = re.compile(r"finding|conclusion|learning|lesson|analysis|key issue", re.I)
_LEADERS = re.compile(r"\.{4,}|…{2,}|(?:\s\.){3,}")
# evaluative wording marks a finding; a pronoun, connective or date at the start marks narrative or
# a sentence that leans on the one before it
_FINDING_CUES = re.compile(r"\b(?:found|finds|failed|failure|did not|was not|were not|rarely|never|too often|"
                           r"lack(?:ed)?|insufficient|poor|weak\w*|not always|inconsistent|little evidence|"
                           r"no evidence|should|must|need(?:s|ed)? to|learning|lesson)\b", re.I)
_DEPENDENT_START = re.compile(r"^[\"“‘(]?(?:she|he|they|it|this|these|those|her|his|their|however|but|"
                              r"and|also|others|some|such|neither|both|there|then)\b", re.I)
_DATE_START = re.compile(r"^(?:in|on|by|during|between|from|since|after|before)\s+(?:early\s+|late\s+|mid-)?"
                         r"(?:\d|january|february|march|april|may|june|july|august|september|october|"
                         r"november|december)", re.I)
# an action for "What to do differently": what someone should do, not "the inquiry made 15 recommendations"
ACTION = re.compile(r"\b(?:should|must|needs? to|ought to|recommends? that|(?:is|are) recommended that)\b"
                    r"(?!\s+(?:have|not have)\b)"
                    r"|^(?:ensure|review|develop|establish|introduce|provide|train|set up|strengthen|improve"
                    r"|make sure)\b",
                    re.IGNORECASE)
# statements about ethnicity or religion are not sent as a one-line lesson without their context
SENSITIVE = re.compile(r"\b(?:asian|pakistani|british pakistani|white|black|muslim|sikh|hindu|jewish|christian|"
                       r"ethnic\w*|race|racial\w*|religio\w*)\b", re.IGNORECASE)
PROMPT_GAP = 13  # a chat is not given the same prompt again within 13 lessons: a fortnight of daily digests



def load_prompts(path: Path | None) -> tuple[str, dict[str, list[str]], list[str]]:
    """(label, prompts by theme, generic prompts) from a prompts.yaml; empty where absent."""
    if path is None or not Path(path).is_file():
        return PROMPT_LABEL, {}, list(GENERIC_PROMPTS)
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    prompts = {str(k): [str(q) for q in v or []] for k, v in (data.get("prompts") or {}).items()}
    generic = [str(q) for q in data.get("generic") or []] or list(GENERIC_PROMPTS)
    return str(data.get("label") or PROMPT_LABEL), prompts, generic


def default_prompts_file() -> Path | None:
    from ..content import content_dir

    path = content_dir() / "prompts.yaml"
    return path if path.is_file() else None


def usable(text: str) -> bool:
    """A sentence that can stand as a lesson: of a readable length, not a lead-in, a contents entry or a
    glossary or table row."""
    words = text.split()
    return (MIN_WORDS <= len(words) <= MAX_WORDS and not text.rstrip().endswith(":")
            and not _LEADERS.search(text) and sum(ch.islower() for ch in text) > len(text) / 2
            and not is_acronym_row(text))


def style_adjust(text: str) -> float:
    return ((0.06 if _FINDING_CUES.search(text) else 0.0) - (0.08 if _DEPENDENT_START.search(text) else 0.0)
            - (0.05 if _DATE_START.search(text) else 0.0))


def key_of(p: Passage) -> str:
    return f"text:{p.report_id}:{p.paragraph if p.paragraph else f'o{p.ordinal}'}"


def is_recommendation(p: Passage) -> bool:
    return bool(re.match(r"recommendation", p.paragraph or "", re.I)
                or re.search(r"recommendation", p.section.split(" > ")[-1], re.I))
