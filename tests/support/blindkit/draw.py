"""reportlab helpers: its own font files, measuring, greedy wrapping, a Layout of drawing primitives per page, and
running headers and footers drawn on a Layout."""
import os

A4 = (595.28, 841.89)


def font_path(name):
    import reportlab
    return os.path.join(os.path.dirname(reportlab.__file__), "fonts", name)


def register_fonts(t1_faces, tt_faces=None):
    """Register reportlab's metric Type 1 faces ({name: file stem}) and TrueType faces ({name: file name})."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    have = set(pdfmetrics.getRegisteredFontNames())
    for name, f in t1_faces.items():
        if name not in have:
            face = pdfmetrics.EmbeddedType1Face(font_path(f + ".afm"), font_path(f + ".pfb"))
            pdfmetrics.registerTypeFace(face)
            pdfmetrics.registerFont(pdfmetrics.Font(name, face.name, "WinAnsiEncoding"))
    for name, f in (tt_faces or {}).items():
        if name not in have:
            pdfmetrics.registerFont(TTFont(name, font_path(f)))


def sw(s, font, size):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    return stringWidth(s, font, size)


def wrap(words, width, measure, first_width=None):
    """Greedy line breaking of a word list; a "\\n" token forces a break. Returns lists of words."""
    lines, cur = [], []
    for w in words:
        if w == "\n":
            lines.append(cur)
            cur = []
            continue
        lim = first_width if (first_width is not None and not lines) else width
        if not cur or measure(" ".join([*cur, w])) <= lim:
            cur.append(w)
        else:
            lines.append(cur)
            cur = [w]
    if cur:
        lines.append(cur)
    return lines


class Layout:
    """Pages of drawing primitives, rendered with reportlab's canvas (invariant, so the bytes are the same on
    every run). Primitives: ("T", x, y, s, font, size, rgb) text; ("G", y, [(x, ch)], font, size, rgb) one text
    object with a text matrix per glyph; ("TR", ..., angle) rotated text; ("J", ..., word space) text set with Tw;
    ("R", x, y, w, h, fill) and ("RR", ..., r, fill) filled rectangles; ("C", cx, cy, r, fill) a disc; ("D", name,
    top) a named destination; ("A", x1, y1, x2, y2, name) a link to one; ("L", x1, y1, x2, y2, lw, rgb) a line.
    A round sets `font` (the text's default face) and may set `page_labels` [(page index, style, start, prefix)]."""

    font = "ArialMT"

    def __init__(self, size=A4):
        self.w, self.h = size
        self.pages = []

    def new_page(self):
        self.pages.append([])
        return len(self.pages)

    @property
    def n(self):
        return len(self.pages)

    def add(self, prim, page=None):
        self.pages[(page or len(self.pages)) - 1].append(prim)

    def text(self, x, y, s, font=None, size=10.0, rgb=(0, 0, 0), page=None):
        self.add(("T", x, y, s, font or self.font, size, rgb), page)

    def rect(self, x, y, w, h, fill=None, page=None):
        self.add(("R", x, y, w, h, fill), page)

    def line(self, x1, y1, x2, y2, lw=0.5, rgb=(0, 0, 0), page=None):
        self.add(("L", x1, y1, x2, y2, lw, rgb), page)

    def render(self, path, info):
        from reportlab.pdfgen.canvas import Canvas
        c = Canvas(str(path), pagesize=(self.w, self.h), invariant=1, pageCompression=1)
        c.setTitle(info.get("Title", ""))
        c.setAuthor(info.get("Author", ""))
        c.setSubject(info.get("Subject", ""))
        c.setCreator(info.get("Creator", ""))
        if "Producer" in info:
            c.setProducer(info["Producer"])
        for num, style, start, prefix in getattr(self, "page_labels", []):
            c.addPageLabel(num, style, start, prefix)
        for prims in self.pages:
            for p in prims:
                _draw(c, p)
            c.showPage()
        c.save()


def _text(c, x, y, s, font, size, rgb, ws=None):
    t = c.beginText()
    t.setTextOrigin(x, y)
    t.setFont(font, size)
    t.setFillColorRGB(*rgb)
    if ws is not None:
        t.setWordSpace(ws)
    t.textOut(s)
    c.drawText(t)


def _draw(c, p):
    kind = p[0]
    if kind in ("T", "J"):  # "J": a line with word spacing (Tw), as justified text is set
        _text(c, *p[1:])
    elif kind == "G":  # one text object for a line, every glyph placed by its own text matrix
        _, y, glyphs, font, size, rgb = p
        t = c.beginText()
        t.setFont(font, size)
        t.setFillColorRGB(*rgb)
        for x, ch in glyphs:
            t.setTextOrigin(x, y)
            t.textOut(ch)
        c.drawText(t)
    elif kind == "TR":  # rotated text (a thumb tab on the page edge)
        _, x, y, s, font, size, rgb, angle = p
        c.saveState()
        c.translate(x, y)
        c.rotate(angle)
        _text(c, 0, 0, s, font, size, rgb)
        c.restoreState()
    elif kind in ("R", "RR", "C"):
        fill = p[-1]
        c.saveState()
        c.setFillColorRGB(*fill)
        if kind == "R":
            c.rect(*p[1:5], stroke=0, fill=1)
        elif kind == "RR":
            c.roundRect(*p[1:6], stroke=0, fill=1)
        else:
            c.circle(*p[1:4], stroke=0, fill=1)
        c.restoreState()
    elif kind == "D":  # a named destination (a heading a link points at)
        c.bookmarkPage(p[1], fit="XYZ", left=0, top=p[2])
    elif kind == "A":  # a link annotation to a named destination
        _, x1, y1, x2, y2, name = p
        c.linkRect("", name, (x1, y1, x2, y2), relative=0, thickness=0)
    else:
        _, x1, y1, x2, y2, lw, rgb = p
        c.saveState()
        c.setStrokeColorRGB(*rgb)
        c.setLineWidth(lw)
        c.line(x1, y1, x2, y2)
        c.restoreState()


def furniture(lay, L, R, head_left, head_right, foot, first=1, font="ArialMT", grey=(0.4, 0.4, 0.4)):
    """Running header from page `first` and the footer strings foot(page) -> (left, centre, right)."""
    for k in range(1, lay.n + 1):
        if k >= first:
            lay.text(L, 806, head_left, font, 8.5, grey, page=k)
            lay.text(R - sw(head_right, font, 8.5), 806, head_right, font, 8.5, grey, page=k)
            lay.line(L, 800, R, 800, 0.4, grey, page=k)
            left, centre, right = foot(k)
            if left:
                lay.text(L, 40, left, font, 8.5, grey, page=k)
            if centre:
                lay.text((L + R - sw(centre, font, 9)) / 2, 40, centre, font, 9, (0, 0, 0), page=k)
            if right:
                lay.text(R - sw(right, font, 9), 40, right, font, 9, (0, 0, 0), page=k)


def hanging_rows(label, s, x_num, x_text, right, font, size, lead, after, meas, rgb=(0, 0, 0), num_font=None):
    rows = []
    for li, ln in enumerate(wrap(s.split(), right - x_text, meas)):
        segs = [(x_text, " ".join(ln), font, size, rgb, 0.0)]
        if li == 0 and label:
            segs.insert(0, (x_num, label, num_font or font, size, rgb, 0.0))
        rows.append((after if li == 0 else 0.0, lead, segs))
    return rows


def lines_of(t, width, font, size, first_width=None):
    return [" ".join(ln) for ln in wrap(t.split(" "), width, lambda z: sw(z, font, size), first_width)]


def box_chars(chars, x0, y0, x1, y1, h):
    """The characters wholly inside a rectangle given in PDF coordinates (y up) on a page ``h`` high."""
    return [c for c in chars if x0 - 0.01 <= c["x0"] and c["x1"] <= x1 + 0.01 and y0 - 0.01 <= h - c["bottom"]
            and h - c["top"] <= y1 + 0.01]
