"""The CLI start pays only for what it uses: a plain check loads no language detector, and a
check whose comment needs it really loads and uses it (shown with `python -X importtime`)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _check_imports(tmp_path: Path, draft: str, *args: str) -> tuple[set[str], dict]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("REPLYKIT_")}
    env["PYTHONPATH"] = str(ROOT)
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "replykit",
         "check", "--format", "json", *args, "-"],
        input=draft.encode("utf-8"), capture_output=True, cwd=tmp_path, env=env, timeout=120,
    )
    assert done.returncode in (0, 1), done.stderr.decode("utf-8")[-2000:]
    modules = {
        line.rsplit("|", 1)[1].strip()
        for line in done.stderr.decode("utf-8").splitlines()
        if line.startswith("import time:") and "|" in line
    }
    return modules, json.loads(done.stdout)


def test_plain_check_loads_no_language_detector(tmp_path):
    draft = "Спасибо, Анна! Заказ 123 уже в пути."
    modules, report = _check_imports(tmp_path, draft, "--lang", "ru")
    assert "replykit.pipeline" in modules  # the measurement really saw the check run
    assert not any(m.split(".")[0] == "py3langid" for m in modules)
    assert report["language"] == "ru"


def test_same_language_comment_settled_by_letters_loads_no_detector(tmp_path):
    modules, report = _check_imports(
        tmp_path, "Дякуємо, Олено! Замовлення вже в дорозі.", "--lang", "uk",
        "--comment", "Де моє замовлення? Чекаю вже тиждень.",
    )
    assert not any(m.split(".")[0] == "py3langid" for m in modules)
    assert not [f for f in report["findings"] if f["rule"] == "language.mismatch"]


def test_comment_in_another_language_uses_the_detector(tmp_path):
    # "Fakturka do pobrania" has no Polish letter and no function word or ending on the lists:
    # only the model can say it is Polish, against an English comment.
    modules, report = _check_imports(
        tmp_path, "Fakturka do pobrania.", "--lang", "pl",
        "--comment", "Where is my invoice? I need it today.",
    )
    assert "py3langid" in modules
    mismatch = [f for f in report["findings"] if f["rule"] == "language.mismatch"]
    assert mismatch and mismatch[0]["details"]["reply_language"] == "pl"
    assert mismatch[0]["details"]["comment_language"] == "en"
