"""A web page saved as plain text by a browser's text serialiser, read as the page's words (blind round 67).

Firefox's "Save Page As ... Text Files" (and Thunderbird's plain-text mail, the same Gecko serialiser) writes every
link's text followed by its address in angle brackets ("the guidance <https://www.example.gov/guidance>"), bold as
"*...*" and italic as "/.../", a superscript as "^..." (so a footnote reference, a link, is "^1 <https://...#fn1>"),
lists as "  * item" (nested "o", "+") and " 1. item", headings and block quotations set in from the left edge where
the page's paragraphs stand, and wraps at 80 columns, an address being a word like any other. A review whose
paragraph numbers link to their own anchors then opens each paragraph "*1.1* <https://...#p1-1> The ...", and its
menus, breadcrumbs, contents list and footer are lists of links.

So a text holding :data:`LEAST` addresses or more, each after a word, is read as such a page (:func:`saved_page_text`):

- a list item or a line standing on its own that is nothing but a short link's text and its address on the page's
  own site is navigation and goes (a number alone before an address is a paragraph's number, and stays);
- a superscript that is a link, or a bracketed number on a word that is one ("harm.[1] <...#fn1>"), is a note's
  reference and goes; every other address goes, and the emphasis marks round a word or a number;
- a paragraph at the left edge is put on one line again (its wrapping was the addresses' as much as its words');
- a block quotation (a block between blank lines whose every line is set in alike, no list item nor numbered,
  ending a sentence: a heading ends none) is marked, and :func:`quotations_aside` makes its block a box
  (``aside``: its own passage), so it is not read as the words of the numbered paragraph before it.

A text with fewer addresses after words (an e-mail quoting a link or two, a reference list) is left as it was.
Addresses over :data:`MAX_ADDRESS` characters are no link the serialiser wrote and are left in the text.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from urllib.parse import urlsplit

from ...types import Block
from .common import BULLET_RE, PARA_START_RE

LEAST = 5  # addresses after words, before a text is read as a saved page
MAX_ADDRESS = 2000  # characters in one address
NAV_WORDS = 10  # words in a link's text that make a menu entry, a breadcrumb or a contents line
SET_IN = 2  # columns a block quotation stands in from the paragraphs' edge at least
QUOTED = "\ue007"  # a private-use mark of a block quotation's start (html_quotations uses U+E005, U+E006)
_URL = rf"<(?:https?|ftp|file|mailto|tel):[^\s<>]{{1,{MAX_ADDRESS}}}>"
_AFTER_WORD = re.compile(rf"\S[ \t]*\n?[ \t]*{_URL}")
# a list item: "  * Housing <...>", a nested one's "    o" or "      +", " 2. Community safety <...>"
_ITEM = re.compile(r"^( {0,16})(?:[*o+#]|\d{1,3}\.)[ \t]+(?=\S)")
_LINK_ONLY = re.compile(rf"([^<>]*?\S)[ \t]+({_URL})[ \t]*")  # a link's text and its address, and nothing else
_NUMBER = re.compile(r"[*/]?\d{1,3}(?:\.\d{1,3}){0,3}\.?[*/]?")  # a paragraph's number, bold or not
_SENTENCE_END = re.compile(r"[.!?:;]['\"’”)]*$|^$")
# a note's reference, a link: superscript ("^1 <https://...#fn1>") or a bracketed number on a word ("harm.[1] <...>")
_NOTE_REF = re.compile(rf"(?:\^(?:\w{{1,4}}|[*†‡§])|(?<=\S)\[\w{{1,4}}\])[ \t]*(?:\n[ \t]*)?{_URL}")
_ALONE = re.compile(rf"^[ \t]*{_URL}[ \t]*\n", re.MULTILINE)  # an address on a line of its own
_LEADING = re.compile(rf"^([ \t]*){_URL}[ \t]*", re.MULTILINE)  # an address wrapped to a line's start
_TRAILING = re.compile(rf"[ \t]+{_URL}")
_EMPHASIS = re.compile(r"(?<![\w*/])([*/])(?=[^\s*/])([^*/\n]{0,400}?[^\s*/])\1(?![\w*/])")
_ENDS_SENTENCE = re.compile(r"(?:[.!]|[.!?]['\"’”)]+)$")  # a question alone ("What went wrong?") is a heading's


def saved_page_text(raw: str) -> str:
    """The text as the saved page reads, where it is one; any other text unchanged."""
    if len(_AFTER_WORD.findall(raw)) < LEAST:
        return raw
    site = Counter(_host(a) for a in re.findall(_URL, raw)).most_common(1)[0][0]
    raw = _NOTE_REF.sub("", "\n".join(_without_navigation(raw.split("\n"), site)))
    raw = _EMPHASIS.sub(r"\2", _TRAILING.sub("", _LEADING.sub(r"\1", _ALONE.sub("", raw))))
    return "\n".join(_quotations_marked(_unwrapped(raw.split("\n"))))


def quotations_aside(blocks: list[Block]) -> list[Block]:
    """The blocks, each that opens with a block quotation's mark a box (``aside``), the marks gone."""
    if not any(QUOTED in b.text for b in blocks):
        return blocks
    return [dataclasses.replace(b, text=b.text.replace(QUOTED, "").strip(),
                                kind="aside" if b.text.startswith(QUOTED) and b.kind == "para" else b.kind)
            for b in blocks]


def _without_navigation(lines: list[str], site: str) -> list[str]:
    """The lines without the links within the page's site (the host most of its addresses name) that are set
    apart: a list item that is one short link (its wrapped lines set in under its text), and a short link alone on
    a line with no sentence running into or out of it. A list of links elsewhere (a report's references) stays."""
    kept: list[str] = []
    i = 0
    while i < len(lines):
        if _ITEM.match(lines[i]):
            end = _item_end(lines, i)
            if not _navigation(_ITEM.sub("", " ".join(t.strip() for t in lines[i:end]), count=1), site):
                kept.extend(lines[i:end])
            i = end
            continue
        prev = kept[-1].strip() if kept else ""
        after = lines[i + 1].lstrip()[:1] if i + 1 < len(lines) else ""
        if not (_navigation(lines[i].strip(), site) and _SENTENCE_END.search(prev) and not after.islower()):
            kept.append(lines[i])
        i += 1
    return kept


def _item_end(lines: list[str], i: int) -> int:
    """Where a list item that starts at line ``i`` ends: after the lines set in further than its marker."""
    item = _ITEM.match(lines[i])
    if item is None:
        return i + 1
    end = i + 1
    while end < len(lines) and lines[end].strip() and not _ITEM.match(lines[end]) \
            and _indent(lines[end]) > len(item.group(1)):
        end += 1
    return end


def _navigation(text: str, site: str) -> bool:
    """A short link's text and its address on the site, and nothing else; not a paragraph's number before its
    address."""
    m = _LINK_ONLY.fullmatch(text)
    if m is None or _NUMBER.fullmatch(m.group(1)) or _host(m.group(2)) != site:
        return False
    return len(m.group(1).split()) <= NAV_WORDS and not _SENTENCE_END.search(m.group(1))


def _host(address: str) -> str:
    """The host an address in angle brackets names ("" for none, or an address urllib cannot split)."""
    try:
        return urlsplit(address.strip("<>")).netloc.lower()
    except ValueError:
        return ""


def _indent(line: str) -> int:
    return len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())


def _unwrapped(lines: list[str]) -> list[str]:
    """The lines, each paragraph at the left edge (a block of lines all flush left, no table row of tab-parted
    cells) on one line: the serialiser wrapped it with its addresses in, so where they were taken out its lines
    are cut short ("*3.3* <https://...#p3-3> The" leaves "3.3 The", which reads as a numbered title over text). A
    line broken after a hyphen between letters goes on with no space: the serialiser breaks at a hyphen but
    never adds one."""
    out: list[str] = []
    for line in lines:
        flush = line.strip() and not _indent(line) and "\t" not in line
        if flush and out and out[-1].strip() and not _indent(out[-1]) and "\t" not in out[-1]:
            joint = "" if re.search(r"[^\W\d_]-$", out[-1].rstrip()) and line[:1].isalpha() else " "
            out[-1] = out[-1].rstrip() + joint + line.strip()
        else:
            out.append(line)
    return out


def _quotations_marked(lines: list[str]) -> list[str]:
    """The lines, each block quotation's first line marked after its indent: a block between blank lines (or
    the text's ends) whose every line stands :data:`SET_IN` columns in or more at one indent, that is no list
    item and opens with no paragraph's number, and whose last line ends a sentence (a question only inside
    quotation marks: a heading may ask one)."""
    out = list(lines)
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and lines[end].strip():
            end += 1
        block = lines[start:end]
        if block and len({_indent(t) for t in block}) == 1 and _indent(block[0]) >= SET_IN \
                and not (BULLET_RE.match(block[0].strip()) or PARA_START_RE.match(block[0].strip())
                         or _ITEM.match(block[0])) \
                and _ENDS_SENTENCE.search(block[-1].rstrip()):
            head = block[0]
            out[start] = head[:len(head) - len(head.lstrip())] + QUOTED + head.lstrip()
        start = end + 1
    return out
