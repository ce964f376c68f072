"""The bundled library and the default store.

The shipped catalogue of reports and lesson cards (``content/catalogue.yaml``, ``content/cards.yaml``).

A lesson card is one finding in our own words, with its provenance. It becomes a passage of kind
"summary": retrievable like report text, but never presented as the report's words. A card keeps a
paragraph and page only where the evidence verified them.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from ..embed import Embedder, model_id_for
from ..errors import LessonsError
from ..settings import IngestSettings, Settings, default_store_path
from ..store import CHUNKER_VERSION, Store
from ..types import CardMeta, Passage, Report
from .pipeline import Progress, prepare, write_prepared


@dataclass(frozen=True)
class CatalogueEntry:
    id: str
    data: dict[str, Any]

    def report(self) -> Report:
        d = self.data
        extra = {k: d[k] for k in ("kind", "publisher", "authors", "date", "licence", "summary", "aliases",
                                   "official_url", "pdf_url", "also_available_at", "title_note") if d.get(k)}
        return Report(report_id=self.id, title=d["title"], short_name=d["short_name"], year=d.get("year"),
                      url=d.get("official_url") or d.get("pdf_url"), pages=d.get("pages"), extra=extra)


def _content_dir() -> Path:
    from ...content import content_dir

    return content_dir()


@lru_cache(maxsize=8)
def load_catalogue(path: Path | None = None) -> dict[str, CatalogueEntry]:
    """The catalogue: ``LESSONS_CATALOGUE_FILE`` if set, else the shipped content/catalogue.yaml."""
    if path is None:
        path = IngestSettings().catalogue_file or _content_dir() / "catalogue.yaml"
    if not path.is_file():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {r["id"]: CatalogueEntry(r["id"], r) for r in data.get("reports", [])}


def load_cards(root: Path | None = None) -> list[dict[str, Any]]:
    path = (root or _content_dir()) / "cards.yaml"
    if not path.is_file():
        return []
    return (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("cards", [])


def card_passages(cards: list[dict[str, Any]], report_id: str) -> list[Passage]:
    out = []
    for n, c in enumerate(c for c in cards if c["report_id"] == report_id):
        prov = c.get("provenance", {})
        out.append(Passage(
            report_id=report_id, text=c["statement"], paragraph=c.get("paragraph"), page=c.get("page"),
            section=c.get("section") or "", ordinal=n, source_kind="summary",
            verified=bool(prov.get("verified")),
            card=CardMeta(card=c["id"], kind=c.get("kind"), list=c.get("list"), themes=c.get("themes", []),
                         source_type=prov.get("source_type"), source_url=prov.get("source_url")),
        ))
    return out


def lessons_library(root: Path | None = None) -> list[tuple[Report, list[Passage]]]:
    """Every catalogued report with its lesson cards (reports without cards are listed too)."""
    cards = load_cards(root)
    catalogue = load_catalogue(root / "catalogue.yaml" if root else _content_dir() / "catalogue.yaml")
    return [(entry.report(), card_passages(cards, rid)) for rid, entry in catalogue.items()]


# -- the default store: built from the bundled content on first use, rebuilt when it changes ---------
logger = logging.getLogger(__name__)


def content_files() -> list[Path]:
    from ...content import reports_dir

    root = reports_dir()
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir()
                  if p.is_file() and not p.name.endswith((".meta.yaml", ".meta.yml")) and not p.name.startswith("."))


def content_fingerprint(model_id: str) -> str:
    from ...content import content_dir

    h = hashlib.sha256(f"{CHUNKER_VERSION}|{model_id}".encode())
    root = content_dir()
    for p in sorted([root / "catalogue.yaml", root / "cards.yaml", *content_files()]):
        if p.is_file():
            h.update(p.name.encode())
            h.update(p.read_bytes())
            side = p.with_name(p.name + ".meta.yaml")
            if side.is_file():
                h.update(side.read_bytes())
    return h.hexdigest()[:16]


def store_is_current(store: Path, fingerprint: str) -> bool:
    current = store / "CURRENT"
    if not current.is_file():
        return False
    try:
        manifest = json.loads((store / current.read_text().strip() / "manifest.json").read_text())
    except (OSError, ValueError):
        return False
    return manifest.get("content_fingerprint") == fingerprint


def build_default_store(store: Path, settings: Settings, embedder: Embedder, fingerprint: str,
                        progress: Progress | None = None) -> None:
    """The catalogue's reports with their lesson cards, plus any report files shipped in content/reports/,
    written through the same path as a user's ingest; bundled reports no longer shipped are removed."""
    items = []
    for report, passages in lessons_library():
        report.extra["bundled"] = True
        items.append((report, passages))
    for path in content_files():
        prep = prepare(path, settings, {"bundled": True})
        items.append((prep.report, prep.passages))
    stale: list[str] = []
    if (store / "CURRENT").is_file():
        try:
            old = Store.open(store)
            keep = {r.report_id for r, _ in items}
            stale = [r.report_id for r in old.reports() if r.bundled and r.report_id not in keep]
            old.close()
        except LessonsError:
            stale = []
    write_prepared(store, items, settings, embedder, progress, remove=stale,
                   extra_manifest={"content_fingerprint": fingerprint, "default": True})


def ensure_default_store(settings: Settings, embedder_factory, progress: Progress | None = None,
                         path: Path | None = None) -> Path:
    """Return the default store's path, building it from the bundled content if needed."""
    store = path or default_store_path()
    fp = content_fingerprint(model_id_for(settings.embedding.model))
    if not store_is_current(store, fp):
        logger.info("building the default store at %s from the bundled content", store)
        build_default_store(store, settings, embedder_factory(), fp, progress)
    return store
