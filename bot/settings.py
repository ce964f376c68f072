"""Bot settings from the environment or .env (pydantic-settings)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import AliasChoices, BeforeValidator, Field
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from ..index.settings import AnswerSettings, default_store_path


def _ids(value: object) -> list[int]:
    if isinstance(value, list):
        return [int(v) for v in value]
    return [int(v) for v in str(value or "").replace(";", ",").split(",") if v.strip()]


class BotSettings(BaseSettings):
    # env_prefix: field names given by name (populate_by_name) are then read only as LESSONS_BOT_<NAME>,
    # never as a bare TOKEN or WORKERS from the environment; the aliases are the documented names
    model_config = SettingsConfigDict(env_prefix="LESSONS_BOT_", env_file=".env", extra="ignore", populate_by_name=True)

    token: str | None = Field(default=None, validation_alias="TELEGRAM_BOT_TOKEN")
    base_url: str = Field(default="https://api.telegram.org/bot",
                          validation_alias="TELEGRAM_API_BASE_URL")
    state_path: Path = Field(default_factory=lambda: default_store_path().parent / "bot.sqlite",
                             validation_alias="LESSONS_BOT_STATE")
    allowlist: Annotated[list[int], NoDecode, BeforeValidator(_ids)] = Field(
        default_factory=list, validation_alias="LESSONS_BOT_ALLOWLIST",
        description="User or chat ids allowed to use the bot; empty = everyone.")
    admins: Annotated[list[int], NoDecode, BeforeValidator(_ids)] = Field(
        default_factory=list, validation_alias="LESSONS_BOT_ADMINS")
    questions_per_minute: int = Field(default=6, validation_alias="LESSONS_BOT_RATE")
    max_question_chars: int = Field(
        default_factory=lambda: AnswerSettings().max_question_chars,
        validation_alias=AliasChoices("LESSONS_MAX_QUESTION_CHARS", "LESSONS_BOT_MAX_QUESTION"),
        description="The engine's question length limit (one setting for both).")
    # 4 with batching answered 1.90x the questions a second of the old default (2, torch questions, no
    # batching); with ONNX questions 2 to 8 workers give about the same (BENCHMARKS.md)
    workers: int = Field(default=4, ge=1, le=64, validation_alias="LESSONS_BOT_WORKERS")
    batch_queries: bool = Field(
        default=True, validation_alias="LESSONS_BOT_BATCH_QUERIES",
        description="With more than one worker, questions answered at the same time share one embedding call "
        "(query micro-batching, BENCHMARKS.md); answers are the same either way.")
    batch_window_ms: float = Field(
        default=50, ge=0, validation_alias="LESSONS_BOT_BATCH_WINDOW_MS",
        description="Longest a question waits for the other answers under way to join its embedding call.")
    first_factors: int = Field(default=5, validation_alias="LESSONS_BOT_FIRST_FACTORS",
                               description="Factors in the first reply; 'More' shows the rest.")
    send_rate: float = Field(default=30, validation_alias="LESSONS_BOT_SEND_RATE",
                             description="Messages per second overall (Telegram allows about 30).")
    send_concurrency: int = Field(default=32, validation_alias="LESSONS_BOT_SEND_CONCURRENCY",
                                  description="Digest sends in flight at once during a fan-out.")
    catch_up_seconds: float = Field(default=600, validation_alias="LESSONS_BOT_CATCH_UP_SECONDS",
                                    description="How often missed digests are looked for.")
    keep_days: int = Field(default=30, ge=1, validation_alias="LESSONS_BOT_KEEP_DAYS",
                           description="Days an answer is kept for its buttons (the /privacy promise).")
    upkeep_seconds: float = Field(default=600, gt=0, validation_alias="LESSONS_BOT_UPKEEP_SECONDS",
                                  description="How often expired answers are deleted and the state file checked.")
    log_message_text: bool = Field(default=False, validation_alias="LESSONS_BOT_LOG_TEXT")
