"""What is not a finding never becomes a factor or a daily lesson."""

from __future__ import annotations

import pytest

from inquiry_lessons.index.answer.findings import (
    card_is_finding,
    is_acronym_row,
    is_title_like,
    reports_later_work,
    unit_is_finding,
)
from inquiry_lessons.index.types import CardMeta, Passage


def test_glossary_rows_and_titles_are_not_findings():
    assert is_acronym_row("WNB | Was Not Brought: a child not taken to an appointment")
    assert is_acronym_row("MASH: Multi-Agency Safeguarding Hub")
    assert is_acronym_row("CSE – child sexual exploitation")
    assert not is_acronym_row("Recommendation 3: the board should review its escalation policy.")
    assert not is_acronym_row("Supervision was rare and focused on tasks.")
    assert is_title_like("Serious Case Review: Child B and Child C, Northmoor")
    assert not is_title_like("Supervision of practitioners was regular but task-focused.")
    assert is_title_like("Greyhaven Safeguarding Children Partnership (fictional)")  # a title page's line
    assert is_title_like("Child Safeguarding Practice Review (2019)")
    assert not is_title_like("The panel met the family twice (in May and June)")
    body = Passage(report_id="r", text="x", section="4 Findings > 4.2 Information sharing")
    glossary = Passage(report_id="r", text="x", section="Glossary of terms")
    assert unit_is_finding("Information was not shared between the school and the GP.", body)
    assert not unit_is_finding("Information was not shared between the school and the GP.", glossary)
    # a title page's line under the title alone; the same words in the body are a finding
    title_page = Passage(report_id="r", text="x", section="Safeguarding Adults Review: Walter", page=1)
    assert not unit_is_finding("Review completed August 2026; agreed by the Board for publication", title_page)
    assert unit_is_finding("The review found that the bank was not told the outcome.", title_page)
    later = Passage(report_id="r", text="x", section="Safeguarding Adults Review: Walter > Summary", page=1)
    assert unit_is_finding("Review completed August 2026; agreed by the Board for publication", later)
    # a web page's lines under its title (no pages), and its "On this page" list (fresh30's Loxwell page, after its
    # look: "Commissioned jointly by the partnership and the trust" ranked above the answering list)
    web_title = Passage(report_id="r", text="x", section="Independent Learning Review: Fellgate (fictional)")
    assert not unit_is_finding("Commissioned jointly by the partnership and the trust", web_title)
    assert unit_is_finding("The school did not tell the designated officer.", web_title)
    on_this_page = Passage(report_id="r", text="x", section="Independent Learning Review: Fellgate > On this page")
    assert not unit_is_finding("Findings", on_this_page) and not unit_is_finding("What happened next", on_this_page)
    # a withheld paragraph keeps its number, but its note is no finding: "3.17 [This paragraph has been redacted]"
    assert not unit_is_finding("[This paragraph has been redacted]", body)
    assert unit_is_finding("The worker [name redacted] did not visit the home again.", body)


def test_context_cards_and_later_reviews_are_not_findings():
    def card(text: str, kind: str) -> Passage:
        return Passage(report_id="r", text=text, source_kind="summary", card=CardMeta(card="r#1", kind=kind))

    assert card_is_finding(card("Supervision was rare.", "finding"), 2013)
    assert not card_is_finding(card("The inquiry spoke to 170 people.", "context"), 2013)
    later = "A 2024 review found about 127 potential victims referred by the NHS."
    assert reports_later_work(later, 2013) and not card_is_finding(card(later, "finding"), 2013)
    assert not reports_later_work("Between 2004 and 2010 the review found repeated failures.", 2013)
    # how many recommendations a report made, and how they were received, says nothing they recommend
    for counted in ("The inquiry made 15 recommendations, which the council accepted in full.",
                    "The review makes twelve recommendations.", "It sets out 9 recommendations for the board."):
        assert not card_is_finding(card(counted, "recommendation"), 2013), counted
    for apt in ("The 108 recommendations included a children's commissioner heading a national agency.",
                "The review made 12 recommendations, including a single front door for exploitation.",
                "Police forces and councils should collect data on all known or suspected CSE."):
        assert card_is_finding(card(apt, "recommendation"), 2013), apt


def test_a_questions_focus_leaves_out_asking_words_in_any_form_and_halves_of_contractions():
    # "won't" gave "won", a word the store never uses, counted as the question's rarest topic
    from inquiry_lessons.index.answer.support import focus_of

    focus = focus_of("What happens to family support when parents won't take part, and who is getting help?",
                     lambda terms: dict.fromkeys(terms, 1.0))
    assert set(focus.weights) == {"famili", "support", "parent", "take", "part", "help"}
    # typed in chat without the apostrophe ("didnt", "wasnt"): no topic either
    focus = focus_of("why didnt the nurse refer her, and why wasnt the school told?",
                     lambda terms: dict.fromkeys(terms, 1.0))
    assert set(focus.weights) == {"nurs", "refer", "school", "told"}


def test_a_near_synonym_from_the_thesaurus_carries_a_question_word():
    # "his nan" where the report says "his grandmother": covered, and not a word the store never uses
    from inquiry_lessons.index.answer.expand import Thesaurus
    from inquiry_lessons.index.answer.support import focus_of

    alternates = Thesaurus([["grandmother", "gran", "nan"], ["a&e", "emergency department"]]).word_alternates
    assert "emerg" not in alternates.get("a&e", frozenset())  # phrases of several words are matched by BM25 only
    focus = focus_of("Why was his nan never asked about the bruises?", lambda terms: dict.fromkeys(terms, 1.0),
                     {"grandmoth": 3, "bruis": 2, "never": 9, "ask": 9}, alternates)
    assert focus.unknown == 0.0
    with_synonym, without = focus.coverages(["His grandmother was never asked about the bruises.",
                                             "Nobody asked about the bruises."])
    assert with_synonym == 1.0 and without < 1.0


def test_a_name_says_whose_case_not_what_is_asked():
    # "was linda having her eye screening" about a report on Linda: her name, in every sentence about her,
    # must not carry the question; words the passages also use in lower case are topics, not names
    from inquiry_lessons.index.answer.support import focus_of, proper_names

    texts = ["The housing officer visited Linda at Marlowe Court in May.",
             "Linda told the nurse that she was managing. Her daughter rang Linda twice.",
             "Nurses at Marlowe Court recorded no concerns. Linda was not seen.",
             "A screening appointment was missed. The Court heard the case in June; the court adjourned."]
    assert proper_names(["linda", "marlow", "court", "screen", "nurs"], texts) == {"linda", "marlow"}
    idf = lambda terms: dict.fromkeys(terms, 1.0)  # noqa: E731
    question = "was linda having her eye screening done at home?"
    plain, named = focus_of(question, idf), focus_of(question, idf, texts=texts, name_weight=0.3)
    assert plain.weights["linda"] == 1.0 and named.weights["linda"] == 0.3
    sentence = ["Linda was not seen by the nurse."]
    assert named.coverages(sentence)[0] < plain.coverages(sentence)[0]
    assert focus_of(question, idf, texts=texts).weights == plain.weights  # weight 1.0: as before


@pytest.mark.parametrize(("question", "remit"), [
    ("what were the terms of ref for the 2011 SCR on the pregnant 15 year old?", True),
    ("what was the ToR for the review into the man at the care home?", True),
    ("What was the Part 8 panel asked to look at?", True),
    ("what was the review of her death set up to look into?", True),
    ("what was the board asking the reviewer to look at in the one about the lad in the flats?", True),
    ("did the GP ask the mum to look at the rash?", False),
    ("was the mum asked to consider a refuge?", False),  # asked to, but not the review
    ("the GP was asked to look into the bruise after the review", False),
    # fresh33 zm13, fresh35 zo03, fresh36 zp03, fresh27 zg17, fresh29 zi03 (seen): a brief, an investigator, a probe
    ("what was the brief for whoever wrote up the lad killed in the park?", True),
    ("what was the investigator told to examine in the orchard court death?", True),
    ("what was the patient safety probe at wraxby asked to cover?", True),
    ("need a brief for the team on the lad killed in the park", False),
    ("what was the nurse told to cover at the visit?", False),
    # a write up (fresh40 zt09, after its look)
    ("what was the thurlbeck write up meant to get to the bottom of, for the old pair", True),
    ("the write up of the visit was meant to go to the gp", False),
    # who ordered it, and what they were trying to find out (fresh41 zu09, after its look)
    ("what were the people who ordered the brockhithe review trying to find out, about the lad", True),
    ("the council ordered the review to be published, hoping to reassure parents", False),
    ("the gp ordered the tests, trying to find out why she was tired", False),
    # a case commissioned to look into something (fresh43 zw15, after its look)
    ("what was the lindenhurst rich kid case commissioned to dig into", True),
    # "tasked with" and a gerund (fresh48 yb03, after its look); a review tasked with nothing asked of is no remit
    ("what was the larchford reviewer actually tasked with looking into", True),
    ("the panel was charged with examining what, exactly", True),
    ("the review tasked with a big job found that staff looked into it", False),
    ("in the lindenhurst case, what were the police asked to investigate", False),
    # set up to explore (fresh45 zy16), what the commissioners hoped or wanted looked at (fresh4 i24, fresh20 z24),
    # after fresh45's look, when a remit stopped being a factor for other questions
    ("practice educator. what was the orbridge write up about the woman who kept dialling 999 set up to explore", True),
    ("What were the Greyhaven partners hoping the Child J reviewer would look into?", True),
    ("what did the people who commissioned the Skerrabay review want looked at?", True),
    ("the mum was hoping the social worker would look into the school", False),
    ("the gp ordered a scan and wanted the bruising looked at", False),
    # an independent person told to dig into something; a board asking its reviewer to cover something (fresh50 yd03,
    # yd16, after its look)
    ("new chair of our learning group. what exactly was the pellmoor independent person told to dig into", True),
    ("sab support officer. what did the board ask the harbury reviewer to cover", True),
    ("an independent person told us to look into the complaint ourselves", False),
    ("did the gp ask the nurse to look at his ankles", False),
    # a reviewer there to dig into something (fresh52 yf03, after its look); a worker there to look is no remit
    ("new member of the cspr panel. what was the kelwick reviewer actually there to dig into", True),
    ("was the social worker there to look at the bruises", False),
])
def test_a_question_on_what_the_review_was_asked_to_do(question: str, remit: bool) -> None:
    from inquiry_lessons.index.answer.findings import REMIT_QUESTION

    assert bool(REMIT_QUESTION.search(question)) is remit


@pytest.mark.parametrize(("text", "remit"), [
    ("The terms of reference asked the review to examine:\n• how agencies responded", True),
    ("The Board asked the review to consider the following questions:\n• how the discharge was planned", True),
    ("The health visitor asked the family to consider a referral to the children's centre.", False),
    ("The patient safety group asked the investigation team to examine:\n• how risk was assessed", True),
    ("The police asked the family support team to visit weekly.", False),
    # "the review panel" (fresh44 zx17, after its look)
    ("The Partnership asked the review panel to consider the following questions:\nwhat each agency knew", True),
    ("The Partnership asked the review manager to send the draft to the family.", False),
    # the panel's own lead-in to its questions (fresh46 zz16, after its look)
    ("The panel agreed to examine the following questions:\n• how the police decided who was the victim", True),
    ("The review decided to consider these areas:\n• information sharing", True),
    ("The panel agreed to make the following recommendations:\n• training for call handlers", False),
    ("The family agreed to examine the letters together:\n• the first from the school", False),
])
def test_a_passage_stating_what_the_review_was_asked_to_do(text: str, remit: bool) -> None:
    from inquiry_lessons.index.answer.findings import REMIT_TEXT

    assert bool(REMIT_TEXT.search(text)) is remit


def test_a_question_asking_why_it_was_not_seen_earlier_asks_for_the_reviews_reasons():
    """"what stopped services seeing earlier that the thurlbeck couple were heading for a crisis" (fresh40 zt23, after
    its look) asks what "sooner" does: the named review's list of reasons for it answers whole (engine._unseen_list)."""
    from inquiry_lessons.index.answer.retrieve import UNSEEN

    assert UNSEEN.search("what stopped services seeing earlier that the thurlbeck couple were heading for a crisis")
    assert not UNSEEN.search("what stopped services seeing the couple at home")


@pytest.mark.parametrize(("question", "reasons"), [
    # fresh44 zx24, after its look: "what lay behind ..." asks for the named review's list of reasons
    ("in marshwick, what lay behind the lass being left so unprotected on site after she spoke up", True),
    ("what was behind the decision to close the case?", True),
    ("what lay ahead for the family after the review?", False),
    ("what was in the school's behaviour log?", False),
])
def test_what_lay_behind_something_asks_for_reasons(question: str, reasons: bool) -> None:
    from inquiry_lessons.index.answer.retrieve import ASKS_REASONS

    assert bool(ASKS_REASONS.search(question)) is reasons
