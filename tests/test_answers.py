"""Answers on the fictional development store: the citation invariants, abstention, factor lists."""

from __future__ import annotations

from index.engine import NOT_SUPPORTED
from index.verify import answer_problems


def test_every_quote_is_verbatim_and_every_paragraph_exists(engine):
    from index.devset import load_questions

    extra = ["what do the reviews say about supervision?", "why did the problems persist?",
             "list the recommendations", "police", "what went wrong?", "information sharing between agencies"]
    cited = 0
    for q in [q["question"] for q in load_questions()] + extra:
        answer = engine.answer(q)
        assert answer_problems(answer, engine.store) == [], q
        for f in answer.factors:
            assert f.citations
            for c in f.citations:
                passage = engine.store.passages([c.passage_id])[c.passage_id]
                assert c.quote in passage.text
                assert c.paragraph is None or c.paragraph in engine.store.paragraphs(c.report_id)
                cited += 1
    assert cited > 100
    assert engine.citations_dropped == 0


def test_off_topic_questions_abstain(engine):
    for q in ["How do I reset my password?", "What is the best recipe for lasagne?",
              "Who won the football league in 1998?", "asdfgh qwerty zxcv"]:
        a = engine.answer(q)
        assert not a.answered, q
        assert a.factors == [] and a.passages == []
        assert a.message == NOT_SUPPORTED


def test_empty_question(engine):
    a = engine.answer("   ")
    assert not a.answered and a.message


def test_a_factor_list_comes_back_whole(engine):
    """A question about what affected practice returns every item of a lead-in + bullets paragraph."""
    from index.devset import load_questions

    lists = [p for rid in {r.report_id for r in engine.store.reports()} for p in engine.store.report_passages(rid)
             if p.text.count("\n• ") >= 3 and p.paragraph]
    assert lists
    target = lists[0]
    lead = target.text.split("\n")[0]
    answer = engine.answer(lead)
    assert answer.answered
    items = [ln[2:] for ln in target.text.split("\n") if ln.startswith("• ")]
    summaries = [f.summary for f in answer.factors]
    assert all(item in summaries for item in items), (items, summaries)
    assert load_questions()
