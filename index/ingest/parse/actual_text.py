"""What a tagged PDF says its drawing stands for: ``/ActualText`` on a marked-content sequence.

An accessible PDF (Word's or InDesign's export with tags, Acrobat's "Make accessible") may draw something other than
the words a reader should get, and give those words in the marked-content sequence round the drawing:
``/Span <</ActualText (4.2)>> BDC ... EMC``, or on the structure element that owns the sequence's MCID (InDesign's
export, blind round 77). A paragraph's number drawn as a graphic (paths or a picture) is no text
to pdfminer, so the paragraph lost its number; a glyph with no Unicode mapping reads as "(cid:31)". pdfminer reads
glyphs, not that text, and pdfplumber keeps only a sequence's tag and MCID, so :class:`MarkedDevice` (installed as
pdfplumber's layout device by :func:`install`) also keeps, for each sequence with ``/ActualText``, its text, the
box round what it draws and where it draws characters (matched to the page's characters by place), and each
sequence with an MCID that draws only graphics or unmapped glyphs, whose owner's /ActualText is looked up in the
structure tree's parent tree (read once a file, and only then).
:func:`with_actual_text` then gives the page:

* a sequence that draws characters whose text is not already its ``/ActualText`` (a ligature "ﬁ" is "fi" once
  normalised, and stays): its first character carries the text, the others go, when they stand on one line;
* a sequence that draws no characters (a graphic or a picture): a character carrying the text where it stands, in
  the size and font of the line beside it, or, a letter standing alone or over several lines (a drop cap drawn as
  outlines), in type whose capitals are its height (:data:`CAP_HEIGHT`), for :mod:`.drop_caps` to read; not when
  that is larger than :data:`LARGEST` times the page's text (a logo, a chart).

The words of the outermost sequence stand for everything within it, as the PDF reference says. ``/Alt`` (a
figure's description) is no text of the document and is not read. A sequence whose text is longer than
:data:`MOST_CHARS` is left alone: it is a tool's tagging of whole lines, not a replacement.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Any, Literal

import pdfplumber.page
from pdfminer.data_structures import NumberTree
from pdfminer.layout import LTChar, LTPage
from pdfminer.pdftypes import resolve1
from pdfminer.utils import decode_text
from pdfplumber.page import PDFPageAggregatorWithMarkedContent

from .chars import usual_size

MOST_CHARS = 40  # an /ActualText longer than this is left alone
LARGEST = 8.0  # a graphic standing alone is read when at most this many times the page's text size (a drop cap)
TALLER = 1.6  # a letter drawn this many times the size of the line beside it stands over lines of its own
CAP_HEIGHT = 0.72  # of a font's size: a capital's height
LINE_SLACK = 0.5  # of a character's height: characters this near in top stand on one line


def _spelt(value: Any) -> str | None:
    value = resolve1(value)
    if isinstance(value, bytes):
        value = decode_text(value)
    return " ".join(value.split()) if isinstance(value, str) else None


Box = tuple[float, float, float, float]


@dataclass
class Span:
    """A marked-content sequence :class:`MarkedDevice` kept: one with ``/ActualText`` ("actual", its text), or one with
    an MCID that may get its owner's /ActualText from the structure tree ("mcid")."""
    kind: Literal["actual", "mcid"]
    text: str | None
    box: Box | None = None  # round what it draws, in PDF space
    chars: list[tuple[float, float]] = field(default_factory=list)  # where it draws characters (x0, y0)
    drew: int = 0  # characters an MCID sequence draws, unmapped or not
    mcid: int | None = None
    outer: int | None = None  # the MCID sequence it sits in (its number among the spans)

    def grow(self, bbox: Box) -> None:
        box = self.box
        self.box = bbox if box is None else (min(box[0], bbox[0]), min(box[1], bbox[1]), max(box[2], bbox[2]),
                                             max(box[3], bbox[3]))


class MarkedDevice(PDFPageAggregatorWithMarkedContent):
    """pdfplumber's layout device, also keeping each ``/ActualText`` sequence (its text, the box round what it draws
    and its characters' places) and each sequence with an MCID that draws graphics or unmapped glyphs (its MCID,
    for its /ActualText in the structure tree)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.marks: list[int | None] = []  # the open sequences: each its span's number, if it is kept
        self.spans: list[Span] = []
        self.actual: int | None = None  # the outermost open sequence with /ActualText: it stands for all within it
        self.mcid: int | None = None  # the innermost open sequence with an MCID

    def begin_tag(self, tag: Any, props: Any = None) -> None:
        super().begin_tag(tag, props)
        props = props if isinstance(props, dict) else {}
        text = _spelt(props["ActualText"]) if "ActualText" in props else None
        mark: int | None = None
        if text is not None and self.actual is None:
            self.spans.append(Span("actual", text))
            self.actual = mark = len(self.spans) - 1
        elif isinstance(props.get("MCID"), int):
            self.spans.append(Span("mcid", None, mcid=props["MCID"], outer=self.mcid))
            self.mcid = mark = len(self.spans) - 1
        self.marks.append(mark)

    def end_tag(self) -> None:
        super().end_tag()
        mark = self.marks.pop() if self.marks else None
        if mark is not None and self.spans[mark].kind == "actual":
            self.actual = None
        elif mark is not None:
            self.mcid = self.spans[mark].outer

    def tag_cur_item(self) -> None:
        super().tag_cur_item()
        if (self.actual is None and self.mcid is None) or not self.cur_item._objs:
            return
        obj = self.cur_item._objs[-1]
        if self.actual is not None:  # everything it draws
            span = self.spans[self.actual]
            span.grow(obj.bbox)
            if isinstance(obj, LTChar):
                span.chars.append((round(obj.x0, 1), round(obj.y0, 1)))
            return
        span = self.spans[self.mcid]  # type: ignore[index]
        if not isinstance(obj, LTChar):
            span.grow(obj.bbox)
            return
        span.drew += 1  # text: only its unmapped glyphs are kept
        if obj.get_text().startswith("(cid:"):
            span.grow(obj.bbox)
            span.chars.append((round(obj.x0, 1), round(obj.y0, 1)))

    def get_result(self) -> LTPage:
        result = super().get_result()
        result.actual_spans = self.spans  # type: ignore[attr-defined]
        return result


def install() -> None:
    """Make pdfplumber lay pages out with :class:`MarkedDevice` (a page already laid out is not redone)."""
    pdfplumber.page.PDFPageAggregatorWithMarkedContent = MarkedDevice  # type: ignore[misc]


def _plain(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def _beside(chars: list[dict], top: float, bottom: float) -> dict | None:
    """A character on the line a box stands on (its middle within the character's height), the one nearest in size."""
    mid = (top + bottom) / 2
    near = [c for c in chars if float(c["top"]) <= mid <= float(c["bottom"])]
    return max(near, key=lambda c: float(c["size"])) if near else None


def _char_for(span: Span, page: Any, chars: list[dict], usual: float) -> dict | None:
    """A character carrying a graphic's /ActualText where the graphic stands."""
    if span.box is None or span.text is None:
        return None
    x0, y0, x1, y1 = span.box
    height = float(page.height)
    top, bottom = height - y1, height - y0
    like = _beside(chars, top, bottom)
    letter = len(span.text) == 1 and span.text.isalpha()
    if like is not None and letter and bottom - top > TALLER * float(like["size"]):  # over lines: a drop cap
        like = None
    if like is not None:
        top, bottom, size = float(like["top"]), float(like["bottom"]), float(like["size"])
    else:  # type whose capitals are this tall, placed as a font's letter is (its foot a fifth under the line)
        size = (bottom - top) / CAP_HEIGHT
        top, bottom = bottom - 0.8 * size, bottom + 0.2 * size
    if size <= 0 or x1 <= x0 or (like is None and size > LARGEST * usual):  # a logo, a chart
        return None
    if like is None and letter:  # a drop cap reads on into its word:
        nxt = [float(c["x0"]) for c in chars if top <= float(c["top"]) <= bottom  # its ink ends short of its advance
               and 0 <= float(c["x0"]) - x1 <= 0.5 * size]
        x1 = min(nxt, default=x1)
    base = like or {"fontname": "ActualText", "upright": True, "non_stroking_color": (0,), "stroking_color": (0,)}
    return {**base, "object_type": "char", "text": span.text, "x0": x0, "x1": x1, "top": top, "bottom": bottom,
            "y0": height - bottom, "y1": height - top, "width": x1 - x0, "height": bottom - top, "size": size,
            "doctop": float(page.initial_doctop) + top, "adv": x1 - x0, "page_number": page.page_number,
            "matrix": (1, 0, 0, 1, x0, height - bottom), "upright": True}


def _parents(pdf: Any) -> dict[int, Any]:
    """The structure tree's parent tree (a page's /StructParents -> the elements of its MCIDs), read once a file."""
    cached = getattr(pdf, "_actual_text_parents", None)
    if cached is None:
        cached = {}
        root = resolve1(pdf.doc.catalog.get("StructTreeRoot"))
        tree = resolve1(root.get("ParentTree")) if isinstance(root, dict) else None
        if isinstance(tree, dict):
            cached = {int(k): v for k, v in NumberTree(tree).values if isinstance(k, int)}
        pdf._actual_text_parents = cached
    return cached


def _tree_texts(page: Any) -> dict[int, str]:
    """The /ActualText of the structure element that owns each of the page's MCIDs, where it has one."""
    key = resolve1(page.page_obj.attrs.get("StructParents"))
    owners = resolve1(_parents(page.pdf).get(key)) if isinstance(key, int) else None
    out: dict[int, str] = {}
    for mcid, ref in enumerate(owners if isinstance(owners, list) else []):
        owner = resolve1(ref)
        if isinstance(owner, dict) and "ActualText" in owner and (text := _spelt(owner["ActualText"])):
            out[mcid] = text
    return out


def _with_tree_texts(page: Any, spans: list[Span]) -> None:
    """Each MCID sequence that draws only graphics or only unmapped glyphs gets its owner's /ActualText."""
    wanted = [s for s in spans if s.text is None and ((s.box is not None and not s.drew)
                                                      or (s.chars and len(s.chars) == s.drew))]
    if not wanted:
        return
    try:
        texts = _tree_texts(page)
    except Exception:  # a damaged tree: the page as drawn
        return
    for span in wanted:
        span.text = texts.get(span.mcid) if span.mcid is not None else None


def with_actual_text(page: Any) -> Any:
    """The page with each /ActualText sequence's text in place of what it draws (module notes); the page itself
    when it has none. Call before the page's characters are read."""
    spans = getattr(page.layout, "actual_spans", None)
    if not spans:
        return page
    _with_tree_texts(page, spans)
    spans = [s for s in spans if s.text and len(s.text) <= MOST_CHARS and s.box is not None]
    if not spans:
        return page
    chars = page.chars
    left = float(page.mediabox[0])
    at: dict[tuple[float, float], list[dict]] = {}
    for c in chars:
        at.setdefault((round(float(c["x0"]) - left, 1), round(float(c["y0"]), 1)), []).append(c)
    out, added, spelt, usual = list(chars), [], 0, usual_size(chars)
    index = {id(c): i for i, c in enumerate(chars)}
    gone: set[int] = set()
    for span in spans:
        mine = [c for place in dict.fromkeys(span.chars) for c in at.get(place, [])]
        if not mine and not span.chars and not span.drew:
            if (c := _char_for(span, page, chars, usual)) is not None:
                added.append(c)
            continue
        if not mine or _plain("".join(c["text"] for c in mine)) == _plain(span.text or ""):
            continue
        tops = [float(c["top"]) for c in mine]
        if max(tops) - min(tops) > LINE_SLACK * float(mine[0]["size"]):  # over lines: a tool's tagging, not a glyph's
            continue
        first = min(mine, key=lambda c: float(c["x0"]))
        x1 = max(float(c["x1"]) for c in mine)
        out[index[id(first)]] = {**first, "text": span.text, "x1": x1, "width": x1 - float(first["x0"])}
        gone.update(id(c) for c in mine if c is not first)
        spelt += 1
    if not spelt and not added:
        return page
    objects = dict(page.objects)
    objects["char"] = [c for c in out if id(c) not in gone] + added
    page._objects = objects  # pdfplumber's own cache of the page's objects (Page.objects)
    return page
