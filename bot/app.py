"""Composition root: builds the PTB Application (no I/O here), registers every handler in one place.

The engine (model + store) is loaded once in ``post_init`` unless one is passed in; every answer runs in
a bounded thread pool so a slow answer never stalls other chats. Message text is never logged unless
``log_message_text`` is set."""

from __future__ import annotations

import asyncio
import logging
import time
from collections import defaultdict, deque
from concurrent.futures import ThreadPoolExecutor
from html import escape

from telegram import (
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    LinkPreviewOptions,
    Update,
)
from telegram.constants import ChatAction, ParseMode
from telegram.error import Forbidden, TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    ContextTypes,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    filters,
)

from ..index.answer.engine import Engine
from ..index.lessons import LessonPool
from ..index.answer.text import cite
from ..index.types import Answer

from . import digests
from .calls import is_chat_admin, retrying
from .render import render_answer, render_sources
from .settings import BotSettings
from .state import SQLiteStateStore, StateStore

logger = logging.getLogger(__name__)

COMMANDS = [
    ("start", "What this bot does"),
    ("help", "How to ask, with examples"),
    ("ask", "Ask a question (in groups: /ask your question)"),
    ("sources", "Reports this bot can answer from"),
    ("report", "About one report: /report ID"),
    ("themes", "Practice themes"),
    ("theme", "Lessons under one theme: /theme ID"),
    ("privacy", "What is stored and for how long"),
    ("settings", "This chat's settings (groups: administrators only)"),
    ("lesson", "Today's lesson"),
    ("digest", "Daily lesson: on/off, time, days, theme, time zone"),
    ("channel", "Post daily lessons to a team channel (private chat)"),
]
LENGTHS = {"short": 3, "normal": 5, "full": 10}
HELP = (
    "Ask a question about what inquiry reports and serious case reviews found, for example:\n"
    "• why did the problems in Rochdale persist?\n"
    "• what do reviews say about supervision?\n\n"
    "Each point comes with its report, paragraph and page where these are known, so you can check it. "
    "Points marked as summaries are our own wording of a finding, not the report's words.\n\n"
    "In a group, use /ask, mention me, or reply to one of my messages.\n\n"
    "/lesson shows today's lesson; /digest on sends one each weekday at 08:30 (see /digest for the settings); "
    "/channel links a team channel."
)
PRIVACY = (
    "What is stored: your questions and the answers given, only so that the buttons under an answer keep "
    "working, deleted after {days} days; your helpful / not helpful feedback; chat settings and digest "
    "settings; which lessons were sent to this chat and when (so none is repeated), and the channels you "
    "linked. Message text is not written to the logs. Nothing is shared with anyone."
)
RATE_LIMITED = "You have asked several questions in a short time. Please wait a minute and ask again."
TOO_LONG = "That question is too long (over {n} characters). Please shorten it."
NOT_TEXT = "Please send your question as a text message."
NOT_ALLOWED = "This bot is limited to its configured users."
EXPIRED = "This answer is no longer stored; please ask the question again."


class Services:
    """What the handlers need, kept in ``bot_data["services"]``."""

    def __init__(self, settings: BotSettings, engine: Engine | None, state: StateStore,
                 clock: digests.Clock = digests.utc_now) -> None:
        self.settings = settings
        self.engine = engine
        self.state = state
        self.clock = clock  # aware "now"; tests pass a controllable one
        self.lessons: LessonPool | None = None
        self.fan_out_lock = asyncio.Lock()
        self.pool = ThreadPoolExecutor(max_workers=max(1, settings.workers), thread_name_prefix="engine")
        self.recent: dict[int, deque[float]] = defaultdict(deque)
        self.theme_labels: dict[str, str] = {}

    async def answer(self, question: str) -> Answer:
        assert self.engine is not None
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.pool, self.engine.answer, question)

    def allowed(self, update: Update) -> bool:
        allow = self.settings.allowlist
        if not allow:
            return True
        user = update.effective_user.id if update.effective_user else None
        chat = update.effective_chat.id if update.effective_chat else None
        return user in allow or chat in allow

    def over_rate(self, user_id: int) -> bool:
        now = time.monotonic()
        q = self.recent[user_id]
        while q and now - q[0] > 60:
            q.popleft()
        if len(q) >= self.settings.questions_per_minute:
            return True
        q.append(now)
        return False


def services(context: ContextTypes.DEFAULT_TYPE) -> Services:
    return context.application.bot_data["services"]


def _keyboard(answer_id: str, answer: Answer, shown: int) -> InlineKeyboardMarkup:
    row = [InlineKeyboardButton("Sources", callback_data=f"s:{answer_id}")]
    if len(answer.factors) > shown:
        row.append(InlineKeyboardButton("More", callback_data=f"m:{answer_id}:{shown}"))
    return InlineKeyboardMarkup([row, [InlineKeyboardButton("Helpful", callback_data=f"f:{answer_id}:1"),
                                       InlineKeyboardButton("Not helpful", callback_data=f"f:{answer_id}:0")]])


async def reply_answer(update: Update, context: ContextTypes.DEFAULT_TYPE, question: str) -> None:
    svc = services(context)
    message = update.effective_message
    if message is None:
        return
    if not svc.allowed(update):
        await retrying(message.reply_text, NOT_ALLOWED)
        return
    question = question.strip()
    if not question:
        await retrying(message.reply_text, HELP)
        return
    if len(question) > svc.settings.max_question_chars:
        await retrying(message.reply_text, TOO_LONG.format(n=svc.settings.max_question_chars))
        return
    user_id = update.effective_user.id if update.effective_user else 0
    if svc.over_rate(user_id):
        await retrying(message.reply_text, RATE_LIMITED)
        return
    if svc.settings.log_message_text:
        logger.info("question in chat %s: %s", message.chat_id, question)
    await context.bot.send_chat_action(message.chat_id, ChatAction.TYPING)
    answer = await svc.answer(question)
    if not answer.answered:
        await retrying(message.reply_text, escape(answer.message or "No answer."))
        return
    answer_id = svc.state.save_answer(message.chat_id, answer)
    first = LENGTHS.get(svc.state.get_setting(message.chat_id, "length", ""), svc.settings.first_factors)
    shown = min(first, len(answer.factors))
    parts = render_answer(answer, svc.theme_labels, first=shown)
    for i, part in enumerate(parts):
        markup = _keyboard(answer_id, answer, shown) if i == len(parts) - 1 else None
        await retrying(message.reply_text, part, reply_markup=markup)


async def on_private_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Any text in a private chat is a question."""
    await reply_answer(update, context, update.effective_message.text or "")


async def on_group_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """In groups, answer only when addressed: a mention of the bot or a reply to one of its messages."""
    message = update.effective_message
    text = message.text or ""
    username = context.bot.username or ""
    mention = f"@{username}".lower()
    replied = message.reply_to_message is not None and message.reply_to_message.from_user is not None \
        and message.reply_to_message.from_user.id == context.bot.id
    if mention in text.lower():
        await reply_answer(update, context, text.replace(f"@{username}", "").replace(mention, ""))
    elif replied:
        await reply_answer(update, context, text)


async def cmd_ask(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/ask QUESTION."""
    await reply_answer(update, context, " ".join(context.args or []))


async def cmd_start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await retrying(update.effective_message.reply_text,
        "Inquiry Lessons: cited findings from safeguarding inquiry reports and serious case reviews.\n\n" + HELP)


async def cmd_help(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await retrying(update.effective_message.reply_text, HELP)


async def cmd_privacy(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    svc = services(context)
    days = getattr(svc.state, "keep_days", 30)
    await retrying(update.effective_message.reply_text, PRIVACY.format(days=days))


async def cmd_sources(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    svc = services(context)
    assert svc.engine is not None
    full = svc.engine.store.full_text_reports()
    lines = []
    for s in svc.engine.sources():
        held = "full text" if s.report.report_id in full else "lesson cards only"
        lines.append(f"• {escape(s.report.label)} ({held}) <code>{escape(s.report.report_id)}</code>")
    from .render import pack

    for part in pack(lines or ["No reports are loaded."]):
        await retrying(update.effective_message.reply_text, part)


async def cmd_report(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    svc = services(context)
    assert svc.engine is not None
    if not context.args:
        await retrying(update.effective_message.reply_text, "Usage: /report ID (see /sources for the ids).")
        return
    report = svc.engine.report(context.args[0])
    if report is None:
        await retrying(update.effective_message.reply_text, "No report with that id; see /sources.")
        return
    themes: dict[str, int] = {}
    for p in svc.engine.store.report_passages(report.report_id):
        for t in p.meta.get("themes", []):
            themes[t] = themes.get(t, 0) + 1
    text = f"<b>{escape(report.title)}</b>\n{escape(report.label)}"
    if report.extra.get("summary"):
        text += f"\n\n{escape(report.extra['summary'])} <i>(our summary)</i>"
    if themes:
        text += "\n\nThemes: " + ", ".join(escape(svc.theme_labels.get(t, t)) for t in sorted(themes))
    await retrying(update.effective_message.reply_text, text)


async def cmd_themes(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    svc = services(context)
    lines = [f"• {escape(label)} <code>{escape(tid)}</code>" for tid, label in svc.theme_labels.items()]
    await retrying(update.effective_message.reply_text, "\n".join(lines) or "No themes are configured.")


async def cmd_theme(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    svc = services(context)
    assert svc.engine is not None
    if not context.args or context.args[0] not in svc.theme_labels:
        await retrying(update.effective_message.reply_text, "Usage: /theme ID (see /themes for the ids).")
        return
    tid = context.args[0]
    answer = svc.engine.theme_lessons(tid)
    parts = render_answer(answer, svc.theme_labels) if answer.factors else ["No lessons under that theme yet."]
    for part in parts:
        await retrying(update.effective_message.reply_text, part)


async def cmd_settings(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/settings shows this chat's settings; /settings length short|normal|full changes how many factors
    the first reply shows (in groups, administrators only)."""
    svc = services(context)
    chat_id = update.effective_chat.id
    args = context.args or []
    current = svc.state.get_setting(chat_id, "length", "normal")
    if not args:
        await retrying(update.effective_message.reply_text,
                       f"Answer length: {current} (/settings length short|normal|full).")
        return
    if len(args) != 2 or args[0] != "length" or args[1] not in LENGTHS:
        await retrying(update.effective_message.reply_text, "Usage: /settings length short|normal|full")
        return
    if not await is_chat_admin(update, context):
        await retrying(update.effective_message.reply_text,
                       "Only this group's administrators can change its settings.")
        return
    svc.state.set_setting(chat_id, "length", args[1])
    await retrying(update.effective_message.reply_text, f"Answer length set to {args[1]}.")


async def cmd_stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/stats for the bot's administrators (LESSONS_BOT_ADMINS): feedback counts, no message text."""
    svc = services(context)
    user = update.effective_user
    if user is None or user.id not in svc.settings.admins:
        await retrying(update.effective_message.reply_text, "This command is for the bot's administrators.")
        return
    counts = svc.state.feedback_counts()
    await retrying(update.effective_message.reply_text,
                   f"Feedback: {counts['helpful']} helpful, {counts['not_helpful']} not helpful.")


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Sources / More / Helpful / Not helpful; state is looked up by the short id in the callback data."""
    query = update.callback_query
    svc = services(context)
    kind, _, rest = (query.data or "").partition(":")
    answer_id, _, arg = rest.partition(":")
    answer = svc.state.load_answer(answer_id) if answer_id else None
    if answer is None:
        await query.answer(EXPIRED, show_alert=True)
        return
    chat_id = query.message.chat.id if query.message else query.from_user.id
    if kind == "s":
        await query.answer()
        for part in render_sources(answer):
            await retrying(context.bot.send_message, chat_id, part)
    elif kind == "m":
        await query.answer()
        start = int(arg or 0)
        rest_answer = answer.model_copy(update={"factors": answer.factors[start:]})
        for part in render_answer(rest_answer, svc.theme_labels):
            await retrying(context.bot.send_message, chat_id, part)
    elif kind == "f":
        svc.state.record_feedback(answer_id, query.from_user.id, arg == "1")
        await query.answer("Thank you, your feedback is recorded.")
    else:
        await query.answer()


async def on_inline(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """@bot question: the top factors, each with its citation."""
    svc = services(context)
    query = update.inline_query
    text = (query.query or "").strip()[: svc.settings.max_question_chars]
    if len(text) < 3 or not svc.allowed(update):
        await query.answer([], cache_time=5)
        return
    answer = await svc.answer(text)
    results = []
    for i, f in enumerate(answer.factors[:8]):
        refs = "; ".join(cite(c) for c in f.citations)
        body = render_answer(answer.model_copy(update={"factors": [f]}), svc.theme_labels)[0]
        results.append(InlineQueryResultArticle(
            id=str(i), title=f.summary[:100], description=refs[:200],
            input_message_content=InputTextMessageContent(body, parse_mode=ParseMode.HTML)))
    await query.answer(results, cache_time=60, is_personal=False)


async def on_other(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Photos, stickers, voice and the like in a private chat."""
    if update.effective_message is not None:
        await retrying(update.effective_message.reply_text, NOT_TEXT)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log ids only, never message text; a chat that blocked the bot is not an error worth more."""
    err = context.error
    chat = update.effective_chat.id if isinstance(update, Update) and update.effective_chat else None
    if isinstance(err, Forbidden):
        logger.info("chat %s blocked the bot or removed it", chat)
        return
    logger.error("error handling an update in chat %s: %s", chat, type(err).__name__,
                 exc_info=not isinstance(err, TelegramError))


class _FromChannel(filters.MessageFilter):
    """A message forwarded from a channel (its origin names the channel)."""

    def filter(self, message) -> bool:
        return message.forward_origin is not None and message.forward_origin.type == "channel"


_FROM_CHANNEL = _FromChannel(name="forwarded from a channel")


def build_application(settings: BotSettings, engine: Engine | None = None, state: StateStore | None = None,
                      store_path=None, clock: digests.Clock | None = None) -> Application:
    """The Application, configured but not started."""
    if not settings.token:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")

    async def post_init(app: Application) -> None:
        svc: Services = app.bot_data["services"]
        if svc.engine is None:
            loop = asyncio.get_running_loop()
            svc.engine = await loop.run_in_executor(svc.pool, lambda: Engine(store_path).load())
        svc.theme_labels = {t.id: t.label for t in svc.engine.summariser.themes}
        if svc.lessons is None:
            engine_ = svc.engine
            svc.lessons = await asyncio.get_running_loop().run_in_executor(svc.pool, lambda: LessonPool(engine_))
        digests.start_schedule(app)
        try:
            await app.bot.set_my_commands([BotCommand(c, d) for c, d in COMMANDS])
        except TelegramError as exc:
            logger.warning("could not set the command list: %s", type(exc).__name__)

    async def post_shutdown(app: Application) -> None:
        svc: Services = app.bot_data["services"]
        svc.pool.shutdown(wait=False)

    app = (ApplicationBuilder()
           .token(settings.token)
           .base_url(settings.base_url)
           .base_file_url(settings.base_url.replace("/bot", "/file/bot"))
           .defaults(Defaults(parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True)))
           .rate_limiter(AIORateLimiter(overall_max_rate=settings.send_rate, max_retries=3))
           .concurrent_updates(True)
           .post_init(post_init)
           .post_shutdown(post_shutdown)
           .build())
    app.bot_data["services"] = Services(settings, engine, state or SQLiteStateStore(settings.state_path),
                                        clock or digests.utc_now)
    private = filters.ChatType.PRIVATE
    groups = filters.ChatType.GROUPS
    # Order matters: commands first, then text, then everything else in private chats.
    for name, fn in (("start", cmd_start), ("help", cmd_help), ("ask", cmd_ask), ("sources", cmd_sources),
                     ("report", cmd_report), ("themes", cmd_themes), ("theme", cmd_theme),
                     ("privacy", cmd_privacy), ("settings", cmd_settings), ("stats", cmd_stats),
                     ("lesson", digests.cmd_lesson), ("digest", digests.cmd_digest), ("channel", digests.cmd_channel)):
        app.add_handler(CommandHandler(name, fn))
    app.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, digests.on_migrated))
    app.add_handler(ChatMemberHandler(digests.on_my_member, ChatMemberHandler.MY_CHAT_MEMBER))
    app.add_handler(MessageHandler(private & _FROM_CHANNEL & ~filters.COMMAND, digests.on_forwarded))
    app.add_handler(MessageHandler(private & filters.TEXT & ~filters.COMMAND, on_private_text))
    app.add_handler(MessageHandler(groups & filters.TEXT & ~filters.COMMAND, on_group_text))
    app.add_handler(MessageHandler(private & ~filters.TEXT & ~filters.COMMAND & ~filters.StatusUpdate.ALL,
                                   on_other))
    app.add_handler(CallbackQueryHandler(on_button))
    app.add_handler(InlineQueryHandler(on_inline))
    app.add_error_handler(on_error)
    return app


__all__ = ["COMMANDS", "build_application"]
