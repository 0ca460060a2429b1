"""Finding and loading Hunspell dictionaries, once per process and only for the languages used.

Search order: the configured folder(s) (`[spelling] dictionaries`), the REPLYKIT_DICTIONARIES
environment variable (both may list several folders separated by os.pathsep), then the usual
system folders unless `search_system` is off.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path

from .suggest import nearest

ENV_VAR = "REPLYKIT_DICTIONARIES"
SYSTEM_FOLDERS: tuple[str, ...] = (
    "/usr/share/hunspell",
    "/usr/share/myspell",
    "/usr/share/myspell/dicts",
    "/usr/local/share/hunspell",
    "/Library/Spelling",
    "~/Library/Spelling",
)


def search_folders(configured: str | None, search_system: bool = True) -> tuple[str, ...]:
    return _search_folders(configured, os.environ.get(ENV_VAR), search_system)


@cache
def _search_folders(
    configured: str | None, from_env: str | None, search_system: bool
) -> tuple[str, ...]:
    folders: list[str] = []
    for spec in (configured, from_env):
        if spec:
            folders.extend(part for part in spec.split(os.pathsep) if part.strip())
    if search_system:
        folders.extend(SYSTEM_FOLDERS)
    return tuple(str(Path(f).expanduser()) for f in folders)


def locate(names: Sequence[str], folders: Sequence[str]) -> tuple[str, str] | None:
    """(folder, name) of the first `<name>.aff` + `<name>.dic` pair found, in search order."""
    for folder in folders:
        for name in names:
            base = Path(folder) / name
            if base.with_suffix(".aff").is_file() and base.with_suffix(".dic").is_file():
                return folder, name
    return None


class Dictionary:
    """One loaded Hunspell dictionary; safe to share between threads."""

    def __init__(self, folder: str, name: str) -> None:
        import hunspell  # chunspell-next: imported only when a check needs spelling

        self.folder = folder
        self.name = name
        self._engine = hunspell.Hunspell(name, hunspell_data_dir=folder)
        # Debian's pl and el dictionaries are ISO-8859-2 / -7; the engine reports which.
        self.encoding: str = self._engine._dic_encoding
        self._lock = threading.Lock()
        self._known: dict[str, bool | None] = {}
        self._decided: dict[str, bool] = {}
        self._extended = False
        self.alphabet = self._try_letters(Path(folder) / f"{name}.aff")

    def extend(self, words: dict[str, str | None]) -> None:
        """Add words the shipped dictionary lacks; a word mapped to a model word inflects like
        it (Hunspell's add_with_affix). Done once per dictionary."""
        if self._extended:
            return
        with self._lock:
            for word, model in words.items():
                if self.can_encode(word) and (model is None or self.can_encode(model)):
                    if model:
                        self._engine.add_with_affix(word, model)
                    else:
                        self._engine.add(word)
            self._known.clear()
            self._decided.clear()
            self._extended = True

    def can_encode(self, word: str) -> bool:
        try:
            word.encode(self.encoding)
        except (UnicodeEncodeError, LookupError):
            return False
        return True

    def remembered(self, word: str, decide: Callable[[str], bool]) -> bool:
        """`decide(word)`, computed once per word for this dictionary (bounded memory)."""
        found = self._decided.get(word)
        if found is None:
            found = decide(word)
            if len(self._decided) < 200_000:
                self._decided[word] = found
        return found

    def said_yes(self, word: str) -> bool:
        """The word was looked up before and is known (a dictionary hit, no lookup now)."""
        return self._known.get(word) is True

    def knows(self, word: str) -> bool | None:
        """True or False; None when the dictionary's encoding cannot even write the word
        (a Cyrillic word against the Polish dictionary): it is no word of that language."""
        cached = self._known.get(word)
        if cached is not None or word in self._known:
            return cached
        if not self.can_encode(word):
            result: bool | None = None
        else:
            with self._lock:
                result = bool(self._engine.spell(word))
        if len(self._known) < 200_000:
            self._known[word] = result
        return result

    def suggest_near(self, word: str) -> list[str]:
        """Dictionary words one edit away (fast; no Hunspell suggest)."""
        if not self.can_encode(word):
            return []
        return nearest(word, self.alphabet, lambda w: bool(self.knows(w)), 1)

    def suggest(self, word: str, limit: int = 3) -> list[str]:
        if not self.can_encode(word):
            return []
        close = nearest(word, self.alphabet, lambda w: bool(self.knows(w)), limit)
        if close:
            return close
        with self._lock:
            found = self._engine.suggest(word)  # slow (up to 0.7 s), so only as the fallback
        return [s for s in found if s][:limit]

    def _try_letters(self, aff: Path) -> str:
        """The lower-case letters of the .aff's TRY line: the letters, commonest first."""
        try:
            with aff.open("rb") as handle:
                for raw in handle:
                    if raw.startswith(b"TRY"):
                        letters = raw[3:].strip().decode(self.encoding, "ignore")
                        return "".join(dict.fromkeys(ch for ch in letters if ch.islower()))
        except OSError:
            pass
        return ""


@cache
def _load(folder: str, name: str) -> Dictionary:
    return Dictionary(folder, name)


def dictionary_for(names: Sequence[str], folders: Sequence[str]) -> Dictionary | None:
    """The loaded dictionary for the first of `names` found in `folders`, else None."""
    key = (tuple(names), tuple(folders))
    found = _located.get(key)
    if found is None:
        found = locate(names, folders)
        if found is None:
            return None  # not remembered: a dictionary installed later is found on the next check
        _located[key] = found
    return _load(*found)


# Where each (names, folders) search found its dictionary: looking at the disk on every check
# costs more than the spelling itself.
_located: dict[tuple[tuple[str, ...], tuple[str, ...]], tuple[str, str]] = {}
