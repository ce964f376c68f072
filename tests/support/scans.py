"""Scanned PDFs made on the fly for the OCR tests and ``benchmarks/ocr_compare.py`` (all text fictional).

A text PDF (reportlab) is rendered to 300-dpi grey images with pypdfium2, optionally degraded the way a
scanner or photocopier does (a slight slant, blur, speckle noise, a grey background, JPEG compression),
and wrapped as an image-only PDF with Pillow. ``cer`` is the character error rate used to judge OCR.
"""

from __future__ import annotations

import io
import random
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

DPI = 300
HEADER = "Fictional Review of Testshire - a scanned test document (fictional)"

_SENTENCES = [
    "The fictional panel read the records held by each agency about the family.",
    "Practitioners described a service under strain, with high caseloads and frequent changes of worker.",
    "Concerns raised by the school about attendance were not shared with children's social care.",
    "The health visitor recorded that the home was cold and that food was scarce on two visits.",
    "No single agency held the whole picture, and no meeting brought the information together.",
    "Supervision focused on tasks and deadlines rather than on the child's daily experience.",
    "The threshold for a strategy discussion was met in March, but no discussion was convened.",
    "Managers told the review that escalation routes were known but rarely used in practice.",
    "The mother's own history of care was known to adult services but not considered in planning.",
    "Interpreters were not offered, so the father's account was taken through a neighbour.",
    "Records of the child's voice were brief and often copied forward from earlier visits.",
    "The review found that police referrals were graded as low risk without a check of history.",
]


def review_paragraphs(count: int = 14, section: int = 2) -> list[tuple[str, str]]:
    """(number, text) of fictional numbered paragraphs "2.1", "2.2", ... of about 60-80 words each."""
    rng = random.Random(section * 100 + count)
    out = []
    for n in range(1, count + 1):
        picks = rng.sample(_SENTENCES, 5)
        out.append((f"{section}.{n}", " ".join(picks)))
    return out


def review_pdf(path: Path, paragraphs: list[tuple[str, str]] | None = None, *, section: int = 2,
               title: str = "Findings") -> Path:
    """A fictional review as a text PDF: a heading, numbered paragraphs in 11-point Helvetica with hanging
    numbers, a running header on every page and a "Page N" footer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    paragraphs = paragraphs if paragraphs is not None else review_paragraphs(section=section)
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=11, leading=14.5, leftIndent=42,
                          firstLineIndent=-42, spaceAfter=9)
    heading = ParagraphStyle("heading", fontName="Helvetica-Bold", fontSize=16, leading=20, spaceAfter=12)
    width, height = A4

    def furniture(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 9)
        canvas.drawString(72, height - 40, HEADER)
        canvas.drawCentredString(width / 2, 36, f"Page {doc.page}")
        canvas.restoreState()

    story: list[Any] = [Paragraph(f"{section} {title}", heading), Spacer(1, 4)]
    for number, text in paragraphs:
        story.append(Paragraph(f"{number}{'&nbsp;' * 6}{text}", body))
    doc = SimpleDocTemplate(str(path), pagesize=A4, invariant=1, leftMargin=72, rightMargin=72,
                            topMargin=90, bottomMargin=80, title="Fictional Review of Testshire")
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    return path


def render_pages(pdf_path: Path, dpi: int = DPI, pages: Iterable[int] | None = None) -> list[Any]:
    """Grey PIL images of the given 0-based pages (all by default)."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        wanted = list(pages) if pages is not None else list(range(len(pdf)))
        return [pdf[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L") for i in wanted]
    finally:
        pdf.close()


def degrade(image: Any, seed: int = 0, angle: float | None = None) -> Any:
    """A photocopy-like version of a grey page image: rotated 0.5-1°, blurred, grey paper, speckle noise,
    then JPEG-compressed at quality 40."""
    import numpy as np
    from PIL import Image, ImageFilter

    rng = random.Random(seed)
    if angle is None:
        angle = rng.choice((-1, 1)) * rng.uniform(0.5, 1.0)
    img = image.convert("L").rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(radius=1.0))
    arr = np.asarray(img, dtype=np.float32)
    arr = 30 + arr * (205 / 255)  # grey paper (white → 235), ink not quite black
    noise = np.random.default_rng(seed).normal(0, 12, arr.shape)
    arr = np.clip(arr + noise, 0, 255).astype(np.uint8)
    buf = io.BytesIO()
    Image.fromarray(arr, mode="L").save(buf, format="JPEG", quality=40)
    buf.seek(0)
    return Image.open(buf).convert("L")


def images_to_pdf(images: list[Any], path: Path, dpi: int = DPI) -> Path:
    """An image-only PDF, one page per image, the page size that of the image at ``dpi``."""
    first, *rest = images
    # a scanner's PDF has no useful title: Pillow's default, the file name, would stand in for the report's
    first.save(str(path), format="PDF", resolution=float(dpi), save_all=True, append_images=rest, title="untitled")
    return path


def scanned_copy(src: Path, dst: Path, *, degraded: bool = False, seed: int = 0,
                 pages: Iterable[int] | None = None) -> Path:
    """An image-only copy of ``src`` (the given 0-based pages, all by default)."""
    images = render_pages(src, pages=pages)
    if degraded:
        images = [degrade(img, seed + k) for k, img in enumerate(images)]
    return images_to_pdf(images, dst)


def mixed_copy(src: Path, dst: Path, scanned: set[int], *, degraded: bool = False) -> Path:
    """A copy of ``src`` whose 0-based pages in ``scanned`` are images only, the others keeping their text."""
    import pypdf

    scan = scanned_copy(src, dst.with_suffix(".scan.pdf"), degraded=degraded)
    text_reader, scan_reader = pypdf.PdfReader(str(src)), pypdf.PdfReader(str(scan))
    writer = pypdf.PdfWriter()
    for i, page in enumerate(text_reader.pages):
        writer.add_page(scan_reader.pages[i] if i in scanned else page)
    with open(dst, "wb") as fh:
        writer.write(fh)
    scan.unlink()
    return dst


def flatten(text: str) -> str:
    """Text compared for CER: whitespace collapsed."""
    return re.sub(r"\s+", " ", text).strip()


def cer(reference: str, hypothesis: str) -> float:
    """Character error rate: Levenshtein distance over the reference's length (whitespace collapsed)."""
    import numpy as np

    ref, hyp = flatten(reference), flatten(hypothesis)
    if not ref:
        return float(bool(hyp))
    b = np.frombuffer(hyp.encode("utf-32-le"), dtype=np.uint32)
    offsets = np.arange(len(b) + 1, dtype=np.int64)
    row = offsets.copy()
    for k, ch in enumerate(ref.encode("utf-32-le")[i:i + 4] for i in range(0, 4 * len(ref), 4)):
        code = int.from_bytes(ch, "little")
        cost = (b != code).astype(np.int64)
        diag_up = np.empty_like(row)
        diag_up[0] = k + 1
        diag_up[1:] = np.minimum(row[1:] + 1, row[:-1] + cost)
        # insertions along the row: new[j] = min over i<=j of diag_up[i] + (j - i)
        row = np.minimum.accumulate(diag_up - offsets) + offsets
    return float(row[-1]) / len(ref)


def two_column_pdf(path: Path, paragraphs: list[tuple[str, str]], title: str) -> Path:
    """A fictional review page as a text PDF: a title across the page, then numbered paragraphs in two
    columns (10-point Helvetica, the left column filled before the right)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen import canvas
    from reportlab.platypus import Frame, Paragraph

    width, height = A4
    page = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    page.setFont("Helvetica-Bold", 16)
    page.drawString(60, height - 70, title)
    style = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=8)
    column = (width - 120) / 2
    story = [Paragraph(f"{number}&nbsp;&nbsp;{text}", style) for number, text in paragraphs]
    for x in (50, 70 + column):
        Frame(x, 60, column, height - 150).addFromList(story, page)
    assert not story, "the paragraphs overflow the page"
    page.save()
    return path


def photographed(image: Any, *, angle: float = 1.5, darkest: float = 0.35, scale: float = 0.5) -> Any:
    """A grey page image as a phone photo of the printed page: smaller, turned by ``angle`` degrees on a dark
    table, lit from the upper right so that the far corner's paper is ``darkest`` of the near corner's."""
    import numpy as np
    from PIL import Image

    small = image.resize((round(image.width * scale), round(image.height * scale)), Image.Resampling.LANCZOS)
    turned = small.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=70)
    arr = np.asarray(turned, dtype=np.float32)
    rows, cols = np.mgrid[0:arr.shape[0], 0:arr.shape[1]]
    falloff = ((cols - arr.shape[1]) / arr.shape[1]) ** 2 + (rows / arr.shape[0]) ** 2  # 0 at the lamp, 2 far
    light = darkest + (1 - darkest) * np.exp(-1.5 * falloff)
    return Image.fromarray(np.clip(arr * light, 0, 255).astype(np.uint8), mode="L")


def bilevel(image: Any, dpi: tuple[float, float], threshold: int = 160) -> Any:
    """A grey 300-dpi page image as a scanner's or fax's black and white page at ``dpi`` (across, down)."""
    from PIL import Image

    size = (round(image.width * dpi[0] / DPI), round(image.height * dpi[1] / DPI))
    return image.resize(size, Image.Resampling.LANCZOS).point(lambda v: 255 if v > threshold else 0).convert("1")
