"""tabbed.pdf: '1.1<gap>text' paragraphs, wrapped lines back at the margin,
continuous footnotes at page bottoms, a landscape table page between 3.2 and
3.3, and an appendix numbered A1, A2, A3."""
from __future__ import annotations

import random
from pathlib import Path

from common import DISCLAIMER, FICTIONAL, entry, number_led_continuations, place_footnotes, to_words, unique_windows
from pdfflow import Flow, FootStyle, ParaStyle, register_vera
from prose import Writer, write_all
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle as RLStyle
from reportlab.platypus import Paragraph, Table, TableStyle

TITLE = "Child Safeguarding Practice Review: Child V"
RUNNING = f"{TITLE} \u2014 {FICTIONAL}"

FOOTNOTES = [  # (keywords locating the paragraph it annotates, footnote text)
    (["threshold"],
     "Tarnshire Safeguarding Children Partnership, Continuum of Need: Threshold Guidance for "
     "Practitioners, version 4 (2018). The guidance was replaced in 2022, and the current "
     "version takes a different approach to cumulative concerns."),
    (["rapid review"],
     "The rapid review was held on a date agreed with the partnership's independent scrutineer. "
     "Its report is not published."),
    (["practitioners"],
     "Practitioners are not named in this report. Their roles are described as they were at "
     "the time of the events."),
    (["as standard", "graded standard"],
     "A 'standard' grading means that the attending officer did not identify current risk "
     "factors for serious harm. The grading relies in part on the victim's own answers to the "
     "questions in the risk assessment, which is one reason the review has returned to it."),
    (["referral hub", "referral"],
     "The Multi-Agency Referral Hub is the single point of contact for concerns about children "
     "in Tarnshire. It has been restructured since the review period."),
    (["centile", "weight", "weighed"],
     "Centile charts compare a child's weight and height with those of other children of the "
     "same age and sex."),
    (["not brought"],
     "The term 'not brought' is used in place of 'did not attend' to emphasise that young "
     "children depend on adults to take them to appointments."),
    (["escalation"],
     "The escalation procedure is set out in the partnership's protocol on resolving "
     "professional disagreements (2017 edition), which allows any practitioner to challenge a "
     "decision made by another agency and sets timescales for each stage of the challenge. The "
     "protocol was little used in the period covered by this review."),
    (["step-down", "stepped", "early help"],
     "The step-down arrangements are discussed further in Section 4 of this report."),
    (["supervision"],
     "Supervision policies were provided by each agency. They vary considerably in the "
     "frequency of supervision expected and in the format of the record."),
    (["recording", "records", "recorded"],
     "A new case management system was introduced in the local authority in the final year of "
     "the review period, and some earlier records were migrated only in summary form."),
    (["audit", "audits"],
     "The outcome of the audit was provided to the panel in confidence."),
    (["quality assurance subgroup", "executive group"],
     "The quality assurance subgroup reports to the executive group of the partnership each "
     "quarter."),
    (["terms of reference", "key lines of enquiry"],
     "The terms of reference and the panel's minutes are held by the partnership; both are "
     "invented for this fictional report."),
]

SECTIONS = [
    ("Section 1: Introduction", "1", ["intro"] * 5),
    ("Section 2: What happened", "2", ["family", "family"] + ["chrono"] * 7),
    ("Section 3: Analysis", "3", ["analysis"] * 8),
    ("Section 4: Findings", "4", ["finding"] * 6),
    ("Section 5: Recommendations", "5", ["rec"] * 4),
    ("Appendix A: Terms of reference", "A", ["appendix"] * 3),
]

TABLE_ROWS = [
    ("Agency", "Period of involvement", "Recorded contacts", "Main issues identified"),
    ("Tarnshire Children's Services", "March 2019 to June 2021", "46",
     "Neglect; domestic abuse; two changes of allocated worker; plan ended at review conference"),
    ("Tarnshire Constabulary", "May 2019 to May 2021", "11",
     "Domestic incidents graded standard; breach of non-molestation order not linked to children"),
    ("Orrisford Royal Infirmary", "August 2019 to June 2021", "7",
     "Emergency attendances for minor injuries; one paediatric appointment not brought"),
    ("Tarnshire Community Health Trust", "February 2019 to April 2021", "23",
     "Missed health visiting contacts; weight faltering; records transferred without handover"),
    ("Fennick Road Surgery", "February 2019 to June 2021", "15",
     "Burn to forearm accepted as accidental; no alert added to household records"),
    ("Brackenhollow Primary School", "September 2019 to June 2021", "31",
     "Lateness; hunger; disclosure of 'a big fight' at home; referral screened out"),
    ("Orrisford Homes", "October 2019 to March 2021", "9",
     "Rent arrears; notice of possession; move to temporary accommodation"),
]

XREF_IN = "3.4"
XREF_WORDINGS = [
    "The events concerned are described at paragraphs 2.6 and 2.7 above.",
    "These events are set out in paragraphs 2.6 and 2.7 above.",
    "The relevant contacts are summarised in paragraphs 2.6 and 2.7 of this report.",
    "This is consistent with the account given in paragraphs 2.6 and 2.7.",
    "See also the events described in paragraphs 2.6 and 2.7 above.",
    "The chronology for this period is at paragraphs 2.6 and 2.7.",
]
W_TEXT = 595.2755905511812 - 144
BODY = ParaStyle(font="Vera", size=10.5, leading=14.5, mode="tab", indent=36,
                 space_after=8, sup_size=6.5, sup_rise=4)


def _deco(c, page, ps):
    if page == 1:
        return
    w, h = ps
    c.setFont("VeraIt", 8)
    c.drawString(72, h - 40, RUNNING)
    c.setFont("Vera", 9)
    c.drawCentredString(w / 2, 34, str(page))


def _table_page(c, page, ps):
    w, h = ps
    c.setFont("VeraBd", 12)
    c.drawString(72, h - 80, "Table 1: Summary of agency involvement with Child V during the review period")
    cell = RLStyle("cell", fontName="Vera", fontSize=9, leading=11.5)
    head = RLStyle("head", fontName="VeraBd", fontSize=9, leading=11.5)
    data = [[Paragraph(t, head if r == 0 else cell) for t in row] for r, row in enumerate(TABLE_ROWS)]
    t = Table(data, colWidths=[160, 140, 90, w - 144 - 390])
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    _tw, th = t.wrapOn(c, w - 144, h - 200)
    t.drawOn(c, 72, h - 100 - th)
    c.setFont("VeraIt", 8.5)
    c.drawString(72, h - 100 - th - 16, "Source: agency chronologies submitted to the review. Figures are counts of "
                 "recorded contacts with any member of the household.")


def build(out: Path) -> dict:
    register_vera()
    W = Writer("tabbed", "tabbed-v1", n_events=40, n_chrono=7)
    rng = random.Random("blind3:tabbed-footnotes")
    plan = []  # (section_idx, label, kind)
    for si, (_h, num, kinds) in enumerate(SECTIONS):
        for i, kind in enumerate(kinds, 1):
            plan.append((si, f"A{i}" if num == "A" else f"{num}.{i}", kind))
    texts = write_all(W, [k for _s, _l, k in plan])
    paras = [(si, label, t) for (si, label, _k), t in zip(plan, texts, strict=True)]
    # A cross-reference inside 3.4, placed so that a wrapped line of 3.4 begins with
    # "2.6" at the left margin -- exactly where real paragraph numbers sit (a trap).
    k34 = next(k for k, p in enumerate(paras) if p[1] == XREF_IN)
    si, label, text = paras[k34]
    xref = None
    for wording in XREF_WORDINGS:
        ws0 = text.split()
        cuts = [i + 1 for i, w in enumerate(ws0) if w.endswith(".") and 10 <= i < len(ws0) - 8]
        for cut in cuts:
            ws = ws0[:cut] + wording.split() + ws0[cut:]
            lines = Flow._break_lines(None, to_words(" ".join(ws)), BODY,  # type: ignore[arg-type]
                                      W_TEXT - BODY.indent, W_TEXT)
            hit = [i for i, ln in enumerate(lines) if i > 0 and ln[0].text == "2.6"]
            if hit:
                xref = (wording, " ".join(ws), hit[0])
                break
        if xref:
            break
    if xref is None:
        raise AssertionError("tabbed: could not wrap '2.6' to the start of a line in 3.4")
    paras[k34] = (si, label, xref[1])
    # footnotes go where their subject is mentioned, numbered in document order (not in 3.4)
    markers, fn_texts = place_footnotes([t for _s, _l, t in paras], FOOTNOTES, rng, reserved={k34})

    path = out / "tabbed.pdf"
    f = Flow(path, page_deco=_deco, foot=FootStyle(font="Vera", size=7.5, leading=9.5, indent=16),
             title=f"{TITLE} ({FICTIONAL})", author="Fictional lead reviewer")
    # title page
    f.space(120)
    f.plain_para(FICTIONAL, "VeraBd", 14, 20, after=30)
    f.plain_para("Tarnshire Safeguarding Children Partnership", "Vera", 13, 18, after=12)
    f.plain_para("Child Safeguarding Practice Review", "VeraBd", 22, 28, after=6)
    f.plain_para("Child V", "VeraBd", 22, 28, after=40)
    f.plain_para("Independent lead reviewer: Dr Imogen Farrant (fictional)", "Vera", 11, 15, after=4)
    f.plain_para("Final report, September 2023", "Vera", 11, 15, after=60)
    f.plain_para(DISCLAIMER, "VeraIt", 9.5, 13, after=0)
    f.new_page()
    table_page = None
    cur_section = -1
    recs = []
    for k, (si, label, text) in enumerate(paras):
        if si != cur_section:
            if cur_section >= 0 and SECTIONS[si][1] == "A":
                f.ensure_fresh_page()
            f.heading(SECTIONS[si][0], "VeraBd", 13.5, before=16, after=8, keep_lines=3 * BODY.leading)
            cur_section = si
        rec = f.para(label, to_words(text, markers.get(k)), BODY, fn_texts)
        recs.append(rec)
        if label == "3.2":
            table_page = f.special_page(_table_page, pagesize=landscape(A4))
    f.save()

    entries = []
    for k, ((si, label, text), rec) in enumerate(zip(paras, recs, strict=True)):
        entries.append(entry(label, text, page=rec.start_page, printed_page=str(rec.start_page),
                             printed_label=label, end_page=rec.end_page,
                             section=SECTIONS[si][0],
                             footnote_markers=sorted(markers.get(k, {}).values())))
    unique_windows(entries, "tabbed.pdf")
    n_pages = f.page_sizes and max(f.page_sizes)
    return {
        "paragraphs": entries,
        "notes": {
            "number_led_continuation_lines": number_led_continuations(f),
            "physical_pages": n_pages,
            "printed_page_numbers": "Footer prints the physical page number on every page except "
                                    "the title page (page 1). printed_page is a string.",
            "layout": "Number at the left margin, first line of text starts 36pt in; wrapped lines "
                      "return to the margin. Section headings 'Section n: ...'. Appendix uses A1, A2, A3 "
                      "with no full stop.",
            "landscape_page": {
                "page": table_page,
                "between": ["3.2", "3.3"],
                "how": "landscape media box (842 x 595 pt), no /Rotate; holds Table 1 (4 columns, "
                       "8 rows incl. header) and a source note. Not part of any numbered paragraph.",
            },
            "footnotes": f.footnotes,
            "footnote_markers": "Superscript digits (6.5pt, raised 4pt) attached directly after a "
                                "word, e.g. 'practice.3'. Never inside the first 10 or last 8 words of a "
                                "paragraph, so starts_with/ends_with contain no markers. The marker digits "
                                "are not part of the key's word windows; text extraction may glue them "
                                "to the preceding word.",
            "footnote_text": "Footnote bodies sit at the page bottom in 7.5pt with their number at the "
                             "margin and must not be attached to any paragraph's passage.",
            "cross_reference": f"Paragraph {XREF_IN} contains the sentence '{xref[0]}', and its line "
                               f"{xref[2] + 1} begins with '2.6' at the left margin (same x as real "
                               "paragraph numbers, but followed by a normal word space, not the 36pt "
                               "gap). It is NOT paragraph 2.6; everything on that line belongs to "
                               f"{XREF_IN}.",
            "running_header": RUNNING,
        },
    }
