"""Answer → Telegram HTML messages. Pure functions, tested without Telegram.

All report text is escaped; citations read "Rochdale SCR (2013) ¶4.9.5, p.114"; a lesson card is shown as
a summary, never quoted; messages are split under Telegram's limit on factor boundaries where possible.

Telegram counts a message's length in UTF-16 code units (an emoji counts 2) after parsing its entities.
Every length here is the raw HTML's length in UTF-16 units (``utf16_len``), which is never less than the
parsed length, so a part within ``LIMIT`` here is within Telegram's limit. ``fit`` splits any HTML text
into parts: between paragraphs, lines or words where it can, else between characters, never inside a tag
or an entity such as &amp;, and every part balanced (tags open at a cut are closed at the end of the part
and reopened at the start of the next)."""

from __future__ import annotations

import re
import unicodedata
from html import escape

from telegram.constants import MessageLimit

from ..index import Answer, Citation, Factor, cite, layout

LIMIT = int(MessageLimit.MAX_TEXT_LENGTH)
ELLIPSIS = "…"

# One atom each: a tag (quoted attribute values may hold ">"), an entity, or one character.
_ATOM = re.compile(r"""<(?:[^>"']|"[^"]*"|'[^']*')*>|&(?:#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z]{1,10});|.""",
                   re.S)
_TAG = re.compile(r"""<(?:[^>"']|"[^"]*"|'[^']*')*>""")
_TAG_NAME = re.compile(r"</?\s*([A-Za-z][\w-]*)")
_SPACE = frozenset(" \t\r\n")
PARA, LINE, WORD = 0, 1, 2  # cut points, best first: between paragraphs, lines, words
_BIDI_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


def utf16_len(s: str) -> int:
    """The length of ``s`` as Telegram counts it: UTF-16 code units (a character beyond U+FFFF counts 2)."""
    return len(s.encode("utf-16-le", "surrogatepass")) // 2


def _visible(html: str) -> bool:
    """Whether the HTML shows anything but white space (Telegram refuses an empty message)."""
    return bool(_TAG.sub("", html).strip())


def _glued(seq: list[str] | str, k: int) -> bool:
    """Whether a cut before ``seq[k]`` would split what reads as one character: a combining mark, a
    variation selector, a skin tone, a zero-width joiner's sequence, a flag (a pair of regional indicators)."""
    a, b = seq[k - 1], seq[k]
    if len(a) != 1 or len(b) != 1:
        return False
    o = ord(b)
    if a == "\u200d" or b == "\u200d" or unicodedata.category(b) in ("Mn", "Mc", "Me"):
        return True
    if 0xFE00 <= o <= 0xFE0F or 0x1F3FB <= o <= 0x1F3FF or 0xE0020 <= o <= 0xE007F or 0xE0100 <= o <= 0xE01EF:
        return True
    if _regional(b) and _regional(a):
        run, p = 0, k - 1  # regional indicators pair up from the start of their run
        while p >= 0 and _regional(seq[p]):
            run, p = run + 1, p - 1
        return run % 2 == 1
    return False


def _regional(ch: str) -> bool:
    return len(ch) == 1 and 0x1F1E6 <= ord(ch) <= 0x1F1FF


def _closing(stack: tuple[tuple[str, str], ...]) -> str:
    return "".join(f"</{name}>" for name, _ in reversed(stack))


def _step(atom: str, stack: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """The open tags after ``atom``: a start tag is pushed, its end tag pops it."""
    if len(atom) < 2 or atom[0] != "<":
        return stack
    m = _TAG_NAME.match(atom)
    if m is None:
        return stack
    name = m.group(1).lower()
    if atom[1] != "/":
        return (*stack, (name, atom))
    return stack[:-1] if stack and stack[-1][0] == name else stack


def _runs(atoms: list[str]) -> dict[int, tuple[int, int]]:
    """Each run of white space: its first atom -> (the atom after it, PARA / LINE / WORD)."""
    runs: dict[int, tuple[int, int]] = {}
    k, n = 0, len(atoms)
    while k < n:
        if atoms[k] in _SPACE:
            e = k
            while e < n and atoms[e] in _SPACE:
                e += 1
            newlines = atoms[k:e].count("\n")
            runs[k] = (e, PARA if newlines >= 2 else LINE if newlines else WORD)
            k = e
        else:
            k += 1
    return runs


def _skip(atoms: list[str], i: int, stack: tuple[tuple[str, str], ...]) -> tuple[int, tuple[tuple[str, str], ...]]:
    """Past the white space at a cut, and past end tags that would close a reopened tag at once."""
    while i < len(atoms):
        a = atoms[i]
        if a in _SPACE:
            i += 1
        elif a.startswith("</") and stack and (m := _TAG_NAME.match(a)) and m.group(1).lower() == stack[-1][0]:
            stack, i = stack[:-1], i + 1
        else:
            break
    return i, stack


def _part(atoms: list[str], sizes: list[int], runs: dict[int, tuple[int, int]], i: int,
          stack: tuple[tuple[str, str], ...], limit: int) -> tuple[str | None, int, tuple[tuple[str, str], ...]]:
    """The next part from atom ``i`` (with ``stack`` open): (its HTML or None if it shows nothing, where the
    next part starts, the tags open there)."""
    prefix = "".join(tag for _, tag in stack)
    length, closers, solid = utf16_len(prefix), sum(len(name) + 3 for name, _ in stack), False
    hist: list[tuple[int, tuple[tuple[str, str], ...], bool]] = []  # before each atom: length, open tags, solid
    cuts: list[tuple[int, int]] = []  # (atom, PARA/LINE/WORD): white space where the part may end
    j, n = i, len(atoms)
    while j < n:
        a = atoms[j]
        if j in runs and solid:
            cuts.append((j, runs[j][1]))
        hist.append((length, stack, solid))
        after = _step(a, stack)
        after_closers = closers if after is stack else sum(len(name) + 3 for name, _ in after)
        if length + sizes[j] + after_closers > limit:
            break
        length, stack, closers = length + sizes[j], after, after_closers
        solid = solid or (a[0] != "<" and not a.isspace())
        j += 1
    else:
        return (prefix + "".join(atoms[i:]) + _closing(stack) if solid else None), n, stack
    k = _choose(cuts, hist, i, limit)
    if k is not None:
        return prefix + "".join(atoms[i:k]) + _closing(hist[k - i][1]), runs[k][0], hist[k - i][1]
    k = j  # no white space: cut between characters, not inside one that reads as one
    while k > i + 1 and j - k < 32 and _glued(atoms, k):
        k -= 1
    if _glued(atoms, k):
        k = j
    if not hist[k - i][2]:
        raise ValueError(f"a limit of {limit} leaves no room for text after the open tags {prefix!r}")
    return prefix + "".join(atoms[i:k]) + _closing(hist[k - i][1]), k, hist[k - i][1]


def _choose(cuts: list[tuple[int, int]], hist: list, i: int, limit: int) -> int | None:
    """The best cut: the last paragraph break past half the limit, else the last line break there, else the
    last space there; failing all, the last cut of any kind."""
    last: dict[int, int] = {}
    for k, level in cuts:
        last[level] = k
    for level in (PARA, LINE, WORD):
        k = last.get(level)
        if k is not None and hist[k - i][0] >= limit // 2:
            return k
    return cuts[-1][0] if cuts else None


def fit(html: str, limit: int = LIMIT) -> list[str]:
    """Any outgoing HTML text as one or more balanced parts, each within ``limit`` UTF-16 units (raw, so
    within Telegram's limit after parsing too). A text that fits comes back as it is; a longer one is cut
    between paragraphs, lines or words (the white space at a cut is dropped), else between characters;
    never inside a tag or an entity. Parts that would show nothing are left out, so a text with no
    visible characters gives []. ``html`` must be well formed (escaped text and balanced tags)."""
    if utf16_len(html) <= limit:
        return [html] if _visible(html) else []
    atoms = _ATOM.findall(html)
    sizes = [(2 if ord(a) > 0xFFFF else 1) if len(a) == 1 else utf16_len(a) for a in atoms]
    runs = _runs(atoms)
    parts: list[str] = []
    stack: tuple[tuple[str, str], ...] = ()
    i = 0
    while True:
        i, stack = _skip(atoms, i, stack)
        if i >= len(atoms):
            return parts
        part, i, stack = _part(atoms, sizes, runs, i, stack, limit)
        if part is not None and _visible(part):
            parts.append(part)


def echo(user_text: str, n: int = 64) -> str:
    """User input to quote back (in an error message, say): on one line, without control or direction-
    override characters, at most ``n`` UTF-16 units ("…" included) cut before escaping, so never inside
    an entity or a character, then escaped."""
    text = user_text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")  # lone surrogates
    text = text.translate(_BIDI_CONTROLS)
    text = " ".join("".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in text).split())
    if utf16_len(text) <= n:
        return escape(text, quote=False)
    if n < 1:
        return ""
    k, used = 0, 0
    while k < len(text) and used + utf16_len(text[k]) <= n - 1:
        used += utf16_len(text[k])
        k += 1
    back = k
    while back > 0 and k - back < 32 and _glued(text, back):
        back -= 1
    if back > 0:
        k = back
    return escape(text[:k].rstrip(), quote=False) + ELLIPSIS


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
    """Join blocks (each balanced HTML) into as few messages within ``limit`` as they fill, in order,
    separated by a blank line; a block over the limit is split on its own (``fit``)."""
    out: list[str] = []
    cur = ""
    for piece in (part for block in blocks for part in fit(block, limit)):
        candidate = f"{cur}\n\n{piece}" if cur else piece
        if utf16_len(candidate) <= limit:
            cur = candidate
        else:
            out.append(cur)
            cur = piece
    if cur:
        out.append(cur)
    return out


def render_answer(answer: Answer, theme_labels: dict[str, str], first: int | None = None,
                  limit: int = LIMIT) -> list[str]:
    """The factors (the first ``first`` of them, or all) as HTML messages."""
    if not answer.answered:
        return fit(escape(answer.message or ""), limit) or ["No answer."]
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
