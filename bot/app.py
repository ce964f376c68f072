"""Composition root: builds the PTB Application (no I/O here), registers every handler in one place.

The engine (model + store) is loaded once in ``post_init`` unless one is passed in; every answer runs in
a bounded thread pool so a slow answer never stalls other chats. Message text is never logged unless
``log_message_text`` is set. The handlers are in bot/handlers/, the digest jobs in bot/delivery.py."""

from __future__ import annotations

import asyncio
import logging

from telegram import BotCommand, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    filters,
)

from ..index import Engine, LessonPool
from .delivery import start_schedule
from .handlers import ask, buttons, channels, commands, digests
from .handlers.commands import COMMANDS
from .handlers.errors import on_error
from .schedule import Clock, utc_now
from .services import Services, attach, services
from .settings import BotSettings
from .state import SQLiteStateStore, StateStore

logger = logging.getLogger(__name__)


def build_application(settings: BotSettings, engine: Engine | None = None, state: StateStore | None = None,
                      store_path=None, clock: Clock | None = None) -> Application:
    """The Application, configured but not started."""
    if not settings.token:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")

    async def post_init(app: Application) -> None:
        svc = services(app)
        if svc.engine is None:
            loop = asyncio.get_running_loop()
            svc.engine = await loop.run_in_executor(svc.pool, lambda: Engine(store_path).load())
        svc.theme_labels = svc.engine.theme_labels()
        if svc.lessons is None:
            engine_ = svc.engine
            svc.lessons = await asyncio.get_running_loop().run_in_executor(svc.pool, lambda: LessonPool(engine_))
        start_schedule(app)
        try:
            await app.bot.set_my_commands([BotCommand(c, d) for c, d in COMMANDS])
        except TelegramError as exc:
            logger.warning("could not set the command list: %s", type(exc).__name__)

    async def post_shutdown(app: Application) -> None:
        services(app).pool.shutdown(wait=False)

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
    attach(app, Services(settings, engine, state or SQLiteStateStore(settings.state_path), clock or utc_now))
    _register(app)
    return app


def _register(app: Application) -> None:
    """Every handler, in one place. Order matters: PTB gives an update to the first matching handler of a
    group, so commands come first, then chat changes and forwarded channel posts, then question text, then
    everything else in private chats; buttons, inline queries and errors last."""
    private = filters.ChatType.PRIVATE
    groups = filters.ChatType.GROUPS
    for name, fn in (("start", commands.cmd_start), ("help", commands.cmd_help), ("ask", ask.cmd_ask),
                     ("sources", commands.cmd_sources), ("report", commands.cmd_report),
                     ("themes", commands.cmd_themes), ("theme", commands.cmd_theme),
                     ("privacy", commands.cmd_privacy), ("settings", commands.cmd_settings),
                     ("stats", commands.cmd_stats), ("lesson", digests.cmd_lesson), ("digest", digests.cmd_digest),
                     ("channel", channels.cmd_channel)):
        app.add_handler(CommandHandler(name, fn))
    app.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, channels.on_migrated))
    app.add_handler(ChatMemberHandler(channels.on_my_member, ChatMemberHandler.MY_CHAT_MEMBER))
    app.add_handler(MessageHandler(private & channels.FROM_CHANNEL & ~filters.COMMAND, channels.on_forwarded))
    app.add_handler(MessageHandler(private & filters.TEXT & ~filters.COMMAND, ask.on_private_text))
    app.add_handler(MessageHandler(groups & filters.TEXT & ~filters.COMMAND, ask.on_group_text))
    app.add_handler(MessageHandler(private & ~filters.TEXT & ~filters.COMMAND & ~filters.StatusUpdate.ALL,
                                   commands.on_other))
    app.add_handler(CallbackQueryHandler(buttons.on_button))
    app.add_handler(InlineQueryHandler(ask.on_inline))
    app.add_error_handler(on_error)


__all__ = ["COMMANDS", "build_application"]
