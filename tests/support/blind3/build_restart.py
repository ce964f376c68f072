"""restart.pdf: single-level paragraph numbers that restart at 1 in every chapter."""
from __future__ import annotations

from pathlib import Path

from common import DISCLAIMER, FICTIONAL, check, entry, number_led_continuations, to_words, unique_windows
from pdfflow import Flow, ParaStyle
from prose import Writer, write_all

TITLE = "Serious Case Review: Child P"
BODY = ParaStyle(font="Helvetica", size=10.5, leading=14, mode="inline", space_after=7)

CHAPTERS = [  # (title, kinds, starts on a new page)
    ("Introduction", ["intro"] * 5, False),
    ("The child and family", ["family"] * 4, True),
    ("Summary of agency involvement", ["chrono"] * 6, False),
    ("Analysis", ["analysis"] * 6, True),
    ("Conclusions and recommendations", ["finding", "finding", "rec", "rec"], False),
]
XREF = ("4", "2", "The events summarised in paragraph 4 of Chapter 3 are relevant here.")


def _layout(path: Path | None, paras, total: int | None):
    state = {"chapter": None}

    def deco(c, page, ps):
        w, h = ps
        c.setFont("Helvetica-Oblique", 8)
        c.drawString(72, h - 40, f"{TITLE} \u2013 {FICTIONAL}")
        if state["chapter"] is not None:
            n = state["chapter"]
            c.drawRightString(w - 72, h - 40, f"Chapter {n}: {CHAPTERS[n - 1][0]}")
        c.setFont("Helvetica", 9)
        c.drawCentredString(w / 2, 34, f"Page {page} of {total if total else 99}")

    f = Flow(path, page_deco=deco, title=f"{TITLE} ({FICTIONAL})", author="Fictional overview author")
    f.plain_para(FICTIONAL, "Helvetica-Bold", 11, 15, after=10)
    f.plain_para("Lindenholt Local Safeguarding Children Board", "Helvetica", 12, 16, after=4)
    f.plain_para(TITLE, "Helvetica-Bold", 20, 26, after=4)
    f.plain_para("Overview report \u2013 March 2018 \u2013 Independent author: Frances Okonedo-Hart (fictional)",
                 "Helvetica", 10, 14, after=8)
    f.plain_para(DISCLAIMER, "Helvetica-Oblique", 8.5, 11, after=14)
    cur = None
    for ch, label, text in paras:
        if ch != cur:
            if CHAPTERS[ch - 1][2]:
                f.ensure_fresh_page()
            if f.dirty:
                f.space(10)
            f.heading(f"Chapter {ch}", "Helvetica-Bold", 15, before=8, after=0, keep_lines=5 * BODY.leading)
            f.heading(CHAPTERS[ch - 1][0], "Helvetica-Bold", 13, before=0, after=8, keep_lines=3 * BODY.leading)
            state["chapter"] = ch
            cur = ch
        f.para(f"{label}.", to_words(text), BODY, meta={"chapter": ch})
    return f


def build(out: Path) -> dict:
    W = Writer("restart", "restart-v1", n_events=30, n_chrono=6)
    plan = []
    for ch, (_t, kinds, _np) in enumerate(CHAPTERS, 1):
        for i, k in enumerate(kinds, 1):
            plan.append((ch, str(i), k))
    texts = write_all(W, [k for _c, _l, k in plan])
    paras = []
    for (ch, label, _k), t in zip(plan, texts, strict=True):
        if (label, str(ch)) == (XREF[0], "4"):
            ws = t.split()
            cut = next(i for i, w in enumerate(ws) if w.endswith(".")) + 1
            ws[cut:cut] = XREF[2].split()
            t = " ".join(ws)
        paras.append((ch, label, t))
    dry = _layout(None, paras, None)
    dry.save()
    total = max(dry.page_sizes)
    path = out / "restart.pdf"
    f = _layout(path, paras, total)
    f.save()
    check(max(f.page_sizes) == total, "restart: page count changed between passes")

    entries = []
    for (ch, label, text), rec in zip(paras, f.paras, strict=True):
        entries.append(entry(label, text, page=rec.start_page, printed_page=str(rec.start_page),
                             printed_label=f"{label}.", end_page=rec.end_page, chapter=ch))
    unique_windows(entries, "restart.pdf")
    return {
        "paragraphs": entries,
        "notes": {
            "number_led_continuation_lines": number_led_continuations(f),
            "physical_pages": total,
            "numbering": "Paragraph numbers restart at 1 in each chapter, so (chapter, label) is the "
                         "identity; label alone repeats. Chapter headings are two lines: 'Chapter n' then "
                         "the chapter title. Chapters 2 and 4 begin on a new page; 1, 3 and 5 do not.",
            "printed_page_numbers": f"Footer prints 'Page n of {total}' centred; printed_page gives n as a "
                                    "string and equals the physical page.",
            "running_header": "Left: '" + f"{TITLE} \u2013 {FICTIONAL}" + "'; right: 'Chapter n: title' of "
                              "the last chapter heading placed on or before that page.",
            "layout": "Helvetica 10.5pt; label printed inline ('3. On 14 May ...'), wrapped lines return to "
                      "the margin.",
            "cross_reference": f"Chapter 4 paragraph 2 contains the sentence '{XREF[2]}'.",
        },
    }
