"""What an OpenDocument file's styles say of its body (:mod:`.odf`): which paragraphs are headings, which runs
bold or italic, where a page breaks, and the label each list level and the outline print, counted as Writer counts
them (:class:`Counter`: a level's prefix, number format, suffix and the higher levels it shows)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .numbering import format_number

NS = {"office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
      "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
      "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
      "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
      "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
      "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
      "dc": "http://purl.org/dc/elements/1.1/",
      "xml": "http://www.w3.org/XML/1998/namespace",
      "presentation": "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"}
T, S, OFFICE, TB, D, FO = (f"{{{NS[k]}}}" for k in ("text", "style", "office", "table", "draw", "fo"))

_HEADING_STYLE = re.compile(r"^(?:heading(?:[ _]|_20_)?(\d)?|title|subtitle|h(\d))$", re.IGNORECASE)
# ODF's number formats as Word's (:func:`.numbering.format_number`)
_FORMATS = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}


@dataclass
class Level:
    numbered: bool = False
    fmt: str = "1"
    prefix: str = ""
    suffix: str = ""
    shown: int = 1  # text:display-levels: this level's number and the higher levels' before it
    start: int = 1


def _formatted(n: int, fmt: str) -> str:
    """``n`` in an ODF number format ("1", "a", "A", "i", "I"), as :mod:`.numbering` writes Word's."""
    return format_number(n, _FORMATS.get(fmt, "decimal"))


@dataclass
class Counter:
    """One list's (or the headings') numbers at each level, counted as Writer counts them."""

    levels: dict[int, Level]
    values: dict[int, int] = field(default_factory=dict)

    def label(self, level: int, restart: int | None = None) -> str:
        spec = self.levels.get(level, Level())
        for deeper in [k for k in self.values if k > level]:
            del self.values[deeper]
        if not spec.numbered:
            return ""
        self.values[level] = restart if restart is not None else self.values.get(level, spec.start - 1) + 1
        shown = range(max(1, level - spec.shown + 1), level + 1)
        numbers = [_formatted(self.values.get(k, self.levels.get(k, spec).start), self.levels.get(k, spec).fmt)
                   for k in shown]
        return f"{spec.prefix}{'.'.join(numbers)}{spec.suffix}"


def levels(style: Any) -> dict[int, Level]:
    """A list style's (or the outline style's) levels."""
    out: dict[int, Level] = {}
    for el in style:
        if not isinstance(el.tag, str) or not el.get(T + "level", "").isdigit():
            continue
        level = int(el.get(T + "level"))
        fmt = el.get(S + "num-format", "")
        numbered = el.tag in (T + "list-level-style-number", T + "outline-level-style") and bool(fmt)
        start = el.get(T + "start-value", "1")
        shown = el.get(T + "display-levels", "1")
        out[level] = Level(numbered, fmt, el.get(S + "num-prefix", ""), el.get(S + "num-suffix", ""),
                            int(shown) if shown.isdigit() else 1, int(start) if start.isdigit() else 1)
    return out


@dataclass
class Styles:
    """What the body's style names stand for: headings, bold and italic runs, list styles, the outline."""

    parents: dict[str, str] = field(default_factory=dict)
    display: dict[str, str] = field(default_factory=dict)
    bold: set[str] = field(default_factory=set)
    italic: set[str] = field(default_factory=set)
    lists: dict[str, dict[int, Level]] = field(default_factory=dict)
    paragraph_lists: dict[str, str] = field(default_factory=dict)  # a paragraph style's list style
    outline: dict[int, Level] = field(default_factory=dict)
    before: set[str] = field(default_factory=set)  # styles that start a new page (fo:break-before, a page style)
    after: set[str] = field(default_factory=set)  # styles that end one (fo:break-after)

    def read(self, root: Any) -> None:
        for el in root.iter(S + "style"):
            name = el.get(S + "name", "")
            if el.get(S + "parent-style-name"):
                self.parents[name] = el.get(S + "parent-style-name")
            self.display[name] = el.get(S + "display-name", name)
            if el.get(S + "list-style-name"):
                self.paragraph_lists[name] = el.get(S + "list-style-name")
            if el.get(S + "master-page-name"):  # a page style of its own: a new page
                self.before.add(name)
            for props in el.iter(S + "paragraph-properties", S + "table-properties"):
                if props.get(FO + "break-before") == "page":
                    self.before.add(name)
                if props.get(FO + "break-after") == "page":
                    self.after.add(name)
            for props in el.iter(S + "text-properties"):
                if props.get(FO + "font-weight") in ("bold", "700", "800", "900"):
                    self.bold.add(name)
                if props.get(FO + "font-style") == "italic":
                    self.italic.add(name)
        for el in root.iter(T + "list-style"):
            self.lists[el.get(S + "name", "")] = levels(el)
        for el in root.iter(T + "outline-style"):
            self.outline = levels(el)

    def chain(self, name: str) -> list[str]:
        out: list[str] = []
        while name and name not in out and len(out) < 20:
            out.append(name)
            name = self.parents.get(name, "")
        return out

    def heading_level(self, name: str) -> int | None:
        for style in self.chain(name):
            m = _HEADING_STYLE.match(self.display.get(style, style).replace("_20_", " ").strip())
            if m:
                return int(m.group(1) or m.group(2) or 1)
        return None

    def breaks_before(self, name: str) -> bool:
        return self.has(self.before, name)

    def breaks_after(self, name: str) -> bool:
        return self.has(self.after, name)

    def has(self, table: set[str], name: str) -> bool:
        return any(s in table for s in self.chain(name))


