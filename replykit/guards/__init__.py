"""The guards replykit runs, in the order they run: the table of contents of what it checks."""

from __future__ import annotations

import importlib
from functools import cache

from .base import Context, GuardModule, finding

GUARDS: tuple[str, ...] = (
    "placeholder",  # unfilled template slots: {{name}}, [CUSTOMER], %order%
    "length",       # per-channel limits, long sentences, walls of text, readability
    "tone",         # argumentative, blaming, condescending or shouting wording
    "promise",      # vague promises with no time, reference or next step
    "language",     # a reply in another language than the customer's comment
    "links",        # link dumps instead of an answer
    "personal",     # replies that mention neither the customer's name nor their problem
    "template",     # copies and near-copies of past replies, canned support phrases
    "spelling",     # typos and mixed-script words (Hunspell)
    "grammar",      # typography rules, plus LanguageTool when a server is configured
)


@cache
def guard(name: str) -> GuardModule:
    return importlib.import_module(f"{__name__}.{name}")  # type: ignore[return-value]


def all_rules() -> dict[str, str]:
    """Every static rule id with its default severity."""
    rules: dict[str, str] = {}
    for name in GUARDS:
        rules.update(guard(name).RULES)
    return rules


__all__ = ["GUARDS", "Context", "GuardModule", "all_rules", "finding", "guard"]
