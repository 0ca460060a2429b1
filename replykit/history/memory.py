"""Past replies held in memory: what the Python API builds from an iterable of strings."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..normalize import skeleton
from .base import PastReply


class MemoryStore:
    def __init__(self, texts: Iterable[str] = ()) -> None:
        self._rows: list[PastReply] = []
        self.add(PastReply(text=t, skeleton=skeleton(t)) for t in texts)

    def add(self, replies: Iterable[PastReply]) -> int:
        seen = {(r.account, r.skeleton, r.created_at) for r in self._rows}
        added = 0
        for reply in replies:
            key = (reply.account, reply.skeleton, reply.created_at)
            if key not in seen:
                seen.add(key)
                self._rows.append(reply)
                added += 1
        return added

    def replies(self, account: str | None = None, limit: int | None = None,
                since: str | None = None) -> Iterator[PastReply]:
        count = 0
        for reply in reversed(self._rows):
            if account is not None and reply.account not in (None, account):
                continue
            if since is not None and reply.created_at is not None and reply.created_at < since:
                continue
            if limit is not None and count >= limit:
                return
            count += 1
            yield reply

    def close(self) -> None:
        pass
