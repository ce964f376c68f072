"""Rich Text Format (.rtf): the document's text, a paragraph to a block, read as a text file is.

Word and WordPad save RTF, and case-management and letter systems export it. The text is taken out of the control
words by striprtf (``rtf_to_text``: the font, colour and style tables, headers and footers, footnotes, field
instructions, pictures and other destinations left out; a character escape decoded in the file's code page). Before
it runs, two kinds of group are made plain: WordPad's and Word 95's list labels (``{\\pntext 1.\\tab}``) are read as
Word's own are (``{\\listtext ...}``), since they are the numbers the file prints before each item, and a field's
instruction is taken away so that a link's shown text stays and its address is not written out. Each paragraph
(``\\par``) is one line of the result, and the lines are read by the plain-text reader with a blank line between them,
so a paragraph's number, a heading and a list are told by the rules every text is read by; a table's cells come out
parted by "|", a row to a line. A page break (``\\page``) and a paragraph set to start a page (``\\pagebb``) become
form feeds, which the plain-text reader counts pages by (the pages Word would print, as far as the file records
them: the breaks it did not lay out itself are not in an RTF file).
"""

from __future__ import annotations

import re
from pathlib import Path

from ...errors import CorruptDocument
from ...types import ParsedDocument
from .text import parse_string

_START = re.compile(rb"^\s*\{\\rtf")
_CODEPAGE = re.compile(r"\\ansicpg(\d{3,5})")
_INSTRUCTION = re.compile(r"\{\\\*\\fldinst\b")
# a page break (\page) or a paragraph that starts a page (\pagebb): a form feed, as a text file marks a new page
_PAGE = re.compile(r"\\page(?:bb)?(?![a-z\d])")
_FORM_FEED = "{\\uc1\\u12?}"


def parse_rtf(path: Path) -> ParsedDocument:
    raw = path.read_bytes()
    if not _START.match(raw[:64]):
        raise CorruptDocument(f"{path}: not a readable RTF file (it does not open with {{\\rtf)")
    from striprtf.striprtf import rtf_to_text

    page = _CODEPAGE.search(raw[:4096].decode("latin-1"))
    encoding = f"cp{page.group(1)}" if page else "cp1252"
    try:  # RTF should be 7-bit, but some writers leave 8-bit characters unescaped: in the file's code page
        text = raw.decode(encoding, errors="replace")
        marked = _PAGE.sub(lambda m: m.group() + _FORM_FEED, text.replace("{\\pntext", "{\\listtext"))
        plain = rtf_to_text(_without_instructions(marked), encoding=encoding, errors="replace")
    except (LookupError, ValueError, IndexError) as exc:
        raise CorruptDocument(f"{path}: not a readable RTF file ({type(exc).__name__})") from None
    lines = plain.replace("\r", "").replace("\f", "\n\f\n").split("\n")
    lines = [line if line == "\f" else line.strip() for line in lines]
    kept = [line for line in lines if line]
    while kept and kept[0] == "\f":  # a break before any text starts no page
        kept.pop(0)
    return parse_string("\n\n".join(kept))


def _without_instructions(text: str) -> str:
    """The text with each field's instruction group (``{\\*\\fldinst HYPERLINK "..."}``) taken out, braces counted
    (an escaped brace, ``\\{``, is no brace)."""
    out: list[str] = []
    pos = 0
    for m in _INSTRUCTION.finditer(text):
        if m.start() < pos:
            continue
        depth, i = 0, m.start()
        while i < len(text):
            c = text[i]
            if c == "\\":
                i += 2
                continue
            depth += (c == "{") - (c == "}")
            i += 1
            if depth == 0:
                break
        out.append(text[pos:m.start()])
        pos = i
    out.append(text[pos:])
    return "".join(out)
