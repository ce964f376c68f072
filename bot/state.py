"""Bot state behind a small interface (``StateStore``) with a SQLite implementation: answers kept for
their buttons (keyed by a short id, so callback data stays under Telegram's 64 bytes and old buttons
still work after a restart), feedback, per-chat settings, digest subscriptions, channel links and the
record of digest deliveries. Message text is stored only as part of an answer kept for its buttons, and
answers are deleted after ``keep_days``.

A delivery row is the digest of one chat for one slot (its local date). Its status moves
``planned`` (lesson chosen, e.g. by /lesson) -> ``sending`` (written just before the request) -> ``sent``,
or ends ``failed`` / ``forbidden`` / ``unknown``. ``unknown`` is a send that was in flight when the process
died: Telegram may or may not have it, and it is not sent again (at most one digest per chat per slot)."""

from __future__ import annotations

import json
import os
import secrets
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any, Protocol

from ..index import Answer

_SCHEMA = """
CREATE TABLE IF NOT EXISTS answers (id TEXT PRIMARY KEY, chat_id INTEGER, created REAL, answer TEXT);
CREATE TABLE IF NOT EXISTS feedback (answer_id TEXT, user_id INTEGER, helpful INTEGER, created REAL,
                                     PRIMARY KEY (answer_id, user_id));
CREATE TABLE IF NOT EXISTS chat_settings (chat_id INTEGER, key TEXT, value TEXT, PRIMARY KEY (chat_id, key));
CREATE TABLE IF NOT EXISTS subscriptions (chat_id INTEGER PRIMARY KEY, kind TEXT, enabled INTEGER, time TEXT,
                                          days TEXT, theme TEXT, tz TEXT, mode TEXT, since REAL, title TEXT);
CREATE INDEX IF NOT EXISTS subscriptions_schedule ON subscriptions (enabled, time, tz, days, mode);
CREATE TABLE IF NOT EXISTS deliveries (chat_id INTEGER, slot TEXT, lesson TEXT, status TEXT, updated REAL,
                                       PRIMARY KEY (chat_id, slot));
CREATE TABLE IF NOT EXISTS unsubscribed (chat_id INTEGER, reason TEXT, at REAL);
CREATE TABLE IF NOT EXISTS channel_links (channel_id INTEGER, user_id INTEGER, title TEXT, linked REAL,
                                          PRIMARY KEY (channel_id, user_id));
"""

class StateError(Exception):
    """The state store failed (locked, unwritable, disk full, file gone). The message names the SQLite error
    class only; no stored text is ever part of it."""


DONE = ("sending", "sent", "failed", "forbidden", "unknown")  # a slot in one of these is never sent again


@dataclass
class Subscription:
    """One chat's digest settings. Defaults: 08:30 Europe/London on weekdays, a lesson a day, any theme."""

    chat_id: int
    kind: str = "private"  # private | group | supergroup | channel
    enabled: bool = False
    time: str = "08:30"
    days: str = "weekdays"  # weekdays | daily
    theme: str | None = None
    tz: str = "Europe/London"
    mode: str = "daily"  # daily: a lesson; weekly: a 7-minute briefing on Mondays
    since: float = 0.0  # when the schedule last changed; a slot before it is never caught up
    title: str | None = None  # a channel's @name, for /channel list


class StateStore(Protocol):
    def save_answer(self, chat_id: int, answer: Answer) -> str: ...
    def load_answer(self, answer_id: str, chat_id: int) -> Answer | None: ...
    def record_feedback(self, answer_id: str, user_id: int, helpful: bool) -> None: ...
    def feedback_counts(self) -> dict[str, int]: ...
    def get_setting(self, chat_id: int, key: str, default: Any = None) -> Any: ...
    def set_setting(self, chat_id: int, key: str, value: Any) -> None: ...
    def subscription(self, chat_id: int) -> Subscription | None: ...
    def save_subscription(self, sub: Subscription) -> None: ...
    def subscriptions(self, schedule: tuple[str, str, str, str] | None = None) -> list[Subscription]: ...
    def schedules(self) -> list[tuple[str, str, str, str]]: ...
    def unsubscribe(self, chat_id: int, reason: str) -> None: ...
    def migrate_chat(self, old: int, new: int) -> None: ...
    def delivery(self, chat_id: int, slot: str) -> tuple[str, str] | None: ...
    def plan_delivery(self, chat_id: int, slot: str, lesson: str) -> str: ...
    def replan_delivery(self, chat_id: int, slot: str, lesson: str) -> None: ...
    def claim_delivery(self, chat_id: int, slot: str) -> bool: ...
    def finish_delivery(self, chat_id: int, slot: str, status: str) -> None: ...
    def lesson_history(self, chat_id: int) -> list[str]: ...
    def recover_in_doubt(self) -> int: ...
    def delivery_counts(self) -> dict[str, int]: ...
    def link_channel(self, channel_id: int, user_id: int, title: str | None) -> None: ...
    def channel_links(self, user_id: int) -> list[int]: ...
    def unlink_channel(self, channel_id: int) -> None: ...
    def expire(self) -> int: ...
    def check(self) -> str | None: ...
    def close(self) -> None: ...


class SQLiteStateStore:
    """Every failure of SQLite or of the file system comes out as :class:`StateError`."""

    def __init__(self, path: Path | str, keep_days: int = 30, timeout: float = 5.0) -> None:
        self.path = Path(path)
        self.keep_days = keep_days
        self._timeout = timeout
        self._lock = threading.Lock()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = self._open()
        except (sqlite3.Error, OSError) as exc:
            raise StateError(f"cannot open the state store: {type(exc).__name__}") from None
        self.expire()

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(str(self.path), check_same_thread=False, isolation_level=None, timeout=self._timeout)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: survives a process crash, no fsync per row
        return db

    def _open(self) -> sqlite3.Connection:
        db = self._connect()
        db.executescript(_SCHEMA)
        self._inode = os.stat(self.path).st_ino
        return db

    @contextmanager
    def _locked(self) -> Iterator[sqlite3.Connection]:
        """The connection under the lock; SQLite errors come out as StateError."""
        try:
            with self._lock:
                yield self._db
        except sqlite3.Error as exc:
            raise StateError(type(exc).__name__) from None

    def _x(self, sql: str, args: tuple = ()) -> list[tuple]:
        with self._locked() as db:
            return db.execute(sql, args).fetchall()

    def _count(self, sql: str, args: tuple = ()) -> int:
        """Rows changed by one statement."""
        with self._locked() as db:
            return db.execute(sql, args).rowcount

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        """One transaction under the lock."""
        with self._locked() as db, db:
            db.execute("BEGIN")
            yield db

    def _cutoff(self) -> float:
        return time.time() - self.keep_days * 86400

    def expire(self) -> int:
        """Delete answers older than ``keep_days`` (run at start and on a schedule); returns how many."""
        return len(self._x("DELETE FROM answers WHERE created < ? RETURNING id", (self._cutoff(),)))

    def check(self) -> str | None:
        """None while the state file is where it was opened; if it was deleted or replaced, the open
        database is copied back to its path (nothing is lost) and the problem is returned for the log."""
        try:
            if os.stat(self.path).st_ino == self._inode:
                return None
            problem = "the state file was replaced"
        except FileNotFoundError:
            problem = "the state file was deleted"
        try:
            with self._lock:
                if self.path.exists():
                    self.path.rename(self.path.with_name(self.path.name + f".replaced-{int(time.time())}"))
                fresh = self._connect()
                self._db.backup(fresh)
                self._db.close()
                self._db = fresh
                self._inode = os.stat(self.path).st_ino
        except (sqlite3.Error, OSError) as exc:
            raise StateError(f"{problem}; restoring it failed: {type(exc).__name__}") from None
        return f"{problem}; restored from the open database"

    def save_answer(self, chat_id: int, answer: Answer) -> str:
        answer_id = secrets.token_urlsafe(6)
        self._x("INSERT INTO answers VALUES (?,?,?,?)",
                (answer_id, chat_id, time.time(), json.dumps(_dump(answer))))
        return answer_id

    def load_answer(self, answer_id: str, chat_id: int) -> Answer | None:
        """The answer kept for a button, only in the chat it was given in and only within ``keep_days``."""
        rows = self._x("SELECT answer FROM answers WHERE id = ? AND chat_id = ? AND created >= ?",
                       (answer_id, chat_id, self._cutoff()))
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

    # -- digests --------------------------------------------------------------------------------
    def subscription(self, chat_id: int) -> Subscription | None:
        rows = self._x(f"SELECT {_SUB_COLS} FROM subscriptions WHERE chat_id = ?", (chat_id,))
        return _sub(rows[0]) if rows else None

    def save_subscription(self, sub: Subscription) -> None:
        values = tuple(asdict(sub)[f.name] for f in fields(Subscription))
        self._x(f"INSERT OR REPLACE INTO subscriptions ({_SUB_COLS}) VALUES ({','.join('?' * len(values))})",
                values)

    def subscriptions(self, schedule: tuple[str, str, str, str] | None = None) -> list[Subscription]:
        """Enabled subscriptions, all or those on one schedule (time, tz, days, mode)."""
        if schedule is None:
            rows = self._x(f"SELECT {_SUB_COLS} FROM subscriptions WHERE enabled = 1 ORDER BY chat_id")
        else:
            rows = self._x(f"SELECT {_SUB_COLS} FROM subscriptions WHERE enabled = 1 AND time = ? AND tz = ? "
                           "AND days = ? AND mode = ? ORDER BY chat_id", schedule)
        return [_sub(r) for r in rows]

    def schedules(self) -> list[tuple[str, str, str, str]]:
        return [tuple(r) for r in self._x(  # type: ignore[misc]
            "SELECT DISTINCT time, tz, days, mode FROM subscriptions WHERE enabled = 1 ORDER BY 1, 2, 3, 4")]

    def unsubscribe(self, chat_id: int, reason: str) -> None:
        """Drop a chat's subscription and channel links, recording why (e.g. "forbidden")."""
        with self._tx() as db:
            db.execute("DELETE FROM subscriptions WHERE chat_id = ?", (chat_id,))
            db.execute("DELETE FROM channel_links WHERE channel_id = ?", (chat_id,))
            db.execute("INSERT INTO unsubscribed VALUES (?,?,?)", (chat_id, reason, time.time()))

    def migrate_chat(self, old: int, new: int) -> None:
        """A group that became a supergroup keeps its subscription, settings and history under the new id."""
        with self._tx() as db:
            for table in ("subscriptions", "chat_settings", "deliveries", "answers"):
                db.execute(f"UPDATE OR REPLACE {table} SET chat_id = ? WHERE chat_id = ?", (new, old))

    def delivery(self, chat_id: int, slot: str) -> tuple[str, str] | None:
        """(status, lesson key) of a chat's digest for a slot, if any."""
        rows = self._x("SELECT status, lesson FROM deliveries WHERE chat_id = ? AND slot = ?", (chat_id, slot))
        return (rows[0][0], rows[0][1]) if rows else None

    def plan_delivery(self, chat_id: int, slot: str, lesson: str) -> str:
        """Fix the lesson for a slot unless one is already fixed; returns the slot's lesson."""
        self._x("INSERT OR IGNORE INTO deliveries VALUES (?,?,?,?,?)", (chat_id, slot, lesson, "planned", time.time()))
        return self._x("SELECT lesson FROM deliveries WHERE chat_id = ? AND slot = ?", (chat_id, slot))[0][0]

    def replan_delivery(self, chat_id: int, slot: str, lesson: str) -> None:
        """Change a planned (not yet sent) slot's lesson, e.g. when its lesson left a rebuilt store."""
        self._x("UPDATE deliveries SET lesson = ? WHERE chat_id = ? AND slot = ? AND status = 'planned'",
                (lesson, chat_id, slot))

    def claim_delivery(self, chat_id: int, slot: str) -> bool:
        """planned -> sending, written before the request; False if the slot is already taken."""
        return self._count("UPDATE deliveries SET status = 'sending', updated = ? WHERE chat_id = ? "
                           "AND slot = ? AND status = 'planned'", (time.time(), chat_id, slot)) == 1

    def finish_delivery(self, chat_id: int, slot: str, status: str) -> None:
        self._x("UPDATE deliveries SET status = ?, updated = ? WHERE chat_id = ? AND slot = ?",
                (status, time.time(), chat_id, slot))

    def lesson_history(self, chat_id: int) -> list[str]:
        """Lessons this chat has had or has been given for a slot, oldest first."""
        return [r[0] for r in self._x("SELECT lesson FROM deliveries WHERE chat_id = ? AND status IN "
                                      "('planned','sending','sent','unknown') ORDER BY slot, updated", (chat_id,))]

    def recover_in_doubt(self) -> int:
        """After a crash: sends that were in flight are marked unknown and never repeated."""
        return self._count("UPDATE deliveries SET status = 'unknown' WHERE status = 'sending'")

    def delivery_counts(self) -> dict[str, int]:
        return {status: n for status, n in self._x("SELECT status, count(*) FROM deliveries GROUP BY status")}

    def link_channel(self, channel_id: int, user_id: int, title: str | None) -> None:
        self._x("INSERT OR REPLACE INTO channel_links VALUES (?,?,?,?)", (channel_id, user_id, title, time.time()))

    def channel_links(self, user_id: int) -> list[int]:
        return [r[0] for r in self._x("SELECT channel_id FROM channel_links WHERE user_id = ? ORDER BY linked",
                                      (user_id,))]

    def unlink_channel(self, channel_id: int) -> None:
        with self._tx() as db:
            db.execute("DELETE FROM channel_links WHERE channel_id = ?", (channel_id,))
            db.execute("DELETE FROM subscriptions WHERE chat_id = ?", (channel_id,))

    def close(self) -> None:
        self._db.close()


_SUB_COLS = ", ".join(f.name for f in fields(Subscription))


def _sub(row: tuple) -> Subscription:
    sub = Subscription(*row)
    sub.enabled = bool(sub.enabled)
    return sub


def _dump(answer: Answer) -> dict[str, Any]:
    """Everything, including the fields the public JSON leaves out (provenance, message)."""
    data = answer.model_dump(mode="json")
    data["message"] = answer.message
    for f_out, f in zip(data["factors"], answer.factors, strict=True):
        for c_out, c in zip(f_out["citations"], f.citations, strict=True):
            c_out["passage_id"], c_out["provenance"] = c.passage_id, c.provenance
    return data
