"""Pages as scanners, printers and binders leave them (parse/page_order.py, print_server.quarter_turned): a review's
pages out of order in the file, one scanned twice with a blank sheet between, two printed pages to a landscape sheet,
a folded booklet's imposition and a page fed to the scanner sideways are each read in printed order, every numbered
paragraph once, cited to the file's page where it starts. The review is FICTIONAL (tests/support/page_order.py)."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from inquiry_lessons.index.ingest.clean import Line
from inquiry_lessons.index.ingest.parse import parse
from inquiry_lessons.index.ingest.parse.page_order import in_folio_order, without_rescanned
from inquiry_lessons.index.ingest.parse.print_server import quarter_turned
from inquiry_lessons.index.ingest.passages import cut_passages
from tests.support import page_order


@pytest.mark.parametrize("make", [page_order.shuffled_file, page_order.rescanned_file, page_order.two_up_file,
                                  page_order.booklet_file, page_order.sideways_file,
                                  lambda path: page_order.sideways_file(path, way=-1)],
                         ids=["shuffled", "rescanned", "two-up", "booklet", "sideways-up", "sideways-down"])
def test_pages_are_read_in_printed_order(tmp_path, make):
    path, key = make(tmp_path / "review.pdf")
    got = [p for p in cut_passages(parse(path).blocks, "r") if p.paragraph]
    assert [(p.paragraph, p.page) for p in got] == key
    assert parse(path).pages == len(PdfReader(path).pages)  # sheets counted, not the printed pages on them


def _page(folio: str | None, *words: str) -> list[Line]:
    body = [Line(text=w, page=1, top=300 + 20 * k, bottom=310 + 20 * k, page_height=842, page_width=595)
            for k, w in enumerate(words)]
    return body + ([Line(text=folio, page=1, top=800, bottom=810, page_height=842, page_width=595)] if folio else [])


def test_folios_reorder_only_when_they_plainly_give_the_order():
    a, b, c, d = (_page(str(n), f"text of page {n}") for n in (1, 2, 3, 4))
    cover = _page(None, "Rapid review (fictional)")
    assert in_folio_order([cover, a, c, b, d]) == [cover, a, b, c, d]  # the cover keeps its place
    assert in_folio_order([a, c, b]) == [a, b, c]
    assert in_folio_order([c, b]) == [c, b]  # two folios are too few to trust
    appendix = _page("2", "appendix page 2")
    assert in_folio_order([a, c, b, appendix]) == [a, c, b, appendix]  # numbering restarts: folios not distinct
    far = _page("9", "page nine")
    assert in_folio_order([a, far, b, c]) == [a, far, b, c]  # a gap of six pages: the numbers are not folios


def test_a_second_scan_is_read_once_but_short_pages_alike_are_kept():
    words = " ".join(f"word{k}" for k in range(20))
    page = _page("4", words)
    ocr_again = _page("4", words.replace("word7", "w0rd7"))
    assert without_rescanned([page, _page("5", "other"), ocr_again]) == [page, _page("5", "other"), []]
    divider = _page(None, "Part two")
    assert without_rescanned([divider, divider]) == [divider, divider]


def test_a_few_turned_characters_do_not_turn_the_page():
    upright = [{"text": "a", "matrix": (10, 0, 0, 10, 0, 0)}] * 40
    up = [{"text": "a", "matrix": (0, 10, -10, 0, 0, 0)}] * 40
    assert quarter_turned(up) == 1 and quarter_turned([{**c, "matrix": (0, -10, 10, 0, 0, 0)} for c in up]) == -1
    assert quarter_turned(upright + up[:5]) == 0  # a label run up the margin of an upright page


def test_pages_out_of_order_are_labelled_with_their_own_folios(tmp_path):
    """No page-number scheme runs through re-sorted pages: each sheet is labelled with what is printed on it, and a
    booklet's sheet with both its halves' numbers, never one number that is the other half's."""
    printed = {label: p.folio for p in page_order.layout() for label in p.starts}
    path, _ = page_order.shuffled_file(tmp_path / "shuffled.pdf")
    got = [p for p in cut_passages(parse(path).blocks, "r") if p.paragraph]
    assert [p.page_label for p in got] == [str(printed[p.paragraph]) for p in got]
    path, _ = page_order.booklet_file(tmp_path / "booklet.pdf")
    assert sorted({(b.page, b.page_label) for b in parse(path).blocks}) == [(1, "8, 1"), (2, "2, 7"), (3, "6, 3"),
                                                                            (4, "4–5")]
