"""Readability scores for short replies.

- en, ru: Flesch Reading Ease with textstat's constants for the language. Syllables are counted
  with Pyphen (textstat's own fallback): textstat 0.7.13 would otherwise ask nltk to download
  cmudict for English, which fails offline.
- pl, uk, el: textstat has no formula of its own for them, so LIX (Björnsson), which needs no
  syllables: words per sentence + 100 × share of words longer than six letters.

Both come out as "higher is harder" difficulty on a common 0–100-ish scale so one threshold
reads the same everywhere: for Flesch, difficulty = 100 − reading ease.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .document import Doc

_FLESCH_LANGUAGES = ("en", "ru")
_PYPHEN_LOCALE = {"en": "en_US", "ru": "ru_RU"}


@dataclass(frozen=True)
class Readability:
    formula: str  # "flesch" or "lix"
    score: float  # the formula's own value
    difficulty: float  # higher is harder, about 0..100


@cache
def _hyphenator(lang: str):
    import pyphen

    return pyphen.Pyphen(lang=_PYPHEN_LOCALE[lang])


@cache
def _flesch_constants(lang: str) -> tuple[float, float, float]:
    from textstat.backend.utils import get_lang_cfg

    return tuple(get_lang_cfg(lang, key) for key in ("fre_base", "fre_sentence_length",
                                                      "fre_syll_per_word"))


def _syllables(word: str, lang: str) -> int:
    return len(_hyphenator(lang).positions(word)) + 1


def score(doc: Doc) -> Readability | None:
    words = [t.text for t in doc.words if any(ch.isalpha() for ch in t.text)]
    sentences = max(1, len(doc.sentences))
    if not words:
        return None
    per_sentence = len(words) / sentences
    if doc.lang in _FLESCH_LANGUAGES:
        base, sentence_weight, syllable_weight = _flesch_constants(doc.lang)
        per_word = sum(_syllables(w.lower(), doc.lang) for w in words) / len(words)
        ease = base - sentence_weight * per_sentence - syllable_weight * per_word
        return Readability("flesch", round(ease, 1), round(100 - ease, 1))
    long_share = sum(1 for w in words if len(w) > 6) / len(words)
    lix = per_sentence + 100 * long_share
    return Readability("lix", round(lix, 1), round(lix, 1))
