"""`--format json`: the contract's JSON, schema_version 1."""

from __future__ import annotations

import json

from ..model import Report


def render(report: Report, *, path: str, min_level: str, color: bool) -> str:
    return json.dumps(report.to_dict(min_level), ensure_ascii=False, indent=2)
