"""A report carried inside another file (index/ingest/parse/enclosed.py) is read in its place: a PDF with the review
embedded (a Portfolio's name tree) or attached by a paperclip annotation, a .zip download, a memo with the review
embedded, an e-mail with the review attached. The carried review's paragraphs come back with its own pages; a wrapper
that numbers paragraphs of its own, or is long beside an attachment, is read as itself. All text is fictional."""

from __future__ import annotations

import io
import zipfile
from email.message import EmailMessage
from pathlib import Path

import pytest

from inquiry_lessons.index.errors import EmptyDocument, ResourceLimit
from inquiry_lessons.index.ingest.parse import parse
from inquiry_lessons.index.ingest.parse.limits import ParseLimits
from inquiry_lessons.index.ingest.passages import cut_passages
from tests.support import scans

LETTER = ("Dear colleague, please find with this letter the final report of the fictional review, which the "
          "partnership published this week. We would be grateful if you shared it with your teams.")


def _labels(path: Path, **kw) -> dict[str, int | None]:
    found: dict[str, int | None] = {}
    for p in cut_passages(parse(path, **kw).blocks, "r"):
        if p.paragraph and p.paragraph not in found:
            found[p.paragraph] = p.page
    return found


@pytest.fixture(scope="module")
def review(tmp_path_factory) -> Path:
    return scans.review_pdf(tmp_path_factory.mktemp("enclosed") / "review.pdf")


@pytest.fixture(scope="module")
def expected(review) -> dict[str, int | None]:
    want = _labels(review)
    assert len(want) == 14 and set(want.values()) == {1, 2}  # the fixture is as meant
    return want


def _letter_pdf(path: Path, text: str = LETTER) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build([Paragraph(text, getSampleStyleSheet()["Normal"])])
    return path


def test_a_pdf_with_the_review_embedded_reads_as_the_review(review, expected, tmp_path):
    import pypdf

    writer = pypdf.PdfWriter(clone_from=str(_letter_pdf(tmp_path / "cover.pdf")))
    writer.add_attachment("Agenda.txt", b"Agenda: 1. Welcome 2. The review 3. Any other business")
    writer.add_attachment("Final review (fictional).pdf", review.read_bytes())
    writer.write(str(tmp_path / "portfolio.pdf"))
    assert _labels(tmp_path / "portfolio.pdf") == expected


def test_a_letter_with_the_review_attached_by_a_paperclip_reads_as_the_review(review, expected, tmp_path):
    import pypdf
    from pypdf.generic import (
        ArrayObject,
        DecodedStreamObject,
        DictionaryObject,
        FloatObject,
        NameObject,
        TextStringObject,
    )

    writer = pypdf.PdfWriter(clone_from=str(_letter_pdf(tmp_path / "letter.pdf")))
    n = NameObject
    stream = DecodedStreamObject()
    stream.set_data(review.read_bytes())
    stream[n("/Type")] = n("/EmbeddedFile")
    spec = DictionaryObject({n("/Type"): n("/Filespec"), n("/F"): TextStringObject("review.pdf"),
                             n("/EF"): DictionaryObject({n("/F"): writer._add_object(stream)})})
    annot = DictionaryObject({n("/Type"): n("/Annot"), n("/Subtype"): n("/FileAttachment"),
                              n("/Rect"): ArrayObject([FloatObject(v) for v in (500, 780, 520, 800)]),
                              n("/FS"): writer._add_object(spec), n("/Name"): n("/Paperclip")})
    writer.pages[0][NameObject("/Annots")] = ArrayObject([writer._add_object(annot)])
    writer.write(str(tmp_path / "attached.pdf"))
    assert _labels(tmp_path / "attached.pdf") == expected


def test_a_zip_download_a_memo_and_an_email_read_as_the_review_they_carry(review, expected, tmp_path):
    import docx

    with zipfile.ZipFile(tmp_path / "download.zip", "w") as zf:
        zf.writestr("Review/readme.txt", "Licensed under the Open Government Licence (fictional).")
        zf.write(review, "Review/Final review (fictional).pdf")
        zf.writestr("__MACOSX/Review/._Final review (fictional).pdf", b"\0" * 64)
    assert _labels(tmp_path / "download.zip") == expected

    memo = docx.Document()
    memo.add_paragraph("Memo: the review is embedded below as an object. (fictional)")
    buf = io.BytesIO()
    memo.save(buf)
    with zipfile.ZipFile(tmp_path / "memo.docx", "w") as out, zipfile.ZipFile(buf) as src:
        for item in src.infolist():
            out.writestr(item, src.read(item.filename))
        out.write(review, "word/embeddings/Microsoft_Word_Document.pdf")
    assert _labels(tmp_path / "memo.docx") == expected

    message = EmailMessage()
    message["Subject"], message["From"], message["To"] = "Final report", "a@example.org", "b@example.org"
    message.set_content("Please find attached the final report.")
    message.add_attachment(review.read_bytes(), maintype="application", subtype="pdf", filename="final report.pdf")
    (tmp_path / "sent.eml").write_bytes(bytes(message))
    assert _labels(tmp_path / "sent.eml") == expected


def test_a_wrapper_that_is_a_report_itself_is_read_as_itself(review, tmp_path):
    """A long unnumbered report with a numbered appendix attached is the report, not the appendix; a zip with nothing
    read here is refused in one line; a zip over the zip limits is refused before it is opened."""
    import pypdf

    long_text = " ".join([LETTER] * 40)  # some 8,000 characters of unnumbered prose
    writer = pypdf.PdfWriter(clone_from=str(_letter_pdf(tmp_path / "long.pdf", long_text)))
    writer.add_attachment("appendix.pdf", review.read_bytes())
    writer.write(str(tmp_path / "report.pdf"))
    doc = parse(tmp_path / "report.pdf")
    assert "please find with this letter" in doc.blocks[0].text and not _labels(tmp_path / "report.pdf")

    with zipfile.ZipFile(tmp_path / "images.zip", "w") as zf:
        zf.writestr("chart.svg", "<svg/>")
    with pytest.raises(EmptyDocument, match="holds no report"):
        parse(tmp_path / "images.zip")
    with zipfile.ZipFile(tmp_path / "big.zip", "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("padding.txt", b"a" * 2_000_000)
    with pytest.raises(ResourceLimit, match="compressed"):
        parse(tmp_path / "big.zip", limits=ParseLimits(max_zip_ratio=10))
