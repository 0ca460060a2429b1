"""`replykit triage [FILE|-]`: which kind of comment this is and whether to reply at all."""

from __future__ import annotations

import json

import typer

from ..model import ReplykitError
from .inputs import read_text


def register(app: typer.Typer) -> None:
    @app.command("triage")
    def triage_command(
        file: str = typer.Argument(None, help="The customer comment; '-' or nothing reads stdin."),
        lang: str = typer.Option("auto", "--lang", help="auto|en|ru|uk|pl|el"),
        format: str = typer.Option("text", "--format", help="text|json"),
    ) -> None:
        """Say which kind a customer comment is and whether it deserves a reply."""
        from ..triage import triage

        if format not in ("text", "json"):
            raise ReplykitError(f"unknown format {format!r}: use text or json")
        text, _source = read_text(file, "comment")
        verdict = triage(text.strip(), None if lang == "auto" else lang)
        if format == "json":
            typer.echo(json.dumps(verdict.to_dict(), ensure_ascii=False))
            return
        reply = "reply" if verdict.should_reply else "do not reply"
        typer.echo(f"{verdict.kind} ({verdict.language}): {reply}")
        for reason in verdict.reasons:
            typer.echo(f"  - {reason}")
