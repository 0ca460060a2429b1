"""The HTTP API on 127.0.0.1, as a help desk's pre-send hook calls it: a real server process."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("serve")
    port = _free_port()
    history = folder / "history.sqlite3"
    process = subprocess.Popen(
        [sys.executable, "-m", "replykit", "serve", "--port", str(port), "--history", str(history)],
        cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"{base}/health", timeout=1)
            break
        except OSError:
            if process.poll() is not None:
                pytest.fail(process.stderr.read().decode())
            time.sleep(0.1)
    yield base
    process.terminate()
    process.wait(timeout=10)


def _post(url: str, payload) -> tuple[int, dict]:
    data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read())


def test_check_returns_the_contract_report(server):
    status, body = _post(f"{server}/check", {"text": "Hi {{ name }}, thanks!", "lang": "en"})
    assert status == 200
    assert body["schema_version"] == 1 and body["ok"] is False
    assert body["findings"][0]["rule"] == "placeholder.unfilled"


def test_recorded_reply_is_caught_as_a_template_next_time(server):
    reply = {"text": "Sorry for the wait, Anna! Your replacement kettle left our warehouse "
                     "today and the courier will text you a delivery slot.", "lang": "en",
             "name": "Anna", "record": True}
    first = _post(f"{server}/check", reply)[1]
    assert first["ok"] is True, first
    again = dict(reply, text=reply["text"].replace("Anna", "Maria"), name="Maria", record=False)
    second = _post(f"{server}/check", again)[1]
    assert second["ok"] is False
    assert any(f["rule"].startswith("template.") for f in second["findings"])


@pytest.mark.parametrize("payload", [b"not json", {"text": 5}, [1, 2], {"text": "   "}])
def test_bad_requests_are_400_with_one_message(server, payload):
    status, body = _post(f"{server}/check", payload)
    assert status == 400
    assert isinstance(body["error"], str) and body["error"]


def test_unknown_endpoint_is_404(server):
    status, body = _post(f"{server}/nope", {"text": "hi"})
    assert status == 404


def test_triage_and_draft_endpoints(server):
    status, verdict = _post(f"{server}/triage", {"comment": "My parcel 55120 is two weeks late, "
                                                            "where is it?", "lang": "en"})
    assert status == 200 and verdict["schema_version"] == 1 and verdict["should_reply"] is True
    status, drafts = _post(f"{server}/draft", {"comment": "My parcel 55120 is two weeks late, "
                                                          "where is it?", "name": "Anna",
                                               "lang": "en", "n": 2})
    assert status == 200 and drafts["language"] == "en"
    assert drafts["drafts"] and all(d["ok"] for d in drafts["drafts"])
    assert all("Anna" in d["text"] for d in drafts["drafts"])
