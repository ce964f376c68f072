"""Report metadata: command-line flags over a ``FILE.meta.yaml`` sidecar over defaults read from the file.

A sidecar is read as plain data: at most 64 KiB, no YAML aliases (so no "billion laughs"), a mapping
with text keys whose values are JSON data (dates become ISO text). The year, from wherever it
comes, is a whole number from 1900 to 2100. Anything else is refused with one line naming the file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import re
from pathlib import Path
from typing import Any

import yaml

from ..errors import BadMetadata, IngestError
from ..types import ParsedDocument, Report

SIDECAR_MAX_BYTES = 64 * 1024
YEARS = (1900, 2100)

ACRONYMS = {"scr", "cse", "csa", "iicsa", "lscb", "nspcc", "jtai", "cspr", "sar", "dhr", "lcsb", "uk", "nhs",
            "ofsted", "jscr", "csp", "lsab", "sab", "rbscb", "oscb"}
KNOWN_KEYS = {"report_id", "title", "short_name", "year", "url", "fictional", "kind", "publisher", "licence"}


def sidecar_for(path: Path) -> Path | None:
    for cand in (path.with_name(path.name + ".meta.yaml"), path.with_name(path.name + ".meta.yml"),
                 path.with_suffix(".meta.yaml"), path.with_suffix(".meta.yml")):
        if cand.is_file():
            return cand
    return None


def source_fingerprint(path: Path, max_bytes: int | None = None) -> dict[str, str]:
    """sha256 of the file and of its sidecar (when there is one), kept in the report's ``extra``: a bulk
    ingest skips a file whose stored report has the same. Nothing for a file over ``max_bytes`` (it is
    refused anyway); OSError when the file cannot be read."""
    if max_bytes is not None and path.stat().st_size > max_bytes:
        return {}
    out = {"source_sha256": _sha256(path)}
    side = sidecar_for(path)
    if side is not None:
        out["sidecar_sha256"] = _sha256(side)
    return out


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(2**20), b""):
            h.update(chunk)
    return h.hexdigest()


def report_id_for(path: Path) -> str:
    """The report id :func:`build_report` gives this file without flags, found without parsing it: the
    sidecar's, else the file name's (a catalogued id is looked up by that same id)."""
    return str(read_sidecar(path).get("report_id") or slugify(path.stem))


class _PlainLoader(yaml.SafeLoader):
    """The safe loader without aliases: an anchor may be written, but never used to repeat a node."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            raise BadMetadata("YAML aliases (*name) are not accepted")
        return super().compose_node(parent, index)


def read_sidecar(path: Path) -> dict[str, Any]:
    side = sidecar_for(path)
    if side is None:
        return {}
    try:
        with open(side, "rb") as fh:
            raw = fh.read(SIDECAR_MAX_BYTES + 1)
    except OSError as exc:
        raise BadMetadata(f"{side}: cannot be read ({type(exc).__name__})") from None
    if len(raw) > SIDECAR_MAX_BYTES:
        raise BadMetadata(f"{side}: refused: a metadata file may hold at most {SIDECAR_MAX_BYTES // 1024} KiB")
    try:
        data = yaml.load(raw.decode("utf-8"), Loader=_PlainLoader) or {}  # a SafeLoader
    except UnicodeDecodeError:
        raise BadMetadata(f"{side}: not UTF-8 text") from None
    except BadMetadata as exc:
        raise BadMetadata(f"{side}: refused: {exc}") from None
    except yaml.MarkedYAMLError as exc:
        where = f" at line {exc.problem_mark.line + 1}" if exc.problem_mark else ""
        raise BadMetadata(f"{side}: not valid YAML{where} ({type(exc).__name__})") from None
    except RecursionError:
        raise BadMetadata(f"{side}: refused: nested too deeply") from None
    except Exception as exc:  # yaml.YAMLError, or a constructor's ValueError (a date such as 2020-13-45)
        raise BadMetadata(f"{side}: not valid YAML ({type(exc).__name__})") from None
    if not isinstance(data, dict):
        raise BadMetadata(f"{side}: expected a mapping of metadata keys")
    if not all(isinstance(k, str) for k in data):
        raise BadMetadata(f"{side}: every metadata key must be text")
    if data.get("year") not in (None, ""):
        data["year"] = _year(data["year"], side)
    try:
        return {k: _plain(v) for k, v in data.items()}
    except (TypeError, ValueError, RecursionError):
        raise BadMetadata(f"{side}: values must be text, numbers, true/false, dates, lists or mappings") from None


def _plain(value: Any) -> Any:
    """The value as JSON data (how it is stored), dates as ISO text; TypeError/ValueError when it cannot be."""
    if isinstance(value, dt.date):  # datetime included
        return value.isoformat()
    if isinstance(value, dict):
        return {_key(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError("not a finite number")
    if value is None or isinstance(value, str | int | float | bool):
        return value
    raise TypeError(type(value).__name__)


def _key(key: Any) -> str:
    if not isinstance(key, str):
        raise TypeError("key")
    return key


def _year(value: Any, where: Path) -> int:
    """A whole number from 1900 to 2100 (text such as "2019" and 2019.0 included)."""
    whole = ((isinstance(value, int) and not isinstance(value, bool))
             or (isinstance(value, float) and value.is_integer())
             or (isinstance(value, str) and re.fullmatch(r"\s*\d{4}\s*", value) is not None))
    year = int(value) if whole else None
    if year is None or not YEARS[0] <= year <= YEARS[1]:
        raise BadMetadata(f"{where}: year must be a whole number from {YEARS[0]} to {YEARS[1]}")
    return year


def _text(value: Any, key: str, where: Path) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise BadMetadata(f"{where}: {key} must be text")
    return str(value)


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
    given = meta.get("year")
    year = _year(given, path) if given not in (None, "") else \
        (int(stem_year.group(1)) if stem_year else None) or doc.year
    fields = {key: _text(meta.get(key), key, path) for key in ("title", "short_name", "report_id", "url")}
    title = str(fields["title"] or doc.title or _short_from_stem(path.stem)).strip()
    title = re.sub(r"\s+", " ", title)[:300]
    short = str(fields["short_name"] or (title if len(title) <= 40 else _short_from_stem(path.stem))).strip()
    report_id = str(fields["report_id"] or slugify(path.stem))
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}", report_id):
        raise IngestError(f"{path}: a report id may use only letters, digits, '.', '_' and '-' (at most 100)")
    extra = {k: v for k, v in meta.items() if k not in {"report_id", "title", "short_name", "year", "url"}}
    try:
        json.dumps(extra)
    except (TypeError, ValueError):
        raise BadMetadata(f"{path}: metadata values must be plain data") from None
    return Report(report_id=report_id, title=title, short_name=short, year=year,
                  url=fields["url"], source_file=path.name, pages=doc.pages, extra=extra)
