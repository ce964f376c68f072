"""Plain data passed between the stages, and the JSON contract of ``lessons ask --json``."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np
from pydantic import BaseModel, Field

BlockKind = Literal["heading", "para", "bullet"]


@dataclass
class Block:
    """One paragraph-like unit out of a parser, before passages are cut.

    ``page`` is the 1-based page on which the block starts (None where the format has no pages);
    ``level`` is the heading level (1 = top) for headings.
    """

    text: str
    kind: BlockKind = "para"
    page: int | None = None
    level: int = 0


@dataclass
class ParsedDocument:
    blocks: list[Block]
    pages: int | None = None
    title: str | None = None
    year: int | None = None


@dataclass
class Report:
    report_id: str
    title: str
    short_name: str
    year: int | None = None
    url: str | None = None
    source_file: str | None = None
    pages: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)

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
    page_ordinal: int | None = None  # for unnumbered text: n-th paragraph on its page
    passage_id: int | None = None
    source_kind: str = "report"  # "report": the report's own text; "summary": a lesson card in our words
    verified: bool = True  # for a summary: were its paragraph/page verified by the evidence
    meta: dict[str, Any] = field(default_factory=dict)  # card id, list, themes, provenance


@dataclass
class IndexedReport:
    """A report ready to store: the last hand-off of every ingest to the store writer."""

    report: Report
    passages: list[Passage]
    vectors: np.ndarray  # one L2-normalised row per passage (its text with its section heading)
    unit_vectors: list[np.ndarray]  # per passage: one row per sentence or list item, in segment order


@dataclass
class Hit:
    passage: Passage
    score: float
    dense: float | None = None
    sparse: float | None = None
    sibling: bool = False  # added because a card of the same list ranked high, not retrieved itself


class Citation(BaseModel):
    report_id: str
    report: str
    paragraph: str | None
    page: int | None
    quote: str
    source_kind: Literal["report", "summary"] = "report"
    verified: bool = True
    passage_id: int | None = Field(default=None, exclude=True)
    provenance: str | None = Field(default=None, exclude=True)  # "primary" / "secondary" / "news" for summaries


class Factor(BaseModel):
    summary: str
    theme: str | None = None
    citations: list[Citation]


class PassageOut(BaseModel):
    report_id: str
    report: str
    paragraph: str | None
    page: int | None
    text: str
    score: float


class Answer(BaseModel):
    question: str
    answered: bool
    factors: list[Factor] = Field(default_factory=list)
    passages: list[PassageOut] = Field(default_factory=list)
    message: str | None = Field(default=None, exclude=True)

    def to_json_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json")
