"""Plain text and Markdown → blocks.

Paragraphs are separated by blank lines; hard-wrapped lines are joined (with de-hyphenation). A form
feed starts a new page (as pdftotext writes them), and then running headers/footers and contents pages
are dropped exactly as for PDF. Markdown adds "#" headings, "-", "*", "+" bullets, and pipe tables, read as
rows like Word tables (a glossary's rows "term | definition").
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from ...errors import CorruptDocument
from ...types import Block, BlockKind, ParsedDocument
from ..clean import Line, drop_contents, drop_running_matter, normalise_text
from ..hyphens import join_lines, word_vocabulary
from . import column_numbers, forms, markdown_boxes, numbered_titles, quoted_openings, set_in_quotations, tab_export
from .browser_text import quotations_aside, saved_page_text
from .chat import chat
from .common import BULLET_RE, PARA_START_RE, clean_bullet, looks_like_heading_text, table_lines
from .criticmarkup import accepted, without_pad_furniture
from .double_spacing import single_spaced
from .fixed_width import record_rows
from .mail import unquote
from .markdown_extras import without_extension_marks
from .markdown_meta import without_metadata
from .ruled_pages import page_images, pages_ruled
from .text_columns import unfold_columns
from .text_line_numbers import run_on_pages, without_line_numbers
from .transcript import transcript


def read_text(path: Path) -> str:
    """A text file's characters: UTF-16 after its byte order mark, else UTF-8, else Windows-1252."""
    raw = path.read_bytes()
    if raw[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):  # Word's "Unicode" plain text
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise CorruptDocument(f"{path}: not readable as UTF-16 text") from None
    if b"\x00" in raw[:4096]:
        raise CorruptDocument(f"{path}: binary data, not text")
    for enc in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def parse_text(path: Path) -> ParsedDocument:
    return _parse(path, markdown=False)


def parse_markdown(path: Path) -> ParsedDocument:
    return _parse(path, markdown=True)


def _parse(path: Path, markdown: bool) -> ParsedDocument:
    return parse_string(read_text(path), markdown)


def parse_string(raw: str, markdown: bool = False) -> ParsedDocument:
    """Blocks of a text already read (a file's, or a web page's ``<pre>``)."""
    raw = _overstruck(raw.replace("\r\n", "\n").replace("\r", "\n"))
    if not markdown and (export := tab_export.read(raw, parse_string)) is not None:  # a form's responses, as a table
        return export
    # a draft's CriticMarkup suggestions accepted, and a collaborative pad's furniture gone, before any numbering
    raw = accepted(without_pad_furniture(raw) if markdown else raw)
    printed: list[str] = []  # an accessible text version's printed pages, in the order they begin
    if not markdown:  # a report quoted in an e-mail reply: the quote, not the reply
        raw = column_numbers.without_column_numbers(single_spaced(saved_page_text(raw)))  # saved pages, proofs, Hansard
        raw = page_images(_case_records(transcript(unquote(record_rows(chat(without_line_numbers(raw)))))))
        raw, printed = _printed_pages(raw)
        raw = _bracketed_numbers(raw)
    else:  # a converter's YAML front matter, HTML comments, a notes app's marks: no text
        raw = without_metadata(raw)
        raw = pages_ruled(_spans(raw))
        raw = _PAGE_MARK.sub("\f", raw).removeprefix("\f")  # a converter's page separators ("{3}-----")
        raw = without_extension_marks(raw)  # Python-Markdown's abbreviations, attribute lists, annotations
        if (boxed := markdown_boxes.read(raw, lambda part: parse_string(part, True))) is not None:  # MkDocs boxes
            return boxed
    paged = "\f" in raw
    pages: list[list[Line]] = []
    raw = raw if markdown else "\f".join(unfold_columns(chunk) for chunk in raw.split("\f"))
    tabbed: dict[int, list[str]] = {}  # id of a line whose cells are parted by tabs -> its cells
    for pno, chunk in enumerate(raw.split("\f"), start=1):
        lines = [Line(text=normalise_text(t) if t.strip() else "", page=pno,
                      x0=len(t.expandtabs(4)) - len(t.expandtabs(4).lstrip())) for t in chunk.split("\n")]
        pages.append(lines)
        tabbed.update((id(ln), cells) for t, ln in zip(chunk.split("\n"), lines, strict=True)
                      if (cells := _tab_cells(t)))
    if paged:
        nonblank = [[ln for ln in p if ln.text] for p in pages]
        kept_ids = {id(ln) for p in drop_contents(drop_running_matter(nonblank)) for ln in p}
        pages = run_on_pages([[ln for ln in p if not ln.text or id(ln) in kept_ids] for p in pages])
    pages = pages if markdown else numbered_titles.titles_apart(pages)  # "2.1  The review" over its text
    quoted = {} if markdown else set_in_quotations.quotation_marks(pages)  # a review's paragraphs quoted, set in
    vocab = word_vocabulary([ln.text for p in pages for ln in p])
    # Word's "Plain Text" writes each paragraph as one line and a table's cells parted by tabs, with no blank
    # lines: there every line is a block of its own, and a line of cells is a table row
    rows = tabbed if not markdown and _line_per_paragraph(raw) else None

    blocks: list[Block] = []
    cur: Block | None = None
    in_code = False
    table: list[tuple[list[str], int | None]] = []  # a Markdown table's rows, read when it ends
    after_rule = False  # the last line was a Markdown thematic break ("---")
    items = _ListNumbers()
    for p in pages:
        cur = None if cur is not None and cur.kind == "heading" else cur
        for i, ln in enumerate(p):
            text = ln.text
            if markdown and text.startswith("|"):
                if not _TABLE_RULE.match(text):
                    table.append((_cells(text), ln.page if paged else None))
                cur = None
                continue
            if rows is not None and id(ln) in rows:
                table.append((rows[id(ln)], ln.page if paged else None))
                cur = None
                continue
            _table_rows(table, blocks)
            if rows is not None:
                cur = None
            if markdown and text.startswith("```"):
                in_code = not in_code
                cur = None
                continue
            if not text:
                cur = None
                continue
            if _DASHED_PAGE.fullmatch(text):  # a typescript's page number ("- 7 -", OCR's "- l20 -"), not a list item
                continue
            if markdown:
                text = items.rendered(text, ln.x0, starts_block=cur is None)
            if markdown and _NOTE_DEF.match(text):  # a footnote's definition ("[^2]: Agency chronology ..."): a note
                cur, after_rule = None, False
                continue
            if markdown and _NAV_LINK.fullmatch(text):  # "[Back to top](#top)": navigation
                continue
            if markdown and cur is not None and cur.kind == "para" and re.fullmatch(r"=+|-+", text) \
                    and blocks and blocks[-1] is cur and len(cur.text) <= 90:  # a setext heading's underline
                cur.kind, cur.level, cur = "heading", 1 if text[0] == "=" else 2, None
                continue
            if markdown:
                m = re.match(r"^(#{1,6})\s+(.*?)\s*#*$", text)
                if m and _SENTENCES.search(m.group(2)):  # a converter's guess: a whole paragraph set as a heading
                    text, m = m.group(2), None
                if m:
                    blocks.append(Block(text=m.group(2), kind="heading", page=ln.page if paged else None,
                                        level=len(m.group(1))))
                    cur = None
                    continue
                text = re.sub(r"\*\*(.+?)\*\*|__(.+?)__", lambda mm: mm.group(1) or mm.group(2), text)
                text = re.sub(r"^>\s?", "", text)
                if re.fullmatch(r"[-*_ ]{3,}", text):
                    cur, after_rule = None, True
                    continue
                note = after_rule and re.fullmatch(r"([_*])([^_*].*?)\1", text)
                after_rule = False
                if note:  # a line in emphasis set apart by a rule: a page's note ("_Published by ..._"), no text
                    blocks.append(Block(text=note.group(2), kind="heading", page=ln.page if paged else None, level=6))
                    cur = None
                    continue
                text = _inline_markdown(text)
            if not markdown and _UNDERLINE.fullmatch(text):  # a rule, or a heading's underline ("-----")
                if cur is not None and cur.kind == "para" and len(cur.text) <= 90 and blocks and blocks[-1] is cur:
                    cur.kind, cur.level = "heading", 1 if text[0] == "=" else 2
                cur = None
                continue
            if not markdown and forms.COUNT.fullmatch(text):  # an online form's count under an answer: no text
                cur = None
                continue
            bullet = bool(BULLET_RE.match(text)) or (markdown and bool(re.match(r"^[-*+]\s+", text)))
            numbered = bool(PARA_START_RE.match(text))
            if numbered and not markdown and forms.QUESTION.search(text) and i + 1 < len(p) and p[i + 1].text \
                    and not PARA_START_RE.match(p[i + 1].text):  # a form's question with its answer under it
                blocks.append(Block(text=text, kind="heading", page=ln.page if paged else None, level=1))
                cur = None
                continue
            if cur is None or bullet or numbered:
                kind: BlockKind = "bullet" if bullet else "para"
                body = clean_bullet(re.sub(r"^[-*+]\s+", "• ", text) if markdown else text) if bullet else text
                cur = Block(text=body, kind=kind, page=ln.page if paged else None, table=quoted.get(id(ln)))
                blocks.append(cur)
            else:
                cur.text = join_lines(cur.text, text, vocab)
    _table_rows(table, blocks)
    if markdown:  # "CHAPTER 2" typed on a line of its own: a heading, not the words of the paragraph before it
        for b in blocks:
            if b.kind == "para" and b.table is None and _CAPITALS_TITLE.fullmatch(b.text):
                b.kind, b.level = "heading", 1
    if not markdown:
        blocks = quoted_openings.quoted_openings(forms.continued_across_boxes(quotations_aside(blocks)))
        _mark_plain_headings(blocks)
        for b in blocks:  # a text version's description of a picture or table, "[Image: ...]": no one's text
            if b.kind == "para" and _DESCRIBED.fullmatch(b.text):
                b.kind, b.level = "heading", 6
    n_pages = len(pages) if paged else None
    if printed:  # the page a block begins on is the printed one its marker gives; none before the first
        for b in blocks:
            b.page = int(printed[b.page - 2]) if b.page and b.page >= 2 else None
            b.page_label = str(b.page) if b.page else None
        n_pages = max((b.page or 0 for b in blocks), default=0) or None
    return ParsedDocument(blocks=blocks, pages=n_pages,
                          title=next((b.text for b in blocks if b.kind == "heading"), None))


class _ListNumbers:
    """The number a Markdown renderer shows for each item of an ordered list: a list takes its first item's
    number and counts on from it, whatever the later items type ("1." for every item, a number left from
    before an edit). A list ends at a block that starts at the margin and is no item of it (a heading, a
    paragraph, a list with the other delimiter); a line set in further belongs to the item above."""

    _ITEM = re.compile(r"(\d{1,9})([.)])(?=\s)")

    def __init__(self) -> None:
        self.delimiter = ""
        self.next = 0

    def rendered(self, text: str, indent: float, starts_block: bool) -> str:
        if indent >= 2:  # an item's own content, or a list inside it
            return text
        m = self._ITEM.match(text)
        if m is None:
            if starts_block:
                self.delimiter = ""
            return text
        n = self.next if m.group(2) == self.delimiter else int(m.group(1))
        self.delimiter, self.next = m.group(2), n + 1
        return f"{n}{text[m.end(1):]}"


_UNDERLINE = re.compile(r"[-=~_*]{3,}")
_SENTENCES = re.compile(r"^(?=(?:\S+\s+){19}).*?[a-z][.!?]\s+[A-Z]")  # twenty words or more, a sentence and more
# a case-recording system's note: a rule of "=", its fields ("Subject:   CSPR report - part 2 of 4"), a rule of "-"
_RECORD = re.compile(r"^[ \t]*={20,}[ \t]*\n((?:[^\n]*\n){1,12}?)[ \t]*-{20,}[ \t]*\n", re.MULTILINE)
_FIELD = re.compile(r"^[A-Z][A-Za-z ]{1,30}:\s+\S|^Note \d+ of \d+\s*$")
_CONTINUED_IN = re.compile(r"^[ \t]*\(continued (?:in|on) (?:the )?next (?:note|entry|record|page)\)[ \t]*\n\s*",
                           re.MULTILINE | re.IGNORECASE)
_CONTINUED_FROM = re.compile(r"[ \t]*\(continued from (?:the )?previous (?:note|entry|record|page)\)[ \t]*\n",
                             re.IGNORECASE)
_DASHED_PAGE = re.compile(r"[-–—]\s*(?=[lIO]*\d)[\dlIO]{1,4}\s*[-–—]")  # OCR reads 1 as l or I, 0 as O
_CAPITALS_TITLE = re.compile(r"(?=.*[A-Z]{2})[A-Z0-9 &'’-]{2,60}")
_OVERSTRIKE = re.compile(r"([^\x08\n])\x08([^\x08\n])")


def _overstruck(raw: str) -> str:
    """A line printer's bold and underlining, struck over with backspaces ("B\bB", "_\bx"): the letter once."""
    while "\x08" in raw and (done := _OVERSTRIKE.sub(lambda m: m.group(1) if m.group(2) == "_" else m.group(2),
                                                     raw)) != raw:
        raw = done
    return raw.replace("\x08", "")


_PAGE_MARK = re.compile(r"^[ \t]*\{\d{1,4}\}-{8,}[ \t]*\n?", re.MULTILINE)  # marker's paginated output
# pandoc's bracketed span, "[text]{.insertion author=...}" (a Word draft converted with --track-changes=all)
_SPAN = re.compile(r"(?<!!)\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\{\s*([.#][^{}]*)\}", re.DOTALL)
_DROPPED = {"deletion", "comment-start", "paragraph-deletion"}  # a change rejected, a comment: no text of the report


# an accessible text version's marker where a printed page began: "--- Page 12 ---" on a line of its own
_PRINTED_PAGE = re.compile(r"\n*^[ \t]*-{2,}[ \t]*page[ \t]+(\d{1,4})[ \t]*-{2,}[ \t]*$\n*",
                           re.MULTILINE | re.IGNORECASE)
# ... and its paragraph numbers in square brackets: "[3.2] The ..."
_BRACKETED = re.compile(r"(?:^|(?<=\f))\[(\d{1,2}(?:\.\d{1,3}){1,3})\][ \t]+(?=\S)", re.MULTILINE)
# ... and its descriptions of a picture or a table: "[Image: a chart of ...]", "[End of table]"
_DESCRIBED = re.compile(r"\[(?:image|figure|chart|diagram|photo(?:graph)?|picture|graphic|illustration|map|"
                       r"table|end of table)\b[^\[\]]*\]", re.IGNORECASE | re.DOTALL)


def _printed_pages(raw: str) -> tuple[str, list[str]]:
    """Each marker of a printed page becomes a form feed, and the printed numbers are returned in order; a
    paragraph runs on over one unless the text before it ends a sentence (blind round 46). A file with form feeds
    of its own, or with one marker only, is left as it is."""
    if "\f" in raw or len(_PRINTED_PAGE.findall(raw)) < 2:
        return raw, []
    printed: list[str] = []

    def page_break(m: re.Match[str]) -> str:
        printed.append(m.group(1))  # the marker took the blank lines before it
        ends = raw[max(0, m.start() - 8):m.start()].rstrip()[-1:]
        return "\f\n" if ends and ends in ".!?:;\"”’)]" else "\f"

    return _PRINTED_PAGE.sub(page_break, raw), printed


def _bracketed_numbers(raw: str) -> str:
    """"[3.2] The ..." is paragraph 3.2 where three or more paragraphs are so numbered; "[1]" is a note's."""
    return _BRACKETED.sub(r"\1 ", raw) if len(_BRACKETED.findall(raw)) >= 3 else raw


def _spans(raw: str) -> str:
    """Pandoc's spans as their text, every tracked change accepted: an insertion's text kept, a deletion's and a
    comment's dropped (a line that held only those goes, so a paragraph is not cut in two)."""
    if "]{" not in raw:
        return raw
    raw = _SPAN.sub(lambda m: "\0" if _DROPPED & set(re.findall(r"\.([\w-]+)", m.group(2))) else m.group(1), raw)
    return re.sub(r"\n[ \t]*\0+[ \t]*(?=\n)", "", raw).replace("\0", "")


def _case_records(raw: str) -> str:
    """A case-recording system's print of notes ("Note 2 of 5", then "Subject:   ..." and other fields, between
    rules), a report pasted in over several notes (blind round 47): each note's fields are its system's, not the
    report's; a note that says it is "(continued from previous note)" carries on the text the last one broke off,
    and any other note starts afresh, under its subject as a heading, so that nothing of it runs on into the report
    paragraph before it."""
    if not _RECORD.search(raw):
        return raw

    def note(m: re.Match[str]) -> str:
        fields = [f for f in m.group(1).split("\n") if _FIELD.match(f)]
        if len(fields) < 2:
            return m.group(0)
        if _CONTINUED_FROM.match(raw, m.end()):
            return ""
        subject = next((f.split(":", 1)[1].strip() for f in fields if f.lower().startswith("subject:")), "")
        return f"\n\n{subject}\n\n" if subject else "\n\n"

    raw = _CONTINUED_IN.sub("", raw)
    raw = _RECORD.sub(note, raw)
    return _CONTINUED_FROM.sub("", raw)


_LEAD_NUMBER = re.compile(r"[ \t]*\d{1,3}(?:\.\d{1,3}){0,3}\.?\t")


def _line_per_paragraph(raw: str) -> bool:
    """Text with a paragraph to a line: hardly a blank line, and many lines longer than any hard wrap that are
    not two columns set side by side (no run of spaces inside)."""
    lines = [t for t in raw.split("\n")]
    text = [t for t in lines if t.strip()]
    if len(text) < 10 or len(lines) - len(text) > 0.1 * len(text):
        return False
    long = sum(1 for t in text if len(t.strip()) > 200 and "   " not in t.strip())
    return long >= 0.25 * len(text)


def _tab_cells(line: str) -> list[str] | None:
    """A table row's cells, parted by tabs; None for a line without one. A paragraph number and a tab before
    the text ("3.2<TAB>The ...") is no row."""
    if "\t" not in _LEAD_NUMBER.sub("", line, count=1).strip():
        return None
    return [normalise_text(c) for c in line.strip().split("\t")]
_NOTE_DEF = re.compile(r"\[\^[^\]\s]+\]:")
_NAV_LINK = re.compile(r"\[[^\]]+\]\(#[^)]*\)")


def _inline_markdown(text: str) -> str:
    """A Markdown line's text as it reads: images and footnote references gone, links as their words, emphasis
    marks and a hard break's backslash dropped, escaped characters ("12\\. The") unescaped."""
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)|\[\^[^\]\s]+\]", "", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"(?<![\w\\])([_*])(?=\S)(.+?)(?<=\S)(?<!\\)\1(?!\w)", r"\2", text)
    text = re.sub(r"\\$", "", text).rstrip()
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", text)
# a plain-text report's closing matter after its last paragraph: who it was sent to, who signed it
_CLOSING = re.compile(r"(?:distribution(?: list)?|circulation(?: list)?|copies to|copy to|document control|"
                      r"version control|signed(?: off)?(?: by)?)\s*:?", re.IGNORECASE)
_TABLE_RULE = re.compile(r"^\|?[\s:|-]*-{3,}[\s:|-]*$")  # "| --- | :---: |": a header's underline


def _cells(line: str) -> list[str]:
    """The cells of a Markdown table row ("| a | b |"); an escaped "\\|" stays in its cell."""
    inner = line.strip().removeprefix("|").removesuffix("|")
    cells = re.split(r"(?<!\\)\|", inner)
    return [re.sub(r"\*\*(.+?)\*\*|__(.+?)__", lambda m: m.group(1) or m.group(2), c.replace("\\|", "|")).strip()
            for c in cells]


def _table_rows(table: list[tuple[list[str], int | None]], blocks: list[Block]) -> None:
    """A finished Markdown table as one block per row, as Word tables are read (:func:`.common.row_text`)."""
    if not table:
        return
    lines, n = table_lines([cells for cells, _ in table]), len(blocks)
    blocks.extend(Block(text=text, kind="para", page=page, table=n)
                  for (_, page), text in zip(table, lines, strict=True) if text)
    table.clear()


def _mark_plain_headings(blocks: list[Block]) -> None:
    """In plain text, a short line standing alone without closing punctuation is a heading."""
    for b in blocks:
        t = b.text
        if b.kind == "para" and _CLOSING.fullmatch(t):
            b.kind, b.level = "heading", 1
        elif b.kind == "para" and b.table is None and len(t.split()) <= 10 and len(t) <= 90 \
                and not re.search(r"[.:;,!?\"”]$", t) and looks_like_heading_text(t):
            b.kind = "heading"
            m = re.match(r"^(\d+(?:\.\d+)*)\.?\s", t)
            b.level = m.group(1).count(".") + 1 if m else 1
