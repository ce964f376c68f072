"""Pull quotes a page's own markup names as such, set aside from the paragraphs around them.

A site's editor lifts a line into a pull quote -- often a family member's or a practitioner's words the report
quotes, or words found nowhere else on the page -- set in large type between two paragraphs or floated beside
one, by a component whose class says what it is: WordPress's ``wp-block-pullquote``, a theme's ``pullquote`` or
``pull-quote``, a plugin's ``simplePullQuote``, BEM's ``c-pull-quote__body``. A pull quote that repeats the page's
text is left out by the HTML reader (``html._pull_quotes``); one that does not is display text, no part of the
paragraph it stands after, yet read as a block of its own it runs on into that paragraph as a quotation would.

So an element whose class names a pull quote (the words "pull" and "quote" together, joined by nothing, a hyphen or
an underscore, or in camel case), a block element standing among blocks, has its text set aside (``aside``: a
passage of its own, no paragraph's text, and the paragraph it interrupts goes on after it), with the marks and the
setting aside of :mod:`.html_cards` (:func:`.html_cards.card_asides`). Not so a pull quote whose text opens with
a paragraph number: that is a quotation of the report's numbered paragraph (:mod:`.html_quotations`). A quotation
in a plain ``<blockquote>`` or one with any other class is left as it was.
"""

from __future__ import annotations

import re

from .common import PARA_START_RE
from .html_cards import CLOSE, OPEN

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_PULL_QUOTE = re.compile(r"(?:^|[-_])pull[-_]?quotes?(?:$|[-_])")
_BLOCKS = ("blockquote", "figure", "div", "section", "aside", "p")  # elements a pull quote is made of
_AMONG_BLOCKS = ("div", "section", "article", "main", "body", "figure", "aside")  # where its marks stand alone


def is_pull_quote(tag) -> bool:
    """The element's class names a pull quote ("wp-block-pullquote", "pull-quote", "simplePullQuote")."""
    classes = tag.get("class") or []
    return any(_PULL_QUOTE.search(_CAMEL.sub("-", c).lower()) for c in classes if isinstance(c, str))


def pull_quote_asides(soup) -> None:
    """Marks each outermost pull quote named by its class to be set aside (see the module's docstring)."""
    for tag in soup.find_all(_BLOCKS):
        if not is_pull_quote(tag) or tag.parent is None or tag.parent.name not in _AMONG_BLOCKS \
                or any(is_pull_quote(a) for a in tag.parents):
            continue
        text = " ".join(tag.get_text(" ").split())
        if not text or PARA_START_RE.match(text):
            continue
        tag.insert_before(_mark(soup, OPEN))
        tag.insert_after(_mark(soup, CLOSE))


def _mark(soup, text: str):
    tag = soup.new_tag("p")
    tag.string = text
    return tag
