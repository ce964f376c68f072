"""Independent checks of the generated documents against the answer key.

PDFs are re-read with pdfplumber (and pypdf for page labels / geometry);
HTML with the standard-library parser; DOCX with python-docx plus raw XML.
Any failure raises AssertionError with a message naming file and label.
"""
from __future__ import annotations

import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

import pdfplumber
import pypdf
from common import check


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def count(hay: str, needle: str) -> int:
    return len(re.findall(re.escape(needle), hay))


# ----------------------------------------------------------------------------
# PDF
# ----------------------------------------------------------------------------
def pdf_texts(path: Path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [norm(p.extract_text() or "") for p in pdf.pages]


def check_pdf(path: Path, key: dict, *, left: float, first_x: float,
              printed=None, footer_band: float = 60.0, header_band: float = 0.0) -> None:
    """left: x of the printed label; first_x: x of the first text word after it.
    printed(page_obj) -> str|None gives the printed page number read off the page."""
    name = path.name
    entries = key["paragraphs"]
    with pdfplumber.open(path) as pdf:
        pages = pdf.pages
        # body text only: drop running header/footer bands and small type (footnote
        # bodies, superscript markers), so that windows split by a page break rejoin
        texts = [body_text(p) for p in pages]
        doc = " ".join(texts)
        offs, o = [], 0
        for t in texts:
            offs.append(o)
            o += len(t) + 1

        def page_at(pos: int) -> int:
            return max(i for i, st in enumerate(offs) if st <= pos) + 1
        last_pos = -1
        for e in entries:
            lab = e.get("printed_label", e["label"])
            where = f"{name} {lab} (chapter {e.get('chapter')})" if "chapter" in e else f"{name} {lab}"
            pno = e["page"]
            check(isinstance(pno, int) and 1 <= pno <= len(pages), f"{where}: bad page {pno}")
            page = pages[pno - 1]
            if e.get("scanned"):
                check(len(page.chars) == 0, f"{where}: scanned page {pno} has a text layer")
                imgs = page.images
                check(len(imgs) == 1, f"{where}: scanned page {pno} has {len(imgs)} images")
                im = imgs[0]
                check(abs(im["x0"]) < 1 and abs(im["x1"] - float(page.width)) < 1
                      and abs(im["top"]) < 1 and abs(im["bottom"] - float(page.height)) < 1,
                      f"{where}: image does not cover page {pno}")
                continue
            # 1. label + first words: exactly once in the document, on the stated page
            needle = f"{lab} {e['starts_with']}"
            hits = [i + 1 for i, t in enumerate(texts) if needle in t]
            check(hits == [pno], f"{where}: start {needle!r} found on pages {hits}, key says {pno}")
            check(count(texts[pno - 1], needle) == 1, f"{where}: start repeated on page {pno}")
            check(count(doc, e["starts_with"]) == 1, f"{where}: starts_with not unique in document")
            pos = doc.find(needle)
            check(pos > last_pos, f"{where}: paragraph out of order")
            last_pos = pos
            # 2. end words: exactly once, on the stated end page, after the start
            endp = e.get("end_page", pno)
            check(count(doc, e["ends_with"]) == 1, f"{where}: ends_with not unique in document body text")
            epos = doc.find(e["ends_with"]) + len(e["ends_with"]) - 1
            check(page_at(epos) == endp, f"{where}: paragraph ends on page {page_at(epos)}, key says {endp}")
            check(epos > pos, f"{where}: ends_with before start")
            # nothing but this paragraph between its start and its end (next label comes after)
            check(page_at(pos) == pno, f"{where}: start offset on wrong page")
            # 3. geometry: label word at the margin, first text word at first_x, same line
            words = page.extract_words(keep_blank_chars=False, use_text_flow=False)
            first = e["starts_with"].split()[0]
            fx = first_x(lab) if callable(first_x) else first_x
            ok = False
            for i, w in enumerate(words[:-1]):
                nxt = words[i + 1]
                if (w["text"] == lab and abs(w["x0"] - left) < 0.6 and nxt["text"] == first
                        and abs(nxt["top"] - w["top"]) < 1.5 and abs(nxt["x0"] - fx) < 0.6):
                    ok = True
                    break
            check(ok, f"{where}: label/first word not found at x={left}/{fx} on page {pno}")
            # 4. printed page number
            if printed is not None:
                got = printed(page)
                check(got == e["printed_page"],
                      f"{where}: printed page on p.{pno} reads {got!r}, key says {e['printed_page']!r}")
            else:
                check(e["printed_page"] is None, f"{where}: printed_page should be null")
            # 5. the paragraph's printed run really starts on this page (not the previous)
            if pno > 1:
                check(needle not in texts[pno - 2], f"{where}: start also on previous page")


def body_text(page, band: float = 55.0, min_size: float = 9.5) -> str:
    h = float(page.height)

    def keep(obj):
        if obj.get("object_type") != "char":
            return True
        return obj["size"] >= min_size and band < obj["top"] and obj["bottom"] < h - band

    return norm(page.filter(keep).extract_text() or "")


def footer_text(page, band: float = 60.0) -> str:
    crop = page.crop((0, float(page.height) - band, float(page.width), float(page.height)))
    return norm(crop.extract_text() or "")


def page_labels(path: Path) -> list[str]:
    return list(pypdf.PdfReader(str(path)).page_labels)


def check_footnotes(path: Path, footnotes: list[dict], *, left: float, size: float,
                    sup_size: float) -> None:
    with pdfplumber.open(path) as pdf:
        nums = [f["number"] for f in footnotes]
        check(nums == list(range(1, len(nums) + 1)), f"{path.name}: footnotes not 1..n")
        for f in footnotes:
            page = pdf.pages[f["page"] - 1]
            words = page.extract_words()
            lead = f["text"].split()[0]
            ok = any(w["text"] == str(f["number"]) and abs(w["x0"] - left) < 0.6
                     and words[i + 1]["text"] == lead and abs(words[i + 1]["top"] - w["top"]) < 1.5
                     for i, w in enumerate(words[:-1]))
            check(ok, f"{path.name}: footnote {f['number']} body not at margin on page {f['page']}")
            sup = "".join(c["text"] for c in page.chars if abs(c["size"] - sup_size) < 0.05)
            check(str(f["number"]) in sup,
                  f"{path.name}: superscript marker {f['number']} not on page {f['page']}")
            body_sz = {round(c["size"], 2) for c in page.chars if c["y0"] < 200 and c["text"] == lead[0]}
            check(size in body_sz, f"{path.name}: footnote {f['number']} not in {size}pt")


# ----------------------------------------------------------------------------
# HTML
# ----------------------------------------------------------------------------
class _Blocks(HTMLParser):
    """Collect text of block elements inside div.govspeak, in order."""

    BLOCKS: ClassVar[frozenset[str]] = frozenset({"p", "li", "h1", "h2", "h3", "td", "th", "caption"})

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict]] = []
        self.blocks: list[dict] = []
        self.cur: dict | None = None
        self.in_govspeak = 0
        self.depth = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.stack.append((tag, a))
        if tag == "div" and "govspeak" in (a.get("class") or "").split():
            self.in_govspeak = len(self.stack)
        if tag in self.BLOCKS and self.in_govspeak:
            ctx = [t for t, _ in self.stack[:-1]]
            cls = [x.get("class", "") for _, x in self.stack]
            self.cur = {"tag": tag, "text": "", "ctx": ctx, "id": a.get("id"),
                        "in_footnotes": any("footnotes" in (c or "") for c in cls)}
            self.blocks.append(self.cur)

    def handle_endtag(self, tag):
        while self.stack:
            t, _ = self.stack.pop()
            if self.in_govspeak and len(self.stack) < self.in_govspeak:
                self.in_govspeak = 0
            if t == tag:
                break
        if tag in self.BLOCKS:
            self.cur = None

    def handle_data(self, data):
        if self.cur is not None:
            self.cur["text"] += data


def html_blocks(path: Path) -> list[dict]:
    p = _Blocks()
    p.feed(path.read_text(encoding="utf-8"))
    for b in p.blocks:
        b["text"] = norm(b["text"])
    return p.blocks


def check_html(path: Path, key: dict) -> None:
    name = path.name
    src = path.read_text(encoding="utf-8")
    blocks = html_blocks(path)
    body = [b for b in blocks if not b["in_footnotes"]]
    alltext = " ".join(b["text"] for b in body)
    paras = [b for b in body if b["tag"] == "p"]
    last = -1
    for e in key["paragraphs"]:
        lab = e["label"]
        check(e["page"] is None and e["printed_page"] is None, f"{name} {lab}: page should be null")
        idx = [i for i, b in enumerate(paras) if b["text"].startswith(f"{lab} ")]
        check(len(idx) == 1, f"{name} {lab}: {len(idx)} <p> elements start with the label")
        i = idx[0]
        check(i > last, f"{name} {lab}: out of order")
        last = i
        b = paras[i]
        check(b["text"][len(lab) + 1:].startswith(e["starts_with"]), f"{name} {lab}: starts_with mismatch")
        check(re.search(r"<p>" + re.escape(lab) + r" ", src) is not None, f"{name} {lab}: not '<p>{lab} '")
        check(count(alltext, e["starts_with"]) == 1, f"{name} {lab}: starts_with not unique")
        check(count(alltext, e["ends_with"]) == 1, f"{name} {lab}: ends_with not unique")
        if e.get("contains_list"):
            # lead-in <p>, then <ul> items, then the closing unnumbered <p>
            j = blocks.index(b)
            items = []
            k = j + 1
            while blocks[k]["tag"] == "li":
                items.append(blocks[k]["text"])
                k += 1
            check(len(items) == e["list_items"], f"{name} {lab}: expected {e['list_items']} bullets")
            closing = blocks[k]
            check(closing["tag"] == "p" and not re.match(r"^\d+\.\d+ ", closing["text"]),
                  f"{name} {lab}: closing sentence is not an unnumbered <p>")
            check(closing["text"].endswith(e["ends_with"]), f"{name} {lab}: ends_with not in closing <p>")
        else:
            check(b["text"].endswith(e["ends_with"]), f"{name} {lab}: ends_with mismatch")
    # footnote wiring
    refs = re.findall(r'<sup[^>]*><a href="#fn:(\d+)"[^>]*>(\d+)</a></sup>', src)
    check(refs and all(a == b for a, b in refs), f"{name}: footnote refs malformed")
    for n, _ in refs:
        check(f'<li id="fn:{n}"' in src, f"{name}: footnote {n} has no target")
    check(re.search(r'<div class="footnotes"[^>]*>\s*<ol>', src) is not None, f"{name}: no footnotes div")


# ----------------------------------------------------------------------------
# DOCX
# ----------------------------------------------------------------------------
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def check_docx(path: Path, key: dict) -> None:
    import docx

    name = path.name
    d = docx.Document(str(path))
    ps = d.paragraphs
    texts = [p.text for p in ps]
    alltext = " ".join(norm(t) for t in texts)
    last = -1
    for e in key["paragraphs"]:
        lab = e["label"]
        check(e["page"] is None and e["printed_page"] is None, f"{name} {lab}: page should be null")
        idx = [i for i, t in enumerate(texts) if t.startswith(lab + "\t")]
        check(len(idx) == 1, f"{name} {lab}: {len(idx)} paragraphs start with '{lab}<TAB>'")
        i = idx[0]
        check(i > last, f"{name} {lab}: out of order")
        last = i
        p = ps[i]
        t = norm(p.text[len(lab) + 1:])
        check(t.startswith(e["starts_with"]), f"{name} {lab}: starts_with mismatch")
        check(t.endswith(e["ends_with"]), f"{name} {lab}: ends_with mismatch")
        check(count(alltext, e["starts_with"]) == 1, f"{name} {lab}: starts_with not unique")
        check(count(alltext, e["ends_with"]) == 1, f"{name} {lab}: ends_with not unique")
        xml = p._p.xml
        check("<w:tab/>" in xml, f"{name} {lab}: number not followed by a w:tab element")
        check(p.style.name == "Numbered Paragraph", f"{name} {lab}: style is {p.style.name}")
        if e.get("soft_line_break"):
            check(re.search(r"<w:br/>", xml) is not None, f"{name} {lab}: no untyped w:br")
        else:
            check("<w:br" not in xml, f"{name} {lab}: unexpected w:br")
    # structure: TOC field first, page break before every Heading 1
    body = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    check(re.search(r"<w:instrText[^>]*>\s*TOC ", body) is not None, f"{name}: no TOC field")
    check(body.find("TOC ") < body.find("Heading1"), f"{name}: TOC is not at the start")
    for i, p in enumerate(ps):
        if p.style.name == "Heading 1":
            prev = ps[i - 1]._p.xml
            check('w:type="page"' in prev, f"{name}: no explicit page break before heading {p.text!r}")
