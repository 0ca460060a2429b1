"""The PostgreSQL store against a real server started for the test (initdb + pg_ctl in a
temporary folder, a unix socket, trust auth). Skipped only when the binaries are absent."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

from replykit.history import PastReply, open_store
from replykit.model import ReplykitError
from replykit.normalize import skeleton
from replykit.pipeline import check

BIN = Path("/usr/lib/postgresql/15/bin")
pytestmark = pytest.mark.skipif(not (BIN / "initdb").exists(), reason="PostgreSQL binaries absent")


def _as_postgres(args: list[str]) -> list[str]:
    # initdb refuses to run as root: run the server as the `postgres` user then.
    return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else args


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def pg_url():
    # Not under pytest's tmp folder: that one is private to root, the server user can't reach it.
    base = Path(tempfile.mkdtemp(prefix="replykit-pg-"))
    data, sock = base / "data", base / "sock"
    sock.mkdir()
    if os.geteuid() == 0:
        shutil.chown(base, "postgres")
        shutil.chown(sock, "postgres")
        base.chmod(0o755)
    subprocess.run(_as_postgres([str(BIN / "initdb"), "-D", str(data), "-A", "trust", "-U",
                                 "postgres", "--no-sync"]), check=True, capture_output=True)
    port = _free_port()
    options = f"-k {sock} -p {port} -h 127.0.0.1 -F"
    subprocess.run(_as_postgres([str(BIN / "pg_ctl"), "-D", str(data), "-o", options, "-w",
                                 "-l", str(base / "log"), "start"]),
                   check=True, capture_output=True)
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(_as_postgres([str(BIN / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"]),
                       capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


def reply(text: str, account: str = "Acme", when: str = "2024-05-01T10:00:00Z") -> PastReply:
    return PastReply(text=text, skeleton=skeleton(text), account=account, created_at=when)


def test_postgres_store_is_idempotent_and_feeds_the_guard(pg_url):
    store = open_store(pg_url)
    past = "Thank you for waiting, your replacement card was sent today and arrives in 5 days."
    assert store.add([reply(past), reply("Hello there!", "Other")]) == 2
    assert store.add([reply(past), reply(past)]) == 0
    assert [r.text for r in store.replies("Acme")] == [past]
    store.close()
    reopened = open_store(pg_url)  # migrations already applied: opens cleanly
    report = check("@bob " + past.replace("5", "7"), lang="en", history=reopened,
                   account="Acme", guards=("template",))
    assert [f.rule for f in report.findings] == ["template.copy"]
    assert report.findings[0].details["past_text"] == past
    reopened.close()


def test_unreachable_server_is_one_line_error():
    with pytest.raises(ReplykitError, match="history postgresql://nobody@127.0.0.1:1/x"):
        open_store("postgresql://nobody:secret@127.0.0.1:1/x")
