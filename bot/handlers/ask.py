"""Questions: text in a private chat, text addressed to the bot in a group, /ask and inline queries, and the
shared reply path (length and rate checks, the engine's answer, the buttons under it). Who may ask is
decided before any of this, by the gate (handlers/gate.py)."""

from __future__ import annotations

import logging

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    Update,
)
from telegram.constants import ChatAction, ParseMode
from telegram.ext import ContextTypes

from ...index import Answer, cite
from ..calls import reply
from ..render import render_answer
from ..services import services
from ..state import StateError
from .commands import HELP, LENGTHS

logger = logging.getLogger(__name__)

RATE_LIMITED = "You have asked several questions in a short time. Please wait a minute and ask again."
TOO_LONG = "That question is too long (over {n} characters). Please shorten it."


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
    question = question.strip()
    if not question:
        await reply(update, HELP)
        return
    if len(question) > svc.settings.max_question_chars:
        await reply(update, TOO_LONG.format(n=svc.settings.max_question_chars))
        return
    user_id = update.effective_user.id if update.effective_user else 0
    if svc.over_rate(user_id):
        await reply(update, RATE_LIMITED)
        return
    if svc.settings.log_message_text:
        logger.info("question in chat %s: %s", message.chat_id, question)
    await context.bot.send_chat_action(message.chat_id, ChatAction.TYPING)
    answer = await svc.answer(question)
    if not answer.answered:
        for part in render_answer(answer, svc.theme_labels):
            await reply(update, part)
        return
    answer_id: str | None = None
    length = ""
    try:  # the reply goes out even when state cannot be read or written; its buttons need a stored answer
        length = svc.state.get_setting(message.chat_id, "length", "")
        answer_id = svc.state.save_answer(message.chat_id, answer)
    except StateError as exc:
        svc.state_failed(exc)
    first = LENGTHS.get(length, svc.settings.first_factors)
    shown = min(first, len(answer.factors)) if answer_id else len(answer.factors)
    parts = render_answer(answer, svc.theme_labels, first=shown)
    for i, part in enumerate(parts):
        markup = _keyboard(answer_id, answer, shown) if answer_id and i == len(parts) - 1 else None
        await reply(update, part, reply_markup=markup)


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


async def on_inline(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """@bot question: the top factors, each with its citation. Inline queries count against the same
    per-user rate limit as questions: each one holds an engine worker."""
    svc = services(context)
    query = update.inline_query
    text = (query.query or "").strip()[: svc.settings.max_question_chars]
    if len(text) < 3 or svc.over_rate(query.from_user.id):
        await query.answer([], cache_time=0, is_personal=True)
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
