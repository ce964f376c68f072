"""Independent check of a PDF answer key with pdfplumber (FICTIONAL test material).

The generator records where it put each paragraph; this module re-reads the
finished PDF and confirms, for every key entry, that the paragraph number and
the first eight words are on the claimed page, in reading order, and that the
last six words follow before the next numbered paragraph starts.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pdfplumber
from common import Para, fail, words

Region = tuple[float, float, float, float]  # x0, top, x1, bottom (pdfplumber coordinates)


def page_lines(page, regions: list[Region]) -> list[tuple[int, list[dict]]]:
    ws = page.extract_words(x_tolerance=2, y_tolerance=2, keep_blank_chars=False)
    out: list[tuple[int, list[dict]]] = []
    for ri, (x0, t, x1, b) in enumerate(regions):
        sel = [w for w in ws if w["x0"] >= x0 - 0.5 and w["x1"] <= x1 + 0.5
               and w["top"] >= t - 0.5 and w["bottom"] <= b + 0.5]
        sel.sort(key=lambda w: (w["top"], w["x0"]))
        lines: list[list[dict]] = []
        for w in sel:
            if lines and abs(lines[-1][0]["top"] - w["top"]) < 2.0:
                lines[-1].append(w)
            else:
                lines.append([w])
        for ln in lines:
            ln.sort(key=lambda w: w["x0"])
            out.append((ri, ln))
    return out


def stream(path: Path, regions_for: Callable[[int, object], list[Region]]) -> list[dict]:
    """Reading-order token stream of the whole document (1-based pages)."""
    toks: list[dict] = []
    with pdfplumber.open(path) as pdf:
        for pno, page in enumerate(pdf.pages, start=1):
            for line_no, (ri, ln) in enumerate(page_lines(page, regions_for(pno, page)), start=1):
                for k, w in enumerate(ln):
                    toks.append({
                        "text": w["text"], "page": pno, "region": ri, "line": (pno, ri, line_no),
                        "first": k == 0, "alone": len(ln) == 1, "x0": w["x0"], "x1": w["x1"],
                        "top": w["top"], "line_words": ln,
                    })
    # re-join words hyphenated across a line end (none expected; kept for safety)
    joined: list[dict] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if (t["text"].endswith("-") and len(t["text"]) > 1 and i + 1 < len(toks)
                and toks[i + 1]["first"] and t["line"] != toks[i + 1]["line"]):
            t = dict(t, text=t["text"] + toks[i + 1]["text"], hyphen_joined=True)
            i += 1
        joined.append(t)
        i += 1
    return joined


def find_all(texts: list[str], seq: list[str], lo: int = 0, hi: int | None = None) -> list[int]:
    hi = len(texts) if hi is None else hi
    n = len(seq)
    return [i for i in range(lo, hi - n + 1) if texts[i:i + n] == seq]


def verify(name: str, path: Path, paras: list[Para],
           regions_for: Callable[[int, object], list[Region]],
           label_text: Callable[[Para], str],
           label_ok: Callable[[dict, list[dict], int], bool]) -> dict:
    """Fail loudly unless every key entry holds. Returns observations for notes."""
    toks = stream(path, regions_for)
    texts = [t["text"] for t in toks]
    starts: list[int] = []
    prev = -1
    for p in paras:
        want = [label_text(p), *words(p.text)[:8]]
        cands = [i for i in find_all(texts, want) if toks[i]["first"] and label_ok(toks[i], toks, i)]
        if len(cands) != 1:
            fail(f"{name} ¶{p.label}: found {len(cands)} label+opening matches "
                 f"(pages {[toks[i]['page'] for i in cands]}) for {' '.join(want)!r}")
        i = cands[0]
        if i <= prev:
            fail(f"{name} ¶{p.label}: out of reading order")
        if toks[i]["page"] != p.page:
            fail(f"{name} ¶{p.label}: generator says p.{p.page}, pdfplumber finds p.{toks[i]['page']}")
        # the first words of the text must be on the same page as the number
        if toks[i + 1]["page"] != p.page:
            fail(f"{name} ¶{p.label}: number and first word on different pages")
        starts.append(i)
        prev = i
    obs: dict = {"page_spans": {}, "region_spans": {}}
    for n, p in enumerate(paras):
        lo = starts[n]
        hi = starts[n + 1] if n + 1 < len(paras) else len(toks)
        tail = words(p.text)[-6:]
        hits = find_all(texts, tail, lo, hi)
        if len(hits) != 1:
            fail(f"{name} ¶{p.label}: ends_with {' '.join(tail)!r} found {len(hits)}x before next ¶")
        end = hits[0] + 5
        # every word of the paragraph must appear, in order, between start and end
        body = words(p.text)
        j = lo + 1
        for w in body:
            while j <= end and texts[j] != w:
                j += 1
            if j > end:
                fail(f"{name} ¶{p.label}: word {w!r} missing/out of order in extracted text")
            j += 1
        p.end_page = toks[end]["page"]
        if p.end_page != p.page:
            obs["page_spans"][p.label] = [p.page, p.end_page]
        regions = []
        for t in toks[lo:end + 1]:
            r = (t["page"], t["region"])
            if not regions or regions[-1] != r:
                regions.append(r)
        if len(regions) > 1:
            obs["region_spans"][p.label] = regions
    obs["tokens"] = toks
    obs["starts"] = starts
    return obs
