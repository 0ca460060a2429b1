"""`replykit serve`: the HTTP API of replykit.server, for help desks' pre-send hooks."""

from __future__ import annotations

from typing import Annotated

import typer

from ..model import ReplykitError


def serve_command(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    history: Annotated[str | None, typer.Option(help="SQLite file or postgresql:// URL.")] = None,
    config: Annotated[str | None, typer.Option(help="Config file.")] = None,
) -> None:
    """Serve POST /check, /draft, /triage and GET /health as JSON over HTTP."""
    from .. import config as config_module
    from ..server import ReplyService, serve

    service = ReplyService(config_module.load(config), history)
    try:
        server = serve(service, host, port)
    except OSError as exc:
        service.close()
        raise ReplykitError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
    typer.echo(f"replykit: serving on http://{host}:{server.server_address[1]}", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        service.close()


def register(app: typer.Typer) -> None:
    app.command("serve")(serve_command)
