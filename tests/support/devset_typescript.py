"""PDF writer for the fictional development set, layout ``typescript``: an older review (a Part 8 case review of the
1990s) as it survives today, a TYPEWRITTEN report scanned for publication, with a text layer in the typewriter's own
fixed-pitch face:

* every character set in Courier on a fixed pitch (:data:`TYPESCRIPT` ``pitch``), ragged right, one-and-a-half line
  spacing, two spaces typed after a full stop that ends a sentence (a reader sees one), no bold and no italic:
  headings are UNDERLINED instead (a drawn rule under the words), chapter headings centred, subheadings at the left;
* numbering ``single``: the number "12." typed at the left margin and the text beside it indented by a tab stop
  (every line of the paragraph starts at that tab stop), "-" bullets further in, "Recommendation N:" typed run in;
* words too long for the end of a line broken by hand with a hyphen ("safe-" / "guarding", recorded in
  ``hyphenated_words``; never on a page's last line), as a typist did;
* a title page typed in the middle of the page, a contents page whose entries are typed with dot leaders
  ("Introduction ....... 3"), the running title typed at the head of every later page and "- N -" centred at its foot;
* the look of a scan: an off-white page, a darker strip at the scanner's edge, two punched holes, specks of dirt,
  greyish ink and every line a little out of true (a fraction of a point up, down, left or right), all drawn
  deterministically; the glossary typed in two columns at the back.

Pages of every paragraph are known from the layout, which is done here line by line (no flowables)."""

from __future__ import annotations

import hashlib
import io
import re
from typing import Any

from . import devset_pdf as _pdf
from . import devset_render as _r

Block, FICTION_LABEL = _r.Block, _r.FICTION_LABEL

_PAGE_W, _PAGE_H = 595.2755905511812, 841.8897637795277  # A4 portrait
TYPESCRIPT: dict[str, float] = {
    "size": 11.0,
    "pitch": 6.6,  # Courier: 0.6 em per character
    "left": 72.0,
    "columns": 68,  # characters on a full line
    "tab": 6,  # characters: the tab stop for a paragraph's text
    "leading": 16.5,
    "first_baseline": _PAGE_H - 96.0,
    "last_baseline": 84.0,
}
FOOTER = "- N -"


def _wobble(key: str, span: float) -> float:
    """A deterministic offset in [-span, span] for a line or a speck."""
    h = int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:4], "big")
    return (h / 0xFFFFFFFF * 2 - 1) * span


def _words(text: str) -> list[tuple[str, int]]:
    """Words with the number of spaces typed after each: two after a sentence's full stop."""
    parts = text.split()
    out = []
    for i, w in enumerate(parts):
        nxt = parts[i + 1] if i + 1 < len(parts) else ""
        out.append((w, 2 if re.search(r"[a-z0-9)\"”][.?!][\"”]?$", w) and nxt[:1].isupper() else 1))
    return out


def _wrap(text: str, width: int, hyphenate: bool, soft: list[str]) -> list[str]:
    """Break text into typed lines of at most ``width`` characters; a word of :data:`devset_pdf._SHY_WORDS` that does
    not fit may be broken at its hyphenation point (the whole word goes to ``soft``)."""
    lines: list[str] = []
    line, gap = "", 0
    words = _words(text)
    i = 0
    while i < len(words):
        word, after = words[i]
        need = len(word) + (gap if line else 0)
        if len(line) + need <= width:
            line += (" " * gap if line else "") + word
            gap = after
            i += 1
            continue
        bare = word.strip(_r.PUNCT)
        if hyphenate and line and bare.lower() in _pdf._SHY_WORDS and word.startswith(bare[:1]):
            cut = _pdf._SHY_WORDS[bare.lower()].index("|")
            head = word[:cut] + "-"
            if len(line) + gap + len(head) <= width:
                lines.append(line + " " * gap + head)
                soft.append(bare)
                words[i] = (word[cut:], after)
                line, gap = "", 0
                continue
        if not line:
            raise ValueError(f"word too long for a typed line: {word!r}")
        lines.append(line)
        line, gap = "", 0
    if line:
        lines.append(line)
    return lines


class _Typist:
    """Places typed lines on pages, one baseline after another."""

    def __init__(self) -> None:
        self.pages: list[list[tuple[float, str, str]]] = [[]]  # (x in characters, text, kind) per line slot
        self.line = 0
        self.rules: list[list[tuple[int, float, int]]] = [[]]  # underlines: (line slot, x, characters)

    @property
    def capacity(self) -> int:
        t = TYPESCRIPT
        return int((t["first_baseline"] - t["last_baseline"]) / t["leading"]) + 1

    @property
    def page(self) -> int:
        return len(self.pages)

    def new_page(self) -> None:
        self.pages.append([])
        self.rules.append([])
        self.line = 0

    def room(self) -> int:
        return self.capacity - self.line

    def blank(self, n: int = 1) -> None:
        if self.line:
            self.line = min(self.capacity, self.line + n)

    def type(self, x: float, text: str, rule: bool = False) -> None:
        if self.room() <= 0:
            self.new_page()
        self.pages[-1].append((self.line, x, text))
        if rule:
            self.rules[-1].append((self.line, x, len(text)))
        self.line += 1


def render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Type one single-numbered report as a scanned typescript; return the PDF bytes and its expected entry."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    if report["numbering"] != "single":
        raise ValueError("the typescript layout renders single numbering")
    t = TYPESCRIPT
    cols, tab = int(t["columns"]), int(t["tab"])
    soft: list[str] = []

    def layout(contents_pages: dict[int, int]) -> tuple[_Typist, dict[str, list[int]], list[str], dict[int, int]]:
        ty = _Typist()
        soft.clear()
        # title page: typed in the middle of the page
        ty.line = 8
        for n, text in enumerate([report["title"], *_r.title_lines(report)]):
            for piece in _wrap(text, 56, False, []):
                ty.type((cols - len(piece)) // 2, piece, rule=n == 0)
            ty.blank(1 if n else 2)
        ty.new_page()
        ty.type(0, "Contents", rule=True)
        ty.blank()
        contents: list[str] = []
        for idx, b in enumerate(blocks):
            if b.kind == "heading" and b.level == 1:
                page = str(contents_pages.get(idx, 0))
                dots = cols - len(b.text) - len(page) - 2
                line = f"{b.text} {'.' * dots} {page}"
                contents.append(line)
                ty.type(0, line)
                ty.blank()
        ty.new_page()
        records: dict[str, list[int]] = {}
        heading_pages: dict[int, int] = {}

        def lines_out(key: str | None, items: list[list[tuple[float, str]]]) -> None:
            """Type lines made of segments (x in characters, text); a hand-hyphenated line never ends a page."""
            for n, segments in enumerate(items):
                if ty.room() <= 0 or (ty.room() == 1 and segments[-1][1].endswith("-") and n + 1 < len(items)):
                    ty.new_page()
                for x, text in segments:
                    ty.pages[-1].append((ty.line, x, text))
                ty.line += 1
                if key:
                    rec = records.setdefault(key, [ty.page, ty.page])
                    rec[1] = ty.page

        for idx, b in enumerate(blocks):
            if b.kind == "heading":
                ty.blank(2 if b.level == 1 else 1)
                if ty.room() < 5:
                    ty.new_page()
                ty.type((cols - len(b.text)) // 2 if b.level == 1 else 0, b.text, rule=True)
                heading_pages[idx] = ty.page
                ty.blank()
            elif b.kind == "unnumbered":
                lines_out(b.key, [[(0, x)] for x in _wrap(b.text, cols, True, soft)])
                ty.blank()
            elif b.kind in ("para", "factor"):
                if ty.room() < 2:
                    ty.new_page()
                body = [[(tab, x)] for x in _wrap(b.text, cols - tab, True, soft)]
                body[0].insert(0, (0, f"{b.label}."))
                lines_out(b.key, body)
                for bullet in b.bullets:
                    lines = [[(tab + 3, x)] for x in _wrap(bullet, cols - tab - 3, True, soft)]
                    lines[0].insert(0, (tab, "-"))
                    lines_out(b.key, lines)
                ty.blank()
            elif b.kind == "rec":
                lines_out(b.key, [[(0, x)] for x in _wrap(f"{b.label}: {b.text}", cols, True, soft)])
                ty.blank()
            elif b.kind == "glossary":
                for abbr, meaning in b.rows:
                    lines = [[(12, x)] for x in _wrap(meaning, cols - 12, False, [])]
                    lines[0].insert(0, (0, abbr))
                    if ty.room() < len(lines):
                        ty.new_page()
                    lines_out(None, lines)
                    ty.blank()
        return ty, records, contents, heading_pages

    pages: dict[int, int] = {}
    for _ in range(4):
        ty, records, contents, heading_pages = layout(pages)
        if heading_pages == pages:
            break
        pages = heading_pages
    else:
        raise RuntimeError("typescript layout did not stabilise")
    total = ty.page

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(report["title"])
    c.setAuthor(report["publisher"])
    c.setSubject(FICTION_LABEL)
    c.setCreator("Sedgeholm records office scanning bureau (fictional)")
    for number, (lines, rules) in enumerate(zip(ty.pages, ty.rules, strict=True), start=1):
        key = f"{report['id']}:{number}"
        c.setFillColorRGB(0.965, 0.955, 0.925)
        c.rect(0, 0, _PAGE_W, _PAGE_H, stroke=0, fill=1)
        c.setFillColorRGB(0.80, 0.79, 0.76)
        c.rect(0, 0, 7 + _wobble(key + "edge", 2), _PAGE_H, stroke=0, fill=1)
        c.setFillColorRGB(0.86, 0.85, 0.82)
        for y in (_PAGE_H / 2 + 100, _PAGE_H / 2 - 100):
            c.circle(24, y, 7, stroke=0, fill=1)
        c.setFillColorRGB(0.55, 0.55, 0.53)
        for n in range(36):
            x = _PAGE_W / 2 + _wobble(f"{key}:x{n}", _PAGE_W / 2 - 10)
            y = _PAGE_H / 2 + _wobble(f"{key}:y{n}", _PAGE_H / 2 - 10)
            c.circle(x, y, 0.3 + abs(_wobble(f"{key}:r{n}", 0.5)), stroke=0, fill=1)
        ink = 0.16 + _wobble(key + "ink", 0.04)
        c.setFillColorRGB(ink, ink, ink)
        c.setStrokeColorRGB(ink, ink, ink)
        c.setFont("Courier", t["size"])
        if number > 1:
            c.drawString(t["left"] + _wobble(key + "head", 0.5), _PAGE_H - 54, report["running_title"])
            foot = FOOTER.replace("N", str(number))
            c.drawString(t["left"] + (cols - len(foot)) // 2 * t["pitch"], 44, foot)
        for slot, x, text in sorted(lines, key=lambda e: (e[0], e[1])):
            dx, dy = _wobble(f"{key}:{slot}:dx", 0.6), _wobble(f"{key}:{slot}:dy", 0.35)
            y = t["first_baseline"] - slot * t["leading"] + dy
            c.drawString(t["left"] + x * t["pitch"] + dx, y, text)
        c.setLineWidth(0.6)
        for slot, x, n in rules:
            dx, dy = _wobble(f"{key}:{slot}:dx", 0.6), _wobble(f"{key}:{slot}:dy", 0.35)
            y = t["first_baseline"] - slot * t["leading"] + dy - 2.2
            c.line(t["left"] + x * t["pitch"] + dx, y, t["left"] + (x + n) * t["pitch"] + dx, y)
        c.showPage()
    c.save()
    entries = []
    for b in blocks:
        if b.key:
            start, end = records[b.key]
            entries.append(_r.entry(b, start, end > start))
    result = _r.expected(output, blocks, page_count=total, paragraphs=entries,
                         running_header_lines=[report["running_title"], FOOTER], contents_lines=contents,
                         hyphenated_words=list(dict.fromkeys(soft)), broken_compounds=[])
    return buf.getvalue(), result
