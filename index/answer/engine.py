"""The engine facade: loads a store and the embedding model once, answers questions with cited factors.
It is the only object the bot and the CLI use."""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..embed import Embedder, model_id_for, question_embedder_for
from ..ingest.library import load_catalogue
from ..settings import Settings, get_settings
from ..store import Store
from ..types import Answer, Factor, Hit, PassageOut, Report
from .cases import TextNames
from .expand import load_thesaurus, stem_of
from .findings import REMIT_QUESTION, REMIT_TEXT, REMIT_UNNAMED
from .messages import EMPTY_QUESTION, NOT_COVERED, NOT_COVERED_DESCRIBED, NOT_HELD, NOT_HELD_TOO, NOT_SUPPORTED
from .query import asked_about, lessons_described
from .retrieve import ASKS_REASONS, LESSONS, REASONS, UNSEEN, Mode, Retrieval, Retriever, announces, is_list
from .scope import FINDINGS_QUERY, LESSONS_QUERY, Scope, Scoper
from .summarise import Summariser, load_themes
from .support import FOCUSLESS, Focus, focus_of
from .verify import citation_problem

logger = logging.getLogger(__name__)
# asked of a named review why nobody saw the harm sooner: what its own list of reasons answers
UNSEEN_QUERY = "Why was the harm not recognised sooner? The reasons professionals did not see what was happening."
LESSONS_POOL = 5  # the hits searched for a named review's own list of lessons


def _reasons_list(hits: list[Hit], question: str) -> Hit | None:
    """A named review's own list of reasons, when it answers a question asking why: the first hit; or, when the
    question asks why nobody saw or did something ("why did nobody spot ...", "how come it took so long"), the first
    list among the first three, after the paragraphs that tell what each agency knew."""
    for i, h in enumerate(hits[:3]):
        if is_list(h.passage.text):
            return h if announces(h.passage.text, REASONS) and (i == 0 or UNSEEN.search(question)) else None
    return None


@dataclass
class _Search:
    question: str
    report_ids: set[str] | None
    retrieval: Retrieval
    hits: list[Hit]  # with the siblings of lesson-card lists
    focus: Focus
    reports: dict[str, Report]
    min_dense: float
    not_held: list[str] = field(default_factory=list)  # documents the question also names, not held
    described: bool = False  # the reports were found by words describing their case, not by a name
    whole: bool = False  # the first hit is the answer as a whole: a named review's remit, asked for
    asked: np.ndarray | None = None  # after a situation, the vector of what the reports are asked about

    def scoring(self) -> tuple[np.ndarray, list[Hit], dict[str, Report], float, Focus, float, np.ndarray | None]:
        """The summariser's arguments for these hits."""
        return (self.retrieval.query_vector, self.hits, self.reports, self.min_dense, self.focus,
                self.retrieval.distinct, self.asked)


@dataclass
class Support:
    """A question's best support, for report sentences and for lesson cards (None: no such candidate), and
    whether a list answers it as a whole (all empty: it was turned away before any support was scored). A list
    answers only when the best sentence or card comes within ``list_margin`` of its threshold."""
    lists: bool = False
    text: float | None = None
    card: float | None = None
    whole: bool = False  # a named review's remit, answered whole whatever the thresholds

    def answered(self, min_text: float, min_card: float, list_margin: float = 1.0) -> bool:
        if self.whole:
            return True
        gap = max(self.text - min_text if self.text is not None else -1.0,
                  self.card - min_card if self.card is not None else -1.0)
        return gap >= 0 or (self.lists and gap >= -list_margin)


@dataclass
class SourceInfo:
    report: Report
    passages: int
    full_text: bool = False  # the report's own text is held, not only lesson cards


def _vocabulary(model: str) -> Callable[[str], bool] | None:
    """Whether a word is whole in the question model's vocabulary (about 30,000 common words and names, from
    its tokenizer's ``vocab.txt``): a word that is not cannot be an ordinary word typed in lower case."""
    path = Path(model) / "vocab.txt"
    if not path.is_file():
        return None
    words = frozenset(w for w in path.read_text(encoding="utf-8").split() if w.isalpha())
    return words.__contains__


def default_themes_file() -> Path | None:
    from ...content import content_dir

    path = content_dir() / "themes.yaml"
    return path if path.is_file() else None


class Engine:
    def __init__(self, store: Path | str, settings: Settings | None = None,
                 embedder: Embedder | None = None) -> None:
        self.settings = settings or get_settings()
        emb = self.settings.embedding
        self.embedder = embedder or question_embedder_for(emb)
        self.store = Store.open(store, model_id=self.embedder.model_id)
        self.retriever = Retriever(self.store, self.embedder, self.settings)
        themes_file = self.settings.answer.themes_file or default_themes_file()
        self.summariser = Summariser(self.embedder, load_themes(themes_file), self.settings.answer,
                                     stored_vectors=self.store.unit_vectors)
        self._reports = {r.report_id: r for r in self.store.reports()}
        names = TextNames(self.store)
        catalogue = [e.report() for e in load_catalogue().values()]
        self.scoper = Scoper(list(self._reports.values()), catalogue, used=self._used,
                             common=_vocabulary(emb.model), owner=names.owner, case=names.case,
                             uses=names.uses)
        self.citations_checked = self.citations_dropped = 0

    def _used(self, word: str) -> bool:
        """Whether any passage of the store uses the word (BM25's stemmed vocabulary)."""
        stem = stem_of(word)
        return bool(stem) and self.store.term_doc_freq().get(stem, 0) > 0

    @staticmethod
    def model_id(settings: Settings) -> str:
        return model_id_for(settings.embedding.model)

    def share_embedding(self, on: bool = True, max_batch: int = 32, window_s: float = 0.05) -> bool:
        """For callers that answer from several threads at once (the bot): answers running at the same time
        share one call of the embedder (index/embed_batch.py; ``window_s``: how long a question may wait for
        the other answers under way). Answers are unchanged; an embedder whose vectors depend on the batch
        (ONNX int8) is left alone. ``on=False`` goes back to the plain embedder. Returns whether anything
        changed."""
        from ..embed_batch import BatchingEmbedder, batch_dependent

        current = self.embedder
        if on == isinstance(current, BatchingEmbedder):
            return False
        if isinstance(current, BatchingEmbedder):
            current.close()  # a call already waiting for its batch still gets its rows
            self.embedder = current.inner
        elif batch_dependent(current):
            logger.info("questions are embedded one by one: this embedder's vectors depend on the batch")
            return False
        else:
            self.embedder = BatchingEmbedder(current, max_batch=max_batch, window_s=window_s)
        self.retriever.embedder = self.summariser.embedder = self.embedder
        return True

    def load(self) -> Engine:
        self.store.load()
        self.summariser.theme_vectors()
        return self

    def retrieve(self, question: str, mode: Mode = "hybrid", top_k: int | None = None) -> list[Hit]:
        scope = self.scoper.scope(question[: self.settings.answer.max_question_chars])
        return self.retriever.search(self._query(scope), top_k=top_k, mode=mode, report_ids=scope.report_ids,
                                     asked=question).hits

    def answer(self, question: str, top_k: int | None = None, report_ids: set[str] | None = None) -> Answer:
        answering = getattr(self.embedder, "answering", None)  # a BatchingEmbedder waits for answers under way
        with answering() if answering is not None else nullcontext():
            return self._answer(question, top_k, report_ids)

    def _answer(self, question: str, top_k: int | None, report_ids: set[str] | None) -> Answer:
        found = self._search(question, top_k, report_ids)
        if isinstance(found, Answer):
            return found
        factors: list[Factor] = []
        if found.retrieval.supported:  # else no "least-bad" passages either: nothing here supports an answer
            factors = self._checked((found.whole and self.summariser.whole(found.hits[0], found.reports))
                                    or self.summariser.factors(*found.scoring()))
        if not factors:
            return Answer(question=found.question, answered=False,
                          message=self._no_answer(found.report_ids, found.not_held, found.described))
        passages = [self._passage_out(h) for h in found.retrieval.hits]
        return Answer(question=found.question, answered=True, factors=factors, passages=passages)

    @staticmethod
    def _lessons_lists(hits: list[Hit]) -> list[Hit]:
        """The lists among the first hits whose lead-ins announce lessons, the best one of each report: asked
        for a named review's lessons, the review's own list of them is the answer, whole, not the remit or the
        background that a standard question for lessons also finds."""
        out: dict[str, Hit] = {}
        for h in hits[:LESSONS_POOL]:
            if h.passage.report_id not in out and announces(h.passage.text, LESSONS):
                out[h.passage.report_id] = h
        return list(out.values())

    def _unseen_list(self, question: str, report_ids: set[str], hits: list[Hit]) -> Hit | None:
        """Asked of one named review why nobody saw it sooner ("how come it took brooke saying ... before they
        twigged"), when no list is among the first three hits the asker's words find: the list of reasons
        among the first three that the standard question for them finds in that review."""
        if len(report_ids) != 1 or not UNSEEN.search(question) or any(is_list(h.passage.text) for h in hits[:3]):
            return None  # a list the asker's words found first is theirs to answer with, or not
        found = self.retriever.search(UNSEEN_QUERY, report_ids=report_ids)
        return _reasons_list(found.hits, question) if found.supported else None

    def _query(self, scope: Scope) -> str:
        """What to search for a question: its words without the names of the reports it is scoped to; or, when it
        asks for those reports' lessons and its other words describe the case (nearly all of them words of those
        reports' text, or its near-synonyms) rather than a topic, the standard question for lessons: "main takeaways
        from the rapid review into the little boy found out alone at night" asks what "key lessons" asks. A topic
        the reports do not use ("lessons from the loxwell review about pensions") stays the question."""
        if not scope.report_ids or scope.query in (FINDINGS_QUERY, LESSONS_QUERY):
            return scope.query
        words = lessons_described(scope.query, FOCUSLESS)
        if words is None:
            return scope.query
        forms = load_thesaurus(self.settings.retrieval.thesaurus_file).forms  # "mums": the text's "mother"
        unused = [w for w in words if not any(s > 0 for f in forms(w)
                                              for _, s in self.store.sparse_search(f, 1, within=scope.report_ids))]
        return LESSONS_QUERY if len(unused) <= len(words) // 3 else scope.query

    def _search(self, question: str, top_k: int | None, report_ids: set[str] | None) -> Answer | _Search:
        """The question's retrieval and focus, or the answer already given: an empty question, a report not
        held."""
        question = " ".join(question.split())
        if not question:
            return Answer(question=question, answered=False, message=EMPTY_QUESTION)
        scope = self.scoper.scope(question[: self.settings.answer.max_question_chars])
        if report_ids is None:
            report_ids = scope.report_ids
            if scope.not_held:  # never answered from another report, held or named beside it, without a word
                names = " or ".join(dict.fromkeys(scope.not_held))
                return Answer(question=question, answered=False, message=NOT_HELD.format(names=names))
        if not report_ids and len(self._reports) > 1 and REMIT_QUESTION.search(question):  # whose? not another's
            return Answer(question=question, answered=False, message=REMIT_UNNAMED)
        query = self._query(scope) if report_ids == scope.report_ids else scope.query
        r = self.retriever.search(query, top_k=top_k, report_ids=report_ids, asked=question)
        # "what did the X review find?", and what a named review was asked to do when its remit was found first
        remit = bool(report_ids) and r.remit
        focus = Focus({}) if query in (FINDINGS_QUERY, LESSONS_QUERY) or remit else self._focus(query, r.hits)
        hits = self._with_list_siblings(r.hits, r.query_vector) if r.supported else r.hits
        if remit:  # the remit is the answer, whole and in its order
            hits = hits[:1]
        elif report_ids and query == LESSONS_QUERY and r.supported:  # "the lessons of the X review"
            hits = self._lessons_lists(hits) or hits
        elif report_ids and r.supported and ASKS_REASONS.search(question) \
                and (reasons := _reasons_list(hits, question) or self._unseen_list(question, report_ids, hits)):
            hits, focus = [reasons], Focus({})  # the named review's own list of reasons is the answer whole
        if not remit and not REMIT_QUESTION.search(question):  # a remit says what was asked, not what was found
            hits = [h for h in hits if not REMIT_TEXT.search(h.passage.text)]
        # factors are ranked by what is asked, not by the situation told before it (library fresh47 L1426, L1428)
        asked = asked_about(query, FOCUSLESS) if focus.weights and r.supported else None
        return _Search(question, report_ids, r, hits, focus, self._reports, self._min_dense(report_ids),
                       not_held=scope.not_held if report_ids == scope.report_ids else [],
                       described=scope.described and report_ids == scope.report_ids, whole=remit,
                       asked=self.embedder.embed_batch([asked])[0] if asked else None)

    def _focus(self, query: str, hits: list[Hit]) -> Focus:
        """What a factor must carry: after a situation, what the reports are asked about (:func:`.query.asked_about`),
        else the whole question, with its words' near-synonyms and the names the passages found use."""
        return focus_of(asked_about(query, FOCUSLESS) or query, self.store.term_idf(), self.store.term_doc_freq(),
                        load_thesaurus(self.settings.retrieval.thesaurus_file).alternates_for(query),
                        [h.passage.text for h in hits], self.settings.answer.name_weight)

    def support(self, question: str) -> Support:
        """How well the question is supported, for choosing the operating point (``lessons eval --curve``): it
        is answered when the best report sentence reaches ``min_sentence_score`` or the best lesson card
        ``min_card_score``, or when a list answers as a whole and one of them comes within ``list_margin``."""
        found = self._search(question, None, None)
        if isinstance(found, Answer) or not found.retrieval.supported:
            return Support()
        if found.whole and self._checked(self.summariser.whole(found.hits[0], found.reports)):
            return Support(whole=True)
        scored = self.summariser.scored(*found.scoring())
        if scored is None:
            return Support()
        units, lists, _ = scored
        best = {kind: max((u.support for u in units if (u.kind == "summary") == card), default=None)
                for kind, card in (("text", False), ("card", True))}
        return Support(lists=bool(lists) and not found.focus.closed, text=best["text"], card=best["card"])

    def _min_dense(self, report_ids: set[str] | None) -> float:
        r = self.settings.retrieval
        return r.min_dense_score_named if report_ids else r.min_dense_score

    def _no_answer(self, report_ids: set[str] | None, not_held: list[str] | None = None,
                   described: bool = False) -> str:
        """Why there is no answer: a named report that does not cover the topic says so, as does one whose case the
        question ``described``, and so does another document the question names that is not held ("Laming's 2009
        progress report after Baby Peter")."""
        if not report_ids:
            return NOT_SUPPORTED
        labels = sorted(self._reports[r].label for r in report_ids if r in self._reports)
        many = len(labels) > 1
        covered = (NOT_COVERED_DESCRIBED if described else NOT_COVERED).format(
            names=" and ".join(labels), verb="are" if many else "is", pronoun="them" if many else "it")
        if not_held:
            return NOT_HELD_TOO.format(names=" or ".join(dict.fromkeys(not_held)), covered=covered)
        return covered

    def _with_list_siblings(self, hits: list[Hit], qv) -> list[Hit]:
        """A lesson card that is one item of a list (Rochdale ¶4.9.5 has five) brings the whole list:
        the other cards of that list are added, or kept even if they ranked lower, marked as siblings."""
        leads = [h for h in hits if h.passage.source_kind == "summary" and h.passage.list_key][:3]
        first: dict[tuple[str, str], int | None] = {}
        for h in leads:  # the best-ranked card of each list leads it; the others follow as siblings
            key = h.passage.list_key
            assert key is not None
            first.setdefault(key, h.passage.passage_id)
        lists = set(first)
        lead_ids = set(first.values())
        out = []
        for h in hits:
            sibling = h.passage.list_key in lists and h.passage.passage_id not in lead_ids
            out.append(Hit(passage=h.passage, score=h.score, dense=h.dense, sparse=h.sparse, sibling=sibling))
        have = {h.passage.passage_id for h in hits}
        for report_id, name in sorted(lists):
            for p in self.store.report_passages(report_id):
                pid = p.passage_id
                if p.source_kind == "summary" and p.list_key == (report_id, name) and pid is not None \
                        and pid not in have:
                    have.add(pid)
                    (vec,) = self.store.passage_vectors([pid])
                    out.append(Hit(passage=p, score=0.0, dense=float(vec @ qv), sibling=True))
        return out

    def _checked(self, factors: list[Factor]) -> list[Factor]:
        """Drop any citation that fails the invariants (and any factor left without one)."""
        out = []
        for f in factors:
            good = []
            for c in f.citations:
                problem = citation_problem(c, self.store)
                self.citations_checked += 1
                if problem:
                    self.citations_dropped += 1
                    logger.error("dropped a citation: %s", problem)
                else:
                    good.append(c)
            if good:
                out.append(f.model_copy(update={"citations": good}))
        return out

    def _passage_out(self, h: Hit) -> PassageOut:
        rep = self._reports.get(h.passage.report_id)
        return PassageOut(report_id=h.passage.report_id, report=rep.label if rep else h.passage.report_id,
                          paragraph=h.passage.paragraph, page=h.passage.page, page_label=h.passage.page_label,
                          text=h.passage.text,
                          score=round(h.score, 6))

    def theme_lessons(self, theme_id: str, limit: int = 12) -> Answer:
        """The lesson cards filed under a theme, across reports, each with its citation."""
        from .summarise import Unit, make_citation

        factors = []
        for report in self.store.reports():
            for p in self.store.report_passages(report.report_id):
                if p.source_kind == "summary" and theme_id in p.themes:
                    unit = Unit(text=p.text, hit=Hit(passage=p, score=0.0), kind="summary")
                    factors.append(Factor(summary=p.text, theme=theme_id,
                                          citations=[make_citation(unit, self._reports)]))
        factors = self._checked(factors[:limit])
        return Answer(question=f"theme:{theme_id}", answered=bool(factors), factors=factors,
                      message=None if factors else NOT_SUPPORTED)

    def sources(self) -> list[SourceInfo]:
        counts = self.store.passage_counts()
        full = self.store.full_text_reports()
        return [SourceInfo(report=r, passages=counts.get(r.report_id, 0), full_text=r.report_id in full)
                for r in self.store.reports()]

    def report(self, report_id: str) -> Report | None:
        return self._reports.get(report_id)

    def report_themes(self, report_id: str) -> dict[str, int]:
        """Theme id -> how many of the report's lesson cards are filed under it."""
        themes: dict[str, int] = {}
        for p in self.store.report_passages(report_id):
            for t in p.themes:
                themes[t] = themes.get(t, 0) + 1
        return themes

    def theme_labels(self) -> dict[str, str]:
        """Theme id -> label, in the theme list's order."""
        return {t.id: t.label for t in self.summariser.themes}

    def close(self) -> None:
        self.store.close()
