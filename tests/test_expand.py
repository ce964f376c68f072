"""Near-synonyms from content/thesaurus.yaml: which phrases a question brings in, and how keyword search
weighs them."""

from __future__ import annotations

import numpy as np
import yaml

from inquiry_lessons.content import content_dir
from inquiry_lessons.index.answer.expand import Thesaurus, load_thesaurus
from inquiry_lessons.index.store import sparse


def test_a_question_brings_in_the_other_phrases_of_its_groups():
    t = Thesaurus([["a&e", "accident and emergency", "emergency department"], ["gp", "family doctor"],
                   ["escalate", "raised concerns", "pushing for"]])
    assert t.expand("Why were repeated visits to A&E not picked up?") == ["accident and emergency",
                                                                         "emergency department"]
    assert t.expand("did the GPs know?") == ["family doctor"]  # a final "s"
    assert t.expand("staff kept Pushing For action") == ["escalate", "raised concerns"]
    # whole phrases only: "gpx", "paging" and "escalated" are not "gp" or "a&e" or "escalate"
    assert t.expand("gpx paging escalated") == []


def test_the_shipped_thesaurus_loads_and_keeps_each_phrase_to_one_group():
    groups = yaml.safe_load((content_dir() / "thesaurus.yaml").read_text(encoding="utf-8"))["groups"]
    phrases = [p.lower() for g in groups for p in g]
    assert len(phrases) == len(set(phrases))
    assert all(len(g) >= 2 for g in groups)
    t = load_thesaurus(None)
    assert "emergency department" in t.expand("what do reviews say about A&E?")
    # a word every report uses brings in nothing
    assert t.expand("what did the social worker tell the young people?") == []
    # a month or a role as practitioners shorten it is carried by the report's full word
    assert "health visitor" in t.expand("what did the HV do in sept?")
    assert "septemb" in t.word_alternates["sept"] and "februari" in t.word_alternates["feb"]
    # ... and so are a service, a document or a word as shortened in chat
    assert "pharmacist" in t.expand("did the chemist notice?") and "terms of reference" in t.expand("what was the ToR?")
    assert "children's social care" in t.expand("why wasnt CSC told?") and "medication" in t.expand("his meds")


def test_near_synonyms_find_what_the_question_words_alone_do_not(tmp_path):
    texts = ["The emergency department saw her four times in one year.",
             "Police officers attended the house twice.",
             "The school nurse referred her to the clinic."]
    sparse.build(tmp_path, [10, 11, 12], texts)
    index = sparse.SparseIndex(tmp_path)
    assert [pid for pid, _ in index.search("visits to A&E", 3)] == []
    found = index.search("visits to A&E", 3, extra="accident and emergency; emergency department")
    assert [pid for pid, _ in found] == [10]
    # with nothing to add, the scores are bm25s's own
    plain = index.search("police attended", 3)
    again = index.search("police attended", 3, extra="attended police")
    assert plain == again
    # near-synonyms together weigh no more than the question's own words
    own = index.search("emergency department", 3)[0][1]
    added = index.search("hospital", 3, extra="emergency department")
    assert added and np.isclose(added[0][1], own * 0.5, rtol=1e-5)


def test_a_phrase_of_several_words_is_carried_by_its_groups_one_word_phrases():
    t = Thesaurus([["deteriorated", "worsening", "went downhill"], ["mum", "mother"]])
    alternates = t.alternates_for("When did things go downhill? Mum said he went downhill fast")
    assert alternates["downhil"] == {"deterior", "worsen"}
    assert alternates["mum"] == {"mother"}  # one-word near-synonyms as before
    # a question without the phrase gets only the one-word near-synonyms
    assert "downhil" not in t.alternates_for("what did mum say?")
