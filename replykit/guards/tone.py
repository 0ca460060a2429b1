"""tone: don't fight critics in public (PRINCIPLES 4).

Each rule is data in `lexicons/<lang>/tone.yaml`: word patterns (matched through the language's
stemmer, so cases, tenses and formal forms count) with `unless` patterns for negation,
self-blame and agreement, and clause guards (`unless_clause`, see pattern_rules.py). Only the patterns whose
required words occur in the reply are tried (patterns.PatternIndex). Beyond the data, two
things never count as the reply's own wording: words inside quotation marks, and words the
customer wrote in the comment being answered.
Shouting also looks at letter case: several all-caps words that are not acronyms.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from typing import Any

from ..document import Doc
from ..lexicon import load
from ..model import Finding
from ..pattern_rules import PatternRule, pattern_index, pattern_rules
from ..patterns import Pattern, language_forms
from ..tone_text import caps_spans, quoted_spans
from .base import Context, finding

ID = "tone"
RULES = {
    "tone.contradicting": "error",
    "tone.blaming": "error",
    "tone.condescending": "error",
    "tone.dismissive": "error",
    "tone.passive-aggressive": "error",
    "tone.accusing-lying": "error",
    "tone.defensive": "error",
    "tone.sarcasm": "error",
    "tone.shouting": "error",
}
DEFAULTS: dict[str, Any] = {
    "caps_min_words": 2,  # all-caps words needed to call it shouting
    "caps_min_letters": 4,  # shorter capitals ("OK", "DM", "NOT") are too common to count
    "caps_emphasis": True,  # one word of the language's emphasis list in capitals ("was SENT")
    "ignore_quoted": True,  # words in quotation marks are someone else's
}


def check(
    doc: Doc, ctx: Context, settings: Mapping[str, Any], *, indexed: bool = True
) -> Iterable[Finding]:
    """`indexed=False` tries every pattern: the reference the index is tested and timed against."""
    rules = pattern_rules(doc.lang, "tone")
    if not rules:
        return
    live = pattern_index(doc.lang, "tone").live(doc) if indexed else None
    quoted = quoted_spans(doc.text) if settings["ignore_quoted"] else []
    echoed = _comment_words(ctx.comment, doc.lang)
    for rule in rules:
        if rule.id not in RULES:
            continue
        for start, end in _candidates(rule, doc, settings, live):
            if _inside(start, end, quoted) or _echoes_comment(doc, start, end, echoed):
                continue
            yield finding(
                RULES,
                rule.id,
                start,
                end,
                rule.message,
                rule.suggestions,
                {"category": rule.id.split(".", 1)[1]},
            )


def _candidates(
    rule: PatternRule, doc: Doc, settings: Mapping[str, Any], live: Collection[Pattern] | None
) -> list[tuple[int, int]]:
    spans = [s for s in rule.find(doc, live) if _one_sentence(doc, *s)]
    if rule.id == "tone.shouting" and not settings["caps_emphasis"]:
        # The lexicon's single emphasis words are capital letters only; "!!!" and "?!" stay.
        spans = [(s, e) for s, e in spans if not _capital_words(doc.text[s:e])]
    if rule.id == "tone.shouting":
        acronyms = frozenset(str(a).upper() for a in load(doc.lang, "tone").get("acronyms") or [])
        found = caps_spans(doc, acronyms, settings["caps_min_words"], settings["caps_min_letters"])
        spans = _merged(doc.text, set(spans) | set(found))
    return spans


def _capital_words(text: str) -> bool:
    return any(ch.isalpha() for ch in text) and text.upper() == text


def _merged(text: str, spans: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping or touching spans as one: "NOT SHIP OPENED" is one shout, however found."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and not text[merged[-1][1] : start].strip():
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _one_sentence(doc: Doc, start: int, end: int) -> bool:
    """A gap in a pattern may not carry a match across a sentence end."""
    _, sentence_end = doc.sentence_of(start)
    return end <= sentence_end


def _inside(start: int, end: int, regions: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in regions)


def _stems(doc: Doc, lang: str, start: int = 0, end: int | None = None) -> tuple[str, ...]:
    forms = language_forms(lang)
    stop = len(doc.text) if end is None else end
    return tuple(
        forms.stem(forms.fold(t.text)) for t in doc.words if start <= t.start and t.end <= stop
    )


def _comment_words(comment: Doc | None, lang: str) -> str:
    """The comment's words as one searchable line of stems (empty without a comment)."""
    return f" {' '.join(_stems(comment, lang))} " if comment is not None else ""


def _echoes_comment(doc: Doc, start: int, end: int, echoed: str) -> bool:
    """The matched words stand in the customer's comment in the same order: the reply is
    quoting them ("you said 'calm down'?"), not saying them."""
    if not echoed:
        return False
    words = _stems(doc, doc.lang, start, end)
    return bool(words) and f" {' '.join(words)} " in echoed
