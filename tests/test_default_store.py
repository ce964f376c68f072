"""The default store: the bundled lessons library, built on first use, reused after, rebuilt on change."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from inquiry_lessons.index.cli import app
from inquiry_lessons.index.ingest.library import load_catalogue
from inquiry_lessons.index.settings import default_store_path

runner = CliRunner()


def _ask(question: str) -> dict:
    res = runner.invoke(app, ["ask", question, "--json"])
    assert res.exit_code == 0, res.output
    return json.loads(res.stdout)


def test_first_use_builds_then_reuses_and_keeps_user_reports(tmp_path):
    res = runner.invoke(app, ["sources", "--json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.stdout)
    assert {r["report_id"] for r in rows} == set(load_catalogue())
    store = default_store_path()
    current = (store / "CURRENT").read_text()
    assert _ask("what do the reviews say about supervision?")["answered"]
    assert (store / "CURRENT").read_text() == current  # reused, not rebuilt
    # a report the user adds to the default store survives a rebuild of the bundled part
    from tests.support.files import long_markdown

    res = runner.invoke(app, ["ingest", str(long_markdown(tmp_path / "mine-2024.md", 4))])
    assert res.exit_code == 0, res.output
    gen = store / (store / "CURRENT").read_text().strip()
    manifest = json.loads((gen / "manifest.json").read_text())
    manifest["content_fingerprint"] = "changed"
    (gen / "manifest.json").write_text(json.dumps(manifest))
    res = runner.invoke(app, ["sources", "--json"])
    ids = {r["report_id"] for r in json.loads(res.stdout)}
    assert ids == set(load_catalogue()) | {"mine-2024"}
    assert (store / "CURRENT").read_text() != current


def test_rochdale_lists_come_back_whole_and_labelled_as_summaries():
    from inquiry_lessons.index.ingest.library import load_cards

    cards = load_cards()
    for question, para in (("what factors affected the quality of practice in Rochdale?", "4.9.5"),
                           ("why did the problems persist?", "4.9.7")):
        expected = {c["statement"] for c in cards if c["report_id"] == "rochdale-scr-2013"
                    and c.get("paragraph") == para}
        answer = _ask(question)
        got = {f["summary"] for f in answer["factors"]
               if any(c["paragraph"] == para and c["report_id"] == "rochdale-scr-2013" for c in f["citations"])}
        assert got == expected, question
        for f in answer["factors"]:
            for c in f["citations"]:
                assert c["source_kind"] == "summary"
                if not c["verified"]:
                    assert c["paragraph"] is None and c["page"] is None
    res = runner.invoke(app, ["ask", "why did the problems persist?"])
    assert "Rochdale SCR (2013) ¶4.9.7, p.115 (summary; paragraph as reported by a secondary source)" in res.stdout
    assert '"' not in res.stdout.replace('"a sense of helplessness"', "")  # summaries are never quoted


def test_a_card_list_that_answers_whole_leads_with_its_aptest_card():
    """A card list comes back whole when its name answers, but its cards are findings of their own: the one the
    question is after comes first, the others follow in the list's order."""
    from inquiry_lessons.index.ingest.library import load_cards

    listed = [c["statement"] for c in load_cards() if c["report_id"] == "rochdale-scr-2013"
              and c.get("paragraph") == "4.9.5"]
    answer = _ask("which factors affected the quality of practice in Rochdale? mainly interested in caseloads")
    summaries = [f["summary"] for f in answer["factors"]]
    assert set(listed) <= set(summaries) and "workloads" in summaries[0], summaries
    rest = [s for s in summaries if s in listed][1:]
    assert rest == [s for s in listed if s in rest]


def test_one_apt_card_does_not_bring_back_its_whole_list():
    """"Supervision" is one item of Rochdale's list of factors that impacted on the quality of practice
    (¶4.9.5): that card answers; the list, whose name does not match the question, does not come back whole."""
    from inquiry_lessons.index.ingest.library import load_cards

    listed = {c["statement"] for c in load_cards() if c["report_id"] == "rochdale-scr-2013"
              and c.get("paragraph") == "4.9.5"}
    answer = _ask("what do the reviews say about supervision?")
    summaries = [f["summary"] for f in answer["factors"]]
    assert answer["answered"] and "supervision" in summaries[0]
    assert len(listed & set(summaries)) < len(listed), summaries


def test_a_statistic_answers_a_question_for_a_figure_and_is_not_first_for_others():
    """"Almost two-thirds had been involved with children's social care ..." came first for any broad question
    about children's social care; it is background there, and still an answer to "how many"."""
    from inquiry_lessons.index.answer.support import is_statistic

    broad = _ask("what do reviews say about high caseloads, agency staff and turnover in children's social care?")
    assert broad["answered"] and not is_statistic(broad["factors"][0]["summary"])
    counted = _ask("how many of the children in serious case reviews had been known to children's social care?")
    assert counted["answered"] and any(is_statistic(f["summary"]) for f in counted["factors"][:3])


def test_a_question_for_a_deadline_is_answered_only_by_a_length_of_time():
    """Library fresh39 L1202, after its look: "how many working days do we have to notify the national panel ..."
    was answered with a review's recommendations (and L211, how long records are kept, with findings). The library
    states no statutory deadline: it declines."""
    from inquiry_lessons.index.answer.support import DEADLINE, DURATION

    answer = _ask("how long do we have to keep child protection files before we can shred them?")
    assert not answer["answered"] and not answer["factors"]
    assert DEADLINE.search("whats the timescale for a strategy discussion?") and not DEADLINE.search(
        "did the reviews say chasing timescales and targets harmed practice?")
    assert DURATION.search("The rapid review was completed within 15 working days.") and not DURATION.search(
        "The review took too long.")


def test_a_question_naming_a_report_is_scoped_to_it():
    answer = _ask("what did the Jay report find about the police?")
    assert answer["answered"]
    assert {c["report_id"] for f in answer["factors"] for c in f["citations"]} == {"jay-rotherham-2014"}
    res = runner.invoke(app, ["ask", "what did the Jay report find about the police?"])
    assert "Jay Report (2014) (summary of news reports; no paragraph verified)" in res.stdout


def test_chat_without_a_terminal_answers_a_sample_question():
    res = runner.invoke(app, ["chat"], input="")
    assert res.exit_code == 0, res.output
    assert "sample question" in res.stdout and "¶" in res.stdout
