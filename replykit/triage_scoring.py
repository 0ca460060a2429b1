"""Scoring triage against labelled comments: macro-F1 over the kinds and accuracy of
should_reply. Shared by the tests and bench/triage_eval.py."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Score:
    n: int
    macro_f1: float
    reply_accuracy: float
    f1: dict[str, float]
    confusion: dict[tuple[str, str], int]  # (gold, predicted) -> count, mistakes only


def f1_per_label(gold: Sequence[str], predicted: Sequence[str], labels: Iterable[str]) -> dict[str, float]:
    scores = {}
    for label in labels:
        tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g == p == label)
        fp = sum(1 for g, p in zip(gold, predicted, strict=True) if p == label != g)
        fn = sum(1 for g, p in zip(gold, predicted, strict=True) if g == label != p)
        scores[label] = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0
    return scores


def score(gold: Sequence[str], predicted: Sequence[str]) -> Score:
    """Macro-F1 over the kinds present in the gold labels; should_reply is kind != troll."""
    labels = sorted(set(gold))
    f1 = f1_per_label(gold, predicted, labels)
    replies = sum(1 for g, p in zip(gold, predicted, strict=True) if (g == "troll") == (p == "troll"))
    confusion: dict[tuple[str, str], int] = {}
    for g, p in zip(gold, predicted, strict=True):
        if g != p:
            confusion[(g, p)] = confusion.get((g, p), 0) + 1
    n = len(gold)
    return Score(n, sum(f1.values()) / len(f1) if f1 else 0.0, replies / n if n else 0.0, f1, confusion)
