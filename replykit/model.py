"""The report model of the public contract: a Finding per problem, a Report per checked draft."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SCHEMA_VERSION = 1
LANGUAGES: tuple[str, ...] = ("en", "ru", "uk", "pl", "el")
SEVERITIES: tuple[str, ...] = ("info", "warning", "error")
CHANNELS: tuple[str, ...] = ("twitter", "facebook", "instagram", "chat", "email", "sms")


def severity_rank(severity: str) -> int:
    return SEVERITIES.index(severity)


class ReplykitError(Exception):
    """Bad input, configuration or storage: the CLI prints it as one line and exits 2."""


@dataclass
class Finding:
    rule: str
    severity: str
    message: str
    start: int = 0
    end: int = 0
    text: str = ""
    suggestions: list[str] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def guard(self) -> str:
        return self.rule.split(".", 1)[0]

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "guard": self.guard,
            "severity": self.severity,
            "message": self.message,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "suggestions": list(self.suggestions),
            "details": dict(self.details),
        }


@dataclass
class Report:
    text: str
    language: str
    findings: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not any(f.severity == "error" for f in self.findings)

    def at_least(self, min_level: str) -> list[Finding]:
        floor = severity_rank(min_level)
        return [f for f in self.findings if severity_rank(f.severity) >= floor]

    def to_dict(self, min_level: str = "info") -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "ok": self.ok,
            "language": self.language,
            "findings": [f.to_dict() for f in self.at_least(min_level)],
        }
