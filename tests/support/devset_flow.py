"""What every reportlab renderer of the development set shares (imported inside ``render_pdf``, as reportlab is):
a paragraph that remembers which report paragraph it belongs to, and a document template that records, during
layout, the pages each paragraph spans and the words a line end broke (by a soft hyphen or a compound's own
hyphen), so that ``expected.json`` says what the PDF really shows."""

from __future__ import annotations

import re
from typing import Any

from reportlab.platypus import Paragraph

from . import devset_pdf as _pdf
from . import devset_render as _r


class KeyedParagraph(Paragraph):
    """Paragraph that remembers which report paragraph it belongs to, across splits."""

    devset_key: str | None = None
    devset_uid: int = 0

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        parts = super().split(availWidth, availHeight)
        for part in parts:
            part.devset_key, part.devset_uid = self.devset_key, self.devset_uid
        return parts


class Recording:
    """Mixed into a ``BaseDocTemplate`` (first in its bases): ``records`` (key -> first and last page),
    ``contents`` (for the renderer's contents lines), ``soft`` and ``hard`` (words broken at a line end by a
    soft hyphen, or at a compound's own hyphen) and ``last_page``. ``plain_tokens``: every word of the report."""

    def start_recording(self, plain_tokens: set[str]) -> None:
        self.plain_tokens = plain_tokens
        self.records: dict[str, list[int]] = {}
        self.contents: list[str] = []
        self.soft: list[str] = []
        self.hard: list[str] = []
        self.pending: dict[int, str] = {}
        self.last_page = 0

    def afterPage(self) -> None:
        self.last_page = self.page  # type: ignore[attr-defined]

    def record(self, flowable: Any) -> str | None:
        """The pages of a keyed flowable (its key, or None for another)."""
        key = getattr(flowable, "devset_key", None)
        if key is not None:
            rec = self.records.setdefault(key, [self.page, self.page])  # type: ignore[attr-defined]
            rec[1] = self.page  # type: ignore[attr-defined]
        return key

    def line_words(self, line: Any) -> list[str]:
        """The words of one laid-out line of a paragraph, soft hyphens taken out."""
        if isinstance(line, tuple):
            return [str(w).replace(_pdf._SHY, "") for w in line[1]]
        return "".join(getattr(f, "text", "") for f in line.words).replace(_pdf._SHY, "").split()

    def scan_hyphens(self, para: Any) -> None:
        """Find words broken at a line end (soft hyphen or a compound's own hyphen)."""
        uid = para.devset_uid
        for line in para.blPara.lines:
            words = self.line_words(line)
            if not words:
                continue
            if uid in self.pending:
                frag, nxt = self.pending.pop(uid), words[0].strip(_r.PUNCT)
                if frag + nxt in self.plain_tokens:
                    self.hard.append(frag + nxt)
                elif frag[:-1] + nxt in self.plain_tokens and (base := re.sub(r"['’]s$", "", frag[:-1] + nxt)).lower() \
                        in _pdf._SHY_WORDS:  # a possessive ("assessment's") is broken in its stem
                    self.soft.append(base)
                else:
                    raise RuntimeError(f"unexpected line-end hyphen {frag!r} + {nxt!r}")
            if len(words[-1]) > 1 and words[-1].endswith("-"):
                self.pending[uid] = words[-1].lstrip(_r.PUNCT)
