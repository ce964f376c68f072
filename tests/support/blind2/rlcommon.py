"""reportlab helpers shared by margin.pdf and three-col.pdf (FICTIONAL test material)."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

import reportlab
from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate

rl_config.invariant = 1
FONTS = Path(reportlab.__file__).parent / "fonts"
_done = False


def register_fonts() -> None:
    global _done
    if _done:
        return
    for name, fn in (("Vera", "Vera.ttf"), ("VeraBd", "VeraBd.ttf"), ("VeraIt", "VeraIt.ttf"),
                     ("VeraBI", "VeraBI.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(FONTS / fn)))
    addMapping("Vera", 0, 0, "Vera")
    addMapping("Vera", 1, 0, "VeraBd")
    addMapping("Vera", 0, 1, "VeraIt")
    addMapping("Vera", 1, 1, "VeraBI")
    _done = True


class MarkingDoc(BaseDocTemplate):
    """Records the page on which each <onDraw name="mark" label=.../> is drawn.

    If ``margin_label`` is set, the callback also draws the label right-aligned
    ``margin_gap`` points to the left of the paragraph's first line.
    """

    def __init__(self, *a, margin_label=None, margin_gap=6.0, **k):
        k.setdefault("invariant", 1)
        super().__init__(*a, **k)
        self.marks: dict[str, int] = {}
        self.margin_label = margin_label  # (fontName, fontSize) or None
        self.margin_gap = margin_gap

    def beforeDocument(self) -> None:
        self.canv.setNamedCB("mark", self._mark)

    def _mark(self, canv, kind, label) -> None:
        if label in self.marks:
            raise AssertionError(f"label {label} drawn twice")
        self.marks[label] = canv.getPageNumber()
        if self.margin_label:
            info = canv._curr_tx_info
            canv.saveState()
            canv.setFont(*self.margin_label)
            canv.drawRightString(-self.margin_gap, info["cur_y"], label)
            canv.restoreState()


def mark(label: str) -> str:
    return f'<onDraw name="mark" label="{label}"/>'


def esc(text: str) -> str:
    return escape(text)
