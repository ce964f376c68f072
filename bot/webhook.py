"""The webhook's secret token. Telegram sends it in the ``X-Telegram-Bot-Api-Secret-Token`` header of every
update once setWebhook registered it, and python-telegram-bot's webhook server answers 403 to a request
without it. When the operator gives none, a strong random one is generated and kept beside the state
database (mode 0600), so a restart registers the same one."""

from __future__ import annotations

import os
import re
import secrets
from pathlib import Path

SECRET_RE = re.compile(r"[A-Za-z0-9_-]{1,256}", re.ASCII)  # what setWebhook accepts


def secret_path(state_path: Path) -> Path:
    """bot.sqlite -> bot.webhook-secret, in the same directory."""
    return state_path.with_name(state_path.stem + ".webhook-secret")


def webhook_secret(state_path: Path, given: str | None = None) -> tuple[str, bool]:
    """(the secret to register, whether it was generated now). A given secret is checked, not stored."""
    if given:
        if not SECRET_RE.fullmatch(given):
            raise ValueError("the webhook secret token must be 1-256 characters of A-Z, a-z, 0-9, _ and -")
        return given, False
    path = secret_path(state_path)
    try:
        kept = path.read_text(encoding="ascii").strip()
        if SECRET_RE.fullmatch(kept) and len(kept) >= 32:
            return kept, False
    except (FileNotFoundError, UnicodeDecodeError):
        pass
    secret = secrets.token_urlsafe(32)  # 256 random bits, 43 characters
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as f:
        f.write(secret + "\n")
    os.replace(tmp, path)
    return secret, True
