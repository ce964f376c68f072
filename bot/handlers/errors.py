"""The Application's error handler. It logs the kind of update, the chat id, the exception's type and where
it was raised (file and line), never the exception's message or a traceback: either can carry what a
user typed. A failing state store is counted for /stats; the user hears that nothing was changed."""

from __future__ import annotations

import logging
import traceback
from pathlib import Path

from telegram import Update
from telegram.error import Forbidden, TelegramError
from telegram.ext import ContextTypes

from ..calls import retrying
from ..services import services
from ..state import StateError

logger = logging.getLogger(__name__)

STATE_DOWN = "The bot's settings store is unavailable just now, so nothing was changed. Please try again later."
FAILED = "Sorry, that could not be done. Please try again later."

def update_kind(update: object) -> str:
    """The field of the update that is set (message, callback_query, ...), or what the object is."""
    if isinstance(update, Update):
        return next((str(k) for k in Update.ALL_TYPES if getattr(update, k, None) is not None), "other update")
    return "job" if update is None else type(update).__name__


def where(err: BaseException | None) -> str:
    """file:line of the innermost frame: enough to find the bug, with no values in it."""
    frames = traceback.extract_tb(err.__traceback__) if err is not None else []
    return f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    err = context.error
    chat = update.effective_chat.id if isinstance(update, Update) and update.effective_chat else None
    if isinstance(err, Forbidden):
        logger.info("chat %s blocked the bot or removed it", chat)
        return
    if isinstance(err, StateError):
        services(context).state_failed(err)
    else:
        logger.error("error handling a %s in chat %s: %s at %s", update_kind(update), chat, type(err).__name__,
                     where(err))
    if isinstance(err, TelegramError) or not isinstance(update, Update):
        return
    text = STATE_DOWN if isinstance(err, StateError) else FAILED
    try:
        if update.callback_query is not None:
            await update.callback_query.answer(text[:200], show_alert=True)
        elif update.message is not None:
            await retrying(update.message.reply_text, text)
    except TelegramError:
        pass
