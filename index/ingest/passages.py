"""Blocks → passages: one passage per printed paragraph.

The numbering scheme is read from the document itself. Multi-level numbers ("1.1", "4.9.5", "B.2.3", "4.9.5a", also
after a word label, "Paragraph 3.2") are taken when they move forward through the document, or when they start again
("1.1" after an executive summary's "1.5") and the next number follows on ("1.2"). A run of single numbers ("12.",
"[12]", "Paragraph 12" / "Para. 12", all cited "12"; "14A" inserted after "14") is taken only when it counts up
through the whole document (otherwise "1. 2. 3." are a numbered list inside a paragraph). "Recommendation 3" labels
are kept as such, also when a table row gives them their own cell ("Recommendation 3 | text"). In a numbered
document, everything between one numbered paragraph and the next (bullets, quotations, text continued after a page
break) belongs to the first. Unnumbered text falls back to one passage per block, referenced by page and position on
the page, with a bullet list kept with the sentence that introduces it. Long paragraphs become overlapping windows
that keep the same reference.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from ..types import Block, Passage
from .glossary_terms import joins_previous
from .interrupted import continues, is_caption, set_aside
from .letters import VALEDICTION, closing_at, in_letters, quoting_letters
from .numbered_rows import rows_aside
from .parse.common import LABELLED_NUMBER, counted_tables
from .parse.printed_dates import is_printed_date
from .parse.reference_lists import in_reference_lists
from .republished import in_added_front
from .sequence import accepts, appendix_numbers, back_after, counts_up, num_key, typed_number
from .short_items import join_items, listed_points
from .windows import windows as _windows

# "4.9.5", "B.2", "4.9.5a"; an appendix's "A1" or "A1." (a letter and one or two digits); a summary's "ES1"
ML_RE = re.compile(r"^(?:(?i:paragraph|para\.?)\s+|§\s*)?(?P<num>(?:\d{1,3}|[A-Z]|ES)\.\d{1,3}(?:\.\d{1,3}){0,2}[a-z]?"
                   r"|(?:ES|[A-Z])\d{1,2}(?=\.?\s))(?:\.|(?<=\d):)?(?:\s+|$)(?P<rest>.*)$", re.S)
SI_RE = re.compile(r"^(?:(?P<word>(?i:paragraph|para\.?)\s+|§\s*)(?P<wnum>\d{1,4})[.:]?|[\[(](?P<bnum>\d{1,4})[\])]"
                   r"|(?P<num>\d{1,4})[.)])(?:\s+|$)(?P<rest>.*)$", re.S)
# a bare number typed before the text ("12 On an afternoon ..."): read only where it numbers the document
BARE_RE = re.compile(r"^(?P<num>\d{1,3})[ \t\u00a0]+(?P<rest>.*)$", re.S)
# a paragraph inserted after publication into a single numbering, typed after the one it follows ("14A", "14B")
INSERTED_RE = re.compile(r"^(?P<num>\d{1,4}[A-Z])[.)]?[ \t\u00a0]+(?P<rest>[A-Z\"“‘].*)$", re.S)
# a label before its text, never a sentence's subject ("Recommendation 2 rests on the finding ..." is no label's text)
REC_RE = re.compile(rf"^(?P<num>{LABELLED_NUMBER})\s*(?:[:.|–—-]\s*|\s+(?!(?-i:[a-z]))|$)(?P<rest>.*)$",
                    re.S | re.IGNORECASE)
_TERMINAL = re.compile(r"[.!?\"”’)\]]$")  # "3.17 [This paragraph has been redacted]" ends too
SENTENCE_START = re.compile(r"^[\"“‘'(\[]?[A-Z0-9]")


@dataclass
class _Numbering:
    multi: bool
    single: bool
    lettered: bool = False  # single numbering, with appendices numbered "A1", "A.1": those are read too
    bare: bool = False  # single numbering typed without a stop ("12 On ..."), read only as a running sequence
    lead: bool = False  # a multi-level document whose summary, before its first "1.1", is numbered 1., 2. or i., ii.
    added: frozenset[int] = frozenset()  # blocks of a repository's or transcriber's numbered points (no lead's)

    @property
    def levels(self) -> bool:
        """Multi-level labels are read: the document's own, or its lettered appendices'."""
        return self.multi or self.lettered


def _single(text: str, bare: bool = False) -> tuple[str, str] | None:
    """A single running number at the start of a block ("12. ...", "Paragraph 12 ...", and where the
    document numbers its paragraphs so, "12 ...") and the rest."""
    m = SI_RE.match(text)
    if m and SENTENCE_START.match(m.group("rest") or "A"):
        return m.group("wnum") or m.group("bnum") or m.group("num"), m.group("rest")
    m = BARE_RE.match(text) if bare else None
    if m and m.group("rest")[:1].isupper():  # "12 On ...", never "15 recommendations" or "3 per cent"
        return m.group("num"), m.group("rest")
    return None


# a summary's roman numbers, "i." to "xxxix."
ROMAN_RE = re.compile(r"^(?P<num>(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3}))\.\s+(?P<rest>.*)$", re.S)
_ROMAN = {"i": 1, "v": 5, "x": 10}


def _lead(text: str) -> tuple[str, int, str] | None:
    """A summary's own number before the report's "1.1" ("3." or "iii.") with its value, and the rest."""
    if s := _single(text):
        return s[0], int(s[0]), s[1]
    m = ROMAN_RE.match(text)
    if not m or not m["rest"] or not SENTENCE_START.match(m["rest"]):  # "iv." alone is no paragraph
        return None
    values = [_ROMAN[c] for c in m["num"]]
    return m["num"], sum(-v if v < w else v for v, w in zip(values, [*values[1:], 0], strict=True)), m["rest"]


def _multilevel(text: str) -> tuple[str, str] | None:
    """A multi-level number at the start of a block ("4.9.5 ...", "Paragraph 3.2 ...") and the rest (no date)."""
    num, rest = (m.group("num"), m.group("rest")) if (m := ML_RE.match(text)) else typed_number(text) or ("", "")
    if not num or not SENTENCE_START.match(rest or "A") or is_printed_date(num):  # "4. 2", "(4.2)": typed_number
        return None
    return num, rest


def _is_multi(number: str) -> bool:
    """A label of the multi-level numbering ("4.9.5", "B.2", an appendix's "A1"), not a single one."""
    return "." in number or bool(re.fullmatch(r"(?:ES|[A-Z])\d{1,2}", number))


def _detect(blocks: list[Block]) -> _Numbering:
    multi_hits = lettered = 0
    singles: list[int] = []
    bares: list[int] = []
    lead: list[int] = []  # single numbers (or roman ones) before the first multi-level one
    paras = on_page = 0
    # a letter's own numbered points, or a repository's or transcriber's, are no summary's before the report's "1.1"
    added = in_added_front(blocks)
    letter = in_letters(blocks) | added | listed_points(blocks)  # or a list's short points under its lead-in
    quoting = quoting_letters(blocks, _multilevel) | in_reference_lists(blocks)  # a letter's points, references
    for i, b in enumerate(blocks):
        if b.kind != "para":
            continue
        if m := _multilevel(b.text):
            multi_hits += 1
            lettered += m[0][:1].isalpha()
            continue
        if (r := _lead(b.text)) and not multi_hits and not _heading_like(r[2]) and i not in letter:
            lead.append(r[1])
        if s := _single(b.text):
            singles += [] if i in quoting else [int(s[0])]
        elif s := _single(b.text, bare=True):
            bares.append(int(s[0]))
            on_page += s[0] in (b.page_label, str(b.page))
        paras += 1
    single = counts_up(singles) and multi_hits < len(singles)
    # a stop-less number is the weaker sign: it must number most paragraphs, and not be the page's own number
    # (a page number run into the text after it)
    bare = not single and counts_up(bares) and multi_hits < len(bares) and len(bares) >= 0.5 * paras \
        and on_page < 0.5 * len(bares)
    single = single or bare
    multi = multi_hits >= 3 and not single
    return _Numbering(multi=multi, single=single, lettered=single and lettered >= 2, bare=bare,
                      lead=multi and len(lead) >= 3 and lead == list(range(1, len(lead) + 1)), added=frozenset(added))


_LABEL_ONLY = re.compile(r"(?:\d{1,3}(?:\.\d{1,3}){1,3}\.?|\d{1,3}\.)")


def _labels_to_their_text(blocks: list[Block]) -> list[Block]:
    """A paragraph number that is a block of its own ("3.1", set in its own frame or cell by a converter) and
    the paragraph after it are one numbered paragraph, where that paragraph reads as sentences, not a title."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        # ... or a heading of its own, the number alone ("### 4.2" in a wiki's Markdown, "<h3>4.2</h3>")
        if b.kind in ("para", "heading") and nxt is not None and nxt.kind == "para" \
                and _LABEL_ONLY.fullmatch(b.text.strip()) \
                and nxt.text[:1].isupper() and not _title(nxt.text):
            out.append(dataclasses.replace(nxt, text=f"{b.text.strip()} {nxt.text}", page=b.page,
                                           page_label=b.page_label))
            i += 2
            continue
        out.append(b)
        i += 1
    return out


def _title(text: str) -> bool:
    """A short line with no sentence in it ("Background"), not a paragraph's first line (which may be cut
    off mid-sentence by a converter that made every printed line a paragraph)."""
    return len(text.split()) <= 10 and not re.search(r"[.!?:;]", text)


def _heading_like(rest: str) -> bool:
    """The words after a number are a title ("Introduction"), not a paragraph's sentences."""
    return len(rest.split()) <= 12 and not _TERMINAL.search(rest)


def _key_of(text: str, scheme: _Numbering) -> tuple[int, ...] | None:
    """The number that would start a paragraph here under this document's scheme, as a sortable key."""
    if scheme.levels:
        multi = _multilevel(text)
        if multi and (scheme.multi or multi[0][:1].isalpha()):
            return num_key(multi[0])
        if scheme.multi:
            return None
    single = _single(text, scheme.bare) if scheme.single else None
    return (int(single[0]),) if single else None


def _split_number(block: Block, scheme: _Numbering, last: tuple[int, ...] | None, last_single: int,
                  following: tuple[int, ...] | None = None,
                  back: Callable[[], tuple[int, ...] | None] = lambda: None) -> tuple[str | None, str]:
    text = block.text
    m = REC_RE.match(text)
    if m:
        label = m.group("num")[0].upper() + m.group("num")[1:]
        return re.sub(r"\s+", " ", label), m.group("rest").strip()
    multi = _multilevel(text) if scheme.levels else None
    multi = multi if multi and (scheme.multi or multi[0][:1].isalpha()) else None
    if multi and (block.quoted or accepts(last, num_key(multi[0]), following, back)):
        return multi[0], multi[1].strip()
    if scheme.single:
        s = _single(text, scheme.bare)
        if s is None and last_single and (m := BARE_RE.match(text)) and m["rest"][:1].isupper() \
                and int(m["num"]) == last_single + 1:
            s = m["num"], m["rest"]  # the next number with its stop lost (a scan's text layer): "44 The ..."
        if s:
            num, rest = s
            key = (int(num),)  # never a restart: "1. 2. 3." after paragraph 12 is a list inside it
            if last_single == 0 or (key > (last_single,) and accepts((last_single,), key, following)):
                return num, rest.strip()
        if (m := INSERTED_RE.match(text)) and last_single and int(m["num"][:-1]) == last_single:
            return m["num"], m["rest"].strip()
    return None, text


def _is_numbered_heading(number: str | None, rest: str, following: Block | None) -> bool:
    """'4.9 Concluding comments' set as body text: short, unpunctuated, followed by '4.9.1 ...'."""
    if number is None or number.lower().startswith(("recommendation", "finding", "lesson", "learning")):
        return False
    if not rest or (len(rest.split()) <= 12 and not _TERMINAL.search(rest) and not rest.endswith(":")):
        if following is not None:
            m = ML_RE.match(following.text)
            if m and m.group("num").startswith(number + "."):
                return True
        return not rest or len(rest.split()) <= 6
    return False


# a year alone ("2018"): a chronology's sub-heading, whose bold a scan's text layer has lost; never a paragraph's text
YEAR_ALONE = re.compile(r"(?:19|20)\d\d")


# a form's field line under a committee report or a letter ("Background papers: none", "Contact officer: ..."), or a
# question put to the room or the reader after a paragraph (a trainer's "Ask: what would have helped ...?")
FIELD = re.compile(r"^[A-Z][a-z]+(?:\s[a-z]+){0,2}:\s+\S[^\n]{0,120}(?<![.!])$")
# a sub-paragraph printed with its paragraph's number ("5(a)" after "5. ... as follows:"), which the report cites so
SUB_RE = re.compile(r"^(?P<num>\d{1,4})\((?P<sub>[a-z]{1,3})\)[ \t\u00a0]+(?P<rest>\S.*)$", re.S)
# a chapter's number and title where every paragraph is numbered "4.1" ("4. What we have learned")
CHAPTER = re.compile(r"^(\d{1,2})\.?\s+(\S.*)$")


def cut_passages(blocks: list[Block], report_id: str, window_words: int = 220,
                 window_overlap: int = 40) -> list[Passage]:
    """Cleaned blocks -> passages, one per printed paragraph. One pass over the blocks as a small state
    machine (section path, current passage, last number seen, a pending "Recommendation N" label): it is
    kept in one function because each branch updates that shared state."""
    blocks = _labels_to_their_text([b for b in blocks if b.text.strip()])
    blocks = set_aside(join_items(rows_aside(blocks, _multilevel)))  # rows that carry a number: no paragraphs
    scheme = _detect(blocks)
    numbered_doc = scheme.multi or scheme.single
    own = appendix_numbers(blocks, _single) if scheme.multi else {}  # an appendix's numbers from 1 again
    counted = counted_tables(blocks)
    passages: list[Passage] = []
    section: list[tuple[int, str]] = []
    cur: Passage | None = None
    cur_table: int | None = None  # the table whose row began ``cur``: what follows the table is not part of it
    last_key: tuple[int, ...] | None = None
    last_single = last_lead = 0
    pending_label: str | None = None
    resume: Passage | None = None  # the passage a box interrupted: it goes on after the box
    keys = [_key_of(b.text, scheme) if b.kind == "para" else None for b in blocks]
    following: list[tuple[int, ...] | None] = [None] * len(blocks)  # the next paragraph number after each block
    for i in range(len(blocks) - 2, -1, -1):
        following[i] = keys[i + 1] or following[i + 1]
    # the closing lines after the last paragraph (its printed end, a publisher's address): no paragraph's text
    closing = closing_at(blocks, keys, _title)

    def section_path() -> str:
        return " > ".join(t for _, t in section)

    def start(text: str, block: Block, paragraph: str | None) -> Passage:
        nonlocal cur_table
        cur_table = block.table if block.kind != "aside" else cur_table  # a box leaves the flow as it was
        p = Passage(report_id=report_id, text=text, paragraph=paragraph, page=block.page,
                    page_label=block.page_label, section=section_path())
        passages.append(p)
        return p

    for i, block in enumerate(blocks):
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if block.kind == "aside":  # a box: its own passage, and the flow goes on as if it were not there
            if resume is None or cur is None:
                resume, cur = cur, start(block.text, block, None)
            else:
                cur.text += "\n" + block.text
            continue
        resumed, cur, resume = resume is not None, resume or cur, None
        if block.kind == "para" and YEAR_ALONE.fullmatch(block.text.strip()):
            block = Block(text=block.text.strip(), kind="heading", page=block.page, level=9)  # a chronology's year
        if block.kind == "heading":
            number, rest = _split_number(block, scheme, None, 0)
            level = block.level or 1
            while section and section[-1][0] >= level:
                section.pop()
            section.append((level, block.text))
            if number and REC_RE.match(block.text) and not rest:
                pending_label = number
            cur = None
            continue
        lead = _lead(block.text) if scheme.lead and last_key is None and i not in scheme.added else None
        if lead is not None and lead[1] == last_lead + 1 and not _heading_like(lead[2]):
            number, rest = lead[0], lead[2].strip()  # the summary's own numbers, before the report's "1.1"
            last_lead += 1
        elif i in own:
            number, rest = own[i][0], own[i][1].strip()
        else:
            number, rest = _split_number(block, scheme, last_key, last_single, following[i],
                                         functools.partial(back_after, keys, i))
        if number is not None and not rest and block.kind == "bullet" and not REC_RE.match(block.text):
            number = None  # a list's item naming a paragraph ("• Paragraph 5.5", a slide's pointer to its notes)
        if number is not None and not REC_RE.match(block.text) and _is_numbered_heading(number, rest, nxt):
            level = number.count(".") + 1
            while section and section[-1][0] >= level:
                section.pop()
            section.append((level, block.text))
            last_key = num_key(number) if scheme.levels and _is_multi(number) else last_key
            cur = None
            continue
        if number is not None and re.fullmatch(r"[\d.]+\.0", number):
            number, rest = None, block.text  # "1.0": a version or a section's own number, never a paragraph's
        if number is not None:
            if REC_RE.match(block.text):
                if not rest:
                    pending_label = number
                    cur = None
                    continue
            elif scheme.levels and _is_multi(number):
                last_key = num_key(number)
            elif scheme.single:
                last_single = int(number.rstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
            cur = start(rest, block, number)
            pending_label = None
            continue
        if scheme.single and last_single and (m := SUB_RE.match(block.text)) and int(m["num"]) == last_single:
            cur = start(m["rest"], block, f"{m['num']}({m['sub']})")
            continue
        ended = cur is not None and cur.paragraph is not None and bool(_TERMINAL.search(cur.text.rstrip()))
        if block.kind == "para" and block.table is None and is_caption(block.text):
            if ended and block.text.startswith("Table"):  # a table's rows follow its caption: not the paragraph's
                cur = start(block.text, block, None)
            continue  # a picture's caption between two parts of a paragraph: the paragraph goes on after it
        if scheme.multi and block.kind == "para" and (m := CHAPTER.match(block.text)) and _heading_like(m[2]) \
                and (following[i] or ())[:1] == (int(m[1]),) and (last_key or (0,))[0] < int(m[1]):
            section[:] = [(1, block.text)]  # the next chapter's heading, set as body text: "4. What we have learned"
            cur = None
            continue
        if VALEDICTION.match(block.text.strip()) or (ended and (i == closing or FIELD.match(block.text.strip()))):
            cur = start(block.text, block, None)  # the closing of a letter, a form's field: the paragraph ended
            continue
        if pending_label is not None:
            cur = start(block.text if block.kind != "bullet" else "• " + block.text, block, pending_label)
            pending_label = None
            continue
        text = "• " + block.text if block.kind == "bullet" else block.text
        if ended and cur is not None and cur_table is None and (block.table in counted or (
                block.page != cur.page and (block.table is not None or text.count(" | ") >= 2))):
            cur = start(text, block, None)  # a table counting its own rows, or on a later page: not the paragraph's
            continue
        if cur is not None and cur_table in (None, block.table) \
                and ((numbered_doc and cur.paragraph is not None) or continues(cur.text, block)
                     or (resumed and block.text[:1].islower())):
            cur.text = cur.text + "\n" + text if cur.text else text
            continue
        cur = start(text, block, None)
    return _finish(passages, window_words, window_overlap)


SHORT_ROW_WORDS = 25  # an unnumbered passage this short may take a following scrap as its next row


def _finish(passages: list[Passage], window_words: int, window_overlap: int) -> list[Passage]:
    """Drop empty and scrap passages, number unnumbered ones by page, cut long ones into windows, number all."""
    out: list[Passage] = []
    per_page: dict[int | None, int] = {}
    held: Passage | None = None  # a table's first short row, waiting for the row after it
    for k, p in enumerate(passages):
        p.text = p.text.strip()
        if held is not None and p.paragraph is None and (held.page, held.section) == (p.page, p.section):
            p.text = f"{held.text}\n{p.text}" if p.text else ""
        if not p.text or (p.paragraph is None and len(p.text.split()) < 4):
            # scrap, unless it is one more short row after another (a glossary's "GP General practitioner"),
            # or the first of them (held for the next)
            prev = out[-1] if out else None
            held = None
            if p.text and prev is not None and joins_previous(prev, p, passages[k + 1:k + 2], SHORT_ROW_WORDS):
                prev.text = f"{prev.text}\n{p.text}"
            elif p.text and p.paragraph is None:
                held = p
            continue
        held = None
        if p.paragraph is None:
            per_page[p.page] = per_page.get(p.page, 0) + 1
            p.page_ordinal = per_page[p.page]
        out.extend(_windows(p, window_words, window_overlap))
    for n, p in enumerate(out):
        p.ordinal = n
    return out

