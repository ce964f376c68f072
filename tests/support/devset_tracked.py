"""DOCX writer for the fictional development set, layout ``tracked``: a review published as the Word file its business
unit sent out, with the last round of TRACKED CHANGES and reviewers' COMMENTS still in it (never accepted, never
deleted), as happens when a "final" draft is uploaded in place of a clean copy:

* numbering ``two-level``, the numbers TYPED at the start of each paragraph ("3.2", a tab, the text, in a Normal
  paragraph with a hanging indent), chapter headings typed "3 Title" in Heading 1, subheadings unnumbered Heading 2;
* insertions (``w:ins`` around ``w:r``) of words that belong to the review, and deletions (``w:del`` around runs
  whose text is ``w:delText``) of words that do not; one whole paragraph deleted (its runs and its paragraph mark
  in ``w:del``), with the typed numbers of the paragraphs after it in its chapter changed by tracked changes (the old
  number deleted, the new one inserted: "<del>3.3</del><ins>3.2</ins>"); one numbered paragraph inserted whole;
* comments: ``w:commentRangeStart``/``w:commentRangeEnd`` around the commented words, a ``w:commentReference`` run,
  and the comments part (``word/comments.xml``);
* the review reads correctly with every change ACCEPTED: inserted text read, deleted text not (expected.json lists
  the deleted strings as ``deleted_text`` and the comments as ``comments``: neither is text of the review);
* reports.yaml ``revisions``: ``insert`` (phrases of the text shown as inserted), ``delete`` ({before: phrase,
  text: deleted words shown just before it}), ``paragraphs`` ({after: phrase in the paragraph after which a deleted
  paragraph stood, text}), ``inserted`` (the first words of paragraphs inserted whole); ``comments`` ({after: the
  commented phrase, text});
* a table-of-contents field, a hard page break before each chapter, a running header, a footer "Page" with a PAGE
  field, and ``w:lastRenderedPageBreak`` marks at every page start (:class:`devset_render._WordFlow`).

A paragraph's page is ``1 + the number of w:lastRenderedPageBreak marks before its first word``."""

from __future__ import annotations

import html
import io
import re
from typing import Any

from . import devset_render as _r

Block = _r.Block
AUTHORS = ("Business Support (Fallowmere)", "Lead Reviewer")
DATE = "2025-11-03T10:15:00Z"
GLOSSARY_HEAD = ("Abbreviation", "Meaning")
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _once(text: str, phrase: str) -> int:
    if text.count(phrase) != 1:
        raise ValueError(f"phrase {phrase!r} must occur exactly once in its paragraph")
    return text.index(phrase)


class _Writer:
    """Builds runs with tracked changes, comment ranges and rendered page marks."""

    def __init__(self, document: Any) -> None:
        self.document, self.rev = document, 100

    def _id(self) -> int:
        self.rev += 1
        return self.rev

    def run(self, text: str, kind: str = "", bold: bool = False) -> str:
        e = html.escape
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        parts = []
        for i, piece in enumerate(text.split("\t")):
            if i:
                parts.append("<w:tab/>")
            if piece:
                tag = "w:delText" if kind == "del" else "w:t"
                parts.append(f'<{tag} xml:space="preserve">{e(piece, quote=False)}</{tag}>')
        r = f"<w:r>{rpr}{''.join(parts)}</w:r>"
        if kind:
            tag = "w:ins" if kind == "ins" else "w:del"
            author = AUTHORS[0] if kind == "del" else AUTHORS[1]
            r = f'<{tag} w:id="{self._id()}" w:author="{author}" w:date="{DATE}">{r}</{tag}>'
        return r

    def paragraph(self, pieces: list[str], style: str | None = None, mark: str = "", indent: bool = False) -> Any:
        """Append a w:p holding the given XML pieces; ``mark``: "ins" or "del" for the paragraph mark itself."""
        from docx.oxml import parse_xml
        from docx.oxml.ns import nsdecls

        ppr = []
        if style:
            ppr.append(f'<w:pStyle w:val="{style}"/>')
        if indent:
            ppr.append('<w:ind w:left="851" w:hanging="851"/>')
        if mark:
            tag = "w:ins" if mark == "ins" else "w:del"
            author = AUTHORS[0] if mark == "del" else AUTHORS[1]
            ppr.append(f'<w:rPr><{tag} w:id="{self._id()}" w:author="{author}" w:date="{DATE}"/></w:rPr>')
        p = parse_xml(f'<w:p {nsdecls("w")}>{"<w:pPr>" + "".join(ppr) + "</w:pPr>" if ppr else ""}'
                      f'{"".join(pieces)}</w:p>')
        body = self.document.element.body
        body.insert(len(body) - 1, p)  # before the final w:sectPr
        return p


def _pieces(w: _Writer, text: str, *, kind: str = "", ins: list[str] = (), dels: list[dict] = (),
            comments: list[tuple[int, str]] = (), mark: int | None = None) -> list[str]:
    """Runs for ``text`` (the accepted text; all of it ``kind`` when given), with the phrases in ``ins`` inserted,
    the deletions placed before their phrase, comment ranges around their phrase and a page mark before word
    ``mark``."""
    starts: dict[int, list[str]] = {}
    ends: dict[int, list[str]] = {}
    kinds = [kind] * len(text)
    for phrase in ins:
        at = _once(text, phrase)
        for i in range(at, at + len(phrase)):
            kinds[i] = "ins"
    events: dict[int, list[str]] = {}
    if mark is not None:
        words = [m.start() for m in re.finditer(r"\S+", text)]
        events.setdefault(words[mark], []).append("<w:r><w:lastRenderedPageBreak/></w:r>")
    for d in dels:
        events.setdefault(_once(text, d["before"]), []).append(w.run(d["text"], "del"))
    for cid, phrase in comments:
        at = _once(text, phrase)
        starts.setdefault(at, []).append(f'<w:commentRangeStart w:id="{cid}"/>')
        ends.setdefault(at + len(phrase), []).append(
            f'<w:commentRangeEnd w:id="{cid}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
            f'<w:commentReference w:id="{cid}"/></w:r>')
    cuts = sorted({0, len(text), *starts, *ends, *events,
                   *(i for i in range(1, len(text)) if kinds[i] != kinds[i - 1])})
    out: list[str] = []
    for a, b in zip(cuts, [*cuts[1:], None], strict=True):
        out += ends.get(a, []) + events.get(a, []) + starts.get(a, [])
        if b is not None and b > a:
            out.append(w.run(text[a:b], kinds[a]))
    return out


def render_docx(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render one two-level report as a Word file with tracked changes and comments left in."""
    from docx.oxml.ns import qn

    if report["numbering"] != "two-level":
        raise ValueError("the tracked layout renders two-level numbering")
    revisions = report.get("revisions", {})
    document = _r._new_document(report)
    w = _Writer(document)
    footer = document.sections[0].footer.paragraphs[0]
    footer.add_run("Page ")
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    footer._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    flow, body = _r._WordFlow(), 74
    document.add_heading(report["title"], level=0)
    for text in _r.title_lines(report):
        document.add_paragraph(text)
    document.add_page_break()
    contents_at = len(document.element.body) - 1
    flow.hard_break()
    flow.fresh = False  # the contents control carries its own page mark

    # where each tracked change and comment goes: the block whose text holds its phrase
    def home(phrase: str) -> int:
        found = [i for i, b in enumerate(blocks) if b.kind in ("unnumbered", "para", "rec") and phrase in b.text]
        if len(found) != 1:
            raise ValueError(f"phrase {phrase!r} must be in exactly one paragraph, found {len(found)}")
        return found[0]

    ins: dict[int, list[str]] = {}
    for phrase in revisions.get("insert", []):
        ins.setdefault(home(phrase), []).append(phrase)
    dels: dict[int, list[dict]] = {}
    for d in revisions.get("delete", []):
        dels.setdefault(home(d["before"]), []).append(d)
    gone = {home(d["after"]): " ".join(d["text"].split()) for d in revisions.get("paragraphs", [])}
    whole = {home(start) for start in revisions.get("inserted", [])}
    comments: dict[int, list[tuple[int, str]]] = {}
    notes: list[str] = []
    for n, c in enumerate(report.get("comments", [])):
        note = " ".join(c["text"].split())
        author, _, _rest = note.partition(":")
        comment = document.comments.add_comment(text=note, author=author, initials="".join(
            x[0] for x in author.split()))
        comment._comment_elm.set(qn("w:date"), DATE)
        comments.setdefault(home(c["after"]), []).append((comment.comment_id, c["after"]))
        notes.append(note)
        assert comment.comment_id == n

    renumber: dict[int, tuple[str, str]] = {}  # block index -> (old printed number, new)
    for i in gone:
        j = i + 1
        while j < len(blocks) and not (blocks[j].kind == "heading" and blocks[j].major):
            if blocks[j].kind in ("para", "factor"):
                sec, kk = blocks[j].label.split(".")
                renumber[j] = (f"{sec}.{int(kk) + 1}", blocks[j].label)
            j += 1
    toc: list[tuple[str, int, int]] = []
    entries: list[dict[str, Any]] = []
    for i, b in enumerate(blocks):
        before = flow.page
        if b.kind == "heading":
            if b.major:
                document.add_page_break()
                flow.hard_break()
            p = document.add_heading("", level=b.level)
            _r._rendered_runs(p, b.text, flow.place(flow.wrap(b.text, 60), after=0.8, keep=2))
            toc.append((b.text, b.level, flow.page))
        elif b.kind == "glossary":
            table = document.add_table(rows=0, cols=2)
            table.style = document.styles["Table Grid"]
            for n, (abbr, meaning) in enumerate([GLOSSARY_HEAD, *b.rows]):
                cells = table.add_row().cells
                mark = flow.place(flow.wrap(meaning, 60), after=0.3, whole=True)
                _r._rendered_runs(cells[0].paragraphs[0], abbr, None if mark is None else 0)
                cells[1].paragraphs[0].add_run(meaning)
                if n == 0:
                    for cell in cells:
                        cell.paragraphs[0].runs[-1].bold = True
        elif b.kind == "unnumbered":
            mark = flow.place(flow.wrap(b.text, 88))
            w.paragraph(_pieces(w, b.text, ins=ins.get(i, []), dels=dels.get(i, []), comments=comments.get(i, []),
                                mark=mark))
        else:
            kind = "ins" if i in whole else ""
            if b.kind == "rec":
                mark = flow.place(flow.wrap(f"{b.label}: {b.text}", 88))
                label = [w.run(f"{b.label}:", kind, bold=True), w.run(" ", kind)]
                indent = False
            else:
                mark = flow.place(flow.wrap(b.text, body), after=0.3 if b.bullets else 1.0)
                if i in renumber:
                    old, new = renumber[i]
                    label = [w.run(old, "del"), w.run(new, "ins"), w.run("\t")]
                else:
                    label = [w.run(f"{b.label}\t", kind)]
                indent = True
            if mark == 0:
                label.insert(0, "<w:r><w:lastRenderedPageBreak/></w:r>")
            text = _pieces(w, b.text, kind=kind, ins=ins.get(i, []), dels=dels.get(i, []),
                           comments=comments.get(i, []), mark=mark or None)
            w.paragraph(label + text, indent=indent, mark=kind)
            for bullet in b.bullets:
                p = document.add_paragraph(style="List Bullet")
                _r._rendered_runs(p, bullet, flow.place(flow.wrap(bullet, 80), after=0.3))
            flow.line += 0.7 if b.bullets else 0.0
            start = before + 1 if mark == 0 else before
            entries.append(_r.entry(b, start, flow.page > start))
            if i in gone:  # the deleted paragraph that followed this one, still shown in the markup
                old = f"{b.label.split('.')[0]}.{int(b.label.split('.')[1]) + 1}"
                dmark = flow.place(flow.wrap(gone[i], body))
                pieces = [w.run(f"{old}\t", "del"), *_pieces(w, gone[i], kind="del", mark=dmark or None)]
                if dmark == 0:
                    pieces.insert(0, "<w:r><w:lastRenderedPageBreak/></w:r>")
                w.paragraph(pieces, indent=True, mark="del")
    document.element.body.insert(contents_at, _r._sar_contents(toc))
    buf = io.BytesIO()
    document.save(buf)
    result = _r.expected(output, blocks, page_count=flow.page, paragraphs=entries,
                         running_header_lines=[report["running_title"], "Page N"],
                         contents_lines=[f"{text}\t{page}" for text, _level, page in toc])
    result["comments"] = notes
    result["deleted_text"] = ([" ".join(d["text"].split()) for d in revisions.get("delete", [])]
                              + list(gone.values()))
    return _r._deterministic_zip(buf.getvalue()), result
