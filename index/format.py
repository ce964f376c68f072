"""Plain-text rendering of answers and citations (the bot has its own HTML renderer)."""

from __future__ import annotations

from .types import Answer, Citation


def reference(report: str, paragraph: str | None, page: int | None) -> str:
    """'Rochdale SCR (2013) ¶4.9.5, p.114'; 'Recommendation 3' is printed as it stands."""
    parts = [report]
    if paragraph:
        parts.append(paragraph if " " in paragraph else f"¶{paragraph}")
    ref = " ".join(parts)
    if page is not None:
        ref += f", p.{page}" if paragraph else f" p.{page}"
    return ref


def cite(c: Citation) -> str:
    return reference(c.report, c.paragraph, c.page)


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
            same = f.summary.startswith(c.quote)
            lines.append(f"      {cite(c)}" + ("" if same else f": \"{c.quote}\""))
    return "\n".join(lines).strip("\n")
