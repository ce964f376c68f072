"""The default store: built from the bundled ``content/`` on first use (the lessons library of
catalogued reports and lesson cards, plus any report files in ``content/reports/``), and rebuilt when
that content changes. Reports and full texts a user added to it are kept across rebuilds."""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path

from .catalogue import lessons_library
from .embed import Embedder, model_id_for
from .errors import LessonsError
from .ingest import Progress, embed_passages, prepare
from .settings import Settings, default_store_path
from .store import CHUNKER_VERSION, Store, write_reports

logger = logging.getLogger(__name__)


def content_files() -> list[Path]:
    from content import reports_dir

    root = reports_dir()
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir()
                  if p.is_file() and not p.name.endswith((".meta.yaml", ".meta.yml")) and not p.name.startswith("."))


def content_fingerprint(model_id: str) -> str:
    from content import content_dir

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
            stale = [r.report_id for r in old.reports() if r.extra.get("bundled") and r.report_id not in keep]
            old.close()
        except LessonsError:
            stale = []
    all_passages = [p for _, ps in items for p in ps]
    vectors, units = embed_passages(embedder, all_passages, settings.embed_batch_size, progress)
    written, start = [], 0
    for report, passages in items:
        n = len(passages)
        written.append((report, passages, vectors[start:start + n], units[start:start + n]))
        start += n
    write_reports(store, written, embedder.model_id, embedder.dim, remove=stale,
                  exact_index_max=settings.exact_index_max,
                  extra_manifest={"content_fingerprint": fingerprint, "default": True})


def ensure_default_store(settings: Settings, embedder_factory, progress: Progress | None = None,
                         path: Path | None = None) -> Path:
    """Return the default store's path, building it from the bundled content if needed."""
    store = path or default_store_path()
    fp = content_fingerprint(model_id_for(settings.model))
    if not store_is_current(store, fp):
        logger.info("building the default store at %s from the bundled content", store)
        build_default_store(store, settings, embedder_factory(), fp, progress)
    return store
