"""Cleaning shared by the page-based formats (PDF, and plain text with form feeds).

Works on :class:`Line` lists grouped by page: drops running headers and footers (lines that repeat at
the top or bottom of many pages once digits are ignored), bare page numbers, "Page 3 of 60", contents
lists (dot leaders, or a "Contents" page whose lines end in page numbers), and rejoins words hyphenated
at a line break.
"""

from __future__ import annotations

import itertools
import re
import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass

from .parse.carried_on import JUMP_NOTE
from .parse.common import LABEL_ALONE_RE

ZONE_LINES = 3  # how many lines at the top/bottom of a page can be running matter
SMALLER = 1.5  # points below the body text's size at which a line in the top margin is a running header
ZONE_FRACTION = 0.12  # ... and they must sit in this fraction of the page height (when geometry is known)


@dataclass
class Line:
    text: str
    page: int
    top: float = 0.0
    bottom: float = 0.0
    x0: float = 0.0
    x1: float = 0.0
    size: float = 0.0
    bold: bool = False
    italic: bool = False
    page_height: float = 0.0
    page_width: float = 0.0
    # reading-order group on a multi-column page (parse/columns.py): 0 for full-width text, otherwise one
    # number per column (or aside); where it changes between two lines, the text jumps to another column
    column: int = 0
    row: bool = False  # a table's row, its cells read one after another (parse/pdf_tables.py): a block of its own
    underlined: bool = False  # a rule drawn under the whole line and no wider (a typescript's headings)
    aside: bool = False  # the layout's own text, no paragraph's (run sheets' cues, numbered panels' own lines)
    quoted: bool = False  # a quotation of its own, whole in its line (a row of parse/keyed_extracts.py's tables)


# Adobe's private-use code points for an expert font's old-style figures and small capitals (U+F730 "0",
# U+F761 "a"): a professionally set report's paragraph numbers and running heads extract as these
_EXPERT = {**{0xF730 + i: str(i) for i in range(10)}, **{0xF761 + i: chr(ord("a") + i) for i in range(26)}}

# superscript figures set on a word, a number or closing punctuation (a note's marker: "4.2¹", "neglect²³")
_NOTE_MARKS = re.compile(r"(?<=[\w.,;:)\]\u2019\u201d])[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+")


def normalise_text(text: str) -> str:
    """NFKC (ligatures, non-breaking spaces), soft hyphens and zero-width characters removed (a web editor's
    "3.\u200b4" reads "3.4"), an expert font's figures and small capitals as plain ones, whitespace collapsed. A
    superscript figure set on a word or number is a note's marker, and is dropped: NFKC would make "4.2\u00b9" the
    number 4.21."""
    text = _NOTE_MARKS.sub("", text)
    text = re.sub(r"[\u00ad\u200b-\u200d\u2060\ufeff]", "", unicodedata.normalize("NFKC", text.translate(_EXPERT)))
    text = text.replace("\u2010", "-").replace("\u2011", "-")
    text = re.sub(r"(?<=[a-z])\u00b7(?=[a-z])", "", text)  # a reading aid's syllable dots: "con·cealed"
    return re.sub(r"[ \t\u00a0\u2000-\u200a]+", " ", text).strip()


# a line that is only a page number: "7", "- 7 -", "| 7", "Page 7", "Page 7 of 60", "7 / 60", "vii"
_PAGE_NO = re.compile(
    r"^(?:page\s*)?[-–—|]?\s*(\d{1,4}|[ivxlcdm]{1,7})\s*[-–—|]?(?:\s*(?:of|/)\s*\d{1,4})?$", re.IGNORECASE
)


# ... or a folio between dashes as OCR reads it, "l" or "I" for 1 and "O" for 0: "- l20 -" (a digitised volume's)
_OCR_FOLIO = re.compile(r"^[-–—]\s*((?=[lIO]*\d)[\dlIO]{1,4})\s*[-–—]$")


def page_number(text: str) -> str | None:
    """The number of a line that is only a page number, as printed (OCR's slips in a dashed folio mended); else
    None."""
    if m := _PAGE_NO.match(text.strip()):
        return m.group(1)
    m = _OCR_FOLIO.match(text.strip())
    return m.group(1).translate(str.maketrans("lIO", "110")) if m else None


_PAGE_PAIR = re.compile(r"^(\d{1,4})\s+(\d{1,4})$")


def page_pair(text: str) -> tuple[int, int] | None:
    """The two numbers of a line that is only two facing pages' numbers ("12 13", a sheet printed two
    pages up); else None."""
    m = _PAGE_PAIR.match(text.strip())
    return (int(m.group(1)), int(m.group(2))) if m and int(m.group(2)) == int(m.group(1)) + 1 else None


def is_page_number(text: str) -> bool:
    return page_number(text) is not None or page_pair(text) is not None


# "4.9 Concluding comments ........ 113", "Annex B … 57", "Foreword _____ ii"
_LEADER_ENTRY = re.compile(r"^(?P<title>.*?\S)\s*(?:\.\s?){3,}\s*(?:\.|…)*\s*(?P<page>\d{1,4}|[ivxlc]{1,6})$"
                           r"|^(?P<title2>.*?\S)\s*(?:…+|_{3,}|-{4,})\s*(?P<page2>\d{1,4}|[ivxlc]{1,6})$",
                           re.IGNORECASE)
# an entry without leaders: "4.9 Concluding comments 113" (only trusted on a contents page)
_PLAIN_ENTRY = re.compile(r"^(?P<title>(?:(?:\d{1,2}|[A-Z])(?:\.\d{1,3})*\.?\s+)?[^\d\s][^.!?]{0,120}?)"
                          r"\s+(?P<page>\d{1,4}|[ivxlc]{1,6})$")
_CONTENTS_HEAD = re.compile(r"^(?:table of )?contents(?: page)?$|^index$", re.IGNORECASE)
# a newsletter's box of its articles and their pages, anywhere on a page: "In this issue", then "Child M: what the
# review found 1" ... (blind round 76)
_ISSUE_HEAD = re.compile(r"^(?:in|inside) this (?:issue|edition|bulletin|newsletter)\W*$", re.IGNORECASE)
_INDEX_HEAD = re.compile(r"^(?:subject |general )?index$", re.IGNORECASE)
# an index entry's locators: ", 3.2", ", 2.1–2.4", ", 114" after its term
_LOCATORS = re.compile(r",\s*\d{1,3}(?:\.\d{1,3}){0,3}(?:\s*[–-]\s*\d{1,3}(?:\.\d{1,3}){0,3})?(?=\s*(?:[,;]|$|\s))")


def is_contents_entry(text: str) -> bool:
    return bool(_LEADER_ENTRY.match(text.strip()))


def repeat_key(text: str) -> str:
    """What a running header or footer keeps from page to page: its words, any number standing for any
    other ("Page 7 of 60", "Chapter 4: Findings"), any dash for any other (OCR reads an en dash as "-"), and
    its letters as OCR may misread them on one page and not the next (:func:`ocr_folded`)."""
    text = re.sub(r"\d+", "#", re.sub(r"[‐-―−-]", "-", ocr_folded(text)))
    text = re.sub(r"\b[ivxlc]{1,6}\b$", "#", text)
    return re.sub(r"\s+", " ", text).strip()


def ocr_folded(text: str) -> str:
    """A line in lower case with the letters OCR confuses read as one: "1" or "0" inside a word as "i" or "o"
    ("OVERV1EW"), and "l" as "i" ("PARTNERSHlP"), so that a running head misread on some pages of a digitised
    volume and not on others is one line."""
    text = re.sub(r"(?<=[^\W\d_])[10](?=[^\W\d_])", lambda m: "io"[int(m[0] == "0")], text.lower())
    return text.replace("l", "i")


def _running_key(text: str) -> str:
    """:func:`repeat_key`, except that a line without a letter, or a paragraph's label alone, is kept whole:
    its numbers are all it says, and "1.4", "2.5", "3.9" or "Paragraph 18", "Paragraph 24" alone at the tops
    of pages are paragraphs' labels set on a line of their own, not one running header (a line that is only
    a page number is recognised by :func:`is_page_number`)."""
    if re.search(r"[^\W\d_]", text) and not LABEL_ALONE_RE.match(text.strip()):
        return repeat_key(text)
    return re.sub(r"\s+", " ", text).strip()


def zone_positions(page_lines: list[Line], printed: float | None = None) -> tuple[set[int], set[int]]:
    """Indices of lines that may be running headers (top) or footers (bottom) on one page. ``printed``: how far
    down the document's sheets anything is printed. When that is between half and four-fifths of their height (a
    page printed shrunk on a larger sheet, as Word prints a page beside its markup pane), the footer's band is
    measured up from there."""
    n = len(page_lines)
    top = set(range(min(ZONE_LINES, n)))
    bottom = set(range(max(0, n - ZONE_LINES), n))
    if page_lines and page_lines[0].page_height:
        h = page_lines[0].page_height
        foot = printed if printed is not None and 0.5 * h <= printed < 0.8 * h else h
        top = {i for i in top if page_lines[i].top <= h * ZONE_FRACTION}
        # ... or a page number alone at the lowest place the document prints anything (LaTeX's, well above A4's foot)
        bottom = {i for i in bottom if page_lines[i].bottom >= foot - h * ZONE_FRACTION
                  or (i == n - 1 and printed is not None and page_lines[i].bottom >= printed - 2
                      and is_page_number(page_lines[i].text))}
    return top, bottom


def drop_running_matter(pages: list[list[Line]]) -> list[list[Line]]:
    """Remove running headers/footers and page numbers from each page's lines."""
    n_pages = sum(1 for p in pages if p)
    counts: dict[str, Counter[str]] = {"top": Counter(), "bottom": Counter()}
    printed = max((ln.bottom for p in pages for ln in p), default=0.0)
    zones = [zone_positions(p, printed or None) for p in pages]
    for page_lines, (top, bottom) in zip(pages, zones, strict=True):
        for zone, idx in (("top", top), ("bottom", bottom)):
            seen = {_running_key(page_lines[i].text) for i in idx}
            counts[zone].update(k for k in seen if k)
    threshold = max(2, int(0.25 * n_pages + 0.999)) if n_pages >= 3 else n_pages + 1
    body = statistics.median(sizes) if (sizes := [ln.size for p in pages for ln in p if ln.size]) else 0.0
    fixed = _fixed(pages, zones, n_pages)
    out: list[list[Line]] = []
    for page_lines, (top, bottom) in zip(pages, zones, strict=True):
        drop = {i for i in top | bottom if _fixed_key(page_lines[i]) in fixed}
        # running matter sits at the edges: stop at the first line from each edge that is not running
        for zone, order in (("top", sorted(top)), ("bottom", sorted(bottom, reverse=True))):
            for i in (i for i in order if i not in drop):
                if JUMP_NOTE.match(page_lines[i].text):  # "Continued from page 2" heads a column: parse/carried_on.py
                    break
                n = counts[zone][_running_key(page_lines[i].text)]
                if n >= threshold or is_page_number(page_lines[i].text) or \
                        (n >= 3 and _in_margin(page_lines[i], zone)) or _small_header(page_lines[i], zone, body):
                    drop.add(i)
                else:
                    break
        out.append([ln for i, ln in enumerate(page_lines) if i not in drop])
    return out


def _fixed_key(line: Line) -> tuple[str, int] | None:
    """A line's letters and where it stands on its sheet; None without geometry."""
    return (re.sub(r"[^a-z]", "", line.text.lower()), round(line.top)) if line.page_height else None


def _fixed(pages: list[list[Line]], zones: list[tuple[set[int], set[int]]], n_pages: int) -> set[tuple[str, int]]:
    """Lines printed in the same place, in the same letters, on nine tenths of three or more pages: a browser's
    header and footer, or a web page's fixed bar painted over the text (blind round 55), wherever the text layer
    puts them, and even where a body line lies under them. Their numbers may differ ("1/5", "2/5"), or be lost
    under the text they cover."""
    seen: Counter[tuple[str, int]] = Counter()
    for page_lines, (top, bottom) in zip(pages, zones, strict=True):
        seen.update({k for i in top | bottom if (k := _fixed_key(page_lines[i])) is not None and len(k[0]) >= 8})
    return {k for k, n in seen.items() if n_pages >= 3 and n >= 0.9 * n_pages}


def _small_header(line: Line, zone: str, body: float) -> bool:
    """A line in the top margin set smaller than the body text is a running header even where no other page
    repeats it (a two-page report; a header that names the chapter): a heading is never smaller than the
    text it heads."""
    return zone == "top" and 0 < line.size <= body - SMALLER and _in_margin(line, zone)


def _in_margin(line: Line, zone: str) -> bool:
    """In the page's top or bottom margin band (only known with geometry): there, a line seen on three
    pages is running matter even if it changes by chapter ("Chapter 4: Findings")."""
    if not line.page_height:
        return False
    band = line.page_height * ZONE_FRACTION * 0.7
    return line.bottom <= band if zone == "top" else line.top >= line.page_height - band


def _is_entry_like(text: str) -> bool:
    return bool(_LEADER_ENTRY.match(text) or _PLAIN_ENTRY.match(text))


# a link line printed from a web page or a linked PDF: "Back to top", "Return to contents"
_NAV_LINE = re.compile(r"^\W*(?:back|return|go|jump) to (?:the )?(?:top|contents|start)(?: of (?:the )?page)?\W*$",
                       re.IGNORECASE)
# a page's notice that it has no text: "This page is intentionally left blank", "[Page left blank]"
_BLANK_NOTICE = re.compile(r"^(?=.*\b(?:page|intentionally|deliberately|left)\b)\W*(?:this )?(?:page )?"
                           r"(?:(?:is|has been|was) )?(?:left )?(?:intentionally|deliberately)?\s*(?:left )?blank"
                           r"(?: page)?(?: intentionally| deliberately)?\W*$", re.IGNORECASE)

# a web page's feedback prompt, printed or saved with the page: "Was this page useful? Yes No"
_FEEDBACK = re.compile(r"^(?:was|is) this (?:page|information|content|article) (?:useful|helpful)\??"
                       r"(?:\s*(?:yes|no|maybe)\b)*\W*$|^did you find what you (?:were|are) looking for\?"
                       r"(?:\s*(?:yes|no)\b)*\W*$", re.IGNORECASE)


# an e-signature service's stamp on a signed report's pages: "Docusign Envelope ID: 7E3B...", "DocuSigned by:"
# (blind round 45)
_SIGNING_STAMP = re.compile(r"^docu\s?si?gn(?:ed)?\s+(?:envelope\s+id\b|by:\s*$)", re.IGNORECASE)

# another edition's page, marked in a large-print or text version: "[Standard print page 10]", "[Print page 9]"
_OTHER_EDITION = re.compile(r"^\[\s*(?:(?:standard|original|normal|regular|full)[- ]?)?(?:print(?:ed)?\s+)?"
                            r"(?:edition\s+|version\s+|report\s+)?page\s+[\divxlc]{1,5}\s*\]$", re.IGNORECASE)

# a web page printed with its end: "Share this page: WhatsApp · Email", a row of links ("Accessibility · Privacy ·
# Contact us · Site map"), the site's copyright line (blind round 55)
_SITE_END = re.compile(r"^(?:share (?:this|the) (?:page|article|post|story|report)\b.{0,80}"
                       r"|[^\W\d][\w'’ ]{0,25}(?:\s·\s[^\W\d][\w'’ ]{0,25}){2,}|©\s?(?:\S+\s){0,12}\S+)$",
                       re.IGNORECASE)

# a redacted copy's note in place of paragraphs taken out, one sentence on its own: "Paragraphs 4.3 to 4.5 have
# been withheld under section 40(2) ..." (blind round 47); the paragraph before it does not run on into it
_WITHHELD = re.compile(r"^[\[(]?\s*(?:paragraphs?|paras?\.?)\s+\d+(?:\.\d+)*(?:\s*(?:to|and|-|–)\s*\d+(?:\.\d+)*)?"
                       r"\s+(?:has|have)\s+been\s+(?:withheld|redacted|removed|omitted)\b[^.]{0,200}[.)\]]{1,2}\s*$",
                       re.IGNORECASE)


def is_placeholder(text: str) -> bool:
    """A line that is no text of the report: a link back to the top or the contents, a blank page's notice, a
    web page's feedback prompt or its end (share links, a row of links, the copyright line), an e-signature stamp,
    another edition's page mark, a note of paragraphs withheld."""
    return bool(_NAV_LINE.match(text) or _BLANK_NOTICE.match(text) or _FEEDBACK.match(text) or _SITE_END.match(text)
                or _SIGNING_STAMP.match(text) or _OTHER_EDITION.match(text) or _WITHHELD.match(text))


# a contents entry with no page number: a short title, no sentence
_BARE_ENTRY = re.compile(r"^[A-Z0-9][^.!?:;]{0,90}$")


def _bare_key(text: str) -> str:
    return " ".join(text.lower().split())


def drop_contents(pages: list[list[Line]]) -> list[list[Line]]:
    """Remove contents lists: dot-leader entries anywhere, and contents pages as a whole; the "Back to
    top" / "Back to contents" link lines that lead back to them; and blank pages' notices."""
    pages = [[ln for ln in p if not is_placeholder(ln.text.strip())] for p in pages]
    # where a line is printed last: a contents page's bare entries (a web page printed, no page numbers)
    # are the headings printed again on later pages
    last_page = {_bare_key(ln.text): n for n, p in enumerate(pages) for ln in p}
    out: list[list[Line]] = []
    in_contents = in_index = False
    for n, page_lines in enumerate(pages):
        texts = [ln.text.strip() for ln in page_lines]
        has_head = any(_CONTENTS_HEAD.match(t) for t in texts[:6])
        # a back-of-book index: under its "Index" head, or carried on from the page before, most lines give
        # locators ("Advocacy, 3.2, 4.1–4.3"); every line of it goes, letter heads and sub-entries too
        located = sum(1 for t in texts if _LOCATORS.search(t))
        in_index = (in_index or any(_INDEX_HEAD.match(t) for t in texts[:6])) and located >= max(3, 0.4 * len(texts))
        if in_index:
            out.append([])
            continue
        entry_like = sum(1 for t in texts if _is_entry_like(t))
        ratio = entry_like / max(1, len(texts))
        page_is_contents = (has_head and entry_like >= 3) or (
            (in_contents or entry_like >= 6) and ratio >= 0.5
        )
        bare = {t for t in texts if _BARE_ENTRY.match(t) and not _CONTENTS_HEAD.match(t)
                and last_page.get(_bare_key(t), n) > n}
        bare = bare if has_head and len(bare) >= 3 and len(bare) >= 0.6 * (len(texts) - 1) else set()
        in_contents = page_is_contents
        keep = []
        boxed = _issue_box(texts)
        for k, (line, text) in enumerate(zip(page_lines, texts, strict=True)):
            if k in boxed:
                continue
            if is_contents_entry(text) or text in bare or (bare and _CONTENTS_HEAD.match(text)):
                continue
            if page_is_contents and (_is_entry_like(text) or _CONTENTS_HEAD.match(text)):
                continue
            keep.append(line)
        out.append(keep)
    return out


def _issue_box(texts: list[str]) -> set[int]:
    """The lines of a newsletter's "In this issue" box: its head and the entries right after it."""
    out: set[int] = set()
    for k, text in enumerate(texts):
        if _ISSUE_HEAD.match(text):
            run = list(itertools.takewhile(lambda j: _is_entry_like(texts[j]), range(k + 1, min(len(texts), k + 13))))
            out.update([k, *run] if len(run) >= 2 else [])
    return out


def drop_contents_blocks(blocks: list) -> list:
    """Block-level version for formats without pages (DOCX, HTML, Markdown): a "Contents" heading and
    the entry-like blocks ("2 Scope and approach 5") that follow it, plus dot-leader entries anywhere; and
    blank pages' notices and links back to the top."""
    out = []
    in_contents = False
    for b in blocks:
        text = b.text.strip()
        if is_placeholder(text):
            continue
        if _CONTENTS_HEAD.match(text):
            in_contents = True
            continue
        if is_contents_entry(text):
            continue
        if in_contents:
            if _is_entry_like(text) and len(text.split()) <= 16:
                continue
            in_contents = False
        out.append(b)
    return out
