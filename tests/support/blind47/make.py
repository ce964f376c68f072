"""Blind fixture generator 47: five FICTIONAL review documents as they reach a practitioner AFTER OTHER PEOPLE HAVE
HANDLED THEM: a PDF that a colleague commented on and then printed with Acrobat's comments summary, a Word copy
redacted for disclosure with Track Changes left on, a web page saved with SingleFile after a reader highlighted it
and stuck notes on it, a practitioner's Obsidian note holding the report with her highlights and callouts, and a
case-management system's case-notes print into which a social worker pasted the report in parts.

FICTIONAL \u2013 for software testing. Run: python make.py [outdir] (a few seconds: everything is built twice and the
bytes compared). Needs reportlab (its canvas and its font folder: Arial metric Type 1 faces), lxml, python-docx,
pdfplumber and markdown-it-py; no system fonts, no network. Every generator checks its own key with
pdfplumber/lxml/python-docx/markdown-it, never with the project's parser.

summary.pdf     a safeguarding adults review (Word export: Arial 11, bold "3.2" numbers hanging at the margin, text
                at a 36 pt indent, bold navy numbered headings "3. What happened", italic running head and "Page N
                of 4" from page 2) that a colleague COMMENTED ON IN ACROBAT and then output with "Print with
                Comments Summary" > "Document and comments on separate pages": EVERY DOCUMENT PAGE IS FOLLOWED BY ITS
                SUMMARY PAGE ("Summary of Comments on SAR Mr Dunmore - overview report FINAL.pdf", "Page: 3", then
                per comment "Number: 1  Author: Dawn Hillary  Subject: Sticky Note  Date: 13/03/2025, 09:41:22"
                and the comment's text, or "This page contains no comments"), so the report's own page N is the
                file's page 2N-1 and A PARAGRAPH RUNNING OVER A PAGE BREAK GOES ON TWO PHYSICAL PAGES LATER, after
                a summary page; on the document pages the annotations are printed: yellow highlight boxes behind a
                paragraph's first words, sticky-note icons in the LEFT MARGIN beside a paragraph number, and each
                comment's own NUMBER ("1", "2" ... restarting on each page, 7.5 pt) drawn in a small box on the
                paragraph's first BASELINE, left of the paragraph number for a note and right of the text for a
                highlight; comment texts begin with paragraph numbers ("2.2 and 3.3 give different dates ...",
                "5. Recommendations ...") and one quotes a paragraph's first sentence in full
redacted.docx   a child safeguarding practice review's DISCLOSURE COPY redacted in Word by a disclosure officer WITH
                TRACK CHANGES ON and sent out without accepting them: every name is a tracked deletion (w:del,
                w:delText "Kayleigh Moss") followed by a tracked insertion "[Redacted]" (white on a black
                highlight), three paragraphs opening or ending with one; paragraphs 4.3 to 4.5 DELETED WHOLE as
                tracked changes (numbers, text and paragraph marks in w:del) and replaced by an inserted italic
                note "Paragraphs 4.3 to 4.5 have been withheld under section 40(2) ..."; numbers TYPED ("3.2" and a
                tab, hanging), so 4.6 follows 4.2; the officer's COMMENTS (comments.xml, commentRangeStart/End,
                commentReference runs) on redactions and on the note, two of them beginning "2.1 names her too" and
                "4.3 to 4.5 withheld in full"; settings turn trackRevisions on; page breaks before the chapters
clipped.html    a safeguarding adults board's review page SAVED WITH THE SINGLEFILE EXTENSION after a reader used its
                annotation editor: SingleFile's comment after <html> ("Page saved with SingleFile", url, saved
                date), its COMPRESSED HTML (unquoted attributes, no </p>, </li>, </body> or </html>), inlined <style>,
                a data: URI logo, the page's hidden mobile menu kept as class="sf-hidden" (a numbered "On this page"
                list); paragraphs "<p><strong>2.3</strong> The ..."; YELLOW HIGHLIGHTS as <span
                class="single-file-highlight single-file-highlight-yellow"> round each text node of a selection (one
                starts on the number, inside <strong>, and goes on in a second span after it; others in mid-text
                and over a paragraph's last words); the reader's STICKY NOTES as <single-file-note> elements at the
                end of <body>, each a <template shadowrootmode="open"> holding a <textarea> with the note's text
                ("2.2 \u2013 this is the bit about the pharmacy ...", "5.2 Recommendation for commissioners ..."), the
                paragraphs they sit by marked data-single-file-note-refs
vault.md        a domestic homicide review copied into a practitioner's OBSIDIAN VAULT as a note: YAML front matter
                (title, source, created, tags), an "> [!info]" callout about the note, "## 3. What happened"
                headings, paragraphs typed "3.2 The ..." one line each; her HIGHLIGHTS "==...==" (one opening at the
                paragraph number, "==3.1 The ...==", one over a paragraph's last words, one in mid-text); her
                OBSIDIAN COMMENTS "%%check the date with Sam%%" inside paragraphs (one after the last full stop);
                BLOCK IDs " ^p2-2" at the end of paragraphs she links to; WIKILINKS round place names
                ("[[Skarrow (area note)|Skarrow]]", "[[Pennerby]]"); CALLOUTS "> [!note] My note" between paragraphs
                whose text begins with a paragraph number ("> 2.3 and 2.2 read together ...", "> 4 things we
                change ..."); an embedded image "![[genogram-ms-ferrant.png]]"; a closing task list
                ("- [ ] Share 4.2 with the team")
casenotes.txt   a child safeguarding practice review as a children's social care CASE-MANAGEMENT SYSTEM PRINTS THE
                CASE NOTES it was pasted into (CareFile "Case Notes Report", UTF-8, CRLF, 80 columns): a report header
                (person, ID, printed by, filter), then each note between "=====" rules with its own header block
                ("Note 2 of 5", "Date of event: 12/03/2025 16:52", "Recorded by:", "Note type:", "Subject: CSPR
                overview report - part 2 of 4", "Status:") and a "-----" rule, the body indented two spaces and
                wrapped at 78; the social worker pasted the report IN FOUR PARTS (the note's length limit): part 1
                ends IN THE MIDDLE OF PARAGRAPH 2.3, at a word, with her line "(continued in next note)", and part
                2 opens "(continued from previous note)" and the rest of the sentence in lower case; between parts
                2 and 3 a team manager's MANAGEMENT OVERSIGHT note citing "Paragraphs 3.2 to 3.4" and "2 actions
                agreed"; typed "2.3 The ..." paragraphs and "2. Background" headings inside the bodies

Judgement calls (what a practitioner citing the report would expect):
- the label is the paragraph number as printed, without a trailing stop: "3.2"; a paragraph's text is the report's
  words as published, whatever was added to the file after publication;
- comments are nobody's text: Acrobat's comment summary pages (their "Number: 1" lines, the comment texts, also the
  one quoting a paragraph's first sentence), the comment numbers and icons printed beside a paragraph, the
  disclosure officer's Word comments, SingleFile's notes, Obsidian's %%comments%% and callouts, and the case-notes
  system's headers and the manager's oversight note are no paragraph's text and no paragraphs, though they begin
  with paragraph numbers; a summary page or a note between two parts of a paragraph does not end it: it runs on
  after it ("(continued in next note)" and "(continued from previous note)" are the social worker's lines, not the
  report's);
- highlights are the reader's marks on the report's words: the words are the paragraph's, the marks ("==", the
  highlight spans and boxes) are not; a highlight that starts on a paragraph number leaves the number its label;
- Obsidian's markup is not text: "^p2-2" block ids, "%%...%%" comments, "![[...]]" embeds; a wikilink's text is
  the words shown ("[[Skarrow (area note)|Skarrow]]" is "Skarrow"); front matter, callouts and the task list are
  no paragraphs;
- a disclosure copy is read as disclosed, that is with the tracked changes accepted: "[Redacted]" is a word of the
  paragraph and the deleted name is not; paragraphs 4.3 to 4.5 are withheld, so they are no paragraphs (their
  numbers only survive in deleted text), and the inserted note saying so is the disclosure officer's, no paragraph's
  text; 4.6 follows 4.2;
- title blocks, numbered headings, running heads, folios, site furniture, SingleFile's hidden menu and headers are
  no paragraph's text;
- pages: physical and 1-based for PDF (summary.pdf's page is the file's page, 2N-1 for the report's page N, never the
  report's own "Page N of 4"). DOCX pages are counted from explicit breaks: page = 1 + the page breaks
  (<w:br w:type="page"/>) before the paragraph (each page holds at most about 480 words; deleted paragraphs hold
  none). HTML, Markdown and plain text: null.
"""
import os
import pathlib
import re
import sys
import textwrap

if __package__ in (None, ""):
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

    from blindkit import harness as _harness  # type: ignore
    from blindkit.draw import Layout, furniture, hanging_rows, register_fonts, sw, wrap  # type: ignore
    from blindkit.flow import RowFlow  # type: ignore
    from blindkit.keys import check_count, check_lengths, contains_seq, entry, first_sentence, norm  # type: ignore
    from blindkit.markup import XML_HEAD, docx_content_types, hesc, xesc, zip_parts  # type: ignore
    from blindkit.pdfread import label_at, pdf_pages, words_of  # type: ignore

    _text = _harness.load(__file__, "blind47_text", "text.py")
    _b36 = _harness.load(__file__, "blind36_make", "..", "blind36", "make.py")
else:
    from ..blind36 import make as _b36
    from ..blindkit import harness as _harness
    from ..blindkit.draw import Layout, furniture, hanging_rows, register_fonts, sw, wrap
    from ..blindkit.flow import RowFlow
    from ..blindkit.keys import check_count, check_lengths, contains_seq, entry, first_sentence, norm
    from ..blindkit.markup import XML_HEAD, docx_content_types, hesc, xesc, zip_parts
    from ..blindkit.pdfread import label_at, pdf_pages, words_of
    from . import text as _text

ParaMaker = _text.ParaMaker
# round 36's Word helpers: the namespaces, a run, a paragraph, the page break, the styles part
W_NS, WP_NS, BRK, wr, wp, styles_xml = _b36.W_NS, _b36.WP_NS, _b36.BRK, _b36.wr, _b36.wp, _b36.styles_xml
PKG_REL, DOC_REL = _b36.PKG_REL, _b36.DOC_REL

FICT = "FICTIONAL \u2013 for software testing"
INVENTED = "Every person, place and service named here is invented."
A, AB, AI = "ArialMT", "Arial-BoldMT", "Arial-ItalicMT"
T1_FACES = {A: "_a______", AB: "_ab_____", AI: "_ai_____"}
NAVY = (0.12, 0.22, 0.39)
GREY = (0.4, 0.4, 0.4)


# --------------------------------------------------------------------------
# 1. summary.pdf: Acrobat's "Document and comments on separate pages"
# --------------------------------------------------------------------------
SU_PLAN = [
    ("1", "Introduction", [100, 85]),
    ("2", "Mr Dunmore and his life", [110, 130, 95]),
    ("3", "What happened", [125, 115, 120, 110]),
    ("4", "Analysis", [120, 115, 105]),
    ("5", "Conclusions", [95, 90]),
]
SU_FILE = "SAR Mr Dunmore - overview report FINAL.pdf"
L, XT, R = 72.0, 108.0, 523.0
FS, LEAD, TOP, BOTTOM = 11.0, 14.5, 770.0, 72.0
YELLOW, PALE = (1.0, 0.93, 0.35), (1.0, 0.96, 0.7)


def meas(s):
    return sw(s, A, FS)


def make_summary(out, pm):
    path = out / "summary.pdf"
    doc = Layout()
    doc.new_page()
    doc.text(L, 760, "Safeguarding Adults Review", AB, 22, NAVY)
    doc.text(L, 734, "Mr Dunmore", A, 18, NAVY)
    doc.text(L, 712, "Overview report \u2013 FINAL", A, 12)
    doc.text(L, 694, "Fellbrook Safeguarding Adults Board (FICTIONAL)", A, 11)
    doc.text(L, 676, f"{FICT}. {INVENTED}", AI, 9, GREY)
    fl = RowFlow(doc, TOP, BOTTOM, lambda pg: TOP)
    fl.cur = 650.0
    result, texts, ends, firsts = [], [], [], {}
    for sec, title, items in SU_PLAN:
        for k, n_words in enumerate(items, 1):
            label = f"{sec}.{k}"
            t = pm.make(n_words, "adult")
            rows = hanging_rows(label, t, L, XT, R, A, FS, LEAD, 8.0, meas, num_font=AB)
            if k == 1:
                placed = fl.place([(22.0, 20.0, [(L, f"{sec}. {title}", AB, 13.0, NAVY, 0.0)]), *rows], keep=3)[1:]
            else:
                placed = fl.place(rows)
            texts.append(t)
            result.append(entry(label, placed[0][0], t))
            ends.append(placed[-1][0])
            firsts[label] = (placed[0][0], placed[0][1], t)
    n = doc.n
    furniture(doc, L, R, "Fellbrook SAB \u2013 Safeguarding Adults Review: Mr Dunmore (FICTIONAL)", "FINAL",
              lambda k: (None, f"Page {k} of {n}", None), first=2)
    # the colleague's comments, numbered on each page from the top down, printed on the document page
    per_page = {k: [] for k in range(1, n + 1)}
    per_page[1].append((760.0, "Sticky Note", _text.SU_TITLE_NOTE, None))
    for label, (kind, note) in _text.SU_COMMENTS.items():
        pg, base, t = firsts[label]
        per_page[pg].append((base, kind, note.format(first=first_sentence(t)), label))
    marks = []
    for pg, cms in per_page.items():
        cms.sort(key=lambda c: -c[0])
        for num, (base, kind, _note, label) in enumerate(cms, 1):
            if kind == "Sticky Note":
                x = 42.0
                doc.rect(x - 2.0, base - 2.5, 11.0, 10.5, YELLOW, page=pg)
                doc.text(x + 1.5, base, str(num), A, 7.5, page=pg)
                x += 1.5
            else:
                t = firsts[label][2]
                w = sw(" ".join(t.split()[:5]), A, FS)
                doc.pages[pg - 1].insert(0, ("R", XT - 1.0, base - 3.0, w + 2.0, FS + 2.5, YELLOW))
                doc.rect(R + 8.0, base - 2.5, 11.0, 10.5, PALE, page=pg)
                doc.text(R + 11.5, base, str(num), A, 7.5, page=pg)
            marks.append((pg, x if kind == "Sticky Note" else R + 11.5, base, str(num), label))
    # the summary pages, one after each document page
    lay = Layout()
    stamps = iter(f"13/03/2025, {9 + m // 60:02d}:{m % 60:02d}:{(m * 7) % 60:02d}" for m in range(41, 160, 6))
    for pg in range(1, n + 1):
        lay.pages.append(doc.pages[pg - 1])
        lay.new_page()
        lay.text(L, 790, f"Summary of Comments on {SU_FILE}", AB, 12)
        y = 764.0
        lay.text(L, y, f"Page: {pg}", AB, 10)
        y -= 20
        if not per_page[pg]:
            lay.text(L, y, "This page contains no comments", A, 9.5)
        for num, (_base, kind, note, _label) in enumerate(per_page[pg], 1):
            lay.text(L, y, f"Number: {num}    Author: {_text.SU_AUTHOR}    Subject: {kind}    Date: {next(stamps)}",
                     A, 8.5, GREY)
            y -= 14
            for ln in wrap(note.split(), R - L - 12, lambda s: sw(s, A, 9.5)):
                lay.text(L + 12, y, " ".join(ln), A, 9.5)
                y -= 12.5
            y -= 10
    lay.render(path, {"Title": "SAR Mr Dunmore - overview report FINAL", "Author": "Fellbrook SAB (FICTIONAL)",
                      "Creator": "Adobe Acrobat Pro (64-bit) 24.5.20320", "Producer": "Adobe Acrobat Pro (64-bit) "
                      "24.5.20320", "Subject": FICT})
    for d in result:
        d["page"] = 2 * d["page"] - 1
    ends = [2 * e - 1 for e in ends]
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    pages = pdf_pages(path)
    if len(pages) != 2 * n:
        raise AssertionError("summary.pdf: pages")

    def body(c):
        return c["x0"] >= L - 0.5 and c["x1"] <= R + 0.5 and BOTTOM - 2 <= c["matrix"][5] <= TOP + 2

    # the report's words read from the document pages only, summary pages skipped: every paragraph in one piece
    words = []
    for k in range(0, 2 * n, 2):
        words += words_of(pages[k], body)
    for d, t, e in zip(result, texts, ends, strict=True):
        if not contains_seq(words, norm(d["label"] + " " + t)):
            raise AssertionError(f"summary.pdf: text of {d['label']}")
        pw = words_of(pages[d["page"] - 1], body)
        if not contains_seq(pw, norm(d["starts_with"])):
            raise AssertionError(f"summary.pdf: starts_with of {d['label']}")
        if not contains_seq(words_of(pages[e - 1], body), norm(" ".join(t.split()[-2:]))):
            raise AssertionError(f"summary.pdf: end of {d['label']}")
        pg, base, _t = firsts[d["label"]]
        label_at(pages[d["page"] - 1], L, base, d["label"], path.name)
    # the printed comment numbers stand on the paragraph's first baseline; the summary pages list the comments
    for pg, x, base, num, _label in marks:
        got = [c["text"] for c in pages[2 * pg - 2] if abs(c["matrix"][5] - base) < 0.05 and abs(c["x0"] - x) < 0.6]
        if got != [num]:
            raise AssertionError(f"summary.pdf: comment mark {num} on page {pg}")
    quoted = first_sentence(firsts["3.1"][2])
    qpage = 2 * firsts["3.1"][0]
    if not contains_seq(words_of(pages[qpage - 1]), norm(quoted)):
        raise AssertionError("summary.pdf: the quoted sentence")
    cross = [d["label"] for d, e in zip(result, ends, strict=True) if e != d["page"]]
    if len(cross) < 2:
        raise AssertionError(f"summary.pdf: crossings {cross}")
    left = sorted(m[4] for m in marks if m[4] and m[1] < L)
    return {
        "note": ("A safeguarding adults review (Word export: Arial 11, bold '3.2' numbers hanging, numbered headings, "
                 "running head and 'Page N of " + str(n) + "' from page 2) commented on in Acrobat and output with "
                 "'Print with Comments Summary' > 'Document and comments on separate pages': every document page is "
                 "followed by its SUMMARY PAGE ('Summary of Comments on ...', 'Page: N', 'Number: 1 Author: ... "
                 "Subject: Sticky Note Date: ...' and the comment's text), so the report's page N is the file's page "
                 "2N-1 and a paragraph over a page break (" + ", ".join(cross) + ") goes on two pages later, after a "
                 "summary page. On the document pages the comments are printed: highlight boxes behind first words, "
                 "and each comment's number in a small box ON THE PARAGRAPH'S FIRST BASELINE, left of the paragraph "
                 "number for a sticky note (" + ", ".join(left) + ") and right of the text for a highlight. Comment "
                 "texts begin with paragraph numbers ('2.2 and 3.3 give ...', '5. Recommendations ...') and one "
                 "quotes the first sentence of 3.1. Comments, their numbers and the summary pages are no "
                 "paragraph's text and no paragraphs; a paragraph runs on over a summary page. Pages are the file's "
                 "physical pages, 1-based."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 2. redacted.docx: names taken out as tracked changes, 4.3 to 4.5 withheld, the officer's comments left in
# --------------------------------------------------------------------------
RD_PLAN = [
    ("Introduction", [70, 75, 80]),
    ("Child R and her family", [95, 90, 85]),
    ("What happened", [110, 100, 105, 95, 100]),
    ("Analysis", [100, 95, 90, 85, 80, 90, 85]),
    ("Conclusions", [85, 80]),
]
RD_WITHHELD = ("4.3", "4.4", "4.5")
RD_WHEN = "2025-03-12T10:14:00Z"
RD_STYLES = styles_xml("Arial", (
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>'
    '<w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs><w:spacing w:before="360" w:after="200"/><w:ind w:left="720" '
    'w:hanging="720"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="1F3864"/><w:sz w:val="30"/>'
    '</w:rPr></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="NumPara"><w:name w:val="Num Para"/><w:basedOn '
    'w:val="Normal"/><w:qFormat/><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs><w:ind w:left="720" '
    'w:hanging="720"/><w:jc w:val="both"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="RedactionNote"><w:name w:val="Redaction Note"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr><w:rPr><w:i/><w:color w:val="C00000"/></w:rPr>'
    '</w:style>'
    '<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn '
    'w:val="Normal"/><w:pPr><w:spacing w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/></w:rPr>'
    '</w:style>'
    '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:basedOn '
    'w:val="DefaultParagraphFont"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>'))
REDACT_RPR = '<w:highlight w:val="black"/><w:color w:val="FFFFFF"/>'


class Revisions:
    """Tracked change and comment ids, and the comments part's entries."""

    def __init__(self):
        self.rev = 100
        self.comments = []

    def attrs(self):
        self.rev += 1
        return f'w:id="{self.rev}" w:author="{_text.RD_OFFICER}" w:date="{RD_WHEN}"'

    def comment(self, inner, note):
        cid = len(self.comments)
        self.comments.append(note)
        return (f'<w:commentRangeStart w:id="{cid}"/>{inner}<w:commentRangeEnd w:id="{cid}"/><w:r><w:rPr><w:rStyle '
                f'w:val="CommentReference"/></w:rPr><w:commentReference w:id="{cid}"/></w:r>')

    def part(self):
        body = "".join(
            f'<w:comment w:id="{k}" w:author="{_text.RD_OFFICER}" w:date="{RD_WHEN}" w:initials="DO"><w:p><w:pPr>'
            '<w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
            f'<w:annotationRef/></w:r>{wr(c)}</w:p></w:comment>' for k, c in enumerate(self.comments))
        return f"{XML_HEAD}<w:comments {WP_NS}>{body}</w:comments>"


def redaction(rv, name, note):
    inner = (f'<w:del {rv.attrs()}><w:r><w:delText xml:space="preserve">{xesc(name)}</w:delText></w:r></w:del>'
             f'<w:ins {rv.attrs()}>{wr("[Redacted]", REDACT_RPR)}</w:ins>')
    return rv.comment(inner, note) if note else inner


def make_redacted(out, pm):
    path = out / "redacted.docx"
    rv = Revisions()
    body = [wp(wr("Child Safeguarding Practice Review"), "Title"),
            wp(wr("Child R (") + redaction(rv, "Lacey Moss", "s.40(2) \u2013 the child\u2019s name.") + wr(")")),
            wp(wr("Brackenmoor Safeguarding Children Partnership (FICTIONAL)")),
            wp(wr("Disclosure copy \u2013 FOI request 2025/0412")),
            wp(wr(f"{FICT}. {INVENTED}"))]
    result, texts, pg, withheld = [], [], 1, []
    for ch, (head, items) in enumerate(RD_PLAN, 1):
        body.append(BRK)
        pg += 1
        body.append(wp(wr(f"{ch}.") + "<w:r><w:tab/></w:r>" + wr(head), "Heading1"))
        for k, n_words in enumerate(items, 1):
            label = f"{ch}.{k}"
            t = pm.make(n_words, "child")
            num = wr(label) + "<w:r><w:tab/></w:r>"
            if label in RD_WITHHELD:
                withheld.append(t)
                body.append(f'<w:p><w:pPr><w:pStyle w:val="NumPara"/><w:rPr><w:del {rv.attrs()}/></w:rPr></w:pPr>'
                            f'<w:del {rv.attrs()}><w:r><w:delText>{label}</w:delText></w:r><w:r><w:tab/></w:r><w:r>'
                            f'<w:delText xml:space="preserve">{xesc(t)}</w:delText></w:r></w:del></w:p>')
                if label == RD_WITHHELD[-1]:
                    ins = f'<w:ins {rv.attrs()}>{wr(_text.RD_WITHHELD_NOTE)}</w:ins>'
                    body.append(f'<w:p><w:pPr><w:pStyle w:val="RedactionNote"/><w:rPr><w:ins {rv.attrs()}/></w:rPr>'
                                f'</w:pPr>{rv.comment(ins, _text.RD_WITHHELD_COMMENT)}</w:p>')
                continue
            if label in _text.RD_REDACT:
                where, name, sent, note = _text.RD_REDACT[label]
                pre, post = sent.split("{N}")
                first = first_sentence(t)
                if where == "start":
                    before, after = pre, post + " " + t
                elif where == "mid":
                    before, after = first + " " + pre, post + " " + t[len(first) + 1:]
                else:
                    before, after = t + " " + pre, post
                runs = num + (wr(before) if before else "") + redaction(rv, name, note) + wr(after)
                t = before + "[Redacted]" + after
            else:
                runs = num + wr(t)
            body.append(wp(runs, "NumPara"))
            texts.append(t)
            result.append(entry(label, pg, t))
    doc = (f"{XML_HEAD}<w:document {WP_NS}><w:body>{''.join(body)}<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
           '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" '
           'w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr></w:body></w:document>')
    settings = (f'{XML_HEAD}<w:settings {WP_NS}><w:zoom w:percent="100"/><w:trackRevisions/>'
                '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat>'
                '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" '
                'w:val="15"/></w:compat><w:themeFontLang w:val="en-GB"/></w:settings>')
    rels = (f'{XML_HEAD}<Relationships xmlns="{PKG_REL}">'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" '
            'Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
            f'Target="docProps/core.xml"/><Relationship Id="rId1" Type="{DOC_REL}/officeDocument" '
            'Target="word/document.xml"/></Relationships>')
    doc_rels = (f'{XML_HEAD}<Relationships xmlns="{PKG_REL}">'
                f'<Relationship Id="rId1" Type="{DOC_REL}/styles" Target="styles.xml"/>'
                f'<Relationship Id="rId2" Type="{DOC_REL}/settings" Target="settings.xml"/>'
                f'<Relationship Id="rId3" Type="{DOC_REL}/comments" Target="comments.xml"/></Relationships>')
    app = (f'{XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm'
           f'</Template><TotalTime>96</TotalTime><Pages>{pg}</Pages><Application>Microsoft Office Word</Application>'
           '<DocSecurity>0</DocSecurity><Company>Brackenmoor Council (FICTIONAL)</Company><AppVersion>16.0000'
           '</AppVersion></Properties>')
    core = (f'{XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
            'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>CSPR Child R - disclosure copy</dc:title>'
            f'<dc:subject>{FICT}</dc:subject><dc:creator>Brackenmoor SCP (FICTIONAL)</dc:creator><cp:lastModifiedBy>'
            f'{_text.RD_OFFICER}</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2024-11-04T09:00:00Z'
            f'</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{RD_WHEN}</dcterms:modified>'
            '</cp:coreProperties>')
    zip_parts(path, {"[Content_Types].xml": docx_content_types(["document", "styles", "settings", "comments"]),
                     "_rels/.rels": rels, "word/document.xml": doc, "word/_rels/document.xml.rels": doc_rels,
                     "word/styles.xml": RD_STYLES, "word/settings.xml": settings, "word/comments.xml": rv.part(),
                     "docProps/app.xml": app, "docProps/core.xml": core}, (2025, 3, 12, 10, 14, 0))
    check_lengths(path.name, texts + withheld)
    check_count(path.name, result, 12, 25)
    # read back with lxml, every tracked change accepted: w:t and w:tab outside w:del, a paragraph whose mark is
    # deleted and that keeps no text is gone; "3.2<TAB>" opens a paragraph; page = 1 + the page breaks before it
    import zipfile

    import docx
    from lxml import etree
    docx.Document(str(path))
    z = zipfile.ZipFile(path)
    root = etree.fromstring(z.read("word/document.xml"))
    w = f"{{{W_NS}}}"
    got, heads, notes, page = [], [], [], 1
    for p in root.iter(w + "p"):
        if p.find(f".//{w}br[@{w}type='page']") is not None:
            page += 1
        s = "".join(("\t" if e.tag == w + "tab" else e.text or "") for e in p.iter(w + "t", w + "tab")
                    if not any(a.tag == w + "del" for a in e.iterancestors()))
        if not s:
            continue
        if m := re.fullmatch(r"(\d\.\d)\t(.+)", s):
            got.append([m.group(1), page, m.group(2)])
        elif re.fullmatch(r"\d\.\t.+", s):
            heads.append(s)
        elif s.startswith("Paragraphs 4.3"):
            notes.append(s)
    if got != [[d["label"], d["page"], t] for d, t in zip(result, texts, strict=True)] or len(heads) != 5 \
            or len(notes) != 1:
        raise AssertionError(f"redacted.docx: read back {[g[:2] for g in got]}")
    deleted = [" ".join(e.text for e in p.iter(w + "delText")) for p in root.iter(w + "p")]
    for lab in RD_WITHHELD:
        if not any(s.startswith(lab + " ") for s in deleted):
            raise AssertionError(f"redacted.docx: {lab} not in the deleted text")
    croot = etree.fromstring(z.read("word/comments.xml"))
    if len(croot.findall(w + "comment")) != len(rv.comments) or len(root.findall(f".//{w}commentReference")) != len(
            rv.comments):
        raise AssertionError("redacted.docx: comments")
    starts = [d["label"] for d in result if d["starts_with"].startswith("[Redacted]")]
    ends_r = [d["label"] for d in result if "[Redacted]" in d["ends_with"]]
    if not starts or not ends_r:
        raise AssertionError("redacted.docx: redactions at a paragraph's start and end")
    return {
        "note": ("A child safeguarding practice review's DISCLOSURE COPY redacted in Word WITH TRACK CHANGES ON and "
                 "sent without accepting them: each name a tracked deletion followed by an inserted '[Redacted]' "
                 "(white on black), at the start of " + ", ".join(starts) + " and among the last words of "
                 + ", ".join(ends_r) + "; paragraphs 4.3 to 4.5 deleted whole as tracked changes (numbers, text and "
                 "marks) and replaced by an inserted italic note 'Paragraphs 4.3 to 4.5 have been withheld ...'; "
                 "typed numbers ('3.2' and a tab), so 4.6 follows 4.2; the disclosure officer's comments "
                 "(comments.xml, ranges and references), two beginning with paragraph numbers. Read as disclosed, "
                 "every change accepted: '[Redacted]' is a word of the text, the deleted names are not; 4.3 to 4.5 "
                 "are no paragraphs; the note and the comments are no paragraph's text. Title lines and numbered "
                 "headings are no paragraph's text. Page = 1 + the page breaks before the paragraph."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 3. clipped.html: a page saved with SingleFile after a reader highlighted it and added notes
# --------------------------------------------------------------------------
CL_PLAN = [
    ("1", "Introduction", [75, 80]),
    ("2", "Background", [100, 95, 90]),
    ("3", "What happened", [115, 110, 105, 100]),
    ("4", "Learning", [110, 105, 100, 95]),
    ("5", "Recommendations", [85, 80]),
]
HL = '<span class="single-file-highlight single-file-highlight-yellow">'
CL_HIGHLIGHT = {"2.1": "number", "3.2": "mid", "3.4": "end", "4.1": "mid", "5.1": "end"}
CL_STYLE = ("body{font-family:Arial,sans-serif;margin:0;color:#1b1b1b}.site-header{background:#26374a;color:#fff;"
            "padding:12px 24px}.sf-hidden{display:none!important}main{max-width:760px;margin:0 auto;padding:0 24px}"
            "p strong{margin-right:.4em}.single-file-highlight-yellow{background-color:#ff0!important}"
            ".breadcrumb{font-size:.9em}footer{border-top:1px solid #ccc;font-size:.85em;padding:12px 24px}")
LOGO = ("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6"
        "kgAAAABJRU5ErkJggg==")


def cl_para(label, t, how):
    words = t.split()
    if how == "number":  # a selection from the number into the first words: one span per text node
        return (f"<strong>{HL}{label}</strong></span>{HL}&nbsp;{hesc(' '.join(words[:7]))}</span> "
                f"{hesc(' '.join(words[7:]))}")
    if how == "mid":
        a, b = len(words) // 3, len(words) // 3 + 9
        return (f"<strong>{label}</strong>&nbsp;{hesc(' '.join(words[:a]))} {HL}{hesc(' '.join(words[a:b]))}</span> "
                f"{hesc(' '.join(words[b:]))}")
    if how == "end":
        return (f"<strong>{label}</strong>&nbsp;{hesc(' '.join(words[:-8]))} {HL}{hesc(' '.join(words[-8:]))}"
                "</span>")
    return f"<strong>{label}</strong>&nbsp;{hesc(t)}"


def make_clipped(out, pm):
    path = out / "clipped.html"
    parts, result, texts = [], [], []
    note_ref = {lab: k for k, (lab, _n) in enumerate(_text.CL_NOTES, 1)}
    for sec, title, items in CL_PLAN:
        parts.append(f"<h2 id=s{sec}>{sec}. {hesc(title)}</h2>\n")
        for k, n_words in enumerate(items, 1):
            label = f"{sec}.{k}"
            t = pm.make(n_words, "adult")
            ref = f" data-single-file-note-refs={note_ref[label]}" if label in note_ref else ""
            parts.append(f"<p id=para-{sec}-{k}{ref}>{cl_para(label, t, CL_HIGHLIGHT.get(label))}\n")
            texts.append(t)
            result.append(entry(label, None, t))
    notes = "".join(
        f'<single-file-note data-note-id=sf-note-{k} style="position:absolute;left:{812 + 4 * k}px;top:'
        f'{900 + 610 * k}px;z-index:2147483646"><template shadowrootmode=open><style>.note{{background:#fdfd96;'
        'width:150px;min-height:150px;box-shadow:0 0 6px #888}textarea{border:0;background:transparent;width:100%;'
        f'font:14px Arial}}</style><div class="note note-yellow note-anchored" data-note-id={k}><header></header>'
        f'<textarea dir=auto>{hesc(note)}</textarea><div class=note-resize></div><div class=note-remove><img '
        f'src="{LOGO}" alt=""></div><div class=note-link></div></div></template></single-file-note>'
        for k, (_lab, note) in enumerate(_text.CL_NOTES, 1))
    site = "Ashcombe Safeguarding Adults Board"
    menu = "".join(f"<li><a href=#s{s}>{s}. {hesc(t)}</a>" for s, t, _i in CL_PLAN)
    html = (
        "<!DOCTYPE html> <html lang=en-GB><!--\n Page saved with SingleFile \n url: "
        "https://www.ashcombe-sab.example/reviews/sar-mrs-venn \n saved date: Thu Mar 13 2025 10:22:41 GMT+0000 "
        "(Greenwich Mean Time)\n--><meta charset=utf-8>\n"
        f"<title>Safeguarding Adults Review: Mrs Venn | {site} (FICTIONAL)</title>\n"
        "<meta name=viewport content=\"width=device-width, initial-scale=1\">\n"
        f"<style>{CL_STYLE}</style>\n<meta name=referrer content=no-referrer>"
        "<link rel=canonical href=https://www.ashcombe-sab.example/reviews/sar-mrs-venn>\n<body>\n"
        f"<header class=site-header><a href=/ class=logo><img src=\"{LOGO}\" alt=\"{site}\"></a> {site}\n"
        "<nav class=main-nav><a href=/>Home</a> <a href=/professionals>Professionals</a> <a href=/reviews>Reviews</a>"
        "</nav>\n"
        f"<nav class=\"mobile-menu sf-hidden\" aria-label=\"On this page\"><ol>{menu}</ol></nav></header>\n"
        "<nav class=breadcrumb><a href=/>Home</a> &gt; <a href=/reviews>Reviews</a> &gt; SAR Mrs Venn</nav>\n"
        "<main id=main>\n<h1>Safeguarding Adults Review: Mrs Venn</h1>\n"
        f"<p class=notice><em>{FICT}. {INVENTED}</em>\n"
        "<p class=meta>Published 4 March 2025 \u00b7 Independent reviewer: Helen Tarrant\n"
        "<article class=report>\n" + "".join(parts) + "</article>\n"
        "<aside class=related><h2>Related</h2><ul><li><a href=/reviews/sar-mr-gale>SAR Mr Gale</a><li><a "
        "href=/learning>Learning briefings</a></ul></aside>\n</main>\n"
        f"<footer><p>\u00a9 2025 {site} (FICTIONAL) \u00b7 <a href=/accessibility>Accessibility</a></footer>\n"
        + notes + "\n")
    path.write_text(html, encoding="utf-8")
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    # read back with lxml: the article's <p>s, each opening with its bold number; the notes are outside it
    import lxml.html
    root = lxml.html.fromstring(html.encode("utf-8"))
    art = root.xpath("//article")[0]
    got = []
    for p in art.findall("p"):
        s = " ".join(p.text_content().split())
        num, rest = s.split(" ", 1)
        if p.find("strong") is None or "".join(p.find("strong").itertext()) != num:
            raise AssertionError(f"clipped.html: number of {num}")
        got.append([num, rest])
    if got != [[d["label"], t] for d, t in zip(result, texts, strict=True)]:
        raise AssertionError(f"clipped.html: read back {[g[0] for g in got]}")
    nts = root.xpath("//single-file-note//textarea")
    if [" ".join(n.text_content().split()) for n in nts] != [n for _l, n in _text.CL_NOTES] or \
            any(n.xpath("ancestor::article") for n in nts):
        raise AssertionError("clipped.html: notes")
    if len(root.xpath('//span[contains(@class, "single-file-highlight")]')) != len(CL_HIGHLIGHT) + 1:
        raise AssertionError("clipped.html: highlights")
    return {
        "note": ("A safeguarding adults board's review page SAVED WITH SINGLEFILE after a reader used its annotation "
                 "editor: SingleFile's comment after <html>, compressed HTML (unquoted attributes, no </p>), inlined "
                 "style, a data: URI logo, the hidden mobile menu kept as class 'sf-hidden' (a numbered 'On this "
                 "page' list); paragraphs '<p><strong>2.3</strong>&nbsp;The ...'; yellow highlight spans round "
                 "each text node of a selection (on " + ", ".join(CL_HIGHLIGHT) + "; 2.1's starts on the number "
                 "inside <strong>, 3.4's and 5.1's cover the last words); the reader's notes as <single-file-note> "
                 "elements at the end of <body>, each a <template> holding a <textarea> whose text begins with a "
                 "paragraph number ('2.2 \u2013 this is the bit ...', '5.2 Recommendation for ...'). Highlights "
                 "leave the words the paragraph's; notes are no paragraph's text and no paragraphs. Site furniture, "
                 "headings, the notice and the meta line are no paragraph's text. No pages (null)."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 4. vault.md: a practitioner's Obsidian note holding the report
# --------------------------------------------------------------------------
VA_PLAN = [
    ("1", "Introduction", [80, 75]),
    ("2", "Background", [100, 95, 90]),
    ("3", "What happened", [115, 110, 105, 100]),
    ("4", "Analysis", [105, 110, 100]),
    ("5", "Conclusions", [90, 85]),
]
VA_BLOCK_IDS = ("1.2", "2.2", "3.3", "4.2")
VA_HIGHLIGHT = {"3.1": "number", "2.3": "mid", "4.3": "end"}
PLACE_RE = re.compile(r"\b(Skarrow|Pennerby|Fennowick|Tollivant|Gossiby|Corrimoor|Quillby|Wendlesham)\b")


def va_line(label, t):
    """The note's line for a paragraph, and its text as Obsidian shows it."""
    s = t
    if label in ("2.1", "3.2", "4.1", "5.2", "1.1"):  # a wikilink round a place name (aliased in two)
        m = PLACE_RE.search(s)
        if m:
            p = m.group(1)
            link = f"[[{p} (area note)|{p}]]" if label in ("3.2", "5.2") else f"[[{p}]]"
            s = s[:m.start()] + link + s[m.end():]
    how = VA_HIGHLIGHT.get(label)
    first = first_sentence(s)
    if label in _text.VA_COMMENTS:
        c = f"%%{_text.VA_COMMENTS[label]}%%"
        s = f"{s} {c}" if label == "4.1" else f"{first} {c}{s[len(first):]}"
    line = f"{label} {s}"
    if how == "number":
        w = line.split(" ")
        line = "==" + " ".join(w[:6]) + "== " + " ".join(w[6:])
    elif how == "mid":
        w = line.split(" ")
        a = len(w) // 2
        line = " ".join(w[:a]) + " ==" + " ".join(w[a:a + 7]) + "== " + " ".join(w[a + 7:])
    elif how == "end":
        w = line.split(" ")
        line = " ".join(w[:-5]) + " ==" + " ".join(w[-5:]) + "=="
    if label in VA_BLOCK_IDS:
        line += f" ^p{label.replace('.', '-')}"
    return line


def va_visible(line):
    s = re.sub(r" \^p\d-\d$", "", line)
    s = re.sub(r"\s*%%[^%]*%%", "", s)
    s = s.replace("==", "")
    s = re.sub(r"\[\[(?:[^\]|]*\|)?([^\]]*)\]\]", r"\1", s)
    return " ".join(s.split())


def make_vault(out, pm):
    path = out / "vault.md"
    blocks = ["---\ntitle: \"DHR Ms Ferrant \u2013 overview report (my notes)\"\nsource: "
              "https://www.hallamvale-csp.example/dhr/ms-ferrant/overview-report.pdf\ncreated: 2025-03-14\n"
              "tags:\n  - dhr\n  - learning\n  - team-briefing\n---",
              "# Domestic Homicide Review: Ms Ferrant \u2013 overview report",
              "> [!info] About this note\n> Copied from the published overview report (Hallam Vale Community Safety "
              "Partnership, FICTIONAL). My own notes are in callouts and comments; highlights are mine.",
              f"*{FICT}. {INVENTED}*"]
    result, texts, lines = [], [], []
    for sec, title, items in VA_PLAN:
        blocks.append(f"## {sec}. {title}")
        for k, n_words in enumerate(items, 1):
            label = f"{sec}.{k}"
            t = pm.make(n_words, "dhr")
            line = va_line(label, t)
            if va_visible(line) != f"{label} {t}":
                raise AssertionError(f"vault.md: {label} markup")
            blocks.append(line)
            lines.append(line)
            if label == "2.3":
                blocks.append("![[genogram-ms-ferrant.png]]")
            if label in _text.VA_CALLOUTS:
                kind, head, body = _text.VA_CALLOUTS[label]
                blocks.append(f"> [!{kind}] {head}\n> {body}")
            texts.append(t)
            result.append(entry(label, None, t))
    blocks.append("## My actions\n\n- [ ] Share 4.2 with the team\n- [ ] Ask Sam about 3.4\n- [x] Read the whole "
                  "report")
    text = "\n\n".join(blocks) + "\n"
    path.write_text(text, encoding="utf-8")
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    # read back with markdown-it: each numbered paragraph is one Markdown paragraph, outside any blockquote, its
    # shown text (markup taken off) the key's; callouts are blockquotes
    from markdown_it import MarkdownIt
    toks = MarkdownIt("commonmark").parse(text)
    got, depth, quotes = [], 0, 0
    for i, tk in enumerate(toks):
        if tk.type == "blockquote_open":
            depth += 1
            quotes += 1
        elif tk.type == "blockquote_close":
            depth -= 1
        elif tk.type == "inline" and toks[i - 1].type == "paragraph_open" and depth == 0:
            m = re.match(r"(?:==)?(\d\.\d) ", tk.content)
            if m:
                got.append([m.group(1), va_visible(tk.content)[4:]])
    if got != [[d["label"], t] for d, t in zip(result, texts, strict=True)] or quotes != 1 + len(_text.VA_CALLOUTS):
        raise AssertionError(f"vault.md: read back {[g[0] for g in got]}")
    if not any(ln.startswith("==3.1") for ln in lines) or not any("%%" in ln.split(". ")[-1] for ln in lines):
        raise AssertionError("vault.md: markup")
    return {
        "note": ("A domestic homicide review copied into a practitioner's OBSIDIAN VAULT: YAML front matter, an "
                 "'> [!info]' callout, '## 3. What happened' headings, paragraphs typed '3.2 The ...' on one line "
                 "each, with her HIGHLIGHTS '==...==' (3.1's opens at the number: '==3.1 The ...'; 4.3's covers the "
                 "last words), Obsidian COMMENTS '%%...%%' (in 2.1, 3.2 and after 4.1's last stop), BLOCK IDs "
                 "(' ^p2-2' at the end of " + ", ".join(VA_BLOCK_IDS) + "), WIKILINKS round place names (two "
                 "aliased '[[Skarrow (area note)|Skarrow]]'), CALLOUTS between paragraphs whose text begins with a "
                 "paragraph number or a number ('> 2.3 and 2.2 read together ...', '> 4 things we change ...'), an "
                 "embedded image and a task list. The text is what Obsidian shows: highlight marks, comments, block "
                 "ids and link targets are no words of it; front matter, callouts, embeds, headings and tasks are "
                 "no paragraph's text and no paragraphs. No pages (null)."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 5. casenotes.txt: the report pasted into case notes in four parts, as the system prints them
# --------------------------------------------------------------------------
CN_PLAN = [
    ("1", "Introduction", [70, 75]),
    ("2", "Background", [95, 90, 100]),
    ("3", "What happened", [110, 105, 100, 95]),
    ("4", "Analysis", [105, 100, 95]),
    ("5", "Conclusions", [85, 80]),
]
CN_SPLIT = "2.3"  # part 1 ends in the middle of this paragraph
RULE, DASH = "=" * 80, "-" * 80


def cn_header(k, total, when, who, kind, subject):
    return [RULE, f"Note {k} of {total}", f"Date of event:    {when}        Recorded by: {who}",
            f"Note type:        {kind}", f"Subject:          {subject}",
            "Status:           Completed               Restricted: No", DASH]


def cn_wrap(s):
    return textwrap.wrap(s, 76, break_long_words=False, break_on_hyphens=False) or [""]


def make_casenotes(out, pm):
    path = out / "casenotes.txt"
    blocks, result, texts = [], [], []  # blocks: ("h", heading) or ("p", label, text)
    for sec, title, items in CN_PLAN:
        blocks.append(("h", f"{sec}. {title}"))
        for k, n_words in enumerate(items, 1):
            label = f"{sec}.{k}"
            t = pm.make(n_words, "child")
            blocks.append(("p", label, t))
            texts.append(t)
            result.append(entry(label, None, t))
    sw_name = "Jo Carnell (Social Worker)"
    title = ["Child Safeguarding Practice Review: Child T", "Overview report",
             "Marlbeck Safeguarding Children Partnership (FICTIONAL)", ""]

    def body(bs, lead=None, tail=None):
        out_ = []
        if lead:
            out_ += [lead, ""]
        for b in bs:
            s = b[1] if b[0] == "h" else f"{b[1]} {b[2]}" if b[0] == "p" else b[1]
            out_ += [*cn_wrap(s), ""]
        if tail:
            out_ += [tail, ""]
        return ["  " + ln if ln else "" for ln in out_]

    i_split = next(i for i, b in enumerate(blocks) if b[0] == "p" and b[1] == CN_SPLIT)
    i3 = next(i for i, b in enumerate(blocks) if b == ("h", "4. Analysis"))
    i4 = next(i for i, b in enumerate(blocks) if b == ("h", "5. Conclusions"))
    i2 = next(i for i, b in enumerate(blocks) if b == ("h", "3. What happened"))
    lab, t = blocks[i_split][1], blocks[i_split][2]
    w = t.split()
    cut = next(c for c in range(len(w) // 2, len(w) - 10)
               if w[c][0].islower() and not w[c - 1].endswith((".", "?", "!")))
    head_half, tail_half = " ".join(w[:cut]), " ".join(w[cut:])
    if tail_half[0].isupper():
        raise AssertionError("casenotes.txt: the split must fall in mid-sentence")
    part1 = [*blocks[:i_split], ("p", lab, head_half)]
    part2 = [("t", tail_half), *blocks[i_split + 1:i2], *blocks[i2:i3]]
    lines = ["CareFile Children's Social Care \u2013 Case Notes Report (FICTIONAL)",
             "Person:      Child T (Person ID 1048833)        Date of birth: withheld",
             "Printed by:  Jo Carnell on 17/03/2025 at 11:04",
             "Filter:      All note types; 01/03/2025 to 17/03/2025; oldest first",
             f"{FICT}. {INVENTED}", ""]
    lines += cn_header(1, 5, "12/03/2025 16:40", sw_name, "Other agency document",
                       "CSPR overview report - part 1 of 4")
    lines += ["  " + s if s else "" for s in title]
    lines += body(part1, None, "(continued in next note)")
    lines += cn_header(2, 5, "12/03/2025 16:52", sw_name, "Other agency document",
                       "CSPR overview report - part 2 of 4")
    lines += body(part2, "(continued from previous note)")
    lines += cn_header(3, 5, "13/03/2025 09:30", "Priya Anand (Team Manager)", "Management oversight",
                       "Oversight of CSPR learning for T")
    lines += ["  " + ln for ln in cn_wrap(_text.CN_OVERSIGHT)] + [""]
    lines += cn_header(4, 5, "14/03/2025 14:05", sw_name, "Other agency document",
                       "CSPR overview report - part 3 of 4")
    lines += body(blocks[i3:i4])
    lines += cn_header(5, 5, "14/03/2025 14:11", sw_name, "Other agency document",
                       "CSPR overview report - part 4 of 4")
    lines += body(blocks[i4:])
    lines += [RULE, "End of report \u2013 5 notes printed", ""]
    data = "\r\n".join(lines).encode("utf-8")
    path.write_bytes(data)
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    # read back: note headers (from "Note N of M" to the dashes) and rules skipped; in the bodies blocks are parted
    # by blank lines; "2.3 The ..." opens a paragraph, a heading or the oversight note ends one; a block after
    # "(continued from previous note)" runs on in the paragraph before
    got, cur, in_head, note_kind, carry = [], None, False, None, False
    blocks_read, buf = [], []
    for ln in data.decode("utf-8").split("\r\n"):
        if ln == RULE:
            if buf:
                blocks_read.append((note_kind, " ".join(buf)))
                buf = []
            in_head = True
            continue
        if in_head:
            if ln.startswith("Note type:"):
                note_kind = ln.split(":", 1)[1].strip()
            if ln == DASH:
                in_head = False
            continue
        if not ln.strip():
            if buf:
                blocks_read.append((note_kind, " ".join(buf)))
                buf = []
            continue
        if ln.startswith("  "):
            buf.append(ln.strip())
    for kind, b in blocks_read:
        if kind != "Other agency document":
            cur = None
            continue
        if b == "(continued in next note)":
            continue
        if b == "(continued from previous note)":
            carry = True
            continue
        if m := re.fullmatch(r"(\d\.\d) (.+)", b):
            cur = [m.group(1), m.group(2)]
            got.append(cur)
        elif carry and cur is not None:
            cur[1] += " " + b
        elif re.fullmatch(r"\d\. [A-Z][a-z ]+", b):
            cur = None
        carry = False
    if got != [[d["label"], t] for d, t in zip(result, texts, strict=True)]:
        raise AssertionError(f"casenotes.txt: read back {[g[0] for g in got]}")
    return {
        "note": ("A child safeguarding practice review as a children's social care case-management system prints "
                 "the CASE NOTES it was pasted into (UTF-8, CRLF): a report header, then five notes between '=====' "
                 "rules, each with its header block ('Note 2 of 5', 'Date of event: 12/03/2025 16:52', 'Recorded "
                 "by:', 'Note type:', 'Subject: CSPR overview report - part 2 of 4', 'Status:') and a '-----' rule, "
                 "bodies indented two spaces and wrapped at 78. The social worker pasted the report in four parts: "
                 "part 1 ends IN THE MIDDLE OF " + CN_SPLIT + " with her line '(continued in next note)', part 2 "
                 "opens '(continued from previous note)' and the rest of the sentence in lower case, which is "
                 + CN_SPLIT + "'s text. Between parts 2 and 3 a team manager's MANAGEMENT OVERSIGHT note cites "
                 "'Paragraphs 3.2 to 3.4' and '2 actions agreed'. Note headers, the social worker's continuation "
                 "lines, the oversight note, the title lines and headings are no paragraph's text. No pages "
                 "(null)."),
        "paragraphs": result,
    }


def build(out):
    register_fonts(T1_FACES)
    return _harness.build_files(out, ParaMaker(), {
        "summary.pdf": make_summary, "redacted.docx": make_redacted, "clipped.html": make_clipped,
        "vault.md": make_vault, "casenotes.txt": make_casenotes})


def main(out: pathlib.Path, determinism: bool = True) -> dict:
    """Build and self-check into ``out``; with ``determinism``, build again elsewhere and compare the bytes."""
    return _harness.build_checked(build, out, "blind47-determinism-", determinism)


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
