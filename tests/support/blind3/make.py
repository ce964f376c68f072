"""Build the blind3 test documents and their answer key, then verify the key.

ENTIRELY FICTIONAL – for software testing. Every person, place, agency and event
in the generated documents is invented.

    /work/main/.venv/bin/python /work/main/blind3/make.py [OUT_DIR]   (default: blind3/out)

Writes tabbed.pdf, scan-mixed.pdf, cover-labels.pdf, govuk.html, manual.docx,
restart.pdf and expected.json into OUT_DIR; exits non-zero if any check fails.
The build is deterministic: a second build in a temporary directory must give
byte-identical files, and this is checked too.
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import build_cover  # noqa: E402
import build_docx  # noqa: E402
import build_html  # noqa: E402
import build_restart  # noqa: E402
import build_scan  # noqa: E402
import build_tabbed  # noqa: E402
import verify  # noqa: E402
from common import FICTIONAL, check  # noqa: E402
from pdfflow import sw  # noqa: E402

FILES = ["tabbed.pdf", "scan-mixed.pdf", "cover-labels.pdf", "govuk.html", "manual.docx", "restart.pdf"]

CONVENTIONS = {
    "fictional": f"{FICTIONAL}. All content is invented.",
    "label": "The paragraph number as a citation would give it: '1.1', 'A1', '12' (no trailing full "
             "stop). printed_label (PDFs) is the label exactly as printed, e.g. '7.'.",
    "page": "1-based PHYSICAL page index where the paragraph's number/first line is printed; null for "
            "HTML and DOCX.",
    "end_page": "Physical page holding the paragraph's last words (PDFs only).",
    "printed_page": "The page number printed on the start page, as a string ('3', 'iii'); null where "
                    "none is printed or the format has no pages.",
    "starts_with": "First 8 whitespace-separated words after the number, exactly as printed "
                   "(punctuation attached). Never contains a footnote marker.",
    "ends_with": "Last 6 whitespace-separated words of the paragraph (for a paragraph with a list, the "
                 "end of its closing sentence). Never contains a footnote marker.",
    "uniqueness": "Within each file, every starts_with and every ends_with occurs exactly once in the "
                  "document text, and each paragraph's first sentence is unique.",
    "word_count": "Words in the paragraph excluding its number (80-350).",
    "scanned": "true for paragraphs that exist only in a page image (OCR needed); their text may come "
               "back imperfectly.",
    "chapter": "restart.pdf only: the chapter number; (chapter, label) identifies a paragraph.",
}


def _printed_plain(page) -> str | None:
    t = verify.footer_text(page)
    return t or None


def _printed_page_word(page) -> str | None:
    t = verify.footer_text(page)
    m = re.fullmatch(r"Page (\d+)(?: of \d+)?", t)
    return m.group(1) if m else None


def build_all(out: Path) -> dict:
    out.mkdir(parents=True, exist_ok=True)
    key = {
        "tabbed.pdf": build_tabbed.build(out),
        "scan-mixed.pdf": build_scan.build(out),
        "cover-labels.pdf": build_cover.build(out),
        "govuk.html": build_html.build(out),
        "manual.docx": build_docx.build(out),
        "restart.pdf": build_restart.build(out),
    }
    for _name, k in key.items():
        k["notes"]["conventions"] = CONVENTIONS
        k["notes"]["numbered_paragraphs"] = len(k["paragraphs"])
    (out / "expected.json").write_text(json.dumps(key, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return key


def verify_all(out: Path, key: dict) -> None:
    # every paragraph: 80-350 words, first sentence unique in file (checked via starts_with windows)
    for name, k in key.items():
        for e in k["paragraphs"]:
            check(80 <= e["word_count"] <= 350, f"{name} {e['label']}: {e['word_count']} words")
            check(len(e["starts_with"].split()) == 8 and len(e["ends_with"].split()) == 6,
                  f"{name} {e['label']}: window sizes")
    # 1. tabbed.pdf
    p = out / "tabbed.pdf"
    k = key["tabbed.pdf"]
    verify.check_pdf(p, k, left=72, first_x=108, printed=_printed_plain)
    verify.check_footnotes(p, k["notes"]["footnotes"], left=72, size=7.5, sup_size=6.5)
    import pdfplumber

    with pdfplumber.open(p) as pdf:
        lp = k["notes"]["landscape_page"]["page"]
        pg = pdf.pages[lp - 1]
        check(pg.width > pg.height, "tabbed: landscape page is not landscape")
        tables = pg.extract_tables()
        check(len(tables) == 1 and all(len(r) == 4 for r in tables[0]), "tabbed: 4-column table not found")
        check(FICTIONAL in (pdf.pages[0].extract_text() or "").split("\n")[0], "tabbed: first line")
        e32 = next(e for e in k["paragraphs"] if e["label"] == "3.2")
        e33 = next(e for e in k["paragraphs"] if e["label"] == "3.3")
        check(e32["end_page"] == lp - 1 and e33["page"] == lp + 1, "tabbed: table page not between 3.2 and 3.3")
        for i, pgx in enumerate(pdf.pages, 1):
            if i != lp:
                check(pgx.width < pgx.height, f"tabbed: page {i} should be portrait")
        labs = [e["label"] for e in k["paragraphs"]]
        check(labs[-3:] == ["A1", "A2", "A3"], "tabbed: appendix labels")
    # 2. scan-mixed.pdf
    p = out / "scan-mixed.pdf"
    k = key["scan-mixed.pdf"]
    verify.check_pdf(p, k, left=72, first_x=96, printed=_printed_page_word)
    with pdfplumber.open(p) as pdf:
        check(len(pdf.pages) == 6, "scan-mixed: 6 pages")
        for i, pg in enumerate(pdf.pages, 1):
            if i == 4:
                check(not pg.chars and len(pg.images) == 1, "scan-mixed: page 4 must be image-only")
                im = pg.images[0]
                check(tuple(im["srcsize"]) == (1654, 2339), f"scan-mixed: image size {im['srcsize']}")
            else:
                check(len(pg.chars) > 200 and not pg.images, f"scan-mixed: page {i} must be born-digital")
        check(FICTIONAL in (pdf.pages[0].extract_text() or "").split("\n")[1], "scan-mixed: first line")
    check([e["label"] for e in k["paragraphs"] if e.get("scanned")] == ["7", "8"], "scan-mixed: scanned 7, 8")
    # 3. cover-labels.pdf
    p = out / "cover-labels.pdf"
    k = key["cover-labels.pdf"]
    verify.check_pdf(p, k, left=72, first_x=108, printed=_printed_plain)
    labels = verify.page_labels(p)
    check(labels == k["notes"]["page_labels"], f"cover-labels: /PageLabels {labels}")
    with pdfplumber.open(p) as pdf:
        for i, pg in enumerate(pdf.pages, 1):
            want = build_cover.printed_label(i)
            check(_printed_plain(pg) == want, f"cover-labels: page {i} footer {_printed_plain(pg)!r} != {want!r}")
            if i >= 2:
                check(labels[i - 1] == want, f"cover-labels: label/printed mismatch on page {i}")
        b = k["notes"]["bottom_of_page_paragraph"]
        pg = pdf.pages[b["page"] - 1]
        body = [w for w in pg.extract_words() if 60 < w["top"] < float(pg.height) - 60]
        lowest = max(w["top"] for w in body)
        lab_w = [w for w in body if w["text"] == b["label"] and abs(w["x0"] - 72) < 0.6]
        check(len(lab_w) == 1 and abs(lab_w[0]["top"] - lowest) < 0.5,
              "cover-labels: target paragraph is not on the last line of its page")
        nxt = pdf.pages[b["continues_on"] - 1]
        nb = [w for w in nxt.extract_words() if 60 < w["top"] < float(nxt.height) - 60]
        first_top = min(w["top"] for w in nb)
        first_line = " ".join(w["text"] for w in nb if abs(w["top"] - first_top) < 0.5)
        check(not re.match(r"^\d+\.\d+ ", first_line), "cover-labels: continuation starts with a label")
        check(FICTIONAL in (pdf.pages[0].extract_text() or "").split("\n")[0], "cover-labels: first line")
        # contents page (physical 3) entries point at the printed page where each heading is
        toc = (pdf.pages[2].extract_text() or "").split("\n")
        for head, _n, _k in build_cover.SECTIONS:
            line = next((ln for ln in toc if ln.startswith(head + " ")), None)
            check(line is not None, f"cover-labels: contents lacks {head!r}")
            pg_no = line.split()[-1]
            hits = [i for i, pg in enumerate(pdf.pages, 1)
                    if i >= build_cover.FIRST_REPORT and head in (pg.extract_text() or "").split("\n")]
            check(len(hits) == 1 and build_cover.printed_label(hits[0]) == pg_no,
                  f"cover-labels: contents says {head!r} on {pg_no}, found on physical {hits}")
    # 4. govuk.html
    verify.check_html(out / "govuk.html", key["govuk.html"])
    # 5. manual.docx
    verify.check_docx(out / "manual.docx", key["manual.docx"])
    # 6. restart.pdf
    p = out / "restart.pdf"
    k = key["restart.pdf"]
    verify.check_pdf(p, k, left=72, first_x=lambda lab: 72 + sw(lab + " ", "Helvetica", 10.5),
                     printed=_printed_page_word)
    seen = {}
    for e in k["paragraphs"]:
        seen.setdefault(e["chapter"], []).append(int(e["label"]))
    for ch, labs in seen.items():
        check(labs == list(range(1, len(labs) + 1)), f"restart: chapter {ch} numbering {labs}")
    check(len(seen) >= 3, "restart: needs several chapters")


def digest(d: Path) -> dict[str, str]:
    return {n: hashlib.sha256((d / n).read_bytes()).hexdigest() for n in [*FILES, "expected.json"]}


def main(out: Path, determinism: bool = True) -> dict:
    """Build and verify into ``out``; with ``determinism``, build again elsewhere and compare the bytes."""
    out = Path(out)
    key = build_all(out)
    verify_all(out, key)
    if not determinism:
        return key
    with tempfile.TemporaryDirectory(prefix="blind3-determinism-") as td:
        build_all(Path(td))
        a, b = digest(out), digest(Path(td))
        diff = [n for n in a if a[n] != b[n]]
        check(not diff, f"non-deterministic output: {diff}")
    return key


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "out"
    try:
        k = main(target)
    except AssertionError as exc:
        print(f"FAILED: {exc}", file=sys.stderr)
        sys.exit(1)
    for name in FILES:
        print(f"{name}: {len(k[name]['paragraphs'])} numbered paragraphs")
    print(f"wrote {target}/expected.json; all checks passed; build is deterministic")
