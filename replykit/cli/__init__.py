"""The `replykit` command. Each command group lives in its own module with `register(app)`;
heavy imports happen inside the commands, so `replykit --help` and a plain check stay fast.

Errors: a ReplykitError (bad input, config, storage) is one line on stderr and exit 2.
"""

from __future__ import annotations

import importlib
import sys

import typer

from ..model import ReplykitError

COMMAND_MODULES: tuple[str, ...] = (
    "check",      # replykit check
)

app = typer.Typer(
    name="replykit",
    help="Draft short, personal replies to customers and guard every reply before it goes out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def fail(message: str) -> typer.Exit:
    """Print one clear line and give the exit (2) to raise."""
    typer.echo(f"replykit: {message}", err=True)
    return typer.Exit(2)


def _register() -> None:
    for name in COMMAND_MODULES:
        importlib.import_module(f"{__name__}.{name}").register(app)


_register()


def main(argv: list[str] | None = None) -> int:
    """Entry point: run the app, turning any ReplykitError or usage error into exit 2."""
    try:
        app(args=argv, standalone_mode=False, prog_name="replykit")
    except ReplykitError as exc:
        typer.echo(f"replykit: {exc}", err=True)
        return 2
    except typer.Exit as exc:
        return exc.exit_code
    except KeyboardInterrupt:
        typer.echo("replykit: interrupted", err=True)
        return 130
    except Exception as exc:  # click usage errors and the like
        import click

        if isinstance(exc, click.exceptions.UsageError):
            typer.echo(f"replykit: {exc.format_message()}", err=True)
            return 2
        if isinstance(exc, click.exceptions.Abort):
            return 1
        raise
    return 0


def run() -> None:
    sys.exit(main())
