"""The default store: built from the bundled content on first use, reused after, rebuilt on change."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from index.cli import app
from index.defaults import content_files
from index.settings import default_store_path

runner = CliRunner()


def test_bundled_content_is_labelled_fictional():
    import yaml

    files = content_files()
    assert files
    for f in files:
        meta = yaml.safe_load(f.with_name(f.name + ".meta.yaml").read_text())
        assert meta["fictional"] is True and "fictional" in meta["title"]


def test_first_use_builds_then_reuses_and_keeps_user_reports(tmp_path):
    res = runner.invoke(app, ["sources", "--json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.stdout)
    assert {r["report_id"] for r in rows} == {f.name.split(".")[0] for f in content_files()}
    store = default_store_path()
    current = (store / "CURRENT").read_text()
    res = runner.invoke(app, ["ask", "what do the reviews say about supervision?", "--json"])
    assert json.loads(res.stdout)["answered"]
    assert (store / "CURRENT").read_text() == current  # reused, not rebuilt
    # a report the user adds to the default store survives a rebuild of the bundled part
    from tests.support.files import long_markdown

    res = runner.invoke(app, ["ingest", str(long_markdown(tmp_path / "mine-2024.md", 4))])
    assert res.exit_code == 0, res.output
    manifest = json.loads((store / (store / "CURRENT").read_text().strip() / "manifest.json").read_text())
    manifest["content_fingerprint"] = "changed"
    (store / (store / "CURRENT").read_text().strip() / "manifest.json").write_text(json.dumps(manifest))
    res = runner.invoke(app, ["sources", "--json"])
    ids = {r["report_id"] for r in json.loads(res.stdout)}
    assert "mine-2024" in ids and len(ids) == len(content_files()) + 1


def test_chat_without_a_terminal_answers_a_sample_question():
    res = runner.invoke(app, ["chat"], input="")
    assert res.exit_code == 0, res.output
    assert "sample question" in res.stdout and "¶" in res.stdout
