"""`--format github`: GitHub Actions workflow commands, so findings show as annotations."""

from __future__ import annotations

from ..model import Report
from . import line_col

_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def render(report: Report, *, path: str, min_level: str, color: bool) -> str:
    lines = []
    for f in report.at_least(min_level):
        line, col = line_col(report.text, f.start)
        end_line, end_col = line_col(report.text, max(f.start, f.end - 1))
        props = (f"file={_escape_property(path)},line={line},col={col},"
                 f"endLine={end_line},endColumn={end_col},title={_escape_property(f.rule)}")
        lines.append(f"::{_LEVEL[f.severity]} {props}::{_escape_data(f.message)}")
    return "\n".join(lines)
