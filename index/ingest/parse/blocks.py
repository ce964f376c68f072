"""Text lines of a PDF (cleaned, in reading order) → heading, paragraph and bullet blocks.

Lines are grouped into paragraphs by vertical gaps, paragraph-number and bullet starts, heading style,
and first-line indents. A paragraph that runs across a page break is joined when the page ends
mid-sentence, the next page starts in lower case, or, in justified text, the page's last line is set full
out to the right margin (only a paragraph's last line stops short), since a page can also break between
two sentences. A line that merely wraps a sentence is not taken for a new paragraph or bullet because it
happens to start like one ("2021. The ...", "– and ..."). A paragraph left unfinished at the foot of a
page or column, when what follows is other matter (a table or figure page, a sidebar's column), resumes
where a later page opens in lower case after that matter's finished text (:func:`lines_to_blocks`).
"""

from __future__ import annotations

import itertools
import re
import statistics

from ...types import Block
from ..clean import Line
from ..hyphens import join_lines, word_vocabulary
from .carried_on import marker_line
from .common import (
    BULLET_RE,
    LABEL_ALONE_RE,
    LETTER_CLOSE,
    PARA_START_RE,
    TERMINAL,
    clean_bullet,
    looks_like_heading_text,
)
from .common import body_size as common_body_size
from .drop_caps import drop_caps
from .host_quotations import quotations_set_aside
from .margin_numbers import far_numbers, last_line_numbers, line_numbers, margin_numbers, right_margin_numbers
from .quoted_paragraphs import quoted_paragraphs
from .subheadings import italic_headings, running_text

_NUMBER_ALONE = re.compile(r"\d{1,3}(?:\.\d{1,3}){1,3}[a-z]?\.?")


def _number_alone(lines: list[Line], i: int) -> bool:
    """A paragraph's number on a line of its own ("4.2"), its text beginning on the next line below it (a template's
    quirk): a new paragraph's first line, after a line that ends a sentence, before one that begins one."""
    ln = lines[i]
    if not _NUMBER_ALONE.fullmatch(ln.text.strip()) or i + 1 >= len(lines):
        return False
    nxt, prev = lines[i + 1], lines[i - 1] if i else None
    return nxt.page == ln.page and nxt.text[:1].isupper() and nxt.top > ln.top \
        and (prev is None or prev.page != ln.page or bool(TERMINAL.search(prev.text)))


def body_size(pages: list[list[Line]]) -> float:
    return common_body_size(ln for p in pages for ln in p)


def _typical_pitch(pages: list[list[Line]], body: float) -> float:
    gaps = []
    for p in pages:
        for a, b in itertools.pairwise(p):
            if abs(a.size - body) < 0.6 and abs(b.size - body) < 0.6:
                g = b.top - a.top
                if 0 < g < 4 * max(body, 1):
                    gaps.append(round(g, 1))
    if not gaps:
        return body * 1.2 if body else 12.0
    return statistics.median(gaps)


def _left_margin(lines: list[Line]) -> float:
    xs = [round(ln.x0) for ln in lines]
    return statistics.mode(xs) if xs else 0.0


def _right_edges(pages: list[list[Line]], body: float) -> tuple[dict[int, float], bool]:
    """Per page, the right edge of the body text (the most common line end), and whether the text is
    justified (most body lines end exactly there)."""
    edges: dict[int, float] = {}
    flush = total = 0
    few: list[int] = []  # pages with too few lines to say (a chapter's opening page): the document's edge
    every: list[int] = []
    for lines in pages:
        ends = [round(ln.x1) for ln in lines if abs(ln.size - body) < 0.6 and len(ln.text) > 30]
        if not ends:
            continue
        every += ends
        edge = statistics.mode(ends)
        if ends.count(edge) < 3:
            few.append(lines[0].page)
            continue
        edges[lines[0].page] = float(edge)
        flush += sum(1 for x in ends if abs(x - edge) <= 1.5)
        total += len(ends)
    edges.update((page, float(statistics.mode(every))) for page in few)
    return edges, total >= 20 and flush >= 0.4 * total


def _is_heading_line(ln: Line, body: float, in_text: bool = False) -> bool:
    if len(ln.text) > 160 or not looks_like_heading_text(ln.text):
        return False
    if ln.size >= body + 1.0 and not in_text:
        return True
    # a line in bold, or underlined whole as a typewriter sets a heading apart (not a link: an address)
    return (ln.bold or (ln.underlined and not re.search(r"https?:|www\.|@", ln.text))) \
        and not TERMINAL.search(ln.text) and len(ln.text.split()) <= 14


# a paragraph's bare number and its first word, back at the margin after a list (fresh26, after its look)
_BARE_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,3}){0,3}\s+[A-Z][a-z]")


def _leaves_list(cur: Block, ln: Line, cur_x0: float, item_ended: bool) -> bool:
    """Back at the margin after a bullet item: a new block when the item ended a sentence, or when the line opens
    with a paragraph's bare number ("4 The reviewer read ...", after an item with no stop)."""
    return cur.kind == "bullet" and ln.x0 < cur_x0 - 4 and (item_ended or bool(_BARE_NUMBER.match(ln.text)))


def lines_to_blocks(pages: list[list[Line]]) -> list[Block]:
    """Group cleaned lines into heading / paragraph / bullet blocks; a review's paragraph quoted in a block set in
    under a lead-in that names it is a block of its own (:mod:`.quoted_paragraphs`); another document quoted in a
    displayed block inside a report's own numbered paragraphs is set aside (:mod:`.host_quotations`)."""
    return quoted_paragraphs(quotations_set_aside(pages), _grouped)


def _grouped(pages: list[list[Line]]) -> list[Block]:
    all_lines = [ln for p in pages for ln in p]
    if not all_lines:
        return []
    body = body_size(pages)
    pitch = _typical_pitch(pages, body)
    margin = _left_margin([ln for ln in all_lines if abs(ln.size - body) < 0.6] or all_lines)
    heading_sizes = sorted({round(ln.size) for ln in all_lines if _is_heading_line(ln, body)}, reverse=True)
    vocab = word_vocabulary([ln.text for ln in all_lines])
    edges, justified = _right_edges(pages, body)
    all_lines = drop_caps(margin_numbers(far_numbers(last_line_numbers(right_margin_numbers(line_numbers(
        _drop_footnotes(pages, body))), margin, pitch), margin, pitch), margin), body, vocab[0])
    subheads, in_text = italic_headings(all_lines), running_text(all_lines)

    def wraps(line: Line, tolerance: float) -> bool:
        """The line runs (nearly) to the right edge of its page's text: a wrapped line, not a last one."""
        edge = edges.get(line.page)
        return edge is not None and line.x1 >= edge - tolerance

    blocks: list[Block] = []
    cur: Block | None = None
    cur_x0 = 0.0
    prev: Line | None = None
    left: tuple[Block, int, float] | None = None  # a paragraph cut off by other matter: its page and left edge
    hang: float | None = None  # the text's edge of the numbered paragraph last begun, when its number hangs
    for i, ln in enumerate(all_lines):
        # a table's row (parse/pdf_tables.py) is a block of its own; a paragraph a table page cut off resumes
        row = ln.row or (prev is not None and prev.row)
        # a line set aside (a quoted box's title or source line, parse/boxed_extracts.py) is its box's, no heading
        heading = not ln.row and not ln.aside and (_is_heading_line(ln, body, i in in_text) or i in subheads)
        # a letter's close ("Yours sincerely,") ends its last paragraph as a heading would: the signature
        # and "cc:" lines after it are no part of that paragraph
        heading = heading or bool(LETTER_CLOSE.match(ln.text.strip()))
        bullet = not ln.row and bool(BULLET_RE.match(ln.text))
        numbered = bool(PARA_START_RE.match(ln.text) or LABEL_ALONE_RE.match(ln.text)  # "Paragraph 27" alone too
                        or _number_alone(all_lines, i))
        new = cur is None or prev is None
        if not new:
            assert prev is not None and cur is not None
            wrapped = wraps(prev, 0.15 * max(1.0, ln.page_width - 2 * margin))
            if ((bullet and ln.text[:1] in "-–—*") or numbered) and cur.kind == "para" \
                    and not TERMINAL.search(prev.text) and wrapped:
                bullet = numbered = False  # a sentence wrapped before "2021." or "–", not a new item
            # a jump to another column of a multi-column page (parse/columns.py) is read like a page break
            if ln.page != prev.page or ln.column != prev.column:
                ends_open = not TERMINAL.search(prev.text) or ln.text[:1].islower()
                carried = justified and cur.kind == "para" and wraps(prev, 1.5) and ln.x0 <= margin + 2
                new = heading or bullet or numbered or cur.kind == "heading" or not (ends_open or carried) \
                    or _leaves_list(cur, ln, cur_x0, False)
                new, row = new or row, row and not new  # row: only the row made it new
                # it resumes after a page of a table or figure, or after a sidebar's column (which ended
                # its own text, or is not where this line starts)
                if left is not None and ln.page != prev.page and ln.text[:1].islower() and (not new or row) \
                        and ln.page - left[1] <= 2 and (TERMINAL.search(prev.text) or prev.row
                                                        or abs(ln.x0 - left[2]) + 8 < abs(ln.x0 - cur_x0)):
                    cur, new, left = left[0], False, None
                    row = False
                elif new and cur.kind == "para" and not TERMINAL.search(prev.text) and not prev.row:
                    left = (cur, prev.page, cur_x0)  # cut off by a page, or by a column of other matter
                if not new and ln.column != prev.column:
                    cur_x0 = ln.x0  # the paragraph runs on in a column with its own left edge
            else:
                gap = ln.top - prev.top
                if heading != (cur.kind == "heading"):
                    new = True
                elif heading:
                    new = gap > pitch * 2.2 or abs(ln.size - prev.size) > 0.6
                elif bullet or numbered or gap > pitch + max(2.0, 0.3 * body) or gap < -1:
                    new = True
                elif ln.x0 > margin + 8 and cur.kind == "para" and TERMINAL.search(prev.text) \
                        and ln.x0 > min(cur_x0, prev.x0) + 8:
                    new = True  # first-line indent starts a paragraph (also after one begun with its own indent)
                elif _leaves_list(cur, ln, cur_x0, bool(TERMINAL.search(prev.text))):
                    new = True  # back at the margin after a bullet item
        if row or ln.row or (prev is not None and (prev.aside != ln.aside or marker_line(prev.text))) \
                or marker_line(ln.text):
            new = True  # a row; a box; a newsletter's "Continued on page 4" (parse/carried_on.py)
        # after a paragraph whose number hangs in the margin, finished, an unnumbered paragraph begun out at the
        # numbers' edge, short of the text's, is other matter (a closing note under an extract): its own passage
        outdented = new and hang is not None and not (heading or bullet or numbered or row or ln.row) \
            and prev is not None and prev.page == ln.page and ln.x0 < hang - 0.8 * body \
            and bool(TERMINAL.search(prev.text)) and ln.text[:1].isalpha() and not PARA_START_RE.match(ln.text)
        if new:
            left = None if numbered else left
            hang = None if numbered or heading else hang
            if heading:
                level = _heading_level(ln, heading_sizes)
                cur = Block(text=ln.text, kind="heading", page=ln.page, level=level)
            elif ln.aside or outdented:
                cur = Block(text=ln.text, kind="aside", page=ln.page)
            elif bullet:
                cur = Block(text=clean_bullet(ln.text), kind="bullet", page=ln.page)
            else:
                cur = Block(text=ln.text, kind="para", page=ln.page)
            cur_x0 = ln.x0 if not bullet else ln.x0 + 6
            blocks.append(cur)
        else:
            assert cur is not None
            if cur.kind == "para" and prev is not None and PARA_START_RE.match(cur.text) \
                    and cur.text == prev.text and ln.x0 > cur_x0 + body:
                hang = ln.x0  # its second line: the number hangs
            cur.text = join_lines(cur.text, ln.text, vocab)
        prev = ln
    for b in blocks:  # a soft hyphen kept at a line's end (parse/pdf.py) that no next line of the block mended
        b.text = b.text.replace("\u00ad", "")
    return blocks


# a note's number or mark; Word's endnotes are numbered i, ii, iii, glued to the note ("iCorvenholt ...")
_NOTE_MARK = re.compile(r"^\s*(?:\d{1,3}\b|[*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]|\[\d{1,3}\]|[ivx]{1,4}(?:\s|(?=[A-Z])))")


def _drop_footnotes(pages: list[list[Line]], body: float) -> list[Line]:
    """Small-print lines after the last body-size line of a page, and below it, are footnotes: left out, so
    that a paragraph running on to the next page is joined to its continuation, not to the notes. (A
    sidebar's column, read after the body's, runs beside it, not below it.)"""
    out: list[Line] = []
    for lines in pages:
        body_idx = [i for i, ln in enumerate(lines) if ln.size >= body - 0.6]
        last = body_idx[-1] if body_idx else len(lines) - 1
        floor = lines[last].top if body_idx else -1.0
        small = [i for i, ln in enumerate(lines) if i > last and ln.size and ln.size <= body - 1.5
                 and not _is_heading_line(ln, body) and ln.top > floor]
        # ... unless they are small print under a heading (an appendix's glossary in a smaller size): notes
        # start in the page's lower half, or with their number or mark, and never straight under a heading
        first = lines[small[0]] if small else None
        above = lines[small[0] - 1] if small and small[0] > 0 else None
        if first is not None and not _NOTE_MARK.match(first.text) and (
                (first.page_height and first.top < 0.5 * first.page_height)
                or (above is not None and (above.bold or _is_heading_line(above, body)))):
            small = []
        elif above is not None and above.bold and above.size <= body - 1.5:
            small = []  # a table's rows under its header in small bold ("2.1 | 12 | 17%"), numbered as notes are
        drop = set(small)
        out += [ln for i, ln in enumerate(lines) if i not in drop]
    return out


def _heading_level(ln: Line, heading_sizes: list[int]) -> int:
    m = re.match(r"^(\d+(?:\.\d+)*)\.?\s", ln.text)
    if m:
        return m.group(1).count(".") + 1
    try:
        return heading_sizes.index(round(ln.size)) + 1
    except ValueError:
        return len(heading_sizes) + 1
