"""Fan-out of one digest slot to N subscribed chats through the real bot (PTB JobQueue, AIORateLimiter at
Telegram's 30 messages a second, SQLite delivery records) over the loopback Bot API server. Reports the time
from the job firing to the last message received, against the theoretical minimum of N / 30 seconds, and
duplicates (chats that received more than one message). Run from the repository root:

    .venv/bin/python benchmarks/bench_digest.py --chats 10000

It builds the shipped lesson library into a temporary directory (the model loads once)."""

from __future__ import annotations

import argparse
import asyncio
import resource
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from inquiry_lessons.bot.app import build_application
from inquiry_lessons.bot.delivery import JOB_PREFIX
from inquiry_lessons.bot.services import services
from inquiry_lessons.bot.settings import BotSettings
from inquiry_lessons.bot.state import SQLiteStateStore, Subscription
from inquiry_lessons.index.answer.engine import Engine
from inquiry_lessons.index.embed import get_embedder
from inquiry_lessons.index.eval import machine
from inquiry_lessons.index.ingest.library import ensure_default_store
from inquiry_lessons.index.settings import Settings
from tests.support.botapi import TOKEN, BotAPIServer, start_app, stop_app


async def run(chats: int, rate: float) -> None:
    settings = Settings()
    with tempfile.TemporaryDirectory() as tmp:
        embedder = get_embedder(settings.embedding.model)
        store = ensure_default_store(settings, lambda: embedder, path=Path(tmp) / "store")
        engine = Engine(store, settings, embedder).load()
        state = SQLiteStateStore(Path(tmp) / "bot.sqlite")
        for chat in range(1, chats + 1):
            state.save_subscription(Subscription(100_000 + chat, enabled=True))
        state.close()
        server = await BotAPIServer().start()
        fire_at = datetime(2026, 6, 3, 8, 30, tzinfo=ZoneInfo("Europe/London")).astimezone(UTC)  # a Wednesday
        app = build_application(BotSettings(token=TOKEN, base_url=server.base_url, send_rate=rate,
                                            state_path=Path(tmp) / "bot.sqlite"),
                                engine=engine, clock=lambda: fire_at)
        await start_app(app)
        (job,) = [j for j in app.job_queue.jobs() if j.name == f"{JOB_PREFIX}08:30|Europe/London|weekdays|daily"]
        started = time.monotonic()
        job.job.modify(next_run_time=datetime.now(UTC))  # the scheduler fires the job now
        deadline = started + chats / rate * 3 + 120

        def messages() -> int:
            return sum(1 for m, _ in server.sent if m == "sendMessage")

        while messages() < chats and time.monotonic() < deadline:
            await asyncio.sleep(0.1)
        last = max(server.received_at.values(), default=started)
        await asyncio.sleep(2)  # anything late would be a duplicate
        counts = Counter(int(p["chat_id"]) for m, p in server.sent if m == "sendMessage")
        took = last - started
        minimum = chats / rate
        duplicates = sum(n - 1 for n in counts.values() if n > 1)
        missing = chats - len(counts)
        records = services(app).state.delivery_counts()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"machine: {machine()}")
        print(f"fan-out of one digest to {chats} chats at {rate:g} msg/s: {took:.1f} s "
              f"(theoretical minimum {minimum:.1f} s, {took / minimum:.2f}x; {len(counts) / took:.1f} msg/s); "
              f"duplicates {duplicates}; missing {missing}; delivery records {records}; peak RSS {peak:.0f} MiB")
        await stop_app(app)
        await server.stop()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--chats", type=int, default=10_000)
    parser.add_argument("--rate", type=float, default=30.0, help="messages per second overall (Telegram: 30)")
    args = parser.parse_args()
    asyncio.run(run(args.chats, args.rate))
