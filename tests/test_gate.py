"""Who may reach the bot, and what a stranger can do with what they see: the one gate in front of every
handler, buttons bound to their chat, the rate limit on inline queries, and input that must not reach the
logs. A real PTB Application over real HTTP against the loopback Bot API server."""

from __future__ import annotations

import asyncio
import logging

import pytest
from telegram import Update
from telegram.ext import CallbackContext

from inquiry_lessons.bot.app import build_application
from inquiry_lessons.bot.handlers.errors import on_error
from inquiry_lessons.bot.handlers.gate import GATE, GATE_GROUP, NOT_ALLOWED
from inquiry_lessons.bot.services import services
from inquiry_lessons.bot.settings import BotSettings
from inquiry_lessons.bot.state import Subscription
from tests.support.botapi import BOT_USER, TOKEN, BotAPIServer, start_app, stop_app

FRIEND, STRANGER, TEAM = 41, 777, -4100  # on the allow-list: FRIEND and the group TEAM


@pytest.fixture
async def bot(server, engine, tmp_path):
    settings = BotSettings(token=TOKEN, base_url=server.base_url, state_path=tmp_path / "bot.sqlite",
                           allowlist=[FRIEND, TEAM], admins=[43], questions_per_minute=1000)
    app = build_application(settings, engine=engine)
    await start_app(app)
    yield app
    await stop_app(app)


def _cmd(text: str) -> list[dict]:
    return [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]


def _stranger_updates(server: BotAPIServer) -> list[dict]:
    """One update of every kind a stranger (and their group) can send, each command included."""
    me = {"id": BOT_USER["id"], "is_bot": True, "first_name": "Lessons"}
    user = server._user(STRANGER)
    channel = {"id": -1004200, "type": "channel", "title": "Theirs", "username": "theirs"}
    commands = ["/start", "/help", "/ask why did problems persist?", "/sources", "/report rochdale-scr-2013",
                "/themes", "/theme supervision", "/privacy", "/settings length short", "/stats", "/lesson",
                "/digest on", "/digest tz Europe/Paris", "/channel add @theirs", "/channel list"]
    updates: list[dict] = [{"message": server.message(STRANGER, c, entities=_cmd(c))} for c in commands]
    updates += [
        {"message": server.message(-4200, "/digest on", user_id=STRANGER, kind="group", entities=_cmd("/digest"))},
        {"message": server.message(STRANGER, "How did supervision affect practice?")},
        {"message": server.message(-4200, "@lessons_test_bot supervision?", user_id=STRANGER, kind="supergroup",
                                   entities=[{"type": "mention", "offset": 0, "length": 17}])},
        {"message": server.message(STRANGER, "a post", forward_origin={"type": "channel", "date": 1,
                                                                     "message_id": 3, "chat": channel})},
        {"message": server.message(STRANGER, None, sticker={"file_id": "x", "file_unique_id": "y", "type": "regular",
                                                            "width": 1, "height": 1, "is_animated": False,
                                                            "is_video": False})},
        {"message": server.message(-4200, None, user_id=STRANGER, kind="group", migrate_to_chat_id=-1004201)},
        {"edited_message": {**server.message(STRANGER, "supervision?"), "edit_date": 2}},
        {"channel_post": {k: v for k, v in server.message(-1004200, "/digest on", kind="channel").items()
                          if k != "from"}},
        {"callback_query": {"id": "cb-s", "from": user, "chat_instance": "i", "data": "s:abcdefgh",
                            "message": server.message(STRANGER, "answer", user_id=BOT_USER["id"])}},
        {"inline_query": {"id": "iq-s", "from": user, "query": "supervision of staff", "offset": ""}},
        {"chosen_inline_result": {"result_id": "0", "from": user, "query": "supervision"}},
        {"my_chat_member": {"chat": {"id": -4200, "type": "group", "title": "Theirs"}, "from": user, "date": 1,
                            "old_chat_member": {"status": "left", "user": me},
                            "new_chat_member": {"status": "member", "user": me}}},
        {"chat_member": {"chat": {"id": -4200, "type": "group", "title": "Theirs"}, "from": user, "date": 1,
                         "old_chat_member": {"status": "left", "user": user},
                         "new_chat_member": {"status": "member", "user": user}}},
    ]
    return updates


async def test_one_gate_runs_first_and_no_handler_is_reachable_around_it(server, bot):
    groups = sorted(bot.handlers)
    assert groups[0] == GATE_GROUP and bot.handlers[GATE_GROUP] == [GATE] and GATE.block
    samples = _stranger_updates(server)
    parsed = [Update.de_json({**u, "update_id": i}, bot.bot) for i, u in enumerate(samples, 1)]
    handlers = [h for g in groups[1:] for h in bot.handlers[g]]
    for h in handlers:  # every registered handler is reached by at least one of the samples
        assert any(h.check_update(u) for u in parsed), f"no sample update reaches {h!r}: add one"
    reached: list[str] = []

    def spy(orig):
        async def callback(update, context):
            reached.append(orig.__name__)
            return await orig(update, context)
        return callback

    for h in handlers:
        h.callback = spy(h.callback)
    svc = services(bot)
    svc.state.save_subscription(Subscription(-4300, enabled=True, kind="group"))
    for u in samples:
        await server.push(**u)
    # the bot's removal from a chat passes the gate whoever sends it: it only stops that chat's digests
    me = {"id": BOT_USER["id"], "is_bot": True, "first_name": "Lessons"}
    await server.push(my_chat_member={"chat": {"id": -4300, "type": "group", "title": "Old"},
                                      "from": server._user(STRANGER), "date": 1,
                                      "old_chat_member": {"status": "member", "user": me},
                                      "new_chat_member": {"status": "left", "user": me}})
    await server.wait_for(lambda s: any(m == "answerInlineQuery" for m, _ in s)
                          and any(m == "answerCallbackQuery" for m, _ in s))
    await server.wait_for(lambda s: svc.state.subscription(-4300) is None, timeout=10)
    await asyncio.sleep(1.5)
    assert reached == ["on_my_member"]
    texts = [p["text"] for m, p in server.sent if m == "sendMessage"]
    assert texts == [NOT_ALLOWED]  # told once a minute per user, nothing else
    (inline,) = [p for m, p in server.sent if m == "answerInlineQuery"]
    assert inline["results"] == []
    (alert,) = [p for m, p in server.sent if m == "answerCallbackQuery"]
    assert alert["text"] == NOT_ALLOWED
    assert svc.state.subscription(STRANGER) is None and svc.state.subscription(-4200) is None
    assert svc.state.channel_links(STRANGER) == [] and svc.state.get_setting(STRANGER, "length") is None


async def test_users_and_groups_on_the_list_are_served(server, bot):
    await server.send_text(43, "/stats", entities=_cmd("/stats"))
    await server.wait_for(lambda s: server.to_chat(43))
    assert "Feedback:" in server.to_chat(43)[0]["text"]  # the bot's administrators pass the gate too
    await server.send_text(FRIEND, "How did supervision affect practice?")
    await server.send_text(TEAM, "/ask How did supervision affect practice?", user_id=5555, kind="supergroup",
                           entities=_cmd("/ask"))
    await server.wait_for(lambda s: server.to_chat(FRIEND) and server.to_chat(TEAM))
    assert "¶" in server.to_chat(FRIEND)[0]["text"] and "¶" in server.to_chat(TEAM)[0]["text"]


def _buttons(server: BotAPIServer, chat_id: int) -> dict[str, str]:
    markup = server.to_chat(chat_id)[-1]["reply_markup"]["inline_keyboard"]
    return {b["text"]: b["callback_data"] for row in markup for b in row}


async def _press(server: BotAPIServer, data: str, user_id: int, chat_id: int, kind: str = "private") -> dict:
    before = len(server.sent)
    qid = f"cb{before}"
    await server.push(callback_query={"id": qid, "from": server._user(user_id), "chat_instance": "i", "data": data,
                                      "message": server.message(chat_id, "answer", user_id=BOT_USER["id"],
                                                                kind=kind)})
    calls = await server.wait_for(lambda s: any(m == "answerCallbackQuery" and p["callback_query_id"] == qid
                                                for m, p in s[before:]))
    await asyncio.sleep(0.3)
    return next(p for m, p in calls[before:] if m == "answerCallbackQuery" and p["callback_query_id"] == qid)


async def test_a_button_replayed_in_another_chat_shows_nothing(server, bot):
    await server.send_text(FRIEND, "What do the reviews say about supervision?")
    await server.wait_for(lambda s: server.to_chat(FRIEND))
    data = _buttons(server, FRIEND)
    svc = services(bot)
    svc.settings.allowlist.append(42)  # a second permitted user, in a chat of their own
    for label in ("Sources", "More", "Helpful"):
        if label in data:
            alert = await _press(server, data[label], 42, 42)
            assert alert.get("show_alert") and "no longer stored" in alert["text"]
    assert server.to_chat(42) == [] and svc.state.feedback_counts()["helpful"] == 0
    # in its own chat the same button works
    alert = await _press(server, data["Sources"], FRIEND, FRIEND)
    await server.wait_for(lambda s: len(server.to_chat(FRIEND)) >= 2)
    # in a group, only a member of that group gets anything from its buttons
    await server.send_text(TEAM, "/ask What do the reviews say about supervision?", user_id=5555,
                           kind="supergroup", entities=_cmd("/ask"))
    await server.wait_for(lambda s: server.to_chat(TEAM))
    group_data = _buttons(server, TEAM)
    server.members[(TEAM, 5556)] = "left"
    before = len(server.to_chat(TEAM))
    alert = await _press(server, group_data["Sources"], 5556, TEAM, kind="supergroup")
    assert alert.get("show_alert") and len(server.to_chat(TEAM)) == before
    await _press(server, group_data["Sources"], 5555, TEAM, kind="supergroup")
    await server.wait_for(lambda s: len(server.to_chat(TEAM)) > before)


async def test_inline_queries_count_against_the_rate_limit(server, engine, tmp_path):
    settings = BotSettings(token=TOKEN, base_url=server.base_url, state_path=tmp_path / "bot.sqlite",
                           questions_per_minute=3)
    app = build_application(settings, engine=engine)
    await start_app(app)
    try:
        for i in range(8):
            await server.push(inline_query={"id": f"iq{i}", "from": server._user(61), "query": "supervision of staff",
                                            "offset": ""})
        calls = await server.wait_for(lambda s: sum(m == "answerInlineQuery" for m, _ in s) == 8)
        answered = [p for m, p in calls if m == "answerInlineQuery" and p["results"]]
        assert len(answered) == 3
    finally:
        await stop_app(app)


SECRET = "Zebra-unicorn-7781-private-phrase"


async def test_user_input_never_reaches_the_logs(server, bot, caplog):
    """At INFO, the most `lessons serve --verbose` logs (PTB's DEBUG echoes whole API calls; we never set it)."""
    caplog.set_level(logging.INFO)
    bad = [f"/digest tz {SECRET}" + "A" * 5000, f"/digest ² {SECRET}", f"/digest tz ../../{SECRET}",
           f"/digest time {SECRET}", f"/channel remove {SECRET}" + "\U0001d54f" * 3000,
           f"/digest @{SECRET}" + "\u202e" * 4000]
    for text in bad:
        await server.send_text(FRIEND, text, entities=_cmd(text))
    await server.wait_for(lambda s: len(server.to_chat(FRIEND)) >= len(bad), timeout=60)
    replies = [p["text"] for p in server.to_chat(FRIEND)]
    assert not any("could not be done" in r for r in replies)  # each one a clear error, no failure
    assert "Unknown time zone" in replies[0] and all(len(r) < 400 for r in replies)
    # an exception whose message carries user text is logged by type and place only
    update = Update.de_json({"update_id": 1, "message": server.message(FRIEND, SECRET)}, bot.bot)
    context = CallbackContext(bot)
    try:
        int(SECRET)
    except ValueError as exc:
        context.error = exc
    await on_error(update, context)
    await server.wait_for(lambda s: any("could not be done" in p["text"] for p in server.to_chat(FRIEND)))
    logged = "\n".join(f"{r.getMessage()} {r.exc_text or ''} {r.exc_info or ''}" for r in caplog.records)
    assert "ValueError" in logged and "test_gate.py" in logged
    assert SECRET not in logged and SECRET.lower() not in logged.lower()
