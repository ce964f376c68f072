"""Integrity of the shipped content: catalogue, lesson cards, themes, prompts."""

from __future__ import annotations

import re

import yaml

from inquiry_lessons.content import content_dir
from inquiry_lessons.index.ingest.library import load_cards, load_catalogue

PARA = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3}){0,3}|[A-Z]\.\d{1,3}(?:\.\d{1,3})*|[ivxlc]{1,6}"
                  r"|Recommendations? \d{1,3}(?:[-–]\d{1,3})?)$")


def _themes() -> set[str]:
    return {t["id"] for t in yaml.safe_load((content_dir() / "themes.yaml").read_text())["themes"]}


def test_catalogue_entries_are_complete():
    cat = load_catalogue()
    assert len(cat) >= 16
    for rid, entry in cat.items():
        d = entry.data
        assert re.fullmatch(r"[a-z0-9-]+", rid)
        for key in ("title", "short_name", "summary", "kind", "publisher"):
            assert d.get(key), (rid, key)
        assert d.get("year") is None or 1990 <= d["year"] <= 2030


def test_every_card_has_a_report_themes_provenance_and_valid_references():
    cat, themes = load_catalogue(), _themes()
    cards = load_cards()
    assert len(cards) >= 126
    assert len({c["id"] for c in cards}) == len(cards)
    for c in cards:
        assert c["report_id"] in cat, c["id"]
        assert c["themes"] and set(c["themes"]) <= themes, c["id"]
        prov = c["provenance"]
        assert prov["source_url"] and prov["source_type"] in ("primary", "secondary", "news"), c["id"]
        assert isinstance(prov["verified"], bool)
        if c.get("paragraph") is not None or c.get("page") is not None:
            assert prov["verified"], f"{c['id']}: a reference is kept only where the evidence verified it"
        if c.get("paragraph") is not None:
            assert PARA.match(c["paragraph"]), c["id"]
        if c.get("page") is not None:
            assert isinstance(c["page"], int) and 0 < c["page"] < 2000


def test_no_quoted_report_text_longer_than_a_short_phrase():
    for c in load_cards():
        for quoted in re.findall(r"[\"“]([^\"”]+)[\"”]", c["statement"]):
            assert len(quoted.split()) <= 6, (c["id"], quoted)
        assert len(c["statement"].split()) <= 45, c["id"]


def test_prompts_cover_every_theme_and_are_labelled():
    data = yaml.safe_load((content_dir() / "prompts.yaml").read_text())
    assert data["label"].lower().startswith("discussion prompt")
    prompts = data["prompts"]
    assert set(prompts) == _themes()
    assert all(isinstance(p, list) and p and all(q.endswith("?") for q in p) for p in prompts.values())


def test_sources_md_is_current():
    from inquiry_lessons.index.sources_md import render

    assert (content_dir() / "SOURCES.md").read_text(encoding="utf-8") == render(), \
        "content/SOURCES.md is out of date: run 'lessons sources-md'"


def test_content_matches_the_fact_base_when_it_is_beside_the_checkout(tmp_path):
    """content/catalogue.yaml and cards.yaml are exactly what scripts/import_facts.py makes of the fact base."""
    import subprocess
    import sys
    from pathlib import Path

    import pytest

    root = Path(__file__).resolve().parents[1]
    facts = root.parent / "shared" / "content-facts" / "reports.yaml"
    if not facts.is_file():
        pytest.skip("shared/content-facts is not beside this checkout")
    subprocess.run([sys.executable, str(root / "scripts" / "import_facts.py"), str(facts), str(tmp_path)],
                   check=True, capture_output=True)
    for name in ("catalogue.yaml", "cards.yaml"):
        assert (tmp_path / name).read_text() == (content_dir() / name).read_text(), name
