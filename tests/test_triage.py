"""Triage of incoming comments: kinds and should_reply on realistic comments in five languages
(tests/triage_cases/<lang>.yaml), the API's contract, and the `replykit triage` command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from replykit.model import LANGUAGES, ReplykitError
from replykit.patterns import compile_pattern
from replykit.triage import KINDS, triage
from replykit.triage_scoring import score
from replykit.triage_signals import signal_rules

CASES = Path(__file__).parent / "triage_cases"
ROOT = Path(__file__).parent.parent


def _cases(lang: str) -> list[dict]:
    return yaml.safe_load((CASES / f"{lang}.yaml").read_text("utf-8"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_signal_patterns_are_well_formed(lang):
    # "=word*" mixes exact and prefix matching: always a slip in the data
    for rule in signal_rules(lang):
        for key in ("patterns", "unless", "unless_sentence"):
            for pattern in rule.data.get(key) or []:
                compile_pattern(pattern, lang)
                for alt in pattern.replace(" ", "|").split("|"):
                    assert not (alt.startswith("=") and alt.endswith("*")), (rule.id, pattern)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_cases_cover_every_kind(lang):
    kinds = [case["kind"] for case in _cases(lang)]
    assert set(kinds) == set(KINDS)
    assert len(kinds) >= 30


@pytest.mark.parametrize("lang", LANGUAGES)
def test_kinds_and_should_reply_per_language(lang):
    cases = _cases(lang)
    gold = [case["kind"] for case in cases]
    predicted = [triage(case["text"], lang).kind for case in cases]
    result = score(gold, predicted)
    assert result.macro_f1 >= 0.85, (lang, result.f1, result.confusion)
    assert result.reply_accuracy >= 0.95, (lang, result.confusion)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Only fools buy this overpriced junk!!!", "en"),
        ("Какие же вы клоуны, катитесь к чёрту", "ru"),
        ("Тільки лохи купують цей мотлох!!!", "uk"),
        ("Banda idiotów, idźcie do diabła", "pl"),
        ("Μάτσο ηλίθιοι, άντε χαθείτε", "el"),
    ],
)
def test_trolls_get_no_reply_and_the_reason_names_the_insult(text, lang):
    verdict = triage(text, lang)
    assert verdict.kind == "troll"
    assert verdict.should_reply is False
    assert any(reason.startswith("insult") for reason in verdict.reasons)


def test_an_angry_customer_with_an_order_number_is_answered():
    verdict = triage("WHERE IS MY ORDER 55127??? Three weeks!!! You idiots", "en")
    assert verdict.should_reply is True
    assert verdict.kind == "constructive"
    assert "55127" in verdict.specifics


def test_language_is_detected_when_not_given():
    verdict = triage("Посилка так і не прийшла, замовлення 4412, ніхто не відповідає.")
    assert verdict.language == "uk"
    assert verdict.kind == "constructive"
    assert "4412" in verdict.specifics


def test_to_dict_is_the_contract_shape():
    data = triage("Can't get a table for a week, always full!", "en").to_dict()
    assert set(data) == {"schema_version", "language", "kind", "should_reply", "reasons"}
    assert data["schema_version"] == 1
    assert data["kind"] == "mixed" and data["should_reply"] is True
    assert any(reason.startswith("good-bad") for reason in data["reasons"])


@pytest.mark.parametrize("bad", ["", "   \n", "x" * 20_000, None, 42, b"bytes"])
def test_bad_input_is_a_replykit_error(bad):
    with pytest.raises(ReplykitError):
        triage(bad, "en")


def test_unknown_language_is_a_replykit_error():
    with pytest.raises(ReplykitError):
        triage("hello", "de")


def _cli(args: list[str], stdin: str) -> subprocess.CompletedProcess:
    code = "import sys; from replykit.cli import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.run(
        [sys.executable, "-c", code, *args], input=stdin, capture_output=True, text=True,
        cwd=ROOT, timeout=60,
    )


def test_cli_json_and_text():
    done = _cli(["triage", "-", "--format", "json"], "Χειρότερη εταιρεία, ποτέ ξανά")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data == {**data, "schema_version": 1, "language": "el", "kind": "impulsive",
                    "should_reply": True}
    done = _cli(["triage", "--lang", "pl"], "Dowozicie do Gdyni?")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("question (pl): reply")


def test_cli_empty_input_is_exit_2_with_one_line():
    done = _cli(["triage", "-"], "  \n")
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1
    assert done.stdout == ""
