"""Real-world PDF and DOCX files that nobody here wrote (tests/data/realworld/: test material of public
projects, each listed with its source, licence and checksum in SOURCES.md) through the real parse path.

Each file gives passages or an :class:`IngestError` whose message is one line; never another exception,
and no warning: neither a Python warning nor a library's log record at WARNING or above (which, with no
handler of ours, Python prints to stderr). Files are parsed in this process, not in the parse worker that
ingest uses: the worker turns any exception into a one-line refusal and silences library output, which is
right for users but would hide a parser's bug here. Ordinary text documents must ingest: a refused
report is a failure too. ``benchmarks/realworld.py`` prints what each file gives."""

from __future__ import annotations

import gc
import hashlib
import logging
import re
import warnings
from pathlib import Path

import pytest

from inquiry_lessons.index.errors import IngestError
from inquiry_lessons.index.ingest.pipeline import prepare
from inquiry_lessons.index.settings import Settings

CORPUS = Path(__file__).parent / "data" / "realworld"
FILES = sorted(p for p in CORPUS.rglob("*") if p.suffix.lower() in (".pdf", ".docx"))

# text documents that must give passages (reports, manuals, tables, forms, rotated pages, Word tables and
# text boxes): their refusal would be a bug
MUST_INGEST = {
    "debian/fhs-3.0.pdf", "debian/maint-guide.en.pdf", "pypdf/GeoBase_NHNC1_Data_Model_UML_EN.pdf",
    "pypdf/Seige_of_Vicksburg_Sample_OCR.pdf", "pypdf/crazyones.pdf", "pypdf/indirect-rotation.pdf",
    "pypdf/pdflatex-outline.pdf", "pypdf/issue-914-xmp-data.pdf", "pypdf/test Orient.pdf",
    "pikepdf/form_dd0293.pdf", "tabula-py/data.pdf", "tabula-py/12s0324.pdf", "tabula-py/campaign_donors.pdf",
    "python-docx/tbl-props.docx", "python-docx/tbl-cell-access.docx", "python-docx/par-rendered-page-breaks.docx",
    "docx2python/libreoffice_conversion.docx", "docx2python/nested_paragraphs.docx", "docx2python/example.docx",
    "docx2python/test_file_with_comments.docx", "docx2python/checked_boxes.docx",
}

# Failures whose root is in code this suite does not own; each entry says where the fix belongs. Not
# strict: a fix shows as XPASS, and the entry is then removed.
KNOWN: dict[str, str] = {}  # relative path -> why it is expected to fail (none now)


def _case(path: Path):
    rel = path.relative_to(CORPUS).as_posix()
    marks = [pytest.mark.xfail(reason=KNOWN[rel], strict=False)] if rel in KNOWN else []
    return pytest.param(path, id=rel, marks=marks)


@pytest.fixture(scope="module")
def settings() -> Settings:
    s = Settings()
    return s.model_copy(update={"ingest": s.ingest.model_copy(update={"parse_in_worker": False})})


def test_corpus_is_large_listed_and_unmodified():
    rows = dict(re.findall(r"^\| `([^`]+)` \|.*\| `([0-9a-f]{64})` \|$", (CORPUS / "SOURCES.md").read_text(), re.M))
    assert len(FILES) >= 50
    assert {p.suffix.lower() for p in FILES} == {".pdf", ".docx"}
    assert {p.relative_to(CORPUS).as_posix() for p in FILES} == set(rows)
    for path in FILES:
        assert hashlib.sha256(path.read_bytes()).hexdigest() == rows[path.relative_to(CORPUS).as_posix()], path
    assert MUST_INGEST.issubset(rows) and set(KNOWN).issubset(rows)


@pytest.mark.timeout(90)
@pytest.mark.parametrize("path", [_case(p) for p in FILES])
def test_passages_or_a_one_line_refusal_and_no_warnings(path: Path, settings: Settings, caplog):
    caplog.set_level(logging.WARNING)
    rel = path.relative_to(CORPUS).as_posix()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            prepared = prepare(path, settings)
        except IngestError as exc:
            message = str(exc)
            assert message.strip() and "\n" not in message and "Traceback" not in message
            assert rel not in MUST_INGEST, message
        else:
            assert prepared.passages
            assert all(p.text.strip() for p in prepared.passages)
        gc.collect()  # an unclosed file is reported when it is collected: here, not under the next file
    assert [f"{w.category.__name__}: {w.message}" for w in caught] == []
    leaks = [f"{r.name} {r.levelname}" for r in caplog.records if not r.name.startswith("inquiry_lessons")]
    assert leaks == []
