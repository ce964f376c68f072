"""Page chrome in HTML: elements left out before a page is read (navigation, banners, cookie notices, share
bars, sidebars, notes), by tag or by the words of their class or id."""

from __future__ import annotations

import re
from typing import Any

from .html_adverts import adverts
from .html_editing import editing_chrome

CHROME_TAGS = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button",
                "template", "svg", "iframe", "select", "audio", "video"]  # a player's fallback text is not shown
# page chrome; notes and their markers, left out as a PDF's are (never cited as the paragraph above them)
_CHROME_HINT = re.compile(r"cookie|consent|banner|breadcrumb|skip-link|site-?header|navbar|\bnavigation\b|menu|share|"
                          r"social|sidebar|byline|\baside\b|footnote|endnote|noteref|related|comments-area|no-comments|footer|"
                          r"node__meta|node__submitted|entry-meta|post-meta|"  # who posted it, when (Drupal, WordPress)
                          r"article-info\b|"  # ... Joomla's "Details: Written by, Category, Published, Hits" (fresh44)
                          r"article-index|"  # Joomla's "Article Index" card of a paged article's pages (fresh44)
                          r"toc-macro|page-?meta|"  # a wiki's contents macro and its "Created by ..." line; a
                          # page's "Published: 14 October 2025" under its heading (Squiz Matrix, fresh53)
                          r"table-?of-?contents",  # a page's own contents beside it (Docusaurus, fresh35)
                          re.IGNORECASE)
# furniture written as text: "Back to top", a copyright line (an old site in tables has no <nav> or <footer>), a
# chaptered publication's place ("Part 3 of 8", fresh25, after its look), a tab's ("Section 2 of 5", blind round 51)
# and a carousel card's ("1 of 4", blind round 55)
_FURNITURE = (r"(?:back to (?:the )?top|return to (?:the )?top|top of (?:the )?page|print this page|share this page"
              r"|(?:(?:part|section|slide|card) )?\d{1,2} of \d{1,2}"
              r"|read by \d+ (?:users?|people)|attachments? \(\d+\)|version \d+(?:\.\d+)?)")  # a case note's foot
# ... a download link standing alone ("Download the PDF version of this report (1.4MB)"): one short line; a
# web version's note on itself ("This is the accessible version of the report. ..."); a document system's stamp
# ("This copy is uncontrolled when printed or exported.")
_DOWNLOAD = (r"^download\b(?=(?:[^.!?]|\.(?=\d)){0,100}$)|^this is (?:an? |the )?(?:accessible|easy[- ]read|web|online|"
             r"html|plain[- ]text|text-only|large[- ]print) version of (?:this|the) (?:report|review|document)\b"
             r"|^(?:this|a) (?:copy|document) is uncontrolled (?:when|if|once) (?:printed|downloaded|exported)"
             # a page's date stamp: "Page last updated: 02/11/2009 | Download ... | Back to top"
             r"|^(?:this )?page (?:was )?(?:last )?(?:updated|modified|reviewed)\b"
             r"|^(?:date )?(?:first )?published(?: on)?:?\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?[a-z]+\s+\d{4}$"  # fresh53
             r"|^last (?:updated|modified|reviewed)\s*(?::|on\b|\d)")  # "Last updated 12/06/96."
# "(c) Crown copyright 2015", "(C) 2019 Anytown Council": a short copyright line; "(c) nobody had been named ..."
# is a lettered point (blind round 44)
_COPYRIGHT = (r"^(?:©|copyright\b|\(c\)\s+(?=(?-i:[A-Z0-9]))(?=.{0,60}$)"
              r"(?=(?:\S+\s+){0,5}?(?:(?:19|20)\d\d\b|copyright\b|all rights)))")
CHROME_TEXT = re.compile(rf"^\W*{_FURNITURE}(?:\W+{_FURNITURE})*\W*$|{_COPYRIGHT}|{_DOWNLOAD}", re.IGNORECASE)


def _layout_with_sidebar(tag, hint: str) -> bool:
    """A page layout named for its sidebar (Confluence's ``columnLayout two-right-sidebar``, a theme's
    ``layout--with-sidebar``) holds the body beside the sidebar: hinted only by "sidebar", it is kept when two of
    its paragraphs are of a report's length (blind round 45). The sidebar cell itself is not so long."""
    if {m.lower() for m in _CHROME_HINT.findall(hint)} != {"sidebar"}:
        return False
    return sum(1 for p in tag.find_all("p") if len(p.get_text()) >= 250) >= 2


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_PERMALINKS = {"#", "¶", "§", "🔗", "⚓", "\u200b"}  # Docusaurus: a zero-width space


_ADMONITIONS = {"note", "warning", "tip", "important", "caution", "attention", "hint", "danger", "see also"}


def chrome(soup) -> list:
    """The elements whose class, id, role or rel names page chrome (:data:`_CHROME_HINT`), except one holding
    most of the page's text: GOV.UK wraps a publication's contents list and body in ``<div
    class="sidebar-with-body">``. One inside an element already left out is not measured again."""
    hinted = []
    for tag in soup.find_all(True):
        hint = " ".join(str(v) for v in (tag.get("id") or "", *(tag.get("class") or []), tag.get("role") or "",
                                         *(tag.get("rel") or [])))
        # a section's heading, a link's target, is no chrome by its class (Docusaurus: "anchorWithStickyNavbar")
        if hint.strip() and _CHROME_HINT.search(hint) and tag.name not in ("body", "html", "main", "article") \
                and not _layout_with_sidebar(tag, hint) and not (tag.name in _HEADINGS and tag.has_attr("id")):
            hinted.append(tag)
    # a permalink beside a heading or paragraph ("#", "¶", "§"): the page's furniture, not the report's words
    hinted += [a for a in soup.find_all("a", href=True)
               if a["href"].startswith("#") and a.get_text(strip=True) in _PERMALINKS]
    # an admonition's generic title (Sphinx, MkDocs: <p class="admonition-title">Note</p>): a label, no one's words
    hinted += [t for t in soup.find_all(class_="admonition-title") if t.get_text(strip=True).lower() in _ADMONITIONS]
    # Google Docs puts the document's page header first in the body, in a <div> of its own
    body = soup.body
    first = next((c for c in body.find_all(True, recursive=False)), None) if body is not None else None
    if first is not None and "doc-content" in (body.get("class") or []) and first.name == "div" \
            and len(first.get_text()) < 300 and first.find(["h1", "h2", "h3", "ol", "ul", "table"]) is None:
        hinted.append(first)
    hinted += editing_chrome(soup)  # a collaborative editor's cursors, status lines, presence and comment threads
    hinted += adverts(soup)  # advertisement slots, wherever the ad script put them (blind round 65)
    total = len((soup.body or soup).get_text())
    gone: set[int] = set()
    out = []
    for tag in hinted:
        if any(id(parent) in gone for parent in tag.parents):
            continue
        if len(tag.get_text()) > 0.5 * total:
            continue
        gone.add(id(tag))
        out.append(tag)
    return out


def admonition_headings(soup) -> None:
    """An admonition's own title ("About this review", MkDocs) is the heading of its box, not the first words of the
    box's text; a generic one ("Note") is chrome (:func:`chrome`)."""
    for title in soup.find_all(class_="admonition-title"):
        title.name = "h6"


_RUNNING = ("p", "li", "td", "dd", "span", "em", "strong", "b", "i", "a", "blockquote")


# a control that shows the rest of a paragraph cut short for phones; the rest is in a hidden element it names
_READ_MORE = re.compile(r"\s*(?:read|show|see|view)\s+(?:more|all|the rest)\s*[.…›»+]*\s*", re.IGNORECASE)
_TARGETS = re.compile(r"tap:([\w-]+)\.(?:show|toggle)|^#?([\w-]+)$")
_ELLIPSIS = re.compile(r"\s*(?:…|\.\.\.)\s*")


def _read_more(soup) -> None:
    """A paragraph cut short by "…" and a "Read more" button, its rest in a hidden element the button shows (an
    AMP page's ``on="tap:more-3-3.show"``, ``aria-controls``, ``data-target``; blind round 55): the rest is shown,
    the button and the ellipsis go."""
    for button in soup.find_all(["button", "a"], string=lambda text: bool(text and _READ_MORE.fullmatch(text))):
        refs = " ".join(str(button.get(a) or "") for a in ("on", "aria-controls", "data-target", "data-bs-target"))
        for ref in (m.group(1) or m.group(2) for m in map(_TARGETS.search, refs.split()) if m):
            if (rest := soup.find(id=ref)) is not None and rest.has_attr("hidden"):
                del rest["hidden"]
                dots = button.find_previous_sibling()
                if dots is not None and _ELLIPSIS.fullmatch(dots.get_text()):
                    dots.decompose()
                button.decompose()
                break


def unwrap_buttons(soup) -> None:
    """Buttons that hold the report's words, whose tags go so that the words stay when buttons are left out as
    chrome: a collapsible section's heading inside its toggle (SharePoint, fresh27), and a glossary term in running
    text (blind round 48). First, a "Read more" button shows the rest of its paragraph (:func:`_read_more`)."""
    _read_more(soup)
    for button in soup.find_all("button"):
        parent = button.parent
        if button.find(["h1", "h2", "h3", "h4", "h5", "h6"]) or (parent is not None and parent.name in _RUNNING and any(
                isinstance(c, str) and c.strip() for c in parent.children if c is not button)):
            button.unwrap()


# a tab's panel, which the page shows when its tab is chosen: "<section role="tabpanel" hidden>" (blind round 51)
_TAB_PANEL = re.compile(r"tab-?pane|tabs?__panel|tab-?panel", re.IGNORECASE)


def not_shown(soup) -> list:
    """Elements a browser does not show: the ``hidden`` attribute (not "until-found", a collapsed section's text a
    search opens, nor a tab's panel, shown when its tab is chosen) and tooltips, such as a glossary term's definition
    inside a paragraph (blind round 48)."""
    return [t for t in soup.find_all(True)
            if (t.has_attr("hidden") and t.get("hidden") != "until-found" and not _tab_panel(t))
            or t.get("role") == "tooltip"]


def _tab_panel(tag) -> bool:
    return tag.get("role") == "tabpanel" or bool(_TAB_PANEL.search(" ".join(tag.get("class") or [])))


# a case-recording system's fields for each note ("Case note | 118655", "Recorded by | ...", "Subject | ...")
_RECORD_FIELDS = {"case note", "note", "note id", "note type", "recorded by", "entered by", "created by", "author",
                  "date / time", "date/time", "date and time", "date", "subject", "status", "exported by",
                  "export date", "person id", "case id"}
# the note's own stamp before its text: "[14/03/2025 11:46] Priya Venn:", "[13/03/2025 08:57] Priya Venn (appended):"
_STAMP = re.compile(r"\s*\[\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?\]\s+[^\[\]:\n]{1,60}:\s*")


def case_records(soup) -> None:
    """A report pasted into a case-recording system's notes and exported to HTML (blind round 52): each note's
    table of fields is the system's, not the report's, and becomes the note's subject as a heading, so that
    nothing of it runs on into the paragraph before; the stamp opening the note's text goes, and one "appended"
    within it ends the paragraph before it. Only a table of two or more of a note's field names, each row a header
    cell and a value, is so read."""
    for table in soup.find_all("table"):
        rows = [tr.find_all(["th", "td"], recursive=False) for tr in table.find_all("tr")]
        if not rows or any(len(r) != 2 for r in rows):
            continue
        fields = {r[0].get_text(" ", strip=True).lower(): r[1].get_text(" ", strip=True) for r in rows}
        if len(_RECORD_FIELDS.intersection(fields)) < 2:
            continue
        if subject := fields.get("subject"):
            heading = soup.new_tag("h3")
            heading.string = subject
            table.replace_with(heading)
        else:
            table.decompose()
    for stamp in [s for s in soup.find_all(string=True) if _STAMP.fullmatch(s)]:
        stamp.extract()  # its line break stays: a stamp within the text parts what was written before it


def section_header(tag: Any) -> bool:
    """A <header> that only holds a section's heading (TYPO3 wraps each content element's <h2> in one, fresh54): the
    heading, not a page's banner (which has its logo's link, its menu, its search)."""
    if tag.name != "header" or tag.find(["a", "nav", "img", "svg", "form", "ul", "button"]) is not None:
        return False
    said = len(tag.get_text(" ", strip=True))
    return said > 0 and sum(len(h.get_text(" ", strip=True)) for h in tag.find_all(list(_HEADINGS))) >= 0.9 * said


def drop_tags(tags: list) -> None:
    """Decompose these tags once each, in document order (not ``tag.decomposed``: it walks the subtree)."""
    gone: set[int] = set()
    for tag in tags:
        if id(tag) not in gone:
            gone.update(map(id, tag.descendants))
            tag.decompose()
