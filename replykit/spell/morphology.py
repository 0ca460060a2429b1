"""A second, larger word list for Russian and Ukrainian: pymorphy3's dictionaries.

Debian's ru_RU and uk_UA Hunspell dictionaries are old and small; everyday words of support
replies ("фотосессия", "легитимизировать") are missing and would be flagged. pymorphy3's
OpenCorpora (ru) and VESUM (uk) dictionaries know several million word forms, load in about
0.15 s and answer in microseconds. They are asked only about words Hunspell does not know, so a
reply full of common words never loads them. Without pymorphy3 installed, Hunspell alone decides.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import cache

_LOCK = threading.Lock()


@cache
def word_list(engine: str, lang: str) -> Callable[[str], bool] | None:
    """`knows(word)` of the named engine for `lang`, or None when it is not installed."""
    if engine != "pymorphy3":
        return None
    with _LOCK:
        try:
            import pymorphy3

            analyzer = pymorphy3.MorphAnalyzer(lang=lang)
        except (ImportError, ValueError, OSError):
            return None
    # word_is_known looks the exact form up in the dictionary; no guessing of unknown words.
    return lambda word: analyzer.word_is_known(word.casefold())
