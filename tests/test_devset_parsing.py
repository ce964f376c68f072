"""Parsing of the generated fictional reports (real PDF, DOCX and HTML files) against what the generator
recorded while laying them out."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from inquiry_lessons.index.ingest.parse import parse
from inquiry_lessons.index.ingest.passages import cut_passages


def _expected(dev_docs: list[Path]) -> dict:
    return json.loads((dev_docs[0].parent / "expected.json").read_text())


def _cases(dev_docs):
    exp = _expected(dev_docs)
    for rid, info in exp.items():
        path = dev_docs[0].parent / info["file"]
        yield rid, info, cut_passages(parse(path).blocks, rid)


@pytest.fixture(scope="module")
def parsed(dev_docs):
    return list(_cases(dev_docs))


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def test_every_numbered_paragraph_found_with_its_start_page(parsed):
    for rid, info, passages in parsed:
        got = {}
        for p in passages:
            got.setdefault(p.paragraph, p)
        for para in info["paragraphs"]:
            ref = para["paragraph"]
            assert ref in got, f"{rid}: paragraph {ref} missing"
            p = got[ref]
            assert p.page == para["page"], f"{rid} {ref}: page {p.page}, expected {para['page']}"
            assert _norm(p.text).startswith(_norm(para["starts_with"])), (rid, ref, p.text[:80])


def test_no_invented_paragraph_numbers(parsed):
    for rid, info, passages in parsed:
        expected = {p["paragraph"] for p in info["paragraphs"]}
        found = {p.paragraph for p in passages if p.paragraph is not None}
        assert found <= expected, f"{rid}: numbers not in the report: {sorted(found - expected)}"


def test_running_matter_and_contents_removed(parsed):
    for rid, info, passages in parsed:
        text = "\n".join(p.text for p in passages)
        for line in info.get("running_header_lines", []):
            pattern = re.sub(r"\bN\b", r"\\d+", re.escape(line))
            for p in passages:
                assert not re.search(rf"(^|\n){pattern}($|\n)", p.text), (rid, line)
        assert not re.search(r"Page \d+ of \d+", text), rid
        for entry in info.get("contents_lines", []):
            assert _norm(entry) not in _norm(text), (rid, entry)
        assert not re.search(r"\.{5,}\s*\d+", text), rid


def test_paragraphs_split_across_pages_are_joined(parsed):
    checked = 0
    for _rid, info, passages in parsed:
        by = {}
        for p in passages:
            by.setdefault(p.paragraph, []).append(p)
        for para in info["paragraphs"]:
            if not para.get("split_across_pages"):
                continue
            checked += 1
            windows = by[para["paragraph"]]
            assert len({w.page for w in windows}) == 1
            assert len(_norm(" ".join(w.text for w in windows)).split()) >= 20
    assert checked >= 3


def test_hyphenation_at_line_breaks_undone(parsed):
    for rid, info, passages in parsed:
        text = " ".join(p.text for p in passages)
        for word in info.get("hyphenated_words", []):
            assert word in text, (rid, word)


def test_unnumbered_text_falls_back_to_page_references(parsed):
    for rid, info, passages in parsed:
        loose = [p for p in passages if p.paragraph is None]
        for start in info.get("unnumbered_starts_with", []):
            match = [p for p in loose if _norm(p.text).startswith(_norm(start))]
            assert match, (rid, start)
            if info["format"] == "pdf":
                assert all(p.page and p.page_ordinal for p in match)
