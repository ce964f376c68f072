"""Rules that group a PDF's lines into blocks (index/ingest/parse/blocks.py, subheadings.py), and the HTML and
Word readers' whitespace and heading rules, each with its look-alikes. All text here is FICTIONAL."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from docx import Document

from inquiry_lessons.index.ingest.clean import Line
from inquiry_lessons.index.ingest.parse.blocks import lines_to_blocks
from inquiry_lessons.index.ingest.parse.docx import parse_docx
from inquiry_lessons.index.ingest.parse.html import parse_html
from inquiry_lessons.index.ingest.parse.subheadings import running_text

LONG = "the health visitor recorded the concern but it was not shared with the school or the GP practice"


def _ln(page: int, top: float, text: str, size: float = 9.0, **kw) -> Line:
    return Line(text=text, page=page, top=top, bottom=top + size, x0=56, x1=540, size=size, page_height=842,
                page_width=595, **kw)


def test_a_summary_in_larger_type_is_text_and_its_numbered_lines_are_paragraphs():
    summary = [_ln(1, 100 + 14 * k, t, 10.5) for k, t in enumerate(
        [f"E1 In March {LONG}.", f"Early in April {LONG}", f"and {LONG}.", f"E2 In May {LONG}.", f"Later {LONG}."])]
    body = [_ln(2, 100 + 12 * k, f"In June {LONG}, and {k} more times.") for k in range(30)]
    assert running_text(summary) == set(range(5))
    blocks = lines_to_blocks([summary, body])
    assert [b.text[:2] for b in blocks if b.page == 1] == ["E1", "E2"] and all(b.kind == "para" for b in blocks)
    # look-alikes: a title of two lines in larger type, and bold lines, stay headings
    title = [_ln(1, 60, "Serious Case Review: Family M", 16.0), _ln(1, 80, "Overview report of the board", 16.0)]
    assert running_text(title) == set()
    first = lines_to_blocks([title + summary, body])[0]
    assert first.kind == "heading" and first.text == "Serious Case Review: Family M Overview report of the board"


def test_a_paragraph_cut_off_by_a_table_page_resumes_after_it():
    page1 = [_ln(1, 100 + 12 * k, f"In June {LONG}, and {k} more times.") for k in range(20)]
    page1.append(_ln(1, 340, "2.4 Agencies were slow to recognise the cumulative impact, but this"))
    table = [_ln(2, 60, "Table 1: Chronology of key events", 12.0, bold=True)]
    table += [_ln(2, 90 + 12 * k, f"03/0{k + 1}/2020 Police A call was logged and closed.") for k in range(5)]
    page3 = [_ln(3, 60, "information reached the hub only after a delay of nine days."),
             _ln(3, 80, "2.5 The panel heard that the recording systems could not exchange information.")]
    blocks = lines_to_blocks([page1, table, page3])
    para = next(b for b in blocks if b.text.startswith("2.4"))
    assert para.text.endswith("but this information reached the hub only after a delay of nine days.")
    assert blocks[-1].text.startswith("2.5") and all("nine days" not in b.text for b in blocks if b is not para)
    # look-alike: a page that opens with a numbered paragraph resumes nothing
    page3[0] = _ln(3, 60, "2.5 The panel heard that the recording systems could not exchange information.")
    assert lines_to_blocks([page1, table, page3[:1]])[-1].text.startswith("2.5")


def test_html_source_line_breaks_are_spaces(tmp_path: Path):
    page = tmp_path / "fict.html"
    page.write_text("<html><body><h1>FICTIONAL review</h1><p>4.1 The school\r\nnoticed the change\n"
                    "in Riley's presentation and told the social worker.</p></body></html>", encoding="utf-8")
    (para,) = [b for b in parse_html(page).blocks if b.kind == "para"]
    assert para.text == "4.1 The school noticed the change in Riley's presentation and told the social worker."


def test_a_page_of_text_in_a_heading_style_is_text(tmp_path: Path):
    doc = Document()
    doc.add_heading("FICTIONAL review", level=1)
    doc.add_paragraph(" ".join([LONG] * 3) + ".", style="Heading 2")
    doc.add_paragraph("Findings of the panel", style="Heading 2")
    doc.save(tmp_path / "fict.docx")
    kinds = [(b.kind, len(b.text.split())) for b in parse_docx(tmp_path / "fict.docx").blocks]
    assert kinds == [("heading", 2), ("para", 54), ("heading", 4)]


def test_html_inline_pieces_join_as_a_browser_sets_them(tmp_path: Path):
    page = tmp_path / "fict.html"
    page.write_text("<html><body><h2><button type='button'><span>4. Findings</span><span class='govuk-visually-hidden'>"
                    ", </span><span class='toggle'>Show this section</span></button></h2><p>4.1 It was not explored"
                    " in super<span style='x'>vision</span>.<a href='#n1'>[1]</a> <b>Front door</b>: the team."
                    "<br>Next line.</p></body></html>", encoding="utf-8")
    heading, para = parse_html(page).blocks
    assert (heading.kind, heading.text) == ("heading", "4. Findings")
    assert para.text == "4.1 It was not explored in supervision.[1] Front door: the team. Next line."


def test_google_docs_bold_classes_are_sub_headings_and_footnotes_with_a_backlink_are_left_out(tmp_path: Path):
    page = tmp_path / "fict.html"
    page.write_text("<html><head><style>.c4{font-weight:700}.c1{font-weight:400}</style></head><body>"
                    "<p class='c3'><span class='c4'>The hospital admission</span></p>"
                    "<p class='c3'><span class='c1'>Short line without a stop</span></p>"
                    "<p><span class='c1'>Staff were not told.</span>"
                    "<sup><a href='#ftnt1' id='ftnt_ref1'>[1]</a></sup></p>"
                    "<div><p><a href='#ftnt_ref1' id='ftnt1'>[1]</a><span>&nbsp;Statutory guidance, chapter 14.</span>"
                    "</p></div></body></html>", encoding="utf-8")
    assert [(b.kind, b.text) for b in parse_html(page).blocks] == [
        ("heading", "The hospital admission"), ("para", "Short line without a stop"),
        ("para", "Staff were not told.")]  # the note's marker goes with it (the <sup> the back-link names)


def test_a_watermark_across_the_page_is_no_text():
    from inquiry_lessons.index.ingest.parse.chars import SLANT, TILT, _mark, _slant

    def char(a: float, b: float, text: str = "D", font: str = "Helvetica") -> dict:
        return {"object_type": "char", "text": text, "fontname": font, "matrix": (a, b, -b, a, 0.0, 0.0)}

    assert _slant(char(0.707, 0.707)) > SLANT and _slant(char(10.0, -6.0)) > SLANT
    assert TILT < _slant(char(0.99, 0.12)) < SLANT  # a stamp put on at 7°: dropped only where few letters lean so
    # look-alikes: upright text, text turned a quarter (a margin label), and what is not a character
    rect = {"object_type": "rect", "matrix": (1, 1, 1, 1)}
    assert not any(_slant(c) > TILT for c in [char(12.0, 0.0), char(0.0, 12.0), rect])
    # a reader's tick in ZapfDingbats is coded "4"; a digit in a text font, or a dingbat bullet "l", is no mark
    assert _mark(char(1, 0, "4", "ZapfDingbats"))
    assert not _mark(char(1, 0, "4")) and not _mark(char(1, 0, "l", "ZapfDingbats"))


def test_single_numbers_then_an_appendix_numbered_a1_a2():
    from inquiry_lessons.index.ingest.passages import cut_passages
    from inquiry_lessons.index.types import Block

    body = [Block(text=f"{n}. {LONG.capitalize()}, paragraph {n}.", kind="para", page=1) for n in range(1, 9)]
    appendix = [Block(text="Appendix A: Learning", kind="heading", level=1, page=2)]
    appendix += [Block(text=f"A{n}. {LONG.capitalize()}, appendix paragraph {n}.", kind="para", page=2)
                 for n in (1, 2, 3)]
    labels = [p.paragraph for p in cut_passages([*body, *appendix], "fict")]
    assert labels == [str(n) for n in range(1, 9)] + ["A1", "A2", "A3"]
    # look-alike: one "A1." in a report numbered 1, 2, 3 is no numbering of its own
    stray = [*body, Block(text=f"A1. {LONG.capitalize()}.", kind="para", page=2)]
    assert [p.paragraph for p in cut_passages(stray, "fict")][-1] in ("8", None)


def test_html_pull_quotes_and_link_only_paragraphs_are_not_the_reports_text(tmp_path: Path):
    page = tmp_path / "fict.html"
    said = "Information sharing worked well when it was planned and poorly when it relied on chance."
    page.write_text(f"<html><body><p>4. The panel found that {said.lower()}</p>"
                    f"<blockquote><p>&ldquo;{said}&rdquo;</p><cite>Independent reviewer</cite></blockquote>"
                    "<blockquote><p>Nobody asked me what it was like at home.</p></blockquote>"
                    "<p>5. Read the <a href='/full.pdf'>full report</a> for the chronology.</p>"
                    "<p><a href='/summary.pdf'>Download the summary (PDF)</a></p></body></html>", encoding="utf-8")
    assert [b.text[:24] for b in parse_html(page).blocks] == [
        "4. The panel found that ", "Nobody asked me what it ", "5. Read the full report "]


def test_small_print_beside_the_body_is_a_sidebar_not_footnotes():
    body = [_ln(1, 100 + 12 * k, f"In June {LONG}, and {k} more times.", 10.0) for k in range(20)]
    side = [Line(text=f"Case study line {k} about the family.", page=1, top=100 + 10 * k, bottom=108 + 10 * k,
                 x0=430, x1=560, size=8.5, page_height=842, page_width=595, column=2) for k in range(10)]
    notes = [Line(text="1 Statutory guidance, chapter 14.", page=1, top=780, bottom=788, x0=56, x1=300, size=8.0,
                  page_height=842, page_width=595)]
    texts = [b.text for b in lines_to_blocks([[*body, *side, *notes]])]
    assert any("Case study line 0" in t for t in texts) and not any("Statutory guidance" in t for t in texts)


def test_html_blank_lines_part_paragraphs_of_loose_text(tmp_path: Path):
    """An old site's body: one <div> of loose text, paragraphs parted by "<br /><br />", a sub-heading in bold
    between them, a single <br> inside a paragraph, a list, and the page's date stamp after the div."""
    page = tmp_path / "old.html"
    page.write_text(
        "<html><body><div class='bodytext'><strong>Findings</strong><br />\n<br />\n"
        "2.1&nbsp; The nurse saw the mark.<br />It was not shared.<br /><br />"
        "2.2&nbsp; Three services held part of it:<ul><li>the school</li><li>the GP</li></ul>"
        "Nobody joined them up.<br /><br />The panel agreed.<br /><br /></div>"
        "<p class='updated'>Page last updated: 02/11/2009 | <a href='x.pdf'>Download the PDF</a></p>"
        "<p><font size=2>Last updated 12/06/96. Comments to <a href='mailto:x@example.org'>x@example.org</a></font>"
        "</body></html>", encoding="utf-8")
    blocks = [(b.kind, b.text) for b in parse_html(page).blocks]
    assert blocks == [("heading", "Findings"), ("para", "2.1 The nurse saw the mark. It was not shared."),
                      ("para", "2.2 Three services held part of it:"), ("bullet", "the school"), ("bullet", "the GP"),
                      ("para", "Nobody joined them up."), ("para", "The panel agreed.")], blocks


def test_a_header_holding_only_a_sections_heading_is_that_heading(tmp_path: Path):
    """TYPO3 wraps each content element's heading in a <header> (fresh54): it is the section's heading, and a glossary
    under it is no part of the recommendation above. The page's banner <header>, with its logo's link and its menu,
    is still chrome."""
    page = tmp_path / "typo3.html"
    page.write_text(
        "<html><body><header class='top'><a href='/'>Partnership</a><nav><ul><li>Home</li></ul></nav></header>"
        "<main><div class='frame'><header><h2>6 Recommendations</h2></header></div>"
        "<div class='frame'><p>Recommendation 1: The board should act.</p></div>"
        "<div class='frame'><header><h2>Glossary</h2></header></div>"
        "<div class='frame'><p>DRSP: the partnership.</p></div></main></body></html>", encoding="utf-8")
    blocks = [(b.kind, b.text) for b in parse_html(page).blocks]
    assert blocks == [("heading", "6 Recommendations"), ("para", "Recommendation 1: The board should act."),
                      ("heading", "Glossary"), ("para", "DRSP: the partnership.")], blocks


def test_a_pages_published_date_under_its_heading_is_no_paragraph(tmp_path: Path):
    """A content system's "Published: 14 October 2025" under the heading, in a paragraph of its class (Squiz Matrix's
    "page-meta", fresh53) or of none, is the page's stamp, as "Page last updated" is."""
    page = tmp_path / "squiz.html"
    page.write_text(
        "<html><body><main><h1>A review (fictional)</h1><p class='page-meta'>Published: 14 October 2025</p>"
        "<p>1.1 The nurse saw the mark.</p><p>Date published: 3rd March 2024</p><p>1.2 It was not shared.</p>"
        "</main></body></html>", encoding="utf-8")
    blocks = [b.text for b in parse_html(page).blocks]
    assert blocks == ["A review (fictional)", "1.1 The nurse saw the mark.", "1.2 It was not shared."], blocks


def test_word_for_the_webs_role_headings_and_a_number_split_over_two_runs(tmp_path: Path):
    """Word for the web: headings are <p role="heading" aria-level="2">, and a typed number may be split over two
    runs ("3." and "3"), which a browser sets together; a number alone in its run still gets its space."""
    run = "<span class='TextRun'><span class='NormalTextRun'>{}</span></span>"
    page = tmp_path / "wordonline.html"
    page.write_text(
        "<html><body><p role='heading' aria-level='2'>" + run.format("3. What happened") + "</p>"
        "<p>" + run.format("3.") + run.format("3") + "<span class='TabRun'>&nbsp;</span>" + run.format("The nurse saw "
        "it.") + "</p><p>" + run.format("3.4") + run.format("The school did not.") + "</p></body></html>",
        encoding="utf-8")
    blocks = [(b.kind, b.level, b.text) for b in parse_html(page).blocks]
    assert blocks == [("heading", 2, "3. What happened"), ("para", 0, "3.3 The nurse saw it."),
                      ("para", 0, "3.4 The school did not.")], blocks


def test_zero_width_characters_are_no_characters_and_a_pages_feedback_prompt_no_text() -> None:
    """A web editor's zero-width spaces ("3.\u200b4", a number bolded in two goes) are removed, not read as
    spaces; "Was this page useful? Yes No", printed or saved with a page, is no line of the report."""
    from inquiry_lessons.index.ingest.clean import is_placeholder, normalise_text

    assert normalise_text("\u200b3.\u200b4\u00a0 The\ufeff panel\u2060 met.") == "3.4 The panel met."
    assert is_placeholder("Was this page useful? Yes No") and is_placeholder("Is this page helpful?")
    assert not is_placeholder("Was this information shared with the school? No, it was not.")


def test_a_paragraph_number_misread_by_ocr_is_read_as_the_next_number_only_at_the_numbers_margin():
    """A 1987 typescript scanned under an OCR layer (blind round 50) reads "1.2" as "l.2", "2.3" as "2,3" and "3.10"
    as "3.I0": each is put right where it stands at the other numbers' margin and comes next after the last number
    read. "l.2" elsewhere, or not next in order, is left as it was read."""
    from inquiry_lessons.index.ingest.parse.misread import repair_misread_numbers

    texts = ["1.1 The visit was cancelled.", "l.2 The school was not told.", "2.1 Nobody asked the girl.",
             "2,9 The GP was not told.", "3.9 The file was closed.", "3.I0 The case was reopened.",
             "4.l The chair agreed.", "I.9 The panel met once."]
    pages = [[_ln(1, 100 + 20 * k, t) for k, t in enumerate(texts)]]
    pages[0].append(Line(text="l.2 a note set further in", page=1, top=300, bottom=309, x0=120, x1=540, size=9))
    fixed = [ln.text.split()[0] for ln in repair_misread_numbers(pages)[0]]
    assert fixed == ["1.1", "1.2", "2.1", "2,9", "3.9", "3.10", "4.1", "I.9", "l.2"]


def test_a_case_notes_fields_and_stamps_are_no_part_of_the_report_pasted_into_it(tmp_path: Path):
    """A review pasted into a case-recording system's notes and exported to HTML (blind round 52): each note's
    table of fields becomes its subject as a heading, the stamp before its text and its foot go, so nothing of the
    next note runs on into the last paragraph of this one. (FICTIONAL.)"""
    def note(subject: str, body: str) -> str:
        fields = "".join(f"<tr><th scope='row'>{k}</th><td>{v}</td></tr>" for k, v in
                         (("Case note", "118604"), ("Recorded by", "P. Venn"), ("Subject", subject)))
        return (f"<div class='note'><table class='fields'>{fields}</table><div class='text'>"
                f"[13/03/2025 15:30] P. Venn:<br>{body}</div><p class='foot'>Read by 3 users &middot; "
                "Attachments (0) &middot; Version 1</p></div>")

    page = tmp_path / "fict.html"
    page.write_text("<html><body>" + note("Review, section 2 of 2", "2.1&nbsp;&nbsp;Nobody saw the boy alone.")
                    + note("Review, section 1 of 2", "1.1&nbsp;&nbsp;The school raised the first concern.<br>"
                           "[14/03/2025 10:21] P. Venn (appended):<br>1.2&nbsp;&nbsp;It was not followed up.")
                    + "</body></html>", encoding="utf-8")
    blocks = parse_html(page).blocks
    assert [(b.kind, b.text) for b in blocks] == [
        ("heading", "Review, section 2 of 2"), ("para", "2.1 Nobody saw the boy alone."),
        ("heading", "Review, section 1 of 2"), ("para", "1.1 The school raised the first concern."),
        ("para", "1.2 It was not followed up.")]


def test_a_site_navigation_rail_printed_down_the_page_is_no_text():
    """A web page printed from a browser (blind round 52): the site's navigation on a tall shaded panel down the
    left of every page sits level with the report's lines; its words go, a bare number on it stays."""
    from inquiry_lessons.index.ingest.parse.chars import without_side_rail

    class Page:
        width, height = 595.0, 842.0
        rects: ClassVar[list[dict]] = [{"x0": 28.0, "x1": 160.0, "top": 56.0, "bottom": 812.0, "width": 132.0,
                                        "height": 756.0, "fill": True}]

        def __init__(self, chars: list[dict]) -> None:
            self.chars = chars

        def filter(self, keep) -> Page:
            return Page([c for c in self.chars if keep(c)])

    def word(text: str, x0: float, top: float) -> list[dict]:
        return [{"text": ch, "x0": x0 + 5 * i, "x1": x0 + 5 * i + 5, "top": top, "bottom": top + 10}
                for i, ch in enumerate(text)]

    body = [c for n in range(12) for c in word("The school raised the first concern in May.", 178, 100 + 15 * n)]
    page = Page(body + word("Home", 40, 122) + word("Papers 2024/25", 40, 174) + word("4.2", 40, 300))
    assert "".join(c["text"] for c in without_side_rail(page).chars if c["x0"] < 170).strip() == "4.2"


class _CharPage:
    """A page of pdfplumber-like characters: enough of pdfplumber's Page for the character rules."""
    width, height = 595.0, 842.0

    def __init__(self, chars: list[dict]) -> None:
        self.chars = chars

    def filter(self, keep) -> _CharPage:
        return _CharPage([c for c in self.chars if keep(c)])


def _upright(text: str, x0: float, top: float, size: float = 11.0) -> list[dict]:
    return [{"object_type": "char", "text": ch, "x0": x0 + 5 * i, "x1": x0 + 5 * i + 5, "top": top,
             "bottom": top + size, "size": size, "upright": True, "matrix": (size, 0.0, 0.0, size, 0.0, 0.0),
             "fontname": "Times-Roman", "non_stroking_color": (0,)} for i, ch in enumerate(text)]


def _turned(text: str, x1: float, foot: float, size: float = 7.0) -> list[dict]:
    """``text`` turned a quarter anticlockwise, running up the page from ``foot`` with its letters' tops at x1."""
    return [{"object_type": "char", "text": ch, "x0": x1 - size, "x1": x1, "top": foot - 4 * (i + 1),
             "bottom": foot - 4 * i, "size": size, "upright": False, "matrix": (0.0, size, -size, 0.0, 0.0, 0.0),
             "fontname": "Helvetica", "non_stroking_color": (0.5,)} for i, ch in enumerate(text)]


def test_a_stamp_run_up_the_margin_is_no_text():
    """A review re-saved as PDF/A by a record office (blind round 58): the office's accession line turned a quarter
    and run up the left margin beside the paragraph numbers goes; a turned page number in the margin, a turned
    heading inside the text and a page of turned text (a landscape table on a portrait page) stay."""
    from inquiry_lessons.index.ingest.parse.stamps import without_margin_stamps

    body = [c for n in range(20) for c in _upright("2.1 The ward social worker saw the cold flat in June.", 72,
                                                  100 + 15 * n)]
    stamp = _turned("Record Office - ACC 2024/117 - item 6 - archival copy", 45, 700)

    def margin(page: _CharPage) -> str:
        return "".join(c["text"] for c in page.chars if c["x1"] < 70)

    assert margin(without_margin_stamps(_CharPage(body + stamp))) == ""
    assert len(without_margin_stamps(_CharPage(body + stamp)).chars) == len(body)
    # look-alikes: a page number turned in the margin, a turned column heading inside the text, a landscape page
    folio = _turned("Page 12", 45, 700)
    assert margin(without_margin_stamps(_CharPage(body + folio))) == "Page 12"
    heading = _turned("Referrals", 200, 700)
    assert len(without_margin_stamps(_CharPage(body + heading)).chars) == len(body) + len(heading)
    table = [c for n in range(30) for c in _turned(f"Row {n}: a referral was made and closed", 60 + 16 * n, 800)]
    head = _upright("Page 12", 290, 60)
    assert len(without_margin_stamps(_CharPage(head + table)).chars) == len(head) + len(table)


def test_a_received_stamp_askew_on_a_title_page_is_no_text():
    """A title page's few lines with an accession stamp put on at 8° (blind round 58): the stamp is a seventh of
    the page's letters, and goes; a skewed scan whose whole text layer leans so keeps its text."""
    import math

    from inquiry_lessons.index.ingest.parse.chars import without_watermark

    def leaning(text: str, x0: float, top: float, degrees: float) -> list[dict]:
        cos, sin = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
        return [{**c, "matrix": (11 * cos, 11 * sin, -11 * sin, 11 * cos, 0.0, 0.0)} for c in _upright(text, x0, top)]

    title = [c for n, t in enumerate(["Serious Case Review (Adults)", "Safeguarding Adults Board (FICTIONAL)",
                                      "Final report, November 2013", "FICTIONAL - for software testing only.",
                                      "Every person, place and service named here is invented."])
             for c in _upright(t, 72, 300 + 40 * n)]
    stamp = leaning("RECEIVED 14 JUN 2024", 380, 90, 8.0) + leaning("ACC 2024/117", 382, 105, 8.0)
    assert 6 < (len(title) + len(stamp)) / len(stamp) < 8
    assert [c["text"] for c in without_watermark(_CharPage(title + stamp)).chars] == [c["text"] for c in title]
    scan = [c for n in range(10) for c in leaning("The ward social worker saw the cold flat.", 72, 100 + 15 * n, 4)]
    assert len(without_watermark(_CharPage(scan + title[:60])).chars) == len(scan) + 60


def test_a_chat_export_gives_the_report_pasted_into_it_and_nothing_of_the_chat():
    """Blind round 55's rule (parse/chat.py), on both sides: the pasting sender's forwarded and numbered messages,
    a paragraph cut between two messages joined again; everyone's remarks, a reply opening with a number and the
    app's marks left out. A text that is no chat (timestamps on fewer than five lines, or text before them) is
    left as it was."""
    from inquiry_lessons.index.ingest.parse.chat import chat

    def msg(minute: int, who: str, text: str) -> str:
        return f"[14/03/2025, 10:{minute:02d}:00] {who}: {text}"

    raw = "\n".join([msg(1, "Sam Lee", "Has anyone got the review?"), msg(2, "Jo Ode", "Forwarded"),
                     "*1. Introduction*", f"*1.1* The panel met in May and {LONG}.", msg(3, "Sam Lee", "Thanks"),
                     msg(4, "Jo Ode", f"*1.2* The _school nurse_ saw that {LONG} and"),
                     msg(5, "Jo Ode", f"so {LONG}. ‎<This message was edited>"),
                     msg(6, "Sam Lee", "1.2 is the one for Tuesday"), msg(7, "Jo Ode", "Yes")])
    out = chat(raw)
    assert out.split("\n\n") == ["1. Introduction\n1.1 The panel met in May and " + LONG + ".",
                                 f"1.2 The school nurse saw that {LONG} and so {LONG}.\n"]
    assert chat(raw.split("\n", 1)[1]) != raw.split("\n", 1)[1]  # the greeting is not needed
    notes = "Minutes of the panel\n" + raw
    assert chat(notes) == notes  # text before the first message: no chat export
    short = "\n".join(raw.split("\n")[:4])
    assert chat(short) == short  # two messages: no chat export


def test_a_printed_web_pages_end_is_no_text_and_its_sentences_are():
    """Share links, a row of footer links and a copyright line after the last paragraph of a page printed from a
    phone (blind round 55) are no text; a sentence with a middle dot, or a date line, is."""
    from inquiry_lessons.index.ingest.clean import is_placeholder

    links = "Accessibility · Privacy · Contact us · Site map"
    for furniture in ("Share this page: WhatsApp · Email · Copy link", links, "© Brackley Vale SAB 2025 (FICTIONAL)"):
        assert is_placeholder(furniture), furniture
    for text in ("Published 3 March 2025 · 14 min read", f"The review found that {LONG} · and the panel agreed.",
                 "Share the learning with every team in the partnership, and ask managers to record that they have."):
        assert not is_placeholder(text), text


def test_a_note_in_the_leading_between_lines_is_no_text_and_a_caption_that_takes_space_is():
    """Blind round 55's e-reader export: "14 highlighters" in 5.5 pt in the leading above a highlighted line, the
    lines around it at their usual pitch, is a note on the text; a small caption with space of its own stays."""
    from inquiry_lessons.index.ingest.parse.leading import without_interlinear

    body = [_ln(1, 100 + 17 * k, f"Line {k} of the paragraph: {LONG}", 12.0) for k in range(6)]
    tag = _ln(1, 100 + 17 * 2 + 12.5, "14 highlighters", 5.5)
    caption = _ln(1, 100 + 17 * 6 + 8, "Figure 1: the family's moves", 7.0)
    after = [_ln(1, 100 + 17 * 6 + 30 + 17 * k, f"Next {k}: {LONG}", 12.0) for k in range(6)]
    [page] = without_interlinear([[*body[:3], tag, *body[3:], caption, *after]])
    assert tag not in page and caption in page and len(page) == 13


def test_a_bar_printed_in_the_same_place_on_every_sheet_goes_even_over_a_body_line():
    """A web page's fixed bar, which WebKit prints over the foot of every sheet (blind round 55): the same letters
    in the same place on nine tenths of the pages go, though a body line lies under the bar and its number was
    lost on one page; the body line stays."""
    from inquiry_lessons.index.ingest.clean import drop_running_matter

    pages = []
    words = LONG.split()
    for p in range(1, 6):
        lines = [_ln(p, 60 + 22 * k, " ".join(words[(p + k) % 9:]), 12.0) for k in range(30)]
        bar = f"Worried about an adult? Call {'0300 555 0174 ' if p != 3 else ''}Back to top"
        lines += [_ln(p, 775, bar, 11.5), _ln(p, 779, f"Hidden line {words[p]}: {LONG}", 12.0)]
        pages.append(lines)
    out = drop_running_matter(pages)
    assert all(not any(ln.text.startswith("Worried") for ln in page) for page in out)
    assert all(any(ln.text.startswith("Hidden line") for ln in page) for page in out)


def test_read_more_shows_the_rest_of_its_paragraph_and_other_hidden_text_stays_hidden(tmp_path: Path):
    """A paragraph cut short for phones by "…" and a "Read more" button, its rest in a hidden span the button shows
    (blind round 55's AMP page): the paragraph is read whole, without the button or the ellipsis. A hidden element
    no control shows stays out, and a "Read more" link to another page is left to the chrome rules."""
    page = tmp_path / "amp.html"
    page.write_text(f"""<html><body><main><h2>3. Findings</h2>
<p><b>3.1</b> The panel found that {LONG}.<span>…</span> <button on="tap:more-1.show,btn-1.hide" id="btn-1">Read more
</button><span id="more-1" hidden> It also found that the school was not told.</span></p>
<p><b>3.2</b> The chair agreed that {LONG}.<span id="secret" hidden> Draft note to self.</span></p>
<p><a href="/reviews/other">Read more</a></p></main></body></html>""", encoding="utf-8")
    texts = [b.text for b in parse_html(page).blocks]
    assert f"3.1 The panel found that {LONG}. It also found that the school was not told." in texts
    assert f"3.2 The chair agreed that {LONG}." in texts
    assert not any("Draft note" in t or "…" in t for t in texts)


def test_a_court_bundles_index_and_tab_divider_are_dropped_and_a_contents_page_is_left():
    """A report filed in a court bundle (blind round 56): the bundle's index (an "INDEX" head, rows ending in the
    bundle's lettered page ranges "C-201 – C-204") and, in a bundle, a tab divider page ("C", "SECTION C", its
    title) go, their pages kept empty. A contents page with plain page numbers, and a report's own part-title page
    where no bundle index was found, stay."""
    from inquiry_lessons.index.ingest.parse.covering import without_bundle_front

    index = [_ln(1, 60, "IN THE FAMILY COURT AT NORBRIDGE (FICTIONAL)", 11.0), _ln(1, 90, "INDEX", 12.0)]
    index += [_ln(1, 120 + 18 * k, f"{tab} Statement of a witness 01.02.2025 {tab[0]}-{k + 1} – {tab[0]}-{k + 9}",
                  10.0) for k, tab in enumerate(("A1", "A2", "B1", "C1"))]
    divider = [_ln(2, 200, "C", 30.0), _ln(2, 300, "SECTION C", 30.0), _ln(2, 340, "Expert reports", 16.0)]
    report = [_ln(3, 100 + 14 * k, f"1.{k + 1} The panel found that {LONG}.", 11.0) for k in range(5)]
    out = without_bundle_front([index, divider, report])
    assert out[0] == [] and out[1] == [] and [ln.text for ln in out[2]] == [ln.text for ln in report]
    # look-alikes: a contents page's plain page numbers, and a part-title page in a report that is no bundle
    contents = [_ln(1, 90, "Index", 12.0)] + [_ln(1, 120 + 18 * k, f"{k + 1}. Findings of the panel {k + 3}", 10.0)
                                                for k in range(4)]
    part = [_ln(2, 200, "Part 2", 30.0), _ln(2, 300, "What the review found", 16.0)]
    assert without_bundle_front([contents, part, report]) == [contents, part, report]


def test_a_plain_texts_line_numbers_in_the_margin_are_no_text_and_a_numbered_list_keeps_its_numbers():
    """Blind round 56's rule (parse/text_line_numbers.py), on both sides: an extract's margin of line numbers,
    counting on by one with its blank lines numbered too, is taken off (a numbered blank line is blank again, a
    hanging paragraph's continuation keeps its indent, its own number opens its first line); a list of points a
    line each, numbered 1 to 9 with no wrapped line and no bare number, keeps its numbers. (FICTIONAL.)"""
    from inquiry_lessons.index.ingest.parse.text_line_numbers import without_line_numbers

    body = ["Report header", "", "2.1   The school raised the first", "      concern in May and nobody", "      acted.",
            "", "2.2   The nurse saw the bruise", "      and told the GP practice.", ""]
    numbered = "\n".join(f"{n:>4}    {t}".rstrip() for n, t in enumerate(body, 1))
    assert without_line_numbers(numbered).split("\n") == body
    points = "\n".join(f"{n} Agencies should share the plan with the school by week {n}." for n in range(1, 10))
    assert without_line_numbers(points) == points


def test_a_paragraph_runs_on_past_a_pages_running_matter_in_paged_text_and_a_new_one_does_not():
    """Blind round 56's rule (:func:`.text_line_numbers.run_on_pages`): paged plain text whose running head and
    footer are set off by blank lines; a paragraph the page broke off runs on past them when the next page opens
    at the hanging text indent (or in lower case), and a page that opens with a line at the margin after a whole
    paragraph starts a new one. (FICTIONAL.)"""
    from inquiry_lessons.index.ingest.parse.text import parse_string

    def page(n: int, lines: list[str]) -> str:
        return "\n".join([f"--- Page {n} ---", "Review of Child Q      OFFICIAL", "", *lines, "",
                          f"Fictional SCP                Page {n} of 9", ""])

    raw = "\n".join([page(3, ["1.1   The school raised the first concern in May", "      and nobody acted on it.",
                              "", "1.2   The nurse saw the bruise and told the", "      GP practice at once."]),
                     page(4, ["      It was not followed up.", "", "1.3   The police were not told, and the",
                              "      case was closed."]),
                     page(5, ["Nothing further was recorded.", "", "1.4   The family moved in June, and",
                              "      nobody followed them."]),
                     page(6, ["      by the end of the month."])])
    paras = [b.text for b in parse_string(raw).blocks if b.kind == "para"]
    assert paras == ["1.1 The school raised the first concern in May and nobody acted on it.",
                         "1.2 The nurse saw the bruise and told the GP practice at once. It was not followed up.",
                         "1.3 The police were not told, and the case was closed.", "Nothing further was recorded.",
                         "1.4 The family moved in June, and nobody followed them. by the end of the month."]


def _cut(texts: list[str]) -> list[tuple[str | None, str]]:
    from inquiry_lessons.index.ingest.passages import cut_passages
    from inquiry_lessons.index.types import Block

    blocks = [Block(text=t, kind="heading" if t.endswith("Introduction") else "para", page=1, level=1) for t in texts]
    return [(p.paragraph, p.text) for p in cut_passages(blocks, "r")]


def test_a_letters_own_numbered_points_are_no_summary_before_the_report_it_pastes_in():
    """A council's reply to a freedom of information request (blind round 56): its answers numbered "1." to "3."
    between "Dear Mr Wren," and "Yours sincerely," are the letter's, not a summary's numbers before the report's
    "1.1". The same numbers with no letter round them, or after a salutation no close follows (a foreword's "Dear
    colleagues,"), are still the summary's."""
    answers = ["1. The overview report has not been published in full, so we have pasted its summary below.",
               "2. The board approved the report on 14 January 2025.", "3. The review made 12 recommendations."]
    report = ["1. Introduction", *[f"1.{n} The panel found that {LONG}." for n in range(1, 4)]]
    letter = _cut(["Dear Mr Wren,", "Our answers are numbered as your questions were.", *answers, *report,
                   "Yours sincerely,", "Information Governance Officer"])
    assert [n for n, _ in letter if n] == ["1.1", "1.2", "1.3"]
    assert [n for n, _ in _cut([*answers, *report]) if n] == ["1", "2", "3", "1.1", "1.2", "1.3"]
    foreword = _cut(["Dear colleagues,", *answers, *report])
    assert [n for n, _ in foreword if n] == ["1", "2", "3", "1.1", "1.2", "1.3"]


def test_a_reports_printed_end_ends_its_last_paragraph():
    """A Word disclosure copy (blind round 56): after the last paragraph, "End of report." and then the disclosure
    officer's schedule of redactions are no part of it. A sentence that only mentions the report's end is the
    paragraph's next line."""
    body = [f"1.{n} The panel found that {LONG}." for n in range(1, 4)]
    ended = _cut([*body, "End of report.", "Schedule of redactions (disclosure officer's working copy)",
                  "Redactions reviewed by Legal Services on 20 March 2025 and agreed."])
    assert ended[2] == ("1.3", f"The panel found that {LONG}.") and all(n is None for n, _ in ended[3:])
    mention = _cut([*body, "The end of the report lists the actions the board has agreed."])
    assert mention[-1] == ("1.3", f"The panel found that {LONG}.\nThe end of the report lists the actions the board "
                                  "has agreed.")


def test_a_paragraph_or_page_in_another_language_beside_english_is_the_translation_and_is_left_out():
    """Blind round 57: Welsh versions of a review's paragraphs carry the same numbers as the English. A paragraph
    (eight or more long words) or a page that is not English goes when the document's other text is English; a
    short one, and a document with no English, stay as they are."""
    from inquiry_lessons.index.ingest.parse.languages import without_translated_blocks, without_translated_pages
    from inquiry_lessons.index.types import Block

    english = Block("2.1 The emotional wellbeing service learned of the father's depression weeks after it was "
                    "first noticed, and nobody recorded whether anyone had checked the information.")
    welsh = Block("2.1 Clywodd y gwasanaeth lles emosiynol am iselder y tad wythnosau ar ôl i rywun sylwi arno "
                  "gyntaf. Ni chofnododd neb a oedd unrhyw un wedi gwirio'r wybodaeth gyda'r teulu cyfan, "
                  "oherwydd nid oedd cyfarfodydd strategaeth wedi'u trefnu yn ystod haf hwnnw.")
    heading = Block("2. Dysgu ymarferol a sefydliadol", kind="heading")
    assert without_translated_blocks([heading, welsh, english]) == [heading, english]
    assert without_translated_blocks([heading, welsh]) == [heading, welsh]  # no English beside it
    pages = [[_ln(1, 100 + 12 * k, welsh.text) for k in range(3)], [_ln(2, 100 + 12 * k, english.text) for k in
                                                                   range(3)]]
    assert without_translated_pages(pages) == [[], pages[1]]
    assert without_translated_pages(pages[:1]) == pages[:1]


def test_a_margin_note_holding_only_a_paragraph_number_numbers_the_paragraph_after_it(tmp_path: Path):
    """fresh37's Jupyter Book page (found before its look): each number is a permalink alone in a margin aside
    before its paragraph. The aside stands for the number, which moves to the start of the paragraph; an aside
    with words besides the number is a note, left out as asides are."""
    page = tmp_path / "fict.html"
    page.write_text(
        '<html><body><article><h2>1 Introduction</h2>'
        '<aside class="margin sidebar" id="para-1-1"><p class="sidebar-title"></p>'
        '<p><a class="reference internal" href="#para-1-1">1.1</a></p></aside>'
        f'<p>In March {LONG}.</p>'
        '<aside class="margin sidebar"><p>See also 1.4 for the school</p></aside>'
        f'<p>In May {LONG}.</p></article></body></html>', encoding="utf-8")
    assert [b.text[:12] for b in parse_html(page).blocks if b.kind == "para"] == ["1.1 In March", "In May the h"]


def test_a_repositorys_or_transcribers_numbered_points_are_no_summary_before_the_report():
    """A review downloaded from a university repository with its cover sheet ("Terms of use" numbered "1." to "3.")
    and one re-typed by a transcriber who sets out "Transcription conventions" so (blind round 58): the points are
    theirs, not a summary's numbers before the report's "1.1". The same points under the report's own "Terms of
    reference" are the summary's, and a summary after the cover sheet is still numbered from "1."."""
    points = ["1. Copies of full items may be downloaded for personal research or study.",
              "2. The authors, title and full bibliographic details must be given in any citation.",
              "3. This cover sheet was added by the repository when the item was downloaded."]
    report = ["1. Introduction", *[f"1.{n} The panel found that {LONG}." for n in range(1, 4)]]
    for head in ("Terms of use", "Transcription conventions"):
        assert [n for n, _ in _cut([head, *points, *report]) if n] == ["1.1", "1.2", "1.3"]
    assert [n for n, _ in _cut(["Terms of reference", *points, *report]) if n] == \
        ["1", "2", "3", "1.1", "1.2", "1.3"]
    summary = _cut(["Terms of use", *points, "Executive summary", *points, *report])
    assert [n for n, _ in summary if n] == ["1", "2", "3", "1.1", "1.2", "1.3"]
    assert summary[-6][1].startswith("Copies of full items")  # the summary's "1.", not the cover sheet's


def test_a_transcribers_page_marks_and_notes_are_no_text_and_sic_and_illegible_stay():
    """A 1996 review re-typed by a volunteer (blind round 58): "[page 5]" where the typescript's page began is taken
    out of the paragraph it falls in, a transcriber's note is dropped (a paragraph of its own) or taken out (inside
    one), and "[End of typescript ...]" is no text; "[sic]" and "[illegible]" stay. A single "[page 12]" in a
    report's text with no other page marks is the report's reference and stays."""
    from inquiry_lessons.index.ingest.parse.transcription import untranscribed
    from inquiry_lessons.index.types import Block

    blocks = [Block("2.3 The nurse learned of it weeks after it was first [page 5] noticed. The knolwedge [sic] "
                    "was [illegible] shared."),
              Block("[Transcriber’s note: a family tree drawn by hand on this page is not reproduced.]"),
              Block("3.2 Nobody put the pieces together. [Transcriber’s note: two lines struck through.] Visits "
                    "were missed. This was [page 7] tested against the files."),
              Block("[End of typescript. The last page is blank but for a signature.]")]
    assert [b.text for b in untranscribed(blocks)] == [
        "2.3 The nurse learned of it weeks after it was first noticed. The knolwedge [sic] was [illegible] shared.",
        "3.2 Nobody put the pieces together. Visits were missed. This was tested against the files."]
    cited = [Block("4.1 The chronology sets out the contacts (see the appendix, [page 12]).")]
    assert untranscribed(cited) == cited


def test_a_digitised_volumes_page_images_are_pages_and_their_misread_heads_and_folios_are_no_text():
    """Blind round 58's rule (parse/ruled_pages.py, clean.py's :func:`ocr_folded` and OCR folios): a digitisation
    project's OCR text of a printed volume, a rule of "=" at each page image after the project's item header, the
    running head misread on some images ("PARTNERSHlP", "OVERV1EW") and the folio too ("- l20 -"): the images are
    pages, the heads and folios no text, and a paragraph runs on over an image's foot and head, a word hyphenated
    there one word. The look-alikes: the same rules between a plain report's sections, with neither folio nor
    running head, are no pages, and a rule under a heading's line still underlines it. (FICTIONAL.)"""
    from inquiry_lessons.index.ingest.parse.text import parse_string

    head, slipped = "FICTIONAL BOROUGH PARTNERSHIP  OVERVIEW REPORT", "FICTIONAL BOROUGH PARTNERSHlP  OVERV1EW REPORT"
    rule = "=" * 72
    raw = "\n".join(["Fictional Local Studies Digitisation Project", "Item 7: uncorrected OCR text", "", rule,
                     "1.1  The school raised the first concern in May and nobody acted on it.", "",
                     "1.2  The nurse saw the bruise and told the GP practice, but the con-", "", "- 118 -", "", rule,
                     slipped, "", "cerns were never shared with the police.", "", "- 119 -", "", rule, head, "",
                     "1.3  The police were not told, and the case was closed.", "", "- l20 -", "", rule, slipped, "",
                     "1.4  The family moved in June, and nobody followed them up.", "", "- 121 -", ""])
    doc = parse_string(raw)
    paras = [(b.page, b.text) for b in doc.blocks if b.kind in ("para", "bullet")]
    assert paras == [(1, "1.1 The school raised the first concern in May and nobody acted on it."),
                         (1, "1.2 The nurse saw the bruise and told the GP practice, but the concerns were never "
                             "shared with the police."),
                         (3, "1.3 The police were not told, and the case was closed."),
                         (4, "1.4 The family moved in June, and nobody followed them up.")]
    assert doc.pages == 4 and not any("PARTNERSH" in b.text or "12" in b.text for b in doc.blocks)
    # look-alikes: rules between a plain report's sections, and a heading's underline
    plain = "\n".join(["Review of Child Q", rule, "", "1.1  The school raised the first concern in May.", "", rule,
                       "", "2.1  The nurse saw the bruise.", "", rule, "", "3.1  The police were not told.", ""])
    blocks = parse_string(plain).blocks
    assert [(b.kind, b.page) for b in blocks] == [("heading", None), ("para", None), ("para", None), ("para", None)]


def test_a_folio_between_dashes_is_no_list_item_and_ocrs_slips_in_a_running_head_are_one_line():
    """Blind round 58: in plain text a line that is only a page number between dashes is a folio, OCR's "l", "I"
    for 1 and "O" for 0 allowed ("- l20 -" is page 120); a line that goes on after the dash is a list item, and a
    word alone between dashes no folio. A running head misread on one page ("OVERV1EW", "PARTNERSHlP") is the same
    line as where it was read right; numbers standing alone stay numbers. (FICTIONAL.)"""
    from inquiry_lessons.index.ingest.clean import ocr_folded, page_number, repeat_key
    from inquiry_lessons.index.ingest.parse.text import parse_string

    assert (page_number("- l20 -"), page_number("– 1O4 –"), page_number("- 7 -")) == ("120", "104", "7")
    assert (page_number("- lol -"), page_number("- ILO -"), page_number("l20")) == (None, None, None)
    raw = "1.1  The school raised the first concern in May.\n\n- 7 -\n\n- l8 -\n\n- 7 checks were missed\n"
    assert [(b.kind, b.text) for b in parse_string(raw).blocks] == [
        ("para", "1.1 The school raised the first concern in May."), ("bullet", "7 checks were missed")]
    assert repeat_key("PARTNERSHlP  DHR – MS V  OVERV1EW") == repeat_key("PARTNERSHIP  DHR - MS V  OVERVIEW")
    assert ocr_folded("OVERV1EW REPORT 2014, C0UNCIL 10") == "overview report 2014, counciI 10".lower()
    assert repeat_key("Chapter 1: Findings") != repeat_key("Chapter 1: Foundings")


def test_criticmarkup_suggestions_are_read_accepted_and_its_comments_are_no_text():
    """Blind round 59: a draft whose suggestions are CriticMarkup (a collaborative Markdown pad's, or plain text's)
    reads as the final report: additions kept (a whole paragraph "{++3.3 ...++}" is paragraph 3.3), deletions gone
    (a whole "{--4.3 ...--}" is no paragraph), a substitution gives its new text (a revised number its new number),
    comments gone (one on a line of its own is no paragraph), highlights their words. The look-alikes: braces that
    are no CriticMarkup, and a mark left open, which takes nothing past its own paragraph. (FICTIONAL.)"""
    from inquiry_lessons.index.ingest.parse.criticmarkup import accepted
    from inquiry_lessons.index.ingest.parse.text import parse_string

    raw = ("3.2 The school {++then ++}told the nurse.{>>check the date<<}\n\n{>>3.1 already says this<<}\n\n"
           "{++3.3 The GP practice was not told.++}\n\n{~~3.3~>3.4~~} The police {==closed==} the case "
           "{--in May--} {++in June++}.\n\n{--3.5 The family moved.\nNobody followed them.--}\n\n"
           "{~~3.6~>3.5~~} The panel met {~~twice~>three times~~}.\n")
    want = ["3.2 The school then told the nurse.", "3.3 The GP practice was not told.",
            "3.4 The police closed the case in June.", "3.5 The panel met three times."]
    for markdown in (True, False):
        assert [b.text for b in parse_string(raw, markdown).blocks] == want
    assert accepted("1.1  The nurse {--also --}saw it.\n1.2  Aligned  columns stay.") == \
        "1.1  The nurse saw it.\n1.2  Aligned  columns stay."
    # look-alikes: braces that are no CriticMarkup stay as they are; a mark left open is no mark
    plain = "4.1 The form {+ +} had {- a -} and {~ b ~} fields.\n\n4.2 A note {>> left open.\n\n4.3 The end <<} came."
    assert accepted(plain) == plain
    assert [b.text[:3] for b in parse_string(plain).blocks] == ["4.1", "4.2", "4.3"]


def test_a_collaborative_pads_alert_boxes_contents_task_boxes_and_signed_notes_are_no_text():
    """Blind round 59: a draft in a collaborative Markdown pad (HackMD): its ":::warning" / ":::info" alert boxes
    (a task list of the panel's actions, "- [x] 2.1 - confirm the dates"), "[TOC]" and a blockquoted note signed
    with the pad's "[name=...] [time=...]" tags ("2.3 needs ...") are the editors', no paragraph. The look-alikes: a
    blockquote with no tag is the report's quotation, a ":::spoiler" container's words are text, a task list
    outside the boxes keeps its items' words, and "[TOC]" inside a sentence stays. (FICTIONAL.)"""
    from inquiry_lessons.index.ingest.parse.text import parse_string

    raw = ("# Rapid review: Child M\n\n:::warning\n**Panel draft.** Please do not accept changes.\n:::\n\n[TOC]\n\n"
           ":::info\n**Panel actions**\n\n- [x] 2.1 – confirm the dates with the police\n- [ ] 2.2 is new\n:::\n\n"
           "2.1 The school told the nurse.\n\n> 2.2 needs the GP practice's view.\n> [name=Tom Okafor] "
           "[time=Fri, Feb 14, 2025 3:04 PM] [color=#20c997]\n\n2.2 The nurse told nobody.\n")
    blocks = parse_string(raw, markdown=True).blocks
    assert [(b.kind, b.text) for b in blocks] == [
        ("heading", "Rapid review: Child M"), ("para", "2.1 The school told the nurse."),
        ("para", "2.2 The nurse told nobody.")]
    near = ("> 2.1 We did not know where to turn.\n\n:::spoiler Chronology\n2.2 The nurse told nobody.\n:::\n\n"
            "- [x] the school\n- [ ] the GP practice\n\nThe list [TOC] was not kept.\n")
    assert [(b.kind, b.text) for b in parse_string(near, markdown=True).blocks] == [
        ("para", "2.1 We did not know where to turn."), ("para", "2.2 The nurse told nobody."),
        ("bullet", "the school"), ("bullet", "the GP practice"), ("para", "The list [TOC] was not kept.")]


def test_a_collaborative_editors_cursors_status_lines_and_comment_threads_are_no_text(tmp_path: Path):
    """A shared draft saved from a collaborative editor while others were in it (blind round 59): remote cursors'
    name labels in the text (after a number, inside a word), a block's "Last edited by" line and a typing indicator
    (by class or by their words alone), a presence bar and a comments panel go; a remote selection's words, and
    paragraphs that speak of editing, typing or a cursor, stay."""
    page = tmp_path / "fict.html"
    caret = ("<span class='collaboration-cursor__caret'>\u2060<span class='collaboration-cursor__label'>{}</span>"
             "\u2060</span>")
    page.write_text(
        "<html><body><main><div class='presence'><span class='avatar'>TO</span></div><div>3 people editing</div>"
        "<div class='comments-panel'><p>2.2 \u2013 is this the right date?</p></div>"
        f"<ol><li><p><span class='num'>2.2</span> {caret.format('Tom Okafor')}The school saw the bruise on a "
        f"Mon{caret.format('Priya')}day and told <span class='yjs-selection'>the social worker</span>.</p>"
        "<small>Last edited by Priya Shah \u00b7 14 Feb 2025, 15:04</small>"
        "<div class='typing-indicator'>Helen is typing\u2026</div></li>"
        "<li><p><span class='num'>2.3</span> The manager last edited the plan in March; the worker is typing up "
        "her notes.</p><div>Helen Marwood is typing\u2026</div></li>"
        "<li><p><span class='num'>2.4</span> Staff are editing the form.</p></li>"
        "<li><p class='cursor-pointer'><span class='num'>2.5</span> Last edited by the panel in May, the review "
        "sets out what the agencies knew about the family, what they did, and what they should have done.</p></li>"
        "</ol></main></body></html>", encoding="utf-8")
    assert [b.text for b in parse_html(page).blocks] == [
        "2.2 The school saw the bruise on a Monday and told the social worker.",
        "2.3 The manager last edited the plan in March; the worker is typing up her notes.",
        "2.4 Staff are editing the form.",
        "2.5 Last edited by the panel in May, the review sets out what the agencies knew about the family, what "
        "they did, and what they should have done."]


def _chars(x: float, top: float, text: str, colour: tuple = (0, 0, 0), size: float = 11.0) -> list[dict]:
    """A run of letters 6 points wide each, from ``x`` (a space is a gap)."""
    return [{"text": t, "x0": x + 6 * k, "x1": x + 6 * k + 6, "top": top, "size": size, "object_type": "char",
             "non_stroking_color": colour} for k, t in enumerate(text)]


def test_a_comment_anchor_glued_to_a_word_in_its_own_colour_is_no_text():
    """Blind round 59: an online editor's PDF printed with its suggestions shown glues a blue "[a]" for each comment
    to the word it was made on ("service[a] learned"): no text. A bracketed letter in the text's own colour
    ("section 3[a]"), a blue one after a space and one opening a line (a comment's endnote) stay. (FICTIONAL.)"""
    from inquiry_lessons.index.ingest.parse.suggestions import comment_anchors

    blue, red = (0.07, 0.33, 0.80), (0.8, 0.12, 0.1)
    line = _chars(100, 200, "service") + _chars(142, 200, "[a]", blue) + _chars(166, 200, "learned")
    struck = _chars(100, 220, "visits.", red) + _chars(142, 220, "[e]", blue)  # on a struck (red) word too
    assert comment_anchors(line) == {id(c) for c in line[7:10]}
    assert comment_anchors(struck) == {id(c) for c in struck[7:]}
    # look-alikes: a sub-clause in the text's colour, a blue letter after a space, an endnote's letter
    keep = (_chars(100, 240, "section 3") + _chars(154, 240, "[a]")
            + _chars(100, 260, "see") + _chars(124, 260, "[b]", blue)
            + _chars(72, 280, "[c]", blue) + _chars(90, 280, "Does this need a date?"))
    assert comment_anchors(keep) == set()


def test_an_editors_comments_printed_after_the_report_are_not_the_reports():
    """Blind round 59: the editor prints its comments after the last paragraph, each opening with its letter glued
    to its text ("[b]2.2 and 2.3 say much the same") and followed by its author: left out, to the document's end.
    A note opening "[a] " with a space, letters out of their order, and "[a]" lines followed by a heading in
    larger type (an appendix) stay. (FICTIONAL.)"""
    from inquiry_lessons.index.ingest.parse.suggestions import without_comment_endnotes

    body = [_ln(1, 100, "5.2 The adviser was never invited to the meeting held at Skarrow in May.", 11.0)]
    notes = [_ln(2, 60, "[a]Does this need the date of the referral?", 10.0), _ln(2, 74, "Priya Shah · 14 Feb", 8.5),
             _ln(2, 90, "[b]2.2 and 2.3 say much the same – merge?", 10.0), _ln(2, 104, "Tom Okafor · 15 Feb", 8.5)]
    assert without_comment_endnotes([body, notes]) == [body, []]
    assert without_comment_endnotes([body + notes[:2], notes[2:]]) == [body, []]
    # look-alikes
    spaced = [_ln(2, 60, "[a] Home Office guidance, 2016.", 10.0), _ln(2, 74, "[b] Local protocol, 2019.", 10.0)]
    assert without_comment_endnotes([body, spaced]) == [body, spaced]
    jumbled = [notes[2], notes[0]]
    assert without_comment_endnotes([body, jumbled]) == [body, jumbled]
    appendix = [*notes, _ln(3, 60, "Appendix A: Terms of reference", 14.0)]
    assert without_comment_endnotes([body, appendix]) == [body, appendix]


def test_a_text_printed_double_spaced_reads_one_empty_line_as_a_line_break_and_wider_gaps_as_paragraph_breaks():
    """Blind round 60's rule (parse/double_spacing.py): a proof copy printed double-spaced to a file follows every
    printed line with an empty line and parts paragraphs by three; one empty line is taken from every run, so a
    paragraph's lines join and paragraphs stay apart (here across a page's head and footer too). Left alone: a
    text of one-line points parted by single empty lines (no sentence wraps), and a text single-spaced within its
    paragraphs (lines of text together). (FICTIONAL.)"""
    from inquiry_lessons.index.ingest.parse.double_spacing import single_spaced
    from inquiry_lessons.index.ingest.parse.text import parse_string

    def spaced(lines: list[str]) -> list[str]:
        return [row for t in lines for row in (t, "")]

    def page(n: int, body: list[str]) -> str:
        return "\n".join(["   DRAFT FOR CORRECTIONS", "", "", *body, "", "", f"        Page {n} of 3", "", ""])

    para = ["The school raised the first concern in May and", "        nobody acted on it until the nurse saw",
            "        the bruise at the clinic in June. The", "        referral was closed after two calls",
            "        that were never returned."]
    first = [*spaced(["1.1     " + para[0], *para[1:]]), "", ""]
    first += [*spaced(["1.2     " + para[0], *para[1:]]), "", "", *spaced(["1.3     " + para[0], *para[1:]])]
    raw = "\f".join([page(1, first),
                     page(2, [*spaced(["1.4     The police were not told, and the case", "        was closed"]),
                              "", "", "", "", ""]),
                     page(3, ["        without a visit.", "", "", "",
                              *spaced(["1.5     Nothing further was recorded by", "        the autumn."])])])
    paras = [b.text for b in parse_string(raw).blocks if b.kind == "para"]
    whole = "The school raised the first concern in May and nobody acted on it until the nurse saw the bruise at " \
            "the clinic in June. The referral was closed after two calls that were never returned."
    assert paras == [f"1.{k} {whole}" for k in (1, 2, 3)] + [
        "1.4 The police were not told, and the case was closed without a visit.",
        "1.5 Nothing further was recorded by the autumn."]
    # look-alikes: one-line points parted by single empty lines, wider gaps round headings
    points = "\n".join(["Actions", "", "", *spaced([f"{n}. Agencies should share the plan with the school."
                                                      for n in range(1, 8)]),
                        "", "", "Next steps", "", "", *spaced([f"{n}. The board will review the plan in week {n}."
                                                               for n in range(8, 15)])])
    assert single_spaced(points) == points
    # a single-spaced text: paragraphs' lines together, one empty line between paragraphs, two before a heading
    single = "\n".join([*(["The school raised the first concern in May and", "nobody acted on it.", ""] * 8),
                        "", "Findings", "", *(["The nurse saw the bruise and", "told the GP practice.", ""] * 6)])
    assert single_spaced(single) == single


def test_a_back_page_printed_upside_down_is_read_turned_the_right_way_up(tmp_path: Path):
    """A report printed two-sided "flip on short edge" to a print server's PDF queue (blind round 60): the back page is
    drawn turned 180 degrees by the content stream, no /Rotate, and is read as the sheet turned the right way up
    (parse/print_server.py); an upright page with one upside-down stamp line on it is read as it stands."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from inquiry_lessons.index.ingest.parse.pdf import parse_pdf

    width, height = A4
    lines = {1: ["1.1 The ward social worker saw the cold flat in June and", "told the housing officer that week."],
             2: ["1.2 The district nurse recorded the leg ulcers at every", "visit but shared them with nobody."],
             3: ["1.3 The panel heard that the recovery service closed the", "case after one missed appointment."]}
    path = tmp_path / "fict.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    for page, text in lines.items():
        c.saveState()
        if page == 2:  # the back of the sheet: turned about the page's centre
            c.translate(width, height)
            c.rotate(180)
        c.setFont("Helvetica", 11)
        for k, t in enumerate(text):
            c.drawString(72, 760 - 16 * k, t)
        c.restoreState()
        if page == 3:  # an upside-down stamp on an upright page
            c.saveState()
            c.translate(500, 100)
            c.rotate(180)
            c.drawString(0, 0, "COPY")
            c.restoreState()
        c.showPage()
    c.save()
    blocks = {b.text[:3]: b for b in parse_pdf(path).blocks}
    assert blocks["1.2"].text == " ".join(lines[2]) and blocks["1.2"].page == 2
    assert blocks["1.1"].text == " ".join(lines[1]) and blocks["1.3"].text.startswith(" ".join(lines[3]))


def test_a_print_servers_job_separator_page_is_no_text():
    """The job separator page a print server puts before a report printed to its queue (blind round 60) is left out,
    its page kept empty; a report's own document-control page of "Title:", "Owner:" and "Pages:" fields stays."""
    from inquiry_lessons.index.ingest.parse.print_server import without_job_separator

    separator = [_ln(1, 60, "h.marwood", 30.0), _ln(1, 120, "JOB 88", 20.0)] + [
        _ln(1, 160 + 20 * k, t) for k, t in enumerate(["Job: 88", "User: h.marwood", "Printer: \\\\PRINT01\\ARCHIVE",
                                                       "Submitted: 03/03/2025 09:12", "Pages: 4", "Copies: 1"])]
    report = [[_ln(2, 100, "Serious Case Review: Family M", 16.0), _ln(2, 140, f"1.1 In June {LONG}.")],
              [_ln(3, 100, f"1.2 In July {LONG}.")]]
    assert without_job_separator([separator, *report]) == [[], *report]
    control = [_ln(1, 100 + 20 * k, t) for k, t in enumerate(["Document control", "Title: Overview report",
                                                               "Owner: Board manager", "Version: 1.3", "Pages: 4",
                                                               "Status: Final"])]
    assert without_job_separator([control, *report]) == [control, *report]


def test_a_presenters_cues_in_square_brackets_are_no_text_and_other_brackets_stay():
    """Blind round 60: speaker notes hold a presenter's stage directions, "[CLICK]" and "[Pause for questions ...]"
    on lines of their own and one before a paragraph's number ("[CLICK – next point appears] 3.2 The ..."): no text.
    A redaction note in brackets, a paragraph opening with a bracketed word that is no cue, and a cue inside a
    paragraph's sentences stay. (FICTIONAL.)"""
    from inquiry_lessons.index.ingest.parse.handouts import without_presenter_cues
    from inquiry_lessons.index.types import Block

    blocks = [Block(text=f"3.1 In March {LONG}."), Block(text="[CLICK]"),
              Block(text="[Pause for questions] [Next slide]"),
              Block(text=f"[CLICK – next point appears] 3.2 In May {LONG}.")]
    assert [b.text[:12] for b in without_presenter_cues(blocks)] == ["3.1 In March", "3.2 In May t"]
    kept = [Block(text="[This paragraph has been redacted]"), Block(text=f"[Clicker test] 3.3 In June {LONG}."),
            Block(text=f"3.4 In July {LONG} [pause] and later."), Block(text=f"[CLICK] then {LONG}.")]
    assert without_presenter_cues(kept) == kept


def test_a_slides_handouts_slide_lines_are_no_text_and_notes_cut_at_a_slides_foot_run_on(tmp_path: Path):
    """Blind round 60: a briefing's slides and notes sent to Word as handouts, one slide a page ("Slide 2", the
    picture, the notes). The "Slide N" lines go; 1.2, cut mid-sentence at slide 2's foot, takes the unnumbered notes
    at slide 3's top; a welcome and a closing line, unnumbered notes where no paragraph is open, are set aside. A
    report that names "Slide 2" in its text (the lines not opening pages) is left as it is. (FICTIONAL.)"""
    from docx.enum.text import WD_BREAK

    from inquiry_lessons.index.ingest.parse.handouts import handout_notes
    from inquiry_lessons.index.types import Block

    doc = Document()
    slides = [["Welcome everyone, this briefing takes seven minutes."],
              [f"1.1 In March {LONG}.", f"1.2 In May {LONG} and"],
              [f"then {LONG}.", f"1.3 In June {LONG}."], ["Thank you for listening."]]
    for k, notes in enumerate(slides, 1):
        doc.add_paragraph().add_run(f"Slide {k}").bold = True
        for note in notes:
            doc.add_paragraph(note)
        if k < len(slides):
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.save(tmp_path / "fict.docx")
    got = [(b.kind, b.page, b.text[:10]) for b in parse_docx(tmp_path / "fict.docx").blocks]
    assert got == [("aside", 1, "Welcome ev"), ("para", 2, "1.1 In Mar"), ("para", 2, "1.2 In May"),
                   ("para", 3, "1.3 In Jun"), ("aside", 4, "Thank you ")]
    assert parse_docx(tmp_path / "fict.docx").blocks[2].text.endswith(f"and then {LONG}.")
    # look-alikes: "Slide N" lines inside a page are a report's own words; a closed paragraph takes nothing across
    report = [Block(text=f"Slide {k}", kind="heading", page=1) for k in (1, 2, 3)] + [Block(text=f"1.1 In May {LONG}.")]
    assert handout_notes(report) == report
    closed = [Block(text="Slide 1", page=1), Block(text=f"1.1 In May {LONG}.", page=1), Block(text="Slide 2", page=2),
              Block(text=f"then {LONG}.", page=2), Block(text="Slide 3", page=3),
              Block(text=f"1.2 In June {LONG}", page=3),
              Block(text="Slide 4", page=4), Block(text=f"1.3 In July {LONG}.", page=4)]
    assert [(b.kind, b.text[:8]) for b in handout_notes(closed)] == [
        ("para", "1.1 In M"), ("aside", "then the"), ("para", "1.2 In J"), ("para", "1.3 In J")]


def _paged(pages: list[str], cls: str = "pagedjs_page") -> str:
    """A print preview's pages (paged.js style): each page's margin boxes hold the running title and the footer."""
    margin = ("<div class='pagedjs_margin-top'><div class='pagedjs_margin-top-center pagedjs_margin hasContent'>"
              "<div class='pagedjs_margin-content'><p class='running-title' data-ref='t1'>FICTIONAL review of Child K"
              "</p></div></div></div>")
    foot = ("<div class='pagedjs_margin-bottom'><div class='pagedjs_margin-bottom-center pagedjs_margin'><div class="
            "'pagedjs_margin-content'><p>Pellow Partnership \u00b7 published May 2025</p></div></div></div>")
    return "<html><body><div class='pagedjs_pages'>" + "".join(
        f"<div class='{cls}'><div class='pagedjs_pagebox'>{margin}<div class='pagedjs_area'><div class="
        f"'pagedjs_page_content'>{content}</div></div>{foot}</div></div>" for content in pages) + "</div></body></html>"


def test_a_print_previews_pages_are_read_as_the_document_they_paginate(tmp_path: Path):
    """Blind round 60: a page paginated by a print-preview script (paged.js) and saved: the margin boxes' running
    title and footer are no text; a paragraph cut over two pages (data-split-to, then data-split-from on the next
    page, the section cloned round it) is one paragraph; a blank page holds nothing. Look-alikes: two paragraphs
    on one page stay two, and the same attributes on a page with no print-preview pages are left as they are."""
    page = tmp_path / "paged.html"
    first = ("<article data-ref='r1'><p class='running-title' data-ref='t1'>FICTIONAL review of Child K</p>"
             "<section data-ref='r2' data-split-to='r2'><h2 data-ref='r3'>2. What happened</h2>"
             "<p data-ref='r4'>2.1 The school saw the bruise and told the social worker.</p>"
             "<p data-ref='r5' data-split-to='r5'>2.2 The health visitor recorded the concern but it was</p>"
             "</section></article>")
    rest = ("<article data-ref='r1' data-split-from='r1'><section data-ref='r2' data-split-from='r2'>"
            "<p data-ref='r5' data-split-from='r5'>not shared with the GP practice.</p>"
            "<p data-ref='r6'>2.3 The panel agreed.</p></section></article>")
    page.write_text(_paged([first, "", rest]), encoding="utf-8")
    assert [b.text for b in parse_html(page).blocks] == [
        "2. What happened", "2.1 The school saw the bruise and told the social worker.",
        "2.2 The health visitor recorded the concern but it was not shared with the GP practice.",
        "2.3 The panel agreed."]
    # no print preview's pages (a <div class="page"> each): the parts are not joined
    page.write_text(_paged([first.replace("article", "div"), rest.replace("article", "div")], cls="page"),
                    encoding="utf-8")
    texts = [b.text for b in parse_html(page).blocks]
    assert "not shared with the GP practice." in texts and "2.2 The health visitor recorded the concern but it was" \
        in texts


def _form_pdf(path: Path, carried_from: str) -> None:
    """A two-page form flattened to a PDF (FICTIONAL): section 3's box is cut by its author in mid-sentence with a
    marker, a check box list under it, and the rest written on page 2's continuation sheet under ``carried_from``."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    pages = [[("B", "3.  Learning identified so far"),
              ("", "3.1 The school saw the bruise in June and told the social worker that afternoon."),
              ("", "3.2 The health visitor recorded the concern at the home visit, but nobody asked who else"),
              ("", "stayed at the house or who visited it in [continued on the continuation sheet]"),
              ("B", "Documents attached to this form"), ("", "Combined chronology"), ("", "Agency summaries")],
             [("B", "Continuation sheet"), ("", carried_from),
              ("", "the evenings. The panel heard the same from the named nurse in May."),
              ("", "3.3 The police shared the older youth's record with nobody before the strategy meeting."),
              ("B", "4.  Decision and rationale"),
              ("", "4.1 The panel decided that the case meets the criteria for a local review.")]]
    for lines in pages:
        y = 780
        for style, text in lines:
            y -= 28 if style else 16
            c.setFont("Helvetica-Bold" if style else "Helvetica", 10)
            c.drawString(56, y, text)
        c.showPage()
    c.save()


def test_a_paragraph_its_author_carried_on_in_a_continuation_box_is_read_whole(tmp_path: Path):
    """Blind round 61: a form's box cut by its author at its foot ("... who visited it in [continued on the
    continuation sheet]") and carried on in a continuation box on a later page under "Section 3 (continued from page
    2):" (parse/carried_on.py): the paragraph is read whole, where it starts, and neither marker is text; what the
    form set between the two parts stays after it, and the rest of the section carried on (3.3) comes with it.
    Look-alikes: the rest's note names another page than the cut's, or
    there is no note of where the rest is: nothing moves. (FICTIONAL.)"""
    from inquiry_lessons.index.ingest.parse import parse
    from inquiry_lessons.index.ingest.parse.carried_on import carried_on
    from inquiry_lessons.index.types import Block

    path = tmp_path / "fict.pdf"
    _form_pdf(path, "Section 3 (continued from page 1):")
    blocks = parse(path).blocks
    texts = [b.text for b in blocks]
    whole = next(b for b in blocks if b.text.startswith("3.2"))
    assert whole.page == 1 and whole.text.endswith("who visited it in the evenings. The panel heard the same from "
                                                   "the named nurse in May.")
    assert not any("continued" in t for t in texts)
    assert [t[:12] for t in texts] == ["3. Learning ", "3.1 The scho", "3.2 The heal", "3.3 The poli", "Documents at",
                                       "Combined chr", "Continuation", "4. Decision ", "4.1 The pane"]
    # the rest's note names another page: nothing moves
    _form_pdf(path, "Section 3 (continued from page 5):")
    cut = next(b.text for b in parse(path).blocks if b.text.startswith("3.2"))
    assert cut.endswith("[continued on the continuation sheet]")
    # a cut with no note of where the rest is, and a section's "(continued)" with no cut before it: left as they are
    lone = [Block(text="3.2 The health visitor recorded it, but who stayed there [continued overleaf]", page=1),
            Block(text="Other matter", kind="heading", page=2),
            Block(text="the evenings were never asked about.", page=2)]
    assert carried_on(lone) == lone
    heading = [Block(text="3.2 The health visitor recorded it in May.", page=1),
               Block(text="Section 3 (continued)", kind="heading", page=2), Block(text="3.3 The police knew.", page=2)]
    assert carried_on(heading) == heading


def _form(path: Path, printed: list[tuple[float, str]], boxes: list[dict], filled: dict[str, str] | None = None,
          pages: int = 1) -> None:
    """An A4 form made with reportlab: lines printed on its first page (height, text) and text boxes (reportlab's
    textfield arguments, "page" for a later page); ``filled`` sets a box's /V afterwards with pypdf, its appearance
    left as reportlab drew it (out of date, as a merge script leaves it)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject, TextStringObject
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    for page in range(1, pages + 1):
        c.setFont("Helvetica", 9)
        for y, text in printed if page == 1 else [(780, "Second page of the form")]:
            c.drawString(56, y, text)
        for box in boxes:
            if box.get("page", 1) == page:
                kw = {k: v for k, v in box.items() if k != "page"}
                c.acroForm.textfield(fontName="Helvetica", fontSize=9, maxlen=None, borderWidth=0, **kw)
        c.showPage()
    c.save()
    if filled:
        writer = PdfWriter(clone_from=PdfReader(str(path)))
        for page in writer.pages:
            for a in page.get("/Annots") or []:
                a = a.get_object()
                if a.get("/T") in filled:
                    a[NameObject("/V")] = TextStringObject(filled[a["/T"]])
        writer.write(str(path))


def test_a_forms_typed_boxes_are_read_at_their_places(tmp_path: Path):
    """Blind round 61: a report typed into a fillable PDF template and saved with its fields live
    (parse/form_fields.py): the text is in no page's content, only in the text fields' values (/V), so a multiline
    box's value is read on its widget's page at its box's place, whatever order the file stores the boxes in; a value
    changed after its appearance was drawn is read as it now is; a small box holding only "2.3" numbers the text box
    beside it. Look-alikes: a single-line box of the form's details (a name), a hidden box, a number box on a row of
    its own, and a box whose words the page already prints (read once) add nothing."""
    from inquiry_lessons.index.ingest.parse.pdf import parse_pdf

    path = tmp_path / "fict.pdf"
    first = f"2.1 In March {LONG}, and again {LONG}.\r\r2.2 In May {LONG}, and again {LONG}."
    boxes = [  # stored bottom up: the later box first
        {"name": "later", "value": f"In July {LONG}, and again {LONG}.", "x": 100, "y": 420, "width": 440, "height": 60,
         "fieldFlags": "multiline"},
        {"name": "no_later", "value": "2.3", "x": 56, "y": 462, "width": 36, "height": 18},
        {"name": "section", "value": "2.1 In March it was typed before the rest.", "x": 56, "y": 560, "width": 484,
         "height": 170, "fieldFlags": "multiline"},
        {"name": "adult", "value": "Mrs R", "x": 200, "y": 760, "width": 200, "height": 16},
        {"name": "hidden", "value": f"9.9 In December {LONG}.", "x": 56, "y": 300, "width": 484, "height": 60,
         "fieldFlags": "multiline", "annotationFlags": "hidden"},
        {"name": "no_alone", "value": "3.1", "x": 56, "y": 200, "width": 36, "height": 18},
        {"name": "copy", "value": f"2.4 In August {LONG}.", "x": 56, "y": 100, "width": 484, "height": 40,
         "fieldFlags": "multiline"},
        {"name": "second", "value": f"2.5 In September {LONG}, and again {LONG}.", "x": 56, "y": 600, "width": 484,
         "height": 60, "fieldFlags": "multiline", "page": 2}]
    printed = [(780, "Review details: adult's pseudonym"), (745, "Section 2 - What happened"),
               (150, f"2.4 In August {LONG}.")]
    _form(path, printed, boxes, filled={"section": first}, pages=2)
    paras = [(b.page, b.text) for b in parse_pdf(path).blocks if b.kind == "para"]
    assert [(p, t[:10]) for p, t in paras if t[:1].isdigit()] == [
        (1, "2.1 In Mar"), (1, "2.2 In May"), (1, "2.3 In Jul"), (1, "2.4 In Aug"), (2, "2.5 In Sep")]
    assert paras[0][1] == first.split("\r")[0] and paras[2][1] == f"2.3 In July {LONG}, and again {LONG}."
    texts = " ".join(t for _, t in paras)
    assert "Mrs R" not in texts and "December" not in texts and "3.1" not in texts
    assert texts.count("In August") == 1


def test_a_box_for_the_board_only_is_no_text_and_the_forms_own_numbered_lines_are_asides(tmp_path: Path):
    """Blind round 61: a box labelled "(not for publication)" above it, or so described in its tooltip, is the author's
    note to the board, not the report's (its value opens "2.2 and 2.3 still need ..."); on a page where the report is
    typed into boxes, the form's printed instructions, numbered "1." and "2.", are asides, not a summary numbered
    before 2.1. Look-alikes: a box under a guidance sentence that says what is not for publication is read, and a page
    whose one box holds a word ("Bob") keeps its printed numbered paragraphs."""
    from inquiry_lessons.index.ingest.parse.pdf import parse_pdf

    path = tmp_path / "fict.pdf"
    printed = [(790, "How to use this form"), (776, "1. Type in the grey boxes below, as the board asks you to."),
               (762, "2. Number every paragraph of your report 2.1, 2.2 and so on."),
               (748, "3. Save a copy and send it to the business unit."),
               (730, "Names are not for publication. Use the pseudonym agreed."),
               (520, "Note to the business unit (not for publication)")]
    boxes = [{"name": "s2", "value": "\r\r".join(f"2.{k} In {m} {LONG}, and again {LONG}."
                                                  for k, m in enumerate(["March", "May", "June"], 1)),
              "x": 56, "y": 560, "width": 484, "height": 165, "fieldFlags": "multiline"},
             {"name": "note", "value": "2.2 and 2.3 still need the dates checking before this goes to the board.",
              "x": 56, "y": 440, "width": 484, "height": 70, "fieldFlags": "multiline"},
             {"name": "memo", "value": "2.4 Still to do: the police chronology.", "tooltip": "Not published.",
              "x": 56, "y": 300, "width": 484, "height": 70, "fieldFlags": "multiline"}]
    _form(path, printed, boxes)
    blocks = parse_pdf(path).blocks
    assert [b.text[:10] for b in blocks if b.kind == "para"] == ["2.1 In Mar", "2.2 In May", "2.3 In Jun"]
    assert [b.text[:2] for b in blocks if b.kind == "aside" and b.text[:1].isdigit()] == ["1.", "2.", "3."]
    assert not any("still need" in b.text or "Still to do" in b.text for b in blocks)
    # a page whose one box holds a word: its printed paragraphs stay paragraphs
    printed = [(760 - 40 * k, f"{k + 1}. In {m} {LONG[:60]}.") for k, m in enumerate(["May", "June", "July"])]
    _form(path, printed, [{"name": "who", "value": "Bob", "x": 56, "y": 500, "width": 200, "height": 40,
                           "fieldFlags": "multiline"}])
    assert [(b.kind, b.text[:3]) for b in parse_pdf(path).blocks][:3] == [("para", "1. "), ("para", "2. "),
                                                                          ("para", "3. ")]


def test_typed_text_that_the_page_shows_with_its_line_breaks_is_parted_at_its_blank_lines(tmp_path: Path):
    """Blind round 61: an answer typed into a text area and shown back in one text node whose style keeps its line
    breaks (white-space: pre-line by a class of the page's style sheet, pre-wrap in its own style attribute): each
    blank line parts two paragraphs, as the browser shows them; a single line break stays inside its paragraph.
    Look-alikes: the same text with no such style (or white-space: nowrap) is one paragraph, as a browser shows it."""
    page = tmp_path / "typed.html"
    text = ("2.1 The school saw the bruise\nand told the social worker.\n\n2.2 The health visitor recorded the concern."
            "\n  \n\n2.3 The panel agreed.")
    css = ("<style>/* answers */ @media screen { .answer { white-space: pre-line } } .plain { white-space: nowrap }"
           "</style>")
    for markup in (f"<div class='answer'>{text}</div>", f"<div style='white-space: pre-wrap'>{text}</div>"):
        page.write_text(f"<html><head>{css}</head><body>{markup}</body></html>", encoding="utf-8")
        assert [b.text for b in parse_html(page).blocks] == [
            "2.1 The school saw the bruise and told the social worker.", "2.2 The health visitor recorded the concern.",
            "2.3 The panel agreed."]
    for markup in (f"<div>{text}</div>", f"<div class='plain'>{text}</div>"):
        page.write_text(f"<html><head>{css}</head><body>{markup}</body></html>", encoding="utf-8")
        assert len(parse_html(page).blocks) == 1


def _answers(rows: str, card: str = "") -> str:
    """A service's "check your answers" page (GOV.UK Design System style): summary list rows, a summary card."""
    return ("<html><body><main><h1>Check your answers</h1><h2>Section 2: What happened</h2>"
            f"<dl class='govuk-summary-list'>{rows}</dl>{card}<h2>Now send your review</h2></main></body></html>")


def _row(key: str, value: str, change: str | None = "Change") -> str:
    action = "" if change is None else (f"<dd class='govuk-summary-list__actions'><a href='/c'>{change}<span class="
                                        f"'govuk-visually-hidden'> {key.lower()}</span></a></dd>")
    return (f"<div class='govuk-summary-list__row'><dt class='govuk-summary-list__key'>{key}</dt>"
            f"<dd class='govuk-summary-list__value'>{value}</dd>{action}</div>")


def test_a_services_check_your_answers_page_is_read_as_the_report_its_answers_hold(tmp_path: Path):
    """Blind round 61: a review typed into an online service, its "check your answers" page saved. The questions
    (the summary list's keys) are headings, no paragraph and no part of one; "Change" and "Remove" links go with the
    words only a screen reader hears; answers parted by <br><br> are paragraphs; a card's "Paragraph number" row
    numbers the next row's answer, and the card's title ("Finding 1") goes."""
    page = tmp_path / "answers.html"
    card = ("<div class='govuk-summary-card'><div class='govuk-summary-card__title-wrapper'><h2>Finding 1</h2><ul>"
            "<li><a href='/r'>Remove<span class='govuk-visually-hidden'> finding 1</span></a></li></ul></div>"
            "<div class='govuk-summary-card__content'><dl class='govuk-summary-list'>"
            + _row("Paragraph number", "3.1") + _row("What the review found", "<p>The panel met twice.</p>")
            + _row("Who this finding is for", "<ul><li>Schools</li></ul>") + "</dl></div></div>")
    rows = _row("What happened", "2.1 The school saw the bruise.<br><br>2.2 The GP was not told.<br>It was May.") \
        + _row("Key dates", "<a href='/k'>Enter key dates</a>", None)
    page.write_text(_answers(rows, card), encoding="utf-8")
    assert [(b.kind, b.text) for b in parse_html(page).blocks] == [
        ("heading", "Check your answers"), ("heading", "Section 2: What happened"), ("heading", "What happened"),
        ("para", "2.1 The school saw the bruise."), ("para", "2.2 The GP was not told. It was May."),
        ("heading", "Key dates"), ("para", "Enter key dates"), ("heading", "What the review found"),
        ("para", "3.1 The panel met twice."), ("heading", "Who this finding is for"), ("bullet", "Schools"),
        ("heading", "Now send your review")]


def test_a_glossary_a_number_row_with_no_number_and_a_plain_change_link_are_left_as_they_are(tmp_path: Path):
    """Look-alikes of a service's answers page: a glossary (a <dl> with no summary list's class and no actions) is
    read as terms joined to their definitions; a "Paragraph number" row whose answer is no number, and the title
    of a card that gives no number, stay; a "Change" link with no words only a screen reader hears stays text."""
    page = tmp_path / "glossary.html"
    page.write_text("<html><body><main><dl><dt>MASH</dt><dd>Multi-agency safeguarding hub.</dd><dt>Paragraph number"
                    "</dt><dd>3.1</dd></dl><p>See <a href='/c'>Change</a> for how to ask.</p></main></body></html>",
                    encoding="utf-8")
    assert [b.text for b in parse_html(page).blocks] == [
        "MASH: Multi-agency safeguarding hub.", "Paragraph number: 3.1", "See Change for how to ask."]
    card = ("<div class='govuk-summary-card'><div><h2>Finding 1</h2></div><div><dl class='govuk-summary-list'>"
            + _row("Paragraph number", "not given") + _row("What the review found", "<p>The panel met twice.</p>")
            + "</dl></div></div>")
    page.write_text(_answers(_row("What happened", "2.1 The school saw the bruise."), card), encoding="utf-8")
    texts = [b.text for b in parse_html(page).blocks]
    assert "Finding 1" in texts and "Paragraph number" in texts and "not given" in texts
    assert "The panel met twice." in texts and "Change" not in " ".join(texts)


def _box(content: str, unused: bool = False) -> str:
    """A content control (a Word template's box) holding ``content`` (paragraphs, or runs in a paragraph);
    ``unused``: still showing its placeholder."""
    shown = "<w:showingPlcHdr/>" if unused else ""
    return f'<w:sdt><w:sdtPr><w:alias w:val="Box"/>{shown}</w:sdtPr><w:sdtContent>{content}</w:sdtContent></w:sdt>'


def _runs(*texts: str) -> str:
    return "".join(f'<w:r><w:t xml:space="preserve">{t}</w:t></w:r>' for t in texts)


def _paras(*texts: str) -> str:
    return "".join(f"<w:p>{_runs(t)}</w:p>" for t in texts)


def _wml(xml: str):
    """One element of WordprocessingML (a paragraph, a content control) for python-docx's tree."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    return parse_xml(xml.replace(">", f' {nsdecls("w")}>', 1))


def _boxed_table(document, rows: list[tuple[str, str]]) -> None:
    """A two-column table: each row a label, then a cell holding only the box ``rows`` give (:func:`_box`)."""
    from docx.oxml.ns import qn
    table = document.add_table(rows=len(rows), cols=2)
    for k, (label, box) in enumerate(rows):
        table.rows[k].cells[0].text = label
        tc = table.rows[k].cells[1]._tc
        tc.replace(tc.find(qn("w:p")), _wml(box))


def test_a_word_templates_label_of_a_box_is_no_paragraphs_text(tmp_path: Path):
    """Blind round 61: a report written into a Word template of content controls. A label before an unused box in
    its paragraph ("Family's contribution (optional): [Click or tap here to enter text.]") is no text (it ended
    the paragraph above), and so is a label in the cell beside an unused box; a label beside a filled box heads
    its answer. Look-alikes: a label and its filled box in one paragraph (a field, "Version: 0.7"), a numbered
    paragraph ending in an unused box, and a question beside its answer in a table without boxes: as before."""
    from docx.oxml.ns import qn
    tor1 = "ToR 1 \u2013 What did the school know about the bruising?"
    doc = Document()
    doc.add_heading("2. Background", level=2)
    cell = doc.add_table(rows=1, cols=1).rows[0].cells[0]._tc
    cell.replace(cell.find(qn("w:p")), _wml(_box(_paras(f"2.1 In May {LONG}.", f"2.2 In June {LONG}."))))
    label, unused = _runs("Family's contribution (optional): "), _box(_runs("Click or tap here to enter text."), True)
    cell.append(_wml(f"<w:p>{label}{unused}</w:p>"))
    doc.add_heading("4. Analysis", level=2)
    _boxed_table(doc, [(tor1, _box(_paras(f"4.1 In May {LONG}."))),
                       ("ToR 2 \u2013 Were referrals timely?", _box(_paras("Click or tap here to enter text."), True))])
    doc.save(tmp_path / "fict.docx")
    got = [(b.kind, b.level, b.text[:12]) for b in parse_docx(tmp_path / "fict.docx").blocks]
    assert got == [("heading", 2, "2. Backgroun"), ("para", 0, "2.1 In May t"), ("para", 0, "2.2 In June "),
                   ("heading", 2, "4. Analysis"), ("heading", 9, tor1[:12]), ("para", 0, "4.1 In May t")]
    # look-alikes: a field and its filled box, a numbered paragraph ending in an unused box, no boxes at all
    doc = Document()
    doc.add_paragraph()._p.addnext(_wml(f"<w:p>{_runs('Version: ')}{_box(_runs('0.7'))}</w:p>"))
    doc.add_paragraph()._p.addnext(_wml(f"<w:p>{_runs(f'2.4 In July {LONG} on ')}"
                                        f"{_box(_runs('Click or tap to enter a date.'), unused=True)}</w:p>"))
    table = doc.add_table(rows=2, cols=2)
    for k, (q, a) in enumerate([(tor1, f"4.1 In May {LONG}."),
                                ("ToR 2 \u2013 Were the referrals made on time?", f"4.2 In June {LONG}.")]):
        table.rows[k].cells[0].text, table.rows[k].cells[1].text = q, a
    doc.save(tmp_path / "fict.docx")
    got = [(b.kind, b.text[:12]) for b in parse_docx(tmp_path / "fict.docx").blocks]
    assert got == [("para", "Version: 0.7"), ("para", "2.4 In July "), ("para", tor1[:12]),
                   ("para", "4.1 In May t"), ("para", "ToR 2 \u2013 Were"), ("para", "4.2 In June ")]


def test_a_word_templates_labels_beside_boxes_of_paragraphs_are_a_layout_not_rows(tmp_path: Path):
    """Blind round 61: short labels ("ToR 1") beside boxes (content controls) that hold the author's paragraphs are
    a template's layout: each label heads its answer and each paragraph is one of its own, not a row "ToR 1 | 4.1
    ... 4.2 ...". Look-alike: a document control table of labels beside boxes holding values is read as rows."""
    doc = Document()
    _boxed_table(doc, [("ToR 1", _box(_paras(f"4.1 In May {LONG}.", f"4.2 In June {LONG}."))),
                       ("ToR 2", _box(_paras(f"4.3 In July {LONG}.")))])
    doc.save(tmp_path / "fict.docx")
    got = [(b.kind, b.text[:12]) for b in parse_docx(tmp_path / "fict.docx").blocks]
    assert got == [("heading", "ToR 1"), ("para", "4.1 In May t"), ("para", "4.2 In June "), ("heading", "ToR 2"),
                   ("para", "4.3 In July ")]
    doc = Document()
    _boxed_table(doc, [("Version", _box(_paras("0.7"))), ("Status", _box(_paras("Draft for panel"))),
                       ("Author", _box(_paras("Independent chair")))])
    doc.save(tmp_path / "fict.docx")
    assert [(b.kind, b.text) for b in parse_docx(tmp_path / "fict.docx").blocks] == [
        ("para", "Version | 0.7"), ("para", "Status | Draft for panel"), ("para", "Author | Independent chair")]


def _tab_delimited(rows: list[list[str]]) -> str:
    """Rows saved as a spreadsheet's "Text (Tab delimited)" (CRLF between rows, quoted cells with line breaks)."""
    import csv
    import io

    buf = io.StringIO(newline="")
    csv.writer(buf, dialect="excel-tab", lineterminator="\r\n").writerows(rows)
    return buf.getvalue()


_FORM_HEADER = ["ID", "Start time", "Email", "Title of the review",
                "Section 1: What happened (number your paragraphs 1.1, 1.2 and so on)",
                "Section 2: What we found (number your paragraphs 2.1, 2.2 and so on)"]


def test_a_forms_responses_saved_as_tab_delimited_text_are_read_as_the_table_they_are(tmp_path: Path):
    """Blind round 61 (:mod:`.parse.tab_export`): an online form's responses saved from a spreadsheet as
    tab-delimited text. Each section's first paragraph starts in mid-line after a tab and the opening quote, and
    the line a section ends on opens the next; read as a table, each answer is whole, the doubled quotes single,
    the column names headings and never paragraphs. Near-misses, left to the line reader: a text with a table of
    tab-parted cells, a text that is such a table with no quoted cell holding line breaks, an export a cell short in
    one row, and one whose header row leaves a column unnamed. (FICTIONAL.)"""
    from inquiry_lessons.index.ingest.parse.tab_export import read
    from inquiry_lessons.index.ingest.parse.text import parse_string, parse_text

    row = ["2", "03/03/2025 14:12", "anonymous", "Review of Child Q",
           f'1.1 In March {LONG}.\n\n1.2 The case was closed as a "personal choice".',
           f"2.1 In May {LONG}.\n\n2.2 The panel agreed."]
    path = tmp_path / "responses.txt"
    path.write_bytes(_tab_delimited([_FORM_HEADER, row]).encode("cp1252"))
    doc = parse_text(path)
    assert [(b.kind, b.text[:14]) for b in doc.blocks if b.kind == "para"] == [
        ("para", "anonymous"), ("para", "1.1 In March t"), ("para", "1.2 The case w"), ("para", "2.1 In May the"),
        ("para", "2.2 The panel ")]
    assert doc.blocks[-2].text == f"2.1 In May {LONG}." and doc.title == "Review of Child Q" and doc.pages is None
    assert 'a "personal choice".' in doc.blocks[-4].text
    assert [b.text for b in doc.blocks if b.kind == "heading"][-2:] == _FORM_HEADER[-2:]
    # near-misses: a report's table of tab-parted cells among its lines; an export a cell short in one row
    table = "\n".join(["Agency\tContact\tDate\tOutcome", "Police\tPhone\tMay\tNone", "School\tVisit\tJune\tReferral"])
    assert read(f"1.1 In March {LONG}.\n\n{table}\n\n1.2 The panel agreed.", parse_string) is None
    assert read(table.replace("Phone", '"Phone"'), parse_string) is None  # the whole text a table, one line a row
    short = _tab_delimited([_FORM_HEADER, row[:-1]])
    assert read(short, parse_string) is None
    assert read(_tab_delimited([["ID", "", "Email", "Notes"], ["1", "a", "b", "line one\nline two"]]),
                parse_string) is None


def test_a_forms_test_response_and_its_unpublished_answers_are_no_text():
    """Blind round 61 (:mod:`.parse.tab_export`): a form's test response ("test", "please ignore") before the real
    one, and an answer in a column the form marks "(not published)" opening "3.2 and 3.3 ...", are no text of the
    report. Near-misses: a real response whose long answer mentions testing is kept, and so is a column that only
    names publication ("Summary for publication"). (FICTIONAL.)"""
    from inquiry_lessons.index.ingest.parse.text import parse_string

    header = [*_FORM_HEADER, "Anything else we should know? (not published)", "Summary for publication"]
    test = ["1", "28/02/2025 16:02", "anonymous", "test", "test", "test", "please ignore - testing the form", "x"]
    real = ["2", "03/03/2025 14:12", "anonymous", "Review of Child Q", f"1.1 In March {LONG}.\n\n1.2 In May.",
            f"2.1 Testing for drugs was not offered and {LONG}.", "3.2 and 3.3 draw on one audit.",
            "The review found gaps in sharing."]
    texts = [b.text for b in parse_string(_tab_delimited([header, test, real])).blocks]
    assert "test" not in texts and not any("please ignore" in t or "3.3 draw" in t for t in texts)
    assert f"2.1 Testing for drugs was not offered and {LONG}." in texts and "1.2 In May." in texts
    assert texts[-2:] == ["Summary for publication", "The review found gaps in sharing."]
    assert header[-2] not in texts


def test_a_thumb_tab_turned_at_the_pages_edge_is_no_text_and_turned_text_of_the_body_stays(tmp_path: Path):
    """A designed report's thumb tab (devset layout quark, QuarkXPress): a coloured panel bleeding off the right edge
    holding the chapter's number and heading turned 90 degrees, level with the body's lines, is page furniture
    (parse/edge_tabs.py): its letters are no lines and none is read into a body line. A tab holding only the
    chapter's number goes too (its "2" was read into the line level with it: "... shared with 2 the school"), and so
    does a turned chapter label at the left edge on no panel. Near-misses stay: a turned page number at the edge on
    no tab, a landscape table turned on a portrait page reaching the edge, a page turned by /Rotate, and a turned
    table beside the text whose last lines reach into the edge's band. (FICTIONAL.)"""
    import pdfplumber
    from reportlab.lib.colors import Color, white
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from inquiry_lessons.index.ingest.parse.edge_tabs import without_edge_tabs
    from inquiry_lessons.index.ingest.parse.pdf import parse_pdf

    width = A4[0]
    said = {1: "In March the school told the social worker", 2: "In May the police told the school",
            3: "In June the GP told the health visitor"}
    paras = {page: [f"{page}.{n} {what} that {LONG}, and it was noted." for n in range(1, 7)]
             for page, what in said.items()}
    tabs = {1: ("1.2", "1 Introduction"), 2: ("2.3", "2"), 3: ("3.4", "3 What happened")}
    path = tmp_path / "fict-tabs.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    starts: dict[str, float] = {}  # a paragraph -> the baseline of its first line
    for page, texts in paras.items():
        y = 760.0
        for text in texts:
            words, line = text.split(), ""
            starts[text[:3]] = y
            for w in words:
                if c.stringWidth(f"{line} {w}".strip(), "Times-Roman", 10.5) > 450:
                    c.setFont("Times-Roman", 10.5)
                    c.drawString(64, y, line)
                    y, line = y - 14, ""
                line = f"{line} {w}".strip()
            c.setFont("Times-Roman", 10.5)
            c.drawString(64, y, line)
            y -= 22
        foot = starts[tabs[page][0]] + 1  # the tab's first letter level with that line
        c.saveState()
        if page < 3:  # a tab bleeding off the right edge
            c.setFillColor(Color(0.1, 0.4, 0.6))
            c.rect(width - 24, foot - 40, 30, 96, stroke=0, fill=1)
            c.setFillColor(white)
        c.translate(width - 12 + 2.5 if page < 3 else 20, foot)
        c.rotate(90)  # reads from the foot of the page up
        c.setFont("Helvetica-Bold", 7)
        c.drawString(0, 0, tabs[page][1])
        c.restoreState()
        c.showPage()
    c.save()
    blocks = parse_pdf(path).blocks
    assert [b.text for b in blocks] == paras[1] + paras[2] + paras[3]
    with pdfplumber.open(path) as pdf:
        assert all(c["upright"] for page in pdf.pages for c in without_edge_tabs(page).chars)
    # near-misses: turned text that is the body's own, or a page number, stays
    near = tmp_path / "fict-near.pdf"
    c = canvas.Canvas(str(near), pagesize=A4)
    body = [f"3.{n} The health visitor recorded the concern at every visit in {2010 + n}." for n in range(1, 21)]

    def upright(lines: list[str]) -> None:
        c.setFont("Times-Roman", 10.5)
        for k, text in enumerate(lines):
            c.drawString(64, 780 - 16 * k, text)

    def turned(x: float, foot: float, text: str) -> None:
        c.saveState()
        c.translate(x, foot)
        c.rotate(90)
        c.setFont("Helvetica", 8)
        c.drawString(0, 0, text)
        c.restoreState()

    upright(body)
    turned(width - 12, 400, "12")  # a turned page number at the edge, on no tab
    c.showPage()
    upright(body[:1])  # a landscape table on a portrait page: its rows turned, the last at the edge
    for row in range(30):
        turned(72 + 17.5 * row, 60, f"Row {row}: a referral was made, screened and closed the same day")
    c.showPage()
    c.setPageRotation(90)  # a page turned by /Rotate: every letter of it turned
    upright(body)
    c.showPage()
    c.setPageRotation(0)
    upright(body)  # a turned table beside the text, its last rows in the edge's band
    for row in range(6):
        turned(width - 72 + 11 * row, 300, f"2{row}: closed")
    c.showPage()
    c.save()
    with pdfplumber.open(near) as pdf:
        for page in pdf.pages:
            assert without_edge_tabs(page) is page, page.page_number


def _workbook(path: Path, set_apart: str) -> list:
    """A practitioner workbook quoting a review: extracts typed "2.3<TAB>The ..." in a "Review extract" style whose
    paragraph properties add ``set_apart`` (a shading, a border), each followed by the workbook's own text: an
    activity box (a one-cell table), a line to fill in, a two-column table of an extract beside a trainer's
    comment. Its passages."""
    from docx.enum.style import WD_STYLE_TYPE

    from inquiry_lessons.index.ingest.passages import cut_passages
    doc = Document()
    style = doc.styles.add_style("Review extract", WD_STYLE_TYPE.PARAGRAPH)
    for prop in list(_wml(f"<w:pPr>{set_apart}</w:pPr>")) if set_apart else []:
        style.element.get_or_add_pPr().append(prop)
    doc.add_heading("Part 2: What happened", level=1)
    for n in (1, 2, 3):
        doc.add_paragraph(f"2.{n}\tIn {('May', 'June', 'July')[n - 1]} {LONG}.", style="Review extract")
    box = doc.add_table(rows=1, cols=1).rows[0].cells[0]
    box.text = "Activity 1: Who knew what?"
    box.add_paragraph("In pairs, read the extracts again and note what each agency knew and whom it told.")
    doc.add_paragraph("Agency notes: the school, the GP practice and the health visitor each knew a part.")
    table = doc.add_table(rows=1, cols=2)
    table.rows[0].cells[0].paragraphs[0].style = doc.styles["Review extract"]
    table.rows[0].cells[0].paragraphs[0].text = f"3.2\tIn August {LONG}."
    table.rows[0].cells[1].text = _COMMENT
    doc.add_paragraph(f"3.3\tIn September {LONG}.", style="Review extract")
    doc.save(path)
    return cut_passages(parse_docx(path).blocks, "fict")



_FILL = '<w:shd w:val="clear" w:color="auto" w:fill="EEF4F5"></w:shd>'
_LEFT_RULE = '<w:pBdr><w:left w:val="single" w:sz="24" w:space="8" w:color="006B73"/></w:pBdr>'
_RULE_UNDER = '<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="A6A6A6"/></w:pBdr>'
_COMMENT = "This paragraph is not about one worker. Ask how your team records a refusal."


def _quoted_whole(passages: list) -> bool:
    """The extracts 2.3 and 3.2 end with their own words, and what the workbook added is passages of its own."""
    got = {p.paragraph: p.text for p in passages if p.paragraph}
    own = [p.text for p in passages if p.paragraph is None]
    return list(got) == ["2.1", "2.2", "2.3", "3.2", "3.3"] and got["2.3"] == f"In July {LONG}." \
        and got["3.2"] == f"In August {LONG}." and own[0].startswith("Activity 1: Who knew what?") and _COMMENT in own


def test_a_workbooks_quoted_extracts_end_where_their_shaded_style_ends(tmp_path: Path):
    """Blind round 62: a practitioner workbook quotes a review's paragraphs typed "2.3<TAB>The ..." in a shaded
    extract style with a rule down its left side; what the workbook adds after an extract (an activity box, a line
    of its own, the trainer's comment in the cell beside it) is no part of the quoted paragraph. Near-miss: the same
    paragraphs in a style that sets nothing apart are the document's own, and what follows them goes on them (the
    table of a numbered paragraph beside a comment a row), as before."""
    assert _quoted_whole(_workbook(tmp_path / "fict.docx", _LEFT_RULE + _FILL))
    got = {p.paragraph: p.text for p in _workbook(tmp_path / "fict.docx", "") if p.paragraph}
    assert got["2.3"].startswith(f"In July {LONG}.\nActivity 1: Who knew what?")
    assert got["3.2"] == f"In August {LONG}. {_COMMENT}"


def test_a_shading_or_a_rule_down_the_left_sets_extracts_apart_a_rule_under_them_does_not(tmp_path: Path):
    """Either mark of quoted matter alone (a shading fill, a rule down the left side) sets the typed extracts
    apart. Near-miss: a rule under each paragraph (as a heading style draws) sets nothing apart: as before."""
    assert _quoted_whole(_workbook(tmp_path / "fict.docx", _FILL))
    assert _quoted_whole(_workbook(tmp_path / "fict.docx", _LEFT_RULE))
    got = {p.paragraph: p.text for p in _workbook(tmp_path / "fict.docx", _RULE_UNDER) if p.paragraph}
    assert got["2.3"].startswith(f"In July {LONG}.\nActivity 1: Who knew what?")
    assert got["3.2"] == f"In August {LONG}. {_COMMENT}"


def _run_sheet_pdf(path: Path, firsts: list[tuple[str, str]]) -> None:
    """A facilitator's guide's run sheet (blind round 62), two A4 pages made with reportlab: a ruled table "Time |
    What happens | Resources" whose captions are repeated on the second page, the first column's cells ``firsts``
    (a time and a duration under it), the middle column a row's bold title, run-in cues ("SAY:", "ASK:") and quoted
    paragraphs (a bold number, the text hanging), one cue wrapped so that a line opens "2.2 with the group", and the
    third row's paragraph cut by the page break. (FICTIONAL.)"""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    left, mid, res, right, lead = 50.0, 110.0, 440.0, 545.0, 12.0
    b, r = "Helvetica-Bold", "Helvetica"
    rows = [  # page, first cell's two lines, middle column [(indent, text, font)], resources
        (1, firsts[0], [(5, "Welcome", b), (5, "SAY: Welcome everyone and agree the ground rules.", r)], "Slide 1"),
        (1, firsts[1], [(5, "What happened", b), (5, "READ ALOUD:", b),
                        (10, "2.1", b), (38, "The school nurse saw the bruise in May and told", r),
                        (38, "nobody about it before the summer holidays began.", r),
                        (10, "2.2", b), (38, "The health visitor heard of the bruise from the", r),
                        (38, "GP practice three weeks after it was first seen.", r),
                        (5, "ASK: What did the two services know? Look again at 2.1 and", r),
                        (5, "2.2 with the group: who was told, and when?", r)], "Handout A"),
        (1, firsts[2], [(5, "What the review found", b), (10, "3.1", b),
                        (38, "The panel heard that the referral about the bruise", r),
                        (38, "was screened by the duty team on the same day and", r)], "Slide 2"),
        (2, ("", ""), [(38, "was closed without a visit to the family home.", r),
                       (5, "SAY: Thank the group for what they have shared.", r)], ""),
        (2, firsts[3], [(5, "Close", b), (5, "DO: Hand out the evaluation forms.", r)], "Forms")]
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setLineWidth(0.5)

    def ruled(top: float, bottom: float) -> None:
        for x in (left, mid, res, right):
            c.line(x, top, x, bottom)
        c.line(left, top, right, top)
        c.line(left, bottom, right, bottom)

    y, page = 0.0, 0
    for on, (time, mins), cells, resource in rows:
        if on != page:
            if page:
                c.showPage()
            page, y = on, 800.0
            for x, caption in ((left, "Time"), (mid, "What happens"), (res, "Resources")):
                c.setFont(b, 9.5)
                c.drawString(x + 5, y - 13, caption)
            ruled(y, y - 18)
            y -= 18
        base = y - 13
        for k, text in enumerate([time, mins]):
            c.setFont(b if k == 0 else r, 9.5)
            c.drawString(left + 5, base - k * lead, text)
        c.setFont(r, 9.5)
        c.drawString(res + 5, base, resource)
        for k, (dx, text, font) in enumerate(cells):
            c.setFont(font, 9.5)
            if dx == 38 and cells[k - 1][0] == 10 and k:
                base += lead  # the paragraph's first line beside its number
            c.drawString(mid + dx, base, text)
            base -= lead
        bottom = 40.0 if time == firsts[2][0] else min(base + lead - 6, y - 2 * lead - 8)  # row 3: to the foot
        ruled(y, bottom)
        y = bottom
    c.save()


def test_a_run_sheets_times_are_no_paragraph_numbers_and_its_cues_no_paragraphs_text(tmp_path: Path):
    """A run sheet timed down its first column (parse/run_sheets.py, blind round 62): the times ("09.45", a duration
    under them) number no paragraph; the quoted paragraphs in the middle column are the report's, each without the
    cues after it (an ``aside``, its own passage, as the times and titles are), one cut by a page break joined to its
    end under the repeated captions; a cue's line opening "2.2 with the group" starts nothing. Near-miss: a ruled table
    whose first column numbers its rows "1.10", "1.20" (no duration, no leading zero, no colon) is read as before,
    a row a line, its number its label; so is a chronology's first column of days and months ("03.05")."""
    from inquiry_lessons.index.ingest.parse.pdf import parse_pdf
    from inquiry_lessons.index.ingest.passages import cut_passages

    path = tmp_path / "fict-runsheet.pdf"
    _run_sheet_pdf(path, [("09.30", "(15 mins)"), ("09.45", "(20 mins)"), ("10.05", "(25 mins)"),
                          ("10.30", "(10 mins)")])
    blocks = parse_pdf(path).blocks
    passages = cut_passages(blocks, "fict")
    numbered = [(p.paragraph, p.page, p.text) for p in passages if p.paragraph]
    assert numbered == [
        ("2.1", 1, "The school nurse saw the bruise in May and told nobody about it before the summer holidays began."),
        ("2.2", 1, "The health visitor heard of the bruise from the GP practice three weeks after it was first seen."),
        ("3.1", 1, "The panel heard that the referral about the bruise was screened by the duty team on the same day "
                   "and was closed without a visit to the family home.")]
    asides = [b.text for b in blocks if b.kind == "aside"]
    assert "ASK: What did the two services know? Look again at 2.1 and 2.2 with the group: who was told, and when?" \
        in asides
    assert asides[0] == "09.30 (15 mins) | Welcome | Slide 1" and "SAY: Thank the group for what they have shared." \
        in asides and not any("Time What happens" in b.text for b in blocks)
    # near-miss: row numbers in the first column, not times
    near = tmp_path / "fict-numbered.pdf"
    _run_sheet_pdf(near, [("1.10", ""), ("1.20", ""), ("1.30", ""), ("1.40", "")])
    blocks = parse_pdf(near).blocks
    assert not any(b.kind == "aside" for b in blocks)
    assert [b.text[:4] for b in blocks if b.text[:2] == "1."] == ["1.10", "1.20", "1.30", "1.40"]
    # ... and a chronology's days and months ("03.05", "12.05"), and times out of order, are no run sheet's
    from inquiry_lessons.index.ingest.parse.run_sheets import run_sheet

    said = "The school nurse saw the bruise and told nobody about it."
    assert run_sheet(None, [["Date", "Event"], *([d, said] for d in ("03.05", "12.05", "14.05"))], False) is None
    assert run_sheet(None, [["Time", "What"], *([t, said] for t in ("09.30", "11.15", "10.45"))], False) is None


def test_a_training_packs_learning_outcomes_are_no_summary_before_the_reports_numbers():
    """Training material that quotes a review (blind round 62's facilitator's guide) sets its learning outcomes
    before it, "1." to "3." under "Learning outcomes" (republished.OUTCOMES_HEAD): no summary's numbers before the
    report's "1.1", so no paragraphs. Near-miss: the same points under "Summary" are the summary's own numbers."""
    from inquiry_lessons.index.ingest.passages import cut_passages
    from inquiry_lessons.index.types import Block

    points = ["1. Describe the four people whose lives the review looked at.",
              "2. Explain what the review found about sharing information.",
              "3. Identify one change to make in your own practice."]
    body = [Block(f"1.{n} The health visitor recorded the concern in {2010 + n} and {LONG}.", page=2)
            for n in range(1, 5)]

    def labels(head: str) -> list[str | None]:
        blocks = [Block(head, kind="heading", level=2, page=1), *(Block(t, page=1) for t in points), *body]
        return [p.paragraph for p in cut_passages(blocks, "fict")]

    for head in ("Learning outcomes", "Session objectives:", "By the end of this session you will be able to:"):
        assert labels(head) == [None, None, None, "1.1", "1.2", "1.3", "1.4"], head
    assert labels("Summary") == ["1", "2", "3", "1.1", "1.2", "1.3", "1.4"]


def _poster(path: Path, numbers: dict[tuple[int, int], int | None], closing: str = "") -> dict[int, str]:
    """A FICTIONAL landscape A4 poster made with reportlab: rounded boxes on a 2 x 3 grid, drawn row by row, each a
    title, a lead-in and one quoted paragraph ("4.1" in bold, its text in italics hanging beside it), the numbers
    ``numbers[(row, col)]`` in large white type in navy circles drawn last (None: no number); the box numbered 4
    ends with ``closing`` at the number's edge. Returns each box's quoted paragraph, by the box's number (or by
    10 * row + col where it has none)."""
    from reportlab.lib.colors import Color, white
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas

    width, height = landscape(A4)
    box_w, box_h, gap = (width - 60) / 3, (height - 100) / 2, 12.0
    c = canvas.Canvas(str(path), pagesize=(width, height))
    c.setFont("Helvetica-Bold", 20)
    c.drawString(24, height - 40, "Learning briefing: Child Q (FICTIONAL)")
    quoted: dict[int, str] = {}
    for (row, col), k in numbers.items():
        x, top = 24 + col * (box_w + gap), height - 60 - row * (box_h + gap)
        key = k if k is not None else 10 * row + col
        c.setFillColor(Color(0.0, 0.42, 0.45))
        c.roundRect(x, top - box_h + gap, box_w, box_h - gap, 8, stroke=0, fill=1)
        c.setFillColor(white)
        c.roundRect(x + 1.5, top - box_h + gap + 1.5, box_w - 3, box_h - gap - 3, 7, stroke=0, fill=1)
        c.setFillColor(Color(0, 0, 0))
        c.setFont("Helvetica-Bold", 12)
        c.drawString(x + 48, top - 26, f"Step {key} of the review's learning")
        c.setFont("Helvetica", 8.5)
        c.drawString(x + 12, top - 50, "In the review's own words:")
        label = f"{key}.1"
        lines = [f"The health visitor in box {key} recorded the concern,",
                 "but it was not shared with the school or the",
                 "GP practice, and the review found that nobody", "put the pieces together until the spring."]
        quoted[key] = f"{label} " + " ".join(lines)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(x + 12, top - 66, label)
        c.setFont("Helvetica-Oblique", 8.5)
        for n, text in enumerate(lines):
            c.drawString(x + 40, top - 66 - 11 * n, text)
        if k == 4 and closing:
            c.setFont("Helvetica", 8.5)
            c.drawString(x + 12, top - 66 - 11 * len(lines) - 8, closing)
    for (row, col), k in numbers.items():
        if k is None:
            continue
        x, top = 24 + col * (box_w + gap), height - 60 - row * (box_h + gap)
        c.setFillColor(Color(0.09, 0.16, 0.33))
        c.circle(x + 24, top - 22, 16, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 20)
        c.drawCentredString(x + 24, top - 29, str(k))
    c.setFillColor(Color(0, 0, 0))
    c.setFont("Helvetica", 8)
    c.drawString(24, 20, "Farrowdale partnership (FICTIONAL) - page 1 of 1")
    c.showPage()
    c.save()
    return quoted


def test_a_poster_of_numbered_panels_is_read_in_its_numbers_order_without_them(tmp_path: Path):
    """A briefing poster's boxes numbered clockwise round the page (top row 1, 2, 3; bottom row 6, 5, 4 from the
    left), drawn row by row, are read in their numbers' order, each box whole, and the large box numbers are no
    text (parse/numbered_panels.py): its quoted paragraphs come out 1.1 to 6.1, not 1.1, 2.1, 3.1, 6.1, 5.1, 4.1.
    Near-misses are read as before, as three columns: the same boxes with one number missing (1, 2, 3, 5, 6, 7),
    and with no numbers at all. (FICTIONAL.)"""
    import pdfplumber

    from inquiry_lessons.index.ingest.parse.numbered_panels import numbered
    from inquiry_lessons.index.ingest.parse.pdf import parse_pdf
    from inquiry_lessons.index.ingest.passages import cut_passages

    clockwise = {(0, 0): 1, (0, 1): 2, (0, 2): 3, (1, 2): 4, (1, 1): 5, (1, 0): 6}
    path = tmp_path / "fict-poster.pdf"
    quoted = _poster(path, clockwise)
    with pdfplumber.open(path) as pdf:
        found = numbered(pdf.pages[0])
    assert found is not None and len(found[0]) == 6
    blocks = parse_pdf(path).blocks
    paras = [b.text for b in blocks if b.kind == "para" and b.text[:1].isdigit()]
    assert paras == [quoted[k] for k in range(1, 7)]
    assert not any(b.text.strip() in {str(k) for k in range(1, 7)} or b.text.startswith(("1 2", "6 5"))
                   for b in blocks)
    assert [p.paragraph for p in cut_passages(blocks, "poster") if p.paragraph] == [f"{k}.1" for k in range(1, 7)]
    for near in ({**clockwise, (1, 0): 7}, dict.fromkeys(clockwise)):  # a number missing; no numbers
        path = tmp_path / "fict-near.pdf"
        quoted = _poster(path, near)
        with pdfplumber.open(path) as pdf:
            assert numbered(pdf.pages[0]) is None
        order = [b.text.split()[0] for b in parse_pdf(path).blocks if b.text.split()[0].endswith(".1")]
        keys = [k for _cr, k in sorted(((c, r), k if k is not None else 10 * r + c) for (r, c), k in near.items())]
        assert order == [f"{k}.1" for k in keys]


def test_a_panels_own_line_after_a_quoted_paragraph_is_no_part_of_it(tmp_path: Path):
    """In a numbered panel, a line back at the edge of the number of a quoted paragraph whose text hangs beside it
    ("Think about your own caseload.") is the panel's own text, an aside (parse/numbered_panels.own_text): the
    paragraph's passage ends with its own last words. Near-misses stay the paragraph's: a paragraph that wraps
    flush under its number and a line at that edge after it, and a second paragraph set at the hanging indent.
    (FICTIONAL.)"""
    from inquiry_lessons.index.ingest.parse.numbered_panels import own_text
    from inquiry_lessons.index.ingest.parse.pdf import parse_pdf
    from inquiry_lessons.index.ingest.passages import cut_passages

    clockwise = {(0, 0): 1, (0, 1): 2, (0, 2): 3, (1, 2): 4, (1, 1): 5, (1, 0): 6}
    path = tmp_path / "fict-poster.pdf"
    quoted = _poster(path, clockwise, closing="Think about the families on your own caseload.")
    blocks = parse_pdf(path).blocks
    # the poster's footer, out at the numbers' edge after the last paragraph, is set aside as well (blocks._grouped)
    assert [b.text for b in blocks if b.kind == "aside"] == ["Think about the families on your own caseload.",
                                                              "Farrowdale partnership (FICTIONAL) - page 1 of 1"]
    four = [p.text for p in cut_passages(blocks, "poster") if p.paragraph == "4.1"]
    assert four == [quoted[4].removeprefix("4.1 ")]

    def row(x: float, text: str) -> dict:
        return {"x0": x, "text": text}

    hanging = [row(12, "2.3 The school"), row(40, "noticed it."), row(12, "Think about it."), row(12, "2.4 The GP")]
    assert [bool(r.get("aside")) for r in own_text(hanging, 8.5)] == [False, False, True, False]
    flush = [row(12, "2.3 The school"), row(12, "noticed it and"), row(12, "told the GP.")]
    second = [row(12, "2.3 The school"), row(40, "noticed it."), row(40, "The GP did not.")]
    for rows in (flush, second):
        assert not any(r.get("aside") for r in own_text(rows, 8.5))


def _md_paragraphs(tmp_path: Path, text: str) -> list[tuple[str | None, str]]:
    from inquiry_lessons.index.ingest.parse import parse
    from inquiry_lessons.index.ingest.passages import cut_passages

    path = tmp_path / "fict.md"
    path.write_text(text, encoding="utf-8")
    return [(p.paragraph, p.text) for p in cut_passages(parse(path).blocks, "r")]


_SAID = "The health visitor recorded the concern at the visit and shared it with the school nurse the same week."


def test_python_markdowns_abbreviations_attribute_lists_tag_lines_notes_and_annotations_are_no_text(tmp_path: Path):
    """A page written for MkDocs (blind round 62): an abbreviation's definition, a footnote's indented further lines,
    an attribute list after a link, the lines of an md_in_html <div>, and Material's annotation markers "(1)" with
    their notes' list after the div are no words of the page. Near-misses keep theirs: pandoc's "[text]{.class}"
    (read later as its text), braces in a sentence, a marker with no note of its number (its notes' list still goes),
    a <div> line with words."""
    from inquiry_lessons.index.ingest.parse.markdown_extras import without_extension_marks

    raw = ("[Download the review](https://example.org/r.pdf){ .md-button }\n\n"
           '<div class="annotate" markdown>\n\n'
           f"2.3 The chair recorded it. (1) {_SAID} (2)\n\n</div>\n\n"
           "1.  Ask the group what they would have done.\n    Most take ten minutes.\n\n"
           "2.  Ask who else knew.\n\n"
           f"2.4 {_SAID}[^1]\n\n"
           "[^1]: Ashgill partnership (2025).\n    This pack quotes selected paragraphs only.\n\n"
           "*[LSCP]: Local Safeguarding Children Partnership\n")
    assert without_extension_marks(raw).split() == (
        f"[Download the review](https://example.org/r.pdf) 2.3 The chair recorded it. {_SAID} "
        f"2.4 {_SAID}[^1] [^1]: Ashgill partnership (2025).").split()
    paragraphs = _md_paragraphs(tmp_path, f"# Review\n\n{raw}\n2.5 {_SAID}\n")
    assert [n for n, _ in paragraphs if n] == ["2.3", "2.4", "2.5"]
    assert all(t.endswith("same week.") for n, t in paragraphs if n)
    near = ("See [the review]{.underline} and the set {a, b} of options.\n\n"
            '<div class="annotate">\n\nThe chair recorded it (3) at the meeting.\n\n</div>\n\n1. One note.\n\n'
            "<div>Words in a div stay.</div>\n")
    kept = ("See [the review]{.underline} and the set {a, b} of options.", "The chair recorded it (3) at the meeting.",
            "<div>Words in a div stay.</div>")
    assert without_extension_marks(near).split() == " ".join(kept).split()


def test_mkdocs_boxes_are_asides_and_content_tabs_are_headings_over_their_text(tmp_path: Path):
    """Material for MkDocs (blind round 62): an admonition "!!! note" and a collapsible "??? question" are boxes, their
    titles and the lines indented under them ``aside`` blocks that run on into no paragraph (a note opening "2.4 is
    often read ..."); a content tab '=== "Managers"' is its label, a heading, over its text. Near-misses stay text:
    the same lines in a fenced code block, a line opening "!!!" that is no header, lines indented under a paragraph."""
    from inquiry_lessons.index.ingest.parse import markdown_boxes
    from inquiry_lessons.index.ingest.parse.text import parse_string

    page = (f"# Review\n\n2.1 {_SAID}\n\n!!! note \"Key learning\"\n\n    2.4 is often read as a criticism.\n"
            "    Steer the group back to the system.\n\n??? question\n\n    **Q2.1** Who could have seen it?\n\n"
            f"2.2 {_SAID}\n\n=== \"Practitioners\"\n\n    Which finding is closest to your practice?\n\n"
            f"=== \"Managers\"\n\n    How do you know the protocol is used?\n\n2.3 {_SAID}\n")
    blocks = parse_string(page, True).blocks
    assert [(b.kind, b.text) for b in blocks if not b.text.endswith("same week.")] == [
        ("heading", "Review"), ("aside", "Key learning"),
        ("aside", "2.4 is often read as a criticism. Steer the group back to the system."), ("aside", "Question"),
        ("aside", "Q2.1 Who could have seen it?"), ("heading", "Practitioners"),
        ("para", "Which finding is closest to your practice?"), ("heading", "Managers"),
        ("para", "How do you know the protocol is used?")]
    paragraphs = _md_paragraphs(tmp_path, page)
    assert [n for n, _ in paragraphs if n] == ["2.1", "2.2", "2.3"]
    assert all(t == _SAID for n, t in paragraphs if n)
    near = (f"# Review\n\n2.1 {_SAID}\n\n```\n!!! note \"Key learning\"\n    2.4 is often read.\n```\n\n"
            "!!! Important: read this first !!!\n\n2.2 The panel met.\n\n    An indented line under it.\n")
    assert markdown_boxes.read(near, lambda part: parse_string(part, True)) is None
    assert all(b.kind != "aside" for b in parse_string(near, True).blocks)


def test_a_page_quoting_a_reports_numbered_paragraphs_reads_its_own_text_outside_the_quotes_as_asides(
        tmp_path: Path):
    """A reading group's pack (blind round 62) quotes the review's paragraphs in blockquotes, "> **1.2** The ...", one
    with a lazy line typed without its ">"; its own ground rules "1." to "3." and questions "**Q1.1**" stand outside
    them. Those number no paragraph and run on into none. Near-misses are read as before: two quoted paragraphs
    only, or a report quoting three numbered paragraphs of another among more numbered paragraphs of its own."""
    from inquiry_lessons.index.ingest.parse import markdown_boxes
    from inquiry_lessons.index.ingest.parse.text import parse_string

    rules = "1. Read the extracts before you come.\n2. Speak from your own practice.\n3. What is said stays here.\n\n"
    page = (f"# Reading group pack\n\n{rules}## Session 1\n\n> **1.1** {_SAID}\n>\n"
            "> **1.2** The chair noted the father's depression in its records and\nshared it with nobody.\n>\n"
            f"> **1.3** {_SAID}\n\n**Q1.1** When did things start to go wrong?\n\n"
            f"**Q1.2** Who else knew?\n\n## Session 2\n\n> **2.1** {_SAID}\n")
    paragraphs = _md_paragraphs(tmp_path, page)
    assert [(n, t.split()[-1]) for n, t in paragraphs if n] == [
        ("1.1", "week."), ("1.2", "nobody."), ("1.3", "week."), ("2.1", "week.")]
    assert ("1.2", "The chair noted the father's depression in its records and shared it with nobody.") in paragraphs
    own_text = " ".join(t for n, t in paragraphs if n is None).split()
    assert own_text == (rules + "Q1.1 When did things start to go wrong? Q1.2 Who else knew?").split()
    two = page.replace("> **1.3**", "> 1.3 is quoted too:").replace("> **2.1**", "> Then")
    assert markdown_boxes.read(two, lambda part: parse_string(part, True)) is None
    own = "".join(f"1.{n} {_SAID}\n\n" for n in range(1, 5))
    report = f"# Review\n\n{own}As the earlier review put it:\n\n" + "".join(
        f"> {n}. The partnership should act.\n>\n" for n in range(1, 4))
    assert markdown_boxes.read(report, lambda part: parse_string(part, True)) is None


def _lesson(blocks: list[str], lesson: str = "blocks-lesson") -> str:
    """An e-learning lesson saved from the browser (Rise-style markup): each block a section with a data-block-id."""
    return (f"<html><body><main><div class='{lesson}'>" + "".join(
        f"<section class='block-wrapper' data-block-id='b{n}'>{b}</section>" for n, b in enumerate(blocks))
        + "</div><div class='lesson-nav'><a href='#/lessons/next'>Next lesson</a></div></main></body></html>")


_TEXT_BLOCK = ("<div class='block-text'><h2>What happened</h2><p><strong>2.1</strong> The school saw the bruise and "
               "told the social worker that afternoon.</p></div>")


def test_a_lessons_paragraphs_are_numbered_where_its_quote_accordion_and_cards_print_the_number(tmp_path: Path):
    """Blind round 62 (html_lessons): a quotation whose caption after it cites "paragraph 2.2" is paragraph 2.2, no
    pull quote; an accordion's title "Paragraph 3.1" numbers its panel's text and goes; a flip card whose front shows
    only "3.2" numbers its back, and the "Click to flip" tip is no text."""
    page = tmp_path / "lesson.html"
    quote = ("<figure class='block-quote__figure'><blockquote><p>The health visitor recorded the concern at every "
             "visit.</p></blockquote><figcaption>Review of Child K, paragraph 2.2</figcaption></figure>")
    accordion = ("<div class='blocks-accordion__item'><h3><button class='blocks-accordion__header' aria-expanded="
                 "'true'><span>Paragraph 3.1</span></button></h3><div class='blocks-accordion__description'><p>The "
                 "police shared the record with nobody before the meeting.</p></div></div>")
    cards = ("<ul><li class='flashcard'><div class='flashcard-side flashcard-side--front'><p>3.2</p><span class="
             "'flashcard-side__flip-tip'>Click to flip</span></div><div class='flashcard-side flashcard-side--back'>"
             "<p>The GP was not told of the injury until June.</p></div></li></ul>")
    page.write_text(_lesson([_TEXT_BLOCK, quote, accordion, cards]), encoding="utf-8")
    texts = [b.text for b in parse_html(page).blocks]
    assert texts[1:5] == ["2.1 The school saw the bruise and told the social worker that afternoon.",
                          "2.2 The health visitor recorded the concern at every visit.",
                          "3.1 The police shared the record with nobody before the meeting.",
                          "3.2 The GP was not told of the injury until June."]


def test_a_caption_a_title_or_a_card_front_that_gives_no_paragraph_number_numbers_nothing(tmp_path: Path):
    """Look-alikes: a quotation's caption that names a person or the page's own paragraph 2.1 (the quotation then
    repeats it), a heading "Paragraph 3.1" over a sub-heading, and a card whose front holds a term leave their text
    unnumbered (the tip still goes)."""
    page = tmp_path / "near.html"
    repeat = ("<figure><blockquote><p>The school saw the bruise and told the social worker.</p></blockquote>"
              "<figcaption>Review of Child K, paragraph 2.1</figcaption></figure>")
    person = ("<figure><blockquote><p>Nobody asked me what it was like at home.</p></blockquote>"
              "<figcaption>Child K's mother, 2024</figcaption></figure>")
    heading = "<h3>Paragraph 3.1</h3><h4>Background</h4><p>The police shared the record with nobody.</p>"
    card = ("<ul><li class='flashcard'><div class='flashcard-side--front'><p>Coercive control</p><span>Click to flip"
            "</span></div><div class='flashcard-side--back'><p>A pattern of acts used to harm or frighten.</p></div>"
            "</li></ul>")
    page.write_text(f"<html><body><main>{_TEXT_BLOCK}{repeat}{person}{heading}{card}</main></body></html>",
                    encoding="utf-8")
    blocks = [(b.kind, b.text) for b in parse_html(page).blocks]
    texts = [t for _, t in blocks]
    assert not any(t.startswith(("2.1 The school saw the bruise and told the social worker.", "2.2"))
                   for t in texts[2:])
    assert "Nobody asked me what it was like at home." in texts
    assert ("heading", "Paragraph 3.1") in blocks and "The police shared the record with nobody." in texts
    assert "Coercive control A pattern of acts used to harm or frighten." in texts


def test_a_questions_answer_options_are_no_text_and_a_text_boxs_label_stays(tmp_path: Path):
    """A knowledge check's options (labels of radio buttons and check boxes) are the course's, no paragraphs,
    even when they are bare paragraph numbers; the label of a box to type in is left as it is."""
    page = tmp_path / "quiz.html"
    options = "".join(f"<label class='option'><input type='radio' name='q' value='{k}'><span>{n}</span></label>"
                      for k, n in enumerate(["2.1", "3.7", "4.1"]))
    page.write_text("<html><body><main><p>Which paragraph did you read above?</p>"
                    f"<div role='radiogroup'>{options}</div><label for='c'><input type='checkbox' id='c'></label>"
                    "<span role='checkbox'>5.2</span><label for='n'>Your name</label><input type='text' id='n'>"
                    "</main></body></html>", encoding="utf-8")
    assert [b.text for b in parse_html(page).blocks] == ["Which paragraph did you read above?", "Your name"]


def test_a_lessons_own_text_before_a_blocks_first_numbered_paragraph_is_set_aside(tmp_path: Path):
    """A paragraph never runs on across a lesson block's edge: a statement block, an interaction's instructions and
    the player's "Next lesson" link are asides, their own passages, not the end of the paragraph before."""
    from inquiry_lessons.index.ingest.passages import cut_passages

    page = tmp_path / "lesson.html"
    more = ("<p><strong>2.2</strong> The GP was not told of the injury until June.</p><p><strong>2.3</strong> The "
            "police shared the record with nobody.</p>")
    page.write_text(_lesson([_TEXT_BLOCK, "<div class='block-impact'><p>Every contact is a chance to ask.</p></div>",
                             f"<p>Read the next paragraphs.</p>{more}"]), encoding="utf-8")
    blocks = parse_html(page).blocks
    assert [(b.kind, b.text[:12]) for b in blocks] == [
        ("heading", "What happene"), ("para", "2.1 The scho"), ("aside", "Every contac"), ("aside", "Read the nex"),
        ("para", "2.2 The GP w"), ("para", "2.3 The poli"), ("aside", "Next lesson")]
    assert [p.text[-10:] for p in cut_passages(blocks, "fict") if p.paragraph] == [
        "afternoon.", "ntil June.", "th nobody."]


def test_blocks_of_a_page_that_is_no_lesson_or_a_lesson_with_no_numbers_are_left_as_they_are(tmp_path: Path):
    """Look-alikes: a block editor's page (elements with a data-block-id in no lesson) and a lesson that numbers no
    paragraphs: nothing is set aside."""
    page = tmp_path / "blocks.html"
    impact = "<div class='block-impact'><p>Every contact is a chance to ask.</p></div>"
    page.write_text(_lesson([_TEXT_BLOCK, impact, _TEXT_BLOCK.replace("2.1", "2.2")], lesson="notion-page-content"),
                    encoding="utf-8")
    assert "aside" not in {b.kind for b in parse_html(page).blocks}
    page.write_text(_lesson(["<p>The school saw the bruise.</p>", impact, "<p>The GP was not told.</p>"]),
                    encoding="utf-8")
    assert [(b.kind, b.text) for b in parse_html(page).blocks] == [
        ("para", "The school saw the bruise."), ("para", "Every contact is a chance to ask."),
        ("para", "The GP was not told."), ("para", "Next lesson")]


def _csv(path: Path, rows: list[list[str]], delimiter: str = ",") -> Path:
    """A tracker's export as its tool writes it: a byte order mark, every field quoted, CRLF between records."""
    import csv
    import io

    buf = io.StringIO(newline="")
    csv.writer(buf, delimiter=delimiter, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows(rows)
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))
    return path


_P23 = "The school saw the bruise and told the social worker. Nobody asked the child what had happened at home."
_P25 = "The GP was not told of the injury until June. The practice recorded the concern but it was not shared."
_P31 = "The police shared the record with nobody. Every agency knew something, and nobody put the pieces together."
_P41 = "The chair did not know that other services were worried. The records describe the adults' wishes in detail."
_P42 = "Few practitioners asked who else stayed at the house. This was tested against the case files held in May."


def _csv_paras(path: Path) -> list[tuple[str | None, str]]:
    from inquiry_lessons.index.ingest.parse import parse
    from inquiry_lessons.index.ingest.passages import cut_passages

    return [(p.paragraph, p.text) for p in cut_passages(parse(path).blocks, "fict")]


def test_an_action_trackers_csv_gives_each_review_paragraph_once_under_its_number(tmp_path: Path):
    """One record per action, the review's paragraph number in a field of its own and its text repeated on every
    record of its actions (pasted with the PDF's line breaks); a cell answering two paragraphs holds both, each typed
    with its number; a late action linked back to 2.5 repeats its text. Each paragraph once, the tool's fields none."""
    pasted = _P31.replace(" nobody. ", " nobody.\n").replace("something, ", "something,\n")
    head = ["Action ID", "Review paragraph", "Review text", "Action", "Owner", "Target date", "% complete", "Update"]
    rows = [head, ["A-001", "2.3", _P23, "Brief practitioners", "SCP", "31/03/2026", "100", "Done."],
            ["A-002", "2.3", _P23, "Add it to induction", "SCP", "30/04/2026", "60", "4 of 6 agencies."],
            ["A-003", "2.5", _P25, "Audit referrals", "Health", "31.03.26", "0", ""],
            ["A-004", "3.1", pasted, "Share police records", "Police", "30/06/2026", "20", "3.1 and 4.1 discussed."],
            ["A-005", "4.1, 4.2", f"4.1 {_P41}\n\n4.2 {_P42}", "One chronology", "SCP", "30/09/2026", "30", ""],
            ["A-006", "2.5", _P25, "Audit whether referrers hear back", "SCP", "31/07/2026", "0", "Added later."]]
    got = _csv_paras(_csv(tmp_path / "actions.csv", rows))
    assert got == [("2.3", _P23), ("2.5", _P25), ("3.1", _P31), ("4.1", _P41), ("4.2", _P42)]


def test_a_csv_with_no_paragraph_numbers_beside_paragraph_text_is_refused_in_one_line(tmp_path: Path):
    """Look-alikes: a tracker without the review's numbers (dotted dates "31.03.26", percentages and action IDs are
    no paragraph numbers), and numbers beside short cells only: refused with one line, not read as paragraphs."""
    import pytest

    from inquiry_lessons.index.errors import UnsupportedFormat
    from inquiry_lessons.index.ingest.parse import parse

    dated = [["ID", "Due", "% complete", "Review text"], ["A-1", "31.03.26", "60", _P23],
             ["A-2", "30.04.26", "0", _P25]]
    short = [["Review paragraph", "Status"], ["2.3", "Complete"], ["2.5", "Not started"]]
    for name, rows in (("dated.csv", dated), ("short.csv", short)):
        with pytest.raises(UnsupportedFormat, match=r"no column of paragraph numbers beside a column") as err:
            parse(_csv(tmp_path / name, rows))
        assert "\n" not in str(err.value)


def test_an_actions_own_number_and_its_updates_are_not_the_paragraph_and_its_text(tmp_path: Path):
    """Unnamed columns paired by what they hold: the paragraph's number and its text go together on every record
    (the same number, the same text), while an action's own number ("1.1", "1.2" in the column before) changes along
    a repeated text and an update (longer than the paragraph) changes along a repeated number."""
    update = "We met on 12 February and agreed the plan; the pilot in the east locality is going well, and {}."
    rows = [["No.", "Ref", "Text", "Progress"],
            ["1.1", "2.3", _P23, update.format("four of six agencies have confirmed that staff have been briefed")],
            ["1.2", "2.3", _P23, update.format("the induction pack for new staff has been changed to include it")],
            ["2.1", "3.1", _P31, update.format("the police have agreed to share their records with schools too")],
            ["3.1", "4.1", _P41, update.format("the chairs have been trained in keeping a single chronology")]]
    assert _csv_paras(_csv(tmp_path / "plan.csv", rows)) == [("2.3", _P23), ("3.1", _P31), ("4.1", _P41)]


def test_a_tracker_sorted_by_owner_reads_in_the_reviews_order(tmp_path: Path):
    """A tab-delimited export sorted by owner: its paragraphs go in their numbers' order (4.10 after 4.9), each at
    its first record's text, so the cutter sees a numbering that moves forward and every paragraph keeps its own."""
    texts = {n: f"{t} (paragraph {n})" for n, t in (("4.10", _P41), ("2.3", _P23), ("4.9", _P42), ("3.1", _P31))}
    rows = [["Owner", "Para", "Wording of the review"], *[[o, n, texts[n]] for o, n in (
        ("Health", "4.10"), ("Police", "2.3"), ("Police", "4.9"), ("Schools", "3.1"), ("SCP", "2.3"))]]
    got = _csv_paras(_csv(tmp_path / "actions.tsv", rows, delimiter="\t"))
    assert got == [(n, texts[n]) for n in ("2.3", "3.1", "4.9", "4.10")]


def test_a_cell_is_split_only_where_each_part_is_typed_with_its_records_numbers(tmp_path: Path):
    """Two paragraphs in one cell, each typed with its number, are two paragraphs; a paragraph's cell holding an
    empty line whose next part starts with a count ("3 visits were ...") stays one paragraph."""
    rows = [["Review paragraph", "Review text"], ["4.1, 4.2", f"4.1 {_P41}\n\n4.2 {_P42}"],
            ["5.1", f"{_P23}\n\n3 visits were made in the month before. {_P25}"]]
    got = _csv_paras(_csv(tmp_path / "actions.csv", rows))
    assert [(n, t[:40]) for n, t in got] == [("4.1", _P41[:40]), ("4.2", _P42[:40]), ("5.1", _P23[:40])]
    assert got[2][1].endswith(_P25) and "3 visits were made" in got[2][1]


def test_a_csv_over_the_record_limit_is_refused_and_one_within_it_is_read(tmp_path: Path, monkeypatch):
    """The limits hold for a CSV: records past MAX_RECORDS (and fields past MAX_FIELDS) refuse it with one line;
    the same export within them is read."""
    import pytest

    from inquiry_lessons.index.errors import ResourceLimit
    from inquiry_lessons.index.ingest.parse import delimited

    path = _csv(tmp_path / "actions.csv", [["Review paragraph", "Review text"], ["2.3", _P23], ["2.5", _P25],
                                           ["3.1", _P31]])
    monkeypatch.setattr(delimited, "MAX_RECORDS", 3)
    with pytest.raises(ResourceLimit, match=r"more than 3 records"):
        delimited.parse_delimited(path)
    monkeypatch.setattr(delimited, "MAX_RECORDS", 4)
    assert [p[0] for p in _csv_paras(path)] == ["2.3", "2.5", "3.1"]
    monkeypatch.setattr(delimited, "MAX_FIELDS", 1)
    with pytest.raises(ResourceLimit, match=r"more than 1 fields"):
        delimited.parse_delimited(path)


_MULTILEVEL = (  # Word's "1." / "1.1" multilevel list, as a trust's template numbers its response
    '<w:abstractNum w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>'
    '</w:abstractNum>')


def _reply(path: Path, quoted: list[str], answers: int = 2, set_apart: str = _FILL, again: str = "") -> list:
    """A trust's management response to a review in Word: under a numbered heading, each of the review's paragraphs
    ``quoted`` typed "3.4<TAB>“The ...”" in a "Review quote" style with ``set_apart`` in its paragraph properties,
    then ``answers`` paragraphs of the trust's own numbered by Word ("1.1 Response: ..."); ``again``: a quoted
    paragraph quoted once more at the end, word for word, after a lead-in. Its passages."""
    from docx.enum.style import WD_STYLE_TYPE

    from inquiry_lessons.index.ingest.passages import cut_passages
    doc = Document()
    style = doc.styles.add_style("Review quote", WD_STYLE_TYPE.PARAGRAPH)
    for prop in list(_wml(f"<w:pPr>{set_apart}</w:pPr>")) if set_apart else []:
        style.element.get_or_add_pPr().append(prop)
    numbering = doc.part.numbering_part.element
    numbering.insert(0, _wml(_MULTILEVEL))
    numbering.append(_wml('<w:num w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))

    def numbered(text: str, level: int, style: str) -> None:
        p = doc.add_paragraph(text, style=style)
        p._p.get_or_add_pPr().append(_wml(f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'))

    numbered("Response to the review's findings", 0, "Heading 1")
    months = ["May", "June", "July", "August", "September", "October"]
    quote = {n: f"\u201cIn {months[k % 6]} {LONG}.\u201d" for k, n in enumerate(quoted)}
    for k, n in enumerate(quoted):
        doc.add_paragraph(f"{n}\t{quote[n]}", style="Review quote")
        for a in range(answers):
            numbered(f"Response: Accepted. The trust has changed its practice, step {k}.{a}.", 1, "Normal")
    if again:
        numbered(f"The response rests on paragraph {again}, which is repeated here:", 1, "Normal")
        doc.add_paragraph(f"{again}\t{quote[again]}", style="Review quote")
        numbered("Response: Accepted. See the response above.", 1, "Normal")
    doc.save(path)
    return cut_passages(parse_docx(path).blocks, "fict")


def test_a_reply_quoting_a_reports_paragraphs_numbers_them_and_not_its_own_word_numbered_paragraphs(tmp_path: Path):
    """Blind round 63: an NHS trust's management response quotes the review's paragraphs typed "3.4<TAB>“The ...”"
    in a shaded quote style; its own paragraphs under them are numbered by Word ("1.1 Response: ..."), in the
    review's shape. The quotations are the review's paragraphs; the trust's are unnumbered text (a heading keeps its
    number). Near-misses: the same quotations in a style that sets nothing apart, a report with more than eight
    numbered paragraphs of its own for each quotation, and one with only two quotations keep Word's numbers."""
    got = _reply(tmp_path / "fict.docx", ["3.4", "3.5", "4.1"])
    assert [p.paragraph for p in got if p.paragraph] == ["3.4", "3.5", "4.1"]
    assert all(p.text.endswith(".\u201d") for p in got if p.paragraph)
    assert [p.text for p in got if p.paragraph is None][:2] == [
        "Response: Accepted. The trust has changed its practice, step 0.0.",
        "Response: Accepted. The trust has changed its practice, step 0.1."]
    assert parse_docx(tmp_path / "fict.docx").blocks[0].text == "1. Response to the review's findings"
    plain = _reply(tmp_path / "fict.docx", ["3.4", "3.5", "4.1"], set_apart="")
    assert {"1.1", "1.2", "1.3"} <= {p.paragraph for p in plain}
    report = _reply(tmp_path / "fict.docx", ["3.4", "3.5", "4.1"], answers=9)
    assert {"1.1", "1.2", "1.3"} <= {p.paragraph for p in report}
    two = _reply(tmp_path / "fict.docx", ["3.4", "3.5"])
    assert {"1.1", "1.2", "1.3"} <= {p.paragraph for p in two}


def test_a_paragraph_quoted_again_is_cited_once_where_it_first_appears(tmp_path: Path):
    """A quotation repeated word for word later in a reply ("... which is repeated here:") is left out: the review's
    paragraph is cited once, at its first quotation. Near-misses (blocks): a repeat in other words is a box, no
    paragraph; the same number opening a paragraph that is not quoted, and a new number, are left as they are."""
    from inquiry_lessons.index.ingest.parse.docx_responses import quoted_once
    from inquiry_lessons.index.types import Block

    got = _reply(tmp_path / "fict.docx", ["3.4", "3.5", "4.1"], again="3.5")
    assert [p.paragraph for p in got if p.paragraph] == ["3.4", "3.5", "4.1"]
    assert sum(LONG in p.text for p in got) == 3
    blocks = [Block("4.5 \u201cThe school saw the mould.\u201d", table=-1), Block("Response: Accepted."),
              Block("4.5 \u201cThe school saw the mould.\u201d", table=-2), Block("It said so.", table=-2),
              Block("4.5 \u201cThe school saw the damp.\u201d", table=-3), Block("4.5 The trust agrees."),
              Block("4.6 \u201cThe GP was told.\u201d", table=-4)]
    assert [(b.kind, b.text) for b in quoted_once(blocks)] == [
        ("para", "4.5 \u201cThe school saw the mould.\u201d"), ("para", "Response: Accepted."),
        ("aside", "It said so."), ("aside", "4.5 \u201cThe school saw the damp.\u201d"),
        ("para", "4.5 The trust agrees."), ("para", "4.6 \u201cThe GP was told.\u201d")]


def test_a_sentence_about_a_recommendation_is_no_recommendations_label():
    """"Recommendation 2 rests on the review's finding ..." is a sentence whose subject is the recommendation, not
    its label before its text. Near-misses: "Recommendation 2 The trust ..." and "Recommendation 2: the trust ..."
    are labels, as before."""
    from inquiry_lessons.index.ingest.passages import cut_passages
    from inquiry_lessons.index.types import Block

    def label(text: str) -> str | None:
        return cut_passages([Block(f"{text} {LONG}.")], "fict")[0].paragraph

    assert label("Recommendation 2 rests on the review's finding in paragraph 4.5, and") is None
    assert label("Recommendation 2 The trust should make sure") == "Recommendation 2"
    assert label("Recommendation 2: the trust should make sure") == "Recommendation 2"


_POLICE = "The police knew of the threatening texts weeks before the other agencies were told of them."
_SCHOOL = "Nobody at the school asked whether the separation had raised the risk to the children at home."
_GP = "The practice recorded his drug use at length but said little about its effect on her safety."
_MIDWIFE = "There was good practice from the midwife, who arranged to see her alone at every clinic visit."


def _card(tag: str, head: str, quote: str, cls: str = "card") -> str:
    """A tracker's card (blind round 63): a header, the quotation, then the system's progress, fields, actions and
    updates."""
    rest = ("<div class='progress' role='progressbar' aria-valuenow='60'></div><span>60%</span><dl><dt>Owner</dt>"
            "<dd>Drennock ICB</dd><dt>Last updated</dt><dd>12.02.26 14:03</dd></dl><h4>Actions (2)</h4><ul>"
            "<li><span class='no'>4.1</span><span>Train staff in routine enquiry</span><span>Complete</span></li>"
            "<li><span class='no'>4.2</span><span>Audit three practices</span><span>In progress</span></li></ul>"
            "<details open><summary>Updates (1)</summary><ul><li><time>12.02.26</time><p>4.2 asks for routine "
            "enquiry at every appointment; the audit is under way.</p></li></ul></details>")
    return f"<{tag} class='{cls}'>{head}<div class='card__body'>{quote}{rest}</div></{tag}>"


def test_a_trackers_card_numbers_its_quotation_by_its_headers_label_and_sets_its_own_text_aside(tmp_path: Path):
    """A recommendations tracker exported as HTML (blind round 63, html_cards): each card's header names the
    review's paragraph ("Review paragraph 4.2" in a span beside "Rec 1" and a badge; "Rec 2 – Para 4.3" in a
    heading; "Review paragraphs 5.1–5.2" in a div classed as the card's head) and the card quotes it without its
    number, one inside a closed <details>. Each quotation is that paragraph; the card's badges, percentages,
    fields, actions "4.1", "4.2" and an update opening "4.2 asks ..." are asides, no paragraph and no paragraph's
    end."""
    from inquiry_lessons.index.ingest.passages import cut_passages

    page = tmp_path / "tracker.html"
    one = _card("article", "<header class='card__head'><span>Rec 1</span><span>Review paragraph 4.2</span><span "
                "class='badge'>In progress</span></header>", f"<blockquote><p>{_POLICE}</p></blockquote>")
    two = _card("li", "<h3>Rec 2 – Para 4.3</h3>", "<details><summary>Show the review's wording</summary><blockquote>"
                f"<p>{_SCHOOL}</p></blockquote></details>")
    three = _card("section", "<div class='card-header'><span>Rec 3</span> · <span>Review paragraphs 5.1–5.2</span>"
                  "</div>", f"<blockquote><p>{_GP}</p><p>{_MIDWIFE}</p></blockquote>")
    page.write_text(f"<html><body><main><h1>Tracker</h1><p>Overall progress 59%</p>{one}<ul class='cards'>"
                    f"{two}</ul>{three}</main></body></html>", encoding="utf-8")
    blocks = parse_html(page).blocks
    assert [b.text for b in blocks if b.kind == "para"][1:] == [
        f"4.2 {_POLICE}", f"4.3 {_SCHOOL}", f"5.1 {_GP}", f"5.2 {_MIDWIFE}"]
    asides = [b.text for b in blocks if b.kind == "aside"]
    assert "Show the review's wording" in asides and any(t.startswith("4.1 Train staff") for t in asides)
    assert any(t.endswith("4.2 asks for routine enquiry at every appointment; the audit is under way.") for t in asides)
    cut = [(p.paragraph, p.text) for p in cut_passages(blocks, "fict") if p.paragraph]
    assert cut == [("4.2", _POLICE), ("4.3", _SCHOOL), ("5.1", _GP), ("5.2", _MIDWIFE)]


def test_a_card_or_section_whose_header_names_no_paragraph_or_opens_its_own_text_is_left_as_it_is(tmp_path: Path):
    """Look-alikes beside a tracker's card: a card whose header says only "Rec 1", a section headed "Paragraph 3.1"
    whose own text comes before a quoted case note, and two quotations under one "Para 2.1" header. Only the card
    naming "Review paragraph 6.1" has its quotation numbered and its own text set aside."""
    page = tmp_path / "near.html"
    real = _card("article", "<header><span>Rec 6</span><span>Review paragraph 6.1</span></header>",
                 f"<blockquote><p>{_SCHOOL}</p></blockquote>")
    card = _card("article", "<header><span>Rec 1</span><span>In progress</span></header>",
                 f"<blockquote><p>{_POLICE}</p></blockquote>")
    section = (f"<section><h2>Paragraph 3.1</h2><p>The school {LONG}, and the case note said:</p><blockquote><p>"
               "Mother says all is well at home and nothing is wrong.</p></blockquote></section>")
    two = (f"<div class='panel'><h3>Para 2.1</h3><blockquote><p>{_GP}</p></blockquote><blockquote><p>{_MIDWIFE}</p>"
           "</blockquote></div>")
    page.write_text(f"<html><body><main>{card}{section}{two}{real}</main></body></html>", encoding="utf-8")
    blocks = parse_html(page).blocks
    texts = [b.text for b in blocks]
    assert _POLICE in texts and _MIDWIFE in texts and "Mother says all is well at home and nothing is wrong." in texts
    # a heading that is only a label numbers the text it opens (html_lessons), as before
    assert f"3.1 The school {LONG}, and the case note said:" in texts and f"2.1 {_GP}" in texts
    assert f"6.1 {_SCHOOL}" in texts
    first = texts.index(f"6.1 {_SCHOOL}")  # the real card, last on the page: its own text after its quotation
    assert [b.kind == "aside" for b in blocks] == [i > first for i in range(len(blocks))]


_GRID_FINDINGS = {  # the review's paragraphs, a cell's lines each (FICTIONAL)
    "4.2": ["The day centre learned of the unopened post weeks", "after it was first seen and told nobody."],
    "4.5": ["The housing officer answered her refusal of care", "promptly but did not ask what lay behind it."],
    "5.1": ["The ambulance crew saw the clutter on the stairs as", "part of ordinary family life and moved on."]}


def _action_grid_pdf(path: Path, captions: list[str], widths: list[float], pages: list[list[list[list[str]]]]) -> None:
    """An action plan kept in a spreadsheet and exported to PDF (blind round 63), landscape A4 made with reportlab: a
    ruled grid whose captions' row is repeated at the top of every page, one row per action; ``pages``: each page's
    rows, a row's cells, a cell's lines. (FICTIONAL.)"""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=landscape(A4))
    c.setLineWidth(0.5)
    xs = [30.0]
    for w in widths:
        xs.append(xs[-1] + w)

    def row(y: float, cells: list[list[str]], font: str) -> float:
        bottom = y - 6 - 10 * max(1, *(len(cell) for cell in cells))
        for x, cell in zip(xs, cells, strict=False):
            for k, text in enumerate(cell):
                c.setFont(font, 8)
                c.drawString(x + 3, y - 10 - 10 * k, text)
        for x in xs:
            c.line(x, y, x, bottom)
        c.line(xs[0], y, xs[-1], y)
        c.line(xs[0], bottom, xs[-1], bottom)
        return bottom

    for n, rows in enumerate(pages):
        if n:
            c.showPage()
        y = row(560.0, [[t] for t in captions], "Helvetica-Bold")
        for cells in rows:
            y = row(y, cells, "Helvetica")
        if n < len(pages) - 1:
            c.line(xs[0], 40, xs[-1], 40)  # the sheet's last row runs to the foot of the page
            for x in xs:
                c.line(x, y, x, 40)
    c.save()


def _action_rows(numbered: bool) -> list[list[list[list[str]]]]:
    """Two pages of an action plan's rows: with ``numbered``, a rec number and an action number ("1.1", "2.2")
    around the review's number and wording; without, the review's number is the only number in the row."""
    def r(rec: str, para: str, action_no: str, action: list[str], lead: str, due: str) -> list[list[str]]:
        cells = [[para] if para else [], _GRID_FINDINGS.get(para, []), action, [lead], [due]]
        return [[rec] if rec else [], *cells[:2], [action_no], *cells[2:]] if numbered else cells

    return [[r("1", "4.2", "1.1", ["Add a prompt to the screening tool for", "every contact."], "Adult care",
               "31.03.26"),
             r("", "", "1.2", ["Audit twenty closed contacts for the", "prompt's use."], "Board manager", "30.06.26"),
             r("2", "4.5", "2.1", ["Brief every housing team on the", "self-neglect guidance."], "Housing",
               "28.02.26")],
            [r("", "", "2.2", ["Put the guidance into the housing", "induction course."], "Housing", "31.05.26"),
             r("3", "5.1", "3.1", ["Flag repeat call-outs to the same address", "in the control room."], "Ambulance",
               "31.12.25")]]


def test_an_action_plans_grid_is_read_by_the_column_of_the_reviews_numbers(tmp_path: Path):
    """An action plan exported from a spreadsheet (parse/action_grids.py, blind round 63): one row per action, the
    review's number and wording in the first row of its group only, between a rec number and the action numbers.
    The review's numbers label its wording alone; the rec and action numbers ("1", "1.2", "2.2") label nothing, and
    each row's own cells (action, lead, due date) are an aside; the captions repeated on page 2 are dropped and the
    group's later action carried onto page 2 with empty review cells starts no paragraph."""
    from inquiry_lessons.index.ingest.parse.pdf import parse_pdf
    from inquiry_lessons.index.ingest.passages import cut_passages

    path = tmp_path / "fict-actionplan.pdf"
    _action_grid_pdf(path, ["Rec", "Para", "Finding (review wording)", "Action no.", "Action", "Lead", "Due"],
                     [30, 36, 230, 46, 190, 90, 50], _action_rows(numbered=True))
    blocks = parse_pdf(path).blocks
    numbered = [(p.paragraph, p.page, p.text) for p in cut_passages(blocks, "fict") if p.paragraph]
    assert numbered == [(label, page, " ".join(_GRID_FINDINGS[label]))
                        for label, page in (("4.2", 1), ("4.5", 1), ("5.1", 2))]
    asides = [b.text for b in blocks if b.kind == "aside"]
    assert asides[:2] == ["1 | 1.1 | Add a prompt to the screening tool for every contact. | Adult care | 31.03.26",
                          "1.2 | Audit twenty closed contacts for the prompt's use. | Board manager | 30.06.26"]
    assert "2.2 | Put the guidance into the housing induction course. | Housing | 31.05.26" in asides
    assert not any("Finding (review wording)" in b.text for b in blocks)


def test_a_grid_numbered_one_way_only_is_no_action_plan():
    """Near-misses of the action plan's grid (parse/action_grids.py): a table whose only numbers are the review's
    (no rec or action numbers beside them) is read as before, its first cell numbering its row; so is one whose
    review numbers do not count up, or stand before no prose filled just where the numbers are, and a plan that
    counts its rows 1, 2, 3 and cites the review's paragraphs after its own wording (blind round 39's merged pack)."""
    from inquiry_lessons.index.ingest.parse.action_grids import find_grid

    said = "The day centre learned of the unopened post weeks after it was first seen."
    head = ["Para", "Finding", "Action no.", "Action", "Lead"]
    rows = [head, ["4.2", said, "1.1", "Add a prompt to the screening tool.", "Adult care"],
            ["", "", "1.2", "Audit twenty closed contacts.", "Board manager"],
            ["4.5", said, "2.1", "Brief every housing team.", "Housing"]]
    assert find_grid(rows) is not None and (find_grid(rows).number, find_grid(rows).text) == (0, 1)  # type: ignore[union-attr]
    assert find_grid([[c for k, c in enumerate(r) if k != 2] for r in rows]) is None  # one numbering
    assert find_grid([rows[0], rows[3], rows[2], rows[1]]) is None  # the review's numbers do not count up
    assert find_grid([[*r[:1], r[1][:20] if r[1] else "", *r[2:]] for r in rows]) is None  # no prose beside them
    # a plan whose rows count 1, 2, 3 in a "No." column and cite the review's paragraph after their own wording
    # ("No. | Recommendation | Report para. | Action"): the number stands after the text, so it numbers no text
    board = "The board should ask the hospital and the council to agree one checklist."
    cites = [["No.", "Recommendation", "Report para.", "Action", "Lead"],
             *([str(k), board, para, "Checklist agreed and in use on all wards", "Council"]
               for k, para in ((1, "4.2"), (2, "4.3"), (3, "5.2")))]
    assert find_grid(cites) is None


def test_a_tracker_numbered_one_way_with_its_rag_or_due_columns_is_a_grid_and_a_theme_row_heads_no_paragraph():
    """Blind round 71's tracker printed from Excel to PDF: the review's numbers are the only numbering, but a RAG
    column (or due dates under "Due") shows the responders' own columns, so the row's lead, date, rating and update
    are set aside from the review's words; a theme heading merged across the grid is a line of its own, not a
    paragraph, and is not looked at for the columns. A date column under another caption ("Date | Event") is no
    sign. (FICTIONAL.)"""
    from inquiry_lessons.index.ingest.parse.action_grids import find_grid, grid_lines

    said = "The day centre learned of the unopened post weeks after it was first seen."
    rows = [["Para", "Review text", "Lead", "Due", "RAG", "Update"],
            ["Theme 1: recognising neglect", "", "", "", "", ""],
            ["4.2", said, "Adult care", "30/06/2025", "Green", "Briefings delivered."],
            ["4.5", said, "Housing", "31/07/2025", "Amber", "Half done."]]
    grid = find_grid(rows)
    assert grid is not None and (grid.number, grid.text) == (0, 1)
    at = {"page": 1, "size": 8.0, "page_height": 595.0, "page_width": 842.0}
    lines, _ = grid_lines(grid, [((10.0 * k, 10.0 * k + 9), r) for k, r in enumerate(rows)], (0, 0, 800, 500), at,
                          None)
    assert [(ln.text, ln.aside) for ln in lines] == [
        ("Theme 1: recognising neglect", True), (f"4.2 {said}", False),
        ("Adult care | 30/06/2025 | Green | Briefings delivered.", True), (f"4.5 {said}", False),
        ("Housing | 31/07/2025 | Amber | Half done.", True)]
    assert find_grid([[c for k, c in enumerate(r) if k != 4] for r in rows]) is not None  # due dates under "Due"
    dated = [["Para", "Finding", "Date", "Lead"], ["4.2", said, "30/06/2025", "Adult care"],
             ["4.5", said, "31/07/2025", "Housing"]]
    assert find_grid(dated) is None


def test_a_review_table_with_one_numbering_is_read_row_by_row_as_before(tmp_path: Path):
    """Near-miss of the action plan (parse/action_grids.py): the same grid without its rec and action numbers, the
    review's number the only one in a row, and no column of statuses or of dates captioned as due, is a table of prose
    read as before, a row a line opening with its number: no row's cells are set aside. Captioned "Due", its dates
    show the responders' columns (blind round 71): the action, lead and date are set aside."""
    from inquiry_lessons.index.ingest.parse.pdf import parse_pdf

    for caption, aside in (("Dated", False), ("Due", True)):
        path = tmp_path / f"fict-findings-{caption}.pdf"
        _action_grid_pdf(path, ["Para", "Finding (review wording)", "Action", "Lead", caption], [36, 230, 190, 90, 50],
                         _action_rows(numbered=False))
        blocks = parse_pdf(path).blocks
        assert any(b.kind == "aside" for b in blocks) is aside
        assert [b.text[:4] for b in blocks if b.text[:2] in ("4.", "5.")] == ["4.2 ", "4.5 ", "5.1 "]


_DEAR = "Dear Ms Okafor,"
_ASK = "officials to act on it before the summer."


def _letter_pdf(path: Path, rows: list[tuple[float, list[tuple[float, str]]] | None]) -> None:
    """A FICTIONAL reply to a review made with reportlab: ``rows`` are (space above, [(x, text)]) down A4 pages, None
    a page break; text at x 120 or beyond is a quotation, set in italics a half point smaller."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    y = 780.0
    for row in rows:
        if row is None:
            c.showPage()
            y = 780.0
            continue
        gap, parts = row
        quoted = any(x >= 120 for x, _ in parts)
        y -= gap + (13.0 if quoted else 14.0)
        for x, text in parts:
            c.setFont("Helvetica-Oblique" if quoted else "Helvetica", 10.0 if quoted else 10.5)
            c.drawString(x, y, text)
    c.save()


def _point(n: int, lines: list[str]) -> list[tuple[float, list[tuple[float, str]]]]:
    """A letter's own numbered point: its number at the margin, its text hanging at 96 pt."""
    return [(9.0, [(72, f"{n}."), (96, lines[0])]), *((0.0, [(96, t)]) for t in lines[1:])]


def _quote(lines: list[str], number: str = "") -> list[tuple[float, list[tuple[float, str]]]]:
    """A quotation set in at 120 pt; with ``number``, the number there and the text hanging at 146 pt."""
    if not number:
        return [(7.0 if k == 0 else 0.0, [(120, t)]) for k, t in enumerate(lines)]
    return [(7.0, [(120, number), (146, lines[0])]), *((0.0, [(146, t)]) for t in lines[1:])]


def _reply_letter(lead_in: str = "Paragraph 4.2 of the review says:", set_in: bool = True):
    """Rows of a letter with eight numbered points of its own quoting the review's 4.2 (under ``lead_in``, the block
    set in unless not ``set_in``), 4.5 and 4.6 (their numbers printed) and 4.8 (across a page break), the letter's
    words carrying on after the blocks."""
    first = [(0.0, [(120 if set_in else 96, "The district nurses saw the pressure sores in March and recorded")]),
             (0.0, [(120 if set_in else 96, "them, but nobody told the safeguarding team until the end of May.")])]
    return [(0.0, [(72, _DEAR)]),
            *_point(1, ["Thank you for sending me the Board's review of the care of Mr Ellery."]),
            *_point(2, ["I begin with the central finding, which the review sets out in its fourth chapter.",
                        lead_in]),
            *(_quote([t for _, ((_, t),) in first]) if set_in else first),
            (7.0, [(96, f"I agree with the review, and I have asked my {_ASK}")]),
            *_point(3, ["The review then shows how that finding played out. Paragraphs 4.5 and 4.6",
                        "of the review say:"]),
            *_quote(["The ward staff knew of the missed visits but did not tell the care",
                     "agency before he went home."], "4.5"),
            *_quote(["The care agency closed the case in June without asking him what", "he wanted."], "4.6"),
            (7.0, [(96, "These findings will be familiar to everyone who works in adult care.")]),
            *_point(4, ["Paragraph 4.8 of the review says:"]),
            *_quote(["The GP practice wrote to him three times about the appointments he",
                     "missed, and each letter was filed without anyone calling"]),
            None,
            (0.0, [(120, "at his flat to ask why he had not come.")]),
            *_point(5, ["My officials will meet the Board about advocacy before the end of June."]),
            *_point(6, ["I am grateful to the family for the time they gave to the review."]),
            *_point(7, ["The Department will publish its revised guidance in the autumn."]),
            *_point(8, ["I am copying this letter to the chairs of the safeguarding adults boards."]),
            (14.0, [(72, "Yours sincerely,")]), (30.0, [(72, "Ruth Calloway")])]


def test_a_reviews_paragraph_quoted_in_a_block_set_in_under_its_lead_in_is_that_paragraph(tmp_path: Path):
    """A letter in reply to a review (blind round 63, parse/quoted_paragraphs.py) quotes the review's paragraphs in
    blocks set in from its own text: a block under "Paragraph 4.2 of the review says:" that prints no number is 4.2,
    one over a page break too; blocks that print their numbers keep them; each ends where the letter's own words
    carry on ("I agree ..."), and the letter's own points "1." to "8." number nothing (letters.quoting_letter)."""
    from inquiry_lessons.index.ingest.parse.pdf import parse_pdf
    from inquiry_lessons.index.ingest.passages import cut_passages

    path = tmp_path / "fict-letter.pdf"
    _letter_pdf(path, _reply_letter())
    passages = cut_passages(parse_pdf(path).blocks, "fict")
    assert [(p.paragraph, p.page, p.text) for p in passages if p.paragraph] == [
        ("4.2", 1, "The district nurses saw the pressure sores in March and recorded them, but nobody told the "
                   "safeguarding team until the end of May."),
        ("4.5", 1, "The ward staff knew of the missed visits but did not tell the care agency before he went home."),
        ("4.6", 1, "The care agency closed the case in June without asking him what he wanted."),
        ("4.8", 1, "The GP practice wrote to him three times about the appointments he missed, and each letter was "
                   "filed without anyone calling at his flat to ask why he had not come.")]
    own = " ".join(p.text for p in passages if p.paragraph is None)
    assert _ASK in own and "These findings will be familiar" in own and "8. I am copying" in own


def test_a_lead_in_that_names_another_document_or_a_block_not_set_in_numbers_nothing(tmp_path: Path):
    """Near-misses: the same letter whose first block quotes "paragraph 4.2 of the statutory guidance" or "of the
    previous review", or is not set in from the lead-in's line: that block is no paragraph of the review (the others
    still are). Nor is a line that merely names paragraphs, or a block that prints numbers its lead-in does not name."""
    from inquiry_lessons.index.ingest.clean import Line
    from inquiry_lessons.index.ingest.parse.pdf import parse_pdf
    from inquiry_lessons.index.ingest.parse.quoted_paragraphs import LEAD_IN, quoted_lines
    from inquiry_lessons.index.ingest.passages import cut_passages

    for k, (lead_in, set_in) in enumerate([("Paragraph 4.2 of the statutory guidance says:", True),
                                           ("Paragraph 4.2 of the previous review says:", True),
                                           ("Paragraph 4.2 of the review says:", False)]):
        path = tmp_path / f"fict-near{k}.pdf"
        _letter_pdf(path, _reply_letter(lead_in, set_in))
        passages = cut_passages(parse_pdf(path).blocks, "fict")
        assert [p.paragraph for p in passages if p.paragraph] == ["4.5", "4.6", "4.8"], lead_in
        assert not any("pressure sores" in p.text for p in passages if p.paragraph), lead_in
    said = "the questions the review raises in paragraphs 5.3 and 5.4, and I will write about them:"
    assert LEAD_IN.search(said) is None and LEAD_IN.search("Paragraphs 5.3 and 5.4 of the review say:") is not None
    lines = [Line(text=t, page=1, top=100 + 13 * k, bottom=110 + 13 * k, x0=x, x1=500, size=10)
             for k, (x, t) in enumerate([(96, "Paragraph 4.2 of the review says:"),
                                         (120, "4.7 The care agency closed the case in June.")])]
    assert quoted_lines([lines]) == ([lines], set())


def test_a_letters_own_points_around_the_reviews_quoted_paragraphs_are_no_paragraphs():
    """letters.quoting_letters: a letter whose own points "1." to "8." are set around blocks that quote the review's
    "4.2", "4.5", "4.6" is cited by the review's numbers only. Near-miss: a letter that quotes no review's paragraph
    (a coroner's report to prevent future deaths, its concerns numbered) is cited by its own numbers."""
    from inquiry_lessons.index.ingest.passages import cut_passages
    from inquiry_lessons.index.types import Block

    points = [Block(f"{n}. The trust did not review the care plan in {2010 + n}, and {LONG}.", page=1)
              for n in range(1, 9)]
    quoted = {2: "4.2", 4: "4.5", 6: "4.6"}

    def labels(quotes: dict[int, str]) -> list[str]:
        body = [b for n, p in enumerate(points, 1) for b in (p, *([Block(f"{quotes[n]} The district nurses saw the "
                                                                        f"sores and told nobody.", page=1, table=n)]
                                                                  if n in quotes else []))]
        blocks = [Block(_DEAR, page=1), *body, Block("Yours sincerely,", page=1), Block("Ruth Calloway", page=1)]
        return [p.paragraph for p in cut_passages(blocks, "fict") if p.paragraph]

    assert labels(quoted) == ["4.2", "4.5", "4.6"]
    assert labels({}) == [str(n) for n in range(1, 9)]


_RECS = [("6.1", ["The falls service saw the leg ulcers in March and", "told nobody about them before the summer."],
          ["Accepted. The Department will revise the", "guidance on self-neglect in 2026."]),
         ("6.2", ["The ambulance service noted the night-time", "wandering in its records and shared it with",
                  "nobody at all."],
          ["Accepted. A duty to meet will be considered", "in the revision of the guidance."]),
         ("6.3", ["The day centre explained to the panel how it had", "understood the gaps in his pension, and the",
                  "chair recorded that conclusion in January."],
          ["Accepted in part. The Department will fund a", "learning programme for two years."])]


def _replies_pdf(path: Path, rows: list[tuple[str, list[str], list[str]]], cut: int) -> None:
    """A FICTIONAL annex made with reportlab: a ruled table "The review's recommendation | Our response", each row's
    left cell a bold number with the recommendation's lines hanging after it, its right cell the reply; the last row
    cut by a page break after ``cut`` of its left lines, their rest under the captions repeated on the next page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    left, mid, right, lead = 60.0, 300.0, 540.0, 11.0
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setLineWidth(0.5)

    def frame(top: float, bottom: float) -> None:
        for x in (left, mid, right):
            c.line(x, top, x, bottom)
        c.line(left, top, right, top)
        c.line(left, bottom, right, bottom)

    def header(y: float) -> float:
        c.setFont("Helvetica-Bold", 9)
        c.drawString(left + 4, y - 12, "The review's recommendation")
        c.drawString(mid + 4, y - 12, "Our response")
        frame(y, y - 18)
        return y - 18

    y = header(780.0)
    for k, (number, text, reply) in enumerate(rows):
        last = k == len(rows) - 1
        shown = text[:cut] if last else text
        c.setFont("Helvetica-Bold", 9)
        c.drawString(left + 4, y - 12, number)
        c.setFont("Helvetica", 9)
        for j, t in enumerate(shown):
            c.drawString(left + 26, y - 12 - j * lead, t)
        for j, t in enumerate(reply):
            c.drawString(mid + 4, y - 12 - j * lead, t)
        bottom = 40.0 if last else y - 6 - lead * max(len(shown), len(reply))
        frame(y, bottom)
        y = bottom
    c.showPage()
    y = header(800.0)
    c.setFont("Helvetica", 9)
    for j, t in enumerate(rows[-1][1][cut:]):
        c.drawString(left + 26, y - 12 - j * lead, t)
    frame(y, y - 6 - lead * len(rows[-1][1][cut:]))
    c.save()


def test_a_reviews_numbered_paragraphs_beside_the_replies_to_them_are_read_cell_by_cell(tmp_path: Path):
    """An annex that sets the review's recommendations beside the Government's replies (blind round 63,
    parse/reply_tables.py): each left cell is its numbered paragraph, word for word and nothing else; each reply is an
    aside, its own passage; the row a page break cut is read whole, under the captions repeated on the next page.
    Near-miss: the same table whose right cells print the same numbers (a bilingual report's two versions side by
    side) is no table of replies, and neither is a table whose left cells number nothing."""
    from inquiry_lessons.index.ingest.parse.pdf import parse_pdf
    from inquiry_lessons.index.ingest.parse.reply_tables import beside_replies
    from inquiry_lessons.index.ingest.passages import cut_passages

    path = tmp_path / "fict-annex.pdf"
    _replies_pdf(path, _RECS, 2)
    blocks = parse_pdf(path).blocks
    passages = cut_passages(blocks, "fict")
    assert [(p.paragraph, p.page, " ".join(p.text.split())) for p in passages if p.paragraph] == [
        (n, 1, " ".join(text)) for n, text, _ in _RECS]
    assert [b.text for b in blocks if b.kind == "aside"] == [" ".join(reply) for _, _, reply in _RECS]
    assert not any("The review's recommendation" in b.text for b in blocks)
    # near-miss: both columns numbered
    near = tmp_path / "fict-two-versions.pdf"
    _replies_pdf(near, [(n, text, [f"{n} {reply[0]}", *reply[1:]]) for n, text, reply in _RECS], 2)
    assert not any(b.kind == "aside" for b in parse_pdf(near).blocks)
    head = ["The review's recommendation", "Our response"]
    said = ["The day centre explained the gaps in his pension.", "Accepted in part. The Department will act."]
    assert beside_replies([head, ["6.1 " + said[0], said[1]], ["6.2 " + said[0], said[1]]])
    assert not beside_replies([head, said, said]) and not beside_replies([head, ["6.1 " + said[0], said[1]]])


_LEAD_IN = "The review, paragraph 2.3, in full:"


def _noted(path: Path, note: str, kind: str = "footnote") -> list:
    """A thesis chapter in Word quoting a review (FICTIONAL): page 1 holds 2.1, a sentence of the author's whose
    footnote reference brings in note 1 (a lead-in, then ``note``), 2.2 and a footnote reference to note 2 (a
    remark); a page break; page 2 holds 2.4 and the author's sentence after it. Word keeps the notes in their own
    part (word/footnotes.xml, or word/endnotes.xml for ``kind`` "endnote"), built here with lxml and python-docx's
    package API. Its passages."""
    from docx.enum.text import WD_BREAK
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml.ns import nsdecls
    from lxml import etree

    from inquiry_lessons.index.ingest.passages import cut_passages

    def ref(paragraph, k: int) -> None:
        paragraph._p.append(_wml(f'<w:r><w:rPr><w:rStyle w:val="{kind.title()}Reference"/></w:rPr>'
                                 f'<w:{kind}Reference w:id="{k}"/></w:r>'))

    def para(text: str, first: bool = False) -> str:
        """A note's paragraph: its number's mark (on the first), its text with ``<w:tab/>`` for each tab."""
        runs = "<w:r><w:tab/></w:r>".join(f'<w:r><w:t xml:space="preserve">{t}</w:t></w:r>' for t in text.split("\t"))
        return f"<w:p>{f'<w:r><w:{kind}Ref/></w:r>' if first else ''}{runs}</w:p>"

    doc = Document()
    doc.add_heading("4.1 The review as written", level=2)
    doc.add_paragraph(f"2.1 In May {LONG}.")
    ref(doc.add_paragraph("The paragraph most often quoted is reproduced in the note below."), 1)
    doc.add_paragraph(f"2.2 In June {LONG}.")
    ref(doc.add_paragraph("Participants read it in different ways."), 2)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_paragraph(f"2.4 In August {LONG}.")
    doc.add_paragraph("Managers quoted the recommendations, while front-line staff quoted the account.")
    notes = [f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>',
             f'<w:{kind} w:id="1">{para(_LEAD_IN, True)}{para(note)}</w:{kind}>',
             f'<w:{kind} w:id="2">{para("All names are pseudonyms.", True)}</w:{kind}>']
    xml = f'<w:{kind}s {nsdecls("w")}>{"".join(notes)}</w:{kind}s>'
    part = Part(PackURI(f"/word/{kind}s.xml"), getattr(CT, f"WML_{kind.upper()}S"),
                etree.tostring(etree.fromstring(xml)), doc.part.package)
    doc.part.relate_to(part, getattr(RT, f"{kind.upper()}S"))
    doc.save(path)
    return cut_passages(parse_docx(path).blocks, "fict")


def test_a_reviews_paragraph_quoted_in_a_footnote_is_read_at_the_foot_of_its_page(tmp_path: Path):
    """Blind round 64 (parse/docx_footnotes.py): a thesis quotes a review's paragraph in full in a Word footnote,
    typed "2.3<TAB>The ...". It is that paragraph, printed at the foot of the page its reference is on: after the
    page's last paragraph (2.2 and the sentence after it, though the reference is in the sentence before 2.2), on
    that page, before the next page's 2.4; its own words only. The note's lead-in and the other note are still left
    out. Near-miss: a note that opens with the number in a sentence ("2.3<TAB>is the paragraph ...", a remark about
    it) is no paragraph, and nothing of the notes is read."""
    passages = _noted(tmp_path / "fict.docx", f"2.3\tIn July {LONG}.")
    got = [(p.paragraph, p.page, p.text) for p in passages if p.paragraph]
    assert got == [("2.1", 1, f"In May {LONG}.\nThe paragraph most often quoted is reproduced in the note below."),
                   ("2.2", 1, f"In June {LONG}.\nParticipants read it in different ways."),
                   ("2.3", 1, f"In July {LONG}."),
                   ("2.4", 2, f"In August {LONG}.\nManagers quoted the recommendations, while front-line staff "
                              "quoted the account.")]
    assert not any(_LEAD_IN in p.text or "pseudonyms" in p.text for p in passages)
    near = _noted(tmp_path / "fict.docx", "2.3\tis the paragraph most often quoted by the police participants.")
    assert [p.paragraph for p in near if p.paragraph] == ["2.1", "2.2", "2.4"]
    assert not any("most often quoted by" in p.text for p in near)


def test_a_reviews_paragraph_quoted_in_an_endnote_is_read_after_the_last_text(tmp_path: Path):
    """Word endnotes (parse/docx_footnotes.py): the same paragraph quoted in full in an endnote is printed where
    Word prints endnotes, after the document's last text: after 2.4 and the sentence after it, on the last page, its
    own words only; the lead-in and the other note are left out. (The note quotes 5.6, a paragraph of a later part
    of the review: a number lower than the body's last would read as out of sequence there, as it would in print.)
    Near-miss: an endnote that opens with the number in a sentence is no paragraph."""
    passages = _noted(tmp_path / "fict.docx", f"5.6\tIn July {LONG}.", "endnote")
    got = [(p.paragraph, p.page, p.text) for p in passages if p.paragraph]
    assert got == [("2.1", 1, f"In May {LONG}.\nThe paragraph most often quoted is reproduced in the note below."),
                   ("2.2", 1, f"In June {LONG}.\nParticipants read it in different ways."),
                   ("2.4", 2, f"In August {LONG}.\nManagers quoted the recommendations, while front-line staff "
                              "quoted the account."),
                   ("5.6", 2, f"In July {LONG}.")]
    assert not any(_LEAD_IN in p.text or "pseudonyms" in p.text for p in passages)
    near = _noted(tmp_path / "fict.docx", "5.6\tis the paragraph most often quoted by the police participants.",
                  "endnote")
    assert [p.paragraph for p in near if p.paragraph] == ["2.1", "2.2", "2.4"]


_BLOCK_QUOTE = '<w:spacing w:line="240" w:lineRule="auto"/><w:ind w:left="1287" w:right="720" w:hanging="567"/>'
_HANGING = '<w:ind w:left="1287" w:hanging="567"/>'


def test_a_block_quotation_indented_from_both_margins_sets_extracts_apart(tmp_path: Path):
    """Blind round 64 (parse/docx_extracts.py): a thesis quotes a review's paragraphs typed "2.3<TAB>The ..." in a
    "Block Quote" style set in from both margins, further than the default paragraph style; what the document adds
    after an extract is no part of it. Near-miss: the same paragraphs indented from the left only (a hanging
    indent, as a numbered paragraph's or a list's) set nothing apart: what follows them goes on them, as before."""
    assert _quoted_whole(_workbook(tmp_path / "fict.docx", _BLOCK_QUOTE))
    got = {p.paragraph: p.text for p in _workbook(tmp_path / "fict.docx", _HANGING) if p.paragraph}
    assert got["2.3"].startswith(f"In July {LONG}.\nActivity 1: Who knew what?")
    assert got["3.2"] == f"In August {LONG}. {_COMMENT}"


def _interviews(path: Path, after: str) -> dict:
    """A thesis's block quotations (FICTIONAL): the review's 6.2 typed "6.2<TAB>..." in a "Block Quote" style indented
    from both margins, then ``after`` in the same style, then the source line and the author's prose. Its numbered
    passages."""
    from docx.enum.style import WD_STYLE_TYPE

    from inquiry_lessons.index.ingest.passages import cut_passages
    doc = Document()
    style = doc.styles.add_style("Block Quote", WD_STYLE_TYPE.PARAGRAPH)
    for prop in list(_wml(f"<w:pPr>{_BLOCK_QUOTE}</w:pPr>")):
        style.element.get_or_add_pPr().append(prop)
    doc.add_paragraph("Most participants knew the paragraphs of the review by their numbers. They read:")
    doc.add_paragraph(f"6.1\tIn May {LONG}.", style="Block Quote")
    doc.add_paragraph(f"6.2\tIn June {LONG}.", style="Block Quote")
    doc.add_paragraph(after, style="Block Quote")
    doc.add_paragraph("(Participant 12, adviser)")
    doc.add_paragraph("Practitioners from different agencies read the same paragraph in different ways.")
    doc.add_paragraph(f"6.5\tIn August {LONG}.", style="Block Quote")
    doc.save(path)
    return {p.paragraph: p.text for p in cut_passages(parse_docx(path).blocks, "fict") if p.paragraph}


def test_an_interview_extract_after_a_quoted_paragraph_is_a_quotation_of_its_own(tmp_path: Path):
    """Blind round 64: a participant's words in curly quotation marks, set in the block quotation style straight after
    the review's 6.2, are a quotation of their own, not 6.2's next paragraph: 6.2 ends with its own words. Near-miss:
    an unnumbered paragraph in the same style not wholly in quotation marks is the quoted paragraph's own next
    paragraph, as before."""
    voice = "\u201cI could have told you the number before I could have told you what it said.\u201d"
    got = _interviews(tmp_path / "fict.docx", voice)
    assert got["6.2"] == f"In June {LONG}." and voice not in " ".join(got.values())
    more = "The panel also heard that the \u201cplan\u201d was never shared."
    assert _interviews(tmp_path / "fict.docx", more)["6.2"] == f"In June {LONG}.\n{more}"



_QUOTED = ("The day centre saw the bruising as part of ordinary family life. No single service understood her "
           "health, her home and her finances at the same time.")
_QUOTES = {"3.2": "The pharmacist noted the unused blister packs and shared it with nobody.",
           "4.2": "Her niece had told the surgery about her worries, and these were filed but not acted upon.",
           "4.3": "An advocacy referral was made only after she had already returned home from the ward."}
_WRITER = "Practitioners from different agencies read the same paragraph in strikingly different ways."


def test_a_reviews_paragraphs_quoted_in_block_quotations_end_with_their_quotation(tmp_path: Path):
    """A journal's article page rendered from JATS (blind round 64, parse/html_quotations.py): the review's paragraphs
    are quoted in <blockquote>s, the number in a label element before the text or typed at the start of each <p>,
    attributions after them; the writer's prose after a quotation (one opening with a paragraph's number too) is no
    part of the paragraph quoted, and a participant's words in a quotation of their own are read as they were.
    Near-miss: a report's own page whose numbered paragraph quotes guidance in a <blockquote> with no number goes on
    after the quotation, as before."""
    from inquiry_lessons.index.ingest.passages import cut_passages

    page = tmp_path / "fict-article.html"
    page.write_text(
        "<html><body><article><h2>Findings</h2><p>The review begins with the records:</p>"
        f"<blockquote class='disp-quote'><span class='label'>3.2</span><p>{_QUOTES['3.2']}</p>"
        "<footer class='attrib'>SAR Mr D, para. 3.2</footer></blockquote>"
        f"<p>{_WRITER}</p>"
        f"<blockquote class='disp-quote'><p>4.2 {_QUOTES['4.2']}</p><p>4.3 {_QUOTES['4.3']}</p>"
        "<footer class='attrib'>SAR Mr D, paras 4.2–4.3</footer></blockquote>"
        f"<p>4.2 and 4.3 were the paragraphs that managers chose. {_WRITER}</p>"
        "<blockquote><p>When I read 3.2 I thought, that's my note they're quoting.</p>"
        "<footer>Focus group 2, community nurse</footer></blockquote>"
        f"<p>{_WRITER}</p></article></body></html>", encoding="utf-8")
    passages = cut_passages(parse_html(page).blocks, "fict")
    assert [(p.paragraph, p.text) for p in passages if p.paragraph] == list(_QUOTES.items())
    assert sum(_WRITER in p.text for p in passages if p.paragraph is None) == 3
    assert any(p.text.startswith("When I read 3.2") and p.paragraph is None for p in passages)
    # near-miss: the report's own paragraph quoting guidance without a number goes on after the quotation
    own = tmp_path / "fict-report.html"
    own.write_text(
        f"<html><body><main><p>5.2 {_QUOTED}</p><p>5.3 The statutory guidance says:</p>"
        "<blockquote><p>Local authorities should not limit what they do to those who meet the criteria.</p>"
        f"</blockquote><p>This was not followed. {_WRITER}</p><p>5.4 {_QUOTES['4.2']}</p></main></body></html>",
        encoding="utf-8")
    got = {p.paragraph: p.text for p in cut_passages(parse_html(own).blocks, "fict") if p.paragraph}
    assert list(got) == ["5.2", "5.3", "5.4"]
    assert got["5.3"].startswith("The statutory guidance") and got["5.3"].endswith(_WRITER)


def test_an_attributions_editorial_note_is_no_part_of_the_paragraph_it_cites(tmp_path: Path):
    """"SAR Mr D, para. 4.1 (emphasis added)": the quoting writer's note after the citation (html_quotations.
    without_notes); the quotation is read as paragraph 4.1 even where the page's other text repeats its words (no
    pull quote), the attribution gone. Near-miss: a closing bracket that is no editorial note ("(draft)") leaves the
    attribution citing nothing, and the quotation whose words the page repeats is read as a pull quote."""
    from inquiry_lessons.index.ingest.parse.html_quotations import without_notes
    from inquiry_lessons.index.ingest.passages import cut_passages

    assert without_notes("SAR Mr D, para. 4.1 (emphasis added)") == "SAR Mr D, para. 4.1"
    assert without_notes("Review, paragraph 2.5 [italics mine]; footnotes omitted") == "Review, paragraph 2.5"
    assert without_notes("Review, para 7 (original emphasis).") == "Review, para 7"
    assert without_notes("Review, para. 4.1 (draft)") == "Review, para. 4.1 (draft)"

    def page(note: str) -> Path:
        quoted = [f"<blockquote><span class='label'>{n}</span><p>{t}</p><footer>SAR Mr D, para. {n}</footer>"
                  "</blockquote>" for n, t in _QUOTES.items()]
        path = tmp_path / f"fict-{len(note)}.html"
        path.write_text(
            f"<html><body><article><p>Participants said that {_QUOTED.lower()}</p>{quoted[0]}"
            f"<blockquote><p>{_QUOTED.replace('No single', '<em>No single', 1)}</em></p>"
            f"<footer>SAR Mr D, para. 4.1 {note}</footer></blockquote><p>{_WRITER}</p>{''.join(quoted[1:])}"
            "</article></body></html>", encoding="utf-8")
        return path

    passages = cut_passages(parse_html(page("(emphasis added)")).blocks, "fict")
    assert [(p.paragraph, p.text) for p in passages if p.paragraph] == [
        ("3.2", _QUOTES["3.2"]), ("4.1", _QUOTED), ("4.2", _QUOTES["4.2"]), ("4.3", _QUOTES["4.3"])]
    assert not any("emphasis" in p.text or "SAR Mr D" in p.text for p in passages)
    # near-miss
    passages = cut_passages(parse_html(page("(draft)")).blocks, "fict")
    assert [p.paragraph for p in passages if p.paragraph] == list(_QUOTES)
    assert not any(_QUOTED in p.text for p in passages)


def test_list_markers_a_pdf_draws_as_discs_are_read_as_bullets(tmp_path: Path):
    """fresh44, after its look: a CMS page saved as PDF through dompdf paints each list item's disc as a filled
    circle, so the Hexley review's lists of reasons read as lines with no bullets, and were no lists
    (parse/drawn_bullets.py). A small filled circle just left of a line's first word is that line's bullet.
    Near-misses: a filled square beside a line (a status cell), and a circle far left of the text, are none."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from inquiry_lessons.index.ingest.parse.pdf import parse_pdf
    from inquiry_lessons.index.ingest.passages import cut_passages

    items = ["the plan was built around the police investigation", "the taunting was handled as separate incidents",
             "information stayed in the primary school's file"]

    def page(mark: str) -> Path:
        path = tmp_path / f"fict-{mark}.pdf"
        c = canvas.Canvas(str(path), pagesize=A4)
        c.setFont("Helvetica", 10)
        c.drawString(72, 700, "4.3 The review found that Evie was not kept safe for the following reasons:")
        for i, item in enumerate(items):
            y = 680 - 17 * i
            c.drawString(102, y, item)
            if mark == "disc":
                c.circle(92, y + 3.4, 1.9, stroke=0, fill=1)
            elif mark == "square":
                c.rect(90, y + 1.5, 3.8, 3.8, stroke=0, fill=1)
            else:
                c.circle(40, y + 3.4, 1.9, stroke=0, fill=1)
        c.drawString(72, 620, "4.4 The school's records were kept in two places and nobody read both of them.")
        c.save()
        return path

    def read(mark: str) -> str:  # the passages as cut
        return "\n\n".join(p.text for p in cut_passages(parse_pdf(page(mark)).blocks, "fict"))

    assert all(f"\n• {item}" in read("disc") for item in items), read("disc")
    for mark in ("square", "far"):
        assert "•" not in read(mark) and all(item in read(mark) for item in items), (mark, read(mark))


_PROSE = ["Practice reviews are written to be read, yet remarkably little is known about who reads them and what "
          "they take from them. We asked the practitioners which paragraphs they remembered, and two were named "
          "far more often than any others:",
          "Each participant read the two paragraphs aloud and said what they made of them, and most began with "
          "the second, which they said was the one they had been told about in supervision. Managers tended to "
          "quote the recommendations, while front-line staff quoted the account of what had happened, and few of "
          "them had read the review from beginning to end. Several said that they had looked in it for the part "
          "about their own service and had stopped reading there. Two had first read it on a phone in a car park "
          "between visits, and one had printed it and taken it home because there was no time to read it at work.",
          "The longest quotation in the interviews was a paragraph about the weeks before the admission, which "
          "several participants could recite almost word for word when they were asked about it:",
          "For the nurses the point of the paragraph was the phone call that did not happen; for the social "
          "workers it was the form that arrived without one, and nobody said that both were true."]
_DISPLAYED = [("3.1", "The health visitor saw the late arrivals at nursery as part of ordinary family life. Few "
                   "practitioners asked who else stayed at the house or who visited it in the evenings, and the "
                   "written submission from the school nursing service said the same in November."),
           ("3.2", "The education welfare officer noted the mark on her cheek in its records and shared it with "
                   "nobody. Staff turnover meant that the family saw five different workers in eighteen months."),
           ("4.6", "The named nurse did not know that other services were worried about the concealed pregnancy. "
                   "Every agency knew something, and nobody put the pieces together. The records describe the "
                   "adults' wishes in detail and say little about what the girl herself said, and the service "
                   "manager confirmed this account at the practice workshop in May.")]


def _article_pdf(path: Path, right_in: float = 24.0, numbered: bool = True) -> None:
    """A FICTIONAL article page made with reportlab as LaTeX sets one: justified prose in 10 pt Times at the
    margin, the review's paragraphs in displayed quotations in 9 pt, set in 25 pt from the left (the number there,
    the text hanging at 43 pt) and ``right_in`` from the right, justified to that measure; the prose carries on after
    each at the margin. The last quotation (4.6) runs over a page break after two lines, a footnote in 7 pt at the
    page's foot."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    left, width = 72.0, A4[0] - 144.0
    c = canvas.Canvas(str(path), pagesize=A4)
    y = [790.0]

    def para(text: str, x: float, measure: float, size: float, label: str = "", cut: int = 0) -> None:
        words, lines = text.split(), [[]]
        for w in words:
            if lines[-1] and stringWidth(" ".join([*lines[-1], w]), "Times-Roman", size) > measure:
                lines.append([])
            lines[-1].append(w)
        for k, ln in enumerate(lines):
            if k and k == cut:
                c.setFont("Times-Roman", 7)
                c.drawString(left, 60, "1 The review is quoted with the permission of the partnership.")
                c.showPage()
                y[0] = 790.0
            y[0] -= size * 1.2
            s = " ".join(ln)
            gaps = len(ln) - 1
            spare = measure - stringWidth(s, "Times-Roman", size)
            t = c.beginText(x, y[0])
            t.setFont("Times-Roman", size)
            t.setWordSpace(spare / gaps if gaps and k < len(lines) - 1 else 0.0)
            t.textLine(s)
            c.drawText(t)
            if k == 0 and label:
                c.setFont("Times-Roman", size)
                c.drawString(left + 25.0, y[0], label)

    def quote(number: str, text: str, cut: int = 0) -> None:
        y[0] -= 6.0
        at = left + (43.0 if numbered else 25.0)
        para(text, at, left + width - right_in - at, 9.0, number if numbered else "", cut)
        y[0] -= 4.0

    para(_PROSE[0], left, width, 10.0)
    quote(*_DISPLAYED[0])
    quote(*_DISPLAYED[1])
    para(_PROSE[1], left, width, 10.0)
    para(_PROSE[2], left, width, 10.0)
    quote(*_DISPLAYED[2], cut=2)
    para(_PROSE[3], left, width, 10.0)
    c.save()


def test_a_reviews_paragraphs_in_a_displayed_quotation_end_with_it(tmp_path: Path):
    """A journal article typeset from LaTeX (blind round 64's journal.pdf, parse/displayed_quotes.py) quotes the
    review's numbered paragraphs in displayed quotations: set in from both edges of the column, in smaller type,
    justified to their own measure, their numbers hanging. Each paragraph ends where the block ends, and the authors'
    prose after it at the margin is no part of it; a paragraph the page breaks (a footnote at the foot) is one."""
    from inquiry_lessons.index.ingest.parse.pdf import parse_pdf
    from inquiry_lessons.index.ingest.passages import cut_passages

    path = tmp_path / "fict-article.pdf"
    _article_pdf(path)
    passages = cut_passages(parse_pdf(path).blocks, "fict")
    got = [(p.paragraph, p.page, " ".join(p.text.split())) for p in passages if p.paragraph]
    assert got == [("3.1", 1, _DISPLAYED[0][1]), ("3.2", 1, _DISPLAYED[1][1]), ("4.6", 1, _DISPLAYED[2][1])]
    own = [p.text for p in passages if p.paragraph is None]
    assert any(t.startswith("Each participant read") for t in own) and any(t.startswith("For the nurses") for t in own)


def _two_columns(right_in: float) -> list:
    """Lines of a FICTIONAL two-column page (body 9.5 pt, columns at 57 and 306 pt, 232 pt wide): a quotation in
    8.6 pt whose 4.2 runs from the left column's foot, past a footnote, to the right column's head, then 4.3; its
    lines stop ``right_in`` short of the column's right edge."""
    from inquiry_lessons.index.ingest.clean import Line

    def ln(column: int, top: float, x0: float, text: str, size: float = 8.6, x1: float = 0.0) -> Line:
        edge = 289.0 if column == 1 else 538.0
        return Line(text=text, page=1, top=top, bottom=top + size, x0=x0, x1=x1 or edge - right_in, size=size,
                    column=column)

    prose = [ln(c, top, x, f"The panel met in the spring to hear the {LONG}.", 9.5, x1=x + 232)
             for c, x, tops in ((1, 57.0, (600, 612, 624, 636)), (2, 306.0, (120, 132, 144, 156)))
             for top in tops]
    return [*prose[:4], ln(1, 650, 67, "4.2 The child protection chair saw the eviction notice"),
            ln(1, 660, 85, "differently from its partners, and a strategy meeting"),
            ln(1, 740, 57, "1 The review is quoted with the permission of the partnership.", 7.4, x1=250),
            ln(2, 70, 334, "was suggested on two occasions and did not take place."),
            ln(2, 80, 334, "Nobody asked the girl.", x1=420),
            ln(2, 94, 316, "4.3 The education welfare officer was never invited to"),
            ln(2, 104, 334, "discuss the father's depression.", x1=460), *prose[4:]]


def test_a_block_run_out_to_the_right_edge_or_without_a_number_is_no_displayed_quotation(tmp_path: Path):
    """Near-misses: the same page whose numbered blocks run out to the column's right edge (set in from the left
    only, as a list or a first-line indent is) or whose quotations print no number: no line of it is read as a
    displayed quotation's paragraph; nor is one short numbered line, which has no measure of its own. Against
    them, two columns whose quotation stops short of the right edge: 4.2 is read whole from the left column's foot
    to the right column's head, past the footnote between, and 4.3 after it."""
    from inquiry_lessons.index.ingest.clean import Line
    from inquiry_lessons.index.ingest.parse.displayed_quotes import displayed_quotations
    from inquiry_lessons.index.ingest.parse.pdf import parse_pdf

    for k, (right_in, numbered) in enumerate([(0.0, True), (24.0, False)]):
        path = tmp_path / f"fict-near{k}.pdf"
        _article_pdf(path, right_in, numbered)
        assert all(b.table is None for b in parse_pdf(path).blocks), (right_in, numbered)
    body = [Line(text=f"The panel met in the spring of that year to hear the {LONG} {k}.", page=1,
                 top=100 + 12 * k, bottom=110 + 12 * k, x0=72, x1=523, size=10) for k in range(4)]
    alone = Line(text="4.6 The named nurse did not know.", page=1, top=160, bottom=169, x0=97, x1=260, size=9)
    assert displayed_quotations([[*body, alone]])[1] == set()
    assert displayed_quotations([_two_columns(0.0)])[1] == set()
    pages, quoted = displayed_quotations([_two_columns(6.0)])
    assert sorted(text for _, text in quoted) == [
        "4.2 The child protection chair saw the eviction notice differently from its partners, and a strategy "
        "meeting was suggested on two occasions and did not take place. Nobody asked the girl.",
        "4.3 The education welfare officer was never invited to discuss the father's depression."]
    assert any(ln.text.startswith("1 The review is quoted") for ln in pages[0])


_EXTRACT_CAPTIONS = ["Study", "Location", "Extract (verbatim)", "Theme code(s)", "Appraisal"]
# a FICTIONAL data-extraction table's rows by page: (the column its top rule starts at, None for none; each cell's
# lines); study and appraisal cells merged down a study's rows, the last row of page 1 cut by the page break
_EXTRACT_ROWS: list[list[tuple[int | None, list[list[str]]]]] = [
    [(0, [["S02"], ["p. 6"], ["Staff at the day centre saw that he had stopped eating lunch and recorded it",
                               "as his own choice."], ["1.2"], ["CASP 7/10"]]),
     (0, [["S05"], ["2.3"], ["The housing officer did not know that the case had been closed, and waited",
                              "for a call that nobody had been asked to make."], ["2.1; 2.2"], ["CASP 9/10"]]),
     (1, [[], ["3.1"], ["The ambulance crew saw the clutter on the stairs as part of ordinary family",
                         "life and moved on."], ["3.1"], []]),
     (1, [[], ["4.4"], ["The day centre learned of the unopened post weeks after it was first seen",
                         "and told nobody. The duty team closed the referral when she did not"], ["1.1; 4.2"], []])],
    [(None, [[], [], ["answer the letter it had sent her."], [], []]),
     (1, [[], ["5.2"], ["Her own account of what she wanted appears only once in the records, in a",
                         "note written by a receptionist on a Saturday."], ["1.1"], []]),
     (0, [["S09"], ["pp. 3–4"], ["The finance team recorded the arrears each month and sent letters, and no",
                                  "letter was ever answered."], ["4.2"], ["CASP 6/10"]])]]
_EXTRACTS = {"2.3": "The housing officer did not know that the case had been closed, and waited for a call that "
                    "nobody had been asked to make.",
             "3.1": "The ambulance crew saw the clutter on the stairs as part of ordinary family life and moved on.",
             "4.4": "The day centre learned of the unopened post weeks after it was first seen and told nobody. The "
                    "duty team closed the referral when she did not answer the letter it had sent her.",
             "5.2": "Her own account of what she wanted appears only once in the records, in a note written by a "
                    "receptionist on a Saturday."}


def _extracts_pdf(path: Path, bold: bool = True, note: str | None = None) -> None:
    """A FICTIONAL systematic review's data-extraction table exported from Word (blind round 64), landscape A4 made
    with reportlab: rules across only, none between the columns; the captions' row (in bold with ``bold``) repeated
    on page 2; study and appraisal cells merged down (a later row's rule starts after the study's column); no rule
    under page 1's last row, which a page break cut; ``note``: a line across the table under its first row."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=landscape(A4))
    xs, lead = [40.0, 90.0, 150.0, 500.0, 580.0, 660.0], 10.4

    def header(y: float) -> float:
        c.setFont("Helvetica-Bold" if bold else "Helvetica", 8.5)
        for x, caption in zip(xs, _EXTRACT_CAPTIONS, strict=False):
            c.drawString(x + 4, y - 11, caption)
        c.line(xs[0], y, xs[-1], y)
        c.line(xs[0], y - 16, xs[-1], y - 16)
        return y - 16

    for n, rows in enumerate(_EXTRACT_ROWS):
        if n:
            c.showPage()
        c.setFont("Helvetica", 9)
        c.drawString(40, 30, f"FICTIONAL - for software testing. Page {n + 1}")
        if not n:
            c.drawString(40, 540, "Table S1. Extracts from the included reviews, with theme codes and appraisal.")
        y = header(520.0)
        for k, (start, cells) in enumerate(rows):
            if start is not None:
                c.line(xs[start], y, xs[-1], y)
            c.setFont("Helvetica", 8.5)
            for x, lines in zip(xs, cells, strict=False):
                for j, text in enumerate(lines):
                    c.drawString(x + 4, y - 10 - lead * j, text)
            y -= 4 + lead * max(len(lines) for lines in cells)
            if note and not n and not k:
                c.drawString(xs[0] + 4, y - 10, note)
                y -= 4 + lead
        if n == len(_EXTRACT_ROWS) - 1:
            c.line(xs[0], y, xs[-1], y)
    c.save()


def test_a_table_ruled_across_only_is_found_by_its_header_rows_captions(tmp_path: Path):
    """A table with rules between its rows and none between its columns (Word's "horizontal borders only", blind
    round 64's data-extraction table, parse/ruled_across.py) is found by its rules and the bold captions under the top
    one: its columns start where the captions do, a cell merged down a study's rows is one cell, and the row a page
    break cut, with no rule under it, runs on to its last line above the page's footer. Near-misses: the same page
    whose captions' row is not bold (no header), and one with a note across the table's columns under its first row
    (the columns are no real columns), are no such table and are read line by line as before."""
    import pdfplumber

    from inquiry_lessons.index.ingest.parse.ruled_across import ruled_across

    def tables(path: Path) -> list[list[list[str | None]]]:
        with pdfplumber.open(path) as pdf:
            return [t.extract() for page in pdf.pages for t in ruled_across(page, page.find_tables())]

    path = tmp_path / "fict-extracts.pdf"
    _extracts_pdf(path)
    first, second = tables(path)
    assert first[0] == _EXTRACT_CAPTIONS and second[0] == _EXTRACT_CAPTIONS
    assert [r[1] for r in first[1:]] == ["p. 6", "2.3", "3.1", "4.4"]
    assert first[2][0] == "S05" and first[3][0] is None and first[2][3] == "2.1; 2.2"
    assert first[2][2] == "\n".join(_EXTRACT_ROWS[0][1][1][2])
    assert first[4][2] is not None and first[4][2].endswith("closed the referral when she did not")
    assert second[1] == ["", "", "answer the letter it had sent her.", "", ""]
    assert [r[1] for r in second[2:]] == ["5.2", "pp. 3–4"]
    plain = tmp_path / "fict-plain-captions.pdf"
    _extracts_pdf(plain, bold=False)
    assert tables(plain) == []
    noted = tmp_path / "fict-noted.pdf"
    _extracts_pdf(noted, note="Note: the review was reissued in a second edition, and its pages are those of that "
                              "edition; the first edition is no longer published.")
    assert len(tables(noted)) == 1  # page 2 only


def test_a_table_of_extracts_reads_each_row_as_its_location_and_its_extract_alone(tmp_path: Path):
    """A data-extraction table quoting a review's numbered paragraphs among other studies' extracts located by page
    (blind round 64, parse/keyed_extracts.py): each row reads as its location and its extract, a paragraph number
    labelling the extract word for word; the study ID ("S05", which looks like a label), the theme codes ("2.1;
    2.2", bare decimals) and the appraisal are no part of it; the row a page break cut is joined, and the paragraph
    ends with its row: the next study's extract, located by page, is no part of it. Near-misses: a recommendations
    table ("Para | Recommendation | Lead") has no column of extracts, and a table of extracts whose sources are
    named, not located, has no column of locations: both are left as they were."""
    from inquiry_lessons.index.ingest.parse.keyed_extracts import extract_columns
    from inquiry_lessons.index.ingest.parse.pdf import parse_pdf
    from inquiry_lessons.index.ingest.passages import cut_passages

    path = tmp_path / "fict-extracts.pdf"
    _extracts_pdf(path)
    passages = cut_passages(parse_pdf(path).blocks, "fict")
    assert [(p.paragraph, p.page, p.text) for p in passages if p.paragraph] == [
        (label, 2 if label == "5.2" else 1, text) for label, text in _EXTRACTS.items()]
    assert [p.text.split(" ")[0] for p in passages if p.paragraph is None and p.text[:1] == "p"] == ["p.", "pp."]
    said = "The day centre learned of the unopened post weeks after it was first seen and told nobody."
    rows = [["Study", "Location", "Extract (verbatim)", "Theme code(s)"], ["S05", "2.3", said, "1.2"],
            ["", "3.1", said, "2.1"], ["S09", "p. 14", said, "2.2"]]
    assert extract_columns(rows) == (1, 2)
    assert extract_columns([["Para", "Recommendation", "Lead"], ["2.3", said, "Housing"], ["3.1", said, "Police"],
                            ["4.4", said, "Adult care"]]) is None
    assert extract_columns([[r[0], r[2], r[3]] for r in rows]) is None  # the codes are no locations: "S05" ...
    assert extract_columns([["Source", "Extract", "Theme"], ["The review", said, "2.1; 2.2"],
                            ["The panel", said, "1.1"], ["The board", said, "3.2"]]) is None



def test_a_manuscripts_line_numbers_run_on_over_its_pages_and_a_short_numbered_run_that_does_not_keep_its_numbers():
    """Blind round 64 (parse/text_line_numbers.py): a line-numbered manuscript saved as text numbers its lines
    through every page, so the last page's few lines (too few to be judged a margin on their own) go on with the
    count where the page before stopped: their numbers are taken off too. Near-miss: the same few lines numbered
    from 1 again (a list of points at the foot of the text) keep their numbers. (FICTIONAL.)"""
    from inquiry_lessons.index.ingest.parse.text_line_numbers import without_line_numbers

    page1 = [t for n in range(5) for t in (f"The school raised the concern in week {n} and nobody",
                                           "acted on it until the review met.")]
    page2 = ["The panel agreed the findings", "and the board accepted them.", "The review closed in June."]

    def text(first_on_page2: int) -> str:
        lines = [f"{n:>4}   {t}" for n, t in enumerate(page1, 1)]
        lines += ["", "                    1", "\f   FICTIONAL review – draft", ""]
        return "\n".join(lines + [f"{n:>4}   {t}" for n, t in enumerate(page2, first_on_page2)])

    taken = without_line_numbers(text(len(page1) + 1)).split("\n")
    assert taken[:len(page1)] == page1 and taken[-3:] == page2
    kept = without_line_numbers(text(1)).split("\n")
    assert kept[:len(page1)] == page1 and kept[-3:] == [f"{n:>4}   {t}" for n, t in enumerate(page2, 1)]


def test_a_numbered_section_title_over_its_text_is_a_heading_and_a_paragraphs_first_line_is_not():
    """Blind round 64 (parse/numbered_titles.py): an article saved as text prints "2.1  The review" with its
    section's first line straight under it: the title is a heading of its own, so its number opens no paragraph.
    Near-misses: a numbered paragraph whose first line runs to the text's width, a title that wraps (its second
    line in lower case), and a form's numbered question over its short answer, are read as before, one block each.
    (FICTIONAL.)"""
    from inquiry_lessons.index.ingest.parse.text import parse_string

    prose = ["The review concerns the family, whose three children were known to",
             "nine agencies over four years. Its introduction states its purpose."]
    raw = "\n".join(["2  The review and the study", "", "2.1  The review", *prose, "", "2.2  Method",
                     "Quotations are reproduced exactly as published, with their numbers", "as printed in the review."])
    blocks = parse_string(raw).blocks
    assert [(b.kind, b.text[:14]) for b in blocks] == [
        ("heading", "2 The review a"), ("heading", "2.1 The review"), ("para", "The review con"),
        ("heading", "2.2 Method"), ("para", "Quotations are")]
    paragraph = "\n".join(["2.1  The review panel met the family three times during the", *prose])
    assert [b.text[:20] for b in parse_string(paragraph).blocks] == ["2.1 The review panel"]
    wrapped = "\n".join(["2.1  What the review says about", "its readers and what they say about it", *prose])
    assert len(parse_string(wrapped).blocks) == 1
    form = "\n".join([*prose, "", "2. Your name and role", "DS Jo Reed, public protection unit"])
    assert [b.text for b in parse_string(form).blocks][-1] == "2. Your name and role DS Jo Reed, public protection unit"



_QUOTED_TEXT = """Learning from reviews

1  Introduction
The question of how a finding travels from a review into practice has
received much less attention than it deserves, and the literature is thin.

      1.3   The school noted the faltering growth in its records and
            shared it with nobody. Several key decisions were taken in
            passing and were not recorded anywhere at all.

Transcripts were coded independently by both authors, and disagreements
were resolved by discussion between them before the analysis began.

      2.2   The health visiting team explained to the panel how it had
            understood the older youth who waited outside the house.
      2.3   The education welfare officer interpreted the late arrivals
            at school differently from its partners in the review.

The review's account of the family was remembered far better than its
analysis of the agencies, and several participants said so in interview.
"""

_OWN_TEXT = """Review of Family Q

This review was commissioned by the partnership in the spring after the
death of a child known to several agencies, and it was written by an
independent reviewer with the help of a panel of senior managers drawn
from the agencies concerned. Its findings are set out below, each with
the evidence that supports it, and the partnership has accepted them.

Findings
      1.3   The school noted the faltering growth in its records and
            shared it with nobody. Several key decisions were taken:

            - the referral was closed without a visit;
            - the plan was not shared with the GP.

Analysis
      2.2   The health visiting team explained to the panel how it had
            understood the older youth who waited outside the house.

            The panel accepted this account when it met in November and
            asked for the chronology to be corrected before publication.
      2.3   The education welfare officer interpreted the late arrivals
            at school differently from its partners in the review.
"""


def test_a_reviews_paragraphs_quoted_set_in_from_the_writers_prose_end_where_the_quotation_does():
    """Blind round 64 (parse/set_in_quotations.py): an article saved as text quotes a review's paragraphs set in
    from its own prose, numbers hanging: each quotation is its paragraph, and the writer's prose after it at the
    text's edge is no part of it (an unnumbered passage of its own). Near-miss: a report that sets its own numbered
    paragraphs in the same way, its introduction and headings at the margin and the rest of a paragraph (a list, a
    second part) at the paragraph's column, is read as before: no quotation, the list and the second part are the
    paragraph's. (FICTIONAL.)"""
    from inquiry_lessons.index.ingest.parse.text import parse_string
    from inquiry_lessons.index.ingest.passages import cut_passages

    def passages(raw: str) -> list[tuple[str | None, str]]:
        return [(p.paragraph, p.text[-24:]) for p in cut_passages(parse_string(raw).blocks, "f")]

    assert passages(_QUOTED_TEXT) == [
        (None, "and the literature is thin."[-24:]), ("1.3", "not recorded anywhere at all."[-24:]),
        (None, "before the analysis began."[-24:]), ("2.2", "waited outside the house."[-24:]),
        ("2.3", "its partners in the review."[-24:]), (None, "participants said so in interview."[-24:])]
    assert all(b.table is None for b in parse_string(_OWN_TEXT).blocks)
    assert [(n, end) for n, end in passages(_OWN_TEXT) if n] == [
        ("1.3", "plan was not shared with the GP."[-24:]), ("2.2", "corrected before publication."[-24:]),
        ("2.3", "its partners in the review."[-24:])]


def test_a_publications_numbered_references_are_no_paragraphs_and_a_reports_own_sources_keep_their_numbers():
    """Blind round 64 (parse/reference_lists.py): an article that quotes a few of a review's paragraphs ("1.3",
    "2.2", "3.1") ends with its references numbered "1." to "12.", each with its year: they are no numbering of
    paragraphs, so the quoted paragraphs are cited by their numbers and the references by none. Near-miss: a
    report's own paragraphs "1." to "12." under a heading "Sources" (no years) are paragraphs. (FICTIONAL.)"""
    from inquiry_lessons.index.ingest.parse.reference_lists import in_reference_lists
    from inquiry_lessons.index.ingest.passages import cut_passages
    from inquiry_lessons.index.types import Block

    quoted = [Block(f"{n} The school noted the faltering growth and shared it with nobody.", page=1, table=-k)
              for k, n in enumerate(["1.3", "2.2", "3.1"], 1)]
    refs = [Block(f"{n}. Yardley, A. ({1990 + n}) Reading the review: practitioners and case reviews. Practice "
                  f"Learning Quarterly, {n}(1), 11–23.", page=2) for n in range(1, 13)]
    blocks = [*quoted, Block("References", kind="heading", page=2, level=1), *refs]
    assert in_reference_lists(blocks) == set(range(4, 16))
    assert [p.paragraph for p in cut_passages(blocks, "f") if p.paragraph] == ["1.3", "2.2", "3.1"]
    own = [Block(f"{n}. The panel read the records of agency {n} and spoke to its staff.", page=2)
           for n in range(1, 13)]
    near = [*quoted, Block("Sources", kind="heading", page=2, level=1), *own]
    assert in_reference_lists(near) == set()
    assert [p.paragraph for p in cut_passages(near, "f") if p.paragraph] == [str(n) for n in range(1, 13)]


def test_a_cms_article_info_block_is_chrome_and_the_articles_text_stays(tmp_path: Path):
    """fresh44, after its look: a Joomla article's info block (a ``<dl class="article-info">``: "Details", "Written
    by", "Category", "Published", "Hits") was read as the report's first passage. Like WordPress's entry-meta and
    Drupal's node__submitted, it says who posted the page and when: chrome; so is the page-break plugin's "Article
    Index" card of the article's pages. A definition list of the report's own (a glossary) stays."""
    page = tmp_path / "article.html"
    page.write_text(
        "<html><body><main><h1>Learning Review: Evie (fictional)</h1>"
        '<dl class="article-info text-muted"><dt class="article-info-term">Details</dt>'
        '<dd class="createdby">Written by: <span>MSCP Business Unit</span></dd>'
        '<dd class="category-name">Category: <a href="/case-reviews">Case reviews</a></dd>'
        '<dd class="hits">Hits: 1317</dd></dl>'
        '<div class="card float-end article-index"><div class="card-body"><h3>Article Index</h3><ul>'
        '<li><a class="toclink" href="?start=1">Introduction</a></li></ul></div></div>'
        "<p>1.1 This review was commissioned after Evie told her form tutor what had happened at a party.</p>"
        '<dl class="glossary"><dt>DSL</dt><dd>Designated safeguarding lead: the member of staff who leads.</dd></dl>'
        "</main></body></html>", encoding="utf-8")
    text = "\n".join(b.text for b in parse_html(page).blocks)
    assert "Written by" not in text and "Category: Case reviews" not in text and "Hits" not in text
    assert "Article Index" not in text and "Introduction" not in text
    assert "1.1 This review was commissioned" in text and "Designated safeguarding lead" in text


_SPEECH = "I am grateful to the Backbench Business Committee for granting this debate, and to the family."
_DEBATE = "\r\n\r\n".join([
    "Col 211WH", "10.02 am", "Anna Fairlie (Tollbridge East) (Lab)",
    f"It is a pleasure to serve under your chairship. {_SPEECH} The review puts it like this:",
    "“3.1 The school nurse saw the bruising and recorded it. Nobody asked the child what had happened. The "
    "strategy meeting was never held.”",
    "That is the context. " + _SPEECH,
    "4.2 is, to my mind, the most important paragraph of all, and the family asked me to read it.",
    "“4.2 The health visitor's last contact was a card left at the door. The plan stayed the same. Her father was "
    "called “hard to reach”, yet he came to every\r\nCol 212WH\r\nappointment he was offered.”",
    "The Minister for Children (Orla Penhale)",
    "I will not read those again, but I want to draw attention to an earlier paragraph, which says:",
    "“2.1 The family moved three times in a year. Each move meant a new school and a new surgery.”",
    "As the hon. Lady read earlier:",
    "“3.1 The school nurse saw the bruising and recorded it. Nobody asked the child what had happened. The "
    "strategy meeting was never held.”",
    "Question put and agreed to."])


def test_a_debates_column_numbers_are_no_text_and_a_paragraph_runs_on_over_one():
    """Blind round 65 (parse/column_numbers.py): Hansard's text of a debate gives each new column's number on a line
    of its own ("Col 212WH"), in mid-sentence too, the paragraph going on on the next line: the numbers go, and the
    cut paragraph is one again. Near-misses: a lone "Column 3" line, and numbers that do not count up, stay."""
    from inquiry_lessons.index.ingest.parse.column_numbers import without_column_numbers
    from inquiry_lessons.index.ingest.parse.text import parse_string

    blocks = parse_string(_DEBATE).blocks
    assert not any("Col 21" in b.text for b in blocks)
    assert any(b.text.endswith("yet he came to every appointment he was offered.") for b in blocks)
    assert without_column_numbers("Col 7\nThe panel met in\nCol 8\nMarch.\n") == "The panel met in March.\n"
    assert without_column_numbers("Col 7\n\nThe panel met.\n\nCol 8\n\nIt read.") == "\nThe panel met.\n\n\nIt read."
    lone = "Agency\nColumn 3\nThe panel met in March."
    assert without_column_numbers(lone) == lone
    backwards = "Col 8\nThe panel met in\nCol 7\nMarch."
    assert without_column_numbers(backwards) == backwards


def test_paragraphs_opened_by_a_quotation_mark_glued_to_their_number_are_the_quoted_reports_in_any_order():
    """Blind round 65 (parse/quoted_openings.py): speakers in a debate read out a review's paragraphs, each opening
    with a quotation mark glued to its number ("“4.2 The ..."), in the order they choose (3.1, 4.2, then 2.1): each is
    that paragraph, without the marks, and ends with its quotation; a speech opening "4.2 is, ..." and a paragraph
    read out again are no new paragraph. Near-misses: two such quotations only, or a report numbered in its own right
    that quotes three so, read no quotation as a paragraph."""
    from inquiry_lessons.index.ingest.parse.text import parse_string
    from inquiry_lessons.index.ingest.passages import cut_passages

    numbered = [(p.paragraph, p.text) for p in cut_passages(parse_string(_DEBATE).blocks, "f") if p.paragraph]
    assert [n for n, _ in numbered] == ["3.1", "4.2", "2.1"]
    assert numbered[0][1] == ("The school nurse saw the bruising and recorded it. Nobody asked the child what had "
                              "happened. The strategy meeting was never held.")
    assert numbered[1][1].startswith("The health visitor's") and numbered[1][1].endswith("he was offered.")
    assert numbered[2][1].endswith("a new surgery.")
    two = _DEBATE.split("The Minister for Children")[0]
    assert [p.paragraph for p in cut_passages(parse_string(two).blocks, "f") if p.paragraph] == []
    own = "\n\n".join([*(f"1.{k} The panel read the records of agency {k} and its staff." for k in range(1, 6)),
                       *(f"“{n} The earlier review found the same gap in agency {n}.”" for n in ("6.1", "2.4", "3.3"))])
    got = [p.paragraph for p in cut_passages(parse_string(own).blocks, "f") if p.paragraph]
    assert got == ["1.1", "1.2", "1.3", "1.4", "1.5"]


_QUOTED_72 = ("7.2 The health visiting team noted the mould in the bedroom in its records and shared it with nobody. "
              "Several key decisions were taken in passing and were not recorded anywhere.")


def test_a_timelines_dates_printed_dd_mm_yy_are_no_paragraph_numbers(tmp_path: Path):
    """Blind round 65 (parse/printed_dates.py): a newspaper's article quotes a review's paragraphs ("5.2" to "7.2") and
    sets a timeline beside them, each entry opening with its date "dd.mm.yy" ("21.03.24 Amber was found ..."). A date
    has the shape of a three-level number; it numbers no paragraph, and the timeline is text of its own. Near-miss: a
    report's own three-level numbers ("3.3.21", one-digit parts) and two-digit ones that are no date ("14.13.22") are
    paragraph numbers still. (FICTIONAL.)"""
    from inquiry_lessons.index.ingest.parse.printed_dates import is_printed_date
    from inquiry_lessons.index.ingest.passages import cut_passages

    page = tmp_path / "news.html"
    page.write_text(
        "<html><body><article><h1>Learning review finds agencies saw each disappearance alone</h1>"
        "<p>The review's conclusions are blunt.</p><blockquote><p>5.2 The Pennerby Road medical centre did not know"
        " that other services were worried about the late arrivals at school.</p></blockquote>"
        "<blockquote><p>6.3 The out-of-hours social work team saw the managed move as part of ordinary family life."
        " Staff turnover meant that the family saw five different workers in eighteen months.</p></blockquote>"
        f"<p>The councillor said she would ask for the review to be discussed.</p><blockquote><p>{_QUOTED_72}</p>"
        "</blockquote><div class='timeline'><h3>Timeline</h3><ul>"
        "<li><strong>14.03.22</strong> Amber was first reported missing by her mother.</li>"
        "<li><strong>02.09.22</strong> Amber moved to a new school across the town.</li>"
        "<li><strong>21.03.24</strong> Amber was found by police in a flat in another town.</li>"
        "<li><strong>03.03.25</strong> The learning review was published by the partnership.</li></ul></div>"
        "</article></body></html>", encoding="utf-8")
    passages = cut_passages(parse_html(page).blocks, "f")
    assert [p.paragraph for p in passages if p.paragraph] == ["5.2", "6.3", "7.2"]
    assert next(p for p in passages if p.paragraph == "7.2").text.endswith("not recorded anywhere.")
    assert any(p.paragraph is None and "21.03.24 Amber was found" in p.text for p in passages)
    assert [is_printed_date(n) for n in ("21.03.24", "03.03.25", "29.02.24", "31.12.25")] == [True] * 4
    # near-misses: a report's own numbers, and two-digit labels that are no calendar date
    assert not any(map(is_printed_date, ("3.3.22", "4.9.5", "14.13.22", "31.02.24", "7.2", "103.03.25")))
    own = tmp_path / "own.html"
    own.write_text("<html><body><main><h1>Safeguarding adults review (FICTIONAL)</h1>" + "".join(
        f"<p>{n} The panel read the records of the agency and spoke to its staff about what they knew.</p>"
        for n in ("3.3.20", "3.3.21", "3.3.22", "14.13.21", "14.13.22")) + "</main></body></html>", encoding="utf-8")
    assert [p.paragraph for p in cut_passages(parse_html(own).blocks, "f") if p.paragraph] == [
        "3.3.20", "3.3.21", "3.3.22", "14.13.21", "14.13.22"]


def test_advertisement_slots_are_chrome_even_inside_a_quotation_and_look_alikes_stay(tmp_path: Path):
    """Blind round 65 (parse/html_adverts.py): a newspaper's ad script puts a slot ("<div class="ad-slot"
    id="div-gpt-ad-inline-q" data-ad-unit=...>" with its label "Advertisement") inside the block quotation between
    two of a review's quoted paragraphs, and others between the reporter's paragraphs: the label ran on at the end of
    paragraph 3.3. Slots named by the ad script's class, id or ``data-ad-`` attributes, and an element whose whole
    text is "Advertisement", are chrome. Near-misses: classes that merely contain the letters ("read-more",
    "header", "badge", "loaded"), a long text in an "ads-enabled" wrapper, "Advertisement" as a word of a sentence,
    and a table's cell "AD" (an Assistant Director) stay. (FICTIONAL.)"""
    from inquiry_lessons.index.ingest.passages import cut_passages

    said = "The after-school club interpreted the late arrivals at school differently from its partners."
    page = tmp_path / "news.html"
    page.write_text(
        "<html><body><article><h1>Learning review published</h1>"
        "<p>Paragraphs 3.2 to 3.4 of the review state:</p>"
        f"<blockquote class='review-quote'><p>3.2 {said} The panel met in May.</p>"
        f"<p>3.3 {said} The panel met in July.</p>"
        "<div class='ad-slot ad-slot--inline' id='div-gpt-ad-inline-q' data-ad-unit='/21809/news/inline-q'>"
        "<span class='ad-label'>Advertisement</span></div>"
        f"<p>3.4 {said} The panel met in December.</p></blockquote>"
        "<div data-ad-sizes='300x250'>Sponsored: you won't believe these garden tricks</div>"
        "<p>ADVERTISEMENT</p><ins class='adsbygoogle'>Ad</ins>"
        "<p>A spokesperson said the council accepted the findings of the review in full.</p>"
        "</article></body></html>", encoding="utf-8")
    blocks = parse_html(page).blocks
    assert not any("Advertisement" in b.text or "ADVERTISEMENT" in b.text or "Sponsored" in b.text for b in blocks)
    by = {p.paragraph: p.text for p in cut_passages(blocks, "f") if p.paragraph}
    assert by == {"3.2": f"{said} The panel met in May.", "3.3": f"{said} The panel met in July.",
                  "3.4": f"{said} The panel met in December."}
    near = tmp_path / "near.html"
    long, wrapped = " ".join([said] * 6), " ".join(["The school nurse saw the weight loss at each visit."] * 8)
    near.write_text(
        "<html><body><main><h1>Review (FICTIONAL)</h1>"
        "<div class='read-more header badge loaded'><p>The GP was not told that the family had moved.</p></div>"
        f"<div class='content ads-enabled'><p>{wrapped}</p></div>"
        "<p><b>Advertisement</b> of the post was delayed until the new manager started in the spring.</p>"
        "<table><tr><th>Role</th><th>Agency</th></tr><tr><td>AD</td><td>Children's services</td></tr></table>"
        f"<p>{long}</p><p>{long}</p></main></body></html>", encoding="utf-8")
    text = "\n".join(b.text for b in parse_html(near).blocks)
    assert "The GP was not told" in text and wrapped in text and "AD: Children" in text
    assert "Advertisement of the post was delayed" in text


def _carried(path: Path, lvl_text: str = "6.%1", start: int = 3, set_apart: str = _FILL) -> tuple[list, int]:
    """A coroner's report to prevent future deaths in Word quoting a review: addressees "1." "2." and matters of
    concern "(1)" "(2)" numbered by Word; the review's 3.2, 4.1 and 5.2 typed with a tab in a "Review quote" style
    with ``set_apart`` in its paragraph properties; under concern (1), two of the review's paragraphs pasted from its
    own Word file as items of its list (``lvl_text`` from ``start``), their numbers in numbering.xml only. Its
    passages, and how many paragraphs the reader takes for quotations. (FICTIONAL.)"""
    from docx.enum.style import WD_STYLE_TYPE

    from inquiry_lessons.index.ingest.parse.docx_extracts import quoted_runs
    from inquiry_lessons.index.ingest.passages import cut_passages
    doc = Document()
    style = doc.styles.add_style("Review quote", WD_STYLE_TYPE.PARAGRAPH)
    for prop in list(_wml(f"<w:pPr>{set_apart}</w:pPr>")) if set_apart else []:
        style.element.get_or_add_pPr().append(prop)
    numbering = doc.part.numbering_part.element
    for k, (text, first) in enumerate([("%1.", 1), ("(%1)", 1), (lvl_text, start)]):
        numbering.insert(k, _wml(f'<w:abstractNum w:abstractNumId="{91 + k}"><w:multiLevelType w:val="singleLevel"/>'
                                 f'<w:lvl w:ilvl="0"><w:start w:val="{first}"/><w:numFmt w:val="decimal"/>'
                                 f'<w:lvlText w:val="{text}"/></w:lvl></w:abstractNum>'))
        numbering.append(_wml(f'<w:num w:numId="{91 + k}"><w:abstractNumId w:val="{91 + k}"/></w:num>'))

    def numbered(text: str, num: int) -> None:
        p = doc.add_paragraph(text, style="List Paragraph")
        p._p.get_or_add_pPr().append(_wml(f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>'))

    doc.add_paragraph("THIS REPORT IS BEING SENT TO:")
    numbered("Chief Executive, Ormsgill Bank Council", 91)
    numbered("Independent Chair, Ormsgill Bank Safeguarding Adults Board", 91)
    for n, month in [("3.2", "May"), ("4.1", "June"), ("5.2", "July")]:
        doc.add_paragraph(f"The review says at paragraph {n}:")
        doc.add_paragraph(f"{n}\tIn {month} {LONG}.", style="Review quote")
    numbered("No agency took the lead. The review's recommendations say so:", 92)
    for month in ["August", "September"]:
        numbered(f"The review found that in {month} {LONG}, and later {LONG}.", 93)
    numbered("The Board has not met since the review was published.", 92)
    doc.add_paragraph("I have sent a copy of my report to the Chief Coroner.")
    doc.save(path)
    again = Document(str(path))
    return cut_passages(parse_docx(path).blocks, "fict"), len(quoted_runs(again.element.body, again))


def test_a_reviews_word_list_carried_into_a_quoting_document_keeps_its_numbers_as_quotations(tmp_path: Path):
    """Blind round 65 (parse/docx_carried_lists.py): a coroner's report quotes a review's paragraphs typed "3.2<TAB>"
    in a quotation style, and two more pasted from the review's own Word file as items of its list ("6.%1" from 3),
    numbered only in numbering.xml. That list begins part-way and its labels have the typed quotations' shape: its
    items are the review's 6.3 and 6.4, quotations each ending with itself (the concern after them is not theirs), and
    the report's own numbers ("1.", "(1)") number no paragraph. Near-misses: the same list from its first item (6.1),
    a list of another shape ("%1." from 3), and a document with no typed quotation take in no list item."""
    got, runs = _carried(tmp_path / "fict.docx")
    assert [p.paragraph for p in got if p.paragraph] == ["3.2", "4.1", "5.2", "6.3", "6.4"] and runs == 5
    (last,) = [p for p in got if p.paragraph == "6.4"]
    assert last.text.startswith("The review found that in September") and last.text.endswith(f"later {LONG}.")
    assert not any(p.text.startswith(("The Board has not met", "Chief Executive")) and p.paragraph for p in got)
    first, runs = _carried(tmp_path / "fict.docx", start=1)
    assert "6.1" not in {p.paragraph for p in first} and runs == 3
    other, runs = _carried(tmp_path / "fict.docx", lvl_text="%1.")
    assert not {"3", "4"} & {p.paragraph for p in other} and runs == 3
    _, runs = _carried(tmp_path / "fict.docx", set_apart="")
    assert runs == 0


# a select committee's report (FICTIONAL) numbering its own paragraphs, quoting a review in displayed blocks
_HOST = {"1": "Every year local partnerships publish reviews of cases in which children have died or been seriously "
              "harmed, and most are read by few people beyond the practitioners they concern.",
         "2": "The review's central finding was stated plainly, and we quote it in full because it deserves to be "
              "read in the review's own words:",
         "3": "We asked the Minister whether the Department accepted the panel's account of the register of "
              "children missing education. She told us that it did, in a letter to the Chair.",
         "4": "The review then turns to supervision, which it found regular but narrow, and it names the two "
              "paragraphs that the panel thought most important:",
         "5": "We agree with the panel. The learning in this review is not new, and that is the most troubling "
              "thing about it, as every witness who gave evidence to us accepted.",
         **{str(n): f"We took evidence on the {n}th day of the inquiry from practitioners, and {LONG}."
            for n in range(6, 10)}}
_GOES_ON = "We heard the same account from almost every witness who gave evidence to the inquiry this summer."
_BLOCKS = {"2": ["The after-school club learned of the eviction notice weeks after it was first noticed, and "
                 "nobody asked who else stayed at the house or who visited it in the evenings. The manager "
                 "confirmed this account to the panel at a workshop in January."],
           "4": [f"4.2 The named nurse noted the new boyfriend in the records and shared it with nobody. {LONG}.",
                 f"4.3 The school nursing service explained how it had understood the new boyfriend. {LONG}."]}


def _committee_pdf(path: Path, foot: int = 0) -> None:
    """The report's nine paragraphs, numbers hanging at the margin (Times 11 pt), 2 and 4 quoting the review in
    blocks set in from both edges in 10 pt, paragraph 2 going on after its block; with ``foot`` the page breaks
    after that many of the first block's lines, under a footnote."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    y = [780.0]

    def lines(text: str, x: float, size: float, right: float = 523.0) -> list[str]:
        out: list[str] = [""]
        for w in text.split():
            if out[-1] and stringWidth(f"{out[-1]} {w}", "Times-Roman", size) > right - x:
                out.append("")
            out[-1] = f"{out[-1]} {w}".strip()
        return out

    def put(text: str, x: float, size: float, number: str = "", gap: float = 7.0, right: float = 523.0) -> None:
        y[0] -= gap
        for k, s in enumerate(lines(text, x, size, right)):
            if y[0] < 100 or (foot and size < 11 and k == foot and y[0] < 780):
                c.setFont("Times-Roman", 8)
                c.drawString(72, 60, "3 Panel thematic review, para 2.3")
                c.showPage()
                y[0] = 780.0
            y[0] -= size * 1.3
            c.setFont("Times-Roman", size)
            c.drawString(x, y[0], s)
            if k == 0 and number:
                c.drawString(72, y[0], number)

    for label, text in _HOST.items():
        put(text, 100, 11, f"{label}.")
        for block in _BLOCKS.get(label, []):
            put(block, 124, 10, gap=5.0, right=499.0)
        if label == "2":
            put(_GOES_ON, 100, 11, gap=5.0)
    c.save()


def test_another_documents_paragraphs_quoted_in_a_reports_own_numbered_paragraphs_are_set_aside(tmp_path: Path):
    """Blind round 65's committee.pdf (parse/host_quotations.py): a report that numbers its own paragraphs "1." to
    "9." quotes a review in blocks set in from both edges in smaller type, one with no number, one typed "4.2 The
    ..." run-in, and goes on after a block at the text's edge. Each host paragraph is read under its own number with
    its own words (2 with its words after the block as its last); the blocks are passages of their own with no number,
    and "4.2" is no label; so too where the first block runs over a page break past a footnote. (FICTIONAL.)"""
    from inquiry_lessons.index.ingest.parse.pdf import parse_pdf
    from inquiry_lessons.index.ingest.passages import cut_passages

    for foot in (0, 2):
        path = tmp_path / f"fict-committee{foot}.pdf"
        _committee_pdf(path, foot)
        passages = cut_passages(parse_pdf(path).blocks, "fict")
        own: dict[str, str] = {}
        for p in passages:
            if p.paragraph:
                own[p.paragraph] = f"{own.get(p.paragraph, '')}\n{p.text}".strip()
        assert list(own) == list(_HOST), foot
        assert " ".join(own["2"].split()) == f"{_HOST['2']} {_GOES_ON}", foot
        assert all(" ".join(own[k].split()) == t for k, t in _HOST.items() if k != "2"), foot
        apart = [" ".join(p.text.split()) for p in passages if p.paragraph is None]
        assert " ".join(_BLOCKS["2"]) in apart and " ".join(_BLOCKS["4"]) in apart, foot


def _host_lines(size: float = 10.0, right: float = 499.0, numbered: bool = True, x0: float = 124.0,
                stop: str = ".", lead: str = "and it said:") -> list:
    """A report's page as lines (FICTIONAL): four paragraphs, "1." to "4." hanging at 72 pt with their text at 100 pt
    in 11 pt, the third's last line ``lead`` followed by a block of three lines at ``x0`` in ``size`` ending at
    ``right`` (and with ``stop``), and a footnote at the margin in 8 pt; ``numbered=False``: the paragraphs print no
    numbers."""
    def ln(top: float, x: float, text: str, s: float = 11.0, x1: float = 523.0) -> Line:
        return Line(text=text, page=1, top=top, bottom=top + s, x0=x, x1=x1, size=s)

    out, top = [], 80.0
    for n in range(1, 5):
        first = f"{n}. The panel met in the spring to hear the {LONG}." if numbered else f"The panel met {LONG}."
        out += [ln(top, 72.0 if numbered else 100.0, first), ln(top + 14, 100, f"and {LONG}"),
                ln(top + 28, 100, lead if n == 3 else "and it said:", x1=300)]
        top += 50
        if n == 3:
            out += [ln(top + 13 * k, x0, f"{LONG} {k}{stop}", size, right) for k in range(3)]
            top += 45
    return [*out, ln(760, 72, "3 Panel thematic review, para 2.3, and the minutes of the meeting of 3 May", 8.0)]


def test_a_quotation_under_a_numbered_reports_lead_in_is_set_aside_and_its_look_alikes_are_not():
    """parse/host_quotations.py against its look-alikes. A block in smaller type set in from both edges under a
    numbered report's lead-in (ending with a colon) is set aside, its three lines and nothing else. Near-misses, none
    set aside: the same block in the body's size (a report's own indented sub-paragraph or list), run out to the right
    edge (set in from the left only), not set in at all, ending with no sentence's end (a small table's rows), under
    a line that ends no lead-in (a box's text under its title), under a lead-in that names the paragraph it quotes
    (:mod:`.quoted_paragraphs` reads that block as the paragraph), or in a report that numbers no paragraphs of its
    own (an article whose quotations :mod:`.displayed_quotes` reads); the footnote at the margin, in any of them.
    (FICTIONAL.)"""
    from inquiry_lessons.index.ingest.parse.host_quotations import quotations_set_aside

    def aside(lines: list) -> list[str]:
        return [ln.text for p in quotations_set_aside([lines]) for ln in p if ln.aside]

    assert aside(_host_lines()) == [f"{LONG} {k}." for k in range(3)]
    assert aside(_host_lines(size=11.0)) == []
    assert aside(_host_lines(right=523.0)) == []
    assert aside(_host_lines(x0=100.0)) == []
    assert aside(_host_lines(stop="")) == []
    assert aside(_host_lines(lead="Case note (fictional)")) == []
    assert aside(_host_lines(lead="Paragraph 4.2 of the review says:")) == []
    assert aside(_host_lines(numbered=False)) == []


def _boxed_pdf(path: Path, pages: list[list[tuple]], box_x: float = 99.0, number_x: float = 111.0,
               foot: float = 8.0) -> None:
    """A FICTIONAL inspection report made with reportlab: per page, items top down. ("own", number, lines): the
    report's paragraph, its number at the margin (57 pt), its lines at 99 pt in 10 pt Helvetica (no number: the rest
    of a paragraph); ("box", rows): a tinted box from ``box_x`` to 499 pt, each row (number, text) in 9.5 pt, the text
    at 143 pt and any number at ``number_x``, a row numbered "title" a bold title at 111 pt. Every page has a running
    head in 8 pt and a footer "Page N" in ``foot`` pt."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    for n, items in enumerate(pages, 1):
        c.setFont("Helvetica", 8)
        c.drawString(57, 808, "Learning from reviews in Marrowby (FICTIONAL)")
        c.setFont("Helvetica", foot)
        c.drawString(57, 36, f"HM Inspectorate of Care Standards (FICTIONAL) Page {n}")
        y = 770.0
        for item in items:
            if item[0] == "own":
                y -= 8.0
                for k, text in enumerate(item[2]):
                    y -= 14.0
                    c.setFont("Helvetica", 10)
                    c.drawString(99, y, text)
                    if k == 0 and item[1]:
                        c.setFont("Helvetica-Bold", 10)
                        c.drawString(57, y, item[1])
                continue
            rows = item[1]
            top = y - 10.0
            c.setFillColorRGB(0.87, 0.94, 0.95)
            c.rect(box_x, top - 12.6 * len(rows) - 12.0, 499 - box_x, 12.6 * len(rows) + 12.0, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            y = top - 4.0
            for number, text in rows:
                y -= 12.6
                if number == "title":
                    c.setFont("Helvetica-Bold", 9.5)
                    c.drawString(111, y, text)
                    continue
                c.setFont("Helvetica", 9.5)
                c.drawString(143, y, text)
                if number:
                    c.drawString(number_x, y, number)
            y -= 10.0
        c.showPage()
    c.save()


_OWN = [("own", "1.1", ["The inspection looked at one review and at what the agencies did after it was",
                        "published, and at whether practice had changed as a result."]),
        ("own", "1.2", ["The review describes what happened when Ms R first asked for help in these terms:"])]
_EXTRACT = ("box", [("title", "Extract 1: the first disclosure"),
                    ("1.3", "The health visitor learned of the bruising weeks after it was first noticed."),
                    ("", "Nobody asked her, when she was alone, whether she was safe at home."),
                    ("1.4", "The housing officer knew why she had asked to move but told nobody."),
                    ("", "Source: Domestic homicide review, Ms R, paragraphs 1.3 and 1.4")])
_AFTER = [("own", "1.3", ["Practitioners we spoke to knew this paragraph well, but few could say what had",
                          "changed in their own agency as a result of it."]),
          ("own", "1.4", ["We asked each agency whether its risk assessments are now reviewed when a victim",
                          "moves, and most said that they are."])]


def _read(path: Path) -> tuple[list, list]:
    from inquiry_lessons.index.ingest.parse.pdf import parse_pdf
    from inquiry_lessons.index.ingest.passages import cut_passages

    blocks = parse_pdf(path).blocks
    return blocks, cut_passages(blocks, "fict")


def test_a_reviews_paragraphs_quoted_in_a_box_in_a_report_numbering_its_own_are_set_aside(tmp_path: Path):
    """Blind round 65's inspection.pdf (parse/boxed_extracts.py): an inspectorate's report numbers its own paragraphs
    in its margin and quotes a review's in a tinted box, their numbers hanging inside it ("1.3", "1.4", the review's,
    colliding with the report's own 1.3 and 1.4 printed after the box). The box, its title and its source line are
    an aside: one unnumbered passage, no heading; its numbers label nothing; the report's 1.3 and 1.4 are its own.
    Near-misses: the same panel behind the report's own numbered paragraphs (the numbers at the report's edge), and
    a box of numbered lines on a page where the report numbers nothing of its own, are read as before. (FICTIONAL.)"""
    path = tmp_path / "fict-inspection.pdf"
    _boxed_pdf(path, [[*_OWN, _EXTRACT, *_AFTER]])
    blocks, passages = _read(path)
    assert [(p.paragraph, p.text[:14]) for p in passages if p.paragraph] == [
        ("1.1", "The inspection"), ("1.2", "The review des"), ("1.3", "Practitioners "), ("1.4", "We asked each ")]
    (box,) = [p for p in passages if p.paragraph is None]
    assert box.text.startswith("Extract 1: the first disclosure\n1.3 The health visitor") and \
        box.text.endswith("paragraphs 1.3 and 1.4")
    assert all(b.kind != "heading" for b in blocks) and [b.kind for b in blocks if "1.4 The housing" in b.text] == \
        ["aside"]
    # near-miss: a shaded panel behind the report's own paragraph, its number at the report's edge
    behind = tmp_path / "fict-shaded.pdf"
    _boxed_pdf(behind, [[*_OWN, ("box", [("title", "Key finding"),
                                         ("1.3", "The health visitor learned of the bruising weeks after it was"),
                                         ("", "first noticed, and nobody asked her whether she was safe at home.")]),
                         ("own", "1.4", ["The housing officer knew why she had asked to move but told nobody."])]],
               box_x=50.0, number_x=57.0)
    blocks, passages = _read(behind)
    assert not any(b.kind == "aside" for b in blocks)
    assert [p.paragraph for p in passages if p.paragraph] == ["1.1", "1.2", "1.3", "1.4"]
    # near-miss: a box of numbered lines on a page with no numbered paragraph of the report's own
    plain = tmp_path / "fict-foreword.pdf"
    _boxed_pdf(plain, [[("own", "", ["We quote the review's own paragraphs throughout this report, so that readers",
                                     "can see what it said."]), _EXTRACT]])
    assert not any(b.kind == "aside" for b in _read(plain)[0])


_RUNS_OVER = ("box", [("title", "Extract 2: the missed reassessment"),
                      ("2.4", "The GP practice responded to the breach of bail conditions promptly but in"),
                      ("", "isolation. His behaviour was recorded as relationship difficulties rather than"),
                      ("", "as domestic abuse, and appointments were arranged while he was in the room,")])
_CARRIED = [("", "so she was seldom seen on her own."),
            ("", "Source: Domestic homicide review, Ms R, paragraph 2.4")]


def test_a_quoted_box_broken_over_a_page_runs_on_under_its_continued_title(tmp_path: Path):
    """A boxed extract broken over a page break inside a quoted paragraph goes on at the head of the next page under
    its title and "(continued)": the rest is the extract's (an aside, the quoted paragraph whole), the repeated title
    is no one's text, and the report's paragraph after the box is its own. Near-miss: a page that did not end in an
    extract carries nothing on: a panel at the head of the next page holding no number keeps its title and is read
    as before. (FICTIONAL.)"""
    path = tmp_path / "fict-broken.pdf"
    filler = [("own", f"1.{k}", ["The inspectors read the case records of every agency that took part in the review",
                                 "and spoke to the managers who had led its action plan."]) for k in range(1, 13)]
    _boxed_pdf(path, [[*filler, ("own", "2.1", ["The review identifies the point at which the risk should have been",
                                                "reassessed:"]), _RUNS_OVER],
                      [("box", [("title", "Extract 2: the missed reassessment (continued)"), *_CARRIED]),
                       ("own", "2.2", ["We asked each agency whether its risk assessments are now reviewed when a",
                                       "victim moves."])]])
    blocks, passages = _read(path)
    assert "(continued)" not in " ".join(b.text for b in blocks)
    (quoted,) = [b for b in blocks if b.text.startswith("2.4 The GP")]
    assert quoted.kind == "aside" and "while he was in the room, so she was seldom seen on her own." in quoted.text
    assert [p.paragraph for p in passages if p.paragraph][-2:] == ["2.1", "2.2"]
    assert next(p for p in passages if p.paragraph == "2.2").text.startswith("We asked each agency")
    # near-miss: the page before ends with the report's own paragraph
    near = tmp_path / "fict-not-broken.pdf"
    _boxed_pdf(near, [[*filler], [("box", [("title", "Practice example (continued)"),
                                           ("", "The team now reviews a victim's risk assessment whenever she moves,"),
                                           ("", "and the manager checks that it has been done.")]),
                                  ("own", "2.2", ["We asked each agency whether its risk assessments are reviewed."])]])
    blocks, _ = _read(near)
    assert "Practice example (continued)" in " ".join(b.text for b in blocks)
    assert not any(b.kind == "aside" for b in blocks)


def test_a_box_read_after_the_paragraph_it_cuts_leaves_the_page_foot_last(tmp_path: Path):
    """On a page of one column where a box cuts a sentence (parse/spanning.py boxed), the boxes are read after the
    paragraphs they stand in; the page's foot, below every box in small type, stays the page's last line, where
    running matter is dropped, even when the page's last box is read at its end: "Page 2" is no part of the
    paragraph above that box. Near-miss: the paragraph's own last line below the last box, in the text's size, is
    no foot and stays the paragraph's. (FICTIONAL.)"""
    first = [("own", f"1.{k}", ["The inspectors read the case records of every agency that took part in the review",
                                "and spoke to the managers who had led its action plan."]) for k in range(1, 4)]
    cut = [("own", "3.1", ["Every agency held information about Ms R that none of the others had. We asked what",
                           "they would do today if they held the same"]),
           ("box", [("title", "Practice example"),
                    ("", "The team now reviews a victim's risk assessment whenever she moves, and the"),
                    ("", "manager checks that it has been done before the case is closed.")]),
           ("own", "", ["information, and most of them said that they would share it."]),
           ("own", "3.2", ["The partnership commissioned a new information sharing agreement, which was signed",
                           "in March."])]
    last = ("box", [("title", "Practice example"),
                    ("", "The housing team now asks the police whether there is a history of abuse before it"),
                    ("", "moves a family, and records the answer on the tenancy file.")])
    after = [("own", f"4.{k}", ["The partnership has monitored its action plan carefully, and every action is now",
                                "recorded as complete."]) for k in range(1, 4)]
    path = tmp_path / "fict-foot.pdf"
    _boxed_pdf(path, [first, [*cut, last], after], foot=9.0)  # a point under the text: no paragraph's start
    _, passages = _read(path)
    own = next(p for p in passages if p.paragraph == "3.2").text
    assert own.endswith("signed in March.") and "Page 2" not in " ".join(p.text for p in passages)
    assert next(p for p in passages if p.paragraph == "3.1").text.endswith("said that they would share it.")
    near = tmp_path / "fict-no-foot.pdf"
    _boxed_pdf(near, [first, [*cut[:3], ("own", "", ["It was signed in March."])], after], foot=9.0)
    _, passages = _read(near)
    assert next(p for p in passages if p.paragraph == "3.1").text.endswith("would share it.\nIt was signed in March.")


def _accordion(items: list[tuple[str, str]]) -> str:
    """Squarespace's accordion block, as saved from the browser: each item a heading holding a button that controls
    its panel (``aria-controls``), the button's icon beside the title."""
    out = []
    for n, (title, panel) in enumerate(items):
        out.append(f'<li class="accordion-item"><h4 class="accordion-item__title-wrapper"><button '
                   f'class="accordion-item__click-target" aria-expanded="false" aria-controls="drop-{n}">'
                   f'<span class="accordion-item__title">{title}</span><div class="accordion-icon-container">'
                   f'<div class="plus"></div></div></button></h4><div class="accordion-item__dropdown" role="region" '
                   f'id="drop-{n}"><div class="accordion-item__description">{panel}</div></div></li>')
    return f'<ul class="accordion-items-container">{"".join(out)}</ul>'


def test_an_accordion_of_terms_is_a_glossary_and_an_accordion_of_sections_is_not(tmp_path: Path):
    """fresh45's Squarespace page, after its look (parse/html_accordions.py): an accordion whose titles are short
    terms, each panel one short paragraph, is a glossary: each term is joined to its definition ("CSCP: ..."), which
    read apart named nothing and ranked as a finding. Near-miss: an accordion of a report's sections (numbered titles,
    panels of several paragraphs) keeps its headings and paragraphs; and so does an accordion of questions."""
    terms = [("CSCP", "Calverholt Safeguarding Children Partnership: the bodies that lead work to protect children."),
             ("Adultification", "A bias in which children are treated as older than they are."),
             ("Missing episode", "A time when a child's whereabouts are not known.")]
    page = tmp_path / "fict-glossary.html"
    page.write_text(f"<html><body><h2>Glossary</h2>{_accordion([(t, f'<p>{d}</p>') for t, d in terms])}"
                    "</body></html>", encoding="utf-8")
    blocks = parse_html(page).blocks
    assert [b.text for b in blocks if b.kind != "heading"] == [f"{t}: {d}" for t, d in terms]
    assert [b.text for b in blocks if b.kind == "heading"] == ["Glossary"]
    sections = [(f"{n}. Findings {n}", f"<p>{n}.1 The school knew {LONG}.</p><p>{n}.2 The police knew {LONG}.</p>")
                for n in (3, 4, 5)]
    page.write_text(f"<html><body>{_accordion(sections)}</body></html>", encoding="utf-8")
    blocks = parse_html(page).blocks
    assert [b.text for b in blocks if b.kind == "heading"] == [t for t, _ in sections]
    assert not any(":" in b.text for b in blocks)
    questions = [(f"What is {t}?", f"<p>{d}</p>") for t, d in terms]
    page.write_text(f"<html><body>{_accordion(questions)}</body></html>", encoding="utf-8")
    assert [b.text for b in parse_html(page).blocks if b.kind == "heading"] == [t for t, _ in questions]


def test_each_tab_panel_is_a_section_headed_by_its_tab(tmp_path: Path):
    """fresh50's Webflow page, after its look (parse/html_accordions.disclosures): a glossary table in a tab of its own
    ran on into the last recommendation in the tab before it, its first row inside "Recommendation 6". Each tab panel
    now opens with its tab's words as a heading and the tab list goes; a panel already opening with them is left."""
    panels = [("Recommendations", "<p><strong>Recommendation 6:</strong> The police should describe what a child saw "
                                  "and heard at an incident.</p>"),
              ("Glossary", "<table><thead><tr><th>Term</th><th>Meaning</th></tr></thead><tbody><tr><td>WCSP</td>"
                           "<td>Wexcombe Safeguarding Children Partnership</td></tr></tbody></table>"),
              ("Contact", "<h2>Contact</h2><p>Write to the business unit.</p>")]
    tabs = "".join(f'<a role="tab" id="t{k}" aria-controls="p{k}">{name}</a>' for k, (name, _) in enumerate(panels))
    body = "".join(f'<div role="tabpanel" id="p{k}" aria-labelledby="t{k}">{html}</div>'
                   for k, (_, html) in enumerate(panels))
    page = tmp_path / "fict-tabs.html"
    page.write_text(f'<html><body><div role="tablist">{tabs}</div>{body}</body></html>', encoding="utf-8")
    blocks = parse_html(page).blocks
    assert [b.text for b in blocks if b.kind == "heading"] == ["Recommendations", "Glossary", "Contact"]
    last = next(b.text for b in blocks if b.text.startswith("Recommendation 6"))
    assert "Wexcombe" not in last and "Term" not in last


_INVITE_PARAS = [(f"4.{k}", f"The {who} did not know that other services were worried about the cold flat, and nobody "
                  f"asked why. The service manager confirmed this account in {month}.")
                 for k, (who, month) in enumerate([("ambulance service", "March"), ("recovery service", "April"),
                                                   ("housing officer", "June"), ("care agency", "May")], 1)]


def _invite_cut(path: Path) -> dict[str | None, str]:
    """The passages of a FICTIONAL file read whole (parse, then cut): each numbered paragraph's text by its number."""
    from inquiry_lessons.index.ingest.parse import parse
    from inquiry_lessons.index.ingest.passages import cut_passages

    return {p.paragraph: p.text for p in cut_passages(parse(path).blocks, "fict") if p.paragraph}


def _invite_html(closing: str, close: str) -> str:
    paras = "".join(f"<p>{n} {t}</p>" for n, t in _INVITE_PARAS)
    return (f"<html><body><p>Dear colleagues,</p><p>Please read the paragraphs below before the event.</p>"
            f"<h2>4. What needs to change</h2>{paras}{closing}{close}<p>Learning and Development Team</p>"
            "</body></html>")


def test_a_messages_closing_words_before_its_close_are_not_the_last_paragraphs_in_html(tmp_path: Path):
    """Blind round 66's invite.htm (parse/sign_offs.py): a review's paragraphs pasted into an e-mail, then the sender's
    own closing sentence in a paragraph of its own, then "Kind regards,": the sentence is the sender's (an aside), and
    the last numbered paragraph ends with its own words. Near-misses: the same paragraph with no close after it is a
    report's paragraph going on, and keeps it; and a paragraph before the close that does not speak to the reader
    (the panel's words) stays the numbered paragraph's. (FICTIONAL.)"""
    page = tmp_path / "fict-invite.html"
    page.write_text(_invite_html("<p>If you have any access requirements, please reply and let us know.</p>",
                                 "<p>Kind regards,</p>"), encoding="utf-8")
    cut = _invite_cut(page)
    assert cut["4.4"].endswith("confirmed this account in May.") and "access requirements" not in cut["4.4"]
    # another close, "Many thanks, Sam" with the sender's name on its line, and two closing paragraphs
    page.write_text(_invite_html("<p>I hope this helps.</p><p>Any questions, give me a shout.</p>",
                                 "<p>Many thanks, Sam</p>"), encoding="utf-8")
    assert _invite_cut(page)["4.4"].endswith("confirmed this account in May.")
    # near-miss: no close after it: the paragraph goes on in its second block
    page.write_text(_invite_html("<p>As you will see in section 5, this was a pattern.</p>", ""), encoding="utf-8")
    assert _invite_cut(page)["4.4"].endswith("account in May.\nAs you will see in section 5, this was a pattern.")
    # near-miss: the block before the close is no one's word to the reader
    page.write_text(_invite_html("<p>The panel accepted this analysis when it met in September.</p>",
                                 "<p>Kind regards,</p>"), encoding="utf-8")
    assert _invite_cut(page)["4.4"].endswith("account in May.\nThe panel accepted this analysis when it met in "
                                             "September.")


def test_a_messages_closing_words_before_its_close_are_not_the_last_paragraphs_in_plain_text(tmp_path: Path):
    """Blind round 66's digest.txt: a list digest's message, its paragraphs set apart by blank lines; "Thank you for
    everything you do." between the last numbered paragraph and "Best wishes," / "Helen" is the sender's. Near-miss:
    with a numbered paragraph's second block after it and no close, nothing moves. (FICTIONAL.)"""
    body = "\n\n".join(f"{n} {t}" for n, t in _INVITE_PARAS)
    path = tmp_path / "fict-digest.txt"
    path.write_text(f"Dear colleagues,\n\n4. What schools can learn\n\n{body}\n\nThank you for everything you do."
                    "\n\nBest wishes,\nHelen\n\n-- \nHelen Marsh\nLearning and Improvement Officer\n", encoding="utf-8")
    assert _invite_cut(path)["4.4"].endswith("confirmed this account in May.")
    path.write_text(f"4. What schools can learn\n\n{body}\n\nThank you, the panel said, for everything you did.\n\n"
                    "4.5 The school nurse saw her every week.\n", encoding="utf-8")
    assert _invite_cut(path)["4.4"].endswith("in May.\nThank you, the panel said, for everything you did.")


def _invite_pdf(path: Path, lines: list[tuple[float, str]]) -> None:
    """A FICTIONAL e-mail printed to PDF with reportlab: each (gap before it in points, text) a line of 10 pt
    Helvetica at the margin, 14 pt apart, a page broken when it is full."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    y = 780.0
    for gap, text in lines:
        y -= 14.0 + gap
        if y < 60:
            c.showPage()
            c.setFont("Helvetica", 10)
            y = 780.0
        c.drawString(57, y, text)
    c.save()


_INVITE_PDF_PARAS = [(14.0 if k == 0 else 0.0, f"{n} {t}" if k == 0 else t)
                     for n in ("4.1", "4.2", "4.3")
                     for k, t in enumerate(["The named nurse responded to the concealed pregnancy promptly but in",
                                            "isolation, and nobody asked what the others knew. The chair recorded",
                                            f"that conclusion at the panel's meeting of paragraph {n}."])]


def test_a_letters_close_on_a_line_of_its_own_ends_a_pdfs_paragraph_and_the_closing_words_before_it(tmp_path: Path):
    """Blind round 66's gmail.pdf: "Kind regards," / "Best wishes," on a line of its own is a letter's close (a heading,
    parse/blocks.py), which common.LETTER_CLOSE never matched (no space between "kind" and "regards"): the sender's
    "Please let me know ..." line after the last numbered paragraph ran on into the close and the name, and all of it
    into 4.3. Now the close ends the paragraph and the words before it are the sender's. Near-misses: a line that
    opens with the same words but goes on ("Best wishes were sent ...") is no close, and with no close after them
    the unnumbered block stays the paragraph's. (FICTIONAL.)"""
    from inquiry_lessons.index.ingest.parse import parse

    path = tmp_path / "fict-gmail.pdf"
    tail = [(14.0, "Please let me know when your team has discussed them."), (0.0, "Best wishes,"), (0.0, "Dana"),
            (14.0, "Dana Whitlock, Learning and Improvement Lead")]
    _invite_pdf(path, [(0.0, "Dear colleagues,"), *_INVITE_PDF_PARAS, *tail])
    blocks = parse(path).blocks
    assert [b.kind for b in blocks if b.text.startswith(("Please", "Best wishes"))] == ["aside", "heading"]
    assert _invite_cut(path)["4.3"].endswith("meeting of paragraph 4.3.")
    for close in ("Kind regards,", "Yours sincerely,", "Many thanks,"):
        _invite_pdf(path, [*_INVITE_PDF_PARAS, (14.0, close), (0.0, "Dana")])
        assert _invite_cut(path)["4.3"].endswith("meeting of paragraph 4.3."), close
    # near-miss: the close's words opening a sentence of the paragraph's own
    _invite_pdf(path, [*_INVITE_PDF_PARAS, (0.0, "Best wishes were sent to the family by the panel.")])
    assert _invite_cut(path)["4.3"].endswith("paragraph 4.3. Best wishes were sent to the family by the panel.")
    # near-miss: no close after the unnumbered block: the paragraph's
    _invite_pdf(path, [*_INVITE_PDF_PARAS, (14.0, "Please see the chronology for the dates of every contact.")])
    assert _invite_cut(path)["4.3"].endswith("4.3.\nPlease see the chronology for the dates of every contact.")


_REPLY_PARAS = {f"{s}.{k}": f"The {agency} knew {LONG}, and said so at the panel in {month}."
                for s, k, agency, month in [(3, 1, "school", "March"), (3, 2, "police", "April"),
                                            (4, 1, "GP practice", "May"), (4, 2, "housing trust", "June"),
                                            (5, 3, "health visitor", "July")]}


def _reply_labels(path: Path) -> list[tuple[str, str]]:
    """(paragraph number, its passage's text) of a file, through the whole parser and the cutter."""
    from inquiry_lessons.index.ingest.parse import parse
    from inquiry_lessons.index.ingest.passages import cut_passages

    return [(p.paragraph, p.text) for p in cut_passages(parse(path).blocks, "fict") if p.paragraph]


def _reply_message(pad: int = 0):
    """A reply saved by a mail client: a plain-text stub (as some clients write it) and the HTML body, Apple
    Mail's quotation of the review's paragraphs in <blockquote type="cite">s split at an inline comment that
    opens with "4.2"; ``pad`` digits in a bookmark's name before the last paragraph's number move where a soft
    break falls."""
    from email.message import EmailMessage

    def para(label: str, mark: str = "") -> str:  # Word's hidden bookmark before a copied number
        return f'<p class="MsoNormal">{mark}<b>{label}</b>&nbsp; {_REPLY_PARAS[label]}</p>'
    quote = '<blockquote type="cite"><div dir="ltr">{}</div></blockquote>'
    html = ("<html><body><div>Thanks \u2013 my comments are below.</div>"
            + quote.format("<p><b>3. What agencies knew</b></p>" + para("3.1") + para("3.2") + para("4.1"))
            + "<div><b>4.2 goes with this one \u2013 I\u2019d read them together with the team.</b></div>"
            + quote.format(para("4.2") + para("5.3", f'<a name="_Hlk{"1" * pad}"></a>'))
            + "<div>Sent from my iPhone</div></body></html>")
    msg = EmailMessage()
    msg["From"], msg["To"] = "Aisha Rahman <aisha@example.org>", "Tom Harrow <tom@example.org>"
    msg["Subject"] = "Re: Fwd: DHR Ms R \u2013 extracts"
    msg.set_content("This message is in HTML. Open it in a mail program that shows HTML.\n")
    msg.add_alternative(html, subtype="html", cte="quoted-printable")
    return msg


def test_an_eml_message_is_read_by_its_html_body_its_encoding_undone(tmp_path: Path):
    """A message saved as .eml (parse/eml.py): the e-mail package finds the body a reader shows, prefers its HTML
    (read by the HTML reader, the reply's inline comment outside the quotation left out: "4.2 goes with ..." is no
    paragraph 4.2) and undoes quoted-printable, a soft line break inside a paragraph number included. Near-miss:
    the plain-text stub of the same message, which a reader does not show, is not what is read."""
    import email
    import email.policy

    path = tmp_path / "fict-reply.eml"
    for pad in range(120):  # a soft break ("=" at a line's end) falling inside the number "5.3"
        raw = _reply_message(pad).as_bytes(policy=email.policy.SMTP)
        if b"<b>5=\r\n.3</b>" in raw or b"<b>5.=\r\n3</b>" in raw:
            break
    else:
        raise AssertionError("no soft break inside 5.3")
    path.write_bytes(raw)
    got = _reply_labels(path)
    assert [lab for lab, _ in got] == list(_REPLY_PARAS)
    assert all(text.endswith(_REPLY_PARAS[lab]) and "together" not in text for lab, text in got)
    from inquiry_lessons.index.ingest.parse import parse

    doc = parse(path)
    assert doc.title == "DHR Ms R \u2013 extracts" and "HTML" not in " ".join(b.text for b in doc.blocks)
    assert email.message_from_bytes(raw, policy=email.policy.default).get_body(("plain",)) is not None


def test_an_eml_message_of_plain_text_alone_is_read_by_the_text_reader(tmp_path: Path):
    """Near-miss of the HTML preference: a message with no HTML part is read from its text/plain body (base64 in
    the file), the review quoted "> > " under a forward quoted "> ", a comment typed between quoted paragraphs and
    opening "4.2 ..." left out."""
    from email.message import EmailMessage

    lines = ["Thanks Tom, comments below.", "", "> On 12 Mar 2025, at 17:26, Tom <tom@example.org> wrote:", ">",
             "> Sent from my iPhone", ">", "> Begin forwarded message:", ">", "> > Subject: extracts", "> > "]
    for lab, text in _REPLY_PARAS.items():
        lines += [f"> > {lab} {text}", "> > "]
        if lab == "4.1":
            lines += ["", "4.2 goes with this one \u2013 I\u2019d read them together.", ""]
    msg = EmailMessage()
    msg["Subject"] = "Re: extracts"
    msg.set_content("\n".join(lines) + "\n", cte="base64")
    path = tmp_path / "fict-plain.eml"
    path.write_bytes(bytes(msg))
    got = _reply_labels(path)
    assert [lab for lab, _ in got] == list(_REPLY_PARAS)
    assert all(text.endswith(_REPLY_PARAS[lab]) and "together" not in text for lab, text in got)


def test_an_eml_messages_attachments_and_images_are_not_read(tmp_path: Path):
    """A message's attachment (a text file of numbered paragraphs) and its inline image are not its body: only the
    body's paragraphs are read. Near-miss: a message whose only text is an attached file is read as the file it
    carries (parse/enclosed.py, written for blind round 74; before, it had no body text and was refused)."""
    from email.message import EmailMessage

    body = "\n\n".join(f"{lab} {text}" for lab, text in _REPLY_PARAS.items())
    attached = "\n\n".join(f"9.{k} The attached note says {LONG}." for k in range(1, 4))
    msg = EmailMessage()
    msg["Subject"] = "extracts"
    msg.set_content(body + "\n")
    msg.add_related(b"\x89PNG\r\n\x1a\n" + bytes(64), "image", "png", cid="<logo@example.org>")
    msg.add_attachment(attached, filename="notes.txt")
    path = tmp_path / "fict-attached.eml"
    path.write_bytes(bytes(msg))
    assert [lab for lab, _ in _reply_labels(path)] == list(_REPLY_PARAS)
    only = EmailMessage()
    only["Subject"] = "extracts"
    only.add_attachment(attached, filename="notes.txt")
    path.write_bytes(bytes(only))
    assert [lab for lab, _ in _reply_labels(path)] == ["9.1", "9.2", "9.3"]


def test_an_eml_message_nested_past_any_mail_clients_is_refused(tmp_path: Path):
    """Limits (parse/eml.py check_eml): multiparts nested deeper than any mail client writes are refused before
    the message is read, and so is an HTML body nested past the HTML limit. Near-miss: a forward nested three
    levels is read, and an HTML body nested twenty."""
    from email.message import EmailMessage

    import pytest

    from inquiry_lessons.index.errors import ResourceLimit

    def nested(levels: int) -> bytes:
        msg = EmailMessage()
        msg.set_content("\n\n".join(f"{lab} {text}" for lab, text in _REPLY_PARAS.items()) + "\n")
        for _ in range(levels):
            outer = EmailMessage()
            outer.make_mixed()
            outer.attach(msg)
            msg = outer
        return bytes(msg)

    path = tmp_path / "fict-nested.eml"
    path.write_bytes(nested(3))
    assert [lab for lab, _ in _reply_labels(path)] == list(_REPLY_PARAS)
    path.write_bytes(nested(100))
    with pytest.raises(ResourceLimit):
        _reply_labels(path)
    for depth, refused in ((20, False), (300, True)):  # the HTML body held to the HTML nesting limit
        msg = EmailMessage()
        paras = "".join(f"<p>{lab} {text}</p>" for lab, text in _REPLY_PARAS.items())
        msg.set_content("<div>" * depth + paras + "</div>" * depth, subtype="html")
        path.write_bytes(bytes(msg))
        if refused:
            with pytest.raises(ResourceLimit):
                _reply_labels(path)
        else:
            assert [lab for lab, _ in _reply_labels(path)] == list(_REPLY_PARAS)


def test_a_bold_title_line_ended_by_a_break_is_a_heading_and_the_text_after_it_a_block(tmp_path: Path):
    """Blind round 66's slack.html, after its look (parse/heading_lines.py): a section heading pasted into a chat
    or a mail keeps its bold but not its block, "<b>2. Findings</b><br><b>2.1</b> The ..." in one paragraph; it was
    read as the first words of 2.1, whose number was lost. The bold line is a heading and the text after the break
    a block of its own, in a <p> and in a <div> of loose text alike. Near-misses: a bold number that goes on in its
    line ("<b>3.1</b> The ...<br>..."), a bold sentence before a break, and a bold line in a list item stay as
    they were."""
    page = tmp_path / "fict-heading-lines.html"
    page.write_text("<html><body><p><strong>3. Working with refusal</strong><br><strong>3.1</strong> The ward "
                    f"{LONG}.</p><div><b>4. Making safeguarding personal</b><br>4.1 The GP {LONG}.</div>"
                    "</body></html>", encoding="utf-8")
    blocks = [(b.kind, b.text) for b in parse_html(page).blocks]
    assert blocks == [("heading", "3. Working with refusal"), ("para", f"3.1 The ward {LONG}."),
                      ("heading", "4. Making safeguarding personal"), ("para", f"4.1 The GP {LONG}.")]
    page.write_text(f"<html><body><p><strong>3.1</strong> The ward {LONG}.<br>She was seldom seen alone.</p>"
                    f"<p><strong>The panel agreed this was the key finding.</strong><br>It said so in {LONG}.</p>"
                    f"<ul><li><strong>Working with refusal</strong><br>The ward {LONG}.</li></ul></body></html>",
                    encoding="utf-8")
    blocks = [(b.kind, b.text) for b in parse_html(page).blocks]
    assert blocks == [("para", f"3.1 The ward {LONG}. She was seldom seen alone."),
                      ("para", f"The panel agreed this was the key finding. It said so in {LONG}."),
                      ("bullet", f"Working with refusal The ward {LONG}.")]


def _slack_message(name: str, time: str, text: str, after: str = "") -> str:
    """One message as a chat exporter writes it (DiscordChatExporter's markup, not Slack's): an avatar, a header of
    the author's name and a time link, the text, then what the app adds after it."""
    return ('<div class="chatlog__message-container"><div class="chatlog__message"><div class="chatlog__message-aside">'
            '<img class="chatlog__avatar" src="avatar.png" alt=""></div><div class="chatlog__message-primary">'
            f'<div class="chatlog__header"><span class="chatlog__author">{name}</span> '
            f'<span class="chatlog__timestamp"><a href="#m">{time}</a></span></div>'
            f'<div class="chatlog__content">{text}</div>{after}</div></div></div>')


_SLACK_REACTIONS = '<div class="chatlog__reactions"><span class="chatlog__reaction">👍 4</span></div>'
_SLACK_EMBED = ('<div class="chatlog__embed"><a class="chatlog__embed-title">Thematic review: self-neglect | Tennick '
                'Vale Safeguarding Adults Board (FICTIONAL)</a><div class="chatlog__embed-description">The ward social '
                'worker recognised the importance of the husband\'s exhaustion.</div></div>')
_SLACK_THREAD = ('<div class="chatlog__thread"><span class="chatlog__thread-summary">1 reply</span><div>'
                 + _slack_message("Ben Hale", "10/03/2025 10:09", "Agreed, and thanks for pasting it.")
                 + "</div></div>")


def _slack_page(messages: list[str]) -> str:
    between = ('<div class="chatlog__divider">Tuesday, 11 March 2025</div>'
               '<div class="chatlog__system">Ana Pike pinned a message to this channel.</div>')
    return (f'<html><body><div class="chatlog"><h2>#practice-learning</h2>{messages[0]}{"".join(messages[1:-1])}'
            f'{between}{messages[-1]}</div></body></html>')


def test_each_message_of_a_chat_saved_as_html_is_a_unit_of_its_own(tmp_path: Path):
    """Blind round 66's slack.html, after its look (parse/html_chat.py): a report pasted into a chat channel over
    several messages, saved as HTML; its last paragraph in a message ran on into the reactions, the link unfurl, the
    thread's summary and replies, the day divider, the system lines and the next message's name, time and text (one
    opening "2.2 is the one ..."). Messages are found by their shape (repeated elements each with a name and a time
    of their own; here not Slack's markup): each one's header is a heading, its text stays, what the app adds after
    it and the lines between messages go, a thread's replies are messages of their own. Near-misses: three messages
    (too few for a chat), and an agenda of times and names in a table, are read as they were."""
    from inquiry_lessons.index.ingest.passages import cut_passages

    messages = [
        _slack_message("Ana Pike", "10/03/2025 10:00", "<p>Pasting the review's findings here over a few messages.</p>",
                       _SLACK_EMBED),
        _slack_message("Ana Pike", "10/03/2025 10:02", f"<p>2.1 The health visitor {LONG}.</p><p>2.2 The school nurse "
                       f'{LONG}. <span class="chatlog__edited-timestamp">(edited)</span></p>', _SLACK_REACTIONS),
        _slack_message("Ben Hale", "10/03/2025 10:05", "<p>2.2 is the one we keep coming back to on duty.</p>"),
        _slack_message("Ana Pike", "10/03/2025 10:07", f"<p>2.3 The GP practice {LONG}.</p>",
                       _SLACK_REACTIONS + _SLACK_THREAD),
        _slack_message("Cal Moss", "11/03/2025 09:15", "<p>2.4 and 2.5 are for the next team meeting, I think.</p>")]
    page = tmp_path / "fict-chat.html"
    page.write_text(_slack_page(messages), encoding="utf-8")
    blocks = parse_html(page).blocks
    assert ("heading", "Ben Hale 10/03/2025 10:05") in [(b.kind, b.text) for b in blocks]
    paragraphs = [(p.paragraph, p.text) for p in cut_passages(blocks, "fict") if p.paragraph]
    assert paragraphs == [("2.1", f"The health visitor {LONG}."), ("2.2", f"The school nurse {LONG}."),
                          ("2.3", f"The GP practice {LONG}.")]
    text = " ".join(b.text for b in blocks)
    assert all(w not in text for w in ("👍", "(edited)", "1 reply", "Tuesday", "pinned", "husband's exhaustion"))
    assert "Agreed, and thanks for pasting it." in text and "2.4 and 2.5 are" in text
    page.write_text(_slack_page(messages[:3]), encoding="utf-8")  # three messages: no chat
    assert "👍 4" in [b.text for b in parse_html(page).blocks]
    agenda = "".join(f"<tr><td>{t}</td><td>{item}</td><td>{lead}</td></tr>" for t, item, lead in [
        ("10:00", "Welcome and introductions", "Ana Pike"), ("10:15", "Findings of the review", "Ben Hale"),
        ("11:00", "What the board asks of us", "Cal Moss"), ("11:45", "Questions and close", "Ana Pike")])
    page.write_text(f"<html><body><h2>Agenda</h2><table>{agenda}</table></body></html>", encoding="utf-8")
    assert [b.text for b in parse_html(page).blocks] == ["Agenda", "10:00 | Welcome and introductions | Ana Pike",
                                                         "10:15 | Findings of the review | Ben Hale",
                                                         "11:00 | What the board asks of us | Cal Moss",
                                                         "11:45 | Questions and close | Ana Pike"]


_WALLABAG_XHTML = ('<?xml version="1.0" encoding="UTF-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml" '
                   'xmlns:epub="http://www.idpf.org/2007/ops">\n<head><title>saved articles</title></head>\n'
                   '<body{attrs}>\n{body}\n</body>\n</html>\n')


def _wallabag_page(body: str, attrs: str = "") -> str:
    return _WALLABAG_XHTML.replace("{attrs}", attrs).replace("{body}", body)


def _wallabag_paras(*labels: str) -> str:
    return "".join(f"<p>{lab} The reviewer found that {LONG} in month {k}.</p>" for k, lab in enumerate(labels, 1))


def _wallabag_epub(path: Path, chapters: list[tuple[str, str, str, str]], guide: str = "", landmarks: str = "",
                   extra: list[tuple[str, bytes | str]] | None = None) -> Path:
    """An EPUB 3 package as wallabag's PHPePub and other tools zip one: "mimetype" first and stored, the container,
    the OPF (manifest, spine, an optional EPUB 2 guide), an NCX and a navigation document naming every chapter. A
    chapter is (file name, its name in the contents lists, its XHTML, the itemref's attributes)."""
    import zipfile

    manifest = "".join(f'<item id="c{k}" href="{name}" media-type="application/xhtml+xml"/>'
                       for k, (name, _label, _page, _attrs) in enumerate(chapters))
    spine = "".join(f'<itemref idref="c{k}"{attrs}/>' for k, (_n, _l, _p, attrs) in enumerate(chapters))
    opf = ('<?xml version="1.0" encoding="utf-8"?>\n<package xmlns="http://www.idpf.org/2007/opf" version="3.0" '
           'unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>saved '
           'articles</dc:title><dc:identifier id="id">urn:fict:1</dc:identifier></metadata><manifest>'
           '<item id="ncx" href="book.ncx" media-type="application/x-dtbncx+xml"/><item id="toc" properties="nav" '
           f'href="toc.xhtml" media-type="application/xhtml+xml"/>{manifest}</manifest><spine toc="ncx">'
           f'<itemref idref="toc"/>{spine}</spine>{guide}</package>')
    points = "".join(f'<navPoint id="n{k}" playOrder="{k + 1}"><navLabel><text>{label}</text></navLabel>'
                     f'<content src="{name}"/></navPoint>' for k, (name, label, _p, _a) in enumerate(chapters))
    ncx = ('<?xml version="1.0" encoding="UTF-8"?>\n<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">'
           f"<navMap>{points}</navMap></ncx>")
    nav = _wallabag_page('<h1>Table of Contents</h1><nav epub:type="toc"><ol>' + "".join(
        f'<li><a href="{name}">{label}</a></li>' for name, label, _p, _a in chapters) + f"</ol></nav>{landmarks}")
    files: list[tuple[str, bytes | str]] = [
        ("mimetype", "application/epub+zip"),
        ("META-INF/container.xml", '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:'
                                   'opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/book.opf" '
                                   'media-type="application/oebps-package+xml"/></rootfiles></container>'),
        ("OEBPS/book.opf", opf), ("OEBPS/book.ncx", ncx), ("OEBPS/toc.xhtml", nav),
        *[("OEBPS/" + name, page) for name, _l, page, _a in chapters], *(extra or [])]
    with zipfile.ZipFile(path, "w") as z:
        for name, data in files:
            z.writestr(name, data, compress_type=zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED)
    return path


def _wallabag_labels(path: Path) -> list[str | None]:
    from inquiry_lessons.index.ingest.parse.epub import parse_epub
    from inquiry_lessons.index.ingest.passages import cut_passages

    return [p.paragraph for p in cut_passages(parse_epub(path).blocks, "fict") if p.paragraph]


def _wallabag_article(k: int, title: str, body: str) -> str:
    """An article as wallabag exports it: "(k/3) Title" over its <dl> of metadata, the title again, the text."""
    return _wallabag_page(f"<h1>({k}/3) {title}</h1><dl><dt>Published on</dt><dd>2025-02-20</dd><dt>Estimated "
                          f"reading time</dt><dd>4 min</dd></dl><h2>{title}</h2>{body}")


def test_an_epubs_chapters_are_read_in_spine_order_not_by_their_file_names(tmp_path: Path):
    """Blind round 67's wallabag.epub (parse/epub.py): a read-later tool's export of saved articles as one EPUB,
    each a chapter whose file is named by a hash, so that the names do not sort in reading order: the OPF's spine
    gives the order (here the names sort c, b, a against the spine's a-named-last), each chapter read by the HTML
    reader. A spine entry marked linear="no" (an answer key) and the navigation document, listed in the spine, are
    not read. Near-miss: the same chapter marked linear="yes" is read."""
    from inquiry_lessons.index.ingest.parse.epub import parse_epub

    chapters = [("c41f.xhtml", "1. Local learning review: part one", _wallabag_article(
                     1, "Local learning review: part one", "<h2>1. Why</h2>" + _wallabag_paras("1.1", "1.2")), ""),
                ("b07e.xhtml", "2. Local learning review: part two", _wallabag_article(
                     2, "Local learning review: part two", "<h2>2. What happened</h2>" + _wallabag_paras("2.1", "2.2")),
                 ""),
                ("a9d2.xhtml", "3. Local learning review: part three", _wallabag_article(
                     3, "Local learning review: part three", "<h2>3. Found</h2>" + _wallabag_paras("3.1", "3.2")), ""),
                ("0key.xhtml", "Answers", _wallabag_page(_wallabag_paras("3.3", "3.4")), ' linear="no"')]
    path = _wallabag_epub(tmp_path / "fict-saved.epub", chapters)
    assert _wallabag_labels(path) == ["1.1", "1.2", "2.1", "2.2", "3.1", "3.2"]
    doc = parse_epub(path)
    assert doc.title == "saved articles" and "Table of Contents" not in [b.text for b in doc.blocks]
    chapters[-1] = (*chapters[-1][:3], ' linear="yes"')
    assert _wallabag_labels(_wallabag_epub(tmp_path / "fict-saved.epub", chapters))[-2:] == ["3.3", "3.4"]


def test_an_epubs_cover_title_copyright_and_notice_pages_are_not_read(tmp_path: Path):
    """The pages a book or an exporting tool adds round its chapters (parse/epub.py), each known its own way: a
    cover by the EPUB 2 guide's type, a title page by the EPUB 3 landmarks, a copyright page by its own
    <body epub:type>, a tool's notices page (wallabag's "Notices") by its name in the book's contents lists. None is
    read. Near-misses: a chapter whose contents name only begins with such a word ("Notices of concern") and one
    whose <body epub:type> is "bodymatter chapter" are read."""
    from inquiry_lessons.index.ingest.parse.epub import parse_epub

    matter = ("Cover of the saved review", "Saved articles, title page", "First published in this edition by the board",
              "Produced with an e-book library")
    chapters = [("cover.xhtml", "Start", _wallabag_page("<p>Cover of the saved review</p>"), ""),
                ("title.xhtml", "Saved articles", _wallabag_page("<p>Saved articles, title page</p>"), ""),
                ("rights.xhtml", "Legal", _wallabag_page("<p>First published in this edition by the board</p>",
                                                          ' epub:type="copyright-page"'), ""),
                ("f00d.xhtml", "Notices of concern", _wallabag_page(
                    "<h1>Notices of concern</h1>" + _wallabag_paras("1.1", "1.2")), ""),
                ("beef.xhtml", "What happened", _wallabag_page(
                    "<h1>What happened</h1>" + _wallabag_paras("2.1", "2.2"), ' epub:type="bodymatter chapter"'), ""),
                ("notice.xhtml", "Notices", _wallabag_page("<p>Produced with an e-book library</p>"), "")]
    guide = '<guide><reference type="cover" title="Cover" href="cover.xhtml"/></guide>'
    landmarks = ('<nav epub:type="landmarks"><ol><li><a epub:type="titlepage" href="title.xhtml">Saved articles</a>'
                 '</li><li><a epub:type="bodymatter" href="f00d.xhtml">Start</a></li></ol></nav>')
    path = _wallabag_epub(tmp_path / "fict-matter.epub", chapters, guide, landmarks)
    text = [b.text for b in parse_epub(path).blocks]
    assert [t for t in matter if t in text] == [] and "Table of Contents" not in text  # nor the navigation page
    assert _wallabag_labels(path) == ["1.1", "1.2", "2.1", "2.2"]


def test_an_epub_over_the_zip_limits_is_refused_and_one_within_them_is_read(tmp_path: Path, monkeypatch):
    """Limits (parse/epub.py): a chapter is read with a bounded read, refused past one file's limit whatever size
    the zip's directory gives it, and the files read are held to the unzipped limit in all; the precheck holds the
    package to the zip limits (a chapter of spaces compressed a thousand to one) and each chapter to the HTML
    nesting limit, through parse() as for any file. Near-misses: the same package under each limit is read, and a
    chapter nested twenty deep."""
    import zipfile

    import pytest

    from inquiry_lessons.index.errors import ResourceLimit
    from inquiry_lessons.index.ingest.parse import ParseLimits, epub, parse

    chapter = _wallabag_page(_wallabag_paras("1.1", "1.2", "1.3") + "<!--" + " " * 200_000 + "-->")
    path = _wallabag_epub(tmp_path / "fict-big.epub", [("a.xhtml", "Review", chapter, "")])
    monkeypatch.setattr(epub, "MAX_PART_BYTES", 100_000)
    with pytest.raises(ResourceLimit, match="unzips to more than"):
        epub.parse_epub(path)
    monkeypatch.setattr(epub, "MAX_PART_BYTES", 300_000)
    assert _wallabag_labels(path) == ["1.1", "1.2", "1.3"]
    with pytest.raises(ResourceLimit, match="LESSONS_MAX_UNZIPPED_MB"):
        epub.parse_epub(path, ParseLimits(max_unzipped_bytes=150_000))
    # the operator's limit reaches the parser through parse(), not the default (here made smaller than the file)
    monkeypatch.setattr(epub, "ParseLimits", lambda: ParseLimits(max_unzipped_bytes=150_000))
    assert len(parse(path, limits=ParseLimits(max_unzipped_bytes=400_000)).blocks) == 3
    monkeypatch.setattr(epub, "ParseLimits", ParseLimits)
    monkeypatch.setattr(epub, "MAX_PART_BYTES", 64 * 2**20)
    bomb = _wallabag_epub(tmp_path / "fict-bomb.epub", [("a.xhtml", "Review", _wallabag_page(
        _wallabag_paras("1.1", "1.2", "1.3") + "<!--" + " " * 3 * 2**20 + "-->"), "")])
    assert max(i.file_size / i.compress_size for i in zipfile.ZipFile(bomb).infolist()) > 200
    with pytest.raises(ResourceLimit, match="LESSONS_MAX_ZIP_RATIO"):
        parse(bomb)
    assert [lab for lab in _wallabag_labels(bomb)] == ["1.1", "1.2", "1.3"]  # the parser alone: within its limits
    for depth, refused in ((300, True), (20, False)):
        deep = _wallabag_page("<div>" * depth + _wallabag_paras("1.1", "1.2", "1.3") + "</div>" * depth)
        path = _wallabag_epub(tmp_path / f"fict-deep{depth}.epub", [("a.xhtml", "Review", deep, "")])
        if refused:
            with pytest.raises(ResourceLimit, match="LESSONS_MAX_HTML_DEPTH"):
                parse(path)
        else:
            assert len(parse(path).blocks) == 3


def test_an_epub_whose_chapters_are_encrypted_is_refused_and_an_obfuscated_font_is_not(tmp_path: Path):
    """DRM (parse/epub.py): a chapter listed in META-INF/encryption.xml cannot be read and is refused as encrypted.
    Near-miss: only an embedded font listed there (font obfuscation, as publishers ship it) is read as usual."""
    import pytest

    from inquiry_lessons.index.errors import EncryptedDocument

    def encryption(uri: str) -> tuple[str, str]:
        return ("META-INF/encryption.xml", '<?xml version="1.0"?><encryption xmlns="urn:oasis:names:tc:opendocument:'
                'xmlns:container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData>'
                '<enc:EncryptionMethod Algorithm="http://www.idpf.org/2008/embedding"/><enc:CipherData>'
                f'<enc:CipherReference URI="{uri}"/></enc:CipherData></enc:EncryptedData></encryption>')

    chapters = [("a.xhtml", "Review", _wallabag_page(_wallabag_paras("1.1", "1.2", "1.3")), "")]
    path = _wallabag_epub(tmp_path / "fict-drm.epub", chapters, extra=[encryption("OEBPS/a.xhtml")])
    with pytest.raises(EncryptedDocument, match="encrypted"):
        _wallabag_labels(path)
    path = _wallabag_epub(tmp_path / "fict-font.epub", chapters, extra=[encryption("OEBPS/fonts/serif.otf")])
    assert _wallabag_labels(path) == ["1.1", "1.2", "1.3"]


_CHROME_URL = "https://www.fict-scp.example/reviews/child-q"
_CHROME_PARAS = {"2.1": f"The school nurse {LONG}.", "2.2": f"The GP practice {LONG}.",
                 "3.1": f"The health visitor\u2019s record {LONG}.", "3.2": f"The ward {LONG}."}


def _chrome_page(gap: str = "&nbsp;") -> str:
    """A review's page as Blink serialises it for an MHTML: no charset but the page's own <meta>."""
    paras = "".join(f'<p class="para"><span class="para__num">{lab}</span>{gap}{text}</p>'
                    for lab, text in _CHROME_PARAS.items())
    return ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
            f'<title>Child Q (FICTIONAL)</title></head><body><main><h1>Child Q</h1>{paras}</main>'
            '<iframe src="cid:frame-2@mhtml.blink"></iframe></body></html>')


def _chrome_part(html: str, **headers: str):
    """A text/html part written quoted-printable with no charset (as Chrome writes it), a soft line break inside
    each "&nbsp;" after a number."""
    import quopri
    from email.message import EmailMessage

    part = EmailMessage()
    part["Content-Type"] = "text/html"
    part["Content-Transfer-Encoding"] = "quoted-printable"
    for name, value in headers.items():
        part[name.replace("_", "-")] = value
    part.set_payload(quopri.encodestring(html.encode("utf-8")).decode("ascii").replace("&nbsp;", "&nbsp=\n;"))
    return part


def _chrome_mhtml(parts: list, snapshot: str | None = _CHROME_URL, start: str | None = None) -> bytes:
    """A "Webpage, Single File": a multipart/related message of the given parts."""
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"] = "<Saved by Blink>"
    if snapshot:
        msg["Snapshot-Content-Location"] = snapshot
    msg["Subject"] = "Child Q (FICTIONAL)"
    msg["MIME-Version"] = "1.0"
    msg["Content-Type"] = 'multipart/related; type="text/html"' + (f'; start="{start}"' if start else "")
    for part in parts:
        msg.attach(part)
    return bytes(msg)


def _chrome_frame_and_style() -> list:
    """The subframe's own document (a player whose speeds are numbers) and a style sheet."""
    from email.message import EmailMessage

    frame = _chrome_part("<html><body><div>Listen</div><p>1.25\u00d7</p><p>2.1 Press play to hear the page read "
                         f"aloud, {LONG}.</p></body></html>", Content_ID="<frame-2@mhtml.blink>")
    css = EmailMessage()
    css.set_content(".para::before{content:'9.9 Not a paragraph of the review'}", subtype="css",
                    cte="quoted-printable")
    css["Content-Location"] = "https://www.fict-scp.example/main.css"
    return [frame, css]


def _chrome_labels(path: Path) -> list[tuple[str | None, str]]:
    from inquiry_lessons.index.ingest.parse import parse
    from inquiry_lessons.index.ingest.passages import cut_passages

    return [(p.paragraph, p.text) for p in cut_passages(parse(path).blocks, "fict") if p.paragraph]


def test_a_page_saved_as_mhtml_is_read_from_its_main_document_alone(tmp_path: Path):
    """Blind round 67's chrome.mhtml (parse/mhtml.py): a page saved by Chrome as "Webpage, Single File" is a MIME
    multipart/related message; the e-mail package undoes quoted-printable (a soft break inside the "&nbsp;" after a
    number) and the page's part, the one at the Snapshot-Content-Location, is read by the HTML reader, its charset
    the page's own <meta> (a curly apostrophe). Here the subframe's document stands first: it is not read, nor is
    the style sheet. Near-misses: a file without the snapshot's header (Internet Explorer's, Word's) is read from
    its first HTML part, or from the root its ``start`` parameter names; a saved page whose own part is an image
    holds no page."""
    from email.message import EmailMessage

    import pytest

    from inquiry_lessons.index.errors import UnsupportedFormat
    from inquiry_lessons.index.ingest.parse import parse

    path = tmp_path / "fict-page.mhtml"
    page = _chrome_part(_chrome_page(), Content_ID="<frame-1@mhtml.blink>", Content_Location=_CHROME_URL)
    frame, css = _chrome_frame_and_style()
    path.write_bytes(_chrome_mhtml([frame, page, css]))
    assert _chrome_labels(path) == list(_CHROME_PARAS.items())
    path.write_bytes(_chrome_mhtml([page, frame, css], snapshot=None))  # the page first, no snapshot header
    assert _chrome_labels(path) == list(_CHROME_PARAS.items())
    path.write_bytes(_chrome_mhtml([frame, page, css], snapshot=None, start="<frame-1@mhtml.blink>"))
    assert _chrome_labels(path) == list(_CHROME_PARAS.items())
    path.write_bytes(_chrome_mhtml([frame, page, css], snapshot=None))  # the frame first and nothing names the page
    text = " ".join(b.text for b in parse(path).blocks)
    assert "Press play" in text and "school nurse" not in text
    photo = EmailMessage()  # a photo opened in the browser and saved: its page is the image
    photo.set_content(b"\x89PNG\r\n\x1a\n" + bytes(16), "image", "png")
    photo["Content-Location"] = "https://www.fict-scp.example/photo.png"
    path.write_bytes(_chrome_mhtml([photo, frame, css], snapshot="https://www.fict-scp.example/photo.png"))
    with pytest.raises(UnsupportedFormat):
        _chrome_labels(path)


def test_an_mhtml_of_too_many_parts_or_too_deep_a_page_is_refused(tmp_path: Path):
    """Limits (parse/mhtml.py check_mhtml): more MIME parts than .eml allows, or a page nested past the HTML limit,
    are refused before the page is read. Near-miss: a page with a few hundred images and one nested twenty deep
    are read."""
    from email.message import EmailMessage

    import pytest

    from inquiry_lessons.index.errors import ResourceLimit

    def with_images(n: int) -> list:
        images = []
        for k in range(n):
            img = EmailMessage()
            img.set_content(b"\x89PNG\r\n\x1a\n" + bytes(16), "image", "png")
            img["Content-Location"] = f"https://www.fict-scp.example/img/{k}.png"
            images.append(img)
        return images

    path = tmp_path / "fict-many.mht"
    page = _chrome_part(_chrome_page(), Content_Location=_CHROME_URL)
    path.write_bytes(_chrome_mhtml([page, *with_images(300)]))
    assert [lab for lab, _ in _chrome_labels(path)] == list(_CHROME_PARAS)
    path.write_bytes(_chrome_mhtml([page, *with_images(1200)]))
    with pytest.raises(ResourceLimit):
        _chrome_labels(path)
    for depth, refused in ((20, False), (300, True)):
        deep = _chrome_page().replace("<main>", "<main>" + "<div>" * depth).replace("</main>", "</div>" * depth
                                                                                     + "</main>")
        path.write_bytes(_chrome_mhtml([_chrome_part(deep, Content_Location=_CHROME_URL)]))
        if refused:
            with pytest.raises(ResourceLimit):
                _chrome_labels(path)
        else:
            assert [lab for lab, _ in _chrome_labels(path)] == list(_CHROME_PARAS)


_SAFARI_URL = "https://www.fict-sab.example/sar-mrs-k/"
_SAFARI_PARAS = {"1.1": f"The care provider\u2019s manager, Ren\u00e9e, {LONG}.", "1.2": f"The GP practice {LONG}.",
                 "2.1": f"The housing officer {LONG}.", "2.2": f"The advocate {LONG}."}


def _safari_archive(encoding: str | None = "UTF-8", page_mime: str = "text/html") -> dict:
    """A Web Archive's dictionary: the post (its paragraphs typed "1.1 The ..."), a search-data script repeating
    every paragraph's number and first words, and an embedded frame's document numbering paragraphs of its own."""
    import json

    paras = "".join(f"<p>{lab} {text}</p>" for lab, text in _SAFARI_PARAS.items())
    page = (f'<html><head><meta charset="utf-8"><title>SAR Mrs K (FICTIONAL)</title></head><body><div class="entry">'
            f'<h1>SAR Mrs K</h1>{paras}</div><iframe src="https://forms.fict-sab.example/f"></iframe></body></html>')
    data = page.encode(encoding or "utf-8")
    script = "window.search = " + json.dumps([f"{lab} {text[:60]}" for lab, text in _SAFARI_PARAS.items()]) + ";"
    form = ("<html><body><h1>Another review (FICTIONAL)</h1><p>1.1 How useful was this review? The embedded panel "
            f"says {LONG}.</p><p>1.2 What would you change in your practice after reading it, {LONG}?</p>"
            "</body></html>")
    main = {"WebResourceData": data, "WebResourceMIMEType": page_mime, "WebResourceURL": _SAFARI_URL,
            "WebResourceFrameName": ""}
    if encoding:
        main["WebResourceTextEncodingName"] = encoding
    return {"WebMainResource": main,
            "WebSubresources": [{"WebResourceData": script.encode(), "WebResourceMIMEType": "application/javascript",
                                 "WebResourceURL": _SAFARI_URL + "search.js", "WebResourceTextEncodingName": "utf-8"}],
            "WebSubframeArchives": [{"WebMainResource": {
                "WebResourceData": form.encode(), "WebResourceMIMEType": "text/html",
                "WebResourceURL": "https://forms.fict-sab.example/f", "WebResourceTextEncodingName": "UTF-8"}}]}


def _safari_labels(path: Path) -> list[tuple[str | None, str]]:
    from inquiry_lessons.index.ingest.parse import parse
    from inquiry_lessons.index.ingest.passages import cut_passages

    return [(p.paragraph, p.text) for p in cut_passages(parse(path).blocks, "fict") if p.paragraph]


def test_a_safari_web_archive_is_read_from_its_main_resource_alone(tmp_path: Path):
    """Blind round 67's safari.webarchive (parse/webarchive.py): a binary property list read with plistlib; the
    WebMainResource's data, decoded by its WebResourceTextEncodingName, is the page, read by the HTML reader; the
    search-data script repeating every paragraph's number and the subframe's own numbered paragraphs are not read.
    Near-misses: an archive in Windows-1252 or Mac Roman (its "\u00e9" a byte that is no UTF-8 and means "\u017d"
    in Windows-1252) and one naming no encoding (UTF-8) read alike; a property list that is no web archive, or whose
    trailer declares more objects than the file could hold, is refused as unreadable, a page of another type as not
    a web page."""
    import plistlib

    import pytest

    from inquiry_lessons.index.errors import CorruptDocument, UnsupportedFormat
    from inquiry_lessons.index.ingest.parse import parse

    path = tmp_path / "fict-post.webarchive"
    for encoding in ("UTF-8", "windows-1252", "macintosh", None):
        path.write_bytes(plistlib.dumps(_safari_archive(encoding), fmt=plistlib.FMT_BINARY))
        assert _safari_labels(path) == list(_SAFARI_PARAS.items()), encoding
    text = " ".join(b.text for b in parse(path).blocks)
    assert "window.search" not in text and "How useful" not in text
    path.write_bytes(plistlib.dumps({"WebSubresources": []}, fmt=plistlib.FMT_BINARY))
    with pytest.raises(CorruptDocument):
        _safari_labels(path)
    raw = plistlib.dumps(_safari_archive(), fmt=plistlib.FMT_BINARY)
    for junk in (b"bplist00 not a property list at all" * 4, b"bplist00" + bytes(40),
                 raw[:-24] + (2**40).to_bytes(8, "big") + raw[-16:]):  # the trailer's object count
        path.write_bytes(junk)
        with pytest.raises(CorruptDocument):
            _safari_labels(path)
    path.write_bytes(plistlib.dumps(_safari_archive(page_mime="image/png"), fmt=plistlib.FMT_BINARY))
    with pytest.raises(UnsupportedFormat):
        _safari_labels(path)


def test_a_web_archive_declaring_too_many_objects_or_nested_too_deep_is_refused(tmp_path: Path):
    """Limits (parse/webarchive.py check_webarchive): a binary property list whose trailer declares more objects
    than the limit is refused before plistlib allocates them, one nested past the depth limit (subframes inside
    subframes) is refused, and so is a page nested past the HTML limit. Near-miss: frames nested ten deep, an
    archive of 20,000 subresources and a page nested twenty are read."""
    import plistlib

    import pytest

    from inquiry_lessons.index.errors import ResourceLimit

    def framed(levels: int) -> dict:
        archive = _safari_archive()
        for _ in range(levels):
            archive = {**_safari_archive(), "WebSubframeArchives": [archive]}
        return archive

    path = tmp_path / "fict-deep.webarchive"
    path.write_bytes(plistlib.dumps(framed(10), fmt=plistlib.FMT_BINARY))
    assert [lab for lab, _ in _safari_labels(path)] == list(_SAFARI_PARAS)
    path.write_bytes(plistlib.dumps(framed(100), fmt=plistlib.FMT_BINARY))
    with pytest.raises(ResourceLimit):
        _safari_labels(path)
    many = {**_safari_archive(), "WebSubresources": list(range(200_001))}  # 200,001 objects declared
    path.write_bytes(plistlib.dumps(many, fmt=plistlib.FMT_BINARY))
    with pytest.raises(ResourceLimit):
        _safari_labels(path)
    few = {**_safari_archive(), "WebSubresources": list(range(20_000))}
    path.write_bytes(plistlib.dumps(few, fmt=plistlib.FMT_BINARY))
    assert [lab for lab, _ in _safari_labels(path)] == list(_SAFARI_PARAS)
    for depth, refused in ((20, False), (300, True)):
        archive = _safari_archive()
        page = archive["WebMainResource"]["WebResourceData"].decode()
        archive["WebMainResource"]["WebResourceData"] = page.replace(
            "<h1>", "<div>" * depth + "<h1>").replace("</div><iframe", "</div>" * depth + "</div><iframe").encode()
        path.write_bytes(plistlib.dumps(archive, fmt=plistlib.FMT_BINARY))
        if refused:
            with pytest.raises(ResourceLimit):
                _safari_labels(path)
        else:
            assert [lab for lab, _ in _safari_labels(path)] == list(_SAFARI_PARAS)


def _chrome_pull_quote_page(quote: str) -> str:
    paras = "".join(f"<p>{lab} {text}</p>" + (quote if lab == "3.1" else "") for lab, text in _CHROME_PARAS.items())
    return f"<html><body><main><h1>Child Q (FICTIONAL)</h1>{paras}</main></body></html>"


def test_a_pull_quote_named_by_its_class_is_set_aside_from_the_paragraph_before_it(tmp_path: Path):
    """Blind round 67's chrome.mhtml, its page (parse/html_pull_quotes.py): a mother's words in <blockquote
    class="pullquote"> (with its <footer>) after 3.1, found nowhere else on the page, ran on into 3.1 as a
    quotation would; a pull quote named by its class (pullquote, pull-quote, WordPress's wp-block-pullquote
    figure, camel case simplePullQuote) is set aside, its own passage, no paragraph's text. Near-misses: the same
    words in a plain <blockquote>, or one whose class names no pull quote ("quote"), stay the paragraph's quotation;
    a pull quote that opens with a paragraph number is that paragraph."""
    from inquiry_lessons.index.ingest.passages import cut_passages

    words = "\u201cNobody ever asked me what was going on at home, not once in all that time.\u201d"
    page = tmp_path / "fict-pull.html"
    for quote in (f'<blockquote class="pullquote"><p>{words}</p><footer>Child Q\u2019s mother</footer></blockquote>',
                  f'<div class="c-pull-quote__body">{words}</div>',
                  f'<figure class="wp-block-pullquote"><blockquote><p>{words}</p><cite>Mother</cite></blockquote>'
                  "</figure>", f'<div class="simplePullQuote">{words}</div>'):
        page.write_text(_chrome_pull_quote_page(quote), encoding="utf-8")
        blocks = parse_html(page).blocks
        assert [b.kind for b in blocks if "Nobody" in b.text] == ["aside"], quote
        got = [(p.paragraph, p.text) for p in cut_passages(blocks, "fict") if p.paragraph]
        assert got == list(_CHROME_PARAS.items()), quote
    for quote in (f"<blockquote><p>{words}</p></blockquote>", f'<blockquote class="quote"><p>{words}</p></blockquote>'):
        page.write_text(_chrome_pull_quote_page(quote), encoding="utf-8")
        got = dict((p.paragraph, p.text) for p in cut_passages(parse_html(page).blocks, "fict") if p.paragraph)
        assert "Nobody ever asked" in got["3.1"], quote
    page.write_text(_chrome_pull_quote_page(f'<blockquote class="pull-quote"><p>3.1 {words}</p></blockquote>'),
                    encoding="utf-8")  # a quotation of a numbered paragraph, in a pull quote's markup
    assert [b.kind for b in parse_html(page).blocks if "Nobody" in b.text] == ["para"]



_FIREFOX_SITE = "https://www.oakhurst.gov.example/reviews/sar-mr-d"


def _firefox_para(number: str, text: str) -> str:
    """A paragraph as Firefox's text serialiser writes it: its number a link (address after it), wrapped at 80."""
    import textwrap

    return textwrap.fill(f"{number} <{_FIREFOX_SITE}#p{number.strip('*').replace('.', '-')}> {text}", 80)


def _firefox_page(body: list[str], links: int = 3) -> str:
    """A page of the site saved by Firefox as text: a skip link, a menu, breadcrumbs, the body, a footer."""
    menu = [f"  * {name} <https://www.oakhurst.gov.example/{name[:4].lower()}>" for name in ("Housing", "Contact us")]
    nav = [f"Skip to main content <{_FIREFOX_SITE}#main>", "", *menu[:links], "",
           " 1. Home <https://www.oakhurst.gov.example/>", ""]
    foot = ["", "-" * 80, "", "  * Cookies <https://www.oakhurst.gov.example/cookies>"]
    return "\r\n".join([*nav, "    2. What happened", "", *body, *foot]) + "\r\n"


def test_a_page_saved_as_text_by_firefox_is_read_without_its_link_addresses_and_navigation(tmp_path: Path):
    """Blind round 67's firefox.txt, after its look (parse/browser_text.py): a review's page saved by Firefox as "Text
    Files" (every link's text followed by its address in angle brackets, the paragraph numbers links to their own
    anchors, bold as *..*, footnote references '^1 <...#fn1>'): no paragraph was found, each opening "*2.1*
    <https://...#p2-1> The ...". Now the addresses and note references go, the stars round a number go, and the
    menu, breadcrumbs and footer (list items and lines that are one short link within the site) are no text; a
    number alone on its line before its address, a link whose sentence runs on under it, and a list of links to
    other sites stay. A paragraph's lines are joined again (a hyphen at a line's end kept, no space after it), so a
    first line cut short by its address taken out ("2.3 The") is no numbered title over the text. Near-miss: a text
    with a few addresses (an e-mail's) keeps them, and its "  * Housing <...>" item."""
    from inquiry_lessons.index.ingest.parse.text import parse_text
    from inquiry_lessons.index.ingest.passages import cut_passages

    guidance = "  * Working Together 2023 <https://www.gov.example/working-together>"
    body = [_firefox_para("*2.1*", f"In March {LONG}.^1 <{_FIREFOX_SITE}#fn1> The panel met twice."), "",
            f"2.2 <{_FIREFOX_SITE}#p2-2>", f"In April {LONG}. The GP read the",
            f"discharge letter <{_FIREFOX_SITE}/gp>", "late in May.", "",
            f"*2.3* <{_FIREFOX_SITE}/findings-and-what-the-review-learned-from-them#p2-3> The",
            "Oakhurst school nurse recorded the concern in June but it was not shared at the multi-",
            "agency meeting, nor with the GP practice.", "", "Further reading", "", guidance]
    page = tmp_path / "fict-saved.txt"
    page.write_text(_firefox_page(body), encoding="utf-8", newline="")
    blocks = parse_text(page).blocks
    assert [(p.paragraph, p.text) for p in cut_passages(blocks, "fict") if p.paragraph] == [
        ("2.1", f"In March {LONG}. The panel met twice."),
        ("2.2", f"In April {LONG}. The GP read the discharge letter late in May."),
        ("2.3", "The Oakhurst school nurse recorded the concern in June but it was not shared at the multi-agency "
                "meeting, nor with the GP practice.")]
    text = " ".join(b.text for b in blocks)
    assert all(w not in text for w in ("<http", "Skip to", "Housing", "Contact us", "Home", "Cookies", "*", "^"))
    assert ("bullet", "Working Together 2023") in [(b.kind, b.text) for b in blocks]
    page.write_text(_firefox_page([f"In March {LONG}, as the letter said.", "", f"In April {LONG}."], links=1),
                    encoding="utf-8", newline="")  # four addresses: no saved page
    text = " ".join(b.text for b in parse_text(page).blocks)
    assert "Housing <https://www.oakhurst.gov.example/hous>" in text and "Skip to main content <" in text


def test_a_block_quotation_in_a_page_saved_as_text_by_firefox_is_no_paragraphs_words():
    """Blind round 67's firefox.txt: a family member's words quoted between 2.1 and 2.2 (a <blockquote>, which the
    serialiser sets in by four, where the page's paragraphs stand at the left edge) were read as the end of 2.1. A
    block whose every line is set in alike, ending a sentence, no list item and no numbered paragraph, is a box of
    its own (parse/browser_text.py): its words are kept in a passage of their own, and 2.1 ends at its own last
    sentence. Near-misses: a heading set in (no sentence) is a heading, and the same quotation in a text that is no
    saved page runs on in 2.1 as before."""
    from inquiry_lessons.index.ingest.parse.text import parse_string
    from inquiry_lessons.index.ingest.passages import cut_passages

    quote = "“She said it would be better once the baby came, and we believed her.”"
    body = [_firefox_para("*2.1*", f"In March {LONG}."), "", f"    {quote}", "",
            _firefox_para("2.2", f"In April {LONG}."), "", "      What the panel heard", "",
            _firefox_para("*2.3*", f"In May {LONG}.")]
    blocks = parse_string(_firefox_page(body)).blocks
    assert [(b.kind, b.text) for b in blocks if "panel heard" in b.text or "baby" in b.text] == [
        ("aside", quote), ("heading", "What the panel heard")]
    passages = [(p.paragraph, p.text) for p in cut_passages(blocks, "fict")]
    assert ("2.1", f"In March {LONG}.") in passages and (None, quote) in passages
    plain = "\n".join([f"2.1 In March {LONG}.", "", f"    {quote}", "", f"2.2 In April {LONG}.", "",
                       f"2.3 In May {LONG}."])
    assert next((p.paragraph, p.text) for p in cut_passages(parse_string(plain).blocks, "fict")) == (
        "2.1", f"In March {LONG}.\n{quote}")


_PRINTFRIENDLY_31 = ["3.1 The ward social worker saw the cold flat in June and told the housing officer that",
                     "week, but the referral was closed before anyone visited again."]
_PRINTFRIENDLY_32 = ["3.2 The Care Act advocate learned of the gaps in his pension weeks after they were",
                     "first noticed, and the landlord recorded the arrears but did not connect them with her",
                     "failing memory. The panel accepted this analysis when it met at Ashwell Tarn in November."]
_PRINTFRIENDLY_34 = ["3.4 The day opportunities service responded to the gaps in his pension only after the",
                     "duty team had closed the case, and nobody asked him what a good day looked like for",
                     "him. A friend of the family gave the reviewer the same account in April."]


def _printfriendly_pdf(path: Path, chart, after: float = 490.0) -> None:
    """An A4 page made with reportlab: paragraphs 3.1 and 3.2 (Times 11), what ``chart(canvas)`` draws, and 3.4 at
    ``after``."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    for top, lines in ((800.0, _PRINTFRIENDLY_31), (765.0, _PRINTFRIENDLY_32), (after, _PRINTFRIENDLY_34)):
        c.setFont("Times-Roman", 11)
        for k, text in enumerate(lines):
            c.drawString(64, top - 15 * k, text)
    chart(c)
    c.showPage()
    c.save()


def _printfriendly_bars(shapes: bool):
    """A bar chart as a web page's SVG prints: a small bold title, tick labels 3.0 to 0.0 at the left margin, grid
    lines and filled bars (with ``shapes``), the bars' names under them and an italic caption."""
    def draw(c) -> None:
        c.setFont("Helvetica-Bold", 9)
        c.drawString(64, 682, "Readmissions within 30 days (average per person)")
        c.setFont("Helvetica", 8)
        for k in range(7):
            c.drawString(64, 548 + 20 * k - 2.8, f"{k * 0.5:.1f}")
            if shapes:
                c.setStrokeColorRGB(0.75, 0.75, 0.75)
                c.setLineWidth(0.4)
                c.line(90, 548 + 20 * k, 420, 548 + 20 * k)
        for k, (name, value) in enumerate([("Ms A", 1.5), ("Mr B", 3.0), ("Mrs C", 0.5), ("Mr E", 2.0)]):
            if shapes:
                c.setFillColorRGB(0.35, 0.23, 0.52)
                c.rect(100 + 80 * k, 548, 40, 40 * value, fill=1, stroke=0)
            c.setFillColorRGB(0, 0, 0)
            c.drawString(110 + 80 * k, 536, name)
        c.setFont("Helvetica-Oblique", 8.5)
        c.drawString(64, 520, "Figure 1: how often each person went back into hospital within 30 days of leaving")
    return draw


def _printfriendly_cut(path: Path) -> list[tuple[str | None, str]]:
    from inquiry_lessons.index.ingest.parse.pdf import parse_pdf
    from inquiry_lessons.index.ingest.passages import cut_passages

    return [(p.paragraph, p.text) for p in cut_passages(parse_pdf(path).blocks, "fict")]


def test_a_bar_chart_drawn_in_a_pdf_is_no_part_of_the_paragraph_before_it(tmp_path: Path):
    """Blind round 67's printfriendly.pdf (parse/drawn_charts.py): a web page's bar chart printed to PDF as shapes and
    text ran on from 3.2, its tick labels standing where paragraph numbers stand. The axis (numbers alone on their
    lines, one under another, evenly spaced, falling by equal steps) beside shapes level with its ticks is a chart:
    its ticks go, its title, bars' names and caption are a passage of their own. Near-miss: the same page with no
    shapes drawn (a column of figures) is read as it was."""
    path = tmp_path / "fict-chart.pdf"
    _printfriendly_pdf(path, _printfriendly_bars(shapes=True))
    cut = _printfriendly_cut(path)
    assert [(label, text.split()[-1]) for label, text in cut if label] == [("3.1", "again."), ("3.2", "November."),
                                                                             ("3.4", "April.")]
    chart = [text for label, text in cut if not label]
    assert len(chart) == 1 and chart[0].startswith("Readmissions within 30 days") and "Figure 1: how" in chart[0]
    assert "Ms A Mr B" in chart[0] and all(tick not in chart[0] for tick in ("3.0", "2.5", "1.0", "0.0"))
    _printfriendly_pdf(path, _printfriendly_bars(shapes=False))
    text = " ".join(text for _, text in _printfriendly_cut(path))
    assert all(tick in text.split() for tick in ("3.0", "2.5", "1.0", "0.0")) and "Figure 1: how" in text


def _printfriendly_line_chart(c) -> None:
    """A line chart as a spreadsheet exports it: its caption over it on two lines, percentages right-aligned beside
    the axes (no grid), the plotted line, the years under it and a source line."""
    c.setFont("Helvetica-Oblique", 8.5)
    c.drawString(64, 690, "Figure 2: the share of referrals answered within one working day, from 2019 to")
    c.drawString(64, 680, "2024, across the board's three areas")
    c.setFont("Helvetica", 8)
    for k in range(5):
        c.drawRightString(100, 568 + 25 * k - 2.8, f"{25 * k}%")
    c.line(106, 568, 420, 568)
    c.line(106, 568, 106, 668)
    path = c.beginPath()
    path.moveTo(120, 600)
    for k, y in enumerate((630, 610, 650, 640, 660)):
        path.lineTo(170 + 50 * k, y)
    c.drawPath(path, stroke=1, fill=0)
    for k in range(6):
        c.drawString(110 + 55 * k, 555, str(2019 + k))
    c.drawString(64, 543, "Source: the board's referral data set, 2019 to 2024.")


def _printfriendly_rows(c) -> None:
    """Near-miss: a table's figures, falling by tens, with its rules between the rows (none level with a figure)."""
    c.setFont("Times-Roman", 11)
    for k, value in enumerate((40, 30, 20, 10)):
        c.drawString(64, 660 - 22 * k, str(value))
        c.line(90, 660 - 22 * k + 14, 420, 660 - 22 * k + 14)


def _printfriendly_steps(c) -> None:
    """Near-miss: a diagram's numbered steps, 1 to 4 down the page, each joined to its box by a line level with it."""
    c.setFont("Times-Roman", 11)
    for k in range(4):
        c.drawString(64, 660 - 22 * k, str(k + 1))
        c.line(76, 660 - 22 * k + 3, 100, 660 - 22 * k + 3)
        c.rect(100, 660 - 22 * k - 4, 200, 14, fill=0, stroke=1)


def test_a_line_chart_drawn_in_a_pdf_is_set_aside_and_a_tables_figures_and_a_diagrams_steps_are_not(tmp_path: Path):
    """parse/drawn_charts.py, another chart: ticks "100%" to "0%" right-aligned against an axis line, a plotted
    line, the caption over the plot on two lines, the years and a source line under it: all set aside, 3.2 ends
    where it ends. Near-misses read as they were: a table's figures falling by tens with its rules between the rows,
    and a diagram's steps 1 to 4 each joined by a line level with it to its box (numbers rising down the page are no
    axis)."""
    path = tmp_path / "fict-line.pdf"
    _printfriendly_pdf(path, _printfriendly_line_chart)
    cut = _printfriendly_cut(path)
    assert [(label, text.split()[-1]) for label, text in cut if label] == [("3.1", "again."), ("3.2", "November."),
                                                                             ("3.4", "April.")]
    chart = [text for label, text in cut if not label]
    assert len(chart) == 1 and chart[0].startswith("Figure 2: the share") and chart[0].endswith("2019 to 2024.")
    assert "2019 2020" in chart[0] and "%" not in chart[0]
    for near_miss in (_printfriendly_rows, _printfriendly_steps):
        _printfriendly_pdf(path, near_miss)
        words = " ".join(text for _, text in _printfriendly_cut(path)).split()
        assert all(n in words for n in (["40", "30", "20", "10"] if near_miss is _printfriendly_rows else "1234"))


# --- Word 2003 XML Document (parse/wordml2003.py) ------------------------------------------------------------------

_DHRXML_NS = {"w": "http://schemas.microsoft.com/office/word/2003/wordml",
              "wx": "http://schemas.microsoft.com/office/word/2003/auxHint", "aml": "http://schemas.microsoft.com/aml/2001/core"}
_DHRXML_TEXT = "the panel found that the agencies did not share what each of them knew about the risk to her"


def _dhrxml_el(parent, name: str, text: str | None = None, **attrs: str):
    """An element ``prefix:name`` (its attributes written ``w_val`` for ``w:val``) under ``parent``."""
    from lxml import etree

    def q(n: str) -> str:
        prefix, _, local = n.replace("_", ":", 1).rpartition(":")
        return f"{{{_DHRXML_NS[prefix]}}}{local}" if prefix else local

    el = etree.SubElement(parent, q(name), {q(k): v for k, v in attrs.items()})
    el.text = text
    return el


def _dhrxml_para(parent, text: str, style: str | None = None, hint: str | None = None):
    """A paragraph of one run; with Word's hint of its printed list label where ``hint`` is given."""
    p = _dhrxml_el(parent, "w:p")
    ppr = _dhrxml_el(p, "w:pPr")
    if style:
        _dhrxml_el(ppr, "w:pStyle", w_val=style)
    if hint is not None:
        _dhrxml_el(_dhrxml_el(ppr, "w:listPr"), "wx:t", wx_val=hint)
    _dhrxml_el(_dhrxml_el(p, "w:r"), "w:t", text)
    return p


def _dhrxml_file(path: Path, *, hints: bool = True, next_section: str | None = None, bullet: bool = False) -> Path:
    """A FICTIONAL review saved by Word 2003 as an XML Document: chapters numbered by a multilevel list ("1.", "1.1"),
    the first section's header and footer in the w:sectPr its last paragraph holds, a footnote inline in 1.2, a
    comment, a tracked deletion and a tracked insertion in 1.3, a page break before 1.3. ``next_section`` is the
    second section's w:type (none: a next-page break); ``bullet`` makes the paragraphs' list level a bullet."""
    from lxml import etree

    root = etree.Element(f"{{{_DHRXML_NS['w']}}}wordDocument", nsmap=_DHRXML_NS)
    ldef = _dhrxml_el(_dhrxml_el(root, "w:lists"), "w:listDef", w_listDefId="0")
    for ilvl, (nfc, text, style) in enumerate([("0", "%1.", "Heading1"), ("23" if bullet else "0",
                                                "\u00b7" if bullet else "%1.%2", "NumberedPara")]):
        lvl = _dhrxml_el(ldef, "w:lvl", w_ilvl=str(ilvl))
        for name, value in (("w:start", "1"), ("w:nfc", nfc), ("w:pStyle", style), ("w:lvlText", text)):
            _dhrxml_el(lvl, name, w_val=value)
    _dhrxml_el(_dhrxml_el(root[0], "w:list", w_ilfo="1"), "w:ilst", w_val="0")
    styles = _dhrxml_el(root, "w:styles")
    for sid, name, ilvl in (("Normal", "Normal", None), ("Heading1", "heading 1", "0"),
                            ("NumberedPara", "Numbered Para", "1")):
        style = _dhrxml_el(styles, "w:style", w_type="paragraph", w_styleId=sid)
        _dhrxml_el(style, "w:name", w_val=name)
        if ilvl is not None:
            lpr = _dhrxml_el(_dhrxml_el(style, "w:pPr"), "w:listPr")
            _dhrxml_el(lpr, "w:ilvl", w_val=ilvl)
            _dhrxml_el(lpr, "w:ilfo", w_val="1")
    body = _dhrxml_el(root, "w:body")
    sect = _dhrxml_el(body, "wx:sect")
    _dhrxml_para(sect, "Overview report (FICTIONAL)")
    last = _dhrxml_para(sect, "The panel met six times, and its report follows.")
    spr = _dhrxml_el(last[0], "w:sectPr")
    for part, words in (("w:hdr", "OFFICIAL"), ("w:ftr", "Page 2")):
        _dhrxml_para(_dhrxml_el(spr, part, w_type="odd"), words)
    sect = _dhrxml_el(_dhrxml_el(body, "wx:sect"), "wx:sub-section")
    _dhrxml_para(sect, "Findings", "Heading1", "1." if hints else None)
    p = _dhrxml_para(sect, f"In March {_DHRXML_TEXT}.", "NumberedPara", "1.1" if hints else None)
    _dhrxml_el(p, "aml:annotation", aml_id="0", w_type="Word.Bookmark.Start", w_name="_Ref1")
    p = _dhrxml_para(sect, f"In April {_DHRXML_TEXT}.", "NumberedPara", "1.2" if hints else None)
    note = _dhrxml_el(_dhrxml_el(p, "w:r"), "w:footnote")
    _dhrxml_para(note, "Home Office (2016) guidance, FICTIONAL note.")
    _dhrxml_el(_dhrxml_el(_dhrxml_el(sect, "w:p"), "w:r"), "w:br", w_type="page")
    p = _dhrxml_para(sect, f"In May {_DHRXML_TEXT}", "NumberedPara", "1.3" if hints else None)
    for kind, words in (("Word.Deletion", " and by the police twice"), ("Word.Insertion", " and by her GP")):
        run = _dhrxml_el(_dhrxml_el(_dhrxml_el(p, "aml:annotation", aml_id="2", w_type=kind), "aml:content"), "w:r")
        _dhrxml_el(run, "w:delText" if kind == "Word.Deletion" else "w:t", words)
    _dhrxml_el(_dhrxml_el(p, "w:r"), "w:t", ".")
    comment = _dhrxml_el(_dhrxml_el(p, "w:r"), "aml:annotation", aml_id="1", w_type="Word.Comment")
    _dhrxml_para(_dhrxml_el(comment, "aml:content"), "1.3 and 1.1 say the same: keep one?")
    spr = _dhrxml_el(body[-1], "w:sectPr")
    if next_section:
        _dhrxml_el(spr, "w:type", w_val=next_section)
    _dhrxml_el(_dhrxml_el(spr, "w:hdr", w_type="odd"), "w:p")
    path.write_bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
                     .replace(b"?>", b'?>\n<?mso-application progid="Word.Document"?>', 1))
    return path


def _dhrxml_read(path: Path) -> list[tuple[str | None, int | None, str]]:
    from inquiry_lessons.index.ingest.parse import parse
    from inquiry_lessons.index.ingest.passages import cut_passages

    return [(p.paragraph, p.page, p.text) for p in cut_passages(parse(path).blocks, "fict")]


def test_a_word_2003_xml_document_is_read_with_its_printed_numbers_and_pages_and_none_of_the_tools_text(
        tmp_path: Path):
    """parse/wordml2003.py: a paragraph's number is Word's hint of what it printed; the header, footer, footnote,
    comment and tracked deletion are no text (the insertion is); pages: 1 + the page break and the next-page section
    break before each paragraph. Near-miss: a continuous section break starts no page."""
    got = _dhrxml_read(_dhrxml_file(tmp_path / "fict.xml"))
    assert [(label, page) for label, page, _ in got if label] == [("1.1", 2), ("1.2", 2), ("1.3", 3)]
    words = " ".join(text for _, _, text in got)
    assert not any(w in words for w in ("OFFICIAL", "Page 2", "Home Office", "keep one", "police twice"))
    assert next(text for label, _, text in got if label == "1.3").endswith("to her and by her GP.")
    got = _dhrxml_read(_dhrxml_file(tmp_path / "fict.xml", next_section="continuous"))
    assert [(label, page) for label, page, _ in got if label] == [("1.1", 1), ("1.2", 1), ("1.3", 2)]


def test_a_word_2003_xml_document_without_words_hints_counts_its_list_numbers_and_a_bullet_is_no_number(
        tmp_path: Path):
    """parse/wordml2003.py: with no wx:t hints (a file another program wrote) the labels are counted from w:lists,
    the paragraph's list and level its style's. Near-miss: a bullet level prints no number, hint or not."""
    got = _dhrxml_read(_dhrxml_file(tmp_path / "fict.xml", hints=False))
    assert [label for label, _, _ in got if label] == ["1.1", "1.2", "1.3"]
    for hints in (True, False):
        got = _dhrxml_read(_dhrxml_file(tmp_path / "fict.xml", hints=hints, bullet=True))
        assert not any(label for label, _, _ in got) and any(text.startswith("In May") for _, _, text in got)


def test_an_xml_file_is_read_only_when_it_is_a_word_2003_document(tmp_path: Path):
    """parse/wordml2003.py recognises the format by its root element (w:wordDocument in Word 2003's namespace),
    whatever its prefix; any other .xml is refused with one line: a site map, a Word 2007 flat package (told to be
    saved as .docx), and a file declaring entities."""
    import pytest

    from inquiry_lessons.index.errors import ResourceLimit, UnsupportedFormat
    from inquiry_lessons.index.ingest.parse import parse

    path = _dhrxml_file(tmp_path / "fict.xml")
    path.write_bytes(path.read_bytes().replace(b"<w:", b"<ns0:").replace(b"</w:", b"</ns0:")
                     .replace(b" w:", b" ns0:").replace(b"xmlns:w=", b"xmlns:ns0="))
    assert [label for label, _, _ in _dhrxml_read(path) if label] == ["1.1", "1.2", "1.3"]
    bad = tmp_path / "sitemap.xml"
    bad.write_text('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url>'
                   "<loc>https://example.org/review</loc></url></urlset>")
    with pytest.raises(UnsupportedFormat, match="not a Word 2003 XML document"):
        parse(bad)
    bad.write_text('<?xml version="1.0"?><?mso-application progid="Word.Document"?><pkg:package xmlns:pkg='
                   '"http://schemas.microsoft.com/office/2006/xmlPackage"><pkg:part pkg:name="/word/document.xml"/>'
                   "</pkg:package>")
    with pytest.raises(UnsupportedFormat, match=r"save it as \.docx"):
        parse(bad)
    bad.write_bytes(path.read_bytes().replace(b"?>", b'?><!DOCTYPE x [<!ENTITY e "x">]>', 1))
    with pytest.raises(ResourceLimit):
        parse(bad)


def test_paragraphs_set_with_a_first_line_indent_and_no_space_between_are_parted_at_each_indent(tmp_path: Path):
    """fresh52's WPS Office PDF (after its look): a foreword's paragraphs, each begun two characters in from the
    margin, no space between them; the first begins indented too, so a second indented line after a finished
    sentence is a new paragraph, not one line of the first's. (FICTIONAL.)"""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from inquiry_lessons.index.ingest.parse.pdf import parse_pdf

    first = ["In February the panel met the family at home and heard how the", "illness had changed him over three",
             "years, long before anyone named it."]
    second = ["This review is about how an illness that changes behaviour can", "be mistaken for drink, for anger and",
              "for choices freely made."]
    path = tmp_path / "fict-foreword.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(90, 760, "Foreword")
    c.setFont("Helvetica", 10.5)
    y = 730.0
    for para in (first, second):
        for k, line in enumerate(para):
            c.drawString(111 if k == 0 else 90, y, line)
            y -= 16
    c.save()
    paras = [b.text for b in parse_pdf(path).blocks if b.kind == "para"]
    assert paras == [" ".join(first), " ".join(second)]
