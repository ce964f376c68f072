"""Word paragraph styles as the DOCX reader needs them: a style's name, whether its text is hidden or starts a
page, whether a paragraph is set as a title or as a closing note, and a run that is only a note's mark. A property
not set on a style is taken from the style it is based on, as Word does."""

from __future__ import annotations

import re

from .numbering import W


def title_like(text: str, el, document, style_id: str) -> bool:
    """A paragraph (numbered or not) that is a title, not a paragraph of the report: a few words with no
    closing punctuation, set to stay with the next paragraph or in bold (by its style or in every run)."""
    if len(text.split()) > 10 or text[-1] in ".:;!?,)]\"'’”":
        return False
    style = _style(document, style_id)
    keep = el.find(f"{W}pPr/{W}keepNext") is not None or bool(style and style.paragraph_format.keep_with_next)
    return keep or bool(style and style.font.bold) or _every_run(el, "b")


def closing_note(body, document) -> str | None:
    """The body's last paragraph with text, when it is a short unnumbered note set wholly in italics ("Prepared for
    the practice group meeting on 21 March 2025. Please do not share ..."): a closing note, not the end of the last
    paragraph. Its text with spaces collapsed, else None."""
    last = next((p for p in reversed(body.findall(f"{W}p")) if "".join(t.text or "" for t in p.iter(f"{W}t")).strip()),
                None)
    if last is None or last.find(f"{W}pPr/{W}numPr") is not None:
        return None
    ps = last.find(f"{W}pPr/{W}pStyle")
    style = _style(document, ps.get(f"{W}val", "")) if ps is not None else None
    italic = bool(style and style.font.italic) or _every_run(last, "i")
    text = " ".join("".join(t.text or "" for t in last.iter(f"{W}t")).split())
    return text if italic and len(text.split()) <= 40 else None


def _every_run(el, prop: str) -> bool:
    """Whether every run of the paragraph that holds text sets this on/off property ("b", "i"); False for none."""
    runs = [r for r in el.iter(f"{W}r") if "".join(t.text or "" for t in r.iter(f"{W}t")).strip()]
    return bool(runs) and all(_on(r.find(f"{W}rPr/{W}{prop}")) for r in runs)


def _on(toggle) -> bool:
    """A Word on/off property element (``<w:b/>``, ``<w:b w:val="0"/>``) as a bool; absent is off."""
    return toggle is not None and toggle.get(f"{W}val", "true").lower() not in ("0", "false", "off")


def _style(document, style_id: str):
    """The paragraph style with this id, or None."""
    try:
        return document.styles.get_by_id(style_id, 1) if style_id else None  # 1 = paragraph style
    except Exception:
        return None


def name_of_style(document, style_id: str) -> str:
    return getattr(_style(document, style_id), "name", None) or style_id


def hidden(document, style_id: str) -> bool:
    """A paragraph style whose text is hidden (a template's guidance left in): nothing printed."""
    style = _style(document, style_id)
    while style is not None and style.font.hidden is None:
        style = style.base_style
    return bool(style is not None and style.font.hidden)


def breaks_before(ppr, document, style_id: str) -> bool:
    """The paragraph starts a new page: set so itself, or by its style ("page break before" on a heading
    style, as LibreOffice sets Heading 1)."""
    own = ppr.find(f"{W}pageBreakBefore") if ppr is not None else None
    if own is not None:
        return _on(own)
    style = _style(document, style_id)
    while style is not None and style.paragraph_format.page_break_before is None:
        style = style.base_style
    return bool(style is not None and style.paragraph_format.page_break_before)


def breaking_styles(document) -> bool:
    """Some paragraph style starts a new page."""
    return any(getattr(s, "paragraph_format", None) is not None and s.paragraph_format.page_break_before
               for s in document.styles)


def note_mark(el) -> bool:
    """A run that is a note's reference mark typed or cross-referenced (a NOTEREF field's raised "1"): set in
    the note reference style, or raised and only a number or a mark ("1", "iv", "*"). The note's own
    reference (w:footnoteReference) holds no text."""
    if el.tag != f"{W}r" or (rpr := el.find(f"{W}rPr")) is None:
        return False
    style = rpr.find(f"{W}rStyle")
    if style is not None and style.get(f"{W}val", "").lower() in ("footnotereference", "endnotereference"):
        return True
    align = rpr.find(f"{W}vertAlign")
    text = "".join(t.text or "" for t in el.iter(f"{W}t")).strip()
    return align is not None and align.get(f"{W}val") == "superscript" and bool(MARK.fullmatch(text))


MARK = re.compile(r"\d{1,3}|[ivx]{1,4}|[*†‡§]{1,3}|\d{1,3}(?:,\s?\d{1,3})+")
