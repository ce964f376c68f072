"""Scanned PDFs: pages without a text layer are read by OCR (index/ingest/parse/ocr.py, Tesseract) into the same
lines as the text path, so paragraph numbers, pages and printed page numbers come out as from the text PDF.
The scans are made here from a fictional review (tests/support/scans.py); OCR takes a few seconds a page."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from inquiry_lessons.index.errors import EmptyDocument, NeedsOCR
from inquiry_lessons.index.ingest.parse import drawn_text, ocr, parse
from inquiry_lessons.index.ingest.parse.pdf import parse_pdf
from inquiry_lessons.index.ingest.passages import cut_passages
from tests.support import scans


def _passages(path: Path, **kw) -> dict[str, tuple[int | None, str | None, str]]:
    doc = parse_pdf(path, **kw) if kw else parse(path)
    return {p.paragraph: (p.page, p.page_label, p.text) for p in cut_passages(doc.blocks, "r") if p.paragraph}


@pytest.fixture(scope="module")
def review(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("scans")
    text = scans.review_pdf(folder / "review.pdf")
    return {
        "text": text,
        "scan": scans.scanned_copy(text, folder / "scan.pdf"),
        "degraded": scans.scanned_copy(text, folder / "degraded.pdf", degraded=True, seed=3),
        "mixed": scans.mixed_copy(text, folder / "mixed.pdf", scanned={0, 2}),
    }


@pytest.fixture(scope="module")
def expected(review) -> dict[str, tuple[int | None, str | None, str]]:
    want = _passages(review["text"])
    assert len(want) == 14 and {page for page, _, _ in want.values()} == {1, 2}  # the fixture is as meant
    return want


def test_a_scanned_review_reads_like_its_text_pdf(review, expected):
    got = _passages(review["scan"])
    assert {k: v[:2] for k, v in got.items()} == {k: v[:2] for k, v in expected.items()}  # numbers, pages, labels
    text = " ".join(v[2] for v in expected.values())
    assert scans.cer(text, " ".join(got[k][2] for k in expected)) <= 0.05
    everything = " ".join(v[2] for v in got.values())
    assert "Testshire" not in everything and "Page" not in everything  # running header and footers dropped


def test_a_degraded_scan_keeps_paragraph_numbers_and_pages(review, expected):
    got = _passages(review["degraded"])
    assert {k: v[:2] for k, v in got.items()} == {k: v[:2] for k, v in expected.items()}
    assert scans.cer(" ".join(v[2] for v in expected.values()), " ".join(got[k][2] for k in expected)) <= 0.08


def test_a_mixed_pdf_reads_its_scanned_pages_and_reports_progress_per_page(review, expected):
    calls: list[tuple[str, int, int]] = []
    got = _passages(review["mixed"], progress=lambda stage, done, total: calls.append((stage, done, total)))
    assert calls == [("ocr", 1, 2), ("ocr", 2, 2)]  # pages 1 and 3 are scans; page 2 keeps its text layer
    assert {k: v[:2] for k, v in got.items()} == {k: v[:2] for k, v in expected.items()}
    assert scans.cer(" ".join(v[2] for v in expected.values()), " ".join(got[k][2] for k in expected)) <= 0.05


def test_ocr_lines_have_the_text_paths_geometry(review):
    from inquiry_lessons.index.ingest.parse.pdf import _read_lines

    text_pages, _, _ = _read_lines(review["text"])
    truth = text_pages[0]
    lines = ocr.ocr_pages(review["scan"], [0])[0]
    assert len(lines) == len(truth)
    for want, got in zip(truth, lines, strict=True):
        assert got.page == 1 and abs(got.top - want.top) < 3 and abs(got.x0 - want.x0) < 3
        assert abs(got.x1 - want.x1) < 5 and got.page_height == pytest.approx(want.page_height, abs=1)
    body = [ln for ln, t in zip(lines, truth, strict=True) if t.size == 11]
    assert {ln.size for ln in body} == {11.0}  # body text gets one size ...
    heading = lines[[t.text for t in truth].index("2 Findings")]
    assert heading.size >= 15 and heading.bold  # ... and the heading a bigger, bold one


def test_text_pages_are_never_ocrd(review):
    from inquiry_lessons.index.ingest.parse.pdf import _read_lines

    pages, _, _ = _read_lines(review["text"])
    drawn = drawn_text.survey(review["text"])
    assert drawn is not None and drawn_text.plan(pages, drawn) == ([], [], {})
    calls: list[tuple[str, int, int]] = []
    parse_pdf(review["text"], progress=lambda *a: calls.append(a))
    assert calls == []


def test_without_tesseract_a_scan_is_refused_and_a_few_scanned_pages_left_out(review, expected, monkeypatch):
    monkeypatch.setattr(ocr, "missing", lambda: "Tesseract is not installed")
    monkeypatch.setattr(drawn_text, "missing", lambda: "Tesseract is not installed")
    with pytest.raises(NeedsOCR, match="apt-get install tesseract-ocr"):
        parse(review["scan"])
    one_scanned = scans.mixed_copy(review["text"], review["text"].with_name("one.pdf"), scanned={1})
    got = _passages(one_scanned)
    assert got and all(page == 1 for page, _, _ in got.values())  # page 1 read; page 2 (a scan) left out


def test_a_blank_scan_is_refused_naming_ocr(tmp_path):
    from PIL import Image

    blank = scans.images_to_pdf([Image.new("L", (2480, 3508), 250)] * 2, tmp_path / "blank.pdf")
    with pytest.raises(EmptyDocument, match="OCR found no text"):
        parse(blank)


def test_an_article_run_into_the_next_word_is_split_off_unless_the_whole_is_a_word():
    """Tesseract runs "a" into the next word ("alearning"); where the image sets the "a" apart by a word space it
    is split off. A fax or a poor scan also sets apart the "a" of "agency" (blind round 70): a word, kept whole."""
    from inquiry_lessons.index.ingest.parse.ocr_lines import Word, _clean_words

    pixels = np.full((40, 400), 255, dtype=np.uint8)
    for x0, x1 in ((0, 20), (40, 120), (140, 200), (220, 280)):  # "a", a gap of a word space, then the rest
        pixels[10:30, x0:x1] = 0

    def read(text: str) -> list[str]:
        words = [Word((0, 5, 120, 35), text, 95.0), Word((140, 5, 200, 35), "was", 95.0),
                 Word((220, 5, 280, 35), "seen", 95.0)]
        return [w.text for w in _clean_words(words, pixels, 10.0, 20.0, [])]

    assert read("alearning") == ["a", "learning", "was", "seen"]
    assert read("agency") == ["agency", "was", "seen"]
    assert read("around") == ["around", "was", "seen"]
