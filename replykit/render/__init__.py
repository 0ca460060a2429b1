"""Renderers: a Report (and where it came from) to text, json, line, github or sarif."""

from __future__ import annotations

import importlib

from ..model import ReplykitError, Report

FORMATS: tuple[str, ...] = ("text", "json", "line", "github", "sarif")


def render(report: Report, fmt: str, path: str = "<stdin>", min_level: str = "info",
           color: bool = False) -> str:
    if fmt not in FORMATS:
        raise ReplykitError(f"unknown format {fmt!r}; expected one of: {', '.join(FORMATS)}")
    module = importlib.import_module(f"{__name__}.{fmt}_format")
    return module.render(report, path=path, min_level=min_level, color=color)


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column (in code points) of an offset."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column
