"""How the library evaluation judges that a document not held was said to be not held."""

import pytest

from inquiry_lessons.index.answer.engine import NOT_HELD, NOT_SUPPORTED
from inquiry_lessons.index.eval_library import _record
from inquiry_lessons.index.types import Answer


@pytest.mark.parametrize("named, message, said", [
    ("not-held: Sir Martin Narey's review of residential care (2016)", NOT_HELD.format(names="Narey's review"), True),
    # a body named by its initials, a title asked without its publisher
    ("not-held: the Care Quality Commission's 2016 review, 'Not seen, not heard'", NOT_HELD.format(names="Cqc (2016)"),
     True),
    ("not-held: Ofsted's 'The voice of the child: learning lessons' (2011)",
     NOT_HELD.format(names="'The Voice of the Child: Learning Lessons'"), True),
    # the message's own words ("not", "Nothing", "practice") never say a document is not held
    ("not-held: Not seen, not heard - a Nothing practice review (2016)", NOT_SUPPORTED, False),
    ("not-held: the Haringey joint area review (2008)",
     "Haringey SCR, Peter Connelly (2009) is held here, but no passage in it clearly answers that question.", False),
])
def test_a_document_not_held_is_said_only_where_the_message_names_it(named: str, message: str, said: bool):
    q = {"id": "L1", "question": "?", "names_report": named, "gold_cards": []}
    assert _record(q, Answer(question="?", answered=False, message=message), {})["not_held_said"] is said
