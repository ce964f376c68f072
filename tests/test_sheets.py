"""Spreadsheets of a review's paragraphs (parse/sheets.py): .xlsx as Excel and Google Sheets write them, .ods and
.fods as LibreOffice Calc does. Every review here is FICTIONAL (the Harrowmere tracker); the packages are written
part by part as the programs write them, so that the reader is tested on the files, not on a library's view. Last,
the same tracker pasted into Word and saved as a web page (parse/action_grids.py)."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from inquiry_lessons.index.errors import ResourceLimit, UnsupportedFormat
from inquiry_lessons.index.ingest.parse import parse
from inquiry_lessons.index.ingest.parse.sheets import shown
from inquiry_lessons.index.ingest.passages import cut_passages

P41 = ("The school nurse saw the bruising twice and recorded it each time, but nobody asked the child how it had "
       "happened.")
P42 = "Referrals from the school were closed without the referrer being told of the outcome or the reasons."
P43 = "Nobody asked who else was living at the house, although three agencies had seen a man's name in records."
P49 = "The strategy discussion was held without the health visitor although she had seen the family weekly."
P410 = "The chronology held by each agency was never put together, so the pattern of injuries went unseen."
R1 = "The partnership should make sure that every referrer hears what became of a referral within five days."
R2 = "Health visitors should be invited to every strategy discussion about a child under five they have seen."
R3 = "Each agency should share its chronology with the lead professional as soon as a second injury is seen."
UPDATE = "Discussed at the March board; briefing sessions for designated leads are planned for the summer term."
TITLE = "Harrowmere Child Safeguarding Practice Review: action tracker (fictional)"

_CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/'
       'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
       'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>')
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _col(n: int) -> str:
    return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[n]


def _xlsx(path: Path, sheets: list[tuple[str, list[list[object]]]], *, inline: bool = False,
          hidden: tuple[str, ...] = (), merged: dict[str, str] | None = None, absolute: bool = False,
          titled: bool = True) -> Path:
    """A workbook as Excel writes it (shared strings, a styles part whose cellXfs 1 is "0.00" and 2 a date), or as
    Google Sheets does (``inline``: inline strings, absolute relationship targets; ``titled`` False: no title). A
    cell is a str, a float or int (General), a ("0.00", 4.1) pair (a number shown with two places) or a ("date",
    serial) pair."""
    strings: list[str] = []
    parts: dict[str, str] = {}
    rels = []
    entries = []
    for k, (name, rows) in enumerate(sheets, start=1):
        xml_rows = []
        for r, row in enumerate(rows, start=1):
            cells = []
            for c, value in enumerate(row):
                ref = f"{_col(c)}{r}"
                if value == "" or value is None:
                    continue
                if isinstance(value, tuple):
                    style = 1 if value[0] == "0.00" else 2
                    cells.append(f'<c r="{ref}" s="{style}"><v>{value[1]}</v></c>')
                elif isinstance(value, (int, float)):
                    cells.append(f'<c r="{ref}"><v>{value}</v></c>')
                elif inline:
                    cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(str(value))}</t></is></c>')
                else:
                    strings.append(str(value))
                    cells.append(f'<c r="{ref}" t="s"><v>{len(strings) - 1}</v></c>')
            xml_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
        merges = "".join(f'<mergeCell ref="{m}"/>' for m in (merged or {}).get(name, "").split() if m)
        merge_xml = f'<mergeCells count="{merges.count("<")}">{merges}</mergeCells>' if merges else ""
        parts[f"xl/worksheets/sheet{k}.xml"] = (f'<worksheet xmlns="{_MAIN}"><sheetData>{"".join(xml_rows)}'
                                                f'</sheetData>{merge_xml}</worksheet>')
        target = f"/xl/worksheets/sheet{k}.xml" if absolute else f"worksheets/sheet{k}.xml"
        rels.append(f'<Relationship Id="rId{k}" Type="{_REL}/worksheet" Target="{target}"/>')
        state = ' state="hidden"' if name in hidden else ""
        entries.append(f'<sheet name="{escape(name)}" sheetId="{k}"{state} r:id="rId{k}"/>')
    n = len(sheets)
    rels.append(f'<Relationship Id="rId{n + 1}" Type="{_REL}/styles" Target="styles.xml"/>')
    if strings:
        rels.append(f'<Relationship Id="rId{n + 2}" Type="{_REL}/sharedStrings" Target="sharedStrings.xml"/>')
        parts["xl/sharedStrings.xml"] = (f'<sst xmlns="{_MAIN}" count="{len(strings)}">'
                                         + "".join(f"<si><t xml:space=\"preserve\">{escape(s)}</t></si>"
                                                   for s in strings) + "</sst>")
    parts["xl/styles.xml"] = (f'<styleSheet xmlns="{_MAIN}"><numFmts count="1"><numFmt numFmtId="164" '
                              'formatCode="dd/mm/yyyy;@"/></numFmts><cellXfs count="3"><xf numFmtId="0"/>'
                              '<xf numFmtId="2" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/>'
                              '</cellXfs></styleSheet>')
    parts["xl/workbook.xml"] = (f'<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><sheets>{"".join(entries)}</sheets>'
                                "</workbook>")
    parts["xl/_rels/workbook.xml.rels"] = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                                           f'relationships">{"".join(rels)}</Relationships>')
    parts["_rels/.rels"] = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                            f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/>'
                            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
                            'relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
    parts["docProps/core.xml"] = '<cp:coreProperties xmlns:cp="x"/>' if not titled else ('<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
                                  'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
                                  f"<dc:title>{escape(TITLE)}</dc:title></cp:coreProperties>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", _CT)
        for name, xml in parts.items():
            zf.writestr(name, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + xml)
    return path


_HEAD = ["Ref", "Para", "Review text", "Owner", "Due", "RAG", "Update"]


def _paras(path: Path) -> list[tuple[str | None, int | None, str]]:
    return [(p.paragraph, p.page, p.text) for p in cut_passages(parse(path).blocks, "fict")]


def test_an_excel_tracker_gives_each_paragraph_once_a_page_to_a_sheet(tmp_path: Path):
    """Excel's tracker: a title row and a section heading merged across the row, a header, a row per action (the
    paragraph's text on each), a date column, a second sheet of recommendations, a "Notes" sheet of prose and a
    hidden lists sheet; above the header a date row, below the rows a key, a line break as Excel escapes it in a
    cell. Each paragraph once, in order, on its sheet's page; none of the tool's columns."""
    actions = [[TITLE], ["Last updated", "", "01/03/2026 by the business unit"], _HEAD, ["Findings"],
               ["A1", "4.1", P41, "School", ("date", 46112), "Amber", UPDATE],
               ["A2", "4.1", P41, "Health", ("date", 46142), "Green", ""],
               ["A3", "4.2", P42, "Children's services", ("date", 46173), "Red", UPDATE],
               ["A4", "4.3", P43.replace(", although", ",_x000D_\nalthough"), "Police", ("date", 46173), "Red", ""],
               ["Key", "", "Red: not started. Amber: in progress. Green: complete."]]
    recs = [["No.", "Recommendation", "Lead"], ["1", R1, "Partnership"], ["2", R2, "Health"], ["3", R3, "SCP"]]
    notes = [["About this tracker"], ["Updated monthly by the business unit. RAG: Red is not started, Amber is in "
                                      "progress and Green is complete."]]
    lists = [["RAG", "Owner"], ["Red", "School"], ["Amber", "Health"]]
    path = _xlsx(tmp_path / "tracker.xlsx", [("Actions", actions), ("Recommendations", recs), ("Notes", notes),
                                             ("Lists", lists)], hidden=("Lists",), merged={"Actions": "A1:G1 A4:G4"})
    doc = parse(path)
    assert doc.title == TITLE and doc.pages == 3
    assert [(b.kind, b.text, b.page) for b in doc.blocks if b.kind == "heading"] == [
        ("heading", "Actions", 1), ("heading", "Recommendations", 2)]
    assert [(n, pg, t) for n, pg, t in _paras(path) if n] == [
        ("4.1", 1, P41), ("4.2", 1, P42), ("4.3", 1, P43), ("Recommendation 1", 2, R1),
        ("Recommendation 2", 2, R2), ("Recommendation 3", 2, R3)]


def test_google_sheets_numbers_show_as_typed_and_dates_are_no_paragraph_numbers(tmp_path: Path):
    """Google Sheets' export: inline strings, absolute part names, the paragraph numbers stored as numbers, a due
    date stored as a serial. Shown with two places, 4.1 reads "4.10"; shown as General, "4.10" typed after 4.9 was
    stored as 4.1 and is read as 4.10, not as a second 4.1 (whose text it is not)."""
    rows = [_HEAD[1:], [("0.00", 4.1), P41, "School", ("date", 46112), "Amber", ""],
            [("0.00", 4.11), P42, "Health", ("date", 46142), "Green", ""],
            [("0.00", 4.12), P43, "Health", ("date", 46173), "Red", ""]]
    path = _xlsx(tmp_path / "google.xlsx", [("Cover", [[TITLE]]), ("Sheet1", rows)], inline=True, absolute=True,
                 titled=False)
    assert [n for n, _, _ in _paras(path) if n] == ["4.10", "4.11", "4.12"]
    assert parse(path).title == TITLE  # no title of its own: the first sheet's first row, one cell
    general = [_HEAD[1:], [4.1, P41, "School", ("date", 46112), "", ""], [4.2, P42, "Health", ("date", 46142), "", ""],
               [4.3, P43, "Health", ("date", 46173), "", ""], [4.9, P49, "Police", "", "", ""],
               [4.1, P410, "Police", "", "", ""], [4.1, P410, "School", "", "", ""]]
    got = _paras(_xlsx(tmp_path / "general.xlsx", [("Sheet1", general)], inline=True))
    assert [(n, t) for n, _, t in got if n] == [("4.1", P41), ("4.2", P42), ("4.3", P43),
                                                ("4.9", P49), ("4.10", P410)]
    assert not any(b.kind == "heading" for b in parse(tmp_path / "general.xlsx").blocks)  # "Sheet1" is no heading


def test_shown_follows_the_cells_format():
    assert shown("4.1", "0.00") == "4.10"
    assert shown("12", "General") == "12"
    assert shown("4.1", "General") == "4.1"
    assert shown("0.25", "0%") == "25%"
    assert shown("46112", "dd/mm/yyyy;@") == "31/03/2026"
    assert shown("3.2", '"Para "0.0') == "Para 3.2"


def test_a_paragraph_carried_on_to_the_next_row_is_one_paragraph_and_a_heading_row_is_not_part_of_it(tmp_path: Path):
    """A paragraph too long for one cell, carried on in the text column of the row below (nothing else on that row,
    or "(cont.)" in the number's cell, blind round 71); a section heading typed in the text column alone after a
    finished paragraph is not carried on."""
    first, rest = P41[:60].rsplit(" ", 1)[0], P41[len(P41[:60].rsplit(" ", 1)[0]) + 1:]
    rows = [["Para", "Text", "Owner"], ["4.1", first, "School"], ["", rest, ""], ["", "Recommendations", ""],
            ["4.2", P42, "Health"], ["4.3", P43.split(" although")[0], "Police"],
            ["(cont.)", "although" + P43.split(" although")[1], ""]]
    got = _paras(_xlsx(tmp_path / "carried.xlsx", [("Tracker", rows)]))
    assert [(n, t) for n, _, t in got if n] == [("4.1", P41), ("4.2", P42), ("4.3", P43)]


_ODS_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" '
           'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3"')


def _ods_cell(value: object) -> str:
    if value == "":
        return '<table:table-cell table:number-columns-repeated="2"/>'  # Calc folds empty neighbours
    if isinstance(value, float):
        return (f'<table:table-cell office:value-type="float" office:value="{value}" calcext:value-type="float">'
                f"<text:p>{value:.2f}</text:p></table:table-cell>")  # the column's format: two places
    words = escape(str(value)).replace("  ", ' <text:s/>')
    return f'<table:table-cell office:value-type="string"><text:p>{words}</text:p></table:table-cell>'


def _ods_body(tables: list[tuple[str, list[list[object]]]], hidden: tuple[str, ...] = ()) -> str:
    out = []
    for name, rows in tables:
        style = "ta2" if name in hidden else "ta1"
        body = "".join(f"<table:table-row>{''.join(_ods_cell(v) for v in row)}"
                       '<table:table-cell table:number-columns-repeated="1017"/></table:table-row>' for row in rows)
        out.append(f'<table:table table:name="{name}" table:style-name="{style}"><table:table-column '
                   f'table:number-columns-repeated="1024"/>{body}<table:table-row table:number-rows-repeated='
                   '"1048570"><table:table-cell table:number-columns-repeated="1024"/></table:table-row></table:table>')
    return ('<office:automatic-styles><style:style style:name="ta1" style:family="table"><style:table-properties '
            'table:display="true"/></style:style><style:style style:name="ta2" style:family="table">'
            '<style:table-properties table:display="false"/></style:style></office:automatic-styles>'
            f'<office:body><office:spreadsheet>{"".join(out)}</office:spreadsheet></office:body>')


def _ods(path: Path, tables: list[tuple[str, list[list[object]]]], hidden: tuple[str, ...] = ()) -> Path:
    ns = _ODS_NS + ' xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"'
    content = f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ns}>{_ods_body(tables, hidden)}' \
              "</office:document-content>"
    if path.suffix == ".fods":
        path.write_text(f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {ns} office:mimetype='
                        f'"application/vnd.oasis.opendocument.spreadsheet"><office:meta><dc:title>{escape(TITLE)}'
                        f"</dc:title></office:meta>{_ods_body(tables, hidden)}</office:document>", encoding="utf-8")
        return path
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
        zf.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        zf.writestr("meta.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {_ODS_NS}>'
                                f"<office:meta><dc:title>{escape(TITLE)}</dc:title></office:meta>"
                                "</office:document-meta>")
    return path


@pytest.mark.parametrize("name", ["tracker.ods", "tracker.fods"])
def test_a_calc_tracker_reads_its_cells_as_shown_past_its_repeated_empty_rows_and_columns(tmp_path: Path, name):
    """LibreOffice Calc: number cells shown by their text ("4.10"), empty cells and rows folded into repeats out to
    the sheet's edge, a space run as text:s, a hidden sheet left out and not counted as a page."""
    rows = [["Para", "", "Review text", "RAG"], [4.1, "", P41, "Amber"], [4.1, "", P41.replace(" ", "  ", 1), "Red"],
            [4.11, "", P42, "Green"], [4.12, "", P43, "Green"]]
    recs = [["Rec no.", "Wording"], ["1", R1], ["2", R2], ["3", R3]]
    path = _ods(tmp_path / name, [("Old", rows), ("Findings", rows), ("Sheet3", recs)], hidden=("Old",))
    doc = parse(path)
    assert doc.title == TITLE and doc.pages == 2
    assert [(n, pg, t) for n, pg, t in _paras(path) if n] == [
        ("4.10", 1, P41), ("4.11", 1, P42), ("4.12", 1, P43), ("Recommendation 1", 2, R1),
        ("Recommendation 2", 2, R2), ("Recommendation 3", 2, R3)]


def test_a_workbook_without_paragraphs_and_a_broken_or_oversized_one_are_refused_in_one_line(tmp_path: Path):
    short = [["Para", "RAG"], ["4.1", "Red"], ["4.2", "Green"]]
    for path, error, words in (
            (_xlsx(tmp_path / "short.xlsx", [("Sheet1", short)]), UnsupportedFormat, "no sheet holds a column"),
            (_ods(tmp_path / "short.ods", [("Sheet1", short)]), UnsupportedFormat, "no sheet holds a column")):
        with pytest.raises(error, match=words) as err:
            parse(path)
        assert "\n" not in str(err.value)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(Exception, match="not a readable Excel workbook") as err:
        parse(broken)
    wide = _xlsx(tmp_path / "wide.xlsx", [("Sheet1", short)])
    _replace(wide, "xl/worksheets/sheet1.xml", f'<worksheet xmlns="{_MAIN}"><sheetData><row r="1"><c r="ALM1" '
                                               't="inlineStr"><is><t>stray</t></is></c></row></sheetData></worksheet>')
    with pytest.raises(ResourceLimit, match="past column 1,000") as err:
        parse(wide)
    assert "\n" not in str(err.value)


def _replace(path: Path, name: str, xml: str) -> None:
    """The package with one part's XML replaced."""
    with zipfile.ZipFile(path) as zf:
        parts = {i.filename: zf.read(i) for i in zf.infolist()}
    parts[name] = xml.encode()
    with zipfile.ZipFile(path, "w") as zf:
        for part, data in parts.items():
            zf.writestr(part, data)


def test_a_strict_open_xml_workbook_is_read_as_a_transitional_one(tmp_path: Path):
    """Excel's "Strict Open XML Spreadsheet": the same parts under the ISO namespaces (purl.oclc.org)."""
    rows = [["Para", "Text"], ["4.1", P41], ["4.2", P42], ["4.3", P43]]
    path = _xlsx(tmp_path / "strict.xlsx", [("Findings", rows)])
    with zipfile.ZipFile(path) as zf:
        parts = {i.filename: zf.read(i).decode() for i in zf.infolist()}
    for name, xml in parts.items():
        _replace(path, name, xml.replace(_MAIN, "http://purl.oclc.org/ooxml/spreadsheetml/main").replace(
            _REL, "http://purl.oclc.org/ooxml/officeDocument/relationships"))
    assert [(n, t) for n, _, t in _paras(path) if n] == [("4.1", P41), ("4.2", P42), ("4.3", P43)]


def _tracker_rows() -> list[list[str]]:
    return [["Para", "Review text", "Lead", "Due", "RAG"], ["4.1", P41, "School", "30/06/2025", "Green"],
            ["4.2", P42, "Health", "31/07/2025", "Amber"], ["4.3", P43, "Police", "30/09/2025", "Red"]]


def test_a_tracker_pasted_into_word_or_a_web_page_gives_the_reviews_paragraphs_and_sets_its_own_cells_aside(
        tmp_path: Path):
    """The same tracker as a Word table and as an HTML table (a spreadsheet's "Save as web page", a heading spanning
    the columns): each row's paragraph under its number, its lead, date and rating an aside, not the review's words
    (parse/action_grids.grid_blocks, as a tracker printed to PDF is read)."""
    from docx import Document

    word = Document()
    word.add_paragraph(TITLE)
    table = word.add_table(rows=0, cols=5)
    for row in _tracker_rows():
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    word.save(str(tmp_path / "plan.docx"))
    cells = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in _tracker_rows()[1:])
    page = (f"<html><head><title>{escape(TITLE)}</title></head><body><h1>{escape(TITLE)}</h1><table><tr>"
            + "".join(f"<th>{c}</th>" for c in _tracker_rows()[0])
            + f'</tr><tr><td colspan="5">Theme 1: seeing the child</td></tr>{cells}</table></body></html>')
    (tmp_path / "plan.html").write_text(page, encoding="utf-8")
    for name in ("plan.docx", "plan.html"):
        blocks = parse(tmp_path / name).blocks
        assert [(n, t) for n, _, t in _paras(tmp_path / name) if n] == [("4.1", P41), ("4.2", P42), ("4.3", P43)]
        assert "School | 30/06/2025 | Green" in [b.text for b in blocks if b.kind == "aside"], name


def test_a_workbook_of_too_many_cells_is_refused_before_they_are_all_held(tmp_path: Path):
    """A Calc row of 900 filled cells written once and repeated 100,000 times (a few hundred bytes) would be 90
    million cells: refused at the workbook's limit of cells (limits.MAX_CELLS), in one line."""
    row = ('<table:table-row table:number-rows-repeated="100000"><table:table-cell office:value-type="string" '
           'table:number-columns-repeated="900"><text:p>4.1</text:p></table:table-cell></table:table-row>')
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {_ODS_NS}><office:body>'
               f'<office:spreadsheet><table:table table:name="Sheet1">{row}</table:table></office:spreadsheet>'
               "</office:body></office:document-content>")
    path = tmp_path / "bomb.ods"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", content)
    with pytest.raises(ResourceLimit, match="cells") as err:
        parse(path)
    assert "\n" not in str(err.value)
