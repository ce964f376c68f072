"""FICTIONAL PDFs of an analysis of reviews set among figures (tests/test_figures.py): a horizontal bar chart
inside a paragraph, a row of infographic boxes, a boxed figure between two paragraphs, and a ruled table of figures
that is no chart. Every name, place and number is invented."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

W, H = A4
LEFT, RIGHT = 72.0, W - 72.0


class _Writer:
    def __init__(self, path: Path) -> None:
        self.c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
        self.y, self.page = H - 72.0, 1
        self.c.setFont("Helvetica-Bold", 15)
        self.c.drawString(LEFT, self.y, "Neglect in numbers: an analysis of reviews (fictional)")
        self.y -= 20
        self.c.setFont("Helvetica", 9)
        self.c.drawString(LEFT, self.y, "FICTIONAL test document: no real review, person or place.")
        self.y -= 28

    def new_page(self) -> None:
        self.c.setFont("Helvetica", 8)
        self.c.drawCentredString(W / 2, 30, str(self.page))
        self.c.showPage()
        self.page += 1
        self.y = H - 72.0

    def para(self, number: str | None, lines: list[str] | str) -> None:
        """A paragraph set flush left, its number opening its first line (``lines`` as printed, or to wrap)."""
        text = f"{number}  " if number else ""
        if isinstance(lines, str):
            lines = simpleSplit(text + lines, "Helvetica", 10.5, RIGHT - LEFT)
        else:
            lines = [text + lines[0], *lines[1:]]
        for line in lines:
            if self.y < 60:
                self.new_page()
            self.c.setFont("Helvetica", 10.5)
            self.c.drawString(LEFT, self.y, line)
            self.y -= 14
        self.y -= 6

    def heading(self, text: str) -> None:
        self.c.setFont("Helvetica-Bold", 13)
        self.c.drawString(LEFT, self.y, text)
        self.y -= 22

    def bar_chart(self, title: str, bars: list[tuple[str, float]], ticks: list[str], source: str) -> None:
        """Horizontal bars with their names at the margin, each value at its bar's end, the axis along the foot."""
        c, top = self.c, max(ticks, key=float)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(LEFT, self.y, title)
        self.y -= 16
        c.setFont("Helvetica", 8)
        span = 300.0 / float(top)
        for i, (name, value) in enumerate(bars):
            y = self.y - i * 18
            c.drawString(LEFT, y - 10, name)
            c.setFillColor(colors.darkgreen)
            c.rect(LEFT + 50, y - 13, value * span, 12, fill=1, stroke=0)
            c.setFillColor(colors.black)
            c.drawString(LEFT + 54 + value * span, y - 10, f"{value}")
        foot = self.y - len(bars) * 18 - 4
        c.line(LEFT + 50, foot, LEFT + 350, foot)
        for k, tick in enumerate(ticks):
            c.drawCentredString(LEFT + 50 + k * 300.0 / (len(ticks) - 1), foot - 10, tick)
        c.drawString(LEFT, foot - 24, source)
        self.y = foot - 42

    def rates_beside_bars(self, title: str, bars: list[tuple[str, float]], source: str) -> None:
        """A bar chart with no axis: each bar's rate and name at the margin ("2.1 Northfield"), the bar beside it."""
        c = self.c
        c.setFont("Helvetica-Bold", 9)
        c.drawString(LEFT, self.y, title)
        self.y -= 18
        for name, value in bars:
            c.setFont("Helvetica", 8)
            c.drawString(LEFT, self.y, f"{value} {name}")
            c.setFillColor(colors.steelblue)
            c.rect(LEFT + 80, self.y - 3, value * 100, 11, fill=1, stroke=0)
            c.setFillColor(colors.black)
            self.y -= 16
        c.drawString(LEFT, self.y - 2, source)
        self.y -= 24

    def figure_boxes(self, boxes: list[tuple[str, str]], per_row: int) -> None:
        """Shaded boxes, ``per_row`` to a row, each a figure in large type over a few words."""
        c, width = self.c, (RIGHT - LEFT - 20 * (per_row - 1)) / per_row
        for i, (figure, words) in enumerate(boxes):
            x, top = LEFT + (i % per_row) * (width + 20), self.y - (i // per_row) * 140
            c.setFillColor(colors.lightblue)
            c.rect(x, top - 120, width, 120, fill=1, stroke=0)
            c.setFillColor(colors.black)
            c.setFont("Helvetica-Bold", 34)
            c.drawString(x + 12, top - 50, figure)
            c.setFont("Helvetica", 10)
            for j, line in enumerate(simpleSplit(words, "Helvetica", 10, width - 24)):
                c.drawString(x + 12, top - 75 - j * 13, line)
        self.y -= 140 * ((len(boxes) + per_row - 1) // per_row) + 10

    def ruled_table(self, rows: list[list[str]]) -> None:
        """A table of figures ruled between its rows, and nothing drawn but the rules."""
        for row in rows:
            self.c.setFont("Helvetica", 9)
            for k, cell in enumerate(row):
                self.c.drawString(LEFT + 3 + k * 90, self.y, cell)
            self.c.line(LEFT, self.y - 4, RIGHT, self.y - 4)
            self.y -= 15
        self.y -= 10

    def small_table(self, header: list[str], rows: list[list[str]]) -> None:
        """A table in small type, its header row bold, ruled under each row, rows carried over a page break under
        the header repeated."""
        def row(cells: list[str], font: str) -> None:
            self.c.setFont(font, 9)
            for k, cell in enumerate(cells):
                self.c.drawString(LEFT + 3 + k * 100, self.y, cell)
            self.c.line(LEFT, self.y - 4, RIGHT, self.y - 4)
            self.y -= 15
        row(header, "Helvetica-Bold")
        for cells in rows:
            if self.y < 60:
                self.new_page()
                row(header, "Helvetica-Bold")
            row(cells, "Helvetica")
        self.y -= 10

    def save(self) -> None:
        self.new_page()
        self.c.save()


def chart_in_paragraph(path: Path) -> Path:
    """4.1 runs on over a horizontal bar chart, its axis along the foot ("0.0 0.5 ... 3.0"); 4.2 follows."""
    w = _Writer(path)
    w.heading("4. Supervision")
    w.para("4.1", ["Supervision was found in fewer reviews, but where it was found it mattered. Practitioners in",
                   "the reviews held caseloads of between 22 and 30 families, and supervision was cancelled when"])
    w.bar_chart("Chart 4.1 Average caseload by team (fictional data)",
                [("North", 2.4), ("South", 1.9), ("East", 2.8), ("West", 1.2)],
                ["0.0", "0.5", "1.0", "1.5", "2.0", "2.5", "3.0"], "Source: team returns (fictional)")
    w.para(None, ["caseloads rose, which is when it was most needed."])
    w.para("4.2", "The partnership should make supervision a protected time that is not cancelled when demand rises, "
                  "and should check each quarter that it has taken place.")
    w.heading("5. Figures by quarter")
    w.para("5.1", "The counts of reviews by quarter were as follows.")
    w.ruled_table([["Quarter", "Reviews", "Plans", "Closed"], ["10", "20", "30", "40"], ["11", "21", "31", "41"]])
    w.para("5.2", "The counts rose in each quarter of the year.")
    w.save()
    return path


def infographic(path: Path) -> Path:
    """A page of four figure boxes two to a row under "At a glance", then 3.1 and 3.2; between 3.2 and 3.3, one box
    whose figure ("3.3") is the next paragraph's number."""
    w = _Writer(path)
    w.heading("3. What the reviews found")
    w.heading("At a glance")
    w.figure_boxes([("1 in 4", "reviews found no single agency held the whole history"),
                    ("3.5", "average number of referrals before a plan"),
                    ("42%", "of children had a sibling already known"),
                    ("2.1", "years, the median time known before the review")], per_row=2)
    w.para("3.1", "The reviews found that practitioners did not add up what they saw over time. Each new referral "
                  "was assessed as though it were the first, and the history held by other agencies was not asked for.")
    w.para("3.2", "Where a chronology was made, it changed the picture, and a plan followed within weeks.")
    w.figure_boxes([("3.3", "reviews per 10,000 children")], per_row=2)
    w.para("3.3", "The partnership's rate of reviews was close to that of similar areas over the five years.")
    w.save()
    return path


def table_over_a_break(path: Path) -> Path:
    """2.4 introduces a table in small type at the foot of page 1, its first column numbered "2.1" to "3.1" and on
    over the break ("3.2" ...); 2.5 and 3.1 follow. The rows are nobody's paragraphs and no page's footnotes."""
    w = _Writer(path)
    w.heading("2. The numbers")
    for n in range(1, 4):
        w.para(f"2.{n}", "The reviews found that neglect had been known about for a long time before anything "
                         "changed, and that each new referral was assessed as though it were the first one made.")
    w.y = 200.0
    w.para("2.4", "Table 2.2 sets out the reviews by the year in which they were completed.")
    rows = [[f"{a}.{b}", str(10 + a * b), f"{(a * 7 + b * 3) % 40}%", "Yes" if b % 2 else "Partial"]
            for a in (2, 3, 4) for b in (1, 2, 3, 4)]
    w.small_table(["Review ref", "Children", "Known over a year", "Plan"], rows)
    w.para("2.5", "Most of the reviews found that assessments were repeated rather than built upon.")
    w.heading("3. What the reviews found")
    w.para("3.1", "The reviews found that practitioners did not add up what they saw over time.")
    w.save()
    return path


def rates_at_the_margin(path: Path) -> Path:
    """2.1 runs on over a bar chart with no axis whose rates stand at the margin ("2.2 Southmoor"); 2.2 follows."""
    w = _Writer(path)
    w.heading("2. The rate of reviews")
    w.para("2.1", ["The rate of reviews differed between the four areas of the partnership, as the chart shows, and",
                   "was highest where the"])
    w.rates_beside_bars("Figure 2.1: Reviews per 10,000 children by area (fictional data)",
                        [("Northfield", 2.1), ("Eastgate", 1.7), ("Southmoor", 2.2), ("Westbury", 1.2)],
                        "Source: partnership data (fictional)")
    w.para(None, ["health visiting service had lost most staff."])
    w.para("2.2", "The partnership should ask each area to explain its rate and what it has done about it.")
    w.para("2.3", "The partnership should report on the rates again in a year's time.")
    w.save()
    return path
