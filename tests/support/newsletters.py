"""A FICTIONAL partnership newsletter (tests/test_newsletters.py): three columns, a review's numbered paragraphs in one
article that jumps from page 2 ("Continued on page 4") over another article to page 4 ("Continued from page 2"), a
pull quote, a photo with its caption and an "In this issue" box. Every name, place and number is invented."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image as Picture
from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import BaseDocTemplate, Frame, Image, PageBreak, PageTemplate, Paragraph, Spacer

W, H = A4
BODY = ParagraphStyle("body", fontName="Times-Roman", fontSize=9.5, leading=11.5, alignment=TA_JUSTIFY, spaceAfter=5)
HEAD = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=15, leading=18, spaceAfter=6)
SMALL = ParagraphStyle("small", fontName="Helvetica-Oblique", fontSize=7.5, leading=9, spaceAfter=6)
JUMP = ParagraphStyle("jump", fontName="Helvetica-BoldOblique", fontSize=8, leading=10, spaceAfter=4)
PULL = ParagraphStyle("pull", fontName="Helvetica-Bold", fontSize=14, leading=17, textColor=colors.darkred,
                      spaceBefore=6, spaceAfter=8)
BYLINE = ParagraphStyle("byline", fontName="Helvetica", fontSize=8, leading=10, spaceAfter=6)
GAP = 14.0
COLUMN = (W - 72 - 2 * GAP) / 3


def _page(canvas, doc) -> None:
    canvas.saveState()
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(36, 30, "Brackenfold Safeguarding Partnership newsletter (fictional) | Spring 2026")
    canvas.drawRightString(W - 36, 30, str(doc.page))
    canvas.restoreState()


def newsletter(path: Path) -> Path:
    doc = BaseDocTemplate(str(path), pagesize=A4, title="Partnership News, Spring 2026 (fictional)", invariant=1)
    frames = [Frame(36 + i * (COLUMN + GAP), 50, COLUMN, H - 90, id=f"c{i}", leftPadding=0, rightPadding=0,
                    topPadding=0, bottomPadding=0) for i in range(3)]
    doc.addPageTemplates([PageTemplate(id="page", frames=frames, onPage=_page)])
    photo = io.BytesIO()
    Picture.new("RGB", (300, 200), (150, 170, 200)).save(photo, "PNG")
    photo.seek(0)
    story = [Paragraph("Partnership News (fictional)", ParagraphStyle("mast", fontName="Helvetica-Bold", fontSize=26,
                                                                      leading=30)),
             Paragraph("FICTIONAL newsletter for testing. Not a real publication.", SMALL),
             Paragraph("In this issue", ParagraphStyle("x", fontName="Helvetica-Bold", fontSize=10, leading=12))]
    story += [Paragraph(f"{title} {page}", ParagraphStyle("entry", fontName="Helvetica", fontSize=8.5, leading=11))
              for title, page in [("Welcome from the chair", 1), ("Learning from the Fenmoor review", 2),
                                  ("Meet the front door team", 3), ("Training dates", 4)]]
    story += [Spacer(1, 12), Paragraph("Welcome from the chair", HEAD), Paragraph("By the chair (fictional)", BYLINE)]
    story += [Paragraph("This spring the partnership has worked on how agencies share what they know about children "
                        "who are not seen at school or at the surgery. " * 2, BODY) for _ in range(6)]
    story += [PageBreak(), Paragraph("Learning from the Fenmoor review", HEAD),
              Paragraph("By the review team (fictional)", BYLINE)]
    for k in range(1, 11):
        story.append(Paragraph(f"<b>1.{k}</b> " + "Practitioners in the review described a pattern in which each "
                               "agency held one piece of the picture and waited for another to act on it. " * 3, BODY))
        if k == 3:
            story.append(Paragraph("“Each agency saw only part of her life.”", PULL))
    story += [Paragraph("<b>1.11</b> The review found that when the family moved in the autumn, the school was the "
                        "only agency that knew of the move, and for four months nobody outside the school knew where "
                        "the", BODY),
              Paragraph("Continued on page 4", JUMP), PageBreak(),
              Paragraph("Meet the front door team", HEAD), Paragraph("By the team's manager (fictional)", BYLINE),
              Image(photo, width=COLUMN, height=COLUMN * 2 / 3),
              Paragraph("The front door team at their weekly huddle (fictional).", SMALL),
              Paragraph("The team handles around 400 contacts a month. Its three priorities this year are:", BODY)]
    story += [Paragraph(f"{k}. {text}", BODY) for k, text in enumerate(
        ["Answering every call within a minute.", "Telling referrers what happened next.",
         "Checking records across agencies."], 1)]
    story += [Paragraph("The team meets each morning to review the contacts received overnight and to decide which "
                        "need a visit that day. " * 2, BODY) for _ in range(5)]
    story += [PageBreak(), Paragraph("Continued from page 2", JUMP),
              Paragraph("family was living. The review describes this as the point at which the help she needed was "
                        "lost.", BODY),
              Paragraph("<b>1.12</b> The partnership has agreed that a change of address known to one agency will be "
                        "shared with the others within a week.", BODY),
              Spacer(1, 10), Paragraph("Training dates", HEAD),
              Paragraph("12 May: neglect toolkit refresher (fictional)", BODY)]
    doc.build(story)
    return path


def _words_placed(c, x: float, y: float, text: str, size: float, gap: float) -> None:
    """A line drawn word by word with no space characters, each word ``gap`` points after the last (InDesign's
    justified text as its PDF writes it)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    for word in text.split():
        c.drawString(x, y, word)
        x += stringWidth(word, "Times-Roman", size) + gap


def _foot_and_save(c) -> None:
    """The page's footer, with real spaces (so that a spaceless page is not quite spaceless), and the file."""
    c.setFont("Helvetica", 7.5)
    c.drawString(40, 30, "Page 1 of 1 FICTIONAL test document for the partnership")
    c.showPage()
    c.save()


def words_page(path: Path, gap: float = 2.7) -> Path:
    """One page of 8.5 pt text set word by word with no space characters, each word 2.7 pt after the last (under
    pdfplumber's fixed 3 pt gap), paragraphs 3.1 to 3.4, a footer with real spaces (so the page is not quite
    spaceless), and a pull quote of two lines in 15 pt italic with no box round it."""
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Oblique", 15)
    c.drawString(220, H - 60, "“Each agency held one piece of the picture")
    c.drawString(220, H - 80, "and waited for another to act on it.”")
    y = H - 120
    c.setFont("Times-Roman", 8.5)
    for k in range(1, 5):
        text = (f"3.{k} The review panel accepted this analysis when it met at Ashwell Tarn in January, and agency "
                f"number {k} held one piece of the picture while the child at home grew worse over the winter.")
        for line in simpleSplit(text, "Times-Roman", 8.5, 200):
            _words_placed(c, 40, y, line, 8.5, gap)
            y -= 11
        y -= 6
    _foot_and_save(c)
    return path


_TOPICS = ["the health visitor", "the school nurse", "the housing officer", "the duty social worker", "the GP practice",
           "the police officer", "the youth worker", "the nursery manager", "the family support worker"]


def pulled_page(path: Path, quoted: bool = True, most: int = 40) -> tuple[Path, list[str]]:
    """One page of three full columns of 9 pt text, paragraphs from 3.1 running down the first column, then the
    second, then the third, and a pull quote of two lines in 15 pt italic with no box round it across the second and
    third columns' middles, the text of both going on under it. Returns the file and each paragraph's last words."""
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    width, xs, top, foot = 160.0, (40.0, 217.5, 395.0), H - 60, 60.0
    quote = (H - 330, H - 385)  # the band the quote takes in columns two and three
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Oblique", 15)
    if quoted:
        c.drawString(240, quote[0] - 20, "“Each agency held one piece of the picture")
        c.drawString(240, quote[0] - 38, "and waited for another to act on it.”")
    c.setFont("Times-Roman", 9)
    column, y, ends = 0, top, []
    for k in range(1, most):
        who = _TOPICS[k % len(_TOPICS)]
        text = (f"3.{k} In the months before the referral {who} saw the family {k + 2} times and recorded each visit "
                f"with care, but the records were kept apart from those of the other agencies, and no meeting was "
                f"called at which the picture could be put together before the winter, which the panel counted as "
                f"finding number {k} of its review.")
        lines = simpleSplit(text, "Times-Roman", 9, width)
        if column == 2 and y - 11 * len(lines) < foot:  # the third column is full
            break
        ends.append(f"finding number {k} of its review.")
        for line in lines:
            if column and quote[1] < y <= quote[0]:
                y = quote[1]
            if y < foot:
                column, y = column + 1, top
            c.drawString(xs[column], y, line)
            y -= 11
        y -= 5
    _foot_and_save(c)
    return path, ends
