"""Printed page labels: from the PDF's /PageLabels, else from numbers printed in headers and footers.
The PDFs here are FICTIONAL, made for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from inquiry_lessons.index import reference
from inquiry_lessons.index.ingest.clean import Line
from inquiry_lessons.index.ingest.parse import parse
from inquiry_lessons.index.ingest.parse.page_labels import printed_page_labels, roman_value

H = 800.0


def _page(pno: int, body: list[str], header: str | None = None, footer: str | None = None) -> list[Line]:
    lines = []
    if header:
        lines.append(Line(text=header, page=pno, top=20, bottom=30, x0=50, x1=300, size=9, page_height=H))
    for i, text in enumerate(body):
        lines.append(Line(text=text, page=pno, top=120 + 14 * i, bottom=130 + 14 * i, x0=50, x1=500, size=11,
                          page_height=H))
    if footer:
        lines.append(Line(text=footer, page=pno, top=770, bottom=780, x0=280, x1=320, size=9, page_height=H))
    return lines


def test_roman_values():
    assert [roman_value(x) for x in ("i", "iv", "ix", "xiv", "XL")] == [1, 4, 9, 14, 40]
    assert roman_value("iiii") is None and roman_value("civil") is None


def test_front_matter_then_arabic_from_one():
    pages = [_page(1, ["FICTIONAL review cover"])]
    pages += [_page(p, ["Foreword text."], footer=r) for p, r in ((2, "ii"), (3, "iii"), (4, "iv"))]
    pages += [_page(p, ["Body text."], footer=f"Page {p - 4} of 6") for p in range(5, 11)]
    assert printed_page_labels(pages) == [None, "ii", "iii", "iv", "1", "2", "3", "4", "5", "6"]


def test_running_title_with_number_and_a_gap_filled():
    pages = [_page(p, ["Body text."], footer=f"Fictional learning review {p + 2}") for p in range(1, 7)]
    pages[3] = _page(4, ["Chapter opening page without a footer."])
    assert printed_page_labels(pages) == ["3", "4", "5", "6", "7", "8"]


def test_stray_numbers_are_not_page_numbers():
    # last body lines that end in a number, and a lone year: no consistent scheme, so no labels
    pages = [_page(1, ["She was then aged 15"]), _page(2, ["The review met in 2016"], footer="2016"),
             _page(3, ["Her brother was aged 12"])]
    assert printed_page_labels(pages) == [None, None, None]


def _write_pdf(path: Path, footers: list[str | None]) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    w, h = A4
    for n, footer in enumerate(footers, start=1):
        c.setFont("Helvetica", 11)
        c.drawString(72, h - 120, f"{n}.1 This FICTIONAL paragraph is on PDF page {n} of a made-up review.")
        if footer:
            c.setFont("Helvetica", 9)
            c.drawCentredString(w / 2, 30, footer)
        c.showPage()
    c.save()


def test_pdf_printed_labels_reach_blocks(tmp_path):
    path = tmp_path / "labels.pdf"
    _write_pdf(path, [None, "i", "ii", "1", "2", "3"])
    doc = parse(path)
    got = {b.page: b.page_label for b in doc.blocks}
    assert got == {1: None, 2: "i", 3: "ii", 4: "1", 5: "2", 6: "3"}


def test_pdf_page_labels_tree_wins(tmp_path):
    pypdf = pytest.importorskip("pypdf")
    plain = tmp_path / "plain.pdf"
    _write_pdf(plain, [None, None, None, None])
    reader = pypdf.PdfReader(str(plain))
    writer = pypdf.PdfWriter()
    for page in reader.pages:
        writer.add_page(page)
    writer.set_page_label(0, 1, style="/r")
    writer.set_page_label(2, 3, style="/D", start=1)
    labelled = tmp_path / "labelled.pdf"
    with open(labelled, "wb") as fh:
        writer.write(fh)
    doc = parse(labelled)
    assert {b.page: b.page_label for b in doc.blocks} == {1: "i", 2: "ii", 3: "1", 4: "2"}


def test_reference_shows_both_numbers_only_where_they_differ():
    assert reference("Fictional SCR (2019)", "4.2", 10, "7") == "Fictional SCR (2019) ¶4.2, p.7 (PDF p.10)"
    assert reference("Fictional SCR (2019)", "4.2", 7, "7") == "Fictional SCR (2019) ¶4.2, p.7"
    assert reference("Fictional SCR (2019)", None, 3, None) == "Fictional SCR (2019) p.3"


def test_schema_3_store_is_read_and_upgraded(tmp_path, settings):
    import json
    import sqlite3

    from inquiry_lessons.index.embed import HashEmbedder
    from inquiry_lessons.index.ingest import ingest
    from inquiry_lessons.index.store import Store
    from tests.support.files import long_markdown

    emb = HashEmbedder()
    store = tmp_path / "s"
    assert not ingest([long_markdown(tmp_path / "alpha-2019.md", 4)], store, settings, emb).failures
    gen = store / (store / "CURRENT").read_text().strip()
    with sqlite3.connect(gen / "passages.sqlite") as db:  # make it a store written before page labels
        db.execute("ALTER TABLE passages DROP COLUMN page_label")
    manifest = json.loads((gen / "manifest.json").read_text())
    (gen / "manifest.json").write_text(json.dumps({**manifest, "schema": 3}))
    old = Store.open(store)
    assert {p.page_label for p in old.report_passages("alpha-2019")} == {None}
    old.close()
    assert not ingest([long_markdown(tmp_path / "beta-2020.md", 3, "Other Fictional Review")], store, settings,
                      emb).failures
    new = Store.open(store)
    assert new.manifest["schema"] == 5 and new.passage_counts() == {"alpha-2019": 4, "beta-2020": 3}


def test_a_sheet_printed_two_pages_up_is_labelled_with_both_pages():
    pages = [_page(p, ["Body text."], footer=f"{2 * p + 10} {2 * p + 11}") for p in (1, 2, 3)]
    assert printed_page_labels(pages) == ["12–13", "14–15", "16–17"]
    assert reference("Northmoor SCR (2019)", "3.1", 1, "12–13") == "Northmoor SCR (2019) ¶3.1, pp.12–13 (PDF p.1)"
    booklet = reference("Northmoor SCR (2019)", "3.1", 1, "8, 1")  # a folded booklet's sheet: printed pages 8 and 1
    assert booklet == "Northmoor SCR (2019) ¶3.1, pp.8, 1 (PDF p.1)"
    # look-alike: a pair on one sheet only
    assert printed_page_labels([_page(1, ["Body text."], footer="12 13"), _page(2, ["Body text."])]) == [None, None]
