"""An e-learning lesson built from an authoring tool's blocks (Articulate Rise and its kind) and saved from the
browser, and the interactions such a lesson sets a report's paragraphs in, read as the paragraphs it quotes.

A lesson that teaches from a review quotes the review's numbered paragraphs in the tool's blocks and interactions,
each of which prints the number in a place of its own; the number is moved to the start of its paragraph's text,
where the cutter reads numbers, and the place it was printed in goes:

- a quotation (``<blockquote>``) whose attribution, after it or before it (the figure's ``<figcaption>``, or the
  quotation's own closing ``<footer>`` or ``<cite>``), ends by citing a paragraph ("Domestic Homicide Review: Ms L,
  paragraph 2.5", or with the quoting writer's note after it: "para. 4.1 (emphasis added)",
  :func:`.html_quotations.without_notes`) is that paragraph, and no pull quote, unless the page also prints the
  paragraph so numbered (then the quotation repeats it and is left to be read as a pull quote);
- a title that is only a paragraph's label ("Paragraph 3.1", "Para 12", "§ 4") -- a heading, an accordion's toggle
  (an element with ``aria-expanded``) or a ``<summary>`` -- numbers the text it opens, when that is a sentence;
- a flip card (two sides by class, "...front" and "...back": Rise's ``flashcard-side--front``, ``flip-card-front``,
  ``card__back``) whose front shows only a number has its back numbered so; a flip instruction on either side
  ("Click to flip", "Tap to turn over") is a control's words, no text.

A question's answer options (the labels of radio buttons and check boxes, or of elements in those roles) are the
course's, no text of the report: a knowledge check that offers bare paragraph numbers would otherwise be read as
paragraphs. And a lesson's blocks (the children with a ``data-block-id`` of an element classed as a lesson, Rise's
``blocks-lesson``) are units a paragraph never runs on across: the text a block shows before its first numbered
paragraph (a statement or note block, an interaction's instructions, a quiz's question and feedback, a heading's
lead-in), and what follows the lesson's last block (the player's "Next lesson" link), is set aside (``aside``: its
own passage, no paragraph's text), where the cutter would run it into the paragraph before. A lesson that numbers no
paragraphs is left as it is.
"""

from __future__ import annotations

import dataclasses
import re

from ...types import Block
from .common import PARA_START_RE
from .html_cards import card_asides, quoted_cards
from .html_quotations import CITED, without_notes

_NUMBER = r"\d{1,3}(?:\.\d{1,3}){0,3}[A-Za-z]?"
_WORD = r"(?:paragraph|para\.?|§)\s*"
_LABEL = re.compile(rf"{_WORD}({_NUMBER})[.:]?", re.IGNORECASE)  # a title that is a label and nothing else
_FRONT = re.compile(rf"(?:{_WORD})?({_NUMBER})[.:]?", re.IGNORECASE)  # a card's front: the number alone
_CITES = re.compile(rf"(?<!\w){_WORD}({_NUMBER})[)\].]?$", re.IGNORECASE)  # ... ", paragraph 2.5": the one it quotes
_STARTS = re.compile(rf"\s*(?:{_WORD})?({_NUMBER})[.:]?\s", re.IGNORECASE)
_FLIP = re.compile(r"(?:(?:click|tap|select|press|touch)(?: here| (?:on )?(?:the|this) card)? to (?:flip|turn)\b"
                   r"[\w ]{0,30}|flip(?: (?:the|this))?(?: card)?)[.!]?", re.IGNORECASE)
_SIDE = re.compile(r"(?:^|[-_])(front|back)$")
_LESSON = re.compile(r"(?:^|[-_\s])lesson(?:$|[-_\s])", re.IGNORECASE)
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_CHOICE_ROLES = ("radio", "checkbox", "menuitemradio", "menuitemcheckbox")
_TEXT_BLOCKS = ("p", "li", "dd", "td", "th", "blockquote", "div")
EDGE = "\ue002"  # a private-use mark of a lesson block's start (html_pages marks pages with U+E000, U+E001)
MAX_LABEL_CHARS = 200  # a title, caption, card front or instruction longer than this is read as it is
MAX_LOOK_AHEAD = 200  # elements looked through after a title for the text it opens
MIN_NUMBERED = 2  # numbered paragraphs a lesson shows for its blocks' other text to be set aside


def _words(tag) -> str:
    return " ".join(tag.get_text(" ").split())


def _text_nodes(tag) -> list:
    from bs4 import NavigableString

    return [s for s in tag.find_all(string=True) if type(s) is NavigableString and s.strip()]


def _number(tag, number: str) -> bool:
    """Writes the number before the first words of the element (as "12. " when it is a single one)."""
    from bs4 import NavigableString

    first = next(iter(_text_nodes(tag)), None)
    if first is None:
        return False
    first.insert_before(NavigableString(f"{number}. " if number.isdigit() else f"{number} "))
    return True


def _choice_options(soup) -> list:
    """A question's options: labels holding or naming a radio button or check box, elements in those roles."""
    def choice(tag) -> bool:
        return str(tag.get("type") or "").lower() in ("radio", "checkbox")

    ids = {str(i["id"]) for i in soup.find_all("input") if choice(i) and i.has_attr("id")}
    labels = [t for t in soup.find_all("label")
              if str(t.get("for") or "") in ids or any(map(choice, t.find_all("input")))]
    return labels + soup.find_all(attrs={"role": list(_CHOICE_ROLES)})


def _side(tag) -> str | None:
    return next((m[1] for c in tag.get("class") or [] if (m := _SIDE.search(str(c)))), None)


def _flip_cards(soup) -> None:
    """A card whose front shows only a number: the number goes to its back's text; flip instructions go."""
    for front in [t for t in soup.find_all(True) if _side(t) == "front"]:
        if front.decomposed:  # inside a card side already read (Rise's side__content--front inside side--front)
            continue
        back = next((s for s in front.find_next_siblings() if _side(s) == "back"), None) \
            or next((s for s in front.find_previous_siblings() if _side(s) == "back"), None)
        if back is None:
            continue
        for s in _text_nodes(front) + _text_nodes(back):
            if len(s) <= MAX_LABEL_CHARS and _FLIP.fullmatch(" ".join(s.split())):
                s.extract()
        shown = _words(front)
        if len(shown) <= MAX_LABEL_CHARS and (m := _FRONT.fullmatch(shown)) and _number(back, m[1]):
            front.decompose()


def _attribution(quote):
    """The caption or closing attribution of a quotation, if it has one."""
    from bs4 import Tag

    figure = quote.find_parent("figure")
    caption = figure.find("figcaption") if figure is not None else None
    if caption is not None and not any(p is quote for p in caption.parents):
        return caption
    last = next((c for c in reversed(quote.contents) if isinstance(c, Tag) or str(c).strip()), None)
    return last if isinstance(last, Tag) and last.name in ("footer", "cite") else None


def _cited_quotes(soup) -> None:
    """A quotation whose attribution ends by citing a paragraph is that paragraph (see the module's docstring)."""
    printed: set[str] | None = None  # the numbers that start the page's own paragraphs, read once if needed
    for quote in soup.find_all("blockquote"):
        caption = _attribution(quote)
        shown = _words(caption) if caption is not None else ""
        if caption is None or len(shown) > MAX_LABEL_CHARS or not (m := _CITES.search(without_notes(shown))):
            continue
        if printed is None:
            printed = {s[1] for t in soup.find_all(_TEXT_BLOCKS[:5]) if t.find_parent("blockquote") is None
                       and (s := _STARTS.match(t.get_text()))}
        if m[1] in printed:
            continue  # the page prints that paragraph: this repeats it
        caption.decompose()
        if PARA_START_RE.match(_words(quote)) or _number(quote, m[1]):
            quote.name, quote[CITED] = "div", m[1]  # the report's own paragraph, no pull quote


def _opened_text(title):
    """The first words after a title, in document order, where they open a sentence of prose: no heading's, and
    not a short line without a stop (a sub-heading)."""
    from bs4 import NavigableString

    last = title
    while getattr(last, "contents", None):
        last = last.contents[-1]
    for n, node in enumerate(last.next_elements):
        if n >= MAX_LOOK_AHEAD:
            return None
        if type(node) is NavigableString and node.strip():
            block = node.find_parent(_TEXT_BLOCKS)
            words = _words(block) if block is not None else node.strip()
            prose = len(words.split()) > 10 or bool(re.search(r"[.!?:;]", words))
            upper = node.strip()[:1].isupper()
            return node if upper and prose and node.find_parent(_HEADINGS) is None else None
    return None


def _label_titles(soup) -> None:
    """A heading, toggle or summary that is only a paragraph's label numbers the text it opens."""
    from bs4 import NavigableString

    for title in soup.find_all(lambda t: t.name in (*_HEADINGS, "summary") or t.has_attr("aria-expanded")):
        shown = "" if title.decomposed else _words(title)
        if len(shown) > MAX_LABEL_CHARS or not (m := _LABEL.fullmatch(shown)):
            continue
        if (first := _opened_text(title)) is not None:
            first.insert_before(NavigableString(f"{m[1]}. " if m[1].isdigit() else f"{m[1]} "))
            title.decompose()


def _lesson_edges(soup) -> None:
    """Marks where each of a lesson's blocks starts, and where the lesson ends, for :func:`lesson_asides`."""
    for lesson in soup.find_all(lambda t: bool(_LESSON.search(" ".join(map(str, t.get("class") or []))))):
        blocks = [c for c in lesson.find_all(True, recursive=False) if c.has_attr("data-block-id")]
        if len(blocks) < 2:
            continue
        for block in blocks:
            edge = soup.new_tag("p")
            edge.string = EDGE
            block.insert(0, edge)
        end = soup.new_tag("p")
        end.string = EDGE
        lesson.insert_after(end)


def lesson_parts(soup) -> None:
    """The page's quoted paragraphs numbered where their interactions print the number, its answer options gone,
    and its lesson blocks' edges marked (see the module's docstring); a page with none of these is left as it is.
    First, a tracker's cards quoting a report's paragraphs (:mod:`.html_cards`)."""
    quoted_cards(soup)
    gone: set[int] = set()
    for tag in _choice_options(soup):
        if id(tag) not in gone:
            gone.update(map(id, tag.descendants))
            tag.decompose()
    _flip_cards(soup)
    _cited_quotes(soup)
    _label_titles(soup)
    _lesson_edges(soup)


def lesson_asides(blocks: list[Block]) -> list[Block]:
    """The blocks, with the text each lesson block shows before its first numbered paragraph set aside, and the
    edge marks gone; in a lesson numbering fewer than ``MIN_NUMBERED`` paragraphs only the marks go. First, the
    text of a card quoting a report's paragraph is set aside (:func:`.html_cards.card_asides`)."""
    blocks = card_asides(blocks)
    if not any(EDGE in b.text for b in blocks):
        return blocks
    numbered = sum(1 for b in blocks if b.kind in ("para", "bullet") and PARA_START_RE.match(b.text)) >= MIN_NUMBERED
    out: list[Block] = []
    aside = False
    for b in blocks:
        if EDGE in b.text:
            aside = numbered
            b = dataclasses.replace(b, text=b.text.replace(EDGE, "").strip())
            if not b.text:
                continue
        if b.kind in ("para", "bullet") and PARA_START_RE.match(b.text):
            aside = False
        out.append(dataclasses.replace(b, kind="aside") if aside and b.kind in ("para", "bullet") else b)
    return out
