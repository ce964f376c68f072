"""Patterns shared by the parsers and the passage cutter."""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ...types import Block

if TYPE_CHECKING:  # clean.py reads this module's patterns
    from ..clean import Line

BULLET_CHARS = "•●▪■◦○‣∙·➢➤►▶✓✔-–—*o"
BULLET_RE = re.compile(
    r"^(?:[•●▪■◦○‣∙·➢➤►▶✓✔\uf0b7\uf0a7\uf076\uf0d8]|[-–—*](?=\s)|o(?=\s+[A-Z]))\s*"
    r"|^\(?(?:[a-h]|i{1,3}|iv|v|vi{1,3})\)\s+(?=\S)"
)
# a numbered finding's own label, as printed or as Word's numbering prints it: "Recommendation 3", "Finding 3.1"
LABELLED_NUMBER = r"(?:Recommendation|Finding|Learning point|Lesson)\s+\d{1,3}(?:\.\d{1,2})?[a-z]?"
# Any line that starts like a printed paragraph number ("4.9.5", "12.", "iv.", "[12]", "B.2", "Paragraph 12",
# "Para. 3.2", "(4.2)") or a numbered recommendation.
PARA_START_RE = re.compile(
    r"^(?:\d{1,3}(?:\.\d{1,3}){1,3}[a-z]?\.?|\d{1,4}[.)]|(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})\.|(?:[A-Z]|ES)\.\d{1,3}(?:\.\d{1,3})*\.?|[A-Z]\d{1,2}\.?|\[\d{1,4}\]"
    r"|(?:Paragraph|Para\.?)\s+(?:\d{1,3}(?:\.\d{1,3}){1,3}[.:]?|\d{1,4}[.:]?)"
    r"|\(?\d{1,3}(?:\.\d{1,3}){1,3}\)|\d{1,3} \.\d{1,3}"  # as authors type them: "(4.2)", "4.2)", "4 .2"
    rf"|{LABELLED_NUMBER}[:.]?)\s+(?=\S)"
)

BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)  # in a font's name
ITALIC_FONT = re.compile(r"italic|oblique", re.IGNORECASE)


def row_size(row: dict) -> float:
    """A pdfplumber line's type size: the median of its printed characters' sizes, each to a tenth of a point."""
    sizes = [round(float(c.get("size", 0)), 1) for c in row.get("chars", []) if c.get("text", "").strip()]
    return statistics.median(sizes) if sizes else 0.0


def font_flags(chars: list[dict]) -> tuple[bool, bool]:
    """(bold, italic) of a line from its characters' font names: each when 80% of them are. A letter a
    printer driver drew twice over itself (``chars.without_overprint``) is bold whatever its font."""
    fonts = [str(c.get("fontname", "")) for c in chars]

    def most(font: re.Pattern[str], overprinted: bool = False) -> bool:
        return bool(fonts) and sum(1 for f, c in zip(fonts, chars, strict=True)
                                   if font.search(f) or (overprinted and c.get("overprinted"))) >= 0.8 * len(fonts)

    return most(BOLD_FONT, overprinted=True), most(ITALIC_FONT)
TERMINAL = re.compile(r"[.!?:;\"”’)\]]$")  # a line ending like this may end its paragraph
# a text that ends a sentence, after any closing quotation mark or bracket ("... in May.", "... them.)")
SENTENCE_CLOSED = re.compile(r"[.!?…][\"”’)\]]*$")


def clean_bullet(text: str) -> str:
    """Strip a bullet glyph; keep "(a)" style labels, which are part of the report's text."""
    m = BULLET_RE.match(text)
    if m and not re.match(r"^\(?[a-hiv]+\)", text):
        return text[m.end():].strip()
    return text.strip()


# a letter's or e-mail's complimentary close: "Yours sincerely", "Kind regards", "Kindest regards", "With best wishes",
# "Many thanks", "Thanks", "All the best"
_CLOSE_WORDS = (r"(?:yours,?\s+(?:sincerely|faithfully|truly)|(?:with\s+)?(?:(?:kind|warm)(?:est)?|best|many)\s+"
                r"(?:regards|wishes|thanks)|(?:with\s+)?(?:regards|thanks)|all\s+the\s+best)")
# the close on a line of its own, which ends the letter's text ("Kind regards,"): made a heading in blocks.py
LETTER_CLOSE = re.compile(rf"^{_CLOSE_WORDS},?$", re.IGNORECASE)
# the close, the sender's name after it or not ("Kind regards, Priya" in blind round 52): what follows it (a name, a
# team, a disclaimer) is no paragraph's (..letters, ..passages)
VALEDICTION = re.compile(rf"^{_CLOSE_WORDS}\s*[,.!]?(?:\s+(?-i:[A-Z][a-z]+)(?:\s(?-i:[A-Z][a-z]+))?)?$", re.IGNORECASE)


# a paragraph's word label set on a line of its own, above the paragraph's text: part of the paragraph
# a paragraph's label on a line of its own: "Paragraph 12", "ES.3", "ES3", "B.2" (never a heading)
LABEL_ALONE_RE = re.compile(r"^(?:(?:Paragraph|PARAGRAPH|Para\.?)\s+\d{1,3}(?:\.\d{1,3}){0,3}[.:]?"
                            r"|(?:ES|[A-Z])\.?\d{1,3}(?:\.\d{1,3}){0,3}\.?)$")


def looks_like_heading_text(text: str) -> bool:
    t = text.strip()
    if not t or not re.search(r"[A-Za-z]{2}", t) or LABEL_ALONE_RE.match(t):
        return False
    return not (t[0].islower() or t.endswith((",", ";")) or BULLET_RE.match(t))


# ----------------------------------------------------------------------------------------------- tables
# A table is kept as rows, one block per row. A glossary or definition table (its header names terms,
# abbreviations or definitions, or its first column holds short terms) is written "term | definition":
# the form that answer/findings.py's ``is_acronym_row`` already keeps out of answers, also when the row
# ends up inside a numbered paragraph's passage. Any other two-column row reads "label: text"
# ("Recommendation 3: The board should ..."); wider rows "a | b | c".
_GLOSSARY_HEAD = re.compile(r"\b(?:terms?|glossary|abbreviations?|acronyms?|definitions?|meanings?|stands for|"
                            r"full (?:name|title|term))\b", re.IGNORECASE)
# a header that says the table holds the report's own substance, whatever its first column looks like
_SUBSTANCE_HEAD = re.compile(r"\b(?:findings?|recommendations?|actions?|learning|lessons?|issues?|evidence|"
                             r"responses?|progress|outcomes?|concerns?|analysis)\b", re.IGNORECASE)
_LABEL_CELL = re.compile(r"^(?:(?:Recommendation|Rec\.?|Finding|Learning point|Lesson|Action|Para(?:graph)?\.?|No\.?|R)"
                         r"\s*)?[A-Z]?\d{1,3}(?:\.\d{1,3})*[a-z]?[.):]?$|^\(?[a-z]{1,3}\)$", re.IGNORECASE)


def _is_term(cell: str) -> bool:
    """A glossary term: a few words, no closing punctuation, not a number or a paragraph label."""
    words = cell.split()
    return (0 < len(words) <= 6 and len(cell) <= 60 and not cell.endswith((".", "!", "?", ";", ","))
            and bool(re.search(r"[A-Za-z]", cell)) and not _LABEL_CELL.match(cell))


def _is_header(cells: list[str], abbreviations: bool = False) -> bool:
    """Column captions: a few words a cell, no sentence (with ``abbreviations``, a one-word caption may end in
    a stop: "No.")."""
    return len(cells) >= 2 and all(c and len(c.split()) <= 4
                                   and not (c.endswith(".") and (not abbreviations or len(c.split()) > 1))
                                   for c in cells)


def is_glossary_table(rows: list[list[str]]) -> bool:
    """Rows of cell texts (empty cells included) of one table: is it a glossary or a definition table?"""
    rows = [[c for c in row if c] for row in rows]
    rows = [row for row in rows if row]
    if len(rows) < 2:
        return False
    head = rows[0]
    if _is_header(head):
        if any(_GLOSSARY_HEAD.search(c) for c in head):
            return True
        if any(_SUBSTANCE_HEAD.search(c) for c in head):
            return False
    body = rows[1:] if _is_header(head) else rows
    pairs = [row for row in body if len(row) == 2]  # a one-cell row is a title or a section label
    if len(pairs) < 2 or len(pairs) < 0.5 * len(body) or any(len(row) > 2 for row in body):
        return False
    return sum(_is_term(a) for a, _ in pairs) >= 0.8 * len(pairs)


PROSE_CELL_WORDS = 6  # a cell of at least this many words, ending a sentence, holds prose


def is_frame_table(rows: list[list[str]]) -> bool:
    """Rows of cell texts: is the table only a frame for layout? So it is when no row has text in more
    than one cell, and when most rows of a two-column table set prose side by side (a bilingual report's
    English and Welsh paragraphs, one row each): each cell is then read on its own, as body text."""
    if all(sum(1 for c in row if c) <= 1 for row in rows):
        return True
    if any(len(row) > 2 for row in rows):
        return False  # a wider table's rows say how their cells belong together
    prose = [sum(1 for c in row if len(c.split()) >= PROSE_CELL_WORDS and c.endswith((".", "!", "?", '"', "”")))
             for row in rows]
    return sum(n == 2 for n in prose) >= max(2, 0.5 * sum(1 for row in rows if any(row)))


def spanning_heading(row: list[str], span: int) -> bool:
    """A row of one cell spanning the table's columns, short and without a full stop: a subheading between
    rows (a report pasted from Word as rows of number | text)."""
    return len(row) == 1 and span >= 2 and 0 < len(row[0].split()) <= 12 and not TERMINAL.search(row[0])


def table_lines(rows: list[list[str]]) -> list[str]:
    """Each row of one table as :func:`row_text` writes it ("" for a row without text), glossary decided once."""
    glossary = is_glossary_table(rows)
    return [row_text(row, glossary) for row in rows]


def even_rows(rows: list[list[str]]) -> list[list[str]]:
    """Rows of cells filled out with empty cells to the widest row's width."""
    width = max((len(r) for r in rows), default=0)
    return [r + [""] * (width - len(r)) for r in rows]


def is_paragraph_number(text: str) -> bool:
    """A table cell that holds only a paragraph number ("12", "3.2")."""
    return bool(re.fullmatch(r"\d{1,3}(?:\.\d{1,3}){0,3}", text))


def row_text(cells: list[str], glossary: bool = False) -> str:
    """One table row as one line: "term | definition" in a glossary, "label: text" for another two-column
    row ("12. text" where the label is a paragraph number, as in a template that sets each numbered
    paragraph in a row of its own), "a | b | c" for a wider one. Empty cells are left out."""
    cells = [c for c in cells if c]
    if len(cells) == 2 and not glossary:
        label, text = cells
        if is_paragraph_number(label):
            return f"{label}. {text}" if "." not in label else f"{label} {text}"
        return f"{label} {text}" if label.endswith((":", ".", ")")) else f"{label}: {text}"
    return " | ".join(cells)


def counted_tables(blocks: list[Block]) -> set[int]:
    """The tables whose rows count themselves, 1, 2, 3 ... (a recommendations table's "No." column): rows that
    number themselves are nobody's paragraph text, even straight after a paragraph."""
    rows: dict[int, list[str]] = {}
    for b in blocks:
        if b.table is not None:
            rows.setdefault(b.table, []).append(b.text)
    out = set()
    for table, texts in rows.items():
        numbers = [int(m[1]) for t in texts if (m := re.match(r"(\d{1,2})[.:]?\s", t))]
        if len(numbers) >= 2 and numbers == list(range(1, len(numbers) + 1)):
            out.add(table)
    return out


def body_size(lines: Iterable[Line]) -> float:
    """The body's size: the size most characters are set in (0 where there are no lines)."""
    sizes: Counter[float] = Counter()
    for ln in lines:
        sizes[ln.size] += len(ln.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0
