"""para-style.docx: "Paragraph %1" numbering applied only through a custom paragraph style. FICTIONAL."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from pathlib import Path

import prose
from common import SHE, Para, check_paras, fail, fill, seeds, slots_for
from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from lxml import etree

SLOTS = slots_for(S="Child M", M="Mother", m="Mother", PART="Kestrel Vale Safeguarding Children Partnership",
                  SC="Kestrel Vale Children's Services", **SHE)
STYLE_NAME = "Numbered Para"
STYLE_ID = "NumberedPara"
NUM_ID = "27"
ABSTRACT_ID = "41"
FIXED = datetime(2025, 2, 3, 10, 0, 0)
ZIP_DATE = (2025, 2, 3, 10, 0, 0)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W_NS}

# chapters: (Heading 1, [(Heading 2 or None, [spec, ...])])
CHAPTERS = [
    ("Introduction", [("Purpose of the review", [["I1"], ["I2"]]),
                      ("How the review was carried out", [["I5"], ["I3", "I4"]])]),
    ("Background", [(None, [["B1", "B2"], ("textbox", ["B4"]), ["B6", "B8"]])]),
    ("Findings", [("Responding to injuries", [["E9"], ("tracked", ["CA3"])]),
                  ("Sharing information", [["A1", "A11"]]),
                  ("The child\u2019s experience", [["CA1"], ["CA5"]])]),
    ("Recommendations", [(None, [["R1", "R2"], ["R5", "R4"]])]),
]

NUMBERING_ABSTRACT = f"""<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="{ABSTRACT_ID}">
  <w:nsid w:val="5A1E0C27"/>
  <w:multiLevelType w:val="singleLevel"/>
  <w:tmpl w:val="7B3C9D10"/>
  <w:name w:val="Review paragraphs (fictional test)"/>
  <w:lvl w:ilvl="0">
    <w:start w:val="1"/>
    <w:numFmt w:val="decimal"/>
    <w:pStyle w:val="{STYLE_ID}"/>
    <w:lvlText w:val="Paragraph %1"/>
    <w:lvlJc w:val="left"/>
    <w:pPr>
      <w:tabs><w:tab w:val="num" w:pos="1701"/></w:tabs>
      <w:ind w:left="1701" w:hanging="1701"/>
    </w:pPr>
    <w:rPr><w:b/></w:rPr>
  </w:lvl>
</w:abstractNum>"""
NUMBERING_NUM = f"""<w:num xmlns:w="{W_NS}" w:numId="{NUM_ID}"><w:abstractNumId w:val="{ABSTRACT_ID}"/></w:num>"""

TEXTBOX_RUN = """<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
  xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
  xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
  xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
  xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
  xmlns:w10="urn:schemas-microsoft-com:office:word">
  <w:rPr><w:noProof/></w:rPr>
  <mc:AlternateContent>
    <mc:Choice Requires="wps">
      <w:drawing>
        <wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0"
          relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
          <wp:simplePos x="0" y="0"/>
          <wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>
          <wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
          <wp:extent cx="2160000" cy="1260000"/>
          <wp:effectExtent l="0" t="0" r="12700" b="12700"/>
          <wp:wrapSquare wrapText="bothSides"/>
          <wp:docPr id="31" name="Text Box 31" descr="Practice point (fictional)"/>
          <wp:cNvGraphicFramePr/>
          <a:graphic>
            <a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
              <wps:wsp>
                <wps:cNvSpPr txBox="1"/>
                <wps:spPr>
                  <a:xfrm><a:off x="0" y="0"/><a:ext cx="2160000" cy="1260000"/></a:xfrm>
                  <a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
                  <a:solidFill><a:srgbClr val="EEF3F8"/></a:solidFill>
                  <a:ln w="9525"><a:solidFill><a:srgbClr val="1F4E79"/></a:solidFill></a:ln>
                </wps:spPr>
                <wps:txbx>
                  <w:txbxContent>TXBX</w:txbxContent>
                </wps:txbx>
                <wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720"
                  anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>
              </wps:wsp>
            </a:graphicData>
          </a:graphic>
        </wp:anchor>
      </w:drawing>
    </mc:Choice>
    <mc:Fallback>
      <w:pict>
        <v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">
          <v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/>
        </v:shapetype>
        <v:shape id="Text Box 31" o:spid="_x0000_s1031" type="#_x0000_t202"
          style="position:absolute;margin-left:0;margin-top:0;width:170.1pt;height:99.2pt;z-index:251659264;mso-position-horizontal:right;mso-position-horizontal-relative:margin;mso-position-vertical-relative:text"
          fillcolor="#eef3f8" strokecolor="#1f4e79">
          <v:textbox><w:txbxContent>TXBX</w:txbxContent></v:textbox>
          <w10:wrap type="square"/>
        </v:shape>
      </w:pict>
    </mc:Fallback>
  </mc:AlternateContent>
</w:r>"""


def _xml_text(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _textbox_xml() -> str:
    title, body = prose.DOCX_PRACTICE_POINT.split(": ", 1)
    body = body[0].upper() + body[1:]
    inner = (f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>{_xml_text(title)}</w:t></w:r></w:p>'
             f'<w:p><w:r><w:t>{_xml_text(fill(body, SLOTS))}</w:t></w:r></w:p>')
    return TEXTBOX_RUN.replace("TXBX", inner), title, fill(body, SLOTS)


def _run(text: str, wrapper: str | None = None, rid: int = 0) -> str:
    t = _xml_text(text)
    attrs = f'w:id="{rid}" w:author="Panel member (fictional)" w:date="2025-01-20T14:05:00Z"'
    if wrapper == "del":
        return (f'<w:del xmlns:w="{W_NS}" {attrs}><w:r><w:delText xml:space="preserve">{t}</w:delText>'
                f"</w:r></w:del>")
    if wrapper == "ins":
        return f'<w:ins xmlns:w="{W_NS}" {attrs}><w:r><w:t xml:space="preserve">{t}</w:t></w:r></w:ins>'
    return f'<w:r xmlns:w="{W_NS}"><w:t xml:space="preserve">{t}</w:t></w:r>'


def _paras():
    out = []
    n = 0
    for h1, subs in CHAPTERS:
        ch = []
        for h2, specs in subs:
            ps = []
            for spec in specs:
                n += 1
                if isinstance(spec, tuple) and spec[0] == "tracked":
                    body = seeds(spec[1], SLOTS)
                    first, rest = body.split(". ", 1)
                    ins = fill(prose.DOCX_INSERTED, SLOTS)
                    dele = fill(prose.DOCX_DELETED, SLOTS)
                    ps.append(Para(str(n), f"{first}. {rest}{ins}",
                                   extra={"runs": [(first + ". ", None), (dele, "del"), (rest, None), (ins, "ins")],
                                          "deleted": dele, "inserted": ins}))
                elif isinstance(spec, tuple) and spec[0] == "textbox":
                    ps.append(Para(str(n), seeds(spec[1], SLOTS), extra={"textbox": True}))
                else:
                    ps.append(Para(str(n), seeds(spec, SLOTS)))
            ch.append((h2, ps))
        out.append((h1, ch))
    return out


def _deterministic_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    return buf.getvalue()


def _render(chapters) -> tuple[bytes, dict]:
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)
    cp = doc.core_properties
    cp.title = "FICTIONAL \u2013 Local Child Safeguarding Practice Review: Child M"
    cp.subject = "FICTIONAL \u2013 for software testing"
    cp.author = "Fictional test generator"
    cp.last_modified_by = "Fictional test generator"
    cp.comments = "Invented text for testing document-processing software. Describes no real case."
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 3

    # custom style carrying the numbering (paragraphs themselves have no w:numPr)
    st = doc.styles.add_style(STYLE_NAME, WD_STYLE_TYPE.PARAGRAPH)
    st.base_style = doc.styles["Normal"]
    st.quick_style = True
    pPr = st.element.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    numId = OxmlElement("w:numId")
    numId.set(qn("w:val"), NUM_ID)
    numPr.append(numId)
    pPr.append(numPr)
    st.paragraph_format.space_after = Pt(8)
    st.font.size = Pt(11)
    # numbering definitions written by hand and added to numbering.xml
    numbering = doc.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    first_num.addprevious(parse_xml(NUMBERING_ABSTRACT))
    numbering.append(parse_xml(NUMBERING_NUM))

    info: dict = {}
    p = doc.add_paragraph()
    r = p.add_run("FICTIONAL \u2013 for software testing")
    r.bold = True
    doc.add_paragraph("Local Child Safeguarding Practice Review: Child M", style="Title")
    doc.add_paragraph("Kestrel Vale Safeguarding Children Partnership (fictional). Every person, place, agency "
                      "and event in this report is invented; it describes no real case.")
    for ci, (h1, subs) in enumerate(chapters):
        if ci:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        doc.add_heading(h1, level=1)
        for h2, ps in subs:
            if h2:
                doc.add_heading(h2, level=2)
            for para in ps:
                dp = doc.add_paragraph(style=STYLE_NAME)
                if "runs" in para.extra:
                    for rid, (txt, kind) in enumerate(para.extra["runs"], start=101):
                        dp._p.append(parse_xml(_run(txt, kind, rid)))
                    info["tracked"] = para.label
                elif para.extra.get("textbox"):
                    xml, title, body = _textbox_xml()
                    dp._p.append(parse_xml(xml))
                    dp._p.append(parse_xml(_run(para.text)))
                    info["textbox"] = (para.label, title, body)
                else:
                    dp.add_run(para.text)
    buf = io.BytesIO()
    doc.save(buf)
    return _deterministic_zip(buf.getvalue()), info


def _visible_text(p) -> str:
    parts = []
    for t in p.iter(f"{{{W_NS}}}t"):
        anc = [a.tag for a in t.iterancestors()]
        if f"{{{W_NS}}}del" in anc or f"{{{W_NS}}}txbxContent" in anc:
            continue
        parts.append(t.text or "")
    return "".join(parts)


def _verify(data: bytes, paras: list[Para], info: dict) -> None:
    z = zipfile.ZipFile(io.BytesIO(data))
    doc = etree.fromstring(z.read("word/document.xml"))
    styles = etree.fromstring(z.read("word/styles.xml"))
    numbering = etree.fromstring(z.read("word/numbering.xml"))
    w = f"{{{W_NS}}}"
    # style -> numId -> abstractNum -> lvlText
    st = styles.find(f'w:style[@w:styleId="{STYLE_ID}"]', NS)
    if st is None or st.find("w:pPr/w:numPr/w:numId", NS).get(w + "val") != NUM_ID:
        fail("para-style.docx: numbering not attached to the custom style")
    num = numbering.find(f'w:num[@w:numId="{NUM_ID}"]', NS)
    absid = num.find("w:abstractNumId", NS).get(w + "val")
    lvl = numbering.find(f'w:abstractNum[@w:abstractNumId="{absid}"]/w:lvl[@w:ilvl="0"]', NS)
    if lvl.find("w:lvlText", NS).get(w + "val") != "Paragraph %1" or \
            lvl.find("w:pStyle", NS).get(w + "val") != STYLE_ID:
        fail("para-style.docx: lvlText/pStyle wrong")
    body = doc.find("w:body", NS)
    got = []
    page_breaks_before: list[str] = []
    for p in body.findall("w:p", NS):
        if p.find("w:pPr/w:numPr", NS) is not None:
            fail("para-style.docx: a body paragraph carries direct numbering")
        if p.findall(".//w:br[@w:type='page']", NS):
            page_breaks_before.append("break")
            if _visible_text(p).strip():
                fail("para-style.docx: page break paragraph has text")
        ps = p.find("w:pPr/w:pStyle", NS)
        sid = ps.get(w + "val") if ps is not None else "Normal"
        if sid == STYLE_ID:
            got.append(" ".join(_visible_text(p).split()))
    want = [" ".join(p.text.split()) for p in paras]
    if got != want:
        fail(f"para-style.docx: numbered paragraph texts differ from key ({len(got)} vs {len(want)})")
    if len(page_breaks_before) != len(CHAPTERS) - 1:
        fail("para-style.docx: expected one explicit page break between each pair of chapters")
    xml = z.read("word/document.xml").decode("utf-8")
    dele = prose.DOCX_DELETED.strip()
    if xml.count(_xml_text(fill(dele, SLOTS)).replace("\u2019", "\u2019")) != 1 or "<w:delText" not in xml:
        fail("para-style.docx: deleted text should occur exactly once, inside w:delText")
    _label, _title, tb = info["textbox"]
    if xml.count(_xml_text(tb)) != 2:
        fail("para-style.docx: practice point should be present in Choice and Fallback")
    for p in paras:
        if "Practice point" in p.text or tb[:30] in p.text or dele[:30] in p.text:
            fail(f"para-style.docx: ¶{p.label} text leaks box/deleted text")


def build(out: Path) -> dict:
    chapters = _paras()
    paras = [p for _, ch in chapters for _, ps in ch for p in ps]
    check_paras("para-style.docx", paras)
    data, info = _render(chapters)
    (out / "para-style.docx").write_bytes(data)
    # only the first numbered paragraph's page is certain without rendering: it follows three short
    # title lines and two headings at the top of page 1, and no page break precedes it.
    paras[0].page = 1
    _verify(data, paras, info)
    tlabel, ttitle, tbody = info["textbox"]
    tr = next(p for p in paras if "runs" in p.extra)
    chapter_of = {}
    for h1, ch in chapters:
        for _, ps in ch:
            for p in ps:
                chapter_of[p.label] = h1
    notes = [
        "FICTIONAL – for software testing. python-docx document with hand-written numbering definitions.",
        f"Numbered paragraphs use the custom paragraph style '{STYLE_NAME}' (styleId {STYLE_ID}); the STYLE "
        f"carries <w:numPr><w:numId w:val=\"{NUM_ID}\"/>, the paragraphs carry no numPr of their own. "
        f"numbering.xml: num {NUM_ID} -> abstractNum {ABSTRACT_ID}, one level, decimal, lvlText 'Paragraph %1', "
        "pStyle NumberedPara, start 1. Word renders 'Paragraph 1', 'Paragraph 2', ...; label = the number.",
        "The numbers do not appear anywhere in the text; a cutter must resolve style -> numbering to count them. "
        "Numbering runs continuously 1..N across all chapters (never restarts).",
        "Headings use the built-in Heading 1 / Heading 2 styles and are unnumbered. The first three body "
        "paragraphs (FICTIONAL line, Title-style title, a Normal sentence) are unnumbered.",
        f"Explicit page breaks (<w:br w:type=\"page\"/> in an otherwise empty paragraph) come only before "
        f"chapters 2–{len(CHAPTERS)}. Chapters: "
        + "; ".join(f"{h1}: ¶{next(p.label for _, ps in ch for p in ps)}–¶{[p.label for _, ps in ch for p in ps][-1]}"
                    for h1, ch in chapters) + ".",
        "page is null except for ¶1 (page 1, certain: nothing but three short title lines and two headings "
        "precede it). Other pages depend on the renderer; lower bound: chapter k starts on page ≥ k.",
        f"¶{tr.label} has tracked changes: a <w:del> run ('{tr.extra['deleted'].strip()}') that must NOT "
        f"appear, and a <w:ins> run at the very end ('{tr.extra['inserted'].strip()}') that MUST appear "
        "(the ends_with words come from the insertion).",
        f"¶{tlabel} begins with an anchored text box (mc:AlternateContent: wps:txbx Choice + VML Fallback, so "
        f"the box text occurs twice in the XML) holding '{ttitle}' / '{tbody}'. The box is not a numbered "
        f"paragraph and its text is not part of ¶{tlabel}.",
    ]
    return {"paragraphs": [p.key() for p in paras], "notes": notes,
            "chapter_of_paragraph": chapter_of,
            "textbox": {"anchored_in": tlabel, "text": f"{ttitle} {tbody}"},
            "tracked_changes": {"paragraph": tr.label, "deleted_text_absent": tr.extra["deleted"].strip(),
                                "inserted_text_present": tr.extra["inserted"].strip()}}
