"""Daily lesson digests for people, groups and team channels: which lesson a chat gets, sending it at most
once, and the JobQueue wiring.

Scheduling is PTB's JobQueue (APScheduler underneath): one ``run_daily`` job per distinct schedule
(time, time zone, days, daily/weekly), rebuilt from the state store in ``post_init`` because PTB does not
persist jobs, plus a repeating catch-up job that sends a digest missed while the bot was down (or a job
that misfired) if it is still the same day in that chat's time zone. The schedule maths is in schedule.py.

Every send goes through :func:`deliver`, which records the delivery before the request (``sending``) and
after it (``sent``), so a slot is sent at most once however often a job, the catch-up or a restart asks.
Fan-out runs under PTB's ``AIORateLimiter`` (about 30 messages a second overall, 20 a minute per group,
``RetryAfter`` honoured); a chat that blocked or removed the bot is unsubscribed; a group that became a
supergroup keeps its subscription under the new id. A graceful stop finishes the sends in flight and starts
no new ones; the rest go out on the next start (same local day).
"""

from __future__ import annotations

import asyncio
import logging
import time as _time
from dataclasses import replace

import httpx
from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.ext import Application, ContextTypes

from ..index import Briefing, Lesson
from .calls import retrying
from .lesson_render import render_briefing, render_lesson
from .schedule import due_slot, job_days, job_time
from .services import Services, services
from .state import DONE, Subscription

logger = logging.getLogger(__name__)

JOB_PREFIX = "digest|"


# -- lessons -----------------------------------------------------------------------------------------
def choose(svc: Services, sub: Subscription) -> str | None:
    """The next lesson key for a chat: least-delivered first, rotating across reports and themes; a weekly
    subscription gets the next report's briefing."""
    pool = svc.lessons
    if pool is None:
        return None
    history = svc.state.lesson_history(sub.chat_id)
    if sub.mode == "weekly":
        reports = pool.briefing_reports()
        if reports:
            counts = {r: history.count(f"briefing:{r}") for r in reports}
            return f"briefing:{min(reports, key=lambda r: counts[r])}"
    lesson = pool.pick(history, theme=sub.theme) or pool.pick(history)  # a used-up theme: any
    return lesson.key if lesson else None


def lookup(svc: Services, key: str) -> Lesson | Briefing | None:
    """The lesson or briefing a key names, or None if the store no longer holds it."""
    pool = svc.lessons
    if pool is None:
        return None
    if key.startswith("briefing:"):
        return pool.briefing(key.removeprefix("briefing:"))
    return pool.get(key)


def compose(svc: Services, key: str, heading: str, history: list[str] | None = None) -> str | None:
    """The message for a lesson key, or None if the store no longer holds it. ``history`` is the chat's
    lessons, oldest first (this one last, once planned): its prompt is not one given in the last fortnight."""
    item = lookup(svc, key)
    if isinstance(item, Briefing):
        return render_briefing(item, svc.theme_labels)
    if item is None:
        return None
    earlier = list(history or [])
    if earlier and earlier[-1] == key:
        earlier.pop()
    return render_lesson(item, svc.theme_labels, svc.lessons.prompt_after(item.theme, earlier),
                         svc.lessons.prompt_label, heading=heading)


def lesson_for_slot(svc: Services, sub: Subscription, slot: str, row: tuple[str, str] | None) -> str | None:
    """The slot's lesson key, fixed the first time it is asked for (by the digest or by /lesson); ``row``
    is the slot's delivery record. A fixed lesson that left the store (rebuilt) is replaced."""
    if row and lookup(svc, row[1]) is not None:
        return row[1]
    key = choose(svc, sub)
    if key is None:
        return None
    if row is None:
        return svc.state.plan_delivery(sub.chat_id, slot, key)
    svc.state.replan_delivery(sub.chat_id, slot, key)
    return key


# -- sending -----------------------------------------------------------------------------------------
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)  # the request never left


def surely_not_sent(exc: NetworkError) -> bool:
    """True when Telegram cannot have the message: the connection was never made, or Telegram answered
    with a server error. A read timeout or a dropped response is not: the message may have gone out."""
    cause = exc.__cause__
    return isinstance(cause, NOT_SENT) or (cause is None and not isinstance(exc, TimedOut))


async def deliver(app: Application, sub: Subscription, slot: str, _migrated: bool = False) -> str:
    """Send one chat's digest for one slot, at most once. Returns what happened (for logs and tests)."""
    svc = services(app)
    state = svc.state
    key = lesson_for_slot(svc, sub, slot, state.delivery(sub.chat_id, slot))
    if key is None:
        return "empty"
    history = state.lesson_history(sub.chat_id)
    text = compose(svc, key, "Lesson of the day", history=history)
    if text is None:
        return "empty"
    if not state.claim_delivery(sub.chat_id, slot):  # only a planned slot can be claimed: never twice
        return "skipped"
    try:
        await retrying(app.bot.send_message, sub.chat_id, text, retry_if=surely_not_sent)  # never twice
    except Forbidden:
        state.finish_delivery(sub.chat_id, slot, "forbidden")
        state.unsubscribe(sub.chat_id, "forbidden")
        logger.info("chat %s blocked or removed the bot: unsubscribed", sub.chat_id)
        return "forbidden"
    except ChatMigrated as exc:
        state.finish_delivery(sub.chat_id, slot, "planned")
        state.migrate_chat(sub.chat_id, exc.new_chat_id)
        logger.info("chat %s became supergroup %s: subscription moved", sub.chat_id, exc.new_chat_id)
        if _migrated:
            return "failed"
        return await deliver(app, replace(sub, chat_id=exc.new_chat_id), slot, _migrated=True)
    except NetworkError as exc:
        if not surely_not_sent(exc):
            state.finish_delivery(sub.chat_id, slot, "unknown")  # Telegram may have it: never sent twice
            logger.warning("digest to chat %s: no answer from the Bot API (%s); not repeated", sub.chat_id,
                           type(exc).__name__)
            return "unknown"
        state.finish_delivery(sub.chat_id, slot, "planned")  # not delivered: the catch-up tries again today
        logger.warning("digest to chat %s not delivered (%s); will retry", sub.chat_id, type(exc).__name__)
        return "retry"
    except RetryAfter:  # still flood-limited after the rate limiter's own retries: not delivered
        state.finish_delivery(sub.chat_id, slot, "planned")
        return "retry"
    except (BadRequest, TelegramError) as exc:
        state.finish_delivery(sub.chat_id, slot, "failed")
        logger.error("digest to chat %s failed: %s", sub.chat_id, type(exc).__name__)
        return "failed"
    state.finish_delivery(sub.chat_id, slot, "sent")
    return "sent"


async def run_due(app: Application, schedule: tuple[str, str, str, str] | None = None) -> dict[str, int]:
    """Send every due digest (of one schedule, or all for the catch-up). A stopping application starts no
    new sends; the ones in flight finish and are recorded."""
    svc = services(app)
    now = svc.clock()
    due = []
    for sub in svc.state.subscriptions(schedule):
        slot = due_slot(sub, now)
        if slot is not None:
            row = svc.state.delivery(sub.chat_id, slot)
            if not (row and row[0] in DONE):
                due.append((sub, slot))
    outcome: dict[str, int] = {}
    if not due:
        return outcome
    gate = asyncio.Semaphore(max(1, svc.settings.send_concurrency))

    async def one(sub: Subscription, slot: str) -> None:
        async with gate:
            if not app.running:
                return
            result = await deliver(app, sub, slot)
            outcome[result] = outcome.get(result, 0) + 1

    async with svc.fan_out_lock:
        started = _time.monotonic()
        await asyncio.gather(*(one(sub, slot) for sub, slot in due))
    logger.info("digests: %s in %.1f s", outcome, _time.monotonic() - started)
    return outcome


# -- jobs --------------------------------------------------------------------------------------------
async def scheduled_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    await run_due(context.application, tuple(context.job.data))  # type: ignore[arg-type]


async def catch_up_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    await run_due(context.application)


def rebuild_jobs(app: Application) -> None:
    """One run_daily job per distinct schedule in the store; jobs no subscription needs are removed."""
    svc = services(app)
    jq = app.job_queue
    assert jq is not None, "install python-telegram-bot[job-queue]"
    wanted = {JOB_PREFIX + "|".join(s): s for s in svc.state.schedules()}
    have = {}
    for job in jq.jobs():
        if job.name and job.name.startswith(JOB_PREFIX):
            if job.name in wanted and job.name not in have:
                have[job.name] = job
            else:
                job.schedule_removal()
    for name, schedule in wanted.items():
        if name not in have:
            sub = Subscription(0, time=schedule[0], tz=schedule[1], days=schedule[2], mode=schedule[3])
            jq.run_daily(scheduled_job, time=job_time(sub), days=job_days(sub), name=name, data=list(schedule))


def start_schedule(app: Application) -> None:
    """Called from post_init: in-doubt sends of a crashed run are settled, jobs rebuilt, catch-up started."""
    svc = services(app)
    doubtful = svc.state.recover_in_doubt()
    if doubtful:
        logger.warning("%d digest(s) were in flight when the bot stopped; not repeated", doubtful)
    rebuild_jobs(app)
    app.job_queue.run_repeating(catch_up_job, interval=svc.settings.catch_up_seconds, first=1,
                                name="digest-catch-up")
