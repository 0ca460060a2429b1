"""Triage of an incoming comment: which kind it is and whether to reply at all (PRINCIPLES,
"Kinds of incoming negative comments").

The signals are language data (`lexicons/<lang>/triage.yaml`, see triage_signals.py). The
decision is a short, ordered reading of them, language-independent:

1. promo (self-promotion, "check out my channel")            -> competitor
2. troll score = TROLL_WEIGHTS of insult, profanity, exclamations, capitals, minus reliefs when
   the comment names something concrete of ours or a real problem (an angry customer with an order
   number is a customer); score >= TROLL_AT                  -> troll (the only kind not answered)
3. a rival praised, unless it is a concrete complaint         -> competitor;
   a link with nothing asked, reported or named around it      -> competitor
4. praise inside a complaint ("always full, can't get a table") -> mixed
5. negative (complaint or sweeping words):
   sweeping without specifics or a concrete complaint         -> impulsive
   otherwise                                                  -> constructive
6. a question                                                 -> question
7. praise                                                     -> praise
8. nothing of the above: it names a product, service or fact -> constructive (a real customer
   with a problem our words missed); it names nothing            -> impulsive (a mood).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .document import Doc
from .lexicon import Example
from .model import LANGUAGES, SCHEMA_VERSION, ReplykitError
from .triage_signals import PREFIX, Signal, find_signals

KINDS: tuple[str, ...] = (
    "constructive", "impulsive", "competitor", "troll", "mixed", "question", "praise",
)
MAX_CHARS = 10_000

# How much each signal says "troll". An insult alone is enough; swearing plus shouting is too;
# shouting alone (capitals and "!!!") is an impulsive customer, not a troll.
TROLL_WEIGHTS: dict[str, int] = {"insult": 3, "profanity": 2, "exclamations": 1, "capitals": 1}
TROLL_AT = 3
# A number or date counts only when the comment is about something of ours (a product or a
# problem): "@[id123|Name] you clown" carries a number too.
SPECIFICS_RELIEF = 2
COMPLAINT_RELIEF = 1
NEGATIVE = ("complaint", "sweeping")


@dataclass
class Verdict:
    kind: str
    should_reply: bool
    reasons: list[str]
    language: str
    signals: dict[str, Signal] = field(default_factory=dict, repr=False)

    @property
    def specifics(self) -> list[str]:
        """The concrete things the customer named, in order: numbers, order ids, dates and time
        words, then product and service words. What a reply should pick up, and what to ask for
        when there are none."""
        hits: list[str] = []
        for name in ("specifics", "product"):
            found = self.signals.get(name)
            hits += [h for h in found.hits if h not in hits] if found else []
        return hits

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "language": self.language,
            "kind": self.kind,
            "should_reply": self.should_reply,
            "reasons": list(self.reasons),
        }


def troll_score(signals: dict[str, Signal]) -> int:
    score = sum(weight for name, weight in TROLL_WEIGHTS.items() if name in signals)
    about_us = "product" in signals or "complaint" in signals
    if "specifics" in signals and about_us:
        score -= SPECIFICS_RELIEF
    if "complaint" in signals:
        score -= COMPLAINT_RELIEF
    return score


def decide(signals: dict[str, Signal]) -> str:
    """The kind, from the signals that fired (see the module docstring for the order)."""
    has = signals.__contains__
    concrete = has("specifics")
    negative = any(has(n) for n in NEGATIVE)
    if has("promo"):
        return "competitor"
    if troll_score(signals) >= TROLL_AT:
        return "troll"
    if has("rival") and not (concrete and has("complaint")):
        return "competitor"
    if has("link") and not (negative or concrete or has("product") or has("question")):
        return "competitor"  # a bare link with nothing asked or reported: promotion
    if has("good-bad"):
        return "mixed"
    if negative:
        if has("sweeping") and not (concrete and has("complaint")):
            return "impulsive"
        return "constructive"
    if has("question"):
        return "question"
    if has("praise"):
        return "praise"
    if concrete or has("product"):
        return "constructive"
    return "impulsive"


def _validate(comment: object, lang: str | None) -> str:
    if not isinstance(comment, str):
        raise ReplykitError(f"triage needs the comment as text, not {type(comment).__name__}")
    if not comment.strip():
        raise ReplykitError("triage needs a comment: the text is empty")
    if len(comment) > MAX_CHARS:
        raise ReplykitError(f"the comment is too long for triage ({len(comment)} > {MAX_CHARS} characters)")
    if lang is not None and lang not in LANGUAGES:
        raise ReplykitError(f"unknown language {lang!r}: use one of {', '.join(LANGUAGES)}")
    return comment


def triage(comment: str, lang: str | None = None) -> Verdict:
    """Which kind of comment this is, whether to reply, and the signals that say so."""
    text = _validate(comment, lang)
    if lang is None:
        from .langid import detect

        lang = detect(text)
    signals = find_signals(Doc(text, lang))
    kind = decide(signals)
    reasons = [signal.reason() for signal in signals.values()]
    return Verdict(kind, kind != "troll", reasons, lang, signals)


def example_runner(example: Example) -> set[str]:
    """The runner of the `triage.*` rule examples (examples.LAZY_RUNNERS): the signal rules
    that fire on the example's text."""
    return {PREFIX + name for name in find_signals(Doc(example.text, example.lang))}
