"""The template index of a store: past replies of one account within a window, searchable for
the closest one to a draft. Built on first use and cached on the store object; a store with a
`generation` counter gets it rebuilt after `add`, a store without one is indexed per check."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from ..similarity import Form, Match, TemplateIndex, form_of_skeleton
from .base import HistoryStore, PastReply

_CACHE_ATTR = "_replykit_template_indexes"


@dataclass
class AccountIndex:
    index: TemplateIndex = field(default_factory=TemplateIndex)
    replies: list[PastReply] = field(default_factory=list)

    def add(self, reply: PastReply) -> None:
        self.index.add(form_of_skeleton(reply.skeleton))
        self.replies.append(reply)

    def closest(self, form: Form, min_words: int, cutoff: float) -> tuple[Match, PastReply] | None:
        match = self.index.closest(form, min_words, cutoff)
        return None if match is None else (match, self.replies[match.position])


def window_since(days: int) -> str | None:
    if days <= 0:
        return None
    return (datetime.now(UTC) - timedelta(days=days)).strftime("%Y-%m-%d")


def account_index(store: HistoryStore, account: str | None, window_replies: int = 0,
                  window_days: int = 0) -> AccountIndex:
    """The index of `account`'s replies (all accounts when None): the last `window_replies`
    (0: all) within `window_days` days (0: any age), oldest first."""
    since = window_since(window_days)
    limit = window_replies or None
    generation = getattr(store, "generation", None)
    key = (account, limit, since)
    cache: dict = getattr(store, _CACHE_ATTR, None) or {}
    cached = cache.get(key)
    if cached is not None and generation is not None and cached[0] == generation:
        return cached[1]
    built = AccountIndex()
    for reply in reversed(list(store.replies(account=account, limit=limit, since=since))):
        built.add(reply)
    if generation is not None:
        cache[key] = (generation, built)
        try:
            setattr(store, _CACHE_ATTR, cache)
        except AttributeError:  # a store with __slots__: no caching, still correct
            pass
    return built
