"""HTML → blocks with BeautifulSoup (lxml).

Site chrome is dropped (script, style, nav, header, footer, aside, forms, cookie banners, breadcrumbs);
when the page has a <main> or <article>, only that is read. Headings h1–h6 keep their level; list items
become bullets (nested lists included); p, blockquote, dd, td and text-only divs become paragraphs.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path

from ...errors import CorruptDocument
from ...types import Block, ParsedDocument
from ..clean import normalise_text

_CHROME_TAGS = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button",
                "template", "svg", "iframe", "select"]
_CHROME_HINT = re.compile(r"cookie|consent|banner|breadcrumb|skip-link|site-header|site-footer|"
                          r"navbar|menu|share|social|sidebar", re.IGNORECASE)
_BLOCK_TAGS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "dd", "dt", "td", "th",
               "pre", "caption", "figcaption"}
_CONTAINER = {"div", "section", "article", "main", "body", "ul", "ol", "table", "tbody", "thead", "tr",
              "dl", "figure", "span", "center", "font"}


def parse_html(path: Path) -> ParsedDocument:
    from bs4 import BeautifulSoup

    raw = path.read_bytes()
    try:
        soup = BeautifulSoup(raw, "lxml")
    except Exception as exc:  # pragma: no cover - lxml is forgiving
        raise CorruptDocument(f"{path}: not readable HTML ({type(exc).__name__})") from exc
    if soup.find() is None:
        raise CorruptDocument(f"{path}: not readable HTML")
    title = soup.title.get_text(" ", strip=True) if soup.title else None
    for tag in soup.find_all(_CHROME_TAGS):
        tag.decompose()
    for tag in soup.find_all(True):
        if tag.decomposed or tag.attrs is None:
            continue
        hint = " ".join(str(v) for v in (tag.get("id") or "", *(tag.get("class") or []), tag.get("role") or ""))
        if hint.strip() and _CHROME_HINT.search(hint) and tag.name not in ("body", "html", "main", "article"):
            tag.decompose()
    root = soup.find("main") or soup.find("article") or soup.body or soup
    blocks: list[Block] = []
    _walk(root, blocks)
    h1 = next((b.text for b in blocks if b.kind == "heading" and b.level == 1), None)
    year = None
    for b in blocks[:15]:
        m = re.search(r"\b(19[89]\d|20[0-4]\d)\b", b.text)
        if m:
            year = int(m.group(1))
            break
    return ParsedDocument(blocks=blocks, pages=None, title=h1 or title, year=year)


def _text(tag, skip_lists: bool = False) -> str:
    """Text of a tag; with ``skip_lists``, without the text of nested lists (they become their own items)."""
    if skip_lists and tag.find(["ul", "ol"]):
        clone = copy.copy(tag)
        for sub in clone.find_all(["ul", "ol"]):
            sub.decompose()
        return normalise_text(clone.get_text(" ", strip=True))
    return normalise_text(tag.get_text(" ", strip=True))


def _walk(node, blocks: list[Block]) -> None:
    from bs4 import NavigableString, Tag

    loose: list[str] = []

    def flush() -> None:
        text = normalise_text(" ".join(loose))
        loose.clear()
        if text:
            blocks.append(Block(text=text, kind="para"))

    for child in node.children:
        if isinstance(child, NavigableString):
            if child.strip() and type(child).__name__ == "NavigableString":
                loose.append(str(child))
            continue
        if not isinstance(child, Tag):
            continue
        name = child.name
        if name in ("br",):
            continue
        if name in ("b", "strong", "em", "i", "a", "span", "abbr", "sup", "sub", "u", "small", "mark",
                    "cite", "q", "time", "font") and not child.find(list(_BLOCK_TAGS)):
            loose.append(child.get_text(" ", strip=True))
            continue
        flush()
        if re.fullmatch(r"h[1-6]", name):
            text = normalise_text(child.get_text(" ", strip=True))
            if text:
                blocks.append(Block(text=text, kind="heading", level=int(name[1])))
        elif name == "li":
            text = _text(child, skip_lists=True)
            if text:
                blocks.append(Block(text=text, kind="bullet"))
            for sub in child.find_all(["ul", "ol"], recursive=False):
                _walk(sub, blocks)
        elif name in _BLOCK_TAGS and not child.find(["p", "div", "ul", "ol", "table"]):
            text = normalise_text(child.get_text(" ", strip=True))
            if text:
                blocks.append(Block(text=text, kind="para"))
        else:
            _walk(child, blocks)
    flush()
