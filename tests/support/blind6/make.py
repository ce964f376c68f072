"""Blind test set 6: five FICTIONAL safeguarding-review documents plus an answer key.

Usage: python make.py [OUTDIR]   (default: a folder "out" next to this file)

Every person, place and event in these documents is invented.  The documents
exist only to test paragraph/number/page extraction.
"""
from __future__ import annotations

import datetime as _dt
import html
import io
import json
import pathlib
import re
import sys
import zipfile
from dataclasses import dataclass, field

try:  # package import (tests.support.blind6.make) or plain script
    from . import text as _text
    from .text import FOOTNOTES, LONG_FOOTNOTE, Prose, count, head, smart, tail, words
except ImportError:  # pragma: no cover
    sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
    import text as _text  # type: ignore
    from text import FOOTNOTES, LONG_FOOTNOTE, Prose, count, head, smart, tail, words  # type: ignore

FICTIONAL = "FICTIONAL \u2013 for software testing"


# ---------------------------------------------------------------------------
# shared helpers
# ---------------------------------------------------------------------------

@dataclass
class Para:
    label: str
    text: str                      # body text as printed (may contain ^N footnote markers)
    subs: list[tuple[str, str]] = field(default_factory=list)   # (letter, text)
    page: int | None = None
    end_page: int | None = None

    def plain(self) -> str:
        body = strip_fn(self.text)
        if self.subs:
            body = body + " " + " ".join(strip_fn(t) for _, t in self.subs)
        return body

    def first(self) -> str:
        return strip_fn(self.text)

    def last(self) -> str:
        return strip_fn(self.subs[-1][1]) if self.subs else strip_fn(self.text)

    def key(self) -> dict:
        return {"label": self.label, "page": self.page,
                "starts_with": head(self.first(), 8),
                "ends_with": tail(self.last(), 6)}


FN_RE = re.compile(r"\^(\d+)")


def strip_fn(s: str) -> str:
    return FN_RE.sub("", s)


def sentence_ends(text: str) -> list[int]:
    """Token indexes after which a footnote marker is well away from both ends."""
    toks = text.split(" ")
    return [i for i, t in enumerate(toks) if i >= 10 and t.endswith(".") and len(toks) - i > 12]


def insert_after_first_sentence(text: str, marker: str, k: int = 0) -> str:
    """Put a footnote marker after the k-th eligible sentence end (default the first)."""
    toks = text.split(" ")
    ends = sentence_ends(text)
    if len(ends) <= k:
        raise ValueError("no safe place for a footnote marker")
    toks[ends[k]] += marker
    return " ".join(toks)


def check_para_words(paras: list[Para]) -> None:
    for p in paras:
        n = count(p.plain())
        if not 60 <= n <= 250:
            raise AssertionError(f"{p.label}: {n} words")
        w = words(p.first())[0]
        if w.isdigit():
            raise AssertionError(f"{p.label} starts with a number-like word")


def seq_in(needle: list[str], hay: list[str]) -> bool:
    n = len(needle)
    if n == 0:
        return True
    for i in range(len(hay) - n + 1):
        if hay[i:i + n] == needle:
            return True
    return False


def label_re(label: str) -> re.Pattern:
    return re.compile(r"(?<![\w.])" + re.escape(label) + r"(?![\d])")


def check_pdf(path: pathlib.Path, paras: list[Para], columns: dict[int, list[tuple[float, float]]] | None = None,
              extra: list[tuple[int, str]] | None = None) -> None:
    """Re-read the PDF with pdfplumber and check the key against it."""
    import pdfplumber

    columns = columns or {}
    with pdfplumber.open(str(path)) as pdf:
        texts: dict[int, list[str]] = {}
        views: dict[int, list[list[str]]] = {}
        for i, page in enumerate(pdf.pages, start=1):
            full = page.extract_text() or ""
            texts[i] = [full]
            views[i] = [words(full)]
            for x0, x1 in columns.get(i, []):
                sub = page.crop((x0, 0, x1, page.height)).extract_text() or ""
                texts[i].append(sub)
                views[i].append(words(sub))
    problems = []
    for p in paras:
        if not any(label_re(p.label).search(t) for t in texts[p.page]):
            problems.append(f"label {p.label} not on page {p.page}")
        sw = words(head(p.first(), 8))
        if not any(seq_in(sw, v) for v in views[p.page]):
            problems.append(f"{p.label}: start {sw} not on page {p.page}")
        ew = words(tail(p.last(), 6))
        if not any(seq_in(ew, v) for v in views[p.end_page]):
            problems.append(f"{p.label}: end {ew} not on page {p.end_page}")
    for pg, phrase in extra or []:
        if not any(seq_in(words(phrase), v) for v in views[pg]):
            problems.append(f"{phrase!r} not on page {pg}")
    if problems:
        raise AssertionError(f"{path.name}: " + "; ".join(problems))


# ---------------------------------------------------------------------------
# 1. word-web.html  (Word "Save as Web Page", windows-1252)
# ---------------------------------------------------------------------------

NBSP = "&nbsp;"


def _esc(s: str) -> str:
    return html.escape(s, quote=False)


def _mid_replace(text_html: str, plain: str, old: str, new: str) -> str:
    """Replace one occurrence of old that lies away from both ends of the paragraph."""
    lo = len(_esc(head(plain, 10)))
    hi = len(text_html) - len(_esc(tail(plain, 10)))
    idx = text_html.find(old, lo)
    if idx < 0 or idx + len(old) > hi:
        return text_html
    return text_html[:idx] + new + text_html[idx + len(old):]


def _wrap_source(line: str, width: int = 78) -> str:
    """Word wraps its HTML source at roughly 80 columns on spaces (even inside tags)."""
    protected = re.sub(r"<!\[(if|endif)[^\]]*\]>", lambda m: m.group(0).replace(" ", "\x00"), line)
    out, cur = [], ""
    for tok in protected.split(" "):
        if cur and len(cur) + 1 + len(tok) > width:
            out.append(cur)
            cur = tok
        else:
            cur = tok if not cur else cur + " " + tok
    out.append(cur)
    return "\n".join(out).replace("\x00", " ")


def build_word_web(out: pathlib.Path) -> dict:
    names = {"child": "Riley", "parent": "Ms Dawson", "partner": "Mr Kerr",
             "sibling": "Riley's baby brother", "place": "Ashcombe", "pronoun": "him"}
    prose = Prose(1101, names, (2019, 2021))
    sec3 = [Para(f"3.{i}", smart(prose.paragraph(70, 150))) for i in range(1, 7)]
    sec4 = [Para(f"4.{i}", smart(prose.paragraph(70, 150))) for i in range(1, 9)]
    bullets = [smart(prose.item(18, 35)) for _ in range(3)]
    sec4[3] = Para("4.4", smart(prose.paragraph(45, 60)), subs=[("\u00b7", b) for b in bullets])
    paras = sec3 + sec4
    check_para_words(paras)
    footnotes = {sec3[1].label: (1, FOOTNOTES[0]), sec4[2].label: (2, FOOTNOTES[2]),
                 sec4[6].label: (3, FOOTNOTES[4])}

    def fnref(n: int) -> str:
        return (f"<a style='mso-footnote-id:ftn{n}' href=\"#_ftn{n}\" name=\"_ftnref{n}\" title=\"\">"
                f"<span class=MsoFootnoteReference><span style='mso-special-character:footnote'>"
                f"<![if !supportFootnotes]><span class=MsoFootnoteReference><span style='font-size:11.0pt;"
                f"line-height:107%;font-family:\"Arial\",sans-serif;mso-fareast-font-family:Calibri'>[{n}]"
                f"</span></span><![endif]></span></span></a>")

    def body_html(p: Para, text: str) -> str:
        h = _esc(text)
        if p.label in footnotes:
            n, _ = footnotes[p.label]
            marker = "\x01"
            h = _esc(insert_after_first_sentence(text, marker)).replace(marker, fnref(n))
        h = _mid_replace(h, text, "Ashcombe", "<span class=SpellE>Ashcombe</span>")
        h = _mid_replace(h, text, "supervision",
                         "super<span style='mso-bidi-font-weight:bold'>vision</span>")
        h = _mid_replace(h, text, " and ", " and<span style='mso-spacerun:yes'>&nbsp; </span>")
        h = _mid_replace(h, text, "Riley", "<span class=SpellE>Riley</span>")
        return h

    def numbered(p: Para, cls: str) -> str:
        return (f"<p class={cls} style='margin-left:39.6pt;mso-add-space:auto;text-indent:-39.6pt;"
                f"mso-list:l0 level2 lfo1'><![if !supportLists]><span style='font-family:\"Arial\",sans-serif;"
                f"mso-fareast-font-family:Arial'><span style='mso-list:Ignore'>{p.label}<span style='font:7.0pt "
                f"\"Times New Roman\"'>{NBSP * 6} </span></span></span><![endif]><span style='font-family:"
                f"\"Arial\",sans-serif'>{body_html(p, p.text)}<o:p></o:p></span></p>")

    def bullet(text: str, cls: str) -> str:
        return (f"<p class={cls} style='margin-left:75.6pt;mso-add-space:auto;text-indent:-18.0pt;"
                f"mso-list:l1 level1 lfo2'><![if !supportLists]><span style='font-family:Symbol;"
                f"mso-fareast-font-family:Symbol;mso-bidi-font-family:Symbol'><span style='mso-list:Ignore'>"
                f"\u00b7<span style='font:7.0pt \"Times New Roman\"'>{NBSP * 7} </span></span></span>"
                f"<![endif]><span style='font-family:\"Arial\",sans-serif'>{_esc(text)}<o:p></o:p></span></p>")

    def heading(num: str, title: str, toc: str) -> str:
        return (f"<h1 style='margin-left:21.6pt;text-indent:-21.6pt;mso-list:l0 level1 lfo1'><a name=\"{toc}\">"
                f"<![if !supportLists]><span style='mso-bidi-font-family:Arial'><span style='mso-list:Ignore'>"
                f"{num}<span style='font:7.0pt \"Times New Roman\"'>{NBSP * 11} </span></span></span>"
                f"<![endif]>{_esc(title)}</a><o:p></o:p></h1>")

    def normal(text: str, extra: str = "") -> str:
        return (f"<p class=MsoNormal{extra}><span style='font-family:\"Arial\",sans-serif'>{text}"
                f"<o:p></o:p></span></p>")

    empty = "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    pagebreak = ("<span style='font-size:11.0pt;line-height:107%;font-family:\"Arial\",sans-serif;"
                 "mso-fareast-font-family:Calibri;mso-ansi-language:EN-GB;mso-fareast-language:EN-US;"
                 "mso-bidi-language:AR-SA'><br clear=all style='mso-special-character:line-break;"
                 "page-break-before:always'>\n</span>")

    def toc(num: str, title: str, anchor: str, page: int) -> str:
        return (f"<p class=MsoToc1 style='tab-stops:22.0pt right dotted 451.0pt'><span class=MsoHyperlink>"
                f"<a href=\"#{anchor}\"><span style='mso-no-proof:yes'>{num}</span><span style='font-size:11.0pt;"
                f"mso-no-proof:yes'><span style='mso-tab-count:1'>&nbsp;&nbsp;&nbsp; </span></span>"
                f"<span style='mso-no-proof:yes'>{_esc(title)}<span style='mso-tab-count:1 dotted'>. . . . . . . . ."
                f" . . . . . . . . . . . . . . . . . </span></span><span style='mso-no-proof:yes;display:none;"
                f"mso-hide:screen'>{page}</span></a></span></p>")

    body: list[str] = []
    body.append(normal(f"<b><span style='color:red'>{_esc(FICTIONAL)}</span></b>",
                       " align=center style='text-align:center'"))
    body.append(empty)
    body.append("<p class=MsoTitle><span lang=EN-GB>Ashcombe Safeguarding Children Partnership<o:p></o:p></span></p>")
    body.append("<p class=MsoSubtitle><span lang=EN-GB>Local Child Safeguarding Practice Review: \u201cRiley\u201d"
                "<o:p></o:p></span></p>")
    body.append(normal("Independent reviewer: Dr Helen Marsh<span style='mso-tab-count:1'>&nbsp;&nbsp;&nbsp; </span>"
                       "Published: November 2022"))
    body.append(empty)
    body.append("<p class=MsoTocHeading>Contents<o:p></o:p></p>")
    body.append(toc("3", "Background and family context", "_Toc118230001", 2))
    body.append(toc("4", "Findings and analysis", "_Toc118230002", 4))
    body.append(empty)
    body.append("<h1>Foreword<o:p></o:p></h1>")
    body.append(normal(_esc("Sections 1 and 2 of this report, which set out the terms of reference and the "
                            "methodology, are published as a separate document. This document contains the "
                            "background to the review and the panel\u2019s findings.")))
    body.append(pagebreak)
    body.append(heading("3", "Background and family context", "_Toc118230001"))
    for i, p in enumerate(sec3):
        cls = "MsoListParagraphCxSpFirst" if i == 0 else ("MsoListParagraphCxSpLast" if i == len(sec3) - 1
                                                           else "MsoListParagraphCxSpMiddle")
        body.append(numbered(p, cls))
    body.append(empty)
    body.append(pagebreak)
    body.append(heading("4", "Findings and analysis", "_Toc118230002"))
    body.append(normal(_esc("This section sets out the panel\u2019s findings under three themes. "
                            "The themes were agreed with the practitioners who attended the learning event.")))
    body.append("<h2>Theme one: early help and assessment<o:p></o:p></h2>")
    for i, p in enumerate(sec4):
        if i == 4:
            body.append("<h2>Theme two: information sharing<o:p></o:p></h2>")
        if i == 6:
            body.append("<h2>Theme three: supervision and oversight<o:p></o:p></h2>")
        cls = "MsoListParagraphCxSpMiddle"
        if i in (0, 4, 6):
            cls = "MsoListParagraphCxSpFirst"
        body.append(numbered(p, cls))
        if p.subs:
            for j, (_, b) in enumerate(p.subs):
                body.append(bullet(b, "MsoListParagraphCxSpLast" if j == len(p.subs) - 1
                                   else "MsoListParagraphCxSpMiddle"))
    body.append(empty)

    fn_list = ["<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all>",
               "", "<hr align=left size=1 width=\"33%\">", "", "<![endif]>", ""]
    for label, (n, text) in sorted(footnotes.items(), key=lambda kv: kv[1][0]):
        fn_list.append(f"<div style='mso-element:footnote' id=ftn{n}>")
        fn_list.append("")
        fn_list.append(
            f"<p class=MsoFootnoteText><a style='mso-footnote-id:ftn{n}' href=\"#_ftnref{n}\" name=\"_ftn{n}\" "
            f"title=\"\"><span class=MsoFootnoteReference><span style='mso-special-character:footnote'>"
            f"<![if !supportFootnotes]><span class=MsoFootnoteReference><span style='font-size:10.0pt;"
            f"line-height:107%;font-family:\"Arial\",sans-serif'>[{n}]</span></span><![endif]></span></span></a>"
            f" {_esc(smart(text))}<o:p></o:p></p>")
        fn_list.append("")
        fn_list.append("</div>")
        fn_list.append("")
    fn_list.append("</div>")

    head_html = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="LCSPR%20Riley%20final_files/filelist.xml">
<title>Local Child Safeguarding Practice Review: Riley (FICTIONAL)</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>Partnership Business Unit</o:Author>
  <o:LastAuthor>Partnership Business Unit</o:LastAuthor>
  <o:Revision>7</o:Revision>
  <o:TotalTime>412</o:TotalTime>
  <o:Created>2022-10-03T09:12:00Z</o:Created>
  <o:LastSaved>2022-11-14T16:40:00Z</o:LastSaved>
  <o:Pages>6</o:Pages>
  <o:Words>2417</o:Words>
  <o:Characters>13780</o:Characters>
  <o:Company>Ashcombe Council (FICTIONAL)</o:Company>
  <o:Lines>114</o:Lines>
  <o:Paragraphs>32</o:Paragraphs>
  <o:CharactersWithSpaces>16165</o:CharactersWithSpaces>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
</xml><![endif]-->
<link rel=themeData href="LCSPR%20Riley%20final_files/themedata.thmx">
<link rel=colorSchemeMapping
href="LCSPR%20Riley%20final_files/colorschememapping.xml">
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Print</w:View>
  <w:SpellingState>Clean</w:SpellingState>
  <w:GrammarState>Clean</w:GrammarState>
  <w:TrackMoves>false</w:TrackMoves>
  <w:TrackFormatting/>
  <w:PunctuationKerning/>
  <w:ValidateAgainstSchemas/>
  <w:SaveIfXMLInvalid>false</w:SaveIfXMLInvalid>
  <w:DoNotPromoteQF/>
  <w:LidThemeOther>EN-GB</w:LidThemeOther>
  <w:Compatibility>
   <w:BreakWrappedTables/>
   <w:SnapToGridInCell/>
   <w:WrapTextWithPunct/>
   <w:UseAsianBreakRules/>
  </w:Compatibility>
 </w:WordDocument>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <w:LatentStyles DefLockedState="false" DefUnhideWhenUsed="false"
  DefSemiHidden="false" DefQFormat="false" DefPriority="99"
  LatentStyleCount="376">
  <w:LsdException Locked="false" Priority="0" QFormat="true" Name="Normal"/>
  <w:LsdException Locked="false" Priority="9" QFormat="true" Name="heading 1"/>
 </w:LatentStyles>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;
	mso-style-qformat:yes;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:0cm;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Arial",sans-serif;}
h1
	{mso-style-priority:9;
	mso-style-qformat:yes;
	mso-style-link:"Heading 1 Char";
	margin-top:12.0pt;
	margin-right:0cm;
	margin-bottom:6.0pt;
	margin-left:0cm;
	page-break-after:avoid;
	mso-outline-level:1;
	font-size:16.0pt;
	font-family:"Arial",sans-serif;
	color:#2F5496;
	font-weight:normal;}
p.MsoListParagraphCxSpFirst, li.MsoListParagraphCxSpFirst, div.MsoListParagraphCxSpFirst
	{mso-style-priority:34;
	mso-style-qformat:yes;
	mso-style-type:export-only;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	mso-add-space:auto;
	font-size:11.0pt;}
span.SpellE
	{mso-style-name:"";
	mso-spl-e:yes;}
 /* List Definitions */
 @list l0
	{mso-list-id:1203174011;
	mso-list-template-ids:-1530425966;}
@list l0:level1
	{mso-level-start-at:3;
	mso-level-text:%1;
	mso-level-tab-stop:none;
	mso-level-number-position:left;
	margin-left:21.6pt;
	text-indent:-21.6pt;}
@list l0:level2
	{mso-level-text:"%1\\.%2";
	mso-level-tab-stop:none;
	mso-level-number-position:left;
	margin-left:39.6pt;
	text-indent:-39.6pt;}
@list l1
	{mso-list-id:566234907;
	mso-list-type:hybrid;
	mso-list-template-ids:-1090178350 134807553 134807555 134807557;}
@list l1:level1
	{mso-level-number-format:bullet;
	mso-level-text:\\F0B7;
	mso-level-tab-stop:none;
	mso-level-number-position:left;
	text-indent:-18.0pt;
	font-family:Symbol;}
ol
	{margin-bottom:0cm;}
ul
	{margin-bottom:0cm;}
-->
</style>
<!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
	{mso-style-name:"Table Normal";
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-noshow:yes;
	mso-style-priority:99;
	mso-style-parent:"";
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	mso-para-margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
</style>
<![endif]--><!--[if gte mso 9]><xml>
 <o:shapedefaults v:ext="edit" spidmax="1026"/>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <o:shapelayout v:ext="edit">
  <o:idmap v:ext="edit" data="1"/>
 </o:shapelayout></xml><![endif]-->
</head>

<body lang=EN-GB style='tab-interval:36.0pt;word-wrap:break-word'>

<div class=WordSection1>

"""
    body_src = "\n\n".join(_wrap_source(b) for b in body)
    fn_src = "\n".join(_wrap_source(b) for b in fn_list)
    doc = head_html + body_src + "\n\n</div>\n\n" + fn_src + "\n\n</body>\n\n</html>\n"
    doc = doc.replace("\n", "\r\n")
    data = doc.encode("cp1252", errors="xmlcharrefreplace")
    path = out / "word-web.html"
    path.write_bytes(data)
    check_word_web(path, paras)
    return {
        "note": ("Word 'Save as Web Page' HTML in windows-1252 (meta charset; curly quotes are single bytes "
                 "0x91-0x94), CRLF line ends and source lines wrapped at ~78 columns (even inside tags). Visible "
                 "paragraph numbers exist only inside <![if !supportLists]><span style='mso-list:Ignore'> "
                 "(downlevel-revealed conditional markup). Headings are <h1> with mso-list numbers '3' and '4' "
                 "(not paragraphs); the contents list repeats those heading numbers; the unnumbered foreword "
                 "and section-4 intro sentence are not listed. Paragraph 4.4 is followed by three Symbol-font "
                 "bullet paragraphs (mso-list l1): the key treats them as part of 4.4, so 4.4 ends_with is the "
                 "end of the last bullet. Footnote references [1]-[3] sit mid-paragraph in 3.2, 4.3 and 4.7; "
                 "the footnote texts at the end (mso-element:footnote-list) are not paragraphs. One word is "
                 "split across two spans ('super<span>vision</span>'), which must not become two words."),
        "paragraphs": [p.key() for p in paras],
    }


def check_word_web(path: pathlib.Path, paras: list[Para]) -> None:
    import lxml.html

    raw = path.read_bytes().decode("cp1252")
    raw = re.sub(r"<!\[(if[^\]]*|endif)\]>", "", raw)
    raw = re.sub(r"<!--\[if.*?<!\[endif\]-->", "", raw, flags=re.S)
    tree = lxml.html.fromstring(raw)
    found = []
    for p in tree.iter("p"):
        style = " ".join((p.get("style") or "").split())
        if "mso-list:l0 level2" not in style:
            if "mso-list:l1" in style and found:
                found[-1][2].append(p.text_content())
            continue
        ign = p.xpath(".//span[contains(@style,'mso-list:Ignore')]")[0]
        label = (ign.text or "").strip()
        full = p.text_content()
        rest = full[len(ign.text_content()):] if full.startswith(ign.text_content()) else full
        found.append((label, rest, []))
    if [f[0] for f in found] != [p.label for p in paras]:
        raise AssertionError(f"word-web labels {[f[0] for f in found]}")
    for (label, text, bullets), p in zip(found, paras):
        w = words(text)
        last = words(bullets[-1]) if bullets else w
        if w[:8] != words(head(p.first(), 8))[:8] or last[-len(words(tail(p.last(), 6))):] != words(tail(p.last(), 6)):
            raise AssertionError(f"word-web {label} text mismatch: {w[:8]} / {last[-6:]}")


# ---------------------------------------------------------------------------
# 2. content-controls.docx
# ---------------------------------------------------------------------------

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def build_content_controls(out: pathlib.Path) -> dict:
    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.oxml import parse_xml
    from docx.shared import Cm, Pt, RGBColor

    names = {"child": "Lily", "parent": "Ms Pryce", "partner": "Mr Vane",
             "sibling": "Lily's older sister", "place": "Northgate Vale", "pronoun": "her"}
    prose = Prose(2202, names, (2020, 2022))
    labels5 = [f"5.{i}" for i in range(1, 11)]
    labels6 = ["6.1", "6.2", "6.3"]
    paras = [Para(l, smart(prose.paragraph(70, 150))) for l in labels5 + labels6]
    # 5.4 carries a run-level date content control inside its first sentence
    date_text = "14 March 2021"
    p54 = paras[3]
    p54.text = smart(prose.paragraph(
        75, 140, opener=f"At the strategy meeting held on {date_text} the police shared information about "
                        "earlier domestic abuse callouts to the household, but health colleagues had not been "
                        "invited and the school was not consulted."))
    check_para_words(paras)

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    cp = doc.core_properties
    fixed = _dt.datetime(2022, 6, 1, 9, 0, 0)
    cp.author = "Northgate Vale Safeguarding Partnership (FICTIONAL)"
    cp.title = "LCSPR Lily - FICTIONAL"
    cp.created = fixed
    cp.modified = fixed
    cp.last_modified_by = "Business Unit"
    cp.revision = 3

    r = doc.add_paragraph().add_run(FICTIONAL)
    r.bold = True
    r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    doc.add_paragraph("Northgate Vale Safeguarding Children Partnership", style="Title")
    doc.add_paragraph("Local Child Safeguarding Practice Review: Lily \u2013 overview report", style="Subtitle")
    status = doc.add_paragraph("Report status: final version approved by the partnership executive.")

    def numbered(p: Para, tidy_stop: bool = False):
        para = doc.add_paragraph()
        pf = para.paragraph_format
        pf.left_indent = Cm(1.27)
        pf.first_line_indent = Cm(-1.27)
        pf.tab_stops.add_tab_stop(Cm(1.27))
        pf.space_after = Pt(8)
        para.add_run(p.label + ("." if tidy_stop else ""))
        para.add_run("\t")
        return para

    def plain_para(p: Para, tidy_stop: bool = False):
        para = numbered(p, tidy_stop)
        para.add_run(p.text)
        return para

    h5 = doc.add_heading("5\tAnalysis of agency involvement", level=1)
    p51 = plain_para(paras[0])
    p52 = plain_para(paras[1])
    p53 = plain_para(paras[2])
    # 5.4: text runs around a run-level date picker content control
    p54p = numbered(paras[3])
    before, after = p54.text.split(date_text, 1)
    p54p.add_run(before)
    sdt_run = parse_xml(
        f'<w:sdt xmlns:w="{W_NS}"><w:sdtPr><w:alias w:val="Date of strategy meeting"/>'
        f'<w:tag w:val="StrategyDate"/><w:id w:val="-1718462305"/>'
        f'<w:date w:fullDate="2021-03-14T00:00:00Z"><w:dateFormat w:val="d MMMM yyyy"/><w:lid w:val="en-GB"/>'
        f'<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date></w:sdtPr>'
        f'<w:sdtContent><w:r><w:t>{date_text}</w:t></w:r></w:sdtContent></w:sdt>')
    p54p._p.append(sdt_run)
    p54p.add_run(after)
    # 5.5: ordinary paragraph with proofing marks around the place name
    p55 = numbered(paras[4])
    txt = paras[4].text
    idx = txt.find("Northgate Vale", len(head(txt, 10)))
    if 0 < idx < len(txt) - len(tail(txt, 10)):
        p55.add_run(txt[:idx])
        p55._p.append(parse_xml(f'<w:proofErr xmlns:w="{W_NS}" w:type="spellStart"/>'))
        p55.add_run("Northgate")
        p55._p.append(parse_xml(f'<w:proofErr xmlns:w="{W_NS}" w:type="spellEnd"/>'))
        p55.add_run(txt[idx + len("Northgate"):])
    else:
        mid = len(txt) // 2
        cut = txt.rfind(" ", 0, mid)
        p55.add_run(txt[:cut])
        p55._p.append(parse_xml(f'<w:bookmarkStart xmlns:w="{W_NS}" w:id="0" w:name="_Hlk101"/>'))
        r2 = p55.add_run(txt[cut:])
        r2.italic = False
        p55._p.append(parse_xml(f'<w:bookmarkEnd xmlns:w="{W_NS}" w:id="0"/>'))
    p56 = plain_para(paras[5])
    p57 = plain_para(paras[6])
    ph = doc.add_paragraph()
    ph.add_run("Click or tap here to enter text.").font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    p58 = plain_para(paras[7], tidy_stop=True)
    p59 = plain_para(paras[8])
    p510 = plain_para(paras[9])
    brk = doc.add_paragraph()
    brk.add_run().add_break(WD_BREAK.PAGE)
    h6 = doc.add_heading("6\tLearning for the partnership", level=1)
    p61 = plain_para(paras[10])
    p62 = plain_para(paras[11])
    p63 = plain_para(paras[12])
    for p in paras:
        p.page = 2 if p.label.startswith("6.") else 1
        p.end_page = p.page

    sdt_id = [-2011000000]

    def wrap(plist, alias: str, tag: str, placeholder: bool = False):
        sdt_id[0] += 7919
        first = plist[0]._p
        parent = first.getparent()
        pr = (f'<w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{tag}"/><w:id w:val="{sdt_id[0]}"/>'
              f'<w:lock w:val="sdtLocked"/>'
              f'<w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder>'
              + ('<w:showingPlcHdr/>' if placeholder else '') + '</w:sdtPr>')
        sdt = parse_xml(f'<w:sdt xmlns:w="{W_NS}">{pr}<w:sdtEndPr/><w:sdtContent/></w:sdt>')
        parent.insert(parent.index(first), sdt)
        content = sdt.find(_w("sdtContent"))
        for p in plist:
            content.append(p._p)

    wrap([status], "Report status", "LA_Status")
    wrap([p51], "Analysis: opening", "LA_Analysis_Open")
    wrap([p52, p53, p54p], "Analysis: agency responses", "LA_Analysis_Agencies")
    wrap([p56, p57], "Analysis: information sharing", "LA_Analysis_Info")
    wrap([ph], "Additional analysis (optional)", "LA_Analysis_Optional", placeholder=True)
    wrap([p59, p510], "Analysis: supervision", "LA_Analysis_Supervision")
    wrap([brk, h6, p61, p62], "Learning", "LA_Learning")
    _ = (h5, p58, p63)

    buf = io.BytesIO()
    doc.save(buf)
    path = out / "content-controls.docx"
    path.write_bytes(_normalise_zip(buf.getvalue()))
    check_docx(path, paras)
    return {
        "note": ("python-docx document from a 'local authority template': most numbered paragraphs sit inside "
                 "block-level content controls (w:sdt/w:sdtContent): 5.1 alone in one control; 5.2-5.4, "
                 "5.6-5.7 and 5.9-5.10 several to a control; and one control holding the page-break paragraph, "
                 "the section 6 heading, 6.1 and 6.2. 5.5, 5.8 and 6.3 are plain body paragraphs (so "
                 "python-docx's Document.paragraphs sees only those three). Numbers are typed text followed by a "
                 "tab (5.8 is typed '5.8.' with a trailing stop; label '5.8'). Paragraph 5.4 has a run-level "
                 "date content control in its first sentence ('held on 14 March 2021 the police'), inside the "
                 "first eight words: a reader that skips w:sdt runs loses the date. An empty template control "
                 "showing placeholder text ('Click or tap here to enter text.', w:showingPlcHdr) between 5.7 "
                 "and 5.8 is not a paragraph. Headings '5<TAB>Analysis...' and '6<TAB>Learning...' are "
                 "Heading 1 paragraphs, not numbered paragraphs. Page 2 starts at the explicit page break "
                 "(inside a content control) before heading 6; the page is counted only by that break."),
        "paragraphs": [p.key() for p in paras],
    }


def _normalise_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2022, 6, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def check_docx(path: pathlib.Path, paras: list[Para]) -> None:
    from docx import Document

    doc = Document(str(path))
    body = doc.element.body
    page = 1
    got = []
    for p in body.iter(_w("p")):
        parts = []
        for el in p.iter():
            if el.tag == _w("t"):
                parts.append(el.text or "")
            elif el.tag == _w("tab") and el.getparent().tag == _w("r"):
                parts.append("\t")
            elif el.tag == _w("br") and el.get(_w("type")) == "page":
                page += 1
        text = "".join(parts)
        m = re.match(r"(\d+\.\d+)\.?\t(.*)", text, re.S)
        if m:
            got.append((m.group(1), page, m.group(2)))
    if [g[0] for g in got] != [p.label for p in paras]:
        raise AssertionError(f"docx labels {[g[0] for g in got]}")
    for (label, pg, text), p in zip(got, paras):
        if pg != p.page:
            raise AssertionError(f"docx {label} on page {pg}, key says {p.page}")
        if words(text)[:len(words(head(p.first())))] != words(head(p.first())):
            raise AssertionError(f"docx {label} start mismatch")
        tw = words(tail(p.last()))
        if words(text)[-len(tw):] != tw:
            raise AssertionError(f"docx {label} end mismatch")
    # python-docx's own view of 5.4 (run-level sdt is invisible to Paragraph.text)
    texts = [pp.text for pp in doc.paragraphs]
    if not any(t.startswith("Northgate Vale Safeguarding") for t in texts):
        raise AssertionError("docx title missing")


# ---------------------------------------------------------------------------
# PDF line layout helpers (reportlab)
# ---------------------------------------------------------------------------

@dataclass
class Tok:
    text: str
    font: str
    size: float
    fn: str | None = None


def tokens_of(text: str, font: str, size: float, italic_first: str | None = None) -> list[Tok]:
    toks = []
    for i, w in enumerate(text.split()):
        m = FN_RE.search(w)
        fn = None
        if m:
            fn = m.group(1)
            w = FN_RE.sub("", w)
        f = italic_first if (italic_first and i == 0) else font
        toks.append(Tok(w, f, size, fn))
    return toks


def rl_measure(text: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth
    return stringWidth(text, font, size)


FN_SIZE_RATIO = 0.62


def tok_width(t: Tok, measure) -> float:
    w = measure(t.text, t.font, t.size)
    if t.fn:
        w += measure(t.fn, t.font, t.size * FN_SIZE_RATIO)
    return w


def wrap_toks(toks: list[Tok], width: float, measure) -> list[list[Tok]]:
    lines: list[list[Tok]] = []
    cur: list[Tok] = []
    curw = 0.0
    for t in toks:
        w = tok_width(t, measure)
        sp = measure(" ", t.font, t.size) if cur else 0.0
        if cur and curw + sp + w > width:
            lines.append(cur)
            cur, curw = [t], w
        else:
            cur.append(t)
            curw += sp + w
    if cur:
        lines.append(cur)
    return lines


def runs_of(line: list[Tok]) -> list[tuple[str, str, float, float]]:
    """(text, font, size, rise) runs for one line; spaces are real space characters."""
    runs: list[list] = []
    for i, t in enumerate(line):
        txt = t.text if i == len(line) - 1 and not t.fn else t.text + ("" if t.fn else " ")
        if runs and runs[-1][1] == t.font and runs[-1][2] == t.size and runs[-1][3] == 0:
            runs[-1][0] += txt
        else:
            runs.append([txt, t.font, t.size, 0.0])
        if t.fn:
            runs.append([t.fn, t.font, round(t.size * FN_SIZE_RATIO, 2), round(t.size * 0.33, 2)])
            if i != len(line) - 1:
                runs.append([" ", t.font, t.size, 0.0])
    return [tuple(r) for r in runs]


def draw_runs(c, x: float, y: float, runs, word_space: float = 0.0) -> None:
    t = c.beginText(x, y)
    if word_space:
        t.setWordSpace(word_space)
    for text, font, size, rise in runs:
        t.setFont(font, size)
        t.setRise(rise)
        t.textOut(text)
    t.setRise(0)
    c.drawText(t)


def runs_width(runs, measure) -> float:
    return sum(measure(tx, f, s) for tx, f, s, _ in runs)


# ---------------------------------------------------------------------------
# 3. deep-numbers.pdf
# ---------------------------------------------------------------------------

A4 = (595.2756, 841.8898)


def _register_vera() -> None:
    import reportlab
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    fdir = pathlib.Path(reportlab.__file__).parent / "fonts"
    for face in ("Vera", "VeraBd", "VeraIt"):  # each one: another round may have registered only some of them
        if face not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(face, str(fdir / f"{face}.ttf")))


def _deep_content(seed: int, long_at: tuple[str, int] | None = None):
    names = {"child": "Jacob", "parent": "Ms Holloway", "partner": "Mr Strand",
             "sibling": "Jacob's half-brother", "place": "Brackenmoor", "pronoun": "him"}
    prose = Prose(seed, names, (2018, 2021))
    leads = ["The panel identified the following missed opportunities:",
             "Three features of practice stand out in particular:",
             "The records show that, during this period:",
             "Practitioners at the learning event drew attention to the following:"]
    struct = []  # ("h", num, title) | ("u", text) | Para
    struct.append(("h1", "4", "Analysis of practice"))
    struct.append(("u", smart(prose.paragraph(
        25, 40, opener="This section analyses the practice of the agencies involved with Jacob and his family, "
                       "drawing on agency reports, the integrated chronology and the practitioner learning event."))))
    plan = [("4.8", "Assessment of risk", ["4.8.1", "4.8.2", "4.8.3"]),
            ("4.9", "Information sharing between agencies", ["4.9.1", "4.9.2", "4.9.3", "4.9.4", "4.9.5"]),
            ("4.10", "Supervision and management oversight", ["4.10.1", "4.10.2", "4.10.3"]),
            ("4.11", "The voice of the child", ["4.11.1", "4.11.2"])]
    with_subs = {"4.8.2": 3, "4.9.3": 4, "4.10.2": 2}
    fn_at = {"4.8.1": (FOOTNOTES[0], 0), "4.9.2": (FOOTNOTES[2], 0), "4.9.4": (FOOTNOTES[4], 0),
             "4.11.1": (FOOTNOTES[5], 0)}
    if long_at:
        fn_at[long_at[0]] = (LONG_FOOTNOTE, long_at[1])
    fn_texts: list[str] = []
    paras: list[Para] = []
    li = 0
    for num, title, labels in plan:
        struct.append(("h2", num, title))
        for lab in labels:
            if lab in with_subs:
                intro = smart(prose.paragraph(30, 45))
                intro = intro + " " + leads[li % len(leads)]
                li += 1
                letters = "abcd"[:with_subs[lab]]
                subs = []
                for j, ch in enumerate(letters):
                    it = smart(prose.item(22, 40))
                    it = it[:-1] + (";" if j < len(letters) - 2 else ("; and" if j == len(letters) - 2 else "."))
                    subs.append((ch, it))
                p = Para(lab, intro, subs)
            else:
                p = Para(lab, smart(prose.paragraph(70, 150)))
            if lab in fn_at:
                fn_texts.append(smart(fn_at[lab][0]))
                p.text = insert_after_first_sentence(p.text, f"^{len(fn_texts)}", fn_at[lab][1])
            paras.append(p)
            struct.append(p)
    check_para_words(paras)
    return struct, paras, fn_texts


@dataclass
class LLine:
    x: float
    runs: list
    leading: float
    space_before: float = 0.0
    fns: list = field(default_factory=list)
    label: tuple | None = None          # (x, text, font, size) drawn separately
    para: str | None = None
    sub: int = -1
    keep: int = 0


def _deep_layout(struct, fn_texts):
    measure = rl_measure
    L, R = 72.0, 523.0
    top = A4[1] - 92
    fn_bottom, fn_lead = 64.0, 10.0
    body, bold = "Vera", "VeraBd"
    lines: list[LLine] = []
    for item in struct:
        if isinstance(item, Para):
            tx = 118.0
            ls = wrap_toks(tokens_of(item.text, body, 10.5), R - tx, measure)
            for i, ln in enumerate(ls):
                lines.append(LLine(tx, runs_of(ln), 14.0, 7.0 if i == 0 else 0.0,
                                   [t.fn for t in ln if t.fn],
                                   (L, item.label, body, 10.5) if i == 0 else None, item.label, -1))
            for si, (ch, st) in enumerate(item.subs):
                sx = 144.0
                ls = wrap_toks(tokens_of(st, body, 10.5), R - sx, measure)
                for i, ln in enumerate(ls):
                    lines.append(LLine(sx, runs_of(ln), 14.0, 4.0 if i == 0 else 0.0,
                                       [t.fn for t in ln if t.fn],
                                       (tx, f"({ch})", body, 10.5) if i == 0 else None, item.label, si))
        elif item[0] in ("h1", "h2"):
            size = 13.0 if item[0] == "h1" else 11.0
            lines.append(LLine(118.0, [(item[2], bold, size, 0.0)], 18.0, 12.0, [],
                               (L, item[1], bold, size), None, -1, keep=2))
        else:
            for i, ln in enumerate(wrap_toks(tokens_of(item[1], body, 10.5), R - L, measure)):
                lines.append(LLine(L, runs_of(ln), 14.0, 7.0 if i == 0 else 0.0))
    fn_lines = {}
    for n, t in enumerate(fn_texts, start=1):
        ls = wrap_toks(tokens_of(t, body, 8.0), R - L - 9, measure)
        fn_lines[str(n)] = [(str(n) if i == 0 else "", runs_of(ln)) for i, ln in enumerate(ls)]

    def body_min(nfn: int) -> float:
        if nfn == 0:
            return 72.0
        return fn_bottom + (nfn - 1) * fn_lead + 10 + 14

    pages = []   # each {"lines": [(LLine, y)], "fn": [(numlabel, runs, continued)]}
    cur = {"lines": [], "fn": []}
    carry: list = []
    y_prev = None
    split_info = None
    i = 0
    while i < len(lines):
        ln = lines[i]
        y = top if y_prev is None else y_prev - ln.space_before - ln.leading
        need = [fl for f in ln.fns for fl in fn_lines[f]]
        nfn = len(cur["fn"])
        ok = y >= body_min(nfn + len(need))
        if ok and ln.keep:
            ok = y - ln.keep * 14.0 - 7 >= body_min(nfn)
        if ok:
            cur["lines"].append((ln, y))
            cur["fn"].extend((a, b, False) for a, b in need)
            y_prev = y
            i += 1
            continue
        if y_prev is not None and len(ln.fns) == 1 and not carry and not ln.keep:
            k = len(need) - 1
            while k >= 2 and y < body_min(nfn + k):
                k -= 1
            if k >= 2 and y >= body_min(nfn + k):
                cur["lines"].append((ln, y))
                cur["fn"].extend((a, b, False) for a, b in need[:k])
                carry = [(a, b, True) for a, b in need[k:]]
                split_info = (len(pages) + 1, ln.fns[0])
                y_prev = y
                i += 1
                continue
        if y_prev is None:
            raise RuntimeError("line does not fit on an empty page")
        pages.append(cur)
        cur = {"lines": [], "fn": list(carry)}
        carry = []
        y_prev = None
    pages.append(cur)
    if carry:
        raise RuntimeError("footnote carried past the last page")
    return pages, split_info, fn_lines


def build_deep_numbers(out: pathlib.Path) -> dict:
    from reportlab.pdfgen import canvas

    _register_vera()
    def candidates():
        for seed in range(3300, 3600):
            struct, paras, fn_texts = _deep_content(seed)
            pages, _, _ = _deep_layout(struct, fn_texts)
            w93 = [(pi, ln.sub) for pi, pg in enumerate(pages, 1) for ln, _ in pg["lines"] if ln.para == "4.9.3"]
            if not (w93[0][0] == next(p for p, s in w93 if s == 0) and w93[-1][0] == w93[0][0] + 1):
                continue
            for p in paras:
                if p.label in ("4.9.4", "4.9.5", "4.10.1", "4.10.3", "4.11.2") and not p.subs:
                    for k in range(len(sentence_ends(p.text))):
                        yield seed, (p.label, k)

    chosen = None
    for seed, long_at in candidates():
        struct, paras, fn_texts = _deep_content(seed, long_at)
        pages, split_info, fn_lines = _deep_layout(struct, fn_texts)
        # page of each line per paragraph
        where: dict[str, list[tuple[int, int]]] = {}
        for pi, pg in enumerate(pages, start=1):
            for ln, _ in pg["lines"]:
                if ln.para:
                    where.setdefault(ln.para, []).append((pi, ln.sub))
        long_no = str(fn_texts.index(smart(LONG_FOOTNOTE)) + 1)
        sub_cross = where["4.9.3"]
        first_sub_page = next(p for p, s in sub_cross if s == 0)
        good = (split_info is not None and split_info[1] == long_no
                and first_sub_page == sub_cross[0][0] and sub_cross[-1][0] == first_sub_page + 1
                and len(pages) <= 6)
        if good:
            chosen = (seed, struct, paras, fn_texts, pages, split_info, where)
            break
    if chosen is None:
        raise RuntimeError("no layout satisfied the deep-numbers constraints")
    seed, struct, paras, fn_texts, pages, split_info, where = chosen
    for p in paras:
        p.page = where[p.label][0][0]
        p.end_page = where[p.label][-1][0]

    path = out / "deep-numbers.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1, pageCompression=0)
    c.setTitle("Child Safeguarding Practice Review: Jacob (FICTIONAL)")
    c.setAuthor("Brackenmoor Safeguarding Children Partnership (FICTIONAL)")
    W, H = A4
    for pi, pg in enumerate(pages, start=1):
        if pi == 1:
            c.setFillColorRGB(0.75, 0, 0)
            c.setFont("VeraBd", 10)
            c.drawString(72, H - 34, FICTIONAL)
            c.setFillColorRGB(0, 0, 0)
        c.setFont("VeraIt", 8)
        c.setFillColorRGB(0.35, 0.35, 0.35)
        c.drawString(72, H - 56, "Brackenmoor Safeguarding Children Partnership \u2013 "
                                 "Child Safeguarding Practice Review: Jacob")
        c.drawRightString(523, H - 56, "Final report")
        c.setStrokeColorRGB(0.6, 0.6, 0.6)
        c.setLineWidth(0.5)
        c.line(72, H - 61, 523, H - 61)
        c.setFillColorRGB(0, 0, 0)
        for ln, y in pg["lines"]:
            if ln.label:
                lx, lt, lf, ls = ln.label
                c.setFont(lf, ls)
                c.drawString(lx, y, lt)
            draw_runs(c, ln.x, y, ln.runs)
        fns = pg["fn"]
        if fns:
            n = len(fns)
            top_base = 64.0 + (n - 1) * 10.0
            c.setLineWidth(0.5)
            c.setStrokeColorRGB(0, 0, 0)
            c.line(72, top_base + 10, 523 if fns[0][2] else 216, top_base + 10)
            for k, (num, runs, cont) in enumerate(fns):
                y = top_base - k * 10.0
                if num:
                    c.setFont("Vera", 6)
                    c.drawString(72, y + 2.5, num)
                draw_runs(c, 81, y, runs)
        c.setFont("Vera", 9)
        c.drawCentredString(W / 2, 34, f"Page {pi}")
        c.showPage()
    c.save()

    long_no = split_info[1]
    fl = fn_lines[long_no]
    first_fn = " ".join(r[0] for r in fl[0][1])
    last_fn = " ".join(r[0] for r in fl[-1][1])
    check_pdf(path, paras, extra=[(split_info[0], first_fn), (split_info[0] + 1, last_fn)])
    cross = [p for p in paras if p.page != p.end_page]
    stops = []
    for p in cross:
        last = [ln for ln, _ in pages[p.page - 1]["lines"] if ln.para == p.label][-1]
        if "".join(r[0] for r in last.runs).rstrip().endswith("."):
            stops.append(p.label)
    stop_note = (" Where a paragraph's part on its first page ends with a full stop at the foot of the page ("
                 + ", ".join(stops) + "), the text at the top of the next page has no number but is still "
                 "the same paragraph." if stops else "")
    return {
        "note": ("Single-column reportlab PDF (Vera TrueType subset fonts), hanging numbers at the left margin "
                 "with three-level labels 4.8.1 ... 4.9.5, 4.10.1 ... 4.11.2 (4.10 follows 4.9: numeric, not "
                 "decimal, order). Second-level numbers ('4.8', '4.9', '4.10', '4.11') and '4' are bold "
                 "headings in the same hanging position, not paragraphs; the unnumbered intro under heading 4 "
                 "is not listed. Lettered sub-paragraphs (a)-(d) are indented under 4.8.2, 4.9.3 and 4.10.2 "
                 "and belong to their parent (ends_with is the end of the last sub-paragraph); 4.9.3's "
                 f"sub-paragraphs cross from page {where['4.9.3'][0][0]} to page {where['4.9.3'][-1][0]}. "
                 "Superscript footnote numbers (smaller font, raised) sit mid-paragraph; footnote text is "
                 f"8 pt at the page bottom above the 'Page N' footer, and footnote {long_no} starts on page "
                 f"{split_info[0]} and continues at the bottom of page {split_info[0] + 1} (no number on the "
                 "continuation). Running header with the report title on every page. Paragraphs crossing a "
                 "page: " + ", ".join(f"{p.label} ({p.page}->{p.end_page})" for p in cross) + "." + stop_note),
        "paragraphs": [p.key() for p in paras],
    }


# ---------------------------------------------------------------------------
# 4. exec-then-cols.pdf
# ---------------------------------------------------------------------------

def _exec_content(seed: int):
    names = {"child": "Mia", "parent": "Ms Fenwick", "partner": "Mr Galt",
             "sibling": "her brother Toby", "place": "Lowther Rise", "pronoun": "her"}
    prose = Prose(seed, names, (2020, 2022))
    execs = [Para(f"E{i}", smart(prose.paragraph(70, 130))) for i in range(1, 10)]
    body_plan = [("1", "Introduction", 4), ("2", "The family and the agencies involved", 5),
                 ("3", "Analysis", 6), ("4", "Conclusions", 3)]
    body: list = []
    paras: list[Para] = []
    for num, title, n in body_plan:
        body.append(("h", f"{num}  {title}"))
        for i in range(1, n + 1):
            p = Para(f"{num}.{i}", smart(prose.paragraph(80, 150)))
            body.append(p)
            paras.append(p)
    rows = []
    months = ["03/01/2020", "17/02/2020", "09/04/2020", "22/06/2020", "14/09/2020", "30/11/2020",
              "08/02/2021", "19/04/2021", "05/07/2021", "27/09/2021", "12/01/2022", "03/03/2022"]
    agencies = ["Health visiting", "Children's social care", "Police", "GP practice", "School",
                "Housing", "Early help", "Children's social care", "Police", "School nursing",
                "Emergency department", "Children's social care"]
    for d, a in zip(months, agencies):
        rows.append((d, smart(a), smart(prose.composite(dated=False))))
    check_para_words(execs + paras)
    return execs, body, paras, rows


def _exec_layout(execs, body):
    m = rl_measure
    W, H = A4
    # exec summary: single column, hanging E-labels
    frames_exec = [(1, 56.0, H - 196, 70.0), (2, 56.0, H - 80, 70.0)]
    tx, right = 88.0, W - 56
    placed = []   # (page, x, y, runs, label, para, justify_width, kind)
    fi = 0
    y_prev = None
    for p in execs:
        ls = wrap_toks(tokens_of(p.text, "Helvetica", 10.5), right - tx, m)
        for i, ln in enumerate(ls):
            while True:
                if fi >= len(frames_exec):
                    return None
                pg, fx, ftop, fbot = frames_exec[fi]
                y = ftop if y_prev is None else y_prev - (8 if i == 0 else 0) - 14.5
                if y >= fbot:
                    break
                fi += 1
                y_prev = None
            placed.append((pg, tx, y, runs_of(ln), ("E" if i == 0 else None), p.label,
                           (right - tx) if i < len(ls) - 1 else 0, "exec", i))
            y_prev = y
    exec_last_page = placed[-1][0]
    exec_lines_p2 = sum(1 for r in placed if r[0] == 2)
    # body: two columns on pages 3, 5, 6, 7
    colw = (W - 112 - 18) / 2
    frames = []
    for pg in (3, 5, 6, 7):
        frames.append((pg, 56.0, H - 80, 64.0))
        frames.append((pg, 56.0 + colw + 18, H - 80, 64.0))
    fi = 0
    y_prev = None
    for item in body:
        if isinstance(item, Para):
            toks = tokens_of(item.text, "Helvetica", 9.5)
            toks.insert(0, Tok(item.label, "Helvetica-Bold", 9.5))
            ls = wrap_toks(toks, colw, m)
            kind, lead, sb = "body", 12.5, 6.0
        else:
            ls = [[Tok(w, "Helvetica-Bold", 11.0) for w in item[1].split(" ")]]
            kind, lead, sb = "head", 16.0, 12.0
        for i, ln in enumerate(ls):
            while True:
                if fi >= len(frames):
                    return None
                pg, fx, ftop, fbot = frames[fi]
                y = ftop if y_prev is None else y_prev - (sb if i == 0 else 0) - lead
                need = y - (2 * 12.5 + 6 if kind == "head" else 0)
                if need >= fbot:
                    break
                fi += 1
                y_prev = None
            label = item.label if isinstance(item, Para) else None
            runs = runs_of(ln)
            if kind == "head":
                runs = [(item[1], "Helvetica-Bold", 11.0, 0.0)]
            placed.append((pg, fx, y, runs, None, label,
                           colw if (kind == "body" and i < len(ls) - 1) else 0, kind, i))
            y_prev = y
    return placed, exec_last_page, exec_lines_p2, frames


def build_exec_then_cols(out: pathlib.Path) -> dict:
    from reportlab.pdfgen import canvas

    W, H = A4
    chosen = None
    for seed in range(4400, 4800):
        execs, body, paras, rows = _exec_content(seed)
        res = _exec_layout(execs, body)
        if res is None:
            continue
        placed, exec_last, exec_p2, frames = res
        if exec_last != 2 or exec_p2 < 8:
            continue
        # column/page of every body line
        colx = {}
        for pg, x, y, runs, lab, para, jw, kind, i in placed:
            if para:
                colx.setdefault(para, []).append((pg, x))
        p3 = [r for r in placed if r[0] == 3]
        p5 = [r for r in placed if r[0] == 5]
        if not p3 or not p5:
            continue
        last3, first5 = p3[-1], p5[0]
        if not (last3[5] and last3[5] == first5[5] and last3[7] == "body" and first5[7] == "body"):
            continue
        crossing_lr = [k for k, v in colx.items() if not k.startswith("E")
                       and len({pg for pg, _ in v}) == 1 and len({x for _, x in v}) == 2]
        exec_cross = [k for k, v in colx.items() if k.startswith("E") and len({pg for pg, _ in v}) == 2]
        if not crossing_lr or not exec_cross:
            continue
        if max(r[0] for r in placed) > 6:
            continue
        chosen = (execs, body, paras, rows, placed, last3[5], crossing_lr, exec_cross)
        break
    if chosen is None:
        raise RuntimeError("no layout satisfied the exec-then-cols constraints")
    execs, body, paras, rows, placed, land_para, crossing_lr, exec_cross = chosen
    allp = execs + paras
    pages_of: dict[str, list[int]] = {}
    for r in placed:
        if r[5]:
            pages_of.setdefault(r[5], []).append(r[0])
    for p in allp:
        p.page = pages_of[p.label][0]
        p.end_page = pages_of[p.label][-1]
    npages = max(r[0] for r in placed)

    path = out / "exec-then-cols.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1, pageCompression=0)
    c.setTitle("Children M and T: Local Child Safeguarding Practice Review (FICTIONAL)")

    def furniture(pg: int, w: float, h: float) -> None:
        c.setFont("Helvetica", 8)
        c.setFillColorRGB(0.4, 0.4, 0.4)
        c.drawString(56, h - 40, "Lowther Rise Safeguarding Partnership \u2013 Children M and T: "
                                 "Local Child Safeguarding Practice Review")
        c.setStrokeColorRGB(0.7, 0.7, 0.7)
        c.setLineWidth(0.5)
        c.line(56, h - 46, w - 56, h - 46)
        c.drawCentredString(w / 2, 32, f"Page {pg} of {npages}")
        c.setFillColorRGB(0, 0, 0)

    for pg in range(1, npages + 1):
        if pg == 4:
            c.setPageSize((H, W))          # landscape 842 x 595, no /Rotate
            furniture(pg, H, W)
            _draw_chronology(c, rows, H, W)
            c.showPage()
            continue
        c.setPageSize(A4)
        furniture(pg, W, H)
        if pg == 1:
            c.setFont("Helvetica-Bold", 10)
            c.setFillColorRGB(0.75, 0, 0)
            c.drawString(56, H - 70, FICTIONAL)
            c.setFillColorRGB(0, 0, 0)
            c.setFont("Helvetica-Bold", 18)
            c.drawString(56, H - 106, "Children M and T")
            c.setFont("Helvetica", 13)
            c.drawString(56, H - 128, "Local Child Safeguarding Practice Review \u2013 published report")
            c.setFont("Helvetica-Bold", 13)
            c.drawString(56, H - 172, "Executive summary")
        if pg == 3:
            pass
        for r in placed:
            rpg, x, y, runs, lab, para, jw, kind, i = r
            if rpg != pg:
                continue
            if kind == "exec" and i == 0:
                c.setFont("Helvetica-Bold", 10.5)
                c.drawString(56, y, para)
            ws = 0.0
            if jw:
                nat = runs_width(runs, rl_measure)
                nsp = sum(t.count(" ") for t, *_ in runs)
                if nsp:
                    ws = (jw - nat) / nsp
            draw_runs(c, x, y, runs, ws)
        c.showPage()
    c.save()

    colw = (W - 112 - 18) / 2
    cols = {pg: [(50, 56 + colw + 9), (56 + colw + 9, W - 50)] for pg in (3, 5, 6)}
    check_pdf(path, allp, columns=cols, extra=[(4, "Table 1 Chronology of key events")])
    with __import__("pdfplumber").open(str(path)) as pdf:
        p4 = pdf.pages[3]
        if (round(p4.width), round(p4.height)) != (842, 595) or p4.rotation:
            raise AssertionError("page 4 is not an unrotated landscape page")
    return {
        "note": ("reportlab PDF, Helvetica. Pages 1-2: single-column executive summary with bold hanging labels "
                 "E1-E9 (labels are 'E1' etc.; " + ", ".join(exec_cross) + " crosses from page 1 to 2). "
                 "From page 3: two justified columns (word spacing via Tw) with inline bold numbers '1.1 ...'; "
                 "column headings '1  Introduction' etc. are headings, not paragraphs. "
                 + ", ".join(crossing_lr) + " run from the left column into the right column of the same page. "
                 "Page 4 is a landscape page stored as 842x595 with no /Rotate, holding a full-width "
                 "chronology table (date | agency | event; rows are unnumbered and not paragraphs; dates like "
                 f"03/01/2020 start each row). Paragraph {land_para} starts in the right column of page 3 and "
                 "continues in the left column of page 5, after the landscape page: its key page is 3 and its "
                 "ends_with is on page 5. Running header and 'Page N of M' footer on every page."),
        "paragraphs": [p.key() for p in allp],
    }


def _draw_chronology(c, rows, w: float, h: float) -> None:
    m = rl_measure
    x0, x1, x2, x3 = 48.0, 128.0, 268.0, w - 48
    c.setFont("Helvetica-Bold", 12)
    c.drawString(x0, h - 76, "Table 1: Chronology of key events, January 2020 to March 2022")
    y = h - 92
    header = ("Date", "Agency", "Event")
    rh = 18.0
    c.setFillColorRGB(0.85, 0.88, 0.93)
    c.rect(x0, y - rh, x3 - x0, rh, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica-Bold", 9.5)
    for x, t in zip((x0, x1, x2), header):
        c.drawString(x + 4, y - 12.5, t)
    c.setLineWidth(0.6)
    c.line(x0, y, x3, y)
    c.line(x0, y - rh, x3, y - rh)
    ys = [y]
    y -= rh
    for d, a, ev in rows:
        ev_lines = wrap_toks(tokens_of(ev, "Helvetica", 9.0), x3 - x2 - 8, m)
        ag_lines = wrap_toks(tokens_of(a, "Helvetica", 9.0), x2 - x1 - 8, m)
        n = max(len(ev_lines), len(ag_lines))
        h_row = 6 + n * 11.5
        c.setFont("Helvetica", 9.0)
        c.drawString(x0 + 4, y - 12, d)
        for k, ln in enumerate(ag_lines):
            draw_runs(c, x1 + 4, y - 12 - k * 11.5, runs_of(ln))
        for k, ln in enumerate(ev_lines):
            draw_runs(c, x2 + 4, y - 12 - k * 11.5, runs_of(ln))
        y -= h_row
        c.line(x0, y, x3, y)
        ys.append(y)
    for x in (x0, x1, x2, x3):
        c.line(x, ys[0], x, ys[-1])


# ---------------------------------------------------------------------------
# 5. right-aligned.pdf (fpdf2)
# ---------------------------------------------------------------------------

def _right_content(seed: int):
    names = {"child": "Poppy", "parent": "Ms Ashworth", "partner": "Mr Rourke",
             "sibling": "Poppy's twin brother", "place": "Saltmarsh Road", "pronoun": "her"}
    prose = Prose(seed, names, (2017, 2020))
    openers = {
        "4.3": ("\u2018Nobody ever asked me what it was like at home,\u2019 Poppy told the review panel when "
                "she met the independent reviewer.", False),
        "4.5": ("Neglect was not named as a concern in any of the referrals made during this period.", True),
        "4.9": ("\u201cWe were all waiting for somebody else to act,\u201d one practitioner said at the "
                "learning event.", False),
        "4.11": ("Hindsight can make events appear more predictable than they were at the time, and the "
                 "panel has tried to guard against this.", True),
    }
    struct: list = [("h", "4", "Findings and analysis")]
    paras = []
    subheads = {"4.1": "Early help", "4.5": "Recognising neglect", "4.8": "Information sharing",
                "4.11": "Supervision and oversight"}
    for i in range(1, 13):
        lab = f"4.{i}"
        if lab in subheads:
            struct.append(("s", subheads[lab]))
        if lab in openers:
            op, ital = openers[lab]
            p = Para(lab, smart(prose.paragraph(80, 150, opener=op)))
            p.subs = []
            p.italic_first = ital  # type: ignore[attr-defined]
        else:
            p = Para(lab, smart(prose.paragraph(70, 150)))
            p.italic_first = False  # type: ignore[attr-defined]
        if lab == "4.7":
            p = Para(lab, smart(prose.paragraph(140, 180)))
            p.italic_first = False  # type: ignore[attr-defined]
        struct.append(p)
        paras.append(p)
    check_para_words(paras)
    box = ("Key learning",
           smart("Practitioners should record not only what they saw but what it meant for the child, "
                 "and should share that analysis with the agencies who hold the rest of the picture."))
    return struct, paras, box


def build_right_aligned(out: pathlib.Path) -> dict:
    import reportlab
    from fpdf import FPDF

    fdir = pathlib.Path(reportlab.__file__).parent / "fonts"
    W, H = A4

    def new_pdf():
        pdf = FPDF(unit="pt", format=(W, H))
        pdf.set_auto_page_break(False)
        pdf.set_creation_date(_dt.datetime(2021, 9, 30, 12, 0, 0, tzinfo=_dt.UTC))
        pdf.add_font("Vera", "", str(fdir / "Vera.ttf"))
        pdf.add_font("Vera", "B", str(fdir / "VeraBd.ttf"))
        pdf.add_font("Vera", "I", str(fdir / "VeraIt.ttf"))
        pdf.set_title("Serious Case Review: Family P (FICTIONAL)")
        pdf.set_author("Saltmarsh Local Safeguarding Children Board (FICTIONAL)")
        pdf.set_producer("blind6 generator")
        return pdf

    probe = new_pdf()
    style_of = {"Vera": "", "VeraBd": "B", "VeraIt": "I"}

    def measure(text: str, font: str, size: float) -> float:
        probe.set_font("Vera", style_of[font], size)
        return probe.get_string_width(text)

    NUM_R, TX, RIGHT = 92.0, 100.0, W - 72
    TOP, BOTTOM, LEAD = 96.0, H - 74, 15.0
    FIRST_PREV = 80.0   # first heading baseline lands at y=114 on page 1

    def layout(struct, box):
        items = []   # ("line", x, runs, para, lead, sb, numlabel) ...
        for it in struct:
            if isinstance(it, Para):
                ital = "VeraIt" if getattr(it, "italic_first", False) else None
                ls = wrap_toks(tokens_of(it.text, "Vera", 11, italic_first=ital), RIGHT - TX, measure)
                for i, ln in enumerate(ls):
                    items.append(["line", TX, runs_of(ln), it.label, LEAD, 9.0 if i == 0 else 0.0,
                                  it.label if i == 0 else None, i, len(ls)])
            elif it[0] == "h":
                items.append(["head", TX, [(it[2], "VeraBd", 14, 0.0)], None, 20.0, 14.0, it[1], 0, 1])
            else:
                items.append(["sub", TX, [(it[1], "VeraBd", 11, 0.0)], None, 17.0, 14.0, None, 0, 1])
        # pull-out box goes after line 2 of 4.7
        bi = next(k for k, r in enumerate(items) if r[3] == "4.7" and r[7] == 2)
        btext = wrap_toks(tokens_of(box[1], "VeraIt", 10), RIGHT - TX - 24, measure)
        items.insert(bi, ["box", TX, btext, "4.7", 0, 10.0, None, -1, 0])
        pages = [[]]
        y_prev = FIRST_PREV
        for r in items:
            kind = r[0]
            while True:
                if kind == "box":
                    hbox = 12 + 14 + len(r[2]) * 13 + 8
                    ytop = (TOP if y_prev is None else y_prev + 4 + r[5])
                    y = ytop + hbox
                    ok = y + 2 * LEAD + 4 <= BOTTOM and y_prev is not None
                    if not ok:
                        return None
                    pages[-1].append((r, ytop))
                    y_prev = y + r[5] - LEAD + 4
                    break
                y = TOP if y_prev is None else y_prev + r[5] + r[4]
                keep = 2 * LEAD if kind in ("head", "sub") else 0
                if y + keep <= BOTTOM:
                    pages[-1].append((r, y))
                    y_prev = y
                    break
                pages.append([])
                y_prev = None
        return pages

    chosen = None
    for seed in range(5500, 5800):
        struct, paras, box = _right_content(seed)
        pages = layout(struct, box)
        if pages is None or len(pages) > 5:
            continue
        # box page must hold the box with 4.7 lines before and after it
        bp = next(k for k, pg in enumerate(pages) if any(r[0] == "box" for r, _ in pg))
        lines47 = [(k, r[7]) for k, pg in enumerate(pages) for r, _ in pg if r[0] == "line" and r[3] == "4.7"]
        before = [k for k, li in lines47 if li < 2]
        after = [k for k, li in lines47 if li >= 2]
        if before and after and before[-1] == bp and after[0] == bp and after[-1] == bp and bp >= 1:
            chosen = (struct, paras, box, pages)
            break
    if chosen is None:
        raise RuntimeError("no layout satisfied the right-aligned constraints")
    struct, paras, box, pages = chosen
    where: dict[str, list[int]] = {}
    for k, pg in enumerate(pages, start=1):
        for r, _ in pg:
            if r[0] == "line":
                where.setdefault(r[3], []).append(k)
    for p in paras:
        p.page = where[p.label][0]
        p.end_page = where[p.label][-1]

    pdf = new_pdf()
    for k, pg in enumerate(pages, start=1):
        pdf.add_page()
        if k == 1:
            pdf.set_text_color(190, 0, 0)
            pdf.set_font("Vera", "B", 10)
            pdf.text(TX, 40, FICTIONAL)
            pdf.set_text_color(0, 0, 0)
            pdf.set_font("Vera", "B", 17)
            pdf.text(TX, 66, "Serious Case Review: Family P")
            pdf.set_font("Vera", "", 10)
            pdf.text(TX, 84, "Saltmarsh Local Safeguarding Children Board \u2013 overview report, 2021")
        pdf.set_font("Vera", "", 8)
        pdf.set_text_color(90, 90, 90)
        pdf.text(TX, H - 36, "Family P \u2013 Serious Case Review")
        pn = str(k)
        pdf.text(RIGHT - pdf.get_string_width(pn), H - 36, pn)
        pdf.set_draw_color(150, 150, 150)
        pdf.set_line_width(0.5)
        pdf.line(TX, H - 48, RIGHT, H - 48)
        pdf.set_text_color(0, 0, 0)
        for r, y in pg:
            kind = r[0]
            if kind == "box":
                hbox = 12 + 14 + len(r[2]) * 13 + 8
                pdf.set_fill_color(226, 236, 246)
                pdf.set_draw_color(40, 80, 140)
                pdf.set_line_width(1.0)
                pdf.rect(TX, y, RIGHT - TX, hbox, style="DF")
                pdf.set_font("Vera", "B", 10.5)
                pdf.set_text_color(40, 80, 140)
                pdf.text(TX + 12, y + 20, box[0])
                pdf.set_text_color(0, 0, 0)
                for j, ln in enumerate(r[2]):
                    _fpdf_runs(pdf, TX + 12, y + 20 + 14 + j * 13, runs_of(ln))
                continue
            numlabel = r[6]
            if numlabel:
                if kind == "head":
                    pdf.set_font("Vera", "B", 14)
                else:
                    pdf.set_font("Vera", "B", 9)
                pdf.text(NUM_R - pdf.get_string_width(numlabel), y, numlabel)
            _fpdf_runs(pdf, r[1], y, r[2])
    path = out / "right-aligned.pdf"
    pdf.output(str(path))
    check_pdf(path, paras, extra=[(next(k for k, pg in enumerate(pages, 1) if any(r[0] == "box" for r, _ in pg)),
                                   "Key learning")])
    _check_right_alignment(path, paras)
    boxpage = next(k for k, pg in enumerate(pages, 1) if any(r[0] == "box" for r, _ in pg))
    cross = [p for p in paras if p.page != p.end_page]
    stops = []
    for p in cross:
        last = [r for r, _ in pages[p.page - 1] if r[0] == "line" and r[3] == p.label][-1]
        if "".join(x[0] for x in last[2]).rstrip().endswith("."):
            stops.append(p.label)
    stop_note = (" " + ", ".join(stops) + ": the part on the first page ends with a full stop at the foot of "
                 "the page, and the continuation at the top of the next page (no number, flush with the text "
                 "column) is still the same paragraph." if stops else "")
    return {
        "note": ("fpdf2 PDF (Vera TrueType, Identity-H). Paragraph numbers are bold 9 pt, right-aligned so they "
                 "all end at x=92 (so '4.9', '4.10', '4.11' start at different x); the 11 pt body text starts "
                 "at x=100, so the label is smaller than, and slightly below the top of, the first text line. "
                 "The section heading '4 Findings and analysis' uses the same right-aligned number position "
                 "(14 pt) and is not a paragraph; unnumbered bold subheadings are not paragraphs. 4.3 and 4.9 "
                 "begin with curly quotation marks; 4.5 and 4.11 begin with an italic word. On page "
                 f"{boxpage} a shaded, ruled 'Key learning' box (unnumbered, italic) interrupts paragraph 4.7 "
                 "between its second and third lines; the box text is not part of 4.7, whose text continues "
                 "below the box. Paragraphs crossing a page: "
                 + (", ".join(f"{p.label} ({p.page}->{p.end_page})" for p in cross) or "none") + "."
                 + stop_note),
        "paragraphs": [p.key() for p in paras],
    }


def _fpdf_runs(pdf, x: float, y: float, runs) -> None:
    style_of = {"Vera": "", "VeraBd": "B", "VeraIt": "I"}
    for text, font, size, rise in runs:
        pdf.set_font("Vera", style_of[font], size)
        pdf.text(x, y - rise, text)
        x += pdf.get_string_width(text)


def _check_right_alignment(path: pathlib.Path, paras: list[Para]) -> None:
    import pdfplumber

    ends = {}
    with pdfplumber.open(str(path)) as pdf:
        for p in paras:
            page = pdf.pages[p.page - 1]
            ws = [w for w in page.extract_words() if w["text"] == p.label and w["x1"] < 95]
            if not ws:
                raise AssertionError(f"right-aligned: label {p.label} not found in margin")
            ends[p.label] = (round(ws[0]["x1"], 1), round(ws[0]["x0"], 1))
    if len({e[0] for e in ends.values()}) != 1:
        raise AssertionError(f"labels not right-aligned: {ends}")
    if ends["4.9"][1] == ends["4.10"][1]:
        raise AssertionError("4.9 and 4.10 start at the same x")


# ---------------------------------------------------------------------------

def main(out: pathlib.Path) -> None:
    out = pathlib.Path(out)
    out.mkdir(parents=True, exist_ok=True)
    _text.TAKEN_HEADS.clear()
    key = {}
    for name, build in (("word-web.html", build_word_web),
                        ("content-controls.docx", build_content_controls),
                        ("deep-numbers.pdf", build_deep_numbers),
                        ("exec-then-cols.pdf", build_exec_then_cols),
                        ("right-aligned.pdf", build_right_aligned)):
        key[name] = build(out)
        _text.TAKEN_HEADS.update(tuple(words(p["starts_with"])) for p in key[name]["paragraphs"])
    seen_heads: dict[tuple, str] = {}
    for name, entry in key.items():
        for p in entry["paragraphs"]:
            h = tuple(words(p["starts_with"]))
            if h in seen_heads:
                raise AssertionError(f"duplicate starts_with {p['starts_with']!r} in {name} and {seen_heads[h]}")
            seen_heads[h] = name
    (out / "expected.json").write_text(json.dumps(key, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent / "out")
