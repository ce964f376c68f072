"""Question → ranked passages: FAISS (dense) and BM25 (sparse) candidates fused by reciprocal rank,
diversified across reports, with the support test that decides abstention."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

import numpy as np

from ..embed import Embedder
from ..segment import segments
from ..settings import Settings
from ..store import Store
from ..types import Hit, Passage
from .expand import load_thesaurus
from .findings import ABOUT_THE_REVIEW, REMIT_QUESTION, REMIT_TEXT, in_process_section
from .fusion import convex, diversify, rrf
from .summarise import holds_finding

Mode = Literal["hybrid", "dense", "sparse"]
# questions whose answer is a list: "what were the factors", "why did ...", "what contributed", "barriers", and
# the same asked as a practitioner does: "what stopped ...", "what got in the way of ...", "what was it about
# ... that let ...", "how come ...", "the key takeaways / lessons / learning"
LIST_QUESTION = re.compile(
    r"\b(?:factors?|reasons?|why|contribut\w*|barriers?|causes?|caused|led to|features|what went wrong|"
    r"obstacles?|failings|weaknesses|themes|how come|what was it about|lessons?|learning|takeaways?|"
    r"what (?:stopped|prevented|hindered|hampered|held back|got in the way|made|let|allowed|lay behind|explains?))\b",
    re.IGNORECASE)


# a question that asks for a review's lessons, and a list whose lead-in announces them ("the following learning")
LESSONS = re.compile(r"\b(?:learning|lessons?|learnt|learned|takeaways?)\b", re.IGNORECASE)
# ... and for reasons, and a list whose lead-in announces them ("The review found several reasons why ...")
ASKS_REASONS = re.compile(r"\b(?:why|reasons?|how come|what stopped|what got in the way|factors?|"
                          r"what (?:lay|lies|was|is) behind)\b", re.IGNORECASE)  # fresh44 zx24, after its look
REASONS = re.compile(r"\b(?:reasons?|factors?|why)\b", re.IGNORECASE)
# ... and, of those, one asking why nobody saw or did something for so long: what a review's "why was it not
# recognised sooner" list answers ("what stopped services seeing earlier ...": fresh40 zt23, after its look)
UNSEEN = re.compile(r"\b(?:no ?-?one|nobody|anyone|anybody|so many|so long|sooner|earlier|persist(?:s|ed)?|"
                    r"took\b[^.?!]{0,80}?\b(?:before|till|until)|"
                    r"(?:any|none) of (?:the )?(?:agencies|services|organisations|professionals|practitioners|staff|"
                    r"workers))\b", re.IGNORECASE)


def is_list(text: str) -> bool:
    """Is the passage a list: a lead-in and three or more bullets?"""
    return text.count("\n• ") >= 3


def announces(text: str, what: re.Pattern[str]) -> bool:
    """Is the passage a list (a lead-in and three or more bullets) whose lead-in says ``what`` it lists ("The review
    identified the following learning for schools in Loxwell:"; "The reviewer asked practitioners why ... Their
    answers pointed to several things:")?"""
    return is_list(text) and bool(what.search(text.split("\n• ", 1)[0]))


# what a remit's lead-in says, added to a question about one (Retriever._remit)
REMIT_REPORTS = 3  # the reports a remit question is most about, whose remits are candidates
REMIT_HINT = "The terms of reference asked the review to consider the following questions:"


@dataclass
class Retrieval:
    hits: list[Hit]
    query_vector: np.ndarray
    supported: bool
    # how far the best passage of the whole store stands out above the question's background (the mean
    # cosine of the passages ranked ``background_ranks``): a question on a topic the store only brushes
    # matches many passages about equally, one that it answers matches a few much better
    distinct: float = 0.0
    # the question asks what a review was asked to do, and the first hit states it (:data:`.findings.REMIT_TEXT`)
    remit: bool = False


class Retriever:
    def __init__(self, store: Store, embedder: Embedder, settings: Settings) -> None:
        self.store = store
        self.embedder = embedder
        self.settings = settings
        self._years: dict[str, int | None] | None = None  # report id -> year, for lesson cards' findings
        self._holds: dict[tuple[int, int, int | None], bool] = {}  # whether a passage holds a finding

    def search(self, question: str, top_k: int | None = None, mode: Mode = "hybrid",
               report_ids: set[str] | None = None, diverse: bool = True, asked: str | None = None) -> Retrieval:
        """``asked``: the question as the user put it, when ``question`` is its query with a report's name
        taken out ("who did the Kestrel Vale inquiry talk to" asks about the inquiry's own work)."""
        s = self.settings
        k = top_k or s.retrieval.top_k
        qv = self.embedder.embed_batch([question])[0]
        pool = s.retrieval.candidates if not report_ids else max(s.retrieval.candidates, 4 * s.retrieval.candidates)
        # a named report is searched on its own: at scale its passages may rank far below the pool overall
        dense = self.store.dense_search(qv, pool, report_ids) if mode != "sparse" else []
        extra = " ".join(load_thesaurus(s.retrieval.thesaurus_file).expand(question)) \
            if s.retrieval.expansion_weight > 0 and mode != "dense" else ""
        sparse = self.store.sparse_search(question, pool, report_ids, extra, s.retrieval.expansion_weight) \
            if mode != "dense" else []
        # how far the best passage stands out from the store's background: measured over the whole store,
        # also when the question names a report
        overall = self.store.dense_search(qv, pool) if report_ids and mode != "sparse" else dense
        distinct = self._distinct([sc for _, sc in overall])
        if report_ids:
            owner = self.store.report_ids_of([pid for pid, _ in dense + sparse])
            dense = [(p, sc) for p, sc in dense if owner.get(p) in report_ids]
            sparse = [(p, sc) for p, sc in sparse if owner.get(p) in report_ids]
        remit: set[int] = set()
        known: dict[int, Passage] = {}  # passages already read
        asks_remit = bool(REMIT_QUESTION.search(asked or question))
        if asks_remit and mode != "sparse":
            affinity = self._report_affinity(dense)
            dense, remit, known = self._remit(question, qv, dense, pool, report_ids, affinity)
        dense_of = dict(dense)
        if mode == "dense":
            fused = dense
        elif mode == "sparse":
            fused = sparse
        elif s.retrieval.fusion == "rrf":
            fused = rrf([dense, sparse], k=s.retrieval.rrf_k, weights=[1.0, s.retrieval.sparse_weight])
        else:
            self._fill_cosines(dense_of, [pid for pid, _ in sparse], qv)
            fused = convex(dense_of, sparse, s.retrieval.dense_weight)
        if remit:  # what the review was asked to do, first (in their order) when the question asks it
            fused = [kv for kv in fused if kv[0] in remit] + [kv for kv in fused if kv[0] not in remit]
        fused = self._full_text_first(fused)
        ids = [pid for pid, _ in fused]
        wanted = ids[: max(4 * k, 40)]
        passages = {pid: known[pid] for pid in wanted if pid in known}
        passages.update(self.store.passages([pid for pid in wanted if pid not in known]))
        report_of = {pid: p.report_id for pid, p in passages.items()}
        ranked = [(pid, sc) for pid, sc in fused if pid in passages]
        if mode == "hybrid":
            ranked = self._lists_first(ranked, passages, qv, dense_of, question)
        # last, as it keeps the order within each part; method sections later unless the question asks about them
        ranked = self._findings_first(ranked, passages, not ABOUT_THE_REVIEW.search(asked or question) and not remit)
        if remit:  # the remits first, that of the report the question is most about first of all
            first = sorted((kv for kv in ranked if kv[0] in remit), key=lambda kv: -affinity.get(report_of[kv[0]], 0.0))
            ranked = first + [kv for kv in ranked if kv[0] not in remit]
        # every report the question names has its share of the places ("the Thornacre review and the Elmstow one")
        share = -(-k // len(report_ids)) if report_ids else k
        chosen = diversify(ranked, report_of, k, s.retrieval.per_report_max if diverse and not report_ids else share)
        sparse_of = dict(sparse)
        # every hit gets its cosine, also those only BM25 found, as the common measure of relevance
        self._fill_cosines(dense_of, [pid for pid, _ in chosen], qv)
        hits = [Hit(passage=passages[pid], score=float(sc), dense=dense_of.get(pid), sparse=sparse_of.get(pid))
                for pid, sc in chosen]
        best = max((h.dense or 0.0 for h in hits), default=0.0)
        return Retrieval(hits=hits, query_vector=qv, supported=self._supported(hits, best, bool(report_ids)),
                         distinct=distinct,
                         remit=asks_remit and bool(hits) and bool(REMIT_TEXT.search(hits[0].passage.text)))

    def _distinct(self, cosines: list[float]) -> float:
        """The best cosine minus the mean of those ranked ``background_ranks`` (0 in a store too small to
        have a background)."""
        lo, hi = self.settings.retrieval.background_ranks
        ranked = sorted(cosines, reverse=True)
        return ranked[0] - float(np.mean(ranked[lo:hi])) if len(ranked) > lo else 0.0

    def _findings_first(self, ranked: list[tuple[int, float]], passages: dict[int, Passage],
                        process_later: bool = True) -> list[tuple[int, float]]:
        """Passages that hold no finding (front matter, contents, a glossary, a title line, a context card)
        follow those that do, in their own order: they are never factors, and would take an answer's places.
        With ``process_later`` (the question is not about the review itself), passages on how the review was
        done (its method, scope, terms of reference) come between the two."""
        if self._years is None or any(p.report_id not in self._years for p in passages.values()):
            self._years = {r.report_id: r.year for r in self.store.reports()}  # again after an ingest
        years, known = self._years, self._holds
        if len(known) > 100_000:
            known.clear()
        held = []
        for pid, _ in ranked:
            p = passages[pid]
            key = (pid, hash((p.text, p.section)), years.get(p.report_id))  # the same passage again: no new cut
            if key not in known:
                known[key] = holds_finding(p, years.get(p.report_id))
            held.append(known[key])
        tier = [0 if not ok else 1 if process_later and in_process_section(passages[pid]) else 2
                for (pid, _), ok in zip(ranked, held, strict=True)]
        return [kv for t in (2, 1, 0) for kv, k in zip(ranked, tier, strict=True) if k == t]

    def _lists_first(self, ranked: list[tuple[int, float]], passages: dict[int, Passage], qv: np.ndarray,
                     dense_of: dict[int, float], question: str) -> list[tuple[int, float]]:
        """A list (a lead-in and three or more bullets) answers what its lead-in asks: where the lead-in
        matches the question better than the whole passage does, the passage gains ``lead_in_weight`` times
        the difference (a passage's vector is diluted by its bullets). A question asking for factors or
        reasons also gives every list ``list_bonus`` over its neighbours and the summary that paraphrases it. A
        question asking for lessons gives a list whose lead-in announces them ("The review identified the following
        learning for schools:") ``list_bonus`` again: "key lessons for us from the loxwell review" is answered by the
        lessons, not by the background that matches the asker's words. (The same for reasons and "why" was measured
        and not kept: factor lists rose, single paragraphs fell further; BENCHMARKS.md, twenty-seventh round.)"""
        r = self.settings.retrieval
        lists = [pid for pid, _ in ranked if is_list(passages[pid].text)]
        if not lists:
            return ranked
        gain = dict.fromkeys(lists, r.list_bonus if LIST_QUESTION.search(question) else 0.0)
        asks_lessons = bool(LESSONS.search(question))
        if r.lead_in_weight:
            self._fill_cosines(dense_of, lists, qv)
        for pid, units in self.store.unit_vectors(lists).items():
            segs = segments(passages[pid].text)
            first = next((i for i, seg in enumerate(segs) if seg.kind == "bullet"), 0)
            if first == 0:
                continue
            if asks_lessons and LESSONS.search(segs[first - 1].text):
                gain[pid] += r.list_bonus
            if r.lead_in_weight and len(units) == len(segs):  # the lead-in is the sentence before the bullets
                lead = float(units[first - 1] @ qv)
                gain[pid] += r.lead_in_weight * max(0.0, lead - dense_of[pid])
        out = [(pid, sc + gain.get(pid, 0.0)) for pid, sc in ranked]
        return sorted(out, key=lambda kv: (-kv[1], kv[0]))

    def _remit(self, question: str, qv: np.ndarray, dense: list[tuple[int, float]], pool: int,
               report_ids: set[str] | None, affinity: dict[str, float]
               ) -> tuple[list[tuple[int, float]], set[int], dict[int, Passage]]:
        """A question on what a review was asked to do ("the terms of reference for ...", "what was it asked to
        look into") is answered by its lead-in ("The Board asked the review to consider the following
        questions:"), whose words the question seldom shares. The question is searched again with those words
        added; so are the remits of the ``REMIT_REPORTS`` reports the question is most about (``affinity``: "the
        terms of ref for the b&b one" names its report by what happened in it). They join the candidates with their
        cosine to the question itself, and those that state a remit (:data:`.findings.REMIT_TEXT`) are returned to
        go first, with the passages read."""
        hinted = self.embedder.embed_batch([f"{question} {REMIT_HINT}"])[0]
        found = [pid for pid, _ in self.store.dense_search(hinted, pool, report_ids)]
        read = self.store.passages(found)
        for rid in sorted(affinity, key=lambda r: -affinity[r])[:REMIT_REPORTS]:
            for p in self.store.report_passages(rid):
                if p.passage_id is not None and p.passage_id not in read and REMIT_TEXT.search(p.text):
                    read[p.passage_id] = p
                    found.append(p.passage_id)
        remit = {pid for pid, p in read.items() if REMIT_TEXT.search(p.text)}
        have = {pid for pid, _ in dense}
        new = [pid for pid in found if pid not in have]
        added = [(pid, float(np.dot(v, qv))) for pid, v in zip(new, self.store.passage_vectors(new), strict=True)]
        return sorted(dense + added, key=lambda kv: (-kv[1], kv[0])), remit, read

    def _report_affinity(self, dense: list[tuple[int, float]], best: int = 3) -> dict[str, float]:
        """How much the question is about each report: the mean cosine of its ``best`` passages among the dense
        candidates, a report with fewer among them counting the lowest candidate's for each it lacks (one passage
        close to the question is not a report about it). "The terms of ref for the b&b one" names its report only by
        what happened in it."""
        owner = self.store.report_ids_of([pid for pid, _ in dense])
        by: dict[str, list[float]] = {}
        for pid, sc in sorted(dense, key=lambda kv: -kv[1]):
            if pid in owner and len(got := by.setdefault(owner[pid], [])) < best:
                got.append(sc)
        floor = min((sc for _, sc in dense), default=0.0)
        return {rid: float(np.mean(v + [floor] * (best - len(v)))) for rid, v in by.items()}

    def _full_text_first(self, fused: list[tuple[int, float]]) -> list[tuple[int, float]]:
        """Where a report's own text is in the store, its passages rank ahead of its lesson cards."""
        full = self.store.full_text_reports()
        if not full or not fused:
            return fused
        head = fused[: 4 * self.settings.retrieval.candidates]
        passages = self.store.passages([pid for pid, _ in head])
        lowest = min(sc for _, sc in head)
        demoted = [(pid, sc) for pid, sc in head
                   if passages[pid].source_kind == "summary" and passages[pid].report_id in full]
        if not demoted:
            return fused
        gone = {pid for pid, _ in demoted}
        kept = [(pid, sc) for pid, sc in fused if pid not in gone]
        # cards of full-text reports keep their order, after every retrieved passage of real text
        return kept + [(pid, min(sc, lowest)) for pid, sc in demoted]

    def _fill_cosines(self, dense_of: dict[int, float], ids: list[int], qv: np.ndarray) -> None:
        missing = [pid for pid in ids if pid not in dense_of]
        for pid, v in zip(missing, self.store.passage_vectors(missing), strict=True):
            dense_of[pid] = float(np.dot(v, qv))

    def _supported(self, hits: list[Hit], best: float, named: bool = False) -> bool:
        """Does anything retrieved bear on the question? Dense similarity is the test; keyword overlap
        alone ("the", a place name) is not support."""
        r = self.settings.retrieval
        return bool(hits) and best >= (r.min_dense_score_named if named else r.min_dense_score)
