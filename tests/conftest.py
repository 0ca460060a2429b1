from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "data" / "eval"


@pytest.fixture
def run_cli(tmp_path, monkeypatch):
    """Run `replykit ...` in a subprocess, in an empty folder (no config found upward)."""

    def run(*args: str, input: str | bytes | None = None, cwd: Path | None = None):
        data = input.encode("utf-8") if isinstance(input, str) else input
        env = {k: v for k, v in os.environ.items() if not k.startswith("REPLYKIT_")}
        return subprocess.run(
            [sys.executable, "-m", "replykit", *args], input=data, capture_output=True,
            cwd=cwd or tmp_path, env=env, timeout=120,
        )

    return run


@pytest.fixture
def in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path
