"""Paragraph numbers as authors type them (sequence.typed_number, sequence.accepts, blocks._number_alone): odd spacing
and punctuation ("1. 2", "1 .3", "1,5", "(1.6)", "1.7)"), a number typed twice, two typed the wrong way round, and a
number on a line of its own above its text are each read as the paragraph's number, as printed, in a Word document and
in a PDF. The review is FICTIONAL (tests/support/typed_numbers.py)."""

from __future__ import annotations

import pytest

from inquiry_lessons.index.ingest.parse import parse
from inquiry_lessons.index.ingest.passages import cut_passages
from inquiry_lessons.index.ingest.sequence import accepts, typed_number
from tests.support import typed_numbers


@pytest.mark.parametrize("kind", ["docx", "pdf"])
def test_numbers_typed_oddly_are_read_as_printed(tmp_path, kind):
    write = typed_numbers.docx_file if kind == "docx" else typed_numbers.pdf_file
    got = [p for p in cut_passages(parse(write(tmp_path / f"typed.{kind}")).blocks, "r") if p.paragraph]
    assert [p.paragraph for p in got] == typed_numbers.labels()
    saw = [p for p in got if "times in the spring" in p.text]
    assert all(p.text.count("times in the spring") == 1 for p in saw)  # each paragraph its own, none run together
    assert [p.text.split(" times")[0].rsplit(" ", 1)[1] for p in saw][9:13] == ["10", "11", "12", "13"]
    assert "(c) nobody asked the child" in next(p.text for p in got if p.paragraph == "1.14")


def test_typed_forms_and_what_is_no_number():
    assert typed_number("4. 2 The school") == ("4.2", "The school")
    assert typed_number("(4.2) The school") == ("4.2", "The school")
    assert typed_number("4,2 The school") == ("4.2", "The school")
    assert typed_number("4.2 The school") is None  # the usual form: passages.ML_RE's
    assert typed_number("1,500 children") is None


def test_a_slip_is_read_but_a_jump_back_is_not():
    assert accepts((4, 6), (4, 6), (4, 7))  # typed twice, the numbering going on after it
    assert accepts((4, 7), (4, 9), (4, 8)) and accepts((4, 9), (4, 8), (4, 10))  # the wrong way round
    assert not accepts((4, 9), (4, 3), (4, 10))  # not a number well back
    assert not accepts((2, 2), (4, 12), (4, 13), back=lambda: (3, 1))  # another document's numbers quoted
