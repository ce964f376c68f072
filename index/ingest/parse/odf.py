"""OpenDocument text (.odt, .ott, and the flat .fodt): the body as a page of HTML, read by the HTML reader.

LibreOffice Writer saves OpenDocument by default, Google Docs and Word export it, and GOV.UK publishes editable
documents in it. An .odt is a zip package (:mod:`.zipped`) whose ``content.xml`` holds the body and its automatic
styles, ``styles.xml`` the named styles, the list styles and the headings' outline numbering, and ``meta.xml`` the
title; a flat .fodt holds all of them in one XML file. The body is turned into a page of HTML and read by the HTML
reader (:func:`.html.parse_html_bytes`), so a paragraph's number, a heading, a list and a table are told by the rules
every page is read by:

- ``text:h`` is a heading (``<hN>``, N its outline level); so is a ``text:p`` whose style, or a style it is based
  on, is a heading or title style;
- a list's item is a paragraph opening with the label its list style prints ("3.2.1 ", "(a) "): ODF stores the
  style, not the label, which is counted here as Writer counts it (:class:`_Counter`: a level's prefix, number
  format, suffix and the higher levels it shows; an item that opens with a list of its own is not counted; a list
  continues another where it says so, ``text:continue-list`` or ``text:continue-numbering``). A numbered heading
  takes its outline style's label the same way, unless the file gives the label (``text:number``). A bullet is no
  label;
- a table is a table; bold and italic runs are ``<b>`` and ``<i>``; a line break is ``<br>``.

Not read, as no report text: notes (footnotes and endnotes: their citation and their body), comments
(``office:annotation``), what a tracked change deleted (kept apart in ``text:tracked-changes``), the table of
contents and other indexes, hidden text, text boxes and frames (set aside as a page's aside is), and the page
headers and footers, which live in the styles, not the body.
"""

from __future__ import annotations

import html as htmlmod
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...errors import CorruptDocument, ResourceLimit
from ...types import ParsedDocument
from .html import parse_html_bytes
from .limits import MIB, ParseLimits, check_zip
from .zipped import ZIP_ERRORS, Package, opened, safe_xml

MAX_PART_BYTES = 64 * MIB
MAX_LEVELS = 10  # ODF's list levels
_NS = {"office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
       "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
       "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
       "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
       "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
       "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
       "dc": "http://purl.org/dc/elements/1.1/",
       "xml": "http://www.w3.org/XML/1998/namespace"}
_T, _S, _O, _TB, _D, _FO = (f"{{{_NS[k]}}}" for k in ("text", "style", "office", "table", "draw", "fo"))
_XML_ID = f"{{{_NS['xml']}}}id"
# elements whose text is no report text (see the module's docstring)
_SKIP = {_T + n for n in (
    "note", "tracked-changes", "table-of-content", "illustration-index", "table-index", "object-index", "user-index",
    "alphabetical-index", "bibliography", "hidden-text", "hidden-paragraph", "sequence-decls", "variable-decls",
    "user-field-decls", "dde-connection-decls", "alphabetical-index-auto-mark-file", "soft-page-break", "bookmark",
    "bookmark-start", "bookmark-end", "reference-mark", "reference-mark-start", "reference-mark-end", "change",
    "change-start", "change-end", "toc-mark", "alphabetical-index-mark")}
_SKIP |= {_O + "annotation", _O + "annotation-end", _O + "forms", _TB + "table-header-columns", _TB + "table-columns",
          _TB + "table-column"}
_HEADING_STYLE = re.compile(r"^(?:heading(?:[ _]|_20_)?(\d)?|title|subtitle|h(\d))$", re.IGNORECASE)
_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]


@dataclass
class _Level:
    numbered: bool = False
    fmt: str = "1"
    prefix: str = ""
    suffix: str = ""
    shown: int = 1  # text:display-levels: this level's number and the higher levels' before it
    start: int = 1


def _formatted(n: int, fmt: str) -> str:
    if fmt in ("a", "A"):
        out = ""
        while n > 0:
            n, r = divmod(n - 1, 26)
            out = chr(ord("a") + r) + out
        return out.upper() if fmt == "A" else out
    if fmt in ("i", "I"):
        out = ""
        for value, letters in _ROMAN:
            while n >= value:
                out, n = out + letters, n - value
        return out.upper() if fmt == "I" else out
    return str(n)


@dataclass
class _Counter:
    """One list's (or the headings') numbers at each level, counted as Writer counts them."""

    levels: dict[int, _Level]
    values: dict[int, int] = field(default_factory=dict)

    def label(self, level: int, restart: int | None = None) -> str:
        spec = self.levels.get(level, _Level())
        for deeper in [k for k in self.values if k > level]:
            del self.values[deeper]
        if not spec.numbered:
            return ""
        self.values[level] = restart if restart is not None else self.values.get(level, spec.start - 1) + 1
        shown = range(max(1, level - spec.shown + 1), level + 1)
        numbers = [_formatted(self.values.get(k, self.levels.get(k, spec).start), self.levels.get(k, spec).fmt)
                   for k in shown]
        return f"{spec.prefix}{'.'.join(numbers)}{spec.suffix}"


def _levels(style: Any) -> dict[int, _Level]:
    """A list style's (or the outline style's) levels."""
    out: dict[int, _Level] = {}
    for el in style:
        if not isinstance(el.tag, str) or not el.get(_T + "level", "").isdigit():
            continue
        level = int(el.get(_T + "level"))
        fmt = el.get(_S + "num-format", "")
        numbered = el.tag in (_T + "list-level-style-number", _T + "outline-level-style") and bool(fmt)
        start = el.get(_T + "start-value", "1")
        shown = el.get(_T + "display-levels", "1")
        out[level] = _Level(numbered, fmt, el.get(_S + "num-prefix", ""), el.get(_S + "num-suffix", ""),
                            int(shown) if shown.isdigit() else 1, int(start) if start.isdigit() else 1)
    return out


@dataclass
class _Styles:
    """What the body's style names stand for: headings, bold and italic runs, list styles, the outline."""

    parents: dict[str, str] = field(default_factory=dict)
    display: dict[str, str] = field(default_factory=dict)
    bold: set[str] = field(default_factory=set)
    italic: set[str] = field(default_factory=set)
    lists: dict[str, dict[int, _Level]] = field(default_factory=dict)
    paragraph_lists: dict[str, str] = field(default_factory=dict)  # a paragraph style's list style
    outline: dict[int, _Level] = field(default_factory=dict)

    def read(self, root: Any) -> None:
        for el in root.iter(_S + "style"):
            name = el.get(_S + "name", "")
            if el.get(_S + "parent-style-name"):
                self.parents[name] = el.get(_S + "parent-style-name")
            self.display[name] = el.get(_S + "display-name", name)
            if el.get(_S + "list-style-name"):
                self.paragraph_lists[name] = el.get(_S + "list-style-name")
            for props in el.iter(_S + "text-properties"):
                if props.get(_FO + "font-weight") in ("bold", "700", "800", "900"):
                    self.bold.add(name)
                if props.get(_FO + "font-style") == "italic":
                    self.italic.add(name)
        for el in root.iter(_T + "list-style"):
            self.lists[el.get(_S + "name", "")] = _levels(el)
        for el in root.iter(_T + "outline-style"):
            self.outline = _levels(el)

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

    def has(self, table: set[str], name: str) -> bool:
        return any(s in table for s in self.chain(name))


class _Writer:
    """The body as HTML, with the labels lists and numbered headings print."""

    def __init__(self, styles: _Styles) -> None:
        self.styles = styles
        self.out: list[str] = []
        self.outline = _Counter(styles.outline)
        self.by_id: dict[str, _Counter] = {}
        self.last: _Counter | None = None

    def block(self, el: Any, counter: _Counter | None = None, level: int = 0) -> None:
        tag = el.tag
        if not isinstance(tag, str) or tag in _SKIP:
            return
        if tag == _T + "h":
            self._heading(el)
        elif tag == _T + "p":
            self._paragraph(el, "")
        elif tag == _T + "list":
            self._list(el, counter, level)
        elif tag == _TB + "table":
            self._table(el)
        else:  # a section, a table's rows and cells handled by _table, a change's region, an index's body
            for child in el:
                self.block(child, counter, level)

    def _heading(self, el: Any) -> None:
        level = el.get(_T + "outline-level", "1")
        level = min(int(level), 6) if level.isdigit() and int(level) > 0 else 1
        given = el.find(_T + "number")
        if given is not None:
            label = (given.text or "").strip()
        elif el.get(_T + "is-list-header") == "true":
            label = ""
        else:
            start = el.get(_T + "start-value")
            label = self.outline.label(level, int(start) if el.get(_T + "restart-numbering") == "true"
                                       and start and start.isdigit() else None)
        self._emit(f"h{level}", el, label)

    def _paragraph(self, el: Any, label: str) -> None:
        level = self.styles.heading_level(el.get(_T + "style-name", ""))
        self._emit(f"h{min(level, 6)}" if level else "p", el, label)

    def _emit(self, tag: str, el: Any, label: str) -> None:
        asides: list[Any] = []
        inner = self._inline(el, asides)
        if label:
            inner = htmlmod.escape(label) + " " + inner.lstrip()
        self.out.append(f"<{tag}>{inner}</{tag}>")
        for box in asides:  # a text box's paragraphs, after the paragraph it is anchored in
            self.out.append("<aside>")
            for child in box:
                self.block(child)
            self.out.append("</aside>")

    def _inline(self, el: Any, asides: list[Any]) -> str:
        parts = [htmlmod.escape(el.text or "")] if el.tag not in _SKIP else []
        for child in el:
            tag = child.tag
            if isinstance(tag, str) and tag not in _SKIP:
                if tag == _T + "s":
                    c = child.get(_T + "c", "1")
                    parts.append(" " * min(int(c) if c.isdigit() else 1, 100))
                elif tag == _T + "tab":
                    parts.append(" ")
                elif tag == _T + "line-break":
                    parts.append("<br/>")
                elif tag == _T + "number":
                    pass  # a heading's label, read by _heading
                elif tag == _D + "frame":
                    asides.extend(child.iter(_D + "text-box"))
                elif tag == _T + "span":
                    inner, style = self._inline(child, asides), child.get(_T + "style-name", "")
                    inner = f"<b>{inner}</b>" if self.styles.has(self.styles.bold, style) else inner
                    parts.append(f"<i>{inner}</i>" if self.styles.has(self.styles.italic, style) else inner)
                else:  # a link, a field, a ruby, a meta element: its text
                    parts.append(self._inline(child, asides))
            parts.append(htmlmod.escape(child.tail or ""))
        return "".join(parts)

    def _list(self, el: Any, counter: _Counter | None, level: int) -> None:
        if counter is None or level == 0:
            counter = self._counter(el)
        level += 1
        for item in el:
            if item.tag not in (_T + "list-item", _T + "list-header"):
                self.block(item, counter, level - 1)
                continue
            first = next((c for c in item if isinstance(c.tag, str)), None)
            numbered = item.tag == _T + "list-item" and first is not None and first.tag != _T + "list"
            start = item.get(_T + "start-value")
            for child in item:
                heading = child.tag == _T + "h"
                if numbered and (heading or child.tag == _T + "p") and child is first:
                    label = counter.label(min(level, MAX_LEVELS), int(start) if start and start.isdigit() else None)
                    if heading:
                        self._emit(f"h{min(level, 6)}", child, label)
                    else:
                        self._paragraph(child, label)
                else:
                    self.block(child, counter, level)

    def _counter(self, el: Any) -> _Counter:
        """The numbers a list at the top level counts on: its own, or those of the list it continues."""
        before = None
        if el.get(_T + "continue-list"):
            before = self.by_id.get(el.get(_T + "continue-list"))
        elif el.get(_T + "continue-numbering") == "true":
            before = self.last
        name = el.get(_T + "style-name") or self._paragraph_list(el)
        levels = self.styles.lists.get(name or "", {})
        counter = _Counter(levels or (before.levels if before else {}),
                           dict(before.values) if before is not None else {})
        if before is not None and not levels:
            counter.levels = before.levels
        if el.get(_XML_ID):
            self.by_id[el.get(_XML_ID)] = counter
        self.last = counter
        return counter

    def _paragraph_list(self, el: Any) -> str | None:
        """The list style of the first paragraph of a list that names none (its paragraph style's)."""
        for p in el.iter(_T + "p", _T + "h"):
            for style in self.styles.chain(p.get(_T + "style-name", "")):
                if style in self.styles.paragraph_lists:
                    return self.styles.paragraph_lists[style]
            return None
        return None

    def _table(self, el: Any) -> None:
        self.out.append("<table>")
        for row in el.iter(_TB + "table-row"):
            self.out.append("<tr>")
            for cell in row:
                if cell.tag == _TB + "table-cell":
                    self.out.append("<td>")
                    for child in cell:
                        self.block(child)
                    self.out.append("</td>")
            self.out.append("</tr>")
        self.out.append("</table>")


def parse_odf(path: Path, limits: ParseLimits | None = None) -> ParsedDocument:
    """The body of an OpenDocument text file, read as a page of HTML (see the module's docstring)."""
    styles = _Styles()
    if path.suffix.lower() == ".fodt":  # one XML file, its size held by check_file
        root = safe_xml(path.read_bytes(), path, "OpenDocument", path.name)
        styles.read(root)
        body, title = root.find(f"{_O}body/{_O}text"), _title(root)
    else:
        with opened(path, "OpenDocument") as zf:
            pkg = Package(path, zf, (limits or ParseLimits()).max_unzipped_bytes, "OpenDocument", MAX_PART_BYTES)
            if pkg.has("styles.xml"):
                styles.read(pkg.xml("styles.xml"))
            root = pkg.xml("content.xml")
            styles.read(root)
            body = root.find(f"{_O}body/{_O}text")
            title = _title(pkg.xml("meta.xml")) if pkg.has("meta.xml") else None
    if body is None:
        raise CorruptDocument(f"{path}: not a readable OpenDocument text (no text body: a spreadsheet or a drawing?)")
    writer = _Writer(styles)
    for child in body:
        writer.block(child)
    page = "<html><head><meta charset='utf-8'>" + (f"<title>{htmlmod.escape(title)}</title>" if title else "")
    doc = parse_html_bytes((page + "</head><body>" + "\n".join(writer.out) + "</body></html>").encode(), str(path))
    doc.title = title or doc.title
    return doc


def _title(root: Any) -> str | None:
    found = root.find(f".//{{{_NS['dc']}}}title")
    return found.text.strip() if found is not None and found.text and found.text.strip() else None


def check_odf(path: Path, limits: ParseLimits) -> None:
    """Refuses a package over the zip limits and XML that declares entities or a DTD (no office program writes
    them)."""
    if path.suffix.lower() == ".fodt":
        with path.open("rb") as fh:
            _no_dtd(fh.read(64 * 1024), path)
        return
    try:
        zf = zipfile.ZipFile(path)
    except ZIP_ERRORS:
        return  # not a zip: the parser says so
    with zf:
        check_zip(zf, path, limits, "OpenDocument")
        for name in ("content.xml", "styles.xml", "meta.xml"):
            try:
                with zf.open(name) as fh:
                    _no_dtd(fh.read(64 * 1024), path)
            except KeyError:
                continue
            except ZIP_ERRORS:
                return  # the parser reports a damaged part


def _no_dtd(head: bytes, path: Path) -> None:
    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
        raise ResourceLimit(f"{path}: refused: the OpenDocument file declares XML entities or a DTD, which office "
                            "programs never write")
