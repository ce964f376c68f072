"""Rich Text Format (index/ingest/parse/rtf.py): a FICTIONAL review saved as RTF by Word and by WordPad."""

from __future__ import annotations

from pathlib import Path

import pytest

WORD = r"""{\rtf1\adeflang1025\ansi\ansicpg1252\uc1\adeff0\deff0\stshfdbch0\deflang2057
{\fonttbl{\f0\froman\fcharset0\fprq2 Times New Roman;}{\f1\fswiss\fcharset0\fprq2 Arial;}}
{\colortbl;\red0\green0\blue0;}
{\stylesheet{\ql \f1\fs22 \snext0 Normal;}{\s1\ql\b\f1\fs32 \sbasedon0 \snext0 heading 1;}}
{\*\listtable{\list\listtemplateid1{\listlevel\levelnfc0{\leveltext\'03\'00.\'01;}{\levelnumbers\'01\'03;}}
\listid1}}{\*\listoverridetable{\listoverride\listid1\listoverridecount0\ls1}}
{\info{\title Marshby Child Safeguarding Practice Review (FICTIONAL)}{\author Reviewer}}
{\header \pard\plain \qr\f1\fs16 OFFICIAL SENSITIVE \endash  Marshby CSPR\par}
{\footer \pard\plain \qc\f1\fs16 Page {\field{\*\fldinst PAGE}{\fldrslt 1}}\par}
\pard\plain \s1\ql\b\f1\fs32 1. Introduction\par
\pard\plain \ql\f1\fs22 FICTIONAL: every name in this review is invented.\par
\pard\plain \ql\fi-720\li720\f1\fs22 {\listtext\pard\plain \f1\fs22 1.1\tab}The partnership commissioned this
 review after Kayden, aged four, was found at home with injuries that no one could explain.\par
{\listtext\pard\plain \f1\fs22 1.2\tab}Kayden\'92s mother told the health visitor that he fell from a sofa.
{\super\chftn{\footnote \pard\plain \f1\fs18 {\super\chftn} Working Together to Safeguard Children (2023).}}
 The review found that the explanation was accepted without a check.\par
\pard\plain \ql\f1\fs22 \page\par
\pard\plain \s1\ql\b\f1\fs32 2. Findings\par
\pard\plain \ql\fi-720\li720\f1\fs22 {\listtext\pard\plain \f1\fs22 2.1\tab}The school saw bruising twice and
 recorded it on {\field{\*\fldinst {HYPERLINK "https://fict.example/log"}}{\fldrslt {its own log}}} only.\par
{\listtext\pard\plain \f1\fs22 2.2\tab}Nobody asked the father\u8217?s view.\par
}"""

_DAYS = ("Mrs D lived alone in a ground floor flat and had carers twice a day, in the morning and at tea time.",
         "The carers\\rquote  notes described weight loss over six weeks: her clothes were loose.",
         "The GP was told of the weight loss by letter from the care agency in the fifth week.",
         "The letter was filed with a note that the practice would review her at her next appointment.",
         "No appointment was booked, and the practice did not see Mrs D again before she was admitted.",
         "The district nurses visited for her leg ulcer and recorded that she was eating well.",
         "Her son rang the agency to say that his mother sounded confused on the telephone.",
         "No agency asked whether Mrs D was eating the meals left for her, or why she was not.")
_MORE = (" The review read each agency's records for the whole period and spoke to the staff who knew her; what they"
         " said is set out here as they said it, and the review has not changed it.")
_PAGEBB = "\\pagebb "  # the fifth item starts a page
# WordPad (RichEdit) writes each numbered item's label in a {\pntext} group before the item's text
WORDPAD = ("{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat\\deflang2057{\\fonttbl{\\f0\\fnil\\fcharset0 Calibri;}}\n"
           "{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1\n"
           "\\pard\\sa200\\sl276\\slmult1\\f0\\fs22\\lang9 FICTIONAL review: Lowbridge SAR\\par\n"
           "{\\*\\pn\\pnlvlbody\\pnf0\\pnindent0\\pnstart1\\pndec{\\pntxta.}}\\fi-360\\li720\\sa200\n"
           + "".join(f"{_PAGEBB if k == 5 else ''}{{\\pntext\\f0 {k}.\\tab}}{day}{_MORE}\\par\n"
                     for k, day in enumerate(_DAYS, 1)) + "}")


@pytest.mark.parametrize(("rtf", "labels", "pages"), [(WORD, ["1.1", "1.2", "2.1", "2.2"], [1, 1, 2, 2]),
                                                      (WORDPAD, [str(k) for k in range(1, 9)], [1] * 4 + [2] * 4)],
                         ids=["word", "wordpad"])
def test_an_rtf_reviews_paragraphs_are_read_with_their_printed_numbers(tmp_path: Path, rtf: str, labels, pages):
    """The numbers Word (``\\listtext``) and WordPad (``\\pntext``) print before each item are the paragraphs'
    numbers, and a page break (``\\page``, ``\\pagebb``) starts a page; the header, the footer, the footnote, the
    field's instruction and the tables of fonts, colours, styles and lists are not read; escapes are decoded in the
    file's code page."""
    from inquiry_lessons.index.ingest.parse import parse
    from inquiry_lessons.index.ingest.passages import cut_passages

    path = tmp_path / "fict-review.rtf"
    path.write_text(rtf, encoding="ascii")
    doc = parse(path)
    text = "\n".join(b.text for b in doc.blocks)
    numbered = {p.paragraph: p.text for p in cut_passages(doc.blocks, "fict") if p.paragraph}
    assert list(numbered) == labels
    assert [p.page for p in cut_passages(doc.blocks, "fict") if p.paragraph] == pages  # \page and \pagebb
    for furniture in ("OFFICIAL SENSITIVE", "Page 1", "Working Together", "HYPERLINK", "https://", "Times New Roman",
                      "Calibri", "Riched20", "heading 1", "Reviewer"):
        assert furniture not in text
    if rtf is WORD:
        assert "Kayden’s mother told the health visitor" in numbered["1.2"]
        assert numbered["1.2"].endswith("accepted without a check.")
        assert "recorded it on its own log only." in numbered["2.1"] and "father’s view" in numbered["2.2"]
    else:
        assert numbered["2"].startswith("The carers’ notes described weight loss over six weeks: her clothes were")


def test_an_rtf_files_unescaped_8_bit_characters_are_read_in_its_code_page(tmp_path: Path):
    """RTF should escape every byte over 127 (\\'92), but some writers do not: a raw 0x92 is a right quotation mark
    in Windows-1252, the file's \\ansicpg, not Latin-1's control character."""
    from inquiry_lessons.index.ingest.parse import parse

    path = tmp_path / "fict-raw.rtf"
    path.write_bytes(b"{\\rtf1\\ansi\\ansicpg1252 FICTIONAL: Mrs D\x92s carers wrote it down.\\par}")
    assert "Mrs D\u2019s carers wrote it down." in "\n".join(b.text for b in parse(path).blocks)


def test_a_file_named_rtf_that_is_not_rtf_is_refused_with_one_line(tmp_path: Path):
    from inquiry_lessons.index.errors import CorruptDocument
    from inquiry_lessons.index.ingest.parse import parse

    path = tmp_path / "fict-not.rtf"
    path.write_text("1.1 Plain text, not RTF.\n", encoding="ascii")
    with pytest.raises(CorruptDocument, match="not a readable RTF file"):
        parse(path)
