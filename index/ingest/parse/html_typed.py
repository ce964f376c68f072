"""Text shown as it was typed: an element whose style keeps the text's line breaks (``white-space: pre-line``,
``pre-wrap``, ``pre`` or ``break-spaces``, or the longhand ``white-space-collapse: preserve``/``preserve-breaks``),
set in its own ``style`` attribute or by a rule of the page's style sheet, and inherited by what it holds.

An online service shows back what was typed into a text area this way ("check your answers", a case record, a
submitted form): one text node whose paragraphs are parted only by blank lines, which a browser shows as such and
HTML's own whitespace rule would run together. Each blank line in such text becomes a blank line in HTML's terms
(``<br><br>``), which :func:`.html_markup.paragraphs_from_breaks` then reads as a paragraph break. A single line
break stays a line break inside its paragraph; ``<pre>`` itself is left to :func:`.html_converted.text_version_of`.
"""

from __future__ import annotations

import re

_KEEPS_BREAKS = re.compile(r"white-space\s*:\s*(?:pre|pre-wrap|pre-line|break-spaces)(?![\w-])"
                           r"|white-space-collapse\s*:\s*(?:preserve|preserve-breaks|break-spaces)(?![\w-])",
                           re.IGNORECASE)
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n\s*")  # a line with nothing on it, and any more after it
MAX_STYLE_CHARS = 1_000_000  # of the page's style sheets, read for such rules
MAX_SELECTORS = 200  # selectors of such rules matched against the page (each one a pass over it)


def _selectors(css: str) -> list[str]:
    """The selectors of the style sheet's rules that keep line breaks, comments left out (no regular expression
    runs over the sheet as a whole: it is cut at braces, so time is linear in its length)."""
    css = "".join(part.partition("*/")[2] if i else part for i, part in enumerate(css.split("/*")))
    out: list[str] = []
    for chunk in css.split("}"):  # "@media print { .answer { white-space: pre-wrap": the rule's own selector
        head, _, body = chunk.rpartition("{")
        if head and _KEEPS_BREAKS.search(body):
            out += [s.strip() for s in head.rpartition("{")[2].split(",") if s.strip()]
    return out[:MAX_SELECTORS]


def _keeps_breaks(soup) -> list:
    """The elements whose own style or the style sheet keeps their line breaks, in document order."""
    css = "\n".join(s.get_text() for s in soup.find_all("style"))[:MAX_STYLE_CHARS]
    found = {id(t): t for t in soup.find_all(style=_KEEPS_BREAKS)}
    for selector in _selectors(css):
        try:
            found.update((id(t), t) for t in soup.select(selector))
        except Exception:  # a selector soupsieve does not know (a pseudo-element): it matches no element
            continue
    order = {id(t): i for i, t in enumerate(soup.find_all(True))} if found else {}
    return sorted(found.values(), key=lambda t: order.get(id(t), -1))


def typed_breaks(soup) -> None:
    """Every blank line inside text that the page shows with its line breaks becomes ``<br><br>`` (see the
    module's docstring); a page with no such style is left as it is."""
    from bs4 import NavigableString

    done: set[int] = set()
    for tag in _keeps_breaks(soup):
        if id(tag) in done or tag.name in ("pre", "script", "style", "textarea"):
            continue
        done.update(map(id, tag.descendants))
        for text in [s for s in tag.find_all(string=True) if type(s) is NavigableString]:
            parts = _BLANK_LINE.split(str(text))
            if len(parts) < 2 or any(p.name in ("pre", "script", "style") for p in text.parents):
                continue
            pieces: list = []
            for i, part in enumerate(parts):
                if i:
                    pieces += [soup.new_tag("br"), soup.new_tag("br")]
                pieces.append(NavigableString(part))
            text.replace_with(*pieces)
