"""The buttons under an answer (callback queries): Sources, More, Helpful and Not helpful. The callback data
is ``kind:answer_id[:arg]`` (s, m, f); the answer is looked up in the state store by its short id."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from ..calls import retrying
from ..render import render_answer, render_sources
from ..services import services

EXPIRED = "This answer is no longer stored; please ask the question again."


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
