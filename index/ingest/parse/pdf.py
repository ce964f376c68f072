"""PDF → blocks, with pdfplumber for text and geometry (pypdf for the encryption check).

Lines are read with their position, font size, weight and slant; running matter and contents are dropped
(:mod:`index.clean`); lines are then grouped into paragraphs (:mod:`.blocks`).
"""

from __future__ import annotations

import functools
import itertools
import logging
import re
from collections import Counter
from pathlib import Path
from typing import Any

from ...errors import CorruptDocument, EmptyDocument, EncryptedDocument
from ...types import ParsedDocument
from ..clean import Line, drop_contents, drop_running_matter, normalise_text
from ..hyphens import english_words, word_vocabulary
from .asides import repeated_quotes
from .blocks import lines_to_blocks
from .boxed_extracts import Extracts, boxed_extracts
from .columns import read_columns
from .common import font_flags, row_size
from .covering import without_bundle_front
from .drawn_text import read_drawn_pages
from .edge_tabs import without_edge_tabs
from .form_fields import form_text_aside, with_field_text
from .languages import without_translated_pages
from .leading import without_interlinear
from .misread import repair_misread_numbers
from .ocr import Progress
from .page_labels import pdf_page_labels, printed_page_labels
from .page_order import in_printed_order, sheet_halves
from .page_ranges import read_in_ranges
from .print_server import turned_the_right_way_up, without_job_separator
from .rules import underline_rules, underlined
from .suggestions import without_comment_endnotes
from .word_gaps import extract_lines as _extract_lines

logger = logging.getLogger(__name__)

# pypdf and pdfminer log at WARNING about damage they read past (a wrong cross-reference offset, a missing
# /CropBox, an unknown font encoding): nothing a user can act on, and not the outcome of the ingest, which
# is our own one line. Without a handler of the application's, Python would print them to stderr.
for _library in ("pypdf", "pdfminer", "pdfplumber"):
    logging.getLogger(_library).setLevel(logging.ERROR)

# an unmapped glyph opening a line is a bullet, unless a word goes on from it: a ligature ("(cid:192)uctuating")
_CID_BULLET = re.compile(r"^\s*\(cid:\d+\)(?![a-z])\s*")
_CID = re.compile(r"\(cid:\d+\)")


def _open_checked(path: Path) -> list[str] | None:
    """Refuse an encrypted or page-less PDF; return the PDF's own page labels (None if it has none)."""
    import pypdf
    from pypdf.errors import PdfReadError

    try:
        reader = pypdf.PdfReader(str(path))
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception as exc:  # unsupported crypto, wrong password
                raise EncryptedDocument(f"{path}: the PDF is encrypted; supply an unencrypted copy") from exc
            if not ok:
                raise EncryptedDocument(f"{path}: the PDF is password-protected; supply an unencrypted copy")
        if len(reader.pages) == 0:
            raise CorruptDocument(f"{path}: the PDF has no pages")
        return pdf_page_labels(reader)
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise CorruptDocument(f"{path}: not a readable PDF ({type(exc).__name__})") from exc


def _read_lines(path: Path, columns: bool = True) -> tuple[list[list[Line]], int, dict]:
    """Each page's lines in reading order. ``columns=False`` reads every page straight across, as if
    it had one column (what a one-column page gets anyway; kept for tests and comparisons). A long PDF's
    pages are read in two processes at once (:mod:`.page_ranges`)."""
    pages, images, meta = read_in_ranges(_read_range, path, _page_count(path), columns)
    return _mended(_with_ligatures(pages)), images, meta


_WORD_WITH_CID = re.compile(r"[A-Za-z]*(?:\(cid:\d+\)[A-Za-z]*)+")
_LIGATURES = ("fi", "fl", "ff", "ffi", "ffl")


_DIGITS_MISREAD = re.compile(r"\b(?=[\dlIO]*[lIO])(?=(?:[lIO]*\d){3})[\dlIO]{4}\b")  # a year: "l998", "2O19"
_AS_DIGITS = str.maketrans("lIO", "110")
_RN = re.compile(r"\b[A-Za-z]*rn[A-Za-z]*\b")


def _mended(pages: list[list[Line]]) -> list[list[Line]]:
    """A scan's text layer mended where OCR commonly slips: "l" or "O" among the figures of a year ("l998"),
    and "rn" read for "m" in a word no dictionary knows whose "m" spelling one does, or the document uses more
    often ("rnoney", "farnily"). Clean text has neither, so every PDF's lines are read so."""
    words: Counter[str] = Counter(w.lower() for p in pages for ln in p for w in re.findall(r"[A-Za-z]+", ln.text))
    english = english_words(4)

    def known(word: str) -> float:
        return float("inf") if word in english else words[word]

    def fix(m: re.Match[str]) -> str:
        word = m[0]
        lower, plain = word.lower(), word.lower().replace("rn", "m")
        if len(word) < 4 or lower in english or known(plain) <= words[lower]:
            return word
        return word.replace("rn", "m")

    for p in pages:
        for ln in p:
            text = _DIGITS_MISREAD.sub(lambda m: m[0].translate(_AS_DIGITS), ln.text)
            ln.text = _RN.sub(fix, text) if "rn" in text else text
    return pages


def _without_unmapped(text: str) -> str:
    """The line without the glyphs its font does not map, but those inside a word (:func:`_with_ligatures`)."""
    def keep(m: re.Match[str]) -> str:
        inside = text[m.start() - 1:m.start()].isalpha() or text[m.end():m.end() + 1].isalpha()
        return m[0] if inside else ""

    return _CID.sub(keep, text)


def _with_ligatures(pages: list[list[Line]]) -> list[list[Line]]:
    """A glyph the font's map leaves out, inside a word, is a ligature a tagged PDF spells only in its
    ActualText ("Of(cid:192)cers"): each such glyph is read as the ligature that makes most of its words
    dictionary words ("fi": "officers", "confirmed"); a glyph none makes words of is left out."""
    words = [w for p in pages for ln in p if "(cid:" in ln.text for w in _WORD_WITH_CID.findall(ln.text)]
    if not words:
        return pages
    known = english_words() | word_vocabulary([ln.text for p in pages for ln in p])[0]
    reading: dict[str, str] = {}
    for cid in {c for w in words for c in re.findall(r"\(cid:(\d+)\)", w)}:
        mine = [w for w in words if f"(cid:{cid})" in w]
        score = {lig: sum(_CID.sub("", w.replace(f"(cid:{cid})", lig)).lower() in known for w in mine)
                 for lig in _LIGATURES}
        best = sorted(score, key=score.__getitem__, reverse=True)
        if score[best[0]] > score[best[1]]:
            reading[cid] = best[0]
    for p in pages:
        for ln in p:
            if "(cid:" in ln.text:
                ln.text = normalise_text(_CID.sub(lambda m: reading.get(m[0][5:-1], ""), ln.text))
    return pages


def _page_count(path: Path) -> int:
    import pdfplumber

    try:
        with open(path, "rb") as fh, pdfplumber.open(fh) as pdf:
            return len(pdf.pages)
    except Exception:  # _read_range reports what is wrong with the file
        return 0


def _line(r: dict, text: str, *, pno: int, page: Any, column: int, **more: Any) -> Line:
    """A pdfplumber row's line: its text, place, type size, weight and slant."""
    bold, italic = font_flags([c for c in r.get("chars", []) if c.get("text", "").strip()])
    return Line(text=text, page=pno, top=float(r["top"]), bottom=float(r["bottom"]), x0=float(r["x0"]),
                x1=float(r["x1"]), size=row_size(r), bold=bold, italic=italic, page_height=float(page.height),
                page_width=float(page.width), column=column, **more)


def _read_range(path: Path, start: int, stop: int | None, columns: bool) -> tuple[list[list[Line]], int, dict]:
    """The lines of pages ``start`` to ``stop`` (0-based, ``stop`` excluded; None: to the end)."""
    import pdfplumber

    from .actual_text import install as install_actual_text
    from .actual_text import with_actual_text
    from .chars import (
        lean_objects,
        without_glosses,
        without_margin_notes,
        without_overprint,
        without_reference_marks,
        without_side_rail,
        without_watermark,
    )
    from .drawn_bullets import with_drawn_bullets
    from .drawn_charts import with_charts_aside
    from .figure_panels import figure_panels, with_panels, without_panels
    from .glyph_names import install as install_glyph_names
    from .languages import without_translation
    from .layers import off_groups, without_covered_text, without_hidden_layers
    from .markup import COMMENTS_SUMMARY, without_comment_numbers, without_markup
    from .pdf_tables import Carry, outside, prose_tables, table_lines
    from .stamps import without_margin_stamps
    from .suggestions import without_comment_anchors

    install_actual_text()
    pages: list[list[Line]] = []
    images = 0
    grid: list[tuple[float, float]] = []  # gutters of two-column pages read so far (columns.read_columns)
    carry, extracts = Carry(), Extracts()  # a table row a page break may cut in two; a box of quotations too
    try:
        with open(path, "rb") as fh, pdfplumber.open(fh) as pdf:  # our handle: closed even if pdfplumber fails
            meta = dict(pdf.metadata or {})
            install_glyph_names(pdf)  # a font whose text map is private or wrong where its glyph names are not
            off = off_groups(pdf)  # layers a viewer does not show
            for pno, page in enumerate(pdf.pages[start:stop], start=start + 1):
                without_covered_text(without_hidden_layers(page, off))
                page = with_actual_text(lean_objects(page))  # what a tagged PDF says its drawing stands for
                images += len(page.images)
                page = without_edge_tabs(turned_the_right_way_up(page))  # back page drawn upside down; thumb tabs
                page = without_comment_numbers(without_markup(without_comment_anchors(page)))  # drafts' markup
                page = without_reference_marks(without_margin_notes(without_watermark(without_overprint(page))))
                page = without_glosses(without_side_rail(page))  # a site's navigation, a reading aid's labels
                page = without_margin_stamps(page)  # an archive's accession line run up the margin
                sheet, read = page, []
                for page in sheet_halves(sheet) or [sheet]:  # two printed pages side by side: each read alone
                    tables = prose_tables(page, carry)  # ruled tables of prose: cell by cell, rows put back below
                    whole, page = page, (outside(page, tables) if tables else page)
                    figures = figure_panels(page, _extract_lines)  # an infographic's boxed figures: read box by box
                    page = without_panels(page, figures) if figures else page
                    raw = _extract_lines(page)
                    if columns:
                        try:  # two or three columns: read region by region, each column top to bottom
                            groups = read_columns(page, raw, _extract_lines, grid)
                        except Exception as exc:  # the geometry is a refinement: never lose a page to it
                            logger.warning("%s: page %d: column detection failed (%s); reading across",
                                           path.name, pno, type(exc).__name__)
                            groups = [(0, raw)]
                    else:
                        groups = [(0, raw)]
                    groups = without_translation(groups)  # a Welsh board's review, Welsh and English side by side
                    groups = boxed_extracts(page, groups, extracts)  # another document's paragraphs quoted in boxes
                    lines, rules = [], underline_rules(page)
                    for column, group in groups:
                        part = []
                        for r in group:
                            text = _CID_BULLET.sub("• ", r["text"])
                            text = normalise_text(_without_unmapped(text))
                            if not text:
                                continue
                            if r["text"].rstrip().endswith("\u00ad"):  # a soft hyphen breaks a word: join_lines
                                text += "\u00ad"  # mends it
                            part.append(_line(r, text, pno=pno, page=sheet, column=column, aside=bool(r.get("aside")),
                                              underlined=underlined(r, rules)))
                        if len(groups) == 1:  # one column: sorted as always; several: each group is in order
                            part.sort(key=lambda ln: (round(ln.top), ln.x0))
                        lines.extend(part)
                    lines = with_charts_aside(page, with_drawn_bullets(page, lines))  # painted list discs; charts
                    rows = table_lines(tables, whole, pno, lines, carry) if tables else []
                    carry.line = carry.line if tables else None
                    if rows:
                        lines = sorted(lines + rows, key=lambda ln: (round(ln.top), ln.x0)) if len(groups) == 1 \
                            else lines + rows
                    if figures:
                        lines = with_panels(lines, figures, functools.partial(_line, pno=pno, page=sheet, aside=True))
                    read.extend(lines)
                lines = read
                pages.append([] if lines and COMMENTS_SUMMARY.match(lines[0].text) else lines)  # readers' notes
    except EncryptedDocument:
        raise
    except Exception as exc:  # pdfminer raises a zoo of types on damaged files
        name = type(exc).__name__
        if "Password" in name or "Encrypt" in name:
            raise EncryptedDocument(f"{path}: the PDF is password-protected") from exc
        raise CorruptDocument(f"{path}: could not read the PDF ({name})") from exc
    return pages, images, meta


def _pdf_title(meta: dict) -> str | None:
    title = meta.get("Title")
    if isinstance(title, bytes):
        title = title.decode("utf-8", "ignore")
    if not isinstance(title, str):
        return None
    title = title.strip()
    placeholder = r"^\(?(microsoft word|untitled|anonymous|document\d*|slide \d+|title)\)?"
    if not title or re.match(placeholder, title, re.IGNORECASE):
        return None
    if re.search(r"\.(docx?|pdf|indd|rtf)$", title, re.IGNORECASE):
        return None
    return title


def _pdf_year(meta: dict) -> int | None:
    raw = meta.get("CreationDate") or meta.get("ModDate")
    if isinstance(raw, bytes):
        raw = raw.decode("ascii", "ignore")
    if isinstance(raw, str):
        m = re.search(r"(19[89]\d|20[0-4]\d)", raw)
        if m:
            return int(m.group(1))
    return None


def parse_pdf(path: Path, progress: Progress | None = None) -> ParsedDocument:
    """``progress("ocr", done, total)`` is called as each scanned page has been OCR'd."""
    own_labels = _open_checked(path)
    pages, _images, meta = _read_lines(path)
    pages, scanned = read_drawn_pages(path, pages, progress)
    pages, typed = with_field_text(path, pages)  # a form saved with its fields live: the text typed into its boxes
    n_chars = sum(len(ln.text) for p in pages for ln in p)
    if n_chars == 0:
        if scanned:
            raise EmptyDocument(f"{path}: the PDF's pages are images, and OCR found no text on them")
        raise CorruptDocument(f"{path}: the PDF contains no text")
    return form_text_aside(document_of_pages(pages, _pdf_title(meta), _pdf_year(meta), own_labels), typed)


def document_of_pages(pages: list[list[Line]], title: str | None = None, year: int | None = None,
                      own_labels: list[str] | None = None) -> ParsedDocument:
    """A document from its pages' lines in reading order (a PDF's, or a PDF's converted to HTML)."""
    pages = without_job_separator(pages)  # a print server's banner page before the report printed to its queue
    title_lines = _title_from_first_page(pages)
    # printed page numbers are read before running matter (where they are printed) is dropped
    labels = own_labels if own_labels and len(own_labels) == len(pages) else printed_page_labels(pages)
    sheets = len(pages)  # a two-up sheet is read as two pages (page_order), each line keeping its sheet's number
    pages = without_interlinear(drop_running_matter(in_printed_order(without_translated_pages(pages))))
    pages = _once_across_edges(pages)
    pages = repair_misread_numbers(drop_contents(without_bundle_front(without_comment_endnotes(pages))))
    blocks = repeated_quotes(lines_to_blocks(pages))
    for b in blocks:
        b.page_label = labels[b.page - 1] if b.page else None
    return ParsedDocument(blocks=blocks, pages=sheets, title=title or title_lines,
                          year=_year_from_text(pages) or year)


def _once_across_edges(pages: list[list[Line]]) -> list[list[Line]]:
    """A web page cut into sheets (wkhtmltopdf) paints a line that straddles a sheet's edge on both sheets, each
    clipped to its half: the same line ends one page and starts the next. It is read once, where it starts the
    next page (the page on which a paragraph opening with it is seen to begin; blind round 45)."""
    out = [list(p) for p in pages]
    for here, after in itertools.pairwise(out):
        if here and after and len(here[-1].text.strip()) >= 20 and here[-1].text.strip() == after[0].text.strip():
            here.pop()
    return out


def _title_from_first_page(pages: list[list[Line]]) -> str | None:
    """The largest-font lines on the first page with text: usually the report title."""
    for lines in pages[:2]:
        if not lines:
            continue
        lines = [ln for ln in lines if not re.match(r"^(table of )?contents$|^foreword$", ln.text, re.I)]
        if not lines:
            continue
        biggest = max(ln.size for ln in lines)
        parts = [ln.text for ln in lines if ln.size >= biggest - 0.5][:4]
        title = " ".join(parts).strip()
        if 3 <= len(title) <= 250:
            return title
    return None


def _year_from_text(pages: list[list[Line]]) -> int | None:
    for lines in pages[:2]:
        for ln in lines:
            m = re.search(r"\b(19[89]\d|20[0-4]\d)\b", ln.text)
            if m:
                return int(m.group(1))
    return None
