"""Drafting replies from phrasebooks: `draft()` is the contract's `replykit.draft`."""

from __future__ import annotations

from .compose import Draft
from .drafter import DraftSet, compose_drafts, draft

__all__ = ["Draft", "DraftSet", "compose_drafts", "draft"]
