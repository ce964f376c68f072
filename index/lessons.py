"""Lessons for daily digests: one cited point at a time, rotated across reports and themes, and
"7-minute briefings" built from one report. Pure library (no Telegram); deterministic.

A lesson card becomes one lesson: quoted from the report's own paragraph where the store holds the full
text and the card's reference was verified, else shown as our labelled summary. A full-text report
without cards gives its most finding-like sentences (scored against the practice themes). Every
citation is checked with :func:`verify.citation_problem`; a lesson whose citation fails is dropped.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .answer.engine import Engine
from .answer.findings import card_is_finding, in_reference_section
from .answer.summarise import Unit, make_citation, units_of
from .answer.verify import citation_problem
from .lesson_text import (
    ACTION,
    HIGH_SECTIONS,
    LOW_SECTIONS,
    PROMPT_GAP,
    SENSITIVE,
    default_prompts_file,
    is_recommendation,
    key_of,
    load_prompts,
    style_adjust,
    usable,
)
from .segment import segments
from .types import Briefing, Citation, Factor, Hit, Lesson, Passage, Report

CARD_KINDS = ("finding", "factor", "recommendation", "context")


@dataclass
class _Sentence:
    passage: Passage
    index: int  # position among the passage's units
    text: str
    theme: str | None
    score: float


class LessonPool:
    def __init__(self, engine: Engine, prompts_file: Path | None = None) -> None:
        self.engine = engine
        self.store = engine.store
        self.settings = engine.settings.lessons
        self.prompt_label, self._prompts, self._generic = load_prompts(
            prompts_file or self.settings.prompts_file or default_prompts_file())
        self._reports: dict[str, Report] = {r.report_id: r for r in self.store.reports()}
        self._full_text = self.store.full_text_reports()
        self._recommendation_keys: set[str] = set()
        self._later: set[str] = set()  # cards that are not this report's own finding (a later review's, a count)
        self._scores: dict[str, float] = {}  # theme score of a passage lesson (for briefings)
        lessons: list[Lesson] = []
        for report_id in self._reports:
            passages = self.store.report_passages(report_id)
            cards = [p for p in passages if p.source_kind == "summary" and p.card is not None]
            if cards:
                lessons.extend(self._card_lessons(cards, passages))
            elif report_id in self._full_text:
                lessons.extend(self._text_lessons([p for p in passages if p.source_kind == "report"]))
        self._all = lessons  # context cards too: a briefing's "What happened" may use them
        self.lessons: list[Lesson] = self._interleave([x for x in lessons if self._sendable(x)])
        self._by_key = {x.key: x for x in self.lessons}
        self._index = {x.key: i for i, x in enumerate(self.lessons)}
        self._briefings: dict[str, Briefing] = {}
        for report_id in dict.fromkeys(x.report_id for x in self.lessons):
            b = self._make_briefing(report_id)
            if b is not None:
                self._briefings[report_id] = b

    # -- the pool --------------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.lessons)

    def get(self, key: str) -> Lesson | None:
        return self._by_key.get(key)

    def pick(self, history: Sequence[str], theme: str | None = None) -> Lesson | None:
        """The next lesson for a chat whose delivered lesson keys (oldest first) are ``history``: the
        least-delivered lessons of the (theme-filtered) pool first; among those, one from another report
        and theme than the last delivered lesson where possible, then pool order. Unknown keys are ignored."""
        pool = [x for x in self.lessons if theme is None or x.theme == theme]
        if not pool:
            return None
        known = [k for k in history if k in self._by_key]
        counts = Counter(known)
        least = min(counts.get(x.key, 0) for x in pool)
        candidates = [x for x in pool if counts.get(x.key, 0) == least]
        last = self._by_key[known[-1]] if known else None
        if last is None:
            return candidates[0]
        # pool order, but starting after the last delivered lesson, so the rotation moves on
        start = self._index[last.key]
        n = len(self.lessons)
        return min(candidates, key=lambda x: (x.report_id == last.report_id, x.theme == last.theme,
                                              (self._index[x.key] - start - 1) % n))

    def prompt(self, theme: str | None, n: int) -> str:
        """The n-th discussion prompt for a theme (rotating); a generic one when the theme has none."""
        prompts = self._prompts.get(theme or "") or self._generic
        return prompts[n % len(prompts)]

    def prompt_after(self, theme: str | None, earlier: Sequence[str]) -> str:
        """The discussion prompt for a lesson on ``theme`` after the lessons ``earlier`` (keys, oldest
        first): the theme's own prompts, then the generic ones, taking the first not given in the last
        PROMPT_GAP lessons. Replaying the history makes the choice the same on every call."""
        used: list[str] = []
        for key in earlier:
            x = self._by_key.get(key)
            used.append(self._next_prompt(x.theme if x else None, used))
        return self._next_prompt(theme, used)

    def _next_prompt(self, theme: str | None, used: list[str]) -> str:
        candidates = list(dict.fromkeys([*self._prompts.get(theme or "", []), *self._generic]))
        recent = used[-PROMPT_GAP:]
        fresh = [q for q in candidates if q not in recent]
        if fresh:
            return fresh[0]
        return min(candidates, key=lambda q: max(i for i, u in enumerate(used) if u == q))  # least recent

    def _sendable(self, x: Lesson) -> bool:
        """A daily lesson is a finding with a practice implication: not a context card, not a later
        review's work, and nothing sensitive (ethnicity, religion) stated alone without its context."""
        if x.kind == "context" or x.key in self._later:
            return False
        text = x.factor.summary
        return not (SENSITIVE.search(text) and len(text.split()) < 25)

    # -- briefings -------------------------------------------------------------------------------
    def briefing_reports(self) -> list[str]:
        """Reports with enough material for a briefing, in the pool's rotation order."""
        return list(self._briefings)

    def briefing(self, report_id: str) -> Briefing | None:
        return self._briefings.get(report_id)

    # -- building --------------------------------------------------------------------------------
    def _checked(self, c: Citation | None) -> bool:
        return c is not None and citation_problem(c, self.store) is None

    def _citation(self, p: Passage, text: str) -> Citation:
        kind = "summary" if p.source_kind == "summary" else "sentence"
        return make_citation(Unit(text=text, hit=Hit(passage=p, score=0.0), kind=kind), self._reports)

    def _lesson(self, key: str, p: Passage, text: str, theme: str | None, kind: str,
                why: str | None = None, why_from: Passage | None = None) -> Lesson | None:
        """A lesson on ``text`` of ``p``; None if its citation fails. A verbatim ``why`` is cited from
        ``why_from`` and dropped if that citation fails."""
        c = self._citation(p, text)
        if not self._checked(c):
            return None
        why_c = self._citation(why_from, why) if why and why_from is not None else None
        if why_from is not None and not self._checked(why_c):
            why, why_c = None, None
        return Lesson(key=key, report_id=p.report_id, theme=theme, kind=kind,
                      factor=Factor(summary=text, theme=theme, citations=[c]), why=why, why_citation=why_c)

    def _units(self, passages: list[Passage]) -> dict[int | None, tuple[list[str], list[str], np.ndarray]]:
        """Passage id -> (unit texts, unit kinds, unit vectors: stored, or embedded where they are not)."""
        hits = [Hit(passage=p, score=0.0) for p in passages]
        per_hit = [units_of(h) for h in hits]
        units = [u for us in per_hit for u in us]
        vecs = self.engine.summariser.unit_vectors(hits, units) if units else np.zeros((0, 0), dtype=np.float32)
        out: dict[int | None, tuple[list[str], list[str], np.ndarray]] = {}
        start = 0
        for h, us in zip(hits, per_hit, strict=True):
            out[h.passage.passage_id] = ([u.text for u in us], [u.kind for u in us], vecs[start:start + len(us)])
            start += len(us)
        return out

    def _card_lessons(self, cards: list[Passage], passages: list[Passage]) -> list[Lesson]:
        report_text = [p for p in passages if p.source_kind == "report"]
        by_para: dict[str, list[Passage]] = {}
        for p in report_text:
            if p.paragraph:
                by_para.setdefault(p.paragraph, []).append(p)
        quotable = [c for c in cards if c.verified and c.paragraph and c.paragraph in by_para]
        paras = {p.passage_id: p for c in quotable for p in by_para[c.paragraph or ""]}
        units = self._units(list(paras.values()))
        card_vecs = dict(zip([c.passage_id for c in quotable],
                             self.engine.embedder.embed_batch([c.text for c in quotable]) if quotable else [],
                             strict=True))
        out = []
        for card in cards:
            themes = card.themes
            theme = themes[0] if themes else None
            kind = card.card.kind if card.card and card.card.kind in CARD_KINDS else "finding"
            key = f"card:{card.card.card if card.card else card.passage_id}"
            report = self._reports.get(card.report_id)
            if not card_is_finding(card, report.year if report else None) and kind != "context":
                self._later.add(key)
            lesson = None
            if card.passage_id in card_vecs:
                lesson = self._quoted_card(key, card, theme, kind, by_para[card.paragraph or ""], units,
                                           card_vecs[card.passage_id])
            if lesson is None:
                lst = card.card.list if card.card else None
                why = f"The report sets this out as one item in a list: {lst.rstrip('.')}." if lst else None
                lesson = self._lesson(key, card, card.text, theme, kind, why=why)
            if lesson is not None:
                out.append(lesson)
        return out

    def _quoted_card(self, key: str, card: Passage, theme: str | None, kind: str, paras: list[Passage],
                     units: dict, vec: np.ndarray) -> Lesson | None:
        """The sentence of the card's paragraph closest to the card, with a neighbouring sentence as why."""
        best: tuple[float, Passage, int] | None = None
        for p in paras:
            texts, _kinds, vecs = units[p.passage_id]
            for i, t in enumerate(texts):
                if t.rstrip().endswith(":") or len(t.split()) < 4:
                    continue
                score = float(vecs[i] @ vec)
                if best is None or score > best[0]:
                    best = (score, p, i)
        if best is None or best[0] < self.settings.min_card_match:
            return None  # the paragraph does not say what the card says: keep the card as our summary
        _, p, i = best
        texts = units[p.passage_id][0]
        return self._lesson(key, p, texts[i], theme, kind, why=self._neighbour(texts, i), why_from=p)

    @staticmethod
    def _neighbour(texts: list[str], i: int) -> str | None:
        for j in (i + 1, i - 1):
            if 0 <= j < len(texts) and len(texts[j].split()) >= 5 and not texts[j].rstrip().endswith(":"):
                return texts[j]
        return None

    def _text_lessons(self, passages: list[Passage]) -> list[Lesson]:
        """The most finding-like sentences of a report without cards: per passage its best sentence,
        then per theme the best few passages, and at most ``per_report`` from the report."""
        units = self._units(passages)
        best: dict[str, _Sentence] = {}
        for p in passages:
            texts, kinds, vecs = units[p.passage_id]
            ok = [i for i, t in enumerate(texts) if kinds[i] == "sentence" and usable(t)]
            if not ok:
                continue
            leaf = p.section.split(" > ")[-1] if p.section else ""
            adjust = (-0.08 if LOW_SECTIONS.search(p.section)
                      else 0.04 if HIGH_SECTIONS.search(leaf) else 0.0)
            if p.paragraph is None:
                adjust -= 0.04  # unnumbered text: forewords, title pages, boxes
            themes = self.engine.summariser.theme_scores([texts[i] for i in ok], vecs[ok])
            scored = [(theme, score + style_adjust(texts[i])) for i, (theme, score) in zip(ok, themes, strict=True)]
            i, (theme, score) = max(zip(ok, scored, strict=True), key=lambda x: x[1][1])
            s = _Sentence(passage=p, index=i, text=texts[i], theme=theme, score=score + adjust)
            key = key_of(p)
            if s.score >= self.settings.min_theme_score and (key not in best or s.score > best[key].score):
                best[key] = s
        per_theme: Counter[str | None] = Counter()
        chosen: list[tuple[str, _Sentence]] = []
        for key, s in sorted(best.items(), key=lambda kv: (-kv[1].score, kv[1].passage.ordinal)):
            if per_theme[s.theme] >= self.settings.per_theme or len(chosen) >= self.settings.per_report:
                continue
            per_theme[s.theme] += 1
            chosen.append((key, s))
        out = []
        for key, s in sorted(chosen, key=lambda kv: kv[1].passage.ordinal):
            texts = units[s.passage.passage_id][0]
            lesson = self._lesson(key, s.passage, s.text, s.theme, "passage",
                                  why=self._neighbour(texts, s.index), why_from=s.passage)
            if lesson is not None:
                out.append(lesson)
                self._scores[key] = s.score
                if is_recommendation(s.passage):
                    self._recommendation_keys.add(key)
        return out

    def _interleave(self, lessons: list[Lesson]) -> list[Lesson]:
        """Spread each report's lessons evenly over the pool, then avoid the same report or theme twice
        running where a nearby lesson allows it."""
        by_report: dict[str, list[Lesson]] = {}
        for x in lessons:
            by_report.setdefault(x.report_id, []).append(x)
        order = list(by_report)
        slots = []
        for r, xs in by_report.items():
            for i, x in enumerate(self._rotate_themes(xs)):
                slots.append(((i + 0.5) / len(xs), order.index(r), x))
        queue = [x for *_, x in sorted(slots, key=lambda s: (s[0], s[1]))]
        out: list[Lesson] = []
        while queue:
            last = out[-1] if out else None
            window = queue[:12]
            pick = next((x for x in window if last is None or (x.report_id != last.report_id
                                                               and x.theme != last.theme)), None) \
                or next((x for x in window if last is None or x.report_id != last.report_id), queue[0])
            queue.remove(pick)
            out.append(pick)
        return out

    @staticmethod
    def _rotate_themes(xs: list[Lesson]) -> list[Lesson]:
        groups: dict[str | None, list[Lesson]] = {}
        for x in xs:
            groups.setdefault(x.theme, []).append(x)
        out: list[Lesson] = []
        while any(groups.values()):
            for g in groups.values():
                if g:
                    out.append(g.pop(0))
        return out

    def _make_briefing(self, report_id: str) -> Briefing | None:
        report = self._reports[report_id]
        mine = [x for x in self.lessons if x.report_id == report_id]
        found = self._best_found([x for x in mine if x.kind in ("finding", "factor")
                                  or (x.kind == "passage" and x.key not in self._recommendation_keys)], 3)
        if len(found) < 2:
            return None
        recs = [x.factor for x in mine if (x.kind == "recommendation" or (
            x.kind == "passage" and x.key in self._recommendation_keys)) and ACTION.search(x.factor.summary)][:2]
        if len(recs) < 2 and report_id in self._full_text:
            have = {c.passage_id for f in recs for c in f.citations}
            more = [f for f in self._recommendation_sentences(report_id, 4)
                    if f.citations[0].passage_id not in have]
            recs += more[:2 - len(recs)]
        overview = report.summary
        # our overview of the report says what happened; without one, "context" cards (which can also be
        # about how the report was received) or the report's own opening paragraphs
        context = [x.factor for x in self._all if x.report_id == report_id and x.kind == "context"
                   and x.key not in self._later]
        happened = [] if overview else context[:2]
        if not happened and report_id in self._full_text:
            happened = self._opening_sentences(report_id, 2)
        themes = list(dict.fromkeys(x.theme for x in found))[:2]
        questions = list(dict.fromkeys(self.prompt(t, n) for n in (0, 1) for t in themes))[:2]
        return Briefing(report_id=report_id, report_label=report.label, happened=happened,
                        found=[x.factor for x in found], differently=recs,
                        questions=questions, prompt_label=self.prompt_label,
                        overview=str(overview) if overview else None)

    def _best_found(self, xs: list[Lesson], n: int) -> list[Lesson]:
        """Up to n lessons, best-scoring first (cards in report order), one per theme before repeats."""
        ranked = sorted(xs, key=lambda x: -self._scores.get(x.key, 0.0))
        seen: set[str | None] = set()
        first = []
        for x in ranked:
            if x.theme not in seen:
                seen.add(x.theme)
                first.append(x)
        chosen = (first + [x for x in ranked if x not in first])[:n]
        return sorted(chosen, key=ranked.index)

    def _sentence_factors(self, candidates: list[tuple[Passage, str]], n: int) -> list[Factor]:
        out: list[Factor] = []
        for p, text in candidates:
            c = self._citation(p, text)
            if self._checked(c):
                out.append(Factor(summary=text, citations=[c]))
            if len(out) >= n:
                break
        return out

    def _report_text(self, report_id: str) -> list[Passage]:
        return [p for p in self.store.report_passages(report_id) if p.source_kind == "report"]

    def _recommendation_sentences(self, report_id: str, n: int) -> list[Factor]:
        """Verbatim sentences with recommend/should wording, from recommendation paragraphs first."""
        passages = sorted(self._report_text(report_id), key=lambda p: (not is_recommendation(p), p.ordinal))
        cands = [(p, s.text) for p in passages for s in segments(p.text)
                 if s.kind == "sentence" and usable(s.text) and ACTION.search(s.text)]
        return self._sentence_factors(cands, n)

    def _opening_sentences(self, report_id: str, n: int) -> list[Factor]:
        """What happened, from the report's own words: the first sentence of its first numbered paragraphs
        outside forewords and methodology (of its first paragraphs, in a report without printed numbers)."""
        text = [p for p in self._report_text(report_id) if not is_recommendation(p) and not in_reference_section(p)]
        passages = [p for p in text if p.paragraph] or text
        preferred = [p for p in passages if not re.search(r"scope|method|approach|terms of reference|"
                                                          r"contents|glossary|structure", p.section, re.I)]
        cands = []
        for p in preferred or passages:
            first = next((s.text for s in segments(p.text) if s.kind == "sentence" and usable(s.text)), None)
            if first:
                cands.append((p, first))
        return self._sentence_factors(cands, n)


__all__ = ["Briefing", "Lesson", "LessonPool", "load_prompts"]
