"""The Telegram renderer: escaping, citation format, summaries never quoted, splitting under the limit."""

from __future__ import annotations

import re

from inquiry_lessons.bot.render import LIMIT, render_answer, render_sources, utf16_len
from inquiry_lessons.index.types import Answer, Citation, Factor


def _cite(**kw) -> Citation:
    base = {"report_id": "r", "report": "Rochdale SCR (2013)", "paragraph": "4.9.5", "page": 114,
            "quote": "An absence of <high> quality supervision & challenge"}
    base.update(kw)
    return Citation(**base)


def test_citation_format_and_escaping():
    a = Answer(question="q", answered=True, factors=[Factor(summary="A <b>bold</b> & claim", theme="t",
                                                            citations=[_cite()]),
                                                     Factor(summary="Another", theme="t",
                                                            citations=[_cite(paragraph="4.9.6")])])
    (msg,) = render_answer(a, {"t": "Supervision & oversight"})
    assert "<b>Supervision &amp; oversight</b>" in msg
    assert "A &lt;b&gt;bold&lt;/b&gt; &amp; claim" in msg
    assert "<i>Rochdale SCR (2013) ¶4.9.5, p.114</i>" in msg
    (src,) = render_sources(a)
    assert "“An absence of &lt;high&gt; quality supervision &amp; challenge”" in src


def test_summaries_are_labelled_and_never_quoted():
    c = _cite(source_kind="summary", provenance="secondary", quote="Our own words about supervision.")
    a = Answer(question="q", answered=True, factors=[Factor(summary="Our own words about supervision.",
                                                            citations=[c])])
    (msg,) = render_answer(a, {})
    assert "(summary; paragraph as reported by a secondary source)" in msg
    (src,) = render_sources(a)
    assert "“" not in src and "(summary;" in src
    unverified = _cite(source_kind="summary", verified=False, paragraph=None, page=None, provenance="news")
    (msg,) = render_answer(Answer(question="q", answered=True, factors=[Factor(summary="x y z",
                                                                               citations=[unverified])]), {})
    assert "Rochdale SCR (2013) (summary of news reports; no paragraph verified)" in msg


def test_long_answers_split_on_factor_boundaries_and_never_inside_a_tag():
    factors = [Factor(summary=f"Factor {i}: " + "words & more words " * 40, theme=f"t{i % 3}",
                      citations=[_cite(quote=f"quote {i}")]) for i in range(40)]
    msgs = render_answer(Answer(question="q", answered=True, factors=factors), {"t0": "A", "t1": "B", "t2": "C"})
    assert len(msgs) > 1 and all(len(m) <= LIMIT for m in msgs)
    for m in msgs:
        assert m.count("<i>") == m.count("</i>") and m.count("<b>") == m.count("</b>")
        assert not re.search(r"&[a-z]*$", m)
        assert m.startswith(("•", "<b>"))  # each message starts with a factor (or its theme heading)
    giant = Factor(summary="x&y " * 3000, citations=[_cite()])
    msgs = render_answer(Answer(question="q", answered=True, factors=[giant]), {})
    assert all(len(m) <= LIMIT for m in msgs) and "".join(msgs).count("&amp;") == 3000


def test_headings_only_where_factors_share_a_theme_and_citations_are_not_repeated():
    """Two factors of one theme get its heading; a factor alone in its theme gets none ("Other factors"
    once a heading has been shown); one report's citation line shared by consecutive factors shows once."""
    same = _cite(source_kind="summary", quote="x")
    f = [Factor(summary="First", theme="a", citations=[same]), Factor(summary="Second", theme="b", citations=[same]),
         Factor(summary="Third", theme="b", citations=[same]), Factor(summary="Fourth", theme="c", citations=[_cite()])]
    (msg,) = render_answer(Answer(question="q", answered=True, factors=f), {"a": "A", "b": "B", "c": "C"})
    assert "<b>A</b>" not in msg and "<b>B</b>" in msg and "<b>C</b>" not in msg and "<b>Other factors</b>" in msg
    assert msg.index("First") < msg.index("<b>B</b>") < msg.index("Second") < msg.index("Other factors")
    assert msg.count("Rochdale SCR (2013) ¶4.9.5, p.114 (summary") == 2  # after First, and after Third


def _valid(msgs: list[str]) -> list[str]:
    """Each message as Telegram would parse it (balanced, known tags, whole entities), within the limit."""
    from tests.support.telegram_html import check_text, parse_html

    for m in msgs:
        assert check_text(m, "HTML") is None, (check_text(m, "HTML"), m[:300])
        assert utf16_len(m) <= LIMIT
    return [parse_html(m).text for m in msgs]


def test_a_citation_line_longer_than_the_limit_is_split_balanced():
    """A report label longer than a message: the <i> citation line is cut between words, each part closed
    and reopened; in the answer and in the sources."""
    label = "Rochdale Serious Case Review & the partners' joint review " * 200 + "(2013)"
    f = [Factor(summary="First", theme="a", citations=[_cite(report=label)]),
         Factor(summary="Second", theme="a", citations=[_cite(report="Short (2014)", paragraph="5.1")])]
    a = Answer(question="q", answered=True, factors=f)
    msgs = render_answer(a, {"a": "A"})
    texts = _valid(msgs)
    assert len(msgs) >= 3 and msgs[1].startswith("<i>") and "\n\n• Second" in msgs[-1]
    assert "".join("".join(t.split()) for t in texts).count("(2013)¶4.9.5,p.114") == 1
    srcs = render_sources(a)
    _valid(srcs)
    assert len(srcs) >= 3 and sum(s.count("“An absence of") for s in srcs) == 2


def test_lengths_are_counted_in_utf16_units():
    """2,000 emoji are 2,000 characters but 4,000 UTF-16 units: two such factors cannot share a message."""
    f = [Factor(summary="\U0001f600" * 2000, citations=[_cite()]),
         Factor(summary="\U0001d400" * 2000, citations=[_cite(paragraph="5")])]
    msgs = render_answer(Answer(question="q", answered=True, factors=f), {})
    assert len(msgs) == 2 and all(len(m) <= LIMIT for m in msgs)
    _valid(msgs)
    (one,) = render_answer(Answer(question="q", answered=True, factors=f[:1]), {})
    assert one.count("\U0001f600") == 2000
    giant = Factor(summary="\U0001f600" * 5000, citations=[_cite()])  # no spaces: cut between characters
    texts = _valid(render_answer(Answer(question="q", answered=True, factors=[giant]), {}))
    assert "".join(texts).count("\U0001f600") == 5000


def test_every_rendered_message_parses_as_telegram_html():
    hostile = "<b>bold</b> & <script>x</script> &amp; \u202e\u05de\u05d4 \U0001f600 \"q\" 'a'"
    f = [Factor(summary=hostile * 30, theme="t", citations=[_cite(report=hostile, quote=hostile)])
         for _ in range(12)]
    a = Answer(question="q", answered=True, factors=f)
    _valid(render_answer(a, {"t": hostile}))
    _valid(render_sources(a))
    _valid(render_answer(Answer(question="q", answered=False, message=hostile), {}))
    _valid(render_answer(Answer(question="q", answered=False, message=""), {}))
