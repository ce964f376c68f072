"""A SharePoint page saved from the browser (fresh27's Cradlow review, FICTIONAL): its site header and byline are
page chrome, and a collapsible section's heading inside its toggle button is still a heading, so the section after
the last recommendation does not run into it."""

from __future__ import annotations

from inquiry_lessons.index.ingest.parse import parse
from inquiry_lessons.index.ingest.passages import cut_passages

PAGE = """<!DOCTYPE html><html><head><title>Review (FICTIONAL)</title></head><body>
<div class="ms-siteHeader" role="navigation"><span class="ms-siteHeader-siteName">Fenwold Board</span>
<ul><li><a href="#">Home</a></li><li><a href="#">Training</a></li></ul></div>
<div class="SPCanvas" role="main">
<h1>Review: Ada (fictional)</h1>
<div class="ms-pageByline">By Business Manager · Published <time>18 September 2024</time></div>
<h2>Findings</h2>
<p><strong>1</strong> The surgery saw the injuries as accidents and wrote to nobody about them.</p>
<p><strong>2</strong> The district nurses were not told about the falls that the family reported.</p>
<p><strong>3</strong> No agency asked Ada what she wanted, though she could have said.</p>
<p><strong>Recommendation 1:</strong> The board should make sure every agency asks the person first.</p>
<div class="CanvasZone"><button class="ms-collapsibleSection-header" aria-expanded="false"><h2>Glossary</h2></button>
<div class="ms-collapsibleSection-content"><table><tr><td>DN</td><td>District nurse</td></tr></table></div></div>
</div></body></html>"""


def test_a_sharepoint_pages_chrome_goes_and_its_collapsed_glossary_keeps_its_heading(tmp_path) -> None:
    path = tmp_path / "review.html"
    path.write_text(PAGE, encoding="utf-8")
    blocks = parse(path).blocks
    assert not any(b.text.startswith(("Fenwold Board", "Home", "By Business Manager")) for b in blocks)
    assert "Glossary" in [b.text for b in blocks if b.kind == "heading"]
    passages = [p for p in cut_passages(blocks, "t") if p.paragraph]
    assert passages[-1].paragraph == "Recommendation 1" and "District nurse" not in passages[-1].text
