"""A web page paginated for printing by a print-preview script (paged.js and its kind) and saved from the browser,
read as the document it paginates.

Such a script lays the document out in page boxes (``<div class="pagedjs_page">``, each a sheet, a page box, margin
boxes round a ``pagedjs_page_content`` area) and moves every element that does not fit on to the next page: the
element is cut in two, the first part marked ``data-split-to``, the rest, on the next page, ``data-split-from``, both
with the element's ``data-ref``; the elements round it (the article, the section) are cloned round the rest the same
way. The margin boxes hold clones of the running title and footer ("position: running(...)") and the page number
drawn by CSS counters; blank pages (``pagedjs_blank_page``) keep sections starting on right-hand pages.

So the margin boxes are left out (their running elements are no text of the body, nor is a running element's
original, the same ``data-ref``, where the script left it in the flow), and each split part is put back
into the element it was cut from, in order: a paragraph split over two pages in mid-sentence is one paragraph again,
and the sections and the article are whole. The screen's pages are not the report's printed pages: no page numbers
are kept (a web page's pages are null), and blank pages, empty, hold nothing.
"""

from __future__ import annotations

_PAGE = "pagedjs_page"
_MARGIN = "pagedjs_margin"  # every margin box and its holders: pagedjs_margin-top, pagedjs_margin-top-center, ...


def _classes(tag) -> list[str]:
    return [str(c) for c in (tag.get("class") or [])]


def unpaginate(soup) -> None:
    """Puts a print preview's pages back together in place (see the module's docstring); a page without the
    script's page boxes is left as it is."""
    from bs4 import NavigableString, Tag

    if soup.find(lambda t: _PAGE in _classes(t)) is None:
        return
    boxes = soup.find_all(lambda t: any(c.startswith(_MARGIN) for c in _classes(t)))
    # a running element cloned into the margin boxes: its original, if the script left it in the flow, goes too
    running = {str(t["data-ref"]) for box in boxes for t in box.find_all(attrs={"data-ref": True})}
    gone: set[int] = set()
    for tag in [*boxes, *soup.find_all(lambda t: t.get("data-ref") in running)]:
        if id(tag) not in gone:  # once each, outermost first (document order), as html.py's _drop
            gone.update(map(id, tag.descendants))
            tag.decompose()
    origin: dict[str, Tag] = {}
    for tag in soup.find_all(attrs={"data-ref": True}):
        if not tag.has_attr("data-split-from"):
            origin.setdefault(str(tag["data-ref"]), tag)
    # in document order: an article's rest is moved into the first article, then the section's rest (now inside it)
    # into the first section, then the paragraph's rest into the paragraph's first part
    for rest in soup.find_all(attrs={"data-split-from": True}):
        start = origin.get(str(rest["data-split-from"]))
        if start is None or start is rest:
            continue
        start.append(NavigableString(" "))  # the page's last line ended at the cut
        for child in list(rest.contents):
            start.append(child.extract())
        rest.decompose()
