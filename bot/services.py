"""What the handlers and the digest jobs share: settings, the engine, the state store, the clock, the lesson
pool, the engine's thread pool and the per-user rate limit; kept in the Application's ``bot_data`` under one
key and read back with :func:`services`."""

from __future__ import annotations

import asyncio
import time
from collections import defaultdict, deque
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from telegram import Update
from telegram.ext import Application, CallbackContext

from ..index import Answer, Engine, LessonPool
from .schedule import Clock, utc_now
from .settings import BotSettings
from .state import StateStore

SERVICES_KEY = "services"  # the one bot_data key: read it with services(), set it with attach()


class Services:
    """What the handlers need, attached to the Application with :func:`attach`."""

    def __init__(self, settings: BotSettings, engine: Engine | None, state: StateStore,
                 clock: Clock = utc_now) -> None:
        self.settings = settings
        self.engine = engine
        self.state = state
        self.clock = clock  # aware "now"; tests pass a controllable one
        self.lessons: LessonPool | None = None
        self.fan_out_lock = asyncio.Lock()
        self.pool = ThreadPoolExecutor(max_workers=max(1, settings.workers), thread_name_prefix="engine")
        self.recent: dict[int, deque[float]] = defaultdict(deque)
        self.theme_labels: dict[str, str] = {}

    async def answer(self, question: str) -> Answer:
        assert self.engine is not None
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.pool, self.engine.answer, question)

    def allowed(self, update: Update) -> bool:
        allow = self.settings.allowlist
        if not allow:
            return True
        user = update.effective_user.id if update.effective_user else None
        chat = update.effective_chat.id if update.effective_chat else None
        return user in allow or chat in allow

    def over_rate(self, user_id: int) -> bool:
        now = time.monotonic()
        q = self.recent[user_id]
        while q and now - q[0] > 60:
            q.popleft()
        if len(q) >= self.settings.questions_per_minute:
            return True
        q.append(now)
        return False


def attach(app: Application[Any, Any, Any, Any, Any, Any], svc: Services) -> None:
    """Keep ``svc`` in the Application for every handler and job (done once, by build_application)."""
    app.bot_data[SERVICES_KEY] = svc


def services(source: CallbackContext[Any, Any, Any, Any] | Application[Any, Any, Any, Any, Any, Any]) -> Services:
    """The Services of a handler's or job's context, or of an Application (tests, benchmarks)."""
    return source.bot_data[SERVICES_KEY]


__all__ = ["Services", "attach", "services"]
