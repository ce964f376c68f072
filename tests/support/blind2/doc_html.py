"""judgment.html: court-judgment-style page, "[n]" paragraphs plus an <ol start=40> annex. FICTIONAL."""

from __future__ import annotations

import html
import re
import textwrap
from html.parser import HTMLParser
from pathlib import Path

import prose
from common import HE, Para, check_paras, fail, fill, seeds, slots_for

SLOTS = slots_for(S="K", M="K's mother", m="the mother", Rev="The review", rev="the review", **HE)
QUOTE_SLOTS = dict(SLOTS, Rev="This review", rev="this review")

# (heading, [(kind, spec)]) ; kinds: seeds, judge, xref, bq
MAIN = [
    ("Introduction", [("judge", "J1"), ("judge", "J2"), ("judge", "J3")]),
    ("Background", [("seeds", ["B1"]), ("seeds", ["B2", "B4"]), ("seeds", ["B3", "B5"]), ("seeds", ["B6", "B8"]),
                    ("seeds", ["B7"])]),
    ("The events leading to these proceedings", [("seeds", ["E1", "E2"]), ("seeds", ["E3", "E4"]),
                                                 ("seeds", ["E5", "E6"]), ("seeds", ["E7", "E8"]),
                                                 ("seeds", ["E9"]), ("seeds", ["E10", "E11"])]),
    ("The safeguarding practice review", [("seeds", ["I1", "I5"]), ("xref", ["A1"]), ("bq", ["L1"]),
                                          ("seeds", ["A3", "A5"]), ("seeds", ["CA2"]), ("seeds", ["CA3", "CA4"])]),
    ("Findings", [("judge", "J5"), ("judge", "J6")]),
    ("Conclusion", [("judge", "J7")]),
]
ANNEX_START = 40
ANNEX = [["R1", "R2"], ["R3", "R4"], ("two_p", ["L4"], ["L5"]), ["R5", "R6"], ["L2"], ["A10", "A12"]]

CSS = """body{font-family:Georgia,serif;margin:0;color:#222}
header,nav,footer{background:#eef1f5;padding:.5em 2em}
nav ul{list-style:none;margin:0;padding:0;display:flex;gap:1.5em}
main{max-width:46em;margin:1em auto;padding:0 1em}
.banner{color:#a00;font-weight:bold}
.num{font-weight:bold;margin-right:.4em}
blockquote{margin:1em 2.5em;font-style:italic}
ol.review-extract li{margin-bottom:1em}"""


def _wrap(text: str, indent: str = "") -> str:
    return textwrap.fill(html.escape(text, quote=False), width=96, initial_indent=indent,
                         subsequent_indent=indent, break_long_words=False, break_on_hyphens=False)


def _build_paras():
    main: list[tuple[str, list[Para]]] = []
    n = 0
    for heading, items in MAIN:
        ps = []
        for kind, spec in items:
            n += 1
            if kind == "judge":
                ps.append(Para(str(n), fill(prose.JUDGE[spec], SLOTS)))
            elif kind == "seeds":
                ps.append(Para(str(n), seeds(spec, SLOTS)))
            elif kind == "xref":
                body = seeds(spec, SLOTS)
                first, rest = body.split(". ", 1)
                ps.append(Para(str(n), f"{first}. {fill(prose.JUDGE['J_XREF'], SLOTS)} {rest}"))
            elif kind == "bq":
                lead = fill(prose.JUDGE["J4"], SLOTS)
                quote = seeds(spec, QUOTE_SLOTS)
                after = fill(prose.JUDGE["J4_AFTER"], SLOTS)
                ps.append(Para(str(n), f"{lead} {quote} {after}", extra={"lead": lead, "quote": quote,
                                                                          "after": after}))
        main.append((heading, ps))
    annex = []
    for k, spec in enumerate(ANNEX):
        label = str(ANNEX_START + k)
        if isinstance(spec, tuple):
            p1, p2 = seeds(spec[1], QUOTE_SLOTS), seeds(spec[2], QUOTE_SLOTS)
            annex.append(Para(label, f"{p1} {p2}", extra={"ps": [p1, p2]}))
        else:
            annex.append(Para(label, seeds(spec, QUOTE_SLOTS)))
    return main, annex


def _render(main, annex) -> str:
    out = [
        "<!DOCTYPE html>",
        '<html lang="en-GB">',
        "<head>",
        '<meta charset="utf-8">',
        "<title>FICTIONAL \u2013 for software testing | Re K (A Child) [2025] QFC 17</title>",
        f"<style>\n{CSS}\n</style>",
        "</head>",
        "<body>",
        '<header class="site-header">',
        '  <p class="banner">FICTIONAL \u2013 for software testing</p>',
        '  <p class="site-name">Quillford Judgments Archive (fictional)</p>',
        "</header>",
        '<nav aria-label="Main">',
        "  <ul>",
        '    <li><a href="#">Home</a></li>',
        '    <li><a href="#">Recent judgments</a></li>',
        '    <li><a href="#">Search</a></li>',
        '    <li><a href="#">About this archive</a></li>',
        "  </ul>",
        "</nav>",
        '<main id="content">',
        "<article>",
        '<p class="notice">FICTIONAL \u2013 for software testing. This judgment, the court, the parties and every '
        "person, place and agency named in it are invented. It was written to test document-processing "
        "software.</p>",
        '<p class="citation">Neutral Citation Number: [2025] QFC 17</p>',
        '<p class="caseno">Case No: QF24C00123</p>',
        '<p class="court">IN THE QUILLFORD FAMILY COURT (FICTIONAL)</p>',
        '<p class="date">Date: 14 February 2025</p>',
        '<p class="judge">Before: HER HONOUR JUDGE ALDERTON (fictional)</p>',
        "<h1>Re K (A Child): Care Proceedings</h1>",
        '<p class="approved">Approved judgment. The judge gives leave for this version to be published.</p>',
    ]
    for heading, ps in main:
        out.append(f"<h2>{html.escape(heading)}</h2>")
        for p in ps:
            open_tag = f'<p class="para" id="para{p.label}"><span class="num">[{p.label}]</span> '
            if "quote" in p.extra:
                out.append(open_tag + _wrap(p.extra["lead"]) + "</p>")
                out.append("<blockquote>")
                out.append("  <p>" + _wrap(p.extra["quote"], "  ").lstrip() + "</p>")
                out.append("</blockquote>")
                out.append("<p>" + _wrap(p.extra["after"]) + "</p>")
            else:
                out.append(open_tag + _wrap(p.text) + "</p>")
    out.append("<h2>Annex: extract from the review</h2>")
    out.append("<p>The following paragraphs are reproduced from the review with their original paragraph "
               "numbers.</p>")
    out.append(f'<ol start="{ANNEX_START}" class="review-extract">')
    for p in annex:
        if "ps" in p.extra:
            out.append("  <li>")
            for t in p.extra["ps"]:
                out.append("    <p>" + _wrap(t, "    ").lstrip() + "</p>")
            out.append("  </li>")
        else:
            out.append("  <li>" + _wrap(p.text, "    ").lstrip() + "</li>")
    out.append("</ol>")
    out += [
        "</article>",
        "</main>",
        "<footer>",
        "  <p>Quillford Judgments Archive is a fictional website created for software testing. "
        '<a href="#content">[Back to top]</a></p>',
        "</footer>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(out)


class _Blocks(HTMLParser):
    """Collects block texts: (tag, text, in_main, in_blockquote, ol_start)."""

    BLOCK = frozenset({"p", "h1", "h2", "li"})

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks: list[dict] = []
        self.stack: list[str] = []
        self.cur: dict | None = None
        self.ol_start: int | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "ol":
            self.ol_start = int(a.get("start", "1"))
        if tag in self.BLOCK and not (self.cur and self.cur["tag"] == "li"):
            self.cur = {"tag": tag, "text": "", "main": "main" in self.stack,
                        "bq": "blockquote" in self.stack, "ol": self.ol_start if tag == "li" else None}
        self.stack.append(tag)

    def handle_endtag(self, tag):
        while self.stack and self.stack[-1] != tag:
            self.stack.pop()
        if self.stack:
            self.stack.pop()
        if self.cur and tag == self.cur["tag"]:
            self.cur["text"] = " ".join(self.cur["text"].split())
            self.blocks.append(self.cur)
            self.cur = None
        elif self.cur and self.cur["tag"] == "li" and tag == "p":
            self.cur["text"] += " "

    def handle_data(self, data):
        if self.cur is not None:
            self.cur["text"] += data


def _verify(text: str, main_paras: list[Para], annex: list[Para]) -> None:
    bp = _Blocks()
    bp.feed(text)
    got: list[tuple[str, str]] = []
    cur: list | None = None
    li_n = None
    for b in bp.blocks:
        if not b["main"]:
            continue
        if b["tag"] in ("h1", "h2"):
            cur = None
            continue
        if b["tag"] == "li":
            li_n = b["ol"] if li_n is None else li_n + 1
            got.append((str(li_n), b["text"]))
            cur = None
            continue
        m = re.match(r"\[(\d+)\] (.*)", b["text"])
        if m and b["tag"] == "p" and not b["bq"]:
            cur = [m.group(1), m.group(2)]
            got.append(cur)  # type: ignore[arg-type]
        elif cur is not None:
            cur[1] += " " + b["text"]
    want = [(p.label, " ".join(p.text.split())) for p in main_paras + annex]
    got = [(a, " ".join(b.split())) for a, b in got]
    if got != want:
        for g, w in zip(got, want, strict=False):
            if g != w:
                fail(f"judgment.html: parsed {g[0]}: {g[1][:90]!r} != key {w[0]}: {w[1][:90]!r}")
        fail(f"judgment.html: {len(got)} paragraphs parsed, {len(want)} in key")


def build(out: Path) -> dict:
    main, annex = _build_paras()
    main_paras = [p for _, ps in main for p in ps]
    paras = main_paras + annex
    check_paras("judgment.html", paras)
    text = _render(main, annex)
    (out / "judgment.html").write_text(text, encoding="utf-8")
    _verify(text, main_paras, annex)
    bq = next(p for p in main_paras if "quote" in p.extra)
    xr = next(p for p in main_paras if "[3] above" in p.text)
    two = next(p for p in annex if "ps" in p.extra)
    notes = [
        "FICTIONAL – for software testing. UTF-8 HTML; paragraph text is hard-wrapped in the source.",
        f"Paragraphs [1]–[{main_paras[-1].label}] are <p class=\"para\"> elements whose text starts with "
        "<span class=\"num\">[n]</span>; label = n without brackets.",
        "Only content inside <main> counts. <header>, <nav> (a <ul> of links) and <footer> ('[Back to top]') "
        "are outside <main>.",
        "Unnumbered preamble inside <main> before [1]: notice, 'Neutral Citation Number: [2025] QFC 17' (a "
        "bracketed year that is NOT a paragraph number), case number, court, date, judge, h1, approval line.",
        f"[{bq.label}] is a lead-in <p>, then a <blockquote> quoting the review, then an unnumbered <p> that "
        f"continues [{bq.label}]; all three belong to [{bq.label}] (ends_with comes from the unnumbered <p>).",
        f"[{xr.label}] contains the in-text cross reference 'at [3] above' in its second sentence; it is not a "
        "paragraph start.",
        f"Annex: <ol start=\"{ANNEX_START}\"> whose <li> items are paragraphs {annex[0].label}–{annex[-1].label} "
        "of the review; the numbers exist only in the start attribute / list position, not in the text. "
        f"<li> {two.label} holds two <p> elements and is ONE paragraph.",
        "Between [" + main_paras[-1].label + "] and the annex there is an unnumbered h2 and an unnumbered <p> "
        "introducing the extract.",
        "page is null for every entry (HTML has no pages).",
    ]
    return {"paragraphs": [p.key() for p in paras], "notes": notes}
