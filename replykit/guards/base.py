"""The one contract every guard module follows.

A guard is a module under `replykit/guards/` with:

    ID: str                      # the guard name, first part of its rule ids
    RULES: dict[str, str]        # rule id -> default severity ("error", "warning", "info")
    DEFAULTS: dict[str, object]  # settings, overridable in config under [<ID>]
    def check(doc: Doc, ctx: Context, settings: Mapping[str, object]) -> Iterable[Finding]

Optionally `DYNAMIC_RULE_PREFIXES`: rule ids made at run time (e.g. "grammar.lt."). Every rule
works, and has examples in its lexicon files, in every language.

Findings carry spans in `doc.text` coordinates; the pipeline maps them into the original draft,
fills in `text`, and applies the configured severity. Use `finding()` to build them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from ..document import Doc
from ..model import Finding

if TYPE_CHECKING:
    from ..config import Config
    from ..history.base import HistoryStore


@dataclass
class Context:
    """What a guard knows besides the draft itself."""

    lang: str
    config: Config
    comment: Doc | None = None
    name: str | None = None
    channel: str | None = None
    history: HistoryStore | None = None
    account: str | None = None
    vocabulary: frozenset[str] = field(default_factory=frozenset)


class GuardModule(Protocol):
    ID: str
    RULES: dict[str, str]
    DEFAULTS: dict[str, Any]

    def check(self, doc: Doc, ctx: Context, settings: Mapping[str, Any]) -> Iterable[Finding]: ...


def finding(
    rules: Mapping[str, str],
    rule: str,
    start: int,
    end: int,
    message: str,
    suggestions: Iterable[str] = (),
    details: Mapping[str, Any] | None = None,
) -> Finding:
    """A finding of `rule` at doc.text[start:end] with the rule's default severity."""
    return Finding(
        rule=rule,
        severity=rules[rule],
        message=message,
        start=start,
        end=end,
        suggestions=[s for s in suggestions if s][:3],
        details=dict(details or {}),
    )
