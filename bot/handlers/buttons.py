"""The buttons under an answer (callback queries): Sources, More, Helpful and Not helpful. The callback data
is ``kind:answer_id[:arg]`` (s, m, f). The answer is looked up by its short id together with the chat the
press came from, so a button's data replayed in another chat finds nothing; in a group the presser must
still be a member of it."""

from __future__ import annotations

from telegram import Update
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import ContextTypes

from ..calls import retrying
from ..render import render_answer, render_sources
from ..services import services
from ..state import StateError

EXPIRED = "This answer is no longer stored; please ask the question again."
UNAVAILABLE = "Stored answers cannot be read just now; please ask the question again."


async def _member(context: ContextTypes.DEFAULT_TYPE, chat_id: int, user_id: int) -> bool:
    """Whether the presser is (still) in the group. Telegram saying no, or that it does not know them,
    refuses; a server that cannot answer at all (a Bot API server without getChatMember, a network
    failure) leaves the chat binding as the check: the press came from a message in this chat."""
    try:
        member = await context.bot.get_chat_member(chat_id, user_id)
    except (BadRequest, Forbidden):
        return False
    except TelegramError:
        return True
    return member.status not in ("left", "kicked")


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Sources / More / Helpful / Not helpful, for the answer stored for this chat under the id."""
    query = update.callback_query
    svc = services(context)
    kind, _, rest = (query.data or "").partition(":")
    answer_id, _, arg = rest.partition(":")
    if query.message is None or kind not in ("s", "m", "f") or not answer_id:
        await query.answer(EXPIRED, show_alert=True)  # inline messages carry no buttons of ours
        return
    chat = query.message.chat
    try:
        answer = svc.state.load_answer(answer_id, chat.id)
    except StateError as exc:
        svc.state_failed(exc)
        await query.answer(UNAVAILABLE, show_alert=True)
        return
    if answer is None or (chat.type != "private" and not await _member(context, chat.id, query.from_user.id)):
        await query.answer(EXPIRED, show_alert=True)
        return
    if kind == "f":
        try:
            svc.state.record_feedback(answer_id, query.from_user.id, arg == "1")
        except StateError as exc:
            svc.state_failed(exc)
            await query.answer(UNAVAILABLE, show_alert=True)
            return
        await query.answer("Thank you, your feedback is recorded.")
        return
    await query.answer()
    if kind == "s":
        parts = render_sources(answer)
    else:
        start = int(arg) if arg.isascii() and arg.isdigit() else 0
        parts = render_answer(answer.model_copy(update={"factors": answer.factors[start:]}), svc.theme_labels)
    for part in parts:
        await retrying(context.bot.send_message, chat.id, part)
