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
