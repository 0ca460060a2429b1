"""template: no scripted answers where only the name changed (PRINCIPLES 5).

- `template.copy` (error): the draft's words, once names, numbers, handles, links, case,
  accents, punctuation, emoji, invisible characters and lookalike letters are taken out (the
  skeleton), are exactly those of a past reply of the same account.
- `template.near-duplicate` (error): the draft scores `threshold` or more (0..100,
  rapidfuzz ratio of the skeletons' words in sorted order, so shuffled sentences count as the
  same) against a past reply of the same account. Both carry the closest past reply's text,
  date, author and score in `details`.
- `template.stock-phrase` (warning): a canned support cliché from the language's list
  (`lexicons/<lang>/template.yaml`, word patterns, so inflected forms count).

Settings: `threshold` (default 85: real brand replies at 85+ differ by a word or two; below 80
they are merely on the same topic), `min_words` (6: a draft or past reply shorter than this is
never compared, so "Thanks, Anna!" or "Sorry for the trouble" alone never count),
`window_replies` (the last N replies of the account are compared; 0 = all) and `window_days`
(only replies of the last N days; 0 = any age). With no account, all replies are compared.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ..document import Doc
from ..history.search import account_index
from ..lexicon import load
from ..model import Finding
from ..pattern_rules import pattern_rules
from ..similarity import form_of_skeleton
from .base import Context, finding

ID = "template"
RULES = {
    "template.copy": "error",
    "template.near-duplicate": "error",
    "template.stock-phrase": "warning",
}
DEFAULTS: dict[str, Any] = {
    "threshold": 85,
    "min_words": 6,
    "window_replies": 100_000,
    "window_days": 0,
}

_MESSAGES = {
    "copy": "a copy of a past reply ({date}, {author}): \"{past}\"",
    "near_duplicate": "{score}% like a past reply ({date}, {author}): \"{past}\"",
    "unknown": "unknown",
}


def check(doc: Doc, ctx: Context, settings: Mapping[str, Any]) -> Iterable[Finding]:
    messages = {**_MESSAGES, **(load(doc.lang, "template").get("messages") or {})}
    if ctx.history is not None:
        found = _past_match(doc, ctx, settings, messages)
        if found is not None:
            yield found
    for rule in pattern_rules(doc.lang, "template"):
        if rule.id != "template.stock-phrase":
            continue
        for start, end in rule.find(doc):
            yield finding(RULES, rule.id, start, end, rule.message, rule.suggestions,
                          {"phrase": doc.text[start:end]})


def _past_match(doc: Doc, ctx: Context, settings: Mapping[str, Any],
                messages: Mapping[str, str]) -> Finding | None:
    form = form_of_skeleton(doc.skeleton)
    min_words = int(settings["min_words"])
    if len(form.words) < max(1, min_words):
        return None
    index = account_index(ctx.history, ctx.account, int(settings["window_replies"]),
                          int(settings["window_days"]))
    found = index.closest(form, min_words, float(settings["threshold"]))
    if found is None:
        return None
    match, past = found
    rule = "template.copy" if match.copy else "template.near-duplicate"
    values = {
        "score": round(match.score),
        "date": past.created_at or messages["unknown"],
        "author": past.author or past.account or messages["unknown"],
        "past": _shorten(past.text),
    }
    message = messages["copy" if match.copy else "near_duplicate"].format(**values)
    start, end = _trimmed(doc.text)
    details = {
        "past_text": past.text,
        "past_date": past.created_at,
        "past_author": past.author,
        "past_account": past.account,
        "past_id": past.id,
        "score": round(match.score, 1),
        "threshold": settings["threshold"],
    }
    return finding(RULES, rule, start, end, message, (), details)


def _shorten(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _trimmed(text: str) -> tuple[int, int]:
    start = len(text) - len(text.lstrip())
    return start, max(start, len(text.rstrip()))
