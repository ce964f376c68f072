"""Report metadata: command-line flags over a ``FILE.meta.yaml`` sidecar over defaults read from the file."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from ..errors import IngestError
from ..types import ParsedDocument, Report

ACRONYMS = {"scr", "cse", "csa", "iicsa", "lscb", "nspcc", "jtai", "cspr", "sar", "dhr", "lcsb", "uk", "nhs",
            "ofsted", "jscr", "csp", "lsab", "sab", "rbscb", "oscb"}
KNOWN_KEYS = {"report_id", "title", "short_name", "year", "url", "fictional", "kind", "publisher", "licence"}


def sidecar_for(path: Path) -> Path | None:
    for cand in (path.with_name(path.name + ".meta.yaml"), path.with_name(path.name + ".meta.yml"),
                 path.with_suffix(".meta.yaml"), path.with_suffix(".meta.yml")):
        if cand.is_file():
            return cand
    return None


def read_sidecar(path: Path) -> dict[str, Any]:
    side = sidecar_for(path)
    if side is None:
        return {}
    try:
        data = yaml.safe_load(side.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise IngestError(f"{side}: not valid YAML ({str(exc).splitlines()[0]})") from exc
    if not isinstance(data, dict):
        raise IngestError(f"{side}: expected a mapping of metadata keys")
    return data


def slugify(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:80] or "report"


def _short_from_stem(stem: str) -> str:
    words = [w for w in re.split(r"[-_\s]+", stem) if w and not re.fullmatch(r"(19|20)\d\d", w)]
    out = []
    for w in words[:6]:
        if w.lower() in ACRONYMS:
            out.append(w.upper() if w.lower() != "ofsted" else "Ofsted")
        elif w.islower():
            out.append(w.capitalize())
        else:
            out.append(w)
    return " ".join(out) or stem


def build_report(path: Path, doc: ParsedDocument, overrides: dict[str, Any]) -> Report:
    """Flags (``overrides``, None = not given) win over the sidecar, which wins over the file's own."""
    meta = read_sidecar(path)
    meta.update({k: v for k, v in overrides.items() if v is not None})
    from .library import load_catalogue

    entry = load_catalogue().get(str(meta.get("report_id") or slugify(path.stem)))
    if entry is not None:  # a catalogued report: its metadata fills what flags and sidecar leave open
        cat = entry.report()
        for key, value in (("title", cat.title), ("short_name", cat.short_name), ("year", cat.year),
                           ("url", cat.url)):
            meta.setdefault(key, value)
        for key, value in cat.extra.items():
            meta.setdefault(key, value)
        meta.setdefault("report_id", entry.id)
    stem_year = re.search(r"(?<!\d)(19[89]\d|20[0-4]\d)(?!\d)", path.stem)
    year = meta.get("year") or (int(stem_year.group(1)) if stem_year else None) or doc.year
    try:
        year = int(year) if year is not None else None
    except (TypeError, ValueError) as exc:
        raise IngestError(f"{path}: year must be a number, got {year!r}") from exc
    title = str(meta.get("title") or doc.title or _short_from_stem(path.stem)).strip()
    title = re.sub(r"\s+", " ", title)[:300]
    short = str(meta.get("short_name") or (title if len(title) <= 40 else _short_from_stem(path.stem))).strip()
    report_id = str(meta.get("report_id") or slugify(path.stem))
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}", report_id):
        raise IngestError(f"{path}: report id {report_id!r} may use only letters, digits, '.', '_' and '-'")
    extra = {k: v for k, v in meta.items() if k not in {"report_id", "title", "short_name", "year", "url"}}
    return Report(report_id=report_id, title=title, short_name=short, year=year,
                  url=meta.get("url"), source_file=path.name, pages=doc.pages, extra=extra)
