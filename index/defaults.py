"""The default store: built from the bundled ``content/`` on first use, rebuilt when the content changes."""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path

from .embed import Embedder
from .errors import LessonsError
from .ingest import Progress, ingest
from .settings import Settings, default_store_path
from .store import CHUNKER_VERSION

logger = logging.getLogger(__name__)


def content_files() -> list[Path]:
    from content import reports_dir

    root = reports_dir()
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir()
                  if p.is_file() and not p.name.endswith((".meta.yaml", ".meta.yml")) and not p.name.startswith("."))


def content_fingerprint(model_id: str) -> str:
    h = hashlib.sha256(f"{CHUNKER_VERSION}|{model_id}".encode())
    from content import reports_dir

    for p in sorted(reports_dir().iterdir()) if reports_dir().is_dir() else []:
        if p.is_file():
            h.update(p.name.encode())
            h.update(p.read_bytes())
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


def ensure_default_store(settings: Settings, embedder_factory, progress: Progress | None = None,
                         path: Path | None = None) -> Path:
    """Return the default store's path, building it from the bundled content if needed."""
    from .embed import model_id_for

    store = path or default_store_path()
    fp = content_fingerprint(model_id_for(settings.model))
    if store_is_current(store, fp):
        return store
    embedder: Embedder = embedder_factory()
    files = content_files()
    logger.info("building the default store at %s from %d bundled files", store, len(files))
    # Reports a user ingested into the default store are kept; bundled ones are replaced or removed.
    stale: list[str] = []
    if (store / "CURRENT").is_file():
        from .store import Store

        try:
            old = Store.open(store)
            stale = [r.report_id for r in old.reports() if r.extra.get("bundled")]
            old.close()
        except LessonsError:
            stale = []
    result = ingest(files, store, settings, embedder, overrides={"bundled": True}, progress=progress,
                    extra_manifest={"content_fingerprint": fp, "default": True}, remove=stale)
    if result.failures:
        raise RuntimeError("bundled content failed to ingest: " + "; ".join(result.failures))
    return store
