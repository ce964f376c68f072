"""PDF writer for the fictional development set, layout ``markup``: a DRAFT review printed from Word with "Show Markup"
on (Review > Simple/All Markup, the default balloons setting "Show only comments and formatting in balloons") and
published by mistake in place of the clean copy, as happens:

* every PDF page is an A4 sheet holding the document's page SHRUNK (:data:`MARKUP` ``scale``) to make room for the
  MARKUP PANE down its right-hand side, which Word prints beside the page: reviewers' comment balloons ("Commented
  [AR1]: ...", the commenter's initials and the comment's number) and formatting balloons ("Formatted: Highlight"),
  each tied to its place in the text by a dashed connector; the lower part of the sheet is left empty;
* tracked changes are shown INLINE in the reviser's colour: inserted words underlined (they are the review's text),
  deleted words struck through (they are not); one whole paragraph deleted, its typed number struck, and the typed
  numbers of the paragraphs after it in its chapter changed by tracked changes, the old number struck and the new one
  underlined beside it ("3.8" struck, "3.7" underlined, so that extracted text reads "3.83.7 ..."); one paragraph
  inserted whole, number and all; a change bar in the left margin beside every changed line; the commented words
  shaded in the commenter's colour;
* the header's "DRAFT" WATERMARK set diagonally across every page after the first, in pale grey behind the text;
* numbering ``two-level``: "3.12" typed at the left margin, a tab, the text at a hanging indent, chapter headings "3
  What happened" and subheadings in bold, "•" bullets, "Recommendation N:" in bold run in; ragged right in Bitstream
  Vera with Word's hyphenation ("safe-" / "guarding", ``hyphenated_words``; compounds at their own hyphen,
  ``broken_compounds``), never on a page's last line and never inside a changed word; widow and orphan control, headings
  kept with the next lines; the running title in the header, the draft's status and "Page N of M" in the footer, a
  contents page with dot leaders, the glossary at the back.

The review reads with every change ACCEPTED: inserted text in, deleted text out. ``expected.json`` adds
``deleted_text`` (the struck words and the deleted paragraph, in document order), ``inserted_text`` (the underlined
phrases and the paragraph inserted whole), ``renumbered`` ({paragraph, was}), ``comments`` (each balloon's text,
"Commented [AR1]: ..."), ``formatting`` ("Formatted: ...") and ``watermark``: none of them except the inserted text is
text of the review. reports.yaml takes ``revisions`` and ``comments`` as for the ``tracked`` layout
(:mod:`devset_tracked`) and ``formatting`` ({after: the formatted phrase, text}); the output's ``draft`` is the footer's
status line and its ``watermark`` the word across the page."""

from __future__ import annotations

import io
import re
from typing import Any

from . import devset_linenumbers as _ln
from . import devset_pdf as _pdf
from . import devset_render as _r

Block, FICTION_LABEL = _r.Block, _r.FICTION_LABEL

SHEET_W, SHEET_H = 595.2755905511812, 841.8897637795277  # A4 portrait
DOC_W, DOC_H = SHEET_W, SHEET_H  # the document's own page, before Word shrinks it
PANE_W = 230.0  # the markup pane, in the document's units
SCALE = SHEET_W / (DOC_W + PANE_W)
DOC: dict[str, float] = {  # the document's page, in its own units (points before scaling)
    "size": 10.0,
    "leading": 14.0,
    "left": 72.0,
    "right": DOC_W - 72.0,
    "hang": 50.0,  # text of a numbered paragraph, from the left margin (room for a struck and a new number)
    "bullet": 50.0,  # the "•", from the left margin
    "bullet_text": 64.0,
    "first_baseline": DOC_H - 92.0,
    "last_baseline": 84.0,
    "after": 6.0,
    "header_y": DOC_H - 48.0,
    "footer_y": 44.0,
    "bar_x": 58.0,  # change bars
    "strike_rise": 3.1,  # a deletion's line, above the baseline
    "underline_drop": 1.7,  # an insertion's line, below the baseline
    "connector_drop": 3.0,  # a balloon's connector, below the baseline
}
_TOP = SHEET_H - DOC_H * SCALE  # the sheet's y (from the bottom) where the shrunk page ends
MARKUP: dict[str, float] = {  # the same, as pdfplumber measures the sheet (x from the left, y from the top)
    "scale": SCALE,
    "pane_x": DOC_W * SCALE,  # everything right of this is the markup pane
    "left": DOC["left"] * SCALE,
    "text_x": (DOC["left"] + DOC["hang"]) * SCALE,
    "bar_x": DOC["bar_x"] * SCALE,
    "body_top": (DOC_H - DOC["header_y"] + 14) * SCALE,  # below the header
    "body_bottom": (DOC_H - DOC["footer_y"] - 14) * SCALE,  # above the footer
    "page_bottom": DOC_H * SCALE,  # below this the sheet is empty
}
HEADINGS = {1: (13.0, 19.0, 12.0), 2: (11.0, 16.0, 6.0)}  # level: size, leading, space before
CREATOR = PRODUCER = "Microsoft® Word for Microsoft 365"
FONT, BOLD = "DevsetVera", "DevsetVeraBd"
REVISER = (0.72, 0.11, 0.11)  # every tracked change is by the lead reviewer: Word's first author colour
AUTHOR_COLOURS = [((0.72, 0.11, 0.11), (0.98, 0.87, 0.87)), ((0.10, 0.33, 0.70), (0.86, 0.91, 0.98)),
                  ((0.09, 0.48, 0.20), (0.87, 0.95, 0.88))]  # (ink, shading) for the 1st, 2nd, 3rd commenter
FORMAT_COLOURS = ((0.45, 0.45, 0.45), (0.94, 0.94, 0.94))
HIGHLIGHT = (1.0, 0.95, 0.35)
BALLOON_SIZE = 8.0


def _once(text: str, phrase: str) -> int:
    if text.count(phrase) != 1:
        raise ValueError(f"phrase {phrase!r} must occur exactly once in its paragraph")
    return text.index(phrase)


def initials(name: str) -> str:
    return "".join(w[0] for w in name.split())


class _Pages:
    """Document pages of placed lines, with the interface :func:`devset_linenumbers._place` expects."""

    def __init__(self) -> None:
        self.pages: list[list[tuple[float, Any]]] = [[]]
        self.y = DOC["first_baseline"]
        self.top = True

    @property
    def page(self) -> int:
        return len(self.pages)

    def new_page(self) -> None:
        self.pages.append([])
        self.y, self.top = DOC["first_baseline"], True

    def room(self, leading: float) -> int:
        return max(0, int((self.y - DOC["last_baseline"]) // leading) + 1)

    def put(self, payload: Any, leading: float, numbered: bool = True) -> None:
        del numbered
        self.pages[-1].append((self.y, payload))
        self.y -= leading
        self.top = False

    def space(self, points: float) -> None:
        if not self.top:
            self.y -= points


class _Shown:
    """A paragraph as the markup shows it: the displayed characters, each with its kind ("", "ins" or "del"), and the
    marked ranges (comments, formatting) over them."""

    def __init__(self, text: str, kind: str = "") -> None:
        self.text, self.kinds = text, [kind] * len(text)
        self.marks: list[tuple[int, int, int]] = []  # (start, end, note index)
        self.highlights: list[tuple[int, int]] = []

    @classmethod
    def build(cls, text: str, kind: str, ins: list[str], dels: list[dict[str, str]],
              notes: list[tuple[int, str, bool]]) -> _Shown:
        """``text`` is the accepted text; ``ins`` its phrases shown inserted, ``dels`` words shown deleted before a
        phrase, ``notes`` (note index, phrase, highlighted) the ranges that balloons point at."""
        kinds = [kind] * len(text)
        for phrase in ins:
            at = _once(text, phrase)
            kinds[at:at + len(phrase)] = ["ins"] * len(phrase)
        spliced: dict[int, str] = {}
        for d in dels:
            spliced[_once(text, d["before"])] = " ".join(d["text"].split()) + " "
        out, out_kinds, where = [], [], []
        for i, ch in enumerate(text + "\0"):
            if i in spliced:
                out.append(spliced[i])
                out_kinds += ["del"] * len(spliced[i])
            where.append(sum(len(x) for x in out))
            if i < len(text):
                out.append(ch)
                out_kinds.append(kinds[i])
        shown = cls("".join(out))
        shown.kinds = out_kinds
        for index, phrase, lit in notes:
            at = _once(text, phrase)
            start, end = where[at], where[at + len(phrase) - 1] + 1
            shown.marks.append((start, end, index))
            if lit:
                shown.highlights.append((start, end))
        return shown


def wrap_shown(shown: _Shown, font: str, size: float, first: float, width: float, soft: list[str],
               hard: list[str]) -> list[tuple[int, int, bool, bool]]:
    """Break a shown paragraph into lines (start, end, hyphen added, ends with a break hyphen), measured in ``font``;
    a word wholly of the review's own unchanged text may be hyphenated as :func:`devset_linenumbers.wrap` does."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    s = shown.text
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", s)]
    lines: list[tuple[int, int, bool, bool]] = []
    start: int | None = None
    end = 0
    i = 0
    while i < len(words):
        avail = first if not lines else width
        ws, we = words[i]
        a = ws if start is None else start
        if stringWidth(s[a:we], font, size) <= avail:
            start, end, i = a, we, i + 1
            continue
        word = s[ws:we]
        bare = word.strip(_r.PUNCT)
        plain = all(k == "" for k in shown.kinds[ws:we])
        if start is not None and plain and word.startswith(bare[:1]):
            cut, into, added = None, soft, True
            if bare.lower() in _pdf._SHY_WORDS:
                cut = _pdf._SHY_WORDS[bare.lower()].index("|")
            elif bare.count("-") == 1 and not bare.startswith("-"):
                cut, into, added = bare.index("-") + 1, hard, False
            if cut is not None and stringWidth(s[start:ws + cut] + ("-" if added else ""), font, size) <= avail:
                lines.append((start, ws + cut, added, True))
                into.append(bare)
                words[i] = (ws + cut, we)
                start = None
                continue
        if start is None:
            raise ValueError(f"word too wide for a line: {word!r}")
        lines.append((start, end, False, False))
        start = None
    if start is not None:
        lines.append((start, end, False, False))
    return lines


def render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Lay out one two-level report as a Word draft with its markup showing, printed to PDF."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    if report["numbering"] != "two-level":
        raise ValueError("the markup layout renders two-level numbering")
    _pdf._bullet_font()
    t = DOC
    size, leading, left, right = t["size"], t["leading"], t["left"], t["right"]
    full, hang = right - left, t["hang"]
    draft, watermark = str(output["draft"]), str(output["watermark"])
    revisions = report.get("revisions", {})

    def home(phrase: str) -> int:
        found = [i for i, b in enumerate(blocks) if b.kind in ("unnumbered", "para", "factor", "rec")
                 and phrase in b.text]
        if len(found) != 1:
            raise ValueError(f"phrase {phrase!r} must be in exactly one paragraph, found {len(found)}")
        return found[0]

    ins: dict[int, list[str]] = {}
    for phrase in revisions.get("insert", []):
        ins.setdefault(home(phrase), []).append(phrase)
    dels: dict[int, list[dict[str, str]]] = {}
    for d in revisions.get("delete", []):
        dels.setdefault(home(d["before"]), []).append(d)
    gone = {home(d["after"]): " ".join(d["text"].split()) for d in revisions.get("paragraphs", [])}
    whole = {home(start) for start in revisions.get("inserted", [])}
    if any(blocks[i].kind != "para" for i in set(gone) | whole):
        raise ValueError("whole paragraphs deleted or inserted must be plain numbered paragraphs")
    # balloons: comments by their author, then formatting notes; Word numbers comments in document order
    notes: list[dict[str, Any]] = []
    authors: list[str] = []
    for c in report.get("comments", []):
        author, _, body = " ".join(c["text"].split()).partition(": ")
        if author not in authors:
            authors.append(author)
        notes.append({"block": home(c["after"]), "phrase": c["after"], "author": author, "body": body})
    for f in report.get("formatting", []):
        notes.append({"block": home(f["after"]), "phrase": f["after"], "format": " ".join(f["text"].split())})
    order = sorted(range(len(notes)), key=lambda n: (notes[n]["block"], blocks[notes[n]["block"]].text.index(
        notes[n]["phrase"])))
    number = 0
    for n in order:
        note = notes[n]
        if "author" in note:
            number += 1
            note["head"] = f"Commented [{initials(note['author'])}{number}]:"
            note["colours"] = AUTHOR_COLOURS[authors.index(note["author"]) % len(AUTHOR_COLOURS)]
        else:
            note["head"] = "Formatted:"
            note["body"] = note["format"]
            note["colours"] = FORMAT_COLOURS
        note["shown"] = f"{note['head']} {note['body']}"
    by_block: dict[int, list[tuple[int, str, bool]]] = {}
    for n, note in enumerate(notes):
        by_block.setdefault(note["block"], []).append((n, note["phrase"], note.get("format") == "Highlight"))

    # typed numbers before and after the changes: a deleted paragraph's number is struck, and the numbers after it in
    # its chapter change (old struck, new underlined); a paragraph inserted whole changes the numbers after it too
    old_label: dict[int, str] = {}
    gone_label: dict[int, str] = {}
    chapter, k_old = "", 0
    for i, b in enumerate(blocks):
        if b.kind == "heading" and b.major:
            k_old = 0
        if b.kind in ("para", "factor"):
            chapter = b.label.split(".")[0]
            if i not in whole:
                k_old += 1
                old_label[i] = f"{chapter}.{k_old}"
            if i in gone:
                k_old += 1
                gone_label[i] = f"{chapter}.{k_old}"
    renumbered = [{"paragraph": blocks[i].label, "was": old} for i, old in old_label.items() if old != blocks[i].label]

    soft: list[str] = []
    hard: list[str] = []

    def lines_of(shown: _Shown, x0: float, first_x: float, width_first: float, width: float,
                 label: list[tuple[str, str, str]] | None = None) -> list[tuple[Any, bool]]:
        """Placed-line payloads for a shown paragraph: first line from ``first_x``, the others from ``x0``; ``label``
        (text, kind, font) runs drawn at the left margin of the first line."""
        out = []
        for n, (a, b, added, broke) in enumerate(wrap_shown(shown, FONT, size, width_first, width, soft, hard)):
            out.append(({"shown": shown, "span": (a, b, added), "x": first_x if n == 0 else x0,
                         "label": label if n == 0 else None, "font": FONT, "size": size}, broke))
        return out

    def plain(text: str, x: float, font: str, fsize: float) -> dict[str, Any]:
        shown = _Shown(text)
        return {"shown": shown, "span": (0, len(text), False), "x": x, "label": None, "font": font, "size": fsize}

    def layout(contents_pages: dict[int, int]) -> tuple[_Pages, dict[str, list[int]], list[str], dict[int, int]]:
        pages = _Pages()
        soft.clear()
        hard.clear()
        pages.y = DOC_H - 250
        for piece, _ in _ln.wrap(report["title"], BOLD, 18, full, full):
            pages.put(plain(piece, (DOC_W - stringWidth(piece, BOLD, 18)) / 2, BOLD, 18), 26)
        pages.y -= 30
        for text in _r.title_lines(report):
            for piece, _ in _ln.wrap(text, FONT, 11, full, full):
                pages.put(plain(piece, (DOC_W - stringWidth(piece, FONT, 11)) / 2, FONT, 11), 15)
            pages.y -= 12
        pages.new_page()
        pages.put(plain("Contents", left, BOLD, 13), 28)
        contents: list[str] = []
        for idx, b in enumerate(blocks):
            if b.kind == "heading" and b.level == 1:
                page = str(contents_pages.get(idx, 0))
                dots = int((full - stringWidth(f"{b.text}  {page}", FONT, size)) // stringWidth(".", FONT, size)) - 2
                line = f"{b.text} {'.' * dots} {page}"
                contents.append(line)
                pages.put(plain(line, left, FONT, size), 20)
        pages.new_page()
        records: dict[str, list[int]] = {}
        heading_pages: dict[int, int] = {}
        for idx, b in enumerate(blocks):
            if b.kind == "heading":
                hsize, hlead, before = HEADINGS[b.level]
                pages.space(before)
                lines = _ln.wrap(b.text, BOLD, hsize, full, full)
                if pages.room(leading) < len(lines) + 3:  # keep with the next lines
                    pages.new_page()
                for piece, _ in lines:
                    pages.put(plain(piece, left, BOLD, hsize), hlead)
                heading_pages[idx] = pages.page
                pages.y -= 2
            elif b.kind == "glossary":
                pages.space(4)
                for abbr, meaning in b.rows:
                    rows = _ln.wrap(meaning, FONT, size - 1, full - 110, full - 110)
                    if pages.room(leading - 1) < len(rows):
                        pages.new_page()
                    for n, (piece, _) in enumerate(rows):
                        payload = plain(piece, left + 110, FONT, size - 1)
                        if n == 0:
                            payload["label"] = [(abbr, "", BOLD)]
                        pages.put(payload, leading - 1)
                    pages.y -= 4
            elif b.kind == "unnumbered":
                shown = _Shown.build(b.text, "", ins.get(idx, []), dels.get(idx, []), by_block.get(idx, []))
                _ln._place(pages, lines_of(shown, left, left, full, full), leading)
                pages.space(t["after"])
            elif b.kind in ("para", "factor"):
                kind = "ins" if idx in whole else ""
                shown = _Shown.build(b.text, kind, ins.get(idx, []), dels.get(idx, []), by_block.get(idx, []))
                if idx in whole:
                    label = [(b.label, "ins", FONT)]
                elif old_label[idx] != b.label:
                    label = [(old_label[idx], "del", FONT), (b.label, "ins", FONT)]
                else:
                    label = [(b.label, "", FONT)]
                lines = lines_of(shown, left + hang, left + hang, full - hang, full - hang, label)
                for bullet in b.bullets:
                    rows = lines_of(_Shown(bullet, kind), left + t["bullet_text"], left + t["bullet_text"],
                                    full - t["bullet_text"], full - t["bullet_text"],
                                    [("\u2022", kind, FONT)])
                    rows[0][0]["label_x"] = left + t["bullet"]
                    lines += rows
                records[b.key] = list(_ln._place(pages, lines, leading))
                pages.space(t["after"])
                if idx in gone:  # the deleted paragraph after this one, all of it struck
                    dead = _Shown(gone[idx], "del")
                    _ln._place(pages, lines_of(dead, left + hang, left + hang, full - hang, full - hang,
                                               [(gone_label[idx], "del", FONT)]), leading)
                    pages.space(t["after"])
            elif b.kind == "rec":
                shown = _Shown.build(b.text, "", ins.get(idx, []), dels.get(idx, []), by_block.get(idx, []))
                gap = stringWidth(f"{b.label}: ", BOLD, size) + 3  # Word's space after a bold label, a little wider
                records[b.key] = list(_ln._place(pages, lines_of(shown, left, left + gap, full - gap, full,
                                                                 [(f"{b.label}:", "", BOLD)]), leading))
                pages.space(t["after"])
        return pages, records, contents, heading_pages

    folios: dict[int, int] = {}
    for _ in range(4):
        pages, records, contents, heading_pages = layout(folios)
        if heading_pages == folios:
            break
        folios = heading_pages
    else:
        raise RuntimeError("markup layout did not stabilise")
    total = pages.page
    footer = f"{draft} Page N of {total}"

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(SHEET_W, SHEET_H), invariant=1)
    c.setTitle(report["title"])
    c.setAuthor(report["publisher"])
    c.setSubject(FICTION_LABEL)
    c.setCreator(CREATOR)
    c.setProducer(PRODUCER)

    def hline(x0: float, x1: float, y: float, colour: tuple[float, float, float], width: float = 0.6,
              dash: bool = False) -> None:
        c.setStrokeColorRGB(*colour)
        c.setLineWidth(width)
        if dash:
            c.setDash(2, 2)
        c.line(x0, y, x1, y)
        c.setDash()

    for number, placed in enumerate(pages.pages, start=1):
        c.saveState()
        c.translate(0, _TOP)
        c.scale(SCALE, SCALE)
        c.setFillColorRGB(0.965, 0.965, 0.965)  # the markup pane
        c.rect(DOC_W, 0, PANE_W, DOC_H, stroke=0, fill=1)
        if number > 1:  # the header's watermark, behind the text
            c.saveState()
            c.setFillColorRGB(0.88, 0.88, 0.88)
            c.translate(DOC_W / 2, DOC_H / 2)
            c.rotate(45)
            c.setFont(BOLD, 120)
            c.drawCentredString(0, -40, watermark)
            c.restoreState()
            c.setFillColorRGB(0.3, 0.3, 0.3)
            c.setFont(FONT, 8.5)
            c.drawString(left, t["header_y"], report["running_title"])
            c.drawString(left, t["footer_y"], draft)
            c.drawRightString(right, t["footer_y"], f"Page {number} of {total}")
        anchors: list[tuple[float, float, int]] = []  # (x, baseline, note index)
        for y, payload in placed:
            shown, (a, b, added) = payload["shown"], payload["span"]
            font, fsize, x0 = payload["font"], payload["size"], payload["x"]
            text = shown.text[a:b] + ("-" if added else "")
            kinds = shown.kinds[a:b] + ([""] if added else [])

            def x_at(j: int, text: str = text, x0: float = x0, font: str = font, fsize: float = fsize) -> float:
                return x0 + stringWidth(text[:j], font, fsize)

            for hs, he in shown.highlights:  # shading first, behind the words
                s0, s1 = max(hs, a) - a, min(he, b) - a
                if s0 < s1:
                    c.setFillColorRGB(*HIGHLIGHT)
                    c.rect(x_at(s0), y - 2.5, x_at(s1) - x_at(s0), fsize + 2, stroke=0, fill=1)
            for ms, me, n in shown.marks:
                s0, s1 = max(ms, a) - a, min(me, b) - a
                if s0 < s1 and "author" in notes[n]:
                    c.setFillColorRGB(*notes[n]["colours"][1])
                    c.rect(x_at(s0), y - 2.5, x_at(s1) - x_at(s0), fsize + 2, stroke=0, fill=1)
                if a < me <= b:
                    anchors.append((x_at(me - a), y, n))
            changed = any(kinds)
            runs: list[tuple[float, str, str, str]] = []  # (x, text, kind, font)
            if payload["label"]:
                lx = payload.get("label_x", left)
                for label, kind, lfont in payload["label"]:
                    runs.append((lx, label, kind, lfont))
                    lx += stringWidth(label, lfont, fsize)
                    changed = changed or bool(kind)
            j = 0
            while j < len(text):
                k = j
                while k < len(text) and kinds[k] == kinds[j]:
                    k += 1
                runs.append((x_at(j), text[j:k], kinds[j], font))
                j = k
            for x, piece, kind, rfont in runs:
                c.setFillColorRGB(*(REVISER if kind else (0, 0, 0)))
                c.setFont(rfont, fsize)
                c.drawString(x, y, piece)
                x1 = x + stringWidth(piece, rfont, fsize)
                if kind == "ins" and piece.strip():
                    hline(x, x1, y - t["underline_drop"], REVISER)
                elif kind == "del" and piece.strip():
                    hline(x, x1, y + t["strike_rise"], REVISER)
            if changed:
                c.setStrokeColorRGB(0, 0, 0)
                c.setLineWidth(0.8)
                c.line(t["bar_x"], y - 3, t["bar_x"], y + fsize)
        # balloons, each level with its anchor's line or pushed down below the one before
        floor = DOC_H
        for ax, ay, n in sorted(anchors, key=lambda x: -x[1]):
            note = notes[n]
            ink, shade = note["colours"]
            bx, bw = DOC_W + 12, PANE_W - 22
            rows = _ln.wrap(note["shown"], BOLD, BALLOON_SIZE, bw - 12, bw - 12)
            height = 6 + 10.5 * len(rows)
            top = min(ay + size, floor - 6)
            if top - height < 30:
                raise RuntimeError("markup balloons do not fit on the page")
            c.setFillColorRGB(*shade)
            c.setStrokeColorRGB(*ink)
            c.setLineWidth(0.7)
            c.rect(bx, top - height, bw, height, stroke=1, fill=1)
            c.setFillColorRGB(0.1, 0.1, 0.1)
            head = note["head"]
            for r, (piece, _) in enumerate(rows):
                ry = top - 10 - 10.5 * r
                if r == 0 and piece.startswith(head):
                    c.setFont(BOLD, BALLOON_SIZE)
                    c.drawString(bx + 5, ry, head)
                    c.setFont(FONT, BALLOON_SIZE)
                    c.drawString(bx + 8 + stringWidth(head + " ", BOLD, BALLOON_SIZE), ry, piece[len(head) + 1:])
                else:
                    c.setFont(FONT, BALLOON_SIZE)
                    c.drawString(bx + 5, ry, piece)
            line_y = ay - t["connector_drop"]
            hline(ax, right + 8, line_y, ink, 0.5, dash=True)
            c.setStrokeColorRGB(*ink)
            c.setDash(2, 2)
            c.line(right + 8, line_y, bx, top - 6)
            c.setDash()
            floor = top - height
        c.restoreState()
        c.showPage()
    c.save()
    entries = []
    for b in blocks:
        if b.key:
            start, end = records[b.key]
            entries.append(_r.entry(b, start, end > start))
    deleted: list[str] = []
    for i, b in enumerate(blocks):
        shown_before = sorted(dels.get(i, []), key=lambda d, b=b: b.text.index(d["before"]))
        deleted += [" ".join(d["text"].split()) for d in shown_before]
        if i in gone:
            deleted.append(gone[i])
    inserted = [p.strip() for i in range(len(blocks)) for p in ins.get(i, [])]
    inserted += [blocks[i].text for i in sorted(whole)]
    result = _r.expected(output, blocks, page_count=total, paragraphs=entries,
                         running_header_lines=[report["running_title"], footer], contents_lines=contents,
                         hyphenated_words=list(dict.fromkeys(soft)), broken_compounds=list(dict.fromkeys(hard)),
                         deleted_text=deleted, inserted_text=inserted, renumbered=renumbered,
                         comments=[notes[n]["shown"] for n in order if "author" in notes[n]],
                         formatting=[notes[n]["shown"] for n in order if "format" in notes[n]], watermark=watermark)
    return buf.getvalue(), result
