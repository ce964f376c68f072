"""Markup that a browser shows one way and the page's tags say another, rewritten as it is shown before the page
is read:

- paragraphs that an old web page parts only by blank lines: ``<br /><br />`` in one ``<div>`` of body text, as
  early-2000s council sites (and the web archives that replay them) wrote their reports. A browser shows each run
  of text between two breaks as a paragraph; each run is wrapped in a ``<p>`` of its own, where the HTML reader
  takes a paragraph (and a run all in bold, "<strong>Introduction</strong>", for a sub-heading). A single ``<br>``
  stays a line break inside its paragraph;
- a bold title line ended by ``<br>`` at the start of a paragraph, as chat apps and mail clients paste a
  heading (:mod:`.heading_lines`), is a sub-heading of its own;
- a heading marked by its role (``<p role="heading" aria-level="2">``, as Word for the web writes one) is that
  level's heading element."""

from __future__ import annotations

import re

# the elements whose runs are read as paragraphs: containers of loose text (a definition, a form's answer, among
# them), and a paragraph itself
# (not a table's cell: its paragraphs are one row's text)
_CONTAINERS = {"div", "body", "section", "article", "main", "blockquote", "center", "font", "span", "p", "dd"}
# inline elements: part of a run (anything else, a list or a table, stands between runs)
_INLINE = {"a", "b", "strong", "em", "i", "u", "span", "font", "small", "big", "sup", "sub", "abbr", "acronym",
           "cite", "q", "mark", "time", "code", "img", "s", "strike", "tt", "var", "kbd", "samp", "dfn", "label"}


def _double_break(children: list, i: int) -> int:
    """The index just past a blank line that starts at ``children[i]`` (two or more ``<br>`` with only white
    space between them), or 0 when none starts there."""
    from bs4 import NavigableString, Tag

    count, j = 0, i
    while j < len(children):
        c = children[j]
        if isinstance(c, Tag) and c.name == "br":
            count += 1
        elif not (isinstance(c, NavigableString) and not str(c).strip()):
            break
        j += 1
    return j if count >= 2 else 0


def paragraphs_from_breaks(soup) -> None:
    """Every element of loose text parted by blank lines has each run wrapped in a ``<p>``; a ``<p>`` so parted
    becomes one ``<p>`` per run."""
    from bs4 import NavigableString, Tag

    for tag in [t for t in soup.find_all(_CONTAINERS)]:
        children = list(tag.contents)
        if not any(_double_break(children, i) for i, c in enumerate(children) if isinstance(c, Tag) and c.name == "br"):
            continue
        runs: list[list] = [[]]
        i = 0
        while i < len(children):
            c = children[i]
            end = _double_break(children, i) if isinstance(c, Tag) and c.name == "br" else 0
            if end:
                runs.append([])
                i = end
                continue
            if isinstance(c, Tag) and c.name not in _INLINE and c.name != "br":
                runs += [[c], []]  # a list or a table stands on its own, between runs
            else:
                runs[-1].append(c)
            i += 1
        for c in children:
            c.extract()
        for run in runs:
            if len(run) == 1 and isinstance(run[0], Tag) and run[0].name not in _INLINE:
                tag.append(run[0])
            elif any(isinstance(c, Tag) or (isinstance(c, NavigableString) and str(c).strip()) for c in run):
                p = soup.new_tag("p")
                for c in run:
                    p.append(c)
                tag.append(p)
        if tag.name == "p":  # a paragraph of paragraphs: its runs take its place
            tag.unwrap()


def as_shown(soup, bold: frozenset[str] | set[str] = frozenset()) -> None:
    from .heading_lines import heading_lines  # here, not above: it reads all_bold from this module

    for tag in soup.find_all(attrs={"role": "heading"}):
        level = str(tag.get("aria-level") or "2").strip()
        tag.name = f"h{min(max(int(level), 1), 6) if level.isdigit() else 2}"
    paragraphs_from_breaks(soup)
    heading_lines(soup, bold)  # a bold title line, a <br>, then the text (pasted into a chat or a mail)


BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)", re.IGNORECASE)


def bold_classes(soup) -> set[str]:
    """Class names that a page's own style sheet sets in bold (Google Docs styles everything by class)."""
    out: set[str] = set()
    for style in soup.find_all("style"):
        for m in re.finditer(r"\.([\w-]+)\s*\{([^}]*)\}", style.get_text()):
            if BOLD_STYLE.search(m.group(2)):
                out.add(m.group(1))
    return out


def all_bold(tag, bold: frozenset[str] | set[str]) -> bool:
    """Every word of the element is set in bold: by <b> or <strong>, a bold class or a bold style."""
    from bs4 import NavigableString

    def is_bold(el) -> bool:
        return el.name in ("b", "strong") or bool(set(el.get("class") or ()) & bold) \
            or bool(BOLD_STYLE.search(el.get("style") or ""))

    def in_bold(text) -> bool:
        for parent in text.parents:
            if is_bold(parent):
                return True
            if parent is tag:
                return False
        return False

    texts = [t for t in tag.find_all(string=True) if type(t) is NavigableString and t.strip()]
    return bool(texts) and all(map(in_bold, texts))
