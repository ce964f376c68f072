"""Near-synonyms in a question's focus (index/answer/thesaurus.py, support.py). Sentences are invented."""

from __future__ import annotations

import yaml

from inquiry_lessons.content import content_dir
from inquiry_lessons.index.answer.support import focus_of
from inquiry_lessons.index.answer.thesaurus import Thesaurus, load, stems

GROUPS = [["missing episode", "went missing", "ran away", "ran off", "absconded"],
          ["caseload", "workload", "too many cases"],
          ["was not brought", "did not attend", "dna", "missed appointment"],
          ["a&e", "emergency department"]]


def idf(terms: list[str]) -> dict[str, float]:
    return dict.fromkeys(terms, 1.0)


def test_a_phrase_in_the_question_brings_its_group():
    t = Thesaurus(GROUPS)
    assert t.matches("Why were the times the girl ran off not taken seriously?") == [(("ran", "off"), 0)]
    alts = t.alternatives("Why were the times the girl ran off not taken seriously?", ["ran", "girl"])
    assert ("miss", "episod") in alts["ran"] and "girl" not in alts


def test_phrases_match_whole_runs_of_words_and_the_longest_wins():
    t = Thesaurus(GROUPS)
    assert t.matches("who brought her to the clinic") == []  # "brought" alone is not "was not brought"
    assert t.matches("the mother said she was not brought to the appointment") == [(("was", "not", "brought"), 2)]
    assert t.matches("she went to A&E twice") == [(("a&e",), 3)]
    assert stems("A&E") == ["a&e"]


def test_coverage_counts_a_sentence_that_uses_another_phrase_of_the_group():
    plain = focus_of("Did she keep running off from the care home?", idf)
    with_thesaurus = focus_of("Did she keep running off from the care home?", idf,
                              thesaurus=Thesaurus([["missing episodes", "running off"]]))
    sentence = "The home recorded eleven missing episodes in four months."
    assert with_thesaurus.coverages([sentence])[0] > plain.coverages([sentence])[0]


def test_the_shipped_thesaurus_loads_and_no_term_is_in_two_groups():
    path = content_dir() / "thesaurus.yaml"
    assert len(load(path)) >= 100
    terms = [term for group in yaml.safe_load(path.read_text(encoding="utf-8"))["groups"] for term in group]
    assert all(term == term.lower() for term in terms) and len(terms) == len(set(terms))


def test_an_absent_file_gives_an_empty_thesaurus(tmp_path):
    assert len(load(tmp_path / "none.yaml")) == 0
