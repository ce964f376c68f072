"""A review published in Welsh and English side by side: the Welsh column is the translation, left out
(index/ingest/parse/languages.py). FICTIONAL text."""

from __future__ import annotations

from inquiry_lessons.index.ingest.parse.languages import without_translation

WELSH = ("Comisiynodd Bwrdd Diogelu Rhanbarthol Caerwen yr Adolygiad Ymarfer Oedolion hwn ym mis Chwefror. Canfu ei "
         "banel adolygu achosion fod Eirlys wedi marw ar ôl esgeulustod difrifol, a bod nifer o asiantaethau "
         "yn ei hadnabod fel oedolyn a allai fod mewn perygl. Arweiniwyd yr adolygiad gan adolygydd annibynnol "
         "sy'n siarad Cymraeg, gyda chymorth panel o uwch reolwyr o wasanaethau oedolion Cyngor Caerwen.")
ENGLISH = ("The fictional regional board commissioned this Adult Practice Review in February. Its case review panel "
           "found that Eirlys had died after serious neglect, and that several agencies had known her as an adult "
           "who might be at risk. The review was led by an independent reviewer, a Welsh speaker, supported by a "
           "panel of senior officers from the council's adult services, the health board and the police.")


def _lines(text: str) -> list[dict]:
    words = text.split()
    return [{"text": " ".join(words[i:i + 9])} for i in range(0, len(words), 9)]


def test_a_column_in_another_language_beside_an_english_one_is_left_out():
    groups = [(0, [{"text": "AYO Caerwen | Caerwen APR"}]), (1, _lines(WELSH)), (2, _lines(ENGLISH))]
    assert [c for c, _ in without_translation(groups)] == [0, 2]


def test_two_english_columns_and_one_column_are_read_whole():
    assert [c for c, _ in without_translation([(1, _lines(ENGLISH)), (2, _lines(ENGLISH))])] == [1, 2]
    assert [c for c, _ in without_translation([(0, _lines(WELSH))])] == [0]
    # too few words to judge: kept
    assert [c for c, _ in without_translation([(1, _lines("Cyflwyniad Argymhelliad")), (2, _lines(ENGLISH))])] == [1, 2]
