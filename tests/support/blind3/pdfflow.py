"""A small, fully deterministic line-by-line PDF layout engine on reportlab's canvas.

We lay text out ourselves (greedy line breaking on spaces only, no
hyphenation, no widow/orphan control) so that we know exactly on which
physical page every numbered paragraph starts and ends.
"""
from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import reportlab
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

FONT_DIR = Path(reportlab.__file__).parent / "fonts"


def register_vera() -> None:
    for name, fn in (("Vera", "Vera.ttf"), ("VeraBd", "VeraBd.ttf"),
                     ("VeraIt", "VeraIt.ttf")):
        try:
            pdfmetrics.getFont(name)
        except KeyError:
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / fn)))


def sw(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font, size)


@dataclass
class Word:
    text: str
    fn: int | None = None  # footnote number printed as a superscript after the word


@dataclass
class ParaStyle:
    font: str = "Vera"
    size: float = 11
    leading: float = 15
    mode: str = "tab"          # "tab" | "hang" | "inline"
    indent: float = 36         # text offset of first line (tab) / all lines (hang)
    space_after: float = 8
    justify: bool = False
    sup_size: float = 7
    sup_rise: float = 4
    label_font: str | None = None


@dataclass
class FootStyle:
    font: str = "Vera"
    size: float = 8
    leading: float = 10
    indent: float = 14
    gap: float = 3


@dataclass
class LineRec:
    page: int
    x: float
    baseline: float
    text: str


@dataclass
class ParaRec:
    label: str
    lines: list[LineRec] = field(default_factory=list)
    meta: dict = field(default_factory=dict)

    @property
    def start_page(self) -> int:
        return self.lines[0].page

    @property
    def end_page(self) -> int:
        return self.lines[-1].page


class Flow:
    def __init__(self, path: Path | None, *, margins=(72, 72, 72, 72),
                 pagesize=A4, page_deco: Callable | None = None,
                 foot: FootStyle | None = None, title: str = "", author: str = ""):
        self.buf = io.BytesIO() if path is None else None
        self.c = Canvas(self.buf if path is None else str(path), pagesize=pagesize,
                        invariant=1, pageCompression=1)
        if title:
            self.c.setTitle(title)
        if author:
            self.c.setAuthor(author)
            self.c.setCreator("blind3/make.py (fictional test data)")
            self.c.setProducer("reportlab")
        self.pagesize = pagesize
        self.L, self.R, self.T, self.B = margins  # left, right, top, bottom
        self.page = 1
        self.dirty = False
        self.y = pagesize[1] - self.T   # top of free space
        self.page_deco = page_deco      # f(canvas, physical_page, pagesize)
        self.foot = foot or FootStyle()
        self.page_fns: list[tuple[int, list[str]]] = []
        self.fn_h = 0.0
        self.paras: list[ParaRec] = []
        self.footnotes: list[dict] = []
        self.other_lines: list[LineRec] = []
        self.page_sizes: dict[int, tuple[float, float]] = {}

    # -- geometry --------------------------------------------------------------
    @property
    def width(self) -> float:
        return self.pagesize[0] - self.L - self.R

    def bottom_limit(self, extra_fn: float = 0.0) -> float:
        return self.B + self.fn_h + extra_fn

    # -- pages -------------------------------------------------------------------
    def _finish_page(self) -> None:
        if self.page_fns:
            self._draw_footnotes()
        if self.page_deco:
            self.page_deco(self.c, self.page, self.pagesize)
        self.page_sizes[self.page] = self.pagesize

    def new_page(self) -> None:
        self._finish_page()
        self.c.showPage()
        self.c.setPageSize(self.pagesize)
        self.page += 1
        self.y = self.pagesize[1] - self.T
        self.page_fns = []
        self.fn_h = 0.0
        self.dirty = False

    def ensure_fresh_page(self) -> None:
        if self.dirty:
            self.new_page()

    def special_page(self, draw: Callable, pagesize=None, deco: bool = True) -> int:
        """Emit a whole page drawn by draw(canvas, page, pagesize); returns its number."""
        self.ensure_fresh_page()
        ps = pagesize or self.pagesize
        self.c.setPageSize(ps)
        draw(self.c, self.page, ps)
        if deco and self.page_deco:
            self.page_deco(self.c, self.page, ps)
        self.page_sizes[self.page] = ps
        n = self.page
        self.c.showPage()
        self.c.setPageSize(self.pagesize)
        self.page += 1
        self.y = self.pagesize[1] - self.T
        self.page_fns, self.fn_h, self.dirty = [], 0.0, False
        return n

    def save(self) -> bytes | None:
        if self.dirty:
            self._finish_page()
        self.c.save()
        return self.buf.getvalue() if self.buf is not None else None

    # -- footnotes -----------------------------------------------------------------
    def _fn_lines(self, text: str) -> list[str]:
        f = self.foot
        return self.wrap_plain(text, f.font, f.size, self.width - f.indent)

    def _fn_block_h(self, num: int, text: str) -> float:
        return len(self._fn_lines(text)) * self.foot.leading + self.foot.gap

    def _draw_footnotes(self) -> None:
        f = self.foot
        total = self.fn_h
        top = self.B + total
        c = self.c
        c.setLineWidth(0.5)
        c.line(self.L, top - 4, self.L + 144, top - 4)
        y = top - 8
        for num, lines in self.page_fns:
            for i, ln in enumerate(lines):
                y -= f.leading
                if i == 0:
                    c.setFont(f.font, f.size)
                    c.drawString(self.L, y + 2, str(num))
                c.setFont(f.font, f.size)
                c.drawString(self.L + f.indent, y + 2, ln)
            y -= f.gap

    SEP_H = 12.0

    # -- text ----------------------------------------------------------------------
    @staticmethod
    def wrap_plain(text: str, font: str, size: float, width: float) -> list[str]:
        lines, cur = [], ""
        for w in text.split():
            cand = w if not cur else cur + " " + w
            if sw(cand, font, size) <= width or not cur:
                cur = cand
            else:
                lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        return lines

    def space(self, h: float) -> None:
        self.y -= h

    def plain_line(self, text: str, font: str, size: float, leading: float,
                   x: float | None = None, align: str = "left") -> None:
        if self.y - leading < self.bottom_limit():
            self.new_page()
        self.y -= leading
        base = self.y + (leading - size) * 0.5
        self.c.setFont(font, size)
        if align == "center":
            self.c.drawCentredString(self.pagesize[0] / 2, base, text)
            xx = self.pagesize[0] / 2 - sw(text, font, size) / 2
        elif align == "right":
            self.c.drawRightString(self.pagesize[0] - self.R, base, text)
            xx = self.pagesize[0] - self.R - sw(text, font, size)
        else:
            xx = self.L if x is None else x
            self.c.drawString(xx, base, text)
        self.other_lines.append(LineRec(self.page, xx, base, text))
        self.dirty = True

    def heading(self, text: str, font: str, size: float, before: float = 14,
                after: float = 6, keep_lines: float = 2 * 15, leading: float | None = None) -> None:
        leading = leading or size * 1.3
        lines = self.wrap_plain(text, font, size, self.width)
        need = before + leading * len(lines) + after + keep_lines
        if self.dirty and self.y - need < self.bottom_limit():
            self.new_page()
        if self.dirty:
            self.y -= before
        for ln in lines:
            self.plain_line(ln, font, size, leading)
        self.y -= after

    def plain_para(self, text: str, font: str, size: float, leading: float,
                   after: float = 8, x_off: float = 0.0, align: str = "left") -> None:
        for ln in self.wrap_plain(text, font, size, self.width - x_off):
            self.plain_line(ln, font, size, leading, x=self.L + x_off, align=align)
        self.y -= after

    # -- numbered paragraphs --------------------------------------------------------
    def _break_lines(self, words: list[Word], st: ParaStyle, first_w: float,
                     rest_w: float) -> list[list[Word]]:
        space = sw(" ", st.font, st.size)

        def wlen(w: Word) -> float:
            n = sw(w.text, st.font, st.size)
            if w.fn is not None:
                n += sw(str(w.fn), st.font, st.sup_size)
            return n

        lines: list[list[Word]] = [[]]
        cur_w = 0.0
        for w in words:
            limit = first_w if len(lines) == 1 else rest_w
            add = wlen(w) + (space if lines[-1] else 0)
            if lines[-1] and cur_w + add > limit:
                lines.append([w])
                cur_w = wlen(w)
            else:
                lines[-1].append(w)
                cur_w += add
        return lines

    def _draw_line(self, x: float, base: float, ws: list[Word], st: ParaStyle,
                   width: float, justify: bool) -> str:
        c = self.c
        t = c.beginText(x, base)
        t.setFont(st.font, st.size)
        if justify and len(ws) > 1:
            natural = sum(sw(w.text, st.font, st.size) +
                          (sw(str(w.fn), st.font, st.sup_size) if w.fn else 0) for w in ws)
            natural += sw(" ", st.font, st.size) * (len(ws) - 1)
            t.setWordSpace((width - natural) / (len(ws) - 1))
        plain = []
        for i, w in enumerate(ws):
            t.textOut(w.text)
            plain.append(w.text)
            if w.fn is not None:
                t.setFont(st.font, st.sup_size)
                t.setRise(st.sup_rise)
                t.textOut(str(w.fn))
                t.setRise(0)
                t.setFont(st.font, st.size)
            if i < len(ws) - 1:
                t.textOut(" ")
        c.drawText(t)
        return " ".join(plain)

    def para(self, label: str, words: list[Word], st: ParaStyle,
             fn_texts: dict[int, str] | None = None, meta: dict | None = None) -> ParaRec:
        fn_texts = fn_texts or {}
        rec = ParaRec(label, meta=dict(meta or {}))
        W = self.width
        label_font = st.label_font or st.font
        if st.mode == "inline":
            words = [Word(label), *list(words)]
            first_x, rest_x = 0.0, 0.0
        elif st.mode == "tab":
            first_x, rest_x = st.indent, 0.0
        elif st.mode == "hang":
            first_x, rest_x = st.indent, st.indent
        else:
            raise ValueError(st.mode)
        lines = self._break_lines(words, st, W - first_x, W - rest_x)
        for i, ln in enumerate(lines):
            new_fns = [w.fn for w in ln if w.fn is not None]
            extra = sum(self._fn_block_h(n, fn_texts[n]) for n in new_fns)
            if new_fns and not self.page_fns:
                extra += self.SEP_H
            if self.y - st.leading < self.bottom_limit(extra):
                self.new_page()
                extra = sum(self._fn_block_h(n, fn_texts[n]) for n in new_fns)
                if new_fns:
                    extra += self.SEP_H
            self.y -= st.leading
            base = self.y + (st.leading - st.size) * 0.5
            xoff = first_x if i == 0 else rest_x
            if i == 0 and st.mode != "inline":
                self.c.setFont(label_font, st.size)
                self.c.drawString(self.L, base, label)
            just = st.justify and i < len(lines) - 1
            txt = self._draw_line(self.L + xoff, base, ln, st, W - xoff, just)
            if i == 0 and st.mode != "inline":
                txt = label + " " + txt
            rec.lines.append(LineRec(self.page, self.L + xoff, base, txt))
            for n in new_fns:
                self.page_fns.append((n, self._fn_lines(fn_texts[n])))
                self.footnotes.append(dict(number=n, page=self.page, text=fn_texts[n]))
            self.fn_h += extra
            self.dirty = True
        self.y -= st.space_after
        self.paras.append(rec)
        return rec
