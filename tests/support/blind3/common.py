"""Shared helpers for the blind3 fictional test documents."""
from __future__ import annotations

import random

from pdfflow import Word

FICTIONAL = "FICTIONAL \u2013 for software testing"
DISCLAIMER = (
    "This document is entirely fictional. It was generated to test software that "
    "divides review reports into passages and cites them. The people, places, agencies "
    "and events it describes are invented; any resemblance to real people, places, "
    "agencies or events is coincidental.")


class KeyError_(AssertionError):
    pass


def check(cond: bool, msg: str) -> None:
    if not cond:
        raise KeyError_(msg)


def first_words(text: str, n: int = 8) -> str:
    return " ".join(text.split()[:n])


def last_words(text: str, n: int = 6) -> str:
    return " ".join(text.split()[-n:])


def entry(label: str, text: str, *, page=None, printed_page=None, printed_label=None,
          end_page=None, **extra) -> dict:
    e = {
        "label": label,
        "page": page,
        "printed_page": printed_page,
        "starts_with": first_words(text, 8),
        "ends_with": last_words(text, 6),
    }
    if printed_label is not None:
        e["printed_label"] = printed_label
    if end_page is not None:
        e["end_page"] = end_page
    e["word_count"] = len(text.split())
    e.update(extra)
    return e


def unique_windows(entries: list[dict], fname: str) -> None:
    """starts_with / ends_with windows and first sentences must be unique in a file."""
    for k in ("starts_with", "ends_with"):
        seen: dict[str, str] = {}
        for e in entries:
            v = e[k]
            check(v not in seen, f"{fname}: duplicate {k} {v!r} ({seen.get(v)} and {e['label']})")
            seen[v] = e["label"]


def marker_position(words: list[str], rng: random.Random) -> int:
    """Index of the word after which a footnote marker goes: never within the
    first 10 or the last 8 words, preferring a word that ends a sentence or clause."""
    lo, hi = 10, len(words) - 9
    if hi < lo:
        raise ValueError("paragraph too short for a footnote marker")
    good = [i for i in range(lo, hi + 1) if words[i][-1] in ".,;"]
    pool = good or list(range(lo, hi + 1))
    return rng.choice(pool)


def to_words(text: str, markers: dict[int, int] | None = None) -> list[Word]:
    markers = markers or {}
    return [Word(w, markers.get(i)) for i, w in enumerate(text.split())]


def text_with_sups(text: str, markers: dict[int, int]) -> str:
    ws = text.split()
    return " ".join(w + (str(markers[i]) if i in markers else "") for i, w in enumerate(ws))


def place_footnotes(texts: list[str], specs: list[tuple[list[str], str]], rng: random.Random,
                    reserved: set[int] | None = None, per_para: int = 2, skip_missing: bool = False):
    """Attach each footnote (keywords, body) after the end of the first sentence (in document
    order) that contains one of its keywords as whole words, at most `per_para` per paragraph and
    never within the first 10 / last 8 words; then number the footnotes 1..n in document order.
    Returns (markers {para: {word_idx: n}}, bodies {n: text})."""
    reserved = set(reserved or ())
    per: dict[int, int] = {}
    taken: list[tuple[int, int]] = []
    placed: list[tuple[int, int, str]] = []
    clean = [[w.lower().strip(".,;:'()") for w in t.split()] for t in texts]
    for keys, body in specs:
        spot = None
        for pi, t in enumerate(texts):
            if pi in reserved or per.get(pi, 0) >= per_para:
                continue
            ws = t.split()
            low = clean[pi]
            lo, hi = 10, len(ws) - 9
            for i in range(len(ws)):
                for k in keys:
                    kw = k.lower().split()
                    if low[i:i + len(kw)] == kw:
                        end = next((j for j in range(i + len(kw) - 1, len(ws)) if ws[j].endswith(".")), None)
                        if end is not None and lo <= end <= hi and (pi, end) not in taken:
                            spot = (pi, end)
                            break
                if spot:
                    break
            if spot:
                break
        if spot is None:
            if skip_missing:
                continue
            raise AssertionError(f"no place for footnote keyed {keys}")
        per[spot[0]] = per.get(spot[0], 0) + 1
        taken.append(spot)
        placed.append((spot[0], spot[1], body))
    placed.sort()
    markers: dict[int, dict[int, int]] = {}
    bodies: dict[int, str] = {}
    for n, (pi, wi, body) in enumerate(placed, 1):
        markers.setdefault(pi, {})[wi] = n
        bodies[n] = body
    return markers, bodies


def number_led_continuations(flow) -> list[dict]:
    """Continuation lines (not a paragraph's first line) that begin with a digit: places
    where a naive cutter could mistake running text for a new paragraph number."""
    import re

    out = []
    for rec in flow.paras:
        for ln in rec.lines[1:]:
            if re.match(r"^\(?\d", ln.text):
                d = {"page": ln.page, "x": round(ln.x, 1), "line_starts": " ".join(ln.text.split()[:6]),
                     "inside_paragraph": rec.label.rstrip(".")}
                if "chapter" in rec.meta:
                    d["chapter"] = rec.meta["chapter"]
                out.append(d)
    return out
