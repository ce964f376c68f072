"""The Application's error handler: logs chat ids and the error's type, never message text."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import Forbidden, TelegramError
from telegram.ext import ContextTypes

logger = logging.getLogger(__name__)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log ids only, never message text; a chat that blocked the bot is not an error worth more."""
    err = context.error
    chat = update.effective_chat.id if isinstance(update, Update) and update.effective_chat else None
    if isinstance(err, Forbidden):
        logger.info("chat %s blocked the bot or removed it", chat)
        return
    logger.error("error handling an update in chat %s: %s", chat, type(err).__name__,
                 exc_info=not isinstance(err, TelegramError))
