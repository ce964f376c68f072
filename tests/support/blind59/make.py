"""Blind fixture generator 59: five FICTIONAL review documents AS DRAFTED, REVIEWED AND SHARED IN COLLABORATIVE
EDITORS, each with the traps such drafts really have: a Word draft circulated for comment with its tracked changes
and comments left in, a panel draft printed with line numbers down the margin and a diagonal watermark, an online
editor's PDF printed with its suggestions shown and its comments as endnotes, a collaborative Markdown pad whose
suggestions are CriticMarkup, and a shared page saved from the browser while others were editing it.

FICTIONAL \u2013 for software testing. Run: python make.py [outdir] (a few seconds: everything is built twice and the
bytes compared). Needs reportlab (its canvas, its standard fonts and its font folder: Arial metric Type 1 faces),
lxml, python-docx, pdfplumber and markdown-it; no system fonts, no network. Every generator checks its own key with
pdfplumber/lxml/python-docx, never with the project's parser.

circulated.docx a CHILD SAFEGUARDING PRACTICE REVIEW'S SECOND DRAFT CIRCULATED IN WORD FOR COMMENT, ITS TRACKED
                CHANGES NOT ACCEPTED: typed numbers "2.3<TAB>" in hanging indents; a sentence inserted at a
                paragraph's start (w:ins), sentences deleted in mid-paragraph, at a paragraph's start and at its end
                (w:del, w:delText), a sentence replaced; a PARAGRAPH INSERTED WHOLE (its number, its text and its
                paragraph mark in w:ins) and the TYPED NUMBERS AFTER IT REVISED ("3.2" deleted, "3.3" inserted); a
                PARAGRAPH MOVED (w:moveFrom at the end of its section, w:moveTo at its start, the numbers revised);
                a PARAGRAPH DELETED WHOLE (its number and text in w:delText, its mark deleted) with the next number
                revised; a page break inserted as a tracked change and ANOTHER DELETED as one; COMMENTS anchored in
                the text (one range running from one paragraph into the next, texts beginning "2.1 and 2.2 ...",
                "3.2 is new ...", "12 weeks or 12 days?"); a red "DRAFT 2" header
linenumbered.pdf a SAFEGUARDING ADULTS REVIEW'S PANEL DRAFT WITH LINE NUMBERS: every printed line numbered in the left
                margin, in the body's own face, size and colour, right-aligned a little left of the hanging paragraph
                numbers and on the same baseline ("7" beside "2.3 The ..."; continuation lines begin "8", "9" ...),
                the count RESTARTING AT 1 ON EVERY PAGE and taking in the title and heading lines; a diagonal "DRAFT
                \u2013 FOR PANEL COMMENT" WATERMARK in pale grey drawn under every page's text; a running head asking
                for comments "by page and line number", "Page 2 of 3" folios; paragraphs across pages
suggestions.pdf a DOMESTIC HOMICIDE REVIEW printed from an ONLINE EDITOR WITH ITS SUGGESTIONS SHOWN: suggested
                deletions in red with a line struck through them (a sentence in mid-paragraph, a sentence at a
                paragraph's end, the last words of a paragraph replaced, a WHOLE PARAGRAPH "4.4" with its number),
                suggested insertions in green and underlined (a sentence at a paragraph's start, a replacement
                sentence, the last words, a WHOLE NEW PARAGRAPH numbered "4.4" after the struck one); COMMENT ANCHORS
                "[a]" to "[f]" glued to words (among a paragraph's first words and after its last word) and the
                COMMENTS PRINTED AS ENDNOTES after the last paragraph ("[b]2.2 and 2.3 say much the same ..."); no
                running head or folio; paragraphs across pages
review.md       a RAPID REVIEW'S PANEL DRAFT IN A COLLABORATIVE MARKDOWN PAD, ITS SUGGESTIONS IN CRITICMARKUP: YAML
                front matter, a ":::warning" container explaining the markup, "[TOC]", a ":::info" container of
                "Panel actions" as a TASK LIST ("- [x] 2.1 \u2013 confirm the dates ..."); typed "2.3 " numbers at
                the start of one-line paragraphs; {++insertions++} (a sentence at a paragraph's start, a WHOLE
                PARAGRAPH "{++3.3 The ...++}"), {--deletions--} (a sentence, a WHOLE PARAGRAPH "{--4.3 ...--}"),
                {~~substitutions~>of the numbers after them~~} at lines' starts ("{~~3.3~>3.4~~} The ...") and of a
                paragraph's last words, {>>comments<<} inside paragraphs, glued after a last word and on a line of
                their own ("{>>3.1 already says this<<}"), {==highlights==}; blockquoted notes with the pad's
                "[name=...] [time=...]" tags, one beginning "2.3 needs ..."
shared.html     a THEMATIC REVIEW'S SHARED DRAFT SAVED FROM A COLLABORATIVE EDITOR IN THE BROWSER WHILE OTHERS WERE IN
                IT: a presence bar (avatars "PS" "TO" "HM", "3 people editing", "Last edited 4 minutes ago by ..."), a
                comments sidebar before the text whose threads begin "2.2 \u2013 do we have ..."; the paragraphs are
                EDITABLE LIST ITEMS (<li class="block para" data-block-id=...> in a contenteditable root, one
                <ol start="N"> per section continuing the editor's own count, its markers hidden by CSS) each opening
                with a non-editable typed number <span class="num">2.1</span>; a "Last edited by Priya Shah \u00b7 14
                Feb 2025, 15:04" line inside every item after its text; REMOTE CURSORS with their name labels inside
                the text (one straight after a number, one in the middle of a word, wrapped in word joiners U+2060), a
                remote selection, "Helen Marwood is typing\u2026" inside an item; an empty placeholder item; a hidden
                version history citing "paragraph 3.4"

How the keys treat unaccepted changes and suggestions: each key is the text a reader of the FINAL report would see,
that is the draft with EVERY tracked change and suggestion ACCEPTED and every comment, comment mark and editor's
annotation left out. Inserted words and paragraphs (w:ins, w:moveTo, green underlined, {++...++}) are in the text;
deleted ones (w:del, w:moveFrom, red struck-through, {--...--}) are not; a substitution gives its new text (a revised
number gives the new number as the label); comments and their anchors, marks and endnotes, highlights' markup,
cursors, selections, typing indicators and "last edited" lines are no paragraph and no paragraph's text. A page break
deleted as a tracked change breaks no page; one inserted as a tracked change does.

Judgement calls (as in round 58, what a practitioner citing the final report would expect):
- the label is the paragraph number as printed (typed), without a trailing stop: "3.2";
- what the editor, the reviewers and the panel added is no paragraph: comments, notes, task lists, containers,
  presence bars, line numbers, watermarks, running heads asking for comments, folios, title blocks and numbered
  headings ("2. Child R and the family");
- a paragraph goes on over a page break;
- pages: physical and 1-based for PDF (a paragraph's page is its first line's); DOCX pages are counted from explicit
  breaks that survive acceptance: page = 1 + the page breaks (<w:br w:type="page"/>, not inside w:del) before the
  paragraph (each page holds at most about 480 words of the final text). HTML and Markdown: null.
"""
import os
import pathlib
import re
import sys
import zipfile

if __package__ in (None, ""):
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

    from blindkit import harness as _harness  # type: ignore
    from blindkit.draw import Layout, register_fonts, sw, wrap  # type: ignore
    from blindkit.flow import RowFlow  # type: ignore
    from blindkit.keys import check_count, check_crossings, check_lengths, entry, sentences  # type: ignore
    from blindkit.markup import SECT_A4, docx_content_types, hesc, write_markdown, xesc, zip_parts  # type: ignore
    from blindkit.pdfread import check_pdf_key, pdf_pages, words_of  # type: ignore

    _text = _harness.load(__file__, "blind59_text", "text.py")
    _b36 = _harness.load(__file__, "blind36_make", "..", "blind36", "make.py")
else:
    from ..blind36 import make as _b36
    from ..blindkit import harness as _harness
    from ..blindkit.draw import Layout, register_fonts, sw, wrap
    from ..blindkit.flow import RowFlow
    from ..blindkit.keys import check_count, check_crossings, check_lengths, entry, sentences
    from ..blindkit.markup import SECT_A4, docx_content_types, hesc, write_markdown, xesc, zip_parts
    from ..blindkit.pdfread import check_pdf_key, pdf_pages, words_of
    from . import text as _text

ParaMaker, norm, contains_seq = _text.ParaMaker, _text.norm, _text.contains_seq
W_NS, XML_HEAD, WP_NS = _b36.W_NS, _b36.XML_HEAD, _b36.WP_NS
PKG_REL, DOC_REL = _b36.PKG_REL, _b36.DOC_REL

FICT = "FICTIONAL \u2013 for software testing"
INVENTED = "Every person, place and service named here is invented."
A, AB, AI = "ArialMT", "Arial-BoldMT", "Arial-ItalicMT"
T1_FACES = {A: "_a______", AB: "_ab_____", AI: "_ai_____"}
GREY, BLACK, PALE = (0.4, 0.4, 0.4), (0, 0, 0), (0.86, 0.86, 0.86)
NAVY, TEAL = (0.09, 0.16, 0.33), (0.0, 0.42, 0.45)
SUG_DEL, SUG_INS, LINK = (0.80, 0.12, 0.10), (0.13, 0.52, 0.25), (0.07, 0.33, 0.80)


# --------------------------------------------------------------------------
# revisions: a paragraph's final text as segments kept ("="), inserted ("+") and deleted ("-")
# --------------------------------------------------------------------------
def revise(t0, start_ins=None, start_del=None, mid=(), end_del=None, end_sub=None):
    """The segments of a paragraph whose FINAL text (every change accepted) is ``t0`` with ``start_ins`` before it:
    [(kind, text)], kind "=" kept, "+" inserted, "-" deleted. The kept text is always split in two at the sentence
    end nearest its middle (never among its first ten or last eight words), where the ``mid`` segments go;
    ``end_sub`` = old words that the paragraph's last three words replaced."""
    ss = sentences(t0)
    counts = [len(" ".join(ss[:k]).split()) for k in range(1, len(ss))]
    n = len(t0.split())
    ok = [k for k, c in enumerate(counts, 1) if c >= 10 and n - c >= 8]
    if not ok:
        raise AssertionError(f"no sentence end in the middle of {t0[:40]!r}")
    k = min(ok, key=lambda k: abs(counts[k - 1] - n / 2))
    head, tail = " ".join(ss[:k]), " ".join(ss[k:])
    segs = []
    if start_del:
        segs.append(("-", start_del))
    if start_ins:
        segs.append(("+", start_ins))
    segs.append(("=", head))
    segs += list(mid)
    if end_sub:
        w = tail.split()
        segs += [("=", " ".join(w[:-3])), ("-", end_sub), ("+", " ".join(w[-3:]))]
    else:
        segs.append(("=", tail))
    if end_del:
        segs.append(("-", end_del))
    return segs


def final(segs):
    return " ".join(s for k, s in segs if k != "-")


def draft(segs):
    return " ".join(s for k, s in segs if k != "+")


# --------------------------------------------------------------------------
# 1. circulated.docx: a Word draft circulated for comment, its tracked changes not accepted
# --------------------------------------------------------------------------
CI_PLAN = [[60, 70], [70, 75, 65], [55, 60, 65, 55], [55, 60, 65], [70, 60]]
CI_INSERTED = "3.2"  # inserted whole; the numbers after it in section 3 revised
CI_MOVED = "4.1"  # moved from the end of section 4 (where it was "4.3"); 4.2 and 4.3 were "4.1" and "4.2"
CI_GONE_AFTER = "5.1"  # the old 5.2 deleted whole after it; 5.2 was "5.3"
CI_INS_BREAK, CI_DEL_BREAK, CI_BREAKS = 2, 4, {3, 5}  # page breaks before these sections
CI_STYLES = _b36.styles_xml("Arial", (
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>'
    '<w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color '
    'w:val="1F3864"/><w:sz w:val="28"/></w:rPr></w:style>'
    '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:rPr>'
    '<w:sz w:val="16"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn '
    'w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>'))
CI_NUMBERING = XML_HEAD + f"<w:numbering {WP_NS}/>"
CI_HANG = '<w:ind w:left="720" w:hanging="720"/><w:spacing w:after="160"/>'


class Revs:
    """Revision ids, authors and dates as Word writes them."""

    def __init__(self):
        self.n = 0

    def attrs(self, who=0, day=10):
        self.n += 1
        name = _text.REVIEWERS[who][0]
        when = f"2025-02-{day:02d}T1{self.n % 8}:{self.n * 7 % 60:02d}:00Z"
        return f'w:id="{100 + self.n}" w:author="{name}" w:date="{when}"'


def ci_runs(segs, rv, who, marks=None):
    """The segments as Word runs: kept text in w:r, insertions in w:ins, deletions in w:del with w:delText; each
    segment ends with a space but the last. ``marks`` {("before" | "after", segment index): xml}."""
    marks = marks or {}
    out = []
    for i, (k, s) in enumerate(segs):
        s = s + (" " if i < len(segs) - 1 else "")
        out.append(marks.get(("before", i), ""))
        if k == "=":
            out.append(_b36.wr(s))
        elif k == "+":
            out.append(f"<w:ins {rv.attrs(who)}>{_b36.wr(s)}</w:ins>")
        else:
            out.append(f'<w:del {rv.attrs(who)}><w:r><w:delText xml:space="preserve">{xesc(s)}</w:delText></w:r>'
                       "</w:del>")
        out.append(marks.get(("after", i), ""))
    return "".join(out)


def ci_comment(cid, what):
    if what == "start":
        return f'<w:commentRangeStart w:id="{cid}"/>'
    return (f'<w:commentRangeEnd w:id="{cid}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
            f'<w:commentReference w:id="{cid}"/></w:r>')


def ci_comments_xml():
    ps = []
    for cid, (who, ini, s) in enumerate(_text.CI_COMMENTS):
        ps.append(f'<w:comment w:id="{cid}" w:author="{xesc(who)}" w:date="2025-02-1{cid}T09:30:00Z" '
                  f'w:initials="{ini}"><w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle '
                  f'w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>{_b36.wr(s)}</w:p></w:comment>')
    return f"{XML_HEAD}<w:comments {WP_NS}>{''.join(ps)}</w:comments>"


def make_circulated(out, pm):
    path = out / "circulated.docx"
    wp, wr = _b36.wp, _b36.wr
    rv = Revs()
    tab = "<w:r><w:tab/></w:r>"
    result, texts, words, page = [], [], {1: 60}, 1
    rejected = []  # the labels a reader who rejected every change would see, in order
    body = [wp(wr(_text.CI_TITLE), "Title"), wp(wr(_text.CI_SUB, "<w:b/>")),
            wp(wr(f"{FICT}. {INVENTED}", "<w:i/>")), wp(wr(_text.CI_CIRC, "<w:i/>"))]
    added, deleted = iter(_text.ADDED), iter(_text.DELETED)
    moved = None
    for s, items in enumerate(CI_PLAN, 1):
        if s == CI_INS_BREAK:  # a page break the author inserted with Track Changes on
            body.append(f'<w:p><w:pPr><w:rPr><w:ins {rv.attrs(2, 7)}/></w:rPr></w:pPr><w:ins {rv.attrs(2, 7)}>'
                        '<w:r><w:br w:type="page"/></w:r></w:ins></w:p>')
            page += 1
        if s == CI_DEL_BREAK:  # a page break a reviewer deleted: no break in the final report
            body.append(f'<w:p><w:pPr><w:rPr><w:del {rv.attrs(1, 12)}/></w:rPr></w:pPr><w:del {rv.attrs(1, 12)}>'
                        '<w:r><w:br w:type="page"/></w:r></w:del></w:p>')
        if s in CI_BREAKS:
            body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
            page += 1
        words.setdefault(page, 0)
        body.append(wp(wr(f"{s}. {_text.CI_SECTIONS[s - 1]}"), "Heading1"))
        old = 0  # the paragraph's number in the draft before the changes
        for j, n_words in enumerate(items, 1):
            label = f"{s}.{j}"
            t0 = pm.make(n_words, "child")
            marks, who, ppr = {}, 1, CI_HANG
            if label == "1.2":
                segs = revise(t0, start_ins=next(added))
            elif label == "2.1":
                segs = revise(t0)
                marks = {("after", 0): ci_comment(0, "start")}
            elif label == "2.2":
                segs = revise(t0, mid=[("-", next(deleted))])
                marks = {("after", 0): ci_comment(0, "end")}
            elif label == "2.3":
                segs = revise(t0, end_del=next(deleted))
            elif label == "4.2":
                segs = revise(t0, mid=[("-", next(deleted)), ("+", next(added))])
                marks = {("before", 1): ci_comment(3, "start"), ("after", 2): ci_comment(3, "end")}
            elif label == "5.1":
                segs = revise(t0, start_del=next(deleted))
            else:
                segs = revise(t0)
            t = final(segs)
            texts.append(t)
            result.append(entry(label, page, t))
            words[page] += len(t.split())
            if label == CI_INSERTED:  # inserted whole: number, text and paragraph mark
                inner = f"<w:ins {rv.attrs(2, 11)}>{_b36.wr(label)}{tab}{_b36.wr(t)}</w:ins>"
                body.append(wp(ci_comment(1, "start") + inner + ci_comment(1, "end"), None,
                               ppr + f"<w:rPr><w:ins {rv.attrs(2, 11)}/></w:rPr>"))
                continue
            if label == CI_MOVED:  # moved here from the end of the section, where it was the section's last
                moved = (t, len(items))
                num = (f'<w:del {rv.attrs(0, 13)}><w:r><w:delText>{s}.{len(items)}</w:delText></w:r></w:del>'
                       f"<w:ins {rv.attrs(0, 13)}>{wr(label)}</w:ins>")
                rng = rv.attrs(0, 13)
                body.append(f'<w:moveToRangeStart {rng} w:name="move189230118"/>'
                            + wp(ci_comment(2, "start") + num + tab + f"<w:moveTo {rv.attrs(0, 13)}>{wr(t)}"
                                 "</w:moveTo>" + ci_comment(2, "end"), None,
                                 ppr + f"<w:rPr><w:moveTo {rv.attrs(0, 13)}/></w:rPr>")
                            + f'<w:moveToRangeEnd w:id="{rng.split(chr(34))[1]}"/>')
                continue
            old += 1
            if f"{s}.{old}" != label:  # a typed number revised: the old one deleted, the new one inserted
                num = (ci_comment(4, "start") if label == "5.2" else "") + (
                    f'<w:del {rv.attrs(who, 12)}><w:r><w:delText>{s}.{old}</w:delText></w:r></w:del>'
                    f"<w:ins {rv.attrs(who, 12)}>{wr(label)}</w:ins>") + (
                    ci_comment(4, "end") if label == "5.2" else "")
            else:
                num = wr(label)
            rejected.append(f"{s}.{old}")
            body.append(wp(num + tab + ci_runs(segs, rv, who, marks), None, ppr))
            if label == CI_GONE_AFTER:  # the old 5.2 deleted whole: number, text and mark
                old += 1
                gone = pm.make(65, "child")
                body.append(wp(f'<w:del {rv.attrs(1, 14)}><w:r><w:delText>{s}.{old}</w:delText></w:r><w:r><w:tab/>'
                               f'</w:r><w:r><w:delText xml:space="preserve">{xesc(gone)}</w:delText></w:r></w:del>',
                               None, ppr + f"<w:rPr><w:del {rv.attrs(1, 14)}/></w:rPr>"))
                rejected.append(f"{s}.{old}")
        if s == 4:  # where the moved paragraph was: w:moveFrom, its old number with it
            mt, n_old = moved
            rng = rv.attrs(0, 13)
            body.append(f'<w:moveFromRangeStart {rng} w:name="move189230118"/>'
                        + wp(f"<w:moveFrom {rv.attrs(0, 13)}>{wr(f'{s}.{n_old}')}{tab}{wr(mt)}</w:moveFrom>", None,
                             CI_HANG + f"<w:rPr><w:moveFrom {rv.attrs(0, 13)}/></w:rPr>")
                        + f'<w:moveFromRangeEnd w:id="{rng.split(chr(34))[1]}"/>')
            rejected.append(f"{s}.{n_old}")
    body.append(wp(wr("[End of draft. Panel comments to be collated by the review manager.]", "<w:i/>")))
    doc = f'{XML_HEAD}<w:document {WP_NS}><w:body>{"".join(body)}{SECT_A4}</w:body></w:document>'
    header = (f"{XML_HEAD}<w:hdr {WP_NS}>" + wp(wr(_text.CI_HEADER, '<w:b/><w:color w:val="C00000"/>'), "Header")
              + "</w:hdr>")
    footer = f"{XML_HEAD}<w:ftr {WP_NS}>" + wp(_b36.field("PAGE", "1"), "Footer", '<w:jc w:val="center"/>') \
        + "</w:ftr>"
    settings = (f'{XML_HEAD}<w:settings {WP_NS}><w:zoom w:percent="100"/><w:trackRevisions/>'
                '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat>'
                '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" '
                'w:val="15"/></w:compat><w:themeFontLang w:val="en-GB"/></w:settings>')
    rels = (f'{XML_HEAD}<Relationships xmlns="{PKG_REL}"><Relationship Id="rId3" Type="{DOC_REL}/extended-'
            'properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/'
            'package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship '
            f'Id="rId1" Type="{DOC_REL}/officeDocument" Target="word/document.xml"/></Relationships>')
    doc_rels = (f'{XML_HEAD}<Relationships xmlns="{PKG_REL}">'
                f'<Relationship Id="rId1" Type="{DOC_REL}/numbering" Target="numbering.xml"/>'
                f'<Relationship Id="rId2" Type="{DOC_REL}/styles" Target="styles.xml"/>'
                f'<Relationship Id="rId3" Type="{DOC_REL}/settings" Target="settings.xml"/>'
                f'<Relationship Id="rId4" Type="{DOC_REL}/comments" Target="comments.xml"/>'
                f'<Relationship Id="rId8" Type="{DOC_REL}/header" Target="header1.xml"/>'
                f'<Relationship Id="rId9" Type="{DOC_REL}/footer" Target="footer1.xml"/></Relationships>')
    app = (f'{XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm'
           f'</Template><TotalTime>311</TotalTime><Pages>{page}</Pages><Words>{sum(len(t.split()) for t in texts)}'
           '</Words><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Company>Brackenholt '
           'Council (FICTIONAL)</Company><AppVersion>16.0000</AppVersion></Properties>')
    core = (f'{XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
            'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{xesc(_text.CI_TITLE)} (draft 2)'
            f'</dc:title><dc:subject>{FICT}</dc:subject><dc:creator>Priya Shah</dc:creator><cp:lastModifiedBy>'
            'Helen Marwood</cp:lastModifiedBy><cp:revision>14</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">'
            '2025-01-20T10:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2025-02-14T16:40:00Z'
            '</dcterms:modified></cp:coreProperties>')
    parts = ["document", "numbering", "styles", "settings", "comments", "header1", "footer1"]
    zip_parts(path, {"[Content_Types].xml": docx_content_types(parts), "_rels/.rels": rels, "word/document.xml": doc,
                     "word/_rels/document.xml.rels": doc_rels, "word/numbering.xml": CI_NUMBERING,
                     "word/styles.xml": CI_STYLES, "word/settings.xml": settings,
                     "word/comments.xml": ci_comments_xml(),
                     "word/header1.xml": header, "word/footer1.xml": footer, "docProps/app.xml": app,
                     "docProps/core.xml": core}, (2025, 2, 14, 16, 40, 0))
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    if max(words.values()) > 480:
        raise AssertionError(f"circulated.docx: words per page {words}")
    # read back with lxml, every change accepted (w:t and w:tab outside w:del and w:moveFrom; a paragraph whose mark
    # is deleted or moved away and that keeps no text is gone; page breaks outside w:del) and, for contrast, every
    # change rejected (w:t outside w:ins and w:moveTo, w:delText, every page break not inside w:ins)
    from lxml import etree
    w = f"{{{W_NS}}}"
    root = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))

    def under(el, tags):
        return any(a.tag in tags for a in el.iterancestors())

    def read(accept):
        gone, txt_tags = ((f"{w}del", f"{w}moveFrom"), (f"{w}t",)) if accept else \
            ((f"{w}ins", f"{w}moveTo"), (f"{w}t", f"{w}delText"))
        got, pg = [], 1
        for p in root.find(f"{w}body").findall(f"{w}p"):
            pg += sum(1 for b in p.iter(f"{w}br") if b.get(f"{w}type") == "page" and not under(b, gone))
            txt = "".join(x.text if x.tag != f"{w}tab" else "\t" for x in p.iter(*txt_tags, f"{w}tab")
                          if not under(x, gone))
            m = re.fullmatch(r"(\d+\.\d+)\t(.+)", " ".join(txt.split(" ")).strip())
            if m:
                got.append([m.group(1), pg, " ".join(m.group(2).split())])
        return got

    got = read(True)
    if got != [[d["label"], d["page"], t] for d, t in zip(result, texts, strict=True)]:
        raise AssertionError(f"circulated.docx: read back {[g[:2] for g in got]}")
    back = read(False)
    if [g[0] for g in back] != rejected or [g[0] for g in got] == rejected:
        raise AssertionError(f"circulated.docx: rejected view {[g[0] for g in back]} != {rejected}")
    import docx
    d = docx.Document(str(path))
    starts = sum(1 for p in d.paragraphs for _ in p._p.iter(f"{w}commentRangeStart"))
    ctext = [" ".join(t.text for t in c.iter(f"{w}t")) for c in etree.fromstring(
        zipfile.ZipFile(path).read("word/comments.xml"))]
    if starts != len(_text.CI_COMMENTS) or len(ctext) != starts or not ctext[3].startswith("12 "):
        raise AssertionError(f"circulated.docx: comments {starts} {ctext}")
    return {
        "note": ("A CHILD SAFEGUARDING PRACTICE REVIEW'S SECOND DRAFT CIRCULATED IN WORD FOR COMMENT WITH ITS TRACKED "
                 "CHANGES NOT ACCEPTED (w:trackRevisions on). The key is the FINAL text, every change accepted: "
                 "typed numbers '2.3<TAB>' in hanging indents; a sentence inserted at 1.2's start (w:ins); "
                 "sentences deleted (w:del/w:delText) inside 2.2, at the end of 2.3 and at the start of 5.1; a "
                 "sentence replaced inside 4.2; paragraph " + CI_INSERTED + " INSERTED WHOLE (number, text and mark "
                 "in w:ins) and the TYPED NUMBERS after it REVISED (the old number in w:del, the new in w:ins); "
                 + CI_MOVED + " MOVED from the end of section 4 (w:moveTo here, w:moveFrom there with its old number "
                 "'4.3'), 4.2 and 4.3 renumbered; the old 5.2 DELETED WHOLE after " + CI_GONE_AFTER + " and 5.3 "
                 "renumbered 5.2. With every change rejected the numbers read " + ", ".join(rejected) + ". COMMENTS "
                 "anchored in the text (one range from 2.1 into 2.2; texts beginning '2.1 and 2.2 ...', '3.2 is new "
                 "...', '12 weeks or 12 days?'); a red '" + _text.CI_HEADER + "' header. A page break INSERTED as a "
                 "tracked change before section " + str(CI_INS_BREAK) + " counts; one DELETED as a tracked change "
                 "before section " + str(CI_DEL_BREAK) + " does not; plain page breaks before sections "
                 + ", ".join(map(str, sorted(CI_BREAKS))) + ". Comments, headings and the circulation note are no "
                 "paragraphs. page = 1 + the page breaks (w:br page, not in w:del) before the paragraph."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 2. linenumbered.pdf: a panel draft with line numbers restarting on every page and a diagonal watermark
# --------------------------------------------------------------------------
LN_PLAN = [[60, 70], [85, 90, 80], [110, 120, 105, 115], [100, 110, 95], [90, 85], [70, 65]]
LN_L, LN_NUM, LN_X, LN_R, LN_RIGHT = 72.0, 78.0, 112.0, 523.0, 64.0
LN_TOP, LN_BOT, LN_SIZE, LN_LEAD = 778.0, 70.0, 10.5, 15.0


def ln_heading(fl, s):
    fl.place([(14.0, 20.0, [(LN_NUM, s, AB, 12.0, NAVY, 0.0)]),
              (0.0, LN_LEAD, [(LN_X, "", A, LN_SIZE, BLACK, 0.0)]),
              (0.0, LN_LEAD, [(LN_X, "", A, LN_SIZE, BLACK, 0.0)])], keep=3)
    fl.lay.pages[-1].pop()
    fl.lay.pages[-1].pop()
    fl.cur += 2 * LN_LEAD


def make_linenumbered(out, pm):
    path = out / "linenumbered.pdf"
    lay = Layout()
    fl = RowFlow(lay, LN_TOP, LN_BOT, lambda pg: LN_TOP)
    fl.page()
    result, texts, ends, labels = [], [], [], []
    rows = [(0.0, 26.0, [(LN_NUM, _text.LN_TITLE[0], AB, 18.0, NAVY, 0.0)]),
            (2.0, 17.0, [(LN_NUM, _text.LN_TITLE[1], A, 12.0, BLACK, 0.0)])]
    for ln in wrap(f"{FICT}. {INVENTED} {_text.LN_NOTE}".split(), LN_R - LN_NUM, lambda z: sw(z, AI, 9.5)):
        rows.append((0.0, 13.0, [(LN_NUM, " ".join(ln), AI, 9.5, GREY, 0.0)]))
    fl.place(rows, keep=len(rows))

    def meas(z):
        return sw(z, A, LN_SIZE)
    for s, items in enumerate(LN_PLAN, 1):
        ln_heading(fl, f"{s}.  {_text.LN_SECTIONS[s - 1]}")
        for j, n_words in enumerate(items, 1):
            label, t = f"{s}.{j}", pm.make(n_words, "adult")
            rws = []
            for li, ln in enumerate(wrap(t.split(), LN_R - LN_X, meas)):
                segs = [(LN_X, " ".join(ln), A, LN_SIZE, BLACK, 0.0)]
                if li == 0:
                    segs.insert(0, (LN_NUM, label, AB, LN_SIZE, BLACK, 0.0))
                rws.append((7.0 if li == 0 else 0.0, LN_LEAD, segs))
            placed = fl.place(rws, keep=2)
            result.append(entry(label, placed[0][0], t))
            texts.append(t)
            ends.append(placed[-1][0])
            labels.append((placed[0][0], LN_NUM, placed[0][1]))
    n_pages = lay.n
    counts = []
    for pg in range(1, n_pages + 1):
        prims = lay.pages[pg - 1]
        bases = sorted({round(p[2], 3) for p in prims if p[0] == "T"}, reverse=True)
        counts.append(len(bases))
        for i, y in enumerate(bases, 1):  # Word's line numbering: every line, restarting on each page
            lay.text(LN_RIGHT - sw(str(i), A, LN_SIZE), y, str(i), A, LN_SIZE, BLACK, page=pg)
        lay.text(LN_L, 806, _text.LN_HEAD, A, 8, GREY, page=pg)
        lay.line(LN_L, 800, LN_R, 800, 0.4, GREY, page=pg)
        folio = f"Page {pg} of {n_pages}"
        lay.text((LN_L + LN_R - sw(folio, A, 9)) / 2, 40, folio, A, 9, GREY, page=pg)
        # the watermark, as Word draws it from the header: under the page's text
        half = sw(_text.LN_MARK, AB, 40.0) * 0.7071 / 2  # centred on the page, at 45 degrees
        wm = ("TR", 297.64 - half, 420.95 - half, _text.LN_MARK, AB, 40.0, PALE, 45.0)
        prims.insert(0, wm)
    lay.render(path, {"Title": "Safeguarding Adults Review: Mrs D (panel draft v0.4)",
                      "Author": "Lindford Safeguarding Adults Board (FICTIONAL)",
                      "Creator": "Microsoft Word for Microsoft 365 (FICTIONAL)", "Subject": FICT})
    check_lengths(path.name, texts)
    check_count(path.name, result, 15, 25)
    pages = pdf_pages(path)

    def body(c):
        return abs(c["size"] - LN_SIZE) < 0.01 and c["upright"] and c["x0"] > LN_RIGHT + 4

    check_pdf_key(path.name, pages, result, ends, labels, body)
    cross = check_crossings(path.name, result, ends)
    whole = [w for p in pages for w in words_of(p, body)]
    if not all(contains_seq(whole, norm(f"{d['label']} {t}")) for d, t in zip(result, texts, strict=True)):
        raise AssertionError("linenumbered.pdf: a paragraph not read back whole")
    # every page: the line numbers 1..n top to bottom in the body's face and size, one on each text line's
    # baseline; the watermark's glyphs turned; the numbers' baselines are every line's
    for i, p in enumerate(pages):
        nums = {}
        for c in p:
            if c["upright"] and c["x1"] <= LN_RIGHT + 0.5 and c["fontname"].endswith(A):
                nums.setdefault(round(c["top"], 1), []).append(c)
        seq = ["".join(c["text"] for c in sorted(v, key=lambda c: c["x0"])) for _, v in sorted(nums.items())]
        if seq != [str(k) for k in range(1, counts[i] + 1)] or \
                any(abs(v[0]["size"] - LN_SIZE) > 0.01 for v in nums.values()):
            raise AssertionError(f"linenumbered.pdf: line numbers on page {i + 1}: {seq[:5]}")
        turned = "".join(c["text"] for c in p if abs(c["matrix"][1]) > 0.1)
        if turned.replace(" ", "") != _text.LN_MARK.replace(" ", ""):
            raise AssertionError(f"linenumbered.pdf: watermark on page {i + 1}: {turned!r}")
    return {
        "note": ("A SAFEGUARDING ADULTS REVIEW'S PANEL DRAFT WITH LINE NUMBERS: every printed line numbered in the "
                 "left margin (right-aligned at x=" + str(LN_RIGHT) + "), in the body's own face, size and colour "
                 "(Arial 10.5, black), on the line's baseline, just left of the bold hanging paragraph numbers; the "
                 "count RESTARTS AT 1 ON EVERY PAGE (" + ", ".join(map(str, counts)) + " lines) and takes in the "
                 "title, note and heading lines, so a paragraph's first line reads '7 2.3 The ...' and its "
                 "continuation lines begin with bare numbers. A diagonal '" + _text.LN_MARK + "' WATERMARK in pale "
                 "grey under every page's text; the running head '" + _text.LN_HEAD + "'; 'Page 2 of "
                 + str(n_pages) + "' folios; headings '3.  Agency involvement'. The line numbers, watermark, head "
                 "and folios are no paragraphs and no paragraph's text. Paragraphs run over pages ("
                 + ", ".join(cross) + "). Pages are physical."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 3. suggestions.pdf: an online editor's PDF with suggestions shown and comments printed as endnotes
# --------------------------------------------------------------------------
SG_PLAN = [[65, 80], [85, 85, 75], [110, 110, 100, 115], [95, 100, 90, 120], [85, 70]]
SG_L, SG_X, SG_R = 72.0, 108.0, 523.0
SG_TOP, SG_BOT, SG_SIZE, SG_LEAD = 770.0, 72.0, 11.0, 15.5
SG_STRUCK = "4.4"  # the whole paragraph a reviewer suggested cutting; the suggested new 4.4 is printed after it
SG_ANCHORS = {"1.1": ("start", 4), "2.1": ("mid", 0), "2.3": ("end", 1), "3.1": ("mid", 3), "5.1": ("end", 5)}


def sg_units(label, segs, anchors):
    """A paragraph's words as units [[(text, kind)]] (a unit is drawn without spaces inside it: a word and a comment
    anchor glued to it); kind "=", "+", "-" or "c" (an anchor). ``anchors`` {word index in the draft: letter}."""
    units = []
    for k, s in segs:
        for w in s.split():
            units.append([(w, k)])
    for i, letter in anchors.items():
        units[i].append((f"[{letter}]", "c"))
    kinds = {k for k, _ in segs}
    return [[(label, kinds.pop() if len(kinds) == 1 else "=")], *units]


def sg_rows(units, meas):
    """Lines of units, greedy at the text width (the label alone in the number column); rows for RowFlow and the
    decorations [(x0, x1, kind)] of each row."""
    label, rest = units[0], units[1:]
    lines = wrap([str(i) for i in range(len(rest))], SG_R - SG_X, lambda z: meas(" ".join(
        "".join(p for p, _ in rest[int(i)]) for i in z.split())))
    lines = [[int(i) for i in ln] for ln in lines]
    rows, decos = [], []
    colour = {"=": BLACK, "+": SUG_INS, "-": SUG_DEL, "c": LINK}
    for li, ln in enumerate(lines):
        segs, dec, x = [], [], SG_X
        if li == 0:
            segs.append((SG_L, label[0][0], AB, SG_SIZE, colour[label[0][1]], 0.0))
            if label[0][1] != "=":
                dec.append((SG_L, SG_L + sw(label[0][0], AB, SG_SIZE), label[0][1]))
        for n, i in enumerate(ln):
            for piece, kind in rest[i]:
                wd = sw(piece, A, SG_SIZE)
                segs.append((x, piece, A, SG_SIZE, colour[kind], 0.0))
                if kind in "+-":
                    nxt = rest[ln[n + 1]][0][1] if n + 1 < len(ln) else None
                    dec.append((x, x + wd + (sw(" ", A, SG_SIZE) if nxt == kind else 0.0), kind))
                x += wd
            x += sw(" ", A, SG_SIZE)
        rows.append((8.0 if li == 0 else 0.0, SG_LEAD, segs))
        decos.append(dec)
    return rows, decos


def make_suggestions(out, pm):
    path = out / "suggestions.pdf"
    lay = Layout()
    fl = RowFlow(lay, SG_TOP, SG_BOT, lambda pg: SG_TOP)
    fl.page()
    lay.text(SG_L, 770, _text.SG_TITLE, AB, 20, BLACK)
    lay.text(SG_L, 748, _text.SG_SUB, A, 10.5, GREY)
    lay.text(SG_L, 732, f"{FICT}. {INVENTED}", AI, 9.5, GREY)
    fl.cur = 712.0
    result, texts, ends, labels = [], [], [], []
    added, deleted = iter(_text.ADDED[3:]), iter(_text.DELETED[4:])
    letters = iter("abcdef")
    order = []  # (letter, comment index) in the order the anchors are printed
    comment_of = {"1.1": 4, "2.1": 0, "2.3": 1, "3.1": 2, SG_STRUCK + "x": 3, "5.1": 5}

    def meas(z):
        return sw(z, A, SG_SIZE)

    def lay_para(label, segs, anchors_at):
        units = sg_units(label, segs, anchors_at)
        rows, decos = sg_rows(units, meas)
        placed = fl.place(rows, keep=2)
        for (pg, base), dec in zip(placed, decos, strict=True):
            for x0, x1, kind in dec:
                y = base + 3.4 if kind == "-" else base - 1.8
                lay.line(x0, y, x1, y, 0.7, SUG_DEL if kind == "-" else SUG_INS, page=pg)
        return placed

    for s, items in enumerate(SG_PLAN, 1):
        fl.place([(16.0, 20.0, [(SG_L, f"{s}. {_text.SG_SECTIONS[s - 1]}", AB, 13.0, BLACK, 0.0)]),
                  (0.0, SG_LEAD, [(SG_X, "", A, SG_SIZE, BLACK, 0.0)]),
                  (0.0, SG_LEAD, [(SG_X, "", A, SG_SIZE, BLACK, 0.0)])], keep=3)
        lay.pages[-1].pop()
        lay.pages[-1].pop()
        fl.cur += 2 * SG_LEAD
        for j, n_words in enumerate(items, 1):
            label, t0 = f"{s}.{j}", pm.make(n_words, "dhr")
            if label == "1.2":
                segs = revise(t0, start_ins=next(added))
            elif label == "2.1":
                segs = revise(t0, mid=[("-", next(deleted))])
            elif label == "2.3":
                segs = revise(t0, end_del=next(deleted))
            elif label == "3.1":
                segs = revise(t0, mid=[("-", next(deleted)), ("+", next(added))])
            elif label == "3.3":
                segs = revise(t0, end_sub="in the weeks that followed.")
            elif label == SG_STRUCK:
                # the reviewer's suggested cut: the old 4.4, number and all, struck through; then the new 4.4
                struck = pm.make(70, "dhr")
                letter = next(letters)
                order.append((letter, comment_of[SG_STRUCK + "x"]))
                lay_para(label, [("-", struck)], {len(struck.split()) // 2: letter})
                placed = lay_para(label, [("+", t0)], {})
                result.append(entry(label, placed[0][0], t0))
                texts.append(t0)
                ends.append(placed[-1][0])
                labels.append((placed[0][0], SG_L, placed[0][1]))
                continue
            else:
                segs = revise(t0)
            t = final(segs)
            anchors = {}
            if label in SG_ANCHORS:
                where, _ = SG_ANCHORS[label]
                n_draft = sum(len(x.split()) for _, x in segs)
                first = len(segs[0][1].split()) + (len(segs[1][1].split()) if segs[0][0] != "=" else 0)
                i = {"start": 3, "mid": first - 1, "end": n_draft - 1}[where]
                letter = next(letters)
                order.append((letter, comment_of[label]))
                anchors[i] = letter
            placed = lay_para(label, segs, anchors)
            result.append(entry(label, placed[0][0], t))
            texts.append(t)
            ends.append(placed[-1][0])
            labels.append((placed[0][0], SG_L, placed[0][1]))
    # the comments, printed after the last paragraph as the editor exports them
    fl.need(60)
    fl.cur -= 18
    lay.line(SG_L, fl.cur, SG_L + 150, fl.cur, 0.5, GREY, page=lay.n)
    fl.cur -= 8
    for letter, ci in sorted(order):
        who, s = _text.SG_COMMENTS[ci]
        mark = f"[{letter}]"
        lines = wrap(s.split(), SG_R - SG_L - sw(mark, A, 10), lambda z: sw(z, A, 10))
        rows = []
        for li, ln in enumerate(lines):
            segs = [(SG_L + sw(mark, A, 10), " ".join(ln), A, 10.0, BLACK, 0.0)]
            if li == 0:
                segs.insert(0, (SG_L, mark, A, 10.0, LINK, 0.0))
            rows.append((6.0 if li == 0 else 0.0, 13.0, segs))
        rows.append((0.0, 12.0, [(SG_L, f"{who} \u00b7 {14 + ord(letter) - 97} Feb 2025", A, 8.5, GREY, 0.0)]))
        fl.place(rows, keep=len(rows))
    lay.render(path, {"Title": _text.SG_TITLE + " \u2013 working draft", "Author": "Westharrow CSP (FICTIONAL)",
                      "Creator": _text.SG_EDITOR, "Producer": "Quillpad PDF export (FICTIONAL)", "Subject": FICT})
    check_lengths(path.name, texts)
    check_count(path.name, result, 15, 25)
    pages = pdf_pages(path)

    def near(c, rgb):
        col = c.get("non_stroking_color") or (0,)
        return len(col) == 3 and all(abs(a - b) < 0.01 for a, b in zip(col, rgb, strict=True))

    def body(c):  # the final text: the body's size, not struck (red), not a comment anchor (blue)
        return abs(c["size"] - SG_SIZE) < 0.01 and not near(c, SUG_DEL) and not near(c, LINK)

    check_pdf_key(path.name, pages, result, ends, labels, body)
    cross = check_crossings(path.name, result, ends)
    whole = [w for p in pages for w in words_of(p, body)]
    bad = [d["label"] for d, t in zip(result, texts, strict=True) if not contains_seq(whole, norm(f"{d['label']} {t}"))]
    if bad:
        raise AssertionError(f"suggestions.pdf: not read back whole {bad}")
    allw = [w for p in pages for w in words_of(p)]
    red = [w for p in pages for w in words_of(p, lambda c: near(c, SUG_DEL))]
    green = [w for p in pages for w in words_of(p, lambda c: near(c, SUG_INS))]
    marks = [w for p in pages for w in words_of(p, lambda c: near(c, LINK) and abs(c["size"] - SG_SIZE) < 0.01)]
    if "4" not in red or marks != list("abcdef") or len(red) < 80 or len(green) < 90 or \
            not contains_seq(allw, norm("[b]" + _text.SG_COMMENTS[0][1])):
        raise AssertionError(f"suggestions.pdf: suggestions or comments {marks} {len(red)} {len(green)}")
    return {
        "note": ("A DOMESTIC HOMICIDE REVIEW printed from an ONLINE EDITOR WITH ITS SUGGESTIONS SHOWN. The key is the "
                 "FINAL text, every suggestion accepted: suggested deletions in red with a line struck through them "
                 "(a sentence inside 2.1, a sentence at the end of 2.3, the last words of 3.3 replaced, a WHOLE "
                 "PARAGRAPH '" + SG_STRUCK + "' with its number) are not in it; suggested insertions in green and "
                 "underlined (a sentence at the start of 1.2, a replacement sentence inside 3.1, 3.3's new last "
                 "words, a WHOLE NEW PARAGRAPH numbered '" + SG_STRUCK + "' printed straight after the struck one) "
                 "are. COMMENT ANCHORS '[a]' to '[f]' in blue glued to words (after 1.1's fourth word, inside 2.1 "
                 "and 3.1, in the struck 4.4, after the last words of 2.3 and 5.1) and the COMMENTS PRINTED AS "
                 "ENDNOTES after the last paragraph ('[b]2.2 and 2.3 say much the same \u2013 merge?', '[d]3 "
                 "agencies, not 4 ...'), each with its author and date; typed bold numbers hanging at the margin; no "
                 "running head or folio. The anchors and endnotes are no paragraph's text. Paragraphs run over pages ("
                 + ", ".join(cross) + "). Pages are physical."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 4. review.md: a collaborative Markdown pad's panel draft, its suggestions in CriticMarkup
# --------------------------------------------------------------------------
MD_PLAN = [[60, 65], [70, 75, 65], [80, 75, 70, 85], [70, 80, 75], [60, 65]]
MD_INSERTED = "3.3"  # {++3.3 ...++}, the numbers after it substituted
MD_GONE_AFTER = "4.2"  # {--4.3 ...--} after it, the number after it substituted


def crit(s, accept=True):
    """CriticMarkup resolved: every change accepted (or rejected), comments dropped, highlights kept."""
    s = re.sub(r"\{~~(.*?)~>(.*?)~~\}", lambda m: m.group(2 if accept else 1), s, flags=re.S)
    s = re.sub(r"\{\+\+(.*?)\+\+\}", lambda m: m.group(1) if accept else "", s, flags=re.S)
    s = re.sub(r"\{--(.*?)--\}", lambda m: "" if accept else m.group(1), s, flags=re.S)
    s = re.sub(r"\{>>(.*?)<<\}", "", s, flags=re.S)
    return re.sub(r"\{==(.*?)==\}", r"\1", s, flags=re.S)


def md_line(segs):
    out = []
    for k, s in segs:
        out.append(s if k == "=" else "{++" + s + "++}" if k == "+" else "{--" + s + "--}")
    return " ".join(out)


def make_review(out, pm):
    path = out / "review.md"
    result, texts, blocks = [], [], []
    blocks.append("\n".join(_text.MD_FRONT) + "\n\n# " + _text.MD_TITLE)
    blocks.append(":::warning\n" + _text.MD_WARN + "\n:::")
    blocks.append("[TOC]")
    blocks.append(":::info\n**Panel actions**\n\n" + "\n".join(f"- [{c}] {s}" for c, s in _text.MD_TASKS) + "\n:::")
    blocks.append(f"*{FICT}. {INVENTED}*")
    added, deleted = iter(_text.ADDED[6:]), iter(_text.DELETED[8:])
    comments = iter(_text.MD_COMMENTS)
    for s, items in enumerate(MD_PLAN, 1):
        blocks.append(f"## {s}. {_text.MD_SECTIONS[s - 1]}")
        old = 0
        for j, n_words in enumerate(items, 1):
            label, t0 = f"{s}.{j}", pm.make(n_words, "child")
            if label == "1.2":
                segs = revise(t0, start_ins=next(added))
            elif label == "2.2":
                segs = revise(t0)
            elif label == "3.1":
                segs = revise(t0, mid=[("-", next(deleted))])
            elif label == "4.2":
                segs = revise(t0, end_sub="by the end of that month.")
            else:
                segs = revise(t0)
            t = final(segs)
            texts.append(t)
            result.append(entry(label, None, t))
            line = md_line(segs)
            if label == "2.2":  # a comment after the first half, and a highlighted stretch with one of its own
                head, tail = segs[0][1], segs[1][1]
                tw = tail.split()
                line = (head + " {>>" + next(comments) + "<<} " + " ".join(tw[:3]) + " {==" + " ".join(tw[3:9])
                        + "==}{>>" + next(comments) + "<<} " + " ".join(tw[9:]))
            if label == "5.1":  # a comment glued after the last word
                line += "{>>" + _text.MD_COMMENTS[2] + "<<}"
            if label == MD_INSERTED:
                blocks.append("{++" + f"{label} {t}" + "++}")
                continue
            old += 1
            num = label if f"{s}.{old}" == label else "{~~" + f"{s}.{old}~>{label}" + "~~}"
            blocks.append(f"{num} {line}")
            if label == "2.3":
                note, who, when = _text.MD_NOTES[0]
                blocks.append(f"> {note}\n> [name={who}] [time={when}] [color=#20c997]")
            if label == "3.2":
                blocks.append("{>>" + _text.MD_COMMENTS[3] + "<<}")
            if label == MD_GONE_AFTER:
                old += 1
                blocks.append("{--" + f"{s}.{old} " + pm.make(60, "child") + "--}")
        if s == 4:
            note, who, when = _text.MD_NOTES[1]
            blocks.append(f"> {note}\n> [name={who}] [time={when}] [color=#907bf7]")
    blocks.append("---\n\n*Last edited in the pad by Helen Marwood, 17 February 2025. Suggestions are not yet "
                  "accepted.*")
    tokens = write_markdown(path, blocks)
    text = path.read_text(encoding="utf-8")
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    # read back: the file's blocks with every suggestion accepted; the paragraphs whose first word is a two-level
    # number are the key's, in order, with its text; with every suggestion rejected the numbers read otherwise;
    # markdown-it sees the blocks (the front matter's rule, the containers as paragraphs, the task list, the notes)
    body = text.split("\n---\n", 1)[1]
    acc = [" ".join(crit(b).split()) for b in body.split("\n\n")]
    got = [b.split(" ", 1) for b in acc if re.match(r"\d+\.\d+ ", b)]
    if got != [[d["label"], t] for d, t in zip(result, texts, strict=True)]:
        raise AssertionError(f"review.md: read back {[g[0] for g in got]}")
    rej = [" ".join(crit(b, False).split()) for b in body.split("\n\n")]
    rej_labels = [b.split(" ", 1)[0] for b in rej if re.match(r"\d+\.\d+ ", b)]
    raw_starts = [b.split(" ", 1)[0] for b in body.split("\n\n") if re.match(r"(\{[-+~]{2})?\d+\.\d+", b)]
    kinds = {t.type for t in tokens}
    if rej_labels == [d["label"] for d in result] or "bullet_list_open" not in kinds or \
            "blockquote_open" not in kinds or not any(x.startswith("{~~") for x in raw_starts):
        raise AssertionError(f"review.md: rejected {rej_labels}, kinds {sorted(kinds)[:5]}")
    return {
        "note": ("A RAPID REVIEW'S PANEL DRAFT IN A COLLABORATIVE MARKDOWN PAD, ITS SUGGESTIONS IN CRITICMARKUP. The "
                 "key is the FINAL text, every suggestion accepted: YAML front matter, a ':::warning' container "
                 "explaining the markup, '[TOC]', a ':::info' container of 'Panel actions' as a TASK LIST ('- [x] "
                 "2.1 \u2013 confirm the dates ...'); typed numbers '2.3 ' opening one-line paragraphs under '## 2. "
                 "Child M and the family'; {++...++} a sentence at 1.2's start and a WHOLE PARAGRAPH '{++"
                 + MD_INSERTED + " ...++}' (in the key); {--...--} a sentence inside 3.1 and a WHOLE PARAGRAPH "
                 "'{--4.3 ...--}' after " + MD_GONE_AFTER + " (not in the key); {~~old~>new~~} the NUMBERS after "
                 "them at the lines' starts ('{~~3.3~>3.4~~} The ...', '{~~4.4~>4.3~~}') and 4.2's last words; "
                 "{>>comments<<} inside 2.2, glued after 5.1's last word and on a line of their own ('{>>3.1 "
                 "already says this<<}'); a {==highlight==} inside 2.2; blockquoted notes with the pad's '[name=...] "
                 "[time=...]' tags, one beginning '2.3 needs ...'. With every suggestion rejected the numbers read "
                 + ", ".join(rej_labels) + ". Comments, notes, containers and tasks are no paragraphs. No pages "
                 "(null)."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 5. shared.html: a shared draft saved from a collaborative editor while others were in it
# --------------------------------------------------------------------------
SH_PLAN = [[60, 70], [75, 80, 70], [90, 85, 95, 80], [70, 75, 65]]
SH_CURSOR_AFTER_NUM = "2.2"  # a remote cursor (and its name label) straight after the number
SH_CURSOR_IN_WORD = "3.3"  # a remote cursor inside a word in mid-paragraph
SH_SELECTION = "3.1"  # a remote selection over its last words
SH_TYPING = "4.2"  # "... is typing" inside the item, after the text
SH_COLOURS = {"Priya Shah": "#1971c2", "Tom Okafor": "#e8590c", "Helen Marwood": "#2f9e44"}


def sh_cursor(who):
    c = SH_COLOURS[who]
    return (f'<span class="ProseMirror-yjs-cursor" style="border-color: {c}">\u2060<span class="cursor-label" '
            f'style="background-color: {c}">{hesc(who)}</span>\u2060</span>')


def make_shared(out, pm):
    path = out / "shared.html"
    result, texts, blocks = [], [], []
    n_item, edited = 0, iter(_text.SH_EDITED * 4)
    for s, items in enumerate(SH_PLAN, 1):
        bid = f"h{s}"
        blocks.append(f'<h2 class="block heading" data-block-id="{bid}">{s}. {hesc(_text.SH_SECTIONS[s - 1])}</h2>')
        lis = []
        for j, n_words in enumerate(items, 1):
            label, t = f"{s}.{j}", pm.make(n_words, "child")
            texts.append(t)
            result.append(entry(label, None, t))
            w = t.split()
            if label == SH_CURSOR_IN_WORD:
                i = len(w) // 2
                while not re.fullmatch(r"[a-z]{7,}", w[i]):
                    i += 1
                h = len(w[i]) // 2
                inner = (hesc(" ".join(w[:i])) + " " + hesc(w[i][:h]) + sh_cursor("Priya Shah") + hesc(w[i][h:]) + " "
                         + hesc(" ".join(w[i + 1:])))
            elif label == SH_SELECTION:
                c = SH_COLOURS["Helen Marwood"]
                inner = (hesc(" ".join(w[:-5])) + f' <span class="ProseMirror-yjs-selection" style="background-color: '
                         f'{c}40">' + hesc(" ".join(w[-5:])) + "</span>" + sh_cursor("Helen Marwood"))
            else:
                inner = hesc(t)
            lead = sh_cursor("Tom Okafor") if label == SH_CURSOR_AFTER_NUM else ""
            extra = ""
            if label == SH_TYPING:
                extra = ('<div class="typing-indicator" aria-live="polite"><span class="dots"></span>Helen Marwood is '
                         "typing\u2026</div>")
            lis.append(f'<li class="block para" data-block-id="p{s}-{j}"><p><span class="num" '
                       f'contenteditable="false">{label}</span> {lead}{inner}</p>{extra}<div class="last-edited">'
                       f"Last edited by {hesc(next(edited))}</div></li>")
        if s == len(SH_PLAN):  # the editor's empty block at the end, waiting to be typed in
            lis.append(f'<li class="block para is-empty" data-block-id="p{s}-{len(items) + 1}" data-placeholder="Type '
                       "'/' for commands\"><p><br class=\"ProseMirror-trailingBreak\"></p></li>")
        blocks.append(f'<ol class="blocks numbered" start="{n_item + 1}">' + "".join(lis) + "</ol>")
        n_item += len(items)
    threads = "".join(
        f'<div class="thread" data-anchor="p{lab.replace(".", "-")}"><div class="comment"><span class="author">'
        f'{hesc(a)}</span><p>{hesc(q)}</p></div><div class="comment reply"><span class="author">{hesc(b)}</span><p>'
        f"{hesc(r)}</p></div></div>" for lab, a, q, b, r in _text.SH_THREADS)
    avatars = "".join(f'<span class="avatar" style="background:{SH_COLOURS[n]}" title="{hesc(n)} (editing)">{i}</span>'
                      for n, i in _text.REVIEWERS)
    history = "".join(f"<li>{hesc(x)}</li>" for x in _text.SH_HISTORY)
    dash = " \u2013 "
    html = (
        '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{hesc(_text.SH_TITLE)} \u2013 {hesc(_text.SH_APP)}</title>\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n<style>\n'
        "ol.blocks{list-style:none;padding-left:0}\n.block.para p .num{font-weight:700;margin-right:.6em}\n"
        ".last-edited{font-size:11px;color:#868e96;opacity:0}\n.block:hover .last-edited{opacity:1}\n"
        ".ProseMirror-yjs-cursor{position:relative;border-left:2px solid;margin-left:-1px;margin-right:-1px}\n"
        ".ProseMirror-yjs-cursor>.cursor-label{position:absolute;top:-1.1em;left:-2px;font-size:11px;color:#fff;"
        "white-space:nowrap;padding:0 3px}\n.is-empty p::before{content:attr(data-placeholder);color:#adb5bd}\n"
        ".comments{float:right;width:260px}\n.history[hidden]{display:none}\n</style>\n</head>\n<body>\n"
        '<header class="topbar"><a class="home" href="https://docs.tandem.example/">Tandem Docs</a>'
        f'<span class="doc-title">{hesc(_text.SH_TITLE)}</span><span class="share">Shared with '
        f'{hesc(_text.SH_BOARD)} review group</span>\n<div class="presence" aria-label="People in this document">'
        f'{avatars}<span class="count">3 people editing</span></div>\n<div class="saved">Last edited 4 minutes ago '
        "by Helen Marwood \u00b7 All changes saved</div></header>\n"
        f'<aside class="comments" aria-label="Comments">{threads}</aside>\n'
        '<main class="page">\n<div class="ProseMirror editor" contenteditable="true" translate="no" '
        'data-doc-id="tdoc_8f2c41e7">\n'
        f'<h1 class="block title" data-block-id="t">{hesc(_text.SH_TITLE.split(dash)[0])}</h1>\n'
        f'<p class="block" data-block-id="sub">{hesc(_text.SH_BOARD)}. <em>{FICT}. {INVENTED}</em></p>\n'
        + "\n".join(blocks) + "\n</div>\n</main>\n"
        f'<div class="history" hidden><h3>Version history</h3><ol>{history}</ol></div>\n'
        '<div class="toast" role="status">Tom Okafor joined the document</div>\n</body>\n</html>\n')
    path.write_text(html, encoding="utf-8")
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    # read back with lxml: the items' typed numbers and, with the cursors' labels and word joiners taken out, their
    # text; what a reader taking every item's whole text would get instead differs for the traps
    import lxml.html
    root = lxml.html.fromstring(html.encode("utf-8"))
    got, raw = [], []
    for li in root.iter("li"):
        if "para" not in (li.get("class") or "").split() or "is-empty" in li.get("class"):
            continue
        p = li.find("p")
        raw.append(" ".join(li.text_content().split()))
        for lab in p.xpath(".//span[@class='cursor-label']"):
            lab.drop_tree()
        s = p.text_content().replace("\u2060", "")
        got.append([p.find("span").text, " ".join(s.split()[1:])])
    if got != [[d["label"], t] for d, t in zip(result, texts, strict=True)]:
        raise AssertionError(f"shared.html: read back {[g[0] for g in got]}")
    starts = [int(o.get("start")) for o in root.iter("ol") if "blocks" in (o.get("class") or "")]
    if starts != [1, 3, 6, 10] or not all("Last edited by" in r for r in raw) or \
            "Tom Okafor" not in raw[[d["label"] for d in result].index(SH_CURSOR_AFTER_NUM)].split("Last")[0] or \
            "is typing" not in raw[[d["label"] for d in result].index(SH_TYPING)]:
        raise AssertionError(f"shared.html: lists {starts}")
    return {
        "note": ("A THEMATIC REVIEW'S SHARED DRAFT SAVED FROM A COLLABORATIVE EDITOR IN THE BROWSER WHILE OTHERS WERE "
                 "EDITING IT: a top bar with a PRESENCE list (avatars 'PS' 'TO' 'HM', '3 people editing', 'Last "
                 "edited 4 minutes ago by Helen Marwood'); a COMMENTS sidebar before the text whose threads begin "
                 "'2.2 \u2013 do we have the numbers ...', '3.3 reads as if ...', '4 recommendations or 5?'; the "
                 "paragraphs are EDITABLE LIST ITEMS <li class=\"block para\" data-block-id=...> of one <ol "
                 "class=\"blocks\" start=\"N\"> per section (start 1, 3, 6, 10: the editor's own count, its markers "
                 "hidden by list-style:none) inside a contenteditable root, each opening with a non-editable typed "
                 "number <span class=\"num\">2.1</span> (the label); a 'Last edited by Priya Shah \u00b7 14 Feb 2025, "
                 "15:04' line INSIDE EVERY ITEM after its text; REMOTE CURSORS with name labels in the text (after "
                 "the number of " + SH_CURSOR_AFTER_NUM + ", in the middle of a word in " + SH_CURSOR_IN_WORD + ", "
                 "after " + SH_SELECTION + "'s last words, which a remote selection covers), each label wrapped in "
                 "word joiners (U+2060); 'Helen Marwood is typing\u2026' inside " + SH_TYPING + "'s item; an empty "
                 "placeholder item at the end; a hidden version history ('restored paragraph 3.4'). The presence "
                 "bar, comments, cursors and their labels, typing indicator, 'last edited' lines and history are no "
                 "paragraph's text. No pages (null)."),
        "paragraphs": result,
    }


def build(out):
    register_fonts(T1_FACES)
    return _harness.build_files(out, ParaMaker(), {
        "circulated.docx": make_circulated, "linenumbered.pdf": make_linenumbered,
        "suggestions.pdf": make_suggestions, "review.md": make_review, "shared.html": make_shared})


def main(out: pathlib.Path, determinism: bool = True) -> dict:
    """Build and self-check into ``out``; with ``determinism``, build again elsewhere and compare the bytes."""
    return _harness.build_checked(build, out, "blind59-determinism-", determinism)


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
