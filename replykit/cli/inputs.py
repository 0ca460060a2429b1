"""Reading drafts and comments from files or stdin, with one clear error for each way it fails."""

from __future__ import annotations

import sys
from pathlib import Path

from ..model import ReplykitError

MAX_INPUT_BYTES = 100_000  # replies are short; a larger input is a pasted file, not a reply


def decode(data: bytes, source: str) -> str:
    if len(data) > MAX_INPUT_BYTES:
        raise ReplykitError(f"{source} is {len(data):,} bytes; replykit reads replies of up to "
                            f"{MAX_INPUT_BYTES:,} bytes")
    if b"\x00" in data:
        raise ReplykitError(f"{source} looks like a binary file (it contains NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReplykitError(f"{source} is not valid UTF-8 (byte {exc.start})") from exc
    if not text.strip():
        raise ReplykitError(f"{source} is empty")
    return text


def read_text(path: str | None, what: str = "draft") -> tuple[str, str]:
    """(text, display name) from a path, or stdin for None or '-'."""
    if path is None or path == "-":
        if sys.stdin is None or sys.stdin.isatty():
            raise ReplykitError(f"no {what}: give a FILE or pipe the text to stdin")
        data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        return decode(data, f"the {what} on stdin"), "<stdin>"
    file = Path(path)
    try:
        if file.is_dir():
            raise ReplykitError(f"{path} is a directory, not a {what} file")
        with file.open("rb") as handle:
            data = handle.read(MAX_INPUT_BYTES + 1)
    except FileNotFoundError as exc:
        raise ReplykitError(f"{path}: no such file") from exc
    except PermissionError as exc:
        raise ReplykitError(f"{path}: permission denied") from exc
    except OSError as exc:
        raise ReplykitError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    return decode(data, path), path
