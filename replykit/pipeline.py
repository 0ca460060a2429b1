"""text → normalize → guards → Report: the check every command and the API go through."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from typing import Any

from .config import Config, resolve
from .document import Doc
from .guards import GUARDS, Context, guard
from .model import LANGUAGES, Finding, ReplykitError, Report

MAX_DRAFT_CHARS = 20_000  # a reply is short; anything larger is a pasted file, not a draft


def validate_draft(text: Any) -> str:
    if not isinstance(text, str):
        raise ReplykitError(f"the draft must be text, not {type(text).__name__}")
    if not text.strip():
        raise ReplykitError("the draft is empty")
    if len(text) > MAX_DRAFT_CHARS:
        raise ReplykitError(
            f"the draft is {len(text):,} characters; replykit checks replies of up to "
            f"{MAX_DRAFT_CHARS:,}"
        )
    if "\x00" in text:
        raise ReplykitError("the draft contains NUL bytes: is it a binary file?")
    return text


def choose_language(text: str, lang: str | None, comment: str | None, config: Config) -> str:
    wanted = lang or config.language
    if wanted and wanted != "auto":
        if wanted not in LANGUAGES:
            raise ReplykitError(f"unknown language {wanted!r}; expected one of: {', '.join(LANGUAGES)}")
        return wanted
    from . import langid  # loaded only when the language has to be detected

    return langid.detect(text, hint=comment)


def open_history(history: Any, config: Config):
    """A HistoryStore from what the caller gave: a store, a path or URL, or an iterable of texts."""
    spec = history if history is not None else config.history
    if spec is None:
        return None, False
    if hasattr(spec, "replies") and hasattr(spec, "add"):
        return spec, False
    if isinstance(spec, str | os.PathLike):
        from .history import open_store

        return open_store(os.fspath(spec)), True
    if isinstance(spec, Iterable):
        from .history import MemoryStore

        return MemoryStore(str(t) for t in spec), False
    raise ReplykitError(f"history must be a path, a URL or a list of replies, not {type(spec).__name__}")


def run_guards(doc: Doc, ctx: Context, names: Sequence[str] = GUARDS) -> list[Finding]:
    findings: list[Finding] = []
    for name in names:
        module = guard(name)
        settings = ctx.config.settings(name)
        for found in module.check(doc, ctx, settings):
            severity = ctx.config.severity(found.rule, found.severity)
            if severity is None:
                continue
            found.severity = severity
            found.start, found.end = doc.to_original(found.start, found.end)
            found.text = doc.original[found.start : found.end]
            findings.append(found)
    findings.sort(key=lambda f: (f.start, f.end, f.rule))
    return findings


def check(
    text: str,
    lang: str | None = None,
    comment: str | None = None,
    name: str | None = None,
    channel: str | None = None,
    history: Any = None,
    config: Config | dict | str | os.PathLike | None = None,
    *,
    account: str | None = None,
    guards: Sequence[str] = GUARDS,
) -> Report:
    text = validate_draft(text)
    cfg = resolve(config)
    language = choose_language(text, lang, comment, cfg)
    names = (name,) if name else ()
    store, owned = open_history(history, cfg)
    try:
        ctx = Context(
            lang=language,
            config=cfg,
            comment=Doc(comment, language, names) if comment and comment.strip() else None,
            name=name or None,
            channel=channel or cfg.channel,
            history=store,
            account=account or cfg.account,
            vocabulary=frozenset(cfg.vocabulary),
        )
        doc = Doc(text, language, names)
        return Report(text=text, language=language, findings=run_guards(doc, ctx, guards))
    finally:
        if owned:
            store.close()
