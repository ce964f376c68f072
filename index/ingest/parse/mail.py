"""A report met inside an e-mail: quoted in a reply ("> 2.1 The fire safety officer ..."), or forwarded and
answered with comments inline (Thunderbird's ``<blockquote type="cite">``).

Where quoted text is most of the message, the quote is the report and the rest is the replier's own: the
headers, greetings, comments typed between (or inside) the report's paragraphs, the signature. Those are left
out, so a comment is never read as the end of the paragraph above it (blind round 43). A plain-text mail
client that re-wraps a long quoted line leaves its last words on a line of their own with no "> ": such a line,
just after a quoted one, is joined to it."""

from __future__ import annotations

import re

QUOTED_SHARE = 0.5  # of a message's non-empty lines (or text), quoted, from which the quote is the document
_MOST_LINES = 10  # a message of fewer quoted lines is not read this way
_QUOTE = re.compile(r"^[ \t]*>")
_PREFIX = re.compile(r"^(?:[ \t]*>)+[ \t]?")


def unquote(raw: str) -> str:
    """Plain text: the quoted lines without their "> " marks (every level), re-wrapped tails joined back, and
    the unquoted lines left out; ``raw`` itself when it is not mostly a quote."""
    lines = raw.split("\n")
    filled = [ln for ln in lines if ln.strip()]
    quoted = [ln for ln in filled if _QUOTE.match(ln)]
    if len(quoted) < _MOST_LINES or len(quoted) < QUOTED_SHARE * len(filled):
        return raw
    out: list[str] = []
    last_quoted = False  # the line before was quoted and held text
    for ln in lines:
        if _QUOTE.match(ln):
            text = _PREFIX.sub("", ln)
            out.append(text)
            last_quoted = bool(text.strip())
        elif ln.strip() and last_quoted:  # a re-wrapped line's last words
            out[-1] = f"{out[-1].rstrip()} {ln.strip()}"
        else:
            out.append("")
            last_quoted = False
    return "\n".join(out)


def cited(root) -> list | None:
    """HTML: the outermost ``<blockquote type="cite">`` elements of a reply, when they hold most of its text
    (the report forwarded or quoted); None for any other page."""
    quotes = [q for q in root.find_all("blockquote", attrs={"type": "cite"})
              if q.find_parent("blockquote", attrs={"type": "cite"}) is None]
    if not quotes:
        return None
    inside = sum(len(q.get_text(" ", strip=True)) for q in quotes)
    return quotes if inside >= QUOTED_SHARE * len(root.get_text(" ", strip=True)) else None
