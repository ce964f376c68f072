"""DOCX writer for the fictional development set, layout ``controls``: a review written into a board's Word TEMPLATE
built from CONTENT CONTROLS (``w:sdt``), as many local review templates are, and published as the .docx:

* the cover is a locked control holding the title (a plain-text control), the date (a date-picker control showing
  "June 2025"), the publisher (a drop-down list control) and the reviewer's name and the reference (plain-text controls
  inside their paragraphs), then the template's fields that were never filled in, still SHOWING THEIR PLACEHOLDER TEXT
  in the "Placeholder Text" style ("Date approved by the Board: Click or tap to enter a date.", "Version: Click or tap
  here to enter text.", output key ``cover_fields``);
* every chapter sits inside a block-level control of its own (alias "Section: ...", locked against deletion) whose
  Heading 1 is a further, content-locked control; each subsection is a control NESTED inside its chapter's; in "Key
  events" every paragraph is an item of a REPEATING SECTION control (``w15:repeatingSection``) nested inside that, and
  elsewhere every third numbered paragraph has a rich-text control of its own, so that paragraphs sit two, three or
  four controls deep and no numbered paragraph is a child of the document body (a reader that lists only the body's
  own paragraphs, as python-docx's ``Document.paragraphs`` does, finds none of them);
* the template's GUIDANCE left in two places, in controls aliased "Guidance" in the italic "Template Guidance" style
  (reports.yaml ``guidance``: {before: the paragraph it stands before, text}), and an optional control left empty with
  its placeholder showing (``placeholders``: {after, alias}); the recommendations are the items of a repeating
  section whose last item was never filled in and shows "Click or tap here to enter text.";
* numbering ``single``, the numbers TYPED BY HAND, inconsistently, as people type them: "12." and a tab in one run or
  two, the number after a leading tab, the number split across two runs ("1" and "2."), "12." followed by two spaces
  and no tab, the number in bold; "Recommendation N:" typed in bold; headings unnumbered; ``w:proofErr`` marks around
  the place name, a ``_GoBack`` bookmark;
* a table-of-contents field, a hard page break before each chapter (outside its control), the glossary a table inside
  a control at the back, the running title in the header, the template's name (output key ``template``), a tab, "Page"
  and a PAGE field in the footer, and
  ``w:lastRenderedPageBreak`` marks at every page start (:class:`devset_render._WordFlow`), also inside paragraphs.

A paragraph's page is ``1 + the number of w:lastRenderedPageBreak marks before its first w:t``. ``expected.json`` adds
``placeholders`` (every placeholder text showing, in order), ``cover_field_lines`` (the unfilled cover fields as
displayed) and ``template_guidance``: none of them is text of the review."""

from __future__ import annotations

import html
import io
import itertools
import re
from typing import Any

from . import devset_render as _r

Block = _r.Block
PARA_STYLE = "SAR Numbered Paragraph"
GUIDANCE_STYLE = "Template Guidance"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
PROMPTS = {"text": ("Click or tap here to enter text.", "DefaultPlaceholder_-1854013440"),
           "date": ("Click or tap to enter a date.", "DefaultPlaceholder_-1854013437"),
           "list": ("Choose an item.", "DefaultPlaceholder_-1854013438")}
VARIANTS = ("run-tab", "one-run", "leading-tab", "split", "spaces", "bold")  # how each number was typed, in turn
PLACE = "Daventhorpe"  # Word's spelling checker does not know it: w:proofErr marks go round it
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
MARKER = "\u2063glossary table\u2063"  # stands in for the glossary table until the table is moved into its control


def _t(text: str) -> str:
    return f'<w:t xml:space="preserve">{html.escape(text, quote=False)}</w:t>'


def _run(content: str, rpr: str = "") -> str:
    return f"<w:r>{f'<w:rPr>{rpr}</w:rPr>' if rpr else ''}{content}</w:r>"


def _p(content: str, style: str = "", ppr: str = "") -> str:
    props = (f'<w:pStyle w:val="{style}"/>' if style else "") + ppr
    return f"<w:p>{f'<w:pPr>{props}</w:pPr>' if props else ''}{content}</w:p>"


class _Controls:
    """Content controls with ids as Word numbers them (large, unique, in order of insertion)."""

    def __init__(self) -> None:
        self.next_id = 1254870011

    def sdt(self, content: str, alias: str, tag: str, *, kind: str = "", lock: str = "", prompt: str = "",
            showing: bool = False) -> str:
        """A content control. ``kind``: "" (rich text), "text", "date:YYYY-MM-DD", "list:item|item" (the first item
        shown), "repeat" (a repeating section) or "item" (one of its items); ``prompt``: the placeholder kind."""
        self.next_id += 7919
        pr = [f'<w:alias w:val="{html.escape(alias)}"/>', f'<w:tag w:val="{tag}"/>', f'<w:id w:val="{self.next_id}"/>']
        if lock:
            pr.append(f'<w:lock w:val="{lock}"/>')
        if prompt:
            pr.append(f'<w:placeholder><w:docPart w:val="{PROMPTS[prompt][1]}"/></w:placeholder>')
        if showing:
            pr.append("<w:showingPlcHdr/>")
        if kind == "text":
            pr.append("<w:text/>")
        elif kind.startswith("date:"):  # "date:" alone: a date never chosen
            full = f' w:fullDate="{kind[5:]}T00:00:00Z"' if kind[5:] else ""
            pr.append(f'<w:date{full}><w:dateFormat w:val="MMMM yyyy"/><w:lid w:val="en-GB"/>'
                      '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>')
        elif kind.startswith("list:"):
            items = "".join(f'<w:listItem w:displayText="{html.escape(x)}" w:value="{html.escape(x)}"/>'
                            for x in kind[5:].split("|"))
            pr.append(f"<w:dropDownList>{items}</w:dropDownList>")
        elif kind == "repeat":
            pr.append(f'<w15:repeatingSection xmlns:w15="{W15}"/>')
        elif kind == "item":
            pr.append(f'<w15:repeatingSectionItem xmlns:w15="{W15}"/>')
        return f'<w:sdt><w:sdtPr>{"".join(pr)}</w:sdtPr><w:sdtContent>{content}</w:sdtContent></w:sdt>'

    def placeholder(self, prompt: str) -> str:
        return _run(_t(PROMPTS[prompt][0]), '<w:rStyle w:val="PlaceholderText"/>')


def _text_runs(text: str, mark: int | None) -> str:
    """Runs for ``text``, split where Word split them: round each occurrence of the place name (marked as a spelling
    error) and before word ``mark``, where a rendered page break was recorded (None: no page break inside)."""
    cuts = {0, len(text)}
    names = [(m.start(), m.end()) for m in re.finditer(PLACE, text)]
    for a, b in names:
        cuts |= {a, b}
    at = None
    if mark:
        at = [m.start() for m in re.finditer(r"\S+", text)][mark]
        cuts.add(at)
    points = sorted(cuts)
    out = []
    for a, b in itertools.pairwise(points):
        name = (a, b) in names
        out.append(('<w:proofErr w:type="spellStart"/>' if name else "")
                   + _run(("<w:lastRenderedPageBreak/>" if a == at else "") + _t(text[a:b]))
                   + ('<w:proofErr w:type="spellEnd"/>' if name else ""))
    return "".join(out)


def _number_runs(label: str, variant: str, go_back: bool) -> str:
    """The typed number "12." and what follows it, as the variant was typed."""
    typed = f"{label}."
    if variant == "one-run":
        return _run(_t(typed) + "<w:tab/>")
    if variant == "leading-tab":
        return _run("<w:tab/>") + _run(_t(typed)) + _run("<w:tab/>")
    if variant == "split":
        head, tail = (typed[:-2], typed[-2:]) if len(label) > 1 else (label, ".")
        return _run(_t(head)) + _run(_t(tail)) + _run("<w:tab/>")
    if variant == "spaces":
        return _run(_t(f"{typed}  "))
    if variant == "bold":
        back = '<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>' if go_back else ""
        return _run(_t(typed), "<w:b/>") + back + _run("<w:tab/>")
    return _run(_t(typed)) + _run("<w:tab/>")


def _mark_first(xml: str) -> str:
    """Put a rendered page break at the very start of a paragraph's first run."""
    return xml.replace("<w:r>", "<w:r><w:lastRenderedPageBreak/>", 1) if "<w:rPr>" not in xml.split("</w:r>")[0] \
        else xml.replace("</w:rPr>", "</w:rPr><w:lastRenderedPageBreak/>", 1)


def render_docx(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render one single-numbered report into a content-control template, as a Word file."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn
    from docx.shared import Cm, Pt, RGBColor

    if report["numbering"] != "single":
        raise ValueError("the controls layout renders single numbering")
    document = _r._new_document(report)
    style = document.styles.add_style(PARA_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Normal"]
    style.paragraph_format.left_indent, style.paragraph_format.first_line_indent = Cm(1.27), Cm(-1.27)
    style.paragraph_format.tab_stops.add_tab_stop(Cm(1.27))
    guide = document.styles.add_style(GUIDANCE_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    guide.base_style = document.styles["Normal"]
    guide.font.italic, guide.font.color.rgb, guide.font.size = True, RGBColor(0x1F, 0x6F, 0xB5), Pt(10)
    document.styles.add_style("Placeholder Text", WD_STYLE_TYPE.CHARACTER).font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    footer = document.sections[0].footer.paragraphs[0]
    template = output.get("template", "")
    if template:  # the template's name and version, as its footer carries them
        footer._p.append(parse_xml(f'<w:r {nsdecls("w")}>{_t(template)}<w:tab/></w:r>'))
    footer._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:t xml:space="preserve">Page </w:t></w:r>'))
    footer._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    ids = {n: document.styles[n].style_id for n in ("Title", "Heading 1", "Heading 2", "List Bullet", PARA_STYLE,
                                                        GUIDANCE_STYLE)}
    body_el = document.element.body

    def append(xml: str) -> None:
        body_el.insert(len(body_el) - 1, parse_xml(f'<w:body {nsdecls("w")}>{xml}</w:body>')[0])

    cc = _Controls()
    flow, width = _r._WordFlow(), 80  # characters per line of a numbered paragraph
    placeholders: list[str] = []

    # ------------------------------------------------------------------ the cover, then the contents on a new page
    lines = _r.title_lines(report)  # the fiction label, the date, the publisher, then the title page's own lines
    cover = [_p(cc.sdt(_run(_t(report["title"])), "Review title", "title", kind="text"), ids["Title"]),
             _p(_run(_t(lines[0])))]
    month, year = report["date"].split()
    iso = f"{year}-{MONTHS.index(month) + 1:02d}-01"
    cover.append(_p(cc.sdt(_run(_t(report["date"])), "Date of publication", "pubdate", kind=f"date:{iso}")))
    boards = "|".join([report["publisher"], "Daventhorpe Safeguarding Children Partnership (fictional)"])
    cover.append(_p(cc.sdt(_run(_t(report["publisher"])), "Published by", "publisher", kind=f"list:{boards}")))
    for n, line in enumerate(lines[3:]):
        label, _, value = line.partition(": ")
        cover.append(_p(_run(_t(f"{label}: ")) + cc.sdt(_run(_t(value)), label, f"cover-{n}", kind="text")))
    cover_fields = []
    for label, prompt in output.get("cover_fields", []):
        field = cc.sdt(cc.placeholder(prompt), label, re.sub(r"\W+", "-", label.lower()),
                       kind="date:" if prompt == "date" else "text", prompt=prompt, showing=True)
        cover.append(_p(_run(_t(f"{label}: ")) + field))
        cover_fields.append(f"{label}: {PROMPTS[prompt][0]}")
        placeholders.append(PROMPTS[prompt][0])
    append(cc.sdt("".join(cover), "Cover page", "cover", lock="sdtLocked"))
    append(_p(_run('<w:br w:type="page"/>')))
    contents_at = len(body_el) - 1
    flow.hard_break()
    flow.fresh = False  # the contents control carries its own page mark

    # ------------------------------------------------------------------ the body
    def home(phrase: str) -> int:
        found = [i for i, b in enumerate(blocks) if b.kind in ("unnumbered", "para", "factor", "rec")
                 and phrase in b.text]
        if len(found) != 1:
            raise ValueError(f"phrase {phrase!r} must be in exactly one paragraph, found {len(found)}")
        return found[0]

    guidance = {home(g["before"]): " ".join(g["text"].split()) for g in report.get("guidance", [])}
    empty = {home(p["after"]): p["alias"] for p in report.get("placeholders", [])}
    toc: list[tuple[str, int, int]] = []
    entries: list[dict[str, Any]] = []
    counters = {"numbered": 0, "go_back": 1}

    def plain(runs: str, text_for_flow: str, style: str = "", width: int = 88) -> str:
        """A paragraph that is not a numbered one, placed in the flow (with a page mark where a page began)."""
        mark = flow.place(flow.wrap(text_for_flow, width))
        xml = _p(runs, style)
        if mark == 0:
            return _mark_first(xml)
        if mark:  # only text paragraphs can break inside; guidance is short
            raise ValueError("a template paragraph may not run over a page")
        return xml

    def guidance_xml(i: int) -> str:
        if i not in guidance:
            return ""
        xml = plain(_run(_t(guidance[i])), guidance[i], ids[GUIDANCE_STYLE])
        return cc.sdt(xml, "Guidance", "guidance", lock="sdtLocked")

    def empty_after(i: int) -> str:
        if i not in empty:
            return ""
        placeholders.append(PROMPTS["text"][0])
        xml = plain(cc.placeholder("text"), PROMPTS["text"][0])
        return cc.sdt(xml, empty[i], "optional", prompt="text", showing=True)

    def paragraph_xml(i: int) -> str:
        """A numbered paragraph (with its bullets), an unnumbered one or a recommendation, as XML."""
        b = blocks[i]
        before = flow.page
        if b.kind == "unnumbered":
            mark = flow.place(flow.wrap(b.text, 88))
            xml = _p(_text_runs(b.text, mark or None))
            return _mark_first(xml) if mark == 0 else xml
        if b.kind == "rec":
            mark = flow.place(flow.wrap(f"{b.label}: {b.text}", 88))
            head = _run(_t(f"{b.label}:"), "<w:b/>") + _run(_t(" "))
            inside = None if not mark else max(mark - len(b.label.split()), 1)
            xml = _p(head + _text_runs(b.text, inside))
            start = before + 1 if mark == 0 else before
            entries.append(_r.entry(b, start, flow.page > start))
            return _mark_first(xml) if mark == 0 else xml
        variant = VARIANTS[counters["numbered"] % len(VARIANTS)]
        counters["numbered"] += 1
        mark = flow.place(flow.wrap(b.text, width), after=0.3 if b.bullets else 1.0)
        number = _number_runs(b.label, variant, bool(counters["go_back"]) and variant == "bold")
        if variant == "bold":
            counters["go_back"] = 0
        xml = _p(number + _text_runs(b.text, mark or None), ids[PARA_STYLE])
        if mark == 0:
            xml = _mark_first(xml)
        for bullet in b.bullets:
            bmark = flow.place(flow.wrap(bullet, 82), after=0.3)
            bullet_xml = _p(_text_runs(bullet, bmark or None), ids["List Bullet"])
            xml += _mark_first(bullet_xml) if bmark == 0 else bullet_xml
        flow.line += 0.7 if b.bullets else 0.0
        start = before + 1 if mark == 0 else before
        entries.append(_r.entry(b, start, flow.page > start))
        return xml

    def heading_xml(i: int) -> str:
        b = blocks[i]
        if b.major:
            append(_p(_run('<w:br w:type="page"/>')))
            flow.hard_break()
        mark = flow.place(flow.wrap(b.text, 60), after=0.8, keep=2)
        xml = _p(_text_runs(b.text, None), ids["Heading 1" if b.level == 1 else "Heading 2"])
        toc.append((b.text, b.level, flow.page))
        return _mark_first(xml) if mark == 0 else xml

    chapters: list[tuple[int, list[tuple[int | None, list[int]]]]] = []
    for i, b in enumerate(blocks):
        if b.kind == "heading" and b.major:
            chapters.append((i, [(None, [])]))
        elif b.kind == "heading":
            chapters[-1][1].append((i, []))
        else:
            chapters[-1][1][-1][1].append(i)
    glossary_tables = []
    for n, (head, groups) in enumerate(chapters, start=1):
        title = blocks[head].text
        parts = [cc.sdt(heading_xml(head), "Section heading", "heading", lock="contentLocked")]
        for sub, items in groups:
            inner = [heading_xml(sub)] if sub is not None else []
            if items and blocks[items[0]].kind == "glossary":
                table = document.add_table(rows=0, cols=2)
                table.style = document.styles["Table Grid"]
                for abbr, meaning in blocks[items[0]].rows:
                    cells = table.add_row().cells
                    mark = flow.place(flow.wrap(meaning, 60), after=0.3, whole=True)
                    _r._rendered_runs(cells[0].paragraphs[0], abbr, None if mark is None else 0)
                    cells[1].paragraphs[0].add_run(meaning)
                glossary_tables.append(table._tbl)
                inner.append(cc.sdt(_p(_run(_t(MARKER))), "Glossary table", "glossary"))
            elif items and blocks[items[0]].kind == "rec":
                if any(i in guidance for i in items[1:]):
                    raise ValueError("the recommendations' guidance stands before the first of them")
                inner.append(guidance_xml(items[0]))
                recs = [cc.sdt(paragraph_xml(i), "Recommendation", "recommendation", kind="item") for i in items]
                placeholders.append(PROMPTS["text"][0])
                unused = plain(cc.placeholder("text"), PROMPTS["text"][0])
                recs.append(cc.sdt(unused, "Recommendation", "recommendation", kind="item", prompt="text",
                                   showing=True))
                inner.append(cc.sdt("".join(recs), "Recommendations", "recommendations", kind="repeat"))
            elif sub is not None and title == "Key events":  # each key episode an item of a repeating section
                episodes = [cc.sdt(guidance_xml(i) + paragraph_xml(i) + empty_after(i), "Key episode", "episode",
                                   kind="item") for i in items]
                inner.append(cc.sdt("".join(episodes), "Key episodes", "episodes", kind="repeat"))
            else:
                for i in items:
                    own = blocks[i].kind in ("para", "factor") and counters["numbered"] % 3 == 1
                    xml = guidance_xml(i) + paragraph_xml(i)
                    inner.append(cc.sdt(xml, "Paragraph", "para") if own else xml)
                    inner.append(empty_after(i))
            if sub is not None:
                parts.append(cc.sdt("".join(inner), f"Sub-heading: {blocks[sub].text}", "subsection"))
            else:
                parts.append("".join(inner))
        append(cc.sdt("".join(parts), f"Section: {title}", f"dsab-section-{n}", lock="sdtLocked"))
    for tbl in glossary_tables:  # each table into its control, in place of the marker paragraph
        marker = next(p for p in body_el.iter(qn("w:p")) if "".join(t.text or "" for t in p.iter(qn("w:t")))
                      == MARKER)
        marker.addprevious(tbl)
        marker.getparent().remove(marker)
    body_el.insert(contents_at, _r._sar_contents(toc))
    buf = io.BytesIO()
    document.save(buf)
    result = _r.expected(output, blocks, page_count=flow.page, paragraphs=entries,
                         running_header_lines=[report["running_title"], f"{template}\tPage N".lstrip("\t")],
                         contents_lines=[f"{text}\t{page}" for text, _level, page in toc],
                         placeholders=placeholders, cover_field_lines=cover_fields,
                         template_guidance=[guidance[i] for i in sorted(guidance)])
    return _r._deterministic_zip(buf.getvalue()), result
