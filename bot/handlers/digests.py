"""/lesson (today's lesson now) and /digest (show or change a chat's or a linked channel's digest), with the
parsing of /digest's arguments."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from zoneinfo import available_timezones

from telegram import Update
from telegram.ext import ContextTypes

from ..calls import chat_kind, is_chat_admin, reply
from ..delivery import compose, lesson_for_slot, rebuild_jobs
from ..schedule import DAYS, describe, today_slot
from ..services import services
from ..state import Subscription
from .channels import CHAT_ID_RE, channel_target

TIME_RE = re.compile(r"([01]?[0-9]|2[0-3]):([0-5][0-9])", re.ASCII)
USAGE = ("Usage: /digest on|off, /digest time HH:MM, /digest days weekdays|daily, /digest theme ID|any, "
         "/digest tz Area/City, /digest weekly on|off. For a linked channel: /digest @channel ...")
NO_LESSONS = "No lessons are available in this library yet."


async def cmd_lesson(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/lesson: today's lesson now; the scheduled digest is not disturbed (it sends the same lesson)."""
    svc = services(context)
    chat_id = update.effective_chat.id
    sub = svc.state.subscription(chat_id) or Subscription(chat_id, kind=chat_kind(update))
    slot = today_slot(sub, svc.clock())
    if sub.mode == "weekly":  # the week's briefing slot is left alone; the lesson gets a slot of its own
        slot, sub = f"{slot}/lesson", replace(sub, mode="daily")
    key = lesson_for_slot(svc, sub, slot, svc.state.delivery(chat_id, slot))
    text = compose(svc, key, "Today's lesson", history=svc.state.lesson_history(chat_id)) if key else None
    await reply(update, text or NO_LESSONS)


async def cmd_digest(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/digest shows this chat's digest settings; /digest on|off|time|days|theme|tz|weekly changes them
    (groups: administrators only; a channel: /digest @channel ... from a private chat)."""
    svc = services(context)
    args = list(context.args or [])
    chat_id = update.effective_chat.id
    kind = chat_kind(update)
    if args and (args[0].startswith("@") or CHAT_ID_RE.fullmatch(args[0])):
        if kind != "private":
            await reply(update, "Change a channel's digest from a private chat with me.")
            return
        target = await channel_target(update, context, args.pop(0))
        if target is None:
            return
        chat_id, kind = target, "channel"
    sub = svc.state.subscription(chat_id) or Subscription(chat_id, kind=kind)
    now = svc.clock()
    if not args:
        await reply(update, describe(sub, svc.theme_labels, now) + "\n\n" + USAGE)
        return
    changed = apply_change(sub, args, svc.theme_labels)
    if isinstance(changed, str):
        await reply(update, changed)
        return
    if kind != "channel" and not await is_chat_admin(update, context):
        await reply(update, "Only this group's administrators can change its digest.")
        return
    changed.since = now.timestamp()
    svc.state.save_subscription(changed)
    rebuild_jobs(context.application)
    await reply(update, describe(changed, svc.theme_labels, now))


@cache
def time_zones() -> frozenset[str]:
    """The IANA time zone names this machine knows (the zoneinfo list)."""
    return frozenset(available_timezones())


def apply_change(sub: Subscription, args: list[str], theme_labels: dict[str, str]) -> Subscription | str:
    """The settings after one /digest change, or a one-line error."""
    what, value = args[0].lower(), (args[1] if len(args) > 1 else "")
    if what in ("on", "off") and len(args) == 1:
        return replace(sub, enabled=what == "on")
    if len(args) != 2:
        return USAGE
    if what == "time":
        m = TIME_RE.fullmatch(value)
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
        if value not in time_zones():  # a set lookup: never a file name built from user input
            return "Unknown time zone; use an Area/City name such as Europe/London."
        return replace(sub, tz=value)
    if what == "weekly" and value in ("on", "off"):
        return replace(sub, mode="weekly" if value == "on" else "daily")
    return USAGE
