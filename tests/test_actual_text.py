"""A tagged PDF's /ActualText (parse/actual_text.py): a paragraph number and a drop cap drawn as graphics and a glyph
with no Unicode mapping are read as the text the PDF says they stand for; a figure's /Alt is no text of the document; an
/ActualText that spells what is drawn, or a whole line, changes nothing. The PDF is FICTIONAL
(tests/support/tagged.py)."""

from __future__ import annotations

import pdfplumber
import pytest

from inquiry_lessons.index.ingest.parse import parse
from inquiry_lessons.index.ingest.parse.actual_text import install, with_actual_text
from inquiry_lessons.index.ingest.passages import cut_passages
from tests.support import tagged


@pytest.fixture(scope="module")
def passages(tmp_path_factory) -> list:
    return cut_passages(parse(tagged.tagged_pdf(tmp_path_factory.mktemp("tagged") / "t.pdf")).blocks, "r")


def test_a_number_drawn_as_a_graphic_is_read_from_its_actual_text(passages):
    assert [p.paragraph for p in passages if p.paragraph] == ["4.1", "4.2", "4.3", "4.4"]
    got = {p.paragraph: p.text for p in passages}
    assert got["4.2"].startswith("The health visitor first saw the bruising in May")


def test_a_drop_cap_drawn_as_a_graphic_is_read_into_its_word(passages):
    got = {p.paragraph: p.text for p in passages}
    assert got["4.4"].startswith("The nursery manager saw the child arrive hungry on several mornings")


def test_a_figures_alt_text_is_not_read(passages):
    assert not any("chart of referrals" in p.text for p in passages)


def test_actual_text_that_spells_what_is_drawn_changes_nothing(tmp_path):
    install()
    path = tagged.tagged_pdf(tmp_path / "plain.pdf", graphic_number=False, whole_line=True, drop_cap=False)
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        before = [c["text"] for c in page.chars if c["text"] != "(cid:31)"]
        texts = [c["text"] for c in with_actual_text(page).chars]
    assert "fi" in texts and "".join(t for t in texts if t != "fi") == "".join(before)
