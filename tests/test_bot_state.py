"""The bot when its state store fails, the /privacy promise kept on a schedule, the webhook's secret given or
generated, and private channels managed by id. A real PTB Application (and, for the webhook, the real
`lessons serve`) over real HTTP against the loopback Bot API server; a real SQLite file, locked or deleted
for real."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import stat

import pytest
from aiohttp import ClientSession

from inquiry_lessons.bot.app import build_application
from inquiry_lessons.bot.handlers.errors import STATE_DOWN
from inquiry_lessons.bot.services import services
from inquiry_lessons.bot.settings import BotSettings
from inquiry_lessons.bot.state import SQLiteStateStore, Subscription
from inquiry_lessons.bot.webhook import secret_path, webhook_secret
from tests.support.botapi import BOT_USER, TOKEN, BotAPIServer, start_app, stop_app

ADMIN = 71


def _cmd(text: str) -> list[dict]:
    return [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]


async def _say(server: BotAPIServer, chat_id: int, text: str) -> str:
    before = len(server.to_chat(chat_id))
    await server.send_text(chat_id, text, entities=_cmd(text) if text.startswith("/") else None)
    await server.wait_for(lambda s: len(server.to_chat(chat_id)) > before)
    return server.to_chat(chat_id)[-1]["text"]


@pytest.fixture
async def bot(server, engine, tmp_path):
    path = tmp_path / "bot.sqlite"
    settings = BotSettings(token=TOKEN, base_url=server.base_url, state_path=path, admins=[ADMIN],
                           questions_per_minute=1000)
    app = build_application(settings, engine=engine, state=SQLiteStateStore(path, timeout=0.2))
    await start_app(app)
    yield app
    await stop_app(app)


async def test_a_locked_state_store_still_answers_and_says_so(server, bot, tmp_path):
    locker = sqlite3.connect(str(tmp_path / "bot.sqlite"), isolation_level=None)
    locker.execute("BEGIN IMMEDIATE")  # another writer holds the database
    try:
        await server.send_text(72, "How did supervision affect practice?")
        await server.wait_for(lambda s: server.to_chat(72))
        (answer,) = server.to_chat(72)
        assert "¶" in answer["text"] and "reply_markup" not in answer  # the answer, without its buttons
        assert await _say(server, 72, "/digest on") == STATE_DOWN
        stats = await _say(server, ADMIN, "/stats")
        assert "State store: failing since" in stats and "OperationalError" in stats
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    services(bot).upkeep()
    assert "State store: working" in await _say(server, ADMIN, "/stats")
    assert "Digest: on" in await _say(server, 72, "/digest on")


async def test_a_deleted_state_file_is_noticed_and_restored(server, bot, tmp_path):
    path = tmp_path / "bot.sqlite"
    svc = services(bot)
    svc.state.save_subscription(Subscription(73, enabled=True, time="07:45"))
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    svc.upkeep()  # what the scheduled job does
    assert path.exists()
    assert "the state file was deleted" in await _say(server, ADMIN, "/stats")
    svc.state.save_subscription(Subscription(74, enabled=True))
    fresh = SQLiteStateStore(path)
    try:
        assert fresh.subscription(73).time == "07:45" and fresh.subscription(74).enabled
    finally:
        fresh.close()


async def test_answers_expire_on_a_schedule_and_old_ones_are_never_loaded(server, bot):
    svc = services(bot)
    assert bot.job_queue.get_jobs_by_name("state-upkeep")
    await server.send_text(75, "How did supervision affect practice?")
    await server.wait_for(lambda s: server.to_chat(75))
    data = server.to_chat(75)[0]["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    answer_id = data.split(":")[1]
    assert svc.state.load_answer(answer_id, 75) is not None
    svc.state._x("UPDATE answers SET created = created - 31 * 86400 WHERE id = ?", (answer_id,))
    assert svc.state.load_answer(answer_id, 75) is None  # older than the 30 days /privacy promises
    svc.upkeep()
    assert svc.state._x("SELECT count(*) FROM answers WHERE id = ?", (answer_id,)) == [(0,)]


def test_the_webhook_secret_is_generated_once_kept_private_and_checked(tmp_path):
    state = tmp_path / "state" / "bot.sqlite"
    secret, generated = webhook_secret(state)
    assert generated and len(secret) >= 32
    assert stat.S_IMODE(os.stat(secret_path(state)).st_mode) == 0o600
    assert webhook_secret(state) == (secret, False)  # a restart registers the same one
    assert webhook_secret(state, "given_one-1") == ("given_one-1", False)
    with pytest.raises(ValueError):
        webhook_secret(state, "spaces are not allowed")


async def test_lessons_serve_webhook_refuses_forged_updates_without_a_given_secret(server, dev_store, tmp_path):
    """The real command in webhook mode, no --secret-token: it generates one, registers it with setWebhook,
    and a POST without it (or with a wrong one) gets 403 and changes nothing."""
    import shutil
    import socket
    import sys
    from pathlib import Path

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    exe = shutil.which("lessons", path=str(Path(sys.executable).parent)) or "lessons"
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": server.base_url,
           "LESSONS_BOT_STATE": str(tmp_path / "bot.sqlite"), "HF_HUB_OFFLINE": "1"}
    url = f"http://127.0.0.1:{port}/hook"
    proc = await asyncio.create_subprocess_exec(exe, "serve", "--store", str(dev_store), "--webhook-url", url,
                                                "--port", str(port), env=env, stdout=asyncio.subprocess.DEVNULL,
                                                stderr=asyncio.subprocess.DEVNULL)
    try:
        await server.wait_for(lambda s: server.webhook == url, timeout=180)
        # the webhook is registered before its listener opens (PTB sets it, then serves): wait for the port
        for _ in range(600):
            try:
                _, writer = await asyncio.open_connection("127.0.0.1", port)
            except OSError:
                await asyncio.sleep(0.1)
                continue
            writer.close()
            break
        kept = (tmp_path / "bot.webhook-secret").read_text().strip()
        assert server.webhook_secret == kept and len(kept) >= 32
        forged = {"update_id": 1, "message": server.message(76, "How did supervision affect practice?")}
        async with ClientSession() as http:
            for headers in ({}, {"X-Telegram-Bot-Api-Secret-Token": "guess"}):
                async with http.post(url, json=forged, headers=headers) as r:
                    assert r.status == 403
        await server.send_text(77, "How did supervision affect practice?")  # with the secret, as Telegram does
        await server.wait_for(lambda s: server.to_chat(77), timeout=120)
        assert server.to_chat(76) == []
    finally:
        proc.terminate()
        await asyncio.wait_for(proc.wait(), 60)


async def test_a_private_channel_is_managed_by_its_id(server, bot):
    channel, admin = -1007700, 78
    server.chats[channel] = {"id": channel, "type": "channel", "title": "Private team"}  # no @name
    server.members[(channel, admin)] = "administrator"
    server.members[(channel, BOT_USER["id"])] = "administrator"
    await server.forward_post(admin, channel)
    linked = server.to_chat(admin)[-1]["text"]
    assert f"id <code>{channel}</code>" in linked and f"/digest {channel} ..." in linked
    assert f"<code>{channel}</code>" in await _say(server, admin, "/channel list")
    assert "at 09:10" in await _say(server, admin, f"/digest {channel} time 09:10")
    assert services(bot).state.subscription(channel).time == "09:10"
    assert "unlinked" in await _say(server, admin, f"/channel remove {channel}")


async def test_any_reply_over_the_limit_goes_out_in_valid_parts(server, bot):
    """What /report does with a long summary (and every other reply): through calls.reply, in parts Telegram
    accepts (the loopback server refuses what Telegram refuses), with long, astral-plane and right-to-left
    text and a citation line longer than a message."""
    from html import escape

    from telegram import Update

    from inquiry_lessons.bot.calls import reply

    summary = escape("\u05de\u05d4 \u202e & <x> \U0001d54f\U0001f600 " * 700)
    citation = "<i>" + escape("Fictional SCR (2020) ¶4.9.5, p.114; " * 200) + "</i>"
    text = f"<b>A fictional report</b>\n\n{summary} <i>(our summary)</i>\n\n{citation}"
    update = Update.de_json({"update_id": 1, "message": server.message(79, "/report x")}, bot.bot)
    await reply(update, text)
    parts = [p["text"] for p in server.to_chat(79)]
    assert len(parts) >= 4 and all(len(p.encode("utf-16-le")) // 2 <= 4096 for p in parts)
    assert sum(p.count("¶4.9.5") for p in parts) == 200
