"""HTML → blocks with BeautifulSoup (lxml).

Site chrome is dropped (script, style, nav, header, footer, aside, forms, cookie banners, breadcrumbs, text
only a screen reader hears); when the page has a <main> or <article>, only that is read. Headings h1–h6 keep
their level; list items become bullets (nested lists included); p, blockquote, dd and text-only divs become
paragraphs. A data table is read as rows, one block per ``tr``, as Word and Markdown tables are
(:func:`.common.row_text`, "term | definition" in a glossary). A layout table (a nested table, or cells
holding paragraphs, headings, lists or divs) or one with no row of two cells with text is read as body text.
The tree is read in one pass with an explicit stack: time grows linearly with the number of elements and no
nesting depth overflows Python's stack (how deep a file may nest is checked before, in :mod:`.limits`).
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from pathlib import Path

from ...errors import CorruptDocument
from ...types import Block, BlockKind, ParsedDocument
from ..clean import normalise_text as _normalise
from .action_grids import grid_blocks
from .asides import repeats
from .common import BULLET_RE, PARA_START_RE, TERMINAL, clean_bullet, is_frame_table, spanning_heading, table_lines
from .html_accordions import disclosures
from .html_answers import as_entered
from .html_chat import chat_messages
from .html_chrome import (
    CHROME_TAGS,
    CHROME_TEXT,
    admonition_headings,
    case_records,
    chrome,
    drop_tags,
    not_shown,
    section_header,
    unwrap_buttons,
)
from .html_converted import converted_pages, text_version_of
from .html_lessons import lesson_asides, lesson_parts
from .html_markup import all_bold, as_shown, bold_classes
from .html_numbers import footnotes, in_notes, place_numbers
from .html_pages import mark_page_breaks, number_lines, with_pages
from .html_pull_quotes import pull_quote_asides
from .html_quotations import quotation_ends, quotations
from .mail import cited
from .pdf import document_of_pages

_BLOCK_TAGS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "dd", "dt", "td", "th",
               "pre", "caption", "figcaption"}
_CONTAINER = {"div", "section", "article", "main", "body", "ul", "ol", "table", "tbody", "thead", "tr",
              "dl", "figure", "span", "center", "font"}


def normalise_text(text: str) -> str:
    """:func:`..clean.normalise_text`, with HTML's own whitespace rule first: a line break in the source
    (an editor's or Word's wrapping at 78 columns) is a space; ``<br>`` is not read as a break either."""
    return _normalise(" ".join(text.split()))


def parse_html(path: Path) -> ParsedDocument:
    return parse_html_bytes(path.read_bytes(), str(path))


def parse_html_bytes(raw: bytes | str, path: str) -> ParsedDocument:
    """A page's blocks, from its bytes (a file's, a part of a Word file that Word imports as HTML) or text (an
    e-mail's HTML body, its charset already applied: :mod:`.eml`)."""
    from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning

    try:  # an XHTML page (an e-book's chapter, its XML declaration first) reads as HTML: no warning for it
        with warnings.catch_warnings(action="ignore", category=XMLParsedAsHTMLWarning):
            soup = BeautifulSoup(raw, "lxml")
    except Exception as exc:  # pragma: no cover - lxml is forgiving
        raise CorruptDocument(f"{path}: not readable HTML ({type(exc).__name__})") from exc
    if soup.find() is None:
        raise CorruptDocument(f"{path}: not readable HTML")
    title = soup.title.get_text(" ", strip=True) if soup.title else None
    if (pages := converted_pages(soup)) is not None:  # a PDF converted by pdf2htmlEX: read as the PDF it was
        return document_of_pages(pages, title)
    marked = mark_page_breaks(soup)  # an accessible edition's printed pages
    as_entered(soup)  # text typed into a form and shown back (before the style sheets go), a service's answers
    disclosures(soup)  # tabs' panels headed by their tabs; an accordion's title is a button in its heading
    unwrap_buttons(soup)
    admonition_headings(soup)
    drop_tags(not_shown(soup))
    bold = bold_classes(soup)
    lesson_parts(soup)  # an e-learning lesson's quoted paragraphs, numbered where its interactions print the number
    place_numbers(soup)
    drop_tags(footnotes(soup))
    drop_tags(_pull_quotes(soup))
    pull_quote_asides(soup)  # a pull quote named by its class that repeats no text: set aside, no paragraph's text
    drop_tags(soup.find_all("figcaption"))  # an image's caption is no one's paragraph, nor a paragraph of its own
    # an ASP.NET page (SharePoint's among them) is one <form> round the whole page: that form is no chrome
    whole = len((soup.body or soup).get_text())
    drop_tags([t for t in soup.find_all(CHROME_TAGS) if (t.name != "form" or len(t.get_text()) <= 0.5 * whole)
               and not section_header(t)])
    drop_tags(chrome(soup))
    case_records(soup)  # a case-recording system's fields and stamps round each note
    chat_messages(soup)  # a chat channel's messages: each one's header a heading, the app's additions out
    as_shown(soup, bold)  # blank lines that part paragraphs, headings marked by their role or typed in bold
    root = soup.find("main") or soup.find("article") or soup.body or soup
    if (quotes := cited(root)) is not None:  # a reply that quotes the report: the quote alone is read
        root = soup.new_tag("div")
        for q in quotes:
            q.name = "div"
            root.append(q.extract())
    text_version = text_version_of(root)
    if text_version is not None:
        return text_version
    blocks: list[Block] = []
    _walk(quotations(root), blocks, bold)  # each quotation marked: a paragraph begun in it ends with it
    blocks = [b for b in lesson_asides(quotation_ends(blocks)) if not CHROME_TEXT.match(b.text)]
    blocks, printed = with_pages(blocks) if marked else (blocks, None)
    blocks = number_lines(blocks)
    h1 = next((b.text for b in blocks if b.kind == "heading" and b.level == 1), None)
    year = next((int(m.group(1)) for b in blocks[:15] if (m := re.search(r"\b(19[89]\d|20[0-4]\d)\b", b.text))),
                None)
    return ParsedDocument(blocks=blocks, pages=printed, title=h1 or title, year=year)


PROSE_WORDS = 30  # a heading element of more words than this, with two sentences in it, is a paragraph
SENTENCE_END = re.compile(r"[a-z][.!?](?:\s|$)")
TITLE_WORDS = 12  # a paragraph all in bold of at most this many words, unpunctuated, is a sub-heading


def _pull_quotes(soup) -> list:
    """Block quotes whose words the page's other text already holds (``asides.REPEAT_SHARE``): pull quotes,
    left out as a PDF's are, with their attribution. A quotation found nowhere else is the report's own text."""
    quotes = soup.find_all("blockquote")
    if not quotes:
        return []
    page = _raw(soup.body or soup, skip=frozenset({"blockquote"}))
    return [q for q in quotes if repeats(" ".join(p.get_text(" ") for p in q.find_all("p")) or q.get_text(" "), page)]


def _link_only(tag, text: str) -> bool:
    """A short paragraph of links and nothing else but separators ("Download the summary (PDF)", "Next:
    chapter 3", "Download the report · Print this page"): navigation, not the report's text."""
    links = tag.find_all("a")
    rest = text
    for a in links:
        rest = rest.replace(_text(a), "", 1)
    return bool(links) and len(text.split()) <= TITLE_WORDS and not re.sub(r"[\s·|•/–-]+", "", rest)


_STRUCT = ("p", "div", "ul", "ol", "table")
_LISTS = ("ul", "ol")
_INLINE = {"b", "strong", "em", "i", "a", "span", "abbr", "sup", "sub", "u", "small", "mark", "cite", "q", "time",
           "font"}
_HEADING = re.compile(r"h[1-6]")
# a table holding any of these is page layout, read as body text rather than as rows
_LAYOUT = {"p", "div", "ul", "ol", "dl", "table", "blockquote", "pre", "section", "article", "figure", "li",
           "h1", "h2", "h3", "h4", "h5", "h6"}


class _Contains:
    """For every tag under a root, whether some tag below it is a block tag, a structural tag, a list or a
    layout tag (:data:`_LAYOUT`; not a cell's one paragraph, as Word writes every cell): one pass from the last
    tag back to the root, each tag's answers made from its children's (no subtree is walked again)."""

    def __init__(self, root) -> None:
        from bs4 import Tag

        self.block: set[int] = set()
        self.struct: set[int] = set()
        self.lists: set[int] = set()
        self.layout: set[int] = set()
        tags = [root, *root.find_all(True)]  # document order: every tag comes before its descendants
        for tag in reversed(tags):
            single = tag.name in ("td", "th") and sum(isinstance(c, Tag) for c in tag.contents) == 1
            for child in tag.contents:
                if not isinstance(child, Tag):
                    continue
                key, name = id(child), child.name
                if name in _BLOCK_TAGS or key in self.block:
                    self.block.add(id(tag))
                if name in _STRUCT or key in self.struct:
                    self.struct.add(id(tag))
                if name in _LISTS or key in self.lists:
                    self.lists.add(id(tag))
                if (name in _LAYOUT and not (single and name == "p")) or key in self.layout:
                    self.layout.add(id(tag))


# where a browser breaks the text: between these, words are apart even with no space in the source
_BREAKS = _BLOCK_TAGS | {"div", "section", "article", "main", "body", "ul", "ol", "table", "tbody", "thead", "tfoot",
                         "tr", "dl", "figure", "center", "br", "hr", "details", "summary"}


# a paragraph number in an element of its own, set apart by the page's style ('<span class="n">3.2</span>The ...')
_OWN_LABEL = re.compile(r"\s*[\[(]?\d{1,3}(?:\.\d{1,3}){0,3}[A-Za-z]?[.)\]]?\s*")


_LABEL_END = "\x1f"


def _raw(tag, skip: frozenset[str] = frozenset()) -> str:
    """An element's text as a browser sets it out, before whitespace is collapsed: inline pieces joined as
    written ("super<span>vision</span>." is "supervision."), a space at each block or line break and after
    a paragraph number in an element of its own at the start; elements named in ``skip`` left out."""
    from bs4 import CData, NavigableString, Tag

    parts: list[str] = []
    stack = [(iter(tag.contents), "")]
    started = False  # text seen yet (a leaf element's own text is read only before any)
    while stack:
        child = next(stack[-1][0], None)
        if child is None:
            parts.append(stack.pop()[1])
        elif isinstance(child, Tag):
            if child.name not in skip:
                edge = " " if child.name in _BREAKS else ""
                parts.append(edge)
                label = not edge and not started and not any(isinstance(c, Tag) for c in child.contents) \
                    and _OWN_LABEL.fullmatch(child.get_text())
                stack.append((iter(child.contents), _LABEL_END if label else edge))
        elif type(child) in (NavigableString, CData):
            parts.append(str(child))
            started = started or bool(child.strip())
    # a number's own element is followed by a space, unless the number goes on in the next ("3." then "3"), or
    # its stop does ("<span class="numbers">1</span>. The")
    return re.sub(_LABEL_END + r"(?=[\d.)])", "", "".join(parts)).replace(_LABEL_END, " ")


def _text(tag) -> str:
    return normalise_text(_raw(tag))


def _text_without_lists(tag) -> str:
    """A list item's text without the text of lists inside it (they become their own items)."""
    return normalise_text(_raw(tag, skip=frozenset(_LISTS)))


def _walk(root, blocks: list[Block], bold: frozenset[str] | set[str] = frozenset()) -> None:
    """Blocks in reading order, one pass over the tree with an explicit stack (no recursion)."""
    from bs4 import NavigableString, Tag

    has = _Contains(root)

    def flush(loose: list[str]) -> None:
        text = normalise_text("".join(loose))
        loose.clear()
        if text:  # a bullet glyph typed in a span of its own ("<div><span>•</span><span>How ...")
            glyph = BULLET_RE.match(text) and text[:1] in "·•▪●◦"
            blocks.append(Block(text=clean_bullet(text) if glyph else text, kind="bullet" if glyph else "para"))

    # a frame: the children still to read, and the loose inline text gathered at that level
    stack: list[tuple[Iterator[object], list[str]]] = [(iter(root.contents), [])]
    while stack:
        children, loose = stack[-1]
        child = next(children, None)
        if child is None:
            flush(loose)
            stack.pop()
            continue
        if isinstance(child, NavigableString):
            if type(child).__name__ == "NavigableString":
                loose.append(str(child))
            continue
        if not isinstance(child, Tag):
            continue
        name = child.name
        if name == "br":
            loose.append(" ")
            continue
        if name in _INLINE and id(child) not in has.block:
            loose.append(_raw(child))
            continue
        flush(loose)
        if _HEADING.fullmatch(name):
            text = _text(child)
            if text:  # a converter's "heading" that holds sentences (a paragraph opening in bold) is a paragraph
                prose = len(text.split()) > PROSE_WORDS and len(SENTENCE_END.findall(text)) >= 2
                blocks.append(Block(text=text, kind="para") if prose
                              else Block(text=text, kind="heading", level=int(name[1])))
        elif name == "table" and id(child) not in has.layout and _table_rows(child, blocks):
            pass  # a data table, read as rows
        elif name == "ol" and (numbered := _numbered_paragraphs(child)):
            blocks.extend(Block(text=text, kind=kind) for kind, text in numbered)
        elif name == "li" and child.find(_HEADING, recursive=False) is not None:
            stack.append((iter(child.contents), []))  # a list used as the report's sections: each its heading
        elif name == "li" and (lists := child.find_all(_LISTS, recursive=False)) \
                and any(t.get_text(strip=True) for t in lists[-1].find_next_siblings()):  # text after its list
            blocks.extend(Block(text=t, kind=_item_kind(child, t) if i == 0 else k)
                          for i, (k, t) in enumerate(_item_parts(child)) if t)  # lead-in, list, closing text
        elif name == "li":
            text = _text_without_lists(child) if id(child) in has.lists else _text(child)
            if text:
                blocks.append(Block(text=text, kind=_item_kind(child, text)))
            sublists = [c for c in child.contents if isinstance(c, Tag) and c.name in _LISTS]
            if sublists:
                stack.append((iter(sublists), []))
        elif name in _BLOCK_TAGS and id(child) not in has.struct:
            text = _text(child)
            if text and name == "p" and _link_only(child, text):
                continue
            # a sub-heading set in bold: a layout table's bold row too, and its header cells (a browser bolds them)
            if text and name in ("p", "td", "th") and len(text.split()) <= TITLE_WORDS and not TERMINAL.search(text) \
                    and (name == "th" or all_bold(child, bold)):
                blocks.append(Block(text=text, kind="heading", level=4))
            elif text:  # a Word export's list paragraph types its bullet glyph ("· Ruth had ...")
                glyph = name == "p" and BULLET_RE.match(text) and text[:1] in "·•▪●◦o-–"
                blocks.append(Block(text=clean_bullet(text) if glyph else text, kind="bullet" if glyph else "para"))
        else:
            stack.append((iter(child.contents), []))


def _item_kind(li, text: str) -> BlockKind:
    """A list item made of paragraphs (``<li><p>``) that begins with a paragraph number (one a style sheet's
    counters print) is that numbered paragraph; any other item is a bullet."""
    return "para" if li.find("p", recursive=False) is not None and PARA_START_RE.match(text) else "bullet"


PARA_LIST_WORDS = 40  # mean words per item from which an ordered list numbers paragraphs, not list items


def _numbered_paragraphs(ol) -> list[tuple[BlockKind, str]]:
    """An ordered list whose items are the report's numbered paragraphs (a judgment's ``<ol start="40">``),
    as blocks in reading order: ("para", "40. text"), then an item's own list as bullets and any text after
    it; [] for an ordinary list. Its items are paragraphs when they are prose: on average at least
    ``PARA_LIST_WORDS`` words, each ending a sentence (a lead-in to the item's own list ends with a colon).
    The number is the item's ``value`` or the list's ``start`` counted on, as a browser prints it."""
    from bs4 import Tag

    items = [c for c in ol.contents if isinstance(c, Tag) and c.name == "li"]
    # one item is a list of paragraphs when its start counts on from an earlier list (broken by a heading)
    # (a list inside a list item is that item's points, unless the item is a section: its heading, then its list)
    holder = ol.find_parent("li")
    if not items or (len(items) < 2 and _int(ol.get("start"), 1) <= 1) \
            or (holder is not None and holder.find(_HEADING, recursive=False) is None) \
            or in_notes(items[0]):  # the item, its list, their parents
        return []
    parts = [_item_parts(li) for li in items]
    firsts = [p[0][1] if p and p[0][0] == "para" else "" for p in parts]
    words = sum(len(t.split()) for p in parts for _, t in p)
    if words < PARA_LIST_WORDS * len(items) or not all(re.search(r"[.!?:;][\"'’”)]*$", t) for t in firsts):
        return []
    out: list[tuple[BlockKind, str]] = []
    n = _int(ol.get("start"), 1)
    for li, p in zip(items, parts, strict=True):
        n = _int(li.get("value"), n)
        # an item that types its own number ("1.1 The ...", in a list styled without counters) keeps it
        first = p[0][1] if PARA_START_RE.match(p[0][1]) else f"{n}. {p[0][1]}"
        out += [("para", first), *p[1:]]
        n += 1
    return out


def _item_parts(li) -> list[tuple[BlockKind, str]]:
    """A list item's text in reading order: its text up to its own list, that list's items as bullets, then
    any text after the list (a paragraph that goes on after its points)."""
    from bs4 import Tag

    if not any(isinstance(c, Tag) and c.name in _LISTS for c in li.contents):
        return [("para", _text(li))]
    out: list[tuple[BlockKind, str]] = []
    loose: list[str] = []

    def flush() -> None:
        if text := normalise_text(" ".join(loose)):
            out.append(("para", text))
        loose.clear()

    for c in li.contents:
        if isinstance(c, Tag) and c.name in _LISTS:
            flush()
            out += [("bullet", t) for x in c.find_all("li", recursive=False) if (t := _text(x))]
        else:
            loose.append(_raw(c) if isinstance(c, Tag) else str(c))
    flush()
    return out if out and out[0][0] == "para" else [("para", ""), *out]


def _int(value, default: int) -> int:
    return int(text) if (text := str(value).strip()).lstrip("-").isdigit() else default


def _table_rows(table, blocks: list[Block]) -> bool:
    """A data table (no nested table or block content, so its subtree is walked here only once) as one
    block per row, cells joined by :func:`.common.row_text`. False, with nothing added, for a table with
    no row of two cells with text: it is read as body text."""
    trs = table.find_all("tr")
    rows = [[_text(cell) for cell in tr.find_all(("td", "th"))] for tr in trs]
    if is_frame_table(rows):
        return False
    caption = table.find("caption")
    if caption is not None and (text := _text(caption)):
        blocks.append(Block(text=text, kind="para"))
    spans, n = [_int((tr.find(("td", "th")) or {}).get("colspan"), 1) for tr in trs], len(blocks)
    if (grid := grid_blocks(rows, [None] * len(rows), n)) is not None:  # a tracker's: read by its columns
        blocks.extend(grid)
        return True
    blocks.extend(Block(text=text, kind="heading" if spanning_heading(row, span) else "para", table=n)
                  for row, span, text in zip(rows, spans, table_lines(rows), strict=True) if text)
    return True
