"""`--format text`: the draft with each finding's span marked under it, for people.

Colour only when writing to a terminal (the caller decides and passes `color`)."""

from __future__ import annotations

import unicodedata

from ..model import Report
from . import line_col

_COLORS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
_RESET, _BOLD, _DIM = "\033[0m", "\033[1m", "\033[2m"


def _width(text: str) -> int:
    """Terminal columns: wide (CJK, most emoji) characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def render(report: Report, *, path: str, min_level: str, color: bool) -> str:
    def paint(text: str, code: str) -> str:
        return f"{code}{text}{_RESET}" if color else text

    findings = report.at_least(min_level)
    lines = report.text.split("\n")
    out: list[str] = []
    gutter = len(str(len(lines)))
    for number, line in enumerate(lines, 1):
        out.append(f"{paint(str(number).rjust(gutter), _DIM)} | {line}")
        for f in findings:
            start_line, start_col = line_col(report.text, f.start)
            if start_line != number:
                continue
            end_line, end_col = line_col(report.text, f.end)
            stop = end_col if end_line == number else len(line) + 1
            pad = _width(line[: start_col - 1])
            marks = "^" * max(1, _width(line[start_col - 1 : stop - 1]))
            label = f"{f.severity} {f.rule}: {f.message}"
            out.append(f"{' ' * gutter} | {' ' * pad}{paint(marks, _COLORS[f.severity])} "
                       f"{paint(label, _COLORS[f.severity])}")
            if f.suggestions:
                out.append(f"{' ' * gutter} | {' ' * pad}  try: " + " | ".join(f.suggestions))
    out.append(_summary(report, findings, path, paint))
    return "\n".join(out)


def _summary(report: Report, findings, path: str, paint) -> str:
    counts = {level: sum(1 for f in findings if f.severity == level)
              for level in ("error", "warning", "info")}
    parts = [f"{n} {level}{'s' if n != 1 else ''}" for level, n in counts.items() if n]
    verdict = paint("ok", _BOLD) if report.ok else paint("blocked", _COLORS["error"] + _BOLD)
    detail = ", ".join(parts) if parts else "no findings"
    return f"{path}: {verdict} ({report.language}; {detail})"
