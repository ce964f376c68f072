"""What the handlers and the digest jobs share: settings, the engine, the state store, the clock, the lesson
pool, the engine's thread pool and the per-user rate limit; kept in the Application's ``bot_data`` under one
key and read back with :func:`services`."""

from __future__ import annotations

import asyncio
import logging
import time
from collections import defaultdict, deque
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from telegram import Update
from telegram.ext import Application, CallbackContext

from ..index import Answer, Engine, LessonPool
from .schedule import Clock, utc_now
from .settings import BotSettings
from .state import StateError, StateStore

logger = logging.getLogger(__name__)

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
        self.shared_embedding = False  # whether the bot turned on the engine's query micro-batching
        self.recent: dict[int, deque[float]] = defaultdict(deque)
        self.refused: dict[int, float] = {}  # user id -> when the gate last told them the bot is closed
        self.theme_labels: dict[str, str] = {}
        self.state_failures = 0
        self.state_problem: str | None = None  # the state store's current failure, None while it works
        self.state_problem_since: float | None = None
        self.state_events: deque[str] = deque(maxlen=5)  # e.g. "the state file was deleted; restored ..."

    def state_failed(self, exc: StateError) -> None:
        """A state store failure: counted for /stats, logged once until the store works again."""
        self.state_failures += 1
        if self.state_problem is None:
            self.state_problem_since = time.time()
            logger.error("the state store is failing (%s); replies go out without their buttons", exc)
        self.state_problem = str(exc)

    def upkeep(self) -> None:
        """On a schedule: a deleted or replaced state file is noticed (and restored), expired answers are
        deleted, and a store that works again is reported once."""
        try:
            event = self.state.check()
            if event:
                logger.error("%s", event)
                self.state_events.append(f"{time.strftime('%Y-%m-%d %H:%M', time.gmtime())} UTC: {event}")
            self.state.expire()
        except StateError as exc:
            self.state_failed(exc)
            return
        if self.state_problem is not None:
            logger.warning("the state store works again after %d failure(s)", self.state_failures)
            self.state_problem = self.state_problem_since = None

    def state_report(self) -> str:
        """One line for /stats."""
        if self.state_problem is None:
            line = f"State store: working ({self.state_failures} failure(s) since start)."
        else:
            since = time.strftime("%Y-%m-%d %H:%M", time.gmtime(self.state_problem_since or 0))
            line = (f"State store: failing since {since} UTC ({self.state_problem}); "
                    f"{self.state_failures} failure(s) since start.")
        return "\n".join([line, *self.state_events])

    async def answer(self, question: str) -> Answer:
        assert self.engine is not None
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.pool, self.engine.answer, question)

    def allowed(self, update: Update) -> bool:
        """The allow-list test the gate applies to every update: the user or the chat is on the list, or the
        user is one of the bot's administrators (an empty list lets everyone in)."""
        allow = self.settings.allowlist
        if not allow:
            return True
        user = update.effective_user.id if update.effective_user else None
        chat = update.effective_chat.id if update.effective_chat else None
        return user in allow or chat in allow or user in self.settings.admins

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
