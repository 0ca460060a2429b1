"""Past replies in PostgreSQL (psycopg 3): one history for a team across machines.

Same rows, unique key and schema_version migrations as the SQLite store. Batches go through
COPY into a temporary table and one INSERT ... ON CONFLICT DO NOTHING, so the count of rows
added is exact and importing twice adds nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..model import ReplykitError
from .base import PastReply
from .sqlite import FIELDS, row_to_reply, select_replies

MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE replies (
        id BIGSERIAL PRIMARY KEY,
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
    CREATE INDEX replies_account_created ON replies (account, created_at)
    """,
)


def _redacted(url: str) -> str:
    """The URL without its password, for error messages."""
    head, sep, tail = url.partition("@")
    if not sep:
        return url
    scheme, _, credentials = head.partition("://")
    return f"{scheme}://{credentials.split(':', 1)[0]}@{tail}"


class PostgresStore:
    def __init__(self, url: str) -> None:
        try:
            import psycopg
        except ImportError as exc:
            raise ReplykitError(
                'PostgreSQL history needs psycopg: pip install "psycopg[binary]"') from exc
        self._psycopg = psycopg
        self.url = url
        self.generation = 0
        try:
            self._db = psycopg.connect(url, autocommit=True, connect_timeout=5)
            self._migrate()
        except psycopg.Error as exc:
            raise self._error(exc) from exc

    def _error(self, exc: Exception) -> ReplykitError:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return ReplykitError(f"history {_redacted(self.url)}: {first}")

    def _migrate(self) -> None:
        with self._db.transaction():
            # One migrator at a time across processes.
            self._db.execute("SELECT pg_advisory_xact_lock(7263001)")
            self._db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            row = self._db.execute("SELECT max(version) FROM schema_version").fetchone()
            version = int(row[0] or 0)
            if version > len(MIGRATIONS):
                raise ReplykitError(f"history {_redacted(self.url)} has schema version {version}; "
                                    "upgrade replykit")
            for number in range(version, len(MIGRATIONS)):
                for statement in MIGRATIONS[number].split(";"):
                    if statement.strip():
                        self._db.execute(statement)
                self._db.execute("INSERT INTO schema_version (version) VALUES (%s)", (number + 1,))

    def add(self, replies: Iterable[PastReply]) -> int:
        rows = [(r.text, r.skeleton, r.language, r.author, r.channel, r.account or "",
                 r.created_at or "", r.source) for r in replies]
        if not rows:
            return 0
        columns = ", ".join(FIELDS)
        try:
            with self._db.transaction(), self._db.cursor() as cur:
                cur.execute("CREATE TEMP TABLE incoming (LIKE replies INCLUDING DEFAULTS) "
                            "ON COMMIT DROP")
                with cur.copy(f"COPY incoming ({columns}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
                cur.execute(f"INSERT INTO replies ({columns}) SELECT {columns} FROM incoming "
                            "ORDER BY id ON CONFLICT DO NOTHING")
                added = cur.rowcount
        except self._psycopg.Error as exc:
            raise self._error(exc) from exc
        if added:
            self.generation += 1
        return added

    def replies(self, account: str | None = None, limit: int | None = None,
                since: str | None = None) -> Iterator[PastReply]:
        sql, params = select_replies("%s", account, limit, since)
        try:
            rows = self._db.execute(sql, params).fetchall()
        except self._psycopg.Error as exc:
            raise self._error(exc) from exc
        for row in rows:
            yield row_to_reply(row)

    def close(self) -> None:
        self._db.close()
