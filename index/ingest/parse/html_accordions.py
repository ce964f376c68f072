"""Tabs and accordions. Tabs: a tab list whose tabs each show a panel (``role="tabpanel"``, named by
``aria-labelledby``, or by a tab's ``aria-controls``), as Webflow, Bootstrap and design systems make them: each
panel is a section headed by its tab's words, and the tab list goes (fresh50's Webflow page, after its look: the
glossary in a tab of its own ran on into the last recommendation in the tab before). Accordions: a heading whose
button opens a panel (``aria-controls``), as site builders and design systems make
them (Squarespace's accordion block, GOV.UK's, Bootstrap's). The button's words are the heading's own: the button
goes and its words stay, without what a screen reader or a toggle adds ("Show this section", icons).

An accordion of terms is a glossary (fresh45's Squarespace page, after its look): three or more items, each title a
short term (six words at most, no question, no number) and each panel one short paragraph. Each term is joined to its
definition ("CSCP: Calverholt Safeguarding Children Partnership: ..."), as a definition list's are
(:func:`.html_numbers.label_definitions`): a definition read apart from its term is a sentence that names nothing, and
would be taken for a finding."""

from __future__ import annotations

import re

from ..clean import normalise_text

# inside a heading's button: the words a screen reader or a toggle adds ("Show this section", ", ")
_CONTROL_CLASS = re.compile(r"toggle|visually-hidden|sr-only|screen-reader|chevron|icon", re.IGNORECASE)
TERM_WORDS = 6  # words of a glossary term at most
DEFINITION_WORDS = 80  # words of its definition at most
_NOT_TERM = re.compile(r"[?]|^\s*(?:\d|[ivx]+\.|[A-Z]\.)", re.IGNORECASE)


def disclosures(soup) -> None:
    """Tabs' panels headed by their tabs' words, then accordions' headings (:func:`heading_buttons`)."""
    tabs = {t.get("id"): t for t in soup.find_all(attrs={"role": "tab"}) if t.get("id")}
    controls = {t.get("aria-controls"): t for t in tabs.values() if t.get("aria-controls")}
    for panel in soup.find_all(attrs={"role": "tabpanel"}):
        tab = tabs.get(panel.get("aria-labelledby")) or controls.get(panel.get("id"))
        words = normalise_text(tab.get_text(" ", strip=True)) if tab is not None else ""
        if words and not panel.get_text(" ", strip=True).startswith(words):
            heading = soup.new_tag("h2")
            heading.string = words
            panel.insert(0, heading)
    for tablist in soup.find_all(attrs={"role": "tablist"}):
        if tablist.find(attrs={"role": "tab"}) is not None:
            tablist.decompose()
    heading_buttons(soup)


def heading_buttons(soup) -> None:
    """Each heading's button unwrapped, its controls gone; an accordion of terms joined as a glossary's rows."""
    items = []
    for button in soup.select(", ".join(f"h{n} button" for n in range(1, 7))):
        for control in button.find_all(class_=_CONTROL_CLASS):
            control.decompose()
        panel = soup.find(id=button.get("aria-controls")) if button.get("aria-controls") else None
        heading = button.find_parent(re.compile(r"^h[1-6]$"))
        button.unwrap()
        if panel is not None and heading is not None:
            items.append((heading, panel))
    if len(items) >= 3 and all(_term(h) and _definition(p) for h, p in items):
        for heading, panel in items:
            _join(heading, panel)


def _term(heading) -> bool:
    text = normalise_text(heading.get_text(" "))
    return bool(text) and len(text.split()) <= TERM_WORDS and not _NOT_TERM.search(text)


def _definition(panel) -> bool:
    paragraphs = [p for p in panel.find_all(["p", "li"]) if p.get_text(strip=True)]
    return len(paragraphs) <= 1 and 0 < len(panel.get_text(" ").split()) <= DEFINITION_WORDS


def _join(heading, panel) -> None:
    from bs4 import NavigableString

    term = normalise_text(heading.get_text(" "))
    target = panel.find("p") or panel
    target.insert(0, NavigableString(f"{term}: "))
    heading.decompose()
