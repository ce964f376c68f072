"""Paragraph numbers printed only by a style sheet's counters (Google Docs' HTML export), read as typed numbers.
The page below is FICTIONAL."""

from __future__ import annotations

from inquiry_lessons.index.ingest.parse import parse

STYLE = """@import url('https://example.invalid/fonts.css');
.lst-kix_k1-0>li:before{content:"" counter(lst-ctn-kix_k1-0,decimal) ". "}
.lst-kix_k1-1>li:before{content:"" counter(lst-ctn-kix_k1-0,decimal) "." counter(lst-ctn-kix_k1-1,decimal) " "}
.lst-kix_k1-0>li{counter-increment:lst-ctn-kix_k1-0}
.lst-kix_k1-1>li{counter-increment:lst-ctn-kix_k1-1}
.lst-kix_k1-0.start{counter-reset:lst-ctn-kix_k1-0 0}
.lst-kix_k1-1.start{counter-reset:lst-ctn-kix_k1-1 0}
.lst-kix_b2-0>li:before{content:"\\0025cf   "}
.lst-kix_r3-0>li:before{content:"" counter(lst-ctn-kix_r3-0,lower-roman) ") "}
.lst-kix_r3-0>li{counter-increment:lst-ctn-kix_r3-0}
"""
SENTENCE = ("The fictional service did not share what it knew with the other agencies working with the family at the "
            "time, and the records it kept of each visit said little about how the child was or what the child said "
            "to the workers who came to the house")


def _page(tmp_path):
    def para(n: int) -> str:
        return f'<li class="c2"><span class="c1">{SENTENCE}, note {n}, and nobody asked it to.</span></li>'

    body = (f'<ol class="lst-kix_k1-0 start" start="1"><li><h2 style="display:inline"><span>Introduction</span></h2>'
            f'</li></ol><ol class="lst-kix_k1-1 start" start="1">{para(1)}{para(2)}</ol>'
            f'<h3>A sub-heading</h3><ol class="lst-kix_k1-1" start="3">{para(3)}</ol>'
            f'<ol class="lst-kix_b2-0 start"><li>a bullet point here</li><li>another bullet point</li></ol>'
            f'<ol class="lst-kix_k1-0" start="2"><li><h2 style="display:inline"><span>Findings</span></h2></li></ol>'
            f'<ol class="lst-kix_k1-1 start" start="1">{para(4)}{para(5)}</ol>')
    path = tmp_path / "gdocs.html"
    path.write_text(f"<html><head><style>{STYLE}</style></head><body class='doc-content'>"
                    f"<div><p>Fictional Partnership - page header</p></div><p>FICTIONAL</p>{body}</body></html>",
                    encoding="utf-8")
    return parse(path).blocks


def test_counters_number_paragraphs_and_chapters(tmp_path):
    blocks = _page(tmp_path)
    headings = [b.text for b in blocks if b.kind == "heading"]
    assert headings[:1] == ["1. Introduction"] and "2. Findings" in headings and "A sub-heading" in headings
    paras = [b.text.split(" ")[0] for b in blocks if b.kind == "para" and SENTENCE[:20] in b.text]
    # the list goes on after the sub-heading (3) and starts again under the next chapter
    assert paras == ["1.1", "1.2", "1.3", "2.1", "2.2"]
    assert [b.text for b in blocks if b.kind == "bullet"] == ["a bullet point here", "another bullet point"]
    assert not any("page header" in b.text for b in blocks)  # Google Docs' page header, first in the body


def test_a_counter_style_is_printed_as_styled():
    from bs4 import BeautifulSoup

    from inquiry_lessons.index.ingest.parse.html_counters import css_counters

    soup = BeautifulSoup(f"<style>{STYLE}</style><ol class='lst-kix_r3-0'><li>first</li><li>second</li>"
                         f"<li>third</li><li>fourth</li></ol>", "lxml")
    assert css_counters(soup) == 4
    assert [li.get_text() for li in soup.find_all("li")] == ["i) first", "ii) second", "iii) third", "iv) fourth"]


def test_a_number_a_style_sheet_prints_from_an_attribute_and_a_figure_caption(tmp_path):
    """A content-managed page keeps each number in an attribute that only ``content: attr(...)`` shows; an
    icon's glyph printed the same way is no number; an image's caption between two paragraphs belongs to
    neither (FICTIONAL page)."""
    style = (".numbered::before{content: attr(data-number); position:absolute}"
             ".chapter::before{content: attr(data-chapter) '. '}"
             "a.icon::before{content: attr(data-icon)}")
    body = ('<h2 class="chapter" data-chapter="3">What happened</h2>'
            f'<div class="numbered" data-number="3.1"><p>{SENTENCE}.</p><a class="icon" data-icon="→" href="#">'
            'link</a></div>'
            '<figure><img src="x.jpg" alt=""><figcaption>Figure 1: the ward (posed, FICTIONAL)</figcaption></figure>'
            f'<div class="numbered" data-number="3.2"><p>{SENTENCE}, again.</p></div>')
    path = tmp_path / "cms.html"
    path.write_text(f"<html><head><style>{style}</style></head><body><main>{body}</main></body></html>",
                    encoding="utf-8")
    texts = [b.text for b in parse(path).blocks]
    assert texts[0] == "3. What happened"
    assert any(t.startswith(f"3.1 {SENTENCE[:30]}") for t in texts)
    assert any(t.startswith(f"3.2 {SENTENCE[:30]}") for t in texts)
    assert not any("Figure 1" in t or "→" in t for t in texts)


def test_counters_that_any_elements_rules_reset_and_step(tmp_path):
    """A hand-made page: each h2 steps the section and resets the paragraph counter, p.para::before prints
    "2.1"; an unnumbered h2 steps nothing, and its glossary text is not numbered."""
    css = ("main h2 { counter-increment: section; counter-reset: para; }\n"
           "main h2::before { content: counter(section) \". \"; }\n"
           "main h2.unnumbered { counter-increment: none; }\n"
           "main h2.unnumbered::before { content: none; }\n"
           "main p.para { counter-increment: para; }\n"
           "main p.para::before { content: counter(section) \".\" counter(para); }\n")
    para = f"<p class='para'>{SENTENCE}.</p>"
    path = tmp_path / "counters.html"
    path.write_text(f"<html><head><style>{css}</style></head><body><main><h1>FICTIONAL review</h1>"
                    f"<h2>Introduction</h2>{para}{para}<h2 class='unnumbered'>Glossary</h2>"
                    f"<p>3.2 assessment: a form.</p>"
                    f"<h2>Findings</h2>{para}</main></body></html>", encoding="utf-8")
    texts = [b.text for b in parse(path).blocks]
    assert [t.split()[0] for t in texts if t.startswith(("1.", "2.")) and len(t) > 40] == ["1.1", "1.2", "2.1"]
    assert "1. Introduction" in texts and "Glossary" in texts and "2. Findings" in texts


def test_nested_lists_numbered_by_counters_in_scope(tmp_path):
    """Sections and their paragraphs as nested <ol>s numbered only by ``counters(para, ".")``: each list's
    reset nests inside its section's count ("2.1"); a list resumed after a sub-heading with ``counter-reset:
    none`` counts on (2.3); a section's item holding its heading is a section, not a bullet; an item whose
    lettered list is followed by a closing paragraph keeps all three in order."""
    css = ("ol.sections, ol.sections ol { list-style: none; counter-reset: para; }\n"
           "ol.sections > li, ol.sections ol > li { counter-increment: para; }\n"
           "ol.sections > li > h2::before { content: counters(para, \".\") \". \"; }\n"
           "ol.sections ol > li::before { content: counters(para, \".\"); }\n"
           "ol.sections ol.continued { counter-reset: none; }\n"
           "ol.sections ol.alpha { counter-reset: none; list-style: lower-alpha; }\n"
           "ol.sections ol.alpha > li { counter-increment: none; }\n"
           "ol.sections ol.alpha > li::before { content: none; }\n")
    item = f"<li><p>{SENTENCE}.</p></li>"
    lettered = (f"<li><p>{SENTENCE}. Every visit should:</p><ol class='alpha'><li>see the bedroom;</li>"
                f"<li>say who was there.</li></ol><p>The panel agreed.</p></li>")
    path = tmp_path / "nested.html"
    path.write_text(f"<html><head><style>{css}</style></head><body><main><h1>FICTIONAL review</h1>"
                    f"<p>Published in 2025. FICTIONAL: for software testing.</p>"
                    f"<ol class='sections'><li><h2>Introduction</h2><ol>{item * 3}</ol></li>"
                    f"<li><h2>Findings</h2><ol>{item}{lettered}</ol><h3>Later</h3><ol class='continued'>{item}</ol>"
                    f"</li><li><h2>Learning</h2><ol>{item * 3}</ol></li></ol></main></body></html>", encoding="utf-8")
    from inquiry_lessons.index.ingest.passages import cut_passages

    passages = cut_passages(parse(path).blocks, "fict")
    by = {p.paragraph: p.text for p in passages if p.paragraph}
    assert list(by) == ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3"]
    assert by["2.2"].endswith("Every visit should:\n• see the bedroom;\n• say who was there.\nThe panel agreed.")
    assert "2. Findings" in [b.text for b in parse(path).blocks if b.kind == "heading"]


def test_acrobats_export_steps_its_counters_on_each_items_first_child(tmp_path):
    """Acrobat's "Export PDF > HTML": each list resets its counter, each item's first child's ::before steps it
    (by 0 on the first item), a list resumed after a figure resets to where it goes on; a paragraph whose first
    words were bold is an <h1> holding the whole paragraph."""
    css = ("li {display: block; }\n#l1 {counter-reset: c1 1; }\n"
           "#l1> li>*:first-child:before {counter-increment: c1; content: counter(c1, decimal)\". \"; }\n"
           "#l1> li:first-child>*:first-child:before {counter-increment: c1 0; }\n")
    for n, start in ((2, 1), (3, 3)):
        css += (f"#l{n} {{counter-reset: c2 {start}; }}\n#l{n}> li>*:first-child:before {{counter-increment: c2; "
                f"content: counter(c1, decimal)\".\"counter(c2, decimal)\" \"; }}\n"
                f"#l{n}> li:first-child>*:first-child:before {{counter-increment: c2 0; }}\n")
    item = f"<li><p>{SENTENCE}.</p></li>"
    bold = f"<li><h1>Hospital discharge. <span class='p'>{SENTENCE}. {SENTENCE}.</span></h1></li>"
    path = tmp_path / "acrobat.html"
    path.write_text(f"<html><head><style>{css}</style></head><body><p>FICTIONAL</p><ol id='l1'><li>"
                    f"<h1>Introduction</h1><ol id='l2'>{bold}{item}</ol><p>Figure 1: a chart</p>"
                    f"<ol id='l3'>{item}</ol></li><li><h1>Findings</h1></li></ol></body></html>", encoding="utf-8")
    blocks = parse(path).blocks
    assert [b.text.split()[0] for b in blocks if b.kind == "para" and len(b.text) > 40] == ["1.1", "1.2", "1.3"]
    assert [b.text for b in blocks if b.kind == "heading"] == ["1. Introduction", "2. Findings"]
