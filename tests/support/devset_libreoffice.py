"""DOCX writer for the fictional development set, layout ``libreoffice``: a review written in LibreOffice Writer and
saved in Word format, with typed paragraph numbers and many footnotes. The package is written part by part (no
python-docx template), as LibreOffice writes it:

* ``docProps/app.xml`` names LibreOffice as the application; the styles are LibreOffice's ("Text Body" with style id
  ``TextBody``, "Heading 1", "Title", "Contents Heading", "Contents 1"/"Contents 2", "Footnote", "Footnote
  Characters", "Footnote Anchor", "Table Contents"), with Liberation fonts; there are no ``w:rsid`` attributes and
  no ``w:lastRenderedPageBreak`` marks (LibreOffice does not write them);
* numbering ``paren``: one running number TYPED at the start of the paragraph, followed by a closing parenthesis and
  a tab ("12)" ``<w:tab/>`` text) under a hanging indent; cited "12", ``printed_label`` "12)"; the headings are not
  numbered; a factor list's bullets are "Text Body" paragraphs bulleted by a LibreOffice list (``w:numPr`` pointing
  to a numbering definition whose bullet "•" is in the OpenSymbol font), not a "List" style;
* footnotes (``footnotes`` in reports.yaml: ``after``, a text in a paragraph after which the reference goes, and
  ``text``): a ``w:footnoteReference`` run (style "Footnote Anchor") right after that text, the notes in
  ``word/footnotes.xml`` after the separator and continuation separator (ids 0 and 1), numbered from 2, each a
  "Footnote" paragraph that starts with ``w:footnoteRef`` and a tab; expected.json lists the note texts under
  ``footnotes`` in order: they are not paragraphs of the report and must never be cited as findings;
* pages: a page break run ``<w:br w:type="page"/>`` opens the contents heading; every level-1 heading after it has
  ``<w:pageBreakBefore/>`` in its own paragraph properties (not in the style), and the author typed a page break
  run at the start of a subheading where a chapter had run on for a long way (more than about 600 words since the
  last break); a paragraph's page is ``1 + the number of page breaks of either kind before it``;
* a table-of-contents field in a content control (``Contents 1``/``Contents 2`` paragraphs whose entries are
  ``w:hyperlink`` anchors to ``__RefHeading___Toc...`` bookmarks on the headings, a dot-leader tab and the page
  number), a running header with the running title and a footer "Page" and a PAGE field, neither on the title page
  (``w:titlePg``); "Recommendation N:" typed in bold at the start of a "Text Body" paragraph; the glossary a
  bordered two-column table at the back."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from typing import Any
from xml.sax.saxutils import escape

from . import devset_render as _r

Block = _r.Block
APPLICATION = "LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/00$Build-1"
BULLET_NUM_ID = "2"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_NS = f'xmlns:w="{_W}" xmlns:r="{_R}"'
_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_BREAK_WORDS = 600
_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml"


def _e(text: str) -> str:
    return escape(text, {'"': "&quot;"})


def _t(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{_e(text)}</w:t></w:r>'


def _styles() -> str:
    def style(kind: str, sid: str, name: str, body: str = "", based: str = "", nxt: str = "") -> str:
        extra = (f'<w:basedOn w:val="{based}"/>' if based else "") + (f'<w:next w:val="{nxt}"/>' if nxt else "")
        return f'<w:style w:type="{kind}" w:styleId="{sid}"><w:name w:val="{name}"/>{extra}<w:qFormat/>{body}</w:style>'

    sans = '<w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans" w:cs="Liberation Sans"/>'
    styles = [
        style("paragraph", "Normal", "Normal", '<w:pPr><w:widowControl/></w:pPr><w:rPr><w:rFonts w:ascii="Liberation '
              'Serif" w:hAnsi="Liberation Serif" w:cs="Liberation Serif"/><w:sz w:val="24"/><w:lang w:val="en-GB"/>'
              "</w:rPr>"),
        style("paragraph", "Heading", "Heading", '<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/>'
              f'</w:pPr><w:rPr>{sans}<w:sz w:val="28"/></w:rPr>', "Normal", "TextBody"),
        style("paragraph", "Heading1", "heading 1", '<w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/>'
              '<w:color w:val="1C3D5A"/><w:sz w:val="32"/></w:rPr>', "Heading", "TextBody"),
        style("paragraph", "Heading2", "heading 2", '<w:pPr><w:spacing w:before="200" w:after="120"/><w:outlineLvl '
              'w:val="1"/></w:pPr><w:rPr><w:b/><w:i/><w:sz w:val="26"/></w:rPr>', "Heading", "TextBody"),
        style("paragraph", "Title", "Title", f'<w:pPr><w:jc w:val="center"/></w:pPr><w:rPr>{sans}<w:b/>'
              '<w:sz w:val="44"/></w:rPr>', "Heading", "Subtitle"),
        style("paragraph", "TextBody", "Body Text", '<w:pPr><w:spacing w:before="0" w:after="140" w:line="276" '
              'w:lineRule="auto"/></w:pPr>', "Normal"),
        style("paragraph", "ContentsHeading", "TOC Heading", '<w:pPr><w:suppressLineNumbers/></w:pPr><w:rPr><w:b/>'
              '<w:sz w:val="32"/></w:rPr>', "Heading"),
        style("paragraph", "Contents1", "toc 1", '<w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9638"/>'
              '</w:tabs><w:spacing w:before="0" w:after="60"/><w:ind w:left="0"/></w:pPr>', "Normal"),
        style("paragraph", "Contents2", "toc 2", '<w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9638"/>'
              '</w:tabs><w:spacing w:before="0" w:after="60"/><w:ind w:left="283"/></w:pPr>', "Normal"),
        style("paragraph", "Footnote", "Footnote Text", '<w:pPr><w:ind w:left="339" w:hanging="339"/></w:pPr><w:rPr>'
              '<w:sz w:val="20"/></w:rPr>', "Normal"),
        style("paragraph", "TableContents", "Table Contents", '<w:pPr><w:suppressLineNumbers/></w:pPr>', "Normal"),
        style("paragraph", "Header", "Header", '<w:pPr><w:tabs><w:tab w:val="center" w:pos="4819"/></w:tabs></w:pPr>'
              '<w:rPr><w:sz w:val="18"/></w:rPr>', "Normal"),
        style("paragraph", "Footer", "Footer", '<w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr>',
              "Normal"),
        style("character", "FootnoteCharacters", "Footnote Characters", "", ""),
        style("character", "FootnoteAnchor", "Footnote Anchor", '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'),
        style("character", "ListLabel1", "ListLabel 1", '<w:rPr><w:rFonts w:ascii="OpenSymbol" w:hAnsi="OpenSymbol" '
              'w:cs="OpenSymbol"/></w:rPr>'),
    ]
    return (f'{_HEAD}<w:styles {_NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Liberation Serif" '
            'w:hAnsi="Liberation Serif" w:eastAsia="Noto Serif CJK SC" w:cs="Lohit Devanagari"/><w:kern w:val="2"/>'
            '<w:sz w:val="24"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
            f'<w:suppressAutoHyphens/></w:pPr></w:pPrDefault></w:docDefaults>{"".join(styles)}</w:styles>')


def _numbering() -> str:
    return (f'{_HEAD}<w:numbering {_NS}><w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/>'
            '<w:lvlJc w:val="left"/><w:pPr><w:tabs><w:tab w:val="num" w:pos="1134"/></w:tabs><w:ind w:left="1134" '
            'w:hanging="283"/></w:pPr><w:rPr><w:rFonts w:ascii="OpenSymbol" w:hAnsi="OpenSymbol" w:cs="OpenSymbol" '
            'w:hint="default"/></w:rPr></w:lvl></w:abstractNum>'
            f'<w:num w:numId="{BULLET_NUM_ID}"><w:abstractNumId w:val="1"/></w:num></w:numbering>')


def _zip(parts: list[tuple[str, str]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts:
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, text.encode("utf-8"))
    return out.getvalue()


def render_docx(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render one report numbered "12)" with footnotes, as LibreOffice saves a .docx; return bytes and entry."""
    if report["numbering"] != "paren":
        raise ValueError("the libreoffice layout renders paren numbering")

    def numbered(i: int, b: Block, runs: Callable[[int, str], str]) -> list[str]:
        if b.kind not in ("para", "factor"):  # recommendations: "Recommendation N:" in bold, typed
            return [_para(f'<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{_e(b.label)}:</w:t></w:r>'
                          + _t(" " + b.text), ppr='<w:jc w:val="both"/>')]
        bullets = [_para(_t(bullet), ppr=f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{BULLET_NUM_ID}"/></w:numPr>'
                                         '<w:ind w:left="1134" w:hanging="283"/>') for bullet in b.bullets]
        return [_para(_t(b.printed) + "<w:r><w:tab/></w:r>" + runs(i, b.text),
                      ppr='<w:ind w:left="567" w:hanging="567"/><w:jc w:val="both"/>'), *bullets]

    return render_package(report, output, blocks, APPLICATION, numbered, _numbering)


def _para(body: str, style: str = "TextBody", ppr: str = "") -> str:
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{ppr}</w:pPr>{body}</w:p>'


def render_package(report: dict[str, Any], output: dict[str, Any], blocks: list[Block], application: str,
                   numbered: Callable[[int, Block, Callable[[int, str], str]], list[str]],
                   numbering: Callable[[], str], heading: Callable[[], None] | None = None) -> tuple[bytes, dict]:
    """The .docx as LibreOffice saves it, for this layout and ``odflist``: the title lines, the contents field, the
    headings (bookmarks, page breaks), unnumbered paragraphs, the glossary table, the footnotes, and every other part
    of the package (``application`` in docProps/app.xml); return bytes and entry. What the layouts number differently
    is passed in: ``numbered(i, b, runs)`` gives the body paragraphs of block ``i`` (a paragraph, factor list or
    recommendation; ``runs(i, text)`` is its text as runs with the footnote references), ``numbering()`` the
    numbering part (called after the body), and ``heading()``, if given, is called at each heading before it."""
    notes = _r.footnote_anchors(report, blocks)  # (block index, text after which the reference goes, note)

    def runs(i: int, text: str) -> str:
        """A paragraph's text as runs, with a footnote reference after each anchor text of this block."""
        out, rest = [], text
        for n, (idx, after, _note) in enumerate(notes):
            if idx != i:
                continue
            head, found, rest = rest.partition(after)
            if not found:
                raise ValueError(f"footnote anchor {after!r} not found in order")
            out += [_t(head + after), f'<w:r><w:rPr><w:rStyle w:val="FootnoteAnchor"/></w:rPr>'
                                      f'<w:footnoteReference w:id="{n + 2}"/></w:r>']
        return "".join(out) + (_t(rest) if rest else "")

    page_break = '<w:r><w:br w:type="page"/></w:r>'
    body: list[str] = [_para(_t(report["title"]), "Title")]
    body += [_para(_t(line), "TextBody", '<w:jc w:val="center"/>') for line in _r.title_lines(report)]
    toc_at = len(body)
    page, words, toc, entries, bookmark = 2, 0, [], [], 0
    for i, b in enumerate(blocks):
        if b.kind == "heading":
            if heading is not None:
                heading()
            brk = ""
            if b.major:
                page, words, brk = page + 1, 0, "<w:pageBreakBefore/>"
            text = _t(b.text)
            if not b.major and words > _BREAK_WORDS:  # the author typed a break to start this part on a new page
                page, words, text = page + 1, 0, page_break + text
            name = f"__RefHeading___Toc{1001 + bookmark}_3521417843"
            body.append(_para(f'<w:bookmarkStart w:id="{bookmark}" w:name="{name}"/>{text}'
                              f'<w:bookmarkEnd w:id="{bookmark}"/>', f"Heading{b.level}", brk))
            toc.append((b.text, b.level, page, name))
            bookmark += 1
        elif b.kind == "glossary":
            border = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                             for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
            rows = "".join(
                "<w:tr>" + "".join(f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr>'
                                   f'{_para(_t(c), "TableContents")}</w:tc>'
                                   for w, c in ((2268, abbr), (7370, meaning))) + "</w:tr>"
                for abbr, meaning in b.rows)
            body.append(f'<w:tbl><w:tblPr><w:tblW w:w="9638" w:type="dxa"/><w:tblBorders>{border}</w:tblBorders>'
                        '<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid><w:gridCol w:w="2268"/><w:gridCol '
                        f'w:w="7370"/></w:tblGrid>{rows}</w:tbl>')
        elif b.kind == "unnumbered":
            body.append(_para(runs(i, b.text), ppr='<w:jc w:val="both"/>'))
            words += len(b.text.split())
        else:  # paragraphs, factor lists and recommendations, numbered as the layout numbers them
            body += numbered(i, b, runs)
            words += len(" ".join([b.text, *b.bullets] if b.kind in ("para", "factor") else [b.text]).split())
            entries.append(_r.entry(b, page, False))
    toc_paras = [_para(page_break + _t("Contents"), "ContentsHeading")]
    for n, (text, level, pg, name) in enumerate(toc):
        begin = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\f \\o '
                 '"1-9" \\h</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' if n == 0 else "")
        end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if n == len(toc) - 1 else ""
        toc_paras.append(_para(f'{begin}<w:hyperlink w:anchor="{name}">{_t(text)}<w:r><w:tab/></w:r>{_t(str(pg))}'
                               f"</w:hyperlink>{end}", f"Contents{level}"))
    body.insert(toc_at, '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique '
                        f'w:val="true"/></w:docPartObj></w:sdtPr><w:sdtContent>{"".join(toc_paras)}</w:sdtContent>'
                        "</w:sdt>")
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rId7"/>'
            '<w:footerReference w:type="default" r:id="rId8"/>'
            '<w:type w:val="nextPage"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:left="1134" w:right="1134" '
            'w:gutter="0" w:header="720" w:top="1417" w:footer="720" w:bottom="1417"/><w:pgNumType w:fmt="decimal"/>'
            '<w:formProt w:val="false"/><w:titlePg/><w:textDirection w:val="lrTb"/><w:docGrid w:type="default" '
            'w:linePitch="100" w:charSpace="0"/></w:sectPr>')
    document = f'{_HEAD}<w:document {_NS}><w:body>{"".join(body)}{sect}</w:body></w:document>'
    footnotes = ['<w:footnote w:id="0" w:type="separator"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
                 '<w:footnote w:id="1" w:type="continuationSeparator"><w:p><w:r><w:continuationSeparator/></w:r>'
                 "</w:p></w:footnote>"]
    for n, (_idx, _after, note) in enumerate(notes):
        footnotes.append(f'<w:footnote w:id="{n + 2}"><w:p><w:pPr><w:pStyle w:val="Footnote"/></w:pPr><w:r><w:rPr>'
                         '<w:rStyle w:val="FootnoteCharacters"/></w:rPr><w:footnoteRef/></w:r><w:r><w:tab/></w:r>'
                         f"{_t(note)}</w:p></w:footnote>")
    rels = [("rId1", "styles", "styles.xml"), ("rId2", "numbering", "numbering.xml"),
            ("rId3", "footnotes", "footnotes.xml"), ("rId4", "fontTable", "fontTable.xml"),
            ("rId5", "settings", "settings.xml"), ("rId7", "header", "header1.xml"), ("rId8", "footer", "footer1.xml")]
    rel_base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    n_words = sum(len(" ".join([b.text, *b.bullets]).split()) for b in blocks)
    parts = [
        ("[Content_Types].xml", f'{_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" '
         'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.'
         'extended-properties+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.'
         'openxmlformats-package.core-properties+xml"/>'
         f'<Override PartName="/word/document.xml" ContentType="{_CT}.document.main+xml"/>'
         + "".join(f'<Override PartName="/word/{target}" ContentType="{_CT}.{ct}+xml"/>' for ct, target in
                   (("styles", "styles.xml"), ("numbering", "numbering.xml"), ("footnotes", "footnotes.xml"),
                    ("fontTable", "fontTable.xml"), ("settings", "settings.xml"), ("header", "header1.xml"),
                    ("footer", "footer1.xml")))
         + "</Types>"),
        ("_rels/.rels", f'{_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         f'<Relationship Id="rId1" Type="{rel_base.replace("officeDocument/2006", "package/2006")}/metadata/core-'
         'properties" Target="docProps/core.xml"/>'
         f'<Relationship Id="rId2" Type="{rel_base}/extended-properties" Target="docProps/app.xml"/>'
         f'<Relationship Id="rId3" Type="{rel_base}/officeDocument" Target="word/document.xml"/></Relationships>'),
        ("docProps/app.xml", f'{_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
         'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
         f"<Template></Template><TotalTime>412</TotalTime><Application>{_e(application)}</Application>"
         f"<AppVersion>15.0000</AppVersion><Pages>{page}</Pages><Words>{n_words}</Words></Properties>"),
        ("docProps/core.xml", f'{_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
         'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/'
         'terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
         f'<dc:title>{_e(report["title"])}</dc:title><dc:subject>{_e(_r.FICTION_LABEL)}</dc:subject>'
         f'<dc:creator>{_e(report["publisher"])}</dc:creator><dc:language>en-GB</dc:language>'
         '<dcterms:created xsi:type="dcterms:W3CDTF">2020-01-01T00:00:00Z</dcterms:created>'
         '<dcterms:modified xsi:type="dcterms:W3CDTF">2020-01-01T00:00:00Z</dcterms:modified>'
         "<cp:revision>7</cp:revision></cp:coreProperties>"),
        ("word/_rels/document.xml.rels", f'{_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
         'relationships">' + "".join(f'<Relationship Id="{rid}" Type="{rel_base}/{kind}" Target="{target}"/>'
                                      for rid, kind, target in rels) + "</Relationships>"),
        ("word/document.xml", document),
        ("word/styles.xml", _styles()),
        ("word/numbering.xml", numbering()),
        ("word/footnotes.xml", f'{_HEAD}<w:footnotes {_NS}>{"".join(footnotes)}</w:footnotes>'),
        ("word/fontTable.xml", f'{_HEAD}<w:fonts {_NS}>' + "".join(
            f'<w:font w:name="{f}"><w:charset w:val="00"/><w:family w:val="{fam}"/><w:pitch w:val="variable"/></w:font>'
            for f, fam in (("Liberation Serif", "roman"), ("Liberation Sans", "swiss"), ("OpenSymbol", "auto")))
         + "</w:fonts>"),
        ("word/settings.xml", f'{_HEAD}<w:settings {_NS}><w:zoom w:percent="100"/><w:defaultTabStop w:val="709"/>'
         '<w:autoHyphenation w:val="false"/><w:footnotePr><w:footnote w:id="0"/><w:footnote w:id="1"/></w:footnotePr>'
         '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" '
         'w:val="15"/></w:compat><w:themeFontLang w:val="en-GB"/></w:settings>'),
        ("word/header1.xml", f'{_HEAD}<w:hdr {_NS}>{_para(_t(report["running_title"]), "Header")}</w:hdr>'),
        ("word/footer1.xml", f'{_HEAD}<w:ftr {_NS}>' + _para(_t("Page ") + '<w:fldSimple w:instr="PAGE"><w:r><w:t>1'
                                                             "</w:t></w:r></w:fldSimple>", "Footer") + "</w:ftr>"),
    ]
    result = _r.expected(output, blocks, page_count=page, paragraphs=entries,
                         running_header_lines=[report["running_title"], "Page N"],
                         contents_lines=[f"{text}\t{pg}" for text, _level, pg, _name in toc])
    result["footnotes"] = [note for _idx, _after, note in notes]
    return _zip(parts), result
