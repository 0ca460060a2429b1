"""The one small interface past replies are stored behind (SQLite default, PostgreSQL too)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class PastReply:
    text: str
    skeleton: str
    language: str | None = None
    author: str | None = None
    channel: str | None = None
    account: str | None = None
    created_at: str | None = None  # ISO 8601, UTC
    source: str | None = None
    id: int | None = None


class HistoryStore(Protocol):
    """Where past replies live. Implementations: sqlite.SQLiteStore, postgres.PostgresStore,
    memory.MemoryStore (for the Python API's iterable of strings).

    A store may also have `generation: int`, bumped by every `add` that stores something:
    indexes built from the store (the template guard's) are cached on it and rebuilt when
    the generation moves."""

    def add(self, replies: Iterable[PastReply]) -> int:
        """Store replies not stored yet (same account, skeleton and created_at); the count added."""
        ...

    def replies(self, account: str | None = None, limit: int | None = None,
                since: str | None = None) -> Iterator[PastReply]:
        """Past replies of `account` (all when None), newest first."""
        ...

    def close(self) -> None: ...
