from inquiry_lessons.index.ingest.clean import (
    Line,
    drop_contents,
    drop_running_matter,
    is_contents_entry,
    is_page_number,
    is_placeholder,
)
from inquiry_lessons.index.ingest.hyphens import Vocabulary, join_lines


def _page(n: int, body: list[str]) -> list[Line]:
    texts = ["Fictional Review of Testshire", "OFFICIAL", *body, f"Page {n} of 9"]
    return [Line(text=t, page=n) for t in texts]


def test_running_headers_footers_and_page_numbers_dropped():
    words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf"]
    pages = [_page(n, [f"Body line {w} with text.", f"Body line {w} and more."]) for n, w in enumerate(words, 1)]
    kept = drop_running_matter(pages)
    texts = [ln.text for p in kept for ln in p]
    assert all(t.startswith("Body line") for t in texts)
    assert len(texts) == 14


def test_repeated_body_text_is_not_mistaken_for_a_header():
    pages = [[Line(text=f"Paragraph {n} text on the page that is long.", page=n)] * 1 + [Line(text="x y z", page=n)]
             for n in range(1, 3)]
    assert sum(len(p) for p in drop_running_matter(pages)) == 4  # under 3 pages: nothing is "running"


def test_contents_entries_recognised():
    assert is_contents_entry("4.9 Concluding comments ....... 113")
    assert is_contents_entry("Annex B . . . . . . . 57")
    assert is_contents_entry("Foreword ………… ii")
    assert not is_contents_entry("4.9.5 The review identified a theme of factors.")
    assert is_page_number("12") and is_page_number("Page 3 of 60") and is_page_number("- 4 -")
    assert is_page_number("iv") and not is_page_number("Introduction")


def test_contents_page_without_leaders_dropped():
    contents = ["Contents", "1 Introduction 3", "2 Background 5", "3 Findings 9", "4 Analysis 14",
                "4.9 Concluding comments 113", "5 Recommendations 116"]
    page1 = [Line(text=t, page=1) for t in contents]
    page2 = [Line(text="1.1 This review was commissioned in 2013 by the board.", page=2)]
    kept = drop_contents([page1, page2])
    assert kept[0] == []
    assert [ln.text for ln in kept[1]] == ["1.1 This review was commissioned in 2013 by the board."]


def test_dehyphenation_uses_the_document_vocabulary():
    vocab = Vocabulary({"safeguarding", "practice"}, {"multi-agency"})
    assert join_lines("effective safe-", "guarding practice", vocab) == "effective safeguarding practice"
    assert join_lines("effective multi-", "agency working", vocab) == "effective multi-agency working"
    assert join_lines("a self-", "referral", Vocabulary(set(), set())) == "a self-referral"
    assert join_lines("the end.", "Next", vocab) == "the end. Next"


def test_two_whole_words_at_a_line_end_hyphen_are_a_compound_where_the_typesetting_breaks_no_word():
    """fresh52's WPS PDF (after its look): "a second-" / "hand car", in a document whose lines never end in part of a
    word, is "second-hand" (the model's dictionary has no "secondhand"); where the typesetting does break words
    ("protec-" / "tion" elsewhere), the same two lines are one word it broke. A compound's prefix ("multi-" /
    "agency") is no sign of either."""
    from inquiry_lessons.index.ingest.hyphens import word_vocabulary

    plain = word_vocabulary(["he bought a second-", "hand car they could not", "afford, and the multi-", "agency team"])
    assert not plain.hyphenates
    assert join_lines("he bought a second-", "hand car", plain) == "he bought a second-hand car"
    broken = word_vocabulary(["the protec-", "tion plan was", "ended. He bought a second-", "hand car"])
    assert broken.hyphenates
    assert join_lines("he bought a second-", "hand car", broken) == "he bought a secondhand car"
    assert join_lines("the protec-", "tion plan", plain) == "the protection plan"  # no words of their own


def test_a_common_english_word_broken_after_a_prefix_is_joined_and_compounds_are_not():
    # the document never uses "understanding" inside a line: the question model's word list knows it
    none = Vocabulary(set(), set())
    assert join_lines("seeing and under-", "standing children", none) == "seeing and understanding children"
    assert join_lines("was over-", "whelmed by it", none) == "was overwhelmed by it"
    assert join_lines("a follow-", "up visit", none) == "a follow-up visit"
    assert join_lines("the pre-", "birth plan", none) == "the pre-birth plan"
    assert join_lines("the SENCO's co-", "operation", none) == "the SENCO's co-operation"  # a spelling


def test_a_number_word_before_a_line_end_hyphen_makes_a_compound_unless_the_two_are_one_word():
    none = Vocabulary(set(), set())
    assert join_lines("an eighteen-", "week wait", none) == "an eighteen-week wait"
    assert join_lines("a twelve-", "month plan", none) == "a twelve-month plan"
    assert join_lines("aged seven-", "teen", none) == "aged seventeen"


def test_chapter_headers_in_the_margin_band_dropped_even_when_they_change():
    pages = []
    for n in range(1, 41):  # 40 pages: a header must repeat on 10 to count anywhere on the page
        chapter = f"Chapter {1 + (n - 1) // 4}: Part {'ABCDEFGHIJ'[(n - 1) // 4]}"  # changes every 4 pages
        pages.append([Line(text=chapter, page=n, top=20, bottom=30, page_height=800),
                      Line(text=f"Body text number {n} on this page goes here.", page=n, top=100, bottom=110,
                           page_height=800)])
    kept = drop_running_matter(pages)
    assert all(len(p) == 1 and p[0].text.startswith("Body") for p in kept)


def test_a_small_line_in_the_top_margin_is_a_running_header_even_on_two_pages():
    # a two-page report: page 2's header names the report, page 1's does not, so nothing repeats; it is set
    # smaller than the body, in the top margin. A heading at the top of a page is larger, and stays
    def page(n, first, size):
        return [Line(text=first, page=n, top=28, bottom=36, size=size, page_height=842),
                *(Line(text=f"Body line {k} of page {n} reads on.", page=n, top=80 + 14 * k, bottom=90 + 14 * k,
                       size=10, page_height=842) for k in range(20))]

    kept = drop_running_matter([page(1, "Rapid review: learning for the partnership", 14),
                                page(2, "FICTIONAL | Rapid review: Baby R", 8)])
    assert kept[0][0].text.startswith("Rapid review: learning") and kept[1][0].text.startswith("Body line 0")


def test_stamps_and_another_editions_page_marks_are_no_text() -> None:
    """An e-signature service's stamps and a large-print edition's "[Standard print page 10]" lines (blind rounds
    45 and 46); a bracket that says something else stays."""
    for line in ("Docusign Envelope ID: 7E3B9A41-2C5D-4F80", "DocuSigned by:", "[Standard print page 10]",
                 "[Print page 9]"):
        assert is_placeholder(line), line
    assert not is_placeholder("[Page 4 of the chronology was not supplied by the trust.]")
    assert not is_placeholder("DocuSign was used to sign the report.")


def test_a_note_of_paragraphs_withheld_is_no_text_but_a_sentence_about_a_paragraph_removed_is() -> None:
    """A redacted copy's note in place of paragraphs taken out (blind round 47) is no paragraph's text; a line of
    prose that begins the same way, cut at the line's end or going on, stays."""
    for line in ("Paragraphs 4.3 to 4.5 have been withheld under section 40(2) of the Freedom of Information Act "
                 "2000 (personal information about third parties).", "[Paragraph 6.2 has been redacted]",
                 "(Paragraphs 3 and 4 have been omitted.)"):
        assert is_placeholder(line), line
    assert not is_placeholder("Paragraph 12 has been removed from the")
    assert not is_placeholder("Paragraph 12 has been removed from the guidance. It now says nothing of neglect.")


def test_a_line_painted_on_both_sides_of_a_page_edge_is_read_once() -> None:
    """wkhtmltopdf cuts a web page into sheets and paints a line crossing the cut on both: it is read where it starts
    the next page (blind round 45)."""
    from inquiry_lessons.index.ingest.parse.pdf import _once_across_edges

    line = "2.2 The child protection chair noted the weekends spent with an uncle"
    pages = [[Line(text="The end of 2.1.", page=1), Line(text=line, page=1)],
             [Line(text=line, page=2), Line(text="in its records and shared it with nobody.", page=2)]]
    out = _once_across_edges(pages)
    assert [[ln.text for ln in p] for p in out] == [["The end of 2.1."], [line, pages[1][1].text]]
