"""Citation invariants, checked on every answer before it leaves the engine:

* every quote occurs verbatim in the passage it cites;
* every cited paragraph is one of that report's own printed paragraph numbers;
* the page cited is the page that passage starts on.
"""

from __future__ import annotations

from ..store import Store
from ..types import Answer, Citation


def citation_problem(c: Citation, store: Store) -> str | None:
    """None if the citation holds, else what is wrong with it."""
    if c.passage_id is None:
        return "citation does not name a passage"
    p = store.passages([c.passage_id]).get(c.passage_id)
    if p is None:
        return f"passage {c.passage_id} is not in the store"
    if p.report_id != c.report_id:
        return f"passage {c.passage_id} belongs to {p.report_id}, not {c.report_id}"
    if not c.quote or c.quote not in p.text:
        return f"quote is not verbatim in passage {c.passage_id}"
    if c.paragraph is not None and c.paragraph not in store.paragraphs(c.report_id):
        return f"paragraph {c.paragraph} does not exist in {c.report_id}"
    if c.paragraph != p.paragraph or c.page != p.page or c.page_label != p.page_label:
        return f"reference {c.paragraph}/{c.page}/{c.page_label} does not match passage {c.passage_id}"
    return None


def answer_problems(answer: Answer, store: Store) -> list[str]:
    return [prob for f in answer.factors for c in f.citations if (prob := citation_problem(c, store))]
