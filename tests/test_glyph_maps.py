"""Paragraph numbers set in a font whose text map is broken (parse/glyph_names.py, clean.normalise_text): the
numbers are read as printed wherever the file says what its glyphs are (glyph names, the symbol-font convention,
compatibility forms), and a note's marker set on a number is not read as one of its figures. A paragraph set with
gaps for spaces among ordinary ones has its words apart (parse/word_gaps.py)."""
from __future__ import annotations

from pathlib import Path

import pytest

from inquiry_lessons.index.ingest.clean import normalise_text
from inquiry_lessons.index.ingest.parse import parse
from inquiry_lessons.index.ingest.parse.glyph_names import reading
from inquiry_lessons.index.ingest.passages import cut_passages
from tests.support.glyph_maps import PARAGRAPHS, VARIANTS, write


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_numbers_read_as_printed(tmp_path: Path, variant: str) -> None:
    passages = cut_passages(parse(write(tmp_path / f"{variant}.pdf", variant)).blocks, "orla")
    numbered = [(p.paragraph, p.text) for p in passages if p.paragraph]
    assert [n for n, _ in numbered] == [n for n, _ in PARAGRAPHS], VARIANTS[variant]
    for (_, text), (_, wanted) in zip(numbered, PARAGRAPHS, strict=True):
        assert text == wanted  # every word apart, as printed


class _Font:
    def __init__(self, fontname: str, mapped: dict[int, str]) -> None:
        self.fontname = fontname
        self.mapped = mapped

    def to_unichr(self, cid: int) -> str:
        return self.mapped[cid]


def test_a_symbol_face_keeps_its_private_characters() -> None:
    """U+F076 in Wingdings is a drawn mark, not "v"; in a text face with no glyph names it is "v"."""
    assert reading(_Font("ABCDEF+Wingdings-Regular", {0x76: "\uf076"}), {})(0x76) == "\uf076"  # type: ignore[arg-type]
    assert reading(_Font("ABCDEF+Calibri", {0x76: "\uf076"}), {})(0x76) == "v"  # type: ignore[arg-type]


def test_an_unnamed_glyph_keeps_its_map_and_a_named_one_is_read_by_name() -> None:
    font = _Font("ABCDEF+Body", {1: "\ue001", 2: "x"})
    read = reading(font, {2: "y"})  # type: ignore[arg-type]
    assert read(1) == "\ue001" and read(2) == "y"


@pytest.mark.parametrize(("text", "read"), [("4.2\u00b9 The panel", "4.2 The panel"),
                                            ("neglect\u00b2\u00b3 was", "neglect was"),
                                            ("\u201cquoted\u201d\u00b9 end", "\u201cquoted\u201d end"),
                                            ("x \u00b9 y", "x 1 y")])
def test_a_notes_marker_on_a_word_or_number_is_dropped(text: str, read: str) -> None:
    assert normalise_text(text) == read
