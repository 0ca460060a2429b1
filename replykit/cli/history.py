"""`replykit history import|add|stats`: the team's shared store of past replies.

Where the history lives, first found wins: `--history PATH|URL`; the config's `history` key
(replykit.toml or [tool.replykit], relative to the config file); the REPLYKIT_HISTORY
environment variable; `./replykit-history.sqlite3` in the working directory. A SQLite file is
created by `import` and `add` when missing (its folder must exist); `stats` only reads and
never creates one.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from ..model import CHANNELS, LANGUAGES, ReplykitError

DEFAULT_HISTORY = "replykit-history.sqlite3"
ENV_HISTORY = "REPLYKIT_HISTORY"
PROGRESS_MIN_BYTES = 1_000_000  # smaller files import in about a second: no bar needed

history_app = typer.Typer(help="Import, add and measure past replies.", no_args_is_help=True)

HistoryOpt = Annotated[str | None, typer.Option(
    "--history", help=f"SQLite file or postgresql:// URL (else config, ${ENV_HISTORY}, "
                      f"./{DEFAULT_HISTORY}).")]
ConfigOpt = Annotated[str | None, typer.Option(
    "--config", help="Config file (else replykit.toml / pyproject.toml found upward).")]


def history_location(option: str | None, config_history: str | None) -> str:
    return option or config_history or os.environ.get(ENV_HISTORY) or DEFAULT_HISTORY


def _open(history: str | None, config: str | None, create: bool):
    from .. import config as config_module
    from ..history import open_store

    cfg = config_module.load(config)
    return open_store(history_location(history, cfg.history), create=create), cfg


def _choice(value: str | None, allowed: tuple[str, ...], option: str) -> None:
    if value is not None and value not in allowed:
        raise ReplykitError(f"{option} must be one of: {', '.join(allowed)}; not {value!r}")


@history_app.command("import")
def import_command(
    file: Annotated[str, typer.Argument(help="CSV or JSONL of past replies.")],
    history: HistoryOpt = None,
    config: ConfigOpt = None,
    text_column: Annotated[str | None, typer.Option(help="Column with the reply text.")] = None,
    account_column: Annotated[str | None, typer.Option(
        "--account-column", "--brand-column", help="Column with the account / brand.")] = None,
    date_column: Annotated[str | None, typer.Option(help="Column with the date.")] = None,
    author_column: Annotated[str | None, typer.Option(help="Column with the author.")] = None,
    channel_column: Annotated[str | None, typer.Option(help="Column with the channel.")] = None,
    language_column: Annotated[str | None, typer.Option(help="Column with the language.")] = None,
    account: Annotated[str | None, typer.Option(help="Account for rows without one.")] = None,
    channel: Annotated[str | None, typer.Option(help="Channel for rows without one.")] = None,
    lang: Annotated[str | None, typer.Option(help="Language of every row (else detected).")] = None,
) -> None:
    """Import past replies; importing the same file again adds nothing."""
    from ..history.importer import import_file

    _choice(lang, LANGUAGES, "--lang")
    _choice(channel, CHANNELS, "--channel")
    path = Path(file)
    if not path.is_file():
        what = "no such file" if not path.exists() else "not a file"
        raise ReplykitError(f"{file}: {what}")
    columns = {"text": text_column, "account": account_column, "date": date_column,
               "author": author_column, "channel": channel_column, "language": language_column}
    defaults = {"account": account, "channel": channel, "language": lang}
    store, _ = _open(history, config, create=True)
    try:
        detect = None if lang else _detector()
        size = path.stat().st_size
        if size >= PROGRESS_MIN_BYTES and sys.stderr.isatty():
            with typer.progressbar(length=size, label="importing", file=sys.stderr) as bar:
                state = {"done": 0}

                def progress(done: int) -> None:
                    bar.update(done - state["done"])
                    state["done"] = done

                result = import_file(store, path, columns, defaults, detect, progress)
        else:
            result = import_file(store, path, columns, defaults, detect)
    finally:
        store.close()
    typer.echo(f"{result.read} rows read, {result.added} added, "
               f"{result.read - result.added - result.skipped} already stored, "
               f"{result.skipped} without text")


def _detector():
    from ..langid import detect

    return lambda text: detect(text, hint=None)


@history_app.command("add")
def add_command(
    file: Annotated[str | None, typer.Argument(help="The reply; '-' or none reads stdin.")] = None,
    history: HistoryOpt = None,
    config: ConfigOpt = None,
    author: Annotated[str | None, typer.Option(help="Who wrote the reply.")] = None,
    channel: Annotated[str | None, typer.Option(help="Where it was posted.")] = None,
    account: Annotated[str | None, typer.Option(help="The account it was posted as.")] = None,
    lang: Annotated[str | None, typer.Option(help="Its language (else detected).")] = None,
) -> None:
    """Add one past reply to the history."""
    from ..history import record
    from .inputs import read_text

    _choice(lang, LANGUAGES, "--lang")
    _choice(channel, CHANNELS, "--channel")
    text, _ = read_text(file, "reply")
    store, cfg = _open(history, config, create=True)
    try:
        language = lang or _detector()(text)
        added = record(store, text, language, account=account or cfg.account, author=author,
                       channel=channel or cfg.channel)
    finally:
        store.close()
    typer.echo("added" if added else "already stored")


@history_app.command("stats")
def stats_command(
    history: HistoryOpt = None,
    config: ConfigOpt = None,
    format: Annotated[str, typer.Option(help="text or json.")] = "text",
) -> None:
    """Replies and template rate per account: the share of replies that copy or nearly copy
    an earlier reply of the same account."""
    from ..history.stats import render_table, template_stats

    _choice(format, ("text", "json"), "--format")
    store, cfg = _open(history, config, create=False)
    try:
        settings = cfg.settings("template")
        stats = template_stats(store, float(settings["threshold"]), int(settings["min_words"]))
    finally:
        store.close()
    if format == "json":
        typer.echo(json.dumps({"schema_version": 1, "threshold": settings["threshold"],
                               "accounts": [s.to_dict() for s in stats]}, ensure_ascii=False))
    elif stats:
        typer.echo(render_table(stats))
    else:
        typer.echo("no replies in the history yet")


def register(app: typer.Typer) -> None:
    app.add_typer(history_app, name="history")
