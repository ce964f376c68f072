"""PDF specifics on small real files made here with reportlab (fictional text)."""

from __future__ import annotations

from pathlib import Path

from inquiry_lessons.index.ingest.parse import parse
from inquiry_lessons.index.ingest.passages import cut_passages


def _pdf_with_footnote(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    _width, height = A4
    lines_p1 = ["2.1 The fictional panel read every record held by the six agencies and then met",
                "the practitioners, who described a service under strain and a culture in which"]
    pages = ((1, lines_p1), (2, ["concerns were rarely escalated beyond the team manager.",
                                 "2.2 The panel then considered the role of the board itself."]),
             (3, ["2.3 Finally the panel spoke with the family about what had happened."]))
    for page, lines in pages:
        c.setFont("Helvetica", 8)
        c.drawString(72, height - 30, "Fictional Review of Testshire")
        c.drawString(280, 20, f"Page {page} of 3")
        c.setFont("Helvetica", 11)
        y = height - 100
        for text in lines:
            c.drawString(72, y, text)
            y -= 15
        if page == 1:
            c.setFont("Helvetica", 7.5)
            c.drawString(72, 60, "1 A fictional footnote citing Working Together guidance (2018).")
        c.showPage()
    c.save()
    return path


def test_paragraph_across_a_page_break_skips_footnote_and_running_matter(tmp_path):
    doc = parse(_pdf_with_footnote(tmp_path / "fn.pdf"))
    ps = {p.paragraph: p for p in cut_passages(doc.blocks, "r")}
    assert ps["2.1"].page == 1 and ps["2.2"].page == 2
    assert ps["2.1"].text.endswith("a culture in which concerns were rarely escalated beyond the team manager.")
    everything = " ".join(p.text for p in ps.values())
    assert "footnote" not in everything and "Testshire" not in everything and "Page" not in everything


def test_a_long_pdf_read_in_two_processes_gives_the_same_lines(tmp_path, monkeypatch):
    """Page ranges read by forked processes are joined in page order: the same lines as one process."""
    from inquiry_lessons.index.ingest.parse import page_ranges
    from inquiry_lessons.index.ingest.parse import pdf as pdf_parser
    from tests.support.files import text_pdf

    paras = [f"{n}. Fictional paragraph {n} about supervision and the voice of the child. " * 6 for n in range(1, 121)]
    path = text_pdf(tmp_path / "long.pdf", paras)
    n_pages = pdf_parser._page_count(path)
    assert n_pages >= 10
    monkeypatch.setattr(page_ranges, "processes", lambda n: 1)
    one = pdf_parser._read_lines(path)
    monkeypatch.setattr(page_ranges, "processes", lambda n: 2)
    two = pdf_parser._read_lines(path)
    assert two[0] == one[0] and two[1:] == one[1:]
    assert [ln.page for page in two[0] for ln in page] == sorted(ln.page for page in one[0] for ln in page)
    monkeypatch.undo()
    assert page_ranges.processes(page_ranges.MIN_PAGES - 1) == 1  # short files stay in one process


def test_a_failure_in_either_half_is_raised_and_leaves_no_process(tmp_path, monkeypatch):
    import contextlib
    import os

    import pytest

    from inquiry_lessons.index.errors import CorruptDocument
    from inquiry_lessons.index.ingest.parse import page_ranges

    def reader(failing_half: int):
        def read(path, start, stop, columns):
            if (start > 0) == bool(failing_half):
                raise CorruptDocument(f"{path}: fictional failure in pages from {start}")
            return [[f"line of page {start}"]], 0, {}
        return read

    monkeypatch.setattr(page_ranges, "processes", lambda n: 2)
    for half in (0, 1):  # this process's half, the child's half
        with pytest.raises(CorruptDocument, match="fictional failure"):
            page_ranges.read_in_ranges(reader(half), tmp_path / "x.pdf", 40, True)
        with contextlib.suppress(ChildProcessError):  # the child was waited for: none is left unreaped
            assert os.waitpid(-1, os.WNOHANG)[0] == 0


def test_lean_character_dicts_equal_pdfplumbers_on_every_test_pdf():
    """index/ingest/parse/chars.py builds each character's dict itself: on every PDF under tests/data it must
    give exactly what pdfplumber gives (keys, values, order), and leave other objects to pdfplumber."""
    import pdfplumber

    from inquiry_lessons.index.ingest.parse.chars import lean_objects

    data = Path(__file__).parent / "data"
    checked = chars = 0
    for path in sorted(data.rglob("*.pdf")):
        try:
            with pdfplumber.open(path) as plain, pdfplumber.open(path) as lean:
                for a, b in zip(plain.pages[:8], lean.pages[:8], strict=True):
                    want = a.objects
                    got = lean_objects(b).objects
                    assert [list(o) for o in got.get("char", [])] == [list(o) for o in want.get("char", [])], path
                    assert got["char"] == want["char"] if "char" in want else "char" not in got, path
                    # other objects are pdfplumber's own either way (an image holds objects of its file)
                    assert {k: len(v) for k, v in got.items()} == {k: len(v) for k, v in want.items()}, path
                    chars += len(want.get("char", []))
        except AssertionError:
            raise
        except Exception:  # encrypted or damaged on purpose: the parser's own tests cover those
            continue
        checked += 1
    assert checked >= 40 and chars >= 10_000


def _overprinted_with_index(path: Path) -> Path:
    """Bold faked by a printer driver (a heading and each number drawn twice, 0.36 pt apart, in the regular
    face), "ll" and ".." as look-alikes, and a back-of-book index on the last page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    _width, height = A4
    c.setFont("Helvetica", 11)

    def bold(x: float, y: float, text: str) -> None:
        c.drawString(x, y, text)
        c.drawString(x + 0.36, y, text)

    bold(72, height - 80, "3. Analysis of practice")
    rows = [("3.1", "The school nurse will call... All the staff knew of the eviction notice."),
            ("3.2", "The fictional panel found that nobody joined the pieces together."),
            ("3.3", "Supervision records show the social worker voiced her unease."),
            ("3.4", "The review panel accepted this analysis when it met in July.")]
    y = height - 110
    for number, text in rows:
        bold(72, y, number)
        c.drawString(100, y, text)
        y -= 15
    c.showPage()
    c.setFont("Helvetica-Bold", 16)
    c.drawString(72, height - 80, "Index")
    c.setFont("Helvetica", 9)
    entries = ["References are to paragraph numbers.", "A", "Assessment, 3.1, 3.2", "of risk, 3.1–3.2",
               "E", "Eviction, 3.1", "Escalation, 3.2", "S", "School nursing, 3.1, 3.2"]
    for n, text in enumerate(entries):
        c.drawString(72, height - 110 - 12 * n, text)
    c.showPage()
    c.save()
    return path


def test_overprinted_bold_is_read_once_as_bold_and_an_index_is_no_paragraphs_text(tmp_path):
    doc = parse(_overprinted_with_index(tmp_path / "fict-overprint.pdf"))
    heading = next(b for b in doc.blocks if "Analysis" in b.text)
    assert (heading.kind, heading.text) == ("heading", "3. Analysis of practice")
    passages = {p.paragraph: p.text for p in cut_passages(doc.blocks, "fict")}
    assert passages["3.1"] == "The school nurse will call... All the staff knew of the eviction notice."
    assert passages["3.4"] == "The review panel accepted this analysis when it met in July."


def test_a_blank_pages_notice_and_a_letters_close_are_no_paragraphs_text(tmp_path):
    """A printed report's verso "This page is intentionally left blank" between chapters, and a published
    letter's "Yours sincerely," and signature after its last numbered paragraph. FICTIONAL text."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "letter.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    pages = [[f"1.{n} The fictional panel read the records of agency {n} and met its staff." for n in (1, 2, 3)],
             ["This page is intentionally left blank"],
             ["2.1 The panel thanks the board for the chance to comment on the report.", "Yours sincerely,",
              "Dr A Example", "Chair of the fictional panel"]]
    for lines in pages:
        c.setFont("Helvetica", 11)
        for i, text in enumerate(lines):
            c.drawString(72, 740 - 15 * i, text)
        c.showPage()
    c.save()
    ps = {p.paragraph: p for p in cut_passages(parse(path).blocks, "r")}
    assert ps["1.3"].text.endswith("met its staff.") and ps["2.1"].text.endswith("comment on the report.")
    assert not any("blank" in p.text for p in ps.values())


def _printed_with_markup(path: Path) -> Path:
    """A FICTIONAL draft printed from Word with its markup: the page shrunk on the sheet's upper part beside a
    pane of comment balloons, deleted words struck through (the old number "3.9" before the new "3.8"), inserted
    words underlined, a dashed connector from a commented word to its balloon, and the footer well above the
    sheet's foot."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    _w, h = A4
    said = ["The health visitor planned two visits for the autumn and neither took place.",
            "The school saw that the boy was thinner and told the family doctor in writing.",
            "Nobody asked the family why the children were seen less often in the village."]
    for page in (1, 2, 3):
        c.setFont("Helvetica", 7)
        c.drawString(50, h - 40, "Fictional Learning Review: Testshire")
        c.drawString(50, 0.32 * h, f"DRAFT v0.6 - not for circulation        Page {page} of 3")
        c.setFillColorRGB(0.97, 0.97, 0.97)
        c.rect(430, 0.3 * h, 165, 0.7 * h, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        y = h - 160
        for n, text in enumerate(said[page - 1:] + said[:page - 1], start=1):
            old, new = f"3.{3 * page + n}", f"3.{3 * page + n - 1}"
            c.setFont("Helvetica", 8)
            c.drawString(50, y, old)
            width = c.stringWidth(old, "Helvetica", 8)
            c.setStrokeColorRGB(0.7, 0.1, 0.1)
            c.setLineWidth(0.4)
            c.line(50, y + 2.8, 50 + width, y + 2.8)  # struck through: the old number
            c.drawString(50 + width + 1, y, new)
            c.line(50 + width + 1, y - 1.2, 50 + width + 1 + c.stringWidth(new, "Helvetica", 8), y - 1.2)  # inserted
            c.drawString(90, y, text)
            if n == 2:
                c.setDash(2, 2)
                c.line(200, y + 2.8, 430, y + 2.8)  # a connector to the balloon, through the line's words
                c.setDash()
                c.setFont("Helvetica", 6)
                c.drawString(440, y, "Commented [LM1]: Panel view on this wording?")
            y -= 14
        c.showPage()
    c.save()
    return path


def test_a_draft_printed_with_its_markup_reads_with_every_change_accepted(tmp_path):
    passages = cut_passages(parse(_printed_with_markup(tmp_path / "markup.pdf")).blocks, "fict")
    numbered = [(p.paragraph, p.page) for p in passages if p.paragraph]
    assert numbered == [(f"3.{n}", (n - 3) // 3 + 1) for n in range(3, 12)]
    text = " ".join(p.text for p in passages)
    assert "Commented" not in text and "Panel view" not in text and "DRAFT" not in text
    assert "The school saw that the boy was thinner and told the family doctor in writing." in text


def _deck_pdf(path: Path, carried_title: str) -> Path:
    """A FICTIONAL deck saved as PDF, one 16:9 slide a page: typed numbers with the text hung to their right,
    paragraph 6.2 cut by the first slide's foot and running on, hung with no number, on the next slide under
    ``carried_title``, then 6.3."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=(960, 540), invariant=1)
    slides = [("Capacity and choice",
               [("6.1", ["The fictional home care agency saw the unopened post and told nobody about it.",
                         "The panel heard this from the agency's manager at Testbury in May."]),
                ("6.2", ["The fictional surgery did not know that other services were worried about her.",
                         "A meeting under the self-neglect protocol was suggested but never held."])]),
              (carried_title,
               [("", ["The landlord recorded the arrears but did not connect them with her health.",
                      "The housing manager confirmed this account at Testbury in June."]),
                ("6.3", ["The fictional fire service learned of the hoarding weeks after it was first seen.",
                         "Practitioners came back to it at the Testbury workshop in April."])])]
    for title, paras in slides:
        c.setFont("Helvetica-Bold", 28)
        c.drawString(60, 470, title)
        y = 400.0
        for number, lines in paras:
            c.setFont("Helvetica", 18)
            c.drawString(60, y, number)
            for text in lines:
                c.drawString(104, y, text)
                y -= 24
            y -= 14
        c.showPage()
    c.save()
    return path


def test_a_slide_title_repeated_with_continued_carries_the_paragraph_on(tmp_path):
    """Blind round 69: PowerPoint saved as PDF, paragraph 6.2 cut by a slide's end and run on, hung with no number,
    at the top of the next slide under the title again with "(continued)" (parse/carried_on.py): the title is no
    new section, and the carried sentences are 6.2's. Look-alike: a "(continued)" title that repeats no title
    before it is a heading like any other, and the text under it is no paragraph's. (FICTIONAL.)"""
    path = _deck_pdf(tmp_path / "deck.pdf", "Capacity and choice (continued)")
    doc = parse(path)
    assert not any("(continued)" in b.text for b in doc.blocks)
    ps = {p.paragraph: p for p in cut_passages(doc.blocks, "r")}
    assert list(ps) == ["6.1", "6.2", "6.3"] and ps["6.2"].page == 1 and ps["6.3"].page == 2
    assert ps["6.2"].text.endswith("never held.\nThe landlord recorded the arrears but did not connect them with "
                                   "her health. The housing manager confirmed this account at Testbury in June.")
    other = parse(_deck_pdf(tmp_path / "other.pdf", "Referrals (continued)"))
    assert any(b.kind == "heading" and b.text == "Referrals (continued)" for b in other.blocks)
    ps = {p.paragraph: p for p in cut_passages(other.blocks, "r")}
    assert ps["6.2"].text.endswith("never held.") and "landlord" not in ps["6.2"].text


def _notes_pages_pdf(path: Path) -> Path:
    """A FICTIONAL training deck printed as Notes Pages (540 x 720 pt): the slide's picture in a frame above, its
    title, bullets and slide number drawn small; the speaker notes below, quoting a review's "5.1 ..." paragraphs
    amid the trainer's own words (ground rules numbered 1. to 3. under a lead-in, a question to the room)."""
    from reportlab.pdfgen import canvas

    pages = [("Ground rules", ["• Confidential", "• Curious"],
              ["Go through the ground rules before anything else:", "", "1. Phones on silent.", "",
               "2. What is said in the room stays in the room.", "", "3. Nobody here is being blamed."]),
             ("Seeing the child", ["• Paragraphs 5.1–5.2", "• Who saw the child?"],
              ["5.1 The fictional nursery manager explained to the panel how it had understood the",
               "father's depression. Every agency knew something, and nobody put the pieces together.",
               "A friend of the family gave the reviewer the same account at Testbury in May.", "",
               "5.2 The front door interpreted the faltering growth differently from its partners.",
               "Escalation was discussed at two meetings, but the protocol was not followed. This",
               "was tested against the case files held at Testbury in June."]),
             ("The school's view", ["• Paragraph 5.3"],
              ["5.3 The fictional out-of-hours team did not know that other services were worried about",
               "the child. A strategy meeting was suggested on two occasions and did not take place.",
               "Practitioners came back to it at the Testbury practice workshop in August.", "",
               "Ask: what would have helped the school raise this sooner?"]),
             ("What must change", ["• Paragraph 5.4"],
              ["5.4 The fictional school nursing service saw the father's depression as part of",
               "ordinary family life. No single chronology existed until the panel asked for one.",
               "The review panel accepted this analysis when it met in November."])]
    c = canvas.Canvas(str(path), pagesize=(540, 720), invariant=1)
    for n, (title, bullets, notes) in enumerate(pages, start=1):
        c.setFont("Helvetica", 9)
        c.drawString(36, 700, "Fictional SCP - training pack")
        c.rect(90, 430, 360, 202.5)  # the slide's picture
        c.setFont("Helvetica-Bold", 13)
        c.drawString(112, 598, title)
        c.setFont("Helvetica", 8.5)
        for k, text in enumerate(bullets):
            c.drawString(114, 570 - 15 * k, text)
        c.setFont("Helvetica", 5)
        c.drawString(435, 436, str(n))
        c.setFont("Helvetica", 11)
        y = 385.0
        for text in notes:
            if text:
                c.drawString(54, y, text)
            y -= 14.5 if text else 7
        c.setFont("Helvetica", 9)
        c.drawString(36, 20, f"Trainer's notes - not for circulation {n}")
        c.showPage()
    c.save()
    return path


def test_ground_rules_numbered_under_their_lead_in_are_no_summary_paragraphs(tmp_path):
    """Blind round 69: a trainer's ground rules "1. Phones on silent." to "3. ..." under "Go through the ground
    rules before anything else:" in a deck quoting a review numbered "5.1": short points under a lead-in are its
    list, not a summary's paragraphs numbered before the report's own (passages.py, short_items.listed_points)."""
    labels = [p.paragraph for p in cut_passages(parse(_notes_pages_pdf(tmp_path / "n.pdf")).blocks, "r")
              if p.paragraph]
    assert labels[:2] == ["5.1", "5.2"] and not {"1", "2", "3"} & set(labels)


def test_a_slides_bullet_naming_a_paragraph_does_not_take_its_number(tmp_path):
    """Blind round 69: a Notes Pages print's slide picture lists "• Paragraph 5.3", the paragraph itself typed in
    the notes below: the bullet names the paragraph and is no numbered heading that uses up "5.3"."""
    ps = {p.paragraph: p for p in cut_passages(parse(_notes_pages_pdf(tmp_path / "n.pdf")).blocks, "r")}
    assert [k for k in ps if k] == ["5.1", "5.2", "5.3", "5.4"]
    assert ps["5.3"].page == 3 and ps["5.3"].text.startswith("The fictional out-of-hours team")
    assert ps["5.4"].page == 4 and ps["5.4"].text.endswith("when it met in November.")


def test_a_question_put_to_the_room_after_a_paragraph_is_not_its_text(tmp_path):
    """Blind round 69: the trainer's "Ask: what would have helped ...?" after paragraph 5.3 in the notes is a
    question to the room, a line like a form's field, not the paragraph's last words."""
    passages = cut_passages(parse(_notes_pages_pdf(tmp_path / "n.pdf")).blocks, "r")
    by = {p.paragraph: p for p in passages}
    assert by["5.3"].text.endswith("at the Testbury practice workshop in August.")
    assert any(p.paragraph is None and p.text.startswith("Ask: what would") for p in passages)


def test_a_line_out_at_the_numbers_edge_after_hanging_numbered_paragraphs_is_no_part_of_the_last(tmp_path):
    """An extract's closing line ("End of extract. ...") set at the margin where the paragraph numbers hang, after
    the last numbered paragraph, is a passage of its own (blind round 70's fax); a paragraph set at the text's
    edge there still runs on in the numbered paragraph."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    hanging = ParagraphStyle("hanging", fontName="Times-Roman", fontSize=11, leading=14, leftIndent=40,
                             firstLineIndent=-40, spaceAfter=8)
    carried = ParagraphStyle("carried", parent=hanging, firstLineIndent=0)
    closing = ParagraphStyle("closing", fontName="Times-Italic", fontSize=11, leading=14, spaceBefore=6)
    words = ("The panel heard that the duty team had been under pressure that winter, and that the agreed "
             "second visit did not take place although it had been booked twice. ")
    story = [Paragraph(f"3.{n}&nbsp;&nbsp;&nbsp;&nbsp;{words * 2}", hanging) for n in (1, 2)]
    story.append(Paragraph("The carried paragraph of 3.2 goes on here at the text's edge, as the review set it.",
                           carried))
    story.append(Paragraph(f"3.3&nbsp;&nbsp;&nbsp;&nbsp;{words * 2}", hanging))
    story.append(Paragraph("End of extract. Please call the business unit if any page is hard to read.", closing))
    path = tmp_path / "extract.pdf"
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story)
    passages = cut_passages(parse(path).blocks, "r")
    by_label = {p.paragraph: p.text for p in passages if p.paragraph}
    assert by_label["3.2"].endswith("as the review set it.")
    assert by_label["3.3"].endswith("booked twice.")
    assert any(p.paragraph is None and p.text.startswith("End of extract.") for p in passages)
