"""Characters read from a font's glyph names where its ToUnicode map says nothing a reader could use.

A PDF's text is what each font's ToUnicode map says its glyphs are, and a font's maker can get the map wrong
while the page prints correctly: the digits of a paragraph's number mapped into the Private Use Area (U+F031 for
"1"), to nothing, to U+FFFD, or to the wrong digits (a subset's map one off). pdfminer follows the map, so the
paragraph loses its number or gets another's. A simple font's encoding can still name each glyph
("/Differences [49 /one /two]", "/uni0033"), and a Type 3 font must: where the map gives private, empty or
replacement characters, or one plain letter or digit against the name's different one, the name is read. The
names are the font program's own, and the map is what a producer writes afterwards, so a disagreement over a
plain letter or digit is the map's slip. A name the glyph list does not know ("/g12") says nothing and is left.

A font with no such names that maps plain characters to U+F020-U+F07E follows Microsoft's convention for a
symbol-encoded font (code 0x31 at U+F031): unless the font is a symbol or dingbat face, it is that character.

:func:`install` makes a pdfplumber PDF's resource manager hand out fonts read so (its pages are laid out by it).
"""

from __future__ import annotations

import re
from typing import Any

from pdfminer.encodingdb import name2unicode
from pdfminer.pdffont import PDFFont, PDFUnicodeNotDefined
from pdfminer.pdftypes import resolve1
from pdfminer.psparser import PSLiteral

_SYMBOL_FACE = re.compile(r"symbol|dings|webding|marlett|wingding|icon|awesome|emoji|mt ?extra", re.I)
_SUPERSCRIPT = str.maketrans("0123456789", "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079")


def _private(text: str) -> bool:
    return any(0xE000 <= ord(c) <= 0xF8FF or ord(c) >= 0xF0000 for c in text)


def _unreadable(text: str | None) -> bool:
    return text is None or not text.strip() or "\ufffd" in text or _private(text)


def _plain(text: str) -> bool:
    return len(text) == 1 and text.isascii() and text.isalnum()


def glyph_names(spec: dict[str, Any]) -> dict[int, str]:
    """The characters a simple font's /Differences names, by code (names the glyph list knows only)."""
    encoding = resolve1(spec.get("Encoding"))
    if not isinstance(encoding, dict):
        return {}
    named: dict[int, str] = {}
    code = 0
    for item in resolve1(encoding.get("Differences")) or []:
        item = resolve1(item)
        if isinstance(item, int):
            code = item
            continue
        if not isinstance(item, PSLiteral):
            continue
        name = str(item.name)
        try:
            text = name2unicode(name)
        except Exception:  # a name the glyph list does not know ("g12"): it says nothing
            text = ""
        if text and not _private(text) and text.isprintable():
            suffix = name.partition(".")[2].lower()
            named[code] = text.translate(_SUPERSCRIPT) if suffix in ("sups", "sup", "superior") else text
        code += 1
    return named


def reading(font: PDFFont, named: dict[int, str]) -> Any:
    """``font.to_unichr`` mended by the glyph names ``named`` (see the module's docstring)."""
    mapped = font.to_unichr
    symbolic = bool(_SYMBOL_FACE.search(str(getattr(font, "fontname", ""))))

    memo: dict[int, str | None] = {}

    def read(cid: int) -> str | None:
        try:
            text: str | None = mapped(cid)
        except PDFUnicodeNotDefined:
            text = None
        name = named.get(cid)
        if name is not None and (_unreadable(text) or (_plain(name) and _plain(text or "") and text != name)):
            return name
        if text is not None and name is None and not symbolic and len(text) == 1 and 0xF020 <= ord(text) <= 0xF07E:
            return chr(ord(text) - 0xF000)
        return text

    def to_unichr(cid: int) -> str:
        text = memo[cid] if cid in memo else memo.setdefault(cid, read(cid))
        if text is None:
            raise PDFUnicodeNotDefined(None, cid)
        return text

    return to_unichr


def install(pdf: Any) -> None:
    """Make ``pdf`` (pdfplumber's) read its fonts' glyphs as :func:`reading` does (call before laying out a page)."""
    manager = pdf.rsrcmgr
    if getattr(manager, "glyph_names", False):
        return
    get_font = manager.get_font

    def font_read_by_names(objid: Any, spec: Any) -> PDFFont:
        font = get_font(objid, spec)
        if not getattr(font, "glyph_names", False):  # the manager keeps fonts by object: mend each once
            font.glyph_names = True
            named = glyph_names(spec) if isinstance(spec, dict) else {}
            if named or getattr(font, "unicode_map", None) is not None:  # else nothing can be private or wrong
                font.to_unichr = reading(font, named)
        return font

    manager.get_font = font_read_by_names
    manager.glyph_names = True
