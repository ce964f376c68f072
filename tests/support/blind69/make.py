"""Blind fixture generator 69: five FICTIONAL files in which A REVIEW COMES AS A SLIDE DECK, as safeguarding
partnerships turn reviews into slides for briefings and training and practitioners are sent the deck, not the
report: a learning review's findings in a deck saved by PowerPoint (Microsoft 365) as .pptx, a safeguarding adults
review's seven-minute briefing downloaded from Google Slides as .pptx, a domestic homicide review's learning event
saved by LibreOffice Impress as .odp, a thematic review's briefing saved by PowerPoint as PDF (16:9 pages, one slide
a page), and a practice review's training deck printed by PowerPoint as Notes Pages to PDF, the review's paragraphs
in the speaker notes under each slide's picture.

FICTIONAL \u2013 for software testing. Run: python make.py [outdir] (a few seconds: everything is built twice and the
bytes compared). Needs lxml, reportlab and pdfplumber; no office program, no network, no python-pptx: every package's
parts are written here as strings and zipped with fixed dates, and the PDFs are drawn with reportlab. Every generator
checks its own key by reading its file back without the project's parser: the two .pptx with zipfile and lxml
through a PresentationML reader of its own (slides in presentation.xml's sldIdLst order through the relationships,
shapes in spTree order, placeholders by p:ph type, PowerPoint's a:buAutoNum counted with its startAt, hidden slides,
notes slides), the .odp with zipfile and lxml through an Impress reader of its own (draw:page order, frames by
presentation:class, list numbers from the list styles' text:start-value or a list item's), and the PDFs with
pdfplumber (each paragraph's words read back inside the box the layout drew it in, its number drawn where the layout
put it, and the slide furniture where it belongs).

findings.pptx  A CHILD SAFEGUARDING PRACTICE REVIEW'S FINDINGS (Baby N, Harrowdene) AS A DECK SAVED BY POWERPOINT
               (Microsoft 365): [Content_Types].xml, _rels, docProps/app.xml (slide titles in TitlesOfParts, 11
               slides, 1 hidden, 9 notes) and core.xml, ppt/presentation.xml (16:9, sldIdLst), a slide master whose
               placeholders hold PowerPoint's prompt text ("Click to edit Master title style", "Second level", "<#>")
               and four layouts that hold theirs, a theme, a notes master, presProps, viewProps, tableStyles; eleven
               slides with dt ("12/03/2025" as a datetime1 field), ftr and sldNum (a slidenum field) placeholders on
               all but the title slide. The review numbers its paragraphs 1, 2, 3 ... through and the deck quotes its
               findings, 31 to 43: on some slides the NUMBERS ARE POWERPOINT'S AUTO-NUMBERING (a:buAutoNum
               type="arabicPeriod" startAt="31" WRITTEN ON EVERY PARAGRAPH OF THE RUN, so that they print 31., 32.),
               on others TYPED ("33. The ...", bullets off). Traps: a line break (a:br) inside 34; a key dates TABLE
               (a:tbl in a graphicFrame) whose cells open "03.02.23"; A HIDDEN SLIDE (show="0") of the facilitator's
               own questions, auto-numbered 1. to 3., between the table and finding 3 (it counts as slide 6); a
               TWO CONTENT slide whose right placeholder carries the numbering on by its own startAt="37"; a CHART
               (c:chartSpace in ppt/charts/chart1.xml: categories 2021-2023, values 4, 9, 13) above a typed
               paragraph in a text box (txBox="1"); a PICTURE (p:pic, its alt text in descr) beside 39-41, 40 in a
               bold run and a plain one; normAutofit font scales; speaker notes on nine slides, the presenter's own
               words, one opening "31 and 32 are the paragraphs ..." and one "3 minutes. ..."
gslides.pptx   A SAFEGUARDING ADULTS REVIEW'S SEVEN-MINUTE BRIEFING (Mrs D, Tollerby) DOWNLOADED FROM GOOGLE SLIDES
               (File > Download > Microsoft PowerPoint): no docProps, Google's layouts named TITLE, SECTION_HEADER,
               TITLE_AND_BODY, TITLE_AND_TWO_COLUMNS, BIG_NUMBER, QUOTE, shapes named "Google Shape;57;p14", attributes
               in Google's order (anchorCtr, anchor, bIns, lIns, spcFirstLastPara ...), lang="en", Arial with
               a:sym, a notes slide for EVERY slide (most empty), the slide number on each slide a sldNum
               placeholder whose field's text is Google's "<#>" (\u2039#\u203a), never the number. Paragraph numbers
               TYPED ("3.1" in a bold run of its own, then " The ..."). Traps: section header slides titled "3. What
               happened to Mrs D" and "4. What the review found"; a BIG_NUMBER slide "18 months" with a small table
               of dates ("2.3.22"); an EMPTY GOOGLE PARAGRAPH before 3.2; 3.3 ENDS WITH A LEAD-IN AND A GOOGLE
               NUMBERED LIST (a:buAutoNum arabicPeriod, printed 1. to 3.) THAT BELONGS TO IT; 4.2's NUMBER IN TWO RUNS
               "4." AND "2"; a quotation in a text box of its own beside 4.3; two columns (4.4 left, 4.5 right);
               notes opening "18 months passed ..." and "4.1 is the one to spend time on ..."
impress.odp    A DOMESTIC HOMICIDE REVIEW'S LEARNING EVENT (Ms E, Fellbrook) SAVED BY LIBREOFFICE IMPRESS 7.6: mimetype
               stored first, content.xml, styles.xml (master page "Default" whose footer, date and page-number frames
               hold <presentation:footer/>, <presentation:date-time/> and <text:page-number>), meta.xml,
               settings.xml, a thumbnail, a chart object ("Object 1/content.xml" with its own table of data and a
               replacement picture) and META-INF/manifest.xml. content.xml: presentation:footer-decl and
               presentation:date-time-decl BEFORE THE FIRST draw:page, nine draw:page's with draw:frame's
               (presentation:class title, subtitle, outline) and presentation:notes (a page thumbnail and the
               presenter's notes). The review numbers its paragraphs through; the deck quotes conclusions 17 to 26.
               Numbers: FROM THE LIST STYLE (an automatic list style whose level 1 has text:start-value="17", so
               the text:list of an outline frame prints 17., 18.), FROM A LIST ITEM's text:start-value="21", or
               TYPED "19. The ..." in a plain text box. Traps: a bulleted outline (list-level-style-bullet); 18's
               first words in a bold text:span; a text:line-break in 22; a table of contacts by agency (table:table
               in a draw:frame: "11", "7"); a chart object whose data table has "2021 | 2.0"; notes opening "17 and
               18 are about ..." and "2 minutes of quiet reading ..."
deck.pdf       A THEMATIC REVIEW'S BRIEFING (self-neglect, Corrowmere) SAVED BY POWERPOINT AS PDF: 960 x 540 pt pages
               (16:9), one slide a page, Creator and Producer "Microsoft\u00ae PowerPoint\u00ae for Microsoft 365",
               each slide's title, text boxes drawn where the slide has them, the date at the bottom left, the
               footer in the middle and the slide number at the bottom right. Numbers typed "6.1" with a hanging
               indent. Traps: a TWO-COLUMN slide (6.3 and 6.4 left, 6.5 right) WHOSE RIGHT COLUMN IS DRAWN FIRST in
               the content stream; a picture (filled shapes) at the left with its caption, 6.6 in a text box at the
               right; 6.8 RUNS FROM SLIDE 6 ONTO SLIDE 7, whose title is "Capacity and choice (continued)", its
               carried words at the top with no number; a bar chart (tick labels "0" to "30", years) at the top of
               slide 8 with a call-out box at the top right ("3 in 4 ...") and 7.1 in a text box under the chart
notes.pdf      A CHILD SAFEGUARDING PRACTICE REVIEW'S TRAINING DECK (Child F, Mossgill) PRINTED BY POWERPOINT AS NOTES
               PAGES TO PDF: 540 x 720 pt portrait pages, one a slide: the notes master's header (top left) and date
               (top right), the slide's picture in a frame above (its title, bullets and slide number drawn small, as
               vector text), the speaker notes below, the footer (bottom left) and the page number (bottom right).
               THE REVIEW'S NUMBERED PARAGRAPHS ARE IN THE NOTES, typed "5.1 The ...", flush left. Traps: the slide
               pictures' bullets "Paragraphs 5.1\u20135.2" and "Paragraph 5.5"; the trainer's own words in the notes
               ("Read aloud:", "Ask: ...", "5 minutes in pairs first.") before and after the paragraphs; the ground
               rules slide's notes numbered "1. Phones on silent." to "3. ..."

Judgement calls (as in earlier rounds, what a practitioner citing the review would expect):
- the label is the review's paragraph number as printed, without a trailing stop, whether typed or made by the
  tool's own numbering (PowerPoint's or Google's a:buAutoNum counted from its startAt, an Impress list style's or
  list item's text:start-value);
- none of the five numbers paragraphs of a host of its own: each deck carries one review's paragraphs;
- each key holds the review's own numbered paragraphs only, each once, in reading order, never what the tool or the
  presenter added: slide titles (even "3. What happened to Mrs D"), subtitles, slide numbers, footers, dates,
  placeholders' prompt text, the presenter's own words in notes or on slides (the facilitator's numbered questions,
  the trainer's numbered ground rules), chart data, table cells, pictures' alt text, captions and call-outs;
- reading order: a deck's slides in order; on a slide, for the .pptx and .odp the shapes in the order the file
  keeps them (which is also top to bottom, left before right here), for deck.pdf top to bottom and a column at a
  time (the left column before the right, whatever the content stream's order); in notes.pdf the notes under each
  slide's picture;
- a paragraph is one paragraph across a line break, runs and spans, and a numbered list that ends it (gslides 3.3:
  keyed to the last item's last words); a paragraph carried onto the next slide under "(continued)" is one
  paragraph (deck.pdf 6.8: on the page it starts, keyed to its last words on the next);
- pages: for the decks (.pptx, .odp), the slide's number in the deck (1 + the slides before it, A HIDDEN SLIDE
  COUNTED, as PowerPoint numbers it); for the PDFs, the PDF page (one slide, or one notes page, a page).
"""
import hashlib
import io
import os
import pathlib
import re
import sys
import zipfile

if __package__ in (None, ""):
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

    from blindkit import draw as _draw  # type: ignore
    from blindkit import harness as _harness  # type: ignore
    from blindkit.keys import check_count, check_lengths, entry, sentences  # type: ignore
    from blindkit.markup import striped_png as png  # type: ignore
    from blindkit.markup import xesc
    from blindkit.pdfread import label_at, pdf_pages, words_of  # type: ignore

    _text = _harness.load(__file__, "blind69_text", "text.py")
else:
    from ..blindkit import draw as _draw
    from ..blindkit import harness as _harness
    from ..blindkit.keys import check_count, check_lengths, entry, sentences
    from ..blindkit.markup import striped_png as png
    from ..blindkit.markup import xesc
    from ..blindkit.pdfread import label_at, pdf_pages, words_of
    from . import text as _text

ParaMaker, norm, contains_seq = _text.ParaMaker, _text.norm, _text.contains_seq
FICT, INVENTED = _text.FICT, _text.INVENTED
WHEN = (2025, 3, 11, 17, 42, 8)


def guid(seed):
    h = hashlib.sha256(seed.encode()).hexdigest().upper()
    return "{" + f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}" + "}"


def zip_package(path, files, when=WHEN, stored=()):
    """A zip package in the order given, fixed dates; the members named in ``stored`` not compressed."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED
            z.writestr(zi, data if isinstance(data, bytes) else data.encode("utf-8"))
    path.write_bytes(buf.getvalue())


def split_at(text, frac=0.5):
    """A paragraph's sentences cut in two at about ``frac`` of them."""
    s = sentences(text)
    k = min(len(s) - 1, max(1, round(len(s) * frac)))
    return " ".join(s[:k]), " ".join(s[k:])


# --------------------------------------------------------------------------
# PresentationML: namespaces, the parts every deck has, and a reader for the checks
# --------------------------------------------------------------------------
NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart"
NS_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
XMLNS = f'xmlns:a="{NS_A}" xmlns:r="{NS_R}" xmlns:p="{NS_P}"'
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT_P = "application/vnd.openxmlformats-officedocument.presentationml."
CT_D = "application/vnd.openxmlformats-officedocument."
SLIDE_W, SLIDE_H = 12192000, 6858000


def rels(items):
    """A .rels part: items (id, type, target[, external])."""
    out = [f'{HEAD}<Relationships xmlns="{NS_PKG}">']
    for it in items:
        ext = ' TargetMode="External"' if len(it) > 3 else ""
        out.append(f'<Relationship Id="{it[0]}" Type="{RT}{it[1]}" Target="{it[2]}"{ext}/>')
    out.append("</Relationships>")
    return "".join(out)


def content_types(defaults, overrides):
    d = "".join(f'<Default Extension="{e}" ContentType="{t}"/>' for e, t in defaults)
    o = "".join(f'<Override PartName="{p}" ContentType="{t}"/>' for p, t in overrides)
    return f'{HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">{d}{o}</Types>'


def theme(name, minor="Calibri", major="Calibri Light"):
    """A theme part: colour scheme, fonts and the three-of-each format scheme DrawingML asks for."""
    clr = "".join(f'<a:{k}><a:srgbClr val="{v}"/></a:{k}>' for k, v in (
        ("dk2", "44546A"), ("lt2", "E7E6E6"), ("accent1", "4472C4"), ("accent2", "ED7D31"), ("accent3", "A5A5A5"),
        ("accent4", "FFC000"), ("accent5", "5B9BD5"), ("accent6", "70AD47"), ("hlink", "0563C1"),
        ("folHlink", "954F72")))
    fill = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    ln = '<a:ln w="6350" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>'
    return (f'{HEAD}<a:theme xmlns:a="{NS_A}" name="{name}"><a:themeElements><a:clrScheme name="Office">'
            '<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" '
            f'lastClr="FFFFFF"/></a:lt1>{clr}</a:clrScheme><a:fontScheme name="Office"><a:majorFont><a:latin '
            f'typeface="{major}"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin '
            f'typeface="{minor}"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>'
            f'<a:fmtScheme name="Office"><a:fillStyleLst>{fill * 3}</a:fillStyleLst><a:lnStyleLst>{ln * 3}'
            '</a:lnStyleLst><a:effectStyleLst>' + '<a:effectStyle><a:effectLst/></a:effectStyle>' * 3
            + f'</a:effectStyleLst><a:bgFillStyleLst>{fill * 3}</a:bgFillStyleLst></a:fmtScheme></a:themeElements>'
            '<a:objectDefaults/><a:extraClrSchemeLst/></a:theme>')


def xfrm(x, y, w, h, tag="a:xfrm"):
    return f'<{tag}><a:off x="{x}" y="{y}"/><a:ext cx="{w}" cy="{h}"/></{tag}>'


GRP = ('<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" '
       'y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>')


def pml_text(p):
    """A DrawingML paragraph's text: runs, fields and line breaks (a space)."""
    out = []
    for ch in p:
        if ch.tag in (f"{{{NS_A}}}r", f"{{{NS_A}}}fld"):
            t = ch.find(f"{{{NS_A}}}t")
            out.append(t.text or "" if t is not None else "")
        elif ch.tag == f"{{{NS_A}}}br":
            out.append(" ")
    return " ".join("".join(out).split())


class PptxReader:
    """A .pptx read back as a reader of slides sees it: the slides in the order of presentation.xml's sldIdLst
    (through its relationships), each one's number (1 + the slides before it, hidden ones counted), whether it is
    hidden, and its paragraphs shape by shape in spTree order: the shape's placeholder type (None for a text box,
    "body" for a placeholder of no type), the paragraph's text and the number PowerPoint's auto-numbering gives it
    (a:buAutoNum: a paragraph carries on the count of the paragraph before it in the same text body when that one
    is auto-numbered with the same type and level, else starts at startAt or 1). Graphic frames (tables, charts)
    and pictures are reported by kind; the notes slide's text is kept apart."""

    def __init__(self, path):
        from lxml import etree
        self.z = zipfile.ZipFile(path)
        pres = etree.fromstring(self.z.read("ppt/presentation.xml"))
        prels = self.rels("ppt/presentation.xml")
        self.slides = []
        for n, sid in enumerate(pres.find(f"{{{NS_P}}}sldIdLst"), 1):
            part = prels[sid.get(f"{{{NS_R}}}id")]
            root = etree.fromstring(self.z.read(part))
            srels = self.rels(part)
            notes = [v for v in srels.values() if "/notesSlides/" in v]
            ntext = []
            if notes:
                nroot = etree.fromstring(self.z.read(notes[0]))
                for sp in nroot.iter(f"{{{NS_P}}}sp"):
                    ph = sp.find(f"{{{NS_P}}}nvSpPr/{{{NS_P}}}nvPr/{{{NS_P}}}ph")
                    if ph is not None and ph.get("type") == "body":
                        ntext += [pml_text(p) for p in sp.iter(f"{{{NS_A}}}p") if pml_text(p)]
            self.slides.append({"n": n, "part": part, "hidden": root.get("show") == "0", "notes": ntext,
                                "items": self.items(root), "rels": srels})

    def rels(self, part):
        from lxml import etree
        folder, name = part.rsplit("/", 1)
        rp = f"{folder}/_rels/{name}.rels"
        out = {}
        for r in etree.fromstring(self.z.read(rp)):
            t = r.get("Target")
            if r.get("TargetMode") != "External":
                t = os.path.normpath(os.path.join(folder, t)).replace("\\", "/") if not t.startswith("/") else t[1:]
            out[r.get("Id")] = t
        return out

    def items(self, root):
        out = []
        for el in root.find(f"{{{NS_P}}}cSld/{{{NS_P}}}spTree").iter(f"{{{NS_P}}}sp", f"{{{NS_P}}}graphicFrame",
                                                                       f"{{{NS_P}}}pic"):
            kind = el.tag.split("}")[1]
            if kind == "graphicFrame":
                gd = el.find(f"{{{NS_A}}}graphic/{{{NS_A}}}graphicData")
                out.append({"kind": gd.get("uri").rsplit("/", 1)[1]})
                continue
            if kind == "pic":
                out.append({"kind": "pic"})
                continue
            ph = el.find(f"{{{NS_P}}}nvSpPr/{{{NS_P}}}nvPr/{{{NS_P}}}ph")
            ptype = None if ph is None else ph.get("type", "body")
            tx = el.find(f"{{{NS_P}}}txBody")
            if tx is None:
                continue
            prev, count = None, 0
            for p in tx.findall(f"{{{NS_A}}}p"):
                ppr = p.find(f"{{{NS_A}}}pPr")
                auto = ppr.find(f"{{{NS_A}}}buAutoNum") if ppr is not None else None
                lvl = ppr.get("lvl", "0") if ppr is not None else "0"
                label = None
                if auto is not None:
                    if prev == (auto.get("type"), lvl):
                        count += 1
                    else:
                        count = int(auto.get("startAt", "1"))
                    label = str(count)
                    prev = (auto.get("type"), lvl)
                elif pml_text(p):
                    prev = None
                out.append({"kind": "p", "ph": ptype, "label": label, "text": pml_text(p)})
        return out


def pptx_key(reader, typed, lists_belong=False):
    """[label, slide, text] of the review's paragraphs: on visible slides, in body placeholders or text boxes
    (never titles, subtitles, dates, footers or slide numbers), a paragraph auto-numbered or whose text opens with
    a typed number (``typed``, a regex with one group); with ``lists_belong``, auto-numbered items straight after
    a typed paragraph are that paragraph's."""
    got = []
    for s in reader.slides:
        if s["hidden"]:
            continue
        cur = None
        for it in s["items"]:
            if it["kind"] != "p" or it["ph"] not in (None, "body") or not it["text"]:
                cur = None if it["kind"] != "p" else cur
                continue
            m = re.match(typed, it["text"])
            if m and it["label"] is None:
                cur = [m.group(1), s["n"], it["text"][m.end():].strip()]
                got.append(cur)
            elif it["label"] and lists_belong and cur is not None:
                cur[2] += " " + it["text"]
            elif it["label"] and not lists_belong:
                got.append([it["label"], s["n"], it["text"]])
                cur = None
            else:
                cur = None
    return got


# --------------------------------------------------------------------------
# 1. findings.pptx: a learning review's findings in a deck saved by PowerPoint (Microsoft 365)
# --------------------------------------------------------------------------
PP_RPR = '<a:rPr lang="en-GB" dirty="0"/>'
PP_RPR_B = '<a:rPr lang="en-GB" b="1" dirty="0"/>'
PP_RPR_I = '<a:rPr lang="en-GB" sz="1400" i="1" dirty="0"/>'
LANG = '<a:rPr lang="en-GB"/>'
PP_LAYOUTS = [("title", "Title Slide"), ("obj", "Title and Content"), ("twoObj", "Two Content"),
              ("titleOnly", "Title Only")]
PP_LAYOUT_OF = {"title": 1, "content": 2, "table": 4, "two": 3, "chart": 4, "picture": 3}


def pp_run(s, rpr=PP_RPR):
    return f"<a:r>{rpr}<a:t>{xesc(s)}</a:t></a:r>"


def pp_sp(sid, name, ph, body, pos=None, txbox=False):
    """A shape as PowerPoint writes it: a placeholder (``ph`` its p:ph) with no geometry of its own unless ``pos``,
    or a text box."""
    lock = '<p:cNvSpPr txBox="1"/>' if txbox else '<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>'
    nv = f"<p:nvPr>{ph}</p:nvPr>" if ph else "<p:nvPr/>"
    sppr = f"<p:spPr>{xfrm(*pos)}</p:spPr>" if pos else "<p:spPr/>"
    if txbox:
        sppr = f'<p:spPr>{xfrm(*pos)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>'
    return (f'<p:sp><p:nvSpPr><p:cNvPr id="{sid}" name="{name}"><a:extLst><a:ext '
            f'uri="{{FF2B5EF4-FFF2-40B4-BE49-F238E27FC236}}"><a16:creationId '
            f'xmlns:a16="http://schemas.microsoft.com/office/drawing/2014/main" id="{guid(name + str(sid))}"/>'
            f'</a:ext></a:extLst></p:cNvPr>{lock}{nv}</p:nvSpPr>{sppr}<p:txBody>{body}</p:txBody></p:sp>')


def pp_body(paras, fit=""):
    bp = f"<a:bodyPr>{fit}</a:bodyPr>" if fit else "<a:bodyPr/>"
    return f"{bp}<a:lstStyle/>{''.join(paras)}"


def pp_para(lab, text, how, start):
    """One of the review's paragraphs as the deck's author left it."""
    if how in ("auto", "runs"):
        ppr = (f'<a:pPr marL="514350" indent="-514350"><a:buFont typeface="+mj-lt"/><a:buAutoNum '
               f'type="arabicPeriod" startAt="{start}"/></a:pPr>')
        if how == "runs":
            w = text.split(" ")
            return (f'<a:p>{ppr}{pp_run(" ".join(w[:5]) + " ", PP_RPR_B)}'
                    f'{pp_run(" ".join(w[5:]))}</a:p>')
        return f"<a:p>{ppr}{pp_run(text)}</a:p>"
    ppr = '<a:pPr marL="0" indent="0"><a:buNone/></a:pPr>'
    if how == "br":
        a, b = split_at(text)
        return f'<a:p>{ppr}{pp_run(f"{lab}. {a}")}<a:br>{PP_RPR}</a:br>{pp_run(b)}</a:p>'
    return f"<a:p>{ppr}{pp_run(f'{lab}. {text}')}</a:p>"


def pp_furniture(n, sid):
    return (pp_sp(sid, f"Date Placeholder {sid - 1}", '<p:ph type="dt" sz="half" idx="10"/>',
                  f'<a:bodyPr/><a:lstStyle/><a:p><a:fld id="{guid("dt")}" type="datetime1">{PP_RPR}<a:t>'
                  f'{_text.PP_DATE}</a:t></a:fld><a:endParaRPr lang="en-GB" dirty="0"/></a:p>')
            + pp_sp(sid + 1, f"Footer Placeholder {sid}", '<p:ph type="ftr" sz="quarter" idx="11"/>',
                    f'<a:bodyPr/><a:lstStyle/><a:p>{pp_run(_text.PP_FOOTER)}</a:p>')
            + pp_sp(sid + 2, f"Slide Number Placeholder {sid + 1}", '<p:ph type="sldNum" sz="quarter" idx="12"/>',
                    f'<a:bodyPr/><a:lstStyle/><a:p><a:fld id="{guid("sn")}" type="slidenum">{PP_RPR}<a:t>{n}'
                    '</a:t></a:fld><a:endParaRPr lang="en-GB" dirty="0"/></a:p>'))


def pp_table():
    rows = []
    for r, row in enumerate(_text.PP_DATES):
        cells = "".join(f'<a:tc><a:txBody><a:bodyPr/><a:lstStyle/><a:p>{pp_run(c)}</a:p></a:txBody><a:tcPr/></a:tc>'
                        for c in row)
        rows.append(f'<a:tr h="{508000 if r else 370840}">{cells}</a:tr>')
    return ('<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="4" name="Table 3"/><p:cNvGraphicFramePr>'
            '<a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>'
            + xfrm(838200, 1825625, 10515600, 1894840, "p:xfrm")
            + '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table"><a:tbl><a:tblPr '
            'firstRow="1" bandRow="1"><a:tableStyleId>{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}</a:tableStyleId>'
            '</a:tblPr><a:tblGrid><a:gridCol w="2628900"/><a:gridCol w="7886700"/></a:tblGrid>'
            + "".join(rows) + "</a:tbl></a:graphicData></a:graphic></p:graphicFrame>")


def pp_chart_part():
    cats = "".join(f'<c:pt idx="{i}"><c:v>{c}</c:v></c:pt>' for i, (c, _v) in enumerate(_text.PP_CHART))
    vals = "".join(f'<c:pt idx="{i}"><c:v>{v}</c:v></c:pt>' for i, (_c, v) in enumerate(_text.PP_CHART))
    n = len(_text.PP_CHART)
    return (f'{HEAD}<c:chartSpace xmlns:c="{NS_C}" xmlns:a="{NS_A}" xmlns:r="{NS_R}"><c:date1904 val="0"/><c:lang '
            'val="en-US"/><c:roundedCorners val="0"/><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p>'
            f'<a:r><a:rPr lang="en-GB"/><a:t>{xesc(_text.PP_CHART_TITLE)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay '
            'val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/>'
            '<c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:tx>'
            '<c:strRef><c:f>Sheet1!$B$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>Contacts</c:v></c:pt>'
            f'</c:strCache></c:strRef></c:tx><c:invertIfNegative val="0"/><c:cat><c:strRef><c:f>Sheet1!$A$2:$A${n + 1}'
            f'</c:f><c:strCache><c:ptCount val="{n}"/>{cats}</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>'
            f'Sheet1!$B$2:$B${n + 1}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="{n}"/>'
            f'{vals}</c:numCache></c:numRef></c:val></c:ser><c:gapWidth val="219"/><c:overlap val="-27"/><c:axId '
            'val="561834672"/><c:axId val="561835000"/></c:barChart><c:catAx><c:axId val="561834672"/><c:scaling>'
            '<c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx '
            'val="561835000"/></c:catAx><c:valAx><c:axId val="561835000"/><c:scaling><c:orientation val="minMax"/>'
            '</c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="561834672"/></c:valAx></c:plotArea>'
            '<c:plotVisOnly val="1"/></c:chart></c:chartSpace>')


def pp_slide(n, slide, texts):
    layout, title, body, _notes, extra = slide
    tph = '<p:ph type="ctrTitle"/>' if layout == "title" else '<p:ph type="title"/>'
    shapes = [pp_sp(2, "Title 1", tph, f'<a:bodyPr/><a:lstStyle/><a:p>{pp_run(title)}</a:p>')]
    sid = 3
    if layout == "title":
        shapes.append(pp_sp(3, "Subtitle 2", '<p:ph type="subTitle" idx="1"/>', pp_body(
            [f"<a:p>{pp_run(_text.PP_SUBTITLE)}</a:p>", f"<a:p>{pp_run(_text.PP_PARTNERSHIP + ' (FICTIONAL)')}</a:p>",
             f'<a:p>{pp_run(f"{FICT}. {INVENTED}", PP_RPR_I)}</a:p>'])))
        sid = 4
    elif layout == "content" and body and isinstance(body[0], str):
        if extra == "hidden":
            paras = [f'<a:p><a:pPr marL="514350" indent="-514350"><a:buFont typeface="+mj-lt"/><a:buAutoNum '
                     f'type="arabicPeriod"/></a:pPr>{pp_run(b)}</a:p>' for b in body]
        else:
            paras = [f"<a:p>{pp_run(b)}</a:p>" for b in body]
        shapes.append(pp_sp(3, "Content Placeholder 2", '<p:ph idx="1"/>', pp_body(paras)))
        sid = 4
    elif layout == "content":
        start = int(body[0][0])
        paras = [pp_para(lab, texts[lab], how, start) for lab, _w, how in body]
        shapes.append(pp_sp(3, "Content Placeholder 2", '<p:ph idx="1"/>',
                            pp_body(paras, '<a:normAutofit fontScale="92500" lnSpcReduction="10000"/>')))
        sid = 4
    elif layout == "table":
        shapes.append(pp_table())
        sid = 5
    elif layout == "two":
        left, right = body[:2], body[2:]
        shapes.append(pp_sp(3, "Content Placeholder 2", '<p:ph sz="half" idx="1"/>', pp_body(
            [pp_para(lab, texts[lab], how, int(left[0][0])) for lab, _w, how in left],
            '<a:normAutofit fontScale="85000" lnSpcReduction="20000"/>')))
        shapes.append(pp_sp(4, "Content Placeholder 3", '<p:ph sz="half" idx="2"/>', pp_body(
            [pp_para(lab, texts[lab], how, int(right[0][0])) for lab, _w, how in right],
            '<a:normAutofit fontScale="85000" lnSpcReduction="20000"/>')))
        sid = 5
    elif layout == "chart":
        shapes.append('<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="3" name="Chart 2"/><p:cNvGraphicFramePr/>'
                      '<p:nvPr/></p:nvGraphicFramePr>' + xfrm(838200, 1500000, 10515600, 3000000, "p:xfrm")
                      + '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
                      f'<c:chart xmlns:c="{NS_C}" r:id="rId2"/></a:graphicData></a:graphic></p:graphicFrame>')
        lab, _w, how = body[0]
        shapes.append(pp_sp(4, "TextBox 3", None, '<a:bodyPr wrap="square" rtlCol="0"><a:spAutoFit/></a:bodyPr>'
                            f'<a:lstStyle/>{pp_para(lab, texts[lab], how, 0)}',
                            (838200, 4650000, 10515600, 1200000), txbox=True))
        sid = 5
    elif layout == "picture":
        shapes.append('<p:pic><p:nvPicPr><p:cNvPr id="3" name="Picture 2" descr="A health visitor\u2019s diary '
                      'open on a desk (posed photograph)"/><p:cNvPicPr><a:picLocks noChangeAspect="1"/></p:cNvPicPr>'
                      '<p:nvPr/></p:nvPicPr><p:blipFill><a:blip r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch>'
                      f'</p:blipFill><p:spPr>{xfrm(838200, 1825625, 4800000, 3600000)}<a:prstGeom prst="rect">'
                      '<a:avLst/></a:prstGeom></p:spPr></p:pic>')
        shapes.append(pp_sp(4, "Content Placeholder 3", '<p:ph sz="half" idx="2"/>', pp_body(
            [pp_para(lab, texts[lab], how, int(body[0][0])) for lab, _w, how in body],
            '<a:normAutofit fontScale="77500" lnSpcReduction="20000"/>')))
        sid = 5
    if layout != "title":
        shapes.append(pp_furniture(n, sid))
    show = ' show="0"' if extra == "hidden" else ""
    return (f'{HEAD}<p:sld {XMLNS}{show}><p:cSld><p:spTree>{GRP}{"".join(shapes)}</p:spTree></p:cSld><p:clrMapOvr>'
            '<a:masterClrMapping/></p:clrMapOvr></p:sld>')


def pp_notes(n, text):
    return (f'{HEAD}<p:notes {XMLNS}><p:cSld><p:spTree>{GRP}'
            '<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image Placeholder 1"/><p:cNvSpPr><a:spLocks noGrp="1" '
            'noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg"/></p:nvPr></p:nvSpPr><p:spPr/>'
            '</p:sp>' + pp_sp(3, "Notes Placeholder 2", '<p:ph type="body" idx="1"/>',
                              f"<a:bodyPr/><a:lstStyle/><a:p>{pp_run(text)}</a:p>")
            + pp_sp(4, "Slide Number Placeholder 3", '<p:ph type="sldNum" sz="quarter" idx="5"/>',
                    f'<a:bodyPr/><a:lstStyle/><a:p><a:fld id="{guid("nsn")}" type="slidenum">{PP_RPR}<a:t>{n}</a:t>'
                    '</a:fld><a:endParaRPr lang="en-GB"/></a:p>')
            + '</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>')


PROMPTS = {"title": "Click to edit Master title style", "body": "Click to edit Master text styles"}


def pp_master():
    def ph(sid, name, phx, text):
        return pp_sp(sid, name, phx, f'<a:bodyPr/><a:lstStyle/><a:p>{pp_run(text, LANG)}</a:p>')
    body = ("<a:bodyPr/><a:lstStyle/>" + "".join(
        f'<a:p><a:pPr lvl="{k}"/>{pp_run(t, LANG)}</a:p>'
        for k, t in enumerate([PROMPTS["body"], "Second level", "Third level", "Fourth level", "Fifth level"])))
    shapes = (ph(2, "Title Placeholder 1", '<p:ph type="title"/>', PROMPTS["title"])
              + pp_sp(3, "Text Placeholder 2", '<p:ph type="body" idx="1"/>', body)
              + ph(4, "Date Placeholder 3", '<p:ph type="dt" sz="half" idx="2"/>', "11/03/2025")
              + ph(5, "Footer Placeholder 4", '<p:ph type="ftr" sz="quarter" idx="3"/>', "")
              + ph(6, "Slide Number Placeholder 5", '<p:ph type="sldNum" sz="quarter" idx="4"/>', "\u2039#\u203a"))
    lvl = "".join(f'<a:lvl{k}pPr marL="{228600 + 457200 * (k - 1)}" indent="-228600"><a:buFont typeface="Arial"/>'
                  f'<a:buChar char="\u2022"/><a:defRPr sz="{2800 - 400 * min(k - 1, 2)}"/></a:lvl{k}pPr>'
                  for k in range(1, 6))
    ids = "".join(f'<p:sldLayoutId id="{2147483649 + k}" r:id="rId{k + 1}"/>' for k in range(len(PP_LAYOUTS)))
    return (f'{HEAD}<p:sldMaster {XMLNS}><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg>'
            f'<p:spTree>{GRP}{shapes}</p:spTree></p:cSld><p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" '
            'accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" '
            f'accent6="accent6" hlink="hlink" folHlink="folHlink"/><p:sldLayoutIdLst>{ids}</p:sldLayoutIdLst>'
            '<p:txStyles><p:titleStyle><a:lvl1pPr><a:defRPr sz="4400"/></a:lvl1pPr></p:titleStyle><p:bodyStyle>'
            f'{lvl}</p:bodyStyle><p:otherStyle><a:lvl1pPr><a:defRPr sz="1800"/></a:lvl1pPr></p:otherStyle>'
            '</p:txStyles></p:sldMaster>')


def pp_layout(kind, name):
    shapes = [pp_sp(2, "Title 1", '<p:ph type="ctrTitle"/>' if kind == "title" else '<p:ph type="title"/>',
                    f'<a:bodyPr/><a:lstStyle/><a:p>{pp_run(PROMPTS["title"], LANG)}</a:p>')]
    if kind == "title":
        shapes.append(pp_sp(3, "Subtitle 2", '<p:ph type="subTitle" idx="1"/>', '<a:bodyPr/><a:lstStyle/><a:p>'
                            + pp_run("Click to edit Master subtitle style", '<a:rPr lang="en-GB"/>') + "</a:p>"))
    elif kind in ("obj", "twoObj"):
        for k in range(1 if kind == "obj" else 2):
            sz = "" if kind == "obj" else ' sz="half"'
            shapes.append(pp_sp(3 + k, f"Content Placeholder {2 + k}", f'<p:ph{sz} idx="{1 + k}"/>',
                                '<a:bodyPr/><a:lstStyle/>' + "".join(
                                    f'<a:p><a:pPr lvl="{j}"/>{pp_run(t, LANG)}</a:p>'
                                    for j, t in enumerate([PROMPTS["body"], "Second level", "Third level"]))))
    return (f'{HEAD}<p:sldLayout {XMLNS} type="{kind}" preserve="1"><p:cSld name="{name}"><p:spTree>{GRP}'
            f'{"".join(shapes)}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>')


def make_findings(out, pm):
    path = out / "findings.pptx"
    slides = _text.PP_SLIDES
    items = [(lab, w) for s in slides if s[2] and not isinstance(s[2][0], str) for lab, w, _h in s[2]]
    texts = {lab: pm.make(w, "child") for lab, w in items}
    order = [lab for lab, _w in items]
    ns = len(slides)
    files, ov, pres_rels = [], [], [("rId1", "slideMaster", "slideMasters/slideMaster1.xml")]
    notes_of = [k for k, s in enumerate(slides, 1) if s[3]]
    for k, s in enumerate(slides, 1):
        files.append((f"ppt/slides/slide{k}.xml", pp_slide(k, s, texts)))
        r = [("rId1", "slideLayout", f"../slideLayouts/slideLayout{PP_LAYOUT_OF[s[0]]}.xml")]
        if s[4] == "chart":
            r.append(("rId2", "chart", "../charts/chart1.xml"))
        if s[4] == "picture":
            r.append(("rId2", "image", "../media/image1.png"))
        if k in notes_of:
            nk = notes_of.index(k) + 1
            r.append((f"rId{len(r) + 1}", "notesSlide", f"../notesSlides/notesSlide{nk}.xml"))
            files.append((f"ppt/notesSlides/notesSlide{nk}.xml", pp_notes(k, s[3])))
            files.append((f"ppt/notesSlides/_rels/notesSlide{nk}.xml.rels", rels(
                [("rId1", "notesMaster", "../notesMasters/notesMaster1.xml"),
                 ("rId2", "slide", f"../slides/slide{k}.xml")])))
            ov.append((f"/ppt/notesSlides/notesSlide{nk}.xml", CT_P + "notesSlide+xml"))
        files.append((f"ppt/slides/_rels/slide{k}.xml.rels", rels(r)))
        ov.append((f"/ppt/slides/slide{k}.xml", CT_P + "slide+xml"))
        pres_rels.append((f"rId{k + 1}", "slide", f"slides/slide{k}.xml"))
    pres_rels += [(f"rId{ns + 2}", "notesMaster", "notesMasters/notesMaster1.xml"),
                  (f"rId{ns + 3}", "presProps", "presProps.xml"), (f"rId{ns + 4}", "viewProps", "viewProps.xml"),
                  (f"rId{ns + 5}", "theme", "theme/theme1.xml"), (f"rId{ns + 6}", "tableStyles", "tableStyles.xml")]
    for k, (kind, name) in enumerate(PP_LAYOUTS, 1):
        files.append((f"ppt/slideLayouts/slideLayout{k}.xml", pp_layout(kind, name)))
        files.append((f"ppt/slideLayouts/_rels/slideLayout{k}.xml.rels",
                      rels([("rId1", "slideMaster", "../slideMasters/slideMaster1.xml")])))
        ov.append((f"/ppt/slideLayouts/slideLayout{k}.xml", CT_P + "slideLayout+xml"))
    sld_ids = "".join(f'<p:sldId id="{255 + k}" r:id="rId{k + 1}"/>' for k in range(1, ns + 1))
    pres = (f'{HEAD}<p:presentation {XMLNS} saveSubsetFonts="1"><p:sldMasterIdLst><p:sldMasterId id="2147483648" '
            f'r:id="rId1"/></p:sldMasterIdLst><p:notesMasterIdLst><p:notesMasterId r:id="rId{ns + 2}"/>'
            f'</p:notesMasterIdLst><p:sldIdLst>{sld_ids}</p:sldIdLst><p:sldSz cx="{SLIDE_W}" cy="{SLIDE_H}"/>'
            '<p:notesSz cx="6858000" cy="9144000"/><p:defaultTextStyle><a:lvl1pPr marL="0" algn="l"><a:defRPr '
            'sz="1800" kern="1200"/></a:lvl1pPr></p:defaultTextStyle></p:presentation>')
    notes_master = (f'{HEAD}<p:notesMaster {XMLNS}><p:cSld><p:spTree>{GRP}'
                    + pp_sp(2, "Header Placeholder 1", '<p:ph type="hdr" sz="quarter"/>',
                            '<a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="en-GB"/></a:p>')
                    + pp_sp(3, "Notes Placeholder 4", '<p:ph type="body" sz="quarter" idx="3"/>', '<a:bodyPr/>'
                            f'<a:lstStyle/><a:p>{pp_run(PROMPTS["body"], LANG)}</a:p>')
                    + '</p:spTree></p:cSld><p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" '
                    'accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" '
                    'hlink="hlink" folHlink="folHlink"/></p:notesMaster>')
    titles = [s[1] for s in slides]
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Properties xmlns="http://schemas.openxmlformats.'
           'org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/'
           f'2006/docPropsVTypes"><TotalTime>187</TotalTime><Words>{sum(len(t.split()) for t in texts.values()) + 160}'
           '</Words><Application>Microsoft Office PowerPoint</Application><PresentationFormat>Widescreen'
           f'</PresentationFormat><Paragraphs>48</Paragraphs><Slides>{ns}</Slides><Notes>{len(notes_of)}</Notes>'
           '<HiddenSlides>1</HiddenSlides><MMClips>0</MMClips><ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector '
           'size="6" baseType="variant"><vt:variant><vt:lpstr>Fonts Used</vt:lpstr></vt:variant><vt:variant><vt:i4>3'
           '</vt:i4></vt:variant><vt:variant><vt:lpstr>Theme</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4>'
           '</vt:variant><vt:variant><vt:lpstr>Slide Titles</vt:lpstr></vt:variant><vt:variant>'
           f'<vt:i4>{ns}</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="{ns + 4}" '
           'baseType="lpstr"><vt:lpstr>Arial</vt:lpstr><vt:lpstr>Calibri</vt:lpstr><vt:lpstr>Calibri Light</vt:lpstr>'
           '<vt:lpstr>Office Theme</vt:lpstr>' + "".join(f"<vt:lpstr>{xesc(t)}</vt:lpstr>" for t in titles)
           + '</vt:vector></TitlesOfParts><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>'
           '<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<cp:coreProperties xmlns:cp="http://schemas.'
            'openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi='
            f'"http://www.w3.org/2001/XMLSchema-instance"><dc:title>{xesc(_text.PP_TITLE)}</dc:title><dc:subject>'
            f'{xesc(FICT)}</dc:subject><dc:creator>{_text.PP_AUTHOR}</dc:creator><cp:lastModifiedBy>{_text.PP_AUTHOR}'
            '</cp:lastModifiedBy><cp:revision>23</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">'
            '2025-02-24T09:12:40Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2025-03-11T17:42:08Z'
            '</dcterms:modified></cp:coreProperties>')
    ov = [("/ppt/presentation.xml", CT_P + "presentation.main+xml"),
          ("/ppt/slideMasters/slideMaster1.xml", CT_P + "slideMaster+xml"), *ov,
          *[("/ppt/notesMasters/notesMaster1.xml", CT_P + "notesMaster+xml"),
             ("/ppt/presProps.xml", CT_P + "presProps+xml"), ("/ppt/viewProps.xml", CT_P + "viewProps+xml"),
             ("/ppt/theme/theme1.xml", CT_D + "theme+xml"), ("/ppt/theme/theme2.xml", CT_D + "theme+xml"),
             ("/ppt/tableStyles.xml", CT_P + "tableStyles+xml"),
             ("/ppt/charts/chart1.xml", CT_D + "drawingml.chart+xml"),
             ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
             ("/docProps/app.xml", CT_D + "extended-properties+xml")]]
    ct = content_types([("png", "image/png"), ("rels", "application/vnd.openxmlformats-package.relationships+xml"),
                        ("xml", "application/xml")], ov)
    photo = png(96, 72, (196, 170, 140), (120, 98, 80), 6)
    parts = [("[Content_Types].xml", ct),
             ("_rels/.rels", rels([("rId3", "extended-properties", "docProps/app.xml"),
                                   ("rId2", "metadata/core-properties", "docProps/core.xml"),
                                   ("rId1", "officeDocument", "ppt/presentation.xml")]).replace(
                 f"{RT}metadata/core-properties",
                 "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties")),
             ("ppt/presentation.xml", pres), ("ppt/_rels/presentation.xml.rels", rels(pres_rels)), *files,
             ("ppt/slideMasters/slideMaster1.xml", pp_master()),
             ("ppt/slideMasters/_rels/slideMaster1.xml.rels", rels(
                 [*[(f"rId{k}", "slideLayout", f"../slideLayouts/slideLayout{k}.xml")
                    for k in range(1, len(PP_LAYOUTS) + 1)],
                  (f"rId{len(PP_LAYOUTS) + 1}", "theme", "../theme/theme1.xml")])),
             ("ppt/notesMasters/notesMaster1.xml", notes_master),
             ("ppt/notesMasters/_rels/notesMaster1.xml.rels", rels([("rId1", "theme", "../theme/theme2.xml")])),
             ("ppt/theme/theme1.xml", theme("Office Theme")), ("ppt/theme/theme2.xml", theme("Office Theme")),
             ("ppt/charts/chart1.xml", pp_chart_part()), ("ppt/media/image1.png", photo),
             ("ppt/presProps.xml", f'{HEAD}<p:presentationPr {XMLNS}/>'),
             ("ppt/viewProps.xml", f'{HEAD}<p:viewPr {XMLNS} lastView="sldThumbnailView"><p:gridSpacing cx="72008" '
                                   'cy="72008"/></p:viewPr>'),
             ("ppt/tableStyles.xml", f'{HEAD}<a:tblStyleLst xmlns:a="{NS_A}" def="{{5C22544A-7EE6-4342-B048-'
                                     '85BDC9FD1C3A}"/>'),
             ("docProps/core.xml", core), ("docProps/app.xml", app)]
    zip_package(path, parts)
    page_of = {lab: k for k, s in enumerate(slides, 1) if s[2] and not isinstance(s[2][0], str)
               for lab, _w, _h in s[2]}
    result = [entry(lab, page_of[lab], texts[lab]) for lab in order]
    check_lengths(path.name, list(texts.values()), 35, 80)
    check_count(path.name, result, 10, 20)
    check_findings(path, result, texts)
    return {
        "note": ("A CHILD SAFEGUARDING PRACTICE REVIEW'S FINDINGS (Baby N, Harrowdene) IN A DECK SAVED BY POWERPOINT "
                 "FOR MICROSOFT 365 (.pptx): eleven 16:9 slides in presentation.xml's sldIdLst; a slide master and "
                 "four layouts whose placeholders hold PowerPoint's prompt text ('Click to edit Master title "
                 "style', 'Second level', '\u2039#\u203a'); docProps/app.xml lists the slide titles; a date "
                 "(datetime1 field '12/03/2025'), footer ('Harrowdene SCP \u2013 Baby N learning briefing') and slide "
                 "number (slidenum field) placeholder on every slide but the title slide. The review numbers its "
                 "paragraphs 1, 2, 3 ... through; the deck quotes its findings, paragraphs 31 to 43, word for word. "
                 "NUMBERS MADE BY POWERPOINT'S AUTO-NUMBERING on slides 3, 7 and 9 (a:buAutoNum "
                 "type='arabicPeriod' WITH startAt='31' ON EVERY PARAGRAPH OF THE RUN, so they print 31., 32.; the "
                 "TWO CONTENT slide's right placeholder carries the count on with its own startAt='37'), TYPED "
                 "('33. The ...', bullets off) on slides 4, 8 and 10. Traps: a line break (a:br) inside 34; slide 5 "
                 "a key dates table (a:tbl, cells '03.02.23'); SLIDE 6 HIDDEN (show='0'): the facilitator's own "
                 "questions for the room, auto-numbered 1. to 3.; slide 8 a chart (ppt/charts/chart1.xml: years "
                 "2021-2023, values 4, 9, 13) above 38 in a text box; slide 9 a picture whose alt text is in descr, "
                 "40's first words in a bold run; normAutofit font scales; speaker notes on nine slides, all the "
                 "presenter's own words (one opens '31 and 32 are the paragraphs the family asked us to read "
                 "aloud', one '3 minutes. ...'). The host numbers no paragraphs of its own. Not paragraphs: titles, "
                 "subtitles, dates, footers, slide numbers, prompt text, the hidden slide's questions (the "
                 "facilitator's, not the review's: they would not be keyed were the slide shown), the table, the "
                 "chart, the picture, the notes, the closing slide's contacts. page = the slide's number, 1 + the "
                 "slides before it, THE HIDDEN SLIDE COUNTED (finding 3 is on slide 7), as PowerPoint numbers them."),
        "paragraphs": result,
    }


def check_findings(path, result, texts):
    """PptxReader: the auto-numbered and typed paragraphs of the visible slides' body placeholders and text boxes
    are the key, whole, with their slide numbers; the hidden slide is the sixth and its questions are numbered 1 to
    3 by PowerPoint; every paragraph of an auto-numbered run carries the run's startAt; the chart, table and picture
    are where the slides say; the notes are the presenter's."""
    rd = PptxReader(path)
    got = pptx_key(rd, r"(\d+)\.\s")
    if got != [[d["label"], d["page"], texts[d["label"]]] for d in result]:
        raise AssertionError(f"findings.pptx: read back {[(g[0], g[1]) for g in got]}")
    hid = [s for s in rd.slides if s["hidden"]]
    if [s["n"] for s in hid] != [6] or [i["label"] for i in hid[0]["items"] if i["label"]] != ["1", "2", "3"]:
        raise AssertionError("findings.pptx: hidden slide")
    kinds = {s["n"]: [i["kind"] for i in s["items"] if i["kind"] != "p"] for s in rd.slides}
    if kinds[5] != ["table"] or kinds[8] != ["chart"] or kinds[9] != ["pic"] or \
            rd.slides[2]["notes"][0][:10] != "31 and 32 " or len([s for s in rd.slides if s["notes"]]) != 9:
        raise AssertionError(f"findings.pptx: layout {kinds}")
    raw = rd.z.read("ppt/slides/slide3.xml").decode("utf-8")
    if raw.count('startAt="31"') != 2 or "\u2039#\u203a" not in rd.z.read("ppt/slideMasters/slideMaster1.xml").decode():
        raise AssertionError("findings.pptx: startAt")


# --------------------------------------------------------------------------
# 2. gslides.pptx: a SAR's seven-minute briefing made in Google Slides and downloaded as PowerPoint
# --------------------------------------------------------------------------
GS_W, GS_H = 9144000, 5143500
GS_BODYPR = ('<a:bodyPr anchorCtr="0" anchor="t" bIns="91425" lIns="91425" spcFirstLastPara="1" rIns="91425" '
             'wrap="square" tIns="91425"><a:noAutofit/></a:bodyPr>')
GS_PPR = ('<a:pPr indent="0" lvl="0" marL="0" rtl="0" algn="l"><a:spcBef><a:spcPts val="0"/></a:spcBef><a:spcAft>'
          '<a:spcPts val="0"/></a:spcAft><a:buNone/></a:pPr>')
GS_NUM_PPR = ('<a:pPr indent="-342900" lvl="0" marL="457200" rtl="0" algn="l"><a:spcBef><a:spcPts val="0"/></a:spcBef>'
              '<a:spcAft><a:spcPts val="0"/></a:spcAft><a:buSzPts val="1800"/><a:buAutoNum type="arabicPeriod"/>'
              '</a:pPr>')
GS_LANG = '<a:rPr lang="en"/>'
GS_BOLD = '<a:rPr b="1" lang="en"/>'
GS_LAYOUTS = ["TITLE", "SECTION_HEADER", "TITLE_AND_BODY", "TITLE_AND_TWO_COLUMNS", "BIG_NUMBER", "QUOTE"]
GS_LAYOUT_TYPE = {"TITLE": "title", "SECTION_HEADER": "secHead", "TITLE_AND_BODY": "tx",
                  "TITLE_AND_TWO_COLUMNS": "twoColTx", "BIG_NUMBER": "titleOnly", "QUOTE": "tx"}


def gs_run(s, rpr=GS_LANG):
    return f"<a:r>{rpr}<a:t>{xesc(s)}</a:t></a:r>"


def gs_p(runs, ppr=GS_PPR):
    return f"<a:p>{ppr}{runs}<a:endParaRPr/></a:p>"


def gs_sp(sid, page, ph, paras, pos, notes=False):
    """A shape as Google Slides exports it: "Google Shape;<id>;<page id>", its own geometry, Google's bodyPr."""
    name = f"Google Shape;{sid};{page}" + (":notes" if notes else "")
    lock = '<p:cNvSpPr txBox="1"><a:spLocks noGrp="1"/></p:cNvSpPr>' if ph else '<p:cNvSpPr txBox="1"/>'
    nv = f"<p:nvPr>{ph}</p:nvPr>" if ph else "<p:nvPr/>"
    return (f'<p:sp><p:nvSpPr><p:cNvPr id="{sid}" name="{name}"/>{lock}{nv}</p:nvSpPr><p:spPr>{xfrm(*pos)}'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></p:spPr><p:txBody>'
            f'{GS_BODYPR}<a:lstStyle/>{"".join(paras)}</p:txBody></p:sp>')


def gs_para(lab, text, how):
    """A review paragraph as typed in Google Slides: the number in a bold run of its own (or two, "split")."""
    if how == "split":
        a, b = lab.split(".")
        return gs_p(gs_run(a + ".", GS_BOLD) + gs_run(b, GS_BOLD) + gs_run(" " + text))
    out = gs_p("") if how == "blank" else ""
    if how == "list":
        return (out + gs_p(gs_run(lab, GS_BOLD) + gs_run(f" {text} {_text.GS_TERMS_LEAD}"))
                + "".join(gs_p(gs_run(t), GS_NUM_PPR) for t in _text.GS_TERMS))
    return out + gs_p(gs_run(lab, GS_BOLD) + gs_run(" " + text))


def gs_slidenum(sid, page):
    return gs_sp(sid, page, '<p:ph idx="12" type="sldNum"/>', [gs_p(
        '<a:fld id="{00000000-1234-1234-1234-123412341234}" type="slidenum"><a:rPr lang="en"/><a:t>\u2039#\u203a'
        '</a:t></a:fld>', GS_PPR.replace('algn="l"', 'algn="r"'))], (8472458, 4663217, 548700, 393600))


def gs_slide(k, slide, texts):
    layout, title, body, _notes = slide
    page = f"p{k + 12}"
    sid = 50 + 6 * k
    shapes = []
    if layout == "TITLE":
        shapes.append(gs_sp(sid, page, '<p:ph type="ctrTitle"/>', [gs_p(gs_run(title))], (311700, 744575, 8520600,
                                                                                           2052600)))
        shapes.append(gs_sp(sid + 1, page, '<p:ph idx="1" type="subTitle"/>',
                            [gs_p(gs_run(_text.GS_SUBTITLE)), gs_p(gs_run(f"{FICT}. {INVENTED}"))],
                            (311700, 2834125, 8520600, 792600)))
    elif layout == "SECTION_HEADER":
        shapes.append(gs_sp(sid, page, '<p:ph type="title"/>', [gs_p(gs_run(title))], (311700, 2150850, 8520600,
                                                                                        841800)))
    elif layout == "BIG_NUMBER":
        shapes.append(gs_sp(sid, page, '<p:ph hasCustomPrompt="1" type="title"/>', [gs_p(gs_run(title))],
                            (311700, 1106125, 8520600, 1963500)))
        shapes.append(gs_sp(sid + 1, page, '<p:ph idx="1" type="body"/>', [gs_p(gs_run(
            "from the first concern to Mrs D\u2019s death"))], (311700, 3152225, 8520600, 600000)))
        cells = "".join("<a:tr h=\"381000\">" + "".join(
            f'<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>{gs_p(gs_run(c))}</a:txBody><a:tcPr marL="91425" '
            'marR="91425" marT="91425" marB="91425"/></a:tc>' for c in row) + "</a:tr>" for row in _text.GS_DATES)
        shapes.append(f'<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="{sid + 2}" name="Google Shape;{sid + 2};'
                      f'{page}"/><p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr>'
                      + xfrm(5800000, 3800000, 3000000, 1143000, "p:xfrm")
                      + '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table"><a:tbl>'
                      '<a:tblPr><a:noFill/><a:tableStyleId>{4C3C2611-4C71-4FC5-86AE-919BDF0F9419}</a:tableStyleId>'
                      '</a:tblPr><a:tblGrid><a:gridCol w="1000000"/><a:gridCol w="2000000"/></a:tblGrid>'
                      f'{cells}</a:tbl></a:graphicData></a:graphic></p:graphicFrame>')
    else:
        shapes.append(gs_sp(sid, page, '<p:ph type="title"/>', [gs_p(gs_run(title))], (311700, 445025, 8520600,
                                                                                        572700)))
        if layout == "TITLE_AND_TWO_COLUMNS":
            for j, (lab, _w, how) in enumerate(body):
                shapes.append(gs_sp(sid + 1 + j, page, f'<p:ph idx="{1 + j}" type="body"/>',
                                    [gs_para(lab, texts[lab], how)], (311700 + 4294800 * j, 1152475, 3999900, 3416400)))
        else:
            width = 5600000 if layout == "QUOTE" else 8520600
            shapes.append(gs_sp(sid + 1, page, '<p:ph idx="1" type="body"/>',
                                [gs_para(lab, texts[lab], how) for lab, _w, how in body],
                                (311700, 1152475, width, 3416400)))
            if layout == "QUOTE":
                shapes.append(gs_sp(sid + 2, page, None, [gs_p(gs_run(_text.GS_QUOTE, '<a:rPr i="1" lang="en" '
                                                                      'sz="2000"/>'))],
                                    (6100000, 1500000, 2700000, 2000000)))
    if layout != "TITLE":
        shapes.append(gs_slidenum(sid + 4, page))
    return (f'{HEAD}<p:sld {XMLNS}><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="{sid - 1}" name="Shape {sid - 1}"/>'
            '<p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/>'
            f'<a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>{"".join(shapes)}</p:spTree>'
            '</p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>')


def gs_notes(k, text):
    page = f"p{k + 12}"
    sid = 50 + 6 * k
    img = (f'<p:sp><p:nvSpPr><p:cNvPr id="{sid + 5}" name="Google Shape;{sid + 5};{page}:notes"/><p:cNvSpPr><a:spLocks '
           'noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph idx="2" type="sldImg"/></p:nvPr>'
           f'</p:nvSpPr><p:spPr>{xfrm(381300, 685800, 6096075, 3429000)}<a:custGeom><a:rect b="b" l="l" r="r" t="t"/>'
           '<a:pathLst><a:path extrusionOk="0" h="120000" w="120000"><a:moveTo><a:pt x="0" y="0"/></a:moveTo>'
           '<a:lnTo><a:pt x="120000" y="0"/></a:lnTo><a:lnTo><a:pt x="120000" y="120000"/></a:lnTo><a:lnTo><a:pt '
           'x="0" y="120000"/></a:lnTo><a:close/></a:path></a:pathLst></a:custGeom></p:spPr></p:sp>')
    body = gs_sp(sid + 6, page, '<p:ph idx="1" type="body"/>', [gs_p(gs_run(text) if text else "")],
                 (685800, 4343400, 5486400, 4114800), notes=True)
    return (f'{HEAD}<p:notes {XMLNS}><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="{sid + 4}" name="Shape {sid + 4}"/>'
            '<p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/>'
            f'<a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>{img}{body}</p:spTree></p:cSld>'
            '<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>')


def gs_master_shapes(names):
    out = []
    for j, (ph, text) in enumerate(names):
        out.append(gs_sp(2 + j, "p1" if len(names) > 2 else "p2", ph, [gs_p(gs_run(text))],
                         (311700, 445025 + 700000 * j, 8520600, 572700)))
    return "".join(out)


def make_gslides(out, pm):
    path = out / "gslides.pptx"
    slides = _text.GS_SLIDES
    items = [(lab, w) for s in slides if s[2] for lab, w, _h in s[2]]
    texts = {lab: pm.make(w, "adult") for lab, w in items}
    order = [lab for lab, _w in items]
    full = dict(texts)
    full["3.3"] = f"{texts['3.3']} {_text.GS_TERMS_LEAD} {' '.join(_text.GS_TERMS)}"
    ns = len(slides)
    files, ov = [], []
    for k, s in enumerate(slides, 1):
        files.append((f"ppt/slides/slide{k}.xml", gs_slide(k, s, texts)))
        files.append((f"ppt/slides/_rels/slide{k}.xml.rels", rels(
            [("rId1", "slideLayout", f"../slideLayouts/slideLayout{GS_LAYOUTS.index(s[0]) + 1}.xml"),
             ("rId2", "notesSlide", f"../notesSlides/notesSlide{k}.xml")])))
        files.append((f"ppt/notesSlides/notesSlide{k}.xml", gs_notes(k, s[3])))
        files.append((f"ppt/notesSlides/_rels/notesSlide{k}.xml.rels", rels(
            [("rId1", "notesMaster", "../notesMasters/notesMaster1.xml"),
             ("rId2", "slide", f"../slides/slide{k}.xml")])))
        ov += [(f"/ppt/slides/slide{k}.xml", CT_P + "slide+xml"),
               (f"/ppt/notesSlides/notesSlide{k}.xml", CT_P + "notesSlide+xml")]
    for k, name in enumerate(GS_LAYOUTS, 1):
        prompts = [('<p:ph type="title"/>', "Click to add title")]
        if name not in ("SECTION_HEADER", "BIG_NUMBER"):
            prompts.append(('<p:ph idx="1" type="body"/>', "Click to add text"))
        if name == "BIG_NUMBER":
            prompts = [('<p:ph hasCustomPrompt="1" type="title"/>', "xx%")]
        files.append((f"ppt/slideLayouts/slideLayout{k}.xml",
                       f'{HEAD}<p:sldLayout {XMLNS} matchingName="{name.replace("_", " ").title()}" '
                       f'type="{GS_LAYOUT_TYPE[name]}"><p:cSld name="{name}"><p:spTree>{GRP}'
                       f'{gs_master_shapes(prompts)}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/>'
                       '</p:clrMapOvr></p:sldLayout>'))
        files.append((f"ppt/slideLayouts/_rels/slideLayout{k}.xml.rels",
                      rels([("rId1", "slideMaster", "../slideMasters/slideMaster1.xml")])))
        ov.append((f"/ppt/slideLayouts/slideLayout{k}.xml", CT_P + "slideLayout+xml"))
    ids = "".join(f'<p:sldLayoutId id="{2147483649 + k}" r:id="rId{k + 1}"/>' for k in range(len(GS_LAYOUTS)))
    master = (f'{HEAD}<p:sldMaster {XMLNS}><p:cSld><p:bg><p:bgPr><a:solidFill><a:schemeClr val="lt1"/></a:solidFill>'
              f'</p:bgPr></p:bg><p:spTree>{GRP}'
              + gs_master_shapes([('<p:ph type="title"/>', ""), ('<p:ph idx="1" type="body"/>', ""),
                                  ('<p:ph idx="12" type="sldNum"/>', "\u2039#\u203a")])
              + '</p:spTree></p:cSld><p:clrMap accent1="accent1" accent2="accent2" accent3="accent3" '
              'accent4="accent4" accent5="accent5" accent6="accent6" bg1="lt1" bg2="dk2" tx1="dk1" tx2="lt2" '
              f'folHlink="folHlink" hlink="hlink"/><p:sldLayoutIdLst>{ids}</p:sldLayoutIdLst><p:txStyles>'
              '<p:titleStyle/><p:bodyStyle/><p:otherStyle/></p:txStyles></p:sldMaster>')
    sld_ids = "".join(f'<p:sldId id="{255 + k}" r:id="rId{k + 5}"/>' for k in range(1, ns + 1))
    pres = (f'{HEAD}<p:presentation {XMLNS} autoCompressPictures="0" strictFirstAndLastChars="0" '
            'saveSubsetFonts="1"><p:sldMasterIdLst><p:sldMasterId id="2147483659" r:id="rId4"/></p:sldMasterIdLst>'
            f'<p:notesMasterIdLst><p:notesMasterId r:id="rId5"/></p:notesMasterIdLst><p:sldIdLst>{sld_ids}'
            f'</p:sldIdLst><p:sldSz cy="{GS_H}" cx="{GS_W}"/><p:notesSz cx="6858000" cy="9144000"/>'
            '<p:defaultTextStyle><a:defPPr lvl="0" marR="0" rtl="0" algn="l"><a:lnSpc><a:spcPct val="100000"/>'
            '</a:lnSpc><a:spcBef><a:spcPts val="0"/></a:spcBef><a:spcAft><a:spcPts val="0"/></a:spcAft></a:defPPr>'
            '</p:defaultTextStyle></p:presentation>')
    pres_rels = ([("rId1", "theme", "theme/theme2.xml"), ("rId2", "presProps", "presProps.xml"),
                  ("rId3", "theme", "theme/theme1.xml"), ("rId4", "slideMaster", "slideMasters/slideMaster1.xml"),
                  ("rId5", "notesMaster", "notesMasters/notesMaster1.xml")]
                 + [(f"rId{k + 5}", "slide", f"slides/slide{k}.xml") for k in range(1, ns + 1)])
    notes_master = (f'{HEAD}<p:notesMaster {XMLNS}><p:cSld><p:bg><p:bgPr><a:solidFill><a:schemeClr val="lt1"/>'
                    f'</a:solidFill></p:bgPr></p:bg><p:spTree>{GRP}</p:spTree></p:cSld><p:clrMap accent1="accent1" '
                    'accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" '
                    'bg1="lt1" bg2="dk2" tx1="dk1" tx2="lt2" folHlink="folHlink" hlink="hlink"/></p:notesMaster>')
    ov = [("/ppt/presentation.xml", CT_P + "presentation.main+xml"), ("/ppt/presProps.xml", CT_P + "presProps+xml"),
           ("/ppt/slideMasters/slideMaster1.xml", CT_P + "slideMaster+xml"),
           ("/ppt/notesMasters/notesMaster1.xml", CT_P + "notesMaster+xml"),
          ("/ppt/theme/theme1.xml", CT_D + "theme+xml"), ("/ppt/theme/theme2.xml", CT_D + "theme+xml"), *ov]
    ct = content_types([("xml", "application/xml"), ("rels", "application/vnd.openxmlformats-package."
                                                             "relationships+xml")], ov)
    parts = [("ppt/theme/theme2.xml", theme("Simple Light", "Arial", "Arial")),
             ("ppt/theme/theme1.xml", theme("Simple Light", "Arial", "Arial")),
             ("ppt/presProps.xml", f'{HEAD}<p:presentationPr {XMLNS}/>'),
             ("ppt/presentation.xml", pres), ("ppt/_rels/presentation.xml.rels", rels(pres_rels)),
             ("ppt/slideMasters/slideMaster1.xml", master),
             ("ppt/slideMasters/_rels/slideMaster1.xml.rels", rels(
                 [*[(f"rId{k}", "slideLayout", f"../slideLayouts/slideLayout{k}.xml")
                    for k in range(1, len(GS_LAYOUTS) + 1)],
                  (f"rId{len(GS_LAYOUTS) + 1}", "theme", "../theme/theme2.xml")])),
             ("ppt/notesMasters/notesMaster1.xml", notes_master),
             ("ppt/notesMasters/_rels/notesMaster1.xml.rels", rels([("rId1", "theme", "../theme/theme1.xml")])),
             *files, ("[Content_Types].xml", ct), ("_rels/.rels", rels([("rId1", "officeDocument",
                                                                         "ppt/presentation.xml")]))]
    zip_package(path, parts, (1980, 1, 1, 0, 0, 0))
    page_of = {lab: k for k, s in enumerate(slides, 1) if s[2] for lab, _w, _h in s[2]}
    result = [entry(lab, page_of[lab], full[lab]) for lab in order]
    check_lengths(path.name, list(texts.values()), 35, 80)
    check_count(path.name, result, 10, 20)
    check_gslides(path, result, full)
    return {
        "note": ("A SAFEGUARDING ADULTS REVIEW'S SEVEN-MINUTE BRIEFING (Mrs D, Tollerby) MADE IN GOOGLE SLIDES AND "
                 "DOWNLOADED AS POWERPOINT (.pptx): ten 16:9 slides (9144000 x 5143500 EMU); no docProps; Google's "
                 "part order (themes and presProps first, [Content_Types].xml near the end) and XML: shapes named "
                 "'Google Shape;62;p14', bodyPr attributes in Google's order, lang='en', layouts named TITLE, "
                 "SECTION_HEADER, TITLE_AND_BODY, TITLE_AND_TWO_COLUMNS, BIG_NUMBER, QUOTE with Google's prompts "
                 "('Click to add title', 'xx%'); A NOTES SLIDE FOR EVERY SLIDE, most empty; on every slide but the "
                 "first a slide number placeholder whose field's text is Google's '\u2039#\u203a', never the number. "
                 "The review's numbers are TYPED: '3.1' in a bold run of its own, then ' The ...'. Traps: SECTION "
                 "HEADER SLIDES TITLED '3. What happened to Mrs D' AND '4. What the review found'; a BIG_NUMBER slide "
                 "'18 months' with a small table of dates ('2.3.22', '14.9.23') and notes opening '18 months passed "
                 "...'; AN EMPTY GOOGLE PARAGRAPH before 3.2; 3.3 ENDS WITH A LEAD-IN ('The review asked three "
                 "questions:') AND A GOOGLE NUMBERED LIST (a:buAutoNum arabicPeriod, printed 1. to 3., no number "
                 "typed) THAT IS PART OF 3.3 (keyed to the last question's last words); 4.2's NUMBER IN TWO BOLD RUNS "
                 "'4.' AND '2'; a quotation from Mrs D's daughter in a text box of its own beside 4.3; 4.4 and 4.5 "
                 "in the two columns of a TITLE_AND_TWO_COLUMNS slide; notes opening '4.1 is the one to spend time "
                 "on'. The host numbers no paragraphs of its own. Not paragraphs: titles, subtitles, the big "
                 "number and its caption, the table, the quotation, slide numbers, the list's numbers and the "
                 "notes. page = the slide's number in the deck."),
        "paragraphs": result,
    }


def check_gslides(path, result, full):
    """PptxReader: the typed numbers' paragraphs of the body placeholders, with the Google numbered list after 3.3
    carried into it, are the key, whole, with their slide numbers; the list is numbered 1 to 3; every slide has a
    notes slide; the slide numbers are Google's placeholder text; the section titles open with numbers."""
    rd = PptxReader(path)
    got = pptx_key(rd, r"(\d\.\d)\s", lists_belong=True)
    if got != [[d["label"], d["page"], full[d["label"]]] for d in result]:
        raise AssertionError(f"gslides.pptx: read back {[(g[0], g[1]) for g in got]}")
    labels = [i["label"] for s in rd.slides for i in s["items"] if i.get("label")]
    titles = [i["text"] for s in rd.slides for i in s["items"] if i.get("ph") == "title"]
    nums = {i["text"] for s in rd.slides for i in s["items"] if i.get("ph") == "sldNum"}
    names = rd.z.namelist()
    if labels != ["1", "2", "3"] or "3. What happened to Mrs D" not in titles or nums != {"\u2039#\u203a"} or \
            len([n for n in names if n.startswith("ppt/notesSlides/notesSlide")]) != len(rd.slides) or \
            any(n.startswith("docProps") for n in names) or 'name="Google Shape;' not in \
            rd.z.read("ppt/slides/slide3.xml").decode():
        raise AssertionError(f"gslides.pptx: layout {labels} {nums}")


# --------------------------------------------------------------------------
# 3. impress.odp: a DHR's learning event deck saved by LibreOffice Impress
# --------------------------------------------------------------------------
ODF_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
    "dc": "http://purl.org/dc/elements/1.1/",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "number": "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0",
    "presentation": "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "chart": "urn:oasis:names:tc:opendocument:xmlns:chart:1.0",
    "smil": "urn:oasis:names:tc:opendocument:xmlns:smil-compatible:1.0",
    "anim": "urn:oasis:names:tc:opendocument:xmlns:animation:1.0",
    "ooo": "http://openoffice.org/2004/office",
    "officeooo": "http://openoffice.org/2009/office",
    "loext": "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0",
    "config": "urn:oasis:names:tc:opendocument:xmlns:config:1.0",
    "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
}
ODP_MIME = "application/vnd.oasis.opendocument.presentation"
ODP_NAMES = ["office", "style", "text", "table", "draw", "fo", "xlink", "dc", "meta", "number", "presentation", "svg",
             "chart", "smil", "anim", "ooo", "officeooo", "loext"]
LO_GENERATOR = "LibreOffice/7.6.4.1$Windows_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1"


def q(ns, local):
    return f"{{{ODF_NS[ns]}}}{local}"


def odf_attrs(names, version="1.3"):
    return " ".join(f'xmlns:{n}="{ODF_NS[n]}"' for n in names) + f' office:version="{version}"'


def op_frame(cls, style, pos, inner, text_style="P1"):
    x, y, w, h = pos
    c = f' presentation:class="{cls}"' if cls else ""
    st = f'presentation:style-name="{style}"' if cls else f'draw:style-name="{style}"'
    return (f'<draw:frame {st} draw:text-style-name="{text_style}" draw:layer="layout" svg:width="{w}cm" '
            f'svg:height="{h}cm" svg:x="{x}cm" svg:y="{y}cm"{c}><draw:text-box>{inner}</draw:text-box></draw:frame>')


def op_para(lab, text, how):
    """A conclusion's text:p: typed "19. " in a text box, or the list's paragraph (no number in the text)."""
    if how == "typed":
        return f'<text:p text:style-name="P3">{lab}. {xesc(text)}</text:p>'
    if how == "span":
        w = text.split(" ")
        return (f'<text:p text:style-name="P2"><text:span text:style-name="T1">{xesc(" ".join(w[:6]))}</text:span> '
                f'{xesc(" ".join(w[6:]))}</text:p>')
    if how == "br":
        a, b = split_at(text)
        return f'<text:p text:style-name="P2">{xesc(a)}<text:line-break/>{xesc(b)}</text:p>'
    return f'<text:p text:style-name="P2">{xesc(text)}</text:p>'


OP_LIST_STYLE = {"list": None, "item": "L3"}


def op_page(n, slide, texts):
    layout, title, body, notes = slide
    fr = []
    if layout == "title":
        fr.append(op_frame("title", "pr1", (2.0, 3.2, 24.0, 3.0), f"<text:p>{xesc(title)}</text:p>"))
        fr.append(op_frame("subtitle", "pr3", (2.0, 7.0, 24.0, 4.5), f"<text:p>{xesc(_text.OP_SUBTITLE)}</text:p>"
                           f"<text:p>{xesc(FICT)}. {INVENTED}</text:p>"))
    else:
        fr.append(op_frame("title", "pr1", (1.4, 0.628, 25.199, 2.629), f"<text:p>{xesc(title)}</text:p>"))
    if layout == "bullets":
        items = "".join(f'<text:list-item><text:p text:style-name="P2">{xesc(b)}</text:p></text:list-item>'
                        for b in body)
        fr.append(op_frame("outline", "pr2", (1.4, 3.685, 25.199, 9.134),
                           f'<text:list text:style-name="L1">{items}</text:list>'))
    elif layout in ("list", "item"):
        style = "L2" if body[0][0] == "17" else ("L4" if layout == "list" else "L3")
        items = []
        for j, (lab, _w, how) in enumerate(body):
            sv = f' text:start-value="{lab}"' if layout == "item" and j == 0 else ""
            items.append(f"<text:list-item{sv}>{op_para(lab, texts[lab], how)}</text:list-item>")
        fr.append(op_frame("outline", "pr2", (1.4, 3.685, 25.199, 9.134),
                           f'<text:list text:style-name="{style}">{"".join(items)}</text:list>'))
    elif layout == "typed":
        fr.append(op_frame(None, "gr1", (1.4, 3.685, 25.199, 9.5),
                           "".join(op_para(lab, texts[lab], "typed") for lab, _w, _h in body), "P3"))
    elif layout == "table":
        cols = "".join('<table:table-column table:style-name="co1"/>' for _c in _text.OP_TABLE[0])
        rows = "".join('<table:table-row table:style-name="ro1" table:default-cell-style-name="ce1">' + "".join(
            f"<table:table-cell><text:p>{xesc(c)}</text:p></table:table-cell>" for c in row) + "</table:table-row>"
            for row in _text.OP_TABLE)
        fr.append('<draw:frame draw:style-name="standard" draw:layer="layout" svg:width="18cm" svg:height="4cm" '
                  'svg:x="4.5cm" svg:y="4.5cm"><table:table table:template-name="default" '
                  f'table:use-first-row-styles="true" table:use-banding-rows-styles="true">{cols}{rows}</table:table>'
                  '</draw:frame>')
    elif layout == "chart":
        fr.append('<draw:frame draw:style-name="gr2" draw:layer="layout" svg:width="16cm" svg:height="6.5cm" '
                  'svg:x="6cm" svg:y="3.2cm"><draw:object draw:notify-on-update-of-ranges="Table 1.$A$1:.$B$4" '
                  'xlink:href="./Object 1" xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"/>'
                  '<draw:image xlink:href="./ObjectReplacements/Object 1" xlink:type="simple" xlink:show="embed" '
                  'xlink:actuate="onLoad"/></draw:frame>')
        lab, _w, _h = body[0]
        fr.append(op_frame(None, "gr1", (1.4, 10.2, 25.199, 4.6), op_para(lab, texts[lab], "typed"), "P3"))
    thumb = (f'<draw:page-thumbnail draw:style-name="gr3" draw:layer="layout" svg:width="14.848cm" '
             f'svg:height="8.35cm" svg:x="3.075cm" svg:y="2.257cm" draw:page-number="{n}" presentation:class="page"/>')
    if notes:
        nf = op_frame("notes", "pr4", (2.1, 14.107, 16.799, 13.365), f'<text:p text:style-name="P4">{xesc(notes)}'
                      '</text:p>', "P4")
    else:
        nf = ('<draw:frame presentation:style-name="pr4" draw:layer="layout" svg:width="16.799cm" svg:height="13.365cm"'
              ' svg:x="2.1cm" svg:y="14.107cm" presentation:class="notes" presentation:placeholder="true">'
              '<draw:text-box/></draw:frame>')
    layout_name = {"title": "AL1T0", "chart": "AL2T19"}.get(layout, "AL2T1")
    return (f'<draw:page draw:name="page{n}" draw:style-name="dp1" draw:master-page-name="Default" '
            f'presentation:presentation-page-layout-name="{layout_name}" presentation:use-footer-name="ftr1" '
            f'presentation:use-date-time-name="dtd1">{"".join(fr)}<presentation:notes draw:style-name="dp2">{thumb}'
            f'{nf}</presentation:notes></draw:page>')


def op_list_style(name, start):
    sv = f' text:start-value="{start}"' if start else ""
    levels = "".join(f'<text:list-level-style-number text:level="{k}" style:num-suffix="." style:num-format="1"'
                     f'{sv if k == 1 else ""}><style:list-level-properties text:space-before="{0.6 * (k - 1):.1f}cm" '
                     'text:min-label-width="1.2cm"/><style:text-properties fo:font-family="Liberation Sans" '
                     'style:use-window-font-color="true" fo:font-size="100%"/></text:list-level-style-number>'
                     for k in range(1, 4))
    return f'<text:list-style style:name="{name}">{levels}</text:list-style>'


OP_AUTO = ('<office:automatic-styles>'
           '<style:style style:name="dp1" style:family="drawing-page"><style:drawing-page-properties '
           'presentation:background-visible="true" presentation:background-objects-visible="true" '
           'presentation:display-footer="true" presentation:display-page-number="true" '
           'presentation:display-date-time="true"/></style:style>'
           '<style:style style:name="dp2" style:family="drawing-page"><style:drawing-page-properties '
           'presentation:display-header="true" presentation:display-footer="true" '
           'presentation:display-page-number="false" presentation:display-date-time="true"/></style:style>'
           '<style:style style:name="gr1" style:family="graphic"><style:graphic-properties draw:stroke="none" '
           'draw:fill="none" draw:textarea-vertical-align="top" draw:auto-grow-height="true" fo:min-height="1cm" '
           'fo:wrap-option="wrap"/></style:style>'
           '<style:style style:name="gr2" style:family="graphic"><style:graphic-properties draw:stroke="none" '
           'draw:fill="none"/></style:style>'
           '<style:style style:name="gr3" style:family="graphic" style:parent-style-name="Object_20_with_20_no_20_fill_'
           '20_and_20_no_20_line"><style:graphic-properties draw:stroke="none" draw:fill="none"/></style:style>'
           '<style:style style:name="pr1" style:family="presentation" style:parent-style-name="Default-title">'
           '<style:graphic-properties fo:min-height="2.629cm"/></style:style>'
           '<style:style style:name="pr2" style:family="presentation" style:parent-style-name="Default-outline1">'
           '<style:graphic-properties draw:fill-color="#ffffff" fo:min-height="9.134cm"/></style:style>'
           '<style:style style:name="pr3" style:family="presentation" style:parent-style-name="Default-subtitle">'
           '<style:graphic-properties fo:min-height="4.5cm"/></style:style>'
           '<style:style style:name="pr4" style:family="presentation" style:parent-style-name="Default-notes">'
           '<style:graphic-properties draw:fill-color="#ffffff" fo:min-height="13.365cm"/></style:style>'
           '<style:style style:name="P1" style:family="paragraph"><loext:graphic-properties draw:fill-color="#ffffff"/>'
           '</style:style><style:style style:name="P2" style:family="paragraph"><style:paragraph-properties '
           'fo:margin-top="0.3cm" fo:text-align="justify"/><style:text-properties fo:font-size="20pt"/></style:style>'
           '<style:style style:name="P3" style:family="paragraph"><style:paragraph-properties fo:margin-left="1.2cm" '
           'fo:text-indent="-1.2cm" fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="20pt"/>'
           '</style:style><style:style style:name="P4" style:family="paragraph"><style:text-properties '
           'fo:font-size="12pt"/></style:style>'
           '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/>'
           '</style:style>'
           '<text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" text:bullet-char="\u25cf">'
           '<style:list-level-properties text:min-label-width="0.9cm"/><style:text-properties '
           'fo:font-family="OpenSymbol" style:use-window-font-color="true" fo:font-size="45%"/>'
           '</text:list-level-style-bullet></text:list-style>'
           + op_list_style("L2", 17) + op_list_style("L3", None) + op_list_style("L4", 25)
           + '</office:automatic-styles>')


def op_styles():
    def pstyle(name, extra=""):
        return (f'<style:style style:name="{name}" style:family="presentation"><style:graphic-properties '
                f'draw:stroke="none" draw:fill="none"/><style:text-properties fo:font-size="{extra or "20pt"}"/>'
                '</style:style>')
    named = "".join(pstyle(n, s) for n, s in (("Default-title", "40pt"), ("Default-subtitle", "28pt"),
                                             ("Default-outline1", "24pt"), ("Default-notes", "12pt"),
                                             ("Default-background", ""), ("Default-backgroundobjects", "")))
    master = ('<office:master-styles><draw:layer-set><draw:layer draw:name="layout"/><draw:layer '
              'draw:name="background"/><draw:layer draw:name="backgroundobjects"/><draw:layer draw:name="controls"/>'
              '<draw:layer draw:name="measurelines"/></draw:layer-set><style:master-page style:name="Default" '
              'style:page-layout-name="PM1" draw:style-name="Mdp1">'
              '<draw:frame presentation:style-name="Default-title" draw:layer="backgroundobjects" svg:width="25.199cm" '
              'svg:height="2.629cm" svg:x="1.4cm" svg:y="0.628cm" presentation:class="title" '
              'presentation:placeholder="true"><draw:text-box/></draw:frame>'
              '<draw:frame presentation:style-name="Default-outline1" draw:layer="backgroundobjects" '
              'svg:width="25.199cm" svg:height="9.134cm" svg:x="1.4cm" svg:y="3.685cm" presentation:class="outline" '
              'presentation:placeholder="true"><draw:text-box/></draw:frame>'
              '<draw:frame draw:layer="backgroundobjects" svg:width="6.523cm" svg:height="1.085cm" svg:x="1.4cm" '
              'svg:y="14.348cm" presentation:class="date-time"><draw:text-box><text:p><presentation:date-time/>'
              '</text:p></draw:text-box></draw:frame>'
              '<draw:frame draw:layer="backgroundobjects" svg:width="8.875cm" svg:height="1.085cm" svg:x="9.576cm" '
              'svg:y="14.348cm" presentation:class="footer"><draw:text-box><text:p><presentation:footer/></text:p>'
              '</draw:text-box></draw:frame>'
              '<draw:frame draw:layer="backgroundobjects" svg:width="6.523cm" svg:height="1.085cm" svg:x="20.076cm" '
              'svg:y="14.348cm" presentation:class="page-number"><draw:text-box><text:p><text:page-number>'
              '&lt;number&gt;</text:page-number></text:p></draw:text-box></draw:frame>'
              '<presentation:notes style:page-layout-name="PM2"><draw:page-thumbnail '
              'presentation:style-name="Default-title" draw:layer="backgroundobjects" svg:width="14.848cm" '
              'svg:height="8.35cm" svg:x="3.075cm" svg:y="2.257cm" presentation:class="page"/><draw:frame '
              'presentation:style-name="Default-notes" draw:layer="backgroundobjects" svg:width="16.799cm" '
              'svg:height="13.365cm" svg:x="2.1cm" svg:y="14.107cm" presentation:class="notes" '
              'presentation:placeholder="true"><draw:text-box/></draw:frame></presentation:notes>'
              '</style:master-page></office:master-styles>')
    auto = ('<office:automatic-styles><style:page-layout style:name="PM1"><style:page-layout-properties '
            'fo:margin-top="0cm" fo:margin-bottom="0cm" fo:margin-left="0cm" fo:margin-right="0cm" '
            'fo:page-width="28cm" fo:page-height="15.75cm" style:print-orientation="landscape"/></style:page-layout>'
            '<style:page-layout style:name="PM2"><style:page-layout-properties fo:margin-top="0cm" '
            'fo:margin-bottom="0cm" fo:margin-left="0cm" fo:margin-right="0cm" fo:page-width="21cm" '
            'fo:page-height="29.7cm" style:print-orientation="portrait"/></style:page-layout><style:style '
            'style:name="Mdp1" style:family="drawing-page"><style:drawing-page-properties draw:background-size="full" '
            'draw:fill="none"/></style:style></office:automatic-styles>')
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {odf_attrs(ODP_NAMES)}>'
            '<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation '
            'Sans&apos;" style:font-family-generic="roman" style:font-pitch="variable"/></office:font-face-decls>'
            '<office:styles><draw:marker draw:name="Arrow" svg:viewBox="0 0 20 30" svg:d="M10 0l-10 30h20z"/>'
            '<style:default-style style:family="graphic"><style:text-properties fo:font-size="24pt" '
            f'fo:language="en" fo:country="GB"/></style:default-style>{named}</office:styles>{auto}{master}'
            '</office:document-styles>')


def op_chart_object():
    rows = "".join(f'<table:table-row><table:table-cell office:value-type="string"><text:p>{c}</text:p>'
                   f'</table:table-cell><table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}'
                   '</text:p></table:table-cell></table:table-row>' for c, v in _text.OP_CHART)
    names = ["office", "style", "text", "table", "draw", "fo", "xlink", "svg", "chart", "number"]
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {odf_attrs(names)}>'
            '<office:body><office:chart><chart:chart svg:width="16cm" svg:height="6.5cm" chart:class="chart:bar">'
            '<chart:title><text:p>Calls to the police about Ms E\u2019s household</text:p></chart:title>'
            '<chart:plot-area table:cell-range-address="local-table.$A$1:.$B$4" chart:data-source-has-labels="both">'
            '<chart:axis chart:dimension="x" chart:name="primary-x"><chart:categories '
            'table:cell-range-address="local-table.$A$2:.$A$4"/></chart:axis><chart:axis chart:dimension="y" '
            'chart:name="primary-y"/><chart:series chart:values-cell-range-address="local-table.$B$2:.$B$4" '
            'chart:label-cell-address="local-table.$B$1" chart:class="chart:bar"><chart:data-point '
            'chart:repeated="3"/></chart:series></chart:plot-area><table:table table:name="local-table">'
            '<table:table-header-columns><table:table-column/></table:table-header-columns><table:table-columns>'
            '<table:table-column/></table:table-columns><table:table-header-rows><table:table-row><table:table-cell>'
            '<text:p/></table:table-cell><table:table-cell office:value-type="string"><text:p>Calls</text:p>'
            f'</table:table-cell></table:table-row></table:table-header-rows><table:table-rows>{rows}</table:table-rows>'
            '</table:table></chart:chart></office:chart></office:body></office:document-content>')


class OdpReader:
    """An Impress file's content.xml read back: the draw:page's in order (the page = its place), each frame's
    presentation:class (None for a text box), tables and objects by kind, and the text boxes' paragraphs with the
    list numbers worked out here: a text:list counts its items from its first item's text:start-value, else its
    list style's level-1 text:start-value, else 1. The notes (presentation:notes) are kept apart."""

    def __init__(self, root):
        self.lists = {}
        for ls in root.iter(q("text", "list-style")):
            lv = ls.find(q("text", "list-level-style-number"))
            self.lists[ls.get(q("style", "name"))] = None if lv is None else int(lv.get(q("text", "start-value"), "1"))
        pres = root.find(q("office", "body")).find(q("office", "presentation"))
        self.decls = [ch.tag.split("}")[1] for ch in pres if not ch.tag.endswith("}page")]
        self.first_page_at = [ch.tag.split("}")[1] for ch in pres].index("page")
        self.pages = []
        for n, pg in enumerate(pres.findall(q("draw", "page")), 1):
            items, notes = [], []
            for fr in pg.findall(q("draw", "frame")):
                cls = fr.get(q("presentation", "class"))
                if fr.find(q("draw", "object")) is not None:
                    items.append({"kind": "object", "cls": cls})
                elif fr.find(q("table", "table")) is not None:
                    items.append({"kind": "table", "cls": cls})
                else:
                    for it in self.box(fr.find(q("draw", "text-box"))):
                        items.append({"kind": "p", "cls": cls, **it})
            nt = pg.find(q("presentation", "notes"))
            for fr in nt.findall(q("draw", "frame")):
                notes += [t["text"] for t in self.box(fr.find(q("draw", "text-box"))) if t["text"]]
            self.pages.append({"n": n, "items": items, "notes": notes})

    def text_of(self, el):
        out = [el.text or ""]
        for ch in el:
            if ch.tag == q("text", "s"):
                out.append(" " * int(ch.get(q("text", "c"), "1")))
            elif ch.tag in (q("text", "tab"), q("text", "line-break")):
                out.append(" ")
            else:
                out.append(self.text_of(ch))
            out.append(ch.tail or "")
        return "".join(out)

    def box(self, tb):
        out = []
        for el in tb if tb is not None else []:
            if el.tag == q("text", "p"):
                out.append({"label": None, "text": " ".join(self.text_of(el).split())})
            elif el.tag == q("text", "list"):
                start = self.lists.get(el.get(q("text", "style-name")))
                count = None
                for item in el.findall(q("text", "list-item")):
                    sv = item.get(q("text", "start-value"))
                    if start is not None:
                        count = int(sv) if sv else (start if count is None else count + 1)
                    for j, p in enumerate(item.findall(q("text", "p"))):
                        out.append({"label": str(count) if count is not None and j == 0 else None,
                                    "text": " ".join(self.text_of(p).split())})
        return out


def make_impress(out, pm):
    path = out / "impress.odp"
    slides = _text.OP_SLIDES
    items = [(lab, w) for s in slides if s[2] and not isinstance(s[2][0], str) for lab, w, _h in s[2]]
    texts = {lab: pm.make(w, "dhr") for lab, w in items}
    order = [lab for lab, _w in items]
    pages = "".join(op_page(k, s, texts) for k, s in enumerate(slides, 1))
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {odf_attrs(ODP_NAMES)}>'
               '<office:scripts/><office:font-face-decls><style:font-face style:name="Liberation Sans" '
               'svg:font-family="&apos;Liberation Sans&apos;" style:font-family-generic="roman" '
               f'style:font-pitch="variable"/></office:font-face-decls>{OP_AUTO}<office:body><office:presentation>'
               f'<presentation:footer-decl presentation:name="ftr1">{xesc(_text.OP_FOOTER)}</presentation:footer-decl>'
               '<presentation:date-time-decl presentation:name="dtd1" presentation:source="fixed">'
               f'{_text.OP_DATE}</presentation:date-time-decl>{pages}<presentation:settings '
               'presentation:mouse-visible="false"/></office:presentation></office:body></office:document-content>')
    n_words = sum(len(t.split()) for t in texts.values())
    decl = '<?xml version="1.0" encoding="UTF-8"?>\n'
    meta = (f'{decl}<office:document-meta {odf_attrs(["office", "xlink", "dc", "meta", "ooo"])}>'
            '<office:meta><meta:creation-date>2025-04-28T10:15:02.331000000</meta:creation-date><dc:date>'
            '2025-05-20T16:48:51.902000000</dc:date><meta:editing-duration>PT2H4M11S</meta:editing-duration>'
            f'<meta:editing-cycles>9</meta:editing-cycles><meta:generator>{LO_GENERATOR}</meta:generator><dc:title>'
            f'{xesc(_text.OP_TITLE)}</dc:title><dc:description>{xesc(FICT)}</dc:description><meta:document-statistic '
            f'meta:object-count="{n_words // 10}"/></office:meta></office:document-meta>')
    settings = (f'{decl}<office:document-settings {odf_attrs(["office", "config", "ooo"])}>'
                '<office:settings><config:config-item-set config:name="ooo:view-settings"><config:config-item '
                'config:name="VisibleAreaTop" config:type="int">-423</config:config-item></config:config-item-set>'
                '</office:settings></office:document-settings>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="'
                f'{ODF_NS["manifest"]}" manifest:version="1.3">\n'
                + "".join(f' <manifest:file-entry manifest:full-path="{p}"{v} manifest:media-type="{t}"/>\n'
                          for p, v, t in [
                    ("/", ' manifest:version="1.3"', ODP_MIME),
                    ("Configurations2/", "", "application/vnd.sun.xml.ui.configuration"),
                    ("ObjectReplacements/Object 1", "", "application/x-openoffice-gdimetafile;"
                     "windows_formatname=&quot;GDIMetaFile&quot;"),
                    ("Object 1/content.xml", "", "text/xml"),
                    ("Object 1/", ' manifest:version="1.3"', "application/vnd.oasis.opendocument.chart"),
                    ("Thumbnails/thumbnail.png", "", "image/png"), ("settings.xml", "", "text/xml"),
                    ("content.xml", "", "text/xml"), ("meta.xml", "", "text/xml"), ("styles.xml", "", "text/xml")])
                + "</manifest:manifest>")
    files = [("mimetype", ODP_MIME), ("Configurations2/accelerator/", b""),
             ("ObjectReplacements/Object 1", png(64, 26, (52, 101, 164), (255, 255, 255), 8)),
             ("Object 1/content.xml", op_chart_object()),
             ("Thumbnails/thumbnail.png", png(64, 36, (230, 230, 230), (40, 60, 110), 6)),
             ("settings.xml", settings), ("content.xml", content), ("meta.xml", meta), ("styles.xml", op_styles()),
             ("META-INF/manifest.xml", manifest)]
    zip_package(path, files, (2025, 5, 20, 16, 48, 52), stored=("mimetype",))
    page_of = {lab: k for k, s in enumerate(slides, 1) if s[2] and not isinstance(s[2][0], str)
               for lab, _w, _h in s[2]}
    result = [entry(lab, page_of[lab], texts[lab]) for lab in order]
    check_lengths(path.name, list(texts.values()), 35, 80)
    check_count(path.name, result, 10, 20)
    check_impress(path, result, texts)
    return {
        "note": ("A DOMESTIC HOMICIDE REVIEW'S LEARNING EVENT (Ms E, Fellbrook) IN A DECK SAVED BY LIBREOFFICE "
                 "IMPRESS 7.6 (.odp): 'mimetype' stored first, then the chart object's replacement picture and "
                 "'Object 1/content.xml', a thumbnail, settings.xml, content.xml, meta.xml, styles.xml and "
                 "META-INF/manifest.xml. styles.xml: presentation styles and the master page 'Default' whose "
                 "date, footer and page-number frames hold <presentation:date-time/>, <presentation:footer/> and "
                 "<text:page-number>&lt;number&gt;</text:page-number>. content.xml: THE FOOTER ('Fellbrook CSP "
                 "\u2013 DHR Ms E learning event') AND DATE ('21/05/2025') DECLARED BEFORE THE FIRST draw:page "
                 "(presentation:footer-decl, presentation:date-time-decl); nine draw:page's, each with its title "
                 "frame (presentation:class title or subtitle) and presentation:notes (a page thumbnail and the notes "
                 "frame, an empty placeholder where there are none). The review numbers its paragraphs through; the "
                 "deck quotes conclusions 17 to 26. NUMBERS FROM THE LIST (no number in the text): an outline "
                 "frame's text:list in an automatic list style WHOSE LEVEL 1 HAS text:start-value='17' (slide 3; "
                 "'25' on slide 8), or in a list style with no start whose FIRST text:list-item HAS "
                 "text:start-value='21' (slide 6); TYPED '19. The ...' in plain text boxes (slides 4 and 7). Traps: a "
                 "bulleted outline on slide 2; 18's first words in a bold text:span; a text:line-break in 22; slide "
                 "5 a table of contacts by agency (table:table in a draw:frame, cells '11', '7'); slide 7 a chart "
                 "object (draw:object 'Object 1', its own table 2021 | 2.0 ...) above 24; notes opening '17 and 18 "
                 "are about the GP practice' and '2 minutes of quiet reading'. The host numbers no paragraphs of its "
                 "own. Not paragraphs: titles, subtitle, bullets, the table, the chart, footer, date, page numbers, "
                 "notes. page = the draw:page's place in the deck (no slide is hidden)."),
        "paragraphs": result,
    }


def check_impress(path, result, texts):
    """zipfile and lxml: mimetype first and stored; OdpReader over content.xml: the numbered list items and typed
    paragraphs of outline frames and text boxes are the key, whole, with their pages; the footer and date are
    declared before the first page; the chart object and the table are on slides 7 and 5; the list numbers come
    from the list styles and the list item, never from the text."""
    from lxml import etree
    z = zipfile.ZipFile(path)
    first = z.infolist()[0]
    if first.filename != "mimetype" or first.compress_type != zipfile.ZIP_STORED:
        raise AssertionError("impress.odp: mimetype")
    raw = z.read("content.xml")
    rd = OdpReader(etree.fromstring(raw))
    got = []
    for pg in rd.pages:
        for it in pg["items"]:
            if it["kind"] != "p" or it["cls"] not in (None, "outline"):
                continue
            m = re.match(r"(\d+)\.\s", it["text"])
            if it["label"]:
                got.append([it["label"], pg["n"], it["text"]])
            elif m:
                got.append([m.group(1), pg["n"], it["text"][m.end():]])
    if got != [[d["label"], d["page"], texts[d["label"]]] for d in result]:
        raise AssertionError(f"impress.odp: read back {[(g[0], g[1]) for g in got]}")
    kinds = {pg["n"]: [i["kind"] for i in pg["items"] if i["kind"] != "p"] for pg in rd.pages}
    s = raw.decode("utf-8")
    if rd.decls[:2] != ["footer-decl", "date-time-decl"] or rd.first_page_at != 2 or kinds[5] != ["table"] or \
            kinds[7] != ["object"] or rd.pages[2]["notes"][0][:10] != "17 and 18 " or \
            any(f">{d['label']}. " in s for d in result if d["label"] not in ("19", "20", "24")):
        raise AssertionError(f"impress.odp: layout {rd.decls} {kinds}")


# --------------------------------------------------------------------------
# 4. deck.pdf: a thematic review's briefing saved by PowerPoint as PDF
# --------------------------------------------------------------------------
DK_W, DK_H = 960.0, 540.0
FACES = {"Vera": "Vera.ttf", "VeraBd": "VeraBd.ttf", "VeraIt": "VeraIt.ttf"}
NAVY, GREY, INK = (0.12, 0.19, 0.36), (0.45, 0.45, 0.45), (0.1, 0.1, 0.1)
DK_SIZE, DK_LEAD, DK_HANG = 16.0, 19.5, 44.0


def dk_lines(text, width, size=DK_SIZE, font="Vera"):
    return _draw.lines_of(text, width, font, size)


def dk_para(lay, page, lab, lines, x, top, lead=DK_LEAD, size=DK_SIZE):
    """Lines of a paragraph in a text box: the number (if any) at x, the text hung at x + DK_HANG, the first
    baseline under ``top``. Returns the label's baseline and the top left for what follows."""
    base = top - size
    if lab:
        lay.text(x, base, lab, "Vera", size, INK, page=page)
    for i, ln in enumerate(lines):
        lay.text(x + DK_HANG, base - i * lead, ln, "Vera", size, INK, page=page)
    return base, base - (len(lines) - 1) * lead - 14.0 - (lead - size)


def dk_furniture(lay, page):
    lay.text(58, 18, _text.DK_DATE, "Vera", 10, GREY, page=page)
    w = _draw.sw(_text.DK_FOOTER, "Vera", 10)
    lay.text((DK_W - w) / 2, 18, _text.DK_FOOTER, "Vera", 10, GREY, page=page)
    s = str(page)
    lay.text(902 - _draw.sw(s, "Vera", 10), 18, s, "Vera", 10, GREY, page=page)


def make_deck(out, pm):
    path = out / "deck.pdf"
    _draw.register_fonts({}, FACES)
    slides = _text.DK_SLIDES
    items = [(lab, w) for s in slides if s[2] and not isinstance(s[2][0], str) for lab, w in s[2]]
    texts = {lab: pm.make(w, "adult") for lab, w in items}
    order = [lab for lab, _w in items]
    lay = _draw.Layout((DK_W, DK_H))
    lay.font = "Vera"
    where, pieces, ends = {}, {}, {}   # label -> (page, x, baseline); label -> [(page, x0, x1, text)]; last page

    def put(page, lab, text, x, top, width, carried=False):
        lines = dk_lines(text, width - DK_HANG)
        base, nxt = dk_para(lay, page, None if carried else lab, lines, x, top)
        if not carried:
            where[lab] = (page, x, base)
        pieces.setdefault(lab, []).append((page, x + DK_HANG - 1, x + width + 1, text))
        ends[lab] = page
        return nxt

    for k, (kind, title, body) in enumerate(slides, 1):
        lay.new_page()
        lay.rect(0, 0, 10, DK_H, NAVY)
        if kind == "title":
            lay.rect(0, 200, DK_W, 170, NAVY)
            for text, size, y, rgb in ((title, 36, 300, (1, 1, 1)), (_text.DK_SUBTITLE, 20, 262, (1, 1, 1)),
                                       (f"{FICT}. {INVENTED}", 12, 150, GREY)):
                lay.text((DK_W - _draw.sw(text, "Vera", size)) / 2, y, text, "Vera", size, rgb)
            continue
        if kind == "two":  # the right column's text box comes first in the content stream
            put(k, body[2][0], texts[body[2][0]], 502, 430, 400)
            top = 430
            for lab, _w in body[:2]:
                top = put(k, lab, texts[lab], 58, top, 400)
        elif kind == "chart":
            lab = body[0][0]
            put(k, lab, texts[lab], 58, 205, 844)
            lay.line(90, 250, 600, 250, 0.75, GREY)
            for v in (0, 10, 20, 30):
                y = 250 + v * 5.6
                lay.text(80 - _draw.sw(str(v), "Vera", 10), y - 3.5, str(v), "Vera", 10, GREY)
                lay.line(90, y, 600, y, 0.25, (0.85, 0.85, 0.85))
            for j, (yr, v) in enumerate(_text.DK_CHART):
                x = 120 + j * 120
                lay.rect(x, 250, 60, v * 5.6, (0.27, 0.45, 0.77))
                lay.text(x + 30 - _draw.sw(yr, "Vera", 10) / 2, 236, yr, "Vera", 10, GREY)
            lay.add(("RR", 640, 300, 262, 140, 8, (0.93, 0.95, 0.98)))
            for i, ln in enumerate(dk_lines(_text.DK_CALLOUT, 230, 18, "VeraBd")):
                lay.text(656, 410 - i * 22, ln, "VeraBd", 18, NAVY)
        elif kind == "picture":
            lay.rect(58, 120, 380, 290, (0.78, 0.70, 0.60))
            lay.rect(120, 160, 250, 180, (0.55, 0.45, 0.38))
            lay.add(("C", 250, 330, 40, (0.92, 0.86, 0.78)))
            lay.text(58, 104, _text.DK_CAPTION, "VeraIt", 10, GREY)
            lab = body[0][0]
            put(k, lab, texts[lab], 470, 430, 432)
        elif kind == "carry":
            top = put(k, body[0][0], texts[body[0][0]], 58, 430, 844)
            head, _tail = split_at(texts[body[1][0]], 0.55)
            put(k, body[1][0], head, 58, top, 844)
        elif kind == "continued":
            prev = slides[k - 2][2][-1][0]
            _head, tail = split_at(texts[prev], 0.55)
            top = put(k, prev, tail, 58, 430, 844, carried=True)
            put(k, body[0][0], texts[body[0][0]], 58, top, 844)
        elif kind == "body":
            top = 430
            for lab, _w in body:
                top = put(k, lab, texts[lab], 58, top, 844)
        else:  # "text", "end": unnumbered text boxes
            top = 430
            for t in body:
                for i, ln in enumerate(dk_lines(t, 844, 18)):
                    lay.text(58, top - 18 - i * 22, ln, "Vera", 18, INK)
                top -= 22 * len(dk_lines(t, 844, 18)) + 14
        lay.text(58, 478, title, "VeraBd", 28, NAVY)
        dk_furniture(lay, k)
    lay.render(path, {"Title": _text.DK_TITLE, "Author": "Corrowmere SAB business unit", "Subject": FICT,
                      "Creator": _text.DK_CREATOR, "Producer": _text.DK_CREATOR})
    result = [entry(lab, where[lab][0], texts[lab]) for lab in order]
    check_lengths(path.name, list(texts.values()), 30, 110)
    check_count(path.name, result, 10, 20)
    if [lab for lab in order if ends[lab] != where[lab][0]] != ["6.8"]:
        raise AssertionError("deck.pdf: crossings")
    check_deck(path, result, texts, where, pieces, ends)
    return {
        "note": ("A THEMATIC REVIEW'S BRIEFING (self-neglect, Corrowmere) SAVED BY POWERPOINT AS PDF (File > Save as "
                 "> PDF): ten 960 x 540 pt pages (16:9), ONE SLIDE A PAGE, Creator and Producer 'Microsoft\u00ae "
                 "PowerPoint\u00ae for Microsoft 365'. Each slide but the first: a title (bold, top left), text boxes "
                 "where the slide has them, the date '04/02/2025' at the bottom left, the footer 'Corrowmere SAB "
                 "\u2013 self-neglect thematic review briefing (FICTIONAL)' in the middle and THE SLIDE NUMBER AT THE "
                 "BOTTOM RIGHT. The review's numbers are TYPED '6.1' with the text hung 44 pt to the right. Traps: "
                 "slide 2's unnumbered background text; slide 4 IN TWO COLUMNS, 6.3 and 6.4 at the left and 6.5 at "
                 "the right, THE RIGHT COLUMN'S TEXT BOX DRAWN FIRST in the content stream; slide 5 a picture "
                 "(filled shapes) at the left with its caption 'Photo posed by a model.' and 6.6 in a text box at "
                 "the right; 6.8 STARTS AT THE FOOT OF SLIDE 6 AND RUNS ON AT THE TOP OF SLIDE 7, titled 'Capacity "
                 "and choice (continued)', its carried sentences hung with no number, then 6.9; slide 8 a bar chart "
                 "at the top (tick labels '0' to '30', years 2020-2023) with a call-out box at the top right ('3 in "
                 "4 of the adults ...') and 7.1 in a text box under them, drawn before the chart. The host numbers "
                 "no paragraphs of its own. Reading order: top to bottom, a column at a time (6.3, 6.4, 6.5). Not "
                 "paragraphs: titles, the title slide, the background text, caption, chart, call-out, dates, "
                 "footers, slide numbers, the closing contacts. page = the PDF page (= the slide); 6.8 is keyed "
                 "to page 6 and ends on page 7."),
        "paragraphs": result,
    }


def check_deck(path, result, texts, where, pieces, ends):
    """pdfplumber: ten 960 x 540 pages; each number drawn where the layout put it on its page; each paragraph's
    words read back in one piece inside its text box (the box's x range), 6.8 in two pieces on pages 6 and 7; the
    slide numbers at the bottom right; the two-column slide's right box before its left in the content stream."""
    import pdfplumber
    with pdfplumber.open(path) as pl:
        sizes = {(round(p.width), round(p.height)) for p in pl.pages}
        creator = pl.metadata.get("Creator", "")
    pages = pdf_pages(path)
    if len(pages) != 10 or sizes != {(960, 540)} or "PowerPoint" not in creator:
        raise AssertionError(f"deck.pdf: pages {len(pages)} {sizes} {creator}")
    for d in result:
        lab = d["label"]
        pg, x, y = where[lab]
        if pg != d["page"]:
            raise AssertionError(f"deck.pdf: page of {lab}")
        label_at(pages[pg - 1], x, y, lab, "deck.pdf")
        for ppg, x0, x1, t in pieces[lab]:
            got = words_of(pages[ppg - 1], lambda c, a=x0, b=x1: a <= c["x0"] and c["x1"] <= b and c["top"] < 500
                           and c["bottom"] < 510 and c["matrix"][5] > 40)
            if not contains_seq(got, norm(t)):
                raise AssertionError(f"deck.pdf: text of {lab} on page {ppg}")
        last = norm(pieces[lab][-1][3])
        if norm(d["ends_with"]) != last[-len(norm(d["ends_with"])):] or ends[lab] != pieces[lab][-1][0]:
            raise AssertionError(f"deck.pdf: ends_with of {lab}")
    for k, chars in enumerate(pages, 1):
        if k > 1:
            num = "".join(c["text"] for c in sorted(chars, key=lambda c: c["x0"]) if c["x0"] > 880 and c["top"] > 500)
            if num != str(k):
                raise AssertionError(f"deck.pdf: slide number {num!r} on page {k}")
    body = [c for c in pages[3] if 40 < c["matrix"][5] < 440]
    right = next(i for i, c in enumerate(body) if c["x0"] > 500)
    left = next(i for i, c in enumerate(body) if c["x0"] < 460)
    if right > left:
        raise AssertionError("deck.pdf: column order in the stream")


# --------------------------------------------------------------------------
# 5. notes.pdf: a practice review's training deck printed by PowerPoint as Notes Pages
# --------------------------------------------------------------------------
NP_W, NP_H = 540.0, 720.0
NP_X, NP_WIDTH, NP_TOP, NP_SIZE, NP_LEAD = 54.0, 432.0, 398.0, 11.0, 14.5
NP_FRAME = (90.0, 430.0, 360.0, 202.5)


def make_notes(out, pm):
    path = out / "notes.pdf"
    _draw.register_fonts({}, FACES)
    slides = _text.NP_SLIDES
    items = [it for s in slides for it in s[2] if not isinstance(it, str)]
    texts = {lab: pm.make(w, "child") for lab, w in items}
    order = [lab for lab, _w in items]
    lay = _draw.Layout((NP_W, NP_H))
    lay.font = "Vera"
    where = {}
    fx, fy, fw, fh = NP_FRAME
    for k, (title, bullets, notes) in enumerate(slides, 1):
        lay.new_page()
        lay.text(36, 696, _text.NP_HEADER, "Vera", 9, GREY)
        lay.text(504 - _draw.sw(_text.NP_DATE, "Vera", 9), 696, _text.NP_DATE, "Vera", 9, GREY)
        # the slide's picture: a frame, its background band, title, bullets and slide number drawn small
        for x1, y1, x2, y2 in ((fx, fy, fx + fw, fy), (fx, fy + fh, fx + fw, fy + fh), (fx, fy, fx, fy + fh),
                               (fx + fw, fy, fx + fw, fy + fh)):
            lay.line(x1, y1, x2, y2, 0.75, INK)
        lay.rect(fx, fy, 4, fh, NAVY)
        if k == 1:
            lay.text(fx + (fw - _draw.sw(title, "VeraBd", 13)) / 2, fy + 110, title, "VeraBd", 13, NAVY)
            lay.text(fx + (fw - _draw.sw(bullets[0], "Vera", 8)) / 2, fy + 90, bullets[0], "Vera", 8, INK)
        else:
            lay.text(fx + 22, fy + fh - 34, title, "VeraBd", 13, NAVY)
            for i, b in enumerate(bullets):
                lay.text(fx + 24, fy + fh - 62 - i * 15, "\u2022 " + b, "Vera", 8.5, INK)
            lay.text(fx + fw - 12 - _draw.sw(str(k), "Vera", 5), fy + 6, str(k), "Vera", 5, GREY)
        # the notes
        top = NP_TOP
        for it in notes:
            if isinstance(it, str):
                words, lab = it, None
            else:
                lab = it[0]
                words = f"{lab} {texts[lab]}"
            lines = _draw.lines_of(words, NP_WIDTH, "Vera", NP_SIZE)
            for i, ln in enumerate(lines):
                base = top - NP_SIZE - i * NP_LEAD
                lay.text(NP_X, base, ln, "Vera", NP_SIZE, INK)
                if i == 0 and lab:
                    where[lab] = (k, NP_X, base)
            top -= NP_LEAD * len(lines) + 7
        if top < 60:
            raise AssertionError(f"notes.pdf: notes of slide {k} overflow")
        lay.text(36, 22, _text.NP_FOOTER, "Vera", 9, GREY)
        lay.text(504 - _draw.sw(str(k), "Vera", 9), 22, str(k), "Vera", 9, GREY)
    lay.render(path, {"Title": _text.NP_TITLE, "Author": "Mossgill SCP learning and development", "Subject": FICT,
                      "Creator": _text.DK_CREATOR, "Producer": _text.DK_CREATOR})
    result = [entry(lab, where[lab][0], texts[lab]) for lab in order]
    check_lengths(path.name, list(texts.values()), 40, 80)
    check_count(path.name, result, 10, 20)
    check_notes(path, result, texts, where)
    return {
        "note": ("A CHILD SAFEGUARDING PRACTICE REVIEW'S TRAINING DECK (Child F, Mossgill) PRINTED BY POWERPOINT AS "
                 "NOTES PAGES TO PDF (Save as PDF, Options, 'Publish what: Notes pages'): nine 540 x 720 pt "
                 "portrait pages, one a slide: the notes master's header "
                 "'Mossgill SCP \u2013 Child F training pack (FICTIONAL)' (top left) and date '18/03/2025' (top "
                 "right); THE SLIDE'S PICTURE in a frame in the upper half, its title, bullets and slide number "
                 "drawn small as text; THE SPEAKER NOTES BELOW; the footer 'Trainer\u2019s notes \u2013 not for "
                 "circulation' (bottom left) and the page number (bottom right). THE REVIEW'S NUMBERED PARAGRAPHS "
                 "ARE IN THE NOTES, typed '5.1 The ...' flush left, quoted word for word. Traps: the slide pictures' "
                 "bullets 'Paragraphs 5.1\u20135.2', 'Paragraph 5.5' and 'Paragraph 5.8' and questions; THE "
                 "TRAINER'S OWN WORDS in the notes before and after the paragraphs ('Read aloud:', 'Ask: what would "
                 "have helped ...', '5 minutes in pairs first.'); page 2's notes THE GROUND RULES NUMBERED '1. Phones "
                 "on silent.' TO '3. Nobody here is being blamed.' (the trainer's, not the review's). The host "
                 "numbers no paragraphs of its own. Not paragraphs: headers, dates, footers, page numbers, the "
                 "slide pictures' text, the trainer's words and ground rules. page = the PDF page (= the slide)."),
        "paragraphs": result,
    }


def check_notes(path, result, texts, where):
    """pdfplumber: nine 540 x 720 pages; each number drawn flush left in the notes where the layout put it; each
    paragraph's words read back in one piece below the slide's picture; the pictures' bullets and the ground
    rules above or beside them as drawn."""
    import pdfplumber
    with pdfplumber.open(path) as pl:
        sizes = {(round(p.width), round(p.height)) for p in pl.pages}
    pages = pdf_pages(path)
    if len(pages) != 9 or sizes != {(540, 720)}:
        raise AssertionError(f"notes.pdf: pages {len(pages)} {sizes}")
    for d in result:
        pg, x, y = where[d["label"]]
        if pg != d["page"]:
            raise AssertionError(f"notes.pdf: page of {d['label']}")
        label_at(pages[pg - 1], x, y, d["label"], "notes.pdf")
        got = words_of(pages[pg - 1], lambda c: c["matrix"][5] < NP_FRAME[1] - 4 and c["matrix"][5] > 40)
        if not contains_seq(got, norm(f"{d['label']} {texts[d['label']]}")):
            raise AssertionError(f"notes.pdf: text of {d['label']}")
    pic = words_of(pages[2], lambda c: c["matrix"][5] > NP_FRAME[1] and c["matrix"][5] < 680)
    rules = words_of(pages[1], lambda c: c["matrix"][5] < NP_FRAME[1])
    if not contains_seq(pic, norm("Paragraphs 5.1\u20135.2")) or not contains_seq(rules, norm("1. Phones on silent")):
        raise AssertionError("notes.pdf: furniture")


def build(out):
    return _harness.build_files(out, ParaMaker(), {"findings.pptx": make_findings, "gslides.pptx": make_gslides,
                                                    "impress.odp": make_impress, "deck.pdf": make_deck,
                                                    "notes.pdf": make_notes})


def main(out: pathlib.Path, determinism: bool = True) -> dict:
    """Build and self-check into ``out``; with ``determinism``, build again elsewhere and compare the bytes."""
    return _harness.build_checked(build, out, "blind69-determinism-", determinism)


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
