"""Bot state behind a small interface (``StateStore``) with a SQLite implementation: answers kept for
their buttons (keyed by a short id, so callback data stays under Telegram's 64 bytes and old buttons
still work after a restart), feedback, and per-chat settings. Message text is stored only as part of an
answer kept for its buttons, and answers are deleted after ``keep_days``."""

from __future__ import annotations

import json
import secrets
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any, Protocol

from index.types import Answer

_SCHEMA = """
CREATE TABLE IF NOT EXISTS answers (id TEXT PRIMARY KEY, chat_id INTEGER, created REAL, answer TEXT);
CREATE TABLE IF NOT EXISTS feedback (answer_id TEXT, user_id INTEGER, helpful INTEGER, created REAL,
                                     PRIMARY KEY (answer_id, user_id));
CREATE TABLE IF NOT EXISTS chat_settings (chat_id INTEGER, key TEXT, value TEXT, PRIMARY KEY (chat_id, key));
"""


class StateStore(Protocol):
    def save_answer(self, chat_id: int, answer: Answer) -> str: ...
    def load_answer(self, answer_id: str) -> Answer | None: ...
    def record_feedback(self, answer_id: str, user_id: int, helpful: bool) -> None: ...
    def feedback_counts(self) -> dict[str, int]: ...
    def get_setting(self, chat_id: int, key: str, default: Any = None) -> Any: ...
    def set_setting(self, chat_id: int, key: str, value: Any) -> None: ...
    def close(self) -> None: ...


class SQLiteStateStore:
    def __init__(self, path: Path | str, keep_days: int = 30) -> None:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.executescript(_SCHEMA)
        self._lock = threading.Lock()
        self.keep_days = keep_days
        self.expire()

    def _x(self, sql: str, args: tuple = ()) -> list[tuple]:
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    def expire(self) -> None:
        self._x("DELETE FROM answers WHERE created < ?", (time.time() - self.keep_days * 86400,))

    def save_answer(self, chat_id: int, answer: Answer) -> str:
        answer_id = secrets.token_urlsafe(6)
        self._x("INSERT INTO answers VALUES (?,?,?,?)",
                (answer_id, chat_id, time.time(), json.dumps(_dump(answer))))
        return answer_id

    def load_answer(self, answer_id: str) -> Answer | None:
        rows = self._x("SELECT answer FROM answers WHERE id = ?", (answer_id,))
        if not rows:
            return None
        return Answer.model_validate(json.loads(rows[0][0]))

    def record_feedback(self, answer_id: str, user_id: int, helpful: bool) -> None:
        self._x("INSERT OR REPLACE INTO feedback VALUES (?,?,?,?)", (answer_id, user_id, int(helpful), time.time()))

    def feedback_counts(self) -> dict[str, int]:
        rows = self._x("SELECT helpful, count(*) FROM feedback GROUP BY helpful")
        counts = {"helpful": 0, "not_helpful": 0}
        for helpful, n in rows:
            counts["helpful" if helpful else "not_helpful"] = n
        return counts

    def get_setting(self, chat_id: int, key: str, default: Any = None) -> Any:
        rows = self._x("SELECT value FROM chat_settings WHERE chat_id = ? AND key = ?", (chat_id, key))
        return json.loads(rows[0][0]) if rows else default

    def set_setting(self, chat_id: int, key: str, value: Any) -> None:
        self._x("INSERT OR REPLACE INTO chat_settings VALUES (?,?,?)", (chat_id, key, json.dumps(value)))

    def close(self) -> None:
        self._db.close()


def _dump(answer: Answer) -> dict[str, Any]:
    """Everything, including the fields the public JSON leaves out (provenance, message)."""
    data = answer.model_dump(mode="json")
    data["message"] = answer.message
    for f_out, f in zip(data["factors"], answer.factors, strict=True):
        for c_out, c in zip(f_out["citations"], f.citations, strict=True):
            c_out["passage_id"], c_out["provenance"] = c.passage_id, c.provenance
    return data
