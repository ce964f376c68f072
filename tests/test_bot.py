"""The bot end to end: a real PTB Application over real HTTP against the loopback Bot API server."""

from __future__ import annotations

import asyncio
import re

import pytest

from inquiry_lessons.bot.app import build_application
from inquiry_lessons.bot.services import services
from inquiry_lessons.bot.settings import BotSettings
from inquiry_lessons.index import open_store
from inquiry_lessons.index.answer.verify import citation_problem
from tests.support.botapi import BOT_USER, TOKEN, BotAPIServer, start_app, stop_app


@pytest.fixture
async def bot(server, engine, tmp_path):
    settings = BotSettings(token=TOKEN, base_url=server.base_url, state_path=tmp_path / "bot.sqlite",
                           questions_per_minute=1000)
    app = build_application(settings, engine=engine)
    await start_app(app)
    yield app
    await stop_app(app)


def _texts(server: BotAPIServer, chat_id: int) -> list[str]:
    return [p["text"] for p in server.to_chat(chat_id)]


async def test_private_question_answered_with_valid_citations(server, bot, dev_store):
    await server.send_text(101, "How did supervision affect practice?")
    await server.wait_for(lambda s: server.to_chat(101))
    assert server.to_chat(101, "sendChatAction")
    (reply,) = server.to_chat(101)
    assert "¶" in reply["text"] and reply["parse_mode"] == "HTML"
    buttons = [b["text"] for row in reply["reply_markup"]["inline_keyboard"] for b in row]
    assert buttons[:1] == ["Sources"] and "Helpful" in buttons and "Not helpful" in buttons
    assert all(len(b["callback_data"].encode()) <= 64 for row in reply["reply_markup"]["inline_keyboard"]
               for b in row)
    answer_id = reply["reply_markup"]["inline_keyboard"][0][0]["callback_data"].split(":")[1]
    stored = services(bot).state.load_answer(answer_id, 101)
    assert stored.answered
    store = open_store(dev_store)  # the store the engine answers from
    try:
        assert all(citation_problem(c, store) is None for f in stored.factors for c in f.citations)
    finally:
        store.close()


async def test_buttons_sources_more_and_feedback_survive_a_restart(server, bot, engine, tmp_path):
    await server.send_text(102, "What do the reviews say about supervision?")
    await server.wait_for(lambda s: server.to_chat(102))
    markup = server.to_chat(102)[-1]["reply_markup"]["inline_keyboard"]
    data = {b["text"]: b["callback_data"] for row in markup for b in row}
    # a restart: a new Application over the same state file
    await stop_app(bot)
    settings = BotSettings(token=TOKEN, base_url=server.base_url, state_path=tmp_path / "bot.sqlite")
    app = build_application(settings, engine=engine)
    await start_app(app)
    try:
        reply_msg = server.message(102, "answer", user_id=102)
        for label in ("Sources", "More", "Helpful"):
            if label not in data:
                continue
            before = len(server.sent)
            await server.push(callback_query={"id": f"cb{label}", "from": server._user(102),
                                              "chat_instance": "x", "data": data[label], "message": reply_msg})
            await server.wait_for(lambda s, b=before: any(m == "answerCallbackQuery" for m, _ in s[b:]))
        await server.wait_for(lambda s: len(server.to_chat(102)) >= 2)
        sources = server.to_chat(102)[1]["text"]
        assert "¶" in sources
        assert services(app).state.feedback_counts()["helpful"] == 1
        # an unknown id answers politely
        await server.push(callback_query={"id": "cbx", "from": server._user(102), "chat_instance": "x",
                                          "data": "s:nonexistent", "message": reply_msg})
        await server.wait_for(lambda s: any(m == "answerCallbackQuery" and "no longer stored" in p.get("text", "")
                                            for m, p in s))
    finally:
        await stop_app(app)


async def test_group_answers_only_when_addressed(server, bot):
    name = "@" + BOT_USER["username"]
    await server.send_text(-500, "what do the reviews say about supervision?", user_id=7, kind="supergroup")
    await server.send_text(-500, f"{name} what do the reviews say about supervision?", user_id=7,
                           kind="supergroup", entities=[{"type": "mention", "offset": 0, "length": len(name)}])
    await server.wait_for(lambda s: server.to_chat(-500))
    await asyncio.sleep(1.0)
    assert len(server.to_chat(-500)) == 1  # the unaddressed message got nothing


async def test_inline_query_offers_cited_factors(server, bot):
    await server.push(inline_query={"id": "iq1", "from": server._user(103), "query": "supervision of staff",
                                    "offset": ""})
    calls = await server.wait_for(lambda s: any(m == "answerInlineQuery" for m, _ in s))
    (params,) = [p for m, p in calls if m == "answerInlineQuery"]
    results = params["results"]
    assert results and all(r["type"] == "article" and r["description"] for r in results)


async def test_nothing_relevant_says_so(server, bot):
    await server.send_text(104, "What is the best recipe for lasagne?")
    await server.wait_for(lambda s: server.to_chat(104))
    assert "No passage in the reports" in server.to_chat(104)[0]["text"]


async def test_many_chats_at_once_every_one_answered(server, bot):
    chats = list(range(2000, 2200))  # 200 chats
    for c in chats:
        await server.send_text(c, "Why did practitioners not challenge decisions they disagreed with?")
    await server.wait_for(lambda s: all(server.to_chat(c) for c in chats), timeout=300)


_BASE_HOSTILE = ["", " ", "\x00\x01\x02", "a" * 10_000, "<b>bold</b> & <script>x</script>", "*_[]()~`>#+-=|{}.!",
           "\u202e\u05de\u05d4 \u05e2\u05dd \u05e4\u05d9\u05e7\u05d5\u05d7?", "\U0001f600" * 50, "%s %d {0} \\n",
           "SELECT * FROM passages; --", "\n\n\n", "supervision " * 40, "😀 supervision?", "&amp;&lt;&gt;"]
_WRAPPERS = ["{}", "<i>{}</i>", "**{}**", "{}\u200b\u200b", "\t{}\r\n", "{}" + "?" * 300,
             "\u0000{}\u001f", "`{}`", "[{}](http://127.0.0.1/x)", "\u202e{}\u202c", "{}" + "\n" * 30,
             "<a href='x'>{}</a>"]
HOSTILE = _BASE_HOSTILE + [w.format(b) for w in _WRAPPERS for b in ("supervision", "&<>\"'", "مرحبا", "🙂", "police?",
                                                             "' OR 1=1 --", "\x7f\x1b[0m", "  spaced   out  ")]
assert len(HOSTILE) >= 100


async def test_hostile_inputs_each_get_a_reply(server, bot):
    for i, text in enumerate(HOSTILE):
        await server.send_text(3000 + i, text)  # one chat each, so the per-user rate limit is not hit
    await server.push(message=server.message(3999, None, sticker={"file_id": "x", "file_unique_id": "y",
                                                                  "type": "regular", "width": 1, "height": 1,
                                                                  "is_animated": False, "is_video": False}))
    await server.wait_for(lambda s: all(server.to_chat(3000 + i) for i in range(len(HOSTILE)))
                          and server.to_chat(3999), timeout=180)
    for i in range(len(HOSTILE)):
        for p in server.to_chat(3000 + i):
            assert not re.search(r"<(?!/?(b|i|code)>)", p["text"]), p["text"][:200]


async def test_faults_are_survived_without_losing_a_reply(server, bot):
    server.faults["sendMessage"] += ["429", "500"]
    await server.send_text(105, "How did supervision affect practice?")
    await server.wait_for(lambda s: server.to_chat(105), timeout=120)


async def test_lessons_serve_polls_the_configured_server(server, dev_store, tmp_path):
    """The real command in a subprocess, pointed at the loopback server with TELEGRAM_API_BASE_URL."""
    import os
    import shutil
    import sys
    from pathlib import Path

    exe = shutil.which("lessons", path=str(Path(sys.executable).parent)) or "lessons"
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": server.base_url,
           "LESSONS_BOT_STATE": str(tmp_path / "bot.sqlite"), "HF_HUB_OFFLINE": "1"}
    proc = await asyncio.create_subprocess_exec(exe, "serve", "--store", str(dev_store), env=env,
                                                stdout=asyncio.subprocess.DEVNULL,
                                                stderr=asyncio.subprocess.PIPE)
    try:
        await server.wait_for(lambda s: any(m == "setMyCommands" for m, _ in s), timeout=180)
        await server.send_text(106, "How did supervision affect practice?")
        await server.wait_for(lambda s: server.to_chat(106), timeout=120)
        assert "¶" in server.to_chat(106)[0]["text"]
    finally:
        proc.terminate()
        await asyncio.wait_for(proc.wait(), 60)


async def test_updates_delivered_by_webhook(server, engine, tmp_path):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    settings = BotSettings(token=TOKEN, base_url=server.base_url, state_path=tmp_path / "bot.sqlite")
    app = build_application(settings, engine=engine)
    await app.initialize()
    await app.post_init(app)
    await app.start()
    await app.updater.start_webhook(listen="127.0.0.1", port=port, url_path="hook",
                                    webhook_url=f"http://127.0.0.1:{port}/hook", secret_token="s3cret")
    try:
        assert server.webhook == f"http://127.0.0.1:{port}/hook" and server.webhook_secret == "s3cret"
        await server.send_text(107, "How did supervision affect practice?")
        await server.wait_for(lambda s: server.to_chat(107), timeout=120)
    finally:
        await stop_app(app)


async def test_a_chat_that_blocked_the_bot_is_not_fatal_and_a_slow_server_is_retried(server, bot):
    server.faults["sendMessage"] += ["403"]
    await server.send_text(108, "How did supervision affect practice?")
    await server.wait_for(lambda s: not server.faults["sendMessage"])  # the 403 was served
    server.faults["sendMessage"] += ["timeout"]
    await server.send_text(109, "What went wrong with information sharing?")
    await server.wait_for(lambda s: server.to_chat(109), timeout=120)  # retried after the client's timeout
    assert bot.running and bot.updater.running


async def test_group_settings_only_by_group_administrators(server, bot):
    def cmd(text: str) -> list:
        return [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]

    server.members[(-600, 8)] = "administrator"
    await server.send_text(-600, "/settings length short", user_id=9, kind="supergroup",
                           entities=cmd("/settings"))
    await server.wait_for(lambda s: server.to_chat(-600))
    assert "Only this group's administrators" in server.to_chat(-600)[0]["text"]
    await server.send_text(-600, "/settings length short", user_id=8, kind="supergroup",
                           entities=cmd("/settings"))
    await server.wait_for(lambda s: len(server.to_chat(-600)) == 2)
    assert "set to short" in server.to_chat(-600)[1]["text"]
    assert services(bot).state.get_setting(-600, "length") == "short"
    await server.send_text(110, "/stats", entities=cmd("/stats"))
    await server.wait_for(lambda s: server.to_chat(110))
    assert "administrators" in server.to_chat(110)[0]["text"]


async def test_a_long_answer_is_split_under_the_limit_on_factor_boundaries(server, embedder, tmp_path):
    """A fictional report whose factor list is long enough that the reply needs two messages."""
    from inquiry_lessons.index.answer.engine import Engine
    from inquiry_lessons.index.ingest import ingest
    from inquiry_lessons.index.settings import IngestSettings, Settings

    topics = ["supervision", "housing", "school exclusion", "police response", "health visits", "records",
              "thresholds", "training", "leadership", "missing episodes"]
    words = ["delayed", "fragmented", "unfunded", "ignored", "inconsistent", "rushed", "unrecorded",
             "contested", "unclear", "late"]
    items = [f"- Factor {i + 1}: {topic} " + " ".join(f"was {w} in the {k}th review period" for k, w in
                                                     enumerate(words[i:] + words[:i]))
             + f" and {topic} " * 20 for i, topic in enumerate(topics)]
    doc = tmp_path / "long-fictional-2020.md"
    doc.write_text("# A long fictional review\n\n## 2 Findings\n\n2.1 The panel met monthly.\n\n"
                   "2.2 The review identified the following factors that affected the quality of practice:\n\n"
                   + "\n".join(items) + "\n\n2.3 The board accepted the findings.\n", encoding="utf-8")
    store = tmp_path / "store"
    settings = Settings(ingest=IngestSettings(window_words=5000))  # the whole factor list stays one passage
    assert not ingest([doc], store, settings, embedder).failures
    engine = Engine(store, settings, embedder).load()
    app = build_application(BotSettings(token=TOKEN, base_url=server.base_url, state_path=tmp_path / "b.sqlite",
                                        first_factors=10), engine=engine)
    await start_app(app)
    try:
        await server.send_text(111, "What factors affected the quality of practice?")
        await server.wait_for(lambda s: server.to_chat(111))
        await asyncio.sleep(1.0)
        texts = _texts(server, 111)
        assert len(texts) >= 2 and all(len(t) <= 4096 for t in texts)
        for t in texts:
            assert t.startswith(("•", "<b>")) and t.count("<i>") == t.count("</i>")
        assert sum(t.count("Factor ") for t in texts) == 10
        assert "reply_markup" in server.to_chat(111)[-1] and "reply_markup" not in server.to_chat(111)[0]
    finally:
        await stop_app(app)
