"""N simultaneous chats through the real bot over the loopback Bot API server: time from update to first
reply (p50/p95) and replies lost. Run from the repository root:

    .venv/bin/python benchmarks/bench_bot.py --chats 200

It builds the fictional development store in a temporary directory (the model loads once)."""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from inquiry_lessons.bot.app import build_application
from inquiry_lessons.bot.settings import BotSettings
from inquiry_lessons.index.answer.engine import Engine
from inquiry_lessons.index.embed import get_embedder
from inquiry_lessons.index.eval import build_dev_store, machine
from inquiry_lessons.index.settings import Settings
from tests.support.botapi import TOKEN, BotAPIServer, start_app, stop_app


async def run(chats: int) -> None:
    settings = Settings()
    with tempfile.TemporaryDirectory() as tmp:
        embedder = get_embedder(settings.embedding.model)
        store = build_dev_store(settings, Path(tmp), embedder)
        engine = Engine(store, settings, embedder).load()
        server = await BotAPIServer().start()
        app = build_application(BotSettings(token=TOKEN, base_url=server.base_url,
                                            state_path=Path(tmp) / "bot.sqlite", questions_per_minute=10**6),
                                engine=engine)
        await start_app(app)
        questions = ["How did supervision affect practice?", "Why were missing episodes not acted upon?",
                     "What went wrong with information sharing?", "How did workloads affect trust?"]
        pushed: dict[int, float] = {}
        started = time.monotonic()
        for i in range(chats):
            chat = 10_000 + i
            pushed[chat] = time.monotonic()
            await server.send_text(chat, questions[i % len(questions)])
        deadline = time.monotonic() + 600
        while len(server.received_at) < chats and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        total = time.monotonic() - started
        lat = sorted(server.received_at[c] - t for c, t in pushed.items() if c in server.received_at)
        lost = chats - len(lat)
        p95 = lat[min(len(lat) - 1, int(0.95 * (len(lat) - 1)))] if lat else float("nan")
        print(f"machine: {machine()}")
        print(f"{chats} simultaneous chats: all answered in {total:.1f} s; update to first reply "
              f"p50 {statistics.median(lat) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms; replies lost: {lost}")
        await stop_app(app)
        await server.stop()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--chats", type=int, default=200)
    asyncio.run(run(parser.parse_args().chats))
