"""Paragraph numbers in forms the blind layouts showed (tests/test_blind_layouts.py), each with the look-alike
that must not be read as one. All text is invented."""

from __future__ import annotations

from pathlib import Path

from inquiry_lessons.index.ingest.clean import Line, drop_running_matter
from inquiry_lessons.index.ingest.parse.common import looks_like_heading_text
from inquiry_lessons.index.ingest.parse.drop_caps import drop_caps
from inquiry_lessons.index.ingest.parse.html import parse_html
from inquiry_lessons.index.ingest.parse.margin_numbers import line_numbers, margin_numbers, right_margin_numbers
from inquiry_lessons.index.ingest.parse.subheadings import italic_headings

PROSE = " ".join(["The practitioner recorded the visit but did not share it with the school."] * 4)


def test_an_ordered_list_of_prose_paragraphs_numbers_them_and_other_lists_do_not(tmp_path: Path):
    path = tmp_path / "judgment.html"
    path.write_text(f"""<html><body><main><p>[1] The hearing began in March.</p>
        <ol start="40"><li>{PROSE}</li><li value="43">{PROSE}</li><li>{PROSE}</li></ol>
        <p>5.1 The review recommends:</p><ol><li>training for staff;</li><li>a new protocol.</li></ol>
        <div class="footnotes"><ol><li id="fn:1"><p>{PROSE}</p></li><li id="fn:2"><p>{PROSE}</p></li></ol></div>
        </main></body></html>""", encoding="utf-8")
    blocks = parse_html(path).blocks
    assert [b.text.split(" ", 1)[0] for b in blocks if b.kind == "para"] == ["[1]", "40.", "43.", "44.", "5.1"]
    assert [b.kind for b in blocks].count("bullet") == 2  # the recommendations
    assert sum(PROSE in b.text for b in blocks) == 3  # footnotes are left out, as a PDF's are


def _line(text: str, x0: float, page: int = 1, top: float = 100.0) -> Line:
    return Line(text=text, page=page, top=top, bottom=top + 10, x0=x0, x1=500.0, size=10.5,
                page_height=842.0, page_width=595.0)


def test_bare_numbers_hanging_in_the_margin_and_counting_on_are_paragraph_numbers():
    lines = []
    for n in (5, 6, 7, 8):  # each paragraph: its number hanging left of the column, then two lines at it
        lines += [_line(f"{n} Mr P was seen by his GP.", 109.0), _line("He lived alone.", 122.0),
                  _line("He did not drink.", 122.0)]
    out = margin_numbers(lines, margin=122.0)
    assert [ln.text.split(" ", 1)[0] for ln in out[::3]] == ["5.", "6.", "7.", "8."]
    assert all(ln.text.startswith("He") for i, ln in enumerate(out) if i % 3)


def test_bare_numbers_in_the_right_margin_move_to_their_line_start():
    # a ragged-right column ending about x 450, each paragraph's number set at x 507 beside its first line;
    # a line of the text that ends with a number ("aged 15") ends inside the column and keeps it
    import dataclasses

    lines = []
    for n in (1, 2, 3, 4):
        lines += [dataclasses.replace(_line(f"Mrs D was seen at home by the nurse {n}", 62.0), x1=507.0),
                  dataclasses.replace(_line("who noted that the carer had left her son aged 15", 62.0), x1=430.0),
                  dataclasses.replace(_line("alone at the house, and that the door was not locked", 62.0), x1=445.0),
                  dataclasses.replace(_line("overnight.", 62.0), x1=120.0)]
    out = right_margin_numbers(lines)
    assert [ln.text for ln in out[::4]] == [f"{n}. Mrs D was seen at home by the nurse" for n in (1, 2, 3, 4)]
    assert all(ln.text.endswith(("aged 15", "locked", "overnight.")) for i, ln in enumerate(out) if i % 4)
    flush = [dataclasses.replace(ln, x1=440.0) if i % 4 == 0 else ln for i, ln in enumerate(lines)]
    assert right_margin_numbers(flush) == flush  # numbers that end lines inside the column are the text's


def test_two_level_numbers_in_a_booklets_outer_margin_are_found_page_by_page():
    # a booklet: odd pages' text ends at x 400 with numbers beside it at 430, even pages' text is set further
    # right and ends at x 470; measured over the whole document, an odd page's number would sit inside the text
    import dataclasses

    lines, numbers = [], ["1.1", "1.2", "2.1", "2.2"]
    for page, pair in ((3, numbers[:2]), (5, numbers[2:])):
        for n in pair:
            lines += [dataclasses.replace(_line(f"The carer rang the duty team twice {n}", 62.0, page), x1=430.0),
                      *[dataclasses.replace(_line("and nobody called her back that week", 62.0, page), x1=400.0)] * 3]
    lines += [dataclasses.replace(_line("Text on an even page, set further right", 120.0, 4), x1=470.0)] * 8
    out = right_margin_numbers(lines)
    assert [ln.text for ln in out if ln.text[0].isdigit()] == [f"{n} The carer rang the duty team twice"
                                                              for n in numbers]


def test_line_numbers_by_fives_and_numbers_at_the_margin_are_not():
    by_fives = [_line(f"{n} the witness said that", 109.0) for n in (5, 10, 15, 20, 5, 10)]
    assert margin_numbers(by_fives, margin=122.0) == by_fives
    at_margin = [_line(f"{n} people attended the event.", 122.0) for n in (1, 2, 3, 4)]
    at_margin += [_line("They met at the school.", 122.0)] * 4
    assert margin_numbers(at_margin, margin=122.0) == at_margin


def test_numbers_alone_at_the_tops_of_pages_are_not_a_running_header():
    pages = []
    for p, top_line in enumerate(["1.4", "Page 2", "2.5", "Page 4", "3.9", "Page 6", "4.9", "Page 8"], start=1):
        pages.append([_line(top_line, 72.0, page=p, top=60.0),
                      _line(f"The family were told about review {'ABCDEFGH'[p - 1]} at the outset.", 72.0, page=p,
                            top=90.0),
                      _line(str(p), 290.0, page=p, top=800.0)])
    kept = [[ln.text for ln in lines] for lines in drop_running_matter(pages)]
    assert [lines[0] for lines in kept[::2]] == ["1.4", "2.5", "3.9", "4.9"]
    assert all(lines[0].startswith("The family") for lines in kept[1::2])  # "Page 2" ... are page numbers
    assert all(str(p) not in lines for p, lines in enumerate(kept, start=1))  # the footers' page numbers


def test_margin_numbers_are_measured_from_their_own_column():
    lines = []
    for n, (x_num, x_text, column) in zip((1, 2, 3, 4), [(40.0, 56.0, 1), (40.0, 56.0, 1), (308.0, 324.0, 2),
                                                          (308.0, 324.0, 2)], strict=True):
        line = _line(f"{n} The review was told that the school had concerns.", x_num)
        lines += [Line(**{**line.__dict__, "column": column}),
                  *[Line(**{**_line("It acted on them.", x_text).__dict__, "column": column})] * 3]
    out = margin_numbers(lines, margin=56.0)
    assert [ln.text.split(" ", 1)[0] for ln in out[::4]] == ["1.", "2.", "3.", "4."]


def test_a_paragraph_label_on_a_line_of_its_own_is_no_heading():
    for label in ("Paragraph 12", "Paragraph 3.2", "Para. 7", "PARAGRAPH 4:"):
        assert not looks_like_heading_text(label), label
    for heading in ("Paragraph 12 and the timeline", "Background", "Recommendation 3"):
        assert looks_like_heading_text(heading), heading


def _ln(top: float, text: str, italic: bool = False, **kw) -> Line:
    return Line(text=text, page=1, top=top, bottom=top + 10, x0=56, x1=500, size=10, italic=italic, **kw)


def test_an_italic_line_alone_between_paragraphs_is_a_sub_heading():
    lines = [_ln(100, "3.4 The early help offer was not matched to the risk."),
             _ln(115, "Education and exclusion", True),
             _ln(130, "3.5 The exclusion was a turning point."), _ln(145, "3 Analysis", bold=True),
             _ln(160, "The response to missing episodes", True), _ln(175, "3.6 Child R went missing.")]
    assert italic_headings(lines) == {1, 4}
    # look-alikes: italics inside a sentence, a quotation over several italic lines, a line after a colon
    inside = [_ln(100, "guidance was set out in"), _ln(115, "Working Together to Safeguard Children", True),
              _ln(130, "which the panel considered.")]
    quote = [_ln(100, "She said."), _ln(115, "I told them again and again", True), _ln(130, "and nobody came", True),
             _ln(145, "The panel accepts this.")]
    colon = [_ln(100, "The mother told the review:"), _ln(115, "I just wanted someone to listen", True),
             _ln(130, "The panel accepts this.")]
    assert [italic_headings(x) for x in (inside, quote, colon)] == [set(), set(), set()]


def test_a_pages_line_numbers_are_taken_off_and_paragraph_numbers_stay():
    texts = ["12. The local authority accepts that its involvement", "was not of the standard it expected.", "",
             "13. The social worker gave evidence over a full day", "and I found him honest and reflective."]
    page = [_ln(100 + 16 * k, f"{k + 1} {t}".strip()) for k, t in enumerate(texts * 2)]
    assert [ln.text for ln in line_numbers(page)] == [t for t in texts * 2 if t]
    # look-alike: paragraph numbers alone open lines now and then, counting on through the document
    paras = [_ln(100 + 16 * k, f"{k // 3 + 1} The panel found this." if k % 3 == 0 else "and the rest of it.")
             for k in range(12)]
    assert line_numbers(paras) == paras
    rows = [_ln(100 + 16 * k, f"{k + 1} {100 + k} {200 + k}") for k in range(12)]  # a table's numbered rows
    assert line_numbers(rows) == rows


def test_a_drop_cap_goes_back_into_its_word_after_the_paragraph_number():
    def para(n: int, cap: str, rest: str, top: float) -> list[Line]:
        return [Line(text=cap, page=1, top=top - 4, bottom=top + 40, x0=72, x1=100, size=50),
                Line(text=f"{n} {rest}", page=1, top=top, bottom=top + 10, x0=62, x1=530, size=10)]

    lines = [*para(1, "T", "he panel met the family.", 100), *para(2, "A", "question helped: who else?", 200),
             *para(3, "A", "t four weeks the baby was seen.", 300)]
    got = [ln.text for ln in drop_caps(lines, 10.0, {"at", "the", "who"})]
    assert got == ["1. The panel met the family.", "2. A question helped: who else?",
                   "3. At four weeks the baby was seen."]
    # look-alike: a large capital that opens no line beside it (a section letter) is left alone
    lone = [Line(text="B", page=1, top=100, bottom=150, x0=72, x1=100, size=50),
            Line(text="Appendix text.", page=1, top=300, bottom=310, x0=62, x1=530, size=10)]
    assert drop_caps(lone, 10.0, set()) == lone


def test_a_bold_number_without_a_stop_opens_its_paragraph(tmp_path: Path):
    # "<strong>3</strong>&nbsp; The ..." among "<strong>2.</strong> The ...": the bold sets the number apart
    paras = "".join(f"<p><strong>{n}{'' if n % 3 == 0 else '.'}</strong>&nbsp; {PROSE}</p>" for n in range(1, 10))
    path = tmp_path / "cms.html"
    path.write_text(f"<html><body><main>{paras}<p><strong>Note</strong> the panel met twice.</p></main></body></html>",
                    encoding="utf-8")
    texts = [b.text for b in parse_html(path).blocks]
    assert [t.split(" ", 1)[0] for t in texts[:9]] == [f"{n}." for n in range(1, 10)]
    assert texts[9].startswith("Note the panel")


def test_a_pale_stamp_across_the_page_is_not_text():
    from inquiry_lessons.index.ingest.parse.chars import _stamp

    letter = {"object_type": "char", "size": 46.0, "non_stroking_color": (0.88,)}
    assert _stamp(letter, usual=10.5)  # "PUBLISHED VERSION" in pale grey behind the text
    assert not _stamp({**letter, "non_stroking_color": (0.1, 0.2, 0.5)}, usual=10.5)  # a dark cover title
    assert not _stamp({**letter, "size": 24.0}, usual=10.5)  # a pale heading, not that large


def _cut(texts: list[str]) -> list[tuple[str | None, str]]:
    from inquiry_lessons.index.ingest.passages import cut_passages
    from inquiry_lessons.index.types import Block

    blocks = [Block(text=t, kind="para", page=1) for t in texts]
    return [(p.paragraph, p.text.split(" ")[0]) for p in cut_passages(blocks, "fict")]


def test_a_summary_numbered_in_roman_before_the_reports_own_numbers():
    got = _cut([f"{n}. The summary's point {n} is set out." for n in ("i", "ii", "iii", "iv")]
               + [f"1.{n} The report's paragraph {n} is set out." for n in (1, 2, 3)])
    assert [label for label, _ in got] == ["i", "ii", "iii", "iv", "1.1", "1.2", "1.3"]
    # two roman items alone are a list inside the text, not a numbering
    got = _cut(["1.1 The panel heard:", "i. The nurse saw him.", "ii. The school wrote.", "1.2 Then it met.",
                "1.3 It ended."])
    assert [label for label, _ in got] == ["1.1", "1.2", "1.3"]


def test_another_documents_numbers_quoted_inside_a_paragraph_are_not_the_reports():
    got = _cut(["2.1 The policy was known.", "2.2 The policy says at its paragraphs 4.12 and 4.13:",
                "4.12 Staff should meet.", "4.13 Staff should record the meeting.", "That did not happen.",
                "2.3 The panel asked why.", "3.1 The next chapter.", "5.1 A later chapter.", "5.2 It goes on."])
    assert [label for label, _ in got] == ["2.1", "2.2", "2.3", "3.1", "5.1", "5.2"]
    assert got[1] == ("2.2", "The")  # 4.12, 4.13 and what follows them are the quoting paragraph's


def test_paragraph_lists_inside_a_list_of_chapters_are_numbered(tmp_path: Path):
    # <ol type="I"> of chapters, each its <h2> and a decimal <ol start="N"> of paragraphs counting on
    chapters = "".join(f"<li><h2>Chapter {c}</h2><ol start='{2 * c - 1}'><li><p>{PROSE}</p></li>"
                       f"<li><p>{PROSE}</p></li></ol></li>" for c in (1, 2, 3))
    path = tmp_path / "inquiry.html"
    path.write_text(f"<html><body><main><ol type='I'>{chapters}</ol>"
                    f"<p>Points:</p><ul><li><p>First.</p><ol><li>{PROSE}</li><li>{PROSE}</li></ol></li></ul>"
                    "</main></body></html>", encoding="utf-8")
    blocks = parse_html(path).blocks
    assert [b.text.split(" ", 1)[0] for b in blocks if b.kind == "para" and PROSE in b.text] == \
        ["1.", "2.", "3.", "4.", "5.", "6."]  # not the points' list inside a bullet
    assert [b.text for b in blocks if b.kind == "heading"] == ["Chapter 1", "Chapter 2", "Chapter 3"]


def test_an_accessible_editions_number_lines_and_printed_pages(tmp_path: Path):
    # each number a block of its own before its text (aria-hidden), the print edition's pages as empty markers,
    # one of them inside a paragraph (the next paragraph starts on that page)
    def para(n: int, marker: str = "") -> str:
        half = PROSE[: len(PROSE) // 2]
        return (f'<div class="label" aria-hidden="true"><p class="num"><b>{n}</b></p></div>'
                f'<div class="text" id="para-{n}"><p>{half}{marker} {PROSE[len(half):]}</p>'
                f'<button type="button">Copy link</button></div>')

    page = '<span role="doc-pagebreak" id="page-{0}" aria-label="{0}"></span>'
    path = tmp_path / "accessible.html"
    path.write_text(f"<html><body><main><article>{page.format(1)}<h1>FICTIONAL review</h1>{page.format(2)}"
                    f"<h2>Introduction</h2>{para(1)}{para(2, page.format(3))}{para(3)}{page.format(4)}{para(4)}"
                    "</article></main></body></html>", encoding="utf-8")
    doc = parse_html(path)
    paras = [(b.text.split(" ", 1)[0], b.page) for b in doc.blocks if b.kind == "para" and "practitioner" in b.text]
    assert paras == [("1", 2), ("2", 2), ("3", 3), ("4", 4)] and doc.pages == 4
    assert not any("\ue000" in b.text or b.text in ("1", "2") for b in doc.blocks)
    # a page with no markers has no pages
    path.write_text(f"<html><body><main>{para(1)}{para(2)}</main></body></html>", encoding="utf-8")
    assert {b.page for b in parse_html(path).blocks} == {None}
