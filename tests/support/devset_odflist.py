"""DOCX writer for the fictional development set, layout ``odflist``: a review written in LibreOffice Writer (an
OpenDocument file) and saved in Word format, whose paragraph numbers are LIST NUMBERING, never typed:

* every numbered paragraph carries its own ``w:numPr``; the number ("12.") is in no ``w:t``. LibreOffice writes a
  new ``w:num`` for each chapter's run of the list (the list was interrupted by a heading), every one of them pointing
  to the SAME ``w:abstractNum`` and with no ``w:startOverride``, so the count CONTINUES across chapters (chapter 3
  opens with "10." on numId 12, not "1."); a reader that counts per ``w:numId`` restarts wrongly at each chapter;
* the recommendations are a second part whose list RESTARTS: their ``w:num`` points to another abstract list whose
  level text is "Recommendation %1:" and carries ``<w:lvlOverride><w:startOverride w:val="1"/>``; the label is not
  typed either;
* numbering ``single``, cited "12"; a factor list's bullets are a LibreOffice bullet list (OpenSymbol "•") at level 1
  of the paragraphs' own abstract list (``w:ilvl`` 1), so a bullet does not advance the count;
* otherwise the package is :func:`devset_libreoffice.render_package`'s: LibreOffice's styles, application and fonts, no
  ``w:lastRenderedPageBreak`` marks, ``w:pageBreakBefore`` on each chapter heading, a typed page break before a
  subheading after a long run, a table-of-contents field of hyperlinks, a header and a "Page" footer, the glossary a
  bordered table; a paragraph's page is ``1 + the number of page breaks of either kind before it``.

:data:`ODFLIST` gives the abstract and num ids."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import devset_render as _r
from .devset_libreoffice import _HEAD, _NS, _para, _t, render_package

Block = _r.Block
APPLICATION = "LibreOffice/24.2.3.2$Windows_X86_64 LibreOffice_project/433d9c2ded56988e8a90e6b2e771ee4e6a5ab2ba"
ODFLIST = {"abstract": "3", "rec_abstract": "4", "first_num": 10, "rec_num": "30", "indent": 567}


def _numbering(chapters: int) -> str:
    """The paragraphs' list (level 0 "%1.", level 1 a bullet), one ``w:num`` per chapter run of it, and the
    recommendations' list restarted by an override."""
    ind, bullet_font = ODFLIST["indent"], ('<w:rPr><w:rFonts w:ascii="OpenSymbol" w:hAnsi="OpenSymbol" '
                                           'w:cs="OpenSymbol" w:hint="default"/></w:rPr>')
    paras = (f'<w:abstractNum w:abstractNumId="{ODFLIST["abstract"]}"><w:multiLevelType w:val="multilevel"/>'
             '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="tab"/>'
             f'<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:tabs><w:tab w:val="num" w:pos="{ind}"/>'
             f'</w:tabs><w:ind w:left="{ind}" w:hanging="{ind}"/></w:pPr></w:lvl>'
             '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:suff w:val="tab"/>'
             '<w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/><w:pPr><w:tabs><w:tab w:val="num" w:pos="1134"/>'
             f'</w:tabs><w:ind w:left="1134" w:hanging="283"/></w:pPr>{bullet_font}</w:lvl></w:abstractNum>')
    recs = (f'<w:abstractNum w:abstractNumId="{ODFLIST["rec_abstract"]}"><w:multiLevelType w:val="singleLevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="space"/>'
            '<w:lvlText w:val="Recommendation %1:"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:hanging="0"/>'
            '</w:pPr><w:rPr><w:b/></w:rPr></w:lvl></w:abstractNum>')
    nums = "".join(f'<w:num w:numId="{ODFLIST["first_num"] + k}"><w:abstractNumId w:val="{ODFLIST["abstract"]}"/>'
                   "</w:num>" for k in range(chapters))
    nums += (f'<w:num w:numId="{ODFLIST["rec_num"]}"><w:abstractNumId w:val="{ODFLIST["rec_abstract"]}"/>'
             '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>')
    return f"{_HEAD}<w:numbering {_NS}>{paras}{recs}{nums}</w:numbering>"


def render_docx(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Render one report whose single numbers are LibreOffice list numbering, as it saves a .docx; return bytes and
    entry."""
    if report["numbering"] != "single":
        raise ValueError("the odflist layout renders single numbering")
    run, used_run = 0, False

    def heading() -> None:
        nonlocal run, used_run
        if used_run:  # a heading interrupts the list: LibreOffice writes a new w:num for its next run
            run, used_run = run + 1, False

    def numbered(i: int, b: Block, runs: Callable[[int, str], str]) -> list[str]:
        nonlocal used_run
        if b.kind not in ("para", "factor"):  # recommendations: "Recommendation N:" from their own list
            return [_para(_t(b.text), "TextBody", f'<w:numPr><w:ilvl w:val="0"/><w:numId '
                          f'w:val="{ODFLIST["rec_num"]}"/></w:numPr><w:jc w:val="both"/>')]
        num_id = ODFLIST["first_num"] + run
        used_run = True
        bullets = [_para(_t(bullet), "TextBody", f'<w:numPr><w:ilvl w:val="1"/><w:numId w:val="{num_id}"/></w:numPr>')
                   for bullet in b.bullets]
        return [_para(runs(i, b.text), "TextBody", f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/>'
                      '</w:numPr><w:jc w:val="both"/>'), *bullets]

    return render_package(report, output, blocks, APPLICATION, numbered, lambda: _numbering(run + 1), heading)
