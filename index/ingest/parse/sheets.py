"""A spreadsheet of a review's numbered paragraphs (.xlsx and .xlsm, Excel's, and Google Sheets' and Numbers'
exports; .ods and .fods, LibreOffice Calc's): each sheet a page, read as a tracker's CSV export is (:mod:`.delimited`).

Partnerships track a review's findings and recommendations in a workbook: a row per paragraph or action, the
paragraph's number in one column and its words in another, beside owners, dates, RAG statuses and updates, and a
practitioner is sent the workbook, not the report. Each sheet's rows are read as the cells show them and handed to
:func:`.delimited.table_paragraphs`, which finds the two columns by what they hold; a sheet without them (notes, a
status key, lists) gives nothing. Each paragraph is read once, at its first sheet and row, a sheet's paragraphs in
their numbers' order, the sheets in the workbook's order, each sheet a page headed by its name (a default name,
"Sheet1", is no heading). A workbook with no such sheet is refused with one line, as a CSV is. Its title is the
workbook's own, else its first sheet's first row where that is one cell (a tracker's name across the top).

A cell is read as shown, not as stored: a number by its format ("0.00" shows 4.1 as "4.10", a paragraph number typed
as a number and formatted so), a date as a date (never a paragraph number). A merged cell's words are in its first
cell only, as both formats store them. A hidden sheet (Excel's ``state="hidden"``, Calc's ``table:display="false"``)
is neither read nor counted as a page: it holds a workbook's lists and lookups, not what its reader is shown.

Both are zip packages read with the bounded reads of :mod:`.zipped` (openpyxl and odfpy load each part whole, and
neither is a dependency); a flat .fods is one XML file. Limits: :data:`.limits.MAX_RECORDS` rows and
:data:`.limits.MAX_FIELDS` columns holding words, a sheet, and :data:`.limits.MAX_CELLS` cells a workbook, refused
with :class:`ResourceLimit` past them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from ...errors import CorruptDocument, ResourceLimit, UnsupportedFormat
from ...types import Block, ParsedDocument
from .common import even_rows
from .delimited import number_order, paragraph_blocks, table_paragraphs
from .limits import MAX_CELLS, MAX_FIELDS, MAX_RECORDS, ParseLimits, check_zipped_xml
from .odf import dc_title
from .zipped import Package, local_name, opened, safe_xml

_XLSX = "Excel workbook"
_ODS = "OpenDocument spreadsheet"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_DEFAULT_NAME = re.compile(r"(?:sheet|tabelle|feuil|blad|hoja|foglio|planilha|arkusz)\s*\d+", re.IGNORECASE)
# Excel's built-in number formats by id (the rest are dates and times, or shown as General)
_BUILTIN = {1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 49: "@"}
_DATES = set(range(14, 23)) | set(range(45, 48))
_QUOTED = re.compile(r'"[^"]*"|\\.|_.|\*.|\[[^\]]*\]')  # a format's literal text, spacing and colour/condition codes

_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")
Rows = list[list[str]]


def shown(value: str, code: str, date1904: bool = False) -> str:
    """A number cell's stored value as its format code shows it (the format's first section only)."""
    try:
        number = float(value)
    except ValueError:
        return value
    section = code.split(";")[0]
    bare = _QUOTED.sub("", section)
    if re.search(r"[dmyhs]", bare, re.IGNORECASE) and not re.search(r"[0#?]", bare):
        start = datetime(1904, 1, 1) if date1904 else datetime(1899, 12, 30)
        try:
            return (start + timedelta(days=number)).strftime("%d/%m/%Y")
        except OverflowError:
            return value
    if not re.search(r"[0#?]", bare):  # General, "@", or a format of text only
        return str(int(number)) if number.is_integer() and abs(number) < 1e15 else f"{number:.10g}"
    places = len(re.sub(r"[^0#?]", "", bare.split(".", 1)[1])) if "." in bare else 0
    percent = "%" in bare
    grouped = "," in bare.split(".", 1)[0]
    digits = f"{number * 100 if percent else number:{',' if grouped else ''}.{places}f}"
    before = "".join(q[1:-1] for q in re.findall(r'"[^"]*"', section.split("0")[0].split("#")[0]))
    return f"{before}{digits}{'%' if percent else ''}"


def _column(ref: str) -> int | None:
    """A cell reference's column, from 0 ("C12": 2)."""
    letters = re.match(r"[A-Za-z]+", ref)
    if letters is None:
        return None
    n = 0
    for ch in letters.group().upper():
        n = n * 26 + ord(ch) - 64
    return n - 1


def _put(row: list[str], col: int, text: str, path: Path) -> None:
    if col >= MAX_FIELDS:
        raise ResourceLimit(f"{path}: refused: a sheet holds words past column {MAX_FIELDS:,}")
    row.extend([""] * (col + 1 - len(row)))
    row[col] = text


@dataclass
class _Budget:
    """The cells a workbook may still give, all its sheets together (an .ods row repeated is each of its copies)."""

    cells: int = MAX_CELLS


def _add_row(rows: Rows, row: list[str], path: Path, budget: _Budget) -> None:
    if any(c.strip() for c in row):
        if len(rows) >= MAX_RECORDS:
            raise ResourceLimit(f"{path}: refused: a sheet holds more than {MAX_RECORDS:,} rows")
        budget.cells -= len(row)
        if budget.cells < 0:
            raise ResourceLimit(f"{path}: refused: the workbook holds more than {MAX_CELLS:,} cells")
        rows.append(row)


def _runs(el: Any) -> str:
    """A shared or inline string's text: its runs', not its phonetic guides', with the characters Excel escapes
    ("_x000D_", a carriage return) as they are."""
    text = "".join(t.text or "" for t in el.iter("{*}t") if local_name(t.getparent()) != "rPh")
    return _ESCAPED.sub(lambda m: chr(int(m[1], 16)), text).replace("\r\n", "\n").replace("\r", "\n")


class _Workbook:
    """An .xlsx package: its visible sheets in order, each as rows of shown cells."""

    def __init__(self, pkg: Package) -> None:
        self.pkg = pkg
        book = next((t for kind, t in pkg.rels("").values() if kind == "officeDocument"), "xl/workbook.xml")
        if not pkg.has(book):
            raise CorruptDocument(f"{pkg.path}: not a readable {_XLSX} (no {book} in it)")
        self.book, self.root, self.rels, self.budget = book, pkg.xml(book), pkg.rels(book), _Budget()
        props = self.root.find("./{*}workbookPr")
        self.date1904 = props is not None and props.get("date1904", "") in ("1", "true")
        parts = {kind: target for kind, target in self.rels.values()}
        self.strings = [_runs(si) for si in self._xml(parts.get("sharedStrings"), "./{*}si")]
        formats = {int(f.get("numFmtId", "0")): f.get("formatCode", "")
                   for f in self._xml(parts.get("styles"), "./{*}numFmts/{*}numFmt")}
        self.formats = [formats.get(n, _BUILTIN.get(n, "d/m/yyyy" if n in _DATES else "General"))
                        for n in (int(x.get("numFmtId", "0")) for x in self._xml(parts.get("styles"),
                                                                                  "./{*}cellXfs/{*}xf"))]

    def _xml(self, part: str | None, path: str) -> list[Any]:
        return [] if part is None or not self.pkg.has(part) else self.pkg.xml(part).findall(path)

    def sheets(self) -> list[tuple[str, Rows]]:
        out = []
        for sheet in self.root.iterfind("./{*}sheets/{*}sheet"):
            rid = next((v for k, v in sheet.attrib.items() if k.endswith("}id")), "")  # r:id, Transitional or Strict
            part = self.rels.get(rid, ("", ""))[1]
            if sheet.get("state", "visible") != "visible" or not self.pkg.has(part):
                continue
            out.append((sheet.get("name", ""), self.rows(self.pkg.xml(part))))
        return out

    def rows(self, root: Any) -> Rows:
        rows: Rows = []
        for r in root.iterfind("./{*}sheetData/{*}row"):
            row: list[str] = []
            for c in r.iterfind("./{*}c"):
                text = self.cell(c)
                col = _column(c.get("r", "")) if c.get("r") else len(row)
                if text.strip() and col is not None:
                    _put(row, col, text, self.pkg.path)
            _add_row(rows, row, self.pkg.path, self.budget)
        return rows

    def cell(self, c: Any) -> str:
        kind, v = c.get("t", "n"), c.find("./{*}v")
        value = v.text or "" if v is not None else ""
        if kind == "inlineStr":
            found = c.find("./{*}is")
            return _runs(found) if found is not None else ""
        if kind == "s":
            return self.strings[int(value)] if value.isdigit() and int(value) < len(self.strings) else ""
        if kind in ("str", "d"):
            return value
        if kind in ("b", "e") or not value:
            return {"1": "TRUE", "0": "FALSE"}.get(value, "") if kind == "b" else ""
        style = c.get("s", "0")
        code = self.formats[int(style)] if style.isdigit() and int(style) < len(self.formats) else "General"
        return shown(value, code, self.date1904)


def _ods_text(el: Any) -> str:
    """A text:p's words: text:s spaces, tabs and line breaks as they show; notes and comments left out."""
    parts = [el.text or ""]
    for child in el:
        name = local_name(child)
        if name == "s":
            parts.append(" " * int(child.get(f"{_TEXT}c", "1") or 1))
        elif name == "tab":
            parts.append("\t")
        elif name == "line-break":
            parts.append("\n")
        elif name and name not in ("note", "annotation"):
            parts.append(_ods_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _ods_sheets(root: Any, path: Path) -> list[tuple[str, Rows]]:
    budget = _Budget()
    hidden = {s.get(f"{_STYLE}name") for s in root.iter(f"{_STYLE}style")
              if any(p.get(f"{_TABLE}display") == "false" for p in s.iterfind(f"{_STYLE}table-properties"))}
    out = []
    for table in root.iterfind(f".//{{*}}spreadsheet/{_TABLE}table"):
        if table.get(f"{_TABLE}style-name") in hidden:
            continue
        rows: Rows = []
        for r in table.iter(f"{_TABLE}table-row"):
            row: list[str] = []
            for c in r:
                if local_name(c) not in ("table-cell", "covered-table-cell"):
                    continue
                text = "\n".join(_ods_text(p) for p in c.iterfind(f"{_TEXT}p"))
                repeat = int(c.get(f"{_TABLE}number-columns-repeated", "1") or 1)
                if text.strip():
                    for _ in range(min(repeat, MAX_FIELDS + 1)):
                        _put(row, len(row), text, path)
                else:  # empty cells, out to the sheet's edge: only words past the limit are refused
                    row.extend([""] * max(0, min(repeat, MAX_FIELDS - len(row))))
            times = int(r.get(f"{_TABLE}number-rows-repeated", "1") or 1)
            for _ in range(min(times, MAX_RECORDS + 1) if any(x.strip() for x in row) else 1):
                _add_row(rows, list(row), path, budget)
        out.append((table.get(f"{_TABLE}name", ""), rows))
    return out


def _read(path: Path, limits: ParseLimits) -> tuple[list[tuple[str, Rows]], str | None]:
    suffix = path.suffix.lower()
    if suffix == ".fods":
        root = safe_xml(path.read_bytes(), path, _ODS, path.name)
        return _ods_sheets(root, path), dc_title(root)
    kind = _ODS if suffix == ".ods" else _XLSX
    with opened(path, kind) as zf:
        pkg = Package(path, zf, limits.max_unzipped_bytes, kind)
        if kind == _ODS:
            meta = pkg.xml("meta.xml") if pkg.has("meta.xml") else None
            return _ods_sheets(pkg.xml("content.xml"), path), dc_title(meta)
        book = _Workbook(pkg)
        core = pkg.xml("docProps/core.xml") if pkg.has("docProps/core.xml") else None
        return book.sheets(), dc_title(core)


def parse_sheets(path: Path, limits: ParseLimits | None = None) -> ParsedDocument:
    """A workbook's numbered paragraphs, a page to a sheet (see the module's docstring)."""
    sheets, title = _read(path, limits or ParseLimits())
    blocks: list[Block] = []
    seen: set[str] = set()
    for page, (name, rows) in enumerate(sheets, start=1):
        found, header = table_paragraphs(even_rows(rows)) or ([], "")
        new = sorted([p for p in found if p[0] not in seen], key=lambda p: number_order(p[0]))
        if not new:
            continue
        seen.update(number for number, _ in new)
        if name.strip() and not _DEFAULT_NAME.fullmatch(name.strip()):
            blocks.append(Block(text=name.strip(), kind="heading", page=page, level=1))
        blocks += paragraph_blocks(new, page, header, name)
    if not blocks:
        raise UnsupportedFormat(f"{path}: no sheet holds a column of paragraph numbers beside a column of paragraph "
                                "text: only a review's paragraphs kept one row each can be read from a spreadsheet")
    return ParsedDocument(blocks=blocks, pages=len(sheets), title=title or _title_row(sheets))


def _title_row(sheets: list[tuple[str, Rows]]) -> str | None:
    """A workbook with no title of its own (Google Sheets writes none): its first sheet's first row, where that row
    is one cell of a title's length (the tracker's name typed or merged across the top)."""
    first = sheets[0][1][0] if sheets and sheets[0][1] else []
    cells = [c.strip() for c in first if c.strip()]
    return cells[0] if len(cells) == 1 and len(cells[0].split()) <= 25 else None


def check_sheets(path: Path, limits: ParseLimits) -> None:
    """Refuses a workbook over the zip limits and XML that declares entities or a DTD (.ods and .fods: odf's)."""
    check_zipped_xml(path, limits, _XLSX, "no spreadsheet program writes")
