"""Bad input: one clear line on stderr, a non-zero exit, and the store exactly as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from inquiry_lessons.index.cli import app
from tests.support.files import encrypted_pdf, image_only_pdf, long_markdown, text_pdf

runner = CliRunner()


def _snapshot(store: Path) -> dict[str, bytes]:
    return {str(p.relative_to(store)): p.read_bytes() for p in sorted(store.rglob("*")) if p.is_file()
            and p.name != ".lock"}


@pytest.fixture
def store(tmp_path: Path) -> Path:
    store = tmp_path / "store"
    res = runner.invoke(app, ["ingest", str(long_markdown(tmp_path / "good.md", 5)), "--store", str(store)])
    assert res.exit_code == 0, res.output
    return store


def _bad_files(tmp: Path) -> dict[str, tuple[Path, str]]:
    good_pdf = text_pdf(tmp / "plain.pdf", ["1.1 A fictional paragraph about supervision in practice."])
    (tmp / "corrupt.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 20)
    (tmp / "empty.pdf").write_bytes(b"")
    (tmp / "notes.xyz").write_text("some text")
    (tmp / "broken.docx").write_bytes(b"PK\x03\x04 not a real zip")
    (tmp / "blank.md").write_text("\n\n   \n")
    return {
        "corrupt": (tmp / "corrupt.pdf", "not a readable PDF"),
        "empty": (tmp / "empty.pdf", "file is empty"),
        "unsupported": (tmp / "notes.xyz", "unsupported file type"),
        "encrypted": (encrypted_pdf(tmp / "locked.pdf", good_pdf), "password-protected"),
        "image-only": (image_only_pdf(tmp / "scan.pdf"), "OCR"),
        "broken-docx": (tmp / "broken.docx", "DOCX"),
        "no-text": (tmp / "blank.md", "no body text"),
        "missing": (tmp / "nope.pdf", "no such file"),
    }


@pytest.mark.parametrize("case", ["corrupt", "empty", "unsupported", "encrypted", "image-only",
                                  "broken-docx", "no-text", "missing"])
def test_bad_file_one_line_nonzero_store_unchanged(tmp_path, store, case):
    path, expected = _bad_files(tmp_path)[case]
    before = _snapshot(store)
    res = runner.invoke(app, ["ingest", str(path), "--store", str(store)])
    assert res.exit_code != 0
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1, res.stderr
    assert lines[0].startswith("lessons: ") and expected in lines[0]
    assert "Traceback" not in res.output
    assert _snapshot(store) == before


def test_too_large(tmp_path, store, monkeypatch):
    monkeypatch.setenv("LESSONS_MAX_FILE_MB", "0.0001")
    from inquiry_lessons.index.settings import get_settings

    get_settings.cache_clear()
    before = _snapshot(store)
    res = runner.invoke(app, ["ingest", str(long_markdown(tmp_path / "big.md", 50)), "--store", str(store)])
    assert res.exit_code != 0 and "over the limit" in res.stderr
    assert _snapshot(store) == before


def test_a_bad_file_among_good_ones_ingests_nothing(tmp_path, store):
    before = _snapshot(store)
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"garbage")
    res = runner.invoke(app, ["ingest", str(long_markdown(tmp_path / "new.md", 3)), str(bad),
                              "--store", str(store)])
    assert res.exit_code != 0 and "bad.pdf" in res.stderr
    assert _snapshot(store) == before


def test_an_email_message_saved_as_eml_is_accepted(tmp_path, store):
    """.eml is a supported type (parse/eml.py): a saved message is ingested, not refused as "unsupported file
    type", and the refusal's list of supported types names it."""
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["Subject"] = "Fwd: review extracts"
    msg.set_content("\n\n".join(f"2.{k} A fictional paragraph about supervision in practice, number {k}."
                                for k in range(1, 5)) + "\n", cte="quoted-printable")
    path = tmp_path / "extracts.eml"
    path.write_bytes(bytes(msg))
    res = runner.invoke(app, ["ingest", str(path), "--store", str(store)])
    assert res.exit_code == 0, res.output
    path, _ = _bad_files(tmp_path)["unsupported"]
    res = runner.invoke(app, ["ingest", str(path), "--store", str(store)])
    assert "eml" in res.stderr.split("supported:")[1]


def test_an_epub_book_is_accepted(tmp_path, store):
    """.epub is a supported type (parse/epub.py): an e-book (a read-later tool's export) is ingested, not refused as
    "unsupported file type", and the refusal's list of supported types names it."""
    import zipfile

    page = ('<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml"><body>'
            + "".join(f"<p>2.{k} A fictional paragraph about supervision in practice, number {k}.</p>"
                      for k in range(1, 5)) + "</body></html>")
    path = tmp_path / "saved.epub"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/epub+zip")
        z.writestr("META-INF/container.xml", '<container xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
                   '<rootfiles><rootfile full-path="book.opf"/></rootfiles></container>')
        z.writestr("book.opf", '<package xmlns="http://www.idpf.org/2007/opf" version="3.0"><manifest><item id="c" '
                   'href="c.xhtml" media-type="application/xhtml+xml"/></manifest><spine><itemref idref="c"/>'
                   "</spine></package>")
        z.writestr("c.xhtml", page, compress_type=zipfile.ZIP_DEFLATED)
    res = runner.invoke(app, ["ingest", str(path), "--store", str(store)])
    assert res.exit_code == 0, res.output
    path, _ = _bad_files(tmp_path)["unsupported"]
    res = runner.invoke(app, ["ingest", str(path), "--store", str(store)])
    assert "epub" in res.stderr.split("supported:")[1]


def test_a_web_page_saved_as_mhtml_or_webarchive_is_accepted(tmp_path, store):
    """.mhtml, .mht and .webarchive are supported types (parse/mhtml.py, parse/webarchive.py): a page saved by
    Chrome or Safari is ingested, not refused as "unsupported file type", and the refusal's list names them."""
    import plistlib
    from email.message import EmailMessage

    html = "<html><body><main>" + "".join(f"<p>2.{k} A fictional paragraph about supervision in practice, number "
                                          f"{k}.</p>" for k in range(1, 5)) + "</main></body></html>"
    page = EmailMessage()
    page.set_content(html, subtype="html", cte="quoted-printable")
    page["Content-Location"] = "https://example.org/review"
    msg = EmailMessage()
    msg["From"], msg["Snapshot-Content-Location"] = "<Saved by Blink>", "https://example.org/review"
    msg["Subject"], msg["Content-Type"] = "A review", 'multipart/related; type="text/html"'
    msg.attach(page)
    (tmp_path / "page.mhtml").write_bytes(bytes(msg))
    (tmp_path / "page.webarchive").write_bytes(plistlib.dumps({"WebMainResource": {
        "WebResourceData": html.encode(), "WebResourceMIMEType": "text/html", "WebResourceTextEncodingName": "UTF-8",
        "WebResourceURL": "https://example.org/review"}}, fmt=plistlib.FMT_BINARY))
    for name in ("page.mhtml", "page.webarchive"):
        res = runner.invoke(app, ["ingest", str(tmp_path / name), "--store", str(store)])
        assert res.exit_code == 0, res.output
    path, _ = _bad_files(tmp_path)["unsupported"]
    res = runner.invoke(app, ["ingest", str(path), "--store", str(store)])
    assert {"mhtml", "mht", "webarchive"} <= set(res.stderr.split("supported:")[1].strip(" )\n").split(", "))


def test_a_word_2003_xml_document_is_accepted_and_other_xml_refused_in_one_line(tmp_path, store):
    """.xml is a supported type only for Word 2003's XML Document (parse/wordml2003.py): one is ingested, and the
    refusal's list of supported types names xml; an .xml that is not one (a site map) gets one clear line, a
    non-zero exit and the store as it was."""
    w = 'xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"'
    paras = "".join(f"<w:p><w:r><w:t>2.{k} A fictional paragraph about supervision in practice, number {k}.</w:t>"
                    "</w:r></w:p>" for k in range(1, 5))
    path = tmp_path / "review.xml"
    path.write_text(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<?mso-application '
                    f'progid="Word.Document"?>\n<w:wordDocument {w}><w:body>{paras}</w:body></w:wordDocument>')
    res = runner.invoke(app, ["ingest", str(path), "--store", str(store)])
    assert res.exit_code == 0, res.output
    path, _ = _bad_files(tmp_path)["unsupported"]
    res = runner.invoke(app, ["ingest", str(path), "--store", str(store)])
    assert "xml" in res.stderr.split("supported:")[1]
    before = _snapshot(store)
    bad = tmp_path / "sitemap.xml"
    bad.write_text('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url>'
                   "<loc>https://example.org/review</loc></url></urlset>")
    res = runner.invoke(app, ["ingest", str(bad), "--store", str(store)])
    lines = res.stderr.strip().splitlines()
    assert res.exit_code != 0 and len(lines) == 1 and "not a Word 2003 XML document" in lines[0], res.stderr
    assert "Traceback" not in res.output and _snapshot(store) == before
