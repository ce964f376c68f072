"""OpenDocument text (.odt, .ott, and the flat .fodt): the body as a page of HTML, read by the HTML reader. An
Impress deck (.odp) likewise, a page to a slide (:func:`_slides`).

LibreOffice Writer saves OpenDocument by default, Google Docs and Word export it, and GOV.UK publishes editable
documents in it. An .odt is a zip package (:mod:`.zipped`) whose ``content.xml`` holds the body and its automatic
styles, ``styles.xml`` the named styles, the list styles and the headings' outline numbering, and ``meta.xml`` the
title; a flat .fodt holds all of them in one XML file. The body is turned into a page of HTML and read by the HTML
reader (:func:`.html.parse_html_bytes`), so a paragraph's number, a heading, a list and a table are told by the rules
every page is read by:

- ``text:h`` is a heading (``<hN>``, N its outline level); so is a ``text:p`` whose style, or a style it is based
  on, is a heading or title style;
- a list's item is a paragraph opening with the label its list style prints ("3.2.1 ", "(a) "): ODF stores the
  style, not the label, which is counted here as Writer counts it (:class:`Counter`: a level's prefix, number
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
from pathlib import Path
from typing import Any

from ...errors import CorruptDocument
from ...types import ParsedDocument
from .html_built import APART, notes_heading, page_break, read_built
from .limits import XML_HEAD, ParseLimits, check_zipped_xml, refuse_declarations
from .odf_styles import NS, OFFICE, TB, Counter, D, Styles, T
from .zipped import Package, opened, safe_xml

MAX_LEVELS = 10  # ODF's list levels
_MAKERS = "office programs never write"
_XML_ID = f"{{{NS['xml']}}}id"
# elements whose text is no report text (see the module's docstring)
_SKIP = {T + n for n in (
    "note", "tracked-changes", "table-of-content", "illustration-index", "table-index", "object-index", "user-index",
    "alphabetical-index", "bibliography", "hidden-text", "hidden-paragraph", "sequence-decls", "variable-decls",
    "user-field-decls", "dde-connection-decls", "alphabetical-index-auto-mark-file", "bookmark",
    "bookmark-start", "bookmark-end", "reference-mark", "reference-mark-start", "reference-mark-end", "change",
    "change-start", "change-end", "toc-mark", "alphabetical-index-mark")}
_SKIP |= {OFFICE + "annotation", OFFICE + "annotation-end", OFFICE + "forms", TB + "table-header-columns",
          TB + "table-columns", TB + "table-column"}
_BREAK = T + "soft-page-break"
_FLAT = (".fodt", ".fodp", ".fods")  # a flat file: the package's XML files in one (.fods: parse/sheets.py)
_PRESENTATION = f"{{{NS['presentation']}}}"
# a slide's frames whose text is the program's, not the deck's (slide numbers, footers, dates, the slide's picture)
_NOT_TEXT = {"page-number", "footer", "date-time", "header", "page"}
_PARAGRAPH_LABEL = re.compile(r"^\d+\.\d+")  # a list's label that numbers paragraphs ("2.1"), not points ("1.")


class _Writer:
    """The body as HTML, with the labels lists and numbered headings print."""

    def __init__(self, styles: Styles) -> None:
        self.styles = styles
        self.out: list[str] = []
        self.outline = Counter(styles.outline)
        self.by_id: dict[str, Counter] = {}
        self.last: Counter | None = None
        self.page, self.since_break = 1, False  # text written since the last break
        self.in_list, self.after_item = 0, False  # inside a list's item; after one numbered "2.1" by the list
        self.out.append(f"<p>{page_break(1)}</p>")

    def _break(self) -> str:
        """A new page's marker, unless no text came since the last break (a hard break and Writer's own soft
        break before the same paragraph are one)."""
        if not self.since_break:
            return ""
        self.page, self.since_break = self.page + 1, False
        return page_break(self.page)

    def block(self, el: Any, counter: Counter | None = None, level: int = 0) -> None:
        tag = el.tag
        if not isinstance(tag, str) or tag in _SKIP:
            return
        if tag == _BREAK:
            self.out.append(f"<p>{self._break()}</p>")
        elif tag == T + "h":
            self._heading(el)
        elif tag == T + "p":
            self._paragraph(el, "")
        elif tag == T + "list":
            self._list(el, counter, level)
        elif tag == TB + "table":
            self._table(el)
        else:  # a section, a table's rows and cells handled by _table, a change's region, an index's body
            for child in el:
                self.block(child, counter, level)

    def _heading(self, el: Any) -> None:
        level = el.get(T + "outline-level", "1")
        level = min(int(level), 6) if level.isdigit() and int(level) > 0 else 1
        given = el.find(T + "number")
        if given is not None:
            label = (given.text or "").strip()
        elif el.get(T + "is-list-header") == "true":
            label = ""
        else:
            start = el.get(T + "start-value")
            label = self.outline.label(level, int(start) if el.get(T + "restart-numbering") == "true"
                                       and start and start.isdigit() else None)
        self._emit(f"h{level}", el, label)

    def _paragraph(self, el: Any, label: str) -> None:
        level = self.styles.heading_level(el.get(T + "style-name", ""))
        self._emit(f"h{min(level, 6)}" if level else "p", el, label)

    def _emit(self, tag: str, el: Any, label: str) -> None:
        style = el.get(T + "style-name", "")
        before = self._break() if self.styles.breaks_before(style) else ""
        asides: list[Any] = []
        inner = self._inline(el, asides)
        if label:
            inner = htmlmod.escape(label) + " " + inner.lstrip()
        if tag != "p":
            self.after_item = False
        elif label:
            self.after_item = bool(_PARAGRAPH_LABEL.match(label)) and self.in_list > 0
        elif self.after_item and not self.in_list:  # a closing line after the list: not the last item's
            inner = APART + inner
        self.out.append(f"<{tag}>{before}{inner}</{tag}>")
        self.since_break = self.since_break or bool(re.search(r"\w", inner))
        if self.styles.breaks_after(style):
            self.out.append(f"<p>{self._break()}</p>")
        for box in asides:  # a text box's paragraphs, after the paragraph it is anchored in
            self.out.append("<aside>")
            for child in box:
                self.block(child)
            self.out.append("</aside>")

    def _inline(self, el: Any, asides: list[Any]) -> str:
        parts = [htmlmod.escape(el.text or "")]
        for child in el:
            tag = child.tag
            if isinstance(tag, str) and tag not in _SKIP:
                if tag == T + "s":
                    c = child.get(T + "c", "1")
                    parts.append(" " * min(int(c) if c.isdigit() else 1, 100))
                elif tag == T + "tab":
                    parts.append(" ")
                elif tag == T + "line-break":
                    parts.append("<br/>")
                elif tag == T + "number":
                    pass  # a heading's label, read by _heading
                elif tag == _BREAK:  # Writer's layout broke the page inside the paragraph
                    self.since_break = self.since_break or bool(re.search(r"\w", "".join(parts)))
                    parts.append(self._break())
                elif tag == D + "frame":
                    asides.extend(child.iter(D + "text-box"))
                elif tag == T + "span":
                    inner, style = self._inline(child, asides), child.get(T + "style-name", "")
                    inner = f"<b>{inner}</b>" if self.styles.has(self.styles.bold, style) else inner
                    parts.append(f"<i>{inner}</i>" if self.styles.has(self.styles.italic, style) else inner)
                else:  # a link, a field, a ruby, a meta element: its text
                    parts.append(self._inline(child, asides))
            parts.append(htmlmod.escape(child.tail or ""))
        return "".join(parts)

    def _list(self, el: Any, counter: Counter | None, level: int) -> None:
        if counter is None or level == 0:
            counter = self._counter(el)
        level += 1
        self.in_list += 1
        for item in el:
            if item.tag not in (T + "list-item", T + "list-header"):
                self.block(item, counter, level - 1)
                continue
            first = next((c for c in item if isinstance(c.tag, str) and c.tag not in _SKIP and c.tag != _BREAK), None)
            numbered = item.tag == T + "list-item" and first is not None and first.tag != T + "list"
            start = item.get(T + "start-value")
            for child in item:
                heading = child.tag == T + "h"
                if numbered and (heading or child.tag == T + "p") and child is first:
                    label = counter.label(min(level, MAX_LEVELS), int(start) if start and start.isdigit() else None)
                    if heading:
                        self._emit(f"h{min(level, 6)}", child, label)
                    else:
                        self._paragraph(child, label)
                else:
                    self.block(child, counter, level)
        self.in_list -= 1

    def _counter(self, el: Any) -> Counter:
        """The numbers a list at the top level counts on: its own, or those of the list it continues."""
        before = None
        if el.get(T + "continue-list"):
            before = self.by_id.get(el.get(T + "continue-list"))
        elif el.get(T + "continue-numbering") == "true":
            before = self.last
        name = el.get(T + "style-name") or self._paragraph_list(el)
        levels = self.styles.lists.get(name or "") or (before.levels if before else {})
        counter = Counter(levels, dict(before.values) if before else {})
        if el.get(_XML_ID):
            self.by_id[el.get(_XML_ID)] = counter
        self.last = counter
        return counter

    def _paragraph_list(self, el: Any) -> str | None:
        """The list style of the first paragraph of a list that names none (its paragraph style's)."""
        for p in el.iter(T + "p", T + "h"):
            for style in self.styles.chain(p.get(T + "style-name", "")):
                if style in self.styles.paragraph_lists:
                    return self.styles.paragraph_lists[style]
            return None
        return None

    def _table(self, el: Any) -> None:
        if self.styles.breaks_before(el.get(TB + "style-name", "")):
            self.out.append(f"<p>{self._break()}</p>")
        self.out.append("<table>")
        self._rows(el)
        self.out.append("</table>")

    def _rows(self, el: Any) -> None:
        for child in el:
            if child.tag == _BREAK:  # between rows: the next row's page
                self.out.append(f"<tr><td>{self._break()}</td></tr>")
            elif child.tag == TB + "table-row":
                self.out.append("<tr>")
                for cell in child:
                    if cell.tag == TB + "table-cell":
                        self.out.append("<td>")
                        for part in cell:
                            self.block(part)
                        self.out.append("</td>")
                self.out.append("</tr>")
            elif child.tag in (TB + "table-header-rows", TB + "table-rows", TB + "table-row-group"):
                self._rows(child)


def parse_odf(path: Path, limits: ParseLimits | None = None) -> ParsedDocument:
    """The body of an OpenDocument text file, read as a page of HTML (see the module's docstring)."""
    styles = Styles()
    if path.suffix.lower() in _FLAT:  # one XML file, its size held by check_file
        root = safe_xml(path.read_bytes(), path, "OpenDocument", path.name)
        styles.read(root)
        body, title = root.find(f"{OFFICE}body/{OFFICE}text"), dc_title(root)
        slides = root.find(f"{OFFICE}body/{OFFICE}presentation")
    else:
        with opened(path, "OpenDocument") as zf:
            pkg = Package(path, zf, (limits or ParseLimits()).max_unzipped_bytes, "OpenDocument")
            if pkg.has("styles.xml"):
                styles.read(pkg.xml("styles.xml"))
            root = pkg.xml("content.xml")
            styles.read(root)
            body = root.find(f"{OFFICE}body/{OFFICE}text")
            slides = root.find(f"{OFFICE}body/{OFFICE}presentation")
            title = dc_title(pkg.xml("meta.xml")) if pkg.has("meta.xml") else None
    writer = _Writer(styles)
    if body is not None:
        for child in body:
            writer.block(child)
    elif slides is not None:
        _slides(writer, slides)
    else:
        raise CorruptDocument(f"{path}: not a readable OpenDocument text (no text body: a spreadsheet or a drawing?)")
    return read_built(writer.out, title, str(path))


def _slides(writer: _Writer, presentation: Any) -> None:
    """An Impress deck (.odp), a page to a slide as :mod:`.slides` reads PowerPoint's: the title frame first, as a
    heading, then the slide's other text frames in order, then its speaker notes under a heading of their own."""
    for n, page in enumerate(presentation.iter(D + "page"), start=1):
        if n > 1:
            writer.out.append(f"<p>{page_break(n)}</p>")
        frames = [f for f in page.iter(D + "frame") if f.getparent().tag != _PRESENTATION + "notes"
                  and f.get(_PRESENTATION + "class", "") not in _NOT_TEXT]
        for frame in sorted(frames, key=lambda f: f.get(_PRESENTATION + "class") != "title"):
            for box in frame.iter(D + "text-box"):
                if frame.get(_PRESENTATION + "class") == "title":
                    text = " ".join(" ".join(p.itertext()) for p in box.iter(T + "p"))
                    writer.out.append(f"<h2>{htmlmod.escape(text)}</h2>")
                    continue
                for child in box:
                    writer.block(child)
        notes = [f for f in page.iterfind(f"{_PRESENTATION}notes/{D}frame")
                 if f.get(_PRESENTATION + "class", "") not in _NOT_TEXT]
        said = [p for f in notes for p in f.iter(D + "text-box") if "".join(p.itertext()).strip()]
        if said:
            writer.out.append(notes_heading(n))
            for box in said:
                for child in box:
                    writer.block(child)


def dc_title(root: Any | None) -> str | None:
    """The Dublin Core title an OpenDocument file's meta or an OOXML package's core properties hold, or None."""
    found = root.find(f".//{{{NS['dc']}}}title") if root is not None else None
    return found.text.strip() if found is not None and found.text and found.text.strip() else None


def check_odf(path: Path, limits: ParseLimits) -> None:
    """Refuses a package over the zip limits and XML that declares entities or a DTD (no office program writes
    them)."""
    if path.suffix.lower() not in _FLAT:
        check_zipped_xml(path, limits, "OpenDocument file", _MAKERS)
        return
    with path.open("rb") as fh:
        refuse_declarations(fh.read(XML_HEAD), path, "OpenDocument file", _MAKERS)
