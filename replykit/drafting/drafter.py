"""Drafting end to end: language, kind, values, candidates, guards, and (optionally) recording
the chosen draft in history."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

from ..config import Config, resolve
from ..model import LANGUAGES, ReplykitError
from ..pipeline import check, open_history
from . import compose
from .phrasebook import TONES, load
from .values import name_values, reference_of, topic_of

DEFAULT_TONE = "neutral"
MAX_DRAFTS = 10
_GUARD_TRIES = 4  # candidates run through the guards per draft asked for, at most


@dataclass
class DraftSet:
    language: str
    kind: str
    drafts: list[compose.Draft] = field(default_factory=list)
    message: str | None = None       # why there are no drafts (a troll), or none passed
    reasons: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"schema_version": 1, "language": self.language, "kind": self.kind,
                               "drafts": [d.to_dict() for d in self.drafts]}
        if self.message:
            out["message"] = self.message
        if self.reasons:
            out["reasons"] = list(self.reasons)
        return out


def _language(comment: str, lang: str | None, config: Config) -> str:
    wanted = lang or config.language
    if wanted and wanted != "auto":
        if wanted not in LANGUAGES:
            raise ReplykitError(f"unknown language {wanted!r}; expected one of: "
                                f"{', '.join(LANGUAGES)}")
        return wanted
    from .. import langid

    return langid.detect(comment)


def _kind(comment: str, kind: str | None, lang: str) -> tuple[str, list[str]]:
    if kind:
        if kind not in compose.PLANS:
            raise ReplykitError(f"unknown kind {kind!r}; expected one of: "
                                f"{', '.join(compose.PLANS)}")
        return kind, []
    try:
        from ..triage import triage
    except ImportError as exc:
        raise ReplykitError("triage is not available here: give the kind with --kind") from exc
    verdict = triage(comment, lang=lang)
    return verdict.kind, [str(r) for r in getattr(verdict, "reasons", [])]


def _values(comment: str, name: str | None, book, given: dict[str, str | None]
            ) -> dict[str, str]:
    values = name_values(name, book)
    found_topic = topic_of(comment, book)
    found_order = reference_of(comment)
    if found_topic:
        values["topic"] = found_topic
    if found_order:
        values["order"] = found_order
    values.update({k: v.strip() for k, v in given.items() if v and v.strip()})
    return values


def compose_drafts(
    comment: str, name: str | None = None, lang: str | None = None, tone: str | None = None,
    channel: str | None = None, history: Any = None, n: int = 3, *, kind: str | None = None,
    config: Config | dict | str | os.PathLike | None = None, seed: int | None = None,
    record: bool = False, phrasebooks: str | os.PathLike | None = None,
    account: str | None = None, **given: str | None,
) -> DraftSet:
    """Up to `n` drafts that pass every guard, least like the history and each other.

    `given` may hold agent, brand, eta, offer, order, topic (overriding what is found in the
    comment). A troll gets no drafts and a message; when no candidate passes the guards, the
    closest ones come back with ok=False and a message."""
    if not isinstance(comment, str) or not comment.strip():
        raise ReplykitError("the comment is empty")
    unknown = set(given) - {"agent", "brand", "eta", "offer", "order", "topic"}
    if unknown:
        raise ReplykitError(f"unknown value(s): {', '.join(sorted(unknown))}")
    if not 1 <= n <= MAX_DRAFTS:
        raise ReplykitError(f"-n must be between 1 and {MAX_DRAFTS}")
    cfg = resolve(config)
    tone = tone or DEFAULT_TONE
    if tone not in TONES:
        raise ReplykitError(f"unknown tone {tone!r}; expected one of: {', '.join(TONES)}")
    channel = channel or cfg.channel
    language = _language(comment, lang, cfg)
    kind, reasons = _kind(comment, kind, language)
    result = DraftSet(language, kind, reasons=reasons)
    if kind == "troll":
        result.message = "no reply: the comment reads as trolling; replying feeds it"
        return result
    book = load(language, phrasebooks or cfg.phrasebooks)
    values = _values(comment, name, book, given)
    plan = compose.usable(book, tone, kind, values)
    names = (name,) if name else ()
    pool = compose.candidates(plan, values, channel, compose.channel_limit(channel, cfg),
                              names, compose.seed_of(comment, seed))
    if not pool:
        raise ReplykitError(f"no {tone} {kind} draft fits the {channel or 'twitter'} length limit")
    store, owned = open_history(history, cfg)
    try:
        account = account or cfg.account
        past = [r.skeleton for r in store.replies(account, limit=1000)] if store else []
        result.drafts = _choose(pool, past, n, comment, name, language, channel, store, cfg,
                                account)
        if not any(d.ok for d in result.drafts):
            result.message = "no draft passed every guard; the closest ones are shown"
        elif record and store is not None:
            _record(store, result.drafts[0].text, names, language, channel, account)
    finally:
        if owned:
            store.close()
    return result


def _choose(pool, past, n, comment, name, language, channel, store, cfg, account
            ) -> list[compose.Draft]:
    passed: list[compose.Draft] = []
    failed: list[compose.Draft] = []
    chosen: list[compose.Candidate] = []
    pool = list(pool)
    tries = 0
    while pool and len(passed) < n and tries < n * _GUARD_TRIES:
        best = compose.rank(pool, past, chosen)
        pool.remove(best)
        tries += 1
        report = check(best.text, lang=language, comment=comment, name=name, channel=channel,
                       history=store, config=cfg, account=account)
        draft = compose.Draft(best.text, report.ok, report.findings, report, best.parts)
        if report.ok:
            passed.append(draft)
            chosen.append(best)
        else:
            failed.append(draft)
    return passed or failed[:n]


def _record(store, text: str, names: tuple[str, ...], language: str, channel: str | None,
            account: str | None) -> None:
    from ..history import record

    record(store, text, lang=language, account=account, channel=channel, names=names)


def draft(comment: str, name: str | None = None, lang: str | None = None,
          tone: str | None = None, channel: str | None = None, history: Any = None,
          n: int = 3, **options: Any) -> list[compose.Draft]:
    """The contract's `replykit.draft`: a list of Draft (text, ok, findings, report)."""
    return compose_drafts(comment, name, lang, tone, channel, history, n, **options).drafts
