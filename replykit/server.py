"""`replykit serve`: the check (and drafting, triage) over HTTP, for help desks' pre-send hooks.

    POST /check   {"text", "lang"?, "comment"?, "name"?, "channel"?, "account"?, "record"?}
                  -> the report JSON of the contract; HTTP 200 whatever the verdict ("ok" says it)
    POST /draft   {"comment", "name"?, "lang"?, "tone"?, "channel"?, "n"?} -> the drafts JSON
    POST /triage  {"comment", "lang"?} -> the triage JSON
    GET  /health  -> {"ok": true}

Bad input is HTTP 400 with {"error": "..."}; the history store is opened once and kept warm.
"""

from __future__ import annotations

import json
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from threading import Lock
from typing import Any

from .config import Config
from .model import ReplykitError

MAX_BODY = 200_000


class ReplyService:
    """What the handlers call: one config and one warm history store for the server's life."""

    def __init__(self, config: Config, history: str | None = None) -> None:
        from .pipeline import open_history

        self.config = config
        self.store, self._owned = open_history(history, config)
        self._lock = Lock()  # SQLite connections and the template index are not thread-safe

    def check(self, body: dict[str, Any]) -> dict[str, Any]:
        from .pipeline import check

        with self._lock:
            report = check(_text(body, "text"), lang=body.get("lang"), comment=body.get("comment"),
                           name=body.get("name"), channel=body.get("channel"),
                           history=self.store, config=self.config, account=body.get("account"))
            if body.get("record") and report.ok and self.store is not None:
                from .history import record

                record(self.store, report.text, lang=report.language,
                       account=body.get("account") or self.config.account,
                       author=body.get("author"), channel=body.get("channel"))
        return report.to_dict(body.get("min_level", "info"))

    def draft(self, body: dict[str, Any]) -> dict[str, Any]:
        from .drafting import compose_drafts

        n = body.get("n", 3)
        if not isinstance(n, int):
            raise ReplykitError("'n' must be a whole number")
        with self._lock:
            return compose_drafts(_text(body, "comment"), name=body.get("name"),
                                  lang=body.get("lang"), tone=body.get("tone"),
                                  channel=body.get("channel"), history=self.store, n=n,
                                  kind=body.get("kind"), config=self.config,
                                  account=body.get("account")).to_dict()

    def triage(self, body: dict[str, Any]) -> dict[str, Any]:
        from .triage import triage

        return triage(_text(body, "comment"), lang=body.get("lang")).to_dict()

    def close(self) -> None:
        if self._owned and self.store is not None:
            self.store.close()


def _text(body: dict[str, Any], key: str) -> str:
    value = body.get(key)
    if not isinstance(value, str):
        raise ReplykitError(f"the JSON body needs a string {key!r}")
    return value


def make_handler(service: ReplyService) -> type[BaseHTTPRequestHandler]:
    routes = {"/check": service.check, "/draft": service.draft, "/triage": service.triage}

    class Handler(BaseHTTPRequestHandler):
        server_version = "replykit"

        def log_message(self, format: str, *args: Any) -> None:  # quiet: a hook runs this a lot
            pass

        def _send(self, status: int, payload: dict[str, Any]) -> None:
            data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            if self.path == "/health":
                self._send(HTTPStatus.OK, {"ok": True})
            else:
                self._send(HTTPStatus.NOT_FOUND, {"error": f"no such endpoint: GET {self.path}"})

        def do_POST(self) -> None:
            route = routes.get(self.path)
            if route is None:
                self._send(HTTPStatus.NOT_FOUND, {"error": f"no such endpoint: POST {self.path}"})
                return
            try:
                payload = route(self._body())
            except ReplykitError as exc:
                self._send(HTTPStatus.BAD_REQUEST, {"error": str(exc)})
                return
            except Exception as exc:  # answer the hook; never leave it hanging on a bug
                self._send(HTTPStatus.INTERNAL_SERVER_ERROR, {"error": f"internal error: {exc}"})
                return
            self._send(HTTPStatus.OK, payload)

        def _body(self) -> dict[str, Any]:
            length = int(self.headers.get("Content-Length") or 0)
            if length <= 0 or length > MAX_BODY:
                raise ReplykitError(f"send a JSON body of 1 to {MAX_BODY:,} bytes")
            raw = self.rfile.read(length)
            try:
                body = json.loads(raw.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                raise ReplykitError(f"the body is not valid JSON: {exc}") from exc
            if not isinstance(body, dict):
                raise ReplykitError("the JSON body must be an object")
            return body

    return Handler


def serve(service: ReplyService, host: str, port: int) -> ThreadingHTTPServer:
    return ThreadingHTTPServer((host, port), make_handler(service))
