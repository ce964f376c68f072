"""Blind fixtures, round 9: five FICTIONAL safeguarding-review documents.

    python make.py [OUT_DIR]

writes into OUT_DIR (default: ./out next to this file)

    style-numbering.docx     Word numbering attached to paragraph *styles*
    numbering-restarts.docx  two w:num sharing one list, then an A1/A2 appendix
    watermark.pdf            diagonal DRAFT watermark drawn over the text
    reverse-stream.pdf       content stream drawn bottom line first, words right to left
    twocol-footnotes.pdf     two columns, full-width 7.5 pt footnotes
    expected.json            the answer key

Everything is deterministic (fixed dates, invariant PDF ids, fixed zip times)
and every document is read back and checked against its key before main()
returns; any mismatch raises.
"""
from __future__ import annotations

import datetime
import importlib.util
import io
import json
import re
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _load_text():
    spec = importlib.util.spec_from_file_location("_blind9_text", HERE / "text.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


T = _load_text()

MARK = re.compile(r"\[\^(\d+)\]")
NUMBERISH = re.compile(r"^[(\[]?(\d|[ivxlcdm]+[.)]|[a-z][.)])", re.I)
NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight",
                "nine", "ten", "first", "second", "third"}


class KeyError_(AssertionError):
    """Raised when a generated document does not match its answer key."""


def plain(s: str) -> str:
    return MARK.sub("", s)


def words(s: str) -> list[str]:
    return re.findall(r"\w+", s.lower())


def contains(hay: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))


def key_entry(label: str, page: int, body: str) -> dict:
    raw = body.split()
    if any("[^" in w for w in raw[:8] + raw[-6:]):
        raise KeyError_(f"{label}: footnote marker inside the starts/ends window")
    ws = plain(body).split()
    if not 60 <= len(ws) <= 250:
        raise KeyError_(f"{label}: {len(ws)} words")
    if NUMBERISH.match(ws[0]) or ws[0].lower().strip(",.") in NUMBER_WORDS:
        raise KeyError_(f"{label}: body starts with a number-like word {ws[0]!r}")
    return {"label": label, "page": page,
            "starts_with": " ".join(ws[:8]), "ends_with": " ".join(ws[-6:])}


# ===========================================================================
# DOCX
# ===========================================================================
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FIXED_DT = datetime.datetime(2024, 3, 1, 9, 0, 0)
ZIP_DT = (2024, 3, 1, 9, 0, 0)


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def new_document(title: str):
    from docx import Document
    d = Document()
    cp = d.core_properties
    cp.author = "Fictional reviewer"
    cp.last_modified_by = "Fictional reviewer"
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    return d


def add_p(d, text: str, style: str | None = None, numpr: tuple | None = None):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    p = d.add_paragraph(text, style=style)
    if numpr is not None:
        num_id, ilvl = numpr
        inner = (f'<w:ilvl w:val="{ilvl}"/>' if ilvl is not None else "") + \
            f'<w:numId w:val="{num_id}"/>'
        el = parse_xml(f'<w:numPr {nsdecls("w")}>{inner}</w:numPr>')
        pPr = p._p.get_or_add_pPr()
        pstyle = pPr.find(_w("pStyle"))
        pPr.insert(0 if pstyle is None else 1, el)
    return p


def add_page_break(d):
    from docx.enum.text import WD_BREAK
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def add_styles(d, xml_fragments: list[str]):
    from docx.oxml import parse_xml
    for frag in xml_fragments:
        d.styles.element.append(parse_xml(frag))


def add_numbering(d, abstract_xml: list[str], num_xml: list[str]):
    from docx.oxml import parse_xml
    root = d.part.numbering_part.element
    abstracts = root.findall(_w("abstractNum"))
    pos = root.index(abstracts[-1]) + 1 if abstracts else 0
    for frag in abstract_xml:
        root.insert(pos, parse_xml(frag))
        pos += 1
    for frag in num_xml:
        root.append(parse_xml(frag))


def docx_bytes(d) -> bytes:
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def _lvl(ilvl: int, text: str, pstyle: str | None = None, start: int = 1) -> str:
    ps = f'<w:pStyle w:val="{pstyle}"/>' if pstyle else ""
    ind = 720 * (ilvl + 1)
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/>'
            f'<w:numFmt w:val="decimal"/>{ps}<w:lvlText w:val="{text}"/>'
            f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{ind}" w:hanging="720"/>'
            f'</w:pPr></w:lvl>')


# --- reading a docx back and computing what Word would display --------------
def docx_numbered(data: bytes) -> list[dict]:
    """Every body paragraph with its displayed number (or None) and page."""
    from lxml import etree
    z = zipfile.ZipFile(io.BytesIO(data))
    doc = etree.fromstring(z.read("word/document.xml"))
    styles = etree.fromstring(z.read("word/styles.xml"))
    numbering = etree.fromstring(z.read("word/numbering.xml"))
    val = _w("val")

    def numpr_of(ppr):
        if ppr is None:
            return None
        np_ = ppr.find(_w("numPr"))
        if np_ is None:
            return None
        nid = np_.find(_w("numId"))
        il = np_.find(_w("ilvl"))
        return (int(nid.get(val)) if nid is not None else None,
                int(il.get(val)) if il is not None else None)

    style_info = {}
    for st in styles.findall(_w("style")):
        based = st.find(_w("basedOn"))
        style_info[st.get(_w("styleId"))] = (
            based.get(val) if based is not None else None, numpr_of(st.find(_w("pPr"))))

    def style_numpr(sid):
        seen = set()
        while sid and sid not in seen:
            seen.add(sid)
            based, np_ = style_info.get(sid, (None, None))
            if np_ is not None:
                return np_
            sid = based
        return None

    def read_lvl(lv):
        g = lambda tag, d=None: (lv.find(_w(tag)).get(val)
                                 if lv.find(_w(tag)) is not None else d)
        return {"start": int(g("start", "1")), "fmt": g("numFmt", "decimal"),
                "text": g("lvlText", ""), "pstyle": g("pStyle")}

    abstracts = {}
    for an in numbering.findall(_w("abstractNum")):
        abstracts[int(an.get(_w("abstractNumId")))] = {
            int(lv.get(_w("ilvl"))): read_lvl(lv) for lv in an.findall(_w("lvl"))}
    nums = {}
    for n in numbering.findall(_w("num")):
        aid = int(n.find(_w("abstractNumId")).get(val))
        ov = {}
        for lo in n.findall(_w("lvlOverride")):
            so = lo.find(_w("startOverride"))
            lv = lo.find(_w("lvl"))
            ov[int(lo.get(_w("ilvl")))] = (int(so.get(val)) if so is not None else None,
                                           read_lvl(lv) if lv is not None else None)
        nums[int(n.get(_w("numId")))] = (aid, ov)

    counters: dict[int, dict[int, int]] = {}
    started: set[int] = set()
    out = []
    page = 1
    body = doc.find(_w("body"))
    for p in body.iter(_w("p")):
        ppr = p.find(_w("pPr"))
        ps = ppr.find(_w("pStyle")) if ppr is not None else None
        sid = ps.get(val) if ps is not None else "Normal"
        text = "".join(t.text or "" for t in p.iter(_w("t")))
        np_ = numpr_of(ppr)
        snp = style_numpr(sid)
        label = None
        if np_ is not None and np_[0] is not None:
            num_id, ilvl = np_
            if ilvl is None:
                ilvl = snp[1] if snp and snp[1] is not None else 0
        elif snp is not None:
            num_id, ilvl = snp
        else:
            num_id, ilvl = 0, None
        if num_id:
            aid, ov = nums[num_id]
            levels = dict(abstracts[aid])
            if ilvl is None:
                ilvl = next((k for k, lv in levels.items() if lv["pstyle"] == sid), 0)
            for k, (so, lv) in ov.items():
                if lv is not None:
                    levels[k] = lv
            cnt = counters.setdefault(aid, {})
            if num_id not in started:
                started.add(num_id)
                for k, (so, lv) in ov.items():
                    if so is not None:
                        cnt[k] = so - 1
                        for deeper in [d for d in cnt if d > k]:
                            del cnt[deeper]
            cnt[ilvl] = cnt.get(ilvl, levels[ilvl]["start"] - 1) + 1
            for deeper in [d for d in cnt if d > ilvl]:
                del cnt[deeper]
            label = re.sub(r"%(\d)", lambda m: str(cnt.get(int(m.group(1)) - 1,
                           levels[int(m.group(1)) - 1]["start"])), levels[ilvl]["text"])
        out.append({"style": sid, "text": text, "label": label, "page": page})
        page += sum(1 for br in p.iter(_w("br")) if br.get(_w("type")) == "page")
    return out


def verify_docx(data: bytes, key: list[dict], heading_styles: set[str]) -> None:
    got = [p for p in docx_numbered(data)
           if p["label"] is not None and p["style"] not in heading_styles]
    if len(got) != len(key):
        raise KeyError_(f"docx: {len(got)} numbered paragraphs, key has {len(key)}")
    for g, k in zip(got, key):
        label = g["label"].rstrip(".").strip("()")
        if label != k["label"] or g["page"] != k["page"]:
            raise KeyError_(f"docx: got {label}/p{g['page']}, key {k['label']}/p{k['page']}")
        w = words(g["text"])
        sw, ew = words(k["starts_with"]), words(k["ends_with"])
        if w[:len(sw)] != sw or w[-len(ew):] != ew:
            raise KeyError_(f"docx: text mismatch at {label}")


# --- 1. style-numbering.docx ------------------------------------------------
def make_style_numbering() -> tuple[bytes, dict]:
    d = new_document(T.SAR_TITLE)
    add_styles(d, [
        '<w:style xmlns:w="%s" w:type="paragraph" w:customStyle="1" '
        'w:styleId="NumberedHeading"><w:name w:val="Numbered Heading"/>'
        '<w:basedOn w:val="Heading1"/><w:next w:val="NumberedPara"/><w:qFormat/>'
        '<w:pPr><w:keepNext/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="21"/></w:numPr>'
        '<w:spacing w:before="360" w:after="120"/><w:ind w:left="720" w:hanging="720"/>'
        '</w:pPr></w:style>' % W_NS,
        '<w:style xmlns:w="%s" w:type="paragraph" w:customStyle="1" '
        'w:styleId="NumberedPara"><w:name w:val="Numbered Para"/>'
        '<w:basedOn w:val="Normal"/><w:qFormat/>'
        '<w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="21"/></w:numPr>'
        '<w:spacing w:after="160"/><w:ind w:left="720" w:hanging="720"/>'
        '<w:jc w:val="both"/></w:pPr></w:style>' % W_NS,
    ])
    add_numbering(d, [
        '<w:abstractNum xmlns:w="%s" w:abstractNumId="20"><w:nsid w:val="5B1E0A21"/>'
        '<w:multiLevelType w:val="multilevel"/><w:tmpl w:val="7C3D2E10"/>'
        % W_NS + _lvl(0, "%1.", "NumberedHeading") + _lvl(1, "%1.%2.", "NumberedPara")
        + _lvl(2, "%1.%2.%3.") + '</w:abstractNum>'
    ], ['<w:num xmlns:w="%s" w:numId="21"><w:abstractNumId w:val="20"/></w:num>' % W_NS])

    add_p(d, T.FICTIONAL)
    add_p(d, T.SAR_TITLE, "Title")
    add_p(d, T.SAR_SUBTITLE, "Subtitle")
    key, page = [], 1
    for si, (heading, intro, paras) in enumerate(T.SAR_SECTIONS, 1):
        if si == 3:
            add_page_break(d)
            page += 1
        add_p(d, heading, "Numbered Heading")
        if intro:
            add_p(d, intro, "Numbered Para", numpr=(0, None))
        for j, body in enumerate(paras, 1):
            add_p(d, body, "Numbered Para")
            key.append(key_entry(f"{si}.{j}", page, body))
    data = docx_bytes(d)
    verify_docx(data, key, {"NumberedHeading"})
    # the switched-off paragraph must really be there, styled but unnumbered
    offs = [p for p in docx_numbered(data) if p["style"] == "NumberedPara" and not p["label"]]
    if len(offs) != 1:
        raise KeyError_("style-numbering: expected one numId=0 paragraph")
    note = ("Word automatic numbering attached to paragraph STYLES. Body paragraphs carry "
            "only <w:pStyle w:val=\"NumberedPara\"/>; the style 'Numbered Para' carries "
            "numPr numId=21 ilvl=1 (lvlText '%1.%2.'), the style 'Numbered Heading' the "
            "same numId at ilvl 0 ('%1.'); both levels are also linked back with w:pStyle "
            "in the abstractNum. The four headings display '1.'..'4.' (Introduction, "
            "Background, Analysis of practice, Conclusions); they are section headings, "
            "not paragraphs, and are NOT in the key. Under heading 3, the first paragraph "
            "('This section considers the key practice episodes...') is in style Numbered "
            "Para but overrides with <w:numPr><w:numId w:val=\"0\"/></w:numPr>: it shows no "
            "number and is not counted, so the next paragraph is 3.1, not 3.2. It is an "
            "unnumbered paragraph and is not in the key (it sits directly after a heading, "
            "so it should not be glued onto 2.3). One explicit page break (an empty "
            "paragraph holding <w:br w:type=\"page\"/>) before heading 3: sections 1-2 are "
            "page 1, sections 3-4 page 2. Labels are the displayed numbers without the "
            "trailing full stop (displayed '1.1.' -> '1.1').")
    return data, {"note": note, "paragraphs": key}


# --- 2. numbering-restarts.docx ---------------------------------------------
def make_numbering_restarts() -> tuple[bytes, dict]:
    d = new_document(T.CSPR_TITLE)
    single = ('<w:abstractNum xmlns:w="%s" w:abstractNumId="30"><w:nsid w:val="2F44A9C3"/>'
              '<w:multiLevelType w:val="singleLevel"/><w:tmpl w:val="0409000F"/>'
              % W_NS + _lvl(0, "%1.") + '</w:abstractNum>')
    add_numbering(d, [single], [
        '<w:num xmlns:w="%s" w:numId="31"><w:abstractNumId w:val="30"/></w:num>' % W_NS,
        '<w:num xmlns:w="%s" w:numId="32"><w:abstractNumId w:val="30"/></w:num>' % W_NS,
        '<w:num xmlns:w="%s" w:numId="33"><w:abstractNumId w:val="30"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>' % W_NS
        + _lvl(0, "A%1.") + '</w:lvlOverride></w:num>',
    ])
    add_p(d, T.FICTIONAL)
    add_p(d, T.CSPR_TITLE, "Title")
    add_p(d, T.CSPR_SUBTITLE, "Subtitle")
    key = []
    add_p(d, "Introduction", "Heading 1")
    n = 0
    for body in T.CSPR_INTRO:
        n += 1
        add_p(d, body, "List Paragraph", numpr=(31, 0))
        key.append(key_entry(str(n), 1, body))
    add_p(d, "Key practice episodes", "Heading 1")
    for body in T.CSPR_EPISODES:
        n += 1
        add_p(d, body, "List Paragraph", numpr=(32, 0))
        key.append(key_entry(str(n), 1, body))
    add_page_break(d)
    add_p(d, T.CSPR_APPENDIX_TITLE, "Heading 1")
    for j, body in enumerate(T.CSPR_APPENDIX, 1):
        add_p(d, body, "List Paragraph", numpr=(33, 0))
        key.append(key_entry(f"A{j}", 2, body))
    data = docx_bytes(d)
    verify_docx(data, key, set())
    note = ("Single-level Word automatic numbering '%1.' applied by direct numPr on "
            "'List Paragraph' paragraphs. Paragraphs 1-4 (under 'Introduction') use numId "
            "31 and paragraphs 5-8 (under 'Key practice episodes') use numId 32; both "
            "point at the same abstractNum 30 and numId 32 has no override, so Word "
            "CONTINUES the count: the first paragraph of the second instance displays '5.', "
            "not '1.' (a parser that keeps one counter per w:num would wrongly show 1-4 "
            "twice). After one explicit page break, the appendix paragraphs use numId 33, "
            "which points at the SAME abstractNum 30 but has <w:lvlOverride w:ilvl=\"0\"> "
            "containing <w:startOverride w:val=\"1\"/> and a replacement <w:lvl> whose "
            "lvlText is 'A%1.', so they display A1., A2., A3. (labels 'A1'-'A3'). The "
            "headings are unnumbered Heading 1.")
    return data, {"note": note, "paragraphs": key}


# ===========================================================================
# PDF layout engine (reportlab canvas, explicit line placement)
# ===========================================================================
PAGE_W, PAGE_H = 595.2756, 841.8898


@dataclass
class Frame:
    page: int          # 0-based
    col: int
    x: float
    top: float         # reportlab coordinates (origin bottom left)
    bottom: float
    width: float


@dataclass
class Style:
    font: str
    size: float
    leading: float
    label_font: str
    indent: float = 0.0          # hanging indent (0 => label inline, text wraps to margin)
    para_space: float = 6.0
    sup_size: float = 6.0
    sup_rise: float = 3.5
    gap: float | None = None     # inter-word gap used for wrapping (None => real space)
    justify: bool = False


@dataclass
class Item:
    kind: str                    # 'heading' | 'para'
    text: str
    label: str | None = None
    font: str = "Helvetica-Bold"
    size: float = 11
    leading: float = 15
    before: float = 6
    after: float = 2
    keep: bool = True            # keep with next paragraph


@dataclass
class Line:
    frame: Frame
    y: float
    tokens: list
    font: str
    size: float
    label: str | None = None
    para: int | None = None
    last: bool = True            # last line of its paragraph (not justified)
    heading: bool = False


@dataclass
class ParaPos:
    label: str
    text: str
    lines: list = field(default_factory=list)

    @property
    def start(self):
        return self.lines[0].frame

    @property
    def end(self):
        return self.lines[-1].frame


def tok_parts(tok: str):
    m = MARK.search(tok)
    if not m:
        return tok, None, ""
    return tok[:m.start()], m.group(1), tok[m.end():]


def tok_width(tok: str, st: Style, font: str | None = None) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth
    f = font or st.font
    pre, sup, post = tok_parts(tok)
    w = stringWidth(pre, f, st.size) + stringWidth(post, f, st.size)
    if sup:
        w += stringWidth(sup, f, st.sup_size)
    return w


def space_width(st: Style) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth
    return st.gap if st.gap is not None else stringWidth(" ", st.font, st.size)


def wrap(tokens: list[str], st: Style, first_width: float, width: float,
         first_font: str | None = None) -> list[list[str]]:
    gap = space_width(st)
    lines, cur, curw, avail = [], [], 0.0, first_width
    for i, t in enumerate(tokens):
        w = tok_width(t, st, first_font if (i == 0 and first_font) else None)
        if cur and curw + gap + w > avail:
            lines.append(cur)
            cur, curw, avail = [t], w, width
        else:
            curw += (gap if cur else 0) + w
            cur.append(t)
    lines.append(cur)
    return lines


def flow(items: list[Item], frame_at, st: Style) -> tuple[list[Line], list[ParaPos]]:
    fi = 0
    fr = frame_at(0)
    y = fr.top
    placed: list[Line] = []
    paras: list[ParaPos] = []

    def next_frame():
        nonlocal fi, fr, y
        fi += 1
        fr = frame_at(fi)
        y = fr.top

    for it in items:
        if it.kind == "heading":
            if y < fr.top:
                y -= it.before
            need = it.leading + (it.after + 3 * st.leading if it.keep else 0)
            if y - need < fr.bottom:
                next_frame()
            y -= it.leading
            placed.append(Line(fr, y, it.text.split(), it.font, it.size, heading=True))
            y -= it.after
            continue
        inline = st.indent == 0
        if inline:
            tokens = [it.label] + it.text.split()
            lines = wrap(tokens, st, fr.width, fr.width, first_font=st.label_font)
        else:
            lines = wrap(it.text.split(), st, fr.width - st.indent, fr.width - st.indent)
        if y < fr.top:
            y -= st.para_space
        pp = ParaPos(it.label, it.text)
        for k, ln in enumerate(lines):
            if y - st.leading < fr.bottom - 0.01:
                next_frame()
            y -= st.leading
            line = Line(fr, y, ln, st.font, st.size,
                        label=it.label if k == 0 else None, para=len(paras),
                        last=k == len(lines) - 1)
            placed.append(line)
            pp.lines.append(line)
        paras.append(pp)
    return placed, paras


def line_positions(line: Line, st: Style) -> list[tuple[float, str, str]]:
    """(x, token, font) for every word of a body line (label included when inline)."""
    inline = st.indent == 0
    x0 = line.frame.x + (0 if inline or line.heading else st.indent)
    width = line.frame.width - (0 if inline or line.heading else st.indent)
    fonts = [line.font] * len(line.tokens)
    if line.label and inline:
        fonts[0] = st.label_font
    ws = [tok_width(t, st, f) if not line.heading else _sw(t, f, line.size)
          for t, f in zip(line.tokens, fonts)]
    gap = space_width(st) if not line.heading else _sw(" ", line.font, line.size) * 1.3
    if st.justify and not line.last and not line.heading and len(ws) > 1:
        gap = (width - sum(ws)) / (len(ws) - 1)
    out, x = [], x0
    for t, f, w in zip(line.tokens, fonts, ws):
        out.append((x, t, f))
        x += w + gap
    return out


def _sw(s, font, size):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    return stringWidth(s, font, size)


def draw_line_normal(c, line: Line, st: Style) -> None:
    """One text object per line, real spaces, optional word-space justification."""
    if line.heading:
        c.setFont(line.font, line.size)
        c.drawString(line.frame.x, line.y, " ".join(line.tokens))
        return
    x = line.frame.x
    if line.label:
        c.setFont(st.label_font, st.size)
        c.drawString(x, line.y, line.label)
    x += st.indent
    t = c.beginText(x, line.y)
    t.setFont(st.font, st.size)
    if st.justify and not line.last and len(line.tokens) > 1:
        natural = sum(tok_width(tk, st) for tk in line.tokens) + \
            _sw(" ", st.font, st.size) * (len(line.tokens) - 1)
        t.setWordSpace((line.frame.width - st.indent - natural) / (len(line.tokens) - 1))
    for i, tok in enumerate(line.tokens):
        pre, sup, post = tok_parts(tok)
        t.textOut((" " if i else "") + pre)
        if sup:
            t.setFont(st.font, st.sup_size)
            t.setRise(st.sup_rise)
            t.textOut(sup)
            t.setRise(0)
            t.setFont(st.font, st.size)
        if post:
            t.textOut(post)
    if st.justify:
        t.setWordSpace(0)
    c.drawText(t)


def numberish_line_starts(paras: list[ParaPos]) -> list[str]:
    """Continuation lines that begin with a number-like word (possible false labels)."""
    out = []
    for pp in paras:
        for ln in pp.lines[1:]:
            if NUMBERISH.match(ln.tokens[0]):
                out.append(f"{pp.label}: line on page {ln.frame.page + 1} begins "
                           f"{' '.join(plain(t) for t in ln.tokens[:3])!r}")
    return out


def new_canvas(buf, title: str):
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(buf, pagesize=(PAGE_W, PAGE_H), invariant=1, pageCompression=0)
    c.setTitle(title)
    c.setAuthor("Fictional reviewer")
    c.setCreator("blind9 fixture generator")
    c.setSubject(T.FICTIONAL)
    return c


def verify_pdf(data: bytes, paras: list[ParaPos], key: list[dict], n_pages: int,
               regions=None, char_filter=None, name: str = "") -> None:
    """Labels on their page, label+starts_with and ends_with as word sequences on
    the pages where the paragraph starts / ends (per column region if given)."""
    import pdfplumber
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        if len(pdf.pages) != n_pages:
            raise KeyError_(f"{name}: {len(pdf.pages)} pages, wanted {n_pages}")
        page_regions = []   # per page: list of \w+ word lists
        page_tokens = []    # per page: set of whitespace tokens
        for i, page in enumerate(pdf.pages):
            p = page.filter(char_filter) if char_filter else page
            boxes = regions(i) if regions else [None]
            texts = [(p.within_bbox(b) if b else p).extract_text() or "" for b in boxes]
            page_regions.append([words(t) for t in texts])
            page_tokens.append({tok.strip(".,;:()") for t in texts for tok in t.split()})
    if len(paras) != len(key):
        raise KeyError_(f"{name}: layout has {len(paras)} paragraphs, key {len(key)}")
    for pp, k in zip(paras, key):
        sp, ep = pp.start.page, pp.end.page
        if k["page"] != sp + 1 or k["label"] != pp.label:
            raise KeyError_(f"{name}: key/layout disagree at {k['label']}")
        if k["label"] not in page_tokens[sp]:
            raise KeyError_(f"{name}: label {k['label']} not on page {sp + 1}")
        head = words(k["label"]) + words(k["starts_with"])
        if not any(contains(r, head) for r in page_regions[sp]):
            raise KeyError_(f"{name}: '{k['label']} {k['starts_with']}' not on page {sp + 1}")
        if not any(contains(r, words(k["ends_with"])) for r in page_regions[ep]):
            raise KeyError_(f"{name}: ends_with of {k['label']} not on page {ep + 1}")


# --- 3. watermark.pdf ---------------------------------------------------------
MARKING = "OFFICIAL \u2013 SENSITIVE"
WATERMARK = "DRAFT \u2013 NOT FOR CIRCULATION"


def make_watermark() -> tuple[bytes, dict]:
    st = Style(font="Times-Roman", size=11.5, leading=15.5, label_font="Times-Bold",
               indent=40, para_space=7)
    margin_l, margin_r, top, bottom = 72, 72, PAGE_H - 62, 64

    def frame_at(i):
        return Frame(i, 0, margin_l, top, bottom, PAGE_W - margin_l - margin_r)

    items = [Item("heading", T.FICTIONAL, font="Helvetica-Bold", size=10, leading=12,
                  after=14, keep=False),
             Item("heading", T.DHR_TITLE[0], font="Times-Bold", size=16, leading=18,
                  keep=False, after=2),
             Item("heading", T.DHR_TITLE[1], font="Times-Roman", size=12, leading=15,
                  keep=False, after=14)]
    n = 0
    for sec, sub, bodies in T.DHR:
        if sec:
            items.append(Item("heading", f"3. {sec}", font="Times-Bold", size=13,
                              leading=17, before=10, after=4))
        items.append(Item("heading", sub, font="Times-BoldItalic", size=11.5,
                          leading=15, before=8, after=1))
        for body in bodies:
            n += 1
            items.append(Item("para", body, label=f"3.{n}"))
    placed, paras = flow(items, frame_at, st)
    n_pages = max(l.frame.page for l in placed) + 1

    buf = io.BytesIO()
    c = new_canvas(buf, "Domestic Homicide Review: Alina (draft)")
    for pg in range(n_pages):
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Helvetica-Bold", 10)
        c.drawCentredString(PAGE_W / 2, PAGE_H - 36, MARKING)
        for ln in placed:
            if ln.frame.page == pg:
                draw_line_normal(c, ln, st)
        c.setFont("Helvetica-Bold", 10)
        c.drawCentredString(PAGE_W / 2, 30, MARKING)
        c.setFont("Times-Roman", 9)
        c.drawRightString(PAGE_W - margin_r, 30, f"Page {pg + 1} of {n_pages}")
        # the watermark is drawn LAST, i.e. over the text
        c.saveState()
        c.setFillColorRGB(0.72, 0.72, 0.72)
        c.setFillAlpha(0.45)
        c.translate(PAGE_W / 2, PAGE_H / 2)
        c.rotate(45)
        c.setFont("Helvetica-Bold", 48)
        c.drawCentredString(0, -16, WATERMARK)
        c.restoreState()
        c.showPage()
    c.save()
    data = buf.getvalue()

    key = [key_entry(pp.label, pp.start.page + 1, pp.text) for pp in paras]
    crossing = [pp.label for pp in paras if pp.start.page != pp.end.page]
    if not crossing:
        raise KeyError_("watermark: no paragraph crosses a page")
    verify_pdf(data, paras, key, 3, char_filter=_not_rotated, name="watermark")
    _check_watermark_present(data)
    odd = numberish_line_starts(paras)
    note = ("Single column, Times 11.5 pt, paragraph numbers '3.1'.. hanging in the left "
            "margin (label at x=72, text indented 40 pt). Every page carries a light-grey "
            "semi-transparent watermark 'DRAFT \u2013 NOT FOR CIRCULATION' (Helvetica-Bold "
            "48 pt, rotated 45\u00b0) drawn AFTER the text, so its characters come last in "
            "the content stream and lie diagonally across the body lines; a text extractor "
            "that sorts by position can interleave its letters with body lines. Every page "
            "also has 'OFFICIAL \u2013 SENSITIVE' centred top and bottom and 'Page n of 3' "
            "bottom right; these are furniture, not text. Section heading '3. Findings and "
            "analysis' and unnumbered italic subheadings are not paragraphs. Paragraph(s) "
            f"{', '.join(crossing)} cross a page break; page = page where the paragraph "
            "starts, and the text continues at the top of the next page after the marking."
            + (" Continuation lines beginning with a number-like word: " + "; ".join(odd)
               if odd else ""))
    return data, {"note": note, "paragraphs": key}


def _rotated(obj) -> bool:
    m = obj.get("matrix") or (1, 0, 0, 1, 0, 0)
    return abs(m[1]) > 1e-6 or abs(m[2]) > 1e-6


def _not_rotated(obj) -> bool:
    return obj.get("object_type") != "char" or not _rotated(obj)


def _check_watermark_present(data: bytes) -> None:
    import pdfplumber
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for i, page in enumerate(pdf.pages):
            rot = [ch for ch in page.chars if _rotated(ch)]
            if len(rot) < 20:
                raise KeyError_(f"watermark: page {i + 1} has no rotated watermark text")
            marks = page.extract_text()
            if marks.count("SENSITIVE") < 2:
                raise KeyError_(f"watermark: page {i + 1} lacks the protective marking")


# --- 4. reverse-stream.pdf ------------------------------------------------------
def make_reverse_stream() -> tuple[bytes, dict]:
    st = Style(font="Helvetica", size=11, leading=15.5, label_font="Helvetica-Bold",
               indent=0, para_space=8, gap=4.2, justify=True)
    margin, top, bottom = 72, PAGE_H - 72, 72

    def frame_at(i):
        return Frame(i, 0, margin, top, bottom, PAGE_W - 2 * margin)

    items = [Item("heading", T.FICTIONAL, font="Helvetica-Bold", size=10, leading=12,
                  after=14, keep=False),
             Item("heading", T.SCR_TITLE[0], font="Helvetica-Bold", size=16, leading=19,
                  keep=False, after=2),
             Item("heading", T.SCR_TITLE[1], font="Helvetica", size=11, leading=14,
                  keep=False, after=14),
             Item("heading", T.SCR_HEADING, font="Helvetica-Bold", size=12.5, leading=16,
                  after=4)]
    for j, body in enumerate(T.SCR, 1):
        items.append(Item("para", body, label=f"2.{j}"))
    placed, paras = flow(items, frame_at, st)
    n_pages = max(l.frame.page for l in placed) + 1

    buf = io.BytesIO()
    c = new_canvas(buf, "Serious Case Review: Child T")
    first_words = []
    for pg in range(n_pages):
        lines = [ln for ln in placed if ln.frame.page == pg]
        # bottom line first; within a line, last word first; one BT/ET per word
        for ln in reversed(lines):
            pos = line_positions(ln, st)
            for x, tok, font in reversed(pos):
                c.setFont(font, ln.size)
                c.drawString(x, ln.y, tok)
        first_words.append(line_positions(lines[-1], st)[-1][1])
        c.setFont("Helvetica", 8.5)
        c.drawRightString(PAGE_W - margin, 40, f"Page {pg + 1}")
        c.drawString(margin, PAGE_H - 40, "Ravensford LSCB \u2013 Serious Case Review: Child T")
        c.showPage()
    c.save()
    data = buf.getvalue()

    key = [key_entry(pp.label, pp.start.page + 1, pp.text) for pp in paras]
    verify_pdf(data, paras, key, 2, name="reverse-stream")
    # the stream really is reversed: the first glyph drawn on each page is the first
    # letter of the last word of the lowest body line
    import pdfplumber
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for i, page in enumerate(pdf.pages):
            ch = page.chars[0]
            bottom_line_y = PAGE_H - min(ln.y for ln in placed if ln.frame.page == i)
            if ch["text"] != first_words[i][0] or abs(ch["bottom"] - bottom_line_y) > 4:
                raise KeyError_(f"reverse-stream: page {i + 1} stream is not reversed")
    odd = numberish_line_starts(paras)
    note = ("Looks like an ordinary single-column report (Helvetica 11 pt, justified, "
            "bold inline paragraph numbers '2.1'.. at the start of the first line, "
            "continuation lines back at the margin). In the content stream each page is "
            "drawn bottom line first, and every word is its own BT/ET text object drawn "
            "right to left (last word of the line first); there are no space characters, "
            "word gaps are positional (about 4.2 pt or more). Extraction in stream order "
            "yields reversed text; reading by position yields normal text. Title block and "
            "heading '2. Agency involvement' are drawn the same way and are not paragraphs. "
            "Running header and 'Page n' footer are drawn after the body. "
            + ("Paragraph(s) " + ", ".join(pp.label for pp in paras
                                             if pp.start.page != pp.end.page)
               + " cross the page break; page = page where the paragraph starts."
               if any(pp.start.page != pp.end.page for pp in paras) else "")
            + (" Continuation lines beginning with a number-like word: " + "; ".join(odd)
               if odd else ""))
    return data, {"note": note, "paragraphs": key}


# --- 5. twocol-footnotes.pdf ------------------------------------------------------
def make_twocol_footnotes() -> tuple[bytes, dict]:
    st = Style(font="Helvetica", size=10.5, leading=13.5, label_font="Helvetica-Bold",
               indent=28, para_space=6, sup_size=6, sup_rise=3.6, justify=True)
    ml, mr, gutter = 64, 64, 22
    col_w = (PAGE_W - ml - mr - gutter) / 2
    first_top, top = PAGE_H - 150, PAGE_H - 66
    fn_base = 58            # baseline of the lowest footnote line
    fn_size, fn_lead = 7.5, 9.2
    fn_width = PAGE_W - ml - mr - 10
    fn_style = Style(font="Helvetica", size=fn_size, leading=fn_lead, label_font="Helvetica")

    fn_lines = {n: wrap(t.split(), fn_style, fn_width, fn_width)
                for n, t in T.TR_FOOTNOTES.items()}
    if len(fn_lines[2]) != 2 or any(len(v) != 1 for k, v in fn_lines.items() if k != 2):
        raise KeyError_("twocol: footnote 2 must wrap to two lines, the rest one line")

    def fn_block_height(notes):
        """Distance from the lowest to the highest footnote baseline."""
        if not notes:
            return 0
        return (sum(len(fn_lines[n]) for n in notes) - 1) * fn_lead + 2 * (len(notes) - 1)

    items = []
    for j, (sec, sub, body) in enumerate(T.TR, 1):
        if sec:
            items.append(Item("heading", sec, font="Helvetica-Bold", size=11.5,
                              leading=15, before=4, after=3))
        if sub:
            items.append(Item("heading", sub, font="Helvetica-BoldOblique", size=10,
                              leading=14, before=8, after=1))
        items.append(Item("para", body, label=f"1.{j}"))

    # Space reserved for footnotes only ever grows, so this converges; a page may
    # keep a little white space above its rule when a marker was pushed onward.
    reserve: dict[int, set[int]] = {}
    for _ in range(12):
        def frame_at(i, reserve=reserve):
            pg, col = divmod(i, 2)
            rule_y = fn_base + fn_block_height(sorted(reserve.get(pg, ()))) + fn_size + 4
            return Frame(pg, col, ml + col * (col_w + gutter), first_top if pg == 0 else top,
                         rule_y + 10, col_w)
        placed, paras = flow(items, frame_at, st)
        assign: dict[int, list[int]] = {}
        for ln in placed:
            for tok in ln.tokens:
                for m in MARK.finditer(tok):
                    assign.setdefault(ln.frame.page, []).append(int(m.group(1)))
        if all(set(v) <= reserve.get(pg, set()) for pg, v in assign.items()):
            break
        reserve = {pg: reserve.get(pg, set()) | set(assign.get(pg, ()))
                   for pg in set(reserve) | set(assign)}
    else:
        raise KeyError_("twocol: footnote placement did not converge")
    n_pages = max(l.frame.page for l in placed) + 1
    if sorted(assign) != list(range(n_pages)):
        raise KeyError_(f"twocol: every page needs a footnote, got {assign}")

    buf = io.BytesIO()
    c = new_canvas(buf, "Thematic Review: Neglect of Adolescents")
    for pg in range(n_pages):
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Helvetica-Oblique", 8)
        c.drawString(ml, PAGE_H - 42, T.TR_RUNNING)
        c.setLineWidth(0.4)
        c.line(ml, PAGE_H - 47, PAGE_W - mr, PAGE_H - 47)
        if pg == 0:
            c.setFont("Helvetica-Bold", 9)
            c.drawString(ml, PAGE_H - 70, T.FICTIONAL)
            c.setFont("Helvetica-Bold", 18)
            c.drawString(ml, PAGE_H - 100, T.TR_TITLE[0])
            c.setFont("Helvetica", 12)
            c.drawString(ml, PAGE_H - 120, T.TR_TITLE[1])
            c.setLineWidth(0.8)
            c.line(ml, PAGE_H - 132, PAGE_W - mr, PAGE_H - 132)
        for ln in placed:
            if ln.frame.page == pg:
                draw_line_normal(c, ln, st)
        # footnotes: full width, below a short rule
        notes = assign[pg]
        h = fn_block_height(notes)
        y = fn_base + h
        c.setLineWidth(0.5)
        c.line(ml, y + fn_size + 4, ml + 72, y + fn_size + 4)
        for n in notes:
            c.setFont("Helvetica", 5.5)
            c.drawString(ml, y + 2.5, str(n))
            c.setFont("Helvetica", fn_size)
            for fl in fn_lines[n]:
                c.drawString(ml + 10, y, " ".join(fl))
                y -= fn_lead
            y -= 2
        c.setFont("Helvetica", 8.5)
        c.drawCentredString(PAGE_W / 2, 30, f"{pg + 1}")
        c.showPage()
    c.save()
    data = buf.getvalue()

    key = [key_entry(pp.label, pp.start.page + 1, pp.text) for pp in paras]

    def regions(i):
        boxes = []
        for col in (0, 1):
            frs = [ln.frame for ln in placed if ln.frame.page == i and ln.frame.col == col]
            if frs:
                f = frs[0]
                boxes.append((f.x - 2, PAGE_H - f.top - 4, f.x + f.width + 2,
                              PAGE_H - f.bottom + 4))
        return boxes
    verify_pdf(data, paras, key, 3, regions=regions, name="twocol-footnotes")
    across_cols = [pp.label for pp in paras
                   if pp.start.page == pp.end.page and pp.start.col != pp.end.col]
    across_pages = [pp.label for pp in paras if pp.start.page != pp.end.page]
    if not across_cols or not across_pages:
        raise KeyError_(f"twocol: need column and page crossings {across_cols} {across_pages}")
    _check_footnotes_full_width(data, ml, PAGE_W - mr)
    odd = numberish_line_starts(paras)
    fn_where = "; ".join(f"page {p + 1}: {', '.join(map(str, v))}" for p, v in assign.items())
    note = ("Two justified columns (Helvetica 10.5 pt), paragraph numbers '1.1'.. in bold "
            "hanging 28 pt left of the text; reading order is left column then right "
            "column on each page. Superscript footnote markers (6 pt, raised) follow words "
            "inside paragraphs (e.g. 'strategy\u00b9', 'panel\u00b2', 'Jordan\u00b3,'); a "
            "text extractor may glue them to the word ('strategy1') - they are never within "
            "the first eight or last six words, so the key is unaffected. Footnotes are "
            "set FULL WIDTH across both columns at the bottom of each page, below a short "
            "72 pt rule, 7.5 pt, each beginning with its number (1-6) in small type; "
            "footnote 2 wraps onto a second full-width line. Footnotes are not paragraphs "
            "and must not be glued into the paragraph that runs on to the next column or "
            f"page. Footnotes by page: {fn_where}. Paragraph(s) {', '.join(across_cols)} "
            f"run from the left column into the right column; {', '.join(across_pages)} "
            "run from the right column onto the next page (page = page where the paragraph "
            "starts). Unnumbered bold-italic subheadings sit inside the columns; the "
            "full-width title block, running header and centred page number are furniture."
            + (" Continuation lines beginning with a number-like word: " + "; ".join(odd)
               if odd else ""))
    return data, {"note": note, "paragraphs": key}


def _check_footnotes_full_width(data: bytes, left: float, right: float) -> None:
    import pdfplumber
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for i, page in enumerate(pdf.pages):
            small = [ch for ch in page.chars if abs(ch["size"] - 7.5) < 0.01]
            if not small:
                raise KeyError_(f"twocol: page {i + 1} has no 7.5 pt footnote text")
            if i == 0 and max(ch["x1"] for ch in small) < PAGE_W / 2 + 40:
                raise KeyError_("twocol: footnotes on page 1 do not span the columns")


# ===========================================================================
def main(out: Path) -> None:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    makers = [("style-numbering.docx", make_style_numbering),
              ("numbering-restarts.docx", make_numbering_restarts),
              ("watermark.pdf", make_watermark),
              ("reverse-stream.pdf", make_reverse_stream),
              ("twocol-footnotes.pdf", make_twocol_footnotes)]
    expected = {}
    for name, fn in makers:
        data, entry = fn()
        (out / name).write_bytes(data)
        expected[name] = entry
    # every paragraph unique across all documents
    seen = set()
    for name, entry in expected.items():
        for p in entry["paragraphs"]:
            k = tuple(words(p["starts_with"]))
            if k in seen:
                raise KeyError_(f"{name}: duplicate paragraph opening {p['starts_with']!r}")
            seen.add(k)
    (out / "expected.json").write_text(
        json.dumps(expected, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "out")
