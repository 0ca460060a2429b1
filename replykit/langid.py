"""Which of our five languages a text is in.

The letters decide most cases for free: Greek letters mean Greek; і ї є ґ are Ukrainian only and
ы э ъ ё Russian only; ą ć ę ł ń ś ź ż are Polish. Only texts the letters leave open are passed
to py3langid (restricted to our languages), loaded on first need because it costs most of a
second and a hundred megabytes.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .model import LANGUAGES

_GREEK = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_UK_ONLY = re.compile(r"[іїєґІЇЄҐ]")
_RU_ONLY = re.compile(r"[ыэъёЫЭЪЁ]")
_PL_ONLY = re.compile(r"[ąćęłńśźżĄĆĘŁŃŚŹŻ]")
_URLISH = re.compile(r"\S*(?:https?://|www\.|@)\S*")


def letters_vote(text: str) -> str | None:
    """The language the letters alone prove, or None when they leave it open."""
    text = _URLISH.sub(" ", text)
    counts = {
        "el": len(_GREEK.findall(text)),
        "cyr": len(_CYRILLIC.findall(text)),
        "lat": len(_LATIN.findall(text)),
    }
    script = max(counts, key=counts.get)
    if counts[script] == 0:
        return None
    if script == "el":
        return "el"
    if script == "cyr":
        uk, ru = len(_UK_ONLY.findall(text)), len(_RU_ONLY.findall(text))
        if uk and not ru:
            return "uk"
        if ru and not uk:
            return "ru"
        return None
    return "pl" if _PL_ONLY.search(text) else None


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(LANGUAGES))
    return identifier


def detect(text: str, hint: str | None = None) -> str:
    """The language of `text`; `hint` (e.g. the customer's comment) breaks ties for very short
    texts."""
    by_letters = letters_vote(text)
    if by_letters:
        return by_letters
    if not re.search(r"[^\W\d_]", text):
        return detect(hint) if hint else "en"
    lang, _score = _identifier().classify(_URLISH.sub(" ", text))
    return lang


def detect_with_confidence(text: str) -> tuple[str, float]:
    by_letters = letters_vote(text)
    if by_letters:
        return by_letters, 1.0
    lang, score = _identifier().classify(_URLISH.sub(" ", text))
    return lang, float(score)
