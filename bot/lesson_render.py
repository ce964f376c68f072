"""Lessons and briefings → one Telegram HTML message each. Pure functions, tested without Telegram.

The report's own words are shown in quotation marks with their citation; a lesson card is shown as our
summary (its citation says so), never quoted; a note built from a card's metadata is marked "(our note)";
discussion prompts carry their label. A message over the limit loses words from "Why it matters" first,
then from the lesson, cut between sentences or words and marked "…"; tags are never cut. Lengths are
counted as Telegram counts them, in UTF-16 units (``render.utf16_len``)."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from ..index import Briefing, Citation, Factor, Lesson, split_sentences
from .render import ELLIPSIS, LIMIT, citation_html, fit, utf16_len

MIN_KEEP = 40  # below this many characters a shortened part is dropped rather than kept as a stub


def shorten(text: str, limit: int) -> str:
    """The longest start of ``text`` whose escaped form fits ``limit``: whole sentences where one fits,
    else whole words, marked "…". Empty when not even one word fits."""
    if utf16_len(escape(text)) <= limit:
        return text
    end, pos = 0, 0
    for s in split_sentences(" ".join(text.split("\n"))):
        at = text.find(s, pos)
        if at < 0:
            break
        stop = at + len(s)
        if utf16_len(escape(text[:stop])) + 2 > limit:
            break
        end, pos = stop, stop
    if end:
        return f"{text[:end]} {ELLIPSIS}"
    cut = min(len(text), limit + 1)  # escaping never shortens, so no longer start can fit
    while cut > 0:
        cut = text.rfind(" ", 0, cut)
        if cut > 0 and utf16_len(escape(text[:cut].rstrip(",;:"))) + 1 <= limit:
            return text[:cut].rstrip(",;:") + ELLIPSIS
    return ""


def _quoted(text: str) -> str:
    return f"“{escape(text)}”"


def _statement(f: Factor, text: str | None = None, indent: str = "") -> str:
    """The statement (quoted if it is the report's own words) and its citations, one per line."""
    text = f.summary if text is None else text
    verbatim = bool(f.citations) and all(c.source_kind == "report" for c in f.citations)
    body = _quoted(text) if verbatim else escape(text)
    return "\n".join([body] + [f"{indent}{citation_html(c)}" for c in f.citations])


def _why(why: str, citation: Citation | None) -> str:
    if citation is not None:
        return f"{_quoted(why)}\n{citation_html(citation)}"
    return f"{escape(why)} <i>(our note)</i>"


def _fit(build: Callable[[str | None, str], str], why: str | None, summary: str, limit: int) -> str:
    """Shorten ``why`` first, then ``summary``, until ``build(why, summary)`` fits ``limit``."""
    text = build(why, summary)
    if utf16_len(text) > limit and why:
        budget = utf16_len(escape(why)) - (utf16_len(text) - limit)
        why = shorten(why, budget) if budget >= MIN_KEEP else None
        why = why or None
        text = build(why, summary)
    if utf16_len(text) > limit:
        budget = utf16_len(escape(summary)) - (utf16_len(text) - limit)
        summary = shorten(summary, max(budget, 1)) or ELLIPSIS
        text = build(why, summary)
    return _one(text, limit)


def _one(text: str, limit: int) -> str:
    """Last resort when even the shortest form is over the limit (a citation longer than the limit, say):
    the first balanced part that fits."""
    if utf16_len(text) <= limit:
        return text
    return (fit(text, limit) or [ELLIPSIS])[0]


def render_lesson(lesson: Lesson, theme_labels: dict[str, str], prompt: str, prompt_label: str,
                  heading: str = "Lesson of the day", limit: int = LIMIT) -> str:
    """One lesson as one message: heading and theme, the lesson with its citation, why it matters,
    and a labelled discussion prompt."""
    label = theme_labels.get(lesson.theme, lesson.theme) if lesson.theme else None
    heading, prompt_label = shorten(heading, 200) or ELLIPSIS, shorten(prompt_label, 200) or ELLIPSIS
    title = f"<b>{escape(heading)}</b>" + (f"\n<b>{escape(shorten(label, 200))}</b>" if label else "")
    prompt = shorten(prompt, 600) or ELLIPSIS

    def build(why: str | None, summary: str) -> str:
        parts = [title, _statement(lesson.factor, summary)]
        if why:
            parts.append(f"<b>Why it matters</b>\n{_why(why, lesson.why_citation)}")
        parts.append(f"<b>For discussion</b>\n{escape(prompt)}\n<i>{escape(prompt_label)}</i>")
        return "\n\n".join(parts)

    return _fit(build, lesson.why, lesson.factor.summary, limit)


def render_briefing(b: Briefing, theme_labels: dict[str, str], limit: int = LIMIT) -> str:
    """A 7-minute briefing as one message: what happened, what was found, what to do differently and
    questions for supervision; every statement followed by its citation."""
    for cap in (700, 450, 300, 200, 120, 60):
        text = _briefing(b, theme_labels, cap, with_overview=cap >= 300)
        if utf16_len(text) <= limit:
            return text
    return _briefing_minimal(b, limit)


def _item(f: Factor, cap: int, label: str | None = None) -> str:
    text = shorten(f.summary, cap) or ELLIPSIS
    prefix = f"<b>{escape(label)}.</b> " if label else ""
    return f"• {prefix}{_statement(f, text, indent='  ')}"


def _briefing(b: Briefing, theme_labels: dict[str, str], cap: int, with_overview: bool) -> str:
    parts = [f"<b>7-minute briefing: {escape(b.report_label)}</b>"]
    happened = [_item(f, cap) for f in b.happened]
    if with_overview and b.overview:
        overview = escape(shorten(b.overview, cap * 2) or ELLIPSIS)
        happened.insert(0, f"{overview} <i>(our summary of the report)</i>")
    parts.append("<b>What happened</b>\n" + ("\n".join(happened) or "<i>Not in the material held here.</i>"))
    found = [_item(f, cap, theme_labels.get(f.theme or "") if f.theme else None) for f in b.found]
    parts.append("<b>What was found</b>\n" + "\n".join(found))
    differently = [_item(f, cap) for f in b.differently]
    parts.append("<b>What to do differently</b>\n"
                 + ("\n".join(differently) or "<i>No recommendations in the material held here.</i>"))
    questions = "\n".join(f"• {escape(shorten(q, 300) or q[:300])}" for q in b.questions)
    parts.append(f"<b>Questions for supervision</b>\n{questions}\n<i>{escape(b.prompt_label)}</i>")
    return "\n\n".join(parts)


def _briefing_minimal(b: Briefing, limit: int) -> str:
    """Last resort for pathological inputs (huge labels or citations): the heading and what was found."""
    parts = [f"<b>7-minute briefing: {escape(shorten(b.report_label, 200) or ELLIPSIS)}</b>",
             "<b>What was found</b>"]
    for f in b.found:
        line = _item(f, 60)
        if utf16_len("\n".join([*parts, line])) > limit:
            break
        parts.append(line)
    return _one("\n".join(parts), limit)


__all__ = ["render_briefing", "render_lesson", "shorten"]
