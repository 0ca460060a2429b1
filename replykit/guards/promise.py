"""promise: keep the promises you make (PRINCIPLES 1).

A promise with nothing to hold it to ("we'll look into it", "мы разберёмся") is how silence
starts. The cues are word patterns per language (`lexicons/<lang>/promise.yaml`, rule
`promise.vague`); the promise counts as concrete, and passes, when the same sentence or the
next one has a concreteness marker (`concrete:` patterns and `concrete_regex:`: a time, a date,
a weekday, a ticket or order number...). A promise next to a request to the customer (the
sentence before, the same or the one after: `requests:`, e.g. "DM us your order number and
we'll look into it") is an offer with a next step, not a vague promise.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

from ..document import Doc
from ..lexicon import load
from ..model import Finding
from ..pattern_rules import PatternRule, pattern_rules
from .base import Context, finding

ID = "promise"
RULES = {"promise.vague": "warning"}
DEFAULTS: dict[str, Any] = {"sentences_after": 1}


@cache
def _markers(lang: str, key: str) -> PatternRule:
    """The `key` markers of a language (patterns, plus `<key>_regex`) as one pattern rule."""
    data = load(lang, "promise")
    return PatternRule(
        f"promise.{key}", lang,
        {"patterns": data.get(key) or [], "regex": data.get(f"{key}_regex") or []},
    )


def _sentences_with(doc: Doc, key: str) -> set[int]:
    return {_sentence_index(doc, start) for start, _ in _markers(doc.lang, key).find(doc)}


def _sentence_index(doc: Doc, offset: int) -> int:
    for i, (start, end) in enumerate(doc.sentences):
        if start <= offset < end:
            return i
    return len(doc.sentences)


def check(doc: Doc, ctx: Context, settings: Mapping[str, Any]) -> Iterable[Finding]:
    rules = [r for r in pattern_rules(doc.lang, "promise") if r.id in RULES]
    candidates = [(rule, span) for rule in rules for span in rule.find(doc)]
    if not candidates:
        return
    reach = int(settings["sentences_after"])
    concrete, requests = _sentences_with(doc, "concrete"), _sentences_with(doc, "requests")
    for rule, (start, end) in candidates:
        first = _sentence_index(doc, start)
        if concrete & set(range(first, first + reach + 1)):
            continue  # a time, date, reference or next step holds the promise
        if requests & {first - 1, first, first + 1}:
            continue  # an offer that waits for what the customer was asked to send
        yield finding(RULES, rule.id, start, end, rule.message, rule.suggestions)
