"""Patterns shared by the parsers and the passage cutter."""

from __future__ import annotations

import re

BULLET_CHARS = "•●▪■◦○‣∙·➢➤►▶✓✔-–—*o"
BULLET_RE = re.compile(
    r"^(?:[•●▪■◦○‣∙·➢➤►▶✓✔\uf0b7\uf0a7\uf076\uf0d8]|[-–—*](?=\s)|o(?=\s+[A-Z]))\s*"
    r"|^\(?(?:[a-h]|i{1,3}|iv|v|vi{1,3})\)\s+(?=\S)"
)
# Any line that starts like a printed paragraph number ("4.9.5", "12.", "B.2", "Paragraph 12", "Para. 12")
# or a numbered recommendation.
PARA_START_RE = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,3}){1,3}\.?|\d{1,4}[.)]|[A-Z]\.\d{1,3}(?:\.\d{1,3})*\.?|(?:Paragraph|Para\.?)\s+\d{1,4}[.:]?"
    r"|(?:Recommendation|Finding|Learning point|Lesson)\s+\d{1,3}[a-z]?[:.]?)\s+(?=\S)"
)


def clean_bullet(text: str) -> str:
    """Strip a bullet glyph; keep "(a)" style labels, which are part of the report's text."""
    m = BULLET_RE.match(text)
    if m and not re.match(r"^\(?[a-hiv]+\)", text):
        return text[m.end():].strip()
    return text.strip()


def looks_like_heading_text(text: str) -> bool:
    t = text.strip()
    if not t or not re.search(r"[A-Za-z]{2}", t):
        return False
    return not (t[0].islower() or t.endswith((",", ";")) or BULLET_RE.match(t))
