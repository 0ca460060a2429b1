"""Storage of past replies. `open_store(spec)` opens a SQLite file or a postgresql:// URL."""

from __future__ import annotations

from .base import HistoryStore, PastReply
from .memory import MemoryStore

__all__ = ["HistoryStore", "MemoryStore", "PastReply"]
