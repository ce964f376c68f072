"""Small real files made on the fly for parser and ingest tests (all text fictional)."""

from __future__ import annotations

from pathlib import Path


def long_markdown(path: Path, paragraphs: int = 40, title: str = "Fictional Test Review") -> Path:
    lines = [f"# {title} (fictional)", "", "## 1 Findings", ""]
    for i in range(1, paragraphs + 1):
        lines += [f"1.{i} Fictional finding number {i} concerns practice area {i % 7} and the agencies "
                  f"involved in case marker{i}, which the panel examined in detail.", ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def text_pdf(path: Path, paragraphs: list[str]) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    style = getSampleStyleSheet()["BodyText"]
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build([Paragraph(p, style) for p in paragraphs])
    return path


def encrypted_pdf(path: Path, source: Path) -> Path:
    import pypdf

    reader = pypdf.PdfReader(str(source))
    writer = pypdf.PdfWriter()
    for page in reader.pages:
        writer.add_page(page)
    writer.encrypt(user_password="secret", owner_password="owner")
    with open(path, "wb") as fh:
        writer.write(fh)
    return path


def image_only_pdf(path: Path) -> Path:
    from PIL import Image, ImageDraw
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    img_path = path.with_suffix(".png")
    img = Image.new("RGB", (600, 800), "white")
    ImageDraw.Draw(img).text((50, 50), "A scanned page of a fictional report", fill="black")
    img.save(img_path)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for _ in range(2):
        c.drawImage(str(img_path), 40, 40, width=500, height=700)
        c.showPage()
    c.save()
    img_path.unlink()
    return path
