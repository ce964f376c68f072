from inquiry_lessons.index.ingest.passages import cut_passages
from inquiry_lessons.index.types import Block


def P(text, page=1, kind="para", level=0):
    return Block(text=text, kind=kind, page=page, level=level)


def test_multilevel_numbering_with_bullets_and_page_continuation():
    blocks = [
        P("Foreword by the chair of the board, written before the review began.", 1),
        P("4 Analysis", 2, "heading", 1),
        P("4.9 Concluding comments", 2, "heading", 2),
        P("4.9.4 The panel met eleven times.", 2),
        P("4.9.5 The review identified factors that affected the quality of practice:", 2),
        P("Policy not understood at the front line", 2, "bullet"),
        P("An absence of supervision", 3, "bullet"),
        P("4.9.6 Senior managers did not look at front-line practice and the", 3),
        P("board did not ask them to.", 4),  # continued after a page break
    ]
    ps = cut_passages(blocks, "r")
    by = {p.paragraph: p for p in ps}
    assert by["4.9.5"].text.splitlines() == [
        "The review identified factors that affected the quality of practice:",
        "• Policy not understood at the front line",
        "• An absence of supervision",
    ]
    assert by["4.9.5"].page == 2 and by["4.9.6"].page == 3
    assert "board did not ask them to." in by["4.9.6"].text
    assert by["4.9.5"].section == "4 Analysis > 4.9 Concluding comments"
    fore = [p for p in ps if p.paragraph is None]
    assert len(fore) == 1 and fore[0].page == 1 and fore[0].page_ordinal == 1


def test_single_numbering_needs_a_running_sequence():
    blocks = [P(f"{n}. Paragraph number {n} says Something about practice.") for n in range(1, 13)]
    blocks.insert(5, P("1. A list item inside paragraph five."))
    ps = cut_passages(blocks, "r")
    assert [p.paragraph for p in ps] == [str(n) for n in range(1, 13)]
    assert "1. A list item" in ps[4].text


def test_short_numbered_list_is_not_paragraph_numbering():
    blocks = [P("The panel found three problems."), P("1. Nobody read the file."), P("2. Nobody asked.")]
    assert all(p.paragraph is None for p in cut_passages(blocks, "r"))


def test_recommendation_labels_and_unstyled_numbered_headings():
    blocks = [
        P("5.1 Recommendations"),
        P("5.1.1 The board accepted every recommendation below."),
        P("Recommendation 1: The board should audit supervision each year."),
        P("Recommendation 2"),
        P("Agencies should share missing-episode data weekly."),
        P("5.1.2 Progress will be reported to the board."),
        P("5.1.3 A further review will follow."),
    ]
    ps = cut_passages(blocks, "r")
    refs = [p.paragraph for p in ps]
    assert refs == ["5.1.1", "Recommendation 1", "Recommendation 2", "5.1.2", "5.1.3"]
    assert ps[2].text == "Agencies should share missing-episode data weekly."
    assert ps[0].section == "5.1 Recommendations"


def test_unnumbered_list_stays_with_its_lead_in():
    blocks = [P("Introductory paragraph about the family and the agencies."),
              P("The lessons for practice were these:"), P("Listen to children", kind="bullet"),
              P("Share information early", kind="bullet"), P("A closing paragraph about next steps taken.")]
    ps = cut_passages(blocks, "r")
    assert len(ps) == 3
    assert ps[1].text == "The lessons for practice were these:\n• Listen to children\n• Share information early"


def test_long_paragraph_windows_keep_reference_and_stay_verbatim():
    body = " ".join(f"Sentence {i} describes what the agencies did on that day." for i in range(80))
    blocks = [P("2.1 Short one. " * 3), P("2.2 " + body, 7), P("2.3 After.")]
    ps = cut_passages(blocks, "r", window_words=100, window_overlap=20)
    windows = [p for p in ps if p.paragraph == "2.2"]
    assert len(windows) >= 4
    assert all(w.page == 7 for w in windows)
    assert all(w.text in body for w in windows)
    assert windows[0].text.startswith("Sentence 0") and windows[-1].text.endswith("on that day.")


def test_contents_lines_never_become_passages():
    """Contents entries are dropped by the cleaning stage (run once, in parse) before passages are cut."""
    from inquiry_lessons.index.ingest.clean import drop_contents_blocks

    blocks = [P("4.9 Concluding comments ....... 113"), P("Some real text that is long enough to keep.")]
    cleaned = drop_contents_blocks(blocks)
    assert [p.text for p in cut_passages(cleaned, "r")] == ["Some real text that is long enough to keep."]


def test_word_labelled_paragraph_numbers_are_cited_by_number():
    """ "Paragraph 12" (Word automatic numbering in a Safeguarding Adults Review) is paragraph "12"; a
    sentence that merely starts with "Paragraph 4 of the guidance" is not a label."""
    blocks = [P("Abbreviations used in this report", kind="heading", level=1),
              P("MASH | Multi-Agency Safeguarding Hub")]
    blocks += [P(f"Paragraph {n} The review found something about practice number {n}.") for n in range(1, 10)]
    blocks.insert(6, P("Paragraph 4 of the guidance says that capacity is presumed.", kind="bullet"))
    blocks += [P("Para. 10: Agencies should share what they know.")]
    ps = cut_passages(blocks, "r")
    refs = [p.paragraph for p in ps]
    assert refs == [None] + [str(n) for n in range(1, 11)]
    assert ps[0].text == "MASH | Multi-Agency Safeguarding Hub"
    assert ps[1].text == "The review found something about practice number 1."
    assert "Paragraph 4 of the guidance" in ps[4].text
    assert ps[10].text == "Agencies should share what they know."


def test_recommendation_in_a_table_row():
    blocks = [P(f"{n}. The findings text number {n} is here.") for n in range(1, 10)]
    blocks += [P("Recommendations", kind="heading", level=1), P("Ref | Recommendation"),
               P("Recommendation 1 | The SAB should revise its self-neglect policy."),
               P("Recommendation 2 | The SAB should audit records.")]
    by = {p.paragraph: p for p in cut_passages(blocks, "r")}
    assert by["Recommendation 1"].text == "The SAB should revise its self-neglect policy."
    assert by["Recommendation 2"].text == "The SAB should audit records."


def test_compound_broken_at_its_own_hyphen_keeps_it():
    """A line-end hyphen before fewer than three letters is a compound's ("drop-in"), not hyphenation."""
    from inquiry_lessons.index.ingest.hyphens import Vocabulary, join_lines

    assert join_lines("through drop-", "in sessions", Vocabulary(set(), set())) == "through drop-in sessions"
    assert join_lines("a follow-", "up visit", Vocabulary(set(), set())) == "a follow-up visit"
    assert join_lines("infor-", "mation", Vocabulary({"information"}, set())) == "information"


def test_windows_are_contiguous_when_a_sentence_repeats():
    # The first window's sentence comes back later in the same paragraph: a window found by searching for
    # its first and last sentences would stretch from the first occurrence to the last
    said = "The family said the plan had not changed."
    others = [f"Visit {n} found the flat cold and the children hungry on that occasion." for n in range(60)]
    text = " ".join(said if n % 2 == 0 else others[n] for n in range(60))
    ps = cut_passages([P("7.1 Earlier."), P("7.2 " + text), P("7.3 Later."), P("7.4 After.")], "r")
    windows = [p for p in ps if p.paragraph == "7.2"]
    assert len(windows) >= 3
    for w in windows:
        assert w.text in text and len(w.text.split()) <= 220 + 40 + 20
    assert windows[0].text.startswith(said) and windows[-1].text.endswith(others[59])


def test_three_digit_section_numbers_start_new_paragraphs():
    blocks = [P(f"{s}.{k} Section {s} paragraph {k} Says what happened.", page=s)
              for s in range(98, 103) for k in range(1, 3)]
    ps = cut_passages(blocks, "r")
    assert [(p.paragraph, p.page) for p in ps] == [(f"{s}.{k}", s) for s in range(98, 103) for k in range(1, 3)]


def test_bracketed_paragraph_numbers_as_judgments_print_them():
    said = "The court heard that the agencies did not share what they knew, in paragraph"
    blocks = [P(f"[{n}] {said} {n}.", page=1 + n // 4) for n in range(1, 13)]
    blocks.insert(3, P("The judge then turned to the evidence of the social worker."))  # continues [3]
    ps = cut_passages(blocks, "r")
    assert [p.paragraph for p in ps] == [str(n) for n in range(1, 13)]
    assert ps[2].text.endswith("evidence of the social worker.") and not ps[0].text.startswith("[")


def test_page_numbers_run_into_the_text_are_not_paragraph_numbers():
    # "12 The panel ..." where 12 is the page's own number, run into the first line of its page: left as text
    said = "The panel found that agencies did not share information."
    alone = [P(f"{n} {said}", page=n) for n in range(1, 13)]  # one paragraph a page
    assert all(p.paragraph is None for p in cut_passages(alone, "r"))
    first = [b for n in range(1, 13) for b in (P(f"{n + 4} {said}", page=n),  # printed page numbers from 5
                                               *(P(f"Another paragraph {k} on this page.", page=n) for k in range(3)))]
    assert all(p.paragraph is None for p in cut_passages(first, "r"))  # numbers on a quarter of the paragraphs


def test_numbers_typed_without_a_stop_number_the_document():
    # a Word report whose author typed "12 On ..." before each paragraph: a running sequence over most of them
    blocks = [P("Foreword: this review was commissioned by the partnership.")]
    blocks += [P(f"{n} On the day of visit {n} the health visitor found the home cold.", page=1 + n // 4)
               for n in range(1, 13)]
    blocks.insert(5, P("15 recommendations were made to the partnership, all accepted."))  # continues 4: no label
    ps = cut_passages(blocks, "r")
    assert [p.paragraph for p in ps] == [None, *(str(n) for n in range(1, 13))]
    assert ps[1].text.startswith("On the day of visit 1 ") and ps[4].text.endswith("all accepted.")


def test_multilevel_numbering_that_starts_again_is_not_merged_into_the_last_paragraph():
    # An executive summary numbered 1.1-1.5, then the report itself from 1.1 again, with no heading read
    # between them: the report's paragraphs were taken as ¶1.5's text and cited with its page
    blocks = [P(f"1.{n} Summary paragraph {n}: The agencies did not share information.", 1) for n in range(1, 6)]
    blocks += [P(f"1.{n} Report paragraph {n}: The school did not refer the child.", 2 + n // 3) for n in range(1, 6)]
    blocks += [P("2.1 The next section begins here.", 5), P("1.1 A cross-reference set at a line start.", 5),
               P("2.2 And continues here.", 5)]
    ps = cut_passages(blocks, "r")
    assert [(p.paragraph, p.page) for p in ps] == [
        *[(f"1.{n}", 1) for n in range(1, 6)], *[(f"1.{n}", 2 + n // 3) for n in range(1, 6)], ("2.1", 5), ("2.2", 5)]
    assert all("Summary" not in p.text for p in ps[5:]) and "cross-reference" in ps[10].text


def test_word_labelled_multilevel_numbers():
    blocks = [P(f"Paragraph 3.{n} The panel met the family, meeting {n}.", 3) for n in range(1, 6)]
    blocks += [P("The family said they had not been heard.", 4), P("Para. 4.1 The school's view.", 5)]
    ps = cut_passages(blocks, "r")
    assert [(p.paragraph, p.page) for p in ps] == [*[(f"3.{n}", 3) for n in range(1, 6)], ("4.1", 5)]
    assert ps[4].text.endswith("had not been heard.") and ps[0].text.startswith("The panel")


def test_lettered_paragraph_numbers_between_their_neighbours():
    blocks = [P("4.9.5 The panel found five things."), P("4.9.5a A paragraph added at the last draft."),
              P("4.9.5b And another one."), P("4.9.6 Then the next paragraph."), P("4.9.7 And the last one.")]
    assert [p.paragraph for p in cut_passages(blocks, "r")] == ["4.9.5", "4.9.5a", "4.9.5b", "4.9.6", "4.9.7"]


def test_a_gap_in_the_numbering_does_not_swallow_the_rest_of_the_report():
    # paragraphs 13-16 lost (a text box read as a table, a page of images): 17 onwards were all taken as ¶12
    blocks = [P(f"{n}. Paragraph {n} says the agencies failed to share information.", 1 + n // 5)
              for n in [*range(1, 13), *range(17, 30)]]
    assert [p.paragraph for p in cut_passages(blocks, "r")] == [str(n) for n in [*range(1, 13), *range(17, 30)]]


def test_a_number_out_of_sequence_at_a_line_start_is_not_a_paragraph():
    # "9.1 ..." in section 2 (a cross-reference set at a line's start) used to take 2.5 to 2.7 with it
    blocks = [P(f"2.{n} Paragraph {n}: The agencies failed.", 1) for n in range(1, 5)]
    blocks += [P("9.1 The cross-reference at a line start."), *[P(f"2.{n} Later {n}.", 2) for n in range(5, 8)]]
    blocks += [P(f"2.{n} After a gap {n}.", 3) for n in range(12, 15)] + [P("3.2 The next section, 3.1 a heading.", 4)]
    ps = cut_passages(blocks, "r")
    assert [p.paragraph for p in ps] == ["2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.12", "2.13", "2.14", "3.2"]
    assert ps[3].text.endswith("9.1 The cross-reference at a line start.")


def test_appendices_numbered_after_the_report():
    blocks = [P(f"9.{n} The report's paragraph {n}.", 1) for n in range(1, 4)]
    blocks += [P("A.1 The terms of reference.", 2), P("B.1 The panel's membership.", 3), P("B.2 Its meetings.", 3)]
    assert [p.paragraph for p in cut_passages(blocks, "r")] == ["9.1", "9.2", "9.3", "A.1", "B.1", "B.2"]


def test_a_version_number_in_a_document_control_table_is_no_paragraph_number():
    # "1.0 15/01/2024 Submitted" (a document control table's last row) before the report's ¶1.1
    blocks = [P("1.0 15/01/2024 Independent chair Submitted to the Home Office")]
    blocks += [P(f"1.{n} The panel found that the agencies did not share information.") for n in range(1, 6)]
    ps = cut_passages(blocks, "r")
    assert [p.paragraph for p in ps] == [None, "1.1", "1.2", "1.3", "1.4", "1.5"]


def test_numbers_in_round_brackets_number_paragraphs():
    blocks = [P(f"({n}) The panel found that the agencies did not share information.") for n in range(1, 11)]
    blocks.insert(4, P("those words stayed with the panel, and the review returns to them later."))  # continues (4)
    ps = cut_passages(blocks, "r")
    assert [p.paragraph for p in ps] == [str(n) for n in range(1, 11)]
    assert ps[3].text.endswith("returns to them later.") and not ps[0].text.startswith("(")


def test_an_executive_summarys_es_numbers_come_before_the_reports_own():
    blocks = [P(f"ES{n} The summary finds that the agencies did not share information.") for n in range(1, 5)]
    blocks += [P(f"1.{n} The report finds that the school did not refer the child.", 2) for n in range(1, 5)]
    assert [p.paragraph for p in cut_passages(blocks, "r")] == [*(f"ES{n}" for n in range(1, 5)),
                                                                *(f"1.{n}" for n in range(1, 5))]


def test_a_figures_caption_is_no_part_of_the_paragraph_it_interrupts():
    blocks = [P("3.1 The panel found that the agencies did not share"),
              P("Figure 1: Contacts with the family by service, 2022 to 2024"),
              P("what they knew about the family.")]
    blocks += [P(f"3.{n} The school referred the child twice.") for n in range(2, 5)]
    ps = cut_passages(blocks, "r")
    assert [p.paragraph for p in ps] == ["3.1", "3.2", "3.3", "3.4"]
    assert "Figure" not in ps[0].text and ps[0].text.endswith("what they knew about the family.")
    # a sentence that begins by naming a table is text
    blocks.insert(1, P("Table 2 shows the contacts by year."))
    assert any(p.text.splitlines()[0] == "Table 2 shows the contacts by year." for p in cut_passages(blocks, "r"))


def test_a_chapter_title_typed_as_body_text_ends_the_paragraph_before_it():
    # "4. What we have learned" between ¶3.4 and ¶4.1 (a review pasted into an e-mail from its PDF)
    blocks = [P(f"3.{n} The panel found that the agencies did not share information.") for n in range(1, 5)]
    blocks += [P("4. What we have learned"), P("4.1 The review found that the school referred twice.")]
    ps = cut_passages(blocks, "r")
    assert [p.paragraph for p in ps] == ["3.1", "3.2", "3.3", "3.4", "4.1"]
    assert "learned" not in ps[3].text and ps[4].section == "4. What we have learned"


def test_a_letters_closing_and_the_lines_after_the_last_paragraph_are_no_paragraphs_text():
    body = [P(f"{n}. The panel found that the agencies did not share information.") for n in range(1, 11)]
    for tail in ([P("Kind regards,"), P("Business Support Team"),
                  P("This email and any attachments are confidential and intended solely for the addressee.")],
                 [P("Kind regards, Priya"), P("Priya Venn | Business Manager")],  # the name on its line (blind 52)
                 [P("Corrimoor Safeguarding Adults Board, Fennowick House, Drisdale")]):
        ps = cut_passages(body + tail, "r")
        assert ps[9].paragraph == "10" and ps[9].text.endswith("did not share information."), tail
    # a paragraph that goes on after its list is not closing matter
    ps = cut_passages([*body, P("The agencies were:"), P("the school", kind="bullet"), P("and the police.")], "r")
    assert ps[-1].paragraph == "10" and ps[-1].text.endswith("and the police.")


def test_section_sign_numbers_and_sub_paragraphs_printed_with_their_paragraphs_number():
    blocks = [P(f"§\u00a0{n} The panel found that the agencies did not share information.") for n in range(1, 11)]
    blocks.insert(2, P("§ 1 above, and it mattered, because no one asked her."))  # a cross-reference's line
    ps = cut_passages(blocks, "r")
    assert [p.paragraph for p in ps] == [str(n) for n in range(1, 11)] and ps[1].text.endswith("no one asked her.")
    blocks = [P(f"{n}. The school did not refer the child.") for n in range(1, 5)]
    blocks += [P("5. The panel found three failings:"),
              P("5(a) The school did not refer the child.", kind="bullet"),
              P("5(b) The GP did not see the child alone.", kind="bullet"),
              P("6. As paragraph 5(b) explains, the GP was not told."), P("7(a) A sub-paragraph of another number.")]
    blocks += [P(f"{n}. The school did not refer the child.") for n in range(7, 11)]
    ps = cut_passages(blocks, "r")
    assert [p.paragraph for p in ps] == ["1", "2", "3", "4", "5", "5(a)", "5(b)", *(str(n) for n in range(6, 11))]
    assert ps[5].text == "The school did not refer the child." and "7(a)" in ps[7].text


def test_a_pull_quote_in_large_type_repeating_another_pages_sentence_is_left_out():
    from inquiry_lessons.index.ingest.parse.asides import repeated_quotes

    later = ("4.2 Noah could not tell anyone what was happening, so his behaviour had to speak for him, and it was "
             "read as noise.")
    blocks = [P("3.1 The school recorded his absence as authorised and posted work packs to the"),
              P("Noah could not tell anyone", kind="heading", level=3), P("what was happening, so his"),
              P("behaviour had to speak for him."), P("guest house every week."), P(later, page=2)]
    kept = repeated_quotes(blocks)
    assert [b.text for b in kept] == [blocks[0].text, "guest house every week.", later]
    # short lines that repeat nothing are text
    plain = [blocks[0], P("Early help"), P("The school referred him twice.")]
    assert repeated_quotes(plain) == plain


def test_a_forms_field_lines_and_a_tables_rows_are_not_the_paragraph_before_them():
    # a committee's cover report: "Background papers: none" after its last paragraph; a table after its caption
    body = [P(f"{n}. The panel found that the agencies did not share information.") for n in range(1, 10)]
    tail = [P("Background papers: none"), P("Contact officer: Dana Fictional, Head of Community Safety, 01632 960377")]
    ps = cut_passages(body + tail + [P("10. The board agreed the plan.")], "r")
    assert [p.paragraph for p in ps if p.paragraph] == [str(n) for n in range(1, 11)]
    assert "Background" not in ps[8].text and any(p.text.startswith("Background papers") for p in ps)
    table = [P("Table 2.1: Agencies that contributed to the review"),
             P("Agency Contribution Fictional Council adult social care Chronology, report and interviews")]
    ps = cut_passages(body + table + [P("10. The board agreed the plan.")], "r")
    assert "Chronology" not in ps[8].text and [p.paragraph for p in ps if p.paragraph] == [str(n) for n in range(1, 11)]


def test_a_table_on_a_later_page_than_the_finished_paragraph_is_not_its_text():
    # a publication pack: the review's last paragraph, then the action plan's table on a page of its own
    rows = [Block(text=t, page=6, table=6) for t in ("No. | Recommendation | Report para. | Lead agency",
                                                     "1. The board should agree a checklist. | 4.2 | Council")]
    blocks = [*(P(f"4.{n} The panel met on the {n}th day of the review.", 3) for n in range(1, 6)),
              P("5.1 The panel met eleven times.", 4), P("5.2 Nobody asked her what a good day looked like.", 4), *rows]
    by = {p.paragraph: p for p in cut_passages(blocks, "r")}
    assert by["5.2"].text == "Nobody asked her what a good day looked like."
    # a PDF's rows carry no table mark, only their cells: "a | b | c"
    plain = [*blocks[:7], *(Block(text=r.text, page=6) for r in rows)]
    assert {p.paragraph: p for p in cut_passages(plain, "r")}["5.2"].text == by["5.2"].text


def test_a_scans_text_layer_lost_stop_year_heading_and_a_withheld_paragraph():
    # a searchable scan's layer: "44 The ..." after "43. ...", a bold year heading read as plain text; and a
    # redacted review's "3.17 [This paragraph has been redacted]", still numbered (all FICTIONAL)
    blocks = [*(P(f"{n}. The panel met on day {n} and heard from the agencies.") for n in range(1, 44)),
              P("2018"), P("44 The learning the board will share is that:"),
              P("45. Arthur's sister asked the review to say that she rang because she was frightened.")]
    by = {p.paragraph: p for p in cut_passages(blocks, "r")}
    assert list(by)[-6:] == ["40", "41", "42", "43", "44", "45"] and "2018" not in by["43"].text
    withheld = [P(f"3.{n} The review heard from the school on day {n}.") for n in range(1, 17)]
    withheld += [P("3.17 [This paragraph has been redacted]"), P("3.18 The EDT record was sent to the MASH.")]
    assert [p.paragraph for p in cut_passages(withheld, "r")][-3:] == ["3.16", "3.17", "3.18"]


def test_a_box_set_in_the_middle_of_a_sentence_is_set_aside_and_the_paragraph_goes_on_after_it():
    # a designed review's pull quote between two lines of a paragraph, its first line read as a heading and its
    # attribution as a list item; a web page's case-study box (all FICTIONAL)
    blocks = [P("3.2 The panel heard from the recovery service about the pile of unopened post."),
              P("3.3 The community nursing service recognised the importance of the husband's exhaustion. The "
                "occupational therapist showed good practice by"),
              P("“He was always polite at the door, so we thought he was", kind="heading", level=2),
              P("managing.”"), P("a housing officer at the learning event", kind="bullet"),
              P("returning to the flat without being asked. The chair recorded that conclusion in December."),
              P("3.4 The recovery service did not know that other services were worried.")]
    got = cut_passages(blocks, "r")
    by = {p.paragraph: p for p in got}
    assert list(by) == ["3.2", "3.3", None, "3.4"]
    assert by["3.3"].text.endswith("good practice by\nreturning to the flat without being asked. The chair "
                                   "recorded that conclusion in December.")
    assert by[None].text.startswith("“He was always polite") and "housing officer" in by[None].text
    assert by[None].section == by["3.3"].section  # the quote's first line is no heading of what follows
    # a list under a lead-in that has no colon, and a numbered paragraph between, are never a box
    listed = [P("2.1 The panel found that the agencies each held part of the picture and"),
              P("the school knew of the bruises", kind="bullet"), P("police knew of the calls", kind="bullet"),
              P("and that nobody held it all."), *(P(f"2.{n} The school referred the child twice.") for n in (2, 3))]
    assert [p.paragraph for p in cut_passages(listed, "r")] == ["2.1", "2.2", "2.3"]
    numbered = [P("2.1 The panel found that the agencies each held part of the picture and"),
                P("2.2 The school knew of the bruises."), P("and the police of the calls that came at night."),
                P("2.3 The school referred the child twice.")]
    assert [p.paragraph for p in cut_passages(numbered, "r")] == ["2.1", "2.2", "2.3"]
    # a typescript's lines, each a paragraph of its own, are no box: none of them ends a sentence
    typed = [P("4.1 The Orrinsby committee decided in the March of that year"),
             P("2009 to hold a serious case review after Edna, a woman of"),
             P("seventy-nine, was found by a home carer lying on the floor."),
             *(P(f"4.{n} The school referred the child twice.") for n in (2, 3))]
    got = cut_passages(typed, "r")
    assert [p.paragraph for p in got] == ["4.1", "4.2", "4.3"] and "2009 to hold" in got[0].text


def test_a_forms_short_numbered_addressees_under_a_lead_in_are_a_list_not_paragraphs():
    # a coroner's report to prevent future deaths (FICTIONAL): its addressees, then matters of concern "(1)" ...
    blocks = [P("THIS REPORT IS BEING SENT TO:"), P("1. The Chief Executive, Harrowmere NHS Trust (FICTIONAL)"),
              P("2. The Chief Constable, Harrowmere Constabulary (FICTIONAL)"),
              P("CORONER'S CONCERNS", kind="heading", level=1),
              *(P(f"({n}) The court heard that the checklist had no place for matter {n}.") for n in range(1, 11))]
    got = cut_passages(blocks, "r")
    assert [p.paragraph for p in got] == [None, *(str(n) for n in range(1, 11))]
    assert got[0].text.endswith("TO:\n1. The Chief Executive, Harrowmere NHS Trust (FICTIONAL)\n"
                                "2. The Chief Constable, Harrowmere Constabulary (FICTIONAL)")
    # items that are sentences are not joined to their lead-in
    recs = [P("The review makes these recommendations:"),
            *(P(f"{n}. The board should audit discharge letter {n}.") for n in range(1, 6))]
    assert len(cut_passages(recs, "r")) == 5


def test_an_appendix_numbering_its_paragraphs_from_one_again_keeps_its_numbers():
    """A thematic review numbered "2.1" reprinting case summaries as appendices, each numbered 1., 2. again (blind
    round 51): the appendices' numbers are their own paragraphs', printed again in each; a list counting from 1
    inside the body is not."""
    blocks = [P("2. Themes", 1, "heading", 1), P("2.1 Agencies did not share what they knew.", 1),
              P("1. First item of a list in the body.", 1), P("2. Second item.", 1),
              P("2.2 Nobody asked the children.", 1),
              P("2.3 Supervision was rare.", 1),
              P("Appendix 1 – Case A", 2, "heading", 1), P("1. The nurse saw her at home.", 2),
              P("2. The school heard nothing.", 2),
              P("Appendix 2 – Case B", 3, "heading", 1), P("1. The police attended twice.", 3),
              P("2. No referral was made.", 3), P("3. The case was closed.", 3)]
    got = [(p.paragraph, p.page) for p in cut_passages(blocks, "r") if p.paragraph]
    assert got == [("2.1", 1), ("2.2", 1), ("2.3", 1), ("1", 2), ("2", 2), ("1", 3), ("2", 3), ("3", 3)]


def test_a_glossary_term_in_a_row_of_its_own_heads_its_definition():
    """fresh47's Fallowford (an Umbraco page's glossary, each <dt> and <dd> pair wrapped in a <div>, as HTML5 allows):
    the term "Faltering growth", too short to be a passage of its own, joined the short row before it, and its
    definition stood alone. A short scrap that ends no sentence and is followed by an unnumbered passage opening with a
    capital heads that passage; a scrap that ends a sentence still joins the short row before it."""
    from inquiry_lessons.index.ingest.parse.html import parse_html_bytes

    rows = [("FSCP", "Fallowford Safeguarding Children Partnership: the council, police and health bodies"),
            ("Faltering growth", "Weight gain in a baby or young child that is slower than expected")]
    page = "<html><body><h2>Glossary</h2><dl>" + "".join(
        f"<div><dt>{term}</dt><dd>{meaning}</dd></div>" for term, meaning in rows) + "</dl></body></html>"
    texts = [p.text for p in cut_passages(parse_html_bytes(page, "fictional.html").blocks, "r")]
    assert "Faltering growth\nWeight gain in a baby" in "\n\n".join(texts), texts
    assert not any(t.endswith("Faltering growth") for t in texts), texts
    ps = cut_passages([P("Several agencies were involved over many months in all."), P("They met twice."),
                       P("The family moved away in the spring of that year.")], "r")
    assert [p.text for p in ps] == ["Several agencies were involved over many months in all.\nThey met twice.",
                                    "The family moved away in the spring of that year."]
