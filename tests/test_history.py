"""The SQLite history store and `replykit history`: real files in tmp_path, the real TWCS
export, the CLI both in-process and as a subprocess."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from replykit.cli import main
from replykit.history import PastReply, open_store, record
from replykit.model import ReplykitError
from replykit.normalize import skeleton

ROOT = Path(__file__).resolve().parents[1]
TWCS = ROOT.parent / "shared/data/eval/A_support_replies/twcs_brand_replies_combined.csv"
needs_twcs = pytest.mark.skipif(not TWCS.is_file(), reason="eval data not present")


def reply(text: str, account: str = "Acme", created_at: str = "2024-05-01T10:00:00Z") -> PastReply:
    return PastReply(text=text, skeleton=skeleton(text), account=account, created_at=created_at)


def test_store_round_trip_and_unique_key(tmp_path):
    store = open_store(str(tmp_path / "h.sqlite3"))
    assert store.add([reply("Hello, we refunded order 1."), reply("Hi!", "Other")]) == 2
    assert store.add([reply("Hello, we refunded order 2.")]) == 0  # same skeleton, account, date
    assert [r.text for r in store.replies("Acme")] == ["Hello, we refunded order 1."]
    assert store.replies("Acme").__next__().created_at == "2024-05-01T10:00:00Z"
    store.close()
    db = sqlite3.connect(tmp_path / "h.sqlite3")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("SELECT max(version) FROM schema_version").fetchone()[0] == 1


def test_record_stores_a_passed_reply(tmp_path):
    store = open_store(str(tmp_path / "h.sqlite3"))
    assert record(store, "Your parcel left the depot today.", "en", account="Acme",
                  author="kate", channel="twitter")
    (row,) = list(store.replies())
    assert (row.account, row.author, row.channel) == ("Acme", "kate", "twitter")
    assert row.source == "check"


def test_window_limits_and_since(tmp_path):
    store = open_store(str(tmp_path / "h.sqlite3"))
    store.add([reply(f"Reply number {w} words here", created_at=f"2024-05-0{i}T00:00:00Z")
               for i, w in enumerate(["one", "two", "three"], 1)])
    assert [r.text.split()[2] for r in store.replies("Acme", limit=2)] == ["three", "two"]
    assert len(list(store.replies("Acme", since="2024-05-02"))) == 2


@pytest.mark.parametrize("content", [os.urandom(4096), b"SQLite format 3\x00" + os.urandom(4080),
                                     b"hello, not a database\n"])
def test_corrupt_file_is_one_error_and_untouched(tmp_path, content):
    path = tmp_path / "h.sqlite3"
    path.write_bytes(content)
    with pytest.raises(ReplykitError, match="not a replykit history|corrupt"):
        open_store(str(path)).add([reply("Hello there, how can we help?")])
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["h.sqlite3"]


def test_locked_database_is_one_error_and_untouched(tmp_path):
    path = tmp_path / "h.sqlite3"
    open_store(str(path)).close()
    locker = sqlite3.connect(path, isolation_level=None)
    locker.execute("PRAGMA locking_mode = EXCLUSIVE")
    locker.execute("BEGIN EXCLUSIVE")
    before = path.read_bytes()
    try:
        with pytest.raises(ReplykitError, match="locked"):
            store = open_store(str(path))
            store.add([reply("Hello there, how can we help?")])
        assert path.read_bytes() == before
    finally:
        locker.execute("ROLLBACK")
        locker.close()


def test_bad_locations(tmp_path):
    with pytest.raises(ReplykitError, match="directory"):
        open_store(str(tmp_path))
    with pytest.raises(ReplykitError, match="does not exist"):
        open_store(str(tmp_path / "missing" / "h.sqlite3"))
    with pytest.raises(ReplykitError, match="does not exist"):
        open_store(str(tmp_path / "h.sqlite3"), create=False)
    assert not (tmp_path / "h.sqlite3").exists()
    other = tmp_path / "other.sqlite3"
    sqlite3.connect(other).execute("CREATE TABLE t (x)")
    with pytest.raises(ReplykitError, match="something else"):
        open_store(str(other))


@needs_twcs
def test_cli_import_of_real_twcs_is_idempotent_and_stats_work(tmp_path, capsys):
    db = str(tmp_path / "h.sqlite3")
    assert main(["history", "import", str(TWCS), "--history", db, "--lang", "en"]) == 0
    assert "4543 added" in capsys.readouterr().out
    assert main(["history", "import", str(TWCS), "--history", db, "--lang", "en"]) == 0
    assert "0 added, 4543 already stored" in capsys.readouterr().out
    assert main(["history", "stats", "--history", db, "--format", "json"]) == 0
    stats = {a["account"]: a for a in json.loads(capsys.readouterr().out)["accounts"]}
    assert len(stats) == 102 and stats["AmazonHelp"]["replies"] == 490
    assert stats["Uber_Support"]["template_rate"] > 0.2 > stats["Delta"]["template_rate"]
    assert main(["history", "stats", "--history", db]) == 0
    assert "Uber_Support" in capsys.readouterr().out


def test_cli_jsonl_import_with_column_mapping_and_add(tmp_path, capsys, monkeypatch):
    source = tmp_path / "replies.jsonl"
    rows = [{"msg": "Your refund for order 51 is on its way, 3 days at most.", "shop": "Acme",
             "when": "2024-05-01 10:00:00", "agent": "kate"},
            {"msg": "Ваш заказ 77 передан курьеру, он позвонит заранее.", "shop": "Acme",
             "when": 1714557600, "agent": "olga"}]
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), "utf-8")
    monkeypatch.chdir(tmp_path)
    args = ["history", "import", str(source), "--text-column", "msg", "--brand-column", "shop",
            "--date-column", "when", "--author-column", "agent"]
    assert main(args) == 0 and "2 added" in capsys.readouterr().out
    store = open_store(str(tmp_path / "replykit-history.sqlite3"), create=False)
    got = {r.author: r for r in store.replies("Acme")}
    assert got["olga"].language == "ru" and got["kate"].created_at == "2024-05-01T10:00:00Z"
    assert main(["history", "add", str(tmp_path / "replies.jsonl"), "--author", "x"]) == 0


def test_cli_errors_are_one_line_and_exit_2(tmp_path):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"\x00garbage" * 100)
    before = bad.read_bytes()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cases = [
        ["history", "stats", "--history", str(bad)],
        ["history", "stats", "--history", str(tmp_path / "nope" / "h.sqlite3")],
        ["history", "import", str(tmp_path / "missing.csv"), "--history", str(bad)],
    ]
    for args in cases:
        done = subprocess.run([sys.executable, "-c", "import sys; from replykit.cli import main; "
                               "sys.exit(main(sys.argv[1:]))", *args],
                              capture_output=True, text=True, env=env, timeout=60)
        assert done.returncode == 2, done.stderr
        assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert bad.read_bytes() == before
    assert not (tmp_path / "nope").exists()
