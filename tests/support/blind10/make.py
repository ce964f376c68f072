"""Blind fixture generator 10: four FICTIONAL safeguarding-review documents.

FICTIONAL – for software testing. Run: python make.py [outdir]
"""
import datetime as _dt
import io
import json
import os
import pathlib
import re
import sys
import zipfile

if __package__ in (None, ""):
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from text import ParaMaker, key_words, norm, contains_seq  # type: ignore
else:
    from .text import ParaMaker, key_words, norm, contains_seq

import reportlab
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

FONTDIR = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
FICT = "FICTIONAL \u2013 for software testing"


def _reg_fonts():
    for name, f in (("Vera", "Vera.ttf"), ("VeraBd", "VeraBd.ttf"), ("VeraIt", "VeraIt.ttf")):
        try:
            pdfmetrics.getFont(name)
        except KeyError:
            pdfmetrics.registerFont(TTFont(name, os.path.join(FONTDIR, f)))


def wrap(text, width, measure):
    lines, cur = [], ""
    for w in text.split():
        cand = w if not cur else cur + " " + w
        if measure(cand) <= width or not cur:
            cur = cand
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def entry(label, page, text, end_page=None):
    s, e = key_words(text)
    d = {"label": label, "page": page, "starts_with": s, "ends_with": e}
    return d, (end_page if end_page is not None else page)


def check_pdf(path, paras, ends, crop_right=None):
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        texts = []
        for p in pdf.pages:
            pg = p.crop((0, 0, crop_right, p.height)) if crop_right else p
            texts.append(pg.extract_text() or "")
    for d, endp in zip(paras, ends):
        t_start = texts[d["page"] - 1]
        if not re.search(r"(?<![\d.])" + re.escape(d["label"]) + r"(?![\d.]*\d)", t_start):
            raise AssertionError(f"{path.name}: label {d['label']} not on page {d['page']}")
        if not contains_seq(norm(t_start), norm(d["starts_with"])):
            raise AssertionError(f"{path.name}: starts_with of {d['label']} not on page {d['page']}")
        if not contains_seq(norm(texts[endp - 1]), norm(d["ends_with"])):
            raise AssertionError(f"{path.name}: ends_with of {d['label']} not on page {endp}")
    return len(texts)


def check_lengths(name, texts):
    seen = set()
    for t in texts:
        n = len(t.split())
        if not 60 <= n <= 250:
            raise AssertionError(f"{name}: paragraph of {n} words")
        if t in seen:
            raise AssertionError(f"{name}: duplicate paragraph")
        seen.add(t)


# --------------------------------------------------------------------------
# 1. sidebar-col.pdf
# --------------------------------------------------------------------------
SIDEBAR_1 = (
    "Case study: the Okafor household. Mrs Okafor moved to Hallam Vale with her "
    "three children after leaving a refuge in another county. She told the reviewer "
    "that the first months were the hardest, because nobody seemed to know which team "
    "was responsible for helping her. The eldest child, then aged eleven, took on much "
    "of the care of the younger two, collecting them from nursery and preparing meals. "
    "Teachers noticed that he was often tired and sometimes late, but they attributed "
    "this to the long bus journey. When a housing officer visited, she found the flat "
    "clean but almost empty of furniture. She made a referral for a grant but did not "
    "share her wider observations with anyone else. Mrs Okafor said that she would have "
    "welcomed practical help, and that a single named worker who returned her calls "
    "would have made all the difference. Her account illustrates how young carers can "
    "remain invisible when each professional sees only one part of family life. The "
    "partnership has since introduced a young carers screening question at school "
    "admission."
)
SIDEBAR_2 = (
    "Case study: listening to fathers. Mr Daniels had parental responsibility for his "
    "daughter but was never invited to a core group meeting. He told the reviewer that "
    "he learned about the child protection plan from a letter that arrived weeks after "
    "the conference. Practitioners had assumed, without checking, that he posed a risk "
    "because of an old allegation that was never substantiated. When he was eventually "
    "contacted he offered to care for his daughter at weekends, and that arrangement "
    "proved stable and positive for her. The lesson for the partnership is that fathers "
    "and male carers must be identified, assessed and involved as a matter of routine, "
    "rather than only when a crisis forces the issue. Recording systems should make it "
    "impossible to progress an assessment without noting who the father is and what "
    "contact has been made with him. Several agencies have already revised their forms "
    "to prompt this, and the next audit cycle will test whether practice has changed. "
)


def make_sidebar(out, pm):
    _reg_fonts()
    path = out / "sidebar-col.pdf"
    W, H = 595.27, 841.89
    LEAD = 14.0
    NUM_X, TXT_X, TXT_R = 56.0, 92.0, 398.0
    SB_X, SB_W = 420.0, 140.0
    BOTTOM = 78.0
    targets = [125, 150, 175, 110, 140, 160, 120, 95, 85]
    paras = [("2.%d" % (k + 1), pm.make(t)) for k, t in enumerate(targets)]
    check_lengths(path.name, [t for _, t in paras])

    c = rl_canvas.Canvas(str(path), pagesize=(W, H), invariant=1)
    c.setTitle("Serious Case Review: Child M (FICTIONAL)")
    c.setAuthor("Wyvern Safeguarding Children Partnership")
    meas = lambda s: pdfmetrics.stringWidth(s, "Vera", 10)

    page = [1]

    def decorate(pno, first):
        c.setFont("VeraIt", 8)
        c.drawString(NUM_X, H - 36, FICT if first else FICT + "  |  Serious Case Review: Child M")
        c.setFont("Vera", 8)
        c.drawCentredString(W / 2, 40, "Page %d of 3" % pno)

    def sidebar(text, top):
        c.setFillGray(0.88)
        c.rect(SB_X, 70, SB_W, top + 14 - 70, stroke=0, fill=1)
        c.setFillGray(0)
        sm = lambda s: pdfmetrics.stringWidth(s, "Vera", 8.5)
        head, body = text.split(". ", 1)
        y = top
        c.setFont("VeraBd", 9)
        for ln in wrap(head, SB_W - 16, lambda s: pdfmetrics.stringWidth(s, "VeraBd", 9)):
            c.drawString(SB_X + 8, y, ln)
            y -= LEAD
        c.setFont("Vera", 8.5)
        for ln in wrap(body, SB_W - 16, sm):
            if y < 80:
                raise AssertionError("sidebar overflow")
            c.drawString(SB_X + 8, y, ln)
            y -= LEAD  # same grid as the body: sidebar lines sit beside body lines

    # page 1 furniture
    decorate(1, True)
    c.setFont("VeraBd", 16)
    c.drawString(NUM_X, H - 72, "Serious Case Review: Child M")
    c.setFont("Vera", 10)
    c.drawString(NUM_X, H - 90, "Wyvern Safeguarding Children Partnership \u2013 published March 2024")
    top1 = H - 130
    sidebar(SIDEBAR_1, top1)
    c.setFont("VeraBd", 12)
    c.drawString(NUM_X, top1, "2   Findings")
    y = top1 - 2 * LEAD

    result, ends = [], []
    for label, text in paras:
        lines = wrap(text, TXT_R - TXT_X, meas)
        start_page = None
        for k, ln in enumerate(lines):
            if y < BOTTOM:
                c.showPage()
                page[0] += 1
                decorate(page[0], False)
                y = H - 70
                if page[0] == 2:
                    sidebar(SIDEBAR_2, y)
            c.setFont("Vera", 10)
            if k == 0:
                start_page = page[0]
                c.drawString(NUM_X, y, label)
            c.drawString(TXT_X, y, ln)
            y -= LEAD
        d, e = entry(label, start_page, text, page[0])
        result.append(d)
        ends.append(e)
        y -= LEAD  # blank line keeps the grid aligned with the sidebar
    c.showPage()
    c.save()
    if page[0] != 3:
        raise AssertionError("sidebar-col.pdf has %d pages" % page[0])
    if not any(d["page"] == 1 and e == 2 for d, e in zip(result, ends)):
        raise AssertionError("no paragraph crosses page 1 -> 2")
    check_pdf(path, result, ends, crop_right=SB_X - 6)
    return {
        "note": ("Single body column (numbers hanging at left) with a grey 140pt sidebar of unnumbered "
                 "8.5pt 'Case study' text on pages 1-2 whose baselines are aligned exactly with the body "
                 "lines, so a naive line grouping merges body and sidebar words on one line. Sidebar text "
                 "is not report paragraphs and is excluded. One paragraph runs from page 1 to page 2; "
                 "page refers to where the paragraph starts. Running header/footer excluded."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 2. numbered-bullets.pdf (fpdf2)
# --------------------------------------------------------------------------
BULLETS = {
    "5.2": [
        "whether the referral contained enough information for the front door to understand the cumulative history of neglect;",
        "how the decision to offer universal services was communicated to the referrer, and whether anyone checked it was understood;",
        "why the case was not discussed at the weekly allocation meeting despite a second referral arriving within a fortnight.",
    ],
    "5.4": [
        "ensure that every pre-birth assessment begins no later than the twentieth week of pregnancy where there are known concerns;",
        "require midwives to record the name and date of birth of any adult living in the household at each antenatal contact;",
        "provide a written safe sleep plan to parents before discharge and review it at the first visit by the health visitor;",
        "arrange a joint visit by health and children's social care within ten working days of the baby arriving home from hospital.",
    ],
    "5.6": [
        "the escalation policy should be shortened, rewritten in plain language and tested with practitioners before it is republished;",
        "managers should record in supervision when a worker has disagreed with another agency and what happened as a result of that.",
    ],
}


def make_bullets(out, pm):
    from fpdf import FPDF
    path = out / "numbered-bullets.pdf"
    plan = [("5.1", 150, False), ("5.2", 55, True), ("5.3", 165, False), ("5.4", 45, True),
            ("5.5", 140, False), ("5.6", 60, True), ("5.7", 110, False)]
    paras = []
    for label, tw, has_b in plan:
        intro = pm.make(tw)
        if has_b:
            intro = intro.rstrip(".") + ", and the reviewer therefore asked the following questions:" \
                if label == "5.2" else intro.rstrip(".") + ". The partnership should:" \
                if label == "5.4" else intro.rstrip(".") + ". Two changes are recommended:"
        paras.append((label, intro, BULLETS.get(label, [])))
    check_lengths(path.name, [i + " " + " ".join(b) for _, i, b in paras])

    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_creation_date(_dt.datetime(2024, 2, 1, 9, 0, 0, tzinfo=_dt.timezone.utc))
    pdf.set_title("Rapid Review: Baby R (FICTIONAL)")
    pdf.set_producer("fixture")
    pdf.add_font("Vera", "", os.path.join(FONTDIR, "Vera.ttf"))
    pdf.add_font("Vera", "B", os.path.join(FONTDIR, "VeraBd.ttf"))
    pdf.add_font("Vera", "I", os.path.join(FONTDIR, "VeraIt.ttf"))
    W, H = 595.28, 841.89
    NUM_X, TXT_X, R = 57.0, 92.0, 538.0
    B_X, BT_X = 104.0, 118.0
    LEAD, BOTTOM = 14.0, 780.0  # y grows downwards in fpdf
    meas = lambda s: pdf.get_string_width(s)

    def new_page():
        pdf.add_page()
        pno = pdf.page_no()
        pdf.set_font("Vera", "I", 8)
        pdf.text(NUM_X, 36, FICT + ("" if pno == 1 else "  |  Rapid Review: Baby R"))
        pdf.text(W / 2 - 4, 815, str(pno))
        pdf.set_font("Vera", "", 10)
        return 70.0

    y = new_page()
    pdf.set_font("Vera", "B", 15)
    pdf.text(NUM_X, y + 10, "Rapid Review: Baby R and siblings")
    pdf.set_font("Vera", "B", 12)
    y += 44
    pdf.text(NUM_X, y, "5   Learning for the partnership")
    y += 2 * LEAD
    pdf.set_font("Vera", "", 10)

    result, ends = [], []
    for label, intro, bullets in paras:
        lines = wrap(intro, R - TXT_X, meas)
        if y + LEAD * 2 > BOTTOM:
            y = new_page()
        start_page = pdf.page_no()
        for k, ln in enumerate(lines):
            if y > BOTTOM:
                y = new_page()
            if k == 0:
                start_page = pdf.page_no()
                pdf.text(NUM_X, y, label)
            pdf.text(TXT_X, y, ln)
            y += LEAD
        for b in bullets:
            bl = wrap(b, R - BT_X, meas)
            if len(bl) != 2:
                raise AssertionError("bullet not two lines: %r" % b)
            y += 4
            if y + LEAD > BOTTOM:
                y = new_page()
            pdf.text(B_X, y, "\u2022")
            for ln in bl:
                pdf.text(BT_X, y, ln)
                y += LEAD
        full = intro + " " + " ".join(bullets) if bullets else intro
        d, e = entry(label, start_page, full, pdf.page_no())
        result.append(d)
        ends.append(e)
        y += 10
    pdf.output(str(path))
    if pdf.page_no() != 2:
        raise AssertionError("numbered-bullets.pdf has %d pages" % pdf.page_no())
    d54 = result[3]
    if not (d54["page"] == 1 and ends[3] == 2):
        raise AssertionError("5.4 bullet list does not cross the page break")
    check_pdf(path, result, ends)
    # the page break must fall inside 5.4's bullets, not inside its intro
    import pdfplumber
    with pdfplumber.open(path) as p:
        t2 = p.pages[1].extract_text()
    if "\u2022" not in t2.split("\n")[1]:
        raise AssertionError("page 2 of numbered-bullets.pdf does not start with a bullet")
    return {
        "note": ("Numbered paragraphs with hanging numbers; 5.2, 5.4 and 5.6 end with a colon and are "
                 "followed by indented '\u2022' bullet items of two lines each. Bullets belong to their "
                 "parent paragraph, so ends_with is the end of the last bullet. 5.4 starts on page 1 and "
                 "its bullet list continues onto page 2 (page = start page). Running header/footer "
                 "excluded."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 3. heading-numbers.docx
# --------------------------------------------------------------------------
def _fix_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return buf.getvalue()


def make_docx(out, pm):
    import docx
    from docx.enum.text import WD_BREAK
    path = out / "heading-numbers.docx"
    doc = docx.Document()
    cp = doc.core_properties
    fixed = _dt.datetime(2024, 1, 1, 0, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    cp.author = "Fixture"
    cp.title = "Safeguarding Adults Review: Mr T (FICTIONAL)"

    doc.add_paragraph(FICT)
    doc.add_paragraph("Safeguarding Adults Review and Child Practice Review: the T family", style="Title")
    doc.add_paragraph(
        "This report was commissioned by the Northbridge Safeguarding Partnership. Names and "
        "places have been changed. Section headings use the same numbering as paragraphs.")

    structure = [
        ("H1", "4 Analysis"),
        ("H2", "4.1 Early help"),
        ("P", "4.1.1", 140), ("P", "4.1.2", 120), ("P", "4.1.3", 100),
        ("H2", "4.2 Health"),
        ("P", "4.2.1", 150), ("P", "4.2.2", 90), ("BREAK",), ("P", "4.2.3", 130),
        ("H2", "4.3 Children's social care"),
        ("P", "4.3.1", 160), ("P", "4.3.2", 110),
        ("H1", "5 Conclusions"),
        ("P", "5.1", 120), ("P", "5.2", 140), ("P", "5.3", 100),
    ]
    page = 1
    result = []
    texts = []
    for item in structure:
        if item[0] == "H1":
            doc.add_heading(item[1], level=1)
        elif item[0] == "H2":
            doc.add_heading(item[1], level=2)
        elif item[0] == "BREAK":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            page += 1
        else:
            label, tw = item[1], item[2]
            text = pm.make(tw)
            if label == "4.2.2":
                # a mid-paragraph cross-reference that looks like a number
                text = text.rstrip(".") + ", a point already made at paragraph 4.1.2 above."
            texts.append(text)
            doc.add_paragraph(label + "\t" + text)
            d, _ = entry(label, page, text)
            result.append(d)
    check_lengths(path.name, texts)
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_fix_zip(buf.getvalue()))

    # read back
    d2 = docx.Document(str(path))
    page = 1
    found = {}
    for p in d2.paragraphs:
        if 'w:br w:type="page"' in p._p.xml or "w:type=\"page\"" in p._p.xml:
            page += 1
        m = re.match(r"^(\d+(?:\.\d+)+)\t(.*)$", p.text)
        if m and p.style.name == "Normal":
            found[m.group(1)] = (page, m.group(2))
    for d in result:
        pg, body = found[d["label"]]
        if pg != d["page"] or norm(body)[:len(norm(d["starts_with"]))] != norm(d["starts_with"]) \
                or norm(body)[-len(norm(d["ends_with"])):] != norm(d["ends_with"]):
            raise AssertionError("docx mismatch at " + d["label"])
    if len(found) != len(result):
        raise AssertionError("docx paragraph count mismatch")
    return {
        "note": ("Typed numbering (no Word auto-numbering). Headings 'N Title' (Heading 1) and 'N.N Title' "
                 "(Heading 2) share the scheme with body paragraphs: under section 4 body paragraphs are "
                 "three-level (4.1.1 typed with a tab), but under '5 Conclusions' body paragraphs are "
                 "two-level (5.1, 5.2, 5.3) and so look like sub-headings by number alone; they are long "
                 "Normal-style paragraphs. Headings are not paragraphs. 4.2.2 contains the in-text reference "
                 "'paragraph 4.1.2', which is not a new paragraph. One explicit page break before 4.2.3."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 4. blog-post.html
# --------------------------------------------------------------------------
def make_html(out, pm):
    import html as _h
    from lxml import html as lh
    path = out / "blog-post.html"
    targets = [90, 120, 105, 140, 95, 130, 110, 85, 100]
    texts = [pm.make(t) for t in targets]
    check_lengths(path.name, texts)
    quote = texts[3].split(". ")[1].rstrip(".") + "."
    paras_html = []
    result = []
    for k, t in enumerate(texts, 1):
        paras_html.append("<p>%d. %s</p>" % (k, _h.escape(t)))
        d, _ = entry(str(k), None, t)
        result.append(d)
        if k == 4:
            paras_html.append(
                '<blockquote class="wp-block-quote"><p>&ldquo;%s&rdquo;</p><cite>Independent reviewer</cite></blockquote>'
                % _h.escape(quote))
    comment1 = (
        "1. I agree with much of what the reviewer says, particularly about the number of different "
        "social workers the family had. As a foster carer in the Wyvern area for many years I have seen "
        "how hard it is for children to trust anyone when the faces keep changing, and I think the "
        "partnership needs to look at why so many experienced staff leave within a year or two of "
        "qualifying. Better pay would help, but so would smaller caseloads and proper supervision.")
    comment2 = (
        "Thank you for publishing this in full rather than just the summary. My question is whether "
        "the recommendations will actually be checked in a year's time, because the last review in our "
        "area made very similar points about information sharing and we are still hearing about the "
        "same problems. It would be good to see a public update on progress so that families and local "
        "residents can see what has changed, and what has not, since this report came out.")
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Review published: learning from the experiences of Kai and Ellie (FICTIONAL) &ndash; Northbridge Safeguarding Partnership</title>
<link rel="stylesheet" href="/wp-content/themes/nsp/style.css">
</head>
<body class="post-template-default single single-post">
<div class="site-banner">{FICT}</div>
<header id="masthead" class="site-header">
  <p class="site-title"><a href="/">Northbridge Safeguarding Partnership</a></p>
  <nav class="main-navigation"><ul>
    <li><a href="/">Home</a></li><li><a href="/reviews/">Reviews</a></li>
    <li><a href="/training/">Training</a></li><li><a href="/contact/">Contact</a></li>
  </ul></nav>
</header>
<div id="content" class="site-content">
<main id="primary" class="site-main">
<article id="post-2417" class="post type-post status-publish">
  <header class="entry-header">
    <h1 class="entry-title">Review published: learning from the experiences of Kai and Ellie</h1>
    <div class="entry-meta">Posted on <time datetime="2024-04-18">18 April 2024</time> by <span class="author">Partnership Business Unit</span></div>
  </header>
  <div class="entry-content">
    <p><em>{FICT}</em></p>
    <p>Today the partnership publishes a summary of the child safeguarding practice review about Kai and Ellie. The full report is available on request. The numbered paragraphs below are taken from the reviewer's summary.</p>
    {chr(10).join('    ' + p for p in paras_html)}
    <p><a href="/wp-content/uploads/2024/04/kai-ellie-summary.pdf">Download the summary (PDF)</a></p>
  </div>
  <div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3>
    <ul><li><a class="share-twitter" href="#">Share on X</a></li><li><a class="share-facebook" href="#">Share on Facebook</a></li><li><a class="share-email" href="#">Email</a></li></ul>
  </div>
  <footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/reviews/">Reviews</a></span></footer>
</article>
<div id="comments" class="comments-area">
  <h2 class="comments-title">Two thoughts on &ldquo;Review published: learning from the experiences of Kai and Ellie&rdquo;</h2>
  <ol class="comment-list">
    <li id="comment-881" class="comment"><article class="comment-body">
      <footer class="comment-meta"><b class="fn">Margaret H</b> <time datetime="2024-04-19">19 April 2024 at 8:14 am</time></footer>
      <div class="comment-content"><p>{_h.escape(comment1)}</p></div>
      <div class="reply"><a class="comment-reply-link" href="#">Reply</a></div>
    </article></li>
    <li id="comment-884" class="comment"><article class="comment-body">
      <footer class="comment-meta"><b class="fn">D. Okonjo</b> <time datetime="2024-04-20">20 April 2024 at 6:02 pm</time></footer>
      <div class="comment-content"><p>{_h.escape(comment2)}</p></div>
      <div class="reply"><a class="comment-reply-link" href="#">Reply</a></div>
    </article></li>
  </ol>
  <div id="respond" class="comment-respond"><h3>Leave a Reply</h3><p class="comment-notes">Your email address will not be published.</p></div>
</div>
</main>
<aside id="secondary" class="widget-area">
  <section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2>
    <ul>
      <li><a href="#">Annual report 2023 to 2024 now available</a></li>
      <li><a href="#">New neglect toolkit launched for practitioners</a></li>
      <li><a href="#">Learning event: professional curiosity in practice</a></li>
    </ul>
  </section>
</aside>
</div>
<footer id="colophon" class="site-footer"><p>&copy; 2024 Northbridge Safeguarding Partnership. Registered office: Town Hall, Northbridge.</p></footer>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    tree = lh.fromstring(path.read_bytes())
    ps = tree.xpath('//div[@class="entry-content"]/p')
    got = {}
    for p in ps:
        m = re.match(r"^(\d+)\. (.*)$", p.text_content(), re.S)
        if m:
            got[m.group(1)] = m.group(2)
    assert len(got) == 9
    for d in result:
        b = norm(got[d["label"]])
        if b[:len(norm(d["starts_with"]))] != norm(d["starts_with"]) or \
                b[-len(norm(d["ends_with"])):] != norm(d["ends_with"]):
            raise AssertionError("html mismatch at " + d["label"])
    if not contains_seq(norm(texts[3]), norm(quote)):
        raise AssertionError("quote not from paragraph 4")
    return {
        "note": ("WordPress single post. Report paragraphs are <p>N. text</p> inside div.entry-content; "
                 "an unnumbered intro paragraph precedes them. A wp-block-quote pull quote repeating a "
                 "sentence of paragraph 4 sits between 4 and 5 and belongs to neither (4 ends with its own "
                 "last sentence). The comments (one starting '1. I agree'), share buttons, recent-posts "
                 "widget and footer are not part of the report. Pages are null."),
        "paragraphs": result,
    }


def main(out: pathlib.Path) -> None:
    out = pathlib.Path(out)
    out.mkdir(parents=True, exist_ok=True)
    pm = ParaMaker()
    exp = {}
    exp["sidebar-col.pdf"] = make_sidebar(out, pm)
    exp["numbered-bullets.pdf"] = make_bullets(out, pm)
    exp["heading-numbers.docx"] = make_docx(out, pm)
    exp["blog-post.html"] = make_html(out, pm)
    # every starts_with / ends_with unique across the set
    allp = [p for v in exp.values() for p in v["paragraphs"]]
    for key in ("starts_with", "ends_with"):
        vals = [" ".join(norm(p[key])) for p in allp]
        if len(set(vals)) != len(vals):
            raise AssertionError("duplicate " + key)
    (out / "expected.json").write_text(json.dumps(exp, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
