"""promise: keep the promises you make (PRINCIPLES 1).

A promise with nothing to hold it to ("we'll look into it", "мы разберёмся") is how silence
starts. The cues are word patterns per language (`lexicons/<lang>/promise.yaml`, rule
`promise.vague`); the promise counts as concrete, and passes, when the same sentence or the
next one has a concreteness marker (`concrete:` patterns and `concrete_regex:`: a time, a date,
a weekday, a ticket or order number...).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

from ..document import Doc
from ..lexicon import load
from ..model import Finding
from ..patterns import PatternRule, pattern_rules
from .base import Context, finding

ID = "promise"
RULES = {"promise.vague": "warning"}
DEFAULTS: dict[str, Any] = {"sentences_after": 1}


@lru_cache(maxsize=None)
def _concrete(lang: str) -> PatternRule:
    """The concreteness markers of a language as one pattern rule (patterns + regex)."""
    data = load(lang, "promise")
    return PatternRule(
        "promise.concrete", lang,
        {"patterns": data.get("concrete") or [], "regex": data.get("concrete_regex") or []},
    )


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
    anchored = {_sentence_index(doc, start) for start, _ in _concrete(doc.lang).find(doc)}
    for rule, (start, end) in candidates:
        first = _sentence_index(doc, start)
        if anchored & set(range(first, first + reach + 1)):
            continue  # a time, date, reference or next step holds the promise
        yield finding(RULES, rule.id, start, end, rule.message, rule.suggestions)
