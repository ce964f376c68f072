"""Blind fixture generator 68: five FICTIONAL files in which A REVIEW COMES IN AN OPEN OR OTHER OFFICE DOCUMENT FORMAT
THAT PUBLIC BODIES PUBLISH AND EXCHANGE BESIDES .docx AND PDF: the "ODT" a board's page offers beside the PDF (the UK
government's open standards make OpenDocument the format for editable documents), a Google Docs draft downloaded as
OpenDocument by a partner, a Flat ODT kept under version control, a Rich Text Format file from Word and an old Word
2003 XML document from an agency's system: a safeguarding adults review saved by LibreOffice Writer as .odt, a local
learning review downloaded from Google Docs as .odt, a thematic review saved by LibreOffice as Flat XML (.fodt) with
its tracked changes, a rapid review saved by Word as .rtf, and a domestic homicide review saved by Word 2003 as an XML
Document (.xml, w:wordDocument).

FICTIONAL \u2013 for software testing. Run: python make.py [outdir] (a second or two: everything is built twice and
the bytes compared). Needs lxml; no office program, no network: every file's bytes are written here part by part as
its tool writes them (zipfile for the packages, strings for the XML and the RTF). Every generator checks its own key
by reading its file back with zipfile and lxml (an OpenDocument list-numbering model of its own for text:list,
text:continue-list, text:list-header and display-levels; Word 2003's w:lists for w:listPr) or, for the RTF, with a
small tokenizer of RTF's groups, control words and escapes written here, never with the project's parser.

writer.odt   A SAFEGUARDING ADULTS REVIEW SAVED BY LIBREOFFICE WRITER AS OPENDOCUMENT TEXT: a zip whose first member
             is "mimetype" (stored, "application/vnd.oasis.opendocument.text"), then manifest.rdf, styles.xml (the
             named styles, text:outline-style, the page layout and THE MASTER PAGE'S HEADER "OFFICIAL \u2013 ..." AND
             FOOTER "Page <text:page-number>"), content.xml, meta.xml (generator LibreOffice/7.6), settings.xml, a
             thumbnail and META-INF/manifest.xml. content.xml: automatic styles P1..P14, T1, an automatic list style L1
             (level 1 num-suffix ".", level 2 text:display-levels="2"); the title, subtitle, author and FICTIONAL
             lines; A TABLE OF CONTENTS (text:table-of-content, its index body's cached entries "1. Introduction<TAB>2"
             as links); then THE REVIEW AS ONE LIST: each chapter heading a text:h (outline level 1) in a level-1 list
             item and its paragraphs the items of a nested text:list, so that NEITHER "2." NOR "2.1" IS IN THE FILE AS
             TEXT: THE NUMBERS ARE THE LIST'S. A TABLE OF KEY DATES after 2.3 ("03.05.23 | Mr K discharged ...") ends
             the list and A NEW text:list WITH text:continue-list CARRIES ITS NUMBERING ON (chapter 3 is "3.", not
             "1."); 3.2's list item holds A SECOND, UNNUMBERED text:p that carries the paragraph on; footnotes as
             text:note (citation "1" and body) in mid-2.2 and after 3.3's last word, 3.3's note OPENING "3.4 of the
             Board's ..."; TEXT:SOFT-PAGE-BREAK elements where Writer's layout broke the pages (between the items
             before 2.2, and INSIDE 3.1 between two words) and fo:break-before="page" in the automatic styles of the
             first chapter heading and of chapter 4's; a closing unnumbered line
gdocs.odt    A LOCAL LEARNING REVIEW DRAFTED IN GOOGLE DOCS AND DOWNLOADED AS OPENDOCUMENT (File > Download >
             OpenDocument Format): office:version 1.2, every run a text:span of its own automatic style (T1..Tn),
             paragraphs P1..Pn, headings text:h in "Heading_20_2" with Google's "h.xxxxxx" bookmarks and typed
             numbers "1. Why we carried out this review"; THE PARAGRAPH NUMBERS TYPED in a bold span followed by
             text:tab ("<span T1>1.1</span><tab/><span T2>The ...</span>"). Traps: 1.2 ends with a lead-in and THE
             TERMS OF REFERENCE AS A GOOGLE NUMBERED LIST (text:list, list style L1 of Google's list-level styles: "1."
             to "4." printed by the list, not typed) that belong to 1.2; 2.2's NUMBER WRITTEN IN TWO SPANS "2." AND
             "2"; a COMMENT (office:annotation with dc:creator, dc:date and its own text:p) ANCHORED AT 2.3's START, SO
             THAT ITS TEXT "2.3 and 3.1 say much the same thing ..." COMES BEFORE 2.3's NUMBER in the text:p, its
             office:annotation-end after the first sentence; a text:line-break kept inside 3.2; "3.3" followed by
             text:s text:c="2" instead of a tab; a page break (fo:break-before="page") before chapter 3
draft.fodt   A THEMATIC REVIEW SAVED BY LIBREOFFICE AS FLAT XML (.fodt, one XML file, office:document with
             office:mimetype, pretty-printed with one space an indentation level between elements but none inside
             paragraphs, as a partnership keeps it under version control): office:meta, office:settings, the styles,
             THE MASTER PAGE'S HEADER "DRAFT 0.7 \u2013 not for circulation" AND FOOTER ALL BEFORE office:body;
             chapter headings numbered by the OUTLINE (text:outline-style "1." for text:outline-level 1: the numbers
             are no text), the paragraphs' numbers TYPED "1.1<TAB>". TRACKED CHANGES RECORDED, NOT ACCEPTED: at the top
             of office:text, before 1.1, text:tracked-changes holds THE DELETED TEXT: 3.2's OLD WORDING AS A WHOLE
             PARAGRAPH TYPED "3.2<TAB>..." and a last sentence deleted from 2.2; the body marks the deletions with
             text:change and the new 3.2 and a sentence added at 4.1's end between text:change-start and
             text:change-end. An endnote (text:note-class="endnote") in mid-2.1; a chart embedded as a base64 PNG in
             office:binary-data after 3.3 with a caption "Figure <text:sequence>1</text:sequence>: ..."; soft page
             breaks before 2.2, 3.3 and 4.1 and inside 2.3
rapid.rtf    A RAPID REVIEW SAVED BY WORD AS RICH TEXT FORMAT (\\rtf1\\ansi\\ansicpg1252, CRLF, lines broken at spaces):
             font, colour and style tables, a \\*\\listtable (level 1 "\\'02\\'00.;", level 2 "\\'03\\'00.\\'01;") and
             \\*\\listoverridetable, \\info, \\*\\rsidtbl; THE \\header GROUP (a PNG logo as hex in \\*\\shppict with a
             \\nonshppict metafile, "OFFICIAL-SENSITIVE \\u8211\\'96 Rapid Review Child J") and THE \\footer GROUP
             ("Page {\\field{\\*\\fldinst PAGE}{\\fldrslt 1}}") BEFORE THE TEXT; headings and paragraphs in Word's list
             (\\ls1 \\ilvl0 and \\ilvl1), each carrying its printed number in a {\\listtext ...1.1\\tab} group;
             apostrophes as \\'92, quotes \\'93 \\'94, en dashes \\u8211\\'96 (Unicode with a fallback character to
             skip). Traps: a FOOTNOTE GROUP {\\footnote ...} after a sentence of 2.2 (its text in the middle of the
             paragraph's source); a key dates table (\\trowd ... \\cell ... \\row) after 2.3 whose rows open "12.01.25";
             a HYPERLINK field in 1.2 and A REF FIELD IN 3.1 WHOSE RESULT "2.2" STANDS IN MID-SENTENCE ("as 2.2
             describes"); a \\line inside 3.2; a \\page before chapter 3
dhr.xml      A DOMESTIC HOMICIDE REVIEW SAVED BY WORD 2003 AS AN XML DOCUMENT (w:wordDocument, <?mso-application
             progid="Word.Document"?>): o:DocumentProperties, w:fonts, w:lists (a multilevel w:listDef: "%1." for
             Heading 1, "%1.%2" for the paragraphs' style), w:styles, w:docPr; the body in wx:sect and wx:sub-section
             wrappers; a logo as w:binData (base64) on the title page; an unnumbered summary; THE FIRST SECTION'S
             w:sectPr IN ITS LAST PARAGRAPH'S w:pPr HOLDING ITS HEADER AND FOOTER (w:hdr, w:ftr: their text IN THE BODY
             BETWEEN THE SUMMARY AND CHAPTER 1) and the last section's w:sectPr with its own after 4.3. Each numbered
             paragraph's printed number as Word's hint wx:t wx:val="2.1" in its w:listPr. Traps: 2.2's FOOTNOTE INLINE
             (<w:footnote> with its own w:p INSIDE THE PARAGRAPH'S RUN, after its last word); a COMMENT
             (aml:annotation w:type="Word.Comment" with aml:content holding a w:p) after 2.3's last word, ITS TEXT
             OPENING "2.3 and 3.1 both describe ..."; words DELETED AS A TRACKED CHANGE in 3.2 (aml:annotation
             w:type="Word.Deletion", w:delText); a bookmark (Word.Bookmark.Start/End) round 2.1's first words; a page
             break before chapter 3; page numbers restarting at 1 in the second section

Judgement calls (as in earlier rounds, what a practitioner citing the review would expect):
- the label is the paragraph number as printed, without a trailing stop, whether it is typed or printed by the
  format's own list numbering (an OpenDocument list with display-levels, Word's list in RTF or Word 2003 XML): the
  key holds it as it would be printed ("2.1");
- none of the five numbers paragraphs of a host of its own: each file is the review itself;
- each key holds the review's own paragraphs only, each once, in document order, never what the tool or the authors
  added: chapter headings and their numbers (typed, from the outline or from the list), the table of contents, the
  terms of reference's list numbers, headers and footers (in styles.xml, before the body, in the \\header group or
  in a section's properties), footnote and endnote citations and texts, comments and their texts, tracked deletions
  (the key is the text with every tracked change accepted: deleted text is out, inserted text in), captions,
  tables, pictures and their data;
- a paragraph is one paragraph across a soft page break, a line break, a comment's anchors, a note, a field, a
  second unnumbered text:p in its own list item (writer.odt 3.2: the key ends with the second's last words) and
  the numbered list of terms that ends it (gdocs.odt 1.2: the key ends with the last term's last words);
- pages: as for Word files in earlier rounds, counted from the page breaks the file records before the paragraph's
  first word: page = 1 + the hard breaks (fo:break-before="page" in a paragraph's style, \\page, <w:br
  w:type="page"/>, a next-page section break) + in LibreOffice's own files the text:soft-page-break elements its
  layout wrote (there are none in Google's export). A page number printed in a footer is not the page.
"""
import base64
import hashlib
import io
import os
import pathlib
import re
import sys
import zipfile

if __package__ in (None, ""):
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

    from blindkit import harness as _harness  # type: ignore
    from blindkit.keys import check_count, check_lengths, entry, sentences  # type: ignore
    from blindkit.markup import DIGITS, token, xesc  # type: ignore
    from blindkit.markup import striped_png as png

    _text = _harness.load(__file__, "blind68_text", "text.py")
else:
    from ..blindkit import harness as _harness
    from ..blindkit.keys import check_count, check_lengths, entry, sentences
    from ..blindkit.markup import DIGITS, token, xesc
    from ..blindkit.markup import striped_png as png
    from . import text as _text

ParaMaker, norm, contains_seq = _text.ParaMaker, _text.norm, _text.contains_seq
FICT, INVENTED = _text.FICT, _text.INVENTED
WHEN = (2025, 2, 18, 16, 4, 22)


def halves(text):
    """A paragraph's sentences cut in two (first half, second half)."""
    s = sentences(text)
    k = max(1, len(s) // 2)
    return " ".join(s[:k]), " ".join(s[k:])


def at_word(text, n):
    """``text`` cut before its n-th word: (head with its trailing space, tail)."""
    w = text.split(" ")
    return " ".join(w[:n]) + " ", " ".join(w[n:])


# --------------------------------------------------------------------------
# OpenDocument: namespaces, a package, and a reader for the checks
# --------------------------------------------------------------------------
ODF_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
    "dc": "http://purl.org/dc/elements/1.1/",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "number": "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "ooo": "http://openoffice.org/2004/office",
    "ooow": "http://openoffice.org/2004/writer",
    "officeooo": "http://openoffice.org/2009/office",
    "loext": "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0",
    "config": "urn:oasis:names:tc:opendocument:xmlns:config:1.0",
    "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
}
ODT_MIME = "application/vnd.oasis.opendocument.text"


def odf_root_attrs(names, version):
    return " ".join(f'xmlns:{n}="{ODF_NS[n]}"' for n in names) + f' office:version="{version}"'


LO_NAMES = ["office", "style", "text", "table", "draw", "fo", "xlink", "dc", "meta", "number", "svg", "ooo", "ooow",
            "officeooo", "loext"]
LO_GENERATOR = "LibreOffice/7.6.4.1$Windows_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1"


def odf_zip(path, files, when=WHEN):
    """An OpenDocument package: "mimetype" first and stored, the rest deflated, in the order given."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(zi, data if isinstance(data, bytes) else data.encode("utf-8"))
    path.write_bytes(buf.getvalue())


def odf_manifest(entries, version="1.3"):
    rows = "".join(f' <manifest:file-entry manifest:full-path="{p}" manifest:media-type="{t}"/>\n' for p, t in entries)
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="{ODF_NS["manifest"]}" '
            f'manifest:version="{version}">\n <manifest:file-entry manifest:full-path="/" manifest:version="{version}" '
            f'manifest:media-type="{ODT_MIME}"/>\n{rows}</manifest:manifest>')


def lo_meta(title, creator, created, stats, generator=LO_GENERATOR, version="1.3"):
    st = " ".join(f'meta:{k}="{v}"' for k, v in stats.items())
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<office:document-meta {odf_root_attrs(["office", "xlink", "dc", "meta", "ooo"], version)}>'
            f'<office:meta><meta:creation-date>{created}</meta:creation-date><dc:date>2025-02-18T16:04:22.415000000'
            f'</dc:date><meta:editing-duration>PT3H12M40S</meta:editing-duration><meta:editing-cycles>14'
            f'</meta:editing-cycles><meta:generator>{generator}</meta:generator><dc:title>{xesc(title)}</dc:title>'
            f'<dc:description>{xesc(FICT)}</dc:description><meta:initial-creator>{xesc(creator)}'
            f'</meta:initial-creator><dc:creator>{xesc(creator)}</dc:creator><meta:document-statistic {st}/>'
            '</office:meta></office:document-meta>')


def q(ns, local):
    return f"{{{ODF_NS[ns]}}}{local}"


class OdfReader:
    """An OpenDocument text body read back as a reader sees it: paragraphs and headings in document order with their
    text, their list number (worked out here from the list styles: one counter set per list, carried on by
    text:continue-list, nested lists as deeper levels, text:list-header unnumbered, a list item's later paragraphs
    unnumbered, display-levels, prefix and suffix), whether they carry on a numbered list item, and their page (1 +
    the hard breaks of the paragraph styles + text:soft-page-break before the first word). Skipped: tracked-changes
    regions, note bodies and citations, annotations, indexes, frames and tables (a table is reported as a block)."""

    def __init__(self, body, auto_styles, list_styles):
        self.SKIP = {q("text", "tracked-changes"), q("text", "note"), q("office", "annotation"), q("draw", "frame"),
                     q("text", "table-of-content"), q("text", "sequence-decls")}
        self.auto, self.lists = auto_styles, list_styles
        self.page, self.blocks, self.counters, self.list_by_id = 1, [], {}, {}
        self.walk(body, None, 0)

    def text_of(self, el):
        out = [el.text or ""]
        for ch in el:
            if ch.tag in self.SKIP:
                pass
            elif ch.tag == q("text", "s"):
                out.append(" " * int(ch.get(q("text", "c"), "1")))
            elif ch.tag in (q("text", "tab"), q("text", "line-break")):
                out.append(" ")
            elif ch.tag == q("text", "soft-page-break"):
                self.page += 1
            else:
                out.append(self.text_of(ch))
            out.append(ch.tail or "")
        return "".join(out)

    def paragraph(self, el, label, carried):
        if self.auto.get(el.get(q("text", "style-name")), {}).get("break") == "page":
            self.page += 1
        page = self.page
        t = " ".join(self.text_of(el).split())
        self.blocks.append({"tag": el.tag.split("}")[1], "text": t, "label": label, "carried": carried,
                            "page": page})

    def label(self, style, level, counts):
        lv = self.lists[style][level]
        shown = counts[level - lv["display"] + 1:level + 1]
        return lv["prefix"] + ".".join(str(c) for c in shown) + lv["suffix"]

    def walk_list(self, lst, key, level, style):
        for item in lst:
            if item.tag == q("text", "soft-page-break"):
                self.page += 1
                continue
            header = item.tag == q("text", "list-header")
            first = True
            for ch in item:
                if ch.tag == q("text", "soft-page-break"):
                    self.page += 1
                elif ch.tag in (q("text", "p"), q("text", "h")):
                    lab = None
                    if first and not header:
                        counts = self.counters[key]
                        while len(counts) <= level:
                            counts.append(0)
                        counts[level] += 1
                        del counts[level + 1:]
                        lab = self.label(style, level, counts)
                    self.paragraph(ch, lab, not first)
                    first = False
                elif ch.tag == q("text", "list"):
                    self.walk_list(ch, key, level + 1, style)
                    first = False

    def walk(self, el, _key, _level):
        for ch in el:
            if ch.tag in self.SKIP:
                continue
            if ch.tag == q("text", "soft-page-break"):
                self.page += 1
            elif ch.tag in (q("text", "p"), q("text", "h")):
                self.paragraph(ch, None, False)
            elif ch.tag == q("text", "list"):
                xid = ch.get("{http://www.w3.org/XML/1998/namespace}id")
                cont = ch.get(q("text", "continue-list"))
                key = self.list_by_id[cont] if cont else xid
                self.list_by_id[xid] = key
                self.counters.setdefault(key, [0])
                self.walk_list(ch, key, 0, ch.get(q("text", "style-name")))
            elif ch.tag == q("table", "table"):
                self.blocks.append({"tag": "table", "text": " ".join(self.text_of(ch).split()), "label": None,
                                    "carried": False, "page": self.page})
            else:
                self.walk(ch, None, 0)


def odf_styles(*roots):
    """Automatic paragraph styles' page breaks and list styles' levels, from the given style-holding elements."""
    auto, lists = {}, {}
    for root in roots:
        for st in root.iter(q("style", "style")):
            pp = st.find(q("style", "paragraph-properties"))
            auto[st.get(q("style", "name"))] = {"break": pp.get(q("fo", "break-before")) if pp is not None else None}
        for ls in root.iter(q("text", "list-style")):
            levels = {}
            for lv in ls:
                n = int(lv.get(q("text", "level"))) - 1
                levels[n] = {"display": int(lv.get(q("text", "display-levels"), "1")),
                             "prefix": lv.get(q("style", "num-prefix"), ""),
                             "suffix": lv.get(q("style", "num-suffix"), "")}
            lists[ls.get(q("style", "name"))] = levels
    return auto, lists


def odf_key_paragraphs(blocks, typed):
    """[label, page, text] of the numbered paragraphs: by the list's number (a label without a trailing stop) or,
    with ``typed``, by a typed "1.1" at a paragraph's start; an unnumbered paragraph carried on in the same list item
    or a list item numbered "1." straight after is the same paragraph's."""
    got, cur = [], None
    for b in blocks:
        if b["tag"] == "p" and typed and b["label"] is None and re.match(r"\d\.\d\s", b["text"]):
            lab, rest = b["text"].split(" ", 1)
            cur = [lab, b["page"], rest.strip()]
            got.append(cur)
        elif b["tag"] == "p" and b["label"] and not b["label"].endswith("."):
            cur = [b["label"], b["page"], b["text"]]
            got.append(cur)
        elif cur is not None and b["tag"] == "p" and (b["carried"] or (b["label"] or "").endswith(".")):
            cur[2] += " " + b["text"]
        else:
            cur = None
    return got


def lo_font_decls():
    return ('<office:font-face-decls><style:font-face style:name="Liberation Serif" svg:font-family="&apos;Liberation '
            'Serif&apos;" style:font-family-generic="roman" style:font-pitch="variable"/><style:font-face '
            'style:name="Arial" svg:font-family="Arial" style:font-family-generic="swiss" style:font-pitch="variable"/>'
            '</office:font-face-decls>')


def lo_list_style(name, levels):
    """An automatic list style as Writer writes one: ten levels, each with label alignment; ``levels`` gives the
    first ones as (num-suffix, display-levels)."""
    out = [f'<text:list-style style:name="{name}">']
    for n in range(1, 11):
        suffix, display = levels[n - 1] if n <= len(levels) else (".", 1)
        disp = f' text:display-levels="{display}"' if display > 1 else ""
        ind = 0.762 * n + (0.5 if n > 1 else 0)
        out.append(f'<text:list-level-style-number text:level="{n}" text:style-name="Numbering_20_Symbols" '
                   f'style:num-suffix="{suffix}" style:num-format="1"{disp}><style:list-level-properties '
                   'text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment '
                   f'text:label-followed-by="listtab" text:list-tab-stop-position="{ind:.3f}cm" '
                   f'fo:text-indent="-{0.762 if n == 1 else 1.27:.3f}cm" fo:margin-left="{ind:.3f}cm"/>'
                   '</style:list-level-properties></text:list-level-style-number>')
    out.append("</text:list-style>")
    return "".join(out)


LO_EXTRA = ('<style:style style:name="Contents_20_Heading" style:display-name="Contents Heading" '
            'style:family="paragraph" style:parent-style-name="Heading" style:class="index"><style:text-properties '
            'fo:font-size="16pt" fo:font-weight="bold"/></style:style><style:style style:name="Contents_20_1" '
            'style:display-name="Contents 1" style:family="paragraph" style:parent-style-name="Standard" '
            'style:class="index"/><style:style style:name="Index_20_Link" style:display-name="Index Link" '
            'style:family="text"/>')


def lo_styles_xml(names, header, footer_lead, version="1.3", extra_styles=LO_EXTRA, outline=("", "")):
    """styles.xml (or the styles of a Flat ODT) as Writer writes it: named styles, the outline style, the notes
    configuration, an A4 page layout and the master page "Standard" with its header and footer."""
    st = ('<office:styles><style:default-style style:family="paragraph"><style:paragraph-properties '
          'fo:hyphenation-ladder-count="no-limit" style:writing-mode="page"/><style:text-properties '
          'style:font-name="Liberation Serif" fo:font-size="12pt" fo:language="en" fo:country="GB"/>'
          '</style:default-style>'
          '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
          '<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" '
          'style:next-style-name="Text_20_body" style:class="text"><style:paragraph-properties fo:margin-top="0.423cm" '
          'fo:margin-bottom="0.212cm" fo:keep-with-next="always"/><style:text-properties style:font-name="Arial" '
          'fo:font-size="14pt"/></style:style>'
          '<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" '
          'style:parent-style-name="Standard" style:class="text"><style:paragraph-properties fo:margin-top="0cm" '
          'fo:margin-bottom="0.247cm" fo:line-height="115%"/></style:style>'
          '<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading" '
          'style:class="chapter"><style:paragraph-properties fo:text-align="center"/><style:text-properties '
          'fo:font-size="28pt" fo:font-weight="bold"/></style:style>'
          '<style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Heading" '
          'style:class="chapter"><style:paragraph-properties fo:text-align="center"/></style:style>'
          '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" '
          'style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="1" '
          'style:class="text"><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>'
          '<style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" '
          'style:class="extra"><style:paragraph-properties fo:margin-left="0.599cm" fo:text-indent="-0.599cm"/>'
          '<style:text-properties fo:font-size="10pt"/></style:style>'
          '<style:style style:name="Endnote" style:family="paragraph" style:parent-style-name="Standard" '
          'style:class="extra"><style:text-properties fo:font-size="10pt"/></style:style>'
          '<style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" '
          'style:class="extra"/><style:style style:name="Footer" style:family="paragraph" '
          'style:parent-style-name="Standard" style:class="extra"/>'
          '<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" '
          'style:parent-style-name="Standard" style:class="extra"/>'
          '<style:style style:name="Caption" style:family="paragraph" style:parent-style-name="Standard" '
          'style:class="extra"><style:text-properties fo:font-size="10pt" fo:font-style="italic"/></style:style>'
          f'{extra_styles}'
          '<style:style style:name="Numbering_20_Symbols" style:display-name="Numbering Symbols" '
          'style:family="text"/><style:style style:name="Footnote_20_Symbol" style:display-name="Footnote Symbol" '
          'style:family="text"/><style:style style:name="Footnote_20_anchor" style:display-name="Footnote anchor" '
          'style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>'
          '<text:outline-style style:name="Outline">'
          + "".join(f'<text:outline-level-style text:level="{n}"'
                    + (f' style:num-suffix="{outline[1]}"' if n == 1 and outline[1] else "")
                    + f' style:num-format="{outline[0] if n == 1 else ""}"><style:list-level-properties '
                    'text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment '
                    'text:label-followed-by="listtab"/></style:list-level-properties></text:outline-level-style>'
                    for n in range(1, 11))
          + '</text:outline-style><text:notes-configuration text:note-class="footnote" '
          'text:citation-style-name="Footnote_20_Symbol" text:citation-body-style-name="Footnote_20_anchor" '
          'style:num-format="1" text:start-value="0" text:footnotes-position="page" '
          'text:start-numbering-at="document"/><text:notes-configuration text:note-class="endnote" '
          'style:num-format="i" text:start-value="0"/></office:styles>')
    auto = ('<office:automatic-styles><style:style style:name="MP1" style:family="paragraph" '
            'style:parent-style-name="Footer"><style:paragraph-properties fo:text-align="center"/></style:style>'
            '<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21.001cm" '
            'fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="2cm" fo:margin-bottom="2cm" '
            'fo:margin-left="2.5cm" fo:margin-right="2.5cm" style:writing-mode="lr-tb"/><style:header-style>'
            '<style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.5cm"/></style:header-style>'
            '<style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.5cm"/>'
            '</style:footer-style></style:page-layout></office:automatic-styles>')
    master = ('<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">'
              f'<style:header><text:p text:style-name="Header">{xesc(header)}</text:p></style:header>'
              f'<style:footer><text:p text:style-name="MP1">{xesc(footer_lead)} <text:page-number '
              'text:select-page="current">1</text:page-number></text:p></style:footer></style:master-page>'
              '</office:master-styles>')
    return names, st, auto, master


def lo_settings(version="1.3"):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-settings '
            f'xmlns:office="{ODF_NS["office"]}" xmlns:config="{ODF_NS["config"]}" xmlns:ooo="{ODF_NS["ooo"]}" '
            f'office:version="{version}"><office:settings><config:config-item-set config:name="ooo:view-settings">'
            '<config:config-item config:name="ViewAreaTop" config:type="long">0</config:config-item>'
            '<config:config-item config:name="ViewAreaLeft" config:type="long">0</config:config-item>'
            '</config:config-item-set><config:config-item-set config:name="ooo:configuration-settings">'
            '<config:config-item config:name="PrinterName" config:type="string"/><config:config-item '
            'config:name="TabsRelativeToIndent" config:type="boolean">true</config:config-item>'
            '</config:config-item-set></office:settings></office:document-settings>')


# --------------------------------------------------------------------------
# 1. writer.odt: a SAR saved by LibreOffice Writer as OpenDocument Text
# --------------------------------------------------------------------------
OD_LIST_IDS = ["list" + token("writer list a", 10, DIGITS), "list" + token("writer list b", 10, DIGITS)]


def od_para_xml(lab, text, how, style="P9"):
    """One paragraph's text:p (or two, for "two"), as list item content."""
    if "note" in how.split():
        head, tail = halves(text)
        note = (f'<text:note text:id="ftn{1 if lab == "2.2" else 2}" text:note-class="footnote"><text:note-citation>'
                f'{1 if lab == "2.2" else 2}</text:note-citation><text:note-body><text:p text:style-name="Footnote">'
                f'{xesc(_text.OD_NOTES[lab])}</text:p></text:note-body></text:note>')
        return f'<text:p text:style-name="{style}">{xesc(head)}{note} {xesc(tail)}</text:p>'
    if how == "endnote":
        note = ('<text:note text:id="ftn2" text:note-class="footnote"><text:note-citation>2</text:note-citation>'
                f'<text:note-body><text:p text:style-name="Footnote">{xesc(_text.OD_NOTES[lab])}</text:p>'
                '</text:note-body></text:note>')
        return f'<text:p text:style-name="{style}">{xesc(text)}{note}</text:p>'
    if how == "soft":
        head, tail = at_word(text, 61)
        return f'<text:p text:style-name="{style}">{xesc(head)}<text:soft-page-break/>{xesc(tail)}</text:p>'
    if how == "two":
        a, b = halves(text)
        return f'<text:p text:style-name="{style}">{xesc(a)}</text:p><text:p text:style-name="P10">{xesc(b)}</text:p>'
    return f'<text:p text:style-name="{style}">{xesc(text)}</text:p>'


def od_body(texts):
    toc_pages = [2, 2, 3, 5]
    chapters = _text.OD_CHAPTERS
    toc = ('<text:table-of-content text:style-name="Sect1" text:protected="true" text:name="Table of Contents1">'
           '<text:table-of-content-source text:outline-level="2"><text:index-title-template '
           f'text:style-name="Contents_20_Heading">{_text.OD_TOC_TITLE}</text:index-title-template>'
           '</text:table-of-content-source><text:index-body><text:index-title text:style-name="Sect1" '
           f'text:name="Table of Contents1_Head"><text:p text:style-name="P4">{_text.OD_TOC_TITLE}</text:p>'
           '</text:index-title>'
           + "".join(f'<text:p text:style-name="P5"><text:a xlink:type="simple" xlink:href="#__RefHeading___Toc'
                     f'{1200 + 2 * k}_{token("toc", 9, DIGITS)}" text:style-name="Index_20_Link" '
                     f'text:visited-style-name="Index_20_Link">{k}. {xesc(h)}<text:tab/>{pg}</text:a></text:p>'
                     for k, ((h, _i), pg) in enumerate(zip(chapters, toc_pages, strict=True), 1))
           + '</text:index-body></text:table-of-content>')
    h = ['<office:body><office:text><text:sequence-decls><text:sequence-decl text:display-outline-level="0" '
         'text:name="Illustration"/><text:sequence-decl text:display-outline-level="0" text:name="Table"/>'
         '<text:sequence-decl text:display-outline-level="0" text:name="Text"/><text:sequence-decl '
         'text:display-outline-level="0" text:name="Drawing"/><text:sequence-decl text:display-outline-level="0" '
         'text:name="Figure"/></text:sequence-decls>',
         f'<text:p text:style-name="P1">{xesc(_text.OD_TITLE)}</text:p>',
         f'<text:p text:style-name="P2">{xesc(_text.OD_BOARD)} (FICTIONAL)</text:p>',
         f'<text:p text:style-name="P2">{xesc(_text.OD_SUBTITLE)}</text:p>',
         f'<text:p text:style-name="P3">{xesc(_text.OD_AUTHOR)}</text:p>',
         f'<text:p text:style-name="P3"><text:span text:style-name="T1">{xesc(FICT)}.</text:span> {INVENTED}</text:p>',
         toc]

    def chapter(k, head, items):
        hstyle = "P6" if k in (1, 4) else "P7"
        ref = f"__RefHeading___Toc{1200 + 2 * k}_{token('toc', 9, DIGITS)}"
        out = [f'<text:list-item><text:h text:style-name="{hstyle}" text:outline-level="1"><text:bookmark-start '
               f'text:name="{ref}"/>{xesc(head)}<text:bookmark-end text:name="{ref}"/></text:h><text:list>']
        for lab, _w, how in items:
            soft = "<text:soft-page-break/>" if "before" in how.split() else ""
            out.append(f"<text:list-item>{soft}{od_para_xml(lab, texts[lab], how)}</text:list-item>")
        out.append("</text:list></text:list-item>")
        return "".join(out)

    h.append(f'<text:list xml:id="{OD_LIST_IDS[0]}" text:style-name="L1">')
    h += [chapter(k, head, items) for k, (head, items) in enumerate(chapters[:2], 1)]
    h.append("</text:list>")
    rows = "".join("<table:table-row>" + "".join(
        f'<table:table-cell table:style-name="Table1.A1" office:value-type="string"><text:p '
        f'text:style-name="{"P12" if r == 0 else "P11"}">{xesc(c)}</text:p></table:table-cell>' for c in row)
        + "</table:table-row>" for r, row in enumerate(_text.OD_DATES))
    h.append(f'<text:p text:style-name="P13">{_text.OD_DATES_CAPTION}</text:p><table:table table:name="Table1" '
             'table:style-name="Table1"><table:table-column table:style-name="Table1.A"/><table:table-column '
             f'table:style-name="Table1.B"/>{rows}</table:table>')
    h.append(f'<text:list xml:id="{OD_LIST_IDS[1]}" text:continue-list="{OD_LIST_IDS[0]}" text:style-name="L1">')
    h += [chapter(k, head, items) for k, (head, items) in enumerate(chapters[2:], 3)]
    h.append("</text:list>")
    h.append(f'<text:p text:style-name="P14">{xesc(_text.OD_CLOSE)}</text:p></office:text></office:body>')
    return "".join(h)


OD_AUTO = ('<office:automatic-styles>'
           '<style:style style:name="Table1" style:family="table"><style:table-properties style:width="16.001cm" '
           'table:align="margins"/></style:style><style:style style:name="Table1.A" style:family="table-column">'
           '<style:table-column-properties style:column-width="3.5cm"/></style:style><style:style '
           'style:name="Table1.B" style:family="table-column"><style:table-column-properties '
           'style:column-width="12.501cm"/></style:style><style:style style:name="Table1.A1" '
           'style:family="table-cell"><style:table-cell-properties fo:padding="0.097cm" fo:border="0.5pt solid '
           '#000000"/></style:style>'
           '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Title"/>'
           '<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Subtitle"/>'
           '<style:style style:name="P3" style:family="paragraph" style:parent-style-name="Text_20_body">'
           '<style:paragraph-properties fo:text-align="center"/></style:style>'
           '<style:style style:name="P4" style:family="paragraph" style:parent-style-name="Contents_20_Heading"/>'
           '<style:style style:name="P5" style:family="paragraph" style:parent-style-name="Contents_20_1">'
           '<style:paragraph-properties><style:tab-stops><style:tab-stop style:position="16.001cm" '
           'style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops>'
           '</style:paragraph-properties></style:style>'
           '<style:style style:name="P6" style:family="paragraph" style:parent-style-name="Heading_20_1" '
           'style:list-style-name="L1"><style:paragraph-properties fo:break-before="page"/></style:style>'
           '<style:style style:name="P7" style:family="paragraph" style:parent-style-name="Heading_20_1" '
           'style:list-style-name="L1"/>'
           '<style:style style:name="P9" style:family="paragraph" style:parent-style-name="Text_20_body" '
           'style:list-style-name="L1"><style:paragraph-properties fo:text-align="justify"/></style:style>'
           '<style:style style:name="P10" style:family="paragraph" style:parent-style-name="Text_20_body">'
           '<style:paragraph-properties fo:text-align="justify"/></style:style>'
           '<style:style style:name="P11" style:family="paragraph" style:parent-style-name="Table_20_Contents"/>'
           '<style:style style:name="P12" style:family="paragraph" style:parent-style-name="Table_20_Contents">'
           '<style:text-properties fo:font-weight="bold"/></style:style>'
           '<style:style style:name="P13" style:family="paragraph" style:parent-style-name="Caption">'
           '<style:paragraph-properties fo:keep-with-next="always"/></style:style>'
           '<style:style style:name="P14" style:family="paragraph" style:parent-style-name="Text_20_body">'
           '<style:paragraph-properties fo:margin-top="0.6cm"/><style:text-properties fo:font-style="italic"/>'
           '</style:style>'
           '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/>'
           '</style:style><style:style style:name="Sect1" style:family="section"><style:section-properties '
           'style:editable="false"/></style:style>'
           + lo_list_style("L1", [(".", 1), ("", 2)]) + '</office:automatic-styles>')


def styles_doc(parts, version="1.3"):
    names, st, auto, master = parts
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {odf_root_attrs(names, version)}>'
            f'{lo_font_decls()}{st}{auto}{master}</office:document-styles>')


def make_writer(out, pm):
    path = out / "writer.odt"
    items = [(lab, w) for _h, its in _text.OD_CHAPTERS for lab, w, _how in its]
    texts = {lab: pm.make(w, "adult") for lab, w in items}
    order = [lab for lab, _w in items]
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {odf_root_attrs(LO_NAMES, "1.3")}>'
               f'<office:scripts/>{lo_font_decls()}{OD_AUTO}{od_body(texts)}</office:document-content>')
    styles = styles_doc(lo_styles_xml(LO_NAMES, _text.OD_HEADER, "Page"))
    n_words = sum(len(t.split()) for t in texts.values())
    meta = lo_meta(_text.OD_TITLE, _text.OD_AUTHOR.split(",")[0], "2024-12-02T09:41:07.220000000",
                   {"table-count": 1, "image-count": 0, "object-count": 0, "page-count": 5, "paragraph-count": 44,
                    "word-count": n_words + 160, "character-count": 6 * n_words})
    rdf = ('<?xml version="1.0" encoding="utf-8"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
           '<rdf:Description rdf:about="content.xml"><rdf:type rdf:resource="http://docs.oasis-open.org/ns/office/'
           '1.2/meta/odf#ContentFile"/></rdf:Description><rdf:Description rdf:about="styles.xml"><rdf:type '
           'rdf:resource="http://docs.oasis-open.org/ns/office/1.2/meta/odf#StylesFile"/></rdf:Description>'
           '<rdf:Description rdf:about=""><ns0:hasPart xmlns:ns0="http://docs.oasis-open.org/ns/office/1.2/meta/'
           'pkg#" rdf:resource="content.xml"/></rdf:Description></rdf:RDF>\n')
    files = [("mimetype", ODT_MIME), ("manifest.rdf", rdf), ("styles.xml", styles), ("content.xml", content),
             ("meta.xml", meta), ("settings.xml", lo_settings()),
             ("Thumbnails/thumbnail.png", png(32, 45, (255, 255, 255), (200, 200, 200), 3)),
             ("META-INF/manifest.xml", odf_manifest([("Thumbnails/thumbnail.png", "image/png"),
                                                     ("settings.xml", "text/xml"), ("content.xml", "text/xml"),
                                                     ("meta.xml", "text/xml"), ("styles.xml", "text/xml"),
                                                     ("manifest.rdf", "application/rdf+xml")]))]
    odf_zip(path, files)
    pages = {"1.1": 2, "1.2": 2, "2.1": 2, "2.2": 3, "2.3": 3, "3.1": 3, "3.2": 4, "3.3": 4, "4.1": 5, "4.2": 5,
             "4.3": 5}
    result = [entry(lab, pages[lab], texts[lab]) for lab in order]
    check_lengths(path.name, list(texts.values()))
    check_count(path.name, result, 10, 20)
    check_writer(path, result, texts)
    return {
        "note": ("A SAFEGUARDING ADULTS REVIEW SAVED BY LIBREOFFICE WRITER AS OPENDOCUMENT TEXT (.odt: 'mimetype' "
                 "stored first, manifest.rdf, styles.xml, content.xml, meta.xml with generator LibreOffice/7.6, "
                 "settings.xml, a thumbnail, META-INF/manifest.xml). styles.xml holds the master page's header "
                 "'OFFICIAL \u2013 Brackenholt SAB \u2013 SAR Mr K' and footer 'Page <text:page-number>'. content.xml: "
                 "automatic styles P1..P14, T1 and a list style L1 (level 1 suffix '.', level 2 "
                 "text:display-levels='2'); title, board, subtitle, author and FICTIONAL lines; a TABLE OF CONTENTS "
                 "whose cached entries read '1. Introduction<TAB>2' as links; then THE REVIEW AS ONE LIST: chapter "
                 "headings are text:h in level-1 list items, their paragraphs the items of nested lists, so NO "
                 "PARAGRAPH NUMBER IS IN THE FILE AS TEXT: '2.1' IS THE LIST'S NUMBERING (and the headings' '2.' "
                 "too). After 2.3 a captioned TABLE OF KEY DATES ('03.05.23', '17.07.23', '02.10.23') ends the list; "
                 "A NEW text:list WITH text:continue-list CARRIES THE NUMBERING ON (chapter 3, not 1). 3.2's list "
                 "item holds A SECOND, UNNUMBERED text:p that carries 3.2 on (keyed to its last words). Footnotes "
                 "as text:note: one in mid-2.2, one after 3.3's last word whose text opens '3.4 of the Board's "
                 "multi-agency procedures ...'. Pages as Writer laid them out when saving: fo:break-before='page' "
                 "on chapter 1's and chapter 4's headings, text:soft-page-break between the list items before 2.2 "
                 "and INSIDE 3.1 between two words; the TOC's cached page numbers agree. An italic closing line. "
                 "The host numbers no paragraphs of its own. Not paragraphs: the title lines, contents, headings, "
                 "table, caption, notes and closing line. page = 1 + the hard and soft page breaks before the "
                 "paragraph's first word."),
        "paragraphs": result,
    }


def check_writer(path, result, texts):
    """zipfile and lxml: mimetype first and stored; content.xml read by OdfReader (list numbers from L1, continued
    across the table); the numbered paragraphs with their carried-on text:p are the key, whole, with their pages;
    no paragraph number is text in content.xml; the header is in styles.xml; the TOC and the notes are there."""
    from lxml import etree
    z = zipfile.ZipFile(path)
    infos = z.infolist()
    if infos[0].filename != "mimetype" or infos[0].compress_type != zipfile.ZIP_STORED or \
            z.read("mimetype").decode() != ODT_MIME:
        raise AssertionError("writer.odt: mimetype")
    root = etree.fromstring(z.read("content.xml"))
    auto, lists = odf_styles(root)
    reader = OdfReader(root.find(q("office", "body")).find(q("office", "text")), auto, lists)
    got = odf_key_paragraphs(reader.blocks, typed=False)
    if got != [[d["label"], d["page"], texts[d["label"]]] for d in result]:
        raise AssertionError(f"writer.odt: read back {[(g[0], g[1]) for g in got]}")
    heads = [b["label"] for b in reader.blocks if b["tag"] == "h"]
    raw = z.read("content.xml").decode("utf-8")
    if heads != ["1.", "2.", "3.", "4."] or re.search(r'"P(9|10)">\d\.\d', raw) or \
            _text.OD_HEADER.split(" ")[0] not in z.read("styles.xml").decode("utf-8") or \
            raw.count("<text:note ") != 2 or raw.count("<text:soft-page-break/>") != 2:
        raise AssertionError(f"writer.odt: layout {heads}")


# --------------------------------------------------------------------------
# 2. gdocs.odt: a local learning review drafted in Google Docs and downloaded as OpenDocument
# --------------------------------------------------------------------------
GD_NAMES = ["office", "style", "text", "table", "draw", "fo", "xlink", "dc", "meta", "number", "svg"]
GD_BOOKMARKS = ["h.gjdgxs", "h.30j0zll", "h.1fob9te", "h.3znysh7"]
GD_AUTO = ('<office:automatic-styles>'
           '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Title"/>'
           '<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Subtitle"/>'
           '<style:style style:name="P3" style:family="paragraph" style:parent-style-name="Heading_20_2"/>'
           '<style:style style:name="P4" style:family="paragraph" style:parent-style-name="Heading_20_2">'
           '<style:paragraph-properties fo:break-before="page"/></style:style>'
           '<style:style style:name="P5" style:family="paragraph" style:parent-style-name="Standard">'
           '<style:paragraph-properties fo:line-height="115%" fo:margin-top="0in" fo:margin-bottom="0.1389in" '
           'fo:text-align="justify"><style:tab-stops><style:tab-stop style:position="0.5in"/></style:tab-stops>'
           '</style:paragraph-properties></style:style>'
           '<style:style style:name="P6" style:family="paragraph" style:parent-style-name="Standard" '
           'style:list-style-name="L1"><style:paragraph-properties fo:line-height="115%" fo:margin-left="1in" '
           'fo:text-indent="-0.25in" fo:margin-top="0in" fo:margin-bottom="0in"/></style:style>'
           '<style:style style:name="P7" style:family="paragraph" style:parent-style-name="Standard">'
           '<style:paragraph-properties fo:line-height="100%"/></style:style>'
           '<style:style style:name="T1" style:family="text"><style:text-properties style:font-name="Arial" '
           'fo:font-size="11pt" fo:font-weight="bold"/></style:style>'
           '<style:style style:name="T2" style:family="text"><style:text-properties style:font-name="Arial" '
           'fo:font-size="11pt"/></style:style>'
           '<style:style style:name="T3" style:family="text"><style:text-properties style:font-name="Arial" '
           'fo:font-size="11pt" fo:font-weight="bold" fo:color="#1155cc"/></style:style>'
           '<style:style style:name="T4" style:family="text"><style:text-properties style:font-name="Arial" '
           'fo:font-size="10pt"/></style:style>'
           '<style:style style:name="T5" style:family="text"><style:text-properties style:font-name="Arial" '
           'fo:font-size="11pt" fo:font-style="italic"/></style:style>'
           '<text:list-style style:name="L1">'
           + "".join(f'<text:list-level-style-number text:level="{n}" style:num-suffix="." '
                     f'style:num-format="{"1" if n % 3 == 1 else ("a" if n % 3 == 2 else "i")}">'
                     '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
                     '<style:list-level-label-alignment text:label-followed-by="listtab" '
                     f'fo:text-indent="-0.25in" fo:margin-left="{0.5 * n + 0.5:g}in"/></style:list-level-properties>'
                     '</text:list-level-style-number>' for n in range(1, 10))
           + '</text:list-style></office:automatic-styles>')


def gd_run(s, style="T2"):
    return f'<text:span text:style-name="{style}">{xesc(s)}</text:span>'


def gd_para(lab, text, how):
    if how == "split":
        num = gd_run(lab[:2], "T1") + gd_run(lab[2:], "T3") + "<text:tab/>"
    elif how == "spaces":
        num = gd_run(lab, "T1") + '<text:span text:style-name="T2"><text:s text:c="2"/></text:span>'
    else:
        num = f'<text:span text:style-name="T1">{lab}<text:tab/></text:span>'
    if how == "comment":
        first, rest = sentences(text)[0], " ".join(sentences(text)[1:])
        name = "__Annotation__" + token("gdocs comment", 6, DIGITS)
        ann = (f'<office:annotation office:name="{name}"><dc:creator>{_text.GD_COMMENT_BY}</dc:creator><dc:date>'
               '2025-02-11T09:14:00Z</dc:date><text:p text:style-name="P7">'
               f'{gd_run(_text.GD_COMMENT, "T4")}</text:p></office:annotation>')
        return (f'<text:p text:style-name="P5">{ann}{num}{gd_run(first)}<office:annotation-end office:name="{name}"/>'
                f'{gd_run(" " + rest)}</text:p>')
    if how == "br":
        a, b = halves(text)
        return f'<text:p text:style-name="P5">{num}{gd_run(a)}<text:line-break/>{gd_run(b)}</text:p>'
    s = sentences(text)
    runs = gd_run(" ".join(s[:2])) + gd_run(" " + " ".join(s[2:]), "T2") if len(s) > 2 else gd_run(text)
    return f'<text:p text:style-name="P5">{num}{runs}</text:p>'


def gd_body(texts):
    h = ['<office:body><office:text>',
         f'<text:p text:style-name="P1">{gd_run(_text.GD_TITLE)}</text:p>',
         f'<text:p text:style-name="P2">{gd_run(_text.GD_PARTNERSHIP + " (FICTIONAL)")}</text:p>',
         f'<text:p text:style-name="P2">{gd_run(_text.GD_SUBTITLE)}</text:p>',
         f'<text:p text:style-name="P5">{gd_run(FICT + ". " + INVENTED, "T5")}</text:p>']
    for k, (head, items) in enumerate(_text.GD_SECTIONS):
        style = "P4" if head == _text.GD_PAGE_BREAK_BEFORE else "P3"
        h.append(f'<text:h text:style-name="{style}" text:outline-level="2"><text:bookmark '
                 f'text:name="{GD_BOOKMARKS[k]}"/>{gd_run(head)}</text:h>')
        for lab, _w, how in items:
            if how == "list":
                h.append(gd_para(lab, texts[lab] + " " + _text.GD_TERMS_LEAD, ""))
                h.append(f'<text:list xml:id="list{token("gdocs list", 9, DIGITS)}" text:style-name="L1">'
                         + "".join(f'<text:list-item><text:p text:style-name="P6">{gd_run(t)}</text:p>'
                                   '</text:list-item>' for t in _text.GD_TERMS) + "</text:list>")
            else:
                h.append(gd_para(lab, texts[lab], how))
    h.append("</office:text></office:body>")
    return "".join(h)


def gd_styles():
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {odf_root_attrs(GD_NAMES, "1.2")}>'
            '<office:font-face-decls><style:font-face style:name="Arial" svg:font-family="Arial"/>'
            '</office:font-face-decls><office:styles><style:default-style style:family="paragraph">'
            '<style:paragraph-properties fo:margin-top="0in" fo:margin-bottom="0in" fo:line-height="115%"/>'
            '<style:text-properties style:font-name="Arial" fo:font-size="11pt" fo:language="en" fo:country="GB"/>'
            '</style:default-style><style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
            '<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" '
            'style:next-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.0417in" '
            'fo:keep-with-next="always"/><style:text-properties fo:font-size="26pt"/></style:style>'
            '<style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Standard" '
            'style:next-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.2222in"/>'
            '<style:text-properties fo:color="#666666" fo:font-size="15pt"/></style:style>'
            '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" '
            'style:parent-style-name="Standard" style:next-style-name="Standard" style:default-outline-level="2">'
            '<style:paragraph-properties fo:margin-top="0.25in" fo:margin-bottom="0.0833in" '
            'fo:keep-with-next="always"/><style:text-properties fo:font-size="16pt"/></style:style>'
            '</office:styles><office:automatic-styles><style:page-layout style:name="pm1">'
            '<style:page-layout-properties fo:page-width="8.2681in" fo:page-height="11.6929in" fo:margin-top="1in" '
            'fo:margin-bottom="1in" fo:margin-left="1in" fo:margin-right="1in"/></style:page-layout>'
            '</office:automatic-styles><office:master-styles><style:master-page style:name="Standard" '
            'style:page-layout-name="pm1"/></office:master-styles></office:document-styles>')


def make_gdocs(out, pm):
    path = out / "gdocs.odt"
    items = [(lab, w) for _h, its in _text.GD_SECTIONS for lab, w, _how in its]
    texts = {lab: pm.make(w, "child") for lab, w in items}
    order = [lab for lab, _w in items]
    full = dict(texts)
    full["1.2"] = f"{texts['1.2']} {_text.GD_TERMS_LEAD} {' '.join(_text.GD_TERMS)}"
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {odf_root_attrs(GD_NAMES, "1.2")}>'
               '<office:scripts/><office:font-face-decls><style:font-face style:name="Arial" svg:font-family="Arial"/>'
               f'</office:font-face-decls>{GD_AUTO}{gd_body(texts)}</office:document-content>')
    meta = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {odf_root_attrs(GD_NAMES, "1.2")}>'
            f'<office:meta><dc:title>{xesc(_text.GD_TITLE)}</dc:title></office:meta></office:document-meta>')
    files = [("mimetype", ODT_MIME),
             ("META-INF/manifest.xml", odf_manifest([("content.xml", "text/xml"), ("styles.xml", "text/xml"),
                                                     ("meta.xml", "text/xml")], "1.2")),
             ("content.xml", content), ("styles.xml", gd_styles()), ("meta.xml", meta)]
    odf_zip(path, files, (2025, 2, 11, 9, 20, 4))
    result = [entry(lab, 1 if lab < "3" else 2, full[lab]) for lab in order]
    check_lengths(path.name, list(texts.values()))
    check_count(path.name, result, 10, 20)
    check_gdocs(path, result, full)
    return {
        "note": ("A LOCAL LEARNING REVIEW DRAFTED IN GOOGLE DOCS AND DOWNLOADED AS OPENDOCUMENT (.odt: 'mimetype' "
                 "stored first, META-INF/manifest.xml, content.xml, styles.xml, meta.xml; office:version 1.2). "
                 "content.xml: EVERY RUN A text:span of its own automatic style (T1 bold, T2 regular, T3 bold blue, "
                 "T4 and T5), paragraphs P1..P7; title and subtitle lines, a FICTIONAL line; headings text:h "
                 "(Heading_20_2) with Google's bookmarks 'h.gjdgxs' and TYPED heading numbers '1. Why we carried "
                 "out this review'; THE PARAGRAPH NUMBERS TYPED in a bold span with a text:tab ('<span T1>1.1<tab/>"
                 "</span><span T2>The ...'). Traps: 1.2 ENDS WITH A LEAD-IN ('The terms of reference asked the "
                 "review to consider:') AND A GOOGLE NUMBERED LIST OF FOUR TERMS (text:list in list style L1, "
                 "printed '1.' to '4.' by the list, no number typed) that are part of 1.2 (keyed to the last term's "
                 "last words); 2.2's NUMBER IN TWO SPANS '2.' (T1) AND '2' (T3); A COMMENT ANCHORED AT 2.3's START: "
                 "office:annotation (dc:creator, dc:date, its own text:p) BEFORE THE NUMBER inside 2.3's text:p, ITS "
                 "TEXT OPENING '2.3 and 3.1 say much the same thing ...', its office:annotation-end after 2.3's "
                 "first sentence; a text:line-break inside 3.2; '3.3' followed by text:s text:c='2' instead of a "
                 "tab; a hard page break (fo:break-before='page' on chapter 3's heading). No header or footer, no "
                 "soft page breaks (Google writes none). The host numbers no paragraphs of its own. Not paragraphs: "
                 "the title lines, headings, the comment and the terms' list numbers. page = 1 + the hard page "
                 "breaks before the paragraph."),
        "paragraphs": result,
    }


def check_gdocs(path, result, full):
    """zipfile and lxml: mimetype first; OdfReader over content.xml (comments skipped, the terms' list numbered
    "1." to "4." and carried into 1.2): the typed numbers' paragraphs are the key, whole, with their pages; the
    comment's text opens with "2.3" and comes before 2.3's number in its text:p; 2.2's number is in two spans."""
    from lxml import etree
    z = zipfile.ZipFile(path)
    if z.infolist()[0].filename != "mimetype" or z.infolist()[0].compress_type != zipfile.ZIP_STORED:
        raise AssertionError("gdocs.odt: mimetype")
    root = etree.fromstring(z.read("content.xml"))
    auto, lists = odf_styles(root)
    reader = OdfReader(root.find(q("office", "body")).find(q("office", "text")), auto, lists)
    got = odf_key_paragraphs(reader.blocks, typed=True)
    if got != [[d["label"], d["page"], full[d["label"]]] for d in result]:
        raise AssertionError(f"gdocs.odt: read back {[(g[0], g[1]) for g in got]}")
    terms = [b["label"] for b in reader.blocks if b["label"]]
    raw = z.read("content.xml").decode("utf-8")
    ann = raw.index("<office:annotation ")
    if terms != ["1.", "2.", "3.", "4."] or raw.index(_text.GD_COMMENT[:20]) > raw.index(">2.3<text:tab/>") or \
            ann > raw.index(">2.3<text:tab/>") or '>2.</text:span><text:span text:style-name="T3">2<' not in raw:
        raise AssertionError(f"gdocs.odt: layout {terms}")


# --------------------------------------------------------------------------
# 3. draft.fodt: a thematic review kept as LibreOffice Flat XML, its tracked changes recorded
# --------------------------------------------------------------------------
FD_NAMES = [*LO_NAMES, "config"]
FD_MIXED = {q("text", "p"), q("text", "h")}


def fd_indent(el, depth=0):
    """LibreOffice's pretty printing: one space a level between elements, nothing added inside a paragraph or an
    element that holds text."""
    if el.tag in FD_MIXED or len(el) == 0 or (el.text or "").strip():
        return
    el.text = "\n" + " " * (depth + 1)
    for ch in el:
        fd_indent(ch, depth + 1)
        ch.tail = "\n" + " " * (depth + 1)
    el[-1].tail = "\n" + " " * depth


def fd_info(who, when):
    return (f"<office:change-info><dc:creator>{who}</dc:creator><dc:date>{when}</dc:date></office:change-info>")


def fd_body(texts, old32, chart_b64):
    a, b = _text.FD_AUTHORS
    tracked = ('<text:tracked-changes text:track-changes="true">'
               f'<text:changed-region xml:id="ct1" text:id="ct1"><text:deletion>{fd_info(b, "2025-01-14T10:02:11")}'
               f'<text:p text:style-name="P3"><text:s/>{xesc(_text.FD_CUT)}</text:p></text:deletion>'
               '</text:changed-region>'
               f'<text:changed-region xml:id="ct2" text:id="ct2"><text:deletion>{fd_info(b, "2025-01-14T10:09:40")}'
               f'<text:p text:style-name="P3">3.2<text:tab/>{xesc(old32)}</text:p><text:p text:style-name="P3"/>'
               '</text:deletion></text:changed-region>'
               f'<text:changed-region xml:id="ct3" text:id="ct3"><text:insertion>{fd_info(b, "2025-01-14T10:11:02")}'
               '</text:insertion></text:changed-region>'
               f'<text:changed-region xml:id="ct4" text:id="ct4"><text:insertion>{fd_info(a, "2025-01-20T15:47:29")}'
               '</text:insertion></text:changed-region></text:tracked-changes>')
    h = ['<office:body><office:text>', tracked,
         '<text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Illustration"/>'
         '<text:sequence-decl text:display-outline-level="0" text:name="Table"/></text:sequence-decls>',
         f'<text:p text:style-name="P1">{xesc(_text.FD_TITLE)}</text:p>',
         f'<text:p text:style-name="P2">{xesc(_text.FD_PARTNERSHIP)} (FICTIONAL) \u2013 {xesc(FICT)}. '
         f'{INVENTED}</text:p>']
    for k, (head, items) in enumerate(_text.FD_CHAPTERS, 1):
        h.append(f'<text:h text:style-name="Heading_20_1" text:outline-level="1"><text:bookmark '
                 f'text:name="__RefHeading___Toc{3000 + 2 * k}_{token("fodt toc", 10, DIGITS)}"/>{xesc(head)}</text:h>')
        for lab, _w, how in items:
            hows = how.split()
            t = texts[lab]
            if "before" in hows:
                h.append("<text:soft-page-break/>")
            if "endnote" in hows:
                x, y = halves(t)
                inner = (f'{xesc(x)}<text:note text:id="ftn1" text:note-class="endnote"><text:note-citation>i'
                         '</text:note-citation><text:note-body><text:p text:style-name="Endnote">'
                         f'{xesc(_text.FD_ENDNOTE)}</text:p></text:note-body></text:note> {xesc(y)}')
            elif "cut" in hows:
                inner = f'{xesc(t)}<text:change text:change-id="ct1"/>'
            elif "soft" in hows:
                x, y = at_word(t, 97)
                inner = f"{xesc(x)}<text:soft-page-break/>{xesc(y)}"
            elif "added" in hows:
                base = t[:-len(_text.FD_ADDED) - 1]
                inner = (f'{xesc(base)}<text:change-start text:change-id="ct4"/> {xesc(_text.FD_ADDED)}'
                         '<text:change-end text:change-id="ct4"/>')
            else:
                inner = xesc(t)
            if "redone" in hows:
                h.append('<text:p text:style-name="P3"><text:change text:change-id="ct2"/><text:change-start '
                         f'text:change-id="ct3"/>{lab}<text:tab/>{inner}<text:change-end text:change-id="ct3"/>'
                         '</text:p>')
            else:
                h.append(f'<text:p text:style-name="P3">{lab}<text:tab/>{inner}</text:p>')
            if lab == _text.FD_FIGURE_AFTER:
                h.append('<text:p text:style-name="P4"><draw:frame draw:style-name="fr1" draw:name="Image1" '
                         'text:anchor-type="as-char" svg:width="15.001cm" svg:height="7.001cm" draw:z-index="0">'
                         '<draw:image draw:mime-type="image/png"><office:binary-data>'
                         f'{chart_b64}</office:binary-data></draw:image></draw:frame></text:p>')
                cap = _text.FD_FIGURE_CAPTION.split(": ", 1)[1]
                h.append('<text:p text:style-name="P5">Figure <text:sequence text:ref-name="refIllustration0" '
                         'text:name="Illustration" text:formula="ooow:Illustration+1" style:num-format="1">1'
                         f'</text:sequence>: {xesc(cap)}</text:p>')
    h.append("</office:text></office:body>")
    return "".join(h)


FD_AUTO = ('<office:automatic-styles>'
           '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Title"/>'
           '<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Subtitle"/>'
           '<style:style style:name="P3" style:family="paragraph" style:parent-style-name="Text_20_body">'
           '<style:paragraph-properties fo:margin-left="1.251cm" fo:text-indent="-1.251cm" fo:text-align="justify">'
           '<style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops></style:paragraph-properties>'
           '</style:style>'
           '<style:style style:name="P4" style:family="paragraph" style:parent-style-name="Standard">'
           '<style:paragraph-properties fo:text-align="center"/></style:style>'
           '<style:style style:name="P5" style:family="paragraph" style:parent-style-name="Caption"/>'
           '<style:style style:name="fr1" style:family="graphic" style:parent-style-name="Graphics">'
           '<style:graphic-properties style:vertical-pos="top" style:vertical-rel="baseline"/></style:style>'
           + lo_styles_xml(FD_NAMES, _text.FD_HEADER, _text.FD_FOOTER)[2][len('<office:automatic-styles>'):])


def make_fodt(out, pm):
    path = out / "draft.fodt"
    items = [(lab, w) for _h, its in _text.FD_CHAPTERS for lab, w, _how in its]
    texts = {lab: pm.make(w, "child") for lab, w in items}
    texts["4.1"] = f"{texts['4.1']} {_text.FD_ADDED}"
    old32 = pm.make(120, "child")
    order = [lab for lab, _w in items]
    chart = base64.b64encode(png(120, 56, (40, 90, 140), (235, 240, 245), 8)).decode("ascii")
    chart = "\n".join(chart[k:k + 76] for k in range(0, len(chart), 76))
    _n, st, _auto, master = lo_styles_xml(FD_NAMES, _text.FD_HEADER, _text.FD_FOOTER, outline=("1", "."))
    n_words = sum(len(t.split()) for t in texts.values())
    meta = lo_meta(_text.FD_TITLE, _text.FD_AUTHORS[0], "2024-11-04T13:20:51.118000000",
                   {"table-count": 0, "image-count": 1, "object-count": 0, "page-count": 5, "paragraph-count": 24,
                    "word-count": n_words + 60, "character-count": 6 * n_words})
    meta_el = meta.split("<office:meta>")[1].split("</office:meta>")[0]
    settings = lo_settings().split("<office:settings>")[1].split("</office:settings>")[0]
    doc = (f'<office:document {odf_root_attrs(FD_NAMES, "1.3")} office:mimetype="{ODT_MIME}">'
           f'<office:meta>{meta_el}</office:meta><office:settings>{settings}</office:settings><office:scripts/>'
           f'{lo_font_decls()}{st}{FD_AUTO}{master}{fd_body(texts, old32, chart)}</office:document>')
    from lxml import etree
    root = etree.fromstring(doc.encode("utf-8"))
    fd_indent(root)
    path.write_bytes(b'<?xml version="1.0" encoding="UTF-8"?>\n\n' + etree.tostring(root, encoding="utf-8") + b"\n")
    pages = {"1.1": 1, "1.2": 1, "2.1": 1, "2.2": 2, "2.3": 2, "3.1": 3, "3.2": 3, "3.3": 4, "4.1": 5, "4.2": 5,
             "4.3": 5}
    result = [entry(lab, pages[lab], texts[lab]) for lab in order]
    check_lengths(path.name, [*texts.values(), old32])
    check_count(path.name, result, 10, 20)
    check_fodt(path, result, texts, old32)
    return {
        "note": ("A THEMATIC REVIEW SAVED BY LIBREOFFICE AS FLAT XML (.fodt: one XML file, office:document with "
                 "office:mimetype, office:version 1.3, pretty-printed: one space an indentation level between "
                 "elements, nothing added inside paragraphs). BEFORE office:body: office:meta, office:settings, the "
                 "font faces, the named styles (with text:outline-style: level 1 num-format '1', suffix '.'), the "
                 "automatic styles and THE MASTER PAGE'S HEADER 'DRAFT 0.7 \u2013 not for circulation' AND FOOTER "
                 "'Kestlebury SCP thematic review \u2013 page <text:page-number>'. In office:text: chapter headings "
                 "text:h outline level 1 NUMBERED BY THE OUTLINE STYLE (no number in their text); the paragraphs' "
                 "numbers TYPED '1.1<TAB>The ...' in a hanging indent. TRACKED CHANGES RECORDED AND NOT ACCEPTED: AT "
                 "THE TOP OF office:text, BEFORE 1.1, text:tracked-changes HOLDS THE DELETED TEXT: 3.2's OLD "
                 "WORDING AS A WHOLE PARAGRAPH TYPED '3.2<TAB>...' (and an empty paragraph) and a last sentence "
                 "deleted from 2.2 ('Two of the young people were known ...'); in the body text:change marks where "
                 "they were, the NEW 3.2 stands between text:change-start and text:change-end, and a sentence "
                 "inserted at 4.1's end ('The partnership will report ...') likewise. The key is the text with every "
                 "change accepted: 2.2 without the deleted sentence, the new 3.2 once, 4.1 with the inserted "
                 "sentence. An endnote (note-class endnote, citation 'i') in mid-2.1; after 3.3 a chart as a "
                 "base64 PNG in office:binary-data inside a draw:frame and a caption 'Figure "
                 "<text:sequence>1</text:sequence>: contacts with agencies ...'. Soft page breaks as Writer's "
                 "layout left them: before 2.2, INSIDE 2.3, before 3.3 and before 4.1. The host numbers no "
                 "paragraphs of its own. Not paragraphs: meta, settings, styles, header, footer, the tracked "
                 "deletions, title lines, headings, endnote, picture and caption. page = 1 + the soft page breaks "
                 "before the paragraph's first word (no hard breaks)."),
        "paragraphs": result,
    }


def check_fodt(path, result, texts, old32):
    """lxml: office:document's parts in order (the master page's header before the body); OdfReader over
    office:text (tracked-changes skipped, text between change marks kept): the typed numbers' paragraphs are the
    key with its pages; the old 3.2 and the cut sentence are in the tracked-changes region only, before 1.1; no
    whitespace added inside a paragraph."""
    from lxml import etree
    raw = path.read_bytes()
    root = etree.fromstring(raw)
    parts = [etree.QName(ch).localname for ch in root]
    if parts != ["meta", "settings", "scripts", "font-face-decls", "styles", "automatic-styles", "master-styles",
                 "body"] or root.get(q("office", "mimetype")) != ODT_MIME:
        raise AssertionError(f"draft.fodt: parts {parts}")
    auto, lists = odf_styles(root.find(q("office", "automatic-styles")))
    reader = OdfReader(root.find(q("office", "body")).find(q("office", "text")), auto, lists)
    got = odf_key_paragraphs(reader.blocks, typed=True)
    if got != [[d["label"], d["page"], texts[d["label"]]] for d in result]:
        raise AssertionError(f"draft.fodt: read back {[(g[0], g[1]) for g in got]}")
    s = raw.decode("utf-8")
    body_at = s.index("<office:body>")
    if s.index(_text.FD_HEADER) > body_at or s.index(old32[:40]) > s.index(">1.1<text:tab/>") or \
            s.count(_text.FD_CUT) != 1 or s.index(_text.FD_CUT) > s.index(">1.1<text:tab/>") or \
            re.search(r"<text:p [^>]*[^/]>\s", s[body_at:]) or s.count("<text:soft-page-break/>") != 4:
        raise AssertionError("draft.fodt: layout")


# --------------------------------------------------------------------------
# 4. rapid.rtf: a rapid review saved by Word as Rich Text Format
# --------------------------------------------------------------------------
RT_RSID = "\\insrsid5913822"
RT_REF = "_Ref190344112"
RT_REF_SENTENCE = "The health visitor\u2019s worry, as 2.2 describes, was not passed on to the walk-in centre."
RT_LINK_SENTENCE = "The partnership followed {} throughout."
RT_SPECIAL = {"\u2019": "\\'92", "\u2018": "\\'91", "\u201c": "\\'93", "\u201d": "\\'94", "\u2013": "\\u8211\\'96",
              "\u00a9": "\\'a9"}


def rtf_esc(s):
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch in RT_SPECIAL:
            out.append(RT_SPECIAL[ch])
        elif ord(ch) > 126:
            out.append(f"\\u{ord(ch)}\\'3f")
        else:
            out.append(ch)
    return "".join(out)


def rtf_text(s, rpr=RT_RSID):
    """A run as Word writes it, {\\rpr text}, its source broken into lines at spaces (a line break in RTF's source
    is no text)."""
    chunks, start = [], 0
    for i, ch in enumerate(s):
        if ch == " " and i + 1 - start > 90:
            chunks.append(s[start:i + 1])
            start = i + 1
    chunks.append(s[start:])
    body = "\r\n".join(rtf_esc(c) for c in chunks)
    return "{" + rpr + " " + body + "}"


RT_PARA = ("\\pard\\plain \\ltrpar\\s20\\qj \\fi-709\\li709\\ri0\\sa160\\sl276\\slmult1\\widctlpar\\wrapdefault"
           "\\ls1\\ilvl1\\adjustright\\rin0\\lin709\\itap0\\pararsid5913822 \\rtlch\\fcs1 \\af1\\afs22 \\ltrch\\fcs0 "
           "\\f1\\fs22\\lang2057\\langfe1033\\langnp2057 ")
RT_HEAD = ("\\pard\\plain \\ltrpar\\s1\\ql \\fi-709\\li709\\ri0\\sb240\\sa120\\keepn\\widctlpar\\wrapdefault\\ls1"
           "\\outlinelevel0\\adjustright\\rin0\\lin709\\itap0\\pararsid5913822 \\rtlch\\fcs1 \\ab\\af1\\afs28 "
           "\\ltrch\\fcs0 \\b\\f1\\fs28\\lang2057\\langfe1033\\langnp2057 ")


def rt_listtext(num, head):
    fmt = "\\b\\f1\\fs28" if head else "\\f1\\fs22"
    return (f"{{\\listtext\\pard\\plain\\ltrpar \\s{1 if head else 20} \\rtlch\\fcs1 \\af1 \\ltrch\\fcs0 {fmt}"
            f"\\lang2057\\langfe1033\\langnp2057 \\hich\\af1\\dbch\\af31505\\loch\\f1 {num}\\tab}}")


def rt_hex(data, width=128):
    h = data.hex()
    return "\r\n".join(h[k:k + width] for k in range(0, len(h), width))


def rt_prelude(logo):
    fonts = ("{\\fonttbl{\\f0\\fbidi \\froman\\fcharset0\\fprq2{\\*\\panose 02020603050405020304}Times New Roman;}"
             "{\\f1\\fbidi \\fswiss\\fcharset0\\fprq2{\\*\\panose 020b0604020202020204}Arial;}"
             "{\\f31505\\fbidi \\froman\\fcharset0\\fprq2{\\*\\panose 02020603050405020304}Times New Roman;}}")
    colours = "{\\colortbl;\\red0\\green0\\blue0;\\red5\\green99\\blue193;\\red0\\green102\\blue153;}"
    styles = ("{\\stylesheet{\\ql \\li0\\ri0\\sa160\\sl259\\slmult1\\widctlpar\\wrapdefault\\aspalpha\\aspnum"
              "\\faauto\\adjustright\\rin0\\lin0\\itap0 \\rtlch\\fcs1 \\af1\\afs22\\alang1025 \\ltrch\\fcs0 "
              "\\f1\\fs22\\lang2057\\langfe1033\\cgrid\\langnp2057\\langfenp1033 \\snext0 \\sqformat \\spriority0 "
              "Normal;}\r\n{\\s1\\ql \\fi-709\\li709\\ri0\\sb240\\sa120\\keepn\\widctlpar\\wrapdefault\\ls1"
              "\\outlinelevel0\\adjustright\\rin0\\lin709\\itap0 \\rtlch\\fcs1 \\ab\\af1\\afs28 \\ltrch\\fcs0 "
              "\\b\\f1\\fs28\\lang2057 \\sbasedon0 \\snext20 \\slink21 \\sqformat \\spriority9 heading 1;}\r\n"
              "{\\*\\cs10 \\additive \\ssemihidden \\sunhideused \\spriority1 Default Paragraph Font;}\r\n"
              "{\\*\\cs15 \\additive \\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 \\ul\\cf2 \\sbasedon10 \\sunhideused "
              "Hyperlink;}\r\n{\\*\\cs17 \\additive \\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 \\super \\sbasedon10 "
              "\\ssemihidden \\sunhideused footnote reference;}\r\n{\\s18\\ql \\li0\\ri0\\widctlpar\\wrapdefault"
              "\\adjustright\\rin0\\lin0\\itap0 \\rtlch\\fcs1 \\af1\\afs20 \\ltrch\\fcs0 \\f1\\fs20\\lang2057 "
              "\\sbasedon0 \\snext18 \\ssemihidden \\sunhideused footnote text;}\r\n{\\s20\\qj \\fi-709\\li709\\ri0"
              "\\sa160\\sl276\\slmult1\\widctlpar\\wrapdefault\\ls1\\ilvl1\\adjustright\\rin0\\lin709\\itap0 "
              "\\rtlch\\fcs1 \\af1\\afs22 \\ltrch\\fcs0 \\f1\\fs22\\lang2057 \\sbasedon0 \\snext20 \\sqformat "
              "Numbered Para;}\r\n{\\s22\\qr \\li0\\ri0\\widctlpar\\tqc\\tx4513\\tqr\\tx9026\\wrapdefault"
              "\\adjustright\\rin0\\lin0\\itap0 \\f1\\fs18\\lang2057 \\sbasedon0 \\snext22 header;}\r\n{\\s23\\qc "
              "\\li0\\ri0\\widctlpar\\tqc\\tx4513\\tqr\\tx9026\\wrapdefault\\adjustright\\rin0\\lin0\\itap0 "
              "\\f1\\fs18\\lang2057 \\sbasedon0 \\snext23 footer;}}")
    lists = ("{\\*\\listtable{\\list\\listtemplateid-1288447616\\listhybrid0{\\listlevel\\levelnfc0\\levelnfcn0"
             "\\leveljc0\\leveljcn0\\levelfollow0\\levelstartat1\\levelspace0\\levelindent0{\\leveltext"
             "\\leveltemplateid67698703\\'02\\'00.;}{\\levelnumbers\\'01;}\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 \\b"
             "\\fi-709\\li709\\lin709 }{\\listlevel\\levelnfc0\\levelnfcn0\\leveljc0\\leveljcn0\\levelfollow0"
             "\\levelstartat1\\levelspace0\\levelindent0{\\leveltext\\leveltemplateid67698713\\'03\\'00.\\'01;}"
             "{\\levelnumbers\\'01\\'03;}\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 \\fi-709\\li709\\lin709 }"
             + "".join("{\\listlevel\\levelnfc0\\levelnfcn0\\leveljc0\\leveljcn0\\levelfollow0\\levelstartat1"
                       f"\\levelspace0\\levelindent0{{\\leveltext\\leveltemplateid6769871{k}\\'02\\'0{k}.;}}"
                       f"{{\\levelnumbers\\'01;}}\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 \\fi-360\\li{1440 + 720 * k}"
                       f"\\lin{1440 + 720 * k} }}" for k in range(2, 9))
             + "{\\listname ;}\\listid1103258394}}\r\n{\\*\\listoverridetable{\\listoverride\\listid1103258394"
             "\\listoverridecount0\\ls1}}")
    info = ("{\\*\\rsidtbl \\rsid1245\\rsid5913822\\rsid7301966}{\\*\\generator Microsoft Word 16.0;}"
            f"{{\\info{{\\title {rtf_esc(_text.RT_TITLE)}}}{{\\subject {rtf_esc(FICT)}}}{{\\author "
            f"{rtf_esc(_text.RT_AUTHOR)}}}{{\\operator {rtf_esc(_text.RT_AUTHOR)}}}{{\\creatim\\yr2025\\mo3\\dy12"
            "\\hr14\\min5}{\\revtim\\yr2025\\mo3\\dy14\\hr9\\min12}{\\version4}{\\edmins96}{\\nofpages2}"
            "{\\nofwords1240}{\\nofchars7070}{\\*\\company Wenlow Borough Council (FICTIONAL)}{\\nofcharsws8300}"
            "{\\vern117}}")
    page = ("\\paperw11906\\paperh16838\\margl1440\\margr1440\\margt1440\\margb1440\\gutter0\\ltrsect \r\n"
            "\\widowctrl\\ftnbj\\aenddoc\\trackmoves0\\trackformatting1\\donotembedsysfont0\\relyonvml0"
            "\\donotembedlingdata1\\grfdocevents0\\validatexml0\\showplaceholdtext0\\ignoremixedcontent0"
            "\\saveinvalidxml0\\showxmlerrors0\\horzdoc\\dghspace120\\dgvspace120\\dghorigin1701\\dgvorigin1984"
            "\\dghshow0\\dgvshow3\\jcompress\\viewkind1\\viewscale100\\rsidroot5913822 \\fet0{\\*\\wgrffmtfilter "
            "2450}\\ilfomacatclnup0\\ltrpar \\sectd \\ltrsect\\linex0\\headery708\\footery708\\colsx708\\endnhere"
            "\\sectlinegrid360\\sectdefaultcl\\sftnbj")
    header = ("{\\header \\ltrpar \\pard\\plain \\ltrpar\\s22\\qr \\li0\\ri0\\widctlpar\\tqc\\tx4513\\tqr\\tx9026"
              "\\wrapdefault\\adjustright\\rin0\\lin0\\itap0 \\rtlch\\fcs1 \\af1\\afs18 \\ltrch\\fcs0 "
              "\\f1\\fs18\\lang2057 {\\*\\shppict{\\pict{\\*\\picprop}\\picscalex100\\picscaley100\\piccropl0"
              "\\piccropr0\\piccropt0\\piccropb0\\picw1270\\pich635\\picwgoal720\\pichgoal360\\pngblip"
              f"\\bliptag-1523377101{{\\*\\blipuid a532d9b3b0e6c0f1b5f1f3c9a3a6d2e1}}\r\n{rt_hex(logo)}}}}}"
              "{\\nonshppict{\\pict\\picscalex100\\picscaley100\\piccropl0\\piccropr0\\piccropt0\\piccropb0"
              "\\picw1270\\pich635\\picwgoal720\\pichgoal360\\wmetafile8\\bliptag-1523377101\\blipupi96\r\n"
              f"{rt_hex(hashlib.sha256(logo).digest() * 6)}}}}}"
              f"{{\\rtlch\\fcs1 \\af1 \\ltrch\\fcs0 \\insrsid1245 \\tab \\tab {rtf_esc(_text.RT_HEADER)}}}"
              "{\\rtlch\\fcs1 \\af1 \\ltrch\\fcs0 \\insrsid1245 \\par }}\r\n"
              "{\\footer \\ltrpar \\pard\\plain \\ltrpar\\s23\\qc \\li0\\ri0\\widctlpar\\tqc\\tx4513\\tqr\\tx9026"
              "\\wrapdefault\\adjustright\\rin0\\lin0\\itap0 \\rtlch\\fcs1 \\af1\\afs18 \\ltrch\\fcs0 "
              "\\f1\\fs18\\lang2057 {\\rtlch\\fcs1 \\af1 \\ltrch\\fcs0 \\insrsid1245 Page }{\\field{\\*\\fldinst "
              "{\\rtlch\\fcs1 \\af1 \\ltrch\\fcs0 \\insrsid1245  PAGE   \\\\* MERGEFORMAT }}{\\fldrslt {\\rtlch"
              "\\fcs1 \\af1 \\ltrch\\fcs0 \\noproof\\insrsid1245 1}}}\\sectd \\ltrsect\\linex0\\endnhere"
              "\\sectlinegrid360\\sectdefaultcl\\sftnbj {\\rtlch\\fcs1 \\af1 \\ltrch\\fcs0 \\insrsid1245 \\par }}")
    return ("{\\rtf1\\adeflang1025\\ansi\\ansicpg1252\\uc1\\adeff1\\deff0\\stshfdbch31505\\stshfloch1\\stshfhich1"
            "\\stshfbi1\\deflang2057\\deflangfe1033\\themelang2057\\themelangfe0\\themelangcs0" + fonts + "\r\n"
            + colours + "{\\*\\defchp \\f1\\fs22\\lang2057\\langfe1033\\langfenp1033 }{\\*\\defpap \\ql \\li0\\ri0"
            "\\sa160\\sl259\\slmult1\\widctlpar\\wrapdefault\\aspalpha\\aspnum\\faauto\\adjustright\\rin0\\lin0"
            "\\itap0 }\r\n" + styles + "\r\n" + lists + "\r\n" + info + "\r\n" + page + "\r\n" + header + "\r\n")


def rt_body(texts):
    simple = ("\\pard\\plain \\ltrpar\\qc \\li0\\ri0\\sa240\\widctlpar\\wrapdefault\\adjustright\\rin0\\lin0\\itap0 "
              "\\rtlch\\fcs1 \\af1 \\ltrch\\fcs0 ")
    h = [simple + "\\b\\f1\\fs40\\lang2057 " + rtf_text(_text.RT_TITLE) + "\\par",
         simple + "\\f1\\fs24\\lang2057 " + rtf_text(_text.RT_PARTNERSHIP + " (FICTIONAL)") + "\\par",
         simple + "\\f1\\fs24\\lang2057 " + rtf_text(_text.RT_SUBTITLE) + "\\par",
         simple + "\\i\\f1\\fs20\\lang2057 " + rtf_text(f"{FICT}. {INVENTED}") + "\\par"]
    for k, (head, items) in enumerate(_text.RT_SECTIONS, 1):
        if head == _text.RT_PAGE_BEFORE:
            h.append(simple + "\\f1\\fs22 {\\rtlch\\fcs1 \\af1 \\ltrch\\fcs0 \\insrsid7301966 \\page }\\par")
        h.append(RT_HEAD + rt_listtext(f"{k}.", True) + rtf_text(head) + "\\par")
        for lab, _w, how in items:
            t = texts[lab]
            if how == "note":
                a, b = halves(t)
                run = (rtf_text(a) + "{\\rtlch\\fcs1 \\af1 \\ltrch\\fcs0 \\cs17\\super\\insrsid5913822 \\chftn "
                       "{\\footnote \\ltrpar \\pard\\plain \\ltrpar\\s18\\ql \\li0\\ri0\\widctlpar\\wrapdefault"
                       "\\adjustright\\rin0\\lin0\\itap0 \\rtlch\\fcs1 \\af1\\afs20 \\ltrch\\fcs0 \\f1\\fs20\\lang2057 "
                       "{\\rtlch\\fcs1 \\af1 \\ltrch\\fcs0 \\cs17\\super\\insrsid5913822 \\chftn }"
                       + rtf_text(" " + _text.RT_NOTE) + "}}" + rtf_text(" " + b))
                run = "{\\*\\bkmkstart " + RT_REF + "}" + run + "{\\*\\bkmkend " + RT_REF + "}"
            elif how == "ref":
                head_, tail = t.split(RT_REF_SENTENCE.split(", as")[0], 1)
                tail = tail.split("2.2 describes", 1)[1]
                run = (rtf_text(head_ + RT_REF_SENTENCE.split(", as")[0] + ", as ") + "{\\field{\\*\\fldinst "
                       "{\\rtlch\\fcs1 \\af1 \\ltrch\\fcs0 \\insrsid5913822  REF " + RT_REF + " \\\\r \\\\h }"
                       "{\\rtlch\\fcs1 \\af1 \\ltrch\\fcs0 \\insrsid5913822 {\\*\\datafield "
                       "08d0c9ea79f9bace118c8200aa004ba90b02000000080000000e0000005f005200650066003100390030003300"
                       "340034003100310032000000}}}{\\fldrslt {\\rtlch\\fcs1 \\af1 \\ltrch\\fcs0 \\insrsid5913822 "
                       "2.2}}}" + rtf_text(" describes" + tail))
            elif how == "link":
                text_, url = _text.RT_LINK
                pre = t[:-len(RT_LINK_SENTENCE.format(text_))]
                run = (rtf_text(pre + "The partnership followed ") + "{\\field\\flddirty{\\*\\fldinst {\\rtlch"
                       "\\fcs1 \\af1 \\ltrch\\fcs0 \\insrsid5913822  HYPERLINK \"" + url + "\" }}{\\fldrslt {"
                       "\\rtlch\\fcs1 \\af1 \\ltrch\\fcs0 \\cs15\\ul\\cf2\\insrsid5913822 " + rtf_esc(text_)
                       + "}}}" + rtf_text(" throughout."))
            elif how == "line":
                a, b = halves(t)
                run = rtf_text(a) + "{\\rtlch\\fcs1 \\af1 \\ltrch\\fcs0 \\insrsid5913822 \\line }" + rtf_text(b)
            else:
                run = rtf_text(t)
            h.append(RT_PARA + rt_listtext(lab, False) + run + "\\par")
            if lab == _text.RT_DATES_AFTER:
                for r, (d, ev) in enumerate(_text.RT_DATES):
                    row = (f"\\trowd \\irow{r}\\irowband{r}\\ltrrow\\ts11\\trgaph108\\trleft0\\trbrdrt\\brdrs\\brdrw10 "
                           "\\trbrdrl\\brdrs\\brdrw10 \\trbrdrb\\brdrs\\brdrw10 \\trbrdrr\\brdrs\\brdrw10 "
                           "\\trftsWidth1\\tblind0\\tblindtype3 \\clvertalt\\clbrdrt\\brdrs\\brdrw10 \\cltxlrtb"
                           "\\clftsWidth3\\clwWidth1800\\cellx1692\\clvertalt\\clbrdrt\\brdrs\\brdrw10 \\cltxlrtb"
                           "\\clftsWidth3\\clwWidth7226\\cellx8918")
                    b_ = "\\b" if r == 0 else ""
                    h.append("\\pard\\plain \\ltrpar\\ql \\li0\\ri0\\widctlpar\\intbl\\wrapdefault\\adjustright"
                             f"\\rin0\\lin0 \\rtlch\\fcs1 \\af1 \\ltrch\\fcs0 {b_}\\f1\\fs20\\lang2057 "
                             + rtf_text(d) + "\\cell " + rtf_text(ev) + "\\cell \\pard\\plain \\ltrpar\\ql \\li0\\ri0"
                             "\\widctlpar\\intbl\\wrapdefault\\adjustright\\rin0\\lin0 {" + row + "\\row }")
    return "\r\n".join(h) + "\r\n"


def make_rtf(out, pm):
    path = out / "rapid.rtf"
    items = [(lab, w) for _h, its in _text.RT_SECTIONS for lab, w, _how in its]
    texts = {lab: pm.make(w, "child") for lab, w in items}
    check_lengths(path.name, list(texts.values()))
    texts["3.1"] = f"{texts['3.1']} {RT_REF_SENTENCE}"
    texts["1.2"] = f"{texts['1.2']} {RT_LINK_SENTENCE.format(_text.RT_LINK[0])}"
    order = [lab for lab, _w in items]
    logo = png(48, 24, (0, 102, 153), (255, 255, 255), 6)
    theme = "{\\*\\themedata 504b030414000600080000002100e9de0fbfff0000001c02000013000000}}"
    rtf = rt_prelude(logo) + rt_body(texts) + theme
    path.write_bytes(rtf.encode("ascii"))
    pages = {lab: 1 if lab < "3" else 2 for lab in order}
    result = [entry(lab, pages[lab], texts[lab]) for lab in order]
    check_count(path.name, result, 10, 20)
    check_rtf(path, result, texts)
    return {
        "note": ("A RAPID REVIEW SAVED BY WORD AS RICH TEXT FORMAT (.rtf: {\\rtf1\\ansi\\ansicpg1252\\uc1 ..., all "
                 "ASCII, CRLF, source lines broken at spaces, which RTF reads as no text). Before the text: the font, "
                 "colour and style tables, \\*\\defchp and \\*\\defpap, a \\*\\listtable (a multilevel list: level 1 "
                 "'\\'02\\'00.;' = '1.', level 2 '\\'03\\'00.\\'01;' = '1.1') and \\*\\listoverridetable, "
                 "\\*\\rsidtbl, \\*\\generator, \\info, the page and section settings, THE \\header GROUP (a PNG "
                 "logo as hex in \\*\\shppict and a metafile in \\nonshppict, tabs, 'OFFICIAL-SENSITIVE "
                 "\\u8211\\'96 Rapid Review Child J') AND THE \\footer GROUP ('Page ' and a PAGE field whose result "
                 "is '1'); a \\*\\themedata group at the end. The title lines and a FICTIONAL line; headings and "
                 "paragraphs in Word's list (\\ls1 with \\outlinelevel0 for headings, \\ls1\\ilvl1 for paragraphs), "
                 "EACH CARRYING ITS PRINTED NUMBER IN A {\\listtext ...2.1\\tab} GROUP (the numbers are in the file "
                 "only there and in the list's definition); apostrophes \\'92, quotation marks \\'93 \\'94, en "
                 "dashes \\u8211\\'96 (a Unicode escape whose fallback character is to be skipped). Traps: a "
                 "FOOTNOTE GROUP {\\footnote ...} after the middle sentence of 2.2 (its text between 2.2's words in "
                 "the source; its mark \\chftn); a bookmark round 2.2 and A REF FIELD IN 3.1 WHOSE RESULT '2.2' "
                 "STANDS IN MID-SENTENCE ('as 2.2 describes'; its \\*\\datafield hex in the instruction); a "
                 "HYPERLINK field ending 1.2; a \\line inside 3.2; a key dates table after 2.3 (\\trowd ... \\cell "
                 "... \\row) whose rows begin '12.01.25', '20.01.25', '04.02.25'; a \\page in a paragraph of its own "
                 "before chapter 3. The host numbers no paragraphs of its own. Not paragraphs: the header, footer, "
                 "title lines, headings, the footnote, the table and the fields' instructions. page = 1 + the \\page "
                 "breaks before the paragraph."),
        "paragraphs": result,
    }


RT_SKIP = {"fonttbl", "colortbl", "stylesheet", "info", "listtable", "listoverridetable", "rsidtbl", "header",
           "footer", "footnote", "pict", "fldinst", "themedata", "generator", "defchp", "defpap", "nonshppict",
           "shppict", "bkmkstart", "bkmkend", "datafield", "wgrffmtfilter"}


def rtf_read(raw):
    """RTF read back by its groups, control words and escapes: the body's paragraphs (text, listtext, \\ls and
    \\ilvl, page, whether a table cell), skipping the destinations a reader does not print."""
    tok = re.compile(r"\\([a-zA-Z]+)(-?\d+)? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|[\r\n]+|([^\\{}\r\n]+)")
    stack, skip, in_lt, uc_skip = [], False, False, 0
    page, paras = 1, []
    cur = {"text": "", "lt": "", "ls": None, "ilvl": 0, "page": 1}
    for m in tok.finditer(raw):
        word, arg, hexc, sym, brace, plain = m.groups()
        if brace == "{":
            stack.append((skip, in_lt))
            continue
        if brace == "}":
            skip, in_lt = stack.pop()
            continue
        if skip:
            continue
        if sym == "*":
            skip = True
            continue
        ch = None
        if word:
            if word in RT_SKIP:
                skip = True
            elif word == "listtext":
                in_lt = True
            elif word in ("par", "cell"):
                cur["cell"] = word == "cell"
                paras.append(cur)
                cur = {"text": "", "lt": "", "ls": None, "ilvl": 0, "page": page}
            elif word == "pard" and not in_lt:
                cur["ls"], cur["ilvl"] = None, 0
            elif word == "ls" and not in_lt:
                cur["ls"] = int(arg)
            elif word == "ilvl" and not in_lt:
                cur["ilvl"] = int(arg)
            elif word == "page":
                page += 1
            elif word in ("tab", "line"):
                ch = "\t" if word == "tab" else " "
            elif word == "u":
                ch, uc_skip = chr(int(arg) % 65536), 2
            continue_ = ch is None
            if continue_:
                continue
        elif hexc:
            ch = bytes([int(hexc, 16)]).decode("cp1252")
        elif sym:
            ch = sym if sym in "\\{}" else None
        elif plain:
            ch = plain
        if ch is None:
            continue
        if uc_skip == 2:
            uc_skip = 1
        elif uc_skip == 1:
            uc_skip = 0
            ch = ch[1:]
        if in_lt:
            cur["lt"] += ch
        else:
            cur["text"] += ch
    return paras


def check_rtf(path, result, texts):
    """The RTF read back with rtf_read: every listtext agrees with Word's list worked out from \\ls1 and \\ilvl;
    the paragraphs whose listtext is "N.N" are the key, whole, with their pages; the header's, footer's and note's
    words are nowhere in the body's paragraphs; the table's rows; every source line is ASCII."""
    raw = path.read_bytes().decode("ascii")
    paras = rtf_read(raw)
    counts, got, heads = [0, 0], [], []
    for p in paras:
        if p["ls"] is None:
            if p["lt"]:
                raise AssertionError("rapid.rtf: listtext outside the list")
            continue
        counts[p["ilvl"]] += 1
        if p["ilvl"] == 0:
            counts[1] = 0
        want = f"{counts[0]}." if p["ilvl"] == 0 else f"{counts[0]}.{counts[1]}"
        if p["lt"] != want + "\t":
            raise AssertionError(f"rapid.rtf: listtext {p['lt']!r} for {want}")
        if p["ilvl"] == 0:
            heads.append(want)
        else:
            got.append([want, p["page"], " ".join(p["text"].split())])
    if got != [[d["label"], d["page"], texts[d["label"]]] for d in result]:
        raise AssertionError(f"rapid.rtf: read back {[(g[0], g[1]) for g in got]}")
    body = " ".join(p["text"] for p in paras)
    cells = [" ".join(p["text"].split()) for p in paras if p.get("cell")]
    if heads != ["1.", "2.", "3.", "4."] or "OFFICIAL" in body or _text.RT_NOTE[:20] in body or \
            cells[2] != _text.RT_DATES[1][0] or "\\footnote" not in raw or "\\u8211\\'96" not in raw:
        raise AssertionError(f"rapid.rtf: layout {heads} {cells[:3]}")


# --------------------------------------------------------------------------
# 5. dhr.xml: a DHR saved by Word 2003 as an XML Document (WordprocessingML 2003)
# --------------------------------------------------------------------------
W3 = "http://schemas.microsoft.com/office/word/2003/wordml"
WX = "http://schemas.microsoft.com/office/word/2003/auxHint"
AML = "http://schemas.microsoft.com/aml/2001/core"
WX_NS = (f'xmlns:w="{W3}" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word" '
         'xmlns:sl="http://schemas.microsoft.com/schemaLibrary/2003/core" '
         f'xmlns:aml="{AML}" xmlns:wx="{WX}" xmlns:o="urn:schemas-microsoft-com:office:office" '
         'xmlns:dt="uuid:C2F41010-65B3-11d1-A29F-00AA00C14882"')
WX_REF = "_Ref190412233"


def wx_r(s, rpr=""):
    return f'<w:r>{f"<w:rPr>{rpr}</w:rPr>" if rpr else ""}<w:t>{xesc(s)}</w:t></w:r>'


def wx_p(runs, style=None, listpr="", extra=""):
    ppr = (f'<w:pStyle w:val="{style}"/>' if style else "") + listpr + extra
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{runs}</w:p>"


def wx_listpr(num, head):
    after = 567 if head else 284
    return (f'<w:listPr><wx:t wx:val="{num}" wx:wTabBefore="0" wx:wTabAfter="{after}"/><wx:font wx:val="Arial"/>'
            '</w:listPr>')


def wx_hdr_ftr(header, page):
    run = wx_r(header, '<w:sz w:val="18"/>')
    return (f'<w:hdr w:type="odd"><w:p><w:pPr><w:pStyle w:val="Header"/><w:jc w:val="right"/></w:pPr>'
            f'{run}</w:p></w:hdr><w:ftr w:type="odd"><w:p><w:pPr><w:pStyle '
            'w:val="Footer"/><w:jc w:val="center"/></w:pPr><w:fldSimple w:instr=" PAGE "><w:r><w:rPr><w:noProof/>'
            f'</w:rPr><w:t>{page}</w:t></w:r></w:fldSimple></w:p></w:ftr>')


WX_SECT = ('<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" '
           'w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:line-pitch="360"/>')


def wx_para_runs(lab, t, how):
    if how == "bookmark":
        w = t.split(" ")
        return (f'<aml:annotation aml:id="0" w:type="Word.Bookmark.Start" w:name="{WX_REF}"/>'
                + wx_r(" ".join(w[:6])) + '<aml:annotation aml:id="0" w:type="Word.Bookmark.End"/>'
                + wx_r(" " + " ".join(w[6:])))
    if how == "endnote":
        return (wx_r(t) + '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnote><w:p><w:pPr>'
                '<w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                f'<w:footnoteRef/></w:r>{wx_r(" " + _text.WX_NOTE)}</w:p></w:footnote></w:r>')
    if how == "comment":
        s = sentences(t)
        return (wx_r(" ".join(s[:-1]) + " ") + '<aml:annotation aml:id="1" w:type="Word.Comment.Start"/>'
                + wx_r(s[-1]) + '<aml:annotation aml:id="1" w:type="Word.Comment.End"/><w:r><w:rPr><w:rStyle '
                'w:val="CommentReference"/></w:rPr><aml:annotation aml:id="1" aml:author="'
                f'{_text.WX_COMMENT_BY}" aml:createdate="2024-11-20T10:15:00Z" w:type="Word.Comment" w:initials="PS">'
                '<aml:content><w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle '
                f'w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>{wx_r(_text.WX_COMMENT)}</w:p>'
                '</aml:content></aml:annotation></w:r>')
    if how == "deleted":
        s = sentences(t)
        first = s[0]
        return (wx_r(first[:-1]) + '<aml:annotation aml:id="2" aml:author="Dr Hollis Marchbank" '
                'aml:createdate="2024-12-03T16:40:00Z" w:type="Word.Deletion"><aml:content><w:r><w:delText> '
                f'{xesc(_text.WX_DELETED)}</w:delText></w:r></aml:content></aml:annotation>'
                + wx_r(". " + " ".join(s[1:])))
    return wx_r(t)


def wx_document(texts, logo_b64, n_words):
    props = ('<o:DocumentProperties><o:Title>' + xesc(_text.WX_TITLE) + '</o:Title><o:Subject>' + xesc(FICT)
             + f'</o:Subject><o:Author>{_text.WX_AUTHOR}</o:Author><o:LastAuthor>{_text.WX_AUTHOR}</o:LastAuthor>'
             '<o:Revision>9</o:Revision><o:TotalTime>312</o:TotalTime><o:Created>2024-10-02T08:51:00Z</o:Created>'
             '<o:LastSaved>2024-12-03T16:44:00Z</o:LastSaved><o:Pages>4</o:Pages>'
             f'<o:Words>{n_words + 150}</o:Words><o:Characters>{6 * n_words}</o:Characters><o:Company>Quenby '
             'Borough Council (FICTIONAL)</o:Company><o:Lines>92</o:Lines><o:Paragraphs>31</o:Paragraphs>'
             '<o:Version>11.5604</o:Version></o:DocumentProperties>')
    fonts = ('<w:fonts><w:defaultFonts w:ascii="Arial" w:fareast="Times New Roman" w:h-ansi="Arial" w:cs="Times New '
             'Roman"/><w:font w:name="Arial"><w:panose-1 w:val="020B0604020202020204"/><w:charset w:val="00"/>'
             '<w:family w:val="Swiss"/><w:pitch w:val="variable"/></w:font></w:fonts>')
    lists = ('<w:lists><w:listDef w:listDefId="0"><w:lsid w:val="41C8126A"/><w:plt w:val="Multilevel"/><w:tmpl '
             'w:val="0809001F"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:pStyle w:val="Heading1"/><w:lvlText '
             'w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:tabs><w:tab w:val="list" w:pos="567"/></w:tabs><w:ind '
             'w:left="567" w:hanging="567"/></w:pPr></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:pStyle '
             'w:val="NumberedPara"/><w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/><w:pPr><w:tabs><w:tab '
             'w:val="list" w:pos="851"/></w:tabs><w:ind w:left="851" w:hanging="851"/></w:pPr></w:lvl>'
             + "".join(f'<w:lvl w:ilvl="{k}"><w:start w:val="1"/><w:lvlText w:val="%1.%2.%{k + 1}"/><w:lvlJc '
                       f'w:val="left"/><w:pPr><w:ind w:left="{1224 + 216 * k}" w:hanging="{648 + 144 * k}"/>'
                       '</w:pPr></w:lvl>' for k in range(2, 9))
             + '</w:listDef><w:list w:ilfo="1"><w:ilst w:val="0"/></w:list></w:lists>')

    def style(kind, sid, name, body, default=False, ui=None):
        dflt = ' w:default="on"' if default else ""
        uin = f'<wx:uiName wx:val="{ui}"/>' if ui else ""
        return f'<w:style w:type="{kind}"{dflt} w:styleId="{sid}"><w:name w:val="{name}"/>{uin}{body}</w:style>'
    styles = ('<w:styles><w:versionOfBuiltInStylenames w:val="4"/><w:latentStyles w:defLockedState="off" '
              'w:latentStyleCount="156"/>'
              + style("paragraph", "Normal", "Normal", '<w:rPr><wx:font wx:val="Arial"/><w:sz w:val="22"/>'
                      '<w:sz-cs w:val="24"/><w:lang w:val="EN-GB" w:fareast="EN-US" w:bidi="AR-SA"/></w:rPr>', True)
              + style("paragraph", "Heading1", "heading 1", '<w:basedOn w:val="Normal"/><w:next '
                      'w:val="NumberedPara"/><w:rsid w:val="00A81C44"/><w:pPr><w:pStyle w:val="Heading1"/>'
                      '<w:keepNext/><w:listPr><w:ilfo w:val="1"/></w:listPr><w:spacing w:before="240" w:after="120"/>'
                      '<w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:kern w:val="32"/><w:sz w:val="28"/></w:rPr>',
                      ui="Heading 1")
              + style("paragraph", "NumberedPara", "Numbered Para", '<w:basedOn w:val="Normal"/><w:rsid '
                      'w:val="00A81C44"/><w:pPr><w:pStyle w:val="NumberedPara"/><w:listPr><w:ilvl w:val="1"/><w:ilfo '
                      'w:val="1"/></w:listPr><w:spacing w:after="160" w:line="276" w:line-rule="auto"/><w:jc '
                      'w:val="both"/></w:pPr>')
              + style("paragraph", "Title", "Title", '<w:basedOn w:val="Normal"/><w:pPr><w:pStyle w:val="Title"/>'
                      '<w:spacing w:before="240" w:after="60"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/>'
                      '</w:pPr><w:rPr><w:b/><w:kern w:val="28"/><w:sz w:val="40"/></w:rPr>')
              + style("paragraph", "SummaryHeading", "Summary Heading", '<w:basedOn w:val="Normal"/><w:next '
                      'w:val="Normal"/><w:pPr><w:pStyle w:val="SummaryHeading"/><w:spacing w:after="120"/></w:pPr>'
                      '<w:rPr><w:b/><w:sz w:val="28"/></w:rPr>')
              + style("paragraph", "Header", "header", '<w:basedOn w:val="Normal"/><w:pPr><w:pStyle '
                      'w:val="Header"/><w:tabs><w:tab w:val="center" w:pos="4153"/><w:tab w:val="right" '
                      'w:pos="8306"/></w:tabs></w:pPr>',
                      ui="Header")
              + style("paragraph", "Footer", "footer", '<w:basedOn w:val="Normal"/><w:pPr><w:pStyle w:val="Footer"/>'
                      '</w:pPr>', ui="Footer")
              + style("paragraph", "FootnoteText", "footnote text", '<w:basedOn w:val="Normal"/><w:pPr><w:pStyle '
                      'w:val="FootnoteText"/></w:pPr><w:rPr><w:sz w:val="20"/></w:rPr>', ui="Footnote Text")
              + style("character", "FootnoteReference", "footnote reference", '<w:basedOn '
                      'w:val="DefaultParagraphFont"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>',
                      ui="Footnote Reference")
              + style("paragraph", "CommentText", "annotation text", '<w:basedOn w:val="Normal"/><w:pPr><w:pStyle '
                      'w:val="CommentText"/></w:pPr><w:rPr><w:sz w:val="20"/></w:rPr>', ui="Comment Text")
              + style("character", "CommentReference", "annotation reference", '<w:basedOn '
                      'w:val="DefaultParagraphFont"/><w:rPr><w:sz w:val="16"/></w:rPr>', ui="Comment Reference")
              + style("character", "DefaultParagraphFont", "Default Paragraph Font", "", True)
              + '</w:styles>')
    docpr = ('<w:docPr><w:view w:val="print"/><w:zoom w:percent="100"/><w:doNotEmbedSystemFonts/><w:proofState '
             'w:spelling="clean" w:grammar="clean"/><w:trackRevisions w:val="off"/><w:defaultTabStop w:val="720"/>'
             '<w:punctuationKerning/><w:characterSpacingControl w:val="DontCompress"/><w:optimizeForBrowser/>'
             '<w:validateAgainstSchema/><w:saveInvalidXML w:val="off"/><w:ignoreMixedContent w:val="off"/>'
             '<w:alwaysShowPlaceholderText w:val="off"/><w:footnotePr><w:footnote w:type="separator"><w:p><w:r>'
             '<w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuation-separator"><w:p><w:r>'
             '<w:continuationSeparator/></w:r></w:p></w:footnote></w:footnotePr><w:compat><w:breakWrappedTables/>'
             '<w:snapToGridInCell/><w:wrapTextWithPunct/><w:useAsianBreakRules/><w:dontGrowAutofit/></w:compat>'
             '<wsp:rsids xmlns:wsp="http://schemas.microsoft.com/office/word/2003/wordml/sp2"><wsp:rsidRoot '
             'wsp:val="00A81C44"/></wsp:rsids></w:docPr>')
    pic = ('<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:pict><w:binData w:name="wordml://01000001.png">'
           f'{logo_b64}</w:binData><v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:72pt;height:36pt">'
           '<v:imagedata src="wordml://01000001.png" o:title="Quenby CSP logo"/></v:shape></w:pict></w:r></w:p>')
    s1 = [pic, wx_p(wx_r(_text.WX_TITLE), "Title"),
          wx_p(wx_r(_text.WX_SUBTITLE), "Title"),
          wx_p(wx_r(f"{_text.WX_CSP} (FICTIONAL)"), extra='<w:jc w:val="center"/>'),
          wx_p(wx_r(_text.WX_AUTHOR), extra='<w:jc w:val="center"/>'),
          wx_p(wx_r(f"{FICT}. {INVENTED}", "<w:i/>"), extra='<w:jc w:val="center"/>'),
          '<w:p><w:r><w:br w:type="page"/></w:r></w:p>',
          wx_p(wx_r(_text.WX_SUMMARY_TITLE), "SummaryHeading"),
          wx_p(wx_r(_text.WX_SUMMARY[0])),
          wx_p(wx_r(_text.WX_SUMMARY[1]), extra=f'<w:sectPr>{wx_hdr_ftr("OFFICIAL", 2)}{WX_SECT}</w:sectPr>')]
    subs = []
    for k, (head, items) in enumerate(_text.WX_CHAPTERS, 1):
        sub = []
        if head == _text.WX_PAGE_BEFORE:
            sub.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
        sub.append(wx_p(wx_r(head), "Heading1", wx_listpr(f"{k}.", True)))
        for lab, _w, how in items:
            sub.append(wx_p(wx_para_runs(lab, texts[lab], how), "NumberedPara", wx_listpr(lab, False)))
        subs.append("<wx:sub-section>" + "".join(sub) + "</wx:sub-section>")
    last = (f'<w:sectPr>{wx_hdr_ftr(_text.WX_HEADER, 1)}{WX_SECT}<w:pgNumType w:start="1"/></w:sectPr>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<?mso-application progid="Word.Document"?>'
            f'\r\n<w:wordDocument {WX_NS} w:macrosPresent="no" w:embeddedObjPresent="no" w:ocxPresent="no" '
            'xml:space="preserve"><w:ignoreSubtree w:val="http://schemas.microsoft.com/office/word/2003/wordml/sp2"/>'
            f'{props}{fonts}{lists}{styles}{docpr}<w:body><wx:sect>{"".join(s1)}</wx:sect><wx:sect>'
            f'{"".join(subs)}{last}</wx:sect></w:body></w:wordDocument>')


def make_wordxml(out, pm):
    path = out / "dhr.xml"
    items = [(lab, w) for _h, its in _text.WX_CHAPTERS for lab, w, _how in its]
    texts = {lab: pm.make(w, "dhr") for lab, w in items}
    order = [lab for lab, _w in items]
    logo = base64.b64encode(png(64, 32, (120, 40, 90), (250, 245, 248), 8)).decode("ascii")
    doc = wx_document(texts, logo, sum(len(t.split()) for t in texts.values()))
    path.write_bytes(doc.encode("utf-8"))
    pages = {lab: 3 if lab < "3" else 4 for lab in order}
    result = [entry(lab, pages[lab], texts[lab]) for lab in order]
    check_lengths(path.name, list(texts.values()))
    check_count(path.name, result, 10, 20)
    check_wordxml(path, result, texts)
    return {
        "note": ("A DOMESTIC HOMICIDE REVIEW SAVED BY WORD 2003 AS AN XML DOCUMENT (.xml: one WordprocessingML 2003 "
                 "file, w:wordDocument with <?mso-application progid='Word.Document'?>, CRLF after the declarations): "
                 "o:DocumentProperties (Pages 4, Version 11.5604), w:fonts, w:lists (a multilevel w:listDef: level "
                 "0 '%1.' for Heading 1, level 1 '%1.%2' for the 'Numbered Para' style; w:list ilfo 1), w:styles "
                 "(the two styles carry w:listPr), w:docPr (its footnote separators are w:p's of their own); the "
                 "body in wx:sect and wx:sub-section wrappers. Section 1: a logo as w:binData (base64 PNG) in a "
                 "w:pict, the title lines, a FICTIONAL line, a page break, an UNNUMBERED 'Summary' of two "
                 "paragraphs, THE SECOND HOLDING SECTION 1's w:sectPr IN ITS w:pPr WITH ITS HEADER 'OFFICIAL' AND "
                 "FOOTER (a PAGE field, '2') AS w:hdr AND w:ftr: their text comes inside that paragraph, before its "
                 "runs. Section 2: chapters 1 to 4, headings numbered by the style's list ('2.'), paragraphs by the "
                 "'Numbered Para' style's list; EACH NUMBERED PARAGRAPH'S PRINTED NUMBER IS ALSO WORD'S HINT "
                 "<wx:t wx:val='2.1'> IN ITS w:listPr (no number is typed); the last w:sectPr after 4.3 with its "
                 "header 'OFFICIAL \u2013 DHR Ms L \u2013 Overview report', footer and w:pgNumType start 1 (the "
                 "printed page numbers restart: the key's pages are the document's). Traps: a bookmark "
                 "(aml:annotation Word.Bookmark.Start/End) round 2.1's first words; 2.2's FOOTNOTE INLINE AFTER ITS "
                 "LAST WORD (<w:footnote> holding its own w:p inside 2.2's run: 'Home Office (2016) ...'); A COMMENT "
                 "AFTER 2.3's LAST WORD (aml:annotation w:type='Word.Comment' whose aml:content holds a w:p) WHOSE "
                 "TEXT OPENS '2.3 and 3.1 both describe the March call ...'; WORDS DELETED AS A TRACKED CHANGE in "
                 "3.2's first sentence (aml:annotation w:type='Word.Deletion', w:delText ' and by the police on two "
                 "other occasions'): the key is the text without them; a page break before chapter 3. The host "
                 "numbers no paragraphs of its own. Not paragraphs: the document properties, lists, styles, docPr, "
                 "picture data, title lines, summary, headers, footers, headings, the footnote and the comment. "
                 "page = 1 + the page breaks and next-page section breaks before the paragraph."),
        "paragraphs": result,
    }


def check_wordxml(path, result, texts):
    """lxml: the body's paragraphs outside footnotes, comments, headers and footers; Word's list numbers worked out
    from w:lists and the styles' w:listPr (counters per list, a level restarting after a shallower one) agree with
    every wx:t hint; the "N.N" paragraphs' w:t text (not w:delText) is the key, whole, with the pages from page
    breaks and section breaks; the header, footnote and comment are inside the body's paragraphs in the file."""
    from lxml import etree
    root = etree.fromstring(path.read_bytes())
    w = f"{{{W3}}}"
    styles = {}
    for st in root.iter(w + "style"):
        lp = st.find(f"{w}pPr/{w}listPr")
        if lp is not None:
            ilvl = lp.find(w + "ilvl")
            styles[st.get(w + "styleId")] = int(ilvl.get(w + "val")) if ilvl is not None else 0
    outside = {w + "footnote", f"{{{AML}}}annotation", w + "hdr", w + "ftr"}
    counts, page, got, heads, hints = [0, 0], 1, [], [], 0
    for p in root.find(w + "body").iter(w + "p"):
        if any(a.tag in outside for a in p.iterancestors()):
            continue
        sid = p.find(f"{w}pPr/{w}pStyle")
        lvl = styles.get(sid.get(w + "val")) if sid is not None else None
        text = "".join(t.text or "" for t in p.iter(w + "t")
                       if not any(a.tag in outside for a in t.iterancestors() if a is not p and p in a.iterancestors()))
        if lvl is not None:
            counts[lvl] += 1
            if lvl == 0:
                counts[1] = 0
            num = f"{counts[0]}." if lvl == 0 else f"{counts[0]}.{counts[1]}"
            hint = p.find(f"{w}pPr/{w}listPr/{{{WX}}}t")
            if hint is None or hint.get(f"{{{WX}}}val") != num:
                raise AssertionError(f"dhr.xml: hint for {num}")
            hints += 1
            if lvl == 0:
                heads.append(num)
            else:
                got.append([num, page, " ".join(text.split())])
        page += len([b for b in p.iter(w + "br") if b.get(w + "type") == "page"])
        page += 1 if p.find(f"{w}pPr/{w}sectPr") is not None else 0
    if got != [[d["label"], d["page"], texts[d["label"]]] for d in result]:
        raise AssertionError(f"dhr.xml: read back {[(g[0], g[1]) for g in got]}")
    raw = path.read_text(encoding="utf-8")
    if heads != ["1.", "2.", "3.", "4."] or hints != 15 or raw.count("<w:footnote>") != 1 or \
            raw.index(_text.WX_COMMENT) < raw.index(">" + texts["2.3"].split(" ")[0]) or \
            raw.count(_text.WX_DELETED) != 1 or raw.index(_text.WX_HEADER) < raw.index(texts["4.3"][-30:]):
        raise AssertionError(f"dhr.xml: layout {heads} {hints}")


def build(out):
    return _harness.build_files(out, ParaMaker(), {"writer.odt": make_writer, "gdocs.odt": make_gdocs,
                                                    "draft.fodt": make_fodt, "rapid.rtf": make_rtf,
                                                    "dhr.xml": make_wordxml})


def main(out: pathlib.Path, determinism: bool = True) -> dict:
    """Build and self-check into ``out``; with ``determinism``, build again elsewhere and compare the bytes."""
    return _harness.build_checked(build, out, "blind68-determinism-", determinism)


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
