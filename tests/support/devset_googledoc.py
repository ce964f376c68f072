"""HTML writer for the fictional development set, layout ``googledoc``: a review drafted in Google Docs and published
as Google's "Download > Web page (.html)" export writes it (one line of HTML, an inline ``<style>`` of generated
class names ``c0``, ``c1`` ...).

* every paragraph's text is in ``<span class="cN">`` runs: a phrase in another style is a run of its own, and in
  some paragraphs a word is split between two runs by a formatting change (``<span class="c1">practi</span><span
  class="c10">tioners</span>``), so that a reader must join runs without adding spaces;
* the paragraph numbers are NOT in the text: they come from one of Google's numbered lists, ``lst-kix_`` + an id,
  whose CSS counters print level 0 as "3. " and level 1 as "3.2 ". Chapter headings are level-0 items, ``<ol
  class="c4 lst-kix_ID-0" start="3"><li class="c20 li-bullet-0"><h2 class="c5" id="h.xxxx" style="display:inline">
  <span class="c6">What happened</span></h2></li></ol>``; numbered paragraphs are level-1 items, ``<ol class="c0
  lst-kix_ID-1 start" start="1"><li class="c2 li-bullet-0"><span class="c1">...</span></li></ol>``. The list is
  broken by every subheading (``<h3>``, not in the list) and by every bulleted list, and carried on after it with
  ``start="N"`` (the class ``start`` marks only the first level-1 list after a chapter heading, where the count
  begins again). Numbering ``two-level``: a paragraph is cited "3.2"; its chapter heading as displayed is "3. What
  happened" (``section``); unnumbered headings (the foreword, the glossary) are plain ``<h2>``;
* a factor list's bullets are a ``<ul>`` of another list, ``lst-kix_`` + a second id, after the lead-in's item;
* the document's header (the running title) as a ``<div>`` at the top of the body; a title paragraph
  ``<p class="title">``; a contents block of links to the headings' ids (the heading text only: Google's contents
  do not show list numbers; ``contents_lines``); "Recommendation N:" typed in a bold run at the start of a paragraph;
  the glossary a table;
* footnote references ``<sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup>`` after their anchor text and the notes
  after a ``<hr>`` at the end; reviewers' comments left in the export, anchored ``<sup><a href="#cmnt1"
  id="cmnt_ref1">[a]</a></sup>`` with the comments in ``<div>`` blocks at the very end. Neither is text of the
  review (expected.json ``footnotes`` and ``comments``); reports.yaml gives both as ``{after, text}`` lists.

Every paragraph's page is ``None``. :data:`NUM_LIST` and :data:`BULLET_LIST` are the two list ids."""

from __future__ import annotations

import hashlib
import html
import re
from typing import Any

from . import devset_render as _r

Block = _r.Block

NUM_LIST = "lst-kix_7q2m4x9rj1c0"
BULLET_LIST = "lst-kix_p3d8v0wq6e2k"
_TEXT = 'color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:"Arial"'
_STYLE = "".join([
    "@import url('https://themes.googleusercontent.com/fonts/css?kit=fictional-devset-kit');",
    f'.{NUM_LIST}-0>li:before{{content:"" counter(lst-ctn-kix_7q2m4x9rj1c0-0,decimal) ". "}}',
    f'.{NUM_LIST}-1>li:before{{content:"" counter(lst-ctn-kix_7q2m4x9rj1c0-0,decimal) "." '
    f'counter(lst-ctn-kix_7q2m4x9rj1c0-1,decimal) " "}}',
    f".{NUM_LIST}-0>li{{counter-increment:lst-ctn-kix_7q2m4x9rj1c0-0}}",
    f".{NUM_LIST}-1>li{{counter-increment:lst-ctn-kix_7q2m4x9rj1c0-1}}",
    f"ol.{NUM_LIST}-0{{list-style-type:none}}ol.{NUM_LIST}-1{{list-style-type:none}}",
    f"ol.{NUM_LIST}-0.start{{counter-reset:lst-ctn-kix_7q2m4x9rj1c0-0 0}}",
    f"ol.{NUM_LIST}-1.start{{counter-reset:lst-ctn-kix_7q2m4x9rj1c0-1 0}}",
    f'.{BULLET_LIST}-0>li:before{{content:"\\0025cf   "}}ul.{BULLET_LIST}-0{{list-style-type:none}}',
    ".li-bullet-0:before{margin-left:-18pt;white-space:nowrap;display:inline-block;min-width:18pt}",
    "ol{margin:0;padding:0}table td,table th{padding:0}",
    ".c0{padding:0;margin:0}",
    f".c1{{{_TEXT};font-style:normal}}",
    ".c2{margin-left:36pt;padding-top:0pt;padding-left:0pt;padding-bottom:8pt;line-height:1.15;orphans:2;"
    "widows:2;text-align:left}",
    ".c3{padding-top:0pt;padding-bottom:8pt;line-height:1.15;orphans:2;widows:2;text-align:left;height:11pt}",
    ".c4{padding:0;margin:0}",
    ".c5{padding-top:18pt;padding-bottom:6pt;line-height:1.15;page-break-after:avoid;text-align:left}",
    '.c6{color:#1c4587;font-weight:700;text-decoration:none;vertical-align:baseline;font-size:16pt;'
    'font-family:"Arial";font-style:normal}',
    ".c7{padding-top:14pt;padding-bottom:4pt;line-height:1.15;page-break-after:avoid;text-align:left}",
    f".c8{{{_TEXT.replace('font-weight:400', 'font-weight:700')};font-style:normal}}",
    ".c9{margin-left:72pt;padding-left:0pt}",
    f".c10{{{_TEXT.replace('#000000', '#1f1f1f').replace('Arial', 'Calibri')};font-style:normal}}",
    f".c11{{{_TEXT};font-style:italic}}",
    ".c12{padding-top:0pt;padding-bottom:3pt;line-height:1.15;page-break-after:avoid;text-align:left}",
    f'.c13{{{_TEXT.replace("11pt", "26pt")};font-style:normal}}',
    ".c14{padding-top:0pt;padding-bottom:0pt;line-height:1.0;text-align:left}",
    f'.c15{{{_TEXT.replace("11pt", "10pt")};font-style:normal}}',
    ".c16{color:inherit;text-decoration:inherit}",
    ".c17{margin-left:auto;border-spacing:0;border-collapse:collapse;margin-right:auto}",
    ".c18{border-right-style:solid;padding:5pt;border-bottom-color:#000000;border-top-width:1pt;"
    "border-right-width:1pt;border-left-color:#000000;vertical-align:top;border-right-color:#000000;"
    "border-left-width:1pt;border-top-style:solid;border-left-style:solid;border-bottom-width:1pt;width:234pt;"
    "border-top-color:#000000;border-bottom-style:solid}",
    ".c19{height:0pt}.c20{margin-left:18pt;padding-left:0pt}",
    ".c21{background-color:#ffffff;max-width:451.4pt;padding:72pt 72pt 72pt 72pt}",
    ".c22{padding-top:0pt;padding-bottom:0pt;line-height:1.15;text-align:left;margin-left:36pt}",
    ".title{padding-top:0pt;color:#000000;font-size:26pt;padding-bottom:3pt;font-family:\"Arial\";"
    "line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}",
    'h2{padding-top:18pt;color:#000000;font-size:16pt;padding-bottom:6pt;font-family:"Arial";line-height:1.15;'
    "page-break-after:avoid;orphans:2;widows:2;text-align:left}",
    'h3{padding-top:16pt;color:#434343;font-size:14pt;padding-bottom:4pt;font-family:"Arial";line-height:1.15;'
    "page-break-after:avoid;orphans:2;widows:2;text-align:left}",
])


def displayed(heading: str) -> str:
    """A chapter heading as the browser shows it, with the list's number: "3 What happened" -> "3. What happened"."""
    return re.sub(r"^(\d+) ", r"\1. ", heading)


def bare(heading: str) -> str:
    """A heading's own text, without the number the list prints before it."""
    return re.sub(r"^\d+ ", "", heading)


def heading_id(text: str) -> str:
    """Google's heading anchor: "h." and a short code (here derived from the text, for determinism)."""
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
    return "h." + "".join(alphabet[int(digest[i:i + 2], 16) % 36] for i in range(0, 24, 2))


def _runs(text: str, idx: int) -> list[tuple[str, str]]:
    """Split a paragraph's text into (class, text) runs: an italic phrase in some, a word split in two by a
    formatting change in others. Joined without separators, the runs give the text back exactly."""
    words = text.split(" ")
    if idx % 4 == 1:  # a word split mid-way by a change of font and colour
        for n, w in enumerate(words[8:], start=8):
            if len(w) >= 9 and w.isalpha():
                head, tail = " ".join(words[:n]) + " " + w[:4], w[4:] + (" " if n + 1 < len(words) else "")
                rest = " ".join(words[n + 1:])
                return [("c1", head), ("c10", tail)] + ([("c1", rest)] if rest else [])
    if idx % 4 == 3 and len(words) > 14:  # a phrase in italics, its spaces inside the runs
        return [("c1", " ".join(words[:6]) + " "), ("c11", " ".join(words[6:9])), ("c1", " " + " ".join(words[9:]))]
    return [("c1", text)]


def render_html(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render one report as a Google Docs web-page export; return the bytes and its expected.json entry."""
    if report["numbering"] != "two-level":
        raise ValueError("the googledoc layout renders two-level numbering")
    e = lambda s: html.escape(s, quote=False)  # noqa: E731
    marks: list[tuple[int, str, str]] = []  # (block index, anchor text, marker html), footnotes then comments
    notes: list[str] = []
    comments: list[str] = []
    for kind, items in (("ftnt", report.get("footnotes", [])), ("cmnt", report.get("comments", []))):
        last = -1
        for n, note in enumerate(items, start=1):
            idx = next(i for i, b in enumerate(blocks) if b.kind in ("para", "factor") and note["after"] in b.text)
            if idx < last:
                raise ValueError(f"{kind} notes must be listed in reading order")
            last = idx
            label = str(n) if kind == "ftnt" else "abcdefghijklmnopqrstuvwxyz"[n - 1]
            marks.append((idx, note["after"], f'<sup><a href="#{kind}{n}" id="{kind}_ref{n}">[{label}]</a></sup>'))
            (notes if kind == "ftnt" else comments).append(" ".join(note["text"].split()))

    def spans(idx: int, text: str) -> str:
        """The runs of a paragraph, with any note markers put in after their anchor text (splitting a run)."""
        out = []
        cuts: dict[int, list[str]] = {}
        for i, after, marker in marks:
            if i == idx:
                cuts.setdefault(text.index(after) + len(after), []).append(marker)
        pos = 0
        for cls, run in _runs(text, idx):
            start = pos
            pos += len(run)
            inner = [c for c in sorted(cuts) if start < c <= pos]
            cur = start
            for c in inner:
                out.append(f'<span class="{cls}">{e(text[cur:c])}</span>' + "".join(cuts[c]))
                cur = c
            if cur < pos:
                out.append(f'<span class="{cls}">{e(text[cur:pos])}</span>')
        return "".join(out)

    out = ['<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">',
           f'<style type="text/css">{_STYLE}</style></head><body class="c21 doc-content">',
           f'<div><p class="c14"><span class="c15">{e(report["running_title"])}</span></p></div>',
           f'<p class="c12 title" id="h.title0fict"><span class="c13">{e(report["title"])}</span></p>']
    out += [f'<p class="c3"><span class="{"c8" if line == _r.FICTION_LABEL else "c1"}">{e(line)}</span></p>'
            for line in _r.title_lines(report)]
    out.append('<p class="c3"><span class="c1"></span></p>')  # an empty paragraph, as authors leave them
    ids = {i: heading_id(b.text) for i, b in enumerate(blocks) if b.kind == "heading"}
    chapters = [i for i, b in enumerate(blocks) if b.kind == "heading" and b.major]
    out.append('<p class="c3"><span class="c8">Contents</span></p>')
    out += [f'<p class="c22"><span class="c1"><a class="c16" href="#{ids[i]}">{e(bare(blocks[i].text))}</a></span></p>'
            for i in chapters]
    out.append('<p class="c3"><span class="c1"></span></p>')
    chapter, k, open_list, first_after_chapter, bullets_started = 0, 0, "", False, False
    for idx, b in enumerate(blocks):
        if b.kind not in ("para", "factor") and open_list:
            out.append(f"</{open_list}>")
            open_list = ""
        if b.kind == "heading" and b.major and re.match(r"\d+ ", b.text):
            chapter += 1
            k = 0
            cls = f"c4 {NUM_LIST}-0" + (" start" if chapter == 1 else "")
            out.append(f'<ol class="{cls}" start="{chapter}"><li class="c20 li-bullet-0"><h2 class="c5" '
                       f'id="{ids[idx]}" style="display:inline"><span class="c6">{e(bare(b.text))}</span></h2>'
                       "</li></ol>")
            first_after_chapter = True
        elif b.kind == "heading":
            tag = "h2" if b.major else "h3"
            out.append(f'<{tag} class="{"c5" if b.major else "c7"}" id="{ids[idx]}"><span class="c6">{e(b.text)}'
                       f"</span></{tag}>")
        elif b.kind == "unnumbered":
            out.append(f'<p class="c3">{spans(idx, b.text)}</p>')
        elif b.kind in ("para", "factor"):
            k += 1
            if b.label != f"{chapter}.{k}":
                raise ValueError(f"list count {chapter}.{k} does not give the label {b.label}")
            if open_list != "ol":
                if open_list:
                    out.append(f"</{open_list}>")
                cls = f"c0 {NUM_LIST}-1" + (" start" if first_after_chapter else "")
                out.append(f'<ol class="{cls}" start="{k}">')
                open_list, first_after_chapter = "ol", False
            out.append(f'<li class="c2 li-bullet-0">{spans(idx, b.text)}</li>')
            if b.bullets:
                out.append("</ol>")
                cls = f"c0 {BULLET_LIST}-0" + ("" if bullets_started else " start")
                out.append(f'<ul class="{cls}">')
                out += [f'<li class="c2 c9 li-bullet-0"><span class="c1">{e(t)}</span></li>' for t in b.bullets]
                open_list, bullets_started = "ul", True
        elif b.kind == "rec":
            out.append(f'<p class="c3"><span class="c8">{e(b.label)}:</span><span class="c1"> {e(b.text)}</span></p>')
        elif b.kind == "glossary":
            rows = [("Abbreviation", "Meaning"), *b.rows]
            out.append('<table class="c17"><tbody>')
            for n, (a, m) in enumerate(rows):
                cls = "c8" if n == 0 else "c1"
                out.append(f'<tr class="c19"><td class="c18" colspan="1" rowspan="1"><p class="c14"><span class="c8">'
                           f'{e(a)}</span></p></td><td class="c18" colspan="1" rowspan="1"><p class="c14"><span '
                           f'class="{cls}">{e(m)}</span></p></td></tr>')
            out.append("</tbody></table>")
    if open_list:
        out.append(f"</{open_list}>")
    out.append('<p class="c3"><span class="c1"></span></p>')
    if notes:
        out.append('<hr class="c23">')
        out += [f'<div><p class="c14"><a href="#ftnt_ref{n}" id="ftnt{n}">[{n}]</a><span class="c15">&nbsp;{e(t)}'
                f"</span></p></div>" for n, t in enumerate(notes, start=1)]
    out += [f'<div class="c24"><p class="c14"><a href="#cmnt_ref{n}" id="cmnt{n}">[{"abcdefghij"[n - 1]}]</a>'
            f'<span class="c15">{e(t)}</span></p></div>' for n, t in enumerate(comments, start=1)]
    out.append("</body></html>")
    result = _r.expected(output, blocks, contents_lines=[bare(blocks[i].text) for i in chapters],
                         running_header_lines=[report["running_title"]])
    for entry in result["paragraphs"]:
        entry["section"] = displayed(entry["section"])
    result["footnotes"] = notes
    result["comments"] = comments
    return "".join(out).encode("utf-8"), result
