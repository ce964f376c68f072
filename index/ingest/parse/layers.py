"""Text on a PDF layer that is switched off is not read: a viewer does not show it.

A PDF's optional content groups ("layers", Acrobat's Layers panel) can be off by default: an InDesign
export's "Editorial notes" or "Previous numbering", drawn inside ``/OC /MC0 BDC ... EMC`` marked content.
pdfplumber reads every character whatever its layer. :func:`without_hidden_layers` lays out a page with a
pdfplumber device that drops what is drawn on a layer the document's default configuration turns off (an
optional content group, or a membership dictionary over groups by its ``/P`` policy). A document whose
layers are all on is read as before, at no cost.
"""

from __future__ import annotations

from typing import Any

from pdfminer.pdftypes import PDFObjRef, resolve1
from pdfminer.psparser import PSLiteral
from pdfplumber.page import Page, PDFPageAggregatorWithMarkedContent
from pdfplumber.utils import decode_text


def _objid(ref: Any) -> int | None:
    return ref.objid if isinstance(ref, PDFObjRef) else None


def off_groups(pdf: Any) -> set[int]:
    """The object ids of the optional content groups the default configuration turns off."""
    try:
        props = resolve1(pdf.doc.catalog.get("OCProperties"))
        if not isinstance(props, dict):
            return set()
        default = resolve1(props.get("D")) or {}
        groups = {i for i in map(_objid, resolve1(props.get("OCGs")) or []) if i is not None}
        on = {i for i in map(_objid, resolve1(default.get("ON")) or []) if i is not None}
        off = {i for i in map(_objid, resolve1(default.get("OFF")) or []) if i is not None}
        base = default.get("BaseState")
        if isinstance(base, PSLiteral) and decode_text(base.name) == "OFF":
            off |= groups - on
        return off
    except Exception:  # a damaged catalogue: read everything, as before
        return set()


class _LayerDevice(PDFPageAggregatorWithMarkedContent):
    """pdfplumber's device, dropping each object drawn inside marked content of a layer that is off."""

    def __init__(self, *args: Any, off: set[int], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.off = off
        self.properties: dict[str, Any] = {}
        self.hidden: list[bool] = []

    def begin_page(self, page: Any, ctm: Any) -> None:
        super().begin_page(page, ctm)
        self.properties = resolve1((page.resources or {}).get("Properties")) or {}

    def _is_off(self, props: Any) -> bool:
        ref = self.properties.get(decode_text(props.name)) if isinstance(props, PSLiteral) else props
        group = resolve1(ref)
        if not isinstance(group, dict):
            return False
        if decode_text(getattr(group.get("Type"), "name", "")) != "OCMD":
            return _objid(ref) in self.off
        members = resolve1(group.get("OCGs"))
        refs = members if isinstance(members, list) else [members]
        shown = [_objid(r) not in self.off for r in refs if r is not None]
        policy = decode_text(getattr(group.get("P"), "name", "AnyOn"))
        return not {"AllOn": all(shown), "AnyOff": not all(shown), "AllOff": not any(shown)}.get(policy, any(shown))

    def begin_tag(self, tag: Any, props: Any = None) -> None:
        try:
            off = decode_text(tag.name) == "OC" and self._is_off(props)
        except Exception:  # an odd property list: shown, as before
            off = False
        self.hidden.append(off or bool(self.hidden and self.hidden[-1]))
        super().begin_tag(tag, props)

    def end_tag(self) -> None:
        if self.hidden:
            self.hidden.pop()
        super().end_tag()

    def tag_cur_item(self) -> None:
        super().tag_cur_item()
        if self.hidden and self.hidden[-1] and self.cur_item._objs:
            self.cur_item._objs.pop()


def without_hidden_layers(page: Page, off: set[int]) -> Page:
    """Lay the page out without what its switched-off layers draw (call before its objects are first read)."""
    if not off or hasattr(page, "_layout"):
        return page
    from pdfminer.pdfinterp import PDFPageInterpreter

    device = _LayerDevice(page.pdf.rsrcmgr, pageno=page.page_number, laparams=page.pdf.laparams, off=off)
    PDFPageInterpreter(page.pdf.rsrcmgr, device).process_page(page.page_obj)
    page._layout = device.get_result()
    return page


def _opaque(colour: Any) -> bool:
    """White or black: correction fluid and a redaction box (a tint or a colour may be a highlight, drawn
    see-through)."""
    if colour is None:
        return True  # PDF's default fill is black
    values = colour if isinstance(colour, (tuple, list)) else (colour,)
    try:
        vals = [float(v) for v in values]
    except (TypeError, ValueError):  # a pattern
        return False
    if len(vals) == 4:  # CMYK
        return all(v == 0 for v in vals) or vals[3] == 1
    return bool(vals) and (all(v == 1 for v in vals) or all(v == 0 for v in vals))


def without_covered_text(page: Page) -> Page:
    """Lay the page out without the letters a box painted later hides: text anonymised by a white box with
    the pseudonym typed on it (the name still in the text layer beneath), or "redacted" under a black box
    that left the words in the file. A box must cover a letter's whole height (not a strike-through rule)."""
    from pdfminer.layout import LTChar, LTContainer, LTCurve

    layout = page.layout
    order: list[tuple[Any, Any]] = []  # (object, its container), in painting order

    def walk(box: Any) -> None:
        for obj in box._objs if isinstance(box, LTContainer) else ():
            order.append((obj, box))
            if isinstance(obj, LTContainer) and not isinstance(obj, LTChar):
                walk(obj)

    walk(layout)
    boxes = [(i, o) for i, (o, _) in enumerate(order) if isinstance(o, LTCurve) and o.fill
             and o.width > 2 and o.height > 2 and _opaque(o.non_stroking_color)]
    if not boxes:
        return page
    hidden = set()
    for i, (obj, _) in enumerate(order):
        if not isinstance(obj, LTChar):
            continue
        cx = (obj.x0 + obj.x1) / 2
        for j, b in boxes:
            if j > i and b.x0 <= cx <= b.x1 and b.y0 <= obj.y0 + 1 and b.y1 >= obj.y1 - 1:
                hidden.add(id(obj))
                break
    for parent in {id(p): p for o, p in order if id(o) in hidden}.values():
        parent._objs = [o for o in parent._objs if id(o) not in hidden]
    return page
