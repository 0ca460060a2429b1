"""The composer: from a comment to N distinct drafts that pass every guard.

For the comment's kind, a plan says which parts a reply has (an at-fault kind gets an apology,
a competitor's jab gets a question for specifics, praise gets thanks and a question). Each
candidate takes one variant per part, filled with the values; candidates that fit the channel
are ranked so that the chosen ones are the least similar to the team's past replies and to each
other, and each chosen one runs through every guard. Only drafts that pass are offered as ok.
"""

from __future__ import annotations

import random
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from ..config import Config
from ..model import Finding, ReplykitError, Report
from ..normalize import skeleton
from .phrasebook import Phrasebook
from .render import Phrase, compile_phrase

# kind -> parts in reply order; a part ending in "?" is optional (dropped first when long).
PLANS: dict[str, tuple[str, ...]] = {
    "constructive": ("greeting", "acknowledgement", "apology", "action", "next_step",
                     "question?", "signoff?"),
    "impulsive": ("greeting", "acknowledgement", "apology", "question", "signoff?"),
    "competitor": ("greeting", "acknowledgement", "question", "signoff?"),
    "mixed": ("greeting", "acknowledgement", "apology", "action", "question?", "signoff?"),
    "question": ("greeting", "acknowledgement", "action", "next_step", "signoff?"),
    "praise": ("greeting", "acknowledgement", "question", "signoff?"),
    "troll": (),
}
# Without a limit from the length guard's settings: what each channel allows.
CHANNEL_LIMITS: dict[str, int] = {"twitter": 280, "sms": 160, "instagram": 1000,
                                  "facebook": 1000, "chat": 600, "email": 2000}
CANDIDATES = 60


@dataclass
class Draft:
    text: str
    ok: bool
    findings: list[Finding] = field(default_factory=list)
    report: Report | None = None
    parts: dict[str, str] = field(default_factory=dict)  # part -> the variant's source

    def to_dict(self) -> dict:
        return {"text": self.text, "ok": self.ok,
                "findings": [f.to_dict() for f in self.findings]}


@dataclass
class Candidate:
    text: str
    parts: dict[str, str]
    skeleton: str


def plan_of(kind: str, book: Phrasebook) -> list[tuple[str, bool]]:
    plans = {**PLANS, **(book.data.get("plans") or {})}
    if kind not in plans:
        raise ReplykitError(f"unknown kind {kind!r}; expected one of: {', '.join(PLANS)}")
    return [(p.rstrip("?"), not p.endswith("?")) for p in plans[kind]]


def usable(book: Phrasebook, tone: str, kind: str, values: Mapping[str, str]
           ) -> list[tuple[str, bool, list[Phrase]]]:
    """Per planned part, the variants whose values are all there; a required part with none
    is a ReplykitError naming the values that would make one fit."""
    chosen: list[tuple[str, bool, list[Phrase]]] = []
    for part, required in plan_of(kind, book):
        variants = book.variants(tone, part, kind)
        phrases = [compile_phrase(v.text) for v in variants]
        fitting = [(v, p) for v, p in zip(variants, phrases, strict=True)
                   if p.needs <= values.keys()]
        fits = [p for v, p in fitting if not v.fallback] or [p for _, p in fitting]
        if fits:
            chosen.append((part, required, fits))
        elif required and phrases:
            missing = sorted(min((p.needs - values.keys() for p in phrases), key=len))
            raise ReplykitError(
                f"cannot write the {part} ({book.lang}, {tone}, {kind}): missing "
                f"{', '.join(missing)}; give it or add a variant without it to the phrasebook"
            )
        elif required:
            raise ReplykitError(f"phrasebook {book.where()} has no {tone} {part} for {kind}")
    return chosen


def assemble(pieces: Sequence[tuple[str, str]], channel: str | None) -> str:
    """Parts into one reply: one paragraph, or on e-mail the greeting and sign-off on lines
    of their own."""
    if channel == "email" and len(pieces) > 2:
        head, *body, tail = pieces
        if pieces[-1][0] == "signoff":
            return f"{head[1]}\n\n{' '.join(t for _, t in body)}\n\n{tail[1]}"
    return " ".join(t for _, t in pieces if t)


def candidates(plan: list[tuple[str, bool, list[Phrase]]], values: Mapping[str, str],
               channel: str | None, limit: int, names: tuple[str, ...],
               rng: random.Random) -> list[Candidate]:
    found: dict[str, Candidate] = {}
    for _ in range(CANDIDATES * 3):
        picks = [(part, required, rng.choice(fits)) for part, required, fits in plan]
        rendered = [(part, required, phrase.render(values), phrase) for part, required, phrase
                    in picks]
        for drop in (False, True):
            kept = [r for r in rendered if r[1] or not drop]
            text = assemble([(p, t) for p, _, t, _ in kept], channel)
            if len(text) <= limit:
                if text not in found:
                    parts = {p: ph.source for p, _, _, ph in kept}
                    found[text] = Candidate(text, parts, skeleton(text, names))
                break
        if len(found) >= CANDIDATES:
            break
    return list(found.values())


def similarity(a: str, b: str) -> float:
    return fuzz.ratio(a, b) / 100.0


def rank(pool: list[Candidate], past: list[str], chosen: list[Candidate]) -> Candidate:
    """The candidate least like the past replies and the drafts chosen so far."""
    def worst(c: Candidate) -> float:
        others = [*past, *(d.skeleton for d in chosen)]
        return max((similarity(c.skeleton, o) for o in others), default=0.0)
    return min(pool, key=worst)


def channel_limit(channel: str | None, config: Config) -> int:
    from ..guards import GUARDS

    limits = dict(CHANNEL_LIMITS)
    if "length" in GUARDS:
        configured = config.settings("length").get("limits")
        if isinstance(configured, dict):
            limits.update({k: int(v) for k, v in configured.items() if isinstance(v, int)})
    return limits.get(channel or "twitter", CHANNEL_LIMITS["twitter"])


def seed_of(comment: str, seed: int | None) -> random.Random:
    # Deterministic by default: the same comment and history give the same drafts.
    return random.Random(seed if seed is not None else zlib.crc32(comment.encode("utf-8")))
