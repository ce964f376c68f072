"""The order of retrieved passages on the fictional development store: passages that hold no finding
come after those that do, and a list is ranked by its lead-in where that matches the question better."""

from __future__ import annotations

import re

from inquiry_lessons.index.answer.engine import Engine
from inquiry_lessons.index.answer.retrieve import Retriever
from inquiry_lessons.index.answer.summarise import holds_finding


def _holds(engine: Engine, hits) -> list[bool]:
    return [holds_finding(h.passage, engine.report(h.passage.report_id).year) for h in hits]


FRONT = ["Who did the reviewer thank for giving their time to the review?",
         "Who commissioned the Saltmarsh review and why?", "What does ACS stand for in the Harrowfield SAR?",
         "How long did the Kestrel Vale inquiry take and how many documents did it read?"]


def test_passages_holding_no_finding_follow_those_that_do(engine, monkeypatch):
    """Forewords, acknowledgements, title lines and glossary rows never give a factor: they come after every
    passage that can, which at the store's size puts them out of an answer's places."""
    from tests.support.devset import load_questions

    for q in [q["question"] for q in load_questions()[:40]] + FRONT:
        held = _holds(engine, engine.retrieve(q, top_k=10))
        assert held == sorted(held, reverse=True), q  # every True before every False
    monkeypatch.setattr(Retriever, "_findings_first", lambda self, ranked, passages, process_later=True: ranked)
    before = [_holds(engine, engine.retrieve(q, top_k=10)) for q in FRONT]
    assert sum(h.count(False) for h in before) >= 4, before  # without the rule they took an answer's places


def test_how_the_review_was_done_follows_the_case_unless_asked(engine):
    """A review's method, scope and terms of reference name the child and the agencies, so they match questions
    about the case that they do not answer: they follow the passages that can answer, unless the question is
    about the review's own work ("who did the inquiry talk to")."""
    from inquiry_lessons.index.answer.findings import ABOUT_THE_REVIEW, in_process_section

    asked = ["What was Rowan trying to tell the staff at Birchwood, and why did nobody understand?",
             "Larkfield did a lot of Rowan's social work visits by video. Why didn't that work for him?"]
    for q in asked:
        hits = engine.retrieve(q, top_k=10)
        tiers = [0 if not ok else 1 if in_process_section(h.passage) else 2
                 for h, ok in zip(hits, _holds(engine, hits), strict=True)]
        assert tiers == sorted(tiers, reverse=True), q
    about = "Who did the Kestrel Vale inquiry talk to, and what did it read?"
    assert ABOUT_THE_REVIEW.search(about) and not any(ABOUT_THE_REVIEW.search(q) for q in asked)
    # who did the review and how long it took are its own work too; a case's events are not
    for q in ("Who ran the Tarrowby review and what was their background?", "who chaired the inquiry",
              "why did the Pellingford review take longer than planned?", "the review's author - who?"):
        assert ABOUT_THE_REVIEW.search(q), q
    assert not ABOUT_THE_REVIEW.search("Who ran the house where Graham lived, and why did the move take so long?")
    assert any(in_process_section(h.passage) for h in engine.retrieve(about, top_k=5))


def test_a_list_is_ranked_by_its_lead_in(dev_store, embedder, settings):
    """Northmoor 1.2.2 ("The review used a systems methodology and drew on the following sources of
    information:" and five bullets) answers a question worded unlike "factors" or "reasons" by its lead-in;
    without the lead-in rule its bullets bury it below the top ten."""
    question = "How did the Northmoor reviewer gather evidence?"
    target = ("fict-northmoor-scr-2019", "1.2.2")
    ranks = {}
    for weight in (0.0, 1.0):
        s = settings.model_copy(update={"retrieval": settings.retrieval.model_copy(update={"lead_in_weight": weight})})
        engine = Engine(dev_store, s, embedder=embedder)
        scope = engine.scoper.scope(question)  # the question's own words (engine._query would ask for lessons)
        hits = engine.retriever.search(scope.query, top_k=10, report_ids=scope.report_ids, asked=question).hits
        refs = [(h.passage.report_id, h.passage.paragraph) for h in hits]
        ranks[weight] = refs.index(target) if target in refs else len(refs)
        engine.close()
    assert ranks[1.0] == 0 and ranks[0.0] > 2, ranks


def test_questions_asking_for_a_list_in_everyday_words():
    """A practitioner asks for the factors without the word: "what stopped ...", "what got in the way ...".
    Questions about one fact are not list questions."""
    from inquiry_lessons.index.answer.retrieve import LIST_QUESTION

    lists = ["What stopped the agencies passing on what they knew?", "What got in the way of joint working?",
             "What was it about the people in charge that let the abuse carry on?", "How come nobody noticed?",
             "What are the key takeaways from the review?", "What lessons are there about supervision?",
             "Why was the plan closed?", "What were the factors?", "What prevented an assessment before the birth?"]
    facts = ["How many times was Child B reported missing?", "Who commissioned the Saltmarsh review?",
             "When was the strategy meeting held?", "Did the GP know about the injury?"]
    assert all(LIST_QUESTION.search(q) for q in lists), [q for q in lists if not LIST_QUESTION.search(q)]
    assert not any(LIST_QUESTION.search(q) for q in facts), [q for q in facts if LIST_QUESTION.search(q)]


def test_what_a_named_review_was_asked_to_do_is_its_remit(engine):
    """A question on a review's remit, worded unlike it ("terms of ref", "asked to look into"), is answered by the
    lead-in that states it ("The partnership asked the review to focus on the following questions:"), first, and
    the answer is that remit alone."""
    for question, rid in [("what were the terms of ref for the Thistlebury CSPR?", "fict-thistlebury-cspr-2025"),
                          ("what was the Scarrowby SAR asked to look into?", "fict-scarrowby-sar-2018")]:
        hits = engine.retrieve(question, top_k=5)
        assert hits[0].passage.report_id == rid and hits[0].passage.paragraph == "1.3", question
        answer = engine.answer(question)  # the remit whole and alone, or nothing: never the findings instead
        assert {c.paragraph for f in answer.factors for c in f.citations} <= {"1.3"}, question
    assert engine.answer("what was the Scarrowby SAR asked to look into?").answered


def test_a_remit_is_no_factor_for_a_question_that_does_not_ask_for_it(engine):
    """After fresh45's look (zy14, zy20; fresh44 zx22 before them): a review's remit ("The Board asked the review to
    consider: • how the ambulance service ... responded to her frequent calls") says what was asked, not what was
    found; questions on other things were answered from it, within the list margin. It answers only a question on
    the remit; for any other its passage gives no factor (and the remit question still gets it whole)."""
    from inquiry_lessons.index.answer.findings import REMIT_TEXT

    for question in ["Kevin in Daventhorpe and Nora in Scarrowby were both let out of hospital at a ridiculous hour. "
                     "What does each review say about sending people out at that time?",
                     "discharge coordinator. someone goes out end of week and the paid visits that were arranged for "
                     "him dont turn up for days. what went on in the ellerdyke case"]:
        answer = engine.answer(question)
        cited = [c.passage_id for f in answer.factors for c in f.citations]
        texts = engine.store.passages([p for p in cited if p is not None])
        assert not any(REMIT_TEXT.search(p.text) for p in texts.values()), question
    answer = engine.answer("what was the Scarrowby SAR asked to look into?")
    assert answer.answered and {c.paragraph for f in answer.factors for c in f.citations} == {"1.3"}


def test_a_remit_question_naming_its_review_by_what_happened_finds_that_reviews_remit(engine):
    """"The terms of ref for the review about the man in the tent" names no report: the remits of the reports the
    question is most about are candidates, and the likeliest report's remit comes first."""
    hits = engine.retrieve("what were the terms of ref for the review about the man sleeping in a tent by the river?",
                           top_k=5)
    assert (hits[0].passage.report_id, hits[0].passage.paragraph) == ("fict-daventhorpe-sar-2025", "3")


def test_a_question_asking_for_lessons_gets_the_list_that_announces_them_first(engine, monkeypatch):
    """"top learning points from the gorsefield SCR about the pregnant 15 yr old?" (fresh18 x38): the list whose
    lead-in announces the review's learning comes first, not passages that match the question's other words; without
    the rule it came sixth. Asked for lessons, every such question measured rose or stayed (BENCHMARKS.md,
    twenty-seventh round). Measured on the question's own words: a named review's lessons asked in other words are
    now also asked as "what are its lessons?" (the test below)."""
    import re

    from inquiry_lessons.index.answer import retrieve

    question = "top learning points from the gorsefield SCR about the pregnant 15 yr old?"
    gold = {(g["report_id"], g["paragraph"]) for q in _questions() if q["id"] == "x38" for g in q["gold"]}
    ranks = []
    for rule in (retrieve.LESSONS, re.compile(r"(?!)")):
        monkeypatch.setattr(retrieve, "LESSONS", rule)
        scope = engine.scoper.scope(question)  # the question's own words (engine._query would ask for lessons)
        hits = engine.retriever.search(scope.query, top_k=10, report_ids=scope.report_ids, asked=question).hits
        refs = [(h.passage.report_id, h.passage.paragraph) for h in hits]
        ranks.append(next((i for i, ref in enumerate(refs) if ref in gold), len(refs)))
    assert ranks[0] == 0 and ranks[1] > 2, ranks


def _questions() -> list[dict]:
    from tests.support.devset import load_questions

    return load_questions()


def test_asked_for_a_named_reviews_lessons_in_other_words_the_answer_is_its_list_of_lessons(engine):
    """"main takeaways from the crickmoor rapid review about the toddler left alone at night" asks what "what are its
    lessons?" asks: the case's words are the report's own (fresh30 zj27, zj38 and eleven more of every split's factor
    questions answered from the lessons list; BENCHMARKS.md, twenty-eighth round). The list whose lead-in announces
    the lessons is the answer, whole, not the remit or the background. A topic of its own, or one the review never
    uses, is still declined."""
    for question, rid, para in [
            ("we run a childminding network. what are the main takeaways from the crickmoor rapid review about the "
             "toddler left alone at night?", "fict-crickmoor-rr-2025", "40"),
            ("headline learning from the loxwell review for our governors, bullet points", "fict-loxwell-ilr-2025",
             "5.1")]:
        answer = engine.answer(question)
        assert {(c.report_id, c.paragraph) for f in answer.factors for c in f.citations} == {(rid, para)}, question
    for question in ["what lessons did the loxwell review draw about pensions?",
                     "any lessons from the loxwell review on playground supervision?"]:
        answer = engine.answer(question)
        assert not answer.answered and "Loxwell" in (answer.message or ""), question


def test_asked_why_of_a_named_review_the_answer_is_its_list_of_reasons(engine):
    """"dunholt review - why did it take so long ..." (fresh31 zk12, after its look, and eleven more factor questions
    of the seen splits; BENCHMARKS.md, twenty-eighth round): when the first passage of the named review is a list
    whose lead-in gives reasons ("The review found several reasons why Leyla was not found sooner:"), that list is
    the answer, whole."""
    answer = engine.answer("dunholt review - why did it take so long for anyone to realise leyla was still in town?")
    cited = {(c.report_id, c.paragraph) for f in answer.factors for c in f.citations}
    assert cited == {("fict-dunholt-cmer-2025", "32")}


def test_asked_why_nobody_saw_it_the_answer_is_the_list_of_reasons_after_what_each_agency_knew(engine, monkeypatch):
    """"why did nobody spot that the grandson was the one pulling the strings" (fresh12 r03, and six more factor
    questions of the seen splits; BENCHMARKS.md, thirty-third round): a paragraph telling what each agency knew
    comes first, and the review's list of reasons second. A question asking why nobody saw or did something is
    answered by that list, whole, when it is among the first three; one asking why a service did what it did keeps
    its own paragraph ("why did CAMHS turn Amber down", fresh5 j06), as it did before."""
    from inquiry_lessons.index.answer import engine as engine_module

    def cited(question: str) -> list[tuple[str, str]]:
        return [(c.report_id, c.paragraph) for f in engine.answer(question).factors for c in f.citations]

    gold = next({(g["report_id"], g["paragraph"]) for g in q["gold"]} for q in _questions() if q["id"] == "r03")
    question = "Why did nobody spot that the grandson was the one pulling the strings in Arthur's home?"
    assert cited(question) and set(cited(question)) <= gold, cited(question)
    j06 = "why did CAMHS turn Amber down, and how long was she left waiting for counselling after that?"
    kept = cited(j06)
    monkeypatch.setattr(engine_module, "UNSEEN", re.compile(r"(?!)"))  # without the rule: declined
    assert not engine.answer(question).answered
    assert cited(j06) == kept and len(kept) > 1


def test_asked_why_nobody_saw_it_when_no_list_comes_first_the_reviews_own_reasons_are_found(engine, monkeypatch):
    """"why did it take so long for anyone to twig the girl from hazelwell was at serious risk" (fresh34 zn19, and
    six more factor questions, among them fresh36 zp19 after its look; BENCHMARKS.md, thirty-third round): no list
    is among the first three passages the asker's words find in the named review, so the standard question for its
    reasons is asked of it, and the list of reasons that finds is the answer whole. Without it: declined."""
    gold = next({(g["report_id"], g["paragraph"]) for g in q["gold"]} for q in _questions() if q["id"] == "zn19")
    question = "why did it take so long for anyone to twig the girl from hazelwell was at serious risk?"
    cited = [(c.report_id, c.paragraph) for f in engine.answer(question).factors for c in f.citations]
    assert cited and set(cited) <= gold, cited
    monkeypatch.setattr(Engine, "_unseen_list", lambda self, question, report_ids, hits: None)
    assert not engine.answer(question).answered


def test_a_remit_asked_in_other_words_is_found_by_its_lead_in():
    """"what was the dunholt reviewer told to dig into" asks for a remit, and "The author was asked by the subgroup to
    examine:" before its bullets states one (fresh31 zk03, after its look); "was asked to look at four questions:"
    in running text does not (it had taken the first place from the remit a question asked for)."""
    from inquiry_lessons.index.answer.findings import REMIT_QUESTION, REMIT_TEXT

    assert REMIT_QUESTION.search("what was the dunholt reviewer told to dig into, re the 13 yr old?")
    assert REMIT_QUESTION.search("what was the author asked to look at?")
    assert REMIT_QUESTION.search("what was the chair told to look into, re the 9 yr old?")  # fresh32 zl03
    assert REMIT_TEXT.search("The author was asked by the subgroup to examine:\n• how the school decided")
    assert not REMIT_TEXT.search("The review was asked to look at four questions: how well the pre-birth plan worked")


def test_a_named_reviews_remit_asked_by_what_happened_is_the_answer_whole(engine, monkeypatch):
    """"remit for the ashbeck inquiry into the retired trucker who died in a blaze at his place with his o2 on?"
    (fresh33 zm03; with zb04 and ze09, after fresh36's look, not held-out): the named review's remit comes first,
    but the asker's words (the case) are far from its lead-in and items, so no item reached the support a factor
    needs and the question was declined. A named review's remit, asked for and found first, is the answer whole.
    "The board asked the independent reviewer to consider" states a remit too (ze09)."""
    from inquiry_lessons.index.answer.findings import REMIT_TEXT
    from inquiry_lessons.index.answer.summarise import Summariser

    gold = next({(g["report_id"], g["paragraph"]) for g in q["gold"]} for q in _questions() if q["id"] == "zm03")
    question = next(q["question"] for q in _questions() if q["id"] == "zm03")
    answer = engine.answer(question)
    cited = [(c.report_id, c.paragraph) for f in answer.factors for c in f.citations]
    assert len(answer.factors) >= 4 and set(cited) == gold, cited
    assert REMIT_TEXT.search("The board asked the independent reviewer to consider the following questions:")
    monkeypatch.setattr(Summariser, "whole", lambda self, hit, reports: [])
    assert not engine.answer(question).answered


def test_a_name_one_report_alone_writes_names_its_case(engine):
    """The scoper's ``case`` (``cases.TextNames``): "hazelwell" is written as a name ("Hazelwell House"), nearly only
    by one report; "rook" ("Rook Lane") and "oakmere" ("Oakmere Hospital") are too, in a passage or two of one
    report only, as the name of a place, so they name its case (fresh42 zv30, after its look: "the oakmere review" was
    said not to be held); "foundation" ("... NHS Foundation Trust") is no place; "missing" and "review" are no
    names. A question describing the case
    by the name is answered from that report alone, or declined with a message saying which case it seemed to be
    about. (FICTIONAL reports.)"""
    assert engine.scoper.case("hazelwell") == "fict-marrowby-mfclr-2025"
    assert engine.scoper.case("rook") == "fict-selbridge-clr-2025"
    assert engine.scoper.case("oakmere") == "fict-wythenby-issar-2025" and engine.scoper.case("foundation") is None
    assert engine.scoper.case("missing") is None and engine.scoper.case("review") is None
    answer = engine.answer("were a runaway kids sub group. whats the learning from the hazelwell girls case")
    assert answer.factors and {c.report_id for f in answer.factors for c in f.citations} == {"fict-marrowby-mfclr-2025"}
    answer = engine.answer("did the girl from hazelwell ever go to a pottery class at the leisure centre?")
    assert not answer.answered and (answer.message or "").startswith("The question seems to be about Marrowby")


def test_after_a_situation_factors_are_ranked_by_what_is_asked(engine):
    """Library fresh47 L1426 and L1428, after its look: a practitioner's situation told before the question ("our
    team manager covers three teams ... what did the reviews find about managers too stretched to oversee the
    casework") pulled the factors most like the situation first. What the reports are asked about
    (:func:`.query.asked_about`) ranks the factors; the whole question still decides whether they support it."""
    situation = ("our health visitors close cases after two missed appointments and the school nurse never hears. "
                 "what did the reviews find about supervision and managers checking the work")
    found = engine._search(situation, None, None)
    assert found.asked is not None
    assert engine._search("what did the reviews find about supervision?", None, None).asked is None
    question_vec, hits, reports, min_dense, focus, distinct, _ = found.scoring()
    plain = engine.summariser.scored(question_vec, hits, reports, min_dense, focus, distinct)
    assert plain is not None and len(plain[0]) >= 2
    last = min(plain[0], key=lambda u: u.score)  # the factor ranked last when the whole question ranks them
    asked = engine.embedder.embed_batch([last.text])[0]
    ranked = engine.summariser.scored(question_vec, hits, reports, min_dense, focus, distinct, asked)
    assert ranked is not None
    assert max(ranked[0], key=lambda u: u.score).text == last.text  # ... is first when what is asked is its words
    assert [u.support for u in ranked[0]] == [u.support for u in plain[0]]  # support is the whole question's


def test_a_name_of_ordinary_words_before_a_job_is_the_askers_work(engine):
    """Elmstow's "Early Help Learning Review" goes by "early help"; "early help manager" and "as an early help worker"
    say what the asker does, not which report (fresh53 yg07, after its look: a question naming Marlden was answered
    from Elmstow's review). "The early help review" still names it. (FICTIONAL reports.)"""
    scope = engine.scoper.scope("early help manager, our queue is huge. in marlden the help in the house stopped early")
    assert scope.report_ids == {"fict-marlden-rlr-2025"}
    assert engine.scoper.scope("as an early help worker, what do reviews say about supervision?").report_ids is None
    assert engine.scoper.scope("the early help review - why did it go wrong?").report_ids == {"fict-elmstow-ehlr-2024"}
