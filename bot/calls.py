"""Bot API calls shared by the handlers and the digests: retried sends, replies and the administrator checks."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from telegram import Update
from telegram.error import BadRequest, Forbidden, NetworkError
from telegram.ext import ContextTypes

from .render import fit

RETRIES = 4


async def retrying(call, *args, retry_if: Callable[[NetworkError], bool] | None = None, **kwargs):
    """A Bot API call retried with back-off on network errors and server errors (RetryAfter is handled by
    PTB's rate limiter); a chat that blocked the bot (Forbidden) is not retried. ``retry_if`` narrows which
    network errors are retried (a digest is retried only while it surely was not sent)."""
    delay = 0.5
    for attempt in range(1, RETRIES + 1):
        try:
            return await call(*args, **kwargs)
        except (BadRequest, Forbidden):
            raise
        except NetworkError as exc:  # TimedOut included
            if attempt == RETRIES or (retry_if is not None and not retry_if(exc)):
                raise
            await asyncio.sleep(delay)
            delay *= 2
    return None


async def is_chat_admin(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """In a private chat the user decides; in a group only its administrators (asked with getChatMember)."""
    chat, user = update.effective_chat, update.effective_user
    if chat is None or user is None:
        return False
    if chat.type == "private":
        return True
    message = update.effective_message
    if message is not None and message.sender_chat is not None and message.sender_chat.id == chat.id:
        return True  # an anonymous administrator posts as the group itself
    member = await context.bot.get_chat_member(chat.id, user.id)
    return member.status in ("creator", "administrator")


async def is_admin_of(context: ContextTypes.DEFAULT_TYPE, chat_id: int, user_id: int) -> bool:
    """Whether a user administers a chat (a channel, say); False when the bot cannot ask."""
    try:
        member = await context.bot.get_chat_member(chat_id, user_id)
    except (BadRequest, Forbidden):
        return False
    return member.status in ("creator", "administrator")


async def reply(update: Update, text: str, **kwargs) -> None:
    """Answer the update's message with ``text`` (HTML), retried; a text over Telegram's limit goes out in
    balanced parts, ``kwargs`` (e.g. the buttons) with the last."""
    parts = fit(text)
    for i, part in enumerate(parts):
        await retrying(update.effective_message.reply_text, part, **(kwargs if i == len(parts) - 1 else {}))


def chat_kind(update: Update) -> str:
    """private, group, supergroup or channel: the type of the update's chat."""
    return update.effective_chat.type if update.effective_chat else "private"
