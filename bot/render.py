"""Answer → Telegram HTML messages. Pure functions, tested without Telegram.

All report text is escaped; citations read "Rochdale SCR (2013) ¶4.9.5, p.114"; a lesson card is shown as
a summary, never quoted; messages are split under Telegram's limit on factor boundaries, never inside a
tag (a single factor longer than the limit is split between words, each part closed)."""

from __future__ import annotations

from html import escape

from telegram.constants import MessageLimit

from ..index import Answer, Citation, Factor, cite, layout

LIMIT = MessageLimit.MAX_TEXT_LENGTH


def citation_html(c: Citation, with_quote: bool = False) -> str:
    ref = f"<i>{escape(cite(c))}</i>"
    if with_quote and c.source_kind == "report":
        return f"{ref}\n“{escape(c.quote)}”"
    return ref


def factor_html(f: Factor, with_citations: bool = True) -> str:
    lines = [f"• {escape(f.summary)}"]
    if with_citations:
        lines += [f"  {citation_html(c)}" for c in f.citations]
    return "\n".join(lines)


def _blocks(factors: list[Factor], theme_labels: dict[str, str]) -> list[str]:
    """One block per factor, headed where the engine's layout puts a heading; a citation line shared by
    consecutive factors is shown once, after the last of them."""
    blocks: list[str] = []
    for sec in layout(factors, theme_labels):
        for n, (f, with_citations) in enumerate(sec.items):
            text = factor_html(f, with_citations)
            if n == 0 and sec.heading:
                text = f"<b>{escape(sec.heading)}</b>\n{text}"
            blocks.append(text)
    return blocks


def pack(blocks: list[str], limit: int = LIMIT) -> list[str]:
    """Join blocks into messages under ``limit``; a block over the limit is split on its own."""
    return _join([part for block in blocks for part in _split_block(block, limit)], "\n\n", limit)


def _join(pieces: list[str], sep: str, limit: int) -> list[str]:
    """Greedily join pieces (each within ``limit``) with ``sep`` into as few texts under ``limit`` as fit."""
    out: list[str] = []
    cur = ""
    for piece in pieces:
        candidate = f"{cur}{sep}{piece}" if cur else piece
        if len(candidate) <= limit:
            cur = candidate
        else:
            out.append(cur)
            cur = piece
    if cur:
        out.append(cur)
    return out


def _split_block(block: str, limit: int) -> list[str]:
    """A block over the limit is split between lines, and a long line between words. Only the escaped
    factor text can be long; tagged lines (theme, citation) are short, so no cut falls inside a tag,
    and cuts at spaces never fall inside an entity such as &amp;."""
    if len(block) <= limit:
        return [block]
    pieces: list[str] = []
    for line in block.split("\n"):
        while len(line) > limit:
            cut = line.rfind(" ", 0, limit)
            if cut <= 0:
                cut = limit
                amp = line.rfind("&", cut - 8, cut)
                if amp >= 0 and ";" not in line[amp:cut]:
                    cut = amp
            pieces.append(line[:cut])
            line = line[cut:].lstrip(" ")
        pieces.append(line)
    return _join(pieces, "\n", limit)


def render_answer(answer: Answer, theme_labels: dict[str, str], first: int | None = None,
                  limit: int = LIMIT) -> list[str]:
    """The factors (the first ``first`` of them, or all) as HTML messages."""
    if not answer.answered:
        return [escape(answer.message or "No answer.")]
    factors = answer.factors if first is None else answer.factors[:first]
    return pack(_blocks(factors, theme_labels), limit)


def render_sources(answer: Answer, limit: int = LIMIT) -> list[str]:
    """Each cited passage once, with what was quoted from it."""
    blocks = []
    seen: set[tuple] = set()
    for f in answer.factors:
        for c in f.citations:
            key = (c.report_id, c.paragraph, c.page, c.quote)
            if key in seen:
                continue
            seen.add(key)
            if c.source_kind == "summary":
                blocks.append(f"{citation_html(c)}\n{escape(c.quote)}")
            else:
                blocks.append(citation_html(c, with_quote=True))
    return pack(blocks or ["No sources were cited."], limit)
