"""The LanguageTool adapter against a real HTTP server on 127.0.0.1 that answers LanguageTool's
documented /v2/languages and /v2/check JSON, and against servers that fail in every way."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import pytest

from replykit import check

LANGUAGES = [
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
    {"name": "Russian", "code": "ru", "longCode": "ru-RU"},
]


def _match(text: str, word: str, rule: str, replacement: str) -> dict:
    offset = text.index(word)
    return {
        "message": "Possible agreement error.",
        "shortMessage": "",
        "replacements": [{"value": replacement}],
        "offset": offset,
        "length": len(word),
        "context": {"text": text, "offset": offset, "length": len(word)},
        "sentence": text,
        "type": {"typeName": "Other"},
        "rule": {
            "id": rule,
            "description": "agreement",
            "issueType": "grammar",
            "category": {"id": "GRAMMAR", "name": "Grammar"},
        },
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
    }


class Handler(BaseHTTPRequestHandler):
    mode = "ok"

    def log_message(self, *args) -> None:  # keep pytest output clean
        pass

    def _send(self, status: int, body: bytes) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up waiting (the timeout test): that is the point

    def do_GET(self) -> None:
        if self.path.startswith("/v2/languages"):
            self._send(200, json.dumps(LANGUAGES).encode())
        else:
            self._send(404, b"{}")

    def do_POST(self) -> None:
        form = parse_qs(self.rfile.read(int(self.headers["Content-Length"])).decode())
        text = form["text"][0]
        if self.mode == "slow":
            time.sleep(2)
        if self.mode == "5xx":
            self._send(503, b"<html>Service Unavailable</html>")
        elif self.mode == "malformed":
            self._send(200, b'{"matches": [{"offset": "x"}]}')
        elif self.mode == "garbage":
            self._send(200, b"not json at all")
        else:
            matches = [_match(text, "He go", "HE_VERB_AGR", "He goes")] if "He go" in text else []
            self._send(
                200, json.dumps({"software": {"name": "LanguageTool"}, "matches": matches}).encode()
            )


@pytest.fixture()
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd, f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()


def _check(text: str, url: str, mode: str, timeout: float = 3.0):
    Handler.mode = mode
    config = {"grammar": {"languagetool_url": url, "languagetool_timeout": timeout}}
    return check(text, lang="en", config=config, guards=("grammar",))


def test_matches_become_grammar_lt_findings(server):
    _, url = server
    text = "Thanks for waiting, Anna. He go to the depot tomorrow."
    report = _check(text, url, "ok")
    lt = [f for f in report.findings if f.rule.startswith("grammar.lt.")]
    assert [(f.rule, f.text, f.suggestions) for f in lt] == [
        ("grammar.lt.HE_VERB_AGR", "He go", ["He goes"])
    ]
    assert not any(f.rule == "grammar.unavailable" for f in report.findings)


@pytest.mark.parametrize("mode", ["5xx", "malformed", "garbage"])
def test_a_broken_server_costs_one_warning(server, mode):
    _, url = server
    report = _check("thanks  for waiting. He go to the depot.", url, mode)
    unavailable = [f for f in report.findings if f.rule == "grammar.unavailable"]
    assert len(unavailable) == 1 and unavailable[0].severity == "warning"
    # the built-in rules still ran
    assert {"grammar.lowercase-start", "grammar.double-space"} <= {f.rule for f in report.findings}


def test_a_slow_server_times_out_into_one_warning(server):
    _, url = server
    started = time.monotonic()
    report = _check("He go to the depot.", url, "slow", timeout=0.5)
    assert time.monotonic() - started < 1.9
    assert [f.rule for f in report.findings] == ["grammar.unavailable"]


def test_a_refusing_port_costs_one_warning():
    report = _check("He go to the depot.", "http://127.0.0.1:9/", "ok")
    assert [f.rule for f in report.findings] == ["grammar.unavailable"]


def test_environment_variable_configures_the_server(server, monkeypatch):
    _, url = server
    Handler.mode = "ok"
    monkeypatch.setenv("REPLYKIT_LANGUAGETOOL_URL", url)
    report = check("He go to the depot.", lang="en", guards=("grammar",))
    assert "grammar.lt.HE_VERB_AGR" in {f.rule for f in report.findings}
    monkeypatch.delenv("REPLYKIT_LANGUAGETOOL_URL")
    assert check("He go to the depot.", lang="en", guards=("grammar",)).findings == []
