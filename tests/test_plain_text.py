"""Plain-text reports: headings underlined with a line of dashes, and the closing matter after the last
paragraph (a distribution list, a sign-off), which is no paragraph's text. FICTIONAL text."""

from inquiry_lessons.index.ingest.parse.text import parse_string
from inquiry_lessons.index.ingest.passages import cut_passages

TEXT = """SECTION 2: FINDINGS
-------------------

Para 2.1: The school nurse saw the weight loss and told no one outside the school.

Para 2.2: Visits were arranged in advance, so the home was rarely seen as it usually was.

Para 2.3: No agency held a single chronology until the panel asked for one.

Distribution:
- Independent chair
- Head of service

Signed: Review chair (FICTIONAL)
"""


def test_an_underlined_line_is_a_heading_and_its_underline_no_text() -> None:
    blocks = parse_string(TEXT).blocks
    assert (blocks[0].kind, blocks[0].text) == ("heading", "SECTION 2: FINDINGS")
    assert not any(set(b.text) <= set("- ") for b in blocks)


def test_a_distribution_list_is_not_the_last_paragraph() -> None:
    passages = [p for p in cut_passages(parse_string(TEXT).blocks, "fict") if p.paragraph == "2.3"]
    assert passages and all("Independent chair" not in p.text for p in passages)
    assert passages[-1].text.rstrip().endswith("until the panel asked for one.")


def test_a_converters_markdown_reads_as_it_renders():
    raw = ("---\ntitle: A review (FICTIONAL)\ndate: 2025-04-02\n---\n\nIntroduction\n------------\n\n"
           "12\\. The after-school _club_ saw [the mark](http://example.org).[^1] It\nwas recorded.\\\n"
           "Nobody asked.\n\n<!-- TODO: check -->\n\n[Back to top](#top)\n\n[^1]: Agency chronology.\n")
    blocks = parse_string(raw, markdown=True).blocks
    assert [(b.kind, b.text) for b in blocks] == [
        ("heading", "Introduction"),
        ("para", "12. The after-school club saw the mark. It was recorded. Nobody asked.")]
    # a rule opening the text is no front matter: what follows it is kept
    assert [b.text for b in parse_string("---\n\n1. First.\n\n---\n\n2. Second.\n", markdown=True).blocks] == [
        "1. First.", "2. Second."]


def test_a_heading_that_is_only_a_number_labels_the_paragraph_under_it():
    """A wiki's Markdown: every paragraph under a heading "### 4.2" alone on its line (FICTIONAL text)."""
    raw = "## 4. Findings\n\n" + "".join(
        f"### 4.{n}\n\nThe fictional clinic did not tell the social worker about missed visit {n}.\n\n"
        for n in range(1, 6))
    raw += "A second paragraph of 4.5 follows it.\n"
    passages = cut_passages(parse_string(raw, markdown=True).blocks, "fict")
    assert [(p.paragraph, p.text.split()[0]) for p in passages] == [(f"4.{n}", "The") for n in range(1, 6)]
    assert "A second paragraph" in passages[-1].text


def test_markdown_list_numbers_are_the_ones_a_renderer_shows() -> None:
    """A list counts on from its first item whatever the later items type ("1." for each, a number left from
    an edit); a paragraph at the margin or a heading ends it; ")" items are a list of their own; a paragraph
    set in under an item is the item's own. FICTIONAL text."""
    raw = ("## Findings\n\n1. The nurse saw the mark.\n\n1. The school heard nothing.\n\n"
           "   The head teacher wrote twice.\n\n7. A stale number.\n\nThe panel then met.\n\n"
           "9. A new list starts here.\n\n1. And counts on.\n\n## Next\n\n20. After a heading.\n\n"
           "22) Another list.\n\n1) Its second item.\n")
    passages = cut_passages(parse_string(raw, markdown=True).blocks, "fict")
    got = [(p.paragraph, p.text.split(".")[0]) for p in passages]
    assert got == [("1", "The nurse saw the mark"), ("2", "The school heard nothing"), ("3", "A stale number"),
                   ("9", "A new list starts here"), ("10", "And counts on"),
                   ("20", "After a heading"), ("22", "Another list"), ("23", "Its second item")], got
    assert "The head teacher wrote twice" in passages[1].text and "The panel then met" in passages[2].text


def test_a_pdf_converted_to_markdown_has_its_pages_and_no_running_matter() -> None:
    """pymupdf4llm keeps each page's running head and number, and rules the pages off with dashes."""
    said = ["The nurse saw the bruise.", "The school heard nothing.", "A visit was missed.", "The case was closed."]
    page = "Overview report (FICTIONAL)\n\n**{n}.1** {said}\n\n{n}\n"
    raw = "\n-----\n\n".join(page.format(n=n, said=said[n - 1]) for n in (1, 2, 3, 4))
    passages = cut_passages(parse_string(raw, markdown=True).blocks, "fict")
    assert [(p.paragraph, p.page, p.text) for p in passages] == [(f"{n}.1", n, said[n - 1]) for n in (1, 2, 3, 4)]
    # a Markdown page of sections parted by rules is not paged
    raw = "\n---\n\n".join(f"## Part {n}\n\n{n}.1 The panel met on day {n}." for n in (1, 2, 3, 4))
    assert {p.page for p in cut_passages(parse_string(raw, markdown=True).blocks, "fict")} == {None}
    # marker's paginated output: "{N}" and a rule before each page, counted from 0
    raw = "".join(f"{{{n - 1}}}" + "-" * 48 + f"\n\n{n}.1 {said[n - 1]}\n\n" for n in (1, 2, 3, 4))
    passages = cut_passages(parse_string(raw, markdown=True).blocks, "fict")
    assert [(p.paragraph, p.page, p.text) for p in passages] == [(f"{n}.1", n, said[n - 1]) for n in (1, 2, 3, 4)]


SAID = ["The school nurse saw the weight loss and recorded it at each of her three visits to the family home.",
        "The GP was not told that the family had moved to temporary housing in the autumn of that year.",
        "The housing officer learned of the arrears only when the eviction notice was served on the mother."]


def test_words_unicode_plain_text_has_a_paragraph_to_a_line_and_tables_parted_by_tabs(tmp_path) -> None:
    """Word's "Plain Text" saved as "Unicode": UTF-16 with a byte order mark, no blank lines, each paragraph
    one line, "3.1<TAB>" before its text, and a table's cells parted by tabs."""
    from inquiry_lessons.index.ingest.parse.text import parse_text

    long = [f"{s} {s} {s}" for s in SAID]  # no hard wrap: each paragraph far longer than a line
    lines = ["Safeguarding adults review (FICTIONAL)", "3.\tWhat happened", f"3.1\t{long[0]}", "Table 1: key events",
             "Date\tEvent\tAgency", "14.01.23\tA neighbour calls the police\tPolice",
             "02.03.23\tShe tells her GP she is not sleeping\tGP practice", f"3.2\t{long[1]}",
             "4.\tAnalysis", f"4.1\t{long[2]}", f"4.2\t{long[0]}", f"4.3\t{long[1]}", f"4.4\t{long[2]}"]
    path = tmp_path / "unicode.txt"
    # two pages, each under the same running head (dropped as a PDF's is) and over its number
    page_two = ["Safeguarding adults review (FICTIONAL)", *lines[8:], "2"]
    text = "\r\n".join([*lines[:8], "1"]) + "\f" + "\r\n".join(page_two)
    path.write_bytes(text.encode("utf-16"))  # Python writes the byte order mark first
    passages = cut_passages(parse_text(path).blocks, "fict")
    by = {p.paragraph: p.text for p in passages if p.paragraph}
    assert list(by) == ["3.1", "3.2", "4.1", "4.2", "4.3", "4.4"]
    assert by["3.1"] == long[0] and by["3.2"] == long[1]  # the captioned table is no part of 3.1, "4." none of 3.2


def test_two_columns_set_side_by_side_read_left_then_right() -> None:
    """A two-column page as ``pdftotext -layout`` writes it: a paragraph the left column ends in runs on at the
    top of the right one; the centred title crosses the gutter and stays where it is."""
    import textwrap

    def para(label: str, text: str) -> list[str]:
        return [(f"{label:<6}" if i == 0 else " " * 6) + ln for i, ln in enumerate(textwrap.wrap(text, 38))]

    one, two, three = " ".join(SAID), " ".join(SAID[1:] + SAID[:1]), " ".join(SAID[2:] + SAID[:2])
    left = [*para("1.1", one), "", *para("1.2", f"{two} It went on")]
    right = [*para("", f"into the winter. {three}"), "", *para("1.3", one)]
    n = max(len(left), len(right))
    rows = [f"{a:<48}{b}".rstrip() for a, b in zip(left + [""] * (n - len(left)), right + [""] * (n - len(right)),
                                                       strict=True)]
    page = "              CHILD SAFEGUARDING PRACTICE REVIEW (FICTIONAL)\n\n" + "\n".join(rows) + "\n"
    passages = cut_passages(parse_string(page).blocks, "fict")
    by = {p.paragraph: p.text for p in passages if p.paragraph}
    assert list(by) == ["1.1", "1.2", "1.3"]
    assert by["1.1"] == one and by["1.3"] == one
    assert " ".join(by["1.2"].split()) == f"{two} It went on into the winter. {three}"


ACCESSIBLE = """Review of Mr T (FICTIONAL): accessible text version

--- Page 3 ---

[1.1] The duty team closed the referral after one call.[1] Nobody saw
Mr T at home that winter.

[1.2] The district nurses saw the cold flat but were unsure whom to

--- Page 4 ---

tell. The panel found no record of a shared plan.

[Image: a chart of the agencies' contacts with Mr T by month.]

--- Page 5 ---

[2.1] His niece rang the surgery twice, and both calls were filed.

[1] Agency chronology, March 2024.
"""


def test_an_accessible_text_version_has_its_printed_pages_and_bracketed_numbers() -> None:
    """"[1.2]" numbers a paragraph, "--- Page 4 ---" begins printed page 4 (inside 1.2, which runs on over it), and
    a picture's description is nobody's text (blind round 46)."""
    passages = [p for p in cut_passages(parse_string(ACCESSIBLE).blocks, "t") if p.paragraph]
    assert [(p.paragraph, p.page) for p in passages] == [("1.1", 3), ("1.2", 3), ("2.1", 5)]
    assert passages[1].text.endswith("unsure whom to tell. The panel found no record of a shared plan.")


CASE_NOTES = """Case Notes Report (FICTIONAL)
================================================================================
Note 1 of 3
Date of event:    12/03/2025 16:40        Recorded by: A Worker
Subject:          Review - part 1 of 2
--------------------------------------------------------------------------------
  1.1 The duty team closed the referral after one call. Nobody saw the boy at
  home that winter, and the school's
  (continued in next note)

================================================================================
Note 2 of 3
Date of event:    12/03/2025 16:52        Recorded by: A Worker
Subject:          Review - part 2 of 2
--------------------------------------------------------------------------------
  (continued from previous note)
  concerns went unanswered.

  1.2 The health visitor's letters were filed without being read by anyone in
  the practice.

  1.3 No agency asked the boy what a day at home was like.

================================================================================
Note 3 of 3
Date of event:    13/03/2025 09:30        Recorded by: A Manager
Subject:          Management oversight
--------------------------------------------------------------------------------
  I have read the review with the worker. Paragraph 1.1 is relevant to the plan.
"""


def test_a_report_pasted_over_case_notes_is_read_without_the_notes_fields() -> None:
    """A case-recording system's print (blind round 47): the fields of each note are no text, a paragraph broken
    off "(continued in next note)" carries on in the next, and a note that is not the report's runs into no
    paragraph of it."""
    passages = [p for p in cut_passages(parse_string(CASE_NOTES).blocks, "t") if p.paragraph]
    assert [p.paragraph for p in passages] == ["1.1", "1.2", "1.3"]
    assert passages[-1].text == "No agency asked the boy what a day at home was like."
    assert passages[0].text.endswith("Nobody saw the boy at home that winter, and the school's concerns went "
                                     "unanswered.")


NOTES_APP = """---
tags: [review]
---
# Review of Ms F (FICTIONAL)

==2.1 The surgery== saw the injuries as accidents. %%ask Sam%% The [[Corrimoor|Corrimoor]] team was not told. ^p2-1

> [!note] My note
> 2.2 and 2.1 read together.

2.2 Her [[Gossiby]] GP wrote to nobody. ![[genogram.png]]

2.3 The ==housing officer== visited twice and saw no one.

2.4 Nobody asked her what she wanted.
"""


def test_a_report_kept_in_a_notes_app_is_read_without_the_readers_marks(tmp_path) -> None:
    """Obsidian (blind round 47): a highlight that begins on the number, the reader's comments, callouts and
    embedded files, links to other notes and block ids."""
    from inquiry_lessons.index.ingest.parse import parse

    path = tmp_path / "vault.md"
    path.write_text(NOTES_APP, encoding="utf-8")
    passages = [p for p in cut_passages(parse(path).blocks, "t") if p.paragraph]
    assert [(p.paragraph, p.text) for p in passages] == [
        ("2.1", "The surgery saw the injuries as accidents. The Corrimoor team was not told."),
        ("2.2", "Her Gossiby GP wrote to nobody."), ("2.3", "The housing officer visited twice and saw no one."),
        ("2.4", "Nobody asked her what she wanted.")]


TRANSCRIPT = """Transcript: audio version of a review (FICTIONAL)

[00:00:00] [Music plays]

[00:00:05] NARRATOR: This is the audio version of the review.

[00:00:12] Section 2. Findings.

[00:00:15] Paragraph 2.1. The school nurse saw the weight loss.

[00:00:21] She told no one outside the school, and the record was

[00:00:26] never read by the team.

[00:00:30] Paragraph 2.2. Visits were arranged in advance.

[00:00:33] Paragraph 2.3. No agency held a single chronology.

[00:00:36] [Pause]

[00:00:38] That is the end of the recording.
"""


def test_an_audio_transcript_is_read_without_its_times_and_sound_cues() -> None:
    """The transcript exported with a report's audio version (blind round 48): times, sound cues and the
    speaker's label are no text; a paragraph split over cues, even in mid-sentence, is one paragraph, and a
    sound cue ends it, so the closing words join no paragraph."""
    passages = [p for p in cut_passages(parse_string(TRANSCRIPT).blocks, "t") if p.paragraph]
    assert [p.paragraph for p in passages] == ["2.1", "2.2", "2.3"]
    assert passages[0].text == ("The school nurse saw the weight loss. She told no one outside the school, and the "
                                "record was never read by the team.")
    assert passages[2].text == "No agency held a single chronology."


def test_a_line_printers_overstruck_bold_and_underlining_read_as_the_letters() -> None:
    """A committee report printed to a file by a line-printer driver (blind round 50): bold is each letter struck
    twice ("1\\b1"), underlining "_\\bx"; the number is read once and starts its paragraph. (FICTIONAL.)"""
    def bold(number: str) -> str:
        return "".join(f"{c}\b{c}" for c in number)

    heading = "".join(f"_\b{c}" for c in "FINDINGS")
    text = (f"{heading}\n\n{bold('2.1')}    The health visitor was not told of the move.\n\n"
            f"{bold('2.2')}    The school was told a week late.\n\n{bold('2.3')}    Nobody asked the boy.\n")
    blocks = parse_string(text).blocks
    assert [b.text for b in blocks][:2] == ["FINDINGS", "2.1 The health visitor was not told of the move."]
    assert [p.paragraph for p in cut_passages(blocks, "fict")] == ["2.1", "2.2", "2.3"]


def test_a_typescripts_page_numbers_and_chapter_lines_in_markdown_are_no_paragraphs_words() -> None:
    """A typescript transcribed line for line into Markdown (blind round 50): "- 7 -" where a page ended is no list
    item, and the paragraph it falls inside goes on after it; "CHAPTER 2" alone on its line is a heading, not the
    last words of the paragraph before. (FICTIONAL.)"""
    text = ("1.2   The school saw the bruise and told the\n      nurse.  Nobody told the GP, and the\n- 3 -\n"
            "      family moved in the spring.\n\nCHAPTER 2\n\n2.1   The new school was not told.\n\n"
            "2.2   The nurse was not told.\n")
    paras = {p.paragraph: p.text for p in cut_passages(parse_string(text, markdown=True).blocks, "fict")}
    assert paras["1.2"].endswith("Nobody told the GP, and the family moved in the spring."), paras
    assert list(paras) == ["1.2", "2.1", "2.2"] and paras["2.1"] == "The new school was not told."


HUGO_PARTS = """---
title: "Review (FICTIONAL)"
---

This review is published in parts.

{{< next-part "01" >}}

---
title: "Part 1"
weight: 10
---

## 1. Introduction

1.1 The nurse saw her at home.

1.2 The school heard nothing.
---
title: "Part 2"
---

1.3 Nobody asked her what she wanted.
"""


def test_a_site_generators_part_pages_joined_into_one_file_are_read_without_their_metadata(tmp_path) -> None:
    """A Hugo section's part pages concatenated (blind round 51): each part's front matter and the templates'
    shortcodes are no text, and a part ending straight after a paragraph does not make it a heading."""
    from inquiry_lessons.index.ingest.parse import parse

    path = tmp_path / "collected.md"
    path.write_text(HUGO_PARTS, encoding="utf-8")
    passages = [p for p in cut_passages(parse(path).blocks, "t") if p.paragraph]
    assert [(p.paragraph, p.text) for p in passages] == [
        ("1.1", "The nurse saw her at home."), ("1.2", "The school heard nothing."),
        ("1.3", "Nobody asked her what she wanted.")]


def test_a_records_systems_fixed_width_export_is_read_as_its_text_a_record_per_paragraph() -> None:
    """A report exported from a records system (blind round 52): under the column names and their rule of dashes,
    every row holds a record id, a segment and a type before its text; the columns are the system's, the header
    repeats on each page, and one record (one paragraph) runs over several rows and a page break. (FICTIONAL.)"""
    head = "RECORD-ID       SEG TYP TEXT\n--------------- --- --- ----------------------------------------\n"
    rows = [("000005", "001", "HDG", "1. INTRODUCTION"),
            ("000006", "001", "PAR", "1.1 The care agency was not told of the"),
            ("000006", "002", "PAR", "fall, and the visits went on as before."),
            ("000007", "001", "PAR", "1.2 Her niece phoned the surgery twice."),
            ("000008", "001", "PAR", "1.3 Nobody asked her what she wanted,"),
            ("000008", "002", "PAR", "2.5 miles from her home, where she had")]
    title = "KESSWORTH COUNCIL - RECORDS EXPORT (FICTIONAL)                  PAGE {}\n\n"
    text = title.format(1) + head + "".join(f"SR25-{r}     {s} {t} {x}\n" for r, s, t, x in rows)
    text += "\f" + title.format(2) + head
    text += "SR25-000008     003 PAR lived for forty years.\n"
    passages = [p for p in cut_passages(parse_string(text).blocks, "fict") if p.paragraph]
    assert [p.paragraph for p in passages] == ["1.1", "1.2", "1.3"]
    assert passages[0].text == "The care agency was not told of the fall, and the visits went on as before."
    assert passages[2].text.endswith("2.5 miles from her home, where she had lived for forty years.")
    assert "SR25" not in " ".join(p.text for p in passages)
