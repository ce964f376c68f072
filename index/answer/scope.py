"""Questions that name a report ("what did the Kestrel Vale inquiry say about schools?") are answered
from that report only. Names come from the store: short names, titles, report ids, any ``aliases`` in
the report's metadata, and the short name without its generic words ("Rochdale" for "Rochdale SCR")."""

from __future__ import annotations

import re

from ..types import Report

GENERIC = {"scr", "review", "reviews", "inquiry", "report", "serious", "case", "the", "independent",
           "national", "overview", "local", "child", "safeguarding", "practice", "joint", "thematic",
           "investigation", "into", "of", "and", "on", "a", "an", "final", "executive", "summary", "board",
           "panel", "partnership", "rapid", "learning", "lessons", "children", "young", "people", "fictional"}
_AROUND = (r"(?:(?:in|of|from|at|by|for)\s+)?(?:the\s+)?{name}(?:'s)?"
           r"(?:\s+(?:serious case review|scr|review|inquiry|report|investigation))?")


def _names(report: Report) -> list[str]:
    names = {report.short_name, report.report_id}
    if len(report.title) <= 60:
        names.add(report.title)
    names.update(report.aliases)
    core = [w for w in re.split(r"\s+", re.sub(r"\(.*?\)|\b(19|20)\d\d\b", " ", report.short_name))
            if w and w.lower().strip(".,:") not in GENERIC]
    if core and len(" ".join(core)) >= 4:
        names.add(" ".join(core))
    return sorted((n.strip() for n in names if n and len(n.strip()) >= 3), key=len, reverse=True)


class Scoper:
    def __init__(self, reports: list[Report]) -> None:
        self.patterns: list[tuple[re.Pattern[str], str]] = []
        for r in reports:
            for name in _names(r):
                words = r"\s+".join(re.escape(w) for w in name.split())
                pat = re.compile(r"\b" + _AROUND.format(name=words) + r"\b", re.IGNORECASE)
                self.patterns.append((pat, r.report_id))

    def scope(self, question: str) -> tuple[set[str] | None, str]:
        """(report ids named in the question or None, the question with the names taken out)."""
        ids: set[str] = set()
        spans: list[tuple[int, int]] = []
        for pat, rid in self.patterns:
            for m in pat.finditer(question):
                ids.add(rid)
                spans.append(m.span())
        if not ids:
            return None, question
        keep = [True] * len(question)
        for a, b in spans:
            keep[a:b] = [False] * (b - a)
        stripped = "".join(ch if k else " " for ch, k in zip(question, keep, strict=True))
        stripped = re.sub(r"\s+", " ", stripped).strip()
        content = [w for w in re.findall(r"[A-Za-z]{3,}", stripped)
                   if w.lower() not in GENERIC | {"what", "did", "does", "say", "about", "find", "found", "tell"}]
        return ids, stripped if content else question
