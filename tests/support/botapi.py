"""A loopback Telegram Bot API server for tests (aiohttp on 127.0.0.1).

It implements the methods the bot uses, delivers updates through getUpdates (long polling) or by POSTing
them to a webhook, records everything the bot sends, and injects faults on request: 429 with
retry_after, 500, 403 Forbidden, or a response slower than the client's timeout. Faults can be set per
method (``faults``) or per chat for sendMessage (``chat_faults``, including "migrate:<new id>" for a group
that became a supergroup); ``blocked`` chats always answer 403; ``chats`` holds channels for getChat.

Like Telegram, it refuses (400) a message whose HTML does not parse, whose text is empty or over 4096 UTF-16
units after parsing, a callback answer over 200 characters and an inline result with no title or a bad
message text (telegram_html.py); each refusal is kept in ``rejected`` as (method, description, params),
and the ``server`` fixture fails a test that leaves any there.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import time
from collections import defaultdict
from typing import Any

from aiohttp import ClientSession, web

from .telegram_html import check_request

TOKEN = "123456:TEST-TOKEN-loopback"
BOT_USER = {"id": 999000, "is_bot": True, "first_name": "Lessons", "username": "lessons_test_bot",
            "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": True}


class BotAPIServer:
    def __init__(self) -> None:
        self.pending: list[dict] = []
        self.sent: list[tuple[str, dict]] = []
        self.rejected: list[tuple[str, str, dict]] = []  # (method, description, params): what Telegram refuses
        self.faults: dict[str, list[str]] = defaultdict(list)
        self.members: dict[tuple[int, int], str] = {}
        self.chats: dict[int, dict] = {}  # getChat: channels and groups by id (looked up by @username too)
        self.chat_faults: dict[int, list[str]] = defaultdict(list)
        self.blocked: set[int] = set()
        self._ids = itertools.count(1)
        self._update_ids = itertools.count(1)
        self._new = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.port = 0
        self.webhook: str | None = None
        self.webhook_secret: str | None = None
        self.received_at: dict[int, float] = {}  # chat id -> when its first reply arrived (benchmarks)

    # -- lifecycle -------------------------------------------------------------------------------
    async def start(self) -> BotAPIServer:
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def stop(self) -> None:
        if self._runner:
            await self._runner.cleanup()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    # -- updates ---------------------------------------------------------------------------------
    def _user(self, user_id: int) -> dict:
        return {"id": user_id, "is_bot": False, "first_name": f"User{user_id}"}

    def _chat(self, chat_id: int, kind: str) -> dict:
        chat = {"id": chat_id, "type": kind}
        if kind != "private":
            chat["title"] = f"Team {chat_id}"
        else:
            chat["first_name"] = f"User{chat_id}"
        return chat

    def message(self, chat_id: int, text: str | None, user_id: int | None = None, kind: str = "private",
                reply_to: dict | None = None, entities: list | None = None, **extra: Any) -> dict:
        msg: dict[str, Any] = {"message_id": next(self._ids), "date": int(time.time()),
                               "chat": self._chat(chat_id, kind), "from": self._user(user_id or chat_id)}
        if text is not None:
            msg["text"] = text
        if entities:
            msg["entities"] = entities
        if reply_to:
            msg["reply_to_message"] = reply_to
        msg.update(extra)
        return msg

    async def push(self, **update: Any) -> int:
        uid = next(self._update_ids)
        update["update_id"] = uid
        if self.webhook:
            headers = {"X-Telegram-Bot-Api-Secret-Token": self.webhook_secret} if self.webhook_secret else {}
            async with ClientSession() as s, s.post(self.webhook, json=update, headers=headers) as r:
                assert r.status == 200, await r.text()
        else:
            self.pending.append(update)
            self._new.set()
        return uid

    async def send_text(self, chat_id: int, text: str | None, **kw: Any) -> dict:
        msg = self.message(chat_id, text, **kw)
        await self.push(message=msg)
        return msg

    async def forward_post(self, user_id: int, channel_id: int) -> None:
        """The user forwards a post of a channel (in ``chats``) to the bot in private; waits for the reply."""
        before = len(self.to_chat(user_id))
        await self.send_text(user_id, "a post", forward_origin={"type": "channel", "date": 1, "message_id": 7,
                                                                "chat": self.chats[channel_id]})
        await self.wait_for(lambda s: len(self.to_chat(user_id)) > before)

    async def wait_for(self, predicate, timeout: float = 120.0) -> list[tuple[str, dict]]:
        """Wait until predicate(self.sent) is true; returns the calls recorded so far."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if predicate(self.sent):
                return self.sent
            await asyncio.sleep(0.02)
        raise AssertionError(f"timed out; sent so far: {[m for m, _ in self.sent][-20:]}"
                             + (f"; refused: {[(m, d) for m, d, _ in self.rejected][-5:]}" if self.rejected else ""))

    def to_chat(self, chat_id: int, method: str = "sendMessage") -> list[dict]:
        return [p for m, p in self.sent if m == method and int(p.get("chat_id", 0)) == chat_id]

    # -- the API ---------------------------------------------------------------------------------
    async def _params(self, request: web.Request) -> dict:
        if request.content_type == "application/json":
            data = await request.json()
        else:
            data = dict(await request.post())
        out = {}
        for k, v in data.items():
            if isinstance(v, str) and v[:1] in "[{":
                with contextlib.suppress(ValueError):
                    v = json.loads(v)
            out[k] = v
        return out

    async def _handle(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != TOKEN:
            return web.json_response({"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401)
        method = request.match_info["method"]
        params = await self._params(request)
        fault = self.faults[method].pop(0) if self.faults[method] else None
        chat = params.get("chat_id")
        if method == "sendMessage" and chat is not None and str(chat).lstrip("-").isdigit():
            if int(chat) in self.blocked:
                fault = "403"
            elif self.chat_faults.get(int(chat)):
                fault = self.chat_faults[int(chat)].pop(0)
        if fault:
            if fault.startswith("migrate:"):
                return web.json_response({"ok": False, "error_code": 400, "description": "Bad Request: group chat "
                                          "was upgraded to a supergroup chat",
                                          "parameters": {"migrate_to_chat_id": int(fault.split(":")[1])}},
                                         status=400)
            if fault == "429":
                return web.json_response({"ok": False, "error_code": 429, "description": "Too Many Requests: "
                                          "retry after 1", "parameters": {"retry_after": 1}}, status=429)
            if fault == "500":
                return web.json_response({"ok": False, "error_code": 500, "description": "Internal Server Error"},
                                         status=500)
            if fault == "403":
                return web.json_response({"ok": False, "error_code": 403,
                                          "description": "Forbidden: bot was blocked by the user"}, status=403)
            if fault == "timeout":
                await asyncio.sleep(8)  # longer than PTB's 5 s read timeout
        handler = getattr(self, f"api_{method}", None)
        if handler is None:
            return web.json_response({"ok": False, "error_code": 404, "description": f"Not Found: {method}"},
                                     status=404)
        problem = check_request(method, params)
        if problem:
            self.rejected.append((method, problem, params))
            return web.json_response({"ok": False, "error_code": 400, "description": problem}, status=400)
        result = await handler(params)
        return web.json_response({"ok": True, "result": result})

    async def api_getMe(self, p: dict) -> dict:  # api_<method>: the Bot API method names, camelCase
        return BOT_USER

    async def api_getUpdates(self, p: dict) -> list:
        offset = int(p.get("offset") or 0)
        timeout = float(p.get("timeout") or 0)
        self.pending = [u for u in self.pending if u["update_id"] >= offset]
        if not self.pending and timeout:
            self._new.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._new.wait(), timeout)
        limit = int(p.get("limit") or 100)
        return self.pending[:limit]

    async def api_sendMessage(self, p: dict) -> dict:
        self.sent.append(("sendMessage", p))
        self.received_at.setdefault(int(p["chat_id"]), time.monotonic())
        chat_id = int(p["chat_id"])
        return {"message_id": next(self._ids), "date": int(time.time()), "text": p.get("text", ""),
                "chat": self._chat(chat_id, "private" if chat_id > 0 else "supergroup"), "from": BOT_USER}

    async def _true(self, name: str, p: dict) -> bool:
        self.sent.append((name, p))
        return True

    async def api_sendChatAction(self, p: dict) -> bool:
        return await self._true("sendChatAction", p)

    async def api_answerCallbackQuery(self, p: dict) -> bool:
        return await self._true("answerCallbackQuery", p)

    async def api_answerInlineQuery(self, p: dict) -> bool:
        return await self._true("answerInlineQuery", p)

    async def api_setMyCommands(self, p: dict) -> bool:
        return await self._true("setMyCommands", p)

    async def api_deleteWebhook(self, p: dict) -> bool:
        self.webhook = None
        return True

    async def api_setWebhook(self, p: dict) -> bool:
        self.webhook = p.get("url")
        self.webhook_secret = p.get("secret_token")
        return True

    async def api_getChat(self, p: dict) -> dict:
        ref = str(p["chat_id"])
        for chat in self.chats.values():
            if ref == str(chat["id"]) or ref.lower() == f"@{chat.get('username', '')}".lower():
                return {**chat, "accent_color_id": 0, "max_reaction_count": 11}
        raise web.HTTPBadRequest(text=json.dumps({"ok": False, "error_code": 400,
                                                  "description": "Bad Request: chat not found"}),
                                 content_type="application/json")

    async def api_getChatMember(self, p: dict) -> dict:
        status = self.members.get((int(p["chat_id"]), int(p["user_id"])), "member")
        member: dict[str, Any] = {"status": status, "user": self._user(int(p["user_id"]))}
        if status == "creator":
            member["is_anonymous"] = False
        elif status == "administrator":
            member.update({k: True for k in (
                "can_be_edited", "can_manage_chat", "can_delete_messages", "can_manage_video_chats",
                "can_restrict_members", "can_promote_members", "can_change_info", "can_invite_users",
                "can_post_stories", "can_edit_stories", "can_delete_stories", "can_post_messages",
                "can_edit_messages", "can_pin_messages", "can_manage_topics")})
            member["is_anonymous"] = False
        return member


async def start_app(app) -> None:
    """What ``run_polling`` does, without blocking: initialize, post_init, start, poll (tests, benchmarks)."""
    await app.initialize()
    await app.post_init(app)
    await app.start()
    await app.updater.start_polling(poll_interval=0.0, timeout=1)


async def stop_app(app) -> None:
    """What ``run_polling`` does on SIGTERM: stop polling, stop (running jobs finish), shut down."""
    if app.updater.running:
        await app.updater.stop()
    if app.running:
        await app.stop()
        await app.shutdown()


async def _serve_by_hand(port: int) -> None:
    """Run the loopback server for trying the bot by hand (see README): POST /send?chat_id=1&text=...
    delivers a private message as an update; GET /sent lists what the bot has sent."""
    server = BotAPIServer()
    app = web.Application()
    app.router.add_route("*", "/bot{token}/{method}", server._handle)

    async def send(request: web.Request) -> web.Response:
        text = request.query.get("text", "")
        command = ([{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
                   if text.startswith("/") else None)
        await server.send_text(int(request.query.get("chat_id", "1")), text, entities=command)
        return web.json_response({"ok": True})

    async def sent(request: web.Request) -> web.Response:
        return web.json_response([{"method": m, **{k: v for k, v in p.items() if k != "reply_markup"}}
                                  for m, p in server.sent])

    app.router.add_post("/send", send)
    app.router.add_get("/sent", sent)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    print(f"loopback Bot API server on http://127.0.0.1:{port}/bot (token {TOKEN}); Ctrl-C to stop", flush=True)
    await asyncio.Event().wait()


if __name__ == "__main__":
    import sys

    asyncio.run(_serve_by_hand(int(sys.argv[1]) if len(sys.argv) > 1 else 8081))
