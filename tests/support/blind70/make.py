"""Blind fixture generator 70: five FICTIONAL files in which A REVIEW COMES AS PICTURES OF ITS PAGES, as
practitioners are sent them: a scanned copy, a fax, a photo of a printed page taken on a phone. Each carries a
review's own numbered paragraphs as pixels only, with no text layer: one page of a safeguarding adults review
scanned to PNG at 300 dpi, a page of a domestic homicide review photographed on a phone (JPEG, the page a little
rotated, the light uneven, the pixels stored as the sensor reads them with an EXIF orientation), three pages of a
practice review scanned to one multi-page TIFF at 200 dpi in black and white, two pages of a safeguarding adults
review received as a Group 4 fax (204 x 196 dpi, the sender's header line along the top of each page), and two phone
photos of a thematic review's pages put into one PDF (one JPEG a page, no text at all; two columns on the second).

FICTIONAL \u2013 for software testing. Run: python make.py [outdir] (some seconds: everything is built twice and the
bytes compared). Needs Pillow (with libtiff and FreeType, as its wheels have them), numpy, pdfplumber and pypdf; the
faces are reportlab's own font files (a Times-like serif, Vera, a Courier), so that the pixels are the same
wherever the round is built. Every page is laid out here line by line into a record (each line's text, face, size,
place and role: the review's paragraph number, its words, or furniture) and drawn from that record with Pillow.
Every generator checks its own key WITHOUT the project's parser and without OCR: the key is worked out again from
the layout record (the lines in reading order, a column at a time; a paragraph from its number to the next; its
words joined back and compared with the words written), and the file is read back with Pillow (pypdf and
pdfplumber for the PDF) and compared with the record: the lossless files pixel for pixel with the record drawn
again, each recorded line's box holding ink and nothing inked outside the recorded boxes; the JPEGs against the
record drawn and photographed again, within what JPEG loses, line box by line box.

scan.png    ONE PAGE OF A SAFEGUARDING ADULTS REVIEW (Mrs T, Wraybeck) SCANNED AT 300 DPI: A4, 2480 x 3508, 8-bit
            grey, a slightly grey background (244) and a darker band where the lid's shadow fell along the left
            and top edges, pHYs 300 dpi. The printed page is page 14 of 31 of the report: a running header in
            italics, the fiction label, then THE TAIL OF 4.6 CARRIED FROM THE PRINTED PAGE BEFORE (unnumbered), a
            heading "Finding 2: ...", 4.7-4.9, "Finding 3: ...", 4.10-4.12, the numbers hung in the margin, and
            the footer "Page 14 of 31"
photo.jpg   A PAGE OF A DOMESTIC HOMICIDE REVIEW (Ms R, Lowmarsh) PHOTOGRAPHED ON A PHONE: 3264 x 2448 JPEG AS
            STORED, WITH EXIF ORIENTATION 6 (shown upright, 2448 x 3264, by anything that honours EXIF), Make
            "Apple", the page turned 1.6 degrees on a desk, the light falling off towards the bottom right, a
            little blur and sensor noise. The printed page (page 23): header, fiction label, "Conclusions",
            6.3-6.7 with the number in bold at the start of the first line (run in, not hung), and between 6.4
            and 6.5 A SHADED "Learning point" BOX
scan.tif    THREE PAGES OF A CHILD SAFEGUARDING PRACTICE REVIEW (Child K, Sedgecombe) SCANNED TO ONE TIFF as a
            multifunction printer's "scan to file" writes it: three frames, 1654 x 2339, 200 dpi, BILEVEL (1 bit,
            LZW), Make/Model/Software/DateTime tags; the printed pages 7, 8 and 9, each with its running header and
            printed page number, two PUNCH HOLES scanned black at the left edge. 3.4-3.8, a heading "4. Findings",
            4.1-4.5; PARAGRAPHS RUN OVER BOTH PAGE BREAKS; 4.1 has a footnote mark and THE FOOTNOTE "\u00b9 The panel
            met six times ..." sits at the foot of the second page under a short rule
fax.tiff    TWO PAGES OF A SAFEGUARDING ADULTS REVIEW (Mrs W, Pellbrook) RECEIVED AS A FAX: a TIFF of two frames,
            1728 x 2292, 204 x 196 dpi, CCITT GROUP 4, black and white with the specks a fax line adds; ALONG THE TOP
            OF EACH PAGE THE SENDER'S HEADER LINE "17/03/2025 14:07 FROM: 01632 960418 PELLBROOK SAB" with "Page
            1/2" at the right; on page 1 A COVER BOX (To, From, "Re: paragraphs 3.4 to 3.9 of the review, as you
            asked", "Pages: 2 including this one"), the extract's title and the fiction label; 3.4-3.9 hung, one
            running over the page break; an unnumbered closing line
photos.pdf  TWO PHONE PHOTOS OF A THEMATIC REVIEW'S PAGES (children missing from care, Thornholt) PUT INTO ONE PDF
            as an iPhone's "Create PDF" does (Producer "... Quartz PDFContext"): two 612 x 816 pt pages, each ONE
            JPEG IMAGE (DCTDecode, 2448 x 3264) and no font or text at all. Printed page 4: header, fiction label,
            a heading, an unnumbered opening paragraph, 2.1-2.4 in one column, 2.4 RUNNING ON to printed page 5,
            which is SET IN TWO COLUMNS: 2.4's last words at the top of the left column, 2.5, 2.6 (RUNNING FROM THE
            FOOT OF THE LEFT COLUMN TO THE TOP OF THE RIGHT), 2.7, 2.8

Judgement calls (as in earlier rounds, what a practitioner citing the review would expect):
- each key holds the review's own numbered paragraphs only, each once, in reading order: never running headers,
  printed page numbers, the fiction label, headings (even "4. Findings"), a paragraph's tail carried from a page
  that is not in the file (scan.png's 4.6), footnotes, boxes, fax header lines, the fax's cover box, or closing
  lines;
- the label is the number as printed, without a trailing stop; none of the five hosts numbers paragraphs of its
  own;
- reading order: top to bottom, a column at a time, the left column first;
- pages: the file's own: a single image is page 1 whatever the printed page number on it; for the TIFFs the frame
  (1 + the frames before it); for the PDF the PDF page. A paragraph running over a break is keyed to the page where
  its number is, its ends_with the last words on the next page or column.
"""
import io
import os
import pathlib
import random
import sys

if __package__ in (None, ""):
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

    from blindkit import harness as _harness  # type: ignore
    from blindkit.draw import font_path  # type: ignore
    from blindkit.keys import check_count, check_lengths, entry  # type: ignore
    from blindkit.rawpdf import RawPDF, pdf_text  # type: ignore

    _text = _harness.load(__file__, "blind70_text", "text.py")
else:
    from ..blindkit import harness as _harness
    from ..blindkit.draw import font_path
    from ..blindkit.keys import check_count, check_lengths, entry
    from ..blindkit.rawpdf import RawPDF, pdf_text
    from . import text as _text

ParaMaker, norm, key_words = _text.ParaMaker, _text.norm, _text.key_words
FICT, INVENTED = _text.FICT, _text.INVENTED

FACES = {"serif": "_er_____.pfb", "serifB": "_eb_____.pfb", "serifI": "_ei_____.pfb", "sans": "Vera.ttf",
         "sansB": "VeraBd.ttf", "sansI": "VeraIt.ttf", "mono": "com_____.pfb", "monoB": "cob_____.pfb"}
_FONTS = {}
PARA_ROLES = ("num", "para")


def font(face, px):
    from PIL import ImageFont
    if (face, px) not in _FONTS:
        _FONTS[face, px] = ImageFont.truetype(font_path(FACES[face]), px)
    return _FONTS[face, px]


def width(s, face, px):
    return font(face, px).getlength(s)


def wrap(text, face, px, w):
    """Greedy line breaking at spaces."""
    lines, cur = [], []
    for word in text.split(" "):
        if not cur or width(" ".join([*cur, word]), face, px) <= w:
            cur.append(word)
        else:
            lines.append(" ".join(cur))
            cur = [word]
    lines.append(" ".join(cur))
    return lines


# --------------------------------------------------------------------------
# The layout record: a page's lines and shapes, and the page drawn from it
# --------------------------------------------------------------------------
class Sheet:
    """One page as laid out: items in drawing order, each a dict. Text: kind "T", x, y (the baseline, Pillow's
    anchor "ls"), s, face, px, ink, role ("num" a paragraph's number, "para" its words, anything else furniture),
    para (the number of the paragraph the line belongs to, or None). Shapes: kind "R" (a filled rectangle, box) or
    "D" (a filled disc, box). ``cols`` is 2 where the page is set in two columns."""

    def __init__(self, w, h, bg=255, cols=1):
        self.w, self.h, self.bg, self.cols = w, h, bg, cols
        self.items = []

    def text(self, x, y, s, face, px, role="furniture", para=None, ink=0):
        self.items.append({"kind": "T", "x": round(x), "y": round(y), "s": s, "face": face, "px": px, "ink": ink,
                           "role": role, "para": para})

    def rect(self, x0, y0, x1, y1, fill, role="shape"):
        self.items.append({"kind": "R", "box": (round(x0), round(y0), round(x1), round(y1)), "fill": fill,
                           "role": role})

    def disc(self, cx, cy, r, fill, role="shape"):
        self.items.append({"kind": "D", "box": (cx - r, cy - r, cx + r, cy + r), "fill": fill, "role": role})

    def render(self):
        from PIL import Image, ImageDraw
        im = Image.new("L", (self.w, self.h), self.bg)
        d = ImageDraw.Draw(im)
        for it in self.items:
            if it["kind"] == "T":
                d.text((it["x"], it["y"]), it["s"], font=font(it["face"], it["px"]), fill=it["ink"], anchor="ls")
            elif it["kind"] == "R":
                x0, y0, x1, y1 = it["box"]
                d.rectangle((x0, y0, x1 - 1, y1 - 1), fill=it["fill"])
            else:
                d.ellipse(it["box"], fill=it["fill"])
        return im


def box_of(it):
    """An item's box (x0, y0, x1, y1) in the page's pixels."""
    if it["kind"] != "T":
        return it["box"]
    x0, y0, x1, y1 = font(it["face"], it["px"]).getbbox(it["s"], anchor="ls")
    return it["x"] + x0, it["y"] + y0, it["x"] + x1, it["y"] + y1


class Flow:
    """Lines poured into slots (a page's body, or one of its columns) in reading order. A slot: (sheet index, x,
    top, bottom, width). A row: (lead, [(dx, text, face, px, role, para)]); its baseline is 0.8 of its lead below
    the slot's running top. A paragraph's first two lines are kept together; a numbered paragraph is broken into
    lines as it goes, at the width of the slot each line falls in (a paragraph running on into a narrower column
    is set to the column)."""

    def __init__(self, sheets, slots, ink=0):
        self.sheets, self.slots, self.ink = sheets, slots, ink
        self.i, self.cur = 0, slots[0][2]

    def skip(self, h):
        if self.cur != self.slots[self.i][2]:
            self.cur += h

    def next_slot(self):
        self.i += 1
        if self.i >= len(self.slots):
            raise AssertionError("flow: out of room")
        self.cur = self.slots[self.i][2]

    def para(self, lab, text, face, px, lead, hang=None, num_face=None):
        """A numbered paragraph: with ``hang`` the number at the slot's x and every line at x + hang; without,
        the number run in at the start of the first line (in ``num_face``) and the other lines at x."""
        num_face = num_face or face
        gap = hang if hang is not None else width(lab, num_face, px) + width(" ", face, px) * 1.6
        if self.cur + 2 * lead > self.slots[self.i][3]:
            self.next_slot()
        words, first = text.split(" "), True
        while words:
            if self.cur + lead > self.slots[self.i][3]:
                self.next_slot()
            sh, x, _top, _bottom, w = self.slots[self.i]
            indent = gap if (first or hang is not None) else 0
            n = 1
            while n < len(words) and width(" ".join(words[:n + 1]), face, px) <= w - indent:
                n += 1
            base = self.cur + lead * 0.8
            if first:
                self.sheets[sh].text(x, base, lab, num_face, px, "num", lab, self.ink)
            self.sheets[sh].text(x + indent, base, " ".join(words[:n]), face, px, "para", lab, self.ink)
            words, first = words[n:], False
            self.cur += lead

    def place(self, rows, keep=2):
        if self.cur + sum(r[0] for r in rows[:keep]) > self.slots[self.i][3]:
            self.next_slot()
        out = []
        for lead, segs in rows:
            if self.cur + lead > self.slots[self.i][3]:
                self.next_slot()
            sh, x = self.slots[self.i][0], self.slots[self.i][1]
            base = self.cur + lead * 0.8
            for dx, s, face, px, role, para in segs:
                self.sheets[sh].text(x + dx, base, s, face, px, role, para, self.ink)
            out.append(sh)
            self.cur += lead
        return out


def plain_rows(text, face, px, lead, w, role, dx=0):
    return [(lead, [(dx, ln, face, px, role, None)]) for ln in wrap(text, face, px, w - dx)]


# --------------------------------------------------------------------------
# The checks: the key worked out again from the record, and the record against the file's pixels
# --------------------------------------------------------------------------
def key_from_record(sheets):
    """The numbered paragraphs as the record has them: each page's text lines in reading order (a column at a
    time where the page has two, by the line's x against the page's middle; then top to bottom, left to right); a
    paragraph from a "num" line to the next; its words are the "para" lines' text. Returns [{label, page,
    end_page, text}]."""
    out = []
    for pg, sh in enumerate(sheets, 1):
        its = [it for it in sh.items if it["kind"] == "T" and it["role"] in PARA_ROLES]
        its.sort(key=lambda it: (0 if sh.cols == 1 or it["x"] < sh.w / 2 else 1, it["y"], it["x"]))
        for it in its:
            if it["role"] == "num":
                out.append({"label": it["s"], "page": pg, "end_page": pg, "words": [], "para": it["para"]})
            else:
                if not out or out[-1]["para"] != it["para"]:
                    raise AssertionError(f"record: the words of {it['para']} out of their paragraph")
                out[-1]["words"].append(it["s"])
                out[-1]["end_page"] = pg
    return [{"label": d["label"], "page": d["page"], "end_page": d["end_page"], "text": " ".join(d["words"])}
            for d in out]


def check_record(name, sheets, result, texts, margin=40):
    """The key against the record: the same labels in the same order on the same pages, each paragraph's words
    joined back from its lines the words written, starts_with and ends_with its first and last words; every item
    inside its page, clear of the edges by ``margin``; no two text lines' boxes overlapping. Returns each
    paragraph's last page."""
    rec = key_from_record(sheets)
    if [(d["label"], d["page"]) for d in rec] != [(d["label"], d["page"]) for d in result]:
        raise AssertionError(f"{name}: key {[(d['label'], d['page']) for d in rec]}")
    for d, r in zip(result, rec, strict=True):
        if r["text"].split() != texts[d["label"]].split():
            raise AssertionError(f"{name}: words of {d['label']}")
        s, e = key_words(r["text"])
        if (s, e) != (d["starts_with"], d["ends_with"]):
            raise AssertionError(f"{name}: first or last words of {d['label']}")
        if len(d["label"].split()) != 1 or not d["label"][0].isdigit() or d["label"].endswith("."):
            raise AssertionError(f"{name}: label {d['label']!r}")
    for pg, sh in enumerate(sheets, 1):
        boxes = []
        for it in sh.items:
            x0, y0, x1, y1 = box_of(it)
            if it["role"] not in ("shadow", "hole") and (x0 < margin or y0 < 8 or x1 > sh.w - margin
                                                         or y1 > sh.h - 8):
                raise AssertionError(f"{name}: {it.get('s', it['kind'])!r} off page {pg}")
            if it["kind"] == "T":
                boxes.append((y0, y1, x0, x1, it["s"]))
        boxes.sort()
        for k, (_y0, y1, x0, x1, s) in enumerate(boxes):
            for b in boxes[k + 1:]:
                if b[0] >= y1:
                    break
                if b[2] < x1 and x0 < b[3]:
                    raise AssertionError(f"{name}: lines overlap on page {pg}: {s!r} and {b[4]!r}")
    return [r["end_page"] for r in rec]


def ink_mask(arr, dark=128):
    return arr < dark


def check_lossless(name, frames, sheets, finish, mode):
    """The file's frames against the record: each frame the record drawn again (and made bilevel where the file
    is) pixel for pixel; each text line's box holding ink; no ink outside the recorded items' boxes."""
    import numpy as np
    if len(frames) != len(sheets):
        raise AssertionError(f"{name}: {len(frames)} frames")
    for pg, (fr, sh) in enumerate(zip(frames, sheets, strict=True), 1):
        want = finish(sh, pg)
        if fr.mode != mode or fr.size != (sh.w, sh.h) or fr.tobytes() != want.tobytes():
            raise AssertionError(f"{name}: frame {pg} is not the record's page")
        arr = np.asarray(fr.convert("L"))
        ink = ink_mask(arr)
        seen = np.zeros_like(ink)
        for it in sh.items:
            x0, y0, x1, y1 = (int(v) for v in box_of(it))
            x0, y0 = max(x0 - 2, 0), max(y0 - 2, 0)
            seen[y0:y1 + 2, x0:x1 + 2] = True
            if it["kind"] == "T" and not ink[y0:y1 + 2, x0:x1 + 2].any():
                raise AssertionError(f"{name}: no ink for {it['s']!r} on page {pg}")
        if (ink & ~seen).any():
            raise AssertionError(f"{name}: ink outside the record on page {pg}")


# --------------------------------------------------------------------------
# A phone's photo of a printed page
# --------------------------------------------------------------------------
PHOTO = (2448, 3264)
PAPER = (252, 247, 236)


def photo_geometry(sh, angle, centre):
    import math
    a, b = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    ox = centre[0] - (a * sh.w / 2 - b * sh.h / 2)
    oy = centre[1] - (b * sh.w / 2 + a * sh.h / 2)
    return a, b, ox, oy


def to_photo(geo, x, y):
    a, b, ox, oy = geo
    return ox + a * x - b * y, oy + b * x + a * y


def photograph(sh, geo, light, seed):
    """The printed page lying on a desk, photographed: the page (paper-tinted) turned by ``geo`` onto a desk, the
    light falling off across the frame (``light``: the fall-off towards the right and the bottom), a little blur
    and sensor noise. Returns the RGB picture as the phone saw it, before JPEG."""
    import numpy as np
    from PIL import Image, ImageFilter
    a, b, ox, oy = geo
    data = (a, b, -a * ox - b * oy, -b, a, b * ox - a * oy)
    page = sh.render()
    W, H = PHOTO
    warped = np.asarray(page.transform(PHOTO, Image.Transform.AFFINE, data, resample=Image.Resampling.BICUBIC,
                                       fillcolor=255), dtype=np.float32) / 255.0
    mask = np.asarray(Image.new("L", (sh.w, sh.h), 255).transform(
        PHOTO, Image.Transform.AFFINE, data, resample=Image.Resampling.BILINEAR, fillcolor=0), dtype=np.float32) / 255
    v, u = np.mgrid[0:H, 0:W].astype(np.float32)
    desk = np.stack([118 + 14 * u / W, 92 + 10 * u / W, 66 + 6 * v / H], axis=-1)
    paper = warped[..., None] * np.array(PAPER, dtype=np.float32)
    img = desk * (1 - mask[..., None]) + paper * mask[..., None]
    fx, fy = light
    field = 1.04 - fx * u / W - fy * v / H + 0.05 * np.exp(-(((u - 0.3 * W) / (0.35 * W)) ** 2
                                                              + ((v - 0.25 * H) / (0.35 * H)) ** 2))
    img = np.clip(img * field[..., None], 0, 255).astype(np.uint8)
    im = Image.fromarray(img, "RGB").filter(ImageFilter.GaussianBlur(0.9))
    noise = np.random.default_rng(seed).normal(0, 2.2, (H, W, 1)).astype(np.float32)
    return Image.fromarray(np.clip(np.asarray(im, dtype=np.float32) + noise, 0, 255).astype(np.uint8), "RGB")


def jpeg_bytes(im, quality, exif=None):
    buf = io.BytesIO()
    kw = {"exif": exif} if exif is not None else {}
    im.save(buf, "JPEG", quality=quality, subsampling=2, optimize=False, **kw)
    return buf.getvalue()


def check_photo(name, got, want, sh, geo):
    """A decoded photo against the record photographed again: close overall, and line box by line box (each box
    taken through the page's turn) within what JPEG loses, with ink there; the whole page inside the frame."""
    import numpy as np
    if got.size != PHOTO:
        raise AssertionError(f"{name}: photo size {got.size}")
    g = np.asarray(got.convert("L"), dtype=np.float32)
    w = np.asarray(want.convert("L"), dtype=np.float32)
    if np.abs(g - w).mean() > 4.0:
        raise AssertionError(f"{name}: the photo is not the record's page")
    for x, y in ((0, 0), (sh.w, 0), (0, sh.h), (sh.w, sh.h)):
        u, v = to_photo(geo, x, y)
        if not (40 < u < PHOTO[0] - 40 and 40 < v < PHOTO[1] - 40):
            raise AssertionError(f"{name}: the page runs out of the photo")
    for it in sh.items:
        if it["kind"] != "T":
            continue
        x0, y0, x1, y1 = box_of(it)
        us, vs = zip(*(to_photo(geo, x, y) for x in (x0, x1) for y in (y0, y1)), strict=True)
        u0, u1, v0, v1 = int(min(us)), int(max(us)) + 1, int(min(vs)), int(max(vs)) + 1
        rg, rw = g[v0:v1, u0:u1], w[v0:v1, u0:u1]
        if np.abs(rg - rw).mean() > 9.0 or rg.min() > 0.6 * np.median(rg):
            raise AssertionError(f"{name}: line {it['s']!r} not in the photo as drawn")


# --------------------------------------------------------------------------
# Page furniture shared by the printed pages
# --------------------------------------------------------------------------
def running_head(sh, left, right, x0, x1, y, face, px, ink, rule=True):
    sh.text(x0, y, left, face, px, "header", ink=ink)
    sh.text(x1 - width(right, face, px), y, right, face, px, "header", ink=ink)
    if rule:
        sh.rect(x0, y + px // 2, x1, y + px // 2 + max(2, px // 14), ink, "rule")


def centred(sh, s, y, face, px, role, ink=0, x0=0, x1=None):
    x1 = sh.w if x1 is None else x1
    sh.text((x0 + x1 - width(s, face, px)) / 2, y, s, face, px, role, ink=ink)


# --------------------------------------------------------------------------
# 1. scan.png: one page of a safeguarding adults review, scanned at 300 dpi
# --------------------------------------------------------------------------
SC_W, SC_H, SC_L, SC_R = 2480, 3508, 300, 2180
SC_PX, SC_LEAD, SC_HANG, SC_INK = 50, 64, 150, 18


def make_scan(out, pm):
    path = out / "scan.png"
    texts = {it[0]: pm.make(it[1], "adult") for it in _text.SC_ITEMS if it[0] != "h"}
    sh = Sheet(SC_W, SC_H, bg=244)
    # the lid's shadow along the left and top edges (light grey, no ink)
    for k, v in enumerate((196, 206, 216, 226, 236)):
        sh.rect(0, 0, 22 - 4 * k, SC_H, v, "shadow")
        sh.rect(0, 0, SC_W, 14 - 3 * k, v, "shadow")
    running_head(sh, _text.SC_HEAD, _text.SC_HEAD_RIGHT, SC_L, SC_R, 230, "serifI", 38, SC_INK)
    sh.text(SC_L, 320, f"{FICT} {INVENTED}", "serifI", 38, "label", ink=SC_INK)
    flow = Flow([sh], [(0, SC_L, 400, SC_H - 300, SC_R - SC_L)], SC_INK)
    flow.place(plain_rows(_text.SC_TAIL, "serif", SC_PX, SC_LEAD, SC_R - SC_L, "carried", SC_HANG))
    for it in _text.SC_ITEMS:
        if it[0] == "h":
            flow.skip(46)
            flow.place(plain_rows(it[1], "serifB", 54, 76, SC_R - SC_L, "heading"))
            continue
        flow.skip(30)
        flow.para(it[0], texts[it[0]], "serif", SC_PX, SC_LEAD, hang=SC_HANG)
    centred(sh, _text.SC_FOOT, SC_H - 170, "serif", 42, "footer", SC_INK, SC_L, SC_R)
    im = sh.render()
    im.save(path, "PNG", dpi=(300, 300), optimize=False, compress_level=9)
    labels = [it[0] for it in _text.SC_ITEMS if it[0] != "h"]
    result = [entry(lab, 1, texts[lab]) for lab in labels]
    check_lengths(path.name, list(texts.values()), 30, 110)
    check_count(path.name, result, 5, 12)
    ends = check_record(path.name, [sh], result, texts)
    check_scan(path, result, [sh], ends)
    return {
        "note": ("ONE PAGE OF A SAFEGUARDING ADULTS REVIEW (Mrs T, Wraybeck) SCANNED AT 300 DPI to PNG: A4, 2480 x "
                 "3508 pixels, 8-bit grey, no text layer, a slightly grey background and the lid's shadow along "
                 "the left and top edges. The printed page is page 14 of 31 of the report: a running header in "
                 "italics ('Safeguarding Adults Review: Mrs T (fictional)', 'Wraybeck Safeguarding Adults Board') "
                 "over a rule, the fiction label, then THE LAST LINES OF 4.6, CARRIED FROM THE PRINTED PAGE BEFORE "
                 "and set at the text's indent with no number (not keyed: the paragraph starts on a page that is "
                 "not in the file), the heading 'Finding 2: hearing Mrs T\u2019s own voice', 4.7 to 4.9, the "
                 "heading 'Finding 3: when help is refused', 4.10 to 4.12, the numbers hung in the left margin "
                 "(12 pt Times-like type at 300 dpi), and the footer 'Page 14 of 31'. The host numbers no "
                 "paragraphs of its own. Not paragraphs: header, label, the carried lines, headings, footer. page "
                 "= 1 (a single image is page 1, whatever the printed page number)."),
        "paragraphs": result,
    }


def check_scan(path, result, sheets, ends):
    from PIL import Image
    with Image.open(path) as im:
        im.load()
        if im.format != "PNG" or [round(v) for v in im.info.get("dpi", (0, 0))] != [300, 300]:
            raise AssertionError(f"scan.png: {im.format} {im.info.get('dpi')}")
        frames = [im.copy()]
    if ends != [1] * len(result):
        raise AssertionError("scan.png: pages")
    check_lossless("scan.png", frames, sheets, lambda sh, pg: sh.render(), "L")


# --------------------------------------------------------------------------
# 2. photo.jpg: a page of a domestic homicide review, photographed on a phone
# --------------------------------------------------------------------------
PH_W, PH_H, PH_L, PH_R = 1984, 2806, 190, 1794
PH_PX, PH_LEAD, PH_INK = 44, 60, 22
PH_ANGLE, PH_CENTRE, PH_LIGHT = 1.6, (1240, 1618), (0.22, 0.16)


def ph_page(texts):
    sh = Sheet(PH_W, PH_H, bg=255)
    running_head(sh, _text.PH_HEAD, _text.PH_HEAD_RIGHT, PH_L, PH_R, 150, "sans", 28, 90)
    sh.text(PH_L, 215, f"{FICT} {INVENTED}", "sansI", 30, "label", ink=60)
    flow = Flow([sh], [(0, PH_L, 290, PH_H - 220, PH_R - PH_L)], PH_INK)
    for lab, _w in _text.PH_ITEMS:
        if lab == "h":
            flow.place(plain_rows(_w, "sansB", 52, 80, PH_R - PH_L, "heading"))
        elif lab == "box":
            flow.skip(40)
            rows = [(60, [(40, _text.PH_BOX_TITLE, "sansB", PH_PX, "box", None)])]
            rows += plain_rows(_text.PH_BOX, "sans", PH_PX, PH_LEAD, PH_R - PH_L - 40, "box", 40)
            top, height = flow.cur, 24 + sum(r[0] for r in rows) + 28
            sh.rect(PH_L, top, PH_R, top + height, 228, "box")
            sh.rect(PH_L, top, PH_L + 12, top + height, 70, "box")
            flow.cur += 24
            flow.place(rows, keep=len(rows))
            flow.cur += 28
        else:
            flow.skip(34)
            flow.para(lab, texts[lab], "sans", PH_PX, PH_LEAD, num_face="sansB")
    centred(sh, _text.PH_FOOT, PH_H - 120, "sans", 34, "footer", 60, PH_L, PH_R)
    return sh


def ph_exif(orientation):
    from PIL import Image
    make, model, ver, when = _text.PH_PHONE
    ex = Image.Exif()
    ex[0x010F], ex[0x0110], ex[0x0112], ex[0x0131], ex[0x0132] = make, model, orientation, ver, when
    ex[0x011A], ex[0x011B], ex[0x0128] = 72.0, 72.0, 2
    return ex.tobytes()


def make_photo(out, pm):
    from PIL import Image
    path = out / "photo.jpg"
    texts = {lab: pm.make(w, "dhr") for lab, w in _text.PH_ITEMS if lab not in ("h", "box")}
    sh = ph_page(texts)
    geo = photo_geometry(sh, PH_ANGLE, PH_CENTRE)
    upright = photograph(sh, geo, PH_LIGHT, 701)
    # held upright, saved as the sensor reads it: the pixels turned a quarter left, EXIF orientation 6
    path.write_bytes(jpeg_bytes(upright.transpose(Image.Transpose.ROTATE_90), 84, ph_exif(6)))
    labels = [lab for lab, _w in _text.PH_ITEMS if lab not in ("h", "box")]
    result = [entry(lab, 1, texts[lab]) for lab in labels]
    check_lengths(path.name, list(texts.values()), 30, 110)
    check_count(path.name, result, 4, 12)
    check_record(path.name, [sh], result, texts)
    check_jpeg(path, sh, geo, upright)
    return {
        "note": ("A PAGE OF A DOMESTIC HOMICIDE REVIEW (Ms R, Lowmarsh) PHOTOGRAPHED ON A PHONE: a JPEG of 3264 x "
                 "2448 pixels AS STORED, WITH EXIF ORIENTATION 6, so that it shows upright (2448 x 3264) in "
                 "anything that honours EXIF, as a phone held upright saves it; Make 'Apple', Model 'iPhone 12'; "
                 "the page lies on a desk turned 1.6 degrees, the light falling off towards the bottom right, a "
                 "little blur and sensor noise; no text layer. The printed page (page 23 of the overview report): "
                 "a running header in small type, the fiction label, the heading 'Conclusions', then 6.3 to 6.7, "
                 "EACH NUMBER IN BOLD AT THE START OF THE PARAGRAPH'S FIRST LINE (run in, not hung), 12 pt sans "
                 "type at about 240 pixels to the inch; between 6.4 and 6.5 A SHADED 'Learning point' BOX of "
                 "unnumbered advice; the page number '23' at the foot. The host numbers no paragraphs of its own. "
                 "Not paragraphs: header, label, heading, the box, the page number. page = 1 (a single image)."),
        "paragraphs": result,
    }


def check_jpeg(path, sh, geo, upright):
    from PIL import Image, ImageOps
    with Image.open(path) as im:
        im.load()
        ex = im.getexif()
        if im.format != "JPEG" or im.size != (PHOTO[1], PHOTO[0]) or ex.get(0x0112) != 6 or ex.get(0x010F) != "Apple":
            raise AssertionError(f"photo.jpg: {im.format} {im.size} {dict(ex)}")
        shown = ImageOps.exif_transpose(im)
    check_photo("photo.jpg", shown, upright, sh, geo)


# --------------------------------------------------------------------------
# 3. scan.tif: three pages of a practice review, scanned to one TIFF at 200 dpi, bilevel
# --------------------------------------------------------------------------
TF_W, TF_H, TF_L, TF_R = 1654, 2339, 200, 1454
TF_PX, TF_LEAD, TF_HANG = 38, 50, 100
TF_TOP, TF_BOTTOM, TF_NOTE_PX, TF_NOTE_LEAD = 270, 2139, 30, 38


def bilevel(im, threshold=128):
    return im.point(lambda v: 255 if v >= threshold else 0).convert("1", dither=0)


def tiff_tags(software, make=None, model=None, when=None, desc=None):
    from PIL import TiffImagePlugin
    ifd = TiffImagePlugin.ImageFileDirectory_v2()
    for tag, val in ((270, desc), (271, make), (272, model), (305, software), (306, when)):
        if val is not None:
            ifd[tag] = val
    return ifd


def save_tiff(path, frames, compression, dpi, tags):
    """A multi-page TIFF, one frame a page, each with its own tags."""
    for fr, t in zip(frames[1:], tags[1:], strict=True):
        fr.encoderinfo = {"tiffinfo": t, "compression": compression, "dpi": dpi}
    buf = io.BytesIO()
    frames[0].save(buf, "TIFF", save_all=True, append_images=frames[1:], compression=compression, dpi=dpi,
                   tiffinfo=tags[0])
    path.write_bytes(buf.getvalue())


def tf_pages(texts):
    sheets = [Sheet(TF_W, TF_H) for _ in _text.TF_PAGES]
    note_lines = wrap(_text.TF_NOTE, "serif", TF_NOTE_PX, TF_R - TF_L)
    note_top = TF_BOTTOM - TF_NOTE_LEAD * len(note_lines)
    slots = []
    for k, (sh, printed) in enumerate(zip(sheets, _text.TF_PAGES, strict=True)):
        running_head(sh, _text.TF_HEAD, _text.TF_HEAD_RIGHT, TF_L, TF_R, 150, "serifI", 28, 0)
        centred(sh, printed, TF_H - 120, "serif", 32, "footer", 0, TF_L, TF_R)
        for cy in (TF_H // 3, 2 * TF_H // 3):
            sh.disc(66, cy, 30, 0, "hole")
        slots.append((k, TF_L, TF_TOP, (note_top - 40) if k == 1 else TF_BOTTOM, TF_R - TF_L))
    sheets[0].text(TF_L, 215, f"{FICT} {INVENTED}", "serifI", 28, "label")
    sheets[1].rect(TF_L, note_top - 22, TF_L + 300, note_top - 20, 0, "rule")
    for i, ln in enumerate(note_lines):
        sheets[1].text(TF_L, note_top + TF_NOTE_LEAD * (i + 0.8), ln, "serif", TF_NOTE_PX, "footnote")
    flow = Flow(sheets, slots)
    for it in _text.TF_ITEMS:
        flow.skip(20)
        if it[0] == "h":
            flow.skip(20)
            flow.place(plain_rows(it[1], "serifB", 44, 64, TF_R - TF_L, "heading"))
        else:
            flow.para(it[0], texts[it[0]], "serif", TF_PX, TF_LEAD, hang=TF_HANG)
    return sheets


def tf_text(pm):
    texts = {}
    for it in _text.TF_ITEMS:
        if it[0] != "h":
            t = pm.make(it[1], "child")
            if len(it) > 2:  # the footnote's mark, after the first sentence
                i = t.index(". ") + 1
                t = t[:i] + "\u00b9" + t[i:]
            texts[it[0]] = t
    return texts


def make_tif(out, pm):
    path = out / "scan.tif"
    texts = tf_text(pm)
    sheets = tf_pages(texts)
    n = len(sheets)
    sw, make, model, when = _text.TF_SCANNER
    frames = [bilevel(sh.render()) for sh in sheets]
    save_tiff(path, frames, "tiff_lzw", (200, 200),
              [tiff_tags(sw, make, model, when, f"Scanned page {k} of {n}") for k in range(1, n + 1)])
    labels = [it[0] for it in _text.TF_ITEMS if it[0] != "h"]
    pages = {d["label"]: d["page"] for d in key_from_record(sheets)}
    result = [entry(lab, pages[lab], texts[lab]) for lab in labels]
    check_lengths(path.name, list(texts.values()), 30, 120)
    check_count(path.name, result, 8, 20)
    ends = check_record(path.name, sheets, result, texts)
    cross = [d["label"] for d, e in zip(result, ends, strict=True) if e != d["page"]]
    if cross != ["3.8", "4.4"] or {d["page"] for d in result} != {1, 2, 3}:
        raise AssertionError(f"scan.tif: crossings {cross}")
    check_frames(path, "scan.tif", sheets, "tiff_lzw", (200, 200), lambda sh, pg: bilevel(sh.render()))
    return {
        "note": ("THREE PAGES OF A CHILD SAFEGUARDING PRACTICE REVIEW (Child K, Sedgecombe) SCANNED TO ONE TIFF, as "
                 "a multifunction printer's 'scan to file' writes it: three frames of 1654 x 2339 pixels, 200 dpi, "
                 "BLACK AND WHITE (1 bit, LZW), with Make, Model, Software and DateTime tags; no text layer. The "
                 "frames are the report's printed pages 7, 8 and 9: a running header in italics over a rule, the "
                 "printed page number at the foot ('7', '8', '9'), TWO PUNCH HOLES scanned as black discs at the "
                 "left edge, the fiction label on the first. 3.4 to 3.8, the heading '4. Findings', 4.1 to 4.5, "
                 "the numbers hung in the margin (Times-like type, 38 pixels at 200 dpi); 3.8 RUNS FROM THE FOOT "
                 "OF FRAME 1 ONTO FRAME 2 and 4.4 FROM FRAME 2 ONTO FRAME 3, with no mark at the break, the carried "
                 "lines at the text's indent under the running header; 4.1 carries a footnote mark (\u00b9) after its "
                 "first sentence and THE FOOTNOTE '\u00b9 The panel met six times ...' stands at the foot of frame "
                 "2 under a short rule, after the body text. The host numbers no paragraphs of its own. Not "
                 "paragraphs: headers, label, the heading, the footnote, the printed page numbers. page = the "
                 "frame (1 + the frames before it), not the printed page number; a paragraph over a break is keyed "
                 "to the frame where its number is, its ends_with on the next frame."),
        "paragraphs": result,
    }


def check_frames(path, name, sheets, compression, dpi, finish):
    """The TIFF's frames: how many, their compression, resolution and mode, then each against the record."""
    from PIL import Image
    frames = []
    with Image.open(path) as im:
        for k in range(im.n_frames):
            im.seek(k)
            im.load()
            got = im.info.get("compression"), tuple(round(v) for v in im.info.get("dpi", (0, 0))), im.mode
            if got != (compression, dpi, "1"):
                raise AssertionError(f"{name}: frame {k + 1} {got}")
            frames.append(im.copy())
    check_lossless(name, frames, sheets, finish, "1")


# --------------------------------------------------------------------------
# 4. fax.tiff: two pages of a safeguarding adults review, received as a Group 4 fax
# --------------------------------------------------------------------------
FX_W, FX_H, FX_L, FX_R = 1728, 2292, 150, 1578
FX_PX, FX_LEAD, FX_HANG = 38, 50, 110


def fx_header(sh, n, m):
    left, right = _text.FX_HEADER.format(n=n, m=m).rsplit("   ", 1)
    sh.text(24, 40, left, "mono", 26, "fax")
    sh.text(FX_W - 24 - width(right, "mono", 26), 40, right, "mono", 26, "fax")


def fx_specks(sh, seed, count=260):
    """The specks a fax line adds: small black squares, none on a line of text."""
    rnd = random.Random(seed)
    boxes = [box_of(it) for it in sh.items]
    k = 0
    while k < count:
        x, y, s = rnd.randrange(60, FX_W - 60), rnd.randrange(60, FX_H - 30), rnd.choice((2, 2, 3, 4))
        if any(b[0] - 6 < x + s and x < b[2] + 6 and b[1] - 6 < y + s and y < b[3] + 6 for b in boxes):
            continue
        sh.rect(x, y, x + s, y + s, 0, "speck")
        k += 1


def fx_pages(texts):
    m = 2
    sheets = [Sheet(FX_W, FX_H) for _ in range(m)]
    for k, sh in enumerate(sheets, 1):
        fx_header(sh, k, m)
    a = sheets[0]
    for x0, y0, x1, y1 in ((FX_L, 100, FX_R, 104), (FX_L, 430, FX_R, 434), (FX_L, 100, FX_L + 4, 434),
                           (FX_R - 4, 100, FX_R, 434)):
        a.rect(x0, y0, x1, y1, 0, "cover")
    a.text(FX_L + 40, 180, _text.FX_COVER[0], "sansB", 60, "cover")
    for i, ln in enumerate(_text.FX_COVER[1:]):
        a.text(FX_L + 40, 250 + 48 * i, ln, "sans", 32, "cover")
    a.text(FX_L, 520, _text.FX_TITLE, "serifB", 44, "title")
    a.text(FX_L, 580, f"{FICT} {INVENTED}", "serifI", 32, "label")
    flow = Flow(sheets, [(0, FX_L, 630, FX_H - 110, FX_R - FX_L), (1, FX_L, 100, FX_H - 110, FX_R - FX_L)])
    for lab, _w in _text.FX_ITEMS:
        flow.skip(22)
        flow.para(lab, texts[lab], "serif", FX_PX, FX_LEAD, hang=FX_HANG)
    flow.skip(40)
    flow.place(plain_rows(_text.FX_END, "serifI", FX_PX, FX_LEAD, FX_R - FX_L, "closing"))
    for k, sh in enumerate(sheets, 1):
        fx_specks(sh, 7000 + k)
    return sheets


def make_fax(out, pm):
    path = out / "fax.tiff"
    texts = {lab: pm.make(w, "adult") for lab, w in _text.FX_ITEMS}
    sheets = fx_pages(texts)
    frames = [bilevel(sh.render(), 150) for sh in sheets]
    desc = f"Fax from {_text.FX_SENDER}"
    save_tiff(path, frames, "group4", (204, 196), [tiff_tags(_text.FX_SOFTWARE, desc=desc) for _ in frames])
    pages = {d["label"]: d["page"] for d in key_from_record(sheets)}
    result = [entry(lab, pages[lab], texts[lab]) for lab, _w in _text.FX_ITEMS]
    check_lengths(path.name, list(texts.values()), 30, 110)
    check_count(path.name, result, 5, 12)
    ends = check_record(path.name, sheets, result, texts, margin=20)
    cross = [d["label"] for d, e in zip(result, ends, strict=True) if e != d["page"]]
    if cross != ["3.8"]:
        raise AssertionError(f"fax.tiff: crossings {cross}")
    check_frames(path, "fax.tiff", sheets, "group4", (204, 196), lambda sh, pg: bilevel(sh.render(), 150))
    for k, sh in enumerate(sheets, 1):
        heads = [it["s"] for it in sh.items if it["role"] == "fax"]
        if heads[-1] != f"Page {k}/2" or _text.FX_SENDER not in heads[0] or min(box_of(it)[1] for it in sh.items
                                                                                if it["role"] == "fax") > 40:
            raise AssertionError(f"fax.tiff: header on page {k}")
    return {
        "note": ("TWO PAGES OF A SAFEGUARDING ADULTS REVIEW (Mrs W, Pellbrook) RECEIVED AS A FAX: a TIFF of two "
                 "frames, 1728 x 2292 pixels, 204 x 196 dpi (fine mode), CCITT GROUP 4, black and white with the "
                 "specks a fax line adds; no text layer. ALONG THE TOP OF EACH PAGE THE SENDING MACHINE'S HEADER "
                 "LINE in small fixed-pitch type: '17/03/2025 14:07   FROM: 01632 960418   PELLBROOK SAB' and "
                 "'Page 1/2' ('Page 2/2') at the right. Page 1: A COVER BOX ('FAX', 'To: Duty team, Marrowfield "
                 "Health Centre', 'From: Pellbrook SAB business unit', 'Re: paragraphs 3.4 to 3.9 of the review, "
                 "as you asked', 'Pages: 2 including this one'), the extract's title 'Safeguarding Adults Review: "
                 "Mrs W (fictional) \u2013 extract' and the fiction label, then 3.4 to 3.9, the numbers hung in "
                 "the margin (Times-like type, 38 pixels at 196 lines to the inch); 3.8 RUNS OVER THE PAGE "
                 "BREAK; an unnumbered closing line 'End of extract. ...' after 3.9. The "
                 "host numbers no paragraphs of its own. Not paragraphs: the fax header lines, the cover box, the "
                 "title, label and closing line. page = the frame; a paragraph over the break is keyed to the "
                 "frame where its number is."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 5. photos.pdf: two phone photos of a thematic review's pages, put into one PDF
# --------------------------------------------------------------------------
PD_PX, PD_LEAD, PD_HANG, PD_INK = 44, 60, 100, 24
PD_GUTTER = 64
PD_SHOTS = [(-1.1, (1214, 1640), (0.12, 0.26), 705), (2.1, (1232, 1626), (0.26, 0.10), 706)]


def pd_pages(texts):
    sheets = [Sheet(PH_W, PH_H, bg=255), Sheet(PH_W, PH_H, bg=255, cols=2)]
    for sh, printed in zip(sheets, _text.PD_PAGES, strict=True):
        running_head(sh, _text.PD_HEAD, _text.PD_HEAD_RIGHT, PH_L, PH_R, 150, "sans", 28, 90)
        centred(sh, printed, PH_H - 120, "sans", 34, "footer", 60, PH_L, PH_R)
    sheets[0].text(PH_L, 215, f"{FICT} {INVENTED}", "sansI", 30, "label", ink=60)
    col = (PH_R - PH_L - PD_GUTTER) // 2
    slots = [(0, PH_L, 290, PH_H - 220, PH_R - PH_L), (1, PH_L, 250, PH_H - 220, col),
             (1, PH_R - col, 250, PH_H - 220, col)]
    flow = Flow(sheets, slots, PD_INK)
    for lab, w in _text.PD_ITEMS1:
        if lab == "h":
            flow.place(plain_rows(w, "sansB", 52, 80, PH_R - PH_L, "heading"))
            continue
        flow.skip(30)
        if lab == "intro":
            flow.place(plain_rows(_text.PD_INTRO, "sans", PD_PX, PD_LEAD, PH_R - PH_L, "intro"))
            continue
        flow.para(lab, texts[lab], "sans", PD_PX, PD_LEAD, hang=PD_HANG, num_face="sansB")
    if flow.i != 1:
        raise AssertionError(f"photos.pdf: 2.4 does not run on {flow.i} {flow.cur}")
    for lab, _w in _text.PD_ITEMS2:
        flow.skip(30)
        flow.para(lab, texts[lab], "sans", PD_PX, PD_LEAD, hang=PD_HANG, num_face="sansB")
    return sheets


def pdf_of_jpegs(jpegs, size, producer, when):
    """A PDF as an iPhone's "Create PDF" makes it: a page for each JPEG, drawn to fill it, nothing else."""
    pdf = RawPDF()
    cat, pages = pdf.new(), pdf.new()
    kids = []
    for data, (w, h) in jpegs:
        pg, cs, img = pdf.new(), pdf.new(), pdf.new()
        pdf.put(img, pdf.stream(data, f"/Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace "
                                      "/DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode", compress=False))
        pdf.put(cs, pdf.stream(f"q {size[0]} 0 0 {size[1]} 0 0 cm /Im1 Do Q\n"))
        pdf.put(pg, f"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 {size[0]} {size[1]}] /Resources << "
                    f"/XObject << /Im1 {img} 0 R >> >> /Contents {cs} 0 R >>")
        kids.append(pg)
    pdf.put(pages, f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>")
    pdf.put(cat, f"<< /Type /Catalog /Pages {pages} 0 R >>")
    info = pdf.add(f"<< /Producer {pdf_text(producer)} /CreationDate ({when}) /ModDate ({when}) >>")
    return pdf.render(cat, info, b"%PDF-1.3")


def make_pdf(out, pm):
    path = out / "photos.pdf"
    items = [it for it in (*_text.PD_ITEMS1, *_text.PD_ITEMS2) if it[0] not in ("h", "intro")]
    texts = {lab: pm.make(w, "child") for lab, w in items}
    sheets = pd_pages(texts)
    shots, jpegs = [], []
    for sh, (angle, centre, light, seed) in zip(sheets, PD_SHOTS, strict=True):
        geo = photo_geometry(sh, angle, centre)
        pic = photograph(sh, geo, light, seed)
        shots.append((geo, pic))
        jpegs.append((jpeg_bytes(pic, 80), PHOTO))
    path.write_bytes(pdf_of_jpegs(jpegs, (612, 816), _text.PD_PRODUCER, "D:20250314091540Z00'00'"))
    pages = {d["label"]: d["page"] for d in key_from_record(sheets)}
    result = [entry(lab, pages[lab], texts[lab]) for lab, _w in items]
    check_lengths(path.name, list(texts.values()), 30, 110)
    check_count(path.name, result, 6, 14)
    ends = check_record(path.name, sheets, result, texts)
    cross = [d["label"] for d, e in zip(result, ends, strict=True) if e != d["page"]]
    if cross != ["2.4"]:
        raise AssertionError(f"photos.pdf: crossings {cross}")
    check_pdf(path, sheets, shots, jpegs)
    return {
        "note": ("TWO PHONE PHOTOS OF A THEMATIC REVIEW'S PAGES (children missing from care, Thornholt) PUT INTO ONE "
                 "PDF as an iPhone's 'Create PDF' makes it (Producer 'iOS Version 17.5.1 (Build 21F90) Quartz "
                 "PDFContext'): two 612 x 816 pt pages, EACH ONE JPEG IMAGE (2448 x 3264, DCTDecode) drawn over "
                 "the whole page, NO FONT AND NO TEXT AT ALL; each photo a printed page lying on a desk, turned a "
                 "degree or two, the light uneven. Photo 1 (printed page 4): running header, the fiction label, "
                 "the heading 'What the review found', an unnumbered opening paragraph ('This part of the report "
                 "sets out what the review found. ...'), 2.1 to 2.4 in one column, the numbers in bold hung in the "
                 "margin (12 pt sans type at about 240 pixels to the inch); 2.4 RUNS ON onto photo 2 (printed "
                 "page 5), WHICH IS SET IN TWO COLUMNS: 2.4's last lines at the top of the left column, then 2.5, "
                 "2.6 (RUNNING FROM THE FOOT OF THE LEFT COLUMN TO THE TOP OF THE RIGHT), 2.7 and 2.8. The host "
                 "numbers no paragraphs of its own. Reading order: a column at a time, the left first. Not "
                 "paragraphs: headers, label, heading, the opening paragraph, page numbers. page = the PDF page (= "
                 "the photo); 2.4 is keyed to page 1 and ends on page 2; 2.6's ends_with are the last words of "
                 "the right column's first lines."),
        "paragraphs": result,
    }


def check_pdf(path, sheets, shots, jpegs):
    """pypdf and pdfplumber: two 612 x 816 pages, no characters, no fonts, one DCTDecode image a page whose bytes
    are the photo's JPEG; each photo, decoded, against the record photographed again."""
    import pdfplumber
    from PIL import Image
    from pypdf import PdfReader
    with pdfplumber.open(path) as pl:
        if [(round(p.width), round(p.height), len(p.chars), len(p.images)) for p in pl.pages] != [(612, 816, 0, 1)] * 2:
            raise AssertionError("photos.pdf: pages")
    rd = PdfReader(path)
    if "Quartz PDFContext" not in str(rd.metadata.get("/Producer")):
        raise AssertionError("photos.pdf: producer")
    for k, (page, sh, (geo, pic), (data, _size)) in enumerate(zip(rd.pages, sheets, shots, jpegs, strict=True), 1):
        res = page["/Resources"]
        if "/Font" in res or page.extract_text().strip():
            raise AssertionError(f"photos.pdf: text on page {k}")
        xo = res["/XObject"]
        img = xo[next(iter(xo))].get_object()
        if img["/Filter"] != "/DCTDecode" or img.get_data() != data:
            raise AssertionError(f"photos.pdf: image of page {k}")
        with Image.open(io.BytesIO(img.get_data())) as im:
            im.load()
            check_photo(f"photos.pdf page {k}", im.copy(), pic, sh, geo)
    sides = {side for it in sheets[1].items if it["role"] in PARA_ROLES and it["para"] == "2.6"
             for side in ("left" if it["x"] < PH_W / 2 else "right",)}
    if sides != {"left", "right"}:
        raise AssertionError("photos.pdf: 2.6 does not run from the left column to the right")


def build(out):
    return _harness.build_files(out, ParaMaker(), {"scan.png": make_scan, "photo.jpg": make_photo,
                                                    "scan.tif": make_tif, "fax.tiff": make_fax,
                                                    "photos.pdf": make_pdf})


def main(out: pathlib.Path, determinism: bool = True) -> dict:
    """Build and self-check into ``out``; with ``determinism``, build again elsewhere and compare the bytes."""
    return _harness.build_checked(build, out, "blind70-determinism-", determinism)


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
