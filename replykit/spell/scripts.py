"""Words that mix Latin, Cyrillic and Greek letters, and what they were meant to be."""

from __future__ import annotations

from functools import lru_cache

from ..normalize import _confusables, script_of


@lru_cache(maxsize=65536)
def _scripts(word: str) -> frozenset[str]:
    return frozenset(s for s in map(script_of, word) if s)


def scripts_in(word: str) -> set[str]:
    return set(_scripts(word))


@lru_cache(maxsize=65536)
def is_mixed(word: str) -> bool:
    """Some part of the word mixes scripts. The parts of a hyphenated word may each be in their
    own script (SIM-карта, PIN-код): the lookalike trick hides a letter inside one part."""
    return any(len(_scripts(part)) > 1 for part in word.split("-"))


@lru_cache(maxsize=1)
def _to_script() -> dict[str, dict[int, str]]:
    """Per target script, a table turning Latin lookalikes into that script's letters."""
    tables: dict[str, dict[int, str]] = {"Cyrillic": {}, "Greek": {}}
    for code, latin in _confusables().items():
        letter = chr(code)
        script = script_of(letter)
        if script in tables and len(latin) == 1 and letter.islower():
            tables[script].setdefault(ord(latin), letter)
            tables[script].setdefault(ord(latin.upper()), letter.upper())
    return tables


def _to_latin(ch: str) -> str:
    """The Latin lookalike of a letter, keeping its case (the table is lower-case)."""
    table = _confusables()
    latin = table.get(ord(ch), table.get(ord(ch.lower())))
    if latin is None:
        return ch
    return latin.upper() if ch.isupper() else latin


def unmix(word: str, preferred: str) -> str | None:
    """The word in one script (`preferred` when the word has letters of it, else the script
    most of its letters are in), or None when lookalikes cannot say which letter was meant."""
    letters = [s for s in map(script_of, word) if s]
    target = preferred if preferred in letters else max(set(letters), key=letters.count)
    # Other scripts' lookalikes go to Latin first, then (unless Latin is wanted) to the target.
    via_latin = "".join(
        _to_latin(ch) if script_of(ch) not in (None, "Latin", target) else ch for ch in word
    )
    fixed = via_latin if target == "Latin" else via_latin.translate(_to_script()[target])
    if fixed == word or is_mixed(fixed):
        return None
    return fixed
