"""Synthetic fictional reports for the scale benchmark (bench_scale.py).

Every sentence comes from the project's own fictional development reviews (index/devset): the sentence bank.
Each bank sentence is embedded once, for real, with the configured embedder. A synthetic passage joins two to
four bank sentences drawn at random, so its text is new and its sentence vectors are the real vectors of its
sentences. Its passage vector is the normalised mean of those sentence vectors plus a little noise: close to
what the model gives the joined text, distinct for every passage (no duplicates, which matters for the HNSW
recall figure), and cheap enough for 500,000 passages. Reports are 300 passages long, like a real review.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import numpy as np

PASSAGES_PER_REPORT = 300
LABEL = "Synthetic fictional review"


def sentence_bank(settings, embedder) -> tuple[list[str], np.ndarray]:
    """The fictional development reviews' sentences (five words or more, each once) and their vectors."""
    from inquiry_lessons.index.eval import _dev_files
    from inquiry_lessons.index.ingest.pipeline import prepare
    from inquiry_lessons.index.segment import segments

    with tempfile.TemporaryDirectory() as tmp:
        passages = [p for f in _dev_files(Path(tmp)) for p in prepare(f, settings).passages]
    bank = list(dict.fromkeys(s.text for p in passages for s in segments(p.text)
                              if s.kind == "sentence" and s.text.endswith(".")))
    return bank, np.asarray(embedder.embed_batch(bank), dtype=np.float32)


def reports(n_passages: int, bank: list[str], bank_vecs: np.ndarray, seed: int = 0,
            prefix: str = "synth") -> Iterator[tuple[object, np.ndarray]]:
    """IndexedReport items of PASSAGES_PER_REPORT passages each (the last may be shorter), with the vectors
    of their passages as float32 for exact search (yielded beside each item)."""
    from inquiry_lessons.index.types import IndexedReport, Passage, Report

    rng = np.random.default_rng(seed)
    dim = bank_vecs.shape[1]
    made, r = 0, 0
    while made < n_passages:
        n = min(PASSAGES_PER_REPORT, n_passages - made)
        rid = f"{prefix}-{r:05d}"
        passages, vecs, units = [], np.zeros((n, dim), dtype=np.float32), []
        for i in range(n):
            picks = rng.choice(len(bank), size=int(rng.integers(2, 5)), replace=False)
            section = 1 + i // 40
            passages.append(Passage(report_id=rid, ordinal=i, paragraph=f"{section}.{i % 40 + 1}", page=1 + i // 5,
                                    section=f"{section} Findings", text=" ".join(bank[j] for j in picks)))
            u = bank_vecs[picks]
            v = u.mean(axis=0) + rng.normal(0, 0.01, dim).astype(np.float32)
            vecs[i] = v / np.linalg.norm(v)
            units.append(u)
        report = Report(report_id=rid, title=f"{LABEL} {r} (fictional, generated)", short_name=f"Synthetic {r}",
                        year=2000 + r % 25)
        yield IndexedReport(report=report, passages=passages, vectors=vecs, unit_vectors=units), vecs
        made += n
        r += 1


def long_pdf(path: Path, bank: list[str], pages: int, seed: int = 1) -> Path:
    """A fictional review of ``pages`` pages as a text PDF: five numbered paragraphs of bank sentences a page,
    in sections of five pages ("7 Findings", paragraphs 7.1 to 7.25)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    rng = np.random.default_rng(seed)
    styles = getSampleStyleSheet()
    story: list = [Paragraph("Synthetic fictional review for the benchmarks (fictional, generated)",
                             styles["Title"])]
    for page in range(pages):
        section, first = 1 + page // 5, 1 + (page % 5) * 5
        if first == 1:
            story.append(Paragraph(f"{section} Findings", styles["Heading2"]))
        for k in range(first, first + 5):
            picks = rng.choice(len(bank), size=3, replace=False)
            story.append(Paragraph(f"{section}.{k} " + " ".join(bank[j] for j in picks), styles["BodyText"]))
        story.append(PageBreak())
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story)
    return path


def sixty_page_pdf(path: Path, bank: list[str], seed: int = 1) -> Path:
    return long_pdf(path, bank, 60, seed)
