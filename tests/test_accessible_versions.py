"""Versions of a report made for other readers (blind round 48): a page built for screen readers and listeners,
whose glossary terms are buttons in running text with their definitions in hidden tooltips, and whose audio
players carry fallback text. All text FICTIONAL. (The Easy Read booklet, the dyslexia-friendly PDF and the audio
transcript are read in test_blind_layouts.py and test_plain_text.py.)"""

from __future__ import annotations

from inquiry_lessons.index.ingest.parse.html import parse_html_bytes
from inquiry_lessons.index.ingest.passages import cut_passages

PAGE = """<html><body><main>
<h1>Review of Mrs T (FICTIONAL)</h1>
<audio controls src="ch2.mp3">Your browser cannot play this. Listen to paragraphs 2.1 to 2.3.</audio>
<h2>2. Findings</h2>
<p><span class="para-num" aria-label="Paragraph 2.1">2.1</span> The first
<button type="button" class="glossary-term" aria-describedby="d1">section 42 enquiry</button><span role="tooltip"
id="d1" hidden>An enquiry the council must make when an adult may be at risk.</span> was opened within two days.</p>
<p><span class="para-num" aria-label="Paragraph 2.2">2.2</span> The chair's summary called it a
<button type="button" class="glossary-term">capacity assessment</button><span class="tip" hidden>A check of whether a
person can make a decision.</span> in the minutes.</p>
<p><span class="para-num" aria-label="Paragraph 2.3">2.3</span> Nobody asked her what she wanted.</p>
<details><summary>More</summary><div hidden="until-found">2.4 The landlord recorded the arrears.</div></details>
</main></body></html>"""


def test_a_glossary_term_is_the_paragraphs_word_and_its_hidden_definition_is_not():
    passages = {p.paragraph: p.text for p in cut_passages(parse_html_bytes(PAGE.encode(), "t.html").blocks, "t")
                if p.paragraph}
    assert passages["2.1"] == "The first section 42 enquiry was opened within two days."
    assert passages["2.2"] == "The chair's summary called it a capacity assessment in the minutes."
    assert "Listen to" not in " ".join(passages.values())
    assert passages.get("2.4") == "The landlord recorded the arrears."  # hidden until found: a search shows it


TABS = """<html><body><main><h1>Review of Mr F (FICTIONAL)</h1>
<ul role="tablist"><li><a role="tab" href="#p1"><span>1</span> Introduction</a></li>
<li><a role="tab" href="#p2"><span>2</span> Findings</a></li></ul>
<section role="tabpanel" id="p1"><p>Section 1 of 2</p><p>1.1 The nurse saw him at home.</p>
<p>1.2 The school heard nothing.</p></section>
<section role="tabpanel" id="p2" hidden><p>Section 2 of 2</p><p>2.1 Nobody asked him what he wanted.</p></section>
<p class="note" hidden>Cookies are used on this site.</p>
</main></body></html>"""


def test_a_review_in_tabs_is_read_whole_with_the_hidden_panels():
    """A board's page holding a review as tabs (blind round 51): a panel the page hides until its tab is chosen is
    text of the review, and "Section 2 of 2" is the page's furniture; other hidden elements are still left out."""
    passages = [p for p in cut_passages(parse_html_bytes(TABS.encode(), "t.html").blocks, "t") if p.paragraph]
    assert [(p.paragraph, p.text) for p in passages] == [
        ("1.1", "The nurse saw him at home."), ("1.2", "The school heard nothing."),
        ("2.1", "Nobody asked him what he wanted.")]
