"""`--format sarif`: SARIF 2.1.0, for code-scanning dashboards."""

from __future__ import annotations

import json

from .. import __version__
from ..model import Report
from . import line_col

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def render(report: Report, *, path: str, min_level: str, color: bool) -> str:
    findings = report.at_least(min_level)
    rule_ids = sorted({f.rule for f in findings})
    results = []
    for f in findings:
        line, col = line_col(report.text, f.start)
        end_line, end_col = line_col(report.text, f.end)
        result = {
            "ruleId": f.rule,
            "ruleIndex": rule_ids.index(f.rule),
            "level": _LEVEL[f.severity],
            "message": {"text": f.message},
            "locations": [{
                "physicalLocation": {
                    "artifactLocation": {"uri": path},
                    "region": {
                        "startLine": line, "startColumn": col,
                        "endLine": end_line, "endColumn": end_col,
                        "charOffset": f.start, "charLength": f.end - f.start,
                        "snippet": {"text": f.text},
                    },
                }
            }],
        }
        if f.suggestions:
            result["properties"] = {"suggestions": list(f.suggestions)}
        results.append(result)
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "replykit",
                "version": __version__,
                "informationUri": "https://pypi.org/project/replykit/",
                "rules": [{"id": r, "name": r, "shortDescription": {"text": r}} for r in rule_ids],
            }},
            "language": report.language,
            "results": results,
        }],
    }
    return json.dumps(log, ensure_ascii=False, indent=2)
