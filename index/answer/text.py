"""Plain-text rendering of answers and citations (the bot has its own HTML renderer)."""

from __future__ import annotations

from ..types import Answer, Citation


def reference(report: str, paragraph: str | None, page: int | None) -> str:
    """'Rochdale SCR (2013) ¶4.9.5, p.114'; 'Recommendation 3' is printed as it stands."""
    parts = [report]
    if paragraph:
        parts.append(paragraph if " " in paragraph else f"¶{paragraph}")
    ref = " ".join(parts)
    if page is not None:
        ref += f", p.{page}" if paragraph else f" p.{page}"
    return ref


SUMMARY_NOTES = {
    "secondary": "summary; paragraph as reported by a secondary source",
    "primary": "summary; paragraph checked against a copy of the report",
}


def cite(c: Citation) -> str:
    """The reference; for a lesson card, labelled as our summary, with paragraph and page only if verified."""
    if c.source_kind != "summary":
        return reference(c.report, c.paragraph, c.page)
    if c.verified and (c.paragraph or c.page):
        note = SUMMARY_NOTES.get(c.provenance or "", "summary; reference verified")
        return f"{reference(c.report, c.paragraph, c.page)} ({note})"
    source = {"news": "news reports", "secondary": "secondary sources", "primary": "the report"}.get(
        c.provenance or "", "published accounts")
    return f"{c.report} (summary of {source}; no paragraph verified)"


def answer_text(answer: Answer, theme_labels: dict[str, str] | None = None) -> str:
    if not answer.answered:
        return answer.message or "No answer."
    lines: list[str] = []
    current: object = object()
    for f in answer.factors:
        if f.theme != current:
            current = f.theme
            label = (theme_labels or {}).get(f.theme or "", f.theme) if f.theme else "Other factors"
            lines.extend(["", label])
        lines.append(f"  - {f.summary}")
        for c in f.citations:
            # the factor is the quoted sentence itself: show where it is, not the same words twice
            same = f.summary.startswith(c.quote) or c.source_kind == "summary"  # never quote a summary
            lines.append(f"      {cite(c)}" + ("" if same else f": \"{c.quote}\""))
    return "\n".join(lines).strip("\n")
