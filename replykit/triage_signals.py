"""The signals triage reads in an incoming comment, each a data rule `triage.<signal>` in
`replykit/lexicons/<lang>/triage.yaml` with its own fire/pass examples.

Most signals are phrase rules (PatternRule: `patterns`, `regex`, `unless`...). Two are measured
rather than matched, because shouting is typography, not words: a rule with `measure:
exclamations` fires on `min_marks` exclamation marks in all or a run of `min_run`; `measure:
capitals` fires on `min_words` all-capital words of `min_word_letters` letters, or when capitals
make up `min_ratio` of at least `min_letters` letters. The thresholds are in the data too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .document import Doc
from .lexicon import load
from .pattern_rules import PatternRule

PREFIX = "triage."
_RUN = re.compile(r"[!¡]+")
_LETTERS = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Signal:
    """One signal found in the comment: its name (the rule id without `triage.`) and the
    evidence, the stretches of the comment that made it fire."""

    name: str
    hits: tuple[str, ...]

    def reason(self, limit: int = 3) -> str:
        shown = ", ".join(repr(h) for h in self.hits[:limit])
        return f"{self.name}: {shown}" if shown else self.name


@cache
def signal_rules(lang: str) -> tuple[PatternRule, ...]:
    data = load(lang, "triage")
    return tuple(PatternRule(str(r["id"]), lang, r) for r in data.get("rules") or [])


def _exclamations(doc: Doc, data: dict) -> tuple[str, ...]:
    runs = [m.group() for m in _RUN.finditer(doc.text)]
    marks = sum(len(r) for r in runs)
    longest = max((len(r) for r in runs), default=0)
    if marks >= int(data.get("min_marks", 3)) or longest >= int(data.get("min_run", 3)):
        return (f"{marks}×!",)
    return ()


def _capitals(doc: Doc, data: dict) -> tuple[str, ...]:
    # Masked stretches (links, order codes like SM-1234, names) are not shouting.
    text = doc.masked_text
    min_word = int(data.get("min_word_letters", 4))
    loud = [w for w in _WORD.findall(text) if len(w) >= min_word and w.isupper()]
    letters = _LETTERS.findall(text)
    upper = sum(1 for ch in letters if ch.isupper())
    ratio = upper / len(letters) if letters else 0.0
    if len(loud) >= int(data.get("min_words", 2)) or (
        len(letters) >= int(data.get("min_letters", 12)) and ratio >= float(data.get("min_ratio", 0.6))
    ):
        return tuple(loud) or (f"{ratio:.0%} capitals",)
    return ()


_MEASURES = {"exclamations": _exclamations, "capitals": _capitals}


def _hits(rule: PatternRule, doc: Doc) -> tuple[str, ...]:
    measure = rule.data.get("measure")
    if measure:
        return _MEASURES[str(measure)](doc, rule.data)
    return tuple(doc.text[s:e] for s, e in rule.find(doc))


def find_signals(doc: Doc) -> dict[str, Signal]:
    """Every signal of the comment's language that fires, by name, in lexicon order."""
    found: dict[str, Signal] = {}
    for rule in signal_rules(doc.lang):
        hits = _hits(rule, doc)
        if hits:
            name = rule.id.removeprefix(PREFIX)
            found[name] = Signal(name, hits)
    return found
