"""Blind fixture generator 41: five FICTIONAL reports by statutory bodies other than safeguarding partnerships, as
practitioners meet them: a coroner's report to prevent future deaths printed from the Word template's one long
table, a family court's judgment as The National Archives' Find Case Law serves it, a joint targeted area inspection
whose numbered paragraphs run beside coloured side panels, a domestic homicide review on the Home Office's overview
report template, and a select committee report's web page with its conclusions and recommendations at the end.

FICTIONAL \u2013 for software testing. Run: python make.py [outdir] (a few seconds: everything is built twice and the
bytes compared). Needs reportlab (its canvas and its font folder: Arial metric Type 1 faces), lxml, python-docx and
pdfplumber; no system fonts, no network. Every generator checks its own key with pdfplumber/lxml/python-docx, never
with the project's parser.

pfd.pdf         a coroner's REGULATION 28 REPORT TO PREVENT FUTURE DEATHS as the Word template prints it: the whole
                report is ONE RULED TWO-COLUMN TABLE (Arial 11): a title row across both columns, a "THIS REPORT IS
                BEING SENT TO:" row whose addressees are a short NUMBERED LIST "1." to "3.", then nine rows whose
                LEFT CELL holds the template's BOX NUMBER alone, bold ("1" to "9"), and whose right cell opens with
                the box's bold capitals title ("CORONER", "CORONER'S LEGAL POWERS", "INVESTIGATION and INQUEST",
                "CIRCUMSTANCES OF THE DEATH", "CORONER'S CONCERNS", ...); boxes 1 to 4 hold unnumbered prose; box 5
                the template's lead-in ("... The MATTERS OF CONCERN are as follows. \u2013") and the MATTERS OF
                CONCERN numbered "(1)" to "(n)", hanging inside the right cell, under bold underlined sub-headings
                naming the agency; box 5 runs over two page breaks, its rules drawn on each page (Word closes a
                split row at the page foot and opens it again at the next page's top); a bare centred folio
judgment.html   a family court's approved judgment as THE NATIONAL ARCHIVES' FIND CASE LAW page serves it: site
                header, breadcrumb, the download links; the judgment's header (neutral citation "[2025] EWFC 341
                (B)", case number, court, date, "Before:", the parties' table with "- and -", counsel, hearing dates,
                "Approved Judgment" and the bold anonymity warning); the body's paragraphs each a <section
                class="judgment-body__section" id="para_12"> holding <span class="judgment-body__number">12.</span>
                and a <div> of <p>s; headings are bare bold <p>s between sections; one paragraph quotes the statute
                in a <blockquote> and goes on after it in a second <p>; one holds three NESTED SUB-PARAGRAPHS,
                <section class="judgment-body__nested-section"> with their own "(a)" to "(c)" numbers; "at [7]
                above" cross-references in mid-text; no pages
inspection.pdf  a JOINT TARGETED AREA INSPECTION report designed by an inspectorate (Arial): a navy title band,
                paragraphs numbered "1." to "n." straight through under unnumbered coloured headings, hanging in a
                NARROW LEFT COLUMN, and beside them in the right column COLOURED SIDE PANELS (a teal or plum fill,
                a white bold "What needs to improve" / "Strengths" heading, bulleted points in 9 pt) level with the
                paragraphs' lines, so that a line-by-line reading takes a panel's line after each body line; the
                running footer "Joint targeted area inspection: Calderbridge" and "Page N"
dhr.docx        a domestic homicide review written on the HOME OFFICE OVERVIEW REPORT TEMPLATE in Word: its nineteen
                fixed sections as Heading 1 numbered "%1." by the style ("Introduction", "Timescales",
                "Confidentiality", "Terms of Reference" ... "Recommendations"), most holding a single paragraph,
                numbered "%1.%2" by direct numbering (numId 1 ilvl 1); after 3.1 a captioned PSEUDONYM TABLE, after
                8.1 the panel members' table, after 14.1 the CHRONOLOGY TABLE whose first column holds dates typed
                "03.02.2022" (two dots, like a three-level number), after 19.1 the action plan table whose rows are
                numbered "1" to "3" in a "No." column; an "OFFICIAL" header; page breaks before sections
committee.html  a House of Commons select committee report as its HTML edition (a FICTIONAL committee and report):
                contents list, unnumbered summary paragraphs, chapters as <h2>s typed "2 Early help", numbered
                paragraphs <p class="NumberedParagraph" id="para-12"> whose number is an ANCHOR LINK (<a
                class="para-anchor" href="#para-12">12.</a>) followed by an em space; in some paragraphs the
                committee's conclusion or recommendation is the last sentence IN BOLD; footnote references (raised
                links) in mid-paragraph and the footnotes ("12 Q112 [Dr Okafor]", written evidence references) at
                the end of their chapter; the "Conclusions and recommendations" chapter REPEATS the bold sentences
                numbered "1." to "5." again, each ending "(Paragraph 12)"; "Published written evidence" lines numbered
                "1" to "4"

Judgement calls (what a practitioner citing the report would expect):
- the label is the paragraph number as printed, without a trailing stop or brackets: "12." is 12, a matter of concern
  "(3)" is 3 (cited as "concern (3)" of the report, the only numbered paragraphs it has); "2.3" on the template;
- a coroner's template box numbers ("5" beside "CORONER'S CONCERNS") are the template's section numbers, headings
  with their titles, never paragraph labels; the addressee list "1." to "3." is a list of names, no paragraphs; the
  unnumbered prose of boxes 1-4 and 6-9 is no numbered paragraph's text;
- a judgment's paragraph is its whole section: the quotation and the carry-on after it, and its nested "(a)" to
  "(c)" sub-paragraphs, are its text (the sub-paragraphs no paragraphs of their own);
- side panels, tables (pseudonyms, panel, chronology with its dotted dates, action plan with its "No." column),
  captions, footnotes, headings, title bands, contents lists, numbered lists of evidence and site furniture are no
  paragraph's text;
- a select committee's closing list of conclusions and recommendations repeats the body's bold sentences, each
  pointing back "(Paragraph 12)": a practitioner cites the body's paragraph 12, so the list's numbers "1." to "5."
  label no paragraphs and its items are no paragraphs (like a contents page's entries);
- pages: physical and 1-based for PDF. DOCX pages are counted from explicit breaks: page = 1 + the page breaks
  (<w:br w:type="page"/>) before the paragraph (each page holds at most about 480 words). HTML: null.
"""
import os
import pathlib
import re
import sys

if __package__ in (None, ""):
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
    from support.blindkit import draw as _draw
    from support.blindkit import harness as _harness
    from support.blindkit import keys as _keys
    from support.blindkit import pdfread as _pdfread
    from support.blindkit.markup import SECT_A4

    _text = _harness.load(__file__, "blind41_text", "text.py")
    _b37 = _harness.load(__file__, "blind37_make", "..", "blind37", "make.py")
else:
    from ..blind37 import make as _b37
    from ..blindkit import draw as _draw
    from ..blindkit import harness as _harness
    from ..blindkit import keys as _keys
    from ..blindkit import pdfread as _pdfread
    from ..blindkit.markup import SECT_A4
    from . import text as _text

ParaMaker, norm, contains_seq = _text.ParaMaker, _keys.norm, _keys.contains_seq
entry, check_lengths, check_count, after_first = _keys.entry, _keys.check_lengths, _keys.check_count, \
    _b37.after_first
hesc, xesc = _b37.hesc, _b37.xesc
# round 37's Word helpers (through round 36's): the package, styles, runs and paragraphs, numbering read back
W_NS, XML_HEAD, WP_NS, BRK = _b37.W_NS, _b37.XML_HEAD, _b37.WP_NS, _b37.BRK
wp, wr, docx_package, styles_xml, read_style_numbering = _b37.wp, _b37.wr, _b37.docx_package, _b37.styles_xml, \
    _b37.read_style_numbering
Layout, sw, wrap = _draw.Layout, _draw.sw, _draw.wrap

FICT = "FICTIONAL \u2013 for software testing"
INVENTED = "Every person, place and service named here is invented."
A, AB, AI = "ArialMT", "Arial-BoldMT", "Arial-ItalicMT"
BLACK = (0, 0, 0)


def register():
    _draw.register_fonts({A: "_a______", AB: "_ab_____", AI: "_ai_____"})


def body_words(path, keep):
    """Per page: pdfplumber's words of the characters ``keep`` accepts."""
    pages = _pdfread.pdf_pages(path)
    return pages, [_pdfread.words_of(p, keep) for p in pages]


def check_pdf(name, pages, pw, result, texts, labels, shown, lo=1):
    """Every paragraph's words in one piece over the body text; its printed number drawn where it was put, on its
    page, with its first words; some paragraphs cross a page."""
    allw = [w for p in pw for w in p]
    crossing = 0
    for d, t, (pg, x, y), s in zip(result, texts, labels, shown, strict=True):
        if not contains_seq(allw, norm(t)):
            raise AssertionError(f"{name}: text of {d['label']} not read back in one piece")
        if pg != d["page"] or not contains_seq(pw[pg - 1], norm(d["starts_with"])):
            raise AssertionError(f"{name}: page or starts_with of {d['label']}")
        cs = sorted((c for c in pages[pg - 1] if abs(c["matrix"][5] - y) < 0.05 and c["x0"] >= x - 0.05),
                    key=lambda c: c["x0"])
        if "".join(c["text"] for c in cs[:len(s)]) != s:
            raise AssertionError(f"{name}: label {d['label']} not drawn as {s!r}")
        crossing += not contains_seq(pw[pg - 1], norm(d["ends_with"]))
    if not lo <= crossing <= 6:
        raise AssertionError(f"{name}: {crossing} paragraphs across a page break")


# --------------------------------------------------------------------------
# 1. pfd.pdf: a Regulation 28 report printed from the Word template: one ruled two-column table
# --------------------------------------------------------------------------
PF_L, PF_MID, PF_R = 56.7, 96.4, 538.6
PF_TOP, PF_BOTTOM = 785.0, 70.0
PF_SENT = ["1. The Chief Executive, Harrowmere Partnership NHS Trust (FICTIONAL)",
           "2. The Director of Adult Social Care, Harrowmere Council (FICTIONAL)",
           "3. The Chief Constable, Harrowmere Constabulary (FICTIONAL)"]
# box 5's matters of concern, under sub-headings: (heading, [n_words or ("OPEN", k, n)])
PF_CONCERNS = [
    ("The mental health trust", [("OPEN", 2, 84), 60, 75, 55, ("OPEN", 1, 65)]),
    ("The local authority", [70, ("OPEN", 4, 60), 65, 55, 75]),
    ("The police", [("OPEN", 3, 65), 60, 70, 55, 65]),
]
PF_BOXES = [
    ("CORONER", ["I am Eleanor Vasquez-Hale, Assistant Coroner for the coroner area of Harrowmere and Tilsey "
                 "(FICTIONAL)."]),
    ("CORONER'S LEGAL POWERS", ["I make this report under paragraph 7, Schedule 5, of the Coroners and Justice "
                                "Act 2009 and regulations 28 and 29 of the Coroners (Investigations) Regulations "
                                "2013."]),
    ("INVESTIGATION and INQUEST", ["On 14 June 2024 I commenced an investigation into the death of Tobias Renwick, "
                                   "aged 34. The investigation concluded at the end of the inquest on 21 January "
                                   "2025. The conclusion of the inquest was a narrative conclusion."]),
    ("CIRCUMSTANCES OF THE DEATH", None),  # two prose paragraphs from the maker
    ("CORONER'S CONCERNS", None),  # the lead-in and the matters of concern
    ("ACTION SHOULD BE TAKEN", ["In my opinion action should be taken to prevent future deaths and I believe you "
                                "and your organisations have the power to take such action."]),
    ("YOUR RESPONSE", ["You are under a duty to respond to this report within 56 days of the date of this report, "
                       "namely by 18 March 2025. I, the coroner, may extend the period. Your response must contain "
                       "details of action taken or proposed to be taken, setting out the timetable for action. "
                       "Otherwise you must explain why no action is proposed."]),
    ("COPIES and PUBLICATION", ["I have sent a copy of my report to the Chief Coroner and to the following "
                                "Interested Persons: the family of Mr Renwick and Harrowmere Housing Services "
                                "(FICTIONAL). I am also under a duty to send a copy of your response to the Chief "
                                "Coroner and all interested persons who in my opinion should receive it."]),
    ("", ["21 January 2025", "Eleanor Vasquez-Hale, Assistant Coroner (FICTIONAL)"]),
]
PF_LEAD = ("During the course of the inquest the evidence revealed matters giving rise to concern. In my opinion "
           "there is a risk that future deaths will occur unless action is taken. In the circumstances it is my "
           "statutory duty to report to you.")


class TableFlow:
    """Lines poured down pages inside a ruled two-column table whose rows may split over a page: each row's part on
    a page is closed with its own rules (top, bottom, the two outer edges and the column rule)."""

    def __init__(self, lay):
        self.lay, self.cur, self.seg_top = lay, None, None
        self.page()

    def page(self):
        self.lay.new_page()
        self.cur = PF_TOP

    def open_row(self):
        self.seg_top = self.cur
        self.cur -= 4.0

    def close_seg(self, split_col=True):
        bot = self.cur - 4.0
        lay, top = self.lay, self.seg_top
        for y in (top, bot):
            lay.line(PF_L, y, PF_R, y, 0.5, BLACK)
        for x in (PF_L, PF_R) + ((PF_MID,) if split_col else ()):
            lay.line(x, top, x, bot, 0.5, BLACK)
        self.cur = bot

    def line(self, segs, gap=0.0, lead=13.8, keep=1, split_col=True):
        """One printed line (segments (x, s, font, size, rgb)); ``keep`` lines must fit (a paragraph's first two)."""
        if self.cur - gap - lead * keep < PF_BOTTOM:
            self.close_seg(split_col)
            self.page()
            self.seg_top = self.cur
            self.cur -= 4.0
            gap = 0.0
        base = self.cur - gap - lead * 0.78
        for x, s, font, size, rgb in segs:
            self.lay.text(x, base, s, font, size, rgb)
        self.cur -= gap + lead
        return self.lay.n, base


def make_pfd(out, pm):
    register()
    path = out / "pfd.pdf"
    lay = Layout()
    lay.font = A
    fl = TableFlow(lay)
    meas = lambda s: sw(s, A, 11)  # noqa: E731
    x_text = PF_MID + 5.7
    width = PF_R - 5.7 - x_text

    def prose(s, gap=6.0):
        for k, ln in enumerate(wrap(s.split(), width, meas)):
            fl.line([(x_text, " ".join(ln), A, 11, BLACK)], gap if k == 0 else 0.0, keep=2 if k == 0 else 1)

    fl.open_row()
    title = "REGULATION 28: REPORT TO PREVENT FUTURE DEATHS"
    fl.line([((PF_L + PF_R - sw(title, AB, 12)) / 2, title, AB, 12, BLACK)], lead=16)
    note = f"{FICT}. {INVENTED}"
    fl.line([((PF_L + PF_R - sw(note, AI, 8.5)) / 2, note, AI, 8.5, BLACK)], lead=12)
    fl.close_seg(split_col=False)
    fl.open_row()
    fl.line([(x_text, "THIS REPORT IS BEING SENT TO:", AB, 11, BLACK)])
    for s in PF_SENT:
        fl.line([(x_text, s, A, 11, BLACK)], 2.0)
    fl.close_seg()
    result, texts, labels, shown, heads = [], [], [], [], []
    n_conc = 0
    for box, (btitle, lines) in enumerate(PF_BOXES, 1):
        fl.open_row()
        segs = [(PF_L + 5.7, str(box), AB, 11, BLACK)]
        if btitle:
            segs.append((x_text, btitle, AB, 11, BLACK))
            fl.line(segs, keep=3)
            segs = None
        if box == 4:
            for n in (100, 90):
                prose(pm.make(n, "adult"))
        elif box == 5:
            prose(PF_LEAD)
            prose("The MATTERS OF CONCERN are as follows. \u2013")
            for head, items in PF_CONCERNS:
                _pg, base = fl.line([(x_text, head, AB, 11, BLACK)], 10.0, keep=3)
                lay.line(x_text, base - 1.6, x_text + sw(head, AB, 11), base - 1.6, 0.6, BLACK)
                heads.append(head)
                for it in items:
                    n_conc += 1
                    if isinstance(it, tuple):
                        _kind, k, n = it
                        t = _text.PFD_OPEN[k] + " " + pm.make(n - len(_text.PFD_OPEN[k].split()), "adult")
                    else:
                        t = pm.make(it, "adult")
                    num = f"({n_conc})"
                    lines_ = wrap(t.split(), PF_R - 5.7 - (x_text + 27), meas)
                    first = None
                    for k, ln in enumerate(lines_):
                        sg = [(x_text + 27, " ".join(ln), A, 11, BLACK)]
                        if k == 0:
                            sg.insert(0, (x_text, num, A, 11, BLACK))
                        at = fl.line(sg, 6.0 if k == 0 else 0.0, keep=2 if k == 0 else 1)
                        first = first or at
                    texts.append(t)
                    result.append(entry(str(n_conc), first[0], t))
                    labels.append((first[0], x_text, first[1]))
                    shown.append(num)
        else:
            for k, s in enumerate(lines):
                if segs is not None and k == 0:
                    segs.append((x_text, s, A, 11, BLACK))
                    fl.line(segs)
                    segs = None
                else:
                    prose(s, 2.0 if box == 9 else 6.0)
        fl.close_seg()
    for k in range(1, lay.n + 1):
        s = str(k)
        lay.text((lay.w - sw(s, A, 9)) / 2, 40, s, A, 9, BLACK, page=k)
    lay.render(path, {"Title": "Regulation 28 report - Tobias Renwick (FICTIONAL)", "Author": "Harrowmere Coroner's "
                      "Court (FICTIONAL)", "Subject": FICT, "Creator": "Microsoft\u00ae Word for Microsoft 365"})
    check_lengths(path.name, texts)
    check_count(path.name, result)
    # read back: the body is everything above the folio; box numbers stand alone in the left cell
    pages, pw = body_words(path, lambda c: c["matrix"][5] > 60)
    check_pdf(path.name, pages, pw, result, texts, labels, shown)
    if not 3 <= len(pages) <= 5:
        raise AssertionError(f"pfd.pdf: {len(pages)} pages")
    left = [c["text"] for p in pages for c in p if c["x0"] < PF_MID and c["matrix"][5] > 60]
    if "".join(left) != "".join(str(k) for k in range(1, 10)):
        raise AssertionError(f"pfd.pdf: the box numbers {left}")
    split5 = sum(1 for p in pages if any(c["text"] == "(" and c["x0"] > PF_MID for c in p))
    return {
        "note": ("A coroner's REGULATION 28 REPORT TO PREVENT FUTURE DEATHS after the inquest into the death of Mr "
                 "Tobias Renwick, printed to PDF from the Chief Coroner's Word template: the whole report is ONE "
                 "RULED TWO-COLUMN TABLE (Arial 11). A title row across both columns; a 'THIS REPORT IS BEING SENT "
                 "TO:' row whose three addressees are numbered '1.' to '3.' (a list of names, no paragraphs); then "
                 "nine rows whose LEFT CELL holds the template's BOX NUMBER alone in bold ('1' to '9') beside the "
                 "box's bold capitals title ('CORONER', 'CORONER'S LEGAL POWERS', 'INVESTIGATION and INQUEST', "
                 "'CIRCUMSTANCES OF THE DEATH', 'CORONER'S CONCERNS', 'ACTION SHOULD BE TAKEN', 'YOUR RESPONSE', "
                 "'COPIES and PUBLICATION', and the date and signature in box 9): the box numbers are the template's "
                 "section numbers, headings, never paragraph labels. Boxes 1 to 4 hold UNNUMBERED prose (the "
                 "circumstances two paragraphs); box 5 holds the template's lead-in ('During the course of the "
                 "inquest ... The MATTERS OF CONCERN are as follows. \u2013') and the MATTERS OF CONCERN numbered "
                 f"'(1)' to '({n_conc})', hanging inside the right cell, under bold underlined sub-headings naming "
                 "the agency (" + ", ".join(f"'{h}'" for h in heads) + "). The key's paragraphs are the matters of "
                 "concern, labelled by their numbers without brackets. Box 5 runs over "
                 f"{split5} pages: Word closes the split row with its rules at each page foot and opens it again at "
                 "the next page's top. The unnumbered prose of the other boxes, the titles and the bare centred "
                 "folio are no paragraph's text. Pages physical."),
        "paragraphs": result,
    }



# --------------------------------------------------------------------------
# 2. judgment.html: a family court judgment as The National Archives' Find Case Law serves it
# --------------------------------------------------------------------------
# sections: (heading, [n_words, ("OPEN", k, n), ("QUOTE", n) a blockquote and a carry-on <p>, ("SUBS", n) nested
# sub-paragraphs (a)-(c) after a lead-in, ("XREF", n) a cross-reference to an earlier paragraph in mid-text])
JG_PLAN = [
    ("Introduction", [70, ("OPEN", 1, 75), 65]),
    ("Background", [80, 75, ("XREF", 85), 70]),
    ("The law", [("QUOTE", 60), ("OPEN", 0, 70)]),
    ("The evidence", [("OPEN", 2, 85), 80, ("SUBS", 55), 75]),
    ("Findings", [("OPEN", 3, 80), 70, ("XREF", 75), 65]),
]
JG_SITE = "https://caselaw.nationalarchives.gov.uk"
JG_NCN = "[2025] EWFC 341 (B)"
JG_TITLE = "Calderbridge City Council v A Mother & Ors"


def make_judgment(out, pm):
    path = out / "judgment.html"
    body, result, texts, kinds = [], [], [], {}
    n = 0
    for title, items in JG_PLAN:
        body.append(f"<p><b>{hesc(title)}</b></p>")
        for it in items:
            n += 1
            kind, n_words = (it[0], it[-1]) if isinstance(it, tuple) else ("", it)
            t = pm.make(n_words, "child")
            if kind == "OPEN":
                t = _text.JG_OPEN[it[1]] + " " + pm.make(n_words - len(_text.JG_OPEN[it[1]].split()), "child")
            if kind == "XREF":
                t = after_first(t, f"As I said at [{n - 3}] above, that is not the question for this court.")
            ps = [f"<p>{hesc(t)}</p>"]
            full = t
            if kind == "QUOTE":
                lead = t
                more = pm.make(45, "child")
                ps = [f"<p>{hesc(lead)} Section 31(2) of the Act provides:</p>",
                      f"<blockquote><p>\u201c{hesc(_text.JG_QUOTE)}\u201d</p></blockquote>", f"<p>{hesc(more)}</p>"]
                full = f"{lead} Section 31(2) of the Act provides: \u201c{_text.JG_QUOTE}\u201d {more}"
            elif kind == "SUBS":
                lead = t + " I make three findings in particular:"
                subs = "".join(
                    f'<section class="judgment-body__nested-section" id="para_{n}_{ch}"><span '
                    f'class="judgment-body__number">({ch})</span><div><p>{hesc(s_)}</p></div></section>'
                    for ch, s_ in zip("abc", _text.JG_SUBS, strict=True))
                ps = [f"<p>{hesc(lead)}</p>", subs]
                full = lead + " " + " ".join(f"({ch}) {s_}" for ch, s_ in zip("abc", _text.JG_SUBS, strict=True))
                kinds["SUBS"] = str(n)
            if kind:
                kinds.setdefault(kind + "S", []).append(str(n))
            body.append(f'<section class="judgment-body__section" id="para_{n}"><span class="judgment-body__number">'
                        f'{n}.</span><div>' + "".join(ps) + "</div></section>")
            texts.append(full)
            result.append(entry(str(n), None, full))
    site = JG_SITE
    slug = "/ewfc/b/2025/341"
    head = [
        '<header class="judgment-header">',
        f'<p class="judgment-header__neutral-citation">Neutral Citation Number: {JG_NCN}</p>',
        '<p class="judgment-header__case-number">Case No: CB24C00417</p>',
        '<p class="judgment-header__court"><b>IN THE FAMILY COURT AT CALDERBRIDGE</b></p>',
        '<p class="judgment-header__date">Date: 14/03/2025</p>',
        '<p>Before :</p>', '<p class="judgment-header__judge"><b>HER HONOUR JUDGE ORMEROD</b></p>',
        "<p>- - - - - - - - - - - - - - - - - - - - -</p>",
        '<table class="judgment-header__parties"><tr><td>Between :</td><td></td></tr>'
        "<tr><td></td><td><b>CALDERBRIDGE CITY COUNCIL</b></td><td>Applicant</td></tr>"
        "<tr><td></td><td>- and -</td><td></td></tr>"
        "<tr><td></td><td><b>A MOTHER</b></td><td>1st Respondent</td></tr>"
        "<tr><td></td><td><b>A FATHER</b></td><td>2nd Respondent</td></tr>"
        "<tr><td></td><td><b>THE CHILDREN (by their Children's Guardian)</b></td><td>3rd and 4th Respondents</td>"
        "</tr></table>",
        "<p>- - - - - - - - - - - - - - - - - - - - -</p>",
        "<p><b>Ms Ruth Danvers</b> (instructed by Calderbridge City Council Legal Services) for the Applicant</p>",
        "<p><b>Mr Ilyas Brannock</b> (instructed by Pellow &amp; Thrale) for the 1st Respondent</p>",
        "<p>Hearing dates: 3 to 7 February 2025</p>",
        "<p>- - - - - - - - - - - - - - - - - - - - -</p>",
        '<p class="judgment-header__type"><b>Approved Judgment</b></p>',
        "<p><b>This judgment was delivered in private. The judge has given leave for this version of the judgment to "
        "be published on condition that (irrespective of what is contained in the judgment) in any published version "
        "of the judgment the anonymity of the children and members of their family must be strictly preserved. All "
        "persons, including representatives of the media, must ensure that this condition is strictly complied "
        "with. Failure to do so will be a contempt of court.</b></p>",
        f"<p><i>{FICT}. {INVENTED} The court, the parties and the neutral citation are invented.</i></p>",
        "</header>"]
    page = "\n".join([
        "<!DOCTYPE html>", '<html lang="en-GB">', "<head>", '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{hesc(JG_TITLE)} {JG_NCN} (14 March 2025) - Find Case Law - The National Archives (FICTIONAL "
        "copy)</title>",
        f'<link rel="stylesheet" href="{site}/static/css/main.css">',
        f'<link rel="alternate" type="application/akn+xml" href="{site}{slug}/data.xml">', "</head>",
        '<body class="judgment">',
        '<a class="skip-link" href="#main-content">Skip to main content</a>',
        '<header class="page-header"><div class="page-header__container"><a class="page-header__logo" '
        f'href="https://www.nationalarchives.gov.uk/">The National Archives</a><a class="page-header__service" '
        f'href="{site}/">Find Case Law</a></div></header>',
        '<nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/">Find case law</a></li><li>'
        f"{hesc(JG_TITLE)}</li></ol></nav>",
        '<div class="judgment-toolbar"><h1 class="judgment-toolbar__title">' + hesc(JG_TITLE) + "</h1>"
        f'<p class="judgment-toolbar__reference">{JG_NCN}</p><ul class="judgment-toolbar__download"><li><a href="'
        f'{site}{slug}/data.pdf">Download PDF (168KB)</a></li><li><a href="{site}{slug}/data.xml">Download this '
        "judgment as XML</a></li></ul></div>",
        '<main id="main-content"><article class="judgment-component">', *head,
        '<div class="judgment-body">', *body, "</div>",
        '<p class="judgment-footer"><b>HER HONOUR JUDGE ORMEROD</b></p>', "</article></main>",
        '<footer class="page-footer"><p>All content is available under the Open Justice Licence, except where '
        "otherwise stated.</p><p>&copy; Crown copyright (FICTIONAL copy for software testing)</p></footer>",
        "</body>", "</html>", ""])
    path.write_text(page, encoding="utf-8")
    check_lengths(path.name, texts)
    check_count(path.name, result)
    # read back: each top-level section's number and all its text (nested sections' numbers included)
    from lxml import html as lhtml
    root = lhtml.fromstring(path.read_bytes())
    got = []
    for sec in root.xpath('//section[@class="judgment-body__section"]'):
        num = sec.xpath('./span[@class="judgment-body__number"]')[0].text_content()
        div = sec.xpath("./div")[0]
        blocks = div.xpath('.//p | .//span[@class="judgment-body__number"]')
        got.append([num.rstrip("."), " ".join(" ".join(b.text_content().split()) for b in blocks)])
    want = [[d["label"], " ".join(t.split())] for d, t in zip(result, texts, strict=True)]
    if got != want:
        raise AssertionError(f"judgment.html: read back {[g[0] for g in got]}")
    if len(root.xpath('//section[@class="judgment-body__nested-section"]')) != 3:
        raise AssertionError("judgment.html: the nested sub-paragraphs")
    return {
        "note": ("A family court's approved judgment (care proceedings) as THE NATIONAL ARCHIVES' FIND CASE LAW page "
                 "serves it: site header, breadcrumb, the toolbar with the title, the neutral citation "
                 f"'{JG_NCN}' and the PDF and XML download links; then the judgment's own header (neutral citation, "
                 "case number, court, date, 'Before :', the judge, dashed rules, the parties' table with '- and -', "
                 "counsel, hearing dates, 'Approved Judgment' and the bold anonymity warning). The body's "
                 f"paragraphs, numbered 1 to {len(result)} straight through, are each a <section "
                 "class=\"judgment-body__section\" id=\"para_12\"> holding <span class=\"judgment-body__number\">"
                 "12.</span> and a <div> of <p>s; the headings are bare bold <p>s between the sections. Paragraph "
                 + kinds["QUOTES"][0] + " quotes the statute in a <blockquote> and goes on after it in a second <p> "
                 "(all its text); paragraph " + kinds["SUBS"] + " ends with a lead-in and three NESTED "
                 "SUB-PARAGRAPHS, <section class=\"judgment-body__nested-section\"> with their own '(a)' to '(c)' "
                 "numbers (its text, no paragraphs of their own); paragraphs " + " and ".join(kinds["XREFS"])
                 + " cite an earlier one as 'at [n] above' in mid-text. The label is the number without its stop. "
                 "Site furniture, the judgment's header, the headings and the judge's name at the end are no "
                 "paragraph's text. No pages (null)."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 3. inspection.pdf: a joint targeted area inspection, numbered paragraphs in a narrow column beside coloured panels
# --------------------------------------------------------------------------
IN_PLAN = [
    ("Introduction", [70, 65]),
    ("Headline findings", [85, 80, 75, 70]),
    ("The front door and early identification", [80, 85, 75]),
    ("Children missing from home and care", [90, 75, 80, 70]),
    ("Leadership and oversight", [85, 75, 70]),
]
IN_L, IN_NUM_W, IN_COL_R, IN_PANEL_L, IN_R = 56.7, 24.0, 368.0, 386.0, 538.6
IN_TOP, IN_BOTTOM = 790.0, 72.0
NAVY, TEAL, PLUM = (0.05, 0.16, 0.33), (0.0, 0.45, 0.47), (0.45, 0.16, 0.40)
IN_TINT = {TEAL: (0.88, 0.95, 0.95), PLUM: (0.95, 0.89, 0.94)}
IN_TITLE = ["Joint targeted area inspection of the multi-agency", "response to children at risk of exploitation",
            "in Calderbridge"]


IN_SEEN = []  # the panels' printed lines, for the read-back


def in_panel(lay, page, top, title, items, colour):
    """A side panel in the right column: a coloured strip with a white bold title, then bullets in 9 pt on a
    tint; returns its bottom."""
    lines = []
    for it in items:
        for k, ln in enumerate(wrap(it.split(), IN_R - IN_PANEL_L - 22, lambda s: sw(s, A, 9))):
            lines.append(("\u2022 " if k == 0 else "", " ".join(ln)))
    h = 24 + 12 * len(lines) + 4 * len(items) + 8
    lay.rect(IN_PANEL_L, top - h, IN_R - IN_PANEL_L, h, IN_TINT[colour], page=page)
    lay.rect(IN_PANEL_L, top - 20, IN_R - IN_PANEL_L, 20, colour, page=page)
    lay.text(IN_PANEL_L + 8, top - 14, title, AB, 10.5, (1, 1, 1), page=page)
    y = top - 34
    for bullet, s_ in lines:
        if bullet:
            y -= 4
            lay.add(("C", IN_PANEL_L + 11, y + 3, 1.8, colour), page)
        lay.text(IN_PANEL_L + 18, y, s_, A, 9, BLACK, page=page)
        IN_SEEN.append(s_)
        y -= 12
    return top - h


def make_inspection(out, pm):
    register()
    IN_SEEN.clear()
    path = out / "inspection.pdf"
    lay = Layout()
    lay.font = A
    meas = lambda s: sw(s, A, 10.5)  # noqa: E731
    x_text = IN_L + IN_NUM_W
    width = IN_COL_R - x_text
    state = {"cur": None}

    def page():
        lay.new_page()
        state["cur"] = IN_TOP

    page()
    lay.rect(0, 700, lay.w, 141.89, NAVY)
    for k, s_ in enumerate(IN_TITLE):
        lay.text(IN_L, 790 - 22 * k, s_, AB, 17, (1, 1, 1))
    lay.text(IN_L, 714, "Inspection dates: 9 to 13 September 2024 \u2013 " + FICT, A, 9, (1, 1, 1))
    state["cur"] = 680
    result, texts, labels, shown, heads = [], [], [], [], []
    n = 0
    for title, items in IN_PLAN:
        if state["cur"] - 18 - 2 * 14 < IN_BOTTOM:
            page()
        base = state["cur"] - (14 if state["cur"] < 680 else 0) - 13
        lay.text(IN_L, base, title, AB, 13, TEAL)
        heads.append(title)
        state["cur"] = base - 8
        for n_words in items:
            n += 1
            t = pm.make(n_words, "child")
            lines = wrap(t.split(), width, meas)
            first = None
            for k, ln in enumerate(lines):
                need = 14 * (2 if k == 0 else 1) + (7 if k == 0 else 0)
                gap = 7 if k == 0 else 0
                if state["cur"] - need < IN_BOTTOM:
                    page()
                    gap = 0
                b = state["cur"] - gap - 14 * 0.78
                if k == 0:
                    lay.text(IN_L, b, f"{n}.", A, 10.5, BLACK)
                    first = (lay.n, b)
                lay.text(x_text, b, " ".join(ln), A, 10.5, BLACK)
                state["cur"] -= gap + 14
            texts.append(t)
            result.append(entry(str(n), first[0], t))
            labels.append((first[0], IN_L, first[1]))
            shown.append(f"{n}.")
    # the side panels, level with the paragraphs of pages 1, 2 and 3
    spots = [(1, 640), (2, 700), (2, 330), (3, 620)]
    kinds = []
    for (pg, top), (ptitle, items), colour in zip(spots, [*_text.IN_PANELS, _text.IN_PANELS[1]],
                                                  (PLUM, TEAL, PLUM, TEAL), strict=True):
        if pg <= lay.n:
            in_panel(lay, pg, top, ptitle, items, colour)
            kinds.append((pg, ptitle))
    for k in range(1, lay.n + 1):
        lay.text(IN_L, 40, "Joint targeted area inspection: Calderbridge (FICTIONAL)", A, 8.5, (0.35, 0.35, 0.35),
                 page=k)
        s_ = f"Page {k}"
        lay.text(IN_R - sw(s_, A, 9), 40, s_, A, 9, BLACK, page=k)
    lay.render(path, {"Title": "Joint targeted area inspection: Calderbridge (FICTIONAL)",
                      "Author": "Children's Services Inspectorate (FICTIONAL)", "Subject": FICT,
                      "Creator": "Adobe InDesign 19.5 (Windows)", "Producer": "Adobe PDF Library 17.0"})
    check_lengths(path.name, texts)
    check_count(path.name, result)
    pages, pw = body_words(path, lambda c: c["x0"] < IN_PANEL_L - 4 and c["matrix"][5] > 60
                          and (c["page_number"] > 1 or c["matrix"][5] < 700))
    check_pdf(path.name, pages, pw, result, texts, labels, shown)
    # the panels' lines are level with body lines: pdfplumber's plain text has lines holding both
    import pdfplumber
    with pdfplumber.open(path) as pl:
        mixed = sum(1 for p in pl.pages for ln in (p.extract_text() or "").splitlines()
                    if any(ln.endswith(" " + s_) and len(ln) > len(s_) + 20 for s_ in IN_SEEN))
    if mixed < 4 or len(kinds) != 4:
        raise AssertionError(f"inspection.pdf: panels beside the text ({mixed} mixed lines, {kinds})")
    return {
        "note": ("A JOINT TARGETED AREA INSPECTION report on the multi-agency response to children at risk of "
                 "exploitation, as an inspectorate designs it (Arial): a navy title band on page 1 with the "
                 "inspection dates; unnumbered teal headings ("
                 + ", ".join(f"'{h}'" for h in heads) + f"); paragraphs numbered '1.' to '{n}.' straight through, "
                 "the number hanging at the margin and the text in a NARROW LEFT COLUMN; beside them, in the right "
                 "column, COLOURED SIDE PANELS (a plum or teal strip with a white bold title over a tinted box of "
                 "9 pt bulleted points): "
                 + "; ".join(f"'{t}' on page {pg}" for pg, t in kinds) + ". The panels stand level with the "
                 "paragraphs' lines, so a line-by-line reading of the page takes a panel's line after each body "
                 "line. The panels' points summarise the findings and are no paragraph's text; title band, headings "
                 "and the footer ('Joint targeted area inspection: Calderbridge', 'Page N') neither. Pages "
                 "physical."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 4. dhr.docx: a domestic homicide review on the Home Office overview report template
# --------------------------------------------------------------------------
# the template's nineteen sections: (title, [n_words], table after the section's first paragraph, page break before)
DH_PLAN = [
    ("Introduction", [70], None, False), ("Timescales", [55], None, False),
    ("Confidentiality", [56], "PSEUDO", False), ("Terms of Reference", [65], None, True),
    ("Methodology", [60], None, False), ("Involvement of Family, Friends and Wider Community", [70], None, False),
    ("Contributors to the Review", [55], None, True), ("The Review Panel Members", [56], "PANEL", False),
    ("Author of the Overview Report", [55], None, False), ("Parallel Reviews", [56], None, True),
    ("Equality and Diversity", [65], None, False), ("Dissemination", [58], None, False),
    ("Background Information (The Facts)", [80, 70], None, True), ("Chronology", [60], "CHRON", False),
    ("Overview", [75], None, True), ("Analysis", [85, 80], None, False), ("Conclusions", [70], None, True),
    ("Lessons to be Learnt", [65], None, False), ("Recommendations", [55], "ACTION", False),
]
DH_TABLES = {
    "PSEUDO": ("Table 1: Pseudonyms used in this report", ("Name", "Relationship", "Age", "Ethnicity"),
               [("Rosa", "Victim", "41", "White British"), ("Damon", "Perpetrator", "44", "White British"),
                ("Ellie", "Daughter of Rosa", "17", "White British")]),
    "PANEL": ("Table 2: Review panel members", ("Name", "Role", "Organisation"),
              [("Helen Okonjo", "Independent Chair and Author", "Independent"),
               ("DI Mark Fennel", "Detective Inspector", "Harrowmere Constabulary (FICTIONAL)"),
               ("Sunita Barr", "Head of Safeguarding", "Harrowmere Partnership NHS Trust (FICTIONAL)")]),
    "CHRON": ("Table 3: Summary chronology", ("Date", "Agency", "Event"),
              [("03.02.2022", "GP", "Rosa told her GP she was not sleeping and was frightened at home."),
               ("17.05.2022", "Police", "Neighbour's call about shouting; no offences recorded."),
               ("11.09.2022", "Housing", "Rosa asked about moving; no follow-up appointment made.")]),
    "ACTION": ("Table 4: Action plan", ("No.", "Recommendation", "Scope", "Lead agency", "Target date"),
               [("1", "Routine enquiry about domestic abuse in GP consultations", "Local", "ICB", "March 2026"),
                ("2", "Housing staff trained to recognise coercive control", "Local", "Harrowmere Council",
                 "June 2026"),
                ("3", "A single referral route to the domestic abuse service", "Local", "Community Safety "
                 "Partnership", "June 2026")]),
}
DH_STYLES = styles_xml("Arial", (
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:numPr><w:numId w:val="1"/></w:numPr><w:spacing '
    'w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr>'
    '</w:style>'
    '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn '
    'w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:left="720"/><w:jc w:val="both"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/></w:pPr><w:rPr><w:i/><w:color w:val="44546A"/>'
    '<w:sz w:val="18"/></w:rPr></w:style>'
    '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top '
    'w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" '
    'w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" '
    'w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
    '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>'))
DH_NUMBERING = XML_HEAD + (
    f'<w:numbering {WP_NS}><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/><w:lvlText '
    'w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="720"/></w:pPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:lvlJc '
    'w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="720"/></w:pPr></w:lvl>'
    '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')


def dh_table(key):
    caption, head, rows = DH_TABLES[key]
    n = len(head)
    widths = [9026 // n] * n

    def cell(s_, w, bold):
        shade = '<w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/>' if bold else ""
        return (f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/>{shade}</w:tcPr>'
                + wp(wr(s_, "<w:b/>" if bold else ""), None, '<w:spacing w:after="0"/>') + "</w:tc>")
    out = [wp(wr(caption), "Caption"),
           '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9026" w:type="dxa"/></w:tblPr><w:tblGrid>'
           + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths) + "</w:tblGrid>"]
    for k, row in enumerate([head, *rows]):
        out.append("<w:tr>" + "".join(cell(c, w, k == 0) for c, w in zip(row, widths, strict=True)) + "</w:tr>")
    return "".join(out) + "</w:tbl>" + wp("")


def make_dhr(out, pm):
    path = out / "dhr.docx"
    body = [wp(wr("Harrowmere Community Safety Partnership (FICTIONAL)")),
            wp(wr("Domestic Homicide Review"), "Title"),
            wp(wr("Overview Report into the death of \u2018Rosa\u2019 (pseudonym), who died in March 2023")),
            wp(wr("Report author: Helen Okonjo. Date report completed: 30 September 2024.")),
            wp(wr(FICT + ". " + INVENTED, "<w:i/>"))]
    result, texts, page, words, tables = [], [], 1, {1: 40}, {}
    numpr = '<w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>'
    for s_no, (title, items, table, brk) in enumerate(DH_PLAN, 1):
        if brk or s_no == 1:
            body.append(BRK)
            page += 1
            words[page] = 0
        body.append(wp(wr(title), "Heading1"))
        for p_no, n_words in enumerate(items, 1):
            t = pm.make(n_words, "dhr")
            body.append(wp(wr(t), "ListParagraph", numpr))
            texts.append(t)
            result.append(entry(f"{s_no}.{p_no}", page, t))
            words[page] += len(t.split())
            if table and p_no == 1:
                body.append(dh_table(table))
                tables[table] = f"{s_no}.{p_no}"
                words[page] += 40
    doc = f'{XML_HEAD}<w:document {WP_NS}><w:body>{"".join(body)}{SECT_A4}</w:body></w:document>'
    docx_package(path, doc, DH_STYLES, DH_NUMBERING, "OFFICIAL (FICTIONAL)",
                 "DHR Rosa - overview report (FICTIONAL)", "Harrowmere Community Safety Partnership (FICTIONAL)",
                 page, sum(len(t.split()) for t in texts), (2024, 9, 30, 15, 12, 0))
    check_lengths(path.name, texts)
    check_count(path.name, result)
    if max(words.values()) > 480:
        raise AssertionError(f"dhr.docx: words per page {words}")
    got = read_style_numbering(path)
    want = [[d["label"], d["page"], t] for d, t in zip(result, texts, strict=True)]
    if got != want:
        raise AssertionError(f"dhr.docx: read back {[(g[0], g[1]) for g in got]}")
    import docx
    d = docx.Document(str(path))
    firsts = [[r.cells[0].text for r in tb.rows] for tb in d.tables]
    if firsts[2][1] != "03.02.2022" or firsts[3][1:] != ["1", "2", "3"]:
        raise AssertionError(f"dhr.docx: the tables' first columns {firsts}")
    heads = [p.text for p in d.paragraphs if p.style.name == "Heading 1"]
    if heads != [x[0] for x in DH_PLAN]:
        raise AssertionError("dhr.docx: the template's sections")
    return {
        "note": ("A domestic homicide review written on the HOME OFFICE OVERVIEW REPORT TEMPLATE in Word (Arial): a "
                 "title page, then the template's nineteen fixed sections as Heading 1 paragraphs numbered '%1.' by "
                 "the style's numPr (" + ", ".join(f"'{x[0]}'" for x in DH_PLAN[:4]) + " ... '"
                 + DH_PLAN[-1][0] + "'), most of them holding a SINGLE paragraph, numbered '%1.%2' by direct "
                 "numbering on each paragraph (List Paragraph, numId 1 ilvl 1: '1.1', '2.1', ... '16.2'). Four "
                 "captioned ruled tables follow a paragraph: after " + tables["PSEUDO"] + " the PSEUDONYM table "
                 "(Name | Relationship | Age | Ethnicity), after " + tables["PANEL"] + " the review panel's "
                 "members, after " + tables["CHRON"] + " the summary CHRONOLOGY whose first column holds dates "
                 "typed '03.02.2022' (two dots, like a three-level number), after " + tables["ACTION"] + " the "
                 "action plan whose rows are numbered '1' to '3' in a 'No.' column. Tables, captions, headings, the "
                 "title page, the 'OFFICIAL' header and the PAGE field footer are no paragraph's text. page = 1 + "
                 "the page breaks (w:br page, each in an empty paragraph) before the paragraph."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 5. committee.html: a select committee report's HTML edition: anchor-linked numbers, bold recommendations,
#    footnotes per chapter, and the conclusions and recommendations repeated at the end
# --------------------------------------------------------------------------
# chapters: (title, [n_words or ("REC", k, n) a paragraph ending with recommendation k in bold])
CM_PLAN = [
    ("Introduction", [70, 65, 75]),
    ("Early help", [80, ("REC", 0, 60), 75, 70]),
    ("Placements far from home", [85, 75, ("REC", 2, 55), 80]),
    ("Learning from reviews", [75, ("REC", 1, 60), 70, ("REC", 3, 55)]),
    ("Accountability", [80, ("REC", 4, 60)]),
]
CM_FOOT = ["Q112 [Dr Amara Okafor]", "Written evidence from Calderbridge Safeguarding Partnership (CEX0012)",
           "Q87 [Councillor Dev Patrova]", "Written evidence from the Association of Virtual School Heads (CEX0031)",
           "Q140 [Minister for Children]"]
CM_EVIDENCE = ["Association of Virtual School Heads (FICTIONAL) (CEX0031)",
               "Calderbridge Safeguarding Partnership (FICTIONAL) (CEX0012)",
               "Harrowmere Council (FICTIONAL) (CEX0007)", "Tilsey Young People's Forum (FICTIONAL) (CEX0019)"]


def make_committee(out, pm):
    path = out / "committee.html"
    blocks, result, texts, recs, fn = [], [], [], {}, 0
    n = 0
    toc = []
    for c_no, (title, items) in enumerate(CM_PLAN, 1):
        toc.append(f'<li><a href="#chapter-{c_no}">{c_no} {hesc(title)}</a></li>')
        blocks.append(f'<h2 id="chapter-{c_no}">{c_no} {hesc(title)}</h2>')
        notes = []
        for k, it in enumerate(items):
            n += 1
            t = pm.make(it if isinstance(it, int) else it[2], "child")
            html_t = hesc(t)
            if k == 1:  # a footnote reference after the paragraph's first sentence
                fn += 1
                f = _keys.first_sentence(t)
                html_t = (hesc(f) + f'<sup><a class="FootnoteReference" href="#footnote-{fn:03d}" '
                          f'id="footnote-{fn:03d}-backlink">{fn}</a></sup>' + hesc(t[len(f):]))
                notes.append(f'<p class="FootnoteText" id="footnote-{fn:03d}"><a href="#footnote-{fn:03d}-backlink">'
                             f"{fn}</a> {hesc(CM_FOOT[(fn - 1) % len(CM_FOOT)])}</p>")
            if isinstance(it, tuple):
                r = _text.CM_RECS[it[1]]
                t = t + " " + r
                html_t += f" <strong>{hesc(r)}</strong>"
                recs[it[1]] = n
            blocks.append(f'<p class="NumberedParagraph" id="para-{n}"><a class="para-anchor" href="#para-{n}">'
                          f"{n}.</a>&emsp;{html_t}</p>")
            texts.append(t)
            result.append(entry(str(n), None, t))
        blocks.append('<div class="footnotes">' + "".join(notes) + "</div>")
    concl = ['<h2 id="conclusions">Conclusions and recommendations</h2>']
    for k in sorted(recs):
        concl.append(f'<p class="ConclusionsNumbered"><span class="ConclusionNumber">{k + 1}.</span>&emsp;<strong>'
                     f"{hesc(_text.CM_RECS[k])}</strong> (Paragraph {recs[k]})</p>")
    evid = ['<h2 id="written-evidence">Published written evidence</h2>',
            "<p>The following written evidence was received and can be viewed on the inquiry publications page of "
            "the Committee's website.</p>"]
    evid += [f'<p class="EvidenceList">{k}&emsp;{hesc(e_)}</p>' for k, e_ in enumerate(CM_EVIDENCE, 1)]
    title = "Children in care and the reach of safeguarding"
    page = "\n".join([
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        f"<title>{hesc(title)} - Families and Communities Committee - House of Commons (FICTIONAL)</title>",
        '<link rel="stylesheet" href="/pa/cm5805/cmselect/cmfamcom/512/css/report.css">', "</head>", "<body>",
        '<div id="header"><p class="house">House of Commons</p><p class="committee">Families and Communities '
        "Committee (FICTIONAL)</p></div>",
        '<div id="maincontent">',
        f'<h1 class="ReportTitle">{hesc(title)}</h1>',
        '<p class="ReportNumber">Fourth Report of Session 2024\u201325</p>',
        "<p>Report, together with formal minutes relating to the report</p>",
        "<p><em>Ordered by the House of Commons to be printed 4 March 2025</em></p>",
        '<p class="HCNumber">HC 512</p>', f'<p class="Notice"><em>{FICT}. {INVENTED} The committee, its members '
        "and its report are invented.</em></p>",
        '<h2 id="contents">Contents</h2>', '<ol class="Contents" style="list-style:none">',
        '<li><a href="#summary">Summary</a></li>', *toc,
        '<li><a href="#conclusions">Conclusions and recommendations</a></li>',
        '<li><a href="#written-evidence">Published written evidence</a></li>', "</ol>",
        '<h2 id="summary">Summary</h2>',
        "<p>Children in care are more likely than any other group to be the subject of a safeguarding review, and yet "
        "the agencies that look after them learn least from those reviews. Our inquiry heard from young people, "
        "practitioners, partnerships and the Minister.</p>",
        "<p>We make recommendations about early help, placements far from home, the use of review findings and "
        "the accountability of safeguarding partners.</p>",
        *blocks, *concl, *evid, "</div>",
        '<div id="footer"><p>&copy; Parliamentary copyright 2025 (FICTIONAL). This publication may be reproduced '
        "under the terms of the Open Parliament Licence.</p></div>", "</body>", "</html>", ""])
    path.write_text(page, encoding="utf-8")
    check_lengths(path.name, texts)
    check_count(path.name, result)
    from lxml import html as lhtml
    root = lhtml.fromstring(path.read_bytes())
    got = []
    for p_ in root.xpath('//p[@class="NumberedParagraph"]'):
        num = p_.xpath('./a[@class="para-anchor"]')[0].text
        for sup in p_.xpath(".//sup"):
            sup.drop_tree()
        raw = " ".join(p_.text_content().split())
        got.append([num.rstrip("."), raw[len(num):].strip()])
    want = [[d["label"], " ".join(t.split())] for d, t in zip(result, texts, strict=True)]
    if got != want:
        raise AssertionError(f"committee.html: read back {[g[0] for g in got]}")
    cl = root.xpath('//p[@class="ConclusionsNumbered"]')
    if len(cl) != 5 or not all(re.search(r"\(Paragraph \d+\)$", c.text_content()) for c in cl):
        raise AssertionError("committee.html: the conclusions and recommendations")
    return {
        "note": ("A House of Commons select committee report (a FICTIONAL committee and report, 'Fourth Report of "
                 "Session 2024\u201325', 'HC 512') as its HTML edition: title block, contents list, two unnumbered "
                 "summary paragraphs, chapters as <h2>s typed '2 Early help', and paragraphs numbered 1 to "
                 f"{len(result)} straight through, each <p class=\"NumberedParagraph\" id=\"para-12\"> whose "
                 "number is an ANCHOR LINK to itself (<a class=\"para-anchor\" href=\"#para-12\">12.</a>) followed by "
                 "an em space. In paragraphs " + ", ".join(str(recs[k]) for k in sorted(recs)) + " the committee's "
                 "conclusion or recommendation is the last sentence, IN BOLD (<strong>, part of the paragraph). "
                 "Each chapter's second paragraph carries a raised footnote reference after its first sentence (a "
                 "<sup> link, no word of it), and the chapter's footnotes follow it ('3 Q87 [Councillor Dev "
                 "Patrova]', written evidence references). The 'Conclusions and recommendations' chapter REPEATS "
                 "the five bold sentences numbered '1.' to '5.' afresh, each ending '(Paragraph 12)': a practitioner "
                 "cites the body's paragraph, so these are no paragraphs and their numbers no labels; the "
                 "'Published written evidence' lines numbered '1' to '4' neither. Title block, contents, summary, "
                 "headings, footnotes and footer are no paragraph's text. No pages (null)."),
        "paragraphs": result,
    }

def build(out):
    out = pathlib.Path(out)
    out.mkdir(parents=True, exist_ok=True)
    pm = ParaMaker()
    exp = {}
    exp["pfd.pdf"] = make_pfd(out, pm)
    exp["judgment.html"] = make_judgment(out, pm)
    exp["inspection.pdf"] = make_inspection(out, pm)
    exp["dhr.docx"] = make_dhr(out, pm)
    exp["committee.html"] = make_committee(out, pm)
    _harness.check_distinct(exp)
    if not all(15 <= len(v["paragraphs"]) <= 25 for v in exp.values()):
        raise AssertionError("15 to 25 paragraphs a file")
    _harness.write_expected(out, exp)
    return exp


def main(out: pathlib.Path, determinism: bool = True) -> dict:
    """Build and self-check into ``out``; with ``determinism``, build again elsewhere and compare the bytes."""
    return _harness.build_checked(build, out, "blind41-determinism-", determinism)


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
