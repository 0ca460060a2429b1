"""Spelling engines: Hunspell dictionaries (always, offline) and a LanguageTool server (optional).

Hunspell comes from `chunspell-next` (import name `hunspell`): the real C++ Hunspell in a wheel,
50k–300k words/s, loading a Debian dictionary in 0.1–2 s. pyenchant checks as fast but needs
the system's libenchant; the pure-Python ports take up to 14 s and 700 MB to load Greek.
"""

from .dictionaries import Dictionary, dictionary_for, search_folders

__all__ = ["Dictionary", "dictionary_for", "search_folders"]
