"""HTML writer for the fictional development set, layout ``wordhtml``: a review saved from Microsoft Word with
"Save as Web Page" (filtered HTML, ``.htm``) and put on a board's website as it came out of Word.

* the markup Word writes: Office XML namespaces on ``<html>``, ``charset=windows-1252`` (characters outside it as
  numeric references), ``ProgId``/``Generator`` meta tags, document properties in an ``<!--[if gte mso 9]><xml>``
  comment, a long ``<style>`` block of ``p.MsoNormal`` definitions inside an HTML comment, ``<div class=WordSection1>``,
  unquoted attribute values, text wrapped onto new lines inside a tag, ``<o:p>`` elements and empty paragraphs
  ``<p class=MsoNormal><o:p>&nbsp;</o:p></p>``;
* the title page as ``MsoTitle``/centred ``MsoNormal`` paragraphs, then ``<br clear=all style='page-break-before:
  always'>``, then a Word table of contents as ``MsoToc1``/``MsoToc2`` paragraphs of ``#_Toc`` links (page numbers
  hidden with ``display:none``, as Word writes them), then another page break;
* headings ``<h1>``/``<h2>`` with ``<a name="_Toc...">`` anchors, unnumbered (numbering ``single``);
* every numbered paragraph an ``MsoNormal`` paragraph with a hanging indent whose number the author TYPED: "12."
  then two non-breaking spaces and a Word tab (``12.&nbsp;&nbsp;<span style='mso-tab-count:1'>&nbsp;...</span>``),
  so the number is in the text, followed by non-breaking spaces rather than a space; cited "12";
* factor-list bullets as Word list paragraphs (``MsoListParagraphCxSpFirst``/``Middle``/``Last``) whose bullet is a
  Symbol-font "·" inside ``<![if !supportLists]>`` ... ``<![endif]>``, followed by non-breaking spaces;
* the foreword in plain ``MsoNormal`` paragraphs; "Recommendation N:" in bold run in; the glossary a
  ``MsoTableGrid`` table at the back.

Every paragraph's page is ``None``; Word keeps the running header and footer in a separate file of the
``_files`` folder, so no running matter is in the page (``running_header_lines`` is empty)."""

from __future__ import annotations

import html
import textwrap
from typing import Any

from . import devset_render as _r

Block = _r.Block

NBSP = "&nbsp;"
TAB = "<span style='mso-tab-count:1'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>"
_STYLE = """<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
@font-face
	{font-family:Symbol;
	panose-1:5 5 1 2 1 7 6 2 5 7;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:0cm;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Arial",sans-serif;}
h1
	{margin-top:12.0pt;
	margin-right:0cm;
	margin-bottom:6.0pt;
	margin-left:0cm;
	page-break-after:avoid;
	font-size:16.0pt;
	font-family:"Arial",sans-serif;
	color:#1F3864;}
h2
	{margin-top:10.0pt;
	margin-right:0cm;
	margin-bottom:4.0pt;
	margin-left:0cm;
	page-break-after:avoid;
	font-size:13.0pt;
	font-family:"Arial",sans-serif;}
p.MsoToc1, li.MsoToc1, div.MsoToc1
	{margin-bottom:5.0pt;
	font-size:11.0pt;
	font-family:"Arial",sans-serif;}
p.MsoToc2, li.MsoToc2, div.MsoToc2
	{margin-left:11.0pt;
	margin-bottom:5.0pt;
	font-size:11.0pt;
	font-family:"Arial",sans-serif;}
p.MsoTitle, li.MsoTitle, div.MsoTitle
	{margin-bottom:12.0pt;
	text-align:center;
	font-size:26.0pt;
	font-family:"Arial",sans-serif;}
p.MsoListParagraphCxSpFirst, p.MsoListParagraphCxSpMiddle, p.MsoListParagraphCxSpLast
	{margin-left:36.0pt;
	font-size:11.0pt;
	font-family:"Arial",sans-serif;}
p.MsoTocHeading
	{font-size:16.0pt;
	font-family:"Arial",sans-serif;
	color:#1F3864;}
.MsoChpDefault
	{font-family:"Calibri",sans-serif;}
@page WordSection1
	{size:595.3pt 841.9pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
-->
</style>"""
_BREAK = ("<span style='font-size:11.0pt;line-height:107%;font-family:\"Arial\",sans-serif'><br clear=all\n"
          "style='page-break-before:always'>\n</span>")
_EMPTY = "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _wrap(markup: str) -> str:
    """Word breaks long lines of its HTML at spaces, inside the text."""
    return "\n".join(textwrap.wrap(markup, width=76, break_long_words=False, break_on_hyphens=False))


def render_html(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render one report as Word's "Save as Web Page" output; return bytes (windows-1252) and the expected entry."""
    if report["numbering"] != "single":
        raise ValueError("the wordhtml layout renders single numbering")
    title = _esc(report["title"])
    out = [
        "<html xmlns:v=\"urn:schemas-microsoft-com:vml\"",
        "xmlns:o=\"urn:schemas-microsoft-com:office:office\"",
        "xmlns:w=\"urn:schemas-microsoft-com:office:word\"",
        "xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\"",
        "xmlns=\"http://www.w3.org/TR/REC-html40\">",
        "",
        "<head>",
        "<meta http-equiv=Content-Type content=\"text/html; charset=windows-1252\">",
        "<meta name=ProgId content=Word.Document>",
        "<meta name=Generator content=\"Microsoft Word 15\">",
        "<meta name=Originator content=\"Microsoft Word 15\">",
        f"<link rel=File-List href=\"{output['file'].rsplit('.', 1)[0]}_files/filelist.xml\">",
        f"<title>{title}</title>",
        "<!--[if gte mso 9]><xml>",
        " <o:DocumentProperties>",
        f"  <o:Author>{_esc(report['publisher'])}</o:Author>",
        "  <o:LastAuthor>Business unit</o:LastAuthor>",
        "  <o:Revision>14</o:Revision>",
        "  <o:Pages>12</o:Pages>",
        "  <o:Version>16.00</o:Version>",
        " </o:DocumentProperties>",
        "</xml><![endif]-->",
        _STYLE,
        "</head>",
        "",
        "<body lang=EN-GB link=\"#0563C1\" vlink=\"#954F72\" style='tab-interval:36.0pt;word-wrap:break-word'>",
        "",
        "<div class=WordSection1>",
        "",
        _EMPTY, _EMPTY,
        f"<p class=MsoTitle>{title}</p>",
    ]
    out += [f"<p class=MsoNormal align=center style='text-align:center'>{_esc(t)}</p>" for t in _r.title_lines(report)]
    out += ["", _BREAK, "", "<p class=MsoTocHeading>Contents</p>", ""]
    heads = [i for i, b in enumerate(blocks) if b.kind == "heading"]
    anchors = {i: f"_Toc{2084400 + 7 * n}" for n, i in enumerate(heads)}
    contents = []
    for i, b in enumerate(blocks):
        if b.kind == "heading":
            cls = "MsoToc1" if b.level == 1 else "MsoToc2"
            contents.append(b.text)
            out.append(_wrap(f"<p class={cls}><span class=MsoHyperlink><a href=\"#{anchors[i]}\">{_esc(b.text)}"
                             "<span style='color:windowtext;display:none;text-decoration:none'>. </span>"
                             "<span style='color:windowtext;display:none;text-decoration:none'>"
                             f"{3 + len(contents) // 3}</span></a></span></p>"))
    out += ["", _BREAK, ""]
    for i, b in enumerate(blocks):
        if b.kind == "heading":
            tag = "h1" if b.level == 1 else "h2"
            if b.major and i and blocks[i - 1].kind == "unnumbered":
                out += ["", _BREAK, ""]
            elif b.major:
                out.append(_EMPTY)
            out.append(f"<{tag}><a name=\"{anchors[i]}\"></a>{_esc(b.text)}</{tag}>")
        elif b.kind == "unnumbered":
            out.append(_wrap(f"<p class=MsoNormal>{_esc(b.text)}</p>"))
        elif b.kind in ("para", "factor"):
            out.append(_wrap(f"<p class=MsoNormal style='margin-left:36.0pt;text-indent:-36.0pt'>{b.label}."
                             f"{NBSP}{NBSP}{TAB}{_esc(b.text)}</p>"))
            for n, t in enumerate(b.bullets):
                cls = "First" if n == 0 else "Last" if n == len(b.bullets) - 1 else "Middle"
                out.append(_wrap(
                    f"<p class=MsoListParagraphCxSp{cls} style='margin-left:72.0pt;mso-add-space:auto;"
                    "text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span "
                    "style='font-family:Symbol'><span style='mso-list:Ignore'>&middot;<span "
                    "style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; "
                    f"</span></span></span><![endif]>{_esc(t)}<o:p></o:p></p>"))
        elif b.kind == "rec":
            out.append(_wrap(f"<p class=MsoNormal><b>{b.label}:</b> {_esc(b.text)}</p>"))
        elif b.kind == "glossary":
            out.append("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0\n"
                       " style='border-collapse:collapse;border:none'>")
            for abbr, meaning in b.rows:
                out += ["<tr>",
                        " <td width=151 valign=top style='width:4.0cm;border:solid windowtext 1.0pt;"
                        "padding:0cm 5.4pt'>",
                        f" <p class=MsoNormal><b>{_esc(abbr)}</b></p>", " </td>",
                        " <td width=450 valign=top style='width:11.9cm;border:solid windowtext 1.0pt;"
                        "border-left:none;padding:0cm 5.4pt'>",
                        _wrap(f" <p class=MsoNormal>{_esc(meaning)}</p>"), " </td>", "</tr>"]
            out.append("</table>")
    out += ["", _EMPTY, "", "</div>", "", "</body>", "", "</html>", ""]
    data = "\r\n".join(out).encode("cp1252", errors="xmlcharrefreplace")
    result = _r.expected(output, blocks, contents_lines=contents, running_header_lines=[])
    return data, result
