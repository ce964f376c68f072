"""Web pages that are another document in HTML's clothes, read as that document.

A PDF turned into a web page by pdf2htmlEX is read as the PDF it was: one ``<div class="pf">`` per page, one
absolutely placed ``<div class="t">`` per printed line, placed and sized only by the classes of a style sheet
(``.x3{left:72px}``, ``.y9{bottom:412px}``, ``.fs1{font-size:48px}``, ``.m0{transform:matrix(0.25,...)}``,
``.ff2{font-weight:bold}``). Read as HTML, every line would be a paragraph of its own, the running head and
foot part of the text and the pages lost; read as lines on pages, it goes through the PDF reader's rules
(running matter, contents, headings by size and weight, paragraphs across a page, words broken at a line's
end) and its paragraphs keep their pages.

A report's text version, the whole of it in one ``<pre>``, is read as a text file is."""

from __future__ import annotations

import re

from ...types import ParsedDocument
from ..clean import Line, normalise_text

_RULE = re.compile(r"\.([a-z]{1,3}[0-9a-f]{0,4})\s*\{([^{}]*)\}")
_LENGTH = r"\s*:\s*(-?[\d.]+)px"
_MATRIX = re.compile(r"(?<![-\w])transform\s*:\s*matrix\(\s*(-?[\d.]+)")
_WIDTH_PER_SIZE = 0.5  # a line's width, unknown without its font, taken as half its size per character


def converted_pages(soup) -> list[list[Line]] | None:
    """Each page's lines in reading order, or None when the page is no pdf2htmlEX conversion."""
    pages = soup.select("div.pf")
    if not pages or soup.select_one("div.pf div.t") is None:
        return None
    rules = {name: body for name, body in _RULE.findall("\n".join(s.get_text() for s in soup.find_all("style")))}

    def length(classes: list[str], prefix: str, prop: str) -> float | None:
        for c in classes:
            if re.fullmatch(prefix + r"[0-9a-f]+", c) and (m := re.search(prop + _LENGTH, rules.get(c, ""))):
                return float(m.group(1))
        return None

    def font(tag) -> str:
        return " ".join(rules.get(c, "") for c in tag.get("class") or [] if re.fullmatch(r"ff[0-9a-f]+", c))

    def most(div, style: str) -> bool:
        """Whether 80% of the line's letters are set in a font with this style (a span sets its own font)."""
        counts = [0, 0]
        for piece in div.find_all(string=True):
            owner = next((t for t in piece.parents if t is div or font(t)), div)
            counts[bool(re.search(style, font(owner)))] += len(piece.strip())
        return counts[1] >= 0.8 * sum(counts) > 0

    out: list[list[Line]] = []
    for pno, page in enumerate(pages, start=1):
        classes = page.get("class") or []
        height = length(classes, "h", "height") or 842.0
        width = length(classes, "w", "width") or 595.0
        lines = []
        for div in page.select("div.t"):
            text = normalise_text(div.get_text())
            if not text:
                continue
            cls = div.get("class") or []
            scale = next((float(m.group(1)) for c in cls if re.fullmatch(r"m[0-9a-f]+", c)
                          and (m := _MATRIX.search(rules.get(c, "")))), 1.0)
            size = (length(cls, "fs", "font-size") or 12.0) * abs(scale)
            left, bottom = length(cls, "x", "left") or 0.0, length(cls, "y", "bottom") or 0.0
            lines.append(Line(text=text, page=pno, top=height - bottom - size, bottom=height - bottom, x0=left,
                              x1=left + _WIDTH_PER_SIZE * size * len(text), size=round(size, 1),
                              bold=most(div, r"font-weight\s*:\s*(?:bold|[6-9]00)"),
                              italic=most(div, r"font-style\s*:\s*italic"),
                              page_height=height, page_width=width))
        out.append(sorted(lines, key=lambda ln: (round(ln.top), ln.x0)))
    return out


def text_version_of(root) -> ParsedDocument | None:
    """A page that is a report's text version, the whole of it in one ``<pre>`` (hard-wrapped lines, the
    printed pages' running lines, form feeds): read as a text file is. A web page has no pages to cite."""
    from .text import parse_string

    text = max((p.get_text() for p in root.find_all("pre")), key=len, default="")
    if text.count("\n") < 20 or len(text) < 0.6 * len(root.get_text()):
        return None
    doc = parse_string(text)
    for b in doc.blocks:
        b.page = None
    return ParsedDocument(blocks=doc.blocks, pages=None, title=doc.title)
