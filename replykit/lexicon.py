"""Language knowledge as data: one YAML file per language per guard.

Layout: `replykit/lexicons/<lang>/<guard>.yaml`, plus `replykit/lexicons/<lang>/language.yaml`
with what the pattern engine needs to know of the language (stemmer, letter folding). Adding a
language means adding a folder of such files.

A guard file holds `rules:`, a list of mappings with at least `id` and `examples`
(`fire:` texts the rule must flag, `pass:` texts it must not), and whatever else the guard reads
(patterns, messages, word lists). An example is a string or a mapping with `text` and optional
`comment`, `name`, `channel`, `history` (past replies), `settings` ({guard: {key: value}}).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from importlib.abc import Traversable
from typing import Any

import yaml

from .model import LANGUAGES, ReplykitError


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """YAML keeps the last of two equal keys and drops the first without a word; in a rule
    that silently loses a whole list of patterns, so a repeated key is an error here."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        seen: set = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r}", key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep)


YAML_LOADER = _Loader


def lexicon_root() -> Traversable:
    return resources.files("replykit").joinpath("lexicons")


@cache
def load(lang: str, name: str) -> dict[str, Any]:
    """The data of `lexicons/<lang>/<name>.yaml`; an empty mapping when there is none."""
    path = lexicon_root().joinpath(lang, f"{name}.yaml")
    if not path.is_file():
        return {}
    try:
        data = yaml.load(path.read_text("utf-8"), Loader=YAML_LOADER)
    except yaml.YAMLError as exc:
        raise ReplykitError(f"lexicon {lang}/{name}.yaml is not valid YAML: {exc}") from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ReplykitError(f"lexicon {lang}/{name}.yaml must be a mapping")
    return data


def rules(lang: str, name: str) -> list[dict[str, Any]]:
    return list(load(lang, name).get("rules") or [])


@dataclass(frozen=True)
class Example:
    text: str
    lang: str
    comment: str | None = None
    name: str | None = None
    channel: str | None = None
    history: tuple[str, ...] = ()
    settings: dict[str, dict[str, Any]] = field(default_factory=dict)


def parse_example(raw: Any, lang: str) -> Example:
    if isinstance(raw, str):
        return Example(raw, lang)
    if isinstance(raw, dict) and isinstance(raw.get("text"), str):
        return Example(
            text=raw["text"],
            lang=raw.get("lang", lang),
            comment=raw.get("comment"),
            name=raw.get("name"),
            channel=raw.get("channel"),
            history=tuple(raw.get("history") or ()),
            settings=dict(raw.get("settings") or {}),
        )
    raise ReplykitError(f"{lang}: an example must be a string or a mapping with 'text': {raw!r}")


def rule_examples(rule: dict[str, Any], lang: str) -> tuple[list[Example], list[Example]]:
    examples = rule.get("examples") or {}
    fire = [parse_example(e, lang) for e in examples.get("fire") or []]
    passing = [parse_example(e, lang) for e in examples.get("pass") or []]
    return fire, passing


def lexicon_files() -> Iterator[tuple[str, str]]:
    """(lang, name) for every lexicon file shipped, in a stable order."""
    root = lexicon_root()
    for lang in LANGUAGES:
        folder = root.joinpath(lang)
        if not folder.is_dir():
            continue
        for entry in sorted(folder.iterdir(), key=lambda p: p.name):
            if entry.name.endswith(".yaml"):
                yield lang, entry.name[: -len(".yaml")]
