"""Plain data passed between the stages, and the JSON contract of ``lessons ask --json``."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

import numpy as np
from pydantic import BaseModel, Field

BlockKind = Literal["heading", "para", "bullet", "aside"]  # aside: a box or pull quote, no paragraph's text


@dataclass
class Block:
    """One paragraph-like unit out of a parser, before passages are cut.

    ``page`` is the 1-based page on which the block starts (None where the format has no pages);
    ``page_label`` is the number printed on that page ("7", "vii"), None when unknown;
    ``level`` is the heading level (1 = top) for headings.
    """

    text: str
    kind: BlockKind = "para"
    page: int | None = None
    level: int = 0
    page_label: str | None = None
    # set on the rows of a data table, the same for one table, and on a paragraph quoted in a block of its own (one
    # each, parse/quoted_paragraphs.py): a row's or a quotation's paragraph ends there
    table: int | None = None
    # set on another report's paragraph quoted whole, its number printed (parse/quoted_openings.py): read with that
    # number whatever numbers came before it, as a speaker reads the paragraphs in the order they choose
    quoted: bool = False


@dataclass
class ParsedDocument:
    blocks: list[Block]
    pages: int | None = None
    title: str | None = None
    year: int | None = None


@dataclass
class CardMeta:
    """What a lesson card (a passage of kind "summary") carries besides its statement. Stored as the
    passage's JSON ``meta`` column under these same keys."""

    card: str  # the card's id in content/cards.yaml
    kind: str | None = None  # "finding", "factor", "recommendation" or "context"
    themes: list[str] = field(default_factory=list)  # theme ids, best first
    list: str | None = None  # the report's list this card is one item of (Rochdale ¶4.9.5's factors)
    source_type: str | None = None  # provenance of the evidence: "primary", "secondary" or "news"
    source_url: str | None = None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CardMeta | None:
        if not data.get("card"):
            return None
        return cls(card=str(data["card"]), kind=data.get("kind"), list=data.get("list"),
                   themes=list(data.get("themes") or []), source_type=data.get("source_type"),
                   source_url=data.get("source_url"))

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Report:
    report_id: str
    title: str
    short_name: str
    year: int | None = None
    url: str | None = None
    source_file: str | None = None
    pages: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # sidecar / catalogue metadata, stored as JSON

    @property
    def aliases(self) -> list[str]:
        """Other names a question may use for the report ("Jay report")."""
        return [a for a in self.extra.get("aliases") or [] if isinstance(a, str)]

    @property
    def summary(self) -> str | None:
        """Our catalogue overview of the report (our words, not the report's)."""
        return self.extra.get("summary") or None

    @property
    def fictional(self) -> bool:
        return bool(self.extra.get("fictional", False))

    @property
    def bundled(self) -> bool:
        """Part of the shipped library: removed from the default store when no longer shipped."""
        return bool(self.extra.get("bundled", False))

    @property
    def label(self) -> str:
        """How a citation names the report: "Rochdale SCR (2013)"."""
        if self.year and str(self.year) not in self.short_name:
            return f"{self.short_name} ({self.year})"
        return self.short_name


@dataclass
class Passage:
    """A retrievable unit: one printed paragraph (or a window of a long one, or an unnumbered block)."""

    report_id: str
    text: str
    paragraph: str | None = None
    page: int | None = None
    section: str = ""
    ordinal: int = 0  # position of the passage in its report
    page_label: str | None = None  # the number printed on that page ("7", "vii"); None when unknown
    page_ordinal: int | None = None  # for unnumbered text: n-th paragraph on its page
    passage_id: int | None = None
    source_kind: str = "report"  # "report": the report's own text; "summary": a lesson card in our words
    verified: bool = True  # for a summary: were its paragraph/page verified by the evidence
    card: CardMeta | None = None  # for a summary: the lesson card's id, list, themes and provenance

    @property
    def list_key(self) -> tuple[str, str] | None:
        """(report id, list name) for a lesson card that is one item of a list, else None. A list is
        retrieved, kept together and shown in the report's order as one answer."""
        if self.card is None or not self.card.list:
            return None
        return (self.report_id, self.card.list)

    @property
    def themes(self) -> list[str]:
        return self.card.themes if self.card else []

    @property
    def indexed_text(self) -> str:
        """What is embedded and keyword-indexed: the passage with its section heading as context (and,
        for a lesson card, the list it belongs to, which says what it is an answer to)."""
        leaf = self.section.split(" > ")[-1] if self.section else ""
        leaf = re.sub(r"^[\dA-Z]+(?:\.\d+)*\.?\s+", "", leaf)
        if self.card is not None and self.card.list:
            leaf = f"{leaf}: {self.card.list}" if leaf else self.card.list
        return f"{leaf}. {self.text}" if leaf else self.text


@dataclass
class IndexedReport:
    """A report ready to store: the last hand-off of every ingest to the store writer."""

    report: Report
    passages: list[Passage]
    vectors: np.ndarray  # one L2-normalised row per passage (its text with its section heading)
    unit_vectors: list[np.ndarray]  # per passage: one row per sentence or list item, in segment order


@dataclass
class Hit:
    """A retrieved passage with its scores."""

    passage: Passage
    score: float  # the fused score the passage was ranked by
    dense: float | None = None  # cosine to the question (filled in for every returned hit)
    sparse: float | None = None  # BM25 score, if BM25 found it
    sibling: bool = False  # added because a card of the same list ranked high, not retrieved itself


class Citation(BaseModel):
    """Where a factor comes from. Checked on every answer by answer/verify.py."""

    report_id: str
    report: str  # the report's label: "Rochdale SCR (2013)"
    paragraph: str | None  # the report's own printed number ("4.9.5", "Recommendation 3"), None if unnumbered
    page: int | None  # 1-based PDF page the passage starts on; None where the format has no pages
    # the page number printed on that page ("7", "vii"): from the PDF's /PageLabels, else from its headers or
    # footers; None when unknown. A reader holding the printed report looks this one up.
    page_label: str | None = None
    quote: str  # verbatim in the cited passage (for a summary: our statement, never shown as the report's)
    source_kind: Literal["report", "summary"] = "report"  # the report's own text, or a lesson card
    verified: bool = True  # for a summary: were its paragraph and page verified by the evidence
    passage_id: int | None = Field(default=None, exclude=True)
    # for a summary, where its evidence came from: "primary" (a copy of the report), "secondary" (another
    # publication quoting it) or "news"; so that verified=true on a blog's paragraph is not read as a check
    # against the report. None for the report's own text.
    provenance: str | None = None


class Factor(BaseModel):
    """One point of an answer: a sentence or list item (verbatim) or a lesson card, with its citations
    (several where near-identical points from several passages were merged)."""

    summary: str
    theme: str | None = None  # a theme id from content/themes.yaml
    citations: list[Citation]


class PassageOut(BaseModel):
    """A retrieved passage as shown in ``ask --json``."""

    report_id: str
    report: str
    paragraph: str | None
    page: int | None
    page_label: str | None = None
    text: str
    score: float


class Answer(BaseModel):
    """The JSON contract of ``lessons ask --json`` and what the bot renders."""

    question: str
    answered: bool  # False: nothing held supports an answer; ``message`` says so, factors and passages are empty
    factors: list[Factor] = Field(default_factory=list)
    passages: list[PassageOut] = Field(default_factory=list)
    message: str | None = None  # why there is no answer (in the JSON only when answered is false)

    def to_json_dict(self) -> dict[str, Any]:
        data = self.model_dump(mode="json")
        if self.answered:
            data.pop("message")
        return data


@dataclass(frozen=True)
class Lesson:
    key: str  # "card:<card id>" or "text:<report_id>:<paragraph or 'o'+ordinal>": survives store rebuilds
    report_id: str
    theme: str | None
    kind: str  # card kind, or "passage" for a sentence of a report's own text
    factor: Factor
    why: str | None = None  # verbatim when why_citation is set; otherwise our note from the card's metadata
    why_citation: Citation | None = None

    @property
    def quoted(self) -> bool:
        """Is the lesson the report's own words (shown in quotation marks)?"""
        return all(c.source_kind == "report" for c in self.factor.citations)


@dataclass(frozen=True)
class Briefing:
    """A "7-minute briefing" on one report; every statement carries a citation."""

    report_id: str
    report_label: str
    happened: list[Factor]
    found: list[Factor]
    differently: list[Factor]
    questions: list[str]  # our prompts, not report text
    prompt_label: str
    overview: str | None = None  # the catalogue's description of the report: our words, uncited
