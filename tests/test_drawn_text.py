"""Words a PDF draws but does not write (index/ingest/parse/drawn_text.py) are read by OCR, as a scan's are: text
converted to outlines, a Type 3 font with no Unicode map, a scan under a misreading OCR layer, and a box of outlined
text on a page of text. Each file is made from one fictional text PDF (tests/support/drawn.py) and must read as it
does: the same paragraph numbers on the same pages, nearly the same words."""

from __future__ import annotations

from pathlib import Path

import pytest

from inquiry_lessons.index.errors import NeedsOCR
from inquiry_lessons.index.ingest.parse import drawn_text, parse
from inquiry_lessons.index.ingest.parse import ocr as ocr_module
from inquiry_lessons.index.ingest.parse.pdf import _read_lines
from inquiry_lessons.index.ingest.passages import cut_passages
from tests.support import drawn, scans

pytestmark = pytest.mark.skipif(ocr_module.missing() is not None, reason="drawn text is read by the OCR engine")


def _passages(path: Path) -> dict[str, tuple[int | None, str]]:
    return {p.paragraph: (p.page, p.text) for p in cut_passages(parse(path).blocks, "r") if p.paragraph}


@pytest.fixture(scope="module")
def text(tmp_path_factory) -> Path:
    return scans.review_pdf(tmp_path_factory.mktemp("drawn") / "text.pdf")


@pytest.fixture(scope="module")
def expected(text) -> dict[str, tuple[int | None, str]]:
    want = _passages(text)
    assert len(want) == 14 and {page for page, _ in want.values()} == {1, 2}  # the fixture is as meant
    return want


def _reads_like(got: dict[str, tuple[int | None, str]], expected: dict[str, tuple[int | None, str]]) -> None:
    assert {k: v[0] for k, v in got.items()} == {k: v[0] for k, v in expected.items()}  # numbers and pages
    assert scans.cer(" ".join(v[1] for v in expected.values()), " ".join(got[k][1] for k in expected)) <= 0.03


def _plan(path: Path) -> tuple[list[int], list[int], dict]:
    found = drawn_text.survey(path)
    assert found is not None
    return drawn_text.plan(_read_lines(path)[0], found)


def test_text_converted_to_outlines_is_read_by_ocr(text, expected, tmp_path):
    outlined = drawn.outlined_copy(text, tmp_path / "outlined.pdf")
    assert _plan(outlined)[0] == [0, 1, 2]  # no text layer and no image: letter-shaped curves
    _reads_like(_passages(outlined), expected)


def test_a_type3_font_without_a_unicode_map_is_read_by_ocr(text, expected, tmp_path):
    type3 = drawn.type3_copy(text, tmp_path / "type3.pdf")
    _reads_like(_passages(type3), expected)


def test_a_scan_under_a_misreading_ocr_layer_is_read_again(text, expected, tmp_path):
    scan = drawn.misread_scan(text, tmp_path / "misread.pdf")
    assert _plan(scan)[1] == [0, 1, 2]  # compared with OCR's reading
    _reads_like(_passages(scan), expected)


def test_a_box_of_outlined_text_on_a_text_page_is_read_where_it_stands(text, expected, tmp_path):
    # the last line of 2.1 and the first four of 2.2, a quotation set as artwork
    boxed = drawn.outlined_copy(text, tmp_path / "boxed.pdf", box=(0, 200, 600, 300), pages={0})
    whole, compared, boxes = _plan(boxed)
    assert not whole and not compared and list(boxes) == [0] and len(boxes[0]) == 1
    _reads_like(_passages(boxed), expected)


def test_outlines_at_the_same_place_on_every_page_are_not_read(text, tmp_path):
    """A running head drawn in outlines (a logo's lettering) is not read page after page."""
    header = drawn.outlined_copy(text, tmp_path / "header.pdf", box=(0, 20, 600, 50))
    assert _plan(header) == ([], [], {})


def test_without_tesseract_an_outlined_pdf_is_refused(text, tmp_path, monkeypatch):
    outlined = drawn.outlined_copy(text, tmp_path / "outlined.pdf")
    monkeypatch.setattr(drawn_text, "missing", lambda: "Tesseract is not installed")
    with pytest.raises(NeedsOCR, match="Tesseract is not installed"):
        parse(outlined)
