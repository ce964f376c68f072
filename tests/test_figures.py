"""Numbered paragraphs among an analysis's figures: a bar chart's axis along its foot or its rates at the margin
(parse/drawn_charts.py), infographic boxes of large figures (parse/figure_panels.py), rows that carry a paragraph's
number (ingest/numbered_rows.py) and a figure's source note (ingest/interrupted.py) are no paragraphs, nor any
paragraph's words. The files are FICTIONAL (tests/support/figures.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from inquiry_lessons.index.ingest.parse import parse
from inquiry_lessons.index.ingest.passages import cut_passages
from inquiry_lessons.index.types import Block
from tests.support import figures


def _numbered(path: Path) -> dict[str, tuple[int | None, str]]:
    return {p.paragraph: (p.page, p.text) for p in cut_passages(parse(path).blocks, "r") if p.paragraph}


@pytest.fixture(scope="module")
def chart(tmp_path_factory) -> dict[str, tuple[int | None, str]]:
    return _numbered(figures.chart_in_paragraph(tmp_path_factory.mktemp("figures") / "chart.pdf"))


def test_a_paragraph_runs_on_over_a_horizontal_bar_chart(chart):
    assert list(chart) == ["4.1", "4.2", "5.1", "5.2"]
    text = chart["4.1"][1]
    assert text.endswith("supervision was cancelled when\ncaseloads rose, which is when it was most needed.")
    assert "North" not in text and "Source" not in text and "0.5 1.0" not in text


def test_a_bar_charts_rates_at_the_margin_are_no_paragraph_numbers(tmp_path):
    got = _numbered(figures.rates_at_the_margin(tmp_path / "rates.pdf"))
    assert list(got) == ["2.1", "2.2", "2.3"]
    assert got["2.1"][1].endswith("was highest where the\nhealth visiting service had lost most staff.")
    assert got["2.2"][1].startswith("The partnership should ask each area")


def test_a_ruled_table_of_figures_is_no_chart(chart):
    """Rows of numbers under rules only (no bar, no curve) stay the paragraph's, as any table's rows do."""
    assert "10 20 30 40" in chart["5.1"][1]


@pytest.fixture(scope="module")
def boxes(tmp_path_factory) -> list:
    return cut_passages(parse(figures.infographic(tmp_path_factory.mktemp("figures") / "boxes.pdf")).blocks, "r")


def test_infographic_boxes_are_read_box_by_box_and_set_aside(boxes):
    numbered = {p.paragraph: (p.page, p.text) for p in boxes if p.paragraph}
    assert list(numbered) == ["3.1", "3.2", "3.3"]
    assert numbered["3.1"][1].startswith("The reviews found that practitioners")
    assert numbered["3.2"][1].endswith("a plan followed within weeks.")
    assert numbered["3.3"][1].startswith("The partnership's rate of reviews")
    aside = " ".join(p.text for p in boxes if p.paragraph is None)
    # each box's lines together, not spliced across the row
    assert "1 in 4\nreviews found no single agency held the whole history" in aside
    assert "3.5\naverage number of referrals before a plan" in aside
    assert "3.3\nreviews per 10,000 children" in aside


def _block(text: str) -> Block:
    return Block(text=text, kind="para", page=1)


def test_table_rows_numbered_as_the_paragraphs_after_them_are_no_paragraphs():
    rows = ["4.3 Information sharing", "4.4 Supervision", "4.5 Voice of the child"]
    prose = ["4.3 Information sharing was the theme found most often, in nineteen of the reviews.",
             "4.4 Supervision was found in fewer reviews, but where it was found it mattered a great deal.",
             "4.5 The voice of the child was missing from nine reviews, most of them about babies."]
    blocks = [_block("4.1 The analysis covered thirty-one reviews completed during the year."),
              _block("4.2 The table below gives each theme and the number of reviews it was found in."),
              *map(_block, rows), *map(_block, prose)]
    got = [(p.paragraph, p.text.split()[0]) for p in cut_passages(blocks, "r")]
    assert got == [("4.1", "The"), ("4.2", "The"), (None, "4.3"), ("4.3", "Information"), ("4.4", "Supervision"),
                   ("4.5", "The")]


def test_numbered_headings_over_their_sub_paragraphs_stay_headings():
    blocks = [_block("4.1 The analysis covered thirty-one reviews completed during the year."),
              _block("4.2 Information sharing"), _block("4.2.1 Information was not shared between the GP and school."),
              _block("4.3 Supervision"), _block("4.3.1 Supervision was cancelled when caseloads rose in the year.")]
    assert [p.paragraph for p in cut_passages(blocks, "r")] == ["4.1", "4.2.1", "4.3.1"]


def test_a_table_of_figures_over_a_page_break_is_neither_paragraphs_nor_footnotes(tmp_path):
    passages = cut_passages(parse(figures.table_over_a_break(tmp_path / "table.pdf")).blocks, "r")
    assert [(p.paragraph, p.page) for p in passages if p.paragraph] == [
        ("2.1", 1), ("2.2", 1), ("2.3", 1), ("2.4", 1), ("2.5", 2), ("3.1", 2)]
    rows = " ".join(p.text for p in passages if p.paragraph is None)
    assert "2.1 12 17% Yes" in rows and "3.1 13 24% Yes" in rows  # the rows at page 1's foot, kept
    assert "4.4 26 0% Partial" in rows


def test_a_tables_numbered_rows_inside_a_paragraph_are_set_aside_and_the_paragraph_goes_on():
    """A Word table whose first column reads "1.1 Neglect" cuts 2.3 off; its rows' numbers are the table's."""
    rows = ["Category | Reviews | Share", "1.1 Neglect | 14 | 45%", "1.2 Physical abuse | 9 | 29%",
            "1.3 Sexual abuse | 5 | 16%"]
    blocks = [_block("2.2 Neglect was the most common category of harm, as in each of the previous years."),
              _block("2.3 The categories of harm found are set out below, with the number of reviews in which"),
              *(Block(text=t, kind="para", page=1, table=7) for t in rows),
              _block("each was the main concern, and the share of all reviews that represents."),
              _block("2.4 Most notifications were made within five working days of the incident.")]
    got = [(p.paragraph, p.text) for p in cut_passages(blocks, "r")]
    assert [label for label, _ in got] == ["2.2", "2.3", None, "2.4"]
    assert got[1][1].endswith("reviews in which\neach was the main concern, and the share of all reviews that "
                              "represents.")
    assert got[2][1].startswith("Category | Reviews | Share\n1.1 Neglect | 14 | 45%")


def test_a_boxed_figure_numbered_as_the_next_paragraph_is_no_heading():
    blocks = [_block("3.1 The reviews found that practitioners did not add up what they saw over time."),
              _block("3.2 Where a chronology was made, it changed the picture, and a plan followed."),
              _block("3.3 Reviews per 10,000 children"),
              _block("3.3 The partnership's rate of reviews was close to that of similar areas over five years.")]
    assert [(p.paragraph, p.text.split()[0]) for p in cut_passages(blocks, "r")] == [
        ("3.1", "The"), ("3.2", "Where"), (None, "3.3"), ("3.3", "The")]


def test_a_figures_source_note_is_no_paragraphs_words():
    blocks = [_block("2.1 The partnership received 31 notifications in the year, a rate of 2.5 per 1,000."),
              _block("Figure 2: Concerns per 1,000 adults, 2020-21 to 2024-25 (fictional)"),
              _block("Source: the board's safeguarding data set (fictional data)."),
              _block("2.2 Neglect was the most common category of harm, as in each of the previous years."),
              _block("2.3 The chart shows that the rate was labelled “hard to"),
              _block("Source: the partnership's review log (fictional data)."),
              _block("reach”, yet the family attended nearly every appointment offered to them.")]
    got = [(p.paragraph, p.text) for p in cut_passages(blocks, "r")]
    assert [label for label, _ in got] == ["2.1", None, "2.2", "2.3", None]
    assert got[0][1].endswith("a rate of 2.5 per 1,000.") and got[1][1].startswith("Source: the board's")
    assert got[3][1].endswith("labelled “hard to\nreach”, yet the family attended nearly every appointment offered "
                              "to them.")


def test_a_tables_rows_read_as_one_block_under_a_repeated_header_are_no_paragraph():
    """A ruled table of figures whose rows ran together into one block ("3.1 Self-neglect ... 42 17% 3.2 ..."), its
    bold header row again over the rows on the next page, inside 2.4; 2.5 and 3.1 follow."""
    blocks = [_block("2.3 The adult safeguarding lead read the doubt about her capacity differently."),
              _block("2.4 The advocate was never invited to discuss the clutter, and the duty team that"),
              _block("Table 2: Themes found in the reviews, by reference (fictional)"),
              Block(text="Ref Theme Reviews Share", kind="heading", page=2, level=3),
              _block("3.1 Self-neglect and hoarding 42 17% 3.2 Mental capacity 38 15% 3.3 Hospital discharge 31 13%"),
              Block(text="Ref Theme Reviews Share", kind="heading", page=3, level=3),
              Block(text="3.4 Domestic abuse 14 6% 3.5 Financial abuse 12 5% 3.6 Transition from children’s "
                         "services 9 4%", kind="para", page=3),
              Block(text="winter had been exceptional. A fire safety visit took place once.", kind="para", page=3),
              Block(text="2.5 The mental health team saw the weight loss as important from the start.", kind="para",
                    page=3),
              Block(text="3.1 The pharmacist did not know that other services were worried about the flat.",
                    kind="para", page=3)]
    got = [(p.paragraph, p.page, p.text) for p in cut_passages(blocks, "r")]
    assert [(label, page) for label, page, _ in got] == [("2.3", 1), ("2.4", 1), (None, 2), ("2.5", 3), ("3.1", 3)]
    assert got[1][2].endswith("the duty team that\nwinter had been exceptional. A fire safety visit took place once.")
    assert "3.5 Financial abuse 12 5%" in got[2][2]
