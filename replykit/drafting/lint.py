"""`replykit phrasebook lint`: every phrase is its own test.

Each variant is compiled (only documented placeholders, nothing that reaches for attributes),
rendered with the phrasebook's sample values inside a whole sample reply, and the reply runs
through every guard with the sample comment; an error or warning inside the variant's stretch
is a problem of that variant. Every language must also have the tones and parts English has.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

from ..model import ReplykitError
from ..pipeline import check
from .compose import PLANS, assemble, plan_of
from .phrasebook import CONTEXT, TONES, Phrasebook, languages, load
from .render import Phrase, compile_phrase
from .values import name_values, topic_of

REFERENCE = "en"
SAMPLE_KEYS = ("first_name", "name", "agent", "topic", "order", "eta", "offer", "brand", "comment")


def _shape(book: Phrasebook) -> set[str]:
    """tone.part[.kind] keys the phrasebook has."""
    keys: set[str] = set()
    for tone, parts in book.tones.items():
        for part, value in (parts or {}).items():
            if isinstance(value, dict):
                keys |= {f"{tone}.{part}.{kind}" for kind in value}
            else:
                keys.add(f"{tone}.{part}")
    return keys


def _samples(book: Phrasebook) -> tuple[dict[str, str], list[str]]:
    raw = book.data.get("samples") or {}
    problems = [f"samples: no sample value for {k}" for k in SAMPLE_KEYS if not raw.get(k)]
    values = {k: str(v) for k, v in raw.items() if k in CONTEXT and v}
    values = {**name_values(values.get("name"), book), **values}
    if "topic" not in values:
        found = topic_of(raw.get("comment"), book)
        if found:
            values["topic"] = found
    return values, problems


def _compiled(book: Phrasebook, tone: str, part: str, kind: str
              ) -> Iterator[tuple[str, Phrase | None, str | None, bool]]:
    label = f"{tone}.{part}"
    value = (book.tones.get(tone) or {}).get(part)
    if isinstance(value, dict):
        label += f".{kind if kind in value else 'default'}"
    for index, variant in enumerate(book.variants(tone, part, kind)):
        where = f"{label}[{index}]"
        try:
            phrase = compile_phrase(variant.text)
        except ReplykitError as exc:
            yield where, None, str(exc), variant.fallback
            continue
        unknown = sorted(phrase.needs - CONTEXT.keys())
        if unknown:
            yield where, None, f"unknown placeholder(s) {', '.join(unknown)}", variant.fallback
            continue
        yield where, phrase, None, variant.fallback


def _guard_problems(book: Phrasebook, tone: str, kind: str, values: dict[str, str],
                    comment: str, name: str | None) -> Iterator[str]:
    columns: list[tuple[str, list[tuple[str, Phrase, bool]]]] = []
    for part, _required in plan_of(kind, book):
        ok: list[tuple[str, Phrase, bool]] = []
        for where, phrase, problem, fallback in _compiled(book, tone, part, kind):
            if problem:
                yield f"{where}: {problem}"
            elif phrase is not None:
                missing = phrase.needs - values.keys()
                if missing:
                    yield f"{where}: no sample value for {', '.join(sorted(missing))}"
                else:
                    ok.append((where, phrase, fallback))
        columns.append((part, ok))
    # Reply i takes variant i of every part (cycling), so each variant is checked once.
    width = max((len(v) for _, v in columns), default=0)
    for i in range(width):
        pieces = [(part, vs[i % len(vs)]) for part, vs in columns if vs]
        yield from _check_reply(book, pieces, values, comment, name)


def _check_reply(book, pieces, values, comment, name) -> Iterator[str]:
    rendered = [(part, where, phrase.render(values)) for part, (where, phrase, _) in pieces]
    # A fallback (a greeting without the name) is generic by design: whether the whole draft
    # is personal enough is the personal guard's call on the real draft, not the phrase's.
    with_fallback = any(fallback for _, (_, _, fallback) in pieces)
    text = assemble([(part, t) for part, _, t in rendered], None)
    spans, offset = [], 0
    for _, where, piece in rendered:
        start = text.index(piece, offset)
        spans.append((start, start + len(piece), where))
        offset = start + len(piece)
    report = check(text, lang=book.lang, comment=comment, name=name, config=None)
    for f in report.findings:
        if f.severity == "info" or (with_fallback and f.guard == "personal"):
            continue
        owner = next((w for s, e, w in spans if s <= f.start < e), "reply")
        yield f"{owner}: {f.rule} ({f.severity}): {f.message} — {f.text!r}"


def lint_language(lang: str, folder: str | os.PathLike | None = None) -> list[str]:
    book = load(lang, folder)
    problems: list[str] = []
    if lang != REFERENCE:
        missing = sorted(_shape(load(REFERENCE, folder)) - _shape(book))
        problems += [f"{m}: missing (English has it)" for m in missing]
    problems += [f"tones: no {t} tone" for t in TONES if t not in book.tones]
    values, sample_problems = _samples(book)
    problems += sample_problems
    raw = book.data.get("samples") or {}
    for tone in TONES:
        if tone not in book.tones:
            continue
        for kind in PLANS:
            if kind != "troll":
                problems += _guard_problems(book, tone, kind, values, str(raw.get("comment", "")),
                                            raw.get("name"))
    unique = list(dict.fromkeys(problems))
    return [f"{book.where()}: {p}" for p in unique]


def lint(folder: str | os.PathLike | None = None, langs: list[str] | None = None) -> list[str]:
    """One line per problem across the phrasebooks (shipped, merged with `folder`)."""
    problems: list[str] = []
    for lang in langs or languages(folder):
        problems += lint_language(lang, folder)
    return problems


__all__ = ["lint", "lint_language"]
