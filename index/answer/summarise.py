"""Retrieved passages → a cited factor summary (extractive: no LLM, no network).

A factor is a bullet item or a sentence taken verbatim from a retrieved passage. When a top passage is
a factor list (a lead-in sentence and its bullets) that answers the question, its items are the factors.
Other factors are the best-matching sentences and items of the remaining passages. Near-duplicates
across passages and reports are merged into one factor carrying all their citations; factors are
grouped by theme when a theme list is configured.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import yaml

from ..embed import Embedder
from ..segment import segments
from ..settings import AnswerSettings
from ..types import Citation, Factor, Hit, Passage, Report
from .findings import card_is_finding, in_reference_section, is_acronym_row, unit_is_finding
from .support import DURATION, Focus, is_statistic

QUOTE_WORDS = 30  # the default of AnswerSettings.quote_words
@dataclass
class Unit:
    text: str  # verbatim substring of the passage
    hit: Hit
    kind: str  # "bullet" | "sentence"
    lead_in: str | None = None
    score: float = 0.0  # rank among factors
    cos: float = 0.0  # cosine to the question
    coverage: float = 0.0  # share of the question's focus weight it carries
    support: float = 0.0  # cosine blended with coverage: below its threshold it is no factor
    vector: np.ndarray | None = None


@dataclass
class Theme:
    id: str
    label: str
    description: str = ""
    keywords: list[str] = field(default_factory=list)


def load_themes(path: Path | None) -> list[Theme]:
    if path is None or not Path(path).is_file():
        return []
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    items = data.get("themes", data) if isinstance(data, dict) else data
    return [Theme(id=t["id"], label=t.get("label", t["id"]), description=t.get("description", ""),
                  keywords=list(t.get("keywords", []))) for t in items or []]


def units_of(hit: Hit) -> list[Unit]:
    if hit.passage.source_kind == "summary":  # a lesson card is one statement: one unit
        return [Unit(text=hit.passage.text, hit=hit, kind="summary",
                     lead_in=hit.passage.card.list if hit.passage.card else None)]
    return [Unit(text=seg.text, hit=hit, kind=seg.kind, lead_in=seg.lead_in) for seg in segments(hit.passage.text)]


def _is_finding(unit: Unit, reports: dict[str, Report]) -> bool:
    """Glossary rows, titles, front matter, context cards and later reviews' findings are never factors."""
    report = reports.get(unit.hit.passage.report_id)
    return _unit_is_finding(unit, report.year if report else None)


def _unit_is_finding(unit: Unit, report_year: int | None) -> bool:
    p = unit.hit.passage
    if unit.kind == "summary":
        return card_is_finding(p, report_year)
    if unit.kind == "bullet":  # a list item may be a short capitalised phrase; only reference rows are out
        return not (in_reference_section(p) or is_acronym_row(unit.text))
    return unit_is_finding(unit.text, p)


def holds_finding(passage: Passage, report_year: int | None) -> bool:
    """Whether any sentence or item of a passage (a lesson card: the card) can be a factor: none of a
    glossary, a title line, front matter or a context card can."""
    return any(_unit_is_finding(u, report_year) for u in units_of(Hit(passage=passage, score=0.0)))


def quote_of(text: str, max_words: int = QUOTE_WORDS) -> str:
    """A short verbatim quote: the start of ``text`` cut at a word boundary."""
    words = text.split(" ")
    if len(words) <= max_words:
        return text
    return " ".join(words[:max_words]).rstrip(",;:")


def make_citation(unit: Unit, reports: dict[str, Report], quote_words: int = QUOTE_WORDS) -> Citation:
    p = unit.hit.passage
    report = reports.get(p.report_id)
    summary = p.source_kind == "summary"
    return Citation(report_id=p.report_id, report=report.label if report else p.report_id,
                    paragraph=p.paragraph, page=p.page, page_label=p.page_label, quote=quote_of(unit.text, quote_words),
                    passage_id=p.passage_id,
                    source_kind="summary" if summary else "report", verified=p.verified if summary else True,
                    provenance=p.card.source_type if summary and p.card else None)


class Summariser:
    def __init__(self, embedder: Embedder, themes: list[Theme], settings: AnswerSettings | None = None,
                 stored_vectors: Callable[[list[int]], dict[int, np.ndarray]] | None = None) -> None:
        self.embedder = embedder
        self.stored_vectors = stored_vectors  # sentence vectors made at ingest, by passage id
        self.themes = themes
        self.settings = settings or AnswerSettings()
        self._theme_vecs: np.ndarray | None = None
        self._theme_labels = {t.id: t.label for t in themes}
        self._keyword_patterns: list[re.Pattern[str] | None] | None = None

    def theme_vectors(self) -> np.ndarray | None:
        if self.themes and self._theme_vecs is None:
            self._theme_vecs = self.embedder.embed_batch(
                [f"{t.label}: {t.description} {', '.join(t.keywords)}" for t in self.themes])
        return self._theme_vecs

    def factors(self, question_vec: np.ndarray, hits: list[Hit], reports: dict[str, Report],
                min_score: float, focus: Focus | None = None, distinct: float = 0.0,
                asked: np.ndarray | None = None) -> list[Factor]:
        """The cited factors, the one that answers best first. A factor must support the question's focus
        (support.py): its cosine blended with its coverage of the question's rare words reaches
        ``min_sentence_score`` (a lesson card: ``min_card_score``); the question's ``distinct``-ness
        (retrieve.py) adds to every factor's support. None qualify: no factors, and the engine abstains."""
        scored = self.scored(question_vec, hits, reports, min_score, focus, distinct, asked)
        if scored is None:
            return []
        units, lists, floor = scored
        if self.gap(units) < (0.0 if focus is not None and focus.closed else -self.settings.list_margin):
            lists = []  # a list's domain alone does not answer; nor does a list a closed question of fact
        in_lists = {id(u) for _, items in lists for u in items}
        units = [u for u in units if u.support >= self.threshold(u) and id(u) not in in_lists]
        if not units and not lists:
            return []
        chosen = self._choose(units, lists, floor)
        return self._merge_and_theme(chosen, reports)

    def whole(self, hit: Hit, reports: dict[str, Report]) -> list[Factor]:
        """A list that answers as a whole, whatever its items' words: a named review's remit, asked for, when
        the question describes the case rather than the remit's topics (fictional zm03, zb04). Its items in the
        report's order; none when it has fewer than two items that are findings."""
        units = units_of(hit)
        for u, v in zip(units, self.unit_vectors([hit], units), strict=True):
            u.vector = v
        items = [u for u in units if u.kind == "bullet" and _is_finding(u, reports)]
        return self._merge_and_theme(items, reports) if len(items) >= 2 else []

    def gap(self, units: list[Unit]) -> float:
        """How far the best-supported unit is above (or below) its threshold."""
        return max((u.support - self.threshold(u) for u in units), default=-1.0)

    def threshold(self, unit: Unit) -> float:
        """The support a unit needs: a lesson card (a paraphrase, on a small store) has its own threshold."""
        s = self.settings
        return s.min_card_score if unit.kind == "summary" else s.min_sentence_score

    def scored(self, question_vec: np.ndarray, hits: list[Hit], reports: dict[str, Report], min_score: float,
               focus: Focus | None = None, distinct: float = 0.0, asked: np.ndarray | None = None,
               ) -> tuple[list[Unit], list[tuple[float, list[Unit]]], float] | None:
        """The candidate factors of the relevant hits with their cosine, coverage, support and rank; the
        lists that answer as a whole; and the rank below which no factor is taken. None: no candidate. ``asked``:
        the vector of what a question asks after the situation it tells, by which factors are ranked."""
        if not hits:
            return None
        s = self.settings
        focus = focus or Focus({})
        best = max(h.dense or 0.0 for h in hits)
        cut = max(min_score, best - s.relevance_margin)
        # a bullet list's vector is diluted by its bullets: it is also relevant when its lead-in reaches the cut
        relevant = [h for h in hits if h.sibling or (h.dense or 0.0) >= cut or "\n• " in h.passage.text]
        units = [u for h in relevant for u in units_of(h) if _is_finding(u, reports)]
        if units:
            vecs = self.unit_vectors(relevant, units)
            keep = {id(h) for h in relevant if h.sibling or (h.dense or 0.0) >= cut}
            leads = {(id(u.hit), u.lead_in) for u in units if u.kind == "bullet"}
            keep |= {id(u.hit) for u, v in zip(units, vecs, strict=True)
                     if (id(u.hit), u.text) in leads and float(np.dot(v, question_vec)) >= cut}
            relevant = [h for h in relevant if id(h) in keep]
            units, vecs = [u for u in units if id(u.hit) in keep], np.array([v for u, v in zip(units, vecs, strict=True)
                                                                              if id(u.hit) in keep])
        if not units:
            return None
        coverages = focus.coverages([self._coverage_text(u) for u in units])
        for u, v, coverage in zip(units, vecs, coverages, strict=True):
            u.vector = v
            cos = float(np.dot(v, question_vec))
            if u.kind == "summary":  # a card's own vector also knows the list it belongs to
                cos = max(cos, u.hit.dense or 0.0)
            u.cos = cos
            u.coverage = coverage
            # a statistic ("almost two-thirds were known to services") answers a question for a figure; to
            # any other it is background, which matches broad questions all too well
            aside = s.statistic_penalty if not focus.counting and is_statistic(u.text) else 0.0
            aside += 1.0 if focus.deadline and not DURATION.search(u.text) else 0.0  # no length of time: no answer
            # a closed question of fact ("did X happen?") that a sentence answers only in part is not answered
            closed = s.closed_margin if focus.closed and u.kind != "summary" else 0.0
            u.support = ((1 - s.support_weight) * cos + s.support_weight * u.coverage
                         - s.unknown_penalty * focus.unknown + s.distinct_weight * distinct - aside - closed)
            u.score = (s.sentence_weight * (cos if asked is None else float(np.dot(v, asked)))
                       + (1 - s.sentence_weight) * (u.hit.dense or 0.0)
                       + s.coverage_rank_weight * u.coverage - aside)
        floor = max(u.score for u in units) - s.factor_floor_margin
        return units, self._answering_lists(units, relevant, question_vec, floor), floor  # lists: judged whole

    def _coverage_text(self, u: Unit) -> str:
        """What a factor says, for coverage: a list item with its lead-in; a lesson card with its list and,
        when ``card_theme_words`` is on, the labels of its themes (a card is a one-sentence paraphrase)."""
        text = f"{u.lead_in or ''} {u.text}"
        if u.kind == "summary" and self.settings.card_theme_words:
            text += " " + " ".join(self._theme_labels.get(t, "") for t in u.hit.passage.themes)
        return text

    def unit_vectors(self, hits: list[Hit], units: list[Unit]) -> np.ndarray:
        """Vectors of the units, from the store where it has them (same segmentation), else embedded now."""
        stored = self.stored_vectors([h.passage.passage_id for h in hits if h.passage.passage_id is not None]) \
            if self.stored_vectors else {}
        counts = Counter(id(u.hit) for u in units)
        rows: list[np.ndarray | None] = []
        for h in hits:
            n = counts[id(h)]
            vecs = stored.get(h.passage.passage_id) if h.passage.passage_id is not None else None
            rows.extend(list(vecs) if vecs is not None and len(vecs) == n else [None] * n)
        todo = [i for i, r in enumerate(rows) if r is None]
        if todo:
            fresh = self.embedder.embed_batch([units[i].text for i in todo])
            for i, v in zip(todo, fresh, strict=True):
                rows[i] = v
        return np.vstack([r for r in rows if r is not None])

    def _choose(self, units: list[Unit], lists: list[tuple[float, list[Unit]]], floor: float) -> list[Unit]:
        """Factors in relevance order. A list (a lead-in with its bullets, or the cards of one card list)
        comes back whole, in the report's order (a card list's aptest card first), only when the list itself
        answers (``lists``); otherwise its items compete one by one, at most ``per_passage_max`` of them, like
        any passage's sentences."""
        s = self.settings
        blocks: list[tuple[float, list[Unit]]] = list(lists)
        taken: dict[object, int] = {}
        for u in sorted(units, key=lambda u: -u.score):
            if u.score < floor:
                continue
            if u.kind == "sentence" and u.text.rstrip().endswith(":"):
                continue  # a lead-in on its own says nothing
            key = u.hit.passage.list_key or id(u.hit)  # a card list counts as one passage
            if taken.get(key, 0) >= s.per_passage_max:
                continue
            taken[key] = taken.get(key, 0) + 1
            blocks.append((u.score, [u]))
        blocks.sort(key=lambda b: -b[0])
        chosen: list[Unit] = []
        for _, items in blocks:
            room = s.max_factors + (s.list_extra_items if len(items) > 1 else 0) - len(chosen)
            if room <= 0:
                break
            chosen.extend(items[:room] if len(items) > 1 else items)
        return chosen

    def _answering_lists(self, units: list[Unit], relevant: list[Hit], qv: np.ndarray,
                         floor: float) -> list[tuple[float, list[Unit]]]:
        """Lists among the best passages that answer the question as a whole: a card list whose best card
        ranks within the floor and reaches ``card_list_min``, and whose name reaches ``lead_in_min``; a
        bullet list whose lead-in reaches ``lead_in_min`` (or whose passage reaches ``list_passage_min``)."""
        s = self.settings
        out: list[tuple[float, list[Unit]]] = []  # (rank of the list as a whole, its items in order)
        seen: set[object] = set()
        for h in [h for h in relevant if not h.sibling][:3]:
            if h.passage.source_kind == "summary":
                key = h.passage.list_key
                if key is None or key in seen:
                    continue
                seen.add(key)
                items = sorted((u for u in units if u.kind == "summary" and u.hit.passage.list_key == key),
                               key=lambda u: u.hit.passage.ordinal)
                # the list answers as a whole only when its own name (its lead-in) matches the question:
                # else one apt card would bring back its whole list ("supervision": five factors of practice)
                name = items[0].lead_in if items else None
                if len(items) >= 2 and (h.dense or 0.0) >= s.card_list_min and name \
                        and max(u.score for u in items) >= floor \
                        and float(np.dot(self.embedder.embed_batch([name])[0], qv)) >= s.lead_in_min:
                    best = max(items, key=lambda u: u.score)  # cards are findings of their own: the apt one first
                    out.append((best.score, [best] + [u for u in items if u is not best]))
                continue
            items = [u for u in units if u.hit is h and u.kind == "bullet"]
            if len(items) < 2:
                continue
            lead = items[0].lead_in or ""
            # the lead-in is one of the passage's own units, its vector already read from the store
            said = next((u.vector for u in units if u.hit is h and u.text == lead and u.vector is not None), None)
            if said is None and lead:
                said = self.embedder.embed_batch([lead])[0]
            lead_score = float(np.dot(said, qv)) if said is not None else 0.0
            if lead_score >= s.lead_in_min or (h.dense or 0.0) >= s.list_passage_min:
                # the list ranks as its lead-in would: it is the lead-in that asks the question's question
                lead_rank = s.sentence_weight * lead_score + (1 - s.sentence_weight) * (h.dense or 0.0)
                out.append((max(lead_rank, *(u.score for u in items)), items))
        return out

    def _merge_and_theme(self, chosen: list[Unit], reports: dict[str, Report]) -> list[Factor]:
        groups: list[list[Unit]] = []
        for u in chosen:
            for g in groups:
                rep = g[0]
                if rep.vector is not None and u.vector is not None and \
                        float(np.dot(rep.vector, u.vector)) >= self.settings.merge_threshold and \
                        all(x.hit.passage.passage_id != u.hit.passage.passage_id for x in g):
                    g.append(u)
                    break
            else:
                groups.append([u])
        tv = self.theme_vectors()
        factors: list[Factor] = []
        for g in groups:
            theme = None
            card_themes = g[0].hit.passage.themes if g[0].kind == "summary" else None
            if card_themes and any(t.id == card_themes[0] for t in self.themes):
                theme = card_themes[0]
            elif tv is not None and g[0].vector is not None:
                theme = self._theme_of(g[0], tv)
            seen: set[tuple] = set()
            cites = []
            for u in g:
                c = make_citation(u, reports, self.settings.quote_words)
                key = (c.report_id, c.paragraph, c.page, c.quote)
                if key not in seen:
                    seen.add(key)
                    cites.append(c)
            factors.append(Factor(summary=g[0].text, theme=theme, citations=cites))
        if self.themes:  # factors of one theme together; each group where its best factor ranks
            order: dict[str | None, int] = {}
            for i, f in enumerate(factors):
                order.setdefault(f.theme, i)
            factors.sort(key=lambda f: order[f.theme])
        return factors

    def _theme_of(self, unit: Unit, tv: np.ndarray) -> str | None:
        assert unit.vector is not None
        ((theme, score),) = self.theme_scores([unit.text], unit.vector[None, :])
        return theme if score >= self.settings.theme_min_score else None

    def theme_scores(self, texts: list[str], vecs: np.ndarray) -> list[tuple[str | None, float]]:
        """Each text's best theme and its score: cosine to the theme, plus the keyword bonus when the text
        uses one of the theme's keywords."""
        tv = self.theme_vectors()
        if tv is None or not len(texts):
            return [(None, 0.0) for _ in texts]
        if self._keyword_patterns is None:
            self._keyword_patterns = [
                re.compile("|".join(rf"\b{re.escape(k.lower())}" for k in t.keywords)) if t.keywords else None
                for t in self.themes]
        out: list[tuple[str | None, float]] = []
        for row, text in zip(vecs @ tv.T, texts, strict=True):
            low = text.lower()
            row = row + np.array([self.settings.keyword_bonus if pat is not None and pat.search(low) else 0.0
                                  for pat in self._keyword_patterns], dtype=row.dtype)
            j = int(np.argmax(row))
            out.append((self.themes[j].id, float(row[j])))
        return out
