"""scan-mixed.pdf: born-digital pages with '1.', '2.' ... paragraphs, except
page 4, which is an image of a page (200 dpi, no text layer) holding two
numbered paragraphs."""
from __future__ import annotations

from pathlib import Path

from common import DISCLAIMER, FICTIONAL, check, entry, number_led_continuations, to_words, unique_windows
from pdfflow import FONT_DIR, Flow, ParaStyle, register_vera
from PIL import Image, ImageDraw, ImageFont
from prose import GEN_ORDER, Writer, fix_windows
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader

TITLE = "Local Child Safeguarding Practice Review: Child W"
RUNNING = f"Sarnford Safeguarding Partnership \u2013 {TITLE} \u2013 {FICTIONAL}"
DPI = 200
PT = DPI / 72.0
BODY = ParaStyle(font="Vera", size=11, leading=15.5, mode="hang", indent=24, space_after=9)
SCAN_PAGE = 4

PLAN = [  # (heading before or None, kind)
    ("Introduction", "intro"), (None, "intro"),
    ("The family", "family"),
    ("Key events", "chrono"), (None, "chrono"), (None, "chrono"),
    ("Analysis", "analysis"), (None, "analysis"),          # 7 and 8: the scanned page
    (None, "analysis"),
    ("Findings", "finding"), (None, "finding"),
    ("Recommendations", "rec"), (None, "rec"),
]


def _deco(c, page, ps):
    w, h = ps
    c.setFont("VeraIt", 8)
    c.drawString(72, h - 42, RUNNING)
    c.setFont("Vera", 9)
    c.drawRightString(w - 72, 36, f"Page {page}")


def render_scan(paras: list[tuple[str, str]], heading: str, page: int) -> Image.Image:
    """Draw a page image: 12pt-equivalent Vera text, black on white, 200 dpi."""
    W, H = round(A4[0] / 72 * DPI), round(A4[1] / 72 * DPI)
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    body = ImageFont.truetype(str(FONT_DIR / "Vera.ttf"), round(12 * PT))
    bold = ImageFont.truetype(str(FONT_DIR / "VeraBd.ttf"), round(14 * PT))
    ital = ImageFont.truetype(str(FONT_DIR / "VeraIt.ttf"), round(8 * PT))
    small = ImageFont.truetype(str(FONT_DIR / "Vera.ttf"), round(9 * PT))
    L = round(72 * PT)
    R = W - round(72 * PT)
    ind = round(26 * PT)
    lead = round(17 * PT)
    d.text((L, round(42 * PT) - round(8 * PT)), RUNNING, font=ital, fill=0)
    y = round(86 * PT)
    d.text((L, y), heading, font=bold, fill=0)
    y += round(28 * PT)
    for label, text in paras:
        d.text((L, y), label, font=body, fill=0)
        line = ""
        for w in text.split():
            cand = w if not line else line + " " + w
            if d.textlength(cand, font=body) <= R - L - ind or not line:
                line = cand
            else:
                d.text((L + ind, y), line, font=body, fill=0)
                y += lead
                line = w
        d.text((L + ind, y), line, font=body, fill=0)
        y += lead + round(10 * PT)
    check(y < H - round(80 * PT), "scanned page overflows")
    foot = f"Page {page}"
    d.text((R - d.textlength(foot, font=small), H - round(36 * PT) - round(9 * PT)), foot,
           font=small, fill=0)
    return img


def build(out: Path) -> dict:
    register_vera()
    W = Writer("scan", "scan-v1", n_events=14, n_chrono=3)
    kinds = [k for _h, k in PLAN]
    # word caps keep paragraphs 1-6 within pages 1-3 and 7-8 within one image page
    caps = {0: 200, 1: 160, 2: 240, 3: 300, 4: 280, 5: 220, 6: 170, 7: 150}
    sents: list[list[str]] = [[] for _ in kinds]
    for g in GEN_ORDER:
        for i, k in enumerate(kinds):
            if k == g:
                hi = caps.get(i)
                sents[i] = W.sentences(k, lo=hi - 40 if hi else None, hi=hi)
    sents = fix_windows(W, sents)
    texts = [" ".join(s) for s in sents]

    path = out / "scan-mixed.pdf"
    f = Flow(path, page_deco=_deco, title=f"{TITLE} ({FICTIONAL})", author="Fictional lead reviewer")
    f.plain_para(FICTIONAL, "VeraBd", 12, 16, after=14)
    f.plain_para(TITLE, "VeraBd", 18, 23, after=4)
    f.plain_para("Sarnford Safeguarding Partnership \u2013 published March 2024", "Vera", 11, 15, after=8)
    f.plain_para(DISCLAIMER, "VeraIt", 8.5, 11, after=10)
    recs: list = []
    scan_img = None
    for i, ((head, _k), text) in enumerate(zip(PLAN, texts, strict=True)):
        label = f"{i + 1}."
        if i in (6, 7):
            continue
        if i == 8:
            # page 4: the scanned image with paragraphs 7 and 8
            check(f.page == 3, f"scan-mixed: paragraphs 1-6 did not end on page 3 (page {f.page})")
            scan_img = render_scan([("7.", texts[6]), ("8.", texts[7])], PLAN[6][0], SCAN_PAGE)

            def draw(c, page, ps, img=scan_img):
                c.drawImage(ImageReader(img), 0, 0, width=ps[0], height=ps[1])
            n = f.special_page(draw, deco=False)
            check(n == SCAN_PAGE, "scan page number")
        if head:
            f.heading(head, "VeraBd", 13, before=12, after=6, keep_lines=3 * BODY.leading)
        recs.append((i, f.para(label, to_words(text), BODY)))
    f.save()
    check(f.page == 6, f"scan-mixed has {f.page} pages, expected 6")

    entries = []
    rec_by_i = dict(recs)
    for i, text in enumerate(texts):
        lab = str(i + 1)
        if i in (6, 7):
            entries.append(entry(lab, text, page=SCAN_PAGE, printed_page=str(SCAN_PAGE),
                                 printed_label=f"{lab}.", end_page=SCAN_PAGE, scanned=True))
        else:
            r = rec_by_i[i]
            entries.append(entry(lab, text, page=r.start_page, printed_page=str(r.start_page),
                                 printed_label=f"{lab}.", end_page=r.end_page))
    unique_windows(entries, "scan-mixed.pdf")
    return {
        "paragraphs": entries,
        "notes": {
            "number_led_continuation_lines": number_led_continuations(f),
            "physical_pages": 6,
            "scanned_page": SCAN_PAGE,
            "scanned_page_detail": "Page 4 is a single 1654x2339 greyscale image (200 dpi, Vera 12pt-"
                                   "equivalent, black on white) drawn over the whole A4 page; the page has "
                                   "no text layer at all (no header/footer text either: the running header, "
                                   "the heading 'Analysis' and 'Page 4' are inside the image). OCR output "
                                   "may differ slightly from starts_with/ends_with.",
            "printed_page_numbers": "Footer prints 'Page n' (n = physical page) at bottom right; printed_page "
                                    "gives n as a string. On page 4 the footer is part of the image.",
            "layout": "Hanging indent: printed label '7.' at the margin, all text lines 24pt in "
                      "(26pt in the image). label in the key drops the full stop; printed_label keeps it.",
            "running_header": RUNNING,
        },
    }
