"""The `replykit` command. Each command group lives in its own module with `register(app)`;
heavy imports happen inside the commands, so `replykit --help` and a plain check stay fast.

Errors: a ReplykitError (bad input, config, storage) is one line on stderr and exit 2.
"""

from __future__ import annotations

import importlib
import sys

import typer

from ..model import ReplykitError

try:  # typer >= 0.20 vendors click; older releases use click itself
    from typer._click import exceptions as _click_errors
except ImportError:  # pragma: no cover
    from click import exceptions as _click_errors

COMMAND_MODULES: tuple[str, ...] = (
    "check",      # replykit check
    "serve",      # replykit serve
    "history",    # replykit history import|add|stats
    "triage",     # replykit triage
    "draft",      # replykit draft, replykit phrasebook lint
)

app = typer.Typer(
    name="replykit",
    help="Draft short, personal replies to customers and guard every reply before it goes out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _root() -> None:
    """Draft short, personal replies to customers and guard every reply before it goes out."""


def _register() -> None:
    for name in COMMAND_MODULES:
        importlib.import_module(f"{__name__}.{name}").register(app)


_register()


def main(argv: list[str] | None = None) -> int:
    """Entry point: run the app, turning any ReplykitError or usage error into exit 2."""
    try:
        # Without standalone mode, click hands back a command's typer.Exit code as the result.
        result = app(args=argv, standalone_mode=False, prog_name="replykit")
    except ReplykitError as exc:
        typer.echo(f"replykit: {exc}", err=True)
        return 2
    except typer.Exit as exc:
        return exc.exit_code
    except KeyboardInterrupt:
        typer.echo("replykit: interrupted", err=True)
        return 130
    except _click_errors.UsageError as exc:
        typer.echo(f"replykit: {exc.format_message()}", err=True)
        return 2
    return result if isinstance(result, int) else 0


def run() -> None:
    sys.exit(main())
