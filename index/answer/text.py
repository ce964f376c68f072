"""Plain-text rendering of answers and citations (the bot has its own HTML renderer)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..types import Answer, Citation, Factor


def page_ref(page: int | None, page_label: str | None = None) -> str | None:
    """'p.114'; where the printed page number differs from the PDF's page, both: 'p.7 (PDF p.10)'; a
    sheet printed two pages up: 'pp.12–13 (PDF p.1)', or a folded booklet's: 'pp.8, 1 (PDF p.1)'."""
    printed = f"{'pp' if page_label and ('–' in page_label or ', ' in page_label) else 'p'}.{page_label}"
    if page is None:
        return printed if page_label else None
    if page_label and page_label != str(page):
        return f"{printed} (PDF p.{page})"
    return f"p.{page}"


def reference(report: str, paragraph: str | None, page: int | None, page_label: str | None = None) -> str:
    """'Rochdale SCR (2013) ¶4.9.5, p.114'; 'Recommendation 3' is printed as it stands."""
    parts = [report]
    if paragraph:
        parts.append(paragraph if " " in paragraph else f"¶{paragraph}")
    ref = " ".join(parts)
    pages = page_ref(page, page_label)
    if pages:
        ref += f", {pages}" if paragraph else f" {pages}"
    return ref


SUMMARY_NOTES = {
    "secondary": "summary; paragraph as reported by a secondary source",
    "primary": "summary; paragraph checked against a copy of the report",
}


def cite(c: Citation) -> str:
    """The reference; for a lesson card, labelled as our summary, with paragraph and page only if verified."""
    if c.source_kind != "summary":
        return reference(c.report, c.paragraph, c.page, c.page_label)
    if c.verified and (c.paragraph or c.page):
        note = SUMMARY_NOTES.get(c.provenance or "", "summary; reference verified")
        return f"{reference(c.report, c.paragraph, c.page, c.page_label)} ({note})"
    source = {"news": "news reports", "secondary": "secondary sources", "primary": "the report"}.get(
        c.provenance or "", "published accounts")
    return f"{c.report} (summary of {source}; no paragraph verified)"


OTHER = "Other factors"


@dataclass
class Section:
    """A run of factors under one heading (None: no heading). Each item says whether its citation lines
    follow it: consecutive factors with the same citation lines show them once, after the last."""

    heading: str | None
    items: list[tuple[Factor, bool]] = field(default_factory=list)


def _cite_lines(f: Factor) -> tuple[str, ...]:
    return tuple(cite(c) + ("" if _quote_hidden(f, c) else c.quote) for c in f.citations)


def _quote_hidden(f: Factor, c: Citation) -> bool:
    """The factor is the quoted sentence itself (or a summary, never quoted): no quote is shown."""
    return f.summary.startswith(c.quote) or c.source_kind == "summary"


def layout(factors: list[Factor], theme_labels: dict[str, str] | None = None) -> list[Section]:
    """Headings in relevance order: a theme heading only where two or more factors share the theme (the
    engine keeps them together, each group where its best factor ranks); factors alone in their theme
    stand without one, or under "Other factors" once a heading has been shown."""
    runs: list[list[Factor]] = []
    for f in factors:
        if runs and runs[-1][0].theme == f.theme:
            runs[-1].append(f)
        else:
            runs.append([f])
    sections: list[Section] = []
    for run in runs:
        if len(run) >= 2:
            label = (theme_labels or {}).get(run[0].theme or "", run[0].theme) if run[0].theme else OTHER
            sections.append(Section(heading=label, items=[(f, True) for f in run]))
            continue
        if not sections or (sections[-1].heading is not None and sections[-1].heading != OTHER):
            sections.append(Section(heading=OTHER if sections else None))
        sections[-1].items.append((run[0], True))
    for sec in sections:
        for i in range(len(sec.items) - 1):
            f, _ = sec.items[i]
            if _cite_lines(f) == _cite_lines(sec.items[i + 1][0]):
                sec.items[i] = (f, False)
    return sections


def answer_text(answer: Answer, theme_labels: dict[str, str] | None = None) -> str:
    if not answer.answered:
        return answer.message or "No answer."
    lines: list[str] = []
    for sec in layout(answer.factors, theme_labels):
        lines.append("")
        if sec.heading:
            lines.append(sec.heading)
        for f, with_citations in sec.items:
            lines.append(f"  - {f.summary}")
            if with_citations:
                for c in f.citations:
                    lines.append(f"      {cite(c)}" + ("" if _quote_hidden(f, c) else f": \"{c.quote}\""))
    return "\n".join(lines).strip("\n")
