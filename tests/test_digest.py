"""Daily digests end to end: a real PTB Application and JobQueue over real HTTP against the loopback Bot API
server, with a controllable clock (the bot's notion of "now"; the JobQueue's triggers are asked for their
next fire time from a given instant, so no test waits for a wall-clock time)."""

from __future__ import annotations

import asyncio
import html
import itertools
from collections import Counter
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from inquiry_lessons.bot.app import build_application
from inquiry_lessons.bot.delivery import JOB_PREFIX, run_due
from inquiry_lessons.bot.services import services
from inquiry_lessons.bot.settings import BotSettings
from inquiry_lessons.bot.state import SQLiteStateStore, Subscription
from tests.support.botapi import BOT_USER, TOKEN, BotAPIServer, start_app, stop_app

LONDON = ZoneInfo("Europe/London")


class Clock:
    """The bot's "now", moved by the test."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


def london(*args: int) -> datetime:
    return datetime(*args, tzinfo=LONDON).astimezone(UTC)


def _settings(server: BotAPIServer, tmp_path, **kw) -> BotSettings:
    return BotSettings(token=TOKEN, base_url=server.base_url, state_path=tmp_path / "bot.sqlite",
                       questions_per_minute=1000, **kw)


@pytest.fixture
def clock():
    return Clock(london(2026, 3, 26, 6, 0))  # a Thursday, three days before the clocks go forward


@pytest.fixture
async def bot(server, engine, tmp_path, clock):
    app = build_application(_settings(server, tmp_path), engine=engine, clock=clock)
    await start_app(app)
    yield app
    await stop_app(app)


def _digests(server: BotAPIServer, chat_id: int) -> list[str]:
    return [p["text"] for p in server.to_chat(chat_id) if "Lesson of the day" in p["text"]
            or "7-minute briefing" in p["text"]]


async def _command(server: BotAPIServer, chat_id: int, text: str, user_id: int | None = None,
                   kind: str = "private") -> str:
    before = len(server.to_chat(chat_id))
    await server.send_text(chat_id, text, user_id=user_id, kind=kind,
                           entities=[{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}])
    await server.wait_for(lambda s: len(server.to_chat(chat_id)) > before)
    return server.to_chat(chat_id)[-1]["text"]


def _job(app, schedule: str):
    (job,) = [j for j in app.job_queue.jobs() if j.name == JOB_PREFIX + schedule]
    return job


@pytest.mark.parametrize("start, first, second", [
    # spring: Thu 26 Mar 2026 (GMT) -> Fri 27 Mar (GMT) -> Mon 30 Mar (BST, clocks went forward on Sunday 29th)
    (london(2026, 3, 26, 6, 0), datetime(2026, 3, 26, 8, 30, tzinfo=UTC), datetime(2026, 3, 27, 8, 30, tzinfo=UTC)),
    # autumn: Fri 23 Oct 2026 (BST) -> Mon 26 Oct (GMT, clocks went back on Sunday 25th)
    (london(2026, 10, 23, 6, 0), datetime(2026, 10, 23, 7, 30, tzinfo=UTC), datetime(2026, 10, 26, 8, 30, tzinfo=UTC)),
])
async def test_schedule_fires_at_local_time_across_a_dst_change(server, bot, clock, start, first, second):
    clock.at = start
    assert "Digest: on" in await _command(server, 201, "/digest on")
    job = _job(bot, "08:30|Europe/London|weekdays|daily")
    fired = []
    at = clock.at
    while len(fired) < 3:
        at = job.job.trigger.get_next_fire_time(None, at + timedelta(seconds=1))
        fired.append(at)
    # always 08:30 on the London clock, on weekdays only, whatever the UTC offset
    assert all(t.astimezone(LONDON).strftime("%H:%M") == "08:30" for t in fired)
    assert all(t.astimezone(LONDON).isoweekday() <= 5 for t in fired)
    offsets = {t.astimezone(LONDON).utcoffset() for t in fired}
    assert len(offsets) == 2, "the three firings straddle the change"
    assert fired[0].astimezone(UTC) == first
    # the job at each firing sends exactly one digest; one minute early sends nothing
    clock.at = fired[0] - timedelta(minutes=1)
    await job.run(bot)
    assert _digests(server, 201) == []
    for n, t in enumerate(fired, 1):
        clock.at = t.astimezone(UTC)
        await job.run(bot)
        await job.run(bot)  # a second run of the same slot (a misfire, the catch-up) sends nothing more
        assert len(_digests(server, 201)) == n
    assert fired[1].astimezone(UTC) == second
    state = services(bot).state
    slots = [state.delivery(201, t.astimezone(LONDON).date().isoformat()) for t in fired]
    assert all(s and s[0] == "sent" for s in slots)
    assert len({s[1] for s in slots}) == 3, "three different lessons"


async def test_digest_settings_commands_and_group_admin_checks(server, bot, engine):
    assert "Digest: off" in await _command(server, 202, "/digest")
    for bad, says in [("/digest time 25:00", "HH:MM"), ("/digest tz Mars/Olympus", "time zone"),
                      ("/digest days fortnightly", "weekdays or daily"), ("/digest theme nonsense", "/themes"),
                      ("/digest sometimes", "Usage")]:
        assert says in await _command(server, 202, bad), bad
    state = services(bot).state
    assert state.subscription(202) is None, "a bad command changes nothing"
    theme = next(iter(services(bot).theme_labels))
    for cmd in ("/digest time 7:45", "/digest days daily", "/digest tz America/New_York", f"/digest theme {theme}",
                "/digest on"):
        await _command(server, 202, cmd)
    sub = state.subscription(202)
    assert (sub.enabled, sub.time, sub.days, sub.tz, sub.theme) == (True, "07:45", "daily", "America/New_York", theme)
    assert "07:45" in await _command(server, 202, "/digest")
    assert any(j.name == JOB_PREFIX + "07:45|America/New_York|daily|daily" for j in bot.job_queue.jobs())
    await _command(server, 202, "/digest off")
    assert not any("America/New_York" in (j.name or "") for j in bot.job_queue.jobs()), "unused job removed"

    group, member, admin = -2001, 2101, 2102
    server.members[(group, admin)] = "administrator"
    assert "administrators" in await _command(server, group, "/digest on", user_id=member, kind="group")
    assert state.subscription(group) is None
    assert "Digest: on" in await _command(server, group, "/digest on", user_id=admin, kind="group")
    assert state.subscription(group).enabled and state.subscription(group).kind == "group"
    assert "Digest: on" in await _command(server, group, "/digest", user_id=member, kind="group"), "anyone may look"


async def test_no_lesson_repeats_until_the_pool_is_used_up_and_lesson_on_demand(server, bot, clock):
    svc = services(bot)
    pool = svc.lessons
    assert len(pool) >= 5
    svc.state.save_subscription(Subscription(203, enabled=True, days="daily"))
    day = datetime(2026, 5, 1, 9, 0, tzinfo=LONDON)  # 09:00 on the wall clock every day, across the clock change
    # /lesson before the digest: the same lesson the digest then sends, and no extra delivery
    clock.at = london(2026, 5, 1, 7, 0)
    on_demand = await _command(server, 203, "/lesson")
    assert "Today's lesson" in html.unescape(on_demand)
    keys = []
    for n in range(len(pool) + 3):
        clock.at = (day + timedelta(days=n)).astimezone(UTC)
        await run_due(bot)
        keys.append(svc.state.lesson_history(203)[-1])
    assert len(_digests(server, 203)) == len(pool) + 3
    assert len(set(keys[:len(pool)])) == len(pool), "every lesson once before any repeats"
    assert set(keys[len(pool):]) <= set(keys[:len(pool)])
    first_digest = _digests(server, 203)[0]
    assert first_digest.split("\n", 1)[1] == on_demand.split("\n", 1)[1], "/lesson showed today's lesson"
    reports = [pool.get(k).report_id for k in keys[: min(len(pool), 6)]]
    assert any(a != b for a, b in itertools.pairwise(reports)), "lessons rotate across reports"
    assert all(len(t) <= 4096 for t in _digests(server, 203))


async def test_channel_linking_checks_and_weekly_briefing(server, bot, clock):
    channel, other, admin, stranger = -100500, -100600, 3101, 3102
    server.chats[channel] = {"id": channel, "type": "channel", "title": "Team A", "username": "team_a"}
    server.chats[other] = {"id": other, "type": "channel", "title": "Team B", "username": "team_b"}
    server.chats[-3009] = {"id": -3009, "type": "group", "title": "A group"}
    assert "cannot see" in await _command(server, admin, "/channel add @nobody_here")
    assert "not a channel" in await _command(server, admin, "/channel add -3009")
    assert "Only an administrator" in await _command(server, admin, "/channel add @team_a")
    server.members[(channel, admin)] = "administrator"
    assert "make me an administrator" in await _command(server, admin, "/channel add @team_a")
    server.members[(channel, BOT_USER["id"])] = "administrator"
    reply = await _command(server, admin, "/channel add @team_a")
    assert reply.startswith("Linked @team_a")
    state = services(bot).state
    assert state.subscription(channel).enabled and state.subscription(channel).kind == "channel"
    # a post forwarded from the second channel links it the same way (and the same checks apply)
    server.members[(other, admin)] = "creator"
    server.members[(other, BOT_USER["id"])] = "administrator"
    await server.forward_post(admin, other)
    assert server.to_chat(admin)[-1]["text"].startswith("Linked @team_b")
    listing = await _command(server, admin, "/channel list")
    assert "@team_a" in listing and "@team_b" in listing
    # only an administrator who linked it may change a channel's digest
    assert "not a channel you have linked" in await _command(server, stranger, "/digest @team_a off")
    assert "7-minute briefing" in await _command(server, admin, "/digest @team_a weekly on")
    # an administrator who lost the role can no longer change it
    server.members[(other, admin)] = "member"
    assert "Only an administrator" in await _command(server, admin, "/digest @team_b off")
    # the weekly briefing goes out on Monday at the channel's time; the other channel gets the daily lesson
    clock.at = london(2026, 6, 1, 8, 31)  # a Monday
    await run_due(bot)
    (briefing,) = _digests(server, channel)
    assert briefing.startswith("<b>7-minute briefing") and "What was found" in briefing
    assert len(_digests(server, other)) == 1 and len(briefing) <= 4096
    clock.at = london(2026, 6, 2, 8, 31)  # Tuesday: no briefing
    await run_due(bot)
    assert len(_digests(server, channel)) == 1 and len(_digests(server, other)) == 2
    assert "unlinked" in await _command(server, admin, "/channel remove @team_a")
    assert state.subscription(channel) is None


async def test_a_restart_in_the_middle_of_a_fan_out_sends_every_chat_exactly_one(server, engine, tmp_path):
    chats = list(range(10_000, 11_000))
    state = SQLiteStateStore(tmp_path / "bot.sqlite")
    for chat in chats:
        state.save_subscription(Subscription(chat, enabled=True))
    state.close()
    clock = Clock(london(2026, 6, 3, 8, 30))  # a Wednesday, at the digests' time
    settings = _settings(server, tmp_path, send_rate=100)

    def sent() -> Counter:
        return Counter(int(p["chat_id"]) for m, p in server.sent if m == "sendMessage")

    app = build_application(settings, engine=engine, clock=clock)
    await start_app(app)
    job = _job(app, "08:30|Europe/London|weekdays|daily")
    job.job.modify(next_run_time=datetime.now(UTC))  # the scheduler runs the job now
    await server.wait_for(lambda s: len(sent()) > 300, timeout=120)
    await stop_app(app)  # a stop (SIGTERM) in the middle of the fan-out: sends in flight finish, no new ones
    first = sent()
    assert 300 <= sum(first.values()) < len(chats)
    assert max(first.values()) == 1
    # back up, still the same day in London: the catch-up finishes the fan-out
    clock.at = london(2026, 6, 3, 9, 15)
    app = build_application(settings, engine=engine, clock=clock)
    await start_app(app)
    try:
        await server.wait_for(lambda s: len(sent()) == len(chats), timeout=180)
        await asyncio.sleep(0.5)
        counts = sent()
        assert set(counts) == set(chats) and set(counts.values()) == {1}
        assert services(app).state.delivery_counts() == {"sent": len(chats)}
    finally:
        await stop_app(app)


async def test_a_missed_digest_is_caught_up_once_and_only_the_same_day(server, engine, tmp_path):
    state = SQLiteStateStore(tmp_path / "bot.sqlite")
    state.save_subscription(Subscription(501, enabled=True))  # 08:30 London: missed while down
    state.save_subscription(Subscription(502, enabled=True, time="23:30", tz="Asia/Tokyo"))  # yesterday there
    state.save_subscription(Subscription(503, enabled=True, time="11:00"))  # not yet due
    state.save_subscription(Subscription(504, enabled=True, since=london(2026, 6, 3, 9, 0).timestamp()))  # set after
    # a send that was in flight when the last run crashed: Telegram may have it, so it is not repeated
    state.save_subscription(Subscription(505, enabled=True))
    state.plan_delivery(505, "2026-06-03", "card:x")
    assert state.claim_delivery(505, "2026-06-03")
    state.close()
    clock = Clock(london(2026, 6, 3, 10, 0))  # Wednesday 10:00 London = 18:00 Tokyo
    for _ in range(2):  # a start, then another: caught up once
        app = build_application(_settings(server, tmp_path), engine=engine, clock=clock)
        await start_app(app)
        try:
            await server.wait_for(lambda s: server.to_chat(501), timeout=30)
            await asyncio.sleep(1.5)
        finally:
            await stop_app(app)
    assert len(_digests(server, 501)) == 1
    assert _digests(server, 502) == [] and _digests(server, 503) == [] and _digests(server, 504) == []
    assert _digests(server, 505) == []
    state = SQLiteStateStore(tmp_path / "bot.sqlite")
    assert state.delivery(505, "2026-06-03")[0] == "unknown"
    state.close()


async def test_forbidden_unsubscribes_migrated_group_moves_and_retry_after_is_honoured(server, bot, clock):
    state = services(bot).state
    for chat in (601, -602, 603, 604):
        state.save_subscription(Subscription(chat, enabled=True, kind="group" if chat < 0 else "private"))
    server.blocked.add(601)
    server.chat_faults[-602].append("migrate:-100602")
    server.chat_faults[603].append("429")
    clock.at = london(2026, 6, 4, 8, 45)
    outcome = await run_due(bot)
    assert outcome == {"forbidden": 1, "sent": 3}
    assert state.subscription(601) is None
    assert state._x("SELECT reason FROM unsubscribed WHERE chat_id = 601") == [("forbidden",)]
    assert state.subscription(-602) is None and state.subscription(-100602).enabled
    assert len(_digests(server, -100602)) == 1 and state.delivery(-100602, "2026-06-04")[0] == "sent"
    assert len(_digests(server, 603)) == 1 and len(_digests(server, 604)) == 1
    # the migrated group's next digest goes to the new id; the blocked chat gets nothing more
    clock.at = london(2026, 6, 5, 8, 45)
    await run_due(bot)
    assert len(_digests(server, -100602)) == 2 and not server.to_chat(-602)


async def test_a_group_migration_message_moves_the_subscription(server, bot):
    state = services(bot).state
    state.save_subscription(Subscription(-701, enabled=True, kind="group", time="09:15"))
    await server.push(message=server.message(-701, None, user_id=7001, kind="group", migrate_to_chat_id=-100701))
    await server.wait_for(lambda s: state.subscription(-100701) is not None, timeout=10)
    assert state.subscription(-701) is None and state.subscription(-100701).time == "09:15"


async def test_lesson_on_demand_leaves_a_weekly_briefing_alone(server, bot, clock):
    state = services(bot).state
    state.save_subscription(Subscription(801, enabled=True, mode="weekly"))
    clock.at = london(2026, 6, 1, 7, 0)  # Monday, before the briefing
    assert "Today's lesson" in html.unescape(await _command(server, 801, "/lesson"))
    clock.at = london(2026, 6, 1, 8, 30)
    await run_due(bot)
    assert _digests(server, 801)[0].startswith("<b>7-minute briefing")
    assert state.delivery(801, "2026-06-01")[0] == "sent"


async def test_a_send_that_may_have_arrived_is_never_repeated_and_one_that_did_not_is(server, bot, clock):
    state = services(bot).state
    for chat in (901, 902):
        state.save_subscription(Subscription(chat, enabled=True))
    server.chat_faults[901].append("timeout")  # the server takes the message but answers too late
    server.chat_faults[902] += ["500", "500"]  # the server refuses twice, then accepts
    clock.at = london(2026, 6, 4, 8, 45)
    assert await run_due(bot) == {"unknown": 1, "sent": 1}
    await server.wait_for(lambda s: server.to_chat(901), timeout=15)
    await run_due(bot)  # the catch-up does not send it again
    assert len(_digests(server, 901)) == 1 and state.delivery(901, "2026-06-04")[0] == "unknown"
    assert len(_digests(server, 902)) == 1 and state.delivery(902, "2026-06-04")[0] == "sent"


async def test_removing_the_bot_from_a_group_stops_its_digest(server, bot):
    state = services(bot).state
    state.save_subscription(Subscription(-1001, enabled=True, kind="supergroup"))
    me = {"id": BOT_USER["id"], "is_bot": True, "first_name": "Lessons"}
    member = {"status": "member", "user": me}
    await server.push(my_chat_member={
        "chat": {"id": -1001, "type": "supergroup", "title": "Team"}, "from": {"id": 7, "is_bot": False,
                                                                            "first_name": "A"},
        "date": 1, "old_chat_member": member, "new_chat_member": {"status": "kicked", "user": me, "until_date": 0}})
    await server.wait_for(lambda s: state.subscription(-1001) is None, timeout=10)
    assert state._x("SELECT reason FROM unsubscribed WHERE chat_id = -1001") == [("kicked",)]
