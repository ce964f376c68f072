"""A heading typed as the first line of a paragraph: a bold run, then a line break, then the text
(``<p><b>2. Recognising self-neglect</b><br><b>2.1</b> The community ...</p>``). Chat apps (Slack, Teams),
forums (Discourse) and mail clients write a pasted section heading so, as a rich-text editor keeps the
heading's bold but not its block (blind round 66). A browser shows the bold line on a line of its own above
the text: it is read as a heading, and what follows the break as a block of its own.

Only a line that reads as a title (at most ``TITLE_WORDS`` words, no sentence's end: as the HTML reader takes a
paragraph all in bold for a sub-heading) with text after its break is so read; a bold sentence, or a bold run
that goes on in the same line ("<b>2.1</b> The ..."), is left in its paragraph."""

from __future__ import annotations

from .common import TERMINAL
from .html_markup import all_bold

TITLE_WORDS = 12  # as html.TITLE_WORDS: a bold line of more words is no heading
_HOLDERS = ("p", "div", "dd", "blockquote")  # elements of running text (a list item, a cell: not)


def _line(tag, bold: frozenset[str] | set[str]) -> int:
    """The number of leading children of ``tag`` that make a bold title line ended by a ``<br>`` (the break
    counted) with text after it; 0 when its first line is no such line."""
    from bs4 import NavigableString, Tag

    children = tag.contents
    words: list[str] = []
    for i, child in enumerate(children):
        if isinstance(child, Tag) and child.name == "br":
            rest = "".join(c.get_text() if isinstance(c, Tag) else str(c) for c in children[i + 1:])
            title = " ".join(words)
            ok = words and rest.strip() and len(words) <= TITLE_WORDS and not TERMINAL.search(title)
            return i + 1 if ok else 0
        if isinstance(child, NavigableString):
            if child.strip():
                return 0  # text not in bold
            continue
        if not isinstance(child, Tag) or child.name in _HOLDERS or child.find(("br", *_HOLDERS)) is not None \
                or not all_bold(child, bold):
            return 0
        words += child.get_text(" ").split()
    return 0


def heading_lines(soup, bold: frozenset[str] | set[str] = frozenset()) -> None:
    """Every paragraph (or text-only block) that opens with a bold title line and a ``<br>`` has that line
    taken out into a paragraph of its own before it (inside a ``div`` or ``blockquote``, at its start): the
    HTML reader takes it for a sub-heading, and the text after the break for the next block."""
    for tag in soup.find_all(_HOLDERS):
        while n := _line(tag, bold):
            title = soup.new_tag("p")
            for child in tag.contents[:n - 1]:
                title.append(child.extract())
            tag.contents[0].extract()  # the <br>
            if tag.name == "p" and tag.parent is not None:
                tag.insert_before(title)
            else:
                tag.insert(0, title)
