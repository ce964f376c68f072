"""The informational and settings commands (/start /help /privacy /sources /report /themes /theme /settings
/stats), the reply to non-text messages, and the texts they share: the command list, the help and the
privacy notice."""

from __future__ import annotations

from html import escape

from telegram import Update
from telegram.ext import ContextTypes

from ..calls import is_chat_admin, reply
from ..render import pack, render_answer
from ..services import services
from ..state import StateError

COMMANDS = [
    ("start", "What this bot does"),
    ("help", "How to ask, with examples"),
    ("ask", "Ask a question (in groups: /ask your question)"),
    ("sources", "Reports this bot can answer from"),
    ("report", "About one report: /report ID"),
    ("themes", "Practice themes"),
    ("theme", "Lessons under one theme: /theme ID"),
    ("privacy", "What is stored and for how long"),
    ("settings", "This chat's settings (groups: administrators only)"),
    ("lesson", "Today's lesson"),
    ("digest", "Daily lesson: on/off, time, days, theme, time zone"),
    ("channel", "Post daily lessons to a team channel (private chat)"),
]
LENGTHS = {"short": 3, "normal": 5, "full": 10}  # /settings length: factors in a first reply
HELP = (
    "Ask a question about what inquiry reports and serious case reviews found, for example:\n"
    "• why did the problems in Rochdale persist?\n"
    "• what do reviews say about supervision?\n\n"
    "Each point comes with its report, paragraph and page where these are known, so you can check it. "
    "Points marked as summaries are our own wording of a finding, not the report's words.\n\n"
    "In a group, use /ask, mention me, or reply to one of my messages.\n\n"
    "/lesson shows today's lesson; /digest on sends one each weekday at 08:30 (see /digest for the settings); "
    "/channel links a team channel."
)
PRIVACY = (
    "What is stored: your questions and the answers given, only so that the buttons under an answer keep "
    "working, deleted after {days} days; your helpful / not helpful feedback; chat settings and digest "
    "settings; which lessons were sent to this chat and when (so none is repeated), and the channels you "
    "linked. Message text is not written to the logs. Nothing is shared with anyone."
)
NOT_TEXT = "Please send your question as a text message."


async def cmd_start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await reply(update, "Inquiry Lessons: cited findings from safeguarding inquiry reports and serious case "
                        "reviews.\n\n" + HELP)


async def cmd_help(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await reply(update, HELP)


async def cmd_privacy(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    svc = services(context)
    days = getattr(svc.state, "keep_days", 30)
    await reply(update, PRIVACY.format(days=days))


async def cmd_sources(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    svc = services(context)
    assert svc.engine is not None
    lines = []
    for s in svc.engine.sources():
        held = "full text" if s.full_text else "lesson cards only"
        lines.append(f"• {escape(s.report.label)} ({held}) <code>{escape(s.report.report_id)}</code>")
    for part in pack(lines or ["No reports are loaded."]):
        await reply(update, part)


async def cmd_report(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    svc = services(context)
    assert svc.engine is not None
    if not context.args:
        await reply(update, "Usage: /report ID (see /sources for the ids).")
        return
    report = svc.engine.report(context.args[0])
    if report is None:
        await reply(update, "No report with that id; see /sources.")
        return
    themes = svc.engine.report_themes(report.report_id)
    text = f"<b>{escape(report.title)}</b>\n{escape(report.label)}"
    if report.summary:
        text += f"\n\n{escape(report.summary)} <i>(our summary)</i>"
    if themes:
        text += "\n\nThemes: " + ", ".join(escape(svc.theme_labels.get(t, t)) for t in sorted(themes))
    await reply(update, text)


async def cmd_themes(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    svc = services(context)
    lines = [f"• {escape(label)} <code>{escape(tid)}</code>" for tid, label in svc.theme_labels.items()]
    await reply(update, "\n".join(lines) or "No themes are configured.")


async def cmd_theme(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    svc = services(context)
    assert svc.engine is not None
    if not context.args or context.args[0] not in svc.theme_labels:
        await reply(update, "Usage: /theme ID (see /themes for the ids).")
        return
    tid = context.args[0]
    answer = svc.engine.theme_lessons(tid)
    parts = render_answer(answer, svc.theme_labels) if answer.factors else ["No lessons under that theme yet."]
    for part in parts:
        await reply(update, part)


async def cmd_settings(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/settings shows this chat's settings; /settings length short|normal|full changes how many factors
    the first reply shows (in groups, administrators only)."""
    svc = services(context)
    chat_id = update.effective_chat.id
    args = context.args or []
    current = svc.state.get_setting(chat_id, "length", "normal")
    if not args:
        await reply(update, f"Answer length: {current} (/settings length short|normal|full).")
        return
    if len(args) != 2 or args[0] != "length" or args[1] not in LENGTHS:
        await reply(update, "Usage: /settings length short|normal|full")
        return
    if not await is_chat_admin(update, context):
        await reply(update, "Only this group's administrators can change its settings.")
        return
    svc.state.set_setting(chat_id, "length", args[1])
    await reply(update, f"Answer length set to {args[1]}.")


async def cmd_stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/stats for the bot's administrators (LESSONS_BOT_ADMINS): feedback counts and the state store's
    health, no message text."""
    svc = services(context)
    user = update.effective_user
    if user is None or user.id not in svc.settings.admins:
        await reply(update, "This command is for the bot's administrators.")
        return
    try:
        counts = svc.state.feedback_counts()
        feedback = f"Feedback: {counts['helpful']} helpful, {counts['not_helpful']} not helpful."
    except StateError as exc:
        svc.state_failed(exc)
        feedback = "Feedback: cannot be read just now."
    await reply(update, f"{feedback}\n{escape(svc.state_report())}")


async def on_other(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Photos, stickers, voice and the like in a private chat."""
    if update.effective_message is not None:
        await reply(update, NOT_TEXT)
