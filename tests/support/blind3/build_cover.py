"""cover-labels.pdf: cover page, roman front matter (i foreword, ii contents,
iii glossary), then the report numbered from 1; /PageLabels to match; one
paragraph whose number and first line are the last line of a page."""
from __future__ import annotations

from pathlib import Path

from common import DISCLAIMER, FICTIONAL, check, entry, number_led_continuations, to_words, unique_windows
from pdfflow import Flow, ParaStyle, sw
from prose import Writer, _windows_ok, write_all_sents

TITLE = "Local Child Safeguarding Practice Review: Child Y"
RUNNING = f"Child Y \u2013 Local Child Safeguarding Practice Review \u2013 {FICTIONAL}"
FRONT = 3            # roman pages after the cover
FIRST_REPORT = 1 + FRONT + 1   # physical page of report page 1
# candidates (in order of preference) for the paragraph forced to start on the
# last line of a page; the first that can be placed there by trimming the
# two preceding paragraphs is used
TARGETS = ["3.5", "3.4", "3.3", "3.6", "4.2", "4.3", "2.3"]
ROMAN = ["i", "ii", "iii", "iv", "v"]

BODY = ParaStyle(font="Times-Roman", size=11.5, leading=15, mode="hang", indent=36,
                 space_after=7, justify=True, sup_size=7, sup_rise=4)

SECTIONS = [
    ("1 Introduction", "1", ["intro"] * 4),
    ("2 Background", "2", ["family"] * 3),
    ("3 Key practice episodes", "3", ["chrono"] * 6),
    ("4 Analysis and learning", "4", ["analysis"] * 4),
    ("5 Recommendations", "5", ["rec"] * 2),
]

FOREWORD = [
    "I am pleased to introduce this review, which the partnership commissioned after Child Y was "
    "seriously harmed. It is a difficult report to read. It describes a child whose needs were "
    "seen by many people but understood by none of them as a whole.",
    "The review does not look for individuals to blame. It asks why the arrangements around the "
    "family worked as they did, and what we as a partnership must change. I am grateful to the "
    "practitioners who spoke openly to the reviewer, and to Child Y's mother, who agreed to share "
    "her experience so that other families might be helped.",
    "The partnership has accepted all of the recommendations. Work on several of them began "
    "before the report was finished, and progress will be reported publicly.",
]
GLOSSARY = [
    ("CP", "Child protection"), ("CPC", "Child protection conference"),
    ("DA", "Domestic abuse"), ("ED", "Emergency department"),
    ("GP", "General practitioner"), ("HV", "Health visitor"),
    ("LCSPR", "Local child safeguarding practice review"),
    ("MARAC", "Multi-agency risk assessment conference"),
    ("SPA", "Single Point of Access (the 'front door' for referrals)"),
]


def printed_label(page: int) -> str | None:
    if page == 1:
        return None
    if page <= 1 + FRONT:
        return ROMAN[page - 2]
    return str(page - FRONT - 1)


def _deco(c, page, ps):
    lab = printed_label(page)
    if lab is None:
        return
    w, h = ps
    if page >= FIRST_REPORT:
        c.setFont("Times-Italic", 8.5)
        c.drawString(72, h - 40, RUNNING)
    c.setFont("Times-Roman", 10)
    c.drawCentredString(w / 2, 34, lab)


def _layout(path: Path | None, paras, contents: list[tuple[str, str]]) -> Flow:
    f = Flow(path, page_deco=_deco, title=f"{TITLE} ({FICTIONAL})", author="Fictional lead reviewer")
    if path is not None:
        f.c.addPageLabel(0, prefix="Cover")
        f.c.addPageLabel(1, style="ROMAN_LOWER", start=1)
        f.c.addPageLabel(FIRST_REPORT - 1, style="ARABIC", start=1)
    # cover
    f.plain_para(FICTIONAL, "Times-Bold", 13, 18, after=90)
    f.plain_para("Quillham and Dunmere Safeguarding Children Partnership", "Times-Roman", 15, 20, after=24)
    f.plain_para("Local Child Safeguarding Practice Review", "Times-Bold", 26, 32, after=8)
    f.plain_para("Child Y", "Times-Bold", 26, 32, after=40)
    f.plain_para("Independent reviewer: Naomi Strand (fictional)", "Times-Roman", 12, 16, after=4)
    f.plain_para("Final report \u2013 published 14 November 2023", "Times-Roman", 12, 16, after=150)
    f.plain_para(DISCLAIMER, "Times-Italic", 10, 13, after=0)
    f.new_page()
    # i: foreword
    f.heading("Foreword", "Times-Bold", 16, after=10)
    for t in FOREWORD:
        f.plain_para(t, "Times-Roman", 11.5, 15, after=9)
    f.plain_para("Dr Alex Morrow (fictional)", "Times-Italic", 11.5, 15, after=0)
    f.plain_para("Independent Chair, Quillham and Dunmere Safeguarding Children Partnership",
                 "Times-Italic", 11.5, 15, after=0)
    f.new_page()
    # ii: contents
    f.heading("Contents", "Times-Bold", 16, after=12)
    right = f.pagesize[0] - f.R
    for text, pg in contents:
        f.y -= 20
        base = f.y + 4
        c = f.c
        c.setFont("Times-Roman", 11.5)
        c.drawString(f.L, base, text)
        c.drawRightString(right, base, pg)
        x0 = f.L + sw(text, "Times-Roman", 11.5) + 6
        x1 = right - sw(pg, "Times-Roman", 11.5) - 6
        dots = "." * int((x1 - x0) / sw(".", "Times-Roman", 11.5))
        c.drawRightString(x1, base, dots)
        f.dirty = True
    f.new_page()
    # iii: glossary
    f.heading("Glossary of abbreviations", "Times-Bold", 16, after=12)
    for ab, full in GLOSSARY:
        f.y -= 17
        f.c.setFont("Times-Bold", 11.5)
        f.c.drawString(f.L, f.y, ab)
        f.c.setFont("Times-Roman", 11.5)
        f.c.drawString(f.L + 80, f.y, full)
        f.dirty = True
    f.new_page()
    # report
    cur = None
    section_pages = {}
    for si, label, text in paras:
        if si != cur:
            f.heading(SECTIONS[si][0], "Times-Bold", 14, before=14, after=6, keep_lines=3 * BODY.leading)
            section_pages[si] = f.page
            cur = si
        f.para(label, to_words(text), BODY, meta={"section": si})
    f.section_pages = section_pages  # type: ignore[attr-defined]
    return f


def _contents(section_pages: dict[int, int]) -> list[tuple[str, str]]:
    out = [("Foreword", "i"), ("Contents", "ii"), ("Glossary of abbreviations", "iii")]
    for si, (head, _n, _k) in enumerate(SECTIONS):
        out.append((head, printed_label(section_pages.get(si, FIRST_REPORT))))
    return out


def build(out: Path) -> dict:
    W = Writer("cover", "cover-v1", n_events=24, n_chrono=6)
    plan = []
    for si, (_h, num, kinds) in enumerate(SECTIONS):
        for i, kind in enumerate(kinds, 1):
            plan.append((si, f"{num}.{i}", kind))
    sents = write_all_sents(W, [k for _s, _l, k in plan])
    def texts_for(t_idx: int, k1: int, k2: int):
        ss = [list(s) for s in sents]
        if k1:
            ss[t_idx - 1] = ss[t_idx - 1][:-k1]
        if k2:
            ss[t_idx - 2] = ss[t_idx - 2][:-k2]
        for s in (ss[t_idx - 1], ss[t_idx - 2]):
            if len(s) < 2 or s[-1] in W._reused or len(" ".join(s).split()) < 80:
                return None
        if _windows_ok(ss):
            return None
        return [(si, lab, " ".join(s)) for (si, lab, _k), s in zip(plan, ss, strict=True)]

    chosen = None
    contents = _contents({})
    labels_in_plan = [lab for _s, lab, _k in plan]
    for target in TARGETS:
        t_idx = labels_in_plan.index(target)
        for k1 in range(0, 10):
            for k2 in range(0, 10):
                paras = texts_for(t_idx, k1, k2)
                if paras is None:
                    continue
                f = _layout(None, paras, contents)
                f.save()
                rec = next(r for r in f.paras if r.label == target)
                if rec.lines[0].page != rec.lines[1].page:
                    chosen = (target, paras, f.section_pages)  # type: ignore[attr-defined]
                    break
            if chosen:
                break
        if chosen:
            break
    check(chosen is not None, "cover-labels: could not place the target paragraph at a page bottom")
    TARGET, paras, spages = chosen
    contents = _contents(spages)
    path = out / "cover-labels.pdf"
    f = _layout(path, paras, contents)
    f.save()
    check(f.section_pages == spages, "cover-labels: layout changed between passes")  # type: ignore[attr-defined]
    rec_t = next(r for r in f.paras if r.label == TARGET)
    check(rec_t.lines[0].page != rec_t.lines[1].page, "cover-labels: target not split")

    entries = []
    for (si, label, text), rec in zip(paras, f.paras, strict=True):
        extra = {}
        if label == TARGET:
            extra["starts_on_last_line_of_page"] = True
        entries.append(entry(label, text, page=rec.start_page, printed_page=printed_label(rec.start_page),
                             printed_label=label, end_page=rec.end_page, section=SECTIONS[si][0], **extra))
    unique_windows(entries, "cover-labels.pdf")
    n_pages = max(f.page_sizes)
    labels = ["Cover"] + ROMAN[:FRONT] + [str(i) for i in range(1, n_pages - FRONT)]
    return {
        "paragraphs": entries,
        "notes": {
            "number_led_continuation_lines": number_led_continuations(f),
            "physical_pages": n_pages,
            "printed_page_numbers": "Page 1 (cover) prints no number; physical pages 2-4 print i, ii, iii "
                                    "(foreword, contents, glossary); physical page 5 onwards prints 1, 2, 3 ... "
                                    "centred in the footer. printed_page is that string. Front matter has no "
                                    "numbered paragraphs.",
            "page_labels": labels,
            "page_labels_detail": "/PageLabels number tree: index 0 prefix 'Cover' (no style), index 1 style "
                                  "/r start 1, index 4 style /D start 1.",
            "bottom_of_page_paragraph": {
                "label": TARGET, "page": rec_t.lines[0].page, "continues_on": rec_t.lines[1].page,
                "first_line": rec_t.lines[0].text,
            },
            "contents_page": "Physical page 3 (printed ii) lists section headings '1 Introduction' ... "
                             "'5 Recommendations' with dot leaders and printed page numbers; it is not a "
                             "numbered paragraph.",
            "layout": "Times-Roman 11.5pt, justified; label at the margin, every text line 36pt in "
                      "(hanging indent). Headings like '3 Key practice episodes'.",
            "running_header": RUNNING + " (report pages only)",
        },
    }
