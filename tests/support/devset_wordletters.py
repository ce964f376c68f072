"""DOCX writer for the fictional development set, layout ``wordletters``: a review whose chapters are LETTERED and
whose paragraphs are numbered "B.12" by Word's own automatic numbering, as a board's Word template sets it up:

* one ``w:abstractNum`` (``multiLevelType`` "multilevel"): level 1 ``upperLetter`` with ``lvlText`` "%1" linked to
  the style Heading 1 (chapters print "A", "B", "C" ... before their title), level 2 ``decimal`` with ``lvlText``
  "%1.%2" linked to a paragraph style "Numbered Paragraph" (paragraphs print "A.1", "A.2" ... "B.1", restarting under
  each chapter, cited so: numbering ``lettered``); the styles carry the ``w:numPr``, so neither the letters nor the
  numbers are in the text, which starts with its first word;
* subheadings are Heading 2 and unnumbered; the foreword and glossary headings are Heading 1 paragraphs whose own
  ``w:numPr`` sets ``w:numId`` 0 ("None" chosen from the numbering menu);
* bullets from a separate bullet definition; recommendations typed "Recommendation N:" (label in bold) in ordinary
  paragraphs under the lettered chapter "G Recommendations"; the glossary a two-column table with a header row at the
  back;
* a table-of-contents field (levels 1-2) in a content control, each entry as Word writes it: the letter, a tab, the
  heading, a tab, the page;
* a hard page break before each chapter, a running header with the running title, a footer "Page" with a PAGE field,
  and ``w:lastRenderedPageBreak`` marks at every page start (:class:`devset_render._WordFlow`), also right after hard
  breaks and inside paragraphs that run over a page.

A paragraph's page is ``1 + the number of w:lastRenderedPageBreak marks before its first word``."""

from __future__ import annotations

from typing import Any

from . import devset_render as _r
from . import devset_wordlevels as _wordlevels  # the same document, TOC field and numbering set-up

Block = _r.Block
NUM_ID, BULLET_ID = "80", "81"
PARA_STYLE = "Numbered Paragraph"
LEVELS = (("upperLetter", "%1"), ("decimal", "%1.%2"))
GLOSSARY_HEAD = ("Term", "Meaning")


def _numbering(document: Any) -> None:
    """The lettered two-level list (linked to Heading 1 and "Numbered Paragraph") and a bullet list."""
    _wordlevels._numbering(document, NUM_ID, BULLET_ID, (("Heading 1", *LEVELS[0], 567), (PARA_STYLE, *LEVELS[1], 851)))


def split_letter(heading: str) -> tuple[str, str]:
    """"B About this review" -> ("B", "About this review"); an unlettered heading -> ("", heading)."""
    head, _, rest = heading.partition(" ")
    return (head, rest) if len(head) == 1 and head.isupper() and rest else ("", heading)


def render_docx(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render one lettered report as a Word file with automatic "A" / "A.1" numbering."""
    if report["numbering"] != "lettered":
        raise ValueError("the wordletters layout renders lettered numbering")

    def heading(b: Block) -> tuple[str, str, bool]:
        letter, text = split_letter(b.text) if b.level == 1 else ("", b.text)
        return letter, text, b.level == 1 and not letter

    return _wordlevels.render_numbered(report, output, blocks, _numbering, heading, BULLET_ID, GLOSSARY_HEAD,
                                       [report["running_title"], "Page N"])
