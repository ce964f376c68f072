"""Shared fixtures. Stores live in tmp dirs; the real embedding model and real FAISS/SQLite/BM25 are used
wherever retrieval quality or the store is under test; a hash embedder only where it is not."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test reads the developer's .env or writes to their default store."""
    for key in list(os.environ):
        if key.startswith("LESSONS_"):
            monkeypatch.delenv(key)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    monkeypatch.chdir(tmp_path)
    from inquiry_lessons.index.settings import get_settings

    get_settings.cache_clear()


@pytest.fixture
def settings():
    from inquiry_lessons.index.settings import Settings

    return Settings()


@pytest.fixture(scope="session")
def embedder():
    from inquiry_lessons.index.embed import get_embedder
    from inquiry_lessons.index.settings import Settings

    s = Settings()
    return get_embedder(s.embedding.model, s.embedding.embed_batch_size)


def _built_once(tmp_path_factory: pytest.TempPathFactory, name: str, build):
    """What `build(dir)` makes (JSON), made once per test run: under pytest-xdist the first worker to ask builds it
    in the run's shared temporary folder while the others wait on a file lock, then all read the same files."""
    if "PYTEST_XDIST_WORKER" not in os.environ:
        return build(tmp_path_factory.mktemp(name))
    from filelock import FileLock

    root = tmp_path_factory.getbasetemp().parent / name
    done = root.with_suffix(".json")
    with FileLock(str(root.with_suffix(".lock"))):
        if not done.exists():
            root.mkdir()
            done.write_text(json.dumps(build(root)), encoding="utf-8")
    return json.loads(done.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def dev_docs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    from tests.support.devset import write_documents

    return [Path(p) for p in _built_once(tmp_path_factory, "devdocs",
                                         lambda out: [str(p) for p in write_documents(out)])]


@pytest.fixture(scope="session")
def dev_store(tmp_path_factory: pytest.TempPathFactory, dev_docs: list[Path], embedder) -> Path:
    from inquiry_lessons.index.ingest import ingest
    from inquiry_lessons.index.settings import Settings

    def build(out: Path) -> str:
        result = ingest(dev_docs, out / "store", Settings(), embedder)
        assert not result.failures, result.failures
        return str(out / "store")

    return Path(_built_once(tmp_path_factory, "devstore", build))


@pytest.fixture(scope="session")
def engine(dev_store: Path, embedder):
    from inquiry_lessons.index.answer.engine import Engine
    from inquiry_lessons.index.settings import Settings

    eng = Engine(dev_store, Settings(), embedder).load()
    yield eng
    eng.close()


@pytest.fixture
async def server():
    """The loopback Telegram Bot API server (tests/support/botapi.py). A test fails if the bot sent anything
    Telegram would refuse (bad HTML, an empty or over-long text: see tests/support/telegram_html.py)."""
    from tests.support.botapi import BotAPIServer

    srv = await BotAPIServer().start()
    yield srv
    await srv.stop()
    refused = [f"{method}: {description} (text {str(_text(params))[:300]!r})"
               for method, description, params in srv.rejected]
    assert srv.rejected == [], "Telegram would have refused what the bot sent:\n" + "\n".join(refused)


def _text(params: dict) -> object:
    return params.get("text") or params.get("results") or params
