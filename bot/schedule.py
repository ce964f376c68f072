"""Digest schedule maths, pure: which PTB days and local time a subscription's job runs at, which slot (local
date) is due at a given instant, when the next digest falls, and the one-line description /digest shows.

A job's ``time`` carries its ``ZoneInfo``, so 08:30 London fires at 08:30 in both GMT and BST; PTB numbers
``days`` from Sunday = 0. ``Clock`` is the bot's notion of "now" (tests pass one they can move)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta
from html import escape
from zoneinfo import ZoneInfo

from .state import Subscription

DAYS = {"weekdays": (1, 2, 3, 4, 5), "daily": (0, 1, 2, 3, 4, 5, 6)}  # PTB: 0 = Sunday
WEEKLY_DAY = 1  # a weekly briefing goes out on Mondays
DAY_NAMES = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]


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


__all__ = ["DAYS", "Clock", "describe", "due_slot", "job_days", "job_time", "next_run", "today_slot", "utc_now"]
