"""Team channels and chat changes: /channel add|list|remove, a post forwarded from a channel (links it),
finding a linked channel a user may change, a group that became a supergroup, and the bot being removed
from a chat (its digest stops)."""

from __future__ import annotations

import re
from html import escape

from telegram import Update
from telegram.error import BadRequest, Forbidden
from telegram.ext import ContextTypes, filters

from ..calls import chat_kind, is_admin_of, reply
from ..delivery import rebuild_jobs
from ..render import echo
from ..schedule import describe
from ..services import services
from ..state import Subscription

CHANNEL_USAGE = "Usage: /channel add @name, /channel list, /channel remove @name (in a private chat with me)."


class _FromChannel(filters.MessageFilter):
    """A message forwarded from a channel (its origin names the channel)."""

    def filter(self, message) -> bool:
        return message.forward_origin is not None and message.forward_origin.type == "channel"


FROM_CHANNEL = _FromChannel(name="forwarded from a channel")


CHAT_ID_RE = re.compile(r"-?[0-9]{1,20}", re.ASCII)  # ASCII digits only: "²".isdigit() is True


def channel_ref(ref: str | int) -> str | int:
    """@name, a t.me link, a bare name or a numeric id, as getChat takes it."""
    if isinstance(ref, int):
        return ref
    if CHAT_ID_RE.fullmatch(ref.strip()):
        return int(ref)
    name = re.sub(r"^(?:https?://)?(?:t\.me|telegram\.me)/", "", ref.strip()).lstrip("@").strip("/")
    return f"@{name}"


async def channel_target(update: Update, context: ContextTypes.DEFAULT_TYPE, ref: str) -> int | None:
    """A linked channel named by @name or id, if the user is (still) one of its administrators."""
    svc = services(context)
    user = update.effective_user
    wanted = channel_ref(ref)
    chosen = None
    for cid in svc.state.channel_links(user.id):
        sub = svc.state.subscription(cid)
        if cid == wanted or (sub and sub.title and sub.title.lower() == str(wanted).lower()):
            chosen = cid
    if chosen is None:
        await reply(update, f"{echo(ref)} is not a channel you have linked. See /channel list.")
        return None
    if not await is_admin_of(context, chosen, user.id):
        await reply(update, f"Only an administrator of {echo(ref)} can change its digest.")
        return None
    return chosen


async def cmd_channel(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/channel add @name | list | remove @name, in a private chat."""
    svc = services(context)
    args = list(context.args or [])
    if chat_kind(update) != "private":
        await reply(update, "Link a channel from a private chat with me.")
        return
    if args[:1] == ["add"] and len(args) == 2:
        await link_channel(update, context, args[1])
    elif args == ["list"]:
        lines = []
        for cid in svc.state.channel_links(update.effective_user.id):
            sub = svc.state.subscription(cid)
            if sub:
                lines.append(f"• {escape(sub.title or str(cid))} (id <code>{cid}</code>): "
                             f"{describe(sub, svc.theme_labels, svc.clock())}")
        await reply(update, "\n".join(lines) or "You have not linked any channels. " + CHANNEL_USAGE)
    elif args[:1] == ["remove"] and len(args) == 2:
        target = await channel_target(update, context, args[1])
        if target is not None:
            svc.state.unlink_channel(target)
            rebuild_jobs(context.application)
            await reply(update, f"{echo(args[1])} is unlinked; no more digests will be posted there.")
    else:
        await reply(update, CHANNEL_USAGE)


async def link_channel(update: Update, context: ContextTypes.DEFAULT_TYPE, ref: str | int) -> None:
    """Link a channel after checking with getChatMember that the user and the bot administer it."""
    svc = services(context)
    bot, user = context.bot, update.effective_user
    ref = channel_ref(ref)
    shown = echo(str(ref))
    try:
        chat = await bot.get_chat(ref)
    except (BadRequest, Forbidden):
        await reply(update, f"I cannot see {shown}. Add me to the channel as an administrator, then try again.")
        return
    if chat.type != "channel":
        await reply(update, f"{shown} is not a channel. In a group, use /digest in the group itself.")
        return
    name = f"@{chat.username}" if chat.username else (chat.title or str(chat.id))
    handle = f"@{chat.username}" if chat.username else str(chat.id)  # what /digest and /channel remove take
    if not await is_admin_of(context, chat.id, user.id):
        await reply(update, f"Only an administrator of {escape(name)} can link it.")
        return
    try:
        me = await bot.get_chat_member(chat.id, bot.id)
    except (BadRequest, Forbidden):
        me = None
    if me is None or me.status != "administrator" or not getattr(me, "can_post_messages", False):
        await reply(update, f"Please make me an administrator of {escape(name)} with permission to post "
                            "messages, then try again.")
        return
    svc.state.link_channel(chat.id, user.id, name)
    sub = svc.state.subscription(chat.id) or Subscription(chat.id, kind="channel", enabled=True,
                                                          since=svc.clock().timestamp())
    sub.title = name
    svc.state.save_subscription(sub)
    rebuild_jobs(context.application)
    await reply(update, f"Linked {escape(name)} (id <code>{chat.id}</code>). "
                + describe(sub, svc.theme_labels, svc.clock())
                + f"\nChange it with /digest {escape(handle)} ...; unlink with /channel remove {escape(handle)}.")


async def on_forwarded(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A post forwarded from a channel in a private chat links that channel (same checks as /channel add)."""
    origin = update.effective_message.forward_origin
    await link_channel(update, context, origin.chat.id)  # type: ignore[union-attr]


async def on_migrated(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A group became a supergroup: its subscription and settings move to the new chat id."""
    message = update.effective_message
    svc = services(context)
    if message.migrate_to_chat_id:
        svc.state.migrate_chat(message.chat_id, message.migrate_to_chat_id)
    elif message.migrate_from_chat_id:
        svc.state.migrate_chat(message.migrate_from_chat_id, message.chat_id)


async def on_my_member(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The bot was removed from a group or channel: stop its digests."""
    change = update.my_chat_member
    if change and change.new_chat_member.status in ("left", "kicked"):
        services(context).state.unsubscribe(change.chat.id, change.new_chat_member.status)
