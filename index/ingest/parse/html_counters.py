"""Paragraph numbers that only a style sheet prints: CSS counters on ordered lists (Google Docs' HTML export).

Google Docs writes a numbered paragraph as an item of an ``<ol class="lst-kix_abc-1">`` whose marker is hidden
(``list-style-type: none``) and whose number is the content of ``.lst-kix_abc-1>li:before``, built from
counters: ``counter(lst-ctn-kix_abc-0, decimal) "." counter(lst-ctn-kix_abc-1, decimal) " "`` prints "3.2 ".
A list broken by a heading goes on in the next ``<ol>`` of its class; one whose class also holds ``start`` is
reset (``.lst-kix_abc-1.start{counter-reset: lst-ctn-kix_abc-1 0}``). The counters are run over the page's
lists in document order, as a browser runs them, and each item's number is typed at the start of its text.
An item that holds only a heading ("3. What happened", a chapter numbered in the same list) becomes that
heading with its number.

A content-managed page may keep each number in an attribute that only the style sheet shows:
``.numbered-paragraph::before { content: attr(data-number) }`` on ``<div class="numbered-paragraph"
data-number="3.2">``. Such a number is typed at the start of its element's first text as well.
"""

from __future__ import annotations

import re

from .numbering import format_number

_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_BEFORE = re.compile(r"^\s*(?:ol|ul)?\.([\w-]+)\s*>\s*li\s*:{1,2}before\s*$")
_ITEM = re.compile(r"^\s*(?:ol|ul)?\.([\w-]+)\s*>\s*li\s*$")
_RESET = re.compile(r"^\s*(?:ol|ul)?\.([\w-]+)\.start\s*$")
_CONTENT = re.compile(r"content\s*:\s*([^;]+)")
_PROPERTY = {"increment": re.compile(r"counter-increment\s*:\s*([\w-]+)(?:\s+(-?\d+))?"),
             "reset": re.compile(r"counter-reset\s*:\s*([\w-]+)(?:\s+(-?\d+))?")}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
# "div.numbered-paragraph::before", ".chapter__title:before", "[data-number]::before"
_ATTR_BEFORE = re.compile(r"^\s*([a-z][\w-]*)?(?:\.([\w-]+)|\[([\w-]+)\])\s*:{1,2}before\s*$", re.IGNORECASE)
_ATTR_PART = re.compile(r'"((?:[^"\\]|\\.)*)"|\'((?:[^\'\\]|\\.)*)\'|attr\(\s*([\w-]+)\s*\)')
_NUMBER_LIKE = re.compile(r"\d|^(?:[ivxlc]+|[IVXLC]+|[A-Za-z])[.)]?$")
_BLOCK_TAGS = ["p", "li", "div", "h1", "h2", "h3", "h4", "h5", "h6", "td", "dd", "blockquote"]

# CSS list styles as Word's number formats (numbering.format_number prints both)
_STYLES = {"lower-latin": "lowerLetter", "lower-alpha": "lowerLetter", "upper-latin": "upperLetter",
           "upper-alpha": "upperLetter", "lower-roman": "lowerRoman", "upper-roman": "upperRoman",
           "decimal-leading-zero": "decimalZero"}


def _shown(n: int, style: str | None) -> str:
    fmt = _STYLES.get((style or "decimal").lower(), "decimal")
    return format_number(n, fmt) if n > 0 or fmt == "decimalZero" else str(n)


def _rules(css: str) -> tuple[dict[str, str], dict[str, str], dict[str, tuple[str, int]]]:
    """The style sheet's numbered markers (class -> its ``content``, as :func:`_marker` reads it), what each
    class's items count (class -> counter) and the counters a ``start`` list resets (class -> (counter, value))."""
    templates: dict[str, str] = {}
    counts: dict[str, str] = {}
    resets: dict[str, tuple[str, int]] = {}
    for selectors, body in _RULE.findall(css):
        for selector in selectors.split(","):
            if (m := _BEFORE.match(selector)) and (content := _CONTENT.search(body)) and "counter(" in content.group(1):
                templates[m.group(1)] = content.group(1)
            elif (m := _ITEM.match(selector)) and (inc := _PROPERTY["increment"].search(body)):
                counts[m.group(1)] = inc.group(1)
            elif (m := _RESET.match(selector)) and (reset := _PROPERTY["reset"].search(body)):
                resets[m.group(1)] = (reset.group(1), int(reset.group(2) or 0))
    return templates, counts, resets


def _style_sheet(soup) -> str:
    """The page's ``<style>`` text without comments and the statements before its first rule (``@import``)."""
    css = re.sub(r"/\*.*?\*/", "", "\n".join(s.get_text() for s in soup.find_all("style")), flags=re.DOTALL)
    return re.sub(r"@(?:import|charset|namespace)\b[^;{]*;", "", css)


def css_counters(soup) -> int:
    """Types each counted list item's number at the start of its text; returns how many items were numbered."""
    from bs4 import NavigableString, Tag

    css = _style_sheet(soup)
    if "counter(" not in css:
        return 0
    templates, counts, resets = _rules(css)
    if not templates:
        return 0
    values: dict[str, int] = {}
    numbered = 0
    for ol in soup.find_all(["ol", "ul"]):
        classes = ol.get("class") or []
        own = next((c for c in classes if c in templates), None)
        if own is None:
            continue
        counter = counts.get(own)
        if "start" in classes and own in resets:
            name, value = resets[own]
            values[name] = value
        for li in [c for c in ol.contents if isinstance(c, Tag) and c.name == "li"]:
            if counter:
                values[counter] = values.get(counter, 0) + 1
            label = _marker(templates[own], {name: [[value, 0]] for name, value in values.items()})
            if not label:
                continue
            blocks = [c for c in li.contents if isinstance(c, Tag) or str(c).strip()]
            if len(blocks) == 1 and isinstance(blocks[0], Tag) and blocks[0].name in _HEADINGS:
                blocks[0].insert(0, NavigableString(f"{label} "))
                li.unwrap()  # a chapter numbered in the list: its heading, with the number
            else:
                li.insert(0, NavigableString(f"{label} "))
            numbered += 1
    return numbered


def css_attributes(soup) -> int:
    """Types at the start of each element's first text the number a ``::before`` rule prints from one of its
    attributes (``content: attr(data-number)``); returns how many elements were numbered."""
    css = _style_sheet(soup)
    if "attr(" not in css:
        return 0
    typed: set[int] = set()  # an element two rules match is numbered once
    for selectors, body in _RULE.findall(css):
        content = _CONTENT.search(body)
        if content is None or "attr(" not in content.group(1):
            continue
        parts = _ATTR_PART.findall(content.group(1))
        for selector in selectors.split(","):
            if not (m := _ATTR_BEFORE.match(selector)):
                continue
            tag, cls, attribute = m.groups()
            found = (soup.find_all(tag or True, class_=cls) if cls
                     else soup.find_all(tag or True, attrs={attribute: True}))
            for el in found:
                label = "".join(str(el.get(name) or "") if name else re.sub(r"\\(.)", r"\1", double + single)
                                for double, single, name in parts).strip()
                if _NUMBER_LIKE.search(label) and id(el) not in typed:  # a number, not an icon's glyph
                    _type_first(el, label)
                    typed.add(id(el))
    return len(typed)


def _type_first(el, label: str) -> None:
    """``label`` and a space at the start of the element's first innermost block with text (its first
    paragraph), or of the element itself."""
    from bs4 import NavigableString

    target = next((d for d in el.find_all(_BLOCK_TAGS) if d.get_text(strip=True) and d.find(_BLOCK_TAGS) is None), el)
    target.insert(0, NavigableString(f"{label} "))


# Counters on any element: "h2 { counter-increment: section; counter-reset: para }" and "p.para::before {
# content: counter(section) "." counter(para) }" print "3.2" before each paragraph of a hand-made page.
_PSEUDO_BEFORE = re.compile(r":{1,2}before\s*$")
_COUNTER_LIST = re.compile(r"([A-Za-z_][\w-]*)(?:\s+(-?\d+))?")


def _specificity(selector: str) -> tuple[int, int, int]:
    plain = re.sub(r"\[[^\]]*\]", "[]", selector)
    return (plain.count("#"), len(re.findall(r"\.[\w-]|\[\]|(?<!:):[\w-]", plain)),
            len(re.findall(r"(?:^|[\s>+~])([a-zA-Z][\w-]*)", plain)))


def _counter_values(value: str, default: int) -> list[tuple[str, int]] | None:
    """``counter-reset``/``counter-increment`` as (counter, number) pairs; None for ``none``."""
    value = value.strip()
    if value == "none":
        return None
    return [(name, int(n) if n else default) for name, n in _COUNTER_LIST.findall(value)]


def element_counters(soup) -> int:
    """Types the number that a ``::before`` rule prints from counters at the start of each element's text, with
    the counters reset and stepped by the style sheet's rules on any element (document order, the most
    specific rule winning, as a browser runs them). Returns how many elements were numbered."""

    css = _style_sheet(soup)
    if not re.search(r"counters?\(", css):
        return 0
    # for each element: its winning (specificity, order, value) for reset, increment and marker
    won: dict[int, dict[str, tuple[tuple[int, int, int], int, object]]] = {}
    order = 0
    for selectors, body in _RULE.findall(css):
        props: dict[str, object] = {}
        for prop, default in (("reset", 0), ("increment", 1)):
            if m := re.search(rf"counter-{prop}\s*:\s*([^;]+)", body):
                props[prop] = _counter_values(m.group(1), default)
        content = _CONTENT.search(body)
        for selector in selectors.split(","):
            order += 1
            before = bool(_PSEUDO_BEFORE.search(selector))
            # a ::before rule's own steps (Acrobat's "li>*:first-child:before {counter-increment: c2}") are
            # taken as its element's, just before its marker is printed
            wanted = ({"marker": content.group(1).strip()} if content else {}) \
                | {f"before_{k}": v for k, v in props.items()} if before else props
            if not wanted:
                continue
            try:
                found = soup.select(_PSEUDO_BEFORE.sub("", selector).strip() or "*")
            except Exception:  # a selector soupsieve does not know: as a browser ignores what it cannot parse
                continue
            rank = _specificity(selector)
            for el in found:
                mine = won.setdefault(id(el), {})
                for key, value in wanted.items():
                    if key not in mine or (rank, order) >= mine[key][:2]:
                        mine[key] = (rank, order, value)
    return _run_counters(soup, won)


# a marker's parts: a string, counter(name[, style]) or counters(name, "separator"[, style])
_MARKER_PART = re.compile(r'"((?:[^"\\]|\\.)*)"|\'((?:[^\'\\]|\\.)*)\'|counter\(\s*([\w-]+)\s*(?:,\s*([\w-]+)\s*)?\)'
                          r'|counters\(\s*([\w-]+)\s*,\s*(?:"((?:[^"\\]|\\.)*)"|\'((?:[^\'\\]|\\.)*)\')\s*'
                          r'(?:,\s*([\w-]+)\s*)?\)')


def _marker(marker: str, scope: dict[str, list[list[int]]]) -> str:
    out = []
    for m in _MARKER_PART.finditer(marker):
        dq, sq, name, style, names, sep_dq, sep_sq, styles = m.groups()
        if name:
            out.append(_shown(scope[name][-1][0] if scope.get(name) else 0, style))
        elif names:
            sep = re.sub(r"\\(.)", r"\1", sep_dq if sep_dq is not None else sep_sq or "")
            out.append(sep.join(_shown(cell[0], styles) for cell in scope.get(names) or [[0, 0]]))
        else:
            out.append(re.sub(r"\\(.)", r"\1", dq if dq is not None else sq or ""))
    return "".join(out).strip()


def _run_counters(soup, won: dict[int, dict[str, tuple[tuple[int, int, int], int, object]]]) -> int:
    """Runs the counters as a browser does, in document order. A reset makes a new instance of its counter,
    seen by the element, its descendants and its following siblings: nested inside one an ancestor made (so
    ``counters(para, ".")`` prints "3.2" in a list inside a list), in place of one a preceding sibling made. An
    increment with no instance in scope makes one. Each instance is a cell ``[value, maker's parent]``."""
    from bs4 import Tag

    numbered = 0
    scopes: dict[str, list[list[int]]] = {}
    stack = [(iter(list(soup.children)), id(soup), scopes)]
    while stack:
        children, parent, scope = stack[-1]
        el = next(children, None)
        if el is None:
            stack.pop()
            continue
        if not isinstance(el, Tag):
            continue
        rules = won.get(id(el), {})
        for key in ("reset", "increment", "before_reset", "before_increment"):
            steps = rules[key][2] if key in rules else None
            resets = key.endswith("reset")
            for name, n in steps if isinstance(steps, list) else []:
                cells = scope.setdefault(name, [])
                if resets or not cells:
                    cell = [n if resets else 0, parent]
                    if cells and cells[-1][1] == parent:
                        cells[-1] = cell
                    else:
                        cells.append(cell)
                if not resets:
                    cells[-1][0] += n
        marker = str(rules["marker"][2]) if "marker" in rules else ""
        if re.search(r"counters?\(", marker):
            label = _marker(marker, scope)
            if _NUMBER_LIKE.search(label) and el.get_text(strip=True):
                _type_first(el, label)
                numbered += 1
        stack.append((iter(list(el.children)), id(el), {name: list(cells) for name, cells in scope.items()}))
    return numbered
