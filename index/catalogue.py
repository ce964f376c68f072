"""The shipped catalogue of reports and lesson cards (``content/catalogue.yaml``, ``content/cards.yaml``).

A lesson card is one finding in our own words, with its provenance. It becomes a passage of kind
"summary": retrievable like report text, but never presented as the report's words. A card keeps a
paragraph and page only where the evidence verified them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from .types import Passage, Report


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
    from content import content_dir

    return content_dir()


@lru_cache(maxsize=8)
def load_catalogue(path: Path | None = None) -> dict[str, CatalogueEntry]:
    """The catalogue: ``LESSONS_CATALOGUE_FILE`` if set, else the shipped content/catalogue.yaml."""
    if path is None:
        env = os.environ.get("LESSONS_CATALOGUE_FILE")
        path = Path(env) if env else _content_dir() / "catalogue.yaml"
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
            meta={"card": c["id"], "kind": c.get("kind"), "list": c.get("list"), "themes": c.get("themes", []),
                  "source_type": prov.get("source_type"), "source_url": prov.get("source_url")},
        ))
    return out


def lessons_library(root: Path | None = None) -> list[tuple[Report, list[Passage]]]:
    """Every catalogued report with its lesson cards (reports without cards are listed too)."""
    cards = load_cards(root)
    catalogue = load_catalogue(root / "catalogue.yaml" if root else _content_dir() / "catalogue.yaml")
    return [(entry.report(), card_passages(cards, rid)) for rid, entry in catalogue.items()]
