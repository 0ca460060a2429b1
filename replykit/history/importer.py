"""Reading past replies from CSV or JSONL files into a store (`replykit history import`).

Columns are found by name (case-insensitive) unless given: text (`text`, `reply`, `body`,
`message`, `content`), account (`account`, `brand`, `company`), date (`created_at`, `date`,
`timestamp`, `time`), author (`author`, `agent`), channel, language (`language`, `lang`) and an
id (`tweet_id`, `id`) that goes into each row's `source`. The Kaggle TWCS brand replies file
(tweet_id, brand, created_at, text, ...) imports with no options. Dates are stored as ISO 8601
UTC; Twitter's "Tue Oct 31 22:10:47 +0000 2017", ISO strings and Unix seconds are understood.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..model import ReplykitError
from ..normalize import skeleton
from .base import HistoryStore, PastReply

BATCH = 1000
GUESSES: dict[str, tuple[str, ...]] = {
    "text": ("text", "reply", "body", "message", "content"),
    "account": ("account", "brand", "company"),
    "date": ("created_at", "date", "timestamp", "time", "created"),
    "author": ("author", "agent", "user"),
    "channel": ("channel",),
    "language": ("language", "lang"),
    "id": ("tweet_id", "id", "reply_id"),
}
_DATE_FORMATS = ("%a %b %d %H:%M:%S %z %Y", "%Y-%m-%d %H:%M:%S%z", "%Y-%m-%d %H:%M:%S",
                 "%Y-%m-%d", "%d.%m.%Y %H:%M", "%d.%m.%Y")


@dataclass
class ImportResult:
    read: int = 0
    added: int = 0
    skipped: int = 0  # rows without text


def parse_date(value: Any) -> str | None:
    if value is None or str(value).strip() == "":
        return None
    raw = str(value).strip()
    if raw.replace(".", "", 1).isdigit():
        return datetime.fromtimestamp(float(raw), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    parsed: datetime | None = None
    try:
        parsed = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        for fmt in _DATE_FORMATS:
            try:
                parsed = datetime.strptime(raw, fmt)
                break
            except ValueError:
                continue
    if parsed is None:
        raise ReplykitError(f"cannot read the date {raw!r}; use ISO 8601 (2024-05-01T10:00:00Z)")
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _is_jsonl(path: Path, head: str) -> bool:
    if path.suffix.lower() in (".jsonl", ".ndjson", ".json"):
        return True
    if path.suffix.lower() in (".csv", ".tsv"):
        return False
    return head.lstrip().startswith("{")


def _rows(path: Path, handle: io.TextIOBase) -> Iterator[dict[str, Any]]:
    head = handle.read(4096)
    handle.seek(0)
    if _is_jsonl(path, head):
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ReplykitError(f"{path}:{number}: not a JSON line: {exc.msg}") from exc
            if not isinstance(row, dict):
                raise ReplykitError(f"{path}:{number}: each JSON line must be an object")
            yield row
        return
    # The header line says the delimiter; csv.Sniffer guesses quoting wrong on tweets.
    header = head.splitlines()[0] if head else ""
    delimiter = max(",;\t", key=header.count)
    try:
        yield from csv.DictReader(handle, delimiter=delimiter)
    except csv.Error as exc:
        raise ReplykitError(f"{path}: not a readable CSV file: {exc}") from exc


def _columns(fields: list[str], given: dict[str, str | None]) -> dict[str, str | None]:
    lowered = {f.strip().lower(): f for f in fields}
    chosen: dict[str, str | None] = {}
    for role, guesses in GUESSES.items():
        wanted = given.get(role)
        if wanted:
            if wanted not in fields and wanted.lower() not in lowered:
                raise ReplykitError(
                    f"no column {wanted!r} for the {role}; the file has: {', '.join(fields)}")
            chosen[role] = wanted if wanted in fields else lowered[wanted.lower()]
        else:
            chosen[role] = next((lowered[g] for g in guesses if g in lowered), None)
    if chosen["text"] is None:
        raise ReplykitError(
            f"no text column found (tried {', '.join(GUESSES['text'])}); name it with "
            f"--text-column; the file has: {', '.join(fields)}")
    return chosen


def _reply(row: dict[str, Any], cols: dict[str, str | None], defaults: dict[str, str | None],
           source: str, detect: Callable[[str], str] | None) -> PastReply | None:
    def get(role: str) -> str | None:
        column = cols.get(role)
        value = row.get(column) if column else None
        text = None if value is None else str(value).strip()
        return text or defaults.get(role)

    text = row.get(cols["text"] or "")
    if not isinstance(text, str) or not text.strip():
        return None
    language = get("language") or (detect(text) if detect else None)
    row_id = get("id")
    return PastReply(text=text, skeleton=skeleton(text), language=language,
                     author=get("author"), channel=get("channel"), account=get("account"),
                     created_at=parse_date(get("date")),
                     source=f"{source}#{row_id}" if row_id else source)


def import_file(store: HistoryStore, path: Path, columns: dict[str, str | None],
                defaults: dict[str, str | None], detect: Callable[[str], str] | None = None,
                progress: Callable[[int], None] | None = None) -> ImportResult:
    """Add every reply of `path` to `store`; `progress` gets the bytes read so far."""
    try:
        raw = path.open("rb")
    except OSError as exc:
        raise ReplykitError(f"cannot read {path}: {exc.strerror or exc}") from exc
    result = ImportResult()
    with raw, io.TextIOWrapper(raw, encoding="utf-8-sig", newline="") as handle:
        try:
            rows = _rows(path, handle)
            first = next(rows, None)
            if first is None:
                raise ReplykitError(f"{path} has no rows")
            cols = _columns(list(first.keys()), columns)
            batch: list[PastReply] = []
            for row in _chain(first, rows):
                result.read += 1
                reply = _reply(row, cols, defaults, path.name, detect)
                if reply is None:
                    result.skipped += 1
                    continue
                batch.append(reply)
                if len(batch) >= BATCH:
                    result.added += store.add(batch)
                    batch = []
                    if progress:
                        progress(raw.tell())
            result.added += store.add(batch)
        except UnicodeDecodeError as exc:
            raise ReplykitError(f"{path} is not UTF-8 text (byte {exc.start})") from exc
    return result


def _chain(first: dict[str, Any], rest: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    yield first
    yield from rest
