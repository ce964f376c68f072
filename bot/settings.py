"""Bot settings from the environment or .env (pydantic-settings)."""

from __future__ import annotations

from pathlib import Path

from pydantic import AliasChoices, BeforeValidator, Field
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict
from typing_extensions import Annotated

from ..index.settings import default_store_path


def _ids(value: object) -> list[int]:
    if isinstance(value, list):
        return [int(v) for v in value]
    return [int(v) for v in str(value or "").replace(";", ",").split(",") if v.strip()]


class BotSettings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore", populate_by_name=True)

    token: str | None = Field(default=None, validation_alias=AliasChoices("TELEGRAM_BOT_TOKEN", "token"))
    base_url: str = Field(default="https://api.telegram.org/bot",
                          validation_alias=AliasChoices("TELEGRAM_API_BASE_URL", "base_url"))
    state_path: Path = Field(default_factory=lambda: default_store_path().parent / "bot.sqlite",
                             validation_alias=AliasChoices("LESSONS_BOT_STATE", "state_path"))
    allowlist: Annotated[list[int], NoDecode, BeforeValidator(_ids)] = Field(
        default_factory=list, validation_alias=AliasChoices("LESSONS_BOT_ALLOWLIST", "allowlist"),
        description="User or chat ids allowed to use the bot; empty = everyone.")
    admins: Annotated[list[int], NoDecode, BeforeValidator(_ids)] = Field(
        default_factory=list, validation_alias=AliasChoices("LESSONS_BOT_ADMINS", "admins"))
    questions_per_minute: int = Field(default=6, validation_alias=AliasChoices("LESSONS_BOT_RATE", "questions_per_minute"))
    max_question_chars: int = Field(default=500, validation_alias=AliasChoices("LESSONS_BOT_MAX_QUESTION",
                                                                               "max_question_chars"))
    workers: int = Field(default=2, validation_alias=AliasChoices("LESSONS_BOT_WORKERS", "workers"))
    first_factors: int = Field(default=5, validation_alias=AliasChoices("LESSONS_BOT_FIRST_FACTORS",
                                                                        "first_factors"),
                               description="Factors in the first reply; 'More' shows the rest.")
    send_rate: float = Field(default=30, validation_alias=AliasChoices("LESSONS_BOT_SEND_RATE", "send_rate"),
                             description="Messages per second overall (Telegram allows about 30).")
    send_concurrency: int = Field(default=32, validation_alias=AliasChoices("LESSONS_BOT_SEND_CONCURRENCY",
                                                                            "send_concurrency"),
                                  description="Digest sends in flight at once during a fan-out.")
    catch_up_seconds: float = Field(default=600, validation_alias=AliasChoices("LESSONS_BOT_CATCH_UP_SECONDS",
                                                                               "catch_up_seconds"),
                                    description="How often missed digests are looked for.")
    log_message_text: bool = Field(default=False, validation_alias=AliasChoices("LESSONS_BOT_LOG_TEXT",
                                                                                "log_message_text"))
