"""Which of our five languages a text is in.

Three steps, cheapest first, each narrowing the candidates:

1. The letters: Greek letters mean Greek; the script leaves ru/uk (Cyrillic) or en/pl (Latin);
   і ї є ґ are Ukrainian only and ы э ъ ё Russian only; ą ć ę ł ń ś ź ż are Polish.
2. Function words and endings (data: `function_words`, `endings` in
   `lexicons/<lang>/langmatch.yaml`): frequent words and inflection endings only one of the two
   neighbours uses ("спасибо" vs "дякуємо", "приедет" vs "приїде", "the" vs "jest"). They
   settle the one-sentence replies the letters leave open.
3. py3langid, restricted to the remaining candidates. It is loaded on first need only: it
   costs most of a second and a hundred megabytes, and a plain check must not pay for it.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache, lru_cache

from .lexicon import load
from .model import LANGUAGES

_GREEK = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_UK_ONLY = re.compile(r"[іїєґІЇЄҐ]")
_RU_ONLY = re.compile(r"[ыэъёЫЭЪЁ]")
_PL_ONLY = re.compile(r"[ąćęłńśźżĄĆĘŁŃŚŹŻ]")
_URLISH = re.compile(r"\S*(?:https?://|www\.|@)\S*")
_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")
_SCRIPT_LANGUAGES = {"el": ("el",), "cyr": ("ru", "uk"), "lat": ("en", "pl")}


def _script(text: str) -> str | None:
    counts = {
        "el": len(_GREEK.findall(text)),
        "cyr": len(_CYRILLIC.findall(text)),
        "lat": len(_LATIN.findall(text)),
    }
    script = max(counts, key=counts.__getitem__)
    return script if counts[script] else None


def letters_vote(text: str) -> str | None:
    """The language the letters alone prove, or None when they leave it open."""
    text = _URLISH.sub(" ", text)
    script = _script(text)
    if script is None:
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


@cache
def function_words(lang: str) -> frozenset[str]:
    words = load(lang, "langmatch").get("function_words") or []
    return frozenset(str(w).casefold().replace("’", "'").replace("ʼ", "'") for w in words)


@cache
def endings(lang: str) -> tuple[str, ...]:
    return tuple(str(e).casefold() for e in load(lang, "langmatch").get("endings") or [])


def _word_vote(word: str, candidates: tuple[str, ...]) -> str | None:
    """The candidate a word speaks for: a function word first, else the longest ending
    (Russian "-нуть" beats Ukrainian "-уть"); None when it speaks for none or several."""
    by_word = [lang for lang in candidates if word in function_words(lang)]
    if by_word:
        return by_word[0] if len(by_word) == 1 else None
    matches = sorted(
        ((len(e), lang) for lang in candidates for e in endings(lang)
         if word.endswith(e) and len(word) > len(e) + 2),
        reverse=True,
    )
    if not matches:
        return None
    (length, lang), rivals = matches[0], matches[1:]
    if any(n == length and other != lang for n, other in rivals):
        return None  # two languages' endings of the same length: no say
    return lang


def words_vote(text: str, candidates: tuple[str, ...]) -> str | None:
    """The candidate whose function words and word endings the text uses clearly more than the
    others', or None."""
    words = [w.casefold().replace("’", "'").replace("ʼ", "'") for w in _WORD.findall(text)]
    votes = Counter(_word_vote(w, candidates) for w in words)
    hits = sorted(((votes[lang], lang) for lang in candidates), reverse=True)
    if len(hits) < 2:
        return hits[0][1] if hits and hits[0][0] else None
    (top, lang), (second, _) = hits[0], hits[1]
    # One distinctive word against none decides a short reply; a mixed text needs a clear lead.
    if top and (second == 0 or top >= 3 * second):
        return lang
    return None


def candidates(text: str) -> tuple[str, ...]:
    """The languages `text` may be in by its letters and function words alone (no model);
    empty when it has no letters."""
    text = _URLISH.sub(" ", text)
    script = _script(text)
    if script is None:
        return ()
    by_letters = letters_vote(text)
    if by_letters:
        return (by_letters,)
    open_ = _SCRIPT_LANGUAGES[script]
    by_words = words_vote(text, open_)
    return (by_words,) if by_words else open_


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(LANGUAGES))
    return identifier


def model_rank(text: str, among: tuple[str, ...] = LANGUAGES) -> list[tuple[str, float]]:
    """py3langid's probabilities for the languages `among`, renormalised, best first."""
    ranks = _identifier().rank(_URLISH.sub(" ", text))
    ranked = [(lang, float(p)) for lang, p in ranks if lang in among]
    total = sum(p for _, p in ranked) or 1.0
    return [(lang, p / total) for lang, p in ranked]


def detect_with_confidence(text: str) -> tuple[str, float]:
    """The language of `text` and how sure: 1.0 when letters or words decide, else the model's
    probability among the languages the script allows."""
    open_ = candidates(text) or LANGUAGES
    if len(open_) == 1:
        return open_[0], 1.0
    return model_rank(text, open_)[0]


def detect(text: str, hint: str | None = None) -> str:
    """The language of `text`; `hint` (e.g. the customer's comment) decides texts without
    letters."""
    if not re.search(r"[^\W\d_]", _URLISH.sub(" ", text)):
        return detect(hint) if hint else "en"
    return detect_with_confidence(text)[0]
