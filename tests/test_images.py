"""Reviews as images (index/ingest/parse/images.py): a page scanned to PNG, a phone photo of a printed page as
JPEG, a scanner's multi-page TIFF, a fax's TIFF, each read by OCR into the paragraphs its text PDF gives, a page
to an image or frame; and two-column scans read column by column (parse/ocr_columns.py). The images are made
here from fictional reviews (tests/support/scans.py); OCR takes a few seconds a page."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from inquiry_lessons.index.errors import CorruptDocument, EmptyDocument, NeedsOCR, ResourceLimit
from inquiry_lessons.index.ingest.parse import images, ocr, parse
from inquiry_lessons.index.ingest.parse.limits import ParseLimits
from inquiry_lessons.index.ingest.passages import cut_passages
from tests.support import scans

pytestmark = pytest.mark.skipif(ocr.missing() is not None, reason="images are read by the OCR engine")


def _passages(path: Path) -> dict[str, tuple[int | None, str]]:
    return {p.paragraph: (p.page, p.text) for p in cut_passages(parse(path).blocks, "r") if p.paragraph}


@pytest.fixture(scope="module")
def review(tmp_path_factory) -> dict[str, object]:
    folder = tmp_path_factory.mktemp("images")
    text = scans.review_pdf(folder / "review.pdf")
    return {"folder": folder, "want": _passages(text), "pages": scans.render_pages(text)}


def _on_page_one(want: dict[str, tuple[int | None, str]]) -> dict[str, tuple[int | None, str]]:
    """The paragraphs that start and end on page 1 (the last one there runs on in the review)."""
    first = [k for k, (page, _) in want.items() if page == 1]
    return {k: want[k] for k in first[:-1]}


def _check(got: dict[str, tuple[int | None, str]], want: dict[str, tuple[int | None, str]], cer: float) -> None:
    assert {k: v[0] for k, v in got.items() if k in want} == {k: v[0] for k, v in want.items()}  # numbers, pages
    assert scans.cer(" ".join(v[1] for v in want.values()), " ".join(got[k][1] for k in want)) <= cer


def test_a_page_scanned_to_png_reads_like_its_text_pdf(review):
    path = review["folder"] / "page.png"
    review["pages"][0].save(path, dpi=(300, 300))
    got = _passages(path)
    _check(got, _on_page_one(review["want"]), 0.03)
    assert "Testshire" not in " ".join(v[1] for v in got.values())  # its running header is dropped


def test_a_phone_photo_turned_dark_at_one_side_and_sideways_in_its_file(review):
    """At half the scan's resolution, its file recording 72 dpi (a phone's), turned 1.5 degrees on a dark table,
    the far corner's paper a third as bright, and stored sideways with an EXIF orientation to turn it upright."""
    photo = scans.photographed(review["pages"][0]).transpose(Image.Transpose.ROTATE_90)
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90 clockwise to view": the stored image is the page turned anticlockwise
    path = review["folder"] / "photo.jpg"
    photo.save(path, quality=70, dpi=(72, 72), exif=exif)
    _check(_passages(path), _on_page_one(review["want"]), 0.05)


@pytest.mark.parametrize(("name", "dpi"), [("scan.tif", (200, 200)), ("fax.tiff", (204, 196))])
def test_a_multi_page_tiff_is_a_page_a_frame_and_runs_on_over_the_break(review, name, dpi):
    """A scanner's bilevel TIFF at 200 dpi and a fax's at 204 x 196 dpi (pixels not square), Group 4 both."""
    first, *rest = [scans.bilevel(page, dpi) for page in review["pages"]]
    path = review["folder"] / name
    first.save(path, save_all=True, append_images=rest, dpi=dpi, compression="group4")
    want = review["want"]
    _check(_passages(path), want, 0.03)  # the paragraph over the page break is whole, on page 1


def test_two_columns_are_read_column_by_column_in_a_scan_and_a_photo(tmp_path):
    paragraphs = scans.review_paragraphs(9, section=5)
    text = scans.two_column_pdf(tmp_path / "two.pdf", paragraphs, "5 What the review found (fictional)")
    want = _passages(text)
    assert list(want) == [n for n, _ in paragraphs]  # the fixture is as meant
    _check(_passages(scans.scanned_copy(text, tmp_path / "scan.pdf")), want, 0.02)  # a scanned PDF as well
    page = scans.render_pages(text)[0]
    scans.photographed(page, angle=-1.2, scale=0.6).save(tmp_path / "two.jpg", quality=60)
    _check(_passages(tmp_path / "two.jpg"), want, 0.03)


def test_progress_is_reported_a_page_at_a_time(review):
    path = review["folder"] / "progress.tif"
    first, *rest = [scans.bilevel(page, (200, 200)) for page in review["pages"]]
    first.save(path, save_all=True, append_images=rest, dpi=(200, 200), compression="group4")
    calls: list[tuple[str, int, int]] = []
    parse(path, progress=lambda stage, done, total: calls.append((stage, done, total)))
    count = len(review["pages"])
    assert calls == [("ocr", done, count) for done in range(1, count + 1)]


def test_more_frames_than_the_page_limit_are_refused_before_any_is_read(tmp_path):
    path = tmp_path / "many.tif"
    frames = [Image.new("1", (200, 200), 1) for _ in range(4)]
    frames[0].save(path, save_all=True, append_images=frames[1:])
    with pytest.raises(ResourceLimit, match=r"4 pages, over the limit of 3 \(LESSONS_MAX_PAGES\)"):
        parse(path, limits=ParseLimits(max_pages=3))


def test_a_frame_over_the_pixel_limit_is_refused_from_its_header(tmp_path, monkeypatch):
    monkeypatch.setattr(images, "MAX_PIXELS", 1_000_000)
    path = tmp_path / "huge.png"
    Image.new("1", (1200, 1000), 1).save(path)
    with pytest.raises(ResourceLimit, match="1,200 x 1,000 pixels, over the limit of 1,000,000"):
        parse(path)


def test_a_broken_or_blank_image_gets_one_line(tmp_path):
    broken = tmp_path / "broken.png"
    buf = io.BytesIO()
    Image.new("L", (400, 400), 255).save(buf, format="PNG")
    broken.write_bytes(buf.getvalue()[:60])
    with pytest.raises(CorruptDocument, match=r"broken\.png: "):
        parse(broken)
    blank = tmp_path / "blank.jpg"
    Image.new("L", (1240, 1754), 250).save(blank)
    with pytest.raises(EmptyDocument, match="OCR found no text in the image"):
        parse(blank)


def test_without_tesseract_an_image_is_refused_naming_what_to_install(tmp_path, monkeypatch):
    path = tmp_path / "page.png"
    Image.new("L", (100, 100), 255).save(path)
    monkeypatch.setattr(images, "missing", lambda: "Tesseract is not installed")
    with pytest.raises(NeedsOCR, match="apt-get install tesseract-ocr"):
        parse(path)


def test_a_scanned_table_of_labels_beside_their_text_is_read_row_by_row(tmp_path):
    """A gutter between a table's narrow column of labels and its wide column of text is no gutter between two
    columns of text: each label is read before its own row's text, not all the labels first."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    style = ParagraphStyle("cell", fontName="Helvetica", fontSize=11, leading=14)
    # labels of three or four lines each in their narrow column: ink beside most of the text's rows
    agencies = ["Police public protection unit", "School pastoral and safeguarding team",
                "Housing tenancy support service", "Health visiting and school nursing",
                "Probation service offender managers", "Nursery and early years provider"]
    texts = [text for _, text in scans.review_paragraphs(len(agencies), section=7)]  # one page
    rows = [[Paragraph(agency, style), Paragraph(text, style)] for agency, text in zip(agencies, texts, strict=True)]
    text = tmp_path / "table.pdf"
    SimpleDocTemplate(str(text), pagesize=A4, invariant=1).build([Table(rows, colWidths=[90, 360],
                                                                      style=TableStyle([("VALIGN", (0, 0), (-1, -1),
                                                                                         "TOP")]))])
    scans.render_pages(text)[0].save(tmp_path / "table.png", dpi=(300, 300))
    read = " ".join(b.text for b in parse(tmp_path / "table.png").blocks)
    at = [read.find(agency.split()[0]) for agency in agencies]
    assert all(k >= 0 for k in at) and at == sorted(at)
    assert all(start < read.find(text.split()[3], start) < end
               for start, text, end in zip(at, texts, at[1:], strict=False))  # each label, then its own row's text
