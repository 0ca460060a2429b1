"""LanguageTool as an optional grammar backend: always a server the user runs, never a download.

language_tool_python's `LanguageTool(lang)` without `remote_server` fetches a 250 MB zip and
starts Java; here it is only ever constructed with `remote_server`. Its requests wait 300 s and
retry, so a subclass sets our timeout and a single try. Any failure (refused, timeout, 5xx,
a body that is not LanguageTool's JSON) becomes LanguageToolUnavailable.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

_LANGUAGE_CODES = {"en": "en-US", "ru": "ru-RU", "uk": "uk-UA", "pl": "pl-PL", "el": "el-GR"}
_tools: dict[tuple[str, str, float], Any] = {}
_lock = threading.Lock()


class LanguageToolUnavailable(Exception):
    """The server could not be reached or did not answer as LanguageTool does."""


@dataclass(frozen=True)
class Match:
    rule_id: str
    message: str
    start: int
    end: int
    replacements: list[str]
    category: str


def _remote_tool(url: str, lang: str, timeout: float) -> Any:
    import language_tool_python

    class RemoteTool(language_tool_python.LanguageTool):
        def __init__(self) -> None:
            self._TIMEOUT = timeout  # read by _query_server; the class default is 300 s
            super().__init__(_LANGUAGE_CODES.get(lang, lang), remote_server=url)

        def _query_server(
            self, url: str, params: Any = None, num_tries: int = 1, method: Any = "get"
        ) -> Any:
            return super()._query_server(url, params, 1, method)

    return RemoteTool()


def _tool(url: str, lang: str, timeout: float) -> Any:
    key = (url, lang, timeout)
    with _lock:
        tool = _tools.get(key)
    if tool is None:
        tool = _remote_tool(url, lang, timeout)
        tool.disable_spellchecking()  # Hunspell and the customer's name list do spelling
        with _lock:
            _tools[key] = tool
    return tool


def check_text(url: str, lang: str, text: str, timeout: float, disabled: list[str]) -> list[Match]:
    """LanguageTool's matches on `text`, offsets in code points of `text`."""
    try:
        tool = _tool(url, lang, timeout)
        tool.disabled_rules = set(disabled)
        found = tool.check(text)
        return [
            Match(
                rule_id=str(m.rule_id),
                message=str(m.message),
                start=int(m.offset),
                end=int(m.offset) + int(m.error_length),
                replacements=[str(r) for r in m.replacements],
                category=str(m.category),
            )
            for m in found
        ]
    except Exception as exc:  # noqa: BLE001 - any failure of an optional backend is one warning
        raise LanguageToolUnavailable(_reason(exc)) from exc


def _reason(exc: Exception) -> str:
    text = str(exc).strip().splitlines()
    first = text[0] if text else ""
    return f"{type(exc).__name__}: {first[:200]}" if first else type(exc).__name__
