"""Development set of ENTIRELY FICTIONAL safeguarding reports, rendered as test fixtures.

``reports.yaml`` holds the structured text of three invented reports (Northmoor SCR, Kestrel Vale
Inquiry, Saltmarsh Review). :func:`write_documents` renders them into four files that exercise the
ingestion pipeline:

* ``fict-northmoor-scr-2019.pdf`` – three-level numbering ("4.9.5") as hanging labels, justified
  text, running header with "OFFICIAL", footer "Page N of M";
* ``fict-kestrel-vale-inquiry-2021.docx`` – two-level numbering ("3.12") typed at the start of the
  paragraph, Word heading styles, "List Bullet" bullets, explicit page breaks;
* ``fict-saltmarsh-review-2022.html`` – single running numbers ("12. ..."), h1/h2/h3, ``<ul>``
  bullets, with site banner, navigation, cookie notice and footer as noise;
* ``fict-saltmarsh-review-2022.pdf`` – the same Saltmarsh text as a second PDF layout (two-line
  running header, bare centred page number, left-aligned serif text), report id
  ``fict-saltmarsh-review-2022-pdf``.

Each file gets a ``FILE.meta.yaml`` sidecar, and ``expected.json`` records the ground truth the
parsers are tested against. Per report id it holds ``file``, ``format``, ``page_count``,
``paragraphs`` (``paragraph`` label such as "4.9.5", "3.12", "12" or "Recommendation 3";
``page`` on which the paragraph starts, 1-based, ``None`` for HTML; ``split_across_pages``;
``starts_with`` = first 8 words after the label; ``section`` = nearest heading as displayed),
``unnumbered_starts_with`` (foreword paragraphs), ``running_header_lines`` (header/footer or
site boilerplate strings, current page number written as ``N``), ``contents_lines`` (contents
entries exactly as drawn), ``hyphenated_words`` (words broken across a line with a soft hyphen,
which a parser must rejoin) and ``broken_compounds`` (hyphenated compounds such as
"multi-agency" broken at their own hyphen, which must keep the hyphen).

PDF page numbers are recorded during layout (``afterFlowable``) and the contents page is built in a
second pass with the real page numbers. DOCX pages are ``1 + number of explicit page breaks
before the paragraph``. All output is byte-for-byte deterministic.
"""

from __future__ import annotations

import datetime as _dt
import html
import io
import json
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as _xml_escape

import yaml

DEVSET_DIR: Path = Path(__file__).resolve().parent.parent / "data" / "devset"
FICTION_LABEL: str = "FICTIONAL DOCUMENT – written for software testing; not a real review"
REPORTS_YAML: Path = DEVSET_DIR / "reports.yaml"
QUESTIONS_YAML: Path = DEVSET_DIR / "questions.yaml"

__all__ = [
    "DEVSET_DIR",
    "FICTION_LABEL",
    "Block",
    "build_blocks",
    "load_questions",
    "load_reports",
    "paragraph_texts",
    "write_documents",
]

_SHY = "\u00ad"
# Words that receive a soft hyphen (at "|") in PDF body text, so the layout breaks some of them
# across lines ("safe-" / "guarding"). Longest first so "practitioners" wins over "practitioner".
_SHY_WORDS: dict[str, str] = {
    "responsibility": "respon|sibility",
    "practitioners": "practi|tioners",
    "professionals": "profes|sionals",
    "exploitation": "exploi|tation",
    "safeguarding": "safe|guarding",
    "practitioner": "practi|tioner",
    "professional": "profes|sional",
    "information": "infor|mation",
    "supervision": "super|vision",
    "assessments": "assess|ments",
    "assessment": "assess|ment",
    "particularly": "particu|larly",
    "relationships": "relation|ships",
    "considered": "consid|ered",
    "understanding": "under|standing",
    "intelligence": "intelli|gence",
    "recommendations": "recommend|ations",
    "arrangements": "arrange|ments",
    "significant": "signifi|cant",
    "experienced": "experi|enced",
    "communication": "communi|cation",
}
_SHY_RE = re.compile(r"\b(" + "|".join(_SHY_WORDS) + r")\b", re.IGNORECASE)
_FIXED_TIME = _dt.datetime(2020, 1, 1, 0, 0, 0)
_PUNCT = ",.;:!?)(\"'“”‘’"


@dataclass(frozen=True)
class Block:
    """One element of a report in reading order (after numbering)."""

    kind: str  # "heading" | "unnumbered" | "para" | "factor" | "rec"
    text: str = ""  # heading text as displayed, or paragraph body / factor-list lead-in
    label: str = ""  # "4.9.5", "3.12", "12", "Recommendation 3" (empty for others)
    level: int = 0  # heading level (1 or 2)
    bullets: tuple[str, ...] = ()
    section: str = ""  # nearest heading text as displayed
    major: bool = False  # level-1 heading (starts a new page in DOCX)


# --------------------------------------------------------------------------------------- data
def load_reports() -> list[dict[str, Any]]:
    """Return the parsed report definitions from ``reports.yaml``."""
    with REPORTS_YAML.open(encoding="utf-8") as fh:
        return list(yaml.safe_load(fh)["reports"])


def load_questions() -> list[dict]:
    """Parsed questions.yaml."""
    with QUESTIONS_YAML.open(encoding="utf-8") as fh:
        return list(yaml.safe_load(fh))


def _clean(text: str) -> str:
    return " ".join(str(text).split())


def build_blocks(report: dict[str, Any]) -> list[Block]:
    """Number a report definition and flatten it into :class:`Block` objects in reading order."""
    scheme = report["numbering"]
    if scheme not in {"three-level", "two-level", "single"}:
        raise ValueError(f"unknown numbering scheme {scheme!r}")
    blocks: list[Block] = []
    fw = report["foreword"]
    blocks.append(Block("heading", _clean(fw["heading"]), level=1, major=True))
    blocks += [Block("unnumbered", _clean(p), section=_clean(fw["heading"])) for p in fw["paragraphs"]]
    counter = 0

    def add_para(item: Any, label: str, section: str) -> None:
        if isinstance(item, str):
            blocks.append(Block("para", _clean(item), label=label, section=section))
        else:
            lead = _clean(item["lead"])
            if not lead.endswith(":") or not 4 <= len(item["bullets"]) <= 7:
                raise ValueError(f"factor list {label} needs a ':' lead-in and 4-7 bullets")
            bullets = tuple(_clean(b) for b in item["bullets"])
            blocks.append(Block("factor", lead, label=label, bullets=bullets, section=section))

    for i, sec in enumerate(report["sections"], start=1):
        h1 = _clean(sec["heading"]) if scheme == "single" else f"{i} {_clean(sec['heading'])}"
        blocks.append(Block("heading", h1, level=1, major=True))
        k = 0
        groups = [(None, sec.get("paragraphs", []))] + [
            (sub["heading"], sub["paragraphs"]) for sub in sec.get("subsections", [])
        ]
        for j, (sub_heading, items) in enumerate(groups):
            section = h1
            if sub_heading is not None:
                section = f"{i}.{j} {_clean(sub_heading)}" if scheme == "three-level" else _clean(sub_heading)
                blocks.append(Block("heading", section, level=2))
            for n, item in enumerate(items, start=1):
                k += 1
                counter += 1
                if scheme == "three-level":
                    if sub_heading is None:
                        raise ValueError("three-level numbering needs every paragraph in a subsection")
                    label = f"{i}.{j}.{n}"
                else:
                    label = f"{i}.{k}" if scheme == "two-level" else str(counter)
                add_para(item, label, section)
    recs = report["recommendations"]
    n_sec = len(report["sections"]) + 1
    rh = _clean(recs["heading"]) if scheme == "single" else f"{n_sec} {_clean(recs['heading'])}"
    blocks.append(Block("heading", rh, level=1, major=True))
    for n, item in enumerate(recs["items"], start=1):
        blocks.append(Block("rec", _clean(item), label=f"Recommendation {n}", section=rh))
    for b in blocks:  # a token ending in "-" would be indistinguishable from a line-break hyphen
        for word in [b.text, *b.bullets]:
            if re.search(r"\w-(\s|$)", word):
                raise ValueError(f"token ending in '-' in {b.label or b.text[:30]!r}")
    return blocks


def paragraph_texts() -> dict[tuple[str, str], str]:
    """Map ``(report_id, paragraph label)`` to the full plain text (lead-in plus bullets).

    Every output report id is included, so the Saltmarsh text appears under both its HTML and its
    PDF id.
    """
    out: dict[tuple[str, str], str] = {}
    for report in load_reports():
        for block in build_blocks(report):
            if block.label:
                text = " ".join([block.text, *block.bullets])
                for output in report["outputs"]:
                    out[(output["report_id"], block.label)] = text
    return out


def _starts_with(text: str) -> str:
    return " ".join(text.split()[:8])


def _entry(block: Block, page: int | None = None, split: bool = False) -> dict[str, Any]:
    return {
        "paragraph": block.label,
        "page": page,
        "split_across_pages": split,
        "starts_with": _starts_with(block.text),
        "section": block.section,
    }


def _expected(output: dict[str, Any], blocks: list[Block], **extra: Any) -> dict[str, Any]:
    result: dict[str, Any] = {
        "file": output["file"],
        "format": output["format"],
        "page_count": None,
        "paragraphs": [_entry(b) for b in blocks if b.label],
        "unnumbered_starts_with": [_starts_with(b.text) for b in blocks if b.kind == "unnumbered"],
        "running_header_lines": [],
        "contents_lines": [],
        "hyphenated_words": [],
        "broken_compounds": [],
    }
    result.update(extra)
    return result


# ---------------------------------------------------------------------------------------- PDF
def _soft_hyphenate(text: str) -> str:
    def repl(m: re.Match[str]) -> str:
        word = m.group(0)
        cut = _SHY_WORDS[word.lower()].index("|")
        return word[:cut] + _SHY + word[cut:]

    return _SHY_RE.sub(repl, text)


def _bullet_font() -> str:
    """Register reportlab's bundled Vera TTF: the standard fonts encode "•" as an unmapped code."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "DevsetVera" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DevsetVera", "Vera.ttf"))
    return "DevsetVera"


def _render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Lay out one report as PDF; return the bytes and its expected.json entry."""
    from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import (
        BaseDocTemplate,
        Flowable,
        Frame,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Paragraph,
        Spacer,
    )

    layout = output["layout"]
    north = layout == "northmoor"
    body_font = "Helvetica" if north else "Times-Roman"
    size, leading = (10.5, 14.5) if north else (11, 15)
    align = TA_JUSTIFY if north else TA_LEFT

    def st(name: str, **kw: Any) -> ParagraphStyle:
        base = dict(fontName=body_font, fontSize=size, leading=leading, alignment=align,
                    spaceAfter=6, embeddedHyphenation=1, uriWasteReduce=0,
                    bulletFontName=body_font, bulletFontSize=size)
        base.update(kw)
        return ParagraphStyle(name, **base)

    styles = {
        "title": st("title", fontName="Helvetica-Bold", fontSize=22, leading=28, alignment=TA_LEFT, spaceAfter=18),
        "cover": st("cover", fontSize=12, leading=17, alignment=TA_LEFT, spaceAfter=10),
        "h1": st("h1", fontName="Helvetica-Bold", fontSize=15 if north else 16, leading=20,
                 alignment=TA_LEFT, spaceBefore=14, spaceAfter=8, keepWithNext=1),
        "h2": st("h2", fontName="Helvetica-Bold" if north else "Helvetica-BoldOblique", fontSize=12,
                 leading=16, alignment=TA_LEFT, spaceBefore=8, spaceAfter=6, keepWithNext=1),
        "body": st("body"),
        "num": st("num", leftIndent=1.6 * cm, bulletIndent=0) if north else st("num"),
        "bullet": st("bullet", bulletFontName=_bullet_font(), leftIndent=2.3 * cm if north else 1.0 * cm,
                     bulletIndent=1.7 * cm if north else 0.4 * cm, spaceAfter=3),
        "reclabel": st("reclabel", fontName="Helvetica-Bold", alignment=TA_LEFT, spaceAfter=2, keepWithNext=1),
    }
    header_lines = [report["running_title"], "OFFICIAL"]
    footer_tpl = "Page {n} of {m}" if north else "{n}"
    margins = (dict(leftMargin=2.5 * cm, rightMargin=2.5 * cm, topMargin=3.0 * cm, bottomMargin=2.5 * cm)
               if north else
               dict(leftMargin=3.0 * cm, rightMargin=2.2 * cm, topMargin=3.4 * cm, bottomMargin=2.4 * cm))
    plain_tokens = {w.strip(_PUNCT) for b in blocks for t in (b.text, *b.bullets) for w in t.split()}

    class KeyedParagraph(Paragraph):
        """Paragraph that remembers which report paragraph it belongs to, across splits."""

        devset_key: str | None = None
        devset_uid: int = 0

        def split(self, availWidth: float, availHeight: float) -> list[Any]:
            parts = super().split(availWidth, availHeight)
            for part in parts:
                part.devset_key, part.devset_uid = self.devset_key, self.devset_uid
            return parts

    class ContentsLine(Flowable):
        """One contents entry: heading, dot leaders and page number drawn as a single string."""

        def __init__(self, text: str, page: str, indent: float) -> None:
            super().__init__()
            self.text, self.page, self.indent, self.drawn = text, page, indent, ""

        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            font, fs = body_font, size
            room = availWidth - self.indent - stringWidth(f"{self.text}  {self.page}", font, fs)
            self.drawn = f"{self.text} {'.' * max(3, int(room / stringWidth('.', font, fs)) - 1)} {self.page}"
            return availWidth, leading + 3

        def draw(self) -> None:
            self.canv.setFont(body_font, size)
            self.canv.drawString(self.indent, 4, self.drawn)

    class Doc(BaseDocTemplate):
        def __init__(self, buf: io.BytesIO, total: int) -> None:
            super().__init__(buf, pagesize=A4, invariant=1, title=report["title"],
                             author=report["publisher"], subject=FICTION_LABEL, **margins)
            frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="f",
                          leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
            self.addPageTemplates([PageTemplate("title", [frame]),
                                   PageTemplate("body", [frame], onPage=self.decorate)])
            self.total = total
            self.records: dict[str, list[int]] = {}
            self.contents: list[str] = []
            self.soft: list[str] = []
            self.hard: list[str] = []
            self.pending: dict[int, str] = {}
            self.last_page = 0

        def decorate(self, canv: Any, doc: Any) -> None:
            w, h = A4
            canv.saveState()
            canv.setFont("Helvetica", 8.5)
            if north:
                canv.drawString(self.leftMargin, h - 1.6 * cm, header_lines[0])
                canv.drawRightString(w - self.rightMargin, h - 1.6 * cm, header_lines[1])
                canv.setLineWidth(0.5)
                canv.line(self.leftMargin, h - 1.8 * cm, w - self.rightMargin, h - 1.8 * cm)
                canv.drawCentredString(w / 2, 1.3 * cm, footer_tpl.format(n=doc.page, m=self.total))
            else:
                canv.drawCentredString(w / 2, h - 1.5 * cm, header_lines[0])
                canv.drawCentredString(w / 2, h - 1.9 * cm, header_lines[1])
                canv.setFont("Times-Roman", 10)
                canv.drawCentredString(w / 2, 1.2 * cm, footer_tpl.format(n=doc.page))
            canv.restoreState()

        def afterPage(self) -> None:
            self.last_page = self.page

        def afterFlowable(self, flowable: Any) -> None:
            if isinstance(flowable, ContentsLine):
                self.contents.append(flowable.drawn)
            key = getattr(flowable, "devset_key", None)
            if key is None:
                return
            rec = self.records.setdefault(key, [self.page, self.page])
            rec[1] = self.page
            self.scan_hyphens(flowable)

        def scan_hyphens(self, para: Any) -> None:
            """Find words broken at a line end (soft hyphen or a compound's own hyphen)."""
            uid = para.devset_uid
            for line in para.blPara.lines:
                if isinstance(line, tuple):
                    words = [str(w).replace(_SHY, "") for w in line[1]]
                else:
                    words = "".join(getattr(f, "text", "") for f in line.words).replace(_SHY, "").split()
                if not words:
                    continue
                if uid in self.pending:
                    frag, nxt = self.pending.pop(uid), words[0].strip(_PUNCT)
                    if frag + nxt in plain_tokens:
                        self.hard.append(frag + nxt)
                    elif frag[:-1] + nxt in plain_tokens and (frag[:-1] + nxt).lower() in _SHY_WORDS:
                        self.soft.append(frag[:-1] + nxt)
                    else:
                        raise RuntimeError(f"unexpected line-end hyphen {frag!r} + {nxt!r}")
                if len(words[-1]) > 1 and words[-1].endswith("-"):
                    self.pending[uid] = words[-1].lstrip(_PUNCT)

    def story(pages: dict[str, int] | None) -> list[Any]:
        uid = iter(range(1, 10**6))

        def para(text: str, style: str, key: str | None, bullet: str | None = None, shy: bool = False) -> Any:
            markup = _xml_escape(text)
            p = KeyedParagraph(_soft_hyphenate(markup) if shy else markup, styles[style], bulletText=bullet)
            p.devset_key, p.devset_uid = key, next(uid)
            return p

        flow: list[Any] = [Spacer(1, 4 * cm), para(report["title"], "title", None)]
        flow += [para(t, "cover", None) for t in (FICTION_LABEL, report["date"], report["publisher"])]
        flow += [NextPageTemplate("body"), PageBreak(), para("Contents", "h1", None)]
        for idx, b in enumerate(blocks):
            if b.kind == "heading":
                page = str(pages[f"H{idx}"]) if pages else "00"
                flow.append(ContentsLine(b.text, page, 0 if b.level == 1 else 0.8 * cm))
        flow.append(PageBreak())
        for idx, b in enumerate(blocks):
            if b.kind == "heading":
                if b.major and idx > 0 and blocks[idx - 1].kind == "unnumbered":
                    flow.append(PageBreak())
                flow.append(para(b.text, "h1" if b.level == 1 else "h2", f"H{idx}"))
            elif b.kind == "unnumbered":
                flow.append(para(b.text, "body", None, shy=True))
            elif b.kind in ("para", "factor"):
                if north:
                    flow.append(para(b.text, "num", b.label, bullet=b.label, shy=True))
                else:
                    flow.append(para(f"{b.label}. {b.text}", "num", b.label, shy=True))
                flow += [para(t, "bullet", b.label, bullet="•", shy=True) for t in b.bullets]
            elif north:
                flow.append(para(b.label, "reclabel", b.label))
                flow.append(para(b.text, "body", b.label, shy=True))
            else:
                flow.append(para(f"{b.label}: {b.text}", "body", b.label, shy=True))
        return flow

    pages: dict[str, int] | None = None
    total, previous = 0, None
    for _ in range(4):  # iterate until page numbers are stable (normally two passes)
        buf = io.BytesIO()
        doc = Doc(buf, total)
        doc.build(story(pages))
        state = (doc.records, doc.last_page)
        if state == previous:
            break
        previous, total = state, doc.last_page
        pages = {k: v[0] for k, v in doc.records.items() if k.startswith("H")}
    else:
        raise RuntimeError("PDF layout did not stabilise")
    entries = []
    for b in blocks:
        if b.label:
            start, end = doc.records[b.label]
            entries.append(_entry(b, start, end > start))
    expected = _expected(
        output, blocks, page_count=doc.last_page, paragraphs=entries,
        running_header_lines=[*header_lines, footer_tpl.format(n="N", m=doc.last_page)],
        contents_lines=doc.contents, hyphenated_words=list(dict.fromkeys(doc.soft)),
        broken_compounds=list(dict.fromkeys(doc.hard)))
    return buf.getvalue(), expected


# --------------------------------------------------------------------------------------- DOCX
def _deterministic_zip(data: bytes) -> bytes:
    """Rewrite a zip archive with fixed timestamps so repeated builds are byte-identical."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zinfo = zipfile.ZipInfo(info.filename, date_time=(2020, 1, 1, 0, 0, 0))
            zinfo.compress_type = zipfile.ZIP_DEFLATED
            zinfo.external_attr = 0o644 << 16
            dst.writestr(zinfo, src.read(info.filename))
    return out.getvalue()


def _render_docx(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render one report as DOCX with explicit page breaks; return bytes and expected entry."""
    import docx

    document = docx.Document()
    props = document.core_properties
    props.title, props.author, props.subject = report["title"], report["publisher"], FICTION_LABEL
    props.created = props.modified = props.last_printed = _FIXED_TIME
    props.last_modified_by, props.revision = "devset generator", 1
    section = document.sections[0]
    section.different_first_page_header_footer = True
    section.header.paragraphs[0].text = report["running_title"]

    # Page plan: 1 title, 2 contents, then a page break before every level-1 heading.
    page_of: list[int] = []
    page = 2
    for b in blocks:
        page += 1 if b.kind == "heading" and b.major else 0
        page_of.append(page)

    document.add_heading(report["title"], level=0)
    for text in (FICTION_LABEL, report["date"], report["publisher"]):
        document.add_paragraph(text)
    document.add_page_break()
    document.add_paragraph().add_run("Contents").bold = True
    contents = [f"{b.text}\t{page_of[i]}" for i, b in enumerate(blocks) if b.kind == "heading" and b.major]
    for line in contents:
        document.add_paragraph(line)
    entries = []
    for i, b in enumerate(blocks):
        if b.kind == "heading":
            if b.major:
                document.add_page_break()
            document.add_heading(b.text, level=b.level)
        elif b.kind == "unnumbered":
            document.add_paragraph(b.text)
        elif b.kind in ("para", "factor"):
            document.add_paragraph(f"{b.label} {b.text}")
            for bullet in b.bullets:
                document.add_paragraph(bullet, style="List Bullet")
        else:
            p = document.add_paragraph()
            p.add_run(f"{b.label}:").bold = True
            p.add_run(f" {b.text}")
        if b.label:
            entries.append(_entry(b, page_of[i], False))
    buf = io.BytesIO()
    document.save(buf)
    expected = _expected(output, blocks, page_count=page_of[-1], paragraphs=entries,
                         running_header_lines=[report["running_title"]], contents_lines=contents)
    return _deterministic_zip(buf.getvalue()), expected


# --------------------------------------------------------------------------------------- HTML
_HTML_BANNER = "Saltmarsh Safeguarding Partnership (fictional)"
_HTML_TAGLINE = "Working together to keep children safe"
_HTML_FOOTER = "© Saltmarsh Safeguarding Partnership (fictional)"
_HTML_COOKIE = "We use cookies to make this website work and to understand how it is used."


def _render_html(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render one report as a web page with site furniture; return bytes and expected entry."""
    e = html.escape
    anchors = {i: f"section-{n}" for n, i in enumerate(
        (i for i, b in enumerate(blocks) if b.kind == "heading" and b.major), start=1)}
    contents = [blocks[i].text for i in anchors]
    out = [
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        f"<title>{e(report['title'])} | {e(_HTML_BANNER)}</title>",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<script>window.dataLayer = window.dataLayer || []; dataLayer.push({page: 'review'});</script>",
        "</head>", "<body>",
        '<div class="cookie-notice" id="cookie-banner" role="region" aria-label="Cookies">',
        f"<p>{e(_HTML_COOKIE)}</p>",
        '<button type="button">Accept all cookies</button> <button type="button">Reject optional cookies</button>',
        "</div>",
        '<header class="site-header">', f'<div class="banner"><a href="/">{e(_HTML_BANNER)}</a></div>',
        f'<p class="tagline">{e(_HTML_TAGLINE)}</p>', "</header>",
        '<nav class="site-nav" aria-label="Main menu"><ul>',
        *(f'<li><a href="{href}">{e(t)}</a></li>' for href, t in [
            ("/", "Home"), ("/about/", "About us"), ("/reviews/", "Case reviews"),
            ("/training/", "Training"), ("/contact/", "Contact us")]),
        "</ul></nav>",
        '<main id="content">', "<article>", f"<h1>{e(report['title'])}</h1>",
        f'<p class="fiction-label"><strong>{e(FICTION_LABEL)}</strong></p>',
        f'<p class="meta">Published {e(report["date"])} by {e(report["publisher"])}</p>',
        '<nav class="contents" aria-label="On this page"><p>On this page</p><ul>',
        *(f'<li><a href="#{anchors[i]}">{e(blocks[i].text)}</a></li>' for i in anchors),
        "</ul></nav>",
    ]
    open_section = False
    for i, b in enumerate(blocks):
        if b.kind == "heading" and b.major:
            out += ["</section>"] if open_section else []
            out += [f'<section id="{anchors[i]}">', f"<h2>{e(b.text)}</h2>"]
            open_section = True
        elif b.kind == "heading":
            out.append(f"<h3>{e(b.text)}</h3>")
        elif b.kind == "unnumbered":
            out.append(f"<p>{e(b.text)}</p>")
        elif b.kind in ("para", "factor"):
            out.append(f'<p id="para-{b.label}">{e(b.label)}. {e(b.text)}</p>')
            if b.bullets:
                out += ["<ul>", *(f"<li>{e(t)}</li>" for t in b.bullets), "</ul>"]
        else:
            out.append(f'<p class="recommendation"><strong>{e(b.label)}:</strong> {e(b.text)}</p>')
    out += ["</section>", "</article>", "</main>",
            '<footer class="site-footer">',
            '<ul><li><a href="/accessibility/">Accessibility</a></li><li><a href="/privacy/">Privacy</a></li></ul>',
            f"<p>{e(_HTML_FOOTER)}</p>", "</footer>", "</body>", "</html>", ""]
    expected = _expected(output, blocks, contents_lines=contents,
                         running_header_lines=[_HTML_BANNER, _HTML_TAGLINE, _HTML_COOKIE, _HTML_FOOTER])
    return "\n".join(out).encode("utf-8"), expected


# --------------------------------------------------------------------------------------- main
_RENDERERS = {"pdf": _render_pdf, "docx": _render_docx, "html": _render_html}


def _write_if_changed(path: Path, data: bytes) -> None:
    if not path.exists() or path.read_bytes() != data:
        path.write_bytes(data)


def write_documents(out_dir: Path) -> list[Path]:
    """Write the 4 fictional report files (2 PDF, 1 DOCX, 1 HTML) into out_dir, each with a sidecar
    FILE.meta.yaml (e.g. fict-northmoor-scr-2019.pdf.meta.yaml) holding keys: report_id, title,
    short_name, year (int), url (null), fictional: true. Also writes out_dir/expected.json.
    Returns the report file paths (not sidecars). Deterministic; idempotent."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    expected: dict[str, Any] = {}
    for report in load_reports():
        blocks = build_blocks(report)
        for output in report["outputs"]:
            data, exp = _RENDERERS[output["format"]](report, output, blocks)
            path = out_dir / output["file"]
            _write_if_changed(path, data)
            meta = {
                "report_id": output["report_id"],
                "title": report["title"],
                "short_name": output["short_name"],
                "year": int(report["year"]),
                "url": None,
                "fictional": True,
            }
            meta_text = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True)
            _write_if_changed(out_dir / f"{output['file']}.meta.yaml", meta_text.encode("utf-8"))
            expected[output["report_id"]] = exp
            paths.append(path)
    text = json.dumps(expected, indent=2, ensure_ascii=False) + "\n"
    _write_if_changed(out_dir / "expected.json", text.encode("utf-8"))
    return paths
