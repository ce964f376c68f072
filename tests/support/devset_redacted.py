"""PDF writer for the fictional development set, layout ``redacted``: a review exported from Word and then REDACTED in
Acrobat for publication (producer "Adobe Acrobat Pro (64-bit) 23.8.20470", the creator Word's), as partnerships publish
reviews whose family members, workers and streets may not be named:

* names and places UNDER BLACK BOXES with the text beneath REMOVED: a run of "█" in reports.yaml (one "█" a letter
  taken out, punctuation after it kept) is printed as a filled black rectangle as wide as the letters were and
  nothing is left in the text under it, so that a reader's text has only a gap there ("told her aunt, , that she");
  expected.json ``redaction_boxes`` counts them;
* "[redacted]" typed where the author replaced a name before export: printed as ordinary text;
* WHOLE PARAGRAPHS WITHHELD but still numbered: the paragraph's text in reports.yaml is exactly
  :data:`WITHHELD` and is printed so beside its number (expected.json ``withheld_paragraphs``); such a paragraph
  answers nothing;
* a stamp "REDACTED VERSION FOR PUBLICATION" in red on the title page and "Redacted" at the foot of every page beside
  "Page N of M";
* Word's page underneath: A4, justified Vera 10.5 pt with Word's hyphenation, numbering ``two-level`` with "3.12"
  hanging in bold at the left margin and the text at a hanging indent, "•" bullets, the chapters running on,
  "Recommendation N:" run in, contents with dot leaders, the running title at the top right, a glossary table at the
  back (:mod:`devset_ocrscan`'s ``lay_out``); each line's words drawn as one string with word spacing between the
  boxes."""

from __future__ import annotations

import io
import re
from typing import Any

from . import devset_ocrscan as _o
from . import devset_printer as _p
from . import devset_render as _r

Block, FICTION_LABEL = _r.Block, _r.FICTION_LABEL

_PAGE_W, _PAGE_H = _p._PAGE_W, _p._PAGE_H
PRODUCER = "Adobe Acrobat Pro (64-bit) 23.8.20470"
CREATOR = "Microsoft® Word for Microsoft 365"
WITHHELD = "[This paragraph has been redacted]"
STAMP = "REDACTED VERSION FOR PUBLICATION"
_BOX = "DevsetVeraX"  # the body face under another name: a token standing for letters taken out
_BOX_RE = re.compile(r"^(\W*?)(█+)(\W*)$")


def footer(page: int | str, total: int | str) -> str:
    return f"Redacted Page {page} of {total}"


def _fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    _p._fonts()
    if _BOX not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(_BOX, "Vera.ttf"))


def _tokens(text: str, kind: str) -> list[tuple[str, str]]:
    out = []
    for word in text.split():
        m = _BOX_RE.match(word)
        if "█" in word and not m:
            raise ValueError(f"a redaction box inside a word: {word!r}")
        out.append((f"{m.group(1)}{'n' * len(m.group(2))}{m.group(3)}", _BOX) if m else (word, _p._REG))
    return out


def render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Lay out one review as Word would, then draw it as Acrobat leaves it after redaction; return bytes and expected
    entry."""
    from reportlab.pdfgen import canvas as _canvas

    if report["numbering"] != "two-level":
        raise ValueError("the redacted layout renders two-level numbering")
    for b in blocks:
        words = " ".join([b.text, *b.bullets]).split()
        if "█" in " ".join(words[:8] + words[-3:]):
            raise ValueError(f"a redaction box among the first eight or last three words of {b.label or b.text[:30]!r}")
    _fonts()
    setter, _heads, contents, total = _o.lay_out(report, blocks, _tokens, label_font=_p._BOLD, gap=12.0)
    for n, page in enumerate(setter.pages[1:], start=2):  # the lay-out's footer, replaced by the redacted one
        page.runs = [r for r in page.runs if abs(r.y - _p.PRINTER["footer_y"]) > 0.5]
        foot = footer(n, total)
        page.runs += _p._words(foot, 8.5, (_PAGE_W - _p._w(foot, _p._REG, 8.5)) / 2, _p.PRINTER["footer_y"])
    buf = io.BytesIO()
    canv = _canvas.Canvas(buf, pagesize=(_PAGE_W, _PAGE_H), bottomup=0, invariant=1)
    canv.setTitle(report["title"])
    canv.setAuthor(report["publisher"])
    canv.setSubject("Redacted for publication")
    canv.setCreator(CREATOR)
    canv.setProducer(PRODUCER)
    boxes = 0
    for n, page in enumerate(setter.pages, start=1):
        canv.setLineWidth(0.5)
        for x0, y0, x1, y1 in page.rules:
            canv.line(x0, y0, x1, y1)
        lines: dict[tuple[float, float], list[Any]] = {}
        for run in page.runs:
            lines.setdefault((round(run.y, 2), run.size), []).append(run)
        for (y, size), line in sorted(lines.items()):
            line.sort(key=lambda r: r.x)
            segment: list[Any] = []

            def flush(segment: list[Any] = segment, y: float = y, size: float = size) -> None:
                if not segment:
                    return
                text = canv.beginText()
                text.setTextOrigin(segment[0].x, y)
                for k, run in enumerate(segment):
                    text.setFont(run.font if run.font != _BOX else _p._REG, size)
                    if k:
                        gap = run.x - (segment[k - 1].x + _p._w(segment[k - 1].text, segment[k - 1].font, size))
                        text.setCharSpace(0)
                        text.setWordSpace(gap - _p._w(" ", run.font if run.font != _BOX else _p._REG, size))
                        text.textOut(" ")
                        text.setWordSpace(0)
                    text.textOut(run.text)
                canv.drawText(text)
                segment.clear()

            for run in line:
                if run.font == _BOX:
                    flush()
                    m = _BOX_RE.match(run.text.replace("n", "█")) if set(run.text.strip(_r.PUNCT)) == {"n"} else None
                    lead, letters, tail = (m.group(1), m.group(2), m.group(3)) if m else ("", run.text, "")
                    x = run.x
                    if lead:
                        canv.setFont(_p._REG, size)
                        canv.drawString(x, y, lead)
                        x += _p._w(lead, _p._REG, size)
                    w = _p._w("n" * len(letters), _p._REG, size)
                    canv.setFillColorRGB(0, 0, 0)
                    canv.rect(x - 0.5, y - size * 0.8, w + 1.0, size * 1.05, stroke=0, fill=1)
                    boxes += 1
                    if tail:
                        segment.append(_p._Run(tail, _p._REG, size, x + w, y, "body"))
                    continue
                segment.append(run)
            flush()
        if n == 1:
            canv.setFillColorRGB(0.75, 0.1, 0.1)
            canv.setFont(_p._BOLD, 12.0)
            canv.drawString(_p.PRINTER["left"], 200.0, STAMP)
            canv.setFillColorRGB(0, 0, 0)
        canv.showPage()
    canv.save()
    entries = []
    for b in blocks:
        if b.key:
            start, end = setter.records[b.key]
            entries.append(_r.entry(b, start, end > start))
    result = _r.expected(output, blocks, page_count=total, paragraphs=entries,
                         running_header_lines=[report["running_title"], footer("N", total)], contents_lines=contents,
                         hyphenated_words=list(dict.fromkeys(w for kind, w in setter.events if kind == "soft")),
                         broken_compounds=list(dict.fromkeys(w for kind, w in setter.events if kind == "hard")))
    result["redaction_boxes"] = boxes
    result["withheld_paragraphs"] = [b.label for b in blocks if b.label and b.text == WITHHELD]
    result["placeholders"] = sum(b.text.count("[redacted]") for b in blocks)
    return buf.getvalue(), result
