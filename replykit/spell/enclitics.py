"""The accent an enclitic adds, as data per language (`enclitic_accent` in `spelling.yaml`).

Greek writes a second accent on the last syllable of a word accented on its third syllable from
the end when a weak pronoun follows it: "το τηλέφωνό σας", "τα καθήκοντά τους". Without it the
word is misspelled in that place ("το τηλέφωνο σας"), though the dictionary knows it alone, so
no word list can see the error: it takes the word, the pronoun after it, and what follows that.

"του", "της", "τους" are also articles ("η διεύθυνση του καταστήματος"), and "σας" may be the
object of the next verb ("στο μήνυμα σας απαντάμε"), so the rule fires only where the pronoun is
surely the possessive of the word before: before punctuation, the end of the text, or a word of
`followed_by` that a weak object pronoun never stands before (και, να, θα, δεν, για...).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from ..document import Doc, Token

_ACUTE = "\u0301"
_DIAERESIS = "\u0308"


@dataclass(frozen=True)
class EncliticAccent:
    enclitics: frozenset[str]
    followed_by: frozenset[str]
    vowels: frozenset[str]
    diphthongs: frozenset[str]
    # Vowels that may merge with the next one into one syllable (χέρια is χέ-ρια, two
    # syllables): a word ending so is left alone, its syllable count is unsure.
    gliding: frozenset[str]

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> EncliticAccent | None:
        spec = data.get("enclitic_accent")
        if not spec:
            return None
        return cls(
            enclitics=frozenset(str(w).casefold() for w in spec["enclitics"]),
            followed_by=frozenset(str(w).casefold() for w in spec.get("followed_by") or []),
            vowels=frozenset(str(spec["vowels"])),
            diphthongs=frozenset(str(d) for d in spec.get("diphthongs") or []),
            gliding=frozenset(str(g) for g in spec.get("gliding") or []),
        )

    def missing(self, doc: Doc, words: list[Token]) -> Iterator[tuple[Token, str]]:
        """Words that lack the enclitic's accent, each with its accented spelling."""
        for i, (word, pronoun) in enumerate(zip(words, words[1:], strict=False)):
            if pronoun.lower not in self.enclitics or doc.text[word.end : pronoun.start] != " ":
                continue
            following = words[i + 2] if i + 2 < len(words) else None
            if not self._possessive(doc, pronoun, following):
                continue
            accented = self.with_second_accent(word.text)
            if accented:
                yield word, accented

    def _possessive(self, doc: Doc, pronoun: Token, following: Token | None) -> bool:
        gap = doc.text[pronoun.end : following.start if following else len(doc.text)]
        if gap.strip():
            return True  # punctuation or the end of the text closes the phrase
        return following is not None and following.lower in self.followed_by

    def with_second_accent(self, word: str) -> str | None:
        """`word` with the accent on its last syllable, when it is accented on the third
        syllable from the end and has no second accent yet; else None."""
        letters = unicodedata.normalize("NFD", word.lower())
        if letters.count(_ACUTE) != 1:
            return None
        groups = self._vowel_groups(letters)
        if len(groups) < 3 or not groups[-3][2]:
            return None
        if self._may_glide(letters, groups):
            return None
        start, end, _ = groups[-1]
        base = unicodedata.normalize("NFD", word)
        # A diphthong carries the accent on its second letter (αί, ού).
        spot = end if end - start > 1 else start + 1
        return unicodedata.normalize("NFC", base[:spot] + _ACUTE + base[spot:])

    def _vowel_groups(self, letters: str) -> list[tuple[int, int, bool]]:
        """(start, end, accented) of each syllable nucleus in decomposed `letters`."""
        groups: list[tuple[int, int, bool]] = []
        i = 0
        while i < len(letters):
            if letters[i] not in self.vowels:
                i += 1
                continue
            end = _after_marks(letters, i + 1)
            accented = _ACUTE in letters[i + 1 : end]
            following = end < len(letters) and letters[end] in self.vowels
            pair = letters[i] + (letters[end] if following else "")
            second_end = _after_marks(letters, end + 1) if following else end
            marks = letters[end + 1 : second_end]
            if not accented and following and pair in self.diphthongs and _DIAERESIS not in marks:
                groups.append((i, second_end, _ACUTE in marks))
                i = second_end
            else:
                groups.append((i, end, accented))
                i = end
        return groups

    def _may_glide(self, letters: str, groups: list[tuple[int, int, bool]]) -> bool:
        (g_start, g_end, accented), (last_start, _, _) = groups[-2], groups[-1]
        nucleus = letters[g_start:g_end]
        return not accented and g_end == last_start and nucleus in self.gliding


def _after_marks(letters: str, i: int) -> int:
    while i < len(letters) and unicodedata.combining(letters[i]):
        i += 1
    return i
