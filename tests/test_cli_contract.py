"""The command-line contract relied on by the bot and by outside checks."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from inquiry_lessons.index.cli import app

runner = CliRunner()

CITATION_KEYS = {"report_id": str, "report": str, "paragraph": (str, type(None)), "page": (int, type(None)),
                 "page_label": (str, type(None)), "quote": str, "source_kind": str, "verified": bool,
                 "provenance": (str, type(None))}
PASSAGE_KEYS = {"report_id": str, "report": str, "paragraph": (str, type(None)), "page": (int, type(None)),
                "page_label": (str, type(None)), "text": str, "score": float}


def check_answer_object(obj: dict) -> None:
    # "message" says why, only when there is no answer
    assert set(obj) == {"question", "answered", "factors", "passages"} | ({"message"} if not obj["answered"] else set())
    assert isinstance(obj["question"], str) and isinstance(obj["answered"], bool)
    for f in obj["factors"]:
        assert set(f) == {"summary", "theme", "citations"}
        assert isinstance(f["summary"], str) and (f["theme"] is None or isinstance(f["theme"], str))
        assert f["citations"]
        for c in f["citations"]:
            assert set(c) == set(CITATION_KEYS)
            for k, t in CITATION_KEYS.items():
                assert isinstance(c[k], t), (k, c[k])
            assert c["source_kind"] in ("report", "summary")
            assert c["source_kind"] in ("report", "summary")
    scores = []
    for p in obj["passages"]:
        assert set(p) == set(PASSAGE_KEYS)
        for k, t in PASSAGE_KEYS.items():
            assert isinstance(p[k], t), (k, p[k])
        scores.append(p["score"])
    assert scores == sorted(scores, reverse=True)
    if not obj["answered"]:
        assert obj["factors"] == [] and obj["passages"] == []


def test_ask_json(dev_store):
    res = runner.invoke(app, ["ask", "How was the supervision of social workers?", "--store", str(dev_store),
                              "--json", "--top", "5"])
    assert res.exit_code == 0, res.output
    obj = json.loads(res.stdout)
    check_answer_object(obj)
    assert obj["answered"] and obj["factors"] and 0 < len(obj["passages"]) <= 5


def test_ask_stdin_one_object_per_line_in_order(dev_store):
    questions = ["What went wrong with information sharing?", "How do I bake bread?", "",
                 "Why were missing episodes not acted upon?"]
    res = runner.invoke(app, ["ask", "-", "--store", str(dev_store)], input="\n".join(questions) + "\n")
    assert res.exit_code == 0, res.output
    lines = res.stdout.strip("\n").split("\n")
    assert len(lines) == len(questions)
    objs = [json.loads(line) for line in lines]
    for q, obj in zip(questions, objs, strict=True):
        check_answer_object(obj)
        assert obj["question"] == q
    assert objs[0]["answered"] and not objs[1]["answered"] and not objs[2]["answered"]


def test_ask_text_shows_citations(dev_store):
    res = runner.invoke(app, ["ask", "what do the reviews say about supervision?", "--store", str(dev_store)])
    assert res.exit_code == 0
    assert re.search(r"^      \S.* \(\d{4}\) ¶[\w.]+", res.stdout, re.M), res.stdout


def test_sources_json(dev_store):
    res = runner.invoke(app, ["sources", "--store", str(dev_store), "--json"])
    assert res.exit_code == 0
    rows = json.loads(res.stdout)
    assert len(rows) == 120 and all(r["fictional"] for r in rows)
    assert {"report_id", "report", "title", "year", "url", "pages", "passages"} <= set(rows[0])


def test_missing_store_is_one_line(tmp_path):
    res = runner.invoke(app, ["ask", "anything", "--store", str(tmp_path / "none")])
    assert res.exit_code == 1
    assert res.stderr.count("\n") == 1 and res.stderr.startswith("lessons: no store at")


def test_installed_script_metadata_flags(tmp_path, dev_docs):
    """The real console script, in a subprocess: flags override the sidecar."""
    exe = shutil.which("lessons", path=str(Path(sys.executable).parent)) or "lessons"
    html = next(p for p in dev_docs if p.suffix == ".html")
    store = tmp_path / "store"
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    out = subprocess.run([exe, "ingest", str(html), "--store", str(store), "--title", "Renamed review",
                          "--short-name", "Renamed", "--year", "2020", "--url", "https://example.org/r",
                          "--report-id", "renamed-2020"], capture_output=True, text=True, env=env, timeout=300)
    assert out.returncode == 0, out.stderr
    out = subprocess.run([exe, "sources", "--store", str(store), "--json"], capture_output=True, text=True,
                         env=env, timeout=120)
    (row,) = json.loads(out.stdout)
    assert (row["report_id"], row["title"], row["report"], row["url"]) == (
        "renamed-2020", "Renamed review", "Renamed (2020)", "https://example.org/r")
