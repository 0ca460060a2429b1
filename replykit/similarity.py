"""How alike two replies are, the way the template guard and `history stats` see it.

A reply's *form* is its skeleton (normalize.skeleton: case, accents, lookalike letters,
invisible characters, punctuation and emoji gone; names, numbers, handles and links masked)
with the mask tokens dropped, so a swapped @handle or order number changes nothing. Its *key*
is the form's words in order (two replies with the same key are copies); its *sorted* string
is the words in alphabetical order, so shuffled sentences compare equal.

The score is `rapidfuzz.fuzz.ratio` of the two sorted strings (what `token_sort_ratio` does),
0..100. A few inserted words (a greeting, the customer's name) cost a few points; a short
shared fragment inside a long reply scores low because the rest of the reply is missing.

`TemplateIndex` finds the closest past reply without comparing against all of them: an
inverted index from each word to the replies containing it picks the replies sharing most of
the draft's rarest words, and only those are scored. Adding a reply keeps the index current.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from .normalize import skeleton

# How many of the draft's rarest words pick candidates, how many postings at most are
# counted (very common words say nothing about which reply it copies), and how many of the
# best-sharing replies are scored.
RARE_WORDS = 12
MAX_POSTINGS = 60_000
CANDIDATES = 400


@dataclass(frozen=True)
class Form:
    words: tuple[str, ...]

    @property
    def key(self) -> str:
        return " ".join(self.words)

    @property
    def sorted(self) -> str:
        return " ".join(sorted(self.words))


def form_of_skeleton(skel: str) -> Form:
    return Form(tuple(w for w in skel.split() if not w.startswith("⟨")))


def form_of(text: str, names: tuple[str, ...] = ()) -> Form:
    return form_of_skeleton(skeleton(text, names))


def score(a: Form, b: Form) -> float:
    return fuzz.ratio(a.sorted, b.sorted)


@dataclass(frozen=True)
class Match:
    position: int  # index of the entry in the order it was added to the index
    score: float
    copy: bool


class TemplateIndex:
    """Past replies' forms, searchable for the closest one to a draft."""

    def __init__(self) -> None:
        self.sorted: list[str] = []
        self.lengths: list[int] = []
        self._keys: dict[str, list[int]] = {}
        self._postings: dict[str, list[int]] = {}

    def __len__(self) -> int:
        return len(self.sorted)

    def add(self, form: Form) -> int:
        position = len(self.sorted)
        self.sorted.append(form.sorted)
        self.lengths.append(len(form.words))
        self._keys.setdefault(form.key, []).append(position)
        for word in set(form.words):
            self._postings.setdefault(word, []).append(position)
        return position

    def copies(self, form: Form) -> list[int]:
        return list(self._keys.get(form.key, ()))

    def candidates(self, form: Form) -> list[int]:
        """Positions of the replies sharing most of the form's rarest words."""
        words = sorted({w for w in form.words if w in self._postings},
                       key=lambda w: len(self._postings[w]))
        counts: Counter[int] = Counter()
        counted = 0
        for word in words[:RARE_WORDS]:
            postings = self._postings[word]
            if counted and counted + len(postings) > MAX_POSTINGS:
                break
            counts.update(postings)
            counted += len(postings)
        return [position for position, _ in counts.most_common(CANDIDATES)]

    def closest(self, form: Form, min_words: int = 0, cutoff: float = 0.0) -> Match | None:
        """The best past reply for `form`: an exact copy first, else the best-scoring candidate
        at or above `cutoff` among replies of at least `min_words` words."""
        copies = [p for p in self.copies(form) if self.lengths[p] >= min_words]
        if copies:
            return Match(copies[-1], 100.0, True)
        candidates = [p for p in self.candidates(form) if self.lengths[p] >= min_words]
        if not candidates:
            return None
        best = process.extractOne(form.sorted, [self.sorted[p] for p in candidates],
                                  scorer=fuzz.ratio, score_cutoff=cutoff)
        if best is None:
            return None
        _, value, i = best
        return Match(candidates[i], float(value), False)
