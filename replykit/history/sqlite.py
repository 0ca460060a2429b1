"""Past replies in one SQLite file: the default store, shared by a team on one disk.

The file runs in WAL mode (readers never wait for a writer), carries a `schema_version` table,
and is migrated forward on open. A row is unique on (account, skeleton, created_at), so
importing the same file twice adds nothing. Storage problems (not a database, locked, a
directory, unreadable, a missing folder) become one-line ReplykitErrors; the file is checked
before SQLite touches it, so a file that is not ours is never written to.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..model import ReplykitError
from .base import PastReply

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 2.0
FIELDS = ("text", "skeleton", "language", "author", "channel", "account", "created_at", "source")

# Migration n brings a database from schema version n to n + 1.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE replies (
        id INTEGER PRIMARY KEY,
        text TEXT NOT NULL,
        skeleton TEXT NOT NULL,
        language TEXT,
        author TEXT,
        channel TEXT,
        account TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL DEFAULT '',
        source TEXT,
        UNIQUE (account, skeleton, created_at)
    );
    CREATE INDEX replies_account_created ON replies (account, created_at);
    """,
)


def check_path(path: Path, create: bool) -> None:
    """Refuse, with one clear line, a path SQLite would fail on or a file that is not SQLite."""
    if path.is_dir():
        raise ReplykitError(f"history {path} is a directory, not a database file")
    if not path.exists():
        if not path.parent.is_dir():
            raise ReplykitError(f"history {path}: folder {path.parent} does not exist")
        if not create:
            raise ReplykitError(f"history {path} does not exist (import or add replies first)")
        if not os.access(path.parent, os.W_OK):
            raise ReplykitError(f"history {path}: cannot create a file in {path.parent}")
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise ReplykitError(f"cannot read history {path}: {exc.strerror or exc}") from exc
    if header and header != SQLITE_HEADER:
        raise ReplykitError(f"history {path} is not a replykit history database (corrupt?)")


def storage_error(path: Path, exc: sqlite3.Error) -> ReplykitError:
    message = str(exc)
    if "locked" in message or "busy" in message:
        return ReplykitError(f"history {path} is locked by another process; try again")
    if "not a database" in message or "malformed" in message:
        return ReplykitError(f"history {path} is not a replykit history database (corrupt?)")
    return ReplykitError(f"history {path}: {message}")


class SQLiteStore:
    def __init__(self, path: str | os.PathLike[str], create: bool = True) -> None:
        self.path = Path(path)
        self.generation = 0
        check_path(self.path, create)
        try:
            self._db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None,
                                       check_same_thread=False)
        except sqlite3.Error as exc:
            raise storage_error(self.path, exc) from exc
        try:
            self._db.execute("PRAGMA foreign_keys = ON")
            self._migrate()
            if self._db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                self._db.execute("PRAGMA journal_mode = WAL")
        except sqlite3.Error as exc:
            self._db.close()
            raise storage_error(self.path, exc) from exc

    def _version(self) -> int:
        found = self._db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
        ).fetchone()
        if not found:
            tables = self._db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            if tables:
                raise ReplykitError(f"history {self.path} is an SQLite file of something else")
            return 0
        row = self._db.execute("SELECT max(version) FROM schema_version").fetchone()
        return int(row[0] or 0)

    def _migrate(self) -> None:
        version = self._version()
        if version > len(MIGRATIONS):
            raise ReplykitError(
                f"history {self.path} has schema version {version}; this replykit knows up to "
                f"{len(MIGRATIONS)}: upgrade replykit"
            )
        if version == len(MIGRATIONS):
            return
        self._db.execute("BEGIN IMMEDIATE")
        try:
            if version == 0:
                self._db.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
            for number in range(version, len(MIGRATIONS)):
                for statement in MIGRATIONS[number].split(";"):
                    if statement.strip():
                        self._db.execute(statement)
                self._db.execute("INSERT INTO schema_version (version) VALUES (?)", (number + 1,))
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise

    def add(self, replies: Iterable[PastReply]) -> int:
        rows = [
            (r.text, r.skeleton, r.language, r.author, r.channel, r.account or "",
             r.created_at or "", r.source)
            for r in replies
        ]
        if not rows:
            return 0
        try:
            before = self._db.total_changes
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.executemany(
                    f"INSERT OR IGNORE INTO replies ({', '.join(FIELDS)}) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    rows,
                )
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            added = self._db.total_changes - before
        except sqlite3.Error as exc:
            raise storage_error(self.path, exc) from exc
        if added:
            self.generation += 1
        return added

    def replies(self, account: str | None = None, limit: int | None = None,
                since: str | None = None) -> Iterator[PastReply]:
        sql, params = select_replies("?", account, limit, since)
        try:
            rows = self._db.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise storage_error(self.path, exc) from exc
        for row in rows:
            yield row_to_reply(row)

    def count(self) -> int:
        try:
            return int(self._db.execute("SELECT count(*) FROM replies").fetchone()[0])
        except sqlite3.Error as exc:
            raise storage_error(self.path, exc) from exc

    def close(self) -> None:
        self._db.close()


def select_replies(mark: str, account: str | None, limit: int | None,
                   since: str | None) -> tuple[str, list[str]]:
    """The query both SQL stores run for `replies()`; `mark` is the driver's placeholder."""
    where, params = [], []
    if account is not None:
        where.append(f"account IN ('', {mark})")  # '' = replies stored without an account
        params.append(account)
    if since is not None:
        where.append(f"(created_at = '' OR created_at >= {mark})")
        params.append(since)
    sql = f"SELECT {', '.join(FIELDS)}, id FROM replies"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY created_at DESC, id DESC"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return sql, params


def row_to_reply(row: tuple) -> PastReply:
    text, skel, language, author, channel, account, created_at, source, row_id = row
    return PastReply(text=text, skeleton=skel, language=language, author=author,
                     channel=channel, account=account or None, created_at=created_at or None,
                     source=source, id=row_id)
