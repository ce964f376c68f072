"""Lessons for daily digests and 7-minute briefings: from a store of full text without cards (the fictional
development set), from lesson cards only (the bundled library), and from cards over a report's full
text; and their rendering as single Telegram messages."""

from __future__ import annotations

import dataclasses
import itertools
from html.parser import HTMLParser
from pathlib import Path

import pytest

from inquiry_lessons.bot.lesson_render import render_briefing, render_lesson, shorten
from inquiry_lessons.bot.render import LIMIT
from inquiry_lessons.index.answer.engine import Engine
from inquiry_lessons.index.answer.verify import citation_problem
from inquiry_lessons.index.lessons import Lesson, LessonPool
from inquiry_lessons.index.settings import Settings
from inquiry_lessons.index.types import Citation, Factor

NORTHMOOR = "fict-northmoor-scr-2019"


@pytest.fixture(scope="module")
def dev_pool(engine) -> LessonPool:
    return LessonPool(engine)


@pytest.fixture(scope="module")
def card_engine(tmp_path_factory: pytest.TempPathFactory, embedder):
    """The bundled lessons library: lesson cards only, no report text."""
    from inquiry_lessons.index.ingest.library import build_default_store

    store = tmp_path_factory.mktemp("cards") / "store"
    build_default_store(store, Settings(), embedder, "test")
    eng = Engine(store, Settings(), embedder).load()
    yield eng
    eng.close()


@pytest.fixture(scope="module")
def card_pool(card_engine) -> LessonPool:
    return LessonPool(card_engine)


@pytest.fixture(scope="module")
def mixed_engine(tmp_path_factory: pytest.TempPathFactory, dev_docs: list[Path], embedder):
    """A fictional report's full text plus test cards on it (our test wording about fictional text):
    one with a verified paragraph, one with no reference, one recommendation, and one whose paragraph
    says something else."""
    from inquiry_lessons.index.ingest import embed_passages, prepare
    from inquiry_lessons.index.store import write_reports
    from inquiry_lessons.index.types import CardMeta, IndexedReport, Passage

    settings = Settings()
    prep = prepare(next(d for d in dev_docs if d.name == f"{NORTHMOOR}.pdf"), settings)

    def card(n: int, text: str, kind: str, theme: str, paragraph: str | None,
             lst: str | None = None) -> Passage:
        return Passage(report_id=NORTHMOOR, text=text, paragraph=paragraph, ordinal=n, source_kind="summary",
                       verified=paragraph is not None,
                       card=CardMeta(card=f"test-northmoor#{n}", kind=kind, list=lst, themes=[theme],
                                     source_type="primary"))

    cards = [card(1, "Supervision of Child B's case tracked tasks, not what was happening to her.", "finding",
                  "supervision-oversight", "4.7.1"),
             card(2, "Nobody looked at the pattern of Child B's missing episodes.", "finding",
                  "looked-after-missing", None, lst="test list of findings"),
             card(3, "Step-down decisions in exploitation cases should get a second manager's review.",
                  "recommendation", "supervision-oversight", "Recommendation 5"),
             card(4, "Policies and procedures were poorly understood by frontline staff.", "context",
                  "policy-procedure-thresholds", "4.7.1")]
    passages = prep.passages + cards
    vectors, units = embed_passages(embedder, passages, settings.embedding.embed_batch_size)
    store = tmp_path_factory.mktemp("mixed") / "store"
    write_reports(store, [IndexedReport(prep.report, passages, vectors, units)], embedder.model_id, embedder.dim)
    eng = Engine(store, settings, embedder).load()
    yield eng
    eng.close()


def _labels(engine: Engine) -> dict[str, str]:
    return {t.id: t.label for t in engine.summariser.themes}


class _Tags(HTMLParser):
    ALLOWED = frozenset({"b", "i", "u", "s", "code", "pre", "a"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.text = ""

    def handle_starttag(self, tag, attrs):
        if tag not in self.ALLOWED:
            self.errors.append(f"unexpected <{tag}>")
        self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack.pop() != tag:
            self.errors.append(f"unbalanced </{tag}>")

    def handle_data(self, data):
        self.text += data


def _well_formed(html: str) -> str:
    """The message's text, after checking it fits one message and its tags balance."""
    assert len(html) <= LIMIT
    p = _Tags()
    p.feed(html)
    p.close()
    assert not p.errors and not p.stack, (p.errors, p.stack)
    return p.text


def _check_citations(pool: LessonPool) -> None:
    store = pool.engine.store
    for x in pool.lessons:
        assert x.factor.citations
        for c in x.factor.citations:
            assert citation_problem(c, store) is None, (x.key, citation_problem(c, store))
            if c.source_kind == "report":
                text = store.passages([c.passage_id])[c.passage_id].text
                assert c.quote in text and x.factor.summary in text, x.key
        if x.why_citation is not None:
            assert citation_problem(x.why_citation, store) is None
            text = store.passages([x.why_citation.passage_id])[x.why_citation.passage_id].text
            assert x.why and x.why in text and x.why != x.factor.summary


def _check_rotation(pool: LessonPool, theme: str | None = None) -> None:
    size = len([x for x in pool.lessons if theme is None or x.theme == theme])
    history: list[str] = []
    for _ in range(size + 3):
        x = pool.pick(history, theme)
        assert x is not None and (theme is None or x.theme == theme)
        history.append(x.key)
    assert len(set(history[:size])) == size  # nothing repeats until every lesson has been given
    for n in range(size, len(history) + 1):  # and after that, least-delivered first
        counts = [history[:n].count(x.key) for x in pool.lessons if theme is None or x.theme == theme]
        assert max(counts) - min(counts) <= 1
    if len({x.report_id for x in pool.lessons}) > 1 and theme is None:
        runs = sum(pool.get(a).report_id == pool.get(b).report_id for a, b in itertools.pairwise(history))
        assert runs <= size // 4, runs  # consecutive lessons come from different reports where they can


# -- the fictional full-text store (no cards) -------------------------------------------------------
def test_full_text_lessons_quote_the_report(dev_pool):
    assert len(dev_pool) >= 12
    _check_citations(dev_pool)
    for x in dev_pool.lessons:
        assert x.kind == "passage" and x.quoted
        assert x.key.startswith(f"text:{x.report_id}:")
        assert len(x.factor.summary.split()) >= 8
        assert x.theme is None or x.theme in _labels(dev_pool.engine)
    assert {x.report_id for x in dev_pool.lessons} == set(dev_pool.engine.store.full_text_reports())
    assert len({x.key for x in dev_pool.lessons}) == len(dev_pool)
    assert any(x.why for x in dev_pool.lessons)


def test_pool_is_deterministic(engine, dev_pool):
    assert [x.key for x in LessonPool(engine).lessons] == [x.key for x in dev_pool.lessons]


def test_pick_rotates_without_repeats(dev_pool):
    _check_rotation(dev_pool)
    first = dev_pool.pick([])
    assert first is dev_pool.lessons[0]
    second = dev_pool.pick([first.key])
    assert second.report_id != first.report_id and second.theme != first.theme


def test_pick_by_theme_and_unknown_history(dev_pool):
    theme = max({x.theme for x in dev_pool.lessons},
                key=lambda t: sum(x.theme == t for x in dev_pool.lessons))
    _check_rotation(dev_pool, theme)
    assert dev_pool.pick([], "no-such-theme") is None
    x = dev_pool.pick(["text:gone-report:1.1", "card:gone#1"])
    assert x is dev_pool.pick([])
    y = dev_pool.pick([x.key, "card:gone#2"])  # an unknown key after the last known one is ignored too
    assert y is dev_pool.pick([x.key])
    assert dev_pool.get("card:gone#1") is None and dev_pool.get(x.key) is x


def test_prompts_rotate_and_fall_back(dev_pool):
    theme = "supervision-oversight"
    assert dev_pool.prompt(theme, 0) != dev_pool.prompt(theme, 1)
    assert dev_pool.prompt(theme, 0) == dev_pool.prompt(theme, 2)
    assert dev_pool.prompt(None, 0) and dev_pool.prompt("no-such-theme", 3)
    assert "ours" in dev_pool.prompt_label


def test_render_a_quoted_lesson(dev_pool):
    labels = _labels(dev_pool.engine)
    for x in dev_pool.lessons:
        html = render_lesson(x, labels, dev_pool.prompt(x.theme, 0), dev_pool.prompt_label)
        text = _well_formed(html)
        assert f"“{x.factor.summary}”" in text
        assert "Lesson of the day" in text and "For discussion" in text and dev_pool.prompt_label in text
        if x.theme:
            assert labels[x.theme] in text
        if x.why:
            assert f"Why it matters\n“{x.why}”" in text


def test_a_huge_lesson_is_shortened_to_one_message(dev_pool):
    x = next(x for x in dev_pool.lessons if x.why)
    words = " ".join(["The review & <its> \"panel\" found that agencies did not share information."] * 200)
    huge = dataclasses.replace(x, factor=x.factor.model_copy(update={"summary": words}), why=words)
    text = _well_formed(render_lesson(huge, _labels(dev_pool.engine), "A prompt?", "Prompt (ours)"))
    assert "…" in text and "For discussion" in text
    one_word = dataclasses.replace(x, factor=x.factor.model_copy(update={"summary": "x" * 9000}), why=None)
    _well_formed(render_lesson(one_word, {}, "A prompt?", "Prompt (ours)"))
    assert shorten("One. Two three four.", 8) == "One. …"
    assert shorten("alpha beta gamma", 11) == "alpha beta…"


def test_briefing_from_full_text(dev_pool):
    reports = dev_pool.briefing_reports()
    assert NORTHMOOR in reports
    for rid in reports:
        b = dev_pool.briefing(rid)
        assert b is not None and b.report_id == rid
        assert len(b.found) >= 2 and b.happened and b.differently and len(b.questions) == 2
        for f in b.happened + b.found + b.differently:
            assert f.citations
            for c in f.citations:
                assert c.report_id == rid and citation_problem(c, dev_pool.engine.store) is None
        for f in b.differently:
            assert "should" in f.summary.lower() or "recommend" in f.summary.lower()
        text = _well_formed(render_briefing(b, _labels(dev_pool.engine)))
        for heading in ("7-minute briefing: " + b.report_label, "What happened", "What was found",
                        "What to do differently", "Questions for supervision", b.prompt_label):
            assert heading in text
        assert all(q in text for q in b.questions)
    assert dev_pool.briefing("no-such-report") is None


def test_a_huge_briefing_fits_one_message(dev_pool):
    b = dev_pool.briefing(NORTHMOOR)
    long = "The review found that agencies did not share what they knew. " * 120
    big = dataclasses.replace(b, found=[f.model_copy(update={"summary": long}) for f in b.found] * 3,
                              overview=long)
    text = _well_formed(render_briefing(big, _labels(dev_pool.engine)))
    assert "What to do differently" in text


# -- lesson cards only (the bundled library) --------------------------------------------------------
def test_card_lessons_are_labelled_summaries(card_pool, card_engine):
    from inquiry_lessons.index.answer.findings import counts_recommendations, reports_later_work
    from inquiry_lessons.index.ingest.library import load_cards, load_catalogue
    from inquiry_lessons.index.lesson_text import SENSITIVE

    years = {rid: e.data.get("year") for rid, e in load_catalogue().items()}
    cards = load_cards()
    # a daily lesson is a finding: no context card, no later review's work, no count of recommendations,
    # nothing sensitive stated alone
    findings = [c for c in cards if c["kind"] != "context"
                and not reports_later_work(c["statement"], years[c["report_id"]])
                and not counts_recommendations(c["statement"])
                and not (SENSITIVE.search(c["statement"]) and len(c["statement"].split()) < 25)]
    assert 90 <= len(findings) < len(cards)
    assert {x.key for x in card_pool.lessons} == {f"card:{c['id']}" for c in findings}
    _check_citations(card_pool)
    labels = _labels(card_engine)
    for x in card_pool.lessons:
        card = next(c for c in cards if f"card:{c['id']}" == x.key)
        assert x.factor.summary == card["statement"] and x.kind == card["kind"]
        assert x.theme == card["themes"][0]
        assert not x.quoted and x.why_citation is None
        assert (x.why is not None) == bool(card.get("list"))
        text = _well_formed(render_lesson(x, labels, card_pool.prompt(x.theme, 1), card_pool.prompt_label))
        assert "“" not in text  # a summary is never put in quotation marks as report text
        assert "summary" in text
        if x.why:
            assert "(our note)" in text


def test_cards_rotate_across_reports(card_pool):
    _check_rotation(card_pool)
    _check_rotation(card_pool, "supervision-oversight")


def test_card_briefings(card_pool, card_engine):
    reports = card_pool.briefing_reports()
    assert "rochdale-scr-2013" in reports and "rochdale-scr-yp7-2013" not in reports  # YP7 has one card
    for rid in reports:
        b = card_pool.briefing(rid)
        assert b.overview  # the catalogue's description, shown as our summary
        for f in b.happened + b.found + b.differently:
            assert f.citations and all(c.source_kind == "summary" for c in f.citations)
            assert all(citation_problem(c, card_engine.store) is None for c in f.citations)
        text = _well_formed(render_briefing(b, _labels(card_engine)))
        assert "(our summary of the report)" in text and "“" not in text


# -- cards over a report's full text ----------------------------------------------------------------
def test_a_card_with_a_verified_paragraph_quotes_the_report(mixed_engine):
    pool = LessonPool(mixed_engine)
    _check_citations(pool)
    # a report with cards gives one lesson per finding card (#4 is context), no passage lessons beside them
    assert {x.key for x in pool.lessons} == {f"card:test-northmoor#{n}" for n in range(1, 4)}
    assert pool.get("card:test-northmoor#4") is None
    quoted = pool.get("card:test-northmoor#1")
    assert quoted.quoted and quoted.kind == "finding" and quoted.theme == "supervision-oversight"
    c = quoted.factor.citations[0]
    assert (c.paragraph, c.source_kind) == ("4.7.1", "report")
    assert quoted.factor.summary.startswith("Supervision records show")
    assert quoted.why and quoted.why_citation and quoted.why_citation.paragraph == "4.7.1"
    unreferenced = pool.get("card:test-northmoor#2")
    assert not unreferenced.quoted and unreferenced.factor.summary.startswith("Nobody looked")
    assert unreferenced.why and "test list of findings" in unreferenced.why
    assert unreferenced.why_citation is None
    rec = pool.get("card:test-northmoor#3")
    assert rec.quoted and rec.factor.citations[0].paragraph == "Recommendation 5"
    text = _well_formed(render_lesson(quoted, _labels(mixed_engine), "Q?", pool.prompt_label))
    assert f"“{quoted.factor.summary}”" in text and "¶4.7.1" in text and "summary" not in text
    b = pool.briefing(NORTHMOOR)
    assert [f.summary for f in b.found] == [quoted.factor.summary, unreferenced.factor.summary]
    assert b.differently[0] == rec.factor and len(b.differently) == 2
    (happened,) = b.happened  # the context card: its paragraph says something else, so not quoted
    assert happened.citations[0].source_kind == "summary" and happened.summary.startswith("Policies and procedures")
    text = _well_formed(render_briefing(b, _labels(mixed_engine)))
    assert f"“{quoted.factor.summary}”" in text
    assert f"{unreferenced.factor.summary}\n  Northmoor SCR (2019) (summary" in text


def test_render_marks_each_kind_of_why():
    c = Citation(report_id="r", report="Report (2020)", paragraph="1.1", page=2, quote="Quoted words here.",
                 passage_id=1)
    s = Citation(report_id="r", report="Report (2020)", paragraph=None, page=None, quote="Our words.",
                 passage_id=2, source_kind="summary", verified=False, provenance="news")
    quoted = Lesson(key="text:r:1.1", report_id="r", theme=None, kind="passage",
                    factor=Factor(summary="Quoted words here.", citations=[c]), why="A <second> sentence.",
                    why_citation=c)
    card = Lesson(key="card:r#1", report_id="r", theme="t", kind="finding",
                  factor=Factor(summary="Our words.", theme="t", citations=[s]), why="A note & more.")
    text = _well_formed(render_lesson(quoted, {}, "Q?", "Prompt (ours)", heading="Weekly lesson"))
    assert text.startswith("Weekly lesson") and "“A <second> sentence.”\nReport (2020) ¶1.1, p.2" in text
    html = render_lesson(card, {"t": "Theme T"}, "Q?", "Prompt (ours)")
    assert "A note &amp; more. <i>(our note)</i>" in html
    assert "Our words.\n<i>Report (2020) (summary of news reports; no paragraph verified)</i>" in html


def test_prompts_do_not_repeat_within_a_fortnight(card_pool):
    """Fourteen lessons in a row on one theme (a chat following one theme) get fourteen different prompts;
    the choice is the same every time it is worked out."""
    from inquiry_lessons.index.lesson_text import PROMPT_GAP

    theme = "supervision-oversight"
    keys = [x.key for x in card_pool.lessons if x.theme == theme]
    assert keys
    history: list[str] = []
    prompts = []
    for n in range(PROMPT_GAP + 1):
        prompts.append(card_pool.prompt_after(theme, history))
        history.append(keys[n % len(keys)])
    assert len(set(prompts)) == PROMPT_GAP + 1
    assert card_pool.prompt_after(theme, history[:5]) == card_pool.prompt_after(theme, history[:5])
