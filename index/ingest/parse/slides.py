"""A slide deck (.pptx and .ppsx, PowerPoint's; Google Slides and Keynote export them): its slides as a page of
HTML, read by the HTML reader, one page to a slide.

Safeguarding partnerships turn reviews into briefing decks, and a practitioner is often sent the deck, not the
report. A .pptx is a zip package (:mod:`.zipped`): ``ppt/presentation.xml`` lists the slides in order, each slide's
``spTree`` holds its shapes, and a slide's notes are a part of their own. Read, slide by slide:

- the title placeholder first, as a heading; then the other shapes in the order the slide holds them (the order a
  screen reader follows), a group's shapes in turn;
- each paragraph of a text shape, with the label PowerPoint's automatic numbering prints (``a:buAutoNum``:
  "1.", "(a)", "iii)": counted down the shape's paragraphs at each level, from ``startAt``; a paragraph at that
  level with no number starts the count again); a bullet is no label. A later shape's text that opens with no
  number is set aside, so that it runs on into no numbered paragraph of another shape;
- a table's cells as a table;
- the speaker notes, after the slide's own text under a heading of their own (decks keep the detail there).

Not read, as no report text: slide numbers, footers and dates (their placeholders), charts, diagrams (SmartArt),
pictures and media, and the layouts' and masters' prompt text. A hidden slide is read: it is in the file the
reader holds, and each slide is a page whether shown or not.

The package is read with the bounded reads of :mod:`.zipped` rather than by python-pptx, which loads every part
whole when it opens a file (the zip limits would hold only for what the zip's directory claims); its API does not
give the automatic numbers either.
"""

from __future__ import annotations

import html as htmlmod
import re
from pathlib import Path
from typing import Any

from ...errors import CorruptDocument
from ...types import ParsedDocument
from .html_built import APART, notes_heading, page_break, read_built
from .limits import ParseLimits, check_zipped_xml
from .numbering import format_number
from .zipped import Package, local_name, opened

_KIND = "PowerPoint file"
_NOT_TEXT = {"sldNum", "ftr", "dt", "sldImg", "hdr"}  # placeholders whose text is the tool's, not the deck's
_TITLES = {"title", "ctrTitle"}
_TYPED = re.compile(r"\s*\(?\d+(?:\.\d+)*[.)]?\s")  # a number typed at a paragraph's start ("4.3 ", "12. ")
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
# buAutoNum's schemes: (number format as numbering.format_number names it, text before, text after)
_SCHEMES = {"arabic": "decimal", "alphaLc": "lowerLetter", "alphaUc": "upperLetter", "romanLc": "lowerRoman",
            "romanUc": "upperRoman"}
_PUNCTUATION = {"Period": ("", "."), "ParenR": ("", ")"), "ParenBoth": ("(", ")"), "Plain": ("", ""),
                "Minus": ("- ", " -")}


def autonum_label(scheme: str, n: int) -> str:
    """The label ``a:buAutoNum type=scheme`` prints for the n-th item ("arabicPeriod", 3: "3.")."""
    for base, fmt in _SCHEMES.items():
        if scheme.startswith(base):
            before, after = _PUNCTUATION.get(scheme[len(base):], ("", "."))
            return f"{before}{format_number(n, fmt)}{after}"
    return f"{n}."  # a scheme of another script (Arabic, Hebrew, East Asian numbers): counted in digits


def _placeholder(shape: Any) -> str | None:
    """A shape's placeholder type ("title", "body", "sldNum"; "body" when it has none), or None."""
    ph = shape.find("./{*}nvSpPr/{*}nvPr/{*}ph")
    return None if ph is None else ph.get("type", "body")


class _Slide:
    """One slide's HTML: its text shapes' paragraphs with their automatic labels, its tables."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self.wrote = False  # a text shape of the slide's body has been read

    def shapes(self, tree: Any) -> None:
        shapes = [s for s in tree if local_name(s) in ("sp", "grpSp", "graphicFrame")]
        for shape in sorted(shapes, key=lambda s: _placeholder(s) not in _TITLES):  # stable: the title first
            kind = local_name(shape)
            if kind == "grpSp":
                self.shapes(shape)
            elif kind == "graphicFrame":
                table = shape.find(".//{*}graphicData/{*}tbl")
                if table is not None:
                    self.table(table)
            elif _placeholder(shape) not in _NOT_TEXT:
                body = shape.find("./{*}txBody")
                if body is not None:
                    self.text(body, "h2" if _placeholder(shape) in _TITLES else "p")

    def text(self, body: Any, tag: str) -> None:
        """A text shape's paragraphs. Those that open a later shape of the slide's body, up to its first number,
        are set aside (:data:`.html_built.APART`): a quotation or a call-out in a box of its own beside a numbered
        paragraph is no part of it."""
        counts: dict[int, int] = {}
        apart = tag == "p" and self.wrote
        for para in body.iter("{*}p"):
            props = para.find("./{*}pPr")
            level = int(props.get("lvl", "0")) if props is not None and props.get("lvl", "0").isdigit() else 0
            auto = props.find("./{*}buAutoNum") if props is not None else None
            words = self.runs(para)
            if not words.strip() and auto is None:
                continue  # an empty line: no item, and no break in the count
            for deeper in [k for k in counts if k > level]:
                del counts[deeper]
            label = ""
            if auto is not None and tag == "p":
                start = auto.get("startAt", "1")
                counts[level] = counts.get(level, (int(start) if start.isdigit() else 1) - 1) + 1
                label = autonum_label(auto.get("type", "arabicPeriod"), counts[level]) + " "
            else:
                counts.pop(level, None)
            if not words.strip():
                continue
            apart = apart and not label and not _TYPED.match("".join(para.itertext()))
            self.out.append(f"<{tag}>{APART if apart else ''}{htmlmod.escape(label)}{words}</{tag}>")
            self.wrote = self.wrote or tag == "p"

    @staticmethod
    def runs(para: Any) -> str:
        parts = []
        for el in para:
            kind = local_name(el)
            if kind in ("r", "fld"):
                text = htmlmod.escape("".join(t.text or "" for t in el.iter("{*}t")))
                props = el.find("./{*}rPr")
                bold = props is not None and props.get("b") in ("1", "true")
                parts.append(f"<b>{text}</b>" if bold and text.strip() else text)
            elif kind == "br":
                parts.append("<br/>")
        return "".join(parts)

    def table(self, table: Any) -> None:
        self.out.append("<table>")
        for row in table.iter("{*}tr"):
            cells = []
            for cell in row.iter("{*}tc"):
                cells.append(" ".join(self.runs(p) for p in cell.iter("{*}p")))
            self.out.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        self.out.append("</table>")


class _Deck:
    def __init__(self, pkg: Package) -> None:
        self.pkg = pkg

    def slides(self) -> list[str]:
        root = self.pkg.xml("ppt/presentation.xml")
        rels = self.pkg.rels("ppt/presentation.xml")
        ids = root.find("./{*}sldIdLst")
        return [rels[s.get(_R + "id", "")][1] for s in (ids if ids is not None else [])
                if s.get(_R + "id", "") in rels]

    def notes(self, slide: str) -> Any | None:
        for kind, target in self.pkg.rels(slide).values():
            if kind == "notesSlide" and self.pkg.has(target):
                return self.pkg.xml(target).find("./{*}cSld/{*}spTree")
        return None

    def title(self) -> str | None:
        if not self.pkg.has("docProps/core.xml"):
            return None
        found = self.pkg.xml("docProps/core.xml").find("./{*}title")
        return found.text.strip() if found is not None and found.text and found.text.strip() else None


def parse_slides(path: Path, limits: ParseLimits | None = None) -> ParsedDocument:
    """A .pptx deck, a page to a slide (see the module's docstring)."""
    with opened(path, "PowerPoint file") as zf:
        deck = _Deck(Package(path, zf, (limits or ParseLimits()).max_unzipped_bytes, _KIND))
        if not deck.pkg.has("ppt/presentation.xml"):
            raise CorruptDocument(f"{path}: not a readable PowerPoint file (no ppt/presentation.xml in it)")
        body: list[str] = []
        for n, part in enumerate(deck.slides(), start=1):
            slide = _Slide()
            tree = deck.pkg.xml(part).find("./{*}cSld/{*}spTree")
            if tree is not None:
                slide.shapes(tree)
            notes = deck.notes(part)
            if notes is not None:
                said = _Slide()
                said.shapes(notes)
                if said.out:
                    slide.out += [notes_heading(n), *said.out]
            body += [f"<p>{page_break(n)}</p>", *slide.out]
        title = deck.title()
    return read_built(body, title, str(path))


def check_slides(path: Path, limits: ParseLimits) -> None:
    """Refuses a package over the zip limits and XML that declares entities or a DTD."""
    check_zipped_xml(path, limits, _KIND, "PowerPoint never writes")
