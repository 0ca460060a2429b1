"""Spellings a plain dictionary lookup gets wrong, as data per language (`spelling.yaml`).

- `marks`: the diacritics and accents a letter may carry (pl a→ą, el α→ά). A Capitalised word
  mid-sentence is normally taken for a proper noun and left alone, but when putting back one or
  two lost marks turns it into a dictionary word ("Pozniej" → "Później"), it is a typo.
- `unmarked_capital_ok`: a word whose initial capital lost its accent ("Ετσι" for "Έτσι") is
  accepted: Greek keyboards and a long print tradition drop it, and readers do not mind.
- `second_accent_ok`: a word with a second accent from a following enclitic ("φιλομάθειά του")
  is accepted when it is a word without that accent.
- `compound_prefixes`: productive prefixes (ru фото-, pl foto-) joined to a known word are
  words: dictionaries cannot list every "фотохостинг".
- `elision`: a word cut short before an apostrophe and joined to the next (el γι'αυτό) is
  right when both halves are words.
- `joined_prefixes`: prefixes the orthography writes together with the word, never with a hyphen
  (uk "аудіофайл", "мінізвіт"): "аудіо-файл" is a typo even though both halves are words.
- `abbreviations`: short forms written with a period ("шт.", "αρ.") that the dictionary lacks;
  those it lists with their period ("грн.", "τηλ.") need no entry.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from itertools import combinations, product
from typing import Any

_ACUTE = "\u0301"
_MAX_VARIANTS = 400  # a long word with many markable letters: stop trying, it is a name


@dataclass(frozen=True)
class Variants:
    marks: Mapping[str, str]
    max_marks: int
    unmarked_capital_ok: bool
    second_accent_ok: bool
    compound_prefixes: tuple[str, ...]
    joined_prefixes: frozenset[str]
    elision: bool
    abbreviations: frozenset[str] = frozenset()

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Variants:
        return cls(
            marks={str(k): str(v) for k, v in (data.get("marks") or {}).items()},
            max_marks=int(data.get("max_marks", 2)),
            unmarked_capital_ok=bool(data.get("unmarked_capital_ok")),
            second_accent_ok=bool(data.get("second_accent_ok")),
            compound_prefixes=tuple(
                sorted((str(p).casefold() for p in data.get("compound_prefixes") or []), key=len)[::-1]
            ),
            joined_prefixes=frozenset(str(p).casefold() for p in data.get("joined_prefixes") or []),
            elision=bool(data.get("elision")),
            abbreviations=frozenset(str(a).casefold() for a in data.get("abbreviations") or []),
        )

    def wrongly_hyphenated(self, word: str) -> bool:
        head, dash, _ = word.partition("-")
        return bool(dash) and head.casefold() in self.joined_prefixes

    # --- spellings to accept -------------------------------------------------------------------

    def accepted(self, word: str, known: Callable[[str], bool]) -> bool:
        if self.unmarked_capital_ok and word[:1].isupper() and _marks_count(word[0]) == 0:
            if any(known(v) for v in self._marked_at(word, 0)):
                return True
        if self.second_accent_ok and _marks_count(word) == 2:
            if known(_drop_last_accent(word)):
                return True
        return self._compound(word, known)

    def _compound(self, word: str, known: Callable[[str], bool]) -> bool:
        lower = word.lower()  # not casefold(): it writes the Greek final ς as σ, no word ends so
        for prefix in self.compound_prefixes:
            rest = lower[len(prefix) :].lstrip("-")
            if lower.startswith(prefix) and len(rest) >= 4 and known(rest):
                return True
        return False

    # --- lost marks ----------------------------------------------------------------------------

    def restored(self, word: str, known: Callable[[str], bool]) -> str | None:
        """The dictionary word this one becomes with up to `max_marks` lost marks put back."""
        if not self.marks:
            return None
        for variant in self._with_marks(word):
            if known(variant):
                return variant
        return None

    def _with_marks(self, word: str) -> Iterator[str]:
        spots = [i for i, ch in enumerate(word) if ch.lower() in self.marks]
        tried = 0
        for count in range(1, self.max_marks + 1):
            for chosen in combinations(spots, count):
                options = [self._marked(word[i]) for i in chosen]
                for letters in product(*options):
                    tried += 1
                    if tried > _MAX_VARIANTS:
                        return
                    chars = list(word)
                    for i, letter in zip(chosen, letters, strict=True):
                        chars[i] = letter
                    yield "".join(chars)

    def _marked(self, letter: str) -> list[str]:
        options = self.marks.get(letter.lower(), "")
        return [o.upper() if letter.isupper() else o for o in options]

    def _marked_at(self, word: str, index: int) -> list[str]:
        return [word[:index] + m + word[index + 1 :] for m in self._marked(word[index])]


def _marks_count(text: str) -> int:
    return unicodedata.normalize("NFD", text).count(_ACUTE)


def _drop_last_accent(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    cut = decomposed.rfind(_ACUTE)
    return unicodedata.normalize("NFC", decomposed[:cut] + decomposed[cut + 1 :])
