"""The operating point: a question's measured support decides its answer as the engine does, and the
curve's rule picks each set's threshold from the seen splits only."""

from __future__ import annotations

from inquiry_lessons.index.answer.engine import Support
from inquiry_lessons.index.eval import UNTOUCHED
from inquiry_lessons.index.eval_curve import _rates, choose


def test_support_decides_as_the_engine_answers(engine):
    """``lessons eval --curve`` measures each question's support once and applies every threshold to it:
    that must give the engine's own decision at the settings in force."""
    from tests.support.devset import load_questions

    s = engine.settings.answer
    every = [q["question"] for q in load_questions()]  # a fixed number spread over every split, as the set grows
    questions = [*every[::max(1, len(every) // 150)], "", "What did the Wirral SCR find?"]
    for q in questions:
        assert engine.support(q).answered(s.min_sentence_score, s.min_card_score, s.list_margin) \
            == engine.answer(q).answered, q


def test_support_answers_on_a_list_or_either_threshold():
    assert not Support().answered(0.0, 0.0)
    assert Support(lists=True).answered(9.0, 9.0)
    assert Support(text=0.5).answered(0.5, 9.0) and not Support(text=0.5).answered(0.6, 0.0)
    assert Support(card=0.4).answered(9.0, 0.4) and not Support(card=0.4).answered(0.0, 0.5)


def test_a_list_answers_only_when_its_best_support_is_within_the_margin():
    assert Support(lists=True, text=0.5).answered(0.67, 0.48, 0.2) and Support(lists=True, card=0.3).answered(
        0.67, 0.48, 0.2)
    assert not Support(lists=True, text=0.45).answered(0.67, 0.48, 0.2)
    assert not Support(lists=True, card=0.25).answered(0.67, 0.48, 0.2)
    assert Support(lists=True, text=0.45).answered(0.67, 0.48, 1.0)  # 1.0: any list answers


def _row(weight: float, threshold: float, fictional: list[tuple[bool, bool, str]],
         library: list[tuple[bool, bool, str]]) -> dict:
    return {"support_weight": weight, "unknown_penalty": 0.0, "distinct_weight": 0.0, "list_margin": 1.0,
            "threshold": threshold,
            "fictional": _rates(fictional), "library": _rates(library)}


def test_each_set_gets_its_own_threshold_from_the_seen_splits_only():
    # (answerable, answered, split): at 0.3 the fictional set abstains on 1 of 2 seen unanswerable questions
    # (below its 0.90 target), at 0.5 on both; the library reaches its 0.80 target already at 0.3
    fict = {0.3: [(True, True, "tune"), (True, True, "held"), (False, True, "tune"), (False, False, "held")],
            0.5: [(True, True, "tune"), (True, False, "held"), (False, False, "tune"), (False, False, "held")]}
    lib = {0.3: [(True, True, "tune"), (False, False, "tune")], 0.5: [(True, False, "tune"), (False, False, "tune")]}
    untouched = [(False, True, UNTOUCHED)] * 5  # answered wrongly, but never looked at by the rule
    rows = [_row(0.6, t, fict[t] + untouched, lib[t]) for t in (0.3, 0.5)]
    best = choose(rows)
    assert best is not None
    assert (best["min_sentence_score"], best["min_card_score"]) == (0.5, 0.3)
    assert best["fictional"]["seen"] == [0.5, 1.0] and best["fictional"][UNTOUCHED] == [None, 0.0]


def test_the_blend_answering_most_on_both_sets_wins():
    good = [(True, True, "tune"), (False, False, "tune")]
    poor = [(True, False, "tune"), (False, False, "tune")]
    rows = [_row(0.45, 0.4, poor, good), _row(0.7, 0.4, good, good)]
    best = choose(rows)
    assert best is not None and best["support_weight"] == 0.7
