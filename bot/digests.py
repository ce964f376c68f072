"""Daily lesson digests for people, groups and team channels.

Scheduling is PTB's JobQueue (APScheduler underneath): one ``run_daily`` job per distinct schedule
(time, time zone, days, daily/weekly), rebuilt from the state store in ``post_init`` because PTB does not
persist jobs, plus a repeating catch-up job that sends a digest missed while the bot was down (or a job
that misfired) if it is still the same day in that chat's time zone. A job's ``time`` carries its
``ZoneInfo``, so 08:30 London fires at 08:30 in both GMT and BST; PTB numbers ``days`` from Sunday = 0.

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
import re
import time as _time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, time, timedelta
from html import escape
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import httpx
from telegram import Update
from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.ext import Application, ContextTypes

from ..index.lessons import Briefing, Lesson

from .calls import is_chat_admin, retrying
from .lesson_render import render_briefing, render_lesson
from .state import DONE, Subscription

if TYPE_CHECKING:
    from .app import Services

logger = logging.getLogger(__name__)

JOB_PREFIX = "digest|"
DAYS = {"weekdays": (1, 2, 3, 4, 5), "daily": (0, 1, 2, 3, 4, 5, 6)}  # PTB: 0 = Sunday
WEEKLY_DAY = 1  # a weekly briefing goes out on Mondays
DAY_NAMES = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
TIME_RE = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
USAGE = ("Usage: /digest on|off, /digest time HH:MM, /digest days weekdays|daily, /digest theme ID|any, "
         "/digest tz Area/City, /digest weekly on|off. For a linked channel: /digest @channel ...")
CHANNEL_USAGE = "Usage: /channel add @name, /channel list, /channel remove @name (in a private chat with me)."
NO_LESSONS = "No lessons are available in this library yet."


Clock = Callable[[], datetime]  # an aware "now"; tests pass one they can move


def utc_now() -> datetime:
    return datetime.now(UTC)


def job_days(sub: Subscription) -> tuple[int, ...]:
    return (WEEKLY_DAY,) if sub.mode == "weekly" else DAYS[sub.days]


def job_time(sub: Subscription) -> time:
    hh, mm = (int(x) for x in sub.time.split(":"))
    return time(hh, mm, tzinfo=ZoneInfo(sub.tz))


def due_slot(sub: Subscription, now: datetime) -> str | None:
    """The slot (local date) whose digest is due for this chat at ``now``, or None: today is a scheduled
    day in the chat's zone, its time has passed, and the schedule was not set after it."""
    tz = ZoneInfo(sub.tz)
    local = now.astimezone(tz)
    if local.isoweekday() % 7 not in job_days(sub):
        return None
    at = job_time(sub)
    slot_at = datetime.combine(local.date(), at.replace(tzinfo=None), tzinfo=tz)
    if local < slot_at or slot_at.timestamp() < sub.since:
        return None
    return local.date().isoformat()


def today_slot(sub: Subscription, now: datetime) -> str:
    return now.astimezone(ZoneInfo(sub.tz)).date().isoformat()


def next_run(sub: Subscription, now: datetime) -> datetime:
    """When this chat's next digest is due, in its own time zone (what /digest shows)."""
    tz = ZoneInfo(sub.tz)
    local = now.astimezone(tz)
    for ahead in range(8):
        day = local.date() + timedelta(days=ahead)
        at = datetime.combine(day, job_time(sub).replace(tzinfo=None), tzinfo=tz)
        if at > local and at.isoweekday() % 7 in job_days(sub):
            return at
    raise AssertionError("a schedule has at least one day a week")


def describe(sub: Subscription, theme_labels: dict[str, str], now: datetime) -> str:
    what = "a 7-minute briefing on Mondays" if sub.mode == "weekly" else (
        "a lesson every day" if sub.days == "daily" else "a lesson on weekdays")
    theme = theme_labels.get(sub.theme, sub.theme) if sub.theme else "any theme"
    text = (f"Digest: {'on' if sub.enabled else 'off'}, {what} at {sub.time} ({escape(sub.tz)}), "
            f"{escape(theme)}.")
    if sub.enabled:
        at = next_run(sub, now)
        text += f" Next: {DAY_NAMES[at.isoweekday() % 7]} {at:%d %b %H:%M}."
    return text


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


def compose(svc: Services, key: str, heading: str, prompt_number: int = 0) -> str | None:
    """The message for a lesson key, or None if the store no longer holds it."""
    item = lookup(svc, key)
    if isinstance(item, Briefing):
        return render_briefing(item, svc.theme_labels)
    if item is None:
        return None
    return render_lesson(item, svc.theme_labels, svc.lessons.prompt(item.theme, prompt_number),
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
    svc: Services = app.bot_data["services"]
    state = svc.state
    key = lesson_for_slot(svc, sub, slot, state.delivery(sub.chat_id, slot))
    if key is None:
        return "empty"
    history = state.lesson_history(sub.chat_id)
    text = compose(svc, key, "Lesson of the day", prompt_number=len(history))
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
    svc: Services = app.bot_data["services"]
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


async def scheduled_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    await run_due(context.application, tuple(context.job.data))  # type: ignore[arg-type]


async def catch_up_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    await run_due(context.application)


def rebuild_jobs(app: Application) -> None:
    """One run_daily job per distinct schedule in the store; jobs no subscription needs are removed."""
    svc: Services = app.bot_data["services"]
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
    svc: Services = app.bot_data["services"]
    doubtful = svc.state.recover_in_doubt()
    if doubtful:
        logger.warning("%d digest(s) were in flight when the bot stopped; not repeated", doubtful)
    rebuild_jobs(app)
    app.job_queue.run_repeating(catch_up_job, interval=svc.settings.catch_up_seconds, first=1,
                                name="digest-catch-up")


# -- commands ----------------------------------------------------------------------------------------
def _services(context: ContextTypes.DEFAULT_TYPE) -> Services:
    return context.application.bot_data["services"]


async def _reply(update: Update, text: str) -> None:
    await retrying(update.effective_message.reply_text, text)


def _kind(update: Update) -> str:
    return update.effective_chat.type if update.effective_chat else "private"


async def cmd_lesson(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/lesson: today's lesson now; the scheduled digest is not disturbed (it sends the same lesson)."""
    svc = _services(context)
    chat_id = update.effective_chat.id
    sub = svc.state.subscription(chat_id) or Subscription(chat_id, kind=_kind(update))
    slot = today_slot(sub, svc.clock())
    if sub.mode == "weekly":  # the week's briefing slot is left alone; the lesson gets a slot of its own
        slot, sub = f"{slot}/lesson", replace(sub, mode="daily")
    key = lesson_for_slot(svc, sub, slot, svc.state.delivery(chat_id, slot))
    text = compose(svc, key, "Today's lesson", prompt_number=len(svc.state.lesson_history(chat_id))) if key else None
    await _reply(update, text or NO_LESSONS)


async def _channel_target(update: Update, context: ContextTypes.DEFAULT_TYPE, ref: str) -> int | None:
    """A linked channel named by @name or id, if the user is (still) one of its administrators."""
    svc = _services(context)
    user = update.effective_user
    wanted = channel_ref(ref)
    chosen = None
    for cid in svc.state.channel_links(user.id):
        sub = svc.state.subscription(cid)
        if cid == wanted or (sub and sub.title and sub.title.lower() == str(wanted).lower()):
            chosen = cid
    if chosen is None:
        await _reply(update, f"{escape(ref)} is not a channel you have linked. See /channel list.")
        return None
    if not await _is_admin(context, chosen, user.id):
        await _reply(update, f"Only an administrator of {escape(ref)} can change its digest.")
        return None
    return chosen


async def _is_admin(context: ContextTypes.DEFAULT_TYPE, chat_id: int, user_id: int) -> bool:
    try:
        member = await context.bot.get_chat_member(chat_id, user_id)
    except (BadRequest, Forbidden):
        return False
    return member.status in ("creator", "administrator")


async def cmd_digest(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/digest shows this chat's digest settings; /digest on|off|time|days|theme|tz|weekly changes them
    (groups: administrators only; a channel: /digest @channel ... from a private chat)."""
    svc = _services(context)
    args = list(context.args or [])
    chat_id = update.effective_chat.id
    kind = _kind(update)
    if args and (args[0].startswith("@") or args[0].lstrip("-").isdigit()):
        if kind != "private":
            await _reply(update, "Change a channel's digest from a private chat with me.")
            return
        target = await _channel_target(update, context, args.pop(0))
        if target is None:
            return
        chat_id, kind = target, "channel"
    sub = svc.state.subscription(chat_id) or Subscription(chat_id, kind=kind)
    now = svc.clock()
    if not args:
        await _reply(update, describe(sub, svc.theme_labels, now) + "\n\n" + USAGE)
        return
    changed = _apply(sub, args, svc.theme_labels)
    if isinstance(changed, str):
        await _reply(update, changed)
        return
    if kind != "channel" and not await is_chat_admin(update, context):
        await _reply(update, "Only this group's administrators can change its digest.")
        return
    changed.since = now.timestamp()
    svc.state.save_subscription(changed)
    rebuild_jobs(context.application)
    await _reply(update, describe(changed, svc.theme_labels, now))


def _apply(sub: Subscription, args: list[str], theme_labels: dict[str, str]) -> Subscription | str:
    """The settings after one /digest change, or a one-line error."""
    what, value = args[0].lower(), (args[1] if len(args) > 1 else "")
    if what in ("on", "off") and len(args) == 1:
        return replace(sub, enabled=what == "on")
    if len(args) != 2:
        return USAGE
    if what == "time":
        m = TIME_RE.match(value)
        if not m:
            return "Please give the time as HH:MM on the 24-hour clock, for example /digest time 08:30."
        return replace(sub, time=f"{int(m.group(1)):02d}:{m.group(2)}")
    if what == "days":
        if value not in DAYS:
            return "Days must be weekdays or daily."
        return replace(sub, days=value)
    if what == "theme":
        if value == "any":
            return replace(sub, theme=None)
        if value not in theme_labels:
            return "No theme with that id; see /themes, or use /digest theme any."
        return replace(sub, theme=value)
    if what == "tz":
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            return "Unknown time zone; use an Area/City name such as Europe/London."
        return replace(sub, tz=value)
    if what == "weekly" and value in ("on", "off"):
        return replace(sub, mode="weekly" if value == "on" else "daily")
    return USAGE


async def cmd_channel(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/channel add @name | list | remove @name, in a private chat."""
    svc = _services(context)
    args = list(context.args or [])
    if _kind(update) != "private":
        await _reply(update, "Link a channel from a private chat with me.")
        return
    if args[:1] == ["add"] and len(args) == 2:
        await link_channel(update, context, args[1])
    elif args == ["list"]:
        lines = []
        for cid in svc.state.channel_links(update.effective_user.id):
            sub = svc.state.subscription(cid)
            if sub:
                lines.append(f"• {escape(sub.title or str(cid))}: {describe(sub, svc.theme_labels, svc.clock())}")
        await _reply(update, "\n".join(lines) or "You have not linked any channels. " + CHANNEL_USAGE)
    elif args[:1] == ["remove"] and len(args) == 2:
        target = await _channel_target(update, context, args[1])
        if target is not None:
            svc.state.unlink_channel(target)
            rebuild_jobs(context.application)
            await _reply(update, f"{escape(args[1])} is unlinked; no more digests will be posted there.")
    else:
        await _reply(update, CHANNEL_USAGE)


def channel_ref(ref: str | int) -> str | int:
    """@name, a t.me link, a bare name or a numeric id, as getChat takes it."""
    if isinstance(ref, int) or ref.lstrip("-").isdigit():
        return int(ref)
    name = re.sub(r"^(?:https?://)?(?:t\.me|telegram\.me)/", "", ref.strip()).lstrip("@").strip("/")
    return f"@{name}"


async def link_channel(update: Update, context: ContextTypes.DEFAULT_TYPE, ref: str | int) -> None:
    """Link a channel after checking with getChatMember that the user and the bot administer it."""
    svc = _services(context)
    bot, user = context.bot, update.effective_user
    ref = channel_ref(ref)
    shown = escape(str(ref))
    try:
        chat = await bot.get_chat(ref)
    except (BadRequest, Forbidden):
        await _reply(update, f"I cannot see {shown}. Add me to the channel as an administrator, then try again.")
        return
    if chat.type != "channel":
        await _reply(update, f"{shown} is not a channel. In a group, use /digest in the group itself.")
        return
    name = f"@{chat.username}" if chat.username else (chat.title or str(chat.id))
    if not await _is_admin(context, chat.id, user.id):
        await _reply(update, f"Only an administrator of {escape(name)} can link it.")
        return
    try:
        me = await bot.get_chat_member(chat.id, bot.id)
    except (BadRequest, Forbidden):
        me = None
    if me is None or me.status != "administrator" or not getattr(me, "can_post_messages", False):
        await _reply(update, f"Please make me an administrator of {escape(name)} with permission to post "
                             "messages, then try again.")
        return
    svc.state.link_channel(chat.id, user.id, name)
    sub = svc.state.subscription(chat.id) or Subscription(chat.id, kind="channel", enabled=True,
                                                          since=svc.clock().timestamp())
    sub.title = name
    svc.state.save_subscription(sub)
    rebuild_jobs(context.application)
    await _reply(update, f"Linked {escape(name)}. " + describe(sub, svc.theme_labels, svc.clock())
                 + f"\nChange it with /digest {escape(name)} ...; unlink with /channel remove {escape(name)}.")


async def on_forwarded(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A post forwarded from a channel in a private chat links that channel (same checks as /channel add)."""
    origin = update.effective_message.forward_origin
    await link_channel(update, context, origin.chat.id)  # type: ignore[union-attr]


async def on_migrated(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A group became a supergroup: its subscription and settings move to the new chat id."""
    message = update.effective_message
    svc = _services(context)
    if message.migrate_to_chat_id:
        svc.state.migrate_chat(message.chat_id, message.migrate_to_chat_id)
    elif message.migrate_from_chat_id:
        svc.state.migrate_chat(message.migrate_from_chat_id, message.chat_id)


async def on_my_member(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The bot was removed from a group or channel: stop its digests."""
    change = update.my_chat_member
    if change and change.new_chat_member.status in ("left", "kicked"):
        _services(context).state.unsubscribe(change.chat.id, change.new_chat_member.status)

