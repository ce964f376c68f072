"""HTML writer for the fictional development set, layout ``converted``: an older review whose PDF a website turned into
a web page with a PDF-to-HTML converter (pdf2htmlEX), so that the page keeps the PDF's pages and lines and nothing
else of its structure:

* every page of the PDF is a ``<div class="pf" id="pf{N}" data-page-no="{N}">`` (N in HEXADECIMAL, as the converter
  writes it: page 10 is ``pfa``) holding a ``<div class="pc">`` and a data ``<div class="pi">``; every LINE of text is
  an absolutely positioned ``<div class="t m0 x.. h.. y.. ff.. fs.. fc.. sc0 ls0 ws..">`` whose place comes only from
  its classes (``.x3{left:108.000000px;}``, ``.y1f{bottom:612.400000px;}`` in a generated stylesheet, class numbers in
  hexadecimal too), with no paragraph, heading or list element anywhere: a paragraph is a run of line divs, ending
  where the next numbered line, heading or bullet begins;
* on each page the running header and the footer (the publisher at the left, the bare page number in a div of its own
  at the right) come FIRST in the markup, before the body lines, as the PDF drew them; the title page has neither;
* numbering ``two-level``: "3.12", a gap (``<span class="_ _1"> </span>``, an inline-block of fixed width holding a
  space) and the text on the first line, later lines at the text's indent; chapter headings "3<gap>Key events" in bold
  (font class ``ff2``), subheadings in bold italic (``ff3``), "•" bullets, "Recommendation N:" in a bold span run in;
* the text JUSTIFIED (each full line has its own word-spacing class ``ws..``; a paragraph's last line ``ws0``), with
  words broken at line ends by the PDF's hyphenation ("safe-" / "guarding", ``hyphenated_words``; compounds at their
  own hyphen, ``broken_compounds``) and never at a page's foot;
* the PDF's bookmarks as the converter's sidebar (``<div id="outline">``, nested lists of ``<a class="l"
  href="#pf3" data-dest-detail='[3,"XYZ",72,751,null]'>``), a contents page typed with dot leaders whose entries are
  covered by link boxes (``<a class="l" href="#pfN"><div class="d m1" ...>``), the glossary a two-column table of lines,
  the converter's stylesheet, viewer script and loading indicator.

A paragraph's page is the page div its first line is in (``expected.json`` gives pages, in decimal, as for a PDF)."""

from __future__ import annotations

import html
from typing import Any

from . import devset_linenumbers as _ln
from . import devset_render as _r

Block, FICTION_LABEL = _r.Block, _r.FICTION_LABEL

_PAGE_W, _PAGE_H = 595.275591, 841.889764
CONVERTED: dict[str, float] = {
    "size": 12.0,
    "leading": 15.0,
    "left": 72.0,
    "right": _PAGE_W - 72.0,
    "indent": 36.0,  # the text of a numbered paragraph, from the left margin
    "bullet_text": 54.0,  # a bullet's text (its "•" at ``indent``)
    "first_baseline": _PAGE_H - 96.0,
    "last_baseline": 84.0,
    "after": 8.0,
    "header_y": _PAGE_H - 50.0,
    "footer_y": 42.0,
    "scale": 4.0,  # the converter draws text at four times the size and scales it down (class m0)
}
GENERATOR = "pdf2htmlEX"
FONTS = {"Helvetica": 1, "Helvetica-Bold": 2, "Helvetica-BoldOblique": 3}  # font class numbers (ff1, ff2, ff3)
HEADINGS = {1: ("Helvetica-Bold", 14.0, 20.0, 14.0), 2: ("Helvetica-BoldOblique", 12.0, 16.0, 8.0)}
_BASE_CSS = """#sidebar{position:absolute;top:0;left:0;bottom:0;width:250px;padding:0;margin:0;overflow:auto}
#page-container{position:absolute;top:0;left:0;margin:0;padding:0;border:0}
@media screen{#sidebar.opened+#page-container{left:250px}#page-container{bottom:0;right:0;overflow:auto}
.loading-indicator{display:none}}
@media print{@page{margin:0}html{margin:0}body{margin:0;-webkit-print-color-adjust:exact}#sidebar{display:none}
#page-container{width:auto;height:auto;overflow:visible;background-color:transparent}.d{display:none}}
.pf{position:relative;background-color:white;overflow:hidden;margin:0;border:0}
.pc{position:absolute;border:0;padding:0;margin:0;top:0;left:0;width:100%;height:100%;overflow:hidden;display:block;
transform-origin:0 0;-ms-transform-origin:0 0;-webkit-transform-origin:0 0}
.pc.opened{display:block}.bf{position:absolute;border:0;margin:0;top:0;bottom:0;width:100%;height:100%;
-ms-user-select:none;-moz-user-select:none;-webkit-user-select:none;user-select:none}
.bi{position:absolute;border:0;margin:0;-ms-user-select:none;-moz-user-select:none;-webkit-user-select:none;
user-select:none}
.t{position:absolute;white-space:pre;font-size:1px;transform-origin:0 100%;-ms-transform-origin:0 100%;
-webkit-transform-origin:0 100%;unicode-bidi:bidi-override;-moz-font-feature-settings:"liga" 0}
.t:after{content:''}.t:before{content:'';display:inline-block}
.t span{position:relative;unicode-bidi:bidi-override}
._{display:inline-block;color:transparent;z-index:-1}
.pi{display:none}.d{position:absolute;transform-origin:0 100%;-ms-transform-origin:0 100%;
-webkit-transform-origin:0 100%}
.l{position:absolute}
#outline{font-family:Georgia,Times,"Times New Roman",serif;font-size:13px;margin:2em 1em}
#outline ul{padding:0}#outline li{list-style-type:none;margin:1em 0}#outline li>ul{margin-left:1em}
#outline a,#outline a:visited,#outline a:hover,#outline a:active{line-height:1.2;color:#e8e8e8;
text-overflow:ellipsis;white-space:nowrap;text-decoration:none;display:block;overflow:hidden;outline:0}
.loading-indicator{position:absolute;left:0;right:0;top:0;bottom:0;margin:auto;width:45px;height:45px;display:none}
"""
_PNG = ("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


def _hex(n: int) -> str:
    return format(n, "x")


class _Classes:
    """The converter's generated classes: one per distinct value, numbered in hexadecimal in order of first use."""

    def __init__(self, prefix: str, prop: str, seed: tuple[float, ...] = ()) -> None:
        self.prefix, self.prop, self.values = prefix, prop, {}
        for v in seed:
            self.of(v)

    def of(self, value: float) -> str:
        key = round(value, 6)
        if key not in self.values:
            self.values[key] = f"{self.prefix}{_hex(len(self.values))}"
        return self.values[key]

    def css(self) -> str:
        return "".join(f".{name}{{{self.prop}:{value:.6f}px;}}\n" for value, name in self.values.items())


def render_html(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Lay out one two-level report as the PDF it was, then write that PDF's pages and lines as pdf2htmlEX does."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if report["numbering"] != "two-level":
        raise ValueError("the converted layout renders two-level numbering")
    t = CONVERTED
    size, leading, left, right = t["size"], t["leading"], t["left"], t["right"]
    full, indent, btext = right - left, t["indent"], t["bullet_text"]
    regular, bold = "Helvetica", "Helvetica-Bold"
    soft: list[str] = []
    hard: list[str] = []
    # a line's payload: ([(x, [(text, font), ...]), ...] segments left to right, extra word spacing, font size)

    def justify(pieces: list[tuple[str, bool]], font: str, first: float, width: float) -> list[tuple[str, bool, float]]:
        """Each line with the extra space per word gap that justifies it (none on a paragraph's last line)."""
        out = []
        for n, (text, broke) in enumerate(pieces):
            gaps = text.count(" ")
            avail = first if n == 0 else width
            extra = (avail - stringWidth(text, font, size)) / gaps if n + 1 < len(pieces) and gaps else 0.0
            out.append((text, broke, extra))
        return out

    def layout(contents_pages: dict[int, int]) -> tuple[Any, dict, list[str], dict[int, int], list]:
        sheet = _ln._Sheet()
        soft.clear()
        hard.clear()
        sheet.y = _PAGE_H - 260
        for piece, _ in _ln.wrap(report["title"], bold, 20, full, full):
            sheet.put(([((_PAGE_W - stringWidth(piece, bold, 20)) / 2, [(piece, bold)])], 0.0, 20.0), 26, False)
        sheet.y -= 36
        for text in _r.title_lines(report):
            for piece, _ in _ln.wrap(text, regular, size, full, full):
                sheet.put(([((_PAGE_W - stringWidth(piece, regular, size)) / 2, [(piece, regular)])], 0.0, size), 17,
                          False)
            sheet.y -= 10
        sheet.new_page()
        sheet.put(([(left, [("Contents", bold)])], 0.0, 14.0), 30, False)
        contents: list[str] = []
        for idx, b in enumerate(blocks):
            if b.kind == "heading" and b.level == 1:
                page = str(contents_pages.get(idx, 0))
                dots = int((full - stringWidth(f"{b.text}  {page}", regular, size)) // stringWidth(".", regular, size))
                line = f"{b.text} {'.' * (dots - 2)} {page}"
                contents.append(line)
                sheet.put(([(left, [(line, regular)])], 0.0, size), 20, False)
        sheet.new_page()
        records: dict[str, list[int]] = {}
        heading_pages: dict[int, int] = {}
        outline: list[tuple[int, str, int, float]] = []

        def lines_of(text: str, x: float, first: float, width: float) -> list[tuple[Any, bool]]:
            pieces = justify(_ln.wrap(text, regular, size, first, width, soft, hard), regular, first, width)
            return [(([(x, [(piece, regular)])], extra, size), broke) for piece, broke, extra in pieces]

        for idx, b in enumerate(blocks):
            if b.kind == "heading":
                font, hsize, hlead, before = HEADINGS[b.level]
                sheet.space(before)
                if sheet.room(leading) < 4:  # keep with the next lines
                    sheet.new_page()
                number, _, rest = b.text.partition(" ")
                if b.level == 1 and number.isdigit():  # "3", a tab, "Key events"
                    segs = [(left, [(number, font)]), (left + indent, [(rest, font)])]
                else:
                    segs = [(left, [(b.text, font)])]
                outline.append((b.level, b.text, sheet.page, sheet.y))
                sheet.put((segs, 0.0, hsize), hlead, False)
                heading_pages[idx] = sheet.page
            elif b.kind == "glossary":
                sheet.space(6)
                for abbr, meaning in b.rows:
                    rows = _ln.wrap(meaning, regular, size - 1, full - 108, full - 108)
                    if sheet.room(leading) < len(rows) + 1:
                        sheet.new_page()
                    for n, (piece, _) in enumerate(rows):
                        segs = [(left + 108, [(piece, regular)])]
                        if n == 0:
                            segs.insert(0, (left, [(abbr, bold)]))
                        sheet.put((segs, 0.0, size - 1), leading - 1, False)
                    sheet.y -= 5
            elif b.kind == "unnumbered":
                _ln._place(sheet, lines_of(b.text, left, full, full), leading)
                sheet.space(t["after"])
            elif b.kind in ("para", "factor"):
                lines = lines_of(b.text, left + indent, full - indent, full - indent)
                lines[0][0][0].insert(0, (left, [(b.label, regular)]))
                for bullet in b.bullets:
                    rows = lines_of(bullet, left + btext, full - btext, full - btext)
                    rows[0][0][0].insert(0, (left + indent, [("\u2022", regular)]))
                    lines += rows
                records[b.key] = list(_ln._place(sheet, lines, leading))
                sheet.space(t["after"])
            elif b.kind == "rec":
                label = f"{b.label}:"
                gap = stringWidth(label + " ", bold, size)
                lines = lines_of(b.text, left, full - gap, full)
                (segs, extra, fsize), broke = lines[0]
                lines[0] = (([(left, [(label, bold), (" " + segs[0][1][0][0], regular)])], extra, fsize), broke)
                records[b.key] = list(_ln._place(sheet, lines, leading))
                sheet.space(t["after"])
        return sheet, records, contents, heading_pages, outline

    pages: dict[int, int] = {}
    for _ in range(4):
        sheet, records, contents, heading_pages, outline = layout(pages)
        if heading_pages == pages:
            break
        pages = heading_pages
    else:
        raise RuntimeError("converted layout did not stabilise")
    total = sheet.page

    # ------------------------------------------------------------------ the converter's markup
    scale = t["scale"]
    xs, ys = _Classes("x", "left", (0.0,)), _Classes("y", "bottom", (0.0,))
    hs, ws = _Classes("h", "height", (_PAGE_H,)), _Classes("ws", "word-spacing", (0.0,))
    fss, gaps = _Classes("fs", "font-size"), _Classes("_", "width")
    e = html.escape
    running, publisher = report["running_title"], report["publisher"]

    def div(x: float, y: float, fsize: float, font: str, content: str, extra: float = 0.0, grey: bool = False) -> str:
        ascent = 0.718 * fsize + 0.207 * fsize
        return (f'<div class="t m0 {xs.of(x)} {hs.of(ascent)} {ys.of(y)} ff{FONTS[font]} {fss.of(fsize * scale)} '
                f'fc{1 if grey else 0} sc0 ls0 {ws.of(extra * scale)}">{content}</div>')

    def spans_html(spans: list[tuple[str, str]], base: str) -> str:
        return "".join(e(text, quote=False) if font == base else
                       f'<span class="ff{FONTS[font]}">{e(text, quote=False)}</span>' for text, font in spans)

    page_divs = []
    for number, lines in enumerate(sheet.pages, start=1):
        parts = [f'<div id="pf{_hex(number)}" class="pf w0 h0" data-page-no="{_hex(number)}">'
                 f'<div class="pc pc{_hex(number)} w0 h0"><img class="bi x0 y0 w1 h0" alt="" '
                 f'src="data:image/png;base64,{_PNG}"/>']
        if number > 1:  # header and footer first, as the PDF drew them
            parts.append(div(left, t["header_y"], 9, regular, e(running, quote=False), grey=True))
            parts.append(div(left, t["footer_y"], 9, regular, e(publisher, quote=False), grey=True))
            parts.append(div(right - stringWidth(str(number), regular, 9), t["footer_y"], 9, regular, str(number),
                             grey=True))
        links = []
        for y, (segments, extra, fsize), _numbered in lines:
            (x0, first), *later = segments
            base = first[0][1]
            content = spans_html(first, base)
            end = x0 + sum(stringWidth(text, font, fsize) for text, font in first)
            for x, spans in later:  # a later segment on the same baseline: a gap span, then its text
                content += f'<span class="_ {gaps.of((x - end) * scale)}"> </span>' + spans_html(spans, base)
                end = x + sum(stringWidth(text, font, fsize) for text, font in spans)
            parts.append(div(x0, y, fsize, base, content, extra))
            if number == 2 and " ..." in content:  # a contents entry: a link box over it
                target = int(content.rsplit(" ", 1)[1])
                links.append(f'<a class="l" href="#pf{_hex(target)}" data-dest-detail=\'[{target},"XYZ",{left:g},'
                             f'{t["first_baseline"]:.0f},null]\'><div class="d m1" style="border-style:none;'
                             f"position:absolute;left:{left:.6f}px;bottom:{y - 3:.6f}px;width:{full:.6f}px;"
                             f'height:{fsize + 4:.6f}px;background-color:rgba(255,255,255,0.000001);"></div></a>')
        parts += links
        parts.append('</div><div class="pi" data-data=\'{"ctm":[1.000000,0.000000,0.000000,1.000000,0.000000,'
                     "0.000000]}\'></div></div>")
        page_divs.append("".join(parts))

    def outline_html() -> str:
        out, open_sub = ["<ul>"], False
        for n, (level, text, page, y) in enumerate(outline):
            link = (f'<a class="l" href="#pf{_hex(page)}" data-dest-detail=\'[{page},"XYZ",{left:g},{y + 14:.0f},'
                    f"null]'>{e(text, quote=False)}</a>")
            if level == 1:
                if open_sub:
                    out.append("</ul></li>")
                    open_sub = False
                nxt = outline[n + 1][0] if n + 1 < len(outline) else 1
                if nxt == 2:
                    out.append(f"<li>{link}<ul>")
                    open_sub = True
                else:
                    out.append(f"<li>{link}</li>")
            else:
                out.append(f"<li>{link}</li>")
        if open_sub:
            out.append("</ul></li>")
        out.append("</ul>")
        return "".join(out)

    css = (".ff0{font-family:sans-serif;visibility:hidden;}\n"
           ".ff1{font-family:ff1;line-height:0.925000;font-style:normal;font-weight:normal;visibility:visible;}\n"
           ".ff2{font-family:ff2;line-height:0.925000;font-style:normal;font-weight:bold;visibility:visible;}\n"
           ".ff3{font-family:ff3;line-height:0.925000;font-style:italic;font-weight:bold;visibility:visible;}\n"
           f".m0{{transform:matrix({1 / scale:.6f},0.000000,0.000000,{1 / scale:.6f},0,0);"
           f"-ms-transform:matrix({1 / scale:.6f},0.000000,0.000000,{1 / scale:.6f},0,0);"
           f"-webkit-transform:matrix({1 / scale:.6f},0.000000,0.000000,{1 / scale:.6f},0,0);}}\n"
           ".m1{transform:none;-ms-transform:none;-webkit-transform:none;}\n"
           ".v0{vertical-align:0.000000px;}\n.ls0{letter-spacing:0.000000px;}\n.sc0{text-shadow:none;}\n"
           ".fc0{color:rgb(0,0,0);}\n.fc1{color:rgb(89,89,89);}\n"
           + ws.css() + gaps.css() + fss.css() + ys.css() + hs.css()
           + f".w0{{width:{_PAGE_W:.6f}px;}}\n.w1{{width:{_PAGE_W:.6f}px;}}\n"
           + xs.css())
    doc = [
        "<!DOCTYPE html>",
        "<!-- Created by pdf2htmlEX (https://github.com/pdf2htmlex/pdf2htmlex) -->",
        '<html xmlns="http://www.w3.org/1999/xhtml">',
        "<head>",
        '<meta charset="utf-8"/>',
        f'<meta name="generator" content="{GENERATOR}"/>',
        '<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"/>',
        f'<style type="text/css">\n/*! \n * Base CSS for pdf2htmlEX\n */\n{_BASE_CSS}</style>',
        f'<style type="text/css">\n{css}</style>',
        "<script>\ntry{\npdf2htmlEX.defaultViewer = new pdf2htmlEX.Viewer({});\n}catch(e){}\n</script>",
        f"<title>{e(report['title'], quote=False)}</title>",
        "</head>",
        "<body>",
        f'<div id="sidebar">\n<div id="outline">\n{outline_html()}\n</div>\n</div>',
        '<div id="page-container">',
        *page_divs,
        "</div>",
        f'<div class="loading-indicator">\n<img alt="" src="data:image/png;base64,{_PNG}"/>\n</div>',
        "</body>",
        "</html>",
        "",
    ]
    entries = []
    for b in blocks:
        if b.key:
            start, end = records[b.key]
            entries.append(_r.entry(b, start, end > start))
    result = _r.expected(output, blocks, page_count=total, paragraphs=entries,
                         running_header_lines=[running, f"{publisher} N"],
                         contents_lines=contents,
                         hyphenated_words=list(dict.fromkeys(soft)), broken_compounds=list(dict.fromkeys(hard)))
    return "\n".join(doc).encode("utf-8"), result
