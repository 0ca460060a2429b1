"""`replykit check`: run every guard on a draft; exit 0 clean, 1 blocked, 2 bad input."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from ..model import CHANNELS, LANGUAGES, SEVERITIES, ReplykitError
from .inputs import read_text

_FORMATS = ("text", "json", "line", "github", "sarif")


def _choice(value: str | None, allowed: tuple[str, ...], option: str) -> str | None:
    if value is not None and value not in allowed:
        raise ReplykitError(f"{option} must be one of: {', '.join(allowed)} (got {value!r})")
    return value


def check_command(
    file: Annotated[str | None, typer.Argument(help="The draft; '-' or nothing reads stdin.")] = None,
    lang: Annotated[str | None, typer.Option(help="auto|en|ru|uk|pl|el (default: auto)")] = None,
    comment: Annotated[str | None, typer.Option(help="The customer message being answered.")] = None,
    comment_file: Annotated[str | None, typer.Option(help="Read the customer message from a file.")] = None,
    name: Annotated[str | None, typer.Option(help="The customer's name.")] = None,
    channel: Annotated[str | None, typer.Option(help="|".join(CHANNELS))] = None,
    history: Annotated[str | None, typer.Option(help="SQLite file or postgresql:// URL.")] = None,
    account: Annotated[str | None, typer.Option(help="Brand whose past replies to compare with.")] = None,
    author: Annotated[str | None, typer.Option(help="Who wrote the reply (stored with --record).")] = None,
    config: Annotated[str | None, typer.Option(help="Config file (else found upward).")] = None,
    format: Annotated[str, typer.Option("--format", help="|".join(_FORMATS))] = "text",
    min_level: Annotated[str | None, typer.Option(help="info|warning|error: hide findings below.")] = None,
    record: Annotated[bool, typer.Option(help="Store the reply in history when it passes.")] = False,
) -> None:
    """Check a draft reply before it is posted."""
    from .. import config as config_module
    from ..pipeline import check, open_history
    from ..render import render

    _choice(lang, ("auto", *LANGUAGES), "--lang")
    _choice(channel, CHANNELS, "--channel")
    _choice(format, _FORMATS, "--format")
    _choice(min_level, SEVERITIES, "--min-level")
    if comment is not None and comment_file is not None:
        raise ReplykitError("give --comment or --comment-file, not both")
    cfg = config_module.load(config)
    text, path = read_text(file)
    if comment_file is not None:
        comment, _ = read_text(comment_file, "comment")
    store, owned = open_history(history, cfg)
    try:
        report = check(text, lang=lang, comment=comment, name=name, channel=channel,
                       history=store, config=cfg, account=account)
        if record and report.ok:
            if store is None:
                raise ReplykitError("--record needs a history: give --history or set it in config")
            from ..history import record as record_reply

            record_reply(store, text, lang=report.language, account=account or cfg.account,
                         author=author, channel=channel or cfg.channel)
    finally:
        if owned and store is not None:
            store.close()
    level = min_level or cfg.min_level
    color = format == "text" and sys.stdout.isatty()
    output = render(report, format, path=path, min_level=level, color=color)
    if output:
        typer.echo(output)
    raise typer.Exit(0 if report.ok else 1)


def register(app: typer.Typer) -> None:
    app.command("check")(check_command)
