"""A review's numbered paragraphs retold in a newsletter (parse/carried_on.py): an article that stops at the foot of a
column with "Continued on page 4", a line of its own, and goes on after "Continued from page 2" over a later page's
column is read whole where it was cut, the other article between them after it; neither note is running matter nor
anyone's text. The newsletter is FICTIONAL (tests/support/newsletters.py)."""

from __future__ import annotations

import pytest

from inquiry_lessons.index.ingest.parse import parse
from inquiry_lessons.index.ingest.parse.carried_on import carried_on
from inquiry_lessons.index.ingest.passages import cut_passages
from inquiry_lessons.index.types import Block
from tests.support import newsletters


@pytest.fixture(scope="module")
def passages(tmp_path_factory) -> list:
    return cut_passages(parse(newsletters.newsletter(tmp_path_factory.mktemp("news") / "news.pdf")).blocks, "r")


def test_a_jumped_paragraph_is_read_whole_where_it_was_cut(passages):
    numbered = {p.paragraph: p for p in passages if p.paragraph}
    assert list(numbered) == [f"1.{k}" for k in range(1, 13)]
    assert numbered["1.11"].page == 2 and numbered["1.12"].page == 4
    assert numbered["1.11"].text.endswith("nobody outside the school knew where the\nfamily was living. The review "
                                          "describes this as the point at which the help she needed was lost.")
    text = " ".join(p.text for p in passages)
    assert "Continued on page" not in text and "Continued from page" not in text


def test_the_article_between_stays_its_own(passages):
    numbered = " ".join(p.text for p in passages if p.paragraph)
    assert "front door" not in numbered and "huddle" not in numbered


def test_a_note_on_a_block_of_its_own_pairs_with_the_note_over_the_rest():
    blocks = [Block(text="1.4 For four months nobody outside the school knew where the", kind="para", page=2),
              Block(text="Continued on page 4", kind="heading", page=2, level=3),
              Block(text="Meet the front door team", kind="heading", page=3, level=1),
              Block(text="The team handles around 400 contacts a month.", kind="para", page=3),
              Block(text="Continued from page 2", kind="heading", page=4, level=3),
              Block(text="family was living.", kind="para", page=4),
              Block(text="1.5 The partnership has agreed to share changes of address.", kind="para", page=4),
              Block(text="Training dates", kind="heading", page=4, level=1)]
    assert [b.text[:20] for b in carried_on(blocks)] == [
        "1.4 For four months ", "family was living.", "1.5 The partnership ", "Meet the front door ",
        "The team handles aro", "Training dates"]
    # ... and a note with no partner moves nothing
    assert carried_on(blocks[:4]) == blocks[:4]


def test_words_set_apart_by_position_in_narrow_columns_are_read_apart(tmp_path):
    """Blind round 76's columns.pdf, after its look: 8.5 pt justified columns whose words are placed with no space
    characters, 2.7 pt apart, under pdfplumber's fixed 3 pt gap, on a page with a few real spaces (a footer's), ran
    together ("metatAshwellTarninJanuary"): most long lines run together, so the page is read by the type's size
    (parse/pdf.py). (FICTIONAL.)"""
    got = [p for p in cut_passages(parse(newsletters.words_page(tmp_path / "words.pdf")).blocks, "r") if p.paragraph]
    assert [p.paragraph for p in got] == ["3.1", "3.2", "3.3", "3.4"]
    assert all("it met at Ashwell Tarn in January, and agency" in p.text for p in got)


@pytest.mark.parametrize("most", [40, 18], ids=["full", "third-column-ends-above-it"])
def test_a_pull_quote_in_large_type_with_no_box_is_read_as_a_box(tmp_path, most):
    """Blind round 76's columns.pdf, after its look: a pull quote in 15 pt italic across two of three columns, with no
    box round it, cut each column into a part above it and one below, read band by band; it now counts as a box
    (parse/spanning.pulled: the rectangle round its lines, widened by two of its letters' sizes), so that each column
    is read down past it and every paragraph is whole and in order. So too when the last column ends above the quote,
    so that the text below it shows one gutter of the two (spanning._goes_on). (FICTIONAL.)"""
    import pdfplumber

    from inquiry_lessons.index.ingest.parse.spanning import pulled

    path, ends = newsletters.pulled_page(tmp_path / "pulled.pdf", most=most)
    with pdfplumber.open(path) as pdf:
        (x0, top, x1, bottom), = pulled(pdf.pages[0])
    assert x0 < 217.5 and x1 > 555 - 12 and top < 330 + 20 and bottom > 330 + 38  # the baselines, from the top
    got = [p for p in cut_passages(parse(path).blocks, "r") if p.paragraph]
    assert [p.paragraph for p in got] == [f"3.{k}" for k in range(1, len(ends) + 1)]
    assert [p.text.endswith(end) for p, end in zip(got, ends, strict=True)] == [True] * len(ends)
    assert not any("waited for another" in p.text for p in got)


def test_a_pull_quote_that_repeats_a_paragraph_is_set_aside():
    """Blind round 76's e-mail newsletter, after its look: a boxed quotation repeating 2.1's words ran on as 2.2's
    last words (interrupted._pull_quotes); a quotation no paragraph repeats stays where it is."""
    from inquiry_lessons.index.ingest.passages import cut_passages as cut

    blocks = [Block(text=t, kind="para", page=1) for t in [
        "2.1 The landlord recorded the arrears but did not connect them with her failing health at any point.",
        "2.2 The hub responded to the husband's exhaustion promptly but in isolation, and closed the case.",
        "“The landlord recorded the arrears but did not connect them with her failing health.”",
        "2.3 The adult safeguarding lead saw the arrears as part of ordinary family life.",
        "“Nobody asked me what I wanted for my mother, not once in all those months.”"]]
    got = [(p.paragraph, p.text) for p in cut(blocks, "r")]
    assert got[1] == ("2.2", "The hub responded to the husband's exhaustion promptly but in isolation, and closed the "
                             "case.")
    assert got[-1][0] == "2.3" and got[-1][1].endswith("not once in all those months.”")


def test_an_in_this_issue_box_is_no_text():
    from inquiry_lessons.index.ingest.clean import Line, drop_contents

    texts = ["Partnership News (fictional)", "In this issue", "Child M: what the review found 1",
             "The new escalation policy 3", "Training dates for the summer 4",
             "3.2 The nursery manager read the older youth who waited outside differently from its partners."]
    page = [Line(text=t, page=1) for t in texts]
    assert [ln.text for ln in drop_contents([page])[0]] == [texts[0], texts[5]]
