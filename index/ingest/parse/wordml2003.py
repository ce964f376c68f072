"""Word 2003 XML (.xml saved by Word 2002/2003 as "XML Document"): the body as a page of HTML, read by the HTML reader.

WordprocessingML 2003 is one XML file, root ``w:wordDocument`` in the namespace of :data:`W` and a
``<?mso-application progid="Word.Document"?>`` processing instruction before it. Councils' and partnerships' review
templates of Word 2003's time were saved in it, and other systems still export it. A ``.xml`` file is read only when it
is one (its root element says so); any other XML, a Word 2007 flat XML package among them, is refused with one line.

The body (``w:body``, its sections wrapped in Word's ``wx:sect`` and ``wx:sub-section`` hints) is turned into a page
of HTML (:func:`.html.parse_html_bytes`), so a paragraph's number, a heading and a table are told by the rules every
page is read by:

- a numbered paragraph opens with the label Word printed: Word's hint ``<wx:t wx:val="2.1"/>`` in its ``w:listPr``
  where the file has it; otherwise counted from ``w:lists`` (the paragraph's list, or its style's) as Word counts
  (:class:`_Numbering`, :mod:`.numbering`'s counters read from the 2003 elements). A bullet is no label;
- a paragraph whose style, or a style it is based on, is named "heading N", "Title" or "Subtitle" is a heading;
- a table is a table; bold and italic runs are ``<b>`` and ``<i>``; a line break is ``<br>``; a text box's
  paragraphs are set aside after the paragraph they are anchored in.

Not read, as no report text: the headers and footers (``w:hdr``, ``w:ftr`` inside a section's ``w:sectPr``), notes
(``w:footnote``, ``w:endnote``, inline where they are cited), comments and bookmarks (``aml:annotation``: a tracked
insertion's text is kept, a deletion's is not), field instructions (a field's result is kept), hidden text, pictures'
binary data and the document's properties, fonts, lists, styles and settings.

Pages are those the file's breaks make: a page begins at the start, at each ``<w:br w:type="page"/>``, before a
paragraph with ``w:pageBreakBefore``, and after a paragraph that ends a section (its ``w:pPr`` holds the section's
``w:sectPr``) when the next section starts a page (its ``w:type``, nextPage unless continuous or nextColumn). Each is
written as an edition's page marker (:mod:`.html_pages`).
"""

from __future__ import annotations

import html as htmlmod
import itertools
import re
from pathlib import Path
from typing import Any

from ...errors import CorruptDocument, UnsupportedFormat
from ...types import ParsedDocument
from .html_built import page_break, read_built
from .limits import XML_HEAD, ParseLimits, refuse_declarations
from .numbering import LEVELS, WordLevel, WordNumbering
from .zipped import safe_xml

W = "{http://schemas.microsoft.com/office/word/2003/wordml}"
WX = "{http://schemas.microsoft.com/office/word/2003/auxHint}"
AML = "{http://schemas.microsoft.com/aml/2001/core}"
_O = "{urn:schemas-microsoft-com:office:office}"
_KIND = "Word 2003 XML document"
# Word 2003's number format codes (w:nfc) as Word 2007's names (.numbering's formats)
_NFC = {"0": "decimal", "1": "upperRoman", "2": "lowerRoman", "3": "upperLetter", "4": "lowerLetter",
        "22": "decimalZero", "23": "bullet", "255": "none"}
_HEADING = re.compile(r"^(?:heading\s*(\d)|title|subtitle)$", re.IGNORECASE)
_NO_PAGE = {"continuous", "nextColumn"}  # section breaks that start no page
_OFF = {"off", "0", "false", "none"}
# elements of a run or paragraph that are no report text (see the module's docstring)
_SKIP = {W + n for n in ("pPr", "rPr", "footnote", "endnote", "delText", "instrText", "fldChar", "binData",
                         "annotationRef", "footnoteRef", "endnoteRef", "sectPr", "hdr", "ftr", "object", "sym",
                         "tblPr", "tblGrid", "trPr", "tcPr")}


def _val(el: Any, path: str, default: str | None = None) -> str | None:
    """The ``w:val`` of the element at ``path`` under ``el`` (None where ``el`` or it is missing)."""
    found = el.find(path) if el is not None else None
    return found.get(W + "val", default) if found is not None else None


def _on(el: Any, path: str) -> bool:
    """A toggle (``<w:b/>``, ``<w:vanish w:val="off"/>``) set on ``el``."""
    value = _val(el, path, "on")
    return value is not None and value.lower() not in _OFF


def _int(value: str | None, default: int = 0) -> int:
    return min(int(value), 32767) if value and value.isdigit() else default


def _level(lvl: Any) -> WordLevel:
    """A 2003 list level (``w:lvl``) as :mod:`.numbering` keeps one."""
    restart = _val(lvl, W + "lvlRestart")
    return WordLevel(fmt=_NFC.get(_val(lvl, W + "nfc") or "0", "decimal"), text=_val(lvl, W + "lvlText") or "",
                  start=_int(_val(lvl, W + "start"), 1), legal=_on(lvl, W + "isLgl"),
                  restart=min(_int(restart), LEVELS) if restart is not None else None)


class _Numbering(WordNumbering):
    """Word's list counters (:class:`.numbering.WordNumbering`) read from a 2003 file: a list definition
    (``w:listDef``) is Word 2007's abstract numbering, a list (``w:list w:ilfo``) its ``w:num``, and a paragraph's
    or style's ``w:listPr`` (``w:ilfo``, ``w:ilvl``) its ``w:numPr``."""

    default_style = "Normal"  # the style of a paragraph that names none

    @classmethod
    def of_file(cls, root: Any, default_style: str) -> _Numbering:
        self = cls()
        self.default_style = default_style
        lists = root.find(W + "lists")
        defs = {d.get(W + "listDefId", ""): {min(_int(lvl.get(W + "ilvl")), LEVELS - 1): _level(lvl)
                                             for lvl in d.findall(W + "lvl")}
                for d in (lists.findall(W + "listDef") if lists is not None else [])}
        for lst in lists.findall(W + "list") if lists is not None else []:
            ilfo, def_id = lst.get(W + "ilfo", ""), _val(lst, W + "ilst") or ""
            self.abstract_of[ilfo] = def_id
            self.levels[ilfo] = dict(defs.get(def_id, {}))
            for over in lst.findall(W + "lvlOverride"):
                ilvl = min(_int(over.get(W + "ilvl")), LEVELS - 1)
                if (lvl := over.find(W + "lvl")) is not None:
                    self.levels[ilfo][ilvl] = _level(lvl)
                if (start := _val(over, W + "startOverride")) is not None:
                    self.restarts.setdefault(ilfo, {})[ilvl] = _int(start, 1)
        styles = root.find(W + "styles")
        own = {s.get(W + "styleId", ""): (_val(s, f"{W}pPr/{W}listPr/{W}ilfo"), _val(s, f"{W}pPr/{W}listPr/{W}ilvl"),
                                          _val(s, W + "basedOn"))
               for s in (styles.findall(W + "style") if styles is not None else [])}
        for sid, (list_id, level, base) in own.items():  # a style's list, or the one of the style it is based on
            seen = {sid}
            while (list_id is None or level is None) and base in own and base not in seen:
                seen.add(base)
                list_id, level, base = list_id or own[base][0], level or own[base][1], own[base][2]
            if list_id:
                self.style_num[sid] = (list_id, min(_int(level), LEVELS - 1))
        return self

    def place(self, ppr: Any) -> tuple[str, int] | None:
        style = _val(ppr, W + "pStyle") or self.default_style
        ilfo, ilvl = self.style_num.get(style, (None, 0))
        ilfo = _val(ppr, f"{W}listPr/{W}ilfo") or ilfo
        if (own := _val(ppr, f"{W}listPr/{W}ilvl")) is not None:
            ilvl = min(_int(own), LEVELS - 1)
        return (ilfo, ilvl) if ilfo and ilfo != "0" and ilfo in self.levels else None


class _Styles:
    """The paragraph styles' names and what each is based on: which are headings."""

    def __init__(self, root: Any) -> None:
        styles = root.find(W + "styles")
        found = styles.findall(W + "style") if styles is not None else []
        self.names = {s.get(W + "styleId", ""): _val(s, W + "name") or "" for s in found}
        self.based = {s.get(W + "styleId", ""): _val(s, W + "basedOn") or "" for s in found}
        self.default = next((s.get(W + "styleId", "") for s in found if s.get(W + "type") == "paragraph"
                             and (s.get(W + "default") or "").lower() == "on"), "Normal")

    def heading_level(self, style: str) -> int | None:
        seen: set[str] = set()
        while style and style not in seen and len(seen) < 20:
            seen.add(style)
            if m := _HEADING.match(self.names.get(style, style).strip()):
                return min(int(m.group(1) or 1), 6) or 1
            style = self.based.get(style, "")
        return None


class _Writer:
    """The body as HTML, with the labels numbered paragraphs print and the pages' markers."""

    def __init__(self, root: Any, body: Any) -> None:
        self.styles = _Styles(root)
        self.numbering = _Numbering.of_file(root, self.styles.default)
        self.out: list[str] = []
        self.page = 1
        self.pending = [self._marker()]  # markers before the next paragraph's first word
        ends = [s for s in body.iter(W + "sectPr") if s.getparent().tag in (W + "pPr", W + "body", WX + "sect")]
        # a section's w:type is how it starts: the section after the one a paragraph's w:sectPr ends
        self.next_type: dict[Any, str] = {s: _val(after, W + "type") or "nextPage"
                                          for s, after in itertools.pairwise(ends)}

    def _marker(self) -> str:
        return page_break(self.page)

    def _break(self) -> str:
        self.page += 1
        return self._marker()

    def block(self, el: Any) -> None:
        tag = el.tag
        if not isinstance(tag, str) or tag in _SKIP:
            return
        if tag == W + "p":
            self._paragraph(el)
        elif tag == W + "tbl":
            self._table(el)
        elif tag == AML + "annotation":
            if el.get(W + "type") == "Word.Insertion":
                for child in el.iterfind(f"{AML}content/*"):
                    self.block(child)
        else:  # Word's section hints, custom XML and smart tags round paragraphs: their paragraphs
            for child in el:
                self.block(child)

    def _paragraph(self, el: Any) -> None:
        ppr = el.find(W + "pPr")
        if _on(ppr, W + "pageBreakBefore"):
            self.pending.append(self._break())
        label = self._label(ppr)
        asides: list[Any] = []
        inner = self._inline(el, asides)
        if re.sub(r"<[^>]*>", "", inner).strip():
            level = self.styles.heading_level(_val(ppr, W + "pStyle") or self.styles.default)
            tag = f"h{level}" if level else "p"
            head = "".join(self.pending) + (htmlmod.escape(label) + " " if label else "")
            self.out.append(f"<{tag}>{head}{inner.lstrip()}</{tag}>")
            self.pending = []
        else:  # an empty paragraph (a page break's own): its markers go to the next paragraph
            self.pending.append(inner)
        for box in asides:
            self.out.append("<aside>")
            for child in box:
                self.block(child)
            self.out.append("</aside>")
        ends = ppr.find(W + "sectPr") if ppr is not None else None
        if ends is not None and self.next_type.get(ends, "continuous") not in _NO_PAGE:
            self.pending.append(self._break())

    def _label(self, ppr: Any) -> str:
        """The label Word printed before the paragraph: its hint where the file has one, else counted."""
        counted = self.numbering.label_for(ppr)
        hint = ppr.find(f"{W}listPr/{WX}t") if ppr is not None else None
        if counted == "" or hint is None:  # a bullet, or no hint
            return counted or ""
        given = (hint.get(WX + "val") or "").strip()
        return given if any(c.isalnum() for c in given) else ""

    def _inline(self, el: Any, asides: list[Any]) -> str:
        parts: list[str] = []
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP:
                continue
            if tag == W + "r":
                parts.append(self._run(child, asides))
            elif tag == AML + "annotation":  # a tracked insertion's runs; a deletion, comment or bookmark: none
                if child.get(W + "type") == "Word.Insertion":
                    for content in child.iterfind(AML + "content"):
                        parts.append(self._inline(content, asides))
            else:  # a link (w:hlink), a simple field's result, a smart tag, custom XML: its runs
                parts.append(self._inline(child, asides))
        return "".join(parts)

    def _run(self, run: Any, asides: list[Any]) -> str:
        rpr = run.find(W + "rPr")
        if _on(rpr, W + "vanish"):
            return ""
        parts: list[str] = []
        for child in run:
            tag = child.tag
            if tag == W + "t":
                parts.append(htmlmod.escape(child.text or ""))
            elif tag == W + "tab":
                parts.append(" ")
            elif tag == W + "br":
                kind = child.get(W + "type", "")
                parts.append(self._break() if kind == "page" else " " if kind == "column" else "<br/>")
            elif tag == W + "cr":
                parts.append("<br/>")
            elif tag == W + "noBreakHyphen":
                parts.append("-")
            elif tag == W + "pict":
                asides.extend(child.iter(W + "txbxContent"))
        text = "".join(parts)
        text = f"<b>{text}</b>" if text.strip() and _on(rpr, W + "b") else text
        return f"<i>{text}</i>" if text.strip() and _on(rpr, W + "i") else text

    def _table(self, el: Any) -> None:
        self.out.append("<table>")
        for row in el.iterfind(W + "tr"):
            self.out.append("<tr>")
            for cell in row.iterfind(W + "tc"):
                self.out.append("<td>")
                for child in cell:
                    self.block(child)
                self.out.append("</td>")
            self.out.append("</tr>")
        self.out.append("</table>")


def parse_wordml2003(path: Path) -> ParsedDocument:
    """The body of a Word 2003 XML document, read as a page of HTML (see the module's docstring); any other XML is
    refused."""
    root = safe_xml(path.read_bytes(), path, _KIND, path.name)
    if root.tag != W + "wordDocument":
        raise UnsupportedFormat(f"{path}: {_not_word(root)}")
    body = root.find(W + "body")
    if body is None:
        raise CorruptDocument(f"{path}: not a readable {_KIND} (no w:body)")
    writer = _Writer(root, body)
    for child in body:
        writer.block(child)
    title = root.findtext(f"{_O}DocumentProperties/{_O}Title")
    title = title.strip() if title and title.strip() else None
    return read_built(writer.out, title, str(path))


def _not_word(root: Any) -> str:
    """Why an XML file is not read: what its root says it is."""
    local = root.tag.rpartition("}")[2] if isinstance(root.tag, str) else "?"
    pi = root.getprevious()
    while pi is not None and getattr(pi, "target", None) != "mso-application":
        pi = pi.getprevious()
    if local == "package" and pi is not None:
        return ("a Word 2007 or later XML document (flat package) is not read: save it as .docx "
                "(an .xml file is read only when Word 2003 saved it as an XML Document)")
    return (f"not a Word 2003 XML document (its root element is <{local}>): an .xml file is read only when Word "
            "saved it as an XML Document")


def looks_like_wordml2003(path: Path) -> bool:
    """Whether an .xml file's opening says Word 2003 saved it (its root element in Word 2003's namespace): a
    folder's other .xml files (site maps, exports, settings) are no reports and are not picked up."""
    try:
        with path.open("rb") as fh:
            head = fh.read(4096)
    except OSError:
        return True  # named, it is refused with its reason when read
    return b"wordDocument" in head and b"schemas.microsoft.com/office/word/2003/wordml" in head


def check_wordml2003(path: Path, limits: ParseLimits) -> None:
    """Refuses XML that declares entities or a DTD (Word never writes them)."""
    with path.open("rb") as fh:
        refuse_declarations(fh.read(XML_HEAD), path, "XML file", "Word never writes")
