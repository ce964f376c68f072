"""Rows poured down pages, a paragraph's first rows kept together: the three shapes the rounds used.

RowFlow (rounds 18-20): a row is (gap before, leading, segments), a segment (x, text, font, size, rgb, rise),
drawn on a Layout; on_page(page) draws a new page's furniture and returns its top; widow control.
DrawFlow (rounds 22-24): a row is (gap before, leading, draw(page, baseline)); new_page() starts a page and
top_of(page) gives its top.
ListFlow (rounds 26-27): rows (gap, lead, draw) kept per page as (draw, baseline) for the caller to draw."""


class RowFlow:
    """Rows of text poured down the pages. A row: (gap before, leading, segments); a segment: (x, text, font,
    size, rgb, rise). x is on the page as printed when xoff is 0; xoff(page) moves a page's body (mirrored
    margins). place() returns [(page, baseline)] for the rows."""

    def __init__(self, lay, top, bottom, on_page, xoff=None):
        self.lay, self.top, self.bottom, self.on_page = lay, top, bottom, on_page
        self.xoff = xoff or (lambda pg: 0.0)
        self.cur = None

    def page(self):
        self.lay.new_page()
        self.cur = self.on_page(self.lay.n)

    def need(self, h):
        if self.cur - h < self.bottom:
            self.page()

    def place(self, rows, keep=2):
        out = []
        first = sum(r[0] + r[1] for r in rows[:keep]) - rows[0][0]
        if self.cur - rows[0][0] - first < self.bottom:
            self.page()
        k = 0
        while k < len(rows):
            gap, lead, segs = rows[k]
            g = 0.0 if self.cur == self.top else gap
            if self.cur - g - lead < self.bottom:
                if k == len(rows) - 1 and k >= 3 and out[-1][0] == self.lay.n:
                    # widow control: the last line does not go over alone; the line before it goes with it
                    del self.lay.pages[-1][-len(rows[k - 1][2]):]
                    out.pop()
                    k -= 1
                    gap, lead, segs = rows[k]
                self.page()
                g = 0.0
            base = self.cur - g - lead * 0.78
            pg = self.lay.n
            for x, s, font, size, rgb, rise in segs:
                self.lay.text(x + self.xoff(pg), base + rise, s, font, size, rgb)
            out.append((pg, base))
            self.cur = self.cur - g - lead
            k += 1
        return out


class DrawFlow:
    """Rows poured down pages: a row is (gap before, leading, draw(page, baseline))."""

    def __init__(self, lay, top, bottom, new_page, top_of=None):
        self.lay, self.top, self.bottom, self.new_page = lay, top, bottom, new_page
        self.top_of = top_of or (lambda n: top)
        self.cur = None

    def page(self):
        self.new_page()
        self.cur = self.top_of(self.lay.n)

    def place(self, rows, keep=2):
        first = sum(r[0] + r[1] for r in rows[:keep]) - rows[0][0]
        if self.cur - rows[0][0] - first < self.bottom:
            self.page()
        out = []
        for gap, lead, draw in rows:
            g = 0.0 if self.cur == self.top_of(self.lay.n) else gap
            if self.cur - g - lead < self.bottom:
                self.page()
                g = 0.0
            base = self.cur - g - lead * 0.78
            draw(self.lay.n, base)
            out.append((self.lay.n, base))
            self.cur -= g + lead
        return out


class ListFlow:
    """Rows (gap, lead, draw(page, baseline)) poured down pages; a paragraph's first rows kept together."""

    def __init__(self, top, bottom, first_top=None):
        self.top, self.bottom, self.pages = top, bottom, [[]]
        self.cur = first_top if first_top is not None else top

    def place(self, rows, keep=2):
        need = sum(r[0] + r[1] for r in rows[:keep])
        if self.cur - need < self.bottom:
            self.pages.append([])
            self.cur = self.top
        out = []
        for gap, lead, draw in rows:
            g = 0.0 if self.cur == self.top else gap
            if self.cur - g - lead < self.bottom:
                self.pages.append([])
                self.cur = self.top
                g = 0.0
            base = self.cur - g - lead * 0.78
            self.pages[-1].append((draw, base))
            out.append((len(self.pages), base))
            self.cur -= g + lead
        return out
