"""Paragraph numbers that an HTML page sets apart by its markup, written where the cutter reads numbers: at
the start of the paragraph's text, with a full stop; and the notes a page marks by number."""

from __future__ import annotations

import re

from ..clean import normalise_text
from .html_counters import css_attributes, css_counters, element_counters

# a paragraph's number as a definition list's term: <dt>Para 12</dt><dd>...</dd>, <dt>4.2</dt>
_DT_LABEL = re.compile(r"(?:(?:Paragraph|Para\.?)\s*)?\d{1,3}(?:\.\d{1,3}){0,3}\.?", re.IGNORECASE)


def place_numbers(soup) -> None:
    """Every paragraph number the page sets apart by its markup or style, written at the start of its text."""
    if not css_counters(soup):  # numbers only a style sheet prints (Google Docs), before the styles go as chrome
        element_counters(soup)  # ... from counters that any element's rules step ("h2 { counter-reset: para }")
    css_attributes(soup)  # ... or print from an attribute ("content: attr(data-number)")
    label_definitions(soup)
    bold_numbers(soup)
    numbers_before_blocks(soup)
    numbers_after_blocks(soup)


def label_definitions(soup) -> None:
    """A definition list whose terms are paragraph numbers numbers its definitions: each number moves to the
    start of its definition (of the definition's first paragraph), where the cutter reads numbers. A list
    of other terms (a glossary) has each short term joined to its definition."""
    from bs4 import NavigableString

    for dl in soup.find_all("dl"):
        terms = [(dt, normalise_text(dt.get_text(" "))) for dt in dl.find_all("dt", recursive=False)]
        if terms and sum(bool(_DT_LABEL.fullmatch(label)) for _, label in terms) < 0.8 * len(terms):
            _glossary_rows(terms)
            continue
        if not terms:
            continue
        for dt, label in terms:
            dd = dt.find_next_sibling(["dd", "dt"])
            if dd is None or dd.name != "dd" or not _DT_LABEL.fullmatch(label):
                continue
            head = next((c for c in dd.contents if not (isinstance(c, NavigableString) and not c.strip())), None)
            target = head if head is not None and getattr(head, "name", None) in ("p", "div") else dd
            target.insert(0, NavigableString(f"{label}. " if label.isdigit() else f"{label} "))
            dt.decompose()


def _glossary_rows(terms) -> None:
    """A glossary's short terms each joined to their definition ("AAC: Augmentative and ..."), as a glossary
    table's rows are: a term of a word or two is no passage of its own, and would be read with the wrong
    definition."""
    from bs4 import NavigableString

    for dt, term in terms:
        dd = dt.find_next_sibling(["dd", "dt"])
        if dd is None or dd.name != "dd" or not term or len(term.split()) > 6:
            continue
        dd.insert(0, NavigableString(f"{term}: "))
        dt.decompose()


def bold_numbers(soup) -> None:
    """A paragraph opening with a number in bold and no full stop ("<strong>3</strong> The ...") is numbered
    as "3." would be: the bold sets the number apart from the text, as a stop does."""
    from bs4 import NavigableString

    for p in soup.find_all("p"):
        first = next((d for d in p.descendants if isinstance(d, NavigableString) and d.strip()), None)
        if first is None or first.parent is None or first.parent.name not in ("strong", "b"):
            continue
        number = first.strip().replace("\xa0", "")
        if re.fullmatch(r"\d{1,3}", number) and normalise_text(first.parent.get_text(" ")) == number:
            first.replace_with(f"{number}. ")


_HIDDEN = re.compile(r"visually-hidden|sr-only|screen-reader|assistive-text", re.IGNORECASE)
_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,3}){0,3}")
_FIELD_LABEL = re.compile(r"recommendation|finding|learning point|lesson|paragraph|para", re.IGNORECASE)


def numbers_before_blocks(soup) -> None:
    """Text only a screen reader hears ("Paragraph 12", "Copy link to paragraph 12", in an element styled
    visually hidden) is left out, as a browser shows none of it; and a paragraph number in an element of its
    own followed by the paragraph's text in a block ("<span aria-hidden="true">12</span><div><p>The ...")
    moves to the start of that text, with a full stop where it is a single number. A number alone in its own
    column ("<div class="col-1"><a aria-hidden="true">2.1.1</a></div>") is such an element; where the text already
    opens with it (a print-only repeat), the margin's copy is left out."""
    from bs4 import NavigableString, Tag

    gone: set[int] = set()
    for tag in soup.find_all(class_=_HIDDEN):  # in document order: an outer one first
        if id(tag) not in gone:
            gone.update(map(id, tag.descendants))
            tag.decompose()
    for tag in soup.find_all(["span", "strong", "b", "div", "a"]):
        if any(isinstance(c, Tag) for c in tag.contents) or tag.parent is None:  # own children only: linear
            continue
        label = normalise_text(tag.get_text(" "))
        if not _NUMBER.fullmatch(label):
            continue
        # a field's label before its value, shown inline ("<div class="field__label">Recommendation</div><div
        # class="field__item">1</div>", Drupal): "Recommendation 1" is the number
        word = [s for s in tag.previous_siblings if not (isinstance(s, NavigableString) and not s.strip())]
        one = len(word) == 1 and isinstance(word[0], Tag)
        named = normalise_text(word[0].get_text(" ")).rstrip(": ") if one else ""
        if named and _FIELD_LABEL.fullmatch(named):
            word[0].decompose()
            if not named.lower().startswith("para"):
                label = f"{named.capitalize()} {label}"
        box = tag  # "<div class="col-1"><a aria-hidden="true">2.1.1</a></div>": the wrapper stands for the number;
        # so does a margin note holding nothing else ("<aside class="margin"><p></p><p><a>1.1</a></p></aside>",
        # Jupyter Book; fresh37)
        while isinstance(box.parent, Tag) and box.parent.name in ("div", "span", "p", "aside") \
                and [c for c in box.parent.contents if c.get_text().strip()] == [box]:
            box = box.parent
        nxt = next((s for s in box.next_siblings if not (isinstance(s, NavigableString) and not s.strip())), None)
        if not isinstance(nxt, Tag) or nxt.name not in ("div", "p") or (tag.name == "a" and box is tag):
            continue  # text or an inline element next: the number is already where the cutter reads it
        # its first block: a paragraph, an item, or a heading that the page numbers alike
        target = nxt if nxt.name == "p" else nxt.find(["p", "li", "h1", "h2", "h3", "h4", "h5", "h6"]) or nxt
        if not re.match(re.escape(label) + r"\.?\s", normalise_text(target.get_text(" ")) + " "):
            target.insert(0, NavigableString(f"{label}. " if "." not in label and " " not in label else f"{label} "))
        box.decompose()  # a print-only repeat of the number already opens the text: the margin's copy goes


def numbers_after_blocks(soup) -> None:
    """A paragraph number written after its paragraph's text in the source, as the last element of the
    paragraph's own container, and placed before it by a style sheet (a grid or float): "<div id="para-3-2">
    <div>The ...</div><a href="#para-3-2">3.2</a></div>". It is the container's number when it links to the
    container or the container's id holds the same digits; it moves to the start of the text."""
    from bs4 import NavigableString, Tag

    for tag in soup.find_all(["a", "span", "strong", "b", "div"]):
        if any(isinstance(c, Tag) for c in tag.contents):
            continue
        label = normalise_text(tag.get_text(" "))
        box = tag.parent
        if not _NUMBER.fullmatch(label) or not isinstance(box, Tag) or not box.get("id"):
            continue
        if any(not (isinstance(s, NavigableString) and not s.strip()) for s in tag.next_siblings):
            continue  # not the container's last element
        own = str(tag.get("href", "")).endswith(f"#{box['id']}") or \
            re.findall(r"\d+", str(box["id"])) == re.findall(r"\d+", label)
        body = next((s for s in tag.previous_siblings if not (isinstance(s, NavigableString) and not s.strip())), None)
        if not own or not isinstance(body, Tag) or body.name not in ("div", "p", "section"):
            continue
        # the container's first paragraph (or item), else its first block
        target = box.find(["p", "li"]) or box.find(["div", "section"]) or body
        target.insert(0, NavigableString(f"{label}. " if "." not in label else f"{label} "))
        tag.decompose()


_BACKLINK = re.compile(r"^#.*(?:ref|back)", re.IGNORECASE)  # a footnote's link back to its marker
_ARROW = re.compile(r"[↩↑^⤴︎\ufe0e]+|back(?: to (?:the )?text)?|return(?: to (?:the )?text)?", re.IGNORECASE)


def footnotes(soup) -> list:
    """Footnotes that open with a link back to their marker ("<a href='#ftnt_ref1'>[1]</a> Care and support
    ..."), whatever the page calls them: the paragraph (or list item) that holds each."""
    out = []
    for a in soup.find_all("a", href=_BACKLINK):
        label = a.get_text(" ", strip=True)
        arrow = bool(_ARROW.fullmatch(label))  # "... 2023 edition. ↩": a link back at the note's end
        if not arrow and not re.fullmatch(r"\W*(?:\d{1,3}|[a-z]{1,2})\W*", label):  # "[1]", a comment's "[a]"
            continue
        block = a.find_parent(("p", "li", "div"))
        text = block.get_text(" ", strip=True) if block is not None else ""
        if block is not None and (text.endswith(label) if arrow else text.startswith(label)):
            out.append(block)
            # and its marker in the text, the element the link goes back to, with a <sup> holding only it
            target = str(a.get("href", ""))[1:]
            marker = (soup.find(id=target) or soup.find("a", attrs={"name": target})) if target else None
            if marker is not None and (marker.get_text(strip=True) == label if not arrow
                                       else re.fullmatch(r"\W*\d{1,3}\W*", marker.get_text(strip=True))):
                up = marker.parent
                out.append(up if up is not None and up.name == "sup" and up.get_text(strip=True)
                           == marker.get_text(strip=True) else marker)
    return out


_NOTES = re.compile(r"foot|endnote|\bnotes?\b|\bfn|reference", re.IGNORECASE)


def in_notes(tag) -> bool:
    """Footnotes or references (by the list's own or an enclosing element's class or id): numbered, and
    often long, but no paragraphs of the report."""
    return any(getattr(t, "attrs", None) and _NOTES.search(" ".join([*t.get("class", []), t.get("id", "")]))
               for t in (tag, *tag.parents))
