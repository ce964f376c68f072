"""The one access gate. It is a ``TypeHandler`` for every ``Update`` in group ``GATE_GROUP``, which PTB
runs before any other group; an update from a user or chat off the allow-list stops there
(``ApplicationHandlerStop``), whatever its type: messages, edited messages, commands, buttons, inline
queries and chosen results, channel posts, chat-member changes, forwards.

What a refused update gets back is nothing of substance: a private message or a command hears once a minute
that the bot is limited to its users, a button press gets a short alert, an inline query an empty list,
anything else silence. One update passes whoever sent it: the bot's own removal from a chat, which only
stops that chat's digests."""

from __future__ import annotations

import time

from telegram import Update
from telegram.ext import ApplicationHandlerStop, ContextTypes, TypeHandler

from ..calls import retrying
from ..services import services

GATE_GROUP = -100
NOT_ALLOWED = "This bot is limited to its configured users."
_TELL_EVERY = 60.0  # seconds between two "limited" replies to the same user


def _bot_removed(update: Update) -> bool:
    change = update.my_chat_member
    return change is not None and change.new_chat_member.status in ("left", "kicked")


async def gate(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Let the update through, or answer it with nothing of substance and stop it."""
    svc = services(context)
    if svc.allowed(update) or _bot_removed(update):
        return
    if update.callback_query is not None:
        await update.callback_query.answer(NOT_ALLOWED, show_alert=True)
    elif update.inline_query is not None:
        await update.inline_query.answer([], cache_time=0, is_personal=True)
    elif update.message is not None and update.effective_user is not None and (
            update.message.chat.type == "private" or (update.message.text or "").startswith("/")):
        now, user = time.monotonic(), update.effective_user.id
        if now - svc.refused.get(user, -_TELL_EVERY) >= _TELL_EVERY:
            if len(svc.refused) > 10_000:
                svc.refused.clear()
            svc.refused[user] = now
            await retrying(update.message.reply_text, NOT_ALLOWED)
    raise ApplicationHandlerStop


GATE = TypeHandler(Update, gate)
