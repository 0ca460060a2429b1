"""Storage of past replies. `open_store(spec)` opens a SQLite file or a postgresql:// URL.

`record(...)` stores one reply that passed a check (what `replykit check --record` calls).
"""

from __future__ import annotations

from datetime import UTC, datetime

from ..model import ReplykitError
from ..normalize import skeleton
from .base import HistoryStore, PastReply
from .memory import MemoryStore


def open_store(spec: str, create: bool = True) -> HistoryStore:
    """The store at `spec`: a postgresql:// (or postgres://) URL, else a SQLite file path.
    With `create=False` a missing SQLite file is an error instead of a new empty history."""
    spec = str(spec).strip()
    if not spec:
        raise ReplykitError("history location is empty")
    if spec.startswith(("postgresql://", "postgres://")):
        from .postgres import PostgresStore

        return PostgresStore(spec)
    if "://" in spec:
        raise ReplykitError(f"history {spec}: expected a file path or a postgresql:// URL")
    from .sqlite import SQLiteStore

    return SQLiteStore(spec, create=create)


def now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def record(store: HistoryStore, text: str, lang: str | None, account: str | None = None,
           author: str | None = None, channel: str | None = None,
           names: tuple[str, ...] = ()) -> bool:
    """Store a reply that passed its check, stamped now; False when it was stored already."""
    reply = PastReply(text=text, skeleton=skeleton(text, names), language=lang, author=author,
                      channel=channel, account=account, created_at=now_iso(), source="check")
    return store.add([reply]) == 1


__all__ = ["HistoryStore", "MemoryStore", "PastReply", "open_store", "record"]
