"""Names turned round as people say them: an inquiry named for what it looked into ("Independent Inquiry into Child
Sexual Abuse") is "the child sexual abuse inquiry" (library fresh41 L1256, after its look: not recognised, and
answered from other reports)."""

from __future__ import annotations

import re

# a kind of inquiry, "into", and what it looked into, up to the name's next part ("...: Investigation Report")
_INTO = re.compile(r"\b(inquiry|review|investigation)\s+into\s+(?:the\s+)?([^:;,–—()]+)", re.IGNORECASE)
_YEARS = re.compile(r"\b(?:19|20)\d\d\b|\s[-–]\s")


def inverted(*names: str) -> set[str]:
    """'Independent Inquiry into Child Sexual Abuse' -> 'Child Sexual Abuse inquiry': for each name holding a kind
    word and "into", what follows it (two to five words, years left out) before the kind word."""
    out: set[str] = set()
    for name in names:
        for m in _INTO.finditer(name):
            words = _YEARS.sub(" ", m[2]).split()
            if 2 <= len(words) <= 5:
                out.add(f"{' '.join(words)} {m[1].lower()}")
    return out
