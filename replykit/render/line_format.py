"""`--format line`: path:line:col:severity:rule:message, one finding a line (grep, editors)."""

from __future__ import annotations

from ..model import Report
from . import line_col


def render(report: Report, *, path: str, min_level: str, color: bool) -> str:
    lines = []
    for f in report.at_least(min_level):
        line, col = line_col(report.text, f.start)
        message = " ".join(f.message.split())
        lines.append(f"{path}:{line}:{col}:{f.severity}:{f.rule}:{message}")
    return "\n".join(lines)
