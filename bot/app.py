"""Composition root: builds the PTB Application (no I/O here), registers every handler in one place.

The engine (model + store) is loaded once in ``post_init`` unless one is passed in; every answer runs in
a bounded thread pool so a slow answer never stalls other chats; with more than one worker, answers running
at the same time share one embedding call (``batch_queries``, index/embed_batch.py). Message text is never logged unless
``log_message_text`` is set. The handlers are in bot/handlers/, the digest jobs in bot/delivery.py."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from urllib.parse import urlparse

from telegram import BotCommand, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import TelegramError
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

from ..index import Engine, LessonPool
from .delivery import start_schedule
from .handlers import ask, buttons, channels, commands, digests
from .handlers.commands import COMMANDS
from .handlers.errors import on_error
from .handlers.gate import GATE, GATE_GROUP
from .schedule import Clock, utc_now
from .services import Services, attach, services
from .settings import BotSettings
from .state import SQLiteStateStore, StateStore
from .webhook import secret_path, webhook_secret

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
        if svc.settings.batch_queries and svc.settings.workers > 1:
            svc.shared_embedding = svc.engine.share_embedding(window_s=svc.settings.batch_window_ms / 1000)
        svc.theme_labels = svc.engine.theme_labels()
        if svc.lessons is None:
            engine_ = svc.engine
            svc.lessons = await asyncio.get_running_loop().run_in_executor(svc.pool, lambda: LessonPool(engine_))
        start_schedule(app)
        app.job_queue.run_repeating(upkeep_job, interval=svc.settings.upkeep_seconds,
                                    first=svc.settings.upkeep_seconds, name="state-upkeep")
        try:
            await app.bot.set_my_commands([BotCommand(c, d) for c, d in COMMANDS])
        except TelegramError as exc:
            logger.warning("could not set the command list: %s", type(exc).__name__)

    async def post_shutdown(app: Application) -> None:
        svc = services(app)
        svc.pool.shutdown(wait=False)
        if svc.shared_embedding and svc.engine is not None:  # the engine may outlive the bot (tests)
            svc.engine.share_embedding(False)
            svc.shared_embedding = False

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
    state = state or SQLiteStateStore(settings.state_path, keep_days=settings.keep_days)
    attach(app, Services(settings, engine, state, clock or utc_now))
    _register(app)
    return app


async def upkeep_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    """The state store on a schedule: expiry (so /privacy holds), a deleted state file noticed."""
    services(context).upkeep()


def _register(app: Application) -> None:
    """Every handler, in one place. The gate runs first, in a group of its own, for every update. Then
    order matters: PTB gives an update to the first matching handler of a group, so commands come first,
    then chat changes and forwarded channel posts, then question text, then everything else in private
    chats; buttons, inline queries and errors last."""
    app.add_handler(GATE, group=GATE_GROUP)
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


def run_bot(settings: BotSettings, load_engine: Callable[[], Engine], webhook_url: str | None = None,
            listen: str = "127.0.0.1", port: int = 8443, secret_token: str | None = None,
            say: Callable[[str], None] = print) -> None:
    """``lessons serve``: long polling, or a webhook that always has a secret token (the given one, else one
    generated and kept beside the state). The engine loads once, before serving. ``say`` gets notices
    for the operator; a bad secret raises ValueError before anything loads."""
    if webhook_url:
        try:
            secret_token, generated = webhook_secret(settings.state_path, secret_token)
        except OSError as exc:
            raise ValueError(f"cannot keep the webhook secret beside the bot's state: {type(exc).__name__}") from None
        if generated:
            say(f"generated a webhook secret token, kept in {secret_path(settings.state_path)}")
    if not settings.allowlist:
        say("LESSONS_BOT_ALLOWLIST is empty, so anyone who finds the bot can use it")
    application = build_application(settings, engine=load_engine())
    if webhook_url:
        application.run_webhook(listen=listen, port=port, url_path=urlparse(webhook_url).path.lstrip("/"),
                                webhook_url=webhook_url, secret_token=secret_token, allowed_updates=Update.ALL_TYPES)
    else:
        application.run_polling(allowed_updates=Update.ALL_TYPES)


__all__ = ["COMMANDS", "build_application", "run_bot"]
