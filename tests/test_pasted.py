"""A review copied out of its PDF and pasted into Word or a web page's editor (parse/pasted.py), and what
typesetting and accessibility tools leave in a file: ligatures only an ActualText spells, an expert font's
figures, Word's non-breaking hyphen, a number's own span before its stop, a number printed twice in the markup.
All text is FICTIONAL."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from inquiry_lessons.index.ingest.clean import Line, normalise_text
from inquiry_lessons.index.ingest.parse import parse
from inquiry_lessons.index.ingest.parse.pasted import unpasted
from inquiry_lessons.index.types import Block

HEAD = "Wenmoor Safeguarding Children Partnership – Practice Review – Child R (fictional)"


def test_a_pasted_pdfs_folios_and_running_head_go_and_its_broken_words_join():
    lines = ["3.3 The school nurse saw the mould in the bedroom and told the family doctor at Marl-",
             "beck Cross in November.", "Page 2 of 4", HEAD,
             "3.4 Nobody asked who else stayed at the house. The health visitor left a card.",
             "Page 3 of 4", HEAD, "4.1 Interpre- ters were not offered; short- and long-term plans were not made."]
    blocks = unpasted([Block(text=t) for t in lines])
    assert [b.text for b in blocks] == [
        "3.3 The school nurse saw the mould in the bedroom and told the family doctor at Marlbeck Cross in November.",
        "3.4 Nobody asked who else stayed at the house. The health visitor left a card.",
        "4.1 Interpreters were not offered; short- and long-term plans were not made."]


def test_folios_inside_a_paragraph_go_with_the_head_beside_them():
    head = "Pellbridge CSP – DHR ‘Joanna’ – Executive Summary"
    blocks = unpasted([Block(text=f"2.2 Practitioners were Page 1 of 4 {head} unaware that his bail had lapsed."),
                       Block(text=f"3.1 The texts were Page 2 of 4 {head} not seen as threats.")])
    assert [b.text for b in blocks] == ["2.2 Practitioners were unaware that his bail had lapsed.",
                                        "3.1 The texts were not seen as threats."]


def test_a_document_without_two_folios_is_left_as_it_is():
    blocks = [Block(text="See Page 2 of 4 of the action plan for the pre- and post-birth meetings.")]
    assert [b.text for b in unpasted(blocks)] == [blocks[0].text]


def test_a_ligature_only_actualtext_spells_is_read_from_the_words_it_makes():
    from inquiry_lessons.index.ingest.parse.pdf import _with_ligatures

    texts = ["1.1 Of(cid:192)cers (cid:192)rst (cid:193)agged the con(cid:193)ict in the (cid:193)at.",
             "The of(cid:192)cer con(cid:192)rmed the (cid:193)uctuating (cid:193)ow (cid:9)here."]
    pages = [[Line(text=t, page=1) for t in texts]]
    out = _with_ligatures(pages)
    assert out[0][0].text == "1.1 Officers first flagged the conflict in the flat."
    assert out[0][1].text == "The officer confirmed the fluctuating flow here."  # a glyph of no word: left out


def test_an_expert_fonts_old_style_figures_and_small_capitals_are_plain_ones():
    assert normalise_text("\uf732.\uf733 \uf764\uf768\uf772 report") == "2.3 dhr report"


def test_words_joined_by_words_non_breaking_hyphen_keep_it(tmp_path: Path):
    doc = Document()
    p = doc.add_paragraph()
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:t>1.1 Multi</w:t><w:noBreakHyphen/><w:t>agency safe</w:t>'
                          '<w:softHyphen/><w:t>guarding arrangements were reviewed in 2023.</w:t></w:r>'))
    doc.save(tmp_path / "breaks.docx")
    texts = [b.text for b in parse(tmp_path / "breaks.docx").blocks]
    assert texts == ["1.1 Multi-agency safeguarding arrangements were reviewed in 2023."]


def test_a_numbers_own_span_before_its_stop_and_a_number_printed_twice_in_the_markup(tmp_path: Path):
    body = "".join(
        f'<div class="row"><div class="col-1"><a aria-hidden="true" href="#p{n}">2.1.{n}</a></div>'
        f'<div class="col-11"><p><span class="visually-hidden">Paragraph 2.1.{n}: </span>'
        f'<span class="d-print-inline">2.1.{n}&nbsp;</span>The panel met on day {n} of the review.</p></div></div>'
        for n in (1, 2, 3))
    (tmp_path / "twice.html").write_text(f"<html><body><h2>2.1 Introduction</h2>{body}</body></html>", "utf-8")
    texts = [b.text for b in parse(tmp_path / "twice.html").blocks if b.kind == "para"]
    assert texts == [f"2.1.{n} The panel met on day {n} of the review." for n in (1, 2, 3)]
    spans = "".join(f'<p><span class="numbers">{n}</span>. The review met {n} times.</p>' for n in (1, 2))
    (tmp_path / "spans.html").write_text(f"<html><body>{spans}</body></html>", "utf-8")
    assert [b.text for b in parse(tmp_path / "spans.html").blocks] == ["1. The review met 1 times.",
                                                                     "2. The review met 2 times."]


def test_a_scans_common_ocr_slips_are_mended_and_clean_words_are_not():
    from inquiry_lessons.index.ingest.parse.pdf import _mended

    texts = ["He drove until l998 and in 2O19 the farnily rnoney ran out.",
             "The family money was gone. Modern turn Kearney Hornby IOI 10l Barnes",
             "the surnmer and the return of the corn, clairned rnodest"]
    out = [ln.text for ln in _mended([[Line(text=t, page=1) for t in texts]])[0]]
    assert out == ["He drove until 1998 and in 2019 the family money ran out.",
                   "The family money was gone. Modern turn Kearney Hornby IOI 10l Barnes",
                   "the summer and the return of the corn, claimed modest"]


def test_a_glossary_set_without_rules_is_rows_not_two_columns():
    from inquiry_lessons.index.ingest.parse.gutters import Band, LineBox
    from inquiry_lessons.index.ingest.parse.table_bands import term_table

    def line(top: float, *runs: tuple[float, float]) -> LineBox:
        return LineBox(top=top, bottom=top + 10, top_max=top, runs=runs)

    glossary = [line(100 + 20 * i, (72, 72 + w), (190, 500)) for i, w in enumerate((18, 65, 50, 90, 15, 25))]
    prose = [line(100 + 12 * i, (72, 290), (310, 523)) for i in range(8)]
    assert term_table(Band(0, 5, (180.0,)), glossary)
    assert not term_table(Band(0, 7, (300.0,)), prose)
